// The licenses of the packages a bundle may hold, for dist/*/licenses.txt. ncc's own list misses
// packages it concatenates as ES modules or numbers as CommonJS (ajv, yaml, hyparquet, zstddec were
// absent), so the build appends every package the sources import (bare specifiers in src/**/*.ts)
// and their dependencies, by the name, license and license text that ncc's list uses. Listing a
// package a given bundle leaves out is harmless; leaving out one it holds is not.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';

/** Package names imported by the TypeScript sources under `dir` (node: builtins and `externals` left out). */
function importedPackages(dir, externals) {
  const names = new Set();
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts')) {
        for (const m of readFileSync(p, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'([^'.][^']*)'/g)) {
          const spec = m[1];
          if (spec.startsWith('node:') || builtinModules.includes(spec.split('/')[0])) continue;
          const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
          if (!externals.includes(name)) names.add(name);
        }
      }
    }
  };
  walk(dir);
  return names;
}

/** `names` and every package they depend on, found under node_modules. */
function closure(root, names) {
  const seen = new Set();
  const todo = [...names];
  while (todo.length) {
    const name = todo.pop();
    if (seen.has(name)) continue;
    const pkg = join(root, 'node_modules', name, 'package.json');
    if (!existsSync(pkg)) continue; // an optional dependency not installed here is not bundled either
    seen.add(name);
    const json = JSON.parse(readFileSync(pkg, 'utf8'));
    todo.push(...Object.keys(json.dependencies ?? {}), ...Object.keys(json.optionalDependencies ?? {}));
  }
  return [...seen].sort();
}

function licenseText(dir) {
  const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f));
  return file ? readFileSync(join(dir, file), 'utf8').trim() : undefined;
}

/** `listed` (ncc's licenses.txt) with the entries it misses appended, in name order. */
export function completeLicenses(root, listed, externals) {
  const have = new Set(listed.split(/\n\n+/).map((block) => block.split('\n')[0]));
  const extra = [];
  for (const name of closure(root, importedPackages(join(root, 'src'), externals))) {
    if (have.has(name)) continue;
    const dir = join(root, 'node_modules', name);
    const license = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).license ?? 'see the package';
    const text = licenseText(dir);
    extra.push(`${name}\n${license}${text ? `\n${text}` : ''}`);
  }
  if (!extra.length) return listed;
  return `${listed.trimEnd()}\n\n${extra.join('\n\n')}\n`;
}
