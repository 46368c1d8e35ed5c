// split-by / split-at: the built-in trainer learns from the rows before the cut-off, evaluate-model
// scores the rows at or after it, both record the span they used, and compare-to-baseline's leakage
// check warns when evaluation rows are older than the newest training row. On the weather example
// (daily rows, 2012-2014), through the real adapters and onnxruntime.
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import train from '../../src/actions/train.js';
import evaluateModel from '../../src/actions/evaluate-model.js';
import { leakageSection } from '../../src/actions/compare-training.js';
import compare from '../../src/actions/compare-to-baseline.js';
import { memoryLogger } from '../../src/lib/logger.js';
import { ConfigurationError } from '../../src/errors.js';
import { WEATHER, inputsFor, tempDir } from '../helpers.js';

const home = process.cwd();
afterEach(() => process.chdir(home));

describe('time-aware split', () => {
  it('trains before the cut-off, evaluates after it, and warns of leakage when evaluation rows are older', async () => {
    const dir = tempDir();
    cpSync(join(WEATHER, 'data/weather-2012-2014.csv'), join(dir, 'w.csv'));
    process.chdir(dir);
    const common = { data: 'w.csv', label: 'weather', 'split-by': 'date' };
    const trained = await train.run(train.parse(inputsFor('train', { ...common, algorithm: 'logistic-regression', 'split-at': '2014-01-01', model: 'm.onnx', manifest: 'tm.json' })), memoryLogger());
    expect(trained.passed).toBe(true);
    const manifest = JSON.parse(readFileSync('tm.json', 'utf8'));
    // 2012 (a leap year) and 2013; the date column is no feature.
    expect(manifest.params.values.builtin).toMatchObject({ rows: { train: 366 + 365 }, 'split-by': 'date', 'split-at': '2014-01-01T00:00:00.000Z', 'time-range': { min: '2012-01-01', max: '2013-12-31' } });
    expect(manifest.params.values.builtin.features).toEqual(['precipitation', 'temp_max', 'temp_min', 'wind']);
    expect(manifest.command).toContain('split-by=date split-at=2014-01-01T00:00:00.000Z');

    const log = memoryLogger();
    await evaluateModel.run(evaluateModel.parse(inputsFor('evaluate-model', { ...common, model: 'm.onnx', 'split-at': '2014-01-01', out: 'after/evaluation.json' })), log);
    const after = JSON.parse(readFileSync('after/evaluation.json', 'utf8'));
    expect(after.rows).toBe(365);
    expect(after.timeRange).toEqual({ column: 'date', splitAt: '2014-01-01T00:00:00.000Z', side: 'from', min: '2014-01-01', max: '2014-12-31', otherSide: 731, noTime: 0 });
    expect(leakageSection('tm.json', 'after/evaluation.json')).toBeNull();

    // Evaluated from mid-2013: rows the model was trained on.
    await evaluateModel.run(evaluateModel.parse(inputsFor('evaluate-model', { ...common, model: 'm.onnx', 'split-at': '2013-07-01', out: 'leak/evaluation.json' })), memoryLogger());
    expect(JSON.parse(readFileSync('leak/evaluation.json', 'utf8')).rows).toBe(184 + 365);
    const warning = 'leakage: evaluation rows start at 2013-07-01 (date), before the newest training row (2013-12-31, date); the model was evaluated on rows from a period it was trained on';
    expect(leakageSection('tm.json', 'leak/evaluation.json')).toBe(warning);
    // compare-to-baseline says it in the log and in the comment, above the training section.
    const clog = memoryLogger();
    const cmp = await compare.run(compare.parse(inputsFor('compare-to-baseline', { candidate: 'leak/evaluation.json', 'train-manifest': 'tm.json', out: 'c.json', 'comment-file': 'c.md' })), clog);
    expect(cmp.summary).toContain(`> ⚠️ leakage&#58; evaluation rows start at 2013-07-01`);
    expect(clog.lines.some((l) => l.includes(warning))).toBe(true);
    const clean = await compare.run(compare.parse(inputsFor('compare-to-baseline', { candidate: 'after/evaluation.json', 'train-manifest': 'tm.json', out: 'd.json', 'comment-file': 'd.md' })), memoryLogger());
    expect(clean.summary).not.toContain('leakage');
  }, 120_000);

  it('names a missing half, a bad cut-off and a missing column', async () => {
    expect(() => train.parse(inputsFor('train', { algorithm: 'logistic-regression', data: 'x.csv', label: 'y', 'split-by': 'date' }))).toThrow("input 'split-by' needs 'split-at'");
    expect(() => evaluateModel.parse(inputsFor('evaluate-model', { model: 'm.onnx', data: 'x.csv', label: 'y', 'split-at': '2014-01-01' }))).toThrow("input 'split-at' needs 'split-by'");
    expect(() => train.parse(inputsFor('train', { algorithm: 'logistic-regression', data: 'x.csv', label: 'y', 'split-by': 'date', 'split-at': 'last year' }))).toThrow(ConfigurationError);
    const dir = tempDir();
    cpSync(join(WEATHER, 'data/weather-2015.csv'), join(dir, 'w.csv'));
    process.chdir(dir);
    await expect(train.run(train.parse(inputsFor('train', { algorithm: 'logistic-regression', data: 'w.csv', label: 'weather', 'split-by': 'day', 'split-at': '2015-06-01', model: 'm.onnx', manifest: 'tm.json' })), memoryLogger())).rejects.toThrow(
      "input 'split-by': no column 'day' in w.csv",
    );
  });
});
