/**
 * In-process timing of our two costs on the same rows, for bench/evaluate-model/bench.mjs:
 * inference (onnxruntime-node session.run over batches, as evaluate-model runs it) and the metrics
 * with their intervals (src/model/metrics.ts computeMetrics, as evaluate-model calls it), plus a
 * breakdown of the metrics: filling the state, sorting it, point values only, intervals.
 *
 *   node_modules/.bin/tsx bench/evaluate-model/inproc.ts PREFIX [--reps 3] [--batch 4096] [--resamples 1000]
 *
 * PREFIX.x.f32 / PREFIX.y.u8 / PREFIX.onnx come from make_model.py. Prints one JSON object on
 * stdout: per repetition the times in ms (repetition 1 is cold: the JIT has not seen the code yet,
 * as in one CLI run), and the metric values of the last repetition.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { consoleLogger } from '../../src/lib/logger.js';
import { BinaryState, binaryMetrics } from '../../src/metrics/binary.js';
import { computeMetrics } from '../../src/model/metrics.js';
import { Model } from '../../src/model/model.js';
import { loadOnnxRuntime } from '../../src/model/ort.js';

const args = process.argv.slice(2);
const prefix = args[0];
const opt = (name: string, dflt: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const reps = opt('reps', 3);
const batch = opt('batch', 4096);
const resamples = opt('resamples', 1000);
const F = 20;

const xb = readFileSync(`${prefix}.x.f32`);
const X = new Float32Array(xb.buffer.slice(xb.byteOffset, xb.byteOffset + xb.byteLength));
const yb = readFileSync(`${prefix}.y.u8`);
const n = yb.length;
if (X.length !== n * F) throw new Error(`x has ${X.length} values, expected ${n} x ${F}`);
const y = Float64Array.from(yb);

const log = consoleLogger({ quiet: true });
const ort = await loadOnnxRuntime(log);
const model = await Model.load(ort, `${prefix}.onnx`);
const plan = model.outputPlan();
const fetch = [plan.probabilities!, plan.label!];

/** One pass of the model over all rows in batches; runMs sums the session.run calls only (evaluate-model's latency.batchMs). */
async function infer(score: Float64Array): Promise<{ runMs: number; wallMs: number }> {
  let runMs = 0;
  const t0 = performance.now();
  for (let s = 0; s < n; s += batch) {
    const m = Math.min(batch, n - s);
    const feeds = { [model.inputs[0].name]: new ort.Tensor('float32', X.subarray(s * F, (s + m) * F), [m, F]) };
    const t = performance.now();
    const out = await model.run(feeds, fetch);
    runMs += performance.now() - t;
    const p = out[plan.probabilities!].data as Float32Array;
    for (let r = 0; r < m; r++) score[s + r] = p[2 * r + 1];
  }
  return { runMs, wallMs: performance.now() - t0 };
}

const opts = { threshold: 0.5, confidence: 0.95, resamples, seed: 0 };
const score = new Float64Array(n);
const out: Record<string, number[]> = { inferRunMs: [], inferWallMs: [], metricsMs: [], fillMs: [], sortMs: [], pointMs: [], withCiMs: [] };
let values: unknown = null;
for (let r = 0; r < reps; r++) {
  const inf = await infer(score);
  out.inferRunMs.push(inf.runMs);
  out.inferWallMs.push(inf.wallMs);

  // What evaluate-model does after inference: computeMetrics on the per-row arrays.
  const rows = { classes: ['0', '1'], y: { values: y }, score: { values: score }, proba: { values: new Float64Array(0) } };
  let t = performance.now();
  const res = computeMetrics('binary', rows, opts);
  out.metricsMs.push(performance.now() - t);
  values = res.metrics;

  // Breakdown on a fresh state: fill, sort, point values only, then everything with intervals (on the sorted state).
  t = performance.now();
  const state = new BinaryState().addBatch(y, score);
  out.fillMs.push(performance.now() - t);
  t = performance.now();
  state.sortedScores();
  out.sortMs.push(performance.now() - t);
  t = performance.now();
  binaryMetrics(state, { ...opts, intervals: false });
  out.pointMs.push(performance.now() - t);
  t = performance.now();
  binaryMetrics(state, opts);
  out.withCiMs.push(performance.now() - t);
}
process.stdout.write(JSON.stringify({ rows: n, batch, resamples, reps, times: out, metrics: values }) + '\n');
