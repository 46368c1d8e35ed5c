/**
 * compare-to-baseline without GitHub: load the two evaluations, pair their rows when they ran on
 * the same data, run the gates, write comparison.json and the comment markdown (atomically).
 */
import { readFileSync } from 'node:fs';
import { ConfigurationError, DataError } from '../errors.js';
import { readConfigInput, writeFilesAtomic } from '../lib/files.js';
import type { Logger } from '../lib/logger.js';
import type { Evaluation } from '../model/evaluate.js';
import type { DataReport } from '../data/validate.js';
import { assertArtifact } from '../schemas/validate.js';
import { compare, type Comparison } from './compare.js';
import { loadPaired, type PairedRows } from './paired-data.js';
import { parseGates, type Correction } from './spec.js';

/** What the comment shows beside the comparison (rendered by report/comparison.ts, passed in by the adapter). */
export interface CommentContext {
  candidate: Evaluation;
  baseline?: Evaluation;
  dataReport?: DataReport;
  /** Training section: cache hit and the params diff against the baseline's manifest. */
  training?: { cacheHit: boolean; durationSeconds?: number; paramsDiff: { key: string; old?: unknown; new?: unknown }[]; leakage?: string };
  runUrl?: string;
  artifactsUrl?: string;
}

export interface CompareConfig {
  candidate: string;
  baseline?: string;
  gates?: string;
  confidence?: number;
  correction?: Correction;
  bootstrap: number;
  seed: number;
  dataReport?: string;
  out: string;
  commentFile: string;
  training?: CommentContext['training'];
  runUrl?: string;
}

function readJson(path: string, input: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new ConfigurationError(`input '${input}': file not found: ${path}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new DataError(`${path}: not valid JSON (${(e as Error).message.split('\n')[0]})`, path);
  }
}

export function loadEvaluation(path: string, input: string): Evaluation {
  const json = readJson(path, input);
  assertArtifact('evaluation', json, path);
  const ev = json as Evaluation;
  // What a schema cannot say: an interval runs from low to high (a reversed one would turn the
  // gates' one-sided tests around).
  const check = (metrics: Evaluation['metrics'], where: string) => {
    for (const [name, m] of Object.entries(metrics)) {
      if (m.ci && !(m.ci[0] <= m.ci[1])) throw new DataError(`${path}: ${where}${name}.ci [${m.ci.join(', ')}] runs from high to low`, path);
    }
  };
  check(ev.metrics, 'metrics.');
  ev.slices.forEach((s, i) => s.metrics && check(s.metrics, `slices[${i}].metrics.`));
  return ev;
}

export async function runCompare(config: CompareConfig, log: Logger, markdownOf: (c: Comparison, ctx: CommentContext) => string): Promise<{ comparison: Comparison; markdown: string; render: (c: Comparison) => string }> {
  const candidate = loadEvaluation(config.candidate, 'candidate');
  const baseline = config.baseline ? loadEvaluation(config.baseline, 'baseline') : undefined;
  const spec = config.gates ? parseGates(...(Object.values(readConfigInput(config.gates, 'gates')) as [unknown, string])) : parseGates({}, 'no gates');
  if (!spec.gates.length) log.warning('no gates configured: compare-to-baseline reports the metrics and gives no verdict');
  const confidence = config.confidence ?? spec.confidence ?? 0.95;
  const correction = config.correction ?? spec.correction ?? 'holm';
  let paired: PairedRows | undefined;
  const notes: string[] = [];
  if (baseline) {
    if (baseline.task !== candidate.task) throw new DataError(`${config.baseline}: a ${baseline.task} evaluation cannot be compared with the candidate's ${candidate.task} one`, config.baseline);
    if (baseline.data.sha256 === candidate.data.sha256 && baseline.label === candidate.label) {
      paired = await log.group('Pairing predictions', async () => loadPaired(candidate, config.candidate, baseline, config.baseline!));
    } else {
      notes.push(`cannot pair rows: the baseline was evaluated on different data (sha256 ${baseline.data.sha256.slice(0, 12)} vs ${candidate.data.sha256.slice(0, 12)}); evaluate the baseline model on the candidate's data for paired tests. Using unpaired tests from each evaluation's intervals.`);
      log.warning(notes[notes.length - 1]);
    }
  }
  const dataReport = config.dataReport ? (readJson(config.dataReport, 'data-report') as DataReport) : undefined;
  if (dataReport) assertArtifact('data-report', dataReport, config.dataReport!);
  const dataValidation = dataReport ? { passed: dataReport.passed, violations: dataReport.violations.count, drifted: dataReport.drift.filter((d) => d.drifted).map((d) => d.column) } : undefined;
  const comparison = compare({ candidate, candidatePath: config.candidate, baseline, baselinePath: config.baseline, paired, spec, confidence, correction, resamples: config.bootstrap, seed: config.seed, dataValidation });
  comparison.notes.unshift(...notes);
  assertArtifact('comparison', comparison, config.out, 'write');
  const render = (c: Comparison) =>
    markdownOf(c, { candidate, baseline, dataReport, training: config.training, runUrl: config.runUrl, artifactsUrl: config.runUrl ? `${config.runUrl}#artifacts` : undefined });
  const markdown = render(comparison);
  writeFilesAtomic([
    { path: config.out, data: JSON.stringify(comparison, null, 2) + '\n' },
    { path: config.commentFile, data: markdown },
  ]);
  for (const g of comparison.gates) (g.passed ? log.info : log.error)(`${g.passed ? 'pass' : 'FAIL'} ${g.metric}${g.slice ? `[${g.slice.column}=${g.slice.value}]` : ''} ${g.rule}: ${g.reason}`);
  return { comparison, markdown, render };
}
