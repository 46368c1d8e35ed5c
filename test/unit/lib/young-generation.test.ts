// Armed at the new space's present size, tickYoungGeneration stops V8 from growing it, and
// releaseYoungGeneration lets it grow again: the same allocation (objects that live across a few
// scavenges, as a pass's batches do) is run held, then released, and only the released run grows
// the new space; ticks without a pass that armed them do nothing.
import { describe, expect, it } from 'vitest';
import { armYoungGeneration, newSpaceBytes, releaseYoungGeneration, tickYoungGeneration } from '../../../src/lib/young-generation.js';

/** Allocates about `mb` MB of small objects, each kept alive for the next 50,000 allocations. */
function churn(mb: number): number {
  const ring: unknown[] = new Array(50_000);
  let sum = 0;
  for (let i = 0; i < (mb * 2 ** 20) / 64; i++) {
    if ((i & 4095) === 0) tickYoungGeneration();
    const o = { a: i, b: [i, i + 1], c: 'x' + (i % 1000) };
    ring[i % ring.length] = o;
    sum += o.b.length;
  }
  return sum + ring.length;
}

describe('the main thread young generation', () => {
  it('does not grow while held, and grows again once released', () => {
    const before = newSpaceBytes();
    expect(before).toBeGreaterThan(0);
    // Held at the first tick: the cap is the size it has now.
    armYoungGeneration(before / 2 ** 20);
    try {
      churn(200);
      expect(newSpaceBytes()).toBeLessThanOrEqual(before);
    } finally {
      releaseYoungGeneration();
    }
    // Released: the ticks in churn do nothing.
    churn(200);
    expect(newSpaceBytes()).toBeGreaterThan(before);
  });
});
