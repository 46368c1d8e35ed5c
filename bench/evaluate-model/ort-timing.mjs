// Diagnosis, not part of the timed benchmark: what the CLI's latency.batchMs window holds. Preload it:
//
//   node --import ./bench/evaluate-model/ort-timing.mjs dist/cli/index.js evaluate-model --model M --data D --label y --out O --quiet
//
// onnxruntime-node's session handler defers the native run with setImmediate
// (node_modules/onnxruntime-node/dist/backend.js). This wraps setImmediate for callbacks scheduled
// from onnxruntime-node only and prints, at exit, the total of the native runs, the total wait
// between scheduling and the callback, and how much garbage collection (perf_hooks 'gc' entries)
// started inside those waits and inside the runs.
import { PerformanceObserver, performance } from 'node:perf_hooks';

const orig = globalThis.setImmediate;
const windows = [];
const gcs = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcs.push([e.startTime, e.duration]);
}).observe({ entryTypes: ['gc'] });

globalThis.setImmediate = function (fn, ...args) {
  if (!new Error().stack.includes('onnxruntime-node')) return orig(fn, ...args);
  const t0 = performance.now();
  return orig(() => {
    const t1 = performance.now();
    try {
      return fn(...args);
    } finally {
      windows.push([t0, t1, performance.now()]);
    }
  });
};

process.on('exit', () => {
  let run = 0;
  let wait = 0;
  let gcTotal = 0;
  let gcWait = 0;
  let gcRun = 0;
  for (const [t0, t1, t2] of windows) {
    wait += t1 - t0;
    run += t2 - t1;
  }
  for (const [s, d] of gcs) {
    gcTotal += d;
    for (const [t0, t1, t2] of windows) {
      if (s >= t0 && s < t1) gcWait += d;
      else if (s >= t1 && s < t2) gcRun += d;
    }
  }
  process.stderr.write(
    `ort-timing: ${windows.length} runs; native runs ${run.toFixed(0)} ms; waits before the callback ${wait.toFixed(0)} ms; ` +
      `GC ${gcTotal.toFixed(0)} ms in all, ${gcWait.toFixed(0)} ms of it inside the waits, ${gcRun.toFixed(0)} ms inside the runs\n`,
  );
});
