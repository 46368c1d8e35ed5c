/**
 * The `x-dataset` rules on a date or timestamp column, gathered in one pass and mergeable in row
 * order (the parallel pass merges chunk states in chunk order, with the same result as one pass):
 *
 * - `freshness: { max-age: 2d }` (or `freshness: 2d`): the newest value is at most `max-age` older
 *   than the run's time (`as-of`). A date counts from its start (00:00 UTC).
 * - `max-gap: 1d`: no stretch longer than this between consecutive values (in time order, not
 *   file order) without a row. Exact: values are kept per bucket of `max-gap` length (min, max),
 *   and a gap longer than a bucket can only lie between the maximum of one occupied bucket and the
 *   minimum of the next, so memory is one entry per `max-gap`-long period that holds a row.
 * - `not-future: true`: no value later than `as-of`.
 * - `monotonic: true`: values never decrease in file order (logs): each row earlier than the row
 *   before it is a violation.
 *
 * Wall-clock timestamps (no zone) are compared as if they were UTC.
 */
import { formatDuration, parseDuration } from '../lib/duration.js';
import { showPath } from '../lib/files.js';
import type { ColumnProfile } from './profile.js';
import type { ColumnRules } from './schema.js';
import { DATE, DATE_TIME_NAIVE, formatTime } from './time.js';
import type { Violations, ViolationSample } from './violations.js';

export const TIME_RULES = ['freshness', 'max-gap', 'not-future', 'monotonic'] as const;

/** True when `rules` has a time rule. */
export function hasTimeRules(rules: ColumnRules): boolean {
  return TIME_RULES.some((k) => rules[k] !== undefined && rules[k] !== false);
}

/** The `max-age` of a freshness rule (a string or `{ max-age }`), as text. */
function maxAgeText(f: ColumnRules['freshness']): string | undefined {
  return f === undefined ? undefined : typeof f === 'string' ? f : f['max-age'];
}

/** Checks the durations of a column's time rules; a ConfigurationError names the schema, column and rule. */
export function checkTimeRules(column: string, rules: ColumnRules, schemaPath: string): void {
  const where = (rule: string) => `${showPath(schemaPath)}: x-dataset.columns.${JSON.stringify(column)}.${rule}`;
  const age = maxAgeText(rules.freshness);
  if (age !== undefined) parseDuration(age, where('freshness'));
  if (rules['max-gap'] !== undefined) parseDuration(rules['max-gap'], where('max-gap'));
}

/** Makes the sample of a row-level time violation (the row's values attached). */
export type TimeSampler = (row: number, line: number, rule: string, message: string, cells: unknown) => ViolationSample;

interface Where {
  row: number;
  line: number;
  file: string | null;
}

export interface TimeRulesJSON {
  futureCount: number;
  futureSamples: ViolationSample[];
  monoCount: number;
  monoSamples: ViolationSample[];
  first: { ms: number; kind: number; sample: ViolationSample } | null;
  last: { ms: number; kind: number } | null;
  newest: { ms: number; kind: number; at: Where } | null;
  /** [bucket, min, max, min's kind, min's position, max's kind]. */
  buckets: [number, number, number, number, Where, number][];
}

const show = (ms: number, kind: number) => formatTime(ms, kind === DATE, kind === DATE_TIME_NAIVE);

export class TimeRules {
  readonly maxAge?: number;
  readonly maxGap?: number;
  readonly notFuture: boolean;
  readonly monotonic: boolean;
  futureCount = 0;
  futureSamples: ViolationSample[] = [];
  monoCount = 0;
  monoSamples: ViolationSample[] = [];
  first: TimeRulesJSON['first'] = null;
  last: TimeRulesJSON['last'] = null;
  newest: TimeRulesJSON['newest'] = null;
  buckets = new Map<number, [number, number, number, Where, number]>();

  constructor(
    readonly column: string,
    readonly rules: ColumnRules,
    /** The run's time, epoch milliseconds. */
    readonly asOf: number,
    private readonly maxSamples: number,
    /** Makes a row-level sample; absent where only merging happens. */
    private readonly sampler?: TimeSampler,
  ) {
    const age = maxAgeText(rules.freshness);
    if (age !== undefined) this.maxAge = parseDuration(age, 'freshness');
    if (rules['max-gap'] !== undefined) this.maxGap = parseDuration(rules['max-gap'], 'max-gap');
    this.notFuture = rules['not-future'] === true;
    this.monotonic = rules.monotonic === true;
  }

  /** One value of the column, in file order. */
  add(ms: number, kind: number, row: number, line: number, file: string | null, cells: unknown): void {
    if (this.notFuture && ms > this.asOf) {
      this.futureCount++;
      if (this.futureSamples.length < this.maxSamples) {
        this.futureSamples.push(this.sampler!(row, line, 'not-future', `${this.column}: ${show(ms, kind)} is later than ${formatTime(this.asOf)} (as-of)`, cells));
      }
    }
    if (this.monotonic) {
      const last = this.last;
      if (last === null) {
        if (this.first === null) this.first = { ms, kind, sample: this.sampler!(row, line, 'monotonic', '', cells) };
      } else if (ms < last.ms) {
        this.monoCount++;
        if (this.monoSamples.length < this.maxSamples) this.monoSamples.push(this.sampler!(row, line, 'monotonic', this.monoMessage(ms, kind, last.ms, last.kind), cells));
      }
      this.last = { ms, kind };
    }
    if (this.maxAge !== undefined && (this.newest === null || ms > this.newest.ms)) this.newest = { ms, kind, at: { row, line, file } };
    if (this.maxGap !== undefined) {
      const k = Math.floor(ms / this.maxGap);
      const b = this.buckets.get(k);
      if (b === undefined) this.buckets.set(k, [ms, ms, kind, { row, line, file }, kind]);
      else {
        if (ms < b[0]) {
          b[0] = ms;
          b[2] = kind;
          b[3] = { row, line, file };
        }
        if (ms > b[1]) {
          b[1] = ms;
          b[4] = kind;
        }
      }
    }
  }

  private monoMessage(ms: number, kind: number, prev: number, prevKind: number): string {
    return `${this.column}: ${show(ms, kind)} is earlier than the row before (${show(prev, prevKind)}); the column must not decrease`;
  }

  /** Appends the state of the rows after these (a later chunk), its rows and lines shifted by the offsets. */
  merge(o: TimeRulesJSON, shift: (s: ViolationSample) => ViolationSample, rowOff: number, lineOff: number): void {
    const at = (w: Where): Where => ({ row: w.row + rowOff, line: w.line + lineOff, file: w.file });
    this.futureCount += o.futureCount;
    for (const s of o.futureSamples) if (this.futureSamples.length < this.maxSamples) this.futureSamples.push(shift(s));
    if (this.monotonic) {
      if (o.first !== null) {
        if (this.last !== null && o.first.ms < this.last.ms) {
          this.monoCount++;
          if (this.monoSamples.length < this.maxSamples) this.monoSamples.push({ ...shift(o.first.sample), message: this.monoMessage(o.first.ms, o.first.kind, this.last.ms, this.last.kind) });
        }
        if (this.first === null) this.first = { ...o.first, sample: shift(o.first.sample) };
      }
      this.monoCount += o.monoCount;
      for (const s of o.monoSamples) if (this.monoSamples.length < this.maxSamples) this.monoSamples.push(shift(s));
      if (o.last !== null) this.last = o.last;
    }
    if (o.newest !== null && (this.newest === null || o.newest.ms > this.newest.ms)) this.newest = { ...o.newest, at: at(o.newest.at) };
    for (const [k, min, max, minKind, where, maxKind] of o.buckets) {
      const b = this.buckets.get(k);
      if (b === undefined) this.buckets.set(k, [min, max, minKind, at(where), maxKind]);
      else {
        if (min < b[0]) {
          b[0] = min;
          b[2] = minKind;
          b[3] = at(where);
        }
        if (max > b[1]) {
          b[1] = max;
          b[4] = maxKind;
        }
      }
    }
  }

  toJSON(): TimeRulesJSON {
    return {
      futureCount: this.futureCount,
      futureSamples: this.futureSamples,
      monoCount: this.monoCount,
      monoSamples: this.monoSamples,
      first: this.first,
      last: this.last,
      newest: this.newest,
      buckets: [...this.buckets].map(([k, b]) => [k, ...b]),
    };
  }

  /** Judges the rules once, over the whole dataset, into `violations`. */
  judge(col: ColumnProfile, violations: Violations): void {
    const ds = { row: null, line: null, file: null, column: this.column } as const;
    const configured = TIME_RULES.filter((k) => this.rules[k] !== undefined && this.rules[k] !== false);
    if (col.count > 0 && !col.isTime) {
      for (const rule of configured) violations.add({ ...ds, rule, message: `${this.column}: holds no dates or timestamps (its values are ${col.type}); a ${rule} rule needs ISO 8601 dates or a Parquet DATE/TIMESTAMP column` });
      return;
    }
    if (this.futureCount > 0) this.futureSamples.forEach((s, i) => violations.add(s, i === 0 ? this.futureCount - this.futureSamples.length + 1 : 1));
    if (this.monoCount > 0) this.monoSamples.forEach((s, i) => violations.add(s, i === 0 ? this.monoCount - this.monoSamples.length + 1 : 1));
    if (this.maxAge !== undefined) {
      const n = this.newest;
      if (n === null) violations.add({ ...ds, rule: 'freshness', message: `${this.column}: no values, so nothing is fresh (max-age ${formatDuration(this.maxAge)})` });
      else if (this.asOf - n.ms > this.maxAge) {
        violations.add({ ...n.at, column: this.column, rule: 'freshness', message: `${this.column}: the newest value, ${show(n.ms, n.kind)}, is ${formatDuration(this.asOf - n.ms, 2)} old at ${formatTime(this.asOf)} (as-of); at most ${formatDuration(this.maxAge)} allowed` });
      }
    }
    if (this.maxGap !== undefined) {
      const keys = [...this.buckets.keys()].sort((a, b) => a - b);
      const gaps: ViolationSample[] = [];
      let count = 0;
      for (let i = 1; i < keys.length; i++) {
        const prev = this.buckets.get(keys[i - 1]!)!;
        const next = this.buckets.get(keys[i]!)!;
        const gap = next[0] - prev[1];
        if (gap > this.maxGap) {
          count++;
          if (gaps.length < this.maxSamples) {
            gaps.push({ ...next[3], column: this.column, rule: 'max-gap', message: `${this.column}: no rows for ${formatDuration(gap, 2)}, from ${show(prev[1], prev[4])} to ${show(next[0], next[2])}; at most ${formatDuration(this.maxGap)} allowed` });
          }
        }
      }
      gaps.forEach((s, i) => violations.add(s, i === 0 ? count - gaps.length + 1 : 1));
    }
  }
}
