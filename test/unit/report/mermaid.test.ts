// Mermaid charts for PR comments and summaries: geometry from the data, and hostile text neutralised.
import { describe, expect, it } from 'vitest';
import { allowedDelta, driftChart, driftScore, forestChart, historyCharts, label } from '../../../src/report/mermaid.js';
import { comparisonCharts, driftDetails } from '../../../src/report/charts.js';
import type { GateResult, Comparison } from '../../../src/gates/compare.js';
import type { DriftResult } from '../../../src/data/drift.js';

export const HOSTILE = [
  'a"b',
  'x:y;z',
  '%%{init: {"theme":"dark"}}%%',
  'line\nbreak\r\nsection evil',
  '```\n<img src=x onerror=alert(1)>',
  'click g0 call alert()',
  '<script>alert(1)</script>',
  '[link](http://evil)',
  '#;&lt;',
  '',
  '{}()--> ',
  'x'.repeat(500),
];

/** What may appear in a chart line: no quote other than the ones we write, no statement/comment/HTML characters. */
function assertSafe(chart: string): void {
  const lines = chart.split('\n');
  expect(lines[0]).toBe('```mermaid');
  expect(lines.at(-1)).toBe('```');
  for (const l of lines.slice(1, -1)) {
    expect(l.replace(' --> ', ' ')).not.toMatch(/[<>`;%#{}\r]/);
    // Every statement starts with a keyword we wrote (data can never start one, e.g. `click`).
    expect(l).toMatch(/^(gantt|xychart-beta|  (title|dateFormat|axisFormat|todayMarker|section|Δ|0|margin|x-axis|y-axis|bar|line) )/);
  }
}

const gate = (over: Partial<GateResult>): GateResult => ({
  metric: 'accuracy', rule: 'max-regression 1%', baseline: 0.8, candidate: 0.79, delta: -0.01, ci: [-0.02, 0.0], pValue: 0.2, adjustedPValue: 0.2, test: 'McNemar', passed: true, reason: '', ...over,
});

describe('label', () => {
  it('keeps letters, digits and a few marks; neutralises everything that has meaning in mermaid', () => {
    expect(label('petal_width.cm-2')).toBe('petal_width.cm-2');
    expect(label('température')).toBe('température');
    for (const h of HOSTILE) {
      const s = label(h);
      expect(s).toMatch(/^[\p{L}\p{N} _.+=/-]+$/u);
      expect(s.length).toBeLessThanOrEqual(40);
    }
  });
});

describe('forestChart', () => {
  it('draws one section per gate with an interval, the bar over the interval and a milestone at the margin', () => {
    const chart = forestChart([
      gate({}),
      gate({ metric: 'log_loss', rule: 'max-regression 0.02', baseline: 0.4, delta: 0.01, ci: [0.005, 0.03], passed: false }),
      gate({ metric: 'roc_auc', rule: 'min 0.7', delta: null, ci: null }),
    ])!;
    assertSafe(chart);
    expect(chart.match(/^ {2}section /gm)).toHaveLength(2);
    // Positions: thousandths of the span [-0.02, 0.03], from 1. accuracy: interval [-0.02, 0],
    // margin -1% of 0.8 = -0.008; no change at 0.
    expect(chart).toContain('Δ -0.01 [-0.02, 0] pass : g0, 1, 401');
    expect(chart).toContain('0 : milestone, z0, 401, 0ms');
    expect(chart).toContain('margin -0.008 : milestone, m0, 241, 0ms');
    // log_loss: lower is better, so the allowed regression is +0.02; a failed gate is 'crit'.
    expect(chart).toContain('Δ 0.01 [0.005, 0.03] fail : crit, g1, 501, 1001');
    expect(chart).toContain('margin 0.02 : milestone, m1, 801, 0ms');
  });

  it('neutralises hostile metric and slice names', () => {
    const chart = forestChart(HOSTILE.map((h) => gate({ slice: { column: h, value: h } })))!;
    assertSafe(chart);
    expect(chart.match(/^ {2}section /gm)).toHaveLength(HOSTILE.length);
  });

  it('is null when no gate has an interval', () => {
    expect(forestChart([gate({ ci: null })])).toBeNull();
  });
});

describe('allowedDelta', () => {
  it('turns the rule into a signed delta in the metric direction', () => {
    expect(allowedDelta({ metric: 'accuracy', rule: 'max-regression 0.01', baseline: 0.9 })).toBeCloseTo(-0.01);
    expect(allowedDelta({ metric: 'rmse', rule: 'max-regression 10%', baseline: 2 })).toBeCloseTo(0.2);
    expect(allowedDelta({ metric: 'f1', rule: 'require-improvement 0.005', baseline: 0.5 })).toBeCloseTo(0.005);
    expect(allowedDelta({ metric: 'f1', rule: 'require-improvement', baseline: 0.5 })).toBe(0);
    expect(allowedDelta({ metric: 'f1', rule: 'min 0.5', baseline: 0.5 })).toBeNull();
  });
});

const drift = (column: string, over: Partial<DriftResult> = {}): DriftResult => ({
  column, kind: 'numeric', test: 'ks', statistic: 0.1, pValue: 0.5, threshold: 0.05, drifted: false, method: 'exact', referenceCount: 100, currentCount: 100, moved: [], explanation: '', ...over,
});

describe('driftChart', () => {
  it('scores drift so that 1 is the threshold, for p-value and distance tests alike', () => {
    expect(driftScore({ statistic: 0, pValue: 0.05, threshold: 0.05 })).toBeCloseTo(1);
    expect(driftScore({ statistic: 0, pValue: 0.5, threshold: 0.05 })).toBeLessThan(1);
    expect(driftScore({ statistic: 0, pValue: 0, threshold: 0.05 })).toBe(10);
    expect(driftScore({ statistic: 0.2, threshold: 0.1 })).toBeCloseTo(2);
    // No finite statistic (issue #8: a zero-spread reference): the decision sets the score.
    expect(driftScore({ statistic: null, threshold: 0.1, drifted: true })).toBe(10);
    expect(driftScore({ statistic: null, threshold: 0.1, drifted: false })).toBe(0);
    const chart = driftChart([drift('a'), drift('b', { pValue: 1e-6, drifted: true })])!;
    assertSafe(chart);
    // Most drifted first; one bar and one threshold line per column.
    expect(chart).toMatch(/x-axis \["b", "a"\]/);
    expect(chart).toMatch(/line \[1, 1\]/);
  });

  it('neutralises hostile column names', () => {
    const chart = driftChart(HOSTILE.map((h) => drift(h)))!;
    assertSafe(chart);
    const axis = chart.split('\n').find((l) => l.includes('x-axis'))!;
    // Exactly two quotes per column: nothing closed a string early.
    expect(axis.match(/"/g)).toHaveLength(2 * HOSTILE.length);
  });

  it('sits beside the drift table in a collapsed section', () => {
    const [, section] = driftDetails([drift('a', { drifted: true })]);
    expect(section).toMatch(/^<details><summary>Chart: drift per column \(1 of 1 drifted\)/);
  });
});

describe('historyCharts', () => {
  it('draws one chart per metric with at least two points, skipping versions without it', () => {
    const charts = historyCharts(
      [
        { version: 'v1', metrics: { accuracy: 0.8, log_loss: 0.5 } },
        { version: 'v2"; click', metrics: { accuracy: 0.82 } },
        { version: 'v3', metrics: { accuracy: 0.81, log_loss: null } },
      ],
      ['accuracy', 'log_loss'],
    );
    expect(charts).toHaveLength(1);
    assertSafe(charts[0]);
    expect(charts[0]).toContain('line [0.8, 0.82, 0.81]');
    expect(charts[0]).toContain('x-axis ["v1", "v2__ click", "v3"]');
  });

  it('the comparison places the history of the headline metric in its own collapsed section', () => {
    const c = { gates: [gate({})], metrics: [{ metric: 'accuracy' }] } as unknown as Comparison;
    const out = comparisonCharts(c, [{ version: 'v1', value: 0.8 }, { version: 'v2', value: 0.81 }]);
    expect(out.filter((l) => l.startsWith('<details>'))).toHaveLength(2);
    expect(out.join('\n')).toContain('line [0.8, 0.81]');
  });
});
