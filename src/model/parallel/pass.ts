/**
 * evaluate-model's pass over one CSV/TSV file on several cores. The main thread reads the file's
 * first batch as the sequential pass does and decides the task and classes from the model's
 * outputs on it (decide.ts), so the decision never depends on the split; then the file is cut into
 * chunks at record boundaries (src/data/parallel/chunks.ts, cuts that depend only on the file's
 * bytes), worker threads evaluate chunks (chunk.ts), each with its own onnxruntime session, and
 * the main thread merges their per-row arrays, predictions lines and batch latencies in chunk
 * order. Metrics are computed afterwards from the merged rows, exactly as from the sequential
 * pass's: evaluation.json is the same apart from latency, predictions.csv the same bytes.
 *
 * A cut inside a quoted field, bytes that are not UTF-8, a failed worker, or a user error in a
 * chunk after the first (its message would count lines from the chunk's start) make the caller
 * run the sequential pass instead (which reports the error with its line); an error in the first
 * chunk is the sequential pass's own error, lines included, and is thrown as it is.
 */
import { appendFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { CHUNK_BYTES, planCuts, readHeader } from '../../data/parallel/chunks.js';
import { readRows, type Cell, type Format } from '../../data/readers.js';
import { labelKey } from '../../data/schema.js';
import { ConfigurationError, DataError } from '../../errors.js';
import { F64, I32 } from '../../lib/columns.js';
import type { Logger } from '../../lib/logger.js';
import { runOrdered } from '../../lib/ordered-pool.js';
import type { Progress } from '../../lib/progress.js';
import { retire, startSelfWorker } from '../../lib/self-worker.js';
import { decideTask, type Decision, type ScoreType } from '../decide.js';
import { concatRows, predictionsHeader, type Rows } from '../evaluate-rows.js';
import { LatencyRecorder } from '../latency.js';
import type { FeedPlan, Model, OutputPlan, Task } from '../model.js';
import { chunkCaches, evaluateChunk, type EvalChunkResult, type EvalChunkTask, type EvalSetup } from './chunk.js';
import { EVAL_WORKER_FLAG, type WarmUp } from './worker.js';

export const defaultWorkers = (): number => availableParallelism();

/** The columns' roles, as the sequential pass plans them from the header. */
export interface ColumnPlan {
  colIndex: Map<string, number>;
  labelIdx: number;
  groupIdx: number[];
  feedPlan: FeedPlan;
}

export interface ChunkedInput {
  file: string;
  format: Format;
  naValues: readonly string[];
  batchSize: number;
  threshold: number;
  task?: Task;
  positiveLabel?: string;
  scoreType: ScoreType;
  modelPath: string;
  model: Model;
  outPlan: OutputPlan;
  fetch: string[];
  grouped: string[];
  sliceBy: string[];
  /** Plans the columns from the header (the sequential pass's own checks and log line). */
  plan(columns: string[], file: string): ColumnPlan;
  workers: number;
  chunkBytes?: number;
  progress?: Progress;
}

export interface ChunkedRun {
  rows: Rows;
  latency: LatencyRecorder;
  unlabeled: number;
  decision: Decision;
  notes: string[];
  delivered: number;
}

/** Why the input is read in one sequential pass, or null when it can be split. */
export function notSplittable(o: { data: string[]; format: Format; shard?: unknown; split?: unknown; importance?: unknown }, gz: boolean): string | null {
  if (o.data.length !== 1) return 'several data files are read in one pass';
  if (o.format !== 'csv' && o.format !== 'tsv') return `${o.format === 'jsonl' ? 'JSON Lines' : 'Parquet'} is read in one pass`;
  if (gz) return 'a .gz file is read in one pass';
  if (o.shard) return "'shard' reads every n-th row in one pass";
  if (o.split) return "'split-by' keeps rows by time in one pass";
  if (o.importance) return "'importance' samples rows in one pass";
  return null;
}

class Enough extends Error {}

/** The file's header and first `n` rows, read as the sequential pass reads them. */
async function firstRows(file: string, format: Format, naValues: readonly string[], n: number): Promise<{ columns: string[]; cells: Cell[][]; lines: number[] }> {
  let columns: string[] = [];
  const cells: Cell[][] = [];
  const lines: number[] = [];
  try {
    await readRows(
      file,
      {
        header(c) {
          columns = c;
        },
        row(c, line) {
          if (c.length !== columns.length) throw new DataError(`${file}:${line}: has ${c.length} fields, the header has ${columns.length}`, file, line);
          cells.push(c);
          lines.push(line);
          if (cells.length >= n) throw new Enough();
        },
      },
      { format, naValues },
    );
  } catch (e) {
    if (!(e instanceof Enough)) throw e;
  }
  return { columns, cells, lines };
}

/** A worker that starts loading `model` at once (see worker.ts). */
function startWorker(model: WarmUp): Worker {
  const entry = new URL(import.meta.url.endsWith('.ts') ? './worker-entry.ts' : './worker-entry.js', import.meta.url);
  return startSelfWorker(EVAL_WORKER_FLAG, entry, { data: { model } });
}

/** A chunked pass's cuts and worker threads, started before the pass (they load onnxruntime and the model at once). */
export interface StartedWorkers {
  file: string;
  size: number;
  cuts: number[];
  /** Threads that evaluate chunks (1: this thread, no workers). */
  n: number;
  /** onnxruntime intra-op threads of each worker's session. */
  threads: number;
  /** Workers not yet handed to the pool. */
  warm: Worker[];
  /** Why a worker failed before it was given work, if one did. */
  early(): string | null;
  /** Retires the workers not handed to the pool (see retire: they may be loading the model). */
  stop(): Promise<void>;
}

/**
 * Plans the cuts of `file` and starts min(workers, chunks) worker threads (none for one), each
 * loading onnxruntime and the model with an equal share of the cores.
 */
export function startWorkers(file: string, modelPath: string, workers: number, chunkBytes = CHUNK_BYTES): StartedWorkers {
  const size = statSync(file).size;
  const cuts = planCuts(file, size, chunkBytes);
  const n = Math.max(1, Math.min(workers, cuts.length));
  // Each worker's session gets an equal share of the cores: workers x threads <= cores.
  const threads = Math.max(1, Math.floor(availableParallelism() / n));
  const warm = n > 1 ? Array.from({ length: n }, () => startWorker({ modelPath, threads })) : [];
  // A worker that fails before it is given work is remembered (the pool listens from then on).
  let early: string | null = null;
  for (const w of warm) {
    w.once('error', (e) => (early ??= `a worker failed: ${e.message.split('\n')[0]}`));
    w.once('exit', (code) => (early ??= `a worker exited with code ${code}`));
  }
  return { file, size, cuts, n, threads, warm, early: () => early, stop: async () => void (await Promise.all(warm.map((w) => retire(w)))) };
}

/**
 * The chunked pass, or null when it cannot serve this input exactly (after logging why); the
 * caller then runs the sequential pass. Predictions lines go to `tmp` (emptied on null). `started`:
 * the workers for this file, when the caller started them early; they are stopped either way.
 */
export async function evaluateChunked(o: ChunkedInput, tmp: string, log: Logger, started?: StartedWorkers): Promise<ChunkedRun | null> {
  const w = started?.file === o.file ? started : startWorkers(o.file, o.modelPath, o.workers, o.chunkBytes);
  try {
    return await chunked(o, tmp, log, { size: w.size, delimiter: o.format === 'tsv' ? '\t' : ',', cuts: w.cuts, n: w.n, threads: w.threads, warm: w.warm, early: w.early });
  } finally {
    await w.stop();
  }
}

async function chunked(o: ChunkedInput, tmp: string, log: Logger, c: { size: number; delimiter: string; cuts: number[]; n: number; threads: number; warm: Worker[]; early: () => string | null }): Promise<ChunkedRun | null> {
  const { file } = o;
  const { size, delimiter, cuts, n, threads } = c;
  const first = await firstRows(file, o.format, o.naValues, o.batchSize);
  if (first.cells.length === 0) return null; // the sequential pass says there are no rows
  const header = readHeader(file, size, delimiter);
  if (!header || header.length !== first.columns.length || header.some((h, i) => h !== first.columns[i])) {
    if (o.workers > 1) log.info(`evaluate-model reads ${file} on one thread: its header needs the sequential reader`);
    return null;
  }
  const plan = o.plan(first.columns, file);
  // The decision, from the first batch exactly as the sequential pass makes it.
  const feeds = o.model.feeds(plan.feedPlan, first.cells, plan.colIndex, (r) => ({ file, line: first.lines[r] }));
  const out = (await o.model.run(feeds, o.fetch)) as unknown as Record<string, { dims: readonly number[]; data: unknown }>;
  const notes: string[] = [];
  const decision = decideTask({ task: o.task, positiveLabel: o.positiveLabel, scoreType: o.scoreType, modelPath: o.modelPath, outputs: o.model.outputs.map((x) => x.name), outPlan: o.outPlan, out, labels: first.cells.map((c) => labelKey(c[plan.labelIdx]!)), fileName: file }, notes, log);

  const setup: EvalSetup = {
    modelPath: o.modelPath,
    threads,
    feedPlan: plan.feedPlan,
    columns: first.columns,
    labelIdx: plan.labelIdx,
    groupIdx: plan.groupIdx,
    decode: { modelPath: o.modelPath, outPlan: o.outPlan, threshold: o.threshold, groups: o.grouped.length },
    decision,
    batchSize: o.batchSize,
    fetch: o.fetch,
    naValues: o.naValues,
  };
  const tasks: EvalChunkTask[] = cuts.map((start, index) => ({ index, file, start, end: cuts[index + 1] ?? size, last: index === cuts.length - 1, delimiter, setup }));
  if (n > 1) log.info(`evaluating ${file} in ${tasks.length} chunks on ${n} worker threads, each with an onnxruntime session of ${threads} intra-op thread${threads > 1 ? 's' : ''}`);

  appendFileSync(tmp, predictionsHeader(decision, o.grouped, o.sliceBy));
  const parts: Rows[] = [];
  const latency = new LatencyRecorder();
  let delivered = 0;
  let unlabeled = 0;
  let bytesDone = 0;
  let failure: Extract<EvalChunkResult, { ok: false }> | undefined;
  // The predictions lines of a chunk, reused from chunk to chunk.
  let scratch = new Uint8Array(0);
  const take = (r: EvalChunkResult): string | null => {
    if (!r.ok) {
      failure = r;
      return r.reason;
    }
    const index = r.rowIndex;
    for (let i = 0; i < index.length; i++) index[i] += delivered;
    parts.push({ task: decision.task, classes: decision.classes, index: wrap(index), y: wrap(r.y), score: wrap(r.score), proba: wrap(r.proba), slice: r.slice.map(wrapI32), sliceValues: r.sliceValues });
    const lines = withRowIndex(r.text, r.lineEnds, index, scratch);
    scratch = new Uint8Array(lines.buffer as ArrayBuffer);
    appendFileSync(tmp, lines);
    for (const [ms, k] of r.latency) latency.record(ms, k);
    delivered += r.rows;
    unlabeled += r.unlabeled;
    bytesDone += tasks[r.index]!.end - tasks[r.index]!.start;
    o.progress?.update(bytesDone, size, delivered);
    return null;
  };
  let stopped: string | null = null;
  if (n === 1) {
    const caches = chunkCaches();
    for (const t of tasks) if ((stopped = take(await evaluateChunk(t, o.model, caches))) !== null) break;
  } else stopped = c.early() ?? (await runOrdered<EvalChunkTask, EvalChunkResult>(tasks, n, () => c.warm.pop()!, take, { stop: retire }));
  if (stopped === null) return { rows: concatRows(parts), latency, unlabeled, decision, notes, delivered };
  const error = failure?.error;
  if (error && failure!.index === 0) throw error.kind === 'config' ? new ConfigurationError(error.message) : new DataError(error.message, error.file, error.line);
  log.info(`evaluate-model reads ${file} again in one sequential pass: ${error ? `an error at bytes ${tasks[failure!.index]!.start}-${tasks[failure!.index]!.end}, which that pass reports with its line` : stopped}`);
  return null;
}

function wrap(a: Float64Array): F64 {
  const c = new F64(1);
  c.buf = a;
  c.n = a.length;
  return c;
}

function wrapI32(a: Int32Array): I32 {
  const c = new I32(1);
  c.buf = a;
  c.n = a.length;
  return c;
}

/**
 * A chunk's predictions lines with each line's dataset row index (and a comma) in front, written
 * into `out` (grown when too small; the result is a view of it). Row indices mostly step by one,
 * so the decimal digits are counted up in place rather than divided out per row.
 */
export function withRowIndex(text: Uint8Array, ends: Float64Array, index: Float64Array, out: Uint8Array = new Uint8Array(0)): Uint8Array {
  let max = 0;
  for (let i = 0; i < index.length; i++) if (index[i]! > max) max = index[i]!;
  const size = text.length + index.length * (digits(max) + 1);
  if (out.length < size) out = new Uint8Array(Math.max(size, Math.ceil(out.length * 1.5)));
  // The current index's digits, right-aligned in `d` from `from` on.
  const d = new Uint8Array(20);
  let from = 20;
  let last = -2;
  let at = 0;
  let prev = 0;
  for (let i = 0; i < ends.length; i++) {
    const v = index[i]!;
    if (v === last + 1) {
      let k = 19;
      while (k >= from && d[k] === 57) d[k--] = 48;
      if (k < from) d[(from = k)] = 49;
      else d[k]!++;
    } else {
      from = 20;
      let x = v;
      do {
        d[--from] = 48 + (x % 10);
        x = Math.floor(x / 10);
      } while (x > 0);
    }
    last = v;
    for (let k = from; k < 20; k++) out[at++] = d[k]!;
    out[at++] = 44; // ,
    const end = ends[i]!;
    for (let p = prev; p < end; p++) out[at++] = text[p]!;
    prev = end;
  }
  return out.subarray(0, at);
}
function digits(v: number): number {
  let d = 1;
  while (v >= 10) {
    v = Math.floor(v / 10);
    d++;
  }
  return d;
}
