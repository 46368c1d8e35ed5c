// The one place inputs are read: expressions never pass, list items stay whole, one path policy.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Inputs, defaultsOf, environmentFallbacks, mapSource } from '../../../src/lib/inputs.js';
import { actionsPathPolicy, confine, pipelinePathPolicy } from '../../../src/lib/paths.js';
import { actionsMeta } from '../../../src/generated/actions-meta.js';
import { loadPipeline } from '../../../src/actions/run.js';
import { parseArgs } from '../../../src/cli/main.js';
import { ConfigurationError } from '../../../src/errors.js';
import { ROOT, files, tempDir } from '../../helpers.js';

const inputs = (values: Record<string, string | string[]>) => new Inputs(mapSource(values));

describe('unevaluated expressions', () => {
  it('are refused by every kind of read, from every source, naming the input', () => {
    const v = { t: '${{ github.token }}', l: ['a', 'x-${{ secrets.X }}'] };
    const i = inputs(v);
    for (const read of [() => i.string('t'), () => i.required('t'), () => i.list('t'), () => i.list('l'), () => i.path('t'), () => i.paths('l'), () => i.number('t'), () => i.boolean('t', false), () => i.pathOrInline('t')]) {
      expect(read).toThrow(ConfigurationError);
    }
    expect(() => new Inputs(mapSource({ 'github-token': '${{ github.token }}' })).string('github-token')).toThrow(/input 'github-token' holds an unevaluated expression.*GITHUB_TOKEN/);
  });

  it('never come from action.yml defaults: those are left out, and the token comes from the environment', () => {
    let expressions = 0;
    for (const [name, meta] of Object.entries(actionsMeta)) {
      const d = defaultsOf(name);
      for (const [k, input] of Object.entries(meta.inputs)) {
        if (input.default?.includes('${{')) {
          expressions++;
          expect(d[k], `${name}.${k}`).toBeUndefined();
        } else expect(d[k]).toBe(input.default);
      }
    }
    expect(expressions).toBeGreaterThanOrEqual(2); // run's and compare-to-baseline's github-token
    expect(environmentFallbacks({ GITHUB_TOKEN: 'ghs_x' })['github-token']).toBe('ghs_x');
    expect(environmentFallbacks({ GH_TOKEN: 'ghp_y' })['github-token']).toBe('ghp_y');
    expect(environmentFallbacks({})['github-token']).toBeUndefined();
  });

  it('every code path reads inputs through Inputs: no other module reads action.yml defaults or INPUT_ variables', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const n of readdirSync(dir)) {
        const p = join(dir, n);
        if (statSync(p).isDirectory()) walk(p);
        else if (p.endsWith('.ts')) {
          const rel = relative(ROOT, p);
          const text = readFileSync(p, 'utf8');
          if (rel === 'src/lib/inputs.ts' || rel === 'src/generated/actions-meta.ts') continue;
          if (/\.default\b/.test(text.replace(/\.default\s*\?\?\s*\w+\)/g, '')) && /actionsMeta/.test(text)) offenders.push(`${rel}: reads action.yml defaults`);
          if (/process\.env\[?['"`.]?INPUT_/.test(text) || /core\.getInput\(/.test(text) && rel !== 'src/actions/runtime.ts') offenders.push(`${rel}: reads inputs directly`);
          if (/new Inputs\(/.test(text) && !['src/actions/runtime.ts', 'src/actions/run.ts', 'src/cli/main.ts', 'src/cli/init.ts', 'src/cli/registry.ts', 'src/cli/exp.ts'].includes(rel)) offenders.push(`${rel}: builds Inputs`);
        }
      }
    };
    walk(join(ROOT, 'src'));
    expect(offenders).toEqual([]);
  });
});

describe('list inputs (the convention of actions/cache `path`)', () => {
  it('keep each line whole: spaces, commas and parentheses included', () => {
    expect(inputs({ f: 'Body Mass (g)\nFlipper Length, mm\n\n  bill depth  \n' }).list('f')).toEqual(['Body Mass (g)', 'Flipper Length, mm', 'bill depth']);
    // `features: |` with one item: a block scalar ends with a line break
    expect(inputs({ f: 'Body Mass (g)\n' }).list('f')).toEqual(['Body Mass (g)']);
    expect(inputs({ f: 'a\r\nb c\r\n' }).list('f')).toEqual(['a', 'b c']);
  });

  it('keep YAML list and repeated-flag items whole', () => {
    expect(inputs({ f: ['Body Mass (g)', ' x,y '] }).list('f')).toEqual(['Body Mass (g)', 'x,y']);
  });

  it('split a single line at commas and whitespace, as before', () => {
    expect(inputs({ f: 'a, b c,d' }).list('f')).toEqual(['a', 'b', 'c', 'd']);
  });

  it('from the CLI: each argument is one item, the flag may repeat', () => {
    const a = parseArgs(['train', '--features', 'Body Mass (g)', '--features', 'Flipper (mm)', 'x', '--label', 'species']);
    expect(a.values.features).toEqual(['Body Mass (g)', 'Flipper (mm)', 'x']);
    expect(new Inputs(mapSource(a.values)).list('features')).toEqual(['Body Mass (g)', 'Flipper (mm)', 'x']);
    expect(a.values.label).toBe('species');
  });

  it('from modelgate.yml: a YAML list keeps its items; a list for a scalar key is one line naming the key path', () => {
    const dir = files({
      'modelgate.yml': 'stages:\n  - validate-data:\n      data: d.csv\n      schema: [a.yml, b.yml]\n  - train:\n      algorithm: logistic-regression\n      data: d.csv\n      label: y\n      features: ["Body Mass (g)", "Flipper Length (mm)"]\n',
    });
    const p = loadPipeline(dir, []);
    expect(p.stages[1].values.features).toEqual(['Body Mass (g)', 'Flipper Length (mm)']);
    const src = mapSource(p.stages[0].values, {}, { label: (k) => `key '${p.stages[0].at}.${k}'` });
    let message = '';
    try {
      new Inputs(src).string('schema');
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toBe("key 'stages[0].validate-data.schema' takes one value, got a list of 2");
  });
});

describe('the path policy', () => {
  it('confines repository paths to the workspace and RUNNER_TEMP, lexically', () => {
    const ws = tempDir();
    const tmp = tempDir();
    const policy = actionsPathPolicy({ GITHUB_WORKSPACE: ws, RUNNER_TEMP: tmp })!;
    expect(confine("input 'data'", join(ws, 'a/b.csv'), policy)).toBe(join(ws, 'a/b.csv'));
    expect(confine("input 'out'", join(tmp, 'x.json'), policy)).toBe(join(tmp, 'x.json'));
    expect(() => confine("input 'data'", join(ws, '../../../etc/passwd'), policy)).toThrow(/input 'data': '.*' is outside the workspace/);
    expect(() => confine("input 'data'", '/etc/passwd', policy)).toThrow(/outside the workspace/);
    // a name that merely starts with two dots is inside
    expect(confine("input 'data'", join(ws, '..data.csv'), policy)).toBe(join(ws, '..data.csv'));
    expect(actionsPathPolicy({})).toBeUndefined(); // the CLI: flags the user typed are theirs
  });

  it('applies to a modelgate.yml run: reads and writes outside are refused, naming the key', () => {
    const dir = files({ 'ml/modelgate.yml': 'stages:\n  - validate-data:\n      data: ../../../etc/passwd\n', 'ml/d.csv': 'x\n1\n' });
    const p = loadPipeline(join(dir, 'ml'), []);
    expect(p.paths.roots[0]).toBe(join(dir, 'ml'));
    const read = new Inputs(mapSource({ data: '../../../etc/passwd' }, {}, { paths: p.paths }));
    const home = process.cwd();
    process.chdir(join(dir, 'ml'));
    try {
      expect(() => read.paths('data')).toThrow(/input 'data': '\.\.\/\.\.\/\.\.\/etc\/passwd' is outside the directory of the modelgate\.yml/);
      expect(() => new Inputs(mapSource({ report: '../../x.json' }, {}, { paths: p.paths })).path('report')).toThrow(/outside/);
      expect(new Inputs(mapSource({ data: 'd.csv' }, {}, { paths: p.paths })).paths('data')).toEqual(['d.csv']);
    } finally {
      process.chdir(home);
    }
    // inside a workspace, the workspace is the root: ../data from ml/ is fine
    expect(pipelinePathPolicy(join(dir, 'ml/modelgate.yml'), { GITHUB_WORKSPACE: dir }).roots[0]).toBe(dir);
  });

  it('leaves inline YAML alone and checks a config file path', () => {
    const policy = { roots: [tempDir()], what: 'the workspace' };
    expect(new Inputs(mapSource({ gates: 'gates:\n  accuracy: { min: 0.9 }' }, {}, { paths: policy })).pathOrInline('gates')).toContain('gates:');
    expect(() => new Inputs(mapSource({ gates: '/etc/gates.yml' }, {}, { paths: policy })).pathOrInline('gates')).toThrow(/outside/);
    writeFileSync(join(policy.roots[0], 'g.yml'), '');
  });
});
