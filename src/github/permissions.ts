/**
 * What each mode asks of the workflow's token, in one table: the README's permission table, the
 * hints in error messages and the tests read it from here.
 *
 * | mode | `permissions:` | API calls |
 * |---|---|---|
 * | comment (sticky PR comment) | `pull-requests: write` (or `issues: write`) | list, create, update issue comments |
 * | check (verdict as a check run) | `checks: write` | POST /repos/{owner}/{repo}/check-runs |
 * | status (fallback when checks are refused) | `statuses: write` | POST /repos/{owner}/{repo}/statuses/{sha} |
 * | override (`/modelgate accept`) | `pull-requests: read` (or `issues: read`), `metadata: read` (always granted) | list issue comments, GET collaborator permission |
 * | deploy (GitHub Deployments) | `deployments: write` | POST /repos/{owner}/{repo}/deployments, POST .../deployments/{id}/statuses |
 * | retrain (the retrain pull request) | `contents: write`, `pull-requests: write` | Git Data API (blobs, trees, commits, refs) on its own branch; list, create, update pull requests |
 * | issue (the drift issue) | `issues: write` | list, create, update issues |
 * | publish (workflow_run, fork PRs) | `pull-requests: write`, `checks: write` (`statuses: write` for the fallback), `actions: read` | download the artifact, GET the pull request, then comment and check |
 *
 * A pull_request run from a fork gets a read-only token whatever the workflow asks for; that is
 * what publish mode is for.
 */

export type Mode = 'comment' | 'check' | 'status' | 'override' | 'publish' | 'deploy' | 'retrain' | 'issue';

export interface ModePermissions {
  mode: Mode;
  /** Lines of a workflow's `permissions:` block. */
  permissions: readonly string[];
  /** Alternatives accepted instead of the first entries, if any. */
  alternatives?: readonly string[];
  what: string;
}

export const PERMISSIONS: readonly ModePermissions[] = Object.freeze([
  {
    mode: 'comment',
    permissions: ['pull-requests: write'],
    alternatives: ['issues: write'],
    what: 'find, create and update the sticky pull request comment',
  },
  { mode: 'check', permissions: ['checks: write'], what: 'create the check run that carries the verdict' },
  { mode: 'status', permissions: ['statuses: write'], what: 'set the commit status used when check runs are refused' },
  {
    mode: 'override',
    permissions: ['pull-requests: read'],
    alternatives: ['issues: read'],
    what: 'read `/modelgate accept` comments and check each author has write, maintain or admin access',
  },
  { mode: 'deploy', permissions: ['deployments: write'], what: 'create the GitHub deployment of a rollout and its statuses' },
  {
    mode: 'retrain',
    permissions: ['contents: write', 'pull-requests: write'],
    what: 'commit the retrain on a branch of its own (never the default branch) and open or update its pull request',
  },
  { mode: 'issue', permissions: ['issues: write'], what: 'open or update the issue that reports drift without labels' },
  {
    mode: 'publish',
    permissions: ['pull-requests: write', 'checks: write', 'actions: read'],
    what: 'in a workflow_run workflow, download the comparison artifact of a fork pull request and post it (`statuses: write` too for the fallback)',
  },
]);

/** "`pull-requests: write` (or `issues: write`)": for messages. */
export function permissionsText(mode: Mode): string {
  const p = PERMISSIONS.find((x) => x.mode === mode)!;
  const main = p.permissions.map((s) => `\`${s}\``).join(', ');
  return p.alternatives?.length ? `${main} (or ${p.alternatives.map((s) => `\`${s}\``).join(', ')})` : main;
}
