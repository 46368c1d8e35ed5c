/**
 * validate-data: schema, profile and drift in one streaming pass over the data (plus one over a
 * reference dataset when drift is tested exactly). Outputs are written only after everything was
 * computed, each to a temp name renamed into place, so an unreadable input leaves nothing behind.
 */
import { existsSync, readFileSync } from 'node:fs';
import { ConfigurationError, DataError } from '../errors.js';
import { assertWritable, showPath, writeFilesAtomic } from '../lib/files.js';
import type { Logger } from '../lib/logger.js';
import { assertArtifact, prepareArtifact } from '../schemas/validate.js';
import type { DriftResult, DriftSettings } from './drift.js';
import { columnsDrift, type TimeCoverage } from './drift-columns.js';
export type { TimeCoverage } from './drift-columns.js';
import { inferSchema, renderSchema } from './infer.js';
import { Profile, type ColumnSummary, type ProfileJSON } from './profile.js';
import { expandDataGlob, type Format } from './readers.js';
import { scan, type ScanResult } from './scan.js';
import { scanParallel } from './parallel/pass.js';
import { startEarly, type EarlyWorkers } from './parallel/early.js';
import { loadSchema } from './schema.js';
import { Violations, type ViolationSample } from './violations.js';
import { labelBias, type LabelBias } from '../fairness/labels.js';

/** Confidence of the pre-training bias intervals. */
const BIAS_CONFIDENCE = 0.95;

export type FailOn = 'any' | 'violations' | 'drift' | 'never';

export interface ValidateConfig {
  data: string[];
  merge: string[];
  format?: Format;
  schema?: string;
  inferSchema?: string;
  reference?: string;
  drift: DriftSettings;
  profile?: string;
  shard?: { index: number; count: number };
  /** data-report.json; undefined when only a schema is inferred and no report was asked for. */
  report?: string;
  markdown?: string;
  failOn: FailOn;
  maxSamples: number;
  annotations: number;
  /** Worker threads for the pass over `data` (see data/parallel/pass.ts). Default: the cores available. */
  workers?: number;
  /** CSV/TSV cells that mean a missing value (see parseNaValues). */
  naValues: string[];
  /** The time (epoch ms) freshness and not-future rules are judged at. Default: the run's start. */
  asOf?: number;
  /** Sensitive features for the pre-training bias measures of the labels (with `label`). */
  sensitive?: string[];
  label?: string;
  positiveLabel?: string;
}

export interface DataReport {
  kind: 'data-report';
  schemaVersion: 1;
  passed: boolean;
  failOn: FailOn;
  sources: string[];
  format: Format | 'profile';
  shard: string | null;
  schema: string | null;
  rows: number;
  columns: ColumnSummary[];
  violations: { count: number; byRule: Record<string, number>; samples: ViolationSample[] };
  reference: { source: string; kind: 'dataset' | 'profile'; rows: number } | null;
  drift: DriftResult[];
  driftSkipped: { column: string; reason: string }[];
  /** Date and date-time columns on both sides: the periods each spans and their overlap (absent without a reference). */
  timeCoverage?: TimeCoverage[];
  datasetDrift: { share: number; threshold: number; drifted: boolean; driftedColumns: number; testedColumns: number } | null;
  schemaDrift: { newColumns: string[]; missingColumns: string[]; typeChanges: { column: string; reference: string; current: string }[] } | null;
  /** With `sensitive`: Clarify's pre-training measures of the labels per group (reported, never failing the run). */
  bias?: LabelBias;
}

async function expandAll(patterns: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const p of patterns) files.push(...(await expandDataGlob(p)));
  return [...new Set(files)];
}

/** The JSON of a profile file; a file that is not JSON is reported as truncated or corrupt. */
function readProfileJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new DataError(`${showPath(path)}: cannot read the profile (${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (e as Error).message.split('\n')[0]})`, path);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    const what = text.trim() === '' ? 'empty' : 'not valid JSON, truncated or corrupt';
    throw new DataError(`${showPath(path)}: the profile is ${what} (${(e as Error).message.split('\n')[0]}); write it again with validate-data --profile`, path);
  }
}

/** A profile.json file: validated against its JSON Schema before use. */
export function loadProfile(path: string): Profile {
  const json = readProfileJson(path);
  assertArtifact('profile', json, path);
  return Profile.fromJSON(json as ProfileJSON);
}

/** A .json reference is a profile (JSON is no data format): unreadable or another artifact is an error, not a guess. */
function isProfileFile(path: string): boolean {
  if (!/\.json$/i.test(path) || !existsSync(path)) return false;
  const kind = (readProfileJson(path) as { kind?: unknown } | null)?.kind;
  if (kind !== 'profile') throw new DataError(`${showPath(path)}: a .json reference must be a profile.json (from validate-data --profile); this one has kind ${JSON.stringify(kind ?? null)}`, path);
  return true;
}


/** `render` turns the report into the markdown written to `markdown` (the adapter passes report/'s; the domain never imports it). */
export async function validateData(config: ValidateConfig, log: Logger, render: (report: DataReport) => string): Promise<{ report: DataReport; passed: boolean; failure?: string; markdown: string }> {
  // A wrong output path fails now, not after the pass over the data.
  for (const [input, path] of [['report', config.report], ['profile', config.profile], ['markdown', config.markdown], ['infer-schema', config.inferSchema]] as const) {
    if (path !== undefined) assertWritable(path, input);
  }
  // The pass's worker threads start now, when the pass will most likely be split, so that their
  // start-up overlaps the schema's compilation and the pass's planning (data/parallel/early.ts).
  const early = config.merge.length ? undefined : startEarly({ files: config.data, format: config.format, shard: config.shard, keepValues: config.reference !== undefined && !/\.json$/i.test(config.reference), workers: config.workers });
  try {
    return await validateWith(config, log, render, early);
  } finally {
    await early?.stop();
  }
}

async function validateWith(config: ValidateConfig, log: Logger, render: (report: DataReport) => string, early: EarlyWorkers | undefined): ReturnType<typeof validateData> {
  const schema = config.schema ? loadSchema(config.schema) : undefined;
  const asOf = config.asOf ?? Date.now();
  if (config.sensitive?.length && !config.label) throw new ConfigurationError(`input 'sensitive' needs 'label': the pre-training measures compare the groups' labels`);
  if (config.sensitive?.length && !config.data.length) throw new ConfigurationError(`input 'sensitive' needs 'data' (merged profiles hold no joint counts of groups and labels)`);
  const referenceIsProfile = config.reference !== undefined && isProfileFile(config.reference);
  const exactDriftWanted = config.reference !== undefined && !referenceIsProfile;

  // The reference first: a bad reference fails before the long pass over the data.
  let refScan: ScanResult | undefined;
  let refProfile: Profile | undefined;
  if (config.reference) {
    const reference = config.reference;
    if (referenceIsProfile) refProfile = loadProfile(reference);
    else
      refScan = await log.group(`Reading reference ${reference}`, async () =>
        scan({ files: await expandAll([reference]), format: config.format, schema, keepValues: true, maxSamples: 0, naValues: config.naValues }),
      );
    refProfile ??= refScan!.profile;
  }

  let cur: ScanResult;
  let sources: string[];
  if (config.merge.length) {
    sources = await expandAll(config.merge);
    const profiles = sources.map(loadProfile);
    const merged = profiles.slice(1).reduce((acc, p, i) => acc.merge(p, sources[i + 1]), profiles[0]);
    cur = { profile: merged, violations: new Violations(0), rowsRead: merged.rows, format: 'csv', bytes: 0 };
    log.info(`merged ${sources.length} profiles: ${merged.rows} rows`);
  } else {
    sources = await expandAll(config.data);
    // A progress line on a terminal (stderr), or a log line every few seconds in CI; none with
    // --quiet or --json (the logger decides: src/lib/logger.ts).
    const bar = log.progress?.(`Reading ${sources[0]}`);
    cur = await log.group(`Reading ${sources.join(', ')}`, () =>
      scanParallel(
        { files: sources, format: config.format, shard: config.shard, schema, keepValues: exactDriftWanted, maxSamples: config.maxSamples, naValues: config.naValues, asOf },
        {
          workers: config.workers,
          early,
          // While this thread waits for the worker threads: compile the checks of the artifacts written after the pass.
          idle: () => {
            prepareArtifact('data-report');
            if (config.profile) prepareArtifact('profile');
          },
          schemaPath: config.schema,
          onSplit: (chunks, workers) => log.info(`read in ${chunks} chunks on ${workers === 1 ? 'the main thread' : `${workers} worker threads (the main thread is one of them)`}`),
          onFallback: (why) => log.info(`read in one pass on one thread: ${why}`),
          onProgress: bar?.update,
        },
      ),
    ).finally(() => bar?.end());
    log.info(`${cur.rowsRead} rows, ${cur.profile.columns.length} columns, ${cur.violations.count} violations`);
    // A schema inferred from no aligned row describes nothing. When no data row has the header's
    // field count, line 1 is most likely not the header: a title, a comment or a count line
    // before it (scikit-learn's bundled CSV files start with one).
    // A header whose first name and another are numbers is most likely data or a count line (a
    // pivot table's year columns follow a text name).
    const numericNames = cur.profile.columns.filter((c) => c.name.trim() !== '' && Number.isFinite(Number(c.name)));
    if (numericNames.length >= 2 && numericNames[0] === cur.profile.columns[0]) {
      log.warning(`${sources[0]}: the header on line 1 names columns with numbers (${numericNames.slice(0, 4).map((c) => c.name).join(', ')}${numericNames.length > 4 ? ', ...' : ''}): is line 1 data or a count line rather than the header?`);
    }
    // One column whose name and values are words separated by spaces: a file separated by spaces
    // or aligned in columns (scikit-learn's linnerud and diabetes files), read as a single text
    // column that passes every check.
    const only = cur.profile.columns.length === 1 ? cur.profile.columns[0] : undefined;
    if (only && (cur.format === 'csv' || cur.format === 'tsv') && /\S\s+\S/.test(only.name.trim()) && only.summary().topValues.some((v) => typeof v.value === 'string' && /\S\s+\S/.test(v.value.trim()))) {
      log.warning(`${sources[0]}: read as one column, ${JSON.stringify(only.name)}: are its fields separated by spaces? modelgate reads ${cur.format === 'csv' ? 'commas' : 'tabs'} (${cur.format.toUpperCase()}); convert the file, e.g. to commas`);
    }
    if (config.inferSchema && cur.rowsRead > 0 && cur.violations.byRule['ragged-row'] === cur.rowsRead) {
      const n = cur.profile.columns.length;
      throw new DataError(`${sources[0]}: cannot infer a schema: none of the ${cur.rowsRead} data rows has the ${n} field${n === 1 ? '' : 's'} of the header on line 1; if the lines before the header hold a title, a comment or counts, remove them`, sources[0], 1);
    }
  }

  // Drift, per column present on both sides.
  const drift: DriftResult[] = [];
  const driftSkipped: { column: string; reason: string }[] = [];
  const coverage: TimeCoverage[] = [];
  let schemaDrift: DataReport['schemaDrift'] = null;
  let datasetDrift: DataReport['datasetDrift'] = null;
  if (refProfile) {
    await log.group('Testing drift', async () => {
      const r = columnsDrift(refProfile!, cur.profile, config.drift, refScan && cur.values ? { reference: refScan.values!, current: cur.values } : undefined);
      drift.push(...r.drift);
      driftSkipped.push(...r.driftSkipped);
      schemaDrift = r.schemaDrift;
      datasetDrift = r.datasetDrift;
      coverage.push(...r.timeCoverage);
      for (const d of drift) (d.drifted ? log.warning : log.info)(`${d.column}: ${d.explanation}`);
    });
  }

  // Pre-training bias: a second pass that reads only the label and the sensitive columns.
  const bias = config.sensitive?.length
    ? await log.group('Pre-training bias of the labels', async () => labelBias({ files: sources, format: config.format, shard: config.shard, label: config.label!, positiveLabel: config.positiveLabel, sensitive: config.sensitive!, confidence: BIAS_CONFIDENCE, naValues: config.naValues }))
    : undefined;

  const violationsFail = cur.violations.count > 0;
  const sd = schemaDrift as DataReport['schemaDrift'];
  const driftFail = Boolean((datasetDrift as DataReport['datasetDrift'])?.drifted || (sd && sd.missingColumns.length > 0));
  const failOn = config.failOn;
  const passed = !((failOn === 'any' || failOn === 'violations') && violationsFail) && !((failOn === 'any' || failOn === 'drift') && driftFail);
  const reasons: string[] = [];
  if (violationsFail) reasons.push(`${cur.violations.count} violation${cur.violations.count === 1 ? '' : 's'}`);
  if (driftFail) reasons.push(`dataset drift (${drift.filter((d) => d.drifted).map((d) => d.column).join(', ') || 'missing columns'})`);

  const report: DataReport = {
    kind: 'data-report',
    schemaVersion: 1,
    passed,
    failOn,
    sources,
    format: config.merge.length ? 'profile' : cur.format,
    shard: config.shard ? `${config.shard.index}/${config.shard.count}` : null,
    schema: config.schema ?? null,
    rows: cur.rowsRead,
    columns: cur.profile.columns.map((c) => c.summary()),
    violations: cur.violations.toJSON(),
    reference: config.reference ? { source: config.reference, kind: referenceIsProfile ? 'profile' : 'dataset', rows: refProfile!.rows } : null,
    drift,
    driftSkipped,
    ...(coverage.length ? { timeCoverage: coverage } : {}),
    datasetDrift,
    schemaDrift,
    ...(bias ? { bias } : {}),
  };
  assertArtifact('data-report', report, config.report ?? 'data-report', 'write');
  const markdown = render(report);

  // Annotations on the data file's lines, so they show in the pull request diff.
  for (const v of cur.violations.samples.slice(0, config.annotations)) {
    if (v.file && v.line) log.error(v.message, { file: v.file, startLine: v.line, title: `modelgate: ${v.rule}` });
  }

  // Everything is computed: now write, all files to temp names first, then renamed into place.
  const outputs: { path: string; data: string }[] = [];
  if (config.inferSchema) outputs.push({ path: config.inferSchema, data: renderSchema(inferSchema(cur.profile, sources.join(', ')), config.inferSchema) });
  if (config.profile) {
    const json = cur.profile.toJSON();
    assertArtifact('profile', json, config.profile, 'write');
    outputs.push({ path: config.profile, data: JSON.stringify(json, null, 2) + '\n' });
  }
  if (config.report) outputs.push({ path: config.report, data: JSON.stringify(report, null, 2) + '\n' });
  if (config.markdown) outputs.push({ path: config.markdown, data: markdown });
  writeFilesAtomic(outputs);
  if (config.inferSchema) log.info(`wrote inferred schema ${config.inferSchema}`);
  return { report, passed, failure: passed ? undefined : `data validation failed: ${reasons.join('; ')}`, markdown };
}
