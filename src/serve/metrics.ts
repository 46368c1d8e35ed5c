/**
 * Prometheus text exposition (format 0.0.4) for /metrics, labelled by model and variant:
 * requests, errors by kind, request latency, rows per onnxruntime call, queue depth, and the
 * distribution of predictions (class counts, a histogram of the top-class probability or, for a
 * binary model, of the positive-class probability).
 */
import { LABELS, SERIES } from './metric-names.js';
import type { Predictions } from './variant.js';

/**
 * A row's score: the positive-class probability (binary), the top-class probability (multiclass),
 * undefined for a model without probabilities. The score histogram of /metrics and the deploy
 * judge's `score` samples (window.ts) both use it.
 */
export function rowScore(p: Predictions, r: number): number | undefined {
  if (!p.probabilities) return undefined;
  const k = p.classes.length;
  if (k === 2) return p.probabilities[r * 2 + 1];
  let v = 0;
  for (let j = 0; j < k; j++) v = Math.max(v, p.probabilities[r * k + j]);
  return v;
}

const LATENCY_BUCKETS = [0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const BATCH_BUCKETS = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024];
const SCORE_BUCKETS = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1];

class Histogram {
  counts: number[];
  sum = 0;
  count = 0;
  constructor(readonly buckets: number[]) {
    this.counts = new Array(buckets.length).fill(0);
  }
  observe(v: number): void {
    this.sum += v;
    this.count++;
    for (let i = 0; i < this.buckets.length; i++) if (v <= this.buckets[i]) this.counts[i]++;
  }
}

/** Escapes a label value (backslash, double quote, newline). */
function esc(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}
function labels(l: Record<string, string>): string {
  return `{${Object.entries(l).map(([k, v]) => `${k}="${esc(v)}"`).join(',')}}`;
}
function num(v: number): string {
  return Number.isFinite(v) ? String(v) : v > 0 ? '+Inf' : v < 0 ? '-Inf' : 'NaN';
}

interface VariantStats {
  requests: Map<string, number>;
  errors: Map<string, number>;
  latency: Histogram;
  batch: Histogram;
  classes: Map<string, number>;
  score: Histogram;
  shadowDiffer: number;
  shadowRows: number;
}

interface HistogramData {
  counts: number[];
  sum: number;
  count: number;
}

/** One series' numbers as plain data (what a worker sends its primary, see cluster.ts). */
export interface SeriesSnapshot {
  model: string;
  variant: string;
  reference?: string;
  requests: [string, number][];
  errors: [string, number][];
  latency: HistogramData;
  batch: HistogramData;
  classes: [string, number][];
  score: HistogramData;
  shadowDiffer: number;
  shadowRows: number;
}

export interface Gauge {
  model: string;
  variant: string;
  version: string;
  depth: number;
  inflight: number;
}

/** Everything /metrics shows, as plain data: one server's, or several merged (mergeMetrics). */
export interface MetricsSnapshot {
  series: SeriesSnapshot[];
  gauges: Gauge[];
}

const histData = (h: Histogram): HistogramData => ({ counts: [...h.counts], sum: h.sum, count: h.count });

export class Metrics {
  private stats = new Map<string, VariantStats>();
  private gauges: (() => Gauge[]) | undefined;

  /** Queue depth and in-flight counts are read when scraped. */
  private references: ((variant: string) => string | undefined) | undefined;
  /** The `reference` label of a variant's series (what it serves), or undefined for none. */
  setReferenceSource(fn: (variant: string) => string | undefined): void {
    this.references = fn;
  }

  setGaugeSource(fn: () => Gauge[]): void {
    this.gauges = fn;
  }

  /** The last series looked up: requests come in runs for one model and variant, so no key is built for them. */
  private lastModel = '';
  private lastVariant = '';
  private lastStats: VariantStats | undefined;

  private of(model: string, variant: string): VariantStats {
    if (this.lastStats && this.lastModel === model && this.lastVariant === variant) return this.lastStats;
    const key = `${model}\u0000${variant}`;
    let s = this.stats.get(key);
    if (!s) {
      s = { requests: new Map(), errors: new Map(), latency: new Histogram(LATENCY_BUCKETS), batch: new Histogram(BATCH_BUCKETS), classes: new Map(), score: new Histogram(SCORE_BUCKETS), shadowDiffer: 0, shadowRows: 0 };
      this.stats.set(key, s);
    }
    this.lastModel = model;
    this.lastVariant = variant;
    this.lastStats = s;
    return s;
  }

  request(model: string, variant: string, endpoint: string, seconds: number): void {
    const s = this.of(model, variant);
    s.requests.set(endpoint, (s.requests.get(endpoint) ?? 0) + 1);
    s.latency.observe(seconds);
  }

  error(model: string, variant: string, kind: string): void {
    const s = this.of(model, variant);
    s.errors.set(kind, (s.errors.get(kind) ?? 0) + 1);
  }

  batch(model: string, variant: string, rows: number): void {
    this.of(model, variant).batch.observe(rows);
  }

  shadowDisagreement(model: string, variant: string, rows: number): void {
    this.of(model, variant).shadowDiffer += rows;
  }

  shadowCompared(model: string, variant: string, rows: number): void {
    this.of(model, variant).shadowRows += rows;
  }

  predictions(model: string, variant: string, p: Predictions): void {
    const s = this.of(model, variant);
    for (const l of p.labels) if (p.task !== 'regression') s.classes.set(l, (s.classes.get(l) ?? 0) + 1);
    if (!p.probabilities) return;
    for (let r = 0; r < p.labels.length; r++) s.score.observe(rowScore(p, r)!);
  }

  /** The numbers as plain data, reference labels and gauges read now. */
  snapshot(): MetricsSnapshot {
    const series: SeriesSnapshot[] = [];
    for (const [key, s] of this.stats) {
      const [model, variant] = key.split('\u0000');
      const reference = this.references?.(variant);
      series.push({ model, variant, ...(reference === undefined ? {} : { reference }), requests: [...s.requests], errors: [...s.errors], latency: histData(s.latency), batch: histData(s.batch), classes: [...s.classes], score: histData(s.score), shadowDiffer: s.shadowDiffer, shadowRows: s.shadowRows });
    }
    return { series, gauges: this.gauges?.() ?? [] };
  }

  render(): string {
    return renderMetrics(this.snapshot());
  }
}

function addHist(a: HistogramData, b: HistogramData): HistogramData {
  return { counts: a.counts.map((c, i) => c + b.counts[i]), sum: a.sum + b.sum, count: a.count + b.count };
}

function addPairs(a: [string, number][], b: [string, number][]): [string, number][] {
  const m = new Map(a);
  for (const [k, v] of b) m.set(k, (m.get(k) ?? 0) + v);
  return [...m];
}

/**
 * Several servers' numbers as one (the workers of `serve --workers N`): counters and every
 * histogram bucket, sum and count are added series by series (same model, variant and reference
 * label), which is what Prometheus' sum() over the workers' series would give; the gauges (queue
 * depth, requests in flight) are added per model, variant and version.
 */
export function mergeMetrics(parts: MetricsSnapshot[]): MetricsSnapshot {
  const series = new Map<string, SeriesSnapshot>();
  const gauges = new Map<string, Gauge>();
  for (const part of parts) {
    for (const s of part.series) {
      const key = `${s.model}\u0000${s.variant}\u0000${s.reference ?? ''}`;
      const a = series.get(key);
      series.set(key, !a ? s : { ...a, requests: addPairs(a.requests, s.requests), errors: addPairs(a.errors, s.errors), latency: addHist(a.latency, s.latency), batch: addHist(a.batch, s.batch), classes: addPairs(a.classes, s.classes), score: addHist(a.score, s.score), shadowDiffer: a.shadowDiffer + s.shadowDiffer, shadowRows: a.shadowRows + s.shadowRows });
    }
    for (const g of part.gauges) {
      const key = `${g.model}\u0000${g.variant}\u0000${g.version}`;
      const a = gauges.get(key);
      gauges.set(key, !a ? { ...g } : { ...a, depth: a.depth + g.depth, inflight: a.inflight + g.inflight });
    }
  }
  return { series: [...series.values()], gauges: [...gauges.values()] };
}

/** The Prometheus text of a snapshot. */
export function renderMetrics(snap: MetricsSnapshot): string {
  const out: string[] = [];
  const each = (fn: (l: Record<string, string>, s: SeriesSnapshot) => void) => {
    for (const s of snap.series) fn(s.reference === undefined ? { model: s.model, variant: s.variant } : { model: s.model, variant: s.variant, [LABELS.reference]: s.reference }, s);
  };
  const hist = (name: string, help: string, buckets: number[], pick: (s: SeriesSnapshot) => HistogramData) => {
    out.push(`# HELP ${name} ${help}`, `# TYPE ${name} histogram`);
    each((l, s) => {
      const h = pick(s);
      if (h.count === 0) return; // e.g. the variant "none" of requests refused before routing
      buckets.forEach((b, i) => out.push(`${name}_bucket${labels({ ...l, le: num(b) })} ${h.counts[i]}`));
      out.push(`${name}_bucket${labels({ ...l, le: '+Inf' })} ${h.count}`, `${name}_sum${labels(l)} ${num(h.sum)}`, `${name}_count${labels(l)} ${h.count}`);
    });
  };
  out.push(`# HELP ${SERIES.requests} Inference requests answered, by endpoint.`, `# TYPE ${SERIES.requests} counter`);
  each((l, s) => s.requests.forEach(([endpoint, v]) => out.push(`${SERIES.requests}${labels({ ...l, endpoint })} ${v}`)));
  out.push(`# HELP ${SERIES.errors} Failed requests, by kind.`, `# TYPE ${SERIES.errors} counter`);
  each((l, s) => s.errors.forEach(([kind, v]) => out.push(`${SERIES.errors}${labels({ ...l, kind })} ${v}`)));
  hist(SERIES.duration, 'Time from request received to answer ready.', LATENCY_BUCKETS, (s) => s.latency);
  hist(SERIES.batchRows, 'Rows per onnxruntime call.', BATCH_BUCKETS, (s) => s.batch);
  out.push(`# HELP ${SERIES.queueDepth} Requests waiting for the model session.`, `# TYPE ${SERIES.queueDepth} gauge`);
  for (const x of snap.gauges) out.push(`${SERIES.queueDepth}${labels({ model: x.model, variant: x.variant, version: x.version })} ${x.depth}`);
  out.push(`# HELP ${SERIES.inflight} Requests being answered.`, `# TYPE ${SERIES.inflight} gauge`);
  for (const x of snap.gauges) out.push(`${SERIES.inflight}${labels({ model: x.model, variant: x.variant, version: x.version })} ${x.inflight}`);
  out.push(`# HELP ${SERIES.predictions} Predicted rows, by predicted class.`, `# TYPE ${SERIES.predictions} counter`);
  each((l, s) => s.classes.forEach(([cls, v]) => out.push(`${SERIES.predictions}${labels({ ...l, class: cls })} ${v}`)));
  hist(SERIES.score, 'Positive-class probability (binary) or top-class probability (multiclass) per row.', SCORE_BUCKETS, (s) => s.score);
  out.push(`# HELP ${SERIES.shadowRows} Rows a shadow recomputed (answered by stable).`, `# TYPE ${SERIES.shadowRows} counter`);
  each((l, s) => {
    if (s.shadowRows) out.push(`${SERIES.shadowRows}${labels(l)} ${s.shadowRows}`);
  });
  out.push(`# HELP ${SERIES.shadowDisagreements} Rows where the shadow predicted another label than the answer returned.`, `# TYPE ${SERIES.shadowDisagreements} counter`);
  each((l, s) => out.push(`${SERIES.shadowDisagreements}${labels(l)} ${s.shadowDiffer}`));
  return out.join('\n') + '\n';
}
