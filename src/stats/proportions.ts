/**
 * Two independent proportions (the candidate's error rate against the stable model's), and one
 * proportion against a floor (shadow agreement).
 *
 * - `fisherExact` is scipy.stats.fisher_exact(table, alternative='two-sided') and R's
 *   fisher.test: conditional on the margins, the p-value sums the hypergeometric probabilities of
 *   the tables no more likely than the observed one (relative tolerance 1e-7, as R). Exact for
 *   any counts, so it stays valid for the rare errors a rollout sees (0 of 400 against 3 of 40),
 *   where a two-proportion z-test's normal approximation is not; it is conservative, so its false
 *   rollback rate is at most the nominal one. Checked against scipy to 1e-9 (relative).
 * - `wilsonInterval` is the Wilson score interval (statsmodels proportion_confint method='wilson').
 */
import { logGamma, normalQuantile } from './distributions.js';

export interface FisherResult {
  /** Sample odds ratio (a*d)/(b*c), as scipy reports it (Infinity or NaN where a cell is 0). */
  statistic: number;
  pvalue: number;
}

function logChoose(n: number, k: number): number {
  return logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);
}

function count(fn: string, name: string, v: number): number {
  if (!Number.isInteger(v) || v < 0) throw new RangeError(`${fn}: ${name} must be a non-negative integer, got ${v}`);
  return v;
}

/**
 * Two-sided Fisher exact test of the 2x2 table [[a, b], [c, d]] (rows: groups; columns: events,
 * non-events). For error rates: a = candidate errors, b = candidate successes, c = stable errors,
 * d = stable successes.
 */
export function fisherExact(a: number, b: number, c: number, d: number): FisherResult {
  count('fisherExact', 'a', a);
  count('fisherExact', 'b', b);
  count('fisherExact', 'c', c);
  count('fisherExact', 'd', d);
  const statistic = (a * d) / (b * c);
  const r1 = a + b;
  const r2 = c + d;
  const c1 = a + c;
  const n = r1 + r2;
  if (r1 === 0 || r2 === 0 || c1 === 0 || c1 === n) return { statistic, pvalue: 1 };
  const lo = Math.max(0, c1 - r2);
  const hi = Math.min(r1, c1);
  const logDenom = logChoose(n, c1);
  const logP = (k: number) => logChoose(r1, k) + logChoose(r2, c1 - k) - logDenom;
  const observed = logP(a);
  const cutoff = observed + Math.log1p(1e-7);
  let p = 0;
  for (let k = lo; k <= hi; k++) {
    const lp = logP(k);
    if (lp <= cutoff) p += Math.exp(lp);
  }
  return { statistic, pvalue: Math.min(1, p) };
}

/** The Wilson score interval of `successes` out of `n` at `confidence`. */
export function wilsonInterval(successes: number, n: number, confidence: number): { low: number; high: number } {
  count('wilsonInterval', 'successes', successes);
  count('wilsonInterval', 'n', n);
  if (successes > n) throw new RangeError(`wilsonInterval: successes (${successes}) exceed n (${n})`);
  if (n === 0) return { low: 0, high: 1 };
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const p = successes / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const center = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  return { low: Math.max(0, center - half), high: Math.min(1, center + half) };
}
