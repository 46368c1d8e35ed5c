// The layering rule of ARCHITECTURE.md, checked on the source: domain modules never import
// `@actions/*` (directly or through other modules), the report layer or the adapters; they take what they need (a renderer, a store) as
// arguments from src/actions/.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const SRC = join(ROOT, 'src');
const ADAPTER_LAYERS = new Set(['actions', 'main', 'cli', 'report', 'github', 'generated']);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Module specifiers of static and dynamic imports and re-exports (comments stripped first). */
function imports(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  return [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]);
}

describe('layers', () => {
  const domain = readdirSync(SRC).filter((d) => statSync(join(SRC, d)).isDirectory() && !ADAPTER_LAYERS.has(d));

  it('finds the domain folders (the check is not vacuous)', () => {
    expect(domain).toEqual(expect.arrayContaining(['data', 'stats', 'metrics', 'model', 'gates', 'registry', 'serve', 'deploy', 'train']));
  });

  it('no domain module imports report/, actions/, cli/ or main/, nor reaches @actions/* through any chain of imports', () => {
    const bad: string[] = [];
    const importsOf = new Map<string, string[]>();
    const read = (f: string) => {
      if (!importsOf.has(f)) importsOf.set(f, imports(readFileSync(f, 'utf8')));
      return importsOf.get(f)!;
    };
    const resolveTs = (from: string, spec: string) => join(from, '..', spec).replace(/\.js$/, '.ts');
    for (const d of domain) {
      for (const f of files(join(SRC, d))) {
        for (const spec of read(f)) {
          const layer = spec.startsWith('.') ? relative(SRC, join(f, '..', spec)).split('/')[0] : undefined;
          if (layer && ['report', 'actions', 'cli', 'main'].includes(layer)) bad.push(`${relative(ROOT, f)} imports ${spec}`);
        }
        // Transitively: a domain module may use a pure helper elsewhere (github/event.ts parses a
        // payload) but nothing that pulls in the Actions toolkit.
        const seen = new Set<string>();
        const stack: [string, string[]][] = [[f, [relative(ROOT, f)]]];
        while (stack.length) {
          const [file, chain] = stack.pop()!;
          if (seen.has(file)) continue;
          seen.add(file);
          for (const spec of read(file)) {
            if (spec.startsWith('@actions/')) bad.push(`${chain.join(' -> ')} imports ${spec}`);
            else if (spec.startsWith('.')) {
              const next = resolveTs(file, spec);
              if (next.endsWith('.ts') && statSync(next, { throwIfNoEntry: false })?.isFile()) stack.push([next, [...chain, relative(ROOT, next)]]);
            }
          }
        }
      }
    }
    expect([...new Set(bad)]).toEqual([]);
  });

  it('the import scanner sees the forms used in the code', () => {
    expect(imports(`import a from '../report/x.js';\nexport { b } from "@actions/core";\nconst c = await import('../actions/y.js');\n// import d from '../report/z.js'`)).toEqual(['../report/x.js', '@actions/core', '../actions/y.js']);
  });
});
