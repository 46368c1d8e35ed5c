/**
 * Dates and timestamps as numbers: ISO 8601 text parsed to epoch milliseconds without allocating,
 * epoch milliseconds formatted back, and calendar periods (day, ISO week, month, year) for
 * histograms over time.
 *
 * Text accepted (what JSON Schema's `date`, `date-time` and ajv-formats' `iso-date-time` accept):
 * `YYYY-MM-DD`; `YYYY-MM-DD` then `T`, `t` or a space, `hh:mm` or `hh:mm:ss` with any fraction,
 * then optionally `Z`, `z`, `±hh:mm`, `±hhmm` or `±hh`. A timestamp with an offset is an instant
 * (the offset is subtracted: `2015-10-25T02:30+02:00` is `2015-10-25T00:30Z`). One without is a
 * wall-clock time ("naive", as Parquet's isAdjustedToUTC=false): it is kept as if it were UTC, so
 * its calendar day and hour are those written, and it is never shifted by the machine's zone.
 * Calendar checks are strict: months 1-12, days up to the month's length (29 February in leap
 * years only), hours 0-23, minutes 0-59, seconds 0-59 (60 only at 23:59:60, a leap second, read
 * as the next second, as JavaScript's Date does not but RFC 3339 allows).
 */

export const MS_PER_DAY = 86_400_000;

/** What {@link parseTime} found in its last call. */
export const NOT_TIME = 0;
/** Shaped like a date or timestamp (`dddd-dd-dd...`) but not a valid one: `2015-02-29`, `2015-13-01`. */
export const INVALID_TIME = 1;
export const DATE = 2;
/** A timestamp with `Z` or an offset: an instant. */
export const DATE_TIME = 3;
/** A timestamp without a zone: wall-clock time, kept as UTC. */
export const DATE_TIME_NAIVE = 4;
export type TimeKind = typeof NOT_TIME | typeof INVALID_TIME | typeof DATE | typeof DATE_TIME | typeof DATE_TIME_NAIVE;

/** The kind of the text given to the last parseTime call (module state: no object per call). */
export let parsedKind: TimeKind = NOT_TIME;

/** Days from 1970-01-01 to year-month-day of the proleptic Gregorian calendar (Howard Hinnant's days_from_civil). */
export function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** [year, month (1-12), day] of a day number (days since 1970-01-01). */
export function civilFromDays(z: number): [number, number, number] {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

function isLeap(y: number): boolean {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

const MONTH_DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Two ASCII digits at i as a number, or -1. */
function two(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * True when `s` may be a date or timestamp: `dddd-` at its start. A cheap test a hot loop makes
 * before {@link parseTime} (a number never has a `-` after four digits).
 */
export function looksLikeTime(s: string): boolean {
  return s.length >= 10 && s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45;
}

/**
 * Epoch milliseconds of ISO 8601 text, or NaN; {@link parsedKind} says what it was (NOT_TIME for
 * text of another shape, INVALID_TIME for an impossible date or time).
 */
export function parseTime(s: string): number {
  parsedKind = NOT_TIME;
  const len = s.length;
  if (len < 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return NaN;
  const y1 = two(s, 0);
  const y2 = two(s, 2);
  const mo = two(s, 5);
  const d = two(s, 8);
  if (y1 < 0 || y2 < 0 || mo < 0 || d < 0) return NaN;
  const y = y1 * 100 + y2;
  // From here the text is date-shaped: anything wrong is an invalid date, not other text.
  parsedKind = INVALID_TIME;
  if (mo < 1 || mo > 12 || d < 1 || d > (mo === 2 && isLeap(y) ? 29 : MONTH_DAYS[mo]!)) return NaN;
  const day = daysFromCivil(y, mo, d);
  if (len === 10) {
    parsedKind = DATE;
    return day * MS_PER_DAY;
  }
  const sep = s.charCodeAt(10);
  if ((sep !== 84 && sep !== 116 && sep !== 32) || len < 16 || s.charCodeAt(13) !== 58) return NaN; // T t space, ':'
  const hh = two(s, 11);
  const mm = two(s, 14);
  if (hh < 0 || hh > 23 || mm < 0 || mm > 59) return NaN;
  let i = 16;
  let ss = 0;
  let frac = 0;
  if (i < len && s.charCodeAt(i) === 58) {
    ss = two(s, i + 1);
    if (ss < 0 || ss > 60 || (ss === 60 && (hh !== 23 || mm !== 59))) return NaN;
    i += 3;
    if (i < len && (s.charCodeAt(i) === 46 || s.charCodeAt(i) === 44)) {
      // The fraction of a second, to the microsecond's tenth and beyond as far as a double carries.
      i++;
      let scale = 0.1;
      const start = i;
      for (; i < len; i++) {
        const c = s.charCodeAt(i) - 48;
        if (c < 0 || c > 9) break;
        frac += c * scale;
        scale /= 10;
      }
      if (i === start) return NaN;
    }
  }
  let offsetMin = 0;
  let kind: TimeKind = DATE_TIME_NAIVE;
  if (i < len) {
    const z = s.charCodeAt(i);
    if (z === 90 || z === 122) {
      kind = DATE_TIME;
      i++;
    } else if (z === 43 || z === 45) {
      const oh = two(s, i + 1);
      if (oh < 0 || oh > 23) return NaN;
      let om = 0;
      i += 3;
      if (i < len) {
        if (s.charCodeAt(i) === 58) i++;
        om = two(s, i);
        if (om < 0 || om > 59) return NaN;
        i += 2;
      }
      offsetMin = (z === 45 ? -1 : 1) * (oh * 60 + om);
      kind = DATE_TIME;
    }
    if (i !== len) return NaN;
  }
  parsedKind = kind;
  return day * MS_PER_DAY + ((hh * 60 + mm - offsetMin) * 60 + ss) * 1000 + Math.round(frac * 1e6) / 1e3;
}

function pad(n: number, w: number): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= w ? s : '0'.repeat(w - s.length) + s);
}

/** `YYYY-MM-DD` of the UTC day holding `ms`. */
export function formatDate(ms: number): string {
  const [y, m, d] = civilFromDays(Math.floor(ms / MS_PER_DAY));
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/**
 * `ms` as ISO 8601: `YYYY-MM-DD` when `dateOnly`, else `YYYY-MM-DDThh:mm:ss.sssZ`, without the `Z`
 * for wall-clock (naive) time. Sub-millisecond parts are shown when present (`.123456`).
 */
export function formatTime(ms: number, dateOnly = false, naive = false): string {
  if (!Number.isFinite(ms)) return String(ms);
  const day = Math.floor(ms / MS_PER_DAY);
  const date = formatDate(ms);
  if (dateOnly) return date;
  const inDay = ms - day * MS_PER_DAY;
  const whole = Math.floor(inDay);
  const sub = Math.round((inDay - whole) * 1000);
  const hh = Math.floor(whole / 3_600_000);
  const mm = Math.floor((whole % 3_600_000) / 60_000);
  const ss = Math.floor((whole % 60_000) / 1000);
  const msPart = pad(whole % 1000, 3) + (sub > 0 ? pad(sub, 3) : '');
  return `${date}T${pad(hh, 2)}:${pad(mm, 2)}:${pad(ss, 2)}.${msPart}${naive ? '' : 'Z'}`;
}

export type PeriodUnit = 'day' | 'week' | 'month' | 'year';

/** The day number (days since 1970-01-01) of the Monday starting the ISO week that holds `day`. */
export function weekStart(day: number): number {
  return day - (((day + 3) % 7) + 7) % 7;
}

/** A month key: year * 12 + month - 1. */
export function monthOfDay(day: number): number {
  const [y, m] = civilFromDays(day);
  return y * 12 + m - 1;
}

/** The first day (day number) of a period key of `unit` (days for day and week, months, years). */
export function periodStartDay(key: number, unit: PeriodUnit): number {
  if (unit === 'day' || unit === 'week') return key;
  if (unit === 'month') return daysFromCivil(Math.floor(key / 12), (key % 12) + 1, 1);
  return daysFromCivil(key, 1, 1);
}

/** The key of the period after `key`. */
export function nextPeriod(key: number, unit: PeriodUnit): number {
  return unit === 'week' ? key + 7 : key + 1;
}

/**
 * The period a histogram over [minMs, maxMs] uses: days up to 62 days, ISO weeks up to 26 weeks,
 * months up to 50 years (a year of data in 12 bars), years beyond.
 */
export function periodFor(minMs: number, maxMs: number): PeriodUnit {
  const days = (maxMs - minMs) / MS_PER_DAY;
  if (days <= 62) return 'day';
  if (days <= 182) return 'week';
  if (days <= 50 * 366) return 'month';
  return 'year';
}
