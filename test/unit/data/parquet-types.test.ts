// Parquet DECIMAL, TIME and INTERVAL columns (src/data/parquet-types.ts) in files DuckDB writes at
// test time, read by readers.ts and compared with DuckDB's own reading of the same file: decimals
// of every storage width (INT32, INT64, FIXED_LEN_BYTE_ARRAY) as the nearest number to DuckDB's
// decimal text (hyparquet's 10^-scale product was off by an ulp: -1000.0000 read as
// -999.9999999999999); times of day in micro- and nanoseconds, local and UTC, as DuckDB's text;
// intervals as ISO 8601 durations (hyparquet refused the whole file); nulls kept; UINTEGER in
// DuckDB's delta-encoded v2 pages (hyparquet read every page starting at 2^31 or above 2^31 off).
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRows, type Cell } from '../../../src/data/readers.js';
import { queryRows } from '../../duckdb.js';
import { tempDir } from '../../helpers.js';

let db: DuckDBInstance;
let dir: string;
beforeAll(async () => {
  db = await DuckDBInstance.create(':memory:');
  dir = tempDir('mg-pqtypes-');
});
afterAll(() => db?.closeSync());

const query = (sql: string) => queryRows(db, sql);

async function cells(path: string): Promise<{ names: string[]; rows: Cell[][] }> {
  let names: string[] = [];
  const rows: Cell[][] = [];
  await readRows(path, { header: (h) => (names = h), row: (r) => rows.push(r) });
  return { names, rows };
}

const N = 3000;

describe('Parquet DECIMAL, TIME and INTERVAL columns, against DuckDB', () => {
  it('decimals of every width are the nearest number to their decimal value, nulls kept', async () => {
    const path = join(dir, 'dec.parquet');
    const c = await db.connect();
    await c.run(`COPY (SELECT
        ((i % 9999) / 100.0 - 40)::DECIMAL(4,2) AS d4,
        CASE WHEN i % 6 = 0 THEN NULL ELSE (i * 1.123 - 7)::DECIMAL(9,3) END AS d9,
        (i * 12345.6789 - 1000)::DECIMAL(18,4) AS d18,
        CASE WHEN i % 4 = 0 THEN NULL ELSE (i * 1234567.0123456789 - 99)::DECIMAL(38,10) END AS d38,
        (i * 7 - 10000)::DECIMAL(10,0) AS d10
      FROM range(${N}) t(i)) TO '${path}' (FORMAT parquet, ROW_GROUP_SIZE 1000)`);
    c.closeSync();
    const schema = await query(`SELECT name, type, converted_type FROM parquet_schema('${path}') WHERE name <> 'duckdb_schema'`);
    // The three storage widths are all here.
    expect(new Set(schema.map((s) => s.type))).toEqual(new Set(['INT32', 'INT64', 'FIXED_LEN_BYTE_ARRAY']));
    const want = await query(`SELECT d4::VARCHAR AS d4, d9::VARCHAR AS d9, d18::VARCHAR AS d18, d38::VARCHAR AS d38, d10::VARCHAR AS d10 FROM '${path}'`);
    const got = await cells(path);
    expect(got.names).toEqual(['d4', 'd9', 'd18', 'd38', 'd10']);
    expect(got.rows.length).toBe(N);
    let exactMisses = 0;
    for (let i = 0; i < N; i++) {
      for (const [k, name] of got.names.entries()) {
        const text = want[i]![name] as string | null;
        expect(got.rows[i]![k], `${name} row ${i}`).toBe(text === null ? null : Number(text));
        if (text !== null && Number(text) !== Number(BigInt(text.replace('.', ''))) * 10 ** -(text.split('.')[1]?.length ?? 0)) exactMisses++;
      }
    }
    // The multiplication hyparquet did is wrong on some of these values: the test would see it.
    expect(exactMisses).toBeGreaterThan(0);
  });

  it('times of day are DuckDB\'s text (micro- and nanoseconds, local and UTC); intervals are ISO 8601 durations', async () => {
    const path = join(dir, 'time.parquet');
    const c = await db.connect();
    await c.run(`COPY (SELECT
        i,
        CASE WHEN i % 5 = 0 THEN NULL ELSE TIME '00:00:00' + to_microseconds(i::BIGINT * 17000003) END AS tm,
        (TIME '00:00:00' + to_microseconds(i::BIGINT * 28800001))::TIME_NS AS tns,
        (TIME '00:00:00' + to_microseconds(i::BIGINT * 1000000))::TIMETZ AS ttz,
        i % 14 AS m, i % 40 AS d, (i * 997) % 100000000 AS ms,
        CASE WHEN i % 7 = 0 THEN NULL ELSE to_months(i % 14) + to_days(i % 40) + to_milliseconds((i * 997) % 100000000) END AS iv
      FROM range(${N}) t(i)) TO '${path}' (FORMAT parquet)`);
    c.closeSync();
    const want = await query(`SELECT tm::VARCHAR AS tm, tns::VARCHAR AS tns, ttz::VARCHAR AS ttz, m, d, ms, iv IS NULL AS ivnull FROM '${path}'`);
    const got = await cells(path);
    const at = (name: string) => got.names.indexOf(name);
    for (let i = 0; i < N; i++) {
      const w = want[i]!;
      const row = got.rows[i]!;
      expect(row[at('tm')], `tm ${i}`).toBe(w.tm);
      expect(row[at('tns')], `tns ${i}`).toBe(w.tns);
      // DuckDB prints a TIMETZ with its offset (+00 here); the cell marks it as UTC.
      expect(row[at('ttz')], `ttz ${i}`).toBe((w.ttz as string).replace(/\+00$/, 'Z'));
      const [m, d, ms] = [Number(w.m), Number(w.d), Number(w.ms)];
      const iso = `P${m ? `${m}M` : ''}${d ? `${d}D` : ''}${ms ? `T${ms / 1000}S` : ''}`;
      expect(row[at('iv')], `iv ${i}`).toBe(w.ivnull ? null : iso === 'P' ? 'PT0S' : iso);
    }
  });

  it('unsigned 32-bit integers in delta-encoded pages (PARQUET_VERSION v2) and in plain ones are DuckDB\'s values', async () => {
    for (const v2 of [true, false]) {
      const path = join(dir, `u32-${v2}.parquet`);
      const c = await db.connect();
      await c.run(`COPY (SELECT
          CASE WHEN i % 7 = 3 THEN NULL ELSE (i::BIGINT * 1000003 % 4294967295)::UINTEGER END AS u,
          (4294967295 - i)::UINTEGER AS top
        FROM range(${N * 4}) t(i)) TO '${path}' (FORMAT parquet, ROW_GROUP_SIZE 2048${v2 ? ', PARQUET_VERSION v2' : ''})`);
      c.closeSync();
      const encodings = await query(`SELECT DISTINCT encodings FROM parquet_metadata('${path}')`);
      expect(encodings.map((e) => e.encodings)).toContain(v2 ? 'DELTA_BINARY_PACKED' : 'PLAIN');
      const want = await query(`SELECT u::DOUBLE AS u, top::DOUBLE AS top FROM '${path}'`);
      const got = await cells(path);
      expect(got.rows.length).toBe(N * 4);
      for (let i = 0; i < want.length; i++) expect(got.rows[i], `row ${i} (v2: ${v2})`).toEqual([want[i]!.u, want[i]!.top]);
    }
  });
});
