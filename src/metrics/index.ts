/**
 * Classification and regression metrics from mergeable states, with confidence intervals.
 *
 * Public API
 * - States, one per task. Each has `add(label, score)`, `addBatch(labels, scores)` (parallel
 *   arrays, typed arrays welcome), `merge(other)`, `rows`, `toJSON()` and the static
 *   `fromJSON(json)`; bad rows throw DataError naming the row.
 *   - `new BinaryState()`: label 0/1, score = probability of class 1 in [0, 1]. 8 bytes a row.
 *   - `new MulticlassState(K)`: label 0..K-1, score = probability vector of length K
 *     (`addBatch` takes the probabilities row-major, n×K). 8 bytes a row + 8·K² bytes.
 *   - `new RegressionState()`: label and prediction, finite numbers. 16 bytes a row.
 *   Merging is exact: the merged state equals the state of all rows, and the metrics (intervals
 *   included) do not depend on row order, so shards merged in any order give identical numbers.
 *   JSON: `{ kind: 'binary-state' | 'multiclass-state' | 'regression-state', schemaVersion: 1,
 *   rows, ... }` with typed arrays as base64 of little-endian float64 (~10.7 characters a value).
 * - `binaryMetrics(state, { threshold = 0.5, calibrationBins = 10, ...IntervalOptions })`
 *   -> `{ task, rows, positives, negatives, threshold, confidence, metrics: { accuracy,
 *   balanced_accuracy, precision, recall, f1, roc_auc, average_precision, log_loss, brier_score },
 *   confusion: { matrix: [[tn, fp], [fn, tp]], tp, fp, fn, tn }, calibration: { strategy, bins:
 *   [{ lower, upper, count, meanPredicted, observedRate }], ece }, bootstrap }`.
 *   A row is predicted positive when score >= threshold.
 * - `multiclassMetrics(state, IntervalOptions)` -> `{ task, rows, classes, confidence, metrics:
 *   { accuracy, balanced_accuracy, macro_f1, log_loss }, perClass: [{ class, support, predicted,
 *   precision, recall, f1 }], confusion: number[][], bootstrap }`.
 * - `regressionMetrics(state, IntervalOptions)` -> `{ task, rows, confidence, metrics: { mae,
 *   rmse, r2 }, absoluteErrorQuantiles: { p50, p90, p95, p99 }, bootstrap }`.
 * - IntervalOptions: `{ confidence = 0.95, resamples = 1000, seed = 0, intervals = true,
 *   maxBootstrapRows = max(1000, 2e7 / resamples), proportionInterval = 'wilson' | 'bootstrap' }`;
 *   bad options throw ConfigurationError naming the option.
 * Every metric is a `MetricResult` `{ value, ci: [low, high] | null, method, reason? }`: value is
 * null (never NaN) when undefined, with a `reason`, which also names the scikit-learn convention
 * behind a conventional value (zero_division). `method` names the interval: 'wilson', 'delong',
 * 'bootstrap-confusion', 'bootstrap-percentile', 'normal-influence' or 'none'.
 * Definitions, scikit-learn conventions and memory costs are in each task's module header.
 * DeLong's AUC variance and the paired DeLong test are in src/stats/delong.ts, the seeded
 * generator in src/stats/rng.ts.
 */
export { BinaryState, binaryMetrics, LOG_LOSS_EPS } from './binary.js';
export type { BinaryConfusion, BinaryMetricName, BinaryMetrics, BinaryOptions, BinaryStateJSON, CalibrationBin, CalibrationTable } from './binary.js';
export { MulticlassState, multiclassMetrics } from './multiclass.js';
export type { ClassReport, MulticlassMetricName, MulticlassMetrics, MulticlassStateJSON } from './multiclass.js';
export { RegressionState, regressionMetrics } from './regression.js';
export type { RegressionMetricName, RegressionMetrics, RegressionStateJSON } from './regression.js';
export { normalInterval, percentileInterval, quantileSorted, resolveIntervalOptions, wilsonInterval } from './intervals.js';
export type { IntervalMethod, IntervalOptions, MetricResult, ResolvedIntervalOptions } from './intervals.js';
