/** Runs the CLI: in-process (main(), output captured) or as a real process (bin.ts through tsx). */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { vi } from 'vitest';
import { main } from '../src/cli/main.js';
import { ROOT } from './helpers.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** main(argv) with stdout and stderr captured; a thrown error is exit 3, as bin.ts makes it. */
export async function runMain(argv: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => ((stdout += String(s)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => ((stderr += String(s)), true));
  try {
    const code = await main(argv);
    return { code, stdout, stderr };
  } catch (e) {
    return { code: 3, stdout, stderr: stderr + `internal error: ${(e as Error)?.stack ?? String(e)}\n` };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

/** The lines main() wrote to stderr for an exit-2 error: the log goes there too, so the error is the `modelgate <cmd>:` line. */
export function errorLines(run: CliRun): string[] {
  return run.stderr.split('\n').filter((l) => l.startsWith('modelgate'));
}

/** `node bin.ts ...args` through tsx's loader, as a real process. */
export function spawnCli(args: string[], opts: { cwd?: string; uid?: number; gid?: number; nodeArgs?: string[]; env?: Record<string, string> } = {}): ChildProcess {
  const tsx = join(ROOT, 'node_modules/tsx/dist/esm/index.mjs');
  const env = opts.env ? { ...process.env, ...opts.env } : undefined;
  return spawn(process.execPath, [...(opts.nodeArgs ?? []), '--import', tsx, join(ROOT, 'src/cli/bin.ts'), ...args], { cwd: opts.cwd, uid: opts.uid, gid: opts.gid, env, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Waits for a spawned process; its code (or 128 + signal number) with its output. */
export function finished(child: ChildProcess): Promise<CliRun & { signal: NodeJS.Signals | null }> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d) => (stdout += String(d)));
  child.stderr?.on('data', (d) => (stderr += String(d)));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code: code ?? -1, signal, stdout, stderr }));
  });
}
