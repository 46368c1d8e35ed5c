/**
 * One sticky comment per pull request and workflow. The comment carries a hidden marker,
 * `<!-- modelgate:compare-to-baseline workflow=<name> -->`, on its first line; every run lists ALL
 * of the pull request's issue comments (every page, 100 a page) to find it and edits it in place,
 * and creates one only when none exists. (Searching the first page only, as CML did, makes a new
 * comment on every push once a pull request has more than a page of comments.)
 *
 * Only comments the action could have written count: by `author` when given (the login of a
 * personal access token), else by a bot account (GITHUB_TOKEN comments as github-actions[bot]),
 * else by someone with a role in the repository (OWNER, MEMBER, COLLABORATOR: a token of theirs).
 * A marker pasted by an outsider is ignored, so nobody can get the report written into a comment
 * they own and can edit afterwards.
 */
import type { Logger } from '../lib/logger.js';
import type { GitHubClient, RepoRef } from './client.js';
import { call } from './errors.js';
import { COMMENT_LIMIT, truncateMarkdown } from './truncate.js';

/** The hidden marker of the sticky comment of one action in one workflow. */
export function stickyMarker(workflow: string, action = 'compare-to-baseline'): string {
  // encodeURIComponent keeps the marker on one line and leaves no '>' to end the comment early.
  return `<!-- modelgate:${encodeURIComponent(action)} workflow=${encodeURIComponent(workflow.trim())} -->`;
}

/** Any modelgate marker, for removing markers from a body that came from elsewhere. */
const ANY_MARKER = /<!--\s*modelgate:[^\n]*?-->\n?/g;

/** Comment authors whose marker comments may be ours (a token of theirs wrote them). */
const TRUSTED: readonly string[] = ['OWNER', 'MEMBER', 'COLLABORATOR'];

/**
 * Whether a comment, issue or pull request carrying a marker could have been written by modelgate:
 * `ours` when written by `author` (when given) or else by a bot; `trusted` when, without `author`,
 * someone with a role in the repository wrote it (a token of theirs); otherwise undefined.
 */
export function authorship(user: { login?: string; type?: string } | null | undefined, association: string | undefined, author?: string): 'ours' | 'trusted' | undefined {
  if (author ? user?.login === author : user?.type === 'Bot') return 'ours';
  if (!author && association !== undefined && TRUSTED.includes(association)) return 'trusted';
  return undefined;
}

export interface StickyComment {
  id: number;
  /** The comment's page, html_url. */
  url: string;
  body: string;
  author?: string;
}

export interface FindOptions {
  /** Only comments by this login (the token's identity, for a personal access token). */
  author?: string;
  /** Page size; GitHub's maximum is 100. */
  perPage?: number;
}

/** Finds the sticky comment carrying `marker` on any page of the issue's comments. */
export async function findStickyComment(
  client: GitHubClient,
  repo: RepoRef,
  issueNumber: number,
  marker: string,
  options: FindOptions = {},
  log?: Logger,
): Promise<StickyComment | undefined> {
  let fallback: StickyComment | undefined;
  let pages = 0;
  let seen = 0;
  return call('list the pull request comments', 'comment', async () => {
    const pagesIter = client.paginate.iterator(client.rest.issues.listComments, {
      ...repo,
      issue_number: issueNumber,
      per_page: options.perPage ?? 100,
    });
    for await (const page of pagesIter) {
      pages++;
      for (const c of page.data) {
        seen++;
        if (!c.body || !c.body.includes(marker)) continue;
        const found: StickyComment = { id: c.id, url: c.html_url, body: c.body, author: c.user?.login };
        const whose = authorship(c.user, c.author_association, options.author);
        if (whose === 'ours') {
          log?.debug(`sticky comment ${c.id} found on page ${pages} (${seen} comments read)`);
          return found;
        }
        if (whose === 'trusted') fallback ??= found;
      }
    }
    log?.debug(`${seen} comments on ${pages} page(s) read; sticky comment ${fallback ? fallback.id : 'not found'}`);
    return fallback;
  });
}

/** The body as posted: the marker line, then the report with any other marker removed, cut to fit. */
export function composeStickyBody(marker: string, body: string, fullReportUrl?: string): { body: string; truncated: boolean } {
  const clean = body.replace(ANY_MARKER, '');
  const t = truncateMarkdown(clean, { limit: COMMENT_LIMIT - marker.length - 1, fullReportUrl });
  return { body: `${marker}\n${t.text}`, truncated: t.truncated };
}

export interface UpsertOptions {
  repo: RepoRef;
  /** The pull request (or issue) number. */
  issueNumber: number;
  /** From stickyMarker(workflow). */
  marker: string;
  /** The rendered report (markdown). */
  body: string;
  /** Linked from the note when the body had to be truncated. */
  fullReportUrl?: string;
  /** Only an existing comment by this login counts (see FindOptions.author). */
  author?: string;
  perPage?: number;
}

export interface UpsertResult {
  action: 'created' | 'updated' | 'unchanged';
  id: number;
  url: string;
  truncated: boolean;
}

/** Creates the sticky comment, or updates it in place when one exists (unchanged bodies are not rewritten). */
export async function upsertStickyComment(client: GitHubClient, options: UpsertOptions, log: Logger): Promise<UpsertResult> {
  const { repo, issueNumber, marker } = options;
  const { body, truncated } = composeStickyBody(marker, options.body, options.fullReportUrl);
  if (truncated) log.warning(`The report is longer than GitHub's ${COMMENT_LIMIT}-character comment limit; the comment was truncated`);
  const existing = await findStickyComment(client, repo, issueNumber, marker, { author: options.author, perPage: options.perPage }, log);
  if (existing) {
    if (existing.body === body) {
      log.info(`Pull request comment unchanged: ${existing.url}`);
      return { action: 'unchanged', id: existing.id, url: existing.url, truncated };
    }
    const res = await call('update the pull request comment', 'comment', () =>
      client.rest.issues.updateComment({ ...repo, comment_id: existing.id, body }),
    );
    log.info(`Updated the pull request comment: ${res.data.html_url}`);
    return { action: 'updated', id: res.data.id, url: res.data.html_url, truncated };
  }
  const res = await call('create the pull request comment', 'comment', () =>
    client.rest.issues.createComment({ ...repo, issue_number: issueNumber, body }),
  );
  log.info(`Created the pull request comment: ${res.data.html_url}`);
  return { action: 'created', id: res.data.id, url: res.data.html_url, truncated };
}
