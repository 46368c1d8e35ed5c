/**
 * One dataset file cut into chunks for the parallel pass, and the work on one chunk.
 *
 * Cuts depend on the file's bytes alone (never on the number of workers): chunk k starts after the
 * first LF at or after byte k·chunkBytes. A cut is a record boundary unless that LF sits inside a
 * quoted field; the parser of the chunk before the cut knows (it must end between records), so a
 * bad cut is detected, never trusted, and the caller falls back to one sequential pass.
 *
 * A chunk's result holds only mergeable states: the profile (in its wire form, ProfileWire: the
 * sketches' arrays as typed arrays, copied as they are), the row-level violations
 * (count, counts by rule, the first samples) and the range / category rule states, with rows and
 * lines numbered from the chunk's start. Merged in chunk order they give the same report and the
 * same profile bytes whatever the number of workers, one included.
 */
import { isUtf8 } from 'node:buffer';
import { closeSync, openSync, readSync } from 'node:fs';
import { CsvByteParser, type CsvRecord } from '../csv-bytes.js';
import { DataError } from '../../errors.js';
import type { ProfileWire } from '../profile.js';
import { recordCells, type Cell } from '../readers.js';
import { scan, type ScanResult } from '../scan.js';
import type { LoadedSchema } from '../schema.js';
import type { ViolationSample } from '../violations.js';
import type { TimeRulesJSON } from '../time-rules.js';

/** Chunk size: 8 MiB, large enough that merging costs nothing, small enough to balance 2-8 workers. */
export const CHUNK_BYTES = 8 * 1024 * 1024;

const WINDOW = 64 * 1024;

/** A chunk of one CSV/TSV file: bytes [start, end), cut after a line feed; the first holds the header. */
export interface ByteRange {
  index: number;
  file: string;
  start: number;
  end: number;
  last: boolean;
  delimiter: string;
}

export interface ChunkTask extends ByteRange {
  format: 'csv' | 'tsv';
  header: string[];
  schemaPath?: string;
  maxSamples: number;
  /** CSV/TSV cells that mean a missing value, as the one-pass scan takes them. */
  naValues?: readonly string[];
  /** The run's time for freshness and not-future rules, the same for every chunk. */
  asOf?: number;
}

export interface RuleStateJSON {
  outside: number;
  outsideSamples: ViolationSample[];
  unexpected: number;
  unexpectedSamples: ViolationSample[];
  /** Time rules' state (time-rules.ts), when the column has any. */
  time?: TimeRulesJSON;
}

export type ChunkResult =
  | {
      index: number;
      ok: true;
      profile: ProfileWire;
      violations: { count: number; byRule: Record<string, number>; samples: ViolationSample[] };
      rules: (RuleStateJSON | null)[];
      /** Per column, the first text cells of an auto-typed column (scan's `text`). */
      text: (ViolationSample[] | null)[];
      /** Data rows read (ragged ones included) and physical lines in the chunk. */
      rows: number;
      lines: number;
    }
  | { index: number; ok: false; reason: string };

// One read buffer per thread, reused chunk after chunk (nothing kept refers to it): a
// fresh 8 MiB buffer per chunk lives outside the heap until a full collection, and a long file
// would pile them up. It is made a little larger than the chunk that needs it, up to a whole MiB,
// so that the next chunks, a few bytes longer or shorter, fit: each time it grew, malloc freed
// one of 8 MiB and from then on (its dynamic mmap threshold) kept blocks it would have mapped
// and unmapped in its heap, which grew with the file (a worker's: 36 MB at 10M rows).
let scratch = Buffer.alloc(0);

export function readRange(file: string, start: number, end: number, reuse = false): Buffer {
  if (reuse && scratch.length < end - start) scratch = Buffer.allocUnsafe(Math.ceil((end - start + 4096) / 1048576) * 1048576);
  const buf = reuse ? scratch.subarray(0, end - start) : Buffer.allocUnsafe(end - start);
  const fd = openSync(file, 'r');
  try {
    let off = 0;
    while (off < buf.length) {
      const n = readSync(fd, buf, off, buf.length - off, start + off);
      if (n === 0) throw new DataError(`${file}: changed while it was read (shorter than ${end} bytes)`, file);
      off += n;
    }
  } finally {
    closeSync(fd);
  }
  return buf;
}

/** Chunk start offsets (the first is 0) of a file of `size` bytes. */
export function planCuts(file: string, size: number, chunkBytes = CHUNK_BYTES): number[] {
  const cuts = [0];
  const fd = openSync(file, 'r');
  const win = Buffer.allocUnsafe(WINDOW);
  try {
    for (let k = 1; k * chunkBytes < size; k++) {
      let pos = Math.max(k * chunkBytes, cuts[cuts.length - 1]!);
      let cut = -1;
      while (pos < size && cut < 0) {
        const n = readSync(fd, win, 0, Math.min(WINDOW, size - pos), pos);
        if (n === 0) break;
        const lf = win.subarray(0, n).indexOf(10);
        if (lf >= 0) cut = pos + lf + 1;
        pos += n;
      }
      if (cut < 0 || cut >= size) break;
      if (cut > cuts[cuts.length - 1]!) cuts.push(cut);
    }
  } finally {
    closeSync(fd);
  }
  return cuts;
}

class HeaderFound extends Error {}

/**
 * The header record of a CSV/TSV file, when it lies within its first MiB; null otherwise (or when
 * the bytes before it do not parse). The first 64 KiB are read first, and parsing stops at the
 * header: the rest of the file is the chunks' to parse.
 */
export function readHeader(file: string, size: number, delimiter: string): string[] | null {
  for (const limit of [64 * 1024, 1024 * 1024]) {
    const bytes = readRange(file, 0, Math.min(size, limit));
    let header: string[] | null = null;
    const parser = new CsvByteParser({
      delimiter,
      file,
      onRecord(rec) {
        header = rec.fields();
        throw new HeaderFound();
      },
    });
    try {
      parser.write(bytes);
    } catch (e) {
      if (!(e instanceof HeaderFound)) return null;
    }
    if (header !== null || size <= bytes.length) return header;
  }
  return null;
}

/** Profiles and validates one chunk (in a worker or in the main thread: the same code either way). */
export async function scanChunk(task: ChunkTask, schema: LoadedSchema | undefined): Promise<ChunkResult> {
  const { file, index } = task;
  const bytes = chunkBytes(task);
  if (typeof bytes === 'string') return { index, ok: false, reason: bytes };
  let lines = 0;
  let cut: string | null = null;
  const r = await scan({
    files: [file],
    format: task.format,
    schema,
    keepValues: false,
    maxSamples: task.maxSamples,
    naValues: task.naValues,
    asOf: task.asOf,
    deferDatasetRules: true,
    async read(sink) {
      sink.beginFile?.(file);
      sink.header([...task.header]);
      ({ lines, cut } = parseChunk(bytes, task, (rec, line) => {
        if (sink.record) sink.record(rec, line);
        else sink.row(recordCells(rec), line);
      }));
      return { format: task.format, bytes: task.end - task.start, columns: task.header };
    },
  });
  if (cut) return { index, ok: false, reason: cut };
  return chunkResult(index, r, lines);
}

/** A chunk's bytes, or why they cannot be read alone. Cut after a line feed, a chunk starts and ends between characters: valid UTF-8 on its own or not at all. */
export function chunkBytes(task: ByteRange): Buffer | string {
  const bytes = readRange(task.file, task.start, task.end, true);
  return isUtf8(bytes) ? bytes : `bytes ${task.start}-${task.end} are not valid UTF-8`;
}

/**
 * Parses a chunk's records (the header, which the first chunk holds, skipped). Returns the lines
 * the chunk spans, and why its end is not a record boundary (a quoted newline at the cut), or null.
 */
export function parseChunk(bytes: Uint8Array, task: ByteRange, onRecord: (rec: CsvRecord, line: number) => void): { lines: number; cut: string | null } {
  let skipHeader = task.index === 0;
  const parser = new CsvByteParser({
    delimiter: task.delimiter,
    file: task.file,
    bom: task.index === 0,
    onRecord(rec, line) {
      if (skipHeader) skipHeader = false;
      else onRecord(rec, line);
    },
  });
  parser.write(bytes);
  let cut: string | null = null;
  if (task.last) parser.end();
  else if (!parser.atRecordStart) cut = `the cut at byte ${task.end} falls inside a quoted field (a quoted newline)`;
  return { lines: parser.currentLine - 1, cut };
}

/** A chunk's scan (run with deferDatasetRules) as the mergeable states the main thread receives. */
export function chunkResult(index: number, r: ScanResult, lines: number): ChunkResult {
  const rules = (r.rules ?? []).map((s) => (s ? { outside: s.outside, outsideSamples: s.outsideSamples, unexpected: s.unexpected, unexpectedSamples: s.unexpectedSamples, ...(s.time ? { time: s.time.toJSON() } : {}) } : null));
  const textCells = (r.text ?? []).map((t) => t ?? null);
  return { index, ok: true, profile: r.profile.toWire(), violations: r.violations.toJSON(), rules, text: textCells, rows: r.rowsRead, lines };
}
