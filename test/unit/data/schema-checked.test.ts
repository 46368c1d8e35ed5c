// loadSchema(path, { checked: true }), as a parallel pass's worker thread loads the schema the main
// thread loaded already: the schema is not checked against the JSON Schema meta-schema again, and
// the compiled row checks are the same: the same answer and the same errors on random rows.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/data/readers.js';
import { loadSchema, rowErrors } from '../../../src/data/schema.js';
import { files, rng } from '../../helpers.js';

const SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  properties: {
    n: { type: ['number', 'null'], minimum: 0, exclusiveMaximum: 100 },
    i: { type: 'integer', multipleOf: 3 },
    e: { enum: ['red', 'green', null] },
    s: { type: 'string', minLength: 2, maxLength: 4, pattern: '^[a-z]' },
    d: { type: ['string', 'null'], format: 'date' },
    t: { type: 'string', 'x-time-format': '%d/%m/%Y' },
    x: { anyOf: [{ type: 'boolean' }, { const: 7 }] },
  },
  required: ['n', 'i'],
  additionalProperties: false,
  'x-dataset': { 'min-rows': 2, columns: { n: { range: { min: 1, max: 50 } }, e: { categories: { values: ['red'] } } } },
};

const VALUES: Cell[] = [null, 0, -1, 3, 7, 2.5, 99.9, 100, 1e21, '', 'a', 'abc', 'Abc', 'abcde', '2024-02-29', '2023-02-29', 'red', 'green', 'blue', true, false, '01/02/2024'];

const VALID: Record<string, Cell[]> = { n: [null, 0, 2.5, 99.9], i: [0, 3, -9], e: ['red', 'green', null], s: ['ab', 'abc', 'a1b2'], d: [null, '2024-02-29'], t: ['01/02/2024', 'x'], x: [true, false, 7] };

describe('loadSchema checked', () => {
  it('compiles the checks one load compiles: the same verdict and errors on random rows', () => {
    const path = join(files({ 's.json': JSON.stringify(SCHEMA) }), 's.json');
    const once = loadSchema(path);
    const again = loadSchema(path, { checked: true });
    const r = rng(5);
    const pick = () => VALUES[Math.floor(r() * VALUES.length)]!;
    let invalid = 0;
    for (let k = 0; k < 2000; k++) {
      // Mostly valid cells, a random one now and then (and now and then a column missing or extra).
      const row: Record<string, Cell> = {};
      for (const [c, ok] of Object.entries(VALID)) if (r() < 0.99) row[c] = r() < 0.97 ? ok[Math.floor(r() * ok.length)]! : pick();
      if (r() < 0.01) row.extra = pick();
      const errors = rowErrors(once, row);
      if (errors) invalid++;
      expect(rowErrors(again, row)).toEqual(errors);
    }
    // Both verdicts occur.
    expect(invalid).toBeGreaterThan(100);
    expect(invalid).toBeLessThan(2000);
    expect(again.rules).toEqual(once.rules);
    expect(again.rowCheck === undefined).toBe(once.rowCheck === undefined);
  });

  it('skips only the meta-schema check: what the meta-schema alone rejects loads, other errors still throw', () => {
    const dir = files({ 'meta.json': JSON.stringify({ type: 'object', properties: { a: { description: 5 } } }), 'bad.json': JSON.stringify({ type: 'object', properties: { a: { type: 'nmber' } } }), 'rules.json': JSON.stringify({ type: 'object', 'x-dataset': { 'min-rows': -1 } }) });
    expect(() => loadSchema(join(dir, 'meta.json'))).toThrow(/not a valid JSON Schema/);
    expect(loadSchema(join(dir, 'meta.json'), { checked: true }).validate({ a: 1 })).toBe(true);
    expect(() => loadSchema(join(dir, 'bad.json'), { checked: true })).toThrow(/not a valid JSON Schema/);
    expect(() => loadSchema(join(dir, 'rules.json'), { checked: true })).toThrow(/x-dataset/);
  });
});
