/**
 * Registry authentication as Docker and ORAS do it: send the request, and on a 401 read the
 * WWW-Authenticate challenge. `Basic` means send the username and password; `Bearer
 * realm=..,service=..,scope=..` (ghcr.io, Docker Hub, distribution's `auth: token`) means ask the
 * realm for a token for that scope (with the credentials as Basic, or anonymously) and send it.
 * Tokens are kept per scope set and asked again when a challenge names a scope we do not hold.
 */
import { ServiceError } from '../errors.js';

export interface Credentials {
  username?: string;
  password?: string;
  /** A token used as the password (ghcr.io takes GITHUB_TOKEN this way; any username works). */
  token?: string;
}

export interface Challenge {
  scheme: string;
  params: Record<string, string>;
}

/** Parses `Bearer realm="https://a/token",service="reg",scope="repository:x:pull"` (quoted or bare values). */
export function parseChallenge(header: string): Challenge | undefined {
  const m = /^\s*([A-Za-z]+)\s*(.*)$/.exec(header);
  if (!m) return undefined;
  const params: Record<string, string> = {};
  const re = /([A-Za-z_]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))\s*,?\s*/g;
  for (const p of m[2].matchAll(re)) params[p[1].toLowerCase()] = p[2] !== undefined ? p[2].replace(/\\(.)/g, '$1') : p[3];
  return { scheme: m[1].toLowerCase(), params };
}

export type Fetch = typeof fetch;

export class Auth {
  private header?: string;
  private scopes = new Set<string>();
  private heldScopes = new Set<string>();
  private inflight?: Promise<void>;

  constructor(
    private readonly creds: Credentials,
    private readonly fetchFn: Fetch,
    private readonly allowPlainRealm: (url: URL) => boolean,
  ) {}

  private get password(): string | undefined {
    return this.creds.token ?? this.creds.password;
  }

  private basic(): string | undefined {
    const pw = this.password;
    if (pw === undefined) return undefined;
    const user = this.creds.username ?? 'modelgate';
    return 'Basic ' + Buffer.from(`${user}:${pw}`).toString('base64');
  }

  /** The Authorization header to send now, if any. */
  current(): string | undefined {
    return this.header;
  }

  /**
   * Answers a 401. Returns true when there is a new Authorization header worth retrying with,
   * false when there is nothing more to try (then the 401 is the user's to fix).
   */
  async answer(wwwAuthenticate: string | null, context: string, sent?: string): Promise<boolean> {
    // One token request at a time; a request that was refused with an older header retries with the new one.
    while (this.inflight) await this.inflight.catch(() => undefined);
    if (this.header !== undefined && this.header !== sent) return true;
    const ch = wwwAuthenticate ? parseChallenge(wwwAuthenticate) : undefined;
    if (!ch) return false;
    if (ch.scheme === 'basic') {
      const b = this.basic();
      if (!b || this.header === b) return false;
      this.header = b;
      return true;
    }
    if (ch.scheme !== 'bearer' || !ch.params.realm) return false;
    const wanted = (ch.params.scope ?? '').split(' ').filter(Boolean);
    // The token we hold was made for these scopes and was still refused: the credentials lack the right.
    if (this.header?.startsWith('Bearer ') && wanted.every((s) => this.heldScopes.has(s))) return false;
    for (const s of wanted) this.scopes.add(s);
    this.inflight = this.fetchToken(ch, context);
    try {
      await this.inflight;
    } finally {
      this.inflight = undefined;
    }
    return true;
  }

  private async fetchToken(ch: Challenge, context: string): Promise<void> {
    const realm = new URL(ch.params.realm);
    if (realm.protocol !== 'https:' && !this.allowPlainRealm(realm)) {
      throw new ServiceError(`${context}: the token realm ${realm.origin} is not HTTPS; refusing to send credentials to it (set insecure: true for a test registry)`);
    }
    const scopes = new Set(this.scopes);
    if (ch.params.service) realm.searchParams.set('service', ch.params.service);
    for (const s of scopes) realm.searchParams.append('scope', s);
    const headers: Record<string, string> = {};
    const b = this.basic();
    if (b) headers.authorization = b;
    const res = await this.fetchFn(realm, { headers });
    if (!res.ok) {
      await res.body?.cancel();
      throw new ServiceError(`${context}: the token service ${realm.origin}${realm.pathname} answered ${res.status}${res.status === 401 || res.status === 403 ? ': check username/password or token' : ''}`);
    }
    const body = (await res.json()) as { token?: string; access_token?: string };
    const token = body.token ?? body.access_token;
    if (!token) throw new ServiceError(`${context}: the token service ${realm.origin}${realm.pathname} returned no token`);
    this.header = `Bearer ${token}`;
    this.heldScopes = scopes;
  }
}
