/** monitor-report.json: what monitor read, tested and found (schema: src/schemas/monitor-report.schema.json). */
import type { DriftResult } from '../data/drift.js';
import type { ViolationSample } from '../data/violations.js';
import type { Level, Thresholds } from './config.js';
import type { Decay } from './decay.js';
import type { ImportanceUse, Reason } from './finding.js';
import type { PredictionDrift } from './predictions.js';

export interface MonitorReport {
  kind: 'monitor-report';
  schemaVersion: 1;
  finding: Level;
  reasons: Reason[];
  /** Every drifted feature (the `drifted-columns` output). */
  driftedColumns: string[];
  /** When the run happened (ISO). */
  at: string;
  model: { reference: string; version: string | null; digest: string; name: string; task: string | null };
  window: {
    sources: string[];
    timeColumn: string | null;
    /** (from, to], ISO; null without a time column (every row is in the window). */
    from: string | null;
    to: string | null;
    rows: number;
    rowsRead: number;
    shadowDropped: number;
    /** Capture rows another version answered (a split's candidate), left out. */
    otherVersionDropped: number;
  };
  drift: {
    features: string[];
    importance: ImportanceUse;
    columns: DriftResult[];
    skipped: { column: string; reason: string }[];
    drifted: number;
    tested: number;
    share: number;
    missingFeatures: string[];
  };
  predictionDrift: PredictionDrift;
  quality: { schema: 'registered' | 'inferred'; violations: { count: number; byRule: Record<string, number>; samples: ViolationSample[] } };
  decay: Decay | null;
  thresholds: Omit<Thresholds, 'drift'> & { drift: { datasetDriftShare: number; smallSample: number } };
  notes: string[];
}

/** The numbers a trend chart follows across runs. */
export function trendPoint(r: MonitorReport): Record<string, number | null> {
  const point: Record<string, number | null> = { 'drifted share': r.drift.share };
  for (const t of r.decay?.tests ?? []) point[t.metric] = t.current;
  return point;
}
