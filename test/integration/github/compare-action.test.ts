// The compare-to-baseline action end to end through the real @actions/core path: evaluations of
// real ONNX models, gates, and GitHub (the OpenAPI-checked fake): one sticky comment updated in
// place, a check run carrying the verdict, the step failing on a failed gate, and an override.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { runAction } from '../../../src/actions/runtime.js';
import compareAction from '../../../src/actions/compare-to-baseline.js';
import evaluateAction from '../../../src/actions/evaluate-model.js';
import { memoryLogger } from '../../../src/lib/logger.js';
import { ROOT, inputsFor, tempDir } from '../../helpers.js';
import { useFakeGitHub } from './fake-github.js';

const fake = useFakeGitHub();
const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const MODELS = join(ROOT, 'test/fixtures/models');
let work: string;

beforeAll(async () => {
  work = tempDir();
  for (const [name, model] of [
    ['candidate', 'mixed_columns.onnx'],
    ['baseline', 'mixed_columns_zipmap.onnx'],
  ]) {
    const config = evaluateAction.parse(inputsFor('evaluate-model', { model: join(MODELS, model), data: join(MODELS, 'customers.csv'), label: 'churned', 'slice-by': 'region', out: join(work, name, 'evaluation.json') }));
    await evaluateAction.run(config, memoryLogger());
  }
}, 60_000);

function pullRequestEnv(f: ReturnType<typeof fake>, gates: string) {
  const event = join(work, 'event.json');
  writeFileSync(event, JSON.stringify({ pull_request: { number: 7, head: { sha: SHA, ref: 'feature', repo: { full_name: `${f.owner}/${f.repo}` } }, base: { repo: { full_name: `${f.owner}/${f.repo}` } } } }));
  Object.assign(process.env, {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: `${f.owner}/${f.repo}`,
    GITHUB_WORKFLOW: 'model gate',
    GITHUB_API_URL: f.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '42',
    INPUT_CANDIDATE: join(work, 'candidate/evaluation.json'),
    INPUT_BASELINE: join(work, 'baseline/evaluation.json'),
    INPUT_GATES: gates,
    'INPUT_GITHUB-TOKEN': 'ghs_default',
    'INPUT_CHECK-NAME': 'modelgate',
    INPUT_OUT: join(work, 'comparison.json'),
    'INPUT_COMMENT-FILE': join(work, 'comparison.md'),
    'INPUT_FAIL-ON-GATE': 'true',
    INPUT_BOOTSTRAP: '500',
  });
}

async function runQuietly(): Promise<string> {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((c: string | Uint8Array) => {
    out += String(c);
    return true;
  });
  try {
    await runAction(compareAction);
  } finally {
    spy.mockRestore();
  }
  return out;
}

describe('compare-to-baseline on a pull request', () => {
  it('posts one sticky comment, updates it on the next push, and carries the verdict in a check run', async () => {
    const f = fake();
    f.addPull(7, { headSha: SHA });
    for (let i = 0; i < 3; i++) f.addComment(7, 'octocat', `unrelated comment ${i}`);
    pullRequestEnv(f, 'metrics:\n  accuracy: { max-regression: 0.02 }\n  roc_auc: { max-regression: 1% }');
    const log = await runQuietly();
    expect(process.exitCode).toBeUndefined();
    // The token is masked for the runner and never printed otherwise.
    expect(log).toContain('::add-mask::ghs_default');
    expect(log.split('\n').filter((l) => l.includes('ghs_default') && !l.startsWith('::add-mask::'))).toEqual([]);
    const ours = f.commentsOn(7).filter((c) => c.body.includes('<!-- modelgate:compare-to-baseline workflow=model%20gate -->'));
    expect(ours).toHaveLength(1);
    expect(ours[0].body).toContain('All 2 gates passed');
    expect(f.checkRuns).toHaveLength(1);
    expect(f.checkRuns[0]).toMatchObject({ name: 'modelgate', head_sha: SHA, conclusion: 'success' });
    const comparison = JSON.parse(readFileSync(join(work, 'comparison.json'), 'utf8'));
    expect(comparison.pullRequest).toEqual({ number: 7, headSha: SHA });
    expect(comparison.paired).toBe(true);

    // The next push: the same comment is updated, not a second one.
    process.exitCode = undefined;
    await runQuietly();
    expect(f.commentsOn(7).filter((c) => c.body.includes('modelgate:compare-to-baseline'))).toHaveLength(1);
    expect(f.calls('issues/create-comment')).toHaveLength(1);
    expect(readFileSync(process.env.GITHUB_OUTPUT!, 'utf8')).toMatch(/comment-url<<ghadelimiter_[^\n]+\nhttps:\/\/github\.com\/[^\n]+#issuecomment-\d+\n/);
    expect(f.violations).toEqual([]);
  }, 60_000);

  it('fails the step on a failed gate, then passes it when a maintainer accepts it', async () => {
    const f = fake();
    f.addPull(7, { headSha: SHA });
    f.addUser('visitor');
    f.addCollaborator('maintainer', 'maintain');
    pullRequestEnv(f, 'metrics:\n  accuracy: { min: 0.9 }');
    const out = await runQuietly();
    expect(process.exitCode).toBe(1);
    expect(out).toContain('::error::1 of 1 gates failed: accuracy');
    expect(f.checkRuns.at(-1)).toMatchObject({ conclusion: 'failure' });

    f.addComment(7, 'visitor', '/modelgate accept accuracy looks fine to me');
    f.addComment(7, 'maintainer', '/modelgate accept accuracy churn labels of the new region are known to be noisy');
    process.exitCode = undefined;
    await runQuietly();
    expect(process.exitCode).toBeUndefined();
    const comparison = JSON.parse(readFileSync(join(work, 'comparison.json'), 'utf8'));
    expect(comparison.passed).toBe(true);
    expect(comparison.override.accepted).toEqual([expect.objectContaining({ metric: 'accuracy', by: 'maintainer', reason: 'churn labels of the new region are known to be noisy' })]);
    expect(comparison.override.rejected[0]).toMatchObject({ by: 'visitor' });
    const body = f.commentsOn(7).find((c) => c.body.includes('modelgate:compare-to-baseline'))!.body;
    expect(body).toContain('**Override:** `accuracy` accepted by');
    expect(f.checkRuns.at(-1)).toMatchObject({ conclusion: 'success' });
    expect(f.violations).toEqual([]);
  }, 60_000);
  it('applies overrides in a job that does not post (comment: false, a read-only token), for the publish job to post', async () => {
    const f = fake();
    f.addPull(7, { headSha: SHA });
    f.addCollaborator('maintainer', 'maintain');
    pullRequestEnv(f, 'metrics:\n  accuracy: { min: 0.9 }');
    process.env.INPUT_COMMENT = 'false';
    f.addComment(7, 'maintainer', '/modelgate accept accuracy labels of the new region are noisy');
    process.exitCode = undefined;
    await runQuietly();
    expect(process.exitCode).toBeUndefined();
    const comparison = JSON.parse(readFileSync(join(work, 'comparison.json'), 'utf8'));
    expect(comparison.passed).toBe(true);
    expect(comparison.pullRequest).toEqual({ number: 7, headSha: SHA });
    expect(comparison.override.accepted).toEqual([expect.objectContaining({ metric: 'accuracy', by: 'maintainer' })]);
    expect(readFileSync(join(work, 'comparison.md'), 'utf8')).toContain('**Override:** `accuracy` accepted by');
    // Nothing posted by this job.
    expect(f.commentsOn(7).filter((c) => c.body.includes('modelgate:compare-to-baseline'))).toEqual([]);
    expect(f.checkRuns).toEqual([]);
    expect(f.violations).toEqual([]);
  }, 60_000);
});
