// Seeded simulations: 95% intervals must cover the true value 93-97% of the time on data whose
// truth is known in closed form (n = 500 rows per replication). Every method is exercised:
// Wilson, the confusion-cell bootstrap, DeLong, the percentile row bootstrap, and the
// influence-function normal interval (forced with maxBootstrapRows: 0).
import { afterAll, describe, expect, it } from 'vitest';
import { BinaryState, binaryMetrics, type IntervalOptions, MulticlassState, multiclassMetrics, RegressionState, regressionMetrics } from '../../../src/metrics/index.js';
import { normalCdf } from '../../../src/stats/distributions.js';
import { createRng, type Xoshiro128 } from '../../../src/stats/rng.js';

const N = 500;
const report: string[] = [];
afterAll(() => console.log(`coverage of 95% intervals (n = ${N} per replication):\n${report.join('\n')}`));

/** Runs `reps` replications and returns the share of intervals covering each truth. */
function coverage<K extends string>(reps: number, truth: Record<K, number>, run: (rng: Xoshiro128) => Partial<Record<string, [number, number] | null>>, seed: number): Record<K, number> {
  const rng = createRng(seed);
  const hits = {} as Record<K, number>;
  for (const k of Object.keys(truth) as K[]) hits[k] = 0;
  for (let r = 0; r < reps; r++) {
    const cis = run(rng);
    for (const k of Object.keys(truth) as K[]) {
      const ci = cis[k];
      if (ci && ci[0] <= truth[k] && truth[k] <= ci[1]) hits[k]++;
    }
  }
  for (const k of Object.keys(truth) as K[]) hits[k] /= reps;
  return hits;
}

function check<K extends string>(label: string, cov: Record<K, number>, reps: number): void {
  for (const [k, v] of Object.entries(cov) as [K, number][]) {
    report.push(`  ${label.padEnd(44)} ${k.padEnd(18)} ${(100 * v).toFixed(1)}% of ${reps}`);
    expect(v, `${label} ${k}`).toBeGreaterThanOrEqual(0.93);
    expect(v, `${label} ${k}`).toBeLessThanOrEqual(0.97);
  }
}

describe('binary intervals', () => {
  // Labels Bernoulli(0.4); the thresholded prediction is right with probability 0.85 in both
  // classes: accuracy = balanced accuracy = recall = 0.85, precision = 0.34 / 0.43.
  const precision = (0.4 * 0.85) / (0.4 * 0.85 + 0.6 * 0.15);
  const truth = { accuracy: 0.85, balanced_accuracy: 0.85, precision, recall: 0.85, f1: (2 * precision * 0.85) / (precision + 0.85) };
  function confusionRun(opts: IntervalOptions) {
    return (rng: Xoshiro128) => {
      const s = new BinaryState();
      for (let i = 0; i < N; i++) {
        const y = rng.nextFloat() < 0.4 ? 1 : 0;
        const right = rng.nextFloat() < 0.85;
        const positive = right ? y === 1 : y === 0;
        s.add(y, positive ? 0.5 + 0.5 * rng.nextFloat() : 0.5 * rng.nextFloat());
      }
      const m = binaryMetrics(s, { ...opts, seed: rng.uniformInt(1 << 30) }).metrics;
      return { accuracy: m.accuracy.ci, balanced_accuracy: m.balanced_accuracy.ci, precision: m.precision.ci, recall: m.recall.ci, f1: m.f1.ci };
    };
  }

  it('Wilson (accuracy, precision, recall) and confusion bootstrap (balanced_accuracy, f1)', { timeout: 30_000 }, () => {
    check('wilson / bootstrap-confusion', coverage(2000, truth, confusionRun({ maxBootstrapRows: 0 }), 1), 2000);
  });

  it('confusion bootstrap for the proportions too', { timeout: 30_000 }, () => {
    const { accuracy, precision: p, recall } = truth;
    check('bootstrap-confusion', coverage(2000, { accuracy, precision: p, recall }, confusionRun({ maxBootstrapRows: 0, proportionInterval: 'bootstrap' }), 2), 2000);
  });

  it('DeLong for roc_auc (binormal, AUC = Φ(d/√2))', () => {
    const d = 1;
    const cov = coverage(
      2000,
      { roc_auc: normalCdf(d / Math.SQRT2) },
      (rng) => {
        const s = new BinaryState();
        for (let i = 0; i < N; i++) {
          const y = rng.nextFloat() < 0.4 ? 1 : 0;
          s.add(y, 1 / (1 + Math.exp(-(rng.normal() + d * y))));
        }
        return { roc_auc: binaryMetrics(s, { intervals: true, maxBootstrapRows: 0, resamples: 2 }).metrics.roc_auc.ci };
      },
      3,
    );
    check('delong', cov, 2000);
  });

  // Calibrated scores p ~ U(0, 1), y ~ Bernoulli(p): brier = E[p(1-p)] = 1/6,
  // log_loss = E[-p ln p - (1-p) ln(1-p)] = 1/2, average precision = ∫ (1+t)/2 · 2t dt = 5/6.
  const calibrated = { log_loss: 0.5, brier_score: 1 / 6, average_precision: 5 / 6 };
  function calibratedRun(opts: IntervalOptions) {
    return (rng: Xoshiro128) => {
      const s = new BinaryState();
      for (let i = 0; i < N; i++) {
        const p = rng.nextFloat();
        s.add(rng.nextFloat() < p ? 1 : 0, p);
      }
      const m = binaryMetrics(s, { ...opts, seed: rng.uniformInt(1 << 30) }).metrics;
      return { log_loss: m.log_loss.ci, brier_score: m.brier_score.ci, average_precision: m.average_precision.ci };
    };
  }

  it('percentile row bootstrap (log_loss, brier_score, average_precision)', { timeout: 30_000 }, () => {
    check('bootstrap-percentile (1000 resamples)', coverage(500, calibrated, calibratedRun({ resamples: 1000 }), 4), 500);
  });

  it('influence-function normal interval (log_loss, brier_score, average_precision)', () => {
    check('normal-influence', coverage(2000, calibrated, calibratedRun({ maxBootstrapRows: 0, resamples: 2 }), 5), 2000);
  });
});

describe('regression intervals', () => {
  // y ~ N(0, 1), prediction = y + e with e ~ N(0, 0.5²): mae = 0.5·√(2/π), rmse = 0.5,
  // r2 = 1 - Var(e)/Var(y) = 0.75.
  const truth = { mae: 0.5 * Math.sqrt(2 / Math.PI), rmse: 0.5, r2: 0.75 };
  function run(opts: IntervalOptions) {
    return (rng: Xoshiro128) => {
      const s = new RegressionState();
      for (let i = 0; i < N; i++) {
        const y = rng.normal();
        s.add(y, y + 0.5 * rng.normal());
      }
      const m = regressionMetrics(s, { ...opts, seed: rng.uniformInt(1 << 30) }).metrics;
      return { mae: m.mae.ci, rmse: m.rmse.ci, r2: m.r2.ci };
    };
  }

  it('percentile row bootstrap (mae, rmse, r2)', { timeout: 30_000 }, () => {
    check('bootstrap-percentile (1000 resamples)', coverage(500, truth, run({ resamples: 1000 }), 6), 500);
  });

  it('influence-function normal interval (mae, rmse, r2)', () => {
    check('normal-influence', coverage(2000, truth, run({ maxBootstrapRows: 0, resamples: 2 }), 7), 2000);
  });
});

describe('multiclass intervals', () => {
  // K = 3 equally likely classes; the predicted class is right with probability 0.8, else one of
  // the two others at random: every class has precision = recall = f1 = 0.8, so macro_f1 = 0.8.
  // The probability row is always a permutation of q = (0.6, 0.3, 0.1) with the label drawn from
  // it, so log_loss = H(q) = -Σ q ln q.
  const q = [0.6, 0.3, 0.1];
  const entropy = -q.reduce((s, p) => s + p * Math.log(p), 0);
  it('confusion bootstrap (macro_f1, balanced_accuracy), Wilson (accuracy)', { timeout: 30_000 }, () => {
    const cov = coverage(
      1000,
      { accuracy: 0.8, balanced_accuracy: 0.8, macro_f1: 0.8 },
      (rng) => {
        const s = new MulticlassState(3);
        const probs = new Float64Array(3);
        for (let i = 0; i < N; i++) {
          const y = rng.uniformInt(3);
          const pred = rng.nextFloat() < 0.8 ? y : (y + 1 + rng.uniformInt(2)) % 3;
          probs.fill(0.2);
          probs[pred] = 0.6;
          s.add(y, probs);
        }
        const m = multiclassMetrics(s, { maxBootstrapRows: 0, seed: rng.uniformInt(1 << 30) }).metrics;
        return { accuracy: m.accuracy.ci, balanced_accuracy: m.balanced_accuracy.ci, macro_f1: m.macro_f1.ci };
      },
      8,
    );
    check('multiclass wilson / bootstrap-confusion', cov, 1000);
  });

  function lossRun(opts: IntervalOptions) {
    return (rng: Xoshiro128) => {
      const s = new MulticlassState(3);
      const probs = new Float64Array(3);
      for (let i = 0; i < N; i++) {
        const shift = rng.uniformInt(3);
        for (let k = 0; k < 3; k++) probs[(k + shift) % 3] = q[k]!;
        const u = rng.nextFloat();
        const y = (u < q[0]! ? 0 : u < q[0]! + q[1]! ? 1 : 2) + shift;
        s.add(y % 3, probs);
      }
      return { log_loss: multiclassMetrics(s, { ...opts, seed: rng.uniformInt(1 << 30) }).metrics.log_loss.ci };
    };
  }

  it('log_loss: percentile row bootstrap and influence-function interval', { timeout: 30_000 }, () => {
    check('multiclass bootstrap-percentile', coverage(500, { log_loss: entropy }, lossRun({ resamples: 1000 }), 9), 500);
    check('multiclass normal-influence', coverage(2000, { log_loss: entropy }, lossRun({ maxBootstrapRows: 0, resamples: 2 }), 10), 2000);
  });
});
