// Tracking from the CLI and the action path: train and evaluate-model record runs; exp show
// filters, sorts and prints them; exp diff compares paired (same rows) and unpaired.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import evaluateAction from '../../../src/actions/evaluate-model.js';
import { FolderRunStore } from '../../../src/experiments/store.js';
import { memoryLogger } from '../../../src/lib/logger.js';
import { runMain } from '../../cli.js';
import { inputsFor } from '../../helpers.js';
import { splitProject } from './project.js';

const home = process.cwd();
afterEach(() => process.chdir(home));

const common = ['--algorithm', 'logistic-regression', '--data', 'train.csv', '--label', 'churned', '--ignore', 'customer_id'];
const evalArgs = (model: string, data: string, out: string) => ['evaluate-model', '--model', model, '--data', data, '--label', 'churned', '--out', `${out}/evaluation.json`, '--bootstrap', '200'];

describe('experiment tracking', () => {
  let dir: string;
  let runs: Awaited<ReturnType<FolderRunStore['list']>>;
  beforeAll(async () => {
    dir = splitProject();
    process.chdir(dir);
    for (const [model, l2] of [['a.onnx', '1'], ['b.onnx', '100']]) {
      const t = await runMain(['train', ...common, '--model', model, '--l2', l2, '--manifest', `out/${model}.manifest.json`]);
      expect(t.code, t.stderr).toBe(0);
    }
    for (const args of [evalArgs('a.onnx', 'test.csv', 'out/a-test'), evalArgs('b.onnx', 'test.csv', 'out/b-test'), evalArgs('b.onnx', 'val.csv', 'out/b-val')]) {
      const e = await runMain(args);
      expect(e.code, e.stderr).toBe(0);
      expect(e.stdout).toMatch(/^run-id: \d{8}T\d{9}Z-[0-9a-f]{8}$/m);
    }
    runs = await new FolderRunStore(join(dir, '.modelgate/runs')).list();
    process.chdir(home);
  }, 180_000);

  it('records every train and evaluate-model run with git, params, metrics, digests', () => {
    expect(runs.map((r) => r.source)).toEqual(['train', 'train', 'evaluate-model', 'evaluate-model', 'evaluate-model']);
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim();
    const [ta, tb, ea] = runs;
    expect(ta.git).toEqual({ commit: head, branch: 'main', dirty: false });
    expect(ta).toMatchObject({ cacheHit: false, params: { algorithm: 'logistic-regression', C: 1, label: 'churned' }, pullRequest: null });
    expect(tb.params.C).toBe(0.01);
    expect(ta.data!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(ta.model!.sha256).not.toBe(tb.model!.sha256);
    expect(ta.key).toMatch(/^modelgate-train-/);
    // The evaluation takes its params from the train run of the same model bytes.
    expect(ea).toMatchObject({ trainRun: ta.id, params: { C: 1 }, model: { sha256: ta.model!.sha256 }, data: { rows: 200 }, confidence: 0.95 });
    expect(ea.git).toEqual(ta.git); // from one `git status --porcelain=v2 --branch`
    expect(ea.metrics.roc_auc.value).toBeGreaterThan(0.5);
    expect(ea.metrics.roc_auc.ci![0]).toBeLessThan(ea.metrics.roc_auc.value!);
    expect(ea.predictions).toBe(join(dir, 'out/a-test/predictions.csv'));
  });

  it('a cache hit is recorded as one', async () => {
    process.chdir(dir);
    const t = await runMain(['train', ...common, '--model', 'a.onnx', '--l2', '1', '--manifest', 'out/a.onnx.manifest.json', '--experiments', 'out/other-runs']);
    expect(t.code, t.stderr).toBe(0);
    const [hit] = await new FolderRunStore(join(dir, 'out/other-runs')).list();
    expect(hit).toMatchObject({ source: 'train', cacheHit: true, model: runs[0].model });
  }, 60_000);

  it('exp show: --where, --source, --sort, --json, --csv and the table', async () => {
    process.chdir(dir);
    const json = await runMain(['exp', 'show', '--where', 'params.C > 0.5', '--source', 'evaluate-model', '--json']);
    expect(json.code, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout).map((r: { id: string }) => r.id)).toEqual([runs[2].id]);
    const sorted = await runMain(['exp', 'show', '--where', "source == 'evaluate-model'", '--sort', '-metrics.roc_auc', '--json']);
    const values = JSON.parse(sorted.stdout).map((r: { metrics: { roc_auc: { value: number } } }) => r.metrics.roc_auc.value);
    expect(values).toEqual([...values].sort((a: number, b: number) => b - a));
    const table = await runMain(['exp', 'show', '--source', 'train']);
    const lines = table.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^id\s+created\s+source\s+branch\s+pr\s+commit\s+cache\s+params\.C$/);
    expect(lines[0]).not.toContain('params.label'); // the same in every run shown
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/train\s+main\s+[0-9a-f]{7}\s+miss\s+1$/);
    const csv = await runMain(['exp', 'show', '--csv', '--where', "source == 'evaluate-model'"]);
    const rows = csv.stdout.trimEnd().split('\r\n');
    expect(rows).toHaveLength(4);
    expect(rows[0]).toContain('metrics.roc_auc,metrics.roc_auc.low,metrics.roc_auc.high');
    const none = await runMain(['exp', 'show', '--branch', 'nope']);
    expect(none.stdout).toMatch(/^no runs in .* match/);
    const bad = await runMain(['exp', 'show', '--where', 'params.C >> 1']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^modelgate exp show: --where: unexpected '>' at column 11: params.C >> 1$/m);
  }, 60_000);

  it('exp diff: paired on the same rows, unpaired on other rows, and says which', async () => {
    process.chdir(dir);
    const [, , ea, eb, ebVal] = runs;
    const paired = await runMain(['exp', 'diff', ea.id, eb.id.slice(0, 24), '--json']);
    expect(paired.code, paired.stderr).toBe(0);
    const d = JSON.parse(paired.stdout);
    expect(d).toMatchObject({ paired: true, unpairedReason: null });
    expect(d.params).toEqual([{ key: 'C', change: 'modified', a: 1, b: 0.01 }]);
    const auc = d.metrics.find((m: { metric: string }) => m.metric === 'roc_auc');
    expect(auc.test).toMatch(/DeLong/);
    expect(auc.delta).toBeCloseTo(eb.metrics.roc_auc.value! - ea.metrics.roc_auc.value!, 10);
    const acc = d.metrics.find((m: { metric: string }) => m.metric === 'accuracy');
    expect(acc.test).toMatch(/McNemar|Newcombe|paired/i);
    const unpaired = await runMain(['exp', 'diff', ea.id, ebVal.id]);
    expect(unpaired.code, unpaired.stderr).toBe(0);
    expect(unpaired.stdout).toMatch(/metrics \(b − a\), unpaired: the runs evaluated different data/);
    expect(unpaired.stdout).toMatch(/roc_auc .*unpaired normal approximation/);
    // The paired interval is narrower than the unpaired one would be on the same two runs.
    const text = await runMain(['exp', 'diff', ea.id, eb.id]);
    expect(text.stdout).toMatch(/paired on the same rows/);
    const missing = await runMain(['exp', 'diff', ea.id, 'zzz']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no run 'zzz'/);
  }, 60_000);

  it('the action path records the pull request, the branch and the run URL from the runner', async () => {
    process.chdir(dir);
    const event = join(dir, 'event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { number: 12, head: { sha: 'f'.repeat(40), ref: 'tune-c', repo: { full_name: 'o/r' } }, base: { repo: { full_name: 'o/r' } } } }));
    Object.assign(process.env, { GITHUB_EVENT_PATH: event, GITHUB_HEAD_REF: 'tune-c', GITHUB_RUN_ID: '77', GITHUB_REPOSITORY: 'o/r', GITHUB_SERVER_URL: 'https://github.com' });
    const config = evaluateAction.parse(inputsFor('evaluate-model', { model: 'a.onnx', data: 'test.csv', label: 'churned', out: 'out/pr/evaluation.json', bootstrap: '200', experiments: 'out/pr-runs' }));
    const r = await evaluateAction.run(config, memoryLogger());
    const [run] = await new FolderRunStore(join(dir, 'out/pr-runs')).list();
    expect(r.outputs['run-id']).toBe(run.id);
    expect(run).toMatchObject({ pullRequest: 12, runUrl: 'https://github.com/o/r/actions/runs/77', git: { branch: 'tune-c' } });
    const byPr = await runMain(['exp', 'show', '--experiments', 'out/pr-runs', '--pr', '12', '--json']);
    expect(JSON.parse(byPr.stdout)).toHaveLength(1);
    expect(JSON.parse((await runMain(['exp', 'show', '--experiments', 'out/pr-runs', '--pr', '13', '--json'])).stdout)).toHaveLength(0);
    expect(readFileSync(run.predictions!, 'utf8')).toMatch(/^row,/);
  }, 60_000);
});
