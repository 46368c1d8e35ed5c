import { describe, expect, it } from 'vitest';
import { Batcher, QueueFullError, type Outputs } from '../../../src/serve/batcher.js';
import { RequestError, type HostTensor } from '../../../src/serve/tensors.js';

/** A fake session: y = 2x per element; a NaN anywhere fails the whole call. Records call sizes. */
function doubler() {
  const calls: number[] = [];
  const run = async (inputs: Map<string, HostTensor>): Promise<Outputs> => {
    const x = inputs.get('x')!;
    calls.push(x.dims[0]);
    const data = x.data as Float32Array;
    if (data.some(Number.isNaN)) throw new RequestError('NaN');
    return { y: { type: 'float32', dims: x.dims, data: data.map((v) => v * 2) } };
  };
  return { calls, run };
}

const req = (rows: number[][]) => new Map<string, HostTensor>([['x', { type: 'float32', dims: [rows.length, rows[0].length], data: Float32Array.from(rows.flat()) }]]);

describe('Batcher', () => {
  it('runs waiting requests as one call and splits the outputs back by rows', async () => {
    const f = doubler();
    const b = new Batcher(f.run, { maxRows: 100, waitMs: 5, queueLimit: 10 });
    const out = await Promise.all([b.submit(req([[1, 2]]), 1), b.submit(req([[3, 4], [5, 6]]), 2), b.submit(req([[7, 8]]), 1)]);
    expect(f.calls).toEqual([4]);
    expect(out.map((o) => [o.y.dims, Array.from(o.y.data as Float32Array)])).toEqual([
      [[1, 2], [2, 4]],
      [[2, 2], [6, 8, 10, 12]],
      [[1, 2], [14, 16]],
    ]);
  });

  it('with no wait, batches the requests that arrived in the same turn instead of running the first alone', async () => {
    const f = doubler();
    const b = new Batcher(f.run, { maxRows: 100, waitMs: 0, queueLimit: 10 });
    const first = await Promise.all([b.submit(req([[1, 2]]), 1), b.submit(req([[3, 4]]), 1), b.submit(req([[5, 6]]), 1)]);
    expect(f.calls).toEqual([3]);
    expect(first.map((o) => Array.from(o.y.data as Float32Array))).toEqual([[2, 4], [6, 8], [10, 12]]);
    // A request alone is still answered, one turn later.
    expect(Array.from((await b.submit(req([[7, 8]]), 1)).y.data as Float32Array)).toEqual([14, 16]);
    expect(f.calls).toEqual([3, 1]);
  });

  it('keeps to maxRows and never mixes trailing shapes', async () => {
    const f = doubler();
    const b = new Batcher(f.run, { maxRows: 2, waitMs: 5, queueLimit: 10 });
    await Promise.all([b.submit(req([[1, 1]]), 1), b.submit(req([[1, 1, 1]]), 1), b.submit(req([[1, 1]]), 1), b.submit(req([[1, 1]]), 1)]);
    // [2 rows of width 2], then [1 row of width 3], then the last width-2 row.
    expect(f.calls).toEqual([2, 1, 1]);
  });

  it('fails only the request whose input fails when a batch call fails', async () => {
    const f = doubler();
    const b = new Batcher(f.run, { maxRows: 100, waitMs: 5, queueLimit: 10 });
    const results = await Promise.allSettled([b.submit(req([[1, 2]]), 1), b.submit(req([[NaN, 2]]), 1), b.submit(req([[3, 4]]), 1)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(Array.from((results[2] as PromiseFulfilledResult<Outputs>).value.y.data as Float32Array)).toEqual([6, 8]);
  });

  it('refuses past the queue limit with a 503', async () => {
    const f = doubler();
    const b = new Batcher(f.run, { maxRows: 100, waitMs: 20, queueLimit: 2 });
    const a = b.submit(req([[1, 2]]), 1);
    const c = b.submit(req([[1, 2]]), 1);
    expect(b.depth).toBe(2);
    let err: unknown;
    try {
      await b.submit(req([[1, 2]]), 1);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(QueueFullError);
    expect((err as QueueFullError).status).toBe(503);
    await Promise.all([a, c]);
    expect(b.depth).toBe(0);
  });
});
