// The sticky comment against the fake GitHub: created once, found on any page, updated in place,
// truncated to GitHub's limit. Every request and response is checked against GitHub's description.
import { describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../../src/github/client.js';
import { findStickyComment, stickyMarker, upsertStickyComment } from '../../../src/github/comment.js';
import { memoryLogger } from '../../../src/lib/logger.js';
import { useFakeGitHub } from './fake-github.js';

const fake = useFakeGitHub();
const RUN = 'https://github.com/octo-org/models/actions/runs/42';

function setup(token = 'ghs_default') {
  const f = fake();
  const log = memoryLogger();
  const client = createGitHubClient(token, { baseUrl: f.url, log, retryAfterBaseValue: 5 });
  return { f, log, client, repo: { owner: f.owner, repo: f.repo } };
}

describe('sticky pull request comment', () => {
  it('creates the comment once, then updates it in place on every push', async () => {
    const { f, log, client, repo } = setup();
    f.addPull(5);
    f.addComment(5, 'alice', 'Please add a test.');
    const marker = stickyMarker('Model CI');

    const first = await upsertStickyComment(client, { repo, issueNumber: 5, marker, body: '## Model comparison\n\naccuracy 0.81' }, log);
    expect(first.action).toBe('created');
    expect(f.commentsOn(5)).toHaveLength(2);
    const mine = f.commentsOn(5)[1];
    expect(mine).toMatchObject({ id: first.id, login: 'github-actions[bot]' });
    expect(mine.body).toBe(`${marker}\n## Model comparison\n\naccuracy 0.81`);
    expect(first.url).toBe(`https://github.com/octo-org/models/pull/5#issuecomment-${first.id}`);

    const same = await upsertStickyComment(client, { repo, issueNumber: 5, marker, body: '## Model comparison\n\naccuracy 0.81' }, log);
    expect(same).toMatchObject({ action: 'unchanged', id: first.id });

    const second = await upsertStickyComment(client, { repo, issueNumber: 5, marker, body: '## Model comparison\n\naccuracy 0.83' }, log);
    expect(second).toMatchObject({ action: 'updated', id: first.id });
    expect(f.commentsOn(5)).toHaveLength(2);
    expect(f.commentsOn(5)[1].body).toContain('accuracy 0.83');
    expect(f.calls('issues/create-comment')).toHaveLength(1);
    expect(f.calls('issues/update-comment')).toHaveLength(1);
    expect(log.lines.some((l) => l.startsWith('Updated the pull request comment'))).toBe(true);
  });

  it('finds the comment on page 3 of 251 comments and updates it, following the Link headers', async () => {
    const { f, log, client, repo } = setup();
    f.addPull(9);
    for (let i = 0; i < 250; i++) f.addComment(9, i % 3 ? 'alice' : 'bob', `review comment ${i}`);
    const marker = stickyMarker('Model CI');
    const old = f.addComment(9, 'github-actions[bot]', `${marker}\nold report`);

    const found = await findStickyComment(client, repo, 9, marker);
    expect(found?.id).toBe(old.id);

    const r = await upsertStickyComment(client, { repo, issueNumber: 9, marker, body: 'new report' }, log);
    expect(r).toMatchObject({ action: 'updated', id: old.id });
    expect(f.commentsOn(9)).toHaveLength(251);
    expect(f.comments.find((c) => c.id === old.id)!.body).toBe(`${marker}\nnew report`);
    expect(f.calls('issues/create-comment')).toHaveLength(0);
    // Three pages of 100 per lookup; pages 2 and 3 come from the Link header (api.github.com's
    // /repositories/{id} form), not from URLs we build.
    const pages = f.calls('issues/list-comments').map((c) => c.path);
    expect(pages.slice(0, 3)).toEqual([
      '/repos/octo-org/models/issues/9/comments?per_page=100',
      `/repositories/${f.repoId}/issues/9/comments?per_page=100&page=2`,
      `/repositories/${f.repoId}/issues/9/comments?per_page=100&page=3`,
    ]);
    expect(f.notes.has('Link headers use /repositories/{id}/... paths, which are not in the description')).toBe(true);
  });

  it("keeps one comment per workflow and ignores an outsider's copy of the marker", async () => {
    const { f, log, client, repo } = setup();
    f.addPull(3);
    const ci = stickyMarker('Model CI');
    const planted = f.addComment(3, 'mallory', `${ci}\nlooks like the bot`);
    await upsertStickyComment(client, { repo, issueNumber: 3, marker: ci, body: 'ci report' }, log);
    await upsertStickyComment(client, { repo, issueNumber: 3, marker: stickyMarker('Nightly'), body: 'nightly report' }, log);
    expect(f.comments.find((c) => c.id === planted.id)!.body).toBe(`${ci}\nlooks like the bot`);
    expect(f.commentsOn(3).map((c) => [c.login, c.body])).toEqual([
      ['mallory', `${ci}\nlooks like the bot`],
      ['github-actions[bot]', `${ci}\nci report`],
      ['github-actions[bot]', `${stickyMarker('Nightly')}\nnightly report`],
    ]);
  });

  it("finds the comment a collaborator's personal access token wrote", async () => {
    const { f, log, client, repo } = setup('ghp_pat');
    f.addToken('ghp_pat', { login: 'maya', type: 'User' });
    f.addCollaborator('maya', 'maintain');
    f.addPull(3);
    const ci = stickyMarker('Model CI');
    const first = await upsertStickyComment(client, { repo, issueNumber: 3, marker: ci, body: 'one' }, log);
    const second = await upsertStickyComment(client, { repo, issueNumber: 3, marker: ci, body: 'two', author: 'maya' }, log);
    const third = await upsertStickyComment(client, { repo, issueNumber: 3, marker: ci, body: 'three' }, log);
    expect([first.action, second.action, third.action]).toEqual(['created', 'updated', 'updated']);
    expect(f.commentsOn(3)).toHaveLength(1);
  });

  it('truncates a body over 65,536 characters cleanly and links the full report', async () => {
    const { f, log, client, repo } = setup();
    f.addPull(4);
    const rows = Array.from({ length: 3000 }, (_, i) => `| slice ${i} | 0.${i} | 0.${i + 1} |`).join('\n');
    const body = `## Slices\n\n<details><summary>All slices</summary>\n\n| slice | base | cand |\n|---|---|---|\n${rows}\n\n</details>\n`;
    expect(body.length).toBeGreaterThan(65536);
    const r = await upsertStickyComment(client, { repo, issueNumber: 4, marker: stickyMarker('CI'), body, fullReportUrl: RUN }, log);
    expect(r.truncated).toBe(true);
    const posted = f.commentsOn(4)[0].body;
    expect(posted.length).toBeLessThanOrEqual(65536);
    expect(posted.startsWith(stickyMarker('CI') + '\n')).toBe(true);
    expect(posted).toMatch(/\|\n\n<\/details>\n\n> \*\*Truncated:\*\*/);
    expect(posted).toContain(`The full report: [${RUN}](${RUN}).`);
    expect(log.lines).toContain("warning: The report is longer than GitHub's 65536-character comment limit; the comment was truncated");
  });

  it('says which permission is missing when the token cannot comment', async () => {
    const { f, client, repo, log } = setup('ghs_readonly');
    f.addToken('ghs_readonly', { login: 'github-actions[bot]', type: 'Bot', permissions: { issues: 'read', pull_requests: 'read' } });
    f.addPull(6);
    await expect(upsertStickyComment(client, { repo, issueNumber: 6, marker: stickyMarker('CI'), body: 'x' }, log)).rejects.toThrow(
      "GitHub refused to create the pull request comment (POST /repos/octo-org/models/issues/6/comments): 403 Resource not accessible by integration. Give the workflow's token `pull-requests: write` (or `issues: write`)",
    );
  });
});
