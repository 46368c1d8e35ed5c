// Points the GITHUB_* environment at a temp dir and restores process.env after each test, as the
// toolkit's own tests do, so no test writes outside its sandbox or sees another test's inputs.
// The step summary path stays the same for the whole worker: @actions/core caches it on first use.
import { afterEach, beforeEach } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const workerDir = mkdtempSync(join(tmpdir(), 'modelgate-worker-'));
const summary = join(workerDir, 'summary.md');
const output = join(workerDir, 'output.txt');
let saved: Record<string, string | undefined>;
let runnerTemp: string;

beforeEach(() => {
  saved = { ...process.env };
  for (const k of Object.keys(process.env)) if (k.startsWith('GITHUB_') || k.startsWith('INPUT_')) delete process.env[k];
  runnerTemp = join(workerDir, `runner-${Date.now()}-${Math.random().toString(36).slice(2)}`);
  mkdirSync(runnerTemp);
  process.env.RUNNER_TEMP = runnerTemp;
  process.env.GITHUB_STEP_SUMMARY = summary;
  process.env.GITHUB_OUTPUT = output;
  writeFileSync(summary, '');
  writeFileSync(output, '');
});

afterEach(() => {
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
  for (const [k, v] of Object.entries(saved)) if (v !== undefined) process.env[k] = v;
  rmSync(runnerTemp, { recursive: true, force: true });
});
