// monitor's strict parsing (thresholds, window, times) and the window of rows it reads.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, parseThresholds, parseTime, parseWindow } from '../../../src/monitor/config.js';
import { readWindow, scanWindow } from '../../../src/monitor/window.js';
import { tempDir } from '../../helpers.js';

describe('thresholds', () => {
  it('defaults every key, stated once', () => {
    const t = parseThresholds(undefined, 'thresholds');
    expect({ ...t, drift: undefined }).toEqual({ ...DEFAULT_THRESHOLDS, drift: undefined });
    expect(t.drift.datasetDriftShare).toBe(0.5);
  });
  it('takes every key and refuses unknown keys and bad values with the key named', () => {
    const t = parseThresholds({ alpha: 0.01, 'top-features': 5, 'warn-drifted-features': 2, 'act-drifted-share': 0.75, 'prediction-drift': 'warn', quality: 'none', 'min-labelled-rows': 100, metrics: ['accuracy'], drift: { 'small-sample': 50 } }, 'f.yml');
    expect(t).toMatchObject({ alpha: 0.01, topFeatures: 5, warnDriftedFeatures: 2, actDriftedShare: 0.75, predictionDrift: 'warn', quality: 'none', minLabelledRows: 100, metrics: ['accuracy'] });
    expect(t.drift.smallSample).toBe(50);
    expect(() => parseThresholds({ alfa: 1 }, 'f.yml')).toThrow(/f\.yml: unknown key 'alfa'/);
    expect(() => parseThresholds({ alpha: 1 }, 'f.yml')).toThrow(/alpha must be a number in \(0, 1\)/);
    expect(() => parseThresholds({ 'top-features': 1.5 }, 'f.yml')).toThrow(/top-features must be a non-negative integer/);
    expect(() => parseThresholds({ quality: 'fail' }, 'f.yml')).toThrow(/quality must be one of none, warn, act/);
    expect(() => parseThresholds({ metrics: 'accuracy' }, 'f.yml')).toThrow(/metrics must be a list/);
    expect(() => parseThresholds({ drift: { foo: 1 } }, 'f.yml')).toThrow(/f\.yml: drift: unknown key 'foo'/);
    expect(() => parseThresholds([1], 'f.yml')).toThrow(/must be a mapping/);
  });
});

describe('window and time', () => {
  it('parses window lengths and refuses anything else', () => {
    expect(parseWindow('7d')).toBe(7 * 86_400_000);
    expect(parseWindow('12h')).toBe(12 * 3_600_000);
    expect(parseWindow('2w')).toBe(14 * 86_400_000);
    expect(parseWindow('1.5h')).toBe(5_400_000);
    expect(parseWindow('1d12h')).toBe(36 * 3_600_000);
    expect(parseWindow('90s')).toBe(90_000);
    for (const bad of ['7', '7 days', '-1d', '0m', 'd', '7s', '59s', '11000d']) expect(() => parseWindow(bad), bad).toThrow(/input 'window'/);
  });
  it('reads ISO times as UTC unless they carry an offset, numbers as Unix seconds', () => {
    expect(parseTime('2026-12-06T10:00:00Z')).toBe(Date.UTC(2026, 11, 6, 10));
    expect(parseTime('2026-12-06 10:00:00')).toBe(Date.UTC(2026, 11, 6, 10));
    expect(parseTime('2026-12-06T10:00:00+02:00')).toBe(Date.UTC(2026, 11, 6, 8));
    expect(parseTime('2026-12-06')).toBe(Date.UTC(2026, 11, 6));
    expect(parseTime(1_700_000_000)).toBe(1_700_000_000_000);
    expect(parseTime('1700000000')).toBe(1_700_000_000_000);
    for (const bad of ['soon', '12/06/2026', '', null, true, NaN]) expect(parseTime(bad), String(bad)).toBeUndefined();
    // The calendar is checked, as validate-data checks it (Date.parse rolled these into the next month).
    expect(parseTime('2024-02-29')).toBe(Date.UTC(2024, 1, 29));
    for (const bad of ['2024-02-30', '2023-02-29', '2026-04-31', '2026-12-06T24:30:00Z', '2026-13-01']) expect(parseTime(bad), bad).toBeUndefined();
  });

  const capture = (rows: Record<string, unknown>[]) => {
    const f = join(tempDir(), 'capture.jsonl');
    writeFileSync(f, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
    return f;
  };
  const row = (day: number, extra: Record<string, unknown> = {}) => ({ request_id: `r${day}`, variant: 'stable', version: 'v1', shadow: false, timestamp: new Date(Date.UTC(2026, 0, day)).toISOString(), x: day, prediction: 'a', ...extra });

  it('keeps the rows within the window of the newest row, or of as-of, and leaves shadow answers out', async () => {
    const f = capture([row(1), row(5), row(9), row(10), row(10, { shadow: true, variant: 'candidate' })]);
    const w = await readWindow({ data: [f], windowMs: 2 * 86_400_000 });
    expect(w.rows.map((r) => r.cells[w.columns.indexOf('x')])).toEqual([9, 10]);
    expect(w).toMatchObject({ rowsRead: 5, shadowDropped: 1, timeColumn: 'timestamp', to: Date.UTC(2026, 0, 10), from: Date.UTC(2026, 0, 8) });
    const asOf = await readWindow({ data: [f], windowMs: 5 * 86_400_000 + 1, asOf: Date.UTC(2026, 0, 6) });
    expect(asOf.rows.map((r) => r.cells[w.columns.indexOf("x")])).toEqual([1, 5]); // (to - window, to]: the start is open
    expect((await readWindow({ data: [f], windowMs: 5 * 86_400_000, asOf: Date.UTC(2026, 0, 6) })).rows).toHaveLength(1);
    const all = await readWindow({ data: [f] });
    expect(all.rows).toHaveLength(4);
    expect(all.from).toBeNull();
    // The kept rows replay into validate-data's scan: the profile has exactly them.
    const s = await scanWindow(w, undefined, []);
    expect(s.profile.rows).toBe(2);
    expect(s.profile.byName.get('x')!.moments.mean).toBe(9.5);
  });

  it("leaves out the rows another version answered when the capture names the monitored one", async () => {
    const f = capture([row(1), row(2, { variant: 'candidate', version: 'v2' }), row(3)]);
    const w = await readWindow({ data: [f], version: 'v1' });
    expect(w.rows.map((r) => r.cells[w.columns.indexOf('x')])).toEqual([1, 3]);
    expect(w.otherVersionDropped).toBe(1);
    expect((await scanWindow(w, undefined, [])).profile.rows).toBe(2);
    // Served from a file, capture's versions are not the registry's: every row stays.
    const all = await readWindow({ data: [f], version: 'v7' });
    expect([all.rows.length, all.otherVersionDropped]).toEqual([3, 0]);
  });

  it('names the file and line of a time that is not one, and needs a time column for a window', async () => {
    const f = capture([row(1), { ...row(2), timestamp: 'yesterday' }]);
    await expect(readWindow({ data: [f], windowMs: 86_400_000 })).rejects.toThrow(/capture\.jsonl:2: "timestamp" 'yesterday' is not an ISO 8601 time/);
    const feb30 = capture([row(1), row(2), { ...row(3), timestamp: '2026-02-30T10:00:00Z' }]);
    await expect(readWindow({ data: [feb30], windowMs: 86_400_000 })).rejects.toThrow(/capture\.jsonl:3: "timestamp" '2026-02-30T10:00:00Z' is not an ISO 8601 time \(a real date\)/);
    const g = join(tempDir(), 'plain.csv');
    writeFileSync(g, 'x,y\n1,2\n');
    await expect(readWindow({ data: [g], windowMs: 86_400_000 })).rejects.toThrow(/input 'window' needs a time column/);
    await expect(readWindow({ data: [g], timeColumn: 'when' })).rejects.toThrow(/input 'time-column': "when" is not a column/);
    // A JSON Lines key first seen on line 2: line 1 has no time.
    const late = capture([{ x: 1 }, row(2)]);
    // It said '"timestamp" is empty' of a row that has no such key; null is the empty one.
    await expect(readWindow({ data: [late] })).rejects.toThrow(/capture\.jsonl:1: the row has no "timestamp" \(the time column\): every row needs one/);
    const empty = capture([row(1), { ...row(2), timestamp: null }]);
    await expect(readWindow({ data: [empty] })).rejects.toThrow(/capture\.jsonl:2: "timestamp" is empty/);
  });

  it('keeps only the window\'s rows across files, each with its file and line', async () => {
    const old = capture(Array.from({ length: 50 }, (_, i) => row(1, { request_id: `o${i}`, x: i })));
    const recent = capture([row(9), row(10)]);
    const w = await readWindow({ data: [old, recent], windowMs: 3 * 86_400_000 });
    expect(w.rowsRead).toBe(52);
    expect(w.rows.map((r) => [r.file, r.line])).toEqual([
      [recent, 1],
      [recent, 2],
    ]);
    expect(w.events.filter((e) => e.t === 'row')).toHaveLength(2);
    expect((await scanWindow(w, undefined, [])).profile.rows).toBe(2);
  });
});
