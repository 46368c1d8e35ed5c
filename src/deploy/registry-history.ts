/**
 * `RegistryHistory` (record.ts) over src/registry: the model deploy rolled out is a registry
 * reference (`oci-layout://<dir>:<tag>` or `oci://<host>/<repository>:<tag>|@<digest>`); its
 * version is resolved there, the environment's alias is moved with `promote`, a rejection is a
 * `rejected` status event whose note is the judge's reason, and the deployment record is a
 * `deployment` history event carrying deployment.json.
 */
import { ConfigurationError } from '../errors.js';
import { connectionFromEnv, isRegistryReference } from '../registry/pull-input.js';
import { openBackend, parseReference, type Connection } from '../registry/reference.js';
import { addDeployment, promote, setStatus, type Actor } from '../registry/versions.js';
import type { Backend } from '../registry/backend.js';
import type { RegistryHistory } from './record.js';

function open(model: string, conn: Connection): { backend: Backend; at: { tag?: string; digest?: string } } {
  if (!isRegistryReference(model)) throw new ConfigurationError(`input 'model': '${model}' is not a registry reference (oci-layout://… or oci://…); the decision can only be recorded in a registry`);
  const r = parseReference(model, 'model');
  return { backend: openBackend({ ...r, tag: undefined, digest: undefined }, conn), at: { tag: r.tag ?? (r.digest ? undefined : 'latest'), digest: r.digest } };
}

/** Where a model reference's version is stored: its backend and tag or digest. */
export type Opener = (model: string) => { backend: Backend; at: { tag?: string; digest?: string } };

/** The history over registries reached by reference (credentials from the environment, as for register). */
export function registryHistory(who: Actor = {}, conn: Connection = connectionFromEnv()): RegistryHistory {
  return historyOver((model) => open(model, conn), who);
}

/** The history over the backend `opener` gives (the tests pass one with their registry's credentials). */
export function historyOver(opener: Opener, who: Actor = {}): RegistryHistory {
  return {
    async moveAlias(model, alias) {
      const { backend, at } = opener(model);
      await promote(backend, at, alias, who);
    },
    async appendHistory(model, entry) {
      const { backend, at } = opener(model);
      const bytes = Buffer.from(JSON.stringify(entry.report, null, 2) + '\n');
      await addDeployment(backend, at, bytes, { ...who, decision: entry.decision, environment: entry.environment, note: entry.reason.slice(0, 1000) });
    },
    async reject(model, reason) {
      const { backend, at } = opener(model);
      await setStatus(backend, at, 'rejected', { ...who, note: reason.slice(0, 1000) });
    },
  };
}
