// KServe's InferenceService CRD schema (a copy with its source in test/fixtures/deploy/kserve/) as
// the API server applies it: strict field validation, so an unknown field is an error except under
// x-kubernetes-preserve-unknown-fields. Shared by the kserve unit test and the KServe e2e test.
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';

type S = Record<string, unknown> & { properties?: Record<string, S>; items?: S; type?: string };

function strict(schema: S): S {
  const walk = (s: S): S => {
    const out: S = { ...s };
    if (s.properties) {
      out.properties = Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, walk(v)]));
      if (!s['x-kubernetes-preserve-unknown-fields'] && s.additionalProperties === undefined) out.additionalProperties = false;
    }
    if (s.items) out.items = walk(s.items);
    if (s.additionalProperties && typeof s.additionalProperties === 'object') out.additionalProperties = walk(s.additionalProperties as S);
    return out;
  };
  return walk(schema);
}

const crd = JSON.parse(readFileSync(new URL('./fixtures/deploy/kserve/inferenceservice-v1beta1.openapi.json', import.meta.url), 'utf8')) as S;
const ajv = new Ajv({ strict: false, allErrors: true });
ajv.addFormat('int32', true).addFormat('int64', true).addFormat('date-time', true);
const validate = ajv.compile(strict(crd));

/** Throws naming the fields when `m` is not a valid InferenceService. */
export function checkInferenceService(m: unknown): void {
  if (!validate(m)) throw new Error(`InferenceService does not validate: ${ajv.errorsText(validate.errors)}`);
}
