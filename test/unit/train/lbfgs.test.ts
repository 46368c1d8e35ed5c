// The L-BFGS minimizer on textbook problems, and how the trainer reports a fit that stops early.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryLogger } from '../../../src/lib/logger.js';
import { lbfgs } from '../../../src/train/lbfgs.js';
import { trainBuiltin } from '../../../src/train/index.js';
import { TRAIN_FIXTURES } from './helpers.js';
import { tempDir } from '../../helpers.js';

describe('lbfgs', () => {
  it('minimizes the Rosenbrock function from (-1.2, 1)', () => {
    const rosen = (x: Float64Array, g: Float64Array) => {
      const [a, b] = x;
      g[0] = -400 * a * (b - a * a) - 2 * (1 - a);
      g[1] = 200 * (b - a * a);
      return 100 * (b - a * a) ** 2 + (1 - a) ** 2;
    };
    const r = lbfgs(rosen, Float64Array.of(-1.2, 1), { maxIterations: 200, gtol: 1e-10 });
    expect(r.converged).toBe(true);
    expect(r.reason).toBe('gtol');
    expect(r.x[0]).toBeCloseTo(1, 8);
    expect(r.x[1]).toBeCloseTo(1, 8);
    expect(r.iterations).toBeLessThan(60);
    // Deterministic to the bit.
    expect(Array.from(lbfgs(rosen, Float64Array.of(-1.2, 1), { maxIterations: 200, gtol: 1e-10 }).x)).toEqual(Array.from(r.x));
  });

  it('solves an ill-conditioned quadratic to the gradient tolerance', () => {
    const d = Float64Array.from({ length: 50 }, (_, i) => 10 ** (-3 + (6 * i) / 49));
    const quad = (x: Float64Array, g: Float64Array) => {
      let f = 0;
      for (let i = 0; i < x.length; i++) {
        g[i] = d[i] * (x[i] - 1);
        f += 0.5 * d[i] * (x[i] - 1) ** 2;
      }
      return f;
    };
    const r = lbfgs(quad, new Float64Array(50), { maxIterations: 10_000, gtol: 1e-9 });
    expect(r.converged).toBe(true);
    expect(r.gradMax).toBeLessThanOrEqual(1e-9);
  });

  it('stops at maxIterations, not converged', () => {
    const quad = (x: Float64Array, g: Float64Array) => {
      g[0] = 1e-3 * x[0] - 1;
      g[1] = 1e3 * x[1];
      return 0.5e-3 * x[0] ** 2 - x[0] + 0.5e3 * x[1] ** 2;
    };
    const r = lbfgs(quad, Float64Array.of(0, 1), { maxIterations: 1, gtol: 1e-12 });
    expect(r).toMatchObject({ converged: false, reason: 'max-iterations', iterations: 1 });
  });

  it('a logistic fit cut short is reported, with a warning', async () => {
    const log = memoryLogger();
    const s = await trainBuiltin({ algorithm: 'logistic-regression', data: [join(TRAIN_FIXTURES, 'breast_cancer.csv')], label: 'target', model: join(tempDir(), 'm.onnx'), seed: 0, maxIterations: 3 }, log);
    expect(s).toMatchObject({ converged: false, iterations: 3 });
    expect(log.lines.some((l) => /^warning: logistic regression did not converge in 3 iterations/.test(l))).toBe(true);
  });
});
