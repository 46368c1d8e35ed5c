/**
 * One Parquet file cut into chunks for the parallel pass, and the work on one chunk.
 *
 * A chunk is a run of whole row groups: a group, joined by the groups after it while the chunk
 * holds less than half of `chunkBytes` of uncompressed data (the footer's total_byte_size), so
 * the usual groups of 100,000 rows or more are a chunk each and many small groups share one. Cuts
 * depend on the file's footer alone, never on the number of workers. Each chunk takes the footer
 * from its thread's last reads (readers.ts parquetFooter: parsed once per thread) and decodes only
 * its groups; line numbers are the file's own row numbers (the chunk's `lines` is 0: nothing to
 * shift), row numbers count from the chunk's start as for text.
 */
import { asyncBufferFromFile, parquetSchema } from 'hyparquet';
import { parquetFooter, readRows } from '../readers.js';
import { scan } from '../scan.js';
import type { LoadedSchema } from '../schema.js';
import { chunkResult, type ChunkResult } from './chunks.js';

export interface ParquetChunkTask {
  index: number;
  file: string;
  format: 'parquet';
  /** Row groups from..to-1. */
  from: number;
  to: number;
  /** The compressed bytes of those groups, for progress. */
  start: number;
  end: number;
  header: string[];
  schemaPath?: string;
  maxSamples: number;
  /** The run's time for freshness and not-future rules, the same for every chunk. */
  asOf?: number;
}

/** The chunks of a Parquet file as [from, to) row group ranges with their byte spans and the header; null when the footer does not read (the one-pass reader then reports it). */
export async function planParquet(file: string, chunkBytes: number): Promise<{ header: string[]; chunks: { from: number; to: number; start: number; end: number }[] } | null> {
  let metadata;
  try {
    const buf = await asyncBufferFromFile(file);
    metadata = await parquetFooter(file, buf.byteLength, buf);
  } catch {
    return null;
  }
  const header = parquetSchema(metadata).children.map((c) => c.element.name);
  const chunks: { from: number; to: number; start: number; end: number }[] = [];
  const groups = metadata.row_groups;
  let bytes = 0;
  for (let g = 0; g < groups.length; g++) {
    const size = Number(groups[g]!.total_byte_size);
    const span = groups[g]!.columns.reduce((n, c) => n + Number(c.meta_data?.total_compressed_size ?? 0), 0);
    const open = chunks[chunks.length - 1];
    if (open && bytes < chunkBytes / 2) {
      open.to = g + 1;
      open.end += span;
      bytes += size;
    } else {
      const start = open ? open.end : 0;
      chunks.push({ from: g, to: g + 1, start, end: start + span });
      bytes = size;
    }
  }
  return { header, chunks };
}

/** Profiles and validates one chunk of row groups (in a worker or in the main thread). */
export async function scanParquetChunk(task: ParquetChunkTask, schema: LoadedSchema | undefined): Promise<ChunkResult> {
  const r = await scan({
    files: [task.file],
    format: 'parquet',
    schema,
    keepValues: false,
    maxSamples: task.maxSamples,
    asOf: task.asOf,
    deferDatasetRules: true,
    read: (sink) => readRows(task.file, sink, { format: 'parquet', rowGroups: { from: task.from, to: task.to } }),
  });
  return chunkResult(task.index, r, 0);
}
