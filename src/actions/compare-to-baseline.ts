/** compare-to-baseline adapter: inputs -> CompareConfig -> runCompare() -> GitHub (comment, check) -> outputs. */
import { existsSync } from 'node:fs';
import { writeFilesAtomic } from '../lib/files.js';
import { ConfigurationError } from '../errors.js';
import { runCompare, type CompareConfig } from '../gates/run.js';
import type { Correction } from '../gates/spec.js';
import type { Comparison } from '../gates/compare.js';
import { defineAction } from './types.js';
import { githubContext, publishComparison, readPublished, type GitHubSettings } from './compare-github.js';
import { paramsDiffSection } from './compare-training.js';

export interface CompareActionConfig extends CompareConfig {
  mode: 'compare' | 'publish';
  comment: boolean;
  failOnGate: boolean;
  github: GitHubSettings;
  trainManifest?: string;
  baselineManifest?: string;
}

function failedNames(c: Comparison): string {
  return c.gates
    .filter((g) => !g.passed)
    .map((g) => g.metric + (g.slice ? `[${g.slice.column}=${g.slice.value}]` : ''))
    .join(',');
}

export default defineAction<CompareActionConfig>({
  name: 'compare-to-baseline',
  secrets: ['github-token'],
  parse(inputs) {
    const mode = inputs.choice('mode', ['compare', 'publish'] as const) ?? 'compare';
    const ctx = githubContext();
    const config: CompareActionConfig = {
      mode,
      candidate: mode === 'compare' ? inputs.required('candidate') : (inputs.string('candidate') ?? ''),
      baseline: inputs.string('baseline'),
      gates: inputs.string('gates'),
      confidence: inputs.number('confidence', { min: 0.5, max: 0.9999 }),
      correction: inputs.choice<Correction>('correction', ['holm', 'bh', 'none']),
      bootstrap: inputs.number('bootstrap', { min: 100, max: 100000, integer: true }) ?? 2000,
      seed: inputs.number('seed', { min: 0, integer: true }) ?? 0,
      dataReport: inputs.string('data-report'),
      trainManifest: inputs.string('train-manifest'),
      baselineManifest: inputs.string('baseline-manifest'),
      comment: inputs.boolean('comment', mode === 'publish' || ctx.eventName === 'pull_request' || ctx.eventName === 'pull_request_target'),
      out: inputs.string('out') ?? 'comparison.json',
      commentFile: inputs.string('comment-file') ?? 'comparison.md',
      failOnGate: inputs.boolean('fail-on-gate', true),
      runUrl: ctx.runUrl,
      github: { token: inputs.string('github-token'), checkName: inputs.string('check-name') ?? 'modelgate', ...ctx },
    };
    if (mode === 'publish' && !existsSync(config.out)) throw new ConfigurationError(`mode publish: input 'out' must name the comparison.json downloaded from the pull_request run; not found: ${config.out}`);
    return Object.freeze(config);
  },
  async run(config, log) {
    let comparison: Comparison;
    let markdown: string;
    let render: ((c: Comparison) => string) | undefined;
    if (config.mode === 'publish') {
      ({ comparison, markdown } = readPublished(config.out, config.commentFile));
    } else {
      const training = config.trainManifest ? paramsDiffSection(config.trainManifest, config.baselineManifest) : undefined;
      ({ comparison, markdown, render } = await runCompare({ ...config, training }, log));
    }
    const posted = await publishComparison(config, comparison, markdown, log, render);
    comparison = posted.comparison;
    if (config.mode === 'compare') {
      // The pull request it is about, and any overrides, are part of the record.
      writeFilesAtomic([
        { path: config.out, data: JSON.stringify(comparison, null, 2) + '\n' },
        { path: config.commentFile, data: posted.markdown },
      ]);
    }
    const failed = failedNames(comparison);
    const passed = comparison.passed !== false;
    return {
      passed: !config.failOnGate || passed,
      failure: passed ? undefined : `${comparison.verdict}`,
      outputs: {
        passed: comparison.passed === null ? '' : comparison.passed,
        'failed-gates': failed,
        'comment-url': posted.commentUrl ?? '',
        report: config.out,
      },
      summary: posted.markdown,
    };
  },
});
