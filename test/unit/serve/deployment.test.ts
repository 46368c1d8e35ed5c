import { describe, expect, it } from 'vitest';
import { keyShare } from '../../../src/serve/deployment.js';

describe('keyShare', () => {
  it('is stable per key and spreads similar keys evenly', () => {
    expect(keyShare('user-1')).toBe(keyShare('user-1'));
    const shares = Array.from({ length: 10000 }, (_, i) => keyShare(`user-${i}`));
    expect(shares.every((x) => x >= 0 && x < 1)).toBe(true);
    // Each tenth of [0, 1) gets 1000 ± 15% of 10,000 sequential keys.
    const bins = new Array(10).fill(0);
    for (const x of shares) bins[Math.floor(x * 10)]++;
    for (const b of bins) expect(Math.abs(b - 1000)).toBeLessThan(150);
    // Keys differing only in the last character reach both sides of a 50% split.
    const sides = new Set(Array.from({ length: 10 }, (_, i) => keyShare(`user-${i}`) < 0.5));
    expect(sides.size).toBe(2);
  });
});
