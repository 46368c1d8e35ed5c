/**
 * A fake GitHub REST API on 127.0.0.1 (ephemeral port) that checks itself against GitHub's
 * published contract: every request it receives (method and path, path and query parameters,
 * body) and every response it sends (status, body, key headers) is validated against the matched
 * operation in @octokit/openapi's api.github.com.deref.json, compiled with ajv + ajv-formats. Any
 * mismatch is pushed to `violations`; tests assert it stays empty, so the fake cannot drift from
 * GitHub's description and our requests cannot drift from what GitHub accepts.
 *
 * It implements just what src/github uses: issue comments (list with Link-header pagination,
 * create, update), pulls get, check-runs create, statuses create, collaborator permission,
 * deployments and deployment statuses create. It
 * behaves as GitHub does where tests depend on it: per-token permissions (403 "Resource not
 * accessible by integration"), archived repositories (403, not a permission), locked
 * conversations, primary and secondary rate limits (on demand), the 65,536-character comment
 * limit and the 140-character status description limit (422), Link headers that point at
 * `/repositories/{id}/...` as api.github.com's do. Tests inject failures with `inject`.
 *
 * Where GitHub's description and GitHub differ, the fake follows GitHub and records the gap in
 * `notes` (an undocumented 403 from check-runs, the `/repositories/{id}` alias): notes are not
 * failures, violations are.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, expect } from 'vitest';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { GitStore, gitHandlers, type StoredIssue } from './fake-github-git.js';

// ajv-formats is CommonJS; under NodeNext its default export is the module namespace.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (a: Ajv) => void;

/* ---------------------------------------------------------------- the description */

export type Schema = Record<string, unknown> & {
  type?: string;
  nullable?: boolean;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  format?: string;
  minimum?: number;
};

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema: Schema;
}

interface ResponseSpec {
  description?: string;
  headers?: Record<string, { schema: Schema }>;
  content?: Record<string, { schema: Schema }>;
}

export interface Operation {
  operationId: string;
  method: string;
  template: string;
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema: Schema }> };
  responses: Record<string, ResponseSpec>;
}

interface Spec {
  operations: Map<string, Operation>;
  /** Webhook payload schemas by name (`pull-request-opened`). */
  webhooks: Record<string, { post: { requestBody: { content: Record<string, { schema: Schema }> } } }>;
  routes: { method: string; regex: RegExp; names: string[]; literals: number; op: Operation }[];
}

let spec: Spec | undefined;

/** Loads the description once per worker (73 MB of JSON, about 1.5 s). */
export function loadSpec(): Spec {
  if (spec) return spec;
  const require = createRequire(import.meta.url);
  const file = require.resolve('@octokit/openapi/generated/api.github.com.deref.json');
  const doc = JSON.parse(readFileSync(file, 'utf8')) as { openapi: string; paths: Record<string, Record<string, unknown>>; 'x-webhooks': Spec['webhooks'] };
  if (!doc.openapi.startsWith('3.0')) throw new Error(`expected OpenAPI 3.0 (nullable), got ${doc.openapi}`);
  const operations = new Map<string, Operation>();
  const routes: Spec['routes'] = [];
  for (const [template, item] of Object.entries(doc.paths)) {
    const names: string[] = [];
    let literals = 0;
    const pattern = template
      .split('/')
      .map((seg) => {
        const m = /^\{(.+)\}$/.exec(seg);
        if (m) {
          names.push(m[1]);
          return '([^/]+)';
        }
        literals++;
        return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      })
      .join('/');
    for (const [method, raw] of Object.entries(item)) {
      if (!['get', 'post', 'put', 'patch', 'delete', 'head'].includes(method)) continue;
      const op = { ...(raw as object), method: method.toUpperCase(), template } as Operation;
      operations.set(op.operationId, op);
      routes.push({ method: op.method, regex: new RegExp(`^${pattern}$`), names, literals, op });
    }
  }
  // Most literal segments first: /repos/{o}/{r}/issues/comments before /repos/{o}/{r}/issues/{n}.
  routes.sort((a, b) => b.literals - a.literals);
  spec = { operations, routes, webhooks: doc['x-webhooks'] };
  return spec;
}

export function operation(id: string): Operation {
  const op = loadSpec().operations.get(id);
  if (!op) throw new Error(`no operation ${id} in GitHub's description`);
  return op;
}

export function responseSchema(id: string, status: number): Schema {
  const s = operation(id).responses[String(status)]?.content?.['application/json']?.schema;
  if (!s) throw new Error(`${id} documents no JSON body for ${status}`);
  return s;
}

/** The payload schema of a webhook event (`pull-request-opened`, `workflow-run-completed`). */
export function webhookSchema(name: string): Schema {
  const s = loadSpec().webhooks[name]?.post.requestBody.content['application/json']?.schema;
  if (!s) throw new Error(`no webhook ${name} in GitHub's description`);
  return s;
}

/** Validates a value against a schema of the description; returns the errors, empty when valid. */
export function validateAgainst(key: string, schema: Schema, value: unknown): string[] {
  const v = validator(key, schema);
  return v(value) ? [] : [errorsText(v)];
}

/**
 * OpenAPI 3.0's `nullable: true` is honoured by ajv for `type`, but an `enum` must list null
 * itself; GitHub's description means null is allowed (a check run's `conclusion` is null until it
 * completes), so null is added to such enums. A `nullable` schema without `type` becomes
 * `anyOf: [null, schema]`.
 */
function openapi30(schema: Schema): Schema {
  const copy = structuredClone(schema);
  const walk = (s: unknown): void => {
    if (Array.isArray(s)) return s.forEach(walk);
    if (typeof s !== 'object' || s === null) return;
    const o = s as Schema;
    if (o.nullable === true && Array.isArray(o.enum) && !o.enum.includes(null)) o.enum = [...o.enum, null];
    for (const [k, v] of Object.entries(o)) if (k !== 'example' && k !== 'examples') walk(v);
    // `nullable` without `type` (an issue's `milestone`, `anyOf` or `allOf` only), which ajv refuses:
    // the same meaning as "null, or the rest of the schema".
    if (o.nullable === true && o.type === undefined) {
      const rest: Schema = { ...o };
      delete rest.nullable;
      for (const k of Object.keys(o)) delete o[k];
      o.anyOf = [{ type: 'null' }, rest];
    }
  };
  walk(copy);
  return copy;
}

function makeAjv(coerce: boolean): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true, coerceTypes: coerce });
  addFormats(ajv);
  // X-RateLimit-Reset on /rate_limit uses a format of GitHub's own: epoch seconds.
  ajv.addFormat('timestamp', { type: 'number', validate: (n: number) => Number.isInteger(n) && n >= 0 });
  return ajv;
}

const ajvBody = makeAjv(false);
const ajvParams = makeAjv(true);
const compiled = new Map<string, ValidateFunction>();

function validator(key: string, schema: Schema, coerce = false): ValidateFunction {
  let v = compiled.get(key);
  if (!v) {
    v = (coerce ? ajvParams : ajvBody).compile(openapi30(schema));
    compiled.set(key, v);
  }
  return v;
}

function errorsText(v: ValidateFunction): string {
  return (v.errors ?? [])
    .slice(0, 5)
    .map((e) => `${e.instancePath || '/'} ${e.message}${e.params && 'allowedValues' in e.params ? ` (${(e.params.allowedValues as unknown[]).join(', ')})` : ''}${e.params && 'additionalProperty' in e.params ? ` '${String(e.params.additionalProperty)}'` : ''}`)
    .join('; ');
}

/** The shape GitHub's description gives every error body ("Basic Error"), taken from the description. */
function basicError(): Schema {
  return responseSchema('issues/create-comment', 403);
}

/* ---------------------------------------------------------------- building responses from the description */

/** A minimal instance of a schema: required properties only, nullable ones null. */
export function fill(s: Schema | undefined): unknown {
  if (!s) return null;
  if (s.allOf) return Object.assign({}, ...s.allOf.map((x) => fill(x) as object));
  if (s.oneOf || s.anyOf) return fill((s.oneOf ?? s.anyOf)![0]);
  if (s.nullable) return null;
  if (s.enum) return s.enum[0];
  switch (s.type) {
    case 'object': {
      const o: Record<string, unknown> = {};
      for (const k of s.required ?? []) o[k] = fill(s.properties?.[k]);
      return o;
    }
    case 'array':
      return [];
    case 'integer':
    case 'number':
      return s.minimum ?? 1;
    case 'boolean':
      return false;
    case 'string':
      if (s.format === 'date-time') return '2024-01-01T00:00:00Z';
      if (s.format === 'uri') return 'https://github.com/';
      if (s.format === 'email') return 'someone@example.com';
      return 'x';
    default:
      return s.properties ? {} : null;
  }
}

function isPlain(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function objectBranch(s: Schema): Schema {
  if (s.allOf) return { type: 'object', properties: Object.assign({}, ...s.allOf.map((x) => objectBranch(x).properties ?? {})), required: s.allOf.flatMap((x) => objectBranch(x).required ?? []) };
  const alt = s.oneOf ?? s.anyOf;
  if (alt) return objectBranch(alt.find((x) => x.type === 'object' || x.properties) ?? alt[0]);
  return s;
}

/**
 * A valid instance of `schema` shaped by `over`: the given values, and a minimal value for every
 * other required property (nullable ones null). Objects given for nullable properties are filled in
 * from the property's schema, so a nested user or repository is complete.
 */
export function build<T = Record<string, unknown>>(schema: Schema | undefined, over: unknown): T {
  if (!schema || !isPlain(over)) return (over === undefined ? fill(schema) : over) as T;
  const s = objectBranch(schema);
  const out: Record<string, unknown> = {};
  for (const k of s.required ?? []) if (!(k in over)) out[k] = fill(s.properties?.[k]);
  for (const [k, v] of Object.entries(over)) out[k] = build(s.properties?.[k], v);
  return out as T;
}

/* ---------------------------------------------------------------- the fake */

export type Role = 'admin' | 'maintain' | 'write' | 'triage' | 'read';
type Access = 'none' | 'read' | 'write';

export interface TokenSpec {
  /** The identity the token acts as (comments are authored by it). */
  login: string;
  type: 'User' | 'Bot';
  /** GITHUB_TOKEN-style scopes; missing means write. */
  permissions?: Partial<Record<'issues' | 'pull_requests' | 'checks' | 'statuses' | 'deployments' | 'contents', Access>>;
}

export interface StoredComment {
  id: number;
  issue: number;
  body: string;
  login: string;
  created_at: string;
  updated_at: string;
}

export interface StoredPull {
  number: number;
  headSha: string;
  headRepo: string;
  headRef: string;
  locked: boolean;
  /** Pull requests opened through the API (pulls/create) keep what was sent. */
  title?: string;
  body?: string | null;
  base?: string;
  author?: string;
  state?: 'open' | 'closed';
}

export interface Injection {
  /** operationId, e.g. 'checks/create'. */
  operation: string;
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** How many requests get it (default 1). */
  times?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  operation?: string;
  status: number;
  body?: unknown;
  at: number;
}

export interface FakeGitHubOptions {
  owner?: string;
  repo?: string;
  /** Link headers as api.github.com writes them (`/repositories/{id}/...`, default) or `/repos/{owner}/{repo}/...`. */
  linkStyle?: 'repositories' | 'repos';
}

const DOCS = 'https://docs.github.com/rest';
/** Statuses GitHub may answer on any operation although few operations document them. */
const GENERIC_STATUSES = new Set([401, 403, 404, 422, 429, 500, 502, 503]);

function now(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

export class FakeGitHub {
  readonly owner: string;
  readonly repo: string;
  readonly repoId = 1296269;
  url = '';
  /** Contract violations: must be empty at the end of every test. */
  readonly violations: string[] = [];
  /** Where GitHub and its description differ and the fake followed GitHub. */
  readonly notes = new Set<string>();
  readonly requests: RecordedRequest[] = [];
  readonly comments: StoredComment[] = [];
  readonly pulls = new Map<number, StoredPull>();
  readonly checkRuns: Record<string, unknown>[] = [];
  readonly statuses: Record<string, unknown>[] = [];
  readonly deployments: Record<string, unknown>[] = [];
  readonly deploymentStatuses: (Record<string, unknown> & { deployment_id: number })[] = [];
  readonly users = new Map<string, { id: number; type: 'User' | 'Bot' }>();
  readonly collaborators = new Map<string, Role>();
  readonly tokens = new Map<string, TokenSpec>();
  /** Git objects and refs (the Git Data API), with `main` holding one commit. */
  readonly git = new GitStore();
  readonly issues = new Map<number, StoredIssue>();
  archived = false;
  private readonly injections: Injection[] = [];
  nextId = 1000;
  private remaining = 5000;
  private server?: Server;
  private readonly linkStyle: 'repositories' | 'repos';

  private constructor(options: FakeGitHubOptions) {
    this.owner = options.owner ?? 'octo-org';
    this.repo = options.repo ?? 'models';
    this.linkStyle = options.linkStyle ?? 'repositories';
    this.addToken('ghs_default', { login: 'github-actions[bot]', type: 'Bot' });
    this.addUser(this.owner, 'User');
  }

  static async start(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
    loadSpec();
    const fake = new FakeGitHub(options);
    const server = createServer((req, res) => {
      fake.handle(req, res).catch((e: Error) => {
        fake.violations.push(`fake crashed on ${req.method} ${req.url}: ${e.stack ?? e.message}`);
        if (!res.headersSent) res.writeHead(500).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    fake.server = server;
    fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return fake;
  }

  async close(): Promise<void> {
    const s = this.server;
    if (!s) return;
    s.closeAllConnections();
    await new Promise<void>((resolve) => s.close(() => resolve()));
  }

  /* -------------------------------------------------------------- seeding */

  addUser(login: string, type: 'User' | 'Bot' = 'User'): void {
    if (!this.users.has(login)) this.users.set(login, { id: 5000 + this.users.size, type });
  }

  addToken(token: string, spec: TokenSpec): void {
    this.tokens.set(token, spec);
    this.addUser(spec.login, spec.type);
  }

  addCollaborator(login: string, role: Role): void {
    this.addUser(login);
    this.collaborators.set(login, role);
  }

  addPull(number: number, opts: { headSha?: string; headRepo?: string; headRef?: string; locked?: boolean } = {}): StoredPull {
    const pr: StoredPull = {
      number,
      headSha: opts.headSha ?? hex(number, 40),
      headRepo: opts.headRepo ?? `${this.owner}/${this.repo}`,
      headRef: opts.headRef ?? `feature-${number}`,
      locked: opts.locked ?? false,
    };
    this.pulls.set(number, pr);
    return pr;
  }

  addComment(issue: number, login: string, body: string): StoredComment {
    this.addUser(login, login.endsWith('[bot]') ? 'Bot' : 'User');
    const t = now();
    const c: StoredComment = { id: this.nextId++, issue, body, login, created_at: t, updated_at: t };
    this.comments.push(c);
    return c;
  }

  inject(i: Injection): void {
    operation(i.operation);
    this.injections.push({ times: 1, ...i });
  }

  /** 403 "secondary rate limit" with `retry-after`, as GitHub sends it. */
  injectSecondaryRateLimit(op: string, retryAfter = 1, times = 1): void {
    this.inject({
      operation: op,
      status: 403,
      times,
      headers: { 'retry-after': String(retryAfter) },
      body: {
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.',
        documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
        status: '403',
      },
    });
  }

  /** 403 with `x-ratelimit-remaining: 0` and a reset `resetIn` seconds away, as GitHub sends it. */
  injectPrimaryRateLimit(op: string, resetIn = 1, times = 1, status: 403 | 429 = 403): void {
    this.inject({
      operation: op,
      status,
      times,
      headers: {
        'x-ratelimit-limit': '1000',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-used': '1000',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + resetIn),
        'x-ratelimit-resource': 'core',
      },
      body: {
        message: 'API rate limit exceeded for installation ID 1234.',
        documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-the-primary-rate-limit',
        status: String(status),
      },
    });
  }

  /** The recorded requests of one operation. */
  calls(op: string): RecordedRequest[] {
    return this.requests.filter((r) => r.operation === op);
  }

  commentsOn(issue: number): StoredComment[] {
    return this.comments.filter((c) => c.issue === issue);
  }

  /* -------------------------------------------------------------- JSON shapes, built from the description */

  apiUrl(path: string): string {
    return `${this.url}${path}`;
  }

  userJson(login: string, schema: Schema): Record<string, unknown> {
    const u = this.users.get(login) ?? { id: 1, type: 'User' as const };
    return build(schema, {
      login,
      id: u.id,
      node_id: `U_${u.id}`,
      type: u.type,
      site_admin: false,
      url: this.apiUrl(`/users/${encodeURIComponent(login)}`),
      html_url: `https://github.com/${encodeURIComponent(login)}`,
      avatar_url: `https://avatars.githubusercontent.com/u/${u.id}?v=4`,
    });
  }

  private commentJson(c: StoredComment, schema: Schema): Record<string, unknown> {
    const owner = this.collaborators.get(c.login);
    return build(schema, {
      id: c.id,
      node_id: `IC_${c.id}`,
      url: this.apiUrl(`/repos/${this.owner}/${this.repo}/issues/comments/${c.id}`),
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${c.issue}#issuecomment-${c.id}`,
      issue_url: this.apiUrl(`/repos/${this.owner}/${this.repo}/issues/${c.issue}`),
      body: c.body,
      user: this.userJson(c.login, schema.properties!.user),
      created_at: c.created_at,
      updated_at: c.updated_at,
      author_association: c.login === this.owner ? 'OWNER' : owner ? 'COLLABORATOR' : 'CONTRIBUTOR',
    });
  }

  repoJson(fullName: string, schema: Schema): Record<string, unknown> {
    const [owner, name] = fullName.split('/');
    this.addUser(owner);
    const fork = fullName !== `${this.owner}/${this.repo}`;
    return build(schema, {
      id: fork ? this.repoId + 1 : this.repoId,
      node_id: 'R_1',
      name,
      full_name: fullName,
      owner: this.userJson(owner, schema.properties!.owner),
      fork,
      private: false,
      url: this.apiUrl(`/repos/${fullName}`),
      html_url: `https://github.com/${fullName}`,
      archived: fork ? false : this.archived,
    });
  }

  pullJson(pr: StoredPull, schema: Schema): Record<string, unknown> {
    const head = schema.properties!.head;
    const base = schema.properties!.base;
    const [headOwner] = pr.headRepo.split('/');
    return build(schema, {
      id: 90000 + pr.number,
      node_id: `PR_${pr.number}`,
      number: pr.number,
      state: pr.state ?? 'open',
      locked: pr.locked,
      title: pr.title ?? `Pull request ${pr.number}`,
      ...(pr.body !== undefined ? { body: pr.body } : {}),
      author_association: pr.author === this.owner ? 'OWNER' : pr.author && this.collaborators.has(pr.author) ? 'COLLABORATOR' : 'CONTRIBUTOR',
      user: this.userJson(pr.author ?? headOwner, schema.properties!.user),
      url: this.apiUrl(`/repos/${this.owner}/${this.repo}/pulls/${pr.number}`),
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${pr.number}`,
      head: {
        label: `${headOwner}:${pr.headRef}`,
        ref: pr.headRef,
        sha: pr.headSha,
        user: this.userJson(headOwner, head.properties!.user),
        repo: this.repoJson(pr.headRepo, head.properties!.repo),
      },
      base: {
        label: `${this.owner}:${pr.base ?? 'main'}`,
        ref: pr.base ?? 'main',
        sha: 'f'.repeat(40),
        user: this.userJson(this.owner, base.properties!.user),
        repo: this.repoJson(`${this.owner}/${this.repo}`, base.properties!.repo),
      },
    });
  }

  /* -------------------------------------------------------------- the server */

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const u = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    let path = u.pathname;
    const record: RecordedRequest = { method, path: u.pathname + u.search, status: 0, at: Date.now() };
    this.requests.push(record);
    const where = `${method} ${record.path}`;

    // api.github.com's Link headers point at /repositories/{id}/...; the description has no such paths.
    const alias = /^\/repositories\/(\d+)(\/.*)$/.exec(path);
    if (alias) {
      this.notes.add('Link headers use /repositories/{id}/... paths, which are not in the description');
      if (Number(alias[1]) !== this.repoId) return this.send(res, record, undefined, 404, { message: 'Not Found', documentation_url: DOCS });
      path = `/repos/${this.owner}/${this.repo}${alias[2]}`;
    }

    const route = loadSpec().routes.find((r) => r.method === method && r.regex.test(path));
    if (!route) {
      this.violations.push(`${where}: no such operation in GitHub's description`);
      return this.send(res, record, undefined, 404, { message: 'Not Found', documentation_url: DOCS });
    }
    const op = route.op;
    record.operation = op.operationId;
    const m = route.regex.exec(path)!;
    const pathParams: Record<string, string> = {};
    route.names.forEach((n, i) => (pathParams[n] = decodeURIComponent(m[i + 1])));
    const query: Record<string, string> = {};
    for (const [k, v] of u.searchParams) query[k] = v;

    let body: unknown;
    const problems = this.validateRequest(op, req, pathParams, query, raw, (b) => (body = b));
    record.body = body;
    for (const p of problems) this.violations.push(`${where} (${op.operationId}): ${p}`);
    if (problems.length > 0) {
      // GitHub answers a request it cannot accept with 422 and does not act on it.
      return this.send(res, record, op, 422, { message: 'Invalid request.', documentation_url: DOCS, status: '422' });
    }

    const token = /^(?:token|bearer)\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const identity = token ? this.tokens.get(token) : undefined;
    if (!identity) return this.send(res, record, op, 401, { message: 'Bad credentials', documentation_url: DOCS, status: '401' });

    const inj = this.injections.find((i) => i.operation === op.operationId && (i.times ?? 1) > 0);
    if (inj) {
      inj.times = (inj.times ?? 1) - 1;
      return this.send(res, record, op, inj.status, inj.body ?? { message: 'injected failure', documentation_url: DOCS }, inj.headers);
    }
    const handler = this.handlers[op.operationId];
    if (!handler) {
      this.violations.push(`${where}: ${op.operationId} is in the description but the fake does not implement it`);
      return this.send(res, record, op, 404, { message: 'Not Found', documentation_url: DOCS });
    }
    const out = handler.call(this, { op, path: pathParams, query, body, identity });
    return this.send(res, record, op, out.status, out.body, out.headers);
  }

  private validateRequest(
    op: Operation,
    req: IncomingMessage,
    pathParams: Record<string, string>,
    query: Record<string, string>,
    raw: string,
    setBody: (b: unknown) => void,
  ): string[] {
    const problems: string[] = [];
    if (!req.headers['user-agent']) problems.push('no User-Agent header (GitHub rejects such requests)');
    if (!req.headers.authorization) problems.push('no Authorization header');
    const params = op.parameters ?? [];
    for (const where of ['path', 'query'] as const) {
      const declared = params.filter((p) => p.in === where);
      const given = where === 'path' ? pathParams : query;
      for (const k of Object.keys(given)) {
        if (!declared.some((p) => p.name === k)) problems.push(`${where} parameter '${k}' is not in the description`);
      }
      const schema: Schema = {
        type: 'object',
        properties: Object.fromEntries(declared.map((p) => [p.name, p.schema])),
        required: declared.filter((p) => p.required).map((p) => p.name),
      };
      const v = validator(`${op.operationId} ${where}`, schema, true);
      if (!v({ ...given })) problems.push(`${where} parameters: ${errorsText(v)}`);
    }
    const rb = op.requestBody;
    if (!raw) {
      if (rb?.required) problems.push('request body is required');
      return problems;
    }
    if (!rb) {
      problems.push('a request body was sent but the operation takes none');
      return problems;
    }
    const type = (req.headers['content-type'] ?? '').split(';')[0].trim();
    const media = rb.content[type];
    if (!media) {
      problems.push(`content-type '${type}' is not one of ${Object.keys(rb.content).join(', ')}`);
      return problems;
    }
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      problems.push('request body is not JSON');
      return problems;
    }
    setBody(body);
    const v = validator(`${op.operationId} request`, media.schema);
    if (!v(body)) problems.push(`request body: ${errorsText(v)}`);
    return problems;
  }

  private send(res: ServerResponse, record: RecordedRequest, op: Operation | undefined, status: number, body: unknown, extra: Record<string, string> = {}): void {
    record.status = status;
    const where = `${record.method} ${record.path} -> ${status}`;
    const headers: Record<string, string> = {
      'content-type': 'application/json; charset=utf-8',
      'x-github-api-version-selected': '2022-11-28',
      'x-github-request-id': `FAKE:${record.at.toString(16)}`,
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': String(Math.max(0, --this.remaining)),
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-ratelimit-used': String(5000 - this.remaining),
      'x-ratelimit-resource': 'core',
      ...extra,
    };
    if (op) {
      for (const p of this.validateResponse(op, status, headers, body)) this.violations.push(`${where} (${op.operationId}): ${p}`);
    }
    const text = body === undefined ? '' : JSON.stringify(body);
    if (!text) delete headers['content-type'];
    res.writeHead(status, headers).end(text);
  }

  private validateResponse(op: Operation, status: number, headers: Record<string, string>, body: unknown): string[] {
    const problems: string[] = [];
    let spec = op.responses[String(status)];
    if (!spec) {
      if (!GENERIC_STATUSES.has(status)) return [`status ${status} is not documented (documented: ${Object.keys(op.responses).join(', ')})`];
      this.notes.add(`${op.operationId} answers ${status}, which its description does not list`);
      spec = { content: { 'application/json': { schema: basicError() } } };
    }
    const media = spec.content?.['application/json'];
    if (!media) {
      if (body !== undefined) problems.push(`status ${status} has no body in the description, but one was sent`);
    } else if (body === undefined) {
      problems.push(`status ${status} has a body in the description, but none was sent`);
    } else {
      const v = validator(`${op.operationId} response ${status}`, media.schema);
      if (!v(body)) problems.push(`response body: ${errorsText(v)}`);
    }
    for (const [name, h] of Object.entries(spec.headers ?? {})) {
      const value = headers[name.toLowerCase()];
      if (value === undefined) continue;
      const v = validator(`${op.operationId} response ${status} header ${name}`, { type: 'object', properties: { v: h.schema } }, true);
      if (!v({ v: value })) problems.push(`header ${name}: ${errorsText(v)}`);
    }
    // Headers the client depends on, in the syntax GitHub uses.
    for (const name of ['x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset', 'x-ratelimit-used', 'retry-after']) {
      if (headers[name] !== undefined && !/^\d+$/.test(headers[name])) problems.push(`header ${name} is not an integer: '${headers[name]}'`);
    }
    const link = headers.link;
    if (link !== undefined) {
      const part = /^<[^<>]+>; rel="(next|prev|first|last)"$/;
      if (!link.split(', ').every((p) => part.test(p))) problems.push(`malformed Link header: ${link}`);
    }
    if ((status === 403 || status === 429) && headers['x-ratelimit-remaining'] === '0' && !headers['x-ratelimit-reset']) {
      problems.push('a primary rate limit response must carry x-ratelimit-reset');
    }
    return problems;
  }

  /* -------------------------------------------------------------- the operations */

  can(identity: TokenSpec, scope: keyof NonNullable<TokenSpec['permissions']>, need: Access): boolean {
    const have = identity.permissions?.[scope] ?? 'write';
    return need === 'read' ? have !== 'none' : have === 'write';
  }

  forbidden(message = 'Resource not accessible by integration', doc = `${DOCS}`): Reply {
    return { status: 403, body: { message, documentation_url: doc, status: '403' } };
  }

  notFound(): Reply {
    return { status: 404, body: { message: 'Not Found', documentation_url: DOCS, status: '404' } };
  }

  invalid(resource: string, field: string, message: string): Reply {
    return {
      status: 422,
      body: { message: 'Validation Failed', errors: [{ resource, code: 'custom', field, message }], documentation_url: DOCS, status: '422' },
    };
  }

  readonly archivedReply = (): Reply => this.forbidden('Repository was archived so is read-only.', 'https://docs.github.com/repositories/archiving-a-github-repository');

  /**
   * One page of `all` as GitHub serves a list: `per_page` (at most 100) and `page` from the query,
   * Link headers (prev, next, last, first) pointing at `path` under /repositories/{id} or /repos/{o}/{r}.
   */
  page<T>(ctx: Ctx, all: readonly T[], path: string, keep: Record<string, string> = {}): { items: T[]; headers: Record<string, string> } {
    const perPage = Math.min(100, Math.max(1, Number(ctx.query.per_page ?? 30)));
    const page = Math.max(1, Number(ctx.query.page ?? 1));
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const base = this.linkStyle === 'repositories' ? `/repositories/${this.repoId}` : `/repos/${this.owner}/${this.repo}`;
    const link = (p: number, rel: string) => {
      const q = new URLSearchParams({ ...keep, per_page: String(perPage), page: String(p) });
      return `<${this.apiUrl(`${base}${path}?${q}`)}>; rel="${rel}"`;
    };
    const links = [];
    if (page > 1) links.push(link(page - 1, 'prev'));
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'));
    return { items: all.slice((page - 1) * perPage, page * perPage), headers: links.length ? { link: links.join(', ') } : {} };
  }

  /** The next pull request or issue number: they share one sequence, as on GitHub. */
  nextNumber(): number {
    return Math.max(0, ...this.pulls.keys(), ...this.issues.keys()) + 1;
  }

  private readonly handlers: Record<string, (this: FakeGitHub, ctx: Ctx) => Reply> = {
    ...gitHandlers,
    'issues/list-comments'(ctx) {
      if (!this.can(ctx.identity, 'issues', 'read') && !this.can(ctx.identity, 'pull_requests', 'read')) return this.forbidden();
      const issue = Number(ctx.path.issue_number);
      if (!this.pulls.has(issue)) return this.notFound();
      const since = ctx.query.since ? Date.parse(ctx.query.since) : undefined;
      const all = this.commentsOn(issue).filter((c) => since === undefined || Date.parse(c.updated_at) >= since);
      const schema = responseSchema('issues/list-comments', 200).items!;
      const { items, headers } = this.page(ctx, all, `/issues/${issue}/comments`, ctx.query.since ? { since: ctx.query.since } : {});
      return { status: 200, body: items.map((c) => this.commentJson(c, schema)), headers };
    },

    'issues/create-comment'(ctx) {
      if (!this.can(ctx.identity, 'issues', 'write') && !this.can(ctx.identity, 'pull_requests', 'write')) return this.forbidden();
      const issue = Number(ctx.path.issue_number);
      const pr = this.pulls.get(issue);
      if (!pr) return this.notFound();
      if (this.archived) return this.archivedReply();
      if (pr.locked) return this.forbidden('Unable to create comment because issue is locked.', 'https://docs.github.com/articles/locking-conversations/');
      const text = (ctx.body as { body: string }).body;
      if (text.length > 65536) {
        this.violations.push(`comment body of ${text.length} characters: GitHub rejects more than 65536`);
        return this.invalid('IssueComment', 'body', 'body is too long (maximum is 65536 characters)');
      }
      const c = this.addComment(issue, ctx.identity.login, text);
      const json = this.commentJson(c, responseSchema('issues/create-comment', 201));
      return { status: 201, body: json, headers: { location: String(json.url) } };
    },

    'issues/update-comment'(ctx) {
      if (!this.can(ctx.identity, 'issues', 'write') && !this.can(ctx.identity, 'pull_requests', 'write')) return this.forbidden();
      const c = this.comments.find((x) => x.id === Number(ctx.path.comment_id));
      if (!c) return this.notFound();
      if (this.archived) return this.archivedReply();
      const text = (ctx.body as { body: string }).body;
      if (text.length > 65536) {
        this.violations.push(`comment body of ${text.length} characters: GitHub rejects more than 65536`);
        return this.invalid('IssueComment', 'body', 'body is too long (maximum is 65536 characters)');
      }
      c.body = text;
      c.updated_at = now();
      return { status: 200, body: this.commentJson(c, responseSchema('issues/update-comment', 200)) };
    },

    'pulls/get'(ctx) {
      if (!this.can(ctx.identity, 'pull_requests', 'read')) return this.forbidden();
      const pr = this.pulls.get(Number(ctx.path.pull_number));
      if (!pr) return this.notFound();
      return { status: 200, body: this.pullJson(pr, responseSchema('pulls/get', 200)) };
    },

    'checks/create'(ctx) {
      if (!this.can(ctx.identity, 'checks', 'write')) return this.forbidden();
      if (this.archived) return this.archivedReply();
      const b = ctx.body as { name: string; head_sha: string; status?: string; conclusion?: string; output?: { title: string; summary: string; text?: string }; details_url?: string; started_at?: string; completed_at?: string; external_id?: string };
      if (!/^[0-9a-f]{40}$/.test(b.head_sha)) return this.invalid('CheckRun', 'head_sha', 'No commit found for SHA: ' + b.head_sha);
      if (b.status === 'completed' && !b.conclusion) return this.invalid('CheckRun', 'conclusion', 'conclusion is required when status is completed');
      const id = this.nextId++;
      const completed = b.conclusion !== undefined;
      const t = now();
      const json = build(responseSchema('checks/create', 201), {
        id,
        node_id: `CR_${id}`,
        head_sha: b.head_sha,
        external_id: b.external_id ?? '',
        name: b.name,
        url: this.apiUrl(`/repos/${this.owner}/${this.repo}/check-runs/${id}`),
        html_url: `https://github.com/${this.owner}/${this.repo}/runs/${id}`,
        details_url: b.details_url ?? `https://github.com/${this.owner}/${this.repo}/runs/${id}`,
        status: completed ? 'completed' : (b.status ?? 'queued'),
        conclusion: b.conclusion ?? null,
        started_at: b.started_at ?? t,
        completed_at: completed ? (b.completed_at ?? t) : null,
        output: {
          title: b.output?.title ?? null,
          summary: b.output?.summary ?? null,
          text: b.output?.text ?? null,
          annotations_count: 0,
          annotations_url: this.apiUrl(`/repos/${this.owner}/${this.repo}/check-runs/${id}/annotations`),
        },
        check_suite: { id: 7000 + id },
        pull_requests: [],
      });
      this.checkRuns.push(json);
      return { status: 201, body: json };
    },

    'repos/create-commit-status'(ctx) {
      if (!this.can(ctx.identity, 'statuses', 'write')) return this.forbidden();
      if (this.archived) return this.archivedReply();
      const b = ctx.body as { state: string; target_url?: string | null; description?: string | null; context?: string };
      if (b.description && b.description.length > 140) {
        this.violations.push(`status description of ${b.description.length} characters: GitHub rejects more than 140`);
        return this.invalid('Status', 'description', 'description is too long (maximum is 140 characters)');
      }
      const id = this.nextId++;
      const t = now();
      const json = build(responseSchema('repos/create-commit-status', 201), {
        url: this.apiUrl(`/repos/${this.owner}/${this.repo}/statuses/${ctx.path.sha}`),
        avatar_url: null,
        id,
        node_id: `SC_${id}`,
        state: b.state,
        description: b.description ?? null,
        target_url: b.target_url ?? null,
        context: b.context ?? 'default',
        created_at: t,
        updated_at: t,
        creator: this.userJson(ctx.identity.login, responseSchema('repos/create-commit-status', 201).properties!.creator),
      });
      this.statuses.push({ ...json, sha: ctx.path.sha });
      return { status: 201, body: json, headers: { location: String(json.url) } };
    },

    'repos/create-deployment'(ctx) {
      if (!this.can(ctx.identity, 'deployments', 'write')) return this.forbidden();
      if (this.archived) return this.archivedReply();
      const b = ctx.body as { ref: string; task?: string; environment?: string; description?: string | null; payload?: unknown; auto_merge?: boolean; production_environment?: boolean; transient_environment?: boolean };
      // GitHub tries to merge the default branch into ref unless auto_merge is false; the fake has no branches to merge.
      if (b.auto_merge !== false) this.violations.push('a deployment without auto_merge: false would make GitHub merge the default branch into the ref');
      const id = this.nextId++;
      const t = now();
      const environment = b.environment ?? 'production';
      const schema = responseSchema('repos/create-deployment', 201);
      const json = build(schema, {
        url: this.apiUrl(`/repos/${this.owner}/${this.repo}/deployments/${id}`),
        id,
        node_id: `DE_${id}`,
        sha: /^[0-9a-f]{40}$/.test(b.ref) ? b.ref : 'e'.repeat(40),
        ref: b.ref,
        task: b.task ?? 'deploy',
        payload: typeof b.payload === 'object' && b.payload !== null ? b.payload : {},
        original_environment: environment,
        environment,
        description: b.description ?? null,
        creator: this.userJson(ctx.identity.login, schema.properties!.creator),
        created_at: t,
        updated_at: t,
        statuses_url: this.apiUrl(`/repos/${this.owner}/${this.repo}/deployments/${id}/statuses`),
        repository_url: this.apiUrl(`/repos/${this.owner}/${this.repo}`),
        transient_environment: b.transient_environment ?? false,
        production_environment: b.production_environment ?? environment === 'production',
      });
      this.deployments.push(json);
      return { status: 201, body: json };
    },

    'repos/create-deployment-status'(ctx) {
      if (!this.can(ctx.identity, 'deployments', 'write')) return this.forbidden();
      if (this.archived) return this.archivedReply();
      const deploymentId = Number(ctx.path.deployment_id);
      const d = this.deployments.find((x) => x.id === deploymentId);
      if (!d) return this.notFound();
      const b = ctx.body as { state: string; target_url?: string; log_url?: string; description?: string; environment?: string; environment_url?: string; auto_inactive?: boolean };
      if (b.description && b.description.length > 140) {
        this.violations.push(`deployment status description of ${b.description.length} characters: GitHub rejects more than 140`);
        return this.invalid('DeploymentStatus', 'description', 'description is too long (maximum is 140 characters)');
      }
      const id = this.nextId++;
      const t = now();
      const schema = responseSchema('repos/create-deployment-status', 201);
      const json = build(schema, {
        url: this.apiUrl(`/repos/${this.owner}/${this.repo}/deployments/${deploymentId}/statuses/${id}`),
        id,
        node_id: `DES_${id}`,
        state: b.state,
        creator: this.userJson(ctx.identity.login, schema.properties!.creator),
        description: b.description ?? '',
        environment: b.environment ?? String(d.environment),
        target_url: b.target_url ?? b.log_url ?? '',
        log_url: b.log_url ?? b.target_url ?? '',
        ...(b.environment_url ? { environment_url: b.environment_url } : {}),
        created_at: t,
        updated_at: t,
        deployment_url: String(d.url),
        repository_url: this.apiUrl(`/repos/${this.owner}/${this.repo}`),
      });
      this.deploymentStatuses.push({ ...json, deployment_id: deploymentId });
      return { status: 201, body: json, headers: { location: String(json.url) } };
    },

    'repos/get-collaborator-permission-level'(ctx) {
      const login = ctx.path.username;
      if (!this.users.has(login)) return this.notFound();
      const role = this.collaborators.get(login);
      const legacy = { admin: 'admin', maintain: 'write', write: 'write', triage: 'read', read: 'read' } as const;
      const rank = role ? ['read', 'triage', 'write', 'maintain', 'admin'].indexOf(role) : -1;
      const schema = responseSchema('repos/get-collaborator-permission-level', 200);
      return {
        status: 200,
        body: build(schema, {
          permission: role ? legacy[role] : 'none',
          role_name: role ?? '',
          user: {
            ...this.userJson(login, schema.properties!.user),
            permissions: { pull: rank >= 0, triage: rank >= 1, push: rank >= 2, maintain: rank >= 3, admin: rank >= 4 },
            role_name: role ?? '',
          },
        }),
      };
    },
  };
}

export interface Ctx {
  op: Operation;
  path: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
  identity: TokenSpec;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * A fresh fake for every test of the calling file, closed after it; the test fails when any
 * request or response broke GitHub's description.
 */
export function useFakeGitHub(options: FakeGitHubOptions = {}): () => FakeGitHub {
  let fake: FakeGitHub | undefined;
  beforeEach(async () => {
    fake = await FakeGitHub.start(options);
  });
  afterEach(async () => {
    const f = fake!;
    fake = undefined;
    await f.close();
    expect(f.violations, "requests and responses must follow GitHub's OpenAPI description").toEqual([]);
  });
  return () => {
    if (!fake) throw new Error('useFakeGitHub: only inside a test');
    return fake;
  };
}
