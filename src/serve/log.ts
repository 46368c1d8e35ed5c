/** Structured logs: one JSON object per line (time, level, msg, fields), as log shippers expect. */
export type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface JsonLogger {
  log(level: Level, msg: string, fields?: Record<string, unknown>): void;
  /** Whether `log` at this level writes anything (absent: it does), so that callers skip building fields. */
  enabled?(level: Level): boolean;
}

export function jsonLogger(level: Level, write: (line: string) => void = (l) => process.stderr.write(l)): JsonLogger {
  return {
    enabled: (l) => ORDER[l] >= ORDER[level],
    log(l, msg, fields = {}) {
      if (ORDER[l] < ORDER[level]) return;
      write(JSON.stringify({ time: new Date().toISOString(), level: l, msg, ...fields }) + '\n');
    },
  };
}
