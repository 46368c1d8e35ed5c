import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LayoutBackend } from '../../../src/registry/layout.js';
import { hex } from '../../../src/registry/oci.js';
import { memoryLogger } from '../../../src/lib/logger.js';
import { register } from '../../../src/registry/versions.js';
import { tempDir } from '../../helpers.js';
import { modelFiles } from '../../registry-fixtures.js';
import { backendSuite, corruptFile } from '../../registry-suite.js';

describe('OCI image layout backend', () => {
  const root = tempDir('mg-layout-');
  let n = 0;
  const dirs = new Map<string, string>();
  backendSuite({
    backend(name) {
      // The same name within one test is the same repository (the concurrency test opens it 8 times).
      const key = `${name}`;
      if (!dirs.has(key) || name !== 'conc') dirs.set(key, join(root, `${name}-${n++}`));
      return new LayoutBackend(dirs.get(key)!);
    },
    corrupt(b, digest) {
      corruptFile(join((b as LayoutBackend).dir, 'blobs/sha256', hex(digest)));
    },
  });

  it('writes oci-layout and an index whose tags skopeo reads, and leaves no lock tags behind', async () => {
    const dir = join(root, 'shape');
    const f = modelFiles('shape');
    await register(new LayoutBackend(dir), { name: 'shape', model: [f.model], aliases: ['production'] }, memoryLogger());
    expect(JSON.parse(readFileSync(join(dir, 'oci-layout'), 'utf8'))).toEqual({ imageLayoutVersion: '1.0.0' });
    const idx = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
    const tags = idx.manifests.map((m: { annotations: Record<string, string> }) => m.annotations['org.opencontainers.image.ref.name']).sort();
    expect(tags.filter((t: string) => !t.startsWith('sha256-'))).toEqual(['latest', 'production', 'v1']);
    expect(existsSync(join(dir, 'index.json.lock'))).toBe(false);
  });
});
