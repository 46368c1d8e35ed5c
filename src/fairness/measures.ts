/**
 * Group fairness of a binary classifier, as fairlearn defines it, from per-group confusion cells.
 *
 * Each group's rows are summarised by the four cells [tn, fp, fn, tp] (label x prediction). From
 * them, per group: selection rate (share predicted positive), true positive rate (recall), false
 * positive rate, precision and accuracy. Across groups (fairlearn's `method="between_groups"`,
 * `agg="worst_case"`):
 *
 * - demographic_parity_difference = max_g SR_g - min_g SR_g; demographic_parity_ratio = min / max
 * - equalized_odds_difference = max(TPR difference, FPR difference);
 *   equalized_odds_ratio = min(TPR ratio, FPR ratio)
 * - equal_opportunity_difference = TPR difference (fairlearn's, over the same groups)
 * - disparate_impact_ratio = min SR / max SR (the same number as demographic_parity_ratio, under the
 *   name of the four-fifths rule: a ratio under 0.8 is evidence of adverse impact)
 *
 * A rate undefined in a group (no positive labels for TPR, no negatives for FPR) leaves that group
 * out of the measures built on it. Intervals: a stratified percentile bootstrap that redraws each
 * group's cells from Multinomial(n_g, cells_g / n_g), which is the distribution of the cells of n_g
 * rows drawn with replacement from the group: the row bootstrap within groups, at O(groups) per
 * resample. Group sizes stay fixed, as they are in the data.
 */
import { percentileInterval } from '../metrics/intervals.js';
import type { Xoshiro128 } from '../stats/rng.js';

export const MEASURES = [
  'demographic_parity_difference',
  'demographic_parity_ratio',
  'equalized_odds_difference',
  'equalized_odds_ratio',
  'equal_opportunity_difference',
  'disparate_impact_ratio',
] as const;
export type Measure = (typeof MEASURES)[number];

/** +1: higher is fairer (ratios); -1: lower is fairer (differences). */
export const MEASURE_DIRECTION: Record<Measure, 1 | -1> = {
  demographic_parity_difference: -1,
  demographic_parity_ratio: 1,
  equalized_odds_difference: -1,
  equalized_odds_ratio: 1,
  equal_opportunity_difference: -1,
  disparate_impact_ratio: 1,
};

/** Cells of one group: index label * 2 + prediction, i.e. [tn, fp, fn, tp]. */
export const TN = 0;
export const FP = 1;
export const FN = 2;
export const TP = 3;

export interface GroupRates {
  rows: number;
  selectionRate: number;
  truePositiveRate: number;
  falsePositiveRate: number;
  precision: number;
  accuracy: number;
}

/** NaN where a rate is undefined (0/0). */
export function groupRates(c: ArrayLike<number>, at = 0): GroupRates {
  const tn = c[at + TN]!;
  const fp = c[at + FP]!;
  const fn = c[at + FN]!;
  const tp = c[at + TP]!;
  const n = tn + fp + fn + tp;
  return {
    rows: n,
    selectionRate: (tp + fp) / n,
    truePositiveRate: tp / (tp + fn),
    falsePositiveRate: fp / (fp + tn),
    precision: tp / (tp + fp),
    accuracy: (tp + tn) / n,
  };
}

export interface Spread {
  difference: number;
  ratio: number;
  /** Group indices with the smallest and the largest rate. */
  min: number;
  max: number;
}

/** max - min and min / max over the groups where the rate is defined; NaN when fewer than two are. */
export function spread(rates: ArrayLike<number>): Spread {
  let lo = -1;
  let hi = -1;
  let defined = 0;
  for (let g = 0; g < rates.length; g++) {
    const r = rates[g]!;
    if (Number.isNaN(r)) continue;
    defined++;
    if (lo < 0 || r < rates[lo]!) lo = g;
    if (hi < 0 || r > rates[hi]!) hi = g;
  }
  if (defined < 2) return { difference: NaN, ratio: NaN, min: lo, max: hi };
  const a = rates[lo]!;
  const b = rates[hi]!;
  return { difference: b - a, ratio: b === 0 ? (a === 0 ? 1 : NaN) : a / b, min: lo, max: hi };
}

export interface MeasureValue {
  value: number;
  /** The two groups that set it: [lower rate, higher rate]. */
  groups: [number, number];
  /** Which rate set an equalized-odds measure. */
  rate: 'selection_rate' | 'true_positive_rate' | 'false_positive_rate';
}

/** Every measure from the cells of G groups (4·G numbers, group-major). */
export function measuresOf(cells: ArrayLike<number>, groups: number): Record<Measure, MeasureValue> {
  const sr = new Float64Array(groups);
  const tpr = new Float64Array(groups);
  const fpr = new Float64Array(groups);
  for (let g = 0; g < groups; g++) {
    const r = groupRates(cells, 4 * g);
    sr[g] = r.selectionRate;
    tpr[g] = r.truePositiveRate;
    fpr[g] = r.falsePositiveRate;
  }
  const s = spread(sr);
  const t = spread(tpr);
  const f = spread(fpr);
  const pair = (x: Spread): [number, number] => [x.min, x.max];
  // Worst case of the two rates; a tie goes to the true positive rate (fairlearn's max/min of the pair).
  const eodByFpr = f.difference > t.difference || (Number.isNaN(t.difference) && !Number.isNaN(f.difference));
  const eorByFpr = f.ratio < t.ratio || (Number.isNaN(t.ratio) && !Number.isNaN(f.ratio));
  return {
    demographic_parity_difference: { value: s.difference, groups: pair(s), rate: 'selection_rate' },
    demographic_parity_ratio: { value: s.ratio, groups: pair(s), rate: 'selection_rate' },
    equalized_odds_difference: eodByFpr ? { value: f.difference, groups: pair(f), rate: 'false_positive_rate' } : { value: t.difference, groups: pair(t), rate: 'true_positive_rate' },
    equalized_odds_ratio: eorByFpr ? { value: f.ratio, groups: pair(f), rate: 'false_positive_rate' } : { value: t.ratio, groups: pair(t), rate: 'true_positive_rate' },
    equal_opportunity_difference: { value: t.difference, groups: pair(t), rate: 'true_positive_rate' },
    disparate_impact_ratio: { value: s.ratio, groups: pair(s), rate: 'selection_rate' },
  };
}

/** The measures' values only, in MEASURES order, written into `out`. */
export function measureVector(cells: ArrayLike<number>, groups: number, out: Float64Array): void {
  const m = measuresOf(cells, groups);
  MEASURES.forEach((k, i) => (out[i] = m[k].value));
}

/** One stratified redraw: each group's `width` cells from Multinomial(n_g, cells_g). */
export function redrawGroups(cells: Float64Array, groups: number, width: number, rng: Xoshiro128, out: Float64Array): void {
  for (let g = 0; g < groups; g++) {
    const own = cells.subarray(g * width, (g + 1) * width);
    let n = 0;
    for (let j = 0; j < width; j++) n += own[j]!;
    rng.multinomial(n, own, out.subarray(g * width, (g + 1) * width));
  }
}

/**
 * Percentile intervals of every measure by the stratified bootstrap (see the module comment).
 * Returns the intervals in MEASURES order (null when no replicate was defined).
 */
export function measureIntervals(cells: ArrayLike<number>, groups: number, rng: Xoshiro128, resamples: number, confidence: number): ([number, number] | null)[] {
  const reps = MEASURES.map(() => new Float64Array(resamples));
  const base = Float64Array.from(cells);
  const draw = new Float64Array(cells.length);
  const out = new Float64Array(MEASURES.length);
  for (let b = 0; b < resamples; b++) {
    redrawGroups(base, groups, 4, rng, draw);
    measureVector(draw, groups, out);
    for (let i = 0; i < MEASURES.length; i++) reps[i]![b] = out[i]!;
  }
  // Every measure lies in [0, 1]: rates, their differences and their ratios.
  return reps.map((r) => percentileInterval(r, confidence, [0, 1]));
}
