/**
 * The model's answers recorded in the window (capture files: `prediction` and `p_<class>` columns)
 * and prediction drift against the registered evaluation: the shares of the predicted classes
 * (drift.ts's categorical test: chi-square up to `small-sample` reference rows, else
 * Jensen-Shannon) and the distribution of the score (binary: the positive class's probability;
 * regression: the prediction; drift.ts's numeric test: KS, else Wasserstein). The reference is the
 * evaluation's per-row predictions when stored with it; without them the class shares come from its
 * confusion table and the score is not tested.
 */
import { exactDrift, type DriftResult, type DriftSettings } from '../data/drift.js';
import type { Cell } from '../data/readers.js';
import { labelKey } from '../data/schema.js';
import { ColumnValues } from '../data/values.js';
import { DataError } from '../errors.js';
import { showPath } from '../lib/files.js';
import type { RegisteredEvaluation, EvaluatedRows } from './reference.js';
import type { Window } from './window.js';

export interface WindowPredictions {
  /** Row index in window.rows -> request id (null when the data has none). */
  requestIds: (string | null)[];
  /** Predicted class key (classification), per row; null where missing. */
  predicted: (string | null)[];
  /** Binary: positive-class probability; regression: prediction; NaN where missing. */
  score: Float64Array;
  /** Multiclass: K probabilities per row (NaN where missing). */
  proba: Float64Array;
  /** Whether the data has a prediction column, and probabilities for every class. */
  hasPredictions: boolean;
  hasProbabilities: boolean;
}

const num = (c: Cell | undefined): number => (typeof c === 'number' ? c : typeof c === 'string' && c.trim() !== '' ? Number(c) : NaN);

/** Reads the recorded answers of the window's rows, in the evaluation's class order. */
export function windowPredictions(w: Window, ev: RegisteredEvaluation | undefined): WindowPredictions {
  const idx = (name: string) => w.columns.indexOf(name);
  const ri = idx('request_id');
  const pi = idx('prediction');
  const classes = ev?.classes ?? [];
  const keys = classes.map((k) => labelKey(k) ?? k);
  const pc = keys.map((k) => idx(`p_${k}`));
  const n = w.rows.length;
  const task = ev?.task;
  const hasProbabilities = classes.length > 0 && pc.every((i) => i >= 0);
  const score = new Float64Array(n).fill(NaN);
  const proba = new Float64Array(task === 'multiclass' && hasProbabilities ? n * classes.length : 0).fill(NaN);
  const predicted: (string | null)[] = [];
  const requestIds: (string | null)[] = [];
  const posIdx = task === 'binary' ? keys.indexOf(labelKey(ev!.positiveLabel) ?? '') : -1;
  w.rows.forEach((r, i) => {
    const id = ri >= 0 ? r.cells[ri] : null;
    requestIds.push(id === null || id === undefined ? null : String(id));
    const p = pi >= 0 ? (r.cells[pi] ?? null) : null;
    predicted.push(task === 'regression' ? null : labelKey(p));
    if (task === 'regression') score[i] = num(p ?? undefined);
    else if (task === 'binary' && hasProbabilities && posIdx >= 0) score[i] = num(r.cells[pc[posIdx]]);
    else if (task === 'multiclass' && hasProbabilities) for (let j = 0; j < keys.length; j++) proba[i * keys.length + j] = num(r.cells[pc[j]]);
    if (task === 'regression' && p !== null && !Number.isFinite(score[i])) throw new DataError(`${showPath(r.file)}:${r.line}: prediction '${String(p).slice(0, 40)}' is not a number (task regression)`, r.file, r.line);
  });
  return { requestIds, predicted, score, proba, hasPredictions: pi >= 0, hasProbabilities };
}

export interface PredictionDrift {
  /** Where the reference came from. */
  reference: 'predictions' | 'confusion' | null;
  classes: DriftResult | null;
  score: DriftResult | null;
  /** Why a test did not run. */
  skipped: string[];
}

/** Class shares and score distribution of the window against the registered evaluation. */
export function predictionDrift(wp: WindowPredictions, ev: RegisteredEvaluation | undefined, rows: EvaluatedRows | undefined, settings: DriftSettings): PredictionDrift {
  const out: PredictionDrift = { reference: null, classes: null, score: null, skipped: [] };
  if (!ev) {
    out.skipped.push('the version holds no evaluation.json: no reference for the predictions');
    return out;
  }
  if (!wp.hasPredictions) {
    out.skipped.push("the data has no 'prediction' column (capture files of modelgate serve have one)");
    return out;
  }
  out.reference = rows ? 'predictions' : 'confusion';
  if (ev.task !== 'regression') {
    const ref = new ColumnValues();
    if (rows) for (const p of rows.predicted) ref.add(p);
    else {
      const conf = ev.tables?.confusion;
      if (conf) ev.classes.forEach((k, j) => ref.categories.set(labelKey(k) ?? k, conf.reduce((s, row) => s + (row[j] ?? 0), 0)));
    }
    const cur = new ColumnValues();
    for (const p of wp.predicted) if (p !== null) cur.add(p);
    if (ref.categoricalCount === 0) out.skipped.push('class shares: the evaluation stores neither its predictions nor a confusion table');
    else out.classes = exactDrift({ column: 'predicted class', kind: 'categorical', setting: {}, referenceRows: ref.categoricalCount }, ref, cur, settings.smallSample) ?? null;
  }
  if (ev.task === 'binary' || ev.task === 'regression') {
    const what = ev.task === 'binary' ? `score (probability of ${ev.positiveLabel})` : 'prediction';
    if (!rows) out.skipped.push(`${what}: the evaluation's per-row predictions are not stored with the version`);
    else if (ev.task === 'binary' && !wp.hasProbabilities) out.skipped.push(`${what}: the data has no p_<class> columns`);
    else {
      const ref = new ColumnValues();
      for (const x of rows.score) ref.addNumber(x);
      const cur = new ColumnValues();
      for (const x of wp.score) if (Number.isFinite(x)) cur.addNumber(x);
      out.score = exactDrift({ column: what, kind: 'numeric', setting: {}, referenceRows: rows.score.length }, ref, cur, settings.smallSample) ?? null;
    }
  }
  return out;
}
