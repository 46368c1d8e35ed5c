/**
 * The job summary of a rollout: decision and reason, the steps with their scores, the judged
 * metrics of every step, and a mermaid chart of each judged metric (candidate against stable)
 * step by step. Model references and reasons are escaped: a registry reference is user input.
 */
import type { Deployment } from '../deploy/report.js';
import { esc, fmt, table } from './markdown.js';

const ICON: Record<Deployment['decision'], string> = { promoted: '✅', 'rolled-back': '↩️', 'no-data': '⚠️', passed: '✅' };

function stepName(s: Deployment['steps'][number]): string {
  return s.phase === 'canary' ? `${s.weight}%` : s.phase;
}

/** A mermaid xychart of one metric's candidate and stable values over the judged steps. */
function chart(d: Deployment, metric: string): string | undefined {
  const judged = d.steps.filter((s) => s.judgement?.metrics.some((m) => m.name === metric));
  if (judged.length === 0) return undefined;
  const values = judged.map((s) => s.judgement!.metrics.find((m) => m.name === metric)!);
  if (values.every((v) => v.candidate.value === null && v.stable.value === null)) return undefined;
  const num = (v: number | null) => (v === null ? 0 : Number(v.toPrecision(6)));
  const label = (s: string) => JSON.stringify(s.replace(/["\\]/g, ''));
  const title = metric.replace(/["\\]/g, '');
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${title}: stable (first line) and candidate (second line)"`,
    `  x-axis [${judged.map((s) => label(stepName(s))).join(', ')}]`,
    `  line [${values.map((v) => num(v.stable.value)).join(', ')}]`,
    `  line [${values.map((v) => num(v.candidate.value)).join(', ')}]`,
    '```',
  ].join('\n');
}

export function renderDeployment(d: Deployment, opts: { logUrl?: string } = {}): string {
  const out: string[] = [];
  out.push(`## ${ICON[d.decision]} Deploy ${esc(d.model, 200)}: ${d.decision}`);
  out.push('', `${d.strategy} on ${esc(d.target.kind)}${d.environment ? ` to \`${esc(d.environment)}\`` : ''}. ${esc(d.reason, 600)}`);
  if (d.resumed) out.push('', `Resumed an interrupted rollout of ${esc(d.resumed.model, 200)} (phase ${esc(d.resumed.phase)}): ${d.resumed.action}.`);
  out.push(
    '',
    table(
      ['step', 'weight', 'outcome', 'score', 'reason'],
      d.steps.map((s) => [esc(stepName(s)), `${s.weight}%`, s.outcome, s.score === undefined ? '' : fmt(s.score, 3), esc(s.reason, 300)]),
      ['l', 'r', 'l', 'r', 'l'],
    ),
  );
  const judged = d.steps.filter((s) => s.judgement);
  if (judged.length) {
    out.push('', '### Judged metrics', '');
    const rows = judged.flatMap((s) =>
      s.judgement!.metrics.map((m) => [
        esc(stepName(s)),
        esc(m.name) + (m.critical ? ' (critical)' : ''),
        m.classification,
        fmt(m.stable.value),
        fmt(m.candidate.value),
        fmt(m.estimate),
        m.ci ? `${fmt(m.ci[0])} to ${fmt(m.ci[1])}` : '',
        m.pValue === null ? '' : fmt(m.pValue, 3),
        `${m.stable.n} / ${m.candidate.n}`,
      ]),
    );
    out.push(table(['step', 'metric', 'class', 'stable', 'candidate', 'shift', `${fmt(d.settings.confidence * 100, 3)}% CI`, 'p', 'n (stable / candidate)'], rows, ['l', 'l', 'l', 'r', 'r', 'r', 'r', 'r', 'r']));
    const metrics = [...new Set(judged.flatMap((s) => s.judgement!.metrics.map((m) => m.name)))];
    for (const m of metrics) {
      const c = chart(d, m);
      if (c) out.push('', c);
    }
    out.push(
      '',
      `<sub>Judge: Mann-Whitney / Hodges-Lehmann at ${fmt(d.settings.confidence * 100, 3)}% with effect tolerance ${fmt(d.settings.tolerance)}, Fisher exact for rates; pass ≥ ${d.settings.thresholds.pass}, marginal ≥ ${d.settings.thresholds.marginal}; min-samples ${d.settings.minSamples}.${opts.logUrl ? ` [log](${opts.logUrl})` : ''}</sub>`,
    );
  }
  return out.join('\n') + '\n';
}
