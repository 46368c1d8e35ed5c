/**
 * One experiment run: what a `train` or `evaluate-model` step did, in one small JSON record
 * (schema: src/schemas/experiment-run.schema.json) that `modelgate exp show` lists and `exp diff`
 * compares. Params are flattened to dotted keys (`builtin.C`, `model.depth`), so a filter names them
 * as `params.C` and a table has one column per key.
 */
import { randomBytes } from 'node:crypto';
import type { ValidateFunction } from 'ajv';
import { DataError } from '../errors.js';
import { compileOwnSchema } from '../schemas/validate.js';
import schema from '../schemas/experiment-run.schema.json' with { type: 'json' };

export type ParamScalar = string | number | boolean | null;

export interface RunMetric {
  value: number | null;
  /** The interval evaluate-model reports at `confidence`; null when the step has none (train metrics). */
  ci: [number, number] | null;
}

export interface RunRecord {
  kind: 'experiment-run';
  schemaVersion: 1;
  /** Sortable by time: `20261206T062531123Z-<8 hex>` (UTC to the millisecond, then random). */
  id: string;
  source: 'train' | 'evaluate-model';
  createdAt: string;
  durationMs: number;
  git: { commit: string; branch: string | null; dirty: boolean } | null;
  pullRequest: number | null;
  /** GitHub run URL when recorded in Actions. */
  runUrl: string | null;
  /** Flattened params: the params file's values, or the built-in trainer's settings (`builtin.*` unprefixed). */
  params: Record<string, ParamScalar>;
  metrics: Record<string, RunMetric>;
  /** The confidence of the intervals (evaluate-model), else null. */
  confidence: number | null;
  data: { sha256: string; rows: number | null } | null;
  model: { sha256: string } | null;
  /** evaluate-model: absolute paths of evaluation.json and the per-row predictions (for paired `exp diff`). */
  evaluation: string | null;
  predictions: string | null;
  cacheHit: boolean | null;
  /** train: the cache key. */
  key: string | null;
  /** When the run is a variant of a sweep: which sweep, which variant, which split it was scored on. */
  sweep: { id: string; variant: string; split: 'validation' | 'test'; chosen?: boolean } | null;
  /** The train run whose model an evaluation scored (same model digest), when known. */
  trainRun: string | null;
}

/** A new run id: UTC time to the millisecond, then 8 random hex digits; ids sort by time. */
export function newRunId(now = new Date()): string {
  const t = now.toISOString().replace(/[-:.]/g, '');
  return `${t}-${randomBytes(4).toString('hex')}`;
}

export const RUN_ID = /^\d{8}T\d{9}Z-[0-9a-f]{8}$/;

/** Nested params as dotted keys; arrays become their JSON text (one cell in a table). */
export function flattenForRun(value: unknown, prefix = '', out: Record<string, ParamScalar> = {}): Record<string, ParamScalar> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) flattenForRun(v, prefix ? `${prefix}.${k}` : k, out);
  } else if (Array.isArray(value)) out[prefix] = JSON.stringify(value);
  else if (value === undefined) out[prefix] = null;
  else out[prefix] = value as ParamScalar;
  return out;
}

let validate: ValidateFunction | undefined;

/** Checks a record against its schema; `source` (a file or a registry tag) is named in the error. */
export function assertRunRecord(value: unknown, source: string): asserts value is RunRecord {
  validate ??= compileOwnSchema(schema);
  if (!validate(value)) {
    const e = validate.errors![0];
    throw new DataError(`${source}: not a valid experiment run (schemaVersion 1): ${e.instancePath || '/'} ${e.message}`, source);
  }
}
