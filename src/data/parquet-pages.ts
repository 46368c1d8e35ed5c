/**
 * The values of a Parquet data page: the RLE / bit-packed hybrid (definition levels, dictionary
 * indices) and PLAIN values, converted as readers.ts' cells are (parquet-columns.ts has the rules).
 * Numbers are read straight from the page bytes: a copy of the bytes for doubles, a typed-array
 * view (of the page when aligned, else of an aligned copy) for the others.
 */
import { isAscii } from 'node:buffer';
import { endianness } from 'node:os';
import type { SchemaElement } from 'hyparquet';
import { varint, type Reader } from './parquet-thrift.js';

/** A decoded cell as readers.ts hands it out (its Cell type). */
export type Cell = string | number | boolean | null;

const MS_PER_DAY = 86_400_000;
const utf8 = new TextDecoder();
/** Typed arrays are little-endian here, as Parquet is (every platform Node runs actions on). */
const LE = endianness() === 'LE';

/** How a fast column's physical values become cells. */
export const Conv = { Double: 0, Float: 1, Int32: 2, Int64: 3, Date: 4, Millis: 5, Micros: 6, Boolean: 7, Text: 8 } as const;
export type Conv = (typeof Conv)[keyof typeof Conv];

export const isNumberConv = (c: Conv): boolean => c !== Conv.Boolean && c !== Conv.Text;

/** The conversion of a top-level primitive column parquet-columns.ts decodes, or undefined (hyparquet's). */
export function fastConversion(e: SchemaElement, hasChildren: boolean): Conv | undefined {
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

// ---------------------------------------------------------------------------------------------
// The RLE / bit-packed hybrid

/** The 8 bits of byte `x`, least significant first, into out[o..o+8) (small enough for V8 to inline). */
function bits8(out: Int32Array | Uint8Array, o: number, x: number): void {
  out[o] = x & 1;
  out[o + 1] = (x >> 1) & 1;
  out[o + 2] = (x >> 2) & 1;
  out[o + 3] = (x >> 3) & 1;
  out[o + 4] = (x >> 4) & 1;
  out[o + 5] = (x >> 5) & 1;
  out[o + 6] = (x >> 6) & 1;
  out[o + 7] = (x >> 7) & 1;
}

/** `count` values of `width` bits (1..32) from r (up to `end`) into out[0..count). */
export function hybrid(r: Reader, end: number, width: number, out: Int32Array | Uint8Array, count: number): void {
  const buf = r.buf;
  let seen = 0;
  const bytes = (width + 7) >> 3;
  const mask = width >= 31 ? -1 : (1 << width) - 1;
  while (seen < count) {
    if (r.pos >= end) throw new Error('levels or dictionary indices end early');
    const header = varint(r);
    if (header % 2 === 0) {
      // A run of one value.
      const n = Math.min(header / 2, count - seen);
      if (r.pos + bytes > end) throw new Error('levels or dictionary indices end early');
      let v = 0;
      for (let i = 0; i < bytes; i++) v |= buf[r.pos++]! << (8 * i);
      out.fill(v, seen, seen + n);
      seen += n;
      continue;
    }
    // Groups of 8 bit-packed values, least significant bit first.
    const groups = (header - 1) / 2;
    const stop = Math.min(groups * 8, count - seen);
    // The bytes of the values read must be there (a truncated page would read as zeros).
    if (r.pos + Math.ceil((stop * width) / 8) > end) throw new Error('levels or dictionary indices end early');
    let p = r.pos;
    const last = Math.min(end, r.pos + groups * width);
    if (width === 1 && last - p >= stop >> 3) {
      // Definition levels of an optional column: a byte holds 8.
      let o = seen;
      const whole = stop >> 3;
      for (let b = 0; b < whole; b++) {
        const x = buf[p++]!;
        bits8(out, o, x);
        o += 8;
      }
      const x = p < last ? buf[p]! : 0;
      for (let i = 0; o < seen + stop; i++) out[o++] = (x >> i) & 1;
    } else if (width <= 24) {
      let acc = 0;
      let bits = 0;
      const o = seen;
      if (last - p >= Math.ceil((stop * width) / 8)) {
        // Every byte this run reads is in the buffer: no bounds test per byte.
        for (let i = 0; i < stop; i++) {
          while (bits < width) {
            acc |= buf[p++]! << bits;
            bits += 8;
          }
          out[o + i] = acc & mask;
          acc >>>= width;
          bits -= width;
        }
      } else {
        for (let i = 0; i < stop; i++) {
          while (bits < width) {
            acc |= (p < last ? buf[p]! : 0) << bits;
            p++;
            bits += 8;
          }
          out[o + i] = acc & mask;
          acc >>>= width;
          bits -= width;
        }
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

/**
 * The definition levels (bit width 1) of `count` rows from r (up to `end`) into out[at..at+count),
 * each 1 for a value and 0 for a null (a level other than 0 or 1, in a corrupt page, is a null);
 * returns how many are 1.
 */
export function defLevels(r: Reader, end: number, out: Uint8Array, at: number, count: number): number {
  const buf = r.buf;
  let seen = 0;
  let ones = 0;
  while (seen < count) {
    if (r.pos >= end) throw new Error('levels or dictionary indices end early');
    const header = varint(r);
    if (header % 2 === 0) {
      const n = Math.min(header / 2, count - seen);
      if (r.pos >= end) throw new Error('levels or dictionary indices end early');
      const v = buf[r.pos++] === 1 ? 1 : 0;
      out.fill(v, at + seen, at + seen + n);
      ones += v * n;
      seen += n;
      continue;
    }
    const groups = (header - 1) / 2;
    const stop = Math.min(groups * 8, count - seen);
    if (r.pos + ((stop + 7) >> 3) > end) throw new Error('levels or dictionary indices end early');
    let p = r.pos;
    const last = Math.min(end, r.pos + groups);
    let o = at + seen;
    const to = o + stop;
    while (o + 8 <= to && p < last) {
      const x = buf[p++]!;
      bits8(out, o, x);
      ones += BITS[x]!;
      o += 8;
    }
    for (let i = 0; o < to; i = (i + 1) & 7) {
      const bit = ((p < last ? buf[p]! : 0) >> i) & 1;
      out[o++] = bit;
      ones += bit;
      if (i === 7) p++;
    }
    seen += stop;
    r.pos += groups;
  }
  return ones;
}

/** The number of bits set in each byte. */
const BITS = Uint8Array.from({ length: 256 }, (_, x) => {
  let n = 0;
  for (let b = x; b !== 0; b >>= 1) n += b & 1;
  return n;
});

// ---------------------------------------------------------------------------------------------
// PLAIN values

/** Bytes of a width that typed arrays can view at an aligned offset: the page's own, or a copy. */
let alignScratch = new Uint8Array(0);

function aligned(page: Uint8Array, pos: number, len: number, align: number): { buffer: ArrayBufferLike; offset: number } {
  const offset = page.byteOffset + pos;
  if (offset % align === 0) return { buffer: page.buffer, offset };
  if (alignScratch.length < len) alignScratch = new Uint8Array(Math.max(len, 2 * alignScratch.length));
  alignScratch.set(page.subarray(pos, pos + len));
  return { buffer: alignScratch.buffer, offset: 0 };
}

/** The byte width of a PLAIN number of this conversion. */
function numberWidth(conv: Conv): number {
  return conv === Conv.Float || conv === Conv.Int32 || conv === Conv.Date ? 4 : 8;
}

/**
 * `n` PLAIN numbers from page[pos..], converted, into out[at..at+n); returns the end position.
 * INT64 becomes the nearest number: hi·2^32 is exact and the one addition rounds to nearest-even,
 * as Number(bigint) does.
 */
export function plainNumbers(conv: Conv, page: Uint8Array, pos: number, n: number, out: Float64Array, at: number): number {
  const w = numberWidth(conv);
  const end = pos + n * w;
  if (end > page.length) throw new Error('values run past their page');
  if (!LE) return plainNumbersBigEndian(conv, page, pos, n, out, at);
  if (conv === Conv.Double) {
    new Uint8Array(out.buffer, out.byteOffset + at * 8, n * 8).set(page.subarray(pos, end));
    return end;
  }
  const { buffer, offset } = aligned(page, pos, n * w, w === 8 ? 4 : w);
  switch (conv) {
    case Conv.Float: {
      const v = new Float32Array(buffer, offset, n);
      for (let i = 0; i < n; i++) out[at + i] = v[i]!;
      break;
    }
    case Conv.Int32: {
      const v = new Int32Array(buffer, offset, n);
      for (let i = 0; i < n; i++) out[at + i] = v[i]!;
      break;
    }
    case Conv.Date: {
      const v = new Int32Array(buffer, offset, n);
      for (let i = 0; i < n; i++) out[at + i] = v[i]! * MS_PER_DAY;
      break;
    }
    case Conv.Micros: {
      const v = new Int32Array(buffer, offset, 2 * n);
      for (let i = 0; i < n; i++) out[at + i] = (v[2 * i + 1]! * 4294967296 + (v[2 * i]! >>> 0)) / 1000;
      break;
    }
    default: {
      // Int64, Millis
      const v = new Int32Array(buffer, offset, 2 * n);
      for (let i = 0; i < n; i++) out[at + i] = v[2 * i + 1]! * 4294967296 + (v[2 * i]! >>> 0);
    }
  }
  return end;
}

function plainNumbersBigEndian(conv: Conv, page: Uint8Array, pos: number, n: number, out: Float64Array, at: number): number {
  const view = new DataView(page.buffer, page.byteOffset, page.byteLength);
  const w = numberWidth(conv);
  for (let i = 0; i < n; i++, pos += w) {
    const int64 = () => view.getInt32(pos + 4, true) * 4294967296 + view.getUint32(pos, true);
    out[at + i] =
      conv === Conv.Double ? view.getFloat64(pos, true)
      : conv === Conv.Float ? view.getFloat32(pos, true)
      : conv === Conv.Int32 ? view.getInt32(pos, true)
      : conv === Conv.Date ? view.getInt32(pos, true) * MS_PER_DAY
      : conv === Conv.Micros ? int64() / 1000
      : int64();
  }
  return pos;
}

/** The UTF-8 text buf[pos..end) (invalid bytes become U+FFFD); ASCII, the usual case, is sliced from the bytes without a decoder. */
function textOf(buf: Buffer, pos: number, end: number): string {
  let ascii = true;
  if (end - pos < 64) {
    for (let j = pos; j < end; j++) {
      if (buf[j]! >= 0x80) {
        ascii = false;
        break;
      }
    }
  } else ascii = isAscii(buf.subarray(pos, end));
  return ascii ? buf.toString('latin1', pos, end) : utf8.decode(buf.subarray(pos, end));
}

/**
 * The texts of PLAIN pages kept as their bytes, a string made only when a row's cell is read
 * ({@link textCell}): a column of distinct texts (ids) would otherwise be a row group's worth of
 * strings alive at once, which outlive the young generation's collections and are promoted, to be
 * freed only by a full collection (bench/RESULTS.md, "Parquet at 10x the rows"). `bytes`
 * holds the pages' values with their 4-byte lengths; row k's value starts at at[k] (its length's
 * offset), or at[k] is -1 and the row's cell is elsewhere (null, or from a dictionary).
 */
export interface TextRun {
  bytes: Buffer;
  at: Int32Array;
  used: number;
}

/** Row k's text of a run whose at[k] is `o` (0 or more). */
export function textCell(run: TextRun, o: number): string {
  const b = run.bytes;
  const pos = o + 4;
  return textOf(b, pos, pos + b.readUInt32LE(o));
}

/**
 * `n` PLAIN texts from page[pos..] into `run` for the rows at + i, or, with definition levels, the
 * rows at + j whose level is 1; returns the end position. The page is checked as plainCells checks
 * it, and its values are copied (the page's buffer is reused for the next page).
 */
export function plainTexts(page: Uint8Array, pos: number, n: number, run: TextRun, levels: Uint8Array | null, at: number): number {
  const size = page.length;
  const start = pos;
  const off = run.used - start;
  const where = run.at;
  let k = at - 1;
  for (let i = 0; i < n; i++) {
    if (levels === null) k = at + i;
    else while (levels[++k - at] !== 1);
    if (pos + 4 > size) throw new Error('values run past their page');
    const len = page[pos]! | (page[pos + 1]! << 8) | (page[pos + 2]! << 16) | (page[pos + 3]! << 24);
    const end = pos + 4 + (len >>> 0);
    if (end > size) throw new Error('a text value runs past its page');
    where[k] = off + pos;
    pos = end;
  }
  const need = run.used + (pos - start);
  if (need > 0x7fffffff) throw new Error('a row group with more than 2 GiB of text in one column');
  if (run.bytes.length < need) {
    const grown = Buffer.allocUnsafe(Math.max(need, 2 * run.bytes.length));
    run.bytes.copy(grown, 0, 0, run.used);
    run.bytes = grown;
  }
  run.bytes.set(page.subarray(start, pos), run.used);
  run.used = need;
  return pos;
}

/**
 * `n` PLAIN booleans or texts from page[pos..] into out[at + i], or, with definition levels, into
 * the rows at + j whose level is 1; returns the end position. Texts are UTF-8 (invalid bytes become
 * U+FFFD); ASCII, the usual case, is sliced from the bytes without a decoder.
 */
export function plainCells(conv: Conv, page: Uint8Array, pos: number, n: number, out: Cell[], levels: Uint8Array | null, at: number): number {
  let k = at - 1;
  if (conv === Conv.Boolean) {
    if (pos + ((n + 7) >> 3) > page.length) throw new Error('values run past their page');
    for (let i = 0; i < n; i++) {
      if (levels === null) k = at + i;
      else while (levels[++k - at] !== 1);
      out[k] = ((page[pos + (i >> 3)]! >> (i & 7)) & 1) === 1;
    }
    return pos + ((n + 7) >> 3);
  }
  const buf = Buffer.from(page.buffer, page.byteOffset, page.byteLength);
  const size = page.length;
  for (let i = 0; i < n; i++) {
    if (levels === null) k = at + i;
    else while (levels[++k - at] !== 1);
    if (pos + 4 > size) throw new Error('values run past their page');
    const len = buf.readUInt32LE(pos);
    pos += 4;
    const end = pos + len;
    if (end > size) throw new Error('a text value runs past its page');
    out[k] = textOf(buf, pos, end);
    pos = end;
  }
  return pos;
}
