/**
 * A fairness measure of two models on the same rows: the candidate's minus the baseline's, with a
 * paired bootstrap within groups. Each group's rows fall into 8 joint cells (label x candidate's
 * prediction x baseline's prediction); a resample redraws each group's cells from Multinomial(n_g,
 * cells_g / n_g) — the row bootstrap within groups, both models seeing the same resampled rows —
 * and recomputes both measures. Percentile interval; one-sided bootstrap p-values against the
 * margin (gates/paired-metrics.ts's bootstrapEstimate).
 */
import { bootstrapEstimate, type PairedEstimate } from '../gates/paired-metrics.js';
import { createRng } from '../stats/rng.js';
import { STREAM_FAIRNESS } from './audit.js';
import { MEASURE_DIRECTION, measuresOf, redrawGroups, type Measure } from './measures.js';

export interface PairedMeasureInput {
  measure: Measure;
  /** Group index per row (-1: in no group). */
  ids: Int32Array;
  groups: number;
  y: ArrayLike<number>;
  candidate: ArrayLike<number>;
  baseline: ArrayLike<number>;
  candidateThreshold: number;
  baselineThreshold: number;
  confidence: number;
  resamples: number;
  seed: number;
}

/** Joint cells per group, index y·4 + candidate·2 + baseline. */
function jointCells(p: PairedMeasureInput): Float64Array {
  const cells = new Float64Array(8 * p.groups);
  for (let i = 0; i < p.ids.length; i++) {
    const g = p.ids[i]!;
    if (g < 0) continue;
    const c = p.candidate[i]! >= p.candidateThreshold ? 1 : 0;
    const b = p.baseline[i]! >= p.baselineThreshold ? 1 : 0;
    cells[8 * g + 4 * p.y[i]! + 2 * c + b]++;
  }
  return cells;
}

/** The 4-cell [tn, fp, fn, tp] tables of one model from the joint cells. */
function marginal(joint: Float64Array, groups: number, model: 'candidate' | 'baseline', out: Float64Array): void {
  out.fill(0);
  for (let g = 0; g < groups; g++) {
    for (let j = 0; j < 8; j++) {
      const y = j >> 2;
      const pred = model === 'candidate' ? (j >> 1) & 1 : j & 1;
      out[4 * g + 2 * y + pred] += joint[8 * g + j]!;
    }
  }
}

export function pairedMeasure(p: PairedMeasureInput): PairedEstimate {
  const joint = jointCells(p);
  const c4 = new Float64Array(4 * p.groups);
  const b4 = new Float64Array(4 * p.groups);
  const value = (cells: Float64Array, model: 'candidate' | 'baseline', four: Float64Array) => {
    marginal(cells, p.groups, model, four);
    return measuresOf(four, p.groups)[p.measure].value;
  };
  const cv = value(joint, 'candidate', c4);
  const bv = value(joint, 'baseline', b4);
  if (!Number.isFinite(cv) || !Number.isFinite(bv)) throw new Error(`${p.measure} is undefined on these rows for the ${Number.isFinite(cv) ? 'baseline' : 'candidate'} (fewer than two groups with the rate defined)`);
  const rng = createRng(p.seed, STREAM_FAIRNESS + 1);
  const draw = new Float64Array(joint.length);
  const dist: number[] = [];
  for (let r = 0; r < p.resamples; r++) {
    redrawGroups(joint, p.groups, 8, rng, draw);
    const d = value(draw, 'candidate', c4) - value(draw, 'baseline', b4);
    if (Number.isFinite(d)) dist.push(d);
  }
  return bootstrapEstimate(cv, bv, MEASURE_DIRECTION[p.measure], Float64Array.from(dist), p.confidence, `paired bootstrap within groups (${p.resamples} resamples of the joint label x candidate x baseline cells)`);
}
