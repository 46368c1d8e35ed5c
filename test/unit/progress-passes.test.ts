// Where the progress line (src/lib/progress.ts) is shown: the CLI's choice of terminal, CI or
// nothing, the bytes the readers report, and evaluate-model's pass over its data.
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import evaluateAction from '../../src/actions/evaluate-model.js';
import validateAction from '../../src/actions/validate-data.js';
import { readRows } from '../../src/data/readers.js';
import { memoryLogger, stderrProgress } from '../../src/lib/logger.js';
import type { Progress } from '../../src/lib/progress.js';
import { ROOT, inputsFor, tempDir } from '../helpers.js';

describe('stderrProgress: the CLI on stderr', () => {
  it('redraws on a terminal, writes plain lines under CI, and is silent otherwise or with --quiet/--json', () => {
    let t = 0;
    const run = (opts: { off?: boolean; isTTY: boolean; ci: boolean }) => {
      const out: string[] = [];
      t = 0;
      const p = stderrProgress('L', { ...opts, write: (s) => out.push(s), now: () => t });
      for (t = 0; t <= 12_000; t += 100) p?.update(t, 12_000, t);
      p?.end();
      return out;
    };
    expect(run({ off: true, isTTY: true, ci: true })).toEqual([]);
    expect(run({ isTTY: false, ci: false })).toEqual([]);
    const tty = run({ isTTY: true, ci: true });
    expect(tty.length).toBeGreaterThan(20); // redrawn up to 5 times a second
    expect(tty.every((s) => s.startsWith('\r') && !s.includes('\n'))).toBe(true);
    const ci = run({ isTTY: false, ci: true });
    expect(ci).toHaveLength(3); // at 2 s, 7 s and 12 s
    expect(ci[0]).toMatch(/^L: 2,000 rows, 17%, .* ETA \d+ s\n$/);
  });

  it('the console logger offers no progress with --quiet or --json', async () => {
    const { consoleLogger } = await import('../../src/lib/logger.js');
    expect(consoleLogger({ quiet: true }).progress!('L')).toBeUndefined();
    expect(consoleLogger({ json: true }).progress!('L')).toBeUndefined();
  });
});

describe('readRows reports the bytes read', () => {
  it('after each chunk, ending at the size of the files, across files', async () => {
    const dir = tempDir();
    const a = join(dir, 'a.csv');
    const b = join(dir, 'b.csv');
    writeFileSync(a, 'x,y\n' + Array.from({ length: 200_000 }, (_, i) => `${i},${i % 7}`).join('\n') + '\n');
    writeFileSync(b, 'x,y\n1,2\n');
    const seen: number[] = [];
    await readRows([a, b], { header() {}, row() {} }, { onBytes: (n) => seen.push(n) });
    expect(seen.length).toBeGreaterThan(2); // a is over 1 MiB: several chunks
    expect([...seen].sort((p, q) => p - q)).toEqual(seen);
    expect(seen.at(-1)).toBe(statSync(a).size + statSync(b).size);
  });
});

describe('evaluate-model shows its pass', () => {
  it('feeds the progress line the bytes, the total and the rows, and ends it', async () => {
    const calls: [number, number, number][] = [];
    let ended = 0;
    let label = '';
    const log = {
      ...memoryLogger(),
      progress: (l: string): Progress => {
        label = l;
        return { update: (d, t, r) => void calls.push([d, t, r]), end: () => void ended++ };
      },
    };
    const data = join(ROOT, 'test/fixtures/models/customers.csv');
    const config = evaluateAction.parse(inputsFor('evaluate-model', { model: join(ROOT, 'test/fixtures/models/mixed_columns.onnx'), data, label: 'churned', out: join(tempDir(), 'evaluation.json') }));
    await evaluateAction.run(config, log);
    expect(label).toBe(`Evaluating ${data}`);
    expect(calls.at(-1)).toEqual([statSync(data).size, statSync(data).size, 300]);
    expect(ended).toBe(1);
  });
});

describe('validate-data shows its pass', () => {
  /** Runs validate-data on `data` with a logger that records the progress line's calls. */
  async function progressOf(data: string, extra: Record<string, string> = {}) {
    const calls: [number, number, number][] = [];
    let ended = 0;
    let label = '';
    const log = {
      ...memoryLogger(),
      progress: (l: string): Progress => {
        label = l;
        return { update: (d, t, r) => void calls.push([d, t, r]), end: () => void ended++ };
      },
    };
    const out = tempDir();
    const config = validateAction.parse(inputsFor('validate-data', { data, report: join(out, 'report.json'), 'fail-on': 'never', ...extra }));
    await validateAction.run(config, log);
    return { calls, ended, label };
  }

  it('in one sequential pass (CSV without a trailing newline, JSON Lines): bytes of the total, rows, up to the last row', async () => {
    const dir = tempDir();
    const csv = join(dir, 'd.csv');
    // Over 1 MiB, so the reader reports several chunks; no line feed after the last row.
    writeFileSync(csv, 'x,y\n' + Array.from({ length: 150_000 }, (_, i) => `${i},${i % 7}`).join('\n'));
    const size = statSync(csv).size;
    const r = await progressOf(csv, { workers: '1' });
    expect(r.label).toBe(`Reading ${csv}`);
    expect(r.calls.length).toBeGreaterThan(2);
    expect(r.calls.every(([, t]) => t === size)).toBe(true);
    expect(r.calls.at(-1)).toEqual([size, size, 150_000]);
    expect(r.ended).toBe(1);
    const jsonl = join(dir, 'd.jsonl');
    writeFileSync(jsonl, Array.from({ length: 500 }, (_, i) => JSON.stringify({ x: i })).join('\n') + '\n');
    expect((await progressOf(jsonl)).calls.at(-1)).toEqual([statSync(jsonl).size, statSync(jsonl).size, 500]);
  });
});
