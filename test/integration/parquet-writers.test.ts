// validate-data on Parquet files of many types written by DuckDB (the codecs it writes, data pages
// v1 and v2 with its delta and byte-stream-split encodings, small row groups, a zero-row file),
// compared column by column with DuckDB's own reading of the same file: row count, nulls, exact
// distinct counts, minimum, maximum and mean of numeric columns, minimum and maximum of time
// columns; and the same report from one worker and from two.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ColumnSummary } from '../../src/data/profile.js';
import { runMain } from '../cli.js';
import { queryRows } from '../duckdb.js';
import { tempDir } from '../helpers.js';

const N = 3000;
const COLUMNS = `
  CASE WHEN i % 9 = 0 THEN NULL ELSE i % 2 = 0 END AS b,
  (i % 200 - 100)::TINYINT AS i8,
  CASE WHEN i % 7 = 0 THEN NULL ELSE (i * 37 % 60000 - 30000)::SMALLINT END AS i16,
  (i * 7919 % 2000000 - 1000000)::INTEGER AS i32,
  CASE WHEN i % 5 = 0 THEN NULL ELSE (i::BIGINT * 123456789012 - 3000000000000) END AS i64,
  (i % 250)::UTINYINT AS u8,
  (i * 13 % 65000)::USMALLINT AS u16,
  (i::BIGINT * 1000003 % 4294967295)::UINTEGER AS u32,
  CASE WHEN i % 3 = 0 THEN NULL ELSE (i::UBIGINT * 3074457345618258) END AS u64,
  CASE WHEN i % 11 = 0 THEN NULL ELSE (i % 13)::FLOAT / 4 END AS f,
  CASE WHEN i % 17 = 0 THEN NULL ELSE (i * 7919 % 10007) / 3.0 END AS d,
  ((i % 9999) / 100.0 - 40)::DECIMAL(4,2) AS dec4,
  CASE WHEN i % 6 = 0 THEN NULL ELSE (i * 1.123)::DECIMAL(9,3) END AS dec9,
  (i * 12345.6789 - 1000)::DECIMAL(18,4) AS dec18,
  CASE WHEN i % 4 = 0 THEN NULL ELSE (i * 1234567.0123456789)::DECIMAL(38,10) END AS dec38,
  CASE WHEN i % 19 = 0 THEN NULL ELSE DATE '1969-12-25' + (i % 400)::INTEGER END AS dt,
  TIME '00:00:00' + to_microseconds(i::BIGINT * 17000003) AS tm,
  CASE WHEN i % 29 = 0 THEN NULL ELSE TIMESTAMP '1965-06-01 00:00:00' + to_microseconds(i::BIGINT * 123456789) END AS ts,
  (TIMESTAMP '2024-01-01' + to_seconds(i))::TIMESTAMP_S AS ts_s,
  (TIMESTAMP '2024-01-01' + to_milliseconds(i * 1001))::TIMESTAMP_MS AS ts_ms,
  (TIMESTAMP '1969-12-31 23:59:59' + to_microseconds(i * 3))::TIMESTAMP_NS AS ts_ns,
  CASE WHEN i % 13 = 0 THEN NULL ELSE TIMESTAMPTZ '2024-01-01 00:00:00+00' + to_microseconds(i * 1234567) END AS tstz,
  to_days(i % 30) + to_microseconds(i * 1000) AS iv,
  CASE WHEN i % 23 = 0 THEN NULL ELSE ['red', 'green', 'blü', '日本', '', '🙂 emoji'][i % 6 + 1] END AS cat,
  CASE WHEN i % 31 = 0 THEN NULL ELSE 'id-' || i::VARCHAR || repeat('ü', i % 5) END AS txt,
  ''::VARCHAR AS empty,
  ('00000000-0000-0000-0000-' || lpad(i::VARCHAR, 12, '0'))::UUID AS uid,
  CASE WHEN i % 8 = 0 THEN NULL ELSE [i, i + 1, NULL][1:(i % 4)] END AS lst,
  {'a': i, 'b': 'x' || (i % 3)::VARCHAR} AS st,
  MAP {'k': i % 5} AS mp,
  NULL::INTEGER AS allnull_i,
  NULL::VARCHAR AS allnull_s`;

/** What the comparison reads of a column of the report. */
type Column = Pick<ColumnSummary, 'name' | 'nulls' | 'distinct' | 'distinctExact' | 'min' | 'max' | 'mean' | 'time'>;

let db: DuckDBInstance;
let dir: string;
beforeAll(async () => {
  db = await DuckDBInstance.create(':memory:');
  dir = tempDir('mg-pqwriters-');
  const c = await db.connect();
  await c.run(`CREATE TABLE t AS SELECT ${COLUMNS} FROM range(${N}) t(i)`);
  c.closeSync();
});
afterAll(() => db?.closeSync());

const query = (sql: string) => queryRows(db, sql);

/** An ISO 8601 date or date-time (UTC when it has no zone) as epoch microseconds. */
function micros(iso: string): bigint {
  const zoned = iso.length === 10 ? `${iso}T00:00:00Z` : /Z$|[+-]\d\d:\d\d$/.test(iso) ? iso : `${iso}Z`;
  const sub = (iso.match(/\.(\d+)/)?.[1] ?? '').padEnd(6, '0').slice(3, 6);
  return BigInt(Date.parse(zoned)) * 1000n + BigInt(sub || '0');
}

async function validate(path: string, workers: number): Promise<{ rows: number; columns: Column[] }> {
  const report = join(dir, `${path.split('/').pop()}-${workers}.json`);
  const r = await runMain(['validate-data', '--quiet', '--data', path, '--report', report, '--workers', String(workers)]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(readFileSync(report, 'utf8')) as { rows: number; columns: Column[] };
}

const FILES: [string, string][] = [
  ['zstd, row groups of 1000', 'COMPRESSION zstd, ROW_GROUP_SIZE 1000'],
  ['snappy, one row group', 'COMPRESSION snappy'],
  ['gzip, data pages v2', 'COMPRESSION gzip, ROW_GROUP_SIZE 1000, PARQUET_VERSION v2'],
  ['brotli, data pages v2', 'COMPRESSION brotli, PARQUET_VERSION v2'],
  ['lz4_raw, row groups of 7', 'COMPRESSION lz4_raw, ROW_GROUP_SIZE 7'],
  ['uncompressed, no rows', 'COMPRESSION uncompressed'],
];

describe('Parquet files DuckDB writes, read as DuckDB reads them', () => {
  it.each(FILES)('%s', async (name, options) => {
    const path = join(dir, `${name.replace(/\W+/g, '-')}.parquet`);
    const rows = name.includes('no rows') ? 0 : name.includes('groups of 7') ? 40 : N;
    const c = await db.connect();
    await c.run(`COPY (SELECT * FROM t LIMIT ${rows}) TO '${path}' (FORMAT parquet, ${options})`);
    c.closeSync();
    const one = await validate(path, 1);
    expect(await validate(path, 2)).toEqual(one);
    expect(one.rows).toBe(rows);
    const types = new Map((await query(`DESCRIBE SELECT * FROM '${path}'`)).map((d) => [d.column_name as string, d.column_type as string]));
    expect(one.columns.map((col) => col.name)).toEqual([...types.keys()]);
    for (const col of one.columns) {
      const type = types.get(col.name)!;
      const id = `"${col.name}"`;
      const what = `${col.name} (${type})`;
      const [s] = await query(`SELECT count(${id})::INTEGER AS k, count(DISTINCT ${id})::INTEGER AS dist FROM '${path}'`);
      expect(col.nulls, what).toBe(rows - (s!.k as number));
      if (col.distinctExact) expect(col.distinct, what).toBe(s!.dist);
      if (/^(U?(TINY|SMALL|BIG)?INT(EGER)?|FLOAT|DOUBLE|DECIMAL.*)$/.test(type) && (s!.k as number) > 0) {
        const [m] = await query(`SELECT min(${id}::VARCHAR::DOUBLE) AS mn, max(${id}::VARCHAR::DOUBLE) AS mx, avg(${id}::DOUBLE) AS av FROM '${path}'`);
        expect([col.min, col.max], what).toEqual([m!.mn, m!.mx]);
        expect(Math.abs(col.mean! - (m!.av as number)), what).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(m!.av as number)));
      } else expect(col.min, what).toBeNull();
      if (/^(DATE|TIMESTAMP.*)$/.test(type) && (s!.k as number) > 0) {
        const [m] = await query(`SELECT epoch_us(min(${id})::TIMESTAMP) AS mn, epoch_us(max(${id})::TIMESTAMP) AS mx FROM '${path}'`);
        expect([micros(col.time!.min!), micros(col.time!.max!)], what).toEqual([BigInt(m!.mn as bigint), BigInt(m!.mx as bigint)]);
      }
    }
  }, 120_000);
});
