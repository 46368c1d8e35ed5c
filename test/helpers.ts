import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Inputs, defaultsOf, mapSource } from '../src/lib/inputs.js';

export const ROOT = join(dirname(new URL(import.meta.url).pathname), '..');
export const WEATHER = join(ROOT, 'workflows-examples/weather');

/**
 * The node binary the e2e tests run the bundles with: MODELGATE_E2E_NODE (e.g. a Node 24 binary,
 * since the actions declare `runs.using: node24`), else the node running the tests.
 */
export const NODE = process.env.MODELGATE_E2E_NODE || process.execPath;

/**
 * The variables of this machine's environment that its network needs, as a runner's would carry
 * them into a step: a proxy, and the certificate authority of a TLS-inspecting one. Without
 * NODE_EXTRA_CA_CERTS here, npm under Node 24 retried the registry for minutes
 * (SELF_SIGNED_CERT_IN_CHAIN) where Node 20's npm answered from its cache.
 */
export function networkEnv(): Record<string, string> {
  const names = ['NODE_EXTRA_CA_CERTS', 'SSL_CERT_FILE', 'SSL_CERT_DIR', 'HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy'];
  return Object.fromEntries(names.flatMap((n) => (process.env[n] ? [[n, process.env[n]!]] : [])));
}

export function tempDir(prefix = 'mg-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes files (path -> content) under a new temp dir and returns it. */
export function files(spec: Record<string, string | Uint8Array>): string {
  const dir = tempDir();
  for (const [p, c] of Object.entries(spec)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), c);
  }
  return dir;
}

/** Inputs as the CLI builds them: given values over action.yml defaults. */
export function inputsFor(action: string, values: Record<string, string | string[]>): Inputs {
  return new Inputs(mapSource(values, defaultsOf(action)));
}

/** A seeded PRNG (mulberry32) for reproducible test data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function normal(r: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
}
