/**
 * A small client of Prometheus' HTTP API (GET /api/v1/query, instant vectors) that reads one
 * model's window from the series the modelgate server exports (names in metric-names.ts): request
 * outcomes, the latency histogram, and shadow comparisons. Latency comes as histogram buckets, so
 * the judge sees each request at its bucket's upper bound: tied samples, which the Mann-Whitney
 * test's tie correction (asymptotic method) is made for; the resolution of the judgement is the
 * bucket width. The prediction distribution (the judge's `score` source) comes the same way from
 * the score histogram, each row at its bucket's upper bound (tenths of probability).
 */
import { ServiceError } from '../errors.js';
import type { Counts, VariantWindow } from './judge.js';
import { COUNT_ERRORS, PROM, REFERENCE_LABEL, SAMPLE_LATENCY_MS, SAMPLE_SCORE } from './metric-names.js';

export interface PromSample {
  metric: Record<string, string>;
  value: number;
}

/** A PromQL string literal (double quotes, backslash escapes). */
export function promString(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}

/** Parses an /api/v1/query answer (resultType vector); throws ServiceError on an error answer. */
export function parseVector(body: unknown, query: string): PromSample[] {
  const b = body as { status?: string; error?: string; data?: { resultType?: string; result?: { metric: Record<string, string>; value: [number, string] }[] } };
  if (!b || b.status !== 'success') throw new ServiceError(`Prometheus refused '${query}': ${b?.error ?? 'no success status'}`);
  if (b.data?.resultType !== 'vector' || !Array.isArray(b.data.result)) throw new ServiceError(`Prometheus answered '${query}' with ${b.data?.resultType ?? 'nothing'}, expected a vector`);
  return b.data.result.map((r) => ({ metric: r.metric ?? {}, value: Number(r.value?.[1]) }));
}

export interface BucketOptions {
  /** Refuse a window of more observations than this (default 200,000)... */
  maxSamples?: number;
  /** ...or, when true, scale every bucket's count down to fit, keeping the distribution's shape (fewer samples, a more conservative test). */
  thin?: boolean;
  /** Multiplier from the histogram's unit to the sample's (1000: seconds to milliseconds). Default 1000. */
  scale?: number;
}

/** Observations per histogram bucket, from cumulative `le` counts, as samples at each bucket's upper bound (latency: ms). */
export function bucketsToSamples(buckets: PromSample[], opts: BucketOptions = {}): number[] {
  const { maxSamples = 200_000, thin = false, scale = 1000 } = opts;
  const finite = buckets
    .map((b) => ({ le: b.metric.le === '+Inf' ? Infinity : Number(b.metric.le), count: Math.round(b.value) }))
    .filter((b) => !Number.isNaN(b.le) && Number.isFinite(b.count))
    .sort((a, b) => a.le - b.le);
  const bins: { at: number; n: number }[] = [];
  let prev = 0;
  let lastFinite = 0;
  for (const b of finite) {
    const n = Math.max(0, b.count - prev);
    prev = Math.max(prev, b.count);
    // The overflow bucket has no upper bound: its observations count as twice the last finite bound.
    bins.push({ at: (Number.isFinite(b.le) ? b.le : lastFinite * 2) * scale, n });
    if (Number.isFinite(b.le)) lastFinite = b.le;
  }
  const total = bins.reduce((t, b) => t + b.n, 0);
  if (total > maxSamples) {
    if (!thin) throw new ServiceError(`more than ${maxSamples} requests in one window; shorten the interval`);
    for (const b of bins) b.n = Math.floor((b.n * maxSamples) / total);
  }
  const out: number[] = [];
  for (const b of bins) for (let i = 0; i < b.n; i++) out.push(b.at);
  return out;
}

export class PrometheusClient {
  constructor(
    readonly url: string,
    private readonly fetchFn: typeof fetch = fetch,
  ) {}

  async query(q: string, atSeconds?: number): Promise<PromSample[]> {
    const u = new URL('api/v1/query', this.url.endsWith('/') ? this.url : this.url + '/');
    u.searchParams.set('query', q);
    if (atSeconds !== undefined) u.searchParams.set('time', String(atSeconds));
    let res: Response;
    try {
      res = await this.fetchFn(u, { headers: { accept: 'application/json' } });
    } catch (e) {
      throw new ServiceError(`cannot reach Prometheus at ${this.url}: ${(e as Error).message}`);
    }
    const body = await res.json().catch(() => undefined);
    if (!res.ok && !body) throw new ServiceError(`Prometheus at ${this.url} answered ${res.status} to '${q}'`);
    // Every query here is a count (an increase of a counter or a histogram bucket): NaN, a negative
    // or an infinite answer (a broken exporter, a proxy's placeholder) would reach the judge's tests
    // as numbers they cannot take, a crash mid-rollout instead of one line.
    const samples = parseVector(body, q);
    for (const s of samples) {
      if (!(s.value >= 0 && s.value <= Number.MAX_SAFE_INTEGER)) {
        const labels = Object.entries(s.metric).map(([k, v]) => `${k}=${promString(v)}`).join(',');
        throw new ServiceError(`Prometheus at ${this.url} answered '${q}' with ${String(s.value)}${labels ? ` for {${labels}}` : ''}, not a count`);
      }
    }
    return samples;
  }

  /** The observations, over the `seconds` before `atSeconds`, of the servers labelled with `reference` (the registry reference they serve). */
  async variantWindow(reference: string, seconds: number, atSeconds: number): Promise<VariantWindow> {
    const sel = `{${REFERENCE_LABEL}=${promString(reference)}}`;
    const range = `[${Math.max(1, Math.round(seconds))}s]`;
    const answered = await this.query(`sum(increase(${PROM.requests}${sel}${range}))`, atSeconds);
    const failed = await this.query(`sum(increase(${PROM.errors}${sel}${range}))`, atSeconds);
    const buckets = await this.query(`sum by (le) (increase(${PROM.durationBucket}${sel}${range}))`, atSeconds);
    // Rows, not requests: a busy window holds more of them than the judge needs, so they are thinned.
    const scores = await this.query(`sum by (le) (increase(${PROM.scoreBucket}${sel}${range}))`, atSeconds);
    const sum = (v: PromSample[]) => v.reduce((t, x) => t + Math.round(x.value), 0);
    const errors = sum(failed);
    const total = sum(answered) + errors;
    return {
      samples: { [SAMPLE_LATENCY_MS]: bucketsToSamples(buckets), [SAMPLE_SCORE]: bucketsToSamples(scores, { thin: true, scale: 1 }) },
      counts: { [COUNT_ERRORS]: { events: errors, total } },
    };
  }

  /** Shadow comparisons of the candidate labelled `reference` against stable over the window: rows whose label agreed, of rows compared. */
  async agreement(reference: string, seconds: number, atSeconds: number): Promise<Counts> {
    const sel = `{${REFERENCE_LABEL}=${promString(reference)}}`;
    const range = `[${Math.max(1, Math.round(seconds))}s]`;
    const sum = (v: PromSample[]) => v.reduce((t, x) => t + Math.round(x.value), 0);
    const total = sum(await this.query(`sum(increase(${PROM.shadowRows}${sel}${range}))`, atSeconds));
    const differ = sum(await this.query(`sum(increase(${PROM.shadowDisagreements}${sel}${range}))`, atSeconds));
    return { events: Math.max(0, total - differ), total };
  }
}
