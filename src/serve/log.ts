/** Structured logs: one JSON object per line (time, level, msg, fields), as log shippers expect. */
export type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface JsonLogger {
  log(level: Level, msg: string, fields?: Record<string, unknown>): void;
}

export function jsonLogger(level: Level, write: (line: string) => void = (l) => process.stderr.write(l)): JsonLogger {
  return {
    log(l, msg, fields = {}) {
      if (ORDER[l] < ORDER[level]) return;
      write(JSON.stringify({ time: new Date().toISOString(), level: l, msg, ...fields }) + '\n');
    },
  };
}
