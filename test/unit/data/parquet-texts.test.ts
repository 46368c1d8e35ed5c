// PLAIN text pages kept as bytes (parquet-pages.ts plainTexts / textCell) against the strings
// plainCells makes of the same pages: random values (ASCII, short and long, multi-byte, invalid
// UTF-8, empty), with and without definition levels, several pages into one run whose buffer
// grows; and the same errors, at the same value, for a page cut short.
import { describe, expect, it } from 'vitest';
import { Conv, plainCells, plainTexts, textCell, type Cell, type TextRun } from '../../../src/data/parquet-pages.js';
import { rng } from '../../helpers.js';

/** A PLAIN BYTE_ARRAY page: each value's 4-byte little-endian length, then its bytes. */
function page(values: Uint8Array[]): Uint8Array {
  const out = Buffer.alloc(values.reduce((n, v) => n + 4 + v.length, 0));
  let pos = 0;
  for (const v of values) {
    out.writeUInt32LE(v.length, pos);
    out.set(v, pos + 4);
    pos += 4 + v.length;
  }
  return out;
}

function randomValue(r: () => number): Uint8Array {
  const kind = Math.floor(r() * 5);
  if (kind === 0) return new Uint8Array(0);
  if (kind === 1) return Buffer.from('x'.repeat(Math.floor(r() * 200)) + String(r()), 'latin1'); // ASCII, also 64 bytes or more
  if (kind === 2) return Buffer.from(['é', '日本', '😀', 'ünï'][Math.floor(r() * 4)]!.repeat(1 + Math.floor(r() * 40)), 'utf8');
  // Any bytes: invalid UTF-8 (lone continuation bytes, cut sequences) becomes U+FFFD in both.
  return Uint8Array.from({ length: Math.floor(r() * 90) }, () => Math.floor(r() * 256));
}

const newRun = (rows: number): TextRun => ({ bytes: Buffer.alloc(0), at: new Int32Array(rows).fill(-1), used: 0 });
const runCells = (run: TextRun): Cell[] => Array.from(run.at, (o) => (o >= 0 ? textCell(run, o) : null));

describe('PLAIN text pages kept as bytes', () => {
  it.each([1, 2, 3, 4])('give the strings plainCells gives, page after page, with and without levels (seed %i)', (seed) => {
    const r = rng(seed);
    const rows = 3000;
    const run = newRun(rows);
    const want: Cell[] = new Array<Cell>(rows).fill(null);
    let row = 0;
    let pages = 0;
    while (row < rows) {
      const n = Math.min(rows - row, 1 + Math.floor(r() * 400));
      // Levels on every other page: 1 where the row has a value.
      const levels = pages % 2 === 1 ? Uint8Array.from({ length: n }, () => (r() < 0.2 ? 0 : 1)) : null;
      const count = levels === null ? n : levels.reduce((a, b) => a + b, 0);
      const values = Array.from({ length: count }, () => randomValue(r));
      const bytes = page(values);
      // A page in a larger buffer at an offset, as a decompressed page is.
      const at = Math.floor(r() * 16);
      const buf = new Uint8Array(at + bytes.length + 8).fill(0xab);
      buf.set(bytes, at);
      const p = buf.subarray(0, at + bytes.length);
      expect(plainTexts(p, at, count, run, levels, row)).toBe(p.length);
      expect(plainCells(Conv.Text, p, at, count, want, levels, row)).toBe(p.length);
      // The page's buffer is the decoder's to reuse: the run kept its own copy.
      buf.fill(0);
      row += n;
      pages++;
    }
    expect(pages).toBeGreaterThan(10);
    expect(run.bytes.length).toBeGreaterThan(1000);
    const got = runCells(run);
    expect(got).toEqual(want);
    expect(got.some((v) => typeof v === 'string' && v.includes('\uFFFD'))).toBe(true);
    expect(got.some((v) => v === '')).toBe(true);
    expect(got.filter((v) => v === null).length).toBeGreaterThan(100);
  });

  it.each([
    ['a length cut short', (b: Uint8Array) => b.subarray(0, b.length - 12 - 2), 'values run past their page'],
    ['a value cut short', (b: Uint8Array) => b.subarray(0, b.length - 5), 'a text value runs past its page'],
    ['a length past the page', (b: Uint8Array) => { const c = Uint8Array.from(b); Buffer.from(c.buffer).writeUInt32LE(0xfffffff0, 0); return c; }, 'a text value runs past its page'],
  ])('fail as plainCells does on %s', (_name, cut, message) => {
    const bytes = cut(page([Buffer.from('abc'), Buffer.from('défg'), Buffer.from('0123456789')]));
    expect(() => plainCells(Conv.Text, bytes, 0, 3, [], null, 0)).toThrow(message);
    expect(() => plainTexts(bytes, 0, 3, newRun(3), null, 0)).toThrow(message);
  });
});
