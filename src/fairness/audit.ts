/**
 * The fairness section of evaluate-model: per sensitive feature (a column, or the intersection of
 * two written `a*b`), the groups with their rates and intervals, and the measures across groups
 * with bootstrap intervals and the groups that set them. Pure: takes per-row labels, predictions
 * and group values, returns data for evaluation.json.
 */
import { ConfigurationError } from '../errors.js';
import { wilsonInterval } from '../metrics/intervals.js';
import { criticalValue } from '../stats/distributions.js';
import { createRng } from '../stats/rng.js';
import { groupRates, measureIntervals, measuresOf, MEASURES, type Measure } from './measures.js';

/** The group that collects values with fewer than min-slice-rows rows (as slices do). */
export const OTHER = '(other)';
/** Separator of the two values of an intersection group. */
export const JOIN = ' & ';
/** The random stream of fairness intervals (metrics use 0 and 1; see metrics/intervals.ts). */
export const STREAM_FAIRNESS = 7;

export interface Rate {
  value: number | null;
  ci: [number, number] | null;
}

export interface GroupResult {
  value: string;
  rows: number;
  /** Rows whose label is the positive class. */
  positives: number;
  selectionRate: Rate;
  truePositiveRate: Rate;
  falsePositiveRate: Rate;
  precision: Rate;
  accuracy: Rate;
}

export interface MeasureResult {
  value: number | null;
  ci: [number, number] | null;
  /** The groups with the lower and the higher rate. */
  groups: [string, string] | null;
  rate: string;
}

export interface FairnessFeature {
  name: string;
  columns: string[];
  groups: GroupResult[];
  /** Values with fewer than minGroupRows rows, pooled into "(other)". */
  pooled: string[];
  measures: Record<Measure, MeasureResult>;
  /** The four-fifths rule on disparate_impact_ratio's point value (null when undefined). */
  fourFifths: boolean | null;
  notes: string[];
}

export interface Fairness {
  confidence: number;
  resamples: number;
  seed: number;
  minGroupRows: number;
  methods: { groups: string; measures: string };
  features: FairnessFeature[];
}

export const METHODS = {
  groups: 'Wilson score interval per group rate',
  measures: "percentile bootstrap within groups (each group's confusion cells redrawn Multinomial(n_g, cells_g / n_g), group sizes fixed)",
};

/** A `sensitive` entry: `sex`, or `sex*race` for the intersection of two columns. */
export function parseSensitive(entries: string[]): { name: string; columns: string[] }[] {
  return entries.map((name) => {
    const columns = name.split('*').map((c) => c.trim());
    if (columns.length > 2 || columns.some((c) => c === '')) throw new ConfigurationError(`input 'sensitive': '${name}' is not a column or the intersection of two columns written a*b`);
    return { name: columns.join('*'), columns };
  });
}

/** The columns `sensitive` reads, each once. */
export function sensitiveColumns(entries: string[]): string[] {
  return [...new Set(parseSensitive(entries).flatMap((e) => e.columns))];
}

/** A row's value of a feature: the column's value, or the two values joined. */
export function featureValue(parts: string[]): string {
  return parts.join(JOIN);
}

export interface Grouping {
  /** Group index per row; -1 for a row in no reported group. */
  ids: Int32Array;
  names: string[];
  pooled: string[];
}

/**
 * Groups rows by value: values with fewer than `minRows` rows are pooled into "(other)"; "(other)"
 * itself is a group only when it reaches `minRows`. Groups are ordered by size, then by name.
 */
export function groupRows(values: string[], minRows: number): Grouping {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const kept = [...counts].filter(([, n]) => n >= minRows);
  const pooled = [...counts].filter(([, n]) => n < minRows).map(([v]) => v).sort();
  const otherRows = pooled.reduce((a, v) => a + counts.get(v)!, 0);
  if (pooled.length && otherRows >= minRows) kept.push([OTHER, otherRows]);
  kept.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return assign(values, kept.map(([v]) => v), pooled);
}

/** Group ids of rows against known groups and pooled values (the paired tests reuse an evaluation's groups). */
export function assign(values: string[], names: string[], pooled: string[]): Grouping {
  const index = new Map(names.map((v, i) => [v, i]));
  const other = index.get(OTHER);
  const inPool = new Set(pooled);
  const ids = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    const id = inPool.has(v) ? other : index.get(v);
    ids[i] = id ?? -1;
  }
  return { ids, names, pooled };
}

/** Confusion cells per group, group-major [tn, fp, fn, tp]: label y (0/1) against prediction. */
export function groupCells(ids: Int32Array, groups: number, y: ArrayLike<number>, predicted: (i: number) => number): Float64Array {
  const cells = new Float64Array(4 * groups);
  for (let i = 0; i < ids.length; i++) {
    const g = ids[i]!;
    if (g >= 0) cells[4 * g + 2 * y[i]! + predicted(i)]++;
  }
  return cells;
}

const finite = (x: number) => (Number.isFinite(x) ? x : null);

export interface AuditInput {
  /** Per row: 1 for the positive class, else 0. */
  y: ArrayLike<number>;
  /** Per row: positive-class probability. */
  score: ArrayLike<number>;
  threshold: number;
  /** Per feature: its name, columns and per-row values. */
  features: { name: string; columns: string[]; values: string[] }[];
  minGroupRows: number;
  confidence: number;
  resamples: number;
  seed: number;
}

export function audit(input: AuditInput): Fairness {
  const z = criticalValue(input.confidence);
  const rng = createRng(input.seed, STREAM_FAIRNESS);
  const features = input.features.map((f): FairnessFeature => {
    const grouping = groupRows(f.values, input.minGroupRows);
    const G = grouping.names.length;
    const cells = groupCells(grouping.ids, G, input.y, (i) => (input.score[i]! >= input.threshold ? 1 : 0));
    const notes: string[] = [];
    if (grouping.pooled.length) {
      const shown = grouping.pooled.slice(0, 10).join(', ') + (grouping.pooled.length > 10 ? `, and ${grouping.pooled.length - 10} more` : '');
      notes.push(grouping.names.includes(OTHER) ? `${grouping.pooled.length} value(s) under min-slice-rows (${input.minGroupRows}) pooled into ${OTHER}: ${shown}` : `${grouping.pooled.length} value(s) under min-slice-rows (${input.minGroupRows}) left out (pooled they still number fewer): ${shown}`);
    }
    const groups = grouping.names.map((value, g): GroupResult => {
      const r = groupRates(cells, 4 * g);
      const c = cells.subarray(4 * g, 4 * g + 4);
      const [tn, fp, fn, tp] = [c[0]!, c[1]!, c[2]!, c[3]!];
      const rate = (x: number, k: number, n: number): Rate => ({ value: finite(x), ci: n > 0 ? wilsonInterval(k, n, z) : null });
      return {
        value,
        rows: r.rows,
        positives: fn + tp,
        selectionRate: rate(r.selectionRate, tp + fp, r.rows),
        truePositiveRate: rate(r.truePositiveRate, tp, tp + fn),
        falsePositiveRate: rate(r.falsePositiveRate, fp, fp + tn),
        precision: rate(r.precision, tp, tp + fp),
        accuracy: rate(r.accuracy, tp + tn, r.rows),
      };
    });
    for (const g of groups) {
      if (g.truePositiveRate.value === null) notes.push(`group ${g.value} has no positive labels: its true positive rate is undefined and it is left out of the measures built on it`);
      if (g.falsePositiveRate.value === null) notes.push(`group ${g.value} has no negative labels: its false positive rate is undefined and it is left out of the measures built on it`);
    }
    const point = measuresOf(cells, G);
    const cis = G >= 2 ? measureIntervals(cells, G, rng, input.resamples, input.confidence) : MEASURES.map(() => null);
    if (G < 2) notes.push(`${G} group(s) with at least min-slice-rows (${input.minGroupRows}) rows: the measures across groups need two`);
    const measures = Object.fromEntries(
      MEASURES.map((m, i) => {
        const p = point[m];
        const value = finite(p.value);
        return [m, { value, ci: value === null ? null : cis[i]!, groups: value === null ? null : [grouping.names[p.groups[0]]!, grouping.names[p.groups[1]]!], rate: p.rate }];
      }),
    ) as Record<Measure, MeasureResult>;
    const di = measures.disparate_impact_ratio.value;
    return { name: f.name, columns: f.columns, groups, pooled: grouping.pooled, measures, fourFifths: di === null ? null : di >= 0.8, notes };
  });
  return { confidence: input.confidence, resamples: input.resamples, seed: input.seed, minGroupRows: input.minGroupRows, methods: METHODS, features };
}
