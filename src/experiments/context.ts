/**
 * Where a run happened: git commit and branch, the pull request, the Actions run. Read from the
 * runner's environment (GITHUB_HEAD_REF, GITHUB_REF_NAME, GITHUB_EVENT_PATH, GITHUB_RUN_ID) and,
 * outside Actions, from git itself. Never fails a run: what cannot be read is null.
 */
import { execFile } from 'node:child_process';
import { pullRequestFromEvent, readEventPayload, runUrl } from '../github/event.js';
import { gitState, type GitState } from '../train/manifest.js';

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
 * The context of a run in `root`. `known` is the git state the step already read (train does);
 * `branch` one already asked for. Steps start this (or the branch) when they start, so the git
 * processes run while the step works; the git calls run side by side.
 */
export async function runContext(root: string, known?: GitState | null, env: NodeJS.ProcessEnv = process.env, branch: Promise<string | null> = currentBranch(root, env)): Promise<RunContext> {
  const [state, name] = await Promise.all([known !== undefined ? known : gitState(root, ['.modelgate']), branch]);
  return {
    git: state ? { commit: state.commit, branch: name, dirty: state.dirty } : null,
    pullRequest: pullRequestNumber(env),
    runUrl: env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY ? runUrl(env.GITHUB_SERVER_URL ?? 'https://github.com', env.GITHUB_REPOSITORY, env.GITHUB_RUN_ID) : null,
  };
}
