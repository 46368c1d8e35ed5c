import { describe, expect, it } from 'vitest';
import { composeStickyBody, stickyMarker } from '../../../src/github/comment.js';
import { GitHubApiError, isPermissionError, isRateLimitError, toGitHubError } from '../../../src/github/errors.js';
import { isForkPullRequest, pullRequestFromEvent, runUrl, workflowRunFromEvent } from '../../../src/github/event.js';
import { parseOverrideCommands } from '../../../src/github/overrides.js';
import { PERMISSIONS, permissionsText } from '../../../src/github/permissions.js';
import {
  defuseMentions,
  makePublishArtifact,
  readPublishArtifact,
  validatePublishPayload,
  validPrNumber,
  validSha,
} from '../../../src/github/publish.js';
import { statusDescription } from '../../../src/github/verdict.js';
import { parseRepo, createGitHubClient } from '../../../src/github/client.js';
import { ConfigurationError, DataError } from '../../../src/errors.js';

const SHA = 'a'.repeat(40);

describe('sticky marker', () => {
  it('is one line, names the workflow and cannot be closed early by the name', () => {
    const m = stickyMarker('Model CI --> evil');
    expect(m).toBe('<!-- modelgate:compare-to-baseline workflow=Model%20CI%20--%3E%20evil -->');
    expect(m.indexOf('-->')).toBe(m.length - 3);
    expect(stickyMarker('a')).not.toBe(stickyMarker('a b'));
    expect(stickyMarker('CI')).not.toContain(stickyMarker('C').slice(0, -4) + ' -->');
  });

  it('puts the marker first and removes markers that came with the body', () => {
    const m = stickyMarker('CI');
    const { body } = composeStickyBody(m, `${stickyMarker('Other')}\nreport\n<!-- modelgate:compare-to-baseline workflow=CI -->`);
    expect(body).toBe(`${m}\nreport\n`);
  });

  it('keeps the marker when the body is truncated', () => {
    const m = stickyMarker('CI');
    const { body, truncated } = composeStickyBody(m, 'line\n'.repeat(20000), 'https://x.test/run');
    expect(truncated).toBe(true);
    expect(body.startsWith(m + '\n')).toBe(true);
    expect(body.length).toBeLessThanOrEqual(65536);
  });
});

describe('override commands', () => {
  it('reads commands on lines of their own, outside code and quotes', () => {
    const body = [
      'Looks fine to me.',
      '/modelgate accept accuracy drop is within label noise on the new slice',
      '> /modelgate accept f1 quoted, not a command',
      '```',
      '/modelgate accept rmse in a code block',
      '```',
      'Use `/modelgate accept <metric> <reason>` to accept.',
      '  /MODELGATE accept log_loss calibrated after retraining  ',
    ].join('\n');
    expect(parseOverrideCommands(body)).toEqual([
      { text: '/modelgate accept accuracy drop is within label noise on the new slice', metric: 'accuracy', reason: 'drop is within label noise on the new slice' },
      { text: '/MODELGATE accept log_loss calibrated after retraining', metric: 'log_loss', reason: 'calibrated after retraining' },
    ]);
  });

  it('reports commands without a metric or a reason', () => {
    const cmds = parseOverrideCommands('/modelgate accept\n/modelgate accept roc_auc\n/modelgate accept <img> because');
    expect(cmds.map((c) => c.problem)).toEqual([
      'no metric: write /modelgate accept <metric> <reason>',
      'no reason: write /modelgate accept <metric> <reason>',
      "'<img>' is not a metric name",
    ]);
    expect(parseOverrideCommands('/modelgate accepted accuracy x')).toEqual([]);
  });
});

describe('event payloads', () => {
  const pr = (head: string | null, base = 'octo/models') => ({
    pull_request: { number: 12, head: { sha: SHA, ref: 'feat', repo: head === null ? null : { full_name: head } }, base: { repo: { full_name: base } } },
  });

  it('detects pull requests from forks', () => {
    expect(isForkPullRequest(pr('octo/models'))).toBe(false);
    expect(isForkPullRequest(pr('Octo/Models'))).toBe(false);
    expect(isForkPullRequest(pr('someone/models'))).toBe(true);
    expect(isForkPullRequest(pr(null))).toBe(true);
    expect(isForkPullRequest({ ref: 'refs/heads/main' })).toBe(false);
    expect(pullRequestFromEvent(pr('someone/models'))).toEqual({
      number: 12,
      headSha: SHA,
      headRef: 'feat',
      headRepo: 'someone/models',
      baseRepo: 'octo/models',
      isFork: true,
    });
  });

  it('names the missing field of a malformed payload', () => {
    expect(() => pullRequestFromEvent({ pull_request: { number: 1, head: { sha: SHA, ref: 'x' }, base: {} } })).toThrow(
      /pull_request\.base\.repo\.full_name is missing/,
    );
  });

  it('reads the workflow run of a workflow_run payload', () => {
    const run = workflowRunFromEvent({
      workflow_run: { id: 99, event: 'pull_request', conclusion: 'success', head_sha: SHA, head_repository: { full_name: 'someone/models' }, pull_requests: [] },
    });
    expect(run).toEqual({ id: 99, event: 'pull_request', conclusion: 'success', headSha: SHA, headRepo: 'someone/models', pullRequests: [] });
    expect(runUrl('https://github.com/', 'o/r', 42)).toBe('https://github.com/o/r/actions/runs/42');
  });
});

describe('publish payload (untrusted)', () => {
  const good = { prNumber: 7, headSha: SHA.toUpperCase(), body: 'report', verdict: { conclusion: 'failure', title: ' 1 of 3\ngates failed ', summary: 's' } };

  it('accepts a well-formed payload and normalises it', () => {
    expect(validatePublishPayload(good)).toEqual({
      prNumber: 7,
      headSha: SHA,
      body: 'report',
      verdict: { conclusion: 'failure', title: '1 of 3 gates failed', summary: 's' },
    });
    expect(validPrNumber('12')).toBe(12);
  });

  it('refuses malformed numbers, shas and verdicts', () => {
    for (const n of [0, -1, 1.5, '7; rm -rf /', '007', '1e3', null, [7], Number.MAX_SAFE_INTEGER + 2]) expect(() => validPrNumber(n)).toThrow(DataError);
    for (const s of ['abc', 'g'.repeat(40), SHA + '0', ` ${SHA}`, 123]) expect(() => validSha(s)).toThrow(DataError);
    expect(() => validatePublishPayload({ ...good, verdict: { ...good.verdict, conclusion: 'passed' } })).toThrow(/conclusion must be one of success, failure, neutral/);
    expect(() => validatePublishPayload({ ...good, body: 42 })).toThrow(DataError);
    expect(() => validatePublishPayload({ ...good, verdict: null })).toThrow(DataError);
  });

  it('round-trips through the artifact file and rejects other files', () => {
    const text = makePublishArtifact({ prNumber: 7, headSha: SHA, body: 'b', verdict: { conclusion: 'success', title: 't', summary: 's' } });
    expect(validatePublishPayload(readPublishArtifact(text)).prNumber).toBe(7);
    expect(() => readPublishArtifact('{"kind":"other"}')).toThrow(/not a modelgate-publish artifact/);
    expect(() => readPublishArtifact('{"kind":"modelgate-publish","schemaVersion":9}')).toThrow(/schemaVersion 9/);
    expect(() => readPublishArtifact('nope')).toThrow(/not JSON/);
  });

  it('defuses mentions outside code', () => {
    expect(defuseMentions('cc @octocat and @org/team, mail a@b.c\n`@code` stays\n```\n@fenced\n```')).toBe(
      'cc &#64;octocat and &#64;org/team, mail a&#64;b.c\n`@code` stays\n```\n@fenced\n```',
    );
  });
});

describe('errors', () => {
  const err = (status: number, message: string, headers: Record<string, string> = {}) =>
    Object.assign(new Error(`${message} - https://docs.github.com/rest`), {
      status,
      request: { method: 'POST', url: 'https://api.github.com/repos/o/r/check-runs' },
      response: { headers, data: { message, documentation_url: 'https://docs.github.com/rest' } },
    });

  it('tells permissions from rate limits and other refusals', () => {
    expect(isPermissionError(err(403, 'Resource not accessible by integration'))).toBe(true);
    expect(isPermissionError(err(403, 'Resource not accessible by personal access token'))).toBe(true);
    expect(isPermissionError(err(403, 'You must authenticate via a GitHub App.'))).toBe(true);
    expect(isPermissionError(err(403, 'Repository was archived so is read-only.'))).toBe(false);
    expect(isPermissionError(err(403, 'You have exceeded a secondary rate limit.'))).toBe(false);
    expect(isRateLimitError(err(403, 'API rate limit exceeded', { 'x-ratelimit-remaining': '0' }))).toBe(true);
    expect(isRateLimitError(err(429, 'You have exceeded a secondary rate limit.'))).toBe(true);
  });

  it('makes one-line errors that say what to fix', () => {
    const perm = toGitHubError(err(403, 'Resource not accessible by integration'), 'create the check run', 'check');
    expect(perm).toBeInstanceOf(ConfigurationError);
    expect((perm as Error).message).toBe(
      "GitHub refused to create the check run (POST /repos/o/r/check-runs): 403 Resource not accessible by integration. Give the workflow's token `checks: write`",
    );
    const archived = toGitHubError(err(403, 'Repository was archived so is read-only.'), 'create the check run', 'check');
    expect(archived).toBeInstanceOf(GitHubApiError);
    expect((archived as GitHubApiError).kind).toBe('other');
    const limited = toGitHubError(err(403, 'API rate limit exceeded', { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1700000000' }), 'x');
    expect((limited as Error).message).toContain('the rate limit resets at 2023-11-14T22:13:20.000Z');
    expect((limited as Error).message).not.toContain('\n');
    const other = new TypeError('boom');
    expect(toGitHubError(other, 'x')).toBe(other);
  });
});

describe('client and permissions', () => {
  it('parses owner/name and refuses an empty token', () => {
    expect(parseRepo('octo-org/models.v2')).toEqual({ owner: 'octo-org', repo: 'models.v2' });
    expect(() => parseRepo('octo-org')).toThrow(ConfigurationError);
    expect(() => parseRepo('a/b/c')).toThrow(ConfigurationError);
    expect(() => createGitHubClient(' ')).toThrow(/github-token is empty/);
  });

  it('documents the permissions of every mode', () => {
    expect(PERMISSIONS.map((p) => p.mode)).toEqual(['comment', 'check', 'status', 'override', 'deploy', 'retrain', 'issue', 'publish']);
    expect(permissionsText('retrain')).toBe('`contents: write`, `pull-requests: write`');
    expect(permissionsText('deploy')).toBe('`deployments: write`');
    expect(permissionsText('comment')).toBe('`pull-requests: write` (or `issues: write`)');
    expect(permissionsText('publish')).toContain('`actions: read`');
  });

  it('keeps status descriptions within 140 characters', () => {
    expect(statusDescription({ conclusion: 'neutral', title: 'no baseline', summary: '' })).toBe('neutral: no baseline');
    expect(statusDescription({ conclusion: 'failure', title: 'x'.repeat(300), summary: '' })).toHaveLength(140);
  });
});
