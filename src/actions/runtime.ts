/**
 * The GitHub Actions adapter: the only place @actions/core is called. `runAction()` is the single
 * error path (codeql's runWrapper): user errors become one-line `core.setFailed` messages, bugs keep
 * their stack, and a failed check fails the step after the outputs and summary are written.
 */
import * as core from '@actions/core';
import { isUserError } from '../errors.js';
import { Inputs } from '../lib/inputs.js';
import type { Logger } from '../lib/logger.js';
import type { ActionDefinition } from './types.js';

export const actionsLogger: Logger = {
  info: (m) => core.info(m),
  warning: (m, a) => core.warning(m, a),
  error: (m, a) => core.error(m, a),
  debug: (m) => core.debug(m),
  group: (name, fn) => core.group(name, fn),
};

/** The config as JSON for the debug log, with secret inputs (and any `token` field) blanked. */
export function redactedConfig(config: unknown, secrets: readonly string[] = []): string {
  const hidden = new Set(['token', ...secrets, ...secrets.map((s) => s.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()))]);
  return JSON.stringify(config, (k, v) => (hidden.has(k) && v ? '***' : v), 2);
}

export async function runAction<C>(def: ActionDefinition<C>): Promise<void> {
  try {
    // Secret inputs are masked in every log line, whatever prints them.
    for (const name of def.secrets ?? []) {
      const value = core.getInput(name);
      if (value) core.setSecret(value);
    }
    const inputs = new Inputs({ raw: (name) => core.getInput(name) || undefined });
    const config = def.parse(inputs);
    core.debug(`${def.name} config: ${redactedConfig(config, def.secrets)}`);
    const result = await def.run(config, actionsLogger);
    for (const [name, value] of Object.entries(result.outputs)) core.setOutput(name, String(value));
    if (result.summary) await core.summary.addRaw(result.summary, true).write();
    if (!result.passed) core.setFailed(result.failure ?? `${def.name} failed`);
  } catch (e) {
    if (isUserError(e)) core.setFailed(e.message);
    else core.setFailed(e instanceof Error ? (e.stack ?? e.message) : String(e));
  }
}
