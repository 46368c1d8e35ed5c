// modelgate.yml's JSON Schema: generated from action.yml, referenced by every example, and its
// errors name the key's path.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { checkPipeline, keyPath } from '../../src/lib/pipeline-schema.js';
import { actionsMeta } from '../../src/generated/actions-meta.js';
import { loadPipeline } from '../../src/actions/run.js';
import { ROOT, files } from '../helpers.js';
// @ts-expect-error: a plain .mjs build helper without types
import { pipelineSchema } from '../../scripts/pipeline-schema.mjs';

const SCHEMA = join(ROOT, 'src/generated/modelgate.schema.json');
const committed = JSON.parse(readFileSync(SCHEMA, 'utf8'));

function examples(dir = join(ROOT, 'workflows-examples')): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? examples(p) : f === 'modelgate.yml' ? [p] : [];
  });
}

const err = (doc: unknown) => {
  try {
    checkPipeline(doc, 'm.yml');
  } catch (e) {
    return (e as Error).message;
  }
  return 'no error';
};

describe('modelgate.yml schema', () => {
  it('is the one generated from action.yml (the build writes it; this catches a stale copy)', () => {
    expect(pipelineSchema(actionsMeta)).toEqual(committed);
    expect(new Ajv2020({ strict: true, strictTypes: false }).validateSchema(committed)).toBe(true);
    for (const [name, m] of Object.entries(actionsMeta)) {
      if (name === 'run') continue;
      expect(Object.keys(committed.$defs[name].properties)).toEqual(Object.keys(m.inputs));
    }
  });

  it('every example modelgate.yml references it and is valid against it', () => {
    const found = examples();
    expect(found.length).toBeGreaterThanOrEqual(2);
    for (const f of found) {
      const first = readFileSync(f, 'utf8').split('\n')[0];
      const m = /^# yaml-language-server: \$schema=(.+)$/.exec(first);
      expect(m, f).not.toBeNull();
      // The weather example points at the schema in this checkout; init's template at the installed package.
      if (!f.includes('/init/')) expect(resolve(dirname(f), m![1])).toBe(SCHEMA);
      else expect(m![1]).toBe('./node_modules/modelgate/src/generated/modelgate.schema.json');
      if (!f.includes('/init/')) expect(err(parse(readFileSync(f, 'utf8')))).toBe('no error');
    }
  });

  it('names the key path of the first problem', () => {
    const stages = [{ 'validate-data': { data: 'x.csv' } }, { train: null }, { 'evaluate-model': { model: 'm.onnx', 'slice-by': { a: [{ b: 1 }] } } }];
    expect(keyPath('/stages/2/evaluate-model/slice-by')).toBe('stages[2].evaluate-model.slice-by');
    // A list of mappings is no value an input takes.
    expect(err({ stages: [stages[0], stages[1], { 'evaluate-model': { 'slice-by': [{ a: 1 }] } }] })).toMatch(/^m\.yml: stages\[2\]\.evaluate-model\.slice-by(\[0\])?: must be /);
    expect(err({ stages: [stages[0], { 'evaluate-model': { 'slice-byy': 'region' } }] })).toMatch(/^m\.yml: stages\[1\]\.evaluate-model\.slice-byy: unknown input of evaluate-model; its inputs: model, data, /);
    expect(err({ stages: [{ evaluate: {} }] })).toMatch(/^m\.yml: stages\[0\]\.evaluate: not an action; actions: .*evaluate-model/);
    expect(err({ stages: [{ train: {}, 'evaluate-model': {} }] })).toBe('m.yml: stages[0]: a stage is a mapping with one key, the action: { evaluate-model: { ... } }');
    expect(err({ stages: { train: { algorithmm: 'x' } } })).toMatch(/^m\.yml: stages\.train\.algorithmm: unknown input of train/);
    expect(err({ stage: [] })).toMatch(/^m\.yml: stage: unknown key/);
    expect(err({})).toBe('m.yml: stages: required');
  });

  it('modelgate run reports it with the file', () => {
    const dir = files({ 'modelgate.yml': 'stages:\n  - validate-data: { data: a.csv }\n  - evaluate-model: { slice-byy: region }\n' });
    expect(() => loadPipeline(dir, [])).toThrow(`${join(dir, 'modelgate.yml')}: stages[1].evaluate-model.slice-byy: unknown input of evaluate-model`);
    expect(relative(ROOT, SCHEMA)).toBe('src/generated/modelgate.schema.json');
  });
});
