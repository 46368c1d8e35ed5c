/**
 * compare-to-baseline adapter: inputs -> CompareConfig -> runCompare() -> artifacts, outputs and
 * summary -> then GitHub (comment, check). The verdict reaches the outputs, the summary and the
 * files before any call that posts to GitHub is made, so an outage or a hanging API cannot hide
 * it; publishing has its own time budget (`publish-timeout`) and fails the step only when
 * `fail-on-publish-error` says so.
 */
import { existsSync } from 'node:fs';
import { writeFilesAtomic } from '../lib/files.js';
import { ConfigurationError, ServiceError, isUserError } from '../errors.js';
import { runCompare, type CompareConfig } from '../gates/run.js';
import type { Correction } from '../gates/spec.js';
import type { Comparison } from '../gates/compare.js';
import { defineAction } from './types.js';
import { commentTarget, eventPullRequest, githubContext, postComparison, readPublished, withOverrides, type GitHubSettings } from './compare-github.js';
import { comparisonParts, writeHtml } from './html.js';
import { comparisonMarkdown } from '../report/comparison.js';
import { leakageSection, paramsDiffSection } from './compare-training.js';
import { baselineFromRegistry, evaluationFromRegistry } from '../gates/registry-baseline.js';
import { isRegistryReference } from '../registry/pull-input.js';
import { withRegistryHistory } from './compare-history.js';

export interface CompareActionConfig extends CompareConfig {
  mode: 'compare' | 'publish';
  comment: boolean;
  failOnGate: boolean;
  failOnPublishError: boolean;
  publishTimeout: number;
  github: GitHubSettings;
  trainManifest?: string;
  baselineManifest?: string;
  html?: string;
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
      candidate: mode === 'compare' ? (inputs.path('candidate') ?? inputs.required('candidate')) : (inputs.path('candidate') ?? ''),
      baseline: inputs.path('baseline'),
      gates: inputs.pathOrInline('gates'),
      confidence: inputs.number('confidence', { min: 0.5, max: 0.9999 }),
      correction: inputs.choice<Correction>('correction', ['holm', 'bh', 'none']),
      bootstrap: inputs.number('bootstrap', { min: 100, max: 100000, integer: true }) ?? 2000,
      seed: inputs.number('seed', { min: 0, integer: true }) ?? 0,
      dataReport: inputs.path('data-report'),
      trainManifest: inputs.path('train-manifest'),
      baselineManifest: inputs.path('baseline-manifest'),
      comment: inputs.boolean('comment', mode === 'publish' || ctx.eventName === 'pull_request' || ctx.eventName === 'pull_request_target'),
      out: inputs.path('out') ?? 'comparison.json',
      commentFile: inputs.path('comment-file') ?? 'comparison.md',
      failOnGate: inputs.boolean('fail-on-gate', true),
      failOnPublishError: inputs.boolean('fail-on-publish-error', mode === 'publish'),
      publishTimeout: inputs.number('publish-timeout', { min: 1, max: 3600 }) ?? 120,
      html: inputs.path('html'),
      runUrl: ctx.runUrl,
      github: { token: inputs.string('github-token'), checkName: inputs.string('check-name') ?? 'modelgate', ...ctx },
    };
    if (mode === 'publish' && !existsSync(config.out)) throw new ConfigurationError(`mode publish: input 'out' must name the comparison.json downloaded from the pull_request run; not found: ${config.out}`);
    return Object.freeze(config);
  },
  async run(config, log) {
    let comparison: Comparison;
    let markdown: string;
    let pr: Awaited<ReturnType<typeof commentTarget>>;
    let candidate = config.candidate;
    let baseline = config.baseline;
    if (config.mode === 'publish') {
      ({ comparison, markdown } = readPublished(config.out, config.commentFile));
    } else {
      const training = config.trainManifest ? paramsDiffSection(config.trainManifest, config.baselineManifest) : undefined;
      let render: ((c: Comparison) => string) | undefined;
      // Registry references (oci-layout://…, oci://…) become local evaluation files.
      if (isRegistryReference(config.candidate)) candidate = await evaluationFromRegistry(config.candidate, 'candidate');
      if (isRegistryReference(config.baseline)) baseline = await baselineFromRegistry(config.baseline, candidate, log);
      // A time split: evaluation rows older than the newest training row is leakage, said in the comment and the log.
      const leakage = config.trainManifest ? leakageSection(config.trainManifest, candidate) : null;
      if (leakage && training) {
        training.leakage = leakage;
        log.warning(leakage);
      }
      ({ comparison, markdown, render } = await runCompare({ ...config, candidate, baseline, training }, log, comparisonMarkdown));
      if (isRegistryReference(config.baseline)) ({ markdown, render } = await withRegistryHistory(config.baseline, comparison, markdown, render, log));
      pr = commentTarget(config, comparison, log);
      // Overrides count whether this run posts or a publish job does (`comment: false` in a job
      // whose token can only read): they need only read access to the pull request's comments.
      const about = pr ?? (config.github.token ? eventPullRequest(config) : undefined);
      if (about) ({ comparison, markdown } = await withOverrides(config, about, comparison, markdown, log, render));
      // The pull request it is about, and any overrides, are part of the record.
      writeFilesAtomic([
        { path: config.out, data: JSON.stringify(comparison, null, 2) + '\n' },
        { path: config.commentFile, data: markdown },
      ]);
    }
    if (config.html) writeHtml(config.html, comparisonParts(comparison, { candidate, baseline, dataReport: config.dataReport }), log);
    const passed = comparison.passed !== false;
    const willPost = config.mode === 'publish' || pr !== undefined;
    return {
      passed: !config.failOnGate || passed,
      failure: passed ? undefined : `${comparison.verdict}`,
      outputs: {
        passed: comparison.passed === null ? '' : comparison.passed,
        'failed-gates': failedNames(comparison),
        report: config.out,
      },
      summary: markdown,
      publish: willPost
        ? async (plog) => {
            try {
              const posted = await postComparison(config, comparison, markdown, plog, pr);
              return { outputs: { 'comment-url': posted.commentUrl ?? '' } };
            } catch (e) {
              const message = `the comparison was not published to GitHub: ${e instanceof Error ? e.message : String(e)}. The verdict above stands (outputs, summary and ${config.out} are written); re-run the job to post the comment and the check`;
              plog.error(message);
              if (isUserError(e) && !(e instanceof ServiceError) && config.mode === 'compare') throw e;
              return { failure: config.failOnPublishError ? message : undefined };
            }
          }
        : undefined,
    };
  },
});
