/**
 * Data quality of the window against the version's schema: the schema registered with it (register's
 * `schema` input), else one inferred from its training profile as `validate-data --infer-schema`
 * would. Only the model's features are checked: the schema is narrowed to them (the label and
 * columns the data adds, such as capture's request_id, are not required; `min-rows` is dropped, a
 * window may be small), written to a temp file and loaded by validate-data's loader, so the rows
 * are checked by the same code as a dataset.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inferSchema } from '../data/infer.js';
import type { Profile } from '../data/profile.js';
import { loadSchema, type LoadedSchema, type RowSchema } from '../data/schema.js';
import { parseYamlOrJson } from '../lib/files.js';
import { dict, own } from '../lib/objects.js';

export interface QualitySchema {
  source: 'registered' | 'inferred';
  schema: LoadedSchema;
}

export function qualitySchema(profile: Profile, registered: string | undefined, features: string[]): QualitySchema {
  const full = registered ? (parseYamlOrJson(readFileSync(registered, 'utf8'), registered) as RowSchema) : inferSchema(profile, 'the training profile');
  const keep = new Set(features);
  const properties = dict<Record<string, unknown>>();
  for (const f of features) {
    const p = own(full.properties, f);
    if (p) properties[f] = p;
  }
  const columns = dict<NonNullable<NonNullable<RowSchema['x-dataset']>['columns']>[string]>();
  for (const f of features) {
    const c = own(full['x-dataset']?.columns, f);
    if (c) columns[f] = c;
  }
  // Columns the data adds (capture's request_id, prediction, ...) are allowed; min-rows is dropped.
  const narrowed: RowSchema = { ...full, properties, required: (full.required ?? []).filter((c) => keep.has(c)), 'x-dataset': { columns } };
  delete narrowed.additionalProperties;
  const dir = mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), 'modelgate-monitor-schema-'));
  const path = join(dir, 'schema.json');
  writeFileSync(path, JSON.stringify(narrowed));
  return { source: registered ? 'registered' : 'inferred', schema: loadSchema(path) };
}
