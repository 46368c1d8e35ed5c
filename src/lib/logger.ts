/** The small logging surface domain code sees (codeql-action's Logger): never @actions/core itself. */
import { progress, type Progress } from './progress.js';

export interface Annotation {
  file?: string;
  startLine?: number;
  title?: string;
}

export interface Logger {
  info(message: string): void;
  warning(message: string, annotation?: Annotation): void;
  error(message: string, annotation?: Annotation): void;
  debug(message: string): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  /**
   * A progress line for a long pass (src/lib/progress.ts), or undefined where none is wanted
   * (--quiet, --json, a log that is neither a terminal nor CI, tests).
   */
  progress?(label: string): Progress | undefined;
}

/**
 * The progress line of the CLI, on stderr: rewritten in place on a terminal, a plain line every
 * few seconds under CI (CI=true), nothing otherwise or when `off` (--quiet, --json).
 */
export function stderrProgress(label: string, opts: { off?: boolean; isTTY?: boolean; ci?: boolean; write?: (s: string) => void; now?: () => number } = {}): Progress | undefined {
  if (opts.off) return undefined;
  const write = opts.write ?? ((s: string) => void process.stderr.write(s));
  if (opts.isTTY ?? process.stderr.isTTY) return progress({ label, tty: true, write, now: opts.now });
  if (opts.ci ?? !!process.env.CI) return progress({ label, tty: false, write, now: opts.now });
  return undefined;
}

/**
 * Text that may hold untrusted data (a column name, a cell, a file name from a pull request) made
 * safe to print where a GitHub Actions runner reads the log: the runner takes a line that starts
 * with `::` (after whitespace) as a workflow command (`::error ...`, `::add-mask::`,
 * `::stop-commands::`) and `##[` anywhere in a line as the older form. A column named
 * `"x\n::error title=...::forged"` would otherwise print an annotation of its own. `: :` and `## [`
 * read the same to a person. modelgate's own messages never start a line with `::`.
 */
export function neutralizeCommands(text: string): string {
  return text.replace(/(^|[\r\n])([^\S\r\n]*)::/g, '$1$2: :').replaceAll('##[', '## [');
}

/** A logger for the CLI and tests: plain lines on stderr, so stdout stays clean for --json. */
export function consoleLogger(opts: { verbose?: boolean; quiet?: boolean; json?: boolean } = {}): Logger {
  const write = (s: string) => {
    if (!opts.quiet) process.stderr.write(neutralizeCommands(s) + '\n');
  };
  const where = (a?: Annotation) => (a?.file ? `${a.file}${a.startLine ? `:${a.startLine}` : ''}: ` : '');
  return {
    info: write,
    warning: (m, a) => write(`warning: ${where(a)}${m}`),
    error: (m, a) => write(`error: ${where(a)}${m}`),
    debug: (m) => {
      if (opts.verbose) write(`debug: ${m}`);
    },
    group: async (name, fn) => {
      write(`== ${name}`);
      return fn();
    },
    progress: (label) => stderrProgress(label, { off: opts.quiet || opts.json }),
  };
}

/** A logger that records everything, for tests. */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => lines.push(m),
    warning: (m) => lines.push(`warning: ${m}`),
    error: (m) => lines.push(`error: ${m}`),
    debug: () => {},
    group: async (_n, fn) => fn(),
  };
}
