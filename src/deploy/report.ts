/**
 * deployment.json: the record of one rollout, validated against src/schemas/deployment.schema.json
 * before it is written (temp file + rename: never half-written).
 */
import { writeJsonAtomic } from '../lib/files.js';
import { assertArtifact } from '../schemas/validate.js';
import type { MetricSpec } from './judge.js';
import type { DeployConfig, DeployResult, Target } from './types.js';

export interface Deployment {
  kind: 'deployment';
  schemaVersion: 1;
  model: string;
  strategy: DeployConfig['strategy'];
  environment?: string;
  target: { kind: string; location: string };
  settings: {
    steps: number[];
    intervalSeconds: number;
    maxIntervalSeconds: number;
    warmupSeconds: number;
    terminationWaitSeconds?: number;
    minSamples: number;
    confidence: number;
    tolerance: number;
    thresholds: { pass: number; marginal: number };
    groups: Record<string, number>;
    metrics: MetricSpec[];
  };
  steps: DeployResult['steps'];
  decision: DeployResult['decision'];
  reason: string;
  startedAt: string;
  finishedAt: string;
  resumed?: DeployResult['resumed'];
  github?: { deploymentId: number; environment: string; logUrl?: string };
}

export function makeDeployment(config: DeployConfig, target: Pick<Target, 'kind' | 'location'>, result: DeployResult, environment?: string): Deployment {
  const j = config.judge;
  const d: Deployment = {
    kind: 'deployment',
    schemaVersion: 1,
    model: config.model,
    strategy: config.strategy,
    ...(environment ? { environment } : {}),
    target: { kind: target.kind, location: target.location },
    settings: {
      steps: config.strategy === 'canary' ? config.steps : [],
      intervalSeconds: config.intervalMs / 1000,
      maxIntervalSeconds: (config.maxIntervalMs ?? config.intervalMs) / 1000,
      warmupSeconds: (config.warmupMs ?? 0) / 1000,
      ...(config.strategy === 'blue-green' ? { terminationWaitSeconds: config.terminationWaitMs / 1000 } : {}),
      minSamples: j.minSamples,
      confidence: j.confidence,
      tolerance: j.tolerance,
      thresholds: { pass: j.passThreshold, marginal: j.marginalThreshold },
      groups: j.groups,
      metrics: j.metrics,
    },
    steps: result.steps,
    decision: result.decision,
    reason: result.reason,
    startedAt: result.startedAt,
    finishedAt: result.finishedAt,
    ...(result.resumed ? { resumed: result.resumed } : {}),
  };
  return d;
}

/** Validates and writes; an invalid record is a bug in modelgate and is not written. */
export function writeDeployment(path: string, d: Deployment): void {
  assertArtifact('deployment', d, path, 'write');
  writeJsonAtomic(path, d);
}
