/**
 * What acting on a monitoring run needs from monitor-report.json, and nothing more: the finding,
 * whether labels were present, the drifted columns with their statistics, the metrics that decayed,
 * the window, the model and the retrain policy. `monitor` writes the report (src/monitor/); this
 * module reads the fields below and ignores the rest, so the report can grow without breaking it.
 *
 * Assumed shape of monitor-report.json (camelCase, as every artifact):
 *
 *   {
 *     "kind": "monitor-report", "schemaVersion": 1,
 *     "finding": "none" | "warn" | "act",
 *     "labelled": true,                        // labels were joined to the window's predictions
 *     "drift": [ { "column", "test", "statistic", "pValue"?, "threshold"?, "drifted" } ],
 *                                              // data-report.json's drift[] entries; prediction drift
 *                                              // as a column too (e.g. "prediction")
 *     "decay": [ { "metric", "test", "production", "window", "pValue"?, "decayed" } ],
 *     "window": { "start"?, "end"?, "rows"? },
 *     "model": { "reference"?, "version"? },   // the registry reference the `production` alias named
 *     "retrain": { "data": "append" | "replace-oldest" }   // modelgate.yml monitor.retrain.data
 *   }
 *
 * In the workflow the report is an artifact of another job, which read production data: every
 * string in it is untrusted. `readFindings` checks types and sizes; rendering escapes the text.
 */
import { DataError } from '../errors.js';
import { WINDOW_POLICIES, type WindowPolicy } from './window.js';

export const FINDINGS = ['none', 'warn', 'act'] as const;
export type Finding = (typeof FINDINGS)[number];

export interface DriftedColumn {
  column: string;
  test: string;
  statistic: number;
  pValue?: number;
  threshold?: number;
}

export interface DecayedMetric {
  metric: string;
  test: string;
  /** The metric in the version's registered evaluation. */
  production: number;
  /** The metric on the window's labelled rows. */
  window: number;
  pValue?: number;
}

/** The part of monitor-report.json that acting reads. */
export interface MonitorFindings {
  finding: Finding;
  labelled: boolean;
  drifted: DriftedColumn[];
  decay: DecayedMetric[];
  window?: { start?: string; end?: string; rows?: number };
  model?: { reference?: string; version?: string };
  retrain?: { data?: WindowPolicy };
}

/** Entries read from each list; a report with more is cut (the rest are counted, not shown). */
const MAX_ENTRIES = 500;
const MAX_TEXT = 300;

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Reads and checks the fields above from the report's JSON text. DataError names the file and field. */
export function readFindings(text: string, file = 'monitor-report.json'): MonitorFindings {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new DataError(`${file}: not JSON (${(e as Error).message})`, file);
  }
  if (!isObj(doc)) throw new DataError(`${file}: not a monitor report (a JSON object)`, file);
  const bad = (field: string, what: string): never => {
    throw new DataError(`${file}: ${field} must be ${what}`, file);
  };
  const str = (v: unknown, field: string): string => (typeof v === 'string' && v.length <= MAX_TEXT ? v : bad(field, `a string of at most ${MAX_TEXT} characters`));
  const num = (v: unknown, field: string): number => (typeof v === 'number' && Number.isFinite(v) ? v : bad(field, 'a finite number'));
  const optNum = (v: unknown, field: string): number | undefined => (v === undefined || v === null ? undefined : num(v, field));
  const optStr = (v: unknown, field: string): string | undefined => (v === undefined || v === null ? undefined : str(v, field));
  const list = (v: unknown, field: string): Obj[] => {
    if (v === undefined) return [];
    if (!Array.isArray(v)) return bad(field, 'a list');
    return v.slice(0, MAX_ENTRIES).map((x, i) => (isObj(x) ? x : bad(`${field}[${i}]`, 'an object')));
  };

  if (doc.kind !== undefined && doc.kind !== 'monitor-report') bad('kind', "'monitor-report'");
  if (!(FINDINGS as readonly unknown[]).includes(doc.finding)) bad('finding', `one of ${FINDINGS.join(', ')}`);
  if (typeof doc.labelled !== 'boolean') bad('labelled', 'true or false');
  const drifted = list(doc.drift, 'drift')
    .filter((d, i) => (typeof d.drifted === 'boolean' ? d.drifted : bad(`drift[${i}].drifted`, 'true or false')))
    .map((d, i) => ({
      column: str(d.column, `drift[${i}].column`),
      test: str(d.test, `drift[${i}].test`),
      statistic: num(d.statistic, `drift[${i}].statistic`),
      pValue: optNum(d.pValue, `drift[${i}].pValue`),
      threshold: optNum(d.threshold, `drift[${i}].threshold`),
    }));
  const decay = list(doc.decay, 'decay')
    .filter((d, i) => (typeof d.decayed === 'boolean' ? d.decayed : bad(`decay[${i}].decayed`, 'true or false')))
    .map((d, i) => ({
      metric: str(d.metric, `decay[${i}].metric`),
      test: str(d.test, `decay[${i}].test`),
      production: num(d.production, `decay[${i}].production`),
      window: num(d.window, `decay[${i}].window`),
      pValue: optNum(d.pValue, `decay[${i}].pValue`),
    }));
  const out: MonitorFindings = { finding: doc.finding as Finding, labelled: doc.labelled as boolean, drifted, decay };
  if (doc.window !== undefined) {
    const w = isObj(doc.window) ? doc.window : bad('window', 'an object');
    out.window = { start: optStr(w.start, 'window.start'), end: optStr(w.end, 'window.end'), rows: optNum(w.rows, 'window.rows') };
  }
  if (doc.model !== undefined) {
    const m = isObj(doc.model) ? doc.model : bad('model', 'an object');
    out.model = { reference: optStr(m.reference, 'model.reference'), version: optStr(m.version, 'model.version') };
  }
  if (doc.retrain !== undefined) {
    const r = isObj(doc.retrain) ? doc.retrain : bad('retrain', 'an object');
    if (r.data !== undefined && !(WINDOW_POLICIES as readonly unknown[]).includes(r.data)) bad('retrain.data', `one of ${WINDOW_POLICIES.join(', ')}`);
    out.retrain = { data: r.data as WindowPolicy | undefined };
  }
  return out;
}

/** What a run does with the findings: a retrain pull request, a drift issue, or nothing. */
export type NextStep = 'pull-request' | 'issue' | 'none';

/**
 * `act` with labels: retrain and open (or update) the pull request, where the gate judges the
 * candidate on the window's labelled rows. `act` without labels: an issue, since a retrain without
 * labels cannot be judged. `warn` and `none`: nothing (the monitor's summary and annotations say
 * what it saw), and nothing is closed: an open pull request or issue stays for a person to decide.
 */
export function nextStep(f: MonitorFindings): NextStep {
  if (f.finding !== 'act') return 'none';
  return f.labelled ? 'pull-request' : 'issue';
}
