// The committed bundles as processes, from a directory with no node_modules: what a workflow that
// `uses:` the action, or a user who runs the CLI, gets.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { NODE, ROOT, WEATHER, networkEnv, tempDir } from '../helpers.js';

let action: string;

beforeAll(() => {
  action = tempDir('mg-action-');
  cpSync(join(ROOT, 'dist'), join(action, 'dist'), { recursive: true });
  cpSync(join(ROOT, 'action.yml'), join(action, 'action.yml'));
  for (const name of readdirSync(join(ROOT, 'actions'))) cpSync(join(ROOT, 'actions', name), join(action, 'actions', name), { recursive: true });
  expect(existsSync(join(action, 'node_modules'))).toBe(false);
});

function cli(args: string[], cwd = tempDir()) {
  const r = spawnSync(NODE, [join(action, 'dist/cli/index.js'), ...args], { cwd, encoding: 'utf8', timeout: 240_000, env: { PATH: process.env.PATH } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, cwd };
}

describe('action bundle', () => {
  it('runs validate-data as the runner does: INPUT_* in, $GITHUB_OUTPUT and summary out', () => {
    const work = tempDir();
    const out = join(work, 'out.txt');
    const summary = join(work, 'summary.md');
    writeFileSync(out, '');
    writeFileSync(summary, '');
    const r = spawnSync(NODE, [join(action, 'actions/validate-data', '../../dist/validate-data/index.js')], {
      timeout: 240_000,
      cwd: work,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH,
        GITHUB_OUTPUT: out,
        GITHUB_STEP_SUMMARY: summary,
        INPUT_DATA: join(WEATHER, 'data/weather-2015.csv'),
        INPUT_SCHEMA: join(WEATHER, 'schema.yml'),
        'INPUT_AS-OF': '2016-01-01',
        INPUT_REFERENCE: join(WEATHER, 'data/weather-2012-2014.csv'),
        INPUT_REPORT: 'report.json',
        'INPUT_FAIL-ON': 'violations',
        INPUT_ANNOTATIONS: '10',
        'INPUT_MAX-SAMPLES': '100',
      },
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/drifted-columns<<ghadelimiter_[^\n]+\nprecipitation,temp_max,temp_min,weather\n/);
    expect(readFileSync(summary, 'utf8')).toContain('Drift against');
    expect(JSON.parse(readFileSync(join(work, 'report.json'), 'utf8')).rows).toBe(365);
  });
});

describe('evaluate-model bundle, from a checkout with no node_modules', () => {
  it('installs onnxruntime-node into the tool cache on first use, then reuses it', () => {
    const work = tempDir();
    const toolCache = join(work, 'toolcache');
    const run = () => {
      const out = join(work, 'out.txt');
      writeFileSync(out, '');
      const r = spawnSync(NODE, [join(action, 'dist/evaluate-model/index.js')], {
        cwd: work,
        encoding: 'utf8',
        timeout: 240_000,
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          ...networkEnv(),
          RUNNER_TOOL_CACHE: toolCache,
          GITHUB_OUTPUT: out,
          GITHUB_STEP_SUMMARY: join(work, 'summary.md'),
          INPUT_MODEL: join(ROOT, 'test/fixtures/models/mixed_columns_zipmap.onnx'),
          INPUT_DATA: join(ROOT, 'test/fixtures/models/customers.csv'),
          INPUT_LABEL: 'churned',
          'INPUT_SLICE-BY': 'region',
          INPUT_OUT: 'evaluation.json',
        },
      });
      return { ...r, outputs: readFileSync(out, 'utf8') };
    };
    writeFileSync(join(work, 'summary.md'), '');
    const first = run();
    expect(first.status, first.stdout + first.stderr).toBe(0);
    expect(first.stdout).toContain('installing onnxruntime-node@');
    expect(first.outputs).toMatch(/roc_auc<<ghadelimiter_[^\n]+\n0\.707046/);
    const binDirs = readdirSync(join(toolCache, 'modelgate-onnxruntime-node', readdirSync(join(toolCache, 'modelgate-onnxruntime-node'))[0], `${process.platform}-${process.arch}`, 'node_modules/onnxruntime-node/bin/napi-v6'));
    expect(binDirs).toEqual([process.platform]);
    const second = run();
    expect(second.status).toBe(0);
    expect(second.stdout).not.toContain('installing onnxruntime-node@');
    expect(JSON.parse(readFileSync(join(work, 'evaluation.json'), 'utf8')).metrics.accuracy.value).toBeCloseTo(0.643333, 5);
  });

  it('keeps onnxruntime out of the bundles', () => {
    for (const name of readdirSync(join(action, 'dist'))) {
      if (name === 'package.json') continue;
      for (const f of readdirSync(join(action, 'dist', name))) {
        const text = readFileSync(join(action, 'dist', name, f), 'utf8');
        expect(text.includes('initOrtOnce'), `${name}/${f}`).toBe(false);
      }
    }
  });
});

describe('the main job, from the CLI bundle', () => {
  it('runs the weather pipeline: validate, train (then a cache hit), register production once, evaluate twice, compare', () => {
    const dir = tempDir();
    cpSync(WEATHER, join(dir, 'weather'), { recursive: true, filter: (src) => !src.includes(`${'/'}out`) && !src.includes('.modelgate') });
    const first = cli(['run', 'weather', '--json'], dir);
    expect(first.code, first.stderr).toBe(0);
    const outputs = JSON.parse(JSON.parse(first.stdout).outputs);
    expect(Object.keys(outputs)).toEqual(['validate-data', 'train', 'validate-data#2', 'register', 'evaluate-model', 'evaluate-model#2', 'compare-to-baseline']);
    expect(outputs.register.version).toBe('v1');
    expect(outputs.train['cache-hit']).toBe(false);
    // A real decision: the candidate (four measurements, 2012-2014) against production (two, 2012).
    expect(outputs['evaluate-model'].accuracy).toBeCloseTo(0.7836, 3);
    expect(outputs['evaluate-model#2'].accuracy).toBeCloseTo(0.7151, 3);
    expect(outputs['evaluate-model'].accuracy - outputs['evaluate-model#2'].accuracy).toBeGreaterThan(0.05);
    expect(outputs['compare-to-baseline'].passed).toBe(true);
    const comment = readFileSync(join(dir, 'weather/out/comparison.md'), 'utf8');
    expect(comment).toContain('All 3 gates passed');
    expect(comment).toContain('| `accuracy` | 0.7151 | 0.7836 | +0.06849 [0.034, 0.106] |');
    // macro_f1's Δ is the paired one (same classes), explained where it differs from c − b.
    expect(comment).toContain('| `macro_f1` | 0.3133 | 0.4313 | +0.03181 [0.0159, 0.048] |');
    expect(comment).toContain('macro&#95;f1&#58; Δ 0.03181 is paired over the same rows and classes');
    const second = cli(['run', 'weather', '--json'], dir);
    const again = JSON.parse(JSON.parse(second.stdout).outputs);
    expect(again.train['cache-hit']).toBe(true);
    // The production model was registered once: same digest, same version, nothing new.
    expect(again.register).toEqual(outputs.register);
    expect(again['compare-to-baseline'].passed).toBe(true);
  });

  it('is also the top-level action: run by the runner with INPUT_PATH', () => {
    const dir = tempDir();
    cpSync(WEATHER, join(dir, 'weather'), { recursive: true, filter: (src) => !src.includes(`${'/'}out`) && !src.includes('.modelgate') });
    writeFileSync(join(dir, 'out.txt'), '');
    writeFileSync(join(dir, 'summary.md'), '');
    const r = spawnSync(NODE, [join(action, 'dist/cli/index.js')], {
      timeout: 240_000,
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, GITHUB_ACTIONS: 'true', GITHUB_ACTION: '__run', INPUT_PATH: 'weather', GITHUB_OUTPUT: join(dir, 'out.txt'), GITHUB_STEP_SUMMARY: join(dir, 'summary.md') },
    });
    expect(r.status, r.stdout).toBe(0);
    expect(readFileSync(join(dir, 'out.txt'), 'utf8')).toMatch(/passed<<ghadelimiter_[^\n]+\ntrue\n/);
    expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toContain('modelgate: All 3 gates passed');
  });
});

describe('CLI bundle', () => {
  const data = join(WEATHER, 'data/weather-2015.csv');

  it('prints outputs as JSON and exits 0 when the check passes', () => {
    const r = cli(['validate-data', '--data', data, '--schema', join(WEATHER, 'schema.yml'), '--as-of', '2016-01-01', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ passed: true, rows: 365, violations: 0, 'drifted-columns': '', report: 'data-report.json' });
    expect(existsSync(join(r.cwd, 'data-report.json'))).toBe(true);
  });

  it("fails on stale data: the weather schema's freshness rule, judged today", () => {
    const r = cli(['validate-data', '--data', data, '--schema', join(WEATHER, 'schema.yml')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/weather-2015\.csv:366: date: the newest value, 2015-12-31, is \d+d\w* old at \S+ \(as-of\); at most 2d allowed/);
    expect(r.stderr).toContain('error: data validation failed: 1 violation');
  });

  it('exits 1 when the check fails', () => {
    const r = cli(['validate-data', '--data', data, '--reference', join(WEATHER, 'data/weather-2012-2014.csv')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('drifted-columns: precipitation,temp_max,temp_min,weather');
    expect(r.stderr).toContain('error: data validation failed: dataset drift');
  });

  it('exits 2 with one line naming the problem, and writes nothing', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.parquet'), 'PAR1 but not really');
    const cases: [string[], RegExp][] = [
      [['validate-data', '--data', 'bad.parquet'], /bad\.parquet/],
      [['validate-data', '--data', 'missing.csv'], /missing\.csv/],
      [['validate-data', '--data', data, '--fail-on', 'maybe'], /input 'fail-on' must be one of/],
      [['validate-data', '--dta', data], /unknown option --dta for validate-data/],
      [['no-such-command'], /unknown command 'no-such-command'/],
      [['validate-data', '--data'], /option --data needs a value/],
    ];
    for (const [args, message] of cases) {
      const r = cli(args, dir);
      expect(r.code, args.join(' ')).toBe(2);
      const lines = r.stderr.trim().split('\n').filter((l) => !l.startsWith('== '));
      expect(lines, args.join(' ')).toHaveLength(1);
      expect(lines[0]).toMatch(message);
      expect(r.stdout).toBe('');
    }
    expect(readdirSync(dir)).toEqual(['bad.parquet']);
  });

  it('generates --help from action.yml', () => {
    const r = cli(['validate-data', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--fail-on (default: any)');
    expect(r.stdout).toMatch(/--fail-on \(default: any\)\n\s+What fails the step/);
    expect(cli(['--help']).stdout).toContain('validate-data');
  });
});

describe('validate-data on several worker threads, from the bundles', () => {
  it('starts the bundle again as its workers and writes the same report and profile for 1 and 3 workers', () => {
    // About 20 MB: three chunks of 8 MiB. Quoted fields with delimiters, no quoted newlines.
    const dir = tempDir();
    const data = join(dir, 'big.csv');
    const lines = ['id,x,y,color,note'];
    let s = 7;
    const r = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let i = 0; i < 600_000; i++) lines.push(`${i},${(r() * 100).toFixed(3)},${Math.floor(r() * 50)},${['red', 'green', 'blue'][i % 3]},"a, ${i % 97}"`);
    writeFileSync(data, lines.join('\n') + '\n');
    const schema = join(dir, 'schema.yml');
    writeFileSync(schema, 'type: object\nproperties:\n  x: { type: number, maximum: 99 }\n  y: { type: integer }\nx-dataset:\n  columns:\n    color: { categories: { values: [red, green] } }\n    x: { range: { min: 1 } }\n');
    const run = (workers: number) => {
      const out = cli(['validate-data', '--data', data, '--schema', schema, '--report', `r${workers}.json`, '--profile', `p${workers}.json`, '--workers', String(workers)], dir);
      expect(out.code, out.stderr).toBe(1); // the schema's rules fail some rows
      return out;
    };
    const one = run(1);
    const three = run(3);
    expect(one.stdout + one.stderr).toMatch(/read in 3 chunks on the main thread/);
    expect(three.stdout + three.stderr).toMatch(/read in 3 chunks on 3 worker threads/);
    expect(readFileSync(join(dir, 'p3.json'), 'utf8')).toBe(readFileSync(join(dir, 'p1.json'), 'utf8'));
    expect(readFileSync(join(dir, 'r3.json'), 'utf8')).toBe(readFileSync(join(dir, 'r1.json'), 'utf8'));
    expect(JSON.parse(readFileSync(join(dir, 'r1.json'), 'utf8')).violations.count).toBeGreaterThan(0);
    // The action's own bundle, as the runner starts it.
    writeFileSync(join(dir, 'o.txt'), '');
    writeFileSync(join(dir, 's.md'), '');
    const res = spawnSync(process.execPath, [join(action, 'dist/validate-data/index.js')], {
      timeout: 240_000,
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, INPUT_DATA: data, INPUT_SCHEMA: schema, INPUT_REPORT: 'ra.json', INPUT_PROFILE: 'pa.json', INPUT_WORKERS: '2', 'INPUT_FAIL-ON': 'never', GITHUB_OUTPUT: join(dir, 'o.txt'), GITHUB_STEP_SUMMARY: join(dir, 's.md') },
    });
    expect(res.status, res.stdout + res.stderr).toBe(0);
    expect(res.stdout).toMatch(/read in 3 chunks on 2 worker threads/);
    expect(readFileSync(join(dir, 'pa.json'), 'utf8')).toBe(readFileSync(join(dir, 'p1.json'), 'utf8'));
  }, 180_000);
});
