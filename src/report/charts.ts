/**
 * The collapsed chart sections that the PR comment and job summaries add beside their tables.
 * Each returns lines for `out.push(...)`: empty when there is nothing to draw.
 */
import type { Comparison } from '../gates/compare.js';
import type { DriftResult } from '../data/drift.js';
import { details } from './markdown.js';
import { driftChart, forestChart, historyCharts, type HistoryPoint } from './mermaid.js';

/** The deltas against margins, and the headline metric over registered versions when given. */
export function comparisonCharts(c: Comparison, history?: { version: string; value: number }[] | HistoryPoint[]): string[] {
  const out: string[] = [];
  const forest = forestChart(c.gates);
  if (forest) out.push('', details('Chart: each gated delta with its interval against the allowed margin', forest));
  if (history && history.length > 1) {
    const metric = c.metrics[0]?.metric ?? 'metric';
    const points: HistoryPoint[] = history.map((h) => ('metrics' in h ? h : { version: h.version, metrics: { [metric]: h.value } }));
    const recorded = new Set(points.flatMap((p) => Object.keys(p.metrics)));
    const gated = [...new Set(c.gates.filter((g) => !g.slice).map((g) => g.metric))].filter((m) => recorded.has(m));
    const charts = historyCharts(points, gated.length ? gated : [...recorded]);
    if (charts.length) out.push('', details(`Chart: gated metrics over the last ${points.length} versions`, charts.join('\n\n')));
  }
  return out;
}

/** Drift score per column, beside the drift table. */
export function driftDetails(drift: DriftResult[]): string[] {
  const chart = driftChart(drift);
  return chart ? ['', details(`Chart: drift per column (${drift.filter((d) => d.drifted).length} of ${drift.length} drifted)`, chart)] : [];
}
