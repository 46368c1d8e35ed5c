// compare-to-baseline's decisions, on synthetic paired data with known truth.
import { describe, expect, it } from 'vitest';
import { compare, rowsToResolve, verdictOf } from '../../../src/gates/compare.js';
import { comparisonMarkdown } from '../../../src/report/comparison.js';
import { applyOverrides } from '../../../src/actions/compare-github.js';
import { fmt } from '../../../src/report/markdown.js';
import { parseGates } from '../../../src/gates/spec.js';
import { computeMetrics } from '../../../src/model/metrics.js';
import type { Evaluation } from '../../../src/model/evaluate.js';
import type { PairedRows } from '../../../src/gates/paired-data.js';
import { rng, normal, tempDir } from '../../helpers.js';
import { loadEvaluation } from '../../../src/gates/run.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

function evaluation(y: Float64Array, score: Float64Array, sha = 'd'.repeat(64)): Evaluation {
  const { metrics, tables } = computeMetrics('binary', { classes: ['0', '1'], y: { values: y }, score: { values: score }, proba: { values: new Float64Array() } }, { threshold: 0.5, confidence: 0.95, resamples: 200, seed: 1 });
  return {
    kind: 'evaluation', schemaVersion: 1, task: 'binary', rows: y.length,
    model: { path: 'm.onnx', sha256: sha, bytes: 1 }, data: { sources: ['d.csv'], sha256: 'e'.repeat(64), shard: null },
    label: 'y', classes: ['0', '1'], positiveLabel: '1', threshold: 0.5, confidence: 0.95, bootstrap: { resamples: 200, seed: 1 },
    metrics, tables, slices: [], predictions: null, notes: [],
    latency: { batches: 1, batchSize: 1, p50Ms: 1, p95Ms: 1, p99Ms: 1, perRow: { p50Ms: 1, p95Ms: 1, p99Ms: 1 }, rowsPerSecond: 1, modelBytes: 1, batchMs: [1] },
  };
}

/** Two models scoring the same rows: shared signal, independent noise of their own. */
function pair(n: number, r: () => number, candidateShift = 0): { y: Float64Array; c: Float64Array; b: Float64Array } {
  const y = new Float64Array(n);
  const c = new Float64Array(n);
  const b = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    y[i] = r() < 0.5 ? 1 : 0;
    const signal = (y[i] ? 1 : -1) * 1.2 + normal(r);
    const sig = (x: number) => 1 / (1 + Math.exp(-x));
    b[i] = sig(signal + 0.7 * normal(r));
    c[i] = sig(signal + 0.7 * normal(r) - candidateShift * (y[i] ? 1 : -1));
  }
  return { y, c, b };
}

function run(d: { y: Float64Array; c: Float64Array; b: Float64Array }, gates: string, seed = 0) {
  const paired: PairedRows = { task: 'binary', n: d.y.length, y: d.y, candidate: d.c, baseline: d.b, slices: new Map() };
  const { parse } = { parse: (t: string) => parseGates(JSON.parse(t), 'test') };
  return compare({ candidate: evaluation(d.y, d.c, 'c'.repeat(64)), candidatePath: 'c.json', baseline: evaluation(d.y, d.b), baselinePath: 'b.json', paired, spec: parse(gates), confidence: 0.95, correction: 'holm', resamples: 500, seed });
}

const FIVE_GATES = JSON.stringify({ metrics: { accuracy: { 'max-regression': 0 }, roc_auc: { 'max-regression': 0 }, f1: { 'max-regression': 0 }, log_loss: { 'max-regression': 0 }, brier_score: { 'max-regression': 0 } } });

describe('compare-to-baseline decisions', () => {
  it('A/A: two equally good models fail at most 1 - confidence of the time with Holm over 5 gates', () => {
    const r = rng(11);
    const reps = 400;
    let failures = 0;
    for (let k = 0; k < reps; k++) if (run(pair(1000, r), FIVE_GATES, k).passed === false) failures++;
    const rate = failures / reps;
    // Family-wise error of one-sided tests at 0.05 after Holm: <= 0.05; 2.3 binomial SEs of slack for 400 replications.
    expect(rate).toBeLessThanOrEqual(0.05 + 2.3 * Math.sqrt((0.05 * 0.95) / reps));
  }, 60_000);

  it('catches a true 2-point accuracy regression on 10,000 rows', () => {
    const r = rng(12);
    let caught = 0;
    const reps = 20;
    let trueDelta = 0;
    for (let k = 0; k < reps; k++) {
      const d = pair(10_000, r, 0.09);
      const res = run(d, JSON.stringify({ metrics: { accuracy: { 'max-regression': 0.005 } } }), k);
      trueDelta += res.gates[0].delta! / reps;
      if (res.passed === false) caught++;
    }
    expect(trueDelta).toBeLessThan(-0.015);
    expect(trueDelta).toBeGreaterThan(-0.03);
    expect(caught / reps).toBeGreaterThanOrEqual(0.9);
  }, 60_000);

  it('proves non-inferiority only with enough data, and says when a set is too small', () => {
    const small = run(pair(300, rng(3)), JSON.stringify({ policy: 'prove-non-inferiority', metrics: { accuracy: { 'max-regression': 0.01 } } }));
    expect(small.passed).toBe(false);
    expect(small.gates[0].reason).toMatch(/not shown/);
    const detect = run(pair(300, rng(3)), JSON.stringify({ metrics: { accuracy: { 'max-regression': 0.01 } } }));
    expect(detect.gates[0].underpowered).toBe(true);
    expect(detect.gates[0].reason).toMatch(/this set of 300 rows resolves ±\d+\.\d points/);
    const big = run(pair(40_000, rng(4)), JSON.stringify({ policy: 'prove-non-inferiority', metrics: { accuracy: { 'max-regression': 0.02 } } }));
    expect(big.passed).toBe(true);
  }, 60_000);

  it('reports no verdict without gates, and only absolute gates without a baseline', () => {
    const d = pair(500, rng(5));
    const none = run(d, '{}');
    expect(none.passed).toBeNull();
    expect(none.notes.join(' ')).toContain('no gates configured');
    const first = compare({ candidate: evaluation(d.y, d.c), candidatePath: 'c.json', spec: parseGates({ metrics: { accuracy: { 'max-regression': 0.01, min: 0.99 } } }, 't'), confidence: 0.95, correction: 'holm', resamples: 200, seed: 0 });
    expect(first.baseline).toBeNull();
    const [rel, abs] = first.gates;
    expect(rel.passed).toBe(true);
    expect(rel.reason).toContain('no baseline yet (first model)');
    expect(abs.passed).toBe(false); // accuracy is far below 0.99
    expect(first.notes.join(' ')).toContain('only absolute gates');
  });

  it('fails a gate whose metric is missing on one side, saying so', () => {
    const d = pair(500, rng(6));
    const c = evaluation(d.y, d.c);
    delete (c.metrics as Record<string, unknown>).roc_auc;
    const res = compare({ candidate: c, candidatePath: 'c.json', baseline: evaluation(d.y, d.b), baselinePath: 'b.json', spec: parseGates({ metrics: { roc_auc: { 'max-regression': 0.01 } } }, 't'), confidence: 0.95, correction: 'holm', resamples: 200, seed: 0 });
    expect(res.gates[0]).toMatchObject({ passed: false });
    expect(res.gates[0].reason).toContain('missing on the candidate');
  });

  it('pairs latency by batch: a candidate 30% slower fails, an equally fast one passes', () => {
    const r = rng(9);
    const d = pair(500, r);
    const base = Array.from({ length: 60 }, () => 2 + r());
    const withLatency = (e: Evaluation, ms: number[]) => ({ ...e, latency: { ...e.latency, batchMs: ms, p50Ms: 0, p95Ms: 0 } });
    const spec = parseGates({ metrics: { latency_p95_ms: { 'max-regression': 0.1 } } }, 't');
    const run2 = (ms: number[]) =>
      compare({ candidate: withLatency(evaluation(d.y, d.c), ms), candidatePath: 'c', baseline: withLatency(evaluation(d.y, d.b), base), baselinePath: 'b', spec, confidence: 0.95, correction: 'holm', resamples: 500, seed: 0 });
    const slow = run2(base.map((x) => x * 1.3 + 0.05 * r()));
    expect(slow.gates[0]).toMatchObject({ passed: false, test: expect.stringContaining('Wilcoxon signed-rank on 60 per-batch') });
    expect(slow.gates[0].delta!).toBeGreaterThan(0.5);
    expect(slow.gates[0].ci![0]).toBeGreaterThan(0);
    const same = run2(base.map((x) => x + 0.02 * (r() - 0.5)));
    expect(same.gates[0].passed).toBe(true);
  });

  it('rejects gate files with unknown metrics or rules, naming the key', () => {
    expect(() => parseGates({ metrics: { acuracy: { min: 0.9 } } }, 'gates.yml')).toThrow(/gates\.yml: metrics: unknown metric 'acuracy'; metrics: accuracy, /);
    expect(() => parseGates({ metrics: { accuracy: { 'max-regresion': 1 } } }, 'gates.yml')).toThrow("gates.yml: metrics.accuracy: unknown key 'max-regresion'");
    expect(() => parseGates({ policy: 'yolo' }, 'gates.yml')).toThrow('gates.yml: policy: must be one of detect-regression, prove-non-inferiority');
    const spec = parseGates({ metrics: { roc_auc: { 'max-regression': '1%' } }, slices: { region: { recall: { 'max-regression': 0.02 } } } }, 'g');
    expect(spec.gates).toEqual([
      { metric: 'roc_auc', rule: 'max-regression', amount: { value: 0.01, percent: true }, text: 'max-regression 1%', sliceColumn: undefined },
      { metric: 'recall', rule: 'max-regression', amount: { value: 0.02, percent: false }, text: 'max-regression 0.02', sliceColumn: 'region' },
    ]);
  });
});

describe('min/max bounds (issue #8 item 14)', () => {
  // recall just under the floor on 200 rows: the interval reaches 0.9.
  const d = pair(200, rng(21));
  const cand = evaluation(d.y, d.c);
  const floor = cand.metrics.recall.value! + 0.01;
  const gateFor = (extra: Record<string, unknown>) => compare({ candidate: cand, candidatePath: 'c.json', spec: parseGates({ ...extra, metrics: { recall: { min: floor } } }, 't'), confidence: 0.95, correction: 'holm', resamples: 200, seed: 0 });

  it('interval (default): passes under detect-regression, but says the point value is below the floor, not shown, with a warning', () => {
    const res = gateFor({});
    expect(cand.metrics.recall.ci![0]).toBeLessThan(floor);
    expect(res.gates[0].passed).toBe(true);
    expect(res.gates[0].warning).toMatch(/^below the floor, not shown: recall 0\.\d+ against 0\.\d+, but the interval \[/);
    expect(res.gates[0].reason).toMatch(/^below the floor, not shown/);
    const md = comparisonMarkdown(res, { candidate: cand });
    expect(md).toContain('- ⚠️ `recall` min ');
    expect(md).toContain('below the floor, not shown');
    expect(md).toContain('⚠️ min');
  });

  it('point: fails on the point value, with no test', () => {
    const res = gateFor({ 'min-policy': 'point' });
    expect(res.gates[0]).toMatchObject({ passed: false, pValue: null, test: 'point value against the bound (min-policy: point)' });
    expect(res.gates[0].reason).toContain('below the floor');
    expect(res.passed).toBe(false);
    const above = compare({ candidate: cand, candidatePath: 'c.json', spec: parseGates({ 'min-policy': 'point', metrics: { recall: { min: floor - 0.02 } } }, 't'), confidence: 0.95, correction: 'holm', resamples: 200, seed: 0 });
    expect(above.gates[0].passed).toBe(true);
    expect(() => parseGates({ 'min-policy': 'strict' }, 'g.yml')).toThrow('g.yml: min-policy: must be one of interval, point');
  });
});

describe('the comment (issue #8 item 13)', () => {
  it('a failed gate is not also underpowered; a passed one says how many rows would resolve its margin', () => {
    const bad = run(pair(300, rng(31), 0.5), JSON.stringify({ metrics: { accuracy: { 'max-regression': 0.005 } } }));
    expect(bad.gates[0].passed).toBe(false);
    expect(bad.gates[0].underpowered).toBeUndefined();
    expect(bad.gates[0].reason).not.toContain('may go unseen');
    expect(bad.notes.join(' ')).not.toContain('underpowered');
    expect(comparisonMarkdown(bad, { candidate: evaluation(new Float64Array([0, 1]), new Float64Array([0.2, 0.8])) })).not.toContain('⚠️');

    const ok = run(pair(300, rng(3)), JSON.stringify({ metrics: { accuracy: { 'max-regression': 0.01 } } }));
    const g = ok.gates[0];
    expect(g).toMatchObject({ passed: true, underpowered: true });
    const h = (g.ci![1] - g.ci![0]) / 2;
    const need = rowsToResolve(300, h, 0.01);
    expect(need).toBe(Math.ceil(300 * (h / 0.01) ** 2));
    expect(g.reason).toContain(`; about ${need.toLocaleString('en-US')} rows (300 × (${(h * 100).toFixed(1)} points / 1.0 points)²) would resolve it`);
  });

  it('an interval wider than the margin but wholly on the good side is not underpowered: it ruled the regression out', () => {
    // A clearly better candidate on 300 rows: the interval is wide (±3-4 points) but far above -1 point.
    const better = run(pair(300, rng(32), -1.5), JSON.stringify({ metrics: { accuracy: { 'max-regression': 0.01 } } }));
    const g = better.gates[0];
    expect(g.passed).toBe(true);
    expect((g.ci![1] - g.ci![0]) / 2).toBeGreaterThan(0.01);
    expect(g.ci![0]).toBeGreaterThan(-0.01);
    expect(g.underpowered).toBeUndefined();
    expect(g.reason).not.toContain('may go unseen');
  });

  it('the headline gives the run\'s verdict, data validation included', () => {
    const d = pair(500, rng(41));
    const input = { candidate: evaluation(d.y, d.c), candidatePath: 'c.json', spec: parseGates({ metrics: { accuracy: { min: 0.5 } } }, 't'), confidence: 0.95, correction: 'holm' as const, resamples: 200, seed: 0 };
    const failed = compare({ ...input, dataValidation: { passed: false, violations: 3, drifted: ['temp_max'] } });
    expect(failed.passed).toBe(false);
    expect(failed.verdict).toBe('Data validation failed (3 violations, drift in temp_max); all 1 gates passed');
    expect(comparisonMarkdown(failed, { candidate: input.candidate })).toMatch(/^## ❌ modelgate: Data validation failed &#40;3 violations, drift in temp&#95;max&#41;; all 1 gates passed\n/);
    const passed = compare({ ...input, dataValidation: { passed: true, violations: 0, drifted: [] } });
    expect(passed).toMatchObject({ passed: true, verdict: 'All 1 gates passed; data validation passed' });
    expect(verdictOf([], { passed: false, violations: 1, drifted: [] }, false)).toEqual({ passed: false, verdict: 'Data validation failed (1 violation); no gates configured' });
  });

  it('slice tables show each slice\'s metrics and the change from the baseline', () => {
    const d = pair(400, rng(51));
    const cand = evaluation(d.y, d.c);
    const base = evaluation(d.y, d.b);
    const half = (e: Evaluation, y: Float64Array, s: Float64Array) => ({ ...e, slices: [{ column: 'region', value: 'north <b>', rows: 200, metrics: evaluation(y.slice(0, 200), s.slice(0, 200)).metrics }, { column: 'region', value: 'tiny', rows: 3, skipped: '3 rows, under min-slice-rows (30)' }] });
    const c2 = half(cand, d.y, d.c);
    const b2 = half(base, d.y, d.b);
    const res = compare({ candidate: c2, candidatePath: 'c.json', baseline: b2, baselinePath: 'b.json', spec: parseGates({}, 't'), confidence: 0.95, correction: 'holm', resamples: 200, seed: 0 });
    const md = comparisonMarkdown(res, { candidate: c2, baseline: b2 });
    const acc = c2.slices[0].metrics!.accuracy.value!;
    const dAcc = acc - b2.slices[0].metrics!.accuracy.value!;
    const row = md.split('\n').find((l) => l.startsWith('| region | north &lt;b&gt; | 200 |'))!;
    expect(row).toBeDefined();
    expect(row).toContain(`| ${fmt(acc)}${dAcc === 0 ? '' : ` (${dAcc > 0 ? '+' : '−'}${fmt(Math.abs(dAcc), 3)})`} |`);
    expect(md).toContain('| region | tiny | 3 | 3 rows, under min-slice-rows &#40;30&#41; |');
  });

  it('multiclass: per-class metrics and a confusion diff against the baseline', () => {
    const r = rng(61);
    const n = 300;
    const y = Float64Array.from({ length: n }, () => Math.floor(r() * 3));
    const probs = (noise: number) => {
      const p = new Float64Array(n * 3);
      for (let i = 0; i < n; i++) {
        let s = 0;
        for (let k = 0; k < 3; k++) s += p[i * 3 + k] = Math.exp((k === y[i] ? 1.5 : 0) + noise * normal(r));
        for (let k = 0; k < 3; k++) p[i * 3 + k] /= s;
      }
      return p;
    };
    const multi = (p: Float64Array, sha: string): Evaluation => {
      const classes = ['a', 'b', 'c|d'];
      const { metrics, tables } = computeMetrics('multiclass', { classes, y: { values: y }, score: { values: new Float64Array() }, proba: { values: p } }, { threshold: 0.5, confidence: 0.95, resamples: 100, seed: 1 });
      return { ...evaluation(new Float64Array([0, 1]), new Float64Array([0.1, 0.9]), sha), task: 'multiclass', rows: n, classes, positiveLabel: null, threshold: null, metrics, tables };
    };
    const c = multi(probs(1), 'c'.repeat(64));
    const b = multi(probs(1.5), 'b'.repeat(64));
    const res = compare({ candidate: c, candidatePath: 'c.json', baseline: b, baselinePath: 'b.json', spec: parseGates({}, 't'), confidence: 0.95, correction: 'holm', resamples: 100, seed: 0 });
    const md = comparisonMarkdown(res, { candidate: c, baseline: b });
    expect(md).toContain('<details><summary>Per class</summary>');
    const k = c.tables.perClass![2];
    const kb = b.tables.perClass![2];
    expect(md).toContain(`| c&#124;d | ${k.support} | ${fmt(k.precision)} (`);
    expect(md).toContain(`(${k.recall - kb.recall > 0 ? '+' : '−'}${fmt(Math.abs(k.recall - kb.recall), 3)})`);
    const diag = c.tables.confusion![0][0] - b.tables.confusion![0][0];
    expect(md).toContain(`| **a** | ${c.tables.confusion![0][0]}${diag ? ` (${diag > 0 ? '+' : '−'}${Math.abs(diag)})` : ''} |`);
  });
});

describe('overrides in the comment (found by test/integration/compare-fuzz)', () => {
  it('mentions a GitHub login, and escapes anything else that claims to be one', () => {
    const d = pair(100, rng(71));
    const cand = evaluation(d.y, d.c);
    const res = compare({ candidate: cand, candidatePath: 'c.json', spec: parseGates({ metrics: { accuracy: { min: 0.99 } } }, 't'), confidence: 0.95, correction: 'holm', resamples: 200, seed: 0 });
    const md = (by: string) => comparisonMarkdown({ ...res, override: { accepted: [{ metric: 'accuracy', by, reason: 'ok <b>[x](y)</b>' }], rejected: [] } }, { candidate: cand });
    expect(md('octocat')).toContain('accepted by @octocat — ok &lt;b&gt;&#91;x&#93;&#40;y&#41;&lt;/b&gt;');
    expect(md('github-actions[bot]')).toContain('accepted by @github-actions[bot] —');
    expect(md('@evil<b>')).toContain('accepted by &#64;evil&lt;b&gt; —');
    expect(md('x@y')).toContain('accepted by x&#64;y —');
  });

  it('an override passes a gate, never the run\'s failed data validation', () => {
    const d = pair(100, rng(72));
    const res = compare({ candidate: evaluation(d.y, d.c), candidatePath: 'c.json', spec: parseGates({ metrics: { accuracy: { min: 0.99 } } }, 't'), confidence: 0.95, correction: 'holm', resamples: 200, seed: 0, dataValidation: { passed: false, violations: 2, drifted: [] } });
    const o = applyOverrides(res, [{ metric: 'accuracy', by: 'octocat', reason: 'known' }], []);
    expect(o.gates[0].passed).toBe(true);
    expect(o).toMatchObject({ passed: false, verdict: 'Data validation failed (2 violations); all 1 gates passed (1 accepted by override)' });
    const clean = applyOverrides({ ...res, dataValidation: undefined }, [{ metric: 'accuracy', by: 'octocat', reason: 'known' }], []);
    expect(clean).toMatchObject({ passed: true, verdict: 'All 1 gates passed (1 accepted by override)' });
  });
});

describe('loading an evaluation', () => {
  it('refuses an interval that runs from high to low, which would turn a one-sided test around', () => {
    const d = pair(100, rng(81));
    const ev = evaluation(d.y, d.c);
    const dir = tempDir();
    const path = join(dir, 'e.json');
    writeFileSync(path, JSON.stringify({ ...ev, metrics: { ...ev.metrics, recall: { value: 0.8, ci: [0.9, 0.7] } } }));
    expect(() => loadEvaluation(path, 'candidate')).toThrow(`${path}: metrics.recall.ci [0.9, 0.7] runs from high to low`);
    writeFileSync(path, JSON.stringify(ev));
    expect(loadEvaluation(path, 'candidate').rows).toBe(100);
  });
});
