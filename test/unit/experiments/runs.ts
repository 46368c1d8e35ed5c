// Run records for the experiment tests: valid by the schema, varied in the fields tests filter on.
import { newRunId, type RunRecord } from '../../../src/experiments/record.js';

export function makeRun(over: Partial<RunRecord> & { at?: number } = {}): RunRecord {
  const at = new Date(Date.UTC(2026, 11, 1) + (over.at ?? 0) * 1000);
  const { at: _at, ...rest } = over;
  return {
    kind: 'experiment-run',
    schemaVersion: 1,
    id: newRunId(at),
    source: 'evaluate-model',
    createdAt: at.toISOString(),
    durationMs: 120,
    git: { commit: 'a'.repeat(40), branch: 'main', dirty: false },
    pullRequest: null,
    runUrl: null,
    params: {},
    metrics: {},
    confidence: 0.95,
    data: { sha256: 'd'.repeat(64), rows: 100 },
    model: { sha256: 'e'.repeat(64) },
    evaluation: null,
    predictions: null,
    cacheHit: null,
    key: null,
    sweep: null,
    trainRun: null,
    ...rest,
  };
}
