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
