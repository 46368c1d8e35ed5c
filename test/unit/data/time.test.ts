// Dates and timestamps (src/data/time.ts, sketch/periods.ts, time-rules.ts and their use in the
// readers and the scan), checked against DuckDB on the fixtures in test/fixtures/time (written with
// DuckDB's own parser and Parquet writer by scripts/fixtures/time_fixtures.mjs): every Parquet unit
// with and without isAdjustedToUTC, time zones and offsets, both 2015 DST changes in Europe, leap
// days, a negative epoch, microseconds, and impossible dates that become violations with their line.
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DATE, DATE_TIME, DATE_TIME_NAIVE, INVALID_TIME, NOT_TIME, formatTime, parseTime, parsedKind, periodFor, weekStart, daysFromCivil, civilFromDays } from '../../../src/data/time.js';
import { PeriodSketch, MAX_KEYS } from '../../../src/data/sketch/periods.js';
import { readRows, type Cell } from '../../../src/data/readers.js';
import { scan } from '../../../src/data/scan.js';
import { scanParallel } from '../../../src/data/parallel/pass.js';
import { loadSchema } from '../../../src/data/schema.js';
import { ConfigurationError } from '../../../src/errors.js';
import { Profile } from '../../../src/data/profile.js';
import { ROOT, files } from '../../helpers.js';

const DIR = join(ROOT, 'test/fixtures/time');
const goldens = JSON.parse(readFileSync(join(DIR, 'goldens.json'), 'utf8')) as {
  text: { id: number; ts: number | null; local: number | null; day: number | null }[];
  parquet: Record<string, number | null>[];
  utcUnits: { id: number; ts_ms_utc: number; ts_ns_utc: number; ts_ns_utc_written: string }[];
};
const csvRows = readFileSync(join(DIR, 'events.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));

describe('parseTime against DuckDB', () => {
  it('reads zones, offsets, DST changes, leap days, negative epochs and microseconds as DuckDB does', () => {
    let checked = 0;
    for (const [i, g] of goldens.text.entries()) {
      const [, ts, local, day] = csvRows[i]!;
      for (const [text, want, kind] of [[ts, g.ts, DATE_TIME], [local, g.local, DATE_TIME_NAIVE], [day, g.day, DATE]] as const) {
        const got = parseTime(text!);
        if (want === null) {
          expect(parsedKind, text).toBe(INVALID_TIME);
          expect(got).toBeNaN();
        } else if (text === '2015-06-01T24:00:00Z') {
          // ISO 8601 allows 24:00 (DuckDB reads the next midnight); RFC 3339, JSON Schema's
          // date-time and ajv-formats do not, and neither do we.
          expect(parsedKind).toBe(INVALID_TIME);
        } else {
          expect(got, text).toBe(want);
          expect(parsedKind, text).toBe(kind);
          checked++;
        }
      }
    }
    expect(checked).toBe(29 * 3);
  });

  it('tells other text from an impossible date', () => {
    for (const s of ['abc', '12.5', '2015', '2015/01/01', '20150101', '', 'a015-01-01']) {
      expect(parseTime(s)).toBeNaN();
      expect(parsedKind, s).toBe(NOT_TIME);
    }
    for (const s of ['2015-02-29', '1900-02-29', '2015-00-10', '2015-01-32', '2015-01-01T25:00', '2015-01-01T10:60', '2015-01-01T10:00:61', '2015-01-01T10:00:00.', '2015-01-01T10:00Zx', '2015-01-01X10:00', '2015-01-01T10:00+24:00', '2015-01-01T12:00:60Z']) {
      expect(parseTime(s), s).toBeNaN();
      expect(parsedKind, s).toBe(INVALID_TIME);
    }
    expect(parseTime('2000-02-29')).toBe(Date.UTC(2000, 1, 29));
    expect(parseTime('2016-12-31T23:59:60Z')).toBe(Date.UTC(2017, 0, 1)); // a leap second, RFC 3339
  });

  it('agrees with Date.parse on every instant it formats, and formats back what it parses', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1, 0, 1), max: Date.UTC(9999, 11, 31) }), (ms) => {
        const iso = formatTime(ms);
        expect(iso).toBe(new Date(ms).toISOString().replace(/^\+0*/, ''));
        expect(parseTime(iso)).toBe(ms);
        expect(parsedKind).toBe(DATE_TIME);
        expect(parseTime(formatTime(ms, true))).toBe(Math.floor(ms / 86_400_000) * 86_400_000);
        const [y, m, d] = civilFromDays(Math.floor(ms / 86_400_000));
        expect(daysFromCivil(y, m, d)).toBe(Math.floor(ms / 86_400_000));
      }),
      { numRuns: 2000 },
    );
    expect(formatTime(1420070400123.456)).toBe('2015-01-01T00:00:00.123456Z');
    expect(formatTime(Date.UTC(2015, 2, 29, 2, 30), false, true)).toBe('2015-03-29T02:30:00.000');
  });

  it('picks the period by the span and starts weeks on Monday', () => {
    const day = 86_400_000;
    expect(periodFor(0, 62 * day)).toBe('day');
    expect(periodFor(0, 100 * day)).toBe('week');
    expect(periodFor(0, 364 * day)).toBe('month');
    expect(periodFor(0, 60 * 366 * day)).toBe('year');
    expect(formatTime(weekStart(daysFromCivil(2015, 3, 29)) * day, true)).toBe('2015-03-23'); // a Sunday's week
    expect(formatTime(weekStart(daysFromCivil(2015, 3, 30)) * day, true)).toBe('2015-03-30'); // a Monday
  });
});

async function readAll(path: string) {
  let kinds: (string | undefined)[] | undefined;
  let header: string[] = [];
  const rows: Cell[][] = [];
  await readRows(path, { header: (h, k) => ((header = h), (kinds = k)), row: (cells) => rows.push(cells) });
  return { header, kinds, rows };
}

describe('Parquet dates and timestamps', () => {
  it('become epoch milliseconds in every unit, with and without isAdjustedToUTC, as DuckDB reads them', async () => {
    const { header, kinds, rows } = await readAll(join(DIR, 'units.parquet'));
    expect(header).toEqual(['id', 'd', 'ts_s', 'ts_ms', 'ts_us', 'ts_ns', 'ts_tz']);
    expect(kinds).toEqual([undefined, 'date', 'date-time-naive', 'date-time-naive', 'date-time-naive', 'date-time-naive', 'date-time']);
    expect(rows.length).toBe(goldens.parquet.length);
    for (const [i, g] of goldens.parquet.entries()) {
      expect(rows[i]).toEqual(header.map((h) => g[h]));
      for (const c of rows[i]!) expect(typeof c).toBe('number'); // no strings made
    }
  });

  it('reads TIMESTAMP(MILLIS) and TIMESTAMP(NANOS) with isAdjustedToUTC = true (hyparquet-writer) as DuckDB reads them back', async () => {
    const { header, kinds, rows } = await readAll(join(DIR, 'utc_units.parquet'));
    expect(header).toEqual(['id', 'ts_ms_utc', 'ts_ns_utc']);
    expect(kinds).toEqual([undefined, 'date-time', 'date-time']);
    expect(rows.length).toBe(goldens.utcUnits.length);
    for (const [i, g] of goldens.utcUnits.entries()) {
      const [id, msUtc, nsUtc] = rows[i]!;
      expect(id).toBe(g.id);
      expect(msUtc).toBe(g.ts_ms_utc);
      // Nanoseconds cut to the microsecond, from the value written: floor(ns / 1000) microseconds.
      const ns = BigInt(g.ts_ns_utc_written);
      const us = ns >= 0n ? ns / 1000n : -((-ns + 999n) / 1000n);
      expect(nsUtc).toBe(Number(us) / 1000);
      // DuckDB keeps microseconds too, but rounds a negative instant toward zero (1969-12-31T23:59:59.999000789
      // becomes .999001): it agrees everywhere else.
      if (ns >= 0n) expect(nsUtc).toBe(g.ts_ns_utc);
      else expect(nsUtc).toBe(g.ts_ns_utc - 0.001);
    }
    // The same instants as the TIMESTAMPTZ (micros) column DuckDB wrote: every unit, UTC-adjusted or not, is read.
    const micros = (await readAll(join(DIR, 'units.parquet'))).rows;
    expect(rows.map((r) => Math.floor(r[2] as number))).toEqual(micros.map((r) => Math.floor(r[6] as number)));
    const r = await scan({ files: [join(DIR, 'utc_units.parquet')], keepValues: false, maxSamples: 10 });
    expect(r.profile.byName.get('ts_ns_utc')!.summary().time).toMatchObject({ zone: 'utc', min: '1969-12-31T23:59:59.999Z', max: '2016-02-29T12:00:00.000Z' }); // 789 ns cut
  });

  it('profiles as date / date-time columns with their span, zone and counts per period', async () => {
    const r = await scan({ files: [join(DIR, 'units.parquet')], keepValues: false, maxSamples: 10 });
    const by = (n: string) => r.profile.byName.get(n)!.summary();
    expect(by('d').type).toBe('date');
    expect(by('d').time).toMatchObject({ min: '1969-12-31', max: '2016-02-29', zone: null, unit: 'month' });
    expect(by('ts_ns').type).toBe('date-time');
    expect(by('ts_ns').time).toMatchObject({ min: '1969-12-31T23:59:59.999', max: '2016-02-29T12:00:00.000', zone: 'none' });
    expect(by('ts_tz').time).toMatchObject({ min: '1969-12-31T23:59:59.999Z', zone: 'utc' });
    const periods = by('ts_tz').time!.periods;
    // Every month from December 1969 to February 2016, empty ones included.
    expect(periods.length).toBe((2016 - 1969) * 12 + 2 - 12 + 1);
    expect(periods[0]).toEqual({ start: '1969-12-01', count: 1 });
    expect(periods.reduce((s, p) => s + p.count, 0)).toBe(29);
    expect(periods.find((p) => p.start === '2015-07-01')!.count).toBe(20);
    expect(periods.find((p) => p.start === '2015-03-01')!.count).toBe(2);
    expect(periods.find((p) => p.start === '2015-04-01')!.count).toBe(0);
    expect(r.violations.count).toBe(0);
  });

  it('gives the row schema ISO 8601 text for a column it checks as a string', async () => {
    const dir = files({ 's.json': JSON.stringify({ type: 'object', properties: { d: { type: 'string', format: 'date' }, ts_tz: { type: 'string', format: 'date-time' }, ts_us: { type: 'string', format: 'iso-date-time' } } }) });
    const r = await scan({ files: [join(DIR, 'units.parquet')], schema: loadSchema(join(dir, 's.json')), keepValues: false, maxSamples: 10 });
    expect(r.violations.toJSON()).toEqual({ count: 0, byRule: {}, samples: [] });
    // A wall-clock timestamp is no RFC 3339 date-time (it needs a zone): the schema says so, per row.
    const strict = files({ 's.json': JSON.stringify({ type: 'object', properties: { ts_us: { type: 'string', format: 'date-time' } } }) });
    const r2 = await scan({ files: [join(DIR, 'units.parquet')], schema: loadSchema(join(strict, 's.json')), keepValues: false, maxSamples: 10 });
    expect(r2.violations.byRule).toEqual({ format: 29 });
    expect(r2.violations.samples[0]).toMatchObject({ line: 1, column: 'ts_us', message: 'ts_us: "2015-01-01T00:00:00.000" must match format "date-time"' });
  });
});

const csv = join(DIR, 'events.csv');
const jsonl = join(DIR, 'events.jsonl');

describe('dates and timestamps in CSV and JSON Lines', () => {
  it.each([
    ['CSV', csv, 31],
    ['TSV', join(DIR, 'events.tsv'), 31],
    ['JSON Lines', jsonl, 30],
  ])('%s: typed, and each impossible date a violation with its line, never a crash', async (_, path, firstBadLine) => {
    const r = await scan({ files: [path], keepValues: false, maxSamples: 20 });
    const by = (n: string) => r.profile.byName.get(n)!;
    expect(by('ts').type).toBe('date-time');
    expect(by('local').type).toBe('date-time');
    expect(by('day').type).toBe('date');
    expect(by('ts').summary().time).toMatchObject({ zone: 'utc', min: '1969-12-31T23:59:59.999Z', max: '2016-02-29T12:00:00.000Z' });
    expect(by('local').summary().time).toMatchObject({ zone: 'none' });
    expect(by('day').summary().time).toMatchObject({ min: '1969-12-31', max: '2016-02-29', zone: null });
    expect(r.violations.byRule).toEqual({ 'invalid-date': 6 });
    const bad = r.violations.samples.map((s) => [s.column, s.line, s.message]);
    expect(bad).toContainEqual(['day', firstBadLine, 'day: "2015-02-29" is not a valid date (YYYY-MM-DD)']);
    expect(bad).toContainEqual(['day', firstBadLine + 1, 'day: "2015-04-31" is not a valid date (YYYY-MM-DD)']);
    expect(bad).toContainEqual(['ts', firstBadLine + 1, 'ts: "2015-06-01T24:00:00Z" is not a valid ISO 8601 timestamp']);
    expect(bad).toContainEqual(['local', firstBadLine, 'local: "2015-02-29 10:00:00" is not a valid ISO 8601 timestamp']);
  });

  it('keeps a reviewed `type: string` date column valid (dates were text before)', async () => {
    const dir = files({ 's.yml': 'type: object\nproperties:\n  day: { type: string }\n  ts: { type: string }\nrequired: [day]\n' });
    const r = await scan({ files: [csv], schema: loadSchema(join(dir, 's.yml')), keepValues: false, maxSamples: 20 });
    expect(r.profile.byName.get('day')!.type).toBe('date');
    // Only the impossible values are flagged (no format declared), none for being text.
    expect(r.violations.byRule).toEqual({ 'invalid-date': 6 });
  });

  it('merges the time state of shards into that of the whole, byte for byte', async () => {
    const whole = await scan({ files: [csv], keepValues: false, maxSamples: 0 });
    const parts = await Promise.all([0, 1, 2].map((index) => scan({ files: [csv], shard: { index, count: 3 }, keepValues: false, maxSamples: 0 })));
    const merged = parts.slice(1).reduce((acc, p) => acc.merge(p.profile), parts[0]!.profile);
    for (const name of ['ts', 'local', 'day']) {
      expect(JSON.stringify(merged.byName.get(name)!.toJSON())).toBe(JSON.stringify(whole.profile.byName.get(name)!.toJSON()));
    }
    // And through the profile file's JSON.
    const back = Profile.fromJSON(JSON.parse(JSON.stringify(whole.profile.toJSON())));
    expect(back.byName.get('ts')!.summary()).toEqual(whole.profile.byName.get('ts')!.summary());
  });
});

describe('PeriodSketch', () => {
  it('keeps days, then months beyond MAX_KEYS days, and merges as one pass would', () => {
    const day = 86_400_000;
    const whole = new PeriodSketch();
    const a = new PeriodSketch();
    const b = new PeriodSketch();
    for (let d = 0; d < MAX_KEYS + 50; d++) {
      whole.add(d * day, true, false);
      (d % 2 ? a : b).add(d * day, true, false);
    }
    expect(whole.unit).toBe('month');
    expect(a.unit).toBe('day');
    expect(JSON.stringify(a.merge(b).toJSON())).toBe(JSON.stringify(whole.toJSON()));
    expect(whole.histogram()!.unit).toBe('year');
  });
});

const rulesSchema = (rules: Record<string, unknown>, props: Record<string, unknown> = {}) =>
  loadSchema(join(files({ 's.json': JSON.stringify({ type: 'object', properties: props, 'x-dataset': { columns: rules } }) }), 's.json'));

describe('time rules', () => {
  it('monotonic: an instant earlier than the row before, not a smaller wall clock across a DST change', async () => {
    const r = await scan({ files: [csv], schema: rulesSchema({ ts: { monotonic: true }, local: { monotonic: true } }), keepValues: false, maxSamples: 20 });
    const mono = r.violations.samples.filter((s) => s.rule === 'monotonic').map((s) => [s.column, s.line]);
    // ts: 2015-10-25T02:15+01:00 (row 5) is after 02:30+02:00 (row 4); 2000 (line 8) and 1969 (line 9) go back.
    expect(mono).toEqual([
      ['ts', 8],
      ['ts', 9],
      ['local', 6],
      ['local', 8],
      ['local', 9],
    ]);
    expect(r.violations.samples.find((s) => s.line === 8 && s.column === 'ts')!.message).toBe(
      'ts: 2000-02-29T05:00:00.000Z is earlier than the row before (2016-02-29T12:00:00.000Z); the column must not decrease',
    );
  });

  it('max-gap, not-future and freshness judged at as-of, each with its value and line', async () => {
    const asOf = Date.UTC(2016, 0, 1);
    const r = await scan({ files: [csv], schema: rulesSchema({ ts: { 'max-gap': '400d', 'not-future': true, freshness: '30d' }, day: { freshness: { 'max-age': '90d' } } }), keepValues: false, maxSamples: 20, asOf });
    const got = r.violations.samples.filter((s) => s.rule !== 'invalid-date').map((s) => [s.column, s.rule, s.line, s.message]);
    expect(got).toEqual([
      ['ts', 'not-future', 7, 'ts: 2016-02-29T12:00:00.000Z is later than 2016-01-01T00:00:00.000Z (as-of)'],
      ['ts', 'max-gap', 8, 'ts: no rows for 11016d5h, from 1969-12-31T23:59:59.999Z to 2000-02-29T05:00:00.000Z; at most 400d allowed'],
      ['ts', 'max-gap', 2, 'ts: no rows for 5419d19h, from 2000-02-29T05:00:00.000Z to 2015-01-01T00:00:00.123456Z; at most 400d allowed'],
    ]);
    // The newest value is in the future, so nothing is stale; a later as-of makes both columns stale.
    const later = await scan({ files: [csv], schema: rulesSchema({ ts: { freshness: '30d' }, day: { freshness: { 'max-age': '40d' } } }), keepValues: false, maxSamples: 20, asOf: Date.UTC(2016, 3, 8) });
    expect(later.violations.samples.filter((s) => s.rule === 'freshness').map((s) => [s.column, s.line, s.message])).toEqual([
      ['ts', 7, 'ts: the newest value, 2016-02-29T12:00:00.000Z, is 38d12h old at 2016-04-08T00:00:00.000Z (as-of); at most 30d allowed'],
    ]);
    const stale = await scan({ files: [csv], schema: rulesSchema({ day: { freshness: '30d' } }), keepValues: false, maxSamples: 20, asOf: Date.UTC(2016, 3, 8) });
    expect(stale.violations.samples.filter((s) => s.rule === 'freshness').map((s) => s.message)).toEqual(['day: the newest value, 2016-02-29, is 39d old at 2016-04-08T00:00:00.000Z (as-of); at most 30d allowed']);
  });

  it('is a violation, not a crash, on a column without dates; a bad duration names the rule', async () => {
    const r = await scan({ files: [csv], schema: rulesSchema({ id: { freshness: '1d', monotonic: true } }), keepValues: false, maxSamples: 20 });
    expect(r.violations.byRule).toMatchObject({ freshness: 1, monotonic: 1 });
    expect(r.violations.samples.find((s) => s.rule === 'freshness')!.message).toMatch(/^id: holds no dates or timestamps \(its values are integer\)/);
    expect(() => rulesSchema({ ts: { 'max-gap': '2 days' } })).toThrow(ConfigurationError);
    expect(() => rulesSchema({ ts: { 'max-gap': '2 days' } })).toThrow(/x-dataset\.columns\."ts"\.max-gap: '2 days' is not a duration/);
    expect(() => rulesSchema({ ts: { freshness: { age: '2d' } } })).toThrow(ConfigurationError);
  });

  it('merges across chunks of the parallel pass as one pass judges them', async () => {
    const lines = ['seq,at'];
    let t = Date.UTC(2020, 0, 1);
    for (let i = 0; i < 4000; i++) {
      t += i % 997 === 0 ? -60_000 : i % 1500 === 0 ? 5 * 3_600_000 : 30_000;
      lines.push(`${i},${new Date(t).toISOString()}`);
    }
    const dir = files({ 'x.csv': lines.join('\n') + '\n', 's.json': JSON.stringify({ type: 'object', 'x-dataset': { columns: { at: { monotonic: true, 'max-gap': '1h', freshness: '1d', 'not-future': true } } } }) });
    const opts = { files: [join(dir, 'x.csv')], schema: loadSchema(join(dir, 's.json')), keepValues: false, maxSamples: 50, asOf: Date.UTC(2020, 0, 1, 20) };
    const seq = await scan(opts);
    for (const chunkBytes of [3001, 20_000]) {
      const par = await scanParallel(opts, { workers: 1, chunkBytes, schemaPath: join(dir, 's.json') });
      expect(JSON.stringify(par.violations.toJSON())).toBe(JSON.stringify(seq.violations.toJSON()));
      expect(JSON.stringify(par.profile.byName.get('at')!.toJSON().time)).toBe(JSON.stringify(seq.profile.byName.get('at')!.toJSON().time));
    }
    // Steps back at rows 997, 1994, 2991 and 3988 (row 0 has no row before it); 5-hour gaps at 1500 and 3000.
    expect(seq.violations.byRule).toEqual({ monotonic: 4, 'max-gap': 2, 'not-future': expect.any(Number) });
  });
});

describe('Parquet legacy and converted time types', () => {
  it('INT96 (Impala/Spark) and TIMESTAMP_MILLIS / TIMESTAMP_MICROS without a logical type are UTC instants; DATE by converted type', async () => {
    const { parquetTimeKinds, parquetParsers } = await import('../../../src/data/readers.js');
    const { convert } = await import('hyparquet/src/convert.js');
    const schema = [
      { name: 'root', num_children: 5 },
      { name: 'i96', type: 'INT96', repetition_type: 'OPTIONAL' },
      { name: 'ms', type: 'INT64', converted_type: 'TIMESTAMP_MILLIS', repetition_type: 'OPTIONAL' },
      { name: 'us', type: 'INT64', converted_type: 'TIMESTAMP_MICROS', repetition_type: 'OPTIONAL' },
      { name: 'd', type: 'INT32', converted_type: 'DATE', repetition_type: 'OPTIONAL' },
      { name: 'n', type: 'INT64', repetition_type: 'OPTIONAL' },
    ];
    expect(parquetTimeKinds({ schema } as never)).toEqual(['date-time', 'date-time', 'date-time', 'date', undefined]);
    // INT96: Julian day in the high 32 bits, nanoseconds of the day in the low 64, decoded by
    // hyparquet through our nanosecond parser: 2016-02-29T12:00:00.123456789Z.
    const julian = 2440588n + BigInt(daysFromCivil(2016, 2, 29));
    const nanos = (12n * 3600n + 0n) * 1_000_000_000n + 123_456_789n;
    const decoder = { element: schema[1], parsers: { ...(await import('hyparquet/src/convert.js')).DEFAULT_PARSERS, ...parquetParsers }, utf8: true } as never;
    const [ms] = convert([(julian << 64n) | nanos] as never, decoder) as number[];
    expect(ms).toBe(Date.UTC(2016, 1, 29, 12) + 123.456);
    expect(formatTime(ms!)).toBe('2016-02-29T12:00:00.123456Z');
  });
});

describe('dates and timestamps in a declared x-time-format', () => {
  const fgoldens = JSON.parse(readFileSync(join(DIR, 'formats-goldens.json'), 'utf8')) as { formats: Record<string, string>; rows: Record<string, number | null>[] };
  const fcsv = readFileSync(join(DIR, 'formats.csv'), 'utf8').trim().split('\n');
  const fschema = join(DIR, 'formats.schema.yml');

  it('parses each cell as DuckDB strptime does with the same format, leap days, offsets and impossible dates included', async () => {
    const { TimeFormat } = await import('../../../src/data/time-format.js');
    const cols = fcsv[0]!.split(',');
    let valid = 0;
    let invalid = 0;
    for (const [i, g] of fgoldens.rows.entries()) {
      const cells = fcsv[i + 1]!.split(',');
      for (const name of ['day', 'seen', 'at']) {
        const text = cells[cols.indexOf(name)]!;
        const got = TimeFormat.compile(fgoldens.formats[name]!).parse(text);
        if (g[name] === null) {
          expect(got, text).toBeNaN();
          invalid++;
        } else {
          expect(got, text).toBe(g[name]);
          valid++;
        }
      }
    }
    expect([valid, invalid]).toEqual([28 * 3, 2 * 3]);
  });

  it('is strict, bounded and never backtracks', async () => {
    const { TimeFormat } = await import('../../../src/data/time-format.js');
    const f = TimeFormat.compile('%d/%m/%Y');
    expect(f.parse('29/02/2000')).toBe(Date.UTC(2000, 1, 29));
    for (const s of ['29/02/1900', '31/04/2015', '00/01/2015', '01/13/2015', '01/01/15', '01/01/2015 ', ' 01/01/2015', '01-01-2015', '1/1/20155', '']) expect(f.parse(s), s).toBeNaN();
    expect(TimeFormat.compile('%b %d %Y %H%%').parse('sEp 07 2015 23%')).toBe(Date.UTC(2015, 8, 7, 23));
    expect(TimeFormat.compile('%Y%m%dT%H%M%S%z').parse('20150329T030000Z')).toBe(Date.UTC(2015, 2, 29, 3));
    expect(TimeFormat.compile('%Y%m%dT%H%M%S%z').parse('20150329T030000+0200')).toBe(Date.UTC(2015, 2, 29, 1));
    expect(TimeFormat.compile('%Y-%m-%d %H:%M').parse('2015-01-01 24:00')).toBeNaN();
    expect(TimeFormat.compile('%Y-%m-%d').kind).toBe(DATE);
    expect(TimeFormat.compile('%Y-%m-%d %H').kind).toBe(DATE_TIME_NAIVE);
    expect(TimeFormat.compile('%Y-%m-%d %H %z').kind).toBe(DATE_TIME);
    for (const [bad, why] of [['%d/%m', /needs a year/], ['%Y %m %d %q', /%q is not supported/], ['%Y %m %d %d', /%d is given twice/], ['%Y %b %m %d', /given twice/], ['%Y %m %d %', /lone %/], ['%Y %m %d %f', /%f needs %S/]] as const) {
      expect(() => TimeFormat.compile(bad), bad).toThrow(why);
    }
    // Any text: NaN or a time, never a throw; a cell longer than the format allows is rejected at once.
    fc.assert(fc.property(fc.string({ maxLength: 40 }), (s) => void f.parse(s)), { numRuns: 2000 });
    expect(f.parse('01/01/2015'.repeat(10_000))).toBeNaN();
  });

  it.each([
    ['CSV', 'formats.csv'],
    ['JSON Lines', 'formats.jsonl'],
  ])('%s: typed, profiled and held to time rules; a cell that does not parse is an invalid-date violation with its line', async (_, name) => {
    const r = await scan({ files: [join(DIR, name)], schema: loadSchema(fschema), keepValues: false, maxSamples: 20 });
    const by = (n: string) => r.profile.byName.get(n)!;
    expect(by('day').type).toBe('date');
    expect(by('seen').type).toBe('date-time');
    expect(by('at').type).toBe('date-time');
    expect(by('day').summary().time).toMatchObject({ min: '1969-12-31', max: '2016-02-29', zone: null });
    expect(by('seen').summary().time).toMatchObject({ min: '1969-12-31T23:59:59.000', max: '2016-02-29T12:00:00.000', zone: 'none' });
    expect(by('at').summary().time).toMatchObject({ min: '1969-12-31T23:59:59.999Z', max: '2016-02-29T17:00:00.000Z', zone: 'utc' });
    // Only the impossible cells, each once (the declared format replaces ajv's `format: date`).
    expect(r.violations.byRule).toEqual({ 'invalid-date': 6 });
    const line = name.endsWith('.csv') ? 30 : 29;
    const bad = r.violations.samples.map((s) => [s.column, s.line, s.message]);
    expect(bad).toContainEqual(['day', line, `day: "31/02/2015" does not match x-time-format "%d/%m/%Y" or is no real date`]);
    expect(bad).toContainEqual(['day', line + 1, `day: "2015-01-01" does not match x-time-format "%d/%m/%Y" or is no real date`]);
    expect(bad).toContainEqual(['seen', line + 1, `seen: "29-Feb-2015 00:00:00" does not match x-time-format "%d-%b-%Y %H:%M:%S" or is no real date and time`]);
    expect(bad).toContainEqual(['at', line + 1, `at: "2015/06/01 24:00:00.0 +00:00" does not match x-time-format "%Y/%m/%d %H:%M:%S.%f %z" or is no real date and time`]);
    // The parallel pass (workers load the schema themselves) finds the same.
    const par = await scanParallel({ files: [join(DIR, name)], schema: loadSchema(fschema), keepValues: false, maxSamples: 20 }, { workers: 1, chunkBytes: 400, schemaPath: fschema });
    expect(JSON.stringify(par.violations.toJSON())).toBe(JSON.stringify(r.violations.toJSON()));
    expect(JSON.stringify(par.profile.byName.get('at')!.toJSON().time)).toBe(JSON.stringify(by('at').toJSON().time));
  });

  it('gives a declared format to the time rules, and a hostile 100 KB cell is one violation, not a crash', async () => {
    const hostile = '1'.repeat(50_000) + '/' + '2'.repeat(50_000);
    const lines = readFileSync(join(DIR, 'formats.csv'), 'utf8').trimEnd().split('\n');
    lines.push(`31,${hostile},01-Jan-2016 00:00:00,2016/01/01 00:00:00.0 +00:00`);
    const yml = readFileSync(fschema, 'utf8') + "x-dataset:\n  columns:\n    day: { freshness: 30d, not-future: true }\n    at: { monotonic: true, max-gap: 400d }\n";
    const dir = files({ 'f.csv': lines.join('\n') + '\n', 's.yml': yml });
    const r = await scan({ files: [join(dir, 'f.csv')], schema: loadSchema(join(dir, 's.yml')), keepValues: false, maxSamples: 50, asOf: Date.UTC(2016, 0, 15) });
    const got = r.violations.samples.filter((s) => s.line === 32 || s.rule !== 'invalid-date').map((s) => [s.column, s.rule, s.line, s.message]);
    expect(got).toEqual([
      ['day', 'invalid-date', 32, `day: "${'1'.repeat(80)}"... (100001 characters) does not match x-time-format "%d/%m/%Y" or is no real date`],
      ['day', 'not-future', 7, 'day: 2016-02-29 is later than 2016-01-15T00:00:00.000Z (as-of)'],
      ['at', 'monotonic', 8, 'at: 2015-07-01T02:30:00.000Z is earlier than the row before (2016-02-29T17:00:00.000Z); the column must not decrease'],
      // 08:00+05:30 on 1 July is 02:30Z; the 1969 row after it goes back again.
      ['at', 'monotonic', 9, 'at: 1969-12-31T23:59:59.999Z is earlier than the row before (2015-07-01T02:30:00.000Z); the column must not decrease'],
      ['at', 'max-gap', 2, 'at: no rows for 16436d124.456ms, from 1969-12-31T23:59:59.999Z to 2015-01-01T00:00:00.123456Z; at most 400d allowed'],
    ]);
    // The hostile row's other cells are read as usual.
    expect(r.profile.byName.get('seen')!.summary().time).toMatchObject({ max: '2016-02-29T12:00:00.000' });
    expect(r.profile.byName.get('day')!.count).toBe(31);
  });

  it('is checked when the schema loads', () => {
    const load = (prop: string) => loadSchema(join(files({ 's.yml': `type: object\nproperties:\n  d: ${prop}\n` }), 's.yml'));
    expect(() => load("{ type: string, x-time-format: '%d/%m' }")).toThrow(/properties\."d"\.x-time-format: "%d\/%m" needs a year/);
    expect(() => load("{ type: string, format: date, x-time-format: '%Y-%m-%d %H' }")).toThrow(/has time directives but the format is date/);
    expect(() => load("{ type: string, format: email, x-time-format: '%Y-%m-%d' }")).toThrow(ConfigurationError);
    expect(() => load('{ type: string, x-time-format: 5 }')).toThrow(ConfigurationError);
    expect(() => load("{ type: integer, x-time-format: '%Y%m%d' }")).toThrow(/goes with type: string/);
    expect(load("{ type: string, x-time-format: '%Y.%m.%d' }").timeFormat('d')!.kind).toBe(DATE);
  });
});
