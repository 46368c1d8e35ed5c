/**
 * The HTTP server: the Open Inference Protocol v2 REST API (health, server and model metadata,
 * model readiness, inference), a rows endpoint, /metrics and the admin API, on node:http.
 *
 * Every failure a client can cause is answered with a 4xx (or 503 when overloaded) and
 * `{"error": "..."}`; nothing a client sends can stop the server. Bodies larger than the limit are
 * refused with 413 as soon as the limit is passed (at once when Content-Length says so).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import type { Cell } from '../data/readers.js';
import type { Capture } from './capture.js';
import { adminAction, checkBearer, takesBody, type AdminAction } from './admin.js';
import type { Deployment, Route } from './deployment.js';
import type { JsonLogger } from './log.js';
import { renderMetrics, type Metrics, type MetricsSnapshot } from './metrics.js';
import type { LocalOp, Peers, Shared } from './peers.js';
import { parseJsonBytes } from './json.js';
import { parseRowsBody, rowsAnswer } from './rows.js';
import { isObject, outputJson, parseInferRequest, RequestError, tensorMetadata, type HostTensor } from './tensors.js';
import type { Outputs } from './batcher.js';
import type { Predictions, Variant } from './variant.js';
import type { ObservationWindow } from './window.js';

export interface ServerOptions {
  host: string;
  port: number;
  bodyLimit: number;
  requestTimeoutMs: number;
  shutdownTimeoutMs: number;
  adminToken?: string;
  stickyHeader: string;
  serverVersion: string;
}

export interface ServeContext {
  deployment: Deployment;
  metrics: Metrics;
  capture?: Capture;
  log: JsonLogger;
  /** What deploy's judge reads (window.ts). */
  window: ObservationWindow;
  /** The other workers of `serve --workers N` (peers.ts); absent for a server on its own. */
  peers?: Peers;
}

type Handler = (req: IncomingMessage, body: () => Promise<unknown>, m: RegExpExecArray, ctx: RequestContext) => Promise<Answer>;

interface Answer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** Runs after the answer was sent (shadow traffic); shutdown waits for what it returns. */
  after?: () => Promise<void> | void;
}

interface RequestContext {
  requestId: string;
  variant?: string;
}

const JSON_TYPE = { 'content-type': 'application/json' };

/** A path segment, percent-decoded; a malformed escape is the client's mistake. */
function segment(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    throw new RequestError(`malformed percent-encoding in the path: '${s}'`);
  }
}


export class ModelServer {
  readonly server: Server;
  private ready = false;
  private active = 0;
  private draining = false;
  private idle: (() => void)[] = [];
  /** Shadow copies still running. */
  private background = new Set<Promise<void>>();
  private readonly routes: [string, RegExp, Handler][];
  /** The routes by method, in table order: a request tries only its method's patterns. */
  private readonly byMethod = new Map<string, [RegExp, Handler][]>();
  /** The deploy state record (`/admin/models/<name>/deploy-record`), kept in memory as sent. */
  private deployRecord: unknown;

  constructor(
    private readonly opts: ServerOptions,
    private readonly ctx: ServeContext,
  ) {
    this.server = createServer({ requestTimeout: opts.requestTimeoutMs, headersTimeout: Math.min(opts.requestTimeoutMs, 60_000), keepAliveTimeout: 5_000 }, (req, res) => this.handle(req, res));
    const v = '(?:/versions/([^/]+))?';
    const name = '([^/]+)';
    this.routes = [
      ['GET', /^\/v2\/health\/live$/, async () => ({ status: 200, body: { live: true } })],
      ['GET', /^\/v2\/health\/ready$/, async () => (this.ready && (this.ctx.peers?.allReady() ?? true) ? { status: 200, body: { ready: true } } : { status: 503, body: { ready: false } })],
      ['GET', /^\/v2$/, async () => ({ status: 200, body: { name: 'modelgate', version: this.opts.serverVersion, extensions: [] } })],
      ['GET', new RegExp(`^/v2/models/${name}${v}$`), async (_r, _b, m) => ({ status: 200, body: this.modelMetadata(m[1], m[2]) })],
      ['GET', new RegExp(`^/v2/models/${name}${v}/ready$`), async (_r, _b, m) => this.modelReady(m[1], m[2])],
      ['POST', new RegExp(`^/v2/models/${name}${v}/infer$`), (r, b, m, c) => this.infer(r, b, m[1], m[2], c)],
      ['POST', new RegExp(`^/v2/models/${name}${v}/rows$`), (r, b, m, c) => this.rows(r, b, m[1], m[2], c)],
      ['GET', /^\/metrics$/, async () => ({ status: 200, body: this.ctx.peers ? renderMetrics((await this.ctx.peers.call('metrics')) as MetricsSnapshot) : this.ctx.metrics.render(), headers: { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' } })],
      ['GET', /^\/admin\/models$/, async (r) => this.authorized(r, () => ({ status: 200, body: { models: [this.ctx.deployment.name] } }))],
      ['GET', new RegExp(`^/admin/models/${name}$`), (r, b, m) => this.admin(r, m[1], 'state', b)],
      ['POST', new RegExp(`^/admin/models/${name}/(load|weights|promote|rollback)$`), (r, b, m) => this.admin(r, m[1], m[2] as AdminAction, b)],
      ['GET', new RegExp(`^/admin/models/${name}/window$`), async (r, _b, m) => this.shared(r, m[1], 'window', () => this.ctx.window.snapshot())],
      ['POST', new RegExp(`^/admin/models/${name}/window/reset$`), async (r, _b, m) => this.shared(r, m[1], 'window-reset', () => this.ctx.window.reset())],
      ['GET', new RegExp(`^/admin/models/${name}/deploy-record$`), async (r, _b, m) => this.getRecord(r, m[1])],
      ['PUT', new RegExp(`^/admin/models/${name}/deploy-record$`), (r, b, m) => this.putRecord(r, b, m[1])],
      ['DELETE', new RegExp(`^/admin/models/${name}/deploy-record$`), async (r, _b, m) => this.shared(r, m[1], 'record-delete', () => (this.deployRecord = undefined), 204)],
    ];
    for (const [method, re, h] of this.routes) {
      const list = this.byMethod.get(method) ?? [];
      list.push([re, h]);
      this.byMethod.set(method, list);
    }
  }

  async listen(): Promise<string> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.opts.port, this.opts.host, () => {
        this.server.off('error', reject);
        resolve();
      });
    });
    this.ready = true;
    const a = this.server.address() as AddressInfo;
    const host = a.family === 'IPv6' ? `[${a.address}]` : a.address;
    this.ctx.log.log('info', 'listening', { url: `http://${host}:${a.port}`, model: this.ctx.deployment.name, version: this.ctx.deployment.stable.version });
    return `http://${host}:${a.port}`;
  }

  /** The served model's variants (for the CLI and tests). */
  get deployment(): Deployment {
    return this.ctx.deployment;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** Graceful stop: refuse new connections, finish requests in flight, flush capture, release sessions. */
  async close(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    this.ready = false;
    this.ctx.log.log('info', 'shutting down', { inflight: this.active });
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeIdleConnections();
    const drained = this.active === 0 ? Promise.resolve() : new Promise<void>((resolve) => this.idle.push(resolve));
    let timer: NodeJS.Timeout | undefined;
    const timedOut = await Promise.race([drained.then(() => false), new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), this.opts.shutdownTimeoutMs)))]);
    clearTimeout(timer);
    if (timedOut) this.ctx.log.log('warn', 'shutdown timeout: closing connections with requests in flight', { inflight: this.active });
    this.server.closeAllConnections();
    await closed;
    // Answers are all out; shadow copies still running get what is left of the grace period
    // (setImmediate first: copies of the last answers are started on the next turn).
    await new Promise((r) => setImmediate(r));
    if (this.background.size && !timedOut) {
      const shadowsDone = Promise.all([...this.background]).then(() => true);
      const late = await Promise.race([shadowsDone, new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), this.opts.shutdownTimeoutMs)))]);
      clearTimeout(timer);
      if (!late) this.ctx.log.log('warn', 'shutdown timeout: shadow copies still running are not recorded');
    }
    await this.ctx.capture?.close();
    this.ctx.deployment.close();
    this.ctx.log.log('info', 'stopped');
  }

  /** The route for a method and path: its handler and match, or why there is none (404, 405). */
  private match(method: string, url: string): { handler: Handler; m: RegExpExecArray } | RequestError {
    for (const [re, handler] of this.byMethod.get(method) ?? []) {
      const m = re.exec(url);
      if (m) return { handler, m };
    }
    const other = this.routes.find(([, re]) => re.test(url));
    if (!other) return new RequestError(`no endpoint ${method} ${url}`, 404, 'not_found');
    return new RequestError(`${url} takes ${other[0]}, not ${method}`, 405, 'method_not_allowed');
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const t0 = performance.now();
    this.active++;
    const q = (req.url ?? '/').indexOf('?');
    const url = q === -1 ? (req.url ?? '/') : req.url!.slice(0, q);
    const rc: RequestContext = { requestId: String(req.headers['x-request-id'] ?? '') || randomUUID() };
    let finished = false;
    const log = this.ctx.log;
    const send = (a: Answer) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      const text = typeof a.body === 'string' ? a.body : JSON.stringify(a.body);
      const headers: Record<string, string | number> = { 'content-type': JSON_TYPE['content-type'], 'content-length': Buffer.byteLength(text), 'x-request-id': rc.requestId };
      if (a.headers) Object.assign(headers, a.headers);
      if (this.draining || a.status === 413) headers.connection = 'close';
      try {
        res.writeHead(a.status, headers);
        res.end(text);
      } catch {
        // the client went away
      }
      const level = a.status >= 500 ? 'warn' : 'info';
      if (log.enabled?.(level) ?? true) log.log(level, 'request', { method: req.method, path: url, status: a.status, ms: +(performance.now() - t0).toFixed(3), request_id: rc.requestId, variant: rc.variant });
    };
    const timer = setTimeout(() => {
      this.ctx.metrics.error(this.ctx.deployment.name, rc.variant ?? 'none', 'timeout');
      send({ status: 503, body: { error: `no answer within the request timeout (${this.opts.requestTimeoutMs} ms)` }, headers: { 'retry-after': '1' } });
    }, this.opts.requestTimeoutMs);
    res.on('close', () => {
      clearTimeout(timer);
      this.active--;
      if (this.active === 0 && this.idle.length) for (const f of this.idle.splice(0)) f();
    });

    const failed = (e: unknown) => {
      if (e instanceof RequestError) {
        if (url.startsWith('/v2/models/')) this.ctx.metrics.error(this.ctx.deployment.name, rc.variant ?? 'none', e.kind);
        const headers: Record<string, string> = e.status === 503 ? { 'retry-after': '1' } : e.status === 401 ? { 'www-authenticate': 'Bearer' } : {};
        send({ status: e.status, body: { error: e.message }, headers });
      } else {
        this.ctx.metrics.error(this.ctx.deployment.name, rc.variant ?? 'none', 'internal');
        this.ctx.log.log('error', 'internal error', { request_id: rc.requestId, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
        send({ status: 500, body: { error: `internal error (request ${rc.requestId}); see the server log` } });
      }
      // A body not read (refused early) is drained so the client sees the answer.
      req.resume();
    };
    const route = this.match(req.method ?? 'GET', url);
    if (route instanceof RequestError) return failed(route);
    let answer: Promise<Answer>;
    try {
      answer = route.handler(req, () => this.readBody(req), route.m, rc);
    } catch (e) {
      return failed(e);
    }
    answer.then((a) => {
      send(a);
      // Shadow copies start on the next turn, after the answer is on its way.
      if (a.after) setImmediate(() => this.startBackground(a.after!));
    }, failed);
  }

  /** Runs an answer's follow-up (a shadow copy); shutdown waits for it. */
  private startBackground(after: () => Promise<void> | void): void {
    const p = after();
    if (p) {
      this.background.add(p);
      void p.finally(() => this.background.delete(p));
    }
  }

  private readBody(req: IncomingMessage): Promise<unknown> {
    const limit = this.opts.bodyLimit;
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (declared > limit) {
      req.resume();
      return Promise.reject(new RequestError(`the request body (${declared} bytes) is larger than the limit of ${limit} bytes`, 413, 'too_large'));
    }
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      let over = false;
      req.on('data', (c: Buffer) => {
        if (over) return;
        size += c.length;
        if (size > limit) {
          over = true;
          chunks.length = 0;
          reject(new RequestError(`the request body is larger than the limit of ${limit} bytes`, 413, 'too_large'));
          return;
        }
        chunks.push(c);
      });
      req.on('error', () => reject(new RequestError('the request body could not be read', 400)));
      req.on('end', () => {
        if (over) return;
        const bytes = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
        const fast = parseJsonBytes(bytes);
        if (fast !== undefined) return resolve(fast);
        try {
          resolve(JSON.parse(bytes.toString('utf8')));
        } catch (e) {
          reject(new RequestError(`the request body is not valid JSON: ${(e as Error).message}`));
        }
      });
    });
  }

  private checkName(name: string): void {
    const d = this.ctx.deployment;
    if (name === d.name && !name.includes('%')) return;
    if (segment(name) !== d.name) throw new RequestError(`model '${segment(name)}' not found; this server serves '${d.name}'`, 404, 'not_found');
  }

  private variantFor(name: string, version: string | undefined): Variant {
    this.checkName(name);
    const d = this.ctx.deployment;
    if (version === undefined) return d.stable;
    const v = d.variants.find((x) => x.version === segment(version));
    if (!v) throw new RequestError(`model '${d.name}' has no version '${segment(version)}'; versions: ${d.variants.map((x) => x.version).join(', ')}`, 404, 'not_found');
    return v;
  }

  private modelMetadata(name: string, version: string | undefined) {
    const v = this.variantFor(name, version);
    return {
      name: this.ctx.deployment.name,
      versions: this.ctx.deployment.variants.map((x) => x.version),
      platform: 'onnxruntime_onnx',
      inputs: v.model.inputs.map(tensorMetadata),
      outputs: v.model.outputs.map(tensorMetadata),
    };
  }

  private async modelReady(name: string, version: string | undefined): Promise<Answer> {
    const v = this.variantFor(name, version);
    const ready = this.ready && !v.isReleased;
    return { status: ready ? 200 : 503, body: { name: this.ctx.deployment.name, ready } };
  }

  /**
   * Routes, runs and records one request; the variant is held from routing until the answer.
   *
   * Users are protected from a failing candidate: a request the split sent to the candidate (not
   * one that asked for a version) that fails there for any reason is run again on stable, and
   * stable's answer (or stable's error) is returned. The failure counts against the candidate only
   * when stable then answered (the candidate failed where stable did not); a stable request's
   * failure counts against stable when it is a server error (5xx).
   */
  private async predict(req: IncomingMessage, name: string, version: string | undefined, rc: RequestContext, endpoint: string, prepare: (v: Variant) => { inputs: Map<string, HostTensor>; rows: number; columns: () => { columns: string[]; row: (r: number) => Cell[] } }): Promise<{ route: Route; out: Outputs; predictions: Predictions; after?: () => Promise<void> | undefined; t0: number }> {
    this.checkName(name);
    const d = this.ctx.deployment;
    const key = req.headers[this.opts.stickyHeader];
    const route = d.route(typeof key === 'string' ? key : undefined, version === undefined ? undefined : segment(version));
    try {
      return await this.attempt(route, rc, endpoint, prepare);
    } catch (e) {
      if (route.role !== 'candidate' || version !== undefined) {
        if (!(e instanceof RequestError) || e.status >= 500) this.ctx.window.failed(route.role);
        throw e;
      }
      const fallback: Route = { variant: d.stable, role: 'stable' };
      d.stable.enter();
      const r = await this.attempt(fallback, rc, endpoint, prepare);
      this.ctx.metrics.error(d.name, 'candidate', 'retried_on_stable');
      this.ctx.window.failed('candidate');
      this.ctx.log.log('warn', 'candidate failed; answered by stable', { request_id: rc.requestId, error: (e as Error).message });
      return r;
    }
  }

  /** Runs a routed request on its variant (and leaves it); records metrics, window and capture. */
  private async attempt(route: Route, rc: RequestContext, endpoint: string, prepare: (v: Variant) => { inputs: Map<string, HostTensor>; rows: number; columns: () => { columns: string[]; row: (r: number) => Cell[] } }): Promise<{ route: Route; out: Outputs; predictions: Predictions; after?: () => Promise<void> | undefined; t0: number }> {
    const t0 = performance.now();
    const d = this.ctx.deployment;
    let shadowHeld = !!route.shadow;
    const releaseShadow = () => {
      if (shadowHeld) route.shadow!.leave();
      shadowHeld = false;
    };
    rc.variant = route.role;
    try {
      const { inputs, rows, columns } = prepare(route.variant);
      const out = await route.variant.run(inputs, rows);
      const predictions = route.variant.predictions(out, rows);
      const captured = this.ctx.capture?.sampled() ? columns() : undefined;
      const ms = performance.now() - t0;
      this.ctx.metrics.request(d.name, route.role, endpoint, ms / 1000);
      this.ctx.window.answered(route.role, ms);
      this.ctx.window.predicted(route.role, predictions);
      this.ctx.metrics.predictions(d.name, route.role, predictions);
      if (captured) this.ctx.capture!.write({ requestId: rc.requestId, variant: route.role, version: route.variant.version, shadow: false, columns: captured.columns, row: captured.row, predictions });
      const shadow = route.shadow;
      if (!shadow) return { route, out, predictions, t0 };
      const after = (): Promise<void> | undefined => {
        if (!shadowHeld) return undefined;
        if (shadow.saturated) {
          this.ctx.metrics.error(d.name, 'candidate', 'shadow_dropped');
          releaseShadow();
          return undefined;
        }
        const s0 = performance.now();
        return shadow
          .run(inputs, rows)
          .then((o) => {
            const p = shadow.predictions(o, rows);
            const sms = performance.now() - s0;
            this.ctx.metrics.request(d.name, 'candidate', 'shadow', sms / 1000);
            this.ctx.window.answered('candidate', sms);
            this.ctx.window.predicted('candidate', p);
            this.ctx.metrics.predictions(d.name, 'candidate', p);
            let differ = 0;
            for (let r = 0; r < rows; r++) if (p.labels[r] !== predictions.labels[r]) differ++;
            this.ctx.metrics.shadowDisagreement(d.name, 'candidate', differ);
            this.ctx.metrics.shadowCompared(d.name, 'candidate', rows);
            this.ctx.window.compared(rows, differ);
            if (captured) this.ctx.capture!.write({ requestId: rc.requestId, variant: 'candidate', version: shadow.version, shadow: true, columns: captured.columns, row: captured.row, predictions: p });
          })
          .catch((e: unknown) => {
            this.ctx.metrics.error(d.name, 'candidate', e instanceof RequestError ? `shadow_${e.kind}` : 'shadow_internal');
            this.ctx.window.failed('candidate');
          })
          .finally(releaseShadow);
      };
      return { route, out, predictions, after, t0 };
    } catch (e) {
      releaseShadow();
      throw e;
    } finally {
      route.variant.leave();
    }
  }

  private async infer(req: IncomingMessage, body: () => Promise<unknown>, name: string, version: string | undefined, rc: RequestContext): Promise<Answer> {
    this.checkName(name);
    const json = await body();
    if (isObject(json) && typeof json.id === 'string' && !req.headers['x-request-id']) rc.requestId = json.id;
    let request: ReturnType<typeof parseInferRequest> | undefined;
    const r = await this.predict(req, name, version, rc, 'infer', (v) => {
      request = parseInferRequest(json, v.model.inputs, v.model.outputs);
      const inputs = request.inputs;
      return {
        inputs,
        rows: request.rows,
        columns: () => {
          const c = v.columnsOf(inputs);
          return { columns: c.columns, row: c.rowCells };
        },
      };
    });
    const want = request!.outputs ?? r.route.variant.outputNames;
    // The answer's JSON text, written directly: {model_name, model_version, id?, outputs}.
    let text = `{"model_name":${JSON.stringify(this.ctx.deployment.name)},"model_version":${JSON.stringify(r.route.variant.version)}`;
    if (request!.id !== undefined) text += `,"id":${JSON.stringify(request!.id)}`;
    text += ',"outputs":[';
    for (let i = 0; i < want.length; i++) text += (i ? ',' : '') + outputJson(want[i], r.out[want[i]]);
    return { status: 200, body: text + ']}', after: r.after };
  }

  private async rows(req: IncomingMessage, body: () => Promise<unknown>, name: string, version: string | undefined, rc: RequestContext): Promise<Answer> {
    this.checkName(name);
    const { id, records } = parseRowsBody(await body());
    if (id !== undefined && !req.headers['x-request-id']) rc.requestId = id;
    const r = await this.predict(req, name, version, rc, 'rows', (v) => {
      const f = v.feedsFromRecords(records);
      return { inputs: f.inputs, rows: records.length, columns: () => ({ columns: f.columns, row: (i: number) => f.cells[i] }) };
    });
    const out: Record<string, unknown> = { model_name: this.ctx.deployment.name, model_version: r.route.variant.version };
    if (id !== undefined) out.id = id;
    return { status: 200, body: { ...out, ...rowsAnswer(r.predictions) }, after: r.after };
  }

  private authorized(req: IncomingMessage, fn: () => Answer): Answer {
    checkBearer(req.headers.authorization, this.opts.adminToken);
    return fn();
  }

  /** Stores deploy's state record (any JSON object, within the body limit) until replaced or deleted. */
  private async putRecord(req: IncomingMessage, body: () => Promise<unknown>, name: string): Promise<Answer> {
    checkBearer(req.headers.authorization, this.opts.adminToken);
    this.checkName(name);
    const json = await body();
    if (!isObject(json)) throw new RequestError('the deploy record must be a JSON object');
    if (this.ctx.peers) await this.ctx.peers.call('record-put', json);
    else this.deployRecord = json;
    return { status: 200, body: json };
  }

  /** The deploy record: this server's, or with workers the one the primary keeps. */
  private async getRecord(req: IncomingMessage, name: string): Promise<Answer> {
    checkBearer(req.headers.authorization, this.opts.adminToken);
    this.checkName(name);
    const record = this.ctx.peers ? ((await this.ctx.peers.call('record-get')) as { record?: unknown }).record : this.deployRecord;
    return record === undefined ? { status: 404, body: { error: 'no deploy record' } } : { status: 200, body: record };
  }

  /** An admin read or change of what all workers share: through the primary with workers, else here. */
  private async shared(req: IncomingMessage, name: string, op: 'window' | 'window-reset' | 'record-delete', here: () => unknown, status = 200): Promise<Answer> {
    checkBearer(req.headers.authorization, this.opts.adminToken);
    this.checkName(name);
    const body = this.ctx.peers ? await this.ctx.peers.call(op) : here();
    return { status, body: status === 204 ? '' : body };
  }

  /** What the primary of `serve --workers N` asks this worker (peers.ts): apply a change, report numbers. */
  async local(op: LocalOp, args: unknown): Promise<unknown> {
    if (op === 'metrics') return this.ctx.metrics.snapshot();
    if (op === 'window') return this.ctx.window.snapshot();
    if (op === 'window-reset') return this.ctx.window.reset();
    const { action, body, source } = args as { action: AdminAction; body: unknown; source?: string };
    const state = await adminAction(this.ctx.deployment, action, body, source);
    this.ctx.log.log('info', 'admin', { action, state });
    return { state, sources: this.ctx.deployment.sources() } satisfies Shared;
  }

  private async admin(req: IncomingMessage, name: string, action: AdminAction, body: () => Promise<unknown>): Promise<Answer> {
    checkBearer(req.headers.authorization, this.opts.adminToken);
    this.checkName(name);
    const json = takesBody(action) ? await body() : {};
    // With workers, a change goes through the primary, which applies it on every worker before answering.
    if (this.ctx.peers && action !== 'state') return { status: 200, body: await this.ctx.peers.call('admin', { action, body: json }) };
    const result = action === 'state' ? await adminAction(this.ctx.deployment, action, json) : ((await this.local('admin', { action, body: json })) as Shared).state;
    return { status: 200, body: result };
  }
}
