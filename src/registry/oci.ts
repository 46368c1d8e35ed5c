/**
 * OCI image-spec 1.1 shapes and digests: descriptors, image manifests, image indexes, the media
 * types modelgate uses, and sha256 over bytes and over files (streamed, never a whole file in memory).
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

export const MEDIA = {
  manifest: 'application/vnd.oci.image.manifest.v1+json',
  index: 'application/vnd.oci.image.index.v1+json',
  empty: 'application/vnd.oci.empty.v1+json',
  /** artifactType of a model version. */
  model: 'application/vnd.modelgate.model.v1',
  modelConfig: 'application/vnd.modelgate.model.config.v1+json',
  /** A model file, stored unchanged (ORAS pulls it under its title). */
  modelFile: 'application/vnd.modelgate.model.file.v1',
  evaluation: 'application/vnd.modelgate.evaluation.v1+json',
  /** deploy's deployment.json, the layer of a deployment event. */
  deployment: 'application/vnd.modelgate.deployment.v1+json',
  /** The evaluation's per-row predictions (what paired comparisons read). */
  predictions: 'application/vnd.modelgate.predictions.v1+csv',
  trainManifest: 'application/vnd.modelgate.train-manifest.v1+json',
  dataReport: 'application/vnd.modelgate.data-report.v1+json',
  profile: 'application/vnd.modelgate.profile.v1+json',
  /** The data schema of validate-data (YAML or JSON, stored as given): what monitor checks production rows against. */
  schema: 'application/vnd.modelgate.schema.v1',
  /** monitor's monitor-report.json, the layer of a monitor event. */
  monitorReport: 'application/vnd.modelgate.monitor-report.v1+json',
  card: 'text/markdown',
  /** artifactType of a history event (status, alias move, evaluation) whose subject is a version. */
  event: 'application/vnd.modelgate.event.v1+json',
  /** artifactType of the lock tags' manifest (see lock.ts). */
  lock: 'application/vnd.modelgate.lock.v1',
} as const;

export const ANN = {
  title: 'org.opencontainers.image.title',
  created: 'org.opencontainers.image.created',
  version: 'org.opencontainers.image.version',
  revision: 'org.opencontainers.image.revision',
  source: 'org.opencontainers.image.source',
  description: 'org.opencontainers.image.description',
  refName: 'org.opencontainers.image.ref.name',
} as const;

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  artifactType?: string;
  annotations?: Record<string, string>;
  data?: string;
}

export interface ImageManifest {
  schemaVersion: 2;
  mediaType: typeof MEDIA.manifest;
  artifactType?: string;
  config: Descriptor;
  layers: Descriptor[];
  subject?: Descriptor;
  annotations?: Record<string, string>;
}

export interface ImageIndex {
  schemaVersion: 2;
  mediaType: typeof MEDIA.index;
  manifests: Descriptor[];
  annotations?: Record<string, string>;
}

/** The empty JSON blob `{}` of image-spec 1.1, used as the config of artifacts that need none. */
export const EMPTY_BYTES = Buffer.from('{}');
export const EMPTY: Descriptor = { mediaType: MEDIA.empty, digest: sha256(EMPTY_BYTES), size: 2, data: EMPTY_BYTES.toString('base64') };

const DIGEST = /^sha256:[a-f0-9]{64}$/;
/** Tag grammar of the distribution spec. */
const TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;

export function isDigest(s: string): boolean {
  return DIGEST.test(s);
}

export function isTag(s: string): boolean {
  return TAG.test(s);
}

export function sha256(bytes: Uint8Array | string): string {
  return 'sha256:' + createHash('sha256').update(bytes).digest('hex');
}

export function hex(digest: string): string {
  return digest.slice('sha256:'.length);
}

/** sha256 and size of a file, streamed. */
export async function fileDigest(path: string): Promise<{ digest: string; size: number }> {
  const h = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    h.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { digest: 'sha256:' + h.digest('hex'), size };
}

/**
 * Canonical bytes of a manifest or any JSON document we store: JSON.stringify with keys in the
 * order the object was built, no whitespace. The same inputs build the same object, so the same bytes.
 */
export function jsonBytes(value: unknown): Buffer {
  return Buffer.from(JSON.stringify(value));
}

/** The descriptor of bytes we are about to store. */
export function describe(mediaType: string, bytes: Uint8Array, annotations?: Record<string, string>): Descriptor {
  return { mediaType, digest: sha256(bytes), size: bytes.length, ...(annotations ? { annotations } : {}) };
}
