/**
 * A bound on the main thread's young generation during a long pass over data. V8 grows a thread's
 * young generation while objects survive its scavenges, up to a maximum set when the process
 * starts from the machine's memory: 16 MB semi-spaces on Node 20 here, 64 MB on Node 24 (what the
 * actions run), whose new space then reaches 128 MB on a 10M-row file and only 64 MB on a 1M-row
 * one. That, not data kept, is why validate-data's peak RSS on Node 24 grew 1.6-1.7x with 10x the
 * rows (bench/RESULTS.md). Worker threads get their limit from `resourceLimits`; the main thread,
 * started by `node` without flags (an action can not pass any), only from here.
 *
 * `--max-semi-space-size` is read once, at start. What V8 reads each time it grows the new space
 * is its growth factor, so the pass stops the growth once the new space has reached the cap: it
 * sets the factor to 1 (the size stays as it is) and sets V8's default (2) back at the end. The
 * checks must come often: on a 100,000-row Parquet row group the new space grew from 1 to 32 MB
 * before the group's end. The flag is V8's, process-wide, so it is set only from the main thread's
 * pass; a user's own setting (NODE_OPTIONS or the command line) is left alone.
 */
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

const FLAG = 'semi-space-growth-factor';
/** V8's default growth factor, set back after the pass. */
const DEFAULT_FACTOR = 2;

const userSet = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].some((a) => a.replace(/_/g, '-').includes(FLAG));
/** The cap in bytes while a pass on this thread is armed, else 0. Per thread: a worker's module state is its own. */
let cap = 0;
let held = false;

/** The size of this thread's new space (both semi-spaces), in bytes. */
export function newSpaceBytes(): number {
  return getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size ?? 0;
}

/** The start of a pass on this thread: from now on, {@link tickYoungGeneration} holds the new space at `mb` MB. */
export function armYoungGeneration(mb: number): void {
  cap = userSet ? 0 : mb * 2 ** 20;
}

/**
 * Called often during a pass (every few thousand rows, every Parquet column chunk; about 2 us):
 * once this thread's new space has reached the armed cap, it grows no further until
 * {@link releaseYoungGeneration}. A no-op when no pass armed it, as in worker threads.
 */
export function tickYoungGeneration(): void {
  if (cap === 0 || held || newSpaceBytes() < cap) return;
  setFlagsFromString(`--${FLAG}=1`);
  held = true;
}

/** The end of the pass: the young generation grows again as V8 grows it by default. */
export function releaseYoungGeneration(): void {
  cap = 0;
  if (!held) return;
  setFlagsFromString(`--${FLAG}=${DEFAULT_FACTOR}`);
  held = false;
}
