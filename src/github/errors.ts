/**
 * GitHub's refusals as one-line errors. A permission the workflow did not grant is the user's to
 * fix: a ConfigurationError that names the `permissions:` line to add. Anything else GitHub
 * refuses (an archived repository, a locked conversation, a rate limit that outlasted the retries,
 * a 5xx after retries) is a GitHubApiError that says which call failed, GitHub's status and message.
 */
import { ConfigurationError, ServiceError } from '../errors.js';
import { permissionsText, type Mode } from './permissions.js';

/** The parts of octokit's RequestError read here (duck-typed: no import of a transitive package). */
interface RequestErrorLike {
  status: number;
  message: string;
  request?: { method?: string; url?: string };
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
}

export function isRequestError(e: unknown): e is RequestErrorLike {
  return typeof e === 'object' && e !== null && typeof (e as { status?: unknown }).status === 'number' && 'message' in e;
}

export type GitHubErrorKind = 'permission' | 'rate-limit' | 'not-found' | 'validation' | 'server' | 'other';

/** A call GitHub refused, for a reason other than a missing permission. One-line message. */
export class GitHubApiError extends ServiceError {
  override name = 'GitHubApiError';
  constructor(
    message: string,
    readonly status: number,
    readonly kind: GitHubErrorKind,
    /** GitHub's own message, without the documentation link. */
    readonly githubMessage: string,
  ) {
    super(message);
  }
}

function header(e: RequestErrorLike, name: string): string | undefined {
  const v = e.response?.headers?.[name];
  return v === undefined ? undefined : String(v);
}

/** GitHub's `message` field, else octokit's message with the " - <documentation_url>" suffix cut. */
export function githubMessage(e: unknown): string {
  if (!isRequestError(e)) return e instanceof Error ? e.message : String(e);
  const data = e.response?.data;
  if (typeof data === 'object' && data !== null && typeof (data as { message?: unknown }).message === 'string') {
    return (data as { message: string }).message;
  }
  return e.message.replace(/ - https:\/\/docs\.github\.com\S*$/, '');
}

export function isRateLimitError(e: unknown): boolean {
  if (!isRequestError(e) || (e.status !== 403 && e.status !== 429)) return false;
  return header(e, 'x-ratelimit-remaining') === '0' || /rate limit/i.test(githubMessage(e));
}

/**
 * A 403 that means the token lacks a permission: "Resource not accessible by integration"
 * (GITHUB_TOKEN without the scope), "... by personal access token" (fine-grained PAT), "You must
 * authenticate via a GitHub App" (check runs from a classic PAT). Not: rate limits, archived
 * repositories, locked conversations, blocked users.
 */
export function isPermissionError(e: unknown): boolean {
  if (!isRequestError(e) || e.status !== 403 || isRateLimitError(e)) return false;
  return /not accessible by|GitHub App|must have (push|admin|write)|insufficient permission|permission to/i.test(githubMessage(e));
}

function kindOf(e: RequestErrorLike): GitHubErrorKind {
  if (isRateLimitError(e)) return 'rate-limit';
  if (isPermissionError(e)) return 'permission';
  if (e.status === 404) return 'not-found';
  if (e.status === 422) return 'validation';
  if (e.status >= 500) return 'server';
  return 'other';
}

/**
 * Turns whatever a call threw into the error to surface: ConfigurationError for a missing
 * permission of `mode`, GitHubApiError for other HTTP failures, anything else unchanged.
 * `what` says what was being done: "create the pull request comment".
 */
export function toGitHubError(e: unknown, what: string, mode?: Mode): unknown {
  if (!isRequestError(e) || e instanceof GitHubApiError) return e;
  const msg = githubMessage(e).replace(/\s+/g, ' ').trim();
  const call = e.request?.method && e.request.url ? ` (${e.request.method} ${pathOf(e.request.url)})` : '';
  const kind = kindOf(e);
  if (kind === 'permission' && mode) {
    return new ConfigurationError(`GitHub refused to ${what}${call}: ${e.status} ${msg}. Give the workflow's token ${permissionsText(mode)}`);
  }
  let hint = '';
  if (kind === 'rate-limit') {
    const reset = Number(header(e, 'x-ratelimit-reset'));
    hint = header(e, 'x-ratelimit-remaining') === '0' && Number.isFinite(reset) && reset > 0
      ? `; the rate limit resets at ${new Date(reset * 1000).toISOString()}`
      : '; retries were exhausted, try again later';
  } else if (kind === 'not-found') {
    hint = '; check the repository and number, and that the token can see the repository';
  } else if (kind === 'server') {
    hint = '; GitHub failed after retries, re-run the job';
  }
  return new GitHubApiError(`GitHub API failed to ${what}${call}: ${e.status} ${msg}${hint}`, e.status, kind, msg);
}

function pathOf(url: string): string {
  try {
    const u = new URL(url);
    return u.pathname + u.search;
  } catch {
    return url;
  }
}

/** Runs one API call and rethrows its failure through `toGitHubError`. */
export async function call<T>(what: string, mode: Mode | undefined, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw toGitHubError(e, what, mode);
  }
}
