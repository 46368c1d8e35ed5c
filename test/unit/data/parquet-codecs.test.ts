// Parquet pages compressed with zstd (src/data/parquet-codecs.ts) decode to the same rows through
// each of the three decoders: Node's own zlib zstd (Node 22.15 and later; skipped, saying so, on an
// older Node), zstddec's WebAssembly build, and fzstd (JavaScript, the fallback), on the DuckDB-
// written zstd fixture (scripts/fixtures/parquet_zstd_fixture.mjs) and through the parallel pass's
// per-chunk reading; and they agree with hyparquet's own reading of the file. GZIP pages (gzip,
// zlib or raw deflate) and Brotli pages decode through Node's zlib, which stops at the header's size;
// LZ4 pages (raw, and in Hadoop's framing) must make the length their header gives.
import { join } from 'node:path';
import * as zlib from 'node:zlib';
import { asyncBufferFromFile, parquetRead } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { afterEach, describe, expect, it } from 'vitest';
import { codecsReady, decompress, decompressInto, hasNativeZstd, useZstd, zstdInUse, type ZstdDecoder } from '../../../src/data/parquet-codecs.js';
import { parquetParsers, readRows, type Cell } from '../../../src/data/readers.js';
import { DuckDBInstance } from '@duckdb/node-api';
import { ROOT, tempDir } from '../../helpers.js';
import { pagesOf } from '../../parquet-rebuild.js';

const FIXTURE = join(ROOT, 'test/fixtures/parquet/mixed-zstd.parquet');

async function rowsWith(decoder: ZstdDecoder | undefined, rowGroups?: { from: number; to: number }): Promise<Cell[][]> {
  useZstd(decoder);
  await codecsReady();
  const rows: Cell[][] = [];
  await readRows(FIXTURE, { header() {}, row: (cells) => rows.push(cells) }, { rowGroups });
  return rows;
}

afterEach(() => useZstd());

describe('zstd Parquet pages', () => {
  it('decode to the same rows through zstddec (WebAssembly) as through fzstd, as hyparquet reads them', async () => {
    const js = await rowsWith('js');
    expect(zstdInUse()).toBe('js');
    const wasm = await rowsWith('wasm');
    expect(zstdInUse()).toBe('wasm');
    expect(wasm.length).toBe(5003);
    expect(wasm).toEqual(js);
    let want: unknown[][] = [];
    await parquetRead({ file: await asyncBufferFromFile(FIXTURE), compressors, parsers: parquetParsers, rowFormat: 'array', onComplete: (r: unknown[][]) => (want = r) });
    expect(wasm.map((r) => r.map((v) => (v === null ? undefined : v)))).toEqual(want.map((r) => r.map((v) => (typeof v === 'bigint' ? Number(v) : v === null ? undefined : v))));
    // Row groups read on their own (a chunk of the parallel pass) give the same rows.
    expect(await rowsWith('wasm', { from: 1, to: 3 })).toEqual(js.slice(2048));
  });

  it("go through WebAssembly by default, also where Node has zstd of its own (its fresh buffer per page costs memory)", async () => {
    useZstd();
    await codecsReady();
    expect(zstdInUse()).toBe('wasm');
  });

  it.skipIf(!hasNativeZstd)(`decode to the same rows through Node's zlib zstd${hasNativeZstd ? '' : ' (skipped: this Node, ' + process.version + ', has no zlib.zstdDecompressSync; it came in 22.15)'}`, async () => {
    const js = await rowsWith('js');
    const native = await rowsWith('native');
    expect(zstdInUse()).toBe('native');
    expect(native).toEqual(js);
  });

  it('say so when a page does not decompress to the size its header gives', async () => {
    useZstd('wasm');
    await codecsReady();
    // An empty zstd frame (magic, header for 0 bytes, an empty last raw block) is not 10 bytes.
    const empty = Uint8Array.from([0x28, 0xb5, 0x2f, 0xfd, 0x20, 0x00, 0x01, 0x00, 0x00]);
    expect(() => decompress('ZSTD', empty, 10)).toThrow(/decompressed page length 0 does not match header 10/);
    expect(decompress('UNCOMPRESSED', empty, 9)).toBe(empty);
    expect(decompress('NO-SUCH-CODEC', empty, 9)).toBeNull();
  });
});

describe('zstd pages decoded into reused memory (decompressInto, for the column reader)', () => {
  const zstdPages = () => {
    const { pages, meta } = pagesOf(FIXTURE);
    expect(meta.row_groups[0]!.columns[0]!.meta_data!.codec).toBe('ZSTD');
    return pages.map((p) => ({ body: p.body, size: p.header.uncompressed_page_size }));
  };

  for (const decoder of ['wasm', 'js'] as const) {
    it(`${decoder}: give each page's bytes, every time in the same memory, and one-line errors`, async () => {
      useZstd(decoder);
      await codecsReady();
      expect(zstdInUse()).toBe(decoder);
      const pages = zstdPages();
      let buffer: ArrayBufferLike | undefined;
      for (const p of [...pages, ...pages]) {
        const fresh = Buffer.from(decompress('ZSTD', p.body, p.size)!);
        const reused = decompressInto('ZSTD', p.body, p.size)!;
        expect(Buffer.from(reused).equals(fresh)).toBe(true);
        buffer ??= reused.buffer;
        expect(reused.buffer).toBe(buffer);
      }
      // A frame cut short, and one whose size is not the header's: one-line errors, and the next page still decodes.
      const p = pages[0]!;
      expect(() => decompressInto('ZSTD', p.body.subarray(0, p.body.length - 3), p.size)).toThrow(decoder === 'wasm' ? /^a corrupt zstd page$/ : /^unexpected EOF$/);
      const empty = Uint8Array.from([0x28, 0xb5, 0x2f, 0xfd, 0x20, 0x00, 0x01, 0x00, 0x00]);
      if (decoder === 'wasm') expect(() => decompressInto('ZSTD', empty, 10)).toThrow(/decompressed page length 0 does not match header 10/);
      // fzstd gives back the whole output it was given: zeros, as decompress() gives, not the last page's bytes.
      else expect([...decompressInto('ZSTD', empty, 10)!]).toEqual([...decompress('ZSTD', empty, 10)!]);
      expect(Buffer.from(decompressInto('ZSTD', p.body, p.size)!).equals(Buffer.from(decompress('ZSTD', p.body, p.size)!))).toBe(true);
    });
  }

  it("hands other codecs, and zstd through Node's own decoder, to decompress(): each result its own bytes", async () => {
    /** True when overwriting the first result leaves the second as it was (small Buffers may share a pool's ArrayBuffer). */
    const own = (decode: () => Uint8Array) => {
      const a = decode();
      const b = decode();
      const before = Buffer.from(b);
      a.fill(0xaa);
      return Buffer.from(b).equals(before);
    };
    const page = Buffer.from('a gzip page, a gzip page');
    expect(Buffer.from(decompressInto('GZIP', zlib.gzipSync(page), page.length)!).equals(page)).toBe(true);
    expect(own(() => decompressInto('GZIP', zlib.gzipSync(page), page.length)!)).toBe(true);
    const p = zstdPages()[0]!;
    useZstd('wasm');
    await codecsReady();
    expect(own(() => decompressInto('ZSTD', p.body, p.size)!)).toBe(false); // the reused memory: the check can tell
    if (!hasNativeZstd) return;
    useZstd('native');
    expect(own(() => decompressInto('ZSTD', p.body, p.size)!)).toBe(true);
  });
});

describe('GZIP and Brotli Parquet pages (Node zlib)', () => {
  const page = Buffer.from(Array.from({ length: 5000 }, (_, i) => `value ${i % 97};`).join(''));
  it('decode gzip members, zlib streams and raw deflate to the page, and Brotli', () => {
    for (const z of [zlib.gzipSync(page), zlib.deflateSync(page), zlib.deflateRawSync(page), zlib.deflateRawSync(page, { level: 0 })]) {
      expect(Buffer.from(decompress('GZIP', z, page.length)!).equals(page)).toBe(true);
    }
    expect(Buffer.from(decompress('BROTLI', zlib.brotliCompressSync(page), page.length)!).equals(page)).toBe(true);
  });

  it('say so when a page holds more or fewer bytes than its header gives, allocating no more than it holds', () => {
    for (const [codec, z] of [['GZIP', zlib.gzipSync(page)], ['BROTLI', zlib.brotliCompressSync(page)]] as const) {
      expect(() => decompress(codec, z, page.length - 1)).toThrow(`a page decompresses to more than the ${page.length - 1} bytes its header gives`);
      expect(() => decompress(codec, z, page.length + 1)).toThrow(`decompressed page length ${page.length} does not match header ${page.length + 1}`);
    }
    // A size no deflate stream of these bytes can reach is refused before decoding.
    const z = zlib.gzipSync(page);
    expect(() => decompress('GZIP', z, 1032 * z.length + 1025)).toThrow(/can hold at most/);
    expect(() => decompress('GZIP', Uint8Array.from([1, 2, 3]), 10)).toThrow(/decompressing a page|does not match/);
  });
});

describe('LZ4 Parquet pages', () => {
  it('decode raw and in Hadoop framing to their length, and say so when the header gives another', async () => {
    const dir = tempDir('mg-lz4-');
    const path = join(dir, 'lz4.parquet');
    const db = await DuckDBInstance.create(':memory:');
    const c = await db.connect();
    await c.run(`COPY (SELECT 'text ' || (i * 7 % 1000)::VARCHAR AS s FROM range(5000) t(i)) TO '${path}' (FORMAT parquet, COMPRESSION lz4_raw)`);
    c.closeSync();
    db.closeSync();
    const { pages } = pagesOf(path);
    const page = pages.find((p) => p.header.type === 'DATA_PAGE')!;
    const size = page.header.uncompressed_page_size;
    const raw = decompress('LZ4_RAW', page.body, size)!;
    expect(raw.length).toBe(size);
    // The same block in Hadoop's framing: output and input lengths, big-endian, before it.
    const framed = Buffer.concat([Buffer.alloc(8), page.body]);
    framed.writeInt32BE(size, 0);
    framed.writeInt32BE(page.body.length, 4);
    expect(Buffer.from(decompress('LZ4', framed, size)!).equals(Buffer.from(raw))).toBe(true);
    expect(Buffer.from(decompress('LZ4', page.body, size)!).equals(Buffer.from(raw))).toBe(true);
    for (const [codec, body] of [['LZ4_RAW', page.body], ['LZ4', framed]] as const) {
      expect(() => decompress(codec, body, size + 7)).toThrow(`decompressed page length ${size} does not match header ${size + 7}`);
      expect(() => decompress(codec, body, size - 7)).toThrow(`decompressed page length ${size} does not match header ${size - 7}`);
    }
    expect(() => decompress('LZ4_RAW', page.body.subarray(0, page.body.length - 3), size)).toThrow(/corrupt LZ4_RAW page|does not match/);
  });
});
