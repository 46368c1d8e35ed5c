/**
 * Registry references where other actions take a file: evaluate-model's `model` and
 * compare-to-baseline's `baseline` may be `oci-layout://…` or `oci://…` references. The version's
 * layers are pulled (every digest verified) into a fresh temp folder and the local path is used.
 * Credentials come from MODELGATE_REGISTRY_USERNAME / _PASSWORD / _TOKEN.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataError } from '../errors.js';
import { MEDIA } from './oci.js';
import { openBackend, parseReference, type Connection } from './reference.js';
import { listVersions, pull, type ResolvedVersion, type VersionSummary } from './versions.js';

export const isRegistryReference = (s: string | undefined): s is string => !!s && /^(oci|oci-layout):\/\//.test(s);

export function connectionFromEnv(env: NodeJS.ProcessEnv = process.env): Connection {
  return {
    credentials: { username: env.MODELGATE_REGISTRY_USERNAME, password: env.MODELGATE_REGISTRY_PASSWORD, token: env.MODELGATE_REGISTRY_TOKEN },
    insecure: env.MODELGATE_REGISTRY_INSECURE === 'true',
  };
}

export interface PulledVersion {
  dir: string;
  files: Record<string, string>;
  version: ResolvedVersion;
  /** The first model file (an .onnx one when there is one). */
  model?: string;
  evaluation?: string;
}

/** Pulls a version (model files, and evaluation.json with its predictions) into a new temp folder. */
export async function pullVersion(ref: string, input: string, opts: { withModel: boolean; withEvaluation: boolean; conn?: Connection }): Promise<PulledVersion> {
  const r = parseReference(ref, input);
  const backend = openBackend({ ...r, tag: undefined, digest: undefined }, opts.conn ?? connectionFromEnv());
  const dir = mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), 'modelgate-pull-'));
  const wanted = new Set<string>([...(opts.withModel ? [MEDIA.modelFile] : []), ...(opts.withEvaluation ? [MEDIA.evaluation, MEDIA.predictions] : [])]);
  const { version, files } = await pull(backend, { tag: r.tag, digest: r.digest }, dir, (l) => wanted.has(l.mediaType));
  const modelTitles = version.manifest.layers.filter((l) => l.mediaType === MEDIA.modelFile).map((l) => l.annotations?.['org.opencontainers.image.title'] ?? '');
  const model = modelTitles.find((t) => t.endsWith('.onnx')) ?? modelTitles[0];
  const out: PulledVersion = { dir, files, version, model: model ? files[model] : undefined, evaluation: files['evaluation.json'] };
  if (opts.withModel && !out.model) throw new DataError(`input '${input}': ${ref} holds no model file`);
  return out;
}

/** The last `last` versions of the model a reference names (its tag or digest ignored). */
export async function recentVersions(ref: string, last: number, conn?: Connection): Promise<VersionSummary[]> {
  const r = parseReference(ref);
  return listVersions(openBackend({ ...r, tag: undefined, digest: undefined }, conn ?? connectionFromEnv()), { last });
}
