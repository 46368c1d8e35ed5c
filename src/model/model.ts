/**
 * An ONNX model under onnxruntime-node, and the mapping between data columns and its inputs and
 * outputs, the ways real exported models expect:
 *
 * - inputs: one float tensor [N, F] fed from the feature columns in order, or one named input per
 *   column (skl2onnx's form for mixed types), numeric inputs as float/double/int64 [N, 1] and
 *   categorical inputs as string [N, 1];
 * - outputs: a label plus probabilities (a tensor, or ZipMap's sequence of maps, which is rewritten
 *   to the tensor that fed it since onnxruntime-node returns no non-tensor values), probabilities
 *   alone (argmax is the label), a single probability or logit column, or a regression value.
 */
import { showColumns } from '../lib/files.js';
import { createHash } from 'node:crypto';
import { readFileSync, statSync, existsSync } from 'node:fs';
import { ConfigurationError, DataError } from '../errors.js';
import type { Cell } from '../data/readers.js';
import { readGraph, stripZipMap, type OnnxNode } from './onnx-proto.js';
import type { Ort } from './ort.js';

type Session = Awaited<ReturnType<Ort['InferenceSession']['create']>>;
type TensorT = InstanceType<Ort['Tensor']>;

export type Task = 'binary' | 'multiclass' | 'regression';

export interface IoSpec {
  name: string;
  type: string;
  shape: (number | string)[];
}

/** How the model's outputs are read. */
export interface OutputPlan {
  /** A float tensor [N, K] of class probabilities (K >= 2). */
  probabilities?: string;
  /** A label tensor [N] / [N, 1] (int64 or string). */
  label?: string;
  /** A single float column [N] / [N, 1]: a probability, a logit or a regression value. */
  value?: string;
  /** Class labels in probability-column order, when the model carries them. */
  classLabels?: string[];
  /** The op that produced `value` (Sigmoid means a probability). */
  valueProducer?: string;
}

export interface FeedPlan {
  mode: 'tensor' | 'columns';
  /** tensor mode: the input name and the data columns, in order, that fill its F columns. */
  input?: IoSpec;
  features: string[];
  /** columns mode: one entry per model input, from the data column of the same name. */
  inputs: IoSpec[];
}

/** What evaluation.json records of a FeedPlan (`feed`): how the data's columns reached the model. */
export interface Feed {
  /** `tensor`: the columns fill one float input [N, F]; `columns`: one model input per column, by name. */
  mode: FeedPlan['mode'];
  /** tensor mode: the input's name; null in columns mode. */
  input: string | null;
  /** The data columns fed, in the order they fill the tensor (tensor) or in the model's input order (columns). */
  features: string[];
}

export function feedOf(plan: FeedPlan): Feed {
  return { mode: plan.mode, input: plan.mode === 'tensor' ? plan.input!.name : null, features: [...plan.features] };
}

function describe(io: IoSpec[]): string {
  return io.map((i) => `${i.name} (${i.type} [${i.shape.map((d) => (d === '' ? '?' : d)).join(', ')}])`).join(', ');
}

export class Model {
  private constructor(
    readonly path: string,
    readonly session: Session,
    private readonly ort: Ort,
    readonly sha256: string,
    readonly bytes: number,
    readonly inputs: IoSpec[],
    readonly outputs: IoSpec[],
    readonly nodes: OnnxNode[],
    readonly zipMapClassLabels: Map<string, (number | string)[]>,
  ) {}

  /** `threads`: onnxruntime's intra-op threads (undefined: its default, one per core). */
  static async load(ort: Ort, path: string, threads?: number): Promise<Model> {
    if (!existsSync(path) || !statSync(path).isFile()) throw new DataError(`${path}: model file not found`, path);
    const raw = new Uint8Array(readFileSync(path));
    if (raw.length === 0) throw new DataError(`${path}: model file is empty`, path);
    const sha256 = createHash('sha256').update(raw).digest('hex');
    let rewrite;
    let graph;
    try {
      rewrite = stripZipMap(raw);
      graph = readGraph(rewrite.model);
    } catch (e) {
      throw new DataError(`${path}: ${(e as Error).message}`, path);
    }
    let session: Session;
    try {
      session = await ort.InferenceSession.create(rewrite.model, { graphOptimizationLevel: 'all', ...(threads ? { intraOpNumThreads: threads } : {}) });
    } catch (e) {
      throw new DataError(`${path}: onnxruntime cannot load it: ${(e as Error).message.split('\n')[0]}`, path);
    }
    const spec = (m: (typeof session.inputMetadata)[number]): IoSpec => (m.isTensor ? { name: m.name, type: m.type, shape: [...m.shape] } : { name: m.name, type: 'non-tensor', shape: [] });
    const zip = new Map([...rewrite.replaced.values()].map((r) => [r.tensor, r.classLabels]));
    return new Model(path, session, ort, sha256, raw.length, session.inputMetadata.map(spec), session.outputMetadata.map(spec), graph.nodes, zip);
  }

  /** Decides how data columns feed the model; a mismatch is an error that lists the model's inputs. */
  feedPlan(columns: string[], features: string[] | undefined, exclude: Set<string>): FeedPlan {
    const byName = new Set(columns);
    const one = this.inputs.length === 1 ? this.inputs[0] : undefined;
    if (one && one.shape.length === 2 && (one.type === 'float32' || one.type === 'float64') && !byName.has(one.name)) {
      const feats = features ?? columns.filter((c) => !exclude.has(c));
      const missing = feats.filter((f) => !byName.has(f));
      if (missing.length) throw new ConfigurationError(`input 'features': no column ${missing.map((m) => `'${m}'`).join(', ')} in the data (columns: ${showColumns(columns)})`);
      const width = one.shape[1];
      if (typeof width === 'number' && width !== feats.length) {
        throw new ConfigurationError(`the model's input ${describe([one])} takes ${width} features; the data gives ${feats.length} (${feats.join(', ')}); set 'features' to the ${width} columns in training order`);
      }
      return { mode: 'tensor', input: one, features: feats, inputs: [] };
    }
    const missing = this.inputs.filter((i) => !byName.has(i.name));
    if (missing.length) {
      throw new ConfigurationError(`the model's inputs are ${describe(this.inputs)}; the data has no column ${missing.map((m) => `'${m.name}'`).join(', ')} (columns: ${showColumns(columns)})`);
    }
    for (const i of this.inputs) {
      if (!['float32', 'float64', 'int64', 'int32', 'string', 'bool'].includes(i.type)) throw new ConfigurationError(`the model's input ${describe([i])} has a type evaluate-model cannot fill from a column`);
    }
    return { mode: 'columns', features: this.inputs.map((i) => i.name), inputs: this.inputs };
  }

  outputPlan(): OutputPlan {
    const plan: OutputPlan = {};
    const producer = (name: string) => this.nodes.find((n) => n.outputs.includes(name));
    for (const o of this.outputs) {
      const isFloat = o.type === 'float32' || o.type === 'float64';
      const width = o.shape.length === 2 ? o.shape[1] : 1;
      if (isFloat && o.shape.length === 2 && (typeof width !== 'number' || width >= 2) && !plan.probabilities) {
        plan.probabilities = o.name;
        const labels = this.zipMapClassLabels.get(o.name) ?? producer(o.name)?.classLabels;
        if (labels?.length) plan.classLabels = labels.map(String);
      } else if (!isFloat && (o.type === 'int64' || o.type === 'string' || o.type === 'int32') && !plan.label && o.shape.length <= 2) {
        plan.label = o.name;
        const labels = producer(o.name)?.classLabels;
        if (labels?.length && !plan.classLabels) plan.classLabels = labels.map(String);
      } else if (isFloat && !plan.value && (o.shape.length === 1 || width === 1)) {
        plan.value = o.name;
        plan.valueProducer = producer(o.name)?.opType;
      }
    }
    if (!plan.probabilities && !plan.value) {
      throw new ConfigurationError(`${this.path}: no output evaluate-model understands among ${describe(this.outputs)}; expected probabilities [N, K], a label with probabilities, or one float column`);
    }
    return plan;
  }

  /**
   * Builds the feeds for a batch of rows (cells indexed by data column). A cell that cannot feed
   * its input is a DataError naming `at(row)` (the file and line), the column and the value.
   */
  feeds(plan: FeedPlan, rows: Cell[][], colIndex: Map<string, number>, at: (row: number) => { file?: string; line?: number } = () => ({})): Record<string, TensorT> {
    const n = rows.length;
    const { Tensor } = this.ort;
    const toNumber = (r: number, column: string, type: string, v: Cell = rows[r][colIndex.get(column)!]) => numberFor(v, column, type, () => at(r));
    if (plan.mode === 'tensor') {
      const f = plan.features.length;
      const idx = plan.features.map((c) => colIndex.get(c)!);
      const type = plan.input!.type;
      const data = type === 'float64' ? new Float64Array(n * f) : new Float32Array(n * f);
      for (let r = 0; r < n; r++) {
        const row = rows[r];
        for (let j = 0; j < f; j++) {
          data[r * f + j] = toNumber(r, plan.features[j], type, row[idx[j]]);
        }
      }
      return { [plan.input!.name]: new Tensor(plan.input!.type === 'float64' ? 'float64' : 'float32', data, [n, f]) };
    }
    const feeds: Record<string, TensorT> = {};
    for (const input of plan.inputs) {
      const c = colIndex.get(input.name)!;
      const dims = input.shape.length === 1 ? [n] : [n, 1];
      switch (input.type) {
        case 'string': {
          const data = new Array<string>(n);
          for (let r = 0; r < n; r++) {
            const v = rows[r][c];
            data[r] = v === null ? '' : String(v);
          }
          feeds[input.name] = new Tensor('string', data, dims);
          break;
        }
        case 'int64': {
          const data = new BigInt64Array(n);
          for (let r = 0; r < n; r++) data[r] = BigInt(Math.round(toNumber(r, input.name, 'int64')));
          feeds[input.name] = new Tensor('int64', data, dims);
          break;
        }
        case 'int32': {
          const data = new Int32Array(n);
          for (let r = 0; r < n; r++) data[r] = toNumber(r, input.name, 'int32');
          feeds[input.name] = new Tensor('int32', data, dims);
          break;
        }
        case 'bool': {
          const data = new Uint8Array(n);
          for (let r = 0; r < n; r++) data[r] = truthy(rows[r][c]) ? 1 : 0;
          feeds[input.name] = new Tensor('bool', data, dims);
          break;
        }
        default: {
          const data = input.type === 'float64' ? new Float64Array(n) : new Float32Array(n);
          for (let r = 0; r < n; r++) data[r] = toNumber(r, input.name, input.type);
          feeds[input.name] = new Tensor(input.type === 'float64' ? 'float64' : 'float32', data, dims);
        }
      }
    }
    return feeds;
  }

  /** A tensor of this model's runtime (for feeds built outside `feeds`, e.g. permuted copies). */
  tensor(type: TensorT['type'], data: unknown, dims: readonly number[]): TensorT {
    return new this.ort.Tensor(type as 'float32', data as Float32Array, dims);
  }

  async run(feeds: Record<string, TensorT>, fetch: string[]): Promise<Record<string, TensorT>> {
    return this.session.run(feeds, fetch);
  }
}

export function truthy(v: Cell): boolean {
  return v === true || v === 1 || v === '1' || (typeof v === 'string' && v.toLowerCase() === 'true');
}

export const FLOAT32_MAX = 3.4028234663852886e38;
export const INT_RANGE: Record<string, number> = { int32: 2 ** 31, int64: 2 ** 63 };

/**
 * A cell as a number for a numeric input. Empty is NaN for a float input (the model's Imputer
 * handles it; evaluate-model blames the empty cell when the model's output for the row is not a
 * number) and an error for an integer input. Text that is not a number, NaN, an infinity, or a
 * value outside the input type's range is refused: a model fed Infinity returns a score as if
 * nothing were wrong.
 */
export function numberFor(v: Cell, column: string, type: string, at: () => { file?: string; line?: number }): number {
  const refuse = (why: string) => {
    const { file, line } = at();
    return new DataError(`${file !== undefined ? `${file}${line !== undefined ? `:${line}` : ''}: ` : ''}column '${column}': ${why}`, file, line);
  };
  if (v === null) {
    if (INT_RANGE[type]) throw refuse(`an empty value cannot feed the model's integer (${type}) input`);
    return NaN;
  }
  if (typeof v === 'boolean') return v ? 1 : 0;
  const n = typeof v === 'number' ? v : v.trim() === '' ? NaN : Number(v);
  if (n > -FLOAT32_MAX && n < FLOAT32_MAX && (!INT_RANGE[type] || Math.abs(n) < INT_RANGE[type])) return n;
  const shown = show(String(v));
  if (Number.isNaN(n)) throw refuse(`${shown} is not a number, and the model takes a number there`);
  if (!Number.isFinite(n)) throw refuse(`${shown} is not a finite number (it would reach the model as ${n > 0 ? '' : '-'}Infinity); the model takes a finite number there`);
  if (type === 'float32' && Math.abs(n) > FLOAT32_MAX) throw refuse(`${shown} is beyond the range of the model's float32 input (±3.4e38)`);
  if (INT_RANGE[type] && !(Math.abs(n) < INT_RANGE[type])) throw refuse(`${shown} is beyond the range of the model's ${type} input`);
  return n;
}

/** A value from the data quoted for a one-line message: control characters become spaces, long values are cut. */
export function show(v: string): string {
  const s = v.replace(/[\u0000-\u001f\u007f]+/g, ' ');
  return `'${s.length > 40 ? `${s.slice(0, 39)}…` : s}'`;
}
