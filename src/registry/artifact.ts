/**
 * What a model version holds (image-spec 1.1 artifact): one layer per model file titled with its
 * file name, then evaluation.json, train-manifest.json, data-report.json, profile.json, the data
 * schema (schema.yml or schema.json, as given) and model-card.md as layers; a config blob with the lineage summary; standard annotations. Nothing
 * time- or run-dependent goes into the manifest, so the same files give the same digest; when and
 * by which run a version was registered is its history's first event.
 */
import { basename } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { ConfigurationError, DataError } from '../errors.js';
import { assertArtifact } from '../schemas/validate.js';
import { predictionsFile } from '../gates/paired-data.js';
import { loadSchema } from '../data/schema.js';
import { ANN, MEDIA, fileDigest, jsonBytes, describe, type Descriptor, type ImageManifest } from './oci.js';
import type { BlobSource } from './backend.js';

export interface VersionInputs {
  name: string;
  /** Model files, stored unchanged. */
  model: string[];
  evaluation?: string;
  trainManifest?: string;
  dataReport?: string;
  profile?: string;
  /** validate-data's schema file (YAML or JSON), stored unchanged as `schema.yml` / `schema.json`. */
  schema?: string;
  /** The model card (markdown), or a function that renders it from what was read. */
  card?: string | ((read: CardSource) => string);
  /** Lineage from the environment: commit and repository URL. */
  revision?: string;
  source?: string;
}

/** The config blob: a summary other tools can read without pulling the layers. Never credentials. */
export interface ModelConfig {
  kind: 'modelgate-model';
  schemaVersion: 1;
  name: string;
  task?: string;
  rows?: number;
  metrics: Record<string, number | null>;
  data?: { sha256: string };
  files: { title: string; digest: string; size: number }[];
  git?: { commit: string; dirty?: boolean };
  params?: Record<string, unknown>;
  trainManifestKey?: string;
}

/** What buildVersion read, for the model card renderer (which lives in report/). */
export interface CardSource {
  config: ModelConfig;
  evaluation?: unknown;
  trainManifest?: unknown;
}

export interface BuiltVersion {
  manifest: ImageManifest;
  bytes: Buffer;
  config: ModelConfig;
  blobs: BlobSource[];
}

interface Evaluation {
  task: string;
  rows: number;
  data: { sha256: string };
  metrics: Record<string, { value: number | null }>;
}

function readJson(path: string, input: string): { bytes: Buffer; value: Record<string, unknown> } {
  if (!existsSync(path)) throw new ConfigurationError(`input '${input}': file not found: ${path}`);
  const bytes = readFileSync(path);
  try {
    return { bytes, value: JSON.parse(bytes.toString('utf8')) as Record<string, unknown> };
  } catch (e) {
    throw new DataError(`${path}: not JSON: ${(e as Error).message}`, path);
  }
}

export async function buildVersion(inp: VersionInputs): Promise<BuiltVersion> {
  if (!inp.model.length) throw new ConfigurationError(`input 'model' is required: the model file(s) to register`);
  const blobs: BlobSource[] = [];
  const layers: Descriptor[] = [];
  const titles = new Set<string>();
  const addTitle = (t: string, input: string) => {
    if (titles.has(t)) throw new ConfigurationError(`input '${input}': two files are named ${t}; a version stores files by name`);
    titles.add(t);
  };
  const files: ModelConfig['files'] = [];
  for (const path of inp.model) {
    if (!existsSync(path)) throw new ConfigurationError(`input 'model': file not found: ${path}`);
    const title = basename(path);
    addTitle(title, 'model');
    const { digest, size } = await fileDigest(path);
    blobs.push({ digest, size, path });
    layers.push({ mediaType: MEDIA.modelFile, digest, size, annotations: { [ANN.title]: title } });
    files.push({ title, digest, size });
  }
  const config: ModelConfig = { kind: 'modelgate-model', schemaVersion: 1, name: inp.name, metrics: {}, files };
  const read: CardSource = { config };
  const addJson = (bytes: Buffer, mediaType: string, title: string, input: string) => {
    addTitle(title, input);
    const d = describe(mediaType, bytes, { [ANN.title]: title });
    blobs.push({ digest: d.digest, size: d.size, bytes });
    layers.push(d);
  };
  if (inp.evaluation) {
    const { bytes, value } = readJson(inp.evaluation, 'evaluation');
    assertArtifact('evaluation', value, inp.evaluation);
    const ev = value as unknown as Evaluation;
    read.evaluation = value;
    config.task = ev.task;
    config.rows = ev.rows;
    config.data = { sha256: ev.data.sha256 };
    for (const [k, m] of Object.entries(ev.metrics)) config.metrics[k] = m.value;
    addJson(bytes, MEDIA.evaluation, 'evaluation.json', 'evaluation');
    // Its per-row predictions too, when they are there: a later comparison on the same data pairs rows.
    let predictions: string | undefined;
    try {
      predictions = predictionsFile(value as never, inp.evaluation);
    } catch {
      predictions = undefined;
    }
    if (predictions) {
      const { digest, size } = await fileDigest(predictions);
      const title = basename(predictions);
      addTitle(title, 'evaluation');
      blobs.push({ digest, size, path: predictions });
      layers.push({ mediaType: MEDIA.predictions, digest, size, annotations: { [ANN.title]: title } });
    }
  }
  if (inp.trainManifest) {
    const { bytes, value } = readJson(inp.trainManifest, 'train-manifest');
    if (value.kind !== 'train-manifest' || typeof value.key !== 'string') throw new DataError(`${inp.trainManifest}: not a train-manifest.json (kind train-manifest with a key)`, inp.trainManifest);
    config.trainManifestKey = value.key;
    read.trainManifest = value;
    const params = value.params as { values?: Record<string, unknown> } | null;
    if (params?.values) config.params = params.values;
    const git = value.git as { commit: string; dirty: boolean } | null;
    if (git) config.git = { commit: git.commit, dirty: git.dirty };
    addJson(bytes, MEDIA.trainManifest, 'train-manifest.json', 'train-manifest');
  }
  if (inp.dataReport) {
    const { bytes, value } = readJson(inp.dataReport, 'data-report');
    assertArtifact('data-report', value, inp.dataReport);
    addJson(bytes, MEDIA.dataReport, 'data-report.json', 'data-report');
  }
  if (inp.profile) {
    const { bytes, value } = readJson(inp.profile, 'profile');
    assertArtifact('profile', value, inp.profile);
    addJson(bytes, MEDIA.profile, 'profile.json', 'profile');
  }
  if (inp.schema) {
    if (!existsSync(inp.schema)) throw new ConfigurationError(`input 'schema': file not found: ${inp.schema}`);
    const bytes = readFileSync(inp.schema);
    // Checked the way validate-data loads it, so a version never stores a schema monitor cannot use.
    loadSchema(inp.schema);
    addJson(bytes, MEDIA.schema, /\.ya?ml$/i.test(inp.schema) ? 'schema.yml' : 'schema.json', 'schema');
  }
  if (!config.git && inp.revision) config.git = { commit: inp.revision };
  if (inp.card) addJson(Buffer.from(typeof inp.card === 'string' ? inp.card : inp.card(read)), MEDIA.card, 'model-card.md', 'card');

  const configBytes = jsonBytes(config);
  const configDesc = describe(MEDIA.modelConfig, configBytes);
  blobs.push({ digest: configDesc.digest, size: configDesc.size, bytes: configBytes });
  const annotations: Record<string, string> = { [ANN.title]: inp.name, [ANN.description]: `modelgate model ${inp.name}` };
  const revision = config.git?.commit ?? inp.revision;
  if (revision) annotations[ANN.revision] = revision;
  if (inp.source) annotations[ANN.source] = inp.source;
  const manifest: ImageManifest = { schemaVersion: 2, mediaType: MEDIA.manifest, artifactType: MEDIA.model, config: configDesc, layers, annotations };
  return { manifest, bytes: jsonBytes(manifest), config, blobs };
}
