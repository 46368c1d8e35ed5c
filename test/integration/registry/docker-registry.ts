// Starts Debian's docker-registry (distribution 2.8) on 127.0.0.1 with a config written to a temp
// dir: filesystem storage, optional htpasswd or token auth. The port is found by binding :0 first.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createSign, randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../helpers.js';

export const REGISTRY_BIN = '/usr/bin/docker-registry';

export async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as AddressInfo).port;
  await new Promise((r) => s.close(r));
  return port;
}

export interface RegistryOptions {
  auth?: 'htpasswd' | 'token';
  users?: Record<string, string>;
  /** storage.delete.enabled (default true). */
  deletes?: boolean;
  /** Reuse this storage directory (restart after a kill). */
  storage?: string;
  port?: number;
}

export interface RunningRegistry {
  host: string;
  storage: string;
  proc: ChildProcess;
  tokenServer?: Server;
  /** Token requests seen by the token server (for tests). */
  tokenRequests: URL[];
  stop(): Promise<void>;
  kill(): void;
  options: RegistryOptions;
}

/** A JWT as distribution's token auth expects: RS256 with the certificate in x5c. */
function jwt(keyPem: string, certDer: Buffer, claims: Record<string, unknown>): string {
  const b64 = (x: Buffer | string) => Buffer.from(x).toString('base64url');
  const header = b64(JSON.stringify({ alg: 'RS256', typ: 'JWT', x5c: [certDer.toString('base64')] }));
  const payload = b64(JSON.stringify(claims));
  const sig = createSign('RSA-SHA256').update(`${header}.${payload}`).sign(keyPem);
  return `${header}.${payload}.${b64(sig)}`;
}

async function startTokenServer(dir: string, users: Record<string, string>, seen: URL[]): Promise<{ server: Server; realm: string; certPath: string }> {
  const key = join(dir, 'token.key');
  const cert = join(dir, 'token.crt');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=modelgate-test-token'], { stdio: 'ignore' });
  const keyPem = readFileSync(key, 'utf8');
  const certDer = Buffer.from(readFileSync(cert, 'utf8').replace(/-----[A-Z ]+-----|\s/g, ''), 'base64');
  const server = createHttpServer((req, res) => {
    const url = new URL(req.url!, 'http://127.0.0.1');
    seen.push(url);
    const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? '');
    const [user, pw] = basic ? Buffer.from(basic[1], 'base64').toString().split(':') : [];
    if (!user || users[user] !== pw) {
      res.writeHead(401).end('{"errors":[{"code":"UNAUTHORIZED"}]}');
      return;
    }
    const access = url.searchParams.getAll('scope').map((s) => {
      const [type, name, actions] = s.split(':');
      return { type, name, actions: actions.split(',') };
    });
    const now = Math.floor(Date.now() / 1000);
    const token = jwt(keyPem, certDer, { iss: 'modelgate-test', sub: user, aud: 'modelgate-registry', exp: now + 600, nbf: now - 10, iat: now, jti: randomBytes(8).toString('hex'), access });
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ token, expires_in: 600 }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, realm: `http://127.0.0.1:${(server.address() as AddressInfo).port}/token`, certPath: cert };
}

export async function startRegistry(opts: RegistryOptions = {}): Promise<RunningRegistry> {
  const dir = tempDir('mg-registry-');
  const storage = opts.storage ?? join(dir, 'storage');
  mkdirSync(storage, { recursive: true });
  const port = opts.port ?? (await freePort());
  const tokenRequests: URL[] = [];
  let auth = '';
  let tokenServer: Server | undefined;
  if (opts.auth === 'htpasswd') {
    const file = join(dir, 'htpasswd');
    writeFileSync(file, '');
    for (const [u, p] of Object.entries(opts.users ?? {})) execFileSync('htpasswd', ['-bB', file, u, p], { stdio: 'ignore' });
    auth = `auth:\n  htpasswd:\n    realm: modelgate-test\n    path: ${file}\n`;
  } else if (opts.auth === 'token') {
    const t = await startTokenServer(dir, opts.users ?? {}, tokenRequests);
    tokenServer = t.server;
    auth = `auth:\n  token:\n    realm: ${t.realm}\n    service: modelgate-registry\n    issuer: modelgate-test\n    rootcertbundle: ${t.certPath}\n`;
  }
  const config = join(dir, 'config.yml');
  writeFileSync(
    config,
    `version: 0.1\nlog:\n  level: error\n  accesslog:\n    disabled: true\nstorage:\n  filesystem:\n    rootdirectory: ${storage}\n  delete:\n    enabled: ${opts.deletes ?? true}\n  maintenance:\n    uploadpurging:\n      enabled: false\nhttp:\n  addr: 127.0.0.1:${port}\n${auth}`,
  );
  const proc = spawn(REGISTRY_BIN, ['serve', config], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  proc.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const host = `127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (proc.exitCode !== null) throw new Error(`docker-registry exited: ${stderr}`);
    try {
      const res = await fetch(`http://${host}/v2/`);
      await res.body?.cancel();
      if (res.status === 200 || res.status === 401) break;
    } catch {
      // not up yet
    }
    if (i > 200) throw new Error(`docker-registry did not start: ${stderr}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const reg: RunningRegistry = {
    host,
    storage,
    proc,
    tokenServer,
    tokenRequests,
    options: { ...opts, storage, port },
    kill: () => {
      proc.kill('SIGKILL');
    },
    stop: async () => {
      if (proc.exitCode === null && proc.signalCode === null) {
        const done = new Promise((r) => proc.once('exit', r));
        proc.kill('SIGTERM');
        await done;
      }
      if (tokenServer) await new Promise((r) => tokenServer!.close(r));
    },
  };
  return reg;
}

/** The file holding a blob's bytes in the registry's filesystem storage. */
export function storedBlobPath(storage: string, digest: string): string {
  const h = digest.slice('sha256:'.length);
  return join(storage, 'docker/registry/v2/blobs/sha256', h.slice(0, 2), h, 'data');
}
