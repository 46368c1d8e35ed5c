/**
 * Decompression of Parquet pages. ZSTD, the codec DuckDB, Spark and pyarrow usually write, goes
 * through Node's own zstd (zlib.zstdDecompressSync, Node 22.15 and 24, what the actions run on)
 * when it exists, else through zstddec (the zstd library compiled to WebAssembly, instantiated once
 * per thread by codecsReady()); fzstd (JavaScript, via hyparquet-compressors) stays as the fallback
 * when WebAssembly can not start. All three decode the same bytes. Every other codec is
 * hyparquet-compressors' as before.
 */
import * as zlib from 'node:zlib';
import { compressors } from 'hyparquet-compressors';
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

/**
 * Makes the zstd decoder ready in this thread, once: nothing to do for Node's own; the WebAssembly
 * module is compiled and instantiated on the first call (a promise shared by later calls).
 */
export function codecsReady(): Promise<void> {
  if (chosen === undefined) chosen = hasNativeZstd ? 'native' : 'wasm';
  if (chosen !== 'wasm' || wasmReady !== undefined) return wasmReady ?? Promise.resolve();
  const d = new ZSTDDecoder();
  // zstddec loads its module through fetch() of a data: URL when fetch exists, which costs Node
  // 40-50 ms per thread to start its HTTP client; without fetch it instantiates from a Buffer in
  // about 1 ms. The choice is made synchronously inside init(), so fetch is hidden just for that.
  const desc = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
  let started: Promise<void>;
  if (desc?.configurable) {
    Object.defineProperty(globalThis, 'fetch', { value: undefined, configurable: true, writable: true });
    try {
      started = d.init();
    } finally {
      Object.defineProperty(globalThis, 'fetch', desc);
    }
  } else started = d.init();
  wasmReady = started.then(
    () => {
      wasm = d;
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

function zstd(input: Uint8Array, length: number): Uint8Array {
  if (chosen === 'native' || (chosen === undefined && hasNativeZstd)) return nativeZstd!(input, { chunkSize: nativeChunk(length) });
  if (chosen === 'wasm' && wasm !== undefined) return wasm.decode(input, length);
  return js.ZSTD!(input, length);
}

/** A page's bytes decompressed (`size` bytes, as its header says); null for a codec not known here. */
export function decompress(codec: string, bytes: Uint8Array, size: number): Uint8Array | null {
  if (codec === 'UNCOMPRESSED') return bytes;
  const f = codec === 'ZSTD' ? zstd : js[codec];
  if (!f) return null;
  const out = f(bytes, size);
  if (out.length !== size) throw new Error(`decompressed page length ${out.length} does not match header ${size}`);
  return out;
}

/** hyparquet-compressors with zstd decoded as above, for the columns hyparquet reads. */
export const parquetCompressors: Compressors = { ...compressors, ZSTD: zstd };
