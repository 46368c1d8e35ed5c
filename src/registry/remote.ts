/**
 * An OCI distribution registry over Node's fetch (distribution-spec 1.1): blobs are uploaded after
 * a HEAD says they are missing, monolithically (POST then PUT with the body) or in chunks (PATCH
 * with Content-Range, then PUT), always streamed from disk; cross-repository mount; manifests;
 * paginated tags; the referrers API when the registry has one. 5xx, 429 and dropped connections
 * are retried with backoff; 401 goes through the challenge flow in auth.ts. Plain HTTP only for
 * loopback hosts (as Docker does) or with `insecure`.
 */
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { ServiceError } from '../errors.js';
import { Auth, type Credentials, type Fetch } from './auth.js';
import type { Backend, BlobSource, StoredManifest } from './backend.js';
import { streamVerified, verifyBytes } from './layout.js';
import { MEDIA, isDigest, sha256, type Descriptor, type ImageIndex } from './oci.js';

export interface RemoteOptions {
  credentials?: Credentials;
  insecure?: boolean;
  /** Blobs larger than this go up in chunks of this size (default 16 MiB). */
  chunkSize?: number;
  /** Attempts for a request that meets 5xx, 429 or a dropped connection (default 4). */
  attempts?: number;
  fetch?: Fetch;
  /** Tags per page when listing (default 1000). */
  tagPageSize?: number;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);
export const isLoopback = (host: string) => {
  const name = host.replace(/:\d+$/, '');
  return LOOPBACK.has(name) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name);
};

interface Req {
  method: string;
  url: string | URL;
  headers?: Record<string, string>;
  /** A factory, so a retry sends a fresh stream. */
  body?: () => BodyInit;
  /** Statuses that are answers, not errors (others throw). */
  ok: number[];
}

type BodyInit = NonNullable<RequestInit['body']>;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class RemoteBackend implements Backend {
  readonly location: string;
  private readonly base: string;
  private readonly auth: Auth;
  private readonly fetchFn: Fetch;
  private readonly chunkSize: number;
  private readonly attempts: number;
  private readonly tagPageSize: number;
  /** Counters for tests and benchmarks. */
  readonly stats = { requests: 0, bytesSent: 0 };

  constructor(
    readonly host: string,
    readonly repository: string,
    opts: RemoteOptions = {},
  ) {
    const plain = opts.insecure || isLoopback(host);
    this.base = `${plain ? 'http' : 'https'}://${host}/v2/${repository}`;
    this.location = `oci://${host}/${repository}`;
    this.fetchFn = opts.fetch ?? fetch;
    this.chunkSize = opts.chunkSize ?? 16 << 20;
    this.attempts = opts.attempts ?? 4;
    this.tagPageSize = opts.tagPageSize ?? 1000;
    this.auth = new Auth(opts.credentials ?? {}, this.fetchFn, (u) => !!opts.insecure || isLoopback(u.host));
  }

  private async send(req: Req): Promise<Response> {
    const what = `${req.method} ${this.location}${String(req.url).startsWith(this.base) ? String(req.url).slice(this.base.length) : ''}`;
    let challenged = 0;
    for (let attempt = 1; ; attempt++) {
      const headers: Record<string, string> = { ...req.headers };
      const authz = this.auth.current();
      if (authz) headers.authorization = authz;
      let res: Response;
      try {
        this.stats.requests++;
        const body = req.body?.();
        res = await this.fetchFn(req.url, { method: req.method, headers, body, redirect: 'follow', ...(body ? { duplex: 'half' } : {}) } as RequestInit);
      } catch (e) {
        if (attempt < this.attempts) {
          await sleep(100 * 2 ** attempt);
          continue;
        }
        throw new ServiceError(`${what}: ${(e as Error & { cause?: Error }).cause?.message ?? (e as Error).message}`);
      }
      if (res.status === 401 && challenged < 2 && (await this.auth.answer(res.headers.get('www-authenticate'), what, authz))) {
        await res.body?.cancel();
        challenged++;
        attempt--;
        continue;
      }
      if (req.ok.includes(res.status)) return res;
      if ((res.status >= 500 || res.status === 429) && attempt < this.attempts) {
        await res.body?.cancel();
        const after = Number(res.headers.get('retry-after'));
        await sleep(Number.isFinite(after) && after > 0 ? Math.min(after, 10) * 1000 : 100 * 2 ** attempt);
        continue;
      }
      throw Object.assign(new ServiceError(`${what}: ${res.status} ${await errorText(res)}`), { status: res.status });
    }
  }

  private url(path: string, query?: Record<string, string>): URL {
    const u = new URL(this.base + path);
    for (const [k, v] of Object.entries(query ?? {})) u.searchParams.set(k, v);
    return u;
  }

  /** Upload session URLs come back relative or absolute, with state in the query. */
  private location_(res: Response): URL {
    const loc = res.headers.get('location');
    if (!loc) throw new ServiceError(`${this.location}: upload answered without a Location header`);
    return new URL(loc, this.base);
  }

  async hasBlob(digest: string): Promise<boolean> {
    const res = await this.send({ method: 'HEAD', url: this.url(`/blobs/${digest}`), ok: [200, 404] });
    return res.status === 200;
  }

  async putBlob(src: BlobSource, opts: { mountFrom?: string } = {}): Promise<{ uploaded: number; mounted: boolean }> {
    let present = false;
    try {
      present = await this.hasBlob(src.digest);
    } catch (e) {
      // A registry that keeps answering the existence check with a server error (distribution after
      // a crash mid-upload, on a blob it half wrote) can still take the upload, whose digest it
      // verifies: upload rather than give up.
      if (!((e as { status?: number }).status! >= 500)) throw e;
    }
    if (present) return { uploaded: 0, mounted: false };
    let session: URL;
    if (opts.mountFrom) {
      const res = await this.send({ method: 'POST', url: this.url('/blobs/uploads/', { mount: src.digest, from: opts.mountFrom }), headers: { 'content-length': '0' }, ok: [201, 202] });
      await res.body?.cancel();
      if (res.status === 201) return { uploaded: 0, mounted: true };
      session = this.location_(res);
    } else {
      const res = await this.send({ method: 'POST', url: this.url('/blobs/uploads/'), headers: { 'content-length': '0' }, ok: [202] });
      await res.body?.cancel();
      session = this.location_(res);
    }
    const body = (start: number, end: number): (() => BodyInit) => {
      if (src.bytes) return () => Buffer.from(src.bytes!.subarray(start, end));
      // An empty blob is an empty body; a file range is streamed, never read whole.
      if (end === start) return () => Buffer.alloc(0);
      // A Node stream is an async iterable, which fetch sends as it reads (no web-stream conversion).
      return () => createReadStream(src.path!, { start, end: end - 1, highWaterMark: 1 << 20 }) as unknown as BodyInit;
    };
    if (src.size > this.chunkSize) {
      for (let start = 0; start < src.size; start += this.chunkSize) {
        const end = Math.min(src.size, start + this.chunkSize);
        const res = await this.send({
          method: 'PATCH',
          url: session,
          headers: { 'content-type': 'application/octet-stream', 'content-length': String(end - start), 'content-range': `${start}-${end - 1}` },
          body: body(start, end),
          ok: [202],
        });
        await res.body?.cancel();
        this.stats.bytesSent += end - start;
        session = this.location_(res);
      }
      session.searchParams.set('digest', src.digest);
      const res = await this.send({ method: 'PUT', url: session, headers: { 'content-length': '0' }, ok: [201] });
      await res.body?.cancel();
    } else {
      session.searchParams.set('digest', src.digest);
      const res = await this.send({
        method: 'PUT',
        url: session,
        headers: { 'content-type': 'application/octet-stream', 'content-length': String(src.size) },
        body: body(0, src.size),
        ok: [201],
      });
      await res.body?.cancel();
      this.stats.bytesSent += src.size;
    }
    return { uploaded: src.size, mounted: false };
  }

  private async getBlobResponse(digest: string): Promise<Response> {
    const res = await this.send({ method: 'GET', url: this.url(`/blobs/${digest}`), ok: [200, 404] });
    if (res.status === 404) {
      await res.body?.cancel();
      throw new ServiceError(`${this.location}: blob ${digest} is missing`);
    }
    return res;
  }

  async getBlob(desc: Pick<Descriptor, 'digest' | 'size'>): Promise<Buffer> {
    if (desc.size > 64 << 20) throw new Error(`getBlob: ${desc.digest} is ${desc.size} bytes; stream it with blobToFile`);
    const res = await this.getBlobResponse(desc.digest);
    return verifyBytes(Buffer.from(await res.arrayBuffer()), desc.digest, `${this.location}: blob`);
  }

  async blobToFile(desc: Pick<Descriptor, 'digest' | 'size'>, path: string): Promise<void> {
    const res = await this.getBlobResponse(desc.digest);
    await streamVerified(Readable.fromWeb(res.body! as import('node:stream/web').ReadableStream), path, desc, `${this.location}: blob`);
  }

  async putManifest(bytes: Buffer, mediaType: string, tag?: string): Promise<string> {
    const digest = sha256(bytes);
    let res: Response;
    for (let attempt = 1; ; attempt++) {
      // distribution 2.8 answers DIGEST_INVALID when two clients PUT the same manifest at once
      // (both write its blob); the bytes are ours and verified, so sending them again is safe.
      res = await this.send({ method: 'PUT', url: this.url(`/manifests/${tag ?? digest}`), headers: { 'content-type': mediaType }, body: () => Buffer.from(bytes), ok: attempt < 4 ? [201, 400] : [201] });
      if (res.status === 201) break;
      const text = await res.text();
      if (!text.includes('DIGEST_INVALID')) throw new ServiceError(`PUT ${this.location}/manifests/${tag ?? digest}: 400 ${text.slice(0, 200)}`);
      await sleep(50 * attempt * (0.5 + Math.random()));
    }
    await res.body?.cancel();
    const said = res.headers.get('docker-content-digest');
    if (said && said !== digest) throw new ServiceError(`${this.location}: the registry stored manifest ${tag ?? digest} as ${said}, not ${digest}`);
    return digest;
  }

  async getManifest(ref: string): Promise<StoredManifest | undefined> {
    const res = await this.send({ method: 'GET', url: this.url(`/manifests/${ref}`), headers: { accept: `${MEDIA.manifest}, ${MEDIA.index}` }, ok: [200, 404] });
    if (res.status === 404) {
      await res.body?.cancel();
      return undefined;
    }
    const bytes = Buffer.from(await res.arrayBuffer());
    const said = res.headers.get('docker-content-digest');
    const digest = isDigest(ref) ? ref : (said ?? sha256(bytes));
    verifyBytes(bytes, digest, `${this.location}: manifest ${isDigest(ref) ? '' : ref + ' '}`.trimEnd());
    return { bytes, digest, mediaType: res.headers.get('content-type')?.split(';')[0] ?? MEDIA.manifest };
  }

  async deleteManifest(digest: string): Promise<boolean> {
    // 202 deleted; 405 (distribution without storage.delete), 404 or 400 mean it cannot be.
    const res = await this.send({ method: 'DELETE', url: this.url(`/manifests/${digest}`), ok: [202, 200, 400, 404, 405] });
    await res.body?.cancel();
    return res.status === 202 || res.status === 200;
  }

  async listTags(): Promise<string[]> {
    const tags: string[] = [];
    let next: URL | undefined = this.url('/tags/list', { n: String(this.tagPageSize) });
    for (let page = 0; next && page < 10_000; page++) {
      const res: Response = await this.send({ method: 'GET', url: next, ok: [200, 404] });
      if (res.status === 404) {
        await res.body?.cancel();
        return tags;
      }
      const body = (await res.json()) as { tags?: string[] | null };
      tags.push(...(body.tags ?? []));
      // Link: </v2/<name>/tags/list?n=1000&last=x>; rel="next"
      const link = /<([^>]+)>\s*;\s*rel="?next"?/.exec(res.headers.get('link') ?? '');
      next = link ? new URL(link[1], this.base) : undefined;
    }
    return tags;
  }

  async referrersApi(digest: string): Promise<Descriptor[] | undefined> {
    const res = await this.send({ method: 'GET', url: this.url(`/referrers/${digest}`), headers: { accept: MEDIA.index }, ok: [200, 404, 400, 405] });
    if (res.status !== 200 || !(res.headers.get('content-type') ?? '').startsWith(MEDIA.index)) {
      await res.body?.cancel();
      return undefined;
    }
    return ((await res.json()) as ImageIndex).manifests ?? [];
  }
}

async function errorText(res: Response): Promise<string> {
  const text = await res.text().catch(() => '');
  try {
    const e = (JSON.parse(text) as { errors?: { code?: string; message?: string }[] }).errors?.[0];
    if (e) return `${e.code ?? ''} ${e.message ?? ''}`.trim();
  } catch {
    // not JSON
  }
  return text.slice(0, 200).replace(/\s+/g, ' ') || res.statusText;
}
