// The Actions adapter's presentation: one group level, a guarded and capped summary, outputs
// before publishing.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { actionsLogger, presentResult, writeSummary } from '../../../src/actions/runtime.js';
import { capSummary, SUMMARY_LIMIT } from '../../../src/actions/summary.js';
import { memoryLogger } from '../../../src/lib/logger.js';

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
