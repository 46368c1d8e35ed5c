/**
 * The Prometheus series `modelgate serve` exports on /metrics and their labels: one source of
 * truth, rendered by metrics.ts and read back by deploy (src/deploy/prometheus.ts, through
 * src/deploy/metric-names.ts) from a Prometheus that scrapes the server.
 */
export const SERIES = Object.freeze({
  /** Counter: requests answered, labels {model, variant, endpoint} (endpoint `shadow` for shadow copies). */
  requests: 'modelgate_requests_total',
  /** Counter: failed requests, labels {model, variant, kind}. */
  errors: 'modelgate_errors_total',
  /** Histogram (seconds): time from request received to answer ready, labels {model, variant}. */
  duration: 'modelgate_request_duration_seconds',
  batchRows: 'modelgate_batch_rows',
  queueDepth: 'modelgate_queue_depth',
  inflight: 'modelgate_inflight_requests',
  predictions: 'modelgate_predictions_total',
  score: 'modelgate_prediction_score',
  /** Counter: rows a shadow recomputed, labels {model, variant="candidate"}. */
  shadowRows: 'modelgate_shadow_rows_total',
  /** Counter: of those, rows where the shadow's label differed, labels {model, variant="candidate"}. */
  shadowDisagreements: 'modelgate_shadow_disagreements_total',
});

/** Labels: the model's name (`--name`), and the variant, `stable` or `candidate`. */
export const LABELS = Object.freeze({ model: 'model', variant: 'variant', reference: 'reference', endpoint: 'endpoint', kind: 'kind' });
export const VARIANTS = Object.freeze({ stable: 'stable', candidate: 'candidate' });
/** The `endpoint` label value of a shadow copy's request. */
export const SHADOW_ENDPOINT = 'shadow';
