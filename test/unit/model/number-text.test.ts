// writeFloat32Text (src/model/number-text.ts) against String(x): the same characters for every
// float32 it handles, on random bit patterns across [1e-6, 1) and on the values where rounding
// carries, ties or meets a boundary; everything else is left to String(x).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeFloat32Text } from '../../../src/model/number-text.js';

const out = new Uint8Array(32);
const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);
const LO = 0x358637bd; // Math.fround(1e-6)
const HI = 0x3f800000; // 1

/** The text written for x, or null when the function leaves x to String(x). */
function text(x: number): string | null {
  const end = writeFloat32Text(out, 3, x);
  return end < 0 ? null : Buffer.from(out.subarray(3, end)).toString('latin1');
}

const ofBits = (b: number) => {
  u32[0] = b;
  return f32[0]!;
};

describe('writeFloat32Text', () => {
  it('writes String(x) for random float32 values in [1e-6, 1), and handles nearly all of them', () => {
    let handled = 0;
    let n = 0;
    fc.assert(
      fc.property(fc.integer({ min: LO, max: HI - 1 }), (bits) => {
        const x = ofBits(bits);
        const t = text(x);
        n++;
        if (t !== null) {
          handled++;
          expect(t).toBe(String(x));
        }
      }),
      { numRuns: 100_000 },
    );
    expect(handled / n).toBeGreaterThan(0.99);
  });

  it('every float32 of a few whole stretches: around 0.1, 0.5, 0.001 and just below 1', () => {
    for (const centre of [0.1, 0.5, 0.001, 0.999999, 1e-6 * 1.5]) {
      f32[0] = centre;
      const mid = u32[0]!;
      for (let b = mid - 20_000; b < mid + 20_000; b++) {
        if (b < LO || b >= HI) continue;
        const x = ofBits(b);
        const t = text(x);
        if (t !== null) expect(t).toBe(String(x));
      }
    }
  });

  it('values whose shortest digits round up across a carry', () => {
    for (const v of [0.001, 0.01, 0.1, 0.3, 0.7, 0.2, 0.0999999, 0.009999999]) {
      const x = Math.fround(v);
      const t = text(x);
      expect(t).not.toBeNull();
      expect(t).toBe(String(x));
    }
  });

  it('leaves to String(x) what it does not handle: not a float32, outside [1e-6, 1), powers of two', () => {
    for (const x of [0, 1, 1.5, -0.25, 1e-7, Math.fround(9.9e-7), NaN, Infinity, 0.1, 1 / 3, 0.5, 0.25, 2 ** -10]) expect(text(x)).toBeNull();
  });
});
