/**
 * The fake GitHub's Git Data API, repository, pull request and issue endpoints, for the retrain
 * pull request and the drift issue: GET /repos/{o}/{r}; git refs (get, create, update with
 * GitHub's fast-forward rule), commits (get, create), blobs, trees; pulls list/create/update
 * (GitHub's 422 when an open pull request already exists for the head); issues list (pull
 * requests included, as GitHub lists them), create, update. Requests and responses go through the
 * same OpenAPI checks as every other operation of the fake (fake-github.ts).
 *
 * Objects are content-addressed: a blob's sha is git's own (sha1 of `blob <size>\0<bytes>`), a
 * tree's is a sha1 of its sorted entries, so the same files give the same tree, as in git.
 */
import { createHash } from 'node:crypto';
import type { Ctx, FakeGitHub, Reply, StoredPull } from './fake-github.js';
import { build, objectBranch, responseSchema, type Schema } from './fake-github.js';

export interface StoredIssue {
  number: number;
  title: string;
  body: string | null;
  login: string;
  state: 'open' | 'closed';
  labels: string[];
  created_at: string;
  updated_at: string;
}

export interface StoredCommit {
  tree: string;
  parents: string[];
  message: string;
}

function sha1(...parts: (string | Buffer)[]): string {
  const h = createHash('sha1');
  for (const p of parts) h.update(p);
  return h.digest('hex');
}

function now(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Blobs, flat trees (full path -> blob sha), commits and refs of the fake's one repository. */
export class GitStore {
  readonly blobs = new Map<string, Buffer>();
  readonly trees = new Map<string, Map<string, string>>();
  readonly commits = new Map<string, StoredCommit>();
  /** `heads/main` -> commit sha. */
  readonly refs = new Map<string, string>();
  defaultBranch = 'main';

  constructor() {
    this.commitFiles(this.defaultBranch, { 'README.md': '# models\n' }, 'Initial commit');
  }

  writeBlob(content: Buffer): string {
    const sha = sha1(`blob ${content.length}\0`, content);
    this.blobs.set(sha, content);
    return sha;
  }

  writeTree(entries: Map<string, string>): string {
    const sorted = new Map([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    const sha = sha1('tree ', JSON.stringify([...sorted]));
    this.trees.set(sha, sorted);
    return sha;
  }

  writeCommit(c: StoredCommit): string {
    const sha = sha1('commit ', JSON.stringify(c), String(this.commits.size));
    this.commits.set(sha, c);
    return sha;
  }

  /** Seeds a commit on `branch` (created when missing) that sets these files. */
  commitFiles(branch: string, files: Record<string, string>, message = 'Update'): string {
    const parent = this.refs.get(`heads/${branch}`);
    const entries = new Map(parent ? this.trees.get(this.commits.get(parent)!.tree)! : []);
    for (const [p, text] of Object.entries(files)) entries.set(p, this.writeBlob(Buffer.from(text)));
    const sha = this.writeCommit({ tree: this.writeTree(entries), parents: parent ? [parent] : [], message });
    this.refs.set(`heads/${branch}`, sha);
    return sha;
  }

  /** The files at a branch's head, as text. */
  filesAt(branch: string): Record<string, string> {
    const head = this.refs.get(`heads/${branch}`);
    if (!head) return {};
    const tree = this.trees.get(this.commits.get(head)!.tree)!;
    return Object.fromEntries([...tree].map(([p, sha]) => [p, this.blobs.get(sha)!.toString('utf8')]));
  }

  isAncestor(ancestor: string, of: string): boolean {
    const seen = new Set<string>();
    const stack = [of];
    while (stack.length) {
      const s = stack.pop()!;
      if (s === ancestor) return true;
      if (seen.has(s)) continue;
      seen.add(s);
      stack.push(...(this.commits.get(s)?.parents ?? []));
    }
    return false;
  }
}

function refJson(f: FakeGitHub, ref: string, sha: string, schema: Parameters<typeof build>[0]) {
  return build(schema, {
    ref: `refs/${ref}`,
    node_id: `REF_${sha.slice(0, 8)}`,
    url: f.apiUrl(`/repos/${f.owner}/${f.repo}/git/refs/${ref}`),
    object: { type: 'commit', sha, url: f.apiUrl(`/repos/${f.owner}/${f.repo}/git/commits/${sha}`) },
  });
}

function commitJson(f: FakeGitHub, sha: string, schema: Parameters<typeof build>[0]) {
  const c = f.git.commits.get(sha)!;
  const person = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com', date: now() };
  return build(schema, {
    sha,
    node_id: `C_${sha.slice(0, 8)}`,
    url: f.apiUrl(`/repos/${f.owner}/${f.repo}/git/commits/${sha}`),
    html_url: `https://github.com/${f.owner}/${f.repo}/commit/${sha}`,
    author: person,
    committer: person,
    tree: { sha: c.tree, url: f.apiUrl(`/repos/${f.owner}/${f.repo}/git/trees/${c.tree}`) },
    message: c.message,
    parents: c.parents.map((p) => ({ sha: p, url: f.apiUrl(`/repos/${f.owner}/${f.repo}/git/commits/${p}`), html_url: `https://github.com/${f.owner}/${f.repo}/commit/${p}` })),
    verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
  });
}

function association(f: FakeGitHub, login: string): string {
  return login === f.owner ? 'OWNER' : f.collaborators.has(login) ? 'COLLABORATOR' : 'NONE';
}

function issueJson(f: FakeGitHub, i: StoredIssue, schema: Parameters<typeof build>[0], pull?: StoredPull) {
  const kind = pull ? 'pull' : 'issues';
  return build(schema, {
    id: 80000 + i.number,
    node_id: `I_${i.number}`,
    number: i.number,
    title: i.title,
    body: i.body,
    state: i.state,
    locked: false,
    comments: 0,
    labels: i.labels.map((name, k) => ({ id: k + 1, node_id: `L_${k}`, name, color: 'ededed', default: false, description: null, url: f.apiUrl(`/repos/${f.owner}/${f.repo}/labels/${encodeURIComponent(name)}`) })),
    user: f.userJson(i.login, objectBranch(schema as Schema).properties!.user),
    author_association: association(f, i.login),
    url: f.apiUrl(`/repos/${f.owner}/${f.repo}/issues/${i.number}`),
    html_url: `https://github.com/${f.owner}/${f.repo}/${kind}/${i.number}`,
    repository_url: f.apiUrl(`/repos/${f.owner}/${f.repo}`),
    labels_url: f.apiUrl(`/repos/${f.owner}/${f.repo}/issues/${i.number}/labels{/name}`),
    comments_url: f.apiUrl(`/repos/${f.owner}/${f.repo}/issues/${i.number}/comments`),
    events_url: f.apiUrl(`/repos/${f.owner}/${f.repo}/issues/${i.number}/events`),
    created_at: i.created_at,
    updated_at: i.updated_at,
    ...(pull
      ? {
          pull_request: {
            url: f.apiUrl(`/repos/${f.owner}/${f.repo}/pulls/${i.number}`),
            html_url: `https://github.com/${f.owner}/${f.repo}/pull/${i.number}`,
            diff_url: `https://github.com/${f.owner}/${f.repo}/pull/${i.number}.diff`,
            patch_url: `https://github.com/${f.owner}/${f.repo}/pull/${i.number}.patch`,
          },
        }
      : {}),
  });
}

/** A pull request seen as an issue, for the issues list. */
function pullAsIssue(f: FakeGitHub, pr: StoredPull): StoredIssue {
  const t = now();
  return { number: pr.number, title: pr.title ?? `Pull request ${pr.number}`, body: pr.body ?? null, login: pr.author ?? pr.headRepo.split('/')[0], state: pr.state ?? 'open', labels: [], created_at: t, updated_at: t };
}

/** Moves the head of every open pull request from this repository's `branch`. */
function followBranch(f: FakeGitHub, branch: string, sha: string): void {
  for (const pr of f.pulls.values()) if (pr.headRepo === `${f.owner}/${f.repo}` && pr.headRef === branch) pr.headSha = sha;
}

export const gitHandlers: Record<string, (this: FakeGitHub, ctx: Ctx) => Reply> = {
  'repos/get'(ctx) {
    if (!this.can(ctx.identity, 'contents', 'read')) return this.forbidden();
    if (ctx.path.owner !== this.owner || ctx.path.repo !== this.repo) return this.notFound();
    const schema = responseSchema('repos/get', 200);
    return { status: 200, body: { ...this.repoJson(`${this.owner}/${this.repo}`, schema), default_branch: this.git.defaultBranch } };
  },

  'git/get-ref'(ctx) {
    if (!this.can(ctx.identity, 'contents', 'read')) return this.forbidden();
    const sha = this.git.refs.get(ctx.path.ref);
    if (!sha) return this.notFound();
    return { status: 200, body: refJson(this, ctx.path.ref, sha, responseSchema('git/get-ref', 200)) };
  },

  'git/get-commit'(ctx) {
    if (!this.can(ctx.identity, 'contents', 'read')) return this.forbidden();
    if (!this.git.commits.has(ctx.path.commit_sha)) return this.notFound();
    return { status: 200, body: commitJson(this, ctx.path.commit_sha, responseSchema('git/get-commit', 200)) };
  },

  'git/create-blob'(ctx) {
    if (!this.can(ctx.identity, 'contents', 'write')) return this.forbidden();
    if (this.archived) return this.archivedReply();
    const b = ctx.body as { content: string; encoding?: string };
    const bytes = b.encoding === 'base64' ? Buffer.from(b.content, 'base64') : Buffer.from(b.content, 'utf8');
    const sha = this.git.writeBlob(bytes);
    return { status: 201, body: build(responseSchema('git/create-blob', 201), { sha, url: this.apiUrl(`/repos/${this.owner}/${this.repo}/git/blobs/${sha}`) }) };
  },

  'git/create-tree'(ctx) {
    if (!this.can(ctx.identity, 'contents', 'write')) return this.forbidden();
    if (this.archived) return this.archivedReply();
    const b = ctx.body as { base_tree?: string; tree: { path: string; mode: string; type: string; sha?: string | null; content?: string }[] };
    const base = b.base_tree ? this.git.trees.get(b.base_tree) : new Map<string, string>();
    if (!base) return this.invalid('Tree', 'base_tree', `base_tree ${b.base_tree} is not a tree`);
    const entries = new Map(base);
    for (const e of b.tree) {
      if (e.type !== 'blob') return this.invalid('Tree', 'tree', 'the fake stores blobs only');
      if (e.sha === null) entries.delete(e.path);
      else if (e.sha !== undefined) {
        if (!this.git.blobs.has(e.sha)) return this.invalid('Tree', 'tree.sha', `${e.sha} is not a valid blob`);
        entries.set(e.path, e.sha);
      } else entries.set(e.path, this.git.writeBlob(Buffer.from(e.content ?? '', 'utf8')));
    }
    const sha = this.git.writeTree(entries);
    return {
      status: 201,
      body: build(responseSchema('git/create-tree', 201), {
        sha,
        url: this.apiUrl(`/repos/${this.owner}/${this.repo}/git/trees/${sha}`),
        truncated: false,
        tree: [...entries].map(([path, s]) => ({ path, mode: '100644', type: 'blob', sha: s, size: this.git.blobs.get(s)!.length, url: this.apiUrl(`/repos/${this.owner}/${this.repo}/git/blobs/${s}`) })),
      }),
    };
  },

  'git/create-commit'(ctx) {
    if (!this.can(ctx.identity, 'contents', 'write')) return this.forbidden();
    if (this.archived) return this.archivedReply();
    const b = ctx.body as { message: string; tree: string; parents?: string[] };
    if (!this.git.trees.has(b.tree)) return this.invalid('Commit', 'tree', `Tree SHA does not exist: ${b.tree}`);
    for (const p of b.parents ?? []) if (!this.git.commits.has(p)) return this.invalid('Commit', 'parents', `Parent SHA does not exist or is not a commit object: ${p}`);
    const sha = this.git.writeCommit({ tree: b.tree, parents: b.parents ?? [], message: b.message });
    return { status: 201, body: commitJson(this, sha, responseSchema('git/create-commit', 201)), headers: { location: this.apiUrl(`/repos/${this.owner}/${this.repo}/git/commits/${sha}`) } };
  },

  'git/create-ref'(ctx) {
    if (!this.can(ctx.identity, 'contents', 'write')) return this.forbidden();
    if (this.archived) return this.archivedReply();
    const b = ctx.body as { ref: string; sha: string };
    if (!/^refs\/[^/]+\/.+/.test(b.ref)) return this.invalid('Reference', 'ref', `${b.ref} is not a valid ref name.`);
    const ref = b.ref.slice('refs/'.length);
    if (this.git.refs.has(ref)) return this.invalid('Reference', 'ref', 'Reference already exists');
    if (!this.git.commits.has(b.sha)) return this.invalid('Reference', 'sha', 'Object does not exist');
    this.git.refs.set(ref, b.sha);
    return { status: 201, body: refJson(this, ref, b.sha, responseSchema('git/create-ref', 201)), headers: { location: this.apiUrl(`/repos/${this.owner}/${this.repo}/git/refs/${ref}`) } };
  },

  'git/update-ref'(ctx) {
    if (!this.can(ctx.identity, 'contents', 'write')) return this.forbidden();
    if (this.archived) return this.archivedReply();
    const ref = ctx.path.ref;
    const b = ctx.body as { sha: string; force?: boolean };
    const old = this.git.refs.get(ref);
    if (!old) return this.invalid('Reference', 'ref', 'Reference does not exist');
    if (!this.git.commits.has(b.sha)) return this.invalid('Reference', 'sha', 'Object does not exist');
    if (!b.force && !this.git.isAncestor(old, b.sha)) return this.invalid('Reference', 'sha', 'Update is not a fast forward');
    this.git.refs.set(ref, b.sha);
    if (ref.startsWith('heads/')) followBranch(this, ref.slice('heads/'.length), b.sha);
    return { status: 200, body: refJson(this, ref, b.sha, responseSchema('git/update-ref', 200)) };
  },

  'pulls/list'(ctx) {
    if (!this.can(ctx.identity, 'pull_requests', 'read')) return this.forbidden();
    const state = ctx.query.state ?? 'open';
    const all = [...this.pulls.values()].filter((p) => state === 'all' || (p.state ?? 'open') === state).sort((a, b) => b.number - a.number);
    const { items, headers } = this.page(ctx, all, '/pulls', { state });
    const schema = responseSchema('pulls/list', 200).items!;
    return { status: 200, body: items.map((p) => this.pullJson(p, schema)), headers };
  },

  'pulls/create'(ctx) {
    if (!this.can(ctx.identity, 'pull_requests', 'write')) return this.forbidden();
    if (this.archived) return this.archivedReply();
    const b = ctx.body as { title?: string; head: string; base: string; body?: string };
    const [headOwner, headRef] = b.head.includes(':') ? b.head.split(':', 2) : [this.owner, b.head];
    if (headOwner !== this.owner) return this.invalid('PullRequest', 'head', 'the fake has no forks');
    const headSha = this.git.refs.get(`heads/${headRef}`);
    if (!headSha) return this.invalid('PullRequest', 'head', 'head invalid');
    if (!this.git.refs.has(`heads/${b.base}`)) return this.invalid('PullRequest', 'base', 'base invalid');
    if ([...this.pulls.values()].some((p) => (p.state ?? 'open') === 'open' && p.headRef === headRef && (p.base ?? 'main') === b.base)) {
      return this.invalid('PullRequest', 'head', `A pull request already exists for ${this.owner}:${headRef}.`);
    }
    const pr = this.addPull(this.nextNumber(), { headSha, headRef });
    Object.assign(pr, { title: b.title ?? headRef, body: b.body ?? null, base: b.base, author: ctx.identity.login, state: 'open' as const });
    const json = this.pullJson(pr, responseSchema('pulls/create', 201));
    return { status: 201, body: json, headers: { location: String(json.url) } };
  },

  'pulls/update'(ctx) {
    if (!this.can(ctx.identity, 'pull_requests', 'write')) return this.forbidden();
    if (this.archived) return this.archivedReply();
    const pr = this.pulls.get(Number(ctx.path.pull_number));
    if (!pr) return this.notFound();
    const b = ctx.body as { title?: string; body?: string; state?: 'open' | 'closed'; base?: string };
    if (b.title !== undefined) pr.title = b.title;
    if (b.body !== undefined) pr.body = b.body;
    if (b.state !== undefined) pr.state = b.state;
    if (b.base !== undefined) pr.base = b.base;
    return { status: 200, body: this.pullJson(pr, responseSchema('pulls/update', 200)) };
  },

  'issues/list-for-repo'(ctx) {
    if (!this.can(ctx.identity, 'issues', 'read')) return this.forbidden();
    const state = ctx.query.state ?? 'open';
    const all = [
      ...[...this.issues.values()].map((i) => ({ i, pull: undefined as StoredPull | undefined })),
      ...[...this.pulls.values()].map((p) => ({ i: pullAsIssue(this, p), pull: p })),
    ]
      .filter(({ i }) => state === 'all' || i.state === state)
      .sort((a, b) => b.i.number - a.i.number);
    const { items, headers } = this.page(ctx, all, '/issues', { state });
    const schema = responseSchema('issues/list-for-repo', 200).items!;
    return { status: 200, body: items.map(({ i, pull }) => issueJson(this, i, schema, pull)), headers };
  },

  'issues/create'(ctx) {
    if (!this.can(ctx.identity, 'issues', 'write')) return this.forbidden();
    if (this.archived) return this.archivedReply();
    const b = ctx.body as { title: string | number; body?: string | null; labels?: (string | { name?: string })[] };
    const t = now();
    const issue: StoredIssue = {
      number: this.nextNumber(),
      title: String(b.title),
      body: b.body ?? null,
      login: ctx.identity.login,
      state: 'open',
      labels: (b.labels ?? []).map((l) => (typeof l === 'string' ? l : (l.name ?? ''))),
      created_at: t,
      updated_at: t,
    };
    this.issues.set(issue.number, issue);
    const json = issueJson(this, issue, responseSchema('issues/create', 201));
    return { status: 201, body: json, headers: { location: String(json.url) } };
  },

  'issues/update'(ctx) {
    if (!this.can(ctx.identity, 'issues', 'write')) return this.forbidden();
    if (this.archived) return this.archivedReply();
    const issue = this.issues.get(Number(ctx.path.issue_number));
    if (!issue) return this.notFound();
    const b = ctx.body as { title?: string | number | null; body?: string | null; state?: 'open' | 'closed' };
    if (b.title !== undefined && b.title !== null) issue.title = String(b.title);
    if (b.body !== undefined) issue.body = b.body;
    if (b.state !== undefined) issue.state = b.state;
    issue.updated_at = now();
    return { status: 200, body: issueJson(this, issue, responseSchema('issues/update', 200)) };
  },
};
