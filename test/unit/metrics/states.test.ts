// Mergeable states: sharded evaluation merges into exactly the one-run numbers (intervals
// included, in any merge order), JSON round trips, validation, options, and the agreement of the
// bootstrap with its large-sample replacement.
import { describe, expect, it } from 'vitest';
import { ConfigurationError, DataError } from '../../../src/errors.js';
import {
  BinaryState,
  binaryMetrics,
  MulticlassState,
  multiclassMetrics,
  RegressionState,
  regressionMetrics,
} from '../../../src/metrics/index.js';
import { createRng } from '../../../src/stats/rng.js';

const rng = createRng(2024);
const N = 3000;
const labels = Array.from({ length: N }, () => (rng.nextFloat() < 0.35 ? 1 : 0));
// Scores rounded to 3 decimals: many ties, some across classes.
const scores = labels.map((y) => Math.round(1000 / (1 + Math.exp(-(rng.normal() + 1.2 * y)))) / 1000);
const K = 4;
const mcLabels = Array.from({ length: N }, () => rng.uniformInt(K));
const mcProbs = mcLabels.flatMap((y) => {
  const row = Array.from({ length: K }, (_, k) => rng.nextFloat() + (k === y ? 0.8 : 0));
  const s = row.reduce((a, b) => a + b, 0);
  return row.map((v) => v / s);
});
const regY = Array.from({ length: N }, () => rng.normal() * 3);
const regP = regY.map((y) => Math.round((y + rng.normal()) * 10) / 10);

/** Splits 0..n-1 into `parts` shards of shuffled rows. */
function shards(n: number, parts: number, seed: number): number[][] {
  const r = createRng(seed);
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = r.uniformInt(i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return Array.from({ length: parts }, (_, p) => order.filter((_, i) => i % parts === p));
}

const roundTrip = <T>(s: { toJSON(): unknown }, from: (j: unknown) => T): T => from(JSON.parse(JSON.stringify(s.toJSON())));

describe('BinaryState', () => {
  const opts = { resamples: 200, seed: 9 };
  const whole = binaryMetrics(new BinaryState().addBatch(labels, scores), opts);

  it('merges shards into the one-run numbers, in any order, through JSON', () => {
    const parts = shards(N, 3, 1).map((idx) => {
      const s = new BinaryState();
      for (const i of idx) s.add(labels[i]!, scores[i]!);
      return s;
    });
    const forward = new BinaryState().merge(parts[0]!).merge(parts[1]!).merge(parts[2]!);
    const backward = roundTrip(parts[2]!, BinaryState.fromJSON).merge(roundTrip(parts[0]!, BinaryState.fromJSON)).merge(parts[1]!);
    expect(binaryMetrics(forward, opts)).toEqual(whole);
    expect(binaryMetrics(backward, opts)).toEqual(whole);
    expect(JSON.stringify(forward.toJSON())).toBe(JSON.stringify(backward.toJSON()));
  });

  it('serialises compactly (base64 float64, about 10.7 characters a row)', () => {
    const json = JSON.stringify(new BinaryState().addBatch(labels, scores).toJSON());
    expect(json.length / N).toBeLessThan(11);
    expect(binaryMetrics(BinaryState.fromJSON(JSON.parse(json)), opts)).toEqual(whole);
  });

  it('rejects bad rows and malformed JSON with DataError', () => {
    const s = new BinaryState();
    expect(() => s.add(2, 0.5)).toThrow(DataError);
    expect(() => s.add(1, 1.5)).toThrow(/probability/);
    expect(() => s.add(1, NaN)).toThrow(DataError);
    expect(() => s.addBatch([0, 1, 0], [0.1, 0.2, -0.1])).toThrow(/row 2/);
    expect(() => BinaryState.fromJSON({ kind: 'multiclass-state', schemaVersion: 1 })).toThrow(DataError);
    const j = new BinaryState().addBatch([0, 1], [0.2, 0.9]).toJSON();
    expect(() => BinaryState.fromJSON({ ...j, rows: 3 })).toThrow(/rows 3/);
    expect(() => BinaryState.fromJSON({ ...j, positives: 'AAAA' })).toThrow(/float64/);
  });

  it('counts a score equal to the threshold as positive', () => {
    const r = binaryMetrics(new BinaryState().addBatch([1, 0, 1], [0.3, 0.3, 0.2]), { threshold: 0.3 });
    expect(r.confusion).toMatchObject({ tp: 1, fp: 1, fn: 1, tn: 0 });
  });

  it('is reproducible by seed, and names every interval method', () => {
    expect(binaryMetrics(new BinaryState().addBatch(labels, scores), opts)).toEqual(whole);
    const other = binaryMetrics(new BinaryState().addBatch(labels, scores), { ...opts, seed: 10 });
    expect(other.metrics.log_loss.ci).not.toEqual(whole.metrics.log_loss.ci);
    expect(other.metrics.accuracy.ci).toEqual(whole.metrics.accuracy.ci); // Wilson: no randomness
    expect(Object.fromEntries(Object.entries(whole.metrics).map(([k, v]) => [k, v.method]))).toEqual({
      accuracy: 'wilson',
      balanced_accuracy: 'bootstrap-confusion',
      precision: 'wilson',
      recall: 'wilson',
      f1: 'bootstrap-confusion',
      roc_auc: 'delong',
      average_precision: 'bootstrap-percentile',
      log_loss: 'bootstrap-percentile',
      brier_score: 'bootstrap-percentile',
    });
    for (const m of Object.values(whole.metrics)) expect(m.ci![0] <= m.value! && m.value! <= m.ci![1]).toBe(true);
    const none = binaryMetrics(new BinaryState().addBatch(labels, scores), { intervals: false });
    for (const m of Object.values(none.metrics)) expect(m).toMatchObject({ ci: null, method: 'none' });
  });

  it('switches to the influence-function interval above maxBootstrapRows, agreeing with the bootstrap', () => {
    const s = new BinaryState().addBatch(labels, scores);
    const boot = binaryMetrics(s, { resamples: 2000, seed: 1 }).metrics;
    const infl = binaryMetrics(s, { maxBootstrapRows: N - 1 }).metrics;
    for (const name of ['log_loss', 'brier_score', 'average_precision'] as const) {
      expect(infl[name].method).toBe('normal-influence');
      expect(infl[name].value).toBe(boot[name].value);
      const wb = boot[name].ci![1] - boot[name].ci![0];
      const wi = infl[name].ci![1] - infl[name].ci![0];
      expect(Math.abs(wi / wb - 1), name).toBeLessThan(0.1);
    }
  });

  it('validates options with ConfigurationError naming the option', () => {
    const s = new BinaryState().addBatch([0, 1], [0.2, 0.8]);
    expect(() => binaryMetrics(s, { confidence: 1 })).toThrow(ConfigurationError);
    expect(() => binaryMetrics(s, { confidence: 1 })).toThrow(/confidence/);
    expect(() => binaryMetrics(s, { resamples: 1 })).toThrow(/resamples/);
    expect(() => binaryMetrics(s, { seed: -1 })).toThrow(/seed/);
    expect(() => binaryMetrics(s, { threshold: NaN })).toThrow(/threshold/);
    expect(() => binaryMetrics(s, { proportionInterval: 'exact' as 'wilson' })).toThrow(/proportionInterval/);
  });
});

describe('MulticlassState', () => {
  const opts = { resamples: 200, seed: 3 };
  const whole = multiclassMetrics(new MulticlassState(K).addBatch(mcLabels, mcProbs), opts);

  it('merges shards into the one-run numbers, in any order, through JSON', () => {
    const parts = shards(N, 4, 2).map((idx) => {
      const s = new MulticlassState(K);
      for (const i of idx) s.add(mcLabels[i]!, mcProbs.slice(i * K, (i + 1) * K));
      return s;
    });
    const a = new MulticlassState(K);
    for (const p of parts) a.merge(p);
    const b = new MulticlassState(K);
    for (const p of [...parts].reverse()) b.merge(roundTrip(p, MulticlassState.fromJSON));
    expect(multiclassMetrics(a, opts)).toEqual(whole);
    expect(multiclassMetrics(b, opts)).toEqual(whole);
  });

  it('rejects bad rows, mismatched merges and malformed JSON', () => {
    const s = new MulticlassState(3);
    expect(() => s.add(3, [0.2, 0.3, 0.5])).toThrow(/class index 0..2/);
    expect(() => s.add(0, [0.2, 0.8])).toThrow(/expected 3 probabilities/);
    expect(() => s.add(0, [0.2, 1.3, 0.5])).toThrow(DataError);
    expect(() => s.merge(new MulticlassState(4))).toThrow(DataError);
    expect(() => new MulticlassState(1)).toThrow(ConfigurationError);
    const j = new MulticlassState(3).add(1, [0.2, 0.3, 0.5]).toJSON();
    expect(() => MulticlassState.fromJSON({ ...j, confusion: [[0, 0, 0], [0, 0, 2], [0, 0, 0]] })).toThrow(/disagree/);
  });
});

describe('RegressionState', () => {
  const opts = { resamples: 200, seed: 4 };
  const whole = regressionMetrics(new RegressionState().addBatch(regY, regP), opts);

  it('merges shards into the one-run numbers, in any order, through JSON', () => {
    const parts = shards(N, 3, 3).map((idx) => {
      const s = new RegressionState();
      for (const i of idx) s.add(regY[i]!, regP[i]!);
      return s;
    });
    const a = new RegressionState().merge(parts[1]!).merge(parts[0]!).merge(parts[2]!);
    const b = roundTrip(parts[2]!, RegressionState.fromJSON).merge(roundTrip(parts[1]!, RegressionState.fromJSON)).merge(parts[0]!);
    expect(regressionMetrics(a, opts)).toEqual(whole);
    expect(regressionMetrics(b, opts)).toEqual(whole);
  });

  it('switches to the influence-function interval above maxBootstrapRows, agreeing with the bootstrap', () => {
    const s = new RegressionState().addBatch(regY, regP);
    const boot = regressionMetrics(s, { resamples: 2000, seed: 1 }).metrics;
    const infl = regressionMetrics(s, { maxBootstrapRows: 100 }).metrics;
    for (const name of ['mae', 'rmse', 'r2'] as const) {
      expect(infl[name].method).toBe('normal-influence');
      const wb = boot[name].ci![1] - boot[name].ci![0];
      const wi = infl[name].ci![1] - infl[name].ci![0];
      expect(Math.abs(wi / wb - 1), name).toBeLessThan(0.1);
    }
  });

  it('rejects non-finite rows', () => {
    expect(() => new RegressionState().add(NaN, 1)).toThrow(DataError);
    expect(() => new RegressionState().addBatch([1, 2], [1, Infinity])).toThrow(/row 1/);
  });
});
