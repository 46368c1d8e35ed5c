#!/usr/bin/env node
// Runs every benchmark folder (bench/<name>/bench.mjs) or the ones named:
//   node bench/run.mjs [name...] [--runs N] [other options, see bench/README.md]
// Each benchmark returns a markdown section, written into bench/RESULTS.md between its markers.
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs, updateResults } from './lib.mjs';

const benchDir = dirname(fileURLToPath(import.meta.url));
const root = join(benchDir, '..');
const opts = parseArgs(process.argv.slice(2));
const all = readdirSync(benchDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(benchDir, d.name, 'bench.mjs')))
  .map((d) => d.name)
  .sort();
const names = opts._.length ? opts._ : all;
for (const n of names) {
  if (!all.includes(n)) {
    console.error(`no benchmark '${n}' (have: ${all.join(', ')})`);
    process.exit(2);
  }
}
const work = join(benchDir, 'work');
mkdirSync(work, { recursive: true });
for (const name of names) {
  console.error(`== ${name}`);
  const mod = await import(pathToFileURL(join(benchDir, name, 'bench.mjs')).href);
  const section = await mod.run({ root, benchDir, work, opts });
  if (opts['no-write']) console.log(section);
  else {
    updateResults(join(benchDir, 'RESULTS.md'), name, section);
    console.error(`wrote the ${name} section of bench/RESULTS.md`);
  }
}
