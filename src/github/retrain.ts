/**
 * One retrain pull request, and one drift issue, per workflow: each is found by a hidden marker in
 * its body, `<!-- modelgate:retrain workflow=<name> -->` (or `modelgate:drift-issue`), among ALL
 * open pull requests (issues), every page read, as the sticky comment is found among comments.
 * Found: its title and body are updated in place (not rewritten when unchanged). Not found: one is
 * created. Only items modelgate could have written count (`authorship` in comment.ts: a bot, or
 * the given login, or someone with a role in the repository), and a pull request only when its
 * head is the retrain branch of this repository, so a marker pasted into somebody's pull request
 * from a fork never makes it the retrain pull request.
 *
 * Nothing here closes anything: a later run with nothing to act on does not call these functions.
 */
import type { Logger } from '../lib/logger.js';
import type { GitHubClient, RepoRef } from './client.js';
import { authorship, stickyMarker } from './comment.js';
import { call } from './errors.js';
import { defuseMentions } from './publish.js';
import { COMMENT_LIMIT, truncateMarkdown } from './truncate.js';

export const retrainMarker = (workflow: string): string => stickyMarker(workflow, 'retrain');
export const driftIssueMarker = (workflow: string): string => stickyMarker(workflow, 'drift-issue');

/** Any modelgate marker, removed from a body before ours is put first. */
const ANY_MARKER = /<!--\s*modelgate:[^\n]*?-->\n?/g;

/** The body as posted: the marker line, then the text without other markers or @-mentions, cut to GitHub's limit. */
export function markedBody(marker: string, text: string, fullReportUrl?: string): string {
  const t = truncateMarkdown(defuseMentions(text.replace(ANY_MARKER, '')), { limit: COMMENT_LIMIT - marker.length - 1, fullReportUrl });
  return `${marker}\n${t.text}`;
}

export interface Upserted {
  action: 'created' | 'updated' | 'unchanged';
  number: number;
  url: string;
}

export interface UpsertPullRequestOptions {
  repo: RepoRef;
  marker: string;
  /** The retrain branch (head) and the base branch. */
  head: string;
  base: string;
  title: string;
  body: string;
  /** Only a pull request opened by this login counts (a personal access token's or an App's bot login). */
  author?: string;
  perPage?: number;
}

/** Creates the retrain pull request, or updates the one found by its marker. */
export async function upsertPullRequest(client: GitHubClient, o: UpsertPullRequestOptions, log: Logger): Promise<Upserted> {
  const { repo, marker } = o;
  const body = markedBody(marker, o.body);
  const fullName = `${repo.owner}/${repo.repo}`.toLowerCase();
  const found = await call('list the open pull requests', 'retrain', async () => {
    let fallback: { number: number; url: string; title: string; body: string } | undefined;
    for await (const page of client.paginate.iterator(client.rest.pulls.list, { ...repo, state: 'open', per_page: o.perPage ?? 100 })) {
      for (const pr of page.data) {
        if (!pr.body?.includes(marker) || pr.head.ref !== o.head || pr.head.repo?.full_name.toLowerCase() !== fullName) continue;
        const item = { number: pr.number, url: pr.html_url, title: pr.title, body: pr.body };
        const whose = authorship(pr.user, pr.author_association, o.author);
        if (whose === 'ours') return item;
        if (whose === 'trusted') fallback ??= item;
      }
    }
    return fallback;
  });
  if (found) {
    if (found.title === o.title && found.body === body) {
      log.info(`Retrain pull request unchanged: ${found.url}`);
      return { action: 'unchanged', number: found.number, url: found.url };
    }
    const r = await call(`update pull request #${found.number}`, 'retrain', () => client.rest.pulls.update({ ...repo, pull_number: found.number, title: o.title, body }));
    log.info(`Updated the retrain pull request: ${r.data.html_url}`);
    return { action: 'updated', number: r.data.number, url: r.data.html_url };
  }
  const r = await call('create the retrain pull request', 'retrain', () =>
    client.rest.pulls.create({ ...repo, head: o.head, base: o.base, title: o.title, body, maintainer_can_modify: false }),
  );
  log.info(`Opened the retrain pull request: ${r.data.html_url}`);
  return { action: 'created', number: r.data.number, url: r.data.html_url };
}

export interface UpsertIssueOptions {
  repo: RepoRef;
  marker: string;
  title: string;
  body: string;
  labels?: readonly string[];
  author?: string;
  perPage?: number;
}

/** Creates the drift issue, or updates the open one found by its marker. */
export async function upsertIssue(client: GitHubClient, o: UpsertIssueOptions, log: Logger): Promise<Upserted> {
  const { repo, marker } = o;
  const body = markedBody(marker, o.body);
  const found = await call('list the open issues', 'issue', async () => {
    let fallback: { number: number; url: string; title: string; body: string } | undefined;
    for await (const page of client.paginate.iterator(client.rest.issues.listForRepo, { ...repo, state: 'open', per_page: o.perPage ?? 100 })) {
      for (const issue of page.data) {
        // The issues list holds pull requests too.
        if (issue.pull_request || !issue.body?.includes(marker)) continue;
        const item = { number: issue.number, url: issue.html_url, title: issue.title, body: issue.body };
        const whose = authorship(issue.user, issue.author_association, o.author);
        if (whose === 'ours') return item;
        if (whose === 'trusted') fallback ??= item;
      }
    }
    return fallback;
  });
  if (found) {
    if (found.title === o.title && found.body === body) {
      log.info(`Drift issue unchanged: ${found.url}`);
      return { action: 'unchanged', number: found.number, url: found.url };
    }
    const r = await call(`update issue #${found.number}`, 'issue', () => client.rest.issues.update({ ...repo, issue_number: found.number, title: o.title, body }));
    log.info(`Updated the drift issue: ${r.data.html_url}`);
    return { action: 'updated', number: r.data.number, url: r.data.html_url };
  }
  const r = await call('create the drift issue', 'issue', () =>
    client.rest.issues.create({ ...repo, title: o.title, body, ...(o.labels?.length ? { labels: [...o.labels] } : {}) }),
  );
  log.info(`Opened the drift issue: ${r.data.html_url}`);
  return { action: 'created', number: r.data.number, url: r.data.html_url };
}
