// The npm package as a user gets it: `npm pack`, then in an empty project `npm i -D ./modelgate-*.tgz`
// (offline: the package has no dependencies to fetch, and onnxruntime-node's install script, with its
// CUDA download, never runs), then `npx modelgate init` and `npx modelgate run`. Slow (the first
// evaluation installs onnxruntime-node into a temporary tool cache), bounded by the timeouts below.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers.js';

/** The environment of a user's shell: no npm_* variables from the `npm test` that runs this file. */
function userEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k) && !k.startsWith('GITHUB_') && !k.startsWith('INPUT_')) env[k] = v;
  return { ...env, ...extra };
}

function sh(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, timeout = 240_000) {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout });
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', error: r.error };
}

describe('the npm package in an empty project', () => {
  let tarball: string;
  const packDir = tempDir('mg-pack-');
  const project = tempDir('mg-user-');
  const toolCache = tempDir('mg-toolcache-');
  const env = userEnv({ RUNNER_TOOL_CACHE: toolCache, CI: 'true' });

  beforeAll(() => {
    // npm pack takes dist/ as committed: it must be a build of this source (CI checks that before e2e).
    const bundle = readdirSync(join(ROOT, 'dist/cli')).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(ROOT, 'dist/cli', f), 'utf8')).join('\n');
    expect(bundle.includes('refusing to overwrite'), 'dist/ is stale: run npm run build').toBe(true);
    const r = sh('npm', ['pack', '--pack-destination', packDir, '--json', '--ignore-scripts'], ROOT, env);
    expect(r.code, r.stderr).toBe(0);
    const [info] = JSON.parse(r.stdout) as { filename: string; files: { path: string }[]; unpackedSize: number }[];
    tarball = join(packDir, info.filename);
    const paths = info.files.map((f) => f.path);
    expect(paths).toContain('dist/cli/index.js');
    expect(paths).toContain('src/generated/modelgate.schema.json');
    expect(paths).toContain('workflows-examples/init/modelgate.yml');
    expect(paths.some((p) => p.startsWith('src/') && p.endsWith('.ts'))).toBe(false);
    expect(paths.some((p) => p.startsWith('test/'))).toBe(false);
  }, 120_000);

  it('installs offline, with no install script and no warning', () => {
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'my-model', version: '1.0.0', private: true }));
    const r = sh('npm', ['i', '-D', tarball, '--offline', '--no-audit', '--no-fund'], project, env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/warn/i);
    expect(existsSync(join(project, 'node_modules/modelgate/dist/cli/index.js'))).toBe(true);
    // onnxruntime-node is an optional peer: not installed, so its CUDA download never ran.
    expect(existsSync(join(project, 'node_modules/onnxruntime-node'))).toBe(false);
    expect(JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')).devDependencies.modelgate).toMatch(/modelgate-.*\.tgz$/);
  }, 240_000);

  it('npx modelgate init writes a project and runs it; npx modelgate run runs it again', () => {
    mkdirSync(join(project, 'data'), { recursive: true });
    copyFileSync(join(ROOT, 'test/fixtures/models/customers.csv'), join(project, 'data/customers.csv'));
    const init = sh('npx', ['--no-install', 'modelgate', 'init', '--data', 'data/customers.csv', '--label', 'churned'], project, env, 400_000);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stderr).toContain('the pipeline passed');
    // The editor schema the generated modelgate.yml points at ships in the package.
    const first = readFileSync(join(project, 'modelgate.yml'), 'utf8').split('\n')[0];
    expect(existsSync(join(project, first.replace('# yaml-language-server: $schema=', '')))).toBe(true);
    expect(readdirSync(join(project, '.github/workflows')).sort()).toEqual(['modelgate-fork-compute.yml', 'modelgate-fork-publish.yml', 'modelgate-register.yml', 'modelgate.yml']);
    const run = sh('npx', ['--no-install', 'modelgate', 'run', '--json'], project, env, 300_000);
    expect(run.code, run.stderr).toBe(0);
    const outputs = JSON.parse(JSON.parse(run.stdout).outputs);
    expect(outputs.train['cache-hit']).toBe(true);
    expect(outputs['compare-to-baseline'].passed).toBe(true);
  }, 700_000);
});
