/**
 * `modelgate serve --workers 2` as a process on 127.0.0.1: a primary and two worker processes
 * sharing the port. Requests go out on a fresh connection each (the primary hands connections to
 * the workers in turn), so both workers answer, and the logs (field `worker`) say which did.
 * Admin changes hold on every worker once answered; a swap under load loses no request; /metrics
 * and the observation window add the workers' numbers; the deploy record is one; a crashed worker
 * is restarted from the current state and /v2/health/ready says 503 until it is back; SIGTERM stops
 * both workers, which flush their own capture files that validate-data reads as one dataset.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import validateData from '../../../src/actions/validate-data.js';
import { memoryLogger } from '../../../src/lib/logger.js';
import { inputsFor, ROOT, tempDir } from '../../helpers.js';
import { breastCancer, get, MODELS, post } from './helpers.js';

const TOKEN = 'workers-test-token-0123456789';
const AUTH = { authorization: `Bearer ${TOKEN}` };
const MODEL = join(MODELS, 'binary_logreg_tensor.onnx');

interface Cli {
  p: ChildProcess;
  url: string;
  logs: () => Record<string, any>[];
  exit: Promise<number | null>;
  /** Resolves when a log line matching `pred` has been written (bounded by the test's timeout). */
  waitLog: (pred: (l: Record<string, any>) => boolean) => Promise<Record<string, any>>;
}

async function startCli(args: string[]): Promise<Cli> {
  const p = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/bin.ts'), 'serve', '--model', MODEL, '--name', 'cancer', '--port', '0', '--workers', '2', ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  let buf = '';
  const watchers: (() => void)[] = [];
  p.stderr!.on('data', (c) => {
    buf += c;
    for (const w of [...watchers]) w();
  });
  const logs = () => buf.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
  const exit = new Promise<number | null>((r) => p.on('close', (code) => r(code)));
  const waitLog = (pred: (l: Record<string, any>) => boolean) =>
    new Promise<Record<string, any>>((resolve, reject) => {
      const check = () => {
        const hit = logs().find(pred);
        if (hit) {
          watchers.splice(watchers.indexOf(check), 1);
          resolve(hit);
        }
      };
      watchers.push(check);
      void exit.then(() => reject(new Error(`server exited: ${buf}`)));
      check();
    });
  await waitLog((l) => l.msg === 'workers ready');
  const listening = logs().find((l) => l.msg === 'listening')!;
  return { p, url: listening.url, logs, exit, waitLog };
}

/** A request on a connection of its own (no keep-alive agent), so the primary picks the next worker. */
function fresh(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: any }> {
  return new Promise((resolve, reject) => {
    const text = body === undefined ? '' : JSON.stringify(body);
    const req = request(url, { method, agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers } }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (data += c));
      res.on('end', () => resolve({ status: res.statusCode!, json: data ? JSON.parse(data) : undefined }));
    });
    req.on('error', reject);
    req.end(text);
  });
}
const postFresh = (url: string, body: unknown, headers: Record<string, string> = {}) => fresh('POST', url, body, headers);

const { rows } = breastCancer();
const inferBody = (i: number) => ({ id: `r${i}`, inputs: [{ name: 'input', shape: [1, 30], datatype: 'FP32', data: rows[i % rows.length] }] });

describe('modelgate serve --workers 2', () => {
  let cli: Cli;
  let capture: string;
  beforeAll(async () => {
    capture = tempDir('mg-capture-workers-');
    cli = await startCli(['--admin-token', TOKEN, '--capture-dir', capture]);
  }, 120_000);
  afterAll(async () => {
    if (cli && cli.p.exitCode === null) {
      cli.p.kill('SIGKILL');
      await cli.exit;
    }
  });

  /**
   * The inference request log lines since log line `before`, once there are `n` (or after 5 s): a
   * worker writes its line before it answers, but the line reaches this process through the
   * primary and a pipe, which can come after the answer. Only /infer lines: an earlier admin
   * POST's line can arrive after `before` was taken (CI once counted the window reset's: 31 of 30).
   */
  async function requestLogs(before: number, n: number): Promise<{ worker?: unknown }[]> {
    const lines = () => cli.logs().slice(before).filter((l) => l.msg === 'request' && l.method === 'POST' && String(l.path).endsWith('/infer'));
    for (let i = 0; i < 250 && lines().length < n; i++) await new Promise((r) => setTimeout(r, 20));
    return lines();
  }

  /** N requests on fresh connections; returns the versions answered and checks both workers served. */
  async function versionsFromBothWorkers(n: number, from: number): Promise<Set<string>> {
    const before = cli.logs().length;
    const answers = [];
    for (let i = 0; i < n; i++) answers.push(await postFresh(`${cli.url}/v2/models/cancer/infer`, inferBody(from + i)));
    expect(answers.every((a) => a.status === 200)).toBe(true);
    // The log lines of these requests (written before each answer went out) name both workers.
    const workers = new Set((await requestLogs(before, n)).map((l) => l.worker));
    expect(workers).toEqual(new Set([1, 2]));
    return new Set(answers.map((a) => a.json.model_version));
  }

  it('is ready, answers on both workers, and /metrics and the window add up both workers', async () => {
    expect((await get(`${cli.url}/v2/health/ready`)).status).toBe(200);
    await post(`${cli.url}/admin/models/cancer/window/reset`, {}, AUTH);
    const before = cli.logs().length;
    const n = 30;
    expect(await versionsFromBothWorkers(n, 0)).toEqual(new Set(['1']));
    const logged = await requestLogs(before, n);
    const perWorker = [1, 2].map((w) => logged.filter((l) => l.worker === w).length);
    expect(perWorker[0] + perWorker[1]).toBe(n);
    const m = (await get(`${cli.url}/metrics`)).text;
    const metric = (s: string) => Number(m.split('\n').find((l) => l.startsWith(s + ' '))?.split(' ').pop());
    expect(metric('modelgate_requests_total{model="cancer",variant="stable",endpoint="infer"}')).toBe(n);
    expect(metric('modelgate_request_duration_seconds_count{model="cancer",variant="stable"}')).toBe(n);
    expect(metric('modelgate_request_duration_seconds_bucket{model="cancer",variant="stable",le="+Inf"}')).toBe(n);
    expect(metric('modelgate_prediction_score_count{model="cancer",variant="stable"}')).toBe(n);
    const window = await get(`${cli.url}/admin/models/cancer/window`, AUTH);
    expect(window.json.stable.requests).toBe(n);
    expect(window.json.stable.latencyMs).toHaveLength(n);
  });

  it('keeps one deploy record for both workers', async () => {
    const res = await fetch(`${cli.url}/admin/models/cancer/deploy-record`, { method: 'PUT', headers: { ...AUTH, 'content-type': 'application/json' }, body: JSON.stringify({ phase: 'canary' }) });
    expect(res.status).toBe(200);
    // Each read on a fresh connection; the primary hands them to the workers in turn.
    const before = cli.logs().length;
    for (let i = 0; i < 4; i++) expect((await fresh('GET', `${cli.url}/admin/models/cancer/deploy-record`, undefined, AUTH)).json).toEqual({ phase: 'canary' });
    // Their log lines may come after the answers (see requestLogs): wait for the four, bounded.
    const reads = () => cli.logs().slice(before).filter((l) => l.path?.endsWith('/deploy-record'));
    for (let i = 0; i < 250 && reads().length < 4; i++) await new Promise((r) => setTimeout(r, 20));
    expect(new Set(reads().map((l) => l.worker))).toEqual(new Set([1, 2]));
  });

  it('applies each admin change on every worker before answering, and loses no request of a swap under load', async () => {
    // Load under load: 4 clients on keep-alive connections while the candidate comes in, takes all
    // traffic, is promoted, and the old version comes back by rollback.
    let stop = false;
    const statuses: number[] = [];
    const clients = Array.from({ length: 4 }, async (_, c) => {
      for (let i = 0; !stop && i < 100_000; i++) statuses.push((await post(`${cli.url}/v2/models/cancer/infer`, inferBody(c * 1000 + i))).status);
    });
    try {
      const load = await post(`${cli.url}/admin/models/cancer/load`, { model: MODEL, version: '2', weight: 1 }, AUTH);
      expect(load.status).toBe(200);
      expect(await versionsFromBothWorkers(8, 0)).toEqual(new Set(['2']));
      expect((await post(`${cli.url}/admin/models/cancer/promote`, {}, AUTH)).json.stable.version).toBe('2');
      expect(await versionsFromBothWorkers(8, 0)).toEqual(new Set(['2']));
      expect((await post(`${cli.url}/admin/models/cancer/rollback`, {}, AUTH)).json.stable.version).toBe('1');
      expect(await versionsFromBothWorkers(8, 0)).toEqual(new Set(['1']));
      // A change refused by the first worker is refused as a whole, and nothing changed.
      const bad = await post(`${cli.url}/admin/models/cancer/load`, { model: join(MODELS, 'nope.onnx') }, AUTH);
      expect(bad.status).toBe(400);
      expect((await get(`${cli.url}/admin/models/cancer`, AUTH)).json.candidate).toBeNull();
    } finally {
      stop = true;
      await Promise.all(clients);
    }
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
  });

  it('restarts a crashed worker from the current state, not ready until it is back', async () => {
    await post(`${cli.url}/admin/models/cancer/load`, { model: MODEL, version: '3', weight: 1 }, AUTH);
    await post(`${cli.url}/admin/models/cancer/promote`, {}, AUTH);
    const victim = cli.logs().filter((l) => l.msg === 'worker ready' && l.worker === 2).pop()!;
    const restartsBefore = cli.logs().filter((l) => l.msg === 'worker restarted').length;
    process.kill(victim.pid, 'SIGKILL');
    await cli.waitLog((l) => l.msg === 'worker exited' && l.pid === victim.pid);
    // Polled until the restart is logged (bounded by the test's timeout): 503 while one worker is down.
    const seen: number[] = [];
    const restarted = cli.waitLog(() => cli.logs().filter((x) => x.msg === 'worker restarted').length > restartsBefore);
    let back = false;
    void restarted.then(() => (back = true));
    while (!back) {
      seen.push((await fresh('GET', `${cli.url}/v2/health/ready`)).status);
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(seen).toContain(503);
    expect((await fresh('GET', `${cli.url}/v2/health/ready`)).status).toBe(200);
    expect(cli.logs().find((l) => l.msg === 'worker exited' && l.pid === victim.pid)).toMatchObject({ level: 'error', worker: 2, signal: 'SIGKILL' });
    // The new worker 2 serves the promoted version 3, as worker 1 does.
    expect(await versionsFromBothWorkers(8, 0)).toEqual(new Set(['3']));
    expect((await fresh('GET', `${cli.url}/admin/models/cancer`, undefined, AUTH)).json).toMatchObject({ stable: { version: '3' }, previous: { version: '1' } });
  }, 60_000);

  it('stops both workers on SIGTERM; each flushed its own capture file, read by validate-data as one dataset', async () => {
    cli.p.kill('SIGTERM');
    expect(await cli.exit).toBe(0);
    const logs = cli.logs();
    expect(logs.filter((l) => l.msg === 'stopped').map((l) => l.worker ?? 'primary').sort()).toEqual([1, 2, 'primary']);
    // Every answered inference was captured, except those of the worker killed above: its open
    // file was never finished (left as .jsonl.part).
    const crash = logs.findIndex((l) => l.msg === 'worker exited');
    const answered = logs.filter((l, i) => l.msg === 'request' && l.method === 'POST' && /infer$/.test(l.path) && l.status === 200 && !(l.worker === 2 && i < crash)).length;
    const all = readdirSync(capture);
    expect(all.filter((f) => f.endsWith('.part'))).toHaveLength(1);
    const files = all.filter((f) => f.endsWith('.jsonl')).sort();
    expect(files.every((f) => /^capture-.*-w[12]-\d{4}\.jsonl$/.test(f))).toBe(true);
    expect(new Set(files.map((f) => /-w([12])-/.exec(f)![1]))).toEqual(new Set(['1', '2']));
    const lines = files.flatMap((f) => readFileSync(join(capture, f), 'utf8').trim().split('\n'));
    expect(lines).toHaveLength(answered);
    const dir = tempDir('mg-validate-');
    const config = validateData.parse(inputsFor('validate-data', { data: join(capture, '*.jsonl'), report: join(dir, 'report.json'), 'fail-on': 'never' }));
    await validateData.run(config, memoryLogger());
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).rows).toBe(answered);
  }, 60_000);
});
