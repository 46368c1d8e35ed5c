/**
 * Drift of every column present on both sides: the loop validate-data runs against its reference
 * and monitor runs against a registered version's profile. Each column gets the test drift.ts
 * chooses (exact on values when both sides have them, else on the profiles' sketches); columns
 * that cannot be tested are listed with the reason. Pure: no I/O, no logging.
 */
import { own } from '../lib/objects.js';
import { exactDrift, sketchDrift, type DriftResult, type DriftSettings } from './drift.js';
import { identifierLike, jointHistogram, type ColumnProfile, type Profile } from './profile.js';
import { daysFromCivil, formatTime, MS_PER_DAY } from './time.js';
import type { ColumnValues } from './values.js';

export interface SchemaDrift {
  newColumns: string[];
  missingColumns: string[];
  typeChanges: { column: string; reference: string; current: string }[];
}

export interface DatasetDrift {
  share: number;
  threshold: number;
  drifted: boolean;
  driftedColumns: number;
  testedColumns: number;
}

export interface ColumnsDrift {
  drift: DriftResult[];
  driftSkipped: { column: string; reason: string }[];
  /** Date and date-time columns on both sides: their spans and overlap (time is compared by coverage, not drift). */
  timeCoverage: TimeCoverage[];
  schemaDrift: SchemaDrift;
  datasetDrift: DatasetDrift;
}

/**
 * Tests each column of `current` that `reference` has. `exact` holds the values of both sides
 * (validate-data against a reference dataset); without it the tests run on the sketches.
 */
export function columnsDrift(reference: Profile, current: Profile, settings: DriftSettings, exact?: { reference: Map<string, ColumnValues>; current: Map<string, ColumnValues> }): ColumnsDrift {
  const drift: DriftResult[] = [];
  const driftSkipped: { column: string; reason: string }[] = [];
  const coverage: TimeCoverage[] = [];
  const refNames = new Set(reference.columns.map((c) => c.name));
  const curNames = new Set(current.columns.map((c) => c.name));
  const schemaDrift: SchemaDrift = {
    newColumns: [...curNames].filter((c) => !refNames.has(c)),
    missingColumns: [...refNames].filter((c) => !curNames.has(c)),
    typeChanges: [],
  };
  for (const col of current.columns) {
    const ref = reference.byName.get(col.name);
    if (!ref) continue;
    const setting = own(settings.columns, col.name) ?? {};
    if (settings.ignore.includes(col.name) || setting.test === 'none') {
      driftSkipped.push({ column: col.name, reason: 'ignored by the drift settings' });
      continue;
    }
    if (ref.isTime && col.isTime) coverage.push(timeCoverage(col.name, ref, col));
    if ((ref.isTime || col.isTime) && !(setting.test && exact && ref.isTime && col.isTime && (setting.test === 'ks' || setting.test === 'wasserstein'))) {
      driftSkipped.push({
        column: col.name,
        reason: `a ${col.isTime ? col.type : ref.type} column: time moves on, so its distribution is not tested for drift; its coverage is compared instead (see timeCoverage)${ref.isTime && col.isTime ? '' : `; its type changed (${ref.type} -> ${col.type})`}. Set test ks or wasserstein in the drift settings to test its values against a reference dataset`,
      });
      if (ref.isTime !== col.isTime && ref.type !== 'empty' && col.type !== 'empty') schemaDrift.typeChanges.push({ column: col.name, reference: ref.type, current: col.type });
      continue;
    }
    const refNumeric = ref.isNumeric || ref.isTime;
    if (refNumeric !== (col.isNumeric || col.isTime) && ref.type !== 'empty' && col.type !== 'empty') {
      schemaDrift.typeChanges.push({ column: col.name, reference: ref.type, current: col.type });
    }
    const kind = refNumeric && (col.isNumeric || col.isTime) ? 'numeric' : 'categorical';
    if (kind === 'categorical' && !setting.test && identifierLike(ref.count, ref.distinctCount.value)) {
      driftSkipped.push({ column: col.name, reason: `looks like an identifier (${ref.distinctCount.value} distinct in ${ref.count} values); set a test in the drift settings to test it` });
      continue;
    }
    if (!exact && kind === 'categorical' && (!ref.topTracked || !col.topTracked)) {
      driftSkipped.push({ column: col.name, reason: 'its category counts are not in the profile (a numeric column with over 256 distinct values on one side); test it against a dataset' });
      continue;
    }
    const input = { column: col.name, kind, setting, referenceRows: reference.rows } as const;
    const result = exact ? exactDrift(input, exact.reference.get(col.name)!, exact.current.get(col.name)!, settings.smallSample) : sketchDrift(input, ref, col, settings.smallSample);
    if (result && kind === 'numeric') result.histogram = jointHistogram(ref, col) ?? undefined;
    if (result) drift.push(result);
    else driftSkipped.push({ column: col.name, reason: 'no values on one side' });
  }
  const drifted = drift.filter((d) => d.drifted).length;
  const share = drift.length ? drifted / drift.length : 0;
  const datasetDrift = { share, threshold: settings.datasetDriftShare, drifted: drift.length > 0 && share >= settings.datasetDriftShare, driftedColumns: drifted, testedColumns: drift.length };
  return { drift, driftSkipped, timeCoverage: coverage, schemaDrift, datasetDrift };
}

export interface TimeCoverage {
  column: string;
  reference: { min: string; max: string };
  current: { min: string; max: string };
  /** The period both datasets span; null when they do not overlap. */
  overlap: { min: string; max: string } | null;
  /** Share of the current values on days within the reference's span. */
  currentShare: number;
}

/** The periods a time column spans on both sides, and how much of the current data falls in the reference's. */
export function timeCoverage(column: string, ref: ColumnProfile, cur: ColumnProfile): TimeCoverage {
  const r = ref.time;
  const c = cur.time;
  const dateOnly = ref.type === 'date' && cur.type === 'date';
  const naive = r.naive > 0 || c.naive > 0;
  const show = (ms: number) => formatTime(ms, dateOnly, naive);
  const lo = Math.max(r.min, c.min);
  const hi = Math.min(r.max, c.max);
  // By day (the finest the profile keeps while under 20000 days; else the months or years it keeps).
  let inside = 0;
  const curJson = c.toJSON();
  const toDay = (k: number) => (curJson.unit === 'day' ? k : curJson.unit === 'month' ? daysFromCivil(Math.floor(k / 12), (k % 12) + 1, 1) : daysFromCivil(k, 1, 1));
  const firstDay = Math.floor(r.min / MS_PER_DAY);
  const lastDay = Math.floor(r.max / MS_PER_DAY);
  for (const [k, n] of curJson.counts) {
    const d = toDay(k);
    if (d >= firstDay && d <= lastDay) inside += n;
  }
  return {
    column,
    reference: { min: show(r.min), max: show(r.max) },
    current: { min: show(c.min), max: show(c.max) },
    overlap: lo <= hi ? { min: show(lo), max: show(hi) } : null,
    currentShare: c.count ? inside / c.count : 0,
  };
}

