// deploy end to end on loopback: real ONNX models registered in an OCI layout folder, the real
// `modelgate serve` (started in-process from src/serve, serving `oci-layout://…:production`), the
// deploy action driving its admin API, and a bounded load generator sending real requests while
// the rollout runs. Windows are 1.5 seconds; every loop is bounded.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import action from '../../../src/actions/deploy.js';
import { memoryLogger } from '../../../src/lib/logger.js';
import { LayoutBackend } from '../../../src/registry/layout.js';
import { history, listVersions, register } from '../../../src/registry/versions.js';
import { parseServeConfig } from '../../../src/serve/config.js';
import { startServe } from '../../../src/serve/index.js';
import type { ModelServer } from '../../../src/serve/server.js';
import { inputsFor, ROOT, tempDir } from '../../helpers.js';
import { startLoad } from './load.js';
import { erroringModel, goodModel, otherModel, shiftedModel, slowModel, writeModel } from './models.js';

const TOKEN = 'admin-token-for-the-deploy-e2e';
let servers: ModelServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

/** A registry holding v1 (the stable model, alias production) and `candidate` as v2. */
async function setup(candidate: Uint8Array): Promise<{ registry: string; url: string; server: ModelServer }> {
  const dir = tempDir('mg-deploy-');
  const registry = join(dir, 'registry', 'churn');
  const backend = new LayoutBackend(registry);
  await register(backend, { name: 'churn', model: [writeModel(tempDir(), 'model', goodModel('stable'))], aliases: ['production'] }, memoryLogger());
  await register(backend, { name: 'churn', model: [writeModel(tempDir(), 'model', candidate)], aliases: [] }, memoryLogger());
  const config = parseServeConfig({ port: '0', model: `oci-layout://${registry}:production`, name: 'churn', 'admin-token': TOKEN }, {});
  const server = await startServe(config, '0.1.0', { log: { log: () => {} }, cacheDir: join(dir, 'cache') });
  servers.push(server);
  return { registry, url: `http://127.0.0.1:${server.port}`, server };
}

const deploy = (url: string, model: string, extra: Record<string, string> = {}) =>
  action.parse(inputsFor('deploy', { model, target: url, interval: '1500ms', 'min-samples': '30', 'admin-token': TOKEN, environment: 'production', 'github-token': '', report: join(tempDir(), 'deployment.json'), ...extra }));

describe('deploy against the real server', () => {
  it('serves a registry reference and promotes a good candidate through 10/50/100; the alias and history follow', async () => {
    const { registry, url, server } = await setup(goodModel('candidate'));
    expect(server.deployment.state().stable).toEqual({ ref: `oci-layout://${registry}:production`, version: 'v1' });
    const load = startLoad(url, 'churn');
    // This test is about promotion (weights, alias, history), not about judging latency on a machine
    // other test files are loading: at the 100% step no request goes to stable, so the judge compares
    // the candidate's window with stable's sample from the 50% step, and a CI run once saw a load
    // change between the two windows as "candidate higher by 11 ms" and roll the same model back.
    // The judge looks at errors only here; the default judge's latency metric has its own test
    // (a slower candidate, below) and its false-rollback rate a simulation (judge-simulation.test.ts).
    const judge = 'metrics:\n  - {name: error-rate, kind: proportion, source: errors, critical: true}';
    const config = deploy(url, `oci-layout://${registry}:v2`, { judge });
    const r = await action.run(config, memoryLogger());
    const traffic = await load.stop();
    if (r.outputs.decision !== 'promoted') console.log(JSON.stringify(JSON.parse(readFileSync(config.report, 'utf8')).steps, null, 1).slice(0, 6000));
    expect(r.outputs.decision).toBe('promoted');
    const d = JSON.parse(readFileSync(config.report, 'utf8'));
    expect(d.steps.filter((s: { phase: string }) => s.phase === 'canary').map((s: { weight: number; outcome: string }) => [s.weight, s.outcome])).toEqual([
      [10, 'pass'],
      [50, 'pass'],
      [100, 'pass'],
    ]);
    expect(server.deployment.state()).toMatchObject({ stable: { version: 'v2' }, candidate: null });
    expect(traffic.failed).toEqual([]);
    expect(traffic.byVersion.v2).toBeGreaterThan(0);
    const b = new LayoutBackend(registry);
    expect((await listVersions(b)).find((v) => v.version === 'v2')!.aliases).toContain('production');
    expect((await history(b, { tag: 'v2' })).map((e) => [e.type, e.decision ?? e.alias])).toEqual([
      ['registered', undefined],
      ['alias', 'production'],
      ['deployment', 'promoted'],
    ]);
  }, 120_000);

  it('rolls back a candidate that fails on 5% of requests; stable answers every request; the version is rejected', async () => {
    const { registry, url, server } = await setup(erroringModel());
    // 5% errors need a few hundred requests to show (with 30, one or two errors prove nothing):
    // the default min-samples, windows that grow until they have them, and four clients. The judge
    // looks at errors only, so more clients cannot bias a latency comparison.
    const load = startLoad(url, 'churn', { badShare: 0.05, workers: 4 });
    const judge = 'metrics:\n  - {name: error-rate, kind: proportion, source: errors, critical: true}';
    const r = await action.run(deploy(url, `oci-layout://${registry}:v2`, { 'min-samples': '200', 'max-interval': '30s', judge }), memoryLogger());
    const traffic = await load.stop();
    expect(r.outputs.decision).toBe('rolled-back');
    expect(r.failure).toMatch(/error-rate high/);
    expect(traffic.failed).toEqual([]); // the candidate's failures were answered by stable
    expect(traffic.changed).toBe(0);
    expect(server.deployment.state()).toMatchObject({ stable: { version: 'v1' }, candidate: null });
    const v2 = (await listVersions(new LayoutBackend(registry))).find((v) => v.version === 'v2')!;
    expect(v2.status).toBe('rejected');
    expect(v2.aliases).not.toContain('production');
  }, 120_000);

  it('rolls back a slower candidate (extra real matrix products)', async () => {
    const { registry, url, server } = await setup(slowModel(128, 4));
    const load = startLoad(url, 'churn');
    const r = await action.run(deploy(url, `oci-layout://${registry}:v2`), memoryLogger());
    const traffic = await load.stop();
    expect(r.outputs.decision).toBe('rolled-back');
    expect(r.failure).toMatch(/latency/);
    expect(traffic.failed).toEqual([]);
    expect(server.deployment.state()).toMatchObject({ stable: { version: 'v1' }, candidate: null });
  }, 120_000);

  it('judges the prediction distribution when the judge asks: a candidate whose scores moved is rolled back', async () => {
    const { registry, url, server } = await setup(shiftedModel());
    const load = startLoad(url, 'churn');
    const judge = 'metrics:\n  - {name: error-rate, kind: proportion, source: errors, critical: true}\n  - {name: prediction, source: score, direction: either, critical: true}';
    const config = deploy(url, `oci-layout://${registry}:v2`, { judge });
    const r = await action.run(config, memoryLogger());
    const traffic = await load.stop();
    expect(r.outputs.decision).toBe('rolled-back');
    expect(r.failure).toMatch(/prediction (high|low)/);
    const step = JSON.parse(readFileSync(config.report, 'utf8')).steps.find((s: { outcome: string }) => s.outcome === 'fail');
    const m = step.judgement.metrics.find((x: { name: string }) => x.name === 'prediction');
    expect(m.stable.n).toBeGreaterThanOrEqual(30);
    expect(m.test).toBe('hodges-lehmann');
    expect(traffic.failed).toEqual([]);
    expect(server.deployment.state()).toMatchObject({ stable: { version: 'v1' }, candidate: null });
  }, 120_000);

  it('a shadow rollout changes no answer, and judges the disagreeing candidate', async () => {
    const { registry, url, server } = await setup(otherModel());
    const load = startLoad(url, 'churn');
    const r = await action.run(deploy(url, `oci-layout://${registry}:v2`, { strategy: 'shadow' }), memoryLogger());
    const traffic = await load.stop();
    expect(traffic.failed).toEqual([]);
    expect(traffic.changed).toBe(0);
    expect(Object.keys(traffic.byVersion)).toEqual(['v1']);
    expect(r.outputs.decision).toBe('rolled-back');
    expect(r.failure).toMatch(/agreement/);
    expect(server.deployment.state()).toMatchObject({ stable: { version: 'v1' }, candidate: null });
  }, 120_000);
});

describe('an interrupted deploy', () => {
  it('killed midway leaves traffic on known variants; a rerun continues from the recorded phase and finishes', async () => {
    const { registry, url, server } = await setup(goodModel('candidate'));
    const model = `oci-layout://${registry}:v2`;
    const load = startLoad(url, 'churn');
    // This test is about recovery, not about judging latency on a machine other tests are loading:
    // the judge looks at errors only (a rollback would also be a correct rerun, but the kill must
    // land in the 50% step).
    const judge = 'metrics:\n  - {name: error-rate, kind: proportion, source: errors, critical: true}';
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'test/integration/deploy/deploy-process.ts'), url, model, TOKEN, '1500ms', join(tempDir(), 'd.json'), judge], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (out += c));
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    // Wait (bounded: 1200 polls of 50 ms) until the rollout is in its 50% step, then kill it.
    for (let i = 0; i < 1200 && server.deployment.state().candidate?.weight !== 0.5; i++) await new Promise((r) => setTimeout(r, 50));
    expect(server.deployment.state().candidate?.weight, out).toBe(0.5);
    child.kill('SIGKILL');
    expect(await exited).toBeNull();
    // Known variants: stable v1 and the candidate v2 at the recorded step; the record names the phase.
    expect(server.deployment.state()).toMatchObject({ stable: { version: 'v1' }, candidate: { version: 'v2', mode: 'split', weight: 0.5 } });
    const rec = await fetch(`${url}/admin/models/churn/deploy-record`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(await rec.json()).toMatchObject({ model, strategy: 'canary', phaseKind: 'canary', phase: 2 });

    const config = deploy(url, model, { judge });
    const r = await action.run(config, memoryLogger());
    const traffic = await load.stop();
    expect(r.outputs.decision).toBe('promoted');
    const d = JSON.parse(readFileSync(config.report, 'utf8'));
    expect(d.resumed).toMatchObject({ action: 'continued', phase: 'canary', model });
    expect(d.steps.map((s: { phase: string; weight: number }) => `${s.phase} ${s.weight}`)).toEqual(['canary 50', 'canary 100', 'promote 100']);
    expect(server.deployment.state()).toMatchObject({ stable: { version: 'v2' }, candidate: null });
    expect((await fetch(`${url}/admin/models/churn/deploy-record`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(404);
    expect(traffic.failed).toEqual([]);
  }, 120_000);
});
