// The data digest on a thread of its own (src/lib/digest.ts) against node:crypto over the files'
// bytes concatenated, and against sha256Files; a missing file is sha256Files' error.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256Files, sha256FilesOffThread } from '../../../src/lib/digest.js';
import { rng, tempDir } from '../../helpers.js';

describe('sha256FilesOffThread', () => {
  it('is the SHA-256 of the files concatenated in order, as sha256Files computes it', async () => {
    const dir = tempDir();
    const r = rng(5);
    const parts = [3 << 20, 0, 12345].map((n) => Buffer.from(Array.from({ length: n }, () => Math.floor(r() * 256))));
    const files = parts.map((b, i) => {
      const f = join(dir, `part${i}.bin`);
      writeFileSync(f, b);
      return f;
    });
    const expected = createHash('sha256').update(Buffer.concat(parts)).digest('hex');
    expect(await sha256FilesOffThread(files).digest).toBe(expected);
    expect(await sha256Files(files)).toBe(expected);
    expect(await sha256FilesOffThread([files[2]!, files[0]!]).digest).not.toBe(expected);
  });

  it('a file that cannot be read fails as sha256Files fails; stop ends the thread', async () => {
    const missing = join(tempDir(), 'missing.csv');
    await expect(sha256FilesOffThread([missing]).digest).rejects.toThrow(/ENOENT/);
    const h = sha256FilesOffThread([missing]);
    h.stop();
  });
});
