/**
 * Confidence intervals shared by the metric tasks: option parsing, Wilson score intervals, the
 * bootstrap of confusion-matrix cells, the bootstrap of rows, and the normal interval with an
 * influence-function standard error that replaces the row bootstrap on large inputs. Every result
 * names its method (see `IntervalMethod`); random draws come from src/stats/rng.ts with the
 * user's seed, one stream per kind of resampling (`STREAM_CONFUSION` = 0, `STREAM_ROWS` = 1), so
 * intervals are reproducible and adding one kind of interval does not shift the draws of another.
 *
 * Percentiles of bootstrap replicates use numpy's default ("linear", Hyndman-Fan type 7):
 * with B sorted replicates r, the p-quantile is r[h] interpolated at h = (B - 1)·p.
 */
import { ConfigurationError } from '../errors.js';
import { criticalValue } from '../stats/distributions.js';
import type { Xoshiro128 } from '../stats/rng.js';
import { MAX_SEED } from '../stats/rng.js';

/** How an interval was computed. */
export type IntervalMethod =
  /** Wilson score interval for a binomial proportion (analytic). */
  | 'wilson'
  /** DeLong's asymptotic variance of the AUC (pROC's ci.auc(method = "delong")). */
  | 'delong'
  /** Percentile bootstrap of the confusion matrix: cells redrawn Multinomial(n, observed shares). */
  | 'bootstrap-confusion'
  /** Percentile bootstrap of rows: n rows drawn with replacement per resample. */
  | 'bootstrap-percentile'
  /** Normal interval with the influence-function standard error (rows above `maxBootstrapRows`), see {@link normalInterval}. */
  | 'normal-influence'
  /** No interval was asked for. */
  | 'none';

/** One metric: its value, its interval, and how the interval was made. Never NaN. */
export interface MetricResult {
  /** null when the metric is undefined on these rows (`reason` says why). */
  value: number | null;
  /** [low, high] at the requested confidence, or null (no interval requested, or undefined: see `reason`). */
  ci: [number, number] | null;
  method: IntervalMethod;
  /** Why `value` or `ci` is null, or which scikit-learn convention set `value` (zero_division). */
  reason?: string;
}

export interface IntervalOptions {
  /** Two-sided confidence level, in (0, 1). Default 0.95. */
  confidence?: number;
  /** Bootstrap resamples (integer, 2 to 10^7). Default 1000. */
  resamples?: number;
  /** Seed of the resampling, an integer in [0, 2^53 - 1]. Default 0. */
  seed?: number;
  /** false: point values only (every `ci` null, method 'none'). Default true. */
  intervals?: boolean;
  /**
   * Largest number of rows for the row bootstrap (cost O(rows · resamples)). Above it, the
   * row-bootstrapped metrics get the normal interval with the influence-function standard error
   * ('normal-influence'), the bootstrap's large-sample limit, at O(rows).
   * Default max(1000, floor(2·10^7 / resamples)): 20,000 rows at 1000 resamples.
   */
  maxBootstrapRows?: number;
  /** Interval for accuracy, precision and recall: 'wilson' (default) or 'bootstrap' (of the confusion cells). */
  proportionInterval?: 'wilson' | 'bootstrap';
}

export interface ResolvedIntervalOptions {
  confidence: number;
  /** Two-sided normal critical value for `confidence`. */
  z: number;
  resamples: number;
  seed: number;
  intervals: boolean;
  maxBootstrapRows: number;
  proportionInterval: 'wilson' | 'bootstrap';
}

/** Random stream of the confusion-cell bootstrap. */
export const STREAM_CONFUSION = 0;
/** Random stream of the row bootstrap. */
export const STREAM_ROWS = 1;
/** Default work of the row bootstrap (resamples × rows) before switching to the influence-function interval. */
export const ROW_DRAW_BUDGET = 2e7;

function checkInteger(name: string, v: unknown, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min || v > max) {
    throw new ConfigurationError(`${name} must be an integer from ${min} to ${max}, got ${String(v)}`);
  }
  return v;
}

/** Validates and fills in defaults; throws ConfigurationError naming the option. */
export function resolveIntervalOptions(opts: IntervalOptions = {}): ResolvedIntervalOptions {
  const confidence = opts.confidence ?? 0.95;
  if (typeof confidence !== 'number' || !(confidence > 0 && confidence < 1)) {
    throw new ConfigurationError(`confidence must be a number strictly between 0 and 1, got ${String(confidence)}`);
  }
  const resamples = checkInteger('resamples', opts.resamples ?? 1000, 2, 1e7);
  const seed = checkInteger('seed', opts.seed ?? 0, 0, MAX_SEED);
  const intervals = opts.intervals ?? true;
  if (typeof intervals !== 'boolean') throw new ConfigurationError(`intervals must be true or false, got ${String(intervals)}`);
  const maxBootstrapRows = checkInteger('maxBootstrapRows', opts.maxBootstrapRows ?? Math.max(1000, Math.floor(ROW_DRAW_BUDGET / resamples)), 0, 1e9);
  const proportionInterval = opts.proportionInterval ?? 'wilson';
  if (proportionInterval !== 'wilson' && proportionInterval !== 'bootstrap') {
    throw new ConfigurationError(`proportionInterval must be 'wilson' or 'bootstrap', got ${String(proportionInterval)}`);
  }
  return { confidence, z: criticalValue(confidence), resamples, seed, intervals, maxBootstrapRows, proportionInterval };
}

// ---------------------------------------------------------------------------------------------
// Analytic
// ---------------------------------------------------------------------------------------------

/**
 * Wilson score interval for `successes` out of `trials` at critical value z (statsmodels'
 * proportion_confint(method = "wilson")): (x + z²/2 ± z·√(x(n-x)/n + z²/4)) / (n + z²).
 * Null when trials is 0.
 */
export function wilsonInterval(successes: number, trials: number, z: number): [number, number] | null {
  if (trials <= 0) return null;
  const z2 = z * z;
  const center = (successes + z2 / 2) / (trials + z2);
  const half = (z / (trials + z2)) * Math.sqrt((successes * (trials - successes)) / trials + z2 / 4);
  return [Math.max(0, center - half), Math.min(1, center + half)];
}

// ---------------------------------------------------------------------------------------------
// Percentiles
// ---------------------------------------------------------------------------------------------

/** numpy.percentile(..., method = "linear") of ascending `sorted` at probability p in [0, 1]. */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  const a = sorted[lo]!;
  const b = sorted[hi]!;
  // numpy's _lerp: a + (b - a)·t, switched to b - (b - a)·(1 - t) for t >= 0.5.
  const t = h - lo;
  const d = b - a;
  return t >= 0.5 ? b - d * (1 - t) : a + d * t;
}

function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

// ---------------------------------------------------------------------------------------------
// Bootstrap of confusion cells
// ---------------------------------------------------------------------------------------------

/**
 * Percentile bootstrap over the cells of a confusion matrix: each resample redraws the cell counts
 * from Multinomial(n, cells / n), which is the distribution of the cell counts of n rows drawn
 * with replacement, so this is the row bootstrap of any function of the confusion matrix at
 * O(cells) per resample. `evaluate` writes the `stats` statistics of resampled counts into `out`
 * (NaN marks an undefined replicate, which is dropped). Returns one interval per statistic, null
 * if every replicate of it was undefined.
 */
export function confusionBootstrap(
  cells: Float64Array,
  stats: number,
  evaluate: (counts: Float64Array, out: Float64Array) => void,
  rng: Xoshiro128,
  resamples: number,
  confidence: number,
  bounds: [number, number] = [0, 1],
): ([number, number] | null)[] {
  let n = 0;
  for (let i = 0; i < cells.length; i++) n += cells[i]!;
  const draws = new Float64Array(cells.length);
  const out = new Float64Array(stats);
  const reps = Array.from({ length: stats }, () => new Float64Array(resamples));
  const counts = new Array<number>(stats).fill(0);
  for (let b = 0; b < resamples; b++) {
    rng.multinomial(n, cells, draws);
    evaluate(draws, out);
    for (let s = 0; s < stats; s++) {
      const v = out[s]!;
      if (!Number.isNaN(v)) reps[s]![counts[s]!++] = v;
    }
  }
  const alpha = 1 - confidence;
  return reps.map((r, s) => {
    const k = counts[s]!;
    if (k === 0) return null;
    const sorted = r.subarray(0, k).sort();
    return [clamp(quantileSorted(sorted, alpha / 2), bounds[0], bounds[1]), clamp(quantileSorted(sorted, 1 - alpha / 2), bounds[0], bounds[1])];
  });
}

// ---------------------------------------------------------------------------------------------
// Bootstrap of rows, and its large-sample replacement
// ---------------------------------------------------------------------------------------------

export interface RowIntervalPlan {
  rows: number;
  resamples: number;
  /**
   * 'bootstrap-percentile' up to `maxBootstrapRows` rows; above, 'normal-influence': the normal
   * interval with the standard error from the empirical influence function, which is what the
   * percentile bootstrap converges to for these smooth statistics, at O(n) instead of
   * O(n · resamples).
   */
  method: 'bootstrap-percentile' | 'normal-influence';
}

export function planRowIntervals(rows: number, o: ResolvedIntervalOptions): RowIntervalPlan {
  return { rows, resamples: o.resamples, method: rows <= o.maxBootstrapRows ? 'bootstrap-percentile' : 'normal-influence' };
}

/**
 * The row bootstrap: per resample, n row indices are drawn uniformly with replacement and turned
 * into per-row counts (Multinomial(n; 1/n, ..., 1/n), summing to n); `evaluate` writes the
 * replicate of each of the `stats` statistics of the rows weighted by `counts` into `out`.
 * Returns the replicates per statistic. Cost O(n) per resample, one Uint32Array of scratch.
 */
export function rowBootstrap(
  rows: number,
  resamples: number,
  rng: Xoshiro128,
  stats: number,
  evaluate: (counts: Uint32Array, out: Float64Array) => void,
): Float64Array[] {
  const counts = new Uint32Array(rows);
  const out = new Float64Array(stats);
  const reps = Array.from({ length: stats }, () => new Float64Array(resamples));
  for (let b = 0; b < resamples; b++) {
    counts.fill(0);
    rng.countUniformDraws(counts, rows);
    evaluate(counts, out);
    for (let s = 0; s < stats; s++) reps[s]![b] = out[s]!;
  }
  return reps;
}

/**
 * Percentile interval [q_(α/2), q_(1-α/2)] of bootstrap replicates, clamped to `bounds` (the
 * statistic's range). NaN replicates (undefined statistics) are dropped; null if none is left.
 */
export function percentileInterval(replicates: Float64Array, confidence: number, bounds: [number, number]): [number, number] | null {
  let k = 0;
  const r = new Float64Array(replicates.length);
  for (let i = 0; i < replicates.length; i++) if (!Number.isNaN(replicates[i]!)) r[k++] = replicates[i]!;
  if (k === 0) return null;
  const sorted = r.subarray(0, k).sort();
  const alpha = 1 - confidence;
  return [clamp(quantileSorted(sorted, alpha / 2), bounds[0], bounds[1]), clamp(quantileSorted(sorted, 1 - alpha / 2), bounds[0], bounds[1])];
}

/**
 * Normal interval estimate ± z·se clamped to `bounds`. `se` is computed by the caller from the
 * empirical influence function IF_i of the statistic: se = √(Σ IF_i²) / n (the nonparametric
 * delta method; for a mean, IF_i = x_i - mean and se = population sd / √n).
 */
export function normalInterval(estimate: number, se: number, z: number, bounds: [number, number]): [number, number] | null {
  if (!Number.isFinite(se)) return null;
  return [clamp(estimate - z * se, bounds[0], bounds[1]), clamp(estimate + z * se, bounds[0], bounds[1])];
}

/** A result with no interval: `value` with ci null, and method 'none' or the method that would have been used. */
export function pointOnly(value: number | null, method: IntervalMethod, reason?: string): MetricResult {
  return reason === undefined ? { value, ci: null, method } : { value, ci: null, method, reason };
}
