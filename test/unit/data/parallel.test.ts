// The parallel pass of validate-data (src/data/parallel): on random CSV files with every kind of
// rule, quoted fields (delimiters, doubled quotes, embedded newlines), CRLF lines, a byte order
// mark, ragged rows and bad cells, cut into small chunks, 1, 2 and 7 workers give the same scan
// result byte for byte (profile JSON, violations, rule states, rows); the states that merge exactly
// equal a single sequential pass; and inputs the split can not serve fall back to that pass. The
// same for Parquet files (written by hyparquet-writer: several row groups, nulls, time columns),
// cut into runs of row groups.
import { join } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNaValues, scan, type ScanResult } from '../../../src/data/scan.js';
import { scanParallel } from '../../../src/data/parallel/pass.js';
import { planCuts } from '../../../src/data/parallel/chunks.js';
import { loadSchema } from '../../../src/data/schema.js';
import { parquetWriteFile } from 'hyparquet-writer';
import { files, rng } from '../../helpers.js';

function randomCsv(seed: number, rows: number, { crlf = false, bom = false, quotedNewlines = 0.05 } = {}): string {
  const r = rng(seed);
  const pick = <T,>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const lines = ['id,price,qty,flag,color,auto,code,note,ts,day'];
  // Timestamps that mostly move forward (a step back now and then, a gap of hours now and then),
  // with zones, without, and a few impossible ones; dates around a leap day.
  let t = Date.UTC(2016, 1, 27);
  for (let i = 0; i < rows; i++) {
    t += r() < 0.01 ? -3_600_000 : r() < 0.005 ? 10 * 3_600_000 : Math.floor(r() * 120_000);
    const iso = new Date(t).toISOString();
    const cells = [
      String(r() < 0.02 ? i - 1 : i),
      r() < 0.05 ? '' : r() < 0.03 ? pick(['1,000', 'abc', ' 5', '0x10', '1e3', '-0', 'Infinity']) : (r() * 200 - 20).toFixed(Math.floor(r() * 4)),
      r() < 0.03 ? pick(['', '2.5', 'x']) : String(Math.floor(r() * 400)),
      pick(['true', 'false', 'TRUE', 'False', 'yes', '', '1']),
      pick(['red', 'green', 'blue', 'purple', '']),
      pick(['12', '-3.5', 'abc', '', '.5', '+7', ' 8', '1e2', 'n/a', 'NA', String(Math.floor(r() * 1000))]),
      pick(['A1', 'B2', 'C3', '7', '8.5', '', `u${Math.floor(r() * 5000)}`]),
      `"${r() < quotedNewlines ? pick(['two\nlines', 'cr\r\nlf']) : pick(['a', 'b, c', 'd ""e""'])}"`,
      r() < 0.01 ? pick(['2016-02-30T00:00:00Z', '', 'soon']) : r() < 0.3 ? iso.slice(0, 19).replace('T', ' ') : r() < 0.3 ? iso.replace('Z', '+00:00') : iso,
      r() < 0.01 ? '2015-02-29' : iso.slice(0, 10),
    ];
    if (r() < 0.01) cells.pop(); // a ragged row
    lines.push(cells.join(','));
  }
  return (bom ? '\ufeff' : '') + lines.join(crlf ? '\r\n' : '\n') + (crlf ? '\r\n' : '\n');
}

const RULES = {
  price: { 'max-null-fraction': 0.01, range: { min: -5, max: 150, 'max-outside-fraction': 0.001 } },
  qty: { range: { max: 380 } },
  flag: { categories: { values: [true] } },
  color: { categories: { values: ['red', 'green'], 'max-unexpected-fraction': 0.5 } },
  auto: { range: { min: 0 } },
  code: { 'max-null-fraction': 0.5 },
  ts: { monotonic: true, 'max-gap': '6h', 'not-future': true, freshness: '1d' },
  day: { freshness: { 'max-age': '30d' }, 'not-future': true },
};

const schemaText = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    type: 'object',
    properties: {
      id: { type: 'integer' },
      price: { type: ['number', 'null'], minimum: 0 },
      qty: { type: 'integer', maximum: 390 },
      flag: { type: ['boolean', 'null'] },
      color: { enum: ['red', 'green', 'blue', null] },
      code: { type: ['string', 'number', 'null'] },
      note: { type: 'string', maxLength: 3 },
      day: { type: ['string', 'null'], format: 'date' },
    },
    required: ['id', 'price', 'missing_column'],
    'x-dataset': { 'min-rows': 10, columns: { ...RULES, ...extra } },
  });

/** The whole result as bytes: what the report and the profile file are made of. */
const bytes = (r: ScanResult) => JSON.stringify({ profile: r.profile.toJSON(), violations: r.violations.toJSON(), rows: r.rowsRead, format: r.format, bytes: r.bytes });

describe('scanParallel', () => {
  it.each([
    [1, { quotedNewlines: 0.002 }],
    [2, { crlf: true, bom: true, quotedNewlines: 0.002 }],
    [3, { quotedNewlines: 0 }],
  ])('gives the same result for 1, 2 and 7 workers (seed %i, %o)', async (seed, shape) => {
    const dir = files({ 'd.csv': randomCsv(seed, 3000, shape), 's.json': schemaText() });
    const data = join(dir, 'd.csv');
    const schemaPath = join(dir, 's.json');
    const schema = loadSchema(schemaPath);
    const size = readFileSync(data).length;
    // Small chunks so that the file is cut many times; a cut inside a quoted field must be detected.
    const chunkBytes = 7919;
    // The run's time: inside the data's span, so some rows are in the future.
    const asOf = Date.UTC(2016, 1, 28, 12);
    const opts = { files: [data], schema, keepValues: false, maxSamples: 40, naValues: parseNaValues([]), asOf };
    const results: string[] = [];
    const fallbacks: string[] = [];
    for (const workers of [1, 2, 7]) {
      const r = await scanParallel(opts, { workers, schemaPath, chunkBytes, onFallback: (why) => fallbacks.push(why) });
      results.push(bytes(r));
    }
    expect(results[1]).toBe(results[0]);
    expect(results[2]).toBe(results[0]);
    const seq = await scan(opts);
    const par = JSON.parse(results[0]);
    const one = JSON.parse(bytes(seq));
    expect(fallbacks).toEqual([]);
    expect(planCuts(data, size, chunkBytes).length).toBeGreaterThan(10);
    // Against one sequential pass: everything but the moments' last bits (merged by Chan's formula) is equal.
    expect(par.rows).toBe(one.rows);
    expect(par.violations).toEqual(one.violations);
    // Every time rule found something, so the merged states were put to the test.
    expect(Object.keys(one.violations.byRule)).toEqual(expect.arrayContaining(['monotonic', 'max-gap', 'not-future', 'invalid-date', 'format']));
    expect(one.profile.columns.find((c: { name: string }) => c.name === 'ts').type).toBe('date-time');
    // (An unquoted "1,000" with a dropped last cell shifts a timestamp into `day` now and then.)
    expect(one.profile.columns.find((c: { name: string }) => c.name === 'day').type).toMatch(/^date/);
    for (const [i, c] of one.profile.columns.entries()) {
      const p = par.profile.columns[i];
      for (const k of ['name', 'type', 'nulls', 'numbers', 'integers', 'strings', 'booleans', 'nonFinite', 'quantiles', 'distinct', 'time']) expect(p[k], `${c.name}.${k}`).toEqual(c[k]);
      if (c.top.exact) expect(p.top).toEqual(c.top);
      expect(p.moments.count).toBe(c.moments.count);
      expect(p.moments.min).toBe(c.moments.min);
      expect(p.moments.max).toBe(c.moments.max);
      if (c.moments.count) expect(p.moments.mean).toBeCloseTo(c.moments.mean, 9);
    }
  }, 60_000);

  it('judges text in a numeric column on the whole file, not per chunk', async () => {
    // 3% text in the first half, 15% in the second: 9% over the file, so the column is numeric and
    // every text cell a violation; per chunk the second half alone would have been a text column.
    const lines = ['a,b'];
    for (let i = 0; i < 5000; i++) lines.push(`${i},${i % 100 < (i < 2500 ? 3 : 15) ? 'n/a-ish' : i}`);
    const dir = files({ 'x.csv': lines.join('\n') + '\n' });
    const opts = { files: [join(dir, 'x.csv')], keepValues: false, maxSamples: 20, naValues: parseNaValues([]) };
    const seq = await scan(opts);
    const par = await scanParallel(opts, { workers: 2, chunkBytes: 5000 });
    expect(seq.violations.byRule['not-a-number']).toBe(450);
    expect(JSON.stringify(par.violations.toJSON())).toBe(JSON.stringify(seq.violations.toJSON()));
  });

  it('detects a cut inside a quoted field and falls back to one pass, with the same result', async () => {
    // Every record holds a long quoted field with newlines, so cuts at the first LF after a chunk
    // start land inside quotes.
    const r = rng(9);
    const rows = ['a,b'];
    for (let i = 0; i < 400; i++) rows.push(`${i},"${'x'.repeat(Math.floor(r() * 50))}\n${'y'.repeat(60)}\n"`);
    const dir = files({ 'q.csv': rows.join('\n') + '\n' });
    const data = join(dir, 'q.csv');
    const opts = { files: [data], keepValues: false, maxSamples: 10 };
    const why: string[] = [];
    const got = await scanParallel(opts, { workers: 2, chunkBytes: 1000, onFallback: (w) => why.push(w) });
    expect(why[0]).toMatch(/inside a quoted field/);
    expect(bytes(got)).toBe(bytes(await scan(opts)));
  });

  it('reads in one pass what it can not split exactly, and says why', async () => {
    const dir = files({ 'd.csv': randomCsv(4, 800), 'u.json': schemaText({ id: { unique: true } }) });
    const data = join(dir, 'd.csv');
    const schemaPath = join(dir, 'u.json');
    const schema = loadSchema(schemaPath);
    const why: string[] = [];
    const onFallback = (w: string) => why.push(w);
    const got = await scanParallel({ files: [data], schema, keepValues: false, maxSamples: 20 }, { workers: 2, schemaPath, chunkBytes: 4096, onFallback });
    expect(why).toEqual(['a unique rule needs one pass']);
    expect(bytes(got)).toBe(bytes(await scan({ files: [data], schema, keepValues: false, maxSamples: 20 })));
    await scanParallel({ files: [data], keepValues: true, maxSamples: 20 }, { workers: 2, chunkBytes: 4096, onFallback });
    expect(why[1]).toMatch(/exact drift/);
    // One worker never reports a fallback; a file within one chunk is simply not split.
    await scanParallel({ files: [data], schema, keepValues: false, maxSamples: 20 }, { workers: 1, schemaPath, chunkBytes: 4096, onFallback });
    await scanParallel({ files: [data], keepValues: false, maxSamples: 20 }, { workers: 2, onFallback });
    expect(why).toHaveLength(2);
    // Not UTF-8: the sequential reader decides what that means.
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, Buffer.concat([Buffer.from(randomCsv(5, 300, { quotedNewlines: 0 })), Buffer.from([0x61, 0xff, 0x0a])]));
    await scanParallel({ files: [bad], keepValues: false, maxSamples: 5 }, { workers: 2, chunkBytes: 2048, onFallback }).catch(() => undefined);
    expect(why[2]).toMatch(/not valid UTF-8/);
  });
});

/** The rows of randomCsv's kind as Parquet (typed columns, nulls, a timestamp), in row groups of `groupRows`. */
function randomParquet(path: string, seed: number, rows: number, groupRows: number): void {
  const r = rng(seed);
  const pick = <T,>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  const col = <T,>(f: (i: number) => T): T[] => Array.from({ length: rows }, (_, i) => f(i));
  let t = Date.UTC(2016, 1, 27);
  parquetWriteFile({
    filename: path,
    rowGroupSize: groupRows,
    pageSize: 1024,
    columnData: [
      { name: 'id', data: col((i) => (r() < 0.02 ? i - 1 : i)), type: 'INT32' },
      { name: 'price', data: col(() => (r() < 0.05 ? null : Math.round((r() * 200 - 20) * 100) / 100)), type: 'DOUBLE' },
      { name: 'qty', data: col(() => (r() < 0.03 ? null : BigInt(Math.floor(r() * 400)))), type: 'INT64' },
      { name: 'flag', data: col(() => (r() < 0.05 ? null : r() < 0.5)), type: 'BOOLEAN' },
      { name: 'color', data: col(() => pick(['red', 'green', 'blue', 'purple', null])), type: 'STRING' },
      { name: 'code', data: col(() => pick(['A1', 'B2', 'C3', null, `u${Math.floor(r() * 5000)}`])), type: 'STRING' },
      { name: 'note', data: col(() => pick(['a', 'b, c', 'two\nlines', 'long text'])), type: 'STRING' },
      {
        name: 'ts',
        data: col(() => {
          t += r() < 0.01 ? -3_600_000 : r() < 0.005 ? 10 * 3_600_000 : Math.floor(r() * 120_000);
          return r() < 0.01 ? null : new Date(t);
        }),
        type: 'TIMESTAMP',
      },
      { name: 'auto', data: col(() => (r() < 0.1 ? null : Math.round((r() - 0.2) * 1000) / 4)), type: 'DOUBLE' },
      { name: 'day', data: col(() => (r() < 0.01 ? '2015-02-29' : new Date(t).toISOString().slice(0, 10))), type: 'STRING' },
    ],
  });
}

describe('scanParallel on Parquet', () => {
  it.each([
    [5, 250],
    [6, 97],
  ])('gives the same result for 1, 2 and 7 workers over runs of row groups (seed %i, groups of %i rows)', async (seed, groupRows) => {
    const dir = files({ 's.json': schemaText() });
    const data = join(dir, 'd.parquet');
    randomParquet(data, seed, 3000, groupRows);
    const schemaPath = join(dir, 's.json');
    const schema = loadSchema(schemaPath);
    const asOf = Date.UTC(2016, 1, 28, 12);
    const opts = { files: [data], schema, keepValues: false, maxSamples: 40, asOf };
    const results: string[] = [];
    const splits: number[][] = [];
    const fallbacks: string[] = [];
    for (const workers of [1, 2, 7]) {
      // 1 byte: every row group a chunk of its own; 64 KiB: several groups to a chunk.
      for (const chunkBytes of [1, 64 * 1024]) {
        const r = await scanParallel(opts, { workers, schemaPath, chunkBytes, onSplit: (chunks, w) => splits.push([chunks, w, chunkBytes]), onFallback: (why) => fallbacks.push(why) });
        results.push(bytes(r));
      }
    }
    expect(fallbacks).toEqual([]);
    const groups = Math.ceil(3000 / groupRows);
    expect(splits.filter(([, , b]) => b === 1).map(([c]) => c)).toEqual([groups, groups, groups]);
    const joined = splits.find(([, , b]) => b !== 1)![0];
    expect(joined).toBeGreaterThan(1);
    expect(joined).toBeLessThan(groups);
    expect(splits.map(([, w]) => w)).toEqual([1, 1, 2, 2, 7, Math.min(7, joined)]);
    // The same bytes for any number of workers, at either chunk size.
    for (const k of [2, 4]) expect(results[k]).toBe(results[0]);
    for (const k of [3, 5]) expect(results[k]).toBe(results[1]);
    const seq = await scan(opts);
    const one = JSON.parse(bytes(seq));
    for (const res of [results[0], results[1]]) {
      const par = JSON.parse(res!);
      expect(par.rows).toBe(3000);
      expect(par.format).toBe('parquet');
      expect(par.violations).toEqual(one.violations);
      for (const [i, c] of one.profile.columns.entries()) {
        const p = par.profile.columns[i];
        for (const k of ['name', 'type', 'nulls', 'numbers', 'integers', 'strings', 'booleans', 'nonFinite', 'quantiles', 'distinct', 'time']) expect(p[k], `${c.name}.${k}`).toEqual(c[k]);
        expect(p.moments.count).toBe(c.moments.count);
        expect(p.moments.min).toBe(c.moments.min);
        expect(p.moments.max).toBe(c.moments.max);
        if (c.moments.count) expect(p.moments.mean).toBeCloseTo(c.moments.mean, 9);
      }
    }
    // The rules found something to merge: row-schema, range, category and time violations with their rows and lines.
    expect(Object.keys(one.violations.byRule)).toEqual(expect.arrayContaining(['monotonic', 'max-gap', 'not-future', 'range', 'categories', 'type']));
    expect(one.profile.columns.find((c: { name: string }) => c.name === 'ts').type).toBe('date-time');
  }, 60_000);

  it('reads in one pass what it can not split exactly, and a Parquet file of one chunk as always', async () => {
    const dir = files({ 'u.json': schemaText({ id: { unique: true } }) });
    const data = join(dir, 'd.parquet');
    randomParquet(data, 7, 600, 100);
    const schemaPath = join(dir, 'u.json');
    const schema = loadSchema(schemaPath);
    const why: string[] = [];
    const splits: number[] = [];
    const par = { workers: 2, schemaPath, chunkBytes: 1, onFallback: (w: string) => why.push(w), onSplit: (c: number) => splits.push(c) };
    const got = await scanParallel({ files: [data], schema, keepValues: false, maxSamples: 20 }, par);
    expect(why).toEqual(['a unique rule needs one pass']);
    expect(bytes(got)).toBe(bytes(await scan({ files: [data], schema, keepValues: false, maxSamples: 20 })));
    // The default chunk size holds the whole small file: one pass, no word.
    await scanParallel({ files: [data], keepValues: false, maxSamples: 20 }, { ...par, chunkBytes: undefined });
    expect(why).toHaveLength(1);
    expect(splits).toEqual([]);
  });
});
