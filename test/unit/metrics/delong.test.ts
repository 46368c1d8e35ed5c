// DeLong's AUC variance, interval and paired test (src/stats/delong.ts) against R's pROC 1.18
// (ci.auc / var / roc.test with method = "delong"). The fixture script also recomputes every value
// from DeLong's pairwise formula in numpy and asserts agreement to 1e-12 before writing it.
import { afterAll, describe, expect, it } from 'vitest';
import { DataError } from '../../../src/errors.js';
import { delongAuc, delongSorted, delongTest } from '../../../src/stats/delong.js';
import { criticalValue, normalQuantile } from '../../../src/stats/distributions.js';
import { G, expectClose, worst } from './helpers.js';

afterAll(() => {
  const lines = [...worst.entries()].sort().map(([k, v]) => `  ${k.padEnd(22)} ${v.toExponential(2)}`);
  console.log(`largest relative error against pROC ${G.meta.pROC} / scipy ${G.meta.scipy}:\n${lines.join('\n')}`);
});

const byName = new Map(G.binary.map((c) => [c.name, c]));

describe(`delongAuc against pROC ${G.meta.pROC}`, () => {
  it.each(G.delong.map((d) => [d.name, d] as const))('%s', (_, d) => {
    const c = byName.get(d.case)!;
    const r = delongAuc(c.labels, c.scores, { confidence: d.confidence });
    expectClose(r.auc, d.auc, { rel: 1e-14 }, `delong auc: ${d.name}`);
    expectClose(r.variance, d.variance, { rel: 1e-11, abs: 1e-17 }, `delong variance: ${d.name}`);
    if (d.ci === null) expect(r.ci).toBeNull();
    else {
      expectClose(r.ci![0], d.ci[0], { rel: 1e-12, abs: 1e-15 }, `delong ci: ${d.name} low`);
      expectClose(r.ci![1], d.ci[1], { rel: 1e-12, abs: 1e-15 }, `delong ci: ${d.name} high`);
    }
  });

  it('throws DataError with one class, and on bad labels', () => {
    expect(() => delongAuc([0, 0, 0], [0.1, 0.2, 0.3])).toThrow(DataError);
    expect(() => delongAuc([0, 2], [0.1, 0.2])).toThrow(/row 1 must be 0 or 1/);
    expect(() => delongAuc([0, 1], [0.1, NaN])).toThrow(/finite/);
    expect(() => delongSorted(new Float64Array(0), Float64Array.of(1))).toThrow(DataError);
  });
});

describe(`delongTest against pROC roc.test(method = "delong", paired = TRUE)`, () => {
  it.each(G.delong_paired.map((d) => [d.name, d] as const))('%s', (_, d) => {
    const alternative = d.alternative === 'two.sided' ? 'two-sided' : d.alternative;
    const r = delongTest(d.labels, d.a, d.b, { confidence: d.conf, alternative });
    expectClose(r.auc[0], d.auc_a, { rel: 1e-14 }, `paired auc: ${d.name} a`);
    expectClose(r.auc[1], d.auc_b, { rel: 1e-14 }, `paired auc: ${d.name} b`);
    expectClose(r.statistic, d.statistic, { rel: 1e-10, abs: 1e-12 }, `paired statistic: ${d.name}`);
    expectClose(r.pValue, d.p_value, { rel: 1e-10, abs: 1e-15 }, `paired p-value: ${d.name}`);
    expectClose(r.ci[0], d.ci[0], { rel: 1e-10, abs: 1e-14 }, `paired ci: ${d.name} low`);
    expectClose(r.ci[1], d.ci[1], { rel: 1e-10, abs: 1e-14 }, `paired ci: ${d.name} high`);
    expect(r.method).toBe('delong-paired');
  });

  it('needs two rows of each class and equal lengths', () => {
    expect(() => delongTest([0, 1, 1], [0.1, 0.2, 0.3], [0.1, 0.2, 0.3])).toThrow(/at least 2 rows of each class/);
    expect(() => delongTest([0, 1], [0.1, 0.2], [0.1])).toThrow(DataError);
  });
});

describe('normalQuantile (AS 241) against scipy.stats.norm.ppf', () => {
  it.each(G.norm_ppf)('p = %s', (p, x) => {
    expectClose(normalQuantile(p), x, { rel: 1e-14, abs: 1e-16 }, `norm ppf: ${p}`);
  });

  it('handles the ends and rejects bad confidences', () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalQuantile(1.5)).toBeNaN();
    expect(criticalValue(0.95)).toBeCloseTo(1.959963984540054, 14);
    expect(() => criticalValue(1)).toThrow(RangeError);
  });
});
