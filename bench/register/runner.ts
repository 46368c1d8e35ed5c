// The benchmark's entry into modelgate's registry code, bundled by bench.mjs with esbuild into
// bench/work/register/runner.mjs so that each run is one plain `node` process:
//
//   runner.mjs push --host H --repo R --file F [--chunk-mib N]   register F (HEAD, upload, manifest, tags)
//   runner.mjs pull --host H --repo R --out DIR                   pull `latest` (streamed, digest verified)
//
// Each prints one JSON line on stdout.
import type { Logger } from '../../src/lib/logger.js';
import { RemoteBackend } from '../../src/registry/remote.js';
import { pull, register } from '../../src/registry/versions.js';

function args(argv: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) if (argv[i].startsWith('--')) out[argv[i].slice(2)] = argv[++i];
  return out;
}

const quiet: Logger = { info: () => {}, warning: (m) => console.error(`warning: ${m}`), error: (m) => console.error(`error: ${m}`), debug: () => {}, group: (_n, fn) => fn() };
const [cmd, ...rest] = process.argv.slice(2);
const a = args(rest);
const backend = new RemoteBackend(a.host, a.repo, { chunkSize: a['chunk-mib'] ? Number(a['chunk-mib']) * 2 ** 20 : undefined });
const t0 = performance.now();
if (cmd === 'push') {
  const r = await register(backend, { name: a.repo.split('/').pop()!, model: [a.file], aliases: [] }, quiet);
  console.log(JSON.stringify({ ms: performance.now() - t0, version: r.version, digest: r.digest, bytesUploaded: r.stats.bytesUploaded, requests: backend.stats.requests }));
} else if (cmd === 'pull') {
  const { files } = await pull(backend, { tag: 'latest' }, a.out);
  console.log(JSON.stringify({ ms: performance.now() - t0, files }));
} else {
  console.error(`unknown command ${cmd}`);
  process.exit(2);
}
