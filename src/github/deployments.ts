/**
 * GitHub Deployments for rollouts: one deployment per rollout for the workflow's `environment`
 * (so it shows under the repository's environments, and an environment with required reviewers
 * gates the job before it starts), then statuses as the rollout goes: in_progress, and success or
 * failure with the log URL (the workflow run). Needs `deployments: write`.
 *
 * `auto_merge: false`: GitHub would otherwise try to merge the default branch into `ref`.
 * `required_contexts: []`: the deployment is created by the workflow that already passed its
 * checks; GitHub's own check of commit statuses would refuse it while that workflow is running.
 */
import type { GitHubClient, RepoRef } from './client.js';
import { call } from './errors.js';

export interface CreateDeploymentOptions {
  repo: RepoRef;
  /** The commit (sha) or ref being deployed: the workflow's GITHUB_SHA. */
  ref: string;
  environment: string;
  /** What is deployed: the registry reference, shown on the environment page. */
  description: string;
  /** Non-secret details kept with the deployment: model, strategy, target kind. */
  payload?: Record<string, string>;
  production?: boolean;
}

export type DeploymentState = 'in_progress' | 'success' | 'failure' | 'error' | 'inactive' | 'queued' | 'pending';

const DESCRIPTION_LIMIT = 140;
const cut = (s: string) => (s.length > DESCRIPTION_LIMIT ? s.slice(0, DESCRIPTION_LIMIT - 1) + '…' : s);

export async function createDeployment(client: GitHubClient, o: CreateDeploymentOptions): Promise<{ id: number }> {
  const res = await call('create the GitHub deployment', 'deploy', () =>
    client.rest.repos.createDeployment({
      ...o.repo,
      ref: o.ref,
      environment: o.environment,
      description: cut(o.description),
      auto_merge: false,
      required_contexts: [],
      task: 'deploy',
      payload: o.payload ?? {},
      ...(o.production !== undefined ? { production_environment: o.production } : {}),
    }),
  );
  if (res.status !== 201 || !('id' in res.data)) {
    throw new Error(`internal error: GitHub answered ${res.status} to a deployment with auto_merge false: ${JSON.stringify(res.data).slice(0, 200)}`);
  }
  return { id: res.data.id };
}

export async function setDeploymentStatus(
  client: GitHubClient,
  repo: RepoRef,
  deploymentId: number,
  state: DeploymentState,
  opts: { description?: string; logUrl?: string; environmentUrl?: string } = {},
): Promise<void> {
  await call(`set the GitHub deployment status to ${state}`, 'deploy', () =>
    client.rest.repos.createDeploymentStatus({
      ...repo,
      deployment_id: deploymentId,
      state,
      ...(opts.description ? { description: cut(opts.description) } : {}),
      ...(opts.logUrl ? { log_url: opts.logUrl } : {}),
      ...(opts.environmentUrl ? { environment_url: opts.environmentUrl } : {}),
      auto_inactive: true,
    }),
  );
}
