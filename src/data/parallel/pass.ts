/**
 * validate-data's pass over one dataset on several cores: the file is cut into chunks at record
 * boundaries (chunks.ts) or of row groups (parquet-chunks.ts), the main thread and worker threads
 * profile and validate chunks (see runWorkers), and the main thread merges their states in chunk order (profiles, violations, range and category rule states), then judges
 * the dataset rules once. The result is the same, byte for byte, for any number of workers: one
 * worker runs the same chunks in the main thread.
 *
 * Only a single uncompressed CSV/TSV file larger than one chunk, or a single Parquet file of more
 * than one chunk of row groups (parquet-chunks.ts), is split. Everything else reads in one
 * sequential pass (scan), as do inputs the split can not serve exactly: exact drift tests
 * (they keep every value), `unique` rules (a repeat's message names the row of the first
 * occurrence anywhere in the file), a cut that falls inside a quoted field, bytes that are not
 * UTF-8, or any error in a chunk (the sequential pass then reports it with its true line).
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import type { Worker } from 'node:worker_threads';
import { runOrdered } from '../../lib/ordered-pool.js';
import { armYoungGeneration, releaseYoungGeneration } from '../../lib/young-generation.js';
import { Profile } from '../profile.js';
import { detectFormat } from '../readers.js';
import { datasetRules, RuleState, scan, textViolations, type ScanOptions, type ScanResult } from '../scan.js';
import { Violations, type ViolationSample } from '../violations.js';
import { CHUNK_BYTES, planCuts, readHeader, type ChunkResult, type ChunkTask } from './chunks.js';
import { planParquet, type ParquetChunkTask } from './parquet-chunks.js';
import { defaultWorkers, startWorker, type EarlyWorkers } from './early.js';
import { runTask, type AnyChunkTask } from './worker.js';

export interface ParallelOptions {
  /** Worker threads; 1 runs the chunks in this thread. Default: os.availableParallelism(). */
  workers?: number;
  /** The schema's path, for the workers to load (they can not share the compiled one). */
  schemaPath?: string;
  /** Chunk size in bytes (tests use small ones; results depend on it, never on `workers`). */
  chunkBytes?: number;
  /** Progress, after each merged chunk: bytes done of the total, rows so far. */
  onProgress?: (bytesDone: number, bytesTotal: number, rows: number) => void;
  /** The split: number of chunks and of threads that run them, this thread one of them (1: this thread alone). */
  onSplit?: (chunks: number, workers: number) => void;
  /** Why the pass ran sequentially, when it was asked for more than one worker. */
  onFallback?: (reason: string) => void;
  /**
   * Worker threads started before the pass (early.ts): taken in place of new ones, and those
   * left are stopped as soon as the pass knows it does not need them (the caller stops them too,
   * for the paths that never reach the pass).
   */
  early?: EarlyWorkers;
  /** Work for this thread while it only waits for worker threads (see runOrdered's `idle`); it must not throw. */
  idle?: () => void;
}

export { defaultWorkers };

/** True for inputs that are never split: several files, a shard, gzip, JSON Lines, Parquet. */
function oneFileOfText(opts: ScanOptions): boolean {
  if (opts.files.length !== 1 || opts.shard) return false;
  const format = detectFormat(opts.files[0]!, opts.format);
  return (format === 'csv' || format === 'tsv') && !opts.files[0]!.toLowerCase().endsWith('.gz');
}

/** Why a large CSV/TSV file can not be split exactly, or null when it can. */
function notSplittable(opts: ScanOptions): string | null {
  if (opts.keepValues) return 'exact drift tests keep every value (one pass)';
  if (Object.values(opts.schema?.rules.columns ?? {}).some((r) => r.unique)) return 'a unique rule needs one pass';
  return null;
}

/**
 * This thread's young generation during the pass, in MB: twice a worker's (it merges their
 * results too). Unbounded, Node 24's grew to 128 MB on the bench's 10M-row files (see
 * young-generation.ts and bench/RESULTS.md); scan() and the Parquet reader tick it.
 */
const MAIN_YOUNG_GENERATION_MB = 16;
/** This thread's garbage budget during the pass, in MB (see young-generation.ts). */
const MAIN_GARBAGE_MB = 16;

/** Like scan(), on `workers` threads when the input can be split (same result either way). */
export async function scanParallel(opts: ScanOptions, par: ParallelOptions = {}): Promise<ScanResult> {
  armYoungGeneration(MAIN_YOUNG_GENERATION_MB, MAIN_GARBAGE_MB);
  try {
    return await scanSplit(opts, par);
  } finally {
    releaseYoungGeneration();
  }
}

async function scanSplit(opts: ScanOptions, par: ParallelOptions): Promise<ScanResult> {
  // One time for every chunk's freshness and not-future rules.
  opts = { ...opts, asOf: opts.asOf ?? Date.now() };
  const workers = Math.max(1, Math.floor(par.workers ?? defaultWorkers()));
  // One sequential pass, with the same progress line; early workers are not needed.
  const sequential = async (): Promise<ScanResult> => {
    await par.early?.stop();
    return scan(par.onProgress ? { ...opts, onProgress: par.onProgress } : opts);
  };
  const fallback = (reason: string): Promise<ScanResult> => {
    if (workers > 1) par.onFallback?.(reason);
    return sequential();
  };
  // Inputs that are never split, and files of one chunk, are read as always, without a word.
  if (oneParquetFile(opts)) return scanParquetParallel(opts, par, workers, fallback);
  if (!oneFileOfText(opts)) return sequential();
  const file = opts.files[0]!;
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return sequential(); // scan reports the missing file
  }
  const chunkBytes = par.chunkBytes ?? CHUNK_BYTES;
  if (size <= chunkBytes) return sequential();
  const why = notSplittable(opts);
  if (why) return fallback(why);
  const format = detectFormat(file, opts.format) as 'csv' | 'tsv';
  const delimiter = format === 'tsv' ? '\t' : ',';
  const head = readHeader(file, size, delimiter);
  if (!head || head.some((n) => n.trim() === '') || new Set(head).size !== head.length || head.some((n) => n.includes('\0'))) return fallback('the header needs the sequential reader');
  if (readFirstBytes(file).includes(0)) return fallback('the file does not look like text');
  const cuts = planCuts(file, size, chunkBytes);
  if (cuts.length < 2) return sequential();
  const tasks: ChunkTask[] = cuts.map((start, index) => ({
    index,
    file,
    start,
    end: cuts[index + 1] ?? size,
    last: index === cuts.length - 1,
    delimiter,
    format,
    header: head,
    schemaPath: par.schemaPath,
    maxSamples: opts.maxSamples,
    naValues: opts.naValues,
    asOf: opts.asOf,
  }));
  return runTasks(tasks, opts, par, workers, size, fallback);
}

/** The chunks on `workers` threads (1: in this thread), merged in order; the fallback's result if any chunk fails. */
async function runTasks(tasks: AnyChunkTask[], opts: ScanOptions, par: ParallelOptions, workers: number, size: number, fallback: (reason: string) => Promise<ScanResult>): Promise<ScanResult> {
  const merger = new Merger(opts, tasks[0]!.file, size, par.onProgress);
  const n = Math.min(workers, tasks.length);
  // This thread runs chunks next to n - 1 worker threads, Parquet's too: on the bench's 1M-row
  // Parquet file at 2 workers, 1.54-1.70 s and 2.6-2.9 s of CPU against 1.75-1.99 s and 3.0-3.4 s
  // on two worker threads (one isolate fewer to start and warm up), for 210-241 MB of peak RSS
  // against 200-223 MB (this thread's young generation is not capped like a worker's).
  par.onSplit?.(tasks.length, n);
  let failed: string | null;
  if (n === 1) {
    await par.early?.stop();
    failed = await runHere(tasks, opts, merger);
  } else {
    const running = runWorkers(tasks, n, opts, merger, () => par.early?.take() ?? startWorker(), par.idle);
    // The pool has started (taken) all its workers before its first await: early ones left over are not needed.
    const stopped = par.early?.stop();
    try {
      failed = await running;
    } finally {
      await stopped;
    }
  }
  if (failed) return fallback(failed);
  return merger.finish();
}

/** True for one Parquet file without a shard (split by row groups). */
function oneParquetFile(opts: ScanOptions): boolean {
  return opts.files.length === 1 && !opts.shard && detectFormat(opts.files[0]!, opts.format) === 'parquet';
}

/** scanParallel for one Parquet file: chunks of whole row groups. */
async function scanParquetParallel(opts: ScanOptions, par: ParallelOptions, workers: number, fallback: (reason: string) => Promise<ScanResult>): Promise<ScanResult> {
  const file = opts.files[0]!;
  const alone = async (): Promise<ScanResult> => {
    await par.early?.stop();
    return scan(opts);
  };
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return alone(); // scan reports the missing file
  }
  const plan = await planParquet(file, par.chunkBytes ?? CHUNK_BYTES);
  if (!plan || plan.chunks.length < 2) return alone();
  const why = notSplittable(opts);
  if (why) return fallback(why);
  // The footer and page headers count as the last chunk's bytes, so that progress ends at 100%.
  plan.chunks[plan.chunks.length - 1]!.end = size;
  const tasks: ParquetChunkTask[] = plan.chunks.map((c, index) => ({
    index,
    file,
    format: 'parquet',
    ...c,
    header: plan.header,
    schemaPath: par.schemaPath,
    maxSamples: opts.maxSamples,
    asOf: opts.asOf,
  }));
  return runTasks(tasks, opts, par, workers, size, fallback);
}

function readFirstBytes(file: string): Buffer {
  const buf = Buffer.alloc(Math.min(statSync(file).size, 64 * 1024));
  const fd = openSync(file, 'r');
  try {
    readSync(fd, buf, 0, buf.length, 0);
  } finally {
    closeSync(fd);
  }
  return buf;
}

/** One chunk in this thread; an exception is a failed result (its first line the reason). */
async function runHereOne(t: AnyChunkTask, schema: ScanOptions['schema']): Promise<ChunkResult> {
  try {
    return await runTask(t, schema);
  } catch (e) {
    return { index: t.index, ok: false, reason: (e as Error).message.split('\n')[0]! };
  }
}

/** The chunks one after another in this thread. Returns why the split failed, or null. */
async function runHere(tasks: AnyChunkTask[], opts: ScanOptions, merger: Merger): Promise<string | null> {
  for (const t of tasks) {
    const r = await runHereOne(t, opts.schema);
    if (!r.ok) return r.reason;
    merger.add(r, t);
  }
  return null;
}

/**
 * The chunks on `n` threads, each given its next chunk when it returns one, results merged in
 * chunk order (ordered-pool.ts): this thread (warm, its schema compiled, it starts at once while
 * a worker thread first loads the program) and `n` - 1 worker threads. Returns why the split
 * failed, or null.
 */
async function runWorkers(tasks: AnyChunkTask[], n: number, opts: ScanOptions, merger: Merger, start: () => Worker, idle?: () => void): Promise<string | null> {
  const take = (r: ChunkResult, i: number): string | null => {
    if (!r.ok) return r.reason;
    try {
      merger.add(r, tasks[i]!);
    } catch (e) {
      return (e as Error).message.split('\n')[0]!;
    }
    return null;
  };
  return runOrdered<AnyChunkTask, ChunkResult>(tasks, n - 1, start, take, { here: (t) => runHereOne(t, opts.schema), idle, steal: true });
}

/** Merges chunk results in order into the result of one pass. */
class Merger {
  private profile: Profile | null = null;
  private readonly violations: Violations;
  private rules: (RuleState | undefined)[];
  private text: (ViolationSample[] | undefined)[] = [];
  private rows = 0;
  private lines = 0;
  private bytesDone = 0;

  constructor(
    private readonly opts: ScanOptions,
    private readonly file: string,
    private readonly size: number,
    private readonly onProgress?: ParallelOptions['onProgress'],
  ) {
    this.violations = new Violations(opts.maxSamples);
    this.rules = [];
  }

  add(r: Extract<ChunkResult, { ok: true }>, task: AnyChunkTask): void {
    const rowOff = this.rows;
    const lineOff = this.lines;
    const shift = (s: ViolationSample): ViolationSample => ({ ...s, row: s.row === null ? null : s.row + rowOff, line: s.line === null ? null : s.line + lineOff });
    const p = Profile.fromWire(r.profile);
    if (this.profile === null) {
      this.profile = p;
      this.rules = task.header.map((name) => {
        const rules = this.opts.schema?.rules.columns?.[name];
        return rules ? new RuleState(name, rules, this.opts.asOf, this.opts.maxSamples) : undefined;
      });
    } else {
      p.sources.length = 0;
      this.profile.merge(p, this.file);
      Profile.recycleWire(r.profile); // merged: p is done with
    }
    const v = this.violations;
    v.count += r.violations.count;
    for (const [rule, k] of Object.entries(r.violations.byRule)) v.byRule[rule] = (v.byRule[rule] ?? 0) + k;
    for (const s of r.violations.samples) if (v.samples.length < v.maxSamples) v.samples.push(shift(s));
    r.rules.forEach((c, i) => {
      const mine = this.rules[i];
      if (!c || !mine) return;
      mine.outside += c.outside;
      mine.unexpected += c.unexpected;
      for (const s of c.outsideSamples) if (mine.outsideSamples.length < this.opts.maxSamples) mine.outsideSamples.push(shift(s));
      for (const s of c.unexpectedSamples) if (mine.unexpectedSamples.length < this.opts.maxSamples) mine.unexpectedSamples.push(shift(s));
      if (c.time && mine.time) mine.time.merge(c.time, shift, rowOff, lineOff);
    });
    r.text.forEach((t, i) => {
      if (!t) return;
      const mine = (this.text[i] ??= []);
      for (const s of t) if (mine.length < this.opts.maxSamples) mine.push(shift(s));
    });
    this.rows += r.rows;
    this.lines += r.lines;
    this.bytesDone += task.end - task.start;
    this.onProgress?.(this.bytesDone, this.size, this.rows);
  }

  finish(): ScanResult {
    const profile = this.profile!;
    textViolations(profile, this.text, this.violations);
    if (this.opts.schema) datasetRules(this.opts.schema, profile, this.rules, this.violations);
    return { profile, violations: this.violations, rowsRead: this.rows, format: detectFormat(this.file, this.opts.format), bytes: this.size };
  }
}
