// Parquet pages whose headers lie about their decompressed size, in files DuckDB wrote (one per
// codec it writes, plus LZ4 in Hadoop's name): a page header claiming up to 1 GiB from a page of a
// few hundred bytes must not make the reader allocate it (hyparquet-compressors' decoders allocate
// whatever size they are given, and Snappy's WebAssembly memory never shrinks). Each is refused by
// the CLI with one line naming the file and the fault, exit 2, no report, and the process's peak
// RSS stays far below the claim; both the column decoder's columns (DOUBLE) and hyparquet's
// (DECIMAL) are checked, as are dictionary and data pages, and a claim that is possible but false
// (GZIP, Brotli, LZ4). Footers claiming a billion rows and page headers claiming 300 million values
// are refused from the page headers, before anything that size is allocated.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decompress, expansionLimit, MAX_PAGE_BYTES } from '../../src/data/parquet-codecs.js';
import { finished, spawnCli } from '../cli.js';
import { tempDir } from '../helpers.js';
import { pagesOf, rebuild, type Page } from '../parquet-rebuild.js';

const CODECS = ['snappy', 'gzip', 'zstd', 'brotli', 'lz4_raw'] as const;
/** The claim of every hostile page: under MAX_PAGE_BYTES, so only the codec's bound refuses it. */
const CLAIM = 1_000_000_000;

let dir: string;
let db: DuckDBInstance;

beforeAll(async () => {
  dir = tempDir('mg-pqhostile-');
  db = await DuckDBInstance.create(':memory:');
  // Peak RSS of a CLI process, written when it exits.
  writeFileSync(join(dir, 'rss.cjs'), "process.on('exit', () => require('fs').writeFileSync(process.env.MG_RSS_OUT, String(process.resourceUsage().maxRSS * 1024)));\n");
});
afterAll(() => db?.closeSync());

/** A one-column, one-group file DuckDB writes with `codec`: doubles (dictionary page, then data page) or decimals (hyparquet's). */
async function duck(codec: string, kind: 'double' | 'decimal'): Promise<string> {
  const path = join(dir, `${kind}-${codec}.parquet`);
  const expr = kind === 'double' ? '(i % 50)::DOUBLE' : '(i * 1.5)::DECIMAL(18,3)';
  const c = await db.connect();
  try {
    await c.run(`COPY (SELECT ${expr} AS x FROM range(3000) t(i)) TO '${path}' (FORMAT parquet, COMPRESSION ${codec})`);
  } finally {
    c.closeSync();
  }
  return path;
}

/** The file at `path` with page `i`'s header claiming `size` bytes decompressed (and the chunk's codec renamed to `codec`). */
function lying(path: string, name: string, i: number, size: number, codec?: string): string {
  const { pages, meta } = pagesOf(path);
  expect(pages.length).toBeGreaterThan(i);
  const edited: Page[] = pages.map((p, k) => (k === i ? { ...p, header: { ...p.header, uncompressed_page_size: size } } : p));
  const chunk = meta.row_groups[0]!.columns[0]!;
  const m = codec ? { ...meta, row_groups: [{ ...meta.row_groups[0]!, columns: [{ ...chunk, meta_data: { ...chunk.meta_data!, codec: codec as 'LZ4' } }] }] } : meta;
  return rebuild(join(dir, name), m, edited, Number(meta.row_groups[0]!.num_rows));
}

async function validate(data: string, workers = 1) {
  const report = join(dir, `${data.split('/').pop()}-${workers}.json`);
  const rss = join(dir, 'rss.txt');
  const child = spawnCli(['validate-data', '--quiet', '--data', data, '--report', report, '--workers', String(workers)], { nodeArgs: ['--require', join(dir, 'rss.cjs')], env: { MG_RSS_OUT: rss } });
  const run = await finished(child);
  return { ...run, report, peak: Number(readFileSync(rss, 'utf8')) };
}

describe('Parquet page headers that lie about their decompressed size (DuckDB files)', () => {
  it('read as written when nothing is edited, and the rebuilt files read the same', async () => {
    for (const codec of CODECS) {
      for (const kind of ['double', 'decimal'] as const) {
        const path = await duck(codec, kind);
        const { pages, meta } = pagesOf(path);
        const same = rebuild(join(dir, `same-${kind}-${codec}.parquet`), meta, pages, 3000);
        for (const f of [path, same]) {
          const r = await validate(f);
          expect(r.code, r.stderr).toBe(0);
          const rep = JSON.parse(readFileSync(r.report, 'utf8')) as { rows: number; columns: { nulls: number; min: number; max: number }[] };
          expect([rep.rows, rep.columns[0]!.nulls, rep.columns[0]!.min, rep.columns[0]!.max]).toEqual(kind === 'double' ? [3000, 0, 0, 49] : [3000, 0, 0, 4498.5]);
        }
      }
    }
  }, 120_000);

  const cases: [string, string, 'double' | 'decimal', number, string?][] = [];
  for (const codec of CODECS) {
    cases.push([`${codec} dictionary page (column decoder)`, codec, 'double', 0]);
    cases.push([`${codec} data page (column decoder)`, codec, 'double', 1]);
    cases.push([`${codec} data page (hyparquet)`, codec, 'decimal', 0]);
  }
  // DuckDB writes LZ4_RAW for both names; LZ4 (Hadoop's framing, else raw) is the same bytes renamed.
  cases.push(['LZ4 (Hadoop) data page (column decoder)', 'lz4_raw', 'double', 1, 'LZ4']);
  cases.push(['LZ4 (Hadoop) data page (hyparquet)', 'lz4_raw', 'decimal', 0, 'LZ4']);

  it.each(cases)('refuses a %s claiming 1 GB: one line, exit 2, no report, small RSS', async (name, codec, kind, page, rename) => {
    const path = lying(await duck(codec, kind), `${name.replace(/\W+/g, '-')}.parquet`, page, CLAIM, rename);
    for (const workers of [1, 2]) {
      const r = await validate(path, workers);
      expect(r.code, r.stderr).toBe(2);
      const lines = r.stderr.trim().split('\n').filter((l) => l.startsWith('modelgate'));
      expect(lines, r.stderr).toHaveLength(1);
      expect(lines[0]).toContain(path);
      // Brotli's ratio has no useful bound: zlib decodes it, allocating only what it finds.
      const reason = codec === 'brotli' ? `decompressed page length \\d+ does not match header ${CLAIM}` : `claims ${CLAIM} bytes decompressed from \\d+ bytes of ${rename ?? codec.toUpperCase()}, which can hold at most \\d+`;
      expect(lines[0]).toMatch(new RegExp(reason));
      expect(existsSync(r.report)).toBe(false);
      // A CLI process is 100-250 MB; the claim is 1 GB (and a Snappy page's claim would be copied whole).
      expect(r.peak).toBeGreaterThan(0);
      expect(r.peak).toBeLessThan(500 * 2 ** 20);
    }
  }, 60_000);

  it('refuses a claim over 1 GiB whatever the codec, and a possible but false claim (zlib stops at it, or finds fewer bytes)', async () => {
    const body = new Uint8Array(4000);
    for (const codec of ['GZIP', 'BROTLI', 'ZSTD', 'SNAPPY', 'LZ4_RAW']) expect(() => decompress(codec, body, MAX_PAGE_BYTES + 1)).toThrow(/more than the 1073741824 \(1 GiB\)/);
    expect(expansionLimit('BROTLI', 10)).toBe(MAX_PAGE_BYTES);
    // Before, GZIP, Brotli and LZ4 pages came back as long as their header said (zeros after the data).
    for (const [codec, rename] of [['gzip'], ['brotli'], ['lz4_raw'], ['lz4_raw', 'LZ4']] as const) {
      const src = await duck(codec, 'double');
      const { pages } = pagesOf(src);
      const real = pages[1]!.header.uncompressed_page_size;
      for (const [size, reason] of [
        [real + 1000, `decompressed page length ${real} does not match header ${real + 1000}`],
        [real - 10, codec === 'lz4_raw' ? `decompressed page length ${real} does not match header ${real - 10}` : `a page decompresses to more than the ${real - 10} bytes its header gives`],
      ] as const) {
        const path = lying(src, `false-${rename ?? codec}-${size}.parquet`, 1, size, rename);
        const r = await validate(path);
        expect(r.code, r.stderr).toBe(2);
        expect(r.stderr).toContain(reason);
        expect(existsSync(r.report)).toBe(false);
      }
    }
  }, 60_000);

  it.each(['double', 'text', 'decimal'] as const)('refuses a footer claiming a billion rows for a %s chunk of 3000 without allocating them', async (kind) => {
    const path = join(dir, `rows-${kind}.parquet`);
    const expr = kind === 'double' ? '(i % 50)::DOUBLE' : kind === 'text' ? "'v' || (i % 50)::VARCHAR" : '(i * 1.5)::DECIMAL(18,3)';
    const c = await db.connect();
    await c.run(`COPY (SELECT CASE WHEN i % 9 = 0 THEN NULL ELSE ${expr} END AS x FROM range(3000) t(i)) TO '${path}' (FORMAT parquet)`);
    c.closeSync();
    const { pages, meta } = pagesOf(path);
    const claimed = rebuild(join(dir, `rows-${kind}-1e9.parquet`), meta, pages, 1e9);
    const r = await validate(claimed);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain(claimed);
    // Refused from the page headers, hyparquet's column (decimal) as well as the column decoder's.
    expect(r.stderr).toMatch(/column chunk ends after 3000 of 1000000000 rows/);
    expect(existsSync(r.report)).toBe(false);
    // The row group's arrays (a byte per row for the nulls alone) would be a GB.
    expect(r.peak).toBeLessThan(500 * 2 ** 20);
  }, 60_000);

  // hyparquet sized its arrays by the header: 300M values took 1.5 GB and 17 s, then the heap ran out (SIGABRT).
  it.each(['double', 'decimal'] as const)('refuses a %s data page claiming 300 million values, from the page headers', async (kind) => {
    const path = await duck('zstd', kind);
    const { pages, meta } = pagesOf(path);
    const i = pages.findIndex((p) => p.header.type === 'DATA_PAGE');
    const edited = pages.map((p, k) => (k === i ? { ...p, header: { ...p.header, data_page_header: { ...p.header.data_page_header!, num_values: 300_000_000 } } } : p));
    const claimed = rebuild(join(dir, `values-${kind}.parquet`), meta, edited, 3000);
    const r = await validate(claimed);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain(claimed);
    expect(r.stderr).toMatch(/pages hold more values than the row group's 3000 rows/);
    expect(existsSync(r.report)).toBe(false);
    expect(r.peak).toBeLessThan(500 * 2 ** 20);
  }, 60_000);
});
