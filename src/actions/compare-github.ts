/**
 * compare-to-baseline's GitHub glue (adapter layer): the sticky comment, the check run (or status),
 * overrides by maintainers, and the fork-safe publish mode. The GitHub calls themselves are in
 * src/github; this file decides which to make from the event.
 */
import { readFileSync } from 'node:fs';
import { ConfigurationError, ServiceError } from '../errors.js';
import type { Logger } from '../lib/logger.js';
import { verdictOf, type Comparison } from '../gates/compare.js';
import {
  collectOverrides,
  createGitHubClient,
  parseRepo,
  publish,
  pullRequestFromEvent,
  readEventPayload,
  reportVerdict,
  runUrl,
  stickyMarker,
  upsertStickyComment,
  workflowRunFromEvent,
  type Conclusion,
  type GitHubClient,
  type PullRequestInfo,
} from '../github/index.js';

export interface GitHubSettings {
  token?: string;
  checkName: string;
  eventName?: string;
  eventPath?: string;
  repository?: string;
  workflow?: string;
  runUrl?: string;
  /** REST API root (GITHUB_API_URL: GitHub Enterprise Server, or a test double). */
  apiUrl?: string;
}

/** What the runner tells us about this run (GITHUB_* variables). */
export function githubContext(env: NodeJS.ProcessEnv = process.env): Omit<GitHubSettings, 'token' | 'checkName'> {
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  return {
    eventName: env.GITHUB_EVENT_NAME,
    eventPath: env.GITHUB_EVENT_PATH,
    repository: env.GITHUB_REPOSITORY,
    workflow: env.GITHUB_WORKFLOW,
    apiUrl: env.GITHUB_API_URL,
    runUrl: env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? runUrl(server, env.GITHUB_REPOSITORY, env.GITHUB_RUN_ID) : undefined,
  };
}

export function conclusionOf(c: Comparison): Conclusion {
  return c.passed === null ? 'neutral' : c.passed ? 'success' : 'failure';
}

interface Config {
  mode: 'compare' | 'publish';
  comment: boolean;
  out: string;
  commentFile: string;
  github: GitHubSettings;
  /** Seconds all GitHub calls of the step may take together (each request at most 30 s of it). */
  publishTimeout: number;
}

/**
 * Applies accepted `/modelgate accept <metric> <reason>` overrides to failed gates: the gate passes,
 * and who accepted it and why is recorded in the gate and in `comparison.override`.
 */
export function applyOverrides(c: Comparison, accepted: { metric: string; by: string; reason: string; commentUrl?: string }[], rejected: { by: string; why: string }[]): Comparison {
  const gates = c.gates.map((g) => {
    const o = !g.passed ? accepted.find((a) => a.metric === g.metric) : undefined;
    return o ? { ...g, passed: true, override: { by: o.by, reason: o.reason, url: o.commentUrl }, reason: `accepted by ${o.by}: ${o.reason} (was: ${g.reason})` } : g;
  });
  const used = accepted.filter((a) => c.gates.some((g) => !g.passed && g.metric === a.metric));
  const { passed, verdict } = c.passed === null ? { passed: null, verdict: c.verdict } : verdictOf(gates, c.dataValidation);
  return {
    ...c,
    gates,
    passed,
    verdict,
    override: { accepted: used.map((a) => ({ metric: a.metric, by: a.by, reason: a.reason, url: a.commentUrl })), rejected: rejected.map((r) => ({ by: r.by, reason: r.why })) },
  };
}

/** A client whose every request stops at the step's publishing budget. */
function clientFor(gh: GitHubSettings, log: Logger, budget: AbortSignal, timeoutSeconds: number): GitHubClient {
  return createGitHubClient(gh.token!, { log, baseUrl: gh.apiUrl, signal: budget, requestTimeoutMs: Math.min(30, timeoutSeconds) * 1000 });
}

/** Runs `fn` with an AbortSignal that fires after `seconds`; rejects then, even if `fn` ignores it. */
export async function withBudget<T>(seconds: number, fn: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new ServiceError(`GitHub did not finish within ${seconds} s (publish-timeout)`));
    }, seconds * 1000);
  });
  try {
    return await Promise.race([fn(controller.signal), expired]);
  } finally {
    clearTimeout(timer);
  }
}

/** The pull request the run's event is about, if any. */
export function eventPullRequest(config: Config): PullRequestInfo | undefined {
  const event = config.github.eventPath ? readEventPayload(config.github.eventPath) : undefined;
  return event ? pullRequestFromEvent(event) : undefined;
}

/** The pull request of a compare-mode run that should get a comment, or why it does not. */
export function commentTarget(config: Config, comparison: Comparison, log: Logger): PullRequestInfo | undefined {
  const gh = config.github;
  const pr = eventPullRequest(config);
  if (pr) (comparison as Comparison & { pullRequest?: unknown }).pullRequest = { number: pr.number, headSha: pr.headSha };
  if (!config.comment || !pr) return undefined;
  if (pr.isFork) {
    log.warning(`pull request #${pr.number} comes from a fork, whose token cannot comment or create checks: upload ${config.out} and ${config.commentFile} and post them from a workflow_run workflow with mode: publish (see workflows-examples/fork-safe-*.yml)`);
    return undefined;
  }
  if (!gh.token) throw new ConfigurationError(`input 'github-token' is required to comment (or set comment: false)`);
  return pr;
}

/**
 * Compare mode, before the verdict is final: maintainers' `/modelgate accept` overrides of failed
 * gates. A GitHub failure here is a warning; the verdict stands as computed.
 */
export async function withOverrides(
  config: Config,
  pr: PullRequestInfo,
  comparison: Comparison,
  markdown: string,
  log: Logger,
  rerender?: (c: Comparison) => string,
): Promise<{ comparison: Comparison; markdown: string }> {
  const failed = comparison.gates.filter((g) => !g.passed).map((g) => g.metric);
  if (!failed.length) return { comparison, markdown };
  const gh = config.github;
  try {
    // Before the outputs are set: a short budget of its own, so a hanging API delays the verdict
    // by at most 30 s.
    const budget = Math.min(30, config.publishTimeout);
    const o = await withBudget(budget, (signal) =>
      collectOverrides(clientFor(gh, log, signal, budget), { repo: parseRepo(gh.repository ?? pr.baseRepo), prNumber: pr.number, metrics: failed }, log),
    );
    if (!o.accepted.length && !o.rejected.length) return { comparison, markdown };
    const c = applyOverrides(comparison, o.accepted, o.rejected);
    for (const r of o.rejected) log.warning(`override by ${r.by} not accepted: ${r.why}`);
    return { comparison: c, markdown: rerender ? rerender(c) : markdown };
  } catch (e) {
    log.warning(`overrides not read (${e instanceof Error ? e.message : String(e)}); the verdict stands without them`);
    return { comparison, markdown };
  }
}

/**
 * Posts the sticky comment and the check run (or status): compare mode for `pr`, publish mode from
 * the comparison's own pull request. Throws on failure; bounded by `publishTimeout`.
 */
export async function postComparison(config: Config, comparison: Comparison, markdown: string, log: Logger, pr?: PullRequestInfo): Promise<{ commentUrl?: string }> {
  const gh = config.github;
  const workflow = gh.workflow ?? 'modelgate';
  return withBudget(config.publishTimeout, async (signal) => {
    if (config.mode === 'publish') {
      if (!gh.token) throw new ConfigurationError(`input 'github-token' is required in publish mode`);
      if (!gh.repository) throw new ConfigurationError('publish mode runs in GitHub Actions (GITHUB_REPOSITORY is not set)');
      // The sha this run was triggered for, from the event payload GitHub wrote: the workflow_run's
      // head (fork-safe pair) or the pull request's head (a publish job in the pull_request workflow).
      const event = gh.eventPath ? readEventPayload(gh.eventPath) : undefined;
      const runHeadSha = event === undefined ? undefined : (workflowRunFromEvent(event)?.headSha ?? pullRequestFromEvent(event)?.headSha);
      const own = (comparison as Comparison & { pullRequest?: { number?: unknown; headSha?: unknown } }).pullRequest;
      const result = await publish(
        clientFor(gh, log, signal, config.publishTimeout),
        {
          prNumber: own?.number,
          headSha: own?.headSha,
          body: markdown,
          verdict: { conclusion: conclusionOf(comparison), title: comparison.verdict, summary: markdown },
          repo: parseRepo(gh.repository),
          checkName: gh.checkName,
          workflow,
          runHeadSha,
          detailsUrl: gh.runUrl,
        },
        log,
      );
      return result.published ? { commentUrl: result.comment.url } : {};
    }
    if (!pr) return {};
    const client = clientFor(gh, log, signal, config.publishTimeout);
    const repo = parseRepo(gh.repository ?? pr.baseRepo);
    const comment = await upsertStickyComment(client, { repo, issueNumber: pr.number, marker: stickyMarker(workflow), body: markdown, fullReportUrl: gh.runUrl }, log);
    log.info(`PR comment ${comment.action}: ${comment.url}`);
    const verdict = await reportVerdict(client, { repo, headSha: pr.headSha, checkName: gh.checkName, verdict: { conclusion: conclusionOf(comparison), title: comparison.verdict, summary: markdown }, detailsUrl: gh.runUrl, fullReportUrl: gh.runUrl }, log);
    log.info(verdict.kind === 'check-run' ? `check run ${gh.checkName}: ${verdict.url}` : `commit status ${verdict.context}: ${verdict.state} (${verdict.reason})`);
    return { commentUrl: comment.url };
  });
}

/** Reads the comparison and comment a pull_request run uploaded (publish mode). */
export function readPublished(out: string, commentFile: string): { comparison: Comparison; markdown: string } {
  return { comparison: JSON.parse(readFileSync(out, 'utf8')) as Comparison, markdown: readFileSync(commentFile, 'utf8') };
}
