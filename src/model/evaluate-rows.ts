/**
 * The model's outputs on one batch, decoded into per-row results (Rows) and predictions.csv lines.
 * The same code runs in the sequential pass and on each chunk of the parallel one (the rows of a
 * batch reach it through RowSource, from cells or from the byte-level reader).
 */
import { DataError } from '../errors.js';
import { labelKey } from '../data/schema.js';
import { F64, I32 } from '../lib/columns.js';
import type { Decision } from './decide.js';
import { performance } from 'node:perf_hooks';
import type { LatencyRecorder } from './latency.js';
import { show, type Model, type OutputPlan, type Task } from './model.js';

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

export function sigmoid(x: number): number {
  return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
}

export function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The header line of predictions.csv. */
export function predictionsHeader(d: Decision, grouped: string[], sliceBy: string[]): string {
  const head = d.task === 'binary' ? 'row,label,score,prediction' : d.task === 'multiclass' ? `row,label,prediction,${d.classes.map((c) => csvField(`p_${c}`)).join(',')}` : 'row,label,prediction';
  // Slice columns ride along, so compare-to-baseline can pair rows within a slice.
  // Sensitive columns ride along too, so the fairness gates can pair rows within a group.
  return head + grouped.map((c) => `,${csvField(`${sliceBy.includes(c) ? 'slice' : 'sensitive'}:${c}`)}`).join('') + '\n';
}

/** What decoding needs of a batch's rows besides their labels. */
export interface RowSource {
  /** Row count of the batch. */
  n: number;
  /** Label keys (labelKey of the label cell; null: no label). */
  labels: (string | null)[];
  /** 1-based line of each row in `file`. */
  lines: ArrayLike<number>;
  file: string;
  /** The first fed column whose cell in row r is missing (empty or an na-value), if any. */
  missingFed(r: number): string | undefined;
  /** Row r's value of group column s ('(missing)' for a missing cell). */
  group(r: number, s: number): string;
}

export interface DecodeSetup {
  modelPath: string;
  outPlan: OutputPlan;
  threshold: number;
  /** Number of group columns (slice-by, then sensitive ones). */
  groups: number;
  /** Sharded reads: the dataset row index of delivered row i is i * stride + offset. */
  stride?: number;
  offset?: number;
}

/**
 * Decodes batches into Rows. `prefix`: each predictions line starts with its row index (the
 * sequential pass); without it, lines start at the label and `lineEnds` marks where each ends,
 * so the merge can put the dataset-wide index in front (the parallel pass).
 */
export class RowDecoder {
  readonly rows: Rows;
  unlabeled = 0;
  /** Without prefix: the end (UTF-16 offset in the text returned so far) of each line. */
  readonly lineEnds = new F64();
  private textLength = 0;
  private readonly sliceIds: Map<string, number>[];
  private readonly classIndex: Map<string, number>;
  private readonly posIdx: number;

  constructor(
    private readonly setup: DecodeSetup,
    private readonly d: Decision,
    private readonly prefix: boolean,
  ) {
    this.rows = { task: d.task, classes: d.classes, index: new F64(), y: new F64(), score: new F64(), proba: new F64(), slice: [], sliceValues: [] };
    for (let s = 0; s < setup.groups; s++) {
      this.rows.slice.push(new I32());
      this.rows.sliceValues.push([]);
    }
    this.sliceIds = this.rows.slice.map(() => new Map());
    this.classIndex = new Map(d.classes.map((c, i) => [labelKey(c)!, i]));
    this.posIdx = d.positive !== null ? this.classIndex.get(d.positive)! : 1;
  }

  /**
   * Decodes the outputs of one batch whose first row is data row `firstIndex`; returns its
   * predictions lines. `offer` sees each labelled row (the importance sample).
   */
  decode(out: Record<string, { dims: readonly number[]; data: unknown }>, src: RowSource, firstIndex: number, offer?: (r: number, y: number) => void): string {
    const { outPlan, threshold } = this.setup;
    const { task, classes, positive, transform } = this.d;
    const rows = this.rows;
    const probs = outPlan.probabilities ? (out[outPlan.probabilities]!.data as Float32Array) : undefined;
    const k = outPlan.probabilities ? out[outPlan.probabilities]!.dims[1]! : 1;
    const values = outPlan.value ? (out[outPlan.value]!.data as Float32Array) : undefined;
    const posIdx = this.posIdx;
    const stride = this.setup.stride ?? 1;
    const offset = this.setup.offset ?? 0;
    const fileName = src.file;
    const lines = src.lines;
    const labels = src.labels;
    // An output that is not a number (or not a probability): an empty cell the model cannot impute
    // is the data's fault and named as such; otherwise it is the model's.
    const badOutput = (r: number, what: string, v: number): DataError => {
      const empty = src.missingFed(r);
      if (empty !== undefined && Number.isNaN(v)) {
        return new DataError(`${fileName}:${lines[r]}: column ${show(empty)} is missing (empty, or one of na-values) and the model has no imputer for it (its ${what} for the row is NaN); fill the value or drop the row`, fileName, lines[r]);
      }
      return new DataError(`${this.setup.modelPath}: the model's ${what} for ${fileName}:${lines[r]} is ${v}, ${task === 'regression' ? 'not a finite number' : 'outside [0, 1]'}${transform === 'probability' && outPlan.value ? "; if it is a logit, set 'score-type: logit'" : ''}`, this.setup.modelPath);
    };
    let text = '';
    const negative = task === 'binary' ? csvField(classes[1 - posIdx]!) : '';
    const positiveField = positive !== null ? csvField(positive) : '';
    for (let r = 0; r < src.n; r++) {
      const key = labels[r];
      const rowIndex = (firstIndex + r) * stride + offset;
      if (key === null) {
        this.unlabeled++;
        continue;
      }
      let line = this.prefix ? `${rowIndex},` : '';
      let y: number;
      if (task === 'regression') {
        y = Number(key);
        if (!Number.isFinite(y)) throw new DataError(`${fileName}:${lines[r]}: label '${key}' is not a number (task regression)`, fileName, lines[r]);
        const pred = values![r]!;
        if (!Number.isFinite(pred)) throw badOutput(r, 'prediction', pred);
        rows.score.push(pred);
        line += `${csvField(key)},${pred}`;
      } else if (task === 'binary') {
        if (!this.classIndex.has(key)) throw this.unknownLabel(key, fileName, lines[r]!, labels);
        y = key === positive ? 1 : 0;
        let p: number;
        if (probs) p = probs[r * k + posIdx]!;
        else p = transform === 'logit' ? sigmoid(values![r]!) : values![r]!;
        if (!(p >= 0 && p <= 1)) throw badOutput(r, 'score', p);
        rows.score.push(p);
        line += `${csvField(key)},${p},${p >= threshold ? positiveField : negative}`;
      } else {
        const ci = this.classIndex.get(key);
        if (ci === undefined) throw this.unknownLabel(key, fileName, lines[r]!, labels);
        y = ci;
        let best = 0;
        for (let j = 0; j < k; j++) {
          const p = probs![r * k + j]!;
          if (!Number.isFinite(p)) throw badOutput(r, `probability of class ${show(classes[j]!)}`, p);
          rows.proba.push(p);
          if (p > probs![r * k + best]!) best = j;
        }
        line += `${csvField(key)},${csvField(classes[best]!)},${Array.from(probs!.subarray(r * k, r * k + k)).join(',')}`;
      }
      rows.y.push(y);
      rows.index.push(rowIndex);
      offer?.(r, y);
      for (let s = 0; s < this.sliceIds.length; s++) {
        const sv = src.group(r, s);
        let id = this.sliceIds[s]!.get(sv);
        if (id === undefined) {
          id = rows.sliceValues[s]!.length;
          this.sliceIds[s]!.set(sv, id);
          rows.sliceValues[s]!.push(sv);
        }
        rows.slice[s]!.push(id);
        line += `,${csvField(sv)}`;
      }
      text += line + '\n';
      if (!this.prefix) this.lineEnds.push(this.textLength + text.length);
    }
    this.textLength += text.length;
    return text;
  }

  /** A label that is not one of the model's classes: refused, naming the labels seen and the classes. */
  private unknownLabel(key: string, fileName: string, line: number, batchLabels: (string | null)[]): DataError {
    const foreign = new Set<string>();
    for (const l of batchLabels) if (l !== null && !this.classIndex.has(l) && foreign.size < 10) foreign.add(l);
    const what = this.d.task === 'binary' ? "a binary evaluation counts only the model's two classes, never another label as a negative" : 'relabel the data or evaluate with the model that knows them';
    return new DataError(`${fileName}:${line}: label ${show(key)} is not one of the model's classes (${this.d.classes.map(show).join(', ')}); labels outside them in this batch: ${[...foreign].map(show).join(', ')}; ${what}`, fileName, line);
  }
}

/**
 * One batch through the model, its time recorded. onnxruntime-node defers its native call with
 * setImmediate; a setImmediate queued first fires just before it, so the timed window starts at
 * the native run, not at whatever (GC, other callbacks) runs before it.
 */
export async function timedRun(model: Model, feeds: Parameters<Model['run']>[0], fetch: string[], latency: LatencyRecorder, n: number): Promise<Record<string, { dims: readonly number[]; data: unknown }>> {
  let t0 = performance.now();
  setImmediate(() => {
    t0 = performance.now();
  });
  const out = (await model.run(feeds, fetch)) as unknown as Record<string, { dims: readonly number[]; data: unknown }>;
  latency.record(performance.now() - t0, n);
  return out;
}

/** Concatenates row parts, re-mapping slice value ids into one shared dictionary per column. */
export function concatRows(parts: Rows[]): Rows {
  const first = parts[0]!;
  const out: Rows = { task: first.task, classes: first.classes, index: new F64(), y: new F64(), score: new F64(), proba: new F64(), slice: first.slice.map(() => new I32()), sliceValues: first.slice.map(() => []) };
  const dicts = first.slice.map(() => new Map<string, number>());
  for (const p of parts) {
    for (let i = 0; i < p.y.n; i++) {
      out.index.push(p.index.buf[i]!);
      out.y.push(p.y.buf[i]!);
    }
    for (let i = 0; i < p.score.n; i++) out.score.push(p.score.buf[i]!);
    for (let i = 0; i < p.proba.n; i++) out.proba.push(p.proba.buf[i]!);
    p.slice.forEach((col, s) => {
      const remap = p.sliceValues[s]!.map((v) => {
        let id = dicts[s]!.get(v);
        if (id === undefined) {
          id = out.sliceValues[s]!.length;
          dicts[s]!.set(v, id);
          out.sliceValues[s]!.push(v);
        }
        return id;
      });
      for (let i = 0; i < col.n; i++) out.slice[s]!.push(remap[col.buf[i]!]!);
    });
  }
  return out;
}
