/** The training section of the PR comment: cache hit and the params diff against the baseline's manifest. */
import { diffManifestParams, readTrainManifest } from '../train/manifest.js';
import type { CommentContext } from '../gates/run.js';
import { readFileSync } from 'node:fs';
import { leakageWarning, type TimeRange } from '../data/time-split.js';

/**
 * The leakage check of a time split: the candidate's evaluation rows (evaluation.json `timeRange`)
 * against its training rows (the manifest's `params.values.builtin.time-range`). Null when either
 * has no time range or the evaluation rows all come after the training rows.
 */
export function leakageSection(manifestPath: string, evaluationPath: string): string | null {
  const builtin = readTrainManifest(manifestPath).params?.values?.builtin as { 'split-by'?: string; 'time-range'?: { min: string | null; max: string | null } } | undefined;
  const trained = builtin?.['time-range'] && builtin['split-by'] ? { column: builtin['split-by'], ...builtin['time-range'] } : undefined;
  let evaluated: TimeRange | undefined;
  try {
    evaluated = (JSON.parse(readFileSync(evaluationPath, 'utf8')) as { timeRange?: TimeRange }).timeRange;
  } catch {
    return null; // the comparison itself reports an unreadable evaluation
  }
  return leakageWarning(trained, evaluated);
}

export function paramsDiffSection(candidatePath: string, baselinePath?: string): CommentContext['training'] {
  const candidate = readTrainManifest(candidatePath);
  const baseline = baselinePath ? readTrainManifest(baselinePath) : undefined;
  const diff = baseline ? diffManifestParams(baseline, candidate) : [];
  return {
    cacheHit: candidate.cacheHit,
    durationSeconds: candidate.commandDurationMs === null ? undefined : candidate.commandDurationMs / 1000,
    paramsDiff: diff.map((d) => ({ key: d.key, old: d.old, new: d.new })),
  };
}
