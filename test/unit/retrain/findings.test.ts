// What acting reads from monitor-report.json (the fixtures are reports the real monitor wrote:
// scripts/fixtures/retrain_reports.sh): strict about the fields it uses, silent about the rest;
// what each finding leads to; and the pull request's and issue's text with the report's strings
// escaped. The fixtures must stay valid monitor reports, so the two halves cannot drift apart.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nextStep, readFindings } from '../../../src/retrain/findings.js';
import { issueBody, pullRequestBody, retrainTitle } from '../../../src/report/retrain.js';
import { assertArtifact } from '../../../src/schemas/validate.js';
import { ROOT } from '../../helpers.js';

const FIX = join(ROOT, 'test/fixtures/retrain');
const fixture = (name: string) => readFileSync(join(FIX, name), 'utf8');
const doc = (name: string) => JSON.parse(fixture(name));
const base = { finding: 'act', drift: { columns: [] }, predictionDrift: { classes: null, score: null }, decay: { labelled: 40, tests: [] } };

describe('the fixtures', () => {
  it('are valid monitor reports (schema src/schemas/monitor-report.schema.json)', () => {
    const reports = readdirSync(FIX).filter((f) => /^report-.*\.json$/.test(f));
    expect(reports.sort()).toEqual(['report-act-hostile.json', 'report-act-labelled.json', 'report-act-unlabelled.json', 'report-none.json']);
    for (const f of reports) expect(() => assertArtifact('monitor-report', doc(f), f)).not.toThrow();
  });
});

describe('readFindings', () => {
  it('keeps the drifted features, the prediction shift and the decayed metrics, in the report\'s numbers', () => {
    const r = doc('report-act-labelled.json');
    const f = readFindings(fixture('report-act-labelled.json'));
    expect(f.finding).toBe('act');
    expect(f.labelled).toBe(true);
    const features = r.drift.columns.filter((c: { drifted: boolean }) => c.drifted);
    expect(f.drifted.map((d) => d.column)).toEqual([...features.map((c: { column: string }) => c.column), 'prediction: class shares']);
    expect(f.drifted[0]).toEqual({ column: features[0].column, test: features[0].test, statistic: features[0].statistic, pValue: features[0].pValue, threshold: features[0].threshold });
    const decayed = r.decay.tests.filter((t: { decayed: boolean }) => t.decayed);
    expect(decayed.length).toBeGreaterThan(0);
    expect(f.decay).toEqual(decayed.map((t: Record<string, unknown>) => ({ metric: t.metric, test: t.test, production: t.reference, window: t.current, pValue: t.pValueAdjusted })));
    expect(f.window).toEqual({ from: undefined, to: r.window.to, rows: 300 });
    expect(f.model).toEqual({ reference: 'oci-layout://registry/weather:production', version: 'v1' });
  });

  it('labels count only when decay was tested: null, no labelled row, or skipped mean unlabelled', () => {
    expect(readFindings(fixture('report-act-unlabelled.json')).labelled).toBe(false);
    expect(readFindings(JSON.stringify(base)).labelled).toBe(true);
    expect(readFindings(JSON.stringify({ ...base, decay: null })).labelled).toBe(false);
    expect(readFindings(JSON.stringify({ ...base, decay: { labelled: 0, tests: [] } })).labelled).toBe(false);
    expect(readFindings(JSON.stringify({ ...base, decay: { labelled: 12, skipped: 'only 12 labelled rows (min-labelled-rows: 30)', tests: [] } })).labelled).toBe(false);
  });

  it('names prediction drift of the score', () => {
    const score = { column: 'score', test: 'ks', statistic: 0.3, pValue: 0.001, threshold: 0.05, drifted: true };
    expect(readFindings(JSON.stringify({ ...base, predictionDrift: { classes: null, score } })).drifted).toEqual([{ column: 'prediction: score', test: 'ks', statistic: 0.3, pValue: 0.001, threshold: 0.05 }]);
  });

  it('ignores fields it does not read, so the report can grow', () => {
    expect(readFindings(JSON.stringify({ ...base, history: [], predictionDrift: { classes: null, score: null, anything: 1 } })).drifted).toEqual([]);
  });

  it('refuses a report it cannot trust, naming the file and the field', () => {
    const bad = (d: unknown) => () => readFindings(JSON.stringify(d), 'r.json');
    const col = (x: object) => ({ ...base, drift: { columns: [{ column: 'a', test: 'ks', statistic: 1, drifted: true, ...x }] } });
    expect(() => readFindings('{', 'r.json')).toThrow(/^r\.json: not JSON/);
    expect(bad({ ...base, finding: 'panic' })).toThrow('r.json: finding must be one of none, warn, act');
    expect(bad({ ...base, decay: { labelled: 'yes' } })).toThrow('r.json: decay.labelled must be a finite number');
    expect(bad({ ...base, decay: [] })).toThrow('r.json: decay must be an object');
    expect(bad(col({ statistic: 'NaN' }))).toThrow('r.json: drift.columns[0].statistic must be a finite number');
    expect(bad(col({ column: 'x'.repeat(301) }))).toThrow(/drift\.columns\[0\]\.column must be a string of at most 300/);
    expect(bad(col({ drifted: 'yes' }))).toThrow('r.json: drift.columns[0].drifted must be true or false');
    expect(bad({ ...base, predictionDrift: { classes: { test: 'ks', drifted: 1 } } })).toThrow('r.json: predictionDrift.classes.drifted must be true or false');
    expect(bad({ ...base, decay: { labelled: 40, tests: [{ metric: 'accuracy', test: 't', reference: 0.8, current: '0.5', decayed: true }] } })).toThrow('r.json: decay.tests[0].current must be a finite number');
    expect(bad({ ...base, window: { to: 7 } })).toThrow(/window\.to must be a string/);
    expect(bad({ ...base, kind: 'comparison' })).toThrow(/kind must be 'monitor-report'/);
  });
});

describe('nextStep: what each finding does', () => {
  it('act with labels: a pull request; act without: an issue; warn and none: nothing', () => {
    expect(nextStep(readFindings(fixture('report-act-labelled.json')))).toBe('pull-request');
    expect(nextStep(readFindings(fixture('report-act-unlabelled.json')))).toBe('issue');
    expect(nextStep(readFindings(fixture('report-none.json')))).toBe('none');
    expect(nextStep(readFindings(JSON.stringify({ ...base, finding: 'warn' })))).toBe('none');
  });
});

describe('the pull request and issue text', () => {
  const f = readFindings(fixture('report-act-hostile.json'));
  it('escapes every string from the report; titles are one plain line with mentions defused', () => {
    expect(f.drifted.map((d) => d.column)).toContain('<img src=x onerror=alert(1)> @octocat [x](http://evil)');
    for (const body of [pullRequestBody(f, { files: ['data/train.csv'], reportPath: 'monitoring/monitor-report.json', checkName: 'modelgate' }), issueBody(f)]) {
      expect(body).not.toMatch(/<img|\]\(http|@octocat/);
      expect(body).toContain('&lt;img src=x onerror=alert&#40;1&#41;&gt;');
    }
    const t = retrainTitle(f, 'pull-request');
    expect(t).not.toMatch(/[\n\r]|@octocat/);
    expect(t.startsWith('Retrain oci-layout://registry/weather:production: 3 drifted columns (precipitation, <img')).toBe(true);
    const one = { ...base, decay: null, drift: { columns: [{ column: 'a\nb', test: 'ks', statistic: 1, threshold: 0.05, drifted: true }] } };
    expect(retrainTitle(readFindings(JSON.stringify(one)), 'issue')).toBe('Drift in production data of the production model: 1 drifted column (a b)');
  });
  it('says what changed, how, and where the verdict is', () => {
    const body = pullRequestBody(f, { files: ['data/train.csv'], reportPath: 'monitoring/monitor-report.json', checkName: 'modelgate', retrainData: 'replace-oldest' });
    expect(body).toContain('- `data/train.csv`');
    expect(body).toContain('(`replace-oldest`)');
    expect(body).toContain('the `modelgate` check');
    expect(body).toMatch(/\| accuracy \| 0\.7281 \| 0\.35 \| -0\.3781 \|/);
  });
});
