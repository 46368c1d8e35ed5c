/**
 * Tasks on a pool of worker threads, results taken in task order: each worker is given its next
 * task when it returns one, and at most `n` results wait for an earlier one. Used by the parallel
 * passes over byte ranges of one file (validate-data's profile, evaluate-model's inference).
 *
 * This thread can take tasks too (`here`): it is warm from the start while a worker thread first
 * loads the program, so validate-data's pass on 2 cores runs on this thread and 1 worker thread.
 * This thread can not answer a worker while it runs a task, so each worker then holds two tasks
 * (one running, one waiting in its queue), and this thread takes the next task only after every
 * worker was given its two (it takes the first task at once). With `steal`, this thread, out of
 * tasks, takes back one a worker holds but has not started (the threads claim tasks in a shared
 * array), rather than wait while that worker runs it: validate-data's main thread idled up to a
 * chunk's time at the end of a CSV pass.
 */
import type { Worker } from 'node:worker_threads';

export interface OrderedOptions<T, R> {
  /** Runs a task in this thread, which then takes tasks next to the workers; it must not throw (a failure is a result). */
  here?: (task: T) => Promise<R>;
  /**
   * Work for this thread while it only waits for the workers: run once, when this thread has no
   * task left to take and a worker still runs one, or at once without `here`. An exception rejects.
   */
  idle?: () => void;
  /**
   * With `here`: when this thread has no task left to take, it takes back (steals) a task a worker
   * holds but has not started, instead of waiting while that worker runs it after its current
   * one. Each task then goes to the worker as a {@link StealableTask}, which the worker must
   * {@link claim} before it runs it, and answer with a {@link Stolen} when it can not.
   */
  steal?: boolean;
  /** Ends a worker once the run is over: `Worker.terminate()` unless given (evaluate-model's workers are retired, see self-worker.ts). */
  stop?: (w: Worker) => Promise<void>;
}

/** A task as a worker receives it with `steal`: the task, its position, and the claims every thread shares. */
export interface StealableTask<T> {
  stealable: T;
  index: number;
  claims: Int32Array;
}

/** A worker's answer to a task another thread claimed first. */
export interface Stolen {
  index: number;
  stolen: true;
}

export function isStealable(m: unknown): m is StealableTask<unknown> {
  return typeof m === 'object' && m !== null && 'stealable' in m;
}

/** In a worker, before it runs a stealable task: true when the task is its own to run, false when another thread took it. */
export function claim(m: StealableTask<unknown>): boolean {
  return Atomics.compareExchange(m.claims, m.index, 0, 1) === 0;
}

/**
 * Runs `tasks` on `n` workers made by `start` (and on this thread with `here`); a worker answers
 * each task with one message whose `index` is the task's position. `take` sees the results in
 * task order and returns null to go on, or a reason to stop. Resolves to that reason (or a
 * worker's failure), or null when every result was taken. The workers are stopped either way;
 * an exception from `take` or `here` rejects.
 */
export async function runOrdered<T, R extends { index: number }>(tasks: readonly T[], n: number, start: () => Worker, take: (result: R, index: number) => string | null, opts: OrderedOptions<T, R> = {}): Promise<string | null> {
  const { here, idle } = opts;
  const steal = Boolean(here && opts.steal);
  // One flag per task, set by the thread that claims it first (steal).
  const claims = steal ? new Int32Array(new SharedArrayBuffer(4 * tasks.length)) : undefined;
  // Tasks given to workers and not answered yet (steal: the candidates), in the order given.
  const given = new Set<number>();
  // Tasks each worker holds at most: two when this thread runs tasks too (see above).
  const depth = here ? 2 : 1;
  const pool: Worker[] = [];
  const held = new Map<Worker, number>();
  const done = new Map<number, R>();
  let next = 0;
  let taken = 0;
  try {
    return await new Promise<string | null>((resolve, reject) => {
      let settled = false;
      const finish = (v: string | null, error?: unknown) => {
        if (settled) return;
        settled = true;
        if (error !== undefined) reject(error);
        else resolve(v);
      };
      const give = (w: Worker) => {
        while (next < tasks.length && held.get(w)! < depth) {
          const i = next++;
          const t = tasks[i]!;
          held.set(w, held.get(w)! + 1);
          // Copied, never transferred: detaching an ArrayBuffer slows every later typed-array access in this thread.
          if (claims) {
            given.add(i);
            w.postMessage({ stealable: t, index: i, claims } satisfies StealableTask<T>);
          } else w.postMessage(t);
        }
      };
      // The results in order, as far as they have come; settles when a take stops or all are taken.
      const drain = () => {
        try {
          while (done.has(taken)) {
            const reason = take(done.get(taken)!, taken);
            done.delete(taken);
            taken++;
            if (reason !== null) return finish(reason);
          }
        } catch (e) {
          return finish(null, e);
        }
        if (taken === tasks.length) finish(null);
      };
      if (tasks.length === 0) return finish(null);
      // This thread's first task is the first one (its results are merged first).
      let mine = here ? next++ : -1;
      for (let i = 0; i < n; i++) {
        const w = start();
        pool.push(w);
        held.set(w, 0);
        w.on('message', (r: R | Stolen) => {
          if (settled) return;
          given.delete(r.index);
          if (!('stolen' in r && r.stolen === true)) done.set(r.index, r as R);
          held.set(w, held.get(w)! - 1);
          // The next task first: the worker goes on while this thread merges the results.
          give(w);
          drain();
        });
        w.on('error', (e) => finish(`a worker failed: ${e.message.split('\n')[0]}`));
        w.on('exit', (code) => {
          if (code !== 0) finish(`a worker exited with code ${code}`);
        });
        give(w);
      }
      const runIdle = () => {
        if (settled || !idle) return;
        try {
          idle();
        } catch (e) {
          finish(null, e);
        }
      };
      // Without `here`, this thread waits from the start: its idle work runs once the workers are given their tasks.
      if (!here) setImmediate(runIdle);
      if (here) {
        const local = async () => {
          // A task given to a worker that it has not claimed yet, the last given first (steal), or -1.
          const stealOne = (): number => {
            if (!claims) return -1;
            for (const j of [...given].reverse()) if (Atomics.compareExchange(claims, j, 0, 1) === 0) return j;
            return -1;
          };
          while (!settled) {
            const i = mine >= 0 ? mine : next < tasks.length ? next++ : stealOne();
            if (i < 0) break;
            mine = -1;
            const r = await here(tasks[i]!);
            if (settled) return;
            done.set(i, r);
            drain();
            // Back to the event loop through its poll phase (a timer, not an immediate): the
            // workers' results that came meanwhile are taken and the workers given their next
            // tasks before this thread takes one.
            await new Promise((wake) => setTimeout(wake, 0));
          }
          runIdle();
        };
        local().catch((e: unknown) => finish(null, e));
      }
    });
  } finally {
    const stop = opts.stop ?? ((w: Worker) => w.terminate().then(() => undefined));
    await Promise.all(pool.map((w) => stop(w)));
  }
}
