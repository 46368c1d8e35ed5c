/**
 * Dates and timestamps in a format a schema declares (`x-time-format: '%d/%m/%Y'`), a strict
 * strftime subset compiled once into a list of steps and run over each cell left to right:
 * every step reads a bounded number of characters and never looks back, so a cell costs at most
 * the format's length in steps whatever its length (a 100 KB cell fails at its first mismatch or
 * at the length check), and nothing is allocated per cell.
 *
 * Directives: `%Y` four-digit year; `%m` month, `%d` day, `%H` hour (0-23), `%M` minute, `%S`
 * second, each one or two digits (greedy: `%d%m` needs zero-padded days); `%f` a fraction of a
 * second, 1-9 digits; `%z` `Z`, `±hh:mm`, `±hhmm` or `±hh`; `%b` an English month abbreviation
 * (`Jan`-`Dec`, any case); `%%` a `%`. Any other character is literal and must match exactly.
 * Calendar checks are those of ISO 8601 text (time.ts): 29 February in leap years only.
 */
import { DATE, DATE_TIME, DATE_TIME_NAIVE, MS_PER_DAY, daysFromCivil } from './time.js';

const LIT = 0;
const YEAR = 1;
const MONTH = 2;
const DAY = 3;
const HOUR = 4;
const MINUTE = 5;
const SECOND = 6;
const FRACTION = 7;
const ZONE = 8;
const MONTH_NAME = 9;

const DIRECTIVES: Record<string, number> = { Y: YEAR, m: MONTH, d: DAY, H: HOUR, M: MINUTE, S: SECOND, f: FRACTION, z: ZONE, b: MONTH_NAME };
const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(y: number): boolean {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

/** Three ASCII letters at i, lower-cased, as a month 1-12, or 0. */
function monthName(s: string, i: number): number {
  const a = s.charCodeAt(i) | 32;
  const b = s.charCodeAt(i + 1) | 32;
  const c = s.charCodeAt(i + 2) | 32;
  for (let k = 0; k < 12; k++) {
    const n = MONTH_NAMES[k]!;
    if (n.charCodeAt(0) === a && n.charCodeAt(1) === b && n.charCodeAt(2) === c) return k + 1;
  }
  return 0;
}

/** A compiled `x-time-format`. */
export class TimeFormat {
  /** DATE, DATE_TIME (with `%z`: an instant) or DATE_TIME_NAIVE (a time without a zone: wall clock, kept as UTC). */
  readonly kind: typeof DATE | typeof DATE_TIME | typeof DATE_TIME_NAIVE;
  private readonly ops: Uint8Array;
  private readonly args: Uint16Array;
  /** Fewest and most characters a matching cell can have. */
  private readonly minLen: number;
  private readonly maxLen: number;

  private constructor(
    readonly source: string,
    ops: number[],
    args: number[],
  ) {
    this.ops = Uint8Array.from(ops);
    this.args = Uint16Array.from(args);
    let min = 0;
    let max = 0;
    for (const op of ops) {
      const [lo, hi] = op === LIT ? [1, 1] : op === YEAR ? [4, 4] : op === FRACTION ? [1, 9] : op === ZONE ? [1, 6] : op === MONTH_NAME ? [3, 3] : [1, 2];
      min += lo;
      max += hi;
    }
    this.minLen = min;
    this.maxLen = max;
    const hasTime = ops.some((op) => op >= HOUR && op <= ZONE);
    this.kind = !hasTime ? DATE : ops.includes(ZONE) ? DATE_TIME : DATE_TIME_NAIVE;
  }

  /**
   * Compiles `format`; throws an Error (its message for the caller's ConfigurationError) for an
   * unknown directive, a repeated one, or a format without a year, month and day.
   */
  static compile(format: string): TimeFormat {
    const ops: number[] = [];
    const args: number[] = [];
    for (let i = 0; i < format.length; i++) {
      const ch = format[i]!;
      if (ch !== '%') {
        ops.push(LIT);
        args.push(format.charCodeAt(i));
        continue;
      }
      const d = format[++i];
      if (d === '%') {
        ops.push(LIT);
        args.push(37);
        continue;
      }
      const op = d === undefined ? undefined : DIRECTIVES[d];
      if (op === undefined) throw new Error(d === undefined ? 'ends with a lone %' : `%${d} is not supported (supported: %Y %m %d %H %M %S %f %z %b %%)`);
      if (ops.includes(op) || (op === MONTH && ops.includes(MONTH_NAME)) || (op === MONTH_NAME && ops.includes(MONTH))) throw new Error(`%${d} is given twice`);
      ops.push(op);
      args.push(0);
    }
    if (!ops.includes(YEAR) || !(ops.includes(MONTH) || ops.includes(MONTH_NAME)) || !ops.includes(DAY)) throw new Error('needs a year (%Y), a month (%m or %b) and a day (%d)');
    if (ops.includes(FRACTION) && !ops.includes(SECOND)) throw new Error('%f needs %S');
    return new TimeFormat(format, ops, args);
  }

  /** Epoch milliseconds of `s`, or NaN when it does not match the format or is no real date or time. */
  parse(s: string): number {
    const len = s.length;
    if (len < this.minLen || len > this.maxLen) return NaN;
    const ops = this.ops;
    const args = this.args;
    let i = 0;
    let y = 0;
    let mo = 0;
    let d = 0;
    let hh = 0;
    let mm = 0;
    let ss = 0;
    let frac = 0;
    let offsetMin = 0;
    const n = ops.length;
    for (let k = 0; k < n; k++) {
      switch (ops[k]) {
        case LIT:
          if (s.charCodeAt(i) !== args[k]) return NaN;
          i++;
          break;
        case YEAR: {
          const a = s.charCodeAt(i) - 48;
          const b = s.charCodeAt(i + 1) - 48;
          const c = s.charCodeAt(i + 2) - 48;
          const e = s.charCodeAt(i + 3) - 48;
          if (!(a >= 0 && a <= 9 && b >= 0 && b <= 9 && c >= 0 && c <= 9 && e >= 0 && e <= 9)) return NaN;
          y = a * 1000 + b * 100 + c * 10 + e;
          i += 4;
          break;
        }
        case MONTH:
          mo = upToTwo(s, i);
          i = next;
          break;
        case DAY:
          d = upToTwo(s, i);
          i = next;
          break;
        case HOUR:
          hh = upToTwo(s, i);
          i = next;
          break;
        case MINUTE:
          mm = upToTwo(s, i);
          i = next;
          break;
        case SECOND:
          ss = upToTwo(s, i);
          i = next;
          break;
        case FRACTION: {
          let scale = 0.1;
          const start = i;
          for (; i < len && i - start < 9; i++) {
            const c = s.charCodeAt(i) - 48;
            if (!(c >= 0 && c <= 9)) break;
            frac += c * scale;
            scale /= 10;
          }
          if (i === start) return NaN;
          break;
        }
        case ZONE: {
          const z = s.charCodeAt(i);
          if (z === 90 || z === 122) i++;
          else if (z === 43 || z === 45) {
            const oh = two(s, i + 1);
            if (oh < 0 || oh > 23) return NaN;
            i += 3;
            let om = 0;
            const colon = s.charCodeAt(i) === 58;
            const m2 = two(s, colon ? i + 1 : i);
            if (m2 >= 0) {
              if (m2 > 59) return NaN;
              om = m2;
              i += colon ? 3 : 2;
            } else if (colon) return NaN;
            offsetMin = (z === 45 ? -1 : 1) * (oh * 60 + om);
          } else return NaN;
          break;
        }
        default:
          mo = monthName(s, i);
          if (mo === 0) return NaN;
          i += 3;
      }
      if (i < 0) return NaN; // upToTwo found no digit
    }
    if (i !== len) return NaN;
    if (mo < 1 || mo > 12 || d < 1 || d > (mo === 2 && isLeap(y) ? 29 : MONTH_DAYS[mo]!) || hh > 23 || mm > 59 || ss > 59) return NaN;
    return daysFromCivil(y, mo, d) * MS_PER_DAY + ((hh * 60 + mm - offsetMin) * 60 + ss) * 1000 + Math.round(frac * 1e6) / 1e3;
  }
}

/** Where the last {@link upToTwo} stopped (-1 when it found no digit). Module state: no object per call. */
let next = 0;

/** One or two ASCII digits at i (greedy) as a number, or -1; sets {@link next}. */
function upToTwo(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  if (!(a >= 0 && a <= 9)) {
    next = -1;
    return -1;
  }
  const b = s.charCodeAt(i + 1) - 48;
  if (b >= 0 && b <= 9) {
    next = i + 2;
    return a * 10 + b;
  }
  next = i + 1;
  return a;
}

/** Two ASCII digits at i as a number, or -1. */
function two(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}
