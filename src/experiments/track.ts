/**
 * Records from what the steps already produce: a train manifest, an evaluation. The adapters call
 * `recordTrain` / `recordEvaluation` after the step's own artifacts are written; a store that fails
 * is a warning, never a failed step (tracking is a record of the work, not the work).
 */
import { resolve } from 'node:path';
import type { Logger } from '../lib/logger.js';
import type { Evaluation } from '../model/evaluate.js';
import type { TrainManifest } from '../train/manifest.js';
import { runContext, type RunContext } from './context.js';
import { flattenForRun, newRunId, type RunMetric, type RunRecord } from './record.js';
import type { RunStore } from './store.js';

export interface TrackOptions {
  store: RunStore | undefined;
  /** The sweep this run belongs to, when it is a variant. */
  sweep?: RunRecord['sweep'];
  context?: RunContext;
}

/** A train manifest's params as run params: the built-in settings unprefixed, a params file's values as they are. */
export function runParams(manifest: Pick<TrainManifest, 'params'>): Record<string, RunRecord['params'][string]> {
  const values = { ...(manifest.params?.values ?? {}) } as Record<string, unknown>;
  const builtin = values.builtin;
  delete values.builtin;
  const out = flattenForRun(values);
  if (builtin && typeof builtin === 'object') {
    const b = { ...(builtin as Record<string, unknown>) };
    // Lineage fields, not settings: the data digest has its own column.
    delete b.data;
    delete b.rows;
    Object.assign(out, flattenForRun(b));
  }
  return out;
}

export function trainRecord(manifest: TrainManifest, ctx: RunContext, sweep: RunRecord['sweep'] = null): RunRecord {
  const builtin = manifest.params?.values.builtin as { data?: { sha256?: string }; rows?: { train?: number } } | undefined;
  const model = manifest.outputs.find((o) => o.path.endsWith('.onnx')) ?? manifest.outputs[0];
  const metrics: Record<string, RunMetric> = {};
  for (const [k, v] of Object.entries(manifest.metrics?.values ?? {})) metrics[k] = { value: v, ci: null };
  return {
    kind: 'experiment-run',
    schemaVersion: 1,
    id: newRunId(new Date(manifest.startedAt)),
    source: 'train',
    createdAt: manifest.startedAt,
    durationMs: manifest.durationMs,
    git: ctx.git,
    pullRequest: ctx.pullRequest,
    runUrl: ctx.runUrl,
    params: runParams(manifest),
    metrics,
    confidence: null,
    data: builtin?.data?.sha256 ? { sha256: builtin.data.sha256, rows: builtin.rows?.train ?? null } : null,
    model: model ? { sha256: model.sha256 } : null,
    evaluation: null,
    predictions: null,
    cacheHit: manifest.cacheHit,
    key: manifest.key,
    sweep,
    trainRun: null,
  };
}

export function evaluationRecord(ev: Evaluation, paths: { evaluation: string; predictions?: string | null }, startedAt: Date, durationMs: number, ctx: RunContext, train?: RunRecord, sweep: RunRecord['sweep'] = null): RunRecord {
  const metrics: Record<string, RunMetric> = {};
  for (const [k, m] of Object.entries(ev.metrics)) {
    if (!m) continue;
    metrics[k] = { value: m.value, ci: m.ci ? [m.ci[0], m.ci[1]] : null };
  }
  return {
    kind: 'experiment-run',
    schemaVersion: 1,
    id: newRunId(startedAt),
    source: 'evaluate-model',
    createdAt: startedAt.toISOString(),
    durationMs,
    git: ctx.git,
    pullRequest: ctx.pullRequest,
    runUrl: ctx.runUrl,
    params: train ? { ...train.params } : {},
    metrics,
    confidence: ev.confidence,
    data: { sha256: ev.data.sha256, rows: ev.rows },
    model: { sha256: ev.model.sha256 },
    evaluation: resolve(paths.evaluation),
    predictions: paths.predictions ? resolve(paths.predictions) : null,
    cacheHit: null,
    key: null,
    sweep,
    trainRun: train?.id ?? null,
  };
}

/** Stores a run; a failure is a warning naming the store. Returns the run stored, if it was. */
export async function storeRun(store: RunStore | undefined, run: RunRecord, log: Logger): Promise<RunRecord | undefined> {
  if (!store) return undefined;
  try {
    await store.put(run);
    log.info(`experiment run ${run.id} recorded in ${store.location}`);
    return run;
  } catch (e) {
    log.warning(`experiment run not recorded in ${store.location}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    return undefined;
  }
}

/** How far back an evaluation looks for the train run of its model. */
export const RECENT = 200;

/**
 * The newest train run among `recent` (the store's last 200, read while the step worked) that
 * produced the model with this digest. A store that cannot be read is a warning.
 */
export async function trainRunOf(recent: Promise<RunRecord[]> | undefined, modelSha256: string, where: string, log: Logger): Promise<RunRecord | undefined> {
  if (!recent) return undefined;
  try {
    const runs = await recent;
    for (let i = runs.length - 1; i >= 0; i--) if (runs[i].source === 'train' && runs[i].model?.sha256 === modelSha256) return runs[i];
  } catch (e) {
    log.warning(`experiment runs of ${where} not read: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  }
  return undefined;
}

export { runContext };
