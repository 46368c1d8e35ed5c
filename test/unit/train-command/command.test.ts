import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigurationError, DataError } from '../../../src/errors.js';
import { memoryLogger } from '../../../src/lib/logger.js';
import { runShellCommand, runTrainCommand, type TrainCommandConfig } from '../../../src/train/command.js';
import { assertTrainManifest, readTrainManifest, type TrainManifest } from '../../../src/train/manifest.js';
import { LocalStore } from '../../../src/train/store.js';
import { files } from '../../helpers.js';

const NODE = JSON.stringify(process.execPath);

/** A "training" script: counts its runs in runs.log, writes model.bin from the data and params, and metrics.json. */
const TRAIN = `
import { appendFileSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
appendFileSync('runs.log', 'run\\n');
const data = readFileSync('data/train.csv', 'utf8');
const params = readFileSync('params.yaml', 'utf8');
console.log('training on', data.split('\\n').length - 1, 'rows');
console.error('a warning from the trainer');
mkdirSync('out', { recursive: true });
writeFileSync('out/model.bin', Buffer.from(data + params + 'weights'));
writeFileSync('out/metrics.json', JSON.stringify({ accuracy: 0.75, loss: 0.5 }));
`;

function workspace(extra: Record<string, string> = {}): string {
  return files({ 'train.mjs': TRAIN, 'data/train.csv': 'x,y\n1,0\n2,1\n', 'params.yaml': 'lr: 0.1\nmodel:\n  depth: 3\n', ...extra });
}

function config(dir: string, over: Partial<TrainCommandConfig> = {}): TrainCommandConfig {
  return {
    command: `${NODE} train.mjs`,
    inputs: ['data', 'train.mjs'],
    outputs: ['out/model.bin', 'out/metrics.json'],
    params: 'params.yaml',
    cache: true,
    cacheKeyPrefix: 'train',
    manifest: 'train-manifest.json',
    workspace: dir,
    ...over,
  };
}

const runs = (dir: string) => (existsSync(join(dir, 'runs.log')) ? readFileSync(join(dir, 'runs.log'), 'utf8').split('\n').filter(Boolean).length : 0);

describe('runTrainCommand with the local store', () => {
  it('runs on a miss, restores on a hit without running, and runs again when an input changes', async () => {
    const dir = workspace();
    const log = memoryLogger();
    const first = await runTrainCommand(config(dir), log);
    expect(first).toMatchObject({ passed: true, cacheHit: false, saved: true });
    expect(runs(dir)).toBe(1);
    expect(log.lines).toContain('training on 3 rows');
    expect(log.lines).toContain('a warning from the trainer');
    const model = readFileSync(join(dir, 'out/model.bin'));
    const store = new LocalStore(join(dir, '.modelgate/cache'), dir);
    expect(store.keys()).toEqual([first.key]);

    rmSync(join(dir, 'out'), { recursive: true });
    const second = await runTrainCommand(config(dir), memoryLogger());
    expect(second).toMatchObject({ passed: true, cacheHit: true, saved: false, key: first.key });
    expect(runs(dir)).toBe(1);
    expect(readFileSync(join(dir, 'out/model.bin')).equals(model)).toBe(true);
    expect(second.manifest!.commandDurationMs).toBeNull();
    expect(second.manifest!.producedBy).toMatchObject({ startedAt: first.manifest!.startedAt, commandDurationMs: first.manifest!.commandDurationMs });
    expect(second.manifest!.outputs).toEqual(first.manifest!.outputs);

    writeFileSync(join(dir, 'data/train.csv'), 'x,y\n1,0\n2,1\n3,1\n');
    const third = await runTrainCommand(config(dir), memoryLogger());
    expect(third).toMatchObject({ passed: true, cacheHit: false, saved: true });
    expect(third.key).not.toBe(first.key);
    expect(runs(dir)).toBe(2);

    writeFileSync(join(dir, 'params.yaml'), 'lr: 0.2\nmodel:\n  depth: 3\n');
    const fourth = await runTrainCommand(config(dir), memoryLogger());
    expect(fourth.cacheHit).toBe(false);
    expect(runs(dir)).toBe(3);
  });

  it('always runs with the cache off, and still records the key', async () => {
    const dir = workspace();
    const a = await runTrainCommand(config(dir, { cache: false }), memoryLogger());
    const b = await runTrainCommand(config(dir, { cache: false }), memoryLogger());
    expect(runs(dir)).toBe(2);
    expect(a.key).toBe(b.key);
    expect(b.manifest!.cache).toEqual({ enabled: false, store: null, saved: false });
    expect(existsSync(join(dir, '.modelgate/cache'))).toBe(false);
  });

  it('fails with the exit code and the last 20 lines, and caches nothing', async () => {
    const script = `for (let i = 1; i <= 30; i++) console.log('line ' + i); console.error('boom'); process.exit(3);`;
    const dir = workspace({ 'fail.mjs': script });
    const result = await runTrainCommand(config(dir, { command: `${NODE} fail.mjs`, inputs: ['data'] }), memoryLogger());
    expect(result.passed).toBe(false);
    expect(result.exitCode).toBe(3);
    expect(result.tail).toHaveLength(20);
    expect(result.tail!.at(-1)).toBe('boom');
    expect(result.tail![0]).toBe('line 12');
    expect(result.failure).toMatch(/^the training command exited with code 3; nothing was cached\. Last 20 lines of its output:\nline 12\n/);
    expect(new LocalStore(join(dir, '.modelgate/cache'), dir).keys()).toEqual([]);
    expect(existsSync(join(dir, 'train-manifest.json'))).toBe(false);
  });

  it('names the declared outputs the command did not write', async () => {
    const dir = workspace();
    const err = await runTrainCommand(config(dir, { outputs: ['out/model.bin', 'out/metrics.json', 'out/scaler.pkl', 'report'] }), memoryLogger()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as Error).message).toBe('the training command succeeded but did not write these declared outputs: out/scaler.pkl, report; nothing was cached');
    expect(new LocalStore(join(dir, '.modelgate/cache'), dir).keys()).toEqual([]);
  });

  it('deletes stale outputs before running, so an old file is never cached as new', async () => {
    const dir = workspace({ 'out/old.txt': 'stale' });
    const err = await runTrainCommand(config(dir, { outputs: ['out/model.bin', 'out/old.txt'] }), memoryLogger()).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/did not write the declared output: out\/old\.txt/);
  });

  it('rejects outputs outside the workspace, nested outputs, and a metrics file that is not an output', async () => {
    const dir = workspace();
    await expect(runTrainCommand(config(dir, { outputs: ['../model.bin'] }), memoryLogger())).rejects.toThrow(/must be inside the workspace/);
    await expect(runTrainCommand(config(dir, { outputs: ['out', 'out/model.bin'] }), memoryLogger())).rejects.toThrow(/'out\/model.bin' is inside 'out'/);
    await expect(runTrainCommand(config(dir, { metrics: 'm.json' }), memoryLogger())).rejects.toThrow(/input 'metrics'/);
    await expect(runTrainCommand(config(dir, { inputs: ['data', 'out/model.bin'] }), memoryLogger())).rejects.toThrow(/'out\/model.bin' is inside the declared output 'out\/model.bin'/);
  });

  it('refuses an output that holds an input (it would be deleted before the command runs) or .git, and deletes nothing', async () => {
    const dir = workspace({ 'data/extra.csv': 'a\n1\n' });
    const before = readFileSync(join(dir, 'data/extra.csv'), 'utf8');
    await expect(runTrainCommand(config(dir, { inputs: ['data/extra.csv'], outputs: ['data'] }), memoryLogger())).rejects.toThrow(
      "input 'inputs': 'data/extra.csv' is inside the declared output 'data', which is removed before the command runs; declare outputs the command writes, not its data",
    );
    await expect(runTrainCommand(config(dir, { inputs: ['data/*.csv'], outputs: ['data'] }), memoryLogger())).rejects.toThrow(/'data\/\*\.csv' is inside the declared output 'data'/);
    await expect(runTrainCommand(config(dir, { outputs: ['.git/hooks'] }), memoryLogger())).rejects.toThrow(/inside the repository's .git folder/);
    expect(readFileSync(join(dir, 'data/extra.csv'), 'utf8')).toBe(before);
  });

  it('never takes its own files (store, stat cache, manifest) as inputs, wherever they are', async () => {
    const dir = files({ 'w.mjs': `import { writeFileSync } from 'node:fs'; writeFileSync('out.txt', 'o');`, 'data.csv': 'a\n1\n' });
    const c = config(dir, { command: `${NODE} w.mjs`, inputs: ['**'], outputs: ['out.txt'], params: undefined, localCacheDir: 'store', statCache: 'sc.json', manifest: 'm/train.json' });
    const first = await runTrainCommand(c, memoryLogger());
    expect(first.manifest!.inputs.map((i) => i.path)).toEqual(['data.csv', 'w.mjs']);
    const second = await runTrainCommand(c, memoryLogger());
    expect(second).toMatchObject({ cacheHit: true, key: first.key });
  });

  it('caches a directory output whole', async () => {
    const dir = workspace();
    const first = await runTrainCommand(config(dir, { outputs: ['out'] }), memoryLogger());
    expect(first.manifest!.outputs.map((o) => o.path)).toEqual(['out/metrics.json', 'out/model.bin']);
    writeFileSync(join(dir, 'out/leftover'), 'x');
    const second = await runTrainCommand(config(dir, { outputs: ['out'] }), memoryLogger());
    expect(second.cacheHit).toBe(true);
    expect(existsSync(join(dir, 'out/leftover'))).toBe(false);
    expect(second.manifest!.outputs).toEqual(first.manifest!.outputs);
  });
});

describe('train-manifest.json', () => {
  it('records key, input digests, command, params, metrics, timings, runner and tools, and matches its schema', async () => {
    const dir = workspace();
    const result = await runTrainCommand(config(dir), memoryLogger());
    const m = readTrainManifest(join(dir, 'train-manifest.json'));
    expect(m).toEqual(result.manifest);
    expect(m).toMatchObject({
      kind: 'train-manifest',
      schemaVersion: 1,
      key: result.key,
      cacheHit: false,
      command: `${NODE} train.mjs`,
      params: { path: 'params.yaml', format: 'yaml', values: { lr: 0.1, model: { depth: 3 } } },
      metrics: { path: 'out/metrics.json', values: { accuracy: 0.75, loss: 0.5 } },
      git: null,
      cache: { enabled: true, store: 'local', saved: true },
      runner: { os: expect.any(String), arch: process.arch },
      tools: { node: process.version, modelgate: '0.1.0' },
      producedBy: null,
    });
    expect(m.inputs.map((i) => i.path)).toEqual(['data/train.csv', 'train.mjs']);
    expect(m.inputs[0]).toEqual({ path: 'data/train.csv', sha256: expect.stringMatching(/^[0-9a-f]{64}$/), bytes: 12 });
    expect(m.commandDurationMs).toBeGreaterThan(0);
    expect(m.durationMs).toBeGreaterThanOrEqual(m.commandDurationMs!);
    expect(Date.parse(m.startedAt)).toBeLessThanOrEqual(Date.now());
  });

  it('records the git commit and whether the tree is dirty, ignoring outputs and .modelgate', async () => {
    const dir = workspace();
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: dir, encoding: 'utf8' }).trim();
    try {
      git('init', '-q');
    } catch {
      return; // no git on this machine: covered by the git: null case
    }
    git('add', '.');
    git('commit', '-q', '-m', 'init');
    const head = git('rev-parse', 'HEAD');
    const clean = await runTrainCommand(config(dir), memoryLogger());
    expect(clean.manifest!.git).toEqual({ commit: head, dirty: false });
    // runs.log is written by the command but not declared: the tree is dirty from then on.
    const again = await runTrainCommand(config(dir), memoryLogger());
    expect(again.manifest!.git).toEqual({ commit: head, dirty: true });
  });

  it('takes an explicit nested metrics file, and ignores .json outputs that are not flat numbers', async () => {
    const script = `import { writeFileSync } from 'node:fs';
writeFileSync('config.json', JSON.stringify({ name: 'x', size: 1 }));
writeFileSync('scores.json', JSON.stringify({ val: { auc: 0.9 }, n: 10 }));`;
    const dir = workspace({ 'w.mjs': script });
    const auto = await runTrainCommand(config(dir, { command: `${NODE} w.mjs`, outputs: ['config.json', 'scores.json'], cache: false }), memoryLogger());
    expect(auto.manifest!.metrics).toBeNull();
    const explicit = await runTrainCommand(config(dir, { command: `${NODE} w.mjs`, outputs: ['config.json', 'scores.json'], metrics: 'scores.json', cache: false }), memoryLogger());
    expect(explicit.manifest!.metrics).toEqual({ path: 'scores.json', values: { 'val.auc': 0.9, n: 10 } });
    await expect(runTrainCommand(config(dir, { command: `${NODE} w.mjs`, outputs: ['config.json'], metrics: 'config.json', cache: false }), memoryLogger())).rejects.toThrow(
      /metrics file config.json: 'name' is not a finite number/,
    );
  });

  it('rejects a manifest that does not match the schema, naming the field', async () => {
    const dir = workspace();
    const { manifest } = await runTrainCommand(config(dir, { cache: false }), memoryLogger());
    const bad = { ...manifest!, inputs: [{ path: 'a', sha256: 'xyz', bytes: 1 }] } as TrainManifest;
    expect(() => assertTrainManifest(bad, 'm.json')).toThrow(DataError);
    expect(() => assertTrainManifest(bad, 'm.json')).toThrow(/m\.json: not a valid train-manifest \(schemaVersion 1\): \/inputs\/0\/sha256 must match pattern/);
    expect(() => assertTrainManifest({ ...manifest!, extra: 1 }, 'm.json')).toThrow(/must NOT have additional properties/);
    writeFileSync(join(dir, 'broken.json'), '{');
    expect(() => readTrainManifest(join(dir, 'broken.json'))).toThrow(/not JSON/);
  });
});

describe('runShellCommand', () => {
  it('runs through the shell in the given directory and splits output into lines', async () => {
    const dir = files({});
    const lines: string[] = [];
    const r = await runShellCommand(`echo one && echo two 1>&2 && printf 'no ' && printf 'newline' && exit 7`, { cwd: dir, onLine: (l) => lines.push(l) });
    expect(r.exitCode).toBe(7);
    expect([...lines].sort()).toEqual(['no newline', 'one', 'two']);
    expect(r.tail).toEqual(lines);
    const cwd: string[] = [];
    await runShellCommand('pwd', { cwd: dir, onLine: (l) => cwd.push(l) });
    expect(cwd).toEqual([realpathSync(dir)]);
  });

  it('reports a signal', async () => {
    const r = await runShellCommand(`kill -9 $$`, { cwd: files({}) });
    expect(r.exitCode).toBeNull();
    expect(r.signal).toBe('SIGKILL');
  });
});
