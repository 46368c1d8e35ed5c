/**
 * The window's labelled rows added to the training data, as retrain's `retrain-data` input says:
 *
 * - `append`: every row of the window goes after the training rows; the training data grows.
 * - `replace-oldest`: the window's rows go after the training rows and as many of the oldest rows
 *   are dropped, so the training data keeps its size. "Oldest" is file order: the first data rows
 *   of the file (the order `append` builds). A window larger than the training data keeps only its
 *   newest rows (its last ones), as many as the training data had.
 *
 * Pure: text in, text out. The training file's own text is kept byte for byte (its quoting, its
 * line endings); only whole records are cut from its start, and the window's records are written
 * after it in the training file's column order, so a retrain pull request's diff is the rows
 * added and the rows dropped, nothing else.
 *
 * Formats: CSV and TSV (a header row; the window's columns must be the training file's, in any
 * order) and JSON Lines (one object per line, with the training rows' keys). Parquet is refused:
 * its files cannot be appended to as text; export the training data as CSV or JSON Lines.
 */
import { ConfigurationError, DataError } from '../errors.js';
import { CsvParser } from '../data/csv.js';
import { showName } from '../lib/files.js';

export const WINDOW_POLICIES = ['append', 'replace-oldest'] as const;
export type WindowPolicy = (typeof WINDOW_POLICIES)[number];

export type TextFormat = 'csv' | 'tsv' | 'jsonl';

export interface DataText {
  /** The file's name, for messages. */
  file: string;
  text: string;
}

export interface WindowResult {
  /** The new training data, in the training file's format. */
  text: string;
  /** Data rows of the new training data. */
  rows: number;
  /** Window rows added. */
  added: number;
  /** Training rows dropped from the start (replace-oldest). */
  dropped: number;
  /** Window rows left out because the window alone is larger than the training data (replace-oldest). */
  windowSkipped: number;
}

interface Record_ {
  /** Physical line (1-based) on which the record starts. */
  line: number;
  fields: string[];
}

/** Splits text into physical lines with their terminators, counting CRLF once as the CSV parser does. */
function physicalLines(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\n|\r)|[^\r\n]+$/g) ?? [];
}

function eolOf(text: string): string {
  const m = /\r\n|\n|\r/.exec(text);
  return m ? m[0] : '\n';
}

function parseDelimited(d: DataText, delimiter: string): Record_[] {
  const out: Record_[] = [];
  const p = new CsvParser({ delimiter, file: d.file, onRecord: (fields, line) => out.push({ line, fields }) });
  p.write(d.text);
  p.end();
  return out;
}

function quoteField(v: string, delimiter: string): string {
  return v.includes(delimiter) || /["\r\n]/.test(v) || v !== v.trim() ? `"${v.replace(/"/g, '""')}"` : v;
}

/** How many rows stay, how many are dropped from the training data and left out of the window. */
function plan(n: number, m: number, policy: WindowPolicy): { drop: number; skip: number } {
  if (policy === 'append') return { drop: 0, skip: 0 };
  const skip = Math.max(0, m - n);
  return { drop: Math.min(n, m), skip };
}

/** The text from physical line `line` (1-based) to the end. */
function fromLine(text: string, line: number): string {
  return physicalLines(text).slice(line - 1).join('');
}

function withTrailingEol(text: string, eol: string): string {
  return text === '' || /[\r\n]$/.test(text) ? text : text + eol;
}

function addDelimited(training: DataText, window: DataText, policy: WindowPolicy, delimiter: string): WindowResult {
  const t = parseDelimited(training, delimiter);
  const w = parseDelimited(window, delimiter);
  if (t.length === 0) throw new DataError(`${training.file}: empty, no header row`, training.file);
  if (w.length === 0) throw new DataError(`${window.file}: empty, no header row`, window.file);
  const header = t[0].fields;
  const wHeader = w[0].fields;
  const dup = header.find((c, i) => header.indexOf(c) !== i);
  if (dup !== undefined) throw new DataError(`${training.file}: column ${showName(dup)} appears twice in the header`, training.file, t[0].line);
  const order = header.map((c) => wHeader.indexOf(c));
  const missing = header.find((_, i) => order[i] < 0);
  if (missing !== undefined) throw new DataError(`${window.file}: the window has no column ${showName(missing)}, which the training data ${training.file} has`, window.file, w[0].line);
  const extra = wHeader.find((c) => !header.includes(c));
  if (extra !== undefined) throw new DataError(`${window.file}: column ${showName(extra)} is not in the training data ${training.file}`, window.file, w[0].line);
  for (const r of w.slice(1)) {
    if (r.fields.length !== wHeader.length) {
      throw new DataError(`${window.file}, line ${r.line}: ${r.fields.length} fields, the header has ${wHeader.length}`, window.file, r.line);
    }
  }
  const n = t.length - 1;
  const m = w.length - 1;
  const { drop, skip } = plan(n, m, policy);
  const eol = eolOf(training.text);
  const lines = physicalLines(training.text);
  const headerText = lines.slice(t[0].line - 1, (t[1]?.line ?? lines.length + 1) - 1).join('');
  // Rows kept: from the record after the dropped ones to the end of the file, verbatim.
  const kept = drop < n ? fromLine(training.text, t[1 + drop].line) : '';
  const added = w.slice(1 + skip).map((r) => order.map((j) => quoteField(r.fields[j], delimiter)).join(delimiter) + eol);
  const body = drop === 0 ? withTrailingEol(training.text, eol) : withTrailingEol(headerText, eol) + withTrailingEol(kept, eol);
  return { text: body + added.join(''), rows: n - drop + added.length, added: added.length, dropped: drop, windowSkipped: skip };
}

function parseJsonLines(d: DataText): { line: number; text: string; keys: string[] }[] {
  const out: { line: number; text: string; keys: string[] }[] = [];
  physicalLines(d.text).forEach((raw, i) => {
    const s = raw.replace(/[\r\n]+$/, '');
    if (s.trim() === '') return;
    let v: unknown;
    try {
      v = JSON.parse(s);
    } catch (e) {
      throw new DataError(`${d.file}, line ${i + 1}: not JSON (${(e as Error).message})`, d.file, i + 1);
    }
    if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new DataError(`${d.file}, line ${i + 1}: a row must be a JSON object`, d.file, i + 1);
    out.push({ line: i + 1, text: s, keys: Object.keys(v) });
  });
  return out;
}

function addJsonLines(training: DataText, window: DataText, policy: WindowPolicy): WindowResult {
  const t = parseJsonLines(training);
  const w = parseJsonLines(window);
  const columns = new Set(t.flatMap((r) => r.keys));
  if (columns.size > 0) {
    for (const r of w) {
      const extra = r.keys.find((k) => !columns.has(k));
      if (extra !== undefined) throw new DataError(`${window.file}, line ${r.line}: column ${showName(extra)} is not in the training data ${training.file}`, window.file, r.line);
    }
  }
  const n = t.length;
  const m = w.length;
  const { drop, skip } = plan(n, m, policy);
  const eol = eolOf(training.text);
  const kept = drop === 0 ? withTrailingEol(training.text, eol) : drop < n ? withTrailingEol(fromLine(training.text, t[drop].line), eol) : '';
  const added = w.slice(skip).map((r) => r.text + eol);
  return { text: kept + added.join(''), rows: n - drop + added.length, added: added.length, dropped: drop, windowSkipped: skip };
}

/**
 * The window cut in two by time: its newest `fraction` of rows (the last ones, rounded up) are
 * held out, to evaluate the retrained candidate and production on rows neither was trained on;
 * the older rows go to training. Both parts keep the window's header (CSV, TSV) and its text.
 */
export function splitWindow(window: DataText, fraction: number, format: TextFormat): { train: string; holdout: string; trainRows: number; holdoutRows: number } {
  if (!(fraction >= 0 && fraction < 1)) throw new ConfigurationError(`holdout must be at least 0 and less than 1, got ${fraction}`);
  const eol = eolOf(window.text);
  if (format === 'jsonl') {
    const rows = parseJsonLines(window).map((r) => r.text + eol);
    const k = Math.ceil(rows.length * fraction);
    return { train: rows.slice(0, rows.length - k).join(''), holdout: rows.slice(rows.length - k).join(''), trainRows: rows.length - k, holdoutRows: k };
  }
  const delimiter = format === 'tsv' ? '\t' : ',';
  const records = parseDelimited(window, delimiter);
  if (records.length === 0) throw new DataError(`${window.file}: empty, no header row`, window.file);
  const serialize = (r: Record_) => r.fields.map((v) => quoteField(v, delimiter)).join(delimiter) + eol;
  const head = serialize(records[0]);
  const rows = records.slice(1).map(serialize);
  const k = Math.ceil(rows.length * fraction);
  return { train: head + rows.slice(0, rows.length - k).join(''), holdout: head + rows.slice(rows.length - k).join(''), trainRows: rows.length - k, holdoutRows: k };
}

/** The training data with the window's rows added by `policy`. Throws DataError naming the file and line. */
export function addWindowRows(training: DataText, window: DataText, policy: WindowPolicy, format: TextFormat): WindowResult {
  if (!(WINDOW_POLICIES as readonly string[]).includes(policy)) {
    throw new ConfigurationError(`retrain-data must be one of ${WINDOW_POLICIES.join(', ')}; got '${String(policy)}'`);
  }
  if (format === 'jsonl') return addJsonLines(training, window, policy);
  return addDelimited(training, window, policy, format === 'tsv' ? '\t' : ',');
}
