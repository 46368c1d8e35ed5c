/**
 * A writer lock over a registry that has no transactions: Lamport's bakery algorithm, with tags as
 * its registers. A registry offers one atomic step, "point a tag at a manifest" (last writer wins),
 * and a listing of tags; no compare-and-set. Picking `v<max+1>` and writing it races (two writers
 * both write v7 and one version is lost), and "write, then read back" does not close the race (a
 * slower writer can overwrite after the first one checked). The bakery needs only registers that
 * each writer alone writes, so every writer uses tags of its own, named by a random id:
 *
 *   mg-lock.<id>.c<ms>   "choosing" (the doorway), with the writer's start time for the lease
 *   mg-lock.<id>.t<k>    its ticket k = 1 + the largest ticket it saw
 *   mg-lock.<id>.d       done (only where they cannot be deleted)
 *
 * All three point at one manifest of the writer's own, so on release a registry that allows
 * deletes drops them with one DELETE of that manifest; the layout folder removes them from its index.
 * A writer enters when, in one listing, no live writer is still choosing and none holds a smaller
 * (ticket, id). Writers that stop without releasing are ignored once their lease (start time + 120 s)
 * has passed; that bounds how long a crash blocks others, and assumes clocks agree within the lease.
 * Inside the lock, version numbers, aliases and the referrers fallback index are read and written
 * with no other writer between the read and the write.
 */
import { randomBytes } from 'node:crypto';
import { ServiceError } from '../errors.js';
import type { Backend } from './backend.js';
import { EMPTY, EMPTY_BYTES, MEDIA, jsonBytes, sha256, type ImageManifest } from './oci.js';

export const LOCK_PREFIX = 'mg-lock.';
const LEASE_MS = 120_000;
const WAIT_MS = 300_000;
const TAG = /^mg-lock\.([0-9a-f]{16})\.(c(\d+)|t(\d+)|d)$/;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One manifest per writer (its id annotated), so concurrent writers never PUT the same manifest at once. */
const lockBytes = (id: string) => jsonBytes({ schemaVersion: 2, mediaType: MEDIA.manifest, artifactType: MEDIA.lock, config: EMPTY, layers: [EMPTY], annotations: { 'vnd.modelgate.lock': id } } satisfies ImageManifest);

interface Writer {
  start?: number;
  ticket?: number;
  done: boolean;
}

function writers(tags: string[]): Map<string, Writer> {
  const out = new Map<string, Writer>();
  for (const t of tags) {
    const m = TAG.exec(t);
    if (!m) continue;
    const w = out.get(m[1]) ?? { done: false };
    if (m[3] !== undefined) w.start = Number(m[3]);
    else if (m[4] !== undefined) w.ticket = Number(m[4]);
    else w.done = true;
    out.set(m[1], w);
  }
  return out;
}

export interface LockOptions {
  now?: () => number;
  leaseMs?: number;
  waitMs?: number;
}

/** Runs `fn` while holding the repository's writer lock. */
export async function withLock<T>(backend: Backend, fn: () => Promise<T>, opts: LockOptions = {}): Promise<T> {
  const now = opts.now ?? Date.now;
  const lease = opts.leaseMs ?? LEASE_MS;
  const id = randomBytes(8).toString('hex');
  await backend.putBlob({ digest: EMPTY.digest, size: EMPTY.size, bytes: EMPTY_BYTES });
  const bytes = lockBytes(id);
  const put = (suffix: string) => backend.putManifest(bytes, MEDIA.manifest, `${LOCK_PREFIX}${id}.${suffix}`);
  const release = async () => {
    if (backend.deleteTags) await backend.deleteTags((await backend.listTags()).filter((t) => t.startsWith(`${LOCK_PREFIX}${id}.`)));
    else if (!(await backend.deleteManifest?.(sha256(bytes)))) await put('d');
  };
  const live = (w: Writer) => !w.done && w.start !== undefined && now() - w.start < lease;

  await put(`c${now()}`);
  let max = 0;
  for (const [, w] of writers(await backend.listTags())) if (live(w) && w.ticket !== undefined) max = Math.max(max, w.ticket);
  const ticket = max + 1;
  await put(`t${ticket}`);
  const deadline = now() + (opts.waitMs ?? WAIT_MS);
  for (let round = 0; ; round++) {
    let blocked = false;
    for (const [other, w] of writers(await backend.listTags())) {
      if (other === id || !live(w)) continue;
      if (w.ticket === undefined || w.ticket < ticket || (w.ticket === ticket && other < id)) {
        blocked = true;
        break;
      }
    }
    if (!blocked) break;
    if (now() > deadline) {
      await release();
      throw new ServiceError(`${backend.location}: waited ${(opts.waitMs ?? WAIT_MS) / 1000} s for other registrations to finish; try again`);
    }
    await sleep(Math.min(500, 10 + 15 * round) * (0.5 + Math.random()));
  }
  try {
    return await fn();
  } finally {
    await release();
  }
}
