/**
 * Data files to rows, streaming: one interface over CSV, TSV, JSON Lines and Parquet, feeding a
 * RowSink (the profiler, the JSON-Schema validator) with constant memory.
 *
 * Formats come from the extension (detectFormat): .csv, .tsv/.tab, .jsonl/.ndjson, .parquet;
 * text formats may also be gzip-compressed (.csv.gz, .tsv.gz, .jsonl.gz, .ndjson.gz).
 *
 * What the sink sees:
 * - header(columns) once, before any row.
 * - CSV/TSV: the first record is the header (names must be unique; any string, '' included). Each later
 *   record is a row of the raw field strings with '' mapped to null; no type conversion here (a
 *   later layer converts using the schema). A record whose field count differs from the header's
 *   is passed as-is, a "ragged row" the sink can report with its line. `line` is the 1-based
 *   line on which the record starts. Empty lines are skipped (see csv.ts for the dialect; TSV
 *   uses the same quoting rules with a tab delimiter, as pandas does).
 * - JSON Lines: one object per line; `line` is the 1-based physical line. Columns are the union
 *   of keys in order of first appearance: header() gets the keys of the file's first object, and
 *   a key first seen later is announced with newColumn(name, index) just before the row that has
 *   it. Each row has exactly as many cells as columns known at that point (rows delivered earlier
 *   are shorter: treat their missing trailing cells as null). A missing key and an explicit null
 *   are both null, as an empty CSV cell is. Strings, numbers, booleans and null pass through;
 *   nested objects and arrays become their JSON text. Blank lines are skipped. A line that is not
 *   valid JSON, or not an object, goes to bad(line, message) and the read continues; without a
 *   `bad` callback it is a DataError. If the first non-blank line of a file is not a JSON object
 *   the file is not JSON Lines at all: DataError.
 * - Parquet: read one row group at a time (memory bounded by a row group); `line` is the 1-based
 *   row number. Top-level columns only; INT64 (BigInt) becomes a number (exact up to 2^53),
 *   DATE and TIMESTAMP (every unit; with or without isAdjustedToUTC; legacy INT96) become epoch
 *   milliseconds, numbers, never strings (microseconds kept as the fraction, nanoseconds to the
 *   microsecond), and header() says which columns they are; binary becomes base64 text, nested
 *   values (structs, lists, maps) their JSON text.
 *
 * Sharding: data rows are numbered 0, 1, 2, ... across the whole dataset in file order (CSV
 * header excluded; JSON Lines blank lines excluded but invalid lines included, so each bad line
 * is reported by exactly one shard). Shard {index, count} receives the rows with
 * rowIndex % count === index, so shards 0..count-1 partition the rows, each an interleaved
 * sample of the whole dataset. Every shard still scans every file (CSV must find record
 * boundaries; JSON Lines skips JSON.parse for other shards' lines; Parquet skips row groups
 * holding none of the shard's rows).
 *
 * Several files (readRows(paths[]) or an expandDataGlob result) are one dataset read in order:
 * they must share one format and, for CSV/TSV/Parquet, one header (DataError naming both files
 * otherwise); JSON Lines columns keep growing across files. beginFile(path) tells the sink which
 * file the following rows' line numbers refer to.
 *
 * Unreadable input (missing, a directory, 0 bytes, binary in a text format, not Parquet,
 * corrupt) is a DataError with a one-line message naming the file. Errors thrown by the sink
 * propagate unchanged.
 */
import { closeSync, createReadStream, openSync, type Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { isAscii, isUtf8 } from 'node:buffer';
import { createGunzip } from 'node:zlib';
import { asyncBufferFromFile, parquetMetadataAsync, parquetSchema, toJson } from 'hyparquet';
import type { AsyncBuffer, FileMetaData, ParquetParsers } from 'hyparquet';
import { ConfigurationError, DataError } from '../errors.js';
import { CsvByteParser, type CsvRecord } from './csv-bytes.js';
import { parquetColumns, readColumnsSlow, readGroup, releaseColumns, type GroupColumn, type ParquetFile } from './parquet-columns.js';
import { textCell } from './parquet-pages.js';
import { convertRaw, rawColumns } from './parquet-types.js';

export type Format = 'csv' | 'tsv' | 'jsonl' | 'parquet';
export type Cell = string | number | boolean | null;

/**
 * A Parquet DATE or TIMESTAMP column, whose cells are epoch milliseconds: `date`, `date-time` (an
 * instant, isAdjustedToUTC = true, and legacy INT96) or `date-time-naive` (wall-clock time,
 * isAdjustedToUTC = false, kept as if UTC).
 */
export type TimeColumnKind = 'date' | 'date-time' | 'date-time-naive';

export interface RowSink {
  /**
   * Called once, before any row, with the column names and, for Parquet, which columns are dates
   * or timestamps (their cells are epoch milliseconds, numbers).
   */
  header(columns: string[], timeKinds?: (TimeColumnKind | undefined)[]): void;
  /**
   * One data row. `line` is the 1-based line where the record starts (CSV/TSV/JSONL) or the
   * 1-based row number (Parquet), within the current file. `cells` is the sink's to keep.
   */
  row(cells: Cell[], line: number): void;
  /**
   * CSV/TSV only: a sink that has it gets each data record this way instead of row(), as field
   * byte ranges with accessors (csv-bytes.ts), valid only during the call. An empty field is a
   * missing value (rec.isEmpty); ReadOptions.naValues does not apply (the sink checks its own,
   * rec.isNa). The header still comes through header().
   */
  record?(rec: CsvRecord, line: number): void;
  /**
   * Parquet only: a sink that has it is offered each row group (when the read is not sharded) as
   * columns, valid only during the call. It returns true when it took the rows; false and the
   * group's rows come through row() as usual.
   */
  columns?(batch: ColumnBatch): boolean;
  /** JSON Lines: a key first seen after the header, now column `index`. */
  newColumn?(name: string, index: number): void;
  /** JSON Lines: a line that is not a JSON object; a violation, the read continues. */
  bad?(line: number, message: string): void;
  /** Called before each file's rows; line numbers that follow refer to this file. */
  beginFile?(path: string): void;
  /**
   * Called between chunks of input (about 1 MiB of text, or a Parquet row group). When it returns
   * a promise the read waits for it: backpressure for sinks that do asynchronous work per batch.
   */
  drain?(): Promise<void> | void;
}

/**
 * One Parquet row group as columns (RowSink.columns): per column in header order its numbers and
 * presence mask, or its cells (with the dictionary and each row's index into it when the chunk
 * was all dictionary-encoded); see parquet-columns.ts' GroupColumn. Row k's cell is what row() would
 * have had as cells[c] (batchCell), and its line is `firstLine + k`.
 */
export interface ColumnBatch {
  rows: number;
  firstLine: number;
  columns: GroupColumn[];
}

/** Row k's cell of column c of a batch, as row() would have had it. */
export function batchCell(col: GroupColumn, k: number): Cell {
  const index = col.index;
  if (index !== null) {
    const j = index[k]! - 1;
    return j < 0 ? null : col.dict !== null ? col.dict[j]! : col.dictNumbers![j]!;
  }
  const t = col.cells;
  if (t !== null) {
    const run = col.text;
    if (run !== null) {
      const o = run.at[k]!;
      if (o >= 0) return textCell(run, o);
    }
    return t[k]!;
  }
  const m = col.present;
  return m !== null && m[k] === 0 ? null : col.numbers![k]!;
}

export interface ReadOptions {
  /** Overrides detection by extension. */
  format?: Format;
  /** Bytes of the files read so far (on disk, before gunzip), after each chunk of CSV/TSV/JSON Lines. */
  onBytes?(bytesRead: number): void;
  /** Read only rows with rowIndex % count === index (0 <= index < count). */
  shard?: { index: number; count: number };
  /** Parquet: read only row groups from..to-1 of each file (the parallel pass: one chunk of a file). */
  rowGroups?: { from: number; to: number };
  /** CSV/TSV: cells equal to one of these reach the sink as null (missing), as pandas' `na_values`. */
  naValues?: readonly string[];
}

export interface ReadResult {
  /** Rows delivered to sink.row (after sharding; ragged rows included, bad JSONL lines not). */
  rows: number;
  format: Format;
  /** Final column list (for JSON Lines, the union of keys). */
  columns: string[];
  /** Total size on disk of the file(s) read. */
  bytes: number;
  /** Data rows in the whole dataset before sharding (bad JSONL lines included). */
  totalRows: number;
}

const FORMATS: readonly Format[] = ['csv', 'tsv', 'jsonl', 'parquet'];
const EXTENSIONS: Record<string, Format> = {
  csv: 'csv',
  tsv: 'tsv',
  tab: 'tsv',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  parquet: 'parquet',
};
const FORMAT_NAMES: Record<Format, string> = { csv: 'CSV', tsv: 'TSV', jsonl: 'JSON Lines', parquet: 'Parquet' };
const HIGH_WATER_MARK = 1 << 20;
const SNIFF_BYTES = 8192;

/**
 * The format of `path`: `format` if given (csv, tsv, jsonl/ndjson, parquet; case-insensitive),
 * else by extension, ignoring a trailing .gz. ConfigurationError when neither tells.
 */
export function detectFormat(path: string, format?: string): Format {
  if (format !== undefined && format !== '') {
    const f = format.toLowerCase();
    if (f === 'ndjson') return 'jsonl';
    if ((FORMATS as readonly string[]).includes(f)) return f as Format;
    throw new ConfigurationError(`unknown data format '${format}' for ${path}; use csv, tsv, jsonl or parquet`);
  }
  const base = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1).toLowerCase();
  const parts = base.split('.');
  let ext = parts.length > 1 ? parts[parts.length - 1] : '';
  const gz = ext === 'gz' && parts.length > 2;
  if (gz) ext = parts[parts.length - 2];
  const detected = EXTENSIONS[ext];
  if (detected === 'parquet' && gz) {
    throw new ConfigurationError(`${path}: Parquet compresses internally; decompress the .gz (gzip -d) and read the .parquet file`);
  }
  if (detected === undefined) {
    throw new ConfigurationError(
      `cannot tell the format of ${path} from its extension; name it .csv, .tsv, .jsonl or .parquet (optionally .gz for text), or set the format`,
    );
  }
  return detected;
}

/** Streams the rows of one file, or of several files read in order as one dataset, into `sink`. */
export async function readRows(path: string | readonly string[], sink: RowSink, opts: ReadOptions = {}): Promise<ReadResult> {
  const paths = typeof path === 'string' ? [path] : [...path];
  if (paths.length === 0) throw new ConfigurationError('no data files to read');
  const shard = opts.shard;
  if (shard !== undefined) {
    const { index, count } = shard;
    if (!Number.isInteger(count) || !Number.isInteger(index) || count < 1 || index < 0 || index >= count) {
      throw new ConfigurationError(`shard must have integers 0 <= index < count, got ${index}/${count}`);
    }
  }
  const format = detectFormat(paths[0], opts.format);
  const na = (format === 'csv' || format === 'tsv') && opts.naValues?.length ? new Set(opts.naValues) : undefined;
  const ds: Dataset = {
    sink: na ? withNaValues(sink, na) : sink,
    shardIndex: shard?.index ?? 0,
    shardCount: shard?.count ?? 1,
    rowIndex: 0,
    delivered: 0,
    columns: null,
    columnIndex: new Map(),
    firstFile: paths[0],
    bytes: 0,
    bytesBefore: 0,
    onBytes: opts.onBytes,
    rowGroups: opts.rowGroups,
  };
  for (const p of paths) {
    const f = detectFormat(p, opts.format);
    if (f !== format) {
      throw new DataError(`${p} is ${FORMAT_NAMES[f]} but ${paths[0]} is ${FORMAT_NAMES[format]}; the files of one dataset must share a format`, p);
    }
  }
  for (const p of paths) {
    const size = await checkFile(p);
    ds.bytesBefore = ds.bytes;
    ds.bytes += size;
    sink.beginFile?.(p);
    if (format === 'parquet') await readParquet(p, size, ds);
    else if (format === 'jsonl') await readJsonl(p, ds);
    else await readDelimited(p, format === 'tsv' ? '\t' : ',', format, ds);
  }
  return { rows: ds.delivered, format, columns: [...(ds.columns ?? [])], bytes: ds.bytes, totalRows: ds.rowIndex };
}

/** `sink` with text cells in `na` turned into null before it sees them. */
function withNaValues(sink: RowSink, na: ReadonlySet<string>): RowSink {
  return {
    header: (columns) => sink.header(columns),
    row: (cells, line) => {
      for (let i = 0; i < cells.length; i++) {
        const c = cells[i];
        if (typeof c === 'string' && na.has(c)) cells[i] = null;
      }
      sink.row(cells, line);
    },
    ...(sink.beginFile && { beginFile: (path: string) => sink.beginFile!(path) }),
    ...(sink.drain && { drain: () => sink.drain!() }),
  };
}

interface Dataset {
  sink: RowSink;
  shardIndex: number;
  shardCount: number;
  /** Data rows seen so far in the dataset, before sharding. */
  rowIndex: number;
  delivered: number;
  /** Null until the first file's header. */
  columns: string[] | null;
  /** JSON Lines: column name to index. */
  columnIndex: Map<string, number>;
  /** The file whose header the dataset uses. */
  firstFile: string;
  bytes: number;
  /** Bytes of the files before the current one, and ReadOptions.onBytes. */
  bytesBefore: number;
  onBytes?(bytesRead: number): void;
  rowGroups?: { from: number; to: number };
}

/** The file's size; DataError if it is missing, not a regular file, or empty. */
async function checkFile(path: string): Promise<number> {
  let st;
  try {
    st = await stat(path);
  } catch (e) {
    throw new DataError(`${path}: ${fsReason(e)}`, path);
  }
  if (st.isDirectory()) throw new DataError(`${path}: is a directory, not a data file`, path);
  if (!st.isFile()) throw new DataError(`${path}: is not a regular file`, path);
  if (st.size === 0) throw new DataError(`${path}: is empty (0 bytes)`, path);
  return st.size;
}

function fsReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory, not a data file';
  if (code === 'ENOTDIR') return 'no such file (a parent is not a directory)';
  return `cannot read: ${(e as Error)?.message ?? String(e)}`;
}

/** Thrown for a problem with the bytes themselves, checked before any parsing. */
function sniff(head: Buffer, path: string, format: Format): void {
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) {
    throw new DataError(`${path}: looks gzip-compressed, not ${FORMAT_NAMES[format]}; name it ${path}.gz or decompress it`, path);
  }
  if (head.length >= 4 && head.toString('latin1', 0, 4) === 'PAR1') {
    throw new DataError(`${path}: looks like a Parquet file, not ${FORMAT_NAMES[format]}; name it .parquet`, path);
  }
  if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) {
    throw new DataError(`${path}: is UTF-16 encoded; save it as UTF-8`, path);
  }
  const nul = head.subarray(0, SNIFF_BYTES).indexOf(0);
  if (nul !== -1) throw new DataError(`${path}: looks binary, not ${FORMAT_NAMES[format]} (NUL byte at offset ${nul})`, path);
}

/**
 * Streams the file's text to `onText` in large chunks: gunzips .gz files, sniffs the first bytes
 * for binary content, decodes UTF-8 across chunk boundaries. Returns the decoded byte count.
 */
function streamText(path: string, format: Format, onText: (text: string) => void, drain?: () => Promise<void> | void, onBytes?: (fileBytesRead: number) => void): Promise<number> {
  const decoder = new Utf8Decoder();
  return streamChunks(path, format, (buf) => decoder.write(buf, onText), () => decoder.end(onText), drain, onBytes);
}

/**
 * Like streamText, but hands on the (gunzipped) bytes themselves, each chunk once it is known to
 * be valid UTF-8 (the same check and the same error as streamText's, without decoding).
 */
function streamBytes(path: string, format: Format, onChunk: (bytes: Buffer) => void, drain?: () => Promise<void> | void, onBytes?: (fileBytesRead: number) => void): Promise<number> {
  const checker = new Utf8Decoder();
  const check = (buf: Buffer) => {
    checker.check(buf);
    onChunk(buf);
  };
  return streamChunks(path, format, check, () => checker.end(), drain, onBytes);
}

/** streamText's and streamBytes' reading: each chunk of bytes to `feed`, then `finish()`. */
async function streamChunks(path: string, format: Format, feed: (buf: Buffer) => void, finish: () => void, drain?: () => Promise<void> | void, onBytes?: (fileBytesRead: number) => void): Promise<number> {
  const gz = path.toLowerCase().endsWith('.gz');
  const raw = createReadStream(path, { highWaterMark: HIGH_WATER_MARK });
  const source = gz ? raw.pipe(createGunzip({ chunkSize: 256 * 1024 })) : raw;
  if (gz) raw.on('error', (e) => source.destroy(e));
  let head: Buffer | null = null; // the first bytes, held back until SNIFF_BYTES are seen
  let sniffing = true;
  let total = 0;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (sniffing) {
        head = head === null ? chunk : Buffer.concat([head, chunk]);
        if (head.length < SNIFF_BYTES) continue;
        sniffing = false;
        sniff(head, path, format);
        const h = head;
        head = null;
        feed(h);
        onBytes?.(raw.bytesRead);
        if (drain) await drain();
        continue;
      }
      feed(chunk);
      onBytes?.(raw.bytesRead);
      if (drain) await drain();
    }
  } catch (e) {
    if (e instanceof DataError) throw e;
    if (e instanceof InvalidUtf8) throw await utf8Error(e, path, gz);
    const code = (e as NodeJS.ErrnoException | null)?.code;
    if (gz && typeof code === 'string' && code.startsWith('Z_')) {
      throw new DataError(`${path}: is not valid gzip (${(e as Error).message})`, path);
    }
    if (code !== undefined && (e as NodeJS.ErrnoException).syscall !== undefined) throw new DataError(`${path}: ${fsReason(e)}`, path);
    throw e;
  } finally {
    raw.destroy();
  }
  try {
    if (head !== null) {
      // A file shorter than SNIFF_BYTES: all of it is in `head`.
      sniff(head, path, format);
      feed(head);
      onBytes?.(raw.bytesRead);
    }
    if (total === 0) throw new DataError(`${path}: is empty (0 bytes after decompression)`, path);
    finish();
  } catch (e) {
    if (e instanceof InvalidUtf8) throw await utf8Error(e, path, gz);
    throw e;
  }
  return total;
}

async function utf8Error(e: InvalidUtf8, path: string, gz: boolean): Promise<DataError> {
  const line = await lineAtOffset(path, gz, e.offset);
  const hex = e.byte === undefined ? 'end of file inside a character' : `byte 0x${e.byte.toString(16).padStart(2, '0')}`;
  return new DataError(`${path}:${line}: not valid UTF-8 (${hex} at byte offset ${e.offset}); modelgate reads text as UTF-8: convert the file (e.g. iconv -f latin1 -t utf-8)`, path, line);
}

/** Thrown by Utf8Decoder at the first byte that is not valid UTF-8 (streamText adds file and line). */
class InvalidUtf8 extends Error {
  constructor(
    readonly offset: number,
    readonly byte: number,
  ) {
    super(`invalid UTF-8 at byte offset ${offset}`);
  }
}

/** Index of the first byte of `buf` that starts no valid UTF-8 sequence (or buf.length), as WHATWG decoding finds it. */
function firstInvalidUtf8(buf: Uint8Array): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const n = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (n === 0 || i + n > buf.length) return i;
    const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    if (buf[i + 1] < lo || buf[i + 1] > hi) return i;
    for (let k = 2; k < n; k++) if ((buf[i + k] & 0xc0) !== 0x80) return i;
    i += n;
  }
  return i;
}

/**
 * UTF-8 bytes to text, chunk by chunk: a character split across chunks is carried over (as
 * StringDecoder does), and a chunk that is all ASCII, the common case for CSV, is turned into a
 * string by a plain copy (latin1) instead of UTF-8 decoding, several times faster. Bytes that are
 * not valid UTF-8 throw InvalidUtf8 with their offset: never silently U+FFFD. check() and end()
 * without `out` only validate, the same way (node:buffer's isUtf8, SIMD), for the byte path.
 */
class Utf8Decoder {
  private carry: Buffer | null = null;
  /** Bytes written before the current chunk. */
  private offset = 0;

  private validate(buf: Buffer, at: number): void {
    if (!isUtf8(buf)) {
      const i = firstInvalidUtf8(buf);
      throw new InvalidUtf8(at + i, buf[i]);
    }
  }

  private decode(buf: Buffer, at: number): string {
    this.validate(buf, at);
    return buf.toString('utf8');
  }

  write(buf: Buffer, out: (text: string) => void): void {
    this.pieces(buf, (piece, at, ascii) => out(ascii ? piece.toString('latin1') : this.decode(piece, at)));
  }

  /** Validates the next chunk (throws InvalidUtf8 at its first bad byte) without decoding it. */
  check(buf: Buffer): void {
    this.pieces(buf, (piece, at, ascii) => {
      if (!ascii) this.validate(piece, at);
    });
  }

  /**
   * The complete characters of `buf` (with a character carried over from the previous chunk) as
   * pieces at their byte offsets; `ascii` when a piece is known to be all ASCII.
   */
  private pieces(buf: Buffer, out: (piece: Buffer, at: number, ascii: boolean) => void): void {
    const base = this.offset;
    this.offset += buf.length;
    let start = 0;
    if (this.carry !== null) {
      const carry = this.carry;
      const need = utf8Length(carry[0]) - carry.length;
      let k = 0;
      while (k < need && k < buf.length && (buf[k] & 0xc0) === 0x80) k++;
      if (k < need && k === buf.length) {
        this.carry = Buffer.concat([carry, buf]); // still incomplete: a tiny chunk
        return;
      }
      this.carry = null;
      out(Buffer.concat([carry, buf.subarray(0, k)]), base - carry.length, false);
      start = k;
    }
    let end = buf.length;
    // An incomplete sequence at the end: back up over continuation bytes to its lead byte.
    let j = end - 1;
    const min = Math.max(start, end - 4);
    while (j >= min && (buf[j] & 0xc0) === 0x80) j--;
    if (j >= start && buf[j] >= 0xc0 && j + utf8Length(buf[j]) > end) {
      this.carry = Buffer.from(buf.subarray(j, end));
      end = j;
    }
    if (end > start) {
      const sub = start === 0 && end === buf.length ? buf : buf.subarray(start, end);
      out(sub, base + start, isAscii(sub));
    }
  }

  /** End of input: a character still incomplete is invalid. Without `out`, only validates. */
  end(out?: (text: string) => void): void {
    if (this.carry !== null) {
      const at = this.offset - this.carry.length;
      if (out) out(this.decode(this.carry, at));
      else this.validate(this.carry, at);
    }
    this.carry = null;
  }
}

/** The 1-based line of byte `offset` of the (decompressed) file: newlines before it, plus one. */
async function lineAtOffset(path: string, gz: boolean, offset: number): Promise<number> {
  const raw = createReadStream(path, { highWaterMark: HIGH_WATER_MARK });
  const source = gz ? raw.pipe(createGunzip()) : raw;
  let line = 1;
  let seen = 0;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      const upto = Math.min(chunk.length, offset - seen);
      for (let i = chunk.indexOf(10); i !== -1 && i < upto; i = chunk.indexOf(10, i + 1)) line++;
      seen += chunk.length;
      if (seen >= offset) break;
    }
  } finally {
    raw.destroy();
  }
  return line;
}

/** Bytes in the UTF-8 sequence a lead byte (>= 0xc0) starts. */
function utf8Length(lead: number): number {
  return lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
}

// ---------------------------------------------------------------------------------------------
// CSV / TSV

async function readDelimited(path: string, delimiter: string, format: Format, ds: Dataset): Promise<void> {
  const sink = ds.sink;
  const shardCount = ds.shardCount;
  const shardIndex = ds.shardIndex;
  let header: string[] | null = null;
  let rowIndex = ds.rowIndex;
  let delivered = 0;
  const parser = new CsvByteParser({
    delimiter,
    file: path,
    onRecord(rec, line) {
      if (header === null) {
        header = checkHeader(rec.fields(), path, line, ds);
        return;
      }
      const index = rowIndex++;
      if (shardCount !== 1 && index % shardCount !== shardIndex) return;
      delivered++;
      if (sink.record) sink.record(rec, line);
      else sink.row(recordCells(rec), line);
    },
  });
  try {
    await streamBytes(path, format, (bytes) => parser.write(bytes), sink.drain?.bind(sink), ds.onBytes && ((n) => ds.onBytes!(ds.bytesBefore + n)));
    parser.end();
  } finally {
    ds.rowIndex = rowIndex;
    ds.delivered += delivered;
  }
  if (header === null) throw new DataError(`${path}: has no header row (only blank lines)`, path);
}

/** A record's cells for RowSink.row: each field's text, '' as null. */
export function recordCells(rec: CsvRecord): Cell[] {
  const cells: Cell[] = [];
  for (let k = 0; k < rec.count; k++) cells.push(rec.isEmpty(k) ? null : rec.text(k));
  return cells;
}

function checkHeader(fields: string[], path: string, line: number, ds: Dataset): string[] {
  const seen = new Map<string, number>();
  for (let i = 0; i < fields.length; i++) {
    // Any name is a column name, the empty one included (pandas writes one for its index).
    const name = fields[i];
    const prev = seen.get(name);
    if (prev !== undefined) {
      throw new DataError(`${path}:${line}: duplicate column name ${JSON.stringify(name)} in header (columns ${prev + 1} and ${i + 1}); every column needs a unique name`, path, line);
    }
    seen.set(name, i);
  }
  sameColumns(fields, path, ds);
  return fields;
}

/** The first file sets the dataset's columns and calls sink.header; later ones must match. */
function sameColumns(columns: string[], path: string, ds: Dataset, timeKinds?: (TimeColumnKind | undefined)[]): void {
  if (ds.columns === null) {
    ds.columns = columns;
    ds.sink.header([...columns], timeKinds);
    return;
  }
  const want = ds.columns;
  if (want.length === columns.length && want.every((c, i) => c === columns[i])) return;
  let i = 0;
  while (i < want.length && i < columns.length && want[i] === columns[i]) i++;
  const detail =
    i < want.length && i < columns.length
      ? `column ${i + 1} is ${JSON.stringify(columns[i])} there but ${JSON.stringify(want[i])} in ${ds.firstFile}`
      : `it has ${columns.length} columns, ${ds.firstFile} has ${want.length}`;
  throw new DataError(`${path}: columns differ from ${ds.firstFile} (${detail}); the files of one dataset must share a header`, path);
}

// ---------------------------------------------------------------------------------------------
// JSON Lines

async function readJsonl(path: string, ds: Dataset): Promise<void> {
  const sink = ds.sink;
  const shardCount = ds.shardCount;
  const shardIndex = ds.shardIndex;
  const colIndex = ds.columnIndex;
  let lineNo = 0;
  let firstSeen = false;
  let pending: string[] = [];
  let bom = true;

  const jsonRow = (obj: Record<string, unknown>, line: number): void => {
    const columns = ds.columns as string[];
    const n = columns.length;
    const cells: Cell[] = [];
    for (let k = 0; k < n; k++) cells.push(null);
    for (const key in obj) {
      let idx = colIndex.get(key);
      if (idx === undefined) {
        idx = columns.length;
        columns.push(key);
        colIndex.set(key, idx);
        cells.push(null);
        sink.newColumn?.(key, idx);
      }
      cells[idx] = jsonCell(obj[key]);
    }
    ds.delivered++;
    sink.row(cells, line);
  };

  const onLine = (text: string, line: number): void => {
    if (text.length === 0 || (text.charCodeAt(0) <= 32 && text.trim() === '')) return;
    if (!firstSeen) {
      firstSeen = true;
      let obj: unknown;
      try {
        obj = JSON.parse(text);
      } catch (e) {
        throw new DataError(`${path}:${line}: not JSON Lines (the first line is not JSON: ${(e as Error).message})`, path, line);
      }
      if (!isObject(obj)) {
        throw new DataError(`${path}:${line}: not JSON Lines of objects (the first line is ${jsonKind(obj)}, not an object)`, path, line);
      }
      if (ds.columns === null) {
        const keys = Object.keys(obj);
        ds.columns = keys;
        keys.forEach((k, i) => colIndex.set(k, i));
        sink.header([...keys]);
      }
      if (ds.rowIndex++ % shardCount === shardIndex) jsonRow(obj, line);
      return;
    }
    if (ds.rowIndex++ % shardCount !== shardIndex) return;
    let obj: unknown;
    try {
      obj = JSON.parse(text);
    } catch (e) {
      badLine(line, `invalid JSON: ${(e as Error).message}`);
      return;
    }
    if (!isObject(obj)) {
      badLine(line, `not a JSON object (got ${jsonKind(obj)})`);
      return;
    }
    jsonRow(obj, line);
  };

  const badLine = (line: number, message: string): void => {
    if (sink.bad) sink.bad(line, message);
    else throw new DataError(`${path}:${line}: ${message}`, path, line);
  };

  await streamText(path, 'jsonl', (s) => {
    let i = 0;
    if (bom) {
      bom = false;
      if (s.charCodeAt(0) === 0xfeff) i = 1;
    }
    let nl = s.indexOf('\n', i);
    if (pending.length !== 0) {
      if (nl === -1) {
        pending.push(i === 0 ? s : s.slice(i));
        return;
      }
      pending.push(s.slice(i, nl));
      const text = pending.join('');
      pending = [];
      onLine(text, ++lineNo);
      i = nl + 1;
      nl = s.indexOf('\n', i);
    }
    while (nl !== -1) {
      onLine(s.slice(i, nl), ++lineNo);
      i = nl + 1;
      nl = s.indexOf('\n', i);
    }
    if (i < s.length) pending.push(s.slice(i));
  }, sink.drain?.bind(sink), ds.onBytes && ((n) => ds.onBytes!(ds.bytesBefore + n)));
  if (pending.length !== 0) onLine(pending.join(''), ++lineNo);
  if (!firstSeen) throw new DataError(`${path}: is empty (only blank lines, no JSON objects)`, path);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function jsonKind(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'an array' : `a ${typeof v}`;
}

function jsonCell(v: unknown): Cell {
  if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return JSON.stringify(v);
}

// ---------------------------------------------------------------------------------------------
// Parquet

const MS_PER_DAY = 86_400_000;

function isoOrNull(ms: number): string | null {
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** a / b rounded toward -Infinity (BigInt division truncates toward zero), as a number. */
function floorDiv(a: bigint, b: bigint): number {
  const q = a / b;
  return Number(a < 0n && q * b !== a ? q - 1n : q);
}

/**
 * Dates and timestamps straight to epoch milliseconds (numbers), so cells never hold Date objects
 * nor strings: microseconds as a fraction of a millisecond (exact to the microsecond for four
 * centuries around 1970), nanoseconds rounded down to the microsecond.
 */
export const parquetParsers: Partial<ParquetParsers> = {
  timestampFromMilliseconds: (ms: bigint) => Number(ms),
  timestampFromMicroseconds: (us: bigint) => Number(us) / 1000,
  timestampFromNanoseconds: (ns: bigint) => floorDiv(ns, 1000n) / 1000,
  dateFromDays: (days: number) => days * MS_PER_DAY,
};

/** Which top-level columns of a Parquet schema hold dates or timestamps. */
export function parquetTimeKinds(metadata: FileMetaData): (TimeColumnKind | undefined)[] {
  return parquetSchema(metadata).children.map(({ element: e }) => {
    const lt = e.logical_type;
    if (lt?.type === 'DATE' || e.converted_type === 'DATE') return 'date';
    if (lt?.type === 'TIMESTAMP') return lt.isAdjustedToUTC ? 'date-time' : 'date-time-naive';
    if (e.converted_type === 'TIMESTAMP_MILLIS' || e.converted_type === 'TIMESTAMP_MICROS') return 'date-time'; // legacy: UTC instants
    if (e.type === 'INT96' && !e.converted_type) return 'date-time'; // legacy Impala/Spark timestamps
    return undefined;
  });
}

function parquetCell(v: unknown): Cell {
  switch (typeof v) {
    case 'string':
    case 'number':
    case 'boolean':
      return v;
    case 'bigint':
      return Number(v);
    case 'undefined':
      return null;
    case 'object':
      if (v === null) return null;
      if (v instanceof Date) return isoOrNull(v.getTime());
      if (v instanceof Uint8Array) return Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64');
      return JSON.stringify(toJson(v));
    default:
      return String(v);
  }
}

/**
 * The footers this thread read last, by path, size and modification time. The parallel pass reads
 * a file as chunks of row groups, each of which needs the footer, and a footer parses into objects
 * per row group and column: once per chunk, on a 10M-row file of 100 groups, that was 85 MB of
 * garbage on the main thread, growing with the square of the groups (bench/RESULTS.md). Callers
 * only read the metadata.
 */
const footers: { path: string; size: number; mtimeMs: number; metadata: FileMetaData }[] = [];

export async function parquetFooter(path: string, size: number, file: AsyncBuffer): Promise<FileMetaData> {
  const { mtimeMs } = await stat(path);
  const hit = footers.find((f) => f.path === path && f.size === size && f.mtimeMs === mtimeMs);
  if (hit !== undefined) return hit.metadata;
  const metadata = await parquetMetadataAsync(file, { parsers: parquetParsers });
  footers.unshift({ path, size, mtimeMs, metadata });
  footers.length = Math.min(footers.length, 2);
  return metadata;
}

async function readParquet(path: string, size: number, ds: Dataset): Promise<void> {
  let file: AsyncBuffer;
  let metadata: FileMetaData;
  let columns: string[];
  let timeKinds: (TimeColumnKind | undefined)[];
  try {
    file = await asyncBufferFromFile(path);
    if (size < 12) throw new DataError(`${path}: not a Parquet file (too short)`, path);
    const [head, tail] = await Promise.all([file.slice(0, 4), file.slice(size - 4, size)]);
    const magic = (b: ArrayBuffer) => Buffer.from(b).toString('latin1');
    if (magic(head) !== 'PAR1') throw new DataError(`${path}: not a Parquet file (no PAR1 magic bytes)`, path);
    if (magic(tail) !== 'PAR1') throw new DataError(`${path}: starts like Parquet but has no footer (truncated?)`, path);
    metadata = await parquetFooter(path, size, file);
    columns = parquetSchema(metadata).children.map((c) => c.element.name);
    timeKinds = parquetTimeKinds(metadata);
  } catch (e) {
    throw asParquetError(e, path);
  }
  sameColumns(columns, path, ds, timeKinds);
  const sink = ds.sink;
  const { shardCount, shardIndex } = ds;
  const groups = metadata.row_groups;
  const from = ds.rowGroups?.from ?? 0;
  const to = Math.min(ds.rowGroups?.to ?? groups.length, groups.length);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    throw asParquetError(e, path);
  }
  let pf: ParquetFile;
  try {
    pf = parquetColumns(fd, metadata);
  } catch (e) {
    closeSync(fd);
    throw e;
  }
  try {
    const raw = rawColumns(metadata);
    const slow = async (names: string[], rowStart: number, rowEnd: number) => convertRaw(raw, await readColumnsSlow(file, raw.metadata, names, rowStart, rowEnd, parquetParsers));
    let groupStart = 0;
    for (let g = 0; g < from; g++) groupStart += Number(groups[g]!.num_rows);
    for (let g = from; g < to; g++) {
      const groupRows = Number(groups[g]!.num_rows);
      const first = ds.rowIndex; // dataset index of this group's first row
      ds.rowIndex += groupRows;
      // Skip groups holding no row of this shard (only possible when a group is smaller than count).
      const firstMine = first + ((shardIndex - (first % shardCount) + shardCount) % shardCount);
      if (groupRows === 0 || firstMine >= first + groupRows) {
        groupStart += groupRows;
        continue;
      }
      let cols: GroupColumn[];
      try {
        cols = await readGroup(pf, g, groupStart, slow, parquetCell);
      } catch (e) {
        throw asParquetError(e, path);
      }
      // Rows are delivered after the read so that errors thrown by the sink are never mistaken
      // for a corrupt file.
      if (shardCount === 1 && sink.columns && sink.columns({ rows: groupRows, firstLine: groupStart + 1, columns: cols })) {
        ds.delivered += groupRows;
        if (sink.drain) await sink.drain();
        groupStart += groupRows;
        continue;
      }
      const nc = cols.length;
      for (let k = firstMine - first; k < groupRows; k += shardCount) {
        const row = new Array<Cell>(nc);
        for (let c = 0; c < nc; c++) row[c] = batchCell(cols[c]!, k);
        ds.delivered++;
        sink.row(row, groupStart + k + 1);
      }
      if (sink.drain) await sink.drain();
      groupStart += groupRows;
    }
  } finally {
    releaseColumns(pf);
    closeSync(fd);
  }
}

function asParquetError(e: unknown, path: string): DataError {
  if (e instanceof DataError) return e;
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (code !== undefined && (e as NodeJS.ErrnoException).syscall !== undefined) return new DataError(`${path}: ${fsReason(e)}`, path);
  const msg = ((e as Error)?.message ?? String(e)).split('\n')[0];
  return new DataError(`${path}: cannot read Parquet (corrupt or unsupported): ${msg}`, path);
}

// ---------------------------------------------------------------------------------------------
// Globs

const MAGIC = /[*?]/;

/**
 * Expands a glob into a sorted list of files. Supports `*` and `?` within one path segment and
 * `**` as a whole segment for any number of directories (including none); wildcards do not
 * match names starting with '.' unless the pattern segment does, and `**` does not follow
 * symlinked directories. A pattern without wildcards is returned as-is (readRows reports a
 * missing file). A pattern that matches no file is a ConfigurationError. Results are sorted by
 * code unit order, so the dataset order is stable across machines.
 */
export async function expandDataGlob(pattern: string): Promise<string[]> {
  const pat = process.platform === 'win32' ? pattern.replace(/\\/g, '/') : pattern;
  if (!MAGIC.test(pat)) return [pattern];
  const segs = pat.split('/');
  let k = 0;
  while (k < segs.length && !MAGIC.test(segs[k])) k++;
  let base = segs.slice(0, k).join('/');
  if (k > 0 && base === '') base = '/';
  const prefix = base === '' ? '' : base.endsWith('/') ? base : base + '/';
  const rest = segs.slice(k).filter((s, i, a) => s !== '' || i === a.length - 1);
  const out = new Set<string>();
  await walk(base === '' ? '.' : base, prefix, rest, 0, out);
  if (out.size === 0) throw new ConfigurationError(`data pattern '${pattern}' matches no files`);
  return [...out].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function segmentRegex(seg: string): RegExp {
  let re = '^';
  for (const ch of seg) {
    if (ch === '*') re += '[^/]*';
    else if (ch === '?') re += '[^/]';
    else re += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(re + '$', 'u');
}

async function listDir(dir: string): Promise<Dirent[]> {
  try {
    return await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

/** File or directory, following symlinks; null if neither or broken. */
async function kindOf(dir: string, e: Dirent): Promise<'file' | 'dir' | null> {
  if (e.isFile()) return 'file';
  if (e.isDirectory()) return 'dir';
  if (!e.isSymbolicLink()) return null;
  try {
    const st = await stat(`${dir}/${e.name}`);
    return st.isFile() ? 'file' : st.isDirectory() ? 'dir' : null;
  } catch {
    return null;
  }
}

async function walk(dir: string, prefix: string, segs: string[], si: number, out: Set<string>): Promise<void> {
  const seg = segs[si];
  const last = si === segs.length - 1;
  if (seg === '**') {
    if (!last) await walk(dir, prefix, segs, si + 1, out); // zero directories
    for (const e of await listDir(dir)) {
      if (e.name.startsWith('.')) continue;
      if (last && (await kindOf(dir, e)) === 'file') out.add(prefix + e.name);
      else if (e.isDirectory()) await walk(`${dir}/${e.name}`, `${prefix}${e.name}/`, segs, si, out);
    }
    return;
  }
  if (!MAGIC.test(seg)) {
    const kind = await stat(`${dir}/${seg}`).then(
      (st) => (st.isFile() ? 'file' : st.isDirectory() ? 'dir' : null),
      () => null,
    );
    if (last ? kind === 'file' : kind === 'dir') {
      if (last) out.add(prefix + seg);
      else await walk(`${dir}/${seg}`, `${prefix}${seg}/`, segs, si + 1, out);
    }
    return;
  }
  const re = segmentRegex(seg);
  const dots = seg.startsWith('.');
  for (const e of await listDir(dir)) {
    if (!dots && e.name.startsWith('.')) continue;
    if (!re.test(e.name)) continue;
    const kind = await kindOf(dir, e);
    if (last ? kind === 'file' : kind === 'dir') {
      if (last) out.add(prefix + e.name);
      else await walk(`${dir}/${e.name}`, `${prefix}${e.name}/`, segs, si + 1, out);
    }
  }
}
