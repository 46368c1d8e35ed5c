// The ordered pool (src/lib/ordered-pool.ts) with this thread taking tasks too (`here`), on real
// worker threads: every result taken once and in task order, the first task and some more run
// here while the worker runs the rest, a worker never holds more than two tasks, and a failing
// worker, a stopping take or a throwing `here` end the run with the workers terminated.
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { runOrdered } from '../../../src/lib/ordered-pool.js';

interface Task {
  index: number;
  /** Work to do: the sum of i*i for i < n. */
  n: number;
  /** A worker throws on this task if it is its third. */
  fail?: boolean;
}
interface Result {
  index: number;
  value: number;
  by: 'here' | 'worker';
  /** Tasks the worker held (received, not yet answered) when it received this one. */
  held: number;
}

// Answers each task after a short wait (so that tasks can queue up in it), with how many it held.
const WORKER = `
const { parentPort } = require('node:worker_threads');
let held = 0;
let received = 0;
parentPort.on('message', (t) => {
  held++;
  received++;
  const atReceipt = held;
  if (t.fail && received === 3) throw new Error('boom in its third task');
  let value = 0;
  for (let i = 0; i < t.n; i++) value += i * i;
  setTimeout(() => { held--; parentPort.postMessage({ index: t.index, value, by: 'worker', held: atReceipt }); }, 5);
});`;

const sumSquares = (n: number): number => {
  let value = 0;
  for (let i = 0; i < n; i++) value += i * i;
  return value;
};

function pool() {
  const started: Worker[] = [];
  const start = () => {
    const w = new Worker(WORKER, { eval: true });
    started.push(w);
    return w;
  };
  return { started, start };
}

const busy = (ms: number) => {
  const until = Date.now() + ms;
  while (Date.now() < until);
};

describe('runOrdered with this thread taking tasks', () => {
  it('takes every result once, in task order, from this thread and the worker', async () => {
    const tasks: Task[] = Array.from({ length: 40 }, (_, index) => ({ index, n: 1000 + index * 37 }));
    const { started, start } = pool();
    const taken: Result[] = [];
    const here = async (t: Task): Promise<Result> => {
      busy(3); // this thread is busy for a while, as with a chunk of data
      return { index: t.index, value: sumSquares(t.n), by: 'here', held: 0 };
    };
    const why = await runOrdered<Task, Result>(tasks, 1, start, (r, i) => (taken.push(r), r.index === i ? null : `result ${r.index} taken as ${i}`), { here });
    expect(why).toBeNull();
    expect(taken.map((r) => r.index)).toEqual(tasks.map((t) => t.index));
    expect(taken.map((r) => r.value)).toEqual(tasks.map((t) => sumSquares(t.n)));
    // The first task runs here at once; the worker is given the next two while it starts.
    expect(taken[0]!.by).toBe('here');
    expect(taken[1]!.by).toBe('worker');
    expect(taken[2]!.by).toBe('worker');
    expect(taken.filter((r) => r.by === 'here').length).toBeGreaterThan(1);
    // Never more than two tasks in a worker, and two at times (one waiting while it runs one).
    const held = taken.filter((r) => r.by === 'worker').map((r) => r.held);
    expect(Math.max(...held)).toBe(2);
    expect(started).toHaveLength(1);
    expect(started[0]!.threadId).toBe(-1); // terminated
  });

  it('without `here`, a worker holds one task at a time and this thread runs none', async () => {
    const tasks: Task[] = Array.from({ length: 12 }, (_, index) => ({ index, n: 500 }));
    const { start } = pool();
    const taken: Result[] = [];
    expect(await runOrdered<Task, Result>(tasks, 2, start, (r) => (taken.push(r), null))).toBeNull();
    expect(taken.map((r) => r.index)).toEqual(tasks.map((t) => t.index));
    expect(taken.every((r) => r.by === 'worker' && r.held === 1)).toBe(true);
  });

  it('ends with the reason when a worker fails while this thread runs tasks, and stops taking tasks here', async () => {
    const tasks: Task[] = Array.from({ length: 100_000 }, (_, index) => ({ index, n: 100, fail: true }));
    const { started, start } = pool();
    let ranHere = 0;
    const here = async (t: Task): Promise<Result> => {
      ranHere++;
      busy(1);
      return { index: t.index, value: sumSquares(t.n), by: 'here', held: 0 };
    };
    const taken: number[] = [];
    const why = await runOrdered<Task, Result>(tasks, 1, start, (r) => (taken.push(r.index), null), { here });
    expect(why).toMatch(/^a worker failed: boom in its third task$/);
    expect(taken.length).toBeLessThan(tasks.length);
    expect(taken).toEqual(taken.map((_, i) => i)); // in order, up to the failure
    const after = ranHere;
    await new Promise((wake) => setTimeout(wake, 50));
    expect(ranHere).toBe(after);
    expect(ranHere).toBeLessThan(tasks.length);
    expect(started[0]!.threadId).toBe(-1);
  });

  it('stops when a take returns a reason, and rejects when `here` throws', async () => {
    const tasks: Task[] = Array.from({ length: 30 }, (_, index) => ({ index, n: 100 }));
    const here = async (t: Task): Promise<Result> => ({ index: t.index, value: sumSquares(t.n), by: 'here', held: 0 });
    const a = pool();
    expect(await runOrdered<Task, Result>(tasks, 1, a.start, (r) => (r.index === 3 ? 'stop at 3' : null), { here })).toBe('stop at 3');
    expect(a.started[0]!.threadId).toBe(-1);
    const b = pool();
    const throwing = async (t: Task): Promise<Result> => {
      if (t.index > 0) throw new Error('here failed');
      return here(t);
    };
    // Task 0 runs here, 1 and 2 in the worker, then 3 here throws.
    await expect(runOrdered<Task, Result>(tasks, 1, b.start, () => null, { here: throwing })).rejects.toThrow('here failed');
    expect(b.started[0]!.threadId).toBe(-1);
  });

  it('runs every task here when there are no worker threads', async () => {
    const tasks: Task[] = Array.from({ length: 5 }, (_, index) => ({ index, n: 10 }));
    const taken: Result[] = [];
    const here = async (t: Task): Promise<Result> => ({ index: t.index, value: sumSquares(t.n), by: 'here', held: 0 });
    const start = () => {
      throw new Error('no worker wanted');
    };
    expect(await runOrdered<Task, Result>(tasks, 0, start, (r) => (taken.push(r), null), { here })).toBeNull();
    expect(taken.map((r) => `${r.index}${r.by}`)).toEqual(['0here', '1here', '2here', '3here', '4here']);
  });
});
