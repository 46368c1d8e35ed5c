import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ORT_VERSION, ortCacheDir } from '../../src/model/ort.js';
import { ROOT } from '../helpers.js';

it('pins the onnxruntime-node version that package.json installs (dev) and accepts (optional peer)', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  expect(pkg.devDependencies['onnxruntime-node']).toBe(ORT_VERSION);
  expect(pkg.peerDependencies['onnxruntime-node']).toBe(ORT_VERSION);
  expect(pkg.peerDependenciesMeta['onnxruntime-node'].optional).toBe(true);
  // The published package installs nothing: the CLI bundle carries every other dependency.
  expect(pkg.dependencies).toBeUndefined();
});

it('keeps the tool-cache copy under RUNNER_TOOL_CACHE, per version and platform', () => {
  expect(ortCacheDir({ RUNNER_TOOL_CACHE: '/opt/hostedtoolcache' })).toBe(`/opt/hostedtoolcache/modelgate-onnxruntime-node/${ORT_VERSION}/${process.platform}-${process.arch}`);
});
