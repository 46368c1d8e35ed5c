// Every action.yml agrees with the code that reads it, the README tables and the generated metadata.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers.js';
import { actionsMeta } from '../../src/generated/actions-meta.js';
import { commands } from '../../src/actions/registry.js';

const names = ['run', ...readdirSync(join(ROOT, 'actions')).filter((n) => existsSync(join(ROOT, 'actions', n, 'action.yml')))];
const ymlOf = (name: string) => (name === 'run' ? join(ROOT, 'action.yml') : join(ROOT, 'actions', name, 'action.yml'));

/** Input names the adapter reads: the literal first argument of inputs.<kind>('name'). */
function inputsReadBy(source: string): Set<string> {
  const re = /inputs\.(?:string|required|boolean|number|choice|list|shard|path|paths|pathOrInline)(?:<[^>]*>)?\(\s*'([^']+)'/g;
  return new Set([...source.matchAll(re)].map((m) => m[1]));
}

describe('action metadata', () => {
  it('finds the actions', () => {
    expect(names).toContain('validate-data');
  });

  for (const name of names) {
    describe(name, () => {
      const doc = parse(readFileSync(ymlOf(name), 'utf8'));
      const source = readFileSync(join(ROOT, 'src/actions', `${name}.ts`), 'utf8');

      it('runs on node24 from its own bundle', () => {
        expect(doc.runs.using).toBe('node24');
        expect(doc.runs.main).toBe(name === 'run' ? 'dist/cli/index.js' : `../../dist/${name}/index.js`);
      });

      it('describes every input and output', () => {
        for (const [k, v] of Object.entries<{ description?: string }>(doc.inputs ?? {})) expect(v.description, k).toBeTruthy();
        for (const [k, v] of Object.entries<{ description?: string }>(doc.outputs ?? {})) expect(v.description, k).toBeTruthy();
      });

      it('declares exactly the inputs the adapter reads', () => {
        expect([...inputsReadBy(source)].sort()).toEqual(Object.keys(doc.inputs ?? {}).sort());
      });

      it('sets exactly the declared outputs', () => {
        const block = source.slice(source.indexOf('outputs: {'));
        for (const out of Object.keys(doc.outputs ?? {})) expect(block, out).toMatch(new RegExp(`(?:'${out}'|[{\\s]${out}): `));
      });

      it('has an entry exporting run(), for the bundle and @github/local-action', async () => {
        const entry = (await import(/* @vite-ignore */ pathToFileURL(join(ROOT, 'src/main', `${name}.ts`)).href)) as { run?: unknown };
        expect(entry.run).toBeTypeOf('function');
      });

      it('is a CLI command with the same metadata', () => {
        expect(commands[name]).toBeTypeOf('function');
        expect(Object.keys(actionsMeta[name].inputs).sort()).toEqual(Object.keys(doc.inputs ?? {}).sort());
      });
    });
  }

  it('README tables match action.yml', async () => {
    // @ts-expect-error plain JS module
    const { renderReadme } = await import('../../scripts/gen-readme.mjs');
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(renderReadme(readme) === readme, 'README.md is stale: run `npm run docs`').toBe(true);
  });
});
