// Armed at the new space's present size, tickYoungGeneration stops V8 from growing it, and
// releaseYoungGeneration lets it grow again: the same allocation (objects that live across a few
// scavenges, as a pass's batches do) is run held, then released, and only the released run grows
// the new space; ticks without a pass that armed them do nothing. The sizes are V8's committed
// pages, which move by a page or two (the from-space is committed at the first scavenge, pages are
// given back and taken again); a growth step doubles the capacity, so the test allows the first
// and asserts the second.
import { describe, expect, it } from 'vitest';
import { armYoungGeneration, garbageLevel, newSpaceBytes, releaseYoungGeneration, tickYoungGeneration } from '../../../src/lib/young-generation.js';

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
    // Short-lived garbage first: scavenges commit both semi-spaces without growing them (nothing survives).
    let garbage = 0;
    for (let i = 0; i < 200_000; i++) garbage += [i, i + 1, i + 2].length;
    expect(garbage).toBe(600_000);
    const before = newSpaceBytes();
    expect(before).toBeGreaterThan(0);
    // Held at the first tick: the cap is the size it has now.
    armYoungGeneration(before / 2 ** 20);
    let held: number;
    try {
      churn(200);
      held = newSpaceBytes();
      expect(held).toBeLessThan(1.5 * before + 2 ** 20);
    } finally {
      releaseYoungGeneration();
    }
    // Released: the ticks in churn do nothing, and V8 doubles it (up to its maximum, 32 MB or more).
    churn(200);
    expect(newSpaceBytes()).toBeGreaterThanOrEqual(Math.max(1.5 * before, held + 2 ** 20));
  });

  it('keeps the garbage of the old generation and external memory within the budget while armed, and not after', () => {
    /** The highest level seen after a tick, above the level at the start, while 1 MB buffers pass through a ring of 8 (each outlives a few scavenges). */
    const peakOver = (): number => {
      const start = garbageLevel();
      const ring: Uint8Array[] = [];
      let peak = 0;
      for (let i = 0; i < 240; i++) {
        ring[i % 8] = new Uint8Array(2 ** 20).fill(i & 0xff);
        for (let k = 0; k < 2000; k++) ring.push(new Uint8Array(8)); // small objects: scavenges, promotion
        ring.length = 8;
        tickYoungGeneration();
        peak = Math.max(peak, garbageLevel() - start);
      }
      return peak;
    };
    armYoungGeneration(0, 6);
    let armed: number;
    try {
      armed = peakOver();
    } finally {
      releaseYoungGeneration();
    }
    const released = peakOver();
    // Armed: the 8 live buffers plus at most the budget and one buffer more.
    expect(armed).toBeLessThan((8 + 6 + 2) * 2 ** 20);
    // Released: V8 alone lets external memory grow by up to 64 MB before it collects.
    expect(released).toBeGreaterThan(armed + 8 * 2 ** 20);
  });
});
