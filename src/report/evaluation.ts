/** evaluation.json as markdown: the job summary of evaluate-model. */
import type { Evaluation } from '../model/evaluate.js';
import { details, esc, fmt, table } from './markdown.js';
import { fairnessOnly, importanceSection } from './fairness.js';

const pctOf = (c: number) => `${Math.round(c * 1000) / 10}%`;

export function metricRows(metrics: Evaluation['metrics']): string[][] {
  return Object.entries(metrics).map(([name, m]) => [
    `\`${name}\``,
    m.value === null ? `undefined${m.reason ? ` (${esc(m.reason, 80)})` : ''}` : fmt(m.value),
    m.ci ? `[${fmt(m.ci[0])}, ${fmt(m.ci[1])}]` : '–',
    m.method ? esc(m.method, 60) : '',
  ]);
}

export function evaluationMarkdown(ev: Evaluation): string {
  const out: string[] = [];
  out.push(
    `### Model evaluation: ${ev.task}, ${ev.rows.toLocaleString('en-US')} rows`,
    '',
    `Model ${esc(ev.model.path)} (sha256 \`${ev.model.sha256.slice(0, 12)}\`, ${(ev.model.bytes / 1024).toFixed(1)} KiB) on ${ev.data.sources.map((s) => esc(s)).join(', ')}` +
      (ev.data.shard ? `, shard ${esc(ev.data.shard)}` : '') +
      (ev.positiveLabel !== null ? ` · positive class ${esc(ev.positiveLabel)}, threshold ${ev.threshold}` : ''),
    '',
    table(['metric', 'value', `${pctOf(ev.confidence)} interval`, 'method'], metricRows(ev.metrics), ['l', 'r', 'l', 'l']),
  );
  const cm = ev.tables.confusion;
  if (cm) {
    const head = ['true \\ predicted', ...ev.classes.map((c) => esc(c, 30))];
    out.push('', details('Confusion matrix', table(head, cm.map((row, i) => [esc(ev.classes[i], 30), ...row.map(String)]))));
  }
  const cal = ev.tables.calibration;
  if (cal) {
    out.push(
      '',
      details(
        `Calibration (expected calibration error ${fmt(ev.metrics.ece?.value ?? null)})`,
        table(['bin', 'rows', 'mean predicted', 'observed rate'], cal.map((b) => [`[${fmt(b.low, 2)}, ${fmt(b.high, 2)})`, String(b.count), fmt(b.meanPredicted), fmt(b.observedRate)]), ['l', 'r', 'r', 'r']),
      ),
    );
  }
  if (ev.slices.length) {
    const names = ['accuracy', 'roc_auc', 'f1', 'macro_f1', 'recall', 'mae', 'rmse', 'r2'].filter((n) => n in ev.metrics).slice(0, 4);
    const rows = ev.slices.map((s) => [
      esc(s.column),
      esc(s.value, 40),
      String(s.rows),
      ...names.map((n) => {
        if (!s.metrics) return '–';
        const m = s.metrics[n];
        if (!m || m.value === null) return 'n/a';
        return `${fmt(m.value)}${m.ci ? ` [${fmt(m.ci[0], 3)}, ${fmt(m.ci[1], 3)}]` : ''}`;
      }),
    ]);
    const skipped = ev.slices.filter((s) => s.skipped).map((s) => `- ${esc(s.column)} = ${esc(s.value)}: ${esc(s.skipped, 200)}`);
    out.push('', details(`Slices (${ev.slices.length})`, table(['column', 'value', 'rows', ...names], rows) + (skipped.length ? '\n\n' + skipped.join('\n') : '')));
  }
  // The audit and importance alone (no baseline, no gates): the comment's sections with nothing to compare.
  const fairness = ev.fairness ? fairnessOnly(ev) : undefined;
  if (fairness) out.push('', fairness);
  const importance = importanceSection(ev);
  if (importance) out.push('', importance);
  const l = ev.latency;
  out.push(
    '',
    details(
      'Latency',
      table(
        ['', 'p50', 'p95', 'p99'],
        [
          [`per batch (${l.batchSize} rows)`, `${fmt(l.p50Ms, 3)} ms`, `${fmt(l.p95Ms, 3)} ms`, `${fmt(l.p99Ms, 3)} ms`],
          ['per row', `${fmt(l.perRow.p50Ms * 1000, 3)} µs`, `${fmt(l.perRow.p95Ms * 1000, 3)} µs`, `${fmt(l.perRow.p99Ms * 1000, 3)} µs`],
        ],
      ) + `\n\n${Math.round(l.rowsPerSecond).toLocaleString('en-US')} rows/s over ${l.batches} batches; model file ${(l.modelBytes / 1024).toFixed(1)} KiB`,
    ),
  );
  if (ev.notes.length) out.push('', ev.notes.map((n) => `- ${esc(n, 300)}`).join('\n'));
  return out.join('\n') + '\n';
}
