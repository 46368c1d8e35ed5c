/**
 * A per-column check of row values, compiled once from the row schema ajv compiles, that lets the
 * row loop skip ajv on rows it can vouch for. It is sound, not complete: when it says a value is
 * valid, ajv agrees; when it can not tell (a keyword it does not model, a value it does not
 * expect) it says not valid, and the row goes to ajv, whose messages are the report's.
 *
 * The subset it models (anything else in the schema and there is no check: every row goes to ajv):
 * - the schema: `type: object` (or a list holding `object`), `properties`, annotations, `x-dataset`;
 * - a property: `true`, or an object of `type` (null, boolean, number, integer, string, or a list
 *   of them), `enum` / `const` (primitive values match by `===`; objects and arrays never match a
 *   cell), `minimum` / `maximum` / `exclusiveMinimum` / `exclusiveMaximum`, `minLength` /
 *   `maxLength` (counted in code points, as ajv counts them), `pattern` (a `u` RegExp, as ajv
 *   builds it), `format` (no string nor number is vouched for), annotations and `x-time-format`.
 * Values it vouches for: null, booleans, finite numbers and strings; NaN and infinities never.
 */
import type { Cell } from './readers.js';

/** Numbers of a column: every finite one is valid (NUM_ANY), every integer (NUM_INT), or ask `valid` (NUM_ASK). */
export const NUM_ANY = 0;
export const NUM_INT = 1;
export const NUM_ASK = 2;
/** Strings of a column: every one is valid (STR_ANY), those in `set` (STR_SET), or ask `valid` (STR_ASK). */
export const STR_ANY = 0;
export const STR_SET = 1;
export const STR_ASK = 2;

/** What a column's values must be for ajv to accept them, in the shapes the row loop asks cheaply. */
export interface ColumnCheck {
  readonly numbers: typeof NUM_ANY | typeof NUM_INT | typeof NUM_ASK;
  readonly strings: typeof STR_ANY | typeof STR_SET | typeof STR_ASK;
  /** With STR_SET: the valid strings. */
  readonly set: ReadonlySet<unknown>;
  /** null is valid. */
  readonly nulls: boolean;
  /** True only when ajv would accept `v` for this property. */
  valid(v: Cell): boolean;
}

const NO_SET: ReadonlySet<unknown> = new Set();

/** A property that accepts anything (absent from `properties`, or `true`). */
export const ANY_VALUE: ColumnCheck = { numbers: NUM_ANY, strings: STR_ANY, set: NO_SET, nulls: true, valid: (v) => typeof v !== 'number' || v - v === 0 };

const ANNOTATIONS = new Set(['title', 'description', '$comment', 'examples', 'default', 'deprecated', 'readOnly', 'writeOnly', 'x-time-format']);
const TOP_LEVEL = new Set([...ANNOTATIONS, '$schema', 'x-dataset', 'type', 'properties']);
const TYPES = new Set(['null', 'boolean', 'number', 'integer', 'string']);

/**
 * The checks of a compiled row schema (the object given to ajv: properties keyed as the row object
 * is), by property key; undefined when the schema has a keyword outside the subset.
 */
export function rowChecks(rowSchema: Record<string, unknown>): ((key: string) => ColumnCheck) | undefined {
  for (const k of Object.keys(rowSchema)) if (!TOP_LEVEL.has(k)) return undefined;
  const t = rowSchema.type;
  if (t !== undefined && t !== 'object' && !(Array.isArray(t) && t.includes('object'))) return undefined;
  const props = rowSchema.properties;
  if (props === undefined) return () => ANY_VALUE;
  if (!props || typeof props !== 'object' || Array.isArray(props)) return undefined;
  const checks = new Map<string, ColumnCheck>();
  for (const [key, prop] of Object.entries(props as Record<string, unknown>)) {
    const c = columnCheck(prop);
    if (c === undefined) return undefined;
    checks.set(key, c);
  }
  return (key) => checks.get(key) ?? ANY_VALUE;
}

/** ajv's ucs2length: a string's length in code points (a surrogate pair is one). */
function codePoints(s: string): number {
  const len = s.length;
  let n = 0;
  let pos = 0;
  while (pos < len) {
    n++;
    const c = s.charCodeAt(pos++);
    if (c >= 0xd800 && c <= 0xdbff && pos < len && (s.charCodeAt(pos) & 0xfc00) === 0xdc00) pos++;
  }
  return n;
}

function isPrimitive(v: unknown): v is string | number | boolean | null {
  return v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

/** One property's check, or undefined when it uses a keyword outside the subset. */
export function columnCheck(prop: unknown): ColumnCheck | undefined {
  if (prop === true) return ANY_VALUE;
  if (!prop || typeof prop !== 'object' || Array.isArray(prop)) return undefined;
  let types: Set<string> | undefined;
  const sets: Set<unknown>[] = [];
  const bounds: ((x: number) => boolean)[] = [];
  let minLength = 0;
  let maxLength = Infinity;
  let pattern: RegExp | undefined;
  let format = false;
  for (const [k, v] of Object.entries(prop as Record<string, unknown>)) {
    if (ANNOTATIONS.has(k)) continue;
    switch (k) {
      case 'type': {
        const list = Array.isArray(v) ? v : [v];
        if (list.length === 0 || !list.every((x) => typeof x === 'string' && TYPES.has(x))) return undefined;
        types = new Set(list as string[]);
        break;
      }
      case 'enum':
        if (!Array.isArray(v)) return undefined;
        sets.push(new Set(v.filter(isPrimitive)));
        break;
      case 'const':
        sets.push(new Set(isPrimitive(v) ? [v] : []));
        break;
      case 'minimum':
      case 'maximum':
      case 'exclusiveMinimum':
      case 'exclusiveMaximum': {
        if (typeof v !== 'number') return undefined;
        bounds.push(k === 'minimum' ? (x) => x >= v : k === 'maximum' ? (x) => x <= v : k === 'exclusiveMinimum' ? (x) => x > v : (x) => x < v);
        break;
      }
      case 'minLength':
      case 'maxLength':
        if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) return undefined;
        if (k === 'minLength') minLength = v;
        else maxLength = v;
        break;
      case 'pattern':
        if (typeof v !== 'string') return undefined;
        try {
          pattern = new RegExp(v, 'u');
        } catch {
          return undefined;
        }
        break;
      case 'format':
        format = true;
        break;
      default:
        return undefined;
    }
  }
  const inSets = (v: Cell): boolean => {
    for (const s of sets) if (!s.has(v)) return false;
    return true;
  };
  const valid = (v: Cell): boolean => {
    if (v === null) return (types === undefined || types.has('null')) && inSets(v);
    if (typeof v === 'boolean') return (types === undefined || types.has('boolean')) && inSets(v);
    if (typeof v === 'number') {
      // ajv-formats has number formats too (int32, int64, float, double).
      if (v - v !== 0 || format) return false;
      if (types !== undefined && !types.has('number') && !(types.has('integer') && Number.isInteger(v))) return false;
      for (const b of bounds) if (!b(v)) return false;
      return inSets(v);
    }
    if (typeof v === 'string') {
      if ((types !== undefined && !types.has('string')) || format) return false;
      if (minLength > 0 || maxLength !== Infinity) {
        // Code points are at most the UTF-16 length and at least half of it.
        if (v.length < minLength || Math.ceil(v.length / 2) > maxLength) return false;
        const n = v.length / 2 >= minLength && v.length <= maxLength ? -1 : codePoints(v);
        if (n !== -1 && (n < minLength || n > maxLength)) return false;
      }
      if (pattern !== undefined && !pattern.test(v)) return false;
      return inSets(v);
    }
    return false;
  };
  const plainNumbers = bounds.length === 0 && sets.length === 0 && !format;
  const numbers = plainNumbers && (types === undefined || types.has('number')) ? NUM_ANY : plainNumbers && types?.has('integer') ? NUM_INT : NUM_ASK;
  const plainStrings = (types === undefined || types.has('string')) && !format && minLength === 0 && maxLength === Infinity && pattern === undefined;
  const strings = plainStrings && sets.length === 0 ? STR_ANY : plainStrings && sets.length === 1 ? STR_SET : STR_ASK;
  return { numbers, strings, set: strings === STR_SET ? sets[0]! : NO_SET, nulls: valid(null), valid };
}
