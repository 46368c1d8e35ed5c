// Shared by the metrics tests: the goldens file and a tolerance check that names the case.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';

export interface BinaryGolden {
  name: string;
  threshold: number;
  labels: number[];
  scores: number[];
  accuracy: number;
  balanced_accuracy: number;
  precision: number;
  recall: number;
  f1: number;
  roc_auc: number | null;
  average_precision: number;
  log_loss: number;
  brier_score: number;
  confusion: [[number, number], [number, number]];
  calibration: { counts: number[]; mean_predicted: (number | null)[]; observed_rate: (number | null)[]; ece: number };
  wilson95: Record<'accuracy' | 'precision' | 'recall', [number, number] | null>;
}

export interface MulticlassGolden {
  name: string;
  classes: number;
  labels: number[];
  probs: number[];
  accuracy: number;
  balanced_accuracy: number;
  macro_f1: number;
  log_loss: number;
  precision: number[];
  recall: number[];
  f1: number[];
  support: number[];
  confusion: number[][];
}

export interface RegressionGolden {
  name: string;
  labels: number[];
  predictions: number[];
  mae: number;
  rmse: number;
  r2: number | null;
  abs_error_quantiles: [number, number, number, number];
}

export interface Goldens {
  meta: Record<string, string>;
  binary: BinaryGolden[];
  multiclass: MulticlassGolden[];
  regression: RegressionGolden[];
  delong: { name: string; case: string; confidence: number; auc: number; variance: number | null; ci: [number, number] | null }[];
  delong_paired: {
    name: string;
    labels: number[];
    a: number[];
    b: number[];
    conf: number;
    alternative: 'two.sided' | 'greater' | 'less';
    statistic: number;
    p_value: number;
    auc_a: number;
    auc_b: number;
    ci: [number, number];
  }[];
  norm_ppf: [number, number][];
}

export const G = JSON.parse(readFileSync(new URL('../../fixtures/metrics/goldens.json', import.meta.url), 'utf8')) as Goldens;

/** Largest relative error seen per check name, reported by the tests that care. */
export const worst = new Map<string, number>();

/** Asserts |actual - expected| <= abs + rel·|expected|, naming the case on failure; records the relative error. */
export function expectClose(actual: number | null | undefined, expected: number | null, tol: { rel: number; abs?: number }, label: string): void {
  if (expected === null) {
    expect(actual, `${label}: expected null`).toBeNull();
    return;
  }
  expect(typeof actual, `${label}: got ${actual}`).toBe('number');
  const a = actual as number;
  const err = Math.abs(a - expected);
  const bound = (tol.abs ?? 0) + tol.rel * Math.abs(expected);
  const key = label.split(':')[0]!;
  // Relative error, except next to 0 where only the absolute tolerance means anything.
  const rel = Math.abs(expected) < 1e-12 ? 0 : err / Math.abs(expected);
  worst.set(key, Math.max(worst.get(key) ?? 0, rel));
  expect(err <= bound || a === expected, `${label}: got ${a}, expected ${expected} (|diff| ${err.toExponential(2)} > ${bound.toExponential(2)})`).toBe(true);
}
