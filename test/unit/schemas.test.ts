// Every committed JSON Schema of src/schemas/ is a valid draft 2020-12 schema: the run-time
// validators (src/schemas/validate.ts) compile them without checking that, to start faster.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { assertArtifact, compileOwnSchema } from '../../src/schemas/validate.js';

const DIR = join(ROOT, 'src/schemas');
const files = readdirSync(DIR).filter((f) => f.endsWith('.schema.json'));

describe('src/schemas', () => {
  it('finds the schemas (the check is not vacuous)', () => {
    expect(files).toEqual(expect.arrayContaining(['evaluation.schema.json', 'experiment-run.schema.json', 'data-report.schema.json']));
  });

  for (const f of files) {
    it(`${f} is valid against the draft 2020-12 meta-schema`, () => {
      const ajv = new Ajv2020({ strict: true, allowUnionTypes: true });
      const ok = ajv.validateSchema(JSON.parse(readFileSync(join(DIR, f), 'utf8')));
      expect(ajv.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    });
  }

  it('the run-time compiler still refuses what strict mode refuses, and validates', () => {
    expect(() => compileOwnSchema({ type: 'object', properties: { a: { type: 'string', minimum: 1 } } })).toThrow(/strict mode/);
    const v = compileOwnSchema({ type: 'object', required: ['a'], properties: { a: { type: 'integer' } } });
    expect(v({ a: 1 })).toBe(true);
    expect(v({ a: 'x' })).toBe(false);
    expect(() => assertArtifact('evaluation', { kind: 'evaluation' }, 'e.json')).toThrow(/e\.json: not a valid evaluation/);
  });
});
