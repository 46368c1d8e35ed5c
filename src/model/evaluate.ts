/**
 * evaluate-model: streams the data through the model in batches (onnxruntime-node), keeps per-row
 * labels and scores in typed arrays, then computes the metrics with confidence intervals, per-slice
 * metrics, calibration and latency. Writes evaluation.json and a per-row predictions file (for
 * compare-to-baseline's paired tests), each to a temp name renamed into place.
 */
import { PANDAS_NA_VALUES } from '../data/scan.js';
import { readFileSync, appendFileSync, existsSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ConfigurationError, DataError } from '../errors.js';
import { assertWritable, commitTemp, outputError, releaseTemp, tempPathFor, writeJsonAtomic, showColumns } from '../lib/files.js';
import { sha256FilesOffThread } from '../lib/digest.js';
import type { Logger } from '../lib/logger.js';
import { detectFormat, expandDataGlob, readRows, type Cell, type Format } from '../data/readers.js';
import { assertArtifact } from '../schemas/validate.js';
import { computeMetrics, type MetricSet, type Tables } from './metrics.js';
import { F64, I32 } from '../lib/columns.js';
import { decodeFloat64, encodeFloat64 } from '../metrics/buffers.js';
import { labelKey } from '../data/schema.js';
import { TimeSplitter, type TimeRange, type TimeSplitConfig } from '../data/time-split.js';

export { labelKey };
import { LatencyRecorder, type LatencyReport } from './latency.js';
import { Model, feedOf, type Feed, type OutputPlan, type Task } from './model.js';
import { decideTask, type Decision, type ScoreType } from './decide.js';
import { concatRows, predictionsHeader, RowDecoder, sigmoid, timedRun, type Rows } from './evaluate-rows.js';
import { defaultWorkers, evaluateChunked, notSplittable, startWorkers, type ColumnPlan, type StartedWorkers } from './parallel/pass.js';
import type { Progress } from '../lib/progress.js';
import { loadOnnxRuntime, type OrtCacheHooks } from './ort.js';
import { modelImportance } from '../explain/onnx.js';
import { Reservoir } from '../explain/sample.js';
import { checkMetric, defaultMetric, STREAM_IMPORTANCE, type Importance, type ImportanceMetric } from '../explain/importance.js';
import { createRng } from '../stats/rng.js';
import { audit, featureValue, parseSensitive, sensitiveColumns, type Fairness } from '../fairness/audit.js';

/** The columns whose per-row values evaluate-model keeps: slice-by, then sensitive columns not among them. */
export function groupColumns(config: Pick<EvaluateConfig, 'sliceBy' | 'sensitive'>): string[] {
  return [...config.sliceBy, ...sensitiveColumns(config.sensitive ?? []).filter((c) => !config.sliceBy.includes(c))];
}

export type { ScoreType };
export type { Rows };
export { concatRows };

export interface EvaluateConfig {
  model?: string;
  data: string[];
  merge: string[];
  format?: Format;
  label?: string;
  task?: Task;
  features?: string[];
  ignore: string[];
  /** CSV/TSV cells that mean a missing value (see parseNaValues); default pandas' list. */
  naValues?: readonly string[];
  positiveLabel?: string;
  threshold: number;
  scoreType: ScoreType;
  sliceBy: string[];
  /** Sensitive features for the fairness audit: columns, or `a*b` for the intersection of two. */
  sensitive?: string[];
  minSliceRows: number;
  confidence: number;
  bootstrap: number;
  seed: number;
  batchSize: number;
  /** Permutation feature importance on a sample of `maxRows` rows (see explain/importance.ts). */
  importance?: {
    repeats: number;
    maxRows: number;
    metric?: ImportanceMetric;
    /** The shuffle of repeat r, instead of the seeded ones (tests compare with scikit-learn's). */
    permutation?: (repeat: number) => Uint32Array;
  };
  shard?: { index: number; count: number };
  out: string;
  predictions?: string;
  /** `split-by` / `split-at`: evaluate only the rows at or after the cut-off in this time column. */
  split?: TimeSplitConfig;
  /** Worker threads for one CSV/TSV file (see model/parallel/pass.ts). Default: os.availableParallelism(). */
  workers?: number;
  /** Chunk size of the parallel pass in bytes (tests use small ones); default 8 MiB. */
  chunkBytes?: number;
}

export interface SliceResult {
  column: string;
  value: string;
  rows: number;
  metrics?: MetricSet;
  skipped?: string;
}

export interface Evaluation {
  kind: 'evaluation';
  schemaVersion: 1;
  task: Task;
  rows: number;
  model: { path: string; sha256: string; bytes: number };
  data: { sources: string[]; sha256: string; shard: string | null };
  label: string;
  classes: string[];
  positiveLabel: string | null;
  threshold: number | null;
  confidence: number;
  bootstrap: { resamples: number; seed: number };
  metrics: MetricSet;
  tables: Tables;
  slices: SliceResult[];
  /** With `sensitive`: group rates and fairness measures (binary tasks). */
  fairness?: Fairness;
  /** With `importance`: permutation feature importance, features sorted by mean decrease. */
  importance?: Importance;
  latency: LatencyReport;
  predictions: string | null;
  notes: string[];
  /** With `split-by`: the span of the rows evaluated (compare-to-baseline checks it against training's: leakage). */
  timeRange?: TimeRange;
  /** The columns fed to the model and how (absent in evaluations written before it was recorded). */
  feed?: Feed;
  /** Shard runs only: the per-row arrays that `merge` concatenates (base64 typed arrays). */
  state?: EvaluationState;
}

export interface EvaluationState {
  index: string;
  y: string;
  score: string;
  proba: string;
  slice: string[];
  sliceValues: string[][];
  /** The column of each slice array (absent in states written before the fairness audit: slice-by only). */
  columns?: string[];
  latency: [number, number][];
}

/** Shard state columns as base64 float64 (slice ids too: exact as doubles). */
function column(values: ArrayLike<number>): string {
  return encodeFloat64(Float64Array.from(values));
}
function f64Of(s: string, what: string): F64 {
  const c = new F64(1);
  c.buf = decodeFloat64(s, what);
  c.n = c.buf.length;
  return c;
}
function i32Of(s: string, what: string): I32 {
  const c = new I32(1);
  c.buf = Int32Array.from(decodeFloat64(s, what));
  c.n = c.buf.length;
  return c;
}

interface RunState {
  rows: Rows;
  latency: LatencyRecorder;
  notes: string[];
  model: Model;
  sources: string[];
  label: string;
  positiveLabel: string | null;
  timeRange?: TimeRange;
  importance?: Importance;
  feed: Feed;
}

/** What both passes share: the model, its outputs' plan, the sources and the run's notes. */
interface RunContext {
  config: EvaluateConfig & { label: string; model: string };
  log: Logger;
  model: Model;
  outPlan: OutputPlan;
  fetch: string[];
  sources: string[];
  grouped: string[];
  sensitiveCols: string[];
  notes: string[];
  /** What the model is fed (evaluation.json's `feed`), set from the first header. */
  feed?: Feed;
}

/** One pass's per-row results. */
interface PassResult {
  rows: Rows;
  latency: LatencyRecorder;
  unlabeled: number;
  decision?: Decision;
  timeRange?: TimeRange;
  importance?: Importance;
}

/** `readingAlone`: called when the pass will read the data on this thread only (no workers started early). */
async function runModel(config: EvaluateConfig, log: Logger, hooks: OrtCacheHooks, predictionsTmp: string, readingAlone: () => Promise<void>): Promise<RunState> {
  if (!config.model) throw new ConfigurationError(`input 'model' is required (or 'merge' to merge shard evaluations)`);
  if (!config.label) throw new ConfigurationError(`input 'label' is required`);
  const label = config.label;
  // The chunked pass's workers load onnxruntime and the model while this thread does the same.
  const started = await startEarly(config);
  if (!started) await readingAlone().catch(() => undefined);
  try {
    return await loadAndRun({ ...config, model: config.model }, label, log, hooks, predictionsTmp, started);
  } finally {
    await started?.stop();
  }
}

/**
 * The chunked pass's worker threads, started before anything else when the input will be split
 * (one CSV/TSV file, more than one worker, none of the inputs that need one pass); undefined
 * otherwise, or on any error (the pass then meets it and reports it as it always does).
 */
async function startEarly(config: EvaluateConfig): Promise<StartedWorkers | undefined> {
  try {
    const workers = Math.max(1, Math.floor(config.workers ?? defaultWorkers()));
    if (workers < 2 || !config.model || !existsSync(config.model)) return undefined;
    const sources = await expandSources(config.data);
    if (sources.length !== 1) return undefined;
    const file = sources[0]!;
    const format = detectFormat(file, config.format);
    if (notSplittable({ data: sources, format, shard: config.shard, split: config.split, importance: config.importance }, file.toLowerCase().endsWith('.gz')) !== null) return undefined;
    return startWorkers(file, config.model, workers, config.chunkBytes);
  } catch {
    return undefined;
  }
}

async function loadAndRun(config: EvaluateConfig & { model: string }, label: string, log: Logger, hooks: OrtCacheHooks, predictionsTmp: string, started: StartedWorkers | undefined): Promise<RunState> {
  const ort = await log.group('Loading onnxruntime', () => loadOnnxRuntime(log, hooks));
  const model = await Model.load(ort, config.model);
  const outPlan: OutputPlan = model.outputPlan();
  log.info(`model ${config.model}: inputs ${model.inputs.map((i) => i.name).join(', ')}; outputs ${model.outputs.map((o) => o.name).join(', ')}`);
  const sources: string[] = [];
  for (const p of config.data) sources.push(...(await expandDataGlob(p)));
  if (sources.length === 0) throw new ConfigurationError(`input 'data' is required`);
  const ctx: RunContext = {
    config: { ...config, label, model: config.model },
    log,
    model,
    outPlan,
    fetch: [outPlan.probabilities, outPlan.label, outPlan.value].filter((x): x is string => !!x),
    sources,
    grouped: groupColumns(config),
    sensitiveCols: sensitiveColumns(config.sensitive ?? []),
    notes: [],
  };

  // Rows, MB/s and the time left of a long pass: on a terminal in place, in CI a line every 5 s.
  const bar = log.progress?.(`Evaluating ${sources.length === 1 ? sources[0] : `${sources.length} files`}`);
  const run = await log.group(`Evaluating ${sources.join(', ')}`, () => runPass(ctx, predictionsTmp, bar, started)).finally(() => bar?.end());
  const { rows, notes } = { rows: run.rows, notes: ctx.notes };
  if (run.unlabeled) notes.push(`${run.unlabeled} rows without a label were skipped`);
  if (rows.y.n === 0) throw new DataError(`${sources.join(', ')}: no labelled rows to evaluate`, sources[0]);
  const timeRange = run.timeRange;
  if (timeRange) notes.push(`split by ${timeRange.column}: evaluated the rows at or after ${timeRange.splitAt} (${timeRange.min ?? 'none'} to ${timeRange.max ?? 'none'}); left out ${timeRange.otherSide} rows before it${timeRange.noTime ? ` and ${timeRange.noTime} without a time` : ''}`);
  return { rows, latency: run.latency, notes, model, sources, label, positiveLabel: run.decision?.positive ?? null, importance: run.importance, feed: ctx.feed!, ...(timeRange ? { timeRange } : {}) };
}

/**
 * The chunked pass over one CSV/TSV file (on `workers` threads) when the input can be split, else
 * the sequential pass (with one line saying why, when more than one worker was asked for).
 */
async function runPass(ctx: RunContext, tmp: string, bar: Progress | undefined, started: StartedWorkers | undefined): Promise<PassResult> {
  const { config, log, sources } = ctx;
  const workers = Math.max(1, Math.floor(config.workers ?? defaultWorkers()));
  const format = detectFormat(sources[0]!, config.format);
  const why = notSplittable({ data: sources, format, shard: config.shard, split: config.split, importance: config.importance }, sources[0]!.toLowerCase().endsWith('.gz'));
  if (why === null) {
    const chunked = await evaluateChunked(
      {
        file: sources[0]!,
        format,
        naValues: config.naValues ?? PANDAS_NA_VALUES,
        batchSize: config.batchSize,
        threshold: config.threshold,
        task: config.task,
        positiveLabel: config.positiveLabel,
        scoreType: config.scoreType,
        modelPath: config.model,
        model: ctx.model,
        outPlan: ctx.outPlan,
        fetch: ctx.fetch,
        grouped: ctx.grouped,
        sliceBy: config.sliceBy,
        plan: (columns, file) => planColumns(ctx, columns, file),
        workers,
        chunkBytes: config.chunkBytes,
        progress: bar,
      },
      tmp,
      log,
      started,
    );
    if (chunked) {
      ctx.notes.push(...chunked.notes);
      return chunked;
    }
    writeFileSync(tmp, '');
  } else if (workers > 1) log.info(`evaluate-model reads on one thread: ${why}`);
  return sequentialPass(ctx, tmp, bar);
}

/** The columns' roles from the header, checked; the feed plan logged once. */
function planColumns(ctx: RunContext, columns: string[], file: string): ColumnPlan {
  const { config, model, log, notes, sensitiveCols, grouped } = ctx;
  const label = config.label;
  const colIndex = new Map(columns.map((c, i) => [c, i]));
  const labelIdx = columns.indexOf(label);
  if (labelIdx < 0) throw new ConfigurationError(`input 'label': no column '${label}' in ${file} (columns: ${showColumns(columns)})`);
  for (const s of config.sliceBy) if (!colIndex.has(s)) throw new ConfigurationError(`input 'slice-by': no column '${s}' in ${file} (columns: ${showColumns(columns)})`);
  for (const s of config.ignore) if (!colIndex.has(s)) throw new ConfigurationError(`input 'ignore': no column '${s}' in ${file}`);
  for (const s of sensitiveCols) if (!colIndex.has(s)) throw new ConfigurationError(`input 'sensitive': no column '${s}' in ${file} (columns: ${showColumns(columns)})`);
  // Sensitive columns are read from the data for the audit and never fed to the model.
  const exclude = new Set([label, ...config.ignore, ...config.sliceBy, ...sensitiveCols, ...(config.split ? [config.split.column] : [])]);
  const feedPlan = model.feedPlan(columns, config.features, exclude);
  if (feedPlan.features.includes(label)) throw new ConfigurationError(`the label column '${label}' would be fed to the model; remove it from 'features'`);
  const fed = sensitiveCols.filter((c) => feedPlan.features.includes(c));
  if (fed.length && feedPlan.mode === 'tensor') throw new ConfigurationError(`input 'features' lists the sensitive column${fed.length > 1 ? 's' : ''} ${fed.map((c) => `'${c}'`).join(', ')}; a sensitive column is audited, never fed to the model`);
  if (fed.length) notes.push(`the model takes the sensitive column${fed.length > 1 ? 's' : ''} ${fed.join(', ')} as input${fed.length > 1 ? 's' : ''} by name: the audit reads ${fed.length > 1 ? 'them' : 'it'} from the data as the model does`);
  log.info(`feeding ${feedPlan.mode === 'tensor' ? `${feedPlan.features.length} columns as ${feedPlan.input!.name} [N, ${feedPlan.features.length}]` : `columns ${feedPlan.features.join(', ')} by name`}`);
  ctx.feed ??= feedOf(feedPlan);
  return { colIndex, labelIdx, groupIdx: grouped.map((s) => colIndex.get(s)!), feedPlan };
}

/** Every row through readRows, batch after batch, on this thread. */
async function sequentialPass(ctx: RunContext, predictionsTmp: string, bar: Progress | undefined): Promise<PassResult> {
  const { config, log, model, outPlan, fetch, sources, grouped, notes } = ctx;
  const latency = new LatencyRecorder();
  let plan: ColumnPlan;
  let decoder: RowDecoder | undefined;
  let decision: Decision | undefined;
  let batch: Cell[][] = [];
  let batchLines: number[] = [];
  let batchFile = '';
  let delivered = 0;
  let file = sources[0]!;
  // Importance: a uniform sample of labelled rows, kept as cells.
  const sample = config.importance ? new Reservoir<Cell[]>(config.importance.maxRows, createRng(config.seed, STREAM_IMPORTANCE)) : undefined;
  const split = config.split ? new TimeSplitter(config.split, 'from') : undefined;

  const flush = async (cells: Cell[][], lines: number[], fileName: string, firstIndex: number): Promise<void> => {
    if (cells.length === 0) return;
    const { feedPlan, colIndex, labelIdx, groupIdx } = plan;
    const feeds = model.feeds(feedPlan, cells, colIndex, (r) => ({ file: fileName, line: lines[r] }));
    const out = await timedRun(model, feeds, fetch, latency, cells.length);
    const labels = cells.map((c) => labelKey(c[labelIdx]));
    if (!decoder) {
      decision = decideTask({ task: config.task, positiveLabel: config.positiveLabel, scoreType: config.scoreType, modelPath: config.model, outputs: model.outputs.map((o) => o.name), outPlan, out, labels, fileName }, notes, log);
      decoder = new RowDecoder({ modelPath: config.model, outPlan, threshold: config.threshold, groups: grouped.length, stride: config.shard?.count ?? 1, offset: config.shard?.index ?? 0 }, decision, true);
      appendFileSync(predictionsTmp, predictionsHeader(decision, grouped, config.sliceBy));
    }
    const fed = feedPlan.features.map((c) => [c, colIndex.get(c)!] as const);
    decoder.decode(
      out,
      {
        n: cells.length,
        labels,
        lines,
        file: fileName,
        missingFed: (r) => fed.find(([, i]) => cells[r]![i] === null)?.[0],
        group: (r, s) => {
          const v = cells[r]![groupIdx[s]!]!;
          return v === null ? '(missing)' : String(v);
        },
      },
      firstIndex,
      sample && ((r, y) => sample.offer(cells[r]!, y)),
    );
    appendFileSync(predictionsTmp, decoder.text.take());
  };

  // Full batches queue up while a chunk of input is parsed and run between chunks (drain), when
  // the main thread is idle: then a batch's measured time is onnxruntime's, not parsing's.
  const queue: [Cell[][], number[], string, number][] = [];
  const start = () => {
    if (batch.length === 0) return;
    queue.push([batch, batchLines, batchFile, delivered - batch.length]);
    batch = [];
    batchLines = [];
  };
  const runQueued = async () => {
    while (queue.length) await flush(...queue.shift()!);
  };

  const totalBytes = bar ? sources.reduce((n, f) => n + statSync(f).size, 0) : 0;
  let width = 0;
  await readRows(
    sources,
    {
      beginFile(path) {
        if (batch.length) start();
        file = path;
      },
      header(columns, timeKinds) {
        split?.header(columns, file, timeKinds);
        plan = planColumns(ctx, columns, file);
        width = columns.length;
      },
      row(cells, line) {
        if (cells.length !== width) throw new DataError(`${file}:${line}: has ${cells.length} fields, the header has ${width}`, file, line);
        if (split && !split.keep(cells)) return;
        if (batch.length === 0) batchFile = file;
        batch.push(cells);
        batchLines.push(line);
        delivered++;
        if (batch.length >= config.batchSize) start();
      },
      bad(line, message) {
        throw new DataError(`${file}:${line}: ${message}`, file, line);
      },
      drain() {
        return queue.length ? runQueued() : undefined;
      },
    },
    { format: config.format, shard: config.shard, naValues: config.naValues ?? PANDAS_NA_VALUES, onBytes: bar && ((b) => bar.update(b, totalBytes, delivered)) },
  );
  start();
  await runQueued();
  const rows: Rows = decoder?.rows ?? { task: 'binary', classes: [], index: new F64(), y: new F64(), score: new F64(), proba: new F64(), slice: [], sliceValues: [] };
  let importance: Importance | undefined;
  if (config.importance && decision) importance = await permutationImportance(ctx, plan!, decision, sample!);
  const timeRange = split?.range();
  return { rows, latency, unlabeled: decoder?.unlabeled ?? 0, decision, importance, ...(timeRange ? { timeRange } : {}) };
}

/** Permutation importance on the sample the sequential pass kept (explain/onnx.ts). */
async function permutationImportance(ctx: RunContext, plan: ColumnPlan, decision: Decision, sample: Reservoir<Cell[]>): Promise<Importance> {
  const { config, log, model, outPlan, fetch } = ctx;
  const { task, classes, positive, transform } = decision;
  const importanceConfig = config.importance!;
  const metric = importanceConfig.metric ?? defaultMetric(task);
  checkMetric(metric, task);
  // The model's outputs as evaluate reads them above: the positive-class probability, K
  // probabilities, or the regression value.
  const posIdx = positive !== null ? classes.map((c) => labelKey(c)).indexOf(positive) : 1;
  const decode = (out: Record<string, { dims: readonly number[]; data: unknown }>, n: number): ArrayLike<number> => {
    if (task === 'regression') return out[outPlan.value!].data as Float32Array;
    if (task === 'multiclass') return out[outPlan.probabilities!].data as Float32Array;
    const p = new Float64Array(n);
    if (outPlan.probabilities) {
      const probs = out[outPlan.probabilities].data as Float32Array;
      const k = out[outPlan.probabilities].dims[1];
      for (let i = 0; i < n; i++) p[i] = probs[i * k + posIdx];
    } else {
      const v = out[outPlan.value!].data as Float32Array;
      for (let i = 0; i < n; i++) p[i] = transform === 'logit' ? sigmoid(v[i]) : v[i];
    }
    return p;
  };
  const { repeats } = importanceConfig;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const importance = await log.group(`Permutation importance: ${plan.feedPlan.features.length} features x ${repeats} repeats on ${sample.items.length} rows`, () =>
    modelImportance({ model, plan: plan.feedPlan, colIndex: plan.colIndex, cells: sample.items, y: Float64Array.from(sample.labels), task, classes: classes.length, threshold: config.threshold, metric, repeats, seed: config.seed, confidence: config.confidence, batchRows: Math.max(config.batchSize, 65536), fetch, decode, permutation: importanceConfig.permutation }),
  );
  log.info(`permutation importance: ${importance.features.length} features x ${repeats} repeats on ${importance.rows} rows in ${((performance.now() - t0) / 1000).toFixed(2)} s (cpu ${((process.cpuUsage(cpu0).user + process.cpuUsage(cpu0).system) / 1e6).toFixed(2)} s)`);
  return importance;
}

/** Metrics of every slice value with enough rows; rarer values pooled into "(other)". */
function sliceMetrics(config: EvaluateConfig, rows: Rows, opts: Parameters<typeof computeMetrics>[2]): SliceResult[] {
  const out: SliceResult[] = [];
  config.sliceBy.forEach((column, s) => {
    const ids = rows.slice[s].values;
    const values = rows.sliceValues[s];
    const counts = new Int32Array(values.length);
    for (let i = 0; i < ids.length; i++) counts[ids[i]]++;
    const rare = new Set<number>();
    values.forEach((_, id) => {
      if (counts[id] < config.minSliceRows) rare.add(id);
    });
    const groups: [string, (id: number) => boolean, number][] = values
      .map((v, id) => [v, (x: number) => x === id, counts[id]] as [string, (id: number) => boolean, number])
      .filter((_, id) => !rare.has(id));
    if (rare.size) {
      const n = [...rare].reduce((a, id) => a + counts[id], 0);
      groups.push(['(other)', (x: number) => rare.has(x), n]);
    }
    groups.sort((a, b) => b[2] - a[2]);
    for (const [value, member, n] of groups) {
      if (n < config.minSliceRows) {
        out.push({ column, value, rows: n, skipped: `${n} rows, under min-slice-rows (${config.minSliceRows})${value === '(other)' ? `: ${[...rare].map((id) => values[id]).slice(0, 10).join(', ')}` : ''}` });
        continue;
      }
      const pick: number[] = [];
      for (let i = 0; i < ids.length; i++) if (member(ids[i])) pick.push(i);
      out.push({ column, value, rows: n, metrics: computeMetrics(rows.task, subset(rows, pick), opts).metrics });
    }
  });
  return out;
}

export function subset(rows: Rows, pick: number[]): Rows {
  const k = rows.task === 'multiclass' ? rows.classes.length : 0;
  const sub: Rows = { ...rows, index: new F64(pick.length), y: new F64(pick.length), score: new F64(pick.length), proba: new F64(pick.length * Math.max(k, 1)), slice: [], sliceValues: [] };
  for (const i of pick) {
    sub.index.push(rows.index.buf[i]);
    sub.y.push(rows.y.buf[i]);
    if (rows.task !== 'multiclass') sub.score.push(rows.score.buf[i]);
    else for (let j = 0; j < k; j++) sub.proba.push(rows.proba.buf[i * k + j]);
  }
  return sub;
}

/**
 * The fairness audit of a binary evaluation over `sensitive` (see fairness/audit.ts); `columns`
 * names the rows' group arrays.
 */
function fairnessOf(sensitive: string[], columns: string[], rows: Rows, config: Pick<EvaluateConfig, 'threshold' | 'minSliceRows' | 'confidence' | 'bootstrap' | 'seed'>): Fairness | undefined {
  if (!sensitive.length) return undefined;
  if (rows.task !== 'binary') throw new ConfigurationError(`input 'sensitive': the fairness audit needs a binary task (selection and error rates of a yes/no decision); this evaluation is ${rows.task}`);
  const features = parseSensitive(sensitive).map((f) => {
    const at = f.columns.map((c) => {
      const k = columns.indexOf(c);
      if (k < 0) throw new ConfigurationError(`input 'sensitive': the evaluation holds no column '${c}' (it holds ${columns.join(', ') || 'none'})`);
      return k;
    });
    const values = new Array<string>(rows.y.n);
    for (let i = 0; i < rows.y.n; i++) values[i] = featureValue(at.map((k) => rows.sliceValues[k]![rows.slice[k]!.buf[i]!]!));
    return { name: f.name, columns: f.columns, values };
  });
  return audit({ y: rows.y.values, score: rows.score.values, threshold: config.threshold, features, minGroupRows: config.minSliceRows, confidence: config.confidence, resamples: config.bootstrap, seed: config.seed });
}

function stateOf(rows: Rows, latency: [number, number][], columns: string[]): EvaluationState {
  return {
    index: column(rows.index.values),
    y: column(rows.y.values),
    score: column(rows.score.values),
    proba: column(rows.proba.values),
    slice: rows.slice.map((s) => column(s.values)),
    sliceValues: rows.sliceValues,
    columns,
    latency,
  };
}

function rowsFromState(task: Task, classes: string[], s: EvaluationState): Rows {
  return {
    task,
    classes,
    index: f64Of(s.index, 'state.index'),
    y: f64Of(s.y, 'state.y'),
    score: f64Of(s.score, 'state.score'),
    proba: f64Of(s.proba, 'state.proba'),
    slice: s.slice.map((x, i) => i32Of(x, `state.slice[${i}]`)),
    sliceValues: s.sliceValues,
  };
}

export function predictionsPath(config: EvaluateConfig): string {
  return config.predictions ?? join(dirname(config.out), 'predictions.csv');
}

export async function evaluate(config: EvaluateConfig, log: Logger, hooks: OrtCacheHooks = {}): Promise<Evaluation> {
  const predictions = predictionsPath(config);
  // Both outputs are checked before the work, and the rows go to a modelgate temp file beside
  // the predictions file (removed on failure, exit or a signal; see lib/files.ts).
  assertWritable(config.out, 'out');
  const tmp = tempPathFor(predictions);
  let ev: Evaluation;
  try {
    ev = config.merge.length ? await mergeEvaluations(config, log, tmp) : await evaluateRun(config, log, hooks, tmp);
    assertArtifact('evaluation', ev, config.out, 'write');
    if (!existsSync(tmp)) writeFileSync(tmp, '');
  } catch (e) {
    releaseTemp(tmp);
    throw (e as NodeJS.ErrnoException)?.path === tmp ? outputError(e, predictions) : e;
  }
  commitTemp(tmp, predictions);
  writeJsonAtomic(config.out, ev);
  return ev;
}

async function evaluateRun(config: EvaluateConfig, log: Logger, hooks: OrtCacheHooks, tmp: string): Promise<Evaluation> {
  // The data's digest, on a thread of its own: from the start when this thread reads the data
  // alone, after the pass when worker threads read it (then it runs beside the metrics).
  let hash: ReturnType<typeof sha256FilesOffThread> | undefined;
  const files = expandSources(config.data);
  files.catch(() => undefined);
  const startHash = async () => void (hash ??= sha256FilesOffThread(await files));
  try {
    const run = await runModel(config, log, hooks, tmp, startHash);
    await startHash();
    return await evaluationOf(config, log, run, hash!.digest);
  } catch (e) {
    hash?.stop();
    throw e;
  }
}

async function evaluationOf(config: EvaluateConfig, log: Logger, run: RunState, dataSha: Promise<string>): Promise<Evaluation> {
  const { rows, latency, notes, model } = run;
  const opts = { threshold: config.threshold, confidence: config.confidence, resamples: config.bootstrap, seed: config.seed };
  const { metrics, tables } = await log.group('Computing metrics', async () => computeMetrics(rows.task, rows, opts));
  const slices = sliceMetrics(config, rows, opts);
  const fairness = config.sensitive?.length ? await log.group('Fairness audit', async () => fairnessOf(config.sensitive!, groupColumns(config), rows, config)) : undefined;
  const lat = latency.report(config.batchSize, model.bytes);
  return {
    kind: 'evaluation',
    schemaVersion: 1,
    task: rows.task,
    rows: rows.y.n,
    model: { path: config.model!, sha256: model.sha256, bytes: model.bytes },
    data: { sources: run.sources, sha256: await dataSha, shard: config.shard ? `${config.shard.index}/${config.shard.count}` : null },
    label: run.label,
    classes: rows.classes,
    positiveLabel: run.positiveLabel,
    threshold: rows.task === 'binary' ? config.threshold : null,
    confidence: config.confidence,
    bootstrap: { resamples: config.bootstrap, seed: config.seed },
    metrics,
    tables,
    slices,
    ...(fairness ? { fairness } : {}),
    ...(run.importance ? { importance: run.importance } : {}),
    latency: lat,
    predictions: predictionsPath(config),
    notes,
    ...(run.timeRange ? { timeRange: run.timeRange } : {}),
    feed: run.feed,
    ...(config.shard ? { state: stateOf(rows, latency.raw(), groupColumns(config)) } : {}),
  };
}

async function expandSources(patterns: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of patterns) out.push(...(await expandDataGlob(p)));
  return out;
}

async function mergeEvaluations(config: EvaluateConfig, log: Logger, tmp: string): Promise<Evaluation> {
  const files = await expandSources(config.merge);
  const parts = files.map((f) => {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(f, 'utf8'));
    } catch (e) {
      throw new DataError(`${f}: not readable JSON (${(e as Error).message.split('\n')[0]})`, f);
    }
    assertArtifact('evaluation', json, f);
    const ev = json as Evaluation;
    if (!ev.state) throw new DataError(`${f}: has no shard state; run evaluate-model with 'shard' to make mergeable evaluations`, f);
    return ev;
  });
  const first = parts[0];
  for (const [i, p] of parts.entries()) {
    for (const key of ['task', 'label', 'positiveLabel', 'threshold'] as const) {
      if (JSON.stringify(p[key]) !== JSON.stringify(first[key])) throw new DataError(`${files[i]}: its ${key} (${p[key]}) differs from ${files[0]}'s (${first[key]})`, files[i]);
    }
    if (p.model.sha256 !== first.model.sha256) throw new DataError(`${files[i]}: evaluates a different model (sha256 ${p.model.sha256.slice(0, 12)} vs ${first.model.sha256.slice(0, 12)})`, files[i]);
    if (JSON.stringify(p.classes) !== JSON.stringify(first.classes)) throw new DataError(`${files[i]}: its classes differ from ${files[0]}'s`, files[i]);
  }
  const rows = concatRows(parts.map((p) => rowsFromState(p.task, p.classes, p.state!)));
  const latency = new LatencyRecorder();
  for (const p of parts) for (const [ms, n] of p.state!.latency) latency.record(ms, n);
  const opts = { threshold: config.threshold, confidence: config.confidence, resamples: config.bootstrap, seed: config.seed };
  const { metrics, tables } = computeMetrics(rows.task, rows, opts);
  const sliceBy = config.sliceBy.length ? config.sliceBy : (first.slices.map((s) => s.column).filter((c, i, a) => a.indexOf(c) === i));
  const slices = sliceMetrics({ ...config, sliceBy }, rows, opts);
  const sensitive = config.sensitive?.length ? config.sensitive : (first.fairness?.features.map((f) => f.name) ?? []);
  const fairness = fairnessOf(sensitive, first.state!.columns ?? first.slices.map((s) => s.column).filter((c, i, a) => a.indexOf(c) === i), rows, { ...config, minSliceRows: config.sensitive?.length ? config.minSliceRows : (first.fairness?.minGroupRows ?? config.minSliceRows) });
  // Predictions: every shard's rows, in data-row order.
  const lines: [number, string][] = [];
  let header = '';
  for (const p of parts) {
    if (!p.predictions || !existsSync(p.predictions)) throw new DataError(`${p.predictions}: the shard's predictions file is missing`, p.predictions ?? undefined);
    const text = readFileSync(p.predictions, 'utf8').split('\n');
    header = text[0];
    for (const l of text.slice(1)) if (l) lines.push([Number(l.slice(0, l.indexOf(','))), l]);
  }
  lines.sort((a, b) => a[0] - b[0]);
  appendFileSync(tmp, [header, ...lines.map((l) => l[1])].join('\n') + '\n');
  log.info(`merged ${parts.length} shard evaluations: ${rows.y.n} rows`);
  return {
    ...first,
    rows: rows.y.n,
    data: { sources: [...new Set(parts.flatMap((p) => p.data.sources))], sha256: first.data.sha256, shard: null },
    confidence: config.confidence,
    bootstrap: { resamples: config.bootstrap, seed: config.seed },
    metrics,
    tables,
    slices,
    fairness,
    // Each shard ranks features on its own sample; the merge keeps none (run importance unsharded).
    importance: undefined,
    latency: latency.report(first.latency.batchSize, first.latency.modelBytes),
    predictions: predictionsPath(config),
    notes: [...new Set(parts.flatMap((p) => p.notes)), `merged from ${parts.length} shards: ${files.join(', ')}`],
    state: undefined,
  };
}
