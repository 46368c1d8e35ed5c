// Regression tests for issue #8 (real data and hostile input), data side: each fails on the code
// before the fix. Runs go through the CLI's main() in-process, as a user would run them.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertArtifact } from '../../../src/schemas/validate.js';
import type { DataReport } from '../../../src/data/validate.js';
import { errorLines, runMain } from '../../cli.js';
import { files } from '../../helpers.js';

async function validate(dir: string, args: string[]): Promise<{ code: number; report?: DataReport; stderr: string; md?: string }> {
  const report = join(dir, 'r.json');
  const md = join(dir, 'r.md');
  const r = await runMain(['validate-data', ...args, '--report', report, '--markdown', md]);
  const json = existsSync(report) ? (JSON.parse(readFileSync(report, 'utf8')) as DataReport) : undefined;
  if (json) assertArtifact('data-report', json, report);
  return { code: r.code, report: json, stderr: r.stderr, md: existsSync(md) ? readFileSync(md, 'utf8') : undefined };
}

describe('drift that used to crash (items 1, 2)', () => {
  it('a category the small reference never had is drift naming the new values (chi-square), against a dataset and a profile', async () => {
    const dir = files({ 'ref.csv': 'c\na\nb\na\nb\n', 'cur.csv': 'c\na\nb\nz\n' });
    const exact = await validate(dir, ['--data', join(dir, 'cur.csv'), '--reference', join(dir, 'ref.csv')]);
    expect(exact.code).toBe(1);
    const d = exact.report!.drift[0];
    expect(d).toMatchObject({ column: 'c', test: 'chi-square', statistic: null, pValue: 0, drifted: true, newValues: ['z'], method: 'exact' });
    expect(d.reason).toContain('z');
    expect(exact.md).toContain('new: z');

    expect((await runMain(['validate-data', '--data', join(dir, 'ref.csv'), '--profile', join(dir, 'ref.profile.json'), '--report', join(dir, 'x.json')])).code).toBe(0);
    const sketch = await validate(dir, ['--data', join(dir, 'cur.csv'), '--reference', join(dir, 'ref.profile.json')]);
    expect(sketch.code).toBe(1);
    expect(sketch.report!.drift[0]).toMatchObject({ test: 'chi-square', statistic: null, pValue: 0, drifted: true, newValues: ['z'], method: 'sketch' });
  });

  it('a zero-spread reference of more than 1000 rows (Wasserstein / std) gives a defined result with a reason', async () => {
    const dir = files({
      'ref.csv': 'x\n' + '5\n'.repeat(1500),
      'cur.csv': 'x\n' + Array.from({ length: 1500 }, (_, i) => `${i + 1}\n`).join(''),
      'same.csv': 'x\n' + '5\n'.repeat(1200),
    });
    const moved = await validate(dir, ['--data', join(dir, 'cur.csv'), '--reference', join(dir, 'ref.csv')]);
    expect(moved.code).toBe(1);
    expect(moved.report!.drift[0]).toMatchObject({ column: 'x', test: 'wasserstein', statistic: null, drifted: true });
    expect(moved.report!.drift[0].reason).toMatch(/zero spread \(every value 5\).*distance is 745\.5/);
    // Same constant: no drift (tested as a category, one value on both sides).
    const same = await validate(dir, ['--data', join(dir, 'same.csv'), '--reference', join(dir, 'ref.csv'), '--drift', 'columns: { x: { test: wasserstein } }']);
    expect(same.code).toBe(0);
    expect(same.report!.drift[0]).toMatchObject({ test: 'wasserstein', statistic: null, drifted: false });
    // Against the profile of the reference: the same decision on sketches.
    expect((await runMain(['validate-data', '--data', join(dir, 'ref.csv'), '--profile', join(dir, 'p.json'), '--report', join(dir, 'x.json')])).code).toBe(0);
    const sketch = await validate(dir, ['--data', join(dir, 'cur.csv'), '--reference', join(dir, 'p.json')]);
    expect(sketch.report!.drift[0]).toMatchObject({ test: 'wasserstein', statistic: null, drifted: true, method: 'sketch' });
  });
});
