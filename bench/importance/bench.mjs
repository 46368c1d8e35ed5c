// Permutation importance, 20 features x 5 repeats on 100,000 rows: `modelgate evaluate-model
// --importance true` (onnxruntime) against scikit-learn's permutation_importance on the same model
// and rows (the peer predicts with scikit-learn). One run per side. See bench/importance/README.md.
//
//   node bench/run.mjs importance [--rows 100000] [--repeats 5] [--no-write]
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fmtMB, fmtRatio, machineNotes, measure } from '../lib.mjs';

const PY = '/usr/bin/python3';
const here = dirname(fileURLToPath(import.meta.url));
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;

export async function run({ root, work, opts }) {
  const rows = Number(opts.rows ?? 100000);
  const repeats = Number(opts.repeats ?? 5);
  const prefix = join(work, `importance-${rows}-s42`);
  const tsx = join(root, 'node_modules', '.bin', 'tsx');
  if (!existsSync(`${prefix}.onnx`)) {
    console.error(`  generating ${prefix}.*`);
    await measure(PY, [join(here, 'generate.py'), '--rows', String(rows), '--seed', '42', '--prefix', prefix]);
    await measure(tsx, [join(here, 'make_onnx.ts'), prefix], { cwd: root });
  }
  const out = join(work, 'importance-out');
  mkdirSync(out, { recursive: true });
  // Ours from the TypeScript sources (tsx), as the dist bundle is rebuilt by the lead after merging.
  // evaluate-model logs the importance part's wall and CPU time; the peer times its call the same way.
  console.error('  ours: evaluate-model --importance true');
  const ours = await measure(tsx, [join(root, 'src', 'cli', 'bin.ts'), 'evaluate-model', '--model', `${prefix}.onnx`, '--data', `${prefix}.csv`, '--label', 'y', '--bootstrap', '100', '--out', join(out, 'importance.json'), '--importance', 'true', '--importance-repeats', String(repeats), '--importance-max-rows', String(rows), '--importance-metric', 'accuracy'], { cwd: root });
  const m1 = /permutation importance: .* in ([0-9.]+) s \(cpu ([0-9.]+) s\)/.exec(ours.stdout + ours.stderr);
  if (!m1) throw new Error(`no importance timing in our output:\n${(ours.stdout + ours.stderr).slice(-1000)}`);
  console.error('  peer: scikit-learn permutation_importance');
  const peer = await measure(PY, [join(here, 'peer_sklearn.py'), prefix, '--repeats', String(repeats)]);
  const pj = JSON.parse(peer.stdout);
  const ev = JSON.parse(readFileSync(join(out, 'importance.json'), 'utf8'));
  const imp = ev.importance;
  if (imp.rows !== rows || imp.features.length !== 20) throw new Error(`unexpected importance: ${JSON.stringify(imp).slice(0, 300)}`);
  const oursMs = Number(m1[1]) * 1000;
  const oursCpu = Number(m1[2]) * 1000;
  const peerMs = pj.importanceSeconds * 1000;
  const peerCpu = pj.importanceCpuSeconds * 1000;
  const rank = (means) => Object.entries(means).sort((a, b) => b[1] - a[1]).map(([k]) => k);
  const oursMeans = Object.fromEntries(imp.features.map((f) => [f.name, f.mean]));
  const maxDiff = Math.max(...Object.keys(pj.mean).map((k) => Math.abs(pj.mean[k] - oursMeans[k])));
  const top5 = rank(oursMeans).slice(0, 5).join(', ');
  const peerTop5 = rank(pj.mean).slice(0, 5).join(', ');
  const m = machineNotes();
  return [
    `## importance`,
    '',
    `Permutation importance of a StandardScaler + LogisticRegression (20 features) on ${rows.toLocaleString('en-US')} rows, ${repeats} repeats per feature, metric accuracy: ${(1 + 20 * repeats)} predictions of all rows on each side. One run per side, ${m.date}, ${m.cores} cores (${m.cpu}), Node ${m.node}, scikit-learn ${pj.sklearn}; the machine was shared with other jobs, so the wall times are indicative.`,
    '',
    '| side | whole process, wall | importance, wall | importance, CPU | peak RSS |',
    '|---|---:|---:|---:|---:|',
    `| ours: evaluate-model --importance true (tsx, from src/; reads, evaluates, then importance) | ${s(ours.ms)} | ${s(oursMs)} | ${s(oursCpu)} | ${fmtMB(ours.rssKB)} |`,
    `| peer: pandas read_csv + permutation_importance (scikit-learn predicts) | ${s(peer.ms)} | ${s(peerMs)} | ${s(peerCpu)} | ${fmtMB(peer.rssKB)} |`,
    '',
    `Importance, ours / peer: **${fmtRatio(oursMs / peerMs)}** wall, **${fmtRatio(oursCpu / peerCpu)}** CPU (below 1: ours is faster). Load average at the start: ${loadavg()[0].toFixed(1)} on ${m.cores} cores.`,
    '',
    `Agreement (different shuffles, so not equal): largest |ours − scikit-learn| over the 20 mean importances ${maxDiff.toFixed(4)}; top 5 ours: ${top5}; scikit-learn: ${peerTop5}.`,
  ].join('\n');
}
