/**
 * Drift statistics between a reference and a current sample: pure functions over numbers that
 * reproduce scipy / numpy (versions recorded in test/fixtures/stats/drift-goldens.json, generated
 * by scripts/fixtures/drift_goldens.py), with the tolerances stated on each function.
 *
 * Tests return a result object with `statistic` and `pvalue`; distances return the number, as
 * scipy does. Inputs are never mutated; samples are copied into Float64Arrays. Every function is
 * O(n log n) or better in the sample sizes, except the exact two-sample KS p-value, whose cost is
 * bounded by the 'auto' rule of `ks2samp`. Invalid input throws a RangeError naming the argument.
 */
import { chi2Sf, clip01, gcd, kstwoSf, smirnov2Sf } from './distributions.js';

export interface KsResult {
  /** D = sup_t |F_x(t) - F_y(t)| over the two empirical CDFs. */
  statistic: number;
  /** Two-sided p-value P(D >= observed) under H0: both samples from one continuous distribution. */
  pvalue: number;
  /** How the p-value was computed ('auto' resolved, or 'exact' fallen back to 'asymp'). */
  method: 'exact' | 'asymp';
}

export interface ChisquareResult {
  /** Pearson's X² = Σ (observed - expected)² / expected. */
  statistic: number;
  /** Upper-tail chi-square p-value P(χ²_df >= X²) (asymptotic). */
  pvalue: number;
  df: number;
}

export interface Ks2sampOptions {
  /** 'auto' (default), 'exact' (lattice-path count) or 'asymp' (scipy's kstwo approximation). */
  method?: 'auto' | 'exact' | 'asymp';
}

/** scipy's MAX_AUTO_N: 'auto' computes the exact p-value when max(n1, n2) is at most this... */
export const KS_EXACT_MAX_N = 10000;
/** ...and the lattice band has at most this many cells (about 0.1 s). */
export const KS_EXACT_MAX_WORK = 2.5e7;

/** Lattice cells the exact two-sample p-value visits for D = h / lcm(n1, n2). */
function exactWork(n1: number, n2: number, h: number): number {
  if (n1 === n2) return n1;
  const m = Math.max(n1, n2);
  const n = Math.min(n1, n2);
  return m * Math.min(n + 1, 2 * Math.ceil(h / (m / gcd(m, n))) + 2);
}

function fail(fn: string, message: string): never {
  throw new RangeError(`${fn}: ${message}`);
}

/** a[i] itself when it is a number other than NaN (null or a string is not silently 0 or NaN). */
function number(v: unknown, fn: string, name: string, i: number): number {
  if (typeof v !== 'number') fail(fn, `${name}[${i}] is not a number (${v === null ? 'null' : typeof v})`);
  if (Number.isNaN(v)) fail(fn, `${name}[${i}] is NaN; drop missing values first`);
  return v;
}

/** Copy of `a` as a Float64Array; throws on NaN (and on ±Infinity unless `allowInfinite`). */
function toFloat64(a: ArrayLike<number>, fn: string, name: string, allowInfinite = false): Float64Array {
  if (a === null || a === undefined || typeof a.length !== 'number') fail(fn, `${name} must be an array of numbers`);
  const out = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) {
    const v = number(a[i], fn, name, i);
    if (!allowInfinite && !Number.isFinite(v)) fail(fn, `${name}[${i}] is not finite`);
    out[i] = v;
  }
  return out;
}

/** Copy of non-negative finite weights, counts or shares. */
function nonNegative(a: ArrayLike<number>, fn: string, name: string): Float64Array {
  const out = toFloat64(a, fn, name);
  for (let i = 0; i < out.length; i++) if (out[i] < 0) fail(fn, `${name}[${i}] is negative (${out[i]})`);
  return out;
}

/** Neumaier-compensated sum: error O(ε) independent of length, close to numpy's pairwise sum. */
function sum(a: ArrayLike<number>): number {
  let s = 0;
  let c = 0;
  for (let i = 0; i < a.length; i++) {
    const v = a[i];
    const t = s + v;
    c += Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s;
    s = t;
  }
  return Number.isFinite(s) ? s + c : s;
}

/** Round half to even, as numpy's np.round. */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/**
 * Two-sample Kolmogorov-Smirnov test, two-sided (scipy.stats.ks_2samp, alternative='two-sided').
 *
 * statistic: D = max_t |F_x(t) - F_y(t)| with right-continuous empirical CDFs evaluated at every
 * pooled value (ties handled as scipy does); bit-identical to scipy. When the exact p-value is
 * computed, D is reported as round(D·lcm)/lcm like scipy.
 *
 * method:
 * - 'exact': P(D_{n1,n2} >= D) under H0, counting the monotone lattice paths from (0,0) to (n1,n2)
 *   that leave the band |i/n1 - j/n2| < D (Hodges 1958, Viehmann 2021's recursion for n1 ≠ n2; the
 *   reflection sum for n1 = n2), the same arithmetic as scipy: agrees with scipy method='exact' to
 *   1e-11 relative (tested; bit-identical in every golden case). Cost O(n) for n1 = n2, else up to
 *   O(n1·n2·D) — with an explicit 'exact' there is no cap beyond scipy's: it falls back to
 *   'asymp' only when lcm(n1, n2) >= 2^31 - 1 or on floating-point failure.
 * - 'asymp': kstwo.sf(D, round(n1·n2/(n1+n2))), the exact one-sample Kolmogorov distribution at the
 *   effective size n_e (half to even, as numpy). kstwo.sf is computed as scipy does (Simard &
 *   L'Ecuyer 2011: Durbin matrix and Pomeranz recursion for n_e <= 140, 2·smirnov for large D,
 *   Durbin or the Pelz-Good asymptotic series otherwise; see distributions.ts), and agrees with
 *   scipy method='asymp' to 1e-12 relative (tested; at most 2e-14 in the goldens, which reach
 *   n_e = 111111). It is itself an approximation of the two-sample null distribution, as in scipy.
 * - 'auto' (default): 'exact' when max(n1, n2) <= 10000 (scipy's MAX_AUTO_N) and the lattice band
 *   has at most 2.5e7 cells (about 0.1 s; the band has ~2·D·n1·n2 cells, so without this cap
 *   disjoint samples of 10000 would take ~0.5 s), else 'asymp'. The cap can only be exceeded when
 *   n_e·D² > 77 (e.g. n1 ≈ n2 ≈ 10000 and D > 0.125), where both p-values are below 1e-60, so
 *   'auto' still returns scipy's default p-value to 1e-60 absolute there (tested at the boundary).
 *
 * Inputs may be unsorted and are not mutated. NaN anywhere, or an empty sample, throws.
 */
export function ks2samp(x: ArrayLike<number>, y: ArrayLike<number>, opts: Ks2sampOptions = {}): KsResult {
  const method = opts.method ?? 'auto';
  if (method !== 'auto' && method !== 'exact' && method !== 'asymp') fail('ks2samp', `method must be 'auto', 'exact' or 'asymp', got ${JSON.stringify(method)}`);
  const a = toFloat64(x, 'ks2samp', 'x', true).sort();
  const b = toFloat64(y, 'ks2samp', 'y', true).sort();
  const n1 = a.length;
  const n2 = b.length;
  if (n1 === 0) fail('ks2samp', 'x must not be empty');
  if (n2 === 0) fail('ks2samp', 'y must not be empty');

  // Walk the pooled values in order; after consuming every copy of v, i/n1 - j/n2 = F_x(v) - F_y(v).
  // Once either sample is exhausted |F_x - F_y| only shrinks, so the walk can stop there.
  let dPlus = 0;
  let dMinus = 0;
  for (let i = 0, j = 0; i < n1 && j < n2; ) {
    const v = a[i] <= b[j] ? a[i] : b[j];
    while (i < n1 && a[i] === v) i++;
    while (j < n2 && b[j] === v) j++;
    const diff = i / n1 - j / n2;
    if (diff > dPlus) dPlus = diff;
    else if (-diff > dMinus) dMinus = -diff;
  }
  let d = Math.max(dPlus, dMinus);

  const g = gcd(n1, n2);
  const lcm = (n1 / g) * n2;
  const h = Math.round(d * lcm);
  const cheap = Math.max(n1, n2) <= KS_EXACT_MAX_N && exactWork(n1, n2, h) <= KS_EXACT_MAX_WORK;
  let mode: 'exact' | 'asymp' = method === 'auto' ? (cheap ? 'exact' : 'asymp') : method;
  if (method === 'exact' && n1 / g >= 2147483647 / (n2 / g)) mode = 'asymp';
  if (mode === 'exact') {
    d = h / lcm;
    const p = smirnov2Sf(n1, n2, h);
    if (p >= 0 && p <= 1) return { statistic: d, pvalue: p, method: 'exact' };
  }
  const en = (Math.max(n1, n2) * Math.min(n1, n2)) / (n1 + n2);
  return { statistic: d, pvalue: clip01(kstwoSf(roundHalfEven(en), d)), method: 'asymp' };
}

/**
 * Pearson's chi-square goodness-of-fit test (scipy.stats.chisquare with ddof=0): statistic
 * X² = Σ (o - e)² / e and the asymptotic upper-tail p-value P(χ²_df >= X²), df = k - 1.
 *
 * `fExp` defaults to the uniform expectation (mean of fObs). As in scipy the two totals must
 * agree to a relative tolerance of 1e-8 (scale the expected counts to the observed total).
 * Categories where both observed and expected are 0 contribute nothing and are not counted in
 * df (scipy returns nan there). An expected 0 with a positive observation gives X² = Infinity and
 * p = 0. With a single remaining category (df = 0) the samples cannot differ: p = 1.
 * Matches scipy: statistic to 1e-13 relative, p-value to 1e-12 relative (tested up to df = 5999).
 */
export function chisquare(fObs: ArrayLike<number>, fExp?: ArrayLike<number>): ChisquareResult {
  const obs = nonNegative(fObs, 'chisquare', 'fObs');
  const k = obs.length;
  if (k === 0) fail('chisquare', 'fObs must not be empty');
  const obsSum = sum(obs);
  if (!(obsSum > 0)) fail('chisquare', 'fObs must have a positive total');
  let exp: Float64Array;
  if (fExp === undefined) {
    exp = new Float64Array(k).fill(obsSum / k);
  } else {
    exp = nonNegative(fExp, 'chisquare', 'fExp');
    if (exp.length !== k) fail('chisquare', `fExp has ${exp.length} categories but fObs has ${k}`);
    const expSum = sum(exp);
    const rel = Math.abs(obsSum - expSum) / Math.min(obsSum, expSum);
    if (!(rel <= 1e-8)) fail('chisquare', `the totals of fObs (${obsSum}) and fExp (${expSum}) must agree to a relative tolerance of 1e-8; scale fExp to the observed total`);
  }
  const terms = new Float64Array(k);
  let cells = 0;
  for (let i = 0; i < k; i++) {
    if (obs[i] === 0 && exp[i] === 0) continue;
    cells++;
    terms[i] = (obs[i] - exp[i]) ** 2 / exp[i];
  }
  const statistic = sum(terms);
  const df = cells - 1;
  const pvalue = statistic === Infinity ? 0 : df === 0 ? 1 : chi2Sf(statistic, df);
  return { statistic, pvalue, df };
}

/** Sorted copy of values, with weights permuted alongside (or null when unweighted). */
function sortedWithWeights(values: ArrayLike<number>, weights: ArrayLike<number> | undefined, name: string): [Float64Array, Float64Array | null] {
  const v = toFloat64(values, 'wassersteinDistance', name);
  if (v.length === 0) fail('wassersteinDistance', `${name} must not be empty`);
  if (weights === undefined) return [v.sort(), null];
  const wName = `${name}Weights`;
  const w = nonNegative(weights, 'wassersteinDistance', wName);
  if (w.length !== v.length) fail('wassersteinDistance', `${wName} has ${w.length} entries but ${name} has ${v.length}`);
  const total = sum(w);
  if (!(total > 0 && total < Infinity)) fail('wassersteinDistance', `${wName} must have a positive, finite total`);
  // Argsort. A plain array sorts with a comparator ~4x faster than a Uint32Array in V8.
  const order = Array.from({ length: v.length }, (_, i) => i);
  order.sort((i, j) => v[i] - v[j]);
  const vs = new Float64Array(v.length);
  const ws = new Float64Array(v.length);
  for (let i = 0; i < order.length; i++) {
    vs[i] = v[order[i]];
    ws[i] = w[order[i]];
  }
  return [vs, ws];
}

/**
 * First Wasserstein (earth mover's) distance between two 1-D distributions,
 * ∫ |U(t) - V(t)| dt over their (weighted) empirical CDFs (scipy.stats.wasserstein_distance).
 *
 * Weights are optional and need not be normalized (e.g. histogram or sketch counts at bin
 * centres); they must be non-negative with a positive finite total. Values must be finite.
 * Matches scipy to 1e-13 relative. O((n + m) log(n + m)).
 */
export function wassersteinDistance(u: ArrayLike<number>, v: ArrayLike<number>, uWeights?: ArrayLike<number>, vWeights?: ArrayLike<number>): number {
  const [a, wa] = sortedWithWeights(u, uWeights, 'u');
  const [b, wb] = sortedWithWeights(v, vWeights, 'v');
  let ta = a.length;
  let tb = b.length;
  if (wa) {
    ta = 0; // the cumulative sum's last entry, as scipy normalizes by it
    for (let i = 0; i < wa.length; i++) ta += wa[i];
  }
  if (wb) {
    tb = 0;
    for (let i = 0; i < wb.length; i++) tb += wb[i];
  }
  // Between consecutive pooled values the CDFs are flat: add |U - V| times the gap.
  let ca = 0;
  let cb = 0;
  let s = 0;
  let c = 0;
  let prev = Math.min(a[0], b[0]);
  for (let i = 0, j = 0; i < a.length || j < b.length; ) {
    const x = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
    const term = Math.abs(ca / ta - cb / tb) * (x - prev);
    const t = s + term; // Neumaier-compensated running sum; terms are non-negative
    c += s >= term ? s - t + term : term - t + s;
    s = t;
    for (; i < a.length && a[i] === x; i++) ca += wa ? wa[i] : 1;
    for (; j < b.length && b[j] === x; j++) cb += wb ? wb[j] : 1;
    prev = x;
  }
  return s + c;
}

/** Validated copies of two aligned non-negative vectors. */
function pairOfDistributions(p: ArrayLike<number>, q: ArrayLike<number>, fn: string, names: [string, string]): [Float64Array, Float64Array] {
  const a = nonNegative(p, fn, names[0]);
  const b = nonNegative(q, fn, names[1]);
  if (a.length === 0) fail(fn, `${names[0]} must not be empty`);
  if (a.length !== b.length) fail(fn, `${names[0]} has ${a.length} entries but ${names[1]} has ${b.length}`);
  return [a, b];
}

/** Relative entropy term x log(x / y) (scipy.special.rel_entr) for x, y >= 0. */
function relEntr(x: number, y: number): number {
  if (x > 0 && y > 0) return x * Math.log(x / y);
  return x === 0 ? 0 : Infinity;
}

/**
 * Jensen-Shannon DISTANCE (the square root of the JS divergence) between two discrete
 * distributions (scipy.spatial.distance.jensenshannon): p and q are first divided by their
 * totals, then sqrt((KL(p‖m) + KL(q‖m)) / 2) with m = (p + q) / 2, natural log unless `base` is
 * given (Evidently uses base 2). Between 0 and sqrt(ln 2) (1 in base 2). A divergence that rounds
 * below zero is taken as 0 (scipy would return nan). Matches scipy to 1e-13 relative.
 */
export function jensenShannonDistance(p: ArrayLike<number>, q: ArrayLike<number>, base?: number): number {
  const [a, b] = pairOfDistributions(p, q, 'jensenShannonDistance', ['p', 'q']);
  if (base !== undefined && !(base > 0 && base !== 1)) fail('jensenShannonDistance', `base must be a positive number other than 1, got ${base}`);
  const sa = sum(a);
  const sb = sum(b);
  if (!(sa > 0)) fail('jensenShannonDistance', 'p must have a positive total');
  if (!(sb > 0)) fail('jensenShannonDistance', 'q must have a positive total');
  let left = 0;
  let right = 0;
  for (let i = 0; i < a.length; i++) {
    const pi = a[i] / sa;
    const qi = b[i] / sb;
    const m = (pi + qi) / 2;
    left += relEntr(pi, m);
    right += relEntr(qi, m);
  }
  let js = left + right;
  if (base !== undefined) js /= Math.log(base);
  return Math.sqrt(Math.max(js / 2, 0));
}

/**
 * Evidently's replacement for empty bins, applied to each vector separately: a share of 0
 * becomes 0.0001, or (smallest non-zero share) / 1e6 when that smallest share is itself <= 0.0001.
 */
function fillZeroShares(s: Float64Array): void {
  let min = Infinity;
  for (const v of s) if (v > 0 && v < min) min = v;
  const fill = min <= 0.0001 ? min / 1e6 : 0.0001;
  for (let i = 0; i < s.length; i++) if (s[i] === 0) s[i] = fill;
}

/**
 * Population Stability Index Σ (c - r) · ln(c / r) over aligned bins or categories, given the
 * reference and current SHARES (each summing to 1, e.g. counts / total). Zero shares are replaced
 * as Evidently does before the sum: by 0.0001, or by (smallest non-zero share) / 1e6 when the
 * smallest non-zero share of that vector is at most 0.0001. Always >= 0; 0.1 / 0.25 are the usual
 * "some" / "major" shift thresholds.
 */
export function psi(refShares: ArrayLike<number>, curShares: ArrayLike<number>): number {
  const [r, c] = pairOfDistributions(refShares, curShares, 'psi', ['refShares', 'curShares']);
  if (!r.some((v) => v > 0)) fail('psi', 'refShares must have a positive share');
  if (!c.some((v) => v > 0)) fail('psi', 'curShares must have a positive share');
  fillZeroShares(r);
  fillZeroShares(c);
  const terms = new Float64Array(r.length);
  for (let i = 0; i < r.length; i++) terms[i] = (c[i] - r[i]) * Math.log(c[i] / r[i]);
  return sum(terms);
}

/**
 * Equal-width bin edges as numpy.histogram_bin_edges(values, bins): the range [min, max] of the
 * values (widened by ±0.5 when constant; [0, 1] when empty) cut into `bins` equal bins, or for
 * 'sturges' into ceil(range / (range / (log2 n + 1))) bins. Edges are computed exactly as
 * np.linspace does (bit-identical). Several arrays are pooled without copying, as Evidently bins
 * numeric columns on reference and current together.
 */
export function histogramBinEdges(values: ArrayLike<number> | readonly ArrayLike<number>[], bins: 'sturges' | number = 'sturges'): Float64Array {
  const parts: readonly ArrayLike<number>[] = Array.isArray(values) && values.length > 0 && typeof values[0] === 'object' ? (values as readonly ArrayLike<number>[]) : [values as ArrayLike<number>];
  if (bins !== 'sturges' && !(Number.isInteger(bins) && bins >= 1)) fail('histogramBinEdges', `bins must be 'sturges' or a positive integer, got ${JSON.stringify(bins)}`);
  let lo = Infinity;
  let hi = -Infinity;
  let n = 0;
  for (const part of parts) {
    for (let i = 0; i < part.length; i++) {
      const v = number(part[i], 'histogramBinEdges', 'values', n + i);
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    n += part.length;
  }
  let first = 0;
  let last = 1;
  if (n > 0) {
    if (!Number.isFinite(lo) || !Number.isFinite(hi)) fail('histogramBinEdges', `the range of the values [${lo}, ${hi}] is not finite`);
    [first, last] = lo === hi ? [lo - 0.5, hi + 0.5] : [lo, hi];
  }
  let nb: number;
  if (bins === 'sturges') {
    const width = n > 0 ? (hi - lo) / (Math.log2(n) + 1) : 0;
    nb = width ? Math.ceil((last - first) / width) : 1;
  } else {
    nb = bins;
  }
  // np.linspace(first, last, nb + 1)
  const edges = new Float64Array(nb + 1);
  const delta = last - first;
  const step = delta / nb;
  for (let i = 0; i <= nb; i++) edges[i] = (step === 0 ? (i / nb) * delta : i * step) + first;
  edges[nb] = last;
  return edges;
}

/**
 * Counts of `values` in the bins [e0, e1), [e1, e2), ..., [e_{k-1}, e_k] — the last bin closed —
 * as numpy.histogram(values, edges)[0]; values outside [e0, e_k] are not counted. Edges must be
 * non-decreasing. O(n log k).
 */
export function histogramCounts(values: ArrayLike<number>, edges: ArrayLike<number>): Float64Array {
  const e = toFloat64(edges, 'histogramCounts', 'edges', true);
  if (e.length < 2) fail('histogramCounts', 'edges must have at least 2 entries');
  for (let i = 1; i < e.length; i++) if (!(e[i] >= e[i - 1])) fail('histogramCounts', `edges must increase monotonically (edges[${i}] < edges[${i - 1}])`);
  const k = e.length - 1;
  const counts = new Float64Array(k);
  const lo = e[0];
  const hi = e[k];
  for (let i = 0; i < values.length; i++) {
    const v = number(values[i], 'histogramCounts', 'values', i);
    if (v < lo || v > hi) continue;
    if (v === hi) {
      counts[k - 1]++;
      continue;
    }
    let l = 0; // largest l with e[l] <= v
    let r = k;
    while (r - l > 1) {
      const mid = (l + r) >>> 1;
      if (e[mid] <= v) l = mid;
      else r = mid;
    }
    counts[l]++;
  }
  return counts;
}
