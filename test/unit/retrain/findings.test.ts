// What acting reads from monitor-report.json: strict about the fields it uses, silent about the rest;
// what each finding leads to; and the pull request's and issue's text with the report's strings escaped.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nextStep, readFindings } from '../../../src/retrain/findings.js';
import { issueBody, pullRequestBody, retrainTitle } from '../../../src/report/retrain.js';
import { ROOT } from '../../helpers.js';

const FIX = join(ROOT, 'test/fixtures/retrain');
const fixture = (name: string) => readFileSync(join(FIX, name), 'utf8');
const base = { finding: 'act', labelled: true, drift: [], decay: [] };

describe('readFindings', () => {
  it('keeps the drifted columns and decayed metrics only, and the policy', () => {
    const f = readFindings(fixture('report-act-labelled.json'));
    expect(f.finding).toBe('act');
    expect(f.drifted.map((d) => d.column)).toEqual(['temp_max', 'temp_min', expect.stringContaining('<img')]);
    expect(f.decay).toEqual([{ metric: 'accuracy', test: 'two-proportion z-test', production: 0.784, window: 0.571, pValue: 0.03 }]);
    expect(f.retrain).toEqual({ data: 'append' });
    expect(f.window).toEqual({ start: '2016-01-01', end: '2016-01-07', rows: 7 });
  });

  it('ignores fields it does not read, so the report can grow', () => {
    expect(readFindings(JSON.stringify({ ...base, predictionDrift: { anything: 1 }, history: [] })).drifted).toEqual([]);
  });

  it('refuses a report it cannot trust, naming the file and the field', () => {
    const bad = (doc: unknown) => () => readFindings(JSON.stringify(doc), 'r.json');
    expect(() => readFindings('{', 'r.json')).toThrow(/^r\.json: not JSON/);
    expect(bad({ ...base, finding: 'panic' })).toThrow('r.json: finding must be one of none, warn, act');
    expect(bad({ ...base, labelled: 'yes' })).toThrow('r.json: labelled must be true or false');
    expect(bad({ ...base, drift: [{ column: 'a', test: 'ks', statistic: 'NaN', drifted: true }] })).toThrow('r.json: drift[0].statistic must be a finite number');
    expect(bad({ ...base, drift: [{ column: 'x'.repeat(301), test: 'ks', statistic: 1, drifted: true }] })).toThrow(/drift\[0\]\.column must be a string of at most 300/);
    expect(bad({ ...base, retrain: { data: 'prepend' } })).toThrow('r.json: retrain.data must be one of append, replace-oldest');
    expect(bad({ ...base, kind: 'comparison' })).toThrow(/kind must be 'monitor-report'/);
  });
});

describe('nextStep: what each finding does', () => {
  it('act with labels: a pull request; act without: an issue; warn and none: nothing', () => {
    expect(nextStep(readFindings(JSON.stringify(base)))).toBe('pull-request');
    expect(nextStep(readFindings(JSON.stringify({ ...base, labelled: false })))).toBe('issue');
    expect(nextStep(readFindings(JSON.stringify({ ...base, finding: 'warn' })))).toBe('none');
    expect(nextStep(readFindings(JSON.stringify({ ...base, finding: 'none', labelled: false })))).toBe('none');
  });
});

describe('the pull request and issue text', () => {
  const f = readFindings(fixture('report-act-labelled.json'));
  it('escapes every string from the report; titles are one plain line with mentions defused', () => {
    for (const body of [pullRequestBody(f, { files: ['data/train.csv'], reportPath: 'monitoring/monitor-report.json', checkName: 'modelgate' }), issueBody(f)]) {
      expect(body).not.toMatch(/<img|\]\(http|@octocat/);
      expect(body).toContain('&lt;img src=x onerror=alert&#40;1&#41;&gt;');
    }
    const t = retrainTitle(f, 'pull-request');
    expect(t).not.toMatch(/[\n\r]|@octocat/);
    expect(t.startsWith('Retrain oci-layout://registry/weather:production: 3 drifted columns')).toBe(true);
    expect(retrainTitle(readFindings(JSON.stringify({ ...base, labelled: false, drift: [{ column: 'a\nb', test: 'ks', statistic: 1, drifted: true }] })), 'issue')).toBe(
      'Drift in production data of the production model: 1 drifted column (a b)',
    );
  });
  it('says what changed and where the verdict is', () => {
    const body = pullRequestBody(f, { files: ['data/train.csv'], reportPath: 'monitoring/monitor-report.json', checkName: 'modelgate' });
    expect(body).toContain('- `data/train.csv`');
    expect(body).toContain('(`append`)');
    expect(body).toContain('the `modelgate` check');
  });
});
