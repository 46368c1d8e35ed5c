// The merge gate against the fake GitHub: a check run, the commit status fallback when checks are
// refused, and the 403s that are not about permissions.
import { describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../../src/github/client.js';
import { GitHubApiError } from '../../../src/github/errors.js';
import { reportVerdict, type Verdict } from '../../../src/github/verdict.js';
import { ConfigurationError } from '../../../src/errors.js';
import { memoryLogger } from '../../../src/lib/logger.js';
import { useFakeGitHub } from './fake-github.js';

const fake = useFakeGitHub();
const SHA = '3f786850e387550fdab836ed7e6dc881de23001b';
const RUN = 'https://github.com/octo-org/models/actions/runs/42';
const failed: Verdict = { conclusion: 'failure', title: '1 of 4 gates failed: accuracy', summary: '| metric | delta |\n|---|---|\n| accuracy | -0.021 |' };

function setup(token = 'ghs_default') {
  const f = fake();
  const log = memoryLogger();
  const client = createGitHubClient(token, { baseUrl: f.url, log, retryAfterBaseValue: 5 });
  return { f, log, client, repo: { owner: f.owner, repo: f.repo } };
}

describe('verdict', () => {
  it('creates a completed check run named check-name on the head sha', async () => {
    const { f, log, client, repo } = setup();
    const r = await reportVerdict(client, { repo, headSha: SHA, checkName: 'modelgate / compare', verdict: failed, detailsUrl: RUN }, log);
    expect(r).toMatchObject({ kind: 'check-run', truncated: false });
    expect(f.checkRuns).toHaveLength(1);
    expect(f.checkRuns[0]).toMatchObject({
      name: 'modelgate / compare',
      head_sha: SHA,
      status: 'completed',
      conclusion: 'failure',
      details_url: RUN,
      output: { title: failed.title, summary: failed.summary },
    });
    expect(f.calls('checks/create')[0].body).toMatchObject({ status: 'completed', conclusion: 'failure', completed_at: expect.stringMatching(/Z$/) });
    expect(f.statuses).toHaveLength(0);
  });

  it('cuts a summary over 65,535 characters (the limit the description states)', async () => {
    const { f, log, client, repo } = setup();
    const summary = Array.from({ length: 4000 }, (_, i) => `- slice ${i}: ${'ok '.repeat(6)}`).join('\n');
    const r = await reportVerdict(client, { repo, headSha: SHA, checkName: 'modelgate', verdict: { conclusion: 'success', title: 'passed', summary }, fullReportUrl: RUN }, log);
    expect(r).toMatchObject({ kind: 'check-run', truncated: true });
    const posted = (f.checkRuns[0].output as { summary: string }).summary;
    expect(posted.length).toBeLessThanOrEqual(65535);
    expect(posted).toContain(`The full report: [${RUN}](${RUN}).`);
  });

  it('falls back to a commit status named check-name when check runs are refused (403), and says so', async () => {
    const { f, log, client, repo } = setup('ghs_nochecks');
    f.addToken('ghs_nochecks', { login: 'github-actions[bot]', type: 'Bot', permissions: { checks: 'read' } });
    const r = await reportVerdict(client, { repo, headSha: SHA, checkName: 'modelgate', verdict: failed, detailsUrl: RUN }, log);
    expect(r).toEqual({
      kind: 'status',
      context: 'modelgate',
      state: 'failure',
      description: failed.title,
      reason: 'GitHub refused the check run (403 Resource not accessible by integration); the token needs `checks: write`',
    });
    expect(f.statuses).toEqual([expect.objectContaining({ sha: SHA, context: 'modelgate', state: 'failure', target_url: RUN, description: failed.title })]);
    expect(log.lines).toContain(
      'warning: GitHub refused the check run (403 Resource not accessible by integration); the token needs `checks: write`. Reporting the verdict as the commit status "modelgate" instead (needs `statuses: write`).',
    );
    // checks/create documents only 201: GitHub's real 403 is one of the gaps the fake records.
    expect(f.notes.has('checks/create answers 403, which its description does not list')).toBe(true);
  });

  it('maps neutral to a passing status with a short description', async () => {
    const { f, log, client, repo } = setup('ghs_nochecks');
    f.addToken('ghs_nochecks', { login: 'github-actions[bot]', type: 'Bot', permissions: { checks: 'none' } });
    const title = 'no baseline model yet: ' + 'nothing to compare '.repeat(10);
    await reportVerdict(client, { repo, headSha: SHA, checkName: 'modelgate', verdict: { conclusion: 'neutral', title, summary: '' } }, log);
    expect(f.statuses[0]).toMatchObject({ state: 'success', target_url: null });
    expect((f.statuses[0].description as string).length).toBe(140);
  });

  it('fails with the missing permissions when statuses are refused too', async () => {
    const { f, log, client, repo } = setup('ghs_nothing');
    f.addToken('ghs_nothing', { login: 'github-actions[bot]', type: 'Bot', permissions: { checks: 'none', statuses: 'none' } });
    const p = reportVerdict(client, { repo, headSha: SHA, checkName: 'modelgate', verdict: failed }, log);
    await expect(p).rejects.toBeInstanceOf(ConfigurationError);
    await expect(p).rejects.toThrow(
      `GitHub refused to set the commit status "modelgate" (check runs were refused too) (POST /repos/octo-org/models/statuses/${SHA}): 403 Resource not accessible by integration. Give the workflow's token \`statuses: write\``,
    );
  });

  it('surfaces a 403 that is not about permissions as a clear error, without falling back', async () => {
    const { f, log, client, repo } = setup();
    f.archived = true;
    const p = reportVerdict(client, { repo, headSha: SHA, checkName: 'modelgate', verdict: failed }, log);
    await expect(p).rejects.toBeInstanceOf(GitHubApiError);
    await expect(p).rejects.toThrow(
      'GitHub API failed to create the check run "modelgate" (POST /repos/octo-org/models/check-runs): 403 Repository was archived so is read-only.',
    );
    expect(f.calls('repos/create-commit-status')).toHaveLength(0);
    expect(f.calls('checks/create')).toHaveLength(1);
  });
});
