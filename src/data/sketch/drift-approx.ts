/**
 * Two-sample drift statistics computed from two DDSketches with the same alpha, with explicit,
 * provable error bounds, so a profile (sketches only, no raw values) can be compared against
 * another profile.
 *
 * The key fact: two sketches with the same alpha use the same bucket index mapping, and the mapping
 * is monotone, so their buckets line up into common cells c_1 < c_2 < ... (ordered, disjoint
 * ranges of values; the zero count is a cell of its own). Where a store collapsed its lowest
 * buckets, the cells of both sketches at or below the collapsed key are pooled into one cell so the
 * alignment still holds. Between two consecutive cells, each sample's empirical CDF is known
 * exactly (its count in the cells so far over its total); only inside a cell is it unknown.
 *
 * - Kolmogorov–Smirnov ({@link ksApprox}): D = max over cell boundaries |F_A - F_B| is attained by
 *   the true CDFs, so D <= KS. Inside cell j, F_A lies between its values at the cell's two ends,
 *   likewise F_B, so |F_A - F_B| <= max(F_A(end_j) - F_B(start_j), F_B(end_j) - F_A(start_j)) =: U_j.
 *   Hence KS ∈ [D, U] with U = max(D, max_j U_j) <= D + max_j max(mass_A(c_j), mass_B(c_j)): the
 *   error is at most the largest single-cell probability mass of either sample. The point-mass zero
 *   cell adds nothing to U. This holds exactly (no alpha involved): it only uses that cells are
 *   ordered.
 *
 * - Wasserstein-1 ({@link wassersteinApprox}): computed exactly between the two discrete
 *   distributions that put each bucket's count at its representative value. Moving every value to
 *   its bucket's representative costs at most dev_j = max(value_j - lower_j, upper_j - value_j) per
 *   unit of mass in bucket j (about alpha |x|), so by the triangle inequality
 *   |W1 - W1_approx| <= sum_j m_A(j) dev_j + sum_j m_B(j) dev_j <= ~alpha (E|X_A| + E|X_B|) (1 + alpha),
 *   where m(j) is the probability mass of bucket j. Collapsed buckets enter with their real width, so the
 *   bound stays valid (and grows) if collapsing happened. `lower` and `upper` are further tightened
 *   by a second, independent bracket from the common cells: W1 = ∫|F_A - F_B|, which is known exactly
 *   between cells and, inside cell j of width w_j, lies between w_j times the smallest and the
 *   largest |F_A - F_B| the cell's end values allow.
 *
 * - {@link commonBins}: groups the common cells into bins (by default about 10, at quantiles of the
 *   first sketch) and returns both samples' counts and shares per bin. Because bin edges fall on
 *   cell boundaries, these shares are the exact shares of the raw data in those bins, so
 *   Jensen–Shannon or PSI computed from them has no sketch error beyond the choice of edges.
 *
 * Bucket bounds (`edges`, `lower`, `upper`) are the mathematical ones, gamma^k; a value within
 * floating-point rounding of a boundary may sit in the neighbouring bucket. The KS and binning
 * results above do not depend on that (they only use the order of buckets).
 */
import { ConfigurationError } from '../../errors.js';
import type { DDSketch, SketchBucket } from './ddsketch.js';

export interface ApproxStatistic {
  /** The estimate. */
  statistic: number;
  /** The true value lies within [statistic - errorBound, statistic + errorBound] ∩ [lower, upper]. */
  errorBound: number;
  /** Proven lower and upper bounds of the true value. */
  lower: number;
  upper: number;
  method: string;
}

export interface KsApprox extends ApproxStatistic {
  /** Sample sizes (for a p-value). */
  n1: number;
  n2: number;
  /** The largest probability mass in one common cell for either sample (errorBound never exceeds it). */
  maxCellMass: number;
}

/** One common cell: both sketches' counts in an interval of values. */
export interface CommonCell {
  sign: -1 | 0 | 1;
  /** The (possibly pooled) bucket key. */
  key: number;
  lower: number;
  upper: number;
  countA: number;
  countB: number;
}

export interface CommonBins {
  /** Bin i holds the values in [edges[i], edges[i + 1]] (edges.length = bins + 1; empty when both sketches are). */
  edges: number[];
  countsA: number[];
  countsB: number[];
  /** countsA / a.count and countsB / b.count (all 0 for an empty sketch). */
  sharesA: number[];
  sharesB: number[];
}

export interface CommonBinsOptions {
  /** Target number of bins for the 'quantile' strategy (default 10); fewer come out when a cell holds more than 1/bins of the mass. */
  bins?: number;
  /**
   * 'quantile' (default): consecutive cells are grouped so each bin holds about 1/bins of sketch
   * A's values (of the pooled values if A is empty). 'finest': one bin per common cell.
   */
  strategy?: 'quantile' | 'finest';
}

function checkCompatible(a: DDSketch, b: DDSketch): void {
  if (a.alpha !== b.alpha) throw new ConfigurationError(`cannot compare DDSketches with different alpha (${a.alpha} and ${b.alpha})`);
}

/** Orders cells: negatives by decreasing key, then zero, then positives by increasing key. */
function cellOrder(sa: number, ka: number, sb: number, kb: number): number {
  if (sa !== sb) return sa - sb;
  return sa < 0 ? kb - ka : ka - kb;
}

/** The common cells of two sketches with the same alpha, in increasing value order. */
export function commonCells(a: DDSketch, b: DDSketch): CommonCell[] {
  checkCompatible(a, b);
  const ba = a.buckets();
  const bb = b.buckets();
  let cutNeg = -Infinity;
  let cutPos = -Infinity;
  for (const bk of ba.concat(bb)) {
    if (!bk.collapsed) continue;
    if (bk.sign < 0) cutNeg = Math.max(cutNeg, bk.key);
    else cutPos = Math.max(cutPos, bk.key);
  }
  const keyOf = (bk: SketchBucket): number => (bk.sign < 0 ? Math.max(bk.key, cutNeg) : bk.sign > 0 ? Math.max(bk.key, cutPos) : 0);
  const cells: CommonCell[] = [];
  const push = (bk: SketchBucket, fromA: boolean): void => {
    const key = keyOf(bk);
    const last = cells[cells.length - 1];
    if (last && last.sign === bk.sign && last.key === key) {
      if (bk.lower < last.lower) last.lower = bk.lower;
      if (bk.upper > last.upper) last.upper = bk.upper;
      if (fromA) last.countA += bk.count;
      else last.countB += bk.count;
    } else {
      cells.push({ sign: bk.sign, key, lower: bk.lower, upper: bk.upper, countA: fromA ? bk.count : 0, countB: fromA ? 0 : bk.count });
    }
  };
  let i = 0;
  let j = 0;
  while (i < ba.length || j < bb.length) {
    if (j >= bb.length) push(ba[i++]!, true);
    else if (i >= ba.length) push(bb[j++]!, false);
    else {
      const x = ba[i]!;
      const y = bb[j]!;
      if (cellOrder(x.sign, keyOf(x), y.sign, keyOf(y)) <= 0) push(ba[i++]!, true);
      else push(bb[j++]!, false);
    }
  }
  return cells;
}

/**
 * Approximate two-sample Kolmogorov–Smirnov statistic sup |F_A - F_B| with proven bounds
 * [lower, upper] (see the module comment). NaN statistic when either sketch is empty.
 */
export function ksApprox(a: DDSketch, b: DDSketch): KsApprox {
  checkCompatible(a, b);
  const n1 = a.count;
  const n2 = b.count;
  const method = 'ddsketch-ks-cell-bounds';
  if (n1 === 0 || n2 === 0) return { statistic: NaN, errorBound: NaN, lower: NaN, upper: NaN, method, n1, n2, maxCellMass: NaN };
  let cumA = 0;
  let cumB = 0;
  let d = 0;
  let u = 0;
  let maxMass = 0;
  for (const c of commonCells(a, b)) {
    const fa0 = cumA / n1;
    const fb0 = cumB / n2;
    cumA += c.countA;
    cumB += c.countB;
    const fa = cumA / n1;
    const fb = cumB / n2;
    const diff = Math.abs(fa - fb);
    if (diff > d) d = diff;
    if (c.sign !== 0) {
      const within = Math.max(fa - fb0, fb - fa0);
      if (within > u) u = within;
    }
    const mass = Math.max(c.countA / n1, c.countB / n2);
    if (mass > maxMass) maxMass = mass;
  }
  if (u < d) u = d;
  return { statistic: d, errorBound: u - d, lower: d, upper: u, method, n1, n2, maxCellMass: maxMass };
}

/**
 * Approximate Wasserstein-1 distance (earth mover's distance, in the data's units) between the
 * two samples, from bucket representatives, with the bound described in the module comment.
 * NaN statistic when either sketch is empty.
 */
export function wassersteinApprox(a: DDSketch, b: DDSketch): ApproxStatistic {
  checkCompatible(a, b);
  const method = 'ddsketch-w1-representatives';
  const n1 = a.count;
  const n2 = b.count;
  if (n1 === 0 || n2 === 0) return { statistic: NaN, errorBound: NaN, lower: NaN, upper: NaN, method };
  const ba = a.buckets();
  const bb = b.buckets();
  let err = 0;
  for (const bk of ba) err += (bk.count / n1) * Math.max(bk.value - bk.lower, bk.upper - bk.value);
  for (const bk of bb) err += (bk.count / n2) * Math.max(bk.value - bk.lower, bk.upper - bk.value);
  let i = 0;
  let j = 0;
  let cumA = 0;
  let cumB = 0;
  let prev = NaN;
  let w = 0;
  while (i < ba.length || j < bb.length) {
    const x = Math.min(i < ba.length ? ba[i]!.value : Infinity, j < bb.length ? bb[j]!.value : Infinity);
    if (prev === prev) w += Math.abs(cumA / n1 - cumB / n2) * (x - prev);
    while (i < ba.length && ba[i]!.value === x) cumA += ba[i++]!.count;
    while (j < bb.length && bb[j]!.value === x) cumB += bb[j++]!.count;
    prev = x;
  }
  // The cell bracket: exact between cells, bounded inside each.
  let cellLo = 0;
  let cellHi = 0;
  let cumA0 = 0;
  let cumB0 = 0;
  let prevUpper = NaN;
  for (const c of commonCells(a, b)) {
    const fa0 = cumA0 / n1;
    const fb0 = cumB0 / n2;
    if (prevUpper === prevUpper && c.lower > prevUpper) {
      const gap = Math.abs(fa0 - fb0) * (c.lower - prevUpper);
      cellLo += gap;
      cellHi += gap;
    }
    cumA0 += c.countA;
    cumB0 += c.countB;
    const fa = cumA0 / n1;
    const fb = cumB0 / n2;
    const width = c.upper - c.lower;
    cellLo += width * Math.max(0, fa0 - fb, fb0 - fa);
    cellHi += width * Math.max(fa - fb0, fb - fa0);
    prevUpper = c.upper;
  }
  return { statistic: w, errorBound: err, lower: Math.max(0, w - err, cellLo), upper: Math.min(w + err, cellHi), method };
}

/**
 * Bins both sketches onto common bins whose edges are bucket boundaries, giving count and share
 * vectors for Jensen–Shannon divergence or PSI (the shares are exact for these bins).
 */
export function commonBins(a: DDSketch, b: DDSketch, options: CommonBinsOptions = {}): CommonBins {
  const strategy = options.strategy ?? 'quantile';
  const bins = options.bins ?? 10;
  if (strategy !== 'quantile' && strategy !== 'finest') throw new ConfigurationError(`commonBins strategy must be 'quantile' or 'finest', got ${String(strategy)}`);
  if (!Number.isSafeInteger(bins) || bins < 1) throw new ConfigurationError(`commonBins bins must be a positive integer, got ${bins}`);
  const cells = commonCells(a, b);
  const out: CommonBins = { edges: [], countsA: [], countsB: [], sharesA: [], sharesB: [] };
  if (cells.length === 0) return out;
  const useA = a.count > 0;
  const refTotal = useA ? a.count : b.count;
  let binA = 0;
  let binB = 0;
  let cumRef = 0;
  let next = 1;
  out.edges.push(cells[0]!.lower);
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c]!;
    binA += cell.countA;
    binB += cell.countB;
    cumRef += useA ? cell.countA : cell.countA + cell.countB;
    const last = c === cells.length - 1;
    let close = last || strategy === 'finest';
    if (!close && next < bins && cumRef >= (next / bins) * refTotal) {
      // Crossed one or more of the cut points 1/bins, ..., (bins-1)/bins; after the last one the
      // remaining cells form the last bin.
      close = true;
      while (next < bins && cumRef >= (next / bins) * refTotal) next++;
    }
    if (close) {
      out.edges.push(cell.upper);
      out.countsA.push(binA);
      out.countsB.push(binB);
      binA = 0;
      binB = 0;
    }
  }
  const na = a.count;
  const nb = b.count;
  out.sharesA = out.countsA.map((c) => (na > 0 ? c / na : 0));
  out.sharesB = out.countsB.map((c) => (nb > 0 ? c / nb : 0));
  return out;
}
