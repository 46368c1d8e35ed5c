/**
 * Artifacts are validated against their JSON Schemas at every boundary: before a step writes one
 * and when a step reads one. The schemas are plain JSON files beside this module, published so
 * editors and other tools can use them.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import { DataError } from '../errors.js';
import dataReport from './data-report.schema.json' with { type: 'json' };
import profile from './profile.schema.json' with { type: 'json' };
import evaluation from './evaluation.schema.json' with { type: 'json' };
import comparison from './comparison.schema.json' with { type: 'json' };
import deployment from './deployment.schema.json' with { type: 'json' };
import monitorReport from './monitor-report.schema.json' with { type: 'json' };

const SCHEMAS = { 'data-report': dataReport, profile, evaluation, comparison, deployment, 'monitor-report': monitorReport } as const;
export type ArtifactKind = keyof typeof SCHEMAS;

let ajv: Ajv2020 | undefined;
const compiled = new Map<ArtifactKind, ValidateFunction>();

function validator(kind: ArtifactKind): ValidateFunction {
  let v = compiled.get(kind);
  if (!v) {
    ajv ??= new Ajv2020({ allErrors: false, strict: true, allowUnionTypes: true });
    v = ajv.compile(SCHEMAS[kind]);
    compiled.set(kind, v);
  }
  return v;
}

/**
 * Checks `value` against the schema of `kind`. Reading, a mismatch is the user's (a DataError naming
 * the file and the first offending field); writing, it is a bug in modelgate (a plain Error).
 */
export function assertArtifact(kind: ArtifactKind, value: unknown, source: string, direction: 'read' | 'write' = 'read'): void {
  const v = validator(kind);
  if (!v(value)) {
    const e = v.errors![0];
    const message = `${source}: not a valid ${kind} (schemaVersion 1): ${e.instancePath || '/'} ${e.message}`;
    if (direction === 'write') throw new Error(`internal error, refusing to write an invalid artifact: ${message}`);
    throw new DataError(message, source);
  }
}
