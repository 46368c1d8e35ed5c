// loadSchema(path, { checked: true, lazy: true }), as a parallel pass's worker thread loads the
// schema the main thread loaded and checked already: ajv's row validator is compiled only when
// `validate` is first read (a row the per-column checks can not vouch for), and then it is the
// one an eager load compiles: the same verdicts and the same errors on random rows.
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
  },
  required: ['n', 'i'],
  additionalProperties: false,
  'x-dataset': { 'min-rows': 2, columns: { n: { range: { min: 1, max: 50 } }, e: { categories: { values: ['red'] } } } },
};

const VALUES: Cell[] = [null, 0, -1, 3, 7, 2.5, 99.9, 100, '', 'a', 'abc', 'Abc', 'abcde', '2024-02-29', '2023-02-29', 'red', 'blue', true, '01/02/2024'];
const VALID: Record<string, Cell[]> = { n: [null, 0, 2.5, 99.9], i: [0, 3, -9], e: ['red', 'green', null], s: ['ab', 'abc', 'a1b2'], d: [null, '2024-02-29'], t: ['01/02/2024', 'x'] };

describe('loadSchema lazy', () => {
  it('compiles the row validator an eager load compiles: the same verdicts and errors on random rows', () => {
    const path = join(files({ 's.json': JSON.stringify(SCHEMA) }), 's.json');
    const eager = loadSchema(path);
    const lazy = loadSchema(path, { checked: true, lazy: true });
    expect(lazy.rules).toEqual(eager.rules);
    expect(lazy.requiredColumns).toEqual(eager.requiredColumns);
    expect(lazy.rowCheck === undefined).toBe(eager.rowCheck === undefined);
    const r = rng(9);
    const pick = () => VALUES[Math.floor(r() * VALUES.length)]!;
    let invalid = 0;
    for (let k = 0; k < 1000; k++) {
      const row: Record<string, Cell> = {};
      // Mostly valid cells, a random one now and then, now and then a column missing.
      for (const [c, ok] of Object.entries(VALID)) if (r() < 0.99) row[c] = r() < 0.97 ? ok[Math.floor(r() * ok.length)]! : pick();
      const errors = rowErrors(eager, row);
      if (errors) invalid++;
      expect(rowErrors(lazy, row)).toEqual(errors);
    }
    expect(invalid).toBeGreaterThan(100);
    expect(invalid).toBeLessThan(1000);
    // Compiled once, then kept.
    expect(lazy.validate).toBe(lazy.validate);
  });

  it('starts ajv only when validate is read: a schema ajv rejects loads, and throws then', () => {
    const dir = files({ 'bad.json': JSON.stringify({ type: 'object', properties: { a: { type: 'nmber' } } }) });
    const path = join(dir, 'bad.json');
    expect(() => loadSchema(path, { checked: true })).toThrow(/not a valid JSON Schema/);
    const lazy = loadSchema(path, { checked: true, lazy: true });
    expect(() => lazy.validate).toThrow(/not a valid JSON Schema/);
  });

  it('is lazy only with checked: an unchecked load still checks everything at once', () => {
    const dir = files({ 'bad.json': JSON.stringify({ type: 'object', properties: { a: { type: 'nmber' } } }), 'rules.json': JSON.stringify({ type: 'object', 'x-dataset': { 'min-rows': -1 } }) });
    expect(() => loadSchema(join(dir, 'bad.json'), { lazy: true })).toThrow(/not a valid JSON Schema/);
    expect(() => loadSchema(join(dir, 'rules.json'), { lazy: true })).toThrow(/x-dataset/);
  });
});
