/**
 * modelgate.yml against its JSON Schema (src/generated/modelgate.schema.json, generated from
 * action.yml by the build): the first error becomes one line naming the key's path the way a
 * person writes it, `stages[2].evaluate-model.slice-by`, and what is wrong there.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { ConfigurationError } from '../errors.js';
import schema from '../generated/modelgate.schema.json' with { type: 'json' };

let validators: { list: ValidateFunction; map: ValidateFunction; top: ValidateFunction } | undefined;

function compile() {
  const ajv = new Ajv2020({ allErrors: false, strict: false });
  ajv.addSchema(schema);
  const id = schema.$id;
  // All errors at the top, so a misspelt `stages` is named rather than reported missing.
  const top = new Ajv2020({ allErrors: true }).compile({ type: 'object', required: ['stages'], properties: { stages: true }, additionalProperties: false });
  return { list: ajv.getSchema(`${id}#/$defs/stageList`)!, map: ajv.getSchema(`${id}#/$defs/stageMap`)!, top };
}

/** `/stages/2/evaluate-model/slice-by` -> `stages[2].evaluate-model.slice-by`. */
export function keyPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((acc, seg) => (/^\d+$/.test(seg) ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg), '');
}

const ACTIONS = Object.keys(schema.$defs.stage.properties);

function describe(e: ErrorObject, base: string): string {
  const where = keyPath(base + e.instancePath);
  const params = e.params as { additionalProperty?: string; missingProperty?: string; limit?: number };
  const inputsOf = (action: string) => Object.keys((schema.$defs as Record<string, { properties?: Record<string, unknown> }>)[action]?.properties ?? {});
  if (e.keyword === 'additionalProperties') {
    const key = params.additionalProperty!;
    const segs = where.split('.');
    const action = segs.at(-1)!.replace(/\[\d+\]$/, '');
    if (ACTIONS.includes(action)) return `${where}.${key}: unknown input of ${action}; its inputs: ${inputsOf(action).join(', ')}`;
    if (where === '') return `${key}: unknown key; modelgate.yml has 'stages'`;
    return `${where ? `${where}.` : ''}${key}: not an action; actions: ${ACTIONS.join(', ')}`;
  }
  if (e.keyword === 'minProperties' || e.keyword === 'maxProperties') return `${where}: a stage is a mapping with one key, the action: { evaluate-model: { ... } }`;
  if (e.keyword === 'required') return `${where ? `${where}.` : ''}${params.missingProperty}: required`;
  if (e.keyword === 'type' || e.keyword === 'anyOf') return `${where}: must be ${e.keyword === 'anyOf' ? 'a value, a list of values or a mapping' : e.message?.replace(/^must be /, '')}`;
  return `${where}: ${e.message ?? e.keyword}`;
}

/** Throws a ConfigurationError `<file>: <key path>: <what is wrong>` on the first problem. */
export function checkPipeline(doc: unknown, file: string): void {
  validators ??= compile();
  const fail = (e: ErrorObject, base = '') => {
    throw new ConfigurationError(`${file}: ${describe(e, base)}`);
  };
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) throw new ConfigurationError(`${file}: expected a mapping with 'stages'`);
  if (!validators.top(doc)) fail(validators.top.errors!.find((e) => e.keyword === 'additionalProperties') ?? validators.top.errors![0]);
  const stages = (doc as { stages: unknown }).stages;
  const v = Array.isArray(stages) ? validators.list : validators.map;
  if (!v(stages)) fail(v.errors![0], '/stages');
}
