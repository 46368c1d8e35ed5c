/**
 * retrain's GitHub glue (adapter layer): which calls to make for a finding. The calls themselves are
 * in src/github (git-data.ts, retrain.ts, comment.ts, verdict.ts); the texts in src/report/retrain.ts.
 *
 * Everything read here came from another job (the artifact: the report, the files, the comparison)
 * and is untrusted: the report was checked by readFindings, every text from it is escaped, the
 * repository paths come from this step's inputs (never from the artifact), file sizes are bounded,
 * the comparison's body and verdict go through publish mode's checks, and @-mentions are defused.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError, DataError } from '../errors.js';
import type { Logger } from '../lib/logger.js';
import type { MonitorFindings, NextStep } from '../retrain/findings.js';
import { issueBody, pullRequestBody, reportMarkdown, retrainTitle } from '../report/retrain.js';
import {
  createGitHubClient,
  defuseMentions,
  parseRepo,
  reportVerdict,
  stickyMarker,
  upsertStickyComment,
  validatePublishPayload,
  type Conclusion,
  type GitHubClient,
} from '../github/index.js';
import { commitToBranch, MAX_FILE_BYTES, type FileToCommit } from '../github/git-data.js';
import { driftIssueMarker, retrainMarker, upsertIssue, upsertPullRequest, type Upserted } from '../github/retrain.js';
import { withBudget } from './compare-github.js';
import type { RetrainConfig } from './retrain.js';

/** A file of the artifact; one larger than a commit may hold is refused before it is read. */
function readArtifactFile(path: string, what: string): Buffer {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new ConfigurationError(`${what}: ${path} not found (was the monitoring job's artifact downloaded into source-dir?)`);
  }
  if (size > MAX_FILE_BYTES) throw new DataError(`${what}: ${path} is ${size} bytes, more than ${MAX_FILE_BYTES}`, path);
  return readFileSync(path);
}

interface ComparisonFiles {
  body: string;
  conclusion: Conclusion;
  title: string;
}

/** The comparison's files, read before anything is pushed: a missing one fails the step first. */
function readComparison(config: RetrainConfig): ComparisonFiles | undefined {
  if (!config.comparison) return undefined;
  const text = readArtifactFile(config.comparison, 'comparison').toString('utf8');
  let doc: { passed?: unknown; verdict?: unknown };
  try {
    doc = JSON.parse(text) as typeof doc;
  } catch (e) {
    throw new DataError(`${config.comparison}: not JSON (${(e as Error).message})`, config.comparison);
  }
  return {
    body: readArtifactFile(config.commentFile!, 'comment-file').toString('utf8'),
    conclusion: doc.passed === true ? 'success' : doc.passed === false ? 'failure' : 'neutral',
    title: typeof doc.verdict === 'string' ? doc.verdict : 'model comparison',
  };
}

function clientFor(config: RetrainConfig, log: Logger, signal: AbortSignal): GitHubClient {
  if (!config.github.token) throw new ConfigurationError(`input 'github-token' is required in publish mode`);
  return createGitHubClient(config.github.token, { log, baseUrl: config.github.apiUrl, signal, requestTimeoutMs: Math.min(30, config.publishTimeout) * 1000 });
}

/** Opens or updates the retrain pull request (with its comparison) or the drift issue. */
export async function publishRetrain(config: RetrainConfig, findings: MonitorFindings, next: Exclude<NextStep, 'none'>, log: Logger): Promise<Upserted> {
  const gh = config.github;
  if (!gh.repository) throw new ConfigurationError('publish mode needs the repository: GITHUB_REPOSITORY is not set');
  const repo = parseRepo(gh.repository);
  const workflow = gh.workflow ?? 'modelgate';
  if (next === 'issue') {
    return withBudget(config.publishTimeout, (signal) =>
      upsertIssue(clientFor(config, log, signal), { repo, marker: driftIssueMarker(workflow), title: retrainTitle(findings, 'issue'), body: issueBody(findings, { runUrl: gh.runUrl }), labels: config.labels }, log),
    );
  }
  if (config.files.length === 0) throw new ConfigurationError(`publish mode: input 'files' is required for a retrain pull request (the training data or its pointer, changed params)`);
  const files: FileToCommit[] = config.files.map((p) => ({ path: p, content: readArtifactFile(join(config.sourceDir, p), 'files') }));
  const reportJson = JSON.stringify(JSON.parse(readArtifactFile(config.report!, 'report').toString('utf8')), null, 2) + '\n';
  files.push({ path: config.reportPath, content: Buffer.from(reportJson) });
  files.push({ path: config.reportPath.replace(/\.json$/i, '') + '.md', content: Buffer.from(reportMarkdown(findings)) });
  const comparison = readComparison(config);
  return withBudget(config.publishTimeout, async (signal) => {
    const client = clientFor(config, log, signal);
    const commit = await commitToBranch(
      client,
      { repo, branch: config.branch, base: config.base, files, message: retrainTitle(findings, 'pull-request'), trailer: `Modelgate-Retrain: ${config.branch}` },
      log,
    );
    const pr = await upsertPullRequest(
      client,
      {
        repo,
        marker: retrainMarker(workflow),
        head: config.branch,
        base: commit.base,
        title: retrainTitle(findings, 'pull-request'),
        body: pullRequestBody(findings, { files: files.map((f) => f.path), reportPath: config.reportPath, checkName: config.comparison ? gh.checkName : undefined, retrainData: config.retrainData, runUrl: gh.runUrl }),
      },
      log,
    );
    if (comparison) {
      // Checked as publish mode checks a fork's artifact: body size, verdict, title on one line.
      const cmp = validatePublishPayload({ prNumber: pr.number, headSha: commit.sha, body: comparison.body, verdict: { conclusion: comparison.conclusion, title: comparison.title, summary: comparison.body } });
      await upsertStickyComment(client, { repo, issueNumber: pr.number, marker: stickyMarker(workflow), body: defuseMentions(cmp.body), fullReportUrl: gh.runUrl }, log);
      const v = await reportVerdict(
        client,
        { repo, headSha: commit.sha, checkName: gh.checkName, verdict: { ...cmp.verdict, summary: defuseMentions(cmp.body) }, detailsUrl: gh.runUrl, fullReportUrl: gh.runUrl },
        log,
      );
      log.info(v.kind === 'check-run' ? `check run ${gh.checkName}: ${v.url}` : `commit status ${v.context}: ${v.state} (${v.reason})`);
    }
    return pr;
  });
}
