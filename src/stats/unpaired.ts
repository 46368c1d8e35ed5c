/**
 * Unpaired two-sample tests of one metric measured on two independent sets of rows (a model's
 * registered evaluation against a later window of production rows). Each returns the difference
 * `current - reference`, a two-sided p-value and an interval, and names its method:
 *
 * - `twoProportionZTest`: statsmodels `proportions_ztest([x1, x2], [n1, n2])` (pooled variance,
 *   two-sided normal p-value), with Newcombe's hybrid score interval of the difference
 *   (statsmodels `confint_proportions_2indep(..., method='newcomb')`, Newcombe 1998 method 10).
 *   For accuracy, precision and recall (each a proportion of its own denominator).
 * - `welchTTest`: scipy `ttest_ind(a, b, equal_var=False)` from summaries
 *   (`ttest_ind_from_stats`): Welch's t with Welch-Satterthwaite degrees of freedom, and the
 *   interval difference ± t·SE. For means of per-row losses (log loss, Brier score, absolute and
 *   squared error).
 * - `aucUnpairedTest`: two independent AUCs, z = (A1 - A2) / √(V1 + V2), as pROC's
 *   `roc.test(method = "delong", paired = FALSE)`; each variance is DeLong's (src/stats/delong.ts)
 *   or, where only the AUC and the class counts are known, Hanley and McNeil's (1982).
 * All are asymptotic (normal or t) results. Checked against statsmodels and scipy in
 * test/unit/stats/unpaired.test.ts (goldens from scripts/fixtures/unpaired_goldens.py).
 */
import { wilsonInterval } from './proportions.js';
import { criticalValue, normalSf, studentTSf } from './distributions.js';

export interface UnpairedResult {
  /** Short name of the test, as reports show it. */
  test: string;
  statistic: number;
  pValue: number;
  /** current - reference. */
  difference: number;
  ci: [number, number] | null;
  confidence: number;
}

function checkCount(name: string, x: number, n: number): void {
  if (!Number.isInteger(x) || !Number.isInteger(n) || x < 0 || n <= 0 || x > n) throw new RangeError(`${name}: need integers 0 <= successes <= n and n > 0, got ${x} of ${n}`);
}

/** Two-sided pooled z-test of p1 = p2 with Newcombe's interval of p1 - p2 (group 1 = current). */
export function twoProportionZTest(x1: number, n1: number, x2: number, n2: number, opts: { confidence?: number } = {}): UnpairedResult {
  checkCount('twoProportionZTest', x1, n1);
  checkCount('twoProportionZTest', x2, n2);
  const confidence = opts.confidence ?? 0.95;
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const p = (x1 + x2) / (n1 + n2);
  const se = Math.sqrt(p * (1 - p) * (1 / n1 + 1 / n2));
  const difference = p1 - p2;
  // statsmodels: a zero standard error (both all successes or all failures) gives z = nan; the
  // two proportions are then equal and nothing is shown: z = 0, p = 1.
  const statistic = se > 0 ? difference / se : 0;
  const pValue = se > 0 ? Math.min(1, 2 * normalSf(Math.abs(statistic))) : 1;
  const w1 = wilsonInterval(x1, n1, confidence);
  const w2 = wilsonInterval(x2, n2, confidence);
  const low = difference - Math.sqrt((p1 - w1.low) ** 2 + (w2.high - p2) ** 2);
  const high = difference + Math.sqrt((w1.high - p1) ** 2 + (p2 - w2.low) ** 2);
  return { test: 'two-proportion z (Newcombe interval)', statistic, pValue, difference, ci: [low, high], confidence };
}

export interface Summary {
  mean: number;
  /** Sample variance (ddof = 1). */
  variance: number;
  n: number;
}

export function summarize(values: ArrayLike<number>): Summary {
  const n = values.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += (values[i] - mean) / (i + 1);
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (values[i] - mean) ** 2;
  return { mean, variance: n > 1 ? ss / (n - 1) : NaN, n };
}

/** The t quantile: t with P(T > t) = q, by bisection on studentTSf (q in (0, 0.5]). */
function tQuantileUpper(q: number, df: number): number {
  let lo = 0;
  let hi = 1;
  while (studentTSf(hi, df) > q) hi *= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-12 * hi; i++) {
    const mid = (lo + hi) / 2;
    if (studentTSf(mid, df) > q) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** Welch's two-sided t-test of mean(current) = mean(reference), with its interval of the difference. */
export function welchTTest(current: Summary, reference: Summary, opts: { confidence?: number } = {}): UnpairedResult {
  const confidence = opts.confidence ?? 0.95;
  if (current.n < 2 || reference.n < 2) throw new RangeError(`welchTTest: each sample needs at least 2 values, got ${current.n} and ${reference.n}`);
  const v1 = current.variance / current.n;
  const v2 = reference.variance / reference.n;
  const se = Math.sqrt(v1 + v2);
  const difference = current.mean - reference.mean;
  if (!(se > 0)) return { test: 'Welch t', statistic: 0, pValue: difference === 0 ? 1 : 0, difference, ci: [difference, difference], confidence };
  const df = (v1 + v2) ** 2 / (v1 ** 2 / (current.n - 1) + v2 ** 2 / (reference.n - 1));
  const statistic = difference / se;
  const pValue = Math.min(1, 2 * studentTSf(Math.abs(statistic), df));
  const t = tQuantileUpper((1 - confidence) / 2, df);
  return { test: 'Welch t', statistic, pValue, difference, ci: [difference - t * se, difference + t * se], confidence };
}

/** Hanley and McNeil's (1982) variance of an AUC from the AUC and the numbers of cases and controls. */
export function hanleyMcNeilVariance(auc: number, positives: number, negatives: number): number {
  const q1 = auc / (2 - auc);
  const q2 = (2 * auc * auc) / (1 + auc);
  return (auc * (1 - auc) + (positives - 1) * (q1 - auc * auc) + (negatives - 1) * (q2 - auc * auc)) / (positives * negatives);
}

export interface AucSide {
  auc: number;
  variance: number;
  /** How the variance was found: 'delong' or 'hanley-mcneil'. */
  method: string;
}

/** Two independent AUCs: z = (A_current - A_reference) / √(V_current + V_reference). */
export function aucUnpairedTest(current: AucSide, reference: AucSide, opts: { confidence?: number } = {}): UnpairedResult {
  const confidence = opts.confidence ?? 0.95;
  const se = Math.sqrt(current.variance + reference.variance);
  const difference = current.auc - reference.auc;
  const statistic = se > 0 ? difference / se : 0;
  const pValue = se > 0 ? Math.min(1, 2 * normalSf(Math.abs(statistic))) : difference === 0 ? 1 : 0;
  const z = criticalValue(confidence);
  const methods = current.method === reference.method ? current.method : `${current.method} / ${reference.method}`;
  return { test: `unpaired AUC z (${methods} variances)`, statistic, pValue, difference, ci: [difference - z * se, difference + z * se], confidence };
}
