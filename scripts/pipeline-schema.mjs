// The JSON Schema of modelgate.yml, generated from action metadata so it can never disagree with
// action.yml: one definition per action whose properties are exactly its inputs, with their
// descriptions and defaults. scripts/build.mjs writes it to src/generated/modelgate.schema.json.

/** A value modelgate.yml may give an input: a scalar, a list (joined by newlines), or inline YAML. */
const VALUE = {
  anyOf: [
    { type: ['string', 'number', 'boolean', 'null'] },
    { type: 'array', items: { type: ['string', 'number', 'boolean'] } },
    { type: 'object' },
  ],
};

/** @param {Record<string, { description: string, inputs: Record<string, { description: string, required: boolean, default?: string }> }>} meta */
export function pipelineSchema(meta) {
  const actions = Object.keys(meta).filter((n) => n !== 'run').sort();
  const $defs = {};
  for (const name of actions) {
    const m = meta[name];
    const required = Object.entries(m.inputs).filter(([, v]) => v.required).map(([k]) => k);
    $defs[name] = {
      description: m.description,
      type: ['object', 'null'],
      properties: Object.fromEntries(
        Object.entries(m.inputs).map(([k, v]) => [k, { description: v.description, ...(v.default !== undefined ? { default: v.default } : {}), ...VALUE }]),
      ),
      ...(required.length ? { required } : {}),
      additionalProperties: false,
    };
  }
  $defs.stage = {
    description: 'One stage: a mapping with one key, the action, whose value holds its inputs.',
    type: 'object',
    minProperties: 1,
    maxProperties: 1,
    properties: Object.fromEntries(actions.map((a) => [a, { $ref: `#/$defs/${a}` }])),
    additionalProperties: false,
  };
  $defs.stageList = { type: 'array', items: { $ref: '#/$defs/stage' } };
  $defs.stageMap = { type: 'object', properties: Object.fromEntries(actions.map((a) => [a, { $ref: `#/$defs/${a}` }])), additionalProperties: false };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://modelgate.dev/schemas/modelgate.schema.json',
    title: 'modelgate.yml',
    description: 'The stages `modelgate run` (and the top-level action) runs in order. Generated from action.yml by scripts/build.mjs: do not edit.',
    type: 'object',
    required: ['stages'],
    properties: {
      stages: { description: 'A list of { <action>: inputs } (an action may repeat), or a mapping of action -> inputs.', anyOf: [{ $ref: '#/$defs/stageList' }, { $ref: '#/$defs/stageMap' }] },
    },
    additionalProperties: false,
    $defs,
  };
}
