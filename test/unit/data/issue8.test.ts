// Regression tests for issue #8 (real data and hostile input), data side: each fails on the code
// before the fix. Runs go through the CLI's main() in-process, as a user would run them.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertArtifact } from '../../../src/schemas/validate.js';
import type { DataReport } from '../../../src/data/validate.js';
import { errorLines, runMain } from '../../cli.js';
import { files } from '../../helpers.js';

async function validate(dir: string, args: string[]): Promise<{ code: number; report?: DataReport; stderr: string; md?: string }> {
  const report = join(dir, 'r.json');
  const md = join(dir, 'r.md');
  const r = await runMain(['validate-data', ...args, '--report', report, '--markdown', md]);
  const json = existsSync(report) ? (JSON.parse(readFileSync(report, 'utf8')) as DataReport) : undefined;
  if (json) assertArtifact('data-report', json, report);
  return { code: r.code, report: json, stderr: r.stderr, md: existsSync(md) ? readFileSync(md, 'utf8') : undefined };
}

describe('drift that used to crash (items 1, 2)', () => {
  it('a category the small reference never had is drift naming the new values (chi-square), against a dataset and a profile', async () => {
    const dir = files({ 'ref.csv': 'c\na\nb\na\nb\n', 'cur.csv': 'c\na\nb\nz\n' });
    const exact = await validate(dir, ['--data', join(dir, 'cur.csv'), '--reference', join(dir, 'ref.csv')]);
    expect(exact.code).toBe(1);
    const d = exact.report!.drift[0];
    expect(d).toMatchObject({ column: 'c', test: 'chi-square', statistic: null, pValue: 0, drifted: true, newValues: ['z'], method: 'exact' });
    expect(d.reason).toContain('z');
    expect(exact.md).toContain('new: z');

    expect((await runMain(['validate-data', '--data', join(dir, 'ref.csv'), '--profile', join(dir, 'ref.profile.json'), '--report', join(dir, 'x.json')])).code).toBe(0);
    const sketch = await validate(dir, ['--data', join(dir, 'cur.csv'), '--reference', join(dir, 'ref.profile.json')]);
    expect(sketch.code).toBe(1);
    expect(sketch.report!.drift[0]).toMatchObject({ test: 'chi-square', statistic: null, pValue: 0, drifted: true, newValues: ['z'], method: 'sketch' });
  });

  it('a zero-spread reference of more than 1000 rows (Wasserstein / std) gives a defined result with a reason', async () => {
    const dir = files({
      'ref.csv': 'x\n' + '5\n'.repeat(1500),
      'cur.csv': 'x\n' + Array.from({ length: 1500 }, (_, i) => `${i + 1}\n`).join(''),
      'same.csv': 'x\n' + '5\n'.repeat(1200),
    });
    const moved = await validate(dir, ['--data', join(dir, 'cur.csv'), '--reference', join(dir, 'ref.csv')]);
    expect(moved.code).toBe(1);
    expect(moved.report!.drift[0]).toMatchObject({ column: 'x', test: 'wasserstein', statistic: null, drifted: true });
    expect(moved.report!.drift[0].reason).toMatch(/zero spread \(every value 5\).*distance is 745\.5/);
    // Same constant: no drift (tested as a category, one value on both sides).
    const same = await validate(dir, ['--data', join(dir, 'same.csv'), '--reference', join(dir, 'ref.csv'), '--drift', 'columns: { x: { test: wasserstein } }']);
    expect(same.code).toBe(0);
    expect(same.report!.drift[0]).toMatchObject({ test: 'wasserstein', statistic: null, drifted: false });
    // Against the profile of the reference: the same decision on sketches.
    expect((await runMain(['validate-data', '--data', join(dir, 'ref.csv'), '--profile', join(dir, 'p.json'), '--report', join(dir, 'x.json')])).code).toBe(0);
    const sketch = await validate(dir, ['--data', join(dir, 'cur.csv'), '--reference', join(dir, 'p.json')]);
    expect(sketch.report!.drift[0]).toMatchObject({ test: 'wasserstein', statistic: null, drifted: true, method: 'sketch' });
  });
});

describe('any column name works (item 6)', () => {
  const NAMES = ['__proto__', 'constructor', 'toString', '<b>x</b>', 'a b (c)'];
  it('JSON Schema rules on __proto__, constructor, markup are checked; --infer-schema keeps every name in properties and required', async () => {
    const header = NAMES.map((n) => (/[ ,"<]/.test(n) ? `"${n}"` : n)).join(',');
    const dir = files({
      'd.csv': `${header}\n1,2,3,4,5\n-1,a,3,4,5\n`,
      // As a user's file: JSON.parse keeps "__proto__" as an own key (an object literal would not).
      's.json': '{"type":"object","properties":{"__proto__":{"type":"integer","minimum":0},"constructor":{"type":"integer"},"<b>x</b>":{"maximum":3}},"required":["__proto__","hasOwnProperty"]}',
    });
    const { report, md } = await validate(dir, ['--data', join(dir, 'd.csv'), '--schema', join(dir, 's.json'), '--infer-schema', join(dir, 'inferred.json')]);
    const msgs = report!.violations.samples.map((s) => `${s.column}|${s.rule}|${s.message}`).sort();
    expect(msgs).toEqual(
      [
        '__proto__|minimum|__proto__: -1 must be >= 0',
        '<b>x</b>|maximum|<b>x</b>: 4 must be <= 3',
        '<b>x</b>|maximum|<b>x</b>: 4 must be <= 3',
        'constructor|type|constructor: "a" must be integer',
        "hasOwnProperty|required-column|required column 'hasOwnProperty' is missing",
      ].sort(),
    );
    expect(report!.violations.samples.find((s) => s.rule === 'minimum')!.values).toEqual(JSON.parse('{"__proto__":-1,"constructor":"a","toString":3,"<b>x</b>":4,"a b (c)":5}'));
    expect(md).not.toContain('<b>');
    const inferred = JSON.parse(readFileSync(join(dir, 'inferred.json'), 'utf8')) as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(inferred.properties)).toEqual(NAMES);
    expect(inferred.required).toEqual(NAMES);
    // The inferred schema, used as the schema, accepts the data it was inferred from.
    const again = await validate(dir, ['--data', join(dir, 'd.csv'), '--schema', join(dir, 'inferred.json')]);
    expect(again.code).toBe(0);
  });

  it('drift settings and dataset rules keyed by __proto__ / constructor apply to those columns only', async () => {
    const dir = files({
      'ref.jsonl': Array.from({ length: 30 }, (_, i) => `{"__proto__": ${i % 3}, "constructor": "a"}`).join('\n'),
      'cur.jsonl': Array.from({ length: 30 }, () => '{"__proto__": 7, "constructor": "a"}').join('\n'),
      's.yml': 'type: object\nx-dataset:\n  columns:\n    __proto__: { range: { max: 5 } }\n',
    });
    const r = await validate(dir, ['--data', join(dir, 'cur.jsonl'), '--schema', join(dir, 's.yml'), '--reference', join(dir, 'ref.jsonl'), '--drift', 'columns: { constructor: { test: none } }']);
    expect(r.report!.violations.byRule).toEqual({ range: 30 });
    expect(r.report!.drift.map((d) => d.column)).toEqual(['__proto__']);
    expect(r.report!.driftSkipped).toEqual([{ column: 'constructor', reason: 'ignored by the drift settings' }]);
  });
});

describe('an x-dataset rule for a column the data does not have (item 8)', () => {
  it('is an error naming the rule and the columns that exist', async () => {
    const dir = files({ 'd.csv': 'price,qty\n1,2\n', 's.yml': 'type: object\nx-dataset:\n  columns:\n    prcie: { range: { min: 0 } }\n' });
    const r = await runMain(['validate-data', '--data', join(dir, 'd.csv'), '--schema', join(dir, 's.yml'), '--report', join(dir, 'r.json')]);
    expect(r.code).toBe(2);
    expect(errorLines(r)).toEqual([`modelgate validate-data: ${join(dir, 's.yml')}: x-dataset rule for column "prcie": the data has no such column; its columns: "price", "qty"`]);
    expect(existsSync(join(dir, 'r.json'))).toBe(false);
  });

  it('a rule for a required column that is missing stays a required-column violation', async () => {
    const dir = files({ 'd.csv': 'price\n1\n', 's.yml': 'type: object\nrequired: [qty]\nx-dataset:\n  columns:\n    qty: { unique: true }\n' });
    const r = await validate(dir, ['--data', join(dir, 'd.csv'), '--schema', join(dir, 's.yml')]);
    expect(r.code).toBe(1);
    expect(r.report!.violations.byRule).toEqual({ 'required-column': 1 });
  });
});

describe('na-values, and text in a numeric column (item 11)', () => {
  const ref = 'x,y\n' + Array.from({ length: 10 }, (_, i) => `${i + 1},${'abcde'[i % 5]}\n`).join('');
  const cur = 'x,y\n1,a\n2,b\nn/a,c\n4,NA\n5,d\nabc,e\n7,a\n8,b\n9,c\n10,d\n11,e\n';

  it('pandas\' NA cells are missing; one non-number is a violation with its line; the column stays numeric, no false schema drift', async () => {
    const dir = files({ 'ref.csv': ref, 'cur.csv': cur });
    const r = await validate(dir, ['--data', join(dir, 'cur.csv'), '--reference', join(dir, 'ref.csv')]);
    expect(r.report!.violations).toEqual({
      count: 1,
      byRule: { 'not-a-number': 1 },
      samples: [{ row: 6, line: 7, file: join(dir, 'cur.csv'), column: 'x', rule: 'not-a-number', message: 'x: "abc" is not a number' }],
    });
    const x = r.report!.columns.find((c) => c.name === 'x')!;
    expect(x).toMatchObject({ type: 'integer', nulls: 1, min: 1, max: 11 });
    expect(r.report!.columns.find((c) => c.name === 'y')).toMatchObject({ type: 'string', nulls: 1 });
    expect(r.report!.schemaDrift).toEqual({ newColumns: [], missingColumns: [], typeChanges: [] });
    expect(r.report!.drift.find((d) => d.column === 'x')).toMatchObject({ kind: 'numeric', test: 'ks' });
  });

  it('na-values is settable: a list replaces pandas\', `default` extends it, `none` keeps only empty cells', async () => {
    const dir = files({ 'd.csv': 'x\n-999\nNA\n' + Array.from({ length: 18 }, (_, i) => `${i}\n`).join('') });
    const nulls = async (na?: string) => {
      const r = await validate(dir, ['--data', join(dir, 'd.csv'), ...(na === undefined ? [] : ['--na-values', na])]);
      return [r.report!.columns[0].nulls, r.report!.violations.count];
    };
    expect(await nulls()).toEqual([1, 0]);
    expect(await nulls('-999')).toEqual([1, 1]); // NA is text now: a violation
    expect(await nulls('default, -999')).toEqual([2, 0]);
    expect(await nulls('none')).toEqual([0, 1]);
  });

  it('parses the list: commas or newlines, spaces kept inside an item', async () => {
    const { parseNaValues, PANDAS_NA_VALUES } = await import('../../../src/data/scan.js');
    expect(parseNaValues(undefined)).toEqual(PANDAS_NA_VALUES);
    expect(PANDAS_NA_VALUES).toContain('#N/A N/A');
    expect(parseNaValues('#N/A N/A\n?,  missing ')).toEqual(['#N/A N/A', '?', 'missing']);
    expect(parseNaValues('none')).toEqual([]);
  });

  it('a mostly-text column with some numbers stays text, without violations', async () => {
    const dir = files({ 'd.csv': 'c\n' + ['a', 'b', '1', 'c', 'd', '2', 'e'].join('\n') + '\n' });
    const r = await validate(dir, ['--data', join(dir, 'd.csv')]);
    expect(r.report!.columns[0].type).toBe('string');
    expect(r.report!.violations.count).toBe(0);
  });
});
