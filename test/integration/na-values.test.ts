// `na-values` is read the same way by validate-data, train and evaluate-model: a numeric column with
// one `n/a` stays numeric in training (not one-hot text) and feeds NaN to the model's imputer at
// evaluation; `none` restores the strict reading.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as ort from 'onnxruntime-node';
import { errorLines, runMain } from '../cli.js';
import { ROOT, tempDir } from '../helpers.js';

/** The model's input types by name, as onnxruntime reads them. */
async function inputTypes(model: string): Promise<Record<string, string>> {
  const s = await ort.InferenceSession.create(model);
  const types = Object.fromEntries(s.inputMetadata.map((m) => [m.name, (m as { type?: string }).type ?? '?']));
  await s.release();
  return types;
}

const WEATHER = join(ROOT, 'workflows-examples/weather/data/weather-2015.csv');

function dataWithNa(dir: string): string {
  const lines = readFileSync(WEATHER, 'utf8').trim().split('\n').slice(0, 201);
  // precipitation of the 4th data row, and temp_max of the 10th, become pandas' missing markers
  lines[4] = lines[4].replace(/^([^,]*),[^,]*,/, '$1,n/a,');
  lines[10] = lines[10].replace(/^([^,]*),([^,]*),[^,]*,/, '$1,$2,NA,');
  const p = join(dir, 'd.csv');
  writeFileSync(p, lines.join('\n') + '\n');
  return p;
}

/** A temp folder that is the working directory (train writes inside its workspace). */
const cwd = process.cwd();
function workdir(): string {
  const dir = tempDir('mg-na-');
  process.chdir(dir);
  return dir;
}

describe('na-values in train and evaluate-model', () => {
  afterEach(() => process.chdir(cwd));

  it('train keeps a numeric column with `n/a` numeric, and evaluate-model feeds it as missing', async () => {
    const dir = workdir();
    const data = dataWithNa(dir);
    const model = join(dir, 'm.onnx');
    const t = await runMain(['train', '--algorithm', 'logistic-regression', '--data', data, '--label', 'weather', '--ignore', 'date', '--model', model, '--manifest', join(dir, 'm.json')]);
    expect(t.code, t.stderr).toBe(0);
    const manifest = JSON.parse(readFileSync(join(dir, 'm.json'), 'utf8'));
    expect(manifest.command).toContain('na-values=default');
    expect(await inputTypes(model)).toEqual({ precipitation: 'float32', temp_max: 'float32', temp_min: 'float32', wind: 'float32' });
    const e = await runMain(['evaluate-model', '--model', model, '--data', data, '--label', 'weather', '--out', join(dir, 'e.json')]);
    expect(e.code, e.stderr).toBe(0);
    const ev = JSON.parse(readFileSync(join(dir, 'e.json'), 'utf8'));
    expect(ev.rows).toBe(200);
  });

  it('`none`: the strict reading, where `n/a` is text (train: a categorical column; evaluate-model: one line naming file, line and column)', async () => {
    const dir = workdir();
    const data = dataWithNa(dir);
    const clean = join(dir, 'clean.csv');
    writeFileSync(clean, readFileSync(WEATHER, 'utf8').trim().split('\n').slice(0, 201).join('\n') + '\n');
    const model = join(dir, 'c.onnx');
    expect((await runMain(['train', '--algorithm', 'logistic-regression', '--data', clean, '--label', 'weather', '--ignore', 'date', '--model', model, '--manifest', join(dir, 'c.json')])).code).toBe(0);
    const strict = await runMain(['evaluate-model', '--model', model, '--data', data, '--label', 'weather', '--na-values', 'none', '--out', join(dir, 'e.json')]);
    expect(strict.code).toBe(2);
    expect(errorLines(strict)).toEqual([`modelgate evaluate-model: ${data}:5: column 'precipitation': 'n/a' is not a number, and the model takes a number there`]);
    const lenient = await runMain(['evaluate-model', '--model', model, '--data', data, '--label', 'weather', '--out', join(dir, 'e.json')]);
    expect(lenient.code, lenient.stderr).toBe(0);
    const t = await runMain(['train', '--algorithm', 'logistic-regression', '--data', data, '--label', 'weather', '--ignore', 'date', '--na-values', 'none', '--model', join(dir, 's.onnx'), '--manifest', join(dir, 's.json')]);
    expect(t.code, t.stderr).toBe(0);
    const m = JSON.parse(readFileSync(join(dir, 's.json'), 'utf8'));
    expect(m.command).toContain('na-values=[]');
    expect(await inputTypes(join(dir, 's.onnx'))).toMatchObject({ precipitation: 'string', temp_max: 'string' });
  });
});
