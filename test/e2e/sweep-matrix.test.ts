// A sweep as a workflow runs it (workflows-examples/sweep.yml): the train bundle as the runner runs
// it, in separate job workspaces — plan, one job per variant of the matrix it emitted, then a
// collect job that gets the variants' result files as downloaded artifacts. The runs of every job
// go to one store that outlives them: the real docker-registry on 127.0.0.1.
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRunStore } from '../../src/experiments/store.js';
import { ortCacheDir } from '../../src/model/ort.js';
import { ROOT, tempDir } from '../helpers.js';
import { splitProject } from '../integration/experiments/project.js';
import { startRegistry, type RunningRegistry } from '../integration/registry/docker-registry.js';
import { runnerEnv, step } from './runner-harness.js';

const SWEEP = ['validation: val.csv', 'metric: roc_auc', 'params:', '  l2: [0.001, 0.01, 0.1, 1, 10, 100, 1000, 10000]', ''].join('\n');

let checkout: string;
let project: string;
let toolCache: string;
let reg: RunningRegistry;

beforeAll(async () => {
  checkout = tempDir('mg-checkout-');
  cpSync(join(ROOT, 'dist'), join(checkout, 'dist'), { recursive: true });
  cpSync(join(ROOT, 'actions'), join(checkout, 'actions'), { recursive: true });
  project = splitProject();
  writeFileSync(join(project, 'sweep.yml'), SWEEP);
  // A self-hosted runner's tool cache, holding onnxruntime-node as evaluate-model installs it.
  toolCache = tempDir('mg-toolcache-');
  const ort = ortCacheDir({ RUNNER_TOOL_CACHE: toolCache });
  for (const pkg of ['onnxruntime-node', 'onnxruntime-common']) cpSync(join(ROOT, 'node_modules', pkg), join(ort, 'node_modules', pkg), { recursive: true, dereference: true });
  writeFileSync(`${ort}.complete`, '');
  reg = await startRegistry({});
}, 120_000);
afterAll(async () => reg?.stop());

/** A fresh job: its own checkout of the project, runner temp and output files. */
function job(name: string): { ws: string; env: (w: Record<string, string>) => Record<string, string> } {
  const root = tempDir(`mg-job-${name}-`);
  const ws = join(root, 'ws');
  cpSync(project, ws, { recursive: true });
  const event = join(root, 'event.json');
  writeFileSync(event, JSON.stringify({ pull_request: { number: 7, head: { sha: 'a'.repeat(40), ref: 'tune', repo: { full_name: 'octo/churn' } }, base: { repo: { full_name: 'octo/churn' } } } }));
  const ctx = { workspace: ws, apiUrl: 'http://127.0.0.1:9', event, owner: 'octo', repo: 'churn' };
  const train = { algorithm: 'logistic-regression', data: 'train.csv', label: 'churned', ignore: 'customer_id', model: 'model.onnx', sweep: 'sweep.yml', experiments: `oci://${reg.host}/octo/churn-runs` };
  return { ws, env: (w) => ({ ...runnerEnv(join(checkout, 'actions/train/action.yml'), { ...train, ...w }, ctx), RUNNER_TOOL_CACHE: toolCache, GITHUB_HEAD_REF: 'tune' }) };
}

const bundle = () => join(checkout, 'dist/train/index.js');

describe('sweep as a job matrix, through the runner', () => {
  it('plan -> 8 variant jobs -> collect: the winner restored, every run in the registry', async () => {
    const plan = job('plan');
    const p = await step(bundle(), plan.env({ 'sweep-step': 'plan' }), plan.ws);
    expect(p.code, p.stdout).toBe(0);
    const matrix = JSON.parse(p.outputs['sweep-matrix']);
    expect(matrix.include).toHaveLength(8);
    const artifacts = tempDir('mg-artifacts-');
    // The matrix: each variant in its own job; its folder is uploaded as an artifact.
    for (const m of matrix.include) {
      const j = job(m.variant);
      const r = await step(bundle(), j.env({ 'sweep-step': 'variant', 'sweep-variant': m.variant }), j.ws);
      expect(r.code, r.stdout).toBe(0);
      expect(r.outputs.model).toBe(`.modelgate/sweep/${m.variant}/model.onnx`);
      cpSync(join(j.ws, '.modelgate/sweep', m.variant), join(artifacts, `sweep-${m.variant}`), { recursive: true });
    }
    // The collect job downloads every artifact, chooses, and trains the winner again (no shared
    // cache between these jobs here: a miss, the same bytes, since the trainer is deterministic).
    const c = job('collect');
    mkdirSync(join(c.ws, 'variants'));
    cpSync(artifacts, join(c.ws, 'variants'), { recursive: true });
    const r = await step(bundle(), c.env({ 'sweep-step': 'collect', 'sweep-results': 'variants/*/result.json' }), c.ws);
    expect(r.code, r.stdout).toBe(0);
    const report = JSON.parse(readFileSync(join(c.ws, r.outputs['sweep-report']), 'utf8'));
    expect(report.ranking).toHaveLength(8);
    expect(r.outputs['sweep-winner']).toBe(report.winner.variant);
    expect(existsSync(join(c.ws, 'model.onnx'))).toBe(true);
    const winnerArtifact = JSON.parse(readFileSync(join(artifacts, `sweep-${report.winner.variant}`, 'result.json'), 'utf8'));
    expect(winnerArtifact.model.sha256).toBe(report.winner.model.sha256);
    expect(r.stdout).not.toMatch(/is not the one scored/);
    expect(r.summary).toContain('8 variants tried');
    expect(r.summary).toContain(`${report.winner.variant} ✅ chosen`);
    // One store for every job: 8 trainings, 8 validation scores, the chosen one; all from PR 7.
    const runs = await openRunStore(`oci://${reg.host}/octo/churn-runs`)!.list();
    expect(runs).toHaveLength(17);
    expect(runs.every((x) => x.pullRequest === 7 && x.git?.branch === 'tune' && x.sweep?.id === report.id)).toBe(true);
    expect(runs.filter((x) => x.sweep?.chosen)).toHaveLength(1);
  }, 600_000);

  it('all in one job: the variants train on worker threads of the action bundle itself', async () => {
    const j = job('all');
    const sweep = SWEEP.replace('[0.001, 0.01, 0.1, 1, 10, 100, 1000, 10000]', '[0.01, 1, 100, 10000]') + 'parallel: 2\n';
    writeFileSync(join(j.ws, 'sweep-all.yml'), sweep);
    const r = await step(bundle(), j.env({ sweep: 'sweep-all.yml', experiments: '.modelgate/runs' }), j.ws);
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toContain('4 variants, 2 at a time');
    const report = JSON.parse(readFileSync(join(j.ws, r.outputs['sweep-report']), 'utf8'));
    expect(report.ranking).toHaveLength(4);
    expect(new Set(report.ranking.map((v: { model: { sha256: string } }) => v.model.sha256)).size).toBe(4);
    expect(readFileSync(join(j.ws, 'model.onnx')).equals(readFileSync(join(j.ws, '.modelgate/sweep', report.winner.variant, 'model.onnx')))).toBe(true);
  }, 300_000);
});
