/**
 * Accepting a failed gate: a maintainer comments on the pull request
 *
 *     /modelgate accept <metric> <reason>
 *
 * on a line of its own (not quoted, not in a code block). The command is a comment rather than a
 * label because a comment carries the metric, the reason and a permanent link, and its author is
 * in the comment itself; a label says none of that, and who added it is only in the timeline.
 *
 * Every page of the pull request's comments is read. Each command's author is checked through
 * GET /repos/{owner}/{repo}/collaborators/{username}/permission: `admin`, `maintain` or `write`
 * accepts; `triage`, `read`, `none` or not a collaborator is rejected, with the reason. Comments by
 * bots and modelgate's own comments (they carry its marker) are never commands. An accepted
 * override applies to the metric for the whole pull request, later pushes included.
 */
import type { Logger } from '../lib/logger.js';
import type { GitHubClient, RepoRef } from './client.js';
import { call, isRequestError } from './errors.js';

export interface OverrideCommand {
  metric?: string;
  reason?: string;
  /** Why the command cannot be used (no metric, no reason, a malformed metric). */
  problem?: string;
  /** The command line as written. */
  text: string;
}

export interface AcceptedOverride {
  metric: string;
  /** Login of the comment's author. */
  by: string;
  /** Their role: admin, maintain, write or a custom role's name. */
  role: string;
  reason: string;
  commentUrl: string;
  commentId: number;
  createdAt: string;
}

export interface RejectedOverride {
  metric?: string;
  by: string;
  reason?: string;
  commentUrl: string;
  commentId: number;
  /** One line: "alice has read access; accepting a gate needs write, maintain or admin". */
  why: string;
}

export interface OverrideResult {
  accepted: AcceptedOverride[];
  rejected: RejectedOverride[];
}

export interface CollectOverridesOptions {
  repo: RepoRef;
  prNumber: number;
  /** Metrics that have gates: a command naming another metric is rejected. Default: any metric. */
  metrics?: readonly string[];
  perPage?: number;
}

/** Roles whose commands are accepted (the permission endpoint reports maintain as write). */
export const OVERRIDE_ROLES: readonly string[] = ['admin', 'maintain', 'write'];

const COMMAND = /^ {0,3}\/modelgate[ \t]+accept\b(.*)$/i;
const METRIC = /^[A-Za-z0-9_.:@=/[\]-]{1,100}$/;
const MAX_REASON = 500;

/** The `/modelgate accept` commands in a comment body, outside code blocks and quotes. */
export function parseOverrideCommands(body: string): OverrideCommand[] {
  const out: OverrideCommand[] = [];
  let fence: string | null = null;
  for (const raw of body.split('\n')) {
    const line = raw.replace(/\r$/, '');
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence !== null) {
      if (f && f[1][0] === fence[0] && f[1].length >= fence.length) fence = null;
      continue;
    }
    if (f) {
      fence = f[1];
      continue;
    }
    const m = COMMAND.exec(line);
    if (!m) continue;
    const rest = m[1].trim();
    const sp = rest.search(/\s/);
    const metric = sp < 0 ? rest : rest.slice(0, sp);
    const reason = sp < 0 ? '' : rest.slice(sp).trim();
    const text = line.trim();
    if (!metric) out.push({ text, problem: 'no metric: write /modelgate accept <metric> <reason>' });
    else if (!METRIC.test(metric)) out.push({ text, problem: `'${metric.slice(0, 100)}' is not a metric name` });
    else if (!reason) out.push({ text, metric, problem: 'no reason: write /modelgate accept <metric> <reason>' });
    else out.push({ text, metric, reason: reason.length > MAX_REASON ? reason.slice(0, MAX_REASON - 1) + '…' : reason });
  }
  return out;
}

interface Access {
  allowed: boolean;
  role: string;
  why?: string;
}

async function accessOf(client: GitHubClient, repo: RepoRef, login: string): Promise<Access> {
  try {
    const res = await client.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: login });
    const permission = res.data.permission;
    const role = res.data.role_name || permission;
    if (OVERRIDE_ROLES.includes(permission)) return { allowed: true, role };
    return { allowed: false, role, why: `${login} has ${role} access; accepting a gate needs write, maintain or admin` };
  } catch (e) {
    if (isRequestError(e) && e.status === 404) {
      return { allowed: false, role: 'none', why: `${login} is not a collaborator of ${repo.owner}/${repo.repo}` };
    }
    throw e;
  }
}

/** Lists the pull request's comments (all pages) and sorts its override commands into accepted and rejected. */
export async function collectOverrides(client: GitHubClient, options: CollectOverridesOptions, log: Logger): Promise<OverrideResult> {
  const { repo, prNumber } = options;
  const accepted: AcceptedOverride[] = [];
  const rejected: RejectedOverride[] = [];
  const access = new Map<string, Access>();
  const comments = await call('list the pull request comments', 'override', () =>
    client.paginate(client.rest.issues.listComments, { ...repo, issue_number: prNumber, per_page: options.perPage ?? 100 }),
  );
  for (const c of comments) {
    if (!c.body || c.body.includes('<!-- modelgate:')) continue;
    const commands = parseOverrideCommands(c.body);
    if (commands.length === 0) continue;
    const by = c.user?.login ?? '(deleted user)';
    const base = { by, commentUrl: c.html_url, commentId: c.id };
    for (const cmd of commands) {
      const reject = (why: string) => rejected.push({ ...base, metric: cmd.metric, reason: cmd.reason, why });
      if (cmd.problem) {
        reject(cmd.problem);
        continue;
      }
      if (!c.user) {
        reject('the comment has no author');
        continue;
      }
      if (c.user.type === 'Bot' || by.endsWith('[bot]')) {
        reject(`${by} is a bot; only people with write access can accept a gate`);
        continue;
      }
      if (options.metrics && !options.metrics.includes(cmd.metric!)) {
        reject(`no gate on '${cmd.metric}' (gated metrics: ${options.metrics.join(', ') || 'none'})`);
        continue;
      }
      let a = access.get(by);
      if (!a) {
        a = await call(`check the permission of ${by}`, 'override', () => accessOf(client, repo, by));
        access.set(by, a);
      }
      if (!a.allowed) {
        reject(a.why!);
        continue;
      }
      accepted.push({ ...base, metric: cmd.metric!, reason: cmd.reason!, role: a.role, createdAt: c.created_at });
    }
  }
  for (const o of accepted) log.info(`Override accepted: ${o.metric} by ${o.by} (${o.role}): ${o.reason} ${o.commentUrl}`);
  for (const o of rejected) log.warning(`Override rejected (${o.commentUrl}): ${o.why}`);
  return { accepted, rejected };
}
