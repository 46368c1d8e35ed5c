// The CLI on a real terminal (a pty from script(1)): evaluate-model prints a readable table; through
// a pipe, or with --quiet, only its outputs.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers.js';

describe('terminal output', () => {
  it.skipIf(!existsSync('/usr/bin/script'))('the CLI prints the table on a terminal (a pty from script(1)) and not through a pipe', () => {
    const tsx = join(ROOT, 'node_modules/.bin/tsx');
    const dir = tempDir();
    const args = `evaluate-model --model ${join(ROOT, 'test/fixtures/models/mixed_columns.onnx')} --data ${join(ROOT, 'test/fixtures/models/customers.csv')} --label churned --out ${join(dir, 'e.json')}`;
    const cmd = `${tsx} ${join(ROOT, 'src/cli/bin.ts')} ${args} 2>/dev/null`;
    const tty = spawnSync('script', ['-q', '-c', cmd, '/dev/null'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 120_000 });
    expect(tty.stdout).toMatch(/^accuracy +0\.6433 +\[0\.5876, 0\.6954\] +wilson\r?$/m);
    expect(tty.stdout).toMatch(/^report: /m);
    const piped = spawnSync('sh', ['-c', cmd], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
    expect(piped.stdout).not.toContain('95% interval');
    expect(piped.stdout).toMatch(/^accuracy: 0\.6433/m);
    const quiet = spawnSync('script', ['-q', '-c', cmd.replace(' 2>', ' --quiet 2>'), '/dev/null'], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
    expect(quiet.stdout).not.toContain('95% interval');
  }, 200_000);
});
