// Seeded simulation of the judge at the default window (min-samples 200 requests per variant,
// defaults confidence 0.98, tolerance 0.25, thresholds 95/75, error rate critical): how often two
// identical models are rolled back, and how often a candidate with a 5% error rate, or 30% slower,
// is. The numbers printed here are the ones quoted in the README's deploy section.
import { describe, expect, it } from 'vitest';
import { defaultMetrics, judgeWindow, type JudgeSpec, type VariantWindow } from '../../../src/deploy/judge.js';
import { createRng, type Xoshiro128 } from '../../../src/stats/rng.js';

const N = 200;
const STABLE_ERROR_RATE = 0.005;
const specFor = (n: number): JudgeSpec => ({ confidence: 0.98, tolerance: 0.25, passThreshold: 95, marginalThreshold: 75, minSamples: n, groups: {}, metrics: defaultMetrics(false) });

function variant(rng: Xoshiro128, errorRate: number, slowdown: number, n: number): VariantWindow {
  const latency: number[] = [];
  let errors = 0;
  for (let i = 0; i < n; i++) {
    if (rng.nextFloat() < errorRate) errors++;
    // Lognormal latency around 20 ms (sigma 0.35 on the log scale), as a model server's tail looks.
    latency.push(Math.exp(Math.log(20) + 0.35 * rng.normal()) * slowdown);
  }
  return { samples: { latency_ms: latency }, counts: { errors: { events: errors, total: n } } };
}

/** Share of windows whose outcome is not pass/marginal, i.e. a rollback. */
function rollbackRate(seed: number, windows: number, candidate: { errorRate: number; slowdown: number }, n = N): number {
  const spec = specFor(n);
  const rng = createRng(seed);
  let rolledBack = 0;
  for (let w = 0; w < windows; w++) {
    const stable = variant(rng, STABLE_ERROR_RATE, 1, n);
    const cand = variant(rng, candidate.errorRate, candidate.slowdown, n);
    const j = judgeWindow(spec, { stable, candidate: cand });
    if (j.outcome === 'fail' || j.outcome === 'no-data') rolledBack++;
  }
  return rolledBack / windows;
}

describe('judge simulation at the default window (200 requests per variant)', () => {
  it('rolls back two identical models rarely, and a 5% error rate or a 30% slowdown almost always', () => {
    const falseRate = rollbackRate(20261206, 2000, { errorRate: STABLE_ERROR_RATE, slowdown: 1 });
    const errorPower = rollbackRate(7, 500, { errorRate: 0.05, slowdown: 1 });
    const slowPower = rollbackRate(8, 500, { errorRate: STABLE_ERROR_RATE, slowdown: 1.3 });
    // Errors are rare events: a 5% error rate against 0.5% needs a larger window for high power.
    const errorPower500 = rollbackRate(9, 300, { errorRate: 0.05, slowdown: 1 }, 500);
    // A three-step canary judges three windows; a false rollback at any of them ends it.
    const perRollout = 1 - (1 - falseRate) ** 3;
    console.log(
      `judge simulation: false rollback ${(falseRate * 100).toFixed(2)}% per window (${(perRollout * 100).toFixed(1)}% per 3-step canary); ` +
        `power ${(errorPower * 100).toFixed(1)}% against a 5% error rate, ${(slowPower * 100).toFixed(1)}% against a 30% slowdown; ` +
        `at 500 requests per variant ${(errorPower500 * 100).toFixed(1)}% against the 5% error rate`,
    );
    // Each test runs at 1 - 0.98 two-sided with one direction judged: at most about 1% each, and
    // Fisher's test and the tolerance bound are conservative.
    expect(falseRate).toBeLessThan(0.02);
    expect(slowPower).toBeGreaterThan(0.95);
    expect(errorPower).toBeGreaterThan(0.5);
    expect(errorPower500).toBeGreaterThan(0.95);
  });
});
