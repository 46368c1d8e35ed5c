/**
 * The collapsed chart sections that the PR comment and job summaries add beside their tables.
 * Each returns lines for `out.push(...)`: empty when there is nothing to draw.
 */
import type { Comparison } from '../gates/compare.js';
import type { DriftResult } from '../data/drift.js';
import { details } from './markdown.js';
import { driftChart, forestChart } from './mermaid.js';

/** The deltas against margins (the history over registered versions is report/registry-history.ts's). */
export function comparisonCharts(c: Comparison): string[] {
  const out: string[] = [];
  const forest = forestChart(c.gates);
  if (forest) out.push('', details('Chart: each gated delta with its interval against the allowed margin', forest));
  return out;
}

/** Drift score per column, beside the drift table. */
export function driftDetails(drift: DriftResult[]): string[] {
  const chart = driftChart(drift);
  return chart ? ['', details(`Chart: drift per column (${drift.filter((d) => d.drifted).length} of ${drift.length} drifted)`, chart)] : [];
}
