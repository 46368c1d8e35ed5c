// The benchmark's entry into modelgate's train code, bundled by bench.mjs with esbuild into
// bench/work/train-cachekey/runner.mjs so that each run is one plain `node` process:
//
//   runner.mjs digest --root DIR --stat-cache PATH|none PATTERN...   the cache key over the files
//   runner.mjs train --workspace DIR --cache-dir DIR                  runTrainCommand (local store)
//   runner.mjs hash-memory --mib N                                    SHA-256 of N MiB in memory (no I/O)
//
// Each prints one JSON line on stdout.
import { createHash, randomFillSync } from 'node:crypto';
import { cacheKey, expandInputs, hashInputs, StatCache } from '../../src/train/cachekey.js';
import { runTrainCommand } from '../../src/train/command.js';
import type { Logger } from '../../src/lib/logger.js';

function args(argv: string[]): { _: string[]; [k: string]: string | string[] } {
  const out: { _: string[]; [k: string]: string | string[] } = { _: [] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i].startsWith('--')) out[argv[i].slice(2)] = argv[++i];
    else out._.push(argv[i]);
  }
  return out;
}

const quiet: Logger = { info: () => {}, warning: (m) => console.error(`warning: ${m}`), error: (m) => console.error(`error: ${m}`), debug: () => {}, group: (_n, fn) => fn() };

const [cmd, ...rest] = process.argv.slice(2);
const a = args(rest);

if (cmd === 'digest') {
  const root = a.root as string;
  const t0 = performance.now();
  const files = await expandInputs(a._, root);
  const statCache = a['stat-cache'] === 'none' ? StatCache.none() : StatCache.load(a['stat-cache'] as string);
  const { digests, stats } = await hashInputs(files, { root, statCache });
  statCache.save();
  const key = cacheKey({ prefix: 'bench', command: 'train', inputs: digests, outputs: ['model.bin'] });
  const ms = performance.now() - t0;
  console.log(JSON.stringify({ key, ms, stats, digests }));
} else if (cmd === 'train') {
  const t0 = performance.now();
  const r = await runTrainCommand(
    {
      command: `"${process.execPath}" train.mjs`,
      inputs: ['data', 'train.mjs'],
      outputs: ['model.bin', 'metrics.json'],
      cache: true,
      cacheKeyPrefix: 'bench',
      manifest: 'train-manifest.json',
      workspace: a.workspace as string,
      localCacheDir: a['cache-dir'] as string,
    },
    quiet,
  );
  if (!r.passed) throw new Error(r.failure);
  console.log(JSON.stringify({ ms: performance.now() - t0, cacheHit: r.cacheHit, saved: r.saved, commandDurationMs: r.manifest!.commandDurationMs, durationMs: r.manifest!.durationMs, key: r.key }));
} else if (cmd === 'hash-memory') {
  const mib = Number(a.mib ?? 1024);
  const buf = randomFillSync(Buffer.allocUnsafe(1 << 20));
  const t0 = performance.now();
  const h = createHash('sha256');
  for (let i = 0; i < mib; i++) h.update(buf);
  h.digest();
  console.log(JSON.stringify({ ms: performance.now() - t0, mib }));
} else {
  console.error(`unknown command ${cmd}`);
  process.exit(2);
}
