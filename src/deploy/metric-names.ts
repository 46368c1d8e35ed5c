/**
 * The names deploy reads, in one place: the keys of a judged window's samples and counts, and the
 * Prometheus series of the modelgate server, imported from serve (src/serve/metric-names.ts, the
 * names /metrics renders), so the two cannot drift apart.
 */
import { LABELS, SERIES, VARIANTS } from '../serve/metric-names.js';

/** Window sample key: per-request latency in milliseconds (answered requests). */
export const SAMPLE_LATENCY_MS = 'latency_ms';
/** Window sample key: each answered row's score (positive-class or top-class probability): the prediction distribution. */
export const SAMPLE_SCORE = 'score';
/** Window counts key: requests that failed out of all requests (answered + failed). */
export const COUNT_ERRORS = 'errors';

/** The label that tells the two models apart, and its values. */
export const VARIANT_LABEL = LABELS.variant;
export const VARIANT_STABLE = VARIANTS.stable;
export const VARIANT_CANDIDATE = VARIANTS.candidate;

/** The label that names the served model (serve's `--name`). */
export const MODEL_LABEL = LABELS.model;
/** The label that says what a server's variant serves (serve's `reference`: its registry reference). */
export const REFERENCE_LABEL = LABELS.reference;
/** The environment variable that sets it (serve's settings are MODELGATE_SERVE_<NAME>). */
export const REFERENCE_ENV = 'MODELGATE_SERVE_REFERENCE';

export const PROM = Object.freeze({
  /** Counter of answered requests, labels {model, variant, endpoint}. */
  requests: SERIES.requests,
  /** Counter of failed requests, labels {model, variant, kind}. */
  errors: SERIES.errors,
  /** Histogram of request latency in seconds, labels {model, variant, le}. */
  durationBucket: `${SERIES.duration}_bucket`,
  /** Histogram of each answered row's score (positive-class or top-class probability), labels {model, variant, le}. */
  scoreBucket: `${SERIES.score}_bucket`,
  /** Counters of a shadow's recomputed rows and of those whose label differed, labels {model, variant="candidate"}. */
  shadowRows: SERIES.shadowRows,
  shadowDisagreements: SERIES.shadowDisagreements,
});
