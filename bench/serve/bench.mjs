// Benchmark of `modelgate serve`: throughput and p50/p99 latency under autocannon at 1, 8 and 64
// concurrent clients, with and without dynamic batching, against the ceiling of calling
// onnxruntime-node in process on the same model and rows with the same concurrency; one run.
//   node bench/serve/bench.mjs [--duration S] [--no-write] [--from-source] [--baseline REF]
//   node bench/run.mjs serve
// See bench/serve/README.md.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

async function startServer(batching) {
  const port = await freePort();
  const cli = batching === 'base' ? [BASELINE] : fromSource ? ['--import', 'tsx', join(root, 'src/cli/bin.ts')] : [BUNDLE];
  if (batching === 'base') batching = true;
  const args = batching === 'bare' ? ['-e', BARE, String(port)] : [...cli, 'serve', '--model', MODEL, '--name', 'cancer', '--port', String(port), '--log-level', 'warn', '--batching', String(batching)];
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr.on('data', (c) => (err += c));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${url}/v2/health/ready`)).status === 200) return { url, cpu: () => cpuMs(child.pid), stop: () => new Promise((r) => (child.on('close', r), child.kill('SIGTERM'))) };
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`server did not start: ${err}`);
}

function cannon(url, bodies, connections, seconds) {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        connections,
        duration: seconds,
        requests: bodies.map((body) => ({ method: 'POST', path: '/v2/models/cancer/infer', headers: { 'content-type': 'application/json' }, body })),
      },
      (err, r) => (err ? reject(err) : resolve(r)),
    );
  });
}

export async function run(ctx = {}) {
  const opts = ctx.opts ?? parseArgs(process.argv.slice(2));
  const seconds = Number(opts.duration ?? 5);
  const data = rows();
  const bodies = data.map((r) => JSON.stringify({ inputs: [{ name: 'input', shape: [1, 30], datatype: 'FP32', data: r }] }));
  const results = { inproc: {}, on: {}, off: {}, bare: {}, base: {}, loadavg: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ') };
  const only = opts.only; // e.g. --only off:1 (probe one point, print, write nothing)
  fromSource = !!opts['from-source'];
  if (!fromSource) await buildServer();
  const baseline = opts.baseline ? await buildBaseline(String(opts.baseline)) : undefined;
  const keys = ['inproc', 'on', 'off', 'bare', ...(baseline ? ['base'] : [])];

  if (only) {
    const [key, c] = only.split(':');
    const server = await startServer(key === 'bare' || key === 'base' ? key : key === 'on');
    try {
      await cannon(server.url, bodies, Number(c), 2);
      for (let k = 0; k < 3; k++) {
        const c0 = server.cpu();
        const r = await cannon(server.url, bodies, Number(c), seconds);
        const us = ((server.cpu() - c0) * 1000) / r.requests.total;
        console.log(`batching ${key}, ${c} clients: ${r.requests.average} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, server CPU ${us.toFixed(1)} us/request`);
      }
    } finally {
      await server.stop();
    }
    return '';
  }
  const rounds = Number(opts.rounds ?? 3);
  const runs = [];
  for (let round = 0; round < rounds; round++) {
    const one = { inproc: {}, on: {}, off: {}, bare: {}, base: {} };
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
    const sides = [['on', true], ['off', false], ['bare', 'bare'], ...(baseline ? [['base', 'base']] : [])];
    for (let k = 0; k < round % sides.length; k++) sides.push(sides.shift());
    for (const [key, batching] of sides) {
      const server = await startServer(batching);
      try {
        for (const c of CLIENTS) {
          await cannon(server.url, bodies, c, 2); // warm-up at this concurrency
          const c0 = server.cpu();
          const r = await cannon(server.url, bodies, c, seconds);
          const cpuUs = c0 === undefined ? NaN : ((server.cpu() - c0) * 1000) / r.requests.total;
          one[key][c] = { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors, total: r.requests.total, cpuUs };
          console.error(`round ${round + 1} serve ${key} ${c}: ${r.requests.average} req/s, p99 ${r.latency.p99} ms, server CPU ${cpuUs.toFixed(1)} us/request, non-2xx ${r.non2xx}, errors ${r.errors}`);
        }
      } finally {
        await server.stop();
      }
    }
    runs.push(one);
  }
  // Medians over the rounds, point by point; ratios are medians of the per-round ratios (the sides
  // of one round run minutes apart at most, so a slow spell of the shared machine moves both).
  for (const key of keys) {
    for (const c of CLIENTS) {
      const pts = runs.map((x) => x[key][c]);
      results[key][c] = {
        rps: med(pts.map((p) => p.rps)),
        p50: med(pts.map((p) => p.p50)),
        p99: med(pts.map((p) => p.p99)),
        cpuUs: med(pts.map((p) => p.cpuUs ?? NaN)),
        ratio: med(runs.map((x) => x[key][c].rps / x.inproc[c].rps)),
        ratios: runs.map((x) => x[key][c].rps / x.inproc[c].rps),
        toBare: med(runs.map((x) => x[key][c].rps / x.bare[c].rps)),
        non2xx: pts.reduce((a, p) => a + (p.non2xx ?? 0), 0),
        errors: pts.reduce((a, p) => a + (p.errors ?? 0), 0),
      };
    }
  }
  results.runs = runs;
  results.loadavgEnd = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  results.fromSource = fromSource;
  results.baseline = baseline;
  results.keys = keys;
  const section = render(results, seconds);
  if (!opts['no-write']) writeFileSync(join(here, 'RESULTS.md'), `# serve benchmark results\n\nWritten by \`node bench/serve/bench.mjs\`; see README.md for what is measured.\n\n${section}`);
  return section;
}

function med(xs) {
  const a = xs.filter((x) => !Number.isNaN(x)).sort((x, y) => x - y);
  if (!a.length) return NaN;
  return a.length % 2 ? a[(a.length - 1) / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
}

function render(r, seconds) {
  const f = (x, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : '-');
  // autocannon's latencies are whole milliseconds: 0 means under 1 ms.
  const ms = (x) => (x === 0 ? '<1' : f(x));
  const spread = (xs) => `${f(Math.min(...xs), 2)}-${f(Math.max(...xs), 2)}`;
  const o = [];
  o.push('## serve', '');
  const m = machineNotes();
  o.push(`Date ${m.date}. Machine: ${m.cores} cores (${m.cpu}), ${m.memGB} GiB, shared with other work (load average ${r.loadavg} at the start, ${r.loadavgEnd} at the end); Linux ${m.kernel}. Node ${m.node}, onnxruntime-node ${ort.env.versions?.common ?? '1.30.0'} (graphOptimizationLevel all; the server with its default --threads 1), autocannon ${require('autocannon/package.json').version}.`, '');
  const how = r.fromSource ? 'run from the TypeScript sources through tsx (--from-source)' : 'the CLI bundled from the working tree by esbuild as dist/cli is by ncc (bench/work/serve/cli.mjs), run by node';
  o.push(`Model: test/fixtures/models/binary_logreg_tensor.onnx (Scaler -> LinearClassifier, 30 float inputs, label + probabilities). Each request is one row of breast_cancer.csv (171 rows, cycled) as an Open Inference Protocol v2 FP32 [1, 30] tensor. Server: \`modelgate serve\` as its own process (node:http, --log-level warn), ${how}; load from autocannon in the benchmark process, ${seconds} s per point after a 2 s warm-up at the same concurrency; ${r.runs.length} rounds, each running every side (in-process first, then the servers in a rotating order). Throughput and latency are medians over the rounds, point by point; each ratio is the median of the per-round ratios; the raw numbers of every round are below. In-process ceiling: the same number of async loops calling \`session.run\` on one row each, in one process, ${seconds} s per point after the same warm-up, with onnxruntime's default threads and with one intra-op thread (the server's default, --threads 1); the better of the two per point. Latencies of autocannon are whole milliseconds; in-process ones are performance.now() around session.run. Server CPU is the user + system time of the server process over the measured ${seconds} s divided by the requests answered (from /proc), which other work on the machine moves less than req/s.`, '');
  o.push('| clients | in-process calls/s | p50 / p99 ms | serve, batching on: req/s | p50 / p99 ms | server CPU µs/req | ratio to in-process | serve, batching off: req/s | p50 / p99 ms | server CPU µs/req | ratio to in-process |');
  o.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const c of CLIENTS) {
    const i = r.inproc[c];
    const on = r.on[c];
    const off = r.off[c];
    o.push(`| ${c} | ${f(i.rps)} | ${f(i.p50, 3)} / ${f(i.p99, 3)} | ${f(on.rps)} | ${ms(on.p50)} / ${ms(on.p99)} | ${f(on.cpuUs, 1)} | **${f(on.ratio, 2)}x** (${spread(on.ratios)}) | ${f(off.rps)} | ${ms(off.p50)} / ${ms(off.p99)} | ${f(off.cpuUs, 1)} | ${f(off.ratio, 2)}x (${spread(off.ratios)}) |`);
  }
  o.push('', 'In parentheses: the lowest and highest per-round ratio.', '');
  o.push(`For scale, a bare node:http server in its own process that reads each body and answers \`{}\` (no JSON parsing, no model) under the same load: ${CLIENTS.map((c) => `${c} client${c > 1 ? 's' : ''}: ${f(r.bare[c].rps)} req/s (p50 / p99 ${ms(r.bare[c].p50)} / ${ms(r.bare[c].p99)} ms; server CPU ${f(r.bare[c].cpuUs, 1)} µs/req; ${f(r.bare[c].ratio, 2)}x in-process)`).join('; ')}. That is about the most any Node HTTP server does on this machine under this load generator, whatever runs behind it. modelgate serve with batching against the bare server, median of the per-round ratios: ${CLIENTS.map((c) => `${c} client${c > 1 ? 's' : ''} ${f(r.on[c].toBare, 2)}x`).join(', ')}.`, '');
  const bad = CLIENTS.flatMap((c) => r.keys.slice(1).map((k) => r[k][c].non2xx + r[k][c].errors)).reduce((a, b) => a + b, 0);
  if (r.baseline) {
    o.push(`Before and after, in the same rounds: the server at commit ${r.baseline} (--baseline, bundled the same way, batching on) reached ${CLIENTS.map((c) => `${c} client${c > 1 ? 's' : ''}: ${f(r.base[c].rps)} req/s, server CPU ${f(r.base[c].cpuUs, 1)} µs/req, **${f(r.base[c].ratio, 2)}x** in-process (${spread(r.base[c].ratios)})`).join('; ')}; this tree with batching on: ${CLIENTS.map((c) => `${f(r.on[c].ratio, 2)}x`).join(', ')}.`, '');
  }
  o.push(`Requests answered with a non-2xx status or failed: ${bad}.`, '');
  const overloaded = Math.max(Number(r.loadavg.split(' ')[0]), Number(r.loadavgEnd.split(' ')[0])) > m.cores * 1.5;
  if (overloaded) {
    o.push(`**The machine was overloaded during this run** (load average above ${m.cores * 1.5} on ${m.cores} cores): every side got a share of the cores that the scheduler decided, so the throughput ratios below say more about those shares than about the server (the in-process ceiling itself fell to ${f(r.inproc[64].rps)} calls/s at 64 clients). The server CPU per request is the steadier comparison.`, '');
  }
  const best64 = Math.max(r.on[64].ratio, r.off[64].ratio);
  const p99gap = Math.min(r.on[1].p99, r.off[1].p99) - r.inproc[1].p99;
  o.push(`Goals: at 64 clients at least 0.7x the in-process throughput: **${best64 >= 0.7 ? 'met' : 'missed'}${overloaded ? ' in this run, which was overloaded (see above)' : ''}** (${f(best64, 2)}x, best of batching on/off). p99 at 1 client within 2 ms of in-process single-row latency: **${p99gap <= 2 ? 'met' : 'missed'}** (serve p99 ${ms(Math.min(r.on[1].p99, r.off[1].p99))} ms, best of batching on/off, against in-process ${f(r.inproc[1].p99, 3)} ms).`);
  const extra = r.on[64].cpuUs - r.bare[64].cpuUs;
  o.push('', `Where the time goes: at 64 clients the server with batching spends ${f(r.on[64].cpuUs, 1)} µs of CPU per request, the bare server ${f(r.bare[64].cpuUs, 1)} µs: Node's HTTP handling and the socket writes (a writev system call per answer, which on loopback also runs the kernel's delivery to the load generator) are the bare server's cost and ours alike; the ${f(extra, 1)} µs more is modelgate's own work per request (reading the body, parsing the JSON tensor, routing, the variant and batch bookkeeping, metrics, the onnxruntime call's share, writing the answer). The model takes about ${f(1e6 / r.inproc[1].rps, 0)} µs a call in process at 1 client, so a request's fixed costs decide the ratio: a heavier model brings it up without any change to the server. Without batching every request is its own onnxruntime call, with onnxruntime-node's fixed per-call cost (a setImmediate hop, tensor wrapping, output copies).`);
  o.push('', '<details><summary>Every round</summary>', '', ...r.runs.map((one, i) => `- round ${i + 1}: ` + r.keys.map((k) => `${k} ` + CLIENTS.map((c) => `${c}: ${f(one[k][c].rps)}/s p99 ${k === 'inproc' ? f(one[k][c].p99, 3) : ms(one[k][c].p99)}${k === 'inproc' ? '' : ` cpu ${f(one[k][c].cpuUs, 1)}µs`}`).join(', ')).join('; ')), '', '</details>', '');
  return o.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const section = await run();
  if (process.argv.includes('--no-write')) console.log(section);
}
