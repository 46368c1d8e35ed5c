/**
 * The window of production rows monitor judges: the data files are read once with the dataset
 * readers (CSV, TSV, JSON Lines, Parquet, globs), each row's time taken from the time column, and
 * the rows within `window` of the newest row (or of `as-of`) kept. Shadow answers in capture files
 * (`shadow: true`, a candidate's answer to a request the stable model served) are dropped, and so
 * are rows another version answered (a canary's share of a split) when the `version` column names
 * the monitored version on some rows (served from a registry reference, capture records `v<n>`). The kept
 * rows are then replayed, in their order and with their file and line, into validate-data's scan,
 * so the window gets the same profile and schema checks as a dataset.
 */
import { DataError, ConfigurationError } from '../errors.js';
import { showName, showPath } from '../lib/files.js';
import { expandDataGlob, readRows, type Cell, type Format, type RowSink } from '../data/readers.js';
import { scan, type ScanResult } from '../data/scan.js';
import type { LoadedSchema } from '../data/schema.js';
import { parseTime } from './config.js';

type Event =
  | { t: 'file'; path: string }
  | { t: 'header'; names: string[] }
  | { t: 'column'; name: string; index: number }
  | { t: 'bad'; line: number; message: string }
  | { t: 'row'; cells: Cell[]; line: number; time?: number };

export interface WindowOptions {
  data: string[];
  format?: Format;
  windowMs?: number;
  timeColumn?: string;
  asOf?: number;
  /** The monitored version (`v<n>`): capture rows of other versions are left out. */
  version?: string;
}

/** Capture columns (src/serve/capture.ts) that are not model inputs. */
export const CAPTURE_COLUMNS = ['request_id', 'variant', 'version', 'shadow', 'timestamp', 'prediction'] as const;

export interface Window {
  sources: string[];
  format: Format;
  bytes: number;
  /** Column names, in order (for JSON Lines, the union of keys). */
  columns: string[];
  /** The kept rows (cells by column index; shorter rows lack later columns). */
  rows: { cells: Cell[]; line: number; file: string }[];
  rowsRead: number;
  shadowDropped: number;
  /** Rows another version answered (a split's candidate), left out. */
  otherVersionDropped: number;
  timeColumn: string | null;
  /** Window bounds in ms: (from, to]; null without a time column. */
  from: number | null;
  to: number | null;
  /** Where the newest time is (file and line); null without a time column or times. */
  newestAt: { file: string; line: number } | null;
  events: Event[];
}

async function expandAll(patterns: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const p of patterns) files.push(...(await expandDataGlob(p)));
  return [...new Set(files)];
}

/** The time column: `time-column`, else `timestamp` when the data has one. */
function timeColumnOf(o: WindowOptions, columns: string[], sources: string[]): string | undefined {
  const timeColumn = o.timeColumn ?? (columns.includes('timestamp') ? 'timestamp' : undefined);
  if (o.timeColumn && !columns.includes(o.timeColumn)) throw new ConfigurationError(`input 'time-column': ${showName(o.timeColumn)} is not a column of ${sources.map(showPath).join(', ')} (columns: ${columns.slice(0, 20).map(showName).join(', ')})`);
  if (o.windowMs !== undefined && !timeColumn) throw new ConfigurationError(`input 'window' needs a time column: the data has no 'timestamp' column; name one with 'time-column'`);
  return timeColumn;
}

/**
 * Reads the data and keeps the window's rows. Two passes, so that memory holds the window, not
 * the whole data (months of capture files for a day's window): the first finds the columns and
 * the newest time, the second keeps the rows within the window.
 */
export async function readWindow(o: WindowOptions): Promise<Window> {
  const sources = await expandAll(o.data);
  // Pass 1: columns, rows read, each row's time (checked) and the newest.
  let columns: string[] = [];
  let file = sources[0];
  // The time column's index as columns appear (a JSON Lines key may first appear after some rows).
  const timeName = o.timeColumn ?? 'timestamp';
  let ti = -1;
  let newest = -Infinity;
  let newestAt: Window['newestAt'] = null;
  let rowsRead = 0;
  let untimed: { file: string; line: number; cell: Cell; absent: boolean } | undefined;
  const read = await readRows(
    sources,
    {
      beginFile(path) {
        file = path;
      },
      header(names) {
        columns = [...names];
        ti = columns.indexOf(timeName);
      },
      newColumn(name, index) {
        columns[index] = name;
        if (ti < 0 && name === timeName) ti = index;
      },
      row(cells, line) {
        rowsRead++;
        const cell = ti < 0 ? null : (cells[ti] ?? null);
        const t = cell === null ? undefined : parseTime(cell);
        if (t === undefined) {
          // A JSON Lines row without the key (it first appears in a later row) has no time at all.
          untimed ??= { file, line, cell, absent: ti < 0 || cells[ti] === undefined };
        } else if (t > newest) {
          newest = t;
          newestAt = { file, line };
        }
      },
    },
    { format: o.format },
  );
  columns = read.columns;
  const timeColumn = timeColumnOf(o, columns, sources);
  if (timeColumn && untimed) {
    const { file: at, line, cell, absent } = untimed;
    const what = absent ? `has no ${showName(timeColumn)} (the time column): every row needs one` : cell === null ? 'is empty' : `'${String(cell).slice(0, 40)}' is not an ISO 8601 time (a real date) or a number of Unix seconds`;
    throw new DataError(`${showPath(at)}:${line}: ${absent ? 'the row' : showName(timeColumn)} ${what}`, at, line);
  }
  const to = timeColumn ? (o.asOf ?? newest) : null;
  const from = to === null || o.windowMs === undefined ? null : to - o.windowMs;

  // Pass 2: the rows within (from, to], shadow answers left out, with the events scan replays. Times
  // are parsed again rather than kept from pass 1 (8 bytes a row of the whole data).
  ti = -1;
  const events: Event[] = [];
  const rows: Window['rows'] = [];
  const si = columns.indexOf('shadow');
  const capture = si >= 0 && columns.includes('request_id');
  let shadowDropped = 0;
  let index = 0;
  await readRows(
    sources,
    {
      beginFile(path) {
        file = path;
        events.push({ t: 'file', path });
      },
      header(names) {
        ti = timeColumn ? names.indexOf(timeColumn) : -1;
        events.push({ t: 'header', names: [...names] });
      },
      newColumn(name, i) {
        if (ti < 0 && name === timeColumn) ti = i;
        events.push({ t: 'column', name, index: i });
      },
      bad(line, message) {
        events.push({ t: 'bad', line, message });
      },
      row(cells, line) {
        index++;
        const time = ti < 0 ? undefined : parseTime(cells[ti] ?? null);
        if (time !== undefined && ((to !== null && time > to) || (from !== null && time <= from))) return;
        if (capture && (cells[si] === true || cells[si] === 'true')) {
          shadowDropped++;
          return;
        }
        events.push({ t: 'row', cells, line, time });
        rows.push({ cells, line, file });
      },
    },
    { format: o.format },
  );
  if (index !== rowsRead) throw new DataError(`${sources.map(showPath).join(', ')}: changed while monitor read it (${rowsRead} rows, then ${index})`, sources[0]);
  let otherVersionDropped = 0;
  const vi = columns.indexOf('version');
  if (capture && vi >= 0 && o.version && rows.some((r) => r.cells[vi] === o.version)) {
    const other = new Set(rows.filter((r) => r.cells[vi] !== o.version).map((r) => r.cells));
    otherVersionDropped = other.size;
    if (other.size) {
      rows.splice(0, rows.length, ...rows.filter((r) => !other.has(r.cells)));
      events.splice(0, events.length, ...events.filter((e) => e.t !== 'row' || !other.has(e.cells)));
    }
  }
  return { sources, format: read.format, bytes: read.bytes, columns, rows, rowsRead, shadowDropped, otherVersionDropped, timeColumn: timeColumn ?? null, from, to: to === -Infinity ? null : to, newestAt: timeColumn ? newestAt : null, events };
}

/** validate-data's scan over the window's rows: the profile, and violations of `schema`. */
export async function scanWindow(w: Window, schema: LoadedSchema | undefined, naValues: readonly string[]): Promise<ScanResult> {
  return scan({
    files: w.sources,
    schema,
    keepValues: false,
    maxSamples: 20,
    naValues,
    read: async (sink) => {
      for (const e of w.events) {
        if (e.t === 'file') sink.beginFile?.(e.path);
        else if (e.t === 'header') sink.header(e.names);
        else if (e.t === 'column') sink.newColumn?.(e.name, e.index);
        else if (e.t === 'bad') sink.bad?.(e.line, e.message);
        // scan keeps the cells it is given: a copy, so the window's rows stay as read.
        else sink.row([...e.cells], e.line);
      }
      return { format: w.format, bytes: w.bytes, columns: w.columns };
    },
  });
}
