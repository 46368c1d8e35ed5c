/**
 * Permutation importance of an ONNX model under onnxruntime: the sampled rows' feeds are built
 * once with the model's column mapping, and the permuted copies are stacked into model calls.
 */
import type { Cell } from '../data/readers.js';
import type { FeedPlan, Model } from '../model/model.js';
import { createRng } from '../stats/rng.js';
import { permutationScores, scoreRows, shuffler, STREAM_IMPORTANCE, summarise, type FeedData, type Importance, type ImportanceMetric, type Slot } from './importance.js';

export interface ModelImportanceInput {
  model: Model;
  plan: FeedPlan;
  colIndex: Map<string, number>;
  cells: Cell[][];
  /** Labels of the sampled rows (class index or target). */
  y: Float64Array;
  task: 'binary' | 'multiclass' | 'regression';
  classes: number;
  threshold: number;
  metric: ImportanceMetric;
  repeats: number;
  seed: number;
  confidence: number;
  /** Rows per model call: copies are stacked up to this many rows (at least one copy). */
  batchRows: number;
  fetch: string[];
  /** The model's outputs to per-row predictions: probability (binary), K probabilities, or value. */
  decode: (out: Record<string, { dims: readonly number[]; data: unknown }>, rows: number) => ArrayLike<number>;
  /** Injected shuffles (tests compare with scikit-learn given the same permutations). */
  permutation?: (repeat: number) => Uint32Array;
}

export async function modelImportance(input: ModelImportanceInput): Promise<Importance> {
  const { model, plan, cells, y } = input;
  const n = cells.length;
  const tensors = model.feeds(plan, cells, input.colIndex);
  const feeds: Record<string, { data: FeedData; width: number; type: string; dims: readonly number[] }> = {};
  for (const [name, t] of Object.entries(tensors)) {
    const width = t.dims.slice(1).reduce((a, b) => a * b, 1);
    feeds[name] = { data: t.data as FeedData, width, type: t.type, dims: t.dims };
  }
  const features: { name: string; slot: Slot }[] =
    plan.mode === 'tensor'
      ? plan.features.map((name, j) => ({ name, slot: { input: plan.input!.name, offset: j, width: plan.features.length } }))
      : plan.inputs.map((i) => ({ name: i.name, slot: { input: i.name, offset: 0, width: feeds[i.name]!.width } }));
  const k = input.task === 'multiclass' ? input.classes : 1;
  const next = shuffler(n, createRng(input.seed, STREAM_IMPORTANCE + 1));
  const { baseline, importances } = await permutationScores({
    rows: n,
    features,
    feeds,
    y,
    repeats: input.repeats,
    permutation: input.permutation ?? (() => next()),
    copiesPerCall: Math.max(1, Math.floor(input.batchRows / n)),
    predict: async (data, copies) => {
      const run = Object.fromEntries(Object.entries(data).map(([name, d]) => [name, model.tensor(feeds[name]!.type as 'float32', d, [copies * n, ...feeds[name]!.dims.slice(1)])]));
      const out = (await model.run(run, input.fetch)) as unknown as Record<string, { dims: readonly number[]; data: unknown }>;
      const pred = input.decode(out, copies * n);
      const scores = new Float64Array(copies);
      for (let q = 0; q < copies; q++) scores[q] = scoreRows(input.metric, input.task, y, pred, q * n * k, k, input.threshold);
      return scores;
    },
  });
  const loss = input.metric === 'log_loss' || input.metric === 'mae' || input.metric === 'rmse';
  return { method: 'permutation', metric: input.metric, repeats: input.repeats, rows: n, seed: input.seed, score: loss ? -baseline : baseline, features: summarise(features.map((f) => f.name), importances, input.confidence) };
}
