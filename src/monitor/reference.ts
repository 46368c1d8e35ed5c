/**
 * What the registry stores for the monitored version: its training profile (required), the data
 * schema (when registered with one), evaluation.json and its per-row predictions. Pulled, every
 * digest verified, into a fresh temp folder.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataError } from '../errors.js';
import { loadProfile } from '../data/validate.js';
import type { Profile } from '../data/profile.js';
import { labelKey } from '../data/schema.js';
import { cellNumber, parseCsv } from '../gates/paired-data.js';
import type { Evaluation } from '../model/evaluate.js';
import { assertArtifact } from '../schemas/validate.js';
import { readFileSync } from 'node:fs';
import type { Backend } from '../registry/backend.js';
import { MEDIA } from '../registry/oci.js';
import { openBackend, parseReference, type Connection } from '../registry/reference.js';
import { pull, type ResolvedVersion } from '../registry/versions.js';

/** Permutation importance of evaluation.json (evaluate-model's `importance`), where present. */
export interface Importance {
  method: string;
  features: { name: string; mean: number; std?: number; low?: number; high?: number }[];
}

export type RegisteredEvaluation = Evaluation & { importance?: Importance };

/** Per-row results of an evaluation, as monitor compares them with a window's. */
export interface EvaluatedRows {
  task: Evaluation['task'];
  classes: string[];
  /** Binary: 1 for the positive class; multiclass: class index; regression: target. */
  y: Float64Array;
  /** Binary: positive-class probability; regression: prediction. */
  score: Float64Array;
  /** Multiclass: probabilities, K per row. */
  proba: Float64Array;
  /** The predicted class per row (classification). */
  predicted: string[];
}

export interface RegisteredVersion {
  reference: string;
  backend: Backend;
  at: { tag?: string; digest?: string };
  resolved: ResolvedVersion;
  profile: Profile;
  schemaFile?: string;
  evaluation?: RegisteredEvaluation;
  /** The evaluation's rows, when its predictions file is stored with it. */
  rows?: EvaluatedRows;
}

/** Opens the registry a reference names and pulls what monitor needs of the version. */
export async function loadRegistered(model: string, conn: Connection): Promise<RegisteredVersion> {
  const r = parseReference(model, 'model');
  const backend = openBackend({ ...r, tag: undefined, digest: undefined }, conn);
  const at = { tag: r.tag ?? (r.digest ? undefined : 'latest'), digest: r.digest };
  const dir = mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), 'modelgate-monitor-'));
  const wanted = new Set<string>([MEDIA.profile, MEDIA.schema, MEDIA.evaluation, MEDIA.predictions]);
  const { version, files } = await pull(backend, at, dir, (l) => wanted.has(l.mediaType));
  const titled = (media: string) => version.manifest.layers.filter((l) => l.mediaType === media).map((l) => files[l.annotations?.['org.opencontainers.image.title'] ?? ''])[0];
  const profilePath = titled(MEDIA.profile);
  if (!profilePath) throw new DataError(`input 'model': ${model} (${version.version ?? version.digest}) holds no profile.json; register the version with its training profile (register's 'profile' input), which monitor tests production data against`);
  const out: RegisteredVersion = { reference: model, backend, at, resolved: version, profile: loadProfile(profilePath), schemaFile: titled(MEDIA.schema) };
  const evPath = titled(MEDIA.evaluation);
  if (evPath) {
    const ev = JSON.parse(readFileSync(evPath, 'utf8')) as RegisteredEvaluation;
    assertArtifact('evaluation', ev, `${model}: evaluation.json`);
    out.evaluation = ev;
    const pred = titled(MEDIA.predictions);
    if (pred) out.rows = readEvaluatedRows(ev, pred);
  }
  return out;
}

/** The per-row file evaluate-model writes (row, label, score | prediction, p_<class>...), checked cell by cell. */
export function readEvaluatedRows(ev: Evaluation, file: string): EvaluatedRows {
  const p = parseCsv(file);
  const col = (name: string) => {
    const i = p.header.indexOf(name);
    if (i < 0) throw new DataError(`${file}: no '${name}' column (header: ${p.header.join(', ')})`, file);
    return i;
  };
  const n = p.rows.length;
  const classes = ev.classes ?? [];
  const keys = classes.map((k) => labelKey(k) ?? k);
  const y = new Float64Array(n);
  const score = new Float64Array(ev.task === 'multiclass' ? 0 : n);
  const proba = new Float64Array(ev.task === 'multiclass' ? n * classes.length : 0);
  const predicted: string[] = [];
  const label = col('label');
  const classIndex = (v: string, i: number) => {
    const k = keys.indexOf(v) >= 0 ? keys.indexOf(v) : classes.indexOf(v);
    if (k < 0) throw new DataError(`${file}:${p.lines[i]}: '${v.slice(0, 40)}' is not one of the evaluation's classes`, file, p.lines[i]);
    return k;
  };
  if (ev.task === 'regression') {
    const pr = col('prediction');
    for (let i = 0; i < n; i++) {
      y[i] = cellNumber(p, i, label, file, 'label', false);
      score[i] = cellNumber(p, i, pr, file, 'prediction', false);
    }
  } else if (ev.task === 'binary') {
    const s = col('score');
    const pr = col('prediction');
    const pos = ev.positiveLabel;
    for (let i = 0; i < n; i++) {
      classIndex(p.rows[i][label], i);
      y[i] = p.rows[i][label] === pos ? 1 : 0;
      score[i] = cellNumber(p, i, s, file, 'score', true);
      predicted.push(keys[classIndex(p.rows[i][pr], i)]);
    }
  } else {
    const pr = col('prediction');
    const pc = classes.map((k) => col(`p_${k}`));
    const K = classes.length;
    for (let i = 0; i < n; i++) {
      y[i] = classIndex(p.rows[i][label], i);
      predicted.push(keys[classIndex(p.rows[i][pr], i)]);
      for (let j = 0; j < K; j++) proba[i * K + j] = cellNumber(p, i, pc[j], file, `p_${classes[j]}`, true);
    }
  }
  return { task: ev.task, classes, y, score, proba, predicted };
}
