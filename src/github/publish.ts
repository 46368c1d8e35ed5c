/**
 * Publish mode, for pull requests from forks. Their pull_request runs get a read-only token, so the
 * work is split in two workflows:
 *
 * 1. `on: pull_request` (read-only, runs the pull request's code): compare-to-baseline renders the
 *    comment and the verdict and writes them with the PR number and head sha as an artifact
 *    (`makePublishArtifact`), instead of posting.
 * 2. `on: workflow_run` of that workflow (runs the base branch's workflow file with a write token:
 *    `pull-requests: write`, `checks: write`, `actions: read`): downloads the artifact and calls
 *    `publish`, which never runs or checks out any code of the pull request.
 *
 * The artifact was written by code from the fork, so everything in it is untrusted: the PR number
 * must be a positive integer, the sha 40 hex digits, the verdict one of success/failure/neutral;
 * the sha must be the workflow_run's own head_sha (from the event payload, which GitHub writes)
 * and, through GET /repos/{owner}/{repo}/pulls/{n}, the pull request's current head. Otherwise
 * nothing is posted. The check name and the comment's marker come from the publishing workflow's
 * own inputs, never from the artifact, so a fork cannot write to another check or comment; @-mentions
 * in the body are defused so the bot cannot be made to ping people; other modelgate markers are
 * removed. The verdict itself was computed by the fork's run: treat the check as the pull
 * request's claim, and re-run the comparison after merge for anything that must be trusted.
 *
 * GitHub leaves `workflow_run.pull_requests` empty for runs from forks, which is why the PR number
 * travels in the artifact and is checked against the head sha.
 */
import { DataError } from '../errors.js';
import type { Logger } from '../lib/logger.js';
import type { GitHubClient, RepoRef } from './client.js';
import { stickyMarker, upsertStickyComment, type UpsertResult } from './comment.js';
import { call } from './errors.js';
import { CONCLUSIONS, reportVerdict, type Conclusion, type Verdict, type VerdictReport } from './verdict.js';

export const PUBLISH_ARTIFACT_KIND = 'modelgate-publish';
export const PUBLISH_ARTIFACT_VERSION = 1;
/** Larger bodies are refused before any processing; GitHub's own limit is 65,536. */
const MAX_BODY = 4_000_000;
const MAX_TITLE = 255;

/** What the pull_request run hands to the publishing run. */
export interface PublishPayload {
  prNumber: number;
  headSha: string;
  /** The rendered comment (markdown), without the marker. */
  body: string;
  verdict: Verdict;
}

/** The fields of an artifact, as read: nothing checked yet. */
export interface UntrustedPublishPayload {
  prNumber: unknown;
  headSha: unknown;
  body: unknown;
  verdict: unknown;
}

/** The artifact's JSON text, for the pull_request side. */
export function makePublishArtifact(p: PublishPayload): string {
  return JSON.stringify({ kind: PUBLISH_ARTIFACT_KIND, schemaVersion: PUBLISH_ARTIFACT_VERSION, ...p }, null, 2) + '\n';
}

/** Parses the artifact's JSON text; its fields stay unchecked until `publish` validates them. */
export function readPublishArtifact(text: string, file = 'publish artifact'): UntrustedPublishPayload {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new DataError(`${file}: not JSON (${(e as Error).message})`, file);
  }
  const o = typeof doc === 'object' && doc !== null && !Array.isArray(doc) ? (doc as Record<string, unknown>) : undefined;
  if (!o || o.kind !== PUBLISH_ARTIFACT_KIND) throw new DataError(`${file}: not a ${PUBLISH_ARTIFACT_KIND} artifact`, file);
  if (o.schemaVersion !== PUBLISH_ARTIFACT_VERSION) {
    throw new DataError(`${file}: schemaVersion ${JSON.stringify(o.schemaVersion)} is not supported (expected ${PUBLISH_ARTIFACT_VERSION})`, file);
  }
  return { prNumber: o.prNumber, headSha: o.headSha, body: o.body, verdict: o.verdict };
}

/** A pull request number from untrusted input: a positive integer, or its decimal digits. */
export function validPrNumber(v: unknown): number {
  if (typeof v === 'number' && Number.isSafeInteger(v) && v > 0) return v;
  if (typeof v === 'string' && /^[1-9][0-9]{0,15}$/.test(v) && Number.isSafeInteger(Number(v))) return Number(v);
  throw new DataError(`publish: the pull request number must be a positive integer, got ${describe(v)}`);
}

/** A commit sha from untrusted input: 40 hex digits, returned in lower case. */
export function validSha(v: unknown): string {
  if (typeof v === 'string' && /^[0-9a-fA-F]{40}$/.test(v)) return v.toLowerCase();
  throw new DataError(`publish: the head sha must be 40 hexadecimal digits, got ${describe(v)}`);
}

function describe(v: unknown): string {
  const s = typeof v === 'string' ? `'${v}'` : JSON.stringify(v) ?? String(v);
  return s.length > 60 ? s.slice(0, 57) + '...' : s;
}

/** Replaces `@` before a name with `&#64;` outside code, so posting the text notifies nobody. */
export function defuseMentions(markdown: string): string {
  let fence: string | null = null;
  return markdown
    .split('\n')
    .map((line) => {
      const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
      if (fence !== null) {
        if (f && f[1][0] === fence[0] && f[1].length >= fence.length) fence = null;
        return line;
      }
      if (f) {
        fence = f[1];
        return line;
      }
      // Odd pieces between backtick runs are code spans: mentions do not fire there.
      return line
        .split(/(`+[^`]*`+)/)
        .map((piece, i) => (i % 2 === 1 ? piece : piece.replace(/@(?=[A-Za-z0-9])/g, '&#64;')))
        .join('');
    })
    .join('\n');
}

/** Checks every field of an untrusted payload. Throws DataError naming the field. */
export function validatePublishPayload(p: UntrustedPublishPayload): PublishPayload {
  const prNumber = validPrNumber(p.prNumber);
  const headSha = validSha(p.headSha);
  if (typeof p.body !== 'string') throw new DataError('publish: the comment body must be a string');
  if (p.body.length > MAX_BODY) throw new DataError(`publish: the comment body is ${p.body.length} characters, more than ${MAX_BODY}`);
  const v = typeof p.verdict === 'object' && p.verdict !== null ? (p.verdict as Record<string, unknown>) : undefined;
  if (!v) throw new DataError('publish: the verdict must be an object with conclusion, title and summary');
  if (!CONCLUSIONS.includes(v.conclusion as Conclusion)) {
    throw new DataError(`publish: verdict.conclusion must be one of ${CONCLUSIONS.join(', ')}, got ${describe(v.conclusion)}`);
  }
  if (typeof v.title !== 'string' || !v.title.trim()) throw new DataError('publish: verdict.title must be a non-empty string');
  if (typeof v.summary !== 'string' || v.summary.length > MAX_BODY) throw new DataError('publish: verdict.summary must be a string');
  const title = v.title.replace(/\s+/g, ' ').trim();
  return {
    prNumber,
    headSha,
    body: p.body,
    verdict: {
      conclusion: v.conclusion as Conclusion,
      title: title.length > MAX_TITLE ? title.slice(0, MAX_TITLE - 1) + '…' : title,
      summary: v.summary,
    },
  };
}

export interface PublishOptions extends UntrustedPublishPayload {
  repo: RepoRef;
  /** The check run name (status context): from the publishing workflow's inputs, never the artifact. */
  checkName: string;
  /** The workflow whose comment this is (the marker): from the publishing workflow, never the artifact. */
  workflow: string;
  /** workflow_run.head_sha from the event payload: the artifact must be about this commit. */
  runHeadSha?: string;
  detailsUrl?: string;
  fullReportUrl?: string;
}

export type PublishResult =
  | { published: true; prNumber: number; headSha: string; comment: UpsertResult; verdict: VerdictReport }
  | { published: false; prNumber: number; headSha: string; reason: string };

/**
 * Posts an already-rendered comment and verdict for a pull request, after checking the untrusted
 * fields and that the pull request's head is still the artifact's sha. A stale or mismatched sha
 * is refused (`published: false`, with the reason, logged as a warning): a newer push has its own
 * run, and an artifact naming somebody else's pull request must not be posted there.
 */
export async function publish(client: GitHubClient, options: PublishOptions, log: Logger): Promise<PublishResult> {
  const p = validatePublishPayload(options);
  const { repo } = options;
  const refuse = (reason: string): PublishResult => {
    log.warning(`Not publishing to pull request #${p.prNumber}: ${reason}`);
    return { published: false, prNumber: p.prNumber, headSha: p.headSha, reason };
  };
  if (options.runHeadSha !== undefined && options.runHeadSha.toLowerCase() !== p.headSha) {
    return refuse(`the artifact is about ${p.headSha} but the workflow run tested ${options.runHeadSha}`);
  }
  const pr = await call(`read pull request #${p.prNumber}`, 'publish', () =>
    client.rest.pulls.get({ ...repo, pull_number: p.prNumber }),
  );
  if (pr.data.head.sha.toLowerCase() !== p.headSha) {
    return refuse(`its head is ${pr.data.head.sha}, not the artifact's ${p.headSha} (a newer push, or an artifact for another pull request)`);
  }
  const comment = await upsertStickyComment(
    client,
    {
      repo,
      issueNumber: p.prNumber,
      marker: stickyMarker(options.workflow),
      body: defuseMentions(p.body),
      fullReportUrl: options.fullReportUrl,
    },
    log,
  );
  const verdict = await reportVerdict(
    client,
    {
      repo,
      headSha: p.headSha,
      checkName: options.checkName,
      verdict: { ...p.verdict, summary: defuseMentions(p.verdict.summary) },
      detailsUrl: options.detailsUrl ?? comment.url,
      fullReportUrl: options.fullReportUrl,
    },
    log,
  );
  return { published: true, prNumber: p.prNumber, headSha: p.headSha, comment, verdict };
}
