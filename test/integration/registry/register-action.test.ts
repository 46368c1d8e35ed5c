// The register action through @actions/core (password masked, outputs set) against docker-registry
// with htpasswd auth, and the CLI (`modelgate register --json`, `modelgate registry …`) on a layout.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runAction } from '../../../src/actions/runtime.js';
import registerAction from '../../../src/actions/register.js';
import { main } from '../../../src/cli/main.js';
import { LayoutBackend } from '../../../src/registry/layout.js';
import { RemoteBackend } from '../../../src/registry/remote.js';
import { ANN } from '../../../src/registry/oci.js';
import { layerText, resolve } from '../../../src/registry/versions.js';
import { tempDir } from '../../helpers.js';
import { evaluationJson, modelFiles } from '../../registry-fixtures.js';
import { startRegistry, type RunningRegistry } from './docker-registry.js';

function capture(stream: NodeJS.WriteStream): { text: () => string; restore: () => void } {
  let buf = '';
  const spy = vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
    buf += String(chunk);
    return true;
  });
  return { text: () => buf, restore: () => spy.mockRestore() };
}

function parseOutputs(path: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^<\n]+)<<(ghadelimiter_[0-9a-f-]+)\n([\s\S]*?)\n\2$/gm;
  for (const m of readFileSync(path, 'utf8').matchAll(re)) out[m[1]] = m[3];
  return out;
}

afterEach(() => {
  process.exitCode = undefined;
});

describe('register action', () => {
  let reg: RunningRegistry;
  const password = 'hunter2-very-secret';
  beforeAll(async () => {
    reg = await startRegistry({ auth: 'htpasswd', users: { ci: password } });
  });
  afterAll(async () => {
    await reg?.stop();
  });

  it('registers with credentials, masks the password, sets outputs and stores a model card', async () => {
    const f = modelFiles('action', { 'card.md': 'Predicts churn for **monthly** plans only.\n' });
    const ev = evaluationJson('c'.repeat(64), 0.91);
    (ev as { slices: unknown[] }).slices = [{ column: 'plan', value: '<b>pro</b>', rows: 40, metrics: { accuracy: { value: 0.8, ci: [0.7, 0.9] } } }];
    writeFileSync(f.evaluation, JSON.stringify(ev));
    Object.assign(process.env, {
      INPUT_REGISTRY: `oci://${reg.host}/team`,
      INPUT_NAME: 'churn',
      INPUT_MODEL: f.model,
      INPUT_EVALUATION: f.evaluation,
      INPUT_ALIAS: 'staging',
      INPUT_CARD: join(f.dir, 'card.md'),
      INPUT_USERNAME: 'ci',
      INPUT_PASSWORD: password,
      INPUT_INSECURE: 'false',
      GITHUB_ACTOR: 'octocat',
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_RUN_ID: '42',
      GITHUB_SHA: 'd'.repeat(40),
    });
    const out = capture(process.stdout);
    try {
      await runAction(registerAction);
    } finally {
      out.restore();
    }
    expect(process.exitCode).toBeUndefined();
    expect(out.text()).toContain(`::add-mask::${password}`);
    const outputs = parseOutputs(process.env.GITHUB_OUTPUT!);
    expect(outputs.version).toBe('v1');
    expect(outputs.reference).toBe(`oci://${reg.host}/team/churn@${outputs.digest}`);
    const summary = readFileSync(process.env.GITHUB_STEP_SUMMARY!, 'utf8');
    expect(summary).toContain('churn v1');
    expect(summary).toContain('`' + outputs.reference + '`'); // a code span shows entities literally: none inside
    const b = new RemoteBackend(reg.host, 'team/churn', { credentials: { username: 'ci', password } });
    const v = await resolve(b, { tag: 'staging' });
    expect(v.digest).toBe(outputs.digest);
    expect(v.manifest.annotations?.[ANN.revision]).toBe('d'.repeat(40));
    expect(v.manifest.annotations?.[ANN.source]).toBe('https://github.com/o/r');
    const config = JSON.stringify(v.config) + v.bytes.toString();
    expect(config).not.toContain(password);
    const card = (await layerText(b, v, 'model-card.md'))!;
    expect(card).toContain('Predicts churn for **monthly** plans only.');
    expect(card).toContain('| accuracy | 0.91 | [0.86, 0.96] |');
    expect(card).toContain('&lt;b&gt;pro&lt;/b&gt;');
    expect(card).not.toContain('<b>');
  });

  it('the CLI takes credentials from MODELGATE_REGISTRY_USERNAME/_PASSWORD, as every registry reference does; without them it is one line', async () => {
    const f = modelFiles('env-creds');
    const argv = ['register', '--registry', `oci://${reg.host}/team`, '--name', 'envcreds', '--model', f.model, '--json', '--quiet'];
    const run = async () => {
      const o = capture(process.stdout);
      const e = capture(process.stderr);
      try {
        return { code: await main(argv), out: o.text(), err: e.text() };
      } finally {
        o.restore();
        e.restore();
      }
    };
    const saved = { u: process.env.MODELGATE_REGISTRY_USERNAME, p: process.env.MODELGATE_REGISTRY_PASSWORD };
    try {
      delete process.env.MODELGATE_REGISTRY_USERNAME;
      delete process.env.MODELGATE_REGISTRY_PASSWORD;
      const refused = await run();
      expect(refused.code).toBe(2);
      const lines = refused.err.trim().split('\n').filter((l) => l.startsWith('modelgate'));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/401|unauthori[sz]ed|credentials/i);
      process.env.MODELGATE_REGISTRY_USERNAME = 'ci';
      process.env.MODELGATE_REGISTRY_PASSWORD = password;
      const ok = await run();
      expect(ok.code, ok.err).toBe(0);
      expect(JSON.parse(ok.out).version).toBe('v1');
    } finally {
      for (const [k, v] of [['MODELGATE_REGISTRY_USERNAME', saved.u], ['MODELGATE_REGISTRY_PASSWORD', saved.p]] as const) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  });
});

describe('modelgate register / registry CLI', () => {
  it('registers with --json, then lists, promotes, approves, shows, pulls and tells the history', async () => {
    const root = tempDir('mg-cli-');
    const f1 = modelFiles('cli-1');
    const f2 = modelFiles('cli-2');
    const registry = `oci-layout://${root}/reg`;
    const run = async (argv: string[]) => {
      const o = capture(process.stdout);
      const e = capture(process.stderr);
      let code: number;
      try {
        code = await main(argv);
      } finally {
        o.restore();
        e.restore();
      }
      return { code, out: o.text(), err: e.text() };
    };
    const r1 = await run(['register', '--registry', registry, '--name', 'churn', '--model', f1.model, '--evaluation', f1.evaluation, '--json', '--quiet']);
    expect(r1.code).toBe(0);
    const o1 = JSON.parse(r1.out);
    expect(o1).toEqual({ version: 'v1', digest: expect.stringMatching(/^sha256:/), reference: `${registry}/churn@${o1.digest}` });
    expect((await run(['register', '--registry', registry, '--name', 'churn', '--model', f2.model, '--quiet'])).out).toContain('version: v2');
    const model = `${registry}/churn`;
    expect((await run(['registry', 'promote', `${model}:v1`, '--alias', 'production'])).code).toBe(0);
    expect((await run(['registry', 'approve', `${model}:production`, '--note', 'ok by QA'])).out).toBe('v1 approved\n');
    expect((await run(['registry', 'reject', `${model}:v2`])).code).toBe(0);
    const list = await run(['registry', 'list', model]);
    expect(list.out.split('\n')[0]).toMatch(/^VERSION\s+DIGEST\s+STATUS\s+ALIASES\s+REGISTERED\s+BY\s+accuracy$/);
    expect(list.out).toMatch(/\nv1\s+sha256:\S+\s+approved\s+production\s/);
    expect(list.out).toMatch(/\nv2\s+sha256:\S+\s+rejected\s+latest\s/);
    const show = await run(['registry', 'show', `${model}:production`]);
    expect(show.out).toContain(`reference: ${model}@${o1.digest}`);
    expect(show.out).toContain('# Model card: churn');
    const out = tempDir();
    const pulled = await run(['registry', 'pull', `${model}@${o1.digest}`, '--out', out]);
    expect(pulled.code).toBe(0);
    expect(readFileSync(join(out, 'model.onnx'))).toEqual(readFileSync(f1.model));
    const h = await run(['registry', 'history', model]);
    const lines = h.out.trim().split('\n');
    expect(lines[0]).toMatch(/^WHEN\s+VERSION\s+EVENT\s+BY/);
    expect(lines.slice(1).map((l) => l.split(/\s{2,}/)[2])).toEqual(['registered (pending)', 'registered (pending)', 'alias production -> v1', 'approved', 'rejected']);
    expect(h.out).toContain('"ok by QA"');
    const bad = await run(['registry', 'promote', `${model}:v1`, '--alias', 'latest']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^modelgate registry promote: input 'alias': 'latest' is reserved/);
    expect((await run(['register', '--registry', 'ghcr.io/x', '--name', 'churn', '--model', f1.model])).code).toBe(2);
    expect(new LayoutBackend(join(root, 'reg/churn')).location).toBe(`oci-layout://${root}/reg/churn`);
  });
});
