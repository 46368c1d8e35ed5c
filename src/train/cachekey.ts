/**
 * The train cache key: whether training must run is decided by a digest over everything that
 * determines its result, as DVC's run-cache does for a stage:
 *
 *   sha256 of the canonical JSON of
 *     { key format 1, modelgate version, command, declared outputs (sorted),
 *       params (parsed values, keys sorted), inputs: [path, sha256, bytes] sorted by path }
 *
 * Paths are relative to the workspace with forward slashes, so the key is the same on every
 * machine and OS for the same files. The key is `<prefix>-<64 hex digits>`. Parts that are not in
 * the key (the runner OS, the Python or CUDA version the command uses) can go into the prefix,
 * e.g. `cache-key-prefix: train-${{ runner.os }}`.
 *
 * Hashing streams each file through SHA-256 with two alternating 1 MiB buffers, the next read in
 * flight while the current chunk is hashed, so it runs at about the speed of the hash. A stat cache
 * (a small JSON file: absolute path -> size, mtime, ctime, inode and digest; by default
 * `.modelgate/stat-cache.json` in the workspace) lets unchanged files skip the read: a digest is
 * reused only when all four stats match and the file's mtime is more than two seconds older than
 * the moment it was hashed (git's "racily clean" rule: a write in the same timestamp tick as the
 * hash cannot hide behind an unchanged mtime).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, type BigIntStats } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ConfigurationError, DataError } from '../errors.js';
import { expandDataGlob } from '../data/readers.js';
import { writeJsonAtomic } from '../lib/files.js';
import { canonicalJson, type Params } from './params.js';

/** modelgate's version, part of every key; kept equal to package.json's by a test. */
export const MODELGATE_VERSION = '0.1.0';
export const DEFAULT_KEY_PREFIX = 'modelgate-train';
/** Format of the key's descriptor: bump when what goes into the key changes. */
const KEY_FORMAT = 1;
const CHUNK = 1 << 20;
/** A stat-cache entry is trusted only for files last written this long before they were hashed. */
const RACY_MS = 2000;

/** One input file: its path (workspace-relative, `/`-separated), content digest and size. */
export interface InputDigest {
  path: string;
  sha256: string;
  bytes: number;
}

/** Workspace-relative path with forward slashes; absolute when outside the workspace. */
export function workspacePath(root: string, file: string): string {
  const abs = resolve(root, file);
  const rel = relative(resolve(root), abs);
  const outside = rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
  return (outside ? abs : rel).split(sep).join('/');
}

/** True when `path` is `dir` or inside it (both workspace paths as returned by workspacePath). */
export function isWithin(path: string, dir: string): boolean {
  const d = dir.replace(/\/+$/, '');
  return path === d || path.startsWith(`${d}/`) || d === '.' || d === '';
}

const MAGIC = /[*?]/;

/**
 * Expands input patterns into a sorted, de-duplicated list of workspace paths. A pattern is a file,
 * a directory (all files below it, as `dir/**`), or a glob (`*`, `?` within a path segment, `**`
 * for any number of directories; wildcards skip names starting with '.'). Files under `exclude`
 * (the outputs, the manifest, modelgate's own `.modelgate/` folder) are dropped from globs; a
 * pattern that names an excluded file directly, or matches nothing, is a ConfigurationError.
 */
export async function expandInputs(patterns: readonly string[], root: string, exclude: readonly string[] = []): Promise<string[]> {
  const out = new Set<string>();
  const excluded = (p: string) => exclude.some((e) => isWithin(p, e));
  for (const raw of patterns) {
    const pattern = raw.replace(/\\/g, '/');
    const abs = isAbsolute(pattern) ? pattern : join(root, pattern);
    let matched: string[];
    if (MAGIC.test(pattern)) {
      matched = await globOrEmpty(abs);
    } else {
      const st = await stat(abs).catch(() => undefined);
      if (!st) throw new ConfigurationError(`file not found: '${raw}' (relative to ${root})`);
      if (st.isFile()) {
        const p = workspacePath(root, abs);
        if (excluded(p)) throw new ConfigurationError(`'${raw}' is also a declared output (or modelgate's own file); an output cannot decide whether training runs`);
        out.add(p);
        continue;
      }
      matched = await globOrEmpty(join(abs, '**'));
    }
    const kept = matched.map((f) => workspacePath(root, f)).filter((p) => !excluded(p));
    if (kept.length === 0) throw new ConfigurationError(`pattern '${raw}' matches no files${matched.length ? ' other than declared outputs' : ''}`);
    for (const p of kept) out.add(p);
  }
  return [...out].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

async function globOrEmpty(pattern: string): Promise<string[]> {
  try {
    return await expandDataGlob(pattern.split(sep).join('/'));
  } catch (e) {
    if (e instanceof ConfigurationError) return [];
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// Stat cache

interface StatEntry {
  size: string;
  mtimeNs: string;
  ctimeNs: string;
  ino: string;
  sha256: string;
  /** Date.now() when hashing of the file began. */
  hashedAt: number;
}

interface StatCacheFile {
  kind: 'modelgate-stat-cache';
  version: 1;
  entries: Record<string, StatEntry>;
}

const MAX_ENTRIES = 200_000;

/** Digests of files by their stats, persisted between runs (see the module comment). */
export class StatCache {
  private entries: Map<string, StatEntry>;
  private dirty = false;

  private constructor(
    readonly path: string | undefined,
    entries: Record<string, StatEntry>,
  ) {
    this.entries = new Map(Object.entries(entries));
  }

  /** An empty cache that is never written: every file is read. */
  static none(): StatCache {
    return new StatCache(undefined, {});
  }

  /** Loads the cache file; a missing, unreadable or foreign file starts an empty cache. */
  static load(path: string): StatCache {
    let entries: Record<string, StatEntry> = {};
    if (existsSync(path)) {
      try {
        const j = JSON.parse(readFileSync(path, 'utf8')) as Partial<StatCacheFile>;
        if (j.kind === 'modelgate-stat-cache' && j.version === 1 && j.entries && typeof j.entries === 'object') entries = j.entries;
      } catch {
        // A torn or foreign file only costs a re-hash.
      }
    }
    return new StatCache(path, entries);
  }

  get size(): number {
    return this.entries.size;
  }

  /** The stored digest when the file's stats match and the entry is not racy. */
  lookup(absPath: string, st: BigIntStats): string | undefined {
    const e = this.entries.get(absPath);
    if (!e) return undefined;
    if (e.size !== String(st.size) || e.mtimeNs !== String(st.mtimeNs) || e.ctimeNs !== String(st.ctimeNs) || e.ino !== String(st.ino)) return undefined;
    if (Number(st.mtimeNs / 1_000_000n) > e.hashedAt - RACY_MS) return undefined;
    return e.sha256;
  }

  record(absPath: string, st: BigIntStats, sha256: string, hashedAt: number): void {
    this.entries.delete(absPath); // re-insert: Map order is recency, oldest evicted first
    this.entries.set(absPath, { size: String(st.size), mtimeNs: String(st.mtimeNs), ctimeNs: String(st.ctimeNs), ino: String(st.ino), sha256, hashedAt });
    this.dirty = true;
  }

  /** Writes the cache (atomically) when it changed; a cache that cannot be written is skipped. */
  save(): void {
    if (!this.path || !this.dirty) return;
    while (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    const file: StatCacheFile = { kind: 'modelgate-stat-cache', version: 1, entries: Object.fromEntries(this.entries) };
    try {
      writeJsonAtomic(this.path, file);
      this.dirty = false;
    } catch {
      // Read-only workspace: the next run re-hashes, nothing else is lost.
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Hashing

/** SHA-256 of a file's content, streamed with the next read in flight while a chunk is hashed. */
export async function sha256File(path: string): Promise<{ sha256: string; bytes: number }> {
  const fh = await open(path, 'r');
  try {
    const hash = createHash('sha256');
    const bufs = [Buffer.allocUnsafe(CHUNK), Buffer.allocUnsafe(CHUNK)];
    let i = 0;
    let pos = 0;
    let pending = fh.read(bufs[0], 0, CHUNK, 0);
    for (;;) {
      const { bytesRead } = await pending;
      if (bytesRead === 0) break;
      const cur = bufs[i];
      pos += bytesRead;
      i ^= 1;
      pending = fh.read(bufs[i], 0, CHUNK, pos);
      hash.update(bytesRead === CHUNK ? cur : cur.subarray(0, bytesRead));
    }
    return { sha256: hash.digest('hex'), bytes: pos };
  } finally {
    await fh.close();
  }
}

export interface HashStats {
  files: number;
  bytes: number;
  /** Files whose content was read and hashed in this call. */
  hashedFiles: number;
  hashedBytes: number;
  /** Files whose digest came from the stat cache, unread. */
  statCacheHits: number;
}

export interface HashOptions {
  root: string;
  statCache?: StatCache;
  /** Files hashed at once (their reads overlap). Default 4. */
  concurrency?: number;
}

/** Digests of the given workspace paths, in the same order, using and updating the stat cache. */
export async function hashInputs(paths: readonly string[], opts: HashOptions): Promise<{ digests: InputDigest[]; stats: HashStats }> {
  const cache = opts.statCache ?? StatCache.none();
  const stats: HashStats = { files: paths.length, bytes: 0, hashedFiles: 0, hashedBytes: 0, statCacheHits: 0 };
  const digests = new Array<InputDigest>(paths.length);
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const idx = next++;
      const p = paths[idx];
      const abs = resolve(opts.root, p);
      digests[idx] = await digestOne(p, abs, cache, stats);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.concurrency ?? 4, paths.length)) }, worker));
  return { digests, stats };
}

async function digestOne(p: string, abs: string, cache: StatCache, stats: HashStats): Promise<InputDigest> {
  for (let attempt = 0; attempt < 3; attempt++) {
    let before: BigIntStats;
    try {
      before = statSync(abs, { bigint: true });
    } catch (e) {
      throw new DataError(`input ${p}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'not found' : (e as Error).message}`, p);
    }
    const bytes = Number(before.size);
    const cached = cache.lookup(abs, before);
    if (cached) {
      stats.statCacheHits++;
      stats.bytes += bytes;
      return { path: p, sha256: cached, bytes };
    }
    const hashedAt = Date.now();
    const { sha256, bytes: read } = await sha256File(abs);
    const after = statSync(abs, { bigint: true });
    stats.hashedFiles++;
    stats.hashedBytes += read;
    if (after.size === before.size && after.mtimeNs === before.mtimeNs && BigInt(read) === before.size) {
      cache.record(abs, before, sha256, hashedAt);
      stats.bytes += read;
      return { path: p, sha256, bytes: read };
    }
  }
  throw new DataError(`input ${p} kept changing while it was being hashed`, p);
}

// ---------------------------------------------------------------------------------------------
// The key

export interface CacheKeyParts {
  prefix: string;
  command: string;
  inputs: readonly InputDigest[];
  /** Parsed params values; undefined or null when there is no params file. */
  params?: Params | null;
  /** Declared outputs (workspace paths): a different set of outputs needs a different entry. */
  outputs: readonly string[];
  /** Default MODELGATE_VERSION. */
  modelgateVersion?: string;
}

/** Checks a key prefix: letters, digits, `.`, `_`, `+`, `-`, at most 200 characters. */
export function checkKeyPrefix(prefix: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9._+-]{0,199}$/.test(prefix)) {
    throw new ConfigurationError(`input 'cache-key-prefix' must be 1-200 letters, digits, '.', '_', '+' or '-' (starting with a letter or digit), got '${prefix}'`);
  }
  return prefix;
}

/** The descriptor that is hashed into the key (exported so the manifest and tests can show it). */
export function keyDescriptor(parts: CacheKeyParts): string {
  const inputs = [...parts.inputs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)).map((d) => [d.path, d.sha256, d.bytes]);
  return canonicalJson({
    format: KEY_FORMAT,
    modelgate: parts.modelgateVersion ?? MODELGATE_VERSION,
    command: parts.command,
    outputs: [...new Set(parts.outputs)].sort(),
    params: parts.params ?? null,
    inputs,
  });
}

/** `<prefix>-<sha256 of the descriptor>`. */
export function cacheKey(parts: CacheKeyParts): string {
  checkKeyPrefix(parts.prefix);
  return `${parts.prefix}-${createHash('sha256').update(keyDescriptor(parts)).digest('hex')}`;
}
