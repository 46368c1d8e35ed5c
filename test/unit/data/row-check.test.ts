import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/data/readers.js';
import { NUM_ANY, NUM_INT, STR_ANY, STR_SET, type ColumnCheck } from '../../../src/data/row-check.js';
import { scan } from '../../../src/data/scan.js';
import { loadSchema, type LoadedSchema } from '../../../src/data/schema.js';
import { files, rng } from '../../helpers.js';

/** What the row loop asks of a column's check (scan.ts's hold* functions), as one predicate. */
function vouches(c: ColumnCheck, v: Cell): boolean {
  if (v === null) return c.nulls;
  if (typeof v === 'number') return c.numbers === NUM_ANY ? Number.isFinite(v) : c.numbers === NUM_INT ? Number.isInteger(v) : c.valid(v);
  if (typeof v === 'string') return c.strings === STR_ANY || (c.strings === STR_SET ? c.set.has(v) : c.valid(v));
  return c.valid(v);
}

function load(schema: unknown): LoadedSchema {
  return loadSchema(join(files({ 's.json': JSON.stringify(schema) }), 's.json'));
}

const WORDS = ['a', 'b', 'red', 'blue', '', '2020-01-02', 'x😀y', '😀', 'ab😀', '\ud800', '10', '1.5', 'true'];
const NUMS = [0, -0, 1, -1, 2, 1.5, -2.5, 10, 1e21, 0.1, 3, 255, -1e-7];

const primitive = fc.oneof(fc.constant(null), fc.boolean(), fc.constantFrom(...NUMS), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -20, max: 20 }), fc.constantFrom(...WORDS), fc.string({ maxLength: 6 }));
const value: fc.Arbitrary<Cell> = fc.oneof(primitive, fc.constantFrom(NaN, Infinity, -Infinity)) as fc.Arbitrary<Cell>;
const typeName = fc.constantFrom('null', 'boolean', 'number', 'integer', 'string');
const bound = fc.oneof(fc.constantFrom(...NUMS), fc.integer({ min: -20, max: 20 }), fc.double({ noNaN: true, noDefaultInfinity: true }));

/** A property of the subset row-check.ts models: up to three of its keywords. */
const property = fc.tuple(
  fc.record(
  {
    type: fc.oneof(typeName, fc.uniqueArray(typeName, { minLength: 1, maxLength: 3 })),
    enum: fc.array(fc.oneof(primitive, fc.constant([1]), fc.constant({ a: 1 })), { minLength: 1, maxLength: 5 }),
    const: fc.oneof(primitive, fc.constant([1])),
    minimum: bound,
    maximum: bound,
    exclusiveMinimum: bound,
    exclusiveMaximum: bound,
    minLength: fc.integer({ min: 0, max: 4 }),
    maxLength: fc.integer({ min: 0, max: 4 }),
    pattern: fc.constantFrom('^a', 'b$', '^.$', '\\d', '^\\p{L}+$', '😀'),
    format: fc.constantFrom('date', 'email', 'int32', 'double'),
    description: fc.string({ maxLength: 5 }),
  }),
  fc.shuffledSubarray(['type', 'type', 'type', 'enum', 'const', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength', 'maxLength', 'pattern', 'format', 'description'], { maxLength: 3 }),
).map(([all, keys]) => Object.fromEntries(keys.map((k) => [k, all[k as keyof typeof all]])));

describe('row checks (row-check.ts)', () => {
  it('never vouch for a value ajv rejects (random properties of the subset, random values)', () => {
    let vouched = 0;
    fc.assert(
      // Eight properties in one schema (one compile), each checked on rows holding only its column.
      fc.property(fc.array(property, { minLength: 8, maxLength: 8 }), fc.array(value, { minLength: 1, maxLength: 40 }), (props, values) => {
        const schema = load({ type: 'object', properties: Object.fromEntries(props.map((p, k) => [`c/${k}`, p])) });
        props.forEach((prop, k) => {
          const check = schema.rowCheck?.(`c/${k}`);
          expect(check).toBeDefined();
          for (const v of values) {
            if (!vouches(check!, v)) continue;
            vouched++;
            expect({ prop, v, valid: schema.validate({ [`c/${k}`]: v }) }).toEqual({ prop, v, valid: true });
          }
        });
      }),
      { numRuns: 80, seed: 11 },
    );
    // A check that vouched for nothing would pass the test above: it does vouch for most.
    expect(vouched).toBeGreaterThan(1000);
  });

  it('vouch for every value ajv accepts under the plain types, enums and bounds a schema inference writes', () => {
    const schema = load({
      type: 'object',
      properties: {
        n: { type: ['number', 'null'] },
        i: { type: 'integer' },
        e: { type: 'string', enum: ['x', 'y'] },
        s: { type: ['string', 'null'] },
        r: { type: 'number', minimum: 0, maximum: 10 },
      },
    });
    for (const [column, v] of [['n', 1.5], ['n', null], ['i', 3], ['e', 'y'], ['s', 'anything'], ['s', null], ['r', 10], ['x', 'a column without a property']] as const) {
      expect(vouches(schema.rowCheck!(column), v)).toBe(true);
    }
    for (const [column, v] of [['n', 'text'], ['i', 3.5], ['i', null], ['e', 'z'], ['r', 11], ['n', NaN]] as const) {
      expect(vouches(schema.rowCheck!(column), v)).toBe(false);
    }
  });

  it('are absent when the schema has a keyword outside the subset (every row goes to ajv)', () => {
    for (const extra of [{ additionalProperties: false }, { allOf: [{}] }, { minProperties: 1 }]) expect(load({ type: 'object', properties: { a: { type: 'number' } }, ...extra }).rowCheck).toBeUndefined();
    for (const prop of [{ multipleOf: 2 }, { not: { type: 'string' } }, { anyOf: [{ type: 'string' }] }, { $ref: '#/$defs/x' }, false]) {
      expect(load({ type: 'object', properties: { a: prop }, $defs: { x: {} } }).rowCheck).toBeUndefined();
    }
    expect(load({ type: 'object', properties: { a: { type: 'number', multipleOf: 2 } } }).rowCheck).toBeUndefined();
    expect(load({ type: 'object', title: 't', properties: { a: { type: 'string', 'x-time-format': '%d/%m/%Y' } } }).rowCheck).toBeDefined();
  });
});

function randomCsv(seed: number, rows: number): string {
  const r = rng(seed);
  const pick = <T,>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const lines = ['id,price,qty,flag,color,auto,code,note,day,word'];
  for (let i = 0; i < rows; i++) {
    lines.push(
      [
        String(r() < 0.02 ? i + 0.5 : i),
        r() < 0.05 ? pick(['', 'NA', 'abc', '1e3', '-0', 'Infinity']) : (r() * 200 - 20).toFixed(Math.floor(r() * 4)),
        r() < 0.03 ? pick(['', '2.5', 'x']) : String(Math.floor(r() * 400)),
        pick(['true', 'false', 'TRUE', 'yes', '', '1']),
        pick(['red', 'green', 'blue', 'purple', '', '"red"']),
        pick(['12', '-3.5', 'abc', '', '.5', '+7', ' 8', '2020-01-02', String(Math.floor(r() * 1000))]),
        pick(['A1', 'B22', 'C3', '7', '8.5', '', 'a😀', '😀😀😀']),
        `"${pick(['a', 'b, c', 'd ""e""', ''])}"`,
        pick(['2020-01-02', '2020-02-30', '02/01/2020', '', 'x']),
        pick(['ab', 'ba', 'abc', 'b', '']),
      ].join(','),
    );
  }
  return lines.join('\n') + '\n';
}

/** Properties with every keyword of the subset, and rows that break each of them sometimes. */
const SCHEMA = {
  type: 'object',
  properties: {
    id: { type: 'integer', minimum: 0 },
    price: { type: ['number', 'null'], exclusiveMinimum: -10, maximum: 170 },
    qty: { type: 'integer', exclusiveMaximum: 390 },
    flag: { type: ['boolean', 'null'] },
    color: { enum: ['red', 'green', 'blue', null] },
    auto: { description: 'no type' },
    code: { type: ['string', 'number'], minLength: 2, maxLength: 2 },
    note: { type: 'string', maxLength: 3, pattern: '^[a-d]' },
    day: { type: ['string', 'null'], format: 'date' },
    word: { type: 'string', const: 'ab' },
  },
  'x-dataset': { columns: { id: { unique: true }, price: { range: { min: 0 } } } },
};

describe('scan with and without the row checks', () => {
  it('gives the same violations and profile (CSV and JSON Lines, a schema in the subset and one outside it)', async () => {
    const outside = { ...SCHEMA, additionalProperties: false };
    const r = rng(4);
    const jsonl = Array.from({ length: 600 }, (_, i) => JSON.stringify({ id: i % 500, price: [null, 5, 'x', 200, -20, 1.5][i % 6], flag: [true, 'true', null, 0][i % 4], color: ['red', 3, null, 'purple'][i % 4], code: [12, 'ab', 'abc', 'a😀', true][Math.floor(r() * 5)], word: ['ab', 'b'][i % 2], ...(i > 100 ? { late: i } : {}) })).join('\n');
    for (const seed of [1, 2]) {
      const dir = files({ 'd.csv': randomCsv(seed, 1200), 'd.jsonl': jsonl, 'in.json': JSON.stringify(SCHEMA), 'out.json': JSON.stringify(outside) });
      for (const data of ['d.csv', 'd.jsonl']) {
        for (const s of ['in.json', 'out.json']) {
          const schema = loadSchema(join(dir, s));
          expect(schema.rowCheck === undefined).toBe(s === 'out.json');
          const run = (rowCheck: boolean) => scan({ files: [join(dir, data)], schema, keepValues: true, maxSamples: 5000, rowCheck, naValues: ['NA'] });
          const [fast, slow] = [await run(true), await run(false)];
          const json = (x: unknown) => JSON.parse(JSON.stringify(x));
          expect(json(fast.violations.toJSON())).toEqual(json(slow.violations.toJSON()));
          expect(json(fast.profile.toJSON())).toEqual(json(slow.profile.toJSON()));
          expect(fast.violations.count).toBeGreaterThan(200);
        }
      }
    }
  });
});
