// The --html pages in a real browser: Debian's chromium, driven by puppeteer-core, opens each page
// from a file URL; no console error, no request but the page itself, the charts are drawn, hostile
// names run nothing. Screenshots are kept in test-artifacts/screenshots/ (gitignored).
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import puppeteer, { type Browser } from 'puppeteer-core';
import { commands } from '../../src/actions/registry.js';
import { memoryLogger } from '../../src/lib/logger.js';
import { htmlReport } from '../../src/report/html/report.js';
import { ROOT, WEATHER, inputsFor, tempDir } from '../helpers.js';
import { binaryEvaluation, hostileComparison, hostileDataReport, EVIL } from '../unit/report/fixtures.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = join(ROOT, 'test-artifacts/screenshots');
const present = existsSync(CHROMIUM);
if (!present) {
  console.warn(`\n${'!'.repeat(78)}\n!! ${CHROMIUM} is absent: the browser tests of the HTML reports are SKIPPED.\n!! Install it (apt-get install -y chromium; .ci/run does) to run them.\n${'!'.repeat(78)}\n`);
}

async function runAction(name: string, values: Record<string, string>) {
  const def = await commands[name]();
  return def.run(def.parse(inputsFor(name, values)), memoryLogger());
}

interface Visit {
  errors: string[];
  requests: string[];
  dialogs: string[];
  count: (selector: string) => Promise<number>;
  attr: (selector: string, name: string) => Promise<(string | null)[]>;
}

describe.skipIf(!present)('HTML reports in chromium', () => {
  let browser: Browser;
  const dir = tempDir('mg-html-');

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  async function visit(file: string, shot: string): Promise<Visit> {
    const page = await browser.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    const dialogs: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warn') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('request', (r) => requests.push(r.url()));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.setViewport({ width: 1150, height: 900 });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    await page.screenshot({ path: join(SHOTS, `${shot}.png`), fullPage: true });
    return {
      errors,
      requests: requests.filter((u) => u !== pathToFileURL(file).href),
      dialogs,
      count: (sel) => page.$$eval(sel, (els) => els.length),
      attr: (sel, name) => page.$$eval(sel, (els, n) => els.map((e) => e.getAttribute(n)), name),
    };
  }

  const clean = (v: Visit) => {
    expect(v.errors).toEqual([]);
    expect(v.requests).toEqual([]);
    expect(v.dialogs).toEqual([]);
  };

  it('run: one page for the weather pipeline (data, two evaluations, comparison)', async () => {
    const work = join(dir, 'weather');
    cpSync(WEATHER, work, { recursive: true, filter: (p) => !/\/(out|\.modelgate)(\/|$)/.test(p.slice(WEATHER.length)) });
    const html = join(dir, 'pipeline.html');
    const result = await runAction('run', { path: work, html });
    expect(result.passed).toBe(true);
    const v = await visit(html, 'run-weather');
    clean(v);
    expect(await v.count('section#comparison svg.chart.deltas circle.est')).toBe(3);
    expect(await v.count('section#data svg.chart.histogram')).toBeGreaterThanOrEqual(4);
    // Drifted numeric columns overlay the reference.
    expect(await v.count('section#data rect.bar.reference')).toBeGreaterThan(20);
    expect(await v.count('svg.chart.confusion')).toBe(2);
    expect(await v.count('svg.chart.confusion rect.cell')).toBe(2 * 25);
  });

  it('evaluate-model: ROC, precision-recall, reliability, confusion matrix and slices of a binary model', async () => {
    const html = join(dir, 'evaluation.html');
    await runAction('evaluate-model', {
      model: join(ROOT, 'test/fixtures/models/mixed_columns.onnx'),
      data: join(ROOT, 'test/fixtures/models/customers.csv'),
      label: 'churned',
      'slice-by': 'region plan',
      out: join(dir, 'evaluation.json'),
      html,
    });
    const v = await visit(html, 'evaluate-model-binary');
    clean(v);
    const roc = await v.attr('svg.chart.roc path.series', 'data-points');
    expect(roc).toHaveLength(1);
    expect(Number(roc[0])).toBeGreaterThan(20);
    expect(await v.count('svg.chart.pr path.series')).toBe(1);
    expect(await v.count('svg.chart.reliability circle.est')).toBeGreaterThan(5);
    expect(await v.count('svg.chart.confusion rect.cell')).toBe(4);
    // all rows + 4 regions + 2 plans, for two metrics.
    expect(await v.count('svg.chart.slices circle.est')).toBe(2 * 7);
  });

  it('validate-data and compare-to-baseline pages, each on its own', async () => {
    const vd = join(dir, 'data.html');
    await runAction('validate-data', { data: join(WEATHER, 'data/weather-2015.csv'), reference: join(WEATHER, 'data/weather-2012-2014.csv'), 'fail-on': 'never', report: join(dir, 'dr.json'), html: vd });
    const v1 = await visit(vd, 'validate-data');
    clean(v1);
    expect(await v1.count('svg.chart.histogram')).toBeGreaterThanOrEqual(4);

    const cand = join(dir, 'c.json');
    const ev = binaryEvaluation(3000, 5, ['a', 'b']);
    writeFileSync(cand, JSON.stringify(ev));
    const cmp = join(dir, 'compare.html');
    await runAction('compare-to-baseline', { candidate: cand, gates: 'metrics: { accuracy: { min: 0.5 } }', out: join(dir, 'cmp.json'), 'comment-file': join(dir, 'cmp.md'), html: cmp, comment: 'false' });
    const v2 = await visit(cmp, 'compare-to-baseline');
    clean(v2);
    expect(await v2.count('section#comparison')).toBe(1);
    expect(await v2.count('svg.chart.roc')).toBe(1);
  });

  it('hostile names and values: shown as text, nothing runs, nothing loads', async () => {
    const file = join(dir, 'hostile.html');
    writeFileSync(file, htmlReport({ title: `t${EVIL}`, dataReport: hostileDataReport(), evaluations: [{ name: EVIL, evaluation: binaryEvaluation(2000, 1, [EVIL]) }], comparison: hostileComparison() }));
    const v = await visit(file, 'hostile');
    clean(v);
    expect(await v.count('script, img, iframe, object, embed, link')).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('&lt;script&gt;');
    expect(await v.count('svg.chart.deltas line.ci.fail')).toBe(1);
  });
});
