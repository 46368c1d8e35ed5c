// The deploy action's adapter end to end: inputs -> the serve target's HTTP client -> the real
// `modelgate serve` (in-process, on 127.0.0.1) -> rollout -> deployment.json, job summary, GitHub
// deployment and statuses (against the fake GitHub checked against the OpenAPI description).
// Models are plain files here (no registry: the decision is recorded in deployment.json and
// GitHub only); test/integration/deploy/serve-e2e.test.ts adds the registry.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import action from '../../src/actions/deploy.js';
import { assertArtifact } from '../../src/schemas/validate.js';
import { memoryLogger } from '../../src/lib/logger.js';
import { parseServeConfig } from '../../src/serve/config.js';
import { startServe } from '../../src/serve/index.js';
import type { ModelServer } from '../../src/serve/server.js';
import { inputsFor, tempDir } from '../helpers.js';
import { startLoad } from './deploy/load.js';
import { erroringModel, goodModel, writeModel } from './deploy/models.js';
import { useFakeGitHub } from './github/fake-github.js';

const TOKEN = 'admin-secret-1-for-the-test';

let server: ModelServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** The real server with the stable model; returns its URL and the candidate's file. */
async function real(candidate: Uint8Array): Promise<{ url: string; cand: string }> {
  const dir = tempDir();
  const stable = writeModel(dir, 'stable', goodModel('stable'));
  // Batching off: with it, the variant with the larger share of traffic fills larger batches, so its
  // requests wait differently and the latency comparison is biased by the weights (README, deploy).
  server = await startServe(parseServeConfig({ port: '0', model: stable, name: 'weather', 'admin-token': TOKEN, batching: 'false' }, {}), '0.1.0', { log: { log: () => {} } });
  return { url: `http://127.0.0.1:${server.port}`, cand: writeModel(dir, 'candidate', candidate) };
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
    const { url, cand: CAND } = await real(goodModel('candidate'));
    const dir = tempDir();
    const report = join(dir, 'deployment.json');
    const load = startLoad(url, 'weather');
    // This test is about the GitHub deployment record: the judge looks at errors only, so a latency
    // blip of the freshly loaded candidate on a busy machine cannot roll the good model back.
    const judge = 'metrics:\n  - {name: error-rate, kind: proportion, source: errors, critical: true}';
    const config = action.parse(inputsFor('deploy', { model: CAND, target: url, interval: '1500ms', 'min-samples': '30', 'admin-token': TOKEN, environment: 'staging', 'github-token': 'ghs_default', report, judge }));
    const log = memoryLogger();
    const r = await action.run(config, log);
    expect((await load.stop()).failed).toEqual([]);
    if (r.outputs.decision !== 'promoted') console.log(r.failure, readFileSync(report, 'utf8').slice(0, 6000));
    expect(r).toMatchObject({ passed: true, outputs: { decision: 'promoted', report } });
    expect(server!.deployment.state().stable).toEqual({ ref: CAND, version: '2' });
    expect(log.lines.join('\n')).toContain('is not a registry reference');
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
    const { url, cand: CAND } = await real(erroringModel());
    const dir = tempDir();
    const load = startLoad(url, 'weather', { badShare: 0.05 });
    // Half the traffic from the first step: enough failed requests in one short window for Fisher's test.
    const config = action.parse(inputsFor('deploy', { model: CAND, target: url, steps: '50,100', interval: '1500ms', 'min-samples': '30', 'admin-token': TOKEN, environment: 'production', 'github-token': 'ghs_default', report: join(dir, 'd.json') }));
    const r = await action.run(config, memoryLogger());
    expect((await load.stop()).failed).toEqual([]);
    expect(r.passed).toBe(false);
    expect(r.outputs.decision).toBe('rolled-back');
    if (!/error-rate high/.test(r.failure ?? '')) console.log(readFileSync(join(dir, 'd.json'), 'utf8').slice(0, 5000));
    expect(r.failure).toMatch(/^rolled-back: step 50%: critical metric failed: error-rate high/);
    expect(server!.deployment.state()).toMatchObject({ stable: { version: '1' }, candidate: null });
    expect(f.deploymentStatuses.map((s) => s.state)).toEqual(['in_progress', 'failure']);
  }, 60_000);

  it('says which input to fix when the admin token is wrong', async () => {
    const { url, cand: CAND } = await real(goodModel('candidate'));
    const config = action.parse(inputsFor('deploy', { model: CAND, target: url, interval: '20ms', 'admin-token': 'wrong-token-of-some-length', report: join(tempDir(), 'd.json'), 'github-token': '' }));
    await expect(action.run(config, memoryLogger())).rejects.toThrow(/401; check input 'admin-token'/);
    expect(server!.deployment.state().candidate).toBeNull();
  });

  it('parses strictly', () => {
    const p = (v: Record<string, string>) => action.parse(inputsFor('deploy', { model: 'oci://ghcr.io/octo/weather:v3', target: 'http://127.0.0.1:1', 'github-token': '', ...v }));
    expect(() => p({ strategy: 'ab' })).toThrow("input 'strategy' must be one of direct, blue-green, canary, shadow");
    expect(() => p({ steps: '50,10,100' })).toThrow('must be ascending');
    expect(() => p({ interval: '30 parsecs' })).toThrow("input 'interval' must be a duration");
    expect(() => p({ target: 'kserve', strategy: 'shadow' })).toThrow(/KServe does not have/);
    expect(() => p({ target: 'kserve' })).toThrow("input 'kserve-service' must be namespace/name");
    expect(() => p({ target: 'http://user:pw@127.0.0.1:1' })).toThrow('must not carry credentials');
    expect(() => p({ judge: 'pass: 70\nmarginal: 80' })).toThrow('marginal (80) must not exceed pass (70)');
    expect(() => p({ judge: 'metrics:\n  - {name: x, source: latency}' })).toThrow(`.source: a continuous metric reads one of latency_ms, score; got "latency"`);
    expect(() => p({ judge: 'metrics:\n  - {name: x, kind: proportion, source: score}' })).toThrow(`.source: a proportion metric reads one of errors; got "score"`);
    const c = p({ judge: 'confidence: 0.99\ngroups: {latency: 30}\nmetrics:\n  - {name: p95, source: latency_ms, critical: true}', 'min-samples': '500' });
    expect(c.judge).toMatchObject({ confidence: 0.99, minSamples: 500, groups: { latency: 30 }, metrics: [{ name: 'p95', kind: 'continuous', direction: 'increase', group: 'p95', critical: true }] });
  });
});
