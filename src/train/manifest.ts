/**
 * train-manifest.json: the lineage of one train step in command mode (schema:
 * src/schemas/train-manifest.schema.json). Written atomically after every successful step, hit
 * or miss; validated against its schema before it is written and when it is read.
 *
 * The metrics file is the `metrics` option when given (a declared output; nested objects are
 * flattened with dots, every leaf must be a number), else the first declared output, in the
 * declared order, that is a `.json` file holding a flat object of finite numbers; none is fine.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import { ConfigurationError, DataError } from '../errors.js';
import { writeJsonAtomic } from '../lib/files.js';
import schema from '../schemas/train-manifest.schema.json' with { type: 'json' };
import { MODELGATE_VERSION, type InputDigest } from './cachekey.js';
import { diffParams, type ParamChange, type Params, type ParamsFormat } from './params.js';

export interface GitState {
  /** `git rev-parse HEAD`. */
  commit: string;
  /** `git status --porcelain` listed something other than the excluded paths. */
  dirty: boolean;
}

export interface RunnerInfo {
  os: string;
  arch: string;
}

export interface ToolVersions {
  node: string;
  modelgate: string;
  [tool: string]: string;
}

/** On a hit: the run that trained the restored outputs. */
export interface ProducedBy {
  startedAt: string;
  commandDurationMs: number | null;
  git: GitState | null;
  runner: RunnerInfo;
  tools: ToolVersions;
}

export interface TrainManifest {
  kind: 'train-manifest';
  schemaVersion: 1;
  key: string;
  cacheHit: boolean;
  command: string;
  inputs: InputDigest[];
  outputs: InputDigest[];
  /** The params file's values (path, format) and a built-in trainer's settings (values.builtin); null when neither. */
  params: { path?: string; format?: ParamsFormat; values: Params } | null;
  metrics: { path: string; values: Record<string, number> } | null;
  git: GitState | null;
  startedAt: string;
  durationMs: number;
  commandDurationMs: number | null;
  cache: { enabled: boolean; store: 'local' | 'actions' | null; saved: boolean };
  runner: RunnerInfo;
  tools: ToolVersions;
  producedBy: ProducedBy | null;
}

let validate: ValidateFunction | undefined;

/**
 * Checks a value against the train-manifest schema. Reading, a mismatch is a DataError naming the
 * file and the first offending field; writing, it is a bug (a plain Error).
 */
export function assertTrainManifest(value: unknown, source: string, direction: 'read' | 'write' = 'read'): asserts value is TrainManifest {
  validate ??= new Ajv2020({ allErrors: false, strict: true, allowUnionTypes: true }).compile(schema);
  if (!validate(value)) {
    const e = validate.errors![0];
    const message = `${source}: not a valid train-manifest (schemaVersion 1): ${e.instancePath || '/'} ${e.message}`;
    if (direction === 'write') throw new Error(`internal error, refusing to write an invalid artifact: ${message}`);
    throw new DataError(message, source);
  }
}

export function readTrainManifest(path: string): TrainManifest {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new DataError(`${path}: ${code === 'ENOENT' ? 'not found' : `not JSON (${(e as Error).message})`}`, path);
  }
  assertTrainManifest(value, path, 'read');
  return value;
}

export function writeTrainManifest(path: string, manifest: TrainManifest): void {
  assertTrainManifest(manifest, path, 'write');
  writeJsonAtomic(path, manifest);
}

/** The params diff between two manifests (`dvc params diff` for train-manifest.json files). */
export function diffManifestParams(before: Pick<TrainManifest, 'params'> | null | undefined, after: Pick<TrainManifest, 'params'> | null | undefined): ParamChange[] {
  return diffParams(before?.params?.values, after?.params?.values);
}

/** RUNNER_OS in Actions; elsewhere the same names derived from the platform. */
export function runnerInfo(env: NodeJS.ProcessEnv = process.env): RunnerInfo {
  const names: Record<string, string> = { linux: 'Linux', win32: 'Windows', darwin: 'macOS' };
  return { os: env.RUNNER_OS || names[process.platform] || process.platform, arch: process.arch };
}

export function toolVersions(): ToolVersions {
  return { node: process.version, modelgate: MODELGATE_VERSION };
}

function git(args: string[], cwd: string): Promise<string | undefined> {
  return new Promise((done) => {
    execFile('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 << 20, windowsHide: true }, (err, stdout) => done(err ? undefined : stdout));
  });
}

/**
 * HEAD and whether the work tree is dirty, or null when `root` is not in a git work tree or git is
 * missing. `exclude` are workspace paths left out of the dirty check (modelgate's `.modelgate/`
 * folder, the declared outputs and the manifest: products of the run, not its sources). Untracked
 * files count as changes, as `git status --porcelain` lists them.
 */
export async function gitState(root: string, exclude: readonly string[] = []): Promise<GitState | null> {
  const head = (await git(['rev-parse', 'HEAD'], root))?.trim();
  if (!head || !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(head)) return null;
  const specs = [':/', ...exclude.map((p) => `:(exclude,literal)${p}`)];
  const status = await git(['status', '--porcelain', '--', ...specs], root);
  if (status === undefined) return null;
  return { commit: head, dirty: status.trim() !== '' };
}

/** A flat object of finite numbers, or undefined. */
function flatNumbers(v: unknown): Record<string, number> | undefined {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const entries = Object.entries(v as Record<string, unknown>);
  if (entries.length === 0 || !entries.every(([, x]) => typeof x === 'number' && Number.isFinite(x))) return undefined;
  return Object.fromEntries(entries) as Record<string, number>;
}

function nestedNumbers(v: unknown, source: string, prefix = '', out: Record<string, number> = {}): Record<string, number> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new ConfigurationError(`metrics file ${source}: expected an object of numbers`);
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof x === 'number' && Number.isFinite(x)) out[key] = x;
    else if (x !== null && typeof x === 'object' && !Array.isArray(x)) nestedNumbers(x, source, key, out);
    else throw new ConfigurationError(`metrics file ${source}: '${key}' is not a finite number`);
  }
  return out;
}

/**
 * The metrics the command wrote (see the module comment): `explicit` when given (an error if it is
 * not an object of numbers), else the first declared `.json` output holding a flat object of numbers.
 */
export function readMetrics(root: string, outputs: readonly string[], explicit?: string): { path: string; values: Record<string, number> } | null {
  const read = (p: string): unknown => {
    try {
      return JSON.parse(readFileSync(resolve(root, p), 'utf8'));
    } catch (e) {
      return e;
    }
  };
  if (explicit) {
    const v = read(explicit);
    if (v instanceof Error) throw new ConfigurationError(`metrics file ${explicit}: ${(v as NodeJS.ErrnoException).code === 'ENOENT' ? 'not found after the command ran' : `not JSON (${v.message})`}`);
    return { path: explicit, values: nestedNumbers(v, explicit) };
  }
  for (const p of outputs) {
    if (!p.toLowerCase().endsWith('.json')) continue;
    const values = flatNumbers(read(p));
    if (values) return { path: p, values };
  }
  return null;
}
