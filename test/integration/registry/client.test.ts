// The distribution client's parts against the real docker-registry: chunked uploads, retries on 5xx
// and 429 (through a loopback proxy that refuses some requests), cross-repository mount, tag pages,
// a registry killed mid-upload, and interoperability with Debian's skopeo.
import { execFileSync } from 'node:child_process';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryLogger } from '../../../src/lib/logger.js';
import { LayoutBackend } from '../../../src/registry/layout.js';
import { readGraph } from '../../../src/model/onnx-proto.js';
import { RemoteBackend } from '../../../src/registry/remote.js';
import { fileDigest } from '../../../src/registry/oci.js';
import { listVersions, pull, register, resolve } from '../../../src/registry/versions.js';
import { tempDir } from '../../helpers.js';
import { modelFiles, onnxFixture } from '../../registry-fixtures.js';
import { startRegistry, type RunningRegistry } from './docker-registry.js';

/** A loopback proxy that answers 503 or 429 to some requests and forwards the rest. */
async function flakyProxy(target: string, fail: (n: number, method: string) => 503 | 429 | undefined) {
  const seen: string[] = [];
  let n = 0;
  const server: Server = createServer((req, res) => {
    const status = fail(n++, req.method!);
    seen.push(`${req.method} ${status ?? 'fwd'}`);
    if (status) {
      req.resume();
      res.writeHead(status, status === 429 ? { 'retry-after': '0' } : {}).end();
      return;
    }
    const up = request(`http://${target}${req.url}`, { method: req.method, headers: { ...req.headers, host: target } }, (r) => {
      const headers = { ...r.headers };
      // Upload locations point at the registry; keep them on the proxy.
      if (headers.location) headers.location = headers.location.replace(`http://${target}`, '');
      res.writeHead(r.statusCode!, headers);
      r.pipe(res);
    });
    req.pipe(up);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { host: `127.0.0.1:${(server.address() as AddressInfo).port}`, seen, close: () => new Promise((r) => server.close(r)) };
}

function bigFile(bytes: number, seed: number): string {
  const dir = tempDir('mg-big-');
  const buf = Buffer.alloc(bytes);
  let x = seed;
  for (let i = 0; i < bytes; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    buf[i] = x >>> 24;
  }
  const path = join(dir, 'weights.bin');
  writeFileSync(path, buf);
  return path;
}

describe('distribution client against docker-registry', () => {
  let reg: RunningRegistry;
  beforeAll(async () => {
    reg = await startRegistry();
  });
  afterAll(async () => {
    await reg?.stop();
  });

  it('uploads in chunks and retries 503 and 429 answers', async () => {
    const proxy = await flakyProxy(reg.host, (n, method) => (method === 'PATCH' && n % 3 === 1 ? 503 : n === 2 ? 429 : undefined));
    try {
      const file = bigFile(300_000, 1);
      const b = new RemoteBackend(proxy.host, 'models/chunked', { chunkSize: 64 * 1024 });
      const r = await register(b, { name: 'chunked', model: [file], aliases: [] }, memoryLogger());
      expect(proxy.seen.filter((s) => s === 'PATCH fwd').length).toBe(5); // ceil(300000 / 65536)
      expect(proxy.seen).toContain('PATCH 503');
      expect(proxy.seen.some((s) => s.endsWith(' 429'))).toBe(true);
      const out = tempDir();
      await pull(new RemoteBackend(reg.host, 'models/chunked'), { digest: r.digest }, out);
      expect(readFileSync(join(out, 'weights.bin'))).toEqual(readFileSync(file));
    } finally {
      await proxy.close();
    }
  });

  it('mounts a blob from another repository instead of uploading it', async () => {
    const f = modelFiles('mount');
    await register(new RemoteBackend(reg.host, 'models/mount-a'), { name: 'mount-a', model: [f.model], aliases: [] }, memoryLogger());
    const { digest, size } = await fileDigest(f.model);
    const target = new RemoteBackend(reg.host, 'models/mount-b');
    expect(await target.hasBlob(digest)).toBe(false);
    expect(await target.putBlob({ digest, size, path: f.model }, { mountFrom: 'models/mount-a' })).toEqual({ uploaded: 0, mounted: true });
    expect(await target.hasBlob(digest)).toBe(true);
  });

  it('lists tags across pages', async () => {
    const f = modelFiles('pages');
    const b = new RemoteBackend(reg.host, 'models/pages', { tagPageSize: 3 });
    await register(b, { name: 'pages', model: [f.model], aliases: ['a1', 'a2', 'a3', 'a4', 'a5'] }, memoryLogger());
    const tags = await b.listTags();
    for (const t of ['v1', 'latest', 'a1', 'a2', 'a3', 'a4', 'a5']) expect(tags).toContain(t);
    expect(new Set(tags).size).toBe(tags.length);
    expect(b.stats.requests).toBeGreaterThan(0);
  });

  it('a registry killed mid-upload leaves no version, and a retry registers cleanly', async () => {
    const own = await startRegistry();
    try {
      const file = bigFile(400_000, 2);
      let patches = 0;
      const killing: typeof fetch = async (input, init) => {
        if (init?.method === 'PATCH' && ++patches === 2) own.kill();
        return fetch(input, init);
      };
      const b = new RemoteBackend(own.host, 'models/fault', { chunkSize: 64 * 1024, fetch: killing, attempts: 2 });
      await expect(register(b, { name: 'fault', model: [file], aliases: ['production'] }, memoryLogger())).rejects.toThrow(/models\/fault/);
      if (own.proc.exitCode === null && own.proc.signalCode === null) await new Promise((r) => own.proc.once('exit', r));
      const again = await startRegistry(own.options);
      try {
        const fresh = new RemoteBackend(again.host, 'models/fault');
        expect(await fresh.listTags()).toEqual([]);
        await expect(resolve(fresh, { tag: 'v1' })).rejects.toThrow(/no version v1/);
        const r = await register(fresh, { name: 'fault', model: [file], aliases: ['production'] }, memoryLogger());
        expect(r.version).toBe('v1');
        expect((await resolve(fresh, { tag: 'production' })).digest).toBe(r.digest);
        const out = tempDir();
        await pull(fresh, { tag: 'v1' }, out);
        expect(readFileSync(join(out, 'weights.bin'))).toEqual(readFileSync(file));
        expect((await listVersions(fresh)).map((v) => v.version)).toEqual(['v1']);
      } finally {
        await again.stop();
      }
    } finally {
      await own.stop();
    }
  });

  it('skopeo reads a version in the layout, copies it to the registry and back; what comes back verifies and loads', async () => {
    const model = onnxFixture();
    const dir = join(tempDir('mg-skopeo-'), 'layout');
    const f = modelFiles('skopeo');
    const r = await register(new LayoutBackend(dir), { name: 'interop', model: [model], evaluation: f.evaluation, aliases: ['production'] }, memoryLogger());
    const raw = execFileSync('skopeo', ['inspect', '--raw', `oci:${dir}:v1`]);
    expect((await import('../../../src/registry/oci.js')).sha256(raw)).toBe(r.digest);
    execFileSync('skopeo', ['copy', '--quiet', '--dest-tls-verify=false', `oci:${dir}:production`, `docker://${reg.host}/models/interop:v1`]);
    const remote = new RemoteBackend(reg.host, 'models/interop');
    expect((await remote.getManifest('v1'))?.digest).toBe(r.digest);
    // Our own remote registration, copied back into a new layout by skopeo.
    const f2 = modelFiles('skopeo-2');
    const r2 = await register(new RemoteBackend(reg.host, 'models/interop2'), { name: 'interop2', model: [model, f2.model], aliases: [] }, memoryLogger());
    const back = join(tempDir('mg-skopeo-'), 'layout');
    execFileSync('skopeo', ['copy', '--quiet', '--src-tls-verify=false', `docker://${reg.host}/models/interop2:v1`, `oci:${back}:v1`]);
    const layout = new LayoutBackend(back);
    const v = await resolve(layout, { tag: 'v1' });
    expect(v.digest).toBe(r2.digest);
    const out = tempDir();
    const { files } = await pull(layout, { tag: 'v1' }, out);
    const loaded = readGraph(readFileSync(files[model.split('/').pop()!]));
    expect(loaded.nodes.length).toBeGreaterThan(0);
    expect(loaded.outputs.length).toBeGreaterThan(0);
    expect(readFileSync(files['model.onnx'])).toEqual(readFileSync(f2.model));
  });
});
