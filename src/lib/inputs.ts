/**
 * Strict input parsing, shared by the action adapters and the CLI. An `InputSource` yields the raw
 * string of an input (action input or CLI flag, same name) or undefined; `Inputs` turns it into
 * typed values, throwing a ConfigurationError that names the input on anything it cannot parse.
 */
import { ConfigurationError } from '../errors.js';

export interface InputSource {
  /** The raw value, or undefined when the input was not given (an empty string counts as not given). */
  raw(name: string): string | undefined;
}

export class Inputs {
  constructor(private readonly source: InputSource) {}

  string(name: string): string | undefined {
    const v = this.source.raw(name)?.trim();
    return v === undefined || v === '' ? undefined : v;
  }

  required(name: string): string {
    const v = this.string(name);
    if (v === undefined) throw new ConfigurationError(`input '${name}' is required`);
    return v;
  }

  /** YAML 1.2 core booleans only, like core.getBooleanInput: "yes" is an error, not false. */
  boolean(name: string, fallback: boolean): boolean {
    const v = this.string(name);
    if (v === undefined) return fallback;
    if (['true', 'True', 'TRUE'].includes(v)) return true;
    if (['false', 'False', 'FALSE'].includes(v)) return false;
    throw new ConfigurationError(`input '${name}' must be true or false, got '${v}'`);
  }

  number(name: string, opts: { min?: number; max?: number; integer?: boolean } = {}): number | undefined {
    const v = this.string(name);
    if (v === undefined) return undefined;
    const n = Number(v);
    const kind = opts.integer ? 'an integer' : 'a number';
    if (!Number.isFinite(n) || (opts.integer && !Number.isInteger(n))) {
      throw new ConfigurationError(`input '${name}' must be ${kind}, got '${v}'`);
    }
    if (opts.min !== undefined && n < opts.min) throw new ConfigurationError(`input '${name}' must be >= ${opts.min}, got ${v}`);
    if (opts.max !== undefined && n > opts.max) throw new ConfigurationError(`input '${name}' must be <= ${opts.max}, got ${v}`);
    return n;
  }

  choice<T extends string>(name: string, options: readonly T[]): T | undefined {
    const v = this.string(name);
    if (v === undefined) return undefined;
    if (!(options as readonly string[]).includes(v)) {
      throw new ConfigurationError(`input '${name}' must be one of ${options.join(', ')}; got '${v}'`);
    }
    return v as T;
  }

  /** Items separated by newlines, commas or spaces (the forms a workflow author writes). */
  list(name: string): string[] {
    const v = this.string(name);
    return v === undefined ? [] : v.split(/[\s,]+/).filter(Boolean);
  }

  /** `i/n` with 0 <= i < n. */
  shard(name: string): { index: number; count: number } | undefined {
    const v = this.string(name);
    if (v === undefined) return undefined;
    const m = /^(\d+)\/(\d+)$/.exec(v);
    const index = m ? Number(m[1]) : NaN;
    const count = m ? Number(m[2]) : NaN;
    if (!m || count < 1 || index >= count) {
      throw new ConfigurationError(`input '${name}' must be i/n with 0 <= i < n (e.g. 0/4), got '${v}'`);
    }
    return { index, count };
  }
}

/** An InputSource over a plain map, with defaults from action.yml filled in for absent names. */
export function mapSource(values: Record<string, string | undefined>, defaults: Record<string, string | undefined> = {}): InputSource {
  return { raw: (name) => values[name] ?? defaults[name] };
}
