/**
 * The merge gate: the verdict as a completed check run named `check-name` on the pull request's
 * head commit, which branch protection can require. When GitHub refuses the check run for want of
 * a permission (403 "Resource not accessible by integration": a token without `checks: write`; or
 * a personal access token, which cannot create check runs at all), the verdict becomes a commit
 * status whose context is the same name, and the log says so. Other refusals (rate limits after
 * retries, an archived repository) are errors, never silently turned into a status.
 *
 * Conclusions map to statuses as branch protection reads them: success and neutral pass
 * (`success`), failure fails (`failure`).
 */
import type { Logger } from '../lib/logger.js';
import type { GitHubClient, RepoRef } from './client.js';
import { call, githubMessage, isPermissionError, toGitHubError } from './errors.js';
import { CHECK_SUMMARY_LIMIT, truncateMarkdown } from './truncate.js';

export type Conclusion = 'success' | 'failure' | 'neutral';
export const CONCLUSIONS: readonly Conclusion[] = ['success', 'failure', 'neutral'];

export interface Verdict {
  conclusion: Conclusion;
  /** One line: "2 of 5 gates failed". */
  title: string;
  /** Markdown; cut to GitHub's 65,535-character limit when longer. */
  summary: string;
}

export interface ReportVerdictOptions {
  repo: RepoRef;
  /** The commit the gate is about: the pull request's head sha (not GITHUB_SHA, the merge commit). */
  headSha: string;
  /** The check run name, and the status context in the fallback: what branch protection requires. */
  checkName: string;
  verdict: Verdict;
  /** Linked from the check run ("Details") and the status. */
  detailsUrl?: string;
  /** Linked from the truncation note. */
  fullReportUrl?: string;
}

export type VerdictReport =
  | { kind: 'check-run'; id: number; url: string; truncated: boolean }
  | { kind: 'status'; context: string; state: 'success' | 'failure'; description: string; reason: string };

/** GitHub rejects a status description over 140 characters (422), a limit its OpenAPI description does not state. */
export const STATUS_DESCRIPTION_LIMIT = 140;

function httpUrl(u: string | undefined): string | undefined {
  return u && /^https?:\/\//i.test(u) ? u : undefined;
}

export function statusDescription(verdict: Verdict): string {
  const text = `${verdict.conclusion === 'neutral' ? 'neutral: ' : ''}${verdict.title}`.replace(/\s+/g, ' ').trim();
  return text.length <= STATUS_DESCRIPTION_LIMIT ? text : text.slice(0, STATUS_DESCRIPTION_LIMIT - 1) + '…';
}

/** Creates the check run, or a commit status when check runs are not permitted. */
export async function reportVerdict(client: GitHubClient, options: ReportVerdictOptions, log: Logger): Promise<VerdictReport> {
  const { repo, headSha, checkName, verdict } = options;
  const summary = truncateMarkdown(verdict.summary, { limit: CHECK_SUMMARY_LIMIT, fullReportUrl: options.fullReportUrl });
  if (summary.truncated) log.warning(`The check run summary is longer than GitHub's ${CHECK_SUMMARY_LIMIT}-character limit; it was truncated`);
  const detailsUrl = httpUrl(options.detailsUrl);
  try {
    const res = await client.rest.checks.create({
      ...repo,
      name: checkName,
      head_sha: headSha,
      status: 'completed',
      conclusion: verdict.conclusion,
      completed_at: new Date().toISOString(),
      ...(detailsUrl ? { details_url: detailsUrl } : {}),
      output: { title: verdict.title, summary: summary.text },
    });
    log.info(`Check run "${checkName}": ${verdict.conclusion} (${res.data.html_url ?? res.data.url})`);
    return { kind: 'check-run', id: res.data.id, url: res.data.html_url ?? res.data.url, truncated: summary.truncated };
  } catch (e) {
    if (!isPermissionError(e)) throw toGitHubError(e, `create the check run "${checkName}"`, 'check');
    const reason = `GitHub refused the check run (403 ${githubMessage(e)}); the token needs \`checks: write\``;
    log.warning(`${reason}. Reporting the verdict as the commit status "${checkName}" instead (needs \`statuses: write\`).`);
    const state = verdict.conclusion === 'failure' ? 'failure' : 'success';
    const description = statusDescription(verdict);
    const target = detailsUrl ?? httpUrl(options.fullReportUrl);
    await call(`set the commit status "${checkName}" (check runs were refused too)`, 'status', () =>
      client.rest.repos.createCommitStatus({
        ...repo,
        sha: headSha,
        state,
        context: checkName,
        description,
        ...(target ? { target_url: target } : {}),
      }),
    );
    log.info(`Commit status "${checkName}": ${state}`);
    return { kind: 'status', context: checkName, state, description, reason };
  }
}
