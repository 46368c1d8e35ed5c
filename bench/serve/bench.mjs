// Benchmark of `modelgate serve`: throughput and p50/p99 latency under autocannon at 1, 8 and 64
// concurrent clients, with and without dynamic batching, against the ceiling of calling
// onnxruntime-node in process on the same model and rows with the same concurrency; one run.
//   node bench/serve/bench.mjs [--duration S] [--no-write] [--from-source] [--baseline REF]
//   node bench/run.mjs serve
// See bench/serve/README.md.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { machineNotes, parseArgs } from '../lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const require = createRequire(join(root, 'package.json'));
const ort = require('onnxruntime-node');
const autocannon = require('autocannon');

const MODEL = join(root, 'test/fixtures/models/binary_logreg_tensor.onnx');
const BUNDLE = join(root, 'bench/work/serve/cli.mjs');
const BASELINE = join(root, 'bench/work/serve/baseline.mjs');
const CLIENTS = [1, 8, 64];

function rows() {
  const lines = readFileSync(join(root, 'test/fixtures/models/breast_cancer.csv'), 'utf8').trim().split('\n').slice(1);
  return lines.map((l) => l.split(',').slice(0, 30).map(Number));
}

function quantile(sorted, q) {
  if (!sorted.length) return NaN;
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  return sorted[lo] + (sorted[Math.min(lo + 1, sorted.length - 1)] - sorted[lo]) * (i - lo);
}

/** `clients` loops each calling session.run on one row at a time for `seconds`. */
async function inProcess(session, data, clients, seconds) {
  const lat = [];
  let done = 0;
  const end = performance.now() + seconds * 1000;
  const loop = async (c) => {
    for (let i = c; performance.now() < end; i++) {
      const row = data[i % data.length];
      const t0 = performance.now();
      await session.run({ input: new ort.Tensor('float32', Float32Array.from(row), [1, 30]) });
      lat.push(performance.now() - t0);
      done++;
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: clients }, (_, c) => loop(c)));
  const elapsed = (performance.now() - t0) / 1000;
  lat.sort((a, b) => a - b);
  return { rps: done / elapsed, p50: quantile(lat, 0.5), p99: quantile(lat, 0.99), n: done };
}

function freePort() {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

// The floor of any node:http server here: read the body, answer a constant, no JSON, no model.
const BARE = `require('http').createServer((q, s) => { q.resume(); q.on('end', () => { s.writeHead(200, { 'content-type': 'application/json' }); s.end('{}'); }); }).listen(Number(process.argv[1]), '127.0.0.1');`;

/**
 * The CLI as users run it: one bundle of the sources (what dist/cli is, built by ncc), here by
 * esbuild into bench/work so that the benchmark measures the working tree without touching dist/.
 * Run from the sources through tsx instead (--from-source), every function pays tsx's keep-names
 * wrapper when it is created, which users never do.
 */
async function buildServer(srcRoot = root, outfile = BUNDLE) {
  mkdirSync(dirname(outfile), { recursive: true });
  const esbuild = require('esbuild');
  await esbuild.build({
    entryPoints: [join(srcRoot, 'src/cli/bin.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'es2022',
    outfile,
    external: ['onnxruntime-node'],
    logLevel: 'warning',
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
}

/**
 * The server as it was at a git commit (--baseline REF), bundled the same way, for a before/after
 * comparison in the same run: its sources are taken with `git archive` into bench/work/serve.
 */
async function buildBaseline(ref) {
  const dir = join(root, 'bench/work/serve/baseline-src');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const tar = execFileSync('git', ['archive', ref, 'src', 'package.json'], { cwd: root, maxBuffer: 1 << 28 });
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
  await buildServer(dir, BASELINE);
  return execFileSync('git', ['rev-parse', '--short', ref], { cwd: root, encoding: 'utf8' }).trim();
}

/** CPU time (user + system, ms) of a process so far, from /proc (Linux); undefined elsewhere. */
function cpuMs(pid) {
  const stat = `/proc/${pid}/stat`;
  if (!existsSync(stat)) return undefined;
  const f = readFileSync(stat, 'utf8').split(') ')[1].split(' ');
  return ((Number(f[11]) + Number(f[12])) * 1000) / 100; // USER_HZ is 100 on Linux
}

let fromSource = false;

/**
 * The servers measured, by key: modelgate serve with batching on or off and 1 or 2 worker
 * processes (--workers), the bare node:http server in one process or two (node:cluster), and the
 * server at a baseline commit (--baseline).
 */
const SIDES = {
  on: { label: 'serve, batching on, 1 worker', batching: true, workers: 1 },
  off: { label: 'serve, batching off, 1 worker', batching: false, workers: 1 },
  on2: { label: 'serve, batching on, 2 workers', batching: true, workers: 2 },
  off2: { label: 'serve, batching off, 2 workers', batching: false, workers: 2 },
  bare: { label: 'bare node:http, 1 process', bare: 1 },
  bare2: { label: 'bare node:http, 2 processes (node:cluster)', bare: 2 },
  base: { label: 'serve at the baseline commit, batching on', batching: true, workers: 1, baseline: true },
};
const SERVE_SIDES = ['on', 'off', 'on2', 'off2'];

// The bare server in two processes sharing the port, as `modelgate serve --workers 2` does.
// A file, not -e: node:cluster's workers run the primary's script.
const BARE2_FILE = join(root, 'bench/work/serve/bare2.cjs');
const BARE2 = `const cluster = require('cluster'); if (cluster.isPrimary) { cluster.fork(); cluster.fork(); } else { ${BARE.replace('process.argv[1]', 'process.env.PORT')} }`;

/** A process's children (from the parent pid field of /proc/<pid>/stat). */
function childrenOf(pid) {
  const out = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const f = readFileSync(`/proc/${d}/stat`, 'utf8').split(') ')[1].split(' ');
      if (Number(f[1]) === pid) out.push(Number(d));
    } catch {
      /* gone */
    }
  }
  return out;
}

/** CPU ms of a server: its process and, with workers, their processes. */
function treeCpuMs(pid) {
  const own = cpuMs(pid);
  if (own === undefined) return undefined;
  return childrenOf(pid).reduce((a, p) => a + (cpuMs(p) ?? 0), own);
}

async function startServer(key) {
  const side = SIDES[key];
  const port = await freePort();
  const cli = side.baseline ? [BASELINE] : fromSource ? ['--import', 'tsx', join(root, 'src/cli/bin.ts')] : [BUNDLE];
  const args = side.bare === 1 ? ['-e', BARE, String(port)] : side.bare === 2 ? [BARE2_FILE] : [...cli, 'serve', '--model', MODEL, '--name', 'cancer', '--port', String(port), '--log-level', 'warn', '--batching', String(side.batching), ...(side.workers > 1 ? ['--workers', String(side.workers)] : [])];
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, PORT: String(port) } });
  let err = '';
  child.stderr.on('data', (c) => (err += c));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${url}/v2/health/ready`)).status === 200) return { url, cpu: () => treeCpuMs(child.pid), stop: () => new Promise((r) => (child.on('close', r), child.kill('SIGTERM'))) };
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`server did not start: ${err}`);
}

const PATH = '/v2/models/cancer/infer';

function cannon(url, bodies, connections, seconds) {
  // autocannon runs in this process, which does nothing else meanwhile: its CPU is this process's.
  const u0 = process.cpuUsage();
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        connections,
        duration: seconds,
        requests: bodies.map((body) => ({ method: 'POST', path: PATH, headers: { 'content-type': 'application/json' }, body })),
      },
      (err, r) => {
        if (err) return reject(err);
        const u = process.cpuUsage(u0);
        resolve({ rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, total: r.requests.total, bad: r.non2xx + r.errors, whole: true, genUs: (u.user + u.system) / r.requests.total });
      },
    );
  });
}

/**
 * wrk (C, one thread) with bench/serve/wrk.lua: the bodies of BODIES_FILE in turn; latencies in µs.
 * Run under GNU time (when installed) for its CPU time.
 */
function wrk(url, _bodies, connections, seconds) {
  const timeFile = join(dirname(BODIES_FILE), 'wrk-time.txt');
  const timed = existsSync('/usr/bin/time');
  const argv = ['-t1', `-c${connections}`, `-d${seconds}s`, '-s', join(here, 'wrk.lua'), url + PATH];
  return new Promise((resolve, reject) => {
    const child = spawn(timed ? '/usr/bin/time' : WRK, timed ? ['-f', '%U %S', '-o', timeFile, WRK, ...argv] : argv, { env: { ...process.env, BODIES: BODIES_FILE }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (err += c));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = out.trim().split('\n').pop();
      if (code !== 0 || !line?.startsWith('{')) return reject(new Error(`wrk failed (${code}): ${err || out}`));
      const r = JSON.parse(line);
      const [user, sys] = timed ? readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ').map(Number) : [NaN, NaN];
      resolve({ rps: r.rps, p50: r.p50_us / 1000, p99: r.p99_us / 1000, total: r.requests, bad: r.connect + r.read + r.write + r.status + r.timeout, whole: false, genUs: ((user + sys) * 1e6) / r.requests });
    });
  });
}

const WRK = '/usr/bin/wrk';
const BODIES_FILE = join(root, 'bench/work/serve/bodies.jsonl');
const GENERATORS = { wrk, autocannon: cannon };
const LAST = join(root, 'bench/work/serve/last-run.json');

export async function run(ctx = {}) {
  const opts = ctx.opts ?? parseArgs(process.argv.slice(2));
  const seconds = Number(opts.duration ?? 5);
  const data = rows();
  const bodies = data.map((r) => JSON.stringify({ inputs: [{ name: 'input', shape: [1, 30], datatype: 'FP32', data: r }] }));
  mkdirSync(dirname(BODIES_FILE), { recursive: true });
  writeFileSync(BODIES_FILE, bodies.join('\n') + '\n');
  writeFileSync(BARE2_FILE, BARE2);
  const gens = String(opts.loadgen ?? 'wrk,autocannon').split(',');
  for (const g of gens) if (!GENERATORS[g]) throw new Error(`--loadgen: '${g}' is not wrk or autocannon`);
  if (gens.includes('wrk') && !existsSync(WRK)) throw new Error(`${WRK} not found: apt-get install wrk (or --loadgen autocannon)`);
  if (opts['render-only']) {
    const last = JSON.parse(readFileSync(LAST, 'utf8'));
    const section = render(last.results, last.seconds);
    if (!opts['no-write']) writeFileSync(join(here, 'RESULTS.md'), `# serve benchmark results\n\nWritten by \`node bench/serve/bench.mjs\`; see README.md for what is measured.\n\n${section}`);
    return section;
  }
  const only = opts.only; // e.g. --only off:1 (probe one point, print, write nothing)
  fromSource = !!opts['from-source'];
  if (!fromSource) await buildServer();
  const baseline = opts.baseline ? await buildBaseline(String(opts.baseline)) : undefined;
  const sides = String(opts.sides ?? 'on,off,on2,off2,bare,bare2').split(',').concat(baseline ? ['base'] : []);
  for (const k of sides) if (!SIDES[k] || (k === 'base' && !baseline)) throw new Error(`--sides: '${k}' is not one of ${Object.keys(SIDES).join(', ')}`);

  if (only) {
    const [key, c] = only.split(':');
    const server = await startServer(key);
    try {
      for (const g of gens) {
        await GENERATORS[g](server.url, bodies, Number(c), 2);
        for (let k = 0; k < 3; k++) {
          const c0 = server.cpu();
          const r = await GENERATORS[g](server.url, bodies, Number(c), seconds);
          const us = ((server.cpu() - c0) * 1000) / r.total;
          console.log(`${g}: ${SIDES[key].label}, ${c} clients: ${r.rps.toFixed(0)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, server CPU ${us.toFixed(1)} us/request, load generator CPU ${r.genUs.toFixed(1)} us/request, failed ${r.bad}`);
        }
      }
    } finally {
      await server.stop();
    }
    return '';
  }
  const rounds = Number(opts.rounds ?? 3);
  const runs = [];
  for (let round = 0; round < rounds; round++) {
    const one = { inproc: {} };
    for (const g of gens) one[g] = Object.fromEntries(sides.map((k) => [k, {}]));
    // The ceiling: the better of onnxruntime's default threads and one thread (the server's default), per point.
    for (const threads of [0, 1]) {
      const session = await ort.InferenceSession.create(MODEL, { graphOptimizationLevel: 'all', ...(threads ? { intraOpNumThreads: threads } : {}) });
      for (const c of CLIENTS) {
        await inProcess(session, data, c, 2); // warm-up at this concurrency
        const x = await inProcess(session, data, c, seconds);
        x.threads = threads || 'default';
        if (!one.inproc[c] || x.rps > one.inproc[c].rps) one.inproc[c] = x;
        console.error(`round ${round + 1} in-process (threads ${x.threads}) ${c}: ${x.rps.toFixed(0)} calls/s`);
      }
      await session.release();
    }
    // Sides in a different order each round, so a slow spell of the shared machine does not always hit the same one.
    const order = [...sides];
    for (let k = 0; k < round % order.length; k++) order.push(order.shift());
    for (const key of order) {
      const server = await startServer(key);
      try {
        for (const c of CLIENTS) {
          for (const g of gens) {
            await GENERATORS[g](server.url, bodies, c, 2); // warm-up at this concurrency
            const c0 = server.cpu();
            const r = await GENERATORS[g](server.url, bodies, c, seconds);
            r.cpuUs = c0 === undefined ? NaN : ((server.cpu() - c0) * 1000) / r.total;
            one[g][key][c] = r;
            console.error(`round ${round + 1} ${g} ${key} ${c}: ${r.rps.toFixed(0)} req/s, p99 ${r.p99} ms, server CPU ${r.cpuUs.toFixed(1)} us/request, load generator ${r.genUs.toFixed(1)} us/request, failed ${r.bad}`);
          }
        }
      } finally {
        await server.stop();
      }
    }
    runs.push(one);
  }
  // Medians over the rounds, point by point; ratios are medians of the per-round ratios (the sides
  // of one round run minutes apart at most, so a slow spell of the shared machine moves both).
  const results = { inproc: {}, loadavg, gens, sides };
  for (const c of CLIENTS) results.inproc[c] = { rps: med(runs.map((x) => x.inproc[c].rps)), p50: med(runs.map((x) => x.inproc[c].p50)), p99: med(runs.map((x) => x.inproc[c].p99)) };
  for (const g of gens) {
    results[g] = {};
    for (const key of sides) {
      results[g][key] = {};
      for (const c of CLIENTS) {
        const pts = runs.map((x) => x[g][key][c]);
        results[g][key][c] = {
          rps: med(pts.map((p) => p.rps)),
          p50: med(pts.map((p) => p.p50)),
          p99: med(pts.map((p) => p.p99)),
          cpuUs: med(pts.map((p) => p.cpuUs ?? NaN)),
          genUs: med(pts.map((p) => p.genUs ?? NaN)),
          ratio: med(runs.map((x) => x[g][key][c].rps / x.inproc[c].rps)),
          ratios: runs.map((x) => x[g][key][c].rps / x.inproc[c].rps),
          bad: pts.reduce((a, p) => a + p.bad, 0),
          whole: pts[0].whole,
        };
      }
    }
  }
  results.runs = runs;
  results.loadavgEnd = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  results.fromSource = fromSource;
  results.baseline = baseline;
  // Kept, so that a run's numbers outlive a mistake in rendering them (--render-only).
  writeFileSync(LAST, JSON.stringify({ results, seconds }));
  const section = render(results, seconds);
  if (!opts['no-write']) writeFileSync(join(here, 'RESULTS.md'), `# serve benchmark results\n\nWritten by \`node bench/serve/bench.mjs\`; see README.md for what is measured.\n\n${section}`);
  return section;
}

const loadavg = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

function med(xs) {
  const a = xs.filter((x) => !Number.isNaN(x)).sort((x, y) => x - y);
  if (!a.length) return NaN;
  return a.length % 2 ? a[(a.length - 1) / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
}

function render(r, seconds) {
  const f = (x, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : '-');
  // autocannon's latencies are whole milliseconds: 0 means under 1 ms.
  const ms = (x, whole) => (whole ? (x === 0 ? '<1' : f(x)) : f(x, 2));
  const spread = (xs) => `${f(Math.min(...xs), 2)}-${f(Math.max(...xs), 2)}`;
  const o = [];
  o.push('## serve', '');
  const m = machineNotes();
  // `wrk --version` prints its version and usage, and exits with status 1.
  const wrkVersion = r.gens.includes('wrk') ? (spawnSync(WRK, ['--version'], { encoding: 'utf8' }).stdout.match(/wrk (\S+)/)?.[1] ?? '?') : undefined;
  o.push(`Date ${m.date}. Machine: ${m.cores} cores (${m.cpu}), ${m.memGB} GiB, shared with other work (load average ${r.loadavg} at the start, ${r.loadavgEnd} at the end); Linux ${m.kernel}. Node ${m.node}, onnxruntime-node ${ort.env.versions?.common ?? '1.30.0'} (graphOptimizationLevel all; the server with its default --threads 1). Load generators: ${r.gens.map((g) => (g === 'wrk' ? `wrk ${wrkVersion} (C, one thread, bench/serve/wrk.lua)` : `autocannon ${require('autocannon/package.json').version} (JavaScript, in the benchmark process)`)).join('; ')}.`, '');
  const how = r.fromSource ? 'run from the TypeScript sources through tsx (--from-source)' : 'the CLI bundled from the working tree by esbuild as dist/cli is by ncc (bench/work/serve/cli.mjs), run by node';
  o.push(`Model: test/fixtures/models/binary_logreg_tensor.onnx (Scaler -> LinearClassifier, 30 float inputs, label + probabilities). Each request is one row of breast_cancer.csv (171 rows, cycled) as an Open Inference Protocol v2 FP32 [1, 30] tensor. Server: \`modelgate serve\` as its own process (node:http, --log-level warn; with --workers 2 a primary and two worker processes), ${how}; each load generator in turn at each point, ${seconds} s per point after a 2 s warm-up at the same concurrency; ${r.runs.length} round${r.runs.length > 1 ? 's' : ''}, each running every side (in-process first, then the servers in a rotating order). Throughput and latency are medians over the rounds, point by point; each ratio is the median of the per-round ratios; the raw numbers of every round are below. In-process ceiling: the same number of async loops calling \`session.run\` on one row each, in one process, ${seconds} s per point after the same warm-up, with onnxruntime's default threads and with one intra-op thread (the server's default, --threads 1); the better of the two per point. Latencies of autocannon are whole milliseconds, wrk's microseconds; in-process ones are performance.now() around session.run. Server CPU is the user + system time of the server's processes (primary and workers) over the measured ${seconds} s divided by the requests answered (from /proc), which other work on the machine moves less than req/s.`, '');
  o.push('| clients | in-process calls/s | p50 / p99 ms |', '|---:|---:|---:|');
  for (const c of CLIENTS) o.push(`| ${c} | ${f(r.inproc[c].rps)} | ${f(r.inproc[c].p50, 3)} / ${f(r.inproc[c].p99, 3)} |`);
  o.push('');
  const head = ['side', 'clients', ...r.gens.flatMap((g) => [`${g}: req/s`, 'p50 / p99 ms', 'CPU µs/req: server + load generator', 'ratio to in-process'])];
  o.push(`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`);
  for (const key of r.sides) {
    for (const c of CLIENTS) {
      const cells = r.gens.flatMap((g) => {
        const x = r[g][key][c];
        const ratio = `${f(x.ratio, 2)}x (${spread(x.ratios)})`;
        return [f(x.rps), `${ms(x.p50, x.whole)} / ${ms(x.p99, x.whole)}`, `${f(x.cpuUs, 1)} + ${f(x.genUs, 1)}`, c === 64 && SERVE_SIDES.includes(key) ? `**${ratio}**` : ratio];
      });
      o.push(`| ${c === CLIENTS[0] ? SIDES[key].label : ''} | ${c} | ${cells.join(' | ')} |`);
    }
  }
  o.push('', 'In parentheses: the lowest and highest per-round ratio. The bare node:http server reads each body and answers `{}` (no JSON parsing, no model): about the most a Node HTTP server in that many processes does on this machine under that load generator, whatever runs behind it.', '');
  const bad = r.gens.flatMap((g) => r.sides.flatMap((k) => CLIENTS.map((c) => r[g][k][c].bad))).reduce((a, b) => a + b, 0);
  o.push(`Requests answered with a non-2xx status or failed: ${bad}.`, '');
  const overloaded = Math.max(Number(r.loadavg.split(' ')[0]), Number(r.loadavgEnd.split(' ')[0])) > m.cores * 1.5;
  if (overloaded) {
    o.push(`**The machine was overloaded during this run** (load average above ${m.cores * 1.5} on ${m.cores} cores): every side got a share of the cores that the scheduler decided, so the throughput ratios say more about those shares than about the server (the in-process ceiling itself fell to ${f(r.inproc[64].rps)} calls/s at 64 clients). The server CPU per request is the steadier comparison.`, '');
  }
  const serveSides = r.sides.filter((k) => SERVE_SIDES.includes(k));
  const goals = r.gens.map((g) => {
    const best = serveSides.reduce((a, k) => (r[g][k][64].ratio > r[g][a][64].ratio ? k : a), serveSides[0]);
    const x = r[g][best][64].ratio;
    const p99 = Math.min(...serveSides.map((k) => r[g][k][1].p99));
    const whole = r[g][best][1].whole;
    return `under ${g}: at 64 clients at least 0.7x the in-process throughput **${x >= 0.7 ? 'met' : 'missed'}${overloaded ? ' in this overloaded run' : ''}** (${f(x, 2)}x, ${SIDES[best].label}); p99 at 1 client within 2 ms of in-process single-row latency **${p99 - r.inproc[1].p99 <= 2 ? 'met' : 'missed'}** (serve p99 ${ms(p99, whole)} ms against in-process ${f(r.inproc[1].p99, 3)} ms)`;
  });
  o.push(`Goals ${goals.join('; ')}.`);
  const g0 = r.gens[0];
  if (r.sides.includes('on') && r.sides.includes('bare') && !overloaded) {
    const on = r[g0].on[64];
    const bare = r[g0].bare[64];
    o.push('', `Where the time goes (${g0}, 64 clients): the server with batching spends ${f(on.cpuUs, 1)} µs of CPU per request, the bare server ${f(bare.cpuUs, 1)} µs: Node's HTTP handling and the socket writes (a writev system call per answer, which on loopback also runs the kernel's delivery to the load generator) are the bare server's cost and ours alike; the ${f(on.cpuUs - bare.cpuUs, 1)} µs more is modelgate's own work per request (reading the body, parsing the JSON tensor, routing, the variant and batch bookkeeping, metrics, the onnxruntime call's share, writing the answer). The model takes about ${f(1e6 / r.inproc[1].rps, 0)} µs a call in process at 1 client, so a request's fixed costs decide the ratio: a heavier model brings it up without any change to the server. With two workers the two cores run two event loops, and the load generator takes its share of the same cores.`);
  }
  if (r.sides.includes('on')) {
    const g = r.gens[0];
    const best = r[g].on2?.[64] ?? r[g].on[64];
    const need = 0.7 * r.inproc[64].rps;
    const budget = (m.cores * 1e6) / need;
    if (overloaded) o.push('', `(Overloaded run: the ceiling below is the depressed one of this run, so the budget is too generous; on a quiet run of this machine the in-process ceiling at 64 clients was about 79,000 calls/s, which leaves about 36 µs per request.)`);
    o.push('', `The CPU budget (${g}, 64 clients): 0.7x the in-process ceiling is ${f(need)} req/s; on ${m.cores} cores shared by server, load generator and kernel that leaves ${f(budget, 1)} µs of CPU per request for all of them. Measured: the server with batching ${f(r[g].on[64].cpuUs, 1)} µs (1 worker)${r[g].on2 ? ` and ${f(r[g].on2[64].cpuUs, 1)} µs (2 workers)` : ''}, ${g} ${f(best.genUs, 1)} µs, so at most about ${f((m.cores * 1e6) / (r[g].on[64].cpuUs + r[g].on[64].genUs) / r.inproc[64].rps, 2)}x here whatever the number of workers; the bare server alone takes ${f(r[g].bare?.[64]?.cpuUs, 1)} µs. Workers spread the server's work over the cores; they cannot make a request cost less.`);
  }
  o.push('', '<details><summary>Every round</summary>', '');
  r.runs.forEach((one, i) => {
    o.push(`- round ${i + 1}: in-process ` + CLIENTS.map((c) => `${c}: ${f(one.inproc[c].rps)}/s p99 ${f(one.inproc[c].p99, 3)}`).join(', '));
    for (const g of r.gens) o.push(`  - ${g}: ` + r.sides.map((k) => `${k} ` + CLIENTS.map((c) => `${c}: ${f(one[g][k][c].rps)}/s p99 ${ms(one[g][k][c].p99, one[g][k][c].whole)} cpu ${f(one[g][k][c].cpuUs, 1)}+${f(one[g][k][c].genUs, 1)}µs`).join(', ')).join('; '));
  });
  o.push('', '</details>', '');
  return o.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const section = await run();
  if (process.argv.includes('--no-write')) console.log(section);
}
