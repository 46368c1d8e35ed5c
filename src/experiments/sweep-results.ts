/**
 * The files a sweep leaves: one result.json per variant (what a matrix job uploads) and sweep.json
 * (the ranking and the choice). A result read back may come from another job's artifact: its shape
 * is checked and it must belong to this sweep.
 */
import { readFileSync } from 'node:fs';
import { DataError } from '../errors.js';
import { writeJsonAtomic } from '../lib/files.js';
import { rankVariants, type SweepSpec, type Variant, type VariantScore } from './sweep.js';

export interface VariantResult extends VariantScore {
  kind: 'sweep-variant-result';
  schemaVersion: 1;
  sweep: string;
  metric: string;
  confidence: number;
  rows: number;
  cacheHit: boolean;
  model: { sha256: string };
  /** Experiment runs recorded for this variant (train, validation evaluation). */
  runs: { train: string | null; evaluation: string | null };
}

export interface SweepReport {
  kind: 'sweep-report';
  schemaVersion: 1;
  id: string;
  method: SweepSpec['method'];
  budget: number;
  seed: number;
  metric: string;
  goal: SweepSpec['goal'];
  /** Variants planned, and those with a result (ranked on validation, best first). */
  planned: number;
  ranking: VariantResult[];
  /** Planned variants without a result (a failed or cancelled job). */
  missing: string[];
  winner: VariantResult;
}

const isNum = (x: unknown) => typeof x === 'number' && Number.isFinite(x);

/** Reads a variant's result.json and checks it belongs to sweep `id` and names a planned variant. */
export function readVariantResult(path: string, id: string, planned: readonly Variant[]): VariantResult {
  let v: Partial<VariantResult>;
  try {
    v = JSON.parse(readFileSync(path, 'utf8')) as Partial<VariantResult>;
  } catch (e) {
    throw new DataError(`${path}: not a readable sweep result (${(e as Error).message.split('\n')[0]})`, path);
  }
  const ok =
    v &&
    v.kind === 'sweep-variant-result' &&
    v.schemaVersion === 1 &&
    typeof v.variant === 'string' &&
    typeof v.metric === 'string' &&
    (v.value === null || isNum(v.value)) &&
    (v.ci === null || (Array.isArray(v.ci) && v.ci.length === 2 && v.ci.every(isNum))) &&
    typeof v.model?.sha256 === 'string';
  if (!ok) throw new DataError(`${path}: not a sweep-variant-result (schemaVersion 1)`, path);
  if (v.sweep !== id) throw new DataError(`${path}: a result of sweep ${String(v.sweep)}, not of this sweep (${id}); the plan or the training config changed since`, path);
  const plan = planned.find((p) => p.name === v.variant);
  if (!plan || JSON.stringify(plan.values) !== JSON.stringify(v.values)) throw new DataError(`${path}: variant ${String(v.variant)} is not in this sweep's plan with those values`, path);
  return v as VariantResult;
}

export function writeVariantResult(path: string, r: VariantResult): void {
  writeJsonAtomic(path, r);
}

/** Ranks the results and names the winner; an error when no variant has a score. */
export function sweepReport(spec: SweepSpec, id: string, planned: readonly Variant[], results: readonly VariantResult[]): SweepReport {
  const byName = new Map(results.map((r) => [r.variant, r]));
  const present = planned.filter((p) => byName.has(p.name)).map((p) => byName.get(p.name)!);
  const ranking = rankVariants(present, spec.goal);
  const winner = ranking[0];
  if (!winner || winner.value === null) throw new DataError(`sweep ${id}: no variant has a ${spec.metric} on the validation split (${present.length} of ${planned.length} results found)`);
  return {
    kind: 'sweep-report',
    schemaVersion: 1,
    id,
    method: spec.method,
    budget: spec.budget,
    seed: spec.seed,
    metric: spec.metric,
    goal: spec.goal,
    planned: planned.length,
    ranking,
    missing: planned.filter((p) => !byName.has(p.name)).map((p) => p.name),
    winner,
  };
}

export function readSweepReport(path: string): SweepReport {
  let v: Partial<SweepReport>;
  try {
    v = JSON.parse(readFileSync(path, 'utf8')) as Partial<SweepReport>;
  } catch (e) {
    throw new DataError(`${path}: not a readable sweep report (${(e as Error).message.split('\n')[0]})`, path);
  }
  if (v?.kind !== 'sweep-report' || v.schemaVersion !== 1 || !Array.isArray(v.ranking) || !v.winner || typeof v.metric !== 'string') throw new DataError(`${path}: not a sweep-report (schemaVersion 1)`, path);
  return v as SweepReport;
}
