// Group rates and fairness measures against fairlearn's definitions computed with numpy/pandas
// (scripts/fixtures/fairness_goldens.py -> test/fixtures/fairness/), Clarify's pre-training
// measures against statsmodels' intervals, and the grouping rules (pooling, intersections).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { audit, featureValue, groupRows, OTHER, parseSensitive } from '../../../src/fairness/audit.js';
import { pretrainingMeasures } from '../../../src/fairness/pretraining.js';

const dir = new URL('../../fixtures/fairness/', import.meta.url);
const expected = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8'));
const lines = readFileSync(new URL('audit.csv', dir), 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
const rows = { sex: lines.map((l) => l[0]), race: lines.map((l) => l[1]), y: lines.map((l) => Number(l[2])), score: lines.map((l) => Number(l[3])) };

function run(resamples = 200) {
  const features = expected.features.map((f: { name: string; columns: string[] }) => ({
    name: f.name,
    columns: f.columns,
    values: rows.y.map((_, i) => featureValue(f.columns.map((c) => rows[c as 'sex' | 'race'][i]))),
  }));
  return audit({ y: rows.y, score: rows.score, threshold: expected.threshold, features, minGroupRows: expected.minGroupRows, confidence: 0.95, resamples, seed: 1 });
}

describe('fairness audit against fairlearn definitions', () => {
  const result = run();
  for (const [k, f] of expected.features.entries()) {
    it(`${f.name}: groups, rates and Wilson intervals`, () => {
      const got = result.features[k];
      expect(got.pooled).toEqual(f.pooled);
      expect(got.groups.map((g) => g.value).sort()).toEqual(Object.keys(f.groups).sort());
      for (const g of got.groups) {
        const e = f.groups[g.value];
        expect(g.rows).toBe(e.rows);
        expect(g.positives).toBe(e.positives);
        for (const rate of ['selectionRate', 'truePositiveRate', 'falsePositiveRate', 'precision', 'accuracy'] as const) {
          expect(g[rate].value).toBeCloseTo(e[rate].value, 12);
          expect(g[rate].ci![0]).toBeCloseTo(e[rate].ci[0], 10);
          expect(g[rate].ci![1]).toBeCloseTo(e[rate].ci[1], 10);
        }
      }
    });
    it(`${f.name}: measures and the groups that set them`, () => {
      const got = result.features[k];
      for (const [m, v] of Object.entries(f.measures)) {
        const r = got.measures[m as keyof typeof got.measures];
        expect(r.value, m).toBeCloseTo(v as number, 12);
        expect(r.ci![0]).toBeLessThanOrEqual(r.value!);
        expect(r.ci![1]).toBeGreaterThanOrEqual(r.value!);
      }
      expect(got.measures.demographic_parity_difference.groups).toEqual(f.setters.demographic_parity_difference);
      expect(got.measures.equal_opportunity_difference.groups).toEqual(f.setters.equal_opportunity_difference);
      expect(got.fourFifths).toBe(f.measures.disparate_impact_ratio >= 0.8);
    });
  }

  it('the same seed gives the same intervals; another seed other ones', () => {
    const a = run(200).features[0].measures.demographic_parity_difference.ci;
    expect(run(200).features[0].measures.demographic_parity_difference.ci).toEqual(a);
    const other = audit({ ...{ y: rows.y, score: rows.score, threshold: 0.5, minGroupRows: 30, confidence: 0.95, resamples: 200 }, seed: 2, features: [{ name: 'sex', columns: ['sex'], values: rows.sex }] });
    expect(other.features[0].measures.demographic_parity_difference.ci).not.toEqual(a);
  });
});

describe('grouping', () => {
  it('pools rare values into (other) when the pool reaches the minimum, and says which', () => {
    const values = [...Array(40).fill('a'), ...Array(20).fill('b'), ...Array(15).fill('c')];
    const g = groupRows(values, 30);
    expect(g.names).toEqual(['a', OTHER]);
    expect(g.pooled).toEqual(['b', 'c']);
    expect(g.ids[45]).toBe(1);
    const small = groupRows(values.slice(0, 50), 30);
    expect(small.names).toEqual(['a']);
    expect(small.ids[45]).toBe(-1);
  });
  it('parses intersections of two columns and refuses three', () => {
    expect(parseSensitive(['sex', 'sex * race'])).toEqual([{ name: 'sex', columns: ['sex'] }, { name: 'sex*race', columns: ['sex', 'race'] }]);
    expect(() => parseSensitive(['a*b*c'])).toThrow(/intersection of two/);
  });
});

describe("Clarify's pre-training measures", () => {
  for (const column of ['sex', 'race'] as const) {
    it(`${column}: class imbalance and DPL with their intervals (statsmodels)`, () => {
      const counts = new Map<string, { rows: number; positives: number }>();
      rows[column].forEach((v, i) => {
        const c = counts.get(v) ?? { rows: 0, positives: 0 };
        c.rows++;
        c.positives += rows.y[i];
        counts.set(v, c);
      });
      const got = pretrainingMeasures(counts, 0.95);
      expect(got.map((g) => g.value).sort()).toEqual(Object.keys(expected.pretraining[column]).sort());
      for (const g of got) {
        const e = expected.pretraining[column][g.value];
        expect(g.rows).toBe(e.rows);
        expect(g.classImbalance.value).toBeCloseTo(e.classImbalance.value, 12);
        expect(g.classImbalance.ci![0]).toBeCloseTo(e.classImbalance.ci[0], 10);
        expect(g.classImbalance.ci![1]).toBeCloseTo(e.classImbalance.ci[1], 10);
        expect(g.positiveProportionDifference.value!).toBeCloseTo(e.positiveProportionDifference.value, 12);
        expect(g.positiveProportionDifference.ci![0]).toBeCloseTo(e.positiveProportionDifference.ci[0], 10);
        expect(g.positiveProportionDifference.ci![1]).toBeCloseTo(e.positiveProportionDifference.ci[1], 10);
      }
    });
  }
});
