/**
 * The worker side of the parallel pass. A worker is the same program started again in a worker
 * thread (the action's or the CLI's bundle; in source form worker-entry.ts): each entry point asks
 * isScanWorker() first and, in a worker, serves chunk tasks instead of running the command.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { Profile } from '../profile.js';
import { loadSchema, type LoadedSchema } from '../schema.js';
import { scanChunk, type ChunkResult, type ChunkTask } from './chunks.js';
import { scanParquetChunk, type ParquetChunkTask } from './parquet-chunks.js';
import { claim, isStealable, type StealableTask, type Stolen } from '../../lib/ordered-pool.js';

export const WORKER_FLAG = 'modelgateScanWorker';

/** A chunk of a CSV/TSV file (a byte range) or of a Parquet file (a run of row groups). */
export type AnyChunkTask = ChunkTask | ParquetChunkTask;

/** Profiles and validates one chunk of either kind. */
export function runTask(task: AnyChunkTask, schema: LoadedSchema | undefined): Promise<ChunkResult> {
  return task.format === 'parquet' ? scanParquetChunk(task, schema) : scanChunk(task, schema);
}

export function isScanWorker(): boolean {
  return !isMainThread && (workerData as Record<string, unknown> | null)?.[WORKER_FLAG] === true;
}

/**
 * Serves chunk tasks until the main thread terminates the worker, one after another in the order
 * they came. A stealable task (ordered-pool.ts) is claimed first, when it is about to start: one
 * the main thread took back meanwhile is answered as stolen.
 */
export function runScanWorker(): void {
  const schemas = new Map<string, LoadedSchema>();
  const run = async (task: AnyChunkTask): Promise<ChunkResult> => {
    let schema: LoadedSchema | undefined;
    if (task.schemaPath) {
      schema = schemas.get(task.schemaPath);
      // The main thread loaded this schema file before it started the pass: no need to check it
      // again, nor to compile ajv's row validator until a row needs it (lazy).
      if (!schema) schemas.set(task.schemaPath, (schema = loadSchema(task.schemaPath, { checked: true, lazy: true })));
    }
    return runTask(task, schema);
  };
  // Copied, never transferred: the first ArrayBuffer a thread detaches (transfers) invalidates
  // V8's array-buffer-detaching protector for good, and from then on every typed-array access
  // in this thread's row loop checks for a detached buffer (a loop over a Uint8Array ran 30%
  // slower in a microbenchmark on Node 20). Copying the profile's arrays costs well under 1 ms a chunk.
  const answer = (task: AnyChunkTask): Promise<void> =>
    run(task).then(
      (r) => {
        parentPort!.postMessage(r);
        if (r.ok) Profile.recycleWire(r.profile); // copied to the main thread
      },
      (e: unknown) => parentPort!.postMessage({ index: task.index, ok: false, reason: e instanceof Error ? e.message.split('\n')[0] : String(e) } satisfies ChunkResult),
    );
  const queue: (AnyChunkTask | StealableTask<AnyChunkTask>)[] = [];
  let busy = false;
  const serve = async (): Promise<void> => {
    busy = true;
    for (let m = queue.shift(); m !== undefined; m = queue.shift()) {
      if (!isStealable(m)) await answer(m);
      else if (claim(m)) await answer(m.stealable);
      else parentPort!.postMessage({ index: m.index, stolen: true } satisfies Stolen);
    }
    busy = false;
  };
  parentPort!.on('message', (m: AnyChunkTask | StealableTask<AnyChunkTask>) => {
    queue.push(m);
    if (!busy) void serve();
  });
}
