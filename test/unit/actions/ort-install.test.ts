// When the npm registry cannot be reached, the onnxruntime-node install names the cause and the fixes.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { npmInstallFailure } from '../../../src/model/ort.js';
import { tempDir } from '../../helpers.js';

async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

describe('onnxruntime-node install failure', () => {
  it("says what failed and how to fix it, from npm's real output for an unreachable registry", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'package.json'), '{"name":"x","private":true}');
    const port = await closedPort();
    const r = spawnSync('npm', ['install', 'onnxruntime-node@1.30.0', '--ignore-scripts', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error', `--registry=http://127.0.0.1:${port}/`, '--prefer-online', `--cache=${join(dir, 'cache')}`], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, npm_config_fetch_retries: '0' },
      timeout: 60_000,
    });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('A complete log of this run');
    const message = npmInstallFailure(r.stderr, 'Command failed');
    expect(message).not.toContain('\n');
    expect(message).not.toContain('complete log');
    expect(message).toMatch(/\(ECONNREFUSED: .*127\.0\.0\.1/);
    expect(message).toMatch(/HTTPS_PROXY/);
    expect(message).toMatch(/npm install onnxruntime-node@1\.30\.0/);
    expect(message).toMatch(/tool cache/);
  });
});
