// The ordered pool's `steal` (src/lib/ordered-pool.ts), on real worker threads that claim each task
// in the shared array before they run it: this thread, out of tasks, takes back the task a slow
// worker holds but has not started, runs it, and the worker answers that task as stolen; every
// result is taken once and in task order, whoever ran it, and the workers are terminated.
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { runOrdered } from '../../../src/lib/ordered-pool.js';

interface Task {
  index: number;
  /** How long the worker takes over it, in ms. */
  wait: number;
}
interface Result {
  index: number;
  by: 'here' | 'worker';
}

// Claims a stealable task when it starts it (one task after another), as data/parallel/worker.ts does.
const WORKER = `
const { parentPort } = require('node:worker_threads');
const queue = [];
let busy = false;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function serve() {
  busy = true;
  for (let m = queue.shift(); m !== undefined; m = queue.shift()) {
    if (Atomics.compareExchange(m.claims, m.index, 0, 1) !== 0) { parentPort.postMessage({ index: m.index, stolen: true }); continue; }
    await sleep(m.stealable.wait);
    parentPort.postMessage({ index: m.index, by: 'worker' });
  }
  busy = false;
}
parentPort.on('message', (m) => { queue.push(m); if (!busy) serve(); });`;

function pool() {
  const started: Worker[] = [];
  const start = () => {
    const w = new Worker(WORKER, { eval: true });
    started.push(w);
    return w;
  };
  return { started, start };
}

describe('runOrdered with steal', () => {
  it('takes back a task a slow worker holds but has not started; results once each, in order', async () => {
    // The worker is slow: this thread runs out of tasks while the worker still holds one it has not started.
    const tasks: Task[] = Array.from({ length: 6 }, (_, index) => ({ index, wait: 300 }));
    const taken: Result[] = [];
    const { started, start } = pool();
    const here = async (t: Task): Promise<Result> => ({ index: t.index, by: 'here' });
    const why = await runOrdered<Task, Result>(tasks, 1, start, (r, i) => (taken.push(r), r.index === i ? null : `result ${r.index} taken as ${i}`), { here, steal: true });
    expect(why).toBeNull();
    expect(taken.map((r) => r.index)).toEqual([0, 1, 2, 3, 4, 5]);
    // The worker was given 1 and 2 at once; this thread ran 0, 3, 4, 5, then took 2 back (and 1
    // too if the worker had not started it yet): the worker, 300 ms a task, runs 1 at most.
    expect(taken.filter((r) => r.by === 'worker').every((r) => r.index === 1)).toBe(true);
    expect(taken.find((r) => r.index === 2)!.by).toBe('here');
    expect(taken.filter((r) => r.by === 'here').map((r) => r.index)).toEqual(expect.arrayContaining([0, 2, 3, 4, 5]));
    expect(started.map((w) => w.threadId)).toEqual([-1]);
  });

  it('takes nothing back from a worker that has started it: a fast worker runs its share', async () => {
    const tasks: Task[] = Array.from({ length: 40 }, (_, index) => ({ index, wait: 0 }));
    const taken: Result[] = [];
    const { started, start } = pool();
    // This thread is slow (a busy wait per task): the worker, fast, claims what it holds at once.
    const here = async (t: Task): Promise<Result> => {
      const until = Date.now() + 20;
      while (Date.now() < until);
      return { index: t.index, by: 'here' };
    };
    expect(await runOrdered<Task, Result>(tasks, 1, start, (r) => (taken.push(r), null), { here, steal: true })).toBeNull();
    expect(taken.map((r) => r.index)).toEqual(tasks.map((t) => t.index));
    expect(taken.filter((r) => r.by === 'worker').length).toBeGreaterThan(0);
    expect(started.map((w) => w.threadId)).toEqual([-1]);
  });
});
