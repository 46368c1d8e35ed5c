/**
 * Regression: a mergeable state of (label, prediction) rows and its metrics.
 *
 * State and memory. `RegressionState` keeps labels and predictions in two Float64Arrays: 16 bytes
 * per row (up to 32 while buffers double), merged by concatenation. Before computing, the rows are
 * put in a canonical order (ascending label, then prediction; stable radix sorts), so the values
 * and the bootstrap intervals do not depend on row order or on how shards were merged. JSON: the
 * two columns in that order as base64 of little-endian float64.
 *
 * Metrics (scikit-learn 1.2 / numpy, checked in test/unit/metrics/goldens.test.ts), with
 * e = prediction - label:
 * - mae = mean |e| (mean_absolute_error); rmse = √(mean e²) (mean_squared_error(squared=False)).
 * - r2 = 1 - Σe² / Σ(y - ȳ)² (r2_score). With constant labels scikit-learn's force_finite rule
 *   applies: 1 when the predictions are exact, else 0 (with a `reason`); null with fewer than 2 rows.
 * - absoluteErrorQuantiles: p50, p90, p95, p99 of |e| by numpy.percentile's default "linear"
 *   method (Hyndman-Fan type 7: the order statistic interpolated at (n - 1)·q).
 *
 * Intervals: mae, rmse and r2 by the percentile bootstrap of rows, all from the same resamples
 * ('bootstrap-percentile'); above `maxBootstrapRows` rows, the normal interval with the
 * influence-function (delta-method) standard error ('normal-influence').
 */
import { DataError } from '../errors.js';
import { createRng } from '../stats/rng.js';
import { decodeFloat64, encodeFloat64, Float64Column } from './buffers.js';
import {
  type IntervalMethod,
  type IntervalOptions,
  type MetricResult,
  normalInterval,
  percentileInterval,
  planRowIntervals,
  pointOnly,
  quantileSorted,
  resolveIntervalOptions,
  rowBootstrap,
  STREAM_ROWS,
} from './intervals.js';
import { argsortFloat64, sortFloat64 } from './sort.js';

export type RegressionMetricName = 'mae' | 'rmse' | 'r2';

export interface RegressionMetrics {
  task: 'regression';
  rows: number;
  confidence: number;
  metrics: Record<RegressionMetricName, MetricResult>;
  /** Quantiles of |prediction - label| (numpy "linear"); null without rows. */
  absoluteErrorQuantiles: { p50: number | null; p90: number | null; p95: number | null; p99: number | null };
  /** The row bootstrap that was run (null when none was). */
  bootstrap: { resamples: number; seed: number } | null;
}

export interface RegressionStateJSON {
  kind: 'regression-state';
  schemaVersion: 1;
  rows: number;
  /** Labels and predictions in canonical order, base64 of little-endian float64. */
  labels: string;
  predictions: string;
}

/** Mergeable state of a regression evaluation. */
export class RegressionState {
  readonly task = 'regression';
  private y = new Float64Column();
  private p = new Float64Column();
  private canonical = true;

  get rows(): number {
    return this.y.length;
  }

  /** Adds one row; throws DataError unless both numbers are finite. */
  add(label: number, prediction: number): this {
    if (!Number.isFinite(label)) throw new DataError(`regression label must be a finite number, got ${label}`);
    if (!Number.isFinite(prediction)) throw new DataError(`regression prediction must be a finite number, got ${prediction}`);
    this.y.push(label);
    this.p.push(prediction);
    this.canonical = false;
    return this;
  }

  /** Adds rows from parallel arrays; throws DataError naming the first bad row. */
  addBatch(labels: ArrayLike<number>, predictions: ArrayLike<number>): this {
    if (labels.length !== predictions.length) throw new DataError(`regression: ${labels.length} labels but ${predictions.length} predictions`);
    for (let i = 0; i < labels.length; i++) {
      const y = labels[i]!;
      const p = predictions[i]!;
      if (!Number.isFinite(y)) throw new DataError(`regression label at row ${i} must be a finite number, got ${y}`);
      if (!Number.isFinite(p)) throw new DataError(`regression prediction at row ${i} must be a finite number, got ${p}`);
      this.y.push(y);
      this.p.push(p);
    }
    if (labels.length > 0) this.canonical = false;
    return this;
  }

  merge(other: RegressionState): this {
    if (!(other instanceof RegressionState)) throw new DataError('regression: can only merge another RegressionState');
    this.y.append(other.y.view());
    this.p.append(other.p.view());
    if (other.rows > 0) this.canonical = false;
    return this;
  }

  /** Labels and predictions in canonical order (ascending label, then prediction). */
  columns(): { labels: Float64Array; predictions: Float64Array } {
    if (!this.canonical) {
      const y = this.y.view();
      const p = this.p.view();
      const perm = argsortFloat64(y, argsortFloat64(p));
      const y2 = new Float64Array(y.length);
      const p2 = new Float64Array(p.length);
      for (let i = 0; i < perm.length; i++) {
        y2[i] = y[perm[i]!]!;
        p2[i] = p[perm[i]!]!;
      }
      this.y.replace(y2);
      this.p.replace(p2);
      this.canonical = true;
    }
    return { labels: this.y.view(), predictions: this.p.view() };
  }

  toJSON(): RegressionStateJSON {
    const { labels, predictions } = this.columns();
    return { kind: 'regression-state', schemaVersion: 1, rows: this.rows, labels: encodeFloat64(labels), predictions: encodeFloat64(predictions) };
  }

  static fromJSON(json: unknown): RegressionState {
    const j = json as RegressionStateJSON | null;
    if (!j || typeof j !== 'object' || j.kind !== 'regression-state' || j.schemaVersion !== 1) {
      throw new DataError('regression state: not a {kind: "regression-state", schemaVersion: 1} object');
    }
    const y = decodeFloat64(j.labels, 'regression state labels');
    const p = decodeFloat64(j.predictions, 'regression state predictions');
    if (y.length !== p.length || j.rows !== y.length) throw new DataError(`regression state: rows ${j.rows}, ${y.length} labels and ${p.length} predictions disagree`);
    let canonical = true;
    for (let i = 0; i < y.length; i++) {
      if (!Number.isFinite(y[i]!) || !Number.isFinite(p[i]!)) throw new DataError(`regression state: row ${i} is not finite`);
      if (i > 0 && !(y[i - 1]! < y[i]! || (y[i - 1] === y[i] && p[i - 1]! <= p[i]!))) canonical = false;
    }
    const s = new RegressionState();
    s.y = Float64Column.from(y);
    s.p = Float64Column.from(p);
    s.canonical = canonical;
    return s;
  }
}

/** Computes the regression metrics with intervals; see the module header for definitions. */
export function regressionMetrics(state: RegressionState, opts: IntervalOptions = {}): RegressionMetrics {
  const o = resolveIntervalOptions(opts);
  const { labels: y, predictions: p } = state.columns();
  const n = y.length;
  const method = (m: IntervalMethod): IntervalMethod => (o.intervals ? m : 'none');
  if (n === 0) {
    const none = pointOnly(null, 'none', 'no rows');
    return {
      task: 'regression',
      rows: 0,
      confidence: o.confidence,
      metrics: { mae: none, rmse: none, r2: none },
      absoluteErrorQuantiles: { p50: null, p90: null, p95: null, p99: null },
      bootstrap: null,
    };
  }
  const absE = new Float64Array(n);
  const sqE = new Float64Array(n);
  let sumY = 0;
  let sumAbs = 0;
  let sumSq = 0;
  for (let i = 0; i < n; i++) {
    const e = y[i]! - p[i]!;
    absE[i] = Math.abs(e);
    sqE[i] = e * e;
    sumY += y[i]!;
    sumAbs += absE[i]!;
    sumSq += sqE[i]!;
  }
  const mean = sumY / n;
  const yc = new Float64Array(n);
  let sst = 0;
  for (let i = 0; i < n; i++) {
    yc[i] = y[i]! - mean;
    sst += yc[i]! * yc[i]!;
  }
  const mae = sumAbs / n;
  const rmse = Math.sqrt(sumSq / n);
  let r2: MetricResult;
  const r2Of = (sse: number, sstv: number): number => (sstv > 0 ? 1 - sse / sstv : sse === 0 ? 1 : 0);
  if (n < 2) r2 = pointOnly(null, 'none', 'r2 is undefined with fewer than 2 rows');
  else if (sst === 0) {
    r2 = pointOnly(r2Of(sumSq, sst), 'none', 'constant labels: r2 set to 1 for exact predictions, else 0 (scikit-learn force_finite)');
  } else r2 = { value: r2Of(sumSq, sst), ci: null, method: 'none' };

  const sortedAbs = absE.slice();
  sortFloat64(sortedAbs);
  const q = (x: number): number => quantileSorted(sortedAbs, x);

  const plan = planRowIntervals(n, o);
  const metrics: Record<RegressionMetricName, MetricResult> = {
    mae: { value: mae, ci: null, method: method(plan.method) },
    rmse: { value: rmse, ci: null, method: method(plan.method) },
    r2: { ...r2, method: method(plan.method) },
  };
  const r2Defined = n >= 2 && sst > 0;
  if (o.intervals && plan.method === 'bootstrap-percentile') {
    const reps = rowBootstrap(n, o.resamples, createRng(o.seed, STREAM_ROWS), 3, (counts, out) => {
      let sa = 0;
      let s2 = 0;
      let sy = 0;
      let syy = 0;
      for (let i = 0; i < n; i++) {
        const c = counts[i]!;
        if (c === 0) continue; // about 37% of rows are not drawn
        sa += c * absE[i]!;
        s2 += c * sqE[i]!;
        const d = yc[i]!;
        sy += c * d;
        syy += c * d * d;
      }
      let sstB = syy - (sy * sy) / n;
      if (sstB <= 1e-12 * syy) sstB = 0;
      out[0] = sa / n;
      out[1] = Math.sqrt(s2 / n);
      out[2] = r2Of(s2, sstB);
    });
    metrics.mae.ci = percentileInterval(reps[0]!, o.confidence, [0, Infinity]);
    metrics.rmse.ci = percentileInterval(reps[1]!, o.confidence, [0, Infinity]);
    if (r2Defined) metrics.r2.ci = percentileInterval(reps[2]!, o.confidence, [-Infinity, 1]);
  } else if (o.intervals) {
    // Influence functions: |e| - mae; (e² - mse) / (2·rmse); -(e² - (SSE/SST)·(y - ȳ)²) / (SST/n).
    const mse = sumSq / n;
    let ssAbs = 0;
    let ssSq = 0;
    let ssR2 = 0;
    const ratio = r2Defined ? sumSq / sst : 0;
    for (let i = 0; i < n; i++) {
      ssAbs += (absE[i]! - mae) ** 2;
      ssSq += (sqE[i]! - mse) ** 2;
      if (r2Defined) ssR2 += (sqE[i]! - ratio * yc[i]! * yc[i]!) ** 2;
    }
    metrics.mae.ci = normalInterval(mae, Math.sqrt(ssAbs) / n, o.z, [0, Infinity]);
    metrics.rmse.ci = rmse > 0 ? normalInterval(rmse, Math.sqrt(ssSq) / n / (2 * rmse), o.z, [0, Infinity]) : [0, 0];
    if (r2Defined) metrics.r2.ci = normalInterval(r2.value!, Math.sqrt(ssR2) / n / (sst / n), o.z, [-Infinity, 1]);
  }
  return {
    task: 'regression',
    rows: n,
    confidence: o.confidence,
    metrics,
    absoluteErrorQuantiles: { p50: q(0.5), p90: q(0.9), p95: q(0.95), p99: q(0.99) },
    bootstrap: o.intervals && plan.method === 'bootstrap-percentile' ? { resamples: o.resamples, seed: o.seed } : null,
  };
}
