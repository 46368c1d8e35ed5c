import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import action from '../../src/actions/validate-data.js';
import { memoryLogger } from '../../src/lib/logger.js';
import { ConfigurationError, DataError } from '../../src/errors.js';
import { files, inputsFor, WEATHER, rng, normal } from '../helpers.js';
import type { DataReport } from '../../src/data/validate.js';

async function run(values: Record<string, string>) {
  const log = memoryLogger();
  const config = action.parse(inputsFor('validate-data', values));
  const result = await action.run(config, log);
  const report = config.report && existsSync(config.report) ? (JSON.parse(readFileSync(config.report, 'utf8')) as DataReport) : undefined;
  return { result, report, log };
}

const SCHEMA = `
$schema: https://json-schema.org/draft/2020-12/schema
type: object
properties:
  id: { type: integer }
  price: { type: [number, "null"], minimum: 0 }
  color: { enum: [red, green, blue] }
required: [id, price, color, size]
x-dataset:
  min-rows: 10
  columns:
    id: { unique: true }
    price: { max-null-fraction: 0.2, range: { max: 100 } }
`;

describe('validate-data', () => {
  it('counts every violation and keeps file, line, column, rule, message and the row', async () => {
    const dir = files({
      'data.csv': 'id,price,color\n1,9.5,red\n2,,green\n2,-1,purple\n"4","1,000",blue\n5,3\n6,250,red\n',
      'schema.yml': SCHEMA,
    });
    const { result, report } = await run({ data: join(dir, 'data.csv'), schema: join(dir, 'schema.yml'), report: join(dir, 'r.json') });
    expect(result.passed).toBe(false);
    const byRule = report!.violations.byRule;
    expect(byRule).toEqual({ 'required-column': 1, 'min-rows': 1, unique: 1, minimum: 1, enum: 1, type: 1, 'ragged-row': 1, range: 1 });
    expect(report!.violations.count).toBe(8);
    const neg = report!.violations.samples.find((s) => s.rule === 'minimum')!;
    expect(neg).toMatchObject({ row: 3, line: 4, column: 'price', file: join(dir, 'data.csv') });
    expect(neg.message).toBe('price: -1 must be >= 0');
    expect(neg.values).toEqual({ id: 2, price: -1, color: 'purple' });
    expect(report!.violations.samples.find((s) => s.rule === 'type')!.message).toBe('price: "1,000" must be number,null');
    expect(report!.violations.samples.find((s) => s.rule === 'ragged-row')).toMatchObject({ line: 6, message: 'has 2 fields, the header has 3' });
    expect(report!.violations.samples.find((s) => s.rule === 'unique')).toMatchObject({ line: 4, message: 'id: 2 repeats row 2' });
    expect(result.outputs).toMatchObject({ passed: false, rows: 6, violations: 8 });
  });

  it('reports a line number for records that start after embedded newlines', async () => {
    const dir = files({ 'd.csv': 'id,note\n1,"two\nlines"\nx,ok\n', 's.json': JSON.stringify({ type: 'object', properties: { id: { type: 'integer' } } }) });
    const { report } = await run({ data: join(dir, 'd.csv'), schema: join(dir, 's.json'), report: join(dir, 'r.json') });
    expect(report!.violations.samples).toHaveLength(1);
    expect(report!.violations.samples[0]).toMatchObject({ row: 2, line: 4, rule: 'type' });
  });

  it('turns the first violations into annotations on the data file lines', async () => {
    const dir = files({ 'd.csv': 'a\n1\nx\ny\n', 's.json': '{"type":"object","properties":{"a":{"type":"number"}}}' });
    const { log } = await run({ data: join(dir, 'd.csv'), schema: join(dir, 's.json'), report: join(dir, 'r.json'), annotations: '1' });
    expect(log.lines.filter((l) => l.startsWith('error:'))).toEqual(['error: a: "x" must be number']);
  });

  it('infers a schema from 2012-2014 that accepts the clean 2015 data', async () => {
    const dir = files({});
    const schema = join(dir, 'schema.yml');
    await run({ data: join(WEATHER, 'data/weather-2012-2014.csv'), 'infer-schema': schema, report: join(dir, 'a.json') });
    const text = readFileSync(schema, 'utf8');
    expect(text).toContain('enum:');
    expect(text).toMatch(/range:\n\s+min: 0\n/); // precipitation keeps 0 as its floor
    // The date column is a date: checked by ajv-formats' `date`, described by its span, no time rule inferred.
    expect(text).toMatch(/ {2}date:\n {4}type: string\n {4}format: date\n {4}description: "inferred from 1096 rows: 1096 values, 0 null, from 2012-01-01, to 2014-12-31; not nullable: no null in 1096 rows"\n/);
    expect(text).not.toMatch(/freshness|max-gap/);
    const { report } = await run({ data: join(WEATHER, 'data/weather-2015.csv'), schema, report: join(dir, 'b.json') });
    expect(report!.violations.count).toBe(0);
    // ...and still catches what is wrong.
    writeFileSync(join(dir, 'bad.csv'), 'date,precipitation,temp_max,temp_min,wind,weather\n2016-01-01,-3,10,5,2,sun\n2016-01-02,0,80,5,2,hail\n');
    const bad = await run({ data: join(dir, 'bad.csv'), schema, report: join(dir, 'c.json') });
    expect(Object.keys(bad.report!.violations.byRule).sort()).toEqual(['enum', 'range']);
    expect(bad.report!.violations.count).toBe(3);
    writeFileSync(join(dir, 'baddate.csv'), 'date,precipitation,temp_max,temp_min,wind,weather\n2016-02-30,0,10,5,2,sun\n');
    const badDate = await run({ data: join(dir, 'baddate.csv'), schema, report: join(dir, 'd.json') });
    expect(badDate.report!.violations.samples.map((v) => [v.rule, v.line, v.message])).toEqual([['format', 2, 'date: "2016-02-30" must match format "date"']]);
  });

  it('infers nullability, null fractions and integer types', async () => {
    const r = rng(7);
    const lines = ['n,score,flag,label'];
    for (let i = 0; i < 2000; i++) lines.push(`${i},${r() < 0.1 ? '' : (50 + 10 * normal(r)).toFixed(2)},${r() < 0.5},${r() < 0.3 ? 'a' : 'b'}`);
    const dir = files({ 'train.csv': lines.slice(0, 1001).join('\n'), 'test.csv': [lines[0], ...lines.slice(1001)].join('\n') });
    await run({ data: join(dir, 'train.csv'), 'infer-schema': join(dir, 's.json'), report: join(dir, 'r.json') });
    const s = JSON.parse(readFileSync(join(dir, 's.json'), 'utf8'));
    expect(s.properties.n.type).toBe('integer');
    expect(s.properties.score.type).toEqual(['number', 'null']);
    expect(s.properties.flag.enum).toEqual(['false', 'true']);
    expect(s['x-dataset'].columns.score['max-null-fraction']).toBeGreaterThan(0.1);
    expect(s['x-dataset'].columns.score['max-null-fraction']).toBeLessThan(0.16);
    const held = await run({ data: join(dir, 'test.csv'), schema: join(dir, 's.json'), report: join(dir, 'r2.json') });
    // Only the id column's range is exceeded (ids keep growing): the rest of the schema holds.
    expect(Object.keys(held.report!.violations.byRule)).toEqual(['range']);
    expect(held.report!.violations.samples.every((v) => v.column === 'n')).toBe(true);
  });

  it('refuses to infer a schema when no row has the header\'s field count (a line before the header), and writes nothing', async () => {
    // scikit-learn's bundled files start with a count line: "569,30,malignant,benign", then 31 fields a row.
    const dir = files({ 'cancer.csv': '3,2,malignant,benign\n17.99,10.38,0\n20.57,17.77,1\n', 'ok.csv': 'a,b\n1,2\n3\n' });
    const schema = join(dir, 's.yml');
    const err = await run({ data: join(dir, 'cancer.csv'), 'infer-schema': schema }).catch((e) => e);
    expect(err).toBeInstanceOf(DataError);
    expect(err.message).toMatch(/cancer\.csv: cannot infer a schema: none of the 2 data rows has the 4 fields of the header on line 1; if the lines before the header hold a title/);
    expect(existsSync(schema)).toBe(false);
    // One ragged row among good ones is a violation, not a refusal.
    const some = await run({ data: join(dir, 'ok.csv'), 'infer-schema': schema, report: join(dir, 'r.json') });
    expect(some.report!.violations.byRule['ragged-row']).toBe(1);
    expect(existsSync(schema)).toBe(true);
    expect(some.log.lines.some((l) => /names columns with numbers/.test(l))).toBe(false);
  });

  it('warns when the header names columns with numbers (a count line or data on line 1)', async () => {
    const dir = files({ 'iris.csv': '150,4,setosa,versicolor,virginica\n5.1,3.5,1.4,0.2,0\n' });
    const { log } = await run({ data: join(dir, 'iris.csv'), report: join(dir, 'r.json') });
    expect(log.lines.some((l) => /iris\.csv: the header on line 1 names columns with numbers \(150, 4\): is line 1 data or a count line rather than the header\?/.test(l))).toBe(true);
  });

  // scikit-learn's linnerud_exercise.csv and diabetes_data_raw.csv are separated by spaces: read
  // as one text column, they passed every check without a word.
  it('warns when a CSV file reads as one column of space-separated words', async () => {
    const dir = files({ 'linnerud.csv': 'Chins Situps Jumps\n5 162 60\n2 110 60\n', 'one.csv': 'customer name\nAda\nGrace\n', 'num.csv': 'x y\n1\n2\n' });
    const spaced = await run({ data: join(dir, 'linnerud.csv'), report: join(dir, 'r.json') });
    expect(spaced.log.lines.filter((l) => l.startsWith('warning:'))).toEqual([
      `warning: ${join(dir, 'linnerud.csv')}: read as one column, "Chins Situps Jumps": are its fields separated by spaces? modelgate reads commas (CSV); convert the file, e.g. to commas`,
    ]);
    // a one-column file whose name has a space but whose values have none: no warning
    for (const f of ['one.csv', 'num.csv']) {
      const { log } = await run({ data: join(dir, f), report: join(dir, 'r.json') });
      expect(log.lines.some((l) => /separated by spaces/.test(l)), f).toBe(false);
    }
  });

  it('detects drift with the exact tests and says what moved', async () => {
    const r = rng(1);
    const ref = ['x,c'];
    const cur = ['x,c'];
    for (let i = 0; i < 3000; i++) ref.push(`${normal(r).toFixed(4)},${r() < 0.5 ? 'u' : 'v'}`);
    for (let i = 0; i < 3000; i++) cur.push(`${(0.5 + normal(r)).toFixed(4)},${r() < 0.5 ? 'u' : 'v'}`);
    const dir = files({ 'ref.csv': ref.join('\n'), 'cur.csv': cur.join('\n') });
    const { result, report } = await run({ data: join(dir, 'cur.csv'), reference: join(dir, 'ref.csv'), report: join(dir, 'r.json') });
    const x = report!.drift.find((d) => d.column === 'x')!;
    const c = report!.drift.find((d) => d.column === 'c')!;
    expect(x).toMatchObject({ test: 'wasserstein', method: 'exact', drifted: true });
    expect(x.statistic).toBeGreaterThan(0.4);
    expect(x.statistic).toBeLessThan(0.6);
    expect(x.moved[0].current).toBeGreaterThan(x.moved[0].reference);
    expect(c).toMatchObject({ test: 'jensen-shannon', drifted: false });
    expect(report!.datasetDrift).toMatchObject({ share: 0.5, drifted: true });
    expect(result.outputs['drifted-columns']).toBe('x');
    expect(result.passed).toBe(false);
  });

  it('uses KS and chi-square on small references, with per-column settings', async () => {
    const r = rng(2);
    const ref = ['x,c'];
    const cur = ['x,c'];
    for (let i = 0; i < 400; i++) ref.push(`${normal(r)},${'abc'[Math.floor(r() * 3)]}`);
    for (let i = 0; i < 300; i++) cur.push(`${normal(r) * 1.1},${'abc'[Math.floor(r() * 3)]}`);
    const dir = files({ 'ref.csv': ref.join('\n'), 'cur.csv': cur.join('\n') });
    const { report } = await run({ data: join(dir, 'cur.csv'), reference: join(dir, 'ref.csv'), report: join(dir, 'r.json'), drift: 'columns:\n  c: { test: psi, threshold: 0.5 }' });
    const x = report!.drift.find((d) => d.column === 'x')!;
    expect(x.test).toBe('ks');
    expect(x.pValue).toBeGreaterThan(0);
    expect(report!.drift.find((d) => d.column === 'c')).toMatchObject({ test: 'psi', threshold: 0.5, drifted: false });
  });

  it('tests against a profile on its sketches and states the error bound', async () => {
    const dir = files({});
    await run({ data: join(WEATHER, 'data/weather-2012-2014.csv'), profile: join(dir, 'ref.json'), report: join(dir, 'a.json') });
    const exact = (await run({ data: join(WEATHER, 'data/weather-2015.csv'), reference: join(WEATHER, 'data/weather-2012-2014.csv'), report: join(dir, 'b.json') })).report!;
    const sketch = (await run({ data: join(WEATHER, 'data/weather-2015.csv'), reference: join(dir, 'ref.json'), report: join(dir, 'c.json') })).report!;
    expect(sketch.reference).toMatchObject({ kind: 'profile', rows: 1096 });
    for (const e of exact.drift) {
      const s = sketch.drift.find((d) => d.column === e.column)!;
      expect(s.method).toBe('sketch');
      if (e.kind === 'numeric') {
        expect(s.errorBound).toBeGreaterThan(0);
        expect(Math.abs(s.statistic! - e.statistic!)).toBeLessThanOrEqual(s.errorBound! + 1e-12);
      } else expect(s.statistic).toBeCloseTo(e.statistic!, 12); // exact category counts
    }
  });

  it('merges shard profiles into the profile of the whole', async () => {
    const dir = files({});
    const data = join(WEATHER, 'data/weather-2012-2014.csv');
    for (const i of [0, 1, 2]) await run({ data, shard: `${i}/3`, profile: join(dir, `p${i}.json`), report: join(dir, `r${i}.json`) });
    const merged = (await run({ merge: `${join(dir, 'p*.json')}`, profile: join(dir, 'merged.json'), report: join(dir, 'm.json') })).report!;
    const whole = (await run({ data, profile: join(dir, 'whole.json'), report: join(dir, 'w.json') })).report!;
    expect(merged.rows).toBe(whole.rows);
    for (const w of whole.columns) {
      const m = merged.columns.find((c) => c.name === w.name)!;
      expect(m.count).toBe(w.count);
      expect(m.min).toBe(w.min);
      expect(m.max).toBe(w.max);
      if (w.mean !== null) expect(m.mean).toBeCloseTo(w.mean, 10);
      if (w.std !== null) expect(m.std).toBeCloseTo(w.std, 10);
      expect(m.quantiles).toEqual(w.quantiles); // DDSketch merges exactly
      expect(m.distinct).toBe(w.distinct); // HLL merges exactly
    }
  });

  it('rejects unreadable data with one line naming the file and writes nothing', async () => {
    const dir = files({ 'empty.csv': '', 'bin.csv': Buffer.from([0, 1, 2, 0, 255, 0x50, 0x4b, 3, 4]), 'fake.parquet': 'not parquet at all' });
    for (const f of ['empty.csv', 'bin.csv', 'fake.parquet', 'missing.csv']) {
      const report = join(dir, `${f}.report.json`);
      const err = await run({ data: join(dir, f), report, profile: join(dir, `${f}.profile.json`) }).catch((e: Error) => e);
      expect(err, f).toBeInstanceOf(DataError);
      expect((err as Error).message, f).toContain(join(dir, f));
      expect((err as Error).message).not.toContain('\n');
      expect(existsSync(report), f).toBe(false);
    }
    expect(readdirSync(dir).sort()).toEqual(['bin.csv', 'empty.csv', 'fake.parquet']);
  });

  it('rejects bad inputs naming the input', () => {
    expect(() => action.parse(inputsFor('validate-data', {}))).toThrow(ConfigurationError);
    expect(() => action.parse(inputsFor('validate-data', { data: 'x.csv', 'fail-on': 'sometimes' }))).toThrow(/input 'fail-on' must be one of any, violations, drift, never/);
    expect(() => action.parse(inputsFor('validate-data', { data: 'x.csv', shard: '3/3' }))).toThrow(/input 'shard'/);
    expect(() => action.parse(inputsFor('validate-data', { data: 'x.csv', drift: 'columns:\n  a: { test: magic }' }))).toThrow(/columns\."a"\.test must be one of/);
    expect(() => action.parse(inputsFor('validate-data', { data: 'x.csv', 'max-samples': '-1' }))).toThrow(/input 'max-samples' must be >= 0/);
  });

  it('names the file, line and column of a broken schema file', async () => {
    const dir = files({ 'd.csv': 'a\n1\n', 's.yml': 'type: object\nproperties:\n  a: { type: number\n' });
    await expect(run({ data: join(dir, 'd.csv'), schema: join(dir, 's.yml') })).rejects.toThrow(new RegExp(`^${join(dir, 's.yml')}:4:1: Flow map`));
  });
});

describe('validate-data: the weather example\'s date column', () => {
  it('is typed, profiled by month, compared by coverage (not drift), and fresh on its as-of day only', async () => {
    const dir = files({});
    const schema = join(WEATHER, 'schema.yml');
    const data = join(WEATHER, 'data/weather-2015.csv');
    const { report, result } = await run({ data, schema, reference: join(WEATHER, 'data/weather-2012-2014.csv'), 'as-of': '2016-01-01', 'fail-on': 'violations', report: join(dir, 'r.json') });
    expect(report!.violations.count).toBe(0);
    const date = report!.columns.find((c) => c.name === 'date')!;
    expect(date.type).toBe('date');
    expect(date.time!.min).toBe('2015-01-01');
    expect(date.time!.max).toBe('2015-12-31');
    expect(date.time!.unit).toBe('month');
    expect(date.time!.periods.map((p) => p.count)).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(date.time!.periods[1]).toEqual({ start: '2015-02-01', count: 28 });
    // Time always moves: the date is not tested for drift, and the report says why and what it compares.
    expect(report!.drift.map((d) => d.column)).not.toContain('date');
    expect(report!.driftSkipped.find((s) => s.column === 'date')!.reason).toMatch(/^a date column: time moves on, so its distribution is not tested for drift; its coverage is compared instead/);
    expect(report!.timeCoverage).toEqual([
      { column: 'date', reference: { min: '2012-01-01', max: '2014-12-31' }, current: { min: '2015-01-01', max: '2015-12-31' }, overlap: null, currentShare: 0 },
    ]);
    expect(result.summary).toContain('**Time coverage**');
    expect(result.summary).toContain('| 2015-02 | 28 |');

    // Judged today, 2015's data is stale: one freshness violation on the newest row's line.
    const stale = await run({ data, schema, report: join(dir, 's.json') });
    expect(stale.report!.passed).toBe(false);
    expect(stale.report!.violations.samples).toEqual([
      expect.objectContaining({ rule: 'freshness', column: 'date', line: 366, row: 365, message: expect.stringMatching(/^date: the newest value, 2015-12-31, is \d+d\w* old at .+ \(as-of\); at most 2d allowed$/) }),
    ]);
    // A day missing from the feed is a max-gap violation naming the first row after the gap.
    const lines = readFileSync(data, 'utf8').split('\n').filter((l) => !l.startsWith('2015-03-1'));
    writeFileSync(join(dir, 'gap.csv'), lines.join('\n'));
    const gap = await run({ data: join(dir, 'gap.csv'), schema, 'as-of': '2016-01-01', report: join(dir, 'g.json') });
    expect(gap.report!.violations.samples.map((s) => [s.rule, s.line, s.message])).toEqual([['max-gap', 70, 'date: no rows for 11d, from 2015-03-09 to 2015-03-20; at most 1d allowed']]);
  });

  it('rejects an as-of that is not ISO 8601, naming the input', () => {
    expect(() => action.parse(inputsFor('validate-data', { data: 'x.csv', 'as-of': 'yesterday' }))).toThrow("input 'as-of': 'yesterday' is not an ISO 8601 date or timestamp");
  });
});
