/**
 * The judge: candidate against stable over one window, metric by metric, as Netflix's Kayenta
 * judges a canary (its Mann-Whitney classifier and weighted-sum scorer), with the statistics in
 * src/stats.
 *
 * Per metric, a classification:
 * - continuous samples (latency, numeric predictions): the Hodges-Lehmann shift of candidate over
 *   stable and its confidence interval (R's wilcox.test, at `confidence`, default 0.98). Bounds
 *   are +-tolerance * |estimate| (tolerance default 0.25). `high` when the interval's lower end is
 *   above the upper bound: the shift is significant and not small beside the interval's width;
 *   `low` symmetrically. Only the metric's bad `direction` is classified; the other is `pass`.
 *   Identical samples, or a single value throughout, are `pass` (Kayenta's shortcuts). An
 *   optional effect size `allowedIncrease` (`allowedDecrease`), a ratio to stable: the interval's
 *   lower end must also exceed (allowedIncrease - 1) * stable's median (upper end below
 *   -(1 - allowedDecrease) * median), i.e. the candidate is shown to be worse by more than that
 *   share. Kayenta compares the ratio of the means instead; one garbage-collection pause in a
 *   small window moves a mean, not the interval. Default 1: no extra slack (latency's default
 *   metric sets 1.1). The two-sided Mann-Whitney p-value is reported beside it.
 * - proportions (error rate): Fisher's exact test of candidate errors/requests against stable's;
 *   `high` when p < 1 - confidence and the candidate's rate is the higher one. Exact, so valid for
 *   the handful of errors a step sees.
 * - agreement (shadow: share of mirrored requests where the candidate's answer matched stable's):
 *   `low` when the Wilson interval's upper end is below `minAgreement`.
 * Either variant with fewer than `minSamples` observations is `no-data`.
 *
 * Scores (Kayenta's WeightedSumScorer): a group scores 100 * passes / classified metrics; the
 * summary is the sum of group scores times group weights / 100, groups without a weight sharing
 * what the given weights leave of 100. Outcome: `no-data` when any metric has too few samples
 * (never a pass); `fail` when a critical metric is not `pass` (it fails alone, score 0); else
 * `pass` at score >= pass threshold (95), `marginal` at >= marginal threshold (75), `fail` below.
 */
import { hodgesLehmann, mannWhitneyU } from '../stats/mannwhitney.js';
import { fisherExact, wilsonInterval } from '../stats/proportions.js';
import { COUNT_ERRORS, SAMPLE_LATENCY_MS } from './metric-names.js';

export type Classification = 'pass' | 'high' | 'low' | 'no-data';
/** The direction in which a change is bad. */
export type Direction = 'increase' | 'decrease' | 'either';
export type MetricKind = 'continuous' | 'proportion' | 'agreement';
export type Outcome = 'pass' | 'marginal' | 'fail' | 'no-data';

export interface MetricSpec {
  name: string;
  kind: MetricKind;
  /** Key of the window's samples (continuous) or counts (proportion); unused for agreement. */
  source: string;
  direction: Direction;
  group: string;
  critical: boolean;
  allowedIncrease?: number;
  allowedDecrease?: number;
  /** agreement: the floor the share of matching answers must not be significantly below. */
  minAgreement?: number;
}

export interface JudgeSpec {
  confidence: number;
  tolerance: number;
  passThreshold: number;
  marginalThreshold: number;
  minSamples: number;
  /** Group weights in percent; groups not named share what is left of 100. */
  groups: Record<string, number>;
  metrics: MetricSpec[];
}

export interface Counts {
  events: number;
  total: number;
}

/** One variant's observations over a window. */
export interface VariantWindow {
  samples: Record<string, number[]>;
  counts: Record<string, Counts>;
}

export interface Window {
  stable: VariantWindow;
  candidate: VariantWindow;
  /** Shadow only: mirrored requests whose candidate answer matched stable's. */
  agreement?: Counts;
}

export interface MetricJudgement {
  name: string;
  kind: MetricKind;
  group: string;
  critical: boolean;
  direction: Direction;
  classification: Classification;
  reason: string;
  test: 'hodges-lehmann' | 'fisher-exact' | 'wilson';
  stable: { n: number; value: number | null };
  candidate: { n: number; value: number | null };
  /** Continuous: HL shift; proportion: rate difference; agreement: share agreeing. */
  estimate: number | null;
  ci: [number, number] | null;
  pValue: number | null;
}

export interface GroupScore {
  name: string;
  weight: number;
  score: number | null;
  pass: number;
  high: number;
  low: number;
  noData: number;
}

export interface Judgement {
  outcome: Outcome;
  score: number;
  groups: GroupScore[];
  metrics: MetricJudgement[];
  reason: string;
}

export const DEFAULT_JUDGE: Readonly<Omit<JudgeSpec, 'metrics' | 'minSamples'>> = Object.freeze({
  confidence: 0.98,
  tolerance: 0.25,
  passThreshold: 95,
  marginalThreshold: 75,
  groups: {},
});

/** The metrics judged when no judge file is given: latency (increase is bad) and the error rate (critical). */
export function defaultMetrics(shadow: boolean): MetricSpec[] {
  const m: MetricSpec[] = [
    // A shift in latency is judged only when it matters: the candidate's mean must also be more than
    // 10% above stable's (Kayenta's effect-size threshold, `allowed-increase`). Without it any shift
    // the test can resolve rolls back, and large windows resolve microseconds.
    { name: 'latency', kind: 'continuous', source: SAMPLE_LATENCY_MS, direction: 'increase', group: 'latency', critical: false, allowedIncrease: 1.1 },
    { name: 'error-rate', kind: 'proportion', source: COUNT_ERRORS, direction: 'increase', group: 'errors', critical: true },
  ];
  if (shadow) m.push({ name: 'agreement', kind: 'agreement', source: 'agreement', direction: 'decrease', group: 'agreement', critical: true, minAgreement: 0.95 });
  return m;
}

const round = (v: number) => (Number.isFinite(v) ? Number(v.toPrecision(12)) : v);

function mean(a: number[]): number {
  let s = 0;
  for (const v of a) s += v;
  return s / a.length;
}

function median(a: number[]): number {
  const s = Float64Array.from(a).sort();
  const h = s.length >> 1;
  return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2;
}

function sameMultiset(a: number[], b: number[]): boolean {
  if (a.length !== b.length) return false;
  const x = Float64Array.from(a).sort();
  const y = Float64Array.from(b).sort();
  return x.every((v, i) => v === y[i]);
}

const allows = (d: Direction, c: 'high' | 'low') => d === 'either' || (c === 'high' ? d === 'increase' : d === 'decrease');

function judgeContinuous(m: MetricSpec, spec: JudgeSpec, w: Window): MetricJudgement {
  const s = w.stable.samples[m.source] ?? [];
  const c = w.candidate.samples[m.source] ?? [];
  const base: MetricJudgement = {
    name: m.name,
    kind: m.kind,
    group: m.group,
    critical: m.critical,
    direction: m.direction,
    classification: 'pass',
    reason: '',
    test: 'hodges-lehmann',
    stable: { n: s.length, value: s.length ? round(median(s)) : null },
    candidate: { n: c.length, value: c.length ? round(median(c)) : null },
    estimate: null,
    ci: null,
    pValue: null,
  };
  if (s.length < spec.minSamples || c.length < spec.minSamples) {
    return { ...base, classification: 'no-data', reason: `${Math.min(s.length, c.length)} samples, fewer than min-samples ${spec.minSamples}` };
  }
  if (sameMultiset(s, c)) return { ...base, reason: 'candidate and stable samples are identical' };
  const first = s[0];
  if (s.every((v) => v === first) && c.every((v) => v === first)) return { ...base, reason: 'one value throughout' };
  const hl = hodgesLehmann(c, s, { confidence: spec.confidence });
  const p = mannWhitneyU(c, s).pvalue;
  const bound = spec.tolerance * Math.abs(hl.estimate);
  const scale = Math.abs(median(s));
  const above = Math.max(bound, ((m.allowedIncrease ?? 1) - 1) * scale);
  const below = Math.max(bound, (1 - (m.allowedDecrease ?? 1)) * scale);
  const out = { ...base, estimate: round(hl.estimate), ci: [round(hl.low), round(hl.high)] as [number, number], pValue: round(p) };
  const pct = `${(spec.confidence * 100).toPrecision(3)}%`;
  if (allows(m.direction, 'high') && hl.low > above) {
    return { ...out, classification: 'high', reason: `candidate higher by ${fmt(hl.estimate)} (${pct} CI ${fmt(hl.low)} to ${fmt(hl.high)})` };
  }
  if (allows(m.direction, 'low') && hl.high < -below) {
    return { ...out, classification: 'low', reason: `candidate lower by ${fmt(-hl.estimate)} (${pct} CI ${fmt(hl.low)} to ${fmt(hl.high)})` };
  }
  return { ...out, reason: `shift ${fmt(hl.estimate)} (${pct} CI ${fmt(hl.low)} to ${fmt(hl.high)})` };
}

function judgeProportion(m: MetricSpec, spec: JudgeSpec, w: Window): MetricJudgement {
  const s = w.stable.counts[m.source] ?? { events: 0, total: 0 };
  const c = w.candidate.counts[m.source] ?? { events: 0, total: 0 };
  const rs = s.total ? s.events / s.total : null;
  const rc = c.total ? c.events / c.total : null;
  const base: MetricJudgement = {
    name: m.name,
    kind: m.kind,
    group: m.group,
    critical: m.critical,
    direction: m.direction,
    classification: 'pass',
    reason: '',
    test: 'fisher-exact',
    stable: { n: s.total, value: rs === null ? null : round(rs) },
    candidate: { n: c.total, value: rc === null ? null : round(rc) },
    estimate: null,
    ci: null,
    pValue: null,
  };
  if (s.total < spec.minSamples || c.total < spec.minSamples) {
    return { ...base, classification: 'no-data', reason: `${Math.min(s.total, c.total)} requests, fewer than min-samples ${spec.minSamples}` };
  }
  const p = fisherExact(c.events, c.total - c.events, s.events, s.total - s.events).pvalue;
  const diff = rc! - rs!;
  const out = { ...base, estimate: round(diff), pValue: round(p) };
  const what = `${c.events}/${c.total} against ${s.events}/${s.total}, Fisher p = ${p.toPrecision(3)}`;
  const significant = p < 1 - spec.confidence;
  if (significant && diff > 0 && allows(m.direction, 'high')) return { ...out, classification: 'high', reason: `candidate rate higher: ${what}` };
  if (significant && diff < 0 && allows(m.direction, 'low')) return { ...out, classification: 'low', reason: `candidate rate lower: ${what}` };
  return { ...out, reason: what };
}

function judgeAgreement(m: MetricSpec, spec: JudgeSpec, w: Window): MetricJudgement {
  const a = w.agreement ?? { events: 0, total: 0 };
  const floor = m.minAgreement ?? 0.95;
  const share = a.total ? a.events / a.total : null;
  const base: MetricJudgement = {
    name: m.name,
    kind: m.kind,
    group: m.group,
    critical: m.critical,
    direction: 'decrease',
    classification: 'pass',
    reason: '',
    test: 'wilson',
    stable: { n: a.total, value: null },
    candidate: { n: a.total, value: share === null ? null : round(share) },
    estimate: share === null ? null : round(share),
    ci: null,
    pValue: null,
  };
  if (a.total < spec.minSamples) return { ...base, classification: 'no-data', reason: `${a.total} compared answers, fewer than min-samples ${spec.minSamples}` };
  const ci = wilsonInterval(a.events, a.total, spec.confidence);
  const out = { ...base, ci: [round(ci.low), round(ci.high)] as [number, number] };
  const what = `${a.events}/${a.total} answers agree (CI ${fmt(ci.low)} to ${fmt(ci.high)}), floor ${floor}`;
  if (ci.high < floor) return { ...out, classification: 'low', reason: `agreement below the floor: ${what}` };
  return { ...out, reason: what };
}

function fmt(v: number): string {
  return Math.abs(v) >= 100 ? v.toFixed(1) : Number(v.toPrecision(3)).toString();
}

/** Kayenta's weighted sum of group scores; see the module comment. */
export function scoreGroups(metrics: MetricJudgement[], weights: Record<string, number>): { groups: GroupScore[]; score: number } {
  const names = [...new Set(metrics.map((m) => m.group))];
  const given = names.filter((g) => g in weights).reduce((s, g) => s + weights[g], 0);
  const unweighted = names.filter((g) => !(g in weights)).length;
  const share = unweighted ? Math.max(0, 100 - given) / unweighted : 0;
  const groups = names.map((name): GroupScore => {
    const ms = metrics.filter((m) => m.group === name);
    const count = (c: Classification) => ms.filter((m) => m.classification === c).length;
    const pass = count('pass');
    const classified = pass + count('high') + count('low');
    return { name, weight: weights[name] ?? share, score: classified ? (100 * pass) / classified : null, pass, high: count('high'), low: count('low'), noData: count('no-data') };
  });
  const score = groups.reduce((s, g) => s + (g.score === null ? 0 : (g.score * g.weight) / 100), 0);
  return { groups, score: round(score) };
}

/** Judges one window; see the module comment for the rules. */
export function judgeWindow(spec: JudgeSpec, window: Window): Judgement {
  const metrics = spec.metrics.map((m) =>
    m.kind === 'continuous' ? judgeContinuous(m, spec, window) : m.kind === 'proportion' ? judgeProportion(m, spec, window) : judgeAgreement(m, spec, window),
  );
  const { groups, score } = scoreGroups(metrics, spec.groups);
  const noData = metrics.filter((m) => m.classification === 'no-data');
  if (noData.length) {
    return { outcome: 'no-data', score, groups, metrics, reason: `not enough data: ${noData.map((m) => `${m.name} (${m.reason})`).join('; ')}` };
  }
  const critical = metrics.filter((m) => m.critical && m.classification !== 'pass');
  if (critical.length) {
    return { outcome: 'fail', score: 0, groups, metrics, reason: `critical metric failed: ${critical.map((m) => `${m.name} ${m.classification}: ${m.reason}`).join('; ')}` };
  }
  const bad = metrics.filter((m) => m.classification !== 'pass').map((m) => `${m.name} ${m.classification}`);
  const detail = bad.length ? ` (${bad.join(', ')})` : '';
  if (score >= spec.passThreshold) return { outcome: 'pass', score, groups, metrics, reason: `score ${score} >= pass threshold ${spec.passThreshold}${detail}` };
  if (score >= spec.marginalThreshold) return { outcome: 'marginal', score, groups, metrics, reason: `score ${score} is marginal (>= ${spec.marginalThreshold}, < ${spec.passThreshold})${detail}` };
  return { outcome: 'fail', score, groups, metrics, reason: `score ${score} < marginal threshold ${spec.marginalThreshold}${detail}` };
}
