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

/**
 * Compiles one of modelgate's own schemas (an artifact's, an experiment run's) on one shared Ajv,
 * strict. A command compiles its schemas once per process, and compiling is most of what a check
 * costs, so the schemas are not checked against the draft 2020-12 meta-schema here (compiling the
 * meta-schema took longer than the schema; test/unit/schemas.test.ts checks every committed schema
 * against it) and the generated code skips Ajv's optimising pass.
 */
export function compileOwnSchema(schema: object): ValidateFunction {
  ajv ??= new Ajv2020({ allErrors: false, strict: true, allowUnionTypes: true, validateSchema: false, code: { optimize: false } });
  return ajv.compile(schema);
}

function validator(kind: ArtifactKind): ValidateFunction {
  let v = compiled.get(kind);
  if (!v) {
    v = compileOwnSchema(SCHEMAS[kind]);
    compiled.set(kind, v);
  }
  return v;
}

/**
 * Compiles the schema of `kind` now, so that a later check does not (a pass that waits on its
 * worker threads does this meanwhile).
 */
export function prepareArtifact(kind: ArtifactKind): void {
  validator(kind);
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
