// Sweep plans (grid, seeded random, budget), ranking, and the held-out selection rule.
import { describe, expect, it } from 'vitest';
import { parseSweepSpec, planSweep, rankVariants, sweepId, sweepMatrix } from '../../../src/experiments/sweep.js';
import { sweepReport, type VariantResult } from '../../../src/experiments/sweep-results.js';
import { sweepMarkdown } from '../../../src/report/sweep.js';
import { createRng } from '../../../src/stats/rng.js';

const spec = (over: Record<string, unknown>) => parseSweepSpec({ validation: 'val.csv', metric: 'roc_auc', params: { l2: [0.01, 0.1, 1, 10] }, ...over }, 'sweep.yml');

describe('sweep spec', () => {
  it('fills defaults; the goal follows the metric', () => {
    const s = spec({});
    expect(s).toMatchObject({ method: 'grid', budget: 16, seed: 0, validation: ['val.csv'], goal: 'maximize', out: '.modelgate/sweep', parallel: 0 });
    expect(spec({ metric: 'log_loss' }).goal).toBe('minimize');
  });
  it('names the key that is wrong', () => {
    expect(() => spec({ params: { C: [1] } })).toThrow(/sweep.yml: sweep.params.C.*sweepable inputs: l2, seed, max-categories/);
    expect(() => spec({ budget: 0 })).toThrow(/sweep.yml: sweep.budget: must be >= 1/);
    expect(() => spec({ bogus: 1 })).toThrow(/sweep.yml: sweep.bogus: unknown key/);
    expect(() => spec({ params: { l2: { min: 0.1, max: 1 } } })).toThrow(/a grid takes a list of values/);
    expect(() => spec({ method: 'random', params: { l2: { min: 0, max: 1, log: true } } })).toThrow(/log range needs min > 0/);
    expect(() => spec({ params: { seed: [0.5] } })).toThrow(/integers >= 0/);
  });
});

describe('planSweep', () => {
  it('a grid is every combination, the last param fastest', () => {
    const v = planSweep(spec({ params: { l2: [0.1, 1], seed: [0, 1, 2] } }));
    expect(v.map((x) => x.name)).toEqual(['v01', 'v02', 'v03', 'v04', 'v05', 'v06']);
    expect(v.map((x) => `${x.values.l2}/${x.values.seed}`)).toEqual(['0.1/0', '0.1/1', '0.1/2', '1/0', '1/1', '1/2']);
    expect(sweepMatrix(v).include[0]).toEqual({ variant: 'v01', l2: '0.1', seed: '0' });
  });
  it('a grid larger than the budget is a seeded sample of it, in grid order', () => {
    const s = spec({ params: { l2: [0.001, 0.01, 0.1, 1, 10], seed: [0, 1, 2, 3] }, budget: 8 });
    const a = planSweep(s);
    expect(a).toHaveLength(8);
    expect(planSweep(s)).toEqual(a);
    const keys = a.map((x) => `${x.values.l2}/${x.values.seed}`);
    expect(new Set(keys).size).toBe(8);
    expect(planSweep({ ...s, seed: 1 })).not.toEqual(a);
  });
  it('random draws budget distinct points from ranges (log-uniform) and lists, reproducibly', () => {
    const s = spec({ method: 'random', budget: 8, seed: 3, params: { l2: { min: 0.001, max: 100, log: true }, seed: [0, 1] } });
    const a = planSweep(s);
    expect(a).toHaveLength(8);
    expect(planSweep(s)).toEqual(a);
    for (const v of a) {
      expect(Number(v.values.l2)).toBeGreaterThanOrEqual(0.001);
      expect(Number(v.values.l2)).toBeLessThanOrEqual(100);
    }
    // Log-uniform: about half the draws below the geometric middle (0.316) of [0.001, 100].
    const many = planSweep({ ...s, budget: 200, params: { l2: { min: 0.001, max: 100, log: true } } });
    const below = many.filter((v) => Number(v.values.l2) < 0.316).length / many.length;
    expect(below).toBeGreaterThan(0.35);
    expect(below).toBeLessThan(0.65);
    // A space with fewer points than the budget gives each once.
    expect(planSweep({ ...s, params: { seed: [0, 1, 2] } })).toHaveLength(3);
  });
  it('the sweep id changes with the plan or with what is trained', () => {
    const v = planSweep(spec({}));
    expect(sweepId(v, 'cmd a')).toBe(sweepId(planSweep(spec({})), 'cmd a'));
    expect(sweepId(v, 'cmd b')).not.toBe(sweepId(v, 'cmd a'));
    expect(sweepId(v.slice(1), 'cmd a')).not.toBe(sweepId(v, 'cmd a'));
  });
});

const result = (variant: string, value: number | null): VariantResult => ({
  kind: 'sweep-variant-result',
  schemaVersion: 1,
  sweep: 'id',
  variant,
  values: { l2: variant },
  metric: 'roc_auc',
  value,
  ci: value === null ? null : [value - 0.02, value + 0.02],
  confidence: 0.95,
  rows: 100,
  cacheHit: false,
  model: { sha256: 'f'.repeat(64) },
  runs: { train: null, evaluation: null },
});

describe('ranking and the report', () => {
  it('ranks by the goal, missing scores last, ties in plan order', () => {
    const r = [result('a', 0.8), result('b', null), result('c', 0.9), result('d', 0.8)];
    expect(rankVariants(r, 'maximize').map((x) => x.variant)).toEqual(['c', 'a', 'd', 'b']);
    expect(rankVariants(r, 'minimize').map((x) => x.variant)).toEqual(['a', 'd', 'c', 'b']);
  });
  it('the leaderboard marks the chosen one and escapes text from result files', () => {
    const s = spec({});
    const plan = [{ name: 'v01', values: { l2: '<img src=x>' } }, { name: 'v02', values: { l2: '1' } }];
    const res = [{ ...result('v01', 0.7), values: plan[0].values }, { ...result('v02', 0.9), values: plan[1].values }];
    const report = sweepReport(s, 'id', plan, res);
    expect(report.winner.variant).toBe('v02');
    const md = sweepMarkdown(report, { value: 0.85, ci: [0.8, 0.9] });
    expect(md).toContain('2 variants tried');
    expect(md).toContain('v02 ✅ chosen');
    expect(md).not.toContain('<img');
    expect(md).toMatch(/validation \(chosen on\) \| 0\.9 \|/);
    expect(md).toMatch(/test \(held out, evaluated once\) \| 0\.85 \|/);
    expect(md).toContain('validation − test: 0.05');
    expect(md).toContain('<details><summary>Leaderboard (2 variants)</summary>');
  });
});

/**
 * The selection rule, by seeded simulation. 16 variants that are all equally good (each row right
 * with probability 0.7 on every split, independently per variant): whatever split a variant is
 * chosen on, its score there is the best of 16 noisy estimates. Chosen on validation and reported
 * on a held-out test split, the report is unbiased (about 0.7); chosen on the test split itself,
 * the reported test score is optimistic, well above 0.7.
 */
describe('held-out selection', () => {
  it('selecting on the test split would be reported optimistic; the held-out test score is not', () => {
    const rng = createRng(42, 0);
    const rows = 200;
    const variants = 16;
    const score = () => {
      let right = 0;
      for (let i = 0; i < rows; i++) if (rng.nextFloat() < 0.7) right++;
      return right / rows;
    };
    const s = spec({ metric: 'accuracy' });
    const plan = Array.from({ length: variants }, (_, i) => ({ name: `v${i}`, values: { l2: String(i) } }));
    let heldOut = 0;
    let onTest = 0;
    let valOfWinner = 0;
    const sims = 200;
    for (let k = 0; k < sims; k++) {
      const val = plan.map(() => score());
      const test = plan.map(() => score());
      const byVal = sweepReport(s, 'id', plan, plan.map((p, i) => ({ ...result(p.name, val[i]), values: p.values })));
      const byTest = sweepReport(s, 'id', plan, plan.map((p, i) => ({ ...result(p.name, test[i]), values: p.values })));
      const w = plan.findIndex((p) => p.name === byVal.winner.variant);
      heldOut += test[w];
      valOfWinner += byVal.winner.value!;
      onTest += byTest.winner.value!;
    }
    heldOut /= sims;
    onTest /= sims;
    valOfWinner /= sims;
    // The standard error of a 200-row accuracy is 0.032; of the mean over 200 simulations, 0.0023.
    expect(Math.abs(heldOut - 0.7)).toBeLessThan(0.01);
    // Best of 16 normal draws: about 1.77 standard deviations (0.057) above the truth.
    expect(onTest - 0.7).toBeGreaterThan(0.04);
    expect(valOfWinner - heldOut).toBeGreaterThan(0.04);
  });
});
