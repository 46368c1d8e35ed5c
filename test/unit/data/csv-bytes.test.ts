import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvParser } from '../../../src/data/csv.js';
import { CsvByteParser, InternCache, NaBytes, type CsvRecord } from '../../../src/data/csv-bytes.js';
import { parseNumber } from '../../../src/data/schema.js';
import { PANDAS_NA_VALUES } from '../../../src/data/scan.js';
import { ConfigurationError, DataError } from '../../../src/errors.js';
import { rng } from '../../helpers.js';

interface Rec {
  fields: string[];
  line: number;
}
type Outcome = { recs: Rec[]; lineAtEnd: number; atRecordStart: boolean } | { error: string; line?: number };

function caught(run: () => Outcome): Outcome {
  try {
    return run();
  } catch (e) {
    if (e instanceof DataError) return { error: e.message, line: e.line };
    throw e;
  }
}

/** CsvParser (the string parser, the reference) on the whole text. */
function byString(text: string, delimiter = ','): Outcome {
  return caught(() => {
    const recs: Rec[] = [];
    const p = new CsvParser({ delimiter, file: 'test.csv', onRecord: (fields, line) => recs.push({ fields, line }) });
    p.write(text);
    const lineAtEnd = p.currentLine;
    const atRecordStart = p.atRecordStart;
    p.end();
    return { recs, lineAtEnd, atRecordStart };
  });
}

/** Checks every accessor of every field against its text (the properties of csv-bytes.ts). */
function checkAccessors(rec: CsvRecord, na: NaBytes, cache: InternCache): void {
  for (let i = 0; i < rec.count; i++) {
    const t = rec.text(i);
    expect(rec.isEmpty(i)).toBe(t === '');
    expect(Object.is(rec.number(i), parseNumber(t))).toBe(true);
    expect(rec.isNa(i, na), JSON.stringify(t)).toBe(na.texts.has(t));
    expect(rec.intern(i, cache)).toBe(t);
    const f = rec.firstByte(i);
    if (t === '' || t.charCodeAt(0) < 0x80) expect(f).toBe(t === '' ? -1 : t.charCodeAt(0));
    else expect(f).toBeGreaterThanOrEqual(0x80);
  }
}

/** CsvByteParser on `bytes` cut at the given sorted byte offsets; every field's accessors checked. */
function byBytes(bytes: Uint8Array, cuts: number[], delimiter = ',', check = false): Outcome {
  const na = new NaBytes([...PANDAS_NA_VALUES, 'é', '"', 'a,b']);
  const cache = new InternCache();
  return caught(() => {
    const recs: Rec[] = [];
    const p = new CsvByteParser({
      delimiter,
      file: 'test.csv',
      onRecord: (rec, line) => {
        if (check) checkAccessors(rec, na, cache);
        recs.push({ fields: rec.fields(), line });
      },
    });
    let prev = 0;
    for (const c of [...cuts, bytes.length]) {
      // A copy per piece, so that nothing can depend on bytes beyond the piece.
      p.write(Uint8Array.from(bytes.subarray(prev, c)));
      prev = c;
    }
    const lineAtEnd = p.currentLine;
    const atRecordStart = p.atRecordStart;
    p.end();
    return { recs, lineAtEnd, atRecordStart };
  });
}

const enc = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

// Tokens that, joined at random, make every shape of the dialect: quotes at field starts and
// elsewhere, `""` pairs, text after a closing quote, LF/CRLF/lone CR inside and outside quotes,
// empty lines and fields, multi-byte characters (2, 3 and 4 bytes), numbers of every kind.
const TOKENS = [
  'a', 'bc', 'é', '日本', '😀', ' ', '1', '-2.5', '0.125', '+.5', '1e5', '12345678901234567', 'NA', 'n/a', '\t',
  ',', ',', ',', '\n', '\n', '\r\n', '\r',
  '"', '""', '"x,y"', '"a""b"', '"l1\nl2"', '"cr\rx"', '"crlf\r\nx"', '"é""😀"', '"1.5"', '"ab"cd', '12"',
];
const csvText = fc.tuple(fc.boolean(), fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 })).map(([bom, t]) => (bom ? '\uFEFF' : '') + t.join(''));

describe('CsvByteParser against CsvParser', () => {
  it('gives the same records, lines and errors for random CSV cut at random bytes', () => {
    fc.assert(
      fc.property(csvText, fc.array(fc.nat(), { maxLength: 8 }), (text, raw) => {
        const bytes = enc(text);
        const cuts = [...new Set(raw.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
        expect(byBytes(bytes, cuts, ',', true)).toEqual(byString(text));
      }),
      { numRuns: 1500 },
    );
  });

  it('gives the same for every single cut and for one byte at a time (inside "", between CR and LF, inside a character)', () => {
    fc.assert(
      fc.property(csvText, (text) => {
        const bytes = enc(text);
        const want = byString(text);
        for (let cut = 0; cut <= bytes.length; cut++) expect(byBytes(bytes, [cut])).toEqual(want);
        expect(byBytes(bytes, Array.from({ length: bytes.length }, (_, k) => k))).toEqual(want);
      }),
      { numRuns: 200 },
    );
  });

  it('uses the delimiter it is given (TSV, semicolons)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS, ';', '\t', ';')), fc.constantFrom('\t', ';'), fc.nat(), (t, d, c) => {
        const text = t.join('');
        const bytes = enc(text);
        expect(byBytes(bytes, [c % (bytes.length + 1)], d, true)).toEqual(byString(text, d));
      }),
      { numRuns: 500 },
    );
  });

  it('handles the dialect corners by hand', () => {
    const cases = [
      'a,b\r\n1,2\r\n', 'a\rb\rc', '\uFEFFh\n1', '\n\n\na\n\n', '"x"\n', '""\n', 'a,', ',', '"a""', '"open\nstill', 'x,"y\r',
      '"q"\r', 'a\r', '"a"b"c",d', '\uFEFF', '\uFEFF\uFEFFx', 'x\uFEFF',
    ];
    for (const text of cases) {
      const bytes = enc(text);
      const want = byString(text);
      for (let cut = 0; cut <= bytes.length; cut++) expect(byBytes(bytes, [cut], ',', true), JSON.stringify(text)).toEqual(want);
    }
    // The error names the file and the line where the quote opened.
    expect(byBytes(enc('a\nb,"c\n\nd'), [5])).toEqual({ error: 'test.csv:2: unterminated quoted field (the quote opened on line 2 is never closed)', line: 2 });
  });

  it('carries a record across many chunks (a field longer than any chunk)', () => {
    const long = 'x'.repeat(5000);
    const text = `h1,h2\n"${long}\n${long}",${long}\n1,2\n`;
    const bytes = enc(text);
    const cuts = Array.from({ length: Math.floor(bytes.length / 97) }, (_, k) => (k + 1) * 97);
    expect(byBytes(bytes, cuts)).toEqual(byString(text));
  });

  it('slices short fields from windows of a long write: all-ASCII stretches and stretches with other characters, fields at the windows\' edges', () => {
    // About 600 KB in one write (the parallel pass writes 8 MiB chunks): stretches of about 40 KB
    // take other characters in turn, so windows (64 KiB) are ASCII or not, and many fields
    // straddle a window's edge.
    const r = rng(11);
    const ascii = TOKENS.filter((t) => /^[\x00-\x7f]*$/.test(t));
    const parts: string[] = [];
    let size = 0;
    while (size < 600_000) {
      const t = Math.floor(size / 40_000) % 3 === 1 && r() < 0.2 ? TOKENS[Math.floor(r() * TOKENS.length)]! : ascii[Math.floor(r() * ascii.length)]!;
      parts.push(t);
      size += Buffer.byteLength(t);
    }
    const text = parts.join('');
    const bytes = enc(text);
    const want = byString(text);
    expect(byBytes(bytes, [], ',', true)).toEqual(want);
    expect(byBytes(bytes, [65_536, 65_537, 300_001], ',', true)).toEqual(want);
  });

  it('refuses a delimiter it can not handle', () => {
    for (const d of ['"', '\n', '\r', ',,', '', '§']) expect(() => new CsvByteParser({ delimiter: d, onRecord: () => {} })).toThrow(ConfigurationError);
  });
});

describe('CsvRecord.number', () => {
  const digits = (min: number, max: number) => fc.array(fc.constantFrom(...'0123456789'), { minLength: min, maxLength: max }).map((d) => d.join(''));
  const numeric = fc.oneof(
    fc.tuple(fc.constantFrom('', '-', '+'), digits(0, 18), fc.constantFrom('', '.'), digits(0, 18)).map(([s, a, d, b]) => s + a + d + b),
    fc.tuple(digits(1, 4), fc.constantFrom('e', 'E', 'e-', 'e+'), digits(0, 3)).map(([a, e, b]) => a + e + b),
    fc.double().map(String),
    fc.constantFrom('Infinity', '-Infinity', 'NaN', '0x1f', '0b11', ' 5', '5 ', '1_000', '.', '-', '+', '--1', '1.2.3', '١٢', '1e400', '-0', '0.0', '-.0'),
  );

  it('is parseNumber(text) bit for bit, quoted or not', () => {
    fc.assert(
      fc.property(fc.array(numeric, { minLength: 1, maxLength: 6 }), fc.boolean(), (values, quote) => {
        const line = values.map((v) => (quote ? `"${v}"` : v)).join(',');
        const p = new CsvByteParser({
          onRecord: (rec) => {
            expect(rec.count).toBe(values.length);
            for (let i = 0; i < rec.count; i++) {
              expect(rec.text(i)).toBe(values[i]);
              expect(Object.is(rec.number(i), parseNumber(values[i]!))).toBe(true);
            }
          },
        });
        p.write(enc(line + '\n'));
        p.end();
      }),
      { numRuns: 3000 },
    );
  });
});

describe('NaBytes and InternCache', () => {
  it('matches na-values by their bytes', () => {
    const na = new NaBytes(['NA', 'é', '-999', 'n/a']);
    const b = enc('NA,NAN,é,e,-999,-9999,n/a,,"NA"');
    const hits: boolean[] = [];
    const p = new CsvByteParser({ onRecord: (rec) => { for (let i = 0; i < rec.count; i++) hits.push(rec.isNa(i, na)); } });
    p.write(b);
    p.end();
    expect(hits).toEqual([true, false, true, false, true, false, true, false, true]);
  });

  it('returns one string object per repeated value, and stays bounded for all-distinct values', () => {
    const cache = new InternCache();
    const seen: string[] = [];
    const p = new CsvByteParser({ onRecord: (rec) => seen.push(rec.intern(0, cache)) });
    const rows: string[] = [];
    for (let k = 0; k < 200; k++) rows.push(`cat${k % 7}`);
    p.write(enc(rows.join('\n') + '\n'));
    expect(seen).toEqual(rows);
    expect(cache.hits).toBe(200 - 7);
    // An id-like column: after its probation the cache turns itself off (and holds nothing).
    const ids = new InternCache();
    const q = new CsvByteParser({ onRecord: (rec) => void rec.intern(0, ids) });
    const lines: string[] = [];
    for (let k = 0; k < 70_000; k++) lines.push(`id-${k}`);
    q.write(enc(lines.join('\n')));
    q.end();
    expect(ids.on).toBe(false);
    expect(ids.strings.every((s) => s === undefined)).toBe(true);
  });
});

describe('InternCache keys', () => {
  it('tell apart fields that differ in one byte, at every position and length', () => {
    const cache = new InternCache();
    const got: string[] = [];
    const want: string[] = [];
    const p = new CsvByteParser({ onRecord: (rec) => { got.push(rec.intern(0, cache)); want.push(rec.text(0)); } });
    const lines: string[] = [];
    for (let n = 1; n <= 34; n++) {
      const base = 'abcdefghijklmnopqrstuvwxyz0123456789'.slice(0, n);
      for (let k = 0; k < n; k++) lines.push(base, base.slice(0, k) + 'Z' + base.slice(k + 1), base);
    }
    p.write(enc(lines.join('\n') + '\n'));
    p.end();
    expect(got).toEqual(want);
    expect(cache.hits).toBeGreaterThan(lines.length / 3);
  });
});

const spectrumDir = join(dirname(createRequire(import.meta.url).resolve('csv-spectrum/package.json')), 'csvs');

describe('csv-spectrum through the byte parser', () => {
  for (const file of readdirSync(spectrumDir).filter((f) => f.endsWith('.csv'))) {
    it(`parses ${basename(file)} as CsvParser does, for every two-piece split`, () => {
      const bytes = new Uint8Array(readFileSync(join(spectrumDir, file)));
      const want = byString(Buffer.from(bytes).toString('utf8'));
      expect('recs' in want && want.recs.length).toBeGreaterThan(0);
      for (let cut = 0; cut <= bytes.length; cut++) expect(byBytes(bytes, [cut], ',', cut === 0)).toEqual(want);
    });
  }
});
