/**
 * monitor against what register stored, in an OCI layout folder and in a real docker-registry on
 * loopback, over capture files written by a real `modelgate serve`: an undrifted week finds nothing,
 * a warmer and wetter week acts on its drifted features and shifted predictions, late labels measure
 * the real accuracy from the recorded answers, each run lands in the version's history
 * (`modelgate registry history`), and the job summary draws the trend. Then hostile input.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../../../src/actions/runtime.js';
import monitorAction from '../../../src/actions/monitor.js';
import { runMain } from '../../cli.js';
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
  });

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
