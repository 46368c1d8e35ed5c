/**
 * A sweep in markdown: how many variants were tried, the leaderboard on the validation split (top
 * 10, intervals, the chosen one marked), and — when the chosen model's test evaluation is known —
 * its validation score beside its test score: the first is the best of N noisy estimates and so
 * optimistic; the second is what a new sample would show. Every value from a result file (an
 * artifact of another job) is escaped.
 */
import type { SweepReport } from '../experiments/sweep-results.js';
import { details, esc, fmt, table } from './markdown.js';

const interval = (ci: [number, number] | null) => (ci ? `[${fmt(ci[0])}, ${fmt(ci[1])}]` : '–');

export interface TestScore {
  value: number | null;
  ci: [number, number] | null;
}

/** The leaderboard table (top `top` rows by validation score). */
export function leaderboard(report: SweepReport, top = 10): string {
  const keys = [...new Set(report.ranking.flatMap((r) => Object.keys(r.values)))];
  const rows = report.ranking.slice(0, top).map((r, i) => [
    String(i + 1),
    `${esc(r.variant, 20)}${r.variant === report.winner.variant ? ' ✅ chosen' : ''}`,
    ...keys.map((k) => esc(r.values[k] ?? '', 30)),
    fmt(r.value),
    interval(r.ci),
    r.cacheHit ? 'hit' : 'trained',
  ]);
  const more = report.ranking.length > top ? `\n\n${report.ranking.length - top} more variants not shown.` : '';
  return table(['#', 'variant', ...keys.map((k) => esc(k, 30)), `${esc(report.metric, 30)} (validation)`, 'interval', 'cache'], rows) + more;
}

/** The headline: N variants, the chosen one, its validation score and (when given) its test score. */
export function sweepHeadline(report: SweepReport, test?: TestScore): string {
  const w = report.winner;
  const lines = [`${report.ranking.length} variant${report.ranking.length === 1 ? '' : 's'} tried (${report.method}${report.missing.length ? `, ${report.missing.length} without a result` : ''}); **${esc(w.variant, 20)}** chosen on the validation split by ${esc(report.metric, 30)} (${report.goal}).`];
  const rows = [['validation (chosen on)', fmt(w.value), interval(w.ci)]];
  if (test) rows.push(['test (held out, evaluated once)', fmt(test.value), interval(test.ci)]);
  lines.push('', table(['chosen variant', esc(report.metric, 30), 'interval'], rows));
  if (test && test.value !== null && w.value !== null) {
    const gap = report.goal === 'maximize' ? w.value - test.value : test.value - w.value;
    lines.push('', `The validation score is the best of ${report.ranking.length} and so optimistic; the test score is the one to believe (validation − test: ${fmt(gap)}).`);
  }
  return lines.join('\n');
}

/** The job summary of train's sweep, and the PR comment's collapsed section. */
export function sweepMarkdown(report: SweepReport, test?: TestScore): string {
  return `${sweepHeadline(report, test)}\n\n${details(`Leaderboard (${report.ranking.length} variants)`, leaderboard(report))}\n`;
}
