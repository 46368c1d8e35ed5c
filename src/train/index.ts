/**
 * The built-in trainers of the `train` action: logistic regression (binary and multinomial) and
 * linear regression (ridge), trained in TypeScript on the columns of a dataset and exported to ONNX
 * with the preprocessing inside the graph, so the model takes the raw columns (one input per
 * column, as skl2onnx exports a ColumnTransformer pipeline) and evaluate-model runs it unchanged.
 *
 * trainBuiltin(config, log):
 * 1. reads the dataset in one pass (./table.ts): feature columns are numeric when every non-missing
 *    value is a number, else categorical; rows without a label are skipped;
 * 2. holds out round(n * testFraction) rows, drawn with the seeded xoshiro128** generator
 *    (createRng(seed, 0), a partial Fisher-Yates shuffle); train and test rows keep data order;
 * 3. fits the preprocessing on the training rows (./preprocess.ts): numeric columns imputed with
 *    the mean and standardized (population std), categorical columns one-hot over the sorted
 *    categories seen in training; unknown categories and missing categorical values are all zeros;
 * 4. fits the model (./linear.ts): scikit-learn's LogisticRegression objective (L2 penalty
 *    l2 = 1/C on the weights, intercept unpenalized; binary for two classes, multinomial softmax
 *    for more) by L-BFGS (./lbfgs.ts), or Ridge(alpha = l2) in closed form;
 * 5. writes the ONNX model (./graph.ts, ../model/onnx-writer.ts) to a temp name renamed into place.
 *
 * Classes are scikit-learn's classes_: the distinct labels of the training rows sorted, as
 * integers when every label is an integer (classlabels_ints) and as strings otherwise (numeric
 * labels numerically, others by code point).
 *
 * Reproducible: no clock, locale or thread count enters the computation, every sum runs in a fixed
 * order, and the model file holds no timestamp or path; the same data, config and seed give a
 * byte-identical file (the summary reports its sha256).
 *
 * Options beyond the issue's list (see ./config.ts): `tolerance` (L-BFGS gradient tolerance,
 * default 1e-4 as scikit-learn's tol; like scikit-learn's lbfgs it also stops on scipy's relative
 * reduction test, ftol 2.2e-9) and `maxCategories` (default 1000).
 */
import { identifierLike } from '../data/profile.js';
import { PANDAS_NA_VALUES } from '../data/scan.js';
import { createHash } from 'node:crypto';
import { DataError } from '../errors.js';
import { writeFileAtomic } from '../lib/files.js';
import type { Logger } from '../lib/logger.js';
import { createRng } from '../stats/rng.js';
import { checkRequired, resolveOptions, type FeatureSummary, type TrainConfig, type TrainSummary } from './config.js';
import { encodeTrainedModel } from './graph.js';
import { classificationMetrics, fitLogistic, fitRidge, predictProba, predictValue, regressionMetrics, type LogisticFit, type RidgeFit } from './linear.js';
import { buildDesign, compareCodePoints, fitPreprocessor, type Preprocessor } from './preprocess.js';
import { loadTable, type Table } from './table.js';
import { expandDataGlob } from '../data/readers.js';
import { TimeSplitter } from '../data/time-split.js';
import { sha256Files } from '../lib/digest.js';
import type { Params } from './params.js';

export type { Algorithm, FeatureKind, FeatureSummary, TrainConfig, TrainSummary } from './config.js';

/** Row indices of the training and test parts, each ascending. */
export function splitRows(n: number, testFraction: number, seed: number): { train: Int32Array; test: Int32Array } {
  const nTest = Math.round(n * testFraction);
  if (nTest === 0) return { train: Int32Array.from({ length: n }, (_, i) => i), test: new Int32Array(0) };
  const perm = Int32Array.from({ length: n }, (_, i) => i);
  const rng = createRng(seed, 0);
  for (let i = 0; i < nTest; i++) {
    const j = i + rng.uniformInt(n - i);
    const t = perm[i];
    perm[i] = perm[j];
    perm[j] = t;
  }
  const test = perm.slice(0, nTest).sort();
  const train = perm.slice(nTest).sort();
  return { train, test };
}

/** scikit-learn's classes_ for the label keys present: ints, numbers, or strings by code point. */
export function sortClasses(keys: string[]): number[] | string[] {
  if (keys.every((k) => Number.isSafeInteger(Number(k)))) return keys.map(Number).sort((a, b) => a - b);
  if (keys.every((k) => Number.isFinite(Number(k)))) return [...keys].sort((a, b) => Number(a) - Number(b));
  return [...keys].sort(compareCodePoints);
}

export interface FittedModel {
  prep: Preprocessor;
  fit: LogisticFit | RidgeFit;
  classLabels?: number[] | string[];
  train: Int32Array;
  test: Int32Array;
  metrics: TrainSummary['metrics'];
}

export type FitConfig = Pick<TrainConfig, 'algorithm' | 'seed' | 'l2' | 'maxIterations' | 'testFraction' | 'tolerance' | 'maxCategories'>;

/** Steps 2-4 on a loaded table: split, preprocessing, fit, metrics (no file written). */
export function fitTable(table: Table, config: FitConfig): FittedModel {
  const opts = resolveOptions(config);
  const { train, test } = splitRows(table.n, opts.testFraction, config.seed);
  if (train.length < 2) throw new DataError(`only ${train.length} training row${train.length === 1 ? '' : 's'}; need at least 2 (lower 'test-fraction'?)`);
  const prep = fitPreprocessor(table, train);
  if (prep.inputs.length === 0) throw new DataError(`no feature column has a value in the training rows`);
  const Xtrain = buildDesign(table, prep, train);
  const Xtest = test.length ? buildDesign(table, prep, test) : undefined;
  if (config.algorithm === 'logistic-regression') {
    const codes = table.labelCodes!;
    const dict = table.labelDictionary!;
    const present = new Uint8Array(dict.length);
    for (const r of train) present[codes[r]] = 1;
    const classLabels = sortClasses(dict.filter((_, i) => present[i]));
    const K = classLabels.length;
    if (K < 2) throw new DataError(`the label '${table.label}' has a single class (${String(classLabels[0])}) in the ${train.length} training rows; a classifier needs two or more`);
    const index = new Map<string, number>(classLabels.map((c, i) => [String(c), i]));
    const codeToClass = Int32Array.from(dict, (k) => index.get(k) ?? -1);
    const yOf = (rows: Int32Array) => Int32Array.from(rows, (r) => codeToClass[codes[r]]);
    const ytrain = yOf(train);
    const fit = fitLogistic(Xtrain, ytrain, K, { l2: opts.l2, maxIterations: opts.maxIterations, tolerance: opts.tolerance });
    const metrics: TrainSummary['metrics'] = { train: classificationMetrics(predictProba(fit, Xtrain), ytrain, K) };
    if (Xtest) metrics.test = classificationMetrics(predictProba(fit, Xtest), yOf(test), K);
    return { prep, fit, classLabels, train, test, metrics };
  }
  const y = table.target!;
  const yOf = (rows: Int32Array) => Float64Array.from(rows, (r) => y[r]);
  const ytrain = yOf(train);
  const fit = fitRidge(Xtrain, ytrain, opts.l2);
  const metrics: TrainSummary['metrics'] = { train: regressionMetrics(predictValue(fit, Xtrain), ytrain) };
  if (Xtest) metrics.test = regressionMetrics(predictValue(fit, Xtest), yOf(test));
  return { prep, fit, train, test, metrics };
}

function fmt(metrics: Record<string, number>): string {
  return Object.entries(metrics)
    .map(([k, v]) => `${k} ${Number(v.toPrecision(6))}`)
    .join(', ');
}

/** Reads the data, fits, writes the .onnx model atomically and returns the summary. */
export async function trainBuiltin(config: TrainConfig, log: Logger): Promise<TrainSummary> {
  checkRequired(config);
  const opts = resolveOptions(config);
  log.debug(`train config: ${JSON.stringify(config)}`);
  const classification = config.algorithm === 'logistic-regression';
  const split = config.split ? new TimeSplitter(config.split, 'before') : undefined;
  const table = await log.group(`Reading ${config.data.join(', ')}`, () =>
    loadTable({ data: config.data, format: config.format, naValues: config.naValues ?? PANDAS_NA_VALUES, label: config.label, features: config.features, ignore: config.ignore, labelKind: classification ? 'class' : 'number', maxCategories: opts.maxCategories, split }),
  );
  // A label with more than half its values distinct (an id, a name, free text) leaves most classes
  // one row: the model trains, and its accuracy is near zero without a word why.
  const classes = table.labelDictionary?.length ?? 0;
  if (classification && identifierLike(table.n, classes)) {
    log.warning(`the label '${config.label}' has ${classes} distinct values in ${table.n} rows, like an identifier: most classes have a single row to learn from; is '${config.label}' the column you meant, or a number to predict (algorithm linear-regression)?`);
  }
  const timeRange = split?.range();
  if (timeRange) log.info(`split by ${timeRange.column}: training on the rows before ${timeRange.splitAt} (${timeRange.min} to ${timeRange.max}); left out ${timeRange.otherSide} rows at or after it${timeRange.noTime ? ` and ${timeRange.noTime} without a time` : ''}`);
  if (table.leftOut.length) log.info(`left out of the features (no 'features' given): ${table.leftOut.map((l) => `${l.name}: ${l.reason === 'time' ? 'a time column' : 'an identifier'}, ${l.detail}`).join('; ')}; name the columns in 'features' to use them`);
  log.info(`${table.n} rows with a label${table.skippedNoLabel ? ` (${table.skippedNoLabel} without one skipped)` : ''}; features: ${table.columns.map((c) => `${c.name} (${c.kind})`).join(', ')}`);
  const fitted = await log.group(`Training ${config.algorithm}`, async () => fitTable(table, config));
  const { prep, fit } = fitted;
  for (const d of prep.dropped) log.warning(`column '${d.name}' is not used: ${d.reason}`);
  if (fit.kind === 'logistic') {
    const why = { gtol: 'converged: gradient within tolerance', ftol: 'converged: relative reduction below ftol', 'max-iterations': 'stopped at max-iterations', 'line-search': 'stopped: no further decrease along the search direction' }[fit.stop];
    log.info(`L-BFGS: ${fit.iterations} iterations, ${fit.evaluations} evaluations, max |gradient| ${fit.gradMax.toExponential(2)} (${why})`);
    if (!fit.converged) log.warning(`logistic regression did not converge in ${fit.iterations} iterations (max |gradient| ${fit.gradMax.toExponential(2)} > tolerance ${opts.tolerance}); raise 'max-iterations' or 'l2'${fit.stop === 'line-search' ? ', or standardize badly scaled columns' : ''}`);
  }
  log.info(`train: ${fmt(fitted.metrics.train)}${fitted.metrics.test ? `; test (${fitted.test.length} rows): ${fmt(fitted.metrics.test)}` : ''}`);

  const bytes = encodeTrainedModel({ algorithm: config.algorithm, prep, fit, classLabels: fitted.classLabels, label: config.label, l2: opts.l2 });
  writeFileAtomic(config.model, bytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  log.info(`wrote ${config.model} (${bytes.length} bytes, sha256 ${sha256})`);

  const features: FeatureSummary[] = [
    ...prep.numeric.map((f) => ({ name: f.name, kind: 'numeric' as const, missing: f.missing })),
    ...prep.categorical.map((f) => ({ name: f.name, kind: 'categorical' as const, missing: f.missing, categories: f.categories.length })),
  ];
  const order = new Map(prep.inputs.map((i, k) => [i.name, k]));
  features.sort((a, b) => order.get(a.name)! - order.get(b.name)!);
  const K = fit.kind === 'logistic' ? fit.classes : 0;
  return {
    algorithm: config.algorithm,
    task: fit.kind === 'ridge' ? 'regression' : K === 2 ? 'binary' : 'multiclass',
    classes: fitted.classLabels ?? [],
    features,
    dropped: prep.dropped,
    rows: { train: fitted.train.length, test: fitted.test.length, skippedNoLabel: table.skippedNoLabel },
    iterations: fit.kind === 'logistic' ? fit.iterations : 1,
    converged: fit.kind === 'logistic' ? fit.converged : true,
    metrics: fitted.metrics,
    model: { path: config.model, sha256, bytes: bytes.length },
    ...(timeRange ? { timeRange } : {}),
  };
}

/**
 * The built-in trainer's settings as params for train-manifest.json (under `builtin`), so the PR
 * comment's params diff shows what changed between two trainings: the algorithm, label, the
 * feature columns used, ignore, the penalty as scikit-learn names it (logistic-regression: C =
 * 1 / l2, null for no penalty; linear-regression: alpha = l2), the other options, the seed, the
 * rows trained and tested, and the SHA-256 of the data (the files' bytes in order, the digest
 * evaluate-model writes as data.sha256).
 */
export async function builtinParams(config: TrainConfig, summary: TrainSummary): Promise<Params> {
  const opts = resolveOptions(config);
  const files: string[] = [];
  for (const p of config.data) files.push(...(await expandDataGlob(p)));
  const penalty: Params = config.algorithm === 'logistic-regression' ? { C: opts.l2 > 0 ? 1 / opts.l2 : null } : { alpha: opts.l2 };
  const iterations: Params = config.algorithm === 'logistic-regression' ? { 'max-iterations': opts.maxIterations, tolerance: opts.tolerance } : {};
  return {
    algorithm: config.algorithm,
    label: config.label,
    features: summary.features.map((f) => f.name),
    ignore: [...(config.ignore ?? [])],
    ...penalty,
    ...iterations,
    'test-fraction': opts.testFraction,
    'max-categories': opts.maxCategories,
    seed: config.seed,
    rows: { train: summary.rows.train, test: summary.rows.test, 'skipped-no-label': summary.rows.skippedNoLabel },
    // The training rows' span, so compare-to-baseline can tell whether evaluation rows are older (leakage).
    ...(summary.timeRange ? { 'split-by': summary.timeRange.column, 'split-at': summary.timeRange.splitAt, 'time-range': { min: summary.timeRange.min, max: summary.timeRange.max } } : {}),
    data: { files: files.length, sha256: await sha256Files(files) },
  };
}
