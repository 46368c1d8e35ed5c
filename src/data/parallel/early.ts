/**
 * The parallel pass's worker threads, and starting them early. validate-data starts them as soon as
 * it knows the pass will most likely be split (one CSV/TSV or Parquet file larger than a chunk,
 * more than one worker), before it loads the schema, reads the header and plans the cuts: a
 * thread's start-up (loading the program again, ~100-150 ms of one core) then overlaps the main
 * thread's own instead of following it, and the thread takes its first chunk sooner. The pass takes
 * them in place of new ones; whoever started them stops the ones left, on every path.
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { startSelfWorker } from '../../lib/self-worker.js';
import { detectFormat } from '../readers.js';
import { CHUNK_BYTES } from './chunks.js';
import { WORKER_FLAG } from './worker.js';

export const defaultWorkers = (): number => availableParallelism();

const WORKER_OLD_GENERATION_MB = 96;
/**
 * V8's young generation per worker, in MB (its default on this machine's memory is 48): the pass
 * allocates a little per row and keeps little, so a small nursery is collected often and cheaply;
 * with 8, two workers' peak RSS on the bench's 1M-row CSV went from 235-251 MB to 202-216 MB, at
 * the same wall time within the noise (bench/RESULTS.md).
 */
const WORKER_YOUNG_GENERATION_MB = 8;

/**
 * The worker thread: the running bundle started again (its entry serves chunks when it sees the
 * worker flag), or, from the TypeScript sources (tests), worker-entry.ts under tsx's loader.
 */
export function startWorker(): Worker {
  // A worker's live data is one chunk's text and its sketches; a capped old generation makes V8
  // collect instead of growing the heap over a long file, and a small young generation keeps each
  // worker's nursery from adding tens of MB to the peak (a worker that runs out falls back to
  // one pass, see runWorkers).
  const resourceLimits = { maxOldGenerationSizeMb: WORKER_OLD_GENERATION_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB };
  // From the sources, import.meta.url ends in .ts and the worker runs worker-entry.ts under tsx.
  const entry = new URL(import.meta.url.endsWith('.ts') ? './worker-entry.ts' : './worker-entry.js', import.meta.url);
  return startSelfWorker(WORKER_FLAG, entry, { resourceLimits });
}

/** Worker threads started before the pass (see startEarly). */
export interface EarlyWorkers {
  /** A started worker thread that has not failed, or undefined when none is left (the pass starts one). */
  take(): Worker | undefined;
  /** Terminates the workers not taken (the pass terminates those it took). Safe to call again. */
  stop(): Promise<void>;
}

export interface EarlyInput {
  /** The data files, as given (a glob pattern is no file: nothing is started). */
  files: string[];
  format?: string;
  shard?: unknown;
  /** Exact drift tests keep every value: the pass runs on one thread. */
  keepValues?: boolean;
  workers?: number;
  chunkBytes?: number;
  /** Starts one worker thread (tests watch them). Default: startWorker. */
  start?: () => Worker;
}

/**
 * Starts the worker threads a pass over `files` will most likely use: for one CSV/TSV file (not
 * gzip) or one Parquet file larger than a chunk, one fewer than the chunks or workers (the main
 * thread is one of them). Undefined when none: one worker, several
 * files, a shard, a file that is missing or small. A guess, never a decision: the pass decides as
 * before and starts or leaves unused what it needs; nothing depends on which thread runs a chunk.
 */
export function startEarly(input: EarlyInput): EarlyWorkers | undefined {
  const workers = Math.max(1, Math.floor(input.workers ?? defaultWorkers()));
  if (workers < 2 || input.files.length !== 1 || input.shard || input.keepValues) return undefined;
  const file = input.files[0]!;
  let format: string;
  let size: number;
  try {
    format = detectFormat(file, input.format);
    const st = statSync(file);
    if (!st.isFile()) return undefined;
    size = st.size;
  } catch {
    return undefined; // the pass reports it
  }
  const chunkBytes = input.chunkBytes ?? CHUNK_BYTES;
  if (size <= chunkBytes) return undefined;
  const chunks = Math.ceil(size / chunkBytes);
  const text = (format === 'csv' || format === 'tsv') && !file.toLowerCase().endsWith('.gz');
  if (format !== 'parquet' && !text) return undefined;
  // The main thread is one of the threads.
  const n = Math.min(workers, chunks) - 1;
  const idle: Worker[] = [];
  for (let i = 0; i < n; i++) {
    const w = (input.start ?? startWorker)();
    idle.push(w);
    // A worker that fails before it is taken is not used: the pass starts another in its place,
    // whose failure, if it fails the same way, the pass reports (its listeners come when it is taken).
    const drop = () => {
      const k = idle.indexOf(w);
      if (k >= 0) idle.splice(k, 1);
    };
    w.on('error', drop);
    w.on('exit', drop);
  }
  return {
    take: () => idle.shift(),
    stop: async () => {
      await Promise.all(idle.splice(0).map((w) => w.terminate()));
    },
  };
}
