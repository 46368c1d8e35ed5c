import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/errors.js';
import { diffManifestParams } from '../../../src/train/manifest.js';
import { canonicalJson, diffParams, flattenParams, paramsDiffMarkdown, readParams } from '../../../src/train/params.js';
import { files } from '../../helpers.js';

describe('readParams', () => {
  it('reads YAML, JSON and key=value files into the same values', () => {
    const dir = files({
      'params.yaml': '# training\nlr: 0.01\nepochs: 10\nmodel:\n  depth: 4\n  kind: tree\nuse_gpu: false\n',
      'params.json': '{"lr": 0.01, "epochs": 10, "model": {"depth": 4, "kind": "tree"}, "use_gpu": false}',
      '.env': '# training\nexport lr=0.01\nepochs = 10\nmodel.depth=4\nmodel.kind="tree"\nuse_gpu=false\n',
    });
    const yaml = readParams(join(dir, 'params.yaml'));
    expect(yaml).toEqual({ lr: 0.01, epochs: 10, model: { depth: 4, kind: 'tree' }, use_gpu: false });
    expect(readParams(join(dir, 'params.json'))).toEqual(yaml);
    const env = readParams(join(dir, '.env'));
    expect(env).toEqual({ lr: 0.01, epochs: 10, 'model.depth': 4, 'model.kind': 'tree', use_gpu: false });
    // Dotted env keys and nested YAML flatten alike, so they diff as equal.
    expect(diffParams(yaml, env)).toEqual([]);
  });

  it('keeps quoted and non-numeric env values as text, and YAML infinities as text', () => {
    const dir = files({ 'p.env': `a='0.5'\nb=1e-3\nc=abc # note\nd=01\ne="x=y"\n`, 'p.yml': 'big: .inf\nnone: ~\n' });
    expect(readParams(join(dir, 'p.env'))).toEqual({ a: '0.5', b: 0.001, c: 'abc', d: '01', e: 'x=y' });
    expect(readParams(join(dir, 'p.yml'))).toEqual({ big: 'Infinity', none: null });
  });

  it('names the file and line of what it cannot read', () => {
    const dir = files({ 'p.toml': 'lr = 0.1\n', 'list.yaml': '- 1\n- 2\n', 'bad.env': 'lr=1\njunk\n', 'dup.yaml': 'a: 1\na: 2\n' });
    expect(() => readParams(join(dir, 'p.toml'))).toThrow(/unsupported format '\.toml'; use YAML/);
    expect(() => readParams(join(dir, 'list.yaml'))).toThrow(/top level must be a mapping/);
    expect(() => readParams(join(dir, 'bad.env'))).toThrow(/bad\.env:2: expected key=value/);
    expect(() => readParams(join(dir, 'dup.yaml'))).toThrow(ConfigurationError);
    expect(() => readParams(join(dir, 'none.yaml'))).toThrow(/none\.yaml: not found/);
  });
});

describe('params diff', () => {
  const before = { lr: 0.01, epochs: 10, model: { depth: 4, layers: [64, 32] }, seed: 1, dropout: 0.5 };
  const after = { lr: 0.02, epochs: 10, model: { depth: 4, layers: [64, 64], act: 'relu' }, seed: '1' };

  it('lists added, removed and modified keys, flattened with dots, sorted', () => {
    expect(diffParams(before, after)).toEqual([
      { key: 'dropout', change: 'removed', old: 0.5 },
      { key: 'lr', change: 'modified', old: 0.01, new: 0.02 },
      { key: 'model.act', change: 'added', new: 'relu' },
      { key: 'model.layers', change: 'modified', old: [64, 32], new: [64, 64] },
      { key: 'seed', change: 'modified', old: 1, new: '1' },
    ]);
  });

  it('treats absent params as empty, and equal params as no change', () => {
    expect(diffParams(undefined, { a: 1 })).toEqual([{ key: 'a', change: 'added', new: 1 }]);
    expect(diffParams({ a: { b: 1 } }, null)).toEqual([{ key: 'a.b', change: 'removed', old: 1 }]);
    expect(diffParams({ b: 2, a: { y: 1, x: 2 } }, { a: { x: 2, y: 1 }, b: 2 })).toEqual([]);
  });

  it('compares two manifests', () => {
    const m = (values: Record<string, unknown> | null) => ({ params: values ? { path: 'params.yaml', values: values as never } : null });
    expect(diffManifestParams(m({ lr: 1 }), m({ lr: 2 }))).toEqual([{ key: 'lr', change: 'modified', old: 1, new: 2 }]);
    expect(diffManifestParams(m(null), m({ lr: 2 }))).toEqual([{ key: 'lr', change: 'added', new: 2 }]);
  });

  it('renders a markdown table that escapes values from the data', () => {
    const md = paramsDiffMarkdown(diffParams({ 'a|b': 'x|y' }, { 'a|b': 'z' }), { old: 'main', new: 'PR' });
    expect(md).toBe('| param | change | main | PR |\n|---|---|---|---|\n| a\\|b | modified | x\\|y | z |\n');
    expect(paramsDiffMarkdown([])).toBe('No parameter changed.\n');
  });

  it('flattens and canonicalises', () => {
    expect(flattenParams({ a: { b: { c: 1 } }, e: {}, l: [1] })).toEqual({ 'a.b.c': 1, e: {}, l: [1] });
    expect(canonicalJson({ b: 1, a: [{ d: 1, c: 2 }] })).toBe('{"a":[{"c":2,"d":1}],"b":1}');
  });
});
