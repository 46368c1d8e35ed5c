#!/usr/bin/env node
// The `modelgate` executable, and the top-level action: run by the Actions runner with no
// arguments, it is the `run` action (stages of modelgate.yml); otherwise the CLI. Exit status 3
// only for a bug.
import { main } from './main.js';
import { isScanWorker, runScanWorker } from '../data/parallel/worker.js';
import { isTrainWorker, runTrainWorker } from '../experiments/train-worker.js';
import { isEvalWorker, runEvalWorker } from '../model/parallel/worker.js';

const asAction = process.argv.length <= 2 && process.env.GITHUB_ACTIONS === 'true' && process.env.GITHUB_ACTION !== undefined;

if (isScanWorker()) {
  // This bundle, started again as a worker thread of the parallel pass (src/data/parallel/worker.ts).
  runScanWorker();
} else if (isEvalWorker()) {
  // Started again as a worker thread of evaluate-model's parallel pass (src/model/parallel/worker.ts).
  runEvalWorker();
} else if (isTrainWorker()) {
  // Started again as the training thread of a local sweep (src/experiments/train-worker.ts).
  await runTrainWorker();
} else if (asAction) {
  const { run } = await import('../main/run.js');
  await run();
  // Nothing is left to do: a retry timer of an abandoned GitHub call must not keep the step alive.
  process.exit();
} else {
  // `modelgate ... | head -1`: once the reader has gone, output is dropped quietly (EPIPE) and the
  // command still finishes its work and writes its files; any other stdout error is a bug.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e;
    });
  }
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`modelgate: internal error, please report it: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 3;
    },
  );
}
