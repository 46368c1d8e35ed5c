/**
 * Reads a training dataset into columns, in one streaming pass (readRows), and infers each feature
 * column's kind:
 *
 * - numeric when every non-missing value is a number: a number cell, or text that
 *   {@link parseNumber} accepts (CSV cells are text); stored as float64 with NaN for missing;
 * - categorical otherwise (text, booleans); stored as codes into a dictionary of the values as
 *   evaluate-model will feed them to a string input (`String(cell)`, text kept as written), -1 for
 *   missing.
 *
 * Missing: an empty cell (null), text that is only white space, and a NaN or infinite number.
 *
 * Memory: 8 bytes a value while a column is numeric, 4 bytes a value once it is categorical. A
 * dictionary is kept per column only up to `maxCategories` values, so an id column costs nothing
 * extra, and a categorical column with more values is an error that names it.
 *
 * Without `features`, every column but the label, `ignore` and `split-by` is a candidate, and two
 * kinds are left out (named in {@link Table.leftOut}): time columns (dates or timestamps, as
 * validate-data types a column: {@link timeLike}; a Parquet DATE/TIMESTAMP column), whose values a
 * model would learn as one category per day, and identifier-like text columns ({@link
 * identifierLike}: more than half the values distinct). Past `maxCategories` values such a column
 * keeps only a HyperLogLog (deterministic), so an id column costs no dictionary.
 *
 * Rows whose label is missing are skipped (counted). Classification labels are keyed as
 * evaluate-model keys them (trimmed text, numbers and numeric text in canonical form: "1.0" is
 * "1"); regression targets must be numbers.
 */
import { showColumns } from '../lib/files.js';
import { ConfigurationError, DataError } from '../errors.js';
import { detectFormat, expandDataGlob, readRows, type Cell, type Format } from '../data/readers.js';
import { parseNumber } from '../data/schema.js';
import { identifierLike, timeLike } from '../data/profile.js';
import { HyperLogLog } from '../data/sketch/hll.js';
import { looksLikeTime, parseTime } from '../data/time.js';
import type { FeatureKind } from './config.js';
import { F64, I32 } from '../lib/columns.js';
import { labelKey } from '../data/schema.js';
import type { TimeSplitter } from '../data/time-split.js';

export { labelKey };

export interface NumericColumn {
  name: string;
  kind: 'numeric';
  /** One value per kept row; NaN is missing. */
  values: Float64Array;
}

export interface CategoricalColumn {
  name: string;
  kind: 'categorical';
  /** One code per kept row into `dictionary`; -1 is missing. */
  codes: Int32Array;
  /** Distinct values in order of first appearance. */
  dictionary: string[];
}

export type Column = NumericColumn | CategoricalColumn;

/** A column left out of the default features (no `features` given), and why. */
export interface LeftOut {
  name: string;
  reason: 'time' | 'identifier';
  /** For a person: `dates`, `912 distinct in 1000 values`. */
  detail: string;
}

export interface Table {
  /** Kept rows (those with a label). */
  n: number;
  /** Feature columns: in the order of `features` when given, else in data-column order. */
  columns: Column[];
  label: string;
  /** classification: label key per row, as a code into labelDictionary. */
  labelCodes?: Int32Array;
  labelDictionary?: string[];
  /** regression: target per row. */
  target?: Float64Array;
  skippedNoLabel: number;
  sources: string[];
  /** Columns left out of the default features, in data-column order (empty with `features`). */
  leftOut: LeftOut[];
}

export interface LoadOptions {
  data: string[];
  format?: Format;
  label: string;
  features?: string[];
  ignore?: string[];
  labelKind: 'class' | 'number';
  maxCategories: number;
  /** Keeps only the rows on one side of a time cut-off; its column is never a feature. */
  split?: TimeSplitter;
  /** CSV/TSV cells read as missing. */
  naValues?: readonly string[];
}


/** A cell as a number: the number, null when missing, undefined when not numeric. */
export function cellNumber(v: Cell): number | null | undefined {
  if (v === null) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'boolean') return undefined;
  const n = parseNumber(v);
  if (n !== undefined) return n;
  return v.trim() === '' ? null : undefined;
}

/** A cell as the category string evaluate-model feeds to a string input; null when missing. */
export function cellCategory(v: Cell): string | null {
  if (v === null) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : null;
  if (typeof v === 'boolean') return String(v);
  return v.trim() === '' ? null : v;
}

/** One feature column while reading: numeric until a value says otherwise. */
class ColumnBuilder {
  kind: FeatureKind = 'numeric';
  private values: F64 | null = new F64();
  /** Dictionary codes, kept while the dictionary stays within maxCategories. */
  private codes: I32 | null = new I32();
  private dict: Map<string, number> | null = new Map();
  private dictionary: string[] = [];
  /** Non-missing values by what they are, for the default features' choice (`auto`). */
  private tally = { numbers: 0, booleans: 0, times: 0, text: 0 };
  /** `auto`: distinct values past maxCategories, and the error deferred until the column is judged. */
  private distinct: HyperLogLog | null = null;
  private tooMany: string | null = null;

  /**
   * @param auto no `features` given: this column may be left out (time, identifier-like), and a
   *   categorical one past `maxCategories` is an error only if it is kept.
   * @param timeType the reader typed it as a date or timestamp (Parquet DATE/TIMESTAMP).
   */
  constructor(
    readonly name: string,
    private readonly maxCategories: number,
    backfill: number,
    private readonly auto = false,
    private readonly timeType = false,
  ) {
    for (let i = 0; i < backfill; i++) this.add(null, '', 0);
  }

  add(v: Cell, file: string, line: number): void {
    if (this.kind === 'numeric') {
      const x = cellNumber(v);
      if (x === undefined) {
        this.becomeCategorical(v, file, line);
      } else {
        this.values!.push(x === null ? NaN : x);
        if (x !== null) this.tally.numbers++;
        if (this.codes) this.addCode(x === null ? null : cellCategory(v), file, line, false);
        return;
      }
    }
    const s = cellCategory(v);
    if (s !== null && this.auto) this.count(v, s);
    this.addCode(s, file, line, true);
  }

  /** A non-missing value of a categorical column, by what validate-data would call it. */
  private count(v: Cell, s: string): void {
    const t = this.tally;
    if (typeof v === 'boolean') t.booleans++;
    else if (typeof v === 'number') t.numbers++;
    else if (looksLikeTime(s) && !Number.isNaN(parseTime(s))) t.times++;
    else if (parseNumber(s) !== undefined) t.numbers++;
    else t.text++;
  }

  private becomeCategorical(v: Cell, file: string, line: number): void {
    if (!this.codes) {
      throw new ConfigurationError(
        `column '${this.name}' is not numeric ('${String(v)}' at ${file}:${line}) and has more than ${this.maxCategories} distinct values; list it in 'ignore' (an id or free text?) or raise 'max-categories'`,
      );
    }
    this.kind = 'categorical';
    this.values = null;
  }

  private addCode(s: string | null, file: string, line: number, strict: boolean): void {
    if (this.distinct) {
      if (s !== null) this.distinct.addString(s);
      return;
    }
    const codes = this.codes!;
    if (s === null) {
      codes.push(-1);
      return;
    }
    let code = this.dict!.get(s);
    if (code === undefined) {
      code = this.dictionary.length;
      if (code >= this.maxCategories) {
        if (strict) {
          const message = `column '${this.name}' is categorical with more than ${this.maxCategories} distinct values (at ${file}:${line}); list it in 'ignore' (an id or free text?) or raise 'max-categories'`;
          if (!this.auto) throw new ConfigurationError(message);
          // It may yet be left out (an id, a date): count its distinct values from here on.
          this.tooMany = message;
          this.distinct = new HyperLogLog();
          for (const d of this.dictionary) this.distinct.addString(d);
          this.distinct.addString(s);
          this.codes = null;
          this.dict = null;
          this.dictionary = [];
          return;
        }
        // Numeric so far: stop tracking its values as categories.
        this.codes = null;
        this.dict = null;
        this.dictionary = [];
        return;
      }
      this.dict!.set(s, code);
      this.dictionary.push(s);
    }
    codes.push(code);
  }

  /** Why this column is left out of the default features, or null when it is kept. */
  leftOut(): LeftOut | null {
    if (!this.auto) return null;
    const t = this.tally;
    if (this.timeType || (this.kind === 'categorical' && timeLike(t.times, t.text, t.numbers, t.booleans))) {
      return { name: this.name, reason: 'time', detail: t.text ? `dates or timestamps (${t.text} other text values)` : 'dates or timestamps' };
    }
    if (this.kind === 'categorical') {
      const count = t.numbers + t.booleans + t.times + t.text;
      const distinct = this.distinct ? Math.round(this.distinct.estimate()) : this.dictionary.length;
      if (identifierLike(count, distinct)) return { name: this.name, reason: 'identifier', detail: `identifier-like: ${distinct}${this.distinct ? ' (estimated)' : ''} distinct in ${count} values` };
    }
    return null;
  }

  finish(): Column {
    if (this.tooMany) throw new ConfigurationError(this.tooMany);
    if (this.kind === 'numeric') return { name: this.name, kind: 'numeric', values: this.values!.done() };
    return { name: this.name, kind: 'categorical', codes: this.codes!.done(), dictionary: this.dictionary };
  }
}

/** Reads the dataset into a Table. */
export async function loadTable(opts: LoadOptions): Promise<Table> {
  const sources: string[] = [];
  for (const p of opts.data) sources.push(...(await expandDataGlob(p)));
  const format = detectFormat(sources[0], opts.format);
  const ignore = new Set(opts.ignore ?? []);
  if (ignore.has(opts.label)) throw new ConfigurationError(`input 'ignore' lists the label column '${opts.label}'`);
  if (opts.features) {
    if (opts.features.length === 0) throw new ConfigurationError(`input 'features' is empty`);
    if (opts.features.includes(opts.label)) throw new ConfigurationError(`input 'features' lists the label column '${opts.label}'`);
    const both = opts.features.filter((f) => ignore.has(f));
    if (both.length) throw new ConfigurationError(`column${both.length > 1 ? 's' : ''} ${both.map((b) => `'${b}'`).join(', ')} in both 'features' and 'ignore'`);
    const dup = opts.features.find((f, i) => opts.features!.indexOf(f) !== i);
    if (dup !== undefined) throw new ConfigurationError(`input 'features' lists '${dup}' twice`);
  }
  const splitColumn = opts.split?.config.column;
  if (splitColumn !== undefined && opts.features?.includes(splitColumn)) throw new ConfigurationError(`input 'features' lists the split-by column '${splitColumn}' (a time column is no feature)`);
  const wanted = (name: string) => name !== opts.label && name !== splitColumn && !ignore.has(name) && (!opts.features || opts.features.includes(name));

  let columns: string[] = [];
  /** Builders by data-column index (undefined for columns not used). */
  let builders: (ColumnBuilder | undefined)[] = [];
  let labelIdx = -1;
  let file = sources[0];
  let n = 0;
  let skipped = 0;
  const labelCodes = new I32();
  const labelDict = new Map<string, number>();
  const labelDictionary: string[] = [];
  const target = new F64();

  const addColumn = (name: string, index: number, timeType = false) => {
    columns[index] = name;
    if (name === opts.label) labelIdx = index;
    else if (wanted(name)) builders[index] = new ColumnBuilder(name, opts.maxCategories, n, !opts.features, timeType);
  };

  await readRows(
    sources,
    {
      beginFile(path) {
        file = path;
      },
      header(cols, timeKinds) {
        columns = [];
        builders = [];
        cols.forEach((c, i) => addColumn(c, i, timeKinds?.[i] !== undefined));
        opts.split?.header(cols, file, timeKinds);
        if (format !== 'jsonl') {
          if (labelIdx < 0) throw new ConfigurationError(`input 'label': no column '${opts.label}' in ${file} (columns: ${showColumns(cols)})`);
          checkNamed(cols, opts, file);
        }
      },
      newColumn(name, index) {
        addColumn(name, index);
      },
      row(cells, line) {
        if (format !== 'jsonl' && cells.length !== columns.length) {
          throw new DataError(`${file}:${line}: has ${cells.length} fields, the header has ${columns.length}`, file, line);
        }
        if (opts.split && !opts.split.keep(cells)) return;
        const lv = labelIdx >= 0 && labelIdx < cells.length ? cells[labelIdx] : null;
        if (opts.labelKind === 'class') {
          const key = labelKey(lv);
          if (key === null) {
            skipped++;
            return;
          }
          let code = labelDict.get(key);
          if (code === undefined) {
            code = labelDictionary.length;
            if (code >= opts.maxCategories) {
              throw new DataError(
                `${file}:${line}: the label '${opts.label}' has more than ${opts.maxCategories} distinct values; is it a regression target (algorithm linear-regression)? or raise 'max-categories'`,
                file,
                line,
              );
            }
            labelDict.set(key, code);
            labelDictionary.push(key);
          }
          labelCodes.push(code);
        } else {
          const y = cellNumber(lv);
          if (y === null) {
            skipped++;
            return;
          }
          if (y === undefined) throw new DataError(`${file}:${line}: the target '${opts.label}' is '${String(lv)}', not a number (algorithm linear-regression)`, file, line);
          target.push(y);
        }
        for (let c = 0; c < builders.length; c++) {
          const b = builders[c];
          if (b) b.add(c < cells.length ? cells[c] : null, file, line);
        }
        n++;
      },
      bad(line, message) {
        throw new DataError(`${file}:${line}: ${message}`, file, line);
      },
    },
    { format, naValues: opts.naValues },
  );
  if (labelIdx < 0) throw new ConfigurationError(`input 'label': no column '${opts.label}' in ${sources.join(', ')} (columns: ${showColumns(columns)})`);
  checkNamed(columns, opts, sources[0]);
  const built = builders.filter((b): b is ColumnBuilder => b !== undefined);
  const leftOut = built.map((b) => b.leftOut()).filter((l): l is LeftOut => l !== null);
  const out = new Set(leftOut.map((l) => l.name));
  const cols = built.filter((b) => !out.has(b.name)).map((b) => b.finish());
  if (cols.length === 0) {
    throw new ConfigurationError(`no feature columns: the data has only the label '${opts.label}'${opts.ignore?.length ? ', ignored columns' : ''}${leftOut.length ? ` and columns left out as ${leftOut.map((l) => `${l.name} (${l.reason === 'time' ? 'time' : 'an identifier'})`).join(', ')}; name the columns to use in 'features'` : ''}`);
  }
  if (opts.features) {
    // The model's inputs follow the order of `features` as given.
    const at = new Map(cols.map((c) => [c.name, c]));
    cols.splice(0, cols.length, ...opts.features.map((f) => at.get(f)!));
  }
  if (n === 0) throw new DataError(`${sources.join(', ')}: no rows with a label '${opts.label}' to train on${opts.split ? ` before ${opts.split.range().splitAt} ('split-at')` : ''}`, sources[0]);
  const table: Table = { n, columns: cols, label: opts.label, skippedNoLabel: skipped, sources, leftOut };
  if (opts.labelKind === 'class') {
    table.labelCodes = labelCodes.done();
    table.labelDictionary = labelDictionary;
  } else table.target = target.done();
  return table;
}

function checkNamed(columns: string[], opts: LoadOptions, file: string): void {
  const have = new Set(columns);
  for (const [input, names] of [['features', opts.features ?? []], ['ignore', opts.ignore ?? []]] as const) {
    const missing = names.filter((f) => !have.has(f));
    if (missing.length) throw new ConfigurationError(`input '${input}': no column ${missing.map((m) => `'${m}'`).join(', ')} in ${file} (columns: ${showColumns(columns)})`);
  }
}
