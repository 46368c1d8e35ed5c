/**
 * `modelgate exp diff <a> <b>`: what changed from run a to run b. Params: added, removed, changed.
 * Metrics: b − a with an interval. When both runs are evaluations of the same rows (same data
 * digest and row count, both predictions files still there) the comparison is paired, with
 * compare-to-baseline's own tests (McNemar for accuracy, DeLong for ROC AUC, paired bootstrap or t
 * for the rest: src/gates/paired-metrics.ts). Otherwise it is unpaired — a normal approximation
 * from the two runs' own intervals — and the result says why.
 */
import { existsSync } from 'node:fs';
import { ConfigurationError } from '../errors.js';
import { loadPaired } from '../gates/paired-data.js';
import { pairedEstimate } from '../gates/paired-metrics.js';
import { loadEvaluation } from '../gates/run.js';
import { DIRECTION } from '../gates/spec.js';
import { normalQuantile, normalSf } from '../stats/distributions.js';
import type { ParamScalar, RunRecord } from './record.js';

export interface ParamDiff {
  key: string;
  change: 'added' | 'removed' | 'modified';
  a: ParamScalar | undefined;
  b: ParamScalar | undefined;
}

export interface MetricDiff {
  metric: string;
  a: number | null;
  b: number | null;
  /** b − a. */
  delta: number | null;
  ci: [number, number] | null;
  /** The paired test, or `unpaired normal approximation`. */
  test: string | null;
  /** Two-sided p-value of "no difference", where the test gives one. */
  pValue: number | null;
}

export interface RunDiff {
  a: string;
  b: string;
  paired: boolean;
  /** Why the comparison is unpaired (when it is). */
  unpairedReason: string | null;
  confidence: number;
  params: ParamDiff[];
  metrics: MetricDiff[];
}

/** A run by its id or a unique prefix of it. */
export function findRun(runs: readonly RunRecord[], id: string): RunRecord {
  const exact = runs.find((r) => r.id === id);
  if (exact) return exact;
  const hits = runs.filter((r) => r.id.startsWith(id));
  if (hits.length === 1) return hits[0];
  if (hits.length === 0) throw new ConfigurationError(`no run '${id}' in the store (modelgate exp show lists them)`);
  throw new ConfigurationError(`'${id}' names ${hits.length} runs (${hits.slice(0, 3).map((r) => r.id).join(', ')}…); give more of the id`);
}

export function diffRunParams(a: RunRecord, b: RunRecord): ParamDiff[] {
  const out: ParamDiff[] = [];
  const keys = [...new Set([...Object.keys(a.params), ...Object.keys(b.params)])];
  for (const key of keys) {
    const inA = key in a.params;
    const inB = key in b.params;
    if (inA && inB && JSON.stringify(a.params[key]) === JSON.stringify(b.params[key])) continue;
    out.push({ key, change: !inA ? 'added' : !inB ? 'removed' : 'modified', a: a.params[key], b: b.params[key] });
  }
  return out;
}

/** Why two runs cannot be compared row by row, or null when they can. */
export function whyUnpaired(a: RunRecord, b: RunRecord): string | null {
  if (a.source !== 'evaluate-model' || b.source !== 'evaluate-model') return 'only evaluations record per-row predictions (a train run has none)';
  if (!a.data || !b.data || a.data.sha256 !== b.data.sha256) return `the runs evaluated different data (sha256 ${a.data?.sha256.slice(0, 12) ?? '?'}… and ${b.data?.sha256.slice(0, 12) ?? '?'}…)`;
  if (a.data.rows !== b.data.rows) return `the runs evaluated ${a.data.rows} and ${b.data.rows} rows`;
  for (const r of [a, b]) {
    if (!r.evaluation || !existsSync(r.evaluation)) return r.evaluation ? `run ${r.id}'s evaluation ${r.evaluation} is not on this machine` : `run ${r.id} recorded no evaluation file`;
    if (!r.predictions || !existsSync(r.predictions)) return r.predictions ? `run ${r.id}'s predictions file ${r.predictions} is not on this machine` : `run ${r.id} recorded no predictions file`;
  }
  return null;
}

function unpaired(metric: string, a: RunRecord, b: RunRecord, confidence: number): MetricDiff {
  const ma = a.metrics[metric];
  const mb = b.metrics[metric];
  const va = ma?.value ?? null;
  const vb = mb?.value ?? null;
  const delta = va !== null && vb !== null ? vb - va : null;
  let ci: [number, number] | null = null;
  let pValue: number | null = null;
  const ca = a.confidence;
  const cb = b.confidence;
  if (delta !== null && ma?.ci && mb?.ci && ca && cb) {
    // Each run's standard error from its own interval (normal approximation), then the difference of independent estimates.
    const se = Math.hypot((ma.ci[1] - ma.ci[0]) / (2 * normalQuantile(1 - (1 - ca) / 2)), (mb.ci[1] - mb.ci[0]) / (2 * normalQuantile(1 - (1 - cb) / 2)));
    const z = normalQuantile(1 - (1 - confidence) / 2);
    ci = [delta - z * se, delta + z * se];
    if (se > 0) {
      const zz = Math.abs(delta) / se;
      pValue = Math.min(1, 2 * normalSf(zz));
    }
  }
  return { metric, a: va, b: vb, delta, ci, test: ci ? 'unpaired normal approximation' : null, pValue };
}

export interface DiffOptions {
  confidence?: number;
  resamples?: number;
  seed?: number;
}

/** The diff of run a -> run b. */
export function diffRuns(a: RunRecord, b: RunRecord, opts: DiffOptions = {}): RunDiff {
  const confidence = opts.confidence ?? b.confidence ?? a.confidence ?? 0.95;
  const names = [...new Set([...Object.keys(a.metrics), ...Object.keys(b.metrics)])];
  const reason = whyUnpaired(a, b);
  const base = { a: a.id, b: b.id, confidence, params: diffRunParams(a, b) };
  if (reason) return { ...base, paired: false, unpairedReason: reason, metrics: names.map((m) => unpaired(m, a, b, confidence)) };
  const evA = loadEvaluation(a.evaluation!, `run ${a.id}`);
  const evB = loadEvaluation(b.evaluation!, `run ${b.id}`);
  const rows = loadPaired({ ...evB, predictions: b.predictions }, b.evaluation!, { ...evA, predictions: a.predictions }, a.evaluation!);
  const metrics = names.map((metric): MetricDiff => {
    const est = pairedEstimate(metric, rows, { direction: DIRECTION[metric] ?? 1, threshold: evB.threshold ?? 0.5, confidence, resamples: opts.resamples ?? 2000, seed: opts.seed ?? 0 });
    if (!est) return unpaired(metric, a, b, confidence);
    // Two-sided p of "no difference": twice the smaller one-sided p at margin 0.
    const p = Math.min(1, 2 * Math.min(est.pRegression(0), est.pNonInferior(0)));
    return { metric, a: est.baseline, b: est.candidate, delta: est.delta, ci: est.ci, test: est.test, pValue: Number.isFinite(p) ? p : null };
  });
  return { ...base, paired: true, unpairedReason: null, metrics };
}
