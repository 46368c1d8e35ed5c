// The kserve target: every InferenceService it applies validates against KServe's CRD schema
// (test/fixtures/deploy/kserve, with its source), the canary is KServe's canaryTrafficPercent,
// and windows are read from a Prometheus /api/v1/query endpoint. The cluster here is an
// in-memory one that validates each manifest; applying with kubectl needs a real cluster and is
// not tested here. The Prometheus endpoint is a loopback HTTP server answering in Prometheus'
// documented response format from seeded histograms, not a real Prometheus.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkInferenceService } from '../../kserve-crd.js';
import { ANNOTATION_CANDIDATE, ANNOTATION_RECORD, ANNOTATION_STABLE, KServeTarget, renderInferenceService, storageUriFor, type Cluster, type InferenceService } from '../../../src/deploy/kserve.js';
import { defaultMetrics } from '../../../src/deploy/judge.js';
import { bucketsToSamples, parseVector, PrometheusClient, promString } from '../../../src/deploy/prometheus.js';
import { ServiceError } from '../../../src/errors.js';
import { runDeploy } from '../../../src/deploy/rollout.js';
import type { Clock, DeployConfig } from '../../../src/deploy/types.js';
import { memoryLogger } from '../../../src/lib/logger.js';
import { createRng } from '../../../src/stats/rng.js';

const check = checkInferenceService;

const OPTS = { name: 'weather', namespace: 'models', runtime: 'modelgate-serve' };

/** An in-memory cluster: validates every manifest, keeps the last applied, reports it Ready. */
class MemoryCluster implements Cluster {
  readonly applied: InferenceService[] = [];
  private obj?: InferenceService;
  async get(): Promise<InferenceService | undefined> {
    return this.obj && { ...structuredClone(this.obj), status: { conditions: [{ type: 'Ready', status: 'True' }, { type: 'LatestDeploymentReady', status: 'True' }] } };
  }
  async apply(m: InferenceService): Promise<void> {
    check(m);
    this.applied.push(structuredClone(m));
    this.obj = structuredClone(m);
  }
}

describe('InferenceService rendering', () => {
  it('validates against the CRD, with storageUri from the registry reference and the canary percent', () => {
    const m = renderInferenceService(OPTS, 'ghcr.io/octo/weather:v3', 10, { [ANNOTATION_STABLE]: 'ghcr.io/octo/weather:v2' });
    check(m);
    expect(m.spec.predictor).toMatchObject({ canaryTrafficPercent: 10, model: { storageUri: 'oci://ghcr.io/octo/weather:v3', modelFormat: { name: 'onnx' }, runtime: 'modelgate-serve', protocolVersion: 'v2', env: [{ name: 'MODELGATE_SERVE_REFERENCE', value: 'ghcr.io/octo/weather:v3' }] } });
    const promoted = renderInferenceService(OPTS, 'ghcr.io/octo/weather:v3', undefined, {});
    check(promoted);
    expect('canaryTrafficPercent' in promoted.spec.predictor).toBe(false);
  });

  it('is checked for real: a misspelt field or a wrong type fails the CRD schema', () => {
    const m = renderInferenceService(OPTS, 'ghcr.io/octo/weather:v3', 10, {}) as unknown as { spec: { predictor: Record<string, unknown> } };
    m.spec.predictor.canaryTraficPercent = 5;
    expect(() => check(m)).toThrow(/additional properties/);
    const n = renderInferenceService(OPTS, 'ghcr.io/octo/weather:v3', 10, {}) as unknown as { spec: { predictor: Record<string, unknown> } };
    n.spec.predictor.minReplicas = 'two';
    expect(() => check(n)).toThrow(/integer/);
  });

  it('maps registry references to storage URIs and refuses what is neither', () => {
    expect(storageUriFor('ghcr.io/octo/weather@sha256:' + 'a'.repeat(64))).toBe('oci://ghcr.io/octo/weather@sha256:' + 'a'.repeat(64));
    expect(storageUriFor('s3://bucket/models/v3')).toBe('s3://bucket/models/v3');
    expect(() => storageUriFor('weather v3')).toThrow(/not a registry reference/);
    expect(() => storageUriFor('$(rm)/x')).toThrow(/neither a URI nor an OCI reference/);
  });
});

describe('Prometheus client', () => {
  it('escapes label values and turns cumulative buckets into tied samples at their upper bounds', () => {
    expect(promString('a"b\\c')).toBe('"a\\"b\\\\c"');
    const s = bucketsToSamples([
      { metric: { le: '0.01' }, value: 2 },
      { metric: { le: '0.025' }, value: 5.2 },
      { metric: { le: '+Inf' }, value: 6 },
    ]);
    expect(s).toEqual([10, 10, 25, 25, 25, 50]);
    // Too many observations: refused for latency, thinned in proportion for scores.
    const many = [
      { metric: { le: '0.5' }, value: 300 },
      { metric: { le: '1' }, value: 1000 },
    ];
    expect(() => bucketsToSamples(many, { maxSamples: 100 })).toThrow(/more than 100 requests in one window/);
    const thinned = bucketsToSamples(many, { maxSamples: 100, thin: true, scale: 1 });
    expect(thinned.filter((x) => x === 0.5)).toHaveLength(30);
    expect(thinned.filter((x) => x === 1)).toHaveLength(70);
  });

  // A value that is not a count (NaN, negative, infinite, past 2^53) reached fisherExact as a
  // RangeError: exit 3 in the middle of a rollout. Now a ServiceError naming the query and series.
  it.each([
    ['NaN', { le: '0.5' }, "with NaN for {le=\"0.5\"}, not a count"],
    ['-3', {}, 'with -3, not a count'],
    ['+Inf', {}, 'with NaN, not a count'], // Number('+Inf') is NaN,
    ['1e400', {}, 'with Infinity, not a count'],
    ['abc', {}, 'with NaN, not a count'],
  ])('refuses a sample value %s as a one-line ServiceError', async (value, metric, message) => {
    const fetchFn = (async () => new Response(JSON.stringify({ status: 'success', data: { resultType: 'vector', result: [{ metric, value: [1767225600, value] }] } }), { status: 200 })) as typeof fetch;
    const client = new PrometheusClient('http://127.0.0.1:9', fetchFn);
    const err = await client.variantWindow('ghcr.io/o/m@sha256:' + 'a'.repeat(64), 60, 1767225600).catch((e: Error) => e);
    expect(err).toBeInstanceOf(ServiceError);
    expect((err as Error).message).toMatch(/^Prometheus at http:\/\/127\.0\.0\.1:9 answered 'sum\(increase\(/);
    expect((err as Error).message).toContain(message);
  });

  it('turns an error answer into a one-line ServiceError', () => {
    expect(() => parseVector({ status: 'error', errorType: 'bad_data', error: 'parse error at char 5' }, 'up{')).toThrow("Prometheus refused 'up{': parse error at char 5");
  });
});

/* A loopback endpoint answering /api/v1/query as Prometheus does, from seeded per-model histograms. */
const BOUNDS = [0.005, 0.01, 0.015, 0.02, 0.025, 0.03, 0.04, 0.05, 0.075, 0.1];
let server: Server;
let promUrl = '';
const queries: string[] = [];
const slow = new Set<string>();

/* The score histogram's bounds (serve's tenths); a model in `shifted` scores 0.15 higher. */
const SCORE_BOUNDS = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1];
const shifted = new Set<string>();

function scoreHistogram(model: string, seed: number, n: number): { le: string; count: number }[] {
  const rng = createRng(seed);
  const counts = new Array(SCORE_BOUNDS.length + 1).fill(0);
  for (let i = 0; i < n; i++) {
    const v = Math.min(1, Math.max(0, 0.45 + 0.15 * rng.normal() + (shifted.has(model) ? 0.15 : 0)));
    counts[SCORE_BOUNDS.findIndex((x) => v <= x)]++;
  }
  let acc = 0;
  return [...SCORE_BOUNDS.map(String), '+Inf'].map((le, i) => ({ le, count: (acc += counts[i]) }));
}

function histogram(model: string, seed: number, n: number): { le: string; count: number }[] {
  const rng = createRng(seed);
  const counts = new Array(BOUNDS.length + 1).fill(0);
  for (let i = 0; i < n; i++) {
    const v = (Math.exp(Math.log(0.02) + 0.35 * rng.normal()) * (slow.has(model) ? 1.3 : 1));
    const b = BOUNDS.findIndex((x) => v <= x);
    counts[b < 0 ? BOUNDS.length : b]++;
  }
  let acc = 0;
  return [...BOUNDS.map(String), '+Inf'].map((le, i) => ({ le, count: (acc += counts[i]) }));
}

beforeAll(async () => {
  let seed = 1;
  server = createServer((req, res) => {
    const q = new URL(req.url!, 'http://x').searchParams.get('query') ?? '';
    queries.push(q);
    const model = /reference="([^"]*)"/.exec(q)?.[1] ?? '';
    const result = q.includes('modelgate_prediction_score_bucket')
      ? scoreHistogram(model, seed++, 600).map((b) => ({ metric: { le: b.le }, value: [1767225600, String(b.count)] }))
      : q.includes('_bucket')
      ? histogram(model, seed++, 600).map((b) => ({ metric: { le: b.le }, value: [1767225600, String(b.count)] }))
      : q.includes('modelgate_errors_total')
        ? [{ metric: {}, value: [1767225600, '1'] }]
        : [{ metric: {}, value: [1767225600, '599'] }];
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'success', data: { resultType: 'vector', result } }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  promUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

function clock(): Clock {
  let t = Date.UTC(2026, 0, 1);
  return { now: () => t, sleep: async (ms) => void (t += ms) };
}

const config = (model: string): DeployConfig => ({
  model,
  strategy: 'canary',
  steps: [10, 50, 100],
  intervalMs: 60_000,
  terminationWaitMs: 60_000,
  judge: { confidence: 0.98, tolerance: 0.25, passThreshold: 95, marginalThreshold: 75, minSamples: 200, groups: {}, metrics: defaultMetrics(false) },
});

describe('canary on KServe, judged from Prometheus', () => {
  it('creates the first version, then canaries the next through 10/50/100 and promotes by removing the field', async () => {
    const cluster = new MemoryCluster();
    const c = clock();
    const target = new KServeTarget(OPTS, cluster, new PrometheusClient(promUrl), c);
    await target.loadCandidate('ghcr.io/octo/weather:v2');
    await target.promote();
    expect(await target.state()).toEqual({ stable: 'ghcr.io/octo/weather:v2', weight: 0, shadow: false });

    const r = await runDeploy(config('ghcr.io/octo/weather:v3'), target, c, memoryLogger());
    expect(r.decision).toBe('promoted');
    const percents = cluster.applied.map((m) => m.spec.predictor.canaryTrafficPercent);
    expect(percents).toContain(10);
    expect(percents).toContain(50);
    const last = cluster.applied.at(-1)!;
    expect(last.spec.predictor.canaryTrafficPercent).toBeUndefined();
    expect(last.spec.predictor.model.storageUri).toBe('oci://ghcr.io/octo/weather:v3');
    expect(last.metadata.annotations).toEqual({ [ANNOTATION_STABLE]: 'ghcr.io/octo/weather:v3' });
    expect(queries.some((q) => q === 'sum by (le) (increase(modelgate_request_duration_seconds_bucket{reference="ghcr.io/octo/weather:v3"}[60s]))')).toBe(true);
    // The series serve's /metrics renders (src/serve/metric-names.ts): answered and failed requests.
    expect(queries).toContain('sum(increase(modelgate_requests_total{reference="ghcr.io/octo/weather:v3"}[60s]))');
    expect(queries).toContain('sum(increase(modelgate_errors_total{reference="ghcr.io/octo/weather:v3"}[60s]))');
  });

  it('rolls back a slower candidate with canaryTrafficPercent 0, then restores the stable spec', async () => {
    const cluster = new MemoryCluster();
    const c = clock();
    const target = new KServeTarget(OPTS, cluster, new PrometheusClient(promUrl), c);
    await target.loadCandidate('ghcr.io/octo/weather:v2');
    await target.promote();
    slow.add('ghcr.io/octo/weather:v4');
    const r = await runDeploy(config('ghcr.io/octo/weather:v4'), target, c, memoryLogger());
    expect(r.decision).toBe('rolled-back');
    const tail = cluster.applied.slice(-3);
    expect(tail[0].spec.predictor).toMatchObject({ canaryTrafficPercent: 0, model: { storageUri: 'oci://ghcr.io/octo/weather:v4' } });
    expect(tail[1].spec.predictor.model.storageUri).toBe('oci://ghcr.io/octo/weather:v2');
    expect(tail[2].metadata.annotations[ANNOTATION_RECORD]).toBeUndefined();
    expect(tail[2].metadata.annotations[ANNOTATION_CANDIDATE]).toBeUndefined();
  });

  it('judges the prediction distribution from the score histogram when the judge asks for it', async () => {
    const scoreJudge = (model: string): DeployConfig => {
      const c = config(model);
      return { ...c, judge: { ...c.judge, metrics: [...c.judge.metrics, { name: 'prediction', kind: 'continuous', source: 'score', direction: 'either', group: 'prediction', critical: false }] } };
    };
    const run = async (model: string) => {
      const cluster = new MemoryCluster();
      const c = clock();
      const target = new KServeTarget(OPTS, cluster, new PrometheusClient(promUrl), c);
      await target.loadCandidate('ghcr.io/octo/weather:v2');
      await target.promote();
      return runDeploy(scoreJudge(model), target, c, memoryLogger());
    };
    const same = await run('ghcr.io/octo/weather:v5');
    expect(same.decision).toBe('promoted');
    const prediction = same.steps.find((s) => s.judgement)!.judgement!.metrics.find((m) => m.name === 'prediction')!;
    expect(prediction.stable.n).toBe(600);
    expect(queries).toContain('sum by (le) (increase(modelgate_prediction_score_bucket{reference="ghcr.io/octo/weather:v5"}[60s]))');
    shifted.add('ghcr.io/octo/weather:v6');
    const moved = await run('ghcr.io/octo/weather:v6');
    expect(moved.decision).toBe('rolled-back');
    expect(moved.steps.find((s) => s.outcome === 'fail')!.judgement!.metrics.find((m) => m.name === 'prediction')!.classification).toBe('high');
  });

  it('refuses to mirror traffic', async () => {
    const target = new KServeTarget(OPTS, new MemoryCluster(), new PrometheusClient(promUrl), clock());
    await expect(target.setShadow(true)).rejects.toThrow(/cannot mirror traffic/);
  });
});
