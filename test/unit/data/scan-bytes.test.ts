// validate-data's pass reads CSV/TSV records as bytes (RowSink.record, csv-bytes.ts): numbers
// parsed from the bytes, text cells interned. The same scan fed the same file as text cells
// (RowSink.row, as every reader delivered rows before) must give the same result byte for byte,
// whatever the cells hold: quoted numbers, numbers with spaces or exponents, dates and
// near-dates, na-values, multi-byte text, ragged rows, CRLF, a byte order mark.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRows, type RowSink } from '../../../src/data/readers.js';
import { parseNaValues, scan, type ScanOptions, type ScanResult } from '../../../src/data/scan.js';
import { loadSchema } from '../../../src/data/schema.js';
import { files, rng } from '../../helpers.js';

function randomCsv(seed: number, rows: number, delimiter: string, crlf: boolean, bom: boolean): string {
  const r = rng(seed);
  const pick = <T,>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  const numberish = () =>
    r() < 0.85
      ? (r() * 2000 - 500).toFixed(Math.floor(r() * 5))
      : pick(['', 'NA', 'n/a', '-999', '"12.5"', '" 7"', '1e3', '-0', '.5', '5.', '+3', '0x1f', 'Infinity', '    -1e-55', '1.2.3', '12345678901234567', '"x, y"', 'é', '1_0', '00012']);
  const header = ['num', 'int', 'auto', 'text', 'cat', 'when', 'fmt', 'flag', 'uid', 'free'];
  const lines = [header.join(delimiter)];
  for (let i = 0; i < rows; i++) {
    const cells = [
      numberish(),
      r() < 0.97 ? String(Math.floor(r() * 500)) : pick(['', '2.5', 'x', '"40"']),
      r() < 0.6 ? numberish() : pick(['2015-01-02', '2016-02-30', '2015-01-02T03:04:05Z', '2015-1-2', 'abc', '"2015-03-04"', '1234-56-78', '  12', 'NaN']),
      pick(['a', 'b', 'ç', '日本', '"quoted, with comma"', '"two\nlines"', '"a ""quote"""', '', 'NULL', 'None']),
      pick(['red', 'green', 'blue', 'purple', '', '"red"', 'ＲＥＤ']),
      r() < 0.95 ? new Date(Date.UTC(2015, 0, 1) + i * 3_600_000).toISOString().slice(0, 10) : pick(['', 'soon', '2015-02-29']),
      r() < 0.95 ? `${1 + (i % 28)}/0${1 + (i % 9)}/2015` : pick(['31/02/2015', '2015-01-01', '']),
      pick(['true', 'false', 'TRUE', 'yes', '', '1']),
      `u${Math.floor(r() * 1e6)}`,
      pick(['x'.repeat(20), 'y'.repeat(Math.floor(r() * 40)), 'ab"c', '"ab"cd']),
    ];
    if (r() < 0.01) cells.pop();
    if (r() < 0.005) cells.push('extra');
    lines.push(cells.join(delimiter));
    if (r() < 0.01) lines.push('');
  }
  const nl = crlf ? '\r\n' : '\n';
  return (bom ? '\ufeff' : '') + lines.join(nl) + nl;
}

const SCHEMA = JSON.stringify({
  type: 'object',
  properties: {
    num: { type: ['number', 'null'], minimum: -400 },
    int: { type: 'integer', maximum: 480 },
    text: { type: ['string', 'null'], maxLength: 10 },
    cat: { enum: ['red', 'green', 'blue', null] },
    when: { type: ['string', 'null'], format: 'date' },
    fmt: { 'x-time-format': '%d/%m/%Y' },
    flag: { type: ['boolean', 'null'] },
    uid: { type: 'string' },
  },
  'x-dataset': {
    columns: {
      num: { range: { min: -450, max: 1400 } },
      auto: { range: { min: 0 } },
      cat: { categories: { values: ['red', 'green'], 'max-unexpected-fraction': 0.5 } },
      when: { monotonic: true, 'not-future': true },
      text: { 'max-null-fraction': 0.1 },
    },
  },
});

/** The whole result as bytes: what the report and the profile file are made of. */
const asBytes = (r: ScanResult) =>
  JSON.stringify({
    profile: r.profile.toJSON(),
    violations: r.violations.toJSON(),
    rows: r.rowsRead,
    values: r.values && [...r.values].map(([k, v]) => [k, Array.from(v.numbers), [...v.categories]]),
  });

/** The same scan, with the rows read as text cells (RowSink.row) instead of byte records. */
function viaText(opts: ScanOptions): ScanOptions {
  return {
    ...opts,
    read: (sink: RowSink) => {
      const { record: _bytes, ...textOnly } = sink;
      return readRows(opts.files, textOnly, { format: opts.format });
    },
  };
}

describe('scan of CSV/TSV bytes', () => {
  it.each([
    [1, ',', false, false],
    [2, ',', true, true],
    [3, '\t', false, true],
  ])('gives the result of the text path (seed %i, delimiter %j, CRLF %s, BOM %s)', async (seed, delimiter, crlf, bom) => {
    const name = delimiter === '\t' ? 'd.tsv' : 'd.csv';
    const dir = files({ [name]: randomCsv(seed, 2500, delimiter, crlf, bom), 's.json': SCHEMA });
    const schema = loadSchema(join(dir, 's.json'));
    for (const naValues of [parseNaValues([]), parseNaValues(['default', '-999']), parseNaValues(['none'])]) {
      for (const withSchema of [true, false]) {
        const opts: ScanOptions = { files: [join(dir, name)], schema: withSchema ? schema : undefined, keepValues: true, maxSamples: 200, naValues, asOf: Date.UTC(2020, 0, 1) };
        const bytes = await scan(opts);
        const text = await scan(viaText(opts));
        expect(asBytes(bytes)).toBe(asBytes(text));
        if (withSchema) expect(bytes.violations.count).toBeGreaterThan(50);
      }
    }
  });
});
