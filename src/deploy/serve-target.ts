/**
 * The serve target: the admin API of a `modelgate serve` server (src/serve/server.ts), over HTTP
 * with `Authorization: Bearer <admin-token>`. The routes it uses, for the server's one model
 * `<name>` (found with GET /admin/models):
 *
 *   GET    /admin/models                          -> { models: [name] }
 *   GET    /admin/models/<name>                   -> { stable: {ref, version}, candidate: {ref, version, mode, weight 0..1} | null, previous }
 *   POST   /admin/models/<name>/load              { model, mode: "split", weight: 0 }
 *   POST   /admin/models/<name>/weights           { weight: 0..1, mode: "split" | "shadow" }
 *   POST   /admin/models/<name>/promote           candidate becomes stable
 *   POST   /admin/models/<name>/rollback          drops the candidate
 *   POST   /admin/models/<name>/window/reset      starts a new observation window
 *   GET    /admin/models/<name>/window            -> per variant { requests, errors, latencyMs[] }, shadow { rows, agree }
 *   GET|PUT|DELETE /admin/models/<name>/deploy-record   the rollout's state record (404 when none)
 *   GET    /v2/models/<name>/versions/<v>/ready   the candidate's readiness (Open Inference Protocol)
 *
 * The server's `rollback` with no candidate restores the version a promote replaced; the Target's
 * rollback means "stable serves everything", so it is sent only while a candidate is loaded, and
 * `promote` only while one is (both idempotent, as the Target interface asks).
 */
import { ServiceError } from '../errors.js';
import type { WindowSnapshot, VariantObservations } from '../serve/window.js';
import type { VariantWindow, Window } from './judge.js';
import { COUNT_ERRORS, SAMPLE_LATENCY_MS, SAMPLE_SCORE } from './metric-names.js';
import type { DeployRecord, Health, Target, TargetState } from './types.js';

interface ServeState {
  name: string;
  stable: { ref: string; version: string };
  candidate: { ref: string; version: string; mode: 'split' | 'shadow'; weight: number } | null;
}

export class ServeTarget implements Target {
  readonly kind = 'serve';
  readonly location: string;
  private readonly base: string;
  private name: string | undefined;

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
    if (res.status === 404 && path.startsWith('/admin/models') && !this.token) throw new ServiceError(`${method} ${path} on ${this.base}: 404; the server's admin API is off or no 'admin-token' was given`);
    if (res.status === 204 || (okEmpty && res.status === 404)) {
      await res.body?.cancel();
      return undefined;
    }
    const text = await res.text();
    if (!res.ok) throw new ServiceError(`${method} ${path} on ${this.base}: ${res.status} ${text.slice(0, 200).replace(/\s+/g, ' ')}`);
    return text ? (JSON.parse(text) as T) : undefined;
  }

  /** `/admin/models/<name>` (the server's one model, looked up once). */
  private async model(): Promise<string> {
    if (this.name === undefined) {
      const r = await this.call<{ models: string[] }>('GET', '/admin/models');
      const name = r?.models?.[0];
      if (!name) throw new ServiceError(`${this.base} serves no model`);
      this.name = name;
    }
    return `/admin/models/${encodeURIComponent(this.name)}`;
  }

  private async serveState(): Promise<ServeState> {
    return (await this.call<ServeState>('GET', await this.model()))!;
  }

  async state(): Promise<TargetState> {
    const s = await this.serveState();
    const c = s.candidate;
    return { stable: s.stable.ref, candidate: c?.ref, weight: c && c.mode === 'split' ? Math.round(c.weight * 1000) / 10 : 0, shadow: c?.mode === 'shadow' };
  }
  async loadCandidate(model: string): Promise<void> {
    await this.call('POST', `${await this.model()}/load`, { model, mode: 'split', weight: 0 });
  }
  async setWeight(percent: number): Promise<void> {
    await this.call('POST', `${await this.model()}/weights`, { weight: percent / 100, mode: 'split' });
  }
  async setShadow(on: boolean): Promise<void> {
    await this.call('POST', `${await this.model()}/weights`, { weight: 0, mode: on ? 'shadow' : 'split' });
  }
  async promote(): Promise<void> {
    if ((await this.serveState()).candidate) await this.call('POST', `${await this.model()}/promote`);
  }
  async rollback(): Promise<void> {
    if ((await this.serveState()).candidate) await this.call('POST', `${await this.model()}/rollback`);
  }
  async resetWindow(): Promise<void> {
    await this.call('POST', `${await this.model()}/window/reset`);
  }
  async readWindow(): Promise<Window> {
    const w = (await this.call<WindowSnapshot>('GET', `${await this.model()}/window`))!;
    const v = (o: VariantObservations): VariantWindow => ({ samples: { [SAMPLE_LATENCY_MS]: o.latencyMs, [SAMPLE_SCORE]: o.scores ?? [] }, counts: { [COUNT_ERRORS]: { events: o.errors, total: o.requests + o.errors } } });
    return { stable: v(w.stable), candidate: v(w.candidate), ...(w.shadow.rows ? { agreement: { events: w.shadow.agree, total: w.shadow.rows } } : {}) };
  }
  async health(variant: 'stable' | 'candidate'): Promise<Health> {
    try {
      const s = await this.serveState();
      const v = variant === 'stable' ? s.stable : s.candidate;
      if (!v) return { ok: false, detail: `no ${variant} loaded on ${this.base}` };
      const res = await this.fetchFn(`${this.base}/v2/models/${encodeURIComponent(s.name)}/versions/${encodeURIComponent(v.version)}/ready`);
      await res.body?.cancel();
      return res.ok ? { ok: true, detail: `${variant} ${v.version} ready on ${this.base}` } : { ok: false, detail: `${variant} ${v.version} not ready on ${this.base} (${res.status})` };
    } catch (e) {
      return { ok: false, detail: (e as Error).message };
    }
  }
  async readRecord(): Promise<DeployRecord | undefined> {
    return this.call<DeployRecord>('GET', `${await this.model()}/deploy-record`, undefined, true);
  }
  async writeRecord(record: DeployRecord | undefined): Promise<void> {
    if (record) await this.call('PUT', `${await this.model()}/deploy-record`, record);
    else await this.call('DELETE', `${await this.model()}/deploy-record`, undefined, true);
  }
}
