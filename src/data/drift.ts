/**
 * Per-column drift between a reference and the current data, choosing the test by type and size as
 * Evidently does, with every threshold configurable per column:
 *
 * | column      | reference rows <= small-sample (1000) | larger                     |
 * |-------------|----------------------------------------|----------------------------|
 * | numeric     | KS two-sample (p < 0.05)               | Wasserstein distance normed by the reference std (>= 0.1) |
 * | categorical | chi-square goodness of fit (p < 0.05)  | Jensen-Shannon distance, natural log (>= 0.1) |
 *
 * Numeric columns with at most 5 distinct values are tested as categorical, unless `ks` or
 * `wasserstein` is named for the column. A statistic that is not finite (a category the reference
 * never had under chi-square, a reference with zero spread under Wasserstein) is reported as
 * `statistic: null` with a `reason` saying how the result was decided (see finish()). PSI (>= 0.1) is
 * available by name. Against a reference dataset the tests are exact; against a reference profile
 * they run on its sketches and each result states its error bound.
 */
import { ConfigurationError } from '../errors.js';
import { dict } from '../lib/objects.js';
import { showName } from '../lib/files.js';
import { chisquare, jensenShannonDistance, ks2samp, psi, wassersteinDistance, histogramBinEdges, histogramCounts } from '../stats/drift.js';
import type { ColumnValues } from './values.js';
import type { ColumnProfile } from './profile.js';
import { commonBins, ksApprox, wassersteinApprox } from './sketch/drift-approx.js';
import { kstwoSf } from '../stats/distributions.js';
import { quantileSorted } from '../metrics/intervals.js';

export const DRIFT_TESTS = ['ks', 'chi-square', 'wasserstein', 'jensen-shannon', 'psi'] as const;
export type DriftTest = (typeof DRIFT_TESTS)[number];

/** Default thresholds: p-value for the two tests, distance for the others. */
export const DEFAULT_THRESHOLD: Record<DriftTest, number> = { ks: 0.05, 'chi-square': 0.05, wasserstein: 0.1, 'jensen-shannon': 0.1, psi: 0.1 };
const P_VALUE_TESTS = new Set<DriftTest>(['ks', 'chi-square']);

export interface ColumnDriftSetting {
  test?: DriftTest | 'auto' | 'none';
  threshold?: number;
}

export interface DriftSettings {
  /** Dataset drift when the share of drifted columns is at least this (Evidently's 0.5). */
  datasetDriftShare: number;
  /** Reference sizes up to this use the small-sample tests. */
  smallSample: number;
  columns: Record<string, ColumnDriftSetting>;
  ignore: string[];
}

export function parseDriftSettings(raw: unknown, source: string): DriftSettings {
  const fail = (m: string): never => {
    throw new ConfigurationError(`${source}: ${m}`);
  };
  if (raw === null || raw === undefined) raw = {};
  if (typeof raw !== 'object' || Array.isArray(raw)) fail('drift settings must be a mapping');
  const r = raw as Record<string, unknown>;
  for (const k of Object.keys(r)) if (!['dataset-drift-share', 'small-sample', 'columns', 'ignore'].includes(k)) fail(`unknown key '${k}' (expected dataset-drift-share, small-sample, columns, ignore)`);
  const share = r['dataset-drift-share'] ?? 0.5;
  if (typeof share !== 'number' || !(share > 0 && share <= 1)) fail(`dataset-drift-share must be a number in (0, 1], got ${JSON.stringify(share)}`);
  const small = r['small-sample'] ?? 1000;
  if (typeof small !== 'number' || !Number.isInteger(small) || small < 0) fail(`small-sample must be a non-negative integer`);
  const ignore = r.ignore ?? [];
  if (!Array.isArray(ignore) || ignore.some((c) => typeof c !== 'string')) fail('ignore must be a list of column names');
  const columns = dict<ColumnDriftSetting>();
  const rc = r.columns ?? {};
  if (typeof rc !== 'object' || Array.isArray(rc)) fail('columns must map column names to { test, threshold }');
  for (const [name, v] of Object.entries(rc as Record<string, unknown>)) {
    const s = (v ?? {}) as Record<string, unknown>;
    for (const k of Object.keys(s)) if (k !== 'test' && k !== 'threshold') fail(`columns.${showName(name)}: unknown key ${showName(k)} (expected test, threshold)`);
    if (s.test !== undefined && !['auto', 'none', ...DRIFT_TESTS].includes(s.test as string)) fail(`columns.${showName(name)}.test must be one of auto, none, ${DRIFT_TESTS.join(', ')}`);
    if (s.threshold !== undefined && (typeof s.threshold !== 'number' || !(s.threshold >= 0))) fail(`columns.${showName(name)}.threshold must be a non-negative number`);
    columns[name] = { test: s.test as ColumnDriftSetting['test'], threshold: s.threshold as number | undefined };
  }
  return { datasetDriftShare: share as number, smallSample: small as number, columns, ignore: ignore as string[] };
}

export interface Moved {
  /** A category, or a value range `[lo, hi)`. */
  label: string;
  reference: number;
  current: number;
}

export interface DriftResult {
  column: string;
  kind: 'numeric' | 'categorical';
  test: DriftTest;
  /** Null when the statistic is not a finite number; `reason` then says why and how it was decided. */
  statistic: number | null;
  pValue?: number;
  threshold: number;
  drifted: boolean;
  /** `exact` against a dataset; `sketch` against a profile's sketches. */
  method: 'exact' | 'sketch';
  /** For sketch results: the largest amount by which the statistic may differ from the exact one. */
  errorBound?: number;
  referenceCount: number;
  currentCount: number;
  /** Shares that moved most between reference and current, largest change first. */
  moved: Moved[];
  /** Categories in the current data that the reference never had (at most 10; exact counts only). */
  newValues?: string[];
  /** Why the statistic is null, or what decided the result other than the statistic. */
  reason?: string;
  explanation: string;
  /** Numeric columns: both sides on the same bins, for the HTML report's overlay. */
  histogram?: { edges: number[]; reference: number[]; current: number[] };
}

export interface DriftInput {
  column: string;
  kind: 'numeric' | 'categorical';
  setting: ColumnDriftSetting;
  referenceRows: number;
}

function numericTestNamed(setting: ColumnDriftSetting): boolean {
  return setting.test === 'ks' || setting.test === 'wasserstein';
}

/** Evidently's choice of test for a column. */
export function chooseTest(kind: 'numeric' | 'categorical', referenceRows: number, distinct: number, smallSample: number): DriftTest {
  const small = referenceRows <= smallSample;
  if (kind === 'numeric' && distinct > 5) return small ? 'ks' : 'wasserstein';
  return small ? 'chi-square' : 'jensen-shannon';
}

export function isDrifted(test: DriftTest, statistic: number, pValue: number | undefined, threshold: number): boolean {
  return P_VALUE_TESTS.has(test) ? (pValue as number) < threshold : statistic >= threshold;
}

function sorted(a: Float64Array): Float64Array {
  return Float64Array.from(a).sort();
}

function distinctSorted(s: Float64Array, cap: number): number {
  let d = s.length ? 1 : 0;
  for (let i = 1; i < s.length && d <= cap; i++) if (s[i] !== s[i - 1]) d++;
  return d;
}

function std(a: Float64Array): number {
  let mean = 0;
  for (let i = 0; i < a.length; i++) mean += (a[i] - mean) / (i + 1);
  let ss = 0;
  for (let i = 0; i < a.length; i++) ss += (a[i] - mean) ** 2;
  return Math.sqrt(ss / a.length);
}

function fmtNum(x: number): string {
  return Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(4)));
}

/** Shares of reference and current per bin (edges may start or end at ±Infinity): where the distribution moved. */
export function movedRanges(edges: number[], refCounts: ArrayLike<number>, curCounts: ArrayLike<number>): Moved[] {
  let rt = 0;
  let ct = 0;
  for (let i = 0; i < refCounts.length; i++) rt += refCounts[i];
  for (let i = 0; i < curCounts.length; i++) ct += curCounts[i];
  const bound = (x: number | undefined, open: string) => (x === undefined || !Number.isFinite(x) ? open : fmtNum(x));
  const out: Moved[] = [];
  for (let i = 0; i < refCounts.length; i++) {
    out.push({ label: `[${bound(edges[i], '-∞')}, ${bound(edges[i + 1], '+∞')})`, reference: refCounts[i] / (rt || 1), current: curCounts[i] / (ct || 1) });
  }
  return out.sort((a, b) => Math.abs(b.current - b.reference) - Math.abs(a.current - a.reference)).slice(0, 3);
}

export function movedCategories(ref: Map<string, number>, cur: Map<string, number>): Moved[] {
  let rt = 0;
  let ct = 0;
  for (const c of ref.values()) rt += c;
  for (const c of cur.values()) ct += c;
  const keys = new Set([...ref.keys(), ...cur.keys()]);
  return [...keys]
    .map((k) => ({ label: k, reference: (ref.get(k) ?? 0) / (rt || 1), current: (cur.get(k) ?? 0) / (ct || 1) }))
    .sort((a, b) => Math.abs(b.current - b.reference) - Math.abs(a.current - a.reference))
    .slice(0, 3);
}

/** Counts in bins delimited by interior cut points (the first and last bins are open-ended). */
function countInCuts(s: Float64Array, cuts: number[]): number[] {
  const counts = new Array<number>(cuts.length + 1).fill(0);
  let b = 0;
  for (let i = 0; i < s.length; i++) {
    while (b < cuts.length && s[i] >= cuts[b]) b++;
    counts[b]++;
  }
  return counts;
}

export function explain(r: Omit<DriftResult, 'explanation'>): string {
  if (r.statistic === null) return `${r.drifted ? 'drifted' : 'stable'}: ${r.reason ?? `${r.test} statistic is not finite`}`;
  const stat = r.pValue !== undefined ? `p = ${r.pValue.toPrecision(3)} (${r.test} statistic ${r.statistic.toPrecision(4)})` : `${r.test} = ${r.statistic.toPrecision(4)}`;
  const cmp = r.pValue !== undefined ? (r.drifted ? `< ${r.threshold}` : `>= ${r.threshold}`) : r.drifted ? `>= ${r.threshold}` : `< ${r.threshold}`;
  const bound = r.errorBound !== undefined ? ` (from sketches, ±${r.errorBound.toPrecision(2)})` : '';
  const top = r.moved[0];
  const moved = top ? `; most moved: ${top.label} ${(top.reference * 100).toFixed(1)}% -> ${(top.current * 100).toFixed(1)}%` : '';
  const fresh = r.newValues?.length ? `; new values: ${r.newValues.join(', ')}` : '';
  return `${r.drifted ? 'drifted' : 'stable'}: ${stat}${bound} ${cmp}${moved}${fresh}`;
}

const MAX_NEW_VALUES = 10;

/** Current categories with a count that the reference (exact counts) does not have, sorted, at most 10. */
function newCategories(ref: Map<string, number>, cur: Map<string, number>): string[] {
  const out: string[] = [];
  for (const [k, n] of cur) if (n > 0 && !(ref.get(k)! > 0)) out.push(k);
  return out.sort().slice(0, MAX_NEW_VALUES);
}

/**
 * The result of one column's test with every statistic defined: a statistic that is not a finite
 * number (chi-square with a category the reference never had, Wasserstein normed by a reference
 * with zero spread, anything NaN) becomes `statistic: null` with a `reason` saying how the result
 * was decided instead.
 */
function finish(partial: Omit<DriftResult, 'explanation' | 'drifted'>, extra: { zeroSpread?: { value: number; distance: number } }): DriftResult {
  let r: Omit<DriftResult, 'explanation'>;
  const { statistic, pValue, test } = partial;
  const fresh = partial.newValues?.length ? `${partial.newValues.join(', ')}${partial.newValues.length === MAX_NEW_VALUES ? ', ...' : ''}` : '';
  if (extra.zeroSpread) {
    // Nothing to norm the distance by: any change of a constant column is drift, none is not.
    const { value, distance } = extra.zeroSpread;
    const drifted = distance > 0;
    r = { ...partial, statistic: null, pValue: undefined, drifted, reason: `the reference has zero spread (every value ${fmtNum(value)}), so the Wasserstein distance cannot be normed by its std; the distance is ${fmtNum(distance)}: ${drifted ? 'any change of a constant column is drift' : 'no change'}` };
  } else if (statistic !== null && Number.isFinite(statistic) && (pValue === undefined || Number.isFinite(pValue))) {
    r = { ...partial, drifted: isDrifted(test, statistic, pValue, partial.threshold) };
  } else if (test === 'chi-square' && statistic === Infinity) {
    // An observed count where the reference expects none: X² is infinite, p = 0.
    r = { ...partial, statistic: null, pValue: 0, drifted: true, reason: `values the reference never had${fresh ? `: ${fresh}` : ''} (chi-square is infinite, p = 0)` };
  } else {
    r = { ...partial, statistic: null, pValue: undefined, drifted: false, reason: `the ${test} statistic is not a finite number (${String(statistic)}); not counted as drift` };
  }
  if (r.newValues?.length === 0) delete r.newValues;
  if (r.pValue === undefined) delete r.pValue;
  return { ...r, explanation: explain(r) };
}

/** Exact drift test of one column from the values of both datasets. */
export function exactDrift(input: DriftInput, ref: ColumnValues, cur: ColumnValues, smallSample: number): DriftResult | undefined {
  const numeric = input.kind === 'numeric';
  const refSorted = numeric ? sorted(ref.numbers) : new Float64Array();
  const curSorted = numeric ? sorted(cur.numbers) : new Float64Array();
  const referenceCount = numeric ? refSorted.length : ref.categoricalCount;
  const currentCount = numeric ? curSorted.length : cur.categoricalCount;
  if (referenceCount === 0 || currentCount === 0) return undefined;
  const catRef = numeric ? new Map<string, number>() : ref.categories;
  const catCur = numeric ? new Map<string, number>() : cur.categories;
  let distinct = catRef.size;
  if (numeric) {
    distinct = Math.max(distinctSorted(refSorted, 5), distinctSorted(curSorted, 5));
    // A numeric test asked for by name runs on the numbers whatever their count of distinct values.
    if (distinct <= 5 && !numericTestNamed(input.setting)) {
      // Few distinct numbers: tested as categories, as Evidently does.
      for (const v of refSorted) catRef.set(String(v), (catRef.get(String(v)) ?? 0) + 1);
      for (const v of curSorted) catCur.set(String(v), (catCur.get(String(v)) ?? 0) + 1);
      distinct = new Set([...catRef.keys(), ...catCur.keys()]).size;
    }
  }
  const asCategories = !numeric || catRef.size > 0;
  const setting = input.setting;
  const test = setting.test && setting.test !== 'auto' && setting.test !== 'none' ? setting.test : chooseTest(asCategories ? 'categorical' : 'numeric', input.referenceRows, distinct, smallSample);
  const threshold = setting.threshold ?? DEFAULT_THRESHOLD[test];

  let statistic: number;
  let pValue: number | undefined;
  let moved: Moved[];
  let newValues: string[] | undefined;
  let zeroSpread: { value: number; distance: number } | undefined;
  if (asCategories) {
    const keys = [...new Set([...catRef.keys(), ...catCur.keys()])].sort();
    const r = keys.map((k) => catRef.get(k) ?? 0);
    const c = keys.map((k) => catCur.get(k) ?? 0);
    moved = movedCategories(catRef, catCur);
    newValues = newCategories(catRef, catCur);
    ({ statistic, pValue } = categoricalStatistic(test, r, c, input.column));
  } else {
    const cuts = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((d) => quantileSorted(refSorted, d / 10)).filter((v, i, a) => i === 0 || v > a[i - 1]);
    moved = movedRanges([-Infinity, ...cuts, Infinity], countInCuts(refSorted, cuts), countInCuts(curSorted, cuts));
    switch (test) {
      case 'ks': {
        const res = ks2samp(refSorted, curSorted);
        statistic = res.statistic;
        pValue = res.pvalue;
        break;
      }
      case 'wasserstein': {
        const s = std(refSorted);
        const w = wassersteinDistance(refSorted, curSorted);
        statistic = s > 0 && Number.isFinite(s) ? w / s : NaN;
        if (s === 0) zeroSpread = { value: refSorted[0], distance: w };
        break;
      }
      default: {
        const all = new Float64Array(refSorted.length + curSorted.length);
        all.set(refSorted);
        all.set(curSorted, refSorted.length);
        // Equal-width bins do not change with the scale: halve values whose range overflows a double.
        const range = Math.max(refSorted[refSorted.length - 1], curSorted[curSorted.length - 1]) - Math.min(refSorted[0], curSorted[0]);
        const scale = Number.isFinite(range) ? 1 : 0.5;
        const scaled = (a: Float64Array) => (scale === 1 ? a : a.map((v) => v * scale));
        const edges = histogramBinEdges(scaled(all));
        ({ statistic, pValue } = categoricalStatistic(test, histogramCounts(scaled(refSorted), edges), histogramCounts(scaled(curSorted), edges), input.column));
      }
    }
  }
  return finish({ column: input.column, kind: input.kind, test, statistic, pValue, threshold, method: 'exact', referenceCount, currentCount, moved, newValues }, { zeroSpread });
}

/** Statistics over aligned count vectors (categories, or shared bins of a numeric column). */
export function categoricalStatistic(test: DriftTest, ref: ArrayLike<number>, cur: ArrayLike<number>, column: string): { statistic: number; pValue?: number } {
  let rt = 0;
  let ct = 0;
  for (let i = 0; i < ref.length; i++) rt += ref[i];
  for (let i = 0; i < cur.length; i++) ct += cur[i];
  switch (test) {
    case 'chi-square': {
      // Evidently's form: current counts against reference proportions scaled to the current total.
      const exp = Array.from(ref, (r) => (r * ct) / rt);
      const res = chisquare(Array.from(cur), exp);
      return { statistic: res.statistic, pValue: res.pvalue };
    }
    case 'jensen-shannon':
      return { statistic: jensenShannonDistance(Array.from(ref), Array.from(cur)) };
    case 'psi':
      return { statistic: psi(Array.from(ref, (r) => r / rt), Array.from(cur, (c) => c / ct)) };
    default:
      throw new ConfigurationError(`drift test '${test}' does not apply to categorical column ${showName(column)}; use chi-square, jensen-shannon or psi`);
  }
}

/**
 * Drift of one column against a reference profile, on sketches: KS and Wasserstein from the two
 * DDSketches (with the bounds drift-approx proves), Jensen-Shannon and PSI on shared bins whose
 * counts are exact, chi-square on exact category counts while Space-Saving is exact (else on its
 * top values plus an "(other)" cell, flagged approximate).
 */
export function sketchDrift(input: DriftInput, ref: ColumnProfile, cur: ColumnProfile, smallSample: number): DriftResult | undefined {
  const numeric = input.kind === 'numeric';
  const referenceCount = numeric ? ref.quantiles.count : ref.count;
  const currentCount = numeric ? cur.quantiles.count : cur.count;
  if (referenceCount === 0 || currentCount === 0) return undefined;
  const refCats = ref.top.exactCounts();
  const curCats = cur.top.exactCounts();
  const distinct = refCats && curCats ? new Set([...refCats.keys(), ...curCats.keys()]).size : Infinity;
  const asCategories = !numeric || (distinct <= 5 && !numericTestNamed(input.setting));
  const setting = input.setting;
  const test = setting.test && setting.test !== 'auto' && setting.test !== 'none' ? setting.test : chooseTest(asCategories ? 'categorical' : 'numeric', input.referenceRows, distinct, smallSample);
  const threshold = setting.threshold ?? DEFAULT_THRESHOLD[test];
  let statistic: number;
  let pValue: number | undefined;
  let errorBound: number | undefined;
  let moved: Moved[];
  let newValues: string[] | undefined;
  let zeroSpread: { value: number; distance: number } | undefined;
  if (asCategories) {
    const approx = !refCats || !curCats;
    const r = refCats ?? withOther(ref);
    const c = curCats ?? withOther(cur);
    const keys = [...new Set([...r.keys(), ...c.keys()])].map(String).sort();
    const rm = new Map([...r].map(([k, v]) => [String(k), v]));
    const cm = new Map([...c].map(([k, v]) => [String(k), v]));
    moved = movedCategories(rm, cm);
    if (refCats) newValues = newCategories(rm, cm);
    ({ statistic, pValue } = categoricalStatistic(test, keys.map((k) => rm.get(k) ?? 0), keys.map((k) => cm.get(k) ?? 0), input.column));
    if (approx) errorBound = (ref.top.unmonitoredBound + cur.top.unmonitoredBound) / Math.min(referenceCount, currentCount);
  } else {
    const bins = commonBins(ref.quantiles, cur.quantiles, { bins: 10 });
    moved = movedRanges(bins.edges, bins.countsA, bins.countsB);
    switch (test) {
      case 'ks': {
        const ks = ksApprox(ref.quantiles, cur.quantiles);
        statistic = ks.statistic;
        errorBound = ks.errorBound;
        const [m, n] = [ks.n1, ks.n2].sort((a, b) => b - a);
        pValue = kstwoSf(Math.round((m * n) / (m + n)), statistic);
        break;
      }
      case 'wasserstein': {
        const w = wassersteinApprox(ref.quantiles, cur.quantiles);
        const s = ref.moments.std();
        statistic = s > 0 && Number.isFinite(s) ? w.statistic / s : NaN;
        errorBound = s > 0 && Number.isFinite(s) ? w.errorBound / s : undefined;
        if (s === 0) zeroSpread = { value: ref.moments.min, distance: w.statistic };
        break;
      }
      default: {
        const all = ref.quantiles.clone().merge(cur.quantiles);
        const n = Math.ceil(Math.log2(all.count) + 1);
        const fine = commonBins(ref.quantiles, cur.quantiles, { bins: n });
        ({ statistic, pValue } = categoricalStatistic(test, fine.countsA, fine.countsB, input.column));
      }
    }
  }
  return finish({ column: input.column, kind: input.kind, test, statistic, pValue, threshold, method: 'sketch', errorBound, referenceCount, currentCount, moved, newValues }, { zeroSpread });
}

/** Space-Saving's top values plus one "(other)" cell holding the rest. */
function withOther(col: ColumnProfile): Map<string | number, number> {
  const m = new Map<string | number, number>();
  let s = 0;
  for (const h of col.top.top()) {
    m.set(h.value, h.count);
    s += h.count;
  }
  if (col.count > s) m.set('(other)', col.count - s);
  return m;
}
