// Shared by the trainer tests: the goldens of scripts/fixtures/train_goldens.py and a way to cut a
// fixture dataset into train and test CSV files by the split scikit-learn used.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, tempDir } from '../../helpers.js';

export const TRAIN_FIXTURES = join(ROOT, 'test/fixtures/train');

export interface ClassifierGolden {
  classes: (number | string)[];
  n_iter: number;
  coef: number[][];
  intercept: number[];
  coef_exact: number[][];
  intercept_exact: number[];
  train_accuracy: number;
  test_accuracy: number;
  test_log_loss: number;
  test_proba: number[][];
}

export interface RegressionGolden {
  coef: number[];
  intercept: number;
  test_rmse: number;
  test_r2: number;
  test_prediction: number[];
}

export interface Case<S> {
  dataset: string;
  label: string;
  features: string[];
  numeric: string[];
  categorical: string[];
  train: number[];
  test: number[];
  note: string;
  sklearn: S;
}

export const goldens = JSON.parse(readFileSync(join(TRAIN_FIXTURES, 'expected.json'), 'utf8')) as {
  versions: Record<string, string>;
  cases: Record<string, Case<ClassifierGolden & RegressionGolden>>;
};

/** Writes the case's train and test rows as two CSV files (fixture CSVs need no quoting). */
export function splitFiles(c: Case<unknown>): { dir: string; train: string; test: string } {
  const lines = readFileSync(join(TRAIN_FIXTURES, c.dataset), 'utf8').trimEnd().split('\n');
  const [header, ...rows] = lines;
  const dir = tempDir('mg-train-');
  const train = join(dir, 'train.csv');
  const test = join(dir, 'test.csv');
  writeFileSync(train, [header, ...c.train.map((i) => rows[i])].join('\n') + '\n');
  writeFileSync(test, [header, ...c.test.map((i) => rows[i])].join('\n') + '\n');
  return { dir, train, test };
}

/** max |a - b| / max |b|: error relative to the largest coefficient. */
export function relMaxError(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let err = 0;
  let scale = 0;
  for (let i = 0; i < b.length; i++) {
    err = Math.max(err, Math.abs(a[i] - b[i]));
    scale = Math.max(scale, Math.abs(b[i]));
  }
  return err / scale;
}
