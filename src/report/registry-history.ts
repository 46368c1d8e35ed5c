/**
 * The PR comment's history section: the gated metrics across the last registered versions and
 * this pull request's candidate, as a compact table and a mermaid line chart (GitHub renders
 * `xychart-beta`). Version tags and aliases are tags (a safe alphabet); metric names are escaped.
 */
import { details, esc, fmt, table } from './markdown.js';

export interface HistoryVersion {
  version: string;
  status?: string;
  aliases: string[];
  metrics: Record<string, number | null>;
}

/** A mermaid label: quotes and anything outside a plain alphabet dropped. */
const label = (s: string) => s.replace(/[^A-Za-z0-9_.\- ]/g, '');

export function historySection(versions: HistoryVersion[], metrics: string[], candidate: Record<string, number | null | undefined>): string {
  if (!versions.length || !metrics.length) return '';
  const rows = versions.map((v) => [v.version + (v.aliases.length ? ` (${v.aliases.map((a) => esc(a)).join(', ')})` : ''), esc(v.status ?? ''), ...metrics.map((m) => fmt(v.metrics[m]))]);
  rows.push(['**this PR**', '', ...metrics.map((m) => `**${fmt(candidate[m])}**`)]);
  const out = [table(['version', 'status', ...metrics.map((m) => esc(m))], rows, ['l', 'l', ...metrics.map(() => 'r' as const)])];
  const xs = [...versions.map((v) => v.version), 'PR'];
  for (const m of metrics.slice(0, 2)) {
    const ys = [...versions.map((v) => v.metrics[m]), candidate[m]];
    const finite = ys.filter((y): y is number => typeof y === 'number' && Number.isFinite(y));
    if (finite.length < 2) continue;
    const lo = Math.min(...finite);
    const hi = Math.max(...finite);
    const pad = (hi - lo) * 0.1 || Math.abs(hi) * 0.01 || 0.01;
    out.push(
      [
        '```mermaid',
        'xychart-beta',
        `  title "${label(m)} across registered versions"`,
        `  x-axis [${xs.map((x) => label(x)).join(', ')}]`,
        `  y-axis "${label(m)}" ${Number((lo - pad).toPrecision(4))} --> ${Number((hi + pad).toPrecision(4))}`,
        `  line [${ys.map((y) => (typeof y === 'number' && Number.isFinite(y) ? Number(y.toPrecision(6)) : Number((lo - pad).toPrecision(4)))).join(', ')}]`,
        '```',
      ].join('\n'),
    );
  }
  return '\n\n' + details(`History: ${metrics.map((m) => esc(m)).join(', ')} over the last ${versions.length} registered version(s)`, out.join('\n\n'));
}
