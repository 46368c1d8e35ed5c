/**
 * The server as a process manager runs it: `modelgate serve` started as a process, structured logs
 * on stderr, a graceful stop on SIGTERM (the request in flight is answered, capture is flushed, exit
 * 0), and a request timeout that answers 503 while the server keeps serving.
 */
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, tempDir } from '../../helpers.js';
import { breastCancer, get, MODELS, post, serve } from './helpers.js';

describe('modelgate serve as a process', () => {
  it('prints --help, refuses bad settings with exit 2, and stops gracefully on SIGTERM', async () => {
    const bin = [process.execPath, '--import', 'tsx', join(ROOT, 'src/cli/bin.ts'), 'serve'];
    const run = (args: string[], env: Record<string, string> = {}) => spawn(bin[0], [...bin.slice(1), ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const done = (p: ReturnType<typeof run>) => new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
      let out = '';
      let err = '';
      p.stdout!.on('data', (c) => (out += c));
      p.stderr!.on('data', (c) => (err += c));
      p.on('close', (code) => resolve({ code, out, err }));
    });
    const help = await done(run(['--help']));
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/MODELGATE_SERVE_PORT/);
    const bad = await done(run(['--model', 'nope.onnx']));
    expect(bad.code).toBe(2);
    expect(bad.err.trim()).toBe("modelgate serve: model 'nope.onnx': no such file");

    const capture = tempDir('mg-capture-');
    const p = run(['--model', join(MODELS, 'binary_logreg_tensor.onnx'), '--port', '0', '--batch-wait-ms', '2000', '--capture-dir', capture], { MODELGATE_SERVE_NAME: 'cancer' });
    const finished = done(p);
    const url = await new Promise<string>((resolve, reject) => {
      let buf = '';
      const timer = setTimeout(() => reject(new Error(`server did not start: ${buf}`)), 60_000);
      p.stderr!.on('data', (c) => {
        buf += c;
        const m = /"msg":"listening","url":"([^"]+)"/.exec(buf);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
    });
    const { rows } = breastCancer();
    // The request waits 2 s in the batcher; SIGTERM is sent once /metrics shows it queued.
    const inflight = post(`${url}/v2/models/cancer/infer`, { inputs: [{ name: 'input', shape: [1, 30], datatype: 'FP32', data: rows[0] }] });
    let queued = false;
    for (let i = 0; i < 100 && !queued; i++) {
      queued = (await get(`${url}/metrics`)).text.includes('modelgate_queue_depth{model="cancer",variant="stable",version="1"} 1');
      if (!queued) await new Promise((r) => setTimeout(r, 10));
    }
    expect(queued).toBe(true);
    p.kill('SIGTERM');
    const res = await inflight;
    expect(res.status).toBe(200);
    const exit = await finished;
    expect(exit.code).toBe(0);
    const logs = exit.err.trim().split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
    expect(logs.map((l) => l.msg)).toEqual(expect.arrayContaining(['model loaded', 'listening', 'shutting down', 'request', 'stopped']));
    expect(logs.find((l) => l.msg === 'request' && l.method === 'POST')).toMatchObject({ path: '/v2/models/cancer/infer', status: 200, variant: 'stable' });
    const files = readdirSync(capture);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^capture-.*\.jsonl$/);
    expect(readFileSync(join(capture, files[0]), 'utf8').trim().split('\n')).toHaveLength(1);
  });

  it('answers 503 past the request timeout and keeps serving', async () => {
    const s = await serve({ model: join(MODELS, 'binary_logreg_tensor.onnx'), name: 'cancer', 'batch-wait-ms': '300', 'request-timeout-ms': '50' });
    try {
      const row = breastCancer().rows[0];
      const res = await post(`${s.url}/v2/models/cancer/infer`, { inputs: [{ name: 'input', shape: [1, 30], datatype: 'FP32', data: row }] });
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('1');
      expect(res.json.error).toMatch(/no answer within the request timeout \(50 ms\)/);
      expect((await get(`${s.url}/v2/health/live`)).status).toBe(200);
      expect((await get(`${s.url}/metrics`)).text).toMatch(/modelgate_errors_total\{model="cancer",variant="stable",kind="timeout"\} 1/);
    } finally {
      await s.server.close();
    }
  });
});
