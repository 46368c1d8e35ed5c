/**
 * One Parquet row group decoded column by column into arrays the size of the group, for
 * readers.ts to hand out as rows: numbers into a Float64Array with a presence mask, text and
 * booleans into one array of cells, except the texts of PLAIN pages, which stay bytes until a row
 * is read (parquet-pages.ts' TextRun).
 *
 * The common flat columns are decoded here, straight from the column chunk's pages: a top-level
 * primitive column (REQUIRED or OPTIONAL) of DOUBLE, FLOAT, INT32, INT64, BOOLEAN or BYTE_ARRAY
 * text, DATE, or TIMESTAMP in milliseconds or microseconds, in data pages v1 or v2 with PLAIN or
 * dictionary encoding, uncompressed or with a codec parquet-codecs.ts decodes. hyparquet
 * decodes every other column (nested ones, DECIMAL, INT96, nanosecond timestamps, unsigned 32 and
 * 64 bit integers, FLOAT16, JSON, delta and byte-stream-split encodings, legacy bit-packed levels),
 * one call for all of them. Both give the same cells: dates and timestamps as the epoch
 * milliseconds of readers.ts' parquetParsers, INT64 as the nearest number, text through the same
 * UTF-8 decoding (invalid bytes become U+FFFD).
 *
 * Page headers are parquet-thrift.ts', levels and values parquet-pages.ts'; this module walks a
 * column chunk's pages and puts each value in its row.
 *
 * hyparquet's own row reading assembles every value through its generic (Dremel) list assembly
 * into growing JS arrays and then transposes the group into row arrays; for a flat file that is
 * most of the time and memory of a Parquet pass (bench/RESULTS.md, "validate-data").
 */
import { fstatSync, readSync } from 'node:fs';
import { parquetRead, parquetSchema } from 'hyparquet';
import type { AsyncBuffer, ColumnChunk, FileMetaData } from 'hyparquet';
import { codecsReady, decompressInto, parquetCompressors } from './parquet-codecs.js';
import { Conv, defLevels, fastConversion, hybrid, isNumberConv, plainCells, plainNumbers, plainTexts, type Cell, type TextRun } from './parquet-pages.js';
import { checkChunkRows, DATA_PAGE, DATA_PAGE_V2, DICTIONARY_PAGE, pageHeader, PLAIN, PLAIN_DICTIONARY, RLE, RLE_DICTIONARY, type Reader } from './parquet-thrift.js';
import { leafCount } from './parquet-types.js';
import { tickYoungGeneration } from '../lib/young-generation.js';

export type DictIndex = Uint8Array | Uint16Array | Int32Array;

/** One column of one row group: numbers (values + present mask) or cells. */
export interface GroupColumn {
  /** Numbers, when `cells` is null: value k is present when `present` is null or present[k] is 1. */
  numbers: Float64Array | null;
  present: Uint8Array | null;
  /** Any other column: one cell per row (null for a missing value); the array may be longer than the group. */
  cells: Cell[] | null;
  /**
   * With `cells`, the texts of the chunk's PLAIN pages, as bytes: row k's cell is the run's text
   * when text.at[k] is 0 or more (textCell), else cells[k]. Strings are made as the rows are read.
   */
  text: TextRun | null;
  /**
   * When every data page of the chunk was dictionary-encoded: per row 1 + the index of its value in
   * the dictionary (0: no value), in the narrowest array the dictionary's size allows, and the
   * dictionary, `dict` for cells, `dictNumbers` for numbers. Then `numbers` and `cells` are empty
   * (row k's value is the dictionary's entry index[k] - 1), so a reader works per entry and nothing
   * is copied per row; batchCell (readers.ts) reads either.
   */
  index: DictIndex | null;
  dict: Cell[] | null;
  dictNumbers: Float64Array | null;
}

const NO_CELLS: Cell[] = [];
const NO_NUMBERS = new Float64Array(0);

/**
 * The size of a pooled array for a group of `rows` rows: an eighth more. Writers cut groups by
 * bytes, so their sizes differ by a few rows, and DuckDB's grow from group to group (100,723 to
 * 101,114 rows in the bench's file): arrays of the exact size were made again for almost every group.
 */
const room = (rows: number): number => rows + (rows >> 3);

/** A column's array for `rows` dictionary indices plus one, of a dictionary of `size` entries: bytes, 16 bits or 32. */
function indexArray(reuse: Pool, size: number, rows: number): DictIndex {
  if (size < 0xff) {
    if (reuse.index8.length < rows) reuse.index8 = new Uint8Array(room(rows));
    return reuse.index8.subarray(0, rows);
  }
  if (size < 0xffff) {
    if (reuse.index16.length < rows) reuse.index16 = new Uint16Array(room(rows));
    return reuse.index16.subarray(0, rows);
  }
  if (reuse.index32.length < rows) reuse.index32 = new Int32Array(room(rows));
  return reuse.index32.subarray(0, rows);
}

/** Thrown for a page this module does not decode: the column goes to hyparquet instead. */
class NotFast extends Error {}

// ---------------------------------------------------------------------------------------------
// Column chunks

// One buffer per thread for a column chunk's bytes, reused (what is decoded from it is copied out
// before the next read): a fresh one per chunk lives outside the heap until a full collection, and
// a long file would pile them up. A column chunk is read and decoded synchronously, so two readers
// in one thread never share it midway; the same holds for the scratch arrays below.
let chunkScratch = Buffer.alloc(0);
/** The dictionary indices of one page. */
let indices = new Int32Array(0);
/** The present values of a page of numbers with nulls, before they go to their rows. */
let dense = new Float64Array(0);

/**
 * A page decompressed, valid until the next page is (every value is copied out of it first); its
 * header's size is checked against what its bytes can hold first (parquet-codecs.ts).
 */
function decompress(codec: string, bytes: Uint8Array, size: number): Uint8Array {
  const out = decompressInto(codec, bytes, size);
  if (out === null) throw new NotFast();
  return out;
}

/** The byte range of a column chunk in the file, as hyparquet takes it. */
export function chunkRange(chunk: ColumnChunk): [number, number] {
  const m = chunk.meta_data!;
  let start = Number(m.dictionary_page_offset ?? 0);
  if (!start || Number(m.data_page_offset) < start) start = Number(m.data_page_offset);
  return [start, start + Number(m.total_compressed_size)];
}

/** src[0..) into out[at + i] for the rows i < n whose level is 1. */
function scatter<T>(src: ArrayLike<T>, lv: Uint8Array, n: number, out: { [k: number]: T }, at: number): void {
  let j = 0;
  for (let i = 0; i < n; i++) if (lv[i] === 1) out[at + i] = src[j++]!;
}

// The loops of decodeChunk, each in a function of its own: V8 optimizes a small function for the
// one loop that is hot, where a loop inside decodeChunk had it compile (and, when a cold branch of
// the chunk came later, deoptimize and compile again) the whole of decodeChunk for each loop.

/** Rows [0, upTo) that hold only their dictionary index (plus one, 0 for none): their values into `out`. */
function gather<T>(index: DictIndex, upTo: number, dict: ArrayLike<T>, out: { [k: number]: T }): void {
  for (let i = 0; i < upTo; i++) {
    const j = index[i]! - 1;
    if (j >= 0) out[i] = dict[j]!;
  }
}

/** Throws unless each of the first `values` indices is one of a dictionary of `size` entries. */
function checkIndices(indices: Int32Array, values: number, size: number): void {
  for (let i = 0; i < values; i++) {
    const j = indices[i]!;
    if (j < 0 || j >= size) throw new Error(`dictionary index ${j} out of range`);
  }
}

/** A page's `n` rows from `row` on as dictionary indices plus one (0: no value, where lv has a 0). */
function indexRows(indices: Int32Array, values: number, lv: Uint8Array | null, n: number, at: DictIndex, row: number): void {
  if (lv === null) for (let i = 0; i < values; i++) at[row + i] = indices[i]! + 1;
  else {
    let q = 0;
    for (let i = 0; i < n; i++) at[row + i] = lv[i] === 1 ? indices[q++]! + 1 : 0;
  }
}

/** dict[indices[i]] into out[at + i] for i < values. */
function lookUp<T>(indices: Int32Array, values: number, dict: ArrayLike<T>, out: { [k: number]: T }, at: number): void {
  for (let i = 0; i < values; i++) out[at + i] = dict[indices[i]!]!;
}

/** The same into the rows at + i whose level is 1, for i < n. */
function lookUpScatter<T>(indices: Int32Array, lv: Uint8Array, n: number, dict: ArrayLike<T>, out: { [k: number]: T }, at: number): void {
  let j = 0;
  for (let i = 0; i < n; i++) if (lv[i] === 1) out[at + i] = dict[indices[j++]!]!;
}

/**
 * Decodes a fast column's chunk (its bytes) into a group-sized column of `rows` rows, in the
 * arrays of `reuse` when they are large enough (the previous group's, already handed out).
 */
function decodeChunk(bytes: Uint8Array, conv: Conv, optional: boolean, codec: string, rows: number, reuse: Pool): GroupColumn {
  const numeric = isNumberConv(conv);
  let numbers: Float64Array | null = null;
  let cells: Cell[] | null = null;
  let text: TextRun | null = null;
  let index: DictIndex | null = null;
  /** The numbers, taken when the first value goes to them: a chunk all in dictionary pages never does. */
  const numbersArray = (): Float64Array => {
    if (numbers === null) {
      if (reuse.numbers.length < rows) reuse.numbers = new Float64Array(room(rows));
      numbers = reuse.numbers.subarray(0, rows);
    }
    return numbers;
  };
  /** The cells, made (all null) when the first value goes to them: a chunk all in dictionary pages never does. */
  const cellsArray = (): Cell[] => {
    if (cells === null) {
      // The rows past this group's are not read (batchCell takes k < rows).
      if (reuse.cells.length < rows) reuse.cells = new Array<Cell>(room(rows)).fill(null);
      cells = reuse.cells.fill(null, 0, rows);
    }
    return cells;
  };
  /** The texts of PLAIN pages, made (no row in it) when the first such page comes. */
  const textRun = (): TextRun => {
    if (text === null) {
      if (reuse.textAt.length < rows) reuse.textAt = new Int32Array(room(rows));
      text = reuse.text;
      text.at = reuse.textAt.subarray(0, rows).fill(-1);
      text.used = 0;
    }
    return text;
  };
  // Every data page so far was dictionary-encoded: rows [0, row) have only their index in `index`.
  let allDict = true;
  let present: Uint8Array | null = null;
  if (optional) {
    if (reuse.present.length < rows) reuse.present = new Uint8Array(room(rows));
    present = reuse.present.subarray(0, rows).fill(0);
  }
  let dictNumbers: Float64Array | null = null;
  let dictCells: Cell[] | null = null;
  /** Rows so far had only their index: their values go to `numbers` or `cells` now (a plain page or a second dictionary follows). */
  const materialize = (upTo: number): void => {
    allDict = false;
    if (index === null) return;
    if (dictNumbers !== null) gather(index, upTo, dictNumbers, numbersArray());
    else gather(index, upTo, dictCells!, cellsArray());
    index = null;
  };
  const r: Reader = { buf: bytes, pos: 0 };
  let row = 0;
  while (row < rows) {
    if (r.pos >= bytes.length) throw new Error(`column chunk ends after ${row} of ${rows} rows`);
    const h = pageHeader(r);
    const body = bytes.subarray(r.pos, r.pos + h.compressed);
    if (body.length !== h.compressed) throw new Error('a page runs past its column chunk');
    r.pos += h.compressed;
    if (h.type === DICTIONARY_PAGE) {
      if (h.encoding !== PLAIN && h.encoding !== PLAIN_DICTIONARY) throw new NotFast();
      const page = decompress(codec, body, h.uncompressed);
      const dn = h.numValues;
      // Every value takes 4 bytes or more: a size the page cannot hold is no reason to allocate it.
      if (dn < 0 || 4 * dn > page.length) throw new Error(`a dictionary page of ${dn} values in ${page.length} bytes`);
      if (dictNumbers !== null || dictCells !== null) materialize(row); // a second dictionary: the indices would be ambiguous
      if (numeric) {
        // The previous group's dictionary is done with: its values were copied to their rows.
        if (reuse.dict.length < dn) reuse.dict = new Float64Array(Math.max(dn, 2 * reuse.dict.length));
        dictNumbers = reuse.dict.subarray(0, dn);
        plainNumbers(conv, page, 0, dn, dictNumbers, 0);
      } else {
        dictCells = new Array<Cell>(dn);
        plainCells(conv, page, 0, dn, dictCells, null, 0);
      }
      continue;
    }
    if (h.type !== DATA_PAGE && h.type !== DATA_PAGE_V2) continue; // index pages
    const n = h.numValues;
    if (n < 0) throw new Error(`a data page of ${n} values`);
    if (row + n > rows) throw new Error(`pages hold more values than the row group's ${rows} rows`);
    let page: Uint8Array;
    let pos = 0;
    // Rows of this page holding a value: all, or those whose definition level is 1 (present).
    let values = n;
    if (h.type === DATA_PAGE) {
      page = decompress(codec, body, h.uncompressed);
      if (optional) {
        if (h.defEncoding !== RLE) throw new NotFast();
        if (page.length < 4) throw new Error('levels or dictionary indices end early');
        const len = page[0]! | (page[1]! << 8) | (page[2]! << 16) | (page[3]! << 24);
        values = defLevels({ buf: page, pos: 4 }, 4 + len, present!, row, n);
        pos = 4 + len;
      }
    } else {
      if (h.repBytes !== 0) throw new NotFast();
      if (optional) values = defLevels({ buf: body, pos: 0 }, h.defBytes, present!, row, n);
      const rest = body.subarray(h.defBytes);
      page = h.isCompressed ? decompress(codec, rest, h.uncompressed - h.defBytes) : rest;
    }
    const lv = values === n ? null : present!.subarray(row, row + n);
    if (h.encoding === PLAIN) {
      if (allDict) materialize(row);
      if (conv === Conv.Text) {
        cellsArray(); // the rows without a text (null) read theirs from the cells
        plainTexts(page, pos, values, textRun(), lv, row);
      } else if (!numeric) plainCells(conv, page, pos, values, cellsArray(), lv, row);
      else if (lv === null) plainNumbers(conv, page, pos, values, numbersArray(), row);
      else {
        if (dense.length < values) dense = new Float64Array(Math.max(values, 2 * dense.length));
        plainNumbers(conv, page, pos, values, dense, 0);
        scatter(dense, lv, n, numbersArray(), row);
      }
    } else if (h.encoding === PLAIN_DICTIONARY || h.encoding === RLE_DICTIONARY) {
      const d = dictNumbers ?? dictCells;
      if (d === null) throw new Error('a dictionary-encoded page without a dictionary');
      const width = page[pos]!;
      if (indices.length < values) indices = new Int32Array(Math.max(values, 2 * indices.length));
      if (width > 32) throw new Error(`bad dictionary index width ${width}`);
      if (width === 0) indices.fill(0, 0, values);
      else hybrid({ buf: page, pos: pos + 1 }, page.length, width, indices, values);
      checkIndices(indices, values, d.length);
      if (allDict && index === null) {
        if (row === 0) index = indexArray(reuse, d.length, rows);
        else allDict = false; // plain pages came first
      }
      // Only the indices, plus one (0 for a row without a value).
      if (allDict) indexRows(indices, values, lv, n, index!, row);
      else if (dictNumbers !== null) {
        const out = numbersArray();
        if (lv === null) lookUp(indices, values, dictNumbers, out, row);
        else {
          if (dense.length < values) dense = new Float64Array(Math.max(values, 2 * dense.length));
          lookUp(indices, values, dictNumbers, dense, 0);
          scatter(dense, lv, n, out, row);
        }
      } else {
        const out = cellsArray();
        if (lv === null) lookUp(indices, values, dictCells!, out, row);
        else lookUpScatter(indices, lv, n, dictCells!, out, row);
      }
    } else throw new NotFast();
    row += n;
  }
  if (present !== null && !present.includes(0)) present = null;
  if (index !== null && allDict) return { numbers: numeric ? NO_NUMBERS : null, present, cells: numeric ? null : NO_CELLS, text: null, index, dict: dictCells, dictNumbers };
  return { numbers: numeric ? numbersArray() : null, present, cells: numeric ? null : cellsArray(), text, index: null, dict: null, dictNumbers: null };
}

// ---------------------------------------------------------------------------------------------
// Row groups

/** A column's arrays, kept from one row group to the next. */
interface Pool {
  numbers: Float64Array;
  present: Uint8Array;
  cells: Cell[];
  /** A dictionary-encoded column's indices, by width. */
  index8: Uint8Array;
  index16: Uint16Array;
  index32: Int32Array;
  /** A numeric column's dictionary. */
  dict: Float64Array;
  /** A text column's PLAIN pages (its `at` a view of textAt). */
  text: TextRun;
  textAt: Int32Array;
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
  /** Per top-level column: a primitive, not repeated (its pages hold one value per row). */
  flat: boolean[];
  /** The file's size in bytes. */
  size: number;
}

/**
 * Column arrays of reads that have finished, for the next read in this thread: the parallel pass
 * reads a file as many chunks of row groups one after another, and a chunk's arrays (tens of MB
 * for groups of 100,000 rows) would otherwise be garbage at its end, most of them outside the
 * heap where only a full collection frees them. Reads that overlap (two readers awaiting in turn)
 * each take their own set.
 */
const freePools: Pool[][] = [];
/** A column's text bytes larger than this (a group of long texts) are not kept for the next read. */
const KEEP_TEXT_BYTES = 16 * 2 ** 20;

function takePools(n: number): Pool[] {
  const pools = freePools.pop() ?? [];
  while (pools.length < n) {
    const text: TextRun = { bytes: Buffer.alloc(0), at: new Int32Array(0), used: 0 };
    pools.push({ numbers: new Float64Array(0), present: new Uint8Array(0), cells: [], index8: new Uint8Array(0), index16: new Uint16Array(0), index32: new Int32Array(0), dict: new Float64Array(0), text, textAt: new Int32Array(0) });
  }
  return pools;
}

/**
 * Gives a file's column arrays to the next read in this thread; the caller is done with every
 * group it read (the rows were made from them). The read may hold more columns than this one.
 */
export function releaseColumns(pf: ParquetFile): void {
  for (const p of pf.pools) {
    p.cells.fill(null); // the last group's strings can go
    if (p.text.bytes.length > KEEP_TEXT_BYTES) p.text.bytes = Buffer.alloc(0);
  }
  if (freePools.length < 2) freePools.push(pf.pools);
  pf.pools = [];
}

/** What readGroup needs to know of a file's top-level columns (release them with releaseColumns). */
export function parquetColumns(fd: number, metadata: FileMetaData): ParquetFile {
  const root = parquetSchema(metadata);
  const firstLeaf: number[] = [];
  let leaf = 0;
  for (const c of root.children) {
    firstLeaf.push(leaf);
    leaf += leafCount(c);
  }
  return {
    fd,
    metadata,
    pools: takePools(root.children.length),
    names: root.children.map((c) => c.element.name),
    conversions: root.children.map((c) => fastConversion(c.element, c.children.length > 0)),
    firstLeaf,
    optional: root.children.map((c) => c.element.repetition_type !== 'REQUIRED'),
    flat: root.children.map((c) => c.children.length === 0 && c.element.repetition_type !== 'REPEATED'),
    size: fstatSync(fd).size,
  };
}

/** Column `c`'s chunk `chunk` read into the thread's chunk buffer (valid until the next read). */
function chunkBytes(pf: ParquetFile, chunk: ColumnChunk, c: number): Buffer {
  const [start, end] = chunkRange(chunk);
  // A footer's offsets are checked against the file before anything their size is allocated.
  if (!(start >= 0 && end >= start && end <= pf.size)) throw new Error(`column chunk of ${pf.names[c]} runs past the end of the file`);
  if (chunkScratch.length < end - start) chunkScratch = Buffer.allocUnsafe(Math.max(end - start, 2 * chunkScratch.length));
  const buf = chunkScratch.subarray(0, end - start);
  let off = 0;
  while (off < buf.length) {
    const n = readSync(pf.fd, buf, off, buf.length - off, start + off);
    if (n === 0) throw new Error(`column chunk of ${pf.names[c]} runs past the end of the file`);
    off += n;
  }
  return buf;
}

/** Decodes row group `g` (its rows start at `groupStart` in the file) into one column per top-level column. */
export async function readGroup(
  pf: ParquetFile,
  g: number,
  groupStart: number,
  slow: (names: string[], rowStart: number, rowEnd: number) => Promise<Map<string, unknown[]>>,
  cellOf: (v: unknown) => Cell,
): Promise<GroupColumn[]> {
  await codecsReady();
  const group = pf.metadata.row_groups[g]!;
  const rows = Number(group.num_rows);
  const out: (GroupColumn | undefined)[] = new Array(pf.names.length);
  const slowNames: string[] = [];
  for (let c = 0; c < pf.names.length; c++) {
    const conv = pf.conversions[c];
    const chunk = group.columns[pf.firstLeaf[c]!];
    const codec = chunk?.meta_data?.codec;
    if (conv === undefined || !chunk?.meta_data || chunk.file_path || codec === undefined) {
      // hyparquet allocates what a page header claims: a flat column's headers are checked first.
      if (pf.flat[c] && chunk?.meta_data && !chunk.file_path) checkChunkRows(chunkBytes(pf, chunk, c), rows);
      slowNames.push(pf.names[c]!);
      continue;
    }
    const buf = chunkBytes(pf, chunk, c);
    checkChunkRows(buf, rows);
    try {
      out[c] = decodeChunk(buf, conv, pf.optional[c]!, codec, rows, pf.pools[c]!);
      tickYoungGeneration();
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
      out[c] = { numbers: null, present: null, cells, text: null, dict: null, dictNumbers: null, index: null };
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
    compressors: parquetCompressors,
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
