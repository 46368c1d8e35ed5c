/**
 * Mermaid charts that GitHub renders natively in PR comments and job summaries. They sit beside the
 * tables (never instead of them), inside a collapsed <details>.
 *
 * Text that came from data (column names, slice values, versions) is neutralised by `label`: only
 * letters, digits, spaces and `_ . - + = /` survive, so nothing can close a quoted string, start a
 * comment (`%%`), end a statement (`;`, `:`, newline), inject HTML/click directives, or close the
 * markdown code fence. Numbers are written only when finite.
 *
 * Why these chart types: GitHub renders `xychart-beta` (bars and lines on category axes) and
 * `gantt`. A forest plot needs floating intervals on a numeric axis; xychart-beta has only bars from
 * zero and lines across categories, so the deltas are drawn as a gantt on a millisecond axis: each
 * gate is a bar from the interval's low to its high end, with milestones at no change and at the
 * allowed margin (checked by rendering with mermaid 11 in chromium).
 */
import type { GateResult } from '../gates/compare.js';
import { DIRECTION } from '../gates/spec.js';
import type { DriftResult } from '../data/drift.js';

/** Neutralises data-derived text for mermaid (see the module comment); empty text becomes '_'. */
export function label(value: unknown, max = 40): string {
  let s = String(value ?? '')
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N} _.+=/-]/gu, '_')
    .replace(/\s+/g, ' ')
    .trim();
  if (s.length > max) s = s.slice(0, max - 1) + '_';
  return s || '_';
}

/** A finite number for mermaid text, rounded to 6 significant digits; null for NaN/Infinity/null. */
function num(x: number | null | undefined): string | null {
  if (x === null || x === undefined || !Number.isFinite(x)) return null;
  return String(Number(x.toPrecision(6)));
}

const fence = (body: string[]) => ['```mermaid', ...body, '```'].join('\n');

/** The allowed delta of a relative gate (signed: negative for a regression margin), from its rule text. */
export function allowedDelta(g: Pick<GateResult, 'metric' | 'rule' | 'baseline'>): number | null {
  const m = /^(max-regression|require-improvement)(?:\s+(-?\d+(?:\.\d+)?(?:e-?\d+)?)(%)?)?$/.exec(g.rule.trim());
  if (!m) return null;
  const raw = m[2] === undefined ? 0 : Number(m[2]);
  const amount = m[3] ? (raw / 100) * Math.abs(g.baseline ?? 0) : raw;
  const dir = DIRECTION[g.metric] ?? 1;
  return m[1] === 'max-regression' ? -dir * amount : dir * amount;
}

const SCALE = 1000;

/**
 * Forest plot of the gated deltas: one section per gate that has a delta and an interval; a bar
 * over the interval (red when the gate failed, highlighted when underpowered), a milestone at no
 * change (0) and one at the allowed margin. Mermaid's gantt parser takes no negative times (and
 * with `dateFormat X`, seconds, it put every start at the first one), so the scale is milliseconds
 * (`dateFormat x`) shifted to start at 1, and the axis labels are hidden: the numbers are in the
 * task labels.
 * Null when no gate has an interval.
 */
export function forestChart(gates: GateResult[], opts: { max?: number } = {}): string | null {
  const rows = gates.filter((g) => g.delta !== null && g.ci && num(g.ci[0]) !== null && num(g.ci[1]) !== null).slice(0, opts.max ?? 30);
  if (!rows.length) return null;
  const margins = rows.map((g) => allowedDelta(g));
  const values = rows.flatMap((g, i) => [g.ci![0], g.ci![1], 0, margins[i] ?? 0]).filter(Number.isFinite);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  // Whole positions (the parser takes integers) in thousandths of the span, the smallest value at 1.
  const span = hi - lo || 1;
  const at = (x: number) => String(1 + Math.round(((x - lo) / span) * SCALE));
  const lines = ['gantt', '  title Δ candidate − baseline (bar = interval, ◆ = no change and allowed margin)', '  dateFormat x', '  axisFormat .', '  todayMarker off'];
  rows.forEach((g, i) => {
    const name = label(g.metric) + (g.slice ? ` ${label(g.slice.column, 24)}=${label(g.slice.value, 24)}` : '');
    const [cl, ch] = g.ci!;
    lines.push(`  section ${name}`);
    const state = g.passed ? (g.underpowered ? 'active, ' : '') : 'crit, ';
    // A zero-width interval still gets a visible bar.
    const end = String(Math.max(Number(at(ch)), Number(at(cl)) + 1));
    lines.push(`  Δ ${num(g.delta)} [${num(cl)}, ${num(ch)}] ${g.passed ? 'pass' : 'fail'} : ${state}g${i}, ${at(cl)}, ${end}`);
    lines.push(`  0 : milestone, z${i}, ${at(0)}, 0ms`);
    const margin = margins[i];
    if (margin !== null && num(margin) !== null) lines.push(`  margin ${num(margin)} : milestone, m${i}, ${at(margin)}, 0ms`);
  });
  return fence(lines);
}

/**
 * Drift per feature as one comparable score: statistic / threshold for distance tests, and
 * log(p) / log(threshold) for tests with a p-value; 1 is the drift threshold (the line). Capped at 10.
 */
export function driftScore(d: Pick<DriftResult, 'statistic' | 'pValue' | 'threshold'> & Partial<Pick<DriftResult, 'drifted'>>): number {
  let s: number;
  // No finite statistic (a zero-spread reference): the decision is all there is.
  if (d.statistic === null && d.pValue === undefined) s = d.drifted ? 10 : 0;
  else if (d.pValue !== undefined) s = d.threshold > 0 && d.threshold < 1 ? Math.log(Math.max(d.pValue, 1e-300)) / Math.log(d.threshold) : 0;
  else s = d.threshold > 0 ? d.statistic! / d.threshold : 0;
  return Number.isFinite(s) ? Math.min(10, Math.max(0, s)) : 10;
}

export function driftChart(drift: DriftResult[], opts: { max?: number } = {}): string | null {
  const rows = [...drift].sort((a, b) => driftScore(b) - driftScore(a)).slice(0, opts.max ?? 40);
  if (!rows.length) return null;
  const scores = rows.map((d) => num(driftScore(d)) ?? '0');
  return fence([
    'xychart-beta horizontal',
    '  title "Drift score per column (1 = drift threshold)"',
    `  x-axis [${rows.map((d) => `"${label(d.column)}"`).join(', ')}]`,
    `  y-axis "score" 0 --> ${Math.max(2, Math.ceil(Math.max(...rows.map(driftScore))))}`,
    `  bar [${scores.join(', ')}]`,
    `  line [${rows.map(() => '1').join(', ')}]`,
  ]);
}

export interface HistoryPoint {
  version: string;
  metrics: Record<string, number | null | undefined>;
}

/**
 * One line chart per metric over versions (oldest first), e.g. the gated metrics across the last
 * registered versions. Versions missing a metric are left out of that metric's chart; a metric
 * with fewer than two points gets no chart.
 */
export function historyCharts(history: HistoryPoint[], metrics: string[]): string[] {
  const out: string[] = [];
  for (const metric of metrics) {
    const pts = history.map((h) => ({ v: h.version, x: num(h.metrics[metric]) })).filter((p): p is { v: string; x: string } => p.x !== null);
    if (pts.length < 2) continue;
    const xs = pts.map((p) => Number(p.x));
    const lo = Math.min(...xs);
    const hi = Math.max(...xs);
    const pad = (hi - lo) * 0.1 || Math.abs(hi) * 0.01 || 1;
    out.push(
      fence([
        'xychart-beta',
        `  title "${label(metric)}"`,
        `  x-axis [${pts.map((p) => `"${label(p.v, 24)}"`).join(', ')}]`,
        `  y-axis "${label(metric)}" ${num(lo - pad)} --> ${num(hi + pad)}`,
        `  line [${pts.map((p) => p.x).join(', ')}]`,
      ]),
    );
  }
  return out;
}
