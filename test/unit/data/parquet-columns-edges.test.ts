// parquet-columns.ts' column chunk decoding at its edges, each compared with the row loop (scan.ts
// `columnar: false`) and a sharded read: dictionaries on each side of the index widths' thresholds
// (1, 2 and 4 bytes per row) for text and numbers with nulls; chunks whose plain pages come
// before their dictionary-encoded pages, or before the dictionary page itself, and chunks with a
// second dictionary page; and hostile files (truncated files, chunks and pages, definition levels
// and dictionary indices cut inside a run, a corrupt page header, dictionary indices out of range,
// page value counts that disagree with the row group's, negative and huge dictionary sizes), each
// a one-line DataError naming the file and the fault whichever path reads it (the column path,
// the row loop, which x-time-format columns take, and a sharded read).
//
// Files are written by hyparquet-writer (uncompressed) and rebuilt page by page (test/parquet-rebuild.ts).
import { closeSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parquetMetadata } from 'hyparquet';
import { parquetWriteFile } from 'hyparquet-writer';
import { ByteWriter } from 'hyparquet-writer/src/bytewriter.js';
import { writePageHeader } from 'hyparquet-writer/src/datapage.js';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../../src/errors.js';
import { parquetColumns, readGroup, releaseColumns } from '../../../src/data/parquet-columns.js';
import { readRows, type Cell } from '../../../src/data/readers.js';
import { scan, type ScanResult } from '../../../src/data/scan.js';
import { files, rng } from '../../helpers.js';
import { pagesOf, rebuild, type Page } from '../../parquet-rebuild.js';

type Type = 'STRING' | 'DOUBLE';

function write(dir: string, name: string, data: Cell[], type: Type, encoding: 'RLE_DICTIONARY' | 'PLAIN', pageSize = 1 << 20, codec: 'UNCOMPRESSED' | 'SNAPPY' = 'UNCOMPRESSED'): string {
  const path = join(dir, name);
  parquetWriteFile({ filename: path, codec, pageSize, rowGroupSize: data.length, columnData: [{ name: 'c', data, type, encoding }] });
  return path;
}

function withValues(p: Page, numValues: number): Page {
  const h = p.header;
  if (h.dictionary_page_header) return { ...p, header: { ...h, dictionary_page_header: { ...h.dictionary_page_header, num_values: numValues } } };
  return { ...p, header: { ...h, data_page_header_v2: { ...h.data_page_header_v2!, num_values: numValues, num_rows: numValues } } };
}

/** An unsigned LEB128 varint, as RLE / bit-packed run headers are written. */
function varint(v: number): Buffer {
  const out: number[] = [];
  for (; v > 0x7f; v >>>= 7) out.push((v & 0x7f) | 0x80);
  out.push(v);
  return Buffer.from(out);
}

function bytes(r: ScanResult): string {
  const values = r.values && [...r.values].map(([name, v]) => [name, [...v.numbers], [...v.categories]]);
  return JSON.stringify({ profile: r.profile.toJSON(), violations: r.violations.toJSON(), rows: r.rowsRead, values });
}

/** The file's cells, read row by row; the column path's and the row loop's scans agree, and a two-shard read sees the same rows. */
async function readAllWays(path: string): Promise<Cell[]> {
  const got: Cell[] = [];
  await readRows(path, { header() {}, row: (row) => got.push(row[0]!) });
  const opts = { files: [path], keepValues: true, maxSamples: 20 };
  const columns = bytes(await scan({ ...opts, columnar: true }));
  expect(columns).toBe(bytes(await scan({ ...opts, columnar: false })));
  const shards: Cell[] = new Array<Cell>(got.length);
  for (const index of [0, 1]) {
    let k = index;
    await readRows(path, { header() {}, row: (row) => ((shards[k] = row[0]!), (k += 2)) }, { shard: { index, count: 2 } });
  }
  expect(shards).toEqual(got);
  return got;
}

/** Row group 0 of a file as parquet-columns.ts decodes it. */
async function group(path: string) {
  const bytes = readFileSync(path);
  const fd = openSync(path, 'r');
  const pf = parquetColumns(fd, parquetMetadata(new Uint8Array(bytes).buffer));
  try {
    const [col] = await readGroup(pf, 0, 0, () => Promise.reject(new Error('not fast')), () => null);
    return { index: col!.index, dictSize: (col!.dict ?? col!.dictNumbers)?.length };
  } finally {
    releaseColumns(pf);
    closeSync(fd);
  }
}

/** `n` cells of `size` distinct values (each used), one in 9 null, shuffled. */
function dictionaryCells(type: Type, size: number, seed: number): Cell[] {
  const r = rng(seed);
  const value = (i: number): Cell => (type === 'STRING' ? `v${i}` : i * 0.25 - 7);
  const cells: Cell[] = Array.from({ length: size }, (_, i) => value(i));
  for (let i = 0; i < size / 8 + 20; i++) cells.push(i % 2 === 0 ? null : value(Math.floor(r() * size)));
  for (let i = cells.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [cells[i], cells[j]] = [cells[j]!, cells[i]!];
  }
  return cells;
}

describe('Parquet column chunks at their edges', () => {
  // indexArray (parquet-columns.ts) stores 1 + index: bytes below 255 entries, 16 bits below 65,535.
  it.each<[Type, number, string]>([
    ['STRING', 254, 'Uint8Array'],
    ['STRING', 255, 'Uint16Array'],
    ['STRING', 256, 'Uint16Array'],
    ['DOUBLE', 254, 'Uint8Array'],
    ['DOUBLE', 255, 'Uint16Array'],
    ['DOUBLE', 256, 'Uint16Array'],
    ['STRING', 65_534, 'Uint16Array'],
    ['STRING', 65_535, 'Int32Array'],
    ['STRING', 65_536, 'Int32Array'],
    ['DOUBLE', 65_534, 'Uint16Array'],
    ['DOUBLE', 65_535, 'Int32Array'],
    ['DOUBLE', 65_536, 'Int32Array'],
  ])('reads a %s dictionary of %i entries (indices in a %s) with nulls', async (type, size, indexType) => {
    const dir = files({});
    const cells = dictionaryCells(type, size, size);
    const path = write(dir, 'd.parquet', cells, type, 'RLE_DICTIONARY', 8 * 1024);
    expect(await readAllWays(path)).toEqual(cells);
    const g = await group(path);
    expect(g.dictSize).toBe(size);
    expect(g.index?.constructor.name).toBe(indexType);
  }, 60_000);

  it.each<Type>(['STRING', 'DOUBLE'])('reads %s chunks with plain pages first, a dictionary page after data pages, and a second dictionary', async (type) => {
    const dir = files({});
    const value = (k: number): Cell => (type === 'STRING' ? `w${k}` : k / 8);
    // Dictionary A: 30 values (1-byte indices); dictionary B: 300 (wider), some shared with A at other indices.
    const a: Cell[] = Array.from({ length: 3000 }, (_, i) => (i % 11 === 0 ? null : value((i * 7) % 30)));
    const b: Cell[] = Array.from({ length: 2500 }, (_, i) => (i % 13 === 0 ? null : value(299 - ((i * 31) % 300))));
    const p: Cell[] = Array.from({ length: 1200 }, (_, i) => (i % 5 === 0 ? null : value(1000 + i)));
    const A = pagesOf(write(dir, 'a.parquet', a, type, 'RLE_DICTIONARY', 2000));
    const B = pagesOf(write(dir, 'b.parquet', b, type, 'RLE_DICTIONARY', 2000));
    const P = pagesOf(write(dir, 'p.parquet', p, type, 'PLAIN', 3000));
    expect(A.pages.length).toBeGreaterThan(2);
    expect(P.pages.length).toBeGreaterThan(1);
    const [dictA, ...dataA] = A.pages;
    const [dictB, ...dataB] = B.pages;
    const cases: [string, Page[], Cell[]][] = [
      // The writers' fallback, reversed: the dictionary page, plain pages, then dictionary-encoded pages.
      ['plain first', [dictA!, ...P.pages, ...dataA], [...p, ...a]],
      // The dictionary page after the plain pages.
      ['dictionary page later', [...P.pages, dictA!, ...dataA], [...p, ...a]],
      ['plain last', [...A.pages, ...P.pages], [...a, ...p]],
      ['second dictionary', [...A.pages, ...B.pages], [...a, ...b]],
      ['second dictionary after a plain page', [dictA!, ...dataA, ...P.pages, dictB!, ...dataB], [...a, ...p, ...b]],
      ['two dictionaries before the data', [dictA!, dictB!, ...dataB], b],
    ];
    for (const [name, pages, cells] of cases) {
      const path = rebuild(join(dir, `${name}.parquet`), A.meta, pages, cells.length);
      expect(await readAllWays(path), name).toEqual(cells);
      expect((await group(path)).index, name).toBeNull();
    }
  }, 60_000);

  describe('hostile files', () => {
    const dir = files({});
    const r = rng(5);
    const cells: Cell[] = Array.from({ length: 4000 }, (_, i) => (i % 9 === 0 ? null : `x${Math.floor(r() * 300)}`));
    const numbers: Cell[] = Array.from({ length: 4000 }, (_, i) => (i % 9 === 0 ? null : Math.floor(r() * 300) / 4));
    const S = pagesOf(write(dir, 's.parquet', cells, 'STRING', 'RLE_DICTIONARY', 2000));
    const N = pagesOf(write(dir, 'n.parquet', numbers, 'DOUBLE', 'RLE_DICTIONARY', 2000));
    /** The file's pages, the first data page's levels replaced by the first run of `levels(values)`: its header and `extra` bytes. */
    const cutLevels = (f: typeof S, header: (n: number) => number, extra: number): Page[] =>
      f.pages.map((p, k) => {
        if (k !== 1) return p;
        const h = p.header.data_page_header_v2!;
        const levels = Buffer.concat([varint(header(h.num_values)), Buffer.alloc(extra, 0x55)]);
        const body = Buffer.concat([levels, p.body.subarray(h.definition_levels_byte_length)]);
        return { body, header: { ...p.header, compressed_page_size: body.length, uncompressed_page_size: body.length, data_page_header_v2: { ...h, definition_levels_byte_length: levels.length } } };
      });
    const Z = pagesOf(write(dir, 'z.parquet', cells, 'STRING', 'RLE_DICTIONARY', 2000, 'SNAPPY'));
    const huge = (p: Page): Page => ({ ...p, header: { ...p.header, uncompressed_page_size: 2 ** 31 - 1 } });
    const whole = readFileSync(join(dir, 's.parquet'));
    const edit = (f: typeof S, i: number, page: (p: Page) => Page): Page[] => {
      expect(f.pages.length).toBeGreaterThan(3);
      return f.pages.map((p, k) => (k === i ? page(p) : p));
    };
    const cases: [string, RegExp, () => string][] = [
      ['a file cut in half', /no footer/, () => (writeFileSync(join(dir, 'half.parquet'), whole.subarray(0, whole.length >> 1)), join(dir, 'half.parquet'))],
      ['a file cut before its footer ends', /no footer/, () => (writeFileSync(join(dir, 'cut.parquet'), whole.subarray(0, whole.length - 9)), join(dir, 'cut.parquet'))],
      // The footer says more than the chunk holds: its last page is gone.
      ['a chunk missing its last page', /column chunk ends after 3\d\d\d of 4000 rows/, () => rebuild(join(dir, 'short.parquet'), S.meta, S.pages.slice(0, -1), 4000)],
      ['a page cut short', /indices end early/, () => rebuild(join(dir, 'cutpage.parquet'), S.meta, edit(S, 2, (p) => ({ ...p, body: p.body.subarray(0, p.body.length >> 1), header: { ...p.header, compressed_page_size: p.body.length >> 1, uncompressed_page_size: p.body.length >> 1 } })), 4000)],
      // A page's definition levels: one bit-packed run of all its rows with one byte of its bits, or one RLE run without its value.
      ['a bit-packed run of levels cut short', /levels or dictionary indices end early/, () => rebuild(join(dir, 'levels-b.parquet'), S.meta, cutLevels(S, (n) => (((n + 7) >> 3) << 1) | 1, 1), 4000)],
      ['an RLE run of levels without its value', /levels or dictionary indices end early/, () => rebuild(join(dir, 'levels-r.parquet'), S.meta, cutLevels(S, (n) => n << 1, 0), 4000)],
      // A page's dictionary indices: one RLE run of all its values without the value.
      ['an RLE run of indices without its value', /levels or dictionary indices end early/, () => rebuild(join(dir, 'indices-r.parquet'), S.meta, edit(S, 1, (p) => {
        const h = p.header.data_page_header_v2!;
        const body = Buffer.concat([p.body.subarray(0, h.definition_levels_byte_length + 1), varint((h.num_values - h.num_nulls) << 1)]);
        return { body, header: { ...p.header, compressed_page_size: body.length, uncompressed_page_size: body.length } };
      }), 4000)],
      ['a corrupt page header', /page header/, () => {
        const path = rebuild(join(dir, 'header.parquet'), S.meta, S.pages, 4000);
        const b = readFileSync(path);
        // Overwrite the second page's header with bytes that are no thrift struct.
        const enc = new ByteWriter();
        writePageHeader(enc, S.pages[0]!.header);
        const off = 4 + enc.offset + S.pages[0]!.body.length;
        b.fill(0xff, off, off + 6);
        writeFileSync(path, b);
        return path;
      }],
      ['a dictionary smaller than its indices (text)', /dictionary index 1\d\d out of range/, () => rebuild(join(dir, 'range-s.parquet'), S.meta, edit(S, 0, (p) => withValues(p, 100)), 4000)],
      ['a dictionary smaller than its indices (numbers)', /dictionary index 1\d\d out of range/, () => rebuild(join(dir, 'range-n.parquet'), N.meta, edit(N, 0, (p) => withValues(p, 100)), 4000)],
      ['an empty dictionary', /dictionary index 0 out of range/, () => rebuild(join(dir, 'empty-dict.parquet'), S.meta, edit(S, 0, (p) => withValues(p, 0)), 4000)],
      ['a negative dictionary size (text)', /a dictionary page of -5 values/, () => rebuild(join(dir, 'neg-s.parquet'), S.meta, edit(S, 0, (p) => withValues(p, -5)), 4000)],
      ['a negative dictionary size (numbers)', /a dictionary page of -5 values/, () => rebuild(join(dir, 'neg-n.parquet'), N.meta, edit(N, 0, (p) => withValues(p, -5)), 4000)],
      ['a huge dictionary size (text)', /a dictionary page of 2147483647 values/, () => rebuild(join(dir, 'huge-s.parquet'), S.meta, edit(S, 0, (p) => withValues(p, 2 ** 31 - 1)), 4000)],
      ['a huge dictionary size (numbers)', /a dictionary page of 2147483647 values/, () => rebuild(join(dir, 'huge-n.parquet'), N.meta, edit(N, 0, (p) => withValues(p, 2 ** 31 - 1)), 4000)],
      // Snappy pages whose headers claim 2 GB: each was allocated (minutes and gigabytes for a file of many pages) and the file read.
      ['a huge decompressed size (Snappy dictionary page)', /a page header claims 2147483\d{3} bytes decompressed/, () => rebuild(join(dir, 'huge-z0.parquet'), Z.meta, edit(Z, 0, huge), 4000)],
      ['a huge decompressed size (Snappy data page)', /a page header claims 2147483\d{3} bytes decompressed/, () => rebuild(join(dir, 'huge-z1.parquet'), Z.meta, edit(Z, 1, huge), 4000)],
      // The next page claims 40 fewer, so the chunk's total is still the row group's.
      ['a page with more values than it holds', /indices end early/, () => rebuild(join(dir, 'more.parquet'), S.meta, edit({ ...S, pages: edit(S, 2, (p) => withValues(p, p.header.data_page_header_v2!.num_values - 40)) }, 1, (p) => withValues(p, p.header.data_page_header_v2!.num_values + 40)), 4000)],
      ['pages with more values in all than the row group', /more values than the row group's 4000 rows/, () => rebuild(join(dir, 'more-all.parquet'), S.meta, edit(S, 1, (p) => withValues(p, p.header.data_page_header_v2!.num_values + 40)), 4000)],
      ['a page with fewer values than the chunk needs', /column chunk ends after 3999 of 4000 rows/, () => rebuild(join(dir, 'fewer.parquet'), S.meta, edit(S, 1, (p) => withValues(p, p.header.data_page_header_v2!.num_values - 1)), 4000)],
      ['a page with more values than the row group', /more values than the row group's 4000 rows/, () => rebuild(join(dir, 'over.parquet'), S.meta, edit(S, 1, (p) => withValues(p, 5000)), 4000)],
      ['a page with a negative value count', /a data page of -3 values/, () => rebuild(join(dir, 'negpage.parquet'), S.meta, edit(S, 1, (p) => withValues(p, -3)), 4000)],
      ['a row group of more rows than its pages', /column chunk ends after 4000 of 4100 rows/, () => rebuild(join(dir, 'rows.parquet'), S.meta, S.pages, 4100)],
    ];
    it.each(cases)('rejects %s with a one-line DataError naming the file and the fault, on every path', async (_name, reason, make) => {
      const path = make();
      for (const opts of [{ columnar: true }, { columnar: false }, { shard: { index: 1, count: 2 } }]) {
        const err = await scan({ files: [path], keepValues: true, maxSamples: 5, ...opts }).then(
          () => null,
          (e: unknown) => e,
        );
        expect(err, JSON.stringify(opts)).toBeInstanceOf(DataError);
        const msg = (err as Error).message;
        expect(msg.startsWith(`${path}: `), msg).toBe(true);
        expect(msg).not.toContain('\n');
        expect(msg).toMatch(reason);
        if (process.env.SHOW_ERRORS) console.log(msg);
      }
    }, 30_000);
  });
});
