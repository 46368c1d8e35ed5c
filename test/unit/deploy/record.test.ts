// The registry seam: what a finished rollout asks of the registry for each decision.
import { describe, expect, it } from 'vitest';
import { registryRecorder, type RegistryHistory } from '../../../src/deploy/record.js';
import type { Deployment } from '../../../src/deploy/report.js';

function registry(): RegistryHistory & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    moveAlias: async (m, a) => void calls.push(`alias ${a} -> ${m}`),
    reject: async (m, r) => void calls.push(`reject ${m}: ${r}`),
    appendHistory: async (m, e) => void calls.push(`history ${m}: ${e.decision}`),
  };
}

const d = (decision: Deployment['decision']) => ({ model: 'ghcr.io/o/m:v3', decision, reason: 'why', finishedAt: '2026-01-01T00:00:00Z', environment: 'production' }) as Deployment;

describe('registryRecorder', () => {
  it('moves the alias on promotion, rejects on rollback and no-data, and always appends history', async () => {
    for (const [decision, expected] of [
      ['promoted', ['alias production -> ghcr.io/o/m:v3', 'history ghcr.io/o/m:v3: promoted']],
      ['rolled-back', ['reject ghcr.io/o/m:v3: why', 'history ghcr.io/o/m:v3: rolled-back']],
      ['no-data', ['reject ghcr.io/o/m:v3: why', 'history ghcr.io/o/m:v3: no-data']],
      ['passed', ['history ghcr.io/o/m:v3: passed']],
    ] as const) {
      const r = registry();
      await registryRecorder(r, 'production').record(d(decision));
      expect(r.calls).toEqual(expected);
    }
  });
});
