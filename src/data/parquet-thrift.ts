/**
 * Parquet page headers: the Thrift compact protocol, as much of it as a page header needs, for the
 * column decoder (parquet-columns.ts). The file footer is hyparquet's to read.
 */

/** Bytes and a read position in them. */
export interface Reader {
  buf: Uint8Array;
  pos: number;
}

export function varint(r: Reader): number {
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
    case 8: {
      // binary: its length, then its bytes (`r.pos += varint(r)` would read r.pos before the
      // varint moves it, and land one byte short)
      const n = varint(r);
      r.pos += n;
      return;
    }
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

export interface PageHeader {
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

export const DATA_PAGE = 0;
export const DICTIONARY_PAGE = 2;
export const DATA_PAGE_V2 = 3;
export const PLAIN = 0;
export const PLAIN_DICTIONARY = 2;
export const RLE = 3;
export const RLE_DICTIONARY = 8;

/** The page header at r.pos; r.pos ends at the page's body. */
export function pageHeader(r: Reader): PageHeader {
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

/**
 * Checks, from its page headers alone, that a flat column chunk's data pages hold `rows` values
 * (one per row, nulls included) before anything the size of the row group is allocated for it: a
 * footer can claim billions of rows for a chunk of a few bytes. The same faults, in the same
 * words, as the decoding would find later.
 */
export function checkChunkRows(bytes: Uint8Array, rows: number): void {
  const r: Reader = { buf: bytes, pos: 0 };
  let n = 0;
  while (n < rows) {
    if (r.pos >= bytes.length) throw new Error(`column chunk ends after ${n} of ${rows} rows`);
    const h = pageHeader(r);
    if (h.compressed < 0 || r.pos + h.compressed > bytes.length) throw new Error('a page runs past its column chunk');
    r.pos += h.compressed;
    if (h.type !== DATA_PAGE && h.type !== DATA_PAGE_V2) continue;
    if (h.numValues < 0) throw new Error(`a data page of ${h.numValues} values`);
    n += h.numValues;
  }
  if (n > rows) throw new Error(`pages hold more values than the row group's ${rows} rows`);
}
