// deploy with target kserve end to end, with every part that can run here real: two `modelgate
// serve` servers stand for the InferenceService's two revisions (each labelled, as the rendered
// spec asks, with the registry reference it serves), Debian's Prometheus scrapes them every
// second, and the judge reads its windows from Prometheus' HTTP API. What cannot run here is a
// Kubernetes cluster: kubectl is a stand-in (fake-kubectl.mjs) keeping the applied
// InferenceService in a file, and a small loopback proxy plays KServe's ingress, sending
// canaryTrafficPercent of the requests to the revision of the latest spec. Every applied manifest
// is checked against KServe's CRD schema. Windows are 3 s; every loop is bounded.
import { readFileSync, symlinkSync, existsSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkInferenceService } from '../../kserve-crd.js';
import action from '../../../src/actions/deploy.js';
import type { InferenceService } from '../../../src/deploy/kserve.js';
import { memoryLogger } from '../../../src/lib/logger.js';
import { LayoutBackend } from '../../../src/registry/layout.js';
import { listVersions, register } from '../../../src/registry/versions.js';
import { parseServeConfig } from '../../../src/serve/config.js';
import { startServe } from '../../../src/serve/index.js';
import type { ModelServer } from '../../../src/serve/server.js';
import { inputsFor, tempDir } from '../../helpers.js';
import { startLoad } from './load.js';
import { erroringModel, goodModel, writeModel } from './models.js';
import { PROMETHEUS_BIN, startPrometheus, type RunningPrometheus } from './prometheus-server.js';

const validate = checkInferenceService;

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

beforeAll(() => {
  if (!existsSync(PROMETHEUS_BIN)) throw new Error(`${PROMETHEUS_BIN} is missing: apt-get install prometheus (.ci/run does)`);
});

/** kubectl on PATH is the stand-in, with its state and log in a temp dir. */
function fakeKubectl(): { state: string; log: string } {
  const dir = tempDir('mg-kubectl-');
  symlinkSync(new URL('./fake-kubectl.mjs', import.meta.url).pathname, join(dir, 'kubectl'));
  const saved = { PATH: process.env.PATH, FAKE_KUBECTL_STATE: process.env.FAKE_KUBECTL_STATE, FAKE_KUBECTL_LOG: process.env.FAKE_KUBECTL_LOG };
  const state = join(dir, 'state.json');
  const log = join(dir, 'applied.jsonl');
  process.env.PATH = `${dir}:${process.env.PATH}`;
  process.env.FAKE_KUBECTL_STATE = state;
  process.env.FAKE_KUBECTL_LOG = log;
  cleanups.push(() => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });
  return { state, log };
}

/** KServe's ingress: the latest spec's revision gets canaryTrafficPercent (all without it), the previous one the rest. */
async function ingress(statePath: string, servers: Record<string, string>, rand: () => number): Promise<string> {
  const server: Server = createServer((req, res) => {
    const state = existsSync(statePath) ? (JSON.parse(readFileSync(statePath, 'utf8')) as Record<string, InferenceService>) : {};
    const isvc = Object.values(state)[0];
    const p = isvc?.spec.predictor;
    const latest = p?.model.env?.find((e) => e.name === 'MODELGATE_SERVE_REFERENCE')?.value;
    const previous = isvc?.metadata.annotations['modelgate.dev/stable'];
    const pct = p?.canaryTrafficPercent;
    const ref = pct === undefined || !previous ? latest : rand() * 100 < pct ? latest : previous;
    const upstream = ref && servers[ref];
    if (!upstream) {
      res.writeHead(503).end(JSON.stringify({ error: `no revision serves ${ref}` }));
      return;
    }
    const u = new URL(req.url!, upstream);
    const fwd = httpRequest(u, { method: req.method, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    fwd.on('error', (e) => res.writeHead(502).end(JSON.stringify({ error: e.message })));
    req.pipe(fwd);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  cleanups.push(() => new Promise<void>((r) => server.close(() => r())));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** v1 (production) and the candidate as v2 in a layout registry; a server per version; Prometheus scraping both. */
async function setup(candidate: Uint8Array): Promise<{ registry: string; v1: string; v2: string; prometheus: RunningPrometheus; servers: Record<string, string> }> {
  const dir = tempDir('mg-kserve-');
  const registry = join(dir, 'registry', 'churn');
  const backend = new LayoutBackend(registry);
  await register(backend, { name: 'churn', model: [writeModel(tempDir(), 'model', goodModel('stable'))], aliases: ['production'] }, memoryLogger());
  await register(backend, { name: 'churn', model: [writeModel(tempDir(), 'model', candidate)], aliases: [] }, memoryLogger());
  const v1 = `oci-layout://${registry}:v1`;
  const v2 = `oci-layout://${registry}:v2`;
  const servers: Record<string, string> = {};
  for (const ref of [v1, v2]) {
    // As a KServe predictor runs it: the files from storageUri, the reference from the spec's env.
    const config = parseServeConfig({ port: '0', model: ref, name: 'churn' }, { MODELGATE_SERVE_REFERENCE: ref });
    const s: ModelServer = await startServe(config, '0.1.0', { log: { log: () => {} }, cacheDir: join(dir, 'cache') });
    cleanups.push(() => s.close());
    servers[ref] = `http://127.0.0.1:${s.port}`;
  }
  const prometheus = await startPrometheus(Object.values(servers).map((u) => u.replace('http://', '')));
  cleanups.push(() => prometheus.stop());
  await prometheus.waitScraped(2);
  return { registry, v1, v2, prometheus, servers };
}

const deploy = (model: string, prometheus: string, extra: Record<string, string> = {}) =>
  action.parse(
    inputsFor('deploy', { model, target: 'kserve', 'kserve-service': 'models/churn', 'kserve-runtime': 'modelgate-serve', 'prometheus-url': prometheus, interval: '3s', 'max-interval': '12s', 'min-samples': '40', environment: 'production', 'github-token': '', report: join(tempDir(), 'deployment.json'), ...extra }),
  );

/** The applied manifests, each checked against the CRD schema. */
function applied(log: string): InferenceService[] {
  const all = readFileSync(log, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as InferenceService);
  for (const m of all) validate(m);
  return all;
}

let seed = 11;
const rand = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);

describe('deploy to KServe, judged from a real Prometheus', () => {
  it('creates the first version, canaries a good one through 10/50/100 and promotes it by removing the field', async () => {
    const kubectl = fakeKubectl();
    const { registry, v1, v2, prometheus, servers } = await setup(goodModel('candidate'));
    const url = await ingress(kubectl.state, servers, rand);
    const first = await action.run(deploy(v1, prometheus.url, { strategy: 'direct' }), memoryLogger());
    expect(first.outputs.decision).toBe('promoted');
    const before = applied(kubectl.log).length;
    const load = startLoad(url, 'churn', { workers: 2 });
    const config = deploy(v2, prometheus.url, { judge: 'metrics:\n  - {name: error-rate, kind: proportion, source: errors, critical: true}' });
    const log = memoryLogger();
    const r = await action.run(config, log);
    const traffic = await load.stop();
    const report = JSON.parse(readFileSync(config.report, 'utf8'));
    expect(r.outputs.decision, JSON.stringify(report.steps).slice(0, 3000)).toBe('promoted');
    expect(report.steps.filter((s: { phase: string }) => s.phase === 'canary').map((s: { weight: number; outcome: string }) => [s.weight, s.outcome])).toEqual([
      [10, 'pass'],
      [50, 'pass'],
      [100, 'pass'],
    ]);
    // The judge saw both revisions: each window's counts came from the series labelled with its reference.
    const first10 = report.steps.find((s: { phase: string; weight: number }) => s.phase === 'canary' && s.weight === 10);
    const errorRate = first10.judgement.metrics.find((m: { name: string }) => m.name === 'error-rate');
    expect(errorRate.stable.n).toBeGreaterThan(errorRate.candidate.n);
    expect(errorRate.candidate.n).toBeGreaterThanOrEqual(40);
    const manifests = applied(kubectl.log);
    // The canary's applies (each step also re-applies with the rollout record in an annotation).
    const percents = manifests.slice(before).map((m) => m.spec.predictor.canaryTrafficPercent ?? null);
    expect(percents.filter((p, i) => i === 0 || p !== percents[i - 1])).toEqual([null, 0, 10, 50, 100, null]);
    const last = manifests.at(-1)!;
    expect(last.spec.predictor.model).toMatchObject({ storageUri: v2, runtime: 'modelgate-serve', env: [{ name: 'MODELGATE_SERVE_REFERENCE', value: v2 }] });
    expect(last.metadata.annotations['modelgate.dev/stable']).toBe(v2);
    expect(traffic.failed).toEqual([]);
    expect((await listVersions(new LayoutBackend(registry))).find((v) => v.version === 'v2')!.aliases).toContain('production');
  }, 180_000);

  it('rolls back a candidate that fails on 5% of requests: canaryTrafficPercent 0, then the stable spec again', async () => {
    const kubectl = fakeKubectl();
    const { registry, v1, v2, prometheus, servers } = await setup(erroringModel());
    const url = await ingress(kubectl.state, servers, rand);
    expect((await action.run(deploy(v1, prometheus.url, { strategy: 'direct' }), memoryLogger())).outputs.decision).toBe('promoted');
    const before = applied(kubectl.log).length;
    const load = startLoad(url, 'churn', { workers: 2, badShare: 0.05 });
    const config = deploy(v2, prometheus.url, { 'min-samples': '200', 'max-interval': '30s', judge: 'metrics:\n  - {name: error-rate, kind: proportion, source: errors, critical: true}' });
    const r = await action.run(config, memoryLogger());
    await load.stop();
    expect(r.outputs.decision).toBe('rolled-back');
    expect(r.failure).toMatch(/error-rate high/);
    // KServe's rollback: the canary's revision to 0%, then the stable spec again (as storageUri and percent).
    const specs = applied(kubectl.log)
      .slice(before)
      .map((m) => `${m.spec.predictor.model.storageUri === v1 ? 'v1' : 'v2'} ${m.spec.predictor.canaryTrafficPercent ?? '-'}`);
    const steps = specs.filter((x, i) => i === 0 || x !== specs[i - 1]);
    expect(steps.slice(0, 3)).toEqual(['v1 -', 'v2 0', 'v2 10']);
    expect(steps.slice(-2)).toEqual(['v2 0', 'v1 -']);
    expect((await listVersions(new LayoutBackend(registry))).find((v) => v.version === 'v2')!.status).toBe('rejected');
  }, 180_000);
});
