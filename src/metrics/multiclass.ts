/**
 * Multiclass classification: a mergeable state and its metrics.
 *
 * Rows. `label` is a class index 0..K-1; the score is the model's probability vector over the K
 * classes (finite numbers in [0, 1]). The predicted class is the first index of the largest
 * probability (numpy.argmax).
 *
 * State and memory. `MulticlassState` keeps the K×K confusion matrix (counts) and each row's
 * log-loss term in a Float64Array: 8 bytes per row plus 8·K² bytes. The confusion matrix merges by
 * addition and the loss terms by concatenation, both exact; the metrics sort the loss terms first,
 * so they (intervals included) do not depend on row order or sharding. JSON: the confusion matrix
 * as nested arrays and the sorted loss terms as base64 of little-endian float64.
 *
 * Metrics (scikit-learn 1.2 conventions, checked in test/unit/metrics/goldens.test.ts):
 * - accuracy: share of rows whose predicted class is the label.
 * - balanced_accuracy: mean recall over the classes that occur as labels (balanced_accuracy_score).
 * - macro_f1: mean f1 over the classes that occur as labels or as predictions (f1_score with
 *   average = "macro" and the labels inferred from the data, as scikit-learn's default); a class
 *   absent from both does not count, a class never predicted counts with f1 = 0.
 * - log_loss: each probability clipped to [ε, 1 - ε] (ε = 2.220446049250313e-16, float64 machine
 *   epsilon), the row renormalised by its sum, minus the natural log of the label's probability,
 *   averaged (log_loss(labels = range(K)) of scikit-learn 1.2).
 * - perClass: precision, recall, f1 and support of every class 0..K-1 (zero_division = 0).
 * - confusion: K×K counts, rows = true class, columns = predicted class.
 *
 * Intervals: accuracy 'wilson' (or 'bootstrap-confusion' with proportionInterval 'bootstrap');
 * balanced_accuracy and macro_f1 'bootstrap-confusion' (the K² cells redrawn by a multinomial);
 * log_loss the percentile bootstrap of rows ('bootstrap-percentile'), or above `maxBootstrapRows`
 * rows the normal interval with the influence-function standard error ('normal-influence').
 */
import { ConfigurationError, DataError } from '../errors.js';
import { createRng } from '../stats/rng.js';
import { LOG_LOSS_EPS } from './binary.js';
import { decodeFloat64, encodeFloat64, Float64Column } from './buffers.js';
import {
  confusionBootstrap,
  type IntervalMethod,
  type IntervalOptions,
  type MetricResult,
  normalInterval,
  percentileInterval,
  planRowIntervals,
  pointOnly,
  resolveIntervalOptions,
  rowBootstrap,
  STREAM_CONFUSION,
  STREAM_ROWS,
  wilsonInterval,
} from './intervals.js';
import { sortFloat64 } from './sort.js';

export type MulticlassMetricName = 'accuracy' | 'balanced_accuracy' | 'macro_f1' | 'log_loss';

export interface ClassReport {
  class: number;
  /** Rows with this label. */
  support: number;
  /** Rows predicted as this class. */
  predicted: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface MulticlassMetrics {
  task: 'multiclass';
  rows: number;
  classes: number;
  confidence: number;
  metrics: Record<MulticlassMetricName, MetricResult>;
  perClass: ClassReport[];
  /** confusion[true][predicted]. */
  confusion: number[][];
  /** The resampling settings used by the bootstrap intervals (null when none was computed). */
  bootstrap: { resamples: number; seed: number } | null;
}

export interface MulticlassStateJSON {
  kind: 'multiclass-state';
  schemaVersion: 1;
  classes: number;
  rows: number;
  confusion: number[][];
  /** Per-row log-loss terms, ascending, base64 of little-endian float64. */
  logLoss: string;
}

/** Mergeable state of a K-class evaluation. */
export class MulticlassState {
  readonly task = 'multiclass';
  readonly classes: number;
  private readonly counts: Float64Array;
  private losses = new Float64Column();
  private sorted = true;

  constructor(classes: number) {
    if (!Number.isSafeInteger(classes) || classes < 2 || classes > 65536) {
      throw new ConfigurationError(`multiclass: the number of classes must be an integer from 2 to 65536, got ${classes}`);
    }
    this.classes = classes;
    this.counts = new Float64Array(classes * classes);
  }

  get rows(): number {
    return this.losses.length;
  }

  /** Adds one row: class index `label` and the probability vector `probs` (length K). */
  add(label: number, probs: ArrayLike<number>): this {
    if (probs.length !== this.classes) throw new DataError(`multiclass: expected ${this.classes} probabilities, got ${probs.length}`);
    this.addRow(label, probs, 0, '');
    return this;
  }

  /** Adds n rows: `labels` (length n) and `probs` row-major (length n·K). */
  addBatch(labels: ArrayLike<number>, probs: ArrayLike<number>): this {
    const K = this.classes;
    if (probs.length !== labels.length * K) {
      throw new DataError(`multiclass: ${labels.length} labels need ${labels.length * K} probabilities (row-major n×${K}), got ${probs.length}`);
    }
    for (let i = 0; i < labels.length; i++) this.addRow(labels[i]!, probs, i * K, ` at row ${i}`);
    return this;
  }

  private addRow(label: number, probs: ArrayLike<number>, off: number, where: string): void {
    const K = this.classes;
    if (!Number.isInteger(label) || label < 0 || label >= K) throw new DataError(`multiclass label${where} must be a class index 0..${K - 1}, got ${label}`);
    let best = 0;
    let bestP = -1;
    let sum = 0;
    for (let k = 0; k < K; k++) {
      const p = probs[off + k]!;
      if (!(p >= 0 && p <= 1)) throw new DataError(`multiclass probability${where} for class ${k} must be in [0, 1], got ${p}`);
      if (p > bestP) {
        bestP = p;
        best = k;
      }
      sum += p < LOG_LOSS_EPS ? LOG_LOSS_EPS : p > 1 - LOG_LOSS_EPS ? 1 - LOG_LOSS_EPS : p;
    }
    const py = probs[off + label]!;
    const c = py < LOG_LOSS_EPS ? LOG_LOSS_EPS : py > 1 - LOG_LOSS_EPS ? 1 - LOG_LOSS_EPS : py;
    this.counts[label * K + best]!++;
    this.losses.push(-Math.log(c / sum));
    this.sorted = false;
  }

  /** Adds every row of `other` (same number of classes). */
  merge(other: MulticlassState): this {
    if (!(other instanceof MulticlassState) || other.classes !== this.classes) {
      throw new DataError(`multiclass: can only merge a MulticlassState with ${this.classes} classes`);
    }
    for (let i = 0; i < this.counts.length; i++) this.counts[i] = this.counts[i]! + other.counts[i]!;
    this.losses.append(other.losses.view());
    if (other.rows > 0) this.sorted = false;
    return this;
  }

  /** The confusion counts, row-major confusion[true·K + predicted] (a copy). */
  confusionCounts(): Float64Array {
    return this.counts.slice();
  }

  /** The per-row log-loss terms, ascending. */
  sortedLosses(): Float64Array {
    if (!this.sorted) {
      sortFloat64(this.losses.view());
      this.sorted = true;
    }
    return this.losses.view();
  }

  toJSON(): MulticlassStateJSON {
    const K = this.classes;
    const confusion = Array.from({ length: K }, (_, i) => Array.from(this.counts.subarray(i * K, (i + 1) * K)));
    return { kind: 'multiclass-state', schemaVersion: 1, classes: K, rows: this.rows, confusion, logLoss: encodeFloat64(this.sortedLosses()) };
  }

  static fromJSON(json: unknown): MulticlassState {
    const j = json as MulticlassStateJSON | null;
    if (!j || typeof j !== 'object' || j.kind !== 'multiclass-state' || j.schemaVersion !== 1) {
      throw new DataError('multiclass state: not a {kind: "multiclass-state", schemaVersion: 1} object');
    }
    const s = new MulticlassState(j.classes);
    const K = s.classes;
    if (!Array.isArray(j.confusion) || j.confusion.length !== K) throw new DataError(`multiclass state: confusion must be ${K} rows`);
    let total = 0;
    for (let i = 0; i < K; i++) {
      const row = j.confusion[i];
      if (!Array.isArray(row) || row.length !== K) throw new DataError(`multiclass state: confusion row ${i} must have ${K} counts`);
      for (let k = 0; k < K; k++) {
        const c = row[k];
        if (!Number.isSafeInteger(c) || c! < 0) throw new DataError(`multiclass state: confusion[${i}][${k}] must be a non-negative integer`);
        s.counts[i * K + k] = c!;
        total += c!;
      }
    }
    const losses = decodeFloat64(j.logLoss, 'multiclass state logLoss');
    if (losses.length !== total || j.rows !== total) throw new DataError(`multiclass state: rows ${j.rows}, confusion total ${total} and ${losses.length} loss terms disagree`);
    let sorted = true;
    for (let i = 0; i < losses.length; i++) {
      if (!(losses[i]! >= 0 && losses[i]! < Infinity)) throw new DataError('multiclass state: a log-loss term is not a finite non-negative number');
      if (i > 0 && losses[i - 1]! > losses[i]!) sorted = false;
    }
    s.losses = Float64Column.from(losses);
    s.sorted = sorted;
    return s;
  }
}

/** Per-class sums of a K×K count matrix. */
function margins(c: Float64Array, K: number): { diag: Float64Array; truth: Float64Array; pred: Float64Array } {
  const diag = new Float64Array(K);
  const truth = new Float64Array(K);
  const pred = new Float64Array(K);
  for (let i = 0; i < K; i++) {
    for (let k = 0; k < K; k++) {
      const v = c[i * K + k]!;
      truth[i] += v;
      pred[k] += v;
    }
    diag[i] = c[i * K + i]!;
  }
  return { diag, truth, pred };
}

function classF1(tp: number, truth: number, pred: number): number {
  const p = pred > 0 ? tp / pred : 0;
  const r = truth > 0 ? tp / truth : 0;
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

/** accuracy, balanced_accuracy, macro_f1 of a K×K count matrix (NaN without rows). */
function confusionStats(c: Float64Array, K: number): [number, number, number] {
  const { diag, truth, pred } = margins(c, K);
  let n = 0;
  let correct = 0;
  let recallSum = 0;
  let withSupport = 0;
  let f1Sum = 0;
  let present = 0;
  for (let k = 0; k < K; k++) {
    n += truth[k]!;
    correct += diag[k]!;
    if (truth[k]! > 0) {
      recallSum += diag[k]! / truth[k]!;
      withSupport++;
    }
    if (truth[k]! > 0 || pred[k]! > 0) {
      f1Sum += classF1(diag[k]!, truth[k]!, pred[k]!);
      present++;
    }
  }
  if (n === 0) return [NaN, NaN, NaN];
  return [correct / n, recallSum / withSupport, f1Sum / present];
}

/** Computes the multiclass metrics with intervals; see the module header for definitions. */
export function multiclassMetrics(state: MulticlassState, opts: IntervalOptions = {}): MulticlassMetrics {
  const o = resolveIntervalOptions(opts);
  const K = state.classes;
  const counts = state.confusionCounts();
  const { diag, truth, pred } = margins(counts, K);
  const losses = state.sortedLosses();
  const n = losses.length;
  const perClass: ClassReport[] = [];
  for (let k = 0; k < K; k++) {
    const tp = diag[k]!;
    perClass.push({
      class: k,
      support: truth[k]!,
      predicted: pred[k]!,
      precision: pred[k]! > 0 ? tp / pred[k]! : 0,
      recall: truth[k]! > 0 ? tp / truth[k]! : 0,
      f1: classF1(tp, truth[k]!, pred[k]!),
    });
  }
  const confusion = Array.from({ length: K }, (_, i) => Array.from(counts.subarray(i * K, (i + 1) * K)));
  const method = (m: IntervalMethod): IntervalMethod => (o.intervals ? m : 'none');
  if (n === 0) {
    const none = pointOnly(null, 'none', 'no rows');
    return {
      task: 'multiclass',
      rows: 0,
      classes: K,
      confidence: o.confidence,
      metrics: { accuracy: none, balanced_accuracy: none, macro_f1: none, log_loss: none },
      perClass,
      confusion,
      bootstrap: null,
    };
  }
  const [accuracy, balanced, macroF1] = confusionStats(counts, K);
  const boot = o.intervals
    ? confusionBootstrap(counts, 3, (c, out) => out.set(confusionStats(c, K)), createRng(o.seed, STREAM_CONFUSION), o.resamples, o.confidence)
    : null;
  let correct = 0;
  for (let k = 0; k < K; k++) correct += diag[k]!;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += losses[i]!;
  const logLoss = sum / n;
  const plan = planRowIntervals(n, o);
  let lossCi: [number, number] | null = null;
  if (o.intervals && plan.method === 'bootstrap-percentile') {
    const [reps] = rowBootstrap(n, o.resamples, createRng(o.seed, STREAM_ROWS), 1, (counts, out) => {
      let s = 0;
      for (let i = 0; i < n; i++) s += counts[i]! * losses[i]!;
      out[0] = s / n;
    });
    lossCi = percentileInterval(reps!, o.confidence, [0, Infinity]);
  } else if (o.intervals) {
    let ss = 0;
    for (let i = 0; i < n; i++) ss += (losses[i]! - logLoss) ** 2;
    lossCi = normalInterval(logLoss, Math.sqrt(ss) / n, o.z, [0, Infinity]);
  }
  const missingPred = perClass.filter((c) => c.support > 0 && c.predicted === 0).map((c) => c.class);
  const macro: MetricResult = { value: macroF1!, ci: boot ? boot[2]! : null, method: method('bootstrap-confusion') };
  if (missingPred.length > 0) macro.reason = `class${missingPred.length > 1 ? 'es' : ''} ${missingPred.join(', ')} never predicted: precision set to 0 (scikit-learn zero_division)`;
  return {
    task: 'multiclass',
    rows: n,
    classes: K,
    confidence: o.confidence,
    metrics: {
      accuracy: {
        value: accuracy!,
        ci: !o.intervals ? null : o.proportionInterval === 'wilson' ? wilsonInterval(correct, n, o.z) : boot![0]!,
        method: method(o.proportionInterval === 'wilson' ? 'wilson' : 'bootstrap-confusion'),
      },
      balanced_accuracy: { value: balanced!, ci: boot ? boot[1]! : null, method: method('bootstrap-confusion') },
      macro_f1: macro,
      log_loss: { value: logLoss, ci: lossCi, method: method(plan.method) },
    },
    perClass,
    confusion,
    bootstrap: o.intervals ? { resamples: o.resamples, seed: o.seed } : null,
  };
}
