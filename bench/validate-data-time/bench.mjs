// validate-data on dates and timestamps (issue #18), side by side with DuckDB, one run per side by
// default (--runs N for more):
// 1. a Parquet file of 3,000,000 rows with a TIMESTAMP (microseconds) and a DATE column beside
//    numbers and categories: ours (profile, with min, max and counts per period of the time
//    columns) against DuckDB's SUMMARIZE at the same thread count (ours reads Parquet on one
//    thread, so DuckDB runs with 1; a 2-thread DuckDB side is shown for scale);
// 2. the time parsing cost on the CSV byte path: ours on the same rows with `ts` as ISO 8601 text
//    and as epoch milliseconds (a number), one worker each.
// Ours must report the timestamp column as date-time with DuckDB's min and max, or the run fails.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fmtMB, fmtRatio, fmtS, machineNotes, measure, median } from '../lib.mjs';

const int = (n) => n.toLocaleString('en-US');

export async function run(ctx) {
  const { opts, root, work, benchDir } = ctx;
  const rows = Number(opts.rows ?? 3_000_000);
  const runs = Number(opts.runs ?? 1);
  const cli = resolve(opts.cli ?? join(root, 'dist/cli/index.js'));
  const dir = join(work, `time-${rows}`);
  const stamp = join(dir, 'stamp');
  const gen = join(benchDir, 'validate-data-time', 'generate.mjs');
  const want = JSON.stringify({ generator: readFileSync(gen, 'utf8').length, rows });
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== want) {
    console.error(`  generating ${dir}`);
    await measure('/bin/mkdir', ['-p', dir]);
    const g = await measure(process.execPath, [gen, '--rows', String(rows), '--out', dir]);
    console.error(`  ${g.stdout.trim()}`);
    writeFileSync(stamp, want);
  }
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
  const duck = join(benchDir, 'validate-data', 'peer_duckdb.mjs');
  const ours = (file, tag, extra = []) => ({
    id: `ours-${tag}`,
    cmd: process.execPath,
    args: [cli, 'validate-data', '--data', file, '--report', join(dir, `report-${tag}.json`), '--fail-on', 'never', '--quiet', ...extra],
    check() {
      const r = JSON.parse(readFileSync(join(dir, `report-${tag}.json`), 'utf8'));
      if (r.rows !== rows) throw new Error(`ours read ${r.rows} rows, not ${rows}`);
      const ts = r.columns.find((c) => c.name === 'ts');
      if (tag !== 'csv-epoch') {
        if (ts.type !== 'date-time') throw new Error(`ts is ${ts.type}, not date-time`);
        const ms = (s) => s.slice(0, 23);
        if (ms(ts.time.min) !== ms(expected.ts_min) || ms(ts.time.max) !== ms(expected.ts_max)) throw new Error(`ts spans ${ts.time.min}..${ts.time.max}, DuckDB says ${expected.ts_min}..${expected.ts_max}`);
      }
      return `ts: ${ts.type}${ts.time ? `, ${ts.time.min} to ${ts.time.max}, ${ts.time.periods.length} ${ts.time.unit}s` : ''}`;
    },
  });
  const duckOn = (file, t) => ({ id: `duckdb-t${t}`, cmd: process.execPath, args: [duck, '--threads', String(t), file], check: (m) => m.stdout.trim() });
  const pq = join(dir, 'time.parquet');
  const sides = [
    { ...ours(pq, 'parquet'), name: 'modelgate validate-data (profile), Parquet, one thread' },
    { ...duckOn(pq, 1), name: 'DuckDB SUMMARIZE, Parquet, 1 thread' },
    { ...duckOn(pq, 2), name: 'DuckDB SUMMARIZE, Parquet, 2 threads' },
    { ...ours(join(dir, 'time-iso.csv'), 'csv-iso', ['--workers', '1']), name: 'modelgate validate-data, CSV, ts as ISO 8601 text, 1 worker' },
    { ...ours(join(dir, 'time-epoch.csv'), 'csv-epoch', ['--workers', '1']), name: 'modelgate validate-data, CSV, ts as epoch ms (a number), 1 worker' },
  ];
  const results = new Map(sides.map((s) => [s.id, []]));
  const notes = new Map();
  for (let k = 0; k < runs; k++) {
    for (const s of sides) {
      console.error(`  run ${k + 1}/${runs}: ${s.name}`);
      const m = await measure(s.cmd, s.args);
      notes.set(s.id, s.check(m));
      results.get(s.id).push(m);
    }
  }
  const med = (id, key) => median(results.get(id).map((m) => m[key]));
  const mach = machineNotes();
  const lines = [
    `## validate-data on dates and timestamps (${int(rows)} rows)`,
    '',
    `${mach.date}, ${mach.cores} cores (${mach.cpu}), ${mach.memGB} GB, Node ${mach.node}, ${runs === 1 ? 'one run per side' : `median of ${runs} runs per side`}, sides run one after another in the order listed. ` +
      'Data from `bench/validate-data-time/generate.mjs` (DuckDB): id, ts (TIMESTAMP, microseconds, ~2 years), day (DATE), amount, qty, category. ' +
      "Ours must report `ts` as date-time with DuckDB's min and max.",
    '',
    '| side | wall | peak RSS | vs ours | what ours found |',
    '|---|---:|---:|---:|---|',
  ];
  const base = (id) => (id.startsWith('ours-csv') ? 'ours-csv-epoch' : 'ours-parquet');
  for (const s of sides) lines.push(`| ${s.name} | ${fmtS(med(s.id, 'ms'))} | ${fmtMB(med(s.id, 'rssKB'))} | ${s.id === base(s.id) ? '1.00x' : fmtRatio(med(s.id, 'ms') / med(base(s.id), 'ms'))} | ${String(notes.get(s.id)).replaceAll('|', '\\|')} |`);
  lines.push(
    '',
    `Parquet, same thread count: DuckDB SUMMARIZE takes ${fmtRatio(med('duckdb-t1', 'ms') / med('ours-parquet', 'ms'))} of ours' time. ` +
      `CSV byte path: ISO 8601 timestamps cost ${fmtRatio(med('ours-csv-iso', 'ms') / med('ours-csv-epoch', 'ms'))} of the same file with epoch-millisecond numbers (goal: at most 1.00x, within noise).`,
  );
  return lines.join('\n');
}
