import type { Inputs } from '../lib/inputs.js';
import type { Logger } from '../lib/logger.js';

export type OutputValue = string | number | boolean;

/** What an action's run returns; the adapter (Actions or CLI) decides how to present it. */
export interface ActionResult {
  /** False when the check failed (violations, a failed gate): exit 1 in the CLI, setFailed in Actions. */
  passed: boolean;
  /** One line saying why the step failed, used only when passed is false. */
  failure?: string;
  outputs: Record<string, OutputValue>;
  /** Markdown for the job summary. */
  summary?: string;
  /**
   * Work that talks to a remote service (the PR comment, the check run), run by the adapter only
   * after the outputs and the summary above are written: a service that fails or hangs can then
   * never hide the verdict. It returns outputs to add, and a failure that fails the step.
   */
  publish?: (log: Logger) => Promise<PublishResult>;
}

export interface PublishResult {
  outputs?: Record<string, OutputValue>;
  /** One line: why publishing failed and the step must fail (`fail-on-publish-error`). */
  failure?: string;
}

/**
 * One action: `parse` turns raw inputs into a frozen typed config (strict, throws
 * ConfigurationError naming the input); `run` does the work with that config and a Logger, and
 * never touches @actions/core. The same definition backs the action bundle and the CLI command.
 */
export interface ActionDefinition<C> {
  name: string;
  parse(inputs: Inputs): C;
  run(config: C, log: Logger): Promise<ActionResult>;
  /** Inputs whose values must never be logged. */
  secrets?: readonly string[];
}

export function defineAction<C>(def: ActionDefinition<C>): ActionDefinition<C> {
  return def;
}
