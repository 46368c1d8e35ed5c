// `/modelgate accept` overrides against the fake GitHub: every page of comments is read and each
// author's permission is checked through the collaborator permission endpoint.
import { describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../../src/github/client.js';
import { stickyMarker } from '../../../src/github/comment.js';
import { collectOverrides } from '../../../src/github/overrides.js';
import { memoryLogger } from '../../../src/lib/logger.js';
import { useFakeGitHub } from './fake-github.js';

const fake = useFakeGitHub();

function setup() {
  const f = fake();
  const log = memoryLogger();
  const client = createGitHubClient('ghs_default', { baseUrl: f.url, log, retryAfterBaseValue: 5 });
  return { f, log, client, repo: { owner: f.owner, repo: f.repo } };
}

describe('overrides', () => {
  it('accepts commands from write, maintain and admin; rejects the rest with the reason', async () => {
    const { f, log, client, repo } = setup();
    f.addPull(8);
    f.addCollaborator('maya', 'maintain');
    f.addCollaborator('wes', 'write');
    f.addCollaborator('ada', 'admin');
    f.addCollaborator('tom', 'triage');
    f.addCollaborator('rita', 'read');
    for (let i = 0; i < 120; i++) f.addComment(8, 'alice', `comment ${i}`);
    f.addComment(8, 'github-actions[bot]', `${stickyMarker('CI')}\nTo accept: \n/modelgate accept <metric> <reason>`);
    const maya = f.addComment(8, 'maya', 'Reviewed the slices.\n/modelgate accept accuracy label noise in the new slice, see #12');
    const wes = f.addComment(8, 'wes', '/modelgate accept log_loss recalibrated');
    const ada = f.addComment(8, 'ada', '/modelgate accept f1 accepted by the model owner');
    const tom = f.addComment(8, 'tom', '/modelgate accept accuracy please');
    f.addComment(8, 'rita', '/modelgate accept accuracy me too');
    f.addComment(8, 'outsider', '/modelgate accept accuracy trust me');
    f.addComment(8, 'renovate[bot]', '/modelgate accept accuracy automated');
    f.addComment(8, 'wes', '/modelgate accept rmse no such gate');
    f.addComment(8, 'wes', '/modelgate accept accuracy');

    const r = await collectOverrides(client, { repo, prNumber: 8, metrics: ['accuracy', 'log_loss', 'f1'] }, log);

    expect(r.accepted).toEqual([
      { metric: 'accuracy', by: 'maya', role: 'maintain', reason: 'label noise in the new slice, see #12', commentUrl: `https://github.com/octo-org/models/pull/8#issuecomment-${maya.id}`, commentId: maya.id, createdAt: maya.created_at },
      { metric: 'log_loss', by: 'wes', role: 'write', reason: 'recalibrated', commentUrl: `https://github.com/octo-org/models/pull/8#issuecomment-${wes.id}`, commentId: wes.id, createdAt: wes.created_at },
      { metric: 'f1', by: 'ada', role: 'admin', reason: 'accepted by the model owner', commentUrl: `https://github.com/octo-org/models/pull/8#issuecomment-${ada.id}`, commentId: ada.id, createdAt: ada.created_at },
    ]);
    expect(r.rejected.map((o) => [o.by, o.why])).toEqual([
      ['tom', 'tom has triage access; accepting a gate needs write, maintain or admin'],
      ['rita', 'rita has read access; accepting a gate needs write, maintain or admin'],
      ['outsider', 'outsider has none access; accepting a gate needs write, maintain or admin'],
      ['renovate[bot]', 'renovate[bot] is a bot; only people with write access can accept a gate'],
      ['wes', "no gate on 'rmse' (gated metrics: accuracy, log_loss, f1)"],
      ['wes', 'no reason: write /modelgate accept <metric> <reason>'],
    ]);
    expect(r.rejected[0]).toMatchObject({ metric: 'accuracy', reason: 'please', commentId: tom.id });
    // Two pages of comments; one permission lookup per author.
    expect(f.calls('issues/list-comments')).toHaveLength(2);
    expect(f.calls('repos/get-collaborator-permission-level').map((c) => c.path.split('/')[5])).toEqual(['maya', 'wes', 'ada', 'tom', 'rita', 'outsider']);
    expect(log.lines.filter((l) => l.startsWith('Override accepted'))).toHaveLength(3);
  });

  it('rejects an author GitHub does not know (404 from the permission endpoint)', async () => {
    const { f, log, client, repo } = setup();
    f.addPull(8);
    f.addComment(8, 'ghost', '/modelgate accept accuracy fine');
    f.users.delete('ghost');
    const r = await collectOverrides(client, { repo, prNumber: 8 }, log);
    expect(r.accepted).toEqual([]);
    expect(r.rejected.map((o) => o.why)).toEqual(['ghost is not a collaborator of octo-org/models']);
    expect(f.notes.has('repos/get-collaborator-permission-level answers 404, which its description does not list')).toBe(false);
  });

  it('returns nothing when there are no commands', async () => {
    const { f, log, client, repo } = setup();
    f.addPull(8);
    f.addComment(8, 'alice', 'LGTM');
    expect(await collectOverrides(client, { repo, prNumber: 8 }, log)).toEqual({ accepted: [], rejected: [] });
    expect(f.calls('repos/get-collaborator-permission-level')).toHaveLength(0);
  });
});
