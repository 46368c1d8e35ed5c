// Points the GITHUB_* environment at a temp dir per test and restores process.env afterwards,
// as the toolkit's own tests do, so no test writes outside its sandbox or sees another's env.
import { afterEach, beforeEach } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let saved: NodeJS.ProcessEnv;
let dir: string;

beforeEach(() => {
  saved = { ...process.env };
  dir = mkdtempSync(join(tmpdir(), 'modelgate-test-'));
  for (const k of Object.keys(process.env)) if (k.startsWith('GITHUB_') || k.startsWith('INPUT_')) delete process.env[k];
  process.env.RUNNER_TEMP = dir;
  process.env.GITHUB_STEP_SUMMARY = join(dir, 'summary.md');
  process.env.GITHUB_OUTPUT = join(dir, 'output.txt');
  writeFileSync(process.env.GITHUB_STEP_SUMMARY, '');
  writeFileSync(process.env.GITHUB_OUTPUT, '');
});

afterEach(() => {
  process.env = saved;
  rmSync(dir, { recursive: true, force: true });
});
