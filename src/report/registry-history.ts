/**
 * The PR comment's history section: the gated metrics across the last registered versions and
 * this pull request's candidate, as a compact table and a mermaid line chart (GitHub renders
 * `xychart-beta`). Version tags and aliases are tags (a safe alphabet); metric names are escaped.
 */
import { details, esc, fmt, table } from './markdown.js';
import { historyCharts } from './mermaid.js';

export interface HistoryVersion {
  version: string;
  status?: string;
  aliases: string[];
  metrics: Record<string, number | null>;
}

export function historySection(versions: HistoryVersion[], metrics: string[], candidate: Record<string, number | null | undefined>): string {
  if (!versions.length || !metrics.length) return '';
  const rows = versions.map((v) => [v.version + (v.aliases.length ? ` (${v.aliases.map((a) => esc(a)).join(', ')})` : ''), esc(v.status ?? ''), ...metrics.map((m) => fmt(v.metrics[m]))]);
  rows.push(['**this PR**', '', ...metrics.map((m) => `**${fmt(candidate[m])}**`)]);
  const out = [table(['version', 'status', ...metrics.map((m) => esc(m))], rows, ['l', 'l', ...metrics.map(() => 'r' as const)])];
  // The chart is mermaid.ts's, with its whitelist for text from data; the first two metrics only.
  out.push(...historyCharts([...versions.map((v) => ({ version: v.version, metrics: v.metrics })), { version: 'PR', metrics: candidate }], metrics.slice(0, 2)));
  return '\n\n' + details(`History: ${metrics.map((m) => esc(m)).join(', ')} over the last ${versions.length} registered version(s)`, out.join('\n\n'));
}
