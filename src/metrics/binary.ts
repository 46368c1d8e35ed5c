/**
 * Binary classification: a mergeable state of (label, score) rows and the metrics computed from it.
 *
 * Rows. `label` is 1 for the positive class and 0 otherwise; `score` is the model's probability of
 * the positive class, a finite number in [0, 1]. A row is predicted positive when
 * `score >= threshold` (default 0.5).
 *
 * State and memory. `BinaryState` keeps the scores of positive rows and of negative rows in two
 * Float64Arrays: 8 bytes per row (up to 16 while a growing buffer doubles), 8 MB per million rows.
 * Nothing else is needed: every metric, including roc_auc and average_precision, is a function of
 * these two multisets, so `merge` (concatenation) is exact and the metrics are computed from the
 * sorted arrays, making them independent of row order and of how rows were sharded: merging shard
 * states in any order gives bit-identical results, intervals included. JSON form: the two arrays
 * as base64 of little-endian float64 bytes (about 10.7 characters per row), stored sorted.
 * Computing the metrics needs 16 bytes per row of sort scratch, plus 24 bytes per row (and O(rows)
 * time per resample) for the row bootstrap when it runs.
 *
 * Metrics (names and conventions of scikit-learn 1.2, checked against it in
 * test/unit/metrics/goldens.test.ts):
 * - accuracy, balanced_accuracy (mean recall over the classes present in the labels), precision,
 *   recall, f1 of the positive class at the threshold; zero_division as scikit-learn's default
 *   'warn': an ill-defined precision, recall or f1 is 0, with a `reason`.
 * - roc_auc: Mann-Whitney AUC with ties counted ½ (= roc_auc_score); null with a reason when only
 *   one class is present.
 * - average_precision: the step-wise sum Σ (R_k - R_{k-1}) P_k over distinct score thresholds,
 *   tied scores forming one threshold (= average_precision_score); 0 without positive rows, as
 *   scikit-learn (which then sets recall to 1).
 * - log_loss: scores clipped to [ε, 1 - ε] with ε = 2.220446049250313e-16 (float64 machine
 *   epsilon: log_loss(eps="auto") for float64 input in scikit-learn 1.2), the row (1-p, p) then
 *   renormalised by its sum, natural log, mean over rows.
 * - brier_score: mean (score - label)² (= brier_score_loss).
 * - calibration: `calibrationBins` (default 10) equal-width bins on [0, 1] with
 *   calibration_curve's assignment: bin b holds scores in (b/B, (b+1)/B], bin 0 also holds 0
 *   (edges as numpy.linspace). Reliability table per bin: count, mean score, observed positive rate
 *   (null in empty bins). Expected calibration error ECE = Σ_b (n_b / n)·|mean score_b - rate_b|.
 *
 * Intervals (`ci` at `confidence`, default 0.95, seeded by `seed`):
 * - accuracy, precision, recall: Wilson score interval ('wilson'), conditional on the number of
 *   rows, predicted positives and positives respectively; or, with proportionInterval
 *   'bootstrap', as balanced_accuracy.
 * - balanced_accuracy, f1: percentile bootstrap of the confusion cells ('bootstrap-confusion').
 * - roc_auc: DeLong ('delong'), from src/stats/delong.ts.
 * - log_loss, brier_score, average_precision: percentile bootstrap of rows, all three from the
 *   same resamples ('bootstrap-percentile'); above `maxBootstrapRows` rows (default 20,000 at 1000
 *   resamples) the normal interval with the influence-function standard error ('normal-influence';
 *   for average_precision built on the logit scale, see `logitNormalInterval`).
 */
import { ConfigurationError, DataError } from '../errors.js';
import { delongCi, delongSorted, lowerBound } from '../stats/delong.js';
import { createRng } from '../stats/rng.js';
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

/** float64 machine epsilon: scikit-learn 1.2's log_loss clipping for float64 probabilities. */
export const LOG_LOSS_EPS = 2.220446049250313e-16;

export type BinaryMetricName = 'accuracy' | 'balanced_accuracy' | 'precision' | 'recall' | 'f1' | 'roc_auc' | 'average_precision' | 'log_loss' | 'brier_score';

export interface BinaryOptions extends IntervalOptions {
  /** Predicted positive iff score >= threshold. Default 0.5. */
  threshold?: number;
  /** Equal-width calibration bins on [0, 1]. Default 10. */
  calibrationBins?: number;
}

export interface BinaryConfusion {
  /** scikit-learn's confusion_matrix layout, rows = true class, columns = predicted: [[tn, fp], [fn, tp]]. */
  matrix: [[number, number], [number, number]];
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface CalibrationBin {
  /** (lower, upper]; the first bin also holds `lower` = 0. */
  lower: number;
  upper: number;
  count: number;
  /** Mean score in the bin; null when empty. */
  meanPredicted: number | null;
  /** Share of positive rows in the bin; null when empty. */
  observedRate: number | null;
}

export interface CalibrationTable {
  strategy: 'uniform';
  bins: CalibrationBin[];
  /** Expected calibration error Σ (n_b/n)·|meanPredicted_b - observedRate_b|; null without rows. */
  ece: number | null;
}

export interface BinaryMetrics {
  task: 'binary';
  rows: number;
  positives: number;
  negatives: number;
  threshold: number;
  confidence: number;
  metrics: Record<BinaryMetricName, MetricResult>;
  confusion: BinaryConfusion;
  calibration: CalibrationTable;
  /** The resampling settings of the bootstrap intervals (null without intervals). */
  bootstrap: { resamples: number; seed: number } | null;
}

export interface BinaryStateJSON {
  kind: 'binary-state';
  schemaVersion: 1;
  rows: number;
  /** Scores of positive and negative rows, ascending, base64 of little-endian float64. */
  positives: string;
  negatives: string;
}

/** Mergeable state of a binary evaluation: the scores of positive rows and of negative rows. */
export class BinaryState {
  readonly task = 'binary';
  private pos = new Float64Column();
  private neg = new Float64Column();
  private sorted = true;

  get rows(): number {
    return this.pos.length + this.neg.length;
  }

  get positives(): number {
    return this.pos.length;
  }

  get negatives(): number {
    return this.neg.length;
  }

  /** Adds one row; throws DataError on a label other than 0/1 or a score outside [0, 1]. */
  add(label: number, score: number): this {
    if (!(score >= 0 && score <= 1)) throw new DataError(`binary score must be a probability in [0, 1], got ${score}`);
    if (label === 1) this.pos.push(score);
    else if (label === 0) this.neg.push(score);
    else throw new DataError(`binary label must be 0 or 1, got ${label}`);
    this.sorted = false;
    return this;
  }

  /** Adds rows from parallel arrays (the fast path); throws DataError naming the first bad row. */
  addBatch(labels: ArrayLike<number>, scores: ArrayLike<number>): this {
    if (labels.length !== scores.length) throw new DataError(`binary: ${labels.length} labels but ${scores.length} scores`);
    for (let i = 0; i < labels.length; i++) {
      const s = scores[i]!;
      const y = labels[i];
      if (!(s >= 0 && s <= 1)) throw new DataError(`binary score at row ${i} must be a probability in [0, 1], got ${s}`);
      if (y === 1) this.pos.push(s);
      else if (y === 0) this.neg.push(s);
      else throw new DataError(`binary label at row ${i} must be 0 or 1, got ${y}`);
    }
    if (labels.length > 0) this.sorted = false;
    return this;
  }

  /** Adds every row of `other` (which is left unchanged). */
  merge(other: BinaryState): this {
    if (!(other instanceof BinaryState)) throw new DataError('binary: can only merge another BinaryState');
    this.pos.append(other.pos.view());
    this.neg.append(other.neg.view());
    if (other.rows > 0) this.sorted = false;
    return this;
  }

  /** The scores of positive and of negative rows, ascending (sorted once, until the next add). */
  sortedScores(): { positives: Float64Array; negatives: Float64Array } {
    if (!this.sorted) {
      const p = this.pos.view();
      const n = this.neg.view();
      sortFloat64(p);
      sortFloat64(n);
      this.sorted = true;
    }
    return { positives: this.pos.view(), negatives: this.neg.view() };
  }

  toJSON(): BinaryStateJSON {
    const { positives, negatives } = this.sortedScores();
    return { kind: 'binary-state', schemaVersion: 1, rows: this.rows, positives: encodeFloat64(positives), negatives: encodeFloat64(negatives) };
  }

  /** Rebuilds from {@link toJSON} output; throws DataError on anything malformed. */
  static fromJSON(json: unknown): BinaryState {
    const j = json as BinaryStateJSON | null;
    if (!j || typeof j !== 'object' || j.kind !== 'binary-state' || j.schemaVersion !== 1) {
      throw new DataError('binary state: not a {kind: "binary-state", schemaVersion: 1} object');
    }
    const pos = decodeFloat64(j.positives, 'binary state positives');
    const neg = decodeFloat64(j.negatives, 'binary state negatives');
    if (j.rows !== pos.length + neg.length) throw new DataError(`binary state: rows ${j.rows} does not match the ${pos.length + neg.length} scores`);
    let sorted = true;
    for (const a of [pos, neg]) {
      for (let i = 0; i < a.length; i++) {
        if (!(a[i]! >= 0 && a[i]! <= 1)) throw new DataError(`binary state: score ${a[i]} is not a probability`);
        if (i > 0 && a[i - 1]! > a[i]!) sorted = false;
      }
    }
    const s = new BinaryState();
    s.pos = Float64Column.from(pos);
    s.neg = Float64Column.from(neg);
    s.sorted = sorted;
    return s;
  }
}

/** Precision, recall, f1 and balanced accuracy of cells [tp, fp, fn, tn] with scikit-learn's zero_division = 0. */
function precisionOf(tp: number, fp: number): number {
  return tp + fp > 0 ? tp / (tp + fp) : 0;
}
function recallOf(tp: number, fn: number): number {
  return tp + fn > 0 ? tp / (tp + fn) : 0;
}
function f1Of(tp: number, fp: number, fn: number): number {
  const p = precisionOf(tp, fp);
  const r = recallOf(tp, fn);
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}
/** Mean recall over the classes with support; NaN without rows. */
function balancedOf(tp: number, fp: number, fn: number, tn: number): number {
  const hasPos = tp + fn > 0;
  const hasNeg = tn + fp > 0;
  if (hasPos && hasNeg) return (tp / (tp + fn) + tn / (tn + fp)) / 2;
  if (hasPos) return tp / (tp + fn);
  if (hasNeg) return tn / (tn + fp);
  return NaN;
}

/** The log-loss term of one row, as scikit-learn 1.2: clip, renormalise (1-p, p), -log. */
function logLossTerm(p: number, positive: boolean): number {
  const c = p < LOG_LOSS_EPS ? LOG_LOSS_EPS : p > 1 - LOG_LOSS_EPS ? 1 - LOG_LOSS_EPS : p;
  const q = 1 - c;
  const s = q + c;
  return -Math.log((positive ? c : q) / s);
}

/** The rows in ascending score order, for the row bootstrap: log-loss and Brier terms, key = tieGroup·2 + label. */
interface RowTable {
  loss: Float64Array;
  brier: Float64Array;
  key: Uint32Array;
}

interface BinaryPass {
  logLoss: number;
  brier: number;
  averagePrecision: number;
  /** Influence-function standard errors of [log_loss, brier_score, average_precision]. */
  se: [number, number, number];
  calibration: CalibrationTable;
  /** Present when asked for (24 bytes per row). */
  table: RowTable | null;
}

/**
 * One ascending merge walk over the sorted positive and negative scores, tie group by tie group:
 * log_loss, brier_score, average_precision (at a tie group with score v, precision is
 * #positives >= v / #rows >= v, and recall grows by the group's share of all positives), the
 * calibration bins, the influence-function standard errors and optionally the bootstrap table.
 *
 * Influence function of AP = E[Y·π(S)] / E[Y] with π(s) = P(Y = 1, S >= s) / P(S >= s), at a row
 * (s0, y0) in tie group g: IF = [y0·(π_g - AP) + y0·S1_g - S2_g] / p, where p = share of
 * positives and S1_g = Σ_{h<=g} cP_h / D_h, S2_g = Σ_{h<=g} cP_h·π_h / D_h over tie groups h at
 * or below g (cP_h positives, D_h rows at or above h). Var(AP) ≈ Σ IF² / n².
 */
function binaryPass(P: Float64Array, N: Float64Array, bins: number, withTable: boolean): BinaryPass {
  const nP = P.length;
  const nN = N.length;
  const n = nP + nN;
  const edges = Array.from({ length: bins + 1 }, (_, b) => (b === bins ? 1 : b * (1 / bins)));
  const binCount = new Float64Array(bins);
  const binSum = new Float64Array(bins);
  const binPos = new Float64Array(bins);
  const table: RowTable | null = withTable ? { loss: new Float64Array(n), brier: new Float64Array(n), key: new Uint32Array(n) } : null;
  let lossSum = 0;
  let brierSum = 0;
  let apSum = 0;
  // Shifted sums of squares for the standard errors of the two means (shift: the first term).
  let lossShift = NaN;
  let lossDev = 0;
  let lossDev2 = 0;
  let brierShift = NaN;
  let brierDev = 0;
  let brierDev2 = 0;
  // AP influence: positives contribute (u_g - AP)², u_g = π_g + S1_g - S2_g; negatives S2_g².
  let s1 = 0;
  let s2 = 0;
  let sumU = 0;
  let sumU2 = 0;
  let sumNegS2sq = 0;
  let below = 0;
  let posBelow = 0;
  let bin = 0;
  let group = 0;
  let i = 0;
  let j = 0;
  while (i < nP || j < nN) {
    const v = i < nP && (j >= nN || P[i]! <= N[j]!) ? P[i]! : N[j]!;
    const i0 = i;
    const j0 = j;
    while (j < nN && N[j] === v) j++;
    while (i < nP && P[i] === v) i++;
    const cN = j - j0;
    const cP = i - i0;
    const c = cN + cP;
    const lossN = cN > 0 ? logLossTerm(v, false) : 0;
    const lossP = cP > 0 ? logLossTerm(v, true) : 0;
    const brierN = v * v;
    const brierP = (1 - v) * (1 - v);
    lossSum += cN * lossN + cP * lossP;
    brierSum += cN * brierN + cP * brierP;
    if (Number.isNaN(lossShift)) {
      lossShift = cN > 0 ? lossN : lossP;
      brierShift = cN > 0 ? brierN : brierP;
    }
    const dlN = lossN - lossShift;
    const dlP = lossP - lossShift;
    lossDev += cN * dlN + cP * dlP;
    lossDev2 += cN * dlN * dlN + cP * dlP * dlP;
    const dbN = brierN - brierShift;
    const dbP = brierP - brierShift;
    brierDev += cN * dbN + cP * dbP;
    brierDev2 += cN * dbN * dbN + cP * dbP * dbP;
    const atOrAbove = n - below;
    const pi = (nP - posBelow) / atOrAbove;
    if (cP > 0) {
      apSum += cP * pi;
      s1 += cP / atOrAbove;
      s2 += (cP * pi) / atOrAbove;
      const u = pi + s1 - s2;
      sumU += cP * u;
      sumU2 += cP * u * u;
    }
    if (cN > 0) sumNegS2sq += cN * s2 * s2;
    while (bin < bins - 1 && v > edges[bin + 1]!) bin++;
    binCount[bin] += c;
    binSum[bin] += v * c;
    binPos[bin] += cP;
    if (table !== null) {
      table.loss.fill(lossN, below, below + cN);
      table.loss.fill(lossP, below + cN, below + c);
      table.brier.fill(brierN, below, below + cN);
      table.brier.fill(brierP, below + cN, below + c);
      table.key.fill(group * 2, below, below + cN);
      table.key.fill(group * 2 + 1, below + cN, below + c);
    }
    below += c;
    posBelow += cP;
    group++;
  }
  const cal: CalibrationBin[] = [];
  let eceSum = 0;
  for (let b = 0; b < bins; b++) {
    const cnt = binCount[b]!;
    cal.push({ lower: edges[b]!, upper: edges[b + 1]!, count: cnt, meanPredicted: cnt > 0 ? binSum[b]! / cnt : null, observedRate: cnt > 0 ? binPos[b]! / cnt : null });
    eceSum += Math.abs(binSum[b]! - binPos[b]!);
  }
  const ap = nP > 0 ? apSum / nP : 0;
  // Σ IF² for the means: Σ (x - mean)² from the shifted sums; for AP, expand Σ cP (u - AP)².
  const meanSe = (dev: number, dev2: number): number => Math.sqrt(Math.max(0, dev2 - (dev * dev) / n)) / n;
  const p = nP / n;
  const apIf2 = nP > 0 ? Math.max(0, sumU2 - 2 * ap * sumU + ap * ap * nP) / (p * p) + sumNegS2sq / (p * p) : NaN;
  return {
    logLoss: lossSum / n,
    brier: brierSum / n,
    averagePrecision: ap,
    se: [meanSe(lossDev, lossDev2), meanSe(brierDev, brierDev2), Math.sqrt(apIf2) / n],
    calibration: { strategy: 'uniform', bins: cal, ece: n > 0 ? eceSum / n : null },
    table,
  };
}

/**
 * log_loss, brier_score and average_precision of the rows weighted by bootstrap `counts`,
 * walking from the highest score down so that tied scores form one threshold.
 */
function replicate(t: RowTable, counts: Uint32Array, out: Float64Array): void {
  const { loss, brier, key } = t;
  let lossSum = 0;
  let brierSum = 0;
  let tp = 0;
  let fp = 0;
  let prevTp = 0;
  let ap = 0;
  let prevGroup = -1;
  let m = 0;
  for (let r = counts.length - 1; r >= 0; r--) {
    const c = counts[r]!;
    if (c === 0) continue; // about 37% of rows are not drawn
    m += c;
    lossSum += c * loss[r]!;
    brierSum += c * brier[r]!;
    const k = key[r]!;
    const g = k >>> 1;
    if (g !== prevGroup) {
      if (tp > prevTp) ap += ((tp - prevTp) * tp) / (tp + fp);
      prevTp = tp;
      prevGroup = g;
    }
    if (k & 1) tp += c;
    else fp += c;
  }
  if (tp > prevTp) ap += ((tp - prevTp) * tp) / (tp + fp);
  out[0] = lossSum / m;
  out[1] = brierSum / m;
  out[2] = tp > 0 ? ap / tp : 0;
}

/**
 * The influence-function interval of a statistic in (0, 1) built on the logit scale,
 * expit(logit(v) ± z·se / (v(1 - v))), which keeps it inside (0, 1) and follows the skew of a
 * proportion-like statistic near 1 (Boyd, Eng and Page 2013 recommend it for the area under the
 * precision-recall curve); the plain normal interval when v is 0 or 1.
 */
function logitNormalInterval(v: number, se: number, z: number): [number, number] | null {
  if (!(v > 0 && v < 1)) return normalInterval(v, se, z, [0, 1]);
  const l = Math.log(v / (1 - v));
  const h = (z * se) / (v * (1 - v));
  return [1 / (1 + Math.exp(-(l - h))), 1 / (1 + Math.exp(-(l + h)))];
}

/** Computes every binary metric with its interval from `state`; see the module header for definitions. */
export function binaryMetrics(state: BinaryState, opts: BinaryOptions = {}): BinaryMetrics {
  const o = resolveIntervalOptions(opts);
  const threshold = opts.threshold ?? 0.5;
  if (typeof threshold !== 'number' || !Number.isFinite(threshold)) throw new ConfigurationError(`threshold must be a finite number, got ${String(threshold)}`);
  const bins = opts.calibrationBins ?? 10;
  if (!Number.isSafeInteger(bins) || bins < 1 || bins > 1000) throw new ConfigurationError(`calibrationBins must be an integer from 1 to 1000, got ${String(bins)}`);

  const { positives: P, negatives: N } = state.sortedScores();
  const nP = P.length;
  const nN = N.length;
  const n = nP + nN;
  const fn = lowerBound(P, threshold);
  const tp = nP - fn;
  const tn = lowerBound(N, threshold);
  const fp = nN - tn;
  const confusion: BinaryConfusion = { matrix: [[tn, fp], [fn, tp]], tp, fp, fn, tn };
  const none = (reason: string): MetricResult => pointOnly(null, 'none', reason);
  const method = (m: IntervalMethod): IntervalMethod => (o.intervals ? m : 'none');

  const metrics = {} as Record<BinaryMetricName, MetricResult>;
  if (n === 0) {
    for (const name of ['accuracy', 'balanced_accuracy', 'precision', 'recall', 'f1', 'roc_auc', 'average_precision', 'log_loss', 'brier_score'] as const) {
      metrics[name] = none('no rows');
    }
    return {
      task: 'binary',
      rows: 0,
      positives: 0,
      negatives: 0,
      threshold,
      confidence: o.confidence,
      metrics,
      confusion,
      calibration: binaryPass(P, N, bins, false).calibration,
      bootstrap: null,
    };
  }

  // Confusion-matrix metrics.
  const propMethod: IntervalMethod = o.proportionInterval === 'wilson' ? 'wilson' : 'bootstrap-confusion';
  const cells = Float64Array.of(tp, fp, fn, tn);
  const boot = o.intervals
    ? confusionBootstrap(
        cells,
        5,
        (c, out) => {
          out[0] = (c[0]! + c[3]!) / n;
          out[1] = precisionOf(c[0]!, c[1]!);
          out[2] = recallOf(c[0]!, c[2]!);
          out[3] = balancedOf(c[0]!, c[1]!, c[2]!, c[3]!);
          out[4] = f1Of(c[0]!, c[1]!, c[2]!);
        },
        createRng(o.seed, STREAM_CONFUSION),
        o.resamples,
        o.confidence,
      )
    : null;
  const propCi = (i: number, x: number, trials: number): [number, number] | null =>
    !o.intervals ? null : o.proportionInterval === 'wilson' ? wilsonInterval(x, trials, o.z) : boot![i]!;
  const withReason = (r: MetricResult, reason: string | undefined): MetricResult => (reason === undefined ? r : { ...r, reason });

  metrics.accuracy = { value: (tp + tn) / n, ci: propCi(0, tp + tn, n), method: method(propMethod) };
  metrics.precision = withReason(
    { value: precisionOf(tp, fp), ci: tp + fp > 0 ? propCi(1, tp, tp + fp) : null, method: method(propMethod) },
    tp + fp === 0 ? 'no predicted positives: precision is ill-defined and set to 0 (scikit-learn zero_division)' : undefined,
  );
  metrics.recall = withReason(
    { value: recallOf(tp, fn), ci: nP > 0 ? propCi(2, tp, nP) : null, method: method(propMethod) },
    nP === 0 ? 'no positive rows: recall is ill-defined and set to 0 (scikit-learn zero_division)' : undefined,
  );
  metrics.balanced_accuracy = withReason(
    { value: balancedOf(tp, fp, fn, tn), ci: boot ? boot[3]! : null, method: method('bootstrap-confusion') },
    nP === 0 || nN === 0 ? `only ${nP === 0 ? 'negative' : 'positive'} rows: the mean recall is over that class alone (scikit-learn)` : undefined,
  );
  const f1 = f1Of(tp, fp, fn);
  metrics.f1 = withReason(
    { value: f1, ci: boot ? boot[4]! : null, method: method('bootstrap-confusion') },
    tp === 0 && (tp + fp === 0 || nP === 0) ? 'precision and recall are 0 or ill-defined: f1 is set to 0 (scikit-learn zero_division)' : undefined,
  );

  // roc_auc with DeLong.
  if (nP === 0 || nN === 0) {
    metrics.roc_auc = pointOnly(null, method('delong'), `roc_auc is undefined with only ${nP === 0 ? 'negative' : 'positive'} rows`);
  } else {
    const est = delongSorted(P, N);
    const ci = o.intervals ? delongCi(est, o.confidence) : null;
    metrics.roc_auc = withReason(
      { value: est.auc, ci, method: method('delong') },
      o.intervals && ci === null ? 'the DeLong interval needs at least 2 positive and 2 negative rows' : undefined,
    );
  }

  // Row statistics: percentile bootstrap of rows, or the influence-function interval for large n.
  const plan = planRowIntervals(n, o);
  const useBootstrap = o.intervals && plan.method === 'bootstrap-percentile';
  const pass = binaryPass(P, N, bins, useBootstrap);
  const point = [pass.logLoss, pass.brier, pass.averagePrecision];
  const bounds: [number, number][] = [
    [0, Infinity],
    [0, 1],
    [0, 1],
  ];
  let rowCis: ([number, number] | null)[] = [null, null, null];
  const bootstrap: BinaryMetrics['bootstrap'] = o.intervals ? { resamples: o.resamples, seed: o.seed } : null;
  if (useBootstrap && pass.table !== null) {
    const table = pass.table;
    const reps = rowBootstrap(n, o.resamples, createRng(o.seed, STREAM_ROWS), 3, (counts, out) => replicate(table, counts, out));
    rowCis = reps.map((r, s) => percentileInterval(r, o.confidence, bounds[s]!));
  } else if (o.intervals) {
    rowCis = [normalInterval(point[0]!, pass.se[0], o.z, bounds[0]!), normalInterval(point[1]!, pass.se[1], o.z, bounds[1]!), logitNormalInterval(point[2]!, pass.se[2], o.z)];
  }
  metrics.average_precision = withReason(
    { value: point[2]!, ci: nP > 0 ? rowCis[2]! : null, method: method(plan.method) },
    nP === 0 ? 'no positive rows: scikit-learn sets recall to 1 and average_precision to 0; no interval' : undefined,
  );
  metrics.log_loss = { value: point[0]!, ci: rowCis[0]!, method: method(plan.method) };
  metrics.brier_score = { value: point[1]!, ci: rowCis[1]!, method: method(plan.method) };

  const ordered = {} as Record<BinaryMetricName, MetricResult>;
  for (const name of ['accuracy', 'balanced_accuracy', 'precision', 'recall', 'f1', 'roc_auc', 'average_precision', 'log_loss', 'brier_score'] as const) {
    ordered[name] = metrics[name];
  }
  return {
    task: 'binary',
    rows: n,
    positives: nP,
    negatives: nN,
    threshold,
    confidence: o.confidence,
    metrics: ordered,
    confusion,
    calibration: pass.calibration,
    bootstrap,
  };
}
