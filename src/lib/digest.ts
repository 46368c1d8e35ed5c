/** Content digests shared by the steps that record what data they read. */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/**
 * SHA-256 of the files' bytes concatenated in the order given: evaluation.json's `data.sha256`
 * and the built-in trainer's recorded `data.sha256` are the same digest for the same files.
 */
export async function sha256Files(files: readonly string[]): Promise<string> {
  const h = createHash('sha256');
  for (const f of files) {
    for await (const chunk of createReadStream(f, { highWaterMark: 1 << 20 })) h.update(chunk as Buffer);
  }
  return h.digest('hex');
}
