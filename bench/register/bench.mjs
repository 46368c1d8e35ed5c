#!/usr/bin/env node
// register: push and pull of a large model to Debian's docker-registry on 127.0.0.1, against `cp`
// of the same bytes and `curl --upload-file` / `curl -o` against the same registry, in one run;
// then the re-push of the unchanged model (HEAD only, 0 bytes).
//
//   node bench/register/bench.mjs [--runs 3] [--mib 500] [--no-write]
//
// Run directly, it writes bench/register/RESULTS.md (between its markers); bench/run.mjs can also
// run it through `run(ctx)`, which returns the markdown section. Data and the registry's storage
// go to bench/work/register/ (gitignored).
import { execFileSync } from 'node:child_process';
import { randomFillSync } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleTs, fmtMB, fmtRatio, fmtS, machineNotes, measure, median, parseArgs, updateResults } from '../lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const HEADER = `# register: push and pull against a loopback registry

Written by \`node bench/register/bench.mjs\` (options at the top of that file); the section between
the markers is regenerated on every run, text outside it is kept.
`;

function modelFile(path, mib) {
  if (existsSync(path) && statSync(path).size === mib * 2 ** 20) return;
  console.error(`  generating ${mib} MiB of random bytes at ${path}`);
  const chunk = Buffer.allocUnsafe(8 << 20);
  const fd = openSync(path, 'w');
  for (let left = mib * 2 ** 20; left > 0; left -= chunk.length) writeSync(fd, randomFillSync(chunk), 0, Math.min(chunk.length, left));
  closeSync(fd);
}

const json = (m) => JSON.parse(m.stdout.trim().split('\n').at(-1));

export async function run(ctx) {
  const { opts, root } = ctx;
  const runs = Number(opts.runs ?? 3);
  const mib = Number(opts.mib ?? 500);
  const work = join(ctx.work, 'register');
  rmSync(join(work, 'storage'), { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const runner = await bundleTs(root, join(here, 'runner.ts'), join(work, 'runner.mjs'));
  // The tests' own harness starts the registry: config in a temp dir, filesystem storage, 127.0.0.1.
  const harness = await bundleTs(root, join(root, 'test/integration/registry/docker-registry.ts'), join(work, 'docker-registry.mjs'));
  const { startRegistry } = await import(pathToFileURL(harness).href);
  const file = join(work, 'model.bin');
  modelFile(file, mib);
  const digest = 'sha256:' + execFileSync('sha256sum', [file], { encoding: 'utf8' }).split(' ')[0];
  const reg = await startRegistry({ storage: join(work, 'storage') });
  const host = reg.host;
  const node = process.execPath;
  const out = join(work, 'out');
  const machine = machineNotes();
  const curlPush = (repo) => [
    'sh',
    ['-c', `set -e; loc=$(curl -sSf -X POST -D - -o /dev/null "http://${host}/v2/${repo}/blobs/uploads/" | tr -d '\\r' | sed -n 's/^[Ll]ocation: //p'); curl -sSf --upload-file "$1" -H 'Content-Type: application/octet-stream' "$loc&digest=${digest}"`, 'sh', file],
  ];
  const sides = [
    { key: 'cp', name: '`cp` of the file (local disk)', make: () => ['cp', [file, join(out, 'copy.bin')]] },
    { key: 'curlPush', name: '`curl --upload-file` (monolithic blob upload, no hashing)', make: (r) => curlPush(`bench/curl-${r}`) },
    { key: 'oursPush', name: 'modelgate register (hash, HEAD, 16 MiB chunks, manifest, tags)', make: (r) => [node, [runner, 'push', '--host', host, '--repo', `bench/ours-${r}`, '--file', file]] },
    { key: 'oursMono', name: 'modelgate register, one monolithic upload', make: (r) => [node, [runner, 'push', '--host', host, '--repo', `bench/mono-${r}`, '--file', file, '--chunk-mib', '100000']] },
    { key: 'curlPull', name: '`curl -o` of the blob', make: (r) => ['curl', ['-sSf', '-o', join(out, 'curl.bin'), `http://${host}/v2/bench/ours-${r}/blobs/${digest}`]] },
    { key: 'oursPull', name: 'modelgate pull (streamed, sha256 verified, rename)', make: (r) => [node, [runner, 'pull', '--host', host, '--repo', `bench/ours-${r}`, '--out', out]] },
    { key: 'repush', name: 'modelgate register again, unchanged (HEAD only)', make: (r) => [node, [runner, 'push', '--host', host, '--repo', `bench/ours-${r}`, '--file', file]] },
  ];
  const res = Object.fromEntries(sides.map((s) => [s.key, { ...s, runs: [], inner: [] }]));
  try {
    for (let r = 0; r < runs; r++) {
      // Pushes before the pulls and the re-push that read what they wrote; the order of the
      // pushes alternates between rounds.
      const pushes = ['cp', 'curlPush', 'oursPush', 'oursMono'];
      if (r % 2) pushes.reverse();
      for (const key of [...pushes, 'curlPull', 'oursPull', 'repush']) {
        rmSync(out, { recursive: true, force: true });
        mkdirSync(out, { recursive: true });
        const s = res[key];
        const [cmd, args] = s.make(r);
        const m = await measure(cmd, args);
        s.runs.push(m);
        if (cmd === node) {
          const j = json(m);
          s.inner.push(j);
          if (key === 'repush' && j.bytesUploaded !== 0) throw new Error(`re-push uploaded ${j.bytesUploaded} bytes`);
          if ((key === 'oursPush' || key === 'oursMono') && j.bytesUploaded < mib * 2 ** 20) throw new Error(`push uploaded ${j.bytesUploaded} bytes`);
        }
        if (key === 'curlPull' || key === 'oursPull') {
          const got = join(out, key === 'curlPull' ? 'curl.bin' : 'model.bin');
          if (statSync(got).size !== mib * 2 ** 20) throw new Error(`${key} wrote ${statSync(got).size} bytes`);
        }
        console.error(`  round ${r + 1}/${runs} ${s.name}: ${fmtS(m.ms)}, ${fmtMB(m.rssKB)}`);
      }
    }
  } finally {
    await reg.stop();
    rmSync(out, { recursive: true, force: true });
  }
  for (const s of Object.values(res)) {
    s.ms = median(s.runs.map((m) => m.ms));
    s.rssKB = median(s.runs.map((m) => m.rssKB));
  }
  const ratio = (a, b) => median(res[a].runs.map((m, i) => m.ms / res[b].runs[i].ms));
  const mbps = (ms) => `${Math.round((mib * 1.048576) / (ms / 1000))} MB/s`;
  const rows = Object.values(res).map((s) => `| ${s.name} | ${fmtS(s.ms)} | ${mbps(s.ms)} | ${fmtMB(s.rssKB)} |`);
  const repushBytes = res.repush.inner.map((j) => j.bytesUploaded);
  const body = `${HEADER}
One ${mib} MiB model file of random bytes; docker-registry ${execFileSync('/usr/bin/docker-registry', ['--version'], { encoding: 'utf8' }).trim().split(' ').pop()} on 127.0.0.1 with filesystem
storage on the same disk; ${runs} rounds, medians; each push goes to a fresh repository so every byte is sent.
${machine.cores} cores (${machine.cpu}), ${machine.memGB} GB, Node ${machine.node}, ${machine.date}; the cores are shared with other work.

| side | median wall | throughput | peak RSS |
|---|---:|---:|---:|
${rows.join('\n')}

- push, modelgate / \`curl --upload-file\`: **${fmtRatio(ratio('oursPush', 'curlPush'))}** (16 MiB chunks), ${fmtRatio(ratio('oursMono', 'curlPush'))} (monolithic); modelgate also reads the file once more to hash it, which curl does not (it is given the digest).
- push, modelgate / \`cp\`: ${fmtRatio(ratio('oursPush', 'cp'))}.
- pull, modelgate / \`curl -o\`: **${fmtRatio(ratio('oursPull', 'curlPull'))}** (modelgate hashes while it writes and renames only a verified file; the rest is the web-stream to Node-stream bridge and the process start).
- re-push of the unchanged model: **${repushBytes.join(', ')} bytes uploaded**, ${fmtS(res.repush.ms)} (hash the file, HEAD its blobs, find the version already registered).
- Peak RSS: in 16 MiB chunks it stays near 150 MB whatever the file size; forced into one request it grows with the file (${fmtMB(res.oursMono.rssKB)}), because Node's fetch (undici) reads a streamed request body ahead of the socket. That is why uploads above 16 MiB are chunked. Pulls stream to disk (${fmtMB(res.oursPull.rssKB)}).
`;
  return body;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const opts = parseArgs(process.argv.slice(2));
  const root = join(here, '../..');
  const work = join(root, 'bench/work');
  mkdirSync(work, { recursive: true });
  const section = await run({ root, benchDir: join(root, 'bench'), work, opts });
  if (opts['no-write']) console.log(section);
  else updateResults(join(here, 'RESULTS.md'), 'register', section);
}
