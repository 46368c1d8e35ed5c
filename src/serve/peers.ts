/**
 * The messages between the primary and the workers of `modelgate serve --workers N` (node:cluster
 * IPC), and the worker's end of them. A worker asks the primary (`call`) for what concerns every
 * worker: an admin change (applied by each worker before the answer), the merged /metrics, the
 * merged observation window, the deploy record (held by the primary). The primary asks each worker
 * (`do`) to apply a change or report its numbers, and tells them whether all of them are ready.
 */
import { RequestError } from './tensors.js';
import type { DeploymentState, Sources } from './deployment.js';

/** A deployment's state as the workers share it: what the admin API shows, and what reloads each version. */
export interface Shared {
  state: DeploymentState;
  sources: Sources;
}

/** What a worker asks the primary. */
export type PeerOp = 'admin' | 'metrics' | 'window' | 'window-reset' | 'record-get' | 'record-put' | 'record-delete';
/** What the primary asks each worker. */
export type LocalOp = 'admin' | 'metrics' | 'window' | 'window-reset';

export interface ErrorData {
  message: string;
  status: number;
  kind: string;
}

export type ToPrimary =
  | { mg: 'hello' }
  | { mg: 'ready'; url: string; shared: Shared }
  | { mg: 'fatal'; message: string; code: number }
  | { mg: 'call'; id: number; op: PeerOp; args?: unknown }
  | { mg: 'done'; id: number; value?: unknown; error?: ErrorData };

export type ToWorker =
  | { mg: 'init'; slot: number; state: Shared | null }
  | { mg: 'all-ready'; value: boolean }
  | { mg: 'reply'; id: number; value?: unknown; error?: ErrorData }
  | { mg: 'do'; id: number; op: LocalOp; args?: unknown }
  | { mg: 'stop' };

export function errorData(e: unknown): ErrorData {
  if (e instanceof RequestError) return { message: e.message, status: e.status, kind: e.kind };
  return { message: e instanceof Error ? e.message : String(e), status: 500, kind: 'internal' };
}

export function fromErrorData(e: ErrorData): RequestError {
  return new RequestError(e.message, e.status, e.kind);
}

export function isMessage(m: unknown): m is { mg: string } {
  return typeof m === 'object' && m !== null && typeof (m as { mg?: unknown }).mg === 'string';
}

/** What the server needs from its fellow workers (absent when it runs alone). */
export interface Peers {
  /** Whether every worker is ready (as the primary last said). */
  allReady(): boolean;
  /** An operation across the workers, through the primary; throws the RequestError of a refusal. */
  call(op: PeerOp, args?: unknown): Promise<unknown>;
}

/** The worker's end of the IPC channel (process.send). */
export class WorkerLink implements Peers {
  private everyone = false;
  private nextId = 1;
  private waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>();
  private local: ((op: LocalOp, args: unknown) => Promise<unknown>) | undefined;
  private init: Promise<{ slot: number; state: Shared | null }>;
  private stopHandlers: (() => void)[] = [];

  constructor(private readonly send: (m: ToPrimary) => void = (m) => process.send!(m)) {
    let gotInit: (v: { slot: number; state: Shared | null }) => void;
    this.init = new Promise((r) => (gotInit = r));
    process.on('message', (m: unknown) => {
      if (!isMessage(m)) return;
      const msg = m as ToWorker;
      if (msg.mg === 'init') gotInit({ slot: msg.slot, state: msg.state });
      else if (msg.mg === 'all-ready') this.everyone = msg.value;
      else if (msg.mg === 'reply') {
        const w = this.waiting.get(msg.id);
        this.waiting.delete(msg.id);
        if (msg.error) w?.reject(fromErrorData(msg.error));
        else w?.resolve(msg.value);
      } else if (msg.mg === 'do') void this.handle(msg.id, msg.op, msg.args);
      else if (msg.mg === 'stop') for (const f of this.stopHandlers) f();
    });
  }

  /** Says hello; the primary answers with this worker's slot and the deployment state to start from. */
  hello(): Promise<{ slot: number; state: Shared | null }> {
    this.send({ mg: 'hello' });
    return this.init;
  }

  /** What this worker does when the primary asks (its server's own state and numbers). */
  serve(local: (op: LocalOp, args: unknown) => Promise<unknown>): void {
    this.local = local;
  }

  ready(url: string, shared: Shared): void {
    this.send({ mg: 'ready', url, shared });
  }

  fatal(message: string, code: number): void {
    this.send({ mg: 'fatal', message, code });
  }

  onStop(fn: () => void): void {
    this.stopHandlers.push(fn);
  }

  allReady(): boolean {
    return this.everyone;
  }

  call(op: PeerOp, args?: unknown): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.send({ mg: 'call', id, op, args });
    });
  }

  private async handle(id: number, op: LocalOp, args: unknown): Promise<void> {
    try {
      if (!this.local) throw new RequestError('this worker is not serving yet', 503, 'unavailable');
      this.send({ mg: 'done', id, value: await this.local(op, args) });
    } catch (e) {
      this.send({ mg: 'done', id, error: errorData(e) });
    }
  }
}
