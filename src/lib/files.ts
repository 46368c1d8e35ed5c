/** File helpers: nothing half-written (temp name + rename), and config that is a path or inline YAML. */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync, rmSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { parseDocument } from 'yaml';
import { ConfigurationError } from '../errors.js';

/** Writes via a temp file in the same directory and renames it into place (atomic on POSIX). */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

export function writeJsonAtomic(path: string, value: unknown): void {
  writeFileAtomic(path, JSON.stringify(value, null, 2) + '\n');
}

/** Parses JSON or YAML text; a syntax error names the file, line and column. */
export function parseYamlOrJson(text: string, source: string): unknown {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length) {
    const err = doc.errors[0];
    const pos = err.linePos?.[0];
    const where = pos ? `${source}:${pos.line}:${pos.col}` : source;
    throw new ConfigurationError(`${where}: ${err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`);
  }
  return doc.toJS();
}

/** True when a config input's value is inline YAML rather than the path of a file. */
export function looksInline(value: string): boolean {
  return value.includes('\n') || (value.includes(':') && !existsSync(value));
}

/** Reads a config file, or treats the value as inline YAML when it is not an existing file. */
export function readConfigInput(value: string, input: string): { value: unknown; source: string } {
  if (!looksInline(value)) {
    if (!existsSync(value)) throw new ConfigurationError(`input '${input}': file not found: ${value}`);
    return { value: parseYamlOrJson(readFileSync(value, 'utf8'), value), source: value };
  }
  return { value: parseYamlOrJson(value, `input '${input}'`), source: `input '${input}'` };
}
