/**
 * compare-to-baseline's decision: every gate gets a delta, its interval, a p-value and the test
 * used; p-values are adjusted across all gates (Holm by default) so that adding metrics does not add
 * false failures; the verdict follows the policy:
 *
 * - detect-regression (default): a gate fails when the data shows, at the confidence level, that
 *   the candidate is worse than allowed (H1: regression beyond the margin, adjusted p < alpha).
 *   An evaluation set too small to see the allowed amount is said so ("underpowered").
 * - prove-non-inferiority: a gate passes only when the data shows the candidate is no worse than
 *   allowed (H1: non-inferior within the margin, adjusted p < alpha).
 *
 * `require-improvement` passes only when an improvement (by at least its amount) is shown; `min` /
 * `max` are judged on the candidate's own interval (normal approximation from it).
 */
import { multipleTesting } from '../stats/multiple.js';
import { wilcoxon } from '../stats/paired.js';
import { createRng } from '../stats/rng.js';
import { quantileSorted } from '../metrics/intervals.js';
import { normalCdf, normalQuantile } from '../stats/distributions.js';
import type { Evaluation } from '../model/evaluate.js';
import { DIRECTION, type Correction, type Gate, type GateSpec, type Policy } from './spec.js';
import { pairedEstimate, type PairedEstimate } from './paired-metrics.js';
import { subsetPaired, type PairedRows } from './paired-data.js';
import { MEASURES, type Measure } from '../fairness/measures.js';
import { assign, featureValue, type FairnessFeature } from '../fairness/audit.js';
import { pairedMeasure } from '../fairness/paired.js';

export interface GateResult {
  metric: string;
  slice?: { column: string; value: string };
  /** A fairness gate: the sensitive feature it judged (a column, or `a*b`). */
  sensitive?: string;
  /** A fairness gate: the candidate's groups that set the measure (lower rate, higher rate). */
  groups?: [string, string];
  rule: string;
  baseline: number | null;
  candidate: number | null;
  delta: number | null;
  ci: [number, number] | null;
  pValue: number | null;
  adjustedPValue: number | null;
  test: string;
  passed: boolean;
  reason: string;
  underpowered?: boolean;
  /** A pass to look at: the point value is beyond a min/max bound the interval still reaches. */
  warning?: string;
  override?: { by: string; reason: string; url?: string };
}

/** The data validation of the same run (from data-report.json), part of the run's verdict. */
export interface DataValidation {
  passed: boolean;
  violations: number;
  drifted: string[];
}

export interface Comparison {
  kind: 'comparison';
  schemaVersion: 1;
  passed: boolean | null;
  verdict: string;
  policy: Policy;
  confidence: number;
  correction: Correction;
  paired: boolean;
  pairing: string;
  rows: number;
  candidate: { path: string; model: string; data: string };
  baseline: { path: string; model: string; data: string } | null;
  gates: GateResult[];
  metrics: { metric: string; baseline: number | null; candidate: number | null; delta: number | null; ci: [number, number] | null; pValue: number | null; test: string }[];
  notes: string[];
  /** The run's data validation when a data report was given: a failure there fails the run. */
  dataValidation?: DataValidation;
  override?: { accepted: { metric: string; by: string; reason: string; url?: string }[]; rejected: { by: string; reason: string }[] };
}

export interface CompareInput {
  candidate: Evaluation;
  candidatePath: string;
  baseline?: Evaluation;
  baselinePath?: string;
  paired?: PairedRows;
  spec: GateSpec;
  confidence: number;
  correction: Correction;
  resamples: number;
  seed: number;
  dataValidation?: DataValidation;
}

const HEADLINE: Record<Evaluation['task'], string[]> = {
  binary: ['accuracy', 'roc_auc', 'f1', 'precision', 'recall', 'log_loss', 'brier_score'],
  multiclass: ['accuracy', 'macro_f1', 'log_loss'],
  regression: ['mae', 'rmse', 'r2'],
};

function metricOf(ev: Evaluation, metric: string): { value: number | null; ci: [number, number] | null } | undefined {
  if (metric === 'latency_p50_ms') return { value: ev.latency.p50Ms, ci: null };
  if (metric === 'latency_p95_ms') return { value: ev.latency.p95Ms, ci: null };
  const m = ev.metrics[metric];
  return m ? { value: m.value, ci: m.ci } : undefined;
}

function amountFor(g: Gate, baseline: number | null): number {
  return g.amount.percent ? g.amount.value * Math.abs(baseline ?? 0) : g.amount.value;
}

/** Metrics on a 0..1 scale read in points (0.01 = 1 point); others in their own units. */
const UNIT_SCALE = new Set<string>(['accuracy', 'balanced_accuracy', 'precision', 'recall', 'f1', 'roc_auc', 'average_precision', 'macro_f1', 'r2', ...MEASURES]);
const fmtAmount = (metric: string, x: number) => (UNIT_SCALE.has(metric) ? `${(x * 100).toFixed(1)} points` : `${Number(x.toPrecision(3))}`);

/** Paired estimates per rows and settings: a gated headline metric is computed once, not twice. */
const estimates = new WeakMap<PairedRows, Map<string, PairedEstimate | undefined | Error>>();

function estimateFor(metric: string, rows: PairedRows, input: CompareInput): PairedEstimate | undefined {
  const threshold = input.candidate.threshold ?? 0.5;
  const key = `${metric}|${threshold}|${input.confidence}|${input.resamples}|${input.seed}`;
  let cache = estimates.get(rows);
  if (!cache) estimates.set(rows, (cache = new Map()));
  if (!cache.has(key)) {
    try {
      cache.set(key, pairedEstimate(metric, rows, { direction: DIRECTION[metric] ?? 1, threshold, confidence: input.confidence, resamples: input.resamples, seed: input.seed }));
    } catch (e) {
      cache.set(key, e as Error);
    }
  }
  const hit = cache.get(key);
  if (hit instanceof Error) throw hit;
  return hit;
}

/**
 * The power note of a gate whose interval is wider than its margin. An interval's half-width h
 * shrinks as 1/sqrt(n), so about n * (h / m)^2 rows would bring it down to the margin m.
 */
export function rowsToResolve(n: number, halfWidth: number, margin: number): number {
  return Math.ceil(n * (halfWidth / margin) ** 2);
}

function powerNote(metric: string, n: number, halfWidth: number, m: number): string {
  const need = Number.isFinite(halfWidth) ? `; about ${rowsToResolve(n, halfWidth, m).toLocaleString('en-US')} rows (${n} × (${fmtAmount(metric, halfWidth)} / ${fmtAmount(metric, m)})²) would resolve it` : '';
  return `this set of ${n} rows resolves ±${fmtAmount(metric, halfWidth)}, so a regression of ${fmtAmount(metric, m)} may go unseen${need}`;
}

/** Where a gate applies: a slice value, or (fairness gates) a sensitive feature. */
interface Scope {
  column: string;
  value: string;
  rows?: PairedRows;
  candidate?: Evaluation['metrics'];
  baseline?: Evaluation['metrics'];
  fairness?: { feature: string; groups: [string, string] | null; rows: number; estimate?: PairedEstimate | Error };
}

type RawGate = Omit<GateResult, 'adjustedPValue' | 'passed' | 'underpowered'> & { decide: 'fail-if-significant' | 'pass-if-significant' | 'fixed'; fixed?: boolean; power?: string };

/** Runs every gate; returns unadjusted results (adjustment and verdict happen in `compare`). */
function evaluateGate(g: Gate, input: CompareInput, slice?: Scope): RawGate {
  const dir = DIRECTION[g.metric] ?? 1;
  const base = { metric: g.metric, rule: g.text, ...(slice?.fairness ? { sensitive: slice.fairness.feature, ...(slice.fairness.groups ? { groups: slice.fairness.groups } : {}) } : slice ? { slice: { column: slice.column, value: slice.value } } : {}) };
  const candM = slice ? slice.candidate?.[g.metric] : metricOf(input.candidate, g.metric);
  const baseM = slice ? slice.baseline?.[g.metric] : input.baseline ? metricOf(input.baseline, g.metric) : undefined;
  const cv = candM?.value ?? null;
  const z = normalQuantile(1 - (1 - input.confidence) / 2);
  if (g.rule === 'min' || g.rule === 'max') {
    if (cv === null) return { ...base, baseline: baseM?.value ?? null, candidate: null, delta: null, ci: null, pValue: null, test: '–', reason: `${g.metric} is not available for the candidate`, decide: 'fixed', fixed: false };
    const bound = g.amount.value;
    const ci = candM?.ci ?? null;
    const se = ci ? (ci[1] - ci[0]) / (2 * z) : 0;
    const side = g.rule === 'min' ? 1 : -1; // +1: must be above
    const dist = side * (cv - bound);
    const pWorse = se > 0 ? normalCdf(dist / se) : dist < 0 ? 0 : 1; // H1: on the wrong side of the bound
    const pBetter = se > 0 ? 1 - normalCdf(dist / se) : dist > 0 ? 0 : 1;
    const prove = input.spec.policy === 'prove-non-inferiority';
    const word = g.rule === 'min' ? 'floor' : 'ceiling';
    const beyond = dist < 0;
    const reason = `${g.metric} ${cv.toPrecision(4)} ${word} ${bound}`;
    if (input.spec.minPolicy === 'point') {
      return { ...base, baseline: baseM?.value ?? null, candidate: cv, delta: null, ci, pValue: null, test: 'point value against the bound (min-policy: point)', reason: `${reason}${beyond ? `: ${g.rule === 'min' ? 'below' : 'above'} the ${word}` : ''}`, decide: 'fixed', fixed: !beyond };
    }
    return {
      ...base,
      baseline: baseM?.value ?? null,
      candidate: cv,
      delta: null,
      ci,
      pValue: prove ? pBetter : pWorse,
      test: "normal approximation from the candidate's interval",
      reason,
      // Under detect-regression a point value beyond the bound passes while the interval reaches it.
      ...(beyond && !prove ? { warning: `${g.rule === 'min' ? 'below the floor' : 'above the ceiling'}, not shown: ${g.metric} ${cv.toPrecision(4)} against ${bound}, but the interval${ci ? ` [${ci[0].toPrecision(4)}, ${ci[1].toPrecision(4)}]` : ''} reaches it (set min-policy: point to fail on the point value)` } : {}),
      decide: prove ? 'pass-if-significant' : 'fail-if-significant',
    };
  }
  // Relative rules need a baseline.
  if (g.metric.startsWith('latency_') && input.baseline && !slice) {
    const latency = latencyGate(g, input, base);
    if (latency) return latency;
  }
  if (!input.baseline) return { ...base, baseline: null, candidate: cv, delta: null, ci: null, pValue: null, test: '–', reason: 'no baseline yet (first model): relative gates are not applied', decide: 'fixed', fixed: true };
  if (cv === null || baseM?.value === null || baseM === undefined) {
    const side = cv === null ? 'candidate' : 'baseline';
    return { ...base, baseline: baseM?.value ?? null, candidate: cv, delta: null, ci: null, pValue: null, test: '–', reason: `${g.metric} is missing on the ${side}: this gate cannot be checked`, decide: 'fixed', fixed: false };
  }
  const bv = baseM.value;
  const m = amountFor(g, bv);
  let est: PairedEstimate | undefined;
  const rows = slice ? slice.rows : input.paired;
  if (slice?.fairness?.estimate instanceof Error) return { ...base, baseline: bv, candidate: cv, delta: cv - bv, ci: null, pValue: null, test: '–', reason: `cannot test ${g.metric}: ${slice.fairness.estimate.message}`, decide: 'fixed', fixed: false };
  if (slice?.fairness) est = slice.fairness.estimate;
  else if (rows && rows.n >= 2) {
    try {
      est = estimateFor(g.metric, rows, input);
    } catch (e) {
      return { ...base, baseline: bv, candidate: cv, delta: cv - bv, ci: null, pValue: null, test: '–', reason: `cannot test ${g.metric}: ${(e as Error).message}`, decide: 'fixed', fixed: false };
    }
  }
  if (!est) {
    // Unpaired: two independent estimates with their own intervals.
    const se = (ci: [number, number] | null | undefined) => (ci ? (ci[1] - ci[0]) / (2 * z) : 0);
    const s = Math.sqrt(se(candM?.ci) ** 2 + se(baseM.ci) ** 2);
    const d = cv - bv;
    const od = dir * d;
    est = {
      candidate: cv,
      baseline: bv,
      delta: d,
      ci: s > 0 ? [d - z * s, d + z * s] : null,
      test: 'unpaired z-test from the two intervals',
      pRegression: (mm) => (s > 0 ? normalCdf((od + mm) / s) : od + mm < 0 ? 0 : 1),
      pNonInferior: (mm) => (s > 0 ? 1 - normalCdf((od + mm) / s) : od + mm > 0 ? 0 : 1),
    };
  }
  const improvement = g.rule === 'require-improvement';
  const prove = improvement || input.spec.policy === 'prove-non-inferiority';
  // require-improvement by a: H1: d > a, i.e. non-inferiority with margin -a.
  const pValue = improvement ? est.pNonInferior(-m) : prove ? est.pNonInferior(m) : est.pRegression(m);
  const halfWidth = est.ci ? (est.ci[1] - est.ci[0]) / 2 : Infinity;
  const n = slice?.fairness?.rows ?? rows?.n ?? input.candidate.rows;
  // Underpowered: the interval is wider than the allowed amount AND still reaches a regression of
  // that size. An interval wholly on the good side of -m has ruled the regression out, however wide.
  const worst = est.ci ? Math.min(dir * est.ci[0], dir * est.ci[1]) : -Infinity;
  const underpowered = !improvement && m > 0 && halfWidth > m && worst <= -m;
  const reason = improvement ? `must improve by ${m ? fmtAmount(g.metric, m) : 'any amount'}` : `may regress by ${fmtAmount(g.metric, m)}`;
  const power = underpowered ? powerNote(g.metric, n, halfWidth, m) : undefined;
  return { ...base, baseline: bv, candidate: cv, delta: est.delta, ci: est.ci, pValue, test: est.test, reason, power, decide: prove ? 'pass-if-significant' : 'fail-if-significant' };
}

/**
 * A fairness gate, once per sensitive feature of the candidate's evaluation. Bounds (min / max)
 * are judged on the candidate's measure and its bootstrap interval, as metric bounds are; relative
 * rules on the candidate-minus-baseline measure by a paired bootstrap within the candidate's
 * groups when both evaluations ran on the same rows (the baseline's measure need not have been
 * audited: the rows' group values come from the candidate's predictions file), else an unpaired
 * test from the two evaluations' intervals.
 */
function fairnessGates(g: Gate, input: CompareInput): RawGate[] {
  const features = input.candidate.fairness?.features ?? [];
  if (!features.length) {
    return [{ metric: g.metric, rule: g.text, baseline: null, candidate: null, delta: null, ci: null, pValue: null, test: '–', reason: "the candidate's evaluation has no fairness audit (evaluate with sensitive: <column>)", decide: 'fixed', fixed: false }];
  }
  const measure = g.metric as Measure;
  return features.map((f) => {
    const cm = f.measures[measure];
    const bf = input.baseline?.fairness?.features.find((x) => x.name === f.name);
    const relative = g.rule !== 'min' && g.rule !== 'max';
    const estimate = relative && input.baseline ? pairedFairness(measure, f, input) : undefined;
    const bm = bf ? bf.measures[measure] : estimate && !(estimate instanceof Error) ? { value: estimate.baseline, ci: null } : undefined;
    const rows = f.groups.reduce((a, x) => a + x.rows, 0);
    return evaluateGate(g, input, { column: f.name, value: '', candidate: { [measure]: { value: cm.value, ci: cm.ci, method: 'bootstrap-percentile' } }, baseline: bm ? { [measure]: { value: bm.value, ci: bm.ci, method: 'bootstrap-percentile' } } : undefined, fairness: { feature: f.name, groups: cm.groups, rows, estimate } });
  });
}

function pairedFairness(measure: Measure, f: FairnessFeature, input: CompareInput): PairedEstimate | Error | undefined {
  const p = input.paired;
  if (!p || p.task !== 'binary') return undefined;
  const columns = f.columns.map((c) => p.groups?.get(c));
  if (columns.some((c) => !c)) return new Error(`the candidate's predictions file has no column for ${f.columns.join(', ')} (evaluate the candidate with sensitive: ${f.name})`);
  const values = Array.from({ length: p.n }, (_, i) => featureValue(columns.map((c) => c![i]!)));
  const grouping = assign(values, f.groups.map((x) => x.value), f.pooled);
  try {
    return pairedMeasure({ measure, ids: grouping.ids, groups: grouping.names.length, y: p.y, candidate: p.candidate, baseline: p.baseline, candidateThreshold: input.candidate.threshold ?? 0.5, baselineThreshold: input.baseline?.threshold ?? 0.5, confidence: input.confidence, resamples: input.resamples, seed: input.seed });
  } catch (e) {
    return e as Error;
  }
}

/**
 * Latency gates, paired by batch: both evaluations ran the same rows in the same batches, so batch
 * i of one is batch i of the other. Wilcoxon's signed-rank test on the per-batch differences
 * (against the margin), and a percentile bootstrap of batch pairs for the interval of the
 * difference in the batch-time quantile.
 */
function latencyGate(g: Gate, input: CompareInput, base: { metric: string; rule: string }): RawGate | undefined {
  const c = input.candidate.latency.batchMs;
  const b = input.baseline!.latency.batchMs;
  if (!c || !b || c.length !== b.length || c.length < 2) return undefined;
  const q = g.metric === 'latency_p50_ms' ? 0.5 : 0.95;
  const quantile = (a: ArrayLike<number>) => quantileSorted(Float64Array.from(a).sort(), q);
  const cv = quantile(c);
  const bv = quantile(b);
  const m = amountFor(g, bv);
  const improvement = g.rule === 'require-improvement';
  const prove = improvement || input.spec.policy === 'prove-non-inferiority';
  // Lower is better: a regression is the candidate slower by more than m.
  const shifted = improvement ? b.map((x) => x - m) : b.map((x) => x + m);
  const pValue = wilcoxon(c, shifted, { alternative: prove ? 'less' : 'greater' }).pvalue;
  const rng = createRng(input.seed, 11);
  const n = c.length;
  const dist = new Float64Array(Math.min(input.resamples, 2000));
  const cs = new Float64Array(n);
  const bs = new Float64Array(n);
  for (let r = 0; r < dist.length; r++) {
    for (let i = 0; i < n; i++) {
      const j = rng.uniformInt(n);
      cs[i] = c[j];
      bs[i] = b[j];
    }
    dist[r] = quantile(cs) - quantile(bs);
  }
  dist.sort();
  const a = (1 - input.confidence) / 2;
  const ci: [number, number] = [dist[Math.floor(a * (dist.length - 1))], dist[Math.ceil((1 - a) * (dist.length - 1))]];
  return {
    ...base,
    baseline: bv,
    candidate: cv,
    delta: cv - bv,
    ci,
    pValue,
    test: `Wilcoxon signed-rank on ${n} per-batch latency differences (batches paired by index)`,
    reason: improvement ? `must be faster by ${Number(m.toPrecision(3))} ms` : `may be slower by ${Number(m.toPrecision(3))} ms`,
    decide: prove ? 'pass-if-significant' : 'fail-if-significant',
  };
}

export function compare(input: CompareInput): Comparison {
  const notes: string[] = [];
  const alpha = 1 - input.confidence;
  const gates = input.spec.gates;
  // Expand slice gates over the values present on both sides.
  const raw: RawGate[] = [];
  const sliceCache = new Map<string, { rows?: PairedRows; candidate?: Evaluation['metrics']; baseline?: Evaluation['metrics'] }>();
  for (const g of gates) {
    if (g.fairness) {
      raw.push(...fairnessGates(g, input));
      continue;
    }
    if (!g.sliceColumn) {
      raw.push(evaluateGate(g, input));
      continue;
    }
    const column = g.sliceColumn;
    const cs = input.candidate.slices.filter((s) => s.column === column && s.metrics);
    if (!cs.length) {
      raw.push({ metric: g.metric, rule: g.text, baseline: null, candidate: null, delta: null, ci: null, pValue: null, test: '–', reason: `no slices of '${column}' in the candidate's evaluation (evaluate with slice-by: ${column})`, decide: 'fixed', fixed: false });
      continue;
    }
    for (const s of cs) {
      const key = `${column}\u0000${s.value}`;
      if (!sliceCache.has(key)) {
        const bs = input.baseline?.slices.find((x) => x.column === column && x.value === s.value);
        let rows: PairedRows | undefined;
        const values = input.paired?.slices.get(column);
        if (input.paired && values) rows = subsetPaired(input.paired, (i) => values[i] === s.value);
        sliceCache.set(key, { rows, candidate: s.metrics, baseline: bs?.metrics });
      }
      raw.push(evaluateGate(g, input, { column, value: s.value, ...sliceCache.get(key)! }));
    }
  }
  const tested = raw.map((r, i) => [r, i] as const).filter(([r]) => r.pValue !== null);
  const adjusted = new Map<number, { p: number; reject: boolean }>();
  if (tested.length) {
    const adj = multipleTesting(tested.map(([r]) => r.pValue!), input.correction, alpha);
    tested.forEach(([, i], k) => adjusted.set(i, { p: adj.pvaluesAdjusted[k], reject: adj.reject[k] }));
  }
  const results: GateResult[] = raw.map((r, i) => {
    const { decide, fixed, power, warning, ...rest } = r;
    const a = adjusted.get(i)?.p ?? null;
    const significant = adjusted.get(i)?.reject ?? false;
    const passed = decide === 'fixed' ? fixed! : decide === 'fail-if-significant' ? !significant : significant;
    let reason = rest.reason;
    if (decide === 'fail-if-significant') reason = passed ? `no regression shown: ${reason}` : `regression shown (adjusted p ${a!.toPrecision(2)} < ${alpha.toPrecision(2)}): ${reason}`;
    if (decide === 'pass-if-significant') reason = passed ? `shown (adjusted p ${a!.toPrecision(2)} < ${alpha.toPrecision(2)}): ${reason}` : `not shown (adjusted p ${a === null ? '–' : a.toPrecision(2)}): ${reason}`;
    // Only a pass can be underpowered or carry a warning: a failure was seen, whatever the power.
    if (passed && power) reason += `; ${power}`;
    if (passed && warning) reason = `${warning}; ${reason}`;
    return { ...rest, adjustedPValue: a, passed, reason, ...(passed && power ? { underpowered: true } : {}), ...(passed && warning ? { warning } : {}) };
  });
  if (!gates.length) notes.push('no gates configured: the metrics are reported, no verdict is given');
  if (!input.baseline) notes.push('no baseline yet (first model): only absolute gates (min, max) apply');
  const underpowered = results.filter((r) => r.underpowered);
  if (underpowered.length) notes.push(`${underpowered.length} gate(s) are underpowered: the evaluation set cannot resolve the allowed amount`);
  // The metrics table: every headline metric the two evaluations share.
  const metrics = HEADLINE[input.candidate.task]
    .filter((m) => input.candidate.metrics[m])
    .map((m) => {
      const c = input.candidate.metrics[m]?.value ?? null;
      const b = input.baseline?.metrics[m]?.value ?? null;
      let est: PairedEstimate | undefined;
      if (input.paired && b !== null && c !== null) {
        try {
          est = estimateFor(m, input.paired, input);
        } catch {
          est = undefined;
        }
      }
      const dir = DIRECTION[m] ?? 1;
      const p = est ? Math.min(1, 2 * Math.min(est.pRegression(0), est.pNonInferior(0))) : null;
      // The paired Δ goes with its interval. It can differ from c − b: each evaluation computes
      // macro_f1 over its own classes (the data's and its predictions', as scikit-learn does), the
      // paired one over the classes of the data and both models' predictions.
      if (est && c !== null && b !== null && Math.abs(est.delta - (c - b)) > 1e-6) {
        notes.push(`${m}: Δ ${Number(est.delta.toPrecision(4))} is paired over the same rows and classes; the two evaluations' values differ by ${Number((c - b).toPrecision(4))} because each is computed over the classes it predicts`);
      }
      return { metric: m, baseline: b, candidate: c, delta: est ? est.delta : c !== null && b !== null ? c - b : null, ci: est?.ci ?? null, pValue: p, test: est?.test ?? (b === null ? '–' : 'unpaired'), direction: dir };
    })
    .map(({ direction: _d, ...rest }) => rest);
  const { passed, verdict } = verdictOf(results, input.dataValidation, gates.length > 0);
  return {
    kind: 'comparison',
    schemaVersion: 1,
    passed,
    verdict,
    policy: input.spec.policy,
    confidence: input.confidence,
    correction: input.correction,
    paired: !!input.paired,
    pairing: input.paired ? `paired on ${input.paired.n} rows (same data digest)` : input.baseline ? 'unpaired: the two evaluations did not run on the same data' : 'no baseline',
    rows: input.candidate.rows,
    candidate: { path: input.candidatePath, model: input.candidate.model.sha256, data: input.candidate.data.sha256 },
    baseline: input.baseline ? { path: input.baselinePath!, model: input.baseline.model.sha256, data: input.baseline.data.sha256 } : null,
    gates: results,
    metrics,
    notes,
    ...(input.dataValidation ? { dataValidation: input.dataValidation } : {}),
  };
}

/**
 * The run's verdict: every gate, and the data validation of the same run when there is one. No
 * gates and no data validation: no verdict (null).
 */
export function verdictOf(gates: GateResult[], data: DataValidation | undefined, configured = gates.length > 0): { passed: boolean | null; verdict: string } {
  const failed = gates.filter((r) => !r.passed);
  const overridden = gates.filter((r) => r.override).length;
  const gatesText = !configured
    ? 'No gates configured'
    : failed.length
      ? `${failed.length} of ${gates.length} gates failed: ${failed.map((f) => f.metric + (f.slice ? ` [${f.slice.column}=${f.slice.value}]` : '') + (f.sensitive ? ` [${f.sensitive}]` : '')).join(', ')}`
      : `All ${gates.length} gates passed${overridden ? ` (${overridden} accepted by override)` : ''}`;
  const gatesPassed = configured ? failed.length === 0 : null;
  if (!data) return { passed: gatesPassed, verdict: gatesText };
  if (data.passed) return { passed: gatesPassed, verdict: gatesText === 'No gates configured' ? 'Data validation passed; no gates configured' : `${gatesText}; data validation passed` };
  const why = [data.violations ? `${data.violations} violation${data.violations === 1 ? '' : 's'}` : '', data.drifted.length ? `drift in ${data.drifted.slice(0, 5).join(', ')}${data.drifted.length > 5 ? ` and ${data.drifted.length - 5} more` : ''}` : ''].filter(Boolean).join(', ');
  return { passed: false, verdict: `Data validation failed${why ? ` (${why})` : ''}; ${gatesText.charAt(0).toLowerCase()}${gatesText.slice(1)}` };
}

