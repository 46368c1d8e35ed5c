/**
 * Permutation feature importance, as scikit-learn's `permutation_importance` defines it: the score
 * of the model on the rows, minus its score when one feature's values are shuffled across the rows,
 * for `repeats` shuffles; the importance of a feature is the mean of those decreases, `std` their
 * population standard deviation (numpy's default, as scikit-learn reports it). As in scikit-learn,
 * one sequence of shuffles (one permutation per repeat, from the seed) serves every feature.
 *
 * A feature is a data column as the model is fed it: one column of a [N, F] tensor, or one named
 * input. A column that the model one-hot encodes inside its graph is one input, so it is shuffled
 * as the raw column, never as separate indicator columns.
 *
 * Cost: (1 + features · repeats) predictions of the sampled rows. The permuted copies are built in
 * the model's own feed arrays and concatenated, several copies per onnxruntime call.
 *
 * The interval [low, high] is mean ± t(1 - α/2, repeats - 1) · s / √repeats, s the sample standard
 * deviation over repeats: it reflects the shuffles only, not the sampling of the rows.
 */
import { ConfigurationError } from '../errors.js';
import { studentTSf } from '../stats/distributions.js';
import { argsortFloat64 } from '../metrics/sort.js';
import type { Xoshiro128 } from '../stats/rng.js';

export const IMPORTANCE_METRICS = ['accuracy', 'roc_auc', 'log_loss', 'r2', 'mae', 'rmse'] as const;
export type ImportanceMetric = (typeof IMPORTANCE_METRICS)[number];
/** The random stream of the importance sample and shuffles (metrics 0, 1; fairness 7). */
export const STREAM_IMPORTANCE = 8;

export interface ImportanceFeature {
  name: string;
  mean: number;
  std: number;
  low: number;
  high: number;
}

export interface Importance {
  method: 'permutation';
  metric: ImportanceMetric;
  repeats: number;
  rows: number;
  seed: number;
  /** The metric on the unshuffled sample (a loss is reported as a loss). */
  score: number;
  features: ImportanceFeature[];
}

/** Where a feature sits in the feeds: input `input`, column `offset` of `width` per row. */
export interface Slot {
  input: string;
  offset: number;
  width: number;
}

/** A feed array: a typed array or strings, `width` values per row. */
export type FeedData = Float32Array | Float64Array | Int32Array | BigInt64Array | Uint8Array | string[];

export interface PermutationInput {
  rows: number;
  features: { name: string; slot: Slot }[];
  /** The sampled rows' feeds, per input name. */
  feeds: Record<string, { data: FeedData; width: number }>;
  /** The rows' labels (class index or target). */
  y: Float64Array;
  repeats: number;
  /** The permutation of repeat r (a shuffle of 0..rows-1). */
  permutation: (repeat: number) => Uint32Array;
  /** Copies of the rows per model call (at least 1). */
  copiesPerCall: number;
  /** Runs the model on `copies` stacked copies of the rows; returns the per-copy score (higher is better). */
  predict: (feeds: Record<string, FeedData>, copies: number) => Promise<Float64Array>;
}

/**
 * Importances per feature and repeat: baseline score minus the score with the feature shuffled.
 * The copies' feed buffers are allocated once and filled with the rows once; each job then only
 * puts back the column the copy's previous job shuffled and writes its own shuffled column, O(rows)
 * per job instead of O(rows x features).
 */
export async function permutationScores(input: PermutationInput): Promise<{ baseline: number; importances: Float64Array[] }> {
  const { rows: n, features, feeds, repeats } = input;
  const names = Object.keys(feeds);
  const base = await input.predict(Object.fromEntries(names.map((k) => [k, feeds[k]!.data])), 1);
  const baseline = base[0]!;
  const perms = Array.from({ length: repeats }, (_, r) => input.permutation(r));
  const jobs: [number, number][] = [];
  for (let f = 0; f < features.length; f++) for (let r = 0; r < repeats; r++) jobs.push([f, r]);
  const importances = features.map(() => new Float64Array(repeats));
  const per = Math.max(1, Math.min(jobs.length, Math.floor(input.copiesPerCall)));
  const buffers: Record<string, FeedData> = {};
  for (const name of names) {
    const { data, width } = feeds[name]!;
    const buf = allocLike(data, per * n * width);
    for (let q = 0; q < per; q++) setAt(buf, data, q * n * width);
    buffers[name] = buf;
  }
  const shuffled: (Slot | null)[] = new Array(per).fill(null);
  for (let j0 = 0; j0 < jobs.length; j0 += per) {
    const chunk = jobs.slice(j0, j0 + per);
    chunk.forEach(([f, r], q) => {
      const prev = shuffled[q];
      if (prev) writeColumn(buffers[prev.input]!, feeds[prev.input]!.data, q * n * prev.width, prev, n, null);
      const slot = features[f]!.slot;
      writeColumn(buffers[slot.input]!, feeds[slot.input]!.data, q * n * slot.width, slot, n, perms[r]!);
      shuffled[q] = slot;
    });
    // A last, shorter chunk gets arrays of its own length (a copy of the leading copies).
    const out = chunk.length === per ? buffers : Object.fromEntries(names.map((k) => [k, buffers[k]!.slice(0, chunk.length * n * feeds[k]!.width) as FeedData]));
    const scores = await input.predict(out, chunk.length);
    chunk.forEach(([f, r], q) => (importances[f]![r] = baseline - scores[q]!));
  }
  return { baseline, importances };
}

/** Column `slot.offset` of the copy at `at`: the rows in order (perm null) or shuffled by `perm`. */
function writeColumn(target: FeedData, source: FeedData, at: number, slot: Slot, n: number, perm: Uint32Array | null): void {
  const w = slot.width;
  const o = slot.offset;
  if (Array.isArray(target)) {
    const src = source as string[];
    for (let i = 0; i < n; i++) target[at + i * w + o] = src[(perm ? perm[i]! : i) * w + o]!;
    return;
  }
  const dst = target as Float64Array;
  const src = source as Float64Array;
  if (perm) for (let i = 0; i < n; i++) dst[at + i * w + o] = src[perm[i]! * w + o]!;
  else for (let i = 0; i < n; i++) dst[at + i * w + o] = src[i * w + o]!;
}

function allocLike(data: FeedData, length: number): FeedData {
  if (Array.isArray(data)) return new Array<string>(length);
  return new (data.constructor as new (n: number) => Exclude<FeedData, string[]>)(length);
}

function setAt(target: FeedData, source: FeedData, at: number): void {
  if (Array.isArray(target)) {
    for (let i = 0; i < source.length; i++) target[at + i] = (source as string[])[i]!;
  } else (target as Float64Array).set(source as Float64Array, at);
}

/** Student's t quantile by bisection on the survival function. */
function tQuantile(p: number, df: number): number {
  let lo = 0;
  let hi = 1e3;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (studentTSf(mid, df) > 1 - p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** Mean, population std and the t interval of each feature's importances; sorted by mean, descending. */
export function summarise(names: string[], importances: Float64Array[], confidence: number): ImportanceFeature[] {
  return names
    .map((name, f) => {
      const x = importances[f]!;
      const r = x.length;
      let mean = 0;
      for (const v of x) mean += v / r;
      let ss = 0;
      for (const v of x) ss += (v - mean) ** 2;
      const half = r > 1 ? (tQuantile(1 - (1 - confidence) / 2, r - 1) * Math.sqrt(ss / (r - 1))) / Math.sqrt(r) : 0;
      return { name, mean, std: Math.sqrt(ss / r), low: mean - half, high: mean + half };
    })
    .sort((a, b) => b.mean - a.mean || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** A Fisher-Yates shuffle of 0..n-1 (a new permutation per call). */
export function shuffler(n: number, rng: Xoshiro128): () => Uint32Array {
  const idx = new Uint32Array(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  return () => {
    for (let i = n - 1; i > 0; i--) {
      const j = rng.uniformInt(i + 1);
      const t = idx[i]!;
      idx[i] = idx[j]!;
      idx[j] = t;
    }
    return idx.slice();
  };
}

/** The default metric: scikit-learn's estimator.score (accuracy for classifiers, r2 for regressors). */
export function defaultMetric(task: 'binary' | 'multiclass' | 'regression'): ImportanceMetric {
  return task === 'regression' ? 'r2' : 'accuracy';
}

export function checkMetric(metric: ImportanceMetric, task: 'binary' | 'multiclass' | 'regression'): void {
  const ok = task === 'regression' ? ['r2', 'mae', 'rmse'] : task === 'binary' ? ['accuracy', 'roc_auc', 'log_loss'] : ['accuracy', 'log_loss'];
  if (!ok.includes(metric)) throw new ConfigurationError(`input 'importance-metric': ${metric} does not apply to a ${task} task (use ${ok.join(', ')})`);
}

/**
 * The score of one copy, higher is better (a loss negated, as scikit-learn's neg_* scorers):
 * `y` labels (class index or target); `pred` per row: positive-class probability (binary),
 * K probabilities (multiclass) or the prediction (regression).
 */
export function scoreRows(metric: ImportanceMetric, task: 'binary' | 'multiclass' | 'regression', y: Float64Array, pred: ArrayLike<number>, offset: number, k: number, threshold: number): number {
  const n = y.length;
  switch (metric) {
    case 'accuracy': {
      let hit = 0;
      if (task === 'binary') {
        // The hot loop of a binary model: one comparison per row, no dispatch inside.
        for (let i = 0; i < n; i++) if ((pred[offset + i]! >= threshold ? 1 : 0) === y[i]) hit++;
        return hit / n;
      }
      for (let i = 0; i < n; i++) {
        let c = 0;
        for (let j = 1; j < k; j++) if (pred[offset + i * k + j]! > pred[offset + i * k + c]!) c = j;
        if (c === y[i]) hit++;
      }
      return hit / n;
    }
    case 'log_loss': {
      const eps = 2.220446049250313e-16;
      let s = 0;
      for (let i = 0; i < n; i++) {
        const p = task === 'binary' ? (y[i] === 1 ? pred[offset + i]! : 1 - pred[offset + i]!) : pred[offset + i * k + y[i]!]!;
        s -= Math.log(Math.min(1 - eps, Math.max(eps, p)));
      }
      return -s / n;
    }
    case 'roc_auc': {
      const s = Float64Array.from({ length: n }, (_, i) => pred[offset + i]!);
      const order = argsortFloat64(s);
      // Mann-Whitney U with average ranks for ties.
      let rankSum = 0;
      let pos = 0;
      for (let i = 0; i < n; ) {
        let j = i;
        while (j + 1 < n && s[order[j + 1]!] === s[order[i]!]) j++;
        const rank = (i + j) / 2 + 1;
        for (let t = i; t <= j; t++) if (y[order[t]!] === 1) (rankSum += rank), pos++;
        i = j + 1;
      }
      const neg = n - pos;
      return pos && neg ? (rankSum - (pos * (pos + 1)) / 2) / (pos * neg) : NaN;
    }
    default: {
      let mean = 0;
      for (let i = 0; i < n; i++) mean += y[i]! / n;
      let sse = 0;
      let sae = 0;
      let sst = 0;
      for (let i = 0; i < n; i++) {
        const e = y[i]! - pred[offset + i]!;
        sse += e * e;
        sae += Math.abs(e);
        sst += (y[i]! - mean) ** 2;
      }
      if (metric === 'mae') return -sae / n;
      if (metric === 'rmse') return -Math.sqrt(sse / n);
      return sst > 0 ? 1 - sse / sst : sse === 0 ? 1 : 0;
    }
  }
}
