// A thread parses a Parquet file's footer once (readers.ts parquetFooter): the parallel pass reads
// a file as many chunks, each of which needs it. The same file gives the same parsed footer; a
// file written again at the same path (other rows, same size or not) is parsed anew.
import { statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { asyncBufferFromFile } from 'hyparquet';
import { parquetWriteFile } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { parquetFooter, readRows, type Cell } from '../../../src/data/readers.js';
import { files } from '../../helpers.js';

function write(path: string, values: number[]): void {
  parquetWriteFile({ filename: path, columnData: [{ name: 'x', data: Float64Array.from(values), type: 'DOUBLE', nullable: false }] });
}

async function footerOf(path: string) {
  const buf = await asyncBufferFromFile(path);
  return parquetFooter(path, buf.byteLength, buf);
}

async function cells(path: string): Promise<Cell[]> {
  const out: Cell[] = [];
  await readRows(path, { header() {}, row: (c) => out.push(c[0]!) });
  return out;
}

describe('the Parquet footer of a thread', () => {
  it('is parsed once per file, and again when the file changed', async () => {
    const path = join(files({}), 'f.parquet');
    write(path, [1, 2, 3]);
    const first = await footerOf(path);
    expect(first.num_rows).toBe(3n);
    expect(await footerOf(path)).toBe(first);
    expect(await cells(path)).toEqual([1, 2, 3]);
    expect(await footerOf(path)).toBe(first);

    // Other rows: another size.
    write(path, [4, 5, 6, 7]);
    const second = await footerOf(path);
    expect(second).not.toBe(first);
    expect(second.num_rows).toBe(4n);
    expect(await cells(path)).toEqual([4, 5, 6, 7]);

    // The same size, other values, the modification time moved on.
    const { mtime } = statSync(path);
    write(path, [8, 9, 10, 11]);
    utimesSync(path, mtime, new Date(mtime.getTime() + 1000));
    expect(await footerOf(path)).not.toBe(second);
    expect(await cells(path)).toEqual([8, 9, 10, 11]);
  });
});
