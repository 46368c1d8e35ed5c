// A sweep in modelgate.yml: train's `sweep` under the train stage, the chosen model evaluated once
// on the held-out test split, and compare-to-baseline's comment showing the leaderboard with the
// winner's validation score beside its test score.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runMain } from '../../cli.js';
import { splitProject } from './project.js';

const home = process.cwd();
afterEach(() => process.chdir(home));

describe('sweep in modelgate.yml', () => {
  it('train sweeps, evaluate-model scores the chosen model on test, the comment has the sweep', async () => {
    const dir = splitProject();
    writeFileSync(
      join(dir, 'modelgate.yml'),
      [
        'stages:',
        '  - train:',
        '      algorithm: logistic-regression',
        '      data: train.csv',
        '      label: churned',
        '      ignore: customer_id',
        '      model: model.onnx',
        '      manifest: out/train-manifest.json',
        '      sweep:',
        '        method: random',
        '        budget: 4',
        '        seed: 7',
        '        params:',
        '          l2: { min: 0.001, max: 1000, log: true }',
        '        validation: val.csv',
        '        metric: roc_auc',
        '        parallel: 1',
        '  - evaluate-model:',
        '      model: model.onnx',
        '      data: test.csv',
        '      label: churned',
        '      bootstrap: 200',
        '      out: out/candidate/evaluation.json',
        '  - compare-to-baseline:',
        '      candidate: out/candidate/evaluation.json',
        '      sweep-report: .modelgate/sweep/sweep.json',
        '      train-manifest: out/train-manifest.json',
        '      out: out/comparison.json',
        '      comment-file: out/comparison.md',
        '      bootstrap: 200',
        '      html: out/report.html',
        '',
      ].join('\n'),
    );
    const r = await runMain(['run', dir, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, '.modelgate/sweep/sweep.json'), 'utf8'));
    expect(report.ranking).toHaveLength(4);
    const test = JSON.parse(readFileSync(join(dir, 'out/candidate/evaluation.json'), 'utf8'));
    // The held-out evaluation is of the chosen model.
    expect(test.model.sha256).toBe(report.winner.model.sha256);
    const md = readFileSync(join(dir, 'out/comparison.md'), 'utf8');
    expect(md).toContain('<details><summary>Sweep (4 variants; ');
    expect(md).toContain('4 variants tried (random)');
    expect(md).toContain(`${report.winner.variant} ✅ chosen`);
    const fmt = (x: number) => String(Number(x.toPrecision(4)));
    expect(md).toContain(`| validation (chosen on) | ${fmt(report.winner.value)} |`);
    expect(md).toContain(`| test (held out, evaluated once) | ${fmt(test.metrics.roc_auc.value)} |`);
    // The HTML report plots l2 against the validation score: one point per variant, the chosen one marked.
    const html = readFileSync(join(dir, 'out/report.html'), 'utf8');
    const sweep = html.slice(html.indexOf('<section id="sweep">'), html.indexOf('</section>', html.indexOf('<section id="sweep">')));
    expect(sweep).toContain('l2 against roc_auc');
    expect(sweep).toContain('log10 l2');
    expect(sweep.match(/<circle class="est/g)).toHaveLength(4);
    expect(sweep.match(/<circle class="est chosen"/g)).toHaveLength(1);
    expect(html).not.toMatch(/<script/i);
  }, 300_000);
});
