// trainBuiltin end to end: byte-identical models for the same data and seed, models that
// evaluate-model's Model accepts unchanged (per-column inputs, label + probabilities outputs), the
// graph computing exactly the preprocessing the trainer fitted (imputation, scaling, one-hot with
// unknown and missing categories as zeros), column kinds, class labels, and one-line errors.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { ConfigurationError, DataError } from '../../../src/errors.js';
import { memoryLogger } from '../../../src/lib/logger.js';
import { evaluate, labelKey as evaluateLabelKey } from '../../../src/model/evaluate.js';
import { Model } from '../../../src/model/model.js';
import { fitTable, sortClasses, splitRows, trainBuiltin, type TrainConfig } from '../../../src/train/index.js';
import { predictProba, predictValue } from '../../../src/train/linear.js';
import { buildDesign } from '../../../src/train/preprocess.js';
import { labelKey, loadTable } from '../../../src/train/table.js';
import { files, tempDir } from '../../helpers.js';
import { TRAIN_FIXTURES } from './helpers.js';

const CUSTOMERS = join(TRAIN_FIXTURES, 'customers.csv');
const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

function customersConfig(model: string, extra: Partial<TrainConfig> = {}): TrainConfig {
  return { algorithm: 'logistic-regression', data: [CUSTOMERS], label: 'churned', ignore: ['customer_id'], model, seed: 7, testFraction: 0.25, ...extra };
}

async function evaluateRows(model: string, data: string, label: string) {
  const dir = tempDir();
  const ev = await evaluate(
    { model, data: [data], merge: [], label, ignore: [], threshold: 0.5, scoreType: 'auto', sliceBy: [], minSliceRows: 30, confidence: 0.95, bootstrap: 20, seed: 0, batchSize: 100, out: join(dir, 'evaluation.json') },
    memoryLogger(),
  );
  const lines = readFileSync(ev.predictions!, 'utf8').trim().split('\n');
  const header = lines[0].split(',');
  return { ev, header, rows: lines.slice(1).map((l) => l.split(',')) };
}

describe('reproducibility', () => {
  it('the same data and seed give a byte-identical model; another seed splits differently', async () => {
    const dir = tempDir();
    const a = await trainBuiltin(customersConfig(join(dir, 'a.onnx')), memoryLogger());
    const b = await trainBuiltin(customersConfig(join(dir, 'b.onnx')), memoryLogger());
    expect(sha(join(dir, 'a.onnx'))).toBe(sha(join(dir, 'b.onnx')));
    expect(a.model.sha256).toBe(sha(join(dir, 'a.onnx')));
    expect({ ...a, model: null }).toEqual({ ...b, model: null });
    const c = await trainBuiltin(customersConfig(join(dir, 'c.onnx'), { seed: 8 }), memoryLogger());
    expect(c.model.sha256).not.toBe(a.model.sha256);
    expect(c.rows).toEqual(a.rows);
    // Nothing but the model is left in the directory (written to a temp name, then renamed).
    expect(readdirSync(dir).sort()).toEqual(['a.onnx', 'b.onnx', 'c.onnx']);
  });

  it('multinomial and ridge models are byte-identical too', async () => {
    const dir = tempDir();
    for (const [algorithm, data, label] of [
      ['logistic-regression', 'iris.csv', 'species'],
      ['linear-regression', 'diabetes.csv', 'disease_progression'],
    ] as const) {
      const cfg = (m: string): TrainConfig => ({ algorithm, data: [join(TRAIN_FIXTURES, data)], label, model: join(dir, m), seed: 3, testFraction: 0.2 });
      await trainBuiltin(cfg('x.onnx'), memoryLogger());
      await trainBuiltin(cfg('y.onnx'), memoryLogger());
      expect(sha(join(dir, 'x.onnx'))).toBe(sha(join(dir, 'y.onnx')));
    }
  });

  it('splitRows holds out round(n * fraction) seeded rows, both parts ascending', () => {
    const { train, test } = splitRows(10, 0.3, 1);
    expect(test.length).toBe(3);
    expect([...train, ...test].sort((x, y) => x - y)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect([...train]).toEqual([...train].sort((x, y) => x - y));
    expect(splitRows(10, 0.3, 1)).toEqual({ train, test });
    expect(splitRows(10, 0, 1).test.length).toBe(0);
  });
});

describe('the exported graph', () => {
  it('is accepted by Model.load, feedPlan (columns mode) and outputPlan unchanged', async () => {
    const dir = tempDir();
    const path = join(dir, 'm.onnx');
    await trainBuiltin(customersConfig(path), memoryLogger());
    const model = await Model.load(ort, path);
    expect(model.inputs).toEqual([
      { name: 'age', type: 'float32', shape: ['N', 1] },
      { name: 'income', type: 'float32', shape: ['N', 1] },
      { name: 'region', type: 'string', shape: ['N', 1] },
      { name: 'plan', type: 'string', shape: ['N', 1] },
    ]);
    const columns = ['customer_id', 'age', 'income', 'region', 'plan', 'churned'];
    const feed = model.feedPlan(columns, undefined, new Set(['churned']));
    expect(feed.mode).toBe('columns');
    expect(feed.features).toEqual(['age', 'income', 'region', 'plan']);
    expect(model.outputPlan()).toEqual({ label: 'label', probabilities: 'probabilities', classLabels: ['0', '1'] });
  });

  it('computes the fitted preprocessing and model: onnxruntime agrees with the float64 trainer on every row', async () => {
    const dir = tempDir();
    const path = join(dir, 'm.onnx');
    const cfg = customersConfig(path);
    const summary = await trainBuiltin(cfg, memoryLogger());
    expect(summary.features).toEqual([
      { name: 'age', kind: 'numeric', missing: expect.any(Number) },
      { name: 'income', kind: 'numeric', missing: 0 },
      { name: 'region', kind: 'categorical', missing: 0, categories: expect.any(Number) },
      { name: 'plan', kind: 'categorical', missing: 0, categories: 2 },
    ]);
    expect(summary.features[0].missing).toBeGreaterThan(0);
    const table = await loadTable({ data: [CUSTOMERS], label: 'churned', ignore: ['customer_id'], labelKind: 'class', maxCategories: 1000 });
    const fitted = fitTable(table, cfg);
    const all = Int32Array.from({ length: table.n }, (_, i) => i);
    const proba = predictProba(fitted.fit as Parameters<typeof predictProba>[0], buildDesign(table, fitted.prep, all));
    const { ev, header, rows } = await evaluateRows(path, CUSTOMERS, 'churned');
    expect(ev.rows).toBe(1000);
    const score = header.indexOf('score');
    let worst = 0;
    for (const r of rows) worst = Math.max(worst, Math.abs(Number(r[score]) - proba[2 * Number(r[0]) + 1]));
    expect(worst).toBeLessThan(1e-5);
    // The held-out metrics of the summary are those of the same rows.
    expect(summary.metrics.test!.accuracy).toBeGreaterThan(0.6);
  });

  it('one-hot: unknown and missing categories are zeros; category text is kept as written', async () => {
    const lines = ['x,c,y'];
    const cats = ['01', '1', 'b', 'a'];
    for (let i = 0; i < 80; i++) lines.push(`${(i % 7) - 3},${cats[i % 4]},${i % 2 === 0 ? 1 : 0}`);
    const dir = files({
      'train.csv': lines.join('\n') + '\n',
      'test.csv': 'x,c,y\n0,01,1\n0,1,1\n0,zzz,0\n0,,0\n1,a,0\n',
    });
    const path = join(dir, 'm.onnx');
    const summary = await trainBuiltin({ algorithm: 'logistic-regression', data: [join(dir, 'train.csv')], label: 'y', model: path, seed: 0 }, memoryLogger());
    expect(summary.features).toEqual([
      { name: 'x', kind: 'numeric', missing: 0 },
      { name: 'c', kind: 'categorical', missing: 0, categories: 4 },
    ]);
    const table = await loadTable({ data: [join(dir, 'test.csv')], label: 'y', labelKind: 'class', maxCategories: 10 });
    expect(table.columns[1]).toMatchObject({ kind: 'categorical', dictionary: ['01', '1', 'zzz', 'a'] });
    const session = await ort.InferenceSession.create(readFileSync(path));
    const run = async (c: string) => {
      const out = await session.run({ x: new ort.Tensor('float32', Float32Array.of(0), [1, 1]), c: new ort.Tensor('string', [c], [1, 1]) });
      return (out.probabilities.data as Float32Array)[1];
    };
    // '01' and '1' are different categories; an unseen one and an empty one give the intercept alone.
    expect(await run('01')).not.toBeCloseTo(await run('1'), 3);
    const unknown = await run('zzz');
    expect(await run('')).toBe(unknown);
    const trainTable = await loadTable({ data: [join(dir, 'train.csv')], label: 'y', labelKind: 'class', maxCategories: 10 });
    const { fit, prep } = fitTable(trainTable, { algorithm: 'logistic-regression', seed: 0 });
    if (fit.kind !== 'logistic') throw new Error('not logistic');
    const xMean = prep.numeric[0];
    const z = fit.intercept[0] + ((0 - xMean.mean) / xMean.scale) * fit.coef[0];
    expect(unknown).toBeCloseTo(1 / (1 + Math.exp(-z)), 6);
    const { ev } = await evaluateRows(path, join(dir, 'test.csv'), 'y');
    expect(ev.rows).toBe(5);
  });

  it('string class labels: classlabels_strings, a string label output, multinomial probabilities summing to 1', async () => {
    const dir = tempDir();
    const path = join(dir, 'iris.onnx');
    const summary = await trainBuiltin({ algorithm: 'logistic-regression', data: [join(TRAIN_FIXTURES, 'iris.csv')], label: 'species', model: path, seed: 0 }, memoryLogger());
    expect(summary.task).toBe('multiclass');
    expect(summary.classes).toEqual(['setosa', 'versicolor', 'virginica']);
    const model = await Model.load(ort, path);
    expect(model.outputs).toEqual([
      { name: 'label', type: 'string', shape: ['N'] },
      { name: 'probabilities', type: 'float32', shape: ['N', 3] },
    ]);
    expect(model.outputPlan().classLabels).toEqual(['setosa', 'versicolor', 'virginica']);
    const { ev, rows } = await evaluateRows(path, join(TRAIN_FIXTURES, 'iris.csv'), 'species');
    expect(ev.task).toBe('multiclass');
    expect(ev.metrics.accuracy.value).toBeCloseTo(summary.metrics.train.accuracy, 10);
    for (const r of rows) expect(Number(r[3]) + Number(r[4]) + Number(r[5])).toBeCloseTo(1, 6);
  });

  it('ridge: one float output [N, 1] that evaluate-model reads as the regression value', async () => {
    const dir = tempDir();
    const path = join(dir, 'r.onnx');
    const cfg: TrainConfig = { algorithm: 'linear-regression', data: [CUSTOMERS], label: 'income', ignore: ['customer_id', 'churned'], model: path, seed: 0 };
    const summary = await trainBuiltin(cfg, memoryLogger());
    expect(summary.iterations).toBe(1);
    expect(summary.features.map((f) => f.kind)).toEqual(['numeric', 'categorical', 'categorical']);
    const model = await Model.load(ort, path);
    expect(model.outputPlan()).toEqual({ value: 'variable', valueProducer: 'LinearRegressor' });
    const table = await loadTable({ data: [CUSTOMERS], label: 'income', ignore: ['customer_id', 'churned'], labelKind: 'number', maxCategories: 1000 });
    const fitted = fitTable(table, cfg);
    const pred = predictValue(fitted.fit as Parameters<typeof predictValue>[0], buildDesign(table, fitted.prep, Int32Array.from({ length: table.n }, (_, i) => i)));
    const { ev, rows } = await evaluateRows(path, CUSTOMERS, 'income');
    expect(ev.task).toBe('regression');
    for (const r of rows) expect(Math.abs(Number(r[2]) - pred[Number(r[0])]) / Math.abs(pred[Number(r[0])])).toBeLessThan(1e-6);
  });

  it('keeps column names that collide with its tensor names as inputs', async () => {
    const lines = ['label,variable,probabilities,concatenated,target'];
    for (let i = 0; i < 60; i++) lines.push(`${i % 5},${(i * 7) % 11},${['p', 'q'][i % 2]},${i % 3 === 0 ? '' : i % 4},${(i * 13) % 3 === 0 ? 'yes' : 'no'}`);
    const dir = files({ 'd.csv': lines.join('\n') + '\n' });
    const path = join(dir, 'm.onnx');
    const s = await trainBuiltin({ algorithm: 'logistic-regression', data: [join(dir, 'd.csv')], label: 'target', model: path, seed: 0 }, memoryLogger());
    expect(s.classes).toEqual(['no', 'yes']);
    const model = await Model.load(ort, path);
    expect(model.inputs.map((i) => i.name)).toEqual(['label', 'variable', 'probabilities', 'concatenated']);
    expect(model.outputs.map((o) => o.name)).toEqual(['label1', 'probabilities1']);
    const { ev } = await evaluateRows(path, join(dir, 'd.csv'), 'target');
    expect(ev.metrics.accuracy.value).toBeCloseTo(s.metrics.train.accuracy, 10);
  });
});

describe('reading columns', () => {
  it('JSON Lines: numbers, numeric text, booleans, nulls, a key first seen later, rows without a label', async () => {
    const rows = [];
    for (let i = 0; i < 40; i++) {
      const r: Record<string, unknown> = { a: i % 2 ? i : String(i), flag: i % 3 === 0, y: i % 2 };
      if (i >= 10) r.late = (i * 3) % 7;
      if (i === 5) r.y = null;
      if (i === 6) r.a = null;
      rows.push(JSON.stringify(r));
    }
    const dir = files({ 'd.jsonl': rows.join('\n') + '\n' });
    const s = await trainBuiltin({ algorithm: 'logistic-regression', data: [join(dir, 'd.jsonl')], label: 'y', model: join(dir, 'm.onnx'), seed: 0 }, memoryLogger());
    expect(s.rows).toEqual({ train: 39, test: 0, skippedNoLabel: 1 });
    expect(s.features).toEqual([
      { name: 'a', kind: 'numeric', missing: 1 },
      { name: 'flag', kind: 'categorical', missing: 0, categories: 2 },
      { name: 'late', kind: 'numeric', missing: 9 },
    ]);
    // evaluate-model takes a model's inputs from the first object's keys: give it one that has them all.
    writeFileSync(join(dir, 'e.jsonl'), [JSON.stringify({ a: 1, flag: false, late: 2, y: 1 }), ...rows].join('\n') + '\n');
    const { ev } = await evaluateRows(join(dir, 'm.onnx'), join(dir, 'e.jsonl'), 'y');
    expect(ev.rows).toBe(40);
  });

  it('a column with one non-numeric value is categorical; explicit features set the input order', async () => {
    const lines = ['n,m,y'];
    for (let i = 0; i < 30; i++) lines.push(`${i},${i === 29 ? 'abc' : i % 3},${i % 2}`);
    const dir = files({ 'd.csv': lines.join('\n') + '\n' });
    const s = await trainBuiltin({ algorithm: 'logistic-regression', data: [join(dir, 'd.csv')], label: 'y', features: ['m', 'n'], model: join(dir, 'm.onnx'), seed: 0 }, memoryLogger());
    expect(s.features).toEqual([
      { name: 'm', kind: 'categorical', missing: 0, categories: 4 },
      { name: 'n', kind: 'numeric', missing: 0 },
    ]);
    const model = await Model.load(ort, join(dir, 'm.onnx'));
    expect(model.inputs.map((i) => [i.name, i.type])).toEqual([
      ['m', 'string'],
      ['n', 'float32'],
    ]);
  });

  it('drops a column with no value in the training rows, with a warning', async () => {
    const lines = ['x,empty,y'];
    for (let i = 0; i < 20; i++) lines.push(`${i},,${i % 2}`);
    const dir = files({ 'd.csv': lines.join('\n') + '\n' });
    const log = memoryLogger();
    const s = await trainBuiltin({ algorithm: 'logistic-regression', data: [join(dir, 'd.csv')], label: 'y', model: join(dir, 'm.onnx'), seed: 0 }, log);
    expect(s.dropped).toEqual([{ name: 'empty', reason: 'no value in the 20 training rows' }]);
    expect(s.features.map((f) => f.name)).toEqual(['x']);
    expect(log.lines.some((l) => l.startsWith("warning: column 'empty' is not used"))).toBe(true);
  });

  it('keys labels as evaluate-model does, and sorts classes as scikit-learn', () => {
    for (const v of ['1', '1.0', ' 2 ', 'yes', '', '  ', null, 3, 2.5, true, false, '1e3', 'NaN']) expect(labelKey(v)).toBe(evaluateLabelKey(v));
    expect(sortClasses(['10', '2', '-1'])).toEqual([-1, 2, 10]);
    expect(sortClasses(['2.5', '10', '-1'])).toEqual(['-1', '2.5', '10']);
    expect(sortClasses(['b', 'B', 'a', 'é', '10'])).toEqual(['10', 'B', 'a', 'b', 'é']);
  });
});

describe('errors name what to fix', () => {
  const dir = files({
    'd.csv': 'id,x,y\n' + Array.from({ length: 30 }, (_, i) => `u${i},${i},${i % 2}`).join('\n') + '\n',
    'one.csv': 'x,y\n1,a\n2,a\n3,a\n',
    'dup.csv': 'x,x2,y\n' + Array.from({ length: 10 }, (_, i) => `${i},${2 * i},${i}`).join('\n') + '\n',
    'ragged.csv': 'x,y\n1,0\n2\n',
    'text.csv': 'x,y\n1,0\n2,abc\n',
  });
  const base = (extra: Partial<TrainConfig>, model = 'm.onnx'): TrainConfig => ({ algorithm: 'logistic-regression', data: [join(dir, 'd.csv')], label: 'y', model: join(dir, 'out', model), seed: 0, ...extra });
  const cases: [string, Partial<TrainConfig>, typeof ConfigurationError | typeof DataError, RegExp][] = [
    ['unknown label', { label: 'nope' }, ConfigurationError, /input 'label': no column 'nope'/],
    ['unknown feature', { features: ['x', 'zz'] }, ConfigurationError, /input 'features': no column 'zz'/],
    ['label among features', { features: ['x', 'y'] }, ConfigurationError, /'features' lists the label column 'y'/],
    ['an id column named in features', { features: ['id', 'x'], maxCategories: 10 }, ConfigurationError, /column 'id' is categorical with more than 10 distinct values.*'ignore'/],
    ['one class', { data: [join(dir, 'one.csv')] }, DataError, /single class \(a\)/],
    ['bad l2', { l2: -1 }, ConfigurationError, /input 'l2': must be a number >= 0/],
    ['bad test-fraction', { testFraction: 1 }, ConfigurationError, /input 'test-fraction'/],
    ['collinear OLS', { algorithm: 'linear-regression', data: [join(dir, 'dup.csv')], l2: 0 }, DataError, /collinear/],
    ['ragged row', { data: [join(dir, 'ragged.csv')] }, DataError, /ragged\.csv:3: has 1 fields/],
    ['text target', { algorithm: 'linear-regression', data: [join(dir, 'text.csv')] }, DataError, /text\.csv:3: the target 'y' is 'abc', not a number/],
  ];
  it.each(cases)('%s', async (name, extra, type, message) => {
    const err = await trainBuiltin(base(extra, `${name}.onnx`), memoryLogger()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(type);
    expect((err as Error).message).toMatch(message);
    expect((err as Error).message).not.toContain('\n');
    expect(existsSync(join(dir, 'out', `${name}.onnx`))).toBe(false);
  });

  it('ignoring the id column trains', async () => {
    const s = await trainBuiltin(base({ ignore: ['id'] }), memoryLogger());
    expect(s.features.map((f) => f.name)).toEqual(['x']);
  });
});
