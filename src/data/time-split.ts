/**
 * Time-aware splits: `split-by: <time column>` with `split-at: <cut-off>` keeps, for training, the
 * rows before the cut-off and, for evaluation, the rows at or after it, so a model is evaluated on
 * rows later than those it learnt from. The column holds ISO 8601 text (CSV, JSON Lines) or a
 * Parquet DATE / TIMESTAMP (epoch milliseconds); a row whose time is missing or not a date is
 * skipped and counted. The span of the rows kept is recorded (train-manifest.json's
 * `params.builtin.time-range`, evaluation.json's `timeRange`), so compare-to-baseline can warn when
 * evaluation rows are older than training rows (leakage).
 */
import { showColumns } from '../lib/files.js';
import { ConfigurationError } from '../errors.js';
import type { TimeColumnKind } from './readers.js';
import { DATE, DATE_TIME_NAIVE, formatTime, parseTime, parsedKind } from './time.js';

export interface TimeSplitConfig {
  /** The time column. */
  column: string;
  /** The cut-off, epoch milliseconds. */
  at: number;
}

/** The time span of the rows a split kept, as written in the artifacts. */
export interface TimeRange {
  column: string;
  /** The cut-off, ISO 8601. */
  splitAt: string;
  /** Which side of the cut-off was kept: `before` (training) or `from` (evaluation). */
  side: 'before' | 'from';
  /** The earliest and latest time of the rows kept (ISO 8601); null when none was kept. */
  min: string | null;
  max: string | null;
  /** Rows left out: on the other side of the cut-off, and without a time. */
  otherSide: number;
  noTime: number;
}

/** `split-by` and `split-at` inputs: both or neither; the cut-off is ISO 8601. */
export function parseTimeSplit(splitBy: string | undefined, splitAt: string | undefined): TimeSplitConfig | undefined {
  if (splitBy === undefined && splitAt === undefined) return undefined;
  if (splitBy === undefined) throw new ConfigurationError(`input 'split-at' needs 'split-by' (the time column to split on)`);
  if (splitAt === undefined) throw new ConfigurationError(`input 'split-by' needs 'split-at' (the cut-off: an ISO 8601 date or timestamp)`);
  const at = parseTime(splitAt);
  if (parsedKind < DATE) throw new ConfigurationError(`input 'split-at': '${splitAt}' is not an ISO 8601 date or timestamp (e.g. 2015-01-01 or 2015-01-01T00:00:00Z)`);
  return { column: splitBy, at };
}

/** Decides row by row which side of the cut-off a row is on, and keeps the span of the rows kept. */
export class TimeSplitter {
  private index = -1;
  private parquetKind: number = 0;
  private min = Infinity;
  private max = -Infinity;
  private minKind = DATE;
  private maxKind = DATE;
  otherSide = 0;
  noTime = 0;

  constructor(
    readonly config: TimeSplitConfig,
    readonly side: 'before' | 'from',
  ) {}

  /** The header: finds the column (a ConfigurationError naming `split-by` when it is not there). */
  header(columns: string[], file: string, timeKinds?: (TimeColumnKind | undefined)[]): void {
    this.index = columns.indexOf(this.config.column);
    if (this.index < 0) throw new ConfigurationError(`input 'split-by': no column '${this.config.column}' in ${file} (columns: ${showColumns(columns)})`);
    const k = timeKinds?.[this.index];
    this.parquetKind = k === 'date' ? DATE : k === 'date-time-naive' ? DATE_TIME_NAIVE : k ? 3 : 0;
  }

  /** True when the row is on the kept side. */
  keep(cells: unknown[]): boolean {
    const v = cells[this.index];
    let ms: number;
    let kind: number;
    if (typeof v === 'number' && this.parquetKind) {
      ms = v;
      kind = this.parquetKind;
    } else if (typeof v === 'string') {
      ms = parseTime(v.trim());
      kind = parsedKind;
      if (kind < DATE) {
        this.noTime++;
        return false;
      }
    } else {
      this.noTime++;
      return false;
    }
    const before = ms < this.config.at;
    if (before !== (this.side === 'before')) {
      this.otherSide++;
      return false;
    }
    if (ms < this.min) {
      this.min = ms;
      this.minKind = kind;
    }
    if (ms > this.max) {
      this.max = ms;
      this.maxKind = kind;
    }
    return true;
  }

  range(): TimeRange {
    const show = (ms: number, kind: number) => formatTime(ms, kind === DATE, kind === DATE_TIME_NAIVE);
    return {
      column: this.config.column,
      splitAt: formatTime(this.config.at),
      side: this.side,
      min: Number.isFinite(this.min) ? show(this.min, this.minKind) : null,
      max: Number.isFinite(this.max) ? show(this.max, this.maxKind) : null,
      otherSide: this.otherSide,
      noTime: this.noTime,
    };
  }
}

/**
 * The leakage check: evaluation rows older than the newest training row. Returns the warning, or
 * null when the evaluation rows all come after the training rows (or a side has no range).
 */
export function leakageWarning(train: Pick<TimeRange, 'column' | 'min' | 'max'> | undefined, evaluation: Pick<TimeRange, 'column' | 'min' | 'max'> | undefined): string | null {
  if (!train?.max || !evaluation?.min) return null;
  const t = parseTime(train.max);
  const e = parseTime(evaluation.min);
  if (!(e < t)) return null;
  return `leakage: evaluation rows start at ${evaluation.min} (${evaluation.column}), before the newest training row (${train.max}, ${train.column}); the model was evaluated on rows from a period it was trained on`;
}
