/**
 * Tasks on a pool of worker threads, results taken in task order: each worker is given its next
 * task when it returns one, and at most `n` results wait for an earlier one. Used by the parallel
 * passes over byte ranges of one file (validate-data's profile, evaluate-model's inference).
 */
import type { Worker } from 'node:worker_threads';

/**
 * Runs `tasks` on `n` workers made by `start`; a worker answers each task with one message whose
 * `index` is the task's position. `take` sees the results in task order and returns null to go on,
 * or a reason to stop. Resolves to that reason (or a worker's failure), or null when every result
 * was taken. The workers are terminated either way; an exception from `take` rejects.
 */
export async function runOrdered<T, R extends { index: number }>(tasks: readonly T[], n: number, start: () => Worker, take: (result: R, index: number) => string | null, transfer?: (task: T) => ArrayBuffer[]): Promise<string | null> {
  const pool: Worker[] = [];
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
        if (next < tasks.length) {
          const t = tasks[next++]!;
          w.postMessage(t, transfer?.(t));
        }
      };
      if (tasks.length === 0) return finish(null);
      for (let i = 0; i < n; i++) {
        const w = start();
        pool.push(w);
        w.on('message', (r: R) => {
          if (settled) return;
          done.set(r.index, r);
          // The next task first: the worker goes on while this thread merges the results.
          give(w);
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
          if (taken === tasks.length) return finish(null);
        });
        w.on('error', (e) => finish(`a worker failed: ${e.message.split('\n')[0]}`));
        w.on('exit', (code) => {
          if (code !== 0) finish(`a worker exited with code ${code}`);
        });
        give(w);
      }
    });
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
