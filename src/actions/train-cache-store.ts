/**
 * Adapter piece: binds the real `@actions/cache` functions into src/train's ActionsCacheStore, which
 * never imports `@actions/*` itself; the train action's adapter calls it.
 */
import * as cache from '@actions/cache';
import { ActionsCacheStore } from '../train/store.js';

/**
 * The Actions cache store when running in Actions with a cache service (the toolkit reads
 * `ACTIONS_RESULTS_URL`, `ACTIONS_RUNTIME_TOKEN`, and `ACTIONS_CACHE_SERVICE_V2` to choose the
 * v2 service); undefined otherwise, so the caller falls back to a LocalStore.
 */
export function actionsCacheStore(root: string, env: NodeJS.ProcessEnv = process.env): ActionsCacheStore | undefined {
  if (!env.GITHUB_ACTIONS || !cache.isFeatureAvailable()) return undefined;
  return new ActionsCacheStore({ restoreCache: (p, k, r) => cache.restoreCache(p, k, r), saveCache: (p, k) => cache.saveCache(p, k) }, root);
}
