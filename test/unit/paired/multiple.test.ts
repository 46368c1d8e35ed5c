// multipleTesting against statsmodels.stats.multitest.multipletests ('holm', 'fdr_bh'); goldens
// from scripts/fixtures/paired_goldens.py.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { multipleTesting } from '../../../src/stats/multiple.js';

interface Case {
  pvalues: number[];
  alpha: number;
  holm: { reject: boolean[]; adjusted: number[] };
  bh: { reject: boolean[]; adjusted: number[] };
}
const G = JSON.parse(readFileSync(new URL('../../fixtures/paired/paired-goldens.json', import.meta.url), 'utf8')) as { multipletests: Case[]; meta: Record<string, string> };

describe(`multipleTesting against statsmodels ${G.meta.statsmodels}`, () => {
  for (const [i, c] of G.multipletests.entries()) {
    for (const method of ['holm', 'bh'] as const) {
      it(`case ${i} (m=${c.pvalues.length}, alpha=${c.alpha}), ${method}`, () => {
        const got = multipleTesting(c.pvalues, method, c.alpha);
        expect(got.reject).toEqual(c[method].reject);
        got.pvaluesAdjusted.forEach((v, k) => {
          const want = c[method].adjusted[k];
          expect(Math.abs(v - want) <= 2.3e-16 * want, `adjusted[${k}]: ${v} vs ${want}`).toBe(true);
        });
      });
    }
  }

  it("'none' leaves the p-values alone and rejects p <= alpha", () => {
    const got = multipleTesting([0.05, 0.2, 0.01], 'none', 0.05);
    expect(Array.from(got.pvaluesAdjusted)).toEqual([0.05, 0.2, 0.01]);
    expect(got.reject).toEqual([true, false, true]);
  });

  it('handles an empty family and validates its arguments by name', () => {
    expect(multipleTesting([], 'holm').reject).toEqual([]);
    expect(() => multipleTesting([0.1, 1.2])).toThrow(/multipleTesting: pvalues\[1\] must be a number in \[0, 1\]/);
    expect(() => multipleTesting([0.1, NaN])).toThrow(/pvalues\[1\]/);
    expect(() => multipleTesting([0.1], 'fdr_bh' as never)).toThrow(/method must be 'holm', 'bh' or 'none'/);
    expect(() => multipleTesting([0.1], 'bh', 0)).toThrow(/alpha must be a number in \(0, 1\)/);
  });
});
