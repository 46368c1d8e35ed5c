/**
 * The serve target: the admin API of a `modelgate serve` server, over HTTP with a bearer token.
 *
 * WRITTEN AGAINST THE ADMIN API DEPLOY EXPECTS, before the server existed; not yet checked
 * against the real server. The routes (all JSON, `Authorization: Bearer <admin-token>`):
 *
 *   GET  /admin/v1/state             -> { stable: string|null, candidate: string|null, weight: number, shadow: boolean }
 *   POST /admin/v1/candidate         { model }            load as candidate, weight 0
 *   PUT  /admin/v1/weights           { candidate: 0..100 }
 *   PUT  /admin/v1/shadow            { enabled: boolean }
 *   POST /admin/v1/promote           candidate becomes stable
 *   POST /admin/v1/rollback          weight 0, shadow off, candidate unloaded
 *   POST /admin/v1/window/reset      start a new observation window
 *   GET  /admin/v1/window            -> { stable: Obs, candidate: Obs, shadow?: { agree, total } }
 *                                       Obs = { requests, errors, latencyMs: number[] }
 *   GET  /admin/v1/deploy-record     -> 200 record | 204
 *   PUT  /admin/v1/deploy-record     record | DELETE to clear
 *   GET  /v2/health/ready            Open Inference Protocol readiness (stable)
 *   GET  /admin/v1/candidate/ready   candidate readiness after a few real requests (smoke)
 */
import { ServiceError } from '../errors.js';
import type { VariantWindow, Window } from './judge.js';
import { COUNT_ERRORS, SAMPLE_LATENCY_MS } from './metric-names.js';
import type { DeployRecord, Health, Target, TargetState } from './types.js';

interface Obs {
  requests: number;
  errors: number;
  latencyMs: number[];
}

export class ServeTarget implements Target {
  readonly kind = 'serve';
  readonly location: string;
  private readonly base: string;

  constructor(
    url: string,
    private readonly token: string | undefined,
    private readonly fetchFn: typeof fetch = fetch,
  ) {
    const u = new URL(url);
    u.username = '';
    u.password = '';
    this.base = u.toString().replace(/\/+$/, '');
    this.location = this.base;
  }

  private async call<T>(method: string, path: string, body?: unknown, okEmpty = false): Promise<T | undefined> {
    let res: Response;
    try {
      res = await this.fetchFn(this.base + path, {
        method,
        headers: { accept: 'application/json', ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
    } catch (e) {
      throw new ServiceError(`cannot reach the model server at ${this.base}: ${(e as Error).message}`);
    }
    if (res.status === 401 || res.status === 403) throw new ServiceError(`${method} ${path} on ${this.base}: ${res.status}; check input 'admin-token'`);
    if (res.status === 204 || (okEmpty && res.status === 404)) return undefined;
    const text = await res.text();
    if (!res.ok) throw new ServiceError(`${method} ${path} on ${this.base}: ${res.status} ${text.slice(0, 200).replace(/\s+/g, ' ')}`);
    return text ? (JSON.parse(text) as T) : undefined;
  }

  async state(): Promise<TargetState> {
    const s = (await this.call<{ stable: string | null; candidate: string | null; weight: number; shadow: boolean }>('GET', '/admin/v1/state'))!;
    return { stable: s.stable ?? undefined, candidate: s.candidate ?? undefined, weight: s.weight, shadow: s.shadow };
  }
  async loadCandidate(model: string): Promise<void> {
    await this.call('POST', '/admin/v1/candidate', { model });
  }
  async setWeight(percent: number): Promise<void> {
    await this.call('PUT', '/admin/v1/weights', { candidate: percent });
  }
  async setShadow(on: boolean): Promise<void> {
    await this.call('PUT', '/admin/v1/shadow', { enabled: on });
  }
  async promote(): Promise<void> {
    await this.call('POST', '/admin/v1/promote');
  }
  async rollback(): Promise<void> {
    await this.call('POST', '/admin/v1/rollback');
  }
  async resetWindow(): Promise<void> {
    await this.call('POST', '/admin/v1/window/reset');
  }
  async readWindow(): Promise<Window> {
    const w = (await this.call<{ stable: Obs; candidate: Obs; shadow?: { agree: number; total: number } }>('GET', '/admin/v1/window'))!;
    const v = (o: Obs): VariantWindow => ({ samples: { [SAMPLE_LATENCY_MS]: o.latencyMs }, counts: { [COUNT_ERRORS]: { events: o.errors, total: o.requests } } });
    return { stable: v(w.stable), candidate: v(w.candidate), ...(w.shadow ? { agreement: { events: w.shadow.agree, total: w.shadow.total } } : {}) };
  }
  async health(variant: 'stable' | 'candidate'): Promise<Health> {
    try {
      await this.call('GET', variant === 'stable' ? '/v2/health/ready' : '/admin/v1/candidate/ready');
      return { ok: true, detail: `${variant} ready on ${this.base}` };
    } catch (e) {
      return { ok: false, detail: (e as Error).message };
    }
  }
  async readRecord(): Promise<DeployRecord | undefined> {
    return this.call<DeployRecord>('GET', '/admin/v1/deploy-record', undefined, true);
  }
  async writeRecord(record: DeployRecord | undefined): Promise<void> {
    if (record) await this.call('PUT', '/admin/v1/deploy-record', record);
    else await this.call('DELETE', '/admin/v1/deploy-record', undefined, true);
  }
}
