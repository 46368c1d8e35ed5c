// evaluate-model and compare-to-baseline take registry references: a model is pulled and
// evaluated; a baseline's stored evaluation is paired when it ran on the candidate's data, and
// otherwise the baseline model is evaluated on the candidate's rows so the tests stay paired.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import evaluateAction from '../../../src/actions/evaluate-model.js';
import compareAction from '../../../src/actions/compare-to-baseline.js';
import { memoryLogger } from '../../../src/lib/logger.js';
import { LayoutBackend } from '../../../src/registry/layout.js';
import { register, resolve } from '../../../src/registry/versions.js';
import { ROOT, inputsFor, tempDir } from '../../helpers.js';

const MODELS = join(ROOT, 'test/fixtures/models');

async function evaluate(model: string, data: string, dir: string) {
  const config = evaluateAction.parse(inputsFor('evaluate-model', { model, data, label: 'target', out: join(dir, 'evaluation.json') }));
  const log = memoryLogger();
  await evaluateAction.run(config, log);
  return { path: config.out, ev: JSON.parse(readFileSync(config.out, 'utf8')), log };
}

async function compare(candidate: string, baseline: string, dir: string) {
  const config = compareAction.parse(inputsFor('compare-to-baseline', { candidate, baseline, gates: 'metrics:\n  accuracy: { max-regression: 0.05 }\n', out: join(dir, 'comparison.json'), 'comment-file': join(dir, 'c.md'), comment: 'false' }));
  const log = memoryLogger();
  await compareAction.run(config, log);
  return { comparison: JSON.parse(readFileSync(config.out, 'utf8')), markdown: readFileSync(join(dir, 'c.md'), 'utf8'), log };
}

describe('registry references as model and baseline', () => {
  const root = tempDir('mg-refs-');
  const data = join(MODELS, 'breast_cancer.csv');
  const registry = `oci-layout://${root}/reg`;

  it('evaluates a registered model, pairs with a stored evaluation on the same data, re-evaluates the baseline on other data', async () => {
    const base = await evaluate(join(MODELS, 'binary_logreg_tensor.onnx'), data, tempDir());
    const reg = await register(new LayoutBackend(join(root, 'reg/cancer')), { name: 'cancer', model: [join(MODELS, 'binary_logreg_tensor.onnx')], evaluation: base.path, aliases: ['production'] }, memoryLogger());
    const stored = await resolve(new LayoutBackend(join(root, 'reg/cancer')), { tag: 'production' });
    expect(stored.manifest.layers.map((l) => l.annotations?.['org.opencontainers.image.title'])).toEqual(['binary_logreg_tensor.onnx', 'evaluation.json', 'predictions.csv']);

    // evaluate-model with the registry reference gives the same metrics as the local file.
    const viaRef = await evaluate(`${registry}/cancer@${reg.digest}`, data, tempDir());
    expect(viaRef.ev.metrics.accuracy.value).toBe(base.ev.metrics.accuracy.value);
    expect(viaRef.ev.rows).toBe(base.ev.rows);

    // Same data: the stored evaluation (with its predictions) is paired as it is.
    const cand = await evaluate(join(MODELS, 'binary_logit.onnx'), data, tempDir());
    const same = await compare(cand.path, `${registry}/cancer:production`, tempDir());
    expect(same.log.lines.join('\n')).toContain("ran on the candidate's data; pairing with it");
    expect(same.comparison.notes.join(' ')).not.toMatch(/cannot pair rows/);
    // The comment shows the gated metric across registered versions and this PR.
    expect(same.markdown).toContain('History: accuracy over the last 1 registered version(s)');
    expect(same.markdown).toMatch(/\| v1 \(production, latest\)|\| v1 \(latest, production\)/);
    expect(same.markdown).toContain('```mermaid\nxychart-beta');
    expect(same.markdown).toContain(`line [${Number(base.ev.metrics.accuracy.value.toPrecision(6))}, ${Number(cand.ev.metrics.accuracy.value.toPrecision(6))}]`);

    // Other data (the first 100 rows): the baseline model is evaluated on the candidate's rows.
    const dir = tempDir();
    const subset = join(dir, 'subset.csv');
    writeFileSync(subset, readFileSync(data, 'utf8').split('\n').slice(0, 101).join('\n') + '\n');
    const cand2 = await evaluate(join(MODELS, 'binary_logit.onnx'), subset, dir);
    const other = await compare(cand2.path, `${registry}/cancer:production`, tempDir());
    expect(other.log.lines.join('\n')).toContain("evaluating the baseline model on the candidate's rows");
    expect(other.comparison.notes.join(' ')).not.toMatch(/cannot pair rows/);
    expect(other.comparison.gates[0].baseline).not.toBe(base.ev.metrics.accuracy.value);
  });

  it('re-evaluates a single-tensor baseline on the columns its registered evaluation recorded (feed)', async () => {
    const weather = join(ROOT, 'workflows-examples/weather');
    const model = join(weather, 'model.onnx');
    const run = async (data: string, dir: string) => {
      const config = evaluateAction.parse(inputsFor('evaluate-model', { model, data, label: 'weather', features: 'precipitation\ntemp_max', out: join(dir, 'evaluation.json') }));
      await evaluateAction.run(config, memoryLogger());
      return { path: config.out, ev: JSON.parse(readFileSync(config.out, 'utf8')) };
    };
    // Registered with an evaluation on its training years; the candidate is judged on 2015, whose file has five columns.
    const base = await run(join(weather, 'data/weather-2012-2014.csv'), tempDir());
    expect(base.ev.feed).toEqual({ mode: 'tensor', input: 'input', features: ['precipitation', 'temp_max'] });
    await register(new LayoutBackend(join(root, 'reg/weather')), { name: 'weather', model: [model], evaluation: base.path, aliases: ['production'] }, memoryLogger());
    const cand = await run(join(weather, 'data/weather-2015.csv'), tempDir());
    const out = tempDir();
    const config = compareAction.parse(inputsFor('compare-to-baseline', { candidate: cand.path, baseline: `${registry}/weather:production`, gates: 'metrics:\n  accuracy: { max-regression: 0.05 }\n', out: join(out, 'comparison.json'), 'comment-file': join(out, 'c.md'), comment: 'false' }));
    const log = memoryLogger();
    await compareAction.run(config, log);
    expect(log.lines.join('\n')).toContain("evaluating the baseline model on the candidate's rows");
    expect(log.lines.join('\n')).toContain('feeding 2 columns as input [N, 2]');
    const comparison = JSON.parse(readFileSync(config.out, 'utf8'));
    // The same model on the same rows and columns: the same accuracy.
    expect(comparison.gates[0].baseline).toBe(cand.ev.metrics.accuracy.value);
  });

  it('names the input when a reference does not resolve', async () => {
    const config = evaluateAction.parse(inputsFor('evaluate-model', { model: `${registry}/nothing:v1`, data, label: 'target', out: join(tempDir(), 'e.json') }));
    await expect(evaluateAction.run(config, memoryLogger())).rejects.toThrow(/no version v1/);
  });
});
