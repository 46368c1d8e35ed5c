/**
 * A built-in training on a worker thread, so the variants of a local sweep use every core (the
 * L-BFGS fit is synchronous CPU work; on the main thread the variants would take turns). The worker
 * is this program started again (src/lib/self-worker.ts); each entry point asks isTrainWorker()
 * first. One worker per training: its memory is returned when it exits.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { DataError, ConfigurationError, isUserError } from '../errors.js';
import { memoryLogger } from '../lib/logger.js';
import { isSelfWorker, startSelfWorker } from '../lib/self-worker.js';
import type { Logger } from '../lib/logger.js';
import type { TrainConfig, TrainSummary } from '../train/config.js';

export const TRAIN_WORKER_FLAG = 'modelgateTrainWorker';

export function isTrainWorker(): boolean {
  return isSelfWorker(TRAIN_WORKER_FLAG);
}

type Reply = { ok: true; summary: TrainSummary; lines: string[] } | { ok: false; user: boolean; kind: string; message: string };

/** The worker side: trains the config it was given, posts the summary (or the error) and ends. */
export async function runTrainWorker(): Promise<void> {
  const { trainBuiltin } = await import('../train/index.js');
  const log = memoryLogger();
  let reply: Reply;
  try {
    const summary = await trainBuiltin((workerData as { config: TrainConfig }).config, log);
    reply = { ok: true, summary, lines: log.lines };
  } catch (e) {
    reply = { ok: false, user: isUserError(e), kind: e instanceof DataError ? 'data' : 'config', message: e instanceof Error ? e.message : String(e) };
  }
  parentPort!.postMessage(reply);
}

/** trainBuiltin(config) on a worker thread; a user error comes back as the same kind of error. */
export function trainInWorker(config: TrainConfig, log: Logger): Promise<TrainSummary> {
  const entry = new URL(import.meta.url.endsWith('.ts') ? './train-worker-entry.ts' : './train-worker-entry.js', import.meta.url);
  const worker = startSelfWorker(TRAIN_WORKER_FLAG, entry, { data: { config } });
  return new Promise((done, fail) => {
    let settled = false;
    worker.once('message', (r: Reply) => {
      settled = true;
      if (r.ok) {
        for (const line of r.lines) if (line.startsWith('warning: ')) log.warning(line.slice(9));
        else log.info(line);
        done(r.summary);
      }
      else if (r.user) fail(r.kind === 'data' ? new DataError(r.message) : new ConfigurationError(r.message));
      else fail(new Error(`training on a worker thread failed: ${r.message}`));
      void worker.terminate();
    });
    worker.once('error', (e) => {
      if (!settled) fail(e);
    });
    worker.once('exit', (code) => {
      if (!settled) fail(new Error(`the training worker exited (code ${code}) without a result`));
    });
  });
}
