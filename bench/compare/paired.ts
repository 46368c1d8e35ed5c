/**
 * Our side of the compare benchmark: src/gates/paired-metrics.ts pairedEstimate() on the paired
 * predictions of generate.py, timed per metric in one process:
 *
 *   accuracy  McNemar (no margin) + Tango's score test (margin) + Tango's score interval
 *   roc_auc   DeLong's test for two correlated AUCs
 *   f1        paired bootstrap of the 8 joint confusion cells (multinomial redraws), --resamples
 *   log_loss  paired t-test on per-row log losses
 *
 *   node_modules/.bin/tsx bench/compare/paired.ts PREFIX [--reps 3] [--resamples 2000] [--metrics accuracy,roc_auc,f1,log_loss]
 *
 * Each timed call is pairedEstimate(...) plus its two p-values (pRegression at margin 0 and
 * pNonInferior at margin 0.01, the lazy parts), on the same PairedRows. Repetitions interleave the
 * metrics (rep 1 runs each metric once, then rep 2, ...); rep 1 is cold (the JIT has not seen the
 * code, as in one compare-to-baseline run). Prints one JSON object.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pairedEstimate } from '../../src/gates/paired-metrics.js';
import type { PairedRows } from '../../src/gates/paired-data.js';

const args = process.argv.slice(2);
const prefix = args[0];
const opt = (name: string, dflt: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const reps = Number(opt('reps', '3'));
const resamples = Number(opt('resamples', '2000'));
const metrics = opt('metrics', 'accuracy,roc_auc,f1,log_loss').split(',');

const t0 = performance.now();
const buf = readFileSync(`${prefix}.f64`);
const all = new Float64Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
const n = all.length / 3;
const p: PairedRows = {
  task: 'binary',
  n,
  y: all.subarray(0, n),
  candidate: all.subarray(n, 2 * n),
  baseline: all.subarray(2 * n, 3 * n),
  slices: new Map(),
};
const loadMs = performance.now() - t0;

const times: Record<string, number[]> = Object.fromEntries(metrics.map((m) => [m, []]));
const results: Record<string, unknown> = {};
for (let r = 0; r < reps; r++) {
  for (const metric of metrics) {
    const direction = metric === 'log_loss' ? -1 : 1;
    const t = performance.now();
    const est = pairedEstimate(metric, p, { direction, threshold: 0.5, confidence: 0.95, resamples, seed: 0 });
    if (!est) throw new Error(`no paired estimate for ${metric}`);
    const pReg0 = est.pRegression(0);
    const pNonInf = est.pNonInferior(0.01 * (metric === 'log_loss' ? 0.1 : 1));
    times[metric].push(performance.now() - t);
    results[metric] = { candidate: est.candidate, baseline: est.baseline, delta: est.delta, ci: est.ci, test: est.test, pRegression0: pReg0, pNonInferior: pNonInf };
  }
}

// TypedArray.from with a map function (an idiom src/ has used for per-row arrays) against a plain
// loop, on the same scores: evidence for where the time goes (see README).
const idioms: Record<string, number[]> = { typedArrayFromMapFn: [], forLoop: [] };
let sink = 0;
for (let r = 0; r < reps; r++) {
  let t = performance.now();
  const a = Float64Array.from(p.candidate, (s) => (s >= 0.5 ? 1 : 0));
  idioms.typedArrayFromMapFn.push(performance.now() - t);
  t = performance.now();
  const b = new Float64Array(n);
  for (let i = 0; i < n; i++) b[i] = p.candidate[i] >= 0.5 ? 1 : 0;
  idioms.forLoop.push(performance.now() - t);
  sink += a[r] + b[r];
}
process.stdout.write(JSON.stringify({ rows: n, resamples, reps, loadMs, times, results, idioms, sink }) + '\n');
