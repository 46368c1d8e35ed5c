/**
 * Training parameters: read from a params file, recorded in train-manifest.json, part of the cache
 * key, and compared between runs like `dvc params diff`.
 *
 * Formats, chosen by the file name:
 * - `.json`: JSON; `.yaml` / `.yml`: YAML 1.2 (core schema, through the `yaml` package).
 * - `.env`, `.env.*`, `*.env`, `.properties`, `.txt`, `.cfg`, `.ini` and files with no extension:
 *   `key=value` lines (dotenv style). `#` starts a comment line, an `export ` prefix is allowed,
 *   values may be single or double quoted (quoted values stay text). An unquoted value that reads as
 *   a JSON number becomes a number, `true`/`false` become booleans, anything else stays text. A key
 *   with dots (`model.lr=0.1`) is kept as is, so it diffs the same as nested YAML `model: {lr: 0.1}`.
 *   INI `[section]` headers are not supported.
 * - Anything else (`.toml`, ...) is a ConfigurationError naming the file: TOML is not supported.
 *
 * The top level must be a mapping. Non-finite YAML numbers (`.inf`, `.nan`) are kept as the text
 * "Infinity" / "-Infinity" / "NaN", since JSON cannot hold them.
 */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { ConfigurationError } from '../errors.js';
import { parseYamlOrJson } from '../lib/files.js';

export type ParamValue = string | number | boolean | null | ParamValue[] | { [key: string]: ParamValue };
export type Params = { [key: string]: ParamValue };

export type ParamsFormat = 'json' | 'yaml' | 'env';

/** The format of a params file, from its name; undefined when it is none we read. */
export function paramsFormat(path: string): ParamsFormat | undefined {
  const name = basename(path).toLowerCase();
  const ext = extname(name);
  if (ext === '.json') return 'json';
  if (ext === '.yaml' || ext === '.yml') return 'yaml';
  if (name === '.env' || name.startsWith('.env.') || ext === '.env') return 'env';
  if (['.properties', '.txt', '.cfg', '.ini', ''].includes(ext)) return 'env';
  return undefined;
}

/** Reads and parses a params file; a missing file or a syntax error is a ConfigurationError. */
export function readParams(path: string, displayPath = path): Params {
  const format = paramsFormat(path);
  if (!format) {
    throw new ConfigurationError(`params file ${displayPath}: unsupported format '${extname(path)}'; use YAML (.yaml, .yml), JSON (.json) or key=value lines (.env)`);
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ConfigurationError(`params file ${displayPath}: ${code === 'ENOENT' ? 'not found' : (e as Error).message}`);
  }
  return parseParams(text, format, displayPath);
}

/** Parses params text of a given format. */
export function parseParams(text: string, format: ParamsFormat, source: string): Params {
  if (format === 'env') return parseEnv(text, source);
  const value = text.trim() === '' ? {} : parseYamlOrJson(text, source);
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new ConfigurationError(`params file ${source}: the top level must be a mapping of names to values`);
  }
  return normalize(value) as Params;
}

function parseEnv(text: string, source: string): Params {
  const out: Params = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '' || line.startsWith('#')) continue;
    const m = /^(?:export\s+)?([^=\s]+)\s*=\s*(.*)$/.exec(line);
    if (!m) throw new ConfigurationError(`${source}:${i + 1}: expected key=value, got '${line.slice(0, 60)}'`);
    const [, key, rawValue] = m;
    if (Object.hasOwn(out, key)) throw new ConfigurationError(`${source}:${i + 1}: duplicate key '${key}'`);
    out[key] = envValue(rawValue);
  }
  return out;
}

function envValue(raw: string): ParamValue {
  const q = raw[0];
  if ((q === '"' || q === "'") && raw.length >= 2) {
    const end = raw.lastIndexOf(q);
    if (end > 0) {
      const inner = raw.slice(1, end);
      return q === '"' ? inner.replace(/\\(["\\n])/g, (_, c: string) => (c === 'n' ? '\n' : c)) : inner;
    }
  }
  const value = raw.replace(/\s+#.*$/, '').trim();
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (/^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(value)) return Number(value);
  return value;
}

/** Maps what YAML can hold and JSON cannot to JSON-safe values. */
function normalize(v: unknown): ParamValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : String(v);
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (Array.isArray(v)) return v.map(normalize);
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object') {
    const out: Params = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) out[k] = normalize(x);
    return out;
  }
  return String(v);
}

/** JSON with object keys sorted at every level: the same params always give the same text. */
export function canonicalJson(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(v as object).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((v as Record<string, unknown>)[k])}`).join(',')}}`;
}

/**
 * Flattens nested mappings into dotted keys (`{model: {lr: 0.1}}` -> `model.lr`). Lists and empty
 * mappings are leaf values, compared whole, as `dvc params diff` does.
 */
export function flattenParams(params: Params, prefix = ''): Record<string, ParamValue> {
  const out: Record<string, ParamValue> = {};
  for (const [k, v] of Object.entries(params)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 0) {
      Object.assign(out, flattenParams(v, key));
    } else {
      out[key] = v;
    }
  }
  return out;
}

export type ParamChangeKind = 'added' | 'removed' | 'modified';

/** One changed parameter: `old` is absent for added keys, `new` for removed ones. */
export interface ParamChange {
  key: string;
  change: ParamChangeKind;
  old?: ParamValue;
  new?: ParamValue;
}

/**
 * What changed from `before` to `after` (either may be undefined: no params recorded), like
 * `dvc params diff`: keys flattened with dots, values compared by their canonical JSON (so 1 and
 * 1.0 are equal, 1 and "1" are not), sorted by key. Unchanged keys are left out.
 */
export function diffParams(before: Params | undefined | null, after: Params | undefined | null): ParamChange[] {
  const a = flattenParams(before ?? {});
  const b = flattenParams(after ?? {});
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  const out: ParamChange[] = [];
  for (const key of keys) {
    const inA = Object.hasOwn(a, key);
    const inB = Object.hasOwn(b, key);
    if (inA && !inB) out.push({ key, change: 'removed', old: a[key] });
    else if (!inA && inB) out.push({ key, change: 'added', new: b[key] });
    else if (canonicalJson(a[key]) !== canonicalJson(b[key])) out.push({ key, change: 'modified', old: a[key], new: b[key] });
  }
  return out;
}

/** The diff as a markdown table (`dvc params diff --md`), values from the data escaped. */
export function paramsDiffMarkdown(changes: readonly ParamChange[], labels: { old: string; new: string } = { old: 'before', new: 'after' }): string {
  if (changes.length === 0) return 'No parameter changed.\n';
  const cell = (v: ParamValue | undefined) => (v === undefined ? '—' : escapeCell(typeof v === 'string' ? v : canonicalJson(v)));
  const rows = changes.map((c) => `| ${escapeCell(c.key)} | ${c.change} | ${cell(c.old)} | ${cell(c.new)} |`);
  return [`| param | change | ${escapeCell(labels.old)} | ${escapeCell(labels.new)} |`, '|---|---|---|---|', ...rows].join('\n') + '\n';
}

function escapeCell(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/`/g, '\\`').replace(/\r?\n/g, ' ');
}
