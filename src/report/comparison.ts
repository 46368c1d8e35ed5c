/**
 * The PR comment (and job summary) of compare-to-baseline. Everything that came from data or from
 * the pull request goes through `esc`. The hidden marker that finds the comment again is added by
 * the GitHub layer, not here.
 */
import type { Comparison, GateResult } from '../gates/compare.js';
import type { CommentContext } from '../gates/run.js';
import type { Evaluation } from '../model/evaluate.js';
import { dataReportMarkdown } from './data-report.js';
import { details, esc, fmt, table } from './markdown.js';
import { comparisonCharts } from './charts.js';
import { fairnessSection, importanceSection } from './fairness.js';

const sign = (x: number) => (x > 0 ? '+' : x < 0 ? '−' : '±');
const signed = (x: number | null, digits = 4) => (x === null ? '–' : `${sign(x)}${fmt(Math.abs(x), digits)}`);
const pval = (p: number | null) => (p === null ? '–' : p < 0.0001 ? '<0.0001' : p.toPrecision(2));

/** A GitHub login as a mention (bots too: `name[bot]`); anything else is escaped text. */
function login(by: string): string {
  return /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/.test(by) ? `@${by}` : esc(by, 60);
}

function gateCell(results: GateResult[]): string {
  if (!results.length) return '';
  const failed = results.filter((r) => !r.passed);
  if (failed.length) return `❌ ${failed.map((f) => esc(f.rule)).join(', ')}`;
  return results.some((r) => r.underpowered || r.warning) ? `⚠️ ${results.map((r) => esc(r.rule)).join(', ')}` : `✅ ${results.map((r) => esc(r.rule)).join(', ')}`;
}

function gateRow(g: GateResult): string[] {
  return [
    `\`${g.metric}\`${g.slice ? ` [${esc(g.slice.column)} = ${esc(g.slice.value, 40)}]` : ''}${g.sensitive !== undefined ? ` [${esc(g.sensitive, 80)}]` : ''}`,
    esc(g.rule),
    fmt(g.baseline),
    fmt(g.candidate),
    g.delta === null ? '–' : `${signed(g.delta)}${g.ci ? ` [${fmt(g.ci[0], 3)}, ${fmt(g.ci[1], 3)}]` : ''}`,
    pval(g.adjustedPValue),
    g.passed ? (g.underpowered || g.warning ? '⚠️ pass' : '✅ pass') : '❌ fail',
    esc(g.reason, 300),
  ];
}

/** Up to three headline metrics the comparison reports, for the per-slice table. */
function sliceMetricNames(c: Comparison): string[] {
  return c.metrics.map((m) => m.metric).slice(0, 3);
}

/** Candidate value with its change from the baseline's value, "0.91 (+0.02)"; no change, no parenthesis. */
function withDelta(candidate: number | null | undefined, baseline: number | null | undefined): string {
  if (candidate === null || candidate === undefined) return '–';
  return baseline === null || baseline === undefined || candidate === baseline ? fmt(candidate) : `${fmt(candidate)} (${signed(candidate - baseline, 3)})`;
}

/** Every slice of the candidate with its metrics, and the change from the baseline's same slice. */
function sliceMetricsTable(c: Comparison, ctx: CommentContext): string {
  const names = sliceMetricNames(c);
  const rows = ctx.candidate.slices.map((s) => {
    const b = ctx.baseline?.slices.find((x) => x.column === s.column && x.value === s.value);
    const cells = s.metrics ? names.map((m) => withDelta(s.metrics![m]?.value, b?.metrics?.[m]?.value)) : names.map((_, i) => (i === 0 ? esc(s.skipped ?? 'not computed', 120) : ''));
    return [esc(s.column), esc(s.value, 40), String(s.rows), ...cells];
  });
  return table(['column', 'value', 'rows', ...names.map((m) => `\`${m}\`${ctx.baseline ? ' (Δ)' : ''}`)], rows, ['l', 'l', 'r', ...names.map(() => 'r' as const)]);
}

/**
 * Multiclass: precision, recall and F1 per class with their change from the baseline, and the
 * confusion matrix as candidate counts with the change per cell (rows: true class).
 */
function perClassSection(ctx: CommentContext): string | undefined {
  const cand = ctx.candidate;
  if (cand.task !== 'multiclass' || !cand.tables.perClass?.length) return undefined;
  const base = ctx.baseline?.task === 'multiclass' && JSON.stringify(ctx.baseline.classes) === JSON.stringify(cand.classes) ? ctx.baseline : undefined;
  const rows = cand.tables.perClass.map((k) => {
    const b = base?.tables.perClass?.find((x) => x.class === k.class);
    return [esc(k.class, 40), String(k.support), withDelta(k.precision, b?.precision), withDelta(k.recall, b?.recall), withDelta(k.f1, b?.f1)];
  });
  const out = [table(['class', 'support', ...['precision', 'recall', 'f1'].map((m) => (base ? `${m} (Δ)` : m))], rows, ['l', 'r', 'r', 'r', 'r'])];
  const cm = cand.tables.confusion;
  const classes = cand.classes;
  if (cm && classes.length <= 12 && cm.length === classes.length) {
    const bm = base?.tables.confusion;
    const cell = (i: number, j: number) => {
      const v = cm[i]?.[j] ?? 0;
      const d = bm ? v - (bm[i]?.[j] ?? 0) : 0;
      return bm && d !== 0 ? `${v} (${d > 0 ? '+' : '−'}${Math.abs(d)})` : String(v);
    };
    out.push(
      `Confusion matrix (rows: true class, columns: predicted)${bm ? ', candidate counts with the change from the baseline' : ''}:`,
      table(['', ...classes.map((k) => esc(k, 20))], classes.map((k, i) => [`**${esc(k, 20)}**`, ...classes.map((_, j) => cell(i, j))]), ['l', ...classes.map(() => 'r' as const)]),
    );
  }
  return out.join('\n\n');
}

export function comparisonMarkdown(c: Comparison, ctx: CommentContext): string {
  const out: string[] = [];
  const icon = c.passed === null ? 'ℹ️' : c.passed ? '✅' : '❌';
  out.push(`## ${icon} modelgate: ${esc(c.verdict, 300)}`);
  const meta = [
    `${c.policy}`,
    `${Math.round(c.confidence * 100)}% confidence`,
    `${c.correction === 'none' ? 'no correction' : `${c.correction === 'holm' ? 'Holm' : 'Benjamini-Hochberg'} across ${c.gates.filter((g) => g.pValue !== null).length} tests`}`,
    esc(c.pairing),
  ];
  out.push('', `<sub>${meta.join(' · ')}</sub>`);
  if (c.override?.accepted.length) {
    out.push('', c.override.accepted.map((o) => `> **Override:** \`${o.metric}\` accepted by ${login(o.by)} — ${esc(o.reason, 200)}`).join('\n'));
  }
  const failed = c.gates.filter((g) => !g.passed);
  if (failed.length) {
    out.push('', '### Failed gates', '', table(['metric', 'rule', 'baseline', 'candidate', 'Δ [interval]', 'adj. p', '', 'why'], failed.map(gateRow)));
  }
  const byMetric = new Map<string, GateResult[]>();
  for (const g of c.gates) if (!g.slice && g.sensitive === undefined) byMetric.set(g.metric, [...(byMetric.get(g.metric) ?? []), g]);
  const rows = c.metrics.map((m) => [
    `\`${m.metric}\``,
    fmt(m.baseline),
    fmt(m.candidate),
    m.delta === null ? '–' : `${signed(m.delta)}${m.ci ? ` [${fmt(m.ci[0], 3)}, ${fmt(m.ci[1], 3)}]` : ''}`,
    pval(m.pValue),
    gateCell(byMetric.get(m.metric) ?? []),
  ]);
  out.push('', table(['metric', 'baseline', 'candidate', 'Δ [interval]', 'p', 'gate'], rows, ['l', 'r', 'r', 'l', 'r', 'l']));
  // Passed gates to look at: a point value beyond its bound, or a margin the set cannot resolve.
  const flagged = c.gates.filter((g) => g.passed && !g.slice && g.sensitive === undefined && (g.warning || g.underpowered));
  if (flagged.length) out.push('', flagged.map((g) => `- ⚠️ \`${g.metric}\` ${esc(g.rule)}: ${esc(g.reason, 400)}`).join('\n'));
  if (c.notes.length) out.push('', c.notes.map((n) => `- ${esc(n, 300)}`).join('\n'));

  const sliceGates = c.gates.filter((g) => g.slice);
  if (sliceGates.length || ctx.candidate.slices.length) {
    const body = [
      sliceGates.length ? table(['metric', 'rule', 'baseline', 'candidate', 'Δ [interval]', 'adj. p', '', 'why'], sliceGates.map(gateRow)) : '',
      ctx.candidate.slices.length ? sliceMetricsTable(c, ctx) : '',
    ].filter(Boolean);
    out.push('', details(`Slices (${sliceGates.length ? `${sliceGates.filter((g) => !g.passed).length} failed of ${sliceGates.length}` : ctx.candidate.slices.length})`, body.join('\n\n')));
  }
  const fairness = fairnessSection(c, ctx.candidate, ctx.baseline);
  if (fairness) out.push('', fairness);
  const importance = importanceSection(ctx.candidate, ctx.baseline);
  if (importance) out.push('', importance);
  const perClass = perClassSection(ctx);
  if (perClass) out.push('', details('Per class', perClass));
  if (ctx.dataReport) out.push('', details(`Data validation and drift (${ctx.dataReport.passed ? 'passed' : 'failed'})`, dataReportMarkdown(ctx.dataReport)));
  if (ctx.training) {
    const t = ctx.training;
    const diff = t.paramsDiff.length
      ? table(['param', 'baseline', 'candidate'], t.paramsDiff.map((d) => [esc(d.key), esc(JSON.stringify(d.old ?? null)), esc(JSON.stringify(d.new ?? null))]))
      : 'No parameter changed.';
    if (t.leakage) out.push('', `> ⚠️ ${esc(t.leakage, 400)}`);
    out.push('', details(`Training (${t.cacheHit ? 'cache hit: not retrained' : `retrained${t.durationSeconds !== undefined ? ` in ${fmt(t.durationSeconds, 3)} s` : ''}`})`, diff));
  }
  const lat = (e?: Evaluation) => (e ? [fmt(e.latency.p50Ms, 3), fmt(e.latency.p95Ms, 3), Math.round(e.latency.rowsPerSecond).toLocaleString('en-US')] : ['–', '–', '–']);
  out.push('', details('Latency', table(['', 'p50 ms / batch', 'p95 ms / batch', 'rows/s'], [['baseline', ...lat(ctx.baseline)], ['candidate', ...lat(ctx.candidate)]])));
  out.push(...comparisonCharts(c));
  const links = [ctx.runUrl ? `[workflow run](${ctx.runUrl})` : '', ctx.artifactsUrl ? `[artifacts](${ctx.artifactsUrl})` : ''].filter(Boolean);
  out.push('', `<sub>candidate model \`${c.candidate.model.slice(0, 12)}\`${c.baseline ? ` · baseline \`${c.baseline.model.slice(0, 12)}\`` : ''} · ${c.rows.toLocaleString('en-US')} rows${links.length ? ` · ${links.join(' · ')}` : ''}</sub>`);
  return out.join('\n') + '\n';
}
