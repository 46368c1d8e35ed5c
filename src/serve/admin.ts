/**
 * The admin API's logic: the bearer-token check (constant time: both sides hashed to the same
 * length, then `timingSafeEqual`) and the operations on the deployment, with their bodies checked.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Deployment, DeploymentState, Mode } from './deployment.js';
import { isObject, RequestError } from './tensors.js';

export type AdminAction = 'state' | 'load' | 'weights' | 'promote' | 'rollback';

/** Throws 404 when the API is off (no token) and 401 unless `authorization` is `Bearer <token>`. */
export function checkBearer(authorization: string | undefined, token: string | undefined): void {
  if (!token) throw new RequestError('the admin API is off; start the server with an admin token to use it', 404, 'not_found');
  const auth = authorization ?? '';
  const given = auth.startsWith('Bearer ') ? auth.slice(7) : '';
  const h = (s: string) => createHash('sha256').update(s).digest();
  if (!timingSafeEqual(h(given), h(token))) throw new RequestError('missing or wrong bearer token', 401, 'unauthorized');
}

/** Whether the action reads a JSON body. */
export function takesBody(action: AdminAction): boolean {
  return action === 'load' || action === 'weights';
}

/** `source`: what to load for `load` instead of the body's `model` (another worker's pinned version, see primary.ts). */
export async function adminAction(d: Deployment, action: AdminAction, json: unknown, source?: string): Promise<DeploymentState> {
  if (action === 'state') return d.state();
  if (!isObject(json)) throw new RequestError('the body must be a JSON object');
  const mode = json.mode;
  if (mode !== undefined && mode !== 'split' && mode !== 'shadow') throw new RequestError(`"mode" must be "split" or "shadow"`);
  const weight = json.weight;
  if (weight !== undefined && (typeof weight !== 'number' || !(weight >= 0 && weight <= 1))) throw new RequestError(`"weight" must be a number from 0 to 1 (the candidate's share of traffic)`);
  if (action === 'load') {
    if (typeof json.model !== 'string' || !json.model) throw new RequestError(`"model" must be a model file path or reference`);
    if (json.version !== undefined && typeof json.version !== 'string') throw new RequestError(`"version" must be a string`);
    try {
      await d.load(json.model, json.version as string | undefined, (mode as Mode | undefined) ?? 'split', (weight as number | undefined) ?? 0, source);
    } catch (e) {
      if (e instanceof RequestError) throw e;
      throw new RequestError(`cannot load '${json.model}': ${(e as Error).message}`, 400);
    }
  } else if (action === 'weights') {
    if (weight === undefined && mode === undefined) throw new RequestError(`give "weight" (0..1) and/or "mode"`);
    d.setWeight((weight as number | undefined) ?? d.weight, mode as Mode | undefined);
  } else if (action === 'promote') d.promote();
  else await d.rollback();
  return d.state();
}
