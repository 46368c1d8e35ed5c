/**
 * JavaScript's String(x) of a float32 value in [1e-6, 1), written as ASCII digits into a byte
 * array without making a string: predictions.csv prints a million scores, and the engine's
 * shortest-digits conversion (with a string per score) was most of the cost of writing them.
 *
 * String(x) is the shortest decimal that reads back as the same double, the closest to x among
 * those, ties to the even digit (ECMAScript Number::toString). For x = m / 2^p with m a 24-bit
 * integer (a float32 value) and p <= 43 (x >= 1e-6), everything is exact in doubles: the decimal
 * digits of x come one by one from r -> 10r, digit floor(r / 2^p), remainder r mod 2^p (r < 2^47);
 * after j fraction digits the two candidates of that length are the truncation (distance r / 2^p
 * units of 10^-j) and the truncation plus one unit (distance (2^p - r) / 2^p); a candidate reads
 * back as x when it lies within half a double ulp of x, 2^(-30-p), i.e. when distance * 2^30 <=
 * 10^j in those units (exact: powers of two and 10^j for j <= 22). The first length with a
 * candidate inside wins, the closer candidate when both are.
 *
 * Every case the argument above does not settle is left to String(x) (the function returns -1):
 * a value that is not a float32, outside [1e-6, 1), a power of two (the double below it is half as
 * far), a candidate exactly at the boundary, or two candidates exactly as close.
 */

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);
const POW2_30 = 2 ** 30;
/** 10^j, exact for j <= 22. */
const POW10 = Array.from({ length: 23 }, (_, j) => 10 ** j);
/** 2^p for p < 64. */
const POW2 = Array.from({ length: 64 }, (_, p) => 2 ** p);

/**
 * Writes String(x) into out[at...] and returns the index after it, or -1 (nothing meaningful
 * written) when x is not a case handled here. `out` needs room for 24 bytes.
 */
export function writeFloat32Text(out: Uint8Array, at: number, x: number): number {
  if (!(x >= 1e-6 && x < 1)) return -1;
  f32[0] = x;
  if (f32[0] !== x) return -1;
  const bits = u32[0]!;
  const mant = bits & 0x7fffff;
  if (mant === 0) return -1;
  const m = mant | 0x800000;
  const p = 150 - (bits >>> 23);
  const scale = POW2[p]!;
  out[at] = 48; // 0
  out[at + 1] = 46; // .
  const first = at + 2;
  let end = first;
  let r = m;
  let started = false;
  for (let j = 1; j <= 22; j++) {
    r *= 10;
    const d = Math.floor(r / scale);
    r -= d * scale;
    out[end++] = 48 + d;
    if (!started) {
      if (d === 0) continue;
      started = true;
    }
    const down = r * POW2_30;
    const up = (scale - r) * POW2_30;
    const limit = POW10[j]!;
    if (down === limit || up === limit) return -1;
    const downOk = down < limit;
    const upOk = up < limit;
    if (!downOk && !upOk) continue;
    if (downOk && upOk && down === up) return -1;
    if (downOk && (!upOk || down < up)) return end;
    // Round the last digit up, carrying; a carry out of the first fraction digit would make 1.
    let k = end - 1;
    while (k >= first && out[k] === 57) out[k--] = 48;
    if (k < first) return -1;
    out[k]!++;
    // The digits after the one that took the carry are zeros, which String(x) does not print.
    return k + 1;
  }
  return -1;
}
