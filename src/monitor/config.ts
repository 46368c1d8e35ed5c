/**
 * monitor's typed config and its thresholds (the `thresholds` input: inline YAML or a file, the
 * `monitor:` stage of modelgate.yml), parsed strictly: an unknown key or a bad value is a
 * ConfigurationError naming it. Every default is stated once, here (DEFAULT_THRESHOLDS).
 */
import { ConfigurationError } from '../errors.js';
import { parseDriftSettings, type DriftSettings } from '../data/drift.js';
import { parseTime as parseIsoTime } from '../data/time.js';
import { durationMs } from '../lib/duration.js';
import type { Format } from '../data/readers.js';
import type { Connection } from '../registry/reference.js';

export const LEVELS = ['none', 'warn', 'act'] as const;
export type Level = (typeof LEVELS)[number];
export const FAIL_ON = ['act', 'warn', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export interface Thresholds {
  /** Family-wise error rate of the decay tests (Holm over the metrics tested). */
  alpha: number;
  /** The features the model leans on most: the first this many by permutation importance. */
  topFeatures: number;
  /** Drifted features (none of them a top feature) that make a warning. */
  warnDriftedFeatures: number;
  /** The share of tested features drifted that is actionable whatever their importance. */
  actDriftedShare: number;
  /** What a shift of the predictions (class shares or score distribution) is. */
  predictionDrift: Level;
  /** What rows that break the registered schema are. */
  quality: Level;
  /** Fewer labelled rows in the window than this: decay is not tested. */
  minLabelledRows: number;
  /** Metrics tested for decay; empty: every metric that has an unpaired test. */
  metrics: string[];
  /** validate-data's drift settings (tests and thresholds per column). */
  drift: DriftSettings;
}

export const DEFAULT_THRESHOLDS: Readonly<Omit<Thresholds, 'drift'>> = Object.freeze({
  alpha: 0.05,
  topFeatures: 3,
  warnDriftedFeatures: 1,
  actDriftedShare: 0.5,
  predictionDrift: 'act',
  quality: 'warn',
  minLabelledRows: 30,
  metrics: [],
});

const KEYS: Record<string, keyof Thresholds> = {
  alpha: 'alpha',
  'top-features': 'topFeatures',
  'warn-drifted-features': 'warnDriftedFeatures',
  'act-drifted-share': 'actDriftedShare',
  'prediction-drift': 'predictionDrift',
  quality: 'quality',
  'min-labelled-rows': 'minLabelledRows',
  metrics: 'metrics',
  drift: 'drift',
};

export function parseThresholds(raw: unknown, source: string): Thresholds {
  const fail = (m: string): never => {
    throw new ConfigurationError(`${source}: ${m}`);
  };
  if (raw === null || raw === undefined) raw = {};
  if (typeof raw !== 'object' || Array.isArray(raw)) fail('thresholds must be a mapping');
  const r = raw as Record<string, unknown>;
  for (const k of Object.keys(r)) if (!(k in KEYS)) fail(`unknown key '${k}' (expected ${Object.keys(KEYS).join(', ')})`);
  const num = (k: string, d: number, ok: (x: number) => boolean, what: string): number => {
    const v = r[k] ?? d;
    if (typeof v !== 'number' || !ok(v)) fail(`${k} must be ${what}, got ${JSON.stringify(v)}`);
    return v as number;
  };
  const level = (k: string, d: Level): Level => {
    const v = r[k] ?? d;
    if (typeof v !== 'string' || !(LEVELS as readonly string[]).includes(v)) fail(`${k} must be one of ${LEVELS.join(', ')}, got ${JSON.stringify(v)}`);
    return v as Level;
  };
  const int = (x: number) => Number.isInteger(x) && x >= 0;
  const metrics = r.metrics ?? [];
  if (!Array.isArray(metrics) || metrics.some((m) => typeof m !== 'string')) fail('metrics must be a list of metric names');
  const d = DEFAULT_THRESHOLDS;
  return {
    alpha: num('alpha', d.alpha, (x) => x > 0 && x < 1, 'a number in (0, 1)'),
    topFeatures: num('top-features', d.topFeatures, int, 'a non-negative integer'),
    warnDriftedFeatures: num('warn-drifted-features', d.warnDriftedFeatures, (x) => int(x) && x >= 1, 'a positive integer'),
    actDriftedShare: num('act-drifted-share', d.actDriftedShare, (x) => x > 0 && x <= 1, 'a number in (0, 1]'),
    predictionDrift: level('prediction-drift', d.predictionDrift),
    quality: level('quality', d.quality),
    minLabelledRows: num('min-labelled-rows', d.minLabelledRows, (x) => int(x) && x >= 2, 'an integer of at least 2'),
    metrics: metrics as string[],
    drift: parseDriftSettings(r.drift, `${source}: drift`),
  };
}

/**
 * `7d`, `12h`, `30m`, `2w`, `1d12h`: a window length in milliseconds, written as every duration is
 * (lib/duration.ts), of at least a minute (a window of seconds judges a handful of rows) and at
 * most ten years.
 */
export function parseWindow(value: string, input = 'window'): number {
  const ms = durationMs(value);
  if (ms === undefined) throw new ConfigurationError(`input '${input}' must be a duration such as 7d, 12h, 30m, 2w or 1d12h; got '${value}'`);
  if (ms < 60_000 || ms > 3660 * 86_400_000) throw new ConfigurationError(`input '${input}' must be at least a minute and at most 10 years; got '${value}'`);
  return ms;
}

/**
 * A time cell: an ISO 8601 date or date-time (UTC unless it has an offset) read by validate-data's
 * strict parser (so 2024-02-30 is no time, not 1 March), or a number of Unix seconds.
 */
export function parseTime(cell: unknown): number | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell * 1000 : undefined;
  if (typeof cell !== 'string') return undefined;
  // Numbers from a CSV file arrive as text.
  if (/^\s*-?\d+(\.\d+)?\s*$/.test(cell)) return Number(cell) * 1000;
  const t = parseIsoTime(cell.trim());
  return t === t ? t : undefined;
}

export interface MonitorConfig {
  /** Data files or globs: capture files of `modelgate serve`, or any dataset. */
  data: string[];
  format?: Format;
  /** Registry reference of the monitored version, e.g. `oci-layout://registry/churn:production`. */
  model: string;
  connection: Connection;
  labels?: string;
  /** Window length in ms; undefined: every row. */
  windowMs?: number;
  /** The column holding each row's time; default `timestamp` when the data has one. */
  timeColumn?: string;
  /** The window ends here (ms); default: the newest row's time. */
  asOf?: number;
  thresholds: Thresholds;
  report: string;
  /** Append the result to the version's history in the registry. */
  record: boolean;
  failOn: FailOn;
  naValues: string[];
  /** Who runs it (history events). */
  actor: { actor?: string; runUrl?: string };
}
