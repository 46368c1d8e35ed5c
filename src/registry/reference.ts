/**
 * Registry references: `oci-layout://<dir>[:<tag>|@<digest>]` (an OCI image layout folder) and
 * `oci://<host>[:port]/<repository>[:<tag>|@<digest>]` (a distribution registry). A `registry`
 * input names the place without the model; the model's `name` is appended as the last path
 * segment (`oci-layout://models` + `churn` = `oci-layout://models/churn`, one layout per model).
 */
import { ConfigurationError } from '../errors.js';
import type { Credentials } from './auth.js';
import type { Backend } from './backend.js';
import { LayoutBackend } from './layout.js';
import { isDigest, isTag } from './oci.js';
import { RemoteBackend } from './remote.js';

export interface Reference {
  kind: 'layout' | 'remote';
  /** Layout folder, or `<host>/<repository>`. */
  path: string;
  host?: string;
  repository?: string;
  tag?: string;
  digest?: string;
}

const REPO = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;

/** Parses a reference; `input` names the input in error messages. */
export function parseReference(ref: string, input = 'registry'): Reference {
  const m = /^(oci-layout|oci):\/\/(.+)$/.exec(ref.trim());
  if (!m) throw new ConfigurationError(`input '${input}': '${ref}' is not a registry reference; use oci-layout://<dir> or oci://<host>/<repository>`);
  let rest = m[2];
  let digest: string | undefined;
  let tag: string | undefined;
  const at = rest.lastIndexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!isDigest(digest)) throw new ConfigurationError(`input '${input}': '${digest}' is not a sha256 digest (sha256:<64 hex>)`);
  }
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  // A colon after the last slash starts the tag, except host:port with no repository path after it.
  if (colon > slash && !(m[1] === 'oci' && slash < 0)) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!isTag(tag)) throw new ConfigurationError(`input '${input}': '${tag}' is not a valid tag`);
  }
  rest = rest.replace(/\/+$/, '');
  if (m[1] === 'oci-layout') return { kind: 'layout', path: rest, tag, digest };
  const first = rest.indexOf('/');
  const host = first < 0 ? rest : rest.slice(0, first);
  const repository = first < 0 ? '' : rest.slice(first + 1);
  if (!host) throw new ConfigurationError(`input '${input}': '${ref}' has no host`);
  if (repository && !REPO.test(repository)) throw new ConfigurationError(`input '${input}': '${repository}' is not a valid repository name (lowercase letters, digits, . _ - and /)`);
  return { kind: 'remote', path: rest, host, repository, tag, digest };
}

/** `registry` + `name` -> the reference of the model's repository. */
export function modelReference(registry: string, name: string | undefined): Reference {
  const r = parseReference(registry);
  if (r.tag || r.digest) throw new ConfigurationError(`input 'registry': '${registry}' names a version; give the registry only and the model as 'name'`);
  if (!name) return r;
  if (!REPO.test(name)) throw new ConfigurationError(`input 'name': '${name}' must be lowercase letters, digits and . _ - (a repository name)`);
  return parseReference(`${r.kind === 'layout' ? 'oci-layout' : 'oci'}://${r.path ? r.path + '/' : ''}${name}`);
}

export interface Connection {
  credentials?: Credentials;
  insecure?: boolean;
}

export function openBackend(ref: Reference, conn: Connection = {}): Backend {
  if (ref.kind === 'layout') return new LayoutBackend(ref.path);
  if (!ref.repository) throw new ConfigurationError(`'oci://${ref.path}' names no repository; use oci://<host>/<repository>`);
  return new RemoteBackend(ref.host!, ref.repository, { credentials: conn.credentials, insecure: conn.insecure });
}

export function formatReference(backend: Backend, at: { tag?: string; digest?: string }): string {
  return at.digest ? `${backend.location}@${at.digest}` : `${backend.location}:${at.tag}`;
}
