/**
 * Exact per-column values for drift tests against a reference dataset: numbers in a growable
 * Float64Array (8 bytes a value) and category counts in a Map. This is the memory the exact tests
 * cost; a profile reference needs none of it (its tests run on sketches).
 */
import type { Cell } from './readers.js';
import { F64 } from '../lib/columns.js';

export class ColumnValues {
  /** Made at the first number: a pass that keeps no values (most) makes one slot per column per chunk. */
  private nums: F64 | null = null;
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
    (this.nums ??= new F64(1024)).push(x);
  }

  /** The numeric values seen, in arrival order (a view, not a copy). */
  get numbers(): Float64Array {
    return this.nums?.values ?? new Float64Array(0);
  }

  get numericCount(): number {
    return this.nums?.n ?? 0;
  }

  get categoricalCount(): number {
    let s = 0;
    for (const c of this.categories.values()) s += c;
    return s;
  }
}
