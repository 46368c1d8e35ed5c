// Shared helpers for the benchmarks: run a command as a child process and measure its wall time and
// peak RSS, interleave the sides, take medians, describe the machine, update bench/RESULTS.md.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir, release } from 'node:os';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';

/**
 * Runs `cmd args` and measures it. Peak RSS is the child's max resident set size from GNU time
 * (`%M`, from wait4's rusage) when /usr/bin/time exists, else the VmHWM of /proc/<pid>/status
 * polled every 10 ms (a lower bound). Wall time is taken here around the child (spawn to exit),
 * so the few ms of /usr/bin/time itself are included on both sides alike.
 * Returns { ms, rssKB, code, stdout, stderr }; throws when the exit code is not in `okCodes`.
 */
export function measure(cmd, args, { env = process.env, cwd, okCodes = [0] } = {}) {
  const useTime = existsSync(GNU_TIME);
  const dir = mkdtempSync(join(tmpdir(), 'bench-'));
  const timeFile = join(dir, 'time.txt');
  const [file, argv] = useTime ? [GNU_TIME, ['-f', '%M', '-o', timeFile, cmd, ...args]] : [cmd, args];
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(file, argv, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    let hwm = 0;
    const poll = useTime
      ? null
      : setInterval(() => {
          try {
            const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
            if (m) hwm = Math.max(hwm, Number(m[1]));
          } catch {
            /* exited */
          }
        }, 10);
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (poll) clearInterval(poll);
      let rssKB = hwm;
      if (useTime && existsSync(timeFile)) {
        // GNU time writes "Command exited with non-zero status N" before the format when N != 0.
        const lines = readFileSync(timeFile, 'utf8').trim().split('\n');
        rssKB = Number(lines[lines.length - 1]);
      }
      rmSync(dir, { recursive: true, force: true });
      if (!okCodes.includes(code)) {
        reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}\n${stderr.slice(-2000)}`));
        return;
      }
      resolve({ ms, rssKB, code, stdout, stderr });
    });
  });
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Runs every side `runs` times, interleaved so that slow drift of the machine (other work on the
 * shared cores, page cache, thermal) hits all sides alike: A B C, C B A, A B C, ... Returns per
 * side { name, runs: [...measurements], ms (median), rssKB (median), check }.
 */
export async function interleaved(sides, runs, log = console.error) {
  const results = sides.map((s) => ({ name: s.name, runs: [] }));
  for (let r = 0; r < runs; r++) {
    const order = sides.map((_, i) => i);
    if (r % 2) order.reverse();
    for (const i of order) {
      const s = sides[i];
      // `args` may depend on the round (a side that does an expensive extra only in some rounds).
      const m = await measure(s.cmd, typeof s.args === 'function' ? s.args(r) : s.args, { env: s.env, okCodes: s.okCodes });
      if (s.check) s.check(m);
      results[i].runs.push(m);
      log(`  run ${r + 1}/${runs} ${s.name}: ${fmtS(m.ms)}, ${fmtMB(m.rssKB)}`);
    }
  }
  for (const res of results) {
    res.ms = median(res.runs.map((m) => m.ms));
    res.rssKB = median(res.runs.map((m) => m.rssKB));
  }
  return results;
}

/** The median over rounds of a.runs[i][key] / b.runs[i][key]: runs of one round were made seconds apart. */
export function pairedRatio(a, b, key) {
  return median(a.runs.map((m, i) => m[key] / b.runs[i][key]));
}

export const fmtS = (ms) => `${(ms / 1000).toFixed(2)} s`;
export const fmtMB = (kb) => `${Math.round(kb / 1024)} MB`;
export const fmtRatio = (x) => `${x.toFixed(2)}x`;

/** Cores, CPU model, memory, Node version, kernel, date. */
export function machineNotes() {
  const c = cpus();
  return {
    cores: c.length,
    cpu: c[0]?.model ?? 'unknown',
    memGB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    kernel: release(),
    date: new Date().toISOString().slice(0, 10),
  };
}

/**
 * Replaces the text between `<!-- BEGIN RESULTS: name -->` and `<!-- END RESULTS: name -->` in
 * RESULTS.md (appending the section when absent), so hand-written notes around it survive reruns.
 */
export function updateResults(path, name, body) {
  const begin = `<!-- BEGIN RESULTS: ${name} -->`;
  const end = `<!-- END RESULTS: ${name} -->`;
  const section = `${begin}\n${body.trim()}\n${end}`;
  let text = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmark results\n\nWritten by `npm run bench` (see bench/README.md); text outside the generated sections is kept.\n';
  const a = text.indexOf(begin);
  const b = text.indexOf(end);
  if (a !== -1 && b > a) text = text.slice(0, a) + section + text.slice(b + end.length);
  else text = `${text.trimEnd()}\n\n${section}\n`;
  writeFileSync(path, text);
}

/** Parses `--name value` and `--flag` options. */
export function parseArgs(argv) {
  const opts = { _: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) opts._.push(a);
    else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) opts[a.slice(2)] = argv[++i];
    else opts[a.slice(2)] = true;
  }
  return opts;
}

/**
 * Bundles a TypeScript entry (a benchmark's runner.ts over our sources) with esbuild into one ESM
 * file, so each measured run is a plain `node` process. CommonJS dependencies (ajv) call
 * require(): the banner gives the ESM bundle one.
 */
export async function bundleTs(root, entry, outfile, { external = [] } = {}) {
  const { build } = await import('esbuild');
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'warning',
    external,
    banner: { js: "import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);" },
    absWorkingDir: root,
  });
  return outfile;
}
