/**
 * monitor: a window of production data against what the registry stores for a version (the one an
 * alias such as `production` points at): feature drift (validate-data's tests against the training
 * profile), prediction drift (against the registered evaluation), data quality (the registered
 * schema), and, with labels, decay of the real metrics. Writes monitor-report.json (temp + rename)
 * and appends the result to the version's history. Never imports @actions/* or report/.
 */
import { DataError } from '../errors.js';
import { columnsDrift } from '../data/drift-columns.js';
import { assertWritable, showPath, writeFileAtomic } from '../lib/files.js';
import { formatDuration } from '../lib/duration.js';
import type { Logger } from '../lib/logger.js';
import { assertArtifact } from '../schemas/validate.js';
import type { MonitorConfig } from './config.js';
import { decay as testDecay, readLabels } from './decay.js';
import { decide, importanceUse } from './finding.js';
import { monitorHistory, recordMonitor } from './history.js';
import { predictionDrift, windowPredictions } from './predictions.js';
import { qualitySchema } from './quality.js';
import { loadRegistered } from './reference.js';
import type { MonitorReport } from './report.js';
import { readWindow, scanWindow } from './window.js';

export interface MonitorResult {
  report: MonitorReport;
  /** This version's monitor runs, oldest first, this one last (for the trend). */
  history: MonitorReport[];
  /** The history event written, when recorded. */
  event?: string;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export async function runMonitor(config: MonitorConfig, log: Logger): Promise<MonitorResult> {
  assertWritable(config.report, 'report');
  const t = config.thresholds;
  const reg = await log.group(`Reading ${config.model} from the registry`, () => loadRegistered(config.model, config.connection));
  const ev = reg.evaluation;
  const version = reg.resolved.version ?? null;
  log.info(`version ${version ?? reg.resolved.digest}: profile of ${reg.profile.rows} rows${reg.schemaFile ? ', schema' : ''}${ev ? `, evaluation (${ev.task}, ${ev.rows} rows${reg.rows ? ', with per-row predictions' : ''})` : ''}`);
  // Labels first: a missing labels file fails before the pass over the data.
  const labels = config.labels ? await readLabels(config.labels, ev?.label) : undefined;
  if (labels && !ev) throw new DataError(`input 'labels': ${config.model} holds no evaluation.json, so there is nothing to test decay against`);

  const window = await log.group(`Reading ${config.data.join(', ')}`, () => readWindow({ data: config.data, format: config.format, windowMs: config.windowMs, timeColumn: config.timeColumn, asOf: config.asOf, version: version ?? undefined }));
  const span = window.to === null ? 'every row (no time column)' : window.from === null ? `every row up to ${iso(window.to)}` : `${iso(window.from)} to ${iso(window.to)}`;
  if (window.rows.length === 0) throw new DataError(`no rows in the window (${span}) of ${window.sources.join(', ')}: ${window.rowsRead} row(s) read${window.shadowDropped ? `, ${window.shadowDropped} shadow` : ''}; nothing to judge`);
  log.info(`window ${span}: ${window.rows.length} of ${window.rowsRead} rows${window.shadowDropped ? `; ${window.shadowDropped} shadow answers left out` : ''}${window.otherVersionDropped ? `; ${window.otherVersionDropped} answered by other versions left out` : ''}`);
  // A window ends at the newest row's time: one row stamped in the future (a skewed clock, Unix
  // milliseconds read as seconds) moves the window away from the data, and "none" is then
  // recorded on a handful of rows. Said in the log and the report's notes.
  const ahead = config.asOf === undefined && window.to !== null && window.newestAt ? window.to - Date.now() : 0;
  const future = ahead > 86_400_000 && window.newestAt
    ? `the newest time, ${iso(window.to)} (${showPath(window.newestAt.file)}:${window.newestAt.line}), is ${formatDuration(ahead, 1)} after now and the window ends there: ${window.rows.length} of ${window.rowsRead} rows; a clock error, or Unix milliseconds read as seconds? 'as-of' sets the window's end`
    : undefined;
  if (future) log.warning(future);

  // The model's features: the training columns (label aside) the data has. A capture file holds
  // only the columns the model was fed, so a training column missing from the data is a note, not a
  // finding, unless the registered importance names it as a model input.
  const label = ev?.label;
  const trained = reg.profile.columns.map((c) => c.name).filter((c) => c !== label);
  const present = new Set(window.columns);
  const features = trained.filter((c) => present.has(c));
  const inputs = ev?.importance?.features?.map((f) => f.name) ?? [];
  const missing = inputs.filter((c) => trained.includes(c) && !present.has(c));
  const absent = trained.filter((c) => !present.has(c) && !missing.includes(c));
  const quality = qualitySchema(reg.profile, reg.schemaFile, features);
  const scanned = await scanWindow(window, quality.schema, config.naValues);
  const settings = { ...t.drift, ignore: [...t.drift.ignore, ...(label ? [label] : [])] };
  const cd = columnsDrift(reg.profile, scanned.profile, settings);
  const drift = cd.drift.filter((d) => features.includes(d.column)).map(({ histogram: _h, ...d }) => d);
  const importance = importanceUse(ev?.importance, features, t);
  for (const d of drift) (d.drifted ? log.warning : log.info)(`${d.column}: ${d.explanation}`);

  const wp = windowPredictions(window, ev);
  const pd = predictionDrift(wp, ev, reg.rows, settings);
  for (const d of [pd.classes, pd.score]) if (d) (d.drifted ? log.warning : log.info)(`${d.column}: ${d.explanation}`);
  const decay = labels && ev ? testDecay(labels, wp, ev, reg.rows, t) : null;
  if (decay?.skipped) log.info(`decay not tested: ${decay.skipped}`);
  for (const x of decay?.tests ?? []) (x.decayed ? log.warning : log.info)(`${x.metric}: ${x.reference ?? 'n/a'} -> ${x.current ?? 'n/a'} (${x.test}, p = ${x.pValue.toPrecision(3)}, Holm ${x.pValueAdjusted.toPrecision(3)})${x.decayed ? ' decayed' : ''}`);

  const violations = scanned.violations.toJSON();
  const { finding, reasons } = decide({ drift, missing, importance, prediction: pd, violations: violations.count, decay, thresholds: t });
  const notes: string[] = [];
  if (future) notes.push(future);
  if (importance.note) notes.push(importance.note);
  if (quality.source === 'inferred') notes.push("the version was registered without a schema (register's 'schema' input): quality is checked against a schema inferred from its training profile");
  if (absent.length) notes.push(`training columns not in the data, not tested: ${absent.slice(0, 20).join(', ')}${absent.length > 20 ? ', ...' : ''} (a capture file holds only the model's inputs)`);
  notes.push(...pd.skipped);
  if (labels === undefined) notes.push('no labels: decay not tested');

  const drifted = drift.filter((d) => d.drifted).map((d) => d.column);
  const { drift: driftSettings, ...plain } = t;
  const report: MonitorReport = {
    kind: 'monitor-report',
    schemaVersion: 1,
    finding,
    reasons,
    driftedColumns: drifted,
    at: new Date().toISOString(),
    model: { reference: config.model, version, digest: reg.resolved.digest, name: reg.resolved.config.name, task: ev?.task ?? null },
    window: { sources: window.sources, timeColumn: window.timeColumn, from: iso(window.from), to: iso(window.to), rows: window.rows.length, rowsRead: window.rowsRead, shadowDropped: window.shadowDropped, otherVersionDropped: window.otherVersionDropped },
    drift: { features, importance, columns: drift, skipped: cd.driftSkipped.filter((s) => features.includes(s.column)), drifted: drifted.length, tested: drift.length, share: drift.length ? drifted.length / drift.length : 0, missingFeatures: missing },
    predictionDrift: pd,
    quality: { schema: quality.source, violations },
    decay,
    thresholds: { ...plain, drift: { datasetDriftShare: driftSettings.datasetDriftShare, smallSample: driftSettings.smallSample } },
    notes,
  };
  assertArtifact('monitor-report', report, config.report, 'write');
  writeFileAtomic(config.report, JSON.stringify(report, null, 2) + '\n');
  log.info(`finding: ${finding}${reasons.length ? ` (${reasons.map((r) => r.message).join('; ')})` : ''}`);

  let event: string | undefined;
  let history: MonitorReport[];
  if (config.record) {
    event = await recordMonitor(reg.backend, reg.resolved.digest, report, config.actor);
    history = await monitorHistory(reg.backend, reg.resolved.digest);
    log.info(`registry: ${finding} recorded in the history of ${version ?? reg.resolved.digest}`);
  } else history = [...(await monitorHistory(reg.backend, reg.resolved.digest)), report];
  return { report, history, event };
}
