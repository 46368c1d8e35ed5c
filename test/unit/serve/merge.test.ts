/**
 * The numbers of several workers as one (serve --workers N): /metrics adds counters, histogram
 * buckets, sums and counts series by series and the gauges per version; the observation window
 * adds counts and joins samples. Checked against one Metrics that saw every observation itself.
 */
import { describe, expect, it } from 'vitest';
import { Metrics, mergeMetrics, renderMetrics } from '../../../src/serve/metrics.js';
import { mergeWindows, ObservationWindow } from '../../../src/serve/window.js';
import type { Predictions } from '../../../src/serve/variant.js';
import { RestartBudget } from '../../../src/serve/primary.js';

const pred = (labels: string[], p1: number[]): Predictions => ({ task: 'binary', classes: ['0', '1'], labels, probabilities: Float32Array.from(p1.flatMap((p) => [1 - p, p])) }) as unknown as Predictions;

describe('merging the workers numbers', () => {
  it('renders the merged /metrics of two workers as one server that saw every request would', () => {
    const all = new Metrics();
    const parts = [new Metrics(), new Metrics()];
    const events: [number, (m: Metrics) => void][] = [
      [0, (m) => m.request('cancer', 'stable', 'infer', 0.0004)],
      [1, (m) => m.request('cancer', 'stable', 'infer', 0.003)],
      [1, (m) => m.request('cancer', 'candidate', 'rows', 0.2)],
      [0, (m) => m.error('cancer', 'stable', 'bad_request')],
      [1, (m) => m.error('cancer', 'stable', 'bad_request')],
      [1, (m) => m.error('cancer', 'none', 'not_found')],
      [0, (m) => m.batch('cancer', 'stable', 3)],
      [1, (m) => m.batch('cancer', 'stable', 40)],
      [0, (m) => m.predictions('cancer', 'stable', pred(['1', '0'], [0.9, 0.2]))],
      [1, (m) => m.predictions('cancer', 'stable', pred(['1'], [0.65]))],
      [1, (m) => (m.shadowCompared('cancer', 'candidate', 5), m.shadowDisagreement('cancer', 'candidate', 2))],
    ];
    for (const [w, f] of events) {
      f(parts[w]);
      f(all);
    }
    const gauge = (depth: number, inflight: number) => () => [{ model: 'cancer', variant: 'stable', version: '1', depth, inflight }];
    parts[0].setGaugeSource(gauge(2, 3));
    parts[1].setGaugeSource(gauge(1, 4));
    all.setGaugeSource(gauge(3, 7));
    // Series first seen in a different order on each worker: compare the lines as sets.
    const lines = (t: string) => t.trim().split('\n').sort();
    expect(lines(renderMetrics(mergeMetrics(parts.map((m) => m.snapshot()))))).toEqual(lines(all.render()));
    expect(renderMetrics(mergeMetrics([all.snapshot()]))).toBe(all.render());
    // Two workers' series with different reference labels stay apart.
    const a = new Metrics();
    const b = new Metrics();
    a.setReferenceSource(() => 'oci://r/m:v1');
    b.setReferenceSource(() => 'oci://r/m:v2');
    a.request('m', 'stable', 'infer', 0.001);
    b.request('m', 'stable', 'infer', 0.001);
    expect(mergeMetrics([a.snapshot(), b.snapshot()]).series).toHaveLength(2);
  });

  it('adds the windows of two workers', () => {
    const t = new Date('2026-12-06T10:00:00Z');
    const w1 = new ObservationWindow(() => t);
    const w2 = new ObservationWindow(() => new Date(t.getTime() + 1000));
    w1.answered('stable', 1.5);
    w2.answered('stable', 2.5);
    w2.answered('candidate', 4);
    w2.failed('stable');
    w1.predicted('stable', pred(['1'], [0.75]));
    w1.compared(10, 3);
    w2.compared(5, 1);
    const m = mergeWindows([w1.snapshot(), w2.snapshot()]);
    expect(m).toEqual({ since: t.toISOString(), stable: { requests: 2, errors: 1, latencyMs: [1.5, 2.5], scores: [0.75] }, candidate: { requests: 1, errors: 0, latencyMs: [4], scores: [] }, shadow: { rows: 15, agree: 11 } });
  });
});

describe('the restart budget of serve --workers', () => {
  it('allows 5 restarts within any 60 s, then refuses until the oldest is a minute old', () => {
    const b = new RestartBudget();
    for (let i = 0; i < 5; i++) expect(b.allow(1000 + i * 1000)).toBe(true);
    expect(b.allow(10_000)).toBe(false);
    expect(b.allow(60_999)).toBe(false);
    expect(b.allow(61_000)).toBe(true); // the first (at 1 s) has left the window
    expect(b.allow(61_001)).toBe(false);
  });
});
