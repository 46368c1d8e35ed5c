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

/**
 * The context of a run in `root`. `known` is the git state the step already read (train does),
 * so git runs at most twice more.
 */
export async function runContext(root: string, known?: GitState | null, env: NodeJS.ProcessEnv = process.env): Promise<RunContext> {
  const state = known !== undefined ? known : await gitState(root, ['.modelgate']);
  // In a pull request's checkout HEAD is detached on the merge commit; the runner names the branch.
  const branch = env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || (state ? await git(['rev-parse', '--abbrev-ref', 'HEAD'], root) : undefined);
  return {
    git: state ? { commit: state.commit, branch: branch && branch !== 'HEAD' ? branch : null, dirty: state.dirty } : null,
    pullRequest: pullRequestNumber(env),
    runUrl: env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY ? runUrl(env.GITHUB_SERVER_URL ?? 'https://github.com', env.GITHUB_REPOSITORY, env.GITHUB_RUN_ID) : null,
  };
}
