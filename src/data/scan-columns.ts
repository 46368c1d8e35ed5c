/**
 * The scan of one Parquet row group column by column (scan.ts' sink takes it through
 * RowSink.columns): the same result as handing each row to scan.ts' row loop, without making the
 * rows.
 *
 * Each column's values go to its sketches, rule states and kept values in row order, so every
 * sketch sees the sequence the row loop gives it and the profile bytes are the same. What the row
 * loop decides per row is gathered per row in `marks`: a value the schema's per-column checks do
 * not vouch for (the row goes to ajv) and a range or category rule that failed. Then the rows are
 * walked in order for those that need ajv or the rules (every row when a column is `unique`), each
 * as the row loop would: ajv's violations first, then the rules', so violations, counts and samples
 * come in the same order. The row's cells are made only for a sample.
 *
 * A text column whose chunk was all dictionary-encoded is converted once per dictionary entry (its
 * number, date or text, its hash, whether the checks vouch for it, whether a rule fails) rather than
 * once per cell.
 *
 * What this does not do the row loop does: a sharded read, and a file with a column with an
 * x-time-format (scan.ts decides per file at the header).
 */
import { batchCell, type Cell, type ColumnBatch } from './readers.js';
import type { GroupColumn } from './parquet-columns.js';
import type { ColumnProfile, Profile } from './profile.js';
import { CELL_AUTO, CELL_NUMBER, CELL_OTHER, CELL_TEXT, parseNumber, rowErrors, type LoadedSchema } from './schema.js';
import { NUM_ANY, NUM_INT, STR_ANY, STR_SET } from './row-check.js';
import { DATE, DATE_TIME_NAIVE, INVALID_TIME, formatTime, looksLikeTime, parseTime, parsedKind } from './time.js';
import { hashNumber64, hashString64 } from './sketch/hll.js';
import type { Violations, ViolationSample } from './violations.js';
import type { ColumnSlot, RuleState } from './scan.js';

/** A sample's row cells: given, made on demand, or (null) the row loop's current row. */
export type RowCells = Cell[] | null | (() => Cell[]);

/** What scanBatch needs of scan.ts' pass (its state when the batch comes). */
export interface BatchScan {
  slots: readonly ColumnSlot[];
  profile: Profile;
  violations: Violations;
  schema: LoadedSchema | undefined;
  /** No per-column checks: every row goes to ajv. */
  allDoubt: boolean;
  keep: boolean;
  maxSamples: number;
  uniqueCols: readonly number[];
  ruleCols: readonly number[];
  rowObject: Record<string, Cell>;
  file: string | null;
  sample(row: number, line: number, column: string | null, rule: string, message: string, cells: RowCells, coerced: boolean): ViolationSample;
  checkRules(r: RuleState, v: Cell, row: number, line: number, cells: RowCells): void;
}

/** marks[k]: row k has a value the checks do not vouch for (DOUBT), a failed range or category rule (RULE_HIT). */
const DOUBT = 1;
const RULE_HIT = 2;
let marks = new Uint8Array(0);

// What a non-null cell is to the row loop (classify): text, a number, an ISO 8601 date or
// timestamp in text, a Parquet date or timestamp (epoch ms), a boolean, or what a CELL_OTHER
// column's coerce made of text. The number (or ms) and time kind in `outNum` / `outKind`, the
// coerced value in `outOther`.
const V_TEXT = 0;
const V_NUM = 1;
const V_TIME = 2;
const V_PQ_TIME = 3;
const V_BOOL = 4;
const V_OTHER = 5;
let outNum = 0;
let outKind = 0;
let outOther: Cell = null;

/** The row loop's conversion of a non-null cell of column `c` (scan.ts addRow, for cells that are not CSV bytes). */
function classify(c: ColumnSlot, raw: Cell): number {
  if (typeof raw === 'number') {
    outNum = raw;
    return c.timeKind !== 0 ? V_PQ_TIME : V_NUM;
  }
  if (typeof raw !== 'string') return V_BOOL;
  const kind = c.kind;
  let x: number | undefined;
  if (c.detectTime && looksLikeTime(raw)) {
    const ms = parseTime(raw);
    const tk = parsedKind;
    if (tk >= DATE) {
      outNum = ms;
      outKind = tk;
      return V_TIME;
    }
    x = tk === INVALID_TIME || kind === CELL_TEXT ? undefined : parseNumber(raw);
  } else if (kind === CELL_NUMBER) x = parseNumber(raw);
  else if (kind === CELL_AUTO) {
    const ch = raw.charCodeAt(0);
    x = (ch >= 48 && ch <= 57) || ch === 45 || ch === 43 || ch === 46 ? parseNumber(raw) : undefined;
  } else if (kind === CELL_OTHER) {
    const v = c.coerce(raw);
    if (typeof v !== 'number') {
      outOther = v;
      return V_OTHER;
    }
    x = v;
  }
  if (x === undefined) return V_TEXT;
  outNum = x;
  return V_NUM;
}

/** The row loop's holdNumber verdict: the column's check vouches for the number. */
function numberOk(c: ColumnSlot, x: number): boolean {
  const k = c.checkNumbers;
  return k === NUM_ANY ? x - x === 0 : k === NUM_INT ? Number.isInteger(x) : c.valid(x);
}

function textOk(c: ColumnSlot, s: string): boolean {
  const k = c.checkStrings;
  return k === STR_ANY || (k === STR_SET ? c.validStrings.has(s) : c.valid(s));
}

function cellOk(c: ColumnSlot, v: Cell): boolean {
  return typeof v === 'number' ? numberOk(c, v) : c.valid(v);
}

/** A Parquet date or timestamp as the row schema sees it: text when it checks it as text. */
function pqTimeHeld(c: ColumnSlot, ms: number): Cell {
  return c.timeAsText ? formatTime(ms, c.timeKind === DATE, c.timeKind === DATE_TIME_NAIVE) : ms;
}

/** The value the row loop puts in the row object for a cell (what ajv sees). */
function held(c: ColumnSlot, raw: Cell): Cell {
  if (raw === null) return null;
  switch (classify(c, raw)) {
    case V_NUM:
      return outNum;
    case V_PQ_TIME:
      return pqTimeHeld(c, outNum);
    case V_OTHER:
      return outOther;
    default:
      return raw;
  }
}

/** A dictionary's entries, converted once: per entry its kind, number, hash and row marks. */
interface Entries {
  kind: Uint8Array;
  num: Float64Array;
  timeKind: Uint8Array;
  h1: Int32Array;
  h2: Int32Array;
  mark: Uint8Array;
  other: Cell[];
  /** Every entry is text (V_TEXT). */
  allText: boolean;
}

function entries(c: ColumnSlot, dict: Cell[], validating: boolean): Entries {
  const n = dict.length;
  const e: Entries = { kind: new Uint8Array(n), num: new Float64Array(n), timeKind: new Uint8Array(n), h1: new Int32Array(n), h2: new Int32Array(n), mark: new Uint8Array(n), other: [], allText: true };
  for (let j = 0; j < n; j++) {
    const raw = dict[j]!;
    const kind = classify(c, raw);
    e.kind[j] = kind;
    e.num[j] = outNum;
    e.timeKind[j] = outKind;
    if (kind !== V_TEXT) e.allText = false;
    let m = 0;
    let ok = true;
    switch (kind) {
      case V_TEXT: {
        const [h1, h2] = hashString64(raw as string);
        e.h1[j] = h1;
        e.h2[j] = h2;
        if (c.allowed !== undefined && !c.allowed.has(raw)) m |= RULE_HIT;
        ok = textOk(c, raw as string);
        break;
      }
      case V_NUM:
        if (outNum < c.lo || outNum > c.hi || (c.allowed !== undefined && !c.allowed.has(outNum))) m |= RULE_HIT;
        ok = numberOk(c, outNum);
        break;
      case V_TIME:
        if (c.allowed !== undefined && !c.allowed.has(raw)) m |= RULE_HIT;
        ok = textOk(c, raw as string);
        break;
      case V_PQ_TIME:
        ok = cellOk(c, pqTimeHeld(c, outNum));
        break;
      case V_BOOL:
        if (c.allowed !== undefined && !c.allowed.has(raw)) m |= RULE_HIT;
        ok = c.valid(raw);
        break;
      default:
        e.other[j] = outOther;
        if (outOther !== null && c.allowed !== undefined && !c.allowed.has(outOther)) m |= RULE_HIT;
        ok = cellOk(c, outOther);
    }
    if (validating && !ok) m |= DOUBT;
    e.mark[j] = m;
  }
  return e;
}

/** Scans one row group (its rows numbered from `rowBefore` + 1 in the pass) into the pass's state. */
export function scanBatch(s: BatchScan, batch: ColumnBatch, rowBefore: number): void {
  const rows = batch.rows;
  const cols = batch.columns;
  const slots = s.slots;
  const validating = s.schema !== undefined;
  if (marks.length < rows) marks = new Uint8Array(rows);
  const mk = marks;
  mk.fill(validating && s.allDoubt ? DOUBT : 0, 0, rows);
  // The row whose cells a sample shows (set before each call that may make one).
  let cur = 0;
  const rowCells = (): Cell[] => cols.map((col) => batchCell(col, cur));
  const ctx: ColumnContext = { s, rowBefore, firstLine: batch.firstLine, validating, rowCells, setRow: (k) => (cur = k) };
  for (let i = 0; i < slots.length; i++) {
    const c = slots[i]!;
    const col = cols[i]!;
    if (col.cells === null && c.timeKind === 0) {
      if (col.dictNumbers !== null) numberDictColumn(c, col, rows, mk, ctx);
      else numberColumn(c, col, rows, mk, ctx);
    }
    else if (col.dict !== null) dictColumn(c, col, rows, mk, ctx);
    else cellColumn(c, col, rows, mk, ctx);
  }
  s.profile.rows += rows;
  if (validating) checkRows(s, batch, rowBefore, mk, ctx);
}

/**
 * The rows of a batch whose marks say they need ajv or the rules (every row when a column is
 * unique), in order, as the row loop checks them. A function of its own: as a loop of scanBatch it
 * got scanBatch, called once per row group, compiled on-stack and then whole, with every column
 * function inlined (and compiled again whenever one of those deoptimized).
 */
function checkRows(s: BatchScan, batch: ColumnBatch, rowBefore: number, mk: Uint8Array, ctx: ColumnContext): void {
  const rows = batch.rows;
  const cols = batch.columns;
  const slots = s.slots;
  const rowCells = ctx.rowCells;
  const schema = s.schema!;
  const n = slots.length;
  const obj = s.rowObject;
  const uniq = s.uniqueCols.length > 0;
  for (let k = 0; k < rows; k++) {
    const m = mk[k]!;
    if (m === 0 && !uniq) continue;
    ctx.setRow(k);
    const row = rowBefore + k + 1;
    const line = batch.firstLine + k;
    if ((m & DOUBT) !== 0) {
      for (let i = 0; i < n; i++) obj[slots[i]!.key] = held(slots[i]!, batchCell(cols[i]!, k));
      if (!schema.validate(obj)) {
        for (const e of rowErrors(schema, obj)!) s.violations.add(s.sample(row, line, e.column, e.rule, e.column === null ? e.message : `${e.column}: ${e.message}`, rowCells, true));
      }
    }
    if ((m & RULE_HIT) !== 0 || uniq) {
      for (const i of (m & RULE_HIT) !== 0 ? s.ruleCols : s.uniqueCols) s.checkRules(slots[i]!.rules!, slots[i]!.coerce(batchCell(cols[i]!, k)), row, line, rowCells);
    }
  }
}

interface ColumnContext {
  s: BatchScan;
  rowBefore: number;
  firstLine: number;
  validating: boolean;
  rowCells: () => Cell[];
  setRow(k: number): void;
}

/** A column of plain numbers (not dates): the row loop's number path, per row. */
function numberColumn(c: ColumnSlot, col: GroupColumn, rows: number, mk: Uint8Array, ctx: ColumnContext): void {
  const nums = col.numbers!;
  const present = col.present;
  const p = c.profile;
  const lo = c.lo;
  const hi = c.hi;
  const allowed = c.allowed;
  const keep = ctx.s.keep;
  const validating = ctx.validating;
  const nullBad = validating && !c.okNull ? DOUBT : 0;
  const check = c.checkNumbers;
  for (let k = 0; k < rows; k++) {
    if (present !== null && present[k] === 0) {
      p.addNull();
      mk[k] |= nullBad;
      continue;
    }
    const x = nums[k]!;
    p.addNumber(x);
    let m = 0;
    if (x < lo || x > hi || (allowed !== undefined && !allowed.has(x))) m = RULE_HIT;
    if (keep) c.values.addNumber(x);
    if (validating && !(check === NUM_ANY ? x - x === 0 : check === NUM_INT ? Number.isInteger(x) : c.valid(x))) m |= DOUBT;
    mk[k] |= m;
  }
}

/** One non-null cell as the row loop takes it, `kind` its classify result (outNum, outKind, outOther set). */
function addCell(c: ColumnSlot, raw: Cell, kind: number, k: number, ctx: ColumnContext): void {
  const p = c.profile;
  const keep = ctx.s.keep;
  switch (kind) {
    case V_TEXT:
      textSample(c, raw as string, k, ctx);
      p.addString(raw as string);
      if (keep) c.values.add(raw);
      return;
    case V_NUM:
      p.addNumber(outNum);
      if (keep) c.values.addNumber(outNum);
      return;
    case V_TIME:
    case V_PQ_TIME: {
      const ms = outNum;
      const tk = kind === V_TIME ? outKind : c.timeKind;
      p.addTime(ms, tk);
      if (c.time !== undefined) {
        ctx.setRow(k);
        c.time.add(ms, tk, ctx.rowBefore + k + 1, ctx.firstLine + k, ctx.s.file, ctx.rowCells);
      }
      if (keep) c.values.addNumber(ms);
      return;
    }
    case V_BOOL:
      p.add(raw);
      if (keep) c.values.add(raw);
      return;
    default: {
      const v = outOther;
      if (v === null) p.addNull();
      else p.add(v);
      if (keep) c.values.add(v);
    }
  }
}

/** A text cell of a column that may turn out numeric: kept as a not-a-number sample (the first few). */
function textSample(c: ColumnSlot, raw: string, k: number, ctx: ColumnContext): void {
  if (c.sampleText && c.textSamples.length < ctx.s.maxSamples) {
    c.textSamples.push({ row: ctx.rowBefore + k + 1, line: ctx.firstLine + k, file: ctx.s.file, column: c.name, rule: 'not-a-number', message: `${c.name}: ${JSON.stringify(raw)} is not a number` });
  }
}

/** A column of cells (text, booleans, dates, or anything hyparquet decoded), per row. */
function cellColumn(c: ColumnSlot, col: GroupColumn, rows: number, mk: Uint8Array, ctx: ColumnContext): void {
  const validating = ctx.validating;
  const nullBad = validating && !c.okNull ? DOUBT : 0;
  const allowed = c.allowed;
  for (let k = 0; k < rows; k++) {
    const raw = batchCell(col, k);
    if (raw === null) {
      c.profile.addNull();
      mk[k] |= nullBad;
      continue;
    }
    const kind = classify(c, raw);
    let m = 0;
    let ok = true;
    switch (kind) {
      case V_TEXT:
      case V_TIME:
        if (allowed !== undefined && !allowed.has(raw)) m = RULE_HIT;
        if (validating) ok = textOk(c, raw as string);
        break;
      case V_NUM:
        if (outNum < c.lo || outNum > c.hi || (allowed !== undefined && !allowed.has(outNum))) m = RULE_HIT;
        if (validating) ok = numberOk(c, outNum);
        break;
      case V_PQ_TIME:
        if (validating) ok = cellOk(c, pqTimeHeld(c, outNum));
        break;
      case V_BOOL:
        if (allowed !== undefined && !allowed.has(raw)) m = RULE_HIT;
        if (validating) ok = c.valid(raw);
        break;
      default:
        if (outOther !== null && allowed !== undefined && !allowed.has(outOther)) m = RULE_HIT;
        if (validating) ok = cellOk(c, outOther);
    }
    if (!ok) m |= DOUBT;
    mk[k] |= m;
    addCell(c, raw, kind, k, ctx);
  }
}

/** A column whose chunk was all dictionary-encoded: each entry converted once, then per row. */
function dictColumn(c: ColumnSlot, col: GroupColumn, rows: number, mk: Uint8Array, ctx: ColumnContext): void {
  const dict = col.dict!;
  const index = col.index!;
  const e = entries(c, dict, ctx.validating);
  const nullBad = ctx.validating && !c.okNull ? DOUBT : 0;
  const p = c.profile;
  const keep = ctx.s.keep;
  const kinds = e.kind;
  // All text, top values tracked exactly and room for every entry: a string's repeats are counted
  // here and added at the end (ColumnProfile.repeatsCount); its first occurrence is added in order.
  // Counts in a Uint32Array: read back they are small integers, which the sketches' integer counters
  // keep (a Float64Array's element is a double, which would turn those counters into doubles).
  const repeats = e.allText && p.repeatsCount(dict.length) ? new Uint32Array(dict.length + 1) : null;
  for (let k = 0; k < rows; k++) {
    const j = index[k]! - 1;
    if (j < 0) {
      p.addNull();
      mk[k] |= nullBad;
      continue;
    }
    mk[k] |= e.mark[j]!;
    const kind = kinds[j]!;
    const raw = dict[j]!;
    if (kind === V_TEXT) {
      textSample(c, raw as string, k, ctx);
      if (repeats !== null && repeats[j]! > 0) repeats[j]!++;
      else {
        if (repeats !== null) repeats[j] = 1;
        p.addStringHashed(raw as string, e.h1[j]!, e.h2[j]!);
      }
      if (keep) c.values.add(raw);
      continue;
    }
    outNum = e.num[j]!;
    outKind = e.timeKind[j]!;
    outOther = kind === V_OTHER ? e.other[j]! : null;
    addCell(c, raw, kind, k, ctx);
  }
  if (repeats !== null) addStringRepeats(p, dict, repeats);
}

/**
 * A column of numbers (not dates) whose chunk was all dictionary-encoded: each entry's rule and
 * check verdicts and hash made once; while top values are tracked exactly, repeats are counted and
 * added at the end (moments and quantiles still get every value in order).
 */
function numberDictColumn(c: ColumnSlot, col: GroupColumn, rows: number, mk: Uint8Array, ctx: ColumnContext): void {
  const dn = col.dictNumbers!;
  const index = col.index!;
  const d = dn.length;
  const p = c.profile;
  const keep = ctx.s.keep;
  const validating = ctx.validating;
  const nullBad = validating && !c.okNull ? DOUBT : 0;
  const { mark, finite, h1, h2, repeats: counts } = numberScratch(d);
  numberEntries(c, dn, validating, mark, finite, h1, h2);
  const repeats = p.repeatsCount(d) ? counts.fill(0, 0, d) : null; // see dictColumn
  for (let k = 0; k < rows; k++) {
    const j = index[k]! - 1;
    if (j < 0) {
      p.addNull();
      mk[k] |= nullBad;
      continue;
    }
    mk[k] |= mark[j]!;
    const x = dn[j]!;
    if (keep) c.values.addNumber(x);
    if (finite[j] === 0) p.addNumber(x);
    else if (repeats !== null) {
      if (repeats[j]! > 0) {
        repeats[j]!++;
        p.addNumberRepeat(x);
      } else {
        repeats[j] = 1;
        p.addNumber(x);
      }
    } else p.addNumberHashed(x, h1[j]!, h2[j]!);
  }
  if (repeats !== null) trackRepeats(p, dn, repeats);
}

// The loops before and after a dictionary column's loop over its rows, each in a function of its
// own: in one function, V8 compiled the whole of it for each loop that got hot (on-stack
// replacement) and again when the code after a loop, without type feedback yet, deoptimized it.

/**
 * numberDictColumn's arrays per dictionary entry, kept for the next column: a group's numeric
 * dictionary can hold tens of thousands of entries, and arrays made per group were 40 MB of memory
 * outside the heap per 10M rows, freed only by a full collection. Entries 0..d-1 are written
 * before they are read (numberEntries writes every one; repeats are zeroed by the caller).
 */
let numberArrays = { mark: new Uint8Array(0), finite: new Uint8Array(0), h1: new Int32Array(0), h2: new Int32Array(0), repeats: new Uint32Array(0) };

function numberScratch(d: number): typeof numberArrays {
  if (numberArrays.mark.length < d) {
    const n = Math.max(d, 2 * numberArrays.mark.length);
    numberArrays = { mark: new Uint8Array(n), finite: new Uint8Array(n), h1: new Int32Array(n), h2: new Int32Array(n), repeats: new Uint32Array(n) };
  }
  return numberArrays;
}

/** Per entry of a numeric dictionary: its row marks, whether it is finite, and then its hash. */
function numberEntries(c: ColumnSlot, dn: Float64Array, validating: boolean, mark: Uint8Array, finite: Uint8Array, h1: Int32Array, h2: Int32Array): void {
  for (let j = 0; j < dn.length; j++) {
    const x = dn[j]!;
    let m = 0;
    if (x < c.lo || x > c.hi || (c.allowed !== undefined && !c.allowed.has(x))) m = RULE_HIT;
    if (validating && !numberOk(c, x)) m |= DOUBT;
    mark[j] = m;
    finite[j] = 0;
    if (x - x === 0) {
      finite[j] = 1;
      const [a, b] = hashNumber64(x);
      h1[j] = a;
      h2[j] = b;
    }
  }
}

/** The repeats counted per entry of a numeric dictionary, to the top values. */
function trackRepeats(p: ColumnProfile, dn: Float64Array, repeats: Uint32Array): void {
  for (let j = 0; j < dn.length; j++) if (repeats[j]! > 1) p.trackRepeats(dn[j]!, repeats[j]! - 1);
}

/** The repeats counted per entry of a text dictionary, to the profile. */
function addStringRepeats(p: ColumnProfile, dict: Cell[], repeats: Uint32Array): void {
  for (let j = 0; j < dict.length; j++) if (repeats[j]! > 1) p.addStringRepeats(dict[j] as string, repeats[j]! - 1);
}
