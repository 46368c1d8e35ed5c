// The train command mode through the REAL @actions/cache code path (restoreCache/saveCache: the
// Twirp client of cache service v2, tar + zstd, the Azure Blob SDK) against a loopback cache
// service (fake-cache-service.ts) whose archives live in a real Azure Storage emulator (azurite).
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import * as cache from '@actions/cache';
import { memoryLogger } from '../../../src/lib/logger.js';
import { actionsCacheStore } from '../../../src/actions/train-cache-store.js';
import { runTrainCommand, type TrainCommandConfig } from '../../../src/train/command.js';
import { readTrainManifest } from '../../../src/train/manifest.js';
import { ActionsCacheStore } from '../../../src/train/store.js';
import { files, ROOT } from '../../helpers.js';
import { runtimeToken, startAzurite, startFakeCacheService, type Azurite, type FakeCacheService } from './fake-cache-service.js';

const NODE = JSON.stringify(process.execPath);
const TRAIN = `
import { appendFileSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
appendFileSync('runs.log', 'run\\n');
const data = readFileSync('data/train.csv');
mkdirSync('model', { recursive: true });
// 300 KB of incompressible "weights" seeded by the data, so a real archive goes through blob storage.
let s = data.reduce((a, b) => (a * 31 + b) >>> 0, 7);
const weights = Buffer.alloc(300_000);
for (let i = 0; i < weights.length; i++) weights[i] = (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) >>> 24;
writeFileSync('model/weights.bin', weights);
writeFileSync('model/config.json', JSON.stringify({ rows: data.toString().split('\\n').length }));
writeFileSync('metrics.json', JSON.stringify({ accuracy: 0.8 }));
console.log('trained');
`;

let azurite: Azurite;
let service: FakeCacheService;

beforeAll(async () => {
  azurite = await startAzurite(join(ROOT, 'node_modules/azurite/dist/src/blob/main.js'));
  service = await startFakeCacheService(azurite);
}, 30_000);

afterAll(async () => {
  await service?.close();
  await azurite?.stop();
});

/** The environment a runner gives a step that may use the cache service v2. */
function actionsEnv(workspace: string, token = runtimeToken()): void {
  process.env.GITHUB_ACTIONS = 'true';
  process.env.GITHUB_WORKSPACE = workspace;
  process.env.ACTIONS_CACHE_SERVICE_V2 = 'true';
  process.env.ACTIONS_RESULTS_URL = service.url;
  process.env.ACTIONS_RUNTIME_TOKEN = token;
  delete process.env.ACTIONS_CACHE_URL;
  delete process.env.GITHUB_SERVER_URL;
  delete process.env.ACTIONS_CACHE_MODE;
}

/** Captures what @actions/core writes (info lines, ::warning:: and ::add-mask:: commands). */
function captureStdout(): { text: () => string; restore: () => void } {
  let buf = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    buf += String(chunk);
    return true;
  });
  return { text: () => buf, restore: () => spy.mockRestore() };
}

function config(dir: string): TrainCommandConfig {
  return {
    command: `${NODE} train.mjs`,
    inputs: ['data', 'train.mjs'],
    outputs: ['model', 'metrics.json'],
    cache: true,
    cacheKeyPrefix: 'train-Linux',
    manifest: 'train-manifest.json',
    workspace: dir,
  };
}

const runs = (dir: string) => (existsSync(join(dir, 'runs.log')) ? readFileSync(join(dir, 'runs.log'), 'utf8').split('\n').filter(Boolean).length : 0);

beforeEach(() => {
  service.requests.length = 0;
});

describe('train command mode with @actions/cache against a loopback cache service v2 + azurite', () => {
  it('misses and saves, hits and restores byte-identical outputs without running, misses again on a changed input', async () => {
    const dir = files({ 'train.mjs': TRAIN, 'data/train.csv': 'x,y\n1,0\n2,1\n' });
    actionsEnv(dir);
    expect(cache.isFeatureAvailable()).toBe(true);
    const out = captureStdout();
    try {
      // 1. Miss: the command runs and its outputs are saved under the key.
      const store = actionsCacheStore(dir);
      expect(store).toBeInstanceOf(ActionsCacheStore);
      const first = await runTrainCommand(config(dir), memoryLogger(), { store });
      expect(first).toMatchObject({ passed: true, cacheHit: false, saved: true });
      expect(runs(dir)).toBe(1);
      expect(service.requests.map((r) => [r.method, r.status])).toEqual([
        ['GetCacheEntryDownloadURL', 200],
        ['CreateCacheEntry', 200],
        ['FinalizeCacheEntryUpload', 200],
      ]);
      const [lookup, create, finalize] = service.requests;
      // What the real service requires: the key and the version (sha256 of paths + compression), the same in all three; the size as int64.
      expect(lookup.body).toEqual({ key: first.key, version: expect.stringMatching(/^[0-9a-f]{64}$/) });
      expect(lookup.response).toEqual({ ok: false, signed_download_url: '', matched_key: '' });
      expect(create.body).toEqual({ key: first.key, version: lookup.body.version });
      expect(finalize.body).toEqual({ key: first.key, version: lookup.body.version, size_bytes: expect.stringMatching(/^\d+$/) });
      const blobs = [];
      for await (const b of azurite.service.getContainerClient(service.container).listBlobsFlat()) blobs.push(b);
      expect(blobs).toHaveLength(1);
      expect(String(blobs[0].properties.contentLength)).toBe(finalize.body.size_bytes);
      expect(service.entries).toMatchObject([{ key: first.key, scope: 'refs/heads/main', finalized: true }]);

      const weights = readFileSync(join(dir, 'model/weights.bin'));
      const configJson = readFileSync(join(dir, 'model/config.json'));
      const metrics = readFileSync(join(dir, 'metrics.json'));

      // 2. Hit on a "fresh runner": outputs gone; they come back from blob storage, the command does not run.
      rmSync(join(dir, 'model'), { recursive: true });
      rmSync(join(dir, 'metrics.json'));
      rmSync(join(dir, '.modelgate'), { recursive: true });
      service.requests.length = 0;
      const second = await runTrainCommand(config(dir), memoryLogger(), { store: actionsCacheStore(dir) });
      expect(second).toMatchObject({ passed: true, cacheHit: true, saved: false, key: first.key });
      expect(runs(dir)).toBe(1);
      expect(service.requests.map((r) => r.method)).toEqual(['GetCacheEntryDownloadURL']);
      expect(service.requests[0].response).toMatchObject({ ok: true, matched_key: first.key, signed_download_url: expect.stringContaining('sig=') });
      expect(readFileSync(join(dir, 'model/weights.bin')).equals(weights)).toBe(true);
      expect(readFileSync(join(dir, 'model/config.json')).equals(configJson)).toBe(true);
      expect(readFileSync(join(dir, 'metrics.json')).equals(metrics)).toBe(true);
      const manifest = readTrainManifest(join(dir, 'train-manifest.json'));
      expect(manifest).toMatchObject({ cacheHit: true, cache: { enabled: true, store: 'actions', saved: false }, metrics: { path: 'metrics.json', values: { accuracy: 0.8 } } });
      expect(manifest.producedBy).toEqual({ startedAt: first.manifest!.startedAt, commandDurationMs: first.manifest!.commandDurationMs, git: null, runner: first.manifest!.runner, tools: first.manifest!.tools });
      expect(manifest.outputs).toEqual(first.manifest!.outputs);

      // 3. A changed input file: a new key, a miss, the command runs and a second entry is saved.
      writeFileSync(join(dir, 'data/train.csv'), 'x,y\n1,0\n2,1\n3,0\n');
      service.requests.length = 0;
      const third = await runTrainCommand(config(dir), memoryLogger(), { store: actionsCacheStore(dir) });
      expect(third).toMatchObject({ passed: true, cacheHit: false, saved: true });
      expect(third.key).not.toBe(first.key);
      expect(runs(dir)).toBe(2);
      expect(service.requests.map((r) => [r.method, r.body.key])).toEqual([
        ['GetCacheEntryDownloadURL', third.key],
        ['CreateCacheEntry', third.key],
        ['FinalizeCacheEntryUpload', third.key],
      ]);
      expect(readFileSync(join(dir, 'model/weights.bin')).equals(weights)).toBe(false);
    } finally {
      out.restore();
    }
    // The toolkit turns service and storage errors into warnings and a miss: there must be none.
    expect(out.text()).not.toMatch(/::(warning|error)/);
    expect(out.text()).toContain('Cache restored successfully');
    expect(out.text()).toMatch(/::add-mask::/); // the SAS signatures were masked, as on a runner
  });

  it('hands the toolkit workspace-relative paths when the workspace is the current directory', async () => {
    const dir = files({ 'train.mjs': TRAIN, 'data/train.csv': 'x,y\n9,9\n' });
    actionsEnv(dir);
    const cwd = process.cwd();
    const out = captureStdout();
    try {
      process.chdir(dir);
      const first = await runTrainCommand(config(dir), memoryLogger(), { store: actionsCacheStore(dir) });
      expect(first.saved).toBe(true);
      rmSync(join(dir, 'model'), { recursive: true });
      const second = await runTrainCommand(config(dir), memoryLogger(), { store: actionsCacheStore(dir) });
      expect(second.cacheHit).toBe(true);
      expect(runs(dir)).toBe(1);
      expect(existsSync(join(dir, 'model/weights.bin'))).toBe(true);
    } finally {
      process.chdir(cwd);
      out.restore();
    }
    expect(out.text()).not.toMatch(/::(warning|error)/);
  });

  it('answers like the real service: a second save of a key is refused, a read-only token cannot save, bad requests are Twirp errors', async () => {
    const dir = files({ 'model.bin': 'w' });
    actionsEnv(dir);
    const store = new ActionsCacheStore({ restoreCache: cache.restoreCache, saveCache: cache.saveCache }, dir);
    const key = `train-${'c'.repeat(64)}`;
    const out = captureStdout();
    try {
      expect(await store.save(key, ['model.bin'], { kind: 'record' })).toBe(true);
      // Same key and version again: 409 already_exists, which the toolkit reports as "not saved" (-1).
      expect(await store.save(key, ['model.bin'], { kind: 'record' })).toBe(false);
      expect(service.requests.at(-1)).toMatchObject({ method: 'CreateCacheEntry', status: 409, response: { code: 'already_exists' } });
      // A different path list is a different version: a miss, not a wrong restore.
      expect(await store.restore(key, ['other.bin'])).toBeUndefined();

      process.env.ACTIONS_RUNTIME_TOKEN = runtimeToken([{ Scope: 'refs/pull/1/merge', Permission: 1 }]);
      expect(await store.save(`train-${'d'.repeat(64)}`, ['model.bin'])).toBe(false);
      expect(service.requests.at(-1)).toMatchObject({ status: 403, response: { code: 'permission_denied' } });
    } finally {
      out.restore();
    }

    const post = (method: string, body: unknown, headers: Record<string, string> = {}) =>
      fetch(`${service.url}twirp/github.actions.results.api.v1.CacheService/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${runtimeToken()}`, ...headers },
        body: JSON.stringify(body),
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as unknown }));
    expect(await post('GetCacheEntryDownloadURL', { key: 'k' })).toEqual({ status: 400, body: { code: 'invalid_argument', msg: 'version is required' } });
    expect(await post('GetCacheEntryDownloadURL', { key: 'k', version: 'a'.repeat(64) }, { Authorization: 'Bearer x.y.z' })).toMatchObject({ status: 401, body: { code: 'unauthenticated' } });
    expect(await post('FinalizeCacheEntryUpload', { key: 'nope', version: 'a'.repeat(64), size_bytes: '1' })).toMatchObject({ status: 404, body: { code: 'not_found' } });
    expect(await post('DeleteEverything', {})).toMatchObject({ status: 404, body: { code: 'bad_route' } });
  });
});
