/**
 * What the actions read from the event payload (GITHUB_EVENT_PATH, or @actions/github's
 * `context.payload`, handed in as `unknown`): the pull request, whether it comes from a fork, and
 * the run a workflow_run event is about. Each reader checks the shape it needs and says which
 * field is missing.
 */
import { readFileSync } from 'node:fs';
import { DataError } from '../errors.js';

export interface PullRequestInfo {
  number: number;
  /** The pull request's head commit: where the check run goes (GITHUB_SHA is the merge commit). */
  headSha: string;
  headRef: string;
  /** owner/name of the head repository; null when the fork was deleted. */
  headRepo: string | null;
  /** owner/name of the repository the pull request targets. */
  baseRepo: string;
  /** True when head and base repositories differ (or the head repository is gone). */
  isFork: boolean;
}

export interface WorkflowRunInfo {
  id: number;
  /** The event that started the run: pull_request for the two-workflow pattern. */
  event: string;
  conclusion: string | null;
  /** The commit that run tested: the artifact must be about this sha. */
  headSha: string;
  /** owner/name of the repository the run's code came from. */
  headRepo: string | null;
  /** Pull requests GitHub lists for the run: empty for pull requests from forks. */
  pullRequests: number[];
}

type Obj = Record<string, unknown>;

function obj(v: unknown): Obj | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : undefined;
}

function need<T>(v: T | undefined, what: string): T {
  if (v === undefined) throw new DataError(`event payload: ${what} is missing or malformed`);
  return v;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function int(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isSafeInteger(v) ? v : undefined;
}

/** Reads and parses the event payload file. */
export function readEventPayload(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new DataError(`cannot read the event payload ${path}: ${(e as Error).message}`, path);
  }
}

/** True for a payload's pull request whose head repository is not the base repository. */
export function isForkPullRequest(payload: unknown): boolean {
  const pr = pullRequestFromEvent(payload);
  return pr !== undefined && pr.isFork;
}

/**
 * The pull request of a pull_request / pull_request_target payload; undefined when the payload
 * has none (push, schedule).
 */
export function pullRequestFromEvent(payload: unknown): PullRequestInfo | undefined {
  const pr = obj(obj(payload)?.pull_request);
  if (!pr) return undefined;
  const head = need(obj(pr.head), 'pull_request.head');
  const base = need(obj(pr.base), 'pull_request.base');
  const baseRepo = need(str(obj(base.repo)?.full_name), 'pull_request.base.repo.full_name');
  const headRepoObj = obj(head.repo);
  const headRepo = headRepoObj ? need(str(headRepoObj.full_name), 'pull_request.head.repo.full_name') : null;
  return {
    number: need(int(pr.number), 'pull_request.number'),
    headSha: need(str(head.sha), 'pull_request.head.sha'),
    headRef: need(str(head.ref), 'pull_request.head.ref'),
    headRepo,
    baseRepo,
    // GitHub compares repository names case-insensitively.
    isFork: headRepo === null || headRepo.toLowerCase() !== baseRepo.toLowerCase(),
  };
}

/** The run a workflow_run payload is about; undefined for other events. */
export function workflowRunFromEvent(payload: unknown): WorkflowRunInfo | undefined {
  const run = obj(obj(payload)?.workflow_run);
  if (!run) return undefined;
  const prs = Array.isArray(run.pull_requests) ? run.pull_requests : [];
  return {
    id: need(int(run.id), 'workflow_run.id'),
    event: need(str(run.event), 'workflow_run.event'),
    conclusion: str(run.conclusion) ?? null,
    headSha: need(str(run.head_sha), 'workflow_run.head_sha'),
    headRepo: str(obj(run.head_repository)?.full_name) ?? null,
    pullRequests: prs.map((p) => int(obj(p)?.number)).filter((n): n is number => n !== undefined),
  };
}

/** The page of a workflow run: `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}`. */
export function runUrl(serverUrl: string, repository: string, runId: string | number): string {
  return `${serverUrl.replace(/\/+$/, '')}/${repository}/actions/runs/${runId}`;
}
