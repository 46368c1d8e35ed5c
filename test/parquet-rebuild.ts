/**
 * Parquet files taken apart and put back together page by page, for tests of hostile files:
 * `pagesOf` takes a one-column, one-group file's pages apart, `rebuild` writes pages (edited,
 * reordered or from several files) as one column chunk of one row group with a new footer.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parquetMetadata, type FileMetaData, type PageHeader } from 'hyparquet';
import { parquetHeader } from 'hyparquet/src/column.js';
import { ByteWriter } from 'hyparquet-writer/src/bytewriter.js';
import { writePageHeader } from 'hyparquet-writer/src/datapage.js';
import { writeMetadata } from 'hyparquet-writer/src/metadata.js';
import { chunkRange } from '../src/data/parquet-columns.js';

export interface Page {
  header: PageHeader;
  body: Uint8Array;
}

/** The pages of a one-column, one-group file, and its metadata. */
export function pagesOf(path: string): { pages: Page[]; meta: FileMetaData } {
  const bytes = readFileSync(path);
  const meta = parquetMetadata(new Uint8Array(bytes).buffer);
  const [start, end] = chunkRange(meta.row_groups[0]!.columns[0]!);
  const reader = { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: start };
  const pages: Page[] = [];
  while (reader.offset < end) {
    const header = parquetHeader(reader);
    pages.push({ header, body: bytes.subarray(reader.offset, reader.offset + header.compressed_page_size) });
    reader.offset += header.compressed_page_size;
  }
  return { pages, meta };
}

/** A file of `pages` as the one column chunk of one row group of `rows` rows (metadata otherwise `meta`'s). */
export function rebuild(path: string, meta: FileMetaData, pages: Page[], rows: number): string {
  const w = new ByteWriter();
  w.appendBytes(new TextEncoder().encode('PAR1'));
  let dictAt: number | undefined;
  let dataAt: number | undefined;
  for (const p of pages) {
    if (p.header.type === 'DICTIONARY_PAGE') dictAt ??= w.offset;
    else dataAt ??= w.offset;
    writePageHeader(w, p.header);
    w.appendBytes(p.body);
  }
  const chunk = meta.row_groups[0]!.columns[0]!;
  const m = chunk.meta_data!;
  const size = w.offset - 4;
  const column = {
    ...chunk,
    file_offset: 4n,
    offset_index_offset: undefined,
    offset_index_length: undefined,
    column_index_offset: undefined,
    column_index_length: undefined,
    // A dictionary page after data pages is not where dictionary_page_offset may point (readers take the smaller offset as the start).
    meta_data: { ...m, num_values: BigInt(rows), total_compressed_size: BigInt(size), total_uncompressed_size: BigInt(size), data_page_offset: BigInt(dataAt ?? 4), dictionary_page_offset: dictAt === 4 ? 4n : undefined, statistics: undefined, encoding_stats: undefined, bloom_filter_offset: undefined, bloom_filter_length: undefined, size_statistics: undefined },
  };
  const out: FileMetaData = { ...meta, num_rows: BigInt(rows), row_groups: [{ ...meta.row_groups[0]!, num_rows: BigInt(rows), total_byte_size: BigInt(size), total_compressed_size: BigInt(size), file_offset: 4n, columns: [column] }] };
  const footerAt = w.offset;
  writeMetadata(w, out);
  w.appendUint32(w.offset - footerAt);
  w.appendBytes(new TextEncoder().encode('PAR1'));
  writeFileSync(path, new Uint8Array(w.getBuffer(), 0, w.offset));
  return path;
}
