/**
 * Decay: labels that arrive later (a file of `request_id` and the true label) joined to the
 * predictions recorded in the window. The model is not run again: the recorded answers are scored
 * with evaluate-model's metrics and intervals (src/model/metrics.ts over src/metrics, with the
 * registered evaluation's threshold, confidence and bootstrap settings), and each metric that has
 * an unpaired two-sample test (src/stats/unpaired.ts) is tested against the registered evaluation;
 * Holm's correction over the metrics tested. A metric has decayed when its adjusted test rejects and
 * it moved in the worse direction.
 *
 * | metric                  | test                                              | reference needs |
 * |-------------------------|---------------------------------------------------|-----------------|
 * | accuracy                | two-proportion z, Newcombe interval               | rows, value     |
 * | precision, recall       | two-proportion z on their denominators            | confusion table |
 * | roc_auc                 | two independent AUCs, DeLong variances (Hanley-McNeil for a reference without per-row predictions) | per-row predictions, else confusion table |
 * | log_loss, brier_score, mae | Welch t on the per-row losses                  | per-row predictions |
 * | rmse                    | Welch t on the squared errors (the MSE)           | per-row predictions |
 * Other metrics are measured and shown with their intervals, not judged.
 *
 * Joining: a request's rows (a request may carry several) take the labels given for its id in the
 * order given. Labels for ids not in the window are counted (they may belong to another window);
 * a file none of whose ids are in the window is an error.
 */
import { existsSync } from 'node:fs';
import { DataError } from '../errors.js';
import { showName, showPath } from '../lib/files.js';
import { readRows, type Cell } from '../data/readers.js';
import { labelKey } from '../data/schema.js';
import { DIRECTION } from '../gates/spec.js';
import { LOG_LOSS_EPS } from '../metrics/binary.js';
import type { MetricResult } from '../metrics/intervals.js';
import { computeMetrics } from '../model/metrics.js';
import { delongSorted } from '../stats/delong.js';
import { multipleTesting } from '../stats/multiple.js';
import { aucUnpairedTest, hanleyMcNeilVariance, summarize, twoProportionZTest, welchTTest, type AucSide, type UnpairedResult } from '../stats/unpaired.js';
import type { EvaluatedRows, RegisteredEvaluation } from './reference.js';
import type { WindowPredictions } from './predictions.js';
import type { Thresholds } from './config.js';

export interface Labels {
  file: string;
  column: string;
  /** request id -> labels in file order, with their lines. */
  byId: Map<string, { label: Cell; line: number }[]>;
  count: number;
}

/** Reads a labels file: `request_id` and one label column (the evaluation's label name, `label`, or the only other column). */
export async function readLabels(file: string, labelName: string | undefined): Promise<Labels> {
  // A named file that is not there is an error, not a run without labels: it is as often a typo as
  // labels not yet arrived, and a silent fallback would leave decay untested on every run.
  if (!existsSync(file)) {
    throw new DataError(`input 'labels': ${showPath(file)} does not exist; for labels that may not have arrived yet, give 'labels' only when the file exists (in a workflow: labels: \${{ hashFiles('<path>') != '' && '<path>' || '' }}), and monitor runs without them`, file);
  }
  let columns: string[] = [];
  const rows: { cells: Cell[]; line: number }[] = [];
  await readRows(file, {
    header: (names) => (columns = [...names]),
    newColumn: (name, index) => (columns[index] = name),
    row: (cells, line) => rows.push({ cells, line }),
    bad: (line, message) => {
      throw new DataError(`${showPath(file)}:${line}: ${message}`, file, line);
    },
  });
  const ri = columns.indexOf('request_id');
  if (ri < 0) throw new DataError(`${showPath(file)}: the labels file needs a 'request_id' column (columns: ${columns.slice(0, 10).map(showName).join(', ')})`, file);
  const others = columns.filter((_, i) => i !== ri);
  const column = labelName && others.includes(labelName) ? labelName : others.includes('label') ? 'label' : others.length === 1 ? others[0] : undefined;
  if (column === undefined) throw new DataError(`${showPath(file)}: cannot tell the label column: name it ${labelName ? `${showName(labelName)} (the model's label) or ` : ''}'label', or keep only request_id and the label`, file);
  const li = columns.indexOf(column);
  const byId = new Map<string, { label: Cell; line: number }[]>();
  for (const r of rows) {
    const id = r.cells[ri];
    if (id === null || id === undefined || id === '') throw new DataError(`${showPath(file)}:${r.line}: request_id is empty`, file, r.line);
    const key = String(id);
    const list = byId.get(key) ?? [];
    list.push({ label: r.cells[li] ?? null, line: r.line });
    byId.set(key, list);
  }
  if (rows.length === 0) throw new DataError(`${showPath(file)}: the labels file has no rows`, file);
  return { file, column, byId, count: rows.length };
}

export interface DecayTest {
  metric: string;
  reference: number | null;
  current: number | null;
  /** current - reference, in the metric's units. */
  difference: number | null;
  /** Interval of the difference, where the test gives one on the metric's scale. */
  ci: [number, number] | null;
  test: string;
  pValue: number;
  /** Holm-adjusted over the metrics tested. */
  pValueAdjusted: number;
  decayed: boolean;
}

export interface Decay {
  labels: string;
  labelColumn: string;
  /** Window rows with a label, rows without, and labels whose id is not in the window. */
  labelled: number;
  unlabelled: number;
  unmatched: number;
  /** Metrics on the labelled rows, as evaluate-model reports them. */
  metrics: Record<string, MetricResult>;
  tests: DecayTest[];
  /** Metrics measured but not tested, and why. */
  untested: { metric: string; reason: string }[];
  correction: 'holm';
  alpha: number;
  /** Set when decay was not tested at all. */
  skipped?: string;
}

/** Per-row losses whose means are the metrics, for Welch's test. */
function perRowLosses(task: string, y: Float64Array, score: Float64Array, proba: Float64Array, k: number): Record<string, Float64Array> {
  const n = y.length;
  const clip = (p: number) => Math.min(1 - LOG_LOSS_EPS, Math.max(LOG_LOSS_EPS, p));
  if (task === 'regression') {
    const abs = new Float64Array(n);
    const sq = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      abs[i] = Math.abs(y[i] - score[i]);
      sq[i] = (y[i] - score[i]) ** 2;
    }
    return { mae: abs, rmse: sq };
  }
  const ll = new Float64Array(n);
  if (task === 'binary') {
    const brier = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      ll[i] = -Math.log(y[i] === 1 ? clip(score[i]) : clip(1 - score[i]));
      brier[i] = (score[i] - y[i]) ** 2;
    }
    return { log_loss: ll, brier_score: brier };
  }
  for (let i = 0; i < n; i++) ll[i] = -Math.log(clip(proba[i * k + y[i]]));
  return { log_loss: ll };
}

function aucSide(task: string, y: Float64Array, score: Float64Array): AucSide | undefined {
  if (task !== 'binary') return undefined;
  const pos: number[] = [];
  const neg: number[] = [];
  for (let i = 0; i < y.length; i++) (y[i] === 1 ? pos : neg).push(score[i]);
  if (pos.length < 2 || neg.length < 2) return undefined;
  const est = delongSorted(Float64Array.from(pos).sort(), Float64Array.from(neg).sort());
  return est.variance === null ? undefined : { auc: est.auc, variance: est.variance, method: 'delong' };
}

/** Joins the labels to the window's recorded predictions, scores them and tests for decay. */
export function decay(labels: Labels, wp: WindowPredictions, ev: RegisteredEvaluation, refRows: EvaluatedRows | undefined, t: Thresholds): Decay {
  const task = ev.task;
  const classes = ev.classes ?? [];
  const keys = classes.map((k) => labelKey(k) ?? k);
  const K = classes.length;
  const base: Decay = { labels: labels.file, labelColumn: labels.column, labelled: 0, unlabelled: 0, unmatched: 0, metrics: {}, tests: [], untested: [], correction: 'holm', alpha: t.alpha };
  // Window rows per request id, in order.
  const rowsOf = new Map<string, number[]>();
  wp.requestIds.forEach((id, i) => {
    if (id !== null) rowsOf.set(id, [...(rowsOf.get(id) ?? []), i]);
  });
  if (rowsOf.size === 0) throw new DataError(`input 'labels': the data has no 'request_id' column to join the labels to`);
  const pairs: { row: number; label: Cell; line: number }[] = [];
  let unmatched = 0;
  let firstUnknown: { id: string; line: number } | undefined;
  for (const [id, list] of labels.byId) {
    const rows = rowsOf.get(id);
    if (!rows) {
      unmatched += list.length;
      firstUnknown ??= { id, line: list[0].line };
      continue;
    }
    list.forEach((l, j) => {
      if (j < rows.length) pairs.push({ row: rows[j], label: l.label, line: l.line });
      else unmatched++;
    });
  }
  if (pairs.length === 0) throw new DataError(`${showPath(labels.file)}: none of its ${labels.count} labels has a request_id in the window (e.g. '${String(firstUnknown?.id).slice(0, 40)}' at line ${firstUnknown?.line}); check the window and the ids`, labels.file, firstUnknown?.line);
  pairs.sort((a, b) => a.row - b.row);
  base.unmatched = unmatched;
  base.unlabelled = wp.requestIds.length - pairs.length;
  // The labelled rows, in evaluate-model's per-row form.
  const y: number[] = [];
  const score: number[] = [];
  const proba: number[] = [];
  for (const p of pairs) {
    const key = labelKey(p.label);
    if (key === null) {
      base.unlabelled++;
      continue;
    }
    const where = `${showPath(labels.file)}:${p.line}`;
    if (task === 'regression') {
      const v = Number(key);
      if (!Number.isFinite(v)) throw new DataError(`${where}: label '${key.slice(0, 40)}' is not a number (task regression)`, labels.file, p.line);
      const s = wp.score[p.row];
      if (!Number.isFinite(s)) continue;
      y.push(v);
      score.push(s);
    } else {
      const k = keys.indexOf(key);
      if (k < 0) throw new DataError(`${where}: label '${key.slice(0, 40)}' is not one of the model's classes (${keys.slice(0, 10).join(', ')})`, labels.file, p.line);
      if (task === 'binary') {
        const s = wp.score[p.row];
        if (!Number.isFinite(s)) continue;
        y.push(key === labelKey(ev.positiveLabel) ? 1 : 0);
        score.push(s);
      } else {
        const pr = Array.from(wp.proba.subarray(p.row * K, p.row * K + K));
        if (pr.length < K || pr.some((x) => !Number.isFinite(x))) continue;
        y.push(k);
        proba.push(...pr);
      }
    }
  }
  base.labelled = y.length;
  if (y.length < t.minLabelledRows) return { ...base, skipped: `${y.length} labelled row(s) with recorded ${task === 'multiclass' ? 'probabilities' : 'scores'} in the window, fewer than min-labelled-rows (${t.minLabelledRows})` };
  const Y = Float64Array.from(y);
  const S = Float64Array.from(score);
  const P = Float64Array.from(proba);
  const { metrics, tables } = computeMetrics(task, { classes, y: { values: Y }, score: { values: S }, proba: { values: P } }, {
    threshold: ev.threshold ?? 0.5,
    confidence: ev.confidence,
    resamples: (ev.bootstrap as { resamples?: number } | undefined)?.resamples ?? 1000,
    seed: (ev.bootstrap as { seed?: number } | undefined)?.seed ?? 0,
  });
  base.metrics = metrics;

  const results: { metric: string; r: UnpairedResult; reference: number | null; current: number | null; difference: number | null; ci: [number, number] | null }[] = [];
  const refValue = (m: string) => ev.metrics[m]?.value ?? null;
  const curValue = (m: string) => metrics[m]?.value ?? null;
  const wanted = (m: string) => (t.metrics.length ? t.metrics.includes(m) : true);
  const untested = (metric: string, reason: string) => base.untested.push({ metric, reason });
  const add = (metric: string, r: UnpairedResult, onScale = true) => {
    const reference = refValue(metric);
    const current = curValue(metric);
    results.push({ metric, r, reference, current, difference: reference !== null && current !== null ? current - reference : r.difference, ci: onScale ? r.ci : null });
  };
  const conf = { confidence: ev.confidence };
  const refConfusion = ev.tables?.confusion;
  const curConfusion = tables.confusion;
  // Proportions.
  for (const m of ['accuracy', 'precision', 'recall']) {
    if (!(m in metrics) || !wanted(m)) continue;
    if (m === 'accuracy') {
      const rv = refValue(m);
      const cv = curValue(m);
      if (rv === null || cv === null) untested(m, 'undefined on one side');
      else add(m, twoProportionZTest(Math.round(cv * Y.length), Y.length, Math.round(rv * ev.rows), ev.rows, conf));
      continue;
    }
    if (task !== 'binary' || !refConfusion || !curConfusion) {
      untested(m, 'the registered evaluation has no confusion table');
      continue;
    }
    // [[tn, fp], [fn, tp]]: precision = tp / (tp + fp), recall = tp / (tp + fn).
    const parts = (c: number[][]) => (m === 'precision' ? [c[1][1], c[1][1] + c[0][1]] : [c[1][1], c[1][1] + c[1][0]]);
    const [x1, n1] = parts(curConfusion);
    const [x2, n2] = parts(refConfusion);
    if (n1 === 0 || n2 === 0) untested(m, 'no rows in its denominator on one side');
    else add(m, twoProportionZTest(x1, n1, x2, n2, conf));
  }
  // AUC.
  if ('roc_auc' in metrics && wanted('roc_auc')) {
    const cur = aucSide(task, Y, S);
    let ref = refRows ? aucSide(task, refRows.y, refRows.score) : undefined;
    const rv = refValue('roc_auc');
    if (!ref && rv !== null && refConfusion) {
      const positives = refConfusion[1][0] + refConfusion[1][1];
      const negatives = refConfusion[0][0] + refConfusion[0][1];
      if (positives > 1 && negatives > 1) ref = { auc: rv, variance: hanleyMcNeilVariance(rv, positives, negatives), method: 'hanley-mcneil' };
    }
    if (cur && ref) add('roc_auc', aucUnpairedTest(cur, ref, conf));
    else untested('roc_auc', cur ? 'the registered evaluation has neither per-row predictions nor a confusion table' : 'fewer than 2 rows of a class among the labelled rows');
  }
  // Means of per-row losses.
  const curLoss = perRowLosses(task, Y, S, P, K);
  const refLoss = refRows ? perRowLosses(task, refRows.y, refRows.score, refRows.proba, K) : undefined;
  for (const [m, values] of Object.entries(curLoss)) {
    if (!(m in metrics) || !wanted(m)) continue;
    if (!refLoss) {
      untested(m, "the registered evaluation's per-row predictions are not stored with the version");
      continue;
    }
    const r = welchTTest(summarize(values), summarize(refLoss[m]), conf);
    if (m === 'rmse') add(m, { ...r, test: 'Welch t on squared errors' }, false);
    else add(m, r);
  }
  for (const m of t.metrics) if (!(m in metrics)) untested(m, `not a metric of a ${task} evaluation (${Object.keys(metrics).join(', ')})`);
  for (const m of Object.keys(metrics)) if (wanted(m) && !results.some((x) => x.metric === m) && !base.untested.some((u) => u.metric === m)) untested(m, 'no unpaired test for this metric; measured, not judged');

  if (results.length) {
    const adj = multipleTesting(results.map((x) => x.r.pValue), 'holm', t.alpha);
    results.forEach((x, i) => {
      const dir = DIRECTION[x.metric] ?? 1;
      const worse = x.difference !== null && x.difference * dir < 0;
      base.tests.push({ metric: x.metric, reference: x.reference, current: x.current, difference: x.difference, ci: x.ci, test: x.r.test, pValue: x.r.pValue, pValueAdjusted: adj.pvaluesAdjusted[i], decayed: adj.reject[i] && worse });
    });
  }
  return base;
}
