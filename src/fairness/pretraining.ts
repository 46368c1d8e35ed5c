/**
 * SageMaker Clarify's pre-training bias measures on the labels, before any model: for each value d
 * of a sensitive column (the facet d) against all other rows (the facet a):
 *
 * - class imbalance CI = (n_a - n_d) / (n_a + n_d), in [-1, 1]; near 1: group d is rare in the data.
 *   Its interval is the Wilson interval of the share p_d = n_d / n carried through CI = 1 - 2·p_d.
 * - difference in positive proportions DPL = q_a - q_d, where q is the share of positive labels;
 *   positive: group d gets the positive label less often. Newcombe's hybrid score interval for a
 *   difference of two independent proportions (statsmodels' confint_proportions_2indep(method =
 *   "newcomb")), from the two Wilson intervals.
 */
import { wilsonInterval } from '../metrics/intervals.js';
import { criticalValue } from '../stats/distributions.js';

export interface PretrainingGroup {
  value: string;
  rows: number;
  /** Rows of the group with the positive label. */
  positives: number;
  classImbalance: { value: number; ci: [number, number] | null };
  positiveProportionDifference: { value: number | null; ci: [number, number] | null };
}

export interface PretrainingFeature {
  name: string;
  columns: string[];
  groups: PretrainingGroup[];
}

/** Newcombe's interval (method 10) of p1 - p2 for x1 of n1 and x2 of n2. */
export function newcombeInterval(x1: number, n1: number, x2: number, n2: number, z: number): [number, number] | null {
  const a = wilsonInterval(x1, n1, z);
  const b = wilsonInterval(x2, n2, z);
  if (!a || !b) return null;
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const d = p1 - p2;
  return [d - Math.sqrt((p1 - a[0]) ** 2 + (b[1] - p2) ** 2), d + Math.sqrt((a[1] - p1) ** 2 + (p2 - b[0]) ** 2)];
}

/** Per value: rows and positive labels; the measures of each value against the rest. */
export function pretrainingMeasures(counts: Map<string, { rows: number; positives: number }>, confidence: number): PretrainingGroup[] {
  const z = criticalValue(confidence);
  let n = 0;
  let pos = 0;
  for (const c of counts.values()) {
    n += c.rows;
    pos += c.positives;
  }
  return [...counts]
    .sort((x, y) => y[1].rows - x[1].rows || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
    .map(([value, c]) => {
      const na = n - c.rows;
      const share = wilsonInterval(c.rows, n, z);
      return {
        value,
        rows: c.rows,
        positives: c.positives,
        classImbalance: { value: (na - c.rows) / n, ci: share ? [1 - 2 * share[1], 1 - 2 * share[0]] : null },
        positiveProportionDifference: na > 0 && c.rows > 0 ? { value: (pos - c.positives) / na - c.positives / c.rows, ci: newcombeInterval(pos - c.positives, na, c.positives, c.rows, z) } : { value: null, ci: null },
      };
    });
}
