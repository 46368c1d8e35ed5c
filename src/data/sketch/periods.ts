/**
 * Time values of a column in constant memory and mergeable exactly: how many, how many were
 * dates (no time of day) and wall-clock timestamps (no zone), the minimum and maximum, and the
 * count per calendar day. Per-day counts are kept while a column covers at most MAX_KEYS days
 * (about 55 years); beyond, per month, and beyond MAX_KEYS months per year. The level depends only
 * on the set of values (a merge coarsens as one pass would), so merged states equal the state of
 * the whole, byte for byte in JSON. Weekly counts derive from daily ones.
 */
import { MS_PER_DAY, civilFromDays, monthOfDay, nextPeriod, periodFor, periodStartDay, weekStart, type PeriodUnit } from '../time.js';

export const MAX_KEYS = 20_000;

export type StoredUnit = 'day' | 'month' | 'year';

export interface PeriodSketchJSON {
  type: 'periods';
  count: number;
  dates: number;
  naive: number;
  min: number | null;
  max: number | null;
  unit: StoredUnit;
  /** [key, count] pairs sorted by key: day numbers (days since 1970-01-01), year*12+month-1, or years. */
  counts: [number, number][];
}

function coarser(unit: StoredUnit): StoredUnit {
  return unit === 'day' ? 'month' : 'year';
}

function convertKey(key: number, from: StoredUnit, to: StoredUnit): number {
  if (from === to) return key;
  if (from === 'day') return to === 'month' ? monthOfDay(key) : civilFromDays(key)[0];
  return Math.floor(key / 12); // month -> year
}

const RANK: Record<StoredUnit, number> = { day: 0, month: 1, year: 2 };

export class PeriodSketch {
  count = 0;
  dates = 0;
  naive = 0;
  min = Infinity;
  max = -Infinity;
  unit: StoredUnit = 'day';
  counts = new Map<number, number>();

  /** One value, epoch milliseconds; `date` for a date without a time, `naive` for a timestamp without a zone. */
  add(ms: number, date: boolean, naive: boolean): void {
    this.count++;
    if (date) this.dates++;
    if (naive) this.naive++;
    if (ms < this.min) this.min = ms;
    if (ms > this.max) this.max = ms;
    const day = Math.floor(ms / MS_PER_DAY);
    const key = this.unit === 'day' ? day : convertKey(day, 'day', this.unit);
    const counts = this.counts;
    const c = counts.get(key);
    if (c === undefined) {
      counts.set(key, 1);
      if (counts.size > MAX_KEYS) this.coarsen();
    } else counts.set(key, c + 1);
  }

  private coarsen(): void {
    while (this.counts.size > MAX_KEYS && this.unit !== 'year') this.toUnit(coarser(this.unit));
  }

  private toUnit(unit: StoredUnit): void {
    if (unit === this.unit) return;
    const next = new Map<number, number>();
    for (const [k, c] of this.counts) {
      const nk = convertKey(k, this.unit, unit);
      next.set(nk, (next.get(nk) ?? 0) + c);
    }
    this.counts = next;
    this.unit = unit;
  }

  merge(o: PeriodSketch): this {
    this.count += o.count;
    this.dates += o.dates;
    this.naive += o.naive;
    if (o.min < this.min) this.min = o.min;
    if (o.max > this.max) this.max = o.max;
    let other = o.counts;
    if (RANK[o.unit] > RANK[this.unit]) this.toUnit(o.unit);
    else if (RANK[o.unit] < RANK[this.unit]) {
      other = new Map();
      for (const [k, c] of o.counts) {
        const nk = convertKey(k, o.unit, this.unit);
        other.set(nk, (other.get(nk) ?? 0) + c);
      }
    }
    for (const [k, c] of other) this.counts.set(k, (this.counts.get(k) ?? 0) + c);
    this.coarsen();
    return this;
  }

  /**
   * Counts per period from the first period holding a value to the last, empty periods included:
   * the unit is the one the span suggests (periodFor), or the stored one when that is coarser.
   */
  histogram(): { unit: PeriodUnit; starts: number[]; counts: number[] } | null {
    if (this.count === 0) return null;
    let unit: PeriodUnit = periodFor(this.min, this.max);
    if (this.unit === 'month' && (unit === 'day' || unit === 'week')) unit = 'month';
    if (this.unit === 'year') unit = 'year';
    const byKey = new Map<number, number>();
    for (const [k, c] of this.counts) {
      let key: number;
      if (unit === 'day') key = k;
      else if (unit === 'week') key = weekStart(k);
      else if (unit === 'month') key = this.unit === 'day' ? monthOfDay(k) : k;
      else key = this.unit === 'year' ? k : this.unit === 'month' ? Math.floor(k / 12) : civilFromDays(k)[0];
      byKey.set(key, (byKey.get(key) ?? 0) + c);
    }
    const keys = [...byKey.keys()];
    const first = Math.min(...keys);
    const last = Math.max(...keys);
    const starts: number[] = [];
    const counts: number[] = [];
    for (let k = first; k <= last; k = nextPeriod(k, unit)) {
      starts.push(periodStartDay(k, unit) * MS_PER_DAY);
      counts.push(byKey.get(k) ?? 0);
    }
    return { unit, starts, counts };
  }

  toJSON(): PeriodSketchJSON {
    const counts = [...this.counts].sort((a, b) => a[0] - b[0]);
    return { type: 'periods', count: this.count, dates: this.dates, naive: this.naive, min: this.count ? this.min : null, max: this.count ? this.max : null, unit: this.unit, counts };
  }

  static fromJSON(j: PeriodSketchJSON): PeriodSketch {
    const p = new PeriodSketch();
    p.count = j.count;
    p.dates = j.dates;
    p.naive = j.naive;
    p.min = j.min ?? Infinity;
    p.max = j.max ?? -Infinity;
    p.unit = j.unit;
    p.counts = new Map(j.counts);
    return p;
  }
}
