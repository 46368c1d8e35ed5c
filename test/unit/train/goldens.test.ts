// The built-in trainers against scikit-learn on real datasets (scripts/fixtures/train_goldens.py):
// the same rows, split and objective. Each model is trained through trainBuiltin on the train rows,
// then run by onnxruntime through evaluate-model on the test rows:
// - logistic regression: test accuracy within 1 point of scikit-learn's LogisticRegression, and the
//   coefficients on the preprocessed columns equal to scikit-learn's to 1e-3 of the largest (its
//   lbfgs stops early); solved to tolerance 1e-9, to scikit-learn's newton-cg at tol 1e-8 to 1e-6;
// - ridge: coefficients and intercept equal to scikit-learn's Ridge to 1e-8 relative.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { memoryLogger } from '../../../src/lib/logger.js';
import { evaluate, type Evaluation } from '../../../src/model/evaluate.js';
import { fitTable, trainBuiltin, type TrainConfig } from '../../../src/train/index.js';
import { loadTable } from '../../../src/train/table.js';
import { fitLogistic } from '../../../src/train/linear.js';
import { buildDesign } from '../../../src/train/preprocess.js';
import { goldens, relMaxError, splitFiles, type Case, type ClassifierGolden, type RegressionGolden } from './helpers.js';

const report: string[] = [];
afterAll(() => console.log(`trainers vs scikit-learn ${goldens.versions.sklearn}:\n${report.join('\n')}`));

async function evaluateModel(model: string, data: string, label: string, dir: string): Promise<{ ev: Evaluation; predictions: string[][] }> {
  const out = join(dir, 'evaluation.json');
  const ev = await evaluate(
    { model, data: [data], merge: [], label, ignore: [], threshold: 0.5, scoreType: 'auto', sliceBy: [], minSliceRows: 30, confidence: 0.95, bootstrap: 50, seed: 0, batchSize: 64, out },
    memoryLogger(),
  );
  const predictions = readFileSync(ev.predictions!, 'utf8').trim().split('\n').map((l) => l.split(','));
  return { ev, predictions };
}

function config(c: Case<unknown>, train: string, model: string, algorithm: TrainConfig['algorithm']): TrainConfig {
  return { algorithm, data: [train], label: c.label, features: c.features, model, seed: 0 };
}

const classifiers = Object.entries(goldens.cases).filter(([, c]) => 'classes' in c.sklearn) as [string, Case<ClassifierGolden>][];
const regressions = Object.entries(goldens.cases).filter(([, c]) => !('classes' in c.sklearn)) as [string, Case<RegressionGolden>][];

describe('logistic regression against scikit-learn LogisticRegression(max_iter=5000)', () => {
  it.each(classifiers)('%s', async (name, c) => {
    const { dir, train, test } = splitFiles(c);
    const model = join(dir, 'model.onnx');
    const cfg = config(c, train, model, 'logistic-regression');
    const summary = await trainBuiltin(cfg, memoryLogger());
    const sk = c.sklearn;
    expect(summary.converged).toBe(true);
    expect(summary.classes).toEqual(sk.classes);
    expect(summary.task).toBe(sk.classes.length === 2 ? 'binary' : 'multiclass');
    expect(summary.features.map((f) => [f.name, f.kind])).toEqual(c.features.map((f) => [f, c.categorical.includes(f) ? 'categorical' : 'numeric']));
    expect(summary.rows.train).toBe(c.train.length);
    expect(summary.metrics.train.accuracy).toBeCloseTo(sk.train_accuracy, 2);

    // Coefficients on the same preprocessed columns (the same objective, so the same optimum).
    const table = await loadTable({ data: [train], label: c.label, features: c.features, labelKind: 'class', maxCategories: 1000 });
    const fitted = fitTable(table, cfg);
    const fit = fitted.fit;
    if (fit.kind !== 'logistic') throw new Error('not logistic');
    const ours = [...fit.coef, ...fit.intercept];
    const theirs = [...sk.coef.flat(), ...sk.intercept];
    const exact = [...sk.coef_exact.flat(), ...sk.intercept_exact];
    const errDefault = relMaxError(ours, theirs);
    expect(errDefault).toBeLessThan(1e-3);
    // Solved tighter (gradient tolerance 1e-9, no relative-reduction stop), the same optimum as
    // newton-cg's to its precision.
    const y = Int32Array.from(table.labelCodes!, (code) => (fitted.classLabels as (number | string)[]).findIndex((k) => String(k) === table.labelDictionary![code]));
    const tight = fitLogistic(buildDesign(table, fitted.prep, fitted.train), y, sk.classes.length, { l2: 1, maxIterations: 1000, tolerance: 1e-9, ftol: 0 });
    expect(tight.converged).toBe(true);
    const errExact = relMaxError([...tight.coef, ...tight.intercept], exact);
    expect(errExact).toBeLessThan(1e-6);

    // Test accuracy through onnxruntime (evaluate-model), within 1 point of scikit-learn's.
    const { ev, predictions } = await evaluateModel(model, test, c.label, dir);
    expect(ev.rows).toBe(c.test.length);
    expect(ev.classes).toEqual(sk.classes.map(String));
    const acc = ev.metrics.accuracy.value!;
    expect(Math.abs(acc - sk.test_accuracy)).toBeLessThanOrEqual(0.01);
    // Probabilities agree with scikit-learn's row by row (float32 inference).
    const header = predictions[0];
    let maxDp = 0;
    predictions.slice(1).forEach((row, i) => {
      if (sk.classes.length === 2) maxDp = Math.max(maxDp, Math.abs(Number(row[header.indexOf('score')]) - sk.test_proba[i][1]));
      else sk.test_proba[i].forEach((p, k) => (maxDp = Math.max(maxDp, Math.abs(Number(row[3 + k]) - p))));
    });
    expect(maxDp).toBeLessThan(2e-3);
    report.push(
      `  ${name.padEnd(16)} test accuracy ${acc.toFixed(4)} (sklearn ${sk.test_accuracy.toFixed(4)}), coef rel err ${errDefault.toExponential(1)} vs lbfgs, ${errExact.toExponential(1)} vs newton-cg (tight); max |dp| ${maxDp.toExponential(1)}; iterations ${fit.iterations} (sklearn ${sk.n_iter}), stop ${fit.stop}`,
    );
  });
});

describe('linear regression against scikit-learn Ridge(alpha=1.0)', () => {
  it.each(regressions)('%s', async (name, c) => {
    const { dir, train, test } = splitFiles(c);
    const model = join(dir, 'model.onnx');
    const cfg = config(c, train, model, 'linear-regression');
    const summary = await trainBuiltin(cfg, memoryLogger());
    expect(summary.task).toBe('regression');
    expect(summary.classes).toEqual([]);
    const table = await loadTable({ data: [train], label: c.label, features: c.features, labelKind: 'number', maxCategories: 1000 });
    const fit = fitTable(table, cfg).fit;
    if (fit.kind !== 'ridge') throw new Error('not ridge');
    const sk = c.sklearn;
    const errCoef = relMaxError(fit.coef, sk.coef);
    const errIcpt = Math.abs(fit.intercept - sk.intercept) / Math.abs(sk.intercept);
    expect(errCoef).toBeLessThan(1e-8);
    expect(errIcpt).toBeLessThan(1e-8);
    fit.coef.forEach((w, j) => expect(Math.abs(w - sk.coef[j])).toBeLessThanOrEqual(1e-8 * Math.max(Math.abs(sk.coef[j]), 1e-3 * Math.max(...sk.coef.map(Math.abs)))));

    const { ev, predictions } = await evaluateModel(model, test, c.label, dir);
    expect(ev.task).toBe('regression');
    let maxRel = 0;
    predictions.slice(1).forEach((row, i) => (maxRel = Math.max(maxRel, Math.abs(Number(row[2]) - sk.test_prediction[i]) / Math.max(1, Math.abs(sk.test_prediction[i])))));
    expect(maxRel).toBeLessThan(1e-5);
    expect(ev.metrics.rmse.value!).toBeCloseTo(sk.test_rmse, 2);
    report.push(`  ${name.padEnd(16)} coef rel err ${errCoef.toExponential(1)}, intercept ${errIcpt.toExponential(1)}; onnxruntime predictions rel err ${maxRel.toExponential(1)}; test rmse ${ev.metrics.rmse.value!.toFixed(4)} (sklearn ${sk.test_rmse.toFixed(4)})`);
  });
});
