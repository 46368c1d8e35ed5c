export const id = 668;
export const ids = [668];
export const modules = {

/***/ 60668:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dn: () => (/* binding */ readPublished),
/* harmony export */   Sn: () => (/* binding */ withOverrides),
/* harmony export */   Y$: () => (/* binding */ withBudget),
/* harmony export */   Z: () => (/* binding */ eventPullRequest),
/* harmony export */   c: () => (/* binding */ postComparison),
/* harmony export */   h4: () => (/* binding */ githubContext),
/* harmony export */   lt: () => (/* binding */ commentTarget)
/* harmony export */ });
/* unused harmony exports conclusionOf, applyOverrides */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4522);
/* harmony import */ var _gates_compare_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55406);
/* harmony import */ var _github_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(22318);
/**
 * compare-to-baseline's GitHub glue (adapter layer): the sticky comment, the check run (or status),
 * overrides by maintainers, and the fork-safe publish mode. The GitHub calls themselves are in
 * src/github; this file decides which to make from the event.
 */




/** What the runner tells us about this run (GITHUB_* variables). */
function githubContext(env = process.env) {
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    return {
        eventName: env.GITHUB_EVENT_NAME,
        eventPath: env.GITHUB_EVENT_PATH,
        repository: env.GITHUB_REPOSITORY,
        workflow: env.GITHUB_WORKFLOW,
        apiUrl: env.GITHUB_API_URL,
        runUrl: env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? (0,_github_index_js__WEBPACK_IMPORTED_MODULE_3__/* .runUrl */ .Vp)(server, env.GITHUB_REPOSITORY, env.GITHUB_RUN_ID) : undefined,
    };
}
function conclusionOf(c) {
    return c.passed === null ? 'neutral' : c.passed ? 'success' : 'failure';
}
/**
 * Applies accepted `/modelgate accept <metric> <reason>` overrides to failed gates: the gate passes,
 * and who accepted it and why is recorded in the gate and in `comparison.override`.
 */
function applyOverrides(c, accepted, rejected) {
    const gates = c.gates.map((g) => {
        const o = !g.passed ? accepted.find((a) => a.metric === g.metric) : undefined;
        return o ? { ...g, passed: true, override: { by: o.by, reason: o.reason, url: o.commentUrl }, reason: `accepted by ${o.by}: ${o.reason} (was: ${g.reason})` } : g;
    });
    const used = accepted.filter((a) => c.gates.some((g) => !g.passed && g.metric === a.metric));
    const { passed, verdict } = c.passed === null ? { passed: null, verdict: c.verdict } : (0,_gates_compare_js__WEBPACK_IMPORTED_MODULE_2__/* .verdictOf */ .Vj)(gates, c.dataValidation);
    return {
        ...c,
        gates,
        passed,
        verdict,
        override: { accepted: used.map((a) => ({ metric: a.metric, by: a.by, reason: a.reason, url: a.commentUrl })), rejected: rejected.map((r) => ({ by: r.by, reason: r.why })) },
    };
}
/** A client whose every request stops at the step's publishing budget. */
function clientFor(gh, log, budget, timeoutSeconds) {
    return (0,_github_index_js__WEBPACK_IMPORTED_MODULE_3__/* .createGitHubClient */ .LX)(gh.token, { log, baseUrl: gh.apiUrl, signal: budget, requestTimeoutMs: Math.min(30, timeoutSeconds) * 1000 });
}
/** Runs `fn` with an AbortSignal that fires after `seconds`; rejects then, even if `fn` ignores it. */
async function withBudget(seconds, fn) {
    const controller = new AbortController();
    let timer;
    const expired = new Promise((_, reject) => {
        timer = setTimeout(() => {
            controller.abort();
            reject(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceError */ ._7(`GitHub did not finish within ${seconds} s (publish-timeout)`));
        }, seconds * 1000);
    });
    try {
        return await Promise.race([fn(controller.signal), expired]);
    }
    finally {
        clearTimeout(timer);
    }
}
/** The pull request the run's event is about, if any. */
function eventPullRequest(config) {
    const event = config.github.eventPath ? (0,_github_index_js__WEBPACK_IMPORTED_MODULE_3__/* .readEventPayload */ .N5)(config.github.eventPath) : undefined;
    return event ? (0,_github_index_js__WEBPACK_IMPORTED_MODULE_3__/* .pullRequestFromEvent */ .vR)(event) : undefined;
}
/** The pull request of a compare-mode run that should get a comment, or why it does not. */
function commentTarget(config, comparison, log) {
    const gh = config.github;
    const pr = eventPullRequest(config);
    if (pr)
        comparison.pullRequest = { number: pr.number, headSha: pr.headSha };
    if (!config.comment || !pr)
        return undefined;
    if (pr.isFork) {
        log.warning(`pull request #${pr.number} comes from a fork, whose token cannot comment or create checks: upload ${config.out} and ${config.commentFile} and post them from a workflow_run workflow with mode: publish (see workflows-examples/fork-safe-*.yml)`);
        return undefined;
    }
    if (!gh.token)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`input 'github-token' is required to comment (or set comment: false)`);
    return pr;
}
/**
 * Compare mode, before the verdict is final: maintainers' `/modelgate accept` overrides of failed
 * gates. A GitHub failure here is a warning; the verdict stands as computed.
 */
async function withOverrides(config, pr, comparison, markdown, log, rerender) {
    const failed = comparison.gates.filter((g) => !g.passed).map((g) => g.metric);
    if (!failed.length)
        return { comparison, markdown };
    const gh = config.github;
    try {
        // Before the outputs are set: a short budget of its own, so a hanging API delays the verdict
        // by at most 30 s.
        const budget = Math.min(30, config.publishTimeout);
        const o = await withBudget(budget, (signal) => (0,_github_index_js__WEBPACK_IMPORTED_MODULE_3__/* .collectOverrides */ ._T)(clientFor(gh, log, signal, budget), { repo: (0,_github_index_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRepo */ .E3)(gh.repository ?? pr.baseRepo), prNumber: pr.number, metrics: failed }, log));
        if (!o.accepted.length && !o.rejected.length)
            return { comparison, markdown };
        const c = applyOverrides(comparison, o.accepted, o.rejected);
        for (const r of o.rejected)
            log.warning(`override by ${r.by} not accepted: ${r.why}`);
        return { comparison: c, markdown: rerender ? rerender(c) : markdown };
    }
    catch (e) {
        log.warning(`overrides not read (${e instanceof Error ? e.message : String(e)}); the verdict stands without them`);
        return { comparison, markdown };
    }
}
/**
 * Posts the sticky comment and the check run (or status): compare mode for `pr`, publish mode from
 * the comparison's own pull request. Throws on failure; bounded by `publishTimeout`.
 */
async function postComparison(config, comparison, markdown, log, pr) {
    const gh = config.github;
    const workflow = gh.workflow ?? 'modelgate';
    return withBudget(config.publishTimeout, async (signal) => {
        if (config.mode === 'publish') {
            if (!gh.token)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`input 'github-token' is required in publish mode`);
            if (!gh.repository)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('publish mode runs in GitHub Actions (GITHUB_REPOSITORY is not set)');
            // The sha this run was triggered for, from the event payload GitHub wrote: the workflow_run's
            // head (fork-safe pair) or the pull request's head (a publish job in the pull_request workflow).
            const event = gh.eventPath ? (0,_github_index_js__WEBPACK_IMPORTED_MODULE_3__/* .readEventPayload */ .N5)(gh.eventPath) : undefined;
            const runHeadSha = event === undefined ? undefined : ((0,_github_index_js__WEBPACK_IMPORTED_MODULE_3__/* .workflowRunFromEvent */ .jc)(event)?.headSha ?? (0,_github_index_js__WEBPACK_IMPORTED_MODULE_3__/* .pullRequestFromEvent */ .vR)(event)?.headSha);
            const own = comparison.pullRequest;
            const result = await (0,_github_index_js__WEBPACK_IMPORTED_MODULE_3__/* .publish */ .mk)(clientFor(gh, log, signal, config.publishTimeout), {
                prNumber: own?.number,
                headSha: own?.headSha,
                body: markdown,
                verdict: { conclusion: conclusionOf(comparison), title: comparison.verdict, summary: markdown },
                repo: (0,_github_index_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRepo */ .E3)(gh.repository),
                checkName: gh.checkName,
                workflow,
                runHeadSha,
                detailsUrl: gh.runUrl,
            }, log);
            return result.published ? { commentUrl: result.comment.url } : {};
        }
        if (!pr)
            return {};
        const client = clientFor(gh, log, signal, config.publishTimeout);
        const repo = (0,_github_index_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRepo */ .E3)(gh.repository ?? pr.baseRepo);
        const comment = await (0,_github_index_js__WEBPACK_IMPORTED_MODULE_3__/* .upsertStickyComment */ .qD)(client, { repo, issueNumber: pr.number, marker: (0,_github_index_js__WEBPACK_IMPORTED_MODULE_3__/* .stickyMarker */ .YL)(workflow), body: markdown, fullReportUrl: gh.runUrl }, log);
        log.info(`PR comment ${comment.action}: ${comment.url}`);
        const verdict = await (0,_github_index_js__WEBPACK_IMPORTED_MODULE_3__/* .reportVerdict */ .Ki)(client, { repo, headSha: pr.headSha, checkName: gh.checkName, verdict: { conclusion: conclusionOf(comparison), title: comparison.verdict, summary: markdown }, detailsUrl: gh.runUrl, fullReportUrl: gh.runUrl }, log);
        log.info(verdict.kind === 'check-run' ? `check run ${gh.checkName}: ${verdict.url}` : `commit status ${verdict.context}: ${verdict.state} (${verdict.reason})`);
        return { commentUrl: comment.url };
    });
}
/** Reads the comparison and comment a pull_request run uploaded (publish mode). */
function readPublished(out, commentFile) {
    return { comparison: JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(out, 'utf8')), markdown: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(commentFile, 'utf8') };
}


/***/ }),

/***/ 56910:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseRepo),
/* harmony export */   L: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61351);
/* harmony import */ var _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(79083);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(86856);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4522);
/**
 * The one place an octokit is made: @actions/github's `getOctokit` (its proxy support, its
 * GITHUB_API_URL default) with @octokit/plugin-retry and @octokit/plugin-throttling on top. Every
 * other module in src/github takes the client as an argument, so tests hand in one pointed at the
 * loopback fake.
 *
 * Limits (the defaults, each an option):
 * - Rate limits (plugin-throttling): a primary limit (403/429 with `x-ratelimit-remaining: 0`) or
 *   a secondary limit (403/429 "secondary rate limit", `retry-after`) is retried at most twice,
 *   after the wait GitHub asks for, and only when that wait is at most 120 s: an hour-long wait
 *   for a primary reset fails the step with a clear message rather than hanging the job.
 * - Other failures (plugin-retry): 5xx and network errors are retried twice (1 s, then 4 s).
 *   400, 401, 403, 404, 410, 422, 451 are answers, not accidents, and are never retried; 429 is
 *   left to the throttling plugin so the two never both retry one response.
 * - Writes are paced by the throttling plugin (one at a time, 1 s apart; 3 s between writes that
 *   notify people such as comments), as GitHub's best practices ask.
 * - Time: each request (headers and body) is aborted after `requestTimeoutMs` (default 30 s, where
 *   undici alone waits 300 s for headers), and every request stops when `signal` aborts: callers
 *   pass an overall budget there, so a server that accepts and never answers costs seconds, not
 *   the 909 s of three tries at undici's timeout.
 */






/**
 * @actions/github's proxy-aware fetch with a per-request timeout and the caller's budget. Passing
 * `request.fetch` replaces the default one (octokit merges options shallowly), so the proxy fetch
 * is wrapped rather than dropped.
 */
function timedFetch(timeoutMs, budget) {
    const inner = (_actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_2__/* .defaults */ .NT.request?.fetch ?? globalThis.fetch);
    return (url, init = {}) => {
        const signals = [AbortSignal.timeout(timeoutMs), ...(budget ? [budget] : []), ...(init.signal ? [init.signal] : [])];
        return inner(url, { ...init, signal: AbortSignal.any(signals) }).catch((e) => {
            if (e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError')) {
                const why = budget?.aborted ? 'the time allowed for publishing ran out' : `no answer within ${Math.round(timeoutMs / 1000)} s`;
                throw Object.assign(new Error(`GitHub API: ${why}`), { name: 'TimeoutError', cause: e });
            }
            throw e;
        });
    };
}
const silent = {
    info: () => { },
    warning: () => { },
    error: () => { },
    debug: () => { },
    group: (_n, fn) => fn(),
};
/** `owner/name` (GITHUB_REPOSITORY's form) as a RepoRef; throws ConfigurationError naming `what`. */
function parseRepo(fullName, what = 'repository') {
    const m = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/.exec(fullName.trim());
    if (!m || m[2] === '.' || m[2] === '..') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${what}: expected owner/name, got '${fullName}'`);
    }
    return { owner: m[1], repo: m[2] };
}
/**
 * Creates the client. `token` is the workflow's GITHUB_TOKEN or a PAT; see permissions.ts for
 * what each mode needs.
 */
function createGitHubClient(token, options = {}) {
    if (!token || !token.trim()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1('github-token is empty: pass ${{ github.token }} or a token with the permissions the mode needs');
    }
    const log = options.log ?? silent;
    const rateLimitRetries = options.rateLimitRetries ?? 2;
    const maxWait = options.maxRateLimitWaitSeconds ?? 120;
    const base = options.retryAfterBaseValue ?? 1000;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const what = `${request.method} ${request.url}`;
        if (retryCount >= rateLimitRetries) {
            log.warning(`GitHub ${kind} rate limit on ${what}: still limited after ${retryCount} retries, giving up`);
            return false;
        }
        if (retryAfter > maxWait) {
            log.warning(`GitHub ${kind} rate limit on ${what}: GitHub asks to wait ${retryAfter} s, more than ${maxWait} s; not waiting`);
            return false;
        }
        log.warning(`GitHub ${kind} rate limit on ${what}: retrying in ${retryAfter} s (retry ${retryCount + 1} of ${rateLimitRetries})`);
        return true;
    };
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .getOctokit */ .Q)(token, {
        ...(options.baseUrl ? { baseUrl: options.baseUrl.replace(/\/+$/, '') } : {}),
        ...(options.userAgent ? { userAgent: options.userAgent } : {}),
        request: { fetch: timedFetch(options.requestTimeoutMs ?? 30_000, options.signal) },
        log: {
            debug: (m) => log.debug(m),
            info: (m) => log.debug(m),
            warn: (m) => log.warning(m),
            error: (m) => log.error(m),
        },
        retry: {
            retries: options.retries ?? 2,
            retryAfterBaseValue: base,
            doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
        },
        throttle: {
            // One id per client: the plugin's pacing groups are process-wide and keyed by this id.
            id: `modelgate-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`,
            retryAfterBaseValue: base,
            fallbackSecondaryRateRetryAfter: 60,
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary'),
        },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__/* .throttling */ .A);
}


/***/ }),

/***/ 86176:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YL: () => (/* binding */ stickyMarker),
/* harmony export */   qD: () => (/* binding */ upsertStickyComment),
/* harmony export */   wn: () => (/* binding */ authorship)
/* harmony export */ });
/* unused harmony exports findStickyComment, composeStickyBody */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83130);
/* harmony import */ var _truncate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34003);


/** The hidden marker of the sticky comment of one action in one workflow. */
function stickyMarker(workflow, action = 'compare-to-baseline') {
    // encodeURIComponent keeps the marker on one line and leaves no '>' to end the comment early.
    return `<!-- modelgate:${encodeURIComponent(action)} workflow=${encodeURIComponent(workflow.trim())} -->`;
}
/** Any modelgate marker, for removing markers from a body that came from elsewhere. */
const ANY_MARKER = /<!--\s*modelgate:[^\n]*?-->\n?/g;
/** Comment authors whose marker comments may be ours (a token of theirs wrote them). */
const TRUSTED = ['OWNER', 'MEMBER', 'COLLABORATOR'];
/**
 * Whether a comment, issue or pull request carrying a marker could have been written by modelgate:
 * `ours` when written by `author` (when given) or else by a bot; `trusted` when, without `author`,
 * someone with a role in the repository wrote it (a token of theirs); otherwise undefined.
 */
function authorship(user, association, author) {
    if (author ? user?.login === author : user?.type === 'Bot')
        return 'ours';
    if (!author && association !== undefined && TRUSTED.includes(association))
        return 'trusted';
    return undefined;
}
/** Finds the sticky comment carrying `marker` on any page of the issue's comments. */
async function findStickyComment(client, repo, issueNumber, marker, options = {}, log) {
    let fallback;
    let pages = 0;
    let seen = 0;
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .call */ .T1)('list the pull request comments', 'comment', async () => {
        const pagesIter = client.paginate.iterator(client.rest.issues.listComments, {
            ...repo,
            issue_number: issueNumber,
            per_page: options.perPage ?? 100,
        });
        for await (const page of pagesIter) {
            pages++;
            for (const c of page.data) {
                seen++;
                if (!c.body || !c.body.includes(marker))
                    continue;
                const found = { id: c.id, url: c.html_url, body: c.body, author: c.user?.login };
                const whose = authorship(c.user, c.author_association, options.author);
                if (whose === 'ours') {
                    log?.debug(`sticky comment ${c.id} found on page ${pages} (${seen} comments read)`);
                    return found;
                }
                if (whose === 'trusted')
                    fallback ??= found;
            }
        }
        log?.debug(`${seen} comments on ${pages} page(s) read; sticky comment ${fallback ? fallback.id : 'not found'}`);
        return fallback;
    });
}
/** The body as posted: the marker line, then the report with any other marker removed, cut to fit. */
function composeStickyBody(marker, body, fullReportUrl) {
    const clean = body.replace(ANY_MARKER, '');
    const t = (0,_truncate_js__WEBPACK_IMPORTED_MODULE_1__/* .truncateMarkdown */ .o4)(clean, { limit: _truncate_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMENT_LIMIT */ .W$ - marker.length - 1, fullReportUrl });
    return { body: `${marker}\n${t.text}`, truncated: t.truncated };
}
/** Creates the sticky comment, or updates it in place when one exists (unchanged bodies are not rewritten). */
async function upsertStickyComment(client, options, log) {
    const { repo, issueNumber, marker } = options;
    const { body, truncated } = composeStickyBody(marker, options.body, options.fullReportUrl);
    if (truncated)
        log.warning(`The report is longer than GitHub's ${_truncate_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMENT_LIMIT */ .W$}-character comment limit; the comment was truncated`);
    const existing = await findStickyComment(client, repo, issueNumber, marker, { author: options.author, perPage: options.perPage }, log);
    if (existing) {
        if (existing.body === body) {
            log.info(`Pull request comment unchanged: ${existing.url}`);
            return { action: 'unchanged', id: existing.id, url: existing.url, truncated };
        }
        const res = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .call */ .T1)('update the pull request comment', 'comment', () => client.rest.issues.updateComment({ ...repo, comment_id: existing.id, body }));
        log.info(`Updated the pull request comment: ${res.data.html_url}`);
        return { action: 'updated', id: res.data.id, url: res.data.html_url, truncated };
    }
    const res = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .call */ .T1)('create the pull request comment', 'comment', () => client.rest.issues.createComment({ ...repo, issue_number: issueNumber, body }));
    log.info(`Created the pull request comment: ${res.data.html_url}`);
    return { action: 'created', id: res.data.id, url: res.data.html_url, truncated };
}


/***/ }),

/***/ 59677:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ createDeployment),
/* harmony export */   e: () => (/* binding */ setDeploymentStatus)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83130);

const DESCRIPTION_LIMIT = 140;
const cut = (s) => (s.length > DESCRIPTION_LIMIT ? s.slice(0, DESCRIPTION_LIMIT - 1) + '…' : s);
async function createDeployment(client, o) {
    const res = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .call */ .T1)('create the GitHub deployment', 'deploy', () => client.rest.repos.createDeployment({
        ...o.repo,
        ref: o.ref,
        environment: o.environment,
        description: cut(o.description),
        auto_merge: false,
        required_contexts: [],
        task: 'deploy',
        payload: o.payload ?? {},
        ...(o.production !== undefined ? { production_environment: o.production } : {}),
    }));
    if (res.status !== 201 || !('id' in res.data)) {
        throw new Error(`internal error: GitHub answered ${res.status} to a deployment with auto_merge false: ${JSON.stringify(res.data).slice(0, 200)}`);
    }
    return { id: res.data.id };
}
async function setDeploymentStatus(client, repo, deploymentId, state, opts = {}) {
    await (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .call */ .T1)(`set the GitHub deployment status to ${state}`, 'deploy', () => client.rest.repos.createDeploymentStatus({
        ...repo,
        deployment_id: deploymentId,
        state,
        ...(opts.description ? { description: cut(opts.description) } : {}),
        ...(opts.logUrl ? { log_url: opts.logUrl } : {}),
        ...(opts.environmentUrl ? { environment_url: opts.environmentUrl } : {}),
        auto_inactive: true,
    }));
}


/***/ }),

/***/ 83130:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lg: () => (/* binding */ toGitHubError),
/* harmony export */   T1: () => (/* binding */ call),
/* harmony export */   eK: () => (/* binding */ isRequestError),
/* harmony export */   gj: () => (/* binding */ isPermissionError),
/* harmony export */   hg: () => (/* binding */ githubMessage)
/* harmony export */ });
/* unused harmony exports GitHubApiError, isRateLimitError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4522);
/* harmony import */ var _permissions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29929);
/**
 * GitHub's refusals as one-line errors. A permission the workflow did not grant is the user's to
 * fix: a ConfigurationError that names the `permissions:` line to add. Anything else GitHub
 * refuses (an archived repository, a locked conversation, a rate limit that outlasted the retries,
 * a 5xx after retries) is a GitHubApiError that says which call failed, GitHub's status and message.
 */


function isRequestError(e) {
    return typeof e === 'object' && e !== null && typeof e.status === 'number' && 'message' in e;
}
/** A call GitHub refused, for a reason other than a missing permission. One-line message. */
class GitHubApiError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServiceError */ ._7 {
    status;
    kind;
    githubMessage;
    name = 'GitHubApiError';
    constructor(message, status, kind, 
    /** GitHub's own message, without the documentation link. */
    githubMessage) {
        super(message);
        this.status = status;
        this.kind = kind;
        this.githubMessage = githubMessage;
    }
}
function header(e, name) {
    const v = e.response?.headers?.[name];
    return v === undefined ? undefined : String(v);
}
/** GitHub's `message` field, else octokit's message with the " - <documentation_url>" suffix cut. */
function githubMessage(e) {
    if (!isRequestError(e))
        return e instanceof Error ? e.message : String(e);
    const data = e.response?.data;
    if (typeof data === 'object' && data !== null && typeof data.message === 'string') {
        return data.message;
    }
    return e.message.replace(/ - https:\/\/docs\.github\.com\S*$/, '');
}
function isRateLimitError(e) {
    if (!isRequestError(e) || (e.status !== 403 && e.status !== 429))
        return false;
    return header(e, 'x-ratelimit-remaining') === '0' || /rate limit/i.test(githubMessage(e));
}
/**
 * A 403 that means the token lacks a permission: "Resource not accessible by integration"
 * (GITHUB_TOKEN without the scope), "... by personal access token" (fine-grained PAT), "You must
 * authenticate via a GitHub App" (check runs from a classic PAT). Not: rate limits, archived
 * repositories, locked conversations, blocked users.
 */
function isPermissionError(e) {
    if (!isRequestError(e) || e.status !== 403 || isRateLimitError(e))
        return false;
    return /not accessible by|GitHub App|must have (push|admin|write)|insufficient permission|permission to/i.test(githubMessage(e));
}
function kindOf(e) {
    if (isRateLimitError(e))
        return 'rate-limit';
    if (isPermissionError(e))
        return 'permission';
    if (e.status === 404)
        return 'not-found';
    if (e.status === 422)
        return 'validation';
    if (e.status >= 500)
        return 'server';
    return 'other';
}
/**
 * Turns whatever a call threw into the error to surface: ConfigurationError for a missing
 * permission of `mode`, GitHubApiError for other HTTP failures, anything else unchanged.
 * `what` says what was being done: "create the pull request comment".
 */
function toGitHubError(e, what, mode) {
    if (!isRequestError(e) || e instanceof GitHubApiError)
        return e;
    const msg = githubMessage(e).replace(/\s+/g, ' ').trim();
    const call = e.request?.method && e.request.url ? ` (${e.request.method} ${pathOf(e.request.url)})` : '';
    const kind = kindOf(e);
    if (kind === 'permission' && mode) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`GitHub refused to ${what}${call}: ${e.status} ${msg}. Give the workflow's token ${(0,_permissions_js__WEBPACK_IMPORTED_MODULE_1__/* .permissionsText */ ._)(mode)}`);
    }
    let hint = '';
    if (kind === 'rate-limit') {
        const reset = Number(header(e, 'x-ratelimit-reset'));
        hint = header(e, 'x-ratelimit-remaining') === '0' && Number.isFinite(reset) && reset > 0
            ? `; the rate limit resets at ${new Date(reset * 1000).toISOString()}`
            : '; retries were exhausted, try again later';
    }
    else if (kind === 'not-found') {
        hint = '; check the repository and number, and that the token can see the repository';
    }
    else if (kind === 'server') {
        hint = '; GitHub failed after retries, re-run the job';
    }
    return new GitHubApiError(`GitHub API failed to ${what}${call}: ${e.status} ${msg}${hint}`, e.status, kind, msg);
}
function pathOf(url) {
    try {
        const u = new URL(url);
        return u.pathname + u.search;
    }
    catch {
        return url;
    }
}
/** Runs one API call and rethrows its failure through `toGitHubError`. */
async function call(what, mode, fn) {
    try {
        return await fn();
    }
    catch (e) {
        throw toGitHubError(e, what, mode);
    }
}


/***/ }),

/***/ 3570:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bg: () => (/* binding */ commitToBranch),
/* harmony export */   DC: () => (/* binding */ checkBranch),
/* harmony export */   Q1: () => (/* binding */ checkRepoPath),
/* harmony export */   gZ: () => (/* binding */ MAX_FILE_BYTES)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4522);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83130);
/**
 * One commit on a branch of its own, through the Git Data API, without a clone: blobs for the
 * files, a tree on top of the base branch's tree, a commit whose parent is the base branch's head,
 * then the branch ref created or moved to it. Nothing is ever written to the base branch.
 *
 * Every run rebuilds the branch from the base's current head (the ref is force-moved), so the pull
 * request always holds exactly one commit on top of the default branch, whatever the default branch
 * did meanwhile. A branch whose head commit modelgate did not make (no `trailer` line in its
 * message: somebody pushed to it) is never overwritten: the call fails and says so. When the new
 * commit would have the same tree and parent as the branch's head, nothing is written.
 *
 * API calls (`contents: write`): GET /repos/{o}/{r} (default branch, when no base is given),
 * GET .../git/ref/heads/{base}, GET .../git/commits/{sha}, POST .../git/blobs per file,
 * POST .../git/trees, POST .../git/commits, GET .../git/ref/heads/{branch}, then POST .../git/refs
 * or PATCH .../git/refs/heads/{branch}.
 */


/** GitHub's limit on a blob through the API is 100 MB; a data file that large belongs in LFS or a bucket. */
const MAX_FILE_BYTES = 50 * 1024 * 1024;
/**
 * A repository path from a workflow input: relative, `/`-separated, no `.` or `..` segment, not
 * under `.git/` or `.github/` (workflow files need a permission modelgate never asks for).
 */
function checkRepoPath(path, input = 'files') {
    const p = path.trim();
    // eslint-disable-next-line no-control-regex
    if (!p || p.startsWith('/') || p.includes('\\') || /[\u0000-\u001f\u007f]/.test(p) || p.split('/').some((s) => s === '' || s === '.' || s === '..')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${input}: '${p}' is not a relative repository path (a/b/c.csv, no '.', '..', '\\\\' or leading '/')`);
    }
    if (/^\.git(hub)?\//i.test(p))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${input}: '${p}' is under ${p.split('/')[0]}/, which a retrain never changes`);
    return p;
}
/** A branch name git and GitHub accept (git check-ref-format, the common rules). */
function checkBranch(name, input = 'branch') {
    const ok = /^[A-Za-z0-9._/-]+$/.test(name) && !name.startsWith('/') && !name.endsWith('/') && !name.endsWith('.lock') && !name.includes('..') && !name.includes('//') && !name.startsWith('-') && !name.split('/').some((s) => s.startsWith('.'));
    if (!ok)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${input}: '${name}' is not a valid branch name`);
    return name;
}
async function headOf(client, repo, branch) {
    try {
        const r = await client.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
        return r.data.object.sha;
    }
    catch (e) {
        if (e.status === 404)
            return undefined;
        throw e;
    }
}
async function commitToBranch(client, o, log) {
    const { repo, branch } = o;
    const base = o.base ?? (await (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .call */ .T1)('read the repository (its default branch)', 'retrain', () => client.rest.repos.get({ ...repo }))).data.default_branch;
    if (base === branch)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`branch: '${branch}' is the base branch; a retrain never commits to it`);
    for (const f of o.files) {
        checkRepoPath(f.path);
        if (f.content.byteLength > MAX_FILE_BYTES) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`files: ${f.path} is ${f.content.byteLength} bytes, more than ${MAX_FILE_BYTES}; keep large data out of git (a pointer file, LFS or a bucket)`);
        }
    }
    const baseSha = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .call */ .T1)(`read branch ${base}`, 'retrain', async () => {
        const sha = await headOf(client, repo, base);
        if (!sha)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`base: branch '${base}' does not exist`);
        return sha;
    });
    const baseCommit = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .call */ .T1)(`read commit ${baseSha}`, 'retrain', () => client.rest.git.getCommit({ ...repo, commit_sha: baseSha }));
    const tree = [];
    for (const f of o.files) {
        const blob = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .call */ .T1)(`upload ${f.path}`, 'retrain', () => client.rest.git.createBlob({ ...repo, content: Buffer.from(f.content).toString('base64'), encoding: 'base64' }));
        tree.push({ path: f.path, mode: '100644', type: 'blob', sha: blob.data.sha });
    }
    const newTree = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .call */ .T1)('create the tree', 'retrain', () => client.rest.git.createTree({ ...repo, base_tree: baseCommit.data.tree.sha, tree }));
    const existing = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .call */ .T1)(`read branch ${branch}`, 'retrain', () => headOf(client, repo, branch));
    if (existing) {
        const head = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .call */ .T1)(`read commit ${existing}`, 'retrain', () => client.rest.git.getCommit({ ...repo, commit_sha: existing }));
        if (!head.data.message.split('\n').includes(o.trailer)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`branch '${branch}' has a commit modelgate did not make (${existing.slice(0, 12)}); it is not overwritten: merge or close its pull request and delete the branch, or set another branch`);
        }
        if (head.data.tree.sha === newTree.data.sha && head.data.parents.length === 1 && head.data.parents[0].sha === baseSha) {
            log.info(`Branch ${branch} already holds these files on ${base}'s head: nothing pushed`);
            return { base, baseSha, sha: existing, action: 'unchanged' };
        }
    }
    const commit = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .call */ .T1)('create the commit', 'retrain', () => client.rest.git.createCommit({ ...repo, message: `${o.message}\n\n${o.trailer}\n`, tree: newTree.data.sha, parents: [baseSha] }));
    const sha = commit.data.sha;
    if (existing) {
        await (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .call */ .T1)(`move branch ${branch}`, 'retrain', () => client.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha, force: true }));
        log.info(`Branch ${branch} moved to ${sha.slice(0, 12)} (one commit on ${base})`);
        return { base, baseSha, sha, action: 'updated' };
    }
    await (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .call */ .T1)(`create branch ${branch}`, 'retrain', () => client.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha }));
    log.info(`Branch ${branch} created at ${sha.slice(0, 12)} (one commit on ${base})`);
    return { base, baseSha, sha, action: 'created' };
}


/***/ }),

/***/ 22318:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _T: () => (/* reexport */ collectOverrides),
  LX: () => (/* reexport */ client/* createGitHubClient */.L),
  qs: () => (/* reexport */ publish/* defuseMentions */.qs),
  E3: () => (/* reexport */ client/* parseRepo */.E),
  mk: () => (/* reexport */ publish/* publish */.mk),
  vR: () => (/* reexport */ github_event/* pullRequestFromEvent */.vR),
  N5: () => (/* reexport */ github_event/* readEventPayload */.N5),
  Ki: () => (/* reexport */ verdict/* reportVerdict */.Ki),
  Vp: () => (/* reexport */ github_event/* runUrl */.Vp),
  YL: () => (/* reexport */ comment/* stickyMarker */.YL),
  qD: () => (/* reexport */ comment/* upsertStickyComment */.qD),
  c9: () => (/* reexport */ publish/* validatePublishPayload */.c9),
  jc: () => (/* reexport */ github_event/* workflowRunFromEvent */.jc)
});

// UNUSED EXPORTS: CHECK_SUMMARY_LIMIT, COMMENT_LIMIT, CONCLUSIONS, GitHubApiError, OVERRIDE_ROLES, PERMISSIONS, PUBLISH_ARTIFACT_KIND, STATUS_DESCRIPTION_LIMIT, authorship, checkBranch, checkRepoPath, commitToBranch, composeStickyBody, createDeployment, driftIssueMarker, findStickyComment, isForkPullRequest, isPermissionError, isRateLimitError, makePublishArtifact, markedBody, parseOverrideCommands, permissionsText, readPublishArtifact, retrainMarker, setDeploymentStatus, toGitHubError, truncateMarkdown, truncationNote, upsertIssue, upsertPullRequest

// EXTERNAL MODULE: ./.build/js/src/github/client.js
var client = __webpack_require__(56910);
// EXTERNAL MODULE: ./.build/js/src/github/comment.js
var comment = __webpack_require__(86176);
// EXTERNAL MODULE: ./.build/js/src/github/errors.js
var errors = __webpack_require__(83130);
// EXTERNAL MODULE: ./.build/js/src/github/event.js
var github_event = __webpack_require__(39421);
;// CONCATENATED MODULE: ./.build/js/src/github/overrides.js

/** Roles whose commands are accepted (the permission endpoint reports maintain as write). */
const OVERRIDE_ROLES = ['admin', 'maintain', 'write'];
const COMMAND = /^ {0,3}\/modelgate[ \t]+accept\b(.*)$/i;
const METRIC = /^[A-Za-z0-9_.:@=/[\]-]{1,100}$/;
const MAX_REASON = 500;
/** The `/modelgate accept` commands in a comment body, outside code blocks and quotes. */
function parseOverrideCommands(body) {
    const out = [];
    let fence = null;
    for (const raw of body.split('\n')) {
        const line = raw.replace(/\r$/, '');
        const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
        if (fence !== null) {
            if (f && f[1][0] === fence[0] && f[1].length >= fence.length)
                fence = null;
            continue;
        }
        if (f) {
            fence = f[1];
            continue;
        }
        const m = COMMAND.exec(line);
        if (!m)
            continue;
        const rest = m[1].trim();
        const sp = rest.search(/\s/);
        const metric = sp < 0 ? rest : rest.slice(0, sp);
        const reason = sp < 0 ? '' : rest.slice(sp).trim();
        const text = line.trim();
        if (!metric)
            out.push({ text, problem: 'no metric: write /modelgate accept <metric> <reason>' });
        else if (!METRIC.test(metric))
            out.push({ text, problem: `'${metric.slice(0, 100)}' is not a metric name` });
        else if (!reason)
            out.push({ text, metric, problem: 'no reason: write /modelgate accept <metric> <reason>' });
        else
            out.push({ text, metric, reason: reason.length > MAX_REASON ? reason.slice(0, MAX_REASON - 1) + '…' : reason });
    }
    return out;
}
async function accessOf(client, repo, login) {
    try {
        const res = await client.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: login });
        const permission = res.data.permission;
        const role = res.data.role_name || permission;
        if (OVERRIDE_ROLES.includes(permission))
            return { allowed: true, role };
        return { allowed: false, role, why: `${login} has ${role} access; accepting a gate needs write, maintain or admin` };
    }
    catch (e) {
        if ((0,errors/* isRequestError */.eK)(e) && e.status === 404) {
            return { allowed: false, role: 'none', why: `${login} is not a collaborator of ${repo.owner}/${repo.repo}` };
        }
        throw e;
    }
}
/** Lists the pull request's comments (all pages) and sorts its override commands into accepted and rejected. */
async function collectOverrides(client, options, log) {
    const { repo, prNumber } = options;
    const accepted = [];
    const rejected = [];
    const access = new Map();
    const comments = await (0,errors/* call */.T1)('list the pull request comments', 'override', () => client.paginate(client.rest.issues.listComments, { ...repo, issue_number: prNumber, per_page: options.perPage ?? 100 }));
    for (const c of comments) {
        if (!c.body || c.body.includes('<!-- modelgate:'))
            continue;
        const commands = parseOverrideCommands(c.body);
        if (commands.length === 0)
            continue;
        const by = c.user?.login ?? '(deleted user)';
        const base = { by, commentUrl: c.html_url, commentId: c.id };
        for (const cmd of commands) {
            const reject = (why) => rejected.push({ ...base, metric: cmd.metric, reason: cmd.reason, why });
            if (cmd.problem) {
                reject(cmd.problem);
                continue;
            }
            if (!c.user) {
                reject('the comment has no author');
                continue;
            }
            if (c.user.type === 'Bot' || by.endsWith('[bot]')) {
                reject(`${by} is a bot; only people with write access can accept a gate`);
                continue;
            }
            if (options.metrics && !options.metrics.includes(cmd.metric)) {
                reject(`no gate on '${cmd.metric}' (gated metrics: ${options.metrics.join(', ') || 'none'})`);
                continue;
            }
            let a = access.get(by);
            if (!a) {
                a = await (0,errors/* call */.T1)(`check the permission of ${by}`, 'override', () => accessOf(client, repo, by));
                access.set(by, a);
            }
            if (!a.allowed) {
                reject(a.why);
                continue;
            }
            accepted.push({ ...base, metric: cmd.metric, reason: cmd.reason, role: a.role, createdAt: c.created_at });
        }
    }
    for (const o of accepted)
        log.info(`Override accepted: ${o.metric} by ${o.by} (${o.role}): ${o.reason} ${o.commentUrl}`);
    for (const o of rejected)
        log.warning(`Override rejected (${o.commentUrl}): ${o.why}`);
    return { accepted, rejected };
}

// EXTERNAL MODULE: ./.build/js/src/github/permissions.js
var permissions = __webpack_require__(29929);
// EXTERNAL MODULE: ./.build/js/src/github/publish.js
var publish = __webpack_require__(99014);
// EXTERNAL MODULE: ./.build/js/src/github/truncate.js
var truncate = __webpack_require__(34003);
// EXTERNAL MODULE: ./.build/js/src/github/verdict.js
var verdict = __webpack_require__(6103);
// EXTERNAL MODULE: ./.build/js/src/github/deployments.js
var deployments = __webpack_require__(59677);
// EXTERNAL MODULE: ./.build/js/src/github/git-data.js
var git_data = __webpack_require__(3570);
// EXTERNAL MODULE: ./.build/js/src/github/retrain.js
var retrain = __webpack_require__(15768);
;// CONCATENATED MODULE: ./.build/js/src/github/index.js
/** The GitHub side of modelgate: one octokit from `createGitHubClient`, passed to everything else. */














/***/ }),

/***/ 29929:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ permissionsText)
/* harmony export */ });
/* unused harmony export PERMISSIONS */
/**
 * What each mode asks of the workflow's token, in one table: the README's permission table, the
 * hints in error messages and the tests read it from here.
 *
 * | mode | `permissions:` | API calls |
 * |---|---|---|
 * | comment (sticky PR comment) | `pull-requests: write` (or `issues: write`) | list, create, update issue comments |
 * | check (verdict as a check run) | `checks: write` | POST /repos/{owner}/{repo}/check-runs |
 * | status (fallback when checks are refused) | `statuses: write` | POST /repos/{owner}/{repo}/statuses/{sha} |
 * | override (`/modelgate accept`) | `pull-requests: read` (or `issues: read`), `metadata: read` (always granted) | list issue comments, GET collaborator permission |
 * | deploy (GitHub Deployments) | `deployments: write` | POST /repos/{owner}/{repo}/deployments, POST .../deployments/{id}/statuses |
 * | retrain (the retrain pull request) | `contents: write`, `pull-requests: write` | Git Data API (blobs, trees, commits, refs) on its own branch; list, create, update pull requests |
 * | issue (the drift issue) | `issues: write` | list, create, update issues |
 * | publish (workflow_run, fork PRs) | `pull-requests: write`, `checks: write` (`statuses: write` for the fallback), `actions: read` | download the artifact, GET the pull request, then comment and check |
 *
 * A pull_request run from a fork gets a read-only token whatever the workflow asks for; that is
 * what publish mode is for.
 */
const PERMISSIONS = Object.freeze([
    {
        mode: 'comment',
        permissions: ['pull-requests: write'],
        alternatives: ['issues: write'],
        what: 'find, create and update the sticky pull request comment',
    },
    { mode: 'check', permissions: ['checks: write'], what: 'create the check run that carries the verdict' },
    { mode: 'status', permissions: ['statuses: write'], what: 'set the commit status used when check runs are refused' },
    {
        mode: 'override',
        permissions: ['pull-requests: read'],
        alternatives: ['issues: read'],
        what: 'read `/modelgate accept` comments and check each author has write, maintain or admin access',
    },
    { mode: 'deploy', permissions: ['deployments: write'], what: 'create the GitHub deployment of a rollout and its statuses' },
    {
        mode: 'retrain',
        permissions: ['contents: write', 'pull-requests: write'],
        what: 'commit the retrain on a branch of its own (never the default branch) and open or update its pull request',
    },
    { mode: 'issue', permissions: ['issues: write'], what: 'open or update the issue that reports drift without labels' },
    {
        mode: 'publish',
        permissions: ['pull-requests: write', 'checks: write', 'actions: read'],
        what: 'in a workflow_run workflow, download the comparison artifact of a fork pull request and post it (`statuses: write` too for the fallback)',
    },
]);
/** "`pull-requests: write` (or `issues: write`)": for messages. */
function permissionsText(mode) {
    const p = PERMISSIONS.find((x) => x.mode === mode);
    const main = p.permissions.map((s) => `\`${s}\``).join(', ');
    return p.alternatives?.length ? `${main} (or ${p.alternatives.map((s) => `\`${s}\``).join(', ')})` : main;
}


/***/ }),

/***/ 99014:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c9: () => (/* binding */ validatePublishPayload),
/* harmony export */   mk: () => (/* binding */ publish),
/* harmony export */   qs: () => (/* binding */ defuseMentions)
/* harmony export */ });
/* unused harmony exports PUBLISH_ARTIFACT_KIND, PUBLISH_ARTIFACT_VERSION, makePublishArtifact, readPublishArtifact, validPrNumber, validSha */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4522);
/* harmony import */ var _comment_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86176);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83130);
/* harmony import */ var _verdict_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6103);
/**
 * Publish mode, for pull requests from forks. Their pull_request runs get a read-only token, so the
 * work is split in two workflows:
 *
 * 1. `on: pull_request` (read-only, runs the pull request's code): compare-to-baseline renders the
 *    comment and the verdict and writes them with the PR number and head sha as an artifact
 *    (`makePublishArtifact`), instead of posting.
 * 2. `on: workflow_run` of that workflow (runs the base branch's workflow file with a write token:
 *    `pull-requests: write`, `checks: write`, `actions: read`): downloads the artifact and calls
 *    `publish`, which never runs or checks out any code of the pull request.
 *
 * The artifact was written by code from the fork, so everything in it is untrusted: the PR number
 * must be a positive integer, the sha 40 hex digits, the verdict one of success/failure/neutral;
 * the sha must be the workflow_run's own head_sha (from the event payload, which GitHub writes)
 * and, through GET /repos/{owner}/{repo}/pulls/{n}, the pull request's current head. Otherwise
 * nothing is posted. The check name and the comment's marker come from the publishing workflow's
 * own inputs, never from the artifact, so a fork cannot write to another check or comment; @-mentions
 * in the body are defused so the bot cannot be made to ping people; other modelgate markers are
 * removed. The verdict itself was computed by the fork's run: treat the check as the pull
 * request's claim, and re-run the comparison after merge for anything that must be trusted.
 *
 * GitHub leaves `workflow_run.pull_requests` empty for runs from forks, which is why the PR number
 * travels in the artifact and is checked against the head sha.
 */




const PUBLISH_ARTIFACT_KIND = 'modelgate-publish';
const PUBLISH_ARTIFACT_VERSION = 1;
/** Larger bodies are refused before any processing; GitHub's own limit is 65,536. */
const MAX_BODY = 4_000_000;
const MAX_TITLE = 255;
/** The artifact's JSON text, for the pull_request side. */
function makePublishArtifact(p) {
    return JSON.stringify({ kind: PUBLISH_ARTIFACT_KIND, schemaVersion: PUBLISH_ARTIFACT_VERSION, ...p }, null, 2) + '\n';
}
/** Parses the artifact's JSON text; its fields stay unchecked until `publish` validates them. */
function readPublishArtifact(text, file = 'publish artifact') {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (e) {
        throw new DataError(`${file}: not JSON (${e.message})`, file);
    }
    const o = typeof doc === 'object' && doc !== null && !Array.isArray(doc) ? doc : undefined;
    if (!o || o.kind !== PUBLISH_ARTIFACT_KIND)
        throw new DataError(`${file}: not a ${PUBLISH_ARTIFACT_KIND} artifact`, file);
    if (o.schemaVersion !== PUBLISH_ARTIFACT_VERSION) {
        throw new DataError(`${file}: schemaVersion ${JSON.stringify(o.schemaVersion)} is not supported (expected ${PUBLISH_ARTIFACT_VERSION})`, file);
    }
    return { prNumber: o.prNumber, headSha: o.headSha, body: o.body, verdict: o.verdict };
}
/** A pull request number from untrusted input: a positive integer, or its decimal digits. */
function validPrNumber(v) {
    if (typeof v === 'number' && Number.isSafeInteger(v) && v > 0)
        return v;
    if (typeof v === 'string' && /^[1-9][0-9]{0,15}$/.test(v) && Number.isSafeInteger(Number(v)))
        return Number(v);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`publish: the pull request number must be a positive integer, got ${describe(v)}`);
}
/** A commit sha from untrusted input: 40 hex digits, returned in lower case. */
function validSha(v) {
    if (typeof v === 'string' && /^[0-9a-fA-F]{40}$/.test(v))
        return v.toLowerCase();
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`publish: the head sha must be 40 hexadecimal digits, got ${describe(v)}`);
}
function describe(v) {
    const s = typeof v === 'string' ? `'${v}'` : JSON.stringify(v) ?? String(v);
    return s.length > 60 ? s.slice(0, 57) + '...' : s;
}
/** Replaces `@` before a name with `&#64;` outside code, so posting the text notifies nobody. */
function defuseMentions(markdown) {
    let fence = null;
    return markdown
        .split('\n')
        .map((line) => {
        const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
        if (fence !== null) {
            if (f && f[1][0] === fence[0] && f[1].length >= fence.length)
                fence = null;
            return line;
        }
        if (f) {
            fence = f[1];
            return line;
        }
        // Odd pieces between backtick runs are code spans: mentions do not fire there.
        return line
            .split(/(`+[^`]*`+)/)
            .map((piece, i) => (i % 2 === 1 ? piece : piece.replace(/@(?=[A-Za-z0-9])/g, '&#64;')))
            .join('');
    })
        .join('\n');
}
/** Checks every field of an untrusted payload. Throws DataError naming the field. */
function validatePublishPayload(p) {
    const prNumber = validPrNumber(p.prNumber);
    const headSha = validSha(p.headSha);
    if (typeof p.body !== 'string')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL('publish: the comment body must be a string');
    if (p.body.length > MAX_BODY)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`publish: the comment body is ${p.body.length} characters, more than ${MAX_BODY}`);
    const v = typeof p.verdict === 'object' && p.verdict !== null ? p.verdict : undefined;
    if (!v)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL('publish: the verdict must be an object with conclusion, title and summary');
    if (!_verdict_js__WEBPACK_IMPORTED_MODULE_3__/* .CONCLUSIONS */ .Fr.includes(v.conclusion)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`publish: verdict.conclusion must be one of ${_verdict_js__WEBPACK_IMPORTED_MODULE_3__/* .CONCLUSIONS */ .Fr.join(', ')}, got ${describe(v.conclusion)}`);
    }
    if (typeof v.title !== 'string' || !v.title.trim())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL('publish: verdict.title must be a non-empty string');
    if (typeof v.summary !== 'string' || v.summary.length > MAX_BODY)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL('publish: verdict.summary must be a string');
    const title = v.title.replace(/\s+/g, ' ').trim();
    return {
        prNumber,
        headSha,
        body: p.body,
        verdict: {
            conclusion: v.conclusion,
            title: title.length > MAX_TITLE ? title.slice(0, MAX_TITLE - 1) + '…' : title,
            summary: v.summary,
        },
    };
}
/**
 * Posts an already-rendered comment and verdict for a pull request, after checking the untrusted
 * fields and that the pull request's head is still the artifact's sha. A stale or mismatched sha
 * is refused (`published: false`, with the reason, logged as a warning): a newer push has its own
 * run, and an artifact naming somebody else's pull request must not be posted there.
 */
async function publish(client, options, log) {
    const p = validatePublishPayload(options);
    const { repo } = options;
    const refuse = (reason) => {
        log.warning(`Not publishing to pull request #${p.prNumber}: ${reason}`);
        return { published: false, prNumber: p.prNumber, headSha: p.headSha, reason };
    };
    if (options.runHeadSha !== undefined && options.runHeadSha.toLowerCase() !== p.headSha) {
        return refuse(`the artifact is about ${p.headSha} but the workflow run tested ${options.runHeadSha}`);
    }
    const pr = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .call */ .T1)(`read pull request #${p.prNumber}`, 'publish', () => client.rest.pulls.get({ ...repo, pull_number: p.prNumber }));
    if (pr.data.head.sha.toLowerCase() !== p.headSha) {
        return refuse(`its head is ${pr.data.head.sha}, not the artifact's ${p.headSha} (a newer push, or an artifact for another pull request)`);
    }
    const comment = await (0,_comment_js__WEBPACK_IMPORTED_MODULE_1__/* .upsertStickyComment */ .qD)(client, {
        repo,
        issueNumber: p.prNumber,
        marker: (0,_comment_js__WEBPACK_IMPORTED_MODULE_1__/* .stickyMarker */ .YL)(options.workflow),
        body: defuseMentions(p.body),
        fullReportUrl: options.fullReportUrl,
    }, log);
    const verdict = await (0,_verdict_js__WEBPACK_IMPORTED_MODULE_3__/* .reportVerdict */ .Ki)(client, {
        repo,
        headSha: p.headSha,
        checkName: options.checkName,
        verdict: { ...p.verdict, summary: defuseMentions(p.verdict.summary) },
        detailsUrl: options.detailsUrl ?? comment.url,
        fullReportUrl: options.fullReportUrl,
    }, log);
    return { published: true, prNumber: p.prNumber, headSha: p.headSha, comment, verdict };
}


/***/ }),

/***/ 15768:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fo: () => (/* binding */ upsertIssue),
/* harmony export */   T7: () => (/* binding */ driftIssueMarker),
/* harmony export */   UF: () => (/* binding */ retrainMarker),
/* harmony export */   _b: () => (/* binding */ upsertPullRequest)
/* harmony export */ });
/* unused harmony export markedBody */
/* harmony import */ var _comment_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(86176);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83130);
/* harmony import */ var _publish_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99014);
/* harmony import */ var _truncate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(34003);




const retrainMarker = (workflow) => (0,_comment_js__WEBPACK_IMPORTED_MODULE_0__/* .stickyMarker */ .YL)(workflow, 'retrain');
const driftIssueMarker = (workflow) => (0,_comment_js__WEBPACK_IMPORTED_MODULE_0__/* .stickyMarker */ .YL)(workflow, 'drift-issue');
/** Any modelgate marker, removed from a body before ours is put first. */
const ANY_MARKER = /<!--\s*modelgate:[^\n]*?-->\n?/g;
/** The body as posted: the marker line, then the text without other markers or @-mentions, cut to GitHub's limit. */
function markedBody(marker, text, fullReportUrl) {
    const t = (0,_truncate_js__WEBPACK_IMPORTED_MODULE_3__/* .truncateMarkdown */ .o4)((0,_publish_js__WEBPACK_IMPORTED_MODULE_2__/* .defuseMentions */ .qs)(text.replace(ANY_MARKER, '')), { limit: _truncate_js__WEBPACK_IMPORTED_MODULE_3__/* .COMMENT_LIMIT */ .W$ - marker.length - 1, fullReportUrl });
    return `${marker}\n${t.text}`;
}
/** Creates the retrain pull request, or updates the one found by its marker. */
async function upsertPullRequest(client, o, log) {
    const { repo, marker } = o;
    const body = markedBody(marker, o.body);
    const fullName = `${repo.owner}/${repo.repo}`.toLowerCase();
    const found = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .call */ .T1)('list the open pull requests', 'retrain', async () => {
        let fallback;
        for await (const page of client.paginate.iterator(client.rest.pulls.list, { ...repo, state: 'open', per_page: o.perPage ?? 100 })) {
            for (const pr of page.data) {
                if (!pr.body?.includes(marker) || pr.head.ref !== o.head || pr.head.repo?.full_name.toLowerCase() !== fullName)
                    continue;
                const item = { number: pr.number, url: pr.html_url, title: pr.title, body: pr.body };
                const whose = (0,_comment_js__WEBPACK_IMPORTED_MODULE_0__/* .authorship */ .wn)(pr.user, pr.author_association, o.author);
                if (whose === 'ours')
                    return item;
                if (whose === 'trusted')
                    fallback ??= item;
            }
        }
        return fallback;
    });
    if (found) {
        if (found.title === o.title && found.body === body) {
            log.info(`Retrain pull request unchanged: ${found.url}`);
            return { action: 'unchanged', number: found.number, url: found.url };
        }
        const r = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .call */ .T1)(`update pull request #${found.number}`, 'retrain', () => client.rest.pulls.update({ ...repo, pull_number: found.number, title: o.title, body }));
        log.info(`Updated the retrain pull request: ${r.data.html_url}`);
        return { action: 'updated', number: r.data.number, url: r.data.html_url };
    }
    const r = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .call */ .T1)('create the retrain pull request', 'retrain', () => client.rest.pulls.create({ ...repo, head: o.head, base: o.base, title: o.title, body, maintainer_can_modify: false }));
    log.info(`Opened the retrain pull request: ${r.data.html_url}`);
    return { action: 'created', number: r.data.number, url: r.data.html_url };
}
/** Creates the drift issue, or updates the open one found by its marker. */
async function upsertIssue(client, o, log) {
    const { repo, marker } = o;
    const body = markedBody(marker, o.body);
    const found = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .call */ .T1)('list the open issues', 'issue', async () => {
        let fallback;
        for await (const page of client.paginate.iterator(client.rest.issues.listForRepo, { ...repo, state: 'open', per_page: o.perPage ?? 100 })) {
            for (const issue of page.data) {
                // The issues list holds pull requests too.
                if (issue.pull_request || !issue.body?.includes(marker))
                    continue;
                const item = { number: issue.number, url: issue.html_url, title: issue.title, body: issue.body };
                const whose = (0,_comment_js__WEBPACK_IMPORTED_MODULE_0__/* .authorship */ .wn)(issue.user, issue.author_association, o.author);
                if (whose === 'ours')
                    return item;
                if (whose === 'trusted')
                    fallback ??= item;
            }
        }
        return fallback;
    });
    if (found) {
        if (found.title === o.title && found.body === body) {
            log.info(`Drift issue unchanged: ${found.url}`);
            return { action: 'unchanged', number: found.number, url: found.url };
        }
        const r = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .call */ .T1)(`update issue #${found.number}`, 'issue', () => client.rest.issues.update({ ...repo, issue_number: found.number, title: o.title, body }));
        log.info(`Updated the drift issue: ${r.data.html_url}`);
        return { action: 'updated', number: r.data.number, url: r.data.html_url };
    }
    const r = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .call */ .T1)('create the drift issue', 'issue', () => client.rest.issues.create({ ...repo, title: o.title, body, ...(o.labels?.length ? { labels: [...o.labels] } : {}) }));
    log.info(`Opened the drift issue: ${r.data.html_url}`);
    return { action: 'created', number: r.data.number, url: r.data.html_url };
}


/***/ }),

/***/ 34003:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ce: () => (/* binding */ CHECK_SUMMARY_LIMIT),
/* harmony export */   W$: () => (/* binding */ COMMENT_LIMIT),
/* harmony export */   o4: () => (/* binding */ truncateMarkdown)
/* harmony export */ });
/* unused harmony exports linkTarget, truncationNote */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4522);
/**
 * Cutting markdown to GitHub's size limits without breaking it. GitHub rejects a comment body over
 * 65,536 characters and a check run summary over 65,535 (422 "body is too long"), so a long report
 * is cut at a line end, preferably a section boundary (before a heading or a `<details>`), never
 * inside an HTML tag, an HTML comment or a table row; an open code fence is closed, every open
 * `<details>` gets its `</details>`, and a note says the report was truncated and where the full
 * one is.
 *
 * Lengths are UTF-16 code units (JavaScript's `length`), which is never less than the number of
 * characters GitHub counts, so a text that fits here fits there. Cuts fall on line ends, so a
 * surrogate pair is never split.
 */

/** GitHub's limit for an issue or pull request comment body. */
const COMMENT_LIMIT = 65536;
/** GitHub's limit for a check run's `output.summary` (and `output.text`). */
const CHECK_SUMMARY_LIMIT = 65535;
/** Checks a URL given for the note; only http(s), with characters that would end a link escaped. */
function linkTarget(url) {
    let u;
    try {
        u = new URL(url);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`full report URL is not a URL: '${url}'`);
    }
    if (u.protocol !== 'https:' && u.protocol !== 'http:') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`full report URL must be http(s): '${url}'`);
    }
    return u.href.replace(/[()<> ]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}
/** The note appended to a truncated text. */
function truncationNote(limit, fullReportUrl) {
    const where = fullReportUrl
        ? `The full report: [${linkTarget(fullReportUrl)}](${linkTarget(fullReportUrl)}).`
        : "The full report is in the workflow run's artifacts.";
    return `> **Truncated:** this report was cut to fit GitHub's limit of ${limit.toLocaleString('en-US')} characters. ${where}`;
}
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** Advances the state over one line (without its newline). */
function scanLine(s, line) {
    if (s.fence !== null && !s.inTag && !s.inComment) {
        const m = FENCE.exec(line);
        if (m && m[1][0] === s.fence[0] && m[1].length >= s.fence.length && line.slice(m[0].length).trim() === '')
            s.fence = null;
        return;
    }
    if (!s.inTag && !s.inComment) {
        const m = FENCE.exec(line);
        if (m && !(m[1][0] === '`' && line.slice(m[0].length).includes('`'))) {
            s.fence = m[1];
            return;
        }
    }
    if (line.trim() === '' && s.inTag) {
        // CommonMark: a tag cannot span a blank line, so whatever opened it was not a tag.
        s.inTag = false;
        s.quote = null;
    }
    let i = 0;
    while (i < line.length) {
        if (s.inComment) {
            const end = line.indexOf('-->', i);
            if (end < 0)
                return;
            s.inComment = false;
            i = end + 3;
            continue;
        }
        const c = line[i];
        if (s.inTag) {
            if (s.quote) {
                if (c === s.quote)
                    s.quote = null;
            }
            else if (c === '"' || c === "'") {
                s.quote = c;
            }
            else if (c === '>') {
                s.inTag = false;
                if (s.tagName === 'details')
                    s.details++;
                else if (s.tagName === '/details')
                    s.details = Math.max(0, s.details - 1);
            }
            i++;
            continue;
        }
        if (c === '\\') {
            i += 2;
            continue;
        }
        if (c === '`') {
            let n = 1;
            while (line[i + n] === '`')
                n++;
            const run = '`'.repeat(n);
            let j = line.indexOf(run, i + n);
            while (j >= 0 && line[j + n] === '`') {
                let k = j;
                while (line[k] === '`')
                    k++;
                j = line.indexOf(run, k);
            }
            i = j >= 0 ? j + n : i + n;
            continue;
        }
        if (c === '<') {
            if (line.startsWith('<!--', i)) {
                s.inComment = true;
                i += 4;
                continue;
            }
            const m = /^<(\/?)([A-Za-z][A-Za-z0-9-]*)/.exec(line.slice(i, i + 64));
            if (m) {
                s.inTag = true;
                s.quote = null;
                s.tagName = m[1] + m[2].toLowerCase();
                i += m[0].length;
                continue;
            }
        }
        i++;
    }
}
function closingLength(s) {
    // "```\n" for an open fence, "\n</details>\n" per open details element.
    return (s.fence !== null ? s.fence.length + 1 : 0) + s.details * '\n</details>\n'.length;
}
function closing(s) {
    return (s.fence !== null ? s.fence + '\n' : '') + '\n</details>\n'.repeat(s.details);
}
/**
 * Cuts `text` to at most `limit` characters at a clean boundary and appends the truncation note;
 * returns it unchanged when it fits.
 */
function truncateMarkdown(text, options) {
    const { limit } = options;
    if (text.length <= limit)
        return { text, truncated: false, kept: text.length };
    const note = truncationNote(limit, options.fullReportUrl);
    // kept + (newline if kept does not end a line) + closing + "\n" + note + "\n"
    const fixed = 1 + note.length + 1;
    if (fixed + 1 > limit)
        throw new RangeError(`limit ${limit} is too small for the truncation note`);
    const state = { fence: null, details: 0, inTag: false, tagName: '', quote: null, inComment: false };
    let best = { cut: 0, state: { ...state } };
    let preferred;
    let start = 0;
    while (start < text.length) {
        const nl = text.indexOf('\n', start);
        const end = nl < 0 ? text.length : nl + 1;
        const line = text.slice(start, nl < 0 ? text.length : nl).replace(/\r$/, '');
        scanLine(state, line);
        if (end > limit)
            break;
        const fits = end + fixed + closingLength(state) + (nl < 0 ? 1 : 0) <= limit;
        if (fits && !state.inTag && !state.inComment) {
            best = { cut: end, state: { ...state } };
            const next = text.slice(end, text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end));
            if (state.fence === null && /^ {0,3}(#{1,6}\s|<details|<\/details>)/.test(next))
                preferred = best;
        }
        start = end;
    }
    const slack = Math.min(4096, Math.floor(limit * 0.1));
    const chosen = preferred && best.cut - preferred.cut <= slack ? preferred : best;
    let kept = text.slice(0, chosen.cut);
    if (kept.length > 0 && !kept.endsWith('\n'))
        kept += '\n';
    const out = kept + closing(chosen.state) + '\n' + note + '\n';
    return { text: out, truncated: true, kept: chosen.cut };
}


/***/ }),

/***/ 6103:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fr: () => (/* binding */ CONCLUSIONS),
/* harmony export */   Ki: () => (/* binding */ reportVerdict)
/* harmony export */ });
/* unused harmony exports STATUS_DESCRIPTION_LIMIT, statusDescription */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83130);
/* harmony import */ var _truncate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34003);


const CONCLUSIONS = ['success', 'failure', 'neutral'];
/** GitHub rejects a status description over 140 characters (422), a limit its OpenAPI description does not state. */
const STATUS_DESCRIPTION_LIMIT = 140;
function httpUrl(u) {
    return u && /^https?:\/\//i.test(u) ? u : undefined;
}
function statusDescription(verdict) {
    const text = `${verdict.conclusion === 'neutral' ? 'neutral: ' : ''}${verdict.title}`.replace(/\s+/g, ' ').trim();
    return text.length <= STATUS_DESCRIPTION_LIMIT ? text : text.slice(0, STATUS_DESCRIPTION_LIMIT - 1) + '…';
}
/** Creates the check run, or a commit status when check runs are not permitted. */
async function reportVerdict(client, options, log) {
    const { repo, headSha, checkName, verdict } = options;
    const summary = (0,_truncate_js__WEBPACK_IMPORTED_MODULE_1__/* .truncateMarkdown */ .o4)(verdict.summary, { limit: _truncate_js__WEBPACK_IMPORTED_MODULE_1__/* .CHECK_SUMMARY_LIMIT */ .Ce, fullReportUrl: options.fullReportUrl });
    if (summary.truncated)
        log.warning(`The check run summary is longer than GitHub's ${_truncate_js__WEBPACK_IMPORTED_MODULE_1__/* .CHECK_SUMMARY_LIMIT */ .Ce}-character limit; it was truncated`);
    const detailsUrl = httpUrl(options.detailsUrl);
    try {
        const res = await client.rest.checks.create({
            ...repo,
            name: checkName,
            head_sha: headSha,
            status: 'completed',
            conclusion: verdict.conclusion,
            completed_at: new Date().toISOString(),
            ...(detailsUrl ? { details_url: detailsUrl } : {}),
            output: { title: verdict.title, summary: summary.text },
        });
        log.info(`Check run "${checkName}": ${verdict.conclusion} (${res.data.html_url ?? res.data.url})`);
        return { kind: 'check-run', id: res.data.id, url: res.data.html_url ?? res.data.url, truncated: summary.truncated };
    }
    catch (e) {
        if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isPermissionError */ .gj)(e))
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .toGitHubError */ .Lg)(e, `create the check run "${checkName}"`, 'check');
        const reason = `GitHub refused the check run (403 ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .githubMessage */ .hg)(e)}); the token needs \`checks: write\``;
        log.warning(`${reason}. Reporting the verdict as the commit status "${checkName}" instead (needs \`statuses: write\`).`);
        const state = verdict.conclusion === 'failure' ? 'failure' : 'success';
        const description = statusDescription(verdict);
        const target = detailsUrl ?? httpUrl(options.fullReportUrl);
        await (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .call */ .T1)(`set the commit status "${checkName}" (check runs were refused too)`, 'status', () => client.rest.repos.createCommitStatus({
            ...repo,
            sha: headSha,
            state,
            context: checkName,
            description,
            ...(target ? { target_url: target } : {}),
        }));
        log.info(`Commit status "${checkName}": ${state}`);
        return { kind: 'status', context: checkName, state, description, reason };
    }
}


/***/ })

};
