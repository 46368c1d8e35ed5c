/**
 * Plain-text tables for a terminal: what evaluate-model and compare-to-baseline print on a TTY
 * instead of markdown. Text from data is stripped of control characters (no escape sequence from a
 * column name reaches the terminal); colour only when asked.
 */
import type { Evaluation } from '../model/evaluate.js';
import type { Comparison } from '../gates/compare.js';
import { fmt } from './markdown.js';

/** Removes C0/C1 control characters (ESC, CR, BEL, …) and cuts long text. */
export function plain(value: unknown, max = 40): string {
  let s = String(value ?? '').replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
  if (s.length > max) s = s.slice(0, max - 1) + '…';
  return s;
}

const width = (s: string) => [...s.replace(/\x1b\[[0-9;]*m/g, '')].length;

/** Columns padded to their widest cell; `right` columns are right-aligned (numbers). */
export function textTable(head: string[], rows: string[][], right: boolean[] = []): string {
  const w = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (r: string[]) =>
    r
      .map((c, i) => (right[i] ? ' '.repeat(w[i] - width(c)) + c : c + ' '.repeat(w[i] - width(c))))
      .join('  ')
      .trimEnd();
  return [line(head), w.map((n) => '─'.repeat(n)).join('  '), ...rows.map(line)].join('\n') + '\n';
}

export interface Paint {
  pass(s: string): string;
  fail(s: string): string;
  dim(s: string): string;
}

export const NO_COLOUR: Paint = { pass: (s) => s, fail: (s) => s, dim: (s) => s };
export const COLOUR: Paint = { pass: (s) => `\x1b[32m${s}\x1b[0m`, fail: (s) => `\x1b[31m${s}\x1b[0m`, dim: (s) => `\x1b[2m${s}\x1b[0m` };

const interval = (ci: [number, number] | null | undefined) => (ci ? `[${fmt(ci[0])}, ${fmt(ci[1])}]` : '–');

export function evaluationText(ev: Evaluation, paint: Paint = NO_COLOUR): string {
  const out = [`${ev.task}, ${ev.rows.toLocaleString('en-US')} rows, model ${plain(ev.model.path, 60)}`, ''];
  out.push(
    textTable(
      ['metric', 'value', `${Math.round(ev.confidence * 1000) / 10}% interval`, 'method'],
      Object.entries(ev.metrics).map(([k, m]) => [plain(k), m.value === null ? 'undefined' : fmt(m.value), interval(m.ci), paint.dim(plain(m.method ?? ''))]),
      [false, true, false, false],
    ),
  );
  const slices = ev.slices.filter((s) => s.metrics);
  const metric = ['roc_auc', 'accuracy', 'r2', 'rmse'].find((m) => m in ev.metrics);
  if (slices.length && metric) {
    out.push(`${metric} per slice`, '');
    out.push(textTable(['slice', 'rows', metric, 'interval'], slices.map((s) => [`${plain(s.column, 20)} = ${plain(s.value, 24)}`, String(s.rows), fmt(s.metrics![metric]?.value ?? null), interval(s.metrics![metric]?.ci)]), [false, true, true, false]));
  }
  return out.join('\n');
}

export function comparisonText(c: Comparison, paint: Paint = NO_COLOUR): string {
  const verdict = c.passed === false ? paint.fail(plain(c.verdict, 200)) : paint.pass(plain(c.verdict, 200));
  const out = [verdict, paint.dim(`${c.policy}, ${Math.round(c.confidence * 100)}% confidence, ${c.correction}, ${plain(c.pairing, 80)}`), ''];
  if (c.gates.length) {
    out.push(
      textTable(
        ['gate', 'rule', 'baseline', 'candidate', 'Δ', 'interval', 'adj. p', 'result'],
        c.gates.map((g) => [
          plain(g.metric) + (g.slice ? ` [${plain(g.slice.column, 16)}=${plain(g.slice.value, 16)}]` : '') + (g.sensitive !== undefined ? ` [${plain(g.sensitive, 24)}]` : ''),
          plain(g.rule),
          fmt(g.baseline),
          fmt(g.candidate),
          fmt(g.delta),
          interval(g.ci),
          g.adjustedPValue === null ? '–' : fmt(g.adjustedPValue, 2),
          g.passed ? paint.pass(g.underpowered ? 'pass (underpowered)' : 'pass') : paint.fail('FAIL'),
        ]),
        [false, false, true, true, true, false, true, false],
      ),
    );
    for (const g of c.gates.filter((x) => !x.passed || x.underpowered)) out.push(`${plain(g.metric)}: ${plain(g.reason, 300)}`);
  } else {
    out.push(textTable(['metric', 'baseline', 'candidate', 'Δ', 'interval'], c.metrics.map((m) => [plain(m.metric), fmt(m.baseline), fmt(m.candidate), fmt(m.delta), interval(m.ci)]), [false, true, true, true, false]));
  }
  return out.join('\n') + '\n';
}
