/**
 * The observation window the deploy judge reads through the admin API: per variant, the latency
 * of each answered request (ms, up to `MAX_SAMPLES` kept), the requests answered and the requests
 * that failed, and for a shadow the rows compared and the rows whose label agreed. Reset by
 * `POST /admin/models/<name>/window/reset`, read by `GET /admin/models/<name>/window`; unlike the
 * /metrics counters, which only grow, a window holds the raw samples the Mann-Whitney test needs.
 *
 * A failure counts against a variant when it is the variant's fault: a stable request that failed
 * with a server error (5xx), or a candidate request that failed where stable then answered the
 * same request (see ModelServer.predict: the candidate's failures are retried on stable).
 */

import { rowScore } from './metrics.js';
import type { Predictions } from './variant.js';

/** Latency samples kept per variant and window; requests past it are still counted. */
export const MAX_SAMPLES = 100_000;

export interface VariantObservations {
  /** Requests answered by the variant (shadow copies included for a shadow candidate). */
  requests: number;
  /** Requests that failed on the variant (its fault, see above). */
  errors: number;
  /** Latency of answered requests in milliseconds, in arrival order (the first MAX_SAMPLES). */
  latencyMs: number[];
  /** Each answered row's score (see rowScore: positive-class or top-class probability), the first MAX_SAMPLES; empty for a model without probabilities. */
  scores: number[];
}

export interface WindowSnapshot {
  /** ISO time of the last reset (or of the server's start). */
  since: string;
  stable: VariantObservations;
  candidate: VariantObservations;
  /** Rows answered by stable and recomputed by the shadow, and those with the same label. */
  shadow: { rows: number; agree: number };
}

const empty = (): VariantObservations => ({ requests: 0, errors: 0, latencyMs: [], scores: [] });

export class ObservationWindow {
  private w: WindowSnapshot = { since: new Date().toISOString(), stable: empty(), candidate: empty(), shadow: { rows: 0, agree: 0 } };

  constructor(private readonly now: () => Date = () => new Date()) {
    this.reset();
  }

  reset(): WindowSnapshot {
    this.w = { since: this.now().toISOString(), stable: empty(), candidate: empty(), shadow: { rows: 0, agree: 0 } };
    return this.w;
  }

  answered(role: 'stable' | 'candidate', ms: number): void {
    const o = this.w[role];
    o.requests++;
    if (o.latencyMs.length < MAX_SAMPLES) o.latencyMs.push(Math.round(ms * 1000) / 1000);
  }

  /** The rows' scores of an answer (the prediction distribution the judge can compare). */
  predicted(role: 'stable' | 'candidate', p: Predictions): void {
    const o = this.w[role];
    if (!p.probabilities) return;
    for (let r = 0; r < p.labels.length && o.scores.length < MAX_SAMPLES; r++) o.scores.push(rowScore(p, r)!);
  }

  failed(role: 'stable' | 'candidate'): void {
    this.w[role].errors++;
  }

  compared(rows: number, differ: number): void {
    this.w.shadow.rows += rows;
    this.w.shadow.agree += rows - differ;
  }

  snapshot(): WindowSnapshot {
    return this.w;
  }
}

/**
 * The windows of several workers (`serve --workers N`) as one: counts added, samples concatenated
 * worker after worker (up to MAX_SAMPLES each; not in arrival order across workers, which the
 * judge's rank tests do not need), `since` the earliest reset.
 */
export function mergeWindows(parts: WindowSnapshot[]): WindowSnapshot {
  const side = (role: 'stable' | 'candidate'): VariantObservations => ({
    requests: parts.reduce((a, p) => a + p[role].requests, 0),
    errors: parts.reduce((a, p) => a + p[role].errors, 0),
    latencyMs: parts.flatMap((p) => p[role].latencyMs).slice(0, MAX_SAMPLES),
    scores: parts.flatMap((p) => p[role].scores).slice(0, MAX_SAMPLES),
  });
  return {
    since: parts.map((p) => p.since).sort()[0] ?? new Date().toISOString(),
    stable: side('stable'),
    candidate: side('candidate'),
    shadow: { rows: parts.reduce((a, p) => a + p.shadow.rows, 0), agree: parts.reduce((a, p) => a + p.shadow.agree, 0) },
  };
}
