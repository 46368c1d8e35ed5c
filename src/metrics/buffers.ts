/**
 * Growable float64 columns for the metric states, and their compact JSON form: the bytes of the
 * Float64Array in little-endian order, base64-encoded (8 bytes per value, about 10.7 characters of
 * JSON per value), so a state round-trips bit for bit.
 */
import { DataError } from '../errors.js';

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** A Float64Array that grows by doubling; `view()` is the filled prefix (no copy). */
export class Float64Column {
  private data: Float64Array;
  length = 0;

  constructor(capacity = 64) {
    this.data = new Float64Array(Math.max(1, capacity));
  }

  static from(values: Float64Array): Float64Column {
    const c = new Float64Column(values.length);
    c.data.set(values);
    c.length = values.length;
    return c;
  }

  private reserve(extra: number): void {
    const need = this.length + extra;
    if (need <= this.data.length) return;
    let cap = this.data.length * 2;
    while (cap < need) cap *= 2;
    const next = new Float64Array(cap);
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }

  push(x: number): void {
    if (this.length === this.data.length) this.reserve(1);
    this.data[this.length++] = x;
  }

  append(values: Float64Array): void {
    this.reserve(values.length);
    this.data.set(values, this.length);
    this.length += values.length;
  }

  view(): Float64Array {
    return this.data.subarray(0, this.length);
  }

  /** Replaces the contents (same length) — used to store a canonical (sorted) order. */
  replace(values: Float64Array): void {
    this.data = values;
    this.length = values.length;
  }
}

/** Base64 of the little-endian float64 bytes of `a`. */
export function encodeFloat64(a: Float64Array): string {
  if (LITTLE_ENDIAN) return Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
  const bytes = new Uint8Array(a.length * 8);
  const dv = new DataView(bytes.buffer);
  for (let i = 0; i < a.length; i++) dv.setFloat64(i * 8, a[i]!, true);
  return Buffer.from(bytes).toString('base64');
}

/** Inverse of {@link encodeFloat64}; throws DataError naming `what` on malformed input. */
export function decodeFloat64(s: unknown, what: string): Float64Array {
  if (typeof s !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(s)) throw new DataError(`${what}: expected a base64 string`);
  const bytes = Buffer.from(s, 'base64');
  if (bytes.length % 8 !== 0) throw new DataError(`${what}: ${bytes.length} bytes is not a whole number of float64 values`);
  const out = new Float64Array(bytes.length / 8);
  if (LITTLE_ENDIAN) {
    new Uint8Array(out.buffer).set(bytes);
  } else {
    const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let i = 0; i < out.length; i++) out[i] = dv.getFloat64(i * 8, true);
  }
  return out;
}
