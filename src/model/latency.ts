/** Inference latency: per-batch wall times, summarised per batch and per row. */
import { quantileSorted } from '../metrics/intervals.js';
export interface LatencyReport {
  batches: number;
  batchSize: number;
  /** Per batch, in milliseconds. */
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  /** Per row (batch time / rows in the batch), in milliseconds. */
  perRow: { p50Ms: number; p95Ms: number; p99Ms: number };
  rowsPerSecond: number;
  modelBytes: number;
  /** Every batch's time in ms, in batch order (paired by batch for latency comparisons). */
  batchMs: number[];
}


export class LatencyRecorder {
  private times: number[] = [];
  private rows: number[] = [];

  record(ms: number, rows: number): void {
    this.times.push(ms);
    this.rows.push(rows);
  }

  raw(): [number, number][] {
    return this.times.map((t, i) => [t, this.rows[i]]);
  }

  report(batchSize: number, modelBytes: number): LatencyReport {
    const t = Float64Array.from(this.times).sort();
    const perRow = Float64Array.from(this.times.map((ms, i) => ms / this.rows[i])).sort();
    const total = this.times.reduce((a, b) => a + b, 0);
    const rows = this.rows.reduce((a, b) => a + b, 0);
    return {
      batches: t.length,
      batchSize,
      p50Ms: quantileSorted(t, 0.5),
      p95Ms: quantileSorted(t, 0.95),
      p99Ms: quantileSorted(t, 0.99),
      perRow: { p50Ms: quantileSorted(perRow, 0.5), p95Ms: quantileSorted(perRow, 0.95), p99Ms: quantileSorted(perRow, 0.99) },
      rowsPerSecond: total > 0 ? (rows / total) * 1000 : 0,
      modelBytes,
      batchMs: this.times.map((x) => Math.round(x * 1000) / 1000),
    };
  }
}
