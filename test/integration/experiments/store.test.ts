// The experiment store under concurrency (8 processes writing at once), interruption (a writer
// killed mid-write), and against the real docker-registry on 127.0.0.1.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FolderRunStore, RegistryRunStore, openRunStore } from '../../../src/experiments/store.js';
import { RemoteBackend } from '../../../src/registry/remote.js';
import { ROOT, tempDir } from '../../helpers.js';
import { makeRun } from '../../unit/experiments/runs.js';
import { startRegistry, type RunningRegistry } from '../registry/docker-registry.js';

const TSX = join(ROOT, 'node_modules/tsx/dist/esm/index.mjs');

function writer(store: string, count: number, tag: string): { done: Promise<{ code: number | null; out: string; err: string }>; kill: () => void } {
  const p = spawn(process.execPath, ['--import', TSX, join(ROOT, 'test/integration/experiments/writer.ts'), store, String(count), tag], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  p.stdout.on('data', (d) => (out += d));
  p.stderr.on('data', (d) => (err += d));
  return { done: new Promise((r) => p.on('close', (code) => r({ code, out, err }))), kill: () => p.kill('SIGKILL') };
}

describe('folder store', () => {
  it('8 processes writing at once: every run is there, whole', async () => {
    const dir = join(tempDir(), 'runs');
    const procs = Array.from({ length: 8 }, (_, k) => writer(dir, 25, `w${k}`));
    const results = await Promise.all(procs.map((p) => p.done));
    for (const r of results) expect(r, r.err).toMatchObject({ code: 0, out: 'done\n' });
    const runs = await new FolderRunStore(dir).list();
    expect(runs).toHaveLength(200);
    expect(new Set(runs.map((r) => r.id)).size).toBe(200);
    for (let k = 0; k < 8; k++) expect(runs.filter((r) => r.params.writer === `w${k}`).map((r) => r.params.i).sort((a, b) => Number(a) - Number(b))).toEqual(Array.from({ length: 25 }, (_, i) => i));
    // Nothing but the records is left behind.
    expect(readdirSync(dir).filter((n) => !n.endsWith('.json') || n.startsWith('.modelgate-tmp-'))).toEqual([]);
  }, 120_000);

  it('a writer killed mid-run leaves no half record; a stale temp file is not read', async () => {
    const dir = join(tempDir(), 'runs');
    mkdirSync(dir);
    const w = writer(dir, 100000, 'killed');
    // Bounded wait for the first records, then the kill lands in the middle of the loop.
    for (let i = 0; i < 200 && readdirSync(dir).length < 5; i++) await new Promise((r) => setTimeout(r, 50));
    w.kill();
    await w.done;
    // What a killed writer can leave: its temp file, half written.
    writeFileSync(join(dir, '.modelgate-tmp-999-abcd-20261201T000000000Z-00000000.json'), '{"kind":"experiment-run","sch');
    const runs = await new FolderRunStore(dir).list();
    expect(runs.length).toBeGreaterThan(0);
    for (const r of runs) expect(r.params.writer).toBe('killed');
  }, 60_000);

  it('keeps what it read in an index: new runs are added, a damaged index is rebuilt', async () => {
    const dir = tempDir();
    const store = new FolderRunStore(dir);
    const a = makeRun({ at: 1 });
    await store.put(a);
    expect((await store.list()).map((r) => r.id)).toEqual([a.id]);
    expect(JSON.parse(readFileSync(join(dir, '.index.json'), 'utf8')).runs).toEqual({ [`${a.id}.json`]: a });
    const b = makeRun({ at: 2 });
    await store.put(b);
    expect((await store.list()).map((r) => r.id)).toEqual([a.id, b.id]);
    writeFileSync(join(dir, '.index.json'), '{"kind":"modelgate-runs-index","version":1,"runs":');
    expect(await store.list()).toEqual([a, b]);
    // A removed run file leaves the listing: the folder decides, the index only saves reading.
    rmSync(join(dir, `${a.id}.json`));
    expect((await store.list()).map((r) => r.id)).toEqual([b.id]);
  });

  it('a damaged record is an error naming the file', async () => {
    const dir = tempDir();
    const store = new FolderRunStore(dir);
    const run = makeRun({});
    await store.put(run);
    writeFileSync(join(dir, `${run.id}.json`), '{"kind":"experiment-run"}');
    await expect(store.list()).rejects.toThrow(`${join(dir, run.id + '.json')}: not a valid experiment run`);
  });
});

describe('registry store (docker-registry on 127.0.0.1)', () => {
  let reg: RunningRegistry;
  beforeAll(async () => {
    reg = await startRegistry({});
  }, 60_000);
  afterAll(async () => reg?.stop());

  it('puts runs as tagged artifacts and lists them back, 8 writers at once', async () => {
    const store = openRunStore(`oci://${reg.host}/team/churn-runs`);
    expect(store).toBeInstanceOf(RegistryRunStore);
    const written = Array.from({ length: 24 }, (_, i) => makeRun({ at: i, params: { C: i / 10 }, pullRequest: (i % 3) + 1, metrics: { roc_auc: { value: 0.8, ci: [0.7, 0.9] } } }));
    // 8 writers, 3 runs each, all at once.
    await Promise.all(Array.from({ length: 8 }, async (_, k) => {
      const s = openRunStore(`oci://${reg.host}/team/churn-runs`)!;
      for (const r of written.slice(k * 3, k * 3 + 3)) await s.put(r);
    }));
    const back = await store!.list();
    expect(back.map((r) => r.id)).toEqual(written.map((r) => r.id).sort());
    expect(back.find((r) => r.id === written[5].id)).toEqual(written[5]);
    expect((await store!.recent(2)).map((r) => r.id)).toEqual(written.map((r) => r.id).sort().slice(-2));
    const tags = await new RemoteBackend(reg.host, 'team/churn-runs').listTags();
    expect(tags.filter((t) => t.startsWith('run-'))).toHaveLength(24);
  }, 60_000);

  it('an empty repository has no runs', async () => {
    const store = openRunStore(`oci://${reg.host}/team/none-runs`)!;
    expect(await store.list()).toEqual([]);
  }, 30_000);
});
