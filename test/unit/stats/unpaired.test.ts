// Golden tests of monitor's unpaired two-sample tests against statsmodels and scipy (goldens from
// scripts/fixtures/unpaired_goldens.py, library versions in the file).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { delongSorted } from '../../../src/stats/delong.js';
import { aucUnpairedTest, hanleyMcNeilVariance, summarize, twoProportionZTest, welchTTest } from '../../../src/stats/unpaired.js';

interface Side { y: number[]; score: number[]; auc: number; delongVariance: number; hanleyVariance: number }
const G = JSON.parse(readFileSync(new URL('../../fixtures/stats/unpaired-goldens.json', import.meta.url), 'utf8')) as {
  proportions: { x1: number; n1: number; x2: number; n2: number; confidence: number; statistic: number; pValue: number; ci: [number, number] }[];
  welch: { a: number[]; b: number[]; confidence: number; statistic: number; pValue: number; ci: [number, number] }[];
  auc: { current: Side; reference: Side; statistic: number; pValue: number }[];
};

const close = (a: number, b: number, rel = 1e-9) => expect(Math.abs(a - b)).toBeLessThanOrEqual(rel * Math.max(1, Math.abs(b)));

function sortedSides(s: Side): { pos: Float64Array; neg: Float64Array } {
  const pos = Float64Array.from(s.score.filter((_, i) => s.y[i] === 1)).sort();
  const neg = Float64Array.from(s.score.filter((_, i) => s.y[i] === 0)).sort();
  return { pos, neg };
}

describe('unpaired tests against statsmodels and scipy', () => {
  it.each(G.proportions)('two-proportion z and Newcombe interval: $x1/$n1 vs $x2/$n2', (c) => {
    const r = twoProportionZTest(c.x1, c.n1, c.x2, c.n2, { confidence: c.confidence });
    close(r.statistic, c.statistic);
    close(r.pValue, c.pValue, 1e-7);
    close(r.ci![0], c.ci[0], 1e-8);
    close(r.ci![1], c.ci[1], 1e-8);
    expect(r.difference).toBeCloseTo(c.x1 / c.n1 - c.x2 / c.n2, 12);
  });

  it.each(G.welch.map((c, i) => ({ ...c, i })))('Welch t-test from summaries, case $i', (c) => {
    const r = welchTTest(summarize(c.a), summarize(c.b), { confidence: c.confidence });
    close(r.statistic, c.statistic, 1e-9);
    close(r.pValue, c.pValue, 1e-7);
    close(r.ci![0], c.ci[0], 1e-7);
    close(r.ci![1], c.ci[1], 1e-7);
  });

  it.each(G.auc.map((c, i) => ({ ...c, i })))('two independent AUCs with DeLong and Hanley-McNeil variances, case $i', (c) => {
    const sides = [c.current, c.reference].map((s) => {
      const { pos, neg } = sortedSides(s);
      const est = delongSorted(pos, neg);
      close(est.auc, s.auc, 1e-12);
      close(est.variance!, s.delongVariance, 1e-9);
      close(hanleyMcNeilVariance(s.auc, pos.length, neg.length), s.hanleyVariance, 1e-12);
      return { auc: est.auc, variance: est.variance!, method: 'delong' };
    });
    const r = aucUnpairedTest(sides[0], sides[1]);
    close(r.statistic, c.statistic, 1e-9);
    close(r.pValue, c.pValue, 1e-7);
    expect(r.test).toContain('delong');
  });

  it('says nothing is shown when both proportions are certain, and refuses counts that are not counts', () => {
    expect(twoProportionZTest(10, 10, 20, 20)).toMatchObject({ statistic: 0, pValue: 1 });
    expect(() => twoProportionZTest(11, 10, 1, 2)).toThrow(/successes <= n/);
    expect(() => welchTTest(summarize([1]), summarize([1, 2]))).toThrow(/at least 2/);
  });
});
