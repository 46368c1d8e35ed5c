/**
 * Where the outputs of a training run are kept under its cache key.
 *
 * - `LocalStore` (outside Actions, the default): a folder, `.modelgate/cache/` in the workspace
 *   unless told otherwise, one subfolder per key holding the files and `entry.json`. An entry is
 *   built under a temporary name and renamed into place, so a reader sees a complete entry or none;
 *   when two runs save the same key at once, the first rename wins and the other is dropped.
 *   Restored files are written to a temporary name beside their target and renamed over it
 *   (copies use a reflink where the filesystem has them).
 * - `ActionsCacheStore` (in Actions): `@actions/cache`'s restoreCache/saveCache, passed in by the
 *   adapter (src/actions/train-cache-store.ts) so that this module never imports `@actions/*`.
 *
 * Each entry also carries a small JSON record of the run that produced it (its manifest), so a
 * hit can say which commit, when and how long the training it saved took.
 */
import { randomBytes } from 'node:crypto';
import { constants, existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { copyFile, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { ConfigurationError } from '../errors.js';
import { makeDirs, writeJsonAtomic } from '../lib/files.js';

/** What a hit gives back: the record saved with the entry, when there is one. */
export interface RestoreResult {
  record?: unknown;
}

export interface CacheStore {
  /** 'local' or 'actions': recorded in train-manifest.json. */
  readonly kind: 'local' | 'actions';
  /**
   * Restores the entry saved under exactly `key` into the workspace, over what is there. `paths`
   * are the workspace paths (files or directories) that were saved. Undefined on a miss.
   */
  restore(key: string, paths: readonly string[]): Promise<RestoreResult | undefined>;
  /**
   * Saves `paths` (workspace paths of files or directories; all must exist) and `record` under
   * `key`. True when saved; false when an entry for the key exists already or the store declined.
   */
  save(key: string, paths: readonly string[], record?: unknown): Promise<boolean>;
}

// ---------------------------------------------------------------------------------------------
// Local folder

interface EntryFile {
  kind: 'modelgate-cache-entry';
  version: 1;
  key: string;
  createdAt: string;
  /** The saved paths as given, with their type, so directories (even empty) are recreated. */
  paths: { path: string; type: 'file' | 'dir' }[];
  files: { path: string; bytes: number }[];
  /** Every directory below a saved directory, so empty ones come back too. */
  dirs: string[];
  record?: unknown;
}

const ENTRY = 'entry.json';
const FILES = 'files';

export class LocalStore implements CacheStore {
  readonly kind = 'local';
  readonly dir: string;
  readonly root: string;

  /** `dir`: the store folder; `root`: the workspace the paths are relative to. */
  constructor(dir: string, root: string) {
    this.root = resolve(root);
    this.dir = resolve(this.root, dir);
  }

  /** The folder of one entry. */
  entryDir(key: string): string {
    checkKeyName(key);
    return join(this.dir, key);
  }

  has(key: string): boolean {
    return existsSync(join(this.entryDir(key), ENTRY));
  }

  /** Keys of the complete entries in the store. */
  keys(): string[] {
    if (!existsSync(this.dir)) return [];
    return readdirSync(this.dir).filter((k) => !k.startsWith('.') && existsSync(join(this.dir, k, ENTRY))).sort();
  }

  async restore(key: string, paths: readonly string[]): Promise<RestoreResult | undefined> {
    const dir = this.entryDir(key);
    let entry: EntryFile;
    try {
      entry = JSON.parse(readFileSync(join(dir, ENTRY), 'utf8')) as EntryFile;
    } catch {
      return undefined;
    }
    const want = [...paths].sort().join('\n');
    const have = entry.paths.map((p) => p.path).sort().join('\n');
    if (entry.kind !== 'modelgate-cache-entry' || entry.version !== 1 || want !== have) return undefined;
    // A directory output is replaced whole, so files the entry does not have cannot linger.
    for (const p of entry.paths) {
      const target = resolve(this.root, p.path);
      if (p.type === 'dir') {
        await rm(target, { recursive: true, force: true });
        makeDirs(target);
      }
    }
    for (const d of entry.dirs ?? []) makeDirs(resolve(this.root, d));
    for (const f of entry.files) {
      const target = resolve(this.root, f.path);
      makeDirs(dirname(target));
      const tmp = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      try {
        await copyFile(join(dir, FILES, f.path), tmp, constants.COPYFILE_FICLONE);
        await rename(tmp, target);
      } catch (e) {
        await rm(tmp, { force: true });
        throw e;
      }
    }
    return { record: entry.record };
  }

  async save(key: string, paths: readonly string[], record?: unknown): Promise<boolean> {
    const final = this.entryDir(key);
    if (existsSync(final)) return false;
    makeDirs(this.dir);
    const tmp = join(this.dir, `.tmp-${key}-${process.pid}-${randomBytes(4).toString('hex')}`);
    try {
      const entry: EntryFile = { kind: 'modelgate-cache-entry', version: 1, key, createdAt: new Date().toISOString(), paths: [], files: [], dirs: [] };
      for (const p of paths) {
        const abs = resolve(this.root, p);
        const st = statSync(abs);
        entry.paths.push({ path: p, type: st.isDirectory() ? 'dir' : 'file' });
        for (const f of st.isDirectory() ? listFiles(abs, p, entry.dirs) : [{ path: p, abs, st }]) {
          const dst = join(tmp, FILES, f.path);
          makeDirs(dirname(dst));
          await copyFile(f.abs, dst, constants.COPYFILE_FICLONE);
          entry.files.push({ path: f.path, bytes: f.st.size });
        }
      }
      if (record !== undefined) entry.record = record;
      writeFileSync(join(tmp, ENTRY), JSON.stringify(entry, null, 2) + '\n');
      try {
        await rename(tmp, final);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'ENOTEMPTY' || code === 'EEXIST' || code === 'EPERM') return false; // another run saved it first
        throw e;
      }
      return true;
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
}

/** Every file below a directory (following symlinks), as workspace paths; subdirectories go to `dirs`. */
function listFiles(abs: string, rel: string, dirs: string[]): { path: string; abs: string; st: Stats }[] {
  const out: { path: string; abs: string; st: Stats }[] = [];
  for (const e of readdirSync(abs, { withFileTypes: true })) {
    const a = join(abs, e.name);
    const r = `${rel.replace(/\/+$/, '')}/${e.name}`;
    const st = statSync(a);
    if (st.isDirectory()) {
      dirs.push(r);
      out.push(...listFiles(a, r, dirs));
    }
    else if (st.isFile()) out.push({ path: r, abs: a, st });
  }
  return out;
}

function checkKeyName(key: string): void {
  if (!/^[A-Za-z0-9][A-Za-z0-9._+-]{0,511}$/.test(key)) throw new Error(`internal error: invalid cache key '${key}'`);
}

// ---------------------------------------------------------------------------------------------
// @actions/cache

/** The two functions of `@actions/cache` the store uses, with their real signatures. */
export interface ActionsCacheFunctions {
  restoreCache(paths: string[], primaryKey: string, restoreKeys?: string[]): Promise<string | undefined>;
  saveCache(paths: string[], key: string): Promise<number>;
}

/** Where the run record travels inside an Actions cache entry (workspace path). */
export function actionsRecordPath(key: string): string {
  return `.modelgate/train-runs/${key}.json`;
}

/**
 * The store of GitHub's cache service through `@actions/cache`. Paths are handed to the toolkit
 * relative to the workspace when the workspace is the current directory (as `actions/cache` users
 * write them, so entries match across runners whose checkout path differs), else absolute. The
 * toolkit archives them relative to `GITHUB_WORKSPACE` and extracts them there. The toolkit turns
 * service errors into warnings and a miss, so a failed restore is a miss and a failed save is false.
 */
export class ActionsCacheStore implements CacheStore {
  readonly kind = 'actions';
  readonly root: string;

  constructor(
    private readonly cache: ActionsCacheFunctions,
    root: string,
  ) {
    this.root = resolve(root);
  }

  /** The exact path list given to the toolkit (its cache version is a hash of this list). */
  toolkitPaths(key: string, paths: readonly string[]): string[] {
    const all = [...paths, actionsRecordPath(key)];
    for (const p of all) {
      if (/[*?[\]]/.test(p) || /^[!#]/.test(p)) throw new ConfigurationError(`output '${p}': glob characters (* ? [ ] and a leading ! or #) cannot be cached with @actions/cache`);
    }
    return this.root === resolve(process.cwd()) ? all : all.map((p) => resolve(this.root, p));
  }

  async restore(key: string, paths: readonly string[]): Promise<RestoreResult | undefined> {
    const matched = await this.cache.restoreCache(this.toolkitPaths(key, paths), key);
    if (matched !== key) return undefined;
    let record: unknown;
    try {
      record = JSON.parse(readFileSync(resolve(this.root, actionsRecordPath(key)), 'utf8'));
    } catch {
      record = undefined;
    }
    return { record };
  }

  async save(key: string, paths: readonly string[], record?: unknown): Promise<boolean> {
    writeJsonAtomic(resolve(this.root, actionsRecordPath(key)), record ?? null);
    try {
      return (await this.cache.saveCache(this.toolkitPaths(key, paths), key)) !== -1;
    } catch (e) {
      // Another job is saving the same key: it will hold the same outputs.
      if ((e as Error)?.name === 'ReserveCacheError') return false;
      throw e;
    }
  }
}
