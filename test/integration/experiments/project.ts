// A small git project for the experiment tests: customers.csv split into train, validation and
// test files (600/200/200 rows, in file order), committed on branch `main`.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, tempDir } from '../../helpers.js';

export function splitProject(): string {
  const dir = tempDir();
  const lines = readFileSync(join(ROOT, 'test/fixtures/train/customers.csv'), 'utf8').trimEnd().split('\n');
  const [header, ...rows] = lines;
  const part = (a: number, b: number) => [header, ...rows.slice(a, b)].join('\n') + '\n';
  writeFileSync(join(dir, 'train.csv'), part(0, 600));
  writeFileSync(join(dir, 'val.csv'), part(600, 800));
  writeFileSync(join(dir, 'test.csv'), part(800, 1000));
  writeFileSync(join(dir, '.gitignore'), '.modelgate/\n*.onnx\nout/\n');
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } });
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-q', '-m', 'data');
  return dir;
}
