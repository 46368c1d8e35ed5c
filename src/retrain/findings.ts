/**
 * What acting on a monitoring run needs from monitor-report.json, and nothing more: the finding,
 * whether labels were present, the drifted columns with their statistics, the metrics that decayed,
 * the window and the model. `monitor` writes the report (src/monitor/report.ts, schema
 * src/schemas/monitor-report.schema.json); this module reads the fields below and ignores the rest,
 * so the report can grow without breaking it. The fields read, in the report's own shape:
 *
 *   finding                      "none" | "warn" | "act"
 *   reasons[]                    { level, check, message }: why (drift, missing features, quality, decay)
 *   drift.columns[]              { column, test, statistic (number | null), pValue?, threshold, drifted }
 *   predictionDrift.classes      the same shape, or null: the predicted class shares
 *   predictionDrift.score        the same shape, or null: the predicted score (or regression value)
 *   decay                        null without labels; else { labelled (rows), skipped? (too few
 *                                labelled rows), tests[]: { metric, reference, current, test,
 *                                pValue, pValueAdjusted, decayed } }
 *   window                       { from, to (ISO or null), rows }
 *   model                        { reference, version (or null) }
 *
 * Labels count as present when `decay` is an object with at least one labelled row and no
 * `skipped`: only then was decay tested, and only then can a retrain be judged on labelled rows.
 * The retrain data policy (append or replace-oldest) is not in the report: it is the `retrain-data`
 * input of the job that adds the rows.
 *
 * In the workflow the report is an artifact of another job, which read production data: every
 * string in it is untrusted. `readFindings` checks types and sizes; rendering escapes the text.
 */
import { DataError } from '../errors.js';

export const FINDINGS = ['none', 'warn', 'act'] as const;
export type Finding = (typeof FINDINGS)[number];

export interface DriftedColumn {
  /** A feature's name, or `prediction: class shares` / `prediction: score` for prediction drift. */
  column: string;
  test: string;
  statistic?: number;
  pValue?: number;
  threshold?: number;
}

export interface DecayedMetric {
  metric: string;
  test: string;
  /** The metric in the version's registered evaluation (the report's `reference`). */
  production?: number;
  /** The metric on the window's labelled rows (the report's `current`). */
  window?: number;
  /** Holm-adjusted p-value, the one the decision used. */
  pValue?: number;
}

/** The part of monitor-report.json that acting reads. */
export interface MonitorFindings {
  finding: Finding;
  /** Monitor's reasons for the finding, in its words. */
  reasons: { level: string; check: string; message: string }[];
  labelled: boolean;
  drifted: DriftedColumn[];
  decay: DecayedMetric[];
  window?: { from?: string; to?: string; rows?: number };
  model?: { reference?: string; version?: string };
}

/** Names of the prediction drift entries among the drifted columns. */
export const PREDICTION_DRIFT = { classes: 'prediction: class shares', score: 'prediction: score' } as const;

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
  const obj = (v: unknown, field: string): Obj => (isObj(v) ? v : bad(field, 'an object'));
  const optObj = (v: unknown, field: string): Obj | undefined => (v === undefined || v === null ? undefined : obj(v, field));
  const list = (v: unknown, field: string): Obj[] => {
    if (v === undefined) return [];
    if (!Array.isArray(v)) return bad(field, 'a list');
    return v.slice(0, MAX_ENTRIES).map((x, i) => obj(x, `${field}[${i}]`));
  };
  const flag = (v: unknown, field: string): boolean => (typeof v === 'boolean' ? v : bad(field, 'true or false'));
  const driftEntry = (d: Obj, field: string, name?: string): DriftedColumn => ({
    column: name ?? str(d.column, `${field}.column`),
    test: str(d.test, `${field}.test`),
    statistic: optNum(d.statistic, `${field}.statistic`),
    pValue: optNum(d.pValue, `${field}.pValue`),
    threshold: optNum(d.threshold, `${field}.threshold`),
  });

  if (doc.kind !== undefined && doc.kind !== 'monitor-report') bad('kind', "'monitor-report'");
  if (!(FINDINGS as readonly unknown[]).includes(doc.finding)) bad('finding', `one of ${FINDINGS.join(', ')}`);

  const drift = optObj(doc.drift, 'drift');
  const drifted = list(drift?.columns, 'drift.columns')
    .map((d, i) => [d, i] as const)
    .filter(([d, i]) => flag(d.drifted, `drift.columns[${i}].drifted`))
    .map(([d, i]) => driftEntry(d, `drift.columns[${i}]`));
  const prediction = optObj(doc.predictionDrift, 'predictionDrift');
  for (const key of ['classes', 'score'] as const) {
    const d = optObj(prediction?.[key], `predictionDrift.${key}`);
    if (d && flag(d.drifted, `predictionDrift.${key}.drifted`)) drifted.push(driftEntry(d, `predictionDrift.${key}`, PREDICTION_DRIFT[key]));
  }

  const decayDoc = optObj(doc.decay, 'decay');
  let labelled = false;
  const decay: DecayedMetric[] = [];
  if (decayDoc) {
    const rows = decayDoc.labelled === undefined ? 0 : num(decayDoc.labelled, 'decay.labelled');
    const skipped = optStr(decayDoc.skipped, 'decay.skipped');
    labelled = rows > 0 && skipped === undefined;
    list(decayDoc.tests, 'decay.tests').forEach((t, i) => {
      const field = `decay.tests[${i}]`;
      if (!flag(t.decayed, `${field}.decayed`)) return;
      decay.push({
        metric: str(t.metric, `${field}.metric`),
        test: str(t.test, `${field}.test`),
        production: optNum(t.reference, `${field}.reference`),
        window: optNum(t.current, `${field}.current`),
        pValue: optNum(t.pValueAdjusted ?? t.pValue, `${field}.pValueAdjusted`),
      });
    });
  }

  const reasons = list(doc.reasons, 'reasons').map((r, i) => ({ level: str(r.level, `reasons[${i}].level`), check: str(r.check, `reasons[${i}].check`), message: str(r.message, `reasons[${i}].message`) }));
  const out: MonitorFindings = { finding: doc.finding as Finding, reasons, labelled, drifted, decay };
  const w = optObj(doc.window, 'window');
  if (w) out.window = { from: optStr(w.from, 'window.from'), to: optStr(w.to, 'window.to'), rows: optNum(w.rows, 'window.rows') };
  const m = optObj(doc.model, 'model');
  if (m) out.model = { reference: optStr(m.reference, 'model.reference'), version: optStr(m.version, 'model.version') };
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
