// evaluate-model on data a real user has (issue #8, items 4, 5 and 16): labels outside the model's
// classes, infinities and text in features, empty cells the model cannot impute, text labels for a
// single-output model. Each is refused with one line naming the file and line, or handled and said.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import action from '../../src/actions/evaluate-model.js';
import { memoryLogger } from '../../src/lib/logger.js';
import { DataError } from '../../src/errors.js';
import { ROOT, inputsFor, tempDir } from '../helpers.js';
import type { Evaluation } from '../../src/model/evaluate.js';

const MODELS = join(ROOT, 'test/fixtures/models');
const CANCER = readFileSync(join(MODELS, 'breast_cancer.csv'), 'utf8').trim().split('\n');
const TENSOR = join(MODELS, 'binary_logreg_tensor.onnx');

async function evaluate(values: Record<string, string>) {
  const dir = tempDir();
  const config = action.parse(inputsFor('evaluate-model', { out: join(dir, 'evaluation.json'), ...values }));
  await action.run(config, memoryLogger());
  return JSON.parse(readFileSync(config.out, 'utf8')) as Evaluation;
}

/** breast_cancer.csv with each data row rewritten by `edit` (row index from 0, cells). */
function cancer(edit: (cells: string[], i: number) => string[]): { dir: string; path: string } {
  const dir = tempDir();
  const path = join(dir, 'data.csv');
  writeFileSync(path, [CANCER[0], ...CANCER.slice(1).map((l, i) => edit(l.split(','), i).join(','))].join('\n') + '\n');
  return { dir, path };
}

async function failure(values: Record<string, string>, dir: string): Promise<Error> {
  const out = join(dir, 'evaluation.json');
  const err = await evaluate({ out, ...values }).catch((e: Error) => e);
  expect(err).toBeInstanceOf(DataError);
  expect((err as Error).message).not.toContain('\n');
  expect(existsSync(out)).toBe(false);
  return err as Error;
}

const LABEL = 30;

describe('labels outside a binary model\'s classes (item 4)', () => {
  it('refuses yes/no labels for a 0/1 model, naming the labels and the classes', async () => {
    const { dir, path } = cancer((c) => [...c.slice(0, LABEL), c[LABEL] === '1' ? 'yes' : 'no']);
    const err = await failure({ model: TENSOR, data: path, label: 'target' }, dir);
    expect(err.message).toMatch(new RegExp(`^${path}:2: label '(yes|no)' is not one of the model's classes \\('0', '1'\\); labels outside them in this batch: '(yes|no)', '(yes|no)'`));
  });

  it('refuses a stray label 2 on a tenth of the rows instead of counting it as a negative', async () => {
    const { dir, path } = cancer((c, i) => [...c.slice(0, LABEL), i % 10 === 9 ? '2' : c[LABEL]]);
    const err = await failure({ model: TENSOR, data: path, label: 'target' }, dir);
    expect(err.message).toMatch(new RegExp(`^${path}:11: label '2' is not one of the model's classes \\('0', '1'\\)`));
  });

  it('still evaluates the unmodified data', async () => {
    const ev = await evaluate({ model: TENSOR, data: join(MODELS, 'breast_cancer.csv'), label: 'target' });
    expect(ev.metrics.accuracy.value).toBeGreaterThan(0.9);
  });
});

describe('non-finite and non-numeric features (items 5 and 16)', () => {
  it("reads 'NaN' as missing (pandas' na-values), and names the cell when the model has no imputer", async () => {
    const { dir, path } = cancer((c, i) => (i === 6 ? [c[0], 'NaN', ...c.slice(2)] : c));
    const err = await failure({ model: TENSOR, data: path, label: 'target' }, dir);
    expect(err.message).toMatch(new RegExp(`^${path}:8: column 'mean_texture' is missing \\(empty, or one of na-values\\) and the model has no imputer`));
    const strict = await failure({ model: TENSOR, data: path, label: 'target', 'na-values': 'none' }, dir);
    expect(strict.message).toMatch(new RegExp(`^${path}:8: column 'mean_texture': 'NaN' is not a number`));
  });
  for (const bad of ['Infinity', '-Infinity', '1e400', 'abc', '1e39']) {
    it(`refuses '${bad}' in a feature with the file, line and column`, async () => {
      const { dir, path } = cancer((c, i) => (i === 6 ? [c[0], bad, ...c.slice(2)] : c));
      const err = await failure({ model: TENSOR, data: path, label: 'target' }, dir);
      expect(err.message).toMatch(new RegExp(`^${path}:8: column 'mean_texture': '${bad}' is `));
      expect((err as DataError).line).toBe(8);
    });
  }

  it('blames an empty cell the model cannot impute on the data, not the model', async () => {
    const { dir, path } = cancer((c, i) => (i === 3 ? [c[0], '', ...c.slice(2)] : c));
    const err = await failure({ model: TENSOR, data: path, label: 'target' }, dir);
    expect(err.message).toBe(`${path}:5: column 'mean_texture' is missing (empty, or one of na-values) and the model has no imputer for it (its score for the row is NaN); fill the value or drop the row`);
  });

  it('feeds an empty cell to a model that imputes it', async () => {
    const text = readFileSync(join(MODELS, 'customers.csv'), 'utf8').split('\n');
    const dir = tempDir();
    text[3] = text[3].split(',').map((v, j) => (j === 2 ? '' : v)).join(',');
    writeFileSync(join(dir, 'c.csv'), text.join('\n'));
    const ev = await evaluate({ model: join(MODELS, 'mixed_columns.onnx'), data: join(dir, 'c.csv'), label: 'churned' });
    expect(ev.rows).toBe(text.filter(Boolean).length - 1);
  });
});

describe('a single-output model with text labels (item 16)', () => {
  it('is a binary task, its classes the two labels sorted, the larger positive, and says so', async () => {
    const { path } = cancer((c) => [...c.slice(0, LABEL), c[LABEL] === '1' ? 'M' : 'B']);
    const ev = await evaluate({ model: join(MODELS, 'binary_logit.onnx'), data: path, label: 'target' });
    const reference = await evaluate({ model: join(MODELS, 'binary_logit.onnx'), data: join(MODELS, 'breast_cancer.csv'), label: 'target' });
    expect(ev.task).toBe('binary');
    expect(ev.classes).toEqual(['B', 'M']);
    expect(ev.positiveLabel).toBe('M');
    expect(ev.metrics.roc_auc.value).toBe(reference.metrics.roc_auc.value);
    expect(ev.notes.join(' ')).toContain("read as the score of label 'M'");
  });

  it('takes positive-label as the class the output scores', async () => {
    const { path } = cancer((c) => [...c.slice(0, LABEL), c[LABEL] === '1' ? 'malignant' : 'benign']);
    const ev = await evaluate({ model: join(MODELS, 'binary_logit.onnx'), data: path, label: 'target', 'positive-label': 'malignant' });
    expect(ev.classes).toEqual(['benign', 'malignant']);
    expect(ev.positiveLabel).toBe('malignant');
    expect(ev.metrics.roc_auc.value).toBeGreaterThan(0.9);
  });

  it('refuses a third label later on', async () => {
    const { dir, path } = cancer((c, i) => [...c.slice(0, LABEL), i === 150 ? 'maybe' : c[LABEL] === '1' ? 'M' : 'B']);
    const err = await failure({ model: join(MODELS, 'binary_logit.onnx'), data: path, label: 'target', 'batch-size': '100' }, dir);
    expect(err.message).toContain(`${path}:152: label 'maybe' is not one of the model's classes ('B', 'M')`);
  });
});
