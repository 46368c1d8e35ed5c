/**
 * `html` input of validate-data, evaluate-model, compare-to-baseline and run: gathers the artifacts
 * and writes one page (atomically). No math here: src/report/html draws.
 */
import { readSweepReport } from '../experiments/sweep-results.js';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeFileAtomic } from '../lib/files.js';
import type { Logger } from '../lib/logger.js';
import type { DataReport } from '../data/validate.js';
import type { Evaluation } from '../model/evaluate.js';
import type { Comparison } from '../gates/compare.js';
import { htmlReport, type ReportParts } from '../report/html/report.js';
import type { OutputValue } from './types.js';

export function writeHtml(path: string | undefined, parts: ReportParts, log: Logger): void {
  if (!path) return;
  writeFileAtomic(path, htmlReport(parts));
  log.info(`wrote HTML report ${path}`);
}

/** Reads a JSON artifact when it exists and has the expected kind; undefined otherwise. */
function artifact<T>(path: string | undefined, kind: string): T | undefined {
  if (!path || !existsSync(path)) return undefined;
  try {
    const json = JSON.parse(readFileSync(path, 'utf8')) as { kind?: string };
    return json?.kind === kind ? (json as T) : undefined;
  } catch {
    return undefined;
  }
}

/** The artifacts named by a comparison's inputs (for compare-to-baseline's page). */
export function comparisonParts(comparison: Comparison, files: { candidate?: string; baseline?: string; dataReport?: string; sweepReport?: string }): ReportParts {
  const evaluations: ReportParts['evaluations'] = [];
  const cand = artifact<Evaluation>(files.candidate, 'evaluation');
  const base = artifact<Evaluation>(files.baseline, 'evaluation');
  if (cand) evaluations.push({ name: `candidate (${files.candidate})`, evaluation: cand });
  if (base) evaluations.push({ name: `baseline (${files.baseline})`, evaluation: base });
  return { title: 'modelgate: comparison', comparison, evaluations, dataReport: artifact<DataReport>(files.dataReport, 'data-report'), sweep: files.sweepReport ? readSweepReport(files.sweepReport) : undefined };
}

/** One page for a pipeline run: every artifact a stage reported (its `report` output), by kind. */
export function writePipelineHtml(path: string | undefined, base: string, outputs: Record<string, Record<string, OutputValue>>, log: Logger): void {
  if (!path) return;
  const parts: ReportParts = { title: 'modelgate: pipeline', evaluations: [] };
  for (const [stage, out] of Object.entries(outputs)) {
    const file = typeof out.report === 'string' && out.report ? resolve(base, out.report) : undefined;
    parts.dataReport ??= artifact<DataReport>(file, 'data-report');
    parts.comparison ??= artifact<Comparison>(file, 'comparison');
    const ev = artifact<Evaluation>(file, 'evaluation');
    if (ev) parts.evaluations!.push({ name: `${stage} (${out.report})`, evaluation: ev });
  }
  writeHtml(path, parts, log);
}
