// validate-data's `sensitive`: Clarify's pre-training measures in data-report.json (they equal the
// pure computation checked against statsmodels), hostile group values escaped in the markdown,
// and the refusals.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import action from '../../../src/actions/validate-data.js';
import { memoryLogger } from '../../../src/lib/logger.js';
import { ConfigurationError } from '../../../src/errors.js';
import { files, inputsFor } from '../../helpers.js';
import type { DataReport } from '../../../src/data/validate.js';

const csv = ['"group",y,x', ...Array.from({ length: 120 }, (_, i) => `${i % 4 === 0 ? '"<b>x</b>|y"' : 'plain'},${i % 3 === 0 ? 'yes' : 'no'},${i}`)].join('\n') + '\n';

async function run(values: Record<string, string>) {
  const dir = files({ 'data.csv': csv });
  const config = action.parse(inputsFor('validate-data', { data: join(dir, 'data.csv'), report: join(dir, 'report.json'), markdown: join(dir, 'report.md'), ...values }));
  const result = await action.run(config, memoryLogger());
  return { result, report: JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as DataReport, markdown: readFileSync(join(dir, 'report.md'), 'utf8') };
}

describe('validate-data sensitive', () => {
  it('reports class imbalance and DPL per group, escaped in the markdown', async () => {
    const { report, markdown, result } = await run({ sensitive: 'group', label: 'y', 'positive-label': 'yes' });
    expect(result.passed).toBe(true);
    const g = report.bias!.features[0].groups;
    const hostile = g.find((x) => x.value === '<b>x</b>|y')!;
    expect(hostile.rows).toBe(30);
    expect(hostile.classImbalance.value).toBeCloseTo((90 - 30) / 120, 12);
    // yes: i % 3 == 0, 40 rows; in the group (i % 4 == 0) those with i % 12 == 0, 10 of 30; the others 30 of 90.
    expect(hostile.positives).toBe(10);
    expect(hostile.positiveProportionDifference.value).toBeCloseTo(30 / 90 - 10 / 30, 12);
    expect(markdown).toContain('Label bias by group');
    expect(markdown).not.toContain('<b>');
    expect(markdown).not.toContain('</b>|y');
  });
  it('needs label, and a yes/no label or positive-label', async () => {
    await expect(run({ sensitive: 'group' })).rejects.toThrow(ConfigurationError);
    await expect(run({ sensitive: 'group', label: 'x' })).rejects.toThrow(/yes\/no label/);
    await expect(run({ sensitive: 'nope', label: 'y' })).rejects.toThrow(/no column 'nope'/);
  });
});
