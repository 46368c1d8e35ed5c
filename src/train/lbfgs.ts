/**
 * L-BFGS (Nocedal, "Updating quasi-Newton matrices with limited storage", 1980; Nocedal and Wright,
 * "Numerical Optimization", 2nd ed., algorithms 7.4 and 7.5) for smooth unconstrained minimization,
 * in Float64Array arithmetic with a fixed order of operations, so the same problem always gives
 * the same bits.
 *
 * - Direction: the two-loop recursion over the last `memory` (default 10, scipy's maxcor) pairs
 *   (s, y), initial Hessian scaled by s'y / y'y; pairs with s'y <= 1e-10 y'y are not stored.
 * - Step: a line search for the strong Wolfe conditions (c1 = 1e-4, c2 = 0.9) that brackets the
 *   step with the directional derivative and shrinks the bracket by safeguarded secant steps. Near
 *   the optimum of a large sum, decreases of f fall below its rounding error while the gradient is
 *   still accurate; there the sufficient-decrease test is Hager and Zhang's approximate Wolfe test
 *   (2005): f(a) <= f(0) + 1e-12 |f(0)| and f'(a) <= (2 c1 - 1) f'(0).
 * - Stop: converged when max |g_i| <= gtol (scipy's pgtol test, which scikit-learn's lbfgs solver
 *   uses with gtol = tol), or, when `ftol` > 0, when an iteration reduces f by at most
 *   ftol * max(|f_k|, |f_k+1|, 1) (scipy L-BFGS-B's factr test; scikit-learn runs it with scipy's
 *   default, ftol = 1e7 * machine epsilon); not converged at `maxIterations`, or when no step along
 *   the L-BFGS direction nor along -g satisfies the line search (the reason says which).
 */

/** scipy.optimize.minimize(method='L-BFGS-B')'s default ftol (factr = 1e7 times machine epsilon). */
export const SCIPY_FTOL = 1e7 * Number.EPSILON;

/** Returns f(x) and writes the gradient into g. */
export type ObjectiveFn = (x: Float64Array, g: Float64Array) => number;

export interface LbfgsOptions {
  maxIterations: number;
  gtol: number;
  /** Relative reduction of f below which the iteration stops (default 0: off). */
  ftol?: number;
  memory?: number;
}

export interface LbfgsResult {
  x: Float64Array;
  f: number;
  /** Max |gradient| at x. */
  gradMax: number;
  iterations: number;
  evaluations: number;
  converged: boolean;
  reason: 'gtol' | 'ftol' | 'max-iterations' | 'line-search';
}

const C1 = 1e-4;
const C2 = 0.9;
const MAX_TRIALS = 60;

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

function maxAbs(a: Float64Array): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) {
    const v = Math.abs(a[i]);
    if (v > m || v !== v) m = v;
  }
  return m;
}

export function lbfgs(fg: ObjectiveFn, x0: Float64Array, opts: LbfgsOptions): LbfgsResult {
  const m = opts.memory ?? 10;
  const ftol = opts.ftol ?? 0;
  const p = x0.length;
  let x = Float64Array.from(x0);
  let g = new Float64Array(p);
  let f = fg(x, g);
  let evaluations = 1;
  let xNew = new Float64Array(p);
  let gNew = new Float64Array(p);
  const d = new Float64Array(p);
  const S: Float64Array[] = [];
  const Y: Float64Array[] = [];
  const rho: number[] = [];
  const alpha = new Float64Array(m);
  let iterations = 0;
  let gradMax = maxAbs(g);
  if (!Number.isFinite(f) || gradMax !== gradMax) throw new RangeError('lbfgs: the objective is not finite at the starting point');

  const done = (converged: boolean, reason: LbfgsResult['reason']): LbfgsResult => ({ x, f, gradMax, iterations, evaluations, converged, reason });

  while (gradMax > opts.gtol) {
    if (iterations >= opts.maxIterations) return done(false, 'max-iterations');
    // Two-loop recursion: d = -H g.
    for (let i = 0; i < p; i++) d[i] = g[i];
    for (let k = S.length - 1; k >= 0; k--) {
      const a = rho[k] * dot(S[k], d);
      alpha[k] = a;
      const y = Y[k];
      for (let i = 0; i < p; i++) d[i] -= a * y[i];
    }
    if (S.length) {
      const last = S.length - 1;
      const gamma = 1 / (rho[last] * dot(Y[last], Y[last]));
      for (let i = 0; i < p; i++) d[i] *= gamma;
    }
    for (let k = 0; k < S.length; k++) {
      const b = rho[k] * dot(Y[k], d);
      const s = S[k];
      const a = alpha[k];
      for (let i = 0; i < p; i++) d[i] += s[i] * (a - b);
    }
    for (let i = 0; i < p; i++) d[i] = -d[i];
    let dg = dot(d, g);
    let steepest = S.length === 0;
    if (!(dg < 0)) {
      for (let i = 0; i < p; i++) d[i] = -g[i];
      dg = -dot(g, g);
      steepest = true;
      S.length = Y.length = rho.length = 0;
    }
    // First step along -g: length 1 / ||g|| (as L-BFGS-B does); later the unit quasi-Newton step.
    const a0 = steepest ? Math.min(1, 1 / Math.sqrt(-dg)) : 1;
    const ls = lineSearch(fg, x, f, dg, d, a0, xNew, gNew);
    evaluations += ls.evaluations;
    if (!ls.ok) {
      if (!steepest) {
        S.length = Y.length = rho.length = 0; // retry along -g
        continue;
      }
      return done(false, 'line-search');
    }
    // s = xNew - x, y = gNew - g.
    const s = new Float64Array(p);
    const y = new Float64Array(p);
    for (let i = 0; i < p; i++) {
      s[i] = xNew[i] - x[i];
      y[i] = gNew[i] - g[i];
    }
    const sy = dot(s, y);
    const yy = dot(y, y);
    if (sy > 1e-10 * yy && sy > 0) {
      if (S.length === m) {
        S.shift();
        Y.shift();
        rho.shift();
      }
      S.push(s);
      Y.push(y);
      rho.push(1 / sy);
    }
    [x, xNew] = [xNew, x];
    [g, gNew] = [gNew, g];
    const reduction = f - ls.f;
    const fPrev = f;
    f = ls.f;
    iterations++;
    gradMax = maxAbs(g);
    if (ftol > 0 && gradMax > opts.gtol && reduction <= ftol * Math.max(Math.abs(fPrev), Math.abs(f), 1)) return done(true, 'ftol');
  }
  return done(true, 'gtol');
}

interface LineSearchResult {
  ok: boolean;
  f: number;
  evaluations: number;
}

/**
 * Finds a step a along d from x (f0, directional derivative dg0 < 0) that satisfies the strong
 * Wolfe conditions; leaves x + a d in xNew and its gradient in gNew.
 */
function lineSearch(fg: ObjectiveFn, x: Float64Array, f0: number, dg0: number, d: Float64Array, a0: number, xNew: Float64Array, gNew: Float64Array): LineSearchResult {
  const p = x.length;
  const roundoff = 1e-12 * Math.abs(f0);
  let lo = 0;
  let dlo = dg0;
  let hi = Infinity;
  let dhi = NaN;
  let a = a0;
  let trial = 0;
  while (trial < MAX_TRIALS) {
    trial++;
    for (let i = 0; i < p; i++) xNew[i] = x[i] + a * d[i];
    const f = fg(xNew, gNew);
    const da = dot(gNew, d);
    const finite = Number.isFinite(f) && da === da;
    const armijo = finite && (f <= f0 + C1 * a * dg0 || (f <= f0 + roundoff && da <= (2 * C1 - 1) * dg0));
    if (!armijo || da > -C2 * dg0) {
      hi = a;
      dhi = finite ? da : NaN;
    } else if (da < C2 * dg0) {
      lo = a;
      dlo = da;
    } else {
      return { ok: true, f, evaluations: trial };
    }
    if (hi === Infinity) {
      // Extrapolate: secant on the derivative from (0 or lo), at most 4x, at least 1.5x.
      const sec = dlo < 0 && dg0 < dlo ? lo + (lo * dlo) / (dg0 - dlo) : Infinity;
      a = Math.min(Math.max(sec, 1.5 * lo), 4 * lo);
      if (a > 1e20) break;
    } else {
      const width = hi - lo;
      if (width <= 1e-16 * hi) break;
      let next = lo + width / 2;
      if (dhi > 0 && dlo < 0) {
        const sec = lo + (width * -dlo) / (dhi - dlo);
        next = Math.min(Math.max(sec, lo + 0.1 * width), hi - 0.1 * width);
      }
      a = next;
    }
  }
  return { ok: false, f: f0, evaluations: trial };
}
