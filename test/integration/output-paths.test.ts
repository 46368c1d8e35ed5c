// Issue #8 item 3 and item 16 (temp files): an output path the file system refuses is an input error
// (exit 2, one line naming the path, no file at any output path), for every command's outputs; a
// closed stdout (`| head -1`) is not a crash; temp files are named so they cannot pass for outputs,
// and are removed on SIGTERM, or by the next run when the process was killed outright.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/errors.js';
import { makeDirs, outputError, sweepStaleTemps, TEMP_PREFIX, tempPathFor, writeFilesAtomic } from '../../src/lib/files.js';
import { errorLines, finished, runMain, spawnCli } from '../cli.js';
import { ROOT, tempDir } from '../helpers.js';

const MODELS = join(ROOT, 'test/fixtures/models');
const IRIS = join(MODELS, 'iris.csv');

/** A folder with a data file, a file `f` (a parent that is a file) and a directory `d`. */
function place(): string {
  const dir = tempDir('mg-out-');
  writeFileSync(join(dir, 'data.csv'), 'x,c\n1,a\n2,b\n3,a\n');
  writeFileSync(join(dir, 'f'), 'a file');
  mkdirSync(join(dir, 'd'));
  return dir;
}

/** The command's outputs as flags (`name -> file name`), and the flags that run it. */
interface Case {
  command: string;
  args: (dir: string) => string[];
  outputs: Record<string, string>;
}

let evaluation: string | undefined;
/** One evaluation.json (with its predictions) for compare-to-baseline to read. */
async function anEvaluation(): Promise<string> {
  if (evaluation) return evaluation;
  const dir = tempDir('mg-ev-');
  const r = await runMain(['evaluate-model', '--model', join(MODELS, 'multiclass_tree_strlabels.onnx'), '--data', IRIS, '--label', 'species', '--bootstrap', '100', '--out', join(dir, 'e.json')]);
  expect(r.code).toBe(0);
  return (evaluation = join(dir, 'e.json'));
}

const CASES: Case[] = [
  { command: 'validate-data', args: (d) => ['--data', join(d, 'data.csv')], outputs: { report: 'r.json', profile: 'p.json', markdown: 'r.md', 'infer-schema': 's.yml' } },
  {
    command: 'evaluate-model',
    args: () => ['--model', join(MODELS, 'multiclass_tree_strlabels.onnx'), '--data', IRIS, '--label', 'species', '--bootstrap', '100'],
    outputs: { out: 'e.json', predictions: 'p.csv' },
  },
  { command: 'compare-to-baseline', args: () => ['--candidate', evaluation!, '--baseline', evaluation!], outputs: { out: 'c.json', 'comment-file': 'c.md' } },
  { command: 'train', args: () => ['--algorithm', 'logistic-regression', '--data', IRIS, '--label', 'species', '--cache', 'false'], outputs: { model: 'm.onnx', manifest: 'tm.json' } },
];

describe('output paths the file system refuses', () => {
  for (const c of CASES) {
    for (const bad of Object.keys(c.outputs)) {
      for (const [what, path, reason] of [
        ['a directory', 'd', 'it is a directory'],
        ['under a file', 'f/x.out', 'a parent of it is a file, not a directory'],
      ] as const) {
        it(`${c.command} --${bad} ${what}: exit 2, one line naming the path, no output written`, async () => {
          if (c.command === 'compare-to-baseline') await anEvaluation();
          const dir = place();
          const flags = Object.entries(c.outputs).flatMap(([k, v]) => [`--${k}`, join(dir, k === bad ? path : v)]);
          const r = await runMain([c.command, ...c.args(dir), ...flags]);
          expect(r.code, r.stderr).toBe(2);
          const lines = errorLines(r);
          expect(lines).toHaveLength(1);
          expect(lines[0]).toContain(join(dir, path));
          expect(lines[0]).toContain(reason);
          expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
          for (const [k, v] of Object.entries(c.outputs)) if (k !== bad) expect(existsSync(join(dir, v)), `${k} written`).toBe(false);
          expect(readdirSync(dir).sort()).toEqual(['d', 'data.csv', 'f']);
          expect(readdirSync(join(dir, 'd'))).toEqual([]);
        });
      }
    }
  }

  it('validate-data --infer-schema writes the schema alone unless a report is asked for (item 16)', async () => {
    const dir = place();
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const r = await runMain(['validate-data', '--data', 'data.csv', '--infer-schema', 's.yml']);
      expect(r.code).toBe(0);
      expect(existsSync('s.yml')).toBe(true);
      expect(existsSync('data-report.json')).toBe(false);
      expect((await runMain(['validate-data', '--data', 'data.csv', '--infer-schema', 's2.yml', '--report', 'r.json'])).code).toBe(0);
      expect(existsSync('r.json')).toBe(true);
      expect((await runMain(['validate-data', '--data', 'data.csv'])).code).toBe(0);
      expect(existsSync('data-report.json')).toBe(true);
    } finally {
      process.chdir(cwd);
    }
  });

  it('a folder the file system refuses to create although its parent exists ends at once: exit 2, one line (no mkdir -p loop)', async () => {
    // Node 20's mkdirSync(dir, { recursive: true }) spins forever on /proc/<missing>; makeDirs does not.
    if (!existsSync('/proc/self')) return;
    const dir = place();
    const child = spawnCli(['validate-data', '--data', join(dir, 'data.csv'), '--report', '/proc/modelgate-none/deeper/r.json']);
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    const r = await finished(child).finally(() => clearTimeout(timer));
    expect(r.signal).toBeNull();
    expect(r.code).toBe(2);
    expect(errorLines(r)).toHaveLength(1);
    expect(errorLines(r)[0]).toBe('modelgate validate-data: cannot write /proc/modelgate-none/deeper/r.json: the file system refused to create the folder /proc/modelgate-none');
  }, 90_000);

  it('makeDirs creates every missing folder and names a file in the way as ENOTDIR', () => {
    const dir = place();
    makeDirs(join(dir, 'a', 'b', 'c'));
    expect(existsSync(join(dir, 'a', 'b', 'c'))).toBe(true);
    makeDirs(join(dir, 'a', 'b', 'c')); // existing: nothing to do
    let err: unknown;
    try {
      makeDirs(join(dir, 'f', 'x', 'y'));
    } catch (e) {
      err = e;
    }
    expect((err as NodeJS.ErrnoException).code).toBe('ENOTDIR');
    expect((outputError(err, 'f/x/y/r.json') as Error).message).toBe('cannot write f/x/y/r.json: a parent of it is a file, not a directory');
  });

  it('maps the file-system codes of a write to one line naming the path (real ENOSPC from /dev/full)', () => {
    let enospc: unknown;
    try {
      writeFileSync('/dev/full', 'x');
    } catch (e) {
      enospc = e;
    }
    const e = outputError(enospc, 'out/report.json') as Error;
    expect(e).toBeInstanceOf(ConfigurationError);
    expect(e.message).toBe('cannot write out/report.json: no space left on the device');
    const eacces = Object.assign(new Error("EACCES: permission denied, open 'x'"), { code: 'EACCES', syscall: 'open', errno: -13 });
    expect((outputError(eacces, 'x') as Error).message).toBe('cannot write x: permission denied');
    const bug = new TypeError('not a file-system error');
    expect(outputError(bug, 'x')).toBe(bug);
    expect((outputError(Object.assign(new Error('x'), { code: 'ENOSPC', syscall: 'write' }), 'a\nb') as Error).message).toBe('cannot write "a\\nb": no space left on the device');
  });

  it('a full disk leaves no output and no temp file (tmpfs, where this machine lets the test mount one)', async () => {
    const dir = place();
    const mnt = join(dir, 'full');
    mkdirSync(mnt);
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4k', 'tmpfs', mnt], { stdio: 'ignore' });
    } catch {
      return; // not root or no CAP_SYS_ADMIN: the mapping test above covers ENOSPC
    }
    try {
      const big = 'x'.repeat(64 * 1024);
      expect(() => writeFilesAtomic([{ path: join(mnt, 'a.json'), data: 'small' }, { path: join(mnt, 'b.json'), data: big }])).toThrow(/cannot write .*b\.json: no space left on the device/);
      expect(readdirSync(mnt)).toEqual([]);
      const rows = Array.from({ length: 2000 }, (_, i) => `${i},c${i % 50}`).join('\n');
      writeFileSync(join(dir, 'big.csv'), `x,c\n${rows}\n`);
      const r = await runMain(['validate-data', '--data', join(dir, 'big.csv'), '--report', join(mnt, 'r.json'), '--profile', join(mnt, 'p.json')]);
      expect(r.code).toBe(2);
      expect(errorLines(r)).toHaveLength(1);
      expect(errorLines(r)[0]).toMatch(/no space left on the device/);
      expect(readdirSync(mnt)).toEqual([]);
    } finally {
      execFileSync('umount', [mnt]);
    }
  });

  it('an unwritable folder is exit 2 naming the path (a real process as user nobody, where the test runs as root)', async () => {
    if (process.getuid?.() !== 0) return; // a normal user cannot switch users; the mapping test covers EACCES
    const dir = place();
    chmodSync(dir, 0o755);
    chmodSync(join(dir, 'data.csv'), 0o644);
    const out = join(dir, 'ro');
    mkdirSync(out, { mode: 0o755 });
    const r = await finished(spawnCli(['validate-data', '--data', join(dir, 'data.csv'), '--report', join(out, 'r.json')], { cwd: dir, uid: 65534, gid: 65534 }));
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr.trim()).toBe(`modelgate validate-data: input 'report': cannot write ${join(out, 'r.json')}: permission denied`);
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('a closed stdout', () => {
  it('`modelgate ... | head -1`: output after the reader has gone is dropped, no stack, the work is done', async () => {
    const dir = place();
    const child = spawnCli(['validate-data', '--data', join(dir, 'data.csv'), '--report', join(dir, 'r.json'), '--json']);
    child.stdout!.destroy(); // the reader is gone before the first write
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += String(d)));
    const code = await new Promise<number | null>((res) => child.on('close', (c) => res(c)));
    expect(stderr).not.toMatch(/EPIPE|internal error|\n\s+at /);
    expect(code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')).kind).toBe('data-report');
  });
});

describe('temp files', () => {
  it('are named .modelgate-tmp-<pid>-... beside the target and never left by a failed write', () => {
    const dir = place();
    const t = tempPathFor(join(dir, 'out', 'evaluation.json'));
    expect(t.startsWith(join(dir, 'out', `${TEMP_PREFIX}${process.pid}-`))).toBe(true);
    expect(() => writeFilesAtomic([{ path: join(dir, 'ok.json'), data: '{}' }, { path: join(dir, 'd'), data: '{}' }])).toThrow(ConfigurationError);
    expect(readdirSync(dir).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('are removed on SIGTERM, and a SIGKILLed run\'s are swept by the next write into that folder', async () => {
    const dir = place();
    const script = join(dir, 'hold.mjs');
    const files = join(ROOT, 'src/lib/files.ts');
    writeFileSync(
      script,
      `import { writeFileSync } from 'node:fs';\nconst { tempPathFor } = await import(${JSON.stringify(files)});\n` +
        `const t = tempPathFor(process.argv[2]);\nwriteFileSync(t, 'partial');\nprocess.stdout.write('ready\\n');\nsetInterval(() => {}, 1000);\n`,
    );
    const tsx = join(ROOT, 'node_modules/tsx/dist/esm/index.mjs');
    const hold = async (signal: NodeJS.Signals) => {
      const { spawn } = await import('node:child_process');
      const child = spawn(process.execPath, ['--import', tsx, script, join(dir, 'out', 'predictions.csv')], { stdio: ['ignore', 'pipe', 'inherit'] });
      await new Promise<void>((res) => child.stdout!.on('data', (d) => String(d).includes('ready') && res()));
      const temps = readdirSync(join(dir, 'out')).filter((n) => n.startsWith(TEMP_PREFIX));
      expect(temps).toHaveLength(1);
      child.kill(signal);
      const how = await new Promise<NodeJS.Signals | null>((res) => child.on('close', (_c, s) => res(s)));
      expect(how).toBe(signal);
      return readdirSync(join(dir, 'out')).filter((n) => n.startsWith(TEMP_PREFIX));
    };
    expect(await hold('SIGTERM')).toEqual([]);
    const left = await hold('SIGKILL');
    expect(left).toHaveLength(1); // nothing runs on SIGKILL
    expect(sweepStaleTemps(join(dir, 'out'))).toEqual(left);
    expect(readdirSync(join(dir, 'out'))).toEqual([]);
  });

  it('a real evaluate-model run stopped by SIGTERM leaves no temp file and no output', async () => {
    const dir = place();
    const rows = readFileSync(IRIS, 'utf8').trim().split('\n');
    const body = rows.slice(1).join('\n') + '\n';
    writeFileSync(join(dir, 'big.csv'), rows[0] + '\n' + body.repeat(4000)); // 600,000 rows
    const out = join(dir, 'ev');
    const child = spawnCli(['evaluate-model', '--model', join(MODELS, 'multiclass_tree_strlabels.onnx'), '--data', join(dir, 'big.csv'), '--label', 'species', '--bootstrap', '100', '--out', join(out, 'e.json')]);
    const done = finished(child);
    // Wait (bounded) until the predictions temp file exists, then stop the run.
    let seen = false;
    for (let i = 0; i < 600 && !seen && child.exitCode === null; i++) {
      await new Promise((r) => setTimeout(r, 50));
      seen = existsSync(out) && readdirSync(out).some((n) => n.startsWith(TEMP_PREFIX));
    }
    expect(seen, 'the run wrote its temp file').toBe(true);
    child.kill('SIGTERM');
    const r = await done;
    expect(r.signal).toBe('SIGTERM');
    expect(readdirSync(out)).toEqual([]);
  });
});
