/**
 * A strict JSON parser over the UTF-8 bytes of a request body, for the bodies a model server sees
 * most (objects, arrays, numbers, plain ASCII strings). It skips JSON.parse's decoding of the
 * bytes into a string and reads each number from the bytes: a number of at most 15 significant
 * digits and a decimal exponent within ±22 is one exact multiplication or division (Clinger's fast
 * path, correctly rounded), any other number goes through `Number()` on its text. Both round
 * correctly, so every number equals JSON.parse's, bit for bit.
 *
 * It gives up (returns undefined) on what it does not handle: strings with escapes, control or
 * non-ASCII bytes, the key `__proto__`, nesting deeper than MAX_DEPTH, and anything that is not
 * JSON. The caller then runs JSON.parse on the text, which parses the rest and words the error for
 * invalid JSON. What it accepts, it parses as JSON.parse does (test/unit/serve/json.test.ts checks
 * both against JSON.parse with generated documents and corrupted ones).
 */

const MAX_DEPTH = 64;
/** 10^0 .. 10^22: every one exactly representable as a double. */
const POW10 = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));

/** Parser state: module-level so that parsing allocates nothing but the values it returns. */
const EMPTY = Buffer.alloc(0);
let buf: Buffer = EMPTY;
let pos = 0;
let failed = false;

function fail(): undefined {
  failed = true;
  return undefined;
}

function skipSpace(): void {
  while (pos < buf.length) {
    const c = buf[pos];
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) pos++;
    else return;
  }
}

function literal(text: string, value: unknown): unknown {
  for (let i = 0; i < text.length; i++) if (buf[pos + i] !== text.charCodeAt(i)) return fail();
  pos += text.length;
  return value;
}

/** Short strings seen before (keys, datatypes, names), by a hash of their bytes: not decoded again. */
const seen: string[] = new Array<string>(256).fill('');

/** A string of printable ASCII without escapes (the opening quote at `pos`). */
function string(): string | undefined {
  const start = ++pos;
  let h = 0;
  while (pos < buf.length) {
    const c = buf[pos];
    if (c === 0x22) break;
    if (c === 0x5c || c < 0x20 || c > 0x7e) return fail();
    h = (h * 31 + c) & 0xff;
    pos++;
  }
  if (pos >= buf.length) return fail();
  const n = pos - start;
  pos++;
  if (n > 24) return buf.toString('latin1', start, start + n);
  const known = seen[h];
  if (known.length === n) {
    let i = 0;
    while (i < n && known.charCodeAt(i) === buf[start + i]) i++;
    if (i === n) return known;
  }
  return (seen[h] = buf.toString('latin1', start, start + n));
}

/** `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?` */
function number(): number | undefined {
  const b = buf;
  const len = b.length;
  const start = pos;
  let p = pos;
  let neg = false;
  if (b[p] === 0x2d) {
    neg = true;
    p++;
  }
  let m = 0;
  let digits = 0; // significant digits in m
  let scale = 0; // decimal exponent of m's last digit
  let c = p < len ? b[p] : 0;
  if (c === 0x30) c = ++p < len ? b[p] : 0;
  else if (c >= 0x31 && c <= 0x39) {
    do {
      m = m * 10 + (c - 0x30);
      digits++;
      c = ++p < len ? b[p] : 0;
    } while (c >= 0x30 && c <= 0x39);
  } else return fail();
  if (c === 0x2e) {
    c = ++p < len ? b[p] : 0;
    if (c < 0x30 || c > 0x39) return fail();
    do {
      if (m !== 0 || c !== 0x30) digits++;
      m = m * 10 + (c - 0x30);
      scale--;
      c = ++p < len ? b[p] : 0;
    } while (c >= 0x30 && c <= 0x39);
  }
  if (c === 0x65 || c === 0x45) {
    c = ++p < len ? b[p] : 0;
    let eneg = false;
    if (c === 0x2b || c === 0x2d) {
      eneg = c === 0x2d;
      c = ++p < len ? b[p] : 0;
    }
    if (c < 0x30 || c > 0x39) return fail();
    let e = 0;
    do {
      if (e < 100_000) e = e * 10 + (c - 0x30);
      c = ++p < len ? b[p] : 0;
    } while (c >= 0x30 && c <= 0x39);
    scale += eneg ? -e : e;
  }
  pos = p;
  if (digits > 15 || scale > 22 || scale < -22) return Number(b.toString('latin1', start, p));
  const v = scale >= 0 ? m * POW10[scale] : m / POW10[-scale];
  return neg ? -v : v;
}

function value(depth: number): unknown {
  skipSpace();
  const c = buf[pos];
  if (c === 0x22) return string();
  if (c === 0x2d || (c >= 0x30 && c <= 0x39)) return number();
  if (c === 0x7b) return object(depth + 1);
  if (c === 0x5b) return array(depth + 1);
  if (c === 0x74) return literal('true', true);
  if (c === 0x66) return literal('false', false);
  if (c === 0x6e) return literal('null', null);
  return fail();
}

function array(depth: number): unknown[] | undefined {
  if (depth > MAX_DEPTH) return fail();
  pos++;
  const out: unknown[] = [];
  skipSpace();
  if (buf[pos] === 0x5d) {
    pos++;
    return out;
  }
  for (;;) {
    const v = value(depth);
    if (failed) return undefined;
    out.push(v);
    skipSpace();
    const c = buf[pos++];
    if (c === 0x5d) return out;
    if (c !== 0x2c) return fail();
  }
}

function object(depth: number): Record<string, unknown> | undefined {
  if (depth > MAX_DEPTH) return fail();
  pos++;
  const out: Record<string, unknown> = {};
  skipSpace();
  if (buf[pos] === 0x7d) {
    pos++;
    return out;
  }
  for (;;) {
    skipSpace();
    if (buf[pos] !== 0x22) return fail();
    const key = string();
    if (key === undefined || key === '__proto__') return fail();
    skipSpace();
    if (buf[pos++] !== 0x3a) return fail();
    const v = value(depth);
    if (failed) return undefined;
    out[key] = v;
    skipSpace();
    const c = buf[pos++];
    if (c === 0x7d) return out;
    if (c !== 0x2c) return fail();
  }
}

/** The JSON document in `bytes`, or undefined when this parser leaves it to JSON.parse (see above). */
export function parseJsonBytes(bytes: Buffer): unknown {
  buf = bytes;
  pos = 0;
  failed = false;
  const v = value(0);
  skipSpace();
  const ok = !failed && pos === bytes.length;
  buf = EMPTY;
  return ok ? v : undefined;
}
