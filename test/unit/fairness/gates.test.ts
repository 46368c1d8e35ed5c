// The gate file's fairness section, the paired fairness estimate, and the comment's escaping of
// group values that came from data.
import { describe, expect, it } from 'vitest';
import { parseGates } from '../../../src/gates/spec.js';
import { ConfigurationError } from '../../../src/errors.js';
import { pairedMeasure } from '../../../src/fairness/paired.js';
import { audit } from '../../../src/fairness/audit.js';
import { fairnessSection } from '../../../src/report/fairness.js';
import type { Comparison } from '../../../src/gates/compare.js';
import type { Evaluation } from '../../../src/model/evaluate.js';
import { createRng } from '../../../src/stats/rng.js';

describe('fairness gates in the gate file', () => {
  it('parses measures with rules, marked as fairness gates', () => {
    const spec = parseGates({ fairness: { demographic_parity_difference: { max: 0.1, 'max-regression': 0.02 }, disparate_impact_ratio: { min: 0.8 } } }, 'gates.yml');
    expect(spec.gates.map((g) => [g.metric, g.rule, g.amount.value, g.fairness])).toEqual([
      ['demographic_parity_difference', 'max', 0.1, true],
      ['demographic_parity_difference', 'max-regression', 0.02, true],
      ['disparate_impact_ratio', 'min', 0.8, true],
    ]);
  });
  it('refuses an unknown measure naming it', () => {
    expect(() => parseGates({ fairness: { parity: { max: 0.1 } } }, 'gates.yml')).toThrow(ConfigurationError);
    expect(() => parseGates({ fairness: { parity: { max: 0.1 } } }, 'gates.yml')).toThrow(/parity/);
  });
});

function rows(n: number, bias: number, seed: number) {
  const rng = createRng(seed);
  const group: string[] = [];
  const y: number[] = [];
  const fair: number[] = [];
  const biased: number[] = [];
  for (let i = 0; i < n; i++) {
    const g = rng.nextFloat() < 0.5 ? 'a' : 'b';
    const label = rng.nextFloat() < 0.4 ? 1 : 0;
    const s = Math.min(1, Math.max(0, 0.3 + 0.4 * label + 0.3 * (rng.nextFloat() - 0.5)));
    group.push(g);
    y.push(label);
    fair.push(s);
    biased.push(g === 'b' ? s - bias : s);
  }
  return { group, y, fair, biased };
}

describe('paired fairness estimate', () => {
  const d = rows(2000, 0.15, 3);
  const ids = Int32Array.from(d.group, (g) => (g === 'a' ? 0 : 1));
  const base = { measure: 'demographic_parity_difference' as const, ids, groups: 2, y: d.y, candidateThreshold: 0.5, baselineThreshold: 0.5, confidence: 0.95, resamples: 500, seed: 1 };
  it('a model against itself: delta 0, no regression shown', () => {
    const e = pairedMeasure({ ...base, candidate: d.fair, baseline: d.fair });
    expect(e.delta).toBe(0);
    expect(e.pRegression(0.02)).toBeGreaterThan(0.5);
  });
  it('a candidate biased against group b: the delta is the gap in selection rates, its regression shown', () => {
    const e = pairedMeasure({ ...base, candidate: d.biased, baseline: d.fair });
    const one = audit({ y: d.y, score: d.biased, threshold: 0.5, features: [{ name: 'g', columns: ['g'], values: d.group }], minGroupRows: 30, confidence: 0.95, resamples: 10, seed: 0 });
    expect(e.candidate).toBeCloseTo(one.features[0].measures.demographic_parity_difference.value!, 12);
    expect(e.delta).toBeGreaterThan(0.1);
    expect(e.pRegression(0.02)).toBeLessThan(0.05);
    expect(e.ci![0]).toBeGreaterThan(0.02);
  });
});

describe('fairness table in the comment', () => {
  it('escapes group values and feature names from data', () => {
    const hostile = '<img src=x onerror=alert(1)>|@everyone';
    const d = rows(400, 0.1, 5);
    const values = d.group.map((g) => (g === 'a' ? hostile : 'b'));
    const fairness = audit({ y: d.y, score: d.biased, threshold: 0.5, features: [{ name: '**sex**', columns: ['**sex**'], values }], minGroupRows: 30, confidence: 0.95, resamples: 50, seed: 0 });
    const candidate = { fairness } as unknown as Evaluation;
    const c = { gates: [] } as unknown as Comparison;
    const md = fairnessSection(c, candidate)!;
    expect(md).not.toContain('<img');
    expect(md).not.toContain('|@everyone');
    expect(md).not.toContain('**sex**');
    expect(md).toContain('demographic_parity_difference');
  });
});
