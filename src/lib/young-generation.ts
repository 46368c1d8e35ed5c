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
 *
 * The same ticks keep the garbage of a long pass from growing with the file. What outlives the
 * young generation (a row group's values, a chunk's merged sketches, the arrays a worker's result
 * arrives in) is freed only by a full collection, and V8 starts one when the old generation has
 * grown by a factor of what was live after the last (up to 4x) or external memory by 64 MB: a
 * pass that runs long enough reaches that ceiling, a short one does not, so a 10M-row file's peak
 * was 1.2x a 1M-row one's (bench/RESULTS.md, "Parquet at 10x the rows"). With a garbage
 * budget armed, a tick that finds the old generation and external memory grown by more than the
 * budget since the last full collection runs one (about 5-10 ms on the pass's heap of 15-30 MB).
 * V8's own `gc` is exposed for that (`--expose-gc`, read when a context is made: a new context's
 * global), as Jest's leak detector gets it; a pass that can not get it holds no budget.
 */
import { getHeapSpaceStatistics, getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

const FLAG = 'semi-space-growth-factor';
/** V8's default growth factor, set back after the pass. */
const DEFAULT_FACTOR = 2;

const userSet = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].some((a) => a.replace(/_/g, '-').includes(FLAG));
/** The cap in bytes while a pass on this thread is armed, else 0. Per thread: a worker's module state is its own. */
let cap = 0;
let held = false;
/** The garbage budget in bytes while armed, else 0, and the level (old generation + external) after the last full collection. */
let budget = 0;
let level = 0;
let collect: (() => void) | null | undefined;

/** V8's full collection, exposed once; null when it can not be. */
function fullCollection(): (() => void) | null {
  if (collect !== undefined) return collect;
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    collect = typeof gc === 'function' ? () => (gc as () => void)() : null;
  } catch {
    collect = null;
  }
  return collect;
}

/** This thread's old generation (old and large-object spaces, in use) plus its external memory (ArrayBuffers), in bytes. */
export function garbageLevel(): number {
  let old = 0;
  for (const s of getHeapSpaceStatistics()) if (s.space_name === 'old_space' || s.space_name === 'large_object_space') old += s.space_used_size;
  return old + getHeapStatistics().external_memory;
}

/** The size of this thread's new space (both semi-spaces), in bytes. */
export function newSpaceBytes(): number {
  return getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size ?? 0;
}

/**
 * The start of a pass on this thread: from now on, {@link tickYoungGeneration} holds the new space
 * at `mb` MB and, with `garbageMb`, runs a full collection whenever the old generation and external
 * memory have grown by that much since the last.
 */
export function armYoungGeneration(mb: number, garbageMb = 0): void {
  cap = userSet ? 0 : mb * 2 ** 20;
  budget = garbageMb > 0 && fullCollection() !== null ? garbageMb * 2 ** 20 : 0;
  level = budget > 0 ? garbageLevel() : 0;
}

/**
 * Called often during a pass (every few thousand rows, every Parquet column chunk; about 2 us):
 * once this thread's new space has reached the armed cap, it grows no further until
 * {@link releaseYoungGeneration}. A no-op when no pass armed it, as in worker threads.
 */
export function tickYoungGeneration(): void {
  if (budget !== 0) {
    const now = garbageLevel();
    if (now - level > budget) {
      collect!();
      level = garbageLevel();
    } else if (now < level) level = now; // V8 collected on its own
  }
  if (cap === 0 || held || newSpaceBytes() < cap) return;
  setFlagsFromString(`--${FLAG}=1`);
  held = true;
}

/** The end of the pass: the young generation grows again as V8 grows it by default. */
export function releaseYoungGeneration(): void {
  cap = 0;
  budget = 0;
  if (!held) return;
  setFlagsFromString(`--${FLAG}=${DEFAULT_FACTOR}`);
  held = false;
}
