/**
 * compare-to-baseline's GitHub glue (adapter layer): the sticky comment, the check run (or status),
 * overrides by maintainers, and the fork-safe publish mode. The GitHub calls themselves are in
 * src/github; this file decides which to make from the event.
 */
import { readFileSync } from 'node:fs';
import { ConfigurationError } from '../errors.js';
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

export async function publishComparison(
  config: Config,
  comparison: Comparison,
  markdown: string,
  log: Logger,
  rerender?: (c: Comparison) => string,
): Promise<{ comparison: Comparison; markdown: string; commentUrl?: string }> {
  const gh = config.github;
  const workflow = gh.workflow ?? 'modelgate';
  if (config.mode === 'publish') {
    if (!gh.token) throw new ConfigurationError(`input 'github-token' is required in publish mode`);
    if (!gh.repository) throw new ConfigurationError('publish mode runs in GitHub Actions (GITHUB_REPOSITORY is not set)');
    const run = gh.eventPath ? workflowRunFromEvent(readEventPayload(gh.eventPath)) : undefined;
    const client = createGitHubClient(gh.token, { log, baseUrl: gh.apiUrl });
    const pr = (comparison as Comparison & { pullRequest?: { number?: unknown; headSha?: unknown } }).pullRequest;
    const result = await publish(
      client,
      {
        prNumber: pr?.number,
        headSha: pr?.headSha,
        body: markdown,
        verdict: { conclusion: conclusionOf(comparison), title: comparison.verdict, summary: markdown },
        repo: parseRepo(gh.repository),
        checkName: gh.checkName,
        workflow,
        runHeadSha: run?.headSha,
        detailsUrl: gh.runUrl,
      },
      log,
    );
    if (!result.published) return { comparison, markdown };
    return { comparison, markdown, commentUrl: result.comment.url };
  }

  // compare mode
  const event = gh.eventPath ? readEventPayload(gh.eventPath) : undefined;
  const pr = event ? pullRequestFromEvent(event) : undefined;
  if (pr) (comparison as Comparison & { pullRequest?: unknown }).pullRequest = { number: pr.number, headSha: pr.headSha };
  if (!config.comment || !pr) return { comparison, markdown };
  if (pr.isFork) {
    log.warning(`pull request #${pr.number} comes from a fork, whose token cannot comment or create checks: upload ${config.out} and ${config.commentFile} and post them from a workflow_run workflow with mode: publish (see workflows-examples/fork-safe-*.yml)`);
    return { comparison, markdown };
  }
  if (!gh.token) throw new ConfigurationError(`input 'github-token' is required to comment (or set comment: false)`);
  const repo = parseRepo(gh.repository ?? pr.baseRepo);
  const client = createGitHubClient(gh.token, { log, baseUrl: gh.apiUrl });
  let c = comparison;
  let md = markdown;
  if (c.gates.some((g) => !g.passed)) {
    const o = await collectOverrides(client, { repo, prNumber: pr.number, metrics: c.gates.filter((g) => !g.passed).map((g) => g.metric) }, log);
    if (o.accepted.length || o.rejected.length) {
      c = applyOverrides(c, o.accepted, o.rejected);
      if (rerender) md = rerender(c);
      for (const r of o.rejected) log.warning(`override by ${r.by} not accepted: ${r.why}`);
    }
  }
  const comment = await upsertStickyComment(client, { repo, issueNumber: pr.number, marker: stickyMarker(workflow), body: md, fullReportUrl: gh.runUrl }, log);
  log.info(`PR comment ${comment.action}: ${comment.url}`);
  const verdict = await reportVerdict(client, { repo, headSha: pr.headSha, checkName: gh.checkName, verdict: { conclusion: conclusionOf(c), title: c.verdict, summary: md }, detailsUrl: gh.runUrl, fullReportUrl: gh.runUrl }, log);
  log.info(verdict.kind === 'check-run' ? `check run ${gh.checkName}: ${verdict.url}` : `commit status ${verdict.context}: ${verdict.state} (${verdict.reason})`);
  return { comparison: c, markdown: md, commentUrl: comment.url };
}

/** Reads the comparison and comment a pull_request run uploaded (publish mode). */
export function readPublished(out: string, commentFile: string): { comparison: Comparison; markdown: string } {
  return { comparison: JSON.parse(readFileSync(out, 'utf8')) as Comparison, markdown: readFileSync(commentFile, 'utf8') };
}
