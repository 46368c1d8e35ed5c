// deployment.json is validated against its schema at write; the job summary shows steps, scores,
// reason and a chart per judged metric, with model references escaped.
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultMetrics } from '../../../src/deploy/judge.js';
import { makeDeployment, writeDeployment } from '../../../src/deploy/report.js';
import { runDeploy } from '../../../src/deploy/rollout.js';
import type { DeployConfig } from '../../../src/deploy/types.js';
import { memoryLogger } from '../../../src/lib/logger.js';
import { renderDeployment } from '../../../src/report/deployment.js';
import { MemoryTarget } from './memory-target.js';

const MODEL = 'oci://reg/m:v2';
const config: DeployConfig = {
  model: MODEL,
  strategy: 'canary',
  steps: [10, 50, 100],
  intervalMs: 30_000,
  terminationWaitMs: 30_000,
  judge: { confidence: 0.98, tolerance: 0.25, passThreshold: 95, marginalThreshold: 75, minSamples: 200, groups: {}, metrics: defaultMetrics(false) },
};

async function deployment(candidate: { slowdown?: number }, model = MODEL) {
  const t = new MemoryTarget('oci://reg/m:v1', { 'oci://reg/m:v1': {}, [model]: candidate }, 100, 4);
  const c = { ...config, model };
  const result = await runDeploy(c, t, t.clock(), memoryLogger());
  return makeDeployment(c, t, result, 'staging');
}

describe('deployment.json', () => {
  it('writes a record that validates against its schema', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-deploy-'));
    const d = await deployment({});
    writeDeployment(join(dir, 'deployment.json'), d);
    const back = JSON.parse(readFileSync(join(dir, 'deployment.json'), 'utf8'));
    expect(back).toMatchObject({ kind: 'deployment', schemaVersion: 1, decision: 'promoted', environment: 'staging', settings: { steps: [10, 50, 100], minSamples: 200 } });
    expect(back.steps.filter((s: { judgement?: unknown }) => s.judgement)).toHaveLength(3);
  });

  it('refuses to write an invalid record, and leaves no file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-deploy-'));
    const d = await deployment({});
    const bad = { ...d, decision: 'maybe' } as unknown as typeof d;
    expect(() => writeDeployment(join(dir, 'deployment.json'), bad)).toThrow(/refusing to write an invalid artifact.*decision/);
    expect(existsSync(join(dir, 'deployment.json'))).toBe(false);
  });
});

describe('the job summary', () => {
  it('shows the decision, the steps with scores, the judged metrics and a chart per metric', async () => {
    const md = renderDeployment(await deployment({ slowdown: 1.3 }));
    expect(md).toMatch(/^## ↩️ Deploy oci&#58;\/\/reg\/m&#58;v2: rolled-back/);
    expect(md).toContain('| 10% | 10% | fail | 50 |');
    expect(md).toContain('| 10% | latency | high |');
    expect(md).toContain('```mermaid\nxychart-beta\n  title "latency: stable (first line) and candidate (second line)"\n  x-axis ["10%"]');
    expect(md).toContain('title "error-rate');
  });

  it('escapes a crafted model reference', async () => {
    const md = renderDeployment(await deployment({}, 'oci://x/m:v2 ![img](https://evil) @team <b>'));
    expect(md).not.toContain('![img]');
    expect(md).not.toContain('<b>');
    expect(md).not.toMatch(/ @team/);
  });
});
