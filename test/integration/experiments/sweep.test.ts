// A sweep of 8 variants locally (train --sweep, variants in parallel on worker threads), then the
// same sweep as plan -> 8 variant steps -> collect, as a job matrix runs it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FolderRunStore } from '../../../src/experiments/store.js';
import { runMain } from '../../cli.js';
import { splitProject } from './project.js';

const home = process.cwd();
afterEach(() => process.chdir(home));

const SWEEP = ['validation: val.csv', 'metric: roc_auc', 'params:', '  l2: [0.001, 0.01, 0.1, 1, 10, 100, 1000, 10000]', ''].join('\n');
const TRAIN = ['train', '--algorithm', 'logistic-regression', '--data', 'train.csv', '--label', 'churned', '--ignore', 'customer_id', '--model', 'model.onnx', '--sweep', SWEEP];

describe('sweep', () => {
  it('8 variants locally: each trained and scored on validation, the best one becomes the model; a re-run trains nothing', async () => {
    const dir = splitProject();
    process.chdir(dir);
    const r = await runMain([...TRAIN, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(JSON.parse(out['sweep-matrix']).include).toHaveLength(8);
    const report = JSON.parse(readFileSync(join(dir, out['sweep-report']), 'utf8'));
    expect(report.ranking).toHaveLength(8);
    expect(report.missing).toEqual([]);
    const values = report.ranking.map((v: { value: number }) => v.value);
    expect(values).toEqual([...values].sort((a: number, b: number) => b - a));
    expect(out['sweep-winner']).toBe(report.winner.variant);
    // The model is the winner's bytes, and the manifest the winner's.
    expect(readFileSync(join(dir, 'model.onnx')).equals(readFileSync(join(dir, '.modelgate/sweep', report.winner.variant, 'model.onnx')))).toBe(true);
    const manifest = JSON.parse(readFileSync(join(dir, 'train-manifest.json'), 'utf8'));
    expect(manifest.params.values.builtin.C).toBe(1 / Number(report.winner.values.l2));
    // Different penalties give different models and scores (the sweep did vary something).
    expect(new Set(report.ranking.map((v: { model: { sha256: string } }) => v.model.sha256)).size).toBe(8);
    // Runs: 8 trainings, 8 validation evaluations, and the chosen one restored (a cache hit).
    const runs = await new FolderRunStore(join(dir, '.modelgate/runs')).list();
    expect(runs.filter((x) => x.source === 'train' && !x.sweep?.chosen)).toHaveLength(8);
    expect(runs.filter((x) => x.source === 'evaluate-model' && x.sweep?.split === 'validation')).toHaveLength(8);
    const chosen = runs.filter((x) => x.sweep?.chosen);
    expect(chosen).toHaveLength(1);
    expect(chosen[0]).toMatchObject({ cacheHit: true, sweep: { id: report.id, variant: report.winner.variant } });
    // exp show lists the sweep's validation scores by variant.
    const show = await runMain(['exp', 'show', '--where', `sweep == '${report.id}' and split == 'validation' and source == 'evaluate-model'`, '--sort', '-metrics.roc_auc', '--json']);
    expect(JSON.parse(show.stdout).map((x: { sweep: { variant: string } }) => x.sweep.variant)[0]).toBe(report.winner.variant);
    // Again: every variant comes from the cache.
    const again = await runMain([...TRAIN, '--json']);
    expect(again.code, again.stderr).toBe(0);
    const report2 = JSON.parse(readFileSync(join(dir, JSON.parse(again.stdout)['sweep-report']), 'utf8'));
    expect(report2.ranking.every((v: { cacheHit: boolean }) => v.cacheHit)).toBe(true);
    expect(report2.winner.variant).toBe(report.winner.variant);
  }, 300_000);

  it('as a matrix: plan, each variant on its own, collect from the result files', async () => {
    const dir = splitProject();
    process.chdir(dir);
    const plan = await runMain([...TRAIN, '--sweep-step', 'plan', '--json']);
    expect(plan.code, plan.stderr).toBe(0);
    const matrix = JSON.parse(JSON.parse(plan.stdout)['sweep-matrix']);
    expect(matrix.include.map((m: { variant: string }) => m.variant)).toEqual(['v01', 'v02', 'v03', 'v04', 'v05', 'v06', 'v07', 'v08']);
    for (const m of matrix.include) {
      const v = await runMain([...TRAIN, '--sweep-step', 'variant', '--sweep-variant', m.variant, '--json']);
      expect(v.code, v.stderr).toBe(0);
      expect(JSON.parse(v.stdout).model).toBe(`.modelgate/sweep/${m.variant}/model.onnx`);
    }
    const bad = await runMain([...TRAIN, '--sweep-step', 'variant', '--sweep-variant', 'v99']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/'v99' is not a variant of this sweep/);
    const c = await runMain([...TRAIN, '--sweep-step', 'collect', '--json']);
    expect(c.code, c.stderr).toBe(0);
    const out = JSON.parse(c.stdout);
    expect(out['cache-hit']).toBe(true);
    const report = JSON.parse(readFileSync(join(dir, out['sweep-report']), 'utf8'));
    expect(report.ranking).toHaveLength(8);
    // A result of another sweep (other params) is refused.
    const other = await runMain([...TRAIN.slice(0, -1), SWEEP.replace('10000', '20000'), '--sweep-step', 'collect']);
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/a result of sweep [0-9a-f]{12}, not of this sweep/);
  }, 300_000);
});
