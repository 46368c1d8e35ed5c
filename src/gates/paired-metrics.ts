/**
 * The paired comparison of one metric between candidate and baseline on the same rows: the delta,
 * its interval, and one-sided p-values against a margin, each by the test that fits the metric:
 *
 * | metric | test |
 * |---|---|
 * | accuracy | McNemar (exact below 25 discordant pairs) with no margin; Tango's score test against a margin; Tango's score interval |
 * | roc_auc | DeLong's test for two correlated AUCs |
 * | log_loss, brier_score, mae | paired t-test on per-row losses / absolute errors |
 * | precision, recall, f1, balanced_accuracy, macro_f1 | paired bootstrap of the joint confusion cells (label x candidate x baseline prediction), multinomial redraws |
 * | average_precision, rmse, r2 | paired bootstrap of rows |
 *
 * Deltas are candidate - baseline in the metric's units; p-values are about the oriented delta
 * d = direction * delta (d < 0 is worse): pRegression(m) tests H1: d < -m, pNonInferior(m) tests
 * H1: d > -m.
 */
import { delongTest } from '../stats/delong.js';
import { accuracyMarginTest, marginTest, mcnemar, pairedAccuracyDifference, pairedBootstrap, pairedTable, ttestRel } from '../stats/paired.js';
import { normalQuantile } from '../stats/distributions.js';
import { createRng } from '../stats/rng.js';
import type { PairedRows } from './paired-data.js';
import { mapRows, predictions, rowLosses } from './paired-arrays.js';

export interface PairedEstimate {
  candidate: number;
  baseline: number;
  delta: number;
  ci: [number, number] | null;
  test: string;
  /** H1: oriented delta < -margin. */
  pRegression(margin: number): number;
  /** H1: oriented delta > -margin. */
  pNonInferior(margin: number): number;
}

export interface PairedOptions {
  direction: 1 | -1;
  threshold: number;
  confidence: number;
  resamples: number;
  seed: number;
}

function normalEstimate(candidate: number, baseline: number, dir: 1 | -1, se: number, confidence: number, test: string, df?: number): PairedEstimate {
  const delta = candidate - baseline;
  const z = normalQuantile(1 - (1 - confidence) / 2);
  return {
    candidate,
    baseline,
    delta,
    ci: [delta - z * se, delta + z * se],
    test,
    pRegression: (m) => marginTest(dir * delta, se, m, { df }).pvalueRegression,
    pNonInferior: (m) => marginTest(dir * delta, se, m, { df }).pvalueNonInferiority,
  };
}

/** Percentile interval and bootstrap p-values from a distribution of deltas. */
export function bootstrapEstimate(candidate: number, baseline: number, dir: 1 | -1, dist: Float64Array, confidence: number, test: string): PairedEstimate {
  const sorted = Float64Array.from(dist).sort();
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(p * (sorted.length - 1))))];
  const a = (1 - confidence) / 2;
  const B = sorted.length;
  const count = (pred: (d: number) => boolean) => {
    let k = 0;
    for (let i = 0; i < B; i++) if (pred(dir * sorted[i])) k++;
    return k;
  };
  return {
    candidate,
    baseline,
    delta: candidate - baseline,
    ci: [q(a), q(1 - a)],
    test,
    pRegression: (m) => (1 + count((d) => d >= -m)) / (B + 1),
    pNonInferior: (m) => (1 + count((d) => d <= -m)) / (B + 1),
  };
}

type CellMetric = (cells: ArrayLike<number>, model: 0 | 1) => number;

/** Binary metrics from the 8 joint cells: index 4*y + 2*candidatePred + baselinePred. */
function binaryCellMetric(name: string): CellMetric {
  return (cells, model) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let tn = 0;
    for (let i = 0; i < 8; i++) {
      const y = i >> 2;
      const pred = model === 0 ? (i >> 1) & 1 : i & 1;
      const c = cells[i];
      if (y && pred) tp += c;
      else if (!y && pred) fp += c;
      else if (y) fn += c;
      else tn += c;
    }
    const precision = tp + fp ? tp / (tp + fp) : 0;
    const recall = tp + fn ? tp / (tp + fn) : 0;
    switch (name) {
      case 'precision':
        return precision;
      case 'recall':
        return recall;
      case 'f1':
        return 2 * tp + fp + fn ? (2 * tp) / (2 * tp + fp + fn) : 0;
      default: {
        const spec = tn + fp ? tn / (tn + fp) : 0;
        return (recall + spec) / 2;
      }
    }
  };
}

/** Macro F1 from K^3 joint cells: index (y*K + candidatePred)*K + baselinePred. */
function macroF1Cells(k: number): CellMetric {
  return (cells, model) => {
    const tp = new Float64Array(k);
    const pred = new Float64Array(k);
    const sup = new Float64Array(k);
    for (let i = 0; i < k * k * k; i++) {
      const c = cells[i];
      if (!c) continue;
      const y = Math.floor(i / (k * k));
      const p = model === 0 ? Math.floor(i / k) % k : i % k;
      sup[y] += c;
      pred[p] += c;
      if (p === y) tp[y] += c;
    }
    let s = 0;
    for (let j = 0; j < k; j++) s += sup[j] + pred[j] ? (2 * tp[j]) / (sup[j] + pred[j]) : 0;
    return s / k;
  };
}

function cellBootstrap(cells: Float64Array, metric: CellMetric, dir: 1 | -1, o: PairedOptions, test: string): PairedEstimate {
  const n = cells.reduce((a, b) => a + b, 0);
  const shares = Float64Array.from(cells, (c) => c / n);
  const rng = createRng(o.seed, 7);
  const draw = new Float64Array(cells.length);
  const dist = new Float64Array(o.resamples);
  for (let b = 0; b < o.resamples; b++) {
    rng.multinomial(n, shares, draw);
    dist[b] = metric(draw, 0) - metric(draw, 1);
  }
  return bootstrapEstimate(metric(cells, 0), metric(cells, 1), dir, dist, o.confidence, test);
}

/** Average precision (scikit-learn's step form) of scores with per-row weights. */
function weightedAp(order: Uint32Array, y: Float64Array, w: Uint32Array | Float64Array, scores: Float64Array): number {
  let tp = 0;
  let fp = 0;
  let total = 0;
  for (let i = 0; i < y.length; i++) total += y[i] * w[i];
  if (total === 0) return 0;
  let ap = 0;
  let prevRecall = 0;
  let i = 0;
  while (i < order.length) {
    const s = scores[order[i]];
    while (i < order.length && scores[order[i]] === s) {
      const r = order[i++];
      if (y[r]) tp += w[r];
      else fp += w[r];
    }
    if (tp + fp === 0) continue;
    const recall = tp / total;
    ap += (recall - prevRecall) * (tp / (tp + fp));
    prevRecall = recall;
  }
  return ap;
}

function descendingOrder(scores: Float64Array): Uint32Array {
  const idx = new Uint32Array(scores.length);
  for (let i = 0; i < idx.length; i++) idx[i] = i;
  return idx.sort((a, b) => scores[b] - scores[a]);
}

/** The paired comparison of `metric`; undefined when this task has no such metric. */
export function pairedEstimate(metric: string, p: PairedRows, o: PairedOptions): PairedEstimate | undefined {
  const n = p.n;
  const dir = o.direction;
  const boot = { resamples: o.resamples, confidence: o.confidence, seed: o.seed, method: 'percentile' as const };
  if (p.task === 'binary' || p.task === 'multiclass') {
    // Predicted classes, made once per rows and threshold, only by the metrics that use them.
    const needsPred = metric === 'accuracy' || metric === 'macro_f1' || ['precision', 'recall', 'f1', 'balanced_accuracy'].includes(metric);
    const pred = needsPred ? predictions(p, o.threshold) : { candidate: p.candidate, baseline: p.baseline };
    const predC = pred.candidate;
    const predB = pred.baseline;
    if (metric === 'accuracy') {
      const table = pairedTable(mapRows(new Uint8Array(n), p.y, (y, i) => (predB[i] === y ? 1 : 0)), mapRows(new Uint8Array(n), p.y, (y, i) => (predC[i] === y ? 1 : 0)));
      const diff = pairedAccuracyDifference(table, { confidence: o.confidence });
      const accC = (table.bothCorrect + table.candidateOnly) / n;
      const accB = (table.bothCorrect + table.baselineOnly) / n;
      const mc = mcnemar(table.baselineOnly, table.candidateOnly);
      // One-sided McNemar: half the two-sided p on the side the data lies, its complement on the other.
      const oneSided = (dataOnThatSide: boolean) => (dataOnThatSide ? mc.pvalue / 2 : 1 - mc.pvalue / 2);
      return {
        candidate: accC,
        baseline: accB,
        delta: accC - accB,
        ci: [diff.confidenceInterval.low, diff.confidenceInterval.high],
        test: `McNemar (${mc.method}) without a margin, Tango's score test with one; Tango interval`,
        pRegression: (m) => (m === 0 ? oneSided(table.candidateOnly < table.baselineOnly) : accuracyMarginTest(table, m).pvalueRegression),
        pNonInferior: (m) => (m === 0 ? oneSided(table.candidateOnly > table.baselineOnly) : accuracyMarginTest(table, m).pvalueNonInferiority),
      };
    }
    if (p.task === 'binary' && ['precision', 'recall', 'f1', 'balanced_accuracy'].includes(metric)) {
      const cells = new Float64Array(8);
      for (let i = 0; i < n; i++) cells[4 * p.y[i] + 2 * predC[i] + predB[i]]++;
      return cellBootstrap(cells, binaryCellMetric(metric), dir, o, 'paired bootstrap of the joint confusion cells (percentile)');
    }
    if (p.task === 'multiclass' && metric === 'macro_f1') {
      const k = Math.max(...p.y, ...predC, ...predB) + 1;
      const cells = new Float64Array(k * k * k);
      for (let i = 0; i < n; i++) cells[(p.y[i] * k + predC[i]) * k + predB[i]]++;
      return cellBootstrap(cells, macroF1Cells(k), dir, o, 'paired bootstrap of the joint confusion cells (percentile)');
    }
    if (p.task === 'binary' && metric === 'roc_auc') {
      const t = delongTest(p.y, p.candidate, p.baseline, { confidence: o.confidence });
      return normalEstimate(t.auc[0], t.auc[1], dir, t.standardError, o.confidence, "DeLong's test for correlated AUCs");
    }
    if (metric === 'log_loss' || (p.task === 'binary' && metric === 'brier_score')) {
      const { candidate: lc, baseline: lb } = rowLosses(p, metric === 'brier_score' ? 'brier_score' : 'log_loss');
      const t = ttestRel(lc, lb);
      const mean = (a: Float64Array) => a.reduce((x, y) => x + y, 0) / a.length;
      return normalEstimate(mean(lc), mean(lb), dir, t.standardError, o.confidence, 'paired t-test on per-row losses', t.df);
    }
    if (p.task === 'binary' && metric === 'average_precision') {
      const oc = descendingOrder(p.candidate);
      const ob = descendingOrder(p.baseline);
      const stat = (w: Uint32Array) => weightedAp(oc, p.y, w, p.candidate) - weightedAp(ob, p.y, w, p.baseline);
      const ones = new Uint32Array(n).fill(1);
      const r = pairedBootstrap(stat, n, boot);
      return bootstrapEstimate(weightedAp(oc, p.y, ones, p.candidate), weightedAp(ob, p.y, ones, p.baseline), dir, r.bootstrapDistribution, o.confidence, 'paired bootstrap of rows (percentile)');
    }
    return undefined;
  }
  // regression
  if (metric === 'mae') {
    const { candidate: ec, baseline: eb } = rowLosses(p, 'abs_error');
    const t = ttestRel(ec, eb);
    const mean = (a: Float64Array) => a.reduce((x, y) => x + y, 0) / a.length;
    return normalEstimate(mean(ec), mean(eb), dir, t.standardError, o.confidence, 'paired t-test on per-row absolute errors', t.df);
  }
  if (metric === 'rmse' || metric === 'r2') {
    const value = (pred: Float64Array, w: ArrayLike<number>) => {
      let sw = 0;
      let sy = 0;
      for (let i = 0; i < n; i++) {
        sw += w[i];
        sy += w[i] * p.y[i];
      }
      const my = sy / sw;
      let sse = 0;
      let sst = 0;
      for (let i = 0; i < n; i++) {
        sse += w[i] * (pred[i] - p.y[i]) ** 2;
        sst += w[i] * (p.y[i] - my) ** 2;
      }
      return metric === 'rmse' ? Math.sqrt(sse / sw) : sst > 0 ? 1 - sse / sst : 0;
    };
    const r = pairedBootstrap((w) => value(p.candidate, w) - value(p.baseline, w), n, boot);
    const ones = new Uint32Array(n).fill(1);
    return bootstrapEstimate(value(p.candidate, ones), value(p.baseline, ones), dir, r.bootstrapDistribution, o.confidence, 'paired bootstrap of rows (percentile)');
  }
  return undefined;
}
