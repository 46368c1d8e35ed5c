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
import { writeFloat32Text } from './number-text.js';

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

/** UTF-8 bytes of predictions.csv lines, appended field by field: no string per line. */
export class TextBytes {
  buf = new Uint8Array(1 << 16);
  n = 0;
  private static readonly encoder = new TextEncoder();

  /** Room for `k` more bytes. */
  private reserve(k: number): void {
    if (this.n + k <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.n + k, 2 * this.buf.length));
    next.set(this.buf.subarray(0, this.n));
    this.buf = next;
  }

  /** Appends `s` as UTF-8 (as Buffer.from(s) encodes it: a lone surrogate is U+FFFD). */
  str(s: string): void {
    const len = s.length;
    this.reserve(3 * len);
    const buf = this.buf;
    let n = this.n;
    for (let i = 0; i < len; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x80) {
        this.n = n + TextBytes.encoder.encodeInto(s.slice(i), buf.subarray(n)).written;
        return;
      }
      buf[n++] = c;
    }
    this.n = n;
  }

  /** Appends bytes (short ones: a loop beats a call into the engine's copy). */
  bytes(b: Uint8Array): void {
    const k = b.length;
    this.reserve(k);
    const buf = this.buf;
    let n = this.n;
    for (let i = 0; i < k; i++) buf[n++] = b[i]!;
    this.n = n;
  }

  /** Appends String(x) (most float32 scores without making the string: number-text.ts). */
  number(x: number): void {
    this.reserve(24);
    const end = writeFloat32Text(this.buf, this.n, x);
    if (end >= 0) this.n = end;
    else this.str(String(x));
  }

  byte(c: number): void {
    this.reserve(1);
    this.buf[this.n++] = c;
  }

  /** The bytes appended so far (a copy of exactly their length); empties the buffer. */
  take(): Uint8Array {
    const out = this.buf.slice(0, this.n);
    this.n = 0;
    return out;
  }
}

const COMMA = 44;
const LF = 10;
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/**
 * Decodes batches into Rows. `prefix`: each predictions line starts with its row index (the
 * sequential pass); without it, lines start at the label and `lineEnds` marks where each ends,
 * so the merge can put the dataset-wide index in front (the parallel pass). The lines accumulate
 * as UTF-8 in `text` (take them with `text.take()`).
 */
export class RowDecoder {
  readonly rows: Rows;
  unlabeled = 0;
  /** predictions.csv lines decoded and not yet taken. */
  readonly text = new TextBytes();
  /** Without prefix: the end (byte offset in `text`, which is then never taken before the end) of each line. */
  readonly lineEnds = new F64();
  private readonly sliceIds: Map<string, number>[];
  /** Per group column and value id: `,` and the value as a CSV field, in UTF-8. */
  private readonly sliceFields: Uint8Array[][];
  private readonly classIndex: Map<string, number>;
  private readonly posIdx: number;
  /** Per class index: its label key as a CSV field (what a row with that label prints first). */
  private readonly keyFields: Uint8Array[];
  /** Per class index: the class name as a CSV field (a multiclass prediction). */
  private readonly classFields: Uint8Array[];

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
    this.sliceFields = this.rows.slice.map(() => []);
    this.classIndex = new Map(d.classes.map((c, i) => [labelKey(c)!, i]));
    this.posIdx = d.positive !== null ? this.classIndex.get(d.positive)! : 1;
    this.keyFields = [];
    for (const [key, i] of this.classIndex) this.keyFields[i] = utf8(csvField(key));
    this.classFields = d.classes.map((c) => utf8(csvField(c)));
  }

  /**
   * Decodes the outputs of one batch whose first row is data row `firstIndex`, appending its
   * predictions lines to `text`. `offer` sees each labelled row (the importance sample).
   */
  decode(out: Record<string, { dims: readonly number[]; data: unknown }>, src: RowSource, firstIndex: number, offer?: (r: number, y: number) => void): void {
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
    const text = this.text;
    // An output that is not a number (or not a probability): an empty cell the model cannot impute
    // is the data's fault and named as such; otherwise it is the model's.
    const badOutput = (r: number, what: string, v: number): DataError => {
      const empty = src.missingFed(r);
      if (empty !== undefined && Number.isNaN(v)) {
        return new DataError(`${fileName}:${lines[r]}: column ${show(empty)} is missing (empty, or one of na-values) and the model has no imputer for it (its ${what} for the row is NaN); fill the value or drop the row`, fileName, lines[r]);
      }
      return new DataError(`${this.setup.modelPath}: the model's ${what} for ${fileName}:${lines[r]} is ${v}, ${task === 'regression' ? 'not a finite number' : 'outside [0, 1]'}${transform === 'probability' && outPlan.value ? "; if it is a logit, set 'score-type: logit'" : ''}`, this.setup.modelPath);
    };
    const negative = task === 'binary' ? this.classFields[1 - posIdx]! : undefined;
    const positiveField = positive !== null ? utf8(csvField(positive)) : undefined;
    for (let r = 0; r < src.n; r++) {
      const key = labels[r];
      const rowIndex = (firstIndex + r) * stride + offset;
      if (key === null) {
        this.unlabeled++;
        continue;
      }
      if (this.prefix) {
        text.str(String(rowIndex));
        text.byte(COMMA);
      }
      let y: number;
      if (task === 'regression') {
        y = Number(key);
        if (!Number.isFinite(y)) throw new DataError(`${fileName}:${lines[r]}: label '${key}' is not a number (task regression)`, fileName, lines[r]);
        const pred = values![r]!;
        if (!Number.isFinite(pred)) throw badOutput(r, 'prediction', pred);
        rows.score.push(pred);
        text.str(csvField(key));
        text.byte(COMMA);
        text.number(pred);
      } else if (task === 'binary') {
        const ci = this.classIndex.get(key);
        if (ci === undefined) throw this.unknownLabel(key, fileName, lines[r]!, labels);
        y = key === positive ? 1 : 0;
        let p: number;
        if (probs) p = probs[r * k + posIdx]!;
        else p = transform === 'logit' ? sigmoid(values![r]!) : values![r]!;
        if (!(p >= 0 && p <= 1)) throw badOutput(r, 'score', p);
        rows.score.push(p);
        text.bytes(this.keyFields[ci]!);
        text.byte(COMMA);
        text.number(p);
        text.byte(COMMA);
        text.bytes(p >= threshold ? positiveField! : negative!);
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
        text.bytes(this.keyFields[ci]!);
        text.byte(COMMA);
        text.bytes(this.classFields[best]!);
        for (let j = 0; j < k; j++) {
          text.byte(COMMA);
          text.number(probs![r * k + j]!);
        }
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
          this.sliceFields[s]!.push(utf8(`,${csvField(sv)}`));
        }
        rows.slice[s]!.push(id);
        text.bytes(this.sliceFields[s]![id]!);
      }
      text.byte(LF);
      if (!this.prefix) this.lineEnds.push(text.n);
    }
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
  const total = (pick: (p: Rows) => { n: number }) => Math.max(1, parts.reduce((a, p) => a + pick(p).n, 0));
  const column = <C extends F64 | I32>(c: C, pick: (p: Rows) => C): C => {
    for (const p of parts) {
      const part = pick(p);
      c.buf.set(part.buf.subarray(0, part.n), c.n);
      c.n += part.n;
    }
    return c;
  };
  const out: Rows = {
    task: first.task,
    classes: first.classes,
    index: column(new F64(total((p) => p.index)), (p) => p.index),
    y: column(new F64(total((p) => p.y)), (p) => p.y),
    score: column(new F64(total((p) => p.score)), (p) => p.score),
    proba: column(new F64(total((p) => p.proba)), (p) => p.proba),
    slice: first.slice.map((_, s) => new I32(total((p) => p.slice[s]!))),
    sliceValues: first.slice.map(() => []),
  };
  const dicts = first.slice.map(() => new Map<string, number>());
  for (const p of parts) {
    p.slice.forEach((col, s) => {
      const values = p.sliceValues[s]!;
      const remap = new Int32Array(values.length);
      values.forEach((v, k) => {
        let id = dicts[s]!.get(v);
        if (id === undefined) {
          id = out.sliceValues[s]!.length;
          dicts[s]!.set(v, id);
          out.sliceValues[s]!.push(v);
        }
        remap[k] = id;
      });
      const to = out.slice[s]!;
      for (let i = 0; i < col.n; i++) to.buf[to.n++] = remap[col.buf[i]!]!;
    });
  }
  return out;
}
