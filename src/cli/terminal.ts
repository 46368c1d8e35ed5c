/**
 * On a terminal (stdout a TTY, without --json or --quiet), evaluate-model and compare-to-baseline
 * print a readable table of what they wrote before their outputs; pipes and CI logs get the
 * outputs alone, as before. Colour unless NO_COLOR is set.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Evaluation } from '../model/evaluate.js';
import type { Comparison } from '../gates/compare.js';
import type { OutputValue } from '../actions/types.js';
import { COLOUR, NO_COLOUR, comparisonText, evaluationText } from '../report/terminal.js';

export function terminalReport(command: string, outputs: Record<string, OutputValue>, env: NodeJS.ProcessEnv = process.env): string {
  const file = typeof outputs.report === 'string' ? outputs.report : '';
  if (!file || !existsSync(file)) return '';
  const paint = env.NO_COLOR ? NO_COLOUR : COLOUR;
  try {
    const json = JSON.parse(readFileSync(file, 'utf8')) as { kind?: string };
    if (command === 'evaluate-model' && json.kind === 'evaluation') return evaluationText(json as Evaluation, paint) + '\n';
    if (command === 'compare-to-baseline' && json.kind === 'comparison') return comparisonText(json as Comparison, paint) + '\n';
  } catch {
    // A report that cannot be read here was already validated when written: print the outputs only.
  }
  return '';
}
