// Every metric against scikit-learn (and numpy, statsmodels) on the seeded cases of
// scripts/fixtures/metrics_goldens.py: ties, single-class sets, absent classes, zero_division,
// clipped log-loss, calibration bin edges. Tolerance: 1e-12 relative (float64 rounding; the
// requirement is float32 precision, 1e-6), exact for counts. The worst errors are printed.
import { afterAll, describe, expect, it } from 'vitest';
import { BinaryState, binaryMetrics, MulticlassState, multiclassMetrics, RegressionState, regressionMetrics } from '../../../src/metrics/index.js';
import { G, expectClose, worst } from './helpers.js';

const TOL = { rel: 1e-12, abs: 1e-15 };

afterAll(() => {
  const lines = [...worst.entries()].sort().map(([k, v]) => `  ${k.padEnd(28)} ${v.toExponential(2)}`);
  console.log(`largest relative error against ${G.meta.sklearn ? `scikit-learn ${G.meta.sklearn}` : 'goldens'} / pROC ${G.meta.pROC}:\n${lines.join('\n')}`);
});

describe(`binary metrics against scikit-learn ${G.meta.sklearn}`, () => {
  it.each(G.binary.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const state = new BinaryState().addBatch(c.labels, c.scores);
    const r = binaryMetrics(state, { threshold: c.threshold, resamples: 50 });
    for (const name of ['accuracy', 'balanced_accuracy', 'precision', 'recall', 'f1', 'roc_auc', 'average_precision', 'log_loss', 'brier_score'] as const) {
      expectClose(r.metrics[name].value, c[name], TOL, `${name}: ${c.name}`);
      if (r.metrics[name].value === null) expect(r.metrics[name].reason, `${name} null needs a reason`).toBeTruthy();
    }
    expect(r.confusion.matrix).toEqual(c.confusion);
    expect(r.calibration.bins.map((b) => b.count)).toEqual(c.calibration.counts);
    r.calibration.bins.forEach((b, i) => {
      expectClose(b.meanPredicted, c.calibration.mean_predicted[i]!, TOL, `calibration mean: ${c.name} bin ${i}`);
      expectClose(b.observedRate, c.calibration.observed_rate[i]!, TOL, `calibration rate: ${c.name} bin ${i}`);
    });
    expectClose(r.calibration.ece, c.calibration.ece, TOL, `ece: ${c.name}`);
    // Wilson intervals at 95% against statsmodels' proportion_confint(method="wilson").
    for (const name of ['accuracy', 'precision', 'recall'] as const) {
      const w = c.wilson95[name];
      const ci = r.metrics[name].ci;
      if (w === null) expect(ci).toBeNull();
      else {
        expect(r.metrics[name].method).toBe('wilson');
        expectClose(ci![0], w[0], TOL, `wilson: ${c.name} ${name} low`);
        expectClose(ci![1], w[1], TOL, `wilson: ${c.name} ${name} high`);
      }
    }
  });

  it('names the conventions behind ill-defined values', () => {
    const only = binaryMetrics(new BinaryState().addBatch([0, 0, 0], [0.2, 0.7, 0.4]));
    expect(only.metrics.roc_auc).toMatchObject({ value: null, ci: null, method: 'delong' });
    expect(only.metrics.roc_auc.reason).toMatch(/only negative rows/);
    expect(only.metrics.recall.reason).toMatch(/zero_division/);
    expect(only.metrics.average_precision).toMatchObject({ value: 0 });
    const none = binaryMetrics(new BinaryState().addBatch([0, 1, 1], [0.2, 0.3, 0.4]));
    expect(none.metrics.precision).toMatchObject({ value: 0, ci: null });
    expect(none.metrics.precision.reason).toMatch(/no predicted positives/);
    const empty = binaryMetrics(new BinaryState());
    for (const m of Object.values(empty.metrics)) expect(m).toMatchObject({ value: null, ci: null, reason: 'no rows' });
  });
});

describe(`multiclass metrics against scikit-learn ${G.meta.sklearn}`, () => {
  it.each(G.multiclass.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const state = new MulticlassState(c.classes).addBatch(c.labels, c.probs);
    const r = multiclassMetrics(state, { resamples: 50 });
    for (const name of ['accuracy', 'balanced_accuracy', 'macro_f1', 'log_loss'] as const) expectClose(r.metrics[name].value, c[name], TOL, `${name}: ${c.name}`);
    r.perClass.forEach((k, i) => {
      expectClose(k.precision, c.precision[i]!, TOL, `class precision: ${c.name} ${i}`);
      expectClose(k.recall, c.recall[i]!, TOL, `class recall: ${c.name} ${i}`);
      expectClose(k.f1, c.f1[i]!, TOL, `class f1: ${c.name} ${i}`);
      expect(k.support).toBe(c.support[i]);
    });
    expect(r.confusion).toEqual(c.confusion);
  });
});

describe('regression metrics against scikit-learn and numpy.percentile', () => {
  it.each(G.regression.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const r = regressionMetrics(new RegressionState().addBatch(c.labels, c.predictions), { resamples: 50 });
    expectClose(r.metrics.mae.value, c.mae, TOL, `mae: ${c.name}`);
    expectClose(r.metrics.rmse.value, c.rmse, TOL, `rmse: ${c.name}`);
    expectClose(r.metrics.r2.value, c.r2, TOL, `r2: ${c.name}`);
    const q = r.absoluteErrorQuantiles;
    [q.p50, q.p90, q.p95, q.p99].forEach((v, i) => expectClose(v, c.abs_error_quantiles[i]!, TOL, `abs error quantile: ${c.name} ${i}`));
    if (c.r2 === null) expect(r.metrics.r2.reason).toMatch(/fewer than 2 rows/);
  });
});
