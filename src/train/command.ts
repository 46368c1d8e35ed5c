/**
 * The train action's command mode: "retrain only when data, code or params changed".
 *
 * 1. Expand `inputs` (files, directories, globs) and hash every file (stat cache: cachekey.ts);
 *    read `params`; compute the key over inputs, command, params, outputs and modelgate version.
 * 2. With `cache` on, ask the store for the key. A hit restores the outputs and the command does
 *    not run.
 * 3. On a miss the declared outputs are deleted (as `dvc repro` does, so a stale file can never be
 *    cached as if the command had written it), the command runs through the shell (`/bin/sh -c`,
 *    cmd.exe on Windows; `shell` chooses another) with the workspace as its working directory, and
 *    its stdout and stderr go to the log line by line. A non-zero exit fails the step with the exit
 *    code and the last 20 lines of output, and nothing is cached. Declared outputs the command did
 *    not write are a ConfigurationError naming them. Otherwise the outputs are saved under the key;
 *    a failed save is a warning, never a failed step.
 * 4. train-manifest.json is written (manifest.ts).
 *
 * Default locations, all in the workspace's `.modelgate/` folder (add it to .gitignore): the local
 * store `.modelgate/cache/`, the stat cache `.modelgate/stat-cache.json`. In Actions the caller
 * passes an ActionsCacheStore instead of the local store.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { ConfigurationError } from '../errors.js';
import type { Logger } from '../lib/logger.js';
import {
  cacheKey,
  checkKeyPrefix,
  expandInputs,
  hashInputs,
  isWithin,
  StatCache,
  workspacePath,
  type HashStats,
  type InputDigest,
} from './cachekey.js';
import {
  gitState,
  readMetrics,
  runnerInfo,
  toolVersions,
  writeTrainManifest,
  type ProducedBy,
  type TrainManifest,
} from './manifest.js';
import { paramsFormat, readParams, type Params } from './params.js';
import { LocalStore, type CacheStore } from './store.js';

/** modelgate's own folder in the workspace: never an input, never a git change. */
export const MODELGATE_DIR = '.modelgate';
/** Default path of train-manifest.json, relative to the workspace. */
export const DEFAULT_MANIFEST = 'train-manifest.json';
/** Lines of the command's output quoted when it fails. */
export const TAIL_LINES = 20;

export interface TrainCommandConfig {
  /** The training command, run through the shell. */
  command: string;
  /** Files, directories or globs (relative to the workspace) whose content decides whether training runs. */
  inputs: readonly string[];
  /** Files or directories (relative to the workspace) the command writes. */
  outputs: readonly string[];
  /** A params file (YAML, JSON or key=value); its values are recorded and are part of the key. */
  params?: string;
  /** The metrics file, one of the outputs; default: detected (see manifest.ts). */
  metrics?: string;
  /** Use the cache (restore on a hit, save after a miss). */
  cache: boolean;
  cacheKeyPrefix: string;
  /** Path of train-manifest.json (relative to the workspace). */
  manifest: string;
  /** Working directory of the command; paths are relative to it. Default process.cwd(). */
  workspace?: string;
  /** The local store's folder. Default `<workspace>/.modelgate/cache`. */
  localCacheDir?: string;
  /** The stat cache file, or false for none. Default `<workspace>/.modelgate/stat-cache.json`. */
  statCache?: string | false;
  /** `true` (default): /bin/sh or cmd.exe; or the path or name of a shell, e.g. `bash`. */
  shell?: string | boolean;
  /** The command's environment. Default process.env. */
  env?: NodeJS.ProcessEnv;
}

export interface TrainCommandDeps {
  /** The cache store. Default: a LocalStore at `localCacheDir`. */
  store?: CacheStore;
  /**
   * Runs the training in-process instead of `command` through the shell (the built-in trainers);
   * `command` still names it in the key and the manifest.
   */
  run?: () => Promise<ShellRunResult & { params?: Params }>;
}

export interface TrainCommandResult {
  /** False when the command failed (then `failure`, `exitCode`, `signal` and `tail` say how). */
  passed: boolean;
  failure?: string;
  exitCode?: number | null;
  signal?: string | null;
  tail?: string[];
  key: string;
  cacheHit: boolean;
  /** True when this run saved its outputs under the key. */
  saved: boolean;
  /** The manifest written (undefined when the command failed). */
  manifest?: TrainManifest;
  manifestPath: string;
  hash: HashStats;
}

interface Paths {
  root: string;
  outputs: string[];
  manifest: string;
  params?: string;
  metrics?: string;
}

/** Validates the paths of the config against each other and the workspace. */
function resolvePaths(config: TrainCommandConfig): Paths {
  const root = resolve(config.workspace ?? process.cwd());
  if (!config.command.trim()) throw new ConfigurationError(`input 'command' is required`);
  if (config.outputs.length === 0) throw new ConfigurationError(`input 'outputs' is required: the files or directories the command writes`);
  if (config.inputs.length === 0) throw new ConfigurationError(`input 'inputs' is required: the files whose content decides whether training must run`);
  checkKeyPrefix(config.cacheKeyPrefix);
  const inside = (name: string, p: string): string => {
    const w = workspacePath(root, p);
    if (isAbsolute(w) || w === '' || w === '.' || isWithin(MODELGATE_DIR, w)) {
      throw new ConfigurationError(`input '${name}': '${p}' must be inside the workspace (${root}) and not the workspace itself or its ${MODELGATE_DIR} folder`);
    }
    return w;
  };
  const outputs = [...new Set(config.outputs.map((o) => inside('outputs', o)))];
  for (const a of outputs) {
    for (const b of outputs) if (a !== b && isWithin(b, a)) throw new ConfigurationError(`input 'outputs': '${b}' is inside '${a}'; declare one of them`);
  }
  for (const o of outputs) {
    if (o === '.git' || isWithin(o, '.git')) throw new ConfigurationError(`input 'outputs': '${o}' is inside the repository's .git folder`);
  }
  // Outputs are removed before the command runs (a stale file must not pass for a fresh one), so an
  // input inside one would be deleted: refuse, as DVC refuses an output that is also a dependency.
  for (const i of config.inputs) {
    const literal = i.replace(/^!/, '').split(/[*?[{]/)[0];
    if (i.startsWith('!') || !literal) continue;
    const w = workspacePath(root, literal.endsWith('/') ? literal.slice(0, -1) || '.' : literal);
    const hit = outputs.find((o) => isWithin(w, o));
    if (hit) throw new ConfigurationError(`input 'inputs': '${i}' is inside the declared output '${hit}', which is removed before the command runs; declare outputs the command writes, not its data`);
  }
  const manifest = workspacePath(root, config.manifest);
  if (outputs.some((o) => isWithin(manifest, o))) throw new ConfigurationError(`input 'manifest': ${config.manifest} cannot be a declared output`);
  const params = config.params === undefined ? undefined : workspacePath(root, config.params);
  if (params !== undefined && outputs.some((o) => isWithin(params, o))) throw new ConfigurationError(`input 'params': ${config.params} cannot be a declared output`);
  let metrics: string | undefined;
  if (config.metrics !== undefined) {
    metrics = workspacePath(root, config.metrics);
    if (!outputs.some((o) => isWithin(metrics!, o))) throw new ConfigurationError(`input 'metrics': ${config.metrics} must be one of the declared outputs (or inside one)`);
  }
  return { root, outputs, manifest, params, metrics };
}

/** Runs the train step in command mode; see the module comment. */
export async function runTrainCommand(config: TrainCommandConfig, log: Logger, deps: TrainCommandDeps = {}): Promise<TrainCommandResult> {
  const t0 = performance.now();
  const startedAt = new Date().toISOString();
  const paths = resolvePaths(config);
  const { root, outputs } = paths;
  const manifestPath = resolve(root, paths.manifest);

  const localCacheDir = resolve(root, config.localCacheDir ?? join(MODELGATE_DIR, 'cache'));
  const statCachePath = config.statCache === false ? undefined : resolve(root, config.statCache ?? join(MODELGATE_DIR, 'stat-cache.json'));
  // modelgate's own files and the run's products are never inputs nor git changes, wherever they are.
  const own = [localCacheDir, ...(statCachePath ? [statCachePath] : [])].map((p) => workspacePath(root, p)).filter((p) => !isAbsolute(p));
  const exclude = [MODELGATE_DIR, ...outputs, paths.manifest, ...own];

  // The git state first, before this step writes anything.
  const git = await gitState(root, exclude);

  const { key, digests, params, hash } = await log.group('Hashing inputs', async () => {
    const files = await expandInputs(config.inputs, root, exclude);
    const statCache = statCachePath ? StatCache.load(statCachePath) : StatCache.none();
    const { digests, stats } = await hashInputs(files, { root, statCache });
    statCache.save();
    const params = paths.params === undefined ? undefined : readParams(resolve(root, paths.params), config.params);
    const key = cacheKey({ prefix: config.cacheKeyPrefix, command: config.command, inputs: digests, params, outputs });
    log.info(`${stats.files} input files, ${fmtBytes(stats.bytes)}: ${stats.hashedFiles} hashed (${fmtBytes(stats.hashedBytes)}), ${stats.statCacheHits} unchanged by their stats`);
    log.info(`cache key: ${key}`);
    return { key, digests, params, hash: stats };
  });

  const store = config.cache ? (deps.store ?? new LocalStore(localCacheDir, root)) : undefined;
  let cacheHit = false;
  let producedBy: ProducedBy | null = null;
  let builtin: Params | undefined;
  if (store) {
    const restored = await log.group(`Restoring outputs (${store.kind} cache)`, async () => {
      const r = await store.restore(key, outputs);
      const missing = r ? outputs.filter((o) => !existsSync(resolve(root, o))) : [];
      if (r && missing.length) log.warning(`cache entry ${key} restored without ${missing.join(', ')}; training instead`);
      log.info(r && !missing.length ? `cache hit: ${key}; the command does not run` : `cache miss: ${key}`);
      return r && !missing.length ? r : undefined;
    });
    if (restored) {
      cacheHit = true;
      producedBy = producedByFrom(restored.record);
      // A built-in trainer's settings: the same on a hit (the key covers them), recorded by the run that trained.
      if (deps.run) builtin = builtinFrom(restored.record);
    }
  }

  let commandDurationMs: number | null = null;
  let saved = false;
  if (!cacheHit) {
    for (const o of outputs) rmSync(resolve(root, o), { recursive: true, force: true });
    const run = await log.group(`Running: ${config.command}`, () =>
      deps.run ? deps.run() : runShellCommand(config.command, { cwd: root, env: config.env, shell: config.shell, onLine: (line) => log.info(line) }),
    );
    commandDurationMs = run.durationMs;
    builtin = (run as { params?: Params }).params;
    if (run.exitCode !== 0) {
      const how = run.signal ? `was killed by ${run.signal}` : `exited with code ${run.exitCode}`;
      const output = run.tail.length ? `Last ${run.tail.length} lines of its output:\n${run.tail.join('\n')}` : 'It printed nothing.';
      const failure = `the training command ${how}; nothing was cached. ${output}`;
      return { passed: false, failure, exitCode: run.exitCode, signal: run.signal, tail: run.tail, key, cacheHit, saved, manifestPath, hash };
    }
    const missing = outputs.filter((o) => !existsSync(resolve(root, o)));
    if (missing.length) {
      throw new ConfigurationError(`the training command succeeded but did not write ${missing.length === 1 ? 'the declared output' : 'these declared outputs'}: ${missing.join(', ')}; nothing was cached`);
    }
  }

  const { digests: outputDigests } = await hashInputs(outputFiles(root, outputs), { root });
  const manifest: TrainManifest = {
    kind: 'train-manifest',
    schemaVersion: 1,
    key,
    cacheHit,
    command: config.command,
    inputs: digests,
    outputs: outputDigests,
    params: paramsRecord(paths.params, params, builtin),
    metrics: readMetrics(root, outputs, paths.metrics),
    git,
    startedAt,
    durationMs: 0,
    commandDurationMs,
    cache: { enabled: config.cache, store: store?.kind ?? null, saved: false },
    runner: runnerInfo(),
    tools: toolVersions(),
    producedBy,
  };

  if (store && !cacheHit) {
    saved = await log.group(`Saving outputs (${store.kind} cache)`, async () => {
      try {
        const ok = await store.save(key, outputs, { ...manifest, cache: { ...manifest.cache, saved: true } });
        log.info(ok ? `saved under ${key}` : `not saved: an entry for ${key} exists already`);
        return ok;
      } catch (e) {
        log.warning(`could not save the outputs to the ${store.kind} cache: ${(e as Error).message}`);
        return false;
      }
    });
    manifest.cache.saved = saved;
  }

  manifest.durationMs = Math.round(performance.now() - t0);
  writeTrainManifest(manifestPath, manifest);
  log.info(`wrote ${paths.manifest}`);
  return { passed: true, key, cacheHit, saved, manifest, manifestPath, hash };
}

/** Every file of the declared outputs (directories walked, dotfiles included), sorted. */
export function outputFiles(root: string, outputs: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    const st = statSync(resolve(root, rel));
    if (st.isFile()) out.push(rel);
    else if (st.isDirectory()) for (const name of readdirSync(resolve(root, rel))) walk(`${rel.replace(/\/+$/, '')}/${name}`);
  };
  for (const o of outputs) walk(o);
  return [...new Set(out)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The params file's values, and a built-in trainer's settings under `builtin`; null when neither. */
function paramsRecord(path: string | undefined, values: Params | undefined, builtin: Params | undefined): TrainManifest['params'] {
  if (path === undefined && builtin === undefined) return null;
  const all: Params = { ...(values ?? {}), ...(builtin ? { builtin } : {}) };
  if (path === undefined) return { values: all };
  const format = paramsFormat(path);
  return format ? { path, format, values: all } : { path, values: all };
}

/** The built-in settings a cache entry's record holds (params.values.builtin), if any. */
function builtinFrom(record: unknown): Params | undefined {
  const b = (record as Partial<TrainManifest> | null | undefined)?.params?.values?.builtin;
  return b !== null && typeof b === 'object' && !Array.isArray(b) ? (b as Params) : undefined;
}

/** The producing run, from the record an entry was saved with; null when absent or foreign. */
function producedByFrom(record: unknown): ProducedBy | null {
  const r = record as Partial<TrainManifest> | null | undefined;
  if (!r || r.kind !== 'train-manifest' || typeof r.startedAt !== 'string' || !r.runner || !r.tools) return null;
  return { startedAt: r.startedAt, commandDurationMs: r.commandDurationMs ?? null, git: r.git ?? null, runner: r.runner, tools: r.tools };
}

function fmtBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(1)} ${units[i]}`;
}

// ---------------------------------------------------------------------------------------------
// Running the command

export interface ShellRunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Default true: /bin/sh (cmd.exe on Windows). */
  shell?: string | boolean;
  /** Each line of output, stdout and stderr as they arrive. */
  onLine?: (line: string) => void;
  /** How many last lines to keep. Default TAIL_LINES. */
  tailLines?: number;
}

export interface ShellRunResult {
  exitCode: number | null;
  signal: string | null;
  /** The last lines of stdout and stderr together, in arrival order. */
  tail: string[];
  durationMs: number;
}

/** Longest line passed on whole; longer output without a newline is cut into pieces this long. */
const MAX_LINE = 64 * 1024;

/** Runs a command through the shell, streaming its output line by line and keeping the tail. */
export function runShellCommand(command: string, opts: ShellRunOptions): Promise<ShellRunResult> {
  const keep = opts.tailLines ?? TAIL_LINES;
  const tail: string[] = [];
  const emit = (line: string) => {
    opts.onLine?.(line);
    tail.push(line);
    if (tail.length > keep) tail.shift();
  };
  const t0 = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(command, { cwd: opts.cwd, env: opts.env ?? process.env, shell: opts.shell ?? true, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
    const splitter = () => {
      let buf = '';
      return {
        push(chunk: string) {
          buf += chunk;
          let nl: number;
          while ((nl = buf.indexOf('\n')) !== -1) {
            emit(buf.slice(0, nl).replace(/\r$/, ''));
            buf = buf.slice(nl + 1);
          }
          while (buf.length > MAX_LINE) {
            emit(buf.slice(0, MAX_LINE));
            buf = buf.slice(MAX_LINE);
          }
        },
        end() {
          if (buf) emit(buf.replace(/\r$/, ''));
          buf = '';
        },
      };
    };
    const out = splitter();
    const err = splitter();
    child.stdout.setEncoding('utf8').on('data', (d: string) => out.push(d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => err.push(d));
    child.on('error', (e) => fail(new ConfigurationError(`could not start the training command: ${e.message}`)));
    child.on('close', (code, signal) => {
      out.end();
      err.end();
      done({ exitCode: code, signal, tail, durationMs: Math.round(performance.now() - t0) });
    });
  });
}
