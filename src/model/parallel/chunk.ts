/**
 * evaluate-model's work on one byte range of a CSV/TSV file (the cuts of src/data/parallel/chunks.ts):
 * parse the range, build each batch's feeds, run the model, decode its outputs with the decision
 * the main thread made from the file's first batch. The result holds the chunk's per-row arrays
 * (row indices counted from the chunk's first data row), its predictions lines without their row
 * index, and its batch latencies; the main thread merges results in chunk order.
 */
import { CsvParser } from '../../data/csv.js';
import { readRange } from '../../data/parallel/chunks.js';
import type { Cell } from '../../data/readers.js';
import { labelKey } from '../../data/schema.js';
import { ConfigurationError, DataError, isUserError } from '../../errors.js';
import type { Decision } from '../decide.js';
import { RowDecoder, timedRun, type DecodeSetup } from '../evaluate-rows.js';
import { LatencyRecorder } from '../latency.js';
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

export interface EvalChunkTask {
  index: number;
  file: string;
  start: number;
  end: number;
  last: boolean;
  delimiter: string;
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

// ignoreBOM: a byte order mark stays in the text, for the CSV parser to drop at the file's start only.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Buffers of a successful result, to transfer instead of copying. */
export function transferables(r: EvalChunkResult): ArrayBuffer[] {
  if (!r.ok) return [];
  return [r.rowIndex, r.y, r.score, r.proba, ...r.slice, r.text, r.lineEnds].map((a) => a.buffer as ArrayBuffer);
}

/** Evaluates one chunk with `model` (in a worker or in the main thread: the same code either way). */
export async function evaluateChunk(task: EvalChunkTask, model: Model): Promise<EvalChunkResult> {
  const { index, file, setup } = task;
  let text: string;
  try {
    text = utf8.decode(readRange(file, task.start, task.end, true));
  } catch (e) {
    if (e instanceof DataError) throw e;
    return { index, ok: false, reason: `bytes ${task.start}-${task.end} are not valid UTF-8` };
  }
  const width = setup.columns.length;
  const colIndex = new Map(setup.columns.map((c, i) => [c, i]));
  const na = new Set(setup.naValues);
  const batches: { cells: Cell[][]; lines: number[]; first: number }[] = [];
  let cells: Cell[][] = [];
  let lines: number[] = [];
  let rows = 0;
  let skipHeader = index === 0;
  try {
    const parser = new CsvParser({
      delimiter: task.delimiter,
      file,
      bom: index === 0,
      onRecord(fields, line) {
        if (skipHeader) {
          skipHeader = false;
          return;
        }
        const row = fields as Cell[];
        for (let k = 0; k < fields.length; k++) if (fields[k]!.length === 0 || na.has(fields[k]!)) row[k] = null;
        if (row.length !== width) throw new DataError(`${file}:${line}: has ${row.length} fields, the header has ${width}`, file, line);
        cells.push(row);
        lines.push(line);
        rows++;
        if (cells.length >= setup.batchSize) {
          batches.push({ cells, lines, first: rows - cells.length });
          cells = [];
          lines = [];
        }
      },
    });
    parser.write(text);
    if (task.last) parser.end();
    else if (!parser.atRecordStart) return { index, ok: false, reason: `the cut at byte ${task.end} falls inside a quoted field (a quoted newline)` };
    if (cells.length) batches.push({ cells, lines, first: rows - cells.length });

    const decoder = new RowDecoder(setup.decode, setup.decision, false);
    const latency = new LatencyRecorder();
    const fed = setup.feedPlan.features.map((c) => [c, colIndex.get(c)!] as const);
    let out = '';
    for (const b of batches) {
      const feeds = model.feeds(setup.feedPlan, b.cells, colIndex, (r) => ({ file, line: b.lines[r] }));
      const res = await timedRun(model, feeds, setup.fetch, latency, b.cells.length);
      out += decoder.decode(
        res,
        {
          n: b.cells.length,
          labels: b.cells.map((c) => labelKey(c[setup.labelIdx]!)),
          lines: b.lines,
          file,
          missingFed: (r) => fed.find(([, i]) => b.cells[r]![i] === null)?.[0],
          group: (r, s) => {
            const v = b.cells[r]![setup.groupIdx[s]!]!;
            return v === null ? '(missing)' : String(v);
          },
        },
        b.first,
      );
    }
    const bytes = Buffer.from(out);
    const ends = decoder.lineEnds.done();
    if (bytes.length !== out.length) {
      // Text beyond ASCII: the UTF-16 offsets become byte offsets.
      let prev = 0;
      let at = 0;
      for (let i = 0; i < ends.length; i++) {
        at += Buffer.byteLength(out.slice(prev, ends[i]));
        prev = ends[i]!;
        ends[i] = at;
      }
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
      text: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length).slice(),
      lineEnds: ends,
      latency: latency.raw(),
    };
  } catch (e) {
    if (!isUserError(e)) throw e;
    const line = e instanceof DataError ? e.line : undefined;
    return { index, ok: false, reason: e.message, error: { kind: e instanceof ConfigurationError ? 'config' : 'data', message: e.message, ...(e instanceof DataError ? { file: e.file, line } : {}) } };
  }
}
