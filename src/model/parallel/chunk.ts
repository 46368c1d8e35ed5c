/**
 * evaluate-model's work on one byte range of a CSV/TSV file (the cuts of src/data/parallel/chunks.ts):
 * parse the range's bytes (data/csv-bytes.ts), build each batch's feeds from them (feed-bytes.ts), run the model, decode its outputs with the decision
 * the main thread made from the file's first batch. The result holds the chunk's per-row arrays
 * (row indices counted from the chunk's first data row), its predictions lines without their row
 * index, and its batch latencies; the main thread merges results in chunk order.
 */
import { NaBytes, type InternCache } from '../../data/csv-bytes.js';
import { chunkBytes, parseChunk, type ByteRange } from '../../data/parallel/chunks.js';
import { ConfigurationError, DataError, isUserError } from '../../errors.js';
import type { Decision } from '../decide.js';
import { RowDecoder, timedRun, type DecodeSetup } from '../evaluate-rows.js';
import { LatencyRecorder } from '../latency.js';
import { BatchBuilder } from '../feed-bytes.js';
import type { FeedPlan, Model } from '../model.js';

/** What every chunk of one evaluation shares (plain data, posted to workers). */
export interface EvalSetup {
  modelPath: string;
  /** onnxruntime intra-op threads of a worker's session. */
  threads: number;
  feedPlan: FeedPlan;
  columns: string[];
  labelIdx: number;
  /** Data column of each group column (slice-by, then sensitive). */
  groupIdx: number[];
  decode: DecodeSetup;
  decision: Decision;
  batchSize: number;
  fetch: string[];
  naValues: readonly string[];
}

export interface EvalChunkTask extends ByteRange {
  setup: EvalSetup;
}

export type EvalChunkResult =
  | {
      index: number;
      ok: true;
      /** Data rows read (labelled or not). */
      rows: number;
      unlabeled: number;
      rowIndex: Float64Array;
      y: Float64Array;
      score: Float64Array;
      proba: Float64Array;
      slice: Int32Array[];
      sliceValues: string[][];
      /** predictions.csv lines without their leading `row,`, as UTF-8; `lineEnds` the byte offset after each. */
      text: Uint8Array;
      lineEnds: Float64Array;
      latency: [number, number][];
    }
  | {
      index: number;
      ok: false;
      reason: string;
      /** A user error (bad cell, unknown label): its message with lines counted in the file when index is 0. */
      error?: { kind: 'data' | 'config'; message: string; file?: string; line?: number };
    };

/**
 * What a thread keeps from one chunk to the next: per data column an intern cache of text cells,
 * and label keys by label text, so a repeated label or group value is decoded once per thread, not
 * once per chunk.
 */
export interface ChunkCaches {
  interned: Map<number, InternCache>;
  labelKeys: Map<string, string | null>;
  /** Batches whose rows have been decoded, for the next chunk to fill (one evaluation per thread). */
  batches: BatchBuilder[];
}

export function chunkCaches(): ChunkCaches {
  return { interned: new Map(), labelKeys: new Map(), batches: [] };
}

/** Evaluates one chunk with `model` (in a worker or in the main thread: the same code either way). */
export async function evaluateChunk(task: EvalChunkTask, model: Model, caches: ChunkCaches = chunkCaches()): Promise<EvalChunkResult> {
  const { index, file, setup } = task;
  const bytes = chunkBytes(task);
  if (typeof bytes === 'string') return { index, ok: false, reason: bytes };
  const width = setup.columns.length;
  const colIndex = new Map(setup.columns.map((c, i) => [c, i]));
  const na = new NaBytes(setup.naValues);
  const batch = () => {
    const reused = caches.batches.pop();
    if (reused) reused.reset();
    return reused ?? new BatchBuilder(model, setup.feedPlan, colIndex, setup.labelIdx, setup.groupIdx, na, setup.batchSize, file, caches);
  };
  const batches: { rows: BatchBuilder; first: number }[] = [];
  let current = batch();
  let rows = 0;
  try {
    const { cut } = parseChunk(bytes, task, (rec, line) => {
      if (rec.count !== width) throw new DataError(`${file}:${line}: has ${rec.count} fields, the header has ${width}`, file, line);
      current.add(rec, line);
      rows++;
      if (current.full) {
        batches.push({ rows: current, first: rows - current.n });
        current = batch();
      }
    });
    if (cut) return { index, ok: false, reason: cut };
    if (current.n) batches.push({ rows: current, first: rows - current.n });

    const decoder = new RowDecoder(setup.decode, setup.decision, false);
    const latency = new LatencyRecorder();
    for (const b of batches) {
      const res = await timedRun(model, b.rows.feeds(), setup.fetch, latency, b.rows.n);
      decoder.decode(res, b.rows.source(), b.first);
      caches.batches.push(b.rows);
    }
    const r = decoder.rows;
    return {
      index,
      ok: true,
      rows,
      unlabeled: decoder.unlabeled,
      rowIndex: r.index.done(),
      y: r.y.done(),
      score: r.score.done(),
      proba: r.proba.done(),
      slice: r.slice.map((s) => s.done()),
      sliceValues: r.sliceValues,
      text: decoder.text.take(),
      lineEnds: decoder.lineEnds.done(),
      latency: latency.raw(),
    };
  } catch (e) {
    if (!isUserError(e)) throw e;
    const line = e instanceof DataError ? e.line : undefined;
    return { index, ok: false, reason: e.message, error: { kind: e instanceof ConfigurationError ? 'config' : 'data', message: e.message, ...(e instanceof DataError ? { file: e.file, line } : {}) } };
  }
}
