/** Seeded random numbers for the sketch tests (mulberry32), plus the distributions they sample. */

export type Rng = () => number;

/** mulberry32: a tiny 32-bit PRNG with a full period, returning uniforms in [0, 1). */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal by Box–Muller. */
export function normal(rng: Rng, mean = 0, sd = 1): number {
  let u = rng();
  while (u === 0) u = rng();
  return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

export function sample<T = number>(n: number, draw: () => T): T[] {
  const out = new Array<T>(n);
  for (let i = 0; i < n; i++) out[i] = draw();
  return out;
}

/** A Zipf(s) sampler over ranks 1..size (rank r with probability proportional to r^-s). */
export function zipf(rng: Rng, size: number, s: number): () => number {
  const cdf = new Float64Array(size);
  let total = 0;
  for (let r = 1; r <= size; r++) {
    total += r ** -s;
    cdf[r - 1] = total;
  }
  return () => {
    const u = rng() * total;
    let lo = 0;
    let hi = size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
}

/** Fisher–Yates shuffle in place. */
export function shuffle<T>(rng: Rng, xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = xs[i]!;
    xs[i] = xs[j]!;
    xs[j] = t;
  }
  return xs;
}
