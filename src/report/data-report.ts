/** The data-report as markdown: the job summary, and the section the PR comment embeds. */
import type { DataReport } from '../data/validate.js';
import { details, esc, fmt, pct, table } from './markdown.js';
import { driftDetails } from './charts.js';

const SHOWN_PERIODS = 36;

/** A time column's rows per period, one table row per period (the first SHOWN_PERIODS). */
function overTime(c: DataReport['columns'][number]): string {
  const t = c.time!;
  const label = (start: string) => (t.unit === 'month' ? start.slice(0, 7) : t.unit === 'year' ? start.slice(0, 4) : t.unit === 'week' ? `week of ${start}` : start);
  const top = Math.max(1, ...t.periods.map((p) => p.count));
  const rows = t.periods.slice(0, SHOWN_PERIODS).map((p) => [label(p.start), p.count.toLocaleString('en-US'), '█'.repeat(Math.round((12 * p.count) / top)) || (p.count ? '▏' : '')]);
  const more = t.periods.length > SHOWN_PERIODS ? `\n\n_first ${SHOWN_PERIODS} of ${t.periods.length} ${t.unit}s shown_` : '';
  return `**${esc(c.name)}** (${c.type}${t.zone === 'none' ? ', no time zone' : t.zone === 'mixed' ? ', some without a time zone' : ''}): ${esc(t.min)} → ${esc(t.max)}, rows per ${t.unit}\n\n${table([t.unit, 'rows', ''], rows, ['l', 'r', 'l'])}${more}`;
}

/** Clarify's pre-training measures per group: values from data, escaped. */
function biasSection(b: NonNullable<DataReport['bias']>): string {
  const ci = (c: [number, number] | null) => (c ? ` [${fmt(c[0], 3)}, ${fmt(c[1], 3)}]` : '');
  const parts = b.features.map((f) =>
    table(
      [`${esc(f.name, 80)}`, 'rows', `share ${esc(b.positiveLabel, 20)}`, 'class imbalance CI', 'DPL (others − group)'],
      f.groups.slice(0, 50).map((g) => [esc(g.value, 40), String(g.rows), fmt(g.rows ? g.positives / g.rows : null, 3), `${fmt(g.classImbalance.value, 3)}${ci(g.classImbalance.ci)}`, g.positiveProportionDifference.value === null ? '–' : `${fmt(g.positiveProportionDifference.value, 3)}${ci(g.positiveProportionDifference.ci)}`]),
      ['l', 'r', 'r', 'r', 'r'],
    ),
  );
  return [`#### Label bias by group (label ${esc(b.label, 60)}, positive ${esc(b.positiveLabel, 20)})`, '', ...parts.flatMap((p) => [p, '']), `<sub>${esc(b.method, 400)}; ${Math.round(b.confidence * 100)}% intervals. CI near 1: the group is rare; DPL above 0: the group gets the positive label less often than the others.</sub>`].join('\n');
}

export function dataReportMarkdown(r: DataReport): string {
  const out: string[] = [];
  const verdict = r.passed ? '✅ **Data validation passed**' : '❌ **Data validation failed**';
  const drifted = r.drift.filter((d) => d.drifted);
  out.push(
    `### ${verdict}`,
    '',
    `${r.rows.toLocaleString('en-US')} rows · ${r.columns.length} columns · ${r.violations.count.toLocaleString('en-US')} violations` +
      (r.datasetDrift ? ` · ${r.datasetDrift.driftedColumns} of ${r.datasetDrift.testedColumns} columns drifted (${pct(r.datasetDrift.share, 0)}; dataset drift at ${pct(r.datasetDrift.threshold, 0)})` : '') +
      (r.shard ? ` · shard ${esc(r.shard)}` : ''),
  );

  if (r.violations.count > 0) {
    out.push('', '#### Violations', '');
    out.push(table(['rule', 'count'], Object.entries(r.violations.byRule).sort((a, b) => b[1] - a[1]).map(([rule, n]) => [esc(rule), String(n)]), ['l', 'r']));
    const rows = r.violations.samples.slice(0, 20).map((s) => [s.file ? `${esc(s.file)}${s.line ? `:${s.line}` : ''}` : '–', esc(s.column ?? '–'), esc(s.rule), esc(s.message)]);
    out.push('', table(['where', 'column', 'rule', 'message'], rows));
    if (r.violations.count > rows.length) out.push('', `_first ${rows.length} of ${r.violations.count.toLocaleString('en-US')} shown; the report keeps ${r.violations.samples.length} samples_`);
  }

  if (r.reference) {
    out.push('', `#### Drift against ${esc(r.reference.source)} (${r.reference.kind}, ${r.reference.rows.toLocaleString('en-US')} rows)`, '');
    const sorted = [...r.drift].sort((a, b) => Number(b.drifted) - Number(a.drifted));
    const rows = sorted.map((d) => {
      const m = d.moved[0];
      return [
        esc(d.column),
        d.drifted ? '🔴 drifted' : '🟢 stable',
        `${d.test}${d.method === 'sketch' ? ' (sketch)' : ''}`,
        fmt(d.statistic) + (d.errorBound !== undefined ? ` ±${fmt(d.errorBound, 2)}` : ''),
        d.pValue !== undefined ? fmt(d.pValue, 3) : '–',
        (d.pValue !== undefined ? 'p < ' : '≥ ') + fmt(d.threshold),
        (m ? `${esc(m.label, 40)}: ${pct(m.reference)} → ${pct(m.current)}` : '–') + (d.newValues?.length ? `; new: ${d.newValues.map((v) => esc(v, 24)).join(', ')}` : ''),
      ];
    });
    out.push(table(['column', 'verdict', 'test', 'statistic', 'p-value', 'drift when', 'moved most'], rows));
    out.push(...driftDetails(r.drift));
    if (r.timeCoverage?.length) {
      out.push('', '**Time coverage** (time columns are compared by the period they span, not tested for drift)', '');
      out.push(
        table(
          ['column', 'reference', 'current', 'overlap', 'current rows in the reference period'],
          r.timeCoverage.map((t) => [esc(t.column), `${esc(t.reference.min)} → ${esc(t.reference.max)}`, `${esc(t.current.min)} → ${esc(t.current.max)}`, t.overlap ? `${esc(t.overlap.min)} → ${esc(t.overlap.max)}` : 'none', pct(t.currentShare)]),
        ),
      );
    }
    if (r.driftSkipped.length) out.push('', r.driftSkipped.map((s) => `- ${esc(s.column)} not tested: ${esc(s.reason, 200)}`).join('\n'));
    const sd = r.schemaDrift;
    if (sd && (sd.newColumns.length || sd.missingColumns.length || sd.typeChanges.length)) {
      out.push('', '**Schema drift**', '');
      if (sd.missingColumns.length) out.push(`- missing columns: ${sd.missingColumns.map((c) => esc(c)).join(', ')}`);
      if (sd.newColumns.length) out.push(`- new columns: ${sd.newColumns.map((c) => esc(c)).join(', ')}`);
      for (const t of sd.typeChanges) out.push(`- ${esc(t.column)}: ${t.reference} → ${t.current}`);
    }
    if (drifted.length) out.push('', drifted.map((d) => `- **${esc(d.column)}**: ${esc(d.explanation, 300)}`).join('\n'));
  }

  const colRows = r.columns.map((c) => [
    esc(c.name),
    c.type,
    c.count.toLocaleString('en-US'),
    c.nulls ? `${c.nulls.toLocaleString('en-US')} (${pct(c.nulls / Math.max(1, c.count + c.nulls))})` : '0',
    `${c.distinctExact ? '' : '~'}${c.distinct.toLocaleString('en-US')}`,
    c.time ? esc(c.time.min) : fmt(c.min),
    fmt(c.quantiles?.p50),
    c.time ? esc(c.time.max) : fmt(c.max),
    fmt(c.mean),
    fmt(c.std),
    c.type === 'string' || c.type === 'boolean' ? c.topValues.slice(0, 3).map((t) => `${esc(t.value, 24)} (${t.estimated ? `${t.count - (t.error ?? 0)}–${t.count}, estimated` : t.count})`).join(', ') : '',
  ]);
  if (r.bias) out.push('', biasSection(r.bias));
  out.push('', details(`Column profile (${r.columns.length} columns)`, table(['column', 'type', 'count', 'nulls', 'distinct', 'min', 'median', 'max', 'mean', 'std', 'top values'], colRows)));
  const timed = r.columns.filter((c) => c.time);
  if (timed.length) out.push('', details(`Over time (${timed.length} date/time column${timed.length === 1 ? '' : 's'})`, timed.map(overTime).join('\n\n')));
  return out.join('\n') + '\n';
}
