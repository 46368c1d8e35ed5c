/**
 * The one error path (ARCHITECTURE.md): user mistakes throw one of these with a one-line message
 * that says what to fix. The action adapter turns them into `core.setFailed`, the CLI into exit 2.
 * Anything else is a bug and keeps its stack trace.
 */

/** A mistake in inputs or configuration: a bad flag, a missing option, an invalid value. */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}

/** Input data that cannot be read at all: missing, empty, not the format it claims to be. */
export class DataError extends Error {
  override name = 'DataError';
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

/** A remote service (GitHub's API, a registry) refused a request: one line saying what and why. */
export class ServiceError extends Error {
  override name = 'ServiceError';
}

/** True for the errors a user must fix; these print one line, never a stack trace. */
export function isUserError(e: unknown): e is ConfigurationError | DataError | ServiceError {
  return e instanceof ConfigurationError || e instanceof DataError || e instanceof ServiceError;
}
