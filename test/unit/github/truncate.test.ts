import { describe, expect, it } from 'vitest';
import { CHECK_SUMMARY_LIMIT, COMMENT_LIMIT, truncateMarkdown, truncationNote } from '../../../src/github/truncate.js';
import { ConfigurationError } from '../../../src/errors.js';
import { rng } from '../../helpers.js';

/** A random report: sections, tables, nested details, code blocks, tags over several lines. */
function randomReport(r: () => number, size: number): string {
  const out: string[] = [];
  let depth = 0;
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  while (out.join('\n').length < size) {
    const k = pick(['h', 'table', 'open', 'close', 'code', 'tag', 'para', 'list']);
    if (k === 'h') out.push('', `## Section ${out.length}`, '');
    else if (k === 'table') out.push('| a | b |', '|---|---|', ...Array.from({ length: 1 + Math.floor(r() * 40) }, (_, i) => `| ${i} | ${'v'.repeat(Math.floor(r() * 30))} |`), '');
    else if (k === 'open') {
      out.push(`<details${r() < 0.5 ? ' open' : ''}><summary>More ${depth}</summary>`, '');
      depth++;
    } else if (k === 'close' && depth > 0) {
      out.push('', '</details>', '');
      depth--;
    } else if (k === 'code') out.push('```', ...Array.from({ length: 1 + Math.floor(r() * 20) }, () => '<details> x </details> <b'), '```');
    else if (k === 'tag') out.push(`<img src="c.svg"`, `  alt="${'a'.repeat(Math.floor(r() * 80))}"`, `  width="10">`);
    else if (k === 'para') out.push('word '.repeat(1 + Math.floor(r() * 60)));
    else out.push(...Array.from({ length: 1 + Math.floor(r() * 10) }, (_, i) => `- item ${i} \`<x\``));
  }
  while (depth-- > 0) out.push('', '</details>');
  return out.join('\n') + '\n';
}

/** Opening minus closing details tags outside code blocks. */
function openDetails(s: string): number {
  let n = 0;
  let code = false;
  for (const line of s.split('\n')) {
    if (line.startsWith('```')) code = !code;
    else if (!code) n += count(line, /<details[ >]/g) - count(line, /<\/details>/g);
  }
  return n;
}

const URL_ = 'https://github.com/o/r/actions/runs/42';

function count(s: string, re: RegExp): number {
  return (s.match(re) ?? []).length;
}

describe('truncateMarkdown', () => {
  it('returns text that fits unchanged', () => {
    const t = 'x'.repeat(100);
    expect(truncateMarkdown(t, { limit: 100 })).toEqual({ text: t, truncated: false, kept: 100 });
    expect(COMMENT_LIMIT).toBe(65536);
    expect(CHECK_SUMMARY_LIMIT).toBe(65535);
  });

  it('cuts at a line end, stays within the limit and links the full report', () => {
    const lines = Array.from({ length: 5000 }, (_, i) => `line ${i} ${'y'.repeat(20)}`);
    const text = lines.join('\n') + '\n';
    const r = truncateMarkdown(text, { limit: COMMENT_LIMIT, fullReportUrl: URL_ });
    expect(r.truncated).toBe(true);
    expect(r.text.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(r.text.length).toBeGreaterThan(COMMENT_LIMIT - 4096 - 300);
    const body = r.text.slice(0, r.kept);
    expect(text.startsWith(body)).toBe(true);
    expect(body.endsWith('\n')).toBe(true);
    expect(r.text).toContain(`[${URL_}](${URL_})`);
    expect(r.text).toContain("GitHub's limit of 65,536 characters");
  });

  it('never cuts inside a table row and ends the table before the note', () => {
    const header = '| metric | baseline | candidate |\n|---|---:|---:|\n';
    const rows = Array.from({ length: 400 }, (_, i) => `| m${i} | 0.${i} | 0.${i + 1} |`).join('\n');
    const text = `## Metrics\n\n${header}${rows}\n`;
    const r = truncateMarkdown(text, { limit: 5000 });
    expect(r.truncated).toBe(true);
    expect(r.text.length).toBeLessThanOrEqual(5000);
    const kept = r.text.slice(0, r.kept);
    for (const line of kept.split('\n').filter((l) => l.startsWith('|'))) expect(line).toMatch(/^\|.*\|$/);
    // A blank line separates the last row from the note, so the note is not read as a row.
    expect(r.text).toMatch(/\|\n\n> \*\*Truncated:\*\*/);
    expect(r.text).toContain("in the workflow run's artifacts");
  });

  it('closes every open <details>, and does not count details inside code', () => {
    const inner = Array.from({ length: 300 }, (_, i) => `- item ${i}`).join('\n');
    const text = [
      '<details><summary>Outer</summary>',
      '',
      '```html',
      '<details>not a real one</details><details>',
      '```',
      '',
      '<details open>',
      '<summary>Inner</summary>',
      '',
      inner,
      '',
      '</details>',
      '</details>',
      '',
    ].join('\n');
    const r = truncateMarkdown(text, { limit: 1500 });
    expect(r.truncated).toBe(true);
    expect(r.text.length).toBeLessThanOrEqual(1500);
    const kept = r.text.slice(0, r.kept);
    // Kept: two real open elements, plus the code block's two opening and one closing tag.
    expect(count(kept, /<details[ >]/g) - count(kept, /<\/details>/g)).toBe(2 + 2 - 1);
    // Only the two real ones are closed.
    expect(count(r.text, /<\/details>/g) - count(kept, /<\/details>/g)).toBe(2);
    expect(r.text.indexOf('</details>', r.kept)).toBeLessThan(r.text.indexOf('> **Truncated:**'));
  });

  it('never cuts inside an HTML tag that spans lines, nor inside an HTML comment', () => {
    const text = ['intro', '<img src="chart.svg"', ` alt="${'a'.repeat(200)}"`, ' width="600">', 'after', '<!--', 'c'.repeat(300), '-->', 'tail '.repeat(100)].join('\n');
    for (let limit = 240; limit < text.length; limit += 37) {
      const r = truncateMarkdown(text, { limit });
      expect(r.text.length).toBeLessThanOrEqual(limit);
      const kept = r.text.slice(0, r.kept);
      expect(count(kept, /</g)).toBe(count(kept, />/g));
      expect(count(kept, /<!--/g)).toBe(count(kept, /-->/g));
    }
  });

  it('closes an open code fence', () => {
    const text = 'Log:\n\n```text\n' + Array.from({ length: 200 }, (_, i) => `row ${i}`).join('\n') + '\n```\n\nafter\n';
    const r = truncateMarkdown(text, { limit: 600 });
    expect(r.text.length).toBeLessThanOrEqual(600);
    expect(count(r.text, /^```/gm) % 2).toBe(0);
  });

  it('prefers a section boundary close to the limit', () => {
    const section = (n: number) => `## Section ${n}\n\n${'word '.repeat(30)}\n${'more '.repeat(30)}\n\n`;
    const text = Array.from({ length: 40 }, (_, i) => section(i)).join('');
    const r = truncateMarkdown(text, { limit: 3000 });
    expect(text.slice(r.kept).startsWith('## Section')).toBe(true);
  });

  it('keeps surrogate pairs whole (cuts are at line ends)', () => {
    const text = Array.from({ length: 200 }, () => '📈'.repeat(10)).join('\n');
    const r = truncateMarkdown(text, { limit: 1000 });
    expect(r.text.length).toBeLessThanOrEqual(1000);
    expect(r.text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('keeps its promises on random reports (seeded)', () => {
    const r = rng(7);
    for (let t = 0; t < 200; t++) {
      const text = randomReport(r, 2000 + Math.floor(r() * 20000));
      const limit = 600 + Math.floor(r() * text.length);
      const out = truncateMarkdown(text, { limit, fullReportUrl: 'https://x.test/r' });
      expect(out.text.length).toBeLessThanOrEqual(limit);
      if (!out.truncated) continue;
      expect(text.startsWith(out.text.slice(0, out.kept))).toBe(true);
      expect(openDetails(out.text)).toBe(0);
      expect(count(out.text, /^```/gm) % 2).toBe(0);
      const kept = out.text.slice(0, out.kept);
      expect(kept === '' || kept.endsWith('\n')).toBe(true);
    }
  });

  it('checks the full report URL', () => {
    expect(() => truncationNote(100, 'javascript:alert(1)')).toThrow(ConfigurationError);
    expect(() => truncationNote(100, 'not a url')).toThrow(ConfigurationError);
    expect(truncationNote(100, 'https://x.test/a b(c)')).toContain('https://x.test/a%20b%28c%29');
  });
});
