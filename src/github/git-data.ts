/**
 * One commit on a branch of its own, through the Git Data API, without a clone: blobs for the
 * files, a tree on top of the base branch's tree, a commit whose parent is the base branch's head,
 * then the branch ref created or moved to it. Nothing is ever written to the base branch.
 *
 * Every run rebuilds the branch from the base's current head (the ref is force-moved), so the pull
 * request always holds exactly one commit on top of the default branch, whatever the default branch
 * did meanwhile. A branch whose head commit modelgate did not make (no `trailer` line in its
 * message: somebody pushed to it) is never overwritten: the call fails and says so. When the new
 * commit would have the same tree and parent as the branch's head, nothing is written.
 *
 * API calls (`contents: write`): GET /repos/{o}/{r} (default branch, when no base is given),
 * GET .../git/ref/heads/{base}, GET .../git/commits/{sha}, POST .../git/blobs per file,
 * POST .../git/trees, POST .../git/commits, GET .../git/ref/heads/{branch}, then POST .../git/refs
 * or PATCH .../git/refs/heads/{branch}.
 */
import { ConfigurationError } from '../errors.js';
import type { Logger } from '../lib/logger.js';
import type { GitHubClient, RepoRef } from './client.js';
import { call } from './errors.js';

export interface FileToCommit {
  /** Repository path, `/`-separated, relative (checked by `checkRepoPath`). */
  path: string;
  content: Uint8Array;
}

export interface CommitToBranchOptions {
  repo: RepoRef;
  /** The branch to create or move, e.g. `modelgate/retrain`. */
  branch: string;
  /** The branch it is built on; default: the repository's default branch. */
  base?: string;
  files: readonly FileToCommit[];
  message: string;
  /** A line that marks the commit as modelgate's: `Modelgate-Retrain: <marker>`. */
  trailer: string;
}

export interface CommitToBranchResult {
  base: string;
  baseSha: string;
  /** The branch's head after the call. */
  sha: string;
  action: 'created' | 'updated' | 'unchanged';
}

/** GitHub's limit on a blob through the API is 100 MB; a data file that large belongs in LFS or a bucket. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/**
 * A repository path from a workflow input: relative, `/`-separated, no `.` or `..` segment, not
 * under `.git/` or `.github/` (workflow files need a permission modelgate never asks for).
 */
export function checkRepoPath(path: string, input = 'files'): string {
  const p = path.trim();
  // eslint-disable-next-line no-control-regex
  if (!p || p.startsWith('/') || p.includes('\\') || /[\u0000-\u001f\u007f]/.test(p) || p.split('/').some((s) => s === '' || s === '.' || s === '..')) {
    throw new ConfigurationError(`${input}: '${p}' is not a relative repository path (a/b/c.csv, no '.', '..', '\\\\' or leading '/')`);
  }
  if (/^\.git(hub)?\//i.test(p)) throw new ConfigurationError(`${input}: '${p}' is under ${p.split('/')[0]}/, which a retrain never changes`);
  return p;
}

/** A branch name git and GitHub accept (git check-ref-format, the common rules). */
export function checkBranch(name: string, input = 'branch'): string {
  const ok = /^[A-Za-z0-9._/-]+$/.test(name) && !name.startsWith('/') && !name.endsWith('/') && !name.endsWith('.lock') && !name.includes('..') && !name.includes('//') && !name.startsWith('-') && !name.split('/').some((s) => s.startsWith('.'));
  if (!ok) throw new ConfigurationError(`${input}: '${name}' is not a valid branch name`);
  return name;
}

async function headOf(client: GitHubClient, repo: RepoRef, branch: string): Promise<string | undefined> {
  try {
    const r = await client.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
    return r.data.object.sha;
  } catch (e) {
    if ((e as { status?: number }).status === 404) return undefined;
    throw e;
  }
}

export async function commitToBranch(client: GitHubClient, o: CommitToBranchOptions, log: Logger): Promise<CommitToBranchResult> {
  const { repo, branch } = o;
  const base =
    o.base ?? (await call('read the repository (its default branch)', 'retrain', () => client.rest.repos.get({ ...repo }))).data.default_branch;
  if (base === branch) throw new ConfigurationError(`branch: '${branch}' is the base branch; a retrain never commits to it`);
  for (const f of o.files) {
    checkRepoPath(f.path);
    if (f.content.byteLength > MAX_FILE_BYTES) {
      throw new ConfigurationError(`files: ${f.path} is ${f.content.byteLength} bytes, more than ${MAX_FILE_BYTES}; keep large data out of git (a pointer file, LFS or a bucket)`);
    }
  }
  const baseSha = await call(`read branch ${base}`, 'retrain', async () => {
    const sha = await headOf(client, repo, base);
    if (!sha) throw new ConfigurationError(`base: branch '${base}' does not exist`);
    return sha;
  });
  const baseCommit = await call(`read commit ${baseSha}`, 'retrain', () => client.rest.git.getCommit({ ...repo, commit_sha: baseSha }));
  const tree: { path: string; mode: '100644'; type: 'blob'; sha: string }[] = [];
  for (const f of o.files) {
    const blob = await call(`upload ${f.path}`, 'retrain', () =>
      client.rest.git.createBlob({ ...repo, content: Buffer.from(f.content).toString('base64'), encoding: 'base64' }),
    );
    tree.push({ path: f.path, mode: '100644' as const, type: 'blob' as const, sha: blob.data.sha });
  }
  const newTree = await call('create the tree', 'retrain', () => client.rest.git.createTree({ ...repo, base_tree: baseCommit.data.tree.sha, tree }));

  const existing = await call(`read branch ${branch}`, 'retrain', () => headOf(client, repo, branch));
  if (existing) {
    const head = await call(`read commit ${existing}`, 'retrain', () => client.rest.git.getCommit({ ...repo, commit_sha: existing }));
    if (!head.data.message.split('\n').includes(o.trailer)) {
      throw new ConfigurationError(
        `branch '${branch}' has a commit modelgate did not make (${existing.slice(0, 12)}); it is not overwritten: merge or close its pull request and delete the branch, or set another branch`,
      );
    }
    if (head.data.tree.sha === newTree.data.sha && head.data.parents.length === 1 && head.data.parents[0].sha === baseSha) {
      log.info(`Branch ${branch} already holds these files on ${base}'s head: nothing pushed`);
      return { base, baseSha, sha: existing, action: 'unchanged' };
    }
  }
  const commit = await call('create the commit', 'retrain', () =>
    client.rest.git.createCommit({ ...repo, message: `${o.message}\n\n${o.trailer}\n`, tree: newTree.data.sha, parents: [baseSha] }),
  );
  const sha = commit.data.sha;
  if (existing) {
    await call(`move branch ${branch}`, 'retrain', () => client.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha, force: true }));
    log.info(`Branch ${branch} moved to ${sha.slice(0, 12)} (one commit on ${base})`);
    return { base, baseSha, sha, action: 'updated' };
  }
  await call(`create branch ${branch}`, 'retrain', () => client.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha }));
  log.info(`Branch ${branch} created at ${sha.slice(0, 12)} (one commit on ${base})`);
  return { base, baseSha, sha, action: 'created' };
}
