/**
 * The GitHub Actions adapter: the only place @actions/core is called. `runAction()` is the single
 * error path (codeql's runWrapper): user errors become one-line `core.setFailed` messages, bugs keep
 * their stack, and a failed check fails the step after the outputs and summary are written.
 *
 * Order of a step: parse the inputs -> run -> set the outputs -> write the summary -> publish (PR
 * comment, check run). Publishing comes last so that a GitHub outage or a hanging API can never
 * hide the verdict from later steps; the summary write is guarded and capped (src/actions/summary.ts)
 * and never changes the verdict.
 */
import * as core from '@actions/core';
import { isUserError } from '../errors.js';
import { Inputs } from '../lib/inputs.js';
import { neutralizeCommands, type Logger } from '../lib/logger.js';
import { actionsPathPolicy } from '../lib/paths.js';
import { progress } from '../lib/progress.js';
import { capSummary } from './summary.js';
import type { ActionDefinition, ActionResult, OutputValue } from './types.js';

/**
 * A logger over @actions/core whose groups are one level deep, as the runner folds them: a group
 * opened inside another becomes a plain line in the outer one.
 */
export function actionsLogger(): Logger {
  let depth = 0;
  return {
    // core.info writes the text as it is (warning, error, debug and groups escape theirs): a line
    // of untrusted data must not become a workflow command.
    info: (m) => core.info(neutralizeCommands(m)),
    // The runner's log is not a terminal: a plain line every few seconds.
    progress: (label) => progress({ label, tty: false, write: (t) => core.info(neutralizeCommands(t.trimEnd())) }),
    warning: (m, a) => core.warning(m, a),
    error: (m, a) => core.error(m, a),
    debug: (m) => core.debug(m),
    group: async (name, fn) => {
      if (depth > 0) {
        core.info(neutralizeCommands(`-- ${name}`));
        return fn();
      }
      depth++;
      try {
        return await core.group(name, fn);
      } finally {
        depth--;
      }
    },
  };
}

/** The config as JSON for the debug log, with secret inputs (and any `token` field) blanked. */
export function redactedConfig(config: unknown, secrets: readonly string[] = []): string {
  const hidden = new Set(['token', ...secrets, ...secrets.map((s) => s.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()))]);
  return JSON.stringify(config, (k, v) => (hidden.has(k) && v ? '***' : v), 2);
}

/** Appends the step's summary; never throws (a summary is a courtesy, not the verdict). */
export async function writeSummary(markdown: string, report?: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.debug('GITHUB_STEP_SUMMARY is not set: no job summary written');
    return;
  }
  try {
    const { text, cut } = capSummary(markdown, report);
    if (cut) core.warning(`the job summary was cut to fit GitHub's 1 MiB limit${report ? `; the full report is ${report}` : ''}`);
    await core.summary.addRaw(text, true).write();
  } catch (e) {
    core.warning(`job summary not written: ${e instanceof Error ? e.message : String(e)}`);
  } finally {
    core.summary.emptyBuffer();
  }
}

function setOutputs(outputs: Record<string, OutputValue>): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, String(value));
}

/** Presents a result: outputs, summary, then the publish phase; returns why the step fails, if it does. */
export async function presentResult(name: string, result: ActionResult, log: Logger): Promise<string[]> {
  const failures: string[] = [];
  setOutputs(result.outputs);
  if (result.summary) await writeSummary(result.summary, typeof result.outputs.report === 'string' ? result.outputs.report : undefined);
  if (!result.passed) failures.push(result.failure ?? `${name} failed`);
  if (result.publish) {
    const published = await result.publish(log);
    if (published.outputs) setOutputs(published.outputs);
    if (published.failure) failures.push(published.failure);
  }
  return failures;
}

/**
 * The raw value of an action input. The runner sets INPUT_<NAME> for every input with a default,
 * expressions evaluated. A tool that runs the action without the runner (@github/local-action)
 * leaves the variable unset and returns action.yml's default as written, `${{ github.token }}`
 * included: such an unevaluated default counts as not given (the token then comes from
 * GITHUB_TOKEN), while an expression in a variable that is set stays an error (Inputs).
 */
export function actionInput(name: string, env: NodeJS.ProcessEnv = process.env, getInput: (name: string, opts: { trimWhitespace: boolean }) => string = core.getInput): string | undefined {
  // Untrimmed, so that a list input's trailing line break (`features: |` with one item) survives.
  const value = getInput(name, { trimWhitespace: false }) || undefined;
  if (value !== undefined && env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] === undefined && /\$\{\{/.test(value)) return undefined;
  return value;
}

export async function runAction<C>(def: ActionDefinition<C>): Promise<void> {
  try {
    // Secret inputs are masked in every log line, whatever prints them.
    for (const name of def.secrets ?? []) {
      const value = core.getInput(name);
      if (value) core.setSecret(value);
    }
    const inputs = new Inputs({ raw: (name) => actionInput(name), paths: actionsPathPolicy() });
    const config = def.parse(inputs);
    core.debug(`${def.name} config: ${redactedConfig(config, def.secrets)}`);
    const log = actionsLogger();
    const result = await def.run(config, log);
    const failures = await presentResult(def.name, result, log);
    if (failures.length) core.setFailed(failures.join('; '));
  } catch (e) {
    if (isUserError(e)) core.setFailed(e.message);
    else core.setFailed(e instanceof Error ? (e.stack ?? e.message) : String(e));
  }
}
