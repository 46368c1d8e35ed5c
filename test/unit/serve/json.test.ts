/**
 * The request-body parser against JSON.parse: on every document it accepts it must give JSON.parse's
 * value (numbers bit for bit, -0 included); it must accept the plain documents it is written for;
 * and on text that JSON.parse refuses it must give up (so that JSON.parse words the error).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonBytes } from '../../../src/serve/json.js';

const parse = (text: string) => parseJsonBytes(Buffer.from(text, 'utf8'));

/** Printable ASCII without the quote and the backslash: strings the parser reads itself. */
const plainChar = fc.integer({ min: 0x20, max: 0x7e }).filter((c) => c !== 0x22 && c !== 0x5c).map((c) => String.fromCharCode(c));
const plainString = fc.string({ unit: plainChar, maxLength: 30 });
const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
const plainJson = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, fc.constant(null), fc.boolean(), finite, fc.integer(), plainString, tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 8 }),
  object: fc.dictionary(plainString.filter((k) => k !== '__proto__'), tie('value'), { maxKeys: 8 }),
})).value;

/** A number's text as a client may write it. */
const numberText = fc.oneof(
  finite.map(String),
  finite.map((x) => x.toExponential()),
  fc.tuple(finite, fc.integer({ min: 1, max: 21 })).map(([x, p]) => x.toPrecision(p)),
  fc.tuple(fc.boolean(), fc.stringMatching(/^(0|[1-9][0-9]{0,25})$/), fc.stringMatching(/^[0-9]{0,25}$/), fc.option(fc.tuple(fc.constantFrom('e', 'E'), fc.constantFrom('', '+', '-'), fc.integer({ min: 0, max: 400 })))).map(
    ([neg, int, frac, exp]) => `${neg ? '-' : ''}${int}${frac ? `.${frac}` : ''}${exp ? `${exp[0]}${exp[1]}${exp[2]}` : ''}`,
  ),
);

describe('parseJsonBytes', () => {
  it('parses plain documents exactly as JSON.parse does, compact or indented', () => {
    fc.assert(
      fc.property(plainJson, fc.boolean(), (v, indent) => {
        const text = JSON.stringify(v, null, indent ? 2 : undefined);
        const got = parse(text);
        expect(got).not.toBeUndefined();
        expect(got).toEqual(JSON.parse(text));
      }),
      { numRuns: 300 },
    );
  });

  it('reads every number bit for bit as JSON.parse, in any notation', () => {
    fc.assert(
      fc.property(numberText, (text) => {
        const ref = JSON.parse(text) as number;
        const got = parse(`[${text}]`) as number[];
        expect(got).not.toBeUndefined();
        expect(Object.is(got[0], ref), `${text}: ${got[0]} against ${ref}`).toBe(true);
      }),
      { numRuns: 2000 },
    );
    for (const [text, want] of [['-0', -0], ['-0.0e5', -0], ['1E400', Infinity], ['-1e400', -Infinity], ['1e-400', 0], ['9007199254740993', 9007199254740992], ['0.1', 0.1], ['123456789012345.6', 123456789012345.6]] as const) {
      expect(Object.is(parse(text), want), text).toBe(true);
    }
  });

  it('gives up on what JSON.parse refuses, and on any corruption of a document otherwise agrees with it', () => {
    const edit = fc.tuple(fc.nat(), fc.constantFrom('delete', 'insert', 'replace'), fc.constantFrom(...'{}[],:"\\ -+.0123456789eEtrufalsn\u0000\u00e9x'.split('')));
    fc.assert(
      fc.property(plainJson, fc.array(edit, { minLength: 1, maxLength: 3 }), (v, edits) => {
        let text = JSON.stringify(v);
        for (const [at, kind, ch] of edits) {
          const i = text.length ? at % (text.length + 1) : 0;
          text = kind === 'delete' ? text.slice(0, i) + text.slice(i + 1) : kind === 'insert' ? text.slice(0, i) + ch + text.slice(i) : text.slice(0, i) + ch + text.slice(i + 1);
        }
        let ref: unknown;
        try {
          ref = JSON.parse(text);
        } catch {
          expect(parse(text), text).toBeUndefined();
          return;
        }
        const got = parse(text);
        if (got !== undefined) expect(got).toEqual(ref);
      }),
      { numRuns: 1000 },
    );
    for (const bad of ['', ' ', '01', '1.', '.5', '+1', '-', '1e', '1e+', '[1,]', '{"a":1,}', '{"a" 1}', '{a:1}', "['a']", 'tru', 'nul', '[1] x', '"a\tb"', '\ufeff{}', 'NaN', 'Infinity']) {
      expect(() => JSON.parse(bad), JSON.stringify(bad)).toThrow();
      expect(parse(bad), JSON.stringify(bad)).toBeUndefined();
    }
  });

  it('leaves escapes, non-ASCII text, the key __proto__ and deep nesting to JSON.parse', () => {
    for (const text of ['"a\\nb"', '"\\u00e9"', '"é"', '{"__proto__":{"x":1}}', `${'['.repeat(200)}${']'.repeat(200)}`]) {
      expect(() => JSON.parse(text)).not.toThrow();
      expect(parse(text), text).toBeUndefined();
    }
    // A repeated key: the last value, in the first key's place, as JSON.parse.
    expect(Object.entries(parse('{"a":1,"b":2,"a":3}') as object)).toEqual(Object.entries(JSON.parse('{"a":1,"b":2,"a":3}')));
  });
});
