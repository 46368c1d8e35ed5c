// The admin API's parts deploy uses: the model list, the observation window (latency samples,
// failures, shadow agreement), the deploy record, and a failing candidate retried on stable.
import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryLogger } from '../../../src/lib/logger.js';
import { RemoteBackend } from '../../../src/registry/remote.js';
import { promote, register } from '../../../src/registry/versions.js';
import { startRegistry } from '../registry/docker-registry.js';
import { tempDir } from '../../helpers.js';
import { erroringModel, goodModel, otherModel, writeModel } from '../deploy/models.js';
import { get, post, serve, type Running } from './helpers.js';

const TOKEN = 'a-token-of-sixteen-chars';
const AUTH = { authorization: `Bearer ${TOKEN}` };
let running: Running | undefined;
afterEach(async () => {
  await running?.server.close();
  running = undefined;
});

const infer = (url: string, third: number) => post(`${url}/v2/models/m/infer`, { inputs: [{ name: 'x', shape: [1, 3], datatype: 'FP32', data: [0.5, -1, third] }] });

describe('admin API for deploy', () => {
  it('lists the model, keeps and clears a deploy record, and refuses without the token', async () => {
    const dir = tempDir();
    running = await serve({ model: writeModel(dir, 'a', goodModel('a')), name: 'm', 'admin-token': TOKEN });
    const { url } = running;
    expect((await get(`${url}/admin/models`, AUTH)).json).toEqual({ models: ['m'] });
    expect((await get(`${url}/admin/models`)).status).toBe(401);
    expect((await get(`${url}/admin/models/m/window`)).status).toBe(401);
    expect((await get(`${url}/admin/models/m/deploy-record`, AUTH)).status).toBe(404);
    const put = await fetch(`${url}/admin/models/m/deploy-record`, { method: 'PUT', headers: { ...AUTH, 'content-type': 'application/json' }, body: JSON.stringify({ id: 'r1', phase: 2 }) });
    expect(put.status).toBe(200);
    expect((await get(`${url}/admin/models/m/deploy-record`, AUTH)).json).toEqual({ id: 'r1', phase: 2 });
    const bad = await fetch(`${url}/admin/models/m/deploy-record`, { method: 'PUT', headers: { ...AUTH, 'content-type': 'application/json' }, body: '[1]' });
    expect(bad.status).toBe(400);
    expect((await fetch(`${url}/admin/models/m/deploy-record`, { method: 'DELETE', headers: AUTH })).status).toBe(204);
    expect((await get(`${url}/admin/models/m/deploy-record`, AUTH)).status).toBe(404);
    expect((await fetch(`${url}/admin/models/m/deploy-record`, { method: 'PATCH', headers: AUTH })).status).toBe(405);
  });

  it('retries a failing candidate on stable and counts the failure against the candidate only', async () => {
    const dir = tempDir();
    running = await serve({ model: writeModel(dir, 'a', goodModel('a')), name: 'm', candidate: writeModel(dir, 'b', erroringModel()), 'candidate-weight': '1', 'admin-token': TOKEN });
    const { url } = running;
    expect((await post(`${url}/admin/models/m/window/reset`, {}, AUTH)).status).toBe(200);
    const ok = await infer(url, 1);
    expect(ok).toMatchObject({ status: 200, json: { model_version: '2' } });
    const retried = await infer(url, 5); // the candidate's Gather fails on index 5
    expect(retried).toMatchObject({ status: 200, json: { model_version: '1' } });
    const pinned = await post(`${url}/v2/models/m/versions/2/infer`, { inputs: [{ name: 'x', shape: [1, 3], datatype: 'FP32', data: [0.5, -1, 5] }] });
    expect(pinned.status).toBe(400); // asked for the candidate by version: its error, not retried
    const w = (await get(`${url}/admin/models/m/window`, AUTH)).json;
    expect(w.candidate).toMatchObject({ requests: 1, errors: 1 });
    expect(w.candidate.latencyMs).toHaveLength(1);
    expect(w.stable).toMatchObject({ requests: 1, errors: 0 });
    expect((await get(`${url}/metrics`)).text).toMatch(/modelgate_errors_total\{model="m",variant="candidate",kind="retried_on_stable"\} 1/);
    const reset = (await post(`${url}/admin/models/m/window/reset`, {}, AUTH)).json;
    expect(reset).toMatchObject({ stable: { requests: 0, errors: 0, latencyMs: [] }, candidate: { requests: 0 } });
  });

  it("counts a shadow's rows and agreement", async () => {
    const dir = tempDir();
    running = await serve({ model: writeModel(dir, 'a', goodModel('a')), name: 'm', candidate: writeModel(dir, 'b', otherModel()), 'candidate-mode': 'shadow', 'admin-token': TOKEN });
    const { url } = running;
    for (let i = 0; i < 5; i++) expect((await infer(url, 0)).json.model_version).toBe('1');
    let w: { shadow: { rows: number; agree: number } } = { shadow: { rows: 0, agree: 0 } };
    for (let i = 0; i < 100 && w.shadow.rows < 5; i++) {
      w = (await get(`${url}/admin/models/m/window`, AUTH)).json;
      if (w.shadow.rows < 5) await new Promise((r) => setTimeout(r, 20));
    }
    // [0.5, -1, 0] with W and -W: opposite labels, so no row agrees.
    expect(w.shadow).toEqual({ rows: 5, agree: 0 });
    expect((await get(`${url}/metrics`)).text).toMatch(/modelgate_shadow_rows_total\{model="m",variant="candidate"\} 5/);
  });
});

describe('registry references', () => {
  it('serves oci://<host>/<repository>:<alias> from docker-registry, pulled once into the cache by digest', async () => {
    const reg = await startRegistry();
    try {
      const backend = new RemoteBackend(reg.host, 'models/churn');
      await register(backend, { name: 'churn', model: [writeModel(tempDir(), 'model', goodModel('remote'))], aliases: ['production'] }, memoryLogger());
      await register(backend, { name: 'churn', model: [writeModel(tempDir(), 'model', otherModel())], aliases: [] }, memoryLogger());
      const cacheDir = tempDir();
      running = await serve({ model: `oci://${reg.host}/models/churn:production`, 'admin-token': TOKEN }, { cacheDir });
      const { url } = running;
      expect(running.server.deployment.state()).toMatchObject({ name: 'churn', stable: { version: 'v1' } });
      const r = await post(`${url}/v2/models/churn/infer`, { inputs: [{ name: 'x', shape: [1, 3], datatype: 'FP32', data: [0.5, -1, 0] }] });
      expect(r).toMatchObject({ status: 200, json: { model_version: 'v1' } });
      // The admin API loads a registry reference too; its version is the registry's.
      const load = await post(`${url}/admin/models/churn/load`, { model: `oci://${reg.host}/models/churn:v2`, weight: 0 }, AUTH);
      expect(load).toMatchObject({ status: 200, json: { candidate: { version: 'v2', mode: 'split', weight: 0 } } });
      const bad = await post(`${url}/admin/models/churn/load`, { model: `oci://${reg.host}/models/churn:v9`, weight: 0 }, AUTH);
      expect(bad.status).toBe(400);
      expect(bad.json.error).toMatch(/no version v9/);
      expect(readdirSync(cacheDir).filter((d) => !d.startsWith('.')).sort()).toHaveLength(2);
    } finally {
      await running?.server.close();
      running = undefined;
      await reg.stop();
    }
  }, 60_000);

  it('rolls back to the version it served, pinned by digest, after the alias has moved on', async () => {
    const reg = await startRegistry();
    try {
      const backend = new RemoteBackend(reg.host, 'models/churn');
      await register(backend, { name: 'churn', model: [writeModel(tempDir(), 'model', goodModel('one'))], aliases: ['production'] }, memoryLogger());
      await register(backend, { name: 'churn', model: [writeModel(tempDir(), 'model', otherModel())], aliases: [] }, memoryLogger());
      running = await serve({ model: `oci://${reg.host}/models/churn:production`, 'admin-token': TOKEN }, { cacheDir: tempDir() });
      const { url } = running;
      const ask = () => post(`${url}/v2/models/churn/infer`, { inputs: [{ name: 'x', shape: [1, 3], datatype: 'FP32', data: [0.5, -1, 0] }] });
      const first = (await ask()).json;
      expect((await post(`${url}/admin/models/churn/load`, { model: `oci://${reg.host}/models/churn:v2` }, AUTH)).status).toBe(200);
      expect((await post(`${url}/admin/models/churn/promote`, {}, AUTH)).json).toMatchObject({ stable: { version: 'v2' }, previous: { ref: `oci://${reg.host}/models/churn:production`, version: 'v1' } });
      const second = (await ask()).json;
      // The two models answer with opposite labels (W and -W).
      expect(second.outputs[0].data).not.toEqual(first.outputs[0].data);
      // production now points at v2; the rollback still restores v1's model, not what the tag names now.
      await promote(backend, { tag: 'v2' }, 'production', {});
      const back = await post(`${url}/admin/models/churn/rollback`, {}, AUTH);
      expect(back.json).toMatchObject({ stable: { ref: `oci://${reg.host}/models/churn:production`, version: 'v1' } });
      expect((await ask()).json).toEqual(first);
    } finally {
      await running?.server.close();
      running = undefined;
      await reg.stop();
    }
  }, 60_000);
});
