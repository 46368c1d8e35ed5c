/**
 * A uniform sample of at most `size` items from a stream of unknown length (Vitter's Algorithm R):
 * the first `size` are kept; item k (0-based) after them replaces a kept one with probability
 * size / (k + 1). Seeded, so the same stream and seed keep the same items, in the same slots.
 */
import type { Xoshiro128 } from '../stats/rng.js';

export class Reservoir<T> {
  readonly items: T[] = [];
  readonly labels: number[] = [];
  private seen = 0;

  constructor(
    private readonly size: number,
    private readonly rng: Xoshiro128,
  ) {}

  offer(item: T, label: number): void {
    if (this.seen < this.size) {
      this.items.push(item);
      this.labels.push(label);
    } else {
      const j = this.rng.uniformInt(this.seen + 1);
      if (j < this.size) {
        this.items[j] = item;
        this.labels[j] = label;
      }
    }
    this.seen++;
  }
}
