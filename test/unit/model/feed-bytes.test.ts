// Feeds from bytes (src/model/feed-bytes.ts) against the string path (numberFor in model.ts, fed the
// cell the string reader delivers): the same double bit for bit, or the same error line, for every
// numeric input type, on hostile cells and on random numerals.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvByteParser, NaBytes, type CsvRecord } from '../../../src/data/csv-bytes.js';
import { PANDAS_NA_VALUES } from '../../../src/data/scan.js';
import { numberOfField } from '../../../src/model/feed-bytes.js';
import { numberFor } from '../../../src/model/model.js';

const TYPES = ['float32', 'float64', 'int32', 'int64'];
const na = new NaBytes(PANDAS_NA_VALUES);
const naText = new Set(PANDAS_NA_VALUES);

/** Each field of a one-column CSV, as the byte record and as the string reader's cell. */
function eachField(fields: string[], fn: (rec: CsvRecord, cell: string | null, line: number) => void): number {
  const text = fields.map((f) => (f === '' || /[",\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f) + '\n').join('');
  let seen = 0;
  const p = new CsvByteParser({
    file: 'data.csv',
    onRecord(rec, line) {
      const t = rec.text(0);
      fn(rec, t === '' || naText.has(t) ? null : t, line);
      seen++;
    },
  });
  p.write(Buffer.from(text));
  p.end();
  return seen;
}

type Outcome = { value: number } | { error: string };
function outcome(f: () => number): Outcome {
  try {
    return { value: f() };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

function same(fields: string[]): number {
  let checked = 0;
  eachField(fields, (rec, cell, line) => {
    for (const type of TYPES) {
      const at = () => ({ file: 'data.csv', line });
      const bytes = outcome(() => numberOfField(rec, 0, na, 'x', type, at));
      const str = outcome(() => numberFor(cell, 'x', type, at));
      if ('value' in str && 'value' in bytes) expect(Object.is(bytes.value, str.value), `${JSON.stringify(cell)} as ${type}: ${bytes.value} vs ${str.value}`).toBe(true);
      else expect(bytes, `${JSON.stringify(cell)} as ${type}`).toEqual(str);
      checked++;
    }
  });
  return checked;
}

const HOSTILE = [
  '1', '-0', '+5', '0', '007', ' 12 ', '\t7', '12 ', '1e5', '1E-3', '-2.5e+3', '0x10', '0X1f', '0b11', '0o7', 'Infinity', '-Infinity', '+Infinity', 'inf',
  'NaN', 'nan', 'n/a', 'NA', 'NULL', '', ' ', '\t', '3.25', '1,5', '1_000', 'abc', '1e400', '-1e400', '3.5e38', '-3.5e38', '3.4e38', '3.4028234663852886e38',
  '2147483647', '2147483648', '-2147483648', '-2147483649', '9223372036854775807', '9.3e18', '-9.2e18', '123456789012345678', '1234567890123456',
  '123456789012345', '0.1234567890123456789', '.5', '5.', '.', '-', '+', '--1', '+-1', '１２', '1.2.3', '1e', 'e5', '0.1', '0.3', '2.675', '1e-400', '5e-324',
  '4.9e-324', '-1.5', '99999999999999999999', '00000000000000000001', '1.000000000000000000001', '"quoted"', 'say "x"',
];

describe('numeric feeds from bytes', () => {
  it('hostile cells: the same value bit for bit, or the same error naming file, line and column, for every input type', () => {
    expect(same(HOSTILE)).toBe(HOSTILE.length * TYPES.length);
    // The errors are there and name the line.
    eachField(['Infinity'], (rec, _c, line) => expect(() => numberOfField(rec, 0, na, 'x', 'float32', () => ({ file: 'data.csv', line }))).toThrow("data.csv:1: column 'x': 'Infinity' is not a finite number"));
  });

  it('random numerals: plain decimals, exponents, signs, padding', () => {
    const numeral = fc.tuple(
      fc.constantFrom('', '-', '+', ' ', ' -'),
      fc.stringMatching(/^[0-9]{0,20}$/),
      fc.constantFrom('', '.'),
      fc.stringMatching(/^[0-9]{0,20}$/),
      fc.constantFrom('', 'e5', 'e-7', 'E+300', 'e39', 'e-330', ' '),
    ).map((p) => p.join(''));
    fc.assert(fc.property(fc.array(numeral, { minLength: 1, maxLength: 20 }), (fields) => void same(fields)), { numRuns: 300 });
    fc.assert(fc.property(fc.array(fc.double(), { minLength: 1, maxLength: 20 }), (xs) => void same(xs.map(String))), { numRuns: 200 });
  });
});
