// validate-data side by side with pandas. See bench/README.md for what is measured.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fmtMB, fmtRatio, fmtS, interleaved, machineNotes, measure, pairedRatio } from '../lib.mjs';

const PY = '/usr/bin/python3';

function sha(path) {
  return createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 16);
}

/** The CSV for (rows, seed), regenerated when the generator changed since it was written. */
async function dataFile(ctx, rows, seed) {
  const gen = join(ctx.benchDir, 'validate-data', 'generate.mjs');
  const csv = join(ctx.work, `validate-data-${rows}-s${seed}.csv`);
  const stamp = `${csv}.stamp`;
  const want = JSON.stringify({ generator: sha(gen), rows, seed, node: process.version });
  if (!existsSync(csv) || !existsSync(stamp) || readFileSync(stamp, 'utf8') !== want) {
    console.error(`  generating ${csv}`);
    const r = await measure(process.execPath, [gen, '--rows', String(rows), '--seed', String(seed), '--out', csv]);
    console.error(`  ${r.stdout.trim()}`);
    writeFileSync(stamp, want);
  }
  return csv;
}

/** A schema inferred from `csv` by our CLI (so every row really goes through ajv and the dataset rules). */
async function schemaFile(ctx, cli, csv) {
  const schema = csv.replace(/\.csv$/, '.schema.yml');
  const stamp = `${schema}.stamp`;
  const want = JSON.stringify({ data: readFileSync(`${csv}.stamp`, 'utf8'), cli: sha(cli) });
  if (!existsSync(schema) || !existsSync(stamp) || readFileSync(stamp, 'utf8') !== want) {
    console.error(`  inferring ${schema}`);
    const report = join(ctx.work, 'infer-report.json');
    await measure(process.execPath, [cli, 'validate-data', '--data', csv, '--infer-schema', schema, '--report', report, '--fail-on', 'never', '--quiet']);
    rmSync(report, { force: true });
    writeFileSync(stamp, want);
  }
  return schema;
}

/** The peer's environment: ours without OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE (they slow numpy; see bench/README.md). */
function peerEnv() {
  const env = { ...process.env };
  delete env.OPENBLAS_CORETYPE;
  delete env.OPENBLAS_L2_SIZE;
  return env;
}

/** The Parquet file of the same rows (written once by DuckDB from the CSV, not timed). */
async function parquetFile(ctx, csv) {
  const pq = csv.replace(/\.csv$/, '.parquet');
  const stamp = `${pq}.stamp`;
  const want = readFileSync(`${csv}.stamp`, 'utf8');
  if (!existsSync(pq) || !existsSync(stamp) || readFileSync(stamp, 'utf8') !== want) {
    console.error(`  writing ${pq}`);
    await measure(process.execPath, [join(ctx.benchDir, 'validate-data', 'peer_duckdb.mjs'), '--to-parquet', csv, pq]);
    writeFileSync(stamp, want);
  }
  return pq;
}

/**
 * The sides of one round. `workers` lists the worker counts ours runs with (each a side; an empty
 * list runs ours once without the flag, for builds that predate it); `duckdbThreads` the thread
 * counts of DuckDB's SUMMARIZE. With `parquet`, ours and DuckDB also run on the Parquet file.
 */
function sides(ctx, cli, csv, schema, rows, { profileOnly, baselineCli, baselineName, workers = [], duckdbThreads = [], parquet = null }) {
  const peer = join(ctx.benchDir, 'validate-data', 'peer_pandas.py');
  const duck = join(ctx.benchDir, 'validate-data', 'peer_duckdb.mjs');
  const rowsLine = new RegExp(`^rows: ${rows}$`, 'm');
  const oursOn = (file, w, tag) => {
    const report = join(ctx.work, `report-${rows}${tag}${w ? `-w${w}` : ''}.json`);
    return {
      id: `ours${tag}${w ? `-w${w}` : ''}`,
      workers: w,
      name: `modelgate validate-data (profile + schema)${tag ? `, ${tag.slice(1)}` : ''}${w ? `, ${w} worker${w > 1 ? 's' : ''}` : ''}`,
      cmd: process.execPath,
      args: [cli, 'validate-data', '--data', file, '--schema', schema, '--report', report, '--quiet', ...(w ? ['--workers', String(w)] : [])],
      check(m) {
        if (!rowsLine.test(m.stdout) || !/^violations: 0$/m.test(m.stdout)) throw new Error(`unexpected output from ours:\n${m.stdout}`);
      },
      report,
    };
  };
  const duckOn = (file, t, tag) => ({
    id: `duckdb${tag}-t${t}`,
    threads: t,
    name: `DuckDB SUMMARIZE${tag ? `, ${tag.slice(1)}` : ''}, ${t} thread${t > 1 ? 's' : ''}`,
    cmd: process.execPath,
    args: [duck, '--threads', String(t), file],
    check(m) {
      if (!m.stdout.includes(`rows=${rows} `)) throw new Error(`unexpected output from DuckDB:\n${m.stdout}`);
    },
  });
  const ws = workers.length ? workers : [0];
  const list = ws.map((w) => oursOn(csv, w, ''));
  list.push({
    id: 'pandas',
    name: "pandas read_csv + describe(include='all') + isna().sum()",
    cmd: PY,
    args: [peer, csv],
    env: peerEnv(),
    check(m) {
      if (!m.stdout.includes(`rows=${rows} `)) throw new Error(`unexpected output from pandas:\n${m.stdout}`);
    },
  });
  for (const t of duckdbThreads) list.push(duckOn(csv, t, ''));
  if (parquet) {
    for (const w of ws) list.push(oursOn(parquet, w, '-parquet'));
    for (const t of duckdbThreads) list.push(duckOn(parquet, t, '-parquet'));
  }
  const ours = list[0];
  if (baselineCli) {
    list.push({
      ...ours,
      id: 'baseline',
      name: `${baselineName ?? `baseline build (${baselineCli})`}, profile + schema`,
      args: [baselineCli, ...ours.args.slice(1).map((a) => (a === ours.report ? join(ctx.work, `report-${rows}-baseline.json`) : a))],
    });
  }
  if (profileOnly) {
    list.push({
      id: 'profile-only',
      name: 'modelgate validate-data, profile only (no schema)',
      cmd: process.execPath,
      args: [cli, 'validate-data', '--data', csv, '--report', join(ctx.work, `report-${rows}-noschema.json`), '--quiet', '--fail-on', 'never', ...(ws[0] ? ['--workers', String(ws[0])] : [])],
      check(m) {
        if (!rowsLine.test(m.stdout)) throw new Error(`unexpected output from ours:\n${m.stdout}`);
      },
    });
  }
  return list;
}

const int = (n) => n.toLocaleString('en-US');

export async function run(ctx) {
  const { opts, root, work } = ctx;
  const runs = Number(opts.runs ?? 5);
  const rows = Number(opts.rows ?? 1_000_000);
  const bigRows = Number(opts['big-rows'] ?? rows * 10);
  const bigRuns = Number(opts['big-runs'] ?? 3);
  const seed = Number(opts.seed ?? 42);
  // --cli PATH benchmarks another build of the CLI (default: the committed bundle); --baseline-cli
  // PATH adds that build as one more side (e.g. a copy of dist/ from before a change, for before/after).
  const cli = opts.cli ? resolve(opts.cli) : join(root, 'dist', 'cli', 'index.js');
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build first`);
  const baselineCli = opts['baseline-cli'] ? resolve(opts['baseline-cli']) : null;
  const peer = join(ctx.benchDir, 'validate-data', 'peer_pandas.py');
  const info = JSON.parse((await measure(PY, [peer, '--info'], { env: peerEnv() })).stdout);
  const machine = machineNotes();

  const csv = await dataFile(ctx, rows, seed);
  const schema = await schemaFile(ctx, cli, csv);
  const mb = statSync(csv).size / 1e6;
  const list = (x, dflt) => String(opts[x] ?? dflt).split(',').filter(Boolean).map(Number);
  const workers = list('workers', '');
  const duckdbThreads = opts['no-duckdb'] ? [] : list('duckdb-threads', '1,2');
  const parquet = opts['no-parquet'] ? null : await parquetFile(ctx, csv);
  const duckInfo = duckdbThreads.length ? JSON.parse((await measure(process.execPath, [join(ctx.benchDir, 'validate-data', 'peer_duckdb.mjs'), '--info'])).stdout) : null;
  const sideList = sides(ctx, cli, csv, schema, rows, { profileOnly: !opts['no-profile-only'], baselineCli, baselineName: opts['baseline-name'], workers, duckdbThreads, parquet });
  console.error(`  ${int(rows)} rows, ${runs} interleaved runs per side, ${sideList.length} sides`);
  const res = await interleaved(sideList, runs);
  res.forEach((r, i) => Object.assign(r, { id: sideList[i].id, workers: sideList[i].workers, threads: sideList[i].threads }));
  const byId = new Map(res.map((r) => [r.id, r]));
  const ours = res[0];
  const pandas = byId.get('pandas');
  const extra = res.filter((r) => r.id === 'baseline' || r.id === 'profile-only');

  // Agreement: our report against pandas on the same file (not timed).
  const agree = JSON.parse((await measure(PY, [peer, '--compare', csv, sideList[0].report], { env: peerEnv() })).stdout);

  let big = null;
  if (!opts['no-big']) {
    const bigCsv = await dataFile(ctx, bigRows, seed);
    const bigSchema = await schemaFile(ctx, cli, bigCsv);
    console.error(`  ${int(bigRows)} rows (memory flatness), ${bigRuns} runs${opts['peer-big'] ? ' per side' : ''}`);
    // Ours at the big size with the worker count of its first side at the main size, so that the
    // 10x / 1x ratio compares like with like.
    // The Parquet file of the big rows too, at every worker count of the main size's Parquet sides
    // (the issue asks the same flatness of Parquet), interleaved with the CSV side.
    const bigParquet = parquet ? await parquetFile(ctx, bigCsv) : null;
    const s = sides(ctx, cli, bigCsv, bigSchema, bigRows, { profileOnly: false, baselineCli: null, workers: workers.slice(0, 1) });
    const pqSides = bigParquet ? sides(ctx, cli, bigCsv, bigSchema, bigRows, { profileOnly: false, baselineCli: null, workers, parquet: bigParquet }).filter((x) => x.id.startsWith('ours-parquet')) : [];
    const bigPeer = s.find((x) => x.id === 'pandas');
    const [bigOurs, ...bigPq] = await interleaved([s[0], ...pqSides], bigRuns);
    bigPq.forEach((r, i) => Object.assign(r, { id: pqSides[i].id }));
    // pandas holds the whole frame: at 10M rows about 5 GB; one run unless --peer-big-runs says more.
    const peerBigRuns = Number(opts['peer-big-runs'] ?? 1);
    const bigPandas = opts['peer-big'] ? (await interleaved([bigPeer], peerBigRuns))[0] : null;
    big = { csv: bigCsv, mb: statSync(bigCsv).size / 1e6, ours: bigOurs, pandas: bigPandas, peerBigRuns, parquet: bigPq, pqMb: bigParquet ? statSync(bigParquet).size / 1e6 : 0 };
    if (opts['delete-big']) {
      rmSync(bigCsv, { force: true });
      if (bigParquet) rmSync(bigParquet, { force: true });
    }
  }

  const blas = Array.isArray(info.blas) ? info.blas.map((b) => `${b.internal_api} ${b.version} (${b.architecture}, ${b.num_threads} threads)`).join('; ') : info.blas;
  const out = [];
  out.push(`## validate-data`);
  out.push('');
  out.push(
    `Machine: ${machine.cores} cores (${machine.cpu}), ${machine.memGB} GiB, shared with other work; Linux ${machine.kernel}. ` +
      `Node ${machine.node}; Python ${info.python}, pandas ${info.pandas}, numpy ${info.numpy}, BLAS ${blas} (Debian packages; OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE unset for the pandas runs). Date ${machine.date}.`,
  );
  out.push('');
  out.push(
    `Data: ${int(rows)} rows x 20 columns (12 numeric, 8 categorical), ${mb.toFixed(0)} MB, seed ${seed} (bench/validate-data/generate.mjs). ` +
      `Schema inferred once from the same file with \`--infer-schema\` (types, 4 enums, numeric ranges, null fractions), so every row goes through ajv and the dataset rules. ` +
      `Median of ${runs} runs per side, interleaved (each round runs every side once); wall time and peak RSS of the whole process. The machine is shared, so the per-round ratio, which compares runs made seconds apart, is the steadier number.`,
  );
  out.push('');
  const pqMb = parquet ? statSync(parquet).size / 1e6 : 0;
  if (duckInfo) out.push(`DuckDB ${duckInfo.duckdb} through @duckdb/node-api (a dev dependency), \`SUMMARIZE SELECT * FROM read_csv(file)\` (types sniffed) or \`read_parquet(file)\`, in a fresh in-memory database per run with \`threads\` set; bench/validate-data/peer_duckdb.mjs.`);
  if (parquet) out.push(`Parquet: the same rows written once by DuckDB (zstd, row groups of 100,000 rows), ${pqMb.toFixed(0)} MB; pandas has no Parquet side (no pyarrow in Debian's python3-pandas).`);
  if (duckInfo || parquet) out.push('');
  const ws = workers.length ? workers : [0];
  out.push('| | median wall time | throughput | median peak RSS |');
  out.push('|---|---:|---:|---:|');
  for (const r of res.filter((x) => x.id !== 'baseline' && x.id !== 'profile-only')) out.push(`| ${r.name} | ${fmtS(r.ms)} | ${((r.id.includes('parquet') ? pqMb : mb) / (r.ms / 1000)).toFixed(0)} MB/s | ${fmtMB(r.rssKB)} |`);
  out.push('');
  out.push('Ratios (median of the per-round ratios; below 1 is faster or smaller than the peer). The issue\'s goals: time ≤ 0.5x pandas and ≤ 1.0x DuckDB at the same thread count, peak RSS ≤ 0.4x pandas.');
  out.push('');
  out.push('| ours | against | time ratio | peak RSS ratio |');
  out.push('|---|---|---:|---:|');
  for (const tag of parquet ? ['', '-parquet'] : ['']) {
    for (const w of ws) {
      const o = byId.get(`ours${tag}${w ? `-w${w}` : ''}`);
      const t = w || 1;
      const d = byId.get(`duckdb${tag}-t${t}`);
      const rows2 = [[pandas, 'pandas (CSV)'], d && [d, d.name]].filter(Boolean);
      for (const [peerRes, label] of rows2) out.push(`| ${o.name} | ${label} | **${fmtRatio(pairedRatio(o, peerRes, 'ms'))}** | ${fmtRatio(pairedRatio(o, peerRes, 'rssKB'))} |`);
    }
  }
  for (const r of extra) out.push(`| (${r.name}) | ${ours.name} | ${fmtRatio(pairedRatio(r, ours, 'ms'))} | ${fmtRatio(pairedRatio(r, ours, 'rssKB'))} |`);
  out.push('');
  out.push(
    `Same answers: over the 12 numeric columns our count, mean and std match pandas' describe within a relative ${agree.maxRelMeanStd.toExponential(1)}, ` +
      `min and max exactly (${agree.minMaxEqual ? 'yes' : 'NO'}), null counts exactly (${agree.nullsEqual ? 'yes' : 'NO'}); ` +
      `distinct counts of the 8 categorical columns within ${(100 * agree.maxRelDistinct).toFixed(2)}% (ours is exact up to 256 values, HyperLogLog above).`,
  );
  if (big) {
    out.push('');
    out.push(`### Memory when the file grows 10x`);
    out.push('');
    out.push('| rows | file | ours: median wall | ours: median peak RSS | pandas: wall | pandas: peak RSS |');
    out.push('|---:|---:|---:|---:|---:|---:|');
    out.push(`| ${int(rows)} | ${mb.toFixed(0)} MB | ${fmtS(ours.ms)} | ${fmtMB(ours.rssKB)} | ${fmtS(pandas.ms)} | ${fmtMB(pandas.rssKB)} |`);
    const bp = big.pandas;
    out.push(`| ${int(bigRows)} | ${big.mb.toFixed(0)} MB | ${fmtS(big.ours.ms)} | ${fmtMB(big.ours.rssKB)} | ${bp ? fmtS(bp.ms) : 'not run'} | ${bp ? fmtMB(bp.rssKB) : 'not run'} |`);
    out.push(`| **10x / 1x** | | ${fmtRatio(big.ours.ms / ours.ms)} | **${fmtRatio(big.ours.rssKB / ours.rssKB)}** | ${bp ? fmtRatio(bp.ms / pandas.ms) : ''} | ${bp ? fmtRatio(bp.rssKB / pandas.rssKB) : ''} |`);
    out.push('');
    out.push(
      `Ours at ${int(bigRows)} rows: median of ${bigRuns} runs` +
        (bp ? `; pandas: ${big.peerBigRuns === 1 ? 'one run' : `median of ${big.peerBigRuns} runs`}.` : ` (pandas not run at this size; \`--peer-big\` runs it).`),
    );
    if (big.parquet.length) {
      out.push('');
      out.push(`Parquet, the same rows (${(statSync(parquet).size / 1e6).toFixed(0)} MB and ${big.pqMb.toFixed(0)} MB), ours only (DuckDB reads columns on demand and is not a like-for-like memory peer here):`);
      out.push('');
      out.push(`| ours | ${int(rows)} rows: median wall / peak RSS | ${int(bigRows)} rows: median wall / peak RSS | **10x / 1x peak RSS** |`);
      out.push('|---|---:|---:|---:|');
      for (const b of big.parquet) {
        const small = byId.get(b.id);
        out.push(`| ${small.name} | ${fmtS(small.ms)} / ${fmtMB(small.rssKB)} | ${fmtS(b.ms)} / ${fmtMB(b.rssKB)} | **${fmtRatio(b.rssKB / small.rssKB)}** |`);
      }
    }
  }
  out.push('');
  out.push('<details><summary>Every run</summary>');
  out.push('');
  for (const r of [...res, ...(big ? [big.ours, big.pandas, ...big.parquet].filter(Boolean).map((x) => ({ ...x, name: `${x.name}, ${int(bigRows)} rows` })) : [])]) {
    out.push(`- ${r.name}: ${r.runs.map((m) => `${fmtS(m.ms)} / ${fmtMB(m.rssKB)}`).join(', ')}`);
  }
  out.push('');
  out.push('</details>');
  return out.join('\n');
}
