/**
 * Where a decision is recorded beyond deployment.json: the registry. A promotion moves the
 * environment's alias to the version and appends a deployment entry to its history; a rollback
 * (or no-data) marks the version rejected with the judge's report. The registry (src/registry)
 * was built in parallel with deploy; this interface is the seam it plugs into.
 */
import type { Deployment } from './report.js';

export interface DecisionRecorder {
  /** Called once per finished rollout with the record that was written. */
  record(deployment: Deployment): Promise<void>;
}

/** What a registry must offer deploy: the calls a recorder makes, in deploy's words. */
export interface RegistryHistory {
  /** Point `alias` (the environment, e.g. `production`) at the version of `model`. */
  moveAlias(model: string, alias: string): Promise<void>;
  /** Append an entry (kind `deployment`) to the history of the version of `model`. */
  appendHistory(model: string, entry: { kind: 'deployment'; decision: Deployment['decision']; environment?: string; reason: string; at: string; report: Deployment }): Promise<void>;
  /** Mark the version of `model` rejected (status), with the reason. */
  reject(model: string, reason: string): Promise<void>;
}

/** The recorder over a registry: promoted -> alias + history; rolled back / no-data -> rejected + history; shadow -> history only. */
export function registryRecorder(registry: RegistryHistory, alias: string | undefined): DecisionRecorder {
  return {
    async record(d) {
      const entry = { kind: 'deployment' as const, decision: d.decision, ...(d.environment ? { environment: d.environment } : {}), reason: d.reason, at: d.finishedAt, report: d };
      if (d.decision === 'promoted' && alias) await registry.moveAlias(d.model, alias);
      if (d.decision === 'rolled-back' || d.decision === 'no-data') await registry.reject(d.model, d.reason);
      await registry.appendHistory(d.model, entry);
    },
  };
}
