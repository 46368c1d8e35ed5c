// The weather example's monitor line: after the main job (workflows-examples/weather/modelgate.yml)
// the production version holds the profile of its training rows (2012), so the README's
// `modelgate monitor` command runs against it. The command is read from the README itself.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMain } from '../cli.js';
import { ROOT, WEATHER, tempDir } from '../helpers.js';

/** The README's `npx modelgate monitor ...` block: its arguments (shell words) and the output lines it shows. */
function readmeMonitor(): { args: string[]; shown: string[] } {
  const lines = readFileSync(join(ROOT, 'README.md'), 'utf8').split('\n');
  const start = lines.findIndex((l) => l.startsWith('npx modelgate monitor --data workflows-examples/weather/'));
  expect(start, 'README: the weather example\'s monitor line').toBeGreaterThanOrEqual(0);
  let cmd = '';
  let i = start;
  for (; lines[i].endsWith('\\'); i++) cmd += lines[i].slice(0, -1) + ' ';
  cmd += lines[i];
  const shown: string[] = [];
  for (i++; lines[i].startsWith('# '); i++) shown.push(lines[i].slice(2));
  const args = [...cmd.matchAll(/'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2]);
  expect(args.slice(0, 3)).toEqual(['npx', 'modelgate', 'monitor']);
  return { args: args.slice(2), shown };
}

describe('weather: monitor against the registered production version', () => {
  it('the training rows profiled are exactly the 2012 rows of 2012-2014', () => {
    const all = readFileSync(join(WEATHER, 'data/weather-2012-2014.csv'), 'utf8').trim().split('\n');
    const y12 = readFileSync(join(WEATHER, 'data/weather-2012.csv'), 'utf8').trim().split('\n');
    expect(y12[0]).toBe(all[0]);
    expect(y12.slice(1)).toEqual(all.slice(1).filter((l) => l.startsWith('2012-')));
    expect(y12).toHaveLength(367);
  });

  it('runs the README\'s monitor line after the main job: 2015 drifts in temperature against 2012', async () => {
    const dir = tempDir();
    const work = join(dir, 'workflows-examples/weather');
    cpSync(WEATHER, work, { recursive: true, filter: (p) => !/\/(out|\.modelgate)(\/|$)/.test(p.slice(WEATHER.length)) });
    const run = await runMain(['run', work, '--quiet']);
    expect(run.code, run.stderr).toBe(0);

    const { args, shown } = readmeMonitor();
    const here = (a: string) => a.replace(/^(oci-layout:\/\/)?workflows-examples\/weather\//, (_, scheme = '') => `${scheme}${work}/`);
    const r = await runMain(args.map(here));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('profile of 366 rows');
    // The README shows what the command prints.
    expect(r.stdout.trim().split('\n')).toEqual(shown.map((l) => l.replace('workflows-examples/weather/', `${work}/`)));

    const report = JSON.parse(readFileSync(join(work, 'out/monitor-report.json'), 'utf8'));
    expect(report.model).toMatchObject({ version: 'v1', name: 'weather' });
    expect(report.window.rows).toBe(365);
    expect(report.drift.features).toEqual(expect.arrayContaining(['precipitation', 'temp_max', 'temp_min', 'wind']));
    expect(report.drift.columns.map((c: { column: string }) => c.column).sort()).toEqual(['precipitation', 'temp_max', 'temp_min', 'wind']);
    expect(report.finding).toBe('act');

    // Recorded in v1's history, and the main job still keeps v1 (the profile is deterministic).
    const again = await runMain(['run', work, '--json', '--quiet']);
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(JSON.parse(again.stdout).outputs).register.version).toBe('v1');
    const history = await runMain(['registry', 'history', `oci-layout://${work}/out/registry/weather:production`, '--json']);
    expect(history.code, history.stderr).toBe(0);
    expect(history.stdout).toContain('monitor');

    // One row stamped in the future (a skewed clock) ends the window there: the 7-day window holds
    // that row alone, and its "none" is said to rest on it, in the log and the report's notes.
    const rows = readFileSync(join(work, 'data/weather-2015.csv'), 'utf8').trim().split('\n');
    const names = rows[0].split(',');
    const jsonl = rows.slice(1).map((l, i) => {
      const o = Object.fromEntries(l.split(',').map((v, k) => [names[k], names[k] === 'date' || names[k] === 'weather' ? v : Number(v)]));
      return JSON.stringify({ ...o, timestamp: i === 99 ? '2099-01-01T00:00:00Z' : `${o.date}T12:00:00Z` });
    });
    writeFileSync(join(dir, 'capture.jsonl'), jsonl.join('\n') + '\n');
    const future = await runMain(['monitor', '--data', join(dir, 'capture.jsonl'), '--model', `oci-layout://${work}/out/registry/weather:production`, '--window', '7d', '--report', join(dir, 'future.json')]);
    expect(future.code, future.stderr).toBe(0);
    expect(future.stderr).toMatch(/warning: the newest time, 2099-01-01T00:00:00.000Z \(\S*capture.jsonl:100\), is \d+d after now and the window ends there: 1 of 365 rows; a clock error, or Unix milliseconds read as seconds\? 'as-of' sets the window's end/);
    const notes = JSON.parse(readFileSync(join(dir, 'future.json'), 'utf8')).notes as string[];
    expect(notes.filter((n) => n.startsWith('the newest time'))).toHaveLength(1);
    // and with 'as-of' the user chose the end: no such warning
    const asOf = await runMain(['monitor', '--data', join(dir, 'capture.jsonl'), '--model', `oci-layout://${work}/out/registry/weather:production`, '--window', '7d', '--as-of', '2015-12-31', '--report', join(dir, 'asof.json')]);
    expect(asOf.code, asOf.stderr).toBe(0);
    expect(asOf.stderr).not.toContain('the newest time');
  }, 120_000);
});
