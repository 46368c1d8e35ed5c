// The Parquet column decoder (src/data/parquet-columns.ts) against hyparquet's own row reading,
// the path it replaces: on random files written by hyparquet-writer (data pages v2, several row
// groups, small pages, nulls, PLAIN and dictionary encodings, uncompressed and Snappy) with every
// column kind the decoder handles next to kinds it leaves to hyparquet, and on the DuckDB-written
// time fixtures and a zstd file of every kind with nulls in row groups of 1,000 rows
// (scripts/fixtures/parquet_zstd_fixture.mjs; data pages v1, dictionary pages), readRows gives the
// same cell for every row.
import { join } from 'node:path';
import { asyncBufferFromFile, parquetRead } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { parquetWriteFile } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { parquetParsers, readRows, type Cell } from '../../../src/data/readers.js';
import { files, ROOT, rng } from '../../helpers.js';

/** Every row as hyparquet reads it, cells as readers.ts documents them (bigint and undefined as number and null). */
async function hyparquetRows(path: string, rowEnd?: number): Promise<Cell[][]> {
  let rows: unknown[][] = [];
  await parquetRead({ file: await asyncBufferFromFile(path), compressors, parsers: parquetParsers, rowFormat: 'array', rowEnd, onComplete: (r: unknown[][]) => (rows = r) });
  return rows.map((r) =>
    r.map((v) => {
      if (v === undefined || v === null) return null;
      if (typeof v === 'bigint') return Number(v);
      if (typeof v === 'object') return JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? Number(x) : x));
      return v as Cell;
    }),
  );
}

async function ourRows(path: string, rowGroups?: { from: number; to: number }): Promise<{ rows: Cell[][]; lines: number[] }> {
  const rows: Cell[][] = [];
  const lines: number[] = [];
  await readRows(
    path,
    {
      header() {},
      row(cells, line) {
        rows.push(cells);
        lines.push(line);
      },
    },
    rowGroups ? { format: 'parquet', rowGroups } : {},
  );
  return { rows, lines };
}

function randomFile(seed: number, n: number, codec: 'UNCOMPRESSED' | 'SNAPPY'): string {
  const r = rng(seed);
  const maybe = <T,>(v: T, p = 0.1): T | null => (r() < p ? null : v);
  const words = ['a', 'bb', 'é', '', 'ünïcode', '日本', 'x'.repeat(70), '😀'];
  const col = <T,>(f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));
  const dir = files({});
  const path = join(dir, `r${seed}.parquet`);
  parquetWriteFile({
    filename: path,
    codec,
    rowGroupSize: [Math.floor(n / 3), Math.floor(n / 5), n],
    pageSize: 512,
    columnData: [
      { name: 'i32', data: Int32Array.from(col(() => Math.floor((r() - 0.5) * 2 ** 32))), type: 'INT32', nullable: false },
      { name: 'i32n', data: col(() => maybe(Math.floor(r() * 20) - 10)), type: 'INT32' },
      { name: 'i64', data: col(() => maybe(BigInt(Math.floor((r() - 0.5) * 2 ** 53)) * BigInt(1 + Math.floor(r() * 500)), 0.05)), type: 'INT64' },
      { name: 'dbl', data: col(() => maybe(r() < 0.02 ? NaN : (r() - 0.5) * 1e6)), type: 'DOUBLE' },
      { name: 'dblcat', data: col(() => maybe([0.1, 2.5, -3, 1e300][Math.floor(r() * 4)]!, 0.3)), type: 'DOUBLE' },
      { name: 'flt', data: col(() => maybe(Math.fround((r() - 0.5) * 1000))), type: 'FLOAT' },
      { name: 'b', data: col(() => maybe(r() < 0.5)), type: 'BOOLEAN' },
      { name: 'txt', data: col(() => maybe(words[Math.floor(r() * words.length)]!)), type: 'STRING' },
      { name: 'id', data: col((i) => maybe(`u${i}-${Math.floor(r() * 1e9)}`, 0.01)), type: 'STRING' },
      { name: 'allnull', data: col(() => null), type: 'STRING' },
      { name: 'ts', data: col(() => maybe(new Date(Math.floor((r() - 0.3) * 4e12)))), type: 'TIMESTAMP' },
      // Left to hyparquet: JSON text, and a list.
      { name: 'json', data: col(() => maybe({ k: Math.floor(r() * 5) }, 0.5)), type: 'JSON' },
    ],
  });
  return path;
}

describe('Parquet column decoder', () => {
  it.each([
    [1, 'UNCOMPRESSED' as const],
    [2, 'SNAPPY' as const],
    [3, 'SNAPPY' as const],
  ])('reads every cell as hyparquet does (seed %i, %s)', async (seed, codec) => {
    const path = randomFile(seed, 3001, codec);
    const want = await hyparquetRows(path);
    const got = await ourRows(path);
    expect(got.rows.length).toBe(3001);
    expect(got.lines).toEqual(want.map((_, i) => i + 1));
    // Object.is: NaN equals NaN, -0 is not 0.
    for (let k = 0; k < want.length; k++) {
      for (let c = 0; c < want[k]!.length; c++) {
        if (!Object.is(got.rows[k]![c], want[k]![c])) expect({ row: k, column: c, value: got.rows[k]![c] }).toEqual({ row: k, column: c, value: want[k]![c] });
      }
    }
    // The file really had nulls, NaN, text beyond ASCII and numbers beyond 2^32 to get right.
    const flat = got.rows.flat();
    expect(flat.some((v) => typeof v === 'number' && Number.isNaN(v))).toBe(true);
    expect(flat.some((v) => v === '😀')).toBe(true);
    expect(flat.some((v) => typeof v === 'number' && Math.abs(v) > 2 ** 40)).toBe(true);
    expect(flat.filter((v) => v === null).length).toBeGreaterThan(3001);
  });

  it.each(['time/units.parquet', 'time/utc_units.parquet', 'parquet/mixed-zstd.parquet'])('reads the DuckDB-written %s (pages v1) as hyparquet does', async (name) => {
    const path = join(ROOT, 'test/fixtures', name);
    const want = await hyparquetRows(path);
    const got = await ourRows(path);
    expect(got.rows).toEqual(want);
  });

  it('reads a file written by Polars, whose page headers carry statistics (binary min and max), as hyparquet does', async () => {
    // vega-datasets' flights-3m.parquet (a dev dependency): zstd, dictionary pages, and data page
    // headers with statistics, whose binary fields the page header reader once skipped one byte
    // short of (every page after the first was then misread). Its first row group.
    const path = join(ROOT, 'node_modules/vega-datasets/data/flights-3m.parquet');
    const got = await ourRows(path, { from: 0, to: 1 });
    expect(got.rows.length).toBeGreaterThan(100_000);
    const want = await hyparquetRows(path, got.rows.length);
    expect(got.rows).toEqual(want);
  });

  it('names the file and says what is wrong with a corrupt column chunk', async () => {
    const path = randomFile(4, 500, 'UNCOMPRESSED');
    const { readFileSync, writeFileSync } = await import('node:fs');
    const bytes = readFileSync(path);
    // Overwrite the start of the first column chunk (just after the PAR1 magic) with garbage.
    bytes.fill(0xff, 4, 64);
    writeFileSync(path, bytes);
    await expect(ourRows(path)).rejects.toThrow(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: cannot read Parquet \\(corrupt or unsupported\\): `));
  });
});
