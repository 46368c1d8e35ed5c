// validate-data's scan of Parquet row groups column by column (src/data/scan-columns.ts) against
// the row loop it replaces (scan.ts, `columnar: false`): on random files written by
// hyparquet-writer (several row groups, nulls, dictionary-encoded and plain text, numeric and
// date-like text, NaN and infinities, booleans, timestamps, JSON left to hyparquet) and on the
// committed zstd and DuckDB-written time fixtures, with schemas that exercise every rule (row
// schema with and without per-column checks, ranges, categories, unique, max-null-fraction,
// min-rows, required columns, time rules, format: date) and without a schema, both give the same
// bytes: profile JSON, violations (counts and samples in order), rule states, kept values, rows.
// A column chunk that falls back from dictionary pages to a plain page and back (spliced from two
// files) reads the cells it holds, both ways.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parquetMetadata } from 'hyparquet';
import { parquetWriteFile } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { readRows, type Cell } from '../../../src/data/readers.js';
import { chunkRange } from '../../../src/data/parquet-columns.js';
import { DATA_PAGE_V2, pageHeader } from '../../../src/data/parquet-thrift.js';
import { scan, type ScanOptions, type ScanResult } from '../../../src/data/scan.js';
import { loadSchema } from '../../../src/data/schema.js';
import { files, ROOT, rng } from '../../helpers.js';

function randomFile(dir: string, name: string, seed: number, rows: number): string {
  const r = rng(seed);
  const pick = <T,>(xs: T[]): T => xs[Math.floor(r() * xs.length)]!;
  const maybe = <T,>(v: T, p = 0.05): T | null => (r() < p ? null : v);
  const col = <T,>(f: (i: number) => T): T[] => Array.from({ length: rows }, (_, i) => f(i));
  let t = Date.UTC(2016, 1, 27);
  const path = join(dir, name);
  parquetWriteFile({
    filename: path,
    rowGroupSize: [Math.floor(rows / 4), Math.floor(rows / 3), rows],
    pageSize: 700,
    columnData: [
      { name: 'id', data: col((i) => (r() < 0.02 ? i - 1 : i) + seed * 100_000), type: 'INT32' },
      { name: 'price', data: col(() => maybe(r() < 0.01 ? pick([NaN, Infinity, -Infinity]) : Math.round((r() * 200 - 20) * 100) / 100)), type: 'DOUBLE' },
      { name: 'qty', data: col(() => maybe(BigInt(Math.floor(r() * 400)), 0.03)), type: 'INT64' },
      { name: 'level', data: col(() => maybe(pick([0.5, 1, 2.5, 4, 1e300]), 0.1)), type: 'DOUBLE' },
      // Dictionary-encoded numbers with more distinct values than Space-Saving keeps (top values untracked).
      { name: 'amount', data: col(() => maybe(Math.floor(r() * r() * 1200) / 4, 0.02)), type: 'DOUBLE', encoding: 'RLE_DICTIONARY' },
      { name: 'flag', data: col(() => maybe(r() < 0.5)), type: 'BOOLEAN' },
      { name: 'color', data: col(() => pick(['red', 'green', 'blue', 'purple', null])), type: 'STRING' },
      // Dictionary-encoded text that is mostly numbers (a numeric column with a few bad cells without a type), some dates.
      { name: 'code', data: col(() => (r() < 0.06 ? pick(['abc', ' 8', 'A1', null, '2016-02-28', '2016-02-30']) : pick(['12', '-3.5', '.5', '+7', '1e2', `${Math.floor(r() * 50)}`]))), type: 'STRING' },
      // Dictionary-encoded text with more distinct values than Space-Saving keeps (it turns inexact).
      { name: 'city', data: col(() => maybe(`city-${Math.floor(r() * r() * 700)}`)), type: 'STRING' },
      // Plain (high-cardinality) text.
      { name: 'user', data: col((i) => maybe(`u${Math.floor(r() * 1e9)}-${i}`, 0.01)), type: 'STRING', encoding: 'PLAIN' },
      { name: 'note', data: col(() => pick(['a', 'b, c', 'two\nlines', 'long text', 'é😀', ''])), type: 'STRING' },
      {
        name: 'ts',
        data: col(() => {
          t += r() < 0.01 ? -3_600_000 : r() < 0.005 ? 10 * 3_600_000 : Math.floor(r() * 120_000);
          return r() < 0.01 ? null : new Date(t);
        }),
        type: 'TIMESTAMP',
      },
      { name: 'day', data: col(() => maybe(r() < 0.01 ? '2015-02-29' : new Date(t).toISOString().slice(0, 10), 0.02)), type: 'STRING' },
      { name: 'when', data: col(() => maybe(pick([new Date(t).toISOString(), '2016-02-28 10:00:00', 'soon']), 0.02)), type: 'STRING', encoding: 'PLAIN' },
      { name: 'json', data: col(() => maybe({ k: Math.floor(r() * 5) }, 0.5)), type: 'JSON' },
      { name: 'empty', data: col(() => null), type: 'STRING' },
    ],
  });
  return path;
}

const RULES = {
  price: { 'max-null-fraction': 0.01, range: { min: -5, max: 150, 'max-outside-fraction': 0.001 } },
  qty: { range: { max: 380 } },
  level: { categories: { values: [0.5, 1, 2.5] } },
  flag: { categories: { values: [true] } },
  color: { categories: { values: ['red', 'green'], 'max-unexpected-fraction': 0.5 } },
  code: { range: { min: 0 }, 'max-null-fraction': 0.05 },
  note: { categories: { values: ['a', 'b, c'] } },
  ts: { monotonic: true, 'max-gap': '6h', 'not-future': true, freshness: '1d' },
  day: { freshness: { 'max-age': '30d' }, 'not-future': true },
  when: { 'not-future': true },
};

/** A schema with every kind of rule; `checks: false` adds a keyword the per-column checks do not model (every row goes to ajv). */
function schemaText({ checks = true, unique = false } = {}): string {
  return JSON.stringify({
    type: 'object',
    properties: {
      id: { type: 'integer' },
      price: { type: ['number', 'null'], minimum: 0 },
      qty: { type: ['integer', 'null'], maximum: 390 },
      level: { type: ['number', 'null'], enum: [0.5, 1, 2.5, 4, null] },
      flag: { type: ['boolean', 'null'] },
      color: { enum: ['red', 'green', 'blue', null] },
      code: { type: ['number', 'null'] },
      user: { type: 'string', pattern: '^u\\d+-' },
      note: { type: 'string', maxLength: 3 },
      ts: { type: ['string', 'null'], format: 'date-time' },
      day: { type: ['string', 'null'], format: 'date' },
      when: { type: ['string', 'null'], minLength: 5 },
      json: { type: ['string', 'null'] },
      ...(checks ? {} : { empty: { not: { type: 'number' } } }),
    },
    required: ['id', 'price', 'missing_column'],
    'x-dataset': { 'min-rows': 10_000, columns: { ...RULES, ...(unique ? { id: { unique: true }, user: { unique: true } } : {}) } },
  });
}

/** Everything a scan gives that reports and profile files are made of, as bytes. */
function bytes(r: ScanResult): string {
  const values = r.values && [...r.values].map(([name, v]) => [name, [...v.numbers], [...v.categories]]);
  return JSON.stringify({ profile: r.profile.toJSON(), violations: r.violations.toJSON(), rows: r.rowsRead, format: r.format, bytes: r.bytes, values, rules: r.rules, text: r.text });
}

async function bothPaths(opts: ScanOptions): Promise<[string, string]> {
  const rows = await scan({ ...opts, columnar: false });
  const columns = await scan({ ...opts, columnar: true });
  return [bytes(columns), bytes(rows)];
}

/** The data pages of a file's only column chunk: byte range in the file, first row, values. */
function dataPages(bytes: Buffer): { at: number; end: number; row: number; values: number }[] {
  const meta = parquetMetadata(new Uint8Array(bytes).buffer);
  const [start, end] = chunkRange(meta.row_groups[0]!.columns[0]!);
  const r = { buf: bytes.subarray(0, end), pos: start };
  const pages = [];
  let row = 0;
  while (r.pos < end) {
    const at = r.pos;
    const h = pageHeader(r);
    r.pos += h.compressed;
    if (h.type !== DATA_PAGE_V2) continue;
    pages.push({ at, end: r.pos, row, values: h.numValues });
    row += h.numValues;
  }
  return pages;
}

/**
 * A column chunk that falls back from dictionary pages to a plain page and back, as writers do
 * when a dictionary grows too large (pyarrow, parquet-mr): a file written all dictionary-encoded,
 * whose second data page is replaced by a plain page of other values for the same rows (written
 * apart, compressing better, padded to the same length). Returns the file and its expected cells.
 */
function fallbackFile(dir: string, type: 'STRING' | 'DOUBLE'): { path: string; cells: Cell[] } {
  const r = rng(type === 'STRING' ? 11 : 12);
  const n = 4000;
  const value = (i: number): string | number => (type === 'STRING' ? `v${i}-${Math.floor(r() * 1e6)}` : Math.floor(r() * 1e9) / 8);
  const dict = Array.from({ length: 2000 }, (_, i) => value(i));
  const cells: Cell[] = Array.from({ length: n }, (_, i) => (i % 37 === 0 ? null : dict[Math.floor(r() * dict.length)]!));
  const write = (name: string, data: Cell[], encoding: 'RLE_DICTIONARY' | 'PLAIN', pageSize: number): Buffer => {
    const path = join(dir, name);
    parquetWriteFile({ filename: path, codec: 'SNAPPY', pageSize, rowGroupSize: data.length, columnData: [{ name: 'c', data, type, encoding }] });
    return readFileSync(path);
  };
  const a = write('dict.parquet', cells, 'RLE_DICTIONARY', 4000);
  const pages = dataPages(a);
  expect(pages.length).toBeGreaterThan(3);
  const { at, end, row, values } = pages[1]!;
  const plain: Cell[] = Array.from({ length: values }, (_, i) => (i % 3 === 0 ? null : i % 50 === 1 ? (type === 'STRING' ? `p${i}` : i / 4) : type === 'STRING' ? '' : 0.5));
  const b = dataPages(write('plain.parquet', plain, 'PLAIN', 1 << 20));
  expect(b).toHaveLength(1);
  const page = readFileSync(join(dir, 'plain.parquet')).subarray(b[0]!.at, b[0]!.end);
  expect(page.length).toBeLessThanOrEqual(end - at);
  page.copy(a, at);
  a.fill(0, at + page.length, end);
  const path = join(dir, `fallback-${type}.parquet`);
  writeFileSync(path, a);
  cells.splice(row, values, ...plain);
  return { path, cells };
}

describe('Parquet column by column', () => {
  it.each(['STRING' as const, 'DOUBLE' as const])('reads a %s chunk that falls back from dictionary to plain pages and back', async (type) => {
    const dir = files({ 's.json': JSON.stringify({ type: 'object', properties: { c: { type: type === 'STRING' ? ['string', 'null'] : ['number', 'null'], maxLength: 10 } }, 'x-dataset': { columns: { c: { 'max-null-fraction': 0.01 } } } }) });
    const { path, cells } = fallbackFile(dir, type);
    const got: Cell[] = [];
    await readRows(path, { header() {}, row: (row) => got.push(row[0]!) });
    expect(got).toEqual(cells);
    const [columns, rowLoop] = await bothPaths({ files: [path], schema: loadSchema(join(dir, 's.json')), keepValues: true, maxSamples: 30 });
    expect(columns).toBe(rowLoop);
    expect(JSON.parse(columns).profile.columns[0].nulls).toBe(cells.filter((c) => c === null).length);
  });

  it.each<[number, number, { checks?: boolean; unique?: boolean } | null, number]>([
    [1, 2000, {}, 40],
    [2, 3001, { checks: false }, 25],
    [3, 1500, { unique: true }, 500],
    [4, 2500, null, 40],
  ])('gives the bytes of the row loop on random files (seed %i, %i rows, schema %o, %i samples)', async (seed, rows, shape, maxSamples) => {
    const dir = files({ 's.json': shape === null ? '{}' : schemaText(shape) });
    const data = [randomFile(dir, 'a.parquet', seed, rows), randomFile(dir, 'b.parquet', seed + 50, Math.floor(rows / 3))];
    const schema = shape === null ? undefined : loadSchema(join(dir, 's.json'));
    // The run's time: inside the data's span, so some rows are in the future.
    const asOf = Date.UTC(2016, 1, 28, 12);
    for (const keepValues of [false, true]) {
      for (const deferDatasetRules of [false, true]) {
        const [columns, rowLoop] = await bothPaths({ files: data, schema, keepValues, maxSamples, asOf, deferDatasetRules });
        expect(columns).toBe(rowLoop);
      }
    }
    // The rules found something, so the comparison covered them.
    const got = JSON.parse((await bothPaths({ files: data, schema, keepValues: false, maxSamples, asOf }))[0]);
    expect(got.rows).toBe(rows + Math.floor(rows / 3));
    if (schema) {
      expect(Object.keys(got.violations.byRule)).toEqual(
        expect.arrayContaining(['monotonic', 'max-gap', 'not-future', 'range', 'categories', 'type', 'format', 'required-column', 'min-rows', 'maxLength', ...(shape?.unique ? ['unique'] : [])]),
      );
    } else expect(Object.keys(got.violations.byRule)).toEqual(expect.arrayContaining(['not-a-number', 'invalid-date']));
  }, 120_000);

  it('gives the bytes of the row loop on the zstd fixture and the DuckDB-written time fixtures', async () => {
    for (const f of ['parquet/mixed-zstd.parquet', 'time/utc_units.parquet', 'time/units.parquet']) {
      const opts = { files: [join(ROOT, 'test/fixtures', f)], keepValues: true, maxSamples: 20, asOf: Date.UTC(2024, 0, 1) };
      const [columns, rowLoop] = await bothPaths(opts);
      expect(columns, f).toBe(rowLoop);
    }
  });

  it('leaves a file with an x-time-format column to the row loop, with the same result', async () => {
    const dir = files({ 's.json': JSON.stringify({ type: 'object', properties: { day: { type: 'string', 'x-time-format': '%Y-%m-%d' } } }) });
    const data = randomFile(dir, 'a.parquet', 9, 800);
    const opts = { files: [data], schema: loadSchema(join(dir, 's.json')), keepValues: false, maxSamples: 30 };
    const [columns, rowLoop] = await bothPaths(opts);
    expect(columns).toBe(rowLoop);
    expect(JSON.parse(columns).violations.byRule['invalid-date']).toBeGreaterThan(0);
  });
});
