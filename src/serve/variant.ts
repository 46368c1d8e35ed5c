/**
 * One loaded model version: its onnxruntime session (through src/model's Model, so ZipMap outputs
 * are rewritten to tensors as evaluate-model does), how its outputs read as predictions, and the
 * count of requests in flight, so that a retired variant releases its session only after the last
 * request that started on it has finished.
 */
import type { Ort } from '../model/ort.js';
import { Model, type FeedPlan, type OutputPlan } from '../model/model.js';
import type { Cell } from '../data/readers.js';
import { isUserError } from '../errors.js';
import { Batcher, QueueFullError, type Outputs } from './batcher.js';
import { resolveModel } from './source.js';
import { RequestError, type HostTensor } from './tensors.js';

export type ScoreType = 'auto' | 'probability' | 'logit';

export interface PredictOptions {
  features?: string[];
  ignore: string[];
  scoreType: ScoreType;
  threshold: number;
}

export interface BatchOptions {
  /** onnxruntime's intra-op threads per session; 0: its default (one per core). */
  threads: number;
  enabled: boolean;
  maxRows: number;
  waitMs: number;
  queueLimit: number;
}

/** Predictions for a batch of rows, read from the model's outputs. */
export interface Predictions {
  task: 'binary' | 'multiclass' | 'regression' | 'label';
  classes: string[];
  labels: string[];
  /** K per row (classification with probabilities). */
  probabilities?: Float64Array;
  /** Regression values. */
  values?: Float64Array;
}

export interface RunHooks {
  onBatch(rows: number, requests: number): void;
}

function sigmoid(x: number): number {
  return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
}

export class Variant {
  inflight = 0;
  private retired = false;
  private released = false;
  readonly plan: OutputPlan;
  /** Output names the predictions are read from (always fetched). */
  readonly predictionOutputs: string[];
  /** Every output's name, in the model's order (an answer's outputs when the request names none). */
  readonly outputNames: string[];
  private readonly batcher?: Batcher;
  private direct = 0;

  private constructor(
    readonly ref: string,
    readonly version: string,
    readonly model: Model,
    private readonly ort: Ort,
    private readonly predict: PredictOptions,
    private readonly batching: BatchOptions,
    hooks: RunHooks,
  ) {
    this.plan = model.outputPlan();
    this.predictionOutputs = [this.plan.probabilities, this.plan.label, this.plan.value].filter((x): x is string => !!x);
    this.outputNames = model.outputs.map((o) => o.name);
    const batchable = [...model.inputs, ...model.outputs].every((io) => io.shape.length > 0 && typeof io.shape[0] !== 'number');
    if (batching.enabled && batchable) this.batcher = new Batcher((i) => this.runNow(i), batching, hooks.onBatch);
    else this.onDirect = hooks.onBatch;
  }

  private onDirect: (rows: number, requests: number) => void = () => {};

  /**
   * What reloads exactly this version: the registry reference at its digest, or `ref` itself
   * (a file). Set by `load`.
   */
  source = '';

  /** Loads `source` (default: `ref`), shown as `ref`. */
  static async load(ort: Ort, ref: string, version: string | undefined, predict: PredictOptions, batching: BatchOptions, hooks: RunHooks, source = ref): Promise<Variant> {
    const src = await resolveModel(source);
    const model = await Model.load(ort, src.path, batching.threads || undefined);
    await warmUp(ort, model);
    const v = new Variant(ref, version ?? src.version ?? '1', model, ort, predict, batching, hooks);
    v.source = src.pinned ?? source;
    return v;
  }

  get queueDepth(): number {
    return this.batcher ? this.batcher.depth : this.direct;
  }

  /** Half its queue taken: shadow copies are dropped then, so they never delay real answers. */
  get saturated(): boolean {
    return this.queueDepth * 2 >= this.batching.queueLimit;
  }

  /** Counts a request in; it must call `leave()` when done (the session stays until then). */
  enter(): void {
    this.inflight++;
  }

  leave(): void {
    this.inflight--;
    if (this.retired && this.inflight === 0) this.release();
  }

  /** No new requests come here; the session is released when the last one in flight leaves. */
  retire(): void {
    this.retired = true;
    if (this.inflight === 0) this.release();
  }

  get isReleased(): boolean {
    return this.released;
  }

  private release(): void {
    if (this.released) return;
    this.released = true;
    void this.model.session.release().catch(() => {});
  }

  private async runNow(inputs: Map<string, HostTensor>): Promise<Outputs> {
    const feeds: Record<string, InstanceType<Ort['Tensor']>> = {};
    for (const [name, t] of inputs) feeds[name] = new this.ort.Tensor(t.type as 'float32', t.data as Float32Array, t.dims);
    try {
      return (await this.model.session.run(feeds)) as unknown as Outputs;
    } catch (e) {
      // onnxruntime's own checks (a value it rejects): the caller's input, one line.
      throw new RequestError(`onnxruntime rejected the input: ${(e as Error).message.split('\n')[0]}`);
    }
  }

  /** Runs one request's tensors, batched with others when batching is on. */
  async run(inputs: Map<string, HostTensor>, rows: number): Promise<Outputs> {
    if (this.batcher) return this.batcher.submit(inputs, rows);
    if (this.direct >= this.batching.queueLimit) throw new QueueFullError(this.batching.queueLimit);
    this.direct++;
    this.onDirect(rows, 1);
    try {
      return await this.runNow(inputs);
    } finally {
      this.direct--;
    }
  }

  /** JSON records -> the model's input tensors, by evaluate-model's column mapping. */
  feedsFromRecords(records: Record<string, Cell>[]): { inputs: Map<string, HostTensor>; columns: string[]; cells: Cell[][] } {
    const columns: string[] = [];
    const seen = new Set<string>();
    for (const r of records) for (const k of Object.keys(r)) if (!seen.has(k)) seen.add(k), columns.push(k);
    const colIndex = new Map(columns.map((c, i) => [c, i]));
    const cells = records.map((r) => columns.map((c) => (c in r ? r[c] : null)));
    let plan: FeedPlan;
    let feeds;
    try {
      plan = this.model.feedPlan(columns, this.predict.features, new Set(this.predict.ignore));
      feeds = this.model.feeds(plan, cells, colIndex);
    } catch (e) {
      if (isUserError(e)) throw new RequestError(e.message.replace(/^input 'features': /, 'features: '));
      throw e;
    }
    const inputs = new Map<string, HostTensor>();
    for (const [name, t] of Object.entries(feeds)) inputs.set(name, { type: t.type as HostTensor['type'], data: t.data as HostTensor['data'], dims: [...t.dims] });
    const idx = plan.features.map((f) => colIndex.get(f)!);
    return { inputs, columns: plan.features, cells: cells.map((row) => idx.map((i) => row[i])) };
  }

  /** Column names for captured tensor requests: features when configured, else input[_j]. */
  columnsOf(inputs: Map<string, HostTensor>): { columns: string[]; rowCells: (r: number) => Cell[] } {
    const parts: { name: string; t: HostTensor; per: number }[] = [];
    const columns: string[] = [];
    for (const [name, t] of inputs) {
      const per = t.dims.slice(1).reduce((a, b) => a * b, 1);
      parts.push({ name, t, per });
      if (per === 1) columns.push(name);
      else if (inputs.size === 1 && this.predict.features?.length === per) columns.push(...this.predict.features);
      else for (let j = 0; j < per; j++) columns.push(`${name}_${j}`);
    }
    const rowCells = (r: number): Cell[] => {
      const out: Cell[] = [];
      for (const { t, per } of parts) {
        for (let j = 0; j < per; j++) {
          const v = t.data[r * per + j];
          out.push(typeof v === 'bigint' ? Number(v) : typeof v === 'number' && !Number.isFinite(v) ? null : (v as Cell));
        }
      }
      return out;
    };
    return { columns, rowCells };
  }

  /** The label and class probabilities (or regression value) of each row. */
  predictions(out: Outputs, rows: number): Predictions {
    const { plan } = this;
    const labelsOut = plan.label ? (out[plan.label]?.data as ArrayLike<unknown> | undefined) : undefined;
    if (plan.probabilities && out[plan.probabilities]) {
      const t = out[plan.probabilities];
      const k = t.dims[1];
      const classes = plan.classLabels?.length === k ? plan.classLabels : Array.from({ length: k }, (_, i) => String(i));
      const p = Float64Array.from(t.data as Float32Array);
      const labels = new Array<string>(rows);
      for (let r = 0; r < rows; r++) {
        if (labelsOut) labels[r] = String(labelsOut[r]);
        else {
          let best = 0;
          for (let j = 1; j < k; j++) if (p[r * k + j] > p[r * k + best]) best = j;
          labels[r] = classes[best];
        }
      }
      return { task: k === 2 ? 'binary' : 'multiclass', classes, labels, probabilities: p };
    }
    if (plan.value && out[plan.value]) {
      const v = out[plan.value].data as Float32Array;
      const st = this.predict.scoreType === 'auto' ? (plan.valueProducer === 'Sigmoid' ? 'probability' : undefined) : this.predict.scoreType;
      if (!st) return { task: 'regression', classes: [], labels: Array.from(v, (x) => String(x)), values: Float64Array.from(v) };
      const p = new Float64Array(rows * 2);
      const labels = new Array<string>(rows);
      for (let r = 0; r < rows; r++) {
        const q = st === 'logit' ? sigmoid(v[r]) : v[r];
        p[r * 2] = 1 - q;
        p[r * 2 + 1] = q;
        labels[r] = q >= this.predict.threshold ? '1' : '0';
      }
      return { task: 'binary', classes: ['0', '1'], labels, probabilities: p };
    }
    return { task: 'label', classes: plan.classLabels ?? [], labels: labelsOut ? Array.from(labelsOut, String) : [] };
  }
}

/**
 * Runs the model a few times on one row of zeros (empty strings, false) before it takes traffic, as
 * Triton's model warmup does: onnxruntime's first runs allocate and plan, and a freshly loaded
 * candidate would otherwise answer its first requests slowly and be judged on that. A model that
 * refuses zeros is left cold (its real requests will say what is wrong).
 */
async function warmUp(ort: Ort, model: Model, runs = 3): Promise<void> {
  const feeds: Record<string, InstanceType<Ort['Tensor']>> = {};
  for (const io of model.inputs) {
    const dims = io.shape.map((d) => (typeof d === 'number' && d > 0 ? d : 1));
    const n = dims.reduce((a, b) => a * b, 1);
    if (n > 1 << 20) return;
    switch (io.type) {
      case 'float32': feeds[io.name] = new ort.Tensor('float32', new Float32Array(n), dims); break;
      case 'float64': feeds[io.name] = new ort.Tensor('float64', new Float64Array(n), dims); break;
      case 'int64': feeds[io.name] = new ort.Tensor('int64', new BigInt64Array(n), dims); break;
      case 'int32': feeds[io.name] = new ort.Tensor('int32', new Int32Array(n), dims); break;
      case 'bool': feeds[io.name] = new ort.Tensor('bool', new Uint8Array(n), dims); break;
      case 'string': feeds[io.name] = new ort.Tensor('string', new Array<string>(n).fill(''), dims); break;
      default: return;
    }
  }
  try {
    for (let i = 0; i < runs; i++) await model.session.run(feeds);
  } catch {
    // Left cold: see above.
  }
}
