/**
 * Linear models on a design matrix (./preprocess.ts), with scikit-learn's objectives:
 *
 * - Binary logistic regression, scikit-learn's LogisticRegression(penalty='l2', C, fit_intercept=True,
 *   solver='lbfgs') for two classes: minimizes
 *   sum_i [log(1 + exp(z_i)) - y_i z_i] + (l2 / 2) ||w||^2 with z_i = x_i.w + b, l2 = 1 / C, the
 *   intercept b not penalized (scikit-learn 1.2's LinearModelLoss scale, so `tolerance` means what
 *   its `tol` means). y_i = 1 for the second class in sorted order. L-BFGS stops as scikit-learn's
 *   does: max |gradient| <= tolerance, or a relative reduction of the objective below scipy's
 *   default ftol (2.2e-9).
 * - Multinomial logistic regression (three or more classes; scikit-learn's multi_class='auto' with
 *   lbfgs): minimizes sum_i [logsumexp_k z_ik - z_i,y_i] + (l2 / 2) sum_k ||w_k||^2 over K weight
 *   vectors and K unpenalized intercepts. Started at zero as scikit-learn starts it, the iterates
 *   keep sum_k w_k = 0 and sum_k b_k = 0, the same normalization scikit-learn's solution has.
 * - Ridge regression, scikit-learn's Ridge(alpha, fit_intercept=True): minimizes
 *   ||y - X w - b||^2 + l2 ||w||^2. X and y are centered (so b is not penalized), then
 *   (Xc'Xc + l2 I) w = Xc'yc is solved by Cholesky, and b = mean(y) - mean(X).w.
 *
 * All sums run in row order in float64, so results are reproducible to the bit.
 */
import { DataError } from '../errors.js';
import { SCIPY_FTOL, lbfgs, type LbfgsResult } from './lbfgs.js';
import type { Design } from './preprocess.js';

export interface LogisticFit {
  kind: 'logistic';
  /** Number of classes K (2 for binary). */
  classes: number;
  /** Binary: 1 x width (the weights of the second class); multinomial: K x width, row-major. */
  coef: Float64Array;
  /** Binary: 1 value; multinomial: K values. */
  intercept: Float64Array;
  iterations: number;
  evaluations: number;
  converged: boolean;
  /** Max |gradient| of the objective at the solution. */
  gradMax: number;
  objective: number;
  /** Why L-BFGS stopped. */
  stop: LbfgsResult['reason'];
}

export interface RidgeFit {
  kind: 'ridge';
  coef: Float64Array;
  intercept: number;
}

export interface LogisticOptions {
  l2: number;
  maxIterations: number;
  /** Gradient tolerance: stop when max |gradient| <= tolerance. */
  tolerance: number;
  /** Relative-reduction tolerance (see lbfgs.ts); default scipy's, as scikit-learn runs it; 0 turns it off. */
  ftol?: number;
}

function softplus(z: number): number {
  return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
}

/** Binary loss and gradient; x = [w (width), b]. y holds 0/1. */
function binaryObjective(X: Design, y: Uint8Array, l2: number) {
  const { n, d, num, c, cat, width } = X;
  return (x: Float64Array, g: Float64Array): number => {
    g.fill(0);
    const b = x[width];
    let f = 0;
    let gb = 0;
    for (let i = 0; i < n; i++) {
      const base = i * d;
      const cbase = i * c;
      let z = b;
      for (let j = 0; j < d; j++) z += num[base + j] * x[j];
      for (let k = 0; k < c; k++) {
        const idx = cat[cbase + k];
        if (idx >= 0) z += x[idx];
      }
      const yi = y[i];
      f += softplus(z) - yi * z;
      const r = (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z))) - yi;
      for (let j = 0; j < d; j++) g[j] += r * num[base + j];
      for (let k = 0; k < c; k++) {
        const idx = cat[cbase + k];
        if (idx >= 0) g[idx] += r;
      }
      gb += r;
    }
    g[width] = gb;
    let pen = 0;
    for (let j = 0; j < width; j++) {
      pen += x[j] * x[j];
      g[j] += l2 * x[j];
    }
    return f + 0.5 * l2 * pen;
  };
}

/** Multinomial loss and gradient; x = K blocks of [w_k (width), b_k]. y holds class indices. */
function multinomialObjective(X: Design, y: Int32Array, K: number, l2: number) {
  const { n, d, num, c, cat, width } = X;
  const stride = width + 1;
  const z = new Float64Array(K);
  return (x: Float64Array, g: Float64Array): number => {
    g.fill(0);
    let f = 0;
    for (let i = 0; i < n; i++) {
      const base = i * d;
      const cbase = i * c;
      let max = -Infinity;
      for (let k = 0; k < K; k++) {
        const o = k * stride;
        let s = x[o + width];
        for (let j = 0; j < d; j++) s += num[base + j] * x[o + j];
        for (let t = 0; t < c; t++) {
          const idx = cat[cbase + t];
          if (idx >= 0) s += x[o + idx];
        }
        z[k] = s;
        if (s > max) max = s;
      }
      const yi = y[i];
      // logsumexp(z) - z_y = log(sum_k exp(z_k - max)) - (z_y - max).
      const zy = z[yi] - max;
      let sum = 0;
      for (let k = 0; k < K; k++) {
        z[k] = Math.exp(z[k] - max);
        sum += z[k];
      }
      f += Math.log(sum) - zy;
      const inv = 1 / sum;
      for (let k = 0; k < K; k++) {
        const r = z[k] * inv - (k === yi ? 1 : 0);
        const o = k * stride;
        for (let j = 0; j < d; j++) g[o + j] += r * num[base + j];
        for (let t = 0; t < c; t++) {
          const idx = cat[cbase + t];
          if (idx >= 0) g[o + idx] += r;
        }
        g[o + width] += r;
      }
    }
    let pen = 0;
    for (let k = 0; k < K; k++) {
      const o = k * stride;
      for (let j = 0; j < width; j++) {
        pen += x[o + j] * x[o + j];
        g[o + j] += l2 * x[o + j];
      }
    }
    return f + 0.5 * l2 * pen;
  };
}

/** Fits a logistic regression; y holds class indices in [0, K). */
export function fitLogistic(X: Design, y: Int32Array, K: number, opts: LogisticOptions): LogisticFit {
  if (y.length !== X.n) throw new RangeError(`fitLogistic: ${y.length} labels for ${X.n} rows`);
  if (K < 2) throw new RangeError('fitLogistic: needs two classes or more');
  const width = X.width;
  const lb = { maxIterations: opts.maxIterations, gtol: opts.tolerance, ftol: opts.ftol ?? SCIPY_FTOL };
  if (K === 2) {
    const y01 = Uint8Array.from(y, (v) => (v === 1 ? 1 : 0));
    const r = lbfgs(binaryObjective(X, y01, opts.l2), new Float64Array(width + 1), lb);
    return {
      kind: 'logistic',
      classes: 2,
      coef: r.x.slice(0, width),
      intercept: Float64Array.of(r.x[width]),
      iterations: r.iterations,
      evaluations: r.evaluations,
      converged: r.converged,
      gradMax: r.gradMax,
      objective: r.f,
      stop: r.reason,
    };
  }
  const stride = width + 1;
  const r = lbfgs(multinomialObjective(X, y, K, opts.l2), new Float64Array(K * stride), lb);
  const coef = new Float64Array(K * width);
  const intercept = new Float64Array(K);
  for (let k = 0; k < K; k++) {
    coef.set(r.x.subarray(k * stride, k * stride + width), k * width);
    intercept[k] = r.x[k * stride + width];
  }
  return { kind: 'logistic', classes: K, coef, intercept, iterations: r.iterations, evaluations: r.evaluations, converged: r.converged, gradMax: r.gradMax, objective: r.f, stop: r.reason };
}

/** Linear scores: rows x outputs, for a coefficient matrix (outputs x width) and intercepts. */
function scores(X: Design, coef: Float64Array, intercept: Float64Array): Float64Array {
  const { n, d, num, c, cat, width } = X;
  const K = intercept.length;
  const out = new Float64Array(n * K);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < K; k++) {
      const o = k * width;
      let s = intercept[k];
      for (let j = 0; j < d; j++) s += num[i * d + j] * coef[o + j];
      for (let t = 0; t < c; t++) {
        const idx = cat[i * c + t];
        if (idx >= 0) s += coef[o + idx];
      }
      out[i * K + k] = s;
    }
  }
  return out;
}

/** Class probabilities, n x K row-major. */
export function predictProba(fit: LogisticFit, X: Design): Float64Array {
  const K = fit.classes;
  const z = scores(X, fit.coef, fit.intercept);
  const out = new Float64Array(X.n * K);
  if (K === 2) {
    for (let i = 0; i < X.n; i++) {
      const t = z[i];
      const p = t >= 0 ? 1 / (1 + Math.exp(-t)) : Math.exp(t) / (1 + Math.exp(t));
      out[2 * i] = 1 - p;
      out[2 * i + 1] = p;
    }
    return out;
  }
  for (let i = 0; i < X.n; i++) {
    let max = -Infinity;
    for (let k = 0; k < K; k++) max = Math.max(max, z[i * K + k]);
    let sum = 0;
    for (let k = 0; k < K; k++) sum += out[i * K + k] = Math.exp(z[i * K + k] - max);
    for (let k = 0; k < K; k++) out[i * K + k] /= sum;
  }
  return out;
}

export function predictValue(fit: RidgeFit, X: Design): Float64Array {
  return scores(X, fit.coef, Float64Array.of(fit.intercept));
}

/**
 * Ridge regression by the normal equations on centered data. l2 = 0 is ordinary least squares
 * (a DataError when the columns are collinear).
 */
export function fitRidge(X: Design, y: Float64Array, l2: number): RidgeFit {
  const { n, d, num, c, cat, width: p } = X;
  if (y.length !== n) throw new RangeError(`fitRidge: ${y.length} targets for ${n} rows`);
  const mean = new Float64Array(p);
  let ymean = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) mean[j] += num[i * d + j];
    for (let t = 0; t < c; t++) {
      const idx = cat[i * c + t];
      if (idx >= 0) mean[idx] += 1;
    }
    ymean += y[i];
  }
  for (let j = 0; j < p; j++) mean[j] /= n;
  ymean /= n;
  // Upper triangle of X'X and X'(y - ymean), accumulated row by row.
  const G = new Float64Array(p * p);
  const r = new Float64Array(p);
  for (let i = 0; i < n; i++) {
    const base = i * d;
    const yc = y[i] - ymean;
    for (let j = 0; j < d; j++) {
      const xj = num[base + j];
      if (xj === 0) continue;
      r[j] += xj * yc;
      const row = j * p;
      for (let k = j; k < d; k++) G[row + k] += xj * num[base + k];
      for (let t = 0; t < c; t++) {
        const idx = cat[i * c + t];
        if (idx >= 0) G[row + idx] += xj;
      }
    }
    for (let t = 0; t < c; t++) {
      const a = cat[i * c + t];
      if (a < 0) continue;
      r[a] += yc;
      for (let u = 0; u < c; u++) {
        const b = cat[i * c + u];
        if (b >= a) G[a * p + b] += 1;
      }
    }
  }
  // Centering: Xc'Xc = X'X - n mean mean'; Xc'yc = X'(y - ymean) (already centered in y).
  for (let j = 0; j < p; j++) {
    for (let k = j; k < p; k++) {
      G[j * p + k] -= n * mean[j] * mean[k];
      G[k * p + j] = G[j * p + k];
    }
    G[j * p + j] += l2;
  }
  const w = choleskySolve(G, r, p);
  let b = ymean;
  for (let j = 0; j < p; j++) b -= mean[j] * w[j];
  return { kind: 'ridge', coef: w, intercept: b };
}

/** Solves A x = b for a symmetric positive definite A (p x p, row-major; overwritten). */
export function choleskySolve(A: Float64Array, b: Float64Array, p: number): Float64Array {
  // A = L L', L stored in the lower triangle of A. A pivot that cancels to rounding noise of its
  // diagonal entry means a singular (collinear) system.
  for (let j = 0; j < p; j++) {
    const diag = A[j * p + j];
    let s = diag;
    for (let k = 0; k < j; k++) s -= A[j * p + k] * A[j * p + k];
    if (!(s > 1e-12 * Math.abs(diag))) throw new DataError(`the feature columns are collinear (the normal equations are singular at column ${j}); set 'l2' above 0 or remove duplicated columns`);
    const ljj = Math.sqrt(s);
    A[j * p + j] = ljj;
    for (let i = j + 1; i < p; i++) {
      let t = A[i * p + j];
      for (let k = 0; k < j; k++) t -= A[i * p + k] * A[j * p + k];
      A[i * p + j] = t / ljj;
    }
  }
  const x = Float64Array.from(b);
  for (let i = 0; i < p; i++) {
    let t = x[i];
    for (let k = 0; k < i; k++) t -= A[i * p + k] * x[k];
    x[i] = t / A[i * p + i];
  }
  for (let i = p - 1; i >= 0; i--) {
    let t = x[i];
    for (let k = i + 1; k < p; k++) t -= A[k * p + i] * x[k];
    x[i] = t / A[i * p + i];
  }
  return x;
}

/** accuracy and log_loss; y -1 is a class the model lacks (probabilities clipped to [eps, 1 - eps] and renormalized, as scikit-learn 1.2 does). */
export function classificationMetrics(proba: Float64Array, y: Int32Array, K: number): Record<string, number> {
  const n = y.length;
  if (n === 0) return {};
  const eps = Number.EPSILON;
  let correct = 0;
  let loss = 0;
  for (let i = 0; i < n; i++) {
    let best = 0;
    let sum = 0;
    for (let k = 0; k < K; k++) {
      const v = Math.min(Math.max(proba[i * K + k], eps), 1 - eps);
      sum += v;
      if (proba[i * K + k] > proba[i * K + best]) best = k;
    }
    const yi = y[i];
    if (best === yi) correct++;
    // A class the model does not know (seen only in test rows): wrong, with probability eps.
    loss -= Math.log(yi < 0 ? eps : Math.min(Math.max(proba[i * K + yi], eps), 1 - eps) / sum);
  }
  return { accuracy: correct / n, log_loss: loss / n };
}

/** rmse, mae and r2 = 1 - SSres / SStot (for a constant target: 1 if the fit is perfect, else 0, as scikit-learn's r2_score). */
export function regressionMetrics(pred: Float64Array, y: Float64Array): Record<string, number> {
  const n = y.length;
  if (n === 0) return {};
  let mean = 0;
  for (let i = 0; i < n; i++) mean += y[i];
  mean /= n;
  let se = 0;
  let ae = 0;
  let tot = 0;
  for (let i = 0; i < n; i++) {
    const e = y[i] - pred[i];
    se += e * e;
    ae += Math.abs(e);
    tot += (y[i] - mean) * (y[i] - mean);
  }
  const r2 = tot === 0 ? (se === 0 ? 1 : 0) : 1 - se / tot;
  return { rmse: Math.sqrt(se / n), mae: ae / n, r2 };
}
