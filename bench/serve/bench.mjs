// Benchmark of `modelgate serve`: throughput and p50/p99 latency under autocannon at 1, 8 and 64
// concurrent clients, with and without dynamic batching, against the ceiling of calling
// onnxruntime-node in process on the same model and rows with the same concurrency; one run.
//   node bench/serve/bench.mjs [--duration S] [--no-write]
//   node bench/run.mjs serve
// See bench/serve/README.md.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
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

async function startServer(batching) {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/cli/bin.ts'), 'serve', '--model', MODEL, '--name', 'cancer', '--port', String(port), '--log-level', 'warn', '--batching', String(batching)], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr.on('data', (c) => (err += c));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${url}/v2/health/ready`)).status === 200) return { url, stop: () => new Promise((r) => (child.on('close', r), child.kill('SIGTERM'))) };
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
  const results = { inproc: {}, on: {}, off: {} };
  const only = opts.only; // e.g. --only off:1 (probe one point, print, write nothing)

  if (only) {
    const [key, c] = only.split(':');
    const server = await startServer(key === 'on');
    try {
      await cannon(server.url, bodies, 8, 1);
      for (let k = 0; k < 3; k++) {
        const r = await cannon(server.url, bodies, Number(c), seconds);
        console.log(`batching ${key}, ${c} clients: ${r.requests.average} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms`);
      }
    } finally {
      await server.stop();
    }
    return '';
  }
  const session = await ort.InferenceSession.create(MODEL, { graphOptimizationLevel: 'all' });
  await inProcess(session, data, 1, 1); // warm-up
  for (const c of CLIENTS) {
    results.inproc[c] = await inProcess(session, data, c, seconds);
    console.error(`in-process ${c}: ${results.inproc[c].rps.toFixed(0)} calls/s`);
  }
  await session.release();

  for (const [key, batching] of [['on', true], ['off', false]]) {
    const server = await startServer(batching);
    try {
      await cannon(server.url, bodies, 8, 1); // warm-up
      for (const c of CLIENTS) {
        const r = await cannon(server.url, bodies, c, seconds);
        results[key][c] = { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors, total: r.requests.total };
        console.error(`serve batching ${key} ${c}: ${r.requests.average} req/s, p99 ${r.latency.p99} ms, non-2xx ${r.non2xx}, errors ${r.errors}`);
      }
    } finally {
      await server.stop();
    }
  }
  const section = render(results, seconds);
  if (!opts['no-write']) writeFileSync(join(here, 'RESULTS.md'), `# serve benchmark results\n\nWritten by \`node bench/serve/bench.mjs\`; see README.md for what is measured.\n\n${section}`);
  return section;
}

function render(r, seconds) {
  const f = (x, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : '-');
  const o = [];
  o.push('## serve', '');
  o.push(`Date ${new Date().toISOString().slice(0, 10)}. ${machineNotes()} Load average at the start: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}.`, '');
  o.push(`Model: test/fixtures/models/binary_logreg_tensor.onnx (Scaler -> LinearClassifier, 30 float inputs, label + probabilities). Each request is one row of breast_cancer.csv (171 rows, cycled) as an Open Inference Protocol v2 FP32 [1, 30] tensor. Server: \`modelgate serve\` as its own process (node:http, --log-level warn), load from autocannon 9 in the benchmark process, ${seconds} s per point after a 1 s warm-up. In-process ceiling: the same number of async loops calling \`session.run\` on one row each, in one process, ${seconds} s per point. Latencies of autocannon are whole milliseconds; in-process ones are performance.now() around session.run.`, '');
  o.push('| clients | in-process calls/s | p50 / p99 ms | serve, batching on: req/s | p50 / p99 ms | ratio to in-process | serve, batching off: req/s | p50 / p99 ms | ratio to in-process |');
  o.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const c of CLIENTS) {
    const i = r.inproc[c];
    const on = r.on[c];
    const off = r.off[c];
    o.push(`| ${c} | ${f(i.rps)} | ${f(i.p50, 3)} / ${f(i.p99, 3)} | ${f(on.rps)} | ${f(on.p50, 1)} / ${f(on.p99, 1)} | ${f(on.rps / i.rps, 2)}x | ${f(off.rps)} | ${f(off.p50, 1)} / ${f(off.p99, 1)} | ${f(off.rps / i.rps, 2)}x |`);
  }
  o.push('');
  const bad = CLIENTS.flatMap((c) => ['on', 'off'].map((k) => r[k][c].non2xx + r[k][c].errors)).reduce((a, b) => a + b, 0);
  o.push(`Requests answered with a non-2xx status or failed: ${bad}.`, '');
  const best64 = Math.max(r.on[64].rps, r.off[64].rps) / r.inproc[64].rps;
  const p99gap = Math.min(r.on[1].p99, r.off[1].p99) - r.inproc[1].p99;
  o.push(`Goals: at 64 clients at least 0.7x the in-process throughput: **${best64 >= 0.7 ? 'met' : 'missed'}** (${f(best64, 2)}x, best of batching on/off). p99 at 1 client within 2 ms of in-process single-row latency: **${p99gap <= 2 ? 'met' : 'missed'}** (${f(p99gap, 2)} ms above).`);
  o.push('', '<details><summary>Raw</summary>', '', '```json', JSON.stringify(r, null, 1), '```', '', '</details>', '');
  return o.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
