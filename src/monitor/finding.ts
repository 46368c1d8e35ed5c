/**
 * The finding: `none`, `warn` or `act`, the highest level any check reached, with one reason per
 * check that reached one. With the default thresholds:
 *
 * - feature drift: any of the `top-features` the model leans on most (by the registered
 *   evaluation's permutation importance) drifted -> act; `act-drifted-share` of the tested
 *   features or more drifted -> act; `warn-drifted-features` or more drifted -> warn. Without
 *   importance every feature counts alike (only the share and the count apply), and the report
 *   says so.
 * - features the model was trained on missing from the data -> act (the model cannot have had them).
 * - prediction drift (class shares or the score distribution) -> `prediction-drift` (act).
 * - rows breaking the registered schema -> `quality` (warn).
 * - a decayed metric (its Holm-adjusted unpaired test rejects, worse direction) -> act.
 */
import type { DriftResult } from '../data/drift.js';
import type { Level, Thresholds } from './config.js';
import type { Decay } from './decay.js';
import type { PredictionDrift } from './predictions.js';
import type { Importance } from './reference.js';

export interface Reason {
  level: Exclude<Level, 'none'>;
  check: 'feature-drift' | 'missing-features' | 'prediction-drift' | 'quality' | 'decay';
  message: string;
}

export interface ImportanceUse {
  /** `evaluation` when the registered evaluation has permutation importance; `none` otherwise. */
  source: 'evaluation' | 'none';
  method: string | null;
  /** The top features by importance mean (empty without importance). */
  top: string[];
  note?: string;
}

export function importanceUse(importance: Importance | undefined, features: string[], t: Thresholds): ImportanceUse {
  if (!importance?.features?.length) return { source: 'none', method: null, top: [], note: 'the registered evaluation has no permutation importance: every feature is treated alike (a drifted feature warns; a drifted share of act-drifted-share acts)' };
  const known = new Set(features);
  const top = [...importance.features]
    .filter((f) => known.has(f.name) && Number.isFinite(f.mean) && f.mean > 0)
    .sort((a, b) => b.mean - a.mean)
    .slice(0, t.topFeatures)
    .map((f) => f.name);
  return { source: 'evaluation', method: importance.method ?? null, top };
}

const LEVEL_RANK: Record<Level, number> = { none: 0, warn: 1, act: 2 };

export function decide(input: { drift: DriftResult[]; missing: string[]; importance: ImportanceUse; prediction: PredictionDrift; violations: number; decay: Decay | null; thresholds: Thresholds }): { finding: Level; reasons: Reason[] } {
  const t = input.thresholds;
  const reasons: Reason[] = [];
  const drifted = input.drift.filter((d) => d.drifted).map((d) => d.column);
  const share = input.drift.length ? drifted.length / input.drift.length : 0;
  const topDrifted = drifted.filter((c) => input.importance.top.includes(c));
  const list = (xs: string[]) => xs.slice(0, 10).join(', ') + (xs.length > 10 ? `, and ${xs.length - 10} more` : '');
  if (topDrifted.length) reasons.push({ level: 'act', check: 'feature-drift', message: `drift in ${topDrifted.length === 1 ? 'a feature' : 'features'} the model leans on most: ${list(topDrifted)}` });
  else if (drifted.length && share >= t.actDriftedShare) reasons.push({ level: 'act', check: 'feature-drift', message: `${drifted.length} of ${input.drift.length} features drifted (share ${share.toFixed(2)} >= act-drifted-share ${t.actDriftedShare}): ${list(drifted)}` });
  else if (drifted.length >= t.warnDriftedFeatures) reasons.push({ level: 'warn', check: 'feature-drift', message: `${drifted.length} of ${input.drift.length} features drifted${input.importance.source === 'evaluation' ? ', none of the top features' : ''}: ${list(drifted)}` });
  if (input.missing.length) reasons.push({ level: 'act', check: 'missing-features', message: `features the model was trained on are missing from the data: ${list(input.missing)}` });
  const p = input.prediction;
  const shifted = [p.classes, p.score].filter((d): d is DriftResult => !!d && d.drifted);
  if (shifted.length && t.predictionDrift !== 'none') reasons.push({ level: t.predictionDrift, check: 'prediction-drift', message: `the predictions shifted: ${shifted.map((d) => `${d.column} (${d.explanation})`).join('; ')}` });
  if (input.violations > 0 && t.quality !== 'none') reasons.push({ level: t.quality, check: 'quality', message: `${input.violations} violation(s) of the registered schema` });
  const decayed = input.decay?.tests.filter((x) => x.decayed) ?? [];
  if (decayed.length) reasons.push({ level: 'act', check: 'decay', message: `decay shown: ${decayed.map((x) => `${x.metric} ${fmt(x.reference)} -> ${fmt(x.current)} (${x.test}, adjusted p = ${x.pValueAdjusted.toPrecision(2)})`).join('; ')}` });
  const finding = reasons.reduce<Level>((acc, r) => (LEVEL_RANK[r.level] > LEVEL_RANK[acc] ? r.level : acc), 'none');
  return { finding, reasons };
}

const fmt = (x: number | null) => (x === null ? 'n/a' : String(Number(x.toPrecision(4))));
