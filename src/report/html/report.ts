/**
 * `--html <file>`: one self-contained page (inline CSS and SVG, no script, no external resource;
 * a Content-Security-Policy forbids any request) for a data report, evaluations and a comparison,
 * or all of them for a pipeline run.
 *
 * Size: everything drawn is bounded whatever the number of rows: ROC and PR curves are already
 * downsampled in evaluation.json (at most ~1,000 points each), histograms have 20 bins, and at most
 * MAX_COLUMNS columns and MAX_SLICES slices are drawn (the JSON artifacts keep them all).
 */
import type { DataReport } from '../../data/validate.js';
import type { Evaluation } from '../../model/evaluate.js';
import type { Comparison } from '../../gates/compare.js';
import { fmt } from '../markdown.js';
import { allowedDelta } from '../mermaid.js';
import { categoryBars, h, heatmap, histogram, intervalChart, lineChart } from './svg.js';

export const MAX_COLUMNS = 100;
export const MAX_SLICES = 100;

export interface ReportParts {
  title?: string;
  dataReport?: DataReport;
  evaluations?: { name: string; evaluation: Evaluation }[];
  comparison?: Comparison;
}

const STYLE = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:1100px;padding:16px 24px;color:#1f2328;background:#fff}
h1{font-size:22px}h2{font-size:18px;border-bottom:1px solid #d0d7de;padding-bottom:4px;margin-top:32px}h3{font-size:15px}
table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #d0d7de;padding:3px 8px;text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums}
.pass{color:#1a7f37}.fail{color:#cf222e}.muted{color:#59636e}
.charts{display:flex;flex-wrap:wrap;gap:12px}
svg.chart{background:#fff;border:1px solid #eaeef2;border-radius:4px}
svg .title{font-weight:600;font-size:13px}svg .tick{font-size:10px;fill:#59636e}svg .axis{font-size:11px;fill:#1f2328}
svg .grid{stroke:#eaeef2}svg .plot{fill:none;stroke:#d0d7de}svg .zero{stroke:#8c959f;stroke-dasharray:4 3}
svg .series{fill:none;stroke-width:2}svg .s0,svg .current{stroke:#0969da;fill:#0969da}svg .s1,svg .reference{stroke:#bc4c00;fill:#bc4c00}
svg path.series.s0,svg path.series.s1{fill:none}
svg .bar{fill-opacity:.55;stroke:none}svg .key{stroke:none}
svg .cell{fill:#0969da}svg .count{font-size:11px;fill:#1f2328}svg .count.dark{fill:#fff}
svg .ci{stroke:#0969da;stroke-width:2}svg .est{fill:#0969da}svg .ci.fail{stroke:#cf222e}svg .est.fail{fill:#cf222e}svg .margin{stroke:#bc4c00;stroke-width:2}
details{margin:8px 0}summary{cursor:pointer}
`;

const num = (x: number | null | undefined, d = 4) => `<td class="n">${fmt(x, d)}</td>`;
const interval = (ci: [number, number] | null | undefined) => (ci ? `[${fmt(ci[0])}, ${fmt(ci[1])}]` : '–');

function table(head: string[], rows: string[][]): string {
  return `<table><thead><tr>${head.map((x) => `<th>${h(x)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.join('')}</tr>`).join('')}</tbody></table>`;
}

function dataSection(r: DataReport): string {
  const out: string[] = [`<section id="data"><h2>Data: <span class="${r.passed ? 'pass' : 'fail'}">${r.passed ? 'passed' : 'failed'}</span></h2>`];
  out.push(`<p>${r.rows.toLocaleString('en-US')} rows · ${r.columns.length} columns · ${r.violations.count.toLocaleString('en-US')} violations${r.reference ? ` · drift against ${h(r.reference.source)} (${r.reference.rows.toLocaleString('en-US')} rows): ${r.drift.filter((d) => d.drifted).length} of ${r.drift.length} columns drifted` : ''}</p>`);
  const drift = new Map(r.drift.map((d) => [d.column, d]));
  const charts: string[] = [];
  for (const c of r.columns.slice(0, MAX_COLUMNS)) {
    const d = drift.get(c.name);
    const name = `${c.name}${d?.drifted ? ' (drifted)' : ''}`;
    if (d?.drifted && d.histogram) {
      charts.push(histogram(name, d.histogram.edges, [{ cls: 'reference', label: 'reference', counts: d.histogram.reference }, { cls: 'current', label: 'current', counts: d.histogram.current }], c.name));
    } else if (d?.drifted && d.moved.length) {
      const moved = d.moved.slice(0, 8);
      charts.push(categoryBars(name, moved.map((m) => m.label), [{ cls: 'reference', label: 'reference', values: moved.map((m) => m.reference) }, { cls: 'current', label: 'current', values: moved.map((m) => m.current) }]));
    } else if (c.time) {
      // A date or time column: rows per period (the first 60), empty periods included.
      const ps = c.time.periods.slice(0, 60);
      const unit = c.time.unit;
      const label = (start: string) => (unit === 'month' ? start.slice(0, 7) : unit === 'year' ? start.slice(0, 4) : start);
      charts.push(categoryBars(`${name}: rows per ${unit}`, ps.map((p) => label(p.start)), [{ cls: 'current', label: 'current', values: ps.map((p) => p.count / (c.count || 1)) }]));
    } else if (c.histogram) {
      charts.push(histogram(name, c.histogram.edges, [{ cls: 'current', label: 'current', counts: c.histogram.counts }], c.name));
    } else if (c.topValues.length && c.distinct <= 50) {
      const top = c.topValues.slice(0, 8);
      const total = c.count || 1;
      charts.push(categoryBars(name, top.map((t) => String(t.value)), [{ cls: 'current', label: 'current', values: top.map((t) => t.count / total) }]));
    }
  }
  if (r.columns.length > MAX_COLUMNS) out.push(`<p class="muted">The first ${MAX_COLUMNS} of ${r.columns.length} columns are drawn; data-report.json has them all.</p>`);
  out.push(`<div class="charts">${charts.join('')}</div>`);
  if (r.drift.length) {
    out.push('<h3>Drift</h3>');
    out.push(table(['column', 'verdict', 'test', 'statistic', 'p-value', 'threshold'], r.drift.map((d) => [`<td>${h(d.column)}</td>`, `<td class="${d.drifted ? 'fail' : 'pass'}">${d.drifted ? 'drifted' : 'stable'}</td>`, `<td>${h(d.test)}</td>`, num(d.statistic), num(d.pValue ?? null), num(d.threshold)])));
  }
  if (r.violations.samples.length) {
    out.push('<h3>Violations (samples)</h3>');
    out.push(table(['where', 'column', 'rule', 'message'], r.violations.samples.slice(0, 50).map((s) => [`<td>${h(s.file ?? '–')}${s.line ? `:${s.line}` : ''}</td>`, `<td>${h(s.column ?? '–')}</td>`, `<td>${h(s.rule)}</td>`, `<td>${h(s.message)}</td>`])));
  }
  out.push('</section>');
  return out.join('\n');
}

const SLICE_METRICS = ['roc_auc', 'accuracy', 'f1', 'macro_f1', 'r2', 'rmse', 'mae'];

function evaluationSection(name: string, ev: Evaluation, id: string): string {
  const out: string[] = [`<section id="${id}"><h2>Evaluation: ${h(name)}</h2>`];
  out.push(`<p>${h(ev.task)} · ${ev.rows.toLocaleString('en-US')} rows · model ${h(ev.model.path)} (<code>${h(ev.model.sha256.slice(0, 12))}</code>)${ev.positiveLabel !== null ? ` · positive class ${h(ev.positiveLabel)}, threshold ${ev.threshold}` : ''}</p>`);
  out.push(table(['metric', 'value', `${Math.round(ev.confidence * 1000) / 10}% interval`, 'method'], Object.entries(ev.metrics).map(([k, m]) => [`<td><code>${h(k)}</code></td>`, num(m.value), `<td>${interval(m.ci)}</td>`, `<td class="muted">${h(m.method ?? '')}</td>`])));
  const charts: string[] = [];
  const cur = ev.tables?.curves;
  if (cur) {
    const auc = ev.metrics.roc_auc?.value;
    const ap = ev.metrics.average_precision?.value;
    charts.push(lineChart('roc', `ROC curve${auc != null ? ` (AUC ${fmt(auc)})` : ''}`, { min: 0, max: 1, label: 'false positive rate' }, { min: 0, max: 1, label: 'true positive rate' }, [{ cls: 's0', label: 'ROC', x: cur.roc.fpr, y: cur.roc.tpr }], { diagonal: true }));
    charts.push(lineChart('pr', `Precision-recall${ap != null ? ` (AP ${fmt(ap)})` : ''}`, { min: 0, max: 1, label: 'recall' }, { min: 0, max: 1, label: 'precision' }, [{ cls: 's0', label: 'PR', x: cur.pr.recall, y: cur.pr.precision }]));
  }
  const cal = ev.tables?.calibration?.filter((b) => b.count > 0 && b.meanPredicted !== null && b.observedRate !== null);
  if (cal?.length) {
    charts.push(lineChart('reliability', 'Reliability diagram', { min: 0, max: 1, label: 'mean predicted probability' }, { min: 0, max: 1, label: 'observed rate' }, [{ cls: 's0', label: 'model', x: cal.map((b) => b.meanPredicted!), y: cal.map((b) => b.observedRate!) }], { diagonal: true, points: true }));
  }
  if (ev.tables?.confusion) charts.push(heatmap('Confusion matrix', ev.classes, ev.tables.confusion));
  out.push(`<div class="charts">${charts.join('')}</div>`);
  if (cur) out.push(`<p class="muted">Curves are downsampled: every point of the full curve is within ${fmt(cur.maxError)} of a drawn point in each coordinate.</p>`);
  const slices = ev.slices.filter((s) => s.metrics).slice(0, MAX_SLICES);
  if (slices.length) {
    const charts2: string[] = [];
    for (const metric of SLICE_METRICS.filter((m) => m in ev.metrics).slice(0, 2)) {
      const rows = slices.map((s) => ({ label: `${s.column}=${s.value}`, value: s.metrics![metric]?.value ?? NaN, lo: s.metrics![metric]?.ci?.[0] ?? null, hi: s.metrics![metric]?.ci?.[1] ?? null }));
      const overall = ev.metrics[metric];
      rows.unshift({ label: 'all rows', value: overall.value ?? NaN, lo: overall.ci?.[0] ?? null, hi: overall.ci?.[1] ?? null });
      charts2.push(intervalChart('slices', `${metric} per slice`, rows, { xLabel: metric }));
    }
    out.push(`<h3>Slices</h3><div class="charts">${charts2.join('')}</div>`);
    if (ev.slices.length > MAX_SLICES) out.push(`<p class="muted">The first ${MAX_SLICES} of ${ev.slices.length} slices are drawn.</p>`);
  }
  out.push('</section>');
  return out.join('\n');
}

function comparisonSection(c: Comparison): string {
  const out: string[] = [`<section id="comparison"><h2>Comparison: <span class="${c.passed === false ? 'fail' : 'pass'}">${h(c.verdict)}</span></h2>`];
  out.push(`<p>${h(c.policy)} · ${Math.round(c.confidence * 100)}% confidence · ${h(c.correction)} · ${h(c.pairing)}</p>`);
  const gated = c.gates.filter((g) => g.delta !== null);
  if (gated.length) {
    out.push(
      intervalChart(
        'deltas',
        'Δ candidate − baseline (orange: allowed margin)',
        gated.map((g) => ({ label: `${g.metric}${g.slice ? ` ${g.slice.column}=${g.slice.value}` : ''}`, value: g.delta!, lo: g.ci?.[0] ?? null, hi: g.ci?.[1] ?? null, margin: allowedDelta(g), failed: !g.passed })),
        { zero: true, xLabel: 'Δ' },
      ),
    );
  }
  out.push(
    table(
      ['metric', 'rule', 'baseline', 'candidate', 'Δ', 'interval', 'adj. p', 'result', 'why'],
      c.gates.map((g) => [`<td><code>${h(g.metric)}</code>${g.slice ? ` ${h(g.slice.column)} = ${h(g.slice.value)}` : ''}</td>`, `<td>${h(g.rule)}</td>`, num(g.baseline), num(g.candidate), num(g.delta), `<td>${interval(g.ci)}</td>`, num(g.adjustedPValue, 2), `<td class="${g.passed ? 'pass' : 'fail'}">${g.passed ? 'pass' : 'fail'}</td>`, `<td>${h(g.reason, 400)}</td>`]),
    ),
  );
  if (c.notes.length) out.push(`<ul>${c.notes.map((n) => `<li>${h(n, 400)}</li>`).join('')}</ul>`);
  out.push('</section>');
  return out.join('\n');
}

/** The whole page. */
export function htmlReport(parts: ReportParts): string {
  const sections: string[] = [];
  if (parts.comparison) sections.push(comparisonSection(parts.comparison));
  if (parts.dataReport) sections.push(dataSection(parts.dataReport));
  (parts.evaluations ?? []).forEach((e, i) => sections.push(evaluationSection(e.name, e.evaluation, `evaluation-${i}`)));
  const title = parts.title ?? 'modelgate report';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(title)}</title><style>${STYLE}</style></head>
<body><h1>${h(title)}</h1>
${sections.join('\n')}
<p class="muted">Written by modelgate. This page is self-contained: it loads nothing and runs no script.</p>
</body></html>
`;
}
