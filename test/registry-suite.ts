// The behaviour every backend must have, run against the layout folder (unit) and against the real
// docker-registry with no auth, htpasswd auth and a token server (integration).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { memoryLogger } from '../src/lib/logger.js';
import type { Backend } from '../src/registry/backend.js';
import { ANN, MEDIA } from '../src/registry/oci.js';
import { addEvaluation, history, layerText, listVersions, promote, pull, register, resolve, setStatus } from '../src/registry/versions.js';
import { monitorHistory, recordMonitor } from '../src/monitor/history.js';
import type { MonitorReport } from '../src/monitor/report.js';
import { timeline } from '../src/cli/registry.js';
import { eventEvaluation } from '../src/registry/events.js';
import { tempDir } from './helpers.js';
import { registryRecorder } from '../src/deploy/record.js';
import { historyOver } from '../src/deploy/registry-history.js';
import type { Deployment } from '../src/deploy/report.js';
import { modelFiles } from './registry-fixtures.js';

export interface SuiteContext {
  /** A fresh, empty repository. */
  backend(name: string): Backend;
  /** Overwrites the stored bytes of a blob (to show that pulls verify). */
  corrupt?(backend: Backend, digest: string): void;
}

export function backendSuite(ctx: SuiteContext): void {
  it('registers v1 with titled layers and a config, and pulls the same bytes back', async () => {
    const b = ctx.backend('churn');
    const f = modelFiles('one');
    const r = await register(b, { name: 'churn', model: [f.model], evaluation: f.evaluation, aliases: [], actor: 'alice' }, memoryLogger());
    expect(r.version).toBe('v1');
    expect(r.created).toBe(true);
    expect(r.reference).toBe(`${b.location}@${r.digest}`);
    const v = await resolve(b, { tag: 'v1' });
    expect(v.digest).toBe(r.digest);
    expect(v.manifest.artifactType).toBe(MEDIA.model);
    expect(v.manifest.layers.map((l) => l.annotations?.[ANN.title])).toEqual(['model.onnx', 'evaluation.json']);
    expect(v.config.metrics.accuracy).toBe(0.9);
    expect(v.config.data?.sha256).toBe('a'.repeat(64));
    expect((await resolve(b)).digest).toBe(r.digest); // latest
    const out = tempDir();
    const { files } = await pull(b, { tag: 'v1' }, out);
    expect(readFileSync(files['model.onnx'])).toEqual(readFileSync(f.model));
    const h = await history(b, { tag: 'v1' });
    expect(h.map((e) => [e.type, e.version, e.status, e.actor])).toEqual([['registered', 'v1', 'pending', 'alice']]);
  });

  it('is idempotent: the same files give the same digest and upload nothing', async () => {
    const b = ctx.backend('idem');
    const f = modelFiles('same');
    const first = await register(b, { name: 'idem', model: [f.model], evaluation: f.evaluation, aliases: [] }, memoryLogger());
    expect(first.stats.bytesUploaded).toBeGreaterThan(0);
    const again = await register(b, { name: 'idem', model: [f.model], evaluation: f.evaluation, aliases: [] }, memoryLogger());
    expect(again).toMatchObject({ version: 'v1', digest: first.digest, created: false });
    expect(again.stats.bytesUploaded).toBe(0);
    expect(again.stats.blobsUploaded).toBe(0);
    expect((await listVersions(b)).map((v) => v.version)).toEqual(['v1']);
  });

  it('8 registrations at once get v1..v8, each number once, none lost', async () => {
    const b = ctx.backend('conc');
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => {
        const f = modelFiles(`parallel-${i}`);
        // Each registration has its own client, as parallel jobs would.
        return register(ctx.backend('conc'), { name: 'conc', model: [f.model], aliases: [] }, memoryLogger());
      }),
    );
    const versions = results.map((r) => r.version).sort((x, y) => Number(x.slice(1)) - Number(y.slice(1)));
    expect(versions).toEqual(['v1', 'v2', 'v3', 'v4', 'v5', 'v6', 'v7', 'v8']);
    expect(new Set(results.map((r) => r.digest)).size).toBe(8);
    for (const r of results) expect((await resolve(b, { tag: r.version })).digest).toBe(r.digest);
    const listed = await listVersions(b);
    expect(listed.map((v) => v.version)).toEqual(versions);
    expect((await resolve(b)).digest).toBe(results.find((r) => r.version === 'v8')!.digest);
  });

  it("records deploy's decisions: promoted moves the environment's alias and appends the deployment; rolled back marks the version rejected", async () => {
    const b = ctx.backend('deployed');
    const v1 = await register(b, { name: 'deployed', model: [modelFiles('d1').model], aliases: [] }, memoryLogger());
    const v2 = await register(b, { name: 'deployed', model: [modelFiles('d2').model], aliases: [] }, memoryLogger());
    const recorder = registryRecorder(historyOver((m) => ({ backend: b, at: { tag: m.slice(m.lastIndexOf(':') + 1) } }), { actor: 'deploy-bot' }), 'production');
    const d = (model: string, decision: Deployment['decision'], reason: string) => ({ kind: 'deployment', model, decision, reason, environment: 'production', finishedAt: '2026-01-01T00:00:00Z', steps: [] }) as unknown as Deployment;
    await recorder.record(d(`${b.location}:v1`, 'promoted', 'canary 100%: pass'));
    await recorder.record(d(`${b.location}:v2`, 'rolled-back', 'step 10%: errors high (score 0)'));
    expect((await resolve(b, { tag: 'production' })).digest).toBe(v1.digest);
    const h1 = await history(b, { tag: 'v1' });
    expect(h1.map((e) => [e.type, e.alias ?? e.decision, e.environment, e.actor])).toEqual([
      ['registered', undefined, undefined, undefined],
      ['alias', 'production', undefined, 'deploy-bot'],
      ['deployment', 'promoted', 'production', 'deploy-bot'],
    ]);
    const h2 = await history(b, { tag: 'v2' });
    expect(h2.map((e) => [e.type, e.status ?? e.decision, e.note])).toEqual([
      ['registered', 'pending', undefined],
      ['status', 'rejected', 'step 10%: errors high (score 0)'],
      ['deployment', 'rolled-back', 'step 10%: errors high (score 0)'],
    ]);
    expect((await listVersions(b)).map((v) => [v.version, v.status, v.aliases])).toEqual([
      ['v1', 'pending', ['production']],
      ['v2', 'rejected', ['latest']],
    ]);
    expect(v2.version).toBe('v2');
  });

  it("stores the data schema with a version and appends monitor runs to its history (monitor's record)", async () => {
    const b = ctx.backend('monitored');
    const f = modelFiles('m1', { 'schema.yml': 'type: object\nproperties:\n  x: { type: number }\nrequired: [x]\n', 'bad.yml': 'x-dataset: { min-rows: -1 }\n' });
    const r = await register(b, { name: 'monitored', model: [f.model], schema: join(f.dir, 'schema.yml'), aliases: ['production'] }, memoryLogger());
    const v = await resolve(b, { tag: 'production' });
    const layer = v.manifest.layers.find((l) => l.annotations?.[ANN.title] === 'schema.yml')!;
    expect(layer.mediaType).toBe(MEDIA.schema);
    expect(await layerText(b, v, 'schema.yml')).toBe(readFileSync(join(f.dir, 'schema.yml'), 'utf8'));
    await expect(register(b, { name: 'monitored', model: [f.model], schema: join(f.dir, 'bad.yml'), aliases: [] }, memoryLogger())).rejects.toThrow(/bad\.yml: x-dataset/);
    const report = (finding: string, share: number) => ({ kind: 'monitor-report', finding, reasons: finding === 'none' ? [] : [{ level: finding, check: 'feature-drift', message: `share ${share}` }], drift: { share } }) as unknown as MonitorReport;
    await recordMonitor(b, r.digest, report('none', 0), { actor: 'monitor-bot' });
    await recordMonitor(b, r.digest, report('act', 0.5), { actor: 'monitor-bot', runUrl: 'https://github.com/o/r/actions/runs/7' });
    const h = await history(b, { tag: 'production' });
    expect(h.map((e) => [e.type, e.finding, e.note, e.actor])).toEqual([
      ['registered', undefined, undefined, undefined],
      ['alias', undefined, undefined, undefined],
      ['monitor', 'none', 'nothing found', 'monitor-bot'],
      ['monitor', 'act', 'share 0.5', 'monitor-bot'],
    ]);
    expect(timeline(h)).toMatch(/monitor act\s+monitor-bot\s+"share 0.5" https:\/\/github.com\/o\/r\/actions\/runs\/7/);
    expect((await monitorHistory(b, r.digest)).map((x) => [x.finding, x.drift.share])).toEqual([['none', 0], ['act', 0.5]]);
  });

  it('aliases move, versions do not; status and alias moves are appended to the history', async () => {
    const b = ctx.backend('alias');
    const f1 = modelFiles('a1');
    const f2 = modelFiles('a2');
    const v1 = await register(b, { name: 'alias', model: [f1.model], aliases: ['staging'] }, memoryLogger());
    const v2 = await register(b, { name: 'alias', model: [f2.model], aliases: ['staging'] }, memoryLogger());
    expect((await resolve(b, { tag: 'staging' })).digest).toBe(v2.digest);
    expect((await resolve(b, { tag: 'v1' })).digest).toBe(v1.digest);
    await setStatus(b, { tag: 'v1' }, 'approved', { actor: 'bob', note: 'looks right' });
    const p = await promote(b, { tag: 'v1' }, 'production', { actor: 'bob' });
    expect(p).toMatchObject({ version: 'v1', moved: true });
    expect((await promote(b, { tag: 'v1' }, 'production', { actor: 'bob' })).moved).toBe(false);
    await expect(promote(b, { tag: 'v1' }, 'latest', {})).rejects.toThrow(/reserved/);
    await expect(promote(b, { tag: 'v1' }, 'v9', {})).rejects.toThrow(/reserved/);
    const h1 = await history(b, { tag: 'v1' });
    expect(h1.map((e) => [e.type, e.status ?? e.alias])).toEqual([
      ['registered', 'pending'],
      ['alias', 'staging'],
      ['status', 'approved'],
      ['alias', 'production'],
    ]);
    expect(h1[2].note).toBe('looks right');
    const listed = await listVersions(b);
    expect(listed.map((v) => [v.version, v.status, v.aliases])).toEqual([
      ['v1', 'approved', ['production']],
      ['v2', 'pending', ['latest', 'staging']],
    ]);
    // A later evaluation is appended too, and its evaluation.json comes back verified.
    const later = Buffer.from(JSON.stringify({ note: 'evaluated on 2016 data' }));
    await addEvaluation(b, { tag: 'v1' }, later, { actor: 'carol', dataDigest: 'f'.repeat(64) });
    const evaluated = (await history(b, { tag: 'v1' })).at(-1)!;
    expect([evaluated.type, evaluated.actor]).toEqual(['evaluation', 'carol']);
    expect(await eventEvaluation(b, evaluated)).toEqual(later);
    const all = await history(b, {});
    expect(all.filter((e) => e.type === 'registered').map((e) => e.version)).toEqual(['v1', 'v2']);
  });

  if (ctx.corrupt) {
    it('a corrupted blob is an error naming it, never a wrong file', async () => {
      const b = ctx.backend('bad');
      const f = modelFiles('corrupt');
      const r = await register(b, { name: 'bad', model: [f.model], aliases: [] }, memoryLogger());
      const layer = (await resolve(b, { digest: r.digest })).manifest.layers[0];
      ctx.corrupt!(b, layer.digest);
      const out = tempDir();
      await expect(pull(b, { digest: r.digest }, out)).rejects.toThrow(layer.digest);
      expect(() => readFileSync(join(out, 'model.onnx'))).toThrow();
    });
  }
}

export function corruptFile(path: string): void {
  const bytes = readFileSync(path);
  bytes[0] ^= 0xff;
  writeFileSync(path, bytes);
}
