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
import { sha256Files } from '../lib/digest.js';
import type { Logger } from '../lib/logger.js';
import { expandDataGlob, readRows, type Cell, type Format } from '../data/readers.js';
import { assertArtifact } from '../schemas/validate.js';
import { computeMetrics, type MetricSet, type Tables } from './metrics.js';
import { F64, I32 } from '../lib/columns.js';
import { decodeFloat64, encodeFloat64 } from '../metrics/buffers.js';
import { labelKey } from '../data/schema.js';
import { TimeSplitter, type TimeRange, type TimeSplitConfig } from '../data/time-split.js';

export { labelKey };
import { LatencyRecorder, type LatencyReport } from './latency.js';
import { Model, feedOf, show, type Feed, type FeedPlan, type OutputPlan, type Task } from './model.js';
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

export type ScoreType = 'auto' | 'probability' | 'logit';

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

/** Per-row results: everything metrics, slices and merges are computed from. */
export interface Rows {
  task: Task;
  classes: string[];
  /** Data row index across the dataset (before sharding). */
  index: F64;
  /** Class index (classification) or target value (regression). */
  y: F64;
  /** Binary: positive-class probability; regression: prediction; multiclass: unused. */
  score: F64;
  /** Multiclass: probabilities, K per row. */
  proba: F64;
  /**
   * Per group column (the slice-by columns, then the sensitive columns that are not among them):
   * the row's value id (index into sliceValues).
   */
  slice: I32[];
  sliceValues: string[][];
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

function sigmoid(x: number): number {
  return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
}

function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
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

async function runModel(config: EvaluateConfig, log: Logger, hooks: OrtCacheHooks, predictionsTmp: string): Promise<RunState> {
  if (!config.model) throw new ConfigurationError(`input 'model' is required (or 'merge' to merge shard evaluations)`);
  if (!config.label) throw new ConfigurationError(`input 'label' is required`);
  const label = config.label;
  const ort = await log.group('Loading onnxruntime', () => loadOnnxRuntime(log, hooks));
  const model = await Model.load(ort, config.model);
  const outPlan: OutputPlan = model.outputPlan();
  log.info(`model ${config.model}: inputs ${model.inputs.map((i) => i.name).join(', ')}; outputs ${model.outputs.map((o) => o.name).join(', ')}`);
  const sources: string[] = [];
  for (const p of config.data) sources.push(...(await expandDataGlob(p)));
  if (sources.length === 0) throw new ConfigurationError(`input 'data' is required`);

  const notes: string[] = [];
  const latency = new LatencyRecorder();
  const fetch = [outPlan.probabilities, outPlan.label, outPlan.value].filter((x): x is string => !!x);
  let feedPlan: FeedPlan;
  let colIndex = new Map<string, number>();
  let labelIdx = -1;
  let sliceIdx: number[] = [];
  const grouped = groupColumns(config);
  const sensitiveCols = sensitiveColumns(config.sensitive ?? []);
  let task: Task | undefined = config.task;
  let classes: string[] = [];
  let classIndex = new Map<string, number>();
  let positive: string | null = null;
  let transform: 'probability' | 'logit' | undefined;
  let decided = false;
  const rows: Rows = { task: 'binary', classes: [], index: new F64(), y: new F64(), score: new F64(), proba: new F64(), slice: [], sliceValues: [] };
  const sliceIds: Map<string, number>[] = [];
  let batch: Cell[][] = [];
  let batchLines: number[] = [];
  let batchFile = '';
  let delivered = 0;
  let unlabeled = 0;
  let file = sources[0];
  let predHeaderWritten = false;
  // Importance: a uniform sample of labelled rows, kept as cells.
  const sample = config.importance ? new Reservoir<Cell[]>(config.importance.maxRows, createRng(config.seed, STREAM_IMPORTANCE)) : undefined;
  const stride = config.shard?.count ?? 1;
  const offset = config.shard?.index ?? 0;
  const split = config.split ? new TimeSplitter(config.split, 'from') : undefined;

  const decideTask = (out: Record<string, { dims: readonly number[]; data: unknown }>, labels: (string | null)[], fileName: string) => {
    const k = outPlan.probabilities ? out[outPlan.probabilities].dims[1] : 1;
    const keys = [...new Set(labels.filter((l): l is string => l !== null))];
    const zeroOne = keys.every((x) => x === '0' || x === '1');
    if (!task) {
      if (outPlan.probabilities) task = k === 2 ? 'binary' : 'multiclass';
      else {
        // A regression target is a number; text labels mean a classifier's single score.
        const numeric = keys.every((x) => Number.isFinite(Number(x)));
        task = zeroOne || !numeric ? 'binary' : 'regression';
        notes.push(`task inferred as ${task} from the labels of the first batch${!zeroOne && !numeric ? ' (text, so not a regression target)' : ''} and the model's one output`);
      }
      log.info(`task: ${task} (inferred; set 'task' to override)`);
    }
    if (task === 'regression' && !outPlan.value) throw new ConfigurationError(`task regression needs a model with one float output; this one outputs ${model.outputs.map((o) => o.name).join(', ')}`);
    if (task !== 'regression') {
      if (outPlan.probabilities) {
        classes = outPlan.classLabels ?? Array.from({ length: k }, (_, i) => String(i));
        if (classes.length !== k) throw new DataError(`${config.model}: the model names ${classes.length} classes but outputs ${k} probabilities`);
        if (!outPlan.classLabels) notes.push(`the model carries no class labels: probability column i is class "i"`);
      } else if (zeroOne || task === 'multiclass') classes = ['0', '1'];
      else classes = classesFromLabels(keys, fileName);
      if (task === 'multiclass' && classes.length < 3 && !outPlan.probabilities) throw new ConfigurationError(`task multiclass needs a model that outputs class probabilities [N, K]`);
      classIndex = new Map(classes.map((c, i) => [labelKey(c)!, i]));
      if (task === 'binary') {
        if (classes.length !== 2) throw new ConfigurationError(`task binary, but the model has ${classes.length} classes (${classes.join(', ')})`);
        positive = config.positiveLabel !== undefined ? labelKey(config.positiveLabel) : labelKey(classes[1]);
        if (!classIndex.has(positive!)) throw new ConfigurationError(`input 'positive-label': '${config.positiveLabel}' is not one of the model's classes (${classes.join(', ')})`);
      }
    }
    if (outPlan.value && task !== 'regression') {
      transform = config.scoreType === 'auto' ? undefined : config.scoreType;
      if (!transform) {
        const data = out[outPlan.value].data as Float32Array;
        const inUnit = data.every((x) => x >= 0 && x <= 1);
        transform = outPlan.valueProducer === 'Sigmoid' || inUnit ? 'probability' : 'logit';
        notes.push(`the model's single output is read as a ${transform}${transform === 'logit' ? ' (a sigmoid is applied)' : ''}: ${outPlan.valueProducer === 'Sigmoid' ? 'it comes from a Sigmoid node' : inUnit ? 'its first batch lies within [0, 1]' : 'its first batch leaves [0, 1]'}; set 'score-type' to override`);
      }
    }
    rows.task = task!;
    rows.classes = task === 'regression' ? [] : classes;
  };

  /**
   * A single-output model carries no class names; with labels other than 0/1 its two classes are
   * the two labels of the first batch (with 'positive-label'), sorted as scikit-learn sorts
   * classes_, and its output is the score of the second (or of 'positive-label').
   */
  const classesFromLabels = (keys: string[], fileName: string): string[] => {
    const names = new Set(keys);
    if (config.positiveLabel !== undefined && labelKey(config.positiveLabel) !== null) names.add(labelKey(config.positiveLabel)!);
    if (names.size !== 2) {
      throw new DataError(`${fileName}: the model has one output and names no classes, so its two classes are taken from the labels of the first batch; these are ${[...names].map(show).join(', ') || 'none'}, not two (relabel to 0/1, or set 'positive-label' and 'batch-size' so the first batch holds both)`, fileName);
    }
    const sorted = [...names].every((x) => Number.isFinite(Number(x))) ? [...names].sort((a, b) => Number(a) - Number(b)) : [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const pos = config.positiveLabel !== undefined ? labelKey(config.positiveLabel)! : sorted[1];
    notes.push(`the model names no classes: its single output is read as the score of label ${show(pos)}, and ${show(sorted.find((x) => x !== pos)!)} is the other class (the labels of the first batch${config.positiveLabel === undefined ? ', the larger in sorted order is positive, as in scikit-learn' : ''})`);
    return sorted;
  };

  /** A label that is not one of the model's classes: refused, naming the labels seen and the classes. */
  const unknownLabel = (key: string, fileName: string, line: number, batchLabels: (string | null)[]): DataError => {
    const foreign = new Set<string>();
    for (const l of batchLabels) if (l !== null && !classIndex.has(l) && foreign.size < 10) foreign.add(l);
    const what = task === 'binary' ? 'a binary evaluation counts only the model\'s two classes, never another label as a negative' : 'relabel the data or evaluate with the model that knows them';
    return new DataError(`${fileName}:${line}: label ${show(key)} is not one of the model's classes (${classes.map(show).join(', ')}); labels outside them in this batch: ${[...foreign].map(show).join(', ')}; ${what}`, fileName, line);
  };

  const flush = async (cells: Cell[][], lines: number[], fileName: string, firstIndex: number): Promise<void> => {
    if (cells.length === 0) return;
    const feeds = model.feeds(feedPlan, cells, colIndex, (r) => ({ file: fileName, line: lines[r] }));
    // onnxruntime-node defers its native call with setImmediate; a setImmediate queued first fires
    // just before it, so the timed window starts at the native run, not at whatever (GC, other
    // callbacks) runs before it.
    let t0 = performance.now();
    setImmediate(() => {
      t0 = performance.now();
    });
    const out = (await model.run(feeds, fetch)) as unknown as Record<string, { dims: readonly number[]; data: unknown }>;
    latency.record(performance.now() - t0, cells.length);
    const labels = cells.map((c) => labelKey(c[labelIdx]));
    if (!decided) {
      decideTask(out, labels, fileName);
      decided = true;
    }
    const probs = outPlan.probabilities ? (out[outPlan.probabilities].data as Float32Array) : undefined;
    const k = outPlan.probabilities ? out[outPlan.probabilities].dims[1] : 1;
    const values = outPlan.value ? (out[outPlan.value].data as Float32Array) : undefined;
    const posIdx = positive !== null ? classIndex.get(positive)! : 1;
    // An output that is not a number (or not a probability): an empty cell the model cannot impute
    // is the data's fault and named as such; otherwise it is the model's.
    const fed = feedPlan.features.map((c) => [c, colIndex.get(c)!] as const);
    const badOutput = (r: number, what: string, v: number): DataError => {
      const empty = fed.find(([, i]) => cells[r][i] === null);
      if (empty && Number.isNaN(v)) {
        return new DataError(`${fileName}:${lines[r]}: column ${show(empty[0])} is missing (empty, or one of na-values) and the model has no imputer for it (its ${what} for the row is NaN); fill the value or drop the row`, fileName, lines[r]);
      }
      return new DataError(`${config.model}: the model's ${what} for ${fileName}:${lines[r]} is ${v}, ${task === 'regression' ? 'not a finite number' : 'outside [0, 1]'}${transform === 'probability' && outPlan.value ? "; if it is a logit, set 'score-type: logit'" : ''}`, config.model);
    };
    let text = '';
    if (!predHeaderWritten) {
      const head = task === 'binary' ? 'row,label,score,prediction' : task === 'multiclass' ? `row,label,prediction,${classes.map((c) => csvField(`p_${c}`)).join(',')}` : 'row,label,prediction';
      // Slice columns ride along, so compare-to-baseline can pair rows within a slice.
      // Sensitive columns ride along too, so the fairness gates can pair rows within a group.
      text += head + grouped.map((c) => `,${csvField(`${config.sliceBy.includes(c) ? 'slice' : 'sensitive'}:${c}`)}`).join('') + '\n';
      predHeaderWritten = true;
    }
    for (let r = 0; r < cells.length; r++) {
      const key = labels[r];
      const rowIndex = (firstIndex + r) * stride + offset;
      if (key === null) {
        unlabeled++;
        continue;
      }
      let y: number;
      if (task === 'regression') {
        y = Number(key);
        if (!Number.isFinite(y)) throw new DataError(`${fileName}:${lines[r]}: label '${key}' is not a number (task regression)`, fileName, lines[r]);
        const pred = values![r];
        if (!Number.isFinite(pred)) throw badOutput(r, 'prediction', pred);
        rows.score.push(pred);
        text += `${rowIndex},${csvField(key)},${pred}`;
      } else if (task === 'binary') {
        if (!classIndex.has(key)) throw unknownLabel(key, fileName, lines[r], labels);
        y = key === positive ? 1 : 0;
        let p: number;
        if (probs) p = probs[r * k + posIdx];
        else p = transform === 'logit' ? sigmoid(values![r]) : values![r];
        if (!(p >= 0 && p <= 1)) throw badOutput(r, 'score', p);
        rows.score.push(p);
        text += `${rowIndex},${csvField(key)},${p},${p >= config.threshold ? csvField(positive!) : csvField(classes[1 - posIdx])}`;
      } else {
        const ci = classIndex.get(key);
        if (ci === undefined) throw unknownLabel(key, fileName, lines[r], labels);
        y = ci;
        let best = 0;
        for (let j = 0; j < k; j++) {
          const p = probs![r * k + j];
          if (!Number.isFinite(p)) throw badOutput(r, `probability of class ${show(classes[j])}`, p);
          rows.proba.push(p);
          if (p > probs![r * k + best]) best = j;
        }
        text += `${rowIndex},${csvField(key)},${csvField(classes[best])},${Array.from(probs!.subarray(r * k, r * k + k)).join(',')}`;
      }
      rows.y.push(y);
      rows.index.push(rowIndex);
      sample?.offer(cells[r], y);
      for (let s = 0; s < sliceIdx.length; s++) {
        const v = cells[r][sliceIdx[s]];
        const sv = v === null ? '(missing)' : String(v);
        let id = sliceIds[s].get(sv);
        if (id === undefined) {
          id = rows.sliceValues[s].length;
          sliceIds[s].set(sv, id);
          rows.sliceValues[s].push(sv);
        }
        rows.slice[s].push(id);
        text += `,${csvField(sv)}`;
      }
      text += '\n';
    }
    appendFileSync(predictionsTmp, text);
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

  // Rows, MB/s and the time left of a long pass: on a terminal in place, in CI a line every 5 s.
  const bar = log.progress?.(`Evaluating ${sources.length === 1 ? sources[0] : `${sources.length} files`}`);
  const totalBytes = bar ? sources.reduce((n, f) => n + statSync(f).size, 0) : 0;
  await log.group(`Evaluating ${sources.join(', ')}`, async () => {
    await readRows(
      sources,
      {
        beginFile(path) {
          if (batch.length) start();
          file = path;
        },
        header(columns, timeKinds) {
          colIndex = new Map(columns.map((c, i) => [c, i]));
          split?.header(columns, file, timeKinds);
          labelIdx = columns.indexOf(label);
          if (labelIdx < 0) throw new ConfigurationError(`input 'label': no column '${label}' in ${file} (columns: ${showColumns(columns)})`);
          for (const s of config.sliceBy) if (!colIndex.has(s)) throw new ConfigurationError(`input 'slice-by': no column '${s}' in ${file} (columns: ${showColumns(columns)})`);
          for (const s of config.ignore) if (!colIndex.has(s)) throw new ConfigurationError(`input 'ignore': no column '${s}' in ${file}`);
          for (const s of sensitiveCols) if (!colIndex.has(s)) throw new ConfigurationError(`input 'sensitive': no column '${s}' in ${file} (columns: ${showColumns(columns)})`);
          sliceIdx = grouped.map((s) => colIndex.get(s)!);
          rows.slice = grouped.map(() => new I32());
          rows.sliceValues = grouped.map(() => []);
          sliceIds.length = 0;
          for (const _ of grouped) sliceIds.push(new Map());
          // Sensitive columns are read from the data for the audit and never fed to the model.
          const exclude = new Set([label, ...config.ignore, ...config.sliceBy, ...sensitiveCols, ...(config.split ? [config.split.column] : [])]);
          feedPlan = model.feedPlan(columns, config.features, exclude);
          if (feedPlan.features.includes(label)) throw new ConfigurationError(`the label column '${label}' would be fed to the model; remove it from 'features'`);
          const fed = sensitiveCols.filter((c) => feedPlan.features.includes(c));
          if (fed.length && feedPlan.mode === 'tensor') throw new ConfigurationError(`input 'features' lists the sensitive column${fed.length > 1 ? 's' : ''} ${fed.map((c) => `'${c}'`).join(', ')}; a sensitive column is audited, never fed to the model`);
          if (fed.length) notes.push(`the model takes the sensitive column${fed.length > 1 ? 's' : ''} ${fed.join(', ')} as input${fed.length > 1 ? 's' : ''} by name: the audit reads ${fed.length > 1 ? 'them' : 'it'} from the data as the model does`);
          log.info(`feeding ${feedPlan.mode === 'tensor' ? `${feedPlan.features.length} columns as ${feedPlan.input!.name} [N, ${feedPlan.features.length}]` : `columns ${feedPlan.features.join(', ')} by name`}`);
        },
        row(cells, line) {
          if (cells.length !== colIndex.size) throw new DataError(`${file}:${line}: has ${cells.length} fields, the header has ${colIndex.size}`, file, line);
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
  }).finally(() => bar?.end());
  if (unlabeled) notes.push(`${unlabeled} rows without a label were skipped`);
  if (rows.y.n === 0) throw new DataError(`${sources.join(', ')}: no labelled rows to evaluate`, sources[0]);
  let importance: Importance | undefined;
  if (config.importance) {
    const metric = config.importance.metric ?? defaultMetric(task!);
    checkMetric(metric, task!);
    // The model's outputs as evaluate reads them above: the positive-class probability, K
    // probabilities, or the regression value.
    const posIdx = positive !== null ? classIndex.get(positive)! : 1;
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
    const { repeats } = config.importance;
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    importance = await log.group(`Permutation importance: ${feedPlan!.features.length} features x ${repeats} repeats on ${sample!.items.length} rows`, () =>
      modelImportance({ model, plan: feedPlan!, colIndex, cells: sample!.items, y: Float64Array.from(sample!.labels), task: task!, classes: classes.length, threshold: config.threshold, metric, repeats, seed: config.seed, confidence: config.confidence, batchRows: Math.max(config.batchSize, 65536), fetch, decode, permutation: config.importance!.permutation }),
    );
    log.info(`permutation importance: ${importance.features.length} features x ${repeats} repeats on ${importance.rows} rows in ${((performance.now() - t0) / 1000).toFixed(2)} s (cpu ${((process.cpuUsage(cpu0).user + process.cpuUsage(cpu0).system) / 1e6).toFixed(2)} s)`);
  }
  const timeRange = split?.range();
  if (timeRange) notes.push(`split by ${timeRange.column}: evaluated the rows at or after ${timeRange.splitAt} (${timeRange.min ?? 'none'} to ${timeRange.max ?? 'none'}); left out ${timeRange.otherSide} rows before it${timeRange.noTime ? ` and ${timeRange.noTime} without a time` : ''}`);
  return { rows, latency, notes, model, sources, label, positiveLabel: positive, importance, feed: feedOf(feedPlan!), ...(timeRange ? { timeRange } : {}) };
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
  const [run, dataSha] = await Promise.all([runModel(config, log, hooks, tmp), Promise.resolve().then(async () => sha256Files(await expandSources(config.data)))]);
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
    data: { sources: run.sources, sha256: dataSha, shard: config.shard ? `${config.shard.index}/${config.shard.count}` : null },
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

/** Concatenates shard rows, re-mapping slice value ids into one shared dictionary per column. */
export function concatRows(parts: Rows[]): Rows {
  const first = parts[0];
  const out: Rows = { task: first.task, classes: first.classes, index: new F64(), y: new F64(), score: new F64(), proba: new F64(), slice: first.slice.map(() => new I32()), sliceValues: first.slice.map(() => []) };
  const dicts = first.slice.map(() => new Map<string, number>());
  for (const p of parts) {
    for (let i = 0; i < p.y.n; i++) {
      out.index.push(p.index.buf[i]);
      out.y.push(p.y.buf[i]);
    }
    for (let i = 0; i < p.score.n; i++) out.score.push(p.score.buf[i]);
    for (let i = 0; i < p.proba.n; i++) out.proba.push(p.proba.buf[i]);
    p.slice.forEach((col, s) => {
      const remap = p.sliceValues[s].map((v) => {
        let id = dicts[s].get(v);
        if (id === undefined) {
          id = out.sliceValues[s].length;
          dicts[s].set(v, id);
          out.sliceValues[s].push(v);
        }
        return id;
      });
      for (let i = 0; i < col.n; i++) out.slice[s].push(remap[col.buf[i]]);
    });
  }
  return out;
}
