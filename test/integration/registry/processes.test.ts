// 8 registrations as 8 processes at once, as parallel jobs would run them, against the layout
// folder and against docker-registry: v1..v8, each number once, every tag where it should be.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modelReference, openBackend } from '../../../src/registry/reference.js';
import { listVersions, resolve } from '../../../src/registry/versions.js';
import { ROOT, tempDir } from '../../helpers.js';
import { startRegistry, type RunningRegistry } from './docker-registry.js';

function registerInProcess(registry: string, file: string): Promise<{ version: string; digest: string }> {
  return new Promise((res, rej) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'test/integration/registry/register-process.ts'), registry, file], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d));
    child.stderr.on('data', (d: Buffer) => (err += d));
    child.on('close', (code) => (code === 0 ? res(JSON.parse(out.trim().split('\n').at(-1)!)) : rej(new Error(`exit ${code}: ${err}`))));
  });
}

async function eightAtOnce(registry: string): Promise<void> {
  const dir = tempDir('mg-proc-');
  const files = Array.from({ length: 8 }, (_, i) => {
    const f = join(dir, `model-${i}.onnx`);
    writeFileSync(f, `model bytes of job ${i}\n`.repeat(50));
    return f;
  });
  const results = await Promise.all(files.map((f) => registerInProcess(registry, f)));
  const backend = openBackend(modelReference(registry, 'proc'));
  expect(results.map((r) => r.version).sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)))).toEqual(['v1', 'v2', 'v3', 'v4', 'v5', 'v6', 'v7', 'v8']);
  for (const r of results) expect((await resolve(backend, { tag: r.version })).digest).toBe(r.digest);
  const listed = await listVersions(backend);
  expect(listed).toHaveLength(8);
  // `staging` ends on exactly one version: whichever job took the lock last.
  expect(listed.filter((v) => v.aliases.includes('staging'))).toHaveLength(1);
}

describe('8 registrations as separate processes', () => {
  let reg: RunningRegistry;
  beforeAll(async () => {
    reg = await startRegistry();
  });
  afterAll(async () => {
    await reg?.stop();
  });

  it('into a layout folder', async () => {
    await eightAtOnce(`oci-layout://${tempDir('mg-proc-layout-')}`);
  });

  it('into docker-registry', async () => {
    await eightAtOnce(`oci://${reg.host}/jobs`);
  });
});
