// The Actions adapter's presentation: one group level, a guarded and capped summary, outputs
// before publishing.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { actionsLogger, presentResult, writeSummary } from '../../../src/actions/runtime.js';
import { capSummary, SUMMARY_LIMIT } from '../../../src/actions/summary.js';
import { consoleLogger, memoryLogger } from '../../../src/lib/logger.js';
import { inputsFor, tempDir } from '../../helpers.js';

function captureStdout(): { text: () => string } {
  const chunks: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((c: string | Uint8Array) => {
    chunks.push(String(c));
    return true;
  });
  return { text: () => chunks.join('') };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('log groups', () => {
  it('are one level deep: a group inside a group is a line', async () => {
    const out = captureStdout();
    const log = actionsLogger();
    await log.group('outer', async () => {
      await log.group('inner', async () => log.info('x'));
    });
    await log.group('second', async () => {});
    const lines = out.text().split('\n');
    expect(lines.filter((l) => l.startsWith('::group::'))).toEqual(['::group::outer', '::group::second']);
    expect(lines.filter((l) => l === '::endgroup::')).toHaveLength(2);
    expect(lines).toContain('-- inner');
  });
});

describe('the job summary', () => {
  const section = (i: number, size: number) => `### Section ${i}\n\n${'| a | b |\n'.repeat(Math.ceil(size / 10))}`;

  it('is cut at a section boundary under 1 MiB, with a note naming the report', () => {
    const md = Array.from({ length: 30 }, (_, i) => section(i, 80_000)).join('\n');
    expect(Buffer.byteLength(md)).toBeGreaterThan(2 * SUMMARY_LIMIT);
    const { text, cut } = capSummary(md, 'out/data-report.json');
    expect(cut).toBe(true);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(SUMMARY_LIMIT);
    const body = text.slice(0, text.indexOf('\n\n> [!NOTE]'));
    // ends with a whole section: the next heading would have started here
    expect(md.startsWith(body)).toBe(true);
    expect(md.slice(body.length, body.length + 5)).toBe('\n### ');
    expect(text).toContain('`out/data-report.json`');
    expect(capSummary('small', 'r.json')).toEqual({ text: 'small', cut: false });
  });

  it('cuts one huge line too, and never splits a UTF-8 character into an invalid one', () => {
    const { text } = capSummary('é'.repeat(SUMMARY_LIMIT));
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(SUMMARY_LIMIT);
    expect(text).not.toContain('\uFFFD');
  });

  it('is skipped quietly when GITHUB_STEP_SUMMARY is unset, and a write failure is a warning', async () => {
    const out = captureStdout();
    delete process.env.GITHUB_STEP_SUMMARY;
    await expect(writeSummary('# hi')).resolves.toBeUndefined();
    process.env.GITHUB_STEP_SUMMARY = '/nonexistent-dir/summary.md';
    await expect(writeSummary('# hi')).resolves.toBeUndefined();
    expect(out.text()).toMatch(/::warning::job summary not written/);
  });

  it('over the limit is written capped', async () => {
    captureStdout();
    const md = Array.from({ length: 30 }, (_, i) => section(i, 80_000)).join('\n');
    await writeSummary(md, 'r.json');
    const written = readFileSync(process.env.GITHUB_STEP_SUMMARY!, 'utf8');
    expect(Buffer.byteLength(written)).toBeLessThanOrEqual(SUMMARY_LIMIT);
    expect(written).toContain('was cut at');
  });
});

describe('presentResult', () => {
  it('sets outputs and writes the summary before publishing; a publish failure adds to the failures', async () => {
    captureStdout();
    const order: string[] = [];
    const failures = await presentResult(
      'x',
      {
        passed: true,
        outputs: { passed: true },
        summary: '# verdict',
        publish: async () => {
          order.push(readFileSync(process.env.GITHUB_OUTPUT!, 'utf8').includes('passed') ? 'outputs before publish' : 'publish first');
          order.push(readFileSync(process.env.GITHUB_STEP_SUMMARY!, 'utf8').includes('# verdict') ? 'summary before publish' : 'publish first');
          return { outputs: { 'comment-url': 'u' }, failure: 'not published' };
        },
      },
      memoryLogger(),
    );
    expect(order).toEqual(['outputs before publish', 'summary before publish']);
    expect(failures).toEqual(['not published']);
    expect(readFileSync(process.env.GITHUB_OUTPUT!, 'utf8')).toMatch(/comment-url<<ghadelimiter_[^\n]+\nu\n/);
  });
});

// A column name, cell or file name from a pull request is printed in the log. The runner reads a
// line starting with `::` as a workflow command and `##[` anywhere as the older form: a CSV header
// `"x\n::error title=forged::all gates passed"` printed by train's "features: ..." line would
// annotate the run with a message of the pull request's choosing.
describe('untrusted text in the log', () => {
  const INJECT = 'x\n::error title=forged::all gates passed\n  ::add-mask::secret ##[warning]y';
  const commands = (text: string) => text.split(/\r?\n/).filter((l) => l.trim().startsWith('::') || l.includes('##['));

  it('never becomes a workflow command through the Actions logger', async () => {
    const out = captureStdout();
    const log = actionsLogger();
    log.info(INJECT);
    await log.group('outer', async () => log.group(INJECT, async () => {}));
    log.warning(INJECT);
    const lines = commands(out.text());
    // only modelgate's own commands: the group, and the warning with its data escaped
    expect(lines).toEqual(['::group::outer', '::endgroup::', expect.stringMatching(/^::warning::x%0A::error/)]);
    expect(out.text()).toContain(': :error title=forged::all gates passed');
  });

  it('nor through the CLI logger (the runner reads stderr too), in a real train run on such a header', async () => {
    const chunks: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((c: string | Uint8Array) => {
      chunks.push(String(c));
      return true;
    });
    const dir = tempDir();
    writeFileSync(join(dir, 'd.csv'), `"x\n::error title=forged::all gates passed",y\n${Array.from({ length: 20 }, (_, i) => `${i},${i % 2}`).join('\n')}\n`);
    process.chdir(dir);
    const train = (await import('../../../src/actions/train.js')).default;
    await train.run(train.parse(inputsFor('train', { algorithm: 'logistic-regression', data: 'd.csv', label: 'y', experiments: 'false', cache: 'false' })), consoleLogger());
    const text = chunks.join('');
    expect(text).toContain('features: x'); // the header was read and logged
    expect(commands(text)).toEqual([]);
  }, 60_000);
});
