/**
 * Built-in trainings on worker threads, so the variants of a local sweep use every core (the
 * L-BFGS fit is synchronous CPU work; on the main thread the variants would take turns). A worker
 * is this program started again (src/lib/self-worker.ts; each entry point asks isTrainWorker()
 * first) and trains one config per message until it is terminated; a pool keeps one worker per
 * training slot, so the program is loaded `size` times, not once per variant.
 */
import { parentPort, type Worker } from 'node:worker_threads';
import { DataError, ConfigurationError, isUserError } from '../errors.js';
import type { Logger } from '../lib/logger.js';
import { memoryLogger } from '../lib/logger.js';
import { isSelfWorker, startSelfWorker } from '../lib/self-worker.js';
import type { TrainConfig, TrainSummary } from '../train/config.js';

export const TRAIN_WORKER_FLAG = 'modelgateTrainWorker';

export function isTrainWorker(): boolean {
  return isSelfWorker(TRAIN_WORKER_FLAG);
}

type Reply = { ok: true; summary: TrainSummary; lines: string[] } | { ok: false; user: boolean; kind: string; message: string };

/** The worker side: trains each config it is sent and posts the summary (or the error). */
export async function runTrainWorker(): Promise<void> {
  const { trainBuiltin } = await import('../train/index.js');
  parentPort!.on('message', (config: TrainConfig) => {
    const log = memoryLogger();
    trainBuiltin(config, log).then(
      (summary) => parentPort!.postMessage({ ok: true, summary, lines: log.lines } satisfies Reply),
      (e: unknown) => parentPort!.postMessage({ ok: false, user: isUserError(e), kind: e instanceof DataError ? 'data' : 'config', message: e instanceof Error ? e.message : String(e) } satisfies Reply),
    );
  });
}

function startTrainWorker(): Worker {
  const entry = new URL(import.meta.url.endsWith('.ts') ? './train-worker-entry.ts' : './train-worker-entry.js', import.meta.url);
  return startSelfWorker(TRAIN_WORKER_FLAG, entry);
}

/** Up to `size` worker threads, started on first use and reused; `close()` ends them. */
export class TrainWorkerPool {
  private idle: Worker[] = [];
  private started = 0;
  private waiting: ((w: Worker) => void)[] = [];

  constructor(private readonly size: number) {}

  private async acquire(): Promise<Worker> {
    const w = this.idle.pop();
    if (w) return w;
    if (this.started < this.size) {
      this.started++;
      return startTrainWorker();
    }
    return new Promise((r) => this.waiting.push(r));
  }

  private release(w: Worker): void {
    const next = this.waiting.shift();
    if (next) next(w);
    else this.idle.push(w);
  }

  /** trainBuiltin(config) on a worker; a user error comes back as the same kind of error. */
  async train(config: TrainConfig, log: Logger): Promise<TrainSummary> {
    const worker = await this.acquire();
    const reply = await new Promise<Reply>((done, fail) => {
      const onError = (e: Error) => cleanup(() => fail(e));
      const onExit = (code: number) => cleanup(() => fail(new Error(`the training worker exited (code ${code}) without a result`)));
      const onMessage = (r: Reply) => cleanup(() => done(r));
      const cleanup = (then: () => void) => {
        worker.off('error', onError).off('exit', onExit).off('message', onMessage);
        then();
      };
      worker.on('error', onError).on('exit', onExit).on('message', onMessage);
      worker.postMessage(config);
    }).catch((e: unknown) => {
      // A worker that died is not returned to the pool; its slot can start another.
      this.started--;
      throw e;
    });
    this.release(worker);
    if (!reply.ok) {
      if (reply.user) throw reply.kind === 'data' ? new DataError(reply.message) : new ConfigurationError(reply.message);
      throw new Error(`training on a worker thread failed: ${reply.message}`);
    }
    for (const line of reply.lines) if (line.startsWith('warning: ')) log.warning(line.slice(9));
    else log.info(line);
    return reply.summary;
  }

  async close(): Promise<void> {
    const all = this.idle;
    this.idle = [];
    await Promise.all(all.map((w) => w.terminate()));
  }
}
