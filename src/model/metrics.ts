/**
 * Per-row evaluation results (Rows) to metrics with intervals and tables, through the mergeable
 * metric states of src/metrics. Metric names follow scikit-learn.
 */
import { BinaryState, binaryMetrics } from '../metrics/binary.js';
import { binaryCurves, type Curves } from '../metrics/curves.js';
import type { MetricResult } from '../metrics/intervals.js';
import { MulticlassState, multiclassMetrics } from '../metrics/multiclass.js';
import { RegressionState, regressionMetrics } from '../metrics/regression.js';
import type { Task } from './model.js';

export type MetricSet = Record<string, MetricResult>;

export interface Tables {
  /** confusion[true][predicted], classes in `classes` order. */
  confusion?: number[][];
  calibration?: { low: number; high: number; count: number; meanPredicted: number | null; observedRate: number | null }[];
  perClass?: { class: string; support: number; predicted: number; precision: number; recall: number; f1: number }[];
  absoluteErrorQuantiles?: { p50: number | null; p90: number | null; p95: number | null; p99: number | null };
  /** Binary: ROC and precision-recall curves, downsampled (see metrics/curves.ts) for reports. */
  curves?: Curves;
}

export interface MetricOptions {
  threshold: number;
  confidence: number;
  resamples: number;
  seed: number;
}

interface RowsLike {
  classes: string[];
  y: { values: Float64Array };
  score: { values: Float64Array };
  proba: { values: Float64Array };
}

export function computeMetrics(task: Task, rows: RowsLike, o: MetricOptions): { metrics: MetricSet; tables: Tables } {
  const interval = { confidence: o.confidence, resamples: o.resamples, seed: o.seed };
  switch (task) {
    case 'binary': {
      const state = new BinaryState().addBatch(rows.y.values, rows.score.values);
      const r = binaryMetrics(state, { ...interval, threshold: o.threshold });
      const sorted = state.sortedScores();
      const ece: MetricResult = { value: r.calibration.ece, ci: null, method: 'none', reason: 'expected calibration error over 10 equal-width bins, weighted by rows' };
      return {
        metrics: { ...r.metrics, ece },
        tables: {
          confusion: r.confusion.matrix,
          calibration: r.calibration.bins.map((b) => ({ low: b.lower, high: b.upper, count: b.count, meanPredicted: b.meanPredicted, observedRate: b.observedRate })),
          curves: binaryCurves(sorted.positives, sorted.negatives),
        },
      };
    }
    case 'multiclass': {
      const r = multiclassMetrics(new MulticlassState(rows.classes.length).addBatch(rows.y.values, rows.proba.values), interval);
      return {
        metrics: r.metrics,
        tables: {
          confusion: r.confusion,
          perClass: r.perClass.map((c) => ({ ...c, class: rows.classes[c.class] })),
        },
      };
    }
    case 'regression': {
      const r = regressionMetrics(new RegressionState().addBatch(rows.y.values, rows.score.values), interval);
      return { metrics: r.metrics, tables: { absoluteErrorQuantiles: r.absoluteErrorQuantiles } };
    }
  }
}
