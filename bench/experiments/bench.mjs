#!/usr/bin/env node
// Experiment tracking: what recording a run adds to a train and an evaluate-model step, and
// `modelgate exp show` over 10,000 runs against the peer a team would write by hand (pandas over
// the same folder of run files).
//
//   node bench/experiments/bench.mjs [--rounds 15] [--runs 5] [--count 10000] [--no-write]
//
// Goals (issue #16): tracking adds <= 50 ms to a run; exp show over 10,000 runs <= 1 s.
// Run directly, it writes bench/experiments/RESULTS.md (between its markers); bench/run.mjs runs
// it through `run(ctx)`. Data goes to bench/work/experiments/ (gitignored).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleTs, fmtRatio, machineNotes, measure, median, parseArgs, updateResults } from '../lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const HEADER = `# Experiment tracking

Written by \`node bench/experiments/bench.mjs\` (options at the top of that file); the section between
the markers is regenerated on every run, text outside it is kept.
`;
const ms = (x) => `${x.toFixed(1)} ms`;

export async function run(ctx) {
  const { root, opts } = ctx;
  const rounds = Number(opts.rounds ?? 15);
  const runs = Number(opts.runs ?? 5);
  const count = Number(opts.count ?? 10000);
  const work = join(ctx.work, 'experiments');
  mkdirSync(work, { recursive: true });
  const runner = await bundleTs(root, join(here, 'runner.ts'), join(work, 'runner.mjs'), { external: ['onnxruntime-node'] });
  const node = process.execPath;
  const machine = machineNotes();

  // 1. Overhead: the same train (a cache hit) and evaluate-model steps with tracking off and on.
  const project = join(work, 'project');
  rmSync(project, { recursive: true, force: true });
  mkdirSync(project, { recursive: true });
  cpSync(join(root, 'test/fixtures/train/customers.csv'), join(project, 'customers.csv'));
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: project });
  execFileSync('git', ['-c', 'user.name=b', '-c', 'user.email=b@example.com', 'commit', '-q', '--allow-empty', '-m', 'x'], { cwd: project });
  console.error(`  overhead: ${rounds} interleaved rounds`);
  // The runner resolves onnxruntime-node from the repository's node_modules.
  const o = JSON.parse(execFileSync(node, [runner, 'overhead', project, String(rounds)], { encoding: 'utf8', env: { ...process.env, NODE_PATH: join(root, 'node_modules') } }));
  const trainDelta = median(o.trainOn.map((x, i) => x - o.trainOff[i]));
  const evalDelta = median(o.evalOn.map((x, i) => x - o.evalOff[i]));

  // 2. exp show over `count` runs: ours (the CLI bundle, a whole process) against pandas.
  const store = join(work, `runs-${count}`);
  if (!existsSync(store) || readdirSync(store).filter((n) => n.endsWith('.json') && !n.startsWith('.')).length !== count) {
    rmSync(store, { recursive: true, force: true });
    console.error(`  generating ${count} runs in ${store}`);
    execFileSync(node, [runner, 'generate', store, String(count)]);
  }
  const cli = join(root, 'dist/cli/index.js');
  const where = 'params.C > 0.5 and metrics.roc_auc >= 0.75';
  const sides = [
    { key: 'ours', name: '`modelgate exp show --where … --sort -metrics.roc_auc` (CLI bundle, whole process)', cmd: node, args: [cli, 'exp', 'show', '--experiments', store, '--where', where, '--sort', '-metrics.roc_auc'] },
    { key: 'oursJson', name: 'the same with `--json`', cmd: node, args: [cli, 'exp', 'show', '--experiments', store, '--where', where, '--sort', '-metrics.roc_auc', '--json'] },
    { key: 'pandas', name: 'pandas: read the files, flatten, filter, sort, print (bench/experiments/peer_show.py)', cmd: '/usr/bin/python3', args: [join(here, 'peer_show.py'), store] },
  ];
  const times = Object.fromEntries(sides.map((s) => [s.key, []]));
  let oursRows = 0;
  let peerRows = 0;
  console.error(`  exp show: ${runs} interleaved rounds over ${count} runs`);
  for (let r = 0; r < runs; r++) {
    for (const s of r % 2 ? [...sides].reverse() : sides) {
      const m = await measure(s.cmd, s.args);
      times[s.key].push(m.ms);
      if (s.key === 'ours') oursRows = m.stdout.trimEnd().split('\n').length - 1;
      if (s.key === 'pandas') peerRows = m.stdout.trimEnd().split('\n').length - 1;
    }
  }
  const nodeBare = [];
  for (let r = 0; r < runs; r++) nodeBare.push((await measure(node, ['-e', '0'])).ms);
  const ratio = (k) => median(times[k].map((x, i) => x / times.pandas[i]));
  const lines = [
    '## Experiment tracking',
    '',
    `Machine: ${machine.cores} cores (${machine.cpu.split(' ').slice(0, 2).join(' ')}), ${machine.memGB} GiB, shared with other work; Linux ${machine.kernel}; Node ${machine.node}. Date ${machine.date}.`,
    '',
    '### What recording a run adds to a step (goal: ≤ 50 ms)',
    '',
    `The same step run in one process with \`experiments: false\` and with the default folder store, interleaved (${rounds} rounds, the order alternating); train is a cache hit on customers.csv (1,000 rows), evaluate-model scores that model on it (200 bootstrap resamples). The overhead is the median of the per-round differences. On: reading git (commit, dirty, branch), the pull request from the event, building the record, validating it against its schema, writing it (temp + rename); evaluate-model also reads the last 200 runs for the train run of its model (the store grows by 2 runs a round: ${o.runs} at the end).`,
    '',
    '| step | median off | median on | overhead (median of differences) |',
    '|---|---:|---:|---:|',
    `| train (cache hit) | ${ms(median(o.trainOff))} | ${ms(median(o.trainOn))} | **${ms(trainDelta)}** |`,
    `| evaluate-model | ${ms(median(o.evalOff))} | ${ms(median(o.evalOn))} | **${ms(evalDelta)}** |`,
    '',
    `### \`exp show\` over ${count.toLocaleString('en-US')} runs (goal: ≤ 1 s)`,
    '',
    `A folder store of ${count.toLocaleString('en-US')} run files (params, three metrics with intervals each); filter \`${where}\`, sort by ROC AUC descending, print the table (${oursRows} rows; the peer prints ${peerRows}). Wall time of the whole process (Node or Python startup included), median of ${runs} interleaved rounds; the files are in the page cache. Ratio: each side's time over pandas' in the same round, median.`,
    '',
    '| | median wall time | time / pandas |',
    '|---|---:|---:|',
    ...sides.map((s) => `| ${s.name} | ${ms(median(times[s.key]))} | ${fmtRatio(ratio(s.key))} |`),
    `| (reference) \`node -e 0\`: Node's own startup | ${ms(median(nodeBare))} | |`,
    '',
  ];
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const opts = parseArgs(process.argv.slice(2));
  const root = join(here, '..', '..');
  const section = await run({ root, benchDir: join(here, '..'), work: join(here, '..', 'work'), opts });
  if (opts['no-write']) console.log(section);
  else {
    const path = join(here, 'RESULTS.md');
    if (!existsSync(path)) (await import('node:fs')).writeFileSync(path, HEADER);
    updateResults(path, 'experiments', section);
    console.error(`wrote ${path}`);
  }
}
