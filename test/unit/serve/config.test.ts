import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { files } from '../../helpers.js';
import { envName, parseServeConfig, SETTINGS } from '../../../src/serve/config.js';
import { serveHelp } from '../../../src/cli/serve.js';

describe('serve settings: flags over environment over config file over defaults', () => {
  it('applies the documented defaults', () => {
    const c = parseServeConfig({ model: 'models/churn.onnx' }, {});
    expect(c).toMatchObject({ name: 'churn', host: '127.0.0.1', port: 8080, batching: true, bodyLimit: 8 * 1024 * 1024, requestTimeoutMs: 30000, captureSample: 1, logLevel: 'info', candidateMode: 'split', candidateWeight: 0, stickyHeader: 'x-request-key' });
    // No version given: the registry's v<n> for a registry reference, else the lowest number free (src/serve/index.ts).
    expect(c.version).toBeUndefined();
    expect(c.adminToken).toBeUndefined();
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('takes each source in order of precedence', () => {
    const dir = files({ 'serve.yml': 'model: from-file.onnx\nport: 9000\nhost: 0.0.0.0\nbody-limit: 1mb\nignore: [id, label]\n' });
    const config = join(dir, 'serve.yml');
    const env = { [envName('port')]: '9100', [envName('admin-token')]: 'a-long-enough-token' };
    const c = parseServeConfig({ config, 'log-level': 'warn' }, env);
    expect(c).toMatchObject({ model: 'from-file.onnx', port: 9100, host: '0.0.0.0', bodyLimit: 1024 * 1024, ignore: ['id', 'label'], adminToken: 'a-long-enough-token', logLevel: 'warn' });
    expect(parseServeConfig({ config, port: '9200' }, env).port).toBe(9200);
    expect(parseServeConfig({}, { [envName('config')]: config }).model).toBe('from-file.onnx');
  });

  it('refuses bad values with the option and where it came from', () => {
    expect(() => parseServeConfig({}, {})).toThrow(/--model is required/);
    expect(() => parseServeConfig({ model: 'm.onnx', port: '70000' }, {})).toThrow(/port \(--port\): '70000' is not an integer from 0 to 65535/);
    expect(() => parseServeConfig({ model: 'm.onnx' }, { [envName('batching')]: 'yes' })).toThrow(/batching \(MODELGATE_SERVE_BATCHING\): 'yes' is not true or false/);
    expect(() => parseServeConfig({ model: 'm.onnx', 'body-limit': 'lots' }, {})).toThrow(/not a size/);
    expect(() => parseServeConfig({ model: 'm.onnx', 'admin-token': 'short' }, {})).toThrow(/at least 16 characters/);
    expect(() => parseServeConfig({ model: 'm.onnx', colour: 'red' }, {})).toThrow(/unknown option --colour/);
    const dir = files({ 'bad.yml': 'model: m.onnx\nprot: 1\n' });
    expect(() => parseServeConfig({ config: join(dir, 'bad.yml') }, {})).toThrow(/unknown key 'prot'/);
    expect(() => parseServeConfig({ config: join(dir, 'none.yml') }, {})).toThrow(/not found/);
  });

  it('reads workers from a flag, the environment and the config file, 1 by default', () => {
    expect(parseServeConfig({ model: 'm.onnx' }, {}).workers).toBe(1);
    expect(parseServeConfig({ model: 'm.onnx', workers: '2' }, {}).workers).toBe(2);
    expect(parseServeConfig({ model: 'm.onnx' }, { [envName('workers')]: '3' }).workers).toBe(3);
    const dir = files({ 'serve.yml': 'model: m.onnx\nworkers: 4\n' });
    expect(parseServeConfig({ config: join(dir, 'serve.yml') }, {}).workers).toBe(4);
    expect(() => parseServeConfig({ model: 'm.onnx', workers: '0' }, {})).toThrow(/workers \(--workers\): '0' is not an integer from 1 to 64/);
    expect(() => parseServeConfig({ model: 'm.onnx', workers: '1.5' }, {})).toThrow(/is not an integer/);
  });

  it('documents every setting with its environment variable in --help', () => {
    const help = serveHelp();
    for (const s of SETTINGS) {
      expect(help).toContain(`--${s.name}`);
      expect(help).toContain(envName(s.name));
    }
  });
});
