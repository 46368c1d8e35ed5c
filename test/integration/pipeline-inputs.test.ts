// modelgate.yml through the run action, in process: column names with spaces and parentheses as a
// YAML list, train's outputs (relative manifest, rounded duration), and the path policy refusing a
// stage that reads outside the workspace.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import runAction from '../../src/actions/run.js';
import { ConfigurationError } from '../../src/errors.js';
import { Inputs, mapSource } from '../../src/lib/inputs.js';
import { memoryLogger } from '../../src/lib/logger.js';
import { files, rng } from '../helpers.js';

function penguins(n: number): string {
  const r = rng(7);
  const rows = ['Body Mass (g),Flipper Length (mm),"bill, depth",species'];
  for (let i = 0; i < n; i++) {
    const y = r() < 0.5 ? 1 : 0;
    rows.push(`${(3500 + 900 * y + 300 * r()).toFixed(0)},${(185 + 25 * y + 8 * r()).toFixed(1)},${(15 + 3 * r()).toFixed(1)},${y ? 'gentoo' : 'adelie'}`);
  }
  return rows.join('\n') + '\n';
}

async function runPipeline(dir: string) {
  const home = process.cwd();
  process.chdir(dir);
  try {
    const config = runAction.parse(new Inputs(mapSource({ path: '.' })));
    return await runAction.run(config, memoryLogger());
  } finally {
    process.chdir(home);
  }
}

describe('modelgate.yml stages', () => {
  it('take column names with spaces, commas and parentheses as a YAML list; train reports relative, rounded outputs', async () => {
    const dir = files({
      'data/penguins.csv': penguins(200),
      'modelgate.yml': [
        'stages:',
        '  - train:',
        '      algorithm: logistic-regression',
        '      data: data/penguins.csv',
        '      label: species',
        '      features: ["Body Mass (g)", "Flipper Length (mm)"]',
        '      ignore: ["bill, depth"]',
        '      model: out/model.onnx',
        '      manifest: out/train-manifest.json',
        '      cache: false',
        '',
      ].join('\n'),
    });
    const result = await runPipeline(dir);
    expect(result.passed, result.failure).toBe(true);
    const train = JSON.parse(String(result.outputs.outputs)).train;
    expect(train.model).toBe('out/model.onnx');
    expect(train.manifest).toBe('out/train-manifest.json');
    expect(String(train['duration-seconds'])).toMatch(/^\d+(\.\d)?$/);
    const manifest = JSON.parse(readFileSync(join(dir, 'out/train-manifest.json'), 'utf8'));
    expect(JSON.stringify(manifest)).toContain('Body Mass (g)');
  });

  it('refuse a path outside the workspace, naming the file and the input, before anything runs', async () => {
    const dir = files({ 'ml/modelgate.yml': 'stages:\n  - validate-data:\n      data: ../../../../etc/passwd\n      report: out/r.json\n' });
    const home = process.cwd();
    process.chdir(join(dir, 'ml'));
    try {
      const config = runAction.parse(new Inputs(mapSource({ path: '.' })));
      await expect(runAction.run(config, memoryLogger())).rejects.toThrow(ConfigurationError);
      await expect(runAction.run(config, memoryLogger())).rejects.toThrow(/modelgate\.yml: key 'stages\[0\]\.validate-data\.data': '\.\.\/\.\.\/\.\.\/\.\.\/etc\/passwd' is outside the directory of the modelgate\.yml/);
    } finally {
      process.chdir(home);
    }
  });

  it('refuse a ${{ }} expression in modelgate.yml', async () => {
    const dir = files({ 'modelgate.yml': 'stages:\n  - compare-to-baseline:\n      candidate: c.json\n      github-token: ${{ secrets.TOKEN }}\n' });
    await expect(runPipeline(dir)).rejects.toThrow(/key 'stages\[0\]\.compare-to-baseline\.github-token' holds an unevaluated expression/);
  });
});
