/** Counts every violation and keeps the first `maxSamples` with their row, file line and values. */
import type { Cell } from './readers.js';

export interface ViolationSample {
  /** 1-based data row across all files (null for a dataset-level rule). */
  row: number | null;
  /** 1-based line in `file` where the record starts (Parquet: row number in the file). */
  line: number | null;
  file: string | null;
  column: string | null;
  rule: string;
  message: string;
  /** The row's values as read (cells beyond the header are keyed by position). */
  values?: Record<string, Cell>;
}

export class Violations {
  count = 0;
  readonly byRule: Record<string, number> = {};
  readonly samples: ViolationSample[] = [];

  constructor(readonly maxSamples: number) {}

  add(v: ViolationSample, times = 1): void {
    this.count += times;
    this.byRule[v.rule] = (this.byRule[v.rule] ?? 0) + times;
    if (this.samples.length < this.maxSamples) this.samples.push(v);
  }

  toJSON(): { count: number; byRule: Record<string, number>; samples: ViolationSample[] } {
    return { count: this.count, byRule: this.byRule, samples: this.samples };
  }
}
