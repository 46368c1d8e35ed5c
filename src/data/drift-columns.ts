/**
 * Drift of every column present on both sides: the loop validate-data runs against its reference
 * and monitor runs against a registered version's profile. Each column gets the test drift.ts
 * chooses (exact on values when both sides have them, else on the profiles' sketches); columns
 * that cannot be tested are listed with the reason. Pure: no I/O, no logging.
 */
import { own } from '../lib/objects.js';
import { exactDrift, sketchDrift, type DriftResult, type DriftSettings } from './drift.js';
import { jointHistogram, type Profile } from './profile.js';
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
    const refNumeric = ref.isNumeric;
    if (refNumeric !== col.isNumeric && ref.type !== 'empty' && col.type !== 'empty') {
      schemaDrift.typeChanges.push({ column: col.name, reference: ref.type, current: col.type });
    }
    const kind = refNumeric && col.isNumeric ? 'numeric' : 'categorical';
    if (kind === 'categorical' && !setting.test && ref.count > 20 && ref.distinctCount.value > 0.5 * ref.count) {
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
  return { drift, driftSkipped, schemaDrift, datasetDrift };
}
