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

  it('is a list input: one item per line keeps spaces; repeated flags; `default` and `none`', async () => {
    const { parseNaValues, PANDAS_NA_VALUES } = await import('../../../src/data/scan.js');
    expect(parseNaValues([])).toEqual(PANDAS_NA_VALUES);
    expect(PANDAS_NA_VALUES).toContain('#N/A N/A');
    expect(parseNaValues(['none'])).toEqual([]);
    expect(parseNaValues(['default', '?'])).toEqual([...PANDAS_NA_VALUES, '?']);
    const dir = files({ 'd.csv': 'x\nno data\n?\n' + Array.from({ length: 18 }, (_, i) => `${i}\n`).join('') });
    for (const flags of [['--na-values', 'no data\n?'], ['--na-values', 'no data', '--na-values', '?']]) {
      const r = await validate(dir, ['--data', join(dir, 'd.csv'), ...flags]);
      expect(r.report!.columns[0]).toMatchObject({ type: 'integer', nulls: 2 });
    }
  });

  it('a mostly-text column with some numbers stays text, without violations', async () => {
    const dir = files({ 'd.csv': 'c\n' + ['a', 'b', '1', 'c', 'd', '2', 'e'].join('\n') + '\n' });
    const r = await validate(dir, ['--data', join(dir, 'd.csv')]);
    expect(r.report!.columns[0].type).toBe('string');
    expect(r.report!.violations.count).toBe(0);
  });
});

describe('invalid UTF-8 (item 7)', () => {
  it('is an error naming the file, line and byte, never a silent U+FFFD (CSV, JSON Lines, gzip, end of file)', async () => {
    const { gzipSync } = await import('node:zlib');
    const dir = files({
      'latin1.csv': Buffer.from('name,x\nabc,1\ncaf\xe9,2\nok,3\n', 'latin1'),
      'surrogate.jsonl': Buffer.concat([Buffer.from('{"a":"ok"}\n{"a":"é"}\n{"a":"'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('"}\n')]),
      'cut.csv': Buffer.from([0x61, 0x0a, 0xc3]),
      'g.csv.gz': gzipSync(Buffer.from('a\n\xe9\n', 'latin1')),
      'fine.csv': 'name\ncafé\n',
    });
    const line = async (f: string) => {
      const r = await runMain(['validate-data', '--data', join(dir, f), '--report', join(dir, 'r.json')]);
      expect(r.code).toBe(2);
      expect(errorLines(r)).toHaveLength(1);
      return errorLines(r)[0];
    };
    expect(await line('latin1.csv')).toBe(`modelgate validate-data: ${join(dir, 'latin1.csv')}:3: not valid UTF-8 (byte 0xe9 at byte offset 16); modelgate reads text as UTF-8: convert the file (e.g. iconv -f latin1 -t utf-8)`);
    expect(await line('surrogate.jsonl')).toContain('surrogate.jsonl:3: not valid UTF-8 (byte 0xed');
    expect(await line('cut.csv')).toContain('cut.csv:2: not valid UTF-8 (byte 0xc3 at byte offset 2)');
    expect(await line('g.csv.gz')).toContain('g.csv.gz:2: not valid UTF-8 (byte 0xe9');
    expect(existsSync(join(dir, 'r.json'))).toBe(false);
    const ok = await validate(dir, ['--data', join(dir, 'fine.csv')]);
    expect(ok.report!.columns[0].topValues[0].value).toBe('café');
  });

  it('finds the line past the first chunk, with valid characters split across chunks', async () => {
    const { readRows } = await import('../../../src/data/readers.js');
    const body = Array.from({ length: 60000 }, (_, i) => `${i},é€𝄞${'x'.repeat(i % 7)}`).join('\n');
    const dir = files({ 'ok.csv': `i,s\n${body}\n`, 'bad.csv': Buffer.concat([Buffer.from(`i,s\n${body}\n`), Buffer.from([0x31, 0x2c, 0xf8, 0x0a])]) });
    let rows = 0;
    let last = '';
    await readRows(join(dir, 'ok.csv'), { header() {}, row: (c) => ((rows += 1), (last = String(c[1]))) });
    expect(rows).toBe(60000);
    expect(last).toBe(`é€𝄞${'x'.repeat(59999 % 7)}`);
    await expect(readRows(join(dir, 'bad.csv'), { header() {}, row() {} })).rejects.toThrow(`bad.csv:60002: not valid UTF-8 (byte 0xf8`);
  });
});

describe('--infer-schema nullability (item 12)', () => {
  it('is nullable unless the data is large and never null, and says so in the schema', async () => {
    const small = 'a,b\n' + Array.from({ length: 50 }, (_, i) => `${i},${i % 2 ? 'x' : 'y'}\n`).join('');
    const large = 'a,b\n' + Array.from({ length: 1000 }, (_, i) => `${i},${i % 2 ? 'x' : 'y'}\n`).join('');
    const dir = files({ 'small.csv': small, 'large.csv': large, 'next.csv': 'a,b\n1,\n,x\n' });
    const infer = async (f: string, out: string) => {
      expect((await runMain(['validate-data', '--data', join(dir, f), '--infer-schema', join(dir, out)])).code).toBe(0);
      return readFileSync(join(dir, out), 'utf8');
    };
    const yml = await infer('small.csv', 's.yml');
    expect(yml).toMatch(/^# Nullability: a column is nullable .* unless the data had at least 1000 rows/m);
    const { parse } = await import('yaml');
    const s = parse(yml) as { properties: Record<string, { type: unknown; enum?: unknown[] }> };
    expect(s.properties.a.type).toEqual(['integer', 'null']);
    expect(s.properties.b.enum).toEqual(['x', 'y', null]);
    // The first real null of the next file is no violation.
    expect((await validate(dir, ['--data', join(dir, 'next.csv'), '--schema', join(dir, 's.yml')])).report!.violations.count).toBe(0);
    const big = JSON.parse(await infer('large.csv', 'l.json')) as { description: string; properties: Record<string, { type: unknown; description: string }> };
    expect(big.properties.a.type).toBe('integer');
    expect(big.properties.a.description).toContain('not nullable: no null in 1000 rows');
    expect(big.description).toContain('remove "null" from a type to require a value');
  });
});

describe('profiles and top values (item 16)', () => {
  it('a truncated or corrupt profile is reported as such, as --reference and as --merge', async () => {
    const dir = files({ 'd.csv': 'a\n1\n2\n' });
    expect((await runMain(['validate-data', '--data', join(dir, 'd.csv'), '--profile', join(dir, 'p.json'), '--report', join(dir, 'x.json')])).code).toBe(0);
    const full = readFileSync(join(dir, 'p.json'), 'utf8');
    writeFileSync(join(dir, 'cut.json'), full.slice(0, full.length / 2));
    writeFileSync(join(dir, 'other.json'), '{"kind": "evaluation"}');
    for (const args of [['--data', join(dir, 'd.csv'), '--reference', join(dir, 'cut.json')], ['--merge', join(dir, 'cut.json')]]) {
      const r = await runMain(['validate-data', ...args, '--report', join(dir, 'r.json')]);
      expect(r.code).toBe(2);
      expect(errorLines(r)).toHaveLength(1);
      expect(errorLines(r)[0]).toContain(`${join(dir, 'cut.json')}: the profile is not valid JSON, truncated or corrupt`);
    }
    const other = await runMain(['validate-data', '--data', join(dir, 'd.csv'), '--reference', join(dir, 'other.json'), '--report', join(dir, 'r.json')]);
    expect(errorLines(other)[0]).toContain('a .json reference must be a profile.json (from validate-data --profile); this one has kind "evaluation"');
  });

  it('Space-Saving counts that are estimates are marked so, with their bound, in the report and the markdown', async () => {
    // 3000 distinct strings then a frequent one: Space-Saving (capacity 256) is no longer exact.
    const rows = [...Array.from({ length: 3000 }, (_, i) => `v${i}`), ...Array.from({ length: 500 }, () => 'hot')];
    const dir = files({ 'd.csv': 'c\n' + rows.join('\n') + '\n' });
    const r = await validate(dir, ['--data', join(dir, 'd.csv')]);
    const top = r.report!.columns[0].topValues[0];
    expect(top.value).toBe('hot');
    expect(top.estimated).toBe(true);
    expect(top.error).toBeGreaterThan(0);
    expect(top.count - top.error!).toBeLessThanOrEqual(500);
    expect(top.count).toBeGreaterThanOrEqual(500);
    expect(r.md).toContain(`hot (${top.count - top.error!}–${top.count}, estimated)`);
    writeFileSync(join(dir, 'small.csv'), 'c\na\na\nb\n');
    const exact = await validate(dir, ['--data', join(dir, 'small.csv')]);
    expect(exact.report!.columns[0].topValues).toEqual([{ value: 'a', count: 2 }, { value: 'b', count: 1 }]);
    expect(exact.md).toContain('a (2), b (1)');
  });
});

describe('found by the fuzz suite', () => {
  it('values near the double range: statistics that overflow are null, the profile round-trips, drift tests do not crash', async () => {
    const dir = files({ 'big.csv': 'x\n0\n-1.8961503816218355e+154\n1e308\n-1e308\n5\n6\n7\n', 'small.csv': 'x\n1\n2\n3\n4\n5\n6\n7\n' });
    const r = await validate(dir, ['--data', join(dir, 'big.csv'), '--profile', join(dir, 'p.json')]);
    expect(r.code).toBe(0);
    expect(r.report!.columns[0]).toMatchObject({ min: -1e308, max: 1e308, std: null });
    assertArtifact('profile', JSON.parse(readFileSync(join(dir, 'p.json'), 'utf8')), 'p.json');
    for (const test of ['psi', 'jensen-shannon', 'wasserstein', 'ks']) {
      for (const [data, ref] of [['big.csv', 'small.csv'], ['small.csv', 'big.csv'], ['small.csv', 'p.json']]) {
        const d = await validate(dir, ['--data', join(dir, data), '--reference', join(dir, ref), '--drift', `columns: { x: { test: ${test} } }`]);
        expect([0, 1], `${test} ${data} against ${ref}: ${d.stderr}`).toContain(d.code);
      }
    }
    // Wasserstein normed by a std that overflowed: no finite statistic, not called zero spread.
    const w = await validate(dir, ['--data', join(dir, 'small.csv'), '--reference', join(dir, 'big.csv'), '--drift', 'columns: { x: { test: wasserstein } }']);
    expect(w.report!.drift[0]).toMatchObject({ statistic: null, drifted: false });
    expect(w.report!.drift[0].reason).toMatch(/not a finite number/);
  });

  it('control characters in names (NUL, U+2028) do not reach the markdown', async () => {
    const dir = files({ 'd.jsonl': '{"a\\u0000b": 1, "\\u2028": 2, "\\u0001": "x"}\n' });
    const r = await validate(dir, ['--data', join(dir, 'd.jsonl')]);
    expect(r.code).toBe(0);
    // eslint-disable-next-line no-control-regex
    expect(r.md).not.toMatch(/[\u0000\u0001\u2028]/);
    expect(r.md).toContain('| a b |');
  });
});

describe('errors naming a column stay one line (found by the fuzz suite)', () => {
  it('a drift test that does not apply to a column with a newline in its name', async () => {
    const dir = files({ 'd.jsonl': '{"x\\ny": "a"}\n{"x\\ny": "b"}\n', 'drift.json': '{"columns": {"x\\ny": {"test": "ks"}}}' });
    const r = await runMain(['validate-data', '--quiet', '--data', join(dir, 'd.jsonl'), '--reference', join(dir, 'd.jsonl'), '--drift', join(dir, 'drift.json'), '--report', join(dir, 'r.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`modelgate validate-data: drift test 'ks' does not apply to categorical column "x\\ny"; use chi-square, jensen-shannon or psi\n`);
  });
});
