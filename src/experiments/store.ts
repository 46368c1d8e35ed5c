/**
 * Where runs are kept. Two stores, chosen like the registry:
 *
 * - a folder (default `.modelgate/runs/`): one `<id>.json` per run, written to a temp name in the
 *   folder and renamed into place, so parallel writers never touch each other's file, a reader never
 *   sees half a record, and a run killed mid-write leaves only a temp file (swept later);
 * - an OCI registry (`oci://<host>/<repository>`, or `oci-layout://<dir>`): one small artifact per
 *   run (artifactType application/vnd.modelgate.experiment-run.v1, the record as its one layer,
 *   embedded in the manifest's descriptor as `data` so listing reads one manifest per run), tagged
 *   `run-<id>`. Each run is a new tag pushed once: no read-modify-write, nothing for concurrent
 *   matrix jobs to race on; the manifest is pushed only after its blob, so a job cancelled midway
 *   leaves at most an unreferenced blob, never a tag without its record.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DataError } from '../errors.js';
import { writeFileAtomic } from '../lib/files.js';
import type { Backend } from '../registry/backend.js';
import { verifyBytes } from '../registry/layout.js';
import { ANN, EMPTY, MEDIA, describe, jsonBytes, type ImageManifest } from '../registry/oci.js';
import { openBackend, parseReference, type Connection } from '../registry/reference.js';
import { assertRunRecord, RUN_ID, type RunRecord } from './record.js';

export const DEFAULT_RUNS_DIR = '.modelgate/runs';
export const RUN_ARTIFACT = 'application/vnd.modelgate.experiment-run.v1';
export const RUN_MEDIA = 'application/vnd.modelgate.experiment-run.v1+json';
const TAG_PREFIX = 'run-';
/** The folder store's read cache (see FolderRunStore.read). */
const INDEX = '.index.json';

export interface RunStore {
  /** Where: the folder, or the registry reference. */
  readonly location: string;
  put(run: RunRecord): Promise<void>;
  /** Every run, oldest first. */
  list(): Promise<RunRecord[]>;
  /** The newest `n` runs (by id, which sorts by time), oldest first. */
  recent(n: number): Promise<RunRecord[]>;
}

function parseRun(text: string, source: string): RunRecord {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new DataError(`${source}: not JSON (${(e as Error).message})`, source);
  }
  assertRunRecord(value, source);
  return value;
}

const byId = (a: RunRecord, b: RunRecord) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export class FolderRunStore implements RunStore {
  constructor(readonly location: string) {}

  async put(run: RunRecord): Promise<void> {
    assertRunRecord(run, `run ${run.id}`);
    writeFileAtomic(join(this.location, `${run.id}.json`), JSON.stringify(run) + '\n');
  }

  /** The run files' names, sorted (by id, so by time). Temp files of writers in flight (or killed) do not match. */
  private names(): string[] {
    try {
      return readdirSync(this.location)
        .filter((name) => name.endsWith('.json') && RUN_ID.test(name.slice(0, -5)))
        .sort();
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw new DataError(`cannot read the runs folder ${this.location}: ${(e as Error).message}`, this.location);
    }
  }

  /**
   * The records of `names`. A run file never changes once renamed into place, so what was read and
   * validated once is kept in `.index.json` beside them (one file to read instead of thousands);
   * only files not in it are read. The index is a cache, written with temp + rename by readers
   * (never by writers, so a put stays one file); a damaged or foreign index is ignored and rebuilt,
   * and one that cannot be written (a read-only folder) is simply not kept.
   */
  private read(names: string[]): RunRecord[] {
    const indexPath = join(this.location, INDEX);
    let index: Record<string, RunRecord> = {};
    try {
      const doc = JSON.parse(readFileSync(indexPath, 'utf8')) as { kind?: string; version?: number; runs?: Record<string, RunRecord> };
      if (doc.kind === 'modelgate-runs-index' && doc.version === 1 && doc.runs && typeof doc.runs === 'object') index = doc.runs;
    } catch {
      // No index yet, or a damaged one: read the files.
    }
    let added = 0;
    const runs = names.map((name) => {
      const known = index[name];
      if (known && known.id === name.slice(0, -5)) return known;
      const path = join(this.location, name);
      added++;
      return (index[name] = parseRun(readFileSync(path, 'utf8'), path));
    });
    if (added) {
      try {
        writeFileAtomic(indexPath, JSON.stringify({ kind: 'modelgate-runs-index', version: 1, runs: Object.fromEntries(this.names().filter((n) => index[n]).map((n) => [n, index[n]])) }));
      } catch {
        // A cache only.
      }
    }
    return runs;
  }

  async list(): Promise<RunRecord[]> {
    return this.read(this.names());
  }

  /** The newest files read directly (not through the index, which holds every run), asynchronously: a step can start this while it works. */
  async recent(n: number): Promise<RunRecord[]> {
    return Promise.all(
      this.names()
        .slice(-n)
        .map(async (name) => {
          const path = join(this.location, name);
          return parseRun(await readFile(path, 'utf8'), path);
        }),
    );
  }
}

/** Runs of many jobs in an OCI registry: one tagged artifact per run. */
export class RegistryRunStore implements RunStore {
  readonly location: string;
  constructor(private readonly backend: Backend) {
    this.location = backend.location;
  }

  async put(run: RunRecord): Promise<void> {
    assertRunRecord(run, `run ${run.id}`);
    const bytes = jsonBytes(run);
    const layer = { ...describe(RUN_MEDIA, bytes, { [ANN.title]: `${run.id}.json` }), data: bytes.toString('base64') };
    await this.backend.putBlob({ digest: EMPTY.digest, size: EMPTY.size, bytes: Buffer.from('{}') });
    await this.backend.putBlob({ digest: layer.digest, size: layer.size, bytes });
    const manifest: ImageManifest = {
      schemaVersion: 2,
      mediaType: MEDIA.manifest,
      artifactType: RUN_ARTIFACT,
      config: EMPTY,
      layers: [layer],
      annotations: { [ANN.created]: run.createdAt },
    };
    await this.backend.putManifest(jsonBytes(manifest), MEDIA.manifest, TAG_PREFIX + run.id);
  }

  async list(): Promise<RunRecord[]> {
    return this.readTags(await this.tags());
  }

  async recent(n: number): Promise<RunRecord[]> {
    return this.readTags((await this.tags()).slice(-n));
  }

  private async tags(): Promise<string[]> {
    return (await this.backend.listTags()).filter((t) => t.startsWith(TAG_PREFIX) && RUN_ID.test(t.slice(TAG_PREFIX.length))).sort();
  }

  private async readTags(tags: string[]): Promise<RunRecord[]> {
    const runs: RunRecord[] = new Array(tags.length);
    // A few requests in flight: one manifest per run holds the whole record.
    let next = 0;
    const worker = async () => {
      while (next < tags.length) {
        const i = next++;
        runs[i] = await this.read(tags[i]);
      }
    };
    await Promise.all(Array.from({ length: Math.min(8, tags.length) }, worker));
    return runs.sort(byId);
  }

  private async read(tag: string): Promise<RunRecord> {
    const where = `${this.location}:${tag}`;
    const m = await this.backend.getManifest(tag);
    if (!m) throw new DataError(`${where}: the tag went away while listing`, where);
    const manifest = JSON.parse(m.bytes.toString('utf8')) as ImageManifest;
    const layer = manifest.layers?.[0];
    if (manifest.artifactType !== RUN_ARTIFACT || !layer || layer.mediaType !== RUN_MEDIA) throw new DataError(`${where}: not a modelgate experiment run (artifactType ${manifest.artifactType ?? 'none'})`, where);
    const bytes = layer.data ? verifyBytes(Buffer.from(layer.data, 'base64'), layer.digest, where) : await this.backend.getBlob(layer);
    return parseRun(bytes.toString('utf8'), where);
  }
}

/**
 * The store an `experiments` value names: `false` (none), `oci://…` or `oci-layout://…` (a
 * registry repository), or a folder.
 */
export function openRunStore(spec: string | undefined, conn: Connection = envConnection()): RunStore | undefined {
  const s = (spec ?? DEFAULT_RUNS_DIR).trim();
  if (s === 'false' || s === '') return undefined;
  if (/^oci(-layout)?:\/\//.test(s)) {
    const ref = parseReference(s, 'experiments');
    return new RegistryRunStore(openBackend({ ...ref, tag: undefined, digest: undefined }, conn));
  }
  return new FolderRunStore(s);
}

/** Registry credentials from MODELGATE_REGISTRY_USERNAME with _PASSWORD or _TOKEN, as the registry CLI reads them. */
export function envConnection(env: NodeJS.ProcessEnv = process.env): Connection {
  return { credentials: { username: env.MODELGATE_REGISTRY_USERNAME, password: env.MODELGATE_REGISTRY_PASSWORD, token: env.MODELGATE_REGISTRY_TOKEN } };
}
