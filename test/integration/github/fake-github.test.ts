// The fake's own checks: a request or response that breaks GitHub's description is caught, so a
// passing suite means the fake and our calls follow GitHub's published contract.
import { describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../../src/github/client.js';
import { operation, useFakeGitHub } from './fake-github.js';

const fake = useFakeGitHub();

function setup() {
  const f = fake();
  const client = createGitHubClient('ghs_default', { baseUrl: f.url, retryAfterBaseValue: 5 });
  // Untyped, to send what octokit's types (generated from the same description) would refuse.
  const raw = client.request as unknown as (route: string, params: Record<string, unknown>) => Promise<unknown>;
  return { f, client, raw };
}

/** Takes the violations recorded so far (so the after-each check passes) and returns them. */
function take(v: string[]): string[] {
  return v.splice(0, v.length);
}

describe('the fake GitHub checks itself against the OpenAPI description', () => {
  it('flags a request body the description does not allow', async () => {
    const { f, raw } = setup();
    await raw('POST /repos/{owner}/{repo}/check-runs', { owner: f.owner, repo: f.repo, name: 'x', head_sha: 'a'.repeat(40), conclusion: 'passed', output: { title: 't' } })
      .catch(() => undefined);
    const v = take(f.violations);
    expect(v).toHaveLength(1);
    expect(v[0]).toContain('POST /repos/octo-org/models/check-runs (checks/create): request body:');
    expect(v[0]).toContain('/conclusion must be equal to one of the allowed values (action_required, cancelled, failure, neutral, success, skipped, stale, timed_out)');
    expect(v[0]).toContain("/output must have required property 'summary'");
  });

  it('flags undocumented parameters, paths and malformed path parameters', async () => {
    const { f, client, raw } = setup();
    f.addPull(1);
    await client.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner: f.owner, repo: f.repo, issue_number: 1, sort: 'created' }).catch(() => undefined);
    await raw('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner: f.owner, repo: f.repo, issue_number: 'one' }).catch(() => undefined);
    await client.request('GET /repos/{owner}/{repo}/no-such-thing', { owner: f.owner, repo: f.repo }).catch(() => undefined);
    const v = take(f.violations);
    expect(v[0]).toMatch(/query parameter 'sort' is not in the description/);
    expect(v[1]).toMatch(/path parameters: \/issue_number must be integer/);
    expect(v[2]).toMatch(/GET \/repos\/octo-org\/models\/no-such-thing: no such operation in GitHub's description/);
  });

  it('flags a response that does not match the documented schema or status', async () => {
    const { f, client } = setup();
    f.inject({ operation: 'checks/create', status: 201, body: { id: 1, name: 'x' } });
    f.inject({ operation: 'pulls/get', status: 418, body: { message: 'teapot' } });
    f.addPull(1);
    await client.rest.checks.create({ owner: f.owner, repo: f.repo, name: 'x', head_sha: 'a'.repeat(40) });
    await client.rest.pulls.get({ owner: f.owner, repo: f.repo, pull_number: 1 }).catch(() => undefined);
    const v = take(f.violations);
    expect(v[0]).toMatch(/-> 201 \(checks\/create\): response body: \/ must have required property 'node_id'/);
    expect(v[1]).toMatch(/-> 418 \(pulls\/get\): status 418 is not documented \(documented: 200, 304, 404, 406, 500, 503\)/);
  });

  it('enforces the limits GitHub applies beyond the description', async () => {
    const { f, client } = setup();
    f.addPull(1);
    const e = await client.rest.issues.createComment({ owner: f.owner, repo: f.repo, issue_number: 1, body: 'x'.repeat(65537) }).catch((x: unknown) => x);
    expect((e as { status: number }).status).toBe(422);
    expect(take(f.violations)).toEqual(['comment body of 65537 characters: GitHub rejects more than 65536']);
    // The description itself has no maxLength for comment bodies, but has one for check run summaries.
    const body = operation('issues/create-comment').requestBody!.content['application/json'].schema.properties!.body;
    expect(body.maxLength).toBeUndefined();
    const output = operation('checks/create').requestBody!.content['application/json'].schema.properties!.output;
    expect(output.properties!.summary.maxLength).toBe(65535);
  });
});
