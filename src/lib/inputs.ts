/**
 * Strict input parsing, shared by the action adapters, the CLI and modelgate.yml: the one place
 * inputs are read. An `InputSource` yields the raw value of an input (action input, CLI flag or
 * modelgate.yml key, same name): a string, a list of items (a YAML list, a repeated flag), or
 * undefined. `Inputs` turns it into typed values, throwing a ConfigurationError that names the
 * input on anything it cannot parse.
 *
 * Two rules hold for every value, whatever its source:
 * - An unevaluated expression (`${{ ... }}`) is never used: expressions are the runner's to
 *   evaluate, so one that reaches us (a default copied from action.yml, a modelgate.yml key) is an
 *   error, never a value sent anywhere.
 * - Paths follow one policy (src/lib/paths.ts), when the source comes with one.
 */
import { ConfigurationError } from '../errors.js';
import { actionsMeta } from '../generated/actions-meta.js';
import { confine, type PathPolicy } from './paths.js';
import { looksInline } from './files.js';

export type RawValue = string | readonly string[];

export interface InputSource {
  /** The raw value, or undefined when the input was not given (an empty string counts as not given). */
  raw(name: string): RawValue | undefined;
  /** Paths from this source must satisfy this policy. */
  readonly paths?: PathPolicy;
  /** How to name an input in errors (default `input 'name'`); modelgate.yml names its key path. */
  label?(name: string): string;
}

const EXPRESSION = /\$\{\{/;

export class Inputs {
  constructor(private readonly source: InputSource) {}

  private label(name: string): string {
    return this.source.label?.(name) ?? `input '${name}'`;
  }

  private rawChecked(name: string): RawValue | undefined {
    const v = this.source.raw(name);
    const items = typeof v === 'string' ? [v] : (v ?? []);
    if (items.some((s) => EXPRESSION.test(s))) {
      throw new ConfigurationError(
        `${this.label(name)} holds an unevaluated expression ('\${{ ... }}'); expressions are evaluated only in a workflow's 'with:' (the runner does it), never in modelgate.yml or on the command line${name === 'github-token' ? ': set GITHUB_TOKEN or pass the token itself' : ''}`,
      );
    }
    return v;
  }

  string(name: string): string | undefined {
    const raw = this.rawChecked(name);
    if (raw !== undefined && typeof raw !== 'string') {
      const items = raw.map((s) => s.trim()).filter(Boolean);
      if (items.length > 1) throw new ConfigurationError(`${this.label(name)} takes one value, got a list of ${items.length}`);
      return items[0];
    }
    const v = raw?.trim();
    return v === undefined || v === '' ? undefined : v;
  }

  required(name: string): string {
    const v = this.string(name);
    if (v === undefined) throw new ConfigurationError(`${this.label(name)} is required`);
    return v;
  }

  /** YAML 1.2 core booleans only, like core.getBooleanInput: "yes" is an error, not false. */
  boolean(name: string, fallback: boolean): boolean {
    const v = this.string(name);
    if (v === undefined) return fallback;
    if (['true', 'True', 'TRUE'].includes(v)) return true;
    if (['false', 'False', 'FALSE'].includes(v)) return false;
    throw new ConfigurationError(`${this.label(name)} must be true or false, got '${v}'`);
  }

  number(name: string, opts: { min?: number; max?: number; integer?: boolean } = {}): number | undefined {
    const v = this.string(name);
    if (v === undefined) return undefined;
    const n = Number(v);
    const kind = opts.integer ? 'an integer' : 'a number';
    if (!Number.isFinite(n) || (opts.integer && !Number.isInteger(n))) {
      throw new ConfigurationError(`${this.label(name)} must be ${kind}, got '${v}'`);
    }
    if (opts.min !== undefined && n < opts.min) throw new ConfigurationError(`${this.label(name)} must be >= ${opts.min}, got ${v}`);
    if (opts.max !== undefined && n > opts.max) throw new ConfigurationError(`${this.label(name)} must be <= ${opts.max}, got ${v}`);
    return n;
  }

  choice<T extends string>(name: string, options: readonly T[]): T | undefined {
    const v = this.string(name);
    if (v === undefined) return undefined;
    if (!(options as readonly string[]).includes(v)) {
      throw new ConfigurationError(`${this.label(name)} must be one of ${options.join(', ')}; got '${v}'`);
    }
    return v as T;
  }

  /**
   * A list input, by the convention of actions/cache's `path`: a value with line breaks is one
   * item per line, each kept whole (spaces, commas and parentheses included; lines are trimmed,
   * empty lines skipped). A YAML list in modelgate.yml and a repeated or multi-valued CLI flag are
   * one item per element, also whole. Only a value on a single line is split, at commas and
   * whitespace (`a,b` or `a b`), as it always was.
   */
  list(name: string): string[] {
    const raw = this.rawChecked(name);
    if (raw === undefined) return [];
    if (typeof raw !== 'string') return raw.map((s) => s.trim()).filter(Boolean);
    if (/[\r\n]/.test(raw.trim()) || /\n\s*$/.test(raw)) return raw.split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
    return raw.split(/[\s,]+/).filter(Boolean);
  }

  /** A path (file or glob), checked against the source's path policy. */
  path(name: string): string | undefined {
    const v = this.string(name);
    return v === undefined ? undefined : confine(this.label(name), v, this.source.paths);
  }

  /** A list of paths or globs (list rules above), each checked against the path policy. */
  paths(name: string): string[] {
    return this.list(name).map((v) => confine(this.label(name), v, this.source.paths));
  }

  /** A file path or inline YAML (gates, drift settings): the path policy applies to a path. */
  pathOrInline(name: string): string | undefined {
    const v = this.string(name);
    return v === undefined || looksInline(v) ? v : confine(this.label(name), v, this.source.paths);
  }

  /** `i/n` with 0 <= i < n. */
  shard(name: string): { index: number; count: number } | undefined {
    const v = this.string(name);
    if (v === undefined) return undefined;
    const m = /^(\d+)\/(\d+)$/.exec(v);
    const index = m ? Number(m[1]) : NaN;
    const count = m ? Number(m[2]) : NaN;
    if (!m || count < 1 || index >= count) {
      throw new ConfigurationError(`${this.label(name)} must be i/n with 0 <= i < n (e.g. 0/4), got '${v}'`);
    }
    return { index, count };
  }
}

/**
 * The defaults an action declares in action.yml, for the sources the runner does not fill (CLI,
 * modelgate.yml). A default that is an expression (`${{ github.token }}`) is the runner's to
 * evaluate and is left out: `fallbacks` supply its value from the environment instead.
 */
export function defaultsOf(action: string): Record<string, string | undefined> {
  const meta = actionsMeta[action];
  if (!meta) return {};
  return Object.fromEntries(Object.entries(meta.inputs).map(([k, v]) => [k, v.default !== undefined && EXPRESSION.test(v.default) ? undefined : v.default]));
}

/** How help text shows an input's default: an expression is shown as where the CLI takes it from. */
export function defaultForHelp(action: string, name: string): string | undefined {
  const d = actionsMeta[action]?.inputs[name]?.default;
  if (d === undefined || !EXPRESSION.test(d)) return d;
  return name === 'github-token' ? '$GITHUB_TOKEN' : undefined;
}

/**
 * What the runner would have put in place of an expression default, read from the environment
 * where a `run:` step has it: the token is GITHUB_TOKEN (or GH_TOKEN, as gh reads it).
 */
export function environmentFallbacks(env: NodeJS.ProcessEnv = process.env): Record<string, string | undefined> {
  return { 'github-token': env.GITHUB_TOKEN || env.GH_TOKEN || undefined };
}

/** An InputSource over a plain map, with defaults (from `defaultsOf`) filled in for absent names. */
export function mapSource(
  values: Record<string, RawValue | undefined>,
  defaults: Record<string, string | undefined> = {},
  extra: { paths?: PathPolicy; label?: (name: string) => string } = {},
): InputSource {
  return { raw: (name) => values[name] ?? defaults[name], ...extra };
}
