/**
 * retrain adapter: acting on a monitoring finding, in two modes so that the job that writes to the
 * repository runs no code from it.
 *
 * - `data` (the read-only monitoring job, before `train`): when the report calls for a retrain
 *   (labelled `act`), the window's labelled rows are added to the training data file, in place, by
 *   `retrain-data` (append | replace-oldest). Otherwise nothing is touched; `next` says what
 *   follows either way, for the workflow's `if:`.
 * - `publish` (the job with `contents: write` and `pull-requests: write`, or `issues: write`):
 *   labelled `act` commits `files` and the report on the retrain branch and opens or updates the
 *   one retrain pull request, with the comparison as its sticky comment and check; unlabelled
 *   `act` opens or updates the one drift issue; `warn` and `none` do nothing and close nothing.
 */
import { readFileSync } from 'node:fs';
import { ConfigurationError } from '../errors.js';
import type { Logger } from '../lib/logger.js';
import { writeFilesAtomic } from '../lib/files.js';
import { detectFormat } from '../data/readers.js';
import { readFindings, nextStep } from '../retrain/findings.js';
import { addWindowRows, splitWindow, WINDOW_POLICIES, type WindowPolicy } from '../retrain/window.js';
import { checkBranch, checkRepoPath } from '../github/git-data.js';
import { findingsMarkdown } from '../report/retrain.js';
import { githubContext, type GitHubSettings } from './compare-github.js';
import { publishRetrain } from './retrain-github.js';
import { defineAction, type ActionResult } from './types.js';

export interface RetrainConfig {
  mode: 'data' | 'publish';
  report?: string;
  trainingData?: string;
  out?: string;
  window?: string;
  holdout: number;
  holdoutData?: string;
  retrainData?: WindowPolicy;
  files: string[];
  sourceDir: string;
  reportPath: string;
  branch: string;
  base?: string;
  comparison?: string;
  commentFile?: string;
  labels: string[];
  publishTimeout: number;
  github: GitHubSettings;
}

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ConfigurationError(`${what}: cannot read ${path}${code === 'ENOENT' ? ' (no such file)' : code ? ` (${code})` : ''}`);
  }
}

function textFormat(path: string, input: string): 'csv' | 'tsv' | 'jsonl' {
  const f = detectFormat(path);
  if (f === 'parquet' || /\.gz$/i.test(path)) throw new ConfigurationError(`${input}: ${path} is ${f === 'parquet' ? 'Parquet' : 'compressed'}; rows can be added only to CSV, TSV or JSON Lines training data`);
  return f;
}

/** `data` mode: the window's older rows added to the training data file in place, its newest held out. */
function addWindow(config: RetrainConfig, log: Logger) {
  const training = config.trainingData ?? '';
  const window = config.window ?? '';
  const policy = config.retrainData ?? 'append';
  const out = config.out ?? training;
  const format = textFormat(training, 'training-data');
  if (textFormat(window, 'window') !== format) throw new ConfigurationError(`window: ${window} must be in the training data's format (${format})`);
  const split = splitWindow({ file: window, text: readText(window, 'window') }, config.holdout, format);
  const r = addWindowRows({ file: training, text: readText(training, 'training-data') }, { file: window, text: split.train }, policy, format);
  if (r.added === 0) log.warning(`${window}: no rows to add (${split.holdoutRows} held out): the training data is unchanged`);
  if (r.windowSkipped > 0) log.warning(`the window has more rows than the training data: its ${r.windowSkipped} oldest were left out (replace-oldest keeps the size)`);
  writeFilesAtomic([{ path: out, data: r.text }, ...(config.holdoutData ? [{ path: config.holdoutData, data: split.holdout }] : [])]);
  log.info(`${out}: ${r.added} window rows added${r.dropped ? `, ${r.dropped} oldest rows dropped` : ''} (${policy}); ${r.rows} rows. ${split.holdoutRows} newest window rows held out${config.holdoutData ? ` in ${config.holdoutData}` : ''}`);
  return { ...r, heldOut: split.holdoutRows };
}

export default defineAction<RetrainConfig>({
  name: 'retrain',
  secrets: ['github-token'],
  parse(inputs) {
    const mode = inputs.choice('mode', ['data', 'publish'] as const);
    if (!mode) throw new ConfigurationError(`input 'mode' is required: data or publish`);
    const comparison = inputs.path('comparison');
    const config: RetrainConfig = {
      mode,
      report: mode === 'publish' ? (inputs.path('report') ?? inputs.required('report')) : inputs.path('report'),
      trainingData: inputs.path('training-data'),
      out: inputs.path('out'),
      window: inputs.path('window'),
      holdout: inputs.number('holdout', { min: 0, max: 0.99 }) ?? 0.5,
      holdoutData: inputs.path('holdout-data'),
      retrainData: inputs.choice('retrain-data', WINDOW_POLICIES),
      files: inputs.list('files').map((p) => checkRepoPath(p, 'files')),
      sourceDir: inputs.path('source-dir') ?? '.',
      reportPath: checkRepoPath(inputs.string('report-path') ?? 'monitoring/monitor-report.json', 'report-path'),
      branch: checkBranch(inputs.string('branch') ?? 'modelgate/retrain'),
      base: inputs.string('base'),
      comparison,
      commentFile: inputs.path('comment-file') ?? (comparison ? comparison.replace(/\.json$/i, '') + '.md' : undefined),
      labels: inputs.list('labels'),
      publishTimeout: inputs.number('publish-timeout', { min: 1, max: 3600 }) ?? 120,
      github: { token: inputs.string('github-token'), checkName: inputs.string('check-name') ?? 'modelgate', ...githubContext() },
    };
    if (mode === 'data') {
      if (!config.trainingData) throw new ConfigurationError(`mode data: input 'training-data' is required`);
      if (!config.window) throw new ConfigurationError(`mode data: input 'window' is required (the window's labelled rows)`);
      if (config.holdout > 0 && !config.holdoutData) throw new ConfigurationError(`mode data: input 'holdout-data' is required when holdout is above 0 (it is ${config.holdout}): where the held-out rows go`);
    }
    if (config.base !== undefined) checkBranch(config.base, 'base');
    if (config.files.includes(config.reportPath)) throw new ConfigurationError(`files: ${config.reportPath} is report-path, where the report is committed`);
    return Object.freeze(config);
  },
  async run(config, log): Promise<ActionResult> {
    if (config.mode === 'data' && !config.report) {
      const r = addWindow(config, log);
      return { passed: true, outputs: { next: '', rows: r.rows, added: r.added, dropped: r.dropped, 'held-out': r.heldOut } };
    }
    const report = config.report!;
    const findings = readFindings(readText(report, 'report'), report);
    const next = nextStep(findings);
    log.info(`Monitoring finding: ${findings.finding}, labels ${findings.labelled ? 'present' : 'absent'}: ${next === 'none' ? 'nothing to do' : `next: ${next}`}`);
    const summary = `## Retrain: ${next === 'none' ? 'nothing to do' : next === 'issue' ? 'drift issue' : 'retrain pull request'}\n\n${findingsMarkdown(findings)}`;
    if (config.mode === 'data') {
      const r = next === 'pull-request' ? addWindow(config, log) : undefined;
      return {
        passed: true,
        outputs: { next: next, rows: r?.rows ?? '', added: r?.added ?? '', dropped: r?.dropped ?? '', 'held-out': r?.heldOut ?? '' },
        summary,
      };
    }
    if (next === 'none') return { passed: true, outputs: { next: next, result: '', number: '', url: '' }, summary };
    return {
      passed: true,
      outputs: { next: next },
      summary,
      publish: async (plog) => {
        const done = await publishRetrain(config, findings, next, plog);
        return { outputs: { result: done.action, number: done.number, url: done.url } };
      },
    };
  },
});
