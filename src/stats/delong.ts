/**
 * DeLong's variance of the ROC AUC and DeLong's test for two correlated AUCs (DeLong, DeLong and
 * Clarke-Pearson, Biometrics 1988), computed by the fast midrank algorithm of Sun and Xu (IEEE
 * Signal Processing Letters 21, 2014): the structural components ("placements") of every case are
 * midrank differences, found here from one radix sort of each model's scores (O(n) passes over
 * the bit patterns) instead of DeLong's O(n²) pairwise kernel.
 *
 * Conventions, as R's pROC (1.18) with `direction = "<"`: cases are rows with label 1, controls
 * rows with label 0, a higher score means "more likely a case", and ties count one half:
 *   V10(x_i) = (#{controls < x_i} + ½ #{controls = x_i}) / n_controls   (one per case)
 *   V01(y_j) = (#{cases > y_j} + ½ #{cases = y_j}) / n_cases           (one per control)
 *   AUC = mean V10 = mean V01 (the Mann-Whitney statistic; equal to scikit-learn's roc_auc_score)
 *   S10 = Σ (V10 - AUC)² / (m - 1),  S01 = Σ (V01 - AUC)² / (n - 1)   (m cases, n controls)
 *   Var(AUC) = S10 / m + S01 / n.
 * Unlike pROC, the direction is never guessed from the data: a model that ranks cases lower gets
 * an AUC below ½.
 *
 * `delongCi` is pROC's `ci.auc(method = "delong")`: AUC ± z·√Var, clipped to [0, 1], and undefined
 * (null) with fewer than two cases or two controls. `delongTest` is pROC's
 * `roc.test(method = "delong", paired = TRUE)`: z = (AUC_a - AUC_b) / √(Var_a + Var_b - 2 Cov_ab)
 * with the covariance from the same placements, a normal p-value, and the interval
 * difference ± z·SE (pROC's `conf.int`). Both are asymptotic (normal) results. Checked against pROC
 * in test/unit/metrics/delong.test.ts (goldens from scripts/fixtures/metrics_goldens.py).
 */
import { DataError } from '../errors.js';
import { argsortFloat64 } from '../metrics/sort.js';
import { criticalValue, normalCdf } from './distributions.js';

// The normal quantile lives in ./distributions.ts; re-exported for the importers of this module.
export { criticalValue, normalQuantile } from './distributions.js';

/** AUC with its DeLong variance; `variance` is null with fewer than 2 cases or 2 controls. */
export interface AucEstimate {
  auc: number;
  variance: number | null;
  /** Number of cases (label 1) and controls (label 0). */
  positives: number;
  negatives: number;
}

export interface DelongAucResult extends AucEstimate {
  /** Two-sided DeLong interval at `confidence`, clipped to [0, 1]; null when the variance is. */
  ci: [number, number] | null;
  confidence: number;
  method: 'delong';
}

export type Alternative = 'two-sided' | 'greater' | 'less';

export interface DelongTestResult {
  /** z = difference / standardError (0 when both are 0, as pROC). */
  statistic: number;
  pValue: number;
  /** 'greater': AUC of `scoresA` larger than that of `scoresB`. */
  alternative: Alternative;
  /** [AUC of scoresA, AUC of scoresB]. */
  auc: [number, number];
  /** AUC_a - AUC_b. */
  difference: number;
  standardError: number;
  /** difference ± z·standardError at `confidence` (two-sided, not clipped), as pROC's conf.int. */
  ci: [number, number];
  confidence: number;
  positives: number;
  negatives: number;
  method: 'delong-paired';
}

// ---------------------------------------------------------------------------------------------
// Placements
// ---------------------------------------------------------------------------------------------

/** Index of the first element of ascending `a` that is >= x (binary search). */
export function lowerBound(a: Float64Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first element of ascending `a` that is > x (binary search). */
export function upperBound(a: Float64Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * AUC and DeLong variance from the scores of the cases and of the controls, each sorted ascending
 * (no NaN). One merge walk over tie groups: every tie group shares its placements, so the sums
 * run over groups. Exact Mann-Whitney count (integers below 2^53), then a second walk for the
 * centred sums of squares.
 */
export function delongSorted(positives: Float64Array, negatives: Float64Array): AucEstimate {
  const pos = positives;
  const neg = negatives;
  const m = pos.length;
  const n = neg.length;
  if (m === 0 || n === 0) {
    throw new DataError(`roc_auc needs both classes: got ${m} positive and ${n} negative rows`);
  }
  // Pass 1: 2U = Σ over tie groups of cP·(2·#controls below + cN), an integer below 2^53.
  let twiceU = 0;
  let i = 0;
  let j = 0;
  while (i < m || j < n) {
    const v = i < m && (j >= n || pos[i]! <= neg[j]!) ? pos[i]! : neg[j]!;
    const i0 = i;
    const j0 = j;
    while (i < m && pos[i] === v) i++;
    while (j < n && neg[j] === v) j++;
    twiceU += (i - i0) * (2 * j0 + (j - j0));
  }
  const auc = twiceU / (2 * m * n);
  if (m < 2 || n < 2) return { auc, variance: null, positives: m, negatives: n };
  // Pass 2: centred sums of squares of the placements, one term per tie group.
  let ss10 = 0;
  let ss01 = 0;
  i = 0;
  j = 0;
  while (i < m || j < n) {
    const v = i < m && (j >= n || pos[i]! <= neg[j]!) ? pos[i]! : neg[j]!;
    const i0 = i;
    const j0 = j;
    while (i < m && pos[i] === v) i++;
    while (j < n && neg[j] === v) j++;
    const cP = i - i0;
    const cN = j - j0;
    if (cP > 0) {
      const d = (j0 + 0.5 * cN) / n - auc;
      ss10 += cP * d * d;
    }
    if (cN > 0) {
      const d = (m - i + 0.5 * cP) / m - auc;
      ss01 += cN * d * d;
    }
  }
  const variance = ss10 / (m - 1) / m + ss01 / (n - 1) / n;
  return { auc, variance, positives: m, negatives: n };
}

/** pROC's ci.auc(method = "delong"): AUC ± z·√Var clipped to [0, 1]; null without a variance. */
export function delongCi(estimate: AucEstimate, confidence = 0.95): [number, number] | null {
  const z = criticalValue(confidence);
  if (estimate.variance === null) return null;
  const se = Math.sqrt(estimate.variance);
  const clip = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);
  return [clip(estimate.auc - z * se), clip(estimate.auc + z * se)];
}

function splitByLabel(labels: ArrayLike<number>, scores: ArrayLike<number>, what: string): { pos: Float64Array; neg: Float64Array } {
  const m = countCases(labels, scores, what);
  const pos = new Float64Array(m);
  const neg = new Float64Array(labels.length - m);
  let a = 0;
  let b = 0;
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] === 1) pos[a++] = scores[i]!;
    else neg[b++] = scores[i]!;
  }
  return { pos, neg };
}

/**
 * AUC of `scores` for binary `labels` (0/1) with DeLong's variance and interval (pROC's
 * `ci.auc(method = "delong")`). Throws DataError on bad input or when a class is absent.
 */
export function delongAuc(labels: ArrayLike<number>, scores: ArrayLike<number>, opts: { confidence?: number } = {}): DelongAucResult {
  const confidence = opts.confidence ?? 0.95;
  criticalValue(confidence);
  const { pos, neg } = splitByLabel(labels, scores, 'delongAuc');
  pos.sort();
  neg.sort();
  const est = delongSorted(pos, neg);
  return { ...est, ci: delongCi(est, confidence), confidence, method: 'delong' };
}

/**
 * Placements of one model for every row, from one sort of all its scores: `place[r]` is V10 of row
 * r when it is a case, V01 when it is a control (the same numbers, bit for bit, that binary
 * searches in the sorted cases and controls give). One radix argsort, then one walk over the tie
 * groups: a group's cases share V10 = (controls below + ½ controls in the group) / n, its
 * controls share V01 = (cases above + ½ cases in the group) / m. The AUC is the exact
 * Mann-Whitney count of delongSorted, summed over the same groups.
 */
export function rowPlacements(labels: ArrayLike<number>, scores: Float64Array, m: number, n: number): { place: Float64Array; auc: number } {
  const total = scores.length;
  const order = argsortFloat64(scores);
  const place = new Float64Array(total);
  let negBelow = 0;
  let posBelow = 0;
  let twiceU = 0;
  let k = 0;
  while (k < total) {
    const v = scores[order[k]!]!;
    let e = k;
    let cP = 0;
    while (e < total && scores[order[e]!] === v) {
      if (labels[order[e]!] === 1) cP++;
      e++;
    }
    const cN = e - k - cP;
    const hi = posBelow + cP;
    const v10 = (negBelow + 0.5 * cN) / n;
    const v01 = (m - hi + 0.5 * cP) / m;
    for (let t = k; t < e; t++) {
      const r = order[t]!;
      place[r] = labels[r] === 1 ? v10 : v01;
    }
    twiceU += cP * (2 * negBelow + cN);
    negBelow += cN;
    posBelow = hi;
    k = e;
  }
  return { place, auc: twiceU / (2 * m * n) };
}

/** Counts the cases (label 1); throws DataError on a label other than 0/1 or a non-finite score. */
function countCases(labels: ArrayLike<number>, scores: ArrayLike<number>, what: string): number {
  if (labels.length !== scores.length) {
    throw new DataError(`${what}: labels and scores differ in length (${labels.length} vs ${scores.length})`);
  }
  let m = 0;
  for (let i = 0; i < labels.length; i++) {
    const y = labels[i];
    if (y === 1) m++;
    else if (y !== 0) throw new DataError(`${what}: label at row ${i} must be 0 or 1, got ${y}`);
    if (!Number.isFinite(scores[i])) throw new DataError(`${what}: score at row ${i} must be a finite number, got ${scores[i]}`);
  }
  return m;
}

const asFloat64 = (a: ArrayLike<number>): Float64Array => (a instanceof Float64Array ? a : Float64Array.from(a));

/**
 * DeLong's test for two correlated AUCs: `scoresA` and `scoresB` are two models' scores on the
 * same rows with binary `labels` (pROC's `roc.test(roc1, roc2, method = "delong", paired = TRUE)`).
 * Needs at least two rows of each class; throws DataError otherwise or on bad input.
 */
export function delongTest(
  labels: ArrayLike<number>,
  scoresA: ArrayLike<number>,
  scoresB: ArrayLike<number>,
  opts: { confidence?: number; alternative?: Alternative } = {},
): DelongTestResult {
  const confidence = opts.confidence ?? 0.95;
  const alternative = opts.alternative ?? 'two-sided';
  const z = criticalValue(confidence);
  if (scoresA.length !== scoresB.length) {
    throw new DataError(`delongTest: the two score arrays differ in length (${scoresA.length} vs ${scoresB.length})`);
  }
  const m = countCases(labels, scoresA, 'delongTest');
  countCases(labels, scoresB, 'delongTest');
  const n = labels.length - m;
  // One byte per row: the walks over the sorted order read labels at random rows, and 1 MB per
  // million rows stays in cache where 8 MB of float64 labels would not.
  const isCase = new Uint8Array(labels.length);
  for (let r = 0; r < labels.length; r++) isCase[r] = labels[r] === 1 ? 1 : 0;
  if (m < 2 || n < 2) throw new DataError(`delongTest needs at least 2 rows of each class: got ${m} positive and ${n} negative rows`);
  const pa = rowPlacements(isCase, asFloat64(scoresA), m, n);
  const pb = rowPlacements(isCase, asFloat64(scoresB), m, n);
  // S = S10/m + S01/n, a 2x2 covariance; only L·S·Lᵀ with L = (1, -1) is needed. Sums run over
  // the rows in order, cases into S10 and controls into S01.
  let s10aa = 0;
  let s10bb = 0;
  let s10ab = 0;
  let s01aa = 0;
  let s01bb = 0;
  let s01ab = 0;
  for (let r = 0; r < labels.length; r++) {
    const da = pa.place[r]! - pa.auc;
    const db = pb.place[r]! - pb.auc;
    if (isCase[r] === 1) {
      s10aa += da * da;
      s10bb += db * db;
      s10ab += da * db;
    } else {
      s01aa += da * da;
      s01bb += db * db;
      s01ab += da * db;
    }
  }
  const varDiff = (s10aa + s10bb - 2 * s10ab) / (m - 1) / m + (s01aa + s01bb - 2 * s01ab) / (n - 1) / n;
  const se = Math.sqrt(Math.max(0, varDiff));
  const d = pa.auc - pb.auc;
  const statistic = se > 0 ? d / se : d === 0 ? 0 : d > 0 ? Infinity : -Infinity;
  const pValue = alternative === 'two-sided' ? Math.min(1, 2 * normalCdf(-Math.abs(statistic))) : alternative === 'greater' ? normalCdf(-statistic) : normalCdf(statistic);
  return {
    statistic,
    pValue,
    alternative,
    auc: [pa.auc, pb.auc],
    difference: d,
    standardError: se,
    ci: [d - z * se, d + z * se],
    confidence,
    positives: m,
    negatives: n,
    method: 'delong-paired',
  };
}
