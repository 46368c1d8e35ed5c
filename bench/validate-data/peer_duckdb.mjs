#!/usr/bin/env node
// The second peer of `modelgate validate-data` (profile part): DuckDB's SUMMARIZE through its Node
// client (@duckdb/node-api, a dev dependency used only here), at a fixed thread count, on a CSV
// (read_csv, types sniffed) or a Parquet file. SUMMARIZE computes per column min, max, approximate
// distinct count, average, std, q25/q50/q75 (approximate), count and null percentage: the same
// profile validate-data writes. Prints a one-line summary (rows, columns) so the work can not be
// skipped.
//
//   node bench/validate-data/peer_duckdb.mjs --threads 2 data.csv|data.parquet
//   node bench/validate-data/peer_duckdb.mjs --info                       # version, as JSON
//   node bench/validate-data/peer_duckdb.mjs --to-parquet data.csv out.parquet   # (not timed)
import { DuckDBInstance } from '@duckdb/node-api';

const args = process.argv.slice(2);
const q = (s) => `'${s.replaceAll("'", "''")}'`;
const source = (path) => (path.endsWith('.parquet') ? `read_parquet(${q(path)})` : `read_csv(${q(path)})`);

async function connect(threads) {
  const db = await DuckDBInstance.create(':memory:', { threads: String(threads) });
  return db.connect();
}

if (args[0] === '--info') {
  const c = await connect(1);
  const r = await c.runAndReadAll('SELECT version() AS v');
  console.log(JSON.stringify({ duckdb: String(r.getRowObjectsJS()[0].v) }));
} else if (args[0] === '--to-parquet') {
  const c = await connect(2);
  // Row groups of 100,000 rows, zstd: what a data pipeline would typically write.
  await c.run(`COPY (SELECT * FROM ${source(args[1])}) TO ${q(args[2])} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 100000)`);
} else {
  const i = args.indexOf('--threads');
  const threads = i >= 0 ? Number(args[i + 1]) : 1;
  const path = args.at(-1);
  const c = await connect(threads);
  const r = await c.runAndReadAll(`SUMMARIZE SELECT * FROM ${source(path)}`);
  const rows = r.getRowObjectsJS();
  console.log(`rows=${rows[0].count} columns=${rows.length} threads=${threads}`);
}
