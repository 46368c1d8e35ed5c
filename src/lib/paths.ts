/**
 * The path policy, for every action and every way of running it (one check, applied by `Inputs`):
 *
 * - Paths that come from the repository (action inputs in a workflow, the keys of modelgate.yml)
 *   must resolve inside the workspace, or inside the runner's temporary directory (RUNNER_TEMP).
 *   A pull request can edit both, and `data: ../../../etc/passwd` would otherwise copy a runner
 *   file into a report, or `report: ../../x.json` write over one.
 * - The workspace is GITHUB_WORKSPACE in Actions; for `modelgate run <dir>` it is the current
 *   directory when the file is inside it, else the file's own directory.
 * - Flags typed on the command line (`modelgate validate-data --data ~/x.csv`) are the user's own
 *   and are not confined.
 *
 * The check is lexical (`..` segments are resolved, symbolic links are not followed).
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { ConfigurationError } from '../errors.js';

export interface PathPolicy {
  /** Directories a path may resolve into (the first is the workspace, named in errors). */
  roots: string[];
  /** What the roots are, for the error message: "the workspace", "the directory of modelgate.yml". */
  what: string;
}

/** True when `path` (resolved against `base`) is `dir` or below it. */
export function isInside(path: string, dir: string, base = process.cwd()): boolean {
  const rel = relative(resolve(dir), resolve(base, path));
  return !(rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel));
}

/** The path unchanged when the policy allows it; a ConfigurationError naming the input (`label`) otherwise. */
export function confine(label: string, value: string, policy: PathPolicy | undefined): string {
  if (!policy) return value;
  if (policy.roots.some((r) => isInside(value, r))) return value;
  throw new ConfigurationError(`${label}: '${value}' is outside ${policy.what} (${policy.roots[0]}); paths from a workflow or modelgate.yml must stay inside it (see "Paths" in the README)`);
}

/** The policy of an action step: GITHUB_WORKSPACE and RUNNER_TEMP, when the runner set them. */
export function actionsPathPolicy(env: NodeJS.ProcessEnv = process.env): PathPolicy | undefined {
  if (!env.GITHUB_WORKSPACE) return undefined;
  return { roots: [env.GITHUB_WORKSPACE, ...(env.RUNNER_TEMP ? [env.RUNNER_TEMP] : [])], what: 'the workspace' };
}

/** The policy of a modelgate.yml run: its workspace (see above), plus RUNNER_TEMP in Actions. */
export function pipelinePathPolicy(file: string, env: NodeJS.ProcessEnv = process.env): PathPolicy {
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const dir = resolve(file, '..');
  const root = isInside(dir, workspace) ? resolve(workspace) : dir;
  return { roots: [root, ...(env.GITHUB_WORKSPACE && env.RUNNER_TEMP ? [env.RUNNER_TEMP] : [])], what: root === dir ? 'the directory of the modelgate.yml' : 'the workspace' };
}
