/**
 * ROC and precision-recall curves of a binary evaluation, downsampled for drawing.
 *
 * The full curves have one point per distinct score (scikit-learn's roc_curve and
 * precision_recall_curve with drop_intermediate off). They are walked from the highest threshold
 * down, and a point is kept when it moved more than `maxError` from the last kept point in either
 * coordinate (the last point is always kept). So every point of the full curve lies within
 * `maxError` of a kept point in both coordinates (Chebyshev distance). ROC coordinates are
 * monotone, so the ROC keeps at most 2 / maxError + 2 points; precision is not, so when the PR
 * curve would keep more than `maxPoints`, the tolerance doubles until it fits, and the tolerance
 * used is what the result reports.
 */

export interface Curves {
  /** False positive rate and true positive rate, from (0, 0) to (1, 1). */
  roc: { fpr: number[]; tpr: number[] };
  /** Recall ascending from 0, precision; starts at (0, 1) like scikit-learn's. */
  pr: { recall: number[]; precision: number[] };
  /** The largest distance (each coordinate) from any point of the full curves to a kept point. */
  maxError: number;
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

class Thinner {
  readonly x: number[] = [];
  readonly y: number[] = [];
  private lx = NaN;
  private ly = NaN;
  private px = NaN;
  private py = NaN;
  constructor(private readonly eps: number) {}
  add(x: number, y: number): void {
    this.px = x;
    this.py = y;
    if (this.x.length === 0 || Math.abs(x - this.lx) > this.eps || Math.abs(y - this.ly) > this.eps) {
      this.x.push(round(x));
      this.y.push(round(y));
      this.lx = x;
      this.ly = y;
    }
  }
  finish(): void {
    if (this.px !== this.lx || this.py !== this.ly) {
      this.x.push(round(this.px));
      this.y.push(round(this.py));
    }
  }
}

function walk(pos: Float64Array, neg: Float64Array, eps: number, which: 'roc' | 'pr'): Thinner {
  const P = pos.length;
  const N = neg.length;
  const t = new Thinner(eps);
  if (which === 'roc') t.add(0, 0);
  else t.add(0, 1);
  let i = P - 1;
  let j = N - 1;
  let tp = 0;
  let fp = 0;
  while (i >= 0 || j >= 0) {
    const s = Math.max(i >= 0 ? pos[i]! : -Infinity, j >= 0 ? neg[j]! : -Infinity);
    while (i >= 0 && pos[i] === s) (tp++, i--);
    while (j >= 0 && neg[j] === s) (fp++, j--);
    if (which === 'roc') t.add(N ? fp / N : 0, P ? tp / P : 0);
    else if (tp + fp > 0) t.add(P ? tp / P : 0, tp / (tp + fp));
  }
  t.finish();
  return t;
}

/** Curves from the scores of positive and of negative rows, each sorted ascending. */
export function binaryCurves(positives: Float64Array, negatives: Float64Array, opts: { maxError?: number; maxPoints?: number } = {}): Curves {
  const eps = opts.maxError ?? 0.002;
  const maxPoints = opts.maxPoints ?? 1200;
  const roc = walk(positives, negatives, eps, 'roc');
  let prEps = eps;
  let pr = walk(positives, negatives, prEps, 'pr');
  while (pr.x.length > maxPoints) pr = walk(positives, negatives, (prEps *= 2), 'pr');
  return { roc: { fpr: roc.x, tpr: roc.y }, pr: { recall: pr.x, precision: pr.y }, maxError: prEps };
}
