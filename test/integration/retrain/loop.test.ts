// The loop turning with the real parts: register stores a weather model (profile, schema,
// evaluation) in an OCI layout folder; a real `modelgate serve` answers a warmer, wetter week and
// writes the capture files; the real `monitor` action reads them (with late labels, and without);
// its monitor-report.json goes to `retrain` data mode (the window's rows join the training data)
// and publish mode against the fake GitHub: one pull request with labels, one issue without.
//
// The same run writes test/fixtures/retrain/report-*.json when MODELGATE_WRITE_FIXTURES=1
// (scripts/fixtures/retrain_reports.sh), so the retrain unit and GitHub tests read reports the
// real monitor wrote.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runMain } from '../../cli.js';
import { ROOT, tempDir } from '../../helpers.js';
import { useFakeGitHub, type FakeGitHub } from '../github/fake-github.js';
import { captureTraffic, DATA, registerWeather, sample, shifted, weatherRows, type Row } from '../monitor/weather.js';
import { assertArtifact } from '../../../src/schemas/validate.js';
import type { MonitorReport } from '../../../src/monitor/report.js';

const fake = useFakeGitHub();
const FIX = join(ROOT, 'test/fixtures/retrain');
const HOSTILE = '<img src=x onerror=alert(1)> @octocat [x](http://evil)';

function env(f: FakeGitHub): void {
  Object.assign(process.env, {
    GITHUB_API_URL: f.url,
    GITHUB_TOKEN: 'ghs_default',
    GITHUB_REPOSITORY: `${f.owner}/${f.repo}`,
    GITHUB_WORKFLOW: 'scheduled retrain',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '78',
  });
}

const csv = (rows: Row[]) => ['date,precipitation,temp_max,temp_min,wind,weather', ...rows.map((r) => [r.date, r.precipitation, r.temp_max, r.temp_min, r.wind, r.weather].join(','))].join('\n') + '\n';

/** Labels that disagree with four answers in five: a world the model no longer fits. */
function flipLabels(file: string): string {
  const lines = readFileSync(file, 'utf8').trim().split('\n');
  const out = join(tempDir('mg-flipped-'), 'labels.csv');
  writeFileSync(out, [lines[0], ...lines.slice(1).map((l, i) => (i % 5 === 0 ? l : l.replace(/,(\w+)$/, (_m, w) => `,${w === 'sun' ? 'rain' : 'sun'}`)))].join('\n') + '\n');
  return out;
}

async function monitor(capture: string, model: string, labels?: string): Promise<{ path: string; report: MonitorReport; outputs: Record<string, string> }> {
  const path = join(tempDir('mg-loop-report-'), 'monitor-report.json');
  const r = await runMain(['monitor', '--data', join(capture, '*.jsonl'), '--model', model, ...(labels ? ['--labels', labels] : []), '--report', path, '--record', 'false', '--json', '--quiet']);
  expect(r.code, r.stderr).toBe(0);
  return { path, report: JSON.parse(readFileSync(path, 'utf8')), outputs: JSON.parse(r.stdout) };
}

describe('the monitoring loop, from a registered model to a pull request or an issue', () => {
  const warmRows = shifted(sample(weatherRows(), 300, 2), 8);
  let model: string;
  let labelled: Awaited<ReturnType<typeof monitor>>;
  let unlabelled: Awaited<ReturnType<typeof monitor>>;
  let calm: Awaited<ReturnType<typeof monitor>>;
  beforeAll(async () => {
    ({ model } = await registerWeather(`oci-layout://${tempDir('mg-loop-')}/reg`));
    const warm = await captureTraffic(model, warmRows, 'warm');
    const quiet = await captureTraffic(model, sample(weatherRows(), 300, 1), 'calm');
    labelled = await monitor(warm.capture, model, flipLabels(warm.labels));
    unlabelled = await monitor(warm.capture, model);
    calm = await monitor(quiet.capture, model);
    if (process.env.MODELGATE_WRITE_FIXTURES === '1') writeFixtures();
  }, 240_000);

  function writeFixtures(): void {
    const save = (name: string, doc: unknown) => writeFileSync(join(FIX, name), JSON.stringify(doc, null, 2) + '\n');
    // The model reference names a temporary folder: the fixtures carry the README's instead.
    const fixed = (r: MonitorReport): MonitorReport => ({ ...r, model: { ...r.model, reference: 'oci-layout://registry/weather:production' } });
    save('report-act-labelled.json', fixed(labelled.report));
    save('report-act-unlabelled.json', fixed(unlabelled.report));
    save('report-none.json', fixed(calm.report));
    // A capture's column names come from whoever sent the requests: one drifted feature renamed
    // to markup, everywhere the report names it.
    const hostile = JSON.parse(JSON.stringify(fixed(labelled.report)).replaceAll('temp_max', JSON.stringify(HOSTILE).slice(1, -1))) as MonitorReport;
    save('report-act-hostile.json', hostile);
  }

  it('the real reports are valid monitor reports with the findings each path needs', () => {
    for (const r of [labelled, unlabelled, calm]) assertArtifact('monitor-report', r.report, r.path);
    expect(labelled.outputs.finding).toBe('act');
    expect(labelled.report.decay).toMatchObject({ labelled: 300 });
    expect(labelled.report.decay!.tests.some((t) => t.decayed)).toBe(true);
    expect(unlabelled.report.decay).toBeNull();
    expect(calm.outputs.finding).toBe('none');
  });

  it('labelled act: data mode adds the window to the training data; publish mode opens one pull request', async () => {
    const f = fake();
    env(f);
    const train = readFileSync(DATA, 'utf8');
    f.git.commitFiles('main', { 'data/train.csv': train });
    const mainBefore = f.git.refs.get('heads/main');
    const work = tempDir('mg-loop-work-');
    mkdirSync(join(work, 'data'));
    writeFileSync(join(work, 'data/train.csv'), train);
    writeFileSync(join(work, 'window.csv'), csv(warmRows));
    cpSync(join(FIX, 'comparison.json'), join(work, 'comparison.json'));
    cpSync(join(FIX, 'comparison.md'), join(work, 'comparison.md'));

    const data = await runMain(['retrain', '--mode', 'data', '--report', labelled.path, '--training-data', join(work, 'data/train.csv'), '--window', join(work, 'window.csv'), '--holdout-data', join(work, 'holdout.csv'), '--json']);
    expect(data.code, data.stderr).toBe(0);
    const trainRows = train.trim().split('\n').length - 1;
    expect(JSON.parse(data.stdout)).toMatchObject({ next: 'pull-request', added: 150, 'held-out': 150, rows: trainRows + 150 });
    expect(f.requests).toHaveLength(0);

    const pub = await runMain(['retrain', '--mode', 'publish', '--report', labelled.path, '--files', 'data/train.csv', '--source-dir', work, '--comparison', join(work, 'comparison.json'), '--json']);
    expect(pub.code, pub.stderr).toBe(0);
    expect(JSON.parse(pub.stdout)).toMatchObject({ next: 'pull-request', result: 'created' });
    expect(f.pulls.size).toBe(1);
    expect(f.issues.size).toBe(0);
    const pr = [...f.pulls.values()][0];
    // The title and body name what the monitor found: its drifted features, the prediction shift, the decayed metric.
    const driftedFeatures = labelled.report.drift.columns.filter((c) => c.drifted).map((c) => c.column);
    expect(driftedFeatures.length).toBeGreaterThan(0);
    expect(pr.title).toContain(`Retrain ${model}: `);
    for (const c of driftedFeatures) expect(pr.body).toContain(`| ${c.replace(/_/g, '&#95;')} |`);
    expect(pr.body).toContain('prediction&#58; class shares');
    const acc = labelled.report.decay!.tests.find((t) => t.metric === 'accuracy')!;
    expect(acc.decayed).toBe(true);
    expect(pr.body).toContain(`| accuracy | ${Number(acc.reference!.toPrecision(4))} | ${Number(acc.current!.toPrecision(4))} |`);
    expect(pr.body).toContain(`up to ${labelled.report.window.to!.replace(/:/g, '&#58;')}, 300 rows`);
    expect(pr.body).toContain('labels were present');
    expect(pr.body).toContain('- act (decay): decay shown&#58; accuracy');
    // The branch carries the grown training data and the monitor's own report; main is untouched.
    const branch = f.git.filesAt('modelgate/retrain');
    expect(branch['data/train.csv']).toBe(readFileSync(join(work, 'data/train.csv'), 'utf8'));
    expect(JSON.parse(branch['monitoring/monitor-report.json'])).toEqual(labelled.report);
    expect(f.git.refs.get('heads/main')).toBe(mainBefore);
    expect(f.checkRuns).toHaveLength(1);
  });

  it('unlabelled act: data mode changes nothing; publish mode opens one issue and no pull request', async () => {
    const f = fake();
    env(f);
    const work = tempDir('mg-loop-work-');
    writeFileSync(join(work, 'train.csv'), csv(sample(weatherRows(), 20, 3)));
    writeFileSync(join(work, 'window.csv'), csv(warmRows));
    const before = readFileSync(join(work, 'train.csv'), 'utf8');
    const data = await runMain(['retrain', '--mode', 'data', '--report', unlabelled.path, '--training-data', join(work, 'train.csv'), '--window', join(work, 'window.csv'), '--holdout-data', join(work, 'holdout.csv'), '--json']);
    expect(data.code, data.stderr).toBe(0);
    expect(JSON.parse(data.stdout)).toMatchObject({ next: 'issue', added: '' });
    expect(readFileSync(join(work, 'train.csv'), 'utf8')).toBe(before);

    const pub = await runMain(['retrain', '--mode', 'publish', '--report', unlabelled.path, '--labels', 'drift', '--json']);
    expect(pub.code, pub.stderr).toBe(0);
    expect(JSON.parse(pub.stdout)).toMatchObject({ next: 'issue', result: 'created' });
    expect(f.issues.size).toBe(1);
    expect(f.pulls.size).toBe(0);
    const issue = [...f.issues.values()][0];
    expect(issue.title).toMatch(new RegExp(`^Drift in production data of ${model.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: \\d+ drifted columns?`));
    expect(issue.body).toContain('labels were not present');
    expect(issue.body).toContain('prediction&#58; class shares');
    expect(f.calls('git/create-commit')).toHaveLength(0);
  });
});
