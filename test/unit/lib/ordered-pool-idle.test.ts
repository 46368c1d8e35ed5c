// The ordered pool's `idle` work (src/lib/ordered-pool.ts), on real worker threads: it runs once,
// in this thread, while this thread only waits for the workers: after this thread's last task when
// it takes tasks too, before any result when it does not; never once the run has ended; and an
// exception from it ends the run with the workers terminated.
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { runOrdered } from '../../../src/lib/ordered-pool.js';

interface Task {
  index: number;
  /** How long the worker waits before it answers, in ms. */
  wait: number;
}
interface Result {
  index: number;
  by: 'here' | 'worker';
}

const WORKER = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', (t) => setTimeout(() => parentPort.postMessage({ index: t.index, by: 'worker' }), t.wait));`;

function pool() {
  const started: Worker[] = [];
  const start = () => {
    const w = new Worker(WORKER, { eval: true });
    started.push(w);
    return w;
  };
  return { started, start };
}

describe('runOrdered idle work', () => {
  it('runs once, after the last task this thread takes and before the results it still waits for', async () => {
    // The worker is slow to answer: this thread runs out of tasks first and then waits.
    const tasks: Task[] = Array.from({ length: 6 }, (_, index) => ({ index, wait: 200 }));
    const events: string[] = [];
    const { started, start } = pool();
    const here = async (t: Task): Promise<Result> => (events.push(`here ${t.index}`), { index: t.index, by: 'here' });
    const why = await runOrdered<Task, Result>(tasks, 1, start, (r) => (events.push(`take ${r.index} ${r.by}`), null), { here, idle: () => events.push('idle') });
    expect(why).toBeNull();
    expect(events.filter((e) => e === 'idle')).toHaveLength(1);
    const idleAt = events.indexOf('idle');
    const lastHere = Math.max(...events.map((e, i) => (e.startsWith('here') ? i : -1)));
    expect(idleAt).toBeGreaterThan(lastHere);
    // A worker's result was still to come.
    expect(events.slice(idleAt).some((e) => e.endsWith('worker'))).toBe(true);
    expect(started.map((w) => w.threadId)).toEqual([-1]);
  });

  it('without `here`, runs before the first result', async () => {
    const tasks: Task[] = Array.from({ length: 4 }, (_, index) => ({ index, wait: 20 }));
    const events: string[] = [];
    const { start } = pool();
    expect(await runOrdered<Task, Result>(tasks, 2, start, (r) => (events.push(`take ${r.index}`), null), { idle: () => events.push('idle') })).toBeNull();
    expect(events).toEqual(['idle', 'take 0', 'take 1', 'take 2', 'take 3']);
  });

  it('does not run when this thread ran the last result itself, nor after the run ended', async () => {
    const tasks: Task[] = Array.from({ length: 3 }, (_, index) => ({ index, wait: 0 }));
    let idle = 0;
    const here = async (t: Task): Promise<Result> => ({ index: t.index, by: 'here' });
    // No worker at all: this thread runs every task, and the run ends with its last.
    expect(await runOrdered<Task, Result>(tasks, 0, pool().start, () => null, { here, idle: () => idle++ })).toBeNull();
    expect(idle).toBe(0);
    // A take that stops the run at the first result: nothing waits, nothing idles afterwards.
    const { started, start } = pool();
    expect(await runOrdered<Task, Result>(tasks, 1, start, () => 'stop', { here, idle: () => idle++ })).toBe('stop');
    await new Promise((r) => setTimeout(r, 50));
    expect(idle).toBe(0);
    expect(started.map((w) => w.threadId)).toEqual([-1]);
  });

  it('an exception from it rejects, with the workers terminated', async () => {
    const tasks: Task[] = Array.from({ length: 4 }, (_, index) => ({ index, wait: 100 }));
    const { started, start } = pool();
    await expect(
      runOrdered<Task, Result>(tasks, 2, start, () => null, {
        idle: () => {
          throw new Error('idle failed');
        },
      }),
    ).rejects.toThrow('idle failed');
    expect(started.map((w) => w.threadId)).toEqual([-1, -1]);
  });
});
