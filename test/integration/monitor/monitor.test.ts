/**
 * monitor against what register stored, in an OCI layout folder and in a real docker-registry on
 * loopback, over capture files written by a real `modelgate serve`: an undrifted week finds nothing,
 * a warmer and wetter week acts on its drifted features and shifted predictions, late labels measure
 * the real accuracy from the recorded answers, each run lands in the version's history
 * (`modelgate registry history`), and the job summary draws the trend. Then hostile input.
 */
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../../../src/actions/runtime.js';
import monitorAction from '../../../src/actions/monitor.js';
import { errorLines, runMain } from '../../cli.js';
import { startRegistry, type RunningRegistry } from '../registry/docker-registry.js';
import { tempDir } from '../../helpers.js';
import { captureTraffic, registerWeather, sample, shifted, weatherRows } from './weather.js';
import type { MonitorReport } from '../../../src/monitor/report.js';

const rows = weatherRows();
const calm = sample(rows, 300, 1);
const warm = shifted(sample(rows, 300, 2), 8);
const readReport = (p: string) => JSON.parse(readFileSync(p, 'utf8')) as MonitorReport;

describe('monitor on an OCI layout folder', () => {
  let model: string;
  let calmWeek: { capture: string; labels: string };
  let warmWeek: { capture: string; labels: string };
  beforeAll(async () => {
    const root = tempDir('mg-monitor-');
    ({ model } = await registerWeather(`oci-layout://${root}/reg`));
    calmWeek = await captureTraffic(model, calm, 'calm');
    warmWeek = await captureTraffic(model, warm, 'warm');
  }, 180_000);

  it('finds nothing in a week like the training years, and records it in the history', async () => {
    const out = join(tempDir(), 'monitor-report.json');
    const r = await runMain(['monitor', '--data', join(calmWeek.capture, '*.jsonl'), '--model', model, '--window', '7d', '--report', out, '--json', '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ finding: 'none', 'drifted-columns': '[]', report: out });
    const rep = readReport(out);
    expect(rep.window).toMatchObject({ rows: 300, rowsRead: 300, timeColumn: 'timestamp', shadowDropped: 0 });
    expect(rep.model).toMatchObject({ version: 'v1', name: 'weather', task: 'multiclass' });
    expect(rep.drift.columns.map((d) => d.column).sort()).toEqual(['precipitation', 'temp_max']);
    expect(rep.drift.importance.source).toBe('none');
    expect(rep.notes.join(' ')).toMatch(/no permutation importance/);
    expect(rep.notes.join(' ')).toMatch(/training columns not in the data, not tested: date, temp_min, wind/);
    expect(rep.predictionDrift.reference).toBe('predictions');
    expect(rep.predictionDrift.classes?.drifted).toBe(false);
    expect(rep.quality).toMatchObject({ schema: 'registered', violations: { count: 0 } });
    expect(rep.decay).toBeNull();
    const h = await runMain(['registry', 'history', model]);
    expect(h.stdout).toMatch(/v1\s+monitor none\s/);
  });

  it('acts on a warmer, wetter week: drifted features and shifted predictions, named in the outputs and the history', async () => {
    const out = join(tempDir(), 'monitor-report.json');
    const r = await runMain(['monitor', '--data', join(warmWeek.capture, '*.jsonl'), '--model', model, '--report', out, '--json', '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    const o = JSON.parse(r.stdout);
    expect(o.finding).toBe('act');
    expect(JSON.parse(o['drifted-columns']).sort()).toEqual(['precipitation', 'temp_max']);
    const rep = readReport(out);
    expect(rep.reasons.map((x) => x.check)).toEqual(expect.arrayContaining(['feature-drift', 'prediction-drift']));
    expect(rep.predictionDrift.classes?.drifted).toBe(true);
    const h = await runMain(['registry', 'history', model]);
    expect(h.stdout).toMatch(/v1\s+monitor act\s+\S+\s+"2 of 2 features drifted/);
  });

  it('measures decay from late labels joined to the recorded predictions, without running the model', async () => {
    // The true labels of the calm week: the model is as good as registered, nothing decayed.
    const out = join(tempDir(), 'r.json');
    const ok = await runMain(['monitor', '--data', join(calmWeek.capture, '*.jsonl'), '--model', model, '--labels', calmWeek.labels, '--report', out, '--quiet', '--record', 'false']);
    expect(ok.code, ok.stderr).toBe(0);
    const rep = readReport(out);
    expect(rep.decay).toMatchObject({ labelled: 300, unlabelled: 0, unmatched: 0, labelColumn: 'weather', correction: 'holm' });
    const acc = rep.decay!.tests.find((x) => x.metric === 'accuracy')!;
    expect(acc.test).toBe('two-proportion z (Newcombe interval)');
    expect(acc.decayed).toBe(false);
    // The accuracy is that of the captured answers against these labels, counted here directly.
    const answers = readFileSync(join(calmWeek.capture, readdir(calmWeek.capture)[0]), 'utf8').trim().split('\n').map((l) => JSON.parse(l).prediction);
    const truth = readFileSync(calmWeek.labels, 'utf8').trim().split('\n').slice(1).map((l) => l.split(',')[1]);
    expect(acc.current).toBeCloseTo(answers.filter((a, i) => a === truth[i]).length / 300, 12);
    expect(rep.decay!.tests.find((x) => x.metric === 'log_loss')!.test).toBe('Welch t');
    expect(rep.finding).toBe('none');

    // Labels that disagree with most answers (a world the model no longer fits): decay shown, act.
    const flipped = join(tempDir(), 'labels.csv');
    const lines = readFileSync(calmWeek.labels, 'utf8').trim().split('\n');
    writeFileSync(flipped, [lines[0], ...lines.slice(1).map((l, i) => (i % 5 === 0 ? l : l.replace(/,(\w+)$/, (_m, w) => `,${w === 'sun' ? 'rain' : 'sun'}`)))].join('\n') + '\n');
    const bad = await runMain(['monitor', '--data', join(calmWeek.capture, '*.jsonl'), '--model', model, '--labels', flipped, '--report', out, '--quiet', '--record', 'false', '--json']);
    expect(bad.code, bad.stderr).toBe(0);
    expect(JSON.parse(bad.stdout).finding).toBe('act');
    const rep2 = readReport(out);
    expect(rep2.decay!.tests.find((x) => x.metric === 'accuracy')!.decayed).toBe(true);
    expect(rep2.reasons.find((x) => x.check === 'decay')?.message).toMatch(/accuracy/);
  });

  it('runs as the monitor: stage of modelgate.yml, with its thresholds inline', async () => {
    const dir = tempDir('mg-monitor-run-');
    cpSync(warmWeek.capture, join(dir, 'capture'), { recursive: true });
    // Prediction drift only warns here, and the features' test is KS at 1e-300: nothing acts.
    writeFileSync(join(dir, 'modelgate.yml'), [
      'stages:',
      '  - monitor:',
      '      data: capture/*.jsonl',
      `      model: ${model}`,
      '      window: 7d',
      '      record: false',
      '      report: out/monitor-report.json',
      '      thresholds:',
      '        prediction-drift: warn',
      '        quality: none',
      '        drift: { columns: { precipitation: { test: ks, threshold: 1.0e-300 }, temp_max: { test: ks, threshold: 1.0e-300 } } }',
    ].join('\n') + '\n');
    const r = await runMain(['run', dir, '--json', '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(JSON.parse(r.stdout).outputs).monitor).toMatchObject({ finding: 'warn', 'drifted-columns': '[]' });
    const rep = readReport(join(dir, 'out/monitor-report.json'));
    expect(rep.drift.columns.map((c) => c.test)).toEqual(['ks', 'ks']);
    expect(rep.thresholds).toMatchObject({ predictionDrift: 'warn', quality: 'none' });
    expect(rep.reasons).toEqual([expect.objectContaining({ level: 'warn', check: 'prediction-drift' })]);
  });

  it('shows the trend of the recorded runs in the job summary', async () => {
    Object.assign(process.env, { INPUT_DATA: join(warmWeek.capture, '*.jsonl'), INPUT_MODEL: model, INPUT_REPORT: join(tempDir(), 'r.json'), 'INPUT_FAIL-ON': 'act', INPUT_RECORD: 'true', INPUT_INSECURE: 'false' });
    await runAction(monitorAction);
    expect(process.exitCode).toBe(1); // fail-on: act
    process.exitCode = undefined;
    const summary = readFileSync(process.env.GITHUB_STEP_SUMMARY!, 'utf8');
    expect(summary).toContain('Monitor weather v1: act');
    expect(summary).toMatch(/Trend over the last \d+ monitor runs of this version/);
    expect(summary).toContain('xychart-beta');
    expect(summary).toContain('"drifted share"');
  });
});

function readdir(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
}

describe('monitor with the registered permutation importance (evaluate-model importance: true)', () => {
  it('weights drift by the features the model leans on, read from the registered evaluation', async () => {
    const root = tempDir('mg-monitor-imp-');
    const { dir, model } = await registerWeather(`oci-layout://${root}/reg`, { evaluate: ['--importance', 'true', '--importance-repeats', '3'] });
    const ev = JSON.parse(readFileSync(join(dir, 'ev/evaluation.json'), 'utf8'));
    const ranked = ev.importance.features.map((f: { name: string }) => f.name);
    expect(ranked.sort()).toEqual(['precipitation', 'temp_max']);
    const week = await captureTraffic(model, warm, 'warm-imp');
    const out = join(tempDir(), 'monitor-report.json');
    const r = await runMain(['monitor', '--data', join(week.capture, '*.jsonl'), '--model', model, '--report', out, '--json', '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    const rep = readReport(out);
    expect(rep.drift.importance.source).toBe('evaluation');
    expect(rep.drift.importance.method).toBe('permutation');
    // The top features are the evaluation's, in its order (by mean importance).
    const byMean = [...ev.importance.features].sort((a: { mean: number }, b: { mean: number }) => b.mean - a.mean).map((f: { name: string }) => f.name);
    expect(rep.drift.importance.top).toEqual(byMean.slice(0, rep.drift.importance.top.length));
    expect(rep.notes.join(' ')).not.toMatch(/no permutation importance/);
    expect(rep.finding).toBe('act');
  }, 180_000);
});

describe('monitor on a docker-registry with credentials', () => {
  let reg: RunningRegistry;
  const env = { MODELGATE_REGISTRY_USERNAME: 'ci', MODELGATE_REGISTRY_PASSWORD: 'monitor-secret-pw' };
  beforeAll(async () => {
    reg = await startRegistry({ auth: 'htpasswd', users: { ci: env.MODELGATE_REGISTRY_PASSWORD } });
  }, 180_000);
  afterAll(async () => {
    await reg?.stop();
  });

  it('reads the version from the registry, appends each run to its history and keeps the password out of the report', async () => {
    const { model } = await registerWeather(`oci://${reg.host}/team`, { args: ['--username', 'ci', '--password', env.MODELGATE_REGISTRY_PASSWORD] });
    const week = await captureTraffic(model, warm, 'w', { env });
    const out = join(tempDir(), 'monitor-report.json');
    const base = ['monitor', '--data', join(week.capture, '*.jsonl'), '--model', model, '--labels', week.labels, '--report', out, '--json', '--quiet'];
    const args = [...base, '--username', 'ci', '--password', env.MODELGATE_REGISTRY_PASSWORD];
    const r = await runMain(args);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).finding).toBe('act');
    expect((await runMain(args)).code).toBe(0);
    const rep = readFileSync(out, 'utf8');
    expect(rep).not.toContain(env.MODELGATE_REGISTRY_PASSWORD);
    expect(readReport(out).decay?.labelled).toBe(300);
    const saved = { ...process.env };
    Object.assign(process.env, env);
    try {
      const h = await runMain(['registry', 'history', model]);
      expect(h.stdout.match(/monitor act/g)).toHaveLength(2);
    } finally {
      for (const k of Object.keys(env)) if (!(k in saved)) delete process.env[k];
    }
    // Without credentials the registry refuses: one line, exit 2.
    const denied = await runMain(base);
    expect(denied.code).toBe(2);
    expect(errorLines(denied)).toHaveLength(1);
    expect(errorLines(denied)[0]).toMatch(/401 UNAUTHORIZED authentication required/);
  });
});

describe('monitor on hostile input', () => {
  let root: string;
  let model: string;
  let week: { capture: string; labels: string };
  beforeAll(async () => {
    root = tempDir('mg-monitor-hostile-');
    ({ model } = await registerWeather(`oci-layout://${root}/reg`));
    week = await captureTraffic(model, calm.slice(0, 50), 'h');
  }, 180_000);
  const fails = async (extra: string[], message: RegExp) => {
    const report = join(tempDir(), 'r.json');
    const r = await runMain(['monitor', '--model', model, '--report', report, '--record', 'false', ...extra]);
    expect(r.code, r.stderr).toBe(2);
    expect(existsSync(report)).toBe(false);
    const lines = errorLines(r);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    return r;
  };

  it('refuses with one line and exit 2, writing no report', async () => {
    const data = join(week.capture, '*.jsonl');
    await fails(['--data', join(root, 'nothing-*.jsonl')], /data pattern .* matches no files/);
    await fails(['--data', data, '--window', '7 days'], /input 'window' must be a duration such as 7d/);
    await fails(['--data', data, '--window', '0d'], /input 'window' must be at least a minute and at most 10 years; got '0d'/);
    await fails(['--data', data, '--as-of', 'yesterday'], /input 'as-of' must be an ISO 8601 time/);
    await fails(['--data', data, '--time-column', 'when'], /input 'time-column': "when" is not a column/);
    await fails(['--data', data, '--as-of', '2001-01-01T00:00:00Z', '--window', '1d'], /no rows in the window \(2000-12-31T00:00:00.000Z to 2001-01-01T00:00:00.000Z\) of .*; nothing to judge/);
    await fails(['--data', data, '--thresholds', '{ alpha: 2 }'], /alpha must be a number in \(0, 1\)/);
    await fails(['--data', data, '--thresholds', '{ top: 3 }'], /unknown key 'top'/);
    // A named labels file that is not there fails (a typo as often as late labels), saying how to run without it.
    await fails(['--data', data, '--labels', join(root, 'missing.csv')], /^modelgate monitor: input 'labels': .*missing\.csv does not exist; for labels that may not have arrived yet, give 'labels' only when the file exists \(in a workflow: labels: \$\{\{ hashFiles\('<path>'\) != '' && '<path>' \|\| '' \}\}\), and monitor runs without them$/);
    const unknown = join(tempDir(), 'labels.csv');
    writeFileSync(unknown, 'request_id,weather\nnope-1,rain\nnope-2,sun\n');
    await fails(['--data', data, '--labels', unknown], /labels\.csv: none of its 2 labels has a request_id in the window \(e\.g\. 'nope-1' at line 2\)/);
    const badClass = join(tempDir(), 'labels.csv');
    writeFileSync(badClass, 'request_id,weather\nh-0,hail\n');
    await fails(['--data', data, '--labels', badClass], /labels\.csv:2: label 'hail' is not one of the model's classes/);
    const noId = join(tempDir(), 'labels.csv');
    writeFileSync(noId, 'id,weather\nh-0,rain\n');
    await fails(['--data', data, '--labels', noId], /needs a 'request_id' column/);
    const badTime = join(tempDir(), 'prod.jsonl');
    writeFileSync(badTime, '{"timestamp":"2026-01-01T00:00:00Z","precipitation":0,"temp_max":10}\n{"timestamp":"soon","precipitation":1,"temp_max":11}\n');
    await fails(['--data', badTime, '--window', '1d'], /prod\.jsonl:2: "timestamp" 'soon' is not an ISO 8601 time/);
    const noProfile = tempDir('mg-noprofile-');
    const { model: bare } = await registerWeather(`oci-layout://${noProfile}/reg`, { profile: false });
    const r = await runMain(['monitor', '--data', data, '--model', bare, '--report', join(tempDir(), 'r.json')]);
    expect(r.code).toBe(2);
    expect(errorLines(r)[0]).toMatch(/holds no profile\.json; register the version with its training profile/);
  });

  it('counts labels for requests outside the window and takes a dataset exported from another stack', async () => {
    const labels = join(tempDir(), 'labels.csv');
    writeFileSync(labels, readFileSync(week.labels, 'utf8') + 'elsewhere-1,rain\nelsewhere-2,sun\n');
    const out = join(tempDir(), 'r.json');
    const ok = await runMain(['monitor', '--data', join(week.capture, '*.jsonl'), '--model', model, '--labels', labels, '--report', out, '--record', 'false', '--quiet']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(readReport(out).decay).toMatchObject({ labelled: 50, unmatched: 2 });
    // A CSV export with its own time column in Unix seconds, a day of it in the window; no predictions recorded.
    const csv = join(tempDir(), 'export.csv');
    const t0 = Date.UTC(2026, 0, 10) / 1000;
    writeFileSync(csv, ['ts,precipitation,temp_max', ...calm.slice(0, 200).map((r, i) => `${t0 - i * 3600},${r.precipitation},${r.temp_max}`)].join('\n') + '\n');
    const r = await runMain(['monitor', '--data', csv, '--model', model, '--time-column', 'ts', '--window', '1d', '--report', out, '--record', 'false', '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    const rep = readReport(out);
    expect(rep.window).toMatchObject({ rows: 24, rowsRead: 200, timeColumn: 'ts', to: '2026-01-10T00:00:00.000Z', from: '2026-01-09T00:00:00.000Z' });
    expect(rep.predictionDrift.skipped.join(' ')).toMatch(/no 'prediction' column/);
  });
});
