/** The training section of the PR comment: cache hit and the params diff against the baseline's manifest. */
import { diffManifestParams, readTrainManifest } from '../train/manifest.js';
import type { CommentContext } from '../gates/run.js';

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
