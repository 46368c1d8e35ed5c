// The hosted runner's way of running a bundle, for the e2e tests: the INPUT_/GITHUB_/RUNNER_
// environment built from action.yml (defaults filled in, `${{ github.token }}` evaluated as the
// runner does), `node <main>` as a process, and $GITHUB_OUTPUT read back.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { NODE, networkEnv } from '../helpers.js';

export const TOKEN = 'ghs_default';

/**
 * The step's environment as the runner builds it: every input with a default gets INPUT_<NAME>
 * (expressions evaluated; the only one we declare is `${{ github.token }}`), then the `with:` values.
 */
export function runnerEnv(actionYml: string, withValues: Record<string, string>, ctx: { workspace: string; apiUrl: string; event: string; owner: string; repo: string }) {
  const doc = parse(readFileSync(actionYml, 'utf8')) as { inputs?: Record<string, { default?: string }> };
  const evaluate = (v: string) => v.replace(/\$\{\{\s*github\.token\s*\}\}/g, TOKEN);
  const env: Record<string, string> = {
    PATH: process.env.PATH!,
    HOME: process.env.HOME!,
    ...networkEnv(),
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION: '__self',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: ctx.event,
    GITHUB_REPOSITORY: `${ctx.owner}/${ctx.repo}`,
    GITHUB_WORKSPACE: ctx.workspace,
    GITHUB_WORKFLOW: 'model gate',
    GITHUB_RUN_ID: '42',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: ctx.apiUrl,
    RUNNER_TEMP: join(ctx.workspace, '..', 'runner-temp'),
    RUNNER_TOOL_CACHE: join(ctx.workspace, '..', 'toolcache'),
    GITHUB_OUTPUT: join(ctx.workspace, '..', 'output.txt'),
    GITHUB_STEP_SUMMARY: join(ctx.workspace, '..', 'summary.md'),
  };
  for (const [name, input] of Object.entries(doc.inputs ?? {})) if (input.default !== undefined) env[`INPUT_${name.toUpperCase()}`] = evaluate(String(input.default));
  for (const [name, v] of Object.entries(withValues)) env[`INPUT_${name.toUpperCase()}`] = v;
  return env;
}

export interface Step {
  code: number | null;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
  seconds: number;
}

/** Runs a bundle as `node <main>` with the runner's environment; reads $GITHUB_OUTPUT back. */
export async function step(main: string, env: Record<string, string>, cwd: string, opts: { withoutSummary?: boolean } = {}): Promise<Step> {
  mkdirSync(env.RUNNER_TEMP, { recursive: true });
  writeFileSync(env.GITHUB_OUTPUT, '');
  writeFileSync(env.GITHUB_STEP_SUMMARY, '');
  const summaryFile = env.GITHUB_STEP_SUMMARY;
  if (opts.withoutSummary) {
    env = { ...env };
    delete env.GITHUB_STEP_SUMMARY;
  }
  const t0 = performance.now();
  // Bounded: a step that hangs is killed before the test's own timeout, not left running after it.
  const child = spawn(NODE, [main], { cwd, env, timeout: 240_000 });
  let stdout = '';
  child.stdout.on('data', (d) => (stdout += String(d)));
  child.stderr.on('data', (d) => (stdout += String(d)));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const outputs: Record<string, string> = {};
  for (const m of readFileSync(env.GITHUB_OUTPUT, 'utf8').matchAll(/^([^<\n]+)<<(ghadelimiter_[^\n]+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]] = m[3];
  return { code, stdout, outputs, summary: readFileSync(summaryFile, 'utf8'), seconds: (performance.now() - t0) / 1000 };
}

