/**
 * Markdown built from data. Anything that came from a data file or a pull request (column names,
 * category values, messages quoting cells) goes through `esc`, which neutralises markdown and HTML
 * so a crafted value cannot inject links, images, mentions, HTML or break a table.
 */

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '|': '&#124;',
  '\\': '&#92;',
  '`': '&#96;',
  '*': '&#42;',
  _: '&#95;',
  '[': '&#91;',
  ']': '&#93;',
  '(': '&#40;',
  ')': '&#41;',
  '#': '&#35;',
  '~': '&#126;',
  '@': '&#64;',
  '!': '&#33;',
  ':': '&#58;',
};

/** Escapes untrusted text for a markdown table cell or line; newlines and other control characters become spaces; long text is cut. */
export function esc(value: unknown, max = 120): string {
  let s = value === null || value === undefined ? '' : String(value);
  // eslint-disable-next-line no-control-regex
  s = s.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ');
  if (s.length > max) s = s.slice(0, max - 1) + '…';
  return s.replace(/[&<>|\\`*_[\]()#~@!:]/g, (c) => ESCAPES[c]);
}

/** A markdown table; cells must already be escaped or be trusted markup. */
export function table(header: string[], rows: string[][], align?: ('l' | 'r')[]): string {
  const sep = header.map((_, i) => (align?.[i] === 'r' ? '---:' : '---'));
  return [header, sep, ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

/** A collapsed section (renders on GitHub). */
export function details(summary: string, body: string, open = false): string {
  return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

/** Formats a number for people: fixed significant digits, no exponent for ordinary magnitudes. */
export function fmt(x: number | null | undefined, digits = 4): string {
  if (x === null || x === undefined) return '–';
  if (!Number.isFinite(x)) return x > 0 ? '∞' : x < 0 ? '−∞' : 'n/a';
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a >= 1e6 || a < 1e-4) return x.toExponential(digits - 1);
  if (Number.isInteger(x)) return String(x);
  return String(Number(x.toPrecision(digits)));
}

export function pct(x: number, digits = 1): string {
  return `${(x * 100).toFixed(digits)}%`;
}

/** Text in a code span: entities would show literally there, so backticks and line breaks are dropped instead. */
export function code(value: unknown, max = 200): string {
  let s = value === null || value === undefined ? '' : String(value).replace(/[`\r\n\t]+/g, ' ');
  if (s.length > max) s = s.slice(0, max - 1) + '…';
  return '`' + s + '`';
}
