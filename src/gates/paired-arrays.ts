/**
 * Per-row arrays derived from one PairedRows, built once per comparison and shared by every metric
 * and gate that needs them: the thresholded predictions (accuracy, precision, recall, f1,
 * balanced_accuracy all use the same two arrays), the per-row losses of log_loss / brier_score and
 * the absolute errors of mae. Cached by the PairedRows object (a WeakMap: they go when it goes)
 * and the threshold; each array is read-only for its users.
 */
import type { PairedRows } from './paired-data.js';

const EPS = 2.220446049250313e-16;

type Kind = 'pred' | 'log_loss' | 'brier_score' | 'abs_error';

const cache = new WeakMap<PairedRows, Map<string, { candidate: Float64Array; baseline: Float64Array }>>();

function cached(p: PairedRows, key: string, build: (scores: Float64Array) => Float64Array): { candidate: Float64Array; baseline: Float64Array } {
  let m = cache.get(p);
  if (!m) cache.set(p, (m = new Map()));
  let hit = m.get(key);
  if (!hit) m.set(key, (hit = { candidate: build(p.candidate), baseline: build(p.baseline) }));
  return hit;
}

/** out[i] = fn(a[i], i) with a plain loop (TypedArray.from with a map function is ~10x slower). */
export function mapRows<T extends Float64Array | Uint8Array>(out: T, a: ArrayLike<number>, fn: (x: number, i: number) => number): T {
  for (let i = 0; i < a.length; i++) out[i] = fn(a[i]!, i);
  return out;
}

/** Predicted classes of both models: binary scores thresholded at `threshold`; multiclass as given. */
export function predictions(p: PairedRows, threshold: number): { candidate: Float64Array; baseline: Float64Array } {
  if (p.task !== 'binary') return { candidate: p.candidate, baseline: p.baseline };
  return cached(p, `pred|${threshold}`, (s) => mapRows(new Float64Array(p.n), s, (x) => (x >= threshold ? 1 : 0)));
}

/** Per-row losses (log_loss clipped at float64 epsilon, as scikit-learn; brier_score) or absolute errors of both models. */
export function rowLosses(p: PairedRows, kind: Exclude<Kind, 'pred'>): { candidate: Float64Array; baseline: Float64Array } {
  if (kind === 'log_loss' && p.candidateLoss && p.baselineLoss) return { candidate: p.candidateLoss, baseline: p.baselineLoss };
  const y = p.y;
  const loss =
    kind === 'abs_error'
      ? (v: number, i: number) => Math.abs(v - y[i]!)
      : kind === 'brier_score'
        ? (s: number, i: number) => (s - y[i]!) ** 2
        : (s: number, i: number) => -Math.log(Math.min(1 - EPS, Math.max(EPS, y[i] ? s : 1 - s)));
  return cached(p, kind, (s) => mapRows(new Float64Array(p.n), s, loss));
}
