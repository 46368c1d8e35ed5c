/**
 * Multiple-testing corrections for the family of comparisons compare-to-baseline runs (several
 * metrics, several slices), as statsmodels.stats.multitest.multipletests (version recorded in
 * test/fixtures/paired/paired-goldens.json). Pure; O(m log m) in the number of p-values.
 */

export type MultipleTestingMethod = 'holm' | 'bh' | 'none';

export interface MultipleTestingResult {
  /** Adjusted p-values, in the order of the input, capped at 1. */
  pvaluesAdjusted: Float64Array;
  /** Whether each hypothesis is rejected at level `alpha`, in the order of the input. */
  reject: boolean[];
  method: MultipleTestingMethod;
  alpha: number;
}

function fail(message: string): never {
  throw new RangeError(`multipleTesting: ${message}`);
}

/**
 * Adjusts p-values for multiple comparisons and decides which hypotheses to reject:
 *
 * - 'holm': Holm's step-down (statsmodels 'holm'); controls the family-wise error rate at
 *   `alpha` under any dependence. p̃_(i) = max_(j <= i) min(1, (m - j + 1) p_(j)); rejects
 *   p_(1..k-1), k the first with p_(k) > alpha / (m - k + 1).
 * - 'bh': Benjamini-Hochberg step-up (statsmodels 'fdr_bh'); controls the false discovery rate
 *   at `alpha` for independent or positively dependent tests. p̃_(i) = min_(j >= i) min(1, m p_(j) / j);
 *   rejects p_(1..k), k the last with p_(k) <= k alpha / m.
 * - 'none': p̃ = p, rejects p <= alpha.
 *
 * Rejections are decided on the raw p-values, as statsmodels does (not by p̃ <= alpha, which can
 * differ by a rounding). Agrees with statsmodels exactly up to 1 ulp of the adjusted p-values.
 */
export function multipleTesting(pvalues: ArrayLike<number>, method: MultipleTestingMethod = 'holm', alpha = 0.05): MultipleTestingResult {
  if (pvalues === null || typeof pvalues !== 'object' || typeof pvalues.length !== 'number') fail('pvalues must be an array of numbers in [0, 1]');
  if (method !== 'holm' && method !== 'bh' && method !== 'none') fail(`method must be 'holm', 'bh' or 'none', got ${JSON.stringify(method)}`);
  if (typeof alpha !== 'number' || !(alpha > 0 && alpha < 1)) fail(`alpha must be a number in (0, 1), got ${String(alpha)}`);
  const m = pvalues.length;
  const p = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    const v = pvalues[i];
    if (typeof v !== 'number' || !(v >= 0 && v <= 1)) fail(`pvalues[${i}] must be a number in [0, 1], got ${String(v)}`);
    p[i] = v;
  }
  const adjusted = new Float64Array(m);
  const reject = new Array<boolean>(m).fill(false);
  if (method === 'none') {
    for (let i = 0; i < m; i++) {
      adjusted[i] = p[i];
      reject[i] = p[i] <= alpha;
    }
    return { pvaluesAdjusted: adjusted, reject, method, alpha };
  }
  // Ascending order; ties get equal adjusted values whatever their order (see the maxima/minima).
  const order = Array.from({ length: m }, (_, i) => i).sort((a, b) => p[a] - p[b]);
  if (method === 'holm') {
    let stepDown = true;
    let running = 0;
    for (let k = 0; k < m; k++) {
      const v = p[order[k]];
      if (v > alpha / (m - k)) stepDown = false;
      reject[order[k]] = stepDown;
      running = Math.max(running, (m - k) * v);
      adjusted[order[k]] = Math.min(1, running);
    }
  } else {
    let last = -1;
    for (let k = 0; k < m; k++) if (p[order[k]] <= ((k + 1) / m) * alpha) last = k;
    let running = Infinity;
    for (let k = m - 1; k >= 0; k--) {
      running = Math.min(running, p[order[k]] / ((k + 1) / m));
      adjusted[order[k]] = Math.min(1, running);
      reject[order[k]] = k <= last;
    }
  }
  return { pvaluesAdjusted: adjusted, reject, method, alpha };
}
