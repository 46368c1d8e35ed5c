// workflows-examples/loans end to end, in process: the retrained candidate learned the historical
// bias through the postcode proxy and fails the fairness gates against the production model, on
// the same rows; the production model passes the same gates; the comment carries the fairness
// table and the importance section, and the data report the label bias of the history.
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import runAction from '../../../src/actions/run.js';
import { runCompare } from '../../../src/gates/run.js';
import { Inputs, mapSource } from '../../../src/lib/inputs.js';
import { comparisonMarkdown } from '../../../src/report/comparison.js';
import { memoryLogger } from '../../../src/lib/logger.js';
import type { Comparison } from '../../../src/gates/compare.js';
import type { Evaluation } from '../../../src/model/evaluate.js';
import type { DataReport } from '../../../src/data/validate.js';
import { ROOT, tempDir } from '../../helpers.js';

async function runPipeline(dir: string) {
  const home = process.cwd();
  process.chdir(dir);
  try {
    const config = runAction.parse(new Inputs(mapSource({ path: '.' })));
    return await runAction.run(config, memoryLogger());
  } finally {
    process.chdir(home);
  }
}

describe('workflows-examples/loans', () => {
  it('fails the biased candidate on the fairness gates, passes the production model', async () => {
    const dir = tempDir();
    cpSync(join(ROOT, 'workflows-examples/loans'), dir, { recursive: true, filter: (src) => !src.includes('/out') });
    const result = await runPipeline(dir);
    expect(result.passed).toBe(false);
    const read = <T>(p: string) => JSON.parse(readFileSync(join(dir, p), 'utf8')) as T;
    const comparison = read<Comparison>('out/comparison.json');
    const failed = comparison.gates.filter((g) => !g.passed);
    // The absolute limit and the paired no-regression test on sex both catch it.
    expect(failed.some((g) => g.metric === 'demographic_parity_difference' && g.sensitive === 'sex' && g.rule === 'max 0.1')).toBe(true);
    expect(failed.some((g) => g.metric === 'demographic_parity_difference' && g.sensitive === 'sex' && g.rule === 'max-regression 0.02' && g.test.startsWith('paired bootstrap within groups'))).toBe(true);
    expect(failed.some((g) => g.metric === 'disparate_impact_ratio' && g.sensitive === 'sex')).toBe(true);
    const dpd = comparison.gates.find((g) => g.metric === 'demographic_parity_difference' && g.sensitive === 'sex' && g.rule.startsWith('max-regression'))!;
    expect(dpd.groups).toEqual(['F', 'M']);
    expect(dpd.delta!).toBeGreaterThan(0.1);
    expect(dpd.ci![0]).toBeGreaterThan(0.02);
    // Holm across metric and fairness gates together.
    expect(comparison.gates.every((g) => g.pValue === null || g.adjustedPValue! >= g.pValue)).toBe(true);
    const comment = readFileSync(join(dir, 'out/comparison.md'), 'utf8');
    expect(comment).toContain('Fairness (');
    expect(comment).toContain('`demographic_parity_difference`');
    expect(comment).toContain('F &amp; under 30');
    expect(comment).toContain('Feature importance');
    // Sensitive columns are never fed to the model: the candidate's importance lists the four features only.
    const candidate = read<Evaluation>('out/candidate/evaluation.json');
    expect(candidate.importance!.features.map((f) => f.name).sort()).toEqual(['debt_ratio', 'income', 'postcode_score', 'years_employed']);
    expect(candidate.fairness!.features.map((f) => f.name)).toEqual(['sex', 'sex*age_band']);
    // The history's labels: women get the positive label less often (DPL > 0, interval above 0).
    const report = read<DataReport>('out/data-report.json');
    const women = report.bias!.features.find((f) => f.name === 'sex')!.groups.find((g) => g.value === 'F')!;
    expect(women.positiveProportionDifference.ci![0]).toBeGreaterThan(0);

    // The production model against itself passes every fairness gate.
    const self = await runCompare({ candidate: join(dir, 'out/baseline/evaluation.json'), baseline: join(dir, 'out/baseline/evaluation.json'), gates: join(dir, 'gates.yml'), bootstrap: 1000, seed: 0, out: join(dir, 'out/self.json'), commentFile: join(dir, 'out/self.md') }, memoryLogger(), comparisonMarkdown);
    const fairness = self.comparison.gates.filter((g) => g.sensitive !== undefined);
    expect(fairness.length).toBe(8);
    expect(fairness.every((g) => g.passed)).toBe(true);
  });
});
