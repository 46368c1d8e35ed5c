// Publish mode for pull requests from forks, against the fake GitHub: the workflow_run side posts
// an artifact written by the pull_request side, after checking it, and fork detection on event
// payloads shaped by GitHub's own webhook schemas.
import { describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../../src/github/client.js';
import { stickyMarker } from '../../../src/github/comment.js';
import { isForkPullRequest, pullRequestFromEvent, workflowRunFromEvent } from '../../../src/github/event.js';
import { makePublishArtifact, publish, readPublishArtifact } from '../../../src/github/publish.js';
import { DataError } from '../../../src/errors.js';
import { memoryLogger } from '../../../src/lib/logger.js';
import { build, useFakeGitHub, validateAgainst, webhookSchema } from './fake-github.js';

const fake = useFakeGitHub();
const HEAD = '9fceb02d0ae598e95dc970b74767f19372d61af8';
const NEWER = 'b'.repeat(40);
const RUN = 'https://github.com/octo-org/models/actions/runs/77';

function setup() {
  const f = fake();
  const log = memoryLogger();
  const client = createGitHubClient('ghs_default', { baseUrl: f.url, log, retryAfterBaseValue: 5 });
  return { f, log, client, repo: { owner: f.owner, repo: f.repo } };
}

/** What the pull_request run of a fork uploads. */
function artifact(over: Record<string, unknown> = {}): string {
  const text = makePublishArtifact({
    prNumber: 21,
    headSha: HEAD,
    body: '## Model comparison\n\naccuracy -0.8 pt (95% CI -1.4 to -0.2), cc @maintainers',
    verdict: { conclusion: 'failure', title: '1 of 3 gates failed', summary: 'accuracy regressed; ping @octocat' },
  });
  return JSON.stringify({ ...JSON.parse(text), ...over });
}

describe('publish mode (fork pull requests)', () => {
  it('posts the comment and the check run of a fork pull request from its artifact', async () => {
    const { f, log, client, repo } = setup();
    f.addPull(21, { headSha: HEAD, headRepo: 'outsider/models' });
    const r = await publish(
      client,
      { repo, ...readPublishArtifact(artifact()), checkName: 'modelgate', workflow: 'Model CI', runHeadSha: HEAD, detailsUrl: RUN },
      log,
    );
    expect(r).toMatchObject({ published: true, prNumber: 21, headSha: HEAD, comment: { action: 'created' }, verdict: { kind: 'check-run' } });
    const [comment] = f.commentsOn(21);
    expect(comment.body).toBe(`${stickyMarker('Model CI')}\n## Model comparison\n\naccuracy -0.8 pt (95% CI -1.4 to -0.2), cc &#64;maintainers`);
    expect(f.checkRuns[0]).toMatchObject({
      name: 'modelgate',
      head_sha: HEAD,
      conclusion: 'failure',
      details_url: RUN,
      output: { title: '1 of 3 gates failed', summary: 'accuracy regressed; ping &#64;octocat' },
    });
    // The pull request was read before anything was written.
    expect(f.requests.map((q) => q.operation)).toEqual(['pulls/get', 'issues/list-comments', 'issues/create-comment', 'checks/create']);
  });

  it('refuses an artifact whose sha is no longer the head of the pull request', async () => {
    const { f, log, client, repo } = setup();
    f.addPull(21, { headSha: NEWER, headRepo: 'outsider/models' });
    const r = await publish(client, { repo, ...readPublishArtifact(artifact()), checkName: 'modelgate', workflow: 'Model CI' }, log);
    expect(r).toEqual({
      published: false,
      prNumber: 21,
      headSha: HEAD,
      reason: `its head is ${NEWER}, not the artifact's ${HEAD} (a newer push, or an artifact for another pull request)`,
    });
    expect(f.requests.map((q) => q.operation)).toEqual(['pulls/get']);
    expect(f.comments).toHaveLength(0);
    expect(f.checkRuns).toHaveLength(0);
    expect(log.lines[0]).toMatch(/^warning: Not publishing to pull request #21: its head is/);
  });

  it('refuses an artifact about another commit than the workflow run tested, before any call', async () => {
    const { f, log, client, repo } = setup();
    f.addPull(21, { headSha: HEAD });
    const r = await publish(client, { repo, ...readPublishArtifact(artifact()), checkName: 'modelgate', workflow: 'Model CI', runHeadSha: NEWER }, log);
    expect(r.published).toBe(false);
    expect(f.requests).toHaveLength(0);
  });

  it('validates the untrusted fields before calling GitHub', async () => {
    const { f, log, client, repo } = setup();
    const bad = [{ prNumber: '21/../../issues/1' }, { prNumber: 21.5 }, { headSha: 'HEAD' }, { headSha: HEAD + '\n' }, { verdict: { conclusion: 'success' } }];
    for (const over of bad) {
      await expect(publish(client, { repo, ...readPublishArtifact(artifact(over)), checkName: 'modelgate', workflow: 'Model CI' }, log)).rejects.toBeInstanceOf(DataError);
    }
    expect(f.requests).toHaveLength(0);
  });

  it('does not let the artifact pick the comment to overwrite', async () => {
    const { f, log, client, repo } = setup();
    f.addPull(21, { headSha: HEAD });
    const other = f.addComment(21, 'github-actions[bot]', `${stickyMarker('Release')}\nrelease notes`);
    const body = `${stickyMarker('Release')}\nhijacked`;
    await publish(client, { repo, ...readPublishArtifact(artifact({ body })), checkName: 'modelgate', workflow: 'Model CI' }, log);
    expect(f.comments.find((c) => c.id === other.id)!.body).toBe(`${stickyMarker('Release')}\nrelease notes`);
    expect(f.commentsOn(21)[1].body).toBe(`${stickyMarker('Model CI')}\nhijacked`);
  });
});

describe('event payloads shaped by GitHub\'s webhook schemas', () => {
  it('tells a fork pull request from a same-repository one', () => {
    const schema = webhookSchema('pull-request-opened');
    const payload = (head: string) =>
      build(schema, {
        action: 'opened',
        number: 21,
        pull_request: {
          number: 21,
          head: { sha: HEAD, ref: 'feature', label: 'x:feature', repo: { full_name: head, name: 'models' } },
          base: { sha: 'c'.repeat(40), ref: 'main', label: 'octo-org:main', repo: { full_name: 'octo-org/models', name: 'models' } },
        },
        repository: { full_name: 'octo-org/models', name: 'models' },
      });
    for (const head of ['outsider/models', 'octo-org/models']) {
      expect(validateAgainst('webhook pull-request-opened', schema, payload(head))).toEqual([]);
    }
    expect(isForkPullRequest(payload('outsider/models'))).toBe(true);
    expect(isForkPullRequest(payload('octo-org/models'))).toBe(false);
    expect(pullRequestFromEvent(payload('outsider/models'))).toMatchObject({ number: 21, headSha: HEAD, headRepo: 'outsider/models', baseRepo: 'octo-org/models' });
  });

  it('reads the workflow_run that publish mode runs on', () => {
    const schema = webhookSchema('workflow-run-completed');
    const payload = build(schema, {
      action: 'completed',
      workflow_run: { id: 77, event: 'pull_request', conclusion: 'success', head_sha: HEAD, head_repository: { full_name: 'outsider/models' }, pull_requests: [] },
    });
    expect(validateAgainst('webhook workflow-run-completed', schema, payload)).toEqual([]);
    expect(workflowRunFromEvent(payload)).toEqual({ id: 77, event: 'pull_request', conclusion: 'success', headSha: HEAD, headRepo: 'outsider/models', pullRequests: [] });
  });
});
