/**
 * Column profiles in one streaming pass with constant memory: counts by type, moments (Welford),
 * a DDSketch for quantiles and histograms, HyperLogLog for distinct values and Space-Saving for top
 * values. Every part merges (exactly for counts, moments, DDSketch without collapse and HLL; within
 * the stated bound for Space-Saving), so profiles of shards merge into the profile of the whole.
 */
import { DataError } from '../errors.js';
import { showName, showPath } from '../lib/files.js';
import { Moments, type MomentsJSON } from './sketch/moments.js';
import { DDSketch, type DDSketchWire } from './sketch/ddsketch.js';
import { HyperLogLog, type HyperLogLogWire } from './sketch/hll.js';
import { SpaceSaving, type HeavyHitterValue, type SpaceSavingWire } from './sketch/spacesaving.js';
import { PeriodSketch, type PeriodSketchJSON } from './sketch/periods.js';
import { DATE, DATE_TIME_NAIVE, formatTime, type PeriodUnit } from './time.js';
import type { Cell } from './readers.js';

export type ColumnType = 'integer' | 'number' | 'boolean' | 'string' | 'date' | 'date-time' | 'empty';

export const PROFILE_QUANTILES = [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99] as const;
const TOP_VALUES = 10;
/** The largest share of text values in a column that is still numeric (see ColumnProfile.textInNumeric). */
export const TEXT_IN_NUMERIC = 0.1;

/**
 * An identifier-like text column: more than 20 values and more than half of them distinct (ids,
 * free text). Useless as a feature and costly to one-hot; not tested for drift by default. The one
 * rule init, validate-data's drift and train's default features apply.
 */
export function identifierLike(count: number, distinct: number): boolean {
  return count > 20 && distinct > 0.5 * count;
}

/**
 * A time column from counts of its non-missing values, as {@link ColumnProfile.type} decides it:
 * all dates or timestamps, or with a little text ({@link ColumnProfile.textInTime}), and no numbers
 * or booleans.
 */
export function timeLike(times: number, text: number, numbers: number, booleans: number): boolean {
  return times > 0 && numbers === 0 && booleans === 0 && text <= TEXT_IN_NUMERIC * (times + text);
}

export class ColumnProfile {
  nulls = 0;
  numbers = 0;
  integers = 0;
  strings = 0;
  booleans = 0;
  /** NaN or ±Infinity (from Parquet or JSON): counted, kept out of the numeric sketches. */
  nonFinite = 0;
  /** Dates and timestamps (epoch milliseconds): counts, extremes and counts per day; kept out of moments and quantiles. */
  time: PeriodSketch;
  moments: Moments;
  quantiles: DDSketch;
  distinct: HyperLogLog;
  top: SpaceSaving<HeavyHitterValue>;
  /**
   * False once the column holds numbers and has more distinct values than Space-Saving's capacity
   * (it lost exactness): the top values of such a column (a measurement, an amount) say little
   * and cost the most to keep (every value a new counter), so from then on none are kept: `top`
   * is an empty, inexact summary and the summary's topValues is empty. The distinct count comes
   * from HyperLogLog either way. This depends only on the values, not their order or sharding
   * (merge applies the same rule), so merged profiles equal the profile of the whole.
   */
  topTracked = true;

  /** An empty profile, or one of the given sketches (fromJSON: no empty sketch built to be replaced). */
  constructor(
    readonly name: string,
    parts?: { time?: PeriodSketch; moments: Moments; quantiles: DDSketch; distinct: HyperLogLog; top: SpaceSaving<HeavyHitterValue> },
  ) {
    this.time = parts?.time ?? new PeriodSketch();
    this.moments = parts?.moments ?? new Moments();
    this.quantiles = parts?.quantiles ?? new DDSketch();
    this.distinct = parts?.distinct ?? new HyperLogLog();
    this.top = parts?.top ?? new SpaceSaving<HeavyHitterValue>();
  }

  /** Adds one cell: null, a number, a string or a boolean (the typed add* methods do the same). */
  add(cell: Cell): void {
    if (cell === null) this.nulls++;
    else if (typeof cell === 'number') this.addNumber(cell);
    else if (typeof cell === 'string') this.addString(cell);
    else this.addBoolean(cell);
  }

  addNull(): void {
    this.nulls++;
  }

  addNumber(x: number): void {
    if (x - x !== 0) {
      this.nonFinite++;
      return;
    }
    this.numbers++;
    if (Math.floor(x) === x) this.integers++;
    this.moments.add(x);
    this.quantiles.add(x);
    this.track(x);
  }

  /**
   * Whether a reader may count repeats of values it already added and add them later (addStringRepeats,
   * trackRepeats) with the same result: top values are tracked, exactly, with at least `newValues`
   * counters free, so until `newValues` more distinct values came nothing is evicted and a repeat is
   * only a count (the HyperLogLog already has the value).
   */
  repeatsCount(newValues: number): boolean {
    return this.topTracked && this.top.exact && this.top.capacity - this.top.distinctTracked >= newValues;
  }

  /** `times` more addString(s) of a string added before, while repeatsCount holds. */
  addStringRepeats(s: string, times: number): void {
    this.strings += times;
    this.top.addMany(s, times);
  }

  /** addNumber(x) of a finite number added before, but for its top-value count, left to trackRepeats (while repeatsCount holds). */
  addNumberRepeat(x: number): void {
    this.numbers++;
    if (Math.floor(x) === x) this.integers++;
    this.moments.add(x);
    this.quantiles.add(x);
  }

  /** The top-value counts of `times` addNumberRepeat(x) calls. */
  trackRepeats(x: number, times: number): void {
    this.top.addMany(x, times);
  }

  /**
   * addNumber(x) of a finite number once top values are no longer tracked, with its HyperLogLog hash
   * (h1, h2 = hashNumber64(x)) already computed.
   */
  addNumberHashed(x: number, h1: number, h2: number): void {
    if (this.topTracked) {
      this.addNumber(x);
      return;
    }
    this.numbers++;
    if (Math.floor(x) === x) this.integers++;
    this.moments.add(x);
    this.quantiles.add(x);
    this.distinct.addHash(h1, h2);
  }

  /**
   * Adds one date or timestamp, epoch milliseconds, of `kind` DATE, DATE_TIME or DATE_TIME_NAIVE
   * (see time.ts). Its top values and distinct count are tracked as numbers' are.
   */
  addTime(ms: number, kind: number): void {
    this.time.add(ms, kind === DATE, kind === DATE_TIME_NAIVE);
    this.track(ms);
  }

  /** Top values and the distinct count of a number or time value. */
  private track(x: number): void {
    if (this.topTracked) {
      const top = this.top;
      const before = top.distinctTracked;
      top.add(x);
      // While Space-Saving is exact, a value it already counted is already in the HyperLogLog
      // (adding it again would change no register): hash only new values.
      if (!top.exact) {
        this.distinct.addNumber(x);
        this.untrackTop();
      } else if (top.distinctTracked !== before) this.distinct.addNumber(x);
    } else this.distinct.addNumber(x);
  }

  addString(s: string): void {
    this.strings++;
    this.addText(s, false, 0, 0);
  }

  /**
   * {@link addString} with the string's HyperLogLog hash already computed (h1, h2 =
   * hashString64(s)): a reader that meets the same string many times (a Parquet dictionary entry)
   * hashes it once. Any other hash corrupts the sketches.
   */
  addStringHashed(s: string, h1: number, h2: number): void {
    this.strings++;
    this.addText(s, true, h1 | 0, h2 | 0);
  }

  addBoolean(b: boolean): void {
    this.booleans++;
    this.addText(b ? 'true' : 'false', false, 0, 0);
  }

  /** Top values and the distinct count of a text value; `hashed`: (h1, h2) is its hash. */
  private addText(s: string, hashed: boolean, h1: number, h2: number): void {
    if (this.topTracked) {
      const top = this.top;
      if (!top.exact) {
        // Inexact: every value goes to HyperLogLog, and Space-Saving reuses its hash.
        if (hashed) {
          this.distinct.addHash(h1, h2);
          top.addHashed(s, h1);
        } else top.addHashed(s, this.distinct.addStringHashed(s));
        if (this.numbers + this.time.count > 0) this.untrackTop();
        return;
      }
      const before = top.distinctTracked;
      top.add(s);
      if (!top.exact) {
        this.addTextHash(s, hashed, h1, h2);
        if (this.numbers + this.time.count > 0) this.untrackTop();
      } else if (top.distinctTracked !== before) this.addTextHash(s, hashed, h1, h2);
    } else this.addTextHash(s, hashed, h1, h2);
  }

  private addTextHash(s: string, hashed: boolean, h1: number, h2: number): void {
    if (hashed) this.distinct.addHash(h1, h2);
    else this.distinct.addString(s);
  }

  /** Stops tracking top values (see {@link topTracked}). */
  private untrackTop(): void {
    this.topTracked = false;
    this.top = untrackedTop(this.top.capacity, 0);
  }

  /** Non-null values. */
  get count(): number {
    return this.numbers + this.strings + this.booleans + this.nonFinite + this.time.count;
  }

  get type(): ColumnType {
    const n = this.count;
    if (n === 0) return 'empty';
    if (this.booleans === n) return 'boolean';
    if (this.numbers + this.nonFinite === n || this.textInNumeric) return this.integers === this.numbers && this.nonFinite === 0 ? 'integer' : 'number';
    const t = this.time;
    if (t.count === n || this.textInTime) return t.dates === t.count ? 'date' : 'date-time';
    return 'string';
  }

  /**
   * Dates or timestamps with a little text, as {@link textInNumeric}: at most TEXT_IN_NUMERIC (10%)
   * of the values are text (an impossible date like 2015-02-30, a typo), the rest dates or
   * timestamps. Such a column is a time column and its text cells are `invalid-date` violations.
   */
  get textInTime(): boolean {
    const s = this.strings;
    return s > 0 && timeLike(this.time.count, s, this.numbers + this.nonFinite, this.booleans);
  }

  /** True for `date` and `date-time` columns. */
  get isTime(): boolean {
    const t = this.type;
    return t === 'date' || t === 'date-time';
  }

  /**
   * Numbers with a little text: at most TEXT_IN_NUMERIC (10%) of the values are text, the rest
   * numbers (no booleans). Such a column is numeric and its text cells are data errors (validate-data
   * reports each as a `not-a-number` violation), not a reason to call the whole column text.
   */
  get textInNumeric(): boolean {
    const s = this.strings;
    return s > 0 && this.numbers > 0 && this.booleans === 0 && s <= TEXT_IN_NUMERIC * (this.numbers + this.nonFinite + s);
  }

  get isNumeric(): boolean {
    return this.type === 'integer' || this.type === 'number';
  }

  /** Exact distinct count while Space-Saving is exact, else the HyperLogLog estimate. */
  get distinctCount(): { value: number; exact: boolean } {
    if (this.top.exact) return { value: this.top.distinctTracked, exact: true };
    return { value: Math.round(this.distinct.estimate()), exact: false };
  }

  merge(o: ColumnProfile): this {
    this.nulls += o.nulls;
    this.numbers += o.numbers;
    this.integers += o.integers;
    this.strings += o.strings;
    this.booleans += o.booleans;
    this.nonFinite += o.nonFinite;
    this.time.merge(o.time);
    this.moments.merge(o.moments);
    this.quantiles.merge(o.quantiles);
    this.distinct.merge(o.distinct);
    if (this.topTracked && o.topTracked) {
      this.top.merge(o.top);
      // The rule of a single pass: inexact (more distinct values than the capacity) with numbers.
      if (!this.top.exact && this.numbers + this.time.count > 0) this.untrackTop();
    } else if (this.topTracked) this.untrackTop();
    return this;
  }

  toJSON(): ColumnProfileJSON {
    return {
      name: this.name,
      type: this.type,
      nulls: this.nulls,
      numbers: this.numbers,
      integers: this.integers,
      strings: this.strings,
      booleans: this.booleans,
      nonFinite: this.nonFinite,
      moments: this.moments.toJSON(),
      quantiles: this.quantiles.toJSON(),
      distinct: this.distinct.toJSON(),
      // Untracked: an empty inexact summary whose n counts the values, so that the JSON of a
      // merged profile equals that of the whole whatever the order of the values.
      top: this.topTracked ? this.top.toJSON() : { ...this.top.toJSON(), n: this.numbers + this.strings + this.booleans + this.time.count },
      ...(this.topTracked ? {} : { topTracked: false }),
      // Only for columns that held a date or timestamp, so profiles of other data are unchanged.
      ...(this.time.count ? { time: this.time.toJSON() } : {}),
    };
  }

  /**
   * The wire form (see {@link ProfileWire}): what toJSON holds, the sketches' arrays as typed
   * arrays. The HyperLogLog's registers are handed over: the profile must not be used after.
   */
  toWire(): ColumnProfileWire {
    return {
      name: this.name,
      nulls: this.nulls,
      numbers: this.numbers,
      integers: this.integers,
      strings: this.strings,
      booleans: this.booleans,
      nonFinite: this.nonFinite,
      moments: this.moments.toJSON(),
      quantiles: this.quantiles.toWire(),
      distinct: this.distinct.toWire(),
      // Untracked: only the capacity and the count of values, as toJSON keeps them.
      top: this.topTracked ? this.top.toWire() : { capacity: this.top.capacity, n: this.numbers + this.strings + this.booleans + this.time.count },
      ...(this.time.count ? { time: this.time.toJSON() } : {}),
    };
  }

  /** The profile {@link fromJSON} gives for the JSON of the profile {@link toWire} was called on. */
  static fromWire(w: ColumnProfileWire): ColumnProfile {
    const top = w.top;
    const tracked = 'values' in top;
    const c = new ColumnProfile(w.name, {
      moments: Moments.fromJSON(w.moments),
      quantiles: DDSketch.fromWire(w.quantiles),
      distinct: HyperLogLog.fromWire(w.distinct),
      top: tracked ? SpaceSaving.fromWire(top) : untrackedTop(top.capacity, top.n),
      ...(w.time ? { time: PeriodSketch.fromJSON(w.time) } : {}),
    });
    c.copyCounts(w);
    c.topTracked = tracked;
    return c;
  }

  /** The value counts of a column's JSON or wire form. */
  private copyCounts(f: Pick<ColumnProfileJSON, 'nulls' | 'numbers' | 'integers' | 'strings' | 'booleans' | 'nonFinite'>): void {
    this.nulls = f.nulls;
    this.numbers = f.numbers;
    this.integers = f.integers;
    this.strings = f.strings;
    this.booleans = f.booleans;
    this.nonFinite = f.nonFinite;
  }

  static fromJSON(j: ColumnProfileJSON): ColumnProfile {
    const c = new ColumnProfile(j.name, {
      moments: Moments.fromJSON(j.moments),
      quantiles: DDSketch.fromJSON(j.quantiles),
      distinct: HyperLogLog.fromJSON(j.distinct),
      top: SpaceSaving.fromJSON(j.top),
      ...(j.time ? { time: PeriodSketch.fromJSON(j.time) } : {}),
    });
    c.copyCounts(j);
    if (j.topTracked === false) {
      c.topTracked = false;
      c.top = untrackedTop(c.top.capacity, c.top.n);
    }
    return c;
  }

  /** The human-facing summary of data-report.json's `columns[]`. */
  summary(): ColumnSummary {
    const numeric = this.isNumeric && this.numbers > 0;
    const m = this.moments;
    const d = this.distinctCount;
    // A statistic that overflows (values near ±1.8e308: a sum or square beyond the double range)
    // is null rather than Infinity or NaN, which JSON cannot carry.
    const quantiles = numeric ? Object.fromEntries(PROFILE_QUANTILES.map((q) => [`p${Math.round(q * 100)}`, this.quantiles.quantile(q)])) : null;
    const hist = numeric ? histogram(this.quantiles, m.min, m.max) : null;
    const time = this.isTime ? this.timeSummary() : undefined;
    const shown = time ? (v: HeavyHitterValue) => (typeof v === 'number' ? formatTime(v, this.type === 'date', this.time.naive > 0) : v) : (v: HeavyHitterValue) => v;
    return {
      name: this.name,
      type: this.type,
      count: this.count,
      nulls: this.nulls,
      distinct: d.value,
      distinctExact: d.exact,
      min: numeric ? m.min : null,
      max: numeric ? m.max : null,
      mean: numeric ? finite(m.mean) : null,
      std: numeric && m.count > 1 ? finite(m.sampleStd()) : null,
      quantiles: quantiles && Object.values(quantiles).every(Number.isFinite) ? quantiles : null,
      histogram: hist && hist.edges.every(Number.isFinite) ? hist : null,
      topValues: this.top.top(TOP_VALUES).map((h) => ({ value: shown(h.value), count: h.count, ...(h.error ? { error: h.error, estimated: true as const } : {}) })),
      ...(time ? { time } : {}),
    };
  }

  private timeSummary(): TimeSummary {
    const t = this.time;
    const dateOnly = this.type === 'date';
    const naive = t.naive > 0;
    const h = t.histogram()!;
    return {
      min: formatTime(t.min, dateOnly, naive),
      max: formatTime(t.max, dateOnly, naive),
      zone: dateOnly ? null : naive ? (t.naive === t.count ? 'none' : 'mixed') : 'utc',
      unit: h.unit,
      periods: h.starts.map((s, i) => ({ start: formatTime(s, true), count: h.counts[i]! })),
    };
  }
}

/** A date or date-time column's extremes and its counts per period (data-report.json `columns[].time`). */
export interface TimeSummary {
  /** ISO 8601: a date for `date` columns, else a timestamp (with `Z`, or none for wall-clock time). */
  min: string;
  max: string;
  /** `utc`: every timestamp had a zone (shown in UTC); `none`: wall-clock times; `mixed`: some of each; null for dates. */
  zone: 'utc' | 'none' | 'mixed' | null;
  /** The period the span suggests: days up to 62 days, ISO weeks (from Monday) up to 26 weeks, months up to 50 years, else years. */
  unit: PeriodUnit;
  /** Every period from the first value's to the last's, empty ones included (a gap shows as 0). */
  periods: { start: string; count: number }[];
}

export interface ColumnSummary {
  name: string;
  type: ColumnType;
  count: number;
  nulls: number;
  distinct: number;
  distinctExact: boolean;
  min: number | null;
  max: number | null;
  mean: number | null;
  /** Sample standard deviation (ddof = 1), as pandas' describe. */
  std: number | null;
  /** p1 ... p99 from the DDSketch, within 1% relative error of the exact quantiles. */
  quantiles: Record<string, number> | null;
  histogram: { edges: number[]; counts: number[] } | null;
  /**
   * Most frequent values. Counts are exact unless `estimated` (Space-Saving lost exactness on a
   * column with many distinct values): then the true count lies in [count - error, count].
   */
  topValues: { value: HeavyHitterValue; count: number; error?: number; estimated?: true }[];
  /** Date and date-time columns only: extremes and counts per period. */
  time?: TimeSummary;
}

function finite(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

/** An empty, inexact Space-Saving summary: no value is tracked. */
function untrackedTop(capacity: number, n: number): SpaceSaving<HeavyHitterValue> {
  return SpaceSaving.fromJSON({ type: 'spacesaving', version: 1, capacity, n, exact: false, items: [] });
}

/**
 * Two numeric columns binned on the same equal-width edges over their joint range (for drawing
 * the reference over the current distribution); null unless both hold numbers.
 */
export function jointHistogram(reference: ColumnProfile, current: ColumnProfile, bins = 20): { edges: number[]; reference: number[]; current: number[] } | null {
  if (!reference.numbers || !current.numbers) return null;
  const min = Math.min(reference.moments.min, current.moments.min);
  const max = Math.max(reference.moments.max, current.moments.max);
  if (!Number.isFinite(max - min)) return null; // a range beyond the double range: no equal-width bins
  const r = histogram(reference.quantiles, min, max, bins);
  return { edges: r.edges, reference: r.counts, current: histogram(current.quantiles, min, max, bins).counts };
}

/** Ten equal-width bins over [min, max], each sketch bucket counted in the bin of its representative value. */
function histogram(sketch: DDSketch, min: number, max: number, bins = 10): { edges: number[]; counts: number[] } {
  const width = (max - min) / bins;
  const edges = Array.from({ length: bins + 1 }, (_, i) => (i === bins ? max : min + i * width));
  const counts = new Array<number>(bins).fill(0);
  for (const b of sketch.buckets()) {
    const i = width > 0 ? Math.min(bins - 1, Math.max(0, Math.floor((b.value - min) / width))) : 0;
    counts[i] += b.count;
  }
  return { edges, counts };
}

export interface ColumnProfileJSON {
  name: string;
  type: ColumnType;
  nulls: number;
  numbers: number;
  integers: number;
  strings: number;
  booleans: number;
  nonFinite: number;
  moments: ReturnType<Moments['toJSON']>;
  quantiles: ReturnType<DDSketch['toJSON']>;
  distinct: ReturnType<HyperLogLog['toJSON']>;
  top: ReturnType<SpaceSaving['toJSON']>;
  /** Absent (true) unless top values are not tracked (see ColumnProfile.topTracked); then `top` has no items. */
  topTracked?: boolean;
  /** Present when the column held dates or timestamps. */
  time?: PeriodSketchJSON;
}

/** A column in the wire form (see {@link ProfileWire}). */
export interface ColumnProfileWire {
  name: string;
  nulls: number;
  numbers: number;
  integers: number;
  strings: number;
  booleans: number;
  nonFinite: number;
  moments: MomentsJSON;
  quantiles: DDSketchWire;
  distinct: HyperLogLogWire;
  /** Only the capacity and the count of values when top values are not tracked (see ColumnProfile.topTracked). */
  top: SpaceSavingWire<HeavyHitterValue> | { capacity: number; n: number };
  time?: PeriodSketchJSON;
}

/**
 * A profile as one thread sends it to another (a parallel pass's chunk result), never written to
 * a file: the JSON form's content with the sketches' arrays as typed arrays (HyperLogLog
 * registers, DDSketch counts, Space-Saving counts and errors) instead of base64 and number
 * arrays, so that sending costs a copy of those arrays (postMessage's structured clone; never a
 * transfer, see worker.ts) and reading it back no decoding and no checks. Profile.fromWire(p.toWire()) holds the state
 * Profile.fromJSON(p.toJSON()) holds (the JSON round trip normalizes the moments' internal state,
 * and merges depend on it: the wire form carries the moments as JSON), so merged profiles and
 * their bytes are the same whichever form carried the chunks (test/unit/data/profile-wire.test.ts).
 */
export interface ProfileWire {
  rows: number;
  sources: string[];
  columns: ColumnProfileWire[];
}

export interface ProfileJSON {
  kind: 'profile';
  schemaVersion: 1;
  rows: number;
  sources: string[];
  columns: ColumnProfileJSON[];
}

/** A dataset's profile: rows and one ColumnProfile per column, in file order. */
export class Profile {
  rows = 0;
  readonly columns: ColumnProfile[];
  readonly byName = new Map<string, ColumnProfile>();

  constructor(
    columnNames: string[],
    readonly sources: string[] = [],
  ) {
    this.columns = columnNames.map((n) => new ColumnProfile(n));
    for (const c of this.columns) this.byName.set(c.name, c);
  }

  merge(o: Profile, source = 'profile'): this {
    const mine = this.columns.map((c) => c.name).join('\u0000');
    const theirs = o.columns.map((c) => c.name).join('\u0000');
    if (mine !== theirs) throw new DataError(`${showPath(source)}: its columns (${o.columns.map((c) => showName(c.name)).join(', ')}) differ from the other profiles' (${this.columns.map((c) => showName(c.name)).join(', ')})`, source);
    this.rows += o.rows;
    this.columns.forEach((c, i) => c.merge(o.columns[i]));
    this.sources.push(...o.sources);
    return this;
  }

  toJSON(): ProfileJSON {
    return { kind: 'profile', schemaVersion: 1, rows: this.rows, sources: this.sources, columns: this.columns.map((c) => c.toJSON()) };
  }

  /** The wire form (see {@link ProfileWire}); the profile must not be used after. */
  toWire(): ProfileWire {
    return { rows: this.rows, sources: [...this.sources], columns: this.columns.map((c) => c.toWire()) };
  }

  /**
   * Gives the sketch arrays of a wire form that is done with (sent to another thread, or made
   * into a profile that was merged into another) to this thread's next profiles.
   */
  static recycleWire(w: ProfileWire): void {
    for (const c of w.columns) HyperLogLog.recycle(c.distinct.registers);
  }

  /** The profile {@link fromJSON} gives for the JSON of the profile {@link toWire} was called on. */
  static fromWire(w: ProfileWire): Profile {
    return Profile.of(w.rows, w.sources, w.columns.map((c) => ColumnProfile.fromWire(c)));
  }

  static fromJSON(j: ProfileJSON): Profile {
    return Profile.of(j.rows, j.sources, j.columns.map((c) => ColumnProfile.fromJSON(c)));
  }

  /** A profile of `rows` rows from `sources` with these columns, in order. */
  private static of(rows: number, sources: readonly string[], columns: ColumnProfile[]): Profile {
    const p = new Profile([], [...sources]);
    p.rows = rows;
    for (const c of columns) {
      p.columns.push(c);
      p.byName.set(c.name, c);
    }
    return p;
  }
}
