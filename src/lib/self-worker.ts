/**
 * A worker thread running this same program: the action's or the CLI's bundle started again (its
 * entry sees the flag in workerData and serves tasks instead of running the command), or, from the
 * TypeScript sources (tests, tsx), `tsEntry` under tsx's loader.
 */
import { isMainThread, Worker, workerData as currentWorkerData, type ResourceLimits } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

export function startSelfWorker(flag: string, tsEntry: URL, opts: { resourceLimits?: ResourceLimits; data?: Record<string, unknown> } = {}): Worker {
  const workerData = { ...opts.data, [flag]: true };
  if (tsEntry.href.endsWith('.ts')) {
    // Resolved here, not in the worker: an eval'd worker resolves bare names from the working directory.
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
    const code = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(tsEntry.href)}); });`;
    return new Worker(code, { eval: true, workerData, resourceLimits: opts.resourceLimits });
  }
  return new Worker(pathToFileURL(process.argv[1]!), { workerData, resourceLimits: opts.resourceLimits });
}

/** True in a worker thread started with `flag` by {@link startSelfWorker}. */
export function isSelfWorker(flag: string): boolean {
  return !isMainThread && (currentWorkerData as Record<string, unknown> | null)?.[flag] === true;
}

/** The message {@link retire} sends; a worker that runs native code ends itself when it reads it ({@link isRetire}). */
const RETIRE = 'modelgate:retire';

/** In a worker: true for {@link retire}'s message, which the worker answers with `process.exit(0)`. */
export function isRetire(m: unknown): boolean {
  return m === RETIRE;
}

/**
 * Ends a worker thread that may be inside native code, such as onnxruntime's `run` and
 * `loadModel`, which run synchronously on the worker's thread. `Worker.terminate()` there aborts
 * the whole process: the addon's N-API calls fail on the terminating isolate and it throws a C++
 * exception nothing catches. So the worker is asked to exit from its event loop, between two
 * callbacks, where no native call is on its stack; it is terminated only when it has not exited
 * within `graceMs` (a worker stuck in JavaScript; 30 s).
 */
export async function retire(w: Worker, opts: { graceMs?: number } = {}): Promise<void> {
  const graceMs = opts.graceMs ?? 30_000;
  // -1: the thread has ended (its 'exit' event may still be queued).
  if (w.threadId >= 0) {
    let timer: NodeJS.Timeout | undefined;
    await new Promise<void>((done) => {
      w.once('exit', () => done());
      timer = setTimeout(done, graceMs);
      w.postMessage(RETIRE);
    });
    clearTimeout(timer);
  }
  await w.terminate();
}
