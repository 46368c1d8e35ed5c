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
