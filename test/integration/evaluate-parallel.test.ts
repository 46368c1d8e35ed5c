// evaluate-model's parallel pass (src/model/parallel/): on random files cut into many small chunks,
// 1, 2 and 7 workers give the evaluation.json of the sequential pass apart from latency, and the
// same predictions.csv bytes; inputs that are not split fall back to one pass and say why.
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import action from '../../src/actions/evaluate-model.js';
import { evaluate, type Evaluation } from '../../src/model/evaluate.js';
import { memoryLogger } from '../../src/lib/logger.js';
import { DataError } from '../../src/errors.js';
import { ROOT, inputsFor, rng, tempDir } from '../helpers.js';

const MODELS = join(ROOT, 'test/fixtures/models');

/** CSV parsing of the fixtures (no quotes in them). */
function table(name: string): { header: string[]; rows: string[][] } {
  const lines = readFileSync(join(MODELS, name), 'utf8').trim().split('\n');
  return { header: lines[0]!.split(','), rows: lines.slice(1).map((l) => l.split(',')) };
}

const GROUPS = ['a', 'b, c', 'say "hi"', 'ünï', '', 'NA'];

/**
 * `n` rows drawn from a fixture (numeric cells jittered), with a group column whose values hold
 * commas, quotes, non-ASCII text and missing cells, and some rows without a label. `newlines`:
 * group values with a quoted line feed too.
 */
function randomFile(dir: string, fixture: string, label: string, n: number, seed: number, opts: { newlines?: boolean; bad?: number } = {}): string {
  const { header, rows } = table(fixture);
  const r = rng(seed);
  const li = header.indexOf(label);
  const out = [[...header, 'grp'].join(',')];
  for (let i = 0; i < n; i++) {
    const src = rows[Math.floor(r() * rows.length)]!;
    const cells = src.map((c, j) => {
      if (j === li) return r() < 0.03 ? '' : c;
      const x = Number(c);
      return c !== '' && Number.isFinite(x) && !/^c\d/.test(c) ? String(Number((x * (0.9 + 0.2 * r())).toPrecision(6))) : c;
    });
    if (opts.bad === i) cells[li === 0 ? 1 : 0] = 'abc';
    let g = GROUPS[Math.floor(r() * GROUPS.length)]!;
    if (opts.newlines && r() < 0.5) g = `line\nbreak ${i % 3}`;
    out.push([...cells, /[",\n]/.test(g) ? `"${g.replace(/"/g, '""')}"` : g].join(','));
  }
  const path = join(dir, `${fixture.replace('.csv', '')}-${seed}.csv`);
  writeFileSync(path, out.join('\n') + '\n');
  return path;
}

async function run(values: Record<string, string>, extra: { workers?: number; chunkBytes?: number } = {}) {
  const dir = tempDir();
  const config = action.parse(inputsFor('evaluate-model', { out: join(dir, 'evaluation.json'), ...values }));
  const log = memoryLogger();
  const ev = await evaluate({ ...config, ...extra }, log);
  return { ev, predictions: readFileSync(ev.predictions!), lines: log.lines };
}

/** evaluation.json without what differs between runs: latency (timing), the output paths, and the data's name. */
function comparable(ev: Evaluation): unknown {
  const { latency: _l, predictions: _p, data, ...rest } = ev;
  return { ...rest, rows: ev.rows, data: { shard: data.shard } };
}

const CASES: { model: string; fixture: string; label: string; extra: Record<string, string> }[] = [
  { model: 'binary_logreg_tensor.onnx', fixture: 'breast_cancer.csv', label: 'target', extra: { 'slice-by': 'grp', sensitive: 'grp', 'min-slice-rows': '5' } },
  { model: 'mixed_columns.onnx', fixture: 'customers.csv', label: 'churned', extra: { 'slice-by': 'grp region', 'min-slice-rows': '5' } },
  { model: 'multiclass_tree_strlabels.onnx', fixture: 'iris.csv', label: 'species', extra: { 'slice-by': 'grp' } },
  { model: 'regression_linear.onnx', fixture: 'diabetes.csv', label: 'disease_progression', extra: { 'batch-size': '37', ignore: 'grp' } },
];

describe('evaluate-model over byte ranges on worker threads', () => {
  for (const [k, c] of CASES.entries()) {
    it(`${c.model}: 1, 2 and 7 workers give the sequential pass's evaluation and predictions bytes`, async () => {
      const dir = tempDir();
      const data = randomFile(dir, c.fixture, c.label, 2000, 11 + k);
      // The sequential pass reads the same rows from a gzip copy (never split).
      const gz = `${data}.gz`;
      writeFileSync(gz, gzipSync(readFileSync(data)));
      const values = { model: join(MODELS, c.model), label: c.label, bootstrap: '200', ...c.extra };
      const seq = await run({ ...values, data: gz }, { workers: 2 });
      expect(seq.lines.join('\n')).toContain('reads on one thread: a .gz file is read in one pass');
      expect(seq.ev.rows).toBeGreaterThan(1850);
      for (const workers of [1, 2, 7]) {
        const par = await run({ ...values, data }, { workers, chunkBytes: 8192 });
        const split = par.lines.find((l) => l.includes('chunks on'));
        if (workers > 1) expect(split).toMatch(new RegExp(`in \\d\\d+ chunks on ${workers} worker threads, each with an onnxruntime session of 1 intra-op thread`));
        else expect(split).toBeUndefined();
        expect(par.lines.join('\n')).not.toContain('one sequential pass');
        expect(comparable(par.ev)).toEqual(comparable(seq.ev));
        expect(par.predictions.equals(seq.predictions), `predictions.csv, ${workers} workers`).toBe(true);
        expect(par.ev.latency.batches).toBeGreaterThan(seq.ev.latency.batches - 1);
      }
    });
  }

  it('a cut inside a quoted field: reads the file again in one pass, saying so, with the same result', async () => {
    const dir = tempDir();
    const data = randomFile(dir, 'breast_cancer.csv', 'target', 2000, 5, { newlines: true });
    const gz = `${data}.gz`;
    writeFileSync(gz, gzipSync(readFileSync(data)));
    const values = { model: join(MODELS, 'binary_logreg_tensor.onnx'), label: 'target', 'slice-by': 'grp', bootstrap: '200' };
    const par = await run({ ...values, data }, { workers: 2, chunkBytes: 4096 });
    expect(par.lines.join('\n')).toMatch(/reads .* again in one sequential pass: the cut at byte \d+ falls inside a quoted field/);
    const seq = await run({ ...values, data: gz }, { workers: 1 });
    expect(comparable(par.ev)).toEqual(comparable(seq.ev));
    expect(par.predictions.equals(seq.predictions)).toBe(true);
  });

  it('a bad cell in a later chunk is reported with its line in the file, as the sequential pass reports it', async () => {
    const dir = tempDir();
    const data = randomFile(dir, 'breast_cancer.csv', 'target', 2000, 6, { bad: 1700 });
    const values = { model: join(MODELS, 'binary_logreg_tensor.onnx'), label: 'target', ignore: 'grp', 'batch-size': '256' };
    const log = memoryLogger();
    const config = action.parse(inputsFor('evaluate-model', { out: join(dir, 'evaluation.json'), ...values, data }));
    const err = await evaluate({ ...config, workers: 2, chunkBytes: 8192 }, log).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataError);
    expect((err as DataError).message).toBe(`${data}:1702: column 'mean_radius': 'abc' is not a number, and the model takes a number there`);
    expect((err as DataError).line).toBe(1702);
    expect(log.lines.join('\n')).toMatch(/again in one sequential pass: an error at bytes \d+-\d+, which that pass reports with its line/);
  });

  it('hostile cells: the byte path feeds the values and words the errors of the string path', async () => {
    const dir = tempDir();
    const data = randomFile(dir, 'breast_cancer.csv', 'target', 600, 8);
    const lines = readFileSync(data, 'utf8').split('\n');
    const values = { model: join(MODELS, 'binary_logreg_tensor.onnx'), label: 'target', ignore: 'grp', 'batch-size': '64', bootstrap: '200' };
    const withCells = (cells: string[], name: string) => {
      const edited = lines.map((l, i) => (i >= 100 && i < 100 + cells.length ? l.replace(/^[^,]*/, cells[i - 100]!) : l)).join('\n');
      const path = join(dir, `${name}.csv`);
      writeFileSync(path, edited);
      writeFileSync(`${path}.gz`, gzipSync(edited));
      return path;
    };
    const outcome = (p: Promise<{ ev: Evaluation; predictions: Buffer }>) => p.then((r) => ({ ev: comparable(r.ev), predictions: r.predictions.toString('utf8') }), (e: Error) => ({ error: e.message.replace('.csv.gz', '.csv') }));
    // Past the first batch (the main thread reads that one to decide the task) and within the first
    // chunk (whose errors are final), so the byte path words them.
    const par = (data: string) => outcome(run({ ...values, data }, { workers: 1, chunkBytes: 65536 }));
    // Valid numbers in unusual spellings: the same predictions.
    const ok = withCells([' 12.5 ', '1.25e1', '0x10', '+14', '"15.0"', '16.'], 'spellings');
    const [a, b] = await Promise.all([par(ok), outcome(run({ ...values, data: `${ok}.gz` }, { workers: 1 }))]);
    expect('error' in a).toBe(false);
    expect(a).toEqual(b);
    // Refused cells: the same message, file, line and column.
    for (const [k, bad] of ['Infinity', '1e39', '0x1g', 'n/a', ' ', '1e400', '-'].entries()) {
      const path = withCells(['1.5', bad], `bad${k}`);
      const [x, y] = await Promise.all([par(path), outcome(run({ ...values, data: `${path}.gz` }, { workers: 1 }))]);
      expect(x, bad).toHaveProperty('error');
      expect(x, bad).toEqual(y);
      expect((x as { error: string }).error).toContain(`${path}:102:`);
    }
  });

  it('inputs that are not split are read on one thread, with one line saying why', async () => {
    const dir = tempDir();
    const data = randomFile(dir, 'breast_cancer.csv', 'target', 300, 7);
    const values = { model: join(MODELS, 'binary_logreg_tensor.onnx'), label: 'target', ignore: 'grp', bootstrap: '200' };
    const why = async (v: Record<string, string>) => (await run({ ...values, data, ...v }, { workers: 2, chunkBytes: 4096 })).lines.filter((l) => l.includes('reads on one thread'));
    expect(await why({ shard: '0/2' })).toEqual(["evaluate-model reads on one thread: 'shard' reads every n-th row in one pass"]);
    expect(await why({ importance: 'true', 'importance-repeats': '1', 'importance-max-rows': '50' })).toEqual(["evaluate-model reads on one thread: 'importance' samples rows in one pass"]);
    expect(await why({ data: `${data}\n${data}` })).toEqual(['evaluate-model reads on one thread: several data files are read in one pass']);
    // One worker asked for: nothing to explain.
    const one = await run({ ...values, data, shard: '0/2' }, { workers: 1, chunkBytes: 4096 });
    expect(one.lines.filter((l) => l.includes('one thread'))).toEqual([]);
  });
});
