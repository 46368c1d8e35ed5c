// The --html page: everything from data escaped, nothing loaded, size bounded for 1M rows.
import { describe, expect, it } from 'vitest';
import { htmlReport } from '../../../src/report/html/report.js';
import { binaryEvaluation, EVIL, hostileComparison, hostileDataReport } from './fixtures.js';

describe('htmlReport', () => {
  const page = htmlReport({ title: `t${EVIL}`, dataReport: hostileDataReport(), evaluations: [{ name: `cand${EVIL}`, evaluation: binaryEvaluation(2000, 1, [EVIL, 'b']) }], comparison: hostileComparison() });

  it('escapes every text from data: no element or attribute can be injected', () => {
    expect(page).not.toContain('<script');
    expect(page).not.toContain('<img');
    // Every tag is one we write, with attributes we write.
    const TAGS = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'h1', 'h2', 'h3', 'p', 'span', 'code', 'section', 'div', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'ul', 'li', 'svg', 'text', 'line', 'rect', 'path', 'circle']);
    const ATTRS = new Set(['lang', 'charset', 'http-equiv', 'content', 'name', 'id', 'class', 'viewBox', 'width', 'height', 'role', 'aria-label', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'd', 'cx', 'cy', 'r', 'text-anchor', 'transform', 'fill-opacity', 'data-points']);
    for (const m of page.matchAll(/<([a-zA-Z][\w-]*)((?:\s+[\w:-]+="[^"]*")*)\s*\/?>/g)) {
      expect(TAGS).toContain(m[1]);
      for (const a of m[2].matchAll(/([\w:-]+)="/g)) expect(ATTRS).toContain(a[1]);
    }
    // No tag is left unparsed by the pattern above (a stray '<' followed by a letter).
    const opened = (page.match(/<[a-zA-Z]/g) ?? []).length;
    expect([...page.matchAll(/<([a-zA-Z][\w-]*)((?:\s+[\w:-]+="[^"]*")*)\s*\/?>/g)].length).toBe(opened);
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  });

  it('loads nothing: no URL, and a policy that forbids any request', () => {
    expect(page).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    const tags = page.replace(/="[^"]*"/g, '=""');
    expect(tags).not.toMatch(/<[^>]*\b(src|href)=/);
    expect(page).not.toMatch(/url\(/);
  });

  it('draws every chart the data calls for', () => {
    const count = (re: RegExp) => (page.match(re) ?? []).length;
    expect(count(/<svg class="chart roc"/g)).toBe(1);
    expect(count(/<svg class="chart pr"/g)).toBe(1);
    expect(count(/<svg class="chart reliability"/g)).toBe(1);
    expect(count(/<svg class="chart confusion"/g)).toBe(1);
    expect(count(/<rect class="cell/g)).toBe(4);
    // Numeric column drifted: reference and current overlaid (2 bins each); categorical: moved shares.
    expect(count(/<rect class="bar reference"/g)).toBe(3);
    // Per-slice charts: all rows + 2 slices, for roc_auc and accuracy; the comparison: 2 gates.
    expect(count(/<svg class="chart slices"/g)).toBe(2);
    expect(count(/<line class="ci fail"/g)).toBe(1);
    expect(count(/<path class="margin"/g)).toBe(2);
  });

  it('stays under 1 MB for a 1,000,000-row evaluation with 100 slices and 100 drifted columns', () => {
    const ev = binaryEvaluation(1_000_000, 2, Array.from({ length: 100 }, (_, i) => `v${i}`));
    // 100 drifted numeric columns of 20 bins each, the most the page draws.
    const data = hostileDataReport();
    const bins = Array.from({ length: 21 }, (_, i) => i);
    data.columns = Array.from({ length: 100 }, (_, i) => ({ ...data.columns[0], name: `c${i}`, histogram: { edges: bins, counts: bins.slice(1) } }));
    data.drift = data.columns.map((c) => ({ ...data.drift[0], column: c.name, histogram: { edges: bins, reference: bins.slice(1), current: bins.slice(1).reverse() } }));
    const big = htmlReport({ evaluations: [{ name: 'big', evaluation: ev }], comparison: hostileComparison(), dataReport: data });
    expect(ev.tables.curves!.roc.fpr.length).toBeLessThanOrEqual(1002);
    expect(Buffer.byteLength(big)).toBeLessThan(1 << 20);
    // The evaluation.json field itself stays small too.
    expect(JSON.stringify(ev.tables.curves).length).toBeLessThan(100_000);
  }, 120_000);
});

describe('htmlReport: a date column', () => {
  it('draws rows per period, its name escaped', () => {
    const data = hostileDataReport();
    const periods = ['2015-01-01', '2015-02-01', '2015-03-01'].map((start, i) => ({ start, count: [31, 0, 31][i]! }));
    data.columns = [{ ...data.columns[1]!, name: `day${EVIL}`, type: 'date', count: 62, distinct: 62, topValues: [], histogram: null, time: { min: '2015-01-01', max: '2015-03-31', zone: null, unit: 'month', periods } }];
    data.drift = [];
    const page = htmlReport({ title: 't', dataReport: data });
    expect(page).toContain('rows per month');
    expect(page).not.toContain(EVIL);
    expect((page.match(/<rect class="bar current"/g) ?? []).length).toBe(3);
    expect(page).toContain('2015-02');
  });
});
