// The judge's rules on constructed windows: classification, scoring, critical metrics, no-data.
import { describe, expect, it } from 'vitest';
import { defaultMetrics, judgeWindow, scoreGroups, type JudgeSpec, type MetricJudgement, type Window } from '../../../src/deploy/judge.js';
import { createRng } from '../../../src/stats/rng.js';

function spec(over: Partial<JudgeSpec> = {}): JudgeSpec {
  return { confidence: 0.98, tolerance: 0.25, passThreshold: 95, marginalThreshold: 75, minSamples: 50, groups: {}, metrics: defaultMetrics(false), ...over };
}

function lognormal(seed: number, n: number, scale = 1): number[] {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => Math.exp(Math.log(20) + 0.35 * rng.normal()) * scale);
}

function window(opts: { n?: number; scale?: number; stableErrors?: number; candidateErrors?: number; seed?: number } = {}): Window {
  const n = opts.n ?? 300;
  const seed = opts.seed ?? 1;
  return {
    stable: { samples: { latency_ms: lognormal(seed, n) }, counts: { errors: { events: opts.stableErrors ?? 1, total: n } } },
    candidate: { samples: { latency_ms: lognormal(seed + 1000, n, opts.scale ?? 1) }, counts: { errors: { events: opts.candidateErrors ?? 1, total: n } } },
  };
}

describe('judgeWindow', () => {
  it('passes two samples of one distribution with full score', () => {
    const j = judgeWindow(spec(), window());
    expect(j.outcome).toBe('pass');
    expect(j.score).toBe(100);
    expect(j.metrics.map((m) => m.classification)).toEqual(['pass', 'pass']);
    const lat = j.metrics[0];
    expect(lat.ci![0]).toBeLessThan(0);
    expect(lat.ci![1]).toBeGreaterThan(0);
  });

  it('classifies a 30% slowdown high and fails on score (50 < 75) without a critical metric', () => {
    const j = judgeWindow(spec(), window({ scale: 1.3 }));
    expect(j.metrics[0].classification).toBe('high');
    expect(j.metrics[0].estimate!).toBeGreaterThan(3);
    expect(j.score).toBe(50);
    expect(j.outcome).toBe('fail');
    expect(j.reason).toMatch(/score 50 < marginal threshold 75 \(latency high\)/);
  });

  it('does not call a faster candidate bad when only an increase is bad, but does with direction either', () => {
    expect(judgeWindow(spec(), window({ scale: 0.7 })).metrics[0].classification).toBe('pass');
    const either = spec({ metrics: [{ ...defaultMetrics(false)[0], direction: 'either' }] });
    expect(judgeWindow(either, window({ scale: 0.7 })).metrics[0].classification).toBe('low');
  });

  it('fails on a critical error rate alone, with score 0', () => {
    const j = judgeWindow(spec(), window({ candidateErrors: 15, stableErrors: 0 }));
    expect(j.metrics[1]).toMatchObject({ classification: 'high', test: 'fisher-exact' });
    expect(j.metrics[1].pValue!).toBeLessThan(0.001);
    expect(j.outcome).toBe('fail');
    expect(j.score).toBe(0);
    expect(j.reason).toMatch(/^critical metric failed: error-rate high/);
  });

  it('is no-data, never pass, below min-samples, even when everything else looks fine', () => {
    const j = judgeWindow(spec({ minSamples: 500 }), window({ n: 300 }));
    expect(j.outcome).toBe('no-data');
    expect(j.metrics.every((m) => m.classification === 'no-data')).toBe(true);
    expect(j.reason).toMatch(/fewer than min-samples 500/);
  });

  it('respects an allowed increase (effect size) on top of significance', () => {
    const lenient = spec({ metrics: [{ ...defaultMetrics(false)[0], allowedIncrease: 1.5 }] });
    expect(judgeWindow(lenient, window({ scale: 1.3 })).metrics[0].classification).toBe('pass');
  });

  it('marks identical samples pass without testing (Kayenta)', () => {
    const w = window();
    w.candidate.samples.latency_ms = [...w.stable.samples.latency_ms].reverse();
    const j = judgeWindow(spec(), w);
    expect(j.metrics[0]).toMatchObject({ classification: 'pass', reason: 'candidate and stable samples are identical', pValue: null });
  });

  it('judges shadow agreement against its floor', () => {
    const s = spec({ metrics: defaultMetrics(true) });
    const w = window();
    w.agreement = { events: 270, total: 300 };
    const low = judgeWindow(s, w);
    expect(low.metrics[2]).toMatchObject({ name: 'agreement', classification: 'low' });
    expect(low.outcome).toBe('fail');
    w.agreement = { events: 296, total: 300 };
    expect(judgeWindow(s, w).outcome).toBe('pass');
  });
});

describe('scoreGroups (Kayenta weighted sum)', () => {
  const m = (group: string, classification: MetricJudgement['classification']) => ({ group, classification }) as MetricJudgement;
  it('weights groups, shares the rest among unweighted groups, and skips groups without data', () => {
    const metrics = [m('latency', 'pass'), m('latency', 'high'), m('errors', 'pass'), m('cpu', 'no-data')];
    const r = scoreGroups(metrics, { errors: 40 });
    // latency 50% * 30 + errors 100% * 40 + cpu (no data) 0 = 55
    expect(r.groups.find((g) => g.name === 'latency')).toMatchObject({ weight: 30, score: 50 });
    expect(r.groups.find((g) => g.name === 'cpu')).toMatchObject({ score: null, noData: 1 });
    expect(r.score).toBe(55);
  });

  it('gives a marginal outcome between the thresholds', () => {
    const metrics = defaultMetrics(false);
    const three = spec({ metrics: [...metrics, { ...metrics[0], name: 'latency-2' }, { ...metrics[0], name: 'latency-3' }, { ...metrics[0], name: 'latency-4', source: 'other' }], groups: { latency: 100 } });
    const w = window();
    w.stable.samples.other = lognormal(5, 300);
    w.candidate.samples.other = lognormal(6, 300, 1.3);
    const j = judgeWindow(three, w);
    expect(j.score).toBe(75);
    expect(j.outcome).toBe('marginal');
  });
});
