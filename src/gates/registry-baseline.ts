/**
 * A baseline named by a registry reference (`oci-layout://models/churn:production`). Its stored
 * evaluation is used when it ran on the candidate's data (same data digest and label) and its
 * per-row predictions were stored with it; otherwise the baseline model is pulled and evaluated on
 * the candidate's rows with the candidate's settings, so the comparison stays paired, fed the columns
 * its stored evaluation records (`feed`) for a single-tensor model.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DataError } from '../errors.js';
import type { Logger } from '../lib/logger.js';
import { pullVersion } from '../registry/pull-input.js';
import { predictionsFile } from './paired-data.js';
import { loadEvaluation } from './run.js';

/** The stored evaluation.json of a version (with its predictions beside it). */
export async function evaluationFromRegistry(ref: string, input: string): Promise<string> {
  const pulled = await pullVersion(ref, input, { withModel: false, withEvaluation: true });
  if (!pulled.evaluation) throw new DataError(`input '${input}': ${ref} holds no evaluation.json`);
  return pulled.evaluation;
}

export async function baselineFromRegistry(ref: string, candidatePath: string, log: Logger): Promise<string> {
  const candidate = loadEvaluation(candidatePath, 'candidate');
  const pulled = await pullVersion(ref, 'baseline', { withModel: false, withEvaluation: true });
  const stored = pulled.evaluation ? loadEvaluation(pulled.evaluation, 'baseline') : undefined;
  if (pulled.evaluation && stored) {
    let predictions: string | undefined;
    try {
      predictions = predictionsFile(stored, pulled.evaluation);
    } catch {
      predictions = undefined;
    }
    if (stored.data.sha256 === candidate.data.sha256 && stored.label === candidate.label && predictions && existsSync(predictions)) {
      log.info(`baseline ${ref}: its stored evaluation ran on the candidate's data; pairing with it`);
      return pulled.evaluation;
    }
  }
  log.info(`baseline ${ref}: its stored evaluation ran on other data (or has no predictions); evaluating the baseline model on the candidate's rows so the comparison stays paired`);
  const withModel = await pullVersion(ref, 'baseline', { withModel: true, withEvaluation: false });
  const { evaluate } = await import('../model/evaluate.js');
  const out = join(withModel.dir, 'evaluation.json');
  await evaluate(
    {
      model: withModel.model,
      data: candidate.data.sources,
      merge: [],
      label: candidate.label,
      task: candidate.task,
      // A tensor model takes its columns in the order its registered evaluation fed them.
      features: stored?.feed?.mode === 'tensor' ? stored.feed.features : undefined,
      ignore: [],
      positiveLabel: candidate.positiveLabel ?? undefined,
      threshold: candidate.threshold ?? 0.5,
      scoreType: 'auto',
      sliceBy: [...new Set(candidate.slices.map((s) => s.column))],
      // The same sensitive features, so the fairness gates pair the two models' groups row by row.
      sensitive: candidate.fairness?.features.map((f) => f.name) ?? [],
      minSliceRows: candidate.fairness?.minGroupRows ?? 30,
      confidence: candidate.confidence,
      bootstrap: candidate.bootstrap?.resamples ?? 1000,
      seed: candidate.bootstrap?.seed ?? 0,
      batchSize: 4096,
      out,
    },
    log,
  );
  return out;
}
