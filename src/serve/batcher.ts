/**
 * Dynamic batching, as Triton's dynamic batcher does it: requests queue per model session; one
 * onnxruntime call at a time takes every queued request that fits (up to `maxRows` rows, same
 * trailing dimensions), concatenated along the first dimension, and its outputs are split back.
 * A request waits at most `waitMs` for others to join when the session is idle; with 0 the batch
 * is formed on the next turn of the event loop, after the requests already received have been read
 * (under load, a call that had just finished leaves an empty queue that the next burst of
 * requests refills: taking the first of them alone costs a whole call for one row). Requests
 * always batch up while a call is running. Past `queueLimit` queued requests, submit
 * throws a 503 with Retry-After instead of queueing without bound.
 */
import { RequestError, type HostTensor, type TensorData } from './tensors.js';

export interface OutTensor {
  type: string;
  dims: readonly number[];
  data: unknown;
}
export type Outputs = Record<string, OutTensor>;
export type Runner = (inputs: Map<string, HostTensor>) => Promise<Outputs>;

export interface BatcherOptions {
  maxRows: number;
  waitMs: number;
  queueLimit: number;
}

interface Job {
  inputs: Map<string, HostTensor>;
  rows: number;
  key: string;
  at: number;
  resolve(o: Outputs): void;
  reject(e: unknown): void;
}

export class QueueFullError extends RequestError {
  constructor(limit: number) {
    super(`the server is overloaded (${limit} requests queued); retry later`, 503, 'overloaded');
  }
}

function shapeKey(inputs: Map<string, HostTensor>): string {
  let k = '';
  for (const [name, t] of inputs) {
    k += name;
    for (let i = 1; i < t.dims.length; i++) k += `:${t.dims[i]}`;
    k += ';';
  }
  return k;
}

function concat(parts: TensorData[], type: string): TensorData {
  if (type === 'string') return ([] as string[]).concat(...(parts as string[][]));
  const total = parts.reduce((a, p) => a + p.length, 0);
  const Ctor = (parts[0] as Float32Array).constructor as new (n: number) => Float32Array;
  const out = new Ctor(total);
  let o = 0;
  for (const p of parts) {
    out.set(p as Float32Array, o);
    o += p.length;
  }
  return out as unknown as TensorData;
}

function sliceRows(t: OutTensor, from: number, rows: number): OutTensor {
  const per = t.dims.slice(1).reduce((a, b) => a * b, 1);
  const data = t.data as { subarray?: (a: number, b: number) => unknown; slice(a: number, b: number): unknown };
  const part = data.subarray ? data.subarray(from * per, (from + rows) * per) : data.slice(from * per, (from + rows) * per);
  return { type: t.type, dims: [rows, ...t.dims.slice(1)], data: part };
}

export class Batcher {
  private queue: Job[] = [];
  private running = false;
  private timer: NodeJS.Timeout | undefined;
  private turn: NodeJS.Immediate | undefined;

  constructor(
    private readonly run: Runner,
    private readonly opts: BatcherOptions,
    private readonly onBatch: (rows: number, requests: number) => void = () => {},
  ) {}

  get depth(): number {
    return this.queue.length;
  }

  submit(inputs: Map<string, HostTensor>, rows: number): Promise<Outputs> {
    if (this.queue.length >= this.opts.queueLimit) throw new QueueFullError(this.opts.queueLimit);
    return new Promise<Outputs>((resolve, reject) => {
      this.queue.push({ inputs, rows, key: shapeKey(inputs), at: performance.now(), resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    if (this.running || this.queue.length === 0) return;
    if (this.opts.waitMs === 0) {
      this.turn ??= setImmediate(() => {
        this.turn = undefined;
        this.start();
      });
      return;
    }
    const head = this.queue[0].key;
    const queuedRows = this.queue.reduce((a, j) => (j.key === head ? a + j.rows : a), 0);
    const waited = performance.now() - this.queue[0].at;
    if (queuedRows < this.opts.maxRows && waited < this.opts.waitMs) {
      if (!this.timer) {
        this.timer = setTimeout(() => {
          this.timer = undefined;
          this.pump();
        }, Math.max(0, this.opts.waitMs - waited));
      }
      return;
    }
    this.start();
  }

  /** Takes the head of the queue and what fits with it into one call. */
  private start(): void {
    if (this.running || this.queue.length === 0) return;
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    const head = this.queue[0];
    const batch: Job[] = [];
    let rows = 0;
    const rest: Job[] = [];
    for (const j of this.queue) {
      if (j.key === head.key && (batch.length === 0 || rows + j.rows <= this.opts.maxRows)) {
        batch.push(j);
        rows += j.rows;
      } else rest.push(j);
    }
    this.queue = rest;
    this.running = true;
    void this.execute(batch, rows).finally(() => {
      this.running = false;
      this.pump();
    });
  }

  private async execute(batch: Job[], rows: number): Promise<void> {
    this.onBatch(rows, batch.length);
    if (batch.length === 1) {
      await this.run(batch[0].inputs).then(batch[0].resolve, batch[0].reject);
      return;
    }
    const inputs = new Map<string, HostTensor>();
    for (const [name, t] of batch[0].inputs) {
      inputs.set(name, { type: t.type, dims: [rows, ...t.dims.slice(1)], data: concat(batch.map((j) => j.inputs.get(name)!.data), t.type) });
    }
    let out: Outputs;
    try {
      out = await this.run(inputs);
    } catch {
      // One bad request must not fail the others: run them one by one to find out whose it was.
      for (const j of batch) await this.run(j.inputs).then(j.resolve, j.reject);
      return;
    }
    if (!Object.values(out).every((t) => t.dims[0] === rows)) {
      for (const j of batch) await this.run(j.inputs).then(j.resolve, j.reject);
      return;
    }
    let from = 0;
    for (const j of batch) {
      const part: Outputs = {};
      for (const [name, t] of Object.entries(out)) part[name] = sliceRows(t, from, j.rows);
      from += j.rows;
      j.resolve(part);
    }
  }
}
