/**
 * Durations written as a person writes them in a config file: a number and a unit, `90s`, `15m`,
 * `2h`, `7d`, `2w`, `1.5d`, or several summed, `1d12h`. Units: `ms`, `s`, `m` (minutes), `h`, `d`,
 * `w`. No months or years: their length varies, and a rule that means "31 days" should say `31d`.
 * Used by validate-data's time rules (`max-age`, `max-gap`) and by deploy's `interval`,
 * `max-interval` and `termination-wait` (which also take a plain number of seconds, up to 24h).
 */
import { ConfigurationError } from '../errors.js';

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/y;

/**
 * The sum of the parts of `text` in milliseconds (0 for `0s`), or undefined when `text` is not a
 * sequence of number-and-unit parts. For callers with their own range and message (deploy).
 */
export function durationMs(text: string): number | undefined {
  const s = String(text).trim();
  let ms = 0;
  let i = 0;
  while (i < s.length) {
    PART.lastIndex = i;
    const m = PART.exec(s);
    if (!m) break;
    ms += Number(m[1]) * UNIT_MS[m[2]!]!;
    i = PART.lastIndex;
  }
  return s.length === 0 || i !== s.length || !Number.isFinite(ms) ? undefined : ms;
}

/**
 * The duration in milliseconds. Throws a ConfigurationError naming `what` (an input or a rule)
 * when `text` is not a positive duration.
 */
export function parseDuration(text: string, what = 'duration'): number {
  const ms = durationMs(text);
  if (ms === undefined || !(ms > 0)) {
    throw new ConfigurationError(`${what}: '${text}' is not a duration; write a number and a unit (ms, s, m, h, d, w), e.g. 2d, 36h, 1d12h`);
  }
  return ms;
}

/**
 * A duration in the largest units that keep it exact: 172800000 -> `2d`, 5400000 -> `1h30m`; with
 * `maxParts`, cut (rounded down) to that many units, for a person: `3993d6h`, not `3993d6h46m10s765ms`.
 */
export function formatDuration(ms: number, maxParts = Infinity): string {
  if (!(ms > 0)) return `${ms}ms`;
  const parts: string[] = [];
  let rest = ms;
  for (const unit of ['d', 'h', 'm', 's'] as const) {
    const k = Math.floor(rest / UNIT_MS[unit]!);
    if (k > 0) {
      parts.push(`${k}${unit}`);
      rest -= k * UNIT_MS[unit]!;
      if (parts.length >= maxParts) return parts.join('');
    }
  }
  if (rest > 0 || parts.length === 0) parts.push(`${Number(rest.toFixed(3))}ms`);
  return parts.join('');
}
