// GitHub Deployments for a rollout, against the fake GitHub that checks every call against the
// OpenAPI description: a deployment for the environment, then in_progress and success/failure
// statuses with the log URL; a token without `deployments: write` gets a one-line fix.
import { describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../../src/github/client.js';
import { createDeployment, setDeploymentStatus } from '../../../src/github/deployments.js';
import { ConfigurationError } from '../../../src/errors.js';
import { memoryLogger } from '../../../src/lib/logger.js';
import { useFakeGitHub } from './fake-github.js';

const fake = useFakeGitHub();
const SHA = '9fceb02d0ae598e95dc970b74767f19372d61af8';
const LOG = 'https://github.com/octo-org/models/actions/runs/77';

function setup(token = 'ghs_default') {
  const f = fake();
  const client = createGitHubClient(token, { baseUrl: f.url, log: memoryLogger(), retryAfterBaseValue: 5 });
  return { f, client, repo: { owner: f.owner, repo: f.repo } };
}

describe('GitHub deployments', () => {
  it('creates a deployment for the environment, then in_progress and success with the log URL', async () => {
    const { f, client, repo } = setup();
    const { id } = await createDeployment(client, { repo, ref: SHA, environment: 'staging', description: 'canary ghcr.io/octo/weather:v3', payload: { model: 'ghcr.io/octo/weather:v3', strategy: 'canary' } });
    await setDeploymentStatus(client, repo, id, 'in_progress', { logUrl: LOG, description: 'canary 10, 50, 100' });
    await setDeploymentStatus(client, repo, id, 'success', { logUrl: LOG, description: 'promoted: score 100' });
    expect(f.deployments[0]).toMatchObject({ id, environment: 'staging', ref: SHA, task: 'deploy', payload: { model: 'ghcr.io/octo/weather:v3' } });
    expect(f.calls('repos/create-deployment')[0].body).toMatchObject({ auto_merge: false, required_contexts: [] });
    expect(f.deploymentStatuses.map((s) => [s.deployment_id, s.state, s.log_url])).toEqual([
      [id, 'in_progress', LOG],
      [id, 'success', LOG],
    ]);
  });

  it('reports a rollback as failure and cuts a long reason to GitHub\'s 140 characters', async () => {
    const { f, client, repo } = setup();
    const { id } = await createDeployment(client, { repo, ref: SHA, environment: 'production', description: 'x'.repeat(300) });
    await setDeploymentStatus(client, repo, id, 'failure', { logUrl: LOG, description: 'rolled back: '.padEnd(400, 'why') });
    expect(f.deploymentStatuses[0]).toMatchObject({ state: 'failure' });
    expect(String(f.deploymentStatuses[0].description).length).toBe(140);
  });

  it('names the permission to add when the token lacks deployments: write', async () => {
    const { f, client, repo } = setup('ghs_ro');
    f.addToken('ghs_ro', { login: 'github-actions[bot]', type: 'Bot', permissions: { deployments: 'read' } });
    const err = await createDeployment(client, { repo, ref: SHA, environment: 'staging', description: 'm' }).catch((e) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect(err.message).toMatch(/`deployments: write`/);
  });
});
