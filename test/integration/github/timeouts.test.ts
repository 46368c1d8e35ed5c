// A GitHub API that accepts and never answers: each request stops at its timeout, and a budget
// (an AbortSignal) stops every request of the client, retries included.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../../src/github/index.js';
import { withBudget } from '../../../src/actions/compare-github.js';

let server: Server;
let url: string;
let seen = 0;

beforeEach(async () => {
  seen = 0;
  server = createServer(() => {
    seen++; // accept, never answer
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
});

describe('GitHub client time limits', () => {
  it('aborts a request that gets no answer after requestTimeoutMs, with a message saying so', async () => {
    const client = createGitHubClient('ghs_x', { baseUrl: url, requestTimeoutMs: 300, retries: 0 });
    await expect(client.rest.pulls.get({ owner: 'o', repo: 'r', pull_number: 1 })).rejects.toThrow(/no answer within/);
    expect(seen).toBe(1);
  });

  it('stops retries too when the budget runs out', async () => {
    await expect(
      withBudget(1, (signal) => createGitHubClient('ghs_x', { baseUrl: url, signal, requestTimeoutMs: 30_000, retryAfterBaseValue: 1 }).rest.pulls.get({ owner: 'o', repo: 'r', pull_number: 1 })),
    ).rejects.toThrow(/did not finish within 1 s/);
  });
});
