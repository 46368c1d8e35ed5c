/**
 * The sweep in the HTML report: one chart per swept param, its value against the validation score
 * of each variant with its interval, the chosen variant marked (log scale for a param whose values
 * span more than a factor of 100), and the leaderboard as a table. Every text from a result file
 * goes through `h`.
 */
import type { SweepReport } from '../../experiments/sweep-results.js';
import { fmt } from '../markdown.js';
import { chart, h } from './svg.js';

/** One scatter chart: param value (x) against the metric (y) with interval bars. */
export function paramChart(report: SweepReport, param: string): string {
  const pts = report.ranking
    .map((r) => ({ r, x: Number(r.values[param]), y: r.value }))
    .filter((p): p is { r: (typeof report.ranking)[number]; x: number; y: number } => Number.isFinite(p.x) && p.y !== null && Number.isFinite(p.y));
  if (!pts.length) return '';
  const xs = pts.map((p) => p.x);
  const log = Math.min(...xs) > 0 && Math.max(...xs) / Math.min(...xs) > 100;
  const tx = (x: number) => (log ? Math.log10(x) : x);
  const ys = pts.flatMap((p) => [p.y, ...(p.r.ci ?? [])]);
  const pad = (a: number, b: number) => (b - a) * 0.08 || Math.abs(b) * 0.05 || 0.01;
  const [x0, x1] = [Math.min(...xs.map(tx)), Math.max(...xs.map(tx))];
  const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  const x = { min: x0 - pad(x0, x1), max: x1 + pad(x0, x1), label: log ? `log10 ${param}` : param };
  const y = { min: y0 - pad(y0, y1), max: y1 + pad(y0, y1), label: `${report.metric} (validation)` };
  return chart('sweep', `${param} against ${report.metric}`, x, y, (f) =>
    pts
      .map((p) => {
        const cx = f.sx(tx(p.x)).toFixed(1);
        const chosen = p.r.variant === report.winner.variant ? ' chosen' : '';
        const bar = p.r.ci ? `<line class="ci${chosen}" x1="${cx}" x2="${cx}" y1="${f.sy(p.r.ci[0]).toFixed(1)}" y2="${f.sy(p.r.ci[1]).toFixed(1)}"/>` : '';
        return `${bar}<circle class="est${chosen}" cx="${cx}" cy="${f.sy(p.y).toFixed(1)}" r="${chosen ? 6 : 4}"><title>${h(p.r.variant)}: ${h(param)} ${fmt(p.x)}, ${h(report.metric)} ${fmt(p.y)}${chosen ? ' (chosen)' : ''}</title></circle>`;
      })
      .join(''),
  );
}

export function sweepSection(report: SweepReport): string {
  const keys = [...new Set(report.ranking.flatMap((r) => Object.keys(r.values)))];
  const rows = report.ranking.map(
    (r, i) =>
      `<tr${r.variant === report.winner.variant ? ' class="chosen"' : ''}><td class="n">${i + 1}</td><td>${h(r.variant)}${r.variant === report.winner.variant ? ' (chosen)' : ''}</td>${keys.map((k) => `<td class="n">${h(r.values[k] ?? '')}</td>`).join('')}<td class="n">${fmt(r.value)}</td><td>${r.ci ? `[${fmt(r.ci[0])}, ${fmt(r.ci[1])}]` : '–'}</td></tr>`,
  );
  return [
    `<section id="sweep"><h2>Sweep: ${report.ranking.length} variants, ${h(report.winner.variant)} chosen on validation</h2>`,
    `<p>${h(report.method)} over ${keys.map((k) => h(k)).join(', ')}; ranked by ${h(report.metric)} (${h(report.goal)}) on the validation split. The chosen variant's validation score is the best of ${report.ranking.length} and so optimistic; its test evaluation is the one to believe.</p>`,
    `<div class="charts">${keys.map((k) => paramChart(report, k)).join('')}</div>`,
    `<details><summary>Leaderboard</summary><table><thead><tr><th>#</th><th>variant</th>${keys.map((k) => `<th>${h(k)}</th>`).join('')}<th>${h(report.metric)}</th><th>interval</th></tr></thead><tbody>${rows.join('')}</tbody></table></details>`,
    '</section>',
  ].join('\n');
}
