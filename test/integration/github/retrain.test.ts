// The retrain action end to end through the CLI against the fake GitHub (every request and
// response checked against GitHub's OpenAPI description): a drifted labelled week adds the
// window to the training data and opens one pull request on its own branch with the comparison's
// comment and check; the next week updates the same pull request; an undrifted week makes no call
// at all; drift without labels opens one issue, and the next run updates it. Nothing is ever
// committed to the default branch.
import { cpSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMain, errorLines } from '../../cli.js';
import { ROOT, tempDir } from '../../helpers.js';
import { useFakeGitHub, type FakeGitHub } from './fake-github.js';
import { createGitHubClient } from '../../../src/github/client.js';
import { driftIssueMarker, retrainMarker, upsertIssue, upsertPullRequest } from '../../../src/github/retrain.js';
import { memoryLogger } from '../../../src/lib/logger.js';

const fake = useFakeGitHub();
const FIX = join(ROOT, 'test/fixtures/retrain');
const TRAIN = 'date,precipitation,temp_max,temp_min,wind,weather\n2015-12-30,0.0,7.2,0.6,1.6,sun\n2015-12-31,0.0,5.6,-2.1,3.5,sun\n';
const WEEK1 = 'weather,date,precipitation,temp_max,temp_min,wind\nrain,2016-01-01,2.5,9.1,3.0,4.1\nsun,2016-01-02,0.0,10.6,2.2,2.0\n';
const WEEK2 = 'date,precipitation,temp_max,temp_min,wind,weather\n2016-01-08,5.1,11.2,6.0,5.5,rain\n2016-01-09,0.3,12.0,5.1,3.3,drizzle\n';

function env(f: FakeGitHub): void {
  Object.assign(process.env, {
    GITHUB_API_URL: f.url,
    GITHUB_TOKEN: 'ghs_default',
    GITHUB_REPOSITORY: `${f.owner}/${f.repo}`,
    GITHUB_WORKFLOW: 'scheduled retrain',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '77',
  });
}

/** The monitoring job: data mode adds the window's older half to data/train.csv under `work` (the artifact's folder), its newer half held out. */
async function monitoringJob(work: string, report: string, window: string) {
  writeFileSync(join(work, 'window.csv'), window);
  return runMain(['retrain', '--mode', 'data', '--report', resolve(FIX, report), '--training-data', join(work, 'data/train.csv'), '--window', join(work, 'window.csv'), '--holdout-data', join(work, 'holdout.csv'), '--json']);
}

/** The publishing job: the artifact in `work`, the paths from the workflow. */
function publishJob(work: string, report: string, extra: string[] = []) {
  return runMain(['retrain', '--mode', 'publish', '--report', resolve(FIX, report), '--files', 'data/train.csv', '--source-dir', work, '--comparison', join(work, 'comparison.json'), '--json', ...extra]);
}

function artifactDir(): string {
  const work = tempDir();
  mkdirSync(join(work, 'data'));
  writeFileSync(join(work, 'data/train.csv'), TRAIN);
  cpSync(join(FIX, 'comparison.json'), join(work, 'comparison.json'));
  cpSync(join(FIX, 'comparison.md'), join(work, 'comparison.md'));
  return work;
}

describe('retrain against the fake GitHub', () => {
  it('a drifted labelled week opens one pull request on its own branch; the next week updates it; a repeat changes nothing', async () => {
    const f = fake();
    env(f);
    f.git.commitFiles('main', { 'data/train.csv': TRAIN });
    const mainBefore = f.git.refs.get('heads/main');
    const work = artifactDir();

    const data = await monitoringJob(work, 'report-act-hostile.json', WEEK1);
    expect(data.code, data.stderr).toBe(0);
    expect(JSON.parse(data.stdout)).toMatchObject({ next: 'pull-request', rows: 3, added: 1, dropped: 0, 'held-out': 1 });
    expect(readFileSync(join(work, 'data/train.csv'), 'utf8')).toBe(TRAIN + '2016-01-01,2.5,9.1,3.0,4.1,rain\n');
    expect(readFileSync(join(work, 'holdout.csv'), 'utf8')).toBe('weather,date,precipitation,temp_max,temp_min,wind\nsun,2016-01-02,0.0,10.6,2.2,2.0\n');
    expect(f.requests).toHaveLength(0); // data mode talks to nobody

    const first = await publishJob(work, 'report-act-hostile.json');
    expect(first.code, first.stderr).toBe(0);
    const out1 = JSON.parse(first.stdout);
    expect(out1).toMatchObject({ next: 'pull-request', result: 'created' });
    expect(f.pulls.size).toBe(1);
    const pr = [...f.pulls.values()][0];
    expect(out1.number).toBe(pr.number);
    expect(pr).toMatchObject({ headRef: 'modelgate/retrain', base: 'main', author: 'github-actions[bot]', state: 'open' });
    expect(pr.body).toContain('<!-- modelgate:retrain workflow=scheduled%20retrain -->');
    expect(pr.title).toContain('Retrain oci-layout://registry/weather:production');
    // Text from the report is escaped: no live HTML, link or mention.
    expect(pr.body).not.toMatch(/<img|\[x\]\(http|@octocat/);
    expect(pr.body).toContain('&lt;img src=x onerror=alert&#40;1&#41;&gt; &#64;octocat');
    expect(pr.body).toMatch(/\| accuracy \| 0\.7281 \| 0\.35 \| -0\.3781 \| two-proportion z/);
    // The branch: one commit on main with the new training data and the report; main untouched.
    expect(f.git.refs.get('heads/main')).toBe(mainBefore);
    const branch = f.git.filesAt('modelgate/retrain');
    expect(branch['data/train.csv']).toBe(readFileSync(join(work, 'data/train.csv'), 'utf8'));
    expect(JSON.parse(branch['monitoring/monitor-report.json'])).toMatchObject({ finding: 'act', decay: { labelled: 300 } });
    expect(branch['monitoring/monitor-report.md']).toContain('| precipitation | wasserstein | 0.4886 | – | 0.1 |');
    expect(branch['README.md']).toBe('# models\n');
    const head1 = f.git.refs.get('heads/modelgate/retrain')!;
    expect(f.git.commits.get(head1)!.parents).toEqual([mainBefore]);
    expect(pr.headSha).toBe(head1);
    // The comparison: sticky comment (mentions defused) and a check run on the branch's head.
    expect(f.commentsOn(pr.number)).toHaveLength(1);
    expect(f.commentsOn(pr.number)[0].body).toContain('All 3 gates passed');
    expect(f.commentsOn(pr.number)[0].body).toContain('&#64;octocat');
    expect(f.checkRuns).toHaveLength(1);
    expect(f.checkRuns[0]).toMatchObject({ name: 'modelgate', head_sha: head1, conclusion: 'success' });

    // Week 2: main moved on meanwhile; the same pull request is updated, its branch rebuilt on main.
    const mainNow = f.git.commitFiles('main', { 'src/other.py': 'print(1)\n' }, 'unrelated work');
    const week2 = JSON.parse(readFileSync(join(FIX, 'report-act-hostile.json'), 'utf8'));
    week2.window = { ...week2.window, from: '2016-01-08', to: '2016-01-14' };
    writeFileSync(join(work, 'week2.json'), JSON.stringify(week2));
    const data2 = await monitoringJob(work, join(work, 'week2.json'), WEEK2);
    expect(JSON.parse(data2.stdout)).toMatchObject({ next: 'pull-request', rows: 4, added: 1, 'held-out': 1 });
    const second = await publishJob(work, join(work, 'week2.json'));
    expect(second.code, second.stderr).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({ result: 'updated', number: pr.number });
    expect(f.pulls.size).toBe(1);
    expect(f.calls('pulls/create')).toHaveLength(1);
    expect(f.calls('pulls/update')).toHaveLength(1);
    expect(pr.body).toContain('2016-01-08 to 2016-01-14');
    const head2 = f.git.refs.get('heads/modelgate/retrain')!;
    expect(head2).not.toBe(head1);
    expect(f.git.commits.get(head2)!.parents).toEqual([mainNow]);
    expect(f.git.filesAt('modelgate/retrain')['src/other.py']).toBe('print(1)\n');
    expect(f.git.refs.get('heads/main')).toBe(mainNow);
    expect(f.commentsOn(pr.number)).toHaveLength(1); // the sticky comment, updated in place

    // The same week again: nothing new is pushed or rewritten.
    const third = await publishJob(work, join(work, 'week2.json'));
    expect(JSON.parse(third.stdout)).toMatchObject({ result: 'unchanged', number: pr.number });
    expect(f.git.refs.get('heads/modelgate/retrain')).toBe(head2);
    expect(f.calls('git/create-commit')).toHaveLength(2);
    expect(f.calls('pulls/update')).toHaveLength(1);
  });

  it('an undrifted week changes no file and makes no call; the open pull request stays open', async () => {
    const f = fake();
    env(f);
    f.addPull(3, { headRef: 'modelgate/retrain' });
    const work = artifactDir();
    const data = await monitoringJob(work, 'report-none.json', WEEK1);
    expect(JSON.parse(data.stdout)).toMatchObject({ next: 'none', rows: '', added: '' });
    expect(readFileSync(join(work, 'data/train.csv'), 'utf8')).toBe(TRAIN);
    const pub = await publishJob(work, 'report-none.json');
    expect(pub.code).toBe(0);
    expect(JSON.parse(pub.stdout)).toMatchObject({ next: 'none', result: '' });
    expect(f.requests).toHaveLength(0);
    expect(f.pulls.get(3)!.state ?? 'open').toBe('open');
  });

  it('drift without labels opens one issue, updated by the next run; pull requests in the issue list are skipped', async () => {
    const f = fake();
    env(f);
    f.addPull(1, { headRef: 'feature' });
    const work = artifactDir();
    const data = await monitoringJob(work, 'report-act-unlabelled.json', WEEK1);
    expect(JSON.parse(data.stdout)).toMatchObject({ next: 'issue' });
    expect(readFileSync(join(work, 'data/train.csv'), 'utf8')).toBe(TRAIN); // no labels: no retrain

    const first = await runMain(['retrain', '--mode', 'publish', '--report', join(FIX, 'report-act-unlabelled.json'), '--labels', 'drift', '--json']);
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ next: 'issue', result: 'created' });
    expect(f.issues.size).toBe(1);
    const issue = [...f.issues.values()][0];
    expect(issue.title).toMatch(/^Drift in production data of oci-layout:\/\/registry\/weather:production: 3 drifted columns/);
    expect(issue.body).toContain('<!-- modelgate:drift-issue workflow=scheduled%20retrain -->');
    expect(issue.body).toContain('No labels were available');
    expect(issue.body).toContain('| temp&#95;max | wasserstein | 1.144 | – | 0.1 |');
    expect(issue.labels).toEqual(['drift']);
    expect(f.calls('git/create-commit')).toHaveLength(0);
    expect(f.pulls.size).toBe(1);

    const week2 = JSON.parse(readFileSync(join(FIX, 'report-act-unlabelled.json'), 'utf8'));
    week2.window = { ...week2.window, from: '2016-01-08', to: '2016-01-14', rows: 9 };
    writeFileSync(join(work, 'r2.json'), JSON.stringify(week2));
    const second = await runMain(['retrain', '--mode', 'publish', '--report', join(work, 'r2.json'), '--json']);
    expect(JSON.parse(second.stdout)).toMatchObject({ result: 'updated', number: issue.number });
    expect(f.issues.size).toBe(1);
    expect(f.issues.get(issue.number)!.body).toContain('2016-01-08 to 2016-01-14, 9 rows');
  });

  it('never overwrites a retrain branch that holds somebody else\'s commit, and ignores a marker in an outsider\'s pull request', async () => {
    const f = fake();
    env(f);
    f.git.commitFiles('modelgate/retrain', { 'notes.md': 'mine\n' }, 'a human commit');
    const before = f.git.refs.get('heads/modelgate/retrain');
    const work = artifactDir();
    const run = await publishJob(work, 'report-act-labelled.json');
    expect(run.code).toBe(2);
    expect(errorLines(run)).toEqual([expect.stringMatching(/branch 'modelgate\/retrain' has a commit modelgate did not make/)]);
    expect(f.git.refs.get('heads/modelgate/retrain')).toBe(before);

    // A pull request from another branch whose body carries the marker is not the retrain pull request.
    const g = f.addPull(8, { headRef: 'feature' });
    Object.assign(g, { body: '<!-- modelgate:retrain workflow=scheduled%20retrain -->', author: 'mallory' });
    const r2 = await publishJob(work, 'report-act-labelled.json', ['--branch', 'modelgate/retrain-2']);
    expect(r2.code, r2.stderr).toBe(0);
    expect(JSON.parse(r2.stdout)).toMatchObject({ result: 'created' });
    expect(g.body).toBe('<!-- modelgate:retrain workflow=scheduled%20retrain -->');
  });

  it('refuses paths that leave the repository or touch workflows, before any call', async () => {
    const f = fake();
    env(f);
    for (const bad of ['../etc/passwd', '.github/workflows/x.yml', '/abs.csv']) {
      const run = await runMain(['retrain', '--mode', 'publish', '--report', join(FIX, 'report-act-labelled.json'), '--files', bad]);
      expect(run.code, bad).toBe(2);
      expect(errorLines(run)[0]).toMatch(/^modelgate retrain: files: /);
    }
    expect(f.requests).toHaveLength(0);
  });

  it('finds the pull request and the issue by marker on a later page of the lists, following the Link headers', async () => {
    const f = fake();
    const log = memoryLogger();
    const client = createGitHubClient('ghs_default', { baseUrl: f.url, log, retryAfterBaseValue: 5 });
    const repo = { owner: f.owner, repo: f.repo };
    f.git.commitFiles('modelgate/retrain', { 'x.csv': '1\n' });
    const ours = f.addPull(1, { headRef: 'modelgate/retrain' });
    Object.assign(ours, { title: 'old', body: `${retrainMarker('CI')}\nold`, author: 'github-actions[bot]' });
    for (let n = 2; n <= 25; n++) f.addPull(n, { headRef: `feature-${n}` });
    const pr = await upsertPullRequest(client, { repo, marker: retrainMarker('CI'), head: 'modelgate/retrain', base: 'main', title: 'Retrain', body: 'new', perPage: 10 }, log);
    expect(pr).toMatchObject({ action: 'updated', number: 1 });
    expect(f.calls('pulls/list').length).toBe(3);
    expect(ours.body).toBe(`${retrainMarker('CI')}\nnew`);

    f.issues.set(26, { number: 26, title: 'drift', body: `${driftIssueMarker('CI')}\nold`, login: 'github-actions[bot]', state: 'open', labels: [], created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z' });
    for (let n = 27; n <= 40; n++) f.issues.set(n, { number: n, title: `issue ${n}`, body: 'x', login: 'alice', state: 'open', labels: [], created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z' });
    const issue = await upsertIssue(client, { repo, marker: driftIssueMarker('CI'), title: 'drift', body: 'new', perPage: 10 }, log);
    expect(issue).toMatchObject({ action: 'updated', number: 26 });
    expect(f.calls('issues/list-for-repo').length).toBe(2);
    expect(f.calls('issues/create')).toHaveLength(0);
  });
});
