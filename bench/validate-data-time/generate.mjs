#!/usr/bin/env node
// Writes the data of the validate-data-time benchmark with DuckDB (not timed):
//   node bench/validate-data-time/generate.mjs --rows N --out DIR
// - time.parquet: id, ts (TIMESTAMP, microseconds, one row every ~20 s over ~2 years), day (DATE),
//   amount (DOUBLE), qty (INTEGER), category (VARCHAR, 20 values); row groups of 100,000, zstd.
// - time-iso.csv and time-epoch.csv: the same rows with ts as ISO 8601 text (`2024-01-01T00:00:07Z`)
//   and as epoch milliseconds (a number), the rest alike: what time parsing costs against number
//   parsing on the CSV byte path.
// - expected.json: DuckDB's min and max of ts and day, which ours must report.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

const args = process.argv.slice(2);
const opt = (n, d) => (args.includes(`--${n}`) ? args[args.indexOf(`--${n}`) + 1] : d);
const rows = Number(opt('rows', '3000000'));
const out = opt('out', '.');
const q = (s) => `'${s.replaceAll("'", "''")}'`;
const db = await DuckDBInstance.create(':memory:', { threads: '2' });
const c = await db.connect();
await c.run(`CREATE TABLE t AS SELECT i AS id,
  TIMESTAMP '2024-01-01' + to_seconds((i * 20 + hash(i) % 20)::BIGINT) + to_microseconds((hash(i * 5) % 1000000)::BIGINT) AS ts,
  amount, qty, category
  FROM (SELECT i, (hash(i * 7) % 1000000) / 100.0 AS amount, (hash(i * 13) % 50)::INTEGER AS qty, 'c' || (hash(i * 3) % 20)::VARCHAR AS category FROM range(${rows}) r(i))`);
await c.run(`COPY (SELECT id, ts, ts::DATE AS day, amount, qty, category FROM t ORDER BY id) TO ${q(join(out, 'time.parquet'))} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 100000)`);
await c.run(`COPY (SELECT id, strftime(ts, '%Y-%m-%dT%H:%M:%S.%fZ') AS ts, amount, qty, category FROM t ORDER BY id) TO ${q(join(out, 'time-iso.csv'))} (HEADER)`);
await c.run(`COPY (SELECT id, epoch_ms(ts) AS ts, amount, qty, category FROM t ORDER BY id) TO ${q(join(out, 'time-epoch.csv'))} (HEADER)`);
const r = await c.runAndReadAll(`SELECT strftime(min(ts), '%Y-%m-%dT%H:%M:%S.%fZ') AS ts_min, strftime(max(ts), '%Y-%m-%dT%H:%M:%S.%fZ') AS ts_max, min(ts)::DATE::VARCHAR AS day_min, max(ts)::DATE::VARCHAR AS day_max FROM t`);
const e = r.getRowObjectsJS()[0];
writeFileSync(join(out, 'expected.json'), JSON.stringify(e) + '\n');
console.log(`wrote ${rows} rows: ${JSON.stringify(e)}`);
