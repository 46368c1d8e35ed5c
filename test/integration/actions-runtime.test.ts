// The real @actions/core code path: inputs from INPUT_* env, outputs to $GITHUB_OUTPUT, the job
// summary to $GITHUB_STEP_SUMMARY, annotations as workflow commands on stdout, setFailed on failure.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { actionInput, runAction } from '../../src/actions/runtime.js';
import validateData from '../../src/actions/validate-data.js';
import { files, WEATHER } from '../helpers.js';

function parseOutputs(path: string): Record<string, string> {
  // The toolkit writes `name<<ghadelimiter_<uuid>\nvalue\nghadelimiter_<uuid>` blocks.
  const out: Record<string, string> = {};
  const re = /^([^<\n]+)<<(ghadelimiter_[0-9a-f-]+)\n([\s\S]*?)\n\2$/gm;
  for (const m of readFileSync(path, 'utf8').matchAll(re)) out[m[1]] = m[3];
  return out;
}

function captureStdout(): { text: () => string; restore: () => void } {
  let buf = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    buf += String(chunk);
    return true;
  });
  return { text: () => buf, restore: () => spy.mockRestore() };
}

afterEach(() => {
  process.exitCode = undefined;
});

describe('runAction(validate-data) through @actions/core', () => {
  it('sets outputs, writes the job summary and passes', async () => {
    const dir = files({});
    process.env['INPUT_DATA'] = join(WEATHER, 'data/weather-2015.csv');
    process.env['INPUT_SCHEMA'] = join(WEATHER, 'schema.yml');
    // The schema's freshness rule is judged on the day 2015's file came in (as the example's modelgate.yml does).
    process.env['INPUT_AS-OF'] = '2016-01-01';
    process.env['INPUT_REPORT'] = join(dir, 'report.json');
    process.env['INPUT_FAIL-ON'] = 'any';
    const out = captureStdout();
    try {
      await runAction(validateData);
    } finally {
      out.restore();
    }
    expect(process.exitCode).toBeUndefined();
    expect(parseOutputs(process.env.GITHUB_OUTPUT!)).toEqual({
      passed: 'true',
      rows: '365',
      violations: '0',
      'drifted-columns': '',
      report: join(dir, 'report.json'),
    });
    expect(readFileSync(process.env.GITHUB_STEP_SUMMARY!, 'utf8')).toContain('Data validation passed');
    expect(out.text()).toContain('::group::Reading');
  });

  it('annotates violating lines and fails the step with one line', async () => {
    const dir = files({ 'd.csv': 'a,b\n1,x\nno,y\n3,z\n', 's.json': '{"type":"object","properties":{"a":{"type":"integer"}}}' });
    process.env['INPUT_DATA'] = join(dir, 'd.csv');
    process.env['INPUT_SCHEMA'] = join(dir, 's.json');
    process.env['INPUT_REPORT'] = join(dir, 'r.json');
    process.env['INPUT_ANNOTATIONS'] = '10';
    const out = captureStdout();
    try {
      await runAction(validateData);
    } finally {
      out.restore();
    }
    expect(process.exitCode).toBe(1);
    expect(out.text()).toContain(`::error title=modelgate%3A type,file=${join(dir, 'd.csv')},line=3::a: "no" must be integer`);
    expect(out.text()).toContain('::error::data validation failed: 1 violation');
    expect(parseOutputs(process.env.GITHUB_OUTPUT!).violations).toBe('1');
  });

  it('turns a user error into one setFailed line, without a stack', async () => {
    process.env['INPUT_DATA'] = 'x.csv';
    process.env['INPUT_FAIL-ON'] = 'sometimes';
    const out = captureStdout();
    try {
      await runAction(validateData);
    } finally {
      out.restore();
    }
    expect(process.exitCode).toBe(1);
    expect(out.text().trim().split('\n').filter((l) => l.startsWith('::error'))).toEqual([
      "::error::input 'fail-on' must be one of any, violations, drift, never; got 'sometimes'",
    ]);
  });

  it('escapes markdown from the data in the summary', async () => {
    const dir = files({ 'd.csv': '"<img src=x onerror=alert(1)>",[link](http://evil)\n1,2\n' });
    writeFileSync(join(dir, 'd2.csv'), '"<img src=x onerror=alert(1)>",[link](http://evil)\n1,2\n');
    process.env['INPUT_DATA'] = join(dir, 'd.csv');
    process.env['INPUT_REFERENCE'] = join(dir, 'd2.csv');
    process.env['INPUT_REPORT'] = join(dir, 'r.json');
    const out = captureStdout();
    try {
      await runAction(validateData);
    } finally {
      out.restore();
    }
    const summary = readFileSync(process.env.GITHUB_STEP_SUMMARY!, 'utf8');
    expect(summary).toContain('&lt;img src=x onerror=alert&#40;1&#41;&gt;');
    expect(summary).not.toContain('<img');
    expect(summary).not.toContain('[link](');
  });
});

describe('actionInput: what @github/local-action hands over', () => {
  // local-action leaves INPUT_<NAME> unset and returns action.yml's default as written.
  const localAction = (defaults: Record<string, string>) => (name: string) => process.env[`INPUT_${name.toUpperCase()}`] ?? defaults[name] ?? '';

  it('an unevaluated default from action.yml counts as not given', () => {
    expect(actionInput('github-token', {}, localAction({ 'github-token': '${{ github.token }}' }))).toBeUndefined();
  });

  it('a value the runner set is kept, and an expression in it still reaches the Inputs check', () => {
    const get = (name: string) => ({ 'github-token': '${{ github.token }}', data: 'd.csv\n' })[name] ?? '';
    expect(actionInput('github-token', { 'INPUT_GITHUB-TOKEN': '${{ github.token }}' }, get)).toBe('${{ github.token }}');
    expect(actionInput('data', {}, get)).toBe('d.csv\n');
    expect(actionInput('other', {}, get)).toBeUndefined();
  });
});
