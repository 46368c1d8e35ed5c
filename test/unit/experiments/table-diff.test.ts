// exp show's table and CSV, and exp diff's unpaired fallback.
import { describe, expect, it } from 'vitest';
import { diffRuns, findRun, whyUnpaired } from '../../../src/experiments/diff.js';
import { columnsOf, runCsv, runTable, textTable } from '../../../src/experiments/table.js';
import { makeRun } from './runs.js';

describe('table and CSV', () => {
  const runs = [
    makeRun({ at: 1, params: { C: 1, label: 'y', note: '=HYPERLINK("x")' }, metrics: { auc: { value: 0.812345, ci: [0.8, 0.83] } } }),
    makeRun({ at: 2, params: { C: 0.1, label: 'y', note: 'a,"b"\nc' }, metrics: { auc: { value: 0.79, ci: null } } }),
  ];
  it('shows params that differ and every metric, values with intervals', () => {
    expect(columnsOf(runs)).toEqual({ params: ['C', 'note'], metrics: ['auc'] });
    expect(columnsOf(runs, true).params).toEqual(['C', 'label', 'note']);
    const t = runTable(runs);
    expect(t.header.slice(-3)).toEqual(['params.C', 'params.note', 'metrics.auc']);
    expect(t.rows[0].at(-1)).toBe('0.8123 [0.8, 0.83]');
    expect(t.rows[1].at(-1)).toBe('0.79');
    expect(textTable(t)).not.toMatch(/\n c/); // a newline from data does not break the table
  });
  it('CSV: full precision, bounds in their own columns, formulas and quotes made safe', () => {
    const lines = runCsv(runs).split('\r\n');
    expect(lines[0]).toMatch(/,params\.C,params\.note,metrics\.auc,metrics\.auc\.low,metrics\.auc\.high$/);
    expect(lines[1]).toMatch(/,1,"'=HYPERLINK\(""x""\)",0\.812345,0\.8,0\.83$/);
    expect(lines[2]).toContain(',0.1,"a,""b""\nc",0.79,,');
  });
});

describe('exp diff', () => {
  it('finds runs by id or unique prefix', () => {
    const a = makeRun({ at: 1 });
    const b = makeRun({ at: 2 });
    expect(findRun([a, b], a.id.slice(0, 18))).toBe(a);
    expect(() => findRun([a, b], '2026')).toThrow(/names 2 runs/);
  });
  it('says why a comparison cannot be paired', () => {
    const a = makeRun({ at: 1 });
    expect(whyUnpaired({ ...a, source: 'train' }, a)).toMatch(/only evaluations/);
    expect(whyUnpaired(a, { ...a, data: { sha256: 'c'.repeat(64), rows: 100 } })).toMatch(/different data \(sha256 dddddddddddd… and cccccccccccc…\)/);
    expect(whyUnpaired(a, { ...a, data: { sha256: 'd'.repeat(64), rows: 99 } })).toMatch(/evaluated 100 and 99 rows/);
    expect(whyUnpaired(a, a)).toMatch(/recorded no evaluation file/);
    expect(whyUnpaired({ ...a, evaluation: '/nonexistent/evaluation.json' }, a)).toMatch(/evaluation \/nonexistent\/evaluation.json is not on this machine/);
  });
  it('unpaired: b − a with an interval from the two runs\' own intervals (normal approximation)', () => {
    const a = makeRun({ at: 1, params: { C: 1, x: 1 }, metrics: { auc: { value: 0.8, ci: [0.7, 0.9] } } });
    const b = makeRun({ at: 2, params: { C: 2, y: 1 }, metrics: { auc: { value: 0.85, ci: [0.75, 0.95] } } });
    const d = diffRuns(a, b);
    expect(d.paired).toBe(false);
    expect(d.params).toEqual([
      { key: 'C', change: 'modified', a: 1, b: 2 },
      { key: 'x', change: 'removed', a: 1, b: undefined },
      { key: 'y', change: 'added', a: undefined, b: 1 },
    ]);
    const m = d.metrics[0];
    expect(m.delta).toBeCloseTo(0.05, 12);
    // se of each = 0.1 / 1.96; of the difference sqrt(2) times that; 95%: ±0.1414.
    expect(m.ci![0]).toBeCloseTo(0.05 - Math.SQRT2 * 0.1, 4);
    expect(m.ci![1]).toBeCloseTo(0.05 + Math.SQRT2 * 0.1, 4);
    // z = 0.05 / 0.0722 = 0.693, two-sided p = 0.489 (scipy.stats.norm.sf(0.693) * 2).
    expect(m.pValue!).toBeCloseTo(0.4884, 3);
    expect(m.test).toBe('unpaired normal approximation');
  });
});
