/**
 * Exact per-column values for drift tests against a reference dataset: numbers in a growable
 * Float64Array (8 bytes a value) and category counts in a Map. This is the memory the exact tests
 * cost; a profile reference needs none of it (its tests run on sketches).
 */
import type { Cell } from './readers.js';

export class ColumnValues {
  private buf = new Float64Array(1024);
  private n = 0;
  readonly categories = new Map<string, number>();

  add(cell: Cell): void {
    if (cell === null) return;
    if (typeof cell === 'number') this.addNumber(cell);
    else {
      const key = String(cell);
      this.categories.set(key, (this.categories.get(key) ?? 0) + 1);
    }
  }

  addNumber(x: number): void {
    if (this.n === this.buf.length) {
      const next = new Float64Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.n++] = x;
  }

  /** The numeric values seen, in arrival order (a view, not a copy). */
  get numbers(): Float64Array {
    return this.buf.subarray(0, this.n);
  }

  get numericCount(): number {
    return this.n;
  }

  get categoricalCount(): number {
    let s = 0;
    for (const c of this.categories.values()) s += c;
    return s;
  }
}
