/**
 * Data schemas: a JSON Schema (draft 2020-12, compiled once with ajv) for one row, plus dataset
 * rules a row schema cannot express under `x-dataset`:
 *
 * ```yaml
 * $schema: https://json-schema.org/draft/2020-12/schema
 * type: object
 * properties:
 *   temp_max: { type: number }
 *   weather: { enum: [drizzle, rain, sun, snow, fog] }
 * required: [temp_max, weather]        # columns that must exist in the data
 * x-dataset:
 *   min-rows: 100
 *   columns:
 *     date: { unique: true }
 *     precipitation: { max-null-fraction: 0.05, range: { min: 0, max: 60, max-outside-fraction: 0.01 } }
 * ```
 *
 * Rows are objects with every column present (null for an empty cell), so `type: [number, "null"]`
 * is how a column is made nullable, and `required` names columns the file must have.
 */
import { readFileSync, existsSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { ConfigurationError } from '../errors.js';
import { parseYamlOrJson, showPath } from '../lib/files.js';
import { dict, own } from '../lib/objects.js';
import type { Cell } from './readers.js';
import { checkTimeRules } from './time-rules.js';
import { DATE } from './time.js';
import { TimeFormat } from './time-format.js';
import { rowChecks, type ColumnCheck } from './row-check.js';

// ajv-formats is CommonJS; under NodeNext its default export is the module namespace.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (a: Ajv2020) => void;

export type JsonType = 'integer' | 'number' | 'boolean' | 'string' | 'null';

export interface RangeRule {
  min?: number;
  max?: number;
  /** The share of non-null values allowed outside [min, max] before it is a violation (default 0). */
  'max-outside-fraction'?: number;
}

export interface ColumnRules {
  'max-null-fraction'?: number;
  unique?: boolean;
  range?: RangeRule;
  /** Allowed values; `max-unexpected-fraction` (default 0) of non-null values may be outside. */
  categories?: { values: (string | number | boolean)[]; 'max-unexpected-fraction'?: number };
  /** Date/time columns (see time-rules.ts): the newest value at most `max-age` old (a duration, `2d`). */
  freshness?: string | { 'max-age': string };
  /** Date/time columns: no stretch longer than this duration without a row. */
  'max-gap'?: string;
  /** Date/time columns: no value later than the run's time (`as-of`). */
  'not-future'?: boolean;
  /** Date/time columns: values never decrease in file order. */
  monotonic?: boolean;
}

export interface DatasetRules {
  'min-rows'?: number;
  columns?: Record<string, ColumnRules>;
}

export interface RowSchema {
  $schema?: string;
  type?: 'object';
  properties?: Record<string, Record<string, unknown>>;
  required?: string[];
  'x-dataset'?: DatasetRules;
  [k: string]: unknown;
}

export interface LoadedSchema {
  path: string;
  schema: RowSchema;
  validate: ValidateFunction;
  rules: DatasetRules;
  /** Columns the data must have (the schema's `required`), checked once against the header. */
  requiredColumns: string[];
  /** Converts a raw cell (CSV text) to the type the schema expects for that column. */
  coerce(column: string): (cell: Cell) => Cell;
  /**
   * What `coerce(column)` does to text, so a hot loop can inline it: CELL_AUTO (as autoCell),
   * CELL_TEXT (keeps text), CELL_NUMBER (numeric text to a number, else kept), CELL_OTHER (call coerce).
   */
  cellKind(column: string): CellKind;
  /** The column's declared JSON Schema `format` (`date`, `date-time`, ...), if any. */
  format(column: string): string | undefined;
  /** The column's declared `x-time-format` (dates or timestamps in another text than ISO 8601), compiled, if any. */
  timeFormat(column: string): TimeFormat | undefined;
  /** True when the row schema checks this column as text (a property without a type, or with `string` among its types). */
  checksAsText(column: string): boolean;
  /**
   * The row schema's check of one column's values (row-check.ts), which vouches for values ajv
   * accepts; undefined when the schema is outside the subset it models (ajv checks every row).
   */
  rowCheck?: (column: string) => ColumnCheck;
}

/** Text kept as is (the column may hold strings, or no scalar type that text converts to). */
export const CELL_TEXT = 0;
/** Numeric-looking text becomes a number, the rest stays text: {@link autoCell}, no schema type declared. */
export const CELL_AUTO = 1;
/** The schema wants a number (not a string nor a boolean): text that {@link parseNumber} accepts becomes a number. */
export const CELL_NUMBER = 2;
/** Anything else (booleans): use the column's `coerce` function. */
export const CELL_OTHER = 3;
export type CellKind = typeof CELL_TEXT | typeof CELL_AUTO | typeof CELL_NUMBER | typeof CELL_OTHER;

const rulesSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    'min-rows': { type: 'integer', minimum: 0 },
    columns: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        properties: {
          'max-null-fraction': { type: 'number', minimum: 0, maximum: 1 },
          unique: { type: 'boolean' },
          range: {
            type: 'object',
            additionalProperties: false,
            properties: {
              min: { type: 'number' },
              max: { type: 'number' },
              'max-outside-fraction': { type: 'number', minimum: 0, maximum: 1 },
            },
          },
          categories: {
            type: 'object',
            additionalProperties: false,
            required: ['values'],
            properties: {
              values: { type: 'array', items: { type: ['string', 'number', 'boolean'] } },
              'max-unexpected-fraction': { type: 'number', minimum: 0, maximum: 1 },
            },
          },
          freshness: {
            anyOf: [
              { type: 'string' },
              { type: 'object', additionalProperties: false, required: ['max-age'], properties: { 'max-age': { type: 'string' } } },
            ],
          },
          'max-gap': { type: 'string' },
          'not-future': { type: 'boolean' },
          monotonic: { type: 'boolean' },
        },
      },
    },
  },
} as const;

function newAjv(validateSchema = true): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false, allowUnionTypes: true, validateSchema });
  addFormats(ajv);
  ajv.addKeyword({ keyword: 'x-dataset', schemaType: 'object' });
  ajv.addKeyword({ keyword: TIME_FORMAT_KEY, schemaType: 'string' });
  return ajv;
}

function ajvMessage(e: ErrorObject): string {
  if (e.keyword === 'enum') return `${e.message}: ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
  return e.message ?? e.keyword;
}

/**
 * Reads and compiles a data schema. `checked`: the same file was loaded (and so checked) already,
 * in the main thread: a parallel pass's worker thread then skips checking the schema against the
 * JSON Schema meta-schema, whose compilation is most of the ~50 ms a load costs a fresh thread;
 * the compiled checks are the same either way. `lazy` (with `checked`): ajv is not even started
 * until a row needs it (the first read of `validate`), and `x-dataset` is not checked again: the
 * row schema's per-column checks (row-check.ts) vouch for most rows, often all, and a worker
 * thread then starts its first chunk ~30-50 ms sooner.
 */
export function loadSchema(path: string, { checked = false, lazy = false }: { checked?: boolean; lazy?: boolean } = {}): LoadedSchema {
  if (!existsSync(path)) throw new ConfigurationError(`input 'schema': file not found: ${path}`);
  const raw = parseYamlOrJson(readFileSync(path, 'utf8'), path);
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new ConfigurationError(`${path}: a schema must be an object (a JSON Schema for one row)`);
  const schema = raw as RowSchema;
  lazy &&= checked;
  let ajv: Ajv2020 | undefined;
  const ajvOnce = (): Ajv2020 => (ajv ??= newAjv(!checked));
  const rules = schema['x-dataset'] ?? {};
  if (!lazy) {
    const checkRules = ajvOnce().compile(rulesSchema);
    if (!checkRules(rules)) {
      const e = checkRules.errors![0];
      throw new ConfigurationError(`${path}: x-dataset${e.instancePath.replace(/\//g, '.')} ${e.message}`);
    }
  }
  for (const [column, r] of Object.entries(rules.columns ?? {})) checkTimeRules(column, r, path);
  const timeFormats = timeFormatsOf(schema, path);
  // `required` names columns, checked once against the header; every row has every column.
  const { required, ...rowSchema } = schema;
  if (rowSchema.properties && typeof rowSchema.properties === 'object') {
    // Row objects hold columns under rowKey(name): ajv cannot check a property named __proto__.
    const props = dict<Record<string, unknown>>();
    for (const [name, sub] of Object.entries(rowSchema.properties)) {
      // A declared x-time-format is the column's format check (the scan parses every cell with it
      // and reports those that do not parse as invalid-date); ajv's `date` would reject 29/02/2016.
      if (timeFormats.has(name) && sub && typeof sub === 'object' && 'format' in sub) {
        const { format: _, ...rest } = sub;
        props[rowKey(name)] = rest;
      } else props[rowKey(name)] = sub;
    }
    rowSchema.properties = props;
  }
  const compileRows = (): ValidateFunction => {
    try {
      return ajvOnce().compile(rowSchema);
    } catch (e) {
      throw new ConfigurationError(`${path}: not a valid JSON Schema: ${(e as Error).message.split('\n')[0]}`);
    }
  };
  let validate = lazy ? undefined : compileRows();
  const checks = rowChecks(rowSchema);
  return {
    path,
    schema,
    get validate() {
      return (validate ??= compileRows());
    },
    rowCheck: checks && ((column) => checks(rowKey(column))),
    rules,
    requiredColumns: required ?? [],
    coerce: (column) => coercerFor(own(schema.properties, column)),
    cellKind: (column) => cellKindFor(own(schema.properties, column)),
    format: (column) => {
      const f = own(schema.properties, column)?.format;
      return typeof f === 'string' ? f : undefined;
    },
    timeFormat: (column) => timeFormats.get(column),
    checksAsText: (column) => {
      const prop = own(schema.properties, column);
      if (!prop) return false;
      const types = declaredTypes(prop);
      return types.size === 0 || types.has('string');
    },
  };
}

/** The property keyword that declares a non-ISO text format for a date or timestamp column. */
export const TIME_FORMAT_KEY = 'x-time-format';

/**
 * The compiled `x-time-format` of each property that declares one. A format that does not compile,
 * one on a property whose type excludes string or whose `format` is neither `date` nor `date-time`, or time directives
 * under `format: date`, is a ConfigurationError naming the property.
 */
function timeFormatsOf(schema: RowSchema, path: string): Map<string, TimeFormat> {
  const out = new Map<string, TimeFormat>();
  const props = schema.properties;
  if (!props || typeof props !== 'object') return out;
  for (const [name, prop] of Object.entries(props)) {
    if (!prop || typeof prop !== 'object' || !(TIME_FORMAT_KEY in prop)) continue;
    const where = `${showPath(path)}: properties.${JSON.stringify(name)}.${TIME_FORMAT_KEY}`;
    const text = prop[TIME_FORMAT_KEY];
    if (typeof text !== 'string') throw new ConfigurationError(`${where}: must be a string such as '%d/%m/%Y'`);
    let f: TimeFormat;
    try {
      f = TimeFormat.compile(text);
    } catch (e) {
      throw new ConfigurationError(`${where}: ${JSON.stringify(text)} ${(e as Error).message}`);
    }
    const types = declaredTypes(prop);
    if (types.size > 0 && !types.has('string')) throw new ConfigurationError(`${where}: goes with type: string (the cells are text in that format)`);
    const declared = prop.format;
    if (declared !== undefined && declared !== 'date' && declared !== 'date-time') throw new ConfigurationError(`${where}: goes with format: date or date-time, not ${JSON.stringify(declared)}`);
    if (declared === 'date' && f.kind !== DATE) throw new ConfigurationError(`${where}: ${JSON.stringify(text)} has time directives but the format is date`);
    out.set(name, f);
  }
  return out;
}

function declaredTypes(prop: Record<string, unknown> | undefined): Set<string> {
  const t = prop?.type;
  const types = new Set<string>(Array.isArray(t) ? (t as string[]) : typeof t === 'string' ? [t] : []);
  if (types.size === 0 && Array.isArray(prop?.enum)) for (const v of prop.enum as unknown[]) types.add(v === null ? 'null' : typeof v);
  if (types.size === 0 && prop && 'const' in prop) types.add(typeof prop.const);
  return types;
}

/** Exact powers of ten up to 10^15 (parseNumber's fast path; csv-bytes.ts parses bytes with the same table). */
export const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * Parses a numeric-looking string as JavaScript's Number() does (surrounding whitespace allowed,
 * `1e5`, `.5`, `5.`, `0x1f`); returns undefined for anything that is not a finite number.
 *
 * Fast path for plain decimals, `[+-]digits[.digits]` with at most 15 digits, the bulk of CSV
 * numbers: the digits as an integer m < 10^15 < 2^53 and the scale k <= 15 are exact doubles, so
 * m / 10^k is the correctly rounded value of the decimal, the same double Number() returns
 * (Clinger's fast path). Anything else takes Number().
 */
export function parseNumber(s: string): number | undefined {
  const len = s.length;
  let i = 0;
  let c = s.charCodeAt(0);
  const neg = c === 45;
  if (neg || c === 43) i = 1;
  let m = 0;
  let digits = 0;
  let scale = 0;
  let dot = false;
  for (; i < len; i++) {
    c = s.charCodeAt(i) - 48;
    if (c >= 0 && c <= 9) {
      m = m * 10 + c;
      digits++;
      if (dot) scale++;
    } else if (c === -2 && !dot) dot = true; // '.'
    else return parseNumberSlow(s);
  }
  if (digits === 0 || digits > 15) return parseNumberSlow(s);
  const v = scale === 0 ? m : m / POW10[scale];
  return neg ? -v : v;
}

function parseNumberSlow(s: string): number | undefined {
  const n = +s;
  if (n === n && s.trim() !== '' && Number.isFinite(n)) return n;
  return undefined;
}

function cellKindFor(prop: Record<string, unknown> | undefined): CellKind {
  const types = declaredTypes(prop);
  if (types.size === 0) return CELL_AUTO;
  if (types.has('string')) return CELL_TEXT;
  if (types.has('boolean')) return CELL_OTHER;
  return types.has('number') || types.has('integer') ? CELL_NUMBER : CELL_TEXT;
}

function coercerFor(prop: Record<string, unknown> | undefined): (cell: Cell) => Cell {
  const types = declaredTypes(prop);
  const wantsString = types.has('string');
  const wantsNumber = types.has('number') || types.has('integer');
  const wantsBool = types.has('boolean');
  if (types.size === 0) return autoCell;
  return (cell) => {
    if (typeof cell !== 'string') return cell;
    if (wantsString) return cell;
    if (wantsNumber) {
      const n = parseNumber(cell);
      if (n !== undefined) return n;
    }
    if (wantsBool) {
      const l = cell.toLowerCase();
      if (l === 'true') return true;
      if (l === 'false') return false;
    }
    return cell; // left as text, so the schema reports the type mismatch
  };
}

/**
 * A label cell as a class key, the same for training and evaluation so classes line up: numbers
 * and numeric text in canonical form ("1.0" is "1"); empty, blank and NaN are no label.
 */
export function labelKey(v: Cell): string | null {
  if (v === null) return null;
  if (typeof v === 'number') return Number.isNaN(v) ? null : String(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  const t = v.trim();
  if (t === '') return null;
  const n = Number(t);
  return Number.isFinite(n) ? String(n) : t;
}

/** Without a schema: numeric-looking text becomes a number, everything else stays text. */
export function autoCell(cell: Cell): Cell {
  if (typeof cell !== 'string') return cell;
  const c = cell.charCodeAt(0);
  // Fast reject: a number starts with a digit, sign or dot.
  if (!((c >= 48 && c <= 57) || c === 45 || c === 43 || c === 46)) return cell;
  const n = parseNumber(cell);
  return n === undefined ? cell : n;
}

/**
 * The key of a column in the row object the schema validates: the name itself, except `__proto__`
 * (ajv never checks a property of that name) and names starting with NUL, which get a NUL in
 * front so that no two names share a key. {@link columnOfKey} is its inverse.
 */
export function rowKey(name: string): string {
  return name === '__proto__' || name.charCodeAt(0) === 0 ? `\u0000${name}` : name;
}

export function columnOfKey(key: string): string {
  return key.charCodeAt(0) === 0 ? key.slice(1) : key;
}

export interface RowError {
  /** The column, or null for an error about the whole row. */
  column: string | null;
  rule: string;
  message: string;
}

/** Validates one row object (keyed by {@link rowKey}); returns one entry per failed keyword (all errors, not the first). */
export function rowErrors(schema: LoadedSchema, row: Record<string, Cell>): RowError[] | undefined {
  if (schema.validate(row)) return undefined;
  return schema.validate.errors!.map((e) => {
    const missing = (e.params as { missingProperty?: string }).missingProperty;
    const key = e.instancePath ? e.instancePath.slice(1).split('/')[0].replace(/~1/g, '/').replace(/~0/g, '~') : missing;
    const column = key === undefined ? null : columnOfKey(key);
    const value = e.instancePath && key !== undefined ? own(row, key) : undefined;
    const shown = value === undefined ? '' : `${JSON.stringify(value)} `;
    return { column, rule: e.keyword, message: `${shown}${ajvMessage(e)}` };
  });
}
