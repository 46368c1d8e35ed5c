/** The small logging surface domain code sees (codeql-action's Logger): never @actions/core itself. */
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
}

/** A logger for the CLI and tests: plain lines on stderr, so stdout stays clean for --json. */
export function consoleLogger(opts: { verbose?: boolean; quiet?: boolean } = {}): Logger {
  const write = (s: string) => {
    if (!opts.quiet) process.stderr.write(s + '\n');
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
