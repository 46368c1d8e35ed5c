/**
 * The names deploy reads, in one place: the keys of a judged window's samples and counts, and the
 * Prometheus series the modelgate server is expected to export on /metrics (which the kserve
 * target reads back from a Prometheus URL). These are ASSUMED names, written before the server
 * existed: when serve's /metrics differs, change them here and nowhere else.
 */

/** Window sample key: per-request latency in milliseconds (successful requests). */
export const SAMPLE_LATENCY_MS = 'latency_ms';
/** Window counts key: requests that failed (5xx or an inference error) out of all requests. */
export const COUNT_ERRORS = 'errors';

/** The label that tells the two models apart, and its values. */
export const VARIANT_LABEL = 'variant';
export const VARIANT_STABLE = 'stable';
export const VARIANT_CANDIDATE = 'candidate';

/**
 * Prometheus series carry the served model's registry reference in a `model` label (each server
 * knows what it serves), so stable and candidate are told apart by reference wherever they run.
 */
export const MODEL_LABEL = 'model';

export const PROM = Object.freeze({
  /** Counter of inference requests, labels {model, variant, outcome="ok"|"error"}. */
  requests: 'modelgate_requests_total',
  outcomeLabel: 'outcome',
  outcomeError: 'error',
  /** Histogram of request latency in seconds, labels {model, variant, le}. */
  durationBucket: 'modelgate_request_duration_seconds_bucket',
  /** Counter of shadow comparisons, labels {model (the candidate), result="agree"|"disagree"}. */
  shadowComparisons: 'modelgate_shadow_comparisons_total',
  shadowResultLabel: 'result',
});
