export const id = 761;
export const ids = [761,657];
export const modules = {

/***/ 90657:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  actorFromEnv: () => (/* binding */ actorFromEnv),
  connectionFrom: () => (/* binding */ connectionFrom),
  connectionInputs: () => (/* binding */ connectionInputs),
  "default": () => (/* binding */ register)
});

// EXTERNAL MODULE: ./.build/js/src/registry/pull-input.js
var pull_input = __webpack_require__(71059);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./.build/js/src/errors.js
var errors = __webpack_require__(4522);
// EXTERNAL MODULE: ./.build/js/src/github/event.js
var github_event = __webpack_require__(39421);
// EXTERNAL MODULE: ./.build/js/src/registry/events.js
var events = __webpack_require__(38920);
// EXTERNAL MODULE: ./.build/js/src/registry/reference.js + 2 modules
var reference = __webpack_require__(17301);
// EXTERNAL MODULE: ./.build/js/src/registry/versions.js + 2 modules
var versions = __webpack_require__(76122);
// EXTERNAL MODULE: ./.build/js/src/report/markdown.js
var markdown = __webpack_require__(29527);
;// CONCATENATED MODULE: ./.build/js/src/report/model-card.js
/**
 * The model card stored with every version (model-card.md): intended use (the author's `card`
 * text), evaluation with intervals, slices, and lineage. Values from data (slice names, params)
 * are escaped; the author's text is theirs and kept as written.
 */

const ci = (m) => (m.ci && m.ci[0] !== null && m.ci[1] !== null ? `[${(0,markdown/* fmt */.Sc)(m.ci[0])}, ${(0,markdown/* fmt */.Sc)(m.ci[1])}]` : '–');
function modelCard(c) {
    const out = [`# Model card: ${(0,markdown/* esc */.UQ)(c.name)}`, ''];
    out.push('## Intended use', '', c.intendedUse?.trim() || '_Not stated. Pass `card` to register to describe what this model is for and what it must not be used for._', '');
    const ev = c.evaluation;
    if (ev) {
        out.push('## Evaluation', '', `Task ${(0,markdown/* esc */.UQ)(ev.task)}, ${ev.rows} rows, data sha256 ${(0,markdown/* code */.aY)(ev.data.sha256, 80)}; intervals at ${(0,markdown/* fmt */.Sc)(ev.confidence * 100)}% confidence.`, '');
        out.push((0,markdown/* table */.tp)(['metric', 'value', 'interval'], Object.entries(ev.metrics).map(([k, m]) => [(0,markdown/* esc */.UQ)(k), (0,markdown/* fmt */.Sc)(m.value), ci(m)]), ['l', 'r', 'r']), '');
        const slices = ev.slices.filter((s) => !s.skipped && s.metrics);
        if (slices.length) {
            const names = [...new Set(slices.flatMap((s) => Object.keys(s.metrics)))].slice(0, 4);
            out.push('## Slices', '');
            out.push((0,markdown/* table */.tp)(['slice', 'rows', ...names.map((n) => (0,markdown/* esc */.UQ)(n))], slices.map((s) => [`${(0,markdown/* esc */.UQ)(s.column)} = ${(0,markdown/* esc */.UQ)(s.value)}`, String(s.rows), ...names.map((n) => (0,markdown/* fmt */.Sc)(s.metrics[n]?.value))]), ['l', 'r', ...names.map(() => 'r')]), '');
        }
    }
    else
        out.push('## Evaluation', '', '_No evaluation was registered with this version._', '');
    out.push('## Lineage', '');
    const commit = c.trainManifest?.git?.commit ?? c.revision;
    if (commit)
        out.push(`- Commit: ${(0,markdown/* code */.aY)(commit, 80)}${c.trainManifest?.git?.dirty ? ' (working tree had changes)' : ''}`);
    if (c.source)
        out.push(`- Source: ${(0,markdown/* esc */.UQ)(c.source, 200)}`);
    if (c.trainManifest)
        out.push(`- Training cache key: ${(0,markdown/* code */.aY)(c.trainManifest.key)}`);
    for (const f of c.files)
        out.push(`- File ${(0,markdown/* code */.aY)(f.title)}: ${f.size} bytes, ${(0,markdown/* code */.aY)(f.digest)}`);
    const params = c.trainManifest?.params?.values;
    if (params && Object.keys(params).length) {
        out.push('', (0,markdown/* table */.tp)(['param', 'value'], Object.entries(params).map(([k, v]) => [(0,markdown/* esc */.UQ)(k), (0,markdown/* esc */.UQ)(JSON.stringify(v))])));
    }
    out.push('');
    return out.join('\n');
}

// EXTERNAL MODULE: ./.build/js/src/actions/types.js
var types = __webpack_require__(51692);
;// CONCATENATED MODULE: ./.build/js/src/actions/register.js
/** register adapter: inputs -> RegisterConfig -> registry/versions.register() -> outputs, summary. */











/** Credentials and transport for any registry command: `username`/`password` or `token`, `insecure`. */
function connectionInputs(inputs, env = process.env) {
    const given = { username: inputs.string('username'), password: inputs.string('password'), token: inputs.string('token') };
    // None given: the environment variables every registry reference reads.
    const credentials = given.username || given.password || given.token ? given : ((0,pull_input/* connectionFromEnv */.WG)(env).credentials ?? {});
    return connectionFrom(credentials, inputs.boolean('insecure', false));
}
/** The connection from the values of those inputs (an adapter that reads them itself: monitor). */
function connectionFrom(credentials, insecure) {
    if (credentials.password && credentials.token)
        throw new errors/* ConfigurationError */.j1(`inputs 'password' and 'token': give one of them`);
    return { credentials, insecure };
}
/** Who is acting and from which run, from the Actions environment (or the local user). */
function actorFromEnv(env = process.env) {
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    let actor = env.GITHUB_ACTOR;
    if (!actor) {
        try {
            actor = (0,external_node_os_.userInfo)().username;
        }
        catch {
            actor = undefined;
        }
    }
    return {
        actor,
        runUrl: env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? (0,github_event/* runUrl */.Vp)(server, env.GITHUB_REPOSITORY, env.GITHUB_RUN_ID) : undefined,
        revision: env.GITHUB_SHA,
        source: env.GITHUB_REPOSITORY ? `${server.replace(/\/+$/, '')}/${env.GITHUB_REPOSITORY}` : undefined,
    };
}
function cardRenderer(c) {
    return (read) => modelCard({
        name: c.name,
        evaluation: read.evaluation,
        trainManifest: read.trainManifest,
        files: read.config.files,
        revision: c.revision,
        source: c.source,
        intendedUse: c.intendedUse,
    });
}
/* harmony default export */ const register = ((0,types/* defineAction */.Q)({
    name: 'register',
    secrets: ['password', 'token'],
    parse(inputs) {
        const name = inputs.required('name');
        const model = inputs.list('model');
        if (!model.length)
            throw new errors/* ConfigurationError */.j1(`input 'model' is required: the model file(s) to register`);
        const aliases = inputs.list('alias');
        for (const a of aliases)
            (0,versions/* checkAlias */.ff)(a);
        const card = inputs.string('card');
        const env = actorFromEnv();
        const config = {
            target: (0,reference/* modelReference */.Dy)(inputs.string('registry') ?? 'oci-layout://registry', name),
            connection: connectionInputs(inputs),
            name,
            model,
            evaluation: inputs.string('evaluation'),
            trainManifest: inputs.string('train-manifest'),
            dataReport: inputs.string('data-report'),
            profile: inputs.string('profile'),
            schema: inputs.string('schema'),
            aliases,
            status: inputs.choice('status', events/* STATUSES */.f),
            intendedUse: card && !card.includes('\n') && (0,external_node_fs_.existsSync)(card) ? (0,external_node_fs_.readFileSync)(card, 'utf8') : card,
            actor: { actor: env.actor, runUrl: env.runUrl },
            revision: env.revision,
            source: env.source,
        };
        return Object.freeze(config);
    },
    async run(config, log) {
        const backend = (0,reference/* openBackend */.f2)(config.target, config.connection);
        const r = await log.group(`register ${config.name} in ${backend.location}`, () => (0,versions/* register */.kz)(backend, {
            name: config.name,
            model: config.model,
            evaluation: config.evaluation,
            trainManifest: config.trainManifest,
            dataReport: config.dataReport,
            profile: config.profile,
            schema: config.schema,
            card: cardRenderer(config),
            aliases: config.aliases,
            status: config.status,
            revision: config.revision,
            source: config.source,
            ...config.actor,
        }, log));
        const summary = [
            `### modelgate register: ${(0,markdown/* esc */.UQ)(config.name)} ${r.version}`,
            '',
            `${r.created ? 'Registered' : 'Already registered (same files, same digest)'}: ${(0,markdown/* code */.aY)(r.reference, 300)}`,
            '',
            `Uploaded ${r.stats.blobsUploaded} blob(s), ${r.stats.bytesUploaded} bytes; ${r.stats.blobsSkipped} already in the registry.${config.aliases.length ? ` Aliases: ${config.aliases.map((a) => (0,markdown/* code */.aY)(a)).join(', ')}.` : ''}`,
            '',
        ].join('\n');
        return { passed: true, outputs: { version: r.version, digest: r.digest, reference: r.reference }, summary };
    },
}));


/***/ }),

/***/ 51692:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ defineAction)
/* harmony export */ });
function defineAction(def) {
    return def;
}


/***/ }),

/***/ 21761:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   registryMain: () => (/* binding */ registryMain),
/* harmony export */   registryUsage: () => (/* binding */ registryUsage),
/* harmony export */   textTable: () => (/* binding */ textTable),
/* harmony export */   timeline: () => (/* binding */ timeline)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4522);
/* harmony import */ var _lib_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77064);
/* harmony import */ var _actions_register_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90657);
/* harmony import */ var _registry_oci_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(90464);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17301);
/* harmony import */ var _registry_versions_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(76122);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(24349);
/**
 * `modelgate registry list|show|pull|promote|approve|reject|history <ref>`: the registry for people
 * at a terminal. <ref> is a model (`oci-layout://registry/churn`, `oci://ghcr.io/o/r/churn`) or a
 * version of it (`…:v3`, `…:production`, `…@sha256:…`). Credentials come from --username with
 * --password or --token, or MODELGATE_REGISTRY_USERNAME / _PASSWORD / _TOKEN.
 */







const SUBCOMMANDS = ['list', 'show', 'pull', 'promote', 'approve', 'reject', 'history'];
const OPTIONS = {
    list: ['last'],
    show: [],
    pull: ['out'],
    promote: ['alias'],
    approve: ['note'],
    reject: ['note'],
    history: [],
};
const COMMON = ['username', 'password', 'token', 'insecure'];
function registryUsage() {
    return [
        'Usage: modelgate registry <command> <ref> [options] [--json]',
        '',
        '  list <model> [--last N]          versions as a table: status, aliases, who registered, metrics',
        '  show <version>                   one version: files, lineage, metrics, model card',
        '  pull <version> [--out DIR]       download its files (every digest verified)',
        '  promote <version> --alias NAME   point an alias (production, staging…) at the version',
        '  approve <version> [--note TEXT]  record approval',
        '  reject <version> [--note TEXT]   record rejection',
        '  history <model|version>          timeline of who did what when',
        '',
        '<model> is oci-layout://<dir>/<name> or oci://<host>/<repository>; a version adds :<tag> or @<digest>.',
        'Credentials: --username with --password or --token, or MODELGATE_REGISTRY_USERNAME/_PASSWORD/_TOKEN.',
        '',
    ].join('\n');
}
/** A plain text table: columns padded to their widest cell. */
function textTable(header, rows) {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    return [header, ...rows].map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ').trimEnd()).join('\n') + '\n';
}
const short = (d) => d.slice(0, 19) + '…';
const when = (iso) => (iso ? iso.replace('T', ' ').replace(/\.\d+Z$/, 'Z') : '');
const num = (x) => (x === null || x === undefined ? '' : String(Number(x.toPrecision(4))));
function timeline(events) {
    if (!events.length)
        return 'no history\n';
    const what = (e) => e.type === 'registered' ? `registered (${e.status ?? 'pending'})` : e.type === 'status' ? `${e.status}` : e.type === 'alias' ? `alias ${e.alias} -> ${e.version}` : e.type === 'deployment' ? `deployment ${e.decision ?? ''}${e.environment ? ` to ${e.environment}` : ''}` : e.type === 'monitor' ? `monitor ${e.finding ?? ''}` : 'evaluated';
    return textTable(['WHEN', 'VERSION', 'EVENT', 'BY', 'NOTE / RUN'], events.map((e) => [when(e.at), e.version ?? '', what(e), e.actor ?? '', [e.note ? JSON.stringify(e.note) : '', e.runUrl ?? ''].filter(Boolean).join(' ')]));
}
async function registryMain(argv, out = (s) => process.stdout.write(s)) {
    const sub = argv[0];
    try {
        if (!sub || sub === '--help' || sub === '-h') {
            out(registryUsage());
            return sub ? 0 : 2;
        }
        if (!SUBCOMMANDS.includes(sub))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`unknown registry command '${sub}'; commands: ${SUBCOMMANDS.join(', ')}`);
        const refText = argv[1] && !argv[1].startsWith('--') ? argv[1] : undefined;
        if (!refText)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`registry ${sub} needs a reference, e.g. oci-layout://registry/churn:v1`);
        const args = (0,_main_js__WEBPACK_IMPORTED_MODULE_6__/* .parseArgs */ .Zy)(['registry', ...argv.slice(2)]);
        for (const k of Object.keys(args.values))
            if (![...OPTIONS[sub], ...COMMON].includes(k))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`unknown option --${k} for registry ${sub}`);
        const env = process.env;
        const inputs = new _lib_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0((0,_lib_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .mapSource */ .GU)(args.values, { username: env.MODELGATE_REGISTRY_USERNAME, password: env.MODELGATE_REGISTRY_PASSWORD, token: env.MODELGATE_REGISTRY_TOKEN }));
        const ref = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .parseReference */ .F2)(refText, 'ref');
        const backend = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .openBackend */ .f2)({ ...ref, tag: undefined, digest: undefined }, (0,_actions_register_js__WEBPACK_IMPORTED_MODULE_2__.connectionInputs)(inputs));
        const at = { tag: ref.tag, digest: ref.digest };
        const who = (0,_actions_register_js__WEBPACK_IMPORTED_MODULE_2__.actorFromEnv)();
        const json = (v) => out(JSON.stringify(v, null, 2) + '\n');
        switch (sub) {
            case 'list': {
                const versions = await (0,_registry_versions_js__WEBPACK_IMPORTED_MODULE_5__/* .listVersions */ .yO)(backend, { last: inputs.number('last', { min: 1, integer: true }) });
                if (args.json)
                    return json(versions), 0;
                const metricNames = [...new Set(versions.flatMap((v) => Object.keys(v.metrics)))].slice(0, 4);
                out(versions.length ? textTable(['VERSION', 'DIGEST', 'STATUS', 'ALIASES', 'REGISTERED', 'BY', ...metricNames], versions.map((v) => [v.version, short(v.digest), v.status ?? '', v.aliases.join(','), when(v.registeredAt), v.actor ?? '', ...metricNames.map((m) => num(v.metrics[m]))])) : `no versions in ${backend.location}\n`);
                return 0;
            }
            case 'show': {
                const v = await (0,_registry_versions_js__WEBPACK_IMPORTED_MODULE_5__/* .resolve */ .hd)(backend, at);
                const events = await (0,_registry_versions_js__WEBPACK_IMPORTED_MODULE_5__/* .history */ .b6)(backend, { digest: v.digest });
                const card = await (0,_registry_versions_js__WEBPACK_IMPORTED_MODULE_5__/* .layerText */ .Pz)(backend, v, 'model-card.md');
                if (args.json)
                    return json({ reference: `${backend.location}@${v.digest}`, version: v.version, digest: v.digest, config: v.config, manifest: v.manifest, history: events }), 0;
                const lines = [`reference: ${backend.location}@${v.digest}`, `version:   ${v.version ?? '(not registered here)'}`, `status:    ${[...events].reverse().find((e) => e.status)?.status ?? ''}`];
                if (v.config.git?.commit)
                    lines.push(`commit:    ${v.config.git.commit}`);
                if (v.config.data)
                    lines.push(`data:      sha256:${v.config.data.sha256}`);
                if (v.config.trainManifestKey)
                    lines.push(`train key: ${v.config.trainManifestKey}`);
                lines.push('layers:');
                for (const l of v.manifest.layers)
                    lines.push(`  ${(l.annotations?.[_registry_oci_js__WEBPACK_IMPORTED_MODULE_3__/* .ANN */ .Eh.title] ?? '').padEnd(22)} ${String(l.size).padStart(12)}  ${l.digest}`);
                const metrics = Object.entries(v.config.metrics);
                if (metrics.length)
                    lines.push(`metrics:   ${metrics.map(([k, x]) => `${k} ${num(x)}`).join(', ')}`);
                out(lines.join('\n') + '\n' + (card ? `\n${card}` : ''));
                return 0;
            }
            case 'pull': {
                const { version, files } = await (0,_registry_versions_js__WEBPACK_IMPORTED_MODULE_5__/* .pull */ .a$)(backend, at, inputs.string('out') ?? '.');
                if (args.json)
                    return json({ digest: version.digest, version: version.version, files }), 0;
                out(Object.values(files).map((f) => `${f}\n`).join(''));
                return 0;
            }
            case 'promote': {
                const r = await (0,_registry_versions_js__WEBPACK_IMPORTED_MODULE_5__/* .promote */ .pt)(backend, at, inputs.required('alias'), who);
                if (args.json)
                    return json(r), 0;
                out(`${inputs.required('alias')} -> ${r.version} (${r.digest})${r.moved ? '' : ', already there'}\n`);
                return 0;
            }
            case 'approve':
            case 'reject': {
                const status = sub === 'approve' ? 'approved' : 'rejected';
                const r = await (0,_registry_versions_js__WEBPACK_IMPORTED_MODULE_5__/* .setStatus */ .Lx)(backend, at, status, { ...who, note: inputs.string('note') });
                if (args.json)
                    return json({ ...r, status }), 0;
                out(`${r.version} ${status}\n`);
                return 0;
            }
            case 'history': {
                const events = await (0,_registry_versions_js__WEBPACK_IMPORTED_MODULE_5__/* .history */ .b6)(backend, at);
                if (args.json)
                    return json(events), 0;
                out(timeline(events));
                return 0;
            }
        }
    }
    catch (e) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isUserError */ .iU)(e)) {
            process.stderr.write(`modelgate registry${sub ? ' ' + sub : ''}: ${e.message}\n`);
            return 2;
        }
        throw e;
    }
    return 2;
}


/***/ }),

/***/ 39421:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N5: () => (/* binding */ readEventPayload),
/* harmony export */   Vp: () => (/* binding */ runUrl),
/* harmony export */   jc: () => (/* binding */ workflowRunFromEvent),
/* harmony export */   vR: () => (/* binding */ pullRequestFromEvent)
/* harmony export */ });
/* unused harmony export isForkPullRequest */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4522);
/**
 * What the actions read from the event payload (GITHUB_EVENT_PATH, or @actions/github's
 * `context.payload`, handed in as `unknown`): the pull request, whether it comes from a fork, and
 * the run a workflow_run event is about. Each reader checks the shape it needs and says which
 * field is missing.
 */


function obj(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? v : undefined;
}
function need(v, what) {
    if (v === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DataError */ .fL(`event payload: ${what} is missing or malformed`);
    return v;
}
function str(v) {
    return typeof v === 'string' ? v : undefined;
}
function int(v) {
    return typeof v === 'number' && Number.isSafeInteger(v) ? v : undefined;
}
/** Reads and parses the event payload file. */
function readEventPayload(path) {
    try {
        return JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DataError */ .fL(`cannot read the event payload ${path}: ${e.message}`, path);
    }
}
/** True for a payload's pull request whose head repository is not the base repository. */
function isForkPullRequest(payload) {
    const pr = pullRequestFromEvent(payload);
    return pr !== undefined && pr.isFork;
}
/**
 * The pull request of a pull_request / pull_request_target payload; undefined when the payload
 * has none (push, schedule).
 */
function pullRequestFromEvent(payload) {
    const pr = obj(obj(payload)?.pull_request);
    if (!pr)
        return undefined;
    const head = need(obj(pr.head), 'pull_request.head');
    const base = need(obj(pr.base), 'pull_request.base');
    const baseRepo = need(str(obj(base.repo)?.full_name), 'pull_request.base.repo.full_name');
    const headRepoObj = obj(head.repo);
    const headRepo = headRepoObj ? need(str(headRepoObj.full_name), 'pull_request.head.repo.full_name') : null;
    return {
        number: need(int(pr.number), 'pull_request.number'),
        headSha: need(str(head.sha), 'pull_request.head.sha'),
        headRef: need(str(head.ref), 'pull_request.head.ref'),
        headRepo,
        baseRepo,
        // GitHub compares repository names case-insensitively.
        isFork: headRepo === null || headRepo.toLowerCase() !== baseRepo.toLowerCase(),
    };
}
/** The run a workflow_run payload is about; undefined for other events. */
function workflowRunFromEvent(payload) {
    const run = obj(obj(payload)?.workflow_run);
    if (!run)
        return undefined;
    const prs = Array.isArray(run.pull_requests) ? run.pull_requests : [];
    return {
        id: need(int(run.id), 'workflow_run.id'),
        event: need(str(run.event), 'workflow_run.event'),
        conclusion: str(run.conclusion) ?? null,
        headSha: need(str(run.head_sha), 'workflow_run.head_sha'),
        headRepo: str(obj(run.head_repository)?.full_name) ?? null,
        pullRequests: prs.map((p) => int(obj(p)?.number)).filter((n) => n !== undefined),
    };
}
/** The page of a workflow run: `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}`. */
function runUrl(serverUrl, repository, runId) {
    return `${serverUrl.replace(/\/+$/, '')}/${repository}/actions/runs/${runId}`;
}


/***/ })

};
