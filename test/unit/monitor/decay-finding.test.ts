// Decay from late labels (joined to recorded predictions, scored with evaluate-model's metrics,
// tested unpaired against the registered evaluation) and the finding's rules.
import { describe, expect, it } from 'vitest';
import { parseThresholds } from '../../../src/monitor/config.js';
import { decay, type Labels } from '../../../src/monitor/decay.js';
import { decide, importanceUse } from '../../../src/monitor/finding.js';
import type { WindowPredictions } from '../../../src/monitor/predictions.js';
import type { EvaluatedRows, RegisteredEvaluation } from '../../../src/monitor/reference.js';
import type { DriftResult } from '../../../src/data/drift.js';
import { renderMonitor } from '../../../src/report/monitor.js';
import type { MonitorReport } from '../../../src/monitor/report.js';
import { createRng } from '../../../src/stats/rng.js';
import { twoProportionZTest } from '../../../src/stats/unpaired.js';

const T = parseThresholds(undefined, 'thresholds');

/** n binary rows: label 1 with probability 0.5, score informative with strength `signal`. */
function rows(n: number, signal: number, seed: number): { y: Float64Array; score: Float64Array } {
  const rng = createRng(seed);
  const y = new Float64Array(n);
  const score = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    y[i] = rng.nextFloat() < 0.5 ? 1 : 0;
    const noise = rng.nextFloat() - 0.5;
    score[i] = Math.min(1, Math.max(0, 0.5 + (y[i] ? signal : -signal) + noise));
  }
  return { y, score };
}

function evaluation(ref: { y: Float64Array; score: Float64Array }): RegisteredEvaluation {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  ref.y.forEach((y, i) => (ref.score[i] >= 0.5 ? (y ? tp++ : fp++) : y ? fn++ : tn++));
  const n = ref.y.length;
  return {
    kind: 'evaluation', schemaVersion: 1, task: 'binary', rows: n, label: 'y', classes: ['no', 'yes'], positiveLabel: 'yes', threshold: 0.5, confidence: 0.95,
    bootstrap: { resamples: 200, seed: 0 },
    metrics: { accuracy: { value: (tp + tn) / n, ci: null, method: 'none' }, precision: { value: tp / (tp + fp), ci: null, method: 'none' }, recall: { value: tp / (tp + fn), ci: null, method: 'none' }, roc_auc: { value: 0.8, ci: null, method: 'none' } },
    tables: { confusion: [[tn, fp], [fn, tp]] },
  } as unknown as RegisteredEvaluation;
}

function window(cur: { y: Float64Array; score: Float64Array }, perRequest = 1): { wp: WindowPredictions; labels: Labels } {
  const n = cur.y.length;
  const ids = Array.from({ length: n }, (_, i) => `req-${Math.floor(i / perRequest)}`);
  const byId = new Map<string, { label: string; line: number }[]>();
  ids.forEach((id, i) => byId.set(id, [...(byId.get(id) ?? []), { label: cur.y[i] ? 'yes' : 'no', line: i + 2 }]));
  byId.set('someone-else', [{ label: 'yes', line: n + 2 }]);
  return {
    wp: { requestIds: ids, predicted: Array.from(cur.score, (s) => (s >= 0.5 ? 'yes' : 'no')), score: cur.score, proba: new Float64Array(), hasPredictions: true, hasProbabilities: true },
    labels: { file: 'labels.csv', column: 'y', byId, count: n + 1 },
  };
}

const refRows = (r: { y: Float64Array; score: Float64Array }): EvaluatedRows => ({ task: 'binary', classes: ['no', 'yes'], y: r.y, score: r.score, proba: new Float64Array(), predicted: [] });

describe('decay', () => {
  const ref = rows(2000, 0.3, 1);
  const ev = evaluation(ref);

  it('scores the recorded answers and tests each metric with its unpaired test, Holm-corrected', () => {
    const cur = rows(400, 0.3, 2);
    const { wp, labels } = window(cur, 2);
    const d = decay(labels, wp, ev, refRows(ref), T);
    expect(d).toMatchObject({ labelled: 400, unlabelled: 0, unmatched: 1, correction: 'holm' });
    let correct = 0;
    cur.y.forEach((y, i) => (correct += Number((cur.score[i] >= 0.5 ? 1 : 0) === y)));
    const acc = d.tests.find((x) => x.metric === 'accuracy')!;
    const direct = twoProportionZTest(correct, 400, Math.round(ev.metrics.accuracy.value! * 2000), 2000);
    expect(acc.pValue).toBe(direct.pValue);
    expect(acc.ci).toEqual(direct.ci);
    expect(d.metrics.accuracy.value).toBe(correct / 400);
    expect(d.tests.map((x) => [x.metric, x.test])).toEqual([
      ['accuracy', 'two-proportion z (Newcombe interval)'],
      ['precision', 'two-proportion z (Newcombe interval)'],
      ['recall', 'two-proportion z (Newcombe interval)'],
      ['roc_auc', 'unpaired AUC z (delong variances)'],
      ['log_loss', 'Welch t'],
      ['brier_score', 'Welch t'],
    ]);
    for (const x of d.tests) expect(x.pValueAdjusted).toBeGreaterThanOrEqual(x.pValue);
    expect(d.tests.some((x) => x.decayed)).toBe(false);
    expect(d.untested.map((u) => u.metric)).toEqual(expect.arrayContaining(['f1', 'balanced_accuracy', 'average_precision']));
  });

  it('shows decay when the answers stopped fitting the labels, and only in the worse direction', () => {
    const on = (w: { wp: WindowPredictions; labels: Labels }) => decay(w.labels, w.wp, ev, refRows(ref), T);
    const worse = on(window(rows(400, 0.02, 3)));
    expect(worse.tests.find((x) => x.metric === 'accuracy')!.decayed).toBe(true);
    expect(worse.tests.find((x) => x.metric === 'roc_auc')!.decayed).toBe(true);
    const better = on(window(rows(400, 0.6, 4)));
    expect(better.tests.find((x) => x.metric === 'accuracy')!.pValueAdjusted).toBeLessThan(0.05);
    expect(better.tests.some((x) => x.decayed)).toBe(false);
  });

  it('without per-row reference predictions: Hanley-McNeil for the AUC, the mean losses untested', () => {
    const { wp, labels } = window(rows(300, 0.3, 5));
    const d = decay(labels, wp, ev, undefined, T);
    expect(d.tests.find((x) => x.metric === 'roc_auc')!.test).toBe('unpaired AUC z (delong / hanley-mcneil variances)');
    expect(d.untested.find((u) => u.metric === 'log_loss')!.reason).toMatch(/per-row predictions are not stored/);
  });

  it('skips below min-labelled-rows, and refuses labels that match nothing or name no class', () => {
    const { wp, labels } = window(rows(20, 0.3, 6));
    expect(decay(labels, wp, ev, refRows(ref), T).skipped).toMatch(/20 labelled row\(s\) .* fewer than min-labelled-rows \(30\)/);
    const none: Labels = { file: 'l.csv', column: 'y', byId: new Map([['x', [{ label: 'yes', line: 2 }]]]), count: 1 };
    expect(() => decay(none, wp, ev, undefined, T)).toThrow(/l\.csv: none of its 1 labels has a request_id in the window \(e\.g\. 'x' at line 2\)/);
    const odd: Labels = { file: 'l.csv', column: 'y', byId: new Map([['req-0', [{ label: 'maybe', line: 7 }]]]), count: 1 };
    expect(() => decay(odd, wp, ev, undefined, T)).toThrow(/l\.csv:7: label 'maybe' is not one of the model's classes/);
  });
});

const d = (column: string, drifted: boolean): DriftResult => ({ column, kind: 'numeric', test: 'ks', statistic: drifted ? 0.5 : 0.01, pValue: drifted ? 1e-6 : 0.9, threshold: 0.05, drifted, method: 'sketch', referenceCount: 100, currentCount: 100, moved: [], explanation: drifted ? 'drifted' : 'stable' });
const noPred = { reference: null, classes: null, score: null, skipped: [] };

describe('finding', () => {
  const features = ['a', 'b', 'c', 'd', 'e', 'f'];
  const imp = importanceUse({ method: 'permutation', features: [{ name: 'a', mean: 0.3 }, { name: 'b', mean: 0.2 }, { name: 'c', mean: 0.1 }, { name: 'd', mean: 0.01 }, { name: 'e', mean: 0 }, { name: 'zz', mean: 0.9 }] }, features, T);
  const none = importanceUse(undefined, features, T);
  const base = { missing: [], prediction: noPred, violations: 0, decay: null, thresholds: T };

  it('weights drift by importance: a top feature acts, minor ones warn', () => {
    expect(imp.top).toEqual(['a', 'b', 'c']);
    expect(decide({ ...base, drift: features.map((f) => d(f, f === 'b')), importance: imp })).toMatchObject({ finding: 'act', reasons: [{ check: 'feature-drift', message: expect.stringMatching(/leans on most: b/) }] });
    expect(decide({ ...base, drift: features.map((f) => d(f, f === 'd' || f === 'e')), importance: imp }).finding).toBe('warn');
    expect(decide({ ...base, drift: features.map((f) => d(f, f !== 'a' && f !== 'b' && f !== 'c') ), importance: imp }).finding).toBe('act'); // share 0.5
    expect(decide({ ...base, drift: features.map((f) => d(f, false)), importance: imp })).toEqual({ finding: 'none', reasons: [] });
  });

  it('without importance treats every feature alike and says so', () => {
    expect(none.note).toMatch(/every feature is treated alike/);
    expect(decide({ ...base, drift: features.map((f) => d(f, f === 'a')), importance: none }).finding).toBe('warn');
    expect(decide({ ...base, drift: features.map((f) => d(f, f < 'd')), importance: none }).finding).toBe('act');
  });

  it('acts on a prediction shift, a missing input and decay; quality warns; levels follow the thresholds', () => {
    const drift = features.map((f) => d(f, false));
    const shifted = { ...noPred, classes: d('predicted class', true) };
    expect(decide({ ...base, drift, importance: none, prediction: shifted }).finding).toBe('act');
    expect(decide({ ...base, drift, importance: none, prediction: shifted, thresholds: { ...T, predictionDrift: 'warn' } }).finding).toBe('warn');
    expect(decide({ ...base, drift, importance: imp, missing: ['a'] }).finding).toBe('act');
    expect(decide({ ...base, drift, importance: none, violations: 3 })).toMatchObject({ finding: 'warn', reasons: [{ check: 'quality' }] });
    expect(decide({ ...base, drift, importance: none, violations: 3, thresholds: { ...T, quality: 'none' } }).finding).toBe('none');
    const decayed = { tests: [{ metric: 'accuracy', reference: 0.8, current: 0.6, difference: -0.2, ci: null, test: 'z', pValue: 1e-5, pValueAdjusted: 1e-5, decayed: true }] } as never;
    expect(decide({ ...base, drift, importance: none, decay: decayed })).toMatchObject({ finding: 'act', reasons: [{ check: 'decay', message: expect.stringMatching(/accuracy 0\.8 -> 0\.6/) }] });
  });
});

describe('job summary', () => {
  it('escapes names from data and draws the trend once there are two runs', () => {
    const hostile = '<img src=x onerror=alert(1)>|[a](http://x)';
    const report = {
      kind: 'monitor-report', schemaVersion: 1, finding: 'warn', reasons: [{ level: 'warn', check: 'feature-drift', message: `1 of 1 features drifted: ${hostile}` }], driftedColumns: [hostile], at: '2026-12-06T06:00:00.000Z',
      model: { reference: 'oci-layout://r/m:production', version: 'v1', digest: `sha256:${'a'.repeat(64)}`, name: 'm', task: 'binary' },
      window: { sources: ['c.jsonl'], timeColumn: 'timestamp', from: null, to: '2026-12-06T00:00:00.000Z', rows: 10, rowsRead: 10, shadowDropped: 0 },
      drift: { features: [hostile], importance: { source: 'none', method: null, top: [] }, columns: [d(hostile, true)], skipped: [], drifted: 1, tested: 1, share: 1, missingFeatures: [] },
      predictionDrift: noPred, quality: { schema: 'inferred', violations: { count: 0, byRule: {}, samples: [] } }, decay: null, thresholds: {}, notes: [],
    } as unknown as MonitorReport;
    const one = renderMonitor(report, [report]);
    expect(one).not.toContain('<img');
    expect(one).not.toContain('](http');
    expect(one).not.toContain('Trend over');
    const two = renderMonitor(report, [{ ...report, at: '2026-12-05T06:00:00.000Z', drift: { ...report.drift, share: 0 } }, report]);
    expect(two).toContain('Trend over the last 2 monitor runs of this version');
    expect(two).toMatch(/x-axis \["12-05 06\.00", "12-06 06\.00"\]/);
    expect(two).toContain('line [0, 1]');
  });
});
