/**
 * The primary process of `modelgate serve --workers N`: starts N worker processes with node:cluster
 * (they share the listening port; the primary accepts connections and hands them out in turn),
 * and keeps them consistent and whole. It loads no model itself.
 *
 * - Admin changes (load, weights, promote, rollback) come from whichever worker received the
 *   request; the primary applies them one at a time: first on one worker (a refusal there, e.g. a
 *   bad model file, is the answer and nothing changed), then on all the others, and answers only
 *   when every worker has acknowledged. A worker that fails a change the first one accepted is
 *   killed and restarted from the new state, so no request after the answer reaches the old state.
 * - /metrics and the observation window are gathered from every ready worker and merged; the
 *   deploy record is kept here.
 * - /v2/health/ready is 200 only while every worker is ready (the primary tells them).
 * - Workers start from the first worker's state, each version at its pinned source (a registry
 *   reference at the digest the first worker resolved; a tag may move meanwhile).
 * - A worker that exits is logged and restarted from the current deployment state (the primary
 *   keeps the last state a change produced), at most MAX_RESTARTS times within RESTART_WINDOW_MS;
 *   past that the primary stops every worker and exits with status 1, for the process manager.
 * - SIGTERM or SIGINT: every worker stops gracefully (finishes requests in flight, flushes its
 *   capture file); the primary exits 0 when they have.
 */
import cluster, { type Worker } from 'node:cluster';
import type { ServeConfig } from './config.js';
import type { Shared } from './peers.js';
import type { JsonLogger } from './log.js';
import { mergeMetrics, type MetricsSnapshot } from './metrics.js';
import { errorData, isMessage, type ErrorData, type LocalOp, type ToPrimary, type ToWorker } from './peers.js';
import { mergeWindows, type WindowSnapshot } from './window.js';

export const MAX_RESTARTS = 5;
export const RESTART_WINDOW_MS = 60_000;

/** At most `max` restarts within any `windowMs`: `allow(now)` counts one in when it fits. */
export class RestartBudget {
  private times: number[] = [];
  constructor(
    private readonly max = MAX_RESTARTS,
    private readonly windowMs = RESTART_WINDOW_MS,
  ) {}

  allow(now: number): boolean {
    while (this.times.length && this.times[0] <= now - this.windowMs) this.times.shift();
    if (this.times.length >= this.max) return false;
    this.times.push(now);
    return true;
  }
}

interface Slot {
  worker: Worker;
  ready: boolean;
}

type Outcome = { value?: unknown; error?: ErrorData };

export interface PrimaryOptions {
  log: JsonLogger;
  /** Where a start-up failure's one-line message goes (stderr). */
  fail: (message: string) => void;
}

/** Runs the workers until SIGTERM/SIGINT (0), a worker's start-up failure (its exit code), or too many crashes (1). */
export function runPrimary(config: ServeConfig, { log, fail }: PrimaryOptions): Promise<number> {
  const slots = new Map<number, Slot>();
  let state: Shared | null = null;
  let record: unknown;
  let stopping = false;
  let started = false;
  let lastAllReady = false;
  const budget = new RestartBudget();
  let nextId = 1;
  const pending = new Map<number, { worker: Worker; resolve: (o: Outcome) => void }>();
  let finish!: (code: number) => void;
  const done = new Promise<number>((r) => (finish = r));

  // Admin changes and worker (re)starts run one at a time: a starting worker gets the state that
  // no change is about to replace.
  let chain: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(fn: () => Promise<T>): Promise<T> => {
    const p = chain.then(fn);
    chain = p.then(
      () => undefined,
      () => undefined,
    );
    return p;
  };

  const send = (w: Worker, m: ToWorker) => {
    if (w.isConnected()) w.send(m);
  };
  const live = () => [...slots.entries()].sort((a, b) => a[0] - b[0]).filter(([, s]) => s.ready).map(([, s]) => s.worker);
  const allReady = () => !stopping && slots.size === config.workers && [...slots.values()].every((s) => s.ready);
  const tellReady = (force = false) => {
    const v = allReady();
    if (v === lastAllReady && !force) return;
    lastAllReady = v;
    for (const s of slots.values()) send(s.worker, { mg: 'all-ready', value: v });
  };

  /** Asks one worker; a worker that exits first answers 503. */
  const ask = (w: Worker, op: LocalOp, args?: unknown): Promise<Outcome> =>
    new Promise((resolve) => {
      const id = nextId++;
      pending.set(id, { worker: w, resolve });
      if (w.isConnected()) w.send({ mg: 'do', id, op, args } satisfies ToWorker);
      else resolve({ error: { message: 'a worker stopped; try again', status: 503, kind: 'unavailable' } });
    });

  const gather = async <T>(op: LocalOp): Promise<T[]> => (await Promise.all(live().map((w) => ask(w, op)))).filter((o) => !o.error).map((o) => o.value as T);

  const admin = (args: unknown) =>
    exclusive(async (): Promise<Outcome> => {
      const [first, ...rest] = live();
      if (!first) return { error: { message: 'no worker is ready; try again', status: 503, kind: 'unavailable' } };
      const r = await ask(first, 'admin', args);
      if (r.error) return r;
      const shared = r.value as Shared;
      // The others load the very version the first one loaded (a registry tag may move meanwhile).
      const theirs = (args as { action: string }).action === 'load' ? { ...(args as object), source: shared.sources.candidate } : args;
      const others = await Promise.all(rest.map((w) => ask(w, 'admin', theirs).then((o) => ({ w, o }))));
      for (const { w, o } of others) {
        if (!o.error) continue;
        log.log('error', 'a worker failed an admin change the others made; restarting it from the new state', { worker: slotOf(w), pid: w.process.pid, error: o.error.message });
        w.process.kill('SIGKILL');
      }
      state = shared;
      return { value: shared.state };
    });

  const answer = async (w: Worker, id: number, op: string, args: unknown): Promise<void> => {
    let out: Outcome;
    try {
      if (op === 'admin') out = await admin(args);
      else if (op === 'metrics') out = { value: mergeMetrics(await gather<MetricsSnapshot>('metrics')) };
      else if (op === 'window') out = { value: mergeWindows(await gather<WindowSnapshot>('window')) };
      else if (op === 'window-reset') out = { value: mergeWindows(await gather<WindowSnapshot>('window-reset')) };
      else if (op === 'record-get') out = { value: { record } };
      else if (op === 'record-put') out = { value: (record = args) };
      else if (op === 'record-delete') out = { value: (record = undefined) };
      else out = { error: { message: `unknown operation ${op}`, status: 500, kind: 'internal' } };
    } catch (e) {
      out = { error: errorData(e) };
    }
    send(w, { mg: 'reply', id, ...out });
  };

  const slotOf = (w: Worker) => [...slots.entries()].find(([, s]) => s.worker === w)?.[0];

  /** Forks the worker of a slot; resolves when it listens, rejects with its message when it exits first. */
  const start = (slot: number): Promise<void> =>
    new Promise((resolve, reject) => {
      const w = cluster.fork();
      slots.set(slot, { worker: w, ready: false });
      let fatal: { message: string; code: number } | undefined;
      let wasReady = false;
      w.on('message', (m: unknown) => {
        if (!isMessage(m)) return;
        const msg = m as ToPrimary;
        if (msg.mg === 'hello') send(w, { mg: 'init', slot, state });
        else if (msg.mg === 'ready') {
          wasReady = true;
          // The first worker's versions, pinned, are where the others start from.
          state ??= msg.shared;
          slots.get(slot)!.ready = true;
          log.log('info', 'worker ready', { worker: slot, pid: w.process.pid });
          tellReady(true);
          resolve();
        } else if (msg.mg === 'fatal') fatal = { message: msg.message, code: msg.code };
        else if (msg.mg === 'call') void answer(w, msg.id, msg.op, msg.args);
        else if (msg.mg === 'done') {
          const p = pending.get(msg.id);
          pending.delete(msg.id);
          p?.resolve({ value: msg.value, error: msg.error });
        }
      });
      w.on('exit', (code, signal) => {
        for (const [id, p] of pending) {
          if (p.worker !== w) continue;
          pending.delete(id);
          p.resolve({ error: { message: 'a worker stopped; try again', status: 503, kind: 'unavailable' } });
        }
        if (slots.get(slot)?.worker !== w) return;
        slots.get(slot)!.ready = false;
        tellReady();
        if (!wasReady) {
          reject(Object.assign(new Error(fatal?.message ?? `worker ${slot} exited (${signal ?? `status ${code}`}) before it was ready`), { code: fatal?.code ?? 1 }));
          return;
        }
        if (stopping) return;
        log.log('error', 'worker exited', { worker: slot, pid: w.process.pid, code, signal });
        restart(slot);
      });
    });

  const restart = (slot: number): void => {
    if (!budget.allow(Date.now())) {
      log.log('error', `workers exited ${MAX_RESTARTS} times within ${RESTART_WINDOW_MS / 1000} s; stopping the server`, {});
      void stop(1);
      return;
    }
    void exclusive(() => start(slot)).then(
      () => log.log('warn', 'worker restarted', { worker: slot, pid: slots.get(slot)?.worker.process.pid }),
      (e: Error) => {
        log.log('error', 'worker failed to restart', { worker: slot, error: e.message });
        if (!stopping) restart(slot);
      },
    );
  };

  const stop = async (code: number): Promise<void> => {
    if (stopping) return;
    stopping = true;
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
    tellReady(true);
    log.log('info', 'shutting down', { workers: slots.size });
    const exits = [...slots.values()].filter((s) => s.worker.process.exitCode === null && s.worker.process.signalCode === null).map((s) => new Promise<void>((r) => s.worker.once('exit', () => r())));
    for (const s of slots.values()) send(s.worker, { mg: 'stop' });
    // Workers time out their own in-flight requests after shutdown-timeout-ms (and shadows after as
    // long again); a worker still there well after that is killed.
    const timer = setTimeout(() => {
      for (const s of slots.values()) if (s.worker.process.exitCode === null) s.worker.process.kill('SIGKILL');
    }, 2 * config.shutdownTimeoutMs + 5_000);
    await Promise.all(exits);
    clearTimeout(timer);
    log.log('info', 'stopped');
    finish(code);
  };
  const onSignal = () => void stop(0);
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);

  // The first worker alone (a bad setting or model is reported once; a registry version is pulled
  // into the cache once), then the others together.
  void exclusive(async () => {
    await start(1);
    await Promise.all(Array.from({ length: config.workers - 1 }, (_, i) => start(i + 2)));
  }).then(
    () => {
      started = true;
      log.log('info', 'workers ready', { workers: config.workers });
    },
    async (e: Error & { code?: number }) => {
      if (started) return;
      fail(e.message);
      await stop(e.code ?? 1);
    },
  );
  return done;
}
