/**
 * Top-level Parquet columns whose hyparquet value is not the cell they should give, read raw and
 * converted here (readers.ts applies both to the columns hyparquet reads):
 * - DECIMAL stored as INT32, INT64 or FIXED_LEN_BYTE_ARRAY: hyparquet multiplies the unscaled
 *   integer by 10^-scale, two roundings (-10000000 at scale 4 became -999.9999999999999); here the
 *   decimal text `unscaled e-scale` is parsed, one rounding to the nearest number, as DuckDB, Arrow
 *   and pandas give it. (BYTE_ARRAY decimals stay hyparquet's: raw, it would decode them as text.)
 * - TIME (milliseconds, microseconds, nanoseconds since midnight): hyparquet gives the bare
 *   integer, so one time of day was three different numbers by unit; here the text `HH:MM:SS` with
 *   the fraction of a second when there is one (trailing zeros dropped), as DuckDB prints it and a
 *   CSV would hold it, and `Z` after it for a time adjusted to UTC (DuckDB's TIMETZ).
 * - INTERVAL (months, days, milliseconds): hyparquet refuses the whole file ("parquet interval not
 *   supported"); here an ISO 8601 duration, `P{months}M{days}DT{seconds}S` with zero parts left out
 *   (`PT0S` for none).
 * - UINT_32 in DELTA_BINARY_PACKED pages (DuckDB's PARQUET_VERSION v2): DuckDB writes a page's
 *   first value as the unsigned number, whose zigzag varint takes 33 bits from 2^31 up, and
 *   hyparquet's INT32 delta decoder keeps 32 of them, so every value of such a page came out 2^31
 *   off. When every chunk of the column is delta-encoded, hyparquet is told the column is INT64
 *   (its 64-bit delta decoder reads every bit) and the value is taken modulo 2^32.
 */
import { parquetSchema } from 'hyparquet';
import type { FileMetaData, SchemaElement, SchemaTree } from 'hyparquet';

type Convert = (v: unknown) => unknown;

const DELTA_ONLY = new Set(['DELTA_BINARY_PACKED', 'RLE', 'BIT_PACKED']);

/** The leaf (column chunk) count of a schema node: 1 for a flat column, its leaves' for a nested one. */
export function leafCount(t: SchemaTree): number {
  return t.children.length === 0 ? 1 : t.children.reduce((n, c) => n + leafCount(c), 0);
}

/** Whether every chunk of top-level column `leaf` holds only delta-encoded values (by the encodings its metadata lists). */
function deltaOnly(metadata: FileMetaData, leaf: number): boolean {
  return metadata.row_groups.every((g) => {
    const encodings = g.columns[leaf]?.meta_data?.encodings;
    return encodings !== undefined && encodings.length > 0 && encodings.every((x) => DELTA_ONLY.has(x));
  });
}

function kind(e: SchemaElement): 'decimal' | 'time' | 'interval' | 'uint32' | undefined {
  if (e.type === 'INT32' && (e.converted_type === 'UINT_32' || (e.logical_type?.type === 'INTEGER' && e.logical_type.bitWidth === 32 && !e.logical_type.isSigned))) return 'uint32';
  if (e.converted_type === 'INTERVAL') return e.type === 'FIXED_LEN_BYTE_ARRAY' ? 'interval' : undefined;
  if (e.converted_type === 'DECIMAL' || e.logical_type?.type === 'DECIMAL') {
    return e.type === 'INT32' || e.type === 'INT64' || e.type === 'FIXED_LEN_BYTE_ARRAY' ? 'decimal' : undefined;
  }
  if (e.converted_type === 'TIME_MILLIS' || e.converted_type === 'TIME_MICROS' || e.logical_type?.type === 'TIME') {
    return e.type === 'INT32' || e.type === 'INT64' ? 'time' : undefined;
  }
  return undefined;
}

/** A big-endian two's complement integer. */
function signedBytes(b: Uint8Array): bigint {
  let v = 0n;
  for (const x of b) v = (v << 8n) | BigInt(x);
  return b.length > 0 && b[0]! >= 0x80 ? v - (1n << BigInt(8 * b.length)) : v;
}

function decimal(scale: number): Convert {
  return (v) => {
    if (v === null || v === undefined) return v;
    const unscaled = v instanceof Uint8Array ? signedBytes(v) : v;
    if (typeof unscaled !== 'number' && typeof unscaled !== 'bigint') return v;
    return scale === 0 ? Number(unscaled) : Number(`${unscaled}e-${scale}`);
  };
}

const pad = (n: bigint, width: number): string => n.toString().padStart(width, '0');

function time(digits: number, utc: boolean): Convert {
  const perSecond = 10n ** BigInt(digits);
  const zone = utc ? 'Z' : '';
  return (v) => {
    if (typeof v !== 'number' && typeof v !== 'bigint') return v;
    const t = BigInt(v);
    const s = t / perSecond;
    const frac = pad(t % perSecond, digits).replace(/0+$/, '');
    return `${pad(s / 3600n, 2)}:${pad((s / 60n) % 60n, 2)}:${pad(s % 60n, 2)}${frac ? '.' + frac : ''}${zone}`;
  };
}

function interval(v: unknown): unknown {
  if (!(v instanceof Uint8Array) || v.length !== 12) return v;
  const view = new DataView(v.buffer, v.byteOffset, 12);
  const months = view.getUint32(0, true);
  const days = view.getUint32(4, true);
  const ms = view.getUint32(8, true);
  const secs = ms % 1000 === 0 ? String(ms / 1000) : (ms / 1000).toFixed(3).replace(/0+$/, '');
  const out = `P${months ? `${months}M` : ''}${days ? `${days}D` : ''}${ms ? `T${secs}S` : ''}`;
  return out === 'P' ? 'PT0S' : out;
}

export interface RawColumns {
  /** The metadata to give hyparquet: these columns' annotations removed, so it hands over their stored values. */
  metadata: FileMetaData;
  /** Per column name, the conversion of a stored value to the cell's value. */
  convert: Map<string, Convert>;
}

/** The top-level columns of `metadata` converted here, and the metadata hyparquet reads them with (`metadata` itself when there are none). */
export function rawColumns(metadata: FileMetaData): RawColumns {
  const convert = new Map<string, Convert>();
  const plain = new Set<SchemaElement>();
  const wide = new Set<SchemaElement>();
  const wideLeaves = new Set<number>();
  let leaf = 0;
  for (const node of parquetSchema(metadata).children) {
    const { element: e, children } = node;
    const at = leaf;
    leaf += leafCount(node);
    if (children.length > 0) continue;
    const k = kind(e);
    if (k === undefined) continue;
    if (k === 'uint32') {
      if (!deltaOnly(metadata, at)) continue;
      convert.set(e.name, (v) => (typeof v === 'bigint' ? Number(BigInt.asUintN(32, v)) : v));
      wide.add(e);
      wideLeaves.add(at);
      continue;
    }
    if (k === 'decimal') convert.set(e.name, decimal(e.scale ?? (e.logical_type?.type === 'DECIMAL' ? e.logical_type.scale : 0)));
    else if (k === 'interval') convert.set(e.name, interval);
    else {
      const unit = e.logical_type?.type === 'TIME' ? e.logical_type.unit : e.converted_type === 'TIME_MILLIS' ? 'MILLIS' : 'MICROS';
      const utc = e.logical_type?.type === 'TIME' && e.logical_type.isAdjustedToUTC;
      convert.set(e.name, time(unit === 'MILLIS' ? 3 : unit === 'MICROS' ? 6 : 9, utc));
    }
    plain.add(e);
  }
  if (plain.size === 0 && wide.size === 0) return { metadata, convert };
  const schema = metadata.schema.map((e) => (plain.has(e) ? { ...e, converted_type: undefined, logical_type: undefined } : wide.has(e) ? { ...e, type: 'INT64' as const, converted_type: undefined, logical_type: undefined } : e));
  // hyparquet decodes a chunk by the physical type its own metadata gives.
  const row_groups = wide.size === 0 ? metadata.row_groups : metadata.row_groups.map((g) => ({ ...g, columns: g.columns.map((c, i) => (wideLeaves.has(i) && c.meta_data ? { ...c, meta_data: { ...c.meta_data, type: 'INT64' as const } } : c)) }));
  return { metadata: { ...metadata, schema, row_groups }, convert };
}

/** Converts, in place, the values of the columns in `got` that `raw` lists. */
export function convertRaw(raw: RawColumns, got: Map<string, unknown[]>): Map<string, unknown[]> {
  for (const [name, values] of got) {
    const f = raw.convert.get(name);
    if (f === undefined) continue;
    for (let i = 0; i < values.length; i++) values[i] = f(values[i]);
  }
  return got;
}
