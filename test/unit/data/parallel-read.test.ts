// readRange's reused read buffer (src/data/parallel/chunks.ts): it is made larger than the range
// that needs it, so a view of exactly the range's bytes must come back, for ranges that grow,
// shrink and grow past the buffer again.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRange } from '../../../src/data/parallel/chunks.js';
import { rng, tempDir } from '../../helpers.js';

describe('readRange with the reused buffer', () => {
  it('gives exactly the bytes of each range, whatever the ranges before it', () => {
    const r = rng(3);
    const data = Buffer.from(Array.from({ length: 3 * 1024 * 1024 + 777 }, () => Math.floor(r() * 256)));
    const file = join(tempDir(), 'bytes.bin');
    writeFileSync(file, data);
    const ranges: [number, number][] = [[0, 1000], [5, 1_048_000], [100, 1_048_700], [7, 9], [1_000_000, 3 * 1024 * 1024 + 777], [2, 2], [0, 3 * 1024 * 1024 + 777]];
    for (const [start, end] of ranges) {
      const got = readRange(file, start, end, true);
      expect(got.length).toBe(end - start);
      expect(got.equals(data.subarray(start, end))).toBe(true);
    }
  });
});
