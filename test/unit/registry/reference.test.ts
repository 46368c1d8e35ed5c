import { describe, expect, it } from 'vitest';
import { parseChallenge } from '../../../src/registry/auth.js';
import { modelReference, parseReference } from '../../../src/registry/reference.js';
import { isLoopback } from '../../../src/registry/remote.js';
import { checkAlias } from '../../../src/registry/versions.js';

describe('registry references', () => {
  it('parses layout and remote references with tags and digests', () => {
    expect(parseReference('oci-layout://models:production')).toEqual({ kind: 'layout', path: 'models', tag: 'production', digest: undefined });
    expect(parseReference('oci-layout://./reg/churn')).toMatchObject({ kind: 'layout', path: './reg/churn', tag: undefined });
    const d = 'sha256:' + 'ab'.repeat(32);
    expect(parseReference(`oci://ghcr.io/o/r/churn@${d}`)).toMatchObject({ kind: 'remote', host: 'ghcr.io', repository: 'o/r/churn', digest: d });
    expect(parseReference('oci://127.0.0.1:5000/models/churn:v3')).toMatchObject({ host: '127.0.0.1:5000', repository: 'models/churn', tag: 'v3' });
    expect(parseReference('oci://127.0.0.1:5000')).toMatchObject({ host: '127.0.0.1:5000', repository: '' });
  });

  it('appends the model name to the registry', () => {
    expect(modelReference('oci-layout://registry', 'churn')).toMatchObject({ kind: 'layout', path: 'registry/churn' });
    expect(modelReference('oci://ghcr.io/o/r', 'churn')).toMatchObject({ host: 'ghcr.io', repository: 'o/r/churn' });
    expect(() => modelReference('oci://ghcr.io/o/r', 'Churn')).toThrow(/input 'name'/);
    expect(() => modelReference('oci://ghcr.io/o/r:v1', 'churn')).toThrow(/names a version/);
  });

  it('rejects what is not a reference, naming the input', () => {
    expect(() => parseReference('ghcr.io/o/r', 'baseline')).toThrow(/input 'baseline'/);
    expect(() => parseReference('oci://ghcr.io/o/r@sha256:12')).toThrow(/not a sha256 digest/);
    expect(() => parseReference('oci://ghcr.io/O/R')).toThrow(/repository name/);
  });

  it('reserves latest, v<digits> and modelgate tags', () => {
    for (const a of ['latest', 'v1', 'v12', 'mg-lock.x', 'sha256-abc', 'bad tag']) expect(() => checkAlias(a), a).toThrow();
    for (const a of ['production', 'staging', 'v1-rc', 'version2']) expect(() => checkAlias(a), a).not.toThrow();
  });

  it('plain HTTP only for loopback hosts', () => {
    expect(isLoopback('127.0.0.1:5000')).toBe(true);
    expect(isLoopback('localhost:5000')).toBe(true);
    expect(isLoopback('[::1]:5000')).toBe(true);
    expect(isLoopback('ghcr.io')).toBe(false);
    expect(isLoopback('127.example.com')).toBe(false);
  });
});

describe('WWW-Authenticate challenges', () => {
  it('reads Bearer and Basic challenges as ghcr.io and distribution send them', () => {
    expect(parseChallenge('Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:o/r:pull"')).toEqual({
      scheme: 'bearer',
      params: { realm: 'https://ghcr.io/token', service: 'ghcr.io', scope: 'repository:o/r:pull' },
    });
    expect(parseChallenge('Basic realm="Registry Realm"')).toEqual({ scheme: 'basic', params: { realm: 'Registry Realm' } });
    expect(parseChallenge('Bearer realm="a\\"b", error="insufficient_scope"')?.params).toEqual({ realm: 'a"b', error: 'insufficient_scope' });
  });
});

describe('transport', () => {
  // The fetch here only records the URL it was asked for: no request leaves the process.
  const recorder = () => {
    const urls: string[] = [];
    const f = (async (input: string | URL | Request) => {
      urls.push(String(input));
      return new Response(null, { status: 404 });
    }) as typeof fetch;
    return { urls, f };
  };

  it('uses HTTPS for other hosts, HTTP for loopback or with insecure', async () => {
    const r = recorder();
    const { RemoteBackend } = await import('../../../src/registry/remote.js');
    const d = 'sha256:' + '0'.repeat(64);
    await new RemoteBackend('registry.example:5000', 'a/b', { fetch: r.f }).hasBlob(d);
    await new RemoteBackend('127.0.0.1:5000', 'a/b', { fetch: r.f }).hasBlob(d);
    await new RemoteBackend('registry.example:5000', 'a/b', { fetch: r.f, insecure: true }).hasBlob(d);
    expect(r.urls).toEqual([`https://registry.example:5000/v2/a/b/blobs/${d}`, `http://127.0.0.1:5000/v2/a/b/blobs/${d}`, `http://registry.example:5000/v2/a/b/blobs/${d}`]);
  });

  it('refuses to send credentials to a plain-HTTP token realm off loopback', async () => {
    const { Auth } = await import('../../../src/registry/auth.js');
    const r = recorder();
    const auth = new Auth({ username: 'u', password: 'p' }, r.f, () => false);
    await expect(auth.answer('Bearer realm="http://auth.example/token",service="s",scope="repository:a:pull"', 'GET x')).rejects.toThrow(/not HTTPS; refusing to send credentials/);
    expect(r.urls).toEqual([]);
  });
});
