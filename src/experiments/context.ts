/**
 * Where a run happened: git commit and branch, the pull request, the Actions run. Read from the
 * runner's environment (GITHUB_HEAD_REF, GITHUB_REF_NAME, GITHUB_EVENT_PATH, GITHUB_RUN_ID) and,
 * outside Actions, from git itself. Never fails a run: what cannot be read is null.
 */
import { execFile } from 'node:child_process';
import { pullRequestFromEvent, readEventPayload, runUrl } from '../github/event.js';
import type { GitState } from '../train/manifest.js';

export interface RunContext {
  git: { commit: string; branch: string | null; dirty: boolean } | null;
  pullRequest: number | null;
  runUrl: string | null;
}

function git(args: string[], cwd: string): Promise<string | undefined> {
  return new Promise((done) => execFile('git', args, { cwd, encoding: 'utf8', windowsHide: true }, (err, out) => done(err ? undefined : out.trim())));
}

/** The pull request number of the event, when the event is a pull request. */
export function pullRequestNumber(env: NodeJS.ProcessEnv = process.env): number | null {
  if (!env.GITHUB_EVENT_PATH) return null;
  try {
    return pullRequestFromEvent(readEventPayload(env.GITHUB_EVENT_PATH))?.number ?? null;
  } catch {
    return null;
  }
}

/** The branch: the runner's (in a pull request HEAD is detached on the merge commit), else git's; null when detached or unknown. */
export async function currentBranch(root: string, env: NodeJS.ProcessEnv = process.env): Promise<string | null> {
  const b = env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || (await git(['rev-parse', '--abbrev-ref', 'HEAD'], root));
  return b && b !== 'HEAD' ? b : null;
}

/**
 * Commit, branch and dirty state from one `git status --porcelain=v2 --branch` (one process, not
 * three): `# branch.oid` is HEAD, `# branch.head` the branch (`(detached)` when none); any entry line
 * outside modelgate's own folder means a dirty tree, as gitState counts it.
 */
export async function gitSnapshot(root: string): Promise<{ state: GitState; branch: string | null } | null> {
  const out = await git(['status', '--porcelain=v2', '--branch', '--', ':/', ':(exclude,literal).modelgate'], root);
  if (out === undefined) return null;
  let commit: string | undefined;
  let branch: string | null = null;
  let dirty = false;
  for (const line of out.split('\n')) {
    if (line.startsWith('# branch.oid ')) commit = line.slice(13).trim();
    else if (line.startsWith('# branch.head ')) {
      const b = line.slice(14).trim();
      branch = b === '(detached)' ? null : b;
    } else if (line && !line.startsWith('#')) dirty = true;
  }
  if (!commit || !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(commit)) return null;
  return { state: { commit, dirty }, branch };
}

/**
 * The context of a run in `root`. `known` is the git state the step already read (train does), with
 * `branch` asked for while it worked; otherwise one `git status` gives all three. Steps start this
 * when they start, so git runs while the step works.
 */
export async function runContext(root: string, known?: GitState | null, env: NodeJS.ProcessEnv = process.env, branch?: Promise<string | null>): Promise<RunContext> {
  const runner = env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || null;
  let state: GitState | null;
  let name: string | null;
  if (known !== undefined) [state, name] = [known, runner ?? (await (branch ?? currentBranch(root, env)))];
  else {
    const snap = await gitSnapshot(root);
    [state, name] = [snap?.state ?? null, runner ?? snap?.branch ?? null];
  }
  return {
    git: state ? { commit: state.commit, branch: name, dirty: state.dirty } : null,
    pullRequest: pullRequestNumber(env),
    runUrl: env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY ? runUrl(env.GITHUB_SERVER_URL ?? 'https://github.com', env.GITHUB_REPOSITORY, env.GITHUB_RUN_ID) : null,
  };
}
