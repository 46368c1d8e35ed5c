/**
 * An OCI image layout folder (image-spec 1.1, image-layout.md): `oci-layout`, `index.json` and
 * `blobs/sha256/<hex>`. Blobs are written under a temp name, verified and renamed, so a reader never
 * sees half a blob; `index.json` is rewritten whole under a lock file and renamed into place, so a
 * tag is either there or not. Tags are index entries annotated `org.opencontainers.image.ref.name`,
 * which is how skopeo and ORAS read them (`oci:<dir>:<tag>`).
 */
import { createReadStream, createWriteStream, existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { open, readFile, rm, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { dirname, join } from 'node:path';
import { DataError, ServiceError } from '../errors.js';
import { makeDirs, outputError, writeFileAtomic } from '../lib/files.js';
import type { Backend, BlobSource, StoredManifest } from './backend.js';
import { ANN, MEDIA, hex, isDigest, sha256, type Descriptor, type ImageIndex } from './oci.js';

const LOCK_STALE_MS = 30_000;
const LOCK_WAIT_MS = 120_000;

let tmpCounter = 0;
const tmpName = (path: string) => `${path}.${process.pid}.${Date.now()}.${tmpCounter++}.tmp`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Copies a stream to `dest` through a temp file, checking size and sha256 before the rename. */
export async function streamVerified(source: NodeJS.ReadableStream | AsyncIterable<Uint8Array>, dest: string, expect: Pick<Descriptor, 'digest' | 'size'>, what: string): Promise<void> {
  makeDirs(dirname(dest));
  const tmp = tmpName(dest);
  const h = createHash('sha256');
  let size = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      h.update(chunk);
      size += chunk.length;
      cb(null, chunk);
    },
  });
  try {
    await pipeline(source as NodeJS.ReadableStream, tap, createWriteStream(tmp));
    const got = 'sha256:' + h.digest('hex');
    if (got !== expect.digest || size !== expect.size) {
      throw new ServiceError(`${what} ${expect.digest}: content does not match its digest (got ${got}, ${size} bytes, expected ${expect.size}); refusing it`);
    }
    renameSync(tmp, dest);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

export function verifyBytes(bytes: Buffer, digest: string, what: string): Buffer {
  const got = sha256(bytes);
  if (got !== digest) throw new ServiceError(`${what} ${digest}: content does not match its digest (got ${got}); refusing it`);
  return bytes;
}

export class LayoutBackend implements Backend {
  readonly location: string;

  constructor(readonly dir: string) {
    this.location = `oci-layout://${dir}`;
  }

  private blobPath(digest: string): string {
    if (!isDigest(digest)) throw new DataError(`${this.location}: not a sha256 digest: ${digest}`);
    return join(this.dir, 'blobs', 'sha256', hex(digest));
  }

  private init(): void {
    if (!existsSync(join(this.dir, 'oci-layout'))) {
      try {
        makeDirs(join(this.dir, 'blobs', 'sha256'));
      } catch (e) {
        throw outputError(e, this.dir);
      }
      writeFileAtomic(join(this.dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
    }
    if (!existsSync(join(this.dir, 'index.json'))) {
      // `wx`: two processes initialising at once both end with the same empty index.
      try {
        writeFileSync(join(this.dir, 'index.json'), JSON.stringify({ schemaVersion: 2, mediaType: MEDIA.index, manifests: [] }), { flag: 'wx' });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
    }
  }

  private readIndex(): ImageIndex {
    const path = join(this.dir, 'index.json');
    if (!existsSync(path)) return { schemaVersion: 2, mediaType: MEDIA.index, manifests: [] };
    try {
      const idx = JSON.parse(readFileSync(path, 'utf8')) as ImageIndex;
      if (!Array.isArray(idx.manifests)) throw new Error('no manifests array');
      return idx;
    } catch (e) {
      throw new DataError(`${path}: not an OCI image index: ${(e as Error).message}`, path);
    }
  }

  /** Runs `fn` holding `index.json.lock` (created exclusively; taken over when older than 30 s). */
  private async withIndexLock<T>(fn: () => T): Promise<T> {
    const lock = join(this.dir, 'index.json.lock');
    const deadline = Date.now() + LOCK_WAIT_MS;
    for (let attempt = 0; ; attempt++) {
      try {
        const fh = await open(lock, 'wx');
        await fh.writeFile(`${process.pid}\n`);
        await fh.close();
        break;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
        const age = await stat(lock).then((s) => Date.now() - s.mtimeMs, () => 0);
        if (age > LOCK_STALE_MS) await rm(lock, { force: true });
        if (Date.now() > deadline) throw new ServiceError(`${lock}: held for more than ${LOCK_WAIT_MS / 1000} s; remove it if no modelgate process is running`);
        await sleep(2 + Math.random() * Math.min(50, 2 * attempt));
      }
    }
    try {
      return fn();
    } finally {
      rmSync(lock, { force: true });
    }
  }

  async hasBlob(digest: string): Promise<boolean> {
    return existsSync(this.blobPath(digest));
  }

  async putBlob(src: BlobSource): Promise<{ uploaded: number; mounted: boolean }> {
    this.init();
    const dest = this.blobPath(src.digest);
    if (existsSync(dest) && statSync(dest).size === src.size) return { uploaded: 0, mounted: false };
    if (src.bytes) {
      verifyBytes(Buffer.from(src.bytes), src.digest, 'blob');
      writeFileAtomic(dest, src.bytes);
    } else if (src.path) {
      await streamVerified(createReadStream(src.path, { highWaterMark: 1 << 20 }), dest, src, `blob (from ${src.path})`);
    } else throw new Error('putBlob: neither bytes nor path');
    return { uploaded: src.size, mounted: false };
  }

  async getBlob(desc: Pick<Descriptor, 'digest' | 'size'>): Promise<Buffer> {
    const path = this.blobPath(desc.digest);
    if (!existsSync(path)) throw new ServiceError(`${this.location}: blob ${desc.digest} is missing`);
    return verifyBytes(await readFile(path), desc.digest, `${this.location}: blob`);
  }

  async blobToFile(desc: Pick<Descriptor, 'digest' | 'size'>, path: string): Promise<void> {
    const src = this.blobPath(desc.digest);
    if (!existsSync(src)) throw new ServiceError(`${this.location}: blob ${desc.digest} is missing`);
    await streamVerified(createReadStream(src, { highWaterMark: 1 << 20 }), path, desc, `${this.location}: blob`);
  }

  async putManifest(bytes: Buffer, mediaType: string, tag?: string): Promise<string> {
    const digest = sha256(bytes);
    await this.putBlob({ digest, size: bytes.length, bytes });
    if (tag) {
      const parsed = JSON.parse(bytes.toString('utf8')) as { artifactType?: string };
      const entry: Descriptor = { mediaType, digest, size: bytes.length, ...(parsed.artifactType ? { artifactType: parsed.artifactType } : {}), annotations: { [ANN.refName]: tag } };
      await this.withIndexLock(() => {
        const idx = this.readIndex();
        idx.manifests = idx.manifests.filter((m) => m.annotations?.[ANN.refName] !== tag);
        idx.manifests.push(entry);
        writeFileAtomic(join(this.dir, 'index.json'), JSON.stringify(idx));
      });
    }
    return digest;
  }

  async getManifest(ref: string): Promise<StoredManifest | undefined> {
    let desc: Pick<Descriptor, 'digest' | 'mediaType'> | undefined;
    if (isDigest(ref)) {
      if (!existsSync(this.blobPath(ref))) return undefined;
      desc = { digest: ref, mediaType: '' };
    } else {
      desc = this.readIndex().manifests.find((m) => m.annotations?.[ANN.refName] === ref);
      if (!desc) return undefined;
    }
    const bytes = verifyBytes(await readFile(this.blobPath(desc.digest)), desc.digest, `${this.location}: manifest`);
    const mediaType = desc.mediaType || (JSON.parse(bytes.toString('utf8')) as { mediaType?: string }).mediaType || MEDIA.manifest;
    return { bytes, digest: desc.digest, mediaType };
  }

  async deleteTags(tags: string[]): Promise<void> {
    const drop = new Set(tags);
    if (!drop.size) return;
    await this.withIndexLock(() => {
      const idx = this.readIndex();
      idx.manifests = idx.manifests.filter((m) => !drop.has(m.annotations?.[ANN.refName] ?? ''));
      writeFileAtomic(join(this.dir, 'index.json'), JSON.stringify(idx));
    });
  }

  async listTags(): Promise<string[]> {
    return this.readIndex()
      .manifests.map((m) => m.annotations?.[ANN.refName])
      .filter((t): t is string => !!t);
  }
}
