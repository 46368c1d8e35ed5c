// validate-data starts the parallel pass's worker threads before it loads the schema (see
// src/data/parallel/early.ts). The CLI, from its sources, on a CSV file larger than one chunk with
// 2 workers: whatever ends the command (a schema that does not compile, a configuration error
// found after the start, a reference that is no profile, a missing file, a fallback to one pass, a
// chunk that fails, a split pass), it exits with its usual status, no thread left running: a
// worker thread left behind would keep the process alive until spawnSync's timeout.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers.js';

const CHUNK = 8 * 1024 * 1024;
let dir: string;
let data: string;

beforeAll(() => {
  dir = tempDir();
  data = join(dir, 'd.csv');
  // A little over two chunks of rows.
  const block: string[] = [];
  for (let i = 0; i < 1000; i++) block.push(`${i},${(i * 0.37) % 100},${['red', 'green', 'blue'][i % 3]}`);
  const text = block.join('\n') + '\n';
  writeFileSync(data, 'id,x,color\n' + text.repeat(Math.ceil((2.2 * CHUNK) / text.length)));
  // The same with bytes that are not UTF-8 in the second chunk: that chunk fails, the one pass reports it.
  const bad = Buffer.from('id,x,color\n' + text.repeat(Math.ceil((2.2 * CHUNK) / text.length)));
  bad[Math.floor(1.5 * CHUNK)] = 0xff;
  writeFileSync(join(dir, 'bad.csv'), bad);
  writeFileSync(join(dir, 'bad-schema.json'), JSON.stringify({ type: 'object', properties: { x: { type: 'nmber' } } }));
  writeFileSync(join(dir, 'unique.json'), JSON.stringify({ type: 'object', 'x-dataset': { columns: { id: { unique: true } } } }));
  writeFileSync(join(dir, 'ok.json'), JSON.stringify({ type: 'object', properties: { x: { type: 'number' }, color: { enum: ['red', 'green', 'blue'] } } }));
  writeFileSync(join(dir, 'not-a-profile.json'), JSON.stringify({ kind: 'data-report' }));
});

function cli(args: string[]): { status: number | null; out: string } {
  const r = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'src/cli/bin.ts'), 'validate-data', '--workers', '2', '--report', join(dir, 'r.json'), ...args], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

describe('validate-data with early worker threads', () => {
  it('exits on every path with its usual status and message', () => {
    const cases: [string[], number, RegExp][] = [
      [['--data', data, '--schema', join(dir, 'bad-schema.json')], 2, /not a valid JSON Schema/],
      [['--data', data, '--schema', join(dir, 'ok.json'), '--sensitive', 'color'], 2, /input 'sensitive' needs 'label'/],
      [['--data', data, '--reference', join(dir, 'not-a-profile.json')], 2, /must be a profile\.json/],
      [['--data', join(dir, 'missing.csv')], 2, /missing\.csv/],
      // The ids repeat every 1,000 rows: the unique rule fails (status 1) after its one pass.
      [['--data', data, '--schema', join(dir, 'unique.json')], 1, /read in one pass on one thread: a unique rule needs one pass/],
      [['--data', join(dir, 'bad.csv')], 2, /not valid UTF-8/],
      [['--data', data, '--schema', join(dir, 'ok.json')], 0, /read in 3 chunks on 2 worker threads \(the main thread is one of them\)/],
    ];
    for (const [args, status, said] of cases) {
      const r = cli(args);
      expect(r.status, `${args.join(' ')}: ${r.out}`).toBe(status);
      expect(r.out, args.join(' ')).toMatch(said);
    }
  }, 600_000);
});
