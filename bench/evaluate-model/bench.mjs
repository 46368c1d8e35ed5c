// evaluate-model side by side with scikit-learn: metrics with intervals vs inference, on 1,000,000
// rows through a logistic-regression ONNX model. See bench/evaluate-model/README.md.
//
//   node bench/run.mjs evaluate-model [--runs 3] [--boot 1000] [--boot-runs 1] [--no-write]   (as every benchmark)
//   node bench/evaluate-model/bench.mjs [--runs 3] [--boot 1000] [--boot-runs 1]              (standalone)
//
// Either way the table is written to bench/evaluate-model/RESULTS.md; run() also returns it as the
// section bench/run.mjs puts into bench/RESULTS.md (use --no-write there to only print it).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fmtMB, fmtRatio, interleaved, machineNotes, measure, median, parseArgs } from '../lib.mjs';
import { inclusiveOf, summarizeProfile } from './profile.mjs';

const PY = '/usr/bin/python3';
const here = dirname(fileURLToPath(import.meta.url));

const sha = (path) => createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 16);
const int = (n) => n.toLocaleString('en-US');
const ms = (x) => (x >= 10000 ? `${(x / 1000).toFixed(1)} s` : x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(0)} ms`);
/** Median over rounds of f(a.runs[i]) / g(b.runs[i]): runs of one round were made seconds apart. */
const perRound = (a, f, b, g) => median(a.runs.map((m, i) => f(m) / g(b.runs[i])));
const med = (side, f) => median(side.runs.map(f));
/** A ratio; below 0.1 also as a fraction, so 0.0008x reads as 1/1250. */
const ratio = (x) => (x >= 0.1 ? fmtRatio(x) : `${x.toPrecision(2)}x (1/${Math.round(1 / x).toLocaleString('en-US')})`);

/** The code measured: HEAD and any uncommitted change under src/ and dist/ (read-only git; no index lock). */
function codeVersion(root) {
  try {
    const git = (...a) => execFileSync('git', ['--no-optional-locks', '-C', root, ...a], { encoding: 'utf8' });
    const head = git('log', '-1', '--format=%h (%cd)', '--date=iso').trim();
    const dirty = git('status', '--porcelain', '--', 'src', 'dist').split('\n').filter(Boolean).map((l) => l.slice(3));
    return `commit ${head}${dirty.length ? `, with uncommitted changes to ${dirty.join(', ')}` : ', no uncommitted changes under src/ or dist/'}`;
  } catch {
    return 'unknown (git not available)';
  }
}

/** The peer's environment: without OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE (they slow numpy; see README). */
function peerEnv() {
  const env = { ...process.env };
  delete env.OPENBLAS_CORETYPE;
  delete env.OPENBLAS_L2_SIZE;
  return env;
}

/** Data and model for (rows, seed), regenerated when make_model.py changed since they were written. */
async function dataFiles(work, rows, seed) {
  const gen = join(here, 'make_model.py');
  const prefix = join(work, `evaluate-model-${rows}-s${seed}`);
  const stamp = `${prefix}.stamp`;
  const want = JSON.stringify({ generator: sha(gen), rows, seed });
  const files = ['.csv', '.onnx', '.params.json', '.x.f32', '.y.u8'].map((e) => prefix + e);
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== want || !files.every((f) => existsSync(f))) {
    console.error(`  generating ${prefix}.*`);
    const r = await measure(PY, [gen, '--rows', String(rows), '--seed', String(seed), '--prefix', prefix], { env: peerEnv() });
    console.error(`  ${r.stdout.trim()}`);
    writeFileSync(stamp, want);
  }
  return prefix;
}

function sides({ root, work }, cli, prefix, rows, boot, bootRuns, reps) {
  const outDir = join(work, 'evaluate-model-out');
  const evaluation = join(outDir, 'evaluation.json');
  const tsx = join(root, 'node_modules', '.bin', 'tsx');
  return [
    {
      name: 'ours: CLI',
      cmd: process.execPath,
      args: [cli, 'evaluate-model', '--model', `${prefix}.onnx`, '--data', `${prefix}.csv`, '--label', 'y', '--out', evaluation, '--quiet'],
      check(m) {
        if (!new RegExp(`^rows: ${rows}$`, 'm').test(m.stdout)) throw new Error(`unexpected output from our CLI:\n${m.stdout}`);
        const ev = JSON.parse(readFileSync(evaluation, 'utf8'));
        m.batchSumMs = ev.latency.batchMs.reduce((a, b) => a + b, 0);
        m.batches = ev.latency.batches;
        m.metrics = ev.metrics;
      },
      evaluation,
    },
    {
      name: 'ours: in-process inference and metrics (tsx)',
      cmd: tsx,
      args: [join(here, 'inproc.ts'), prefix, '--reps', String(reps), '--resamples', '1000'],
      check(m) {
        m.json = JSON.parse(m.stdout);
        if (m.json.rows !== rows) throw new Error(`unexpected output from inproc.ts:\n${m.stdout.slice(0, 500)}`);
      },
    },
    {
      name: `peer: pandas + numpy + scikit-learn (+ ${int(boot)}-resample roc_auc bootstrap in ${bootRuns} round${bootRuns === 1 ? '' : 's'})`,
      cmd: PY,
      // The bootstrap (minutes at 1000 resamples) in the first `bootRuns` rounds only.
      args: (r) => [join(here, 'peer_sklearn.py'), 'run', prefix, '--boot', String(r < bootRuns ? boot : 0)],
      env: peerEnv(),
      check(m) {
        m.json = JSON.parse(m.stdout);
        if (m.json.rows !== rows) throw new Error(`unexpected output from the peer:\n${m.stdout.slice(0, 500)}`);
      },
    },
  ];
}

/** One CLI run under --cpu-prof from the TypeScript sources (so functions are named with their src/ files). */
async function profile({ root, work }, prefix) {
  const dir = join(work, 'evaluate-model-prof');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const r = await measure(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--import', 'tsx', join(root, 'src', 'cli', 'bin.ts'), 'evaluate-model', '--model', `${prefix}.onnx`, '--data', `${prefix}.csv`, '--label', 'y', '--out', join(dir, 'evaluation.json'), '--quiet'], { cwd: root });
  // tsx runs a loader thread too; the main thread is the profile with the most non-idle time.
  const profiles = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).map((f) => summarizeProfile(join(dir, f), root));
  const busy = (s) => s.totalMs - s.rows.filter((x) => x.name === '(idle)').reduce((a, x) => a + x.selfMs, 0);
  const main = profiles.sort((a, b) => busy(b) - busy(a))[0];
  return { wallMs: r.ms, summary: main, busyMs: busy(main) };
}

export async function run(ctx) {
  const { opts, root, work } = ctx;
  const rawPath = join(work, 'evaluate-model-raw.json');
  // --render-only: rewrite RESULTS.md from the measurements of the last run (no new measurements).
  if (opts['render-only']) return render(JSON.parse(readFileSync(rawPath, 'utf8')));
  const runs = Number(opts.runs ?? 3);
  const rows = Number(opts.rows ?? 1_000_000);
  const seed = Number(opts.seed ?? 42);
  const boot = Number(opts.boot ?? 1000);
  // Rounds whose peer run includes the bootstrap (the first ones); the others time its point metrics only.
  const bootRuns = Math.max(1, Math.min(runs, Number(opts['boot-runs'] ?? runs)));
  const reps = Number(opts.reps ?? 3);
  const cli = opts.cli ? resolve(opts.cli) : join(root, 'dist', 'cli', 'index.js');
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build first`);
  const info = JSON.parse((await measure(PY, [join(here, 'peer_sklearn.py'), 'info'], { env: peerEnv() })).stdout);
  const machine = machineNotes();
  const version = codeVersion(root);
  const prefix = await dataFiles(work, rows, seed);
  const mb = statSync(`${prefix}.csv`).size / 1e6;
  const s = sides(ctx, cli, prefix, rows, boot, bootRuns, reps);
  console.error(`  ${int(rows)} rows, ${runs} interleaved runs per side, the peer's ${int(boot)}-resample bootstrap in ${bootRuns} of them (it takes minutes)`);
  const [cliRes, inRes, peerRes] = await interleaved(s, runs);

  // Not timed: scikit-learn on our CLI's own per-row scores against our evaluation.json.
  const agree = JSON.parse((await measure(PY, [join(here, 'peer_sklearn.py'), 'compare', join(dirname(s[0].evaluation), 'predictions.csv'), s[0].evaluation], { env: peerEnv() })).stdout);
  const sameAsCli = JSON.stringify(inRes.runs.at(-1).json.metrics) === JSON.stringify(cliRes.runs.at(-1).metrics);
  const prof = opts['no-profile'] ? null : await profile(ctx, prefix);
  const strip = (r) => ({ name: r.name, ms: r.ms, rssKB: r.rssKB, runs: r.runs.map(({ stdout: _o, stderr: _e, ...m }) => m) });
  const raw = { runs, rows, seed, boot, bootRuns, reps, mb, info, machine, version, cliRes: strip(cliRes), inRes: strip(inRes), peerRes: strip(peerRes), agree, sameAsCli, prof };
  writeFileSync(rawPath, JSON.stringify(raw));
  return render(raw);
}

function render({ runs, rows, seed, boot, bootRuns = runs, reps, mb, info, machine, version = 'not recorded', cliRes, inRes, peerRes, agree, sameAsCli, prof }) {
  // Ours, per run: repetition 1 of each in-process measurement (cold, what one CLI run pays) and the warm median of the others.
  const T = (m) => m.json.times;
  const cold = (k) => (m) => T(m)[k][0];
  const warm = (k) => (m) => (T(m)[k].length > 1 ? median(T(m)[k].slice(1)) : T(m)[k][0]);
  const pointOf = (pick) => (m) => pick('fillMs')(m) + pick('sortMs')(m) + pick('pointMs')(m);
  const ciOnly = (pick) => (m) => Math.max(0, pick('withCiMs')(m) - pick('pointMs')(m));
  const P = (m) => m.json.seconds;
  const peerInfer = (m) => 1000 * P(m).inference;
  const peerMetrics = (m) => 1000 * P(m).metrics;
  const peerBoot = (m) => 1000 * P(m).bootstrap;
  const peerAll = (m) => peerMetrics(m) + peerBoot(m);
  const oursInfer = cold('inferRunMs');
  const oursAll = cold('metricsMs');

  const blas = Array.isArray(info.blas) ? info.blas.map((b) => `${b.internal_api}${b.version ? ` ${b.version}` : ''} (${b.architecture ? `${b.architecture}, ` : ''}${b.num_threads} threads)`).join('; ') : info.blas;
  // The rounds whose peer run did the bootstrap (--boot-runs): figures with the bootstrap come from these only.
  const bootIdx = peerRes.runs.map((m, i) => (m.json.boot > 0 ? i : -1)).filter((i) => i >= 0);
  const withBoot = (side) => ({ ...side, runs: bootIdx.map((i) => side.runs[i]) });
  const [cliB, inB, peerB] = [cliRes, inRes, peerRes].map(withBoot);
  const bootRounds = bootIdx.length < runs ? `the ${bootIdx.length} round${bootIdx.length === 1 ? '' : 's'} of ${runs} with it` : '';
  const bootNote = bootRounds ? ` (${bootRounds})` : '';
  const last = peerB.runs.at(-1).json;
  const o = [];
  o.push('## evaluate-model');
  o.push('');
  o.push(
    `Date ${machine.date}. Machine: ${machine.cores} cores (${machine.cpu}), ${machine.memGB} GiB, shared with other work; Linux ${machine.kernel}. ` +
      `Code: ${version}. Ours: Node ${machine.node}, onnxruntime-node 1.30.0 (default session options: graphOptimizationLevel all, its own thread pool). ` +
      `Peer: Python ${info.python}, numpy ${info.numpy}, scipy ${info.scipy}, scikit-learn ${info.sklearn}, pandas ${info.pandas} (Debian packages), BLAS ${blas}; OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE unset for the peer's runs only.`,
  );
  o.push('');
  o.push(
    `Data: ${int(rows)} rows x 20 numeric features + a 0/1 label from a known logistic model (${mb.toFixed(0)} MB CSV, seed ${seed}, bench/evaluate-model/make_model.py); ` +
      `model: StandardScaler + LogisticRegression fitted by scikit-learn on 100,000 other rows, written as skl2onnx does (Scaler -> LinearClassifier LOGISTIC, label + probabilities). ` +
      `${runs} rounds, each running every side once, interleaved (A B C, C B A, ...); medians over the rounds; ratios are medians of the per-round ratios (runs of one round are minutes apart at most). ` +
      `Our in-process figures are repetition 1 of ${reps} in a fresh process (cold JIT, as one CLI run pays); warm figures are in the details.`,
  );
  o.push('');
  o.push('### Metrics and intervals against inference, and against scikit-learn');
  o.push('');
  o.push(`| piece (${int(rows)} rows) | ours | peer | ours / peer |`);
  o.push('|---|---:|---:|---:|');
  const peerFolded = (m) => 1000 * P(m).inference_folded;
  o.push(`| inference: ours onnxruntime \`session.run\` over ${Math.ceil(rows / 4096)} batches of 4096 (float32); peer numpy as the pipeline computes it, \`((X - mean) * (1/scale)) @ w + b\` then the sigmoid (float64) | ${ms(med(inRes, oursInfer))} | ${ms(med(peerRes, peerInfer))} | ${ratio(perRound(inRes, oursInfer, peerRes, peerInfer))} |`);
  o.push(`| inference, peer with the scaler folded into the weights (one matrix-vector product, no temporaries) | ${ms(med(inRes, oursInfer))} | ${ms(med(peerRes, peerFolded))} | ${ratio(perRound(inRes, oursInfer, peerRes, peerFolded))} |`);
  o.push(`| metrics, point values: ours \`BinaryState\` fill + sort + \`binaryMetrics(intervals: false)\`; peer sklearn.metrics accuracy, balanced_accuracy, precision, recall, f1, roc_auc, average_precision, log_loss, brier_score_loss, confusion_matrix, calibration_curve (+ ECE in numpy) | ${ms(med(inRes, pointOf(cold)))} | ${ms(med(peerRes, peerMetrics))} | ${ratio(perRound(inRes, pointOf(cold), peerRes, peerMetrics))} |`);
  const rowMethod = cliRes.runs.at(-1).metrics.log_loss.method === 'normal-influence' ? 'influence-function normal x3 (above 20,000 rows)' : 'row bootstrap x3 at 1000 resamples (up to 20,000 rows)';
  const wWith = med(inRes, warm('withCiMs'));
  const wWithout = med(inRes, warm('pointMs'));
  const ciNegligible = med(inRes, ciOnly(warm)) < 0.1 * wWithout;
  const oursCi = ciNegligible ? `~0 (warm \`binaryMetrics\`: ${ms(wWith)} with, ${ms(wWithout)} without)` : ms(med(inRes, ciOnly(warm)));
  o.push(`| intervals alone: ours all 9 (Wilson x3, DeLong, confusion-cell bootstrap x2 at 1000 resamples, ${rowMethod}), as \`binaryMetrics\` with minus without intervals on one sorted state, warm; peer a ${int(boot)}-resample bootstrap of roc_auc only${bootNote} | ${oursCi} | ${ms(med(peerB, peerBoot))} | ${ciNegligible ? '-' : ratio(perRound(inB, ciOnly(warm), peerB, peerBoot))} |`);
  o.push(`| **metrics + 95% intervals**: ours \`computeMetrics\` as evaluate-model calls it; peer point metrics + the roc_auc bootstrap${bootNote} | **${ms(med(inB, oursAll))}** | **${ms(med(peerB, peerAll))}** | **${ratio(perRound(inB, oursAll, peerB, peerAll))}** |`);
  o.push(`| ours metrics + intervals against the peer's point metrics alone | ${ms(med(inRes, oursAll))} | ${ms(med(peerRes, peerMetrics))} | ${ratio(perRound(inRes, oursAll, peerRes, peerMetrics))} |`);
  o.push('');
  o.push('| within one side (median over rounds) | ours | peer: pipeline-form inference | peer: folded inference |');
  o.push('|---|---:|---:|---:|');
  o.push(`| **(metrics + intervals) / inference** | **${ratio(med(inRes, (m) => oursAll(m) / oursInfer(m)))}** | ${ratio(med(peerB, (m) => peerAll(m) / peerInfer(m)))} | ${ratio(med(peerB, (m) => peerAll(m) / peerFolded(m)))} |`);
  o.push(`| point metrics / inference | ${ratio(med(inRes, (m) => pointOf(cold)(m) / oursInfer(m)))} | ${ratio(med(peerRes, (m) => peerMetrics(m) / peerInfer(m)))} | ${ratio(med(peerRes, (m) => peerMetrics(m) / peerFolded(m)))} |`);
  o.push(`| (metrics + intervals) / inference, ours warm (repetitions 2..${reps}) | ${ratio(med(inRes, (m) => warm('metricsMs')(m) / warm('inferRunMs')(m)))} | | |`);
  o.push('');
  o.push(
    `Same numbers: scikit-learn on our CLI's own per-row scores (predictions.csv) matches our evaluation.json within ${agree.maxAbsDiff.toExponential(1)} over the 10 metrics, ` +
      `confusion matrix ${agree.confusionEqual ? 'equal' : 'DIFFERENT'}, calibration bin counts ${agree.calibrationCountsEqual ? 'equal' : 'DIFFERENT'}; ` +
      `the in-process metrics are ${sameAsCli ? 'identical to' : 'DIFFERENT from'} the CLI's. ` +
      `Peer's roc_auc ${last.metrics.roc_auc.toFixed(6)} (float64 scores) vs ours ${cliRes.runs.at(-1).metrics.roc_auc.value.toFixed(6)} (float32 onnxruntime scores); ` +
      `bootstrap interval [${last.roc_auc_bootstrap_ci?.map((x) => x.toFixed(5)).join(', ')}] vs our DeLong [${cliRes.runs.at(-1).metrics.roc_auc.ci.map((x) => x.toFixed(5)).join(', ')}].`,
  );
  o.push('');
  o.push('### End to end');
  o.push('');
  const peerNoBoot = (m) => m.ms - peerBoot(m);
  o.push('| process | median wall | median peak RSS |');
  o.push('|---|---:|---:|');
  o.push(`| ours: \`modelgate evaluate-model\` CLI (read CSV, onnxruntime, metrics + intervals, write evaluation.json and a ${int(rows)}-line predictions.csv) | ${ms(cliRes.ms)} | ${fmtMB(cliRes.rssKB)} |`);
  o.push(`| peer: imports, pandas read_csv, numpy scoring, sklearn point metrics (process wall minus the bootstrap) | ${ms(med(peerRes, peerNoBoot))} | |`);
  o.push(`| peer: the whole process, with the ${int(boot)}-resample roc_auc bootstrap${bootNote} | ${ms(med(peerB, (m) => m.ms))} | ${fmtMB(med(peerB, (m) => m.rssKB))} |`);
  o.push(`| ratio ours / peer without bootstrap (per round) | ${ratio(perRound(cliRes, (m) => m.ms, peerRes, peerNoBoot))} | |`);
  o.push(`| ratio ours / peer with bootstrap (per round${bootRounds ? `; ${bootRounds}` : ''}) | ${ratio(perRound(cliB, (m) => m.ms, peerB, (m) => m.ms))} | ${ratio(perRound(cliB, (m) => m.rssKB, peerB, (m) => m.rssKB))} |`);
  o.push('');
  const latRatio = perRound(cliRes, (m) => m.batchSumMs, inRes, oursInfer);
  o.push(
    `Inference inside our CLI is a small share of its wall time: the in-process \`session.run\` total is ${ms(med(inRes, oursInfer))}, ` +
      `metrics + intervals ${ms(med(inRes, oursAll))}, of a ${ms(cliRes.ms)} run. The sum of the CLI's own \`latency.batchMs\` is ${ms(med(cliRes, (m) => m.batchSumMs))} (median), ` +
      `${ratio(latRatio)} the in-process \`session.run\` total on the same model and rows` +
      (latRatio > 1.5 ? `: latency.batchMs overstates inference here (see README, caveats).` : `: they agree.`),
  );
  if (prof) {
    const sm = prof.summary;
    const busy = prof.busyMs;
    o.push('');
    o.push('### Where our CLI\'s time goes');
    o.push('');
    o.push(`One CLI run under \`node --cpu-prof\` from the TypeScript sources (tsx), main thread: ${ms(busy)} busy of ${ms(sm.totalMs)} sampled. Inclusive time of the main steps, then the top functions by self time (module loading, which tsx inflates, left out):`);
    o.push('');
    o.push('| step (inclusive) | time | share of busy |');
    o.push('|---|---:|---:|');
    const steps = [
      ['CSV parsing: `CsvParser.write` (src/data/csv.ts)', inclusiveOf(sm, 'write', 'src/data/csv.ts')],
      ['cells -> float32 feeds: `Model.feeds` (src/model/model.ts), of which `toNumber`', inclusiveOf(sm, 'feeds', 'src/model/model.ts')],
      ['  `toNumber` (src/model/model.ts)', inclusiveOf(sm, 'toNumber', 'src/model/model.ts')],
      ['onnxruntime `session.run` (onnxruntime-node backend)', Math.max(inclusiveOf(sm, 'run', 'onnxruntime-node/dist/backend.js'), inclusiveOf(sm, '(anonymous)', 'onnxruntime-node/dist/backend.js'))],
      ['metrics + intervals: `computeMetrics` (src/model/metrics.ts)', inclusiveOf(sm, 'computeMetrics', 'src/model/metrics.ts')],
      ['predictions.csv text: `csvField` (src/model/evaluate.ts)', inclusiveOf(sm, 'csvField', 'src/model/evaluate.ts')],
      ['sha256 of the data (`sha256Files`, node:crypto update)', inclusiveOf(sm, 'update', 'node:internal/crypto/hash')],
      ['garbage collector', inclusiveOf(sm, '(garbage collector)')],
    ];
    for (const [name, t] of steps) o.push(`| ${name} | ${ms(t)} | ${((100 * t) / busy).toFixed(0)}% |`);
    o.push('');
    o.push('| function | file | self | inclusive |');
    o.push('|---|---|---:|---:|');
    for (const r of sm.rows.filter((x) => x.name !== '(idle)' && !x.file.startsWith('node:internal/modules') && !x.file.includes('tsx/')).slice(0, 12)) o.push(`| \`${r.name}\` | ${r.file || '(VM)'} | ${ms(r.selfMs)} | ${ms(r.inclusiveMs)} |`);
  }
  o.push('');
  o.push('<details><summary>Every run, and warm figures</summary>');
  o.push('');
  o.push(`- ours CLI wall: ${cliRes.runs.map((m) => ms(m.ms)).join(', ')}; peak RSS ${cliRes.runs.map((m) => fmtMB(m.rssKB)).join(', ')}; sum of latency.batchMs ${cliRes.runs.map((m) => ms(m.batchSumMs)).join(', ')}`);
  for (const k of ['inferRunMs', 'inferWallMs', 'metricsMs', 'fillMs', 'sortMs', 'pointMs', 'withCiMs']) {
    o.push(`- ours in-process \`${k}\`, per run [rep 1, ..., rep ${reps}]: ${inRes.runs.map((m) => `[${T(m)[k].map((x) => x.toFixed(0)).join(', ')}]`).join(', ')} ms; warm median ${ms(med(inRes, warm(k)))}`);
  }
  o.push(`- peer wall: ${peerRes.runs.map((m) => ms(m.ms)).join(', ')}; peak RSS ${peerRes.runs.map((m) => fmtMB(m.rssKB)).join(', ')}${bootIdx.length < runs ? ` (the bootstrap ran in round${bootIdx.length === 1 ? '' : 's'} ${bootIdx.map((i) => i + 1).join(', ')})` : ''}`);
  for (const k of ['imports', 'read_csv', 'inference', 'inference_folded', 'metrics', 'bootstrap', 'bootstrap_per_resample']) o.push(`- peer \`${k}\`: ${peerRes.runs.map((m) => (k.startsWith('bootstrap') && !(m.json.boot > 0) ? '-' : ms(1000 * P(m)[k]))).join(', ')}`);
  const pm = Object.keys(P(peerRes.runs[0]).per_metric);
  o.push(`- peer per metric (median ms): ${pm.map((k) => `${k} ${med(peerRes, (m) => 1000 * P(m).per_metric[k]).toFixed(0)}`).join(', ')}`);
  o.push('');
  o.push('</details>');
  const text = o.join('\n');
  writeFileSync(join(here, 'RESULTS.md'), `# evaluate-model benchmark results\n\nWritten by \`node bench/evaluate-model/bench.mjs\` (or \`node bench/run.mjs evaluate-model\`); see README.md for what is measured.\n\n${text}\n`);
  console.error(`wrote ${join(here, 'RESULTS.md')}`);
  return text;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const benchDir = join(here, '..');
  const work = join(benchDir, 'work');
  mkdirSync(work, { recursive: true });
  const text = await run({ root: join(benchDir, '..'), benchDir, work, opts: parseArgs(process.argv.slice(2)) });
  console.log(text);
}
