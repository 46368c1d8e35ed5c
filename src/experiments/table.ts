/**
 * Runs as a table, the way `dvc exp show` lays them out: one row per run, a few run columns, then
 * one column per param and one per metric. Text (padded), CSV (RFC 4180, each interval bound its
 * own column) or JSON (the records themselves).
 */
import type { RunRecord } from './record.js';

export interface RunTable {
  header: string[];
  rows: string[][];
}

const RUN_COLUMNS = ['id', 'created', 'source', 'branch', 'pr', 'commit', 'cache'] as const;

/** A number as people read it in a table: 4 significant digits, no exponent for ordinary sizes. */
export function shortNumber(x: number | null | undefined): string {
  if (x === null || x === undefined || Number.isNaN(x)) return '';
  if (!Number.isFinite(x)) return String(x);
  return String(Number(x.toPrecision(4)));
}

function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return shortNumber(v);
  return String(v);
}

/**
 * The param keys and metric names to show: every metric; params that differ between the runs
 * (all params with `allParams`), in first-seen order.
 */
export function columnsOf(runs: readonly RunRecord[], allParams = false): { params: string[]; metrics: string[] } {
  const params = new Map<string, Set<string>>();
  const metrics = new Set<string>();
  for (const r of runs) {
    for (const [k, v] of Object.entries(r.params)) {
      let seen = params.get(k);
      if (!seen) params.set(k, (seen = new Set()));
      seen.add(JSON.stringify(v));
    }
    for (const k of Object.keys(r.metrics)) metrics.add(k);
  }
  const keys = [...params.entries()].filter(([k, vals]) => allParams || runs.length < 2 || vals.size > 1 || runs.some((r) => !(k in r.params))).map(([k]) => k);
  return { params: keys, metrics: [...metrics] };
}

function runCells(r: RunRecord): string[] {
  return [r.id, r.createdAt.replace('T', ' ').replace(/\.\d+Z$/, 'Z'), r.sweep ? `${r.source}:${r.sweep.split}${r.sweep.chosen ? '*' : ''}` : r.source, r.git?.branch ?? '', r.pullRequest ? `#${r.pullRequest}` : '', r.git?.commit.slice(0, 7) ?? '', r.cacheHit === null ? '' : r.cacheHit ? 'hit' : 'miss'];
}

/** The text table: metric cells hold the value and its interval, `0.912 [0.881, 0.937]`. */
export function runTable(runs: readonly RunRecord[], allParams = false): RunTable {
  const cols = columnsOf(runs, allParams);
  return {
    header: [...RUN_COLUMNS, ...cols.params.map((k) => `params.${k}`), ...cols.metrics.map((k) => `metrics.${k}`)],
    rows: runs.map((r) => [
      ...runCells(r),
      ...cols.params.map((k) => cell(r.params[k])),
      ...cols.metrics.map((k) => {
        const m = r.metrics[k];
        if (!m || m.value === null) return '';
        return m.ci ? `${shortNumber(m.value)} [${shortNumber(m.ci[0])}, ${shortNumber(m.ci[1])}]` : shortNumber(m.value);
      }),
    ]),
  };
}

/** A plain text table: columns padded to their widest cell; control characters shown as spaces. */
export function textTable(t: RunTable): string {
  const clean = (s: string) => s.replace(/[\u0000-\u001f\u007f]/g, ' ');
  const all = [t.header, ...t.rows].map((r) => r.map(clean));
  const widths = t.header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  return all.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ').trimEnd()).join('\n') + '\n';
}

function csvField(s: string): string {
  // A leading = + - @ would be a formula in a spreadsheet: quote and prefix it (OWASP CSV injection).
  const safe = /^[=+\-@\t\r]/.test(s) && !/^-?\d/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) || safe !== s ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV with full-precision numbers; each metric as value, low and high columns. */
export function runCsv(runs: readonly RunRecord[], allParams = false): string {
  const cols = columnsOf(runs, allParams);
  const header = [...RUN_COLUMNS, 'duration_ms', 'data_sha256', 'model_sha256', 'sweep', 'variant', ...cols.params.map((k) => `params.${k}`), ...cols.metrics.flatMap((k) => [`metrics.${k}`, `metrics.${k}.low`, `metrics.${k}.high`])];
  const lines = [header.map(csvField).join(',')];
  const raw = (v: unknown) => (v === null || v === undefined ? '' : String(v));
  for (const r of runs) {
    const cells = [
      r.id,
      r.createdAt,
      r.source,
      r.git?.branch ?? '',
      raw(r.pullRequest),
      r.git?.commit ?? '',
      r.cacheHit === null ? '' : String(r.cacheHit),
      String(r.durationMs),
      r.data?.sha256 ?? '',
      r.model?.sha256 ?? '',
      r.sweep?.id ?? '',
      r.sweep?.variant ?? '',
      ...cols.params.map((k) => raw(r.params[k])),
      ...cols.metrics.flatMap((k) => {
        const m = r.metrics[k];
        return [raw(m?.value), raw(m?.ci?.[0]), raw(m?.ci?.[1])];
      }),
    ];
    lines.push(cells.map(csvField).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}
