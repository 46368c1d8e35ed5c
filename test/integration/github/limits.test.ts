// Rate limits and transient failures against the fake GitHub: octokit's throttling and retry
// plugins, as createGitHubClient configures them, with waits scaled down (retryAfterBaseValue).
import { describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../../src/github/client.js';
import { stickyMarker, upsertStickyComment } from '../../../src/github/comment.js';
import { GitHubApiError } from '../../../src/github/errors.js';
import { reportVerdict } from '../../../src/github/verdict.js';
import { memoryLogger } from '../../../src/lib/logger.js';
import { useFakeGitHub } from './fake-github.js';

const fake = useFakeGitHub();
const SHA = '3f786850e387550fdab836ed7e6dc881de23001b';
/** One second of GitHub's wait lasts this many milliseconds here. */
const MS = 20;

function setup() {
  const f = fake();
  const log = memoryLogger();
  const client = createGitHubClient('ghs_default', { baseUrl: f.url, log, retryAfterBaseValue: MS });
  return { f, log, client, repo: { owner: f.owner, repo: f.repo } };
}

describe('rate limits and retries', () => {
  it('waits out a secondary rate limit (403 with retry-after) and succeeds', async () => {
    const { f, log, client, repo } = setup();
    f.addPull(1);
    f.injectSecondaryRateLimit('issues/create-comment', 3);
    const r = await upsertStickyComment(client, { repo, issueNumber: 1, marker: stickyMarker('CI'), body: 'x' }, log);
    expect(r.action).toBe('created');
    const calls = f.calls('issues/create-comment');
    expect(calls.map((c) => c.status)).toEqual([403, 201]);
    expect(calls[1].at - calls[0].at).toBeGreaterThanOrEqual(3 * MS - 5);
    expect(log.lines).toContain(
      'warning: GitHub secondary rate limit on POST /repos/{owner}/{repo}/issues/{issue_number}/comments: retrying in 3 s (retry 1 of 2)',
    );
    expect(f.commentsOn(1)).toHaveLength(1);
  });

  it('waits for the reset of a primary rate limit (x-ratelimit-remaining: 0) and succeeds', async () => {
    const { f, log, client, repo } = setup();
    f.addPull(1);
    f.injectPrimaryRateLimit('issues/list-comments', 1);
    const r = await upsertStickyComment(client, { repo, issueNumber: 1, marker: stickyMarker('CI'), body: 'x' }, log);
    expect(r.action).toBe('created');
    expect(f.calls('issues/list-comments').map((c) => c.status)).toEqual([403, 200]);
    expect(log.lines.some((l) => /^warning: GitHub primary rate limit on GET .*: retrying in [12] s \(retry 1 of 2\)$/.test(l))).toBe(true);
  });

  it('also retries a 429 rate limit response', async () => {
    const { f, log, client, repo } = setup();
    f.injectPrimaryRateLimit('checks/create', 1, 1, 429);
    const r = await reportVerdict(client, { repo, headSha: SHA, checkName: 'modelgate', verdict: { conclusion: 'success', title: 'ok', summary: '' } }, log);
    expect(r.kind).toBe('check-run');
    expect(f.calls('checks/create').map((c) => c.status)).toEqual([429, 201]);
  });

  it('gives up after two retries with a clear error, and does not fall back to a status', async () => {
    const { f, log, client, repo } = setup();
    f.injectSecondaryRateLimit('checks/create', 1, 5);
    const p = reportVerdict(client, { repo, headSha: SHA, checkName: 'modelgate', verdict: { conclusion: 'success', title: 'ok', summary: '' } }, log);
    await expect(p).rejects.toBeInstanceOf(GitHubApiError);
    await expect(p).rejects.toThrow(
      'GitHub API failed to create the check run "modelgate" (POST /repos/octo-org/models/check-runs): 403 You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.; retries were exhausted, try again later',
    );
    expect(f.calls('checks/create')).toHaveLength(3);
    expect(f.calls('repos/create-commit-status')).toHaveLength(0);
    expect(log.lines.at(-1)).toMatch(/still limited after 2 retries, giving up$/);
  });

  it('does not wait an hour for a primary reset; the error says when it resets', async () => {
    const { f, log, client, repo } = setup();
    f.addPull(1);
    f.injectPrimaryRateLimit('issues/list-comments', 3600);
    const p = upsertStickyComment(client, { repo, issueNumber: 1, marker: stickyMarker('CI'), body: 'x' }, log);
    await expect(p).rejects.toThrow(/^GitHub API failed to list the pull request comments \(GET \/repos\/octo-org\/models\/issues\/1\/comments\?per_page=100\): 403 API rate limit exceeded for installation ID 1234\.; the rate limit resets at \d{4}-\d\d-\d\dT/);
    expect(f.calls('issues/list-comments')).toHaveLength(1);
    expect(log.lines.some((l) => /GitHub asks to wait 360[01] s, more than 120 s; not waiting/.test(l))).toBe(true);
  });

  it('retries a 5xx (plugin-retry) and succeeds', async () => {
    const { f, log, client, repo } = setup();
    f.addPull(2);
    f.inject({ operation: 'pulls/get', status: 503, body: { message: 'Service unavailable', documentation_url: 'https://docs.github.com/rest' } });
    const pr = await client.rest.pulls.get({ ...repo, pull_number: 2 });
    expect(pr.data.number).toBe(2);
    expect(f.calls('pulls/get').map((c) => c.status)).toEqual([503, 200]);
    expect(log.lines).toEqual([]);
  });
});
