/**
 * The typed config of the built-in trainers (parsed from the `train` action's inputs by its
 * adapter) and the summary they return. See ./index.ts for what each option does.
 */
import { ConfigurationError } from '../errors.js';
import type { Format } from '../data/readers.js';
import type { TimeRange, TimeSplitConfig } from '../data/time-split.js';

export type Algorithm = 'logistic-regression' | 'linear-regression';
export const ALGORITHMS: readonly Algorithm[] = ['logistic-regression', 'linear-regression'];

export interface TrainConfig {
  algorithm: Algorithm;
  /** Data files or globs, read in order as one dataset (CSV, TSV, JSON Lines, Parquet). */
  data: string[];
  format?: Format;
  /** The label (classification) or target (regression) column. */
  label: string;
  /** Feature columns, in the order the model takes them. Default: every column but the label and `ignore`, in data order. */
  features?: string[];
  /** Columns never used as features (ids, timestamps). */
  ignore?: string[];
  /** CSV/TSV cells that mean a missing value (see parseNaValues); default pandas' list. */
  naValues?: readonly string[];
  /** Output path of the .onnx model. */
  model: string;
  /** Seeds the train/test split (the only random step): same data and seed, same bytes. */
  seed: number;
  /**
   * L2 penalty strength. logistic-regression: 1/C of scikit-learn's LogisticRegression (default 1,
   * i.e. C = 1); linear-regression: Ridge's alpha (default 1). 0 means no penalty.
   */
  l2?: number;
  /** logistic-regression: L-BFGS iteration limit (default 1000). */
  maxIterations?: number;
  /** Share of rows held out (seeded) to report test metrics on; default 0 (train on all rows). */
  testFraction?: number;
  /**
   * logistic-regression: L-BFGS stops when max |gradient| of the objective (summed loss plus
   * penalty, scikit-learn 1.2's scale) is at most this; default 1e-4, scikit-learn's `tol`. As under
   * scikit-learn, it also stops when an iteration reduces the objective by less than scipy's
   * relative ftol (2.2e-9).
   */
  tolerance?: number;
  /**
   * A categorical column (and a classification label) may have at most this many distinct values
   * (default 1000); more is an error that suggests `ignore` (an identifier, free text).
   */
  maxCategories?: number;
  /** `split-by` / `split-at`: train only on the rows before the cut-off in this time column (never a feature). */
  split?: TimeSplitConfig;
}

export type FeatureKind = 'numeric' | 'categorical';

export interface FeatureSummary {
  name: string;
  kind: FeatureKind;
  /** Missing values in the training rows (imputed: numeric with the mean, categorical as all zeros). */
  missing: number;
  /** categorical: categories seen in the training rows (one-hot width). */
  categories?: number;
}

export interface TrainSummary {
  algorithm: Algorithm;
  task: 'binary' | 'multiclass' | 'regression';
  /** Class labels in probability-column order (ints as numbers); [] for regression. */
  classes: (number | string)[];
  /** Model inputs, one per feature column: in the order of `features` when given, else in data-column order. */
  features: FeatureSummary[];
  /** Columns left out, with the reason (empty in the training rows). */
  dropped: { name: string; reason: string }[];
  rows: { train: number; test: number; skippedNoLabel: number };
  /** L-BFGS iterations (logistic) or 1 (ridge's closed form). */
  iterations: number;
  converged: boolean;
  /** classification: accuracy, log_loss; regression: rmse, mae, r2 (computed in float64). */
  metrics: { train: Record<string, number>; test?: Record<string, number> };
  model: { path: string; sha256: string; bytes: number };
  /** With `split-by`: the span of the training rows and the rows left out. */
  timeRange?: TimeRange;
}

export interface ResolvedOptions {
  l2: number;
  maxIterations: number;
  testFraction: number;
  tolerance: number;
  maxCategories: number;
}

/** Checks that the inputs naming files and columns are there; errors name the action input. */
export function checkRequired(config: TrainConfig): void {
  if (!config.label) throw new ConfigurationError(`input 'label' is required`);
  if (!config.model) throw new ConfigurationError(`input 'model' is required`);
  if (!config.data?.length) throw new ConfigurationError(`input 'data' is required`);
}

/** Checks the algorithm, seed and numeric options and fills defaults; errors name the action input. */
export function resolveOptions(config: Pick<TrainConfig, 'algorithm' | 'seed' | 'l2' | 'maxIterations' | 'testFraction' | 'tolerance' | 'maxCategories'>): ResolvedOptions {
  if (!ALGORITHMS.includes(config.algorithm)) throw new ConfigurationError(`input 'algorithm': '${config.algorithm}' is not one of ${ALGORITHMS.join(', ')}`);
  if (!Number.isSafeInteger(config.seed) || config.seed < 0) throw new ConfigurationError(`input 'seed': must be an integer >= 0, got ${config.seed}`);
  const num = (name: string, v: number | undefined, dflt: number, ok: (x: number) => boolean, rule: string): number => {
    if (v === undefined) return dflt;
    if (typeof v !== 'number' || !Number.isFinite(v) || !ok(v)) throw new ConfigurationError(`input '${name}': must be ${rule}, got ${v}`);
    return v;
  };
  return {
    l2: num('l2', config.l2, 1, (x) => x >= 0, 'a number >= 0'),
    maxIterations: num('max-iterations', config.maxIterations, 1000, (x) => Number.isInteger(x) && x >= 1, 'an integer >= 1'),
    testFraction: num('test-fraction', config.testFraction, 0, (x) => x >= 0 && x < 1, 'a number in [0, 1)'),
    tolerance: num('tolerance', config.tolerance, 1e-4, (x) => x > 0, 'a number > 0'),
    maxCategories: num('max-categories', config.maxCategories, 1000, (x) => Number.isInteger(x) && x >= 1, 'an integer >= 1'),
  };
}
