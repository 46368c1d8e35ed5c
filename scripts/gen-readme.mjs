#!/usr/bin/env node
// Regenerates the input/output tables in README.md from actions/*/action.yml, between
// <!-- BEGIN GENERATED: <name> --> and <!-- END GENERATED: <name> --> markers
// (google-github-actions' actions-gen-readme). `--check` fails when the README is stale.
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const cell = (s) => String(s ?? '').replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');

export function tablesFor(name) {
  const doc = parse(readFileSync(name === 'run' ? join(root, 'action.yml') : join(root, 'actions', name, 'action.yml'), 'utf8'));
  const lines = ['| input | default | description |', '|---|---|---|'];
  for (const [k, v] of Object.entries(doc.inputs ?? {})) {
    const def = v.default !== undefined ? `\`${cell(v.default)}\`` : v.required ? '*required*' : '';
    lines.push(`| \`${k}\` | ${def} | ${cell(v.description)} |`);
  }
  lines.push('', '| output | description |', '|---|---|');
  for (const [k, v] of Object.entries(doc.outputs ?? {})) lines.push(`| \`${k}\` | ${cell(v.description)} |`);
  return lines.join('\n');
}

export function renderReadme(text) {
  const names = ['run', ...readdirSync(join(root, 'actions')).filter((n) => existsSync(join(root, 'actions', n, 'action.yml')))];
  let out = text;
  for (const name of names) {
    const begin = `<!-- BEGIN GENERATED: ${name} -->`;
    const end = `<!-- END GENERATED: ${name} -->`;
    const i = out.indexOf(begin);
    const j = out.indexOf(end);
    if (i < 0 || j < i) throw new Error(`README.md has no ${begin} ... ${end} markers for actions/${name}`);
    out = out.slice(0, i + begin.length) + '\n' + tablesFor(name) + '\n' + out.slice(j);
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = join(root, 'README.md');
  const text = readFileSync(path, 'utf8');
  const next = renderReadme(text);
  if (process.argv.includes('--check')) {
    if (next !== text) {
      console.error('README.md tables are stale; run `npm run docs` and commit.');
      process.exit(1);
    }
  } else writeFileSync(path, next);
}
