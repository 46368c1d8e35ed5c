/**
 * Registry references for serve: `oci-layout://<dir>[:tag|@digest]` and
 * `oci://<host>/<repository>[:tag|@digest]` resolve through src/registry. The version's model file
 * is pulled (every blob's digest verified) into a cache folder keyed by the manifest's digest, so a
 * version is downloaded once per cache even when loaded again (a rollback, a restart). The served
 * version is the registry's `v<n>`. Credentials come from MODELGATE_REGISTRY_USERNAME / _PASSWORD /
 * _TOKEN, as for the actions.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { makeDirs } from '../lib/files.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ServiceError } from '../errors.js';
import { connectionFromEnv } from '../registry/pull-input.js';
import { MEDIA, hex } from '../registry/oci.js';
import { openBackend, parseReference, type Connection } from '../registry/reference.js';
import { pull, resolve } from '../registry/versions.js';
import { registerResolver, type ResolvedModel } from './source.js';

/** The default cache: MODELGATE_SERVE_CACHE, or modelgate-serve-cache in the temp folder. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.MODELGATE_SERVE_CACHE || join(tmpdir(), 'modelgate-serve-cache');
}

export async function resolveRegistryModel(ref: string, cacheDir: string, conn: Connection = connectionFromEnv()): Promise<ResolvedModel> {
  const r = parseReference(ref, 'model');
  const backend = openBackend({ ...r, tag: undefined, digest: undefined }, conn);
  const v = await resolve(backend, { tag: r.tag, digest: r.digest });
  const layers = v.manifest.layers.filter((l) => l.mediaType === MEDIA.modelFile);
  const layer = layers.find((l) => l.annotations?.['org.opencontainers.image.title']?.endsWith('.onnx')) ?? layers[0];
  const title = layer?.annotations?.['org.opencontainers.image.title'];
  if (!layer || !title) throw new ServiceError(`model '${ref}': the version holds no model file`);
  const dir = join(cacheDir, hex(v.digest));
  if (!existsSync(join(dir, title))) {
    // Pulled into a fresh folder, then renamed into place: a crash leaves no half-written entry.
    makeDirs(cacheDir);
    const tmp = join(cacheDir, `.pull-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`);
    mkdirSync(tmp);
    try {
      await pull(backend, { digest: v.digest }, tmp, (l) => l.digest === layer.digest && l.annotations?.['org.opencontainers.image.title'] === title);
      if (!existsSync(dir)) renameSync(tmp, dir);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
    if (!readdirSync(dir).includes(title)) throw new ServiceError(`model '${ref}': the cache folder ${dir} exists without ${title}; remove it`);
  }
  // The same repository at the manifest's digest: reloading it (a rollback, another worker) gets
  // this version even after the tag has moved.
  const pinned = `${ref.replace(/@[^/@]*$/, '').replace(/:[^/:@]*$/, '')}@${v.digest}`;
  return { ref, path: join(dir, title), pinned, ...(v.version ? { version: v.version } : {}) };
}

/** Makes `oci-layout://` and `oci://` model references load through the registry. */
export function useRegistry(cacheDir: string = defaultCacheDir(), conn?: Connection): void {
  const fn = (ref: string) => resolveRegistryModel(ref, cacheDir, conn);
  registerResolver('oci-layout', fn);
  registerResolver('oci', fn);
}
