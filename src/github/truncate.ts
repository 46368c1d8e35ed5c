/**
 * Cutting markdown to GitHub's size limits without breaking it. GitHub rejects a comment body over
 * 65,536 characters and a check run summary over 65,535 (422 "body is too long"), so a long report
 * is cut at a line end, preferably a section boundary (before a heading or a `<details>`), never
 * inside an HTML tag, an HTML comment or a table row; an open code fence is closed, every open
 * `<details>` gets its `</details>`, and a note says the report was truncated and where the full
 * one is.
 *
 * Lengths are UTF-16 code units (JavaScript's `length`), which is never less than the number of
 * characters GitHub counts, so a text that fits here fits there. Cuts fall on line ends, so a
 * surrogate pair is never split.
 */
import { ConfigurationError } from '../errors.js';

/** GitHub's limit for an issue or pull request comment body. */
export const COMMENT_LIMIT = 65536;
/** GitHub's limit for a check run's `output.summary` (and `output.text`). */
export const CHECK_SUMMARY_LIMIT = 65535;

export interface TruncateOptions {
  /** Maximum length of the result. */
  limit: number;
  /** Where the full report is (the run's page, an artifact): linked from the note. */
  fullReportUrl?: string;
}

export interface Truncated {
  text: string;
  truncated: boolean;
  /** Characters of the original kept (its whole length when not truncated). */
  kept: number;
}

/** Checks a URL given for the note; only http(s), with characters that would end a link escaped. */
export function linkTarget(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new ConfigurationError(`full report URL is not a URL: '${url}'`);
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') {
    throw new ConfigurationError(`full report URL must be http(s): '${url}'`);
  }
  return u.href.replace(/[()<> ]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

/** The note appended to a truncated text. */
export function truncationNote(limit: number, fullReportUrl?: string): string {
  const where = fullReportUrl
    ? `The full report: [${linkTarget(fullReportUrl)}](${linkTarget(fullReportUrl)}).`
    : "The full report is in the workflow run's artifacts.";
  return `> **Truncated:** this report was cut to fit GitHub's limit of ${limit.toLocaleString('en-US')} characters. ${where}`;
}

interface ScanState {
  /** The fence that opened the current code block (```` ``` ````, `~~~~`), or null. */
  fence: string | null;
  /** Open `<details>` elements outside code. */
  details: number;
  /** Inside an HTML tag that has not reached its `>`. */
  inTag: boolean;
  tagName: string;
  quote: string | null;
  /** Inside `<!-- ... -->`. */
  inComment: boolean;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Advances the state over one line (without its newline). */
function scanLine(s: ScanState, line: string): void {
  if (s.fence !== null && !s.inTag && !s.inComment) {
    const m = FENCE.exec(line);
    if (m && m[1][0] === s.fence[0] && m[1].length >= s.fence.length && line.slice(m[0].length).trim() === '') s.fence = null;
    return;
  }
  if (!s.inTag && !s.inComment) {
    const m = FENCE.exec(line);
    if (m && !(m[1][0] === '`' && line.slice(m[0].length).includes('`'))) {
      s.fence = m[1];
      return;
    }
  }
  if (line.trim() === '' && s.inTag) {
    // CommonMark: a tag cannot span a blank line, so whatever opened it was not a tag.
    s.inTag = false;
    s.quote = null;
  }
  let i = 0;
  while (i < line.length) {
    if (s.inComment) {
      const end = line.indexOf('-->', i);
      if (end < 0) return;
      s.inComment = false;
      i = end + 3;
      continue;
    }
    const c = line[i];
    if (s.inTag) {
      if (s.quote) {
        if (c === s.quote) s.quote = null;
      } else if (c === '"' || c === "'") {
        s.quote = c;
      } else if (c === '>') {
        s.inTag = false;
        if (s.tagName === 'details') s.details++;
        else if (s.tagName === '/details') s.details = Math.max(0, s.details - 1);
      }
      i++;
      continue;
    }
    if (c === '\\') {
      i += 2;
      continue;
    }
    if (c === '`') {
      let n = 1;
      while (line[i + n] === '`') n++;
      const run = '`'.repeat(n);
      let j = line.indexOf(run, i + n);
      while (j >= 0 && line[j + n] === '`') {
        let k = j;
        while (line[k] === '`') k++;
        j = line.indexOf(run, k);
      }
      i = j >= 0 ? j + n : i + n;
      continue;
    }
    if (c === '<') {
      if (line.startsWith('<!--', i)) {
        s.inComment = true;
        i += 4;
        continue;
      }
      const m = /^<(\/?)([A-Za-z][A-Za-z0-9-]*)/.exec(line.slice(i, i + 64));
      if (m) {
        s.inTag = true;
        s.quote = null;
        s.tagName = m[1] + m[2].toLowerCase();
        i += m[0].length;
        continue;
      }
    }
    i++;
  }
}

function closingLength(s: ScanState): number {
  // "```\n" for an open fence, "\n</details>\n" per open details element.
  return (s.fence !== null ? s.fence.length + 1 : 0) + s.details * '\n</details>\n'.length;
}

function closing(s: ScanState): string {
  return (s.fence !== null ? s.fence + '\n' : '') + '\n</details>\n'.repeat(s.details);
}

/**
 * Cuts `text` to at most `limit` characters at a clean boundary and appends the truncation note;
 * returns it unchanged when it fits.
 */
export function truncateMarkdown(text: string, options: TruncateOptions): Truncated {
  const { limit } = options;
  if (text.length <= limit) return { text, truncated: false, kept: text.length };
  const note = truncationNote(limit, options.fullReportUrl);
  // kept + (newline if kept does not end a line) + closing + "\n" + note + "\n"
  const fixed = 1 + note.length + 1;
  if (fixed + 1 > limit) throw new RangeError(`limit ${limit} is too small for the truncation note`);

  const state: ScanState = { fence: null, details: 0, inTag: false, tagName: '', quote: null, inComment: false };
  let best: { cut: number; state: ScanState } = { cut: 0, state: { ...state } };
  let preferred: { cut: number; state: ScanState } | undefined;
  let start = 0;
  while (start < text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl + 1;
    const line = text.slice(start, nl < 0 ? text.length : nl).replace(/\r$/, '');
    scanLine(state, line);
    if (end > limit) break;
    const fits = end + fixed + closingLength(state) + (nl < 0 ? 1 : 0) <= limit;
    if (fits && !state.inTag && !state.inComment) {
      best = { cut: end, state: { ...state } };
      const next = text.slice(end, text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end));
      if (state.fence === null && /^ {0,3}(#{1,6}\s|<details|<\/details>)/.test(next)) preferred = best;
    }
    start = end;
  }
  const slack = Math.min(4096, Math.floor(limit * 0.1));
  const chosen = preferred && best.cut - preferred.cut <= slack ? preferred : best;
  let kept = text.slice(0, chosen.cut);
  if (kept.length > 0 && !kept.endsWith('\n')) kept += '\n';
  const out = kept + closing(chosen.state) + '\n' + note + '\n';
  return { text: out, truncated: true, kept: chosen.cut };
}
