// The deploy action's adapter end to end: inputs -> the serve target's HTTP client -> rollout ->
// deployment.json, job summary, GitHub deployment and statuses (against the fake GitHub checked
// against the OpenAPI description).
//
// The modelgate server's admin API did not exist when this was written: the HTTP server here is
// a STAND-IN speaking the admin API deploy expects (src/deploy/serve-target.ts), backed by the
// in-memory target of the unit tests (seeded traffic, advanced 30 simulated seconds per window).
// It tests the adapter and the client's requests, not the real server; the e2e against
// `modelgate serve` replaces it once serve lands.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import action from '../../src/actions/deploy.js';
import { assertArtifact } from '../../src/schemas/validate.js';
import { memoryLogger } from '../../src/lib/logger.js';
import { inputsFor, tempDir } from '../helpers.js';
import { MemoryTarget, type ModelBehaviour } from '../unit/deploy/memory-target.js';
import { useFakeGitHub } from './github/fake-github.js';

const TOKEN = 'admin-secret-1';
const STABLE = 'ghcr.io/octo/weather:v2';
const CAND = 'ghcr.io/octo/weather:v3';

let server: Server | undefined;
afterEach(async () => {
  const s = server;
  server = undefined;
  if (s) {
    s.closeAllConnections();
    await new Promise((r) => s.close(r));
  }
});

/** The expected admin API over a MemoryTarget; refuses requests without the bearer token. */
async function standIn(candidate: ModelBehaviour): Promise<{ url: string; target: MemoryTarget; unauthorized: () => number }> {
  const target = new MemoryTarget(STABLE, { [STABLE]: {}, [CAND]: candidate }, 100, 11);
  let refused = 0;
  server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString()) : undefined;
    const send = (status: number, json?: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(json === undefined ? '' : JSON.stringify(json));
    if (req.headers.authorization !== `Bearer ${TOKEN}`) {
      refused++;
      return send(401, { error: 'unauthorized' });
    }
    const route = `${req.method} ${req.url}`;
    switch (route) {
      case 'GET /admin/v1/state': {
        const s = await target.state();
        return send(200, { stable: s.stable ?? null, candidate: s.candidate ?? null, weight: s.weight, shadow: s.shadow });
      }
      case 'POST /admin/v1/candidate':
        return send(200, await target.loadCandidate(body.model));
      case 'PUT /admin/v1/weights':
        return send(200, await target.setWeight(body.candidate));
      case 'PUT /admin/v1/shadow':
        return send(200, await target.setShadow(body.enabled));
      case 'POST /admin/v1/promote':
        return send(200, await target.promote());
      case 'POST /admin/v1/rollback':
        return send(200, await target.rollback());
      case 'POST /admin/v1/window/reset':
        return send(200, await target.resetWindow());
      case 'GET /admin/v1/window': {
        target.advance(30_000);
        const w = await target.readWindow();
        const obs = (v: typeof w.stable) => ({ requests: v.counts.errors.total, errors: v.counts.errors.events, latencyMs: v.samples.latency_ms });
        return send(200, { stable: obs(w.stable), candidate: obs(w.candidate), shadow: { agree: w.agreement!.events, total: w.agreement!.total } });
      }
      case 'GET /v2/health/ready':
      case 'GET /admin/v1/candidate/ready':
        return send(200, { ready: true });
      case 'GET /admin/v1/deploy-record': {
        const r = await target.readRecord();
        return r ? send(200, r) : send(204);
      }
      case 'PUT /admin/v1/deploy-record':
        return send(200, await target.writeRecord(body));
      case 'DELETE /admin/v1/deploy-record':
        return send(204, await target.writeRecord(undefined));
      default:
        return send(404, { error: `no route ${route}` });
    }
  });
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}`, target, unauthorized: () => refused };
}

const fake = useFakeGitHub();
const SHA = '9fceb02d0ae598e95dc970b74767f19372d61af8';

function githubEnv(apiUrl: string) {
  Object.assign(process.env, { GITHUB_REPOSITORY: 'octo-org/models', GITHUB_SHA: SHA, GITHUB_RUN_ID: '77', GITHUB_SERVER_URL: 'https://github.com', GITHUB_API_URL: apiUrl });
}

describe('deploy action', () => {
  it('canaries a good model to promotion and records a successful GitHub deployment', async () => {
    const f = fake();
    githubEnv(f.url);
    const { url, target } = await standIn({});
    const dir = tempDir();
    const report = join(dir, 'deployment.json');
    const config = action.parse(inputsFor('deploy', { model: CAND, target: url, interval: '20ms', 'admin-token': TOKEN, environment: 'staging', 'github-token': 'ghs_default', report }));
    const r = await action.run(config, memoryLogger());
    expect(r).toMatchObject({ passed: true, outputs: { decision: 'promoted', report } });
    expect((await target.state()).stable).toBe(CAND);
    const d = JSON.parse(readFileSync(report, 'utf8'));
    assertArtifact('deployment', d, report);
    expect(d).toMatchObject({ decision: 'promoted', environment: 'staging', target: { kind: 'serve' }, github: { environment: 'staging', logUrl: 'https://github.com/octo-org/models/actions/runs/77' } });
    expect(JSON.stringify(d)).not.toContain(TOKEN);
    expect(f.deployments[0]).toMatchObject({ environment: 'staging', ref: SHA, payload: { model: CAND, strategy: 'canary', target: 'serve' } });
    expect(f.deploymentStatuses.map((s) => s.state)).toEqual(['in_progress', 'success']);
    expect(r.summary).toContain('```mermaid');
  }, 60_000);

  it('rolls back a candidate with 5% errors: exit status failed, deployment status failure, stable answering', async () => {
    const f = fake();
    githubEnv(f.url);
    const { url, target } = await standIn({ errorRate: 0.05 });
    const dir = tempDir();
    const config = action.parse(inputsFor('deploy', { model: CAND, target: url, interval: '20ms', 'admin-token': TOKEN, environment: 'production', 'github-token': 'ghs_default', report: join(dir, 'd.json') }));
    const r = await action.run(config, memoryLogger());
    expect(r.passed).toBe(false);
    expect(r.outputs.decision).toBe('rolled-back');
    expect(r.failure).toMatch(/^rolled-back: step 10%: critical metric failed: error-rate high/);
    expect(await target.state()).toEqual({ stable: STABLE, weight: 0, shadow: false });
    expect(f.deploymentStatuses.map((s) => s.state)).toEqual(['in_progress', 'failure']);
  }, 60_000);

  it('says which input to fix when the admin token is wrong', async () => {
    const { url, unauthorized } = await standIn({});
    const config = action.parse(inputsFor('deploy', { model: CAND, target: url, interval: '20ms', 'admin-token': 'wrong', report: join(tempDir(), 'd.json'), 'github-token': '' }));
    await expect(action.run(config, memoryLogger())).rejects.toThrow(/401; check input 'admin-token'/);
    expect(unauthorized()).toBeGreaterThan(0);
  });

  it('parses strictly', () => {
    const p = (v: Record<string, string>) => action.parse(inputsFor('deploy', { model: CAND, target: 'http://127.0.0.1:1', 'github-token': '', ...v }));
    expect(() => p({ strategy: 'ab' })).toThrow("input 'strategy' must be one of direct, blue-green, canary, shadow");
    expect(() => p({ steps: '50,10,100' })).toThrow('must be ascending');
    expect(() => p({ interval: '30 parsecs' })).toThrow("input 'interval' must be a duration");
    expect(() => p({ target: 'kserve', strategy: 'shadow' })).toThrow(/KServe does not have/);
    expect(() => p({ target: 'kserve' })).toThrow("input 'kserve-service' must be namespace/name");
    expect(() => p({ target: 'http://user:pw@127.0.0.1:1' })).toThrow('must not carry credentials');
    expect(() => p({ judge: 'pass: 70\nmarginal: 80' })).toThrow('marginal (80) must not exceed pass (70)');
    const c = p({ judge: 'confidence: 0.99\ngroups: {latency: 30}\nmetrics:\n  - {name: p95, source: latency_ms, critical: true}', 'min-samples': '500' });
    expect(c.judge).toMatchObject({ confidence: 0.99, minSamples: 500, groups: { latency: 30 }, metrics: [{ name: 'p95', kind: 'continuous', direction: 'increase', group: 'p95', critical: true }] });
  });
});
