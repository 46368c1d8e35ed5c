/**
 * One Parquet row group decoded column by column into arrays the size of the group, for
 * readers.ts to hand out as rows: numbers into a Float64Array with a presence mask, text and
 * booleans into one array of cells.
 *
 * The common flat columns are decoded here, straight from the column chunk's pages: a top-level
 * primitive column (REQUIRED or OPTIONAL) of DOUBLE, FLOAT, INT32, INT64, BOOLEAN or BYTE_ARRAY
 * text, DATE, or TIMESTAMP in milliseconds or microseconds, in data pages v1 or v2 with PLAIN or
 * dictionary encoding, uncompressed or with a codec hyparquet-compressors decodes. hyparquet
 * decodes every other column (nested ones, DECIMAL, INT96, nanosecond timestamps, unsigned 32 and
 * 64 bit integers, FLOAT16, JSON, delta and byte-stream-split encodings, legacy bit-packed levels),
 * one call for all of them. Both give the same cells: dates and timestamps as the epoch
 * milliseconds of readers.ts' parquetParsers, INT64 as the nearest number, text through the same
 * UTF-8 decoding (invalid bytes become U+FFFD).
 *
 * hyparquet's own row reading assembles every value through its generic (Dremel) list assembly
 * into growing JS arrays and then transposes the group into row arrays; for a flat file that is
 * most of the time and memory of a Parquet pass (bench/RESULTS.md, "validate-data").
 */
import { isAscii } from 'node:buffer';
import { readSync } from 'node:fs';
import { parquetRead, parquetSchema } from 'hyparquet';
import type { AsyncBuffer, ColumnChunk, FileMetaData, SchemaElement, SchemaTree } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';

/** A decoded cell as readers.ts hands it out (its Cell type). */
type Cell = string | number | boolean | null;

/** One column of one row group: numbers (values + present mask) or cells. */
export interface GroupColumn {
  /** Numbers, when `cells` is null: value k is present when `present` is null or present[k] is 1. */
  numbers: Float64Array | null;
  present: Uint8Array | null;
  /** Any other column: one cell per row (null for a missing value). */
  cells: Cell[] | null;
}

const MS_PER_DAY = 86_400_000;
const utf8 = new TextDecoder();

/** How a fast column's physical values become cells. */
const Conv = { Double: 0, Float: 1, Int32: 2, Int64: 3, Date: 4, Millis: 5, Micros: 6, Boolean: 7, Text: 8 } as const;
type Conv = (typeof Conv)[keyof typeof Conv];

/** The conversion of a top-level primitive column this module decodes, or undefined (hyparquet's). */
function fastConversion(e: SchemaElement, hasChildren: boolean): Conv | undefined {
  if (hasChildren || e.repetition_type === 'REPEATED') return undefined;
  const ct = e.converted_type;
  const lt = e.logical_type;
  switch (e.type) {
    case 'DOUBLE':
      return ct === undefined && lt === undefined ? Conv.Double : undefined;
    case 'FLOAT':
      return ct === undefined && lt === undefined ? Conv.Float : undefined;
    case 'BOOLEAN':
      return ct === undefined && lt === undefined ? Conv.Boolean : undefined;
    case 'INT32':
      // hyparquet converts DATE by the converted type only; UINT_32 it reads unsigned (not here).
      if (ct === 'DATE') return Conv.Date;
      if (lt !== undefined && !(lt.type === 'INTEGER' && (lt.isSigned || lt.bitWidth < 32))) return undefined;
      return ct === undefined || ct === 'INT_8' || ct === 'INT_16' || ct === 'INT_32' || ct === 'UINT_8' || ct === 'UINT_16' ? Conv.Int32 : undefined;
    case 'INT64':
      // The converted type decides first, as in hyparquet's convert().
      if (ct === 'TIMESTAMP_MILLIS') return Conv.Millis;
      if (ct === 'TIMESTAMP_MICROS') return Conv.Micros;
      if (ct === undefined && lt?.type === 'TIMESTAMP') return lt.unit === 'MILLIS' ? Conv.Millis : lt.unit === 'MICROS' ? Conv.Micros : undefined;
      if (lt !== undefined && !(lt.type === 'INTEGER' && lt.isSigned)) return undefined;
      return ct === undefined || ct === 'INT_64' ? Conv.Int64 : undefined;
    case 'BYTE_ARRAY':
      if (ct !== undefined && ct !== 'UTF8') return undefined;
      return lt === undefined || lt.type === 'STRING' ? Conv.Text : undefined;
    default:
      return undefined;
  }
}

/** Thrown for a page this module does not decode: the column goes to hyparquet instead. */
class NotFast extends Error {}

// ---------------------------------------------------------------------------------------------
// Thrift compact protocol, as much as page headers need.

interface Reader {
  buf: Uint8Array;
  pos: number;
}

function varint(r: Reader): number {
  let result = 0;
  let shift = 0;
  for (;;) {
    if (r.pos >= r.buf.length) throw new Error('page header ends early');
    const b = r.buf[r.pos++]!;
    result += (b & 0x7f) * 2 ** shift;
    if ((b & 0x80) === 0) return result;
    shift += 7;
    if (shift > 63) throw new Error('bad varint in a page header');
  }
}

function zigzag(r: Reader): number {
  const n = varint(r);
  return n % 2 === 0 ? n / 2 : -(n + 1) / 2;
}

function skipValue(r: Reader, type: number): void {
  switch (type) {
    case 1: // true
    case 2: // false
      return;
    case 3: // byte
      r.pos++;
      return;
    case 4: // i16
    case 5: // i32
    case 6: // i64
      varint(r);
      return;
    case 7: // double
      r.pos += 8;
      return;
    case 8: // binary
      r.pos += varint(r);
      return;
    case 9: // list
    case 10: {
      // set
      const h = r.buf[r.pos++]!;
      const n = h >> 4 === 15 ? varint(r) : h >> 4;
      for (let i = 0; i < n; i++) skipValue(r, h & 0x0f);
      return;
    }
    case 11: {
      // map
      const n = varint(r);
      if (n === 0) return;
      const kv = r.buf[r.pos++]!;
      for (let i = 0; i < n; i++) {
        skipValue(r, kv >> 4);
        skipValue(r, kv & 0x0f);
      }
      return;
    }
    case 12:
      readStruct(r, () => false);
      return;
    default:
      throw new Error(`bad thrift type ${type} in a page header`);
  }
}

/**
 * Reads a struct, calling `field(id, type)` for each field: it reads the value and returns true,
 * or returns false to have it skipped.
 */
function readStruct(r: Reader, field: (id: number, type: number) => boolean): void {
  let id = 0;
  for (;;) {
    if (r.pos >= r.buf.length) throw new Error('page header ends early');
    const b = r.buf[r.pos++]!;
    const type = b & 0x0f;
    if (type === 0) return;
    id = b >> 4 ? id + (b >> 4) : zigzag(r);
    if (!field(id, type)) skipValue(r, type);
  }
}

interface PageHeader {
  type: number;
  uncompressed: number;
  compressed: number;
  numValues: number;
  encoding: number;
  /** v1: the definition levels' encoding. */
  defEncoding: number;
  /** v2 */
  numNulls: number;
  defBytes: number;
  repBytes: number;
  isCompressed: boolean;
}

const DATA_PAGE = 0;
const DICTIONARY_PAGE = 2;
const DATA_PAGE_V2 = 3;
const PLAIN = 0;
const PLAIN_DICTIONARY = 2;
const RLE = 3;
const RLE_DICTIONARY = 8;

function pageHeader(r: Reader): PageHeader {
  const h: PageHeader = { type: -1, uncompressed: 0, compressed: 0, numValues: 0, encoding: -1, defEncoding: RLE, numNulls: 0, defBytes: 0, repBytes: 0, isCompressed: true };
  const bool = (type: number) => type === 1;
  readStruct(r, (id, type) => {
    if (id === 1) h.type = zigzag(r);
    else if (id === 2) h.uncompressed = zigzag(r);
    else if (id === 3) h.compressed = zigzag(r);
    else if (id === 5 || id === 7) {
      readStruct(r, (f) => {
        if (f === 1) h.numValues = zigzag(r);
        else if (f === 2) h.encoding = zigzag(r);
        else if (f === 3 && id === 5) h.defEncoding = zigzag(r);
        else return false;
        return true;
      });
    } else if (id === 8) {
      readStruct(r, (f, t) => {
        if (f === 1) h.numValues = zigzag(r);
        else if (f === 2) h.numNulls = zigzag(r);
        else if (f === 4) h.encoding = zigzag(r);
        else if (f === 5) h.defBytes = zigzag(r);
        else if (f === 6) h.repBytes = zigzag(r);
        else if (f === 7) h.isCompressed = bool(t);
        else return false;
        return true;
      });
    } else return false;
    return true;
  });
  return h;
}

// ---------------------------------------------------------------------------------------------
// Values

/** The RLE / bit-packed hybrid: `count` values of `width` bits from r (up to `end`) into out[at..]. */
function hybrid(r: Reader, end: number, width: number, out: Int32Array | Uint8Array, count: number): void {
  const buf = r.buf;
  let seen = 0;
  const bytes = (width + 7) >> 3;
  const mask = width >= 31 ? -1 : (1 << width) - 1;
  while (seen < count) {
    if (r.pos >= end) throw new Error('levels or dictionary indices end early');
    const header = varint(r);
    if (header % 2 === 0) {
      const n = Math.min(header / 2, count - seen);
      let v = 0;
      for (let i = 0; i < bytes; i++) v |= buf[r.pos++]! << (8 * i);
      out.fill(v, seen, seen + n);
      seen += n;
    } else {
      const groups = (header - 1) / 2;
      const stop = Math.min(groups * 8, count - seen);
      let p = r.pos;
      const last = Math.min(end, r.pos + groups * width);
      if (width <= 24) {
        let acc = 0;
        let bits = 0;
        for (let i = 0; i < stop; i++) {
          while (bits < width) {
            acc |= (p < last ? buf[p]! : 0) << bits;
            p++;
            bits += 8;
          }
          out[seen + i] = acc & mask;
          acc >>>= width;
          bits -= width;
        }
      } else {
        let acc = 0;
        let bits = 0;
        for (let i = 0; i < stop; i++) {
          while (bits < width) {
            acc += (p < last ? buf[p]! : 0) * 2 ** bits;
            p++;
            bits += 8;
          }
          out[seen + i] = acc % 2 ** width;
          acc = Math.floor(acc / 2 ** width);
          bits -= width;
        }
      }
      seen += stop;
      r.pos += groups * width;
    }
  }
}

/**
 * `n` PLAIN values from page[pos..], converted, into out[base + i], or, with definition levels, into
 * the rows base + j whose level is 1; returns the end position.
 */
function plainValues(conv: Conv, page: Uint8Array, pos: number, n: number, out: Cell[] | Float64Array, levels: Uint8Array | null, base: number): number {
  const view = new DataView(page.buffer, page.byteOffset, page.byteLength);
  const numbers = out instanceof Float64Array ? out : null;
  const cells = numbers ? null : (out as Cell[]);
  let k = base - 1;
  for (let i = 0; i < n; i++) {
    if (levels === null) k = base + i;
    else while (levels[++k - base] !== 1);
    switch (conv) {
      case Conv.Double:
        numbers![k] = view.getFloat64(pos, true);
        pos += 8;
        break;
      case Conv.Float:
        numbers![k] = view.getFloat32(pos, true);
        pos += 4;
        break;
      case Conv.Int32:
        numbers![k] = view.getInt32(pos, true);
        pos += 4;
        break;
      case Conv.Date:
        numbers![k] = view.getInt32(pos, true) * MS_PER_DAY;
        pos += 4;
        break;
      case Conv.Int64:
      case Conv.Millis:
        numbers![k] = int64(view, pos);
        pos += 8;
        break;
      case Conv.Micros:
        numbers![k] = int64(view, pos) / 1000;
        pos += 8;
        break;
      case Conv.Boolean: {
        const byte = page[pos + (i >> 3)];
        if (byte === undefined) throw new Error('values run past their page');
        cells![k] = ((byte >> (i & 7)) & 1) === 1;
        break;
      }
      case Conv.Text: {
        const len = view.getUint32(pos, true);
        pos += 4;
        if (pos + len > page.length) throw new Error('a text value runs past its page');
        cells![k] = text(page, pos, len);
        pos += len;
        break;
      }
    }
    if (pos > page.length) throw new Error('values run past their page');
  }
  return pos;
}

/**
 * An INT64 as the nearest number: hi·2^32 is exact and the one addition rounds to nearest-even,
 * as Number(bigint) does.
 */
function int64(view: DataView, pos: number): number {
  return view.getInt32(pos + 4, true) * 4294967296 + view.getUint32(pos, true);
}

function text(page: Uint8Array, pos: number, len: number): string {
  const bytes = page.subarray(pos, pos + len);
  if (len < 64 ? asciiShort(bytes) : isAscii(bytes)) return Buffer.from(bytes.buffer, bytes.byteOffset, len).toString('latin1');
  return utf8.decode(bytes);
}

function asciiShort(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) if (b[i]! >= 0x80) return false;
  return true;
}

const isNumberConv = (c: Conv): boolean => c !== Conv.Boolean && c !== Conv.Text;

// ---------------------------------------------------------------------------------------------
// Column chunks

// One buffer per thread for a column chunk's bytes, reused (what is decoded from it is copied out
// before the next read): a fresh one per chunk lives outside the heap until a full collection, and
// a long file would pile them up. A column chunk is read and decoded synchronously, so two readers
// in one thread never share it midway. (Decompressed pages are fzstd's own: given an output
// buffer, fzstd 0.1.1 decodes about four times slower.)
let chunkScratch = Buffer.alloc(0);

function decompress(codec: string, bytes: Uint8Array, size: number): Uint8Array {
  if (codec === 'UNCOMPRESSED') return bytes;
  const f = (compressors as Record<string, ((input: Uint8Array, length: number) => Uint8Array) | undefined>)[codec];
  if (!f) throw new NotFast();
  const out = f(bytes, size);
  if (out.length !== size) throw new Error(`decompressed page length ${out.length} does not match header ${size}`);
  return out;
}

/** The byte range of a column chunk in the file, as hyparquet takes it. */
export function chunkRange(chunk: ColumnChunk): [number, number] {
  const m = chunk.meta_data!;
  let start = Number(m.dictionary_page_offset ?? 0);
  if (!start || Number(m.data_page_offset) < start) start = Number(m.data_page_offset);
  return [start, start + Number(m.total_compressed_size)];
}

/**
 * Decodes a fast column's chunk (its bytes) into a group-sized column of `rows` rows, in the
 * arrays of `reuse` when they are large enough (the previous group's, already handed out).
 */
function decodeChunk(bytes: Uint8Array, conv: Conv, optional: boolean, codec: string, rows: number, reuse: Pool): GroupColumn {
  const numeric = isNumberConv(conv);
  let numbers: Float64Array | null = null;
  let cells: Cell[] | null = null;
  if (numeric) {
    if (reuse.numbers.length < rows) reuse.numbers = new Float64Array(rows);
    numbers = reuse.numbers.subarray(0, rows);
  } else {
    if (reuse.cells.length !== rows) reuse.cells = new Array<Cell>(rows);
    cells = reuse.cells.fill(null);
  }
  let present: Uint8Array | null = null;
  if (optional) {
    if (reuse.present.length < rows) reuse.present = new Uint8Array(rows);
    present = reuse.present.subarray(0, rows).fill(0);
  }
  let dict: Float64Array | Cell[] | null = null;
  const r: Reader = { buf: bytes, pos: 0 };
  let row = 0;
  let levels = new Uint8Array(0);
  let indices = new Int32Array(0);
  while (row < rows) {
    if (r.pos >= bytes.length) throw new Error(`column chunk ends after ${row} of ${rows} rows`);
    const h = pageHeader(r);
    const body = bytes.subarray(r.pos, r.pos + h.compressed);
    if (body.length !== h.compressed) throw new Error('a page runs past its column chunk');
    r.pos += h.compressed;
    if (h.type === DICTIONARY_PAGE) {
      if (h.encoding !== PLAIN && h.encoding !== PLAIN_DICTIONARY) throw new NotFast();
      const page = decompress(codec, body, h.uncompressed);
      dict = numeric ? new Float64Array(h.numValues) : new Array<Cell>(h.numValues);
      plainValues(conv, page, 0, h.numValues, dict, null, 0);
      continue;
    }
    if (h.type !== DATA_PAGE && h.type !== DATA_PAGE_V2) continue; // index pages
    const n = h.numValues;
    if (n < 0 || row + n > rows) throw new Error(`pages hold more values than the row group's ${rows} rows`);
    let page: Uint8Array;
    let pos = 0;
    if (levels.length < n) levels = new Uint8Array(n);
    if (h.type === DATA_PAGE) {
      page = decompress(codec, body, h.uncompressed);
      if (optional) {
        if (h.defEncoding !== RLE) throw new NotFast();
        const len = new DataView(page.buffer, page.byteOffset, page.byteLength).getUint32(0, true);
        const lr: Reader = { buf: page, pos: 4 };
        hybrid(lr, 4 + len, 1, levels, n);
        pos = 4 + len;
      }
    } else {
      if (h.repBytes !== 0) throw new NotFast();
      if (optional) hybrid({ buf: body, pos: 0 }, h.defBytes, 1, levels, n);
      const rest = body.subarray(h.defBytes);
      page = h.isCompressed ? decompress(codec, rest, h.uncompressed - h.defBytes) : rest;
    }
    // Rows of this page holding a value: all, or those whose definition level is 1.
    let nulls = 0;
    if (optional) {
      for (let i = 0; i < n; i++) {
        if (levels[i] === 1) present![row + i] = 1;
        else nulls++;
      }
    }
    const lv = nulls === 0 ? null : levels;
    const values = n - nulls;
    if (h.encoding === PLAIN) plainValues(conv, page, pos, values, (numbers ?? cells)!, lv, row);
    else if (h.encoding === PLAIN_DICTIONARY || h.encoding === RLE_DICTIONARY) {
      if (!dict) throw new Error('a dictionary-encoded page without a dictionary');
      const width = page[pos]!;
      if (indices.length < values) indices = new Int32Array(values);
      if (width > 32) throw new Error(`bad dictionary index width ${width}`);
      if (width === 0) indices.fill(0, 0, values);
      else hybrid({ buf: page, pos: pos + 1 }, page.length, width, indices, values);
      const d = dict;
      const dn = d.length;
      let k = row - 1;
      for (let i = 0; i < values; i++) {
        const j = indices[i]!;
        if (j < 0 || j >= dn) throw new Error(`dictionary index ${j} out of range`);
        if (lv === null) k = row + i;
        else while (lv[++k - row] !== 1);
        if (numbers) numbers[k] = (d as Float64Array)[j]!;
        else cells![k] = (d as Cell[])[j]!;
      }
    } else throw new NotFast();
    row += n;
  }
  if (present !== null && !present.includes(0)) present = null;
  return { numbers, present, cells };
}

// ---------------------------------------------------------------------------------------------
// Row groups

/** A column's arrays, kept from one row group to the next. */
interface Pool {
  numbers: Float64Array;
  present: Uint8Array;
  cells: Cell[];
}

export interface ParquetFile {
  fd: number;
  metadata: FileMetaData;
  pools: Pool[];
  /** Per top-level column: its leaf schema element's fast conversion, or undefined. */
  conversions: (Conv | undefined)[];
  names: string[];
  /** Per top-level column: the index of its first leaf column chunk. */
  firstLeaf: number[];
  optional: boolean[];
}

/** What readGroup needs to know of a file's top-level columns. */
export function parquetColumns(fd: number, metadata: FileMetaData): ParquetFile {
  const root = parquetSchema(metadata);
  const leaves = (t: SchemaTree): number => (t.children.length === 0 ? 1 : t.children.reduce((n, c) => n + leaves(c), 0));
  const firstLeaf: number[] = [];
  let leaf = 0;
  for (const c of root.children) {
    firstLeaf.push(leaf);
    leaf += leaves(c);
  }
  return {
    fd,
    metadata,
    pools: root.children.map(() => ({ numbers: new Float64Array(0), present: new Uint8Array(0), cells: [] })),
    names: root.children.map((c) => c.element.name),
    conversions: root.children.map((c) => fastConversion(c.element, c.children.length > 0)),
    firstLeaf,
    optional: root.children.map((c) => c.element.repetition_type !== 'REQUIRED'),
  };
}

/** Decodes row group `g` (its rows start at `groupStart` in the file) into one column per top-level column. */
export async function readGroup(
  pf: ParquetFile,
  g: number,
  groupStart: number,
  slow: (names: string[], rowStart: number, rowEnd: number) => Promise<Map<string, unknown[]>>,
  cellOf: (v: unknown) => Cell,
): Promise<GroupColumn[]> {
  const group = pf.metadata.row_groups[g]!;
  const rows = Number(group.num_rows);
  const out: (GroupColumn | undefined)[] = new Array(pf.names.length);
  const slowNames: string[] = [];
  for (let c = 0; c < pf.names.length; c++) {
    const conv = pf.conversions[c];
    const chunk = group.columns[pf.firstLeaf[c]!];
    const codec = chunk?.meta_data?.codec;
    if (conv === undefined || !chunk?.meta_data || chunk.file_path || codec === undefined) {
      slowNames.push(pf.names[c]!);
      continue;
    }
    const [start, end] = chunkRange(chunk);
    if (chunkScratch.length < end - start) chunkScratch = Buffer.allocUnsafe(Math.max(end - start, 2 * chunkScratch.length));
    const buf = chunkScratch.subarray(0, end - start);
    let off = 0;
    while (off < buf.length) {
      const n = readSync(pf.fd, buf, off, buf.length - off, start + off);
      if (n === 0) throw new Error(`column chunk of ${pf.names[c]} runs past the end of the file`);
      off += n;
    }
    try {
      out[c] = decodeChunk(buf, conv, pf.optional[c]!, codec, rows, pf.pools[c]!);
    } catch (e) {
      if (!(e instanceof NotFast)) throw e;
      slowNames.push(pf.names[c]!);
    }
  }
  if (slowNames.length > 0) {
    const got = await slow(slowNames, groupStart, groupStart + rows);
    for (let c = 0; c < pf.names.length; c++) {
      if (out[c] !== undefined) continue;
      const values = got.get(pf.names[c]!) ?? [];
      if (values.length !== rows) throw new Error(`column ${pf.names[c]} has ${values.length} values in a row group of ${rows} rows`);
      const cells = new Array<Cell>(rows);
      for (let k = 0; k < rows; k++) cells[k] = cellOf(values[k]);
      out[c] = { numbers: null, present: null, cells };
    }
  }
  return out as GroupColumn[];
}

/** hyparquet's read of some columns of rows [rowStart, rowEnd), each as one array of values. */
export async function readColumnsSlow(file: AsyncBuffer, metadata: FileMetaData, names: string[], rowStart: number, rowEnd: number, parsers: object): Promise<Map<string, unknown[]>> {
  const parts = new Map<string, { rowStart: number; columnData: ArrayLike<unknown> }[]>();
  await parquetRead({
    file,
    metadata,
    columns: names,
    rowStart,
    rowEnd,
    compressors,
    parsers,
    onChunk: (c) => {
      const list = parts.get(c.columnName) ?? [];
      list.push({ rowStart: c.rowStart, columnData: c.columnData });
      parts.set(c.columnName, list);
    },
  });
  const out = new Map<string, unknown[]>();
  for (const [name, list] of parts) {
    const values: unknown[] = new Array(rowEnd - rowStart);
    let n = 0;
    for (const { rowStart: s, columnData } of list) {
      for (let i = 0; i < columnData.length; i++) {
        const k = s - rowStart + i;
        if (k >= 0 && k < values.length) {
          values[k] = columnData[i];
          n = Math.max(n, k + 1);
        }
      }
    }
    values.length = n;
    out.set(name, values);
  }
  return out;
}
