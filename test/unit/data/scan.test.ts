import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Profile } from '../../../src/data/profile.js';
import { detectFormat, readRows, type Cell } from '../../../src/data/readers.js';
import { scan } from '../../../src/data/scan.js';
import { autoCell, loadSchema, rowErrors, type LoadedSchema } from '../../../src/data/schema.js';
import { ColumnValues } from '../../../src/data/values.js';
import { Violations, type ViolationSample } from '../../../src/data/violations.js';
import { files, rng } from '../../helpers.js';

/**
 * The row loop as first written (a converter closure per cell, the converted cells written back,
 * a fresh object per row for ajv, every dataset rule checked per cell): scan's specialised loop
 * must give the same violations, profile and kept values.
 */
async function oracle(paths: string[], schema: LoadedSchema | undefined, maxSamples: number) {
  const violations = new Violations(maxSamples);
  let profile = new Profile([], [...paths]);
  const columns: string[] = [];
  const coerce: ((c: Cell) => Cell)[] = [];
  const values: ColumnValues[] = [];
  const rules: ({ column: string; seen?: Map<Cell, number>; outside: number; outsideSamples: ViolationSample[]; unexpected: number; unexpectedSamples: ViolationSample[]; allowed?: Set<Cell> } | undefined)[] = [];
  let file: string | null = paths[0];
  let rowNo = 0;
  const textFormat = ['csv', 'tsv'].includes(detectFormat(paths[0]));
  const sample = (row: number, line: number, column: string | null, rule: string, message: string, cells: Cell[]): ViolationSample => {
    const rowValues: Record<string, Cell> = {};
    for (let i = 0; i < cells.length; i++) rowValues[columns[i] ?? `#${i + 1}`] = cells[i] ?? null;
    return { row, line, file, column, rule, message, values: rowValues };
  };
  const addColumn = (name: string) => {
    columns.push(name);
    const col = new Profile([name]).columns[0];
    profile.columns.push(col);
    profile.byName.set(name, col);
    coerce.push(schema ? schema.coerce(name) : autoCell);
    values.push(new ColumnValues());
    const r = schema?.rules.columns?.[name];
    rules.push(r ? { column: name, seen: r.unique ? new Map() : undefined, outside: 0, outsideSamples: [], unexpected: 0, unexpectedSamples: [], allowed: r.categories ? new Set(r.categories.values) : undefined } : undefined);
  };
  await readRows(paths, {
    beginFile: (p) => (file = p),
    header(names) {
      profile = new Profile([], [...paths]);
      for (const n of names) addColumn(n);
    },
    newColumn: addColumn,
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
      for (let i = 0; i < n; i++) {
        const v = i < cells.length ? coerce[i](cells[i]) : null;
        cells[i] = v;
        profile.columns[i].add(v);
      }
      profile.rows++;
      for (let i = 0; i < n; i++) values[i].add(cells[i]);
      if (!schema) return;
      const obj: Record<string, Cell> = {};
      for (let i = 0; i < n; i++) obj[columns[i]] = cells[i];
      for (const e of rowErrors(schema, obj) ?? []) violations.add(sample(row, line, e.column || null, e.rule, `${e.column}: ${e.message}`, cells));
      for (let i = 0; i < n; i++) {
        const r = rules[i];
        const v = cells[i];
        if (!r || v === null) continue;
        const rr = schema.rules.columns![r.column];
        if (r.seen) {
          const first = r.seen.get(v);
          if (first !== undefined) violations.add(sample(row, line, r.column, 'unique', `${r.column}: ${JSON.stringify(v)} repeats row ${first}`, cells));
          else r.seen.set(v, row);
        }
        const range = rr.range;
        if (range && typeof v === 'number' && ((range.min !== undefined && v < range.min) || (range.max !== undefined && v > range.max))) {
          r.outside++;
          if (r.outsideSamples.length < maxSamples) r.outsideSamples.push(sample(row, line, r.column, 'range', `${r.column}: ${v} is outside [${range.min ?? '-∞'}, ${range.max ?? '+∞'}]`, cells));
        }
        if (r.allowed && !r.allowed.has(v)) {
          r.unexpected++;
          if (r.unexpectedSamples.length < maxSamples) r.unexpectedSamples.push(sample(row, line, r.column, 'categories', `${r.column}: ${JSON.stringify(v)} is not an allowed category`, cells));
        }
      }
    },
  });
  return { violations, profile, values, rules, rowsRead: rowNo };
}

function randomCsv(seed: number, rows: number): string {
  const r = rng(seed);
  const pick = <T,>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const lines = ['id,price,qty,flag,color,auto,code,note'];
  for (let i = 0; i < rows; i++) {
    const cells = [
      String(r() < 0.02 ? i - 1 : i),
      r() < 0.05 ? '' : r() < 0.03 ? pick(['1,000', 'abc', ' 5', '0x10', '1e3', '-0', 'Infinity']) : (r() * 200 - 20).toFixed(Math.floor(r() * 4)),
      r() < 0.03 ? pick(['', '2.5', 'x']) : String(Math.floor(r() * 400)),
      pick(['true', 'false', 'TRUE', 'False', 'yes', '', '1']),
      pick(['red', 'green', 'blue', 'purple', '']),
      pick(['12', '-3.5', 'abc', '', '.5', '+7', ' 8', '1e2', String(Math.floor(r() * 1000))]),
      pick(['A1', 'B2', 'C3', '7', '8.5', '']),
      `"${pick(['a', 'b, c', 'd ""e""'])}"`,
    ];
    if (r() < 0.01) cells.pop(); // a ragged row
    lines.push(cells.join(','));
  }
  return lines.join('\n') + '\n';
}

const SCHEMA = JSON.stringify({
  type: 'object',
  properties: {
    id: { type: 'integer' },
    price: { type: ['number', 'null'], minimum: 0 },
    qty: { type: 'integer', maximum: 390 },
    flag: { type: ['boolean', 'null'] },
    color: { enum: ['red', 'green', 'blue', null] },
    code: { type: ['string', 'number'] },
    note: { type: 'string', maxLength: 3 },
  },
  'x-dataset': {
    columns: {
      id: { unique: true },
      price: { 'max-null-fraction': 0.01, range: { min: -5, max: 150, 'max-outside-fraction': 0.001 } },
      qty: { range: { max: 380 } },
      flag: { categories: { values: [true] } },
      color: { categories: { values: ['red', 'green'], 'max-unexpected-fraction': 0.5 } },
      auto: { range: { min: 0 } },
    },
  },
});

async function compare(paths: string[], schemaPath: string | undefined, maxSamples: number) {
  const schema = schemaPath ? loadSchema(schemaPath) : undefined;
  const got = await scan({ files: paths, schema, keepValues: true, maxSamples });
  const want = await oracle(paths, schema, maxSamples);
  // Dataset rules are judged from the rule state after the pass; compare the state they use.
  const wantRules = want.rules.map((r) => r && { outside: r.outside, outsideSamples: r.outsideSamples, unexpected: r.unexpected, unexpectedSamples: r.unexpectedSamples });
  const gotViolations = JSON.parse(JSON.stringify(got.violations.toJSON()));
  const wantViolations = JSON.parse(JSON.stringify(want.violations.toJSON()));
  // scan adds the dataset rules' violations (and text in numeric columns) after the rows'; the oracle stops at the rows.
  const rowViolations = gotViolations.samples.filter((s: ViolationSample) => s.row !== null && !['range', 'categories', 'not-a-number'].includes(s.rule));
  expect(rowViolations).toEqual(wantViolations.samples.slice(0, rowViolations.length));
  expect(got.rowsRead).toBe(want.rowsRead);
  expect(JSON.parse(JSON.stringify(got.profile.toJSON()))).toEqual(JSON.parse(JSON.stringify(want.profile.toJSON())));
  for (const [i, c] of want.profile.columns.entries()) {
    const v = got.values!.get(c.name)!;
    expect(Array.from(v.numbers)).toEqual(Array.from(want.values[i].numbers));
    expect([...v.categories]).toEqual([...want.values[i].categories]);
  }
  // The range and category samples, and their counts, as the oracle gathered them.
  for (const [i, r] of wantRules.entries()) {
    if (!r) continue;
    const name = want.profile.columns[i].name;
    const byRule = (rule: string) => gotViolations.samples.filter((s: ViolationSample) => s.column === name && s.rule === rule && s.row !== null);
    const allowOut = JSON.parse(SCHEMA)['x-dataset'].columns[name]?.range?.['max-outside-fraction'] ?? 0;
    const n = want.profile.columns[i].count || 1;
    if (r.outside > 0 && r.outside / n > allowOut) expect(byRule('range')).toEqual(JSON.parse(JSON.stringify(r.outsideSamples)).slice(0, byRule('range').length));
    const allowUnexpected = JSON.parse(SCHEMA)['x-dataset'].columns[name]?.categories?.['max-unexpected-fraction'] ?? 0;
    if (r.unexpected > 0 && r.unexpected / n > allowUnexpected) expect(byRule('categories')).toEqual(JSON.parse(JSON.stringify(r.unexpectedSamples)).slice(0, byRule('categories').length));
  }
  return got;
}

describe('scan', () => {
  it('gives the violations, profile and values of the straightforward row loop (CSV, with and without a schema)', async () => {
    for (const seed of [1, 2, 3]) {
      const dir = files({ 'd.csv': randomCsv(seed, 1500), 's.json': SCHEMA });
      const got = await compare([join(dir, 'd.csv')], join(dir, 's.json'), 1000);
      expect(got.violations.count).toBeGreaterThan(100);
      expect(Object.keys(got.violations.byRule)).toEqual(expect.arrayContaining(['unique', 'type', 'minimum', 'maximum', 'enum', 'maxLength', 'ragged-row', 'range', 'categories']));
      await compare([join(dir, 'd.csv')], undefined, 50);
      await compare([join(dir, 'd.csv')], join(dir, 's.json'), 3);
    }
  });

  it('gives the same results on JSON Lines with late columns, short rows and typed values', async () => {
    const r = rng(9);
    const lines: string[] = [];
    for (let i = 0; i < 800; i++) {
      const o: Record<string, unknown> = { id: i % 700, qty: i % 400, price: r() < 0.1 ? null : r() < 0.05 ? 'cheap' : r() * 180 - 10 };
      if (i > 50) o.flag = [true, false, 'true', null, 1][Math.floor(r() * 5)];
      if (i > 100) o.color = ['red', 'blue', 'purple', 3][Math.floor(r() * 4)];
      if (i > 300) o.auto = [1.5, '2', 'x', null, -4][Math.floor(r() * 5)];
      lines.push(i === 70 ? 'not json' : JSON.stringify(o));
    }
    const dir = files({ 'd.jsonl': lines.join('\n') + '\n', 's.json': SCHEMA });
    await compare([join(dir, 'd.jsonl')], join(dir, 's.json'), 1000);
    await compare([join(dir, 'd.jsonl')], undefined, 1000);
  });
});
