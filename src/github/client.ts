/**
 * The one place an octokit is made: @actions/github's `getOctokit` (its proxy support, its
 * GITHUB_API_URL default) with @octokit/plugin-retry and @octokit/plugin-throttling on top. Every
 * other module in src/github takes the client as an argument, so tests hand in one pointed at the
 * loopback fake.
 *
 * Limits (the defaults, each an option):
 * - Rate limits (plugin-throttling): a primary limit (403/429 with `x-ratelimit-remaining: 0`) or
 *   a secondary limit (403/429 "secondary rate limit", `retry-after`) is retried at most twice,
 *   after the wait GitHub asks for, and only when that wait is at most 120 s: an hour-long wait
 *   for a primary reset fails the step with a clear message rather than hanging the job.
 * - Other failures (plugin-retry): 5xx and network errors are retried twice (1 s, then 4 s).
 *   400, 401, 403, 404, 410, 422, 451 are answers, not accidents, and are never retried; 429 is
 *   left to the throttling plugin so the two never both retry one response.
 * - Writes are paced by the throttling plugin (one at a time, 1 s apart; 3 s between writes that
 *   notify people such as comments), as GitHub's best practices ask.
 * - Time: each request (headers and body) is aborted after `requestTimeoutMs` (default 30 s, where
 *   undici alone waits 300 s for headers), and every request stops when `signal` aborts: callers
 *   pass an overall budget there, so a server that accepts and never answers costs seconds, not
 *   the 909 s of three tries at undici's timeout.
 */
import { randomUUID } from 'node:crypto';
import { getOctokit } from '@actions/github';
import { defaults as githubDefaults } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { ConfigurationError } from '../errors.js';
import type { Logger } from '../lib/logger.js';

/** The octokit every function in src/github takes: REST methods, `paginate`, retries, throttling. */
export type GitHubClient = ReturnType<typeof getOctokit>;

/** A repository, as `owner` and `repo` path parameters. */
export interface RepoRef {
  owner: string;
  repo: string;
}

export interface GitHubClientOptions {
  /** REST API root. Default: `GITHUB_API_URL`, else https://api.github.com (getOctokit's default). */
  baseUrl?: string;
  /** Where retries and rate-limit waits are reported. Default: nothing is logged. */
  log?: Logger;
  /** Retries of a rate-limited request (primary or secondary). Default 2. */
  rateLimitRetries?: number;
  /** A rate-limit wait longer than this many seconds is not waited for; the request fails. Default 120. */
  maxRateLimitWaitSeconds?: number;
  /** Retries of a 5xx or network failure. Default 2. */
  retries?: number;
  /**
   * Milliseconds per second of a wait GitHub asks for (and of plugin-retry's 1 s, 4 s backoff).
   * Default 1000; tests lower it so that a `retry-after: 1` costs milliseconds.
   */
  retryAfterBaseValue?: number;
  /** Appended to octokit's user agent. */
  userAgent?: string;
  /** Milliseconds one request (headers and body) may take. Default 30,000. */
  requestTimeoutMs?: number;
  /** Aborts every request of this client (an overall budget). */
  signal?: AbortSignal;
}

type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

/**
 * @actions/github's proxy-aware fetch with a per-request timeout and the caller's budget. Passing
 * `request.fetch` replaces the default one (octokit merges options shallowly), so the proxy fetch
 * is wrapped rather than dropped.
 */
function timedFetch(timeoutMs: number, budget?: AbortSignal): Fetch {
  const inner = ((githubDefaults as { request?: { fetch?: Fetch } }).request?.fetch ?? globalThis.fetch) as Fetch;
  return (url, init = {}) => {
    const signals = [AbortSignal.timeout(timeoutMs), ...(budget ? [budget] : []), ...(init.signal ? [init.signal] : [])];
    return inner(url, { ...init, signal: AbortSignal.any(signals) }).catch((e: unknown) => {
      if (e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError')) {
        const why = budget?.aborted ? 'the time allowed for publishing ran out' : `no answer within ${Math.round(timeoutMs / 1000)} s`;
        throw Object.assign(new Error(`GitHub API: ${why}`), { name: 'TimeoutError', cause: e });
      }
      throw e;
    });
  };
}

const silent: Logger = {
  info: () => {},
  warning: () => {},
  error: () => {},
  debug: () => {},
  group: (_n, fn) => fn(),
};

/** `owner/name` (GITHUB_REPOSITORY's form) as a RepoRef; throws ConfigurationError naming `what`. */
export function parseRepo(fullName: string, what = 'repository'): RepoRef {
  const m = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/.exec(fullName.trim());
  if (!m || m[2] === '.' || m[2] === '..') {
    throw new ConfigurationError(`${what}: expected owner/name, got '${fullName}'`);
  }
  return { owner: m[1], repo: m[2] };
}

/**
 * Creates the client. `token` is the workflow's GITHUB_TOKEN or a PAT; see permissions.ts for
 * what each mode needs.
 */
export function createGitHubClient(token: string, options: GitHubClientOptions = {}): GitHubClient {
  if (!token || !token.trim()) {
    throw new ConfigurationError('github-token is empty: pass ${{ github.token }} or a token with the permissions the mode needs');
  }
  const log = options.log ?? silent;
  const rateLimitRetries = options.rateLimitRetries ?? 2;
  const maxWait = options.maxRateLimitWaitSeconds ?? 120;
  const base = options.retryAfterBaseValue ?? 1000;

  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
      const what = `${request.method} ${request.url}`;
      if (retryCount >= rateLimitRetries) {
        log.warning(`GitHub ${kind} rate limit on ${what}: still limited after ${retryCount} retries, giving up`);
        return false;
      }
      if (retryAfter > maxWait) {
        log.warning(`GitHub ${kind} rate limit on ${what}: GitHub asks to wait ${retryAfter} s, more than ${maxWait} s; not waiting`);
        return false;
      }
      log.warning(`GitHub ${kind} rate limit on ${what}: retrying in ${retryAfter} s (retry ${retryCount + 1} of ${rateLimitRetries})`);
      return true;
    };

  return getOctokit(
    token,
    {
      ...(options.baseUrl ? { baseUrl: options.baseUrl.replace(/\/+$/, '') } : {}),
      ...(options.userAgent ? { userAgent: options.userAgent } : {}),
      request: { fetch: timedFetch(options.requestTimeoutMs ?? 30_000, options.signal) },
      log: {
        debug: (m: string) => log.debug(m),
        info: (m: string) => log.debug(m),
        warn: (m: string) => log.warning(m),
        error: (m: string) => log.error(m),
      },
      retry: {
        retries: options.retries ?? 2,
        retryAfterBaseValue: base,
        doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
      },
      throttle: {
        // One id per client: the plugin's pacing groups are process-wide and keyed by this id.
        id: `modelgate-${randomUUID()}`,
        retryAfterBaseValue: base,
        fallbackSecondaryRateRetryAfter: 60,
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
      },
    },
    retry,
    throttling,
  );
}
