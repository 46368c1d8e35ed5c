/**
 * Decompression of Parquet pages. ZSTD, the codec DuckDB, Spark and pyarrow usually write, goes
 * through zstddec (the zstd library compiled to WebAssembly, instantiated once per thread by
 * codecsReady()), and for the column reader into memory each thread reuses (decompressInto);
 * fzstd (JavaScript, via hyparquet-compressors) stays as the fallback when WebAssembly can not
 * start. Node's own zstd (zlib.zstdDecompressSync, Node 22.15 and 24) is chosen only on request
 * (useZstd): it was as fast on Node 24 but gives a fresh buffer per page, and peak RSS on a
 * 10M-row file at 2 workers was 277 MB against 244 MB (bench/RESULTS.md). All three decode the
 * same bytes. GZIP and BROTLI go through Node's zlib; SNAPPY and LZ4 are hyparquet-compressors'.
 *
 * A page header's decompressed size is untrusted: hyparquet-compressors' decoders allocate it
 * whole before decoding (gzip, brotli, lz4, and Snappy's WebAssembly memory, which never shrinks),
 * and return that many bytes whatever the stream held. So before any decoder runs, checkPageSize
 * rejects a size the compressed bytes can not expand to (each codec's densest encoding, below) or
 * larger than MAX_PAGE_BYTES, and a Snappy page whose own length disagrees with its header; zlib's
 * decoders stop at the header's size and allocate only as their output grows (Brotli, whose ratio
 * has no useful bound, relies on that). Every decoder here, the column decoder's and hyparquet's
 * (parquetCompressors), goes through the check.
 */
import * as zlib from 'node:zlib';
import { compressors, decompressZstd } from 'hyparquet-compressors';
import type { Compressors } from 'hyparquet';
import { ZSTDDecoder } from 'zstddec';

type Decode = (input: Uint8Array, length: number) => Uint8Array;

/** The zstd decoders: Node's own, the WebAssembly build, the JavaScript one. */
export type ZstdDecoder = 'native' | 'wasm' | 'js';

const nativeZstd = (zlib as unknown as { zstdDecompressSync?: (b: Uint8Array, o?: { chunkSize?: number }) => Buffer }).zstdDecompressSync;
/** Node's output chunk: a page's whole size in one (its default, 16 KiB, would be joined from dozens), bounded against a corrupt header's. */
const nativeChunk = (size: number): number => Math.min(Math.max(size, 64), 64 * 1024 * 1024);

/** Whether this Node has zstd in zlib (22.15 and later). */
export const hasNativeZstd = typeof nativeZstd === 'function';

let wasm: ZSTDDecoder | undefined;
let wasmReady: Promise<void> | undefined;
let chosen: ZstdDecoder | undefined;

/** The zstd library's own functions in zstddec's WebAssembly instance, for pages decoded into reused memory. */
interface ZstdWasm {
  memory: { buffer: ArrayBuffer };
  malloc(n: number): number;
  free(p: number): void;
  ZSTD_decompress(dst: number, dstCapacity: number, src: number, srcSize: number): number;
}
let zstdWasm: ZstdWasm | undefined;
/** The WebAssembly namespace, as far as it is used here (this project's TypeScript libs do not declare it). */
interface Wasm {
  instantiate(...a: unknown[]): Promise<{ instance: { exports: unknown } }>;
}
const WA = (globalThis as unknown as { WebAssembly: Wasm }).WebAssembly;
/** This thread's page memory for decompressInto (grown up to REUSED_PAGE_BYTES, never shrunk). */
let pageScratch = new Uint8Array(0);
const REUSED_PAGE_BYTES = 64 * 2 ** 20;

/**
 * Makes the zstd decoder ready in this thread, once: the WebAssembly module is compiled and
 * instantiated on the first call (a promise shared by later calls); nothing to do for Node's own.
 */
export function codecsReady(): Promise<void> {
  if (chosen === undefined) chosen = 'wasm';
  if (chosen !== 'wasm' || wasmReady !== undefined) return wasmReady ?? Promise.resolve();
  const d = new ZSTDDecoder();
  // zstddec loads its module through fetch() of a data: URL when fetch exists, which costs Node
  // 40-50 ms per thread to start its HTTP client; without fetch it instantiates from a Buffer in
  // about 1 ms. The choice is made synchronously inside init(), so fetch is hidden just for that.
  const desc = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
  // zstddec keeps its instance to itself; decompressInto needs the library's functions, so the
  // instance is caught on its way from WebAssembly.instantiate, also called inside init().
  const instantiate = WA.instantiate;
  let instance: { exports: unknown } | undefined;
  WA.instantiate = (...a: unknown[]) =>
    instantiate.apply(WA, a).then((r) => {
      instance = r.instance;
      return r;
    });
  let started: Promise<void>;
  try {
    if (desc?.configurable) {
      Object.defineProperty(globalThis, 'fetch', { value: undefined, configurable: true, writable: true });
      try {
        started = d.init();
      } finally {
        Object.defineProperty(globalThis, 'fetch', desc);
      }
    } else started = d.init();
  } finally {
    WA.instantiate = instantiate;
  }
  wasmReady = started.then(
    () => {
      wasm = d;
      const x = instance?.exports as Partial<ZstdWasm> | undefined;
      if (x?.memory && x.malloc && x.free && x.ZSTD_decompress) zstdWasm = x as ZstdWasm;
    },
    () => {
      chosen = 'js'; // no WebAssembly here: fzstd
    },
  );
  return wasmReady;
}

/**
 * Chooses the zstd decoder (tests compare them on the same file), or with no argument goes back to
 * the default; 'native' only where Node has it. Await codecsReady() after choosing 'wasm'.
 */
export function useZstd(d?: ZstdDecoder): void {
  if (d === 'native' && !hasNativeZstd) throw new Error('this Node has no zlib.zstdDecompressSync');
  chosen = d;
}

/** The zstd decoder pages go through now. */
export function zstdInUse(): ZstdDecoder {
  if (chosen === 'native') return 'native';
  return chosen === 'wasm' && wasm !== undefined ? 'wasm' : 'js';
}

const js = compressors as Record<string, Decode | undefined>;

/**
 * The largest decompressed page this reader accepts, 1 GiB: writers cut pages at about 1 MiB (Arrow,
 * parquet-mr, DuckDB), and a page of more than 2 GiB is not representable in a page header at all.
 */
export const MAX_PAGE_BYTES = 2 ** 30;

/**
 * The most bytes `n` bytes of `codec` can decompress to, from each format's densest encoding:
 * Snappy 64 bytes per 3-byte copy; LZ4 255 bytes per byte of match length; deflate 258 bytes per
 * 2 bits (1032:1) plus gzip's header; zstd one 128 KiB block per 4-byte RLE block. Brotli has no
 * useful bound (16 MiB meta-blocks from a few bytes): MAX_PAGE_BYTES.
 */
export function expansionLimit(codec: string, n: number): number {
  switch (codec) {
    case 'SNAPPY':
      return Math.ceil((n * 64) / 3);
    case 'LZ4':
    case 'LZ4_RAW':
      return 255 * n + 64;
    case 'GZIP':
      return 1032 * n + 1024;
    case 'ZSTD':
      return 32768 * n;
    case 'UNCOMPRESSED':
      return n;
    default:
      return MAX_PAGE_BYTES;
  }
}

/** Throws, in one line, when `size` (a page header's) is not a size `bytes` of `codec` can decompress to. */
export function checkPageSize(codec: string, bytes: Uint8Array, size: number): void {
  if (!Number.isSafeInteger(size) || size < 0) throw new Error(`a page header gives a decompressed size of ${size}`);
  if (size > MAX_PAGE_BYTES) throw new Error(`a page header claims ${size} bytes decompressed, more than the ${MAX_PAGE_BYTES} (1 GiB) a page may have here`);
  const limit = expansionLimit(codec, bytes.length);
  if (size > limit) throw new Error(`a page header claims ${size} bytes decompressed from ${bytes.length} bytes of ${codec}, which can hold at most ${limit}`);
  if (codec === 'LZ4' || codec === 'LZ4_RAW') {
    // hyparquet-compressors' LZ4 returns the whole buffer it was given whatever it wrote: the
    // length the sequences make is summed from their lengths first.
    const framed = codec === 'LZ4' ? hadoopLz4Length(bytes) : -1;
    const raw = framed >= 0 ? framed : lz4BlockLength(bytes, 0, bytes.length);
    if (raw < 0) throw new Error(`a corrupt ${codec} page (a sequence runs past its end)`);
    if (raw !== size) throw new Error(`decompressed page length ${raw} does not match header ${size}`);
  }
  if (codec === 'SNAPPY') {
    // A Snappy block starts with its length; the decoder writes that many bytes whatever it was asked for.
    let length = 0;
    for (let i = 0, shift = 0; ; i++, shift += 7) {
      if (i >= bytes.length || i === 5) throw new Error('a Snappy page without its length');
      length += (bytes[i]! & 0x7f) * 2 ** shift;
      if (bytes[i]! < 0x80) break;
    }
    if (length !== size) throw new Error(`decompressed page length ${length} does not match header ${size}`);
  }
}

/** The bytes an LZ4 block in b[start, end) decodes to, from its sequences' lengths; -1 when one runs past the end. */
function lz4BlockLength(b: Uint8Array, start: number, end: number): number {
  let i = start;
  let out = 0;
  /** A length continued in bytes of 255 and a last one. */
  const more = (n: number): number => {
    let x: number;
    do {
      if (i >= end) return -1;
      x = b[i++]!;
      n += x;
    } while (x === 255);
    return n;
  };
  while (i < end) {
    const token = b[i++]!;
    let literals = token >> 4;
    if (literals === 15 && (literals = more(literals)) < 0) return -1;
    i += literals;
    out += literals;
    if (i > end) return -1;
    if (i === end) return out; // the last sequence has no match
    if (i + 2 > end) return -1;
    i += 2;
    let match = token & 0x0f;
    if (match === 15 && (match = more(match)) < 0) return -1;
    out += match + 4;
  }
  return out;
}

/**
 * The bytes a page in Hadoop's LZ4 framing (blocks each after their big-endian output and input
 * lengths) decodes to, or -1 when it is not in that framing (then it is one raw block), as
 * hyparquet-compressors decides it.
 */
function hadoopLz4Length(b: Uint8Array): number {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let i = 0;
  let out = 0;
  while (i < b.length - 8) {
    const outLen = view.getInt32(i);
    const inLen = view.getInt32(i + 4);
    i += 8;
    if (inLen < 0 || b.length - i < inLen || lz4BlockLength(b, i, i + inLen) !== outLen) return -1;
    i += inLen;
    out += outLen;
    if (i === b.length) return out;
  }
  return -1;
}

function zstd(input: Uint8Array, length: number): Uint8Array {
  if (length === 0) return new Uint8Array(0); // zstddec would take the frame's own (untrusted) size
  if (chosen === 'native' || (chosen === undefined && hasNativeZstd)) return nativeZstd!(input, { chunkSize: nativeChunk(length), maxOutputLength: length } as { chunkSize: number });
  if (chosen === 'wasm' && wasm !== undefined) return wasm.decode(input, length);
  // fzstd allocates a frame's own declared size unless given the output (then it returns that).
  return decompressZstd(input, new Uint8Array(length));
}

/** Node's zlib decoder `f`, stopping at `length` bytes (it allocates as the output grows). */
function zlibDecode(f: (b: Uint8Array, o: zlib.ZlibOptions | zlib.BrotliOptions) => Buffer, input: Uint8Array, length: number): Uint8Array {
  try {
    return f(input, { maxOutputLength: Math.max(length, 1) });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new Error(`a page decompresses to more than the ${length} bytes its header gives`);
    throw new Error(`${(e as Error).message} (decompressing a page)`);
  }
}

/** GZIP pages: gzip members (RFC 1952) as the format says; zlib streams and raw deflate, which some writers wrote, too. */
function gzip(input: Uint8Array, length: number): Uint8Array {
  if (input[0] === 0x1f && input[1] === 0x8b) return zlibDecode(zlib.gunzipSync, input, length);
  const zlibHeader = input.length > 1 && (input[0]! & 0x0f) === 8 && (input[0]! * 256 + input[1]!) % 31 === 0;
  if (zlibHeader) {
    try {
      return zlibDecode(zlib.inflateSync, input, length);
    } catch {
      // raw deflate whose first two bytes happen to look like a zlib header
    }
  }
  return zlibDecode(zlib.inflateRawSync, input, length);
}

function brotli(input: Uint8Array, length: number): Uint8Array {
  return zlibDecode(zlib.brotliDecompressSync, input, length);
}

const decoders: Record<string, Decode | undefined> = { ...js, ZSTD: zstd, GZIP: gzip, BROTLI: brotli };

/** The decoder of `codec` behind checkPageSize. */
function checked(codec: string, f: Decode): Decode {
  return (input, length) => {
    checkPageSize(codec, input, length);
    return f(input, length);
  };
}

/** A page's bytes decompressed (`size` bytes, as its header says); null for a codec not known here. */
export function decompress(codec: string, bytes: Uint8Array, size: number): Uint8Array | null {
  if (codec === 'UNCOMPRESSED') return bytes;
  const f = decoders[codec];
  if (!f) return null;
  checkPageSize(codec, bytes, size);
  const out = f(bytes, size);
  if (out.length !== size) throw new Error(`decompressed page length ${out.length} does not match header ${size}`);
  return out;
}

/**
 * A page decompressed like {@link decompress}, into memory this thread reuses: the result is valid
 * until the next call in this thread. For the column reader, which copies every value out of a
 * page before it reads the next. Only zstd pages through zstddec's WebAssembly build (decoded in
 * its memory, copied into the reused memory) and fzstd (decoded into it) take this way; other
 * codecs, and zstd through Node's own decoder, come back as from decompress().
 *
 * Why: a fresh buffer per page, as Node's zlib and zstddec's decode() give, is about 1 MB of
 * malloc'd memory that lives until V8 collects its owner. Over a long file glibc's heap fragments
 * around them (bench/RESULTS.md: Parquet peak RSS grew 1.14-1.17x from 1M to 10M rows).
 */
export function decompressInto(codec: string, bytes: Uint8Array, size: number): Uint8Array | null {
  const into = chosen === 'wasm' ? zstdWasm !== undefined : chosen === 'js';
  // A page larger than writers make (they cut at about 1 MiB) gets a buffer of its own, not kept.
  if (codec !== 'ZSTD' || size === 0 || size > REUSED_PAGE_BYTES || !into) return decompress(codec, bytes, size);
  checkPageSize(codec, bytes, size);
  if (pageScratch.length < size) pageScratch = new Uint8Array(Math.max(size, Math.min(2 * pageScratch.length, REUSED_PAGE_BYTES)));
  const out = pageScratch.subarray(0, size);
  if (chosen === 'js') {
    // fzstd returns the whole output it was given, however much of it the frame filled: zeros, as
    // from decompress(), rather than the previous page's bytes.
    out.fill(0);
    const r = decompressZstd(bytes, out);
    if (r.length !== size) throw new Error(`decompressed page length ${r.length} does not match header ${size}`);
    return r;
  }
  const x = zstdWasm!;
  const src = x.malloc(bytes.length);
  const dst = src === 0 ? 0 : x.malloc(size);
  try {
    if (src === 0 || dst === 0) throw new Error(`no memory to decompress a zstd page of ${size} bytes`);
    new Uint8Array(x.memory.buffer).set(bytes, src);
    // size_t: an error code comes back as (size_t)-code, a negative i32 here.
    const n = x.ZSTD_decompress(dst, size, src, bytes.length);
    if (n < 0) throw new Error('a corrupt zstd page');
    if (n !== size) throw new Error(`decompressed page length ${n} does not match header ${size}`);
    // A view made after the mallocs: memory.grow detaches the old buffer.
    out.set(new Uint8Array(x.memory.buffer, dst, size));
    return out;
  } finally {
    if (dst !== 0) x.free(dst);
    if (src !== 0) x.free(src);
  }
}

/** The same decoders, checked the same way, for the columns hyparquet reads. */
export const parquetCompressors: Compressors = Object.fromEntries(Object.entries(decoders).flatMap(([codec, f]) => (f ? [[codec, checked(codec, f)]] : [])));
