/**
 * Classification and regression metrics from mergeable states, with confidence intervals.
 *
 * Public API
 * - States: `BinaryState`, `MulticlassState(classes)`, `RegressionState`. Each has `add(label,
 *   score)`, `addBatch(labels, scores)` (typed-array fast path; multiclass scores row-major n×K),
 *   `merge(other)` (exact: merging shard states equals one state of all rows, and the metrics do
 *   not depend on row order), `rows`, `toJSON()` and the static `fromJSON(json)` (compact: typed
 *   arrays as base64 of little-endian float64; `kind` = 'binary-state' | 'multiclass-state' |
 *   'regression-state', `schemaVersion` 1). Bad rows throw DataError.
 * - `binaryMetrics(state, { threshold = 0.5, calibrationBins = 10, ...IntervalOptions })`
 *   -> { metrics: { accuracy, balanced_accuracy, precision, recall, f1, roc_auc,
 *   average_precision, log_loss, brier_score }, confusion, calibration (reliability table + ece), ... }.
 *   A row is predicted positive when score >= threshold.
 * - `multiclassMetrics(state, IntervalOptions)` -> { metrics: { accuracy, balanced_accuracy,
 *   macro_f1, log_loss }, perClass, confusion, ... }.
 * - `regressionMetrics(state, IntervalOptions)` -> { metrics: { mae, rmse, r2 },
 *   absoluteErrorQuantiles: { p50, p90, p95, p99 }, ... }.
 * - IntervalOptions: { confidence = 0.95, resamples = 1000, seed = 0, intervals = true,
 *   maxBootstrapRows = max(1000, 2e7 / resamples), proportionInterval = 'wilson' }; bad options
 *   throw ConfigurationError naming the option.
 * Every metric is a `MetricResult` { value, ci: [low, high] | null, method, reason? }: value null
 * (never NaN) when undefined, with `reason`; `method` names the interval ('wilson', 'delong',
 * 'bootstrap-confusion', 'bootstrap-percentile', 'bootstrap-m-out-of-n', 'none').
 * Definitions, scikit-learn conventions and memory costs are in each task's module header.
 * DeLong's AUC variance and paired test live in src/stats/delong.ts, the seeded generator in
 * src/stats/rng.ts.
 */
export { BinaryState, binaryMetrics, LOG_LOSS_EPS } from './binary.js';
export type { BinaryConfusion, BinaryMetricName, BinaryMetrics, BinaryOptions, BinaryStateJSON, CalibrationBin, CalibrationTable } from './binary.js';
export { MulticlassState, multiclassMetrics } from './multiclass.js';
export type { ClassReport, MulticlassMetricName, MulticlassMetrics, MulticlassStateJSON } from './multiclass.js';
export { RegressionState, regressionMetrics } from './regression.js';
export type { RegressionMetricName, RegressionMetrics, RegressionStateJSON } from './regression.js';
export { quantileSorted, resolveIntervalOptions, wilsonInterval } from './intervals.js';
export type { IntervalMethod, IntervalOptions, MetricResult, ResolvedIntervalOptions } from './intervals.js';
