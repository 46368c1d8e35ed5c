/**
 * One streaming pass over a dataset: every row is converted (by the schema's types, or numeric
 * text to numbers without one), added to the profile, checked against the row schema and the
 * dataset rules, and, when exact drift tests need them, its values are kept per column.
 */
import { statSync } from 'node:fs';
import { ConfigurationError, DataError } from '../errors.js';
import { InternCache, NaBytes, type CsvRecord } from './csv-bytes.js';
import { showName, showPath } from '../lib/files.js';
import { Profile, type ColumnProfile } from './profile.js';
import { detectFormat, readRows, type Cell, type Format, type RowSink } from './readers.js';
import type { TimeFormat } from './time-format.js';
import { autoCell, TIME_FORMAT_KEY, CELL_AUTO, CELL_NUMBER, CELL_OTHER, CELL_TEXT, parseNumber, rowErrors, rowKey, type CellKind, type ColumnRules, type LoadedSchema } from './schema.js';
import { ColumnValues } from './values.js';
import { NUM_ANY, NUM_ASK, NUM_INT, STR_ANY, STR_ASK, STR_SET, type ColumnCheck } from './row-check.js';
import { DATE, DATE_TIME, DATE_TIME_NAIVE, INVALID_TIME, formatTime, looksLikeTime, parseTime, parsedKind } from './time.js';
import { hasTimeRules, TimeRules, type TimeSampler } from './time-rules.js';
import { dict, own } from '../lib/objects.js';
import { DOUBLE_ZERO } from '../lib/double-zero.js';
import { Violations, type ViolationSample } from './violations.js';
import { scanBatch, type RowCells } from './scan-columns.js';
import { tickYoungGeneration } from '../lib/young-generation.js';

export interface ScanOptions {
  files: string[];
  format?: Format;
  shard?: { index: number; count: number };
  schema?: LoadedSchema;
  /** Keep every value per column for exact drift tests. */
  keepValues: boolean;
  maxSamples: number;
  /** Reads the rows into the sink instead of readRows (the parallel pass: one byte range of a file). */
  read?: (sink: RowSink) => Promise<{ format: Format; bytes: number; columns: string[] }>;
  /** Leaves the dataset rules to the caller, who judges them once over the merged chunks (`rules`). */
  deferDatasetRules?: boolean;
  /** CSV/TSV cells (exact text) that mean a missing value, as pandas' `na_values`; empty cells always do. */
  naValues?: readonly string[];
  /** The run's time (epoch ms) that `freshness` and `not-future` rules are judged at. Default: now. */
  asOf?: number;
  /**
   * Progress after each chunk the reader reads (CSV/TSV/JSON Lines; not Parquet, nor with `read`):
   * bytes of the files read so far (on disk), their total size, rows so far.
   */
  onProgress?: (bytesDone: number, bytesTotal: number, rows: number) => void;
  /** false: every row goes to ajv, none is vouched for by the schema's per-column checks (tests compare the two). */
  rowCheck?: boolean;
  /** false: Parquet row groups go through the row loop, not column by column (scan-columns.ts; tests compare the two). */
  columnar?: boolean;
}

export interface ScanResult {
  profile: Profile;
  values?: Map<string, ColumnValues>;
  violations: Violations;
  /** Data rows read, ragged ones included (the profile counts only rows it could align). */
  rowsRead: number;
  format: Format;
  bytes: number;
  /** With deferDatasetRules: the per-column rule states, in column order, for datasetRules. */
  rules?: (RuleState | undefined)[];
  /** With deferDatasetRules: per column in order, the first text cells of an auto-typed column (or a text column that may hold dates), for textViolations. */
  text?: (ViolationSample[] | undefined)[];
}

/**
 * Text in a column that is numbers but for a few cells (ColumnProfile.textInNumeric): each such cell
 * is a violation and the column stays numeric (with a declared type the schema reports them). Judged
 * on the whole dataset's profile, so a chunked pass calls it once after merging, as one pass does.
 */
export function textViolations(profile: Profile, text: (ViolationSample[] | undefined)[], violations: Violations): void {
  text.forEach((samples, i) => {
    const col = profile.columns[i];
    if (!samples || !col) return;
    if (col.textInNumeric) samples.forEach((s, k) => violations.add(s, k === 0 ? col.strings - samples.length + 1 : 1));
    else if (col.textInTime) {
      // Dates but for a few cells (an impossible date, a typo): each such cell is an invalid-date violation.
      const what = col.type === 'date' ? 'a valid date (YYYY-MM-DD)' : 'a valid ISO 8601 timestamp';
      samples.forEach((s, k) => violations.add({ ...s, rule: 'invalid-date', message: s.message.replace(/ is not a number$/, ` is not ${what}`) }, k === 0 ? col.strings - samples.length + 1 : 1));
    }
  });
}

/** A cell's text for a message: JSON-quoted, cut to 80 characters (a hostile cell may be megabytes). */
function showCell(raw: string): string {
  return raw.length <= 80 ? JSON.stringify(raw) : `${JSON.stringify(raw.slice(0, 80))}... (${raw.length} characters)`;
}

/**
 * pandas' default `na_values` (pandas 2: `pandas._libs.parsers.STR_NA_VALUES`), the cells of a
 * CSV/TSV file that mean a missing value unless the `na-values` input says otherwise.
 */
export const PANDAS_NA_VALUES: readonly string[] = ['', '#N/A', '#N/A N/A', '#NA', '-1.#IND', '-1.#QNAN', '-NaN', '-nan', '1.#IND', '1.#QNAN', '<NA>', 'N/A', 'NA', 'NULL', 'NaN', 'None', 'n/a', 'nan', 'null'];

/**
 * The `na-values` input, a list input (items as Inputs.list splits them): `default` stands for
 * pandas' list, so `default, -999` extends it; `none` alone means only empty cells are missing. No
 * items (not given) is pandas' list.
 */
export function parseNaValues(items: readonly string[]): string[] {
  if (items.length === 0) return [...PANDAS_NA_VALUES];
  if (items.length === 1 && items[0] === 'none') return [];
  return [...new Set(items.flatMap((v) => (v === 'default' ? PANDAS_NA_VALUES : [v])))];
}

/** Per-column dataset rule state gathered during the pass and judged at the end. */
export class RuleState {
  seen?: Map<Cell, number>;
  outside = 0;
  outsideSamples: ViolationSample[] = [];
  unexpected = 0;
  unexpectedSamples: ViolationSample[] = [];
  allowed?: Set<Cell>;
  /** freshness, max-gap, not-future and monotonic (time-rules.ts). */
  time?: TimeRules;

  constructor(
    readonly column: string,
    readonly rules: ColumnRules,
    asOf = Date.now(),
    maxSamples = 0,
    sampler?: TimeSampler,
  ) {
    if (rules.unique) this.seen = new Map();
    if (rules.categories) this.allowed = new Set(rules.categories.values);
    if (hasTimeRules(rules)) this.time = new TimeRules(column, rules, asOf, maxSamples, sampler);
  }
}

/**
 * What the row loop needs of one column, in one object of one shape (monomorphic loads): its
 * profile, how its text converts, its range as [lo, hi] (±Infinity when open or absent), its
 * allowed categories, its kept values and its rules.
 */
export class ColumnSlot {
  readonly lo: number;
  readonly hi: number;
  readonly allowed: Set<Cell> | undefined;
  readonly values = new ColumnValues();
  /** Text cells of a column without a declared type, the first few, in case the column turns out numeric. */
  readonly textSamples: ViolationSample[] = [];
  /** The column's key in the row object the schema validates (see rowKey). */
  readonly key: string;
  /** Text that looks like a date (`dddd-dd-dd...`) is parsed as one: columns without a type, or typed as text. */
  readonly detectTime: boolean;
  /** Text cells are kept as samples for textViolations (not-a-number, invalid-date). */
  readonly sampleText: boolean;
  /** The column's time rules, if any. */
  readonly time: TimeRules | undefined;
  /** Parquet DATE / TIMESTAMP columns: the kind of their numbers (DATE, DATE_TIME, DATE_TIME_NAIVE), else 0. */
  timeKind = 0;
  /** A Parquet time column whose values the row schema checks as text: given to it as ISO 8601. */
  timeAsText = false;
  /** The schema's `x-time-format` for this column: its text cells are parsed with it, not as ISO 8601 or numbers. */
  readonly timeFormat: TimeFormat | undefined;
  /**
   * CSV/TSV records (csv-bytes.ts): how a cell may be read as a number straight from its bytes,
   * with the same result as the text path: FROM_BYTES_NUMBER (a number-typed column), FROM_BYTES_AUTO
   * (no type: when the cell starts like a number and not like a date), or 0 (always as text).
   */
  readonly fromBytes: number;
  /**
   * CSV/TSV records: text cells of columns that hold text (`interns`) come from a per-column cache
   * of strings (repeated categories decode once), made at the column's first text cell: a Parquet
   * pass, one per chunk of row groups, never needs its 220 KB.
   */
  readonly interns: boolean;
  cache: InternCache | undefined = undefined;
  /** The row schema's check of this column (row-check.ts), spread into fields: which numbers and strings are valid, whether null is, `valid` for the rest. */
  readonly checkNumbers: number;
  readonly checkStrings: number;
  readonly validStrings: ReadonlySet<unknown>;
  readonly okNull: boolean;
  readonly valid: (v: Cell) => boolean;
  /** The column's value in the current row, kept for the row object in case ajv is asked: a number in `num`, anything else in `ref`. */
  num = DOUBLE_ZERO;
  ref: Cell = null;
  isNum = false;

  constructor(
    readonly name: string,
    readonly profile: ColumnProfile,
    readonly kind: CellKind,
    readonly coerce: (cell: Cell) => Cell,
    readonly rules: RuleState | undefined,
    declaredFormat: string | undefined,
    timeFormat: TimeFormat | undefined,
    check: ColumnCheck,
  ) {
    this.checkNumbers = check.numbers;
    this.checkStrings = check.strings;
    this.validStrings = check.set;
    this.okNull = check.nulls;
    this.valid = check.valid;
    this.lo = rules?.rules.range?.min ?? -Infinity;
    this.hi = rules?.rules.range?.max ?? Infinity;
    this.allowed = rules?.allowed;
    this.key = rowKey(name);
    this.timeFormat = timeFormat;
    this.detectTime = timeFormat === undefined && (kind === CELL_AUTO || kind === CELL_TEXT);
    // A declared format is checked by the row schema, which reports a bad date itself; a declared
    // x-time-format by the row loop, per cell.
    this.sampleText = timeFormat === undefined && (kind === CELL_AUTO || (kind === CELL_TEXT && declaredFormat === undefined));
    this.time = rules?.time;
    this.fromBytes = timeFormat !== undefined ? 0 : kind === CELL_NUMBER ? FROM_BYTES_NUMBER : kind === CELL_AUTO ? FROM_BYTES_AUTO : 0;
    this.interns = kind === CELL_TEXT || kind === CELL_AUTO;
  }
}

/** A check that vouches for nothing (no per-column checks: every row goes to ajv). */
const NO_CHECK: ColumnCheck = { numbers: NUM_ASK, strings: STR_ASK, set: new Set(), nulls: false, valid: () => false };

/** Keeps a column's value for the row object; true when the column's check vouches for it. */
function holdNumber(c: ColumnSlot, x: number): boolean {
  c.num = x;
  c.isNum = true;
  const k = c.checkNumbers;
  return k === NUM_ANY ? x - x === 0 : k === NUM_INT ? Number.isInteger(x) : c.valid(x);
}

function holdText(c: ColumnSlot, s: string): boolean {
  c.ref = s;
  c.isNum = false;
  const k = c.checkStrings;
  return k === STR_ANY || (k === STR_SET ? c.validStrings.has(s) : c.valid(s));
}

function holdNull(c: ColumnSlot): boolean {
  c.ref = null;
  c.isNum = false;
  return c.okNull;
}

function holdCell(c: ColumnSlot, v: Cell): boolean {
  if (typeof v === 'number') return holdNumber(c, v);
  c.ref = v;
  c.isNum = false;
  return c.valid(v);
}

const FROM_BYTES_NUMBER = 1;
const FROM_BYTES_AUTO = 2;

/**
 * A CSV/TSV cell of a column without a type that the text path would parse as a number right
 * away: not quoted, starting with a digit, sign or dot (autoCell's fast reject), and not shaped
 * like a date (looksLikeTime on the bytes). Others go through the text path unchanged.
 */
function autoNumberCell(rec: CsvRecord, i: number): boolean {
  if (rec.isQuoted(i)) return false;
  const b = rec.bytes;
  const s = rec.start[i]!;
  const ch = b[s]!;
  if (!((ch >= 48 && ch <= 57) || ch === 45 || ch === 43 || ch === 46)) return false;
  return !(rec.end[i]! - s >= 10 && b[s + 4] === 45 && b[s + 7] === 45);
}

export async function scan(opts: ScanOptions): Promise<ScanResult> {
  const { schema } = opts;
  const keepValues = opts.keepValues;
  const asOf = opts.asOf ?? Date.now();
  const violations = new Violations(opts.maxSamples);
  // The row schema's per-column checks, when it has them: rows they vouch for skip ajv.
  const checks = opts.rowCheck === false ? undefined : schema?.rowCheck;
  let profile = new Profile([], [...opts.files]);
  let columns: string[] = [];
  let slots: ColumnSlot[] = [];
  // Columns with a `unique` rule (checked on every row) and with any rule, in column order.
  let uniqueCols: number[] = [];
  let ruleCols: number[] = [];
  // The object ajv validates: one per dataset, its fields overwritten row by row (created with
  // every column in order, so its shape never changes).
  let rowObject: Record<string, Cell> = {};
  let file: string | null = opts.files[0] ?? null;
  let rowNo = 0;
  let textFormat = true;
  // Parquet row groups go column by column (scan-columns.ts) unless a column needs the row loop:
  // decided per file at its header. A column with an x-time-format reports its bad cells in the
  // middle of a row's violations, which the column loop does not do: such a file takes the row loop.
  let columnar = false;

  // The CSV/TSV record being read (csv-bytes.ts), and its cells as text, made only when a sample needs them.
  let curRec: CsvRecord | null = null;
  let curCells: Cell[] | null = null;
  /** The current record's cells, as the text path has them: empty and na-values cells null. */
  const recordCells = (): Cell[] => {
    if (curCells !== null) return curCells;
    const rec = curRec!;
    const cells: Cell[] = [];
    for (let k = 0; k < rec.count; k++) cells.push(rec.isEmpty(k) || (naBytes !== undefined && rec.isNa(k, naBytes)) ? null : rec.text(k));
    return (curCells = cells);
  };

  /**
   * A violation sample; `coerced` says the row's cells are to be shown converted (all but ragged
   * rows). `rowCells` null: the current CSV/TSV record's; a function: made on demand (scan-columns.ts).
   */
  const sample = (row: number, line: number, column: string | null, rule: string, message: string, rowCells: RowCells, coerced: boolean): ViolationSample => {
    const cells = rowCells === null ? recordCells() : typeof rowCells === 'function' ? rowCells() : rowCells;
    const rowValues: Record<string, Cell> = dict();
    const k = coerced ? columns.length : cells.length;
    for (let i = 0; i < k; i++) rowValues[columns[i] ?? `#${i + 1}`] = i < cells.length ? (coerced ? slots[i].coerce(cells[i]) : cells[i]) : null;
    return { row, line, file, column, rule, message, values: rowValues };
  };

  const addColumn = (name: string) => {
    const i = columns.length;
    columns.push(name);
    const col = profile.byName.get(name) ?? new Profile([name]).columns[0];
    if (!profile.byName.has(name)) {
      profile.columns.push(col);
      profile.byName.set(name, col);
    }
    const r = own(schema?.rules.columns, name);
    const kind = schema ? schema.cellKind(name) : CELL_AUTO;
    const sampler: TimeSampler = (row, line, rule, message, cells) => sample(row, line, name, rule, message, cells as RowCells, true);
    const state = r ? new RuleState(name, r, asOf, opts.maxSamples, sampler) : undefined;
    slots.push(new ColumnSlot(name, col, kind, schema ? schema.coerce(name) : autoCell, state, schema?.format(name), schema?.timeFormat(name), checks?.(name) ?? NO_CHECK));
    if (r) ruleCols.push(i);
    if (r?.unique) uniqueCols.push(i);
    // A number-typed column's field starts as a number so V8 can keep it unboxed (every field is set before use).
    // The key is never `__proto__` (rowKey), so assigning makes an own field.
    rowObject[slots[i].key] = kind === CELL_NUMBER ? 0 : null;
  };

  const sink: RowSink = {
    beginFile(path) {
      file = path;
    },
    header(names, kinds) {
      columns = [];
      slots = [];
      uniqueCols = [];
      ruleCols = [];
      rowObject = {};
      profile = new Profile([], [...opts.files]);
      for (const n of names) addColumn(n);
      if (kinds) {
        kinds.forEach((k, i) => {
          if (!k) return;
          const slot = slots[i]!;
          slot.timeKind = k === 'date' ? DATE : k === 'date-time' ? DATE_TIME : DATE_TIME_NAIVE;
          slot.timeAsText = schema?.checksAsText(slot.name) ?? false;
        });
      }
      columnar = opts.columnar !== false && slots.every((c) => c.timeFormat === undefined);
    },
    columns(batch) {
      if (!columnar || batch.columns.length !== slots.length) return false;
      curRec = null;
      curCells = null;
      scanBatch(
        { slots, profile, violations, schema, allDoubt: checks === undefined, keep: keepValues, maxSamples: opts.maxSamples, uniqueCols, ruleCols, rowObject, file, sample, checkRules },
        batch,
        rowNo,
      );
      rowNo += batch.rows;
      return true;
    },
    newColumn(name) {
      addColumn(name);
    },
    bad(line, message) {
      rowNo++;
      violations.add({ row: rowNo, line, file, column: null, rule: 'invalid-json', message });
    },
    row(cells, line) {
      curRec = null;
      curCells = cells;
      addRow(cells, null, line);
    },
    record(rec, line) {
      curRec = rec;
      curCells = null;
      addRow(null, rec, line);
    },
  };

  /**
   * One row, from its cells (JSON Lines, Parquet, other readers) or from a CSV/TSV record's bytes
   * (`rec`): numbers are parsed from the bytes where the text path would parse the text as a
   * number right away, and everything else takes the text path with the cell's text.
   */
  function addRow(cells: Cell[] | null, rec: CsvRecord | null, line: number): void {
      const row = ++rowNo;
      if ((row & 8191) === 0) tickYoungGeneration();
      const n = columns.length;
      const m = rec !== null ? rec.count : cells!.length;
      if (cells !== null && na !== undefined) {
        for (let k = 0; k < m; k++) {
          const v = cells[k];
          if (typeof v === 'string' && v.length <= naLongest && na.has(v)) cells[k] = null;
        }
      }
      if (textFormat && m !== n) {
        violations.add(sample(row, line, null, 'ragged-row', `has ${m} fields, the header has ${n}`, cells, false));
        return;
      }
      const naB = naBytes;
      const cols = slots;
      const validating = schema !== undefined;
      // A value the schema's checks do not vouch for: the row goes to ajv.
      let doubt = checks === undefined;
      const keep = keepValues;
      // A range or category rule failed on this row: its samples are made after the row schema's.
      let ruleHit = false;
      // Each cell is converted and added to the profile by its type, inline (no closure call per
      // cell but for CELL_OTHER columns); the converted value goes to the row object, the rules
      // and the kept values, not back to `cells` (samples convert again, rarely).
      for (let i = 0; i < n; i++) {
        const c = cols[i];
        let x: number | undefined;
        text: {
        let raw: Cell;
        if (rec !== null) {
          if (rec.isEmpty(i) || (naB !== undefined && rec.isNa(i, naB))) raw = null;
          else {
            const fb = c.fromBytes;
            if (fb === FROM_BYTES_NUMBER ? !rec.isQuoted(i) : fb === FROM_BYTES_AUTO && autoNumberCell(rec, i)) {
              x = rec.number(i);
              if (x !== undefined) break text;
            }
            raw = c.interns ? rec.intern(i, (c.cache ??= new InternCache())) : rec.text(i);
          }
        } else raw = i < m ? cells![i]! : null;
        if (raw === null) {
          c.profile.addNull();
          if (validating && !holdNull(c)) doubt = true;
          continue;
        }
        if (typeof raw === 'string') {
          const kind = c.kind;
          const tf = c.timeFormat;
          if (tf !== undefined) {
            // A declared x-time-format: every text cell is a date or timestamp in it, or invalid.
            const ms = tf.parse(raw);
            if (ms === ms) {
              c.profile.addTime(ms, tf.kind);
              if (c.time !== undefined) c.time.add(ms, tf.kind, row, line, file, cells);
              if (keep) c.values.addNumber(ms);
            } else {
              c.profile.addString(raw);
              if (keep) c.values.add(raw);
              violations.add(sample(row, line, c.name, 'invalid-date', `${c.name}: ${showCell(raw)} does not match ${TIME_FORMAT_KEY} ${JSON.stringify(tf.source)} or is no real ${tf.kind === DATE ? 'date' : 'date and time'}`, cells, true));
            }
            if (c.allowed !== undefined && !c.allowed.has(raw)) ruleHit = true;
            if (validating && !holdText(c, raw)) doubt = true;
            continue;
          }
          if (c.detectTime && looksLikeTime(raw)) {
            // Dates and timestamps (ISO 8601) become epoch milliseconds for the profile and the
            // time rules; the row schema still sees the text (a `type: string` column stays valid).
            const ms = parseTime(raw);
            const tk = parsedKind;
            if (tk >= DATE) {
              c.profile.addTime(ms, tk);
              if (c.time !== undefined) c.time.add(ms, tk, row, line, file, cells);
              if (c.allowed !== undefined && !c.allowed.has(raw)) ruleHit = true;
              if (keep) c.values.addNumber(ms);
              if (validating && !holdText(c, raw)) doubt = true;
              continue;
            }
            if (tk === INVALID_TIME || kind === CELL_TEXT) x = undefined;
            else x = parseNumber(raw);
          } else if (kind === CELL_NUMBER) x = parseNumber(raw);
          else if (kind === CELL_AUTO) {
            // autoCell's fast reject: a number starts with a digit, sign or dot.
            const ch = raw.charCodeAt(0);
            x = (ch >= 48 && ch <= 57) || ch === 45 || ch === 43 || ch === 46 ? parseNumber(raw) : undefined;
          } else if (kind === CELL_OTHER) {
            const v = c.coerce(raw);
            if (typeof v === 'number') x = v;
            else {
              if (v === null) c.profile.addNull();
              else c.profile.add(v);
              if (v !== null && c.allowed !== undefined && !c.allowed.has(v)) ruleHit = true;
              if (keep) c.values.add(v);
              if (validating && !holdCell(c, v)) doubt = true;
              continue;
            }
          }
          if (x === undefined) {
            // Text stays text (a violation in the end if the column is numeric: see textInNumeric).
            if (c.sampleText && c.textSamples.length < opts.maxSamples) c.textSamples.push({ row, line, file, column: c.name, rule: 'not-a-number', message: `${c.name}: ${JSON.stringify(raw)} is not a number` });
            c.profile.addString(raw);
            if (c.allowed !== undefined && !c.allowed.has(raw)) ruleHit = true;
            if (keep) c.values.add(raw);
            if (validating && !holdText(c, raw)) doubt = true;
            continue;
          }
        } else if (typeof raw === 'number') {
          if (c.timeKind !== 0) {
            // A Parquet DATE / TIMESTAMP: epoch milliseconds already.
            c.profile.addTime(raw, c.timeKind);
            if (c.time !== undefined) c.time.add(raw, c.timeKind, row, line, file, cells);
            if (keep) c.values.addNumber(raw);
            if (validating && !holdCell(c, c.timeAsText ? formatTime(raw, c.timeKind === DATE, c.timeKind === DATE_TIME_NAIVE) : raw)) doubt = true;
            continue;
          }
          x = raw; // JSON Lines and Parquet values are never converted
        } else {
          c.profile.add(raw);
          if (c.allowed !== undefined && !c.allowed.has(raw)) ruleHit = true;
          if (keep) c.values.add(raw);
          if (validating && !holdCell(c, raw)) doubt = true;
          continue;
        }
        }
        c.profile.addNumber(x);
        if (x < c.lo || x > c.hi) ruleHit = true;
        if (c.allowed !== undefined && !c.allowed.has(x)) ruleHit = true;
        if (keep) c.values.addNumber(x);
        if (validating && !holdNumber(c, x)) doubt = true;
      }
      profile.rows++;
      if (validating) {
        // ajv sees the row only when the schema's per-column checks can not vouch for it (row-check.ts).
        if (doubt) {
          const obj = rowObject;
          for (let i = 0; i < n; i++) {
            const c = cols[i];
            obj[c.key] = c.isNum ? c.num : c.ref;
          }
          if (!schema.validate(obj)) {
            const errs = rowErrors(schema, obj)!;
            for (const e of errs) violations.add(sample(row, line, e.column, e.rule, e.column === null ? e.message : `${e.column}: ${e.message}`, cells, true));
          }
        }
        if (ruleHit || uniqueCols.length > 0) {
          for (const i of ruleHit ? ruleCols : uniqueCols) checkRules(cols[i].rules!, i < m ? cols[i].coerce((cells ?? recordCells())[i]!) : null, row, line, cells);
        }
      }
  }

  function checkRules(r: RuleState, v: Cell, row: number, line: number, cells: RowCells): void {
    if (v === null) return;
    if (r.seen) {
      const first = r.seen.get(v);
      if (first !== undefined) violations.add(sample(row, line, r.column, 'unique', `${r.column}: ${JSON.stringify(v)} repeats row ${first}`, cells, true));
      else r.seen.set(v, row);
    }
    const range = r.rules.range;
    if (range && typeof v === 'number' && ((range.min !== undefined && v < range.min) || (range.max !== undefined && v > range.max))) {
      r.outside++;
      if (r.outsideSamples.length < opts.maxSamples) r.outsideSamples.push(sample(row, line, r.column, 'range', `${r.column}: ${v} is outside [${range.min ?? '-∞'}, ${range.max ?? '+∞'}]`, cells, true));
    }
    if (r.allowed && !r.allowed.has(v)) {
      r.unexpected++;
      if (r.unexpectedSamples.length < opts.maxSamples) r.unexpectedSamples.push(sample(row, line, r.column, 'categories', `${r.column}: ${JSON.stringify(v)} is not an allowed category`, cells, true));
    }
  }

  const first = opts.files[0];
  const format = detectFormat(first, opts.format);
  textFormat = format === 'csv' || format === 'tsv';
  const na = textFormat && opts.naValues?.length ? new Set(opts.naValues) : undefined;
  const naLongest = na ? Math.max(...[...na].map((v) => v.length)) : 0;
  const naBytes = na ? new NaBytes(na) : undefined;
  const onProgress = opts.read ? undefined : opts.onProgress;
  const total = onProgress ? opts.files.reduce((sum, f) => sum + fileSize(f), 0) : 0;
  const onBytes = onProgress && ((n: number) => onProgress(n, total, rowNo));
  const result = opts.read ? await opts.read(sink) : await readRows(opts.files, sink, { format, shard: opts.shard, onBytes });
  onProgress?.(total, total, rowNo); // the end: every row, the last record's included
  if (columns.length === 0 && result.columns.length === 0) throw new DataError(`${first}: no columns found`, first);

  const rules = slots.map((c) => c.rules);
  // Text cells of auto-typed columns, for textViolations; a deferred (chunked) pass merges them first.
  const text = slots.map((c) => (c.sampleText ? c.textSamples : undefined));
  if (!opts.deferDatasetRules) {
    textViolations(profile, text, violations);
    if (schema) datasetRules(schema, profile, rules, violations);
  }
  const valueMap = opts.keepValues ? new Map(columns.map((c, i) => [c, slots[i].values])) : undefined;
  return { profile, values: valueMap, violations, rowsRead: rowNo, format: result.format, bytes: result.bytes, ...(opts.deferDatasetRules ? { rules, text } : {}) };
}

/** A file's size, 0 when it can not be read (readRows reports that). */
function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

export function datasetRules(schema: LoadedSchema, profile: Profile, rules: (RuleState | undefined)[], violations: Violations): void {
  const ds = { row: null, line: null, file: null } as const;
  for (const c of schema.requiredColumns) {
    if (!profile.byName.has(c)) violations.add({ ...ds, column: c, rule: 'required-column', message: `required column '${c}' is missing` });
  }
  const minRows = schema.rules['min-rows'];
  if (minRows !== undefined && profile.rows < minRows) violations.add({ ...ds, column: null, rule: 'min-rows', message: `${profile.rows} rows, at least ${minRows} required` });
  for (const [name, r] of Object.entries(schema.rules.columns ?? {})) {
    const col = profile.byName.get(name);
    if (!col) {
      if (schema.requiredColumns.includes(name)) continue; // a required-column violation already
      const names = profile.columns.map((c) => showName(c.name));
      const list = names.length > 30 ? `${names.slice(0, 30).join(', ')}, ... (${names.length} in all)` : names.join(', ');
      throw new ConfigurationError(`${showPath(schema.path)}: x-dataset rule for column ${showName(name)}: the data has no such column; its columns: ${list}`);
    }
    const total = col.count + col.nulls;
    const maxNull = r['max-null-fraction'];
    if (maxNull !== undefined && total > 0 && col.nulls / total > maxNull) {
      violations.add({ ...ds, column: name, rule: 'max-null-fraction', message: `${name}: ${((100 * col.nulls) / total).toFixed(2)}% null, at most ${(100 * maxNull).toFixed(2)}% allowed` });
    }
  }
  for (const r of rules) {
    if (!r) continue;
    const col = profile.byName.get(r.column)!;
    r.time?.judge(col, violations);
    const n = col.count || 1;
    const allowOut = r.rules.range?.['max-outside-fraction'] ?? 0;
    if (r.outside > 0 && r.outside / n > allowOut) {
      r.outsideSamples.forEach((s, i) => violations.add(s, i === 0 ? r.outside - r.outsideSamples.length + 1 : 1));
    }
    const allowUnexpected = r.rules.categories?.['max-unexpected-fraction'] ?? 0;
    if (r.unexpected > 0 && r.unexpected / n > allowUnexpected) {
      r.unexpectedSamples.forEach((s, i) => violations.add(s, i === 0 ? r.unexpected - r.unexpectedSamples.length + 1 : 1));
    }
  }
}
