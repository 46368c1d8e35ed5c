// Worker threads started before the pass (src/data/parallel/early.ts), on real worker threads: the
// pass takes them in place of new ones and gives the same bytes as without them; on every path (a
// split pass, a fallback to one pass, a chunk that fails, a Parquet file of one chunk) every one of
// them is terminated by the time the pass returns, taken or not. startEarly's guess starts nothing
// where the pass will not split, and a worker that failed before it was taken is never handed out.
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { parquetWriteFile } from 'hyparquet-writer';
import { scan, type ScanResult } from '../../../src/data/scan.js';
import { scanParallel } from '../../../src/data/parallel/pass.js';
import { startEarly, startWorker, type EarlyInput, type EarlyWorkers } from '../../../src/data/parallel/early.js';
import { loadSchema } from '../../../src/data/schema.js';
import { files, rng } from '../../helpers.js';

const bytes = (r: ScanResult) => JSON.stringify({ profile: r.profile.toJSON(), violations: r.violations.toJSON(), rows: r.rowsRead, format: r.format, bytes: r.bytes });

function csv(rows: number, seed = 1): string {
  const r = rng(seed);
  const out = ['id,x,color'];
  for (let i = 0; i < rows; i++) out.push(`${i},${(r() * 100).toFixed(2)},${['red', 'green', 'blue'][Math.floor(r() * 3)]}`);
  return out.join('\n') + '\n';
}

const SCHEMA = JSON.stringify({ type: 'object', properties: { id: { type: 'integer' }, x: { type: 'number', maximum: 90 }, color: { enum: ['red', 'green'] } }, 'x-dataset': { columns: { x: { range: { min: 0, max: 95 } } } } });

/** startEarly with every started worker and every taken one recorded. */
function watched(input: EarlyInput): { early: EarlyWorkers | undefined; started: Worker[]; taken: Worker[] } {
  const started: Worker[] = [];
  const taken: Worker[] = [];
  const early = startEarly({ ...input, start: () => (started.push(startWorker()), started[started.length - 1]!) });
  const wrapped = early && {
    take: () => {
      const w = early.take();
      if (w) taken.push(w);
      return w;
    },
    stop: early.stop,
  };
  return { early: wrapped, started, taken };
}

const terminated = (ws: Worker[]) => ws.map((w) => w.threadId);

describe('early worker threads', () => {
  it('are taken by the pass in place of new ones, with the same result, and terminated after it', async () => {
    const dir = files({ 'd.csv': csv(3000), 's.json': SCHEMA });
    const data = join(dir, 'd.csv');
    const schemaPath = join(dir, 's.json');
    const opts = { files: [data], schema: loadSchema(schemaPath), keepValues: false, maxSamples: 20 };
    const chunkBytes = 4096;
    const { early, started, taken } = watched({ files: [data], workers: 3, chunkBytes });
    // The main thread is one of the 3 threads: 2 worker threads.
    expect(started).toHaveLength(2);
    const splits: number[] = [];
    const got = await scanParallel(opts, { workers: 3, schemaPath, chunkBytes, early, onSplit: (_c, w) => splits.push(w) });
    expect(splits).toEqual([3]);
    expect(taken).toHaveLength(2);
    expect(new Set(taken)).toEqual(new Set(started));
    expect(terminated(started)).toEqual([-1, -1]);
    expect(bytes(got)).toBe(bytes(await scanParallel(opts, { workers: 1, schemaPath, chunkBytes })));
    expect(bytes(got)).toBe(bytes(await scanParallel(opts, { workers: 3, schemaPath, chunkBytes })));
    expect(got.violations.count).toBeGreaterThan(0);
  }, 60_000);

  it('are terminated when the pass falls back to one pass (a unique rule) or a chunk fails (a cut inside quotes)', async () => {
    const unique = JSON.stringify({ type: 'object', 'x-dataset': { columns: { id: { unique: true } } } });
    const r = rng(9);
    const quoted = ['a,b'];
    for (let i = 0; i < 400; i++) quoted.push(`${i},"${'x'.repeat(Math.floor(r() * 50))}\n${'y'.repeat(60)}\n"`);
    const dir = files({ 'd.csv': csv(2000), 'u.json': unique, 'q.csv': quoted.join('\n') + '\n' });
    const why: string[] = [];
    const uniqueOpts = { files: [join(dir, 'd.csv')], schema: loadSchema(join(dir, 'u.json')), keepValues: false, maxSamples: 5 };
    const a = watched({ files: uniqueOpts.files, workers: 2, chunkBytes: 2048 });
    expect(a.started).toHaveLength(1);
    const got = await scanParallel(uniqueOpts, { workers: 2, chunkBytes: 2048, early: a.early, onFallback: (w) => why.push(w) });
    expect(why).toEqual(['a unique rule needs one pass']);
    expect(a.taken).toEqual([]);
    expect(terminated(a.started)).toEqual([-1]);
    expect(bytes(got)).toBe(bytes(await scan(uniqueOpts)));

    const quotedOpts = { files: [join(dir, 'q.csv')], keepValues: false, maxSamples: 5 };
    const b = watched({ files: quotedOpts.files, workers: 3, chunkBytes: 1000 });
    expect(b.started).toHaveLength(2);
    const got2 = await scanParallel(quotedOpts, { workers: 3, chunkBytes: 1000, early: b.early, onFallback: (w) => why.push(w) });
    expect(why[1]).toMatch(/inside a quoted field/);
    expect(b.taken).toHaveLength(2);
    expect(terminated(b.started)).toEqual([-1, -1]);
    expect(bytes(got2)).toBe(bytes(await scan(quotedOpts)));
  }, 60_000);

  it('on Parquet: taken for a file of several chunks, terminated unused for a file of one', async () => {
    const dir = files({});
    const write = (name: string, rows: number, groupRows: number) => {
      const r = rng(rows);
      parquetWriteFile({
        filename: join(dir, name),
        rowGroupSize: groupRows,
        columnData: [
          { name: 'id', data: Array.from({ length: rows }, (_, i) => i), type: 'INT32' },
          { name: 'x', data: Array.from({ length: rows }, () => r()), type: 'DOUBLE' },
        ],
      });
      return join(dir, name);
    };
    const many = write('many.parquet', 3000, 500);
    const one = write('one.parquet', 3000, 3000);
    // The main thread is one of the two threads, as for CSV.
    const a = watched({ files: [many], workers: 2, chunkBytes: 1 });
    expect(a.started).toHaveLength(1);
    const opts = { files: [many], keepValues: false, maxSamples: 5 };
    const got = await scanParallel(opts, { workers: 2, chunkBytes: 1, early: a.early });
    expect(a.taken).toHaveLength(1);
    expect(terminated(a.started)).toEqual([-1]);
    expect(bytes(got)).toBe(bytes(await scanParallel(opts, { workers: 1, chunkBytes: 1 })));
    // One row group: one chunk, read in one pass in this thread.
    const b = watched({ files: [one], workers: 2, chunkBytes: 1 });
    expect(b.started).toHaveLength(1);
    const splits: number[] = [];
    await scanParallel({ files: [one], keepValues: false, maxSamples: 5 }, { workers: 2, chunkBytes: 1, early: b.early, onSplit: (c) => splits.push(c) });
    expect(splits).toEqual([]);
    expect(b.taken).toEqual([]);
    expect(terminated(b.started)).toEqual([-1]);
  }, 60_000);

  it('starts nothing where the pass will not split: one worker, several files, a shard, exact drift, a small, missing, gzip or JSON Lines file', () => {
    const big = csv(2000);
    const dir = files({ 'd.csv': big, 'e.csv': big, 'd.csv.gz': big, 'd.jsonl': big, 'small.csv': 'a\n1\n' });
    const at = (n: string) => join(dir, n);
    const none = (input: EarlyInput) => {
      const w = watched(input);
      expect(w.early, JSON.stringify(input)).toBeUndefined();
      expect(w.started).toEqual([]);
    };
    const base = { files: [at('d.csv')], workers: 2, chunkBytes: 2048 };
    none({ ...base, workers: 1 });
    none({ ...base, files: [at('d.csv'), at('e.csv')] });
    none({ ...base, shard: { index: 0, count: 2 } });
    none({ ...base, keepValues: true });
    none({ ...base, files: [at('small.csv')] });
    none({ ...base, files: [at('missing.csv')] });
    none({ ...base, files: [at('d.csv.gz')] });
    none({ ...base, files: [at('d.jsonl')] });
    none({ ...base, files: [at('*.csv')] });
    none({ ...base, format: 'no-such-format' });
  });

  it('never hands out a worker that failed before it was taken', async () => {
    const dir = files({ 'd.csv': csv(2000) });
    const failing: Worker[] = [];
    const early = startEarly({
      files: [join(dir, 'd.csv')],
      workers: 2,
      chunkBytes: 2048,
      start: () => {
        const w = new Worker('throw new Error("boom")', { eval: true });
        failing.push(w);
        return w;
      },
    })!;
    expect(failing).toHaveLength(1);
    // (events.once would reject on the 'error' that comes first.)
    await new Promise((exited) => failing[0]!.on('exit', exited));
    expect(early.take()).toBeUndefined();
    await early.stop();
  });
});
