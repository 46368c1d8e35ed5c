// compare-to-baseline's paired tests and intervals side by side with statsmodels / scipy on
// 1,000,000 paired predictions. See bench/compare/README.md.
//
//   node bench/run.mjs compare [--runs 3] [--resamples 2000] [--boot-cap N] [--no-write]
//   node bench/compare/bench.mjs [--runs 3] [--resamples 2000] [--boot-cap N]
//
// Either way the table is written to bench/compare/RESULTS.md; run() also returns it as the
// section bench/run.mjs puts into bench/RESULTS.md (use --no-write there to only print it).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fmtMB, fmtRatio, interleaved, machineNotes, measure, median, parseArgs } from '../lib.mjs';
import { summarizeProfile } from '../evaluate-model/profile.mjs';

const PY = '/usr/bin/python3';
const here = dirname(fileURLToPath(import.meta.url));
const METRICS = ['accuracy', 'roc_auc', 'f1', 'log_loss'];

const sha = (path) => createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 16);
const int = (n) => n.toLocaleString('en-US');
const ms = (x) => (x >= 10000 ? `${(x / 1000).toFixed(1)} s` : x >= 1000 ? `${(x / 1000).toFixed(2)} s` : x >= 10 ? `${x.toFixed(0)} ms` : `${x.toFixed(1)} ms`);
const perRound = (a, f, b, g) => median(a.runs.map((m, i) => f(m) / g(b.runs[i])));
const med = (side, f) => median(side.runs.map(f));
const ratio = (x) => (x >= 100 ? `${x.toFixed(0)}x` : x >= 0.1 ? fmtRatio(x) : `${x.toPrecision(2)}x (1/${Math.round(1 / x).toLocaleString('en-US')})`);
const sig = (x) => (x === 0 ? '0' : Math.abs(x) < 1e-3 ? x.toExponential(3) : x.toPrecision(6));

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

async function dataFile(work, rows, seed) {
  const gen = join(here, 'generate.py');
  const prefix = join(work, `compare-${rows}-s${seed}`);
  const stamp = `${prefix}.stamp`;
  const want = JSON.stringify({ generator: sha(gen), rows, seed });
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== want || !existsSync(`${prefix}.f64`)) {
    console.error(`  generating ${prefix}.f64`);
    const r = await measure(PY, [gen, '--rows', String(rows), '--seed', String(seed), '--prefix', prefix], { env: peerEnv() });
    console.error(`  ${r.stdout.trim()}`);
    writeFileSync(stamp, want);
  }
  return prefix;
}

async function profile({ root, work }, prefix, resamples) {
  const dir = join(work, 'compare-prof');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await measure(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--import', 'tsx', join(here, 'paired.ts'), prefix, '--reps', '1', '--resamples', String(resamples)], { cwd: root });
  const profiles = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).map((f) => summarizeProfile(join(dir, f), root));
  const busy = (s) => s.totalMs - s.rows.filter((x) => x.name === '(idle)').reduce((a, x) => a + x.selfMs, 0);
  const main = profiles.sort((a, b) => busy(b) - busy(a))[0];
  return { summary: main, busyMs: busy(main) };
}

export async function run(ctx) {
  const { opts, root, work } = ctx;
  const rawPath = join(work, 'compare-raw.json');
  // --render-only: rewrite RESULTS.md from the measurements of the last run (no new measurements).
  if (opts['render-only']) return render(JSON.parse(readFileSync(rawPath, 'utf8')));
  const runs = Number(opts.runs ?? 3);
  const rows = Number(opts.rows ?? 1_000_000);
  const seed = Number(opts.seed ?? 42);
  const resamples = Number(opts.resamples ?? 2000);
  const bootCap = opts['boot-cap'] ? Number(opts['boot-cap']) : 0;
  const reps = Number(opts.reps ?? 3);
  const info = JSON.parse((await measure(PY, [join(here, 'peer_scipy.py'), 'info'], { env: peerEnv() })).stdout);
  const machine = machineNotes();
  const version = codeVersion(root);
  // Whether the code measured still builds per-row arrays with TypedArray.from(..., mapFn) (the idiom timed in paired.ts).
  const usesFromMapFn = /(Float64Array|Uint8Array)\.from\(p\.(candidate|baseline|y), \(/.test(readFileSync(join(root, 'src', 'gates', 'paired-metrics.ts'), 'utf8'));
  const prefix = await dataFile(work, rows, seed);
  const tsx = join(root, 'node_modules', '.bin', 'tsx');
  const sides = [
    {
      name: 'ours: pairedEstimate (tsx)',
      cmd: tsx,
      args: [join(here, 'paired.ts'), prefix, '--reps', String(reps), '--resamples', String(resamples)],
      check(m) {
        m.json = JSON.parse(m.stdout);
        if (m.json.rows !== rows) throw new Error(`unexpected output from paired.ts:\n${m.stdout.slice(0, 500)}`);
      },
    },
    {
      name: 'peer: statsmodels / scipy / numpy',
      cmd: PY,
      args: [join(here, 'peer_scipy.py'), 'run', prefix, '--resamples', String(resamples), ...(bootCap ? ['--boot-cap', String(bootCap)] : [])],
      env: peerEnv(),
      check(m) {
        m.json = JSON.parse(m.stdout);
        if (m.json.rows !== rows) throw new Error(`unexpected output from the peer:\n${m.stdout.slice(0, 500)}`);
      },
    },
  ];
  console.error(`  ${int(rows)} paired rows, ${runs} interleaved runs per side`);
  const [oursRes, peerRes] = await interleaved(sides, runs);
  const prof = opts['no-profile'] ? null : await profile(ctx, prefix, resamples);
  const strip = (r) => ({ name: r.name, ms: r.ms, rssKB: r.rssKB, runs: r.runs.map(({ stdout: _o, stderr: _e, ...m }) => m) });
  const raw = { runs, rows, seed, resamples, bootCap, reps, info, machine, version, usesFromMapFn, ours: strip(oursRes), peer: strip(peerRes), prof };
  writeFileSync(rawPath, JSON.stringify(raw));
  return render(raw);
}

function render({ runs, rows, seed, resamples, bootCap, reps, info, machine, version = 'not recorded', usesFromMapFn = true, ours, peer, prof }) {
  const cold = (k) => (m) => m.json.times[k][0];
  const warm = (k) => (m) => (m.json.times[k].length > 1 ? median(m.json.times[k].slice(1)) : m.json.times[k][0]);
  const S = (k) => (m) => 1000 * m.json.seconds[k];
  const scipyBoot = (m) => (bootCap ? 1000 * m.json.seconds.f1_scipy_bootstrap_per_resample * resamples : S('f1_scipy_bootstrap')(m));
  const peerOf = { accuracy: S('accuracy'), roc_auc: S('roc_auc'), log_loss: S('log_loss'), f1: scipyBoot };
  const oursTotal = (pick) => (m) => METRICS.reduce((a, k) => a + pick(k)(m), 0);
  const peerTotal = (m) => METRICS.reduce((a, k) => a + peerOf[k](m), 0);
  const peerTotalCells = (m) => peerTotal(m) - scipyBoot(m) + S('f1_numpy_cells')(m);

  const blas = Array.isArray(info.blas) ? info.blas.map((b) => `${b.internal_api}${b.version ? ` ${b.version}` : ''} (${b.architecture ? `${b.architecture}, ` : ''}${b.num_threads} threads)`).join('; ') : info.blas;
  const O = ours.runs.at(-1).json.results;
  const Pr = peer.runs.at(-1).json.results;
  const o = [];
  o.push('## compare');
  o.push('');
  o.push(
    `Date ${machine.date}. Machine: ${machine.cores} cores (${machine.cpu}), ${machine.memGB} GiB, shared with other work; Linux ${machine.kernel}. ` +
      `Code: ${version}. Ours: Node ${machine.node}, src/gates/paired-metrics.ts run by tsx. Peer: Python ${info.python}, numpy ${info.numpy}, scipy ${info.scipy}, statsmodels ${info.statsmodels} (Debian packages), BLAS ${blas}; OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE unset for the peer's runs only.`,
  );
  o.push('');
  o.push(
    `Data: ${int(rows)} paired rows (label, candidate and baseline probabilities, float32-rounded, correlated errors; seed ${seed}, bench/compare/generate.py), one raw float64 file both sides read. ` +
      `${runs} rounds, each running both sides once, interleaved; medians over the rounds; ratios are medians of the per-round ratios. ` +
      `"Cold" is the first call of each metric in a fresh process (what one compare-to-baseline run pays); "warm" the median of calls 2..${reps}. ` +
      `Each of our times is \`pairedEstimate(metric)\` plus its two p-values (margin 0 and a non-inferiority margin); the peer's is the piece of its script named in the row, from the arrays in memory.`,
  );
  o.push('');
  o.push('| metric: ours | peer | ours cold | ours warm | peer | **ours cold / peer** | ours warm / peer |');
  o.push('|---|---|---:|---:|---:|---:|---:|');
  const label = {
    accuracy: ['McNemar (asymptotic) + Tango score test + Tango score interval', 'numpy paired table + statsmodels `mcnemar(exact=False)` + Wald interval'],
    roc_auc: ["DeLong's paired test", 'numpy fast DeLong (Sun & Xu midranks via `scipy.stats.rankdata`)'],
    f1: [`joint-cell bootstrap, ${int(resamples)} multinomial redraws`, `\`scipy.stats.bootstrap(paired=True, vectorized=True, method='percentile')\`, ${int(resamples)} row resamples${bootCap ? ` (extrapolated from ${int(bootCap)})` : ''}`],
    log_loss: ['paired t-test on per-row losses', 'numpy per-row losses + `scipy.stats.ttest_rel`'],
  };
  for (const k of METRICS) {
    o.push(`| ${k}: ${label[k][0]} | ${label[k][1]} | ${ms(med(ours, cold(k)))} | ${ms(med(ours, warm(k)))} | ${ms(med(peer, peerOf[k]))} | **${ratio(perRound(ours, cold(k), peer, peerOf[k]))}** | ${ratio(perRound(ours, warm(k), peer, peerOf[k]))} |`);
  }
  o.push(`| f1, same algorithm as ours | numpy \`multinomial\` of the 8 joint cells, ${int(resamples)} redraws | ${ms(med(ours, cold('f1')))} | ${ms(med(ours, warm('f1')))} | ${ms(med(peer, S('f1_numpy_cells')))} | ${ratio(perRound(ours, cold('f1'), peer, S('f1_numpy_cells')))} | ${ratio(perRound(ours, warm('f1'), peer, S('f1_numpy_cells')))} |`);
  o.push(`| **all four** | with scipy's row bootstrap for f1 | ${ms(med(ours, oursTotal(cold)))} | ${ms(med(ours, oursTotal(warm)))} | ${ms(med(peer, peerTotal))} | **${ratio(perRound(ours, oursTotal(cold), peer, peerTotal))}** | ${ratio(perRound(ours, oursTotal(warm), peer, peerTotal))} |`);
  o.push(`| all four | with numpy's cell bootstrap for f1 | ${ms(med(ours, oursTotal(cold)))} | ${ms(med(ours, oursTotal(warm)))} | ${ms(med(peer, peerTotalCells))} | ${ratio(perRound(ours, oursTotal(cold), peer, peerTotalCells))} | ${ratio(perRound(ours, oursTotal(warm), peer, peerTotalCells))} |`);
  o.push('');
  if (bootCap) o.push(`scipy.stats.bootstrap ran ${int(bootCap)} resamples per run (${ms(med(peer, S('f1_scipy_bootstrap')))} measured, ${ms(med(peer, (m) => S('f1_scipy_bootstrap_per_resample')(m)))} per resample); its row is that per-resample time x ${int(resamples)}, an extrapolation (its cost is linear in resamples, batch ${25} resamples at a time).`);
  else o.push(`scipy.stats.bootstrap ran all ${int(resamples)} resamples in every run (${ms(med(peer, (m) => S('f1_scipy_bootstrap_per_resample')(m)))} per resample, 25 resamples per vectorised batch).`);
  o.push('');
  o.push('Same answers (last run; ours vs peer):');
  o.push('');
  o.push('| metric | delta ours | delta peer | 95% interval ours | 95% interval peer | p-values |');
  o.push('|---|---:|---:|---|---|---|');
  const ci = (c) => (c ? `[${c.map(sig).join(', ')}]` : '-');
  o.push(`| accuracy | ${sig(O.accuracy.delta)} | ${sig(Pr.accuracy.delta)} | ${ci(O.accuracy.ci)} (Tango) | ${ci(Pr.accuracy.ci)} (Wald) | McNemar two-sided p ${sig(Pr.accuracy.mcnemar_p)} (statsmodels, X2 = ${Pr.accuracy.mcnemar_statistic.toFixed(2)}); ours one-sided: regression p ${sig(O.accuracy.pRegression0)}, non-inferiority (margin 0.01, Tango) p ${sig(O.accuracy.pNonInferior)} |`);
  o.push(`| roc_auc | ${sig(O.roc_auc.delta)} | ${sig(Pr.roc_auc.delta)} | ${ci(O.roc_auc.ci)} | ${ci(Pr.roc_auc.ci)} | peer two-sided p ${sig(Pr.roc_auc.p)}; ours one-sided regression p ${sig(O.roc_auc.pRegression0)} |`);
  o.push(`| f1 | ${sig(O.f1.delta)} | ${sig(Pr.f1.delta)} | ${ci(O.f1.ci)} (cells) | ${ci(Pr.f1.ci)} (scipy rows, ${int(Pr.f1.resamples)}); ${ci(Pr.f1_cells.ci)} (numpy cells) | ours bootstrap p: regression ${sig(O.f1.pRegression0)}, non-inferiority ${sig(O.f1.pNonInferior)} |`);
  o.push(`| log_loss | ${sig(O.log_loss.delta)} | ${sig(Pr.log_loss.delta)} | ${ci(O.log_loss.ci)} (normal) | ${ci(Pr.log_loss.ci)} (t) | peer t = ${Pr.log_loss.t.toFixed(2)}, p ${sig(Pr.log_loss.p)}; ours one-sided regression p ${sig(O.log_loss.pRegression0)} |`);
  o.push('');
  const idi = (k) => (m) => median(m.json.idioms[k]);
  o.push(
    (usesFromMapFn
      ? `Where our time goes: \`pairedEstimate\` builds its per-row arrays (thresholded predictions on every call, also for roc_auc and log_loss, which never use them; per-row correctness; per-row losses) with \`Float64Array.from(scores, mapFn)\` / \`Uint8Array.from\`. `
      : `The code measured builds its per-row arrays with plain loops (an earlier version used \`TypedArray.from(scores, mapFn)\`). `) +
      `In the same processes, \`Float64Array.from(scores, mapFn)\` took ${ms(med(ours, idi('typedArrayFromMapFn')))} per ${int(rows)}-score array against ${ms(med(ours, idi('forLoop')))} for a plain \`for\` loop writing a preallocated Float64Array (${ratio(med(ours, (m) => idi('typedArrayFromMapFn')(m) / idi('forLoop')(m)))}).`,
  );
  if (prof) {
    const sm = prof.summary;
    o.push('');
    o.push(`One run of paired.ts (one call per metric) under \`node --cpu-prof\`: ${ms(prof.busyMs)} busy on the main thread. Top functions by self time (module loading left out; built-ins such as \`TypedArray.from\` and the comparators they call are counted in the caller):`);
    o.push('');
    o.push('| function | file | self | inclusive |');
    o.push('|---|---|---:|---:|');
    for (const r of sm.rows.filter((x) => x.name !== '(idle)' && !x.file.startsWith('node:internal/modules') && !x.file.includes('tsx/')).slice(0, 10)) o.push(`| \`${r.name}\` | ${r.file || '(VM)'} | ${ms(r.selfMs)} | ${ms(r.inclusiveMs)} |`);
  }
  o.push('');
  o.push('<details><summary>Every run</summary>');
  o.push('');
  o.push(`- ours process wall ${ours.runs.map((m) => ms(m.ms)).join(', ')}, peak RSS ${ours.runs.map((m) => fmtMB(m.rssKB)).join(', ')} (tsx start-up, reading the file, ${reps} calls per metric)`);
  for (const k of METRICS) o.push(`- ours ${k}, per run [call 1..${reps}]: ${ours.runs.map((m) => `[${m.json.times[k].map((x) => x.toFixed(0)).join(', ')}]`).join(', ')} ms`);
  o.push(`- ours idioms: TypedArray.from(mapFn) ${ours.runs.map((m) => `[${m.json.idioms.typedArrayFromMapFn.map((x) => x.toFixed(0)).join(', ')}]`).join(', ')} ms; for loop ${ours.runs.map((m) => `[${m.json.idioms.forLoop.map((x) => x.toFixed(0)).join(', ')}]`).join(', ')} ms`);
  o.push(`- peer process wall ${peer.runs.map((m) => ms(m.ms)).join(', ')}, peak RSS ${peer.runs.map((m) => fmtMB(m.rssKB)).join(', ')}`);
  for (const k of Object.keys(peer.runs[0].json.seconds)) o.push(`- peer ${k}: ${peer.runs.map((m) => ms(1000 * m.json.seconds[k])).join(', ')}`);
  o.push('');
  o.push('</details>');
  const text = o.join('\n');
  writeFileSync(join(here, 'RESULTS.md'), `# compare benchmark results\n\nWritten by \`node bench/compare/bench.mjs\` (or \`node bench/run.mjs compare\`); see README.md for what is measured.\n\n${text}\n`);
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
