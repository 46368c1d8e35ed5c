import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parquetWriteFile } from 'hyparquet-writer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectFormat, expandDataGlob, readRows, type Cell, type ReadOptions, type RowSink } from '../../../src/data/readers.js';
import { ConfigurationError, DataError } from '../../../src/errors.js';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'modelgate-readers-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

let counter = 0;
/** Writes `content` to a fresh file named `name` in the temp dir and returns its path. */
function file(name: string, content: string | Buffer): string {
  const sub = join(dir, `f${counter++}`);
  mkdirSync(sub);
  const p = join(sub, name);
  writeFileSync(p, content);
  return p;
}

interface Collected {
  header: string[] | null;
  timeKinds?: (string | undefined)[];
  rows: { cells: Cell[]; line: number }[];
  newColumns: [string, number][];
  bad: [number, string][];
  files: string[];
}

function collector(withBad = true): RowSink & { got: Collected } {
  const got: Collected = { header: null, rows: [], newColumns: [], bad: [], files: [] };
  const sink: RowSink & { got: Collected } = {
    got,
    header(columns, timeKinds) {
      expect(got.header).toBeNull();
      got.header = columns;
      got.timeKinds = timeKinds;
    },
    row(cells, line) {
      got.rows.push({ cells, line });
    },
    newColumn(name, index) {
      got.newColumns.push([name, index]);
    },
    beginFile(path) {
      got.files.push(path);
    },
  };
  if (withBad) sink.bad = (line, message) => got.bad.push([line, message]);
  return sink;
}

async function read(path: string | string[], opts?: ReadOptions) {
  const sink = collector();
  const result = await readRows(path, sink, opts);
  return { ...sink.got, result };
}

async function dataError(run: () => Promise<unknown>): Promise<DataError> {
  let err: unknown;
  try {
    await run();
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(DataError);
  expect((err as Error).message).not.toContain('\n');
  return err as DataError;
}

describe('detectFormat', () => {
  it('detects by extension', () => {
    expect(detectFormat('a/b.csv')).toBe('csv');
    expect(detectFormat('B.TSV')).toBe('tsv');
    expect(detectFormat('x.tab')).toBe('tsv');
    expect(detectFormat('x.jsonl')).toBe('jsonl');
    expect(detectFormat('x.ndjson')).toBe('jsonl');
    expect(detectFormat('x.parquet')).toBe('parquet');
    expect(detectFormat('x.csv.gz')).toBe('csv');
    expect(detectFormat('dir.v2/x.jsonl.gz')).toBe('jsonl');
  });

  it('lets an explicit format win', () => {
    expect(detectFormat('x.txt', 'tsv')).toBe('tsv');
    expect(detectFormat('x.csv', 'JSONL')).toBe('jsonl');
    expect(detectFormat('x.log', 'ndjson')).toBe('jsonl');
  });

  it('names the file when it cannot tell', () => {
    expect(() => detectFormat('data/x.txt')).toThrow(ConfigurationError);
    expect(() => detectFormat('data/x.txt')).toThrow(/data\/x\.txt/);
    expect(() => detectFormat('data/csv')).toThrow(/data\/csv/);
    expect(() => detectFormat('x.gz')).toThrow(ConfigurationError);
    expect(() => detectFormat('x.parquet.gz')).toThrow(ConfigurationError);
    expect(() => detectFormat('x.csv', 'xlsx')).toThrow(/unknown data format 'xlsx'/);
  });
});

describe('readRows CSV/TSV', () => {
  it('reads header and rows, mapping empty cells to null, with line numbers', async () => {
    const p = file('a.csv', '\uFEFFid,name,score\r\n1,"Smith, J",3.5\r\n2,,\r\n3,"multi\r\nline",7\r\n\r\n');
    const got = await read(p);
    expect(got.header).toEqual(['id', 'name', 'score']);
    expect(got.rows).toEqual([
      { cells: ['1', 'Smith, J', '3.5'], line: 2 },
      { cells: ['2', null, null], line: 3 },
      { cells: ['3', 'multi\r\nline', '7'], line: 4 },
    ]);
    expect(got.files).toEqual([p]);
    expect(got.result).toEqual({ rows: 3, format: 'csv', columns: ['id', 'name', 'score'], bytes: expect.any(Number), totalRows: 3 });
    expect(got.result.bytes).toBeGreaterThan(40);
  });

  it('passes ragged rows through as-is', async () => {
    const got = await read(file('r.csv', 'a,b,c\n1,2\n1,2,3\n1,2,3,4\n'));
    expect(got.rows).toEqual([
      { cells: ['1', '2'], line: 2 },
      { cells: ['1', '2', '3'], line: 3 },
      { cells: ['1', '2', '3', '4'], line: 4 },
    ]);
  });

  it('reads TSV', async () => {
    const got = await read(file('t.tsv', 'a\tb\n1,5\t\n'));
    expect(got.header).toEqual(['a', 'b']);
    expect(got.rows).toEqual([{ cells: ['1,5', null], line: 2 }]);
    expect(got.result.format).toBe('tsv');
  });

  it('accepts a header-only file with zero rows', async () => {
    const got = await read(file('h.csv', 'a,b\n'));
    expect(got.header).toEqual(['a', 'b']);
    expect(got.rows).toEqual([]);
    expect(got.result.rows).toBe(0);
  });

  it('reads gzip-compressed CSV', async () => {
    const got = await read(file('z.csv.gz', gzipSync('a,b\n1,2\n3,4\n')));
    expect(got.rows.map((r) => r.cells)).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('decodes multi-byte UTF-8 characters split across read chunks', async () => {
    // Rows of 3-byte and 4-byte characters so that 1 MiB chunk boundaries fall inside them.
    const lines = ['k,v'];
    for (let k = 0; k < 60_000; k++) lines.push(`${k},日本語🙂é${k % 7 === 0 ? '"' : ''}`);
    const got = await read(file('u.csv', lines.join('\n')));
    expect(got.rows.length).toBe(60_000);
    for (let k = 0; k < 60_000; k++) {
      const row = got.rows[k];
      if (row.cells[1] !== `日本語🙂é${k % 7 === 0 ? '"' : ''}` || row.line !== k + 2) {
        throw new Error(`row ${k} garbled: ${JSON.stringify(row)}`);
      }
    }
  });

  it('rejects duplicate header names, naming file and column; an empty name is a name (issue #8 item 6)', async () => {
    const dup = file('d.csv', 'a,b,a\n1,2,3\n');
    const e1 = await dataError(() => read(dup));
    expect(e1.message).toContain(dup);
    expect(e1.message).toMatch(/duplicate column name "a".*columns 1 and 3/);
    const twoEmpty = file('e2.csv', ',b,\n1,2,3\n');
    expect((await dataError(() => read(twoEmpty))).message).toMatch(/duplicate column name "".*columns 1 and 3/);
    const newline = file('n.csv', '"a\nb",x,"a\nb"\n1,2,3\n');
    expect((await dataError(() => read(newline))).message).not.toContain('\n');
    const empty = file('e.csv', 'a,,c\n1,2,3\n');
    const r = await read(empty);
    expect(r.result.columns).toEqual(['a', '', 'c']);
  });

  it('reports an unterminated quote with file and the line where it opened', async () => {
    const p = file('q.csv', 'a,b\n1,2\n3,"never closed\n4,5\n');
    const e = await dataError(() => read(p));
    expect(e.message).toBe(`${p}:3: unterminated quoted field (the quote opened on line 3 is never closed)`);
    expect(e.file).toBe(p);
    expect(e.line).toBe(3);
  });

  it('lets errors thrown by the sink through unchanged', async () => {
    const boom = new Error('sink failed');
    const sink: RowSink = {
      header() {},
      row() {
        throw boom;
      },
    };
    await expect(readRows(file('s.csv', 'a\n1\n'), sink)).rejects.toBe(boom);
  });
});

describe('readRows unreadable input', () => {
  it('missing file', async () => {
    const p = join(dir, 'nope.csv');
    const e = await dataError(() => read(p));
    expect(e.message).toBe(`${p}: no such file`);
  });

  it('a directory', async () => {
    const p = join(dir, 'adir.csv');
    mkdirSync(p);
    const e = await dataError(() => read(p));
    expect(e.message).toBe(`${p}: is a directory, not a data file`);
  });

  it('an empty file', async () => {
    for (const name of ['e.csv', 'e.jsonl', 'e.parquet', 'e.tsv']) {
      const p = file(name, '');
      const e = await dataError(() => read(p));
      expect(e.message).toBe(`${p}: is empty (0 bytes)`);
    }
  });

  it('only blank lines', async () => {
    const e = await dataError(() => read(file('b.csv', '\n\r\n\n')));
    expect(e.message).toMatch(/has no header row/);
    const e2 = await dataError(() => read(file('b.jsonl', '\n  \n')));
    expect(e2.message).toMatch(/is empty/);
  });

  it('binary garbage in a text format', async () => {
    const bin = Buffer.alloc(20_000);
    for (let k = 0; k < bin.length; k++) bin[k] = (k * 7919) & 0xff;
    const p = file('bin.csv', bin);
    const e = await dataError(() => read(p));
    expect(e.message).toMatch(new RegExp(`^${p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: looks binary, not CSV`));
    const j = file('bin.jsonl', Buffer.from('{"a":1}\n\0\0\0'));
    expect((await dataError(() => read(j))).message).toMatch(/looks binary, not JSON Lines/);
  });

  it('gzip data without .gz, or a broken .gz', async () => {
    const p = file('g.csv', gzipSync('a,b\n1,2\n'));
    expect((await dataError(() => read(p))).message).toMatch(/looks gzip-compressed/);
    const bad = file('bad.csv.gz', 'not gzip at all');
    expect((await dataError(() => read(bad))).message).toMatch(/is not valid gzip/);
  });

  it('a Parquet file named .csv, and UTF-16 text', async () => {
    expect((await dataError(() => read(file('p.csv', 'PAR1xxxxxxxxPAR1')))).message).toMatch(/looks like a Parquet file/);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a,b\n1,2\n', 'utf16le')]);
    expect((await dataError(() => read(file('w.csv', utf16)))).message).toMatch(/UTF-16/);
  });

  it('a .parquet file that is not Parquet', async () => {
    const p = file('not.parquet', 'a,b\n1,2\n3,4\n5,6\n');
    const e = await dataError(() => read(p));
    expect(e.message).toBe(`${p}: not a Parquet file (no PAR1 magic bytes)`);
    const tiny = file('tiny.parquet', 'PAR1');
    expect((await dataError(() => read(tiny))).message).toMatch(/not a Parquet file/);
    const corrupt = file('corrupt.parquet', Buffer.concat([Buffer.from('PAR1'), Buffer.alloc(64, 0x41), Buffer.from([10, 0, 0, 0]), Buffer.from('PAR1')]));
    const e3 = await dataError(() => read(corrupt));
    expect(e3.message).toContain(corrupt);
  });

  it('rejects a bad shard', async () => {
    const p = file('s.csv', 'a\n1\n');
    await expect(read(p, { shard: { index: 2, count: 2 } })).rejects.toThrow(ConfigurationError);
    await expect(read(p, { shard: { index: 0, count: 0 } })).rejects.toThrow(ConfigurationError);
  });
});

describe('readRows JSON Lines', () => {
  it('reads objects, growing columns as new keys appear', async () => {
    const p = file(
      'a.jsonl',
      '\uFEFF{"id":1,"name":"x","ok":true}\r\n' +
        '\n' +
        '{"id":2,"extra":{"n":[1,2]},"name":null}\n' +
        '{"name":"z","tags":["a"],"id":3.5,"more":"m"}',
    );
    const got = await read(p);
    expect(got.header).toEqual(['id', 'name', 'ok']);
    expect(got.newColumns).toEqual([
      ['extra', 3],
      ['tags', 4],
      ['more', 5],
    ]);
    expect(got.rows).toEqual([
      { cells: [1, 'x', true], line: 1 },
      { cells: [2, null, null, '{"n":[1,2]}'], line: 3 },
      { cells: [3.5, 'z', null, null, '["a"]', 'm'], line: 4 },
    ]);
    expect(got.result).toMatchObject({ rows: 3, format: 'jsonl', columns: ['id', 'name', 'ok', 'extra', 'tags', 'more'], totalRows: 3 });
  });

  it('reports a bad line to the sink and goes on', async () => {
    const got = await read(file('b.jsonl', '{"a":1}\n{"a":\n[1,2]\n{"a":4}\n'));
    expect(got.rows).toEqual([
      { cells: [1], line: 1 },
      { cells: [4], line: 4 },
    ]);
    expect(got.bad.map(([line]) => line)).toEqual([2, 3]);
    expect(got.bad[0][1]).toMatch(/^invalid JSON/);
    expect(got.bad[1][1]).toBe('not a JSON object (got an array)');
  });

  it('makes a bad line a DataError when the sink has no bad()', async () => {
    const p = file('nb.jsonl', '{"a":1}\nnope\n');
    const sink = collector(false);
    const e = await dataError(() => readRows(p, sink));
    expect(e.message).toMatch(new RegExp(`:2: invalid JSON`));
    expect(e.message).toContain(p);
  });

  it('rejects a file whose first line is not JSON', async () => {
    const p = file('n.jsonl', 'a,b\n1,2\n');
    const e = await dataError(() => read(p));
    expect(e.message).toMatch(/^.*n\.jsonl:1: not JSON Lines/);
    const arr = file('arr.jsonl', '\n[1,2]\n');
    expect((await dataError(() => read(arr))).message).toMatch(/arr\.jsonl:2: not JSON Lines of objects/);
  });

  it('reads a very long line split across many chunks', async () => {
    const big = 'x'.repeat(3 * 1024 * 1024);
    const got = await read(file('long.jsonl', `{"a":1}\n{"a":"${big}"}\n{"a":3}`));
    expect(got.rows.map((r) => r.line)).toEqual([1, 2, 3]);
    expect((got.rows[1].cells[0] as string).length).toBe(big.length);
  });
});

describe('readRows Parquet', () => {
  function writeParquet(name: string, rowGroupSize = 3): string {
    const p = join(dir, `pq${counter++}-${name}`);
    parquetWriteFile({
      filename: p,
      columnData: [
        { name: 'id', data: Int32Array.from([1, 2, 3, 4, 5, 6, 7]), type: 'INT32' },
        { name: 'big', data: [1n, null, 3n, 4n, -5n, 6n, 7n], type: 'INT64' },
        { name: 'x', data: [1.5, null, 3, 4.25, 5, 6, 7], type: 'DOUBLE' },
        { name: 's', data: ['a', 'b', null, 'é', '', 'f', 'g'], type: 'STRING' },
        { name: 'b', data: [true, false, null, true, true, false, true], type: 'BOOLEAN' },
        {
          name: 't',
          data: [new Date('2024-01-02T03:04:05.678Z'), null, new Date(0), new Date(1), new Date(2), new Date(3), new Date(4)],
          type: 'TIMESTAMP',
        },
        { name: 'j', data: [{ k: [1, 2] }, null, null, null, null, null, { z: 'q' }], type: 'JSON' },
      ],
      rowGroupSize,
    });
    return p;
  }

  it('round-trips values row group by row group', async () => {
    const p = writeParquet('a.parquet');
    const got = await read(p);
    expect(got.header).toEqual(['id', 'big', 'x', 's', 'b', 't', 'j']);
    expect(got.rows.map((r) => r.line)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    // Timestamps are epoch milliseconds (numbers, no strings made), and the header says which columns they are.
    expect(got.timeKinds).toEqual([undefined, undefined, undefined, undefined, undefined, 'date-time', undefined]);
    expect(got.rows[0].cells).toEqual([1, 1, 1.5, 'a', true, Date.parse('2024-01-02T03:04:05.678Z'), '{"k":[1,2]}']);
    expect(got.rows[1].cells).toEqual([2, null, null, 'b', false, null, null]);
    expect(got.rows[2].cells).toEqual([3, 3, 3, null, null, 0, null]);
    expect(got.rows[4].cells).toEqual([5, -5, 5, '', true, 2, null]);
    expect(got.result).toMatchObject({ rows: 7, format: 'parquet', totalRows: 7 });
    for (const r of got.rows) for (const c of r.cells) expect(['string', 'number', 'boolean', 'object']).toContain(typeof c);
  });

  it('shards across row groups', async () => {
    const p = writeParquet('s.parquet', 2);
    const ids: number[][] = [];
    for (let index = 0; index < 3; index++) {
      const got = await read(p, { shard: { index, count: 3 } });
      ids.push(got.rows.map((r) => r.cells[0] as number));
      for (const r of got.rows) expect(r.line).toBe(r.cells[0]);
    }
    expect(ids).toEqual([
      [1, 4, 7],
      [2, 5],
      [3, 6],
    ]);
  });

  it('reads several Parquet files as one dataset', async () => {
    const a = writeParquet('m1.parquet');
    const b = writeParquet('m2.parquet', 7);
    const got = await read([a, b]);
    expect(got.rows.length).toBe(14);
    expect(got.files).toEqual([a, b]);
  });
});

describe('sharding', () => {
  it('partitions CSV rows by rowIndex % count', async () => {
    const lines = ['n'];
    for (let k = 0; k < 25; k++) lines.push(String(k));
    const p = file('s.csv', lines.join('\n'));
    const all: string[] = [];
    for (let index = 0; index < 4; index++) {
      const got = await read(p, { shard: { index, count: 4 } });
      for (const r of got.rows) {
        expect(Number(r.cells[0]) % 4).toBe(index);
        expect(r.line).toBe(Number(r.cells[0]) + 2);
        all.push(r.cells[0] as string);
      }
      expect(got.result.totalRows).toBe(25);
      expect(got.header).toEqual(['n']);
    }
    expect(all.map(Number).sort((a, b) => a - b)).toEqual([...Array(25).keys()]);
  });

  it('partitions JSON Lines rows, bad lines included, across files', async () => {
    const a = file('a.jsonl', '{"n":0}\n{"n":1}\nbad\n');
    const b = file('b.jsonl', '{"n":3}\n\n{"n":4}\n');
    const seen: number[] = [];
    const badLines: number[] = [];
    for (let index = 0; index < 2; index++) {
      const got = await read([a, b], { shard: { index, count: 2 } });
      for (const r of got.rows) seen.push(r.cells[0] as number);
      for (const [line] of got.bad) badLines.push(line);
      expect(got.result.totalRows).toBe(5);
    }
    expect(seen.sort()).toEqual([0, 1, 3, 4]);
    expect(badLines).toEqual([3]);
  });
});

describe('multiple files', () => {
  it('reads files in order as one dataset with per-file lines', async () => {
    const a = file('a.csv', 'x,y\n1,2\n');
    const b = file('b.csv', 'x,y\n3,4\n5,6\n');
    const got = await read([a, b]);
    expect(got.header).toEqual(['x', 'y']);
    expect(got.files).toEqual([a, b]);
    expect(got.rows).toEqual([
      { cells: ['1', '2'], line: 2 },
      { cells: ['3', '4'], line: 2 },
      { cells: ['5', '6'], line: 3 },
    ]);
    expect(got.result.rows).toBe(3);
  });

  it('requires matching headers, naming both files', async () => {
    const a = file('a.csv', 'x,y\n1,2\n');
    const b = file('b.csv', 'x,z\n3,4\n');
    const e = await dataError(() => read([a, b]));
    expect(e.message).toContain(a);
    expect(e.message).toContain(b);
    expect(e.message).toMatch(/column 2 is "z" there but "y"/);
  });

  it('requires one format, naming both files', async () => {
    const a = file('a.csv', 'x\n1\n');
    const b = file('b.jsonl', '{"x":1}\n');
    const e = await dataError(() => read([a, b]));
    expect(e.message).toContain(a);
    expect(e.message).toContain(b);
  });
});

describe('expandDataGlob', () => {
  let root: string;
  beforeAll(() => {
    root = join(dir, 'glob');
    for (const d of ['', 'a', 'a/deep', 'b', '.hidden']) mkdirSync(join(root, d), { recursive: true });
    for (const f of ['1.csv', '2.csv', '10.csv', 'x.jsonl', '.dot.csv', 'a/3.csv', 'a/deep/4.csv', 'b/5.csv', 'b/6.tsv', '.hidden/7.csv']) {
      writeFileSync(join(root, f), 'h\n1\n');
    }
    symlinkSync(join(root, 'a'), join(root, 'link'));
  });

  it('expands * and ? within a directory, sorted, without dotfiles', async () => {
    expect(await expandDataGlob(`${root}/*.csv`)).toEqual([`${root}/1.csv`, `${root}/10.csv`, `${root}/2.csv`]);
    expect(await expandDataGlob(`${root}/?.csv`)).toEqual([`${root}/1.csv`, `${root}/2.csv`]);
    expect(await expandDataGlob(`${root}/.*.csv`)).toEqual([`${root}/.dot.csv`]);
  });

  it('expands * in directory segments and ** across directories', async () => {
    expect(await expandDataGlob(`${root}/*/*.csv`)).toEqual([`${root}/a/3.csv`, `${root}/b/5.csv`, `${root}/link/3.csv`]);
    expect(await expandDataGlob(`${root}/**/*.csv`)).toEqual([
      `${root}/1.csv`,
      `${root}/10.csv`,
      `${root}/2.csv`,
      `${root}/a/3.csv`,
      `${root}/a/deep/4.csv`,
      `${root}/b/5.csv`,
    ]);
    expect(await expandDataGlob(`${root}/b/**`)).toEqual([`${root}/b/5.csv`, `${root}/b/6.tsv`]);
    expect(await expandDataGlob(`${root}/**/deep/*.csv`)).toEqual([`${root}/a/deep/4.csv`]);
  });

  it('expands relative patterns relative to the working directory', async () => {
    const cwd = process.cwd();
    process.chdir(root);
    try {
      expect(await expandDataGlob('a/**/*.csv')).toEqual(['a/3.csv', 'a/deep/4.csv']);
      expect(await expandDataGlob('*.jsonl')).toEqual(['x.jsonl']);
    } finally {
      process.chdir(cwd);
    }
  });

  it('returns a literal path as-is', async () => {
    expect(await expandDataGlob(`${root}/1.csv`)).toEqual([`${root}/1.csv`]);
  });

  it('is a ConfigurationError naming the pattern when nothing matches', async () => {
    const pattern = `${root}/*.parquet`;
    await expect(expandDataGlob(pattern)).rejects.toThrow(ConfigurationError);
    await expect(expandDataGlob(pattern)).rejects.toThrow(pattern);
  });

  it('feeds readRows', async () => {
    const got = await read(await expandDataGlob(`${root}/*.csv`));
    expect(got.rows.length).toBe(3);
  });
});
