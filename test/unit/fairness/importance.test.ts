// permutationScores without a model: a fake predictor that scores each stacked copy, so the
// batching of copies (full and last shorter chunks, typed and string inputs, a feature inside a
// [N, F] tensor) must give the same importances as one copy per call, and equal a direct
// computation from the permutations.
import { describe, expect, it } from 'vitest';
import { permutationScores, shuffler, summarise, type FeedData } from '../../../src/explain/importance.js';
import { createRng } from '../../../src/stats/rng.js';
import { Reservoir } from '../../../src/explain/sample.js';

const n = 50;
const rng = createRng(9);
const tensor = Float32Array.from({ length: n * 3 }, () => Math.round(rng.nextFloat() * 100) / 10);
const text = Array.from({ length: n }, (_, i) => (i % 3 === 0 ? 'a' : 'b'));
const y = Float64Array.from({ length: n }, (_, i) => i % 2);
const features = [
  { name: 't0', slot: { input: 'x', offset: 0, width: 3 } },
  { name: 't1', slot: { input: 'x', offset: 1, width: 3 } },
  { name: 't2', slot: { input: 'x', offset: 2, width: 3 } },
  { name: 'cat', slot: { input: 'c', offset: 0, width: 1 } },
];
/** A score per copy: a fixed function of every cell, so any misplaced cell changes it. */
function score(x: ArrayLike<number>, c: string[], at: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += (i + 1) * (x[(at + i) * 3] * 1 + x[(at + i) * 3 + 1] * 2 + x[(at + i) * 3 + 2] * 3 + (c[at + i] === 'a' ? 5 : 0)) * (y[i] + 1);
  return s;
}

async function run(copiesPerCall: number) {
  const next = shuffler(n, createRng(4));
  const perms = Array.from({ length: 3 }, () => next());
  const r = await permutationScores({
    rows: n,
    features,
    feeds: { x: { data: tensor, width: 3 }, c: { data: text, width: 1 } },
    y,
    repeats: 3,
    permutation: (k) => perms[k],
    copiesPerCall,
    predict: async (feeds: Record<string, FeedData>, copies: number) => Float64Array.from({ length: copies }, (_, q) => score(feeds.x as Float32Array, feeds.c as string[], q * n)),
  });
  return { ...r, perms };
}

describe('permutationScores', () => {
  it('batched copies equal one copy per call and the direct computation', async () => {
    const one = await run(1);
    for (const per of [3, 5, 12, 100]) expect((await run(per)).importances).toEqual(one.importances);
    const base = score(tensor, text, 0);
    expect(one.baseline).toBe(base);
    features.forEach((f, j) => {
      for (let r = 0; r < 3; r++) {
        const x = Float32Array.from(tensor);
        const c = [...text];
        for (let i = 0; i < n; i++) {
          if (f.slot.input === 'x') x[i * 3 + f.slot.offset] = tensor[one.perms[r][i] * 3 + f.slot.offset];
          else c[i] = text[one.perms[r][i]];
        }
        expect(one.importances[j][r]).toBe(base - score(x, c, 0));
      }
    });
  });
  it('summarises with the population std and a t interval, sorted by mean', () => {
    const s = summarise(['a', 'b'], [Float64Array.from([1, 2, 3]), Float64Array.from([4, 4, 4])], 0.95);
    expect(s.map((f) => f.name)).toEqual(['b', 'a']);
    expect(s[1].std).toBeCloseTo(Math.sqrt(2 / 3), 12);
    // t(0.975, 2) = 4.302652729911275 (scipy.stats.t.ppf); s = 1, half-width t / sqrt(3).
    expect(s[1].high - s[1].mean).toBeCloseTo(4.302652729911275 / Math.sqrt(3), 8);
    expect(s[0].low).toBe(4);
  });
});

describe('the importance sample', () => {
  it('keeps every item of a stream with probability size / length (Algorithm R), all of a short one in order', () => {
    const rng = createRng(11);
    const counts = new Array(20).fill(0);
    const trials = 4000;
    for (let t = 0; t < trials; t++) {
      const r = new Reservoir<number>(5, rng);
      for (let i = 0; i < 20; i++) r.offer(i, i % 2);
      expect(r.items).toHaveLength(5);
      r.items.forEach((i, k) => expect(r.labels[k]).toBe(i % 2));
      for (const i of r.items) counts[i]++;
    }
    // Each is kept in 1000 of 4000 trials on average; sd sqrt(4000 * 0.25 * 0.75) = 27.
    for (const c of counts) expect(Math.abs(c - 1000)).toBeLessThan(120);
    const short = new Reservoir<number>(5, rng);
    [7, 8, 9].forEach((i) => short.offer(i, 0));
    expect(short.items).toEqual([7, 8, 9]);
  });
});
