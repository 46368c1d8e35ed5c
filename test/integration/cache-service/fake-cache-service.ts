/**
 * A loopback stand-in for GitHub's cache service v2, for running the real `@actions/cache` code
 * (restoreCache/saveCache, with its Twirp client, tar + zstd and the Azure Blob SDK) in tests.
 *
 * - `startAzurite()` runs the real Azure Storage emulator (node_modules/.bin/azurite-blob) on an
 *   ephemeral port of 127.0.0.1; archives are uploaded to and downloaded from it with SAS URLs
 *   signed by the emulator's well-known `devstoreaccount1` key, exactly as the toolkit talks to
 *   the real service's storage accounts.
 * - `startFakeCacheService()` serves the three Twirp JSON RPCs the toolkit calls, under
 *   `<ACTIONS_RESULTS_URL>twirp/github.actions.results.api.v1.CacheService/`:
 *     CreateCacheEntry          {key, version}              -> {ok, signed_upload_url, message}
 *     FinalizeCacheEntryUpload  {key, version, size_bytes}  -> {ok, entry_id, message}
 *     GetCacheEntryDownloadURL  {key, restore_keys, version} -> {ok, signed_download_url, matched_key}
 *   Requests are JSON with proto field names (the toolkit sends `useProtoFieldName: true`).
 *   Responses are what a Twirp v8 Go server writes by default: proto field names, every field
 *   present (EmitUnpopulated), int64 as a JSON string; errors are Twirp's `{code, msg}` with its
 *   HTTP status (invalid_argument 400, unauthenticated 401, permission_denied 403, not_found 404,
 *   already_exists 409, bad_route 404, malformed 400).
 *   The bearer token is a JWT (HS256 with a test secret) whose `ac` claim holds the cache scopes as
 *   the runner's token does, a JSON string `[{"Scope": "refs/heads/main", "Permission": 3}]`
 *   (1 read, 2 write). Entries live in memory keyed by scope + key + version; a lookup matches the
 *   key exactly, then each restore key as a prefix (newest first), in every readable scope; an
 *   entry exists for lookups only after FinalizeCacheEntryUpload, which checks that the blob was
 *   uploaded with the declared size.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BlobSASPermissions, BlobServiceClient, generateBlobSASQueryParameters, SASProtocol, StorageSharedKeyCredential } from '@azure/storage-blob';

/** Azurite's well-known development account (documented by Microsoft; not a secret). */
export const DEV_ACCOUNT = 'devstoreaccount1';
export const DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface Azurite {
  /** Blob endpoint, `http://127.0.0.1:<port>/devstoreaccount1`. */
  endpoint: string;
  credential: StorageSharedKeyCredential;
  service: BlobServiceClient;
  stop(): Promise<void>;
}

/** Starts azurite-blob on an ephemeral port of 127.0.0.1 with its data in a new temp dir. */
export async function startAzurite(bin: string): Promise<Azurite> {
  const location = mkdtempSync(join(tmpdir(), 'mg-azurite-'));
  const child = spawn(
    process.execPath,
    [bin, '--blobHost', '127.0.0.1', '--blobPort', '0', '--location', location, '--silent', '--skipApiVersionCheck', '--loose', '--disableTelemetry'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const port = await new Promise<number>((done, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error(`azurite did not start in 20 s:\n${out}`)), 20_000);
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = /listens on http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        done(Number(m[1]));
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`azurite exited with ${code}:\n${out}`));
    });
  });
  const endpoint = `http://127.0.0.1:${port}/${DEV_ACCOUNT}`;
  const credential = new StorageSharedKeyCredential(DEV_ACCOUNT, DEV_KEY);
  return {
    endpoint,
    credential,
    service: new BlobServiceClient(endpoint, credential),
    stop: () => stopChild(child).then(() => rmSync(location, { recursive: true, force: true })),
  };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(kill);
      done();
    });
    child.kill('SIGTERM');
  });
}

// ---------------------------------------------------------------------------------------------
// Runtime token

export interface CacheScope {
  Scope: string;
  /** 1 read, 2 write, 3 both. */
  Permission: number;
}

const SECRET = 'modelgate-test-secret';
const b64url = (b: Buffer | string) => Buffer.from(b).toString('base64url');

/** A runner-style ACTIONS_RUNTIME_TOKEN: a JWT whose `ac` claim lists the cache scopes. */
export function runtimeToken(scopes: CacheScope[] = [{ Scope: 'refs/heads/main', Permission: 3 }], lifetimeS = 3600): string {
  const now = Math.floor(Date.now() / 1000);
  const header = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const payload = b64url(JSON.stringify({ iss: 'https://token.actions.example', aud: 'vso', nbf: now - 5, exp: now + lifetimeS, ac: JSON.stringify(scopes), repository_id: '1' }));
  const sig = b64url(createHmac('sha256', SECRET).update(`${header}.${payload}`).digest());
  return `${header}.${payload}.${sig}`;
}

function verifyToken(auth: string | undefined): CacheScope[] {
  const m = /^Bearer (.+)$/.exec(auth ?? '');
  if (!m) throw twirpError('unauthenticated', 'missing bearer token');
  const [h, p, s] = m[1].split('.');
  if (!h || !p || !s) throw twirpError('unauthenticated', 'malformed token');
  if (b64url(createHmac('sha256', SECRET).update(`${h}.${p}`).digest()) !== s) throw twirpError('unauthenticated', 'invalid token signature');
  const claims = JSON.parse(Buffer.from(p, 'base64url').toString()) as { exp?: number; nbf?: number; ac?: unknown };
  const now = Date.now() / 1000;
  if (typeof claims.exp !== 'number' || claims.exp < now || (claims.nbf ?? 0) > now) throw twirpError('unauthenticated', 'token expired');
  if (typeof claims.ac !== 'string') throw twirpError('unauthenticated', 'token has no cache scopes');
  const scopes = JSON.parse(claims.ac) as CacheScope[];
  if (!Array.isArray(scopes) || scopes.length === 0) throw twirpError('unauthenticated', 'token has no cache scopes');
  return scopes;
}

// ---------------------------------------------------------------------------------------------
// Twirp

const STATUS: Record<string, number> = {
  invalid_argument: 400,
  malformed: 400,
  unauthenticated: 401,
  permission_denied: 403,
  not_found: 404,
  bad_route: 404,
  already_exists: 409,
  internal: 500,
};

class TwirpError extends Error {
  constructor(
    readonly code: string,
    msg: string,
  ) {
    super(msg);
  }
}

function twirpError(code: string, msg: string): TwirpError {
  return new TwirpError(code, msg);
}

export interface RecordedRequest {
  method: string;
  body: Record<string, unknown>;
  status: number;
  response: unknown;
}

export interface CacheEntry {
  id: number;
  scope: string;
  key: string;
  version: string;
  blob: string;
  sizeBytes?: number;
  finalized: boolean;
  createdAt: number;
}

export interface FakeCacheService {
  /** ACTIONS_RESULTS_URL (ends with '/'). */
  url: string;
  requests: RecordedRequest[];
  entries: CacheEntry[];
  /** Blob container that holds the archives. */
  container: string;
  close(): Promise<void>;
}

const SERVICE = 'github.actions.results.api.v1.CacheService';

function str(body: Record<string, unknown>, field: string, opts: { required?: boolean } = {}): string {
  const v = body[field];
  if (v === undefined || v === '') {
    if (opts.required) throw twirpError('invalid_argument', `${field} is required`);
    return '';
  }
  if (typeof v !== 'string') throw twirpError('malformed', `${field}: expected a string`);
  return v;
}

/** int64 in proto JSON: a decimal string (what the toolkit sends) or a number. */
function int64(body: Record<string, unknown>, field: string): number {
  const v = body[field];
  if (typeof v === 'number' && Number.isSafeInteger(v)) return v;
  if (typeof v === 'string' && /^-?\d+$/.test(v)) return Number(v);
  throw twirpError('invalid_argument', `${field} is required (int64)`);
}

function checkKeyAndVersion(body: Record<string, unknown>): { key: string; version: string } {
  const key = str(body, 'key', { required: true });
  const version = str(body, 'version', { required: true });
  if (key.length > 512 || key.includes(',')) throw twirpError('invalid_argument', 'key must be at most 512 characters and hold no commas');
  if (!/^[0-9a-f]{64}$/.test(version)) throw twirpError('invalid_argument', 'version must be a sha256 hex digest');
  return { key, version };
}

export async function startFakeCacheService(azurite: Azurite): Promise<FakeCacheService> {
  const container = `actions-cache-${randomUUID().slice(0, 8)}`;
  const containerClient = azurite.service.getContainerClient(container);
  await containerClient.create();
  const entries: CacheEntry[] = [];
  const requests: RecordedRequest[] = [];
  let nextId = 1;

  const sasUrl = (blob: string, permissions: string) => {
    const sas = generateBlobSASQueryParameters(
      {
        containerName: container,
        blobName: blob,
        permissions: BlobSASPermissions.parse(permissions),
        startsOn: new Date(Date.now() - 60_000),
        expiresOn: new Date(Date.now() + 3600_000),
        protocol: SASProtocol.HttpsAndHttp,
      },
      azurite.credential,
    ).toString();
    return `${azurite.endpoint}/${container}/${blob}?${sas}`;
  };

  const methods: Record<string, (body: Record<string, unknown>, scopes: CacheScope[]) => Promise<Record<string, unknown>>> = {
    async CreateCacheEntry(body, scopes) {
      const { key, version } = checkKeyAndVersion(body);
      const scope = scopes.find((s) => s.Permission & 2);
      if (!scope) throw twirpError('permission_denied', 'cache write denied: token has no writable cache scope');
      if (entries.some((e) => e.scope === scope.Scope && e.key === key && e.version === version)) {
        throw twirpError('already_exists', 'cache entry with the same key, version, and scope already exists');
      }
      const entry: CacheEntry = { id: nextId++, scope: scope.Scope, key, version, blob: `${randomUUID()}.tzst`, finalized: false, createdAt: Date.now() };
      entries.push(entry);
      return { ok: true, signed_upload_url: sasUrl(entry.blob, 'cw'), message: '' };
    },
    async FinalizeCacheEntryUpload(body, scopes) {
      const { key, version } = checkKeyAndVersion(body);
      const sizeBytes = int64(body, 'size_bytes');
      const scope = scopes.find((s) => s.Permission & 2);
      if (!scope) throw twirpError('permission_denied', 'cache write denied: token has no writable cache scope');
      const entry = entries.find((e) => e.scope === scope.Scope && e.key === key && e.version === version && !e.finalized);
      if (!entry) throw twirpError('not_found', 'no cache entry is being uploaded for this key and version');
      const props = await containerClient.getBlobClient(entry.blob).getProperties().catch(() => undefined);
      if (!props) throw twirpError('not_found', 'the cache archive was not uploaded');
      if (props.contentLength !== sizeBytes) throw twirpError('invalid_argument', `size_bytes ${sizeBytes} does not match the uploaded archive (${props.contentLength} bytes)`);
      entry.finalized = true;
      entry.sizeBytes = sizeBytes;
      return { ok: true, entry_id: String(entry.id), message: '' };
    },
    async GetCacheEntryDownloadURL(body, scopes) {
      const { key, version } = checkKeyAndVersion(body);
      const restoreKeys = body.restore_keys === undefined ? [] : body.restore_keys;
      if (!Array.isArray(restoreKeys) || !restoreKeys.every((k) => typeof k === 'string')) throw twirpError('malformed', 'restore_keys: expected a list of strings');
      const readable = scopes.filter((s) => s.Permission & 1).map((s) => s.Scope);
      if (readable.length === 0) throw twirpError('permission_denied', 'cache read denied: token has no readable cache scope');
      const candidates = entries.filter((e) => e.finalized && e.version === version && readable.includes(e.scope)).sort((a, b) => b.createdAt - a.createdAt || b.id - a.id);
      const match = candidates.find((e) => e.key === key) ?? restoreKeys.map((p) => candidates.find((e) => e.key.startsWith(p))).find(Boolean);
      if (!match) return { ok: false, signed_download_url: '', matched_key: '' };
      return { ok: true, signed_download_url: sasUrl(match.blob, 'r'), matched_key: match.key };
    },
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const method = /^\/twirp\/([\w.]+)\/(\w+)$/.exec(req.url ?? '');
    let body: Record<string, unknown> = {};
    let status = 200;
    let response: unknown;
    try {
      if (req.method !== 'POST' || !method || method[1] !== SERVICE || !methods[method[2]]) throw twirpError('bad_route', `no handler for ${req.method} ${req.url}`);
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) throw twirpError('bad_route', 'unexpected Content-Type; this fake serves JSON only');
      const scopes = verifyToken(req.headers.authorization);
      try {
        body = JSON.parse(text) as Record<string, unknown>;
      } catch {
        throw twirpError('malformed', 'the request body is not JSON');
      }
      if (body === null || typeof body !== 'object' || Array.isArray(body)) throw twirpError('malformed', 'the request body is not a JSON object');
      response = await methods[method[2]](body, scopes);
    } catch (e) {
      const err = e instanceof TwirpError ? e : twirpError('internal', (e as Error).message);
      status = STATUS[err.code] ?? 500;
      response = { code: err.code, msg: err.message };
    }
    requests.push({ method: method?.[2] ?? `${req.method} ${req.url}`, body, status, response });
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(response));
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      res.writeHead(500, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ code: 'internal', msg: String(e) }));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    entries,
    container,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
