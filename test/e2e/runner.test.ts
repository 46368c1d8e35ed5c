// Each bundle run the way a hosted runner runs it: only `actions/<x>` and `dist/` in a directory
// with no node_modules, the runner's INPUT_/GITHUB_/RUNNER_ environment (action.yml defaults
// filled in, `${{ github.token }}` evaluated as the runner does), a pull_request payload built from
// GitHub's webhook schema, and the loopback fake GitHub checked against the OpenAPI description.
//
// Stated times: a dead API costs the retries' backoff (1 s + 4 s), a hanging API costs
// `publish-timeout` (3 s here); each case must finish its step within 20 s, outputs and summary
// written, the verdict unchanged.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import evaluateAction from '../../src/actions/evaluate-model.js';
import { memoryLogger } from '../../src/lib/logger.js';
import { LayoutBackend } from '../../src/registry/layout.js';
import { history } from '../../src/registry/versions.js';
import { NODE, ROOT, inputsFor, tempDir } from '../helpers.js';
import { build, useFakeGitHub, validateAgainst, webhookSchema } from '../integration/github/fake-github.js';
import { TOKEN, runnerEnv, step } from './runner-harness.js';

const fake = useFakeGitHub();
const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const MODELS = join(ROOT, 'test/fixtures/models');
let checkout: string;
let evals: string;

beforeAll(async () => {
  checkout = tempDir('mg-checkout-');
  cpSync(join(ROOT, 'dist'), join(checkout, 'dist'), { recursive: true });
  cpSync(join(ROOT, 'action.yml'), join(checkout, 'action.yml'));
  cpSync(join(ROOT, 'actions'), join(checkout, 'actions'), { recursive: true });
  expect(existsSync(join(checkout, 'node_modules'))).toBe(false);
  evals = tempDir();
  for (const [name, model] of [
    ['candidate', 'mixed_columns.onnx'],
    ['baseline', 'mixed_columns_zipmap.onnx'],
  ]) {
    const config = evaluateAction.parse(inputsFor('evaluate-model', { model: join(MODELS, model), data: join(MODELS, 'customers.csv'), label: 'churned', out: join(evals, name, 'evaluation.json') }));
    await evaluateAction.run(config, memoryLogger());
  }
}, 120_000);

/** A pull_request payload that validates against GitHub's webhook schema. */
function pullRequestEvent(owner: string, repo: string): unknown {
  const schema = webhookSchema('pull-request-opened');
  const full = `${owner}/${repo}`;
  const payload = build(schema, {
    action: 'opened',
    number: 7,
    pull_request: {
      number: 7,
      head: { sha: SHA, ref: 'feature', label: `${owner}:feature`, repo: { full_name: full, name: repo } },
      base: { sha: 'c'.repeat(40), ref: 'main', label: `${owner}:main`, repo: { full_name: full, name: repo } },
    },
    repository: { full_name: full, name: repo },
  });
  expect(validateAgainst('webhook pull-request-opened', schema, payload)).toEqual([]);
  return payload;
}

/** A workspace holding the evaluations and a gate file, plus the event payload next to it. */
function workspace(owner: string, repo: string, gates = 'metrics:\n  accuracy: { min: 0.5 }\n') {
  const root = tempDir('mg-runner-');
  const ws = join(root, 'ws');
  cpSync(evals, ws, { recursive: true });
  writeFileSync(join(ws, 'gates.yml'), gates);
  const event = join(root, 'event.json');
  writeFileSync(event, JSON.stringify(pullRequestEvent(owner, repo)));
  return { ws, event };
}

const compareWith = { candidate: 'candidate/evaluation.json', baseline: 'baseline/evaluation.json', gates: 'gates.yml', bootstrap: '200' };

describe('compare-to-baseline as the runner runs it', () => {
  it('sends the evaluated token: one sticky comment and a check run', async () => {
    const f = fake();
    f.addPull(7, { headSha: SHA });
    const { ws, event } = workspace(f.owner, f.repo);
    const env = runnerEnv(join(checkout, 'actions/compare-to-baseline/action.yml'), compareWith, { workspace: ws, apiUrl: f.url, event, owner: f.owner, repo: f.repo });
    expect(env['INPUT_GITHUB-TOKEN']).toBe(TOKEN);
    const r = await step(join(checkout, 'actions/compare-to-baseline', '../../dist/compare-to-baseline/index.js'), env, ws);
    expect(r.code, r.stdout).toBe(0);
    expect(f.requests.filter((q) => q.status === 401)).toEqual([]);
    expect(f.commentsOn(7)).toHaveLength(1);
    expect(f.checkRuns).toHaveLength(1);
    expect(r.outputs.passed).toBe('true');
    expect(r.outputs['comment-url']).toMatch(/#issuecomment-\d+$/);
  });

  it('a dead API: outputs, summary and verdict stand; the failure is reported, not fatal', async () => {
    const f = fake();
    const dead = await closedPort();
    const { ws, event } = workspace(f.owner, f.repo);
    const env = runnerEnv(join(checkout, 'actions/compare-to-baseline/action.yml'), compareWith, { workspace: ws, apiUrl: dead, event, owner: f.owner, repo: f.repo });
    const r = await step(join(checkout, 'dist/compare-to-baseline/index.js'), env, ws);
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs.passed).toBe('true');
    expect(r.outputs.report).toBe('comparison.json');
    expect(r.summary).toContain('gates passed');
    expect(JSON.parse(readFileSync(join(ws, 'comparison.json'), 'utf8')).passed).toBe(true);
    expect(r.stdout).toMatch(/::error::the comparison was not published to GitHub: .*The verdict above stands/);
    expect(r.seconds).toBeLessThan(20);
    // fail-on-publish-error: the same outage fails the step, the outputs are still there
    const strict = await step(join(checkout, 'dist/compare-to-baseline/index.js'), { ...env, 'INPUT_FAIL-ON-PUBLISH-ERROR': 'true' }, ws);
    expect(strict.code).toBe(1);
    expect(strict.outputs.passed).toBe('true');
  });

  it('a hanging API: stops at publish-timeout with the verdict in place; a failed gate still fails the step', async () => {
    const f = fake();
    const hang = await hangingServer();
    try {
      const { ws, event } = workspace(f.owner, f.repo, 'metrics:\n  accuracy: { min: 0.99 }\n');
      const env = runnerEnv(join(checkout, 'actions/compare-to-baseline/action.yml'), { ...compareWith, 'publish-timeout': '3' }, { workspace: ws, apiUrl: hang.url, event, owner: f.owner, repo: f.repo });
      const r = await step(join(checkout, 'dist/compare-to-baseline/index.js'), env, ws);
      expect(r.code).toBe(1);
      expect(r.outputs.passed).toBe('false');
      expect(r.outputs['failed-gates']).toBe('accuracy');
      expect(r.summary).toContain('accuracy');
      expect(r.stdout).toMatch(/::error::.*gates? failed/);
      expect(r.stdout).toMatch(/not published to GitHub/);
      expect(r.seconds).toBeLessThan(20);
    } finally {
      await hang.close();
    }
  });
});

describe('the top-level action and the CLI in a run: step', () => {
  const pipeline = 'stages:\n  - compare-to-baseline:\n      candidate: candidate/evaluation.json\n      baseline: baseline/evaluation.json\n      gates: gates.yml\n      bootstrap: 200\n';

  it('the top-level action passes its evaluated github-token to the compare stage', async () => {
    const f = fake();
    f.addPull(7, { headSha: SHA });
    const { ws, event } = workspace(f.owner, f.repo);
    writeFileSync(join(ws, 'modelgate.yml'), pipeline);
    const env = runnerEnv(join(checkout, 'action.yml'), {}, { workspace: ws, apiUrl: f.url, event, owner: f.owner, repo: f.repo });
    const r = await step(join(checkout, 'dist/cli/index.js'), env, ws);
    expect(r.code, r.stdout).toBe(0);
    expect(f.commentsOn(7)).toHaveLength(1);
    expect(JSON.parse(r.outputs.outputs)['compare-to-baseline']['comment-url']).toMatch(/#issuecomment-/);
  });

  it('the CLI takes the token from GITHUB_TOKEN', async () => {
    const f = fake();
    f.addPull(7, { headSha: SHA });
    const { ws, event } = workspace(f.owner, f.repo);
    const env = runnerEnv(join(checkout, 'action.yml'), {}, { workspace: ws, apiUrl: f.url, event, owner: f.owner, repo: f.repo });
    for (const k of Object.keys(env)) if (k.startsWith('INPUT_')) delete env[k];
    delete env.GITHUB_ACTION; // a run: step, not the action
    env.GITHUB_TOKEN = TOKEN;
    const child = spawn(NODE, [join(checkout, 'dist/cli/index.js'), 'compare-to-baseline', '--candidate', 'candidate/evaluation.json', '--baseline', 'baseline/evaluation.json', '--gates', 'gates.yml', '--bootstrap', '200', '--json'], { cwd: ws, env, timeout: 240_000 });
    let out = '';
    child.stdout.on('data', (d) => (out += String(d)));
    child.stderr.on('data', (d) => (out += String(d)));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code, out).toBe(0);
    expect(f.commentsOn(7)).toHaveLength(1);
  });
});

describe('validate-data with a summary over 1 MiB', () => {
  it('caps the summary at a section boundary, keeps outputs and verdict', async () => {
    const f = fake();
    const { ws, event } = workspace(f.owner, f.repo);
    const cols = 12_000;
    const header = Array.from({ length: cols }, (_, i) => `a_rather_long_column_name_${i}`).join(',');
    const row = (k: number) => Array.from({ length: cols }, (_, i) => String((i * 7 + k) % 13)).join(',');
    writeFileSync(join(ws, 'wide.csv'), [header, row(1), row(2), row(3)].join('\n') + '\n');
    const env = runnerEnv(join(checkout, 'actions/validate-data/action.yml'), { data: 'wide.csv', markdown: 'full.md' }, { workspace: ws, apiUrl: f.url, event, owner: f.owner, repo: f.repo });
    const r = await step(join(checkout, 'dist/validate-data/index.js'), env, ws);
    expect(r.code, r.stdout.slice(-2000)).toBe(0);
    expect(Buffer.byteLength(readFileSync(join(ws, 'full.md')))).toBeGreaterThan(1024 * 1024);
    expect(Buffer.byteLength(r.summary)).toBeLessThanOrEqual(1024 * 1024);
    expect(r.summary).toContain('This summary was cut');
    expect(r.summary).toContain('`data-report.json`');
    expect(r.outputs).toMatchObject({ passed: 'true', rows: '3', violations: '0' });
    expect(r.seconds).toBeLessThan(60);
  });
});

describe('without GITHUB_STEP_SUMMARY', () => {
  it('a passing step passes, with its outputs', async () => {
    const f = fake();
    const { ws, event } = workspace(f.owner, f.repo);
    writeFileSync(join(ws, 'd.csv'), 'x,y\n1,2\n3,4\n');
    const env = runnerEnv(join(checkout, 'actions/validate-data/action.yml'), { data: 'd.csv' }, { workspace: ws, apiUrl: f.url, event, owner: f.owner, repo: f.repo });
    const r = await step(join(checkout, 'dist/validate-data/index.js'), env, ws, { withoutSummary: true });
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).not.toMatch(/Error|\n\s+at /);
    expect(r.outputs).toMatchObject({ passed: 'true', rows: '2' });
  });
});

describe('a job of train, evaluate-model and register, each bundle as the runner runs it', () => {
  // The steps of one job share a workspace, as on a runner: train writes model.onnx, evaluate-model
  // scores it with onnxruntime-node installed into the tool cache, register stores both.
  let ws: string;
  let ctx: { workspace: string; apiUrl: string; event: string; owner: string; repo: string };
  const bundle = (name: string) => join(checkout, `actions/${name}`, '../../dist', name, 'index.js');
  const env = (name: string, withValues: Record<string, string>) => runnerEnv(join(checkout, `actions/${name}/action.yml`), withValues, ctx);

  beforeAll(async () => {
    // None of these steps talks to GitHub: the API URL is a closed port.
    const w = workspace('octo-org', 'churn');
    ws = w.ws;
    ctx = { workspace: ws, apiUrl: await closedPort(), event: w.event, owner: 'octo-org', repo: 'churn' };
    cpSync(join(MODELS, 'customers.csv'), join(ws, 'customers.csv'));
  });

  it('train, built-in trainer: writes the model and a manifest, outputs relative and rounded', async () => {
    const r = await step(bundle('train'), env('train', { algorithm: 'logistic-regression', data: 'customers.csv', label: 'churned', ignore: 'customer_id', model: 'out/model.onnx', manifest: 'out/train-manifest.json' }), ws);
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs).toMatchObject({ 'cache-hit': 'false', model: 'out/model.onnx', manifest: 'out/train-manifest.json' });
    expect(r.outputs['duration-seconds']).toMatch(/^\d+(\.\d)?$/);
    expect(readFileSync(join(ws, 'out/model.onnx')).byteLength).toBeGreaterThan(100);
    const manifest = JSON.parse(readFileSync(join(ws, 'out/train-manifest.json'), 'utf8'));
    expect(JSON.stringify(manifest)).toContain('customers.csv');
    expect(r.summary).toContain('modelgate train: trained');
  });

  it('train, command mode: runs the command in the workspace, reports its outputs', async () => {
    writeFileSync(join(ws, 'fit.mjs'), "import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';\nconst rows = readFileSync('customers.csv', 'utf8').trim().split('\\n').length - 1;\nmkdirSync('cmd', { recursive: true });\nwriteFileSync('cmd/model.txt', `rows=${rows}\\n`);\nconsole.log(`fitted on ${rows} rows`);\n");
    const r = await step(bundle('train'), env('train', { command: 'node fit.mjs', inputs: 'fit.mjs\ncustomers.csv', outputs: 'cmd/model.txt', manifest: 'cmd/train-manifest.json' }), ws);
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toContain('fitted on 300 rows');
    expect(readFileSync(join(ws, 'cmd/model.txt'), 'utf8')).toBe('rows=300\n');
    expect(r.outputs).toMatchObject({ 'cache-hit': 'false', model: 'cmd/model.txt', manifest: 'cmd/train-manifest.json' });
    // A failing command fails the step with its exit status named.
    const failed = await step(bundle('train'), env('train', { command: 'node -e "process.exit(3)"', inputs: 'fit.mjs', outputs: 'cmd/none.txt', manifest: 'cmd/m2.json' }), ws);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(/::error::.*(exit|status).*3/i);
  });

  it('evaluate-model: installs onnxruntime-node into the tool cache and scores the trained model as the source does', async () => {
    const r = await step(bundle('evaluate-model'), env('evaluate-model', { model: 'out/model.onnx', data: 'customers.csv', label: 'churned', out: 'out/evaluation.json' }), ws);
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toContain('installing onnxruntime-node@');
    const report = JSON.parse(readFileSync(join(ws, 'out/evaluation.json'), 'utf8'));
    expect(r.outputs.accuracy).toBe(String(report.metrics.accuracy.value));
    expect(r.outputs['roc-auc']).toBe(r.outputs.roc_auc);
    // The same model and data through the source, in this process, give the same numbers.
    const config = evaluateAction.parse(inputsFor('evaluate-model', { model: join(ws, 'out/model.onnx'), data: join(ws, 'customers.csv'), label: 'churned', out: join(tempDir(), 'evaluation.json') }));
    const inProcess = await evaluateAction.run(config, memoryLogger());
    expect(Number(r.outputs.accuracy)).toBe(Number(inProcess.outputs.accuracy));
    expect(Number(r.outputs['roc-auc'])).toBe(Number(inProcess.outputs['roc-auc']));
    expect(r.summary).toContain('accuracy');
  });

  it('register: stores the model, its evaluation and lineage in an oci-layout registry; the same digest again is the same version', async () => {
    const withValues = { registry: 'oci-layout://registry', name: 'churn', model: 'out/model.onnx', evaluation: 'out/evaluation.json', 'train-manifest': 'out/train-manifest.json', alias: 'production' };
    const r = await step(bundle('register'), env('register', withValues), ws);
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs.version).toBe('v1');
    expect(r.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    const index = JSON.parse(readFileSync(join(ws, 'registry/churn/index.json'), 'utf8'));
    expect(JSON.stringify(index)).toContain(r.outputs.digest);
    expect(existsSync(join(ws, 'registry/churn/blobs/sha256', r.outputs.digest.slice('sha256:'.length)))).toBe(true);
    const again = await step(bundle('register'), env('register', withValues), ws);
    expect(again.code, again.stdout).toBe(0);
    expect(again.outputs).toMatchObject({ version: 'v1', digest: r.outputs.digest });
  });

  it('monitor: refuses a version without its training profile in one line; with one, tests the data against it and records the run', async () => {
    const bare = await step(bundle('monitor'), env('monitor', { data: 'customers.csv', model: 'oci-layout://registry/churn:production' }), ws);
    expect(bare.code).toBe(1);
    expect(bare.stdout).toMatch(/::error::input 'model': .* holds no profile\.json/);
    expect(bare.stdout).not.toMatch(/\n\s+at /);
    const v = await step(bundle('validate-data'), env('validate-data', { data: 'customers.csv', profile: 'out/profile.json', report: 'out/data-report.json' }), ws);
    expect(v.code, v.stdout).toBe(0);
    const reg = await step(bundle('register'), env('register', { registry: 'oci-layout://registry', name: 'churn-monitored', model: 'out/model.onnx', evaluation: 'out/evaluation.json', profile: 'out/profile.json', alias: 'production' }), ws);
    expect(reg.code, reg.stdout).toBe(0);
    const r = await step(bundle('monitor'), env('monitor', { data: 'customers.csv', model: 'oci-layout://registry/churn-monitored:production', report: 'out/monitor-report.json' }), ws);
    expect(r.code, r.stdout).toBe(0);
    // The training data itself: nothing drifted.
    expect(r.outputs).toEqual({ finding: 'none', 'drifted-columns': '[]', report: 'out/monitor-report.json' });
    expect(JSON.parse(readFileSync(join(ws, 'out/monitor-report.json'), 'utf8')).model.version).toBe('v1');
    expect(r.summary).toContain('Monitor churn-monitored v1: none');
    const events = await history(new LayoutBackend(join(ws, 'registry/churn-monitored')), { tag: 'production' });
    expect(events.map((e) => [e.type, e.finding])).toContainEqual(['monitor', 'none']);
  });

  it('deploy: the bundle loads and names an unreachable server in one error line, without a stack', async () => {
    // Only the bundle's start and its error path: a real rollout needs a running `modelgate serve`.
    const r = await step(bundle('deploy'), env('deploy', { model: 'oci-layout://registry/churn:production', target: ctx.apiUrl, strategy: 'direct' }), ws);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`::error::cannot reach the model server at ${ctx.apiUrl}`);
    expect(r.stdout).not.toMatch(/\n\s+at /);
  });
});

async function closedPort(): Promise<string> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

/** Accepts connections and requests, and never answers. */
async function hangingServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const s: Server = createServer(() => {});
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(s.address() as AddressInfo).port}`,
    close: async () => {
      s.closeAllConnections();
      await new Promise<void>((resolve) => s.close(() => resolve()));
    },
  };
}

afterAll(() => {});
