/**
 * Variants against the real server: the admin API (off without a token, bearer token checked),
 * a sticky weighted split, promote and rollback, a swap under load that loses no request and
 * releases the old session after its last request, and a shadow that changes no answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../helpers.js';
import { breastCancer, get, MODELS, post, serve, type Running } from './helpers.js';

const TOKEN = 'test-admin-token-0123456789';
const auth = { authorization: `Bearer ${TOKEN}` };
const LOGREG = join(MODELS, 'binary_logreg_tensor.onnx');
const SINGLE = join(MODELS, 'binary_single_prob.onnx');

function tensor(row: number[]) {
  return { inputs: [{ name: 'input', shape: [1, 30], datatype: 'FP32', data: row }] };
}

describe('admin API', () => {
  it('is off without a token', async () => {
    const s = await serve({ model: LOGREG, name: 'cancer' });
    try {
      const res = await post(`${s.url}/admin/models/cancer/promote`, {}, auth);
      expect(res.status).toBe(404);
      expect(res.json.error).toMatch(/admin API is off/);
    } finally {
      await s.server.close();
    }
  });
});

describe('variants', () => {
  let s: Running;
  const { rows } = breastCancer();
  beforeAll(async () => {
    s = await serve({ model: LOGREG, name: 'cancer', 'admin-token': TOKEN });
  });
  afterAll(() => s.server.close());

  it('checks the bearer token', async () => {
    for (const headers of [{}, { authorization: 'Bearer wrong' }, { authorization: TOKEN }] as Record<string, string>[]) {
      const res = await get(`${s.url}/admin/models/cancer`, headers);
      expect(res.status).toBe(401);
      expect(res.json.error).toBe('missing or wrong bearer token');
    }
    const ok = await get(`${s.url}/admin/models/cancer`, auth);
    expect(ok.json).toEqual({ name: 'cancer', stable: { ref: LOGREG, version: '1' }, candidate: null, previous: null });
  });

  it('splits traffic by weight, sticky per request key; promotes and rolls back', async () => {
    expect((await post(`${s.url}/admin/models/cancer/weights`, { weight: 0.5 }, auth)).status).toBe(409);
    const load = await post(`${s.url}/admin/models/cancer/load`, { model: SINGLE, version: '2', weight: 0.5 }, auth);
    expect(load.status).toBe(200);
    expect(load.json.candidate).toEqual({ ref: SINGLE, version: '2', mode: 'split', weight: 0.5 });
    expect((await post(`${s.url}/admin/models/cancer/load`, { model: SINGLE, version: '1' }, auth)).status).toBe(409);
    expect((await post(`${s.url}/admin/models/cancer/load`, { model: 'missing.onnx', version: '3' }, auth)).json.error).toMatch(/cannot load 'missing.onnx': model 'missing.onnx': no such file/);
    expect((await get(`${s.url}/v2/models/cancer`)).json.versions).toEqual(['1', '2']);
    expect((await get(`${s.url}/v2/models/cancer/versions/2`)).json.outputs).toEqual([{ name: 'probability', datatype: 'FP32', shape: [-1, 1] }]);

    const seen = new Map<string, Set<string>>();
    for (let i = 0; i < 40; i++) {
      const key = `user-${i % 10}`;
      const res = await post(`${s.url}/v2/models/cancer/infer`, tensor(rows[i]), { 'x-request-key': key });
      expect(res.status).toBe(200);
      if (!seen.has(key)) seen.set(key, new Set());
      seen.get(key)!.add(res.json.model_version);
    }
    expect([...seen.values()].every((v) => v.size === 1)).toBe(true);
    expect(new Set([...seen.values()].flatMap((v) => [...v]))).toEqual(new Set(['1', '2']));

    await post(`${s.url}/admin/models/cancer/weights`, { weight: 1 }, auth);
    expect((await post(`${s.url}/v2/models/cancer/infer`, tensor(rows[0]))).json.model_version).toBe('2');
    const pinned = await post(`${s.url}/v2/models/cancer/versions/1/infer`, tensor(rows[0]));
    expect(pinned.json.model_version).toBe('1');

    const promoted = await post(`${s.url}/admin/models/cancer/promote`, {}, auth);
    expect(promoted.json).toMatchObject({ stable: { version: '2' }, candidate: null, previous: { version: '1' } });
    expect((await get(`${s.url}/v2/models/cancer`)).json.versions).toEqual(['2']);
    const rolled = await post(`${s.url}/admin/models/cancer/rollback`, {}, auth);
    expect(rolled.json).toMatchObject({ stable: { ref: LOGREG, version: '1' }, candidate: null, previous: null });
    expect((await post(`${s.url}/admin/models/cancer/rollback`, {}, auth)).status).toBe(409);
    expect((await post(`${s.url}/admin/models/cancer/weights`, { weight: 2 }, auth)).json.error).toMatch(/"weight" must be a number from 0 to 1/);
  });

  it('loses no request when versions are swapped under load, and releases the old session after', async () => {
    const before = s.server.deployment.stable;
    let stop = false;
    const failures: unknown[] = [];
    const versions = new Set<string>();
    let answered = 0;
    const client = async (c: number) => {
      for (let i = 0; !stop && i < 400; i++) {
        const res = await post(`${s.url}/v2/models/cancer/infer`, tensor(rows[(c * 7 + i) % rows.length]));
        if (res.status !== 200) failures.push(res);
        else versions.add(res.json.model_version);
        answered++;
      }
    };
    const clients = Array.from({ length: 16 }, (_, c) => client(c));
    const swaps = (async () => {
      for (let k = 0; k < 6; k++) {
        await post(`${s.url}/admin/models/cancer/load`, { model: k % 2 ? LOGREG : SINGLE, version: `v${k + 10}`, weight: 0.5 }, auth);
        await new Promise((r) => setTimeout(r, 30));
        expect((await post(`${s.url}/admin/models/cancer/promote`, {}, auth)).status).toBe(200);
        await new Promise((r) => setTimeout(r, 30));
      }
      stop = true;
    })();
    await Promise.all([swaps, ...clients]);
    expect(failures).toEqual([]);
    expect(answered).toBeGreaterThan(16 * 6);
    expect(versions.size).toBeGreaterThanOrEqual(3);
    expect(before.inflight).toBe(0);
    expect(before.isReleased).toBe(true);
    expect(s.server.deployment.stable.isReleased).toBe(false);
  });
});

describe('shadow', () => {
  it('records the candidate on a copy of each request and changes no answer', async () => {
    const { rows } = breastCancer();
    const plain = await serve({ model: LOGREG, name: 'cancer' });
    const capture = tempDir('mg-shadow-');
    const shadowed = await serve({ model: LOGREG, name: 'cancer', candidate: SINGLE, 'candidate-mode': 'shadow', 'capture-dir': capture });
    try {
      for (let i = 0; i < rows.length; i += 19) {
        const batch = rows.slice(i, i + 19);
        const [a, b] = await Promise.all([
          Promise.all(batch.map((r) => post(`${plain.url}/v2/models/cancer/infer`, tensor(r)))),
          Promise.all(batch.map((r) => post(`${shadowed.url}/v2/models/cancer/infer`, tensor(r)))),
        ]);
        expect(b.map((x) => [x.status, x.json])).toEqual(a.map((x) => [x.status, x.json]));
      }
      // Shadow copies run after the answers: give them a bounded moment to finish.
      for (let i = 0; i < 500 && s(shadowed).candidate!.inflight > 0; i++) await new Promise((r) => setTimeout(r, 20));
      const metrics = (await get(`${shadowed.url}/metrics`)).text;
      expect(metrics).toContain(`modelgate_requests_total{model="cancer",variant="candidate",endpoint="shadow"} ${rows.length}`);
      expect(metrics).toContain(`modelgate_requests_total{model="cancer",variant="stable",endpoint="infer"} ${rows.length}`);
    } finally {
      await plain.server.close();
      await shadowed.server.close();
    }
    const lines = readdirSync(capture).flatMap((f) => readFileSync(join(capture, f), 'utf8').trim().split('\n')).map((l) => JSON.parse(l));
    expect(lines.filter((l) => l.shadow)).toHaveLength(rows.length);
    expect(lines.filter((l) => !l.shadow)).toHaveLength(rows.length);
    expect(new Set(lines.filter((l) => l.shadow).map((l) => l.version))).toEqual(new Set(['2']));
  });


  it('is waited for at shutdown, so its answers are recorded', async () => {
    const { rows } = breastCancer();
    const capture = tempDir('mg-shadow-');
    // Shadow copies wait 300 ms in the candidate's batcher: they are still running when close() is called.
    const shadowed = await serve({ model: LOGREG, name: 'cancer', candidate: SINGLE, 'candidate-mode': 'shadow', 'capture-dir': capture, 'batch-wait-ms': '300' });
    const answers = await Promise.all(rows.slice(0, 3).map((r) => post(`${shadowed.url}/v2/models/cancer/infer`, tensor(r))));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    await shadowed.server.close();
    const lines = readdirSync(capture).flatMap((f) => readFileSync(join(capture, f), 'utf8').trim().split('\n')).map((l) => JSON.parse(l));
    expect(lines.filter((l) => l.shadow)).toHaveLength(3);
    expect(s(shadowed).candidate!.isReleased).toBe(true);
  });
});

function s(r: Running) {
  return r.server.deployment;
}
