/**
 * The model card stored with every version (model-card.md): intended use (the author's `card`
 * text), evaluation with intervals, slices, and lineage. Values from data (slice names, params)
 * are escaped; the author's text is theirs and kept as written.
 */
import { code, esc, fmt, table } from './markdown.js';

interface Metric {
  value: number | null;
  ci?: [number | null, number | null] | null;
}

export interface CardInputs {
  name: string;
  evaluation?: {
    task: string;
    rows: number;
    confidence: number;
    data: { sha256: string; sources?: string[] };
    metrics: Record<string, Metric>;
    slices: { column: string; value: string; rows: number; metrics?: Record<string, Metric>; skipped?: string }[];
  };
  trainManifest?: { key: string; params?: { values?: Record<string, unknown> } | null; git?: { commit: string; dirty: boolean } | null };
  files: { title: string; digest: string; size: number }[];
  revision?: string;
  source?: string;
  intendedUse?: string;
}

const ci = (m: Metric) => (m.ci && m.ci[0] !== null && m.ci[1] !== null ? `[${fmt(m.ci[0])}, ${fmt(m.ci[1])}]` : '–');

export function modelCard(c: CardInputs): string {
  const out: string[] = [`# Model card: ${esc(c.name)}`, ''];
  out.push('## Intended use', '', c.intendedUse?.trim() || '_Not stated. Pass `card` to register to describe what this model is for and what it must not be used for._', '');
  const ev = c.evaluation;
  if (ev) {
    out.push('## Evaluation', '', `Task ${esc(ev.task)}, ${ev.rows} rows, data sha256 ${code(ev.data.sha256, 80)}; intervals at ${fmt(ev.confidence * 100)}% confidence.`, '');
    out.push(table(['metric', 'value', 'interval'], Object.entries(ev.metrics).map(([k, m]) => [esc(k), fmt(m.value), ci(m)]), ['l', 'r', 'r']), '');
    const slices = ev.slices.filter((s) => !s.skipped && s.metrics);
    if (slices.length) {
      const names = [...new Set(slices.flatMap((s) => Object.keys(s.metrics!)))].slice(0, 4);
      out.push('## Slices', '');
      out.push(table(['slice', 'rows', ...names.map((n) => esc(n))], slices.map((s) => [`${esc(s.column)} = ${esc(s.value)}`, String(s.rows), ...names.map((n) => fmt(s.metrics![n]?.value))]), ['l', 'r', ...names.map(() => 'r' as const)]), '');
    }
  } else out.push('## Evaluation', '', '_No evaluation was registered with this version._', '');
  out.push('## Lineage', '');
  const commit = c.trainManifest?.git?.commit ?? c.revision;
  if (commit) out.push(`- Commit: ${code(commit, 80)}${c.trainManifest?.git?.dirty ? ' (working tree had changes)' : ''}`);
  if (c.source) out.push(`- Source: ${esc(c.source, 200)}`);
  if (c.trainManifest) out.push(`- Training cache key: ${code(c.trainManifest.key)}`);
  for (const f of c.files) out.push(`- File ${code(f.title)}: ${f.size} bytes, ${code(f.digest)}`);
  const params = c.trainManifest?.params?.values;
  if (params && Object.keys(params).length) {
    out.push('', table(['param', 'value'], Object.entries(params).map(([k, v]) => [esc(k), esc(JSON.stringify(v))])));
  }
  out.push('');
  return out.join('\n');
}
