/**
 * One streaming pass over a dataset: every row is converted (by the schema's types, or numeric
 * text to numbers without one), added to the profile, checked against the row schema and the
 * dataset rules, and, when exact drift tests need them, its values are kept per column.
 */
import { DataError } from '../errors.js';
import { Profile } from './profile.js';
import { detectFormat, readRows, type Cell, type Format, type RowSink } from './readers.js';
import { autoCell, rowErrors, type ColumnRules, type LoadedSchema } from './schema.js';
import { ColumnValues } from './values.js';
import { Violations, type ViolationSample } from './violations.js';

export interface ScanOptions {
  files: string[];
  format?: Format;
  shard?: { index: number; count: number };
  schema?: LoadedSchema;
  /** Keep every value per column for exact drift tests. */
  keepValues: boolean;
  maxSamples: number;
}

export interface ScanResult {
  profile: Profile;
  values?: Map<string, ColumnValues>;
  violations: Violations;
  /** Data rows read, ragged ones included (the profile counts only rows it could align). */
  rowsRead: number;
  format: Format;
  bytes: number;
}

/** Per-column dataset rule state gathered during the pass and judged at the end. */
class RuleState {
  seen?: Map<Cell, number>;
  outside = 0;
  outsideSamples: ViolationSample[] = [];
  unexpected = 0;
  unexpectedSamples: ViolationSample[] = [];
  allowed?: Set<Cell>;

  constructor(
    readonly column: string,
    readonly rules: ColumnRules,
  ) {
    if (rules.unique) this.seen = new Map();
    if (rules.categories) this.allowed = new Set(rules.categories.values);
  }
}

export async function scan(opts: ScanOptions): Promise<ScanResult> {
  const { schema } = opts;
  const violations = new Violations(opts.maxSamples);
  let profile = new Profile([], [...opts.files]);
  let columns: string[] = [];
  let coerce: ((c: Cell) => Cell)[] = [];
  let values: ColumnValues[] = [];
  let rules: (RuleState | undefined)[] = [];
  let file: string | null = opts.files[0] ?? null;
  let rowNo = 0;
  let textFormat = true;

  const sample = (row: number, line: number, column: string | null, rule: string, message: string, cells: Cell[]): ViolationSample => {
    const rowValues: Record<string, Cell> = {};
    for (let i = 0; i < cells.length; i++) rowValues[columns[i] ?? `#${i + 1}`] = cells[i] ?? null;
    return { row, line, file, column, rule, message, values: rowValues };
  };

  const addColumn = (name: string) => {
    columns.push(name);
    const col = profile.byName.get(name) ?? new Profile([name]).columns[0];
    if (!profile.byName.has(name)) {
      profile.columns.push(col);
      profile.byName.set(name, col);
    }
    coerce.push(schema ? schema.coerce(name) : autoCell);
    values.push(new ColumnValues());
    const r = schema?.rules.columns?.[name];
    rules.push(r ? new RuleState(name, r) : undefined);
  };

  const sink: RowSink = {
    beginFile(path) {
      file = path;
    },
    header(names) {
      columns = [];
      coerce = [];
      values = [];
      rules = [];
      profile = new Profile([], [...opts.files]);
      for (const n of names) addColumn(n);
    },
    newColumn(name) {
      addColumn(name);
    },
    bad(line, message) {
      rowNo++;
      violations.add({ row: rowNo, line, file, column: null, rule: 'invalid-json', message });
    },
    row(cells, line) {
      const row = ++rowNo;
      const n = columns.length;
      if (textFormat && cells.length !== n) {
        violations.add(sample(row, line, null, 'ragged-row', `has ${cells.length} fields, the header has ${n}`, cells));
        return;
      }
      const cols = profile.columns;
      for (let i = 0; i < n; i++) {
        const v = i < cells.length ? coerce[i](cells[i]) : null;
        cells[i] = v;
        cols[i].add(v);
      }
      profile.rows++;
      if (opts.keepValues) for (let i = 0; i < n; i++) values[i].add(cells[i]);
      if (schema) {
        const obj: Record<string, Cell> = {};
        for (let i = 0; i < n; i++) obj[columns[i]] = cells[i];
        const errs = rowErrors(schema, obj);
        if (errs) for (const e of errs) violations.add(sample(row, line, e.column || null, e.rule, `${e.column}: ${e.message}`, cells));
        for (let i = 0; i < n; i++) {
          const r = rules[i];
          if (r) checkRules(r, cells[i], row, line, cells);
        }
      }
    },
  };

  function checkRules(r: RuleState, v: Cell, row: number, line: number, cells: Cell[]): void {
    if (v === null) return;
    if (r.seen) {
      const first = r.seen.get(v);
      if (first !== undefined) violations.add(sample(row, line, r.column, 'unique', `${r.column}: ${JSON.stringify(v)} repeats row ${first}`, cells));
      else r.seen.set(v, row);
    }
    const range = r.rules.range;
    if (range && typeof v === 'number' && ((range.min !== undefined && v < range.min) || (range.max !== undefined && v > range.max))) {
      r.outside++;
      if (r.outsideSamples.length < opts.maxSamples) r.outsideSamples.push(sample(row, line, r.column, 'range', `${r.column}: ${v} is outside [${range.min ?? '-∞'}, ${range.max ?? '+∞'}]`, cells));
    }
    if (r.allowed && !r.allowed.has(v)) {
      r.unexpected++;
      if (r.unexpectedSamples.length < opts.maxSamples) r.unexpectedSamples.push(sample(row, line, r.column, 'categories', `${r.column}: ${JSON.stringify(v)} is not an allowed category`, cells));
    }
  }

  const first = opts.files[0];
  const format = detectFormat(first, opts.format);
  textFormat = format === 'csv' || format === 'tsv';
  const result = await readRows(opts.files, sink, { format, shard: opts.shard });
  if (columns.length === 0 && result.columns.length === 0) throw new DataError(`${first}: no columns found`, first);

  if (schema) datasetRules(schema, profile, rules, violations);
  const valueMap = opts.keepValues ? new Map(columns.map((c, i) => [c, values[i]])) : undefined;
  return { profile, values: valueMap, violations, rowsRead: rowNo, format: result.format, bytes: result.bytes };
}

function datasetRules(schema: LoadedSchema, profile: Profile, rules: (RuleState | undefined)[], violations: Violations): void {
  const ds = { row: null, line: null, file: null } as const;
  for (const c of schema.requiredColumns) {
    if (!profile.byName.has(c)) violations.add({ ...ds, column: c, rule: 'required-column', message: `required column '${c}' is missing` });
  }
  const minRows = schema.rules['min-rows'];
  if (minRows !== undefined && profile.rows < minRows) violations.add({ ...ds, column: null, rule: 'min-rows', message: `${profile.rows} rows, at least ${minRows} required` });
  for (const [name, r] of Object.entries(schema.rules.columns ?? {})) {
    const col = profile.byName.get(name);
    if (!col) continue;
    const total = col.count + col.nulls;
    const maxNull = r['max-null-fraction'];
    if (maxNull !== undefined && total > 0 && col.nulls / total > maxNull) {
      violations.add({ ...ds, column: name, rule: 'max-null-fraction', message: `${name}: ${((100 * col.nulls) / total).toFixed(2)}% null, at most ${(100 * maxNull).toFixed(2)}% allowed` });
    }
  }
  for (const r of rules) {
    if (!r) continue;
    const col = profile.byName.get(r.column)!;
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
