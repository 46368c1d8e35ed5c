/**
 * File helpers: nothing half-written (temp name + rename), output-path problems reported as input
 * errors, and config that is a path or inline YAML.
 *
 * Temp files are named `.modelgate-tmp-<pid>-<random>-<name>` beside their target, so they can never
 * be taken for an output. The process removes its own on exit, SIGINT and SIGTERM; a process killed
 * outright (SIGKILL, a lost runner) leaves its temp files behind, and the next write into that
 * folder removes those whose process is gone (`sweepStaleTemps`).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync, rmSync, statSync, accessSync, constants } from 'node:fs';
import { dirname, basename, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { parseDocument } from 'yaml';
import { ConfigurationError } from '../errors.js';

/** The prefix of every temp file modelgate writes. */
export const TEMP_PREFIX = '.modelgate-tmp-';
const TEMP_NAME = /^\.modelgate-tmp-(\d+)-[0-9a-f]+-/;

/** A path for a message: as is, or JSON-quoted when it holds a control character (a message is one line). */
export function showPath(path: string): string {
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u001f\u007f\u2028\u2029]/.test(path) ? JSON.stringify(path) : path;
}

/** A name from data (a column) in a one-line message: always JSON-quoted, so '', spaces and newlines show. */
export function showName(name: string): string {
  return JSON.stringify(name);
}

/**
 * Column names listed in a message: a plain name as it is, one holding a control character
 * (a newline), a comma or a quote JSON-quoted, so the message stays one line and the list readable.
 */
export function showColumns(names: readonly string[]): string {
  return names.map((n) => (n === '' || /[\u0000-\u001f\u007f,"']/.test(n) ? JSON.stringify(n) : n)).join(', ');
}

const REASONS: Record<string, string> = {
  ENOTDIR: 'a parent of it is a file, not a directory',
  EEXIST: 'a parent of it is a file, not a directory',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  ENAMETOOLONG: 'the name is too long',
  EFBIG: 'the file is too large for the file system',
  ELOOP: 'too many symbolic links',
  ENOENT: 'a parent folder vanished while writing',
};

/**
 * The user-facing error for a failed write of `path`: a ConfigurationError (exit 2, one line naming
 * the path) for an error of the file system, else `e` unchanged (a bug).
 */
export function outputError(e: unknown, path: string): unknown {
  const err = e as NodeJS.ErrnoException | null;
  if (!err || typeof err.code !== 'string' || err.syscall === undefined) return e;
  const reason =
    err.syscall === 'mkdir' && err.code === 'ENOENT'
      ? `the file system refused to create the folder ${showPath(err.path ?? '')}`
      : REASONS[err.code] ?? `${err.code}${err.message ? `: ${err.message.split('\n')[0]}` : ''}`;
  return new ConfigurationError(`cannot write ${showPath(path)}: ${reason}`);
}

/**
 * Checks, without writing anything, that `path` can become an output file: it is not a directory,
 * no parent of it is a file, and the nearest existing folder is writable. For commands that work
 * long before they write: a wrong path fails at once, not after the work.
 */
export function assertWritable(path: string, input?: string): void {
  const fail = (reason: string): never => {
    throw new ConfigurationError(`${input ? `input '${input}': ` : ''}cannot write ${showPath(path)}: ${reason}`);
  };
  if (path === '') fail('the path is empty');
  let p = resolve(path);
  const st = statOrUndefined(p);
  if (st?.isDirectory()) fail(REASONS.EISDIR);
  for (;;) {
    const parent = dirname(p);
    const s = statOrUndefined(parent);
    if (s) {
      if (!s.isDirectory()) fail(REASONS.ENOTDIR);
      try {
        accessSync(parent, constants.W_OK);
      } catch (e) {
        throw outputWith(outputError(e, path), input);
      }
      return;
    }
    if (parent === p) return;
    p = parent;
  }
}

function outputWith(e: unknown, input?: string): unknown {
  return input && e instanceof ConfigurationError ? new ConfigurationError(`input '${input}': ${e.message}`) : e;
}

function statOrUndefined(p: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(p);
  } catch {
    return undefined; // missing, or a parent is a file (found when the walk reaches it)
  }
}

const liveTemps = new Set<string>();
let cleanupInstalled = false;

function removeLiveTemps(): void {
  for (const t of liveTemps) rmSync(t, { force: true });
  liveTemps.clear();
}

function installCleanup(): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  process.on('exit', removeLiveTemps);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    const onSignal = (): void => {
      removeLiveTemps();
      // Die of the same signal, as if no handler were installed (unless someone else handles it).
      process.removeListener(sig, onSignal);
      if (process.listenerCount(sig) === 0) process.kill(process.pid, sig);
    };
    process.on(sig, onSignal);
  }
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes modelgate temp files in `dir` left by processes that no longer run (killed outright). */
export function sweepStaleTemps(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const m = TEMP_NAME.exec(name);
    if (!m || alive(Number(m[1]))) continue;
    try {
      rmSync(join(dir, name), { force: true, recursive: true });
      removed.push(name);
    } catch {
      // another process's file we may not remove: leave it
    }
  }
  return removed;
}

/**
 * `mkdir -p` that always ends: creates the missing ancestors of `dir` one by one. Node 20's
 * `mkdirSync(dir, { recursive: true })` loops forever where a folder can not be created although its
 * parent exists (under /proc, for one). Errors are the file system's (ENOTDIR when the nearest
 * existing ancestor is a file), for {@link outputError} to turn into one line.
 */
export function makeDirs(dir: string): void {
  const missing: string[] = [];
  let p = resolve(dir);
  for (;;) {
    const st = statOrUndefined(p);
    if (st) {
      if (!st.isDirectory()) {
        throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${p}'`), { code: 'ENOTDIR', syscall: 'mkdir', path: p });
      }
      break;
    }
    missing.push(p);
    const parent = dirname(p);
    if (parent === p) break;
    p = parent;
  }
  for (const d of missing.reverse()) {
    try {
      mkdirSync(d);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || !statOrUndefined(d)?.isDirectory()) throw e;
    }
  }
}

/**
 * A fresh temp path beside `target` (its folder is created), removed on exit or a signal unless
 * released with {@link releaseTemp}. Stale temp files of killed runs in that folder are swept first.
 * A file-system error is the user's (see {@link outputError}).
 */
export function tempPathFor(target: string): string {
  const dir = dirname(target);
  try {
    makeDirs(dir);
  } catch (e) {
    throw outputError(e, target);
  }
  if (statOrUndefined(target)?.isDirectory()) throw new ConfigurationError(`cannot write ${showPath(target)}: ${REASONS.EISDIR}`);
  sweepStaleTemps(dir);
  installCleanup();
  const tmp = join(dir, `${TEMP_PREFIX}${process.pid}-${randomBytes(4).toString('hex')}-${basename(target)}`.slice(0, 255));
  liveTemps.add(tmp);
  return tmp;
}

/** Removes a temp file (if it exists) and forgets it. */
export function releaseTemp(tmp: string): void {
  liveTemps.delete(tmp);
  rmSync(tmp, { force: true });
}

/** Renames a finished temp file onto its target. */
export function commitTemp(tmp: string, target: string): void {
  try {
    renameSync(tmp, target);
    liveTemps.delete(tmp);
  } catch (e) {
    releaseTemp(tmp);
    throw outputError(e, target);
  }
}

/** Writes via a temp file in the same directory and renames it into place (atomic on POSIX). */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  writeFilesAtomic([{ path, data }]);
}

/**
 * Writes several outputs all or nothing as far as the file system allows: every file goes to its
 * temp name first (a full disk or a bad path leaves none of them), then each is renamed into place.
 */
export function writeFilesAtomic(outputs: readonly { path: string; data: string | Uint8Array }[]): void {
  const temps: string[] = [];
  try {
    for (const o of outputs) {
      const tmp = tempPathFor(o.path);
      temps.push(tmp);
      try {
        writeFileSync(tmp, o.data);
      } catch (e) {
        throw outputError(e, o.path);
      }
    }
  } catch (e) {
    for (const t of temps) releaseTemp(t);
    throw e;
  }
  outputs.forEach((o, i) => commitTemp(temps[i], o.path));
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
