/**
 * The job summary of a monitor run: the finding and its reasons, the drift per feature (with the
 * drift chart), prediction drift, quality, decay, and the trend over this version's monitor runs
 * (mermaid.ts's line charts: drifted share, and each tested metric). Column names, class values,
 * references and messages come from data or the registry: escaped (mermaid text through `label`).
 */
import type { MonitorReport } from '../monitor/report.js';
import { trendPoint } from '../monitor/report.js';
import { driftDetails } from './charts.js';
import { details, esc, fmt, table } from './markdown.js';
import { historyCharts } from './mermaid.js';

const ICON: Record<MonitorReport['finding'], string> = { none: '✅', warn: '⚠️', act: '🛑' };

/** "12-06 06.30" (mermaid labels allow digits, spaces, '-' and '.'). */
const when = (iso: string) => iso.slice(5, 16).replace('T', ' ').replace(':', '.');

export function trendSection(history: MonitorReport[]): string[] {
  if (history.length < 2) return [];
  const points = history.map((r) => ({ version: when(r.at), metrics: trendPoint(r) }));
  const metrics = [...new Set(points.flatMap((p) => Object.keys(p.metrics)))];
  const charts = historyCharts(points, metrics.slice(0, 4));
  const rows = history.map((r) => [esc(r.at.replace('T', ' ').slice(0, 16)), `${ICON[r.finding]} ${r.finding}`, fmt(r.drift.share), ...metrics.slice(1, 4).map((m) => fmt(trendPoint(r)[m]))]);
  const body = [table(['run', 'finding', 'drifted share', ...metrics.slice(1, 4).map((m) => esc(m))], rows, ['l', 'l', 'r', ...metrics.slice(1, 4).map(() => 'r' as const)]), ...charts].join('\n\n');
  return ['', details(`Trend over the last ${history.length} monitor runs of this version`, body, true)];
}

export function renderMonitor(r: MonitorReport, history: MonitorReport[] = []): string {
  const out: string[] = [];
  out.push(`## ${ICON[r.finding]} Monitor ${esc(r.model.name)} ${esc(r.model.version ?? '')}: ${r.finding}`);
  const w = r.window;
  out.push('', `${w.rows} of ${w.rowsRead} rows${w.to ? ` from ${esc(w.from ?? 'the first row')} to ${esc(w.to)}` : ''}${w.shadowDropped ? ` (${w.shadowDropped} shadow answers left out)` : ''}${w.otherVersionDropped ? ` (${w.otherVersionDropped} answered by other versions left out)` : ''}, against ${esc(r.model.reference, 200)}.`);
  if (r.reasons.length) out.push('', ...r.reasons.map((x) => `- **${x.level}** (${x.check}): ${esc(x.message, 600)}`));
  else out.push('', 'Nothing found: no feature or prediction drifted, no violation, no decay shown.');
  const d = r.drift;
  if (d.columns.length) {
    const top = new Set(d.importance.top);
    out.push('', `### Feature drift: ${d.drifted} of ${d.tested} drifted${d.importance.source === 'none' ? ' (no importance: every feature alike)' : ` (top features by ${esc(d.importance.method ?? 'importance')}: ${d.importance.top.map((c) => esc(c)).join(', ') || 'none'})`}`);
    out.push('', table(['feature', 'test', 'statistic', 'p', 'drifted'], d.columns.map((c) => [esc(c.column) + (top.has(c.column) ? ' ★' : ''), c.test, fmt(c.statistic), fmt(c.pValue), c.drifted ? '**yes**' : 'no']), ['l', 'l', 'r', 'r', 'l']));
    out.push(...driftDetails(d.columns));
  }
  if (d.missingFeatures.length) out.push('', `Missing features: ${d.missingFeatures.map((c) => esc(c)).join(', ')}`);
  const p = r.predictionDrift;
  const pd = [p.classes, p.score].filter((x) => x !== null);
  if (pd.length) out.push('', '### Prediction drift', '', table(['what', 'test', 'statistic', 'p', 'drifted'], pd.map((x) => [esc(x!.column), x!.test, fmt(x!.statistic), fmt(x!.pValue), x!.drifted ? '**yes**' : 'no']), ['l', 'l', 'r', 'r', 'l']));
  const q = r.quality.violations;
  out.push('', `### Quality: ${q.count} violation(s) of the ${r.quality.schema === 'registered' ? 'registered schema' : 'schema inferred from the training profile'}`);
  if (q.count) out.push('', table(['rule', 'count'], Object.entries(q.byRule).map(([k, v]) => [esc(k), String(v)]), ['l', 'r']));
  const dec = r.decay;
  if (dec) {
    out.push('', `### Decay: ${dec.labelled} labelled rows (${dec.unmatched} label(s) for requests outside the window)`);
    if (dec.skipped) out.push('', esc(dec.skipped, 400));
    if (dec.tests.length) out.push('', table(['metric', 'registered', 'window', 'Δ [interval]', 'test', 'p (Holm)', 'decayed'], dec.tests.map((x) => [esc(x.metric), fmt(x.reference), fmt(x.current), `${fmt(x.difference)}${x.ci ? ` [${fmt(x.ci[0])}, ${fmt(x.ci[1])}]` : ''}`, esc(x.test), fmt(x.pValueAdjusted), x.decayed ? '**yes**' : 'no']), ['l', 'r', 'r', 'r', 'l', 'r', 'l']));
  }
  if (r.notes.length) out.push('', ...r.notes.map((n) => `> ${esc(n, 400)}`));
  out.push(...trendSection(history));
  return out.join('\n') + '\n';
}
