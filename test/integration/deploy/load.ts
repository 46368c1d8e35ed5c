/**
 * A bounded load generator on loopback: `workers` clients (default 1: a latency that does not
 * depend on how traffic is split, see the README's note on the 100% step) each send one infer request at a time
 * until `stop()` is called or `maxRequests` have been sent in all. A share `badShare` of requests
 * carries x[:, 2] = 5 (the row the erroring model fails on); the others 0 or 1. Every answer is
 * recorded: status, the version that answered, and whether the probabilities are stable's.
 */
import { expectedProbabilities } from './models.js';

export interface LoadResult {
  sent: number;
  failed: { status: number; body: string }[];
  byVersion: Record<string, number>;
  /** Answers whose probabilities differ from the stable model's. */
  changed: number;
}

export function startLoad(url: string, model: string, opts: { workers?: number; maxRequests?: number; badShare?: number; seed?: number } = {}): { stop: () => Promise<LoadResult>; result: LoadResult } {
  const workers = opts.workers ?? 1;
  const max = opts.maxRequests ?? 50_000;
  const bad = opts.badShare ?? 0;
  let seed = opts.seed ?? 7;
  const rand = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const result: LoadResult = { sent: 0, failed: [], byVersion: {}, changed: 0 };
  let stopped = false;
  const one = async (): Promise<void> => {
    const row = [Math.round(rand() * 40 - 20) / 10, Math.round(rand() * 40 - 20) / 10, rand() < bad ? 5 : rand() < 0.5 ? 0 : 1];
    result.sent++;
    try {
      const res = await fetch(`${url}/v2/models/${model}/infer`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ inputs: [{ name: 'x', shape: [1, 3], datatype: 'FP32', data: row }] }) });
      const text = await res.text();
      if (!res.ok) {
        result.failed.push({ status: res.status, body: text.slice(0, 200) });
        return;
      }
      const j = JSON.parse(text) as { model_version: string; outputs: { name: string; data: number[] }[] };
      result.byVersion[j.model_version] = (result.byVersion[j.model_version] ?? 0) + 1;
      const p = j.outputs.find((o) => o.name === 'probabilities')!.data;
      const e = expectedProbabilities(row);
      if (Math.abs(p[0] - e[0]) > 1e-5 || Math.abs(p[1] - e[1]) > 1e-5) result.changed++;
    } catch (e) {
      result.failed.push({ status: 0, body: (e as Error).message });
    }
  };
  const loops = Array.from({ length: workers }, async () => {
    while (!stopped && result.sent < max) await one();
  });
  return {
    result,
    stop: async () => {
      stopped = true;
      await Promise.all(loops);
      return result;
    },
  };
}
