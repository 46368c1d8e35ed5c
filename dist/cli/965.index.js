export const id = 965;
export const ids = [965];
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

/***/ 20965:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  expMain: () => (/* binding */ expMain),
  expUsage: () => (/* binding */ expUsage)
});

// EXTERNAL MODULE: ./.build/js/src/errors.js
var errors = __webpack_require__(4522);
// EXTERNAL MODULE: ./.build/js/src/lib/inputs.js
var lib_inputs = __webpack_require__(77064);
// EXTERNAL MODULE: ./.build/js/src/actions/register.js + 1 modules
var register = __webpack_require__(90657);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./.build/js/src/gates/paired-data.js
var paired_data = __webpack_require__(7302);
// EXTERNAL MODULE: ./.build/js/src/gates/paired-metrics.js + 1 modules
var paired_metrics = __webpack_require__(32159);
// EXTERNAL MODULE: ./.build/js/src/gates/run.js
var run = __webpack_require__(3931);
// EXTERNAL MODULE: ./.build/js/src/gates/spec.js + 1 modules
var spec = __webpack_require__(36358);
// EXTERNAL MODULE: ./.build/js/src/stats/distributions.js
var distributions = __webpack_require__(51638);
;// CONCATENATED MODULE: ./.build/js/src/experiments/diff.js
/**
 * `modelgate exp diff <a> <b>`: what changed from run a to run b. Params: added, removed, changed.
 * Metrics: b − a with an interval. When both runs are evaluations of the same rows (same data
 * digest and row count, both predictions files still there) the comparison is paired, with
 * compare-to-baseline's own tests (McNemar for accuracy, DeLong for ROC AUC, paired bootstrap or t
 * for the rest: src/gates/paired-metrics.ts). Otherwise it is unpaired — a normal approximation
 * from the two runs' own intervals — and the result says why.
 */







/** A run by its id or a unique prefix of it. */
function findRun(runs, id) {
    const exact = runs.find((r) => r.id === id);
    if (exact)
        return exact;
    const hits = runs.filter((r) => r.id.startsWith(id));
    if (hits.length === 1)
        return hits[0];
    if (hits.length === 0)
        throw new errors/* ConfigurationError */.j1(`no run '${id}' in the store (modelgate exp show lists them)`);
    throw new errors/* ConfigurationError */.j1(`'${id}' names ${hits.length} runs (${hits.slice(0, 3).map((r) => r.id).join(', ')}…); give more of the id`);
}
function diffRunParams(a, b) {
    const out = [];
    const keys = [...new Set([...Object.keys(a.params), ...Object.keys(b.params)])];
    for (const key of keys) {
        const inA = key in a.params;
        const inB = key in b.params;
        if (inA && inB && JSON.stringify(a.params[key]) === JSON.stringify(b.params[key]))
            continue;
        out.push({ key, change: !inA ? 'added' : !inB ? 'removed' : 'modified', a: a.params[key], b: b.params[key] });
    }
    return out;
}
/** Why two runs cannot be compared row by row, or null when they can. */
function whyUnpaired(a, b) {
    if (a.source !== 'evaluate-model' || b.source !== 'evaluate-model')
        return 'only evaluations record per-row predictions (a train run has none)';
    if (!a.data || !b.data || a.data.sha256 !== b.data.sha256)
        return `the runs evaluated different data (sha256 ${a.data?.sha256.slice(0, 12) ?? '?'}… and ${b.data?.sha256.slice(0, 12) ?? '?'}…)`;
    if (a.data.rows !== b.data.rows)
        return `the runs evaluated ${a.data.rows} and ${b.data.rows} rows`;
    for (const r of [a, b]) {
        if (!r.evaluation || !(0,external_node_fs_.existsSync)(r.evaluation))
            return r.evaluation ? `run ${r.id}'s evaluation ${r.evaluation} is not on this machine` : `run ${r.id} recorded no evaluation file`;
        if (!r.predictions || !(0,external_node_fs_.existsSync)(r.predictions))
            return r.predictions ? `run ${r.id}'s predictions file ${r.predictions} is not on this machine` : `run ${r.id} recorded no predictions file`;
    }
    return null;
}
function unpaired(metric, a, b, confidence) {
    const ma = a.metrics[metric];
    const mb = b.metrics[metric];
    const va = ma?.value ?? null;
    const vb = mb?.value ?? null;
    const delta = va !== null && vb !== null ? vb - va : null;
    let ci = null;
    let pValue = null;
    const ca = a.confidence;
    const cb = b.confidence;
    if (delta !== null && ma?.ci && mb?.ci && ca && cb) {
        // Each run's standard error from its own interval (normal approximation), then the difference of independent estimates.
        const se = Math.hypot((ma.ci[1] - ma.ci[0]) / (2 * (0,distributions/* normalQuantile */.Zl)(1 - (1 - ca) / 2)), (mb.ci[1] - mb.ci[0]) / (2 * (0,distributions/* normalQuantile */.Zl)(1 - (1 - cb) / 2)));
        const z = (0,distributions/* normalQuantile */.Zl)(1 - (1 - confidence) / 2);
        ci = [delta - z * se, delta + z * se];
        if (se > 0) {
            const zz = Math.abs(delta) / se;
            pValue = Math.min(1, 2 * (0,distributions/* normalSf */.nG)(zz));
        }
    }
    return { metric, a: va, b: vb, delta, ci, test: ci ? 'unpaired normal approximation' : null, pValue };
}
/** The diff of run a -> run b. */
function diffRuns(a, b, opts = {}) {
    const confidence = opts.confidence ?? b.confidence ?? a.confidence ?? 0.95;
    const names = [...new Set([...Object.keys(a.metrics), ...Object.keys(b.metrics)])];
    const reason = whyUnpaired(a, b);
    const base = { a: a.id, b: b.id, confidence, params: diffRunParams(a, b) };
    if (reason)
        return { ...base, paired: false, unpairedReason: reason, metrics: names.map((m) => unpaired(m, a, b, confidence)) };
    const evA = (0,run/* loadEvaluation */.X)(a.evaluation, `run ${a.id}`);
    const evB = (0,run/* loadEvaluation */.X)(b.evaluation, `run ${b.id}`);
    const rows = (0,paired_data/* loadPaired */.aM)({ ...evB, predictions: b.predictions }, b.evaluation, { ...evA, predictions: a.predictions }, a.evaluation);
    const metrics = names.map((metric) => {
        const est = (0,paired_metrics/* pairedEstimate */.Y)(metric, rows, { direction: spec/* DIRECTION */.M[metric] ?? 1, threshold: evB.threshold ?? 0.5, confidence, resamples: opts.resamples ?? 2000, seed: opts.seed ?? 0 });
        if (!est)
            return unpaired(metric, a, b, confidence);
        // Two-sided p of "no difference": twice the smaller one-sided p at margin 0.
        const p = Math.min(1, 2 * Math.min(est.pRegression(0), est.pNonInferior(0)));
        return { metric, a: est.baseline, b: est.candidate, delta: est.delta, ci: est.ci, test: est.test, pValue: Number.isFinite(p) ? p : null };
    });
    return { ...base, paired: true, unpairedReason: null, metrics };
}

;// CONCATENATED MODULE: ./.build/js/src/experiments/query.js
/**
 * The `--where` language of `modelgate exp show`: a small expression parser and evaluator over
 * run fields — never `eval`. Grammar (keywords case-insensitive):
 *
 *   expr   := and ( ('or' | '||') and )*
 *   and    := unary ( ('and' | '&&') unary )*
 *   unary  := ('not' | '!') unary | cmp
 *   cmp    := atom ( ('==' | '=' | '!=' | '<' | '<=' | '>' | '>=' | '~') atom )?
 *   atom   := number | 'text' | "text" | true | false | null | field | '(' expr ')'
 *   field  := params.<key> | metrics.<name>[.low|.high] | id | source | branch | commit | pr |
 *             created | duration | cache_hit | sweep | variant | split | chosen | data | model
 *
 * `~` is "contains" on text. A comparison with a missing value (a param the run does not have) is
 * false, except `== null`. Numbers compare as numbers; a text that is a number compares as one
 * against a number (params files written by hand keep `"0.5"` and `0.5` apart otherwise).
 */

const OPS = ['==', '!=', '<=', '>=', '&&', '||', '=', '<', '>', '!', '~'];
const IDENT_START = /[A-Za-z_]/;
const IDENT = /[A-Za-z0-9_.\-]/;
function tokenize(src) {
    const out = [];
    let i = 0;
    const fail = (msg, at) => {
        throw new errors/* ConfigurationError */.j1(`--where: ${msg} at column ${at + 1}: ${src}`);
    };
    while (i < src.length) {
        const c = src[i];
        if (/\s/.test(c)) {
            i++;
            continue;
        }
        if (c === '(' || c === ')') {
            out.push({ kind: 'paren', text: c, at: i++ });
            continue;
        }
        if (c === '"' || c === "'") {
            let j = i + 1;
            let text = '';
            while (j < src.length && src[j] !== c) {
                if (src[j] === '\\' && j + 1 < src.length)
                    j++;
                text += src[j++];
            }
            if (j >= src.length)
                fail('unterminated text', i);
            out.push({ kind: 'str', text, value: text, at: i });
            i = j + 1;
            continue;
        }
        const num = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?/.exec(src.slice(i));
        if (num && (c !== '-' || out.length === 0 || out.at(-1).kind === 'op' || out.at(-1).text === '(')) {
            out.push({ kind: 'num', text: num[0], value: Number(num[0]), at: i });
            i += num[0].length;
            continue;
        }
        if (IDENT_START.test(c)) {
            let j = i + 1;
            while (j < src.length && IDENT.test(src[j]))
                j++;
            out.push({ kind: 'ident', text: src.slice(i, j), at: i });
            i = j;
            continue;
        }
        const op = OPS.find((o) => src.startsWith(o, i));
        if (!op)
            fail(`unexpected '${c}'`, i);
        out.push({ kind: 'op', text: op, at: i });
        i += op.length;
    }
    out.push({ kind: 'end', text: '', at: src.length });
    return out;
}
const TOP_FIELDS = ['id', 'source', 'branch', 'commit', 'pr', 'created', 'duration', 'cache_hit', 'sweep', 'variant', 'split', 'chosen', 'data', 'model', 'rows'];
function checkField(name, src) {
    if (name.startsWith('params.') && name.length > 7)
        return;
    if (name.startsWith('metrics.') && name.length > 8)
        return;
    if (TOP_FIELDS.includes(name))
        return;
    throw new errors/* ConfigurationError */.j1(`--where: unknown field '${name}' in ${src}; fields: params.<key>, metrics.<name> (.low, .high), ${TOP_FIELDS.join(', ')}`);
}
/** Parses a `--where` expression; a mistake is a ConfigurationError naming the column. */
function parseWhere(src) {
    const toks = tokenize(src);
    let p = 0;
    const peek = () => toks[p];
    const kw = (t, w) => t.kind === 'ident' && t.text.toLowerCase() === w;
    const fail = (msg) => {
        throw new errors/* ConfigurationError */.j1(`--where: ${msg} at column ${peek().at + 1}: ${src}`);
    };
    const or = () => {
        let a = and();
        while (kw(peek(), 'or') || peek().text === '||') {
            p++;
            a = { t: 'or', a, b: and() };
        }
        return a;
    };
    const and = () => {
        let a = unary();
        while (kw(peek(), 'and') || peek().text === '&&') {
            p++;
            a = { t: 'and', a, b: unary() };
        }
        return a;
    };
    const unary = () => {
        if (kw(peek(), 'not') || (peek().kind === 'op' && peek().text === '!')) {
            p++;
            return { t: 'not', a: unary() };
        }
        return cmp();
    };
    const cmp = () => {
        const a = atom();
        const t = peek();
        if (t.kind === 'op' && ['==', '=', '!=', '<', '<=', '>', '>=', '~'].includes(t.text)) {
            p++;
            return { t: 'cmp', op: t.text === '=' ? '==' : t.text, a, b: atom() };
        }
        return a;
    };
    const atom = () => {
        const t = peek();
        if (t.kind === 'num' || t.kind === 'str') {
            p++;
            return { t: 'lit', v: t.value };
        }
        if (t.kind === 'paren' && t.text === '(') {
            p++;
            const e = or();
            if (peek().text !== ')')
                fail(`expected ')'`);
            p++;
            return e;
        }
        if (t.kind === 'ident') {
            p++;
            const w = t.text.toLowerCase();
            if (w === 'true' || w === 'false')
                return { t: 'lit', v: w === 'true' };
            if (w === 'null')
                return { t: 'lit', v: null };
            if (['and', 'or', 'not'].includes(w))
                fail(`'${t.text}' needs a value before it`);
            checkField(t.text, src);
            return { t: 'field', name: t.text };
        }
        return fail(t.kind === 'end' ? 'the expression ends too soon' : `unexpected '${t.text}'`);
    };
    if (peek().kind === 'end')
        fail('empty expression');
    const tree = or();
    if (peek().kind !== 'end')
        fail(`unexpected '${peek().text}'`);
    return tree;
}
/** The value of a field of a run (`params.C`, `metrics.roc_auc`, `branch`…); null when absent. */
function fieldValue(run, name) {
    if (name.startsWith('params.')) {
        const v = run.params[name.slice(7)];
        return v === undefined ? null : v;
    }
    if (name.startsWith('metrics.')) {
        const m = /^metrics\.(.+?)(?:\.(low|high))?$/.exec(name);
        const metric = run.metrics[m[1]] ?? run.metrics[name.slice(8)];
        if (!metric)
            return null;
        if (m[2] && run.metrics[m[1]])
            return metric.ci ? metric.ci[m[2] === 'low' ? 0 : 1] : null;
        return metric.value;
    }
    switch (name) {
        case 'id':
            return run.id;
        case 'source':
            return run.source;
        case 'branch':
            return run.git?.branch ?? null;
        case 'commit':
            return run.git?.commit ?? null;
        case 'pr':
            return run.pullRequest;
        case 'created':
            return run.createdAt;
        case 'duration':
            return run.durationMs;
        case 'cache_hit':
            return run.cacheHit;
        case 'sweep':
            return run.sweep?.id ?? null;
        case 'variant':
            return run.sweep?.variant ?? null;
        case 'split':
            return run.sweep?.split ?? null;
        case 'chosen':
            return run.sweep?.chosen ?? null;
        case 'data':
            return run.data?.sha256 ?? null;
        case 'rows':
            return run.data?.rows ?? null;
        case 'model':
            return run.model?.sha256 ?? null;
    }
    return null;
}
function asNumber(v) {
    if (typeof v === 'number')
        return v;
    if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)))
        return Number(v);
    return undefined;
}
/** -1, 0, 1, or undefined when the two cannot be ordered (a missing value, number against text). */
function compareValues(a, b) {
    if (a === null || b === null)
        return undefined;
    if (typeof a === 'number' || typeof b === 'number') {
        const x = asNumber(a);
        const y = asNumber(b);
        if (x === undefined || y === undefined)
            return undefined;
        return x < y ? -1 : x > y ? 1 : 0;
    }
    const x = String(a);
    const y = String(b);
    return x < y ? -1 : x > y ? 1 : 0;
}
function value(n, run) {
    switch (n.t) {
        case 'lit':
            return n.v;
        case 'field':
            return fieldValue(run, n.name);
        default:
            return test(n, run);
    }
}
function test(n, run) {
    switch (n.t) {
        case 'and':
            return test(n.a, run) && test(n.b, run);
        case 'or':
            return test(n.a, run) || test(n.b, run);
        case 'not':
            return !test(n.a, run);
        case 'lit':
            return n.v !== null && n.v !== false && n.v !== 0 && n.v !== '';
        case 'field': {
            const v = fieldValue(run, n.name);
            return v !== null && v !== false && v !== 0 && v !== '';
        }
        case 'cmp': {
            const a = value(n.a, run);
            const b = value(n.b, run);
            if (n.op === '==' && (a === null || b === null))
                return a === b;
            if (n.op === '!=' && (a === null || b === null))
                return a !== b;
            if (n.op === '~')
                return a !== null && b !== null && String(a).includes(String(b));
            if (typeof a === 'boolean' || typeof b === 'boolean')
                return n.op === '==' ? a === b : n.op === '!=' ? a !== b : false;
            const c = compareValues(a, b);
            if (c === undefined)
                return n.op === '!=';
            return n.op === '==' ? c === 0 : n.op === '!=' ? c !== 0 : n.op === '<' ? c < 0 : n.op === '<=' ? c <= 0 : n.op === '>' ? c > 0 : c >= 0;
        }
    }
}
/** A predicate over runs from a `--where` expression. */
function whereFilter(src) {
    const tree = parseWhere(src);
    return (run) => test(tree, run);
}
/**
 * Sorts runs by fields, each `name` ascending or `-name` descending; runs without the value go
 * last either way; ties keep id (time) order.
 */
function sortRuns(runs, keys) {
    const parsed = keys.map((k) => {
        const desc = k.startsWith('-');
        const name = desc ? k.slice(1) : k;
        checkField(name, `--sort ${k}`);
        return { name, desc };
    });
    const rows = runs.map((run) => ({ run, vals: parsed.map((k) => fieldValue(run, k.name)) }));
    rows.sort((x, y) => {
        for (let i = 0; i < parsed.length; i++) {
            const a = x.vals[i];
            const b = y.vals[i];
            if (a === null || b === null) {
                if (a !== b)
                    return a === null ? 1 : -1;
                continue;
            }
            const c = compareValues(a, b) ?? compareValues(String(a), String(b));
            if (c)
                return parsed[i].desc ? -c : c;
        }
        return x.run.id < y.run.id ? -1 : 1;
    });
    return rows.map((r) => r.run);
}

// EXTERNAL MODULE: ./.build/js/src/experiments/store.js
var experiments_store = __webpack_require__(21459);
;// CONCATENATED MODULE: ./.build/js/src/experiments/table.js
const RUN_COLUMNS = ['id', 'created', 'source', 'branch', 'pr', 'commit', 'cache'];
/** A number as people read it in a table: 4 significant digits, no exponent for ordinary sizes. */
function shortNumber(x) {
    if (x === null || x === undefined || Number.isNaN(x))
        return '';
    if (!Number.isFinite(x))
        return String(x);
    return String(Number(x.toPrecision(4)));
}
function cell(v) {
    if (v === null || v === undefined)
        return '';
    if (typeof v === 'number')
        return shortNumber(v);
    return String(v);
}
/**
 * The param keys and metric names to show: every metric; params that differ between the runs
 * (all params with `allParams`), in first-seen order.
 */
function columnsOf(runs, allParams = false) {
    const params = new Map();
    const metrics = new Set();
    for (const r of runs) {
        for (const [k, v] of Object.entries(r.params)) {
            let seen = params.get(k);
            if (!seen)
                params.set(k, (seen = new Set()));
            seen.add(JSON.stringify(v));
        }
        for (const k of Object.keys(r.metrics))
            metrics.add(k);
    }
    const keys = [...params.entries()].filter(([k, vals]) => allParams || runs.length < 2 || vals.size > 1 || runs.some((r) => !(k in r.params))).map(([k]) => k);
    return { params: keys, metrics: [...metrics] };
}
function runCells(r) {
    return [r.id, r.createdAt.replace('T', ' ').replace(/\.\d+Z$/, 'Z'), r.sweep ? `${r.source}:${r.sweep.split}${r.sweep.chosen ? '*' : ''}` : r.source, r.git?.branch ?? '', r.pullRequest ? `#${r.pullRequest}` : '', r.git?.commit.slice(0, 7) ?? '', r.cacheHit === null ? '' : r.cacheHit ? 'hit' : 'miss'];
}
/** The text table: metric cells hold the value and its interval, `0.912 [0.881, 0.937]`. */
function runTable(runs, allParams = false) {
    const cols = columnsOf(runs, allParams);
    return {
        header: [...RUN_COLUMNS, ...cols.params.map((k) => `params.${k}`), ...cols.metrics.map((k) => `metrics.${k}`)],
        rows: runs.map((r) => [
            ...runCells(r),
            ...cols.params.map((k) => cell(r.params[k])),
            ...cols.metrics.map((k) => {
                const m = r.metrics[k];
                if (!m || m.value === null)
                    return '';
                return m.ci ? `${shortNumber(m.value)} [${shortNumber(m.ci[0])}, ${shortNumber(m.ci[1])}]` : shortNumber(m.value);
            }),
        ]),
    };
}
/** A plain text table: columns padded to their widest cell; control characters shown as spaces. */
function textTable(t) {
    const clean = (s) => s.replace(/[\u0000-\u001f\u007f]/g, ' ');
    const all = [t.header, ...t.rows].map((r) => r.map(clean));
    const widths = t.header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
    return all.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ').trimEnd()).join('\n') + '\n';
}
function csvField(s) {
    // A leading = + - @ would be a formula in a spreadsheet: quote and prefix it (OWASP CSV injection).
    const safe = /^[=+\-@\t\r]/.test(s) && !/^-?\d/.test(s) ? `'${s}` : s;
    return /[",\r\n]/.test(safe) || safe !== s ? `"${safe.replace(/"/g, '""')}"` : safe;
}
/** CSV with full-precision numbers; each metric as value, low and high columns. */
function runCsv(runs, allParams = false) {
    const cols = columnsOf(runs, allParams);
    const header = [...RUN_COLUMNS, 'duration_ms', 'data_sha256', 'model_sha256', 'sweep', 'variant', ...cols.params.map((k) => `params.${k}`), ...cols.metrics.flatMap((k) => [`metrics.${k}`, `metrics.${k}.low`, `metrics.${k}.high`])];
    const lines = [header.map(csvField).join(',')];
    const raw = (v) => (v === null || v === undefined ? '' : String(v));
    for (const r of runs) {
        const cells = [
            r.id,
            r.createdAt,
            r.source,
            r.git?.branch ?? '',
            raw(r.pullRequest),
            r.git?.commit ?? '',
            r.cacheHit === null ? '' : String(r.cacheHit),
            String(r.durationMs),
            r.data?.sha256 ?? '',
            r.model?.sha256 ?? '',
            r.sweep?.id ?? '',
            r.sweep?.variant ?? '',
            ...cols.params.map((k) => raw(r.params[k])),
            ...cols.metrics.flatMap((k) => {
                const m = r.metrics[k];
                return [raw(m?.value), raw(m?.ci?.[0]), raw(m?.ci?.[1])];
            }),
        ];
        lines.push(cells.map(csvField).join(','));
    }
    return lines.join('\r\n') + '\r\n';
}

// EXTERNAL MODULE: ./.build/js/src/cli/main.js + 3 modules
var main = __webpack_require__(24349);
;// CONCATENATED MODULE: ./.build/js/src/cli/exp.js
/**
 * `modelgate exp show|diff`: the experiment runs that train and evaluate-model recorded (see
 * src/experiments/). The store is `--experiments` (a folder, default .modelgate/runs, or
 * oci://<host>/<repository>), or MODELGATE_EXPERIMENTS; registry credentials as for
 * `modelgate registry` (--username with --password or --token, or MODELGATE_REGISTRY_*).
 */








const SUBCOMMANDS = ['show', 'diff'];
const OPTIONS = { show: ['where', 'branch', 'pr', 'sort', 'last', 'source'], diff: ['confidence'] };
const COMMON = ['experiments', 'username', 'password', 'token', 'insecure'];
const FLAGS = ['--csv', '--all-params'];
function expUsage() {
    return [
        'Usage: modelgate exp <command> [options]',
        '',
        '  show [--where EXPR] [--branch B] [--pr N] [--source train|evaluate-model]',
        '       [--sort [-]FIELD]... [--last N] [--all-params] [--json | --csv]',
        '                                   runs as a table: params and metrics as columns',
        '  diff <a> <b> [--confidence C] [--json]',
        '                                   params changed from run a to b; metrics b - a, paired when both',
        '                                   evaluated the same rows, unpaired otherwise (said so)',
        '',
        "EXPR: params.C > 0.5 and metrics.roc_auc >= 0.8 or branch == 'main' (and, or, not, ( ), == != < <= > >= ~)",
        'Fields: params.<key>, metrics.<name> (.low, .high), id, source, branch, commit, pr, created, duration,',
        '        cache_hit, sweep, variant, split, chosen, data, rows, model. --sort -metrics.roc_auc sorts descending.',
        'Store: --experiments DIR|oci://HOST/REPO (default .modelgate/runs, or MODELGATE_EXPERIMENTS).',
        '',
    ].join('\n');
}
function diffText(d) {
    const lines = [`a: ${d.a}`, `b: ${d.b}`, ''];
    if (d.params.length === 0)
        lines.push('params: no change');
    else {
        lines.push('params:');
        const show = (v) => (v === undefined ? '—' : JSON.stringify(v));
        for (const p of d.params)
            lines.push(`  ${p.key}: ${show(p.a)} -> ${show(p.b)}${p.change === 'modified' ? '' : ` (${p.change})`}`);
    }
    lines.push('', d.paired ? `metrics (b − a), paired on the same rows, ${d.confidence * 100}% intervals:` : `metrics (b − a), unpaired: ${d.unpairedReason}; ${d.confidence * 100}% intervals:`);
    const rows = d.metrics.map((m) => [m.metric, shortNumber(m.a), shortNumber(m.b), shortNumber(m.delta), m.ci ? `[${shortNumber(m.ci[0])}, ${shortNumber(m.ci[1])}]` : '', m.pValue === null ? '' : shortNumber(m.pValue), m.test ?? '']);
    lines.push(textTable({ header: ['METRIC', 'A', 'B', 'DELTA', 'INTERVAL', 'P', 'TEST'], rows }).replace(/^/gm, '  ').trimEnd());
    return lines.join('\n') + '\n';
}
async function expMain(argv, out = (s) => process.stdout.write(s)) {
    const sub = argv[0];
    try {
        if (!sub || sub === '--help' || sub === '-h') {
            out(expUsage());
            return sub ? 0 : 2;
        }
        if (!SUBCOMMANDS.includes(sub))
            throw new errors/* ConfigurationError */.j1(`unknown exp command '${sub}'; commands: ${SUBCOMMANDS.join(', ')}`);
        let rest = argv.slice(1);
        const positional = [];
        while (rest.length && !rest[0].startsWith('--'))
            positional.push(rest.shift());
        const flags = new Set(rest.filter((a) => FLAGS.includes(a)));
        rest = rest.filter((a) => !FLAGS.includes(a));
        const args = (0,main/* parseArgs */.Zy)(['exp', ...rest]);
        if (args.help)
            return out(expUsage()), 0;
        for (const k of Object.keys(args.values))
            if (![...OPTIONS[sub], ...COMMON].includes(k))
                throw new errors/* ConfigurationError */.j1(`unknown option --${k} for exp ${sub}; see modelgate exp --help`);
        const env = process.env;
        const inputs = new lib_inputs/* Inputs */.G0((0,lib_inputs/* mapSource */.GU)(args.values, { experiments: env.MODELGATE_EXPERIMENTS, username: env.MODELGATE_REGISTRY_USERNAME, password: env.MODELGATE_REGISTRY_PASSWORD, token: env.MODELGATE_REGISTRY_TOKEN }));
        const store = (0,experiments_store/* openRunStore */.$)(inputs.string('experiments'), (0,register.connectionInputs)(inputs));
        if (!store)
            throw new errors/* ConfigurationError */.j1(`--experiments false names no store`);
        const json = (v) => out(JSON.stringify(v, null, 2) + '\n');
        if (sub === 'show') {
            if (positional.length)
                throw new errors/* ConfigurationError */.j1(`exp show takes no argument '${positional[0]}'; filters are --where, --branch, --pr`);
            if (flags.has('--csv') && args.json)
                throw new errors/* ConfigurationError */.j1(`give --json or --csv, not both`);
            let runs = await store.list();
            const where = inputs.string('where');
            if (where) {
                const keep = whereFilter(where);
                runs = runs.filter(keep);
            }
            const branch = inputs.string('branch');
            if (branch)
                runs = runs.filter((r) => r.git?.branch === branch);
            const pr = inputs.number('pr', { min: 1, integer: true });
            if (pr !== undefined)
                runs = runs.filter((r) => r.pullRequest === pr);
            const source = inputs.choice('source', ['train', 'evaluate-model']);
            if (source)
                runs = runs.filter((r) => r.source === source);
            const sort = inputs.list('sort');
            if (sort.length)
                runs = sortRuns(runs, sort);
            const last = inputs.number('last', { min: 1, integer: true });
            if (last !== undefined)
                runs = runs.slice(-last);
            if (args.json)
                return json(runs), 0;
            if (flags.has('--csv'))
                return out(runCsv(runs, flags.has('--all-params'))), 0;
            out(runs.length ? textTable(runTable(runs, flags.has('--all-params'))) : `no runs in ${store.location}${where || branch || pr ? ' match' : ''}\n`);
            return 0;
        }
        if (positional.length !== 2)
            throw new errors/* ConfigurationError */.j1(`exp diff needs two run ids (or unique prefixes): modelgate exp diff <a> <b>`);
        const runs = await store.list();
        const d = diffRuns(findRun(runs, positional[0]), findRun(runs, positional[1]), { confidence: inputs.number('confidence', { min: 0.5, max: 0.9999 }) });
        if (args.json)
            return json(d), 0;
        out(diffText(d));
        return 0;
    }
    catch (e) {
        if ((0,errors/* isUserError */.iU)(e)) {
            process.stderr.write(`modelgate exp${sub ? ' ' + sub : ''}: ${e.message}\n`);
            return 2;
        }
        throw e;
    }
}


/***/ }),

/***/ 98979:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  UC: () => (/* binding */ RUN_ID),
  Xx: () => (/* binding */ assertRunRecord),
  tC: () => (/* binding */ flattenForRun),
  F$: () => (/* binding */ newRunId)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./.build/js/src/errors.js
var errors = __webpack_require__(4522);
// EXTERNAL MODULE: ./.build/js/src/schemas/validate.js + 6 modules
var validate = __webpack_require__(60704);
;// CONCATENATED MODULE: ./.build/js/src/schemas/experiment-run.schema.json
const experiment_run_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://modelgate.dev/schemas/experiment-run.schema.json","title":"modelgate experiment run","description":"One run of train or evaluate-model as the experiment store keeps it (one file in .modelgate/runs/, or one tagged artifact in an OCI registry): when, which commit, branch and pull request, the params, the metrics with their intervals, the data and model digests, duration and cache hit.","type":"object","required":["kind","schemaVersion","id","source","createdAt","durationMs","git","pullRequest","runUrl","params","metrics","confidence","data","model","evaluation","predictions","cacheHit","key","sweep","trainRun"],"additionalProperties":false,"$defs":{"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"},"runId":{"type":"string","pattern":"^\\\\d{8}T\\\\d{9}Z-[0-9a-f]{8}$"}},"properties":{"kind":{"const":"experiment-run"},"schemaVersion":{"const":1},"id":{"$ref":"#/$defs/runId","description":"UTC time to the millisecond and 8 random hex digits: ids sort by time."},"source":{"enum":["train","evaluate-model"]},"createdAt":{"type":"string","pattern":"^\\\\d{4}-\\\\d{2}-\\\\d{2}T\\\\d{2}:\\\\d{2}:\\\\d{2}(\\\\.\\\\d+)?Z$"},"durationMs":{"type":"number","minimum":0},"git":{"oneOf":[{"type":"null"},{"type":"object","required":["commit","branch","dirty"],"additionalProperties":false,"properties":{"commit":{"type":"string","pattern":"^[0-9a-f]{40}([0-9a-f]{24})?$"},"branch":{"type":["string","null"]},"dirty":{"type":"boolean"}}}]},"pullRequest":{"type":["integer","null"],"minimum":1},"runUrl":{"type":["string","null"]},"params":{"type":"object","description":"Flattened params (dotted keys): the params file\'s values and the built-in trainer\'s settings.","additionalProperties":{"type":["string","number","boolean","null"]}},"metrics":{"type":"object","additionalProperties":{"type":"object","required":["value","ci"],"additionalProperties":false,"properties":{"value":{"type":["number","null"]},"ci":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"number"},"minItems":2,"maxItems":2}]}}}},"confidence":{"type":["number","null"],"exclusiveMinimum":0,"exclusiveMaximum":1},"data":{"oneOf":[{"type":"null"},{"type":"object","required":["sha256","rows"],"additionalProperties":false,"properties":{"sha256":{"$ref":"#/$defs/sha256"},"rows":{"type":["integer","null"],"minimum":0}}}]},"model":{"oneOf":[{"type":"null"},{"type":"object","required":["sha256"],"additionalProperties":false,"properties":{"sha256":{"$ref":"#/$defs/sha256"}}}]},"evaluation":{"type":["string","null"],"description":"evaluate-model: absolute path of evaluation.json when recorded."},"predictions":{"type":["string","null"],"description":"evaluate-model: absolute path of the per-row predictions file (paired exp diff)."},"cacheHit":{"type":["boolean","null"]},"key":{"type":["string","null"],"description":"train: the cache key."},"sweep":{"oneOf":[{"type":"null"},{"type":"object","required":["id","variant","split"],"additionalProperties":false,"properties":{"id":{"type":"string"},"variant":{"type":"string"},"split":{"enum":["validation","test"]},"chosen":{"type":"boolean"}}}]},"trainRun":{"oneOf":[{"type":"null"},{"$ref":"#/$defs/runId"}]}}}');
;// CONCATENATED MODULE: ./.build/js/src/experiments/record.js
/**
 * One experiment run: what a `train` or `evaluate-model` step did, in one small JSON record
 * (schema: src/schemas/experiment-run.schema.json) that `modelgate exp show` lists and `exp diff`
 * compares. Params are flattened to dotted keys (`builtin.C`, `model.depth`), so a filter names them
 * as `params.C` and a table has one column per key.
 */




/** A new run id: UTC time to the millisecond, then 8 random hex digits; ids sort by time. */
function newRunId(now = new Date()) {
    const t = now.toISOString().replace(/[-:.]/g, '');
    return `${t}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
}
const RUN_ID = /^\d{8}T\d{9}Z-[0-9a-f]{8}$/;
/** Nested params as dotted keys; arrays become their JSON text (one cell in a table). */
function flattenForRun(value, prefix = '', out = {}) {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        for (const [k, v] of Object.entries(value))
            flattenForRun(v, prefix ? `${prefix}.${k}` : k, out);
    }
    else if (Array.isArray(value))
        out[prefix] = JSON.stringify(value);
    else if (value === undefined)
        out[prefix] = null;
    else
        out[prefix] = value;
    return out;
}
let record_validate;
/** Checks a record against its schema; `source` (a file or a registry tag) is named in the error. */
function assertRunRecord(value, source) {
    record_validate ??= (0,validate/* compileOwnSchema */.l8)(experiment_run_schema_namespaceObject);
    if (!record_validate(value)) {
        const e = record_validate.errors[0];
        throw new errors/* DataError */.fL(`${source}: not a valid experiment run (schemaVersion 1): ${e.instancePath || '/'} ${e.message}`, source);
    }
}


/***/ }),

/***/ 21459:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ openRunStore)
/* harmony export */ });
/* unused harmony exports DEFAULT_RUNS_DIR, RUN_ARTIFACT, RUN_MEDIA, FolderRunStore, RegistryRunStore, envConnection */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4522);
/* harmony import */ var _lib_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(41938);
/* harmony import */ var _registry_layout_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(32567);
/* harmony import */ var _registry_oci_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(90464);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(17301);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(98979);
/**
 * Where runs are kept. Two stores, chosen like the registry:
 *
 * - a folder (default `.modelgate/runs/`): one `<id>.json` per run, written to a temp name in the
 *   folder and renamed into place, so parallel writers never touch each other's file, a reader never
 *   sees half a record, and a run killed mid-write leaves only a temp file (swept later);
 * - an OCI registry (`oci://<host>/<repository>`, or `oci-layout://<dir>`): one small artifact per
 *   run (artifactType application/vnd.modelgate.experiment-run.v1, the record as its one layer,
 *   embedded in the manifest's descriptor as `data` so listing reads one manifest per run), tagged
 *   `run-<id>`. Each run is a new tag pushed once: no read-modify-write, nothing for concurrent
 *   matrix jobs to race on; the manifest is pushed only after its blob, so a job cancelled midway
 *   leaves at most an unreferenced blob, never a tag without its record.
 */









const DEFAULT_RUNS_DIR = '.modelgate/runs';
const RUN_ARTIFACT = 'application/vnd.modelgate.experiment-run.v1';
const RUN_MEDIA = 'application/vnd.modelgate.experiment-run.v1+json';
const TAG_PREFIX = 'run-';
/** The folder store's read cache (see FolderRunStore.read). */
const INDEX = '.index.json';
function parseRun(text, source) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DataError */ .fL(`${source}: not JSON (${e.message})`, source);
    }
    (0,_record_js__WEBPACK_IMPORTED_MODULE_8__/* .assertRunRecord */ .Xx)(value, source);
    return value;
}
const byId = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
class FolderRunStore {
    location;
    constructor(location) {
        this.location = location;
    }
    async put(run) {
        (0,_record_js__WEBPACK_IMPORTED_MODULE_8__/* .assertRunRecord */ .Xx)(run, `run ${run.id}`);
        (0,_lib_files_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomic */ .Zf)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.location, `${run.id}.json`), JSON.stringify(run) + '\n');
    }
    /** The run files' names, sorted (by id, so by time). Temp files of writers in flight (or killed) do not match. */
    names() {
        try {
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(this.location)
                .filter((name) => name.endsWith('.json') && _record_js__WEBPACK_IMPORTED_MODULE_8__/* .RUN_ID */ .UC.test(name.slice(0, -5)))
                .sort();
        }
        catch (e) {
            if (e.code === 'ENOENT')
                return [];
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DataError */ .fL(`cannot read the runs folder ${this.location}: ${e.message}`, this.location);
        }
    }
    /**
     * The records of `names`. A run file never changes once renamed into place, so what was read and
     * validated once is kept in `.index.json` beside them (one file to read instead of thousands);
     * only files not in it are read. The index is a cache, written with temp + rename by readers
     * (never by writers, so a put stays one file); a damaged or foreign index is ignored and rebuilt,
     * and one that cannot be written (a read-only folder) is simply not kept.
     */
    read(names) {
        const indexPath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.location, INDEX);
        let index = {};
        try {
            const doc = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(indexPath, 'utf8'));
            if (doc.kind === 'modelgate-runs-index' && doc.version === 1 && doc.runs && typeof doc.runs === 'object')
                index = doc.runs;
        }
        catch {
            // No index yet, or a damaged one: read the files.
        }
        let added = 0;
        const runs = names.map((name) => {
            const known = index[name];
            if (known && known.id === name.slice(0, -5))
                return known;
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.location, name);
            added++;
            return (index[name] = parseRun((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'), path));
        });
        if (added) {
            try {
                (0,_lib_files_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomic */ .Zf)(indexPath, JSON.stringify({ kind: 'modelgate-runs-index', version: 1, runs: Object.fromEntries(this.names().filter((n) => index[n]).map((n) => [n, index[n]])) }));
            }
            catch {
                // A cache only.
            }
        }
        return runs;
    }
    async list() {
        return this.read(this.names());
    }
    /** The newest files read directly (not through the index, which holds every run), asynchronously: a step can start this while it works. */
    async recent(n) {
        return Promise.all(this.names()
            .slice(-n)
            .map(async (name) => {
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.location, name);
            return parseRun(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8'), path);
        }));
    }
}
/** Runs of many jobs in an OCI registry: one tagged artifact per run. */
class RegistryRunStore {
    backend;
    location;
    constructor(backend) {
        this.backend = backend;
        this.location = backend.location;
    }
    async put(run) {
        (0,_record_js__WEBPACK_IMPORTED_MODULE_8__/* .assertRunRecord */ .Xx)(run, `run ${run.id}`);
        const bytes = (0,_registry_oci_js__WEBPACK_IMPORTED_MODULE_6__/* .jsonBytes */ .yN)(run);
        const layer = { ...(0,_registry_oci_js__WEBPACK_IMPORTED_MODULE_6__/* .describe */ .q0)(RUN_MEDIA, bytes, { [_registry_oci_js__WEBPACK_IMPORTED_MODULE_6__/* .ANN */ .Eh.title]: `${run.id}.json` }), data: bytes.toString('base64') };
        await this.backend.putBlob({ digest: _registry_oci_js__WEBPACK_IMPORTED_MODULE_6__/* .EMPTY */ .wg.digest, size: _registry_oci_js__WEBPACK_IMPORTED_MODULE_6__/* .EMPTY */ .wg.size, bytes: Buffer.from('{}') });
        await this.backend.putBlob({ digest: layer.digest, size: layer.size, bytes });
        const manifest = {
            schemaVersion: 2,
            mediaType: _registry_oci_js__WEBPACK_IMPORTED_MODULE_6__/* .MEDIA */ .Rn.manifest,
            artifactType: RUN_ARTIFACT,
            config: _registry_oci_js__WEBPACK_IMPORTED_MODULE_6__/* .EMPTY */ .wg,
            layers: [layer],
            annotations: { [_registry_oci_js__WEBPACK_IMPORTED_MODULE_6__/* .ANN */ .Eh.created]: run.createdAt },
        };
        await this.backend.putManifest((0,_registry_oci_js__WEBPACK_IMPORTED_MODULE_6__/* .jsonBytes */ .yN)(manifest), _registry_oci_js__WEBPACK_IMPORTED_MODULE_6__/* .MEDIA */ .Rn.manifest, TAG_PREFIX + run.id);
    }
    async list() {
        return this.readTags(await this.tags());
    }
    async recent(n) {
        return this.readTags((await this.tags()).slice(-n));
    }
    async tags() {
        return (await this.backend.listTags()).filter((t) => t.startsWith(TAG_PREFIX) && _record_js__WEBPACK_IMPORTED_MODULE_8__/* .RUN_ID */ .UC.test(t.slice(TAG_PREFIX.length))).sort();
    }
    async readTags(tags) {
        const runs = new Array(tags.length);
        // A few requests in flight: one manifest per run holds the whole record.
        let next = 0;
        const worker = async () => {
            while (next < tags.length) {
                const i = next++;
                runs[i] = await this.read(tags[i]);
            }
        };
        await Promise.all(Array.from({ length: Math.min(8, tags.length) }, worker));
        return runs.sort(byId);
    }
    async read(tag) {
        const where = `${this.location}:${tag}`;
        const m = await this.backend.getManifest(tag);
        if (!m)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DataError */ .fL(`${where}: the tag went away while listing`, where);
        const manifest = JSON.parse(m.bytes.toString('utf8'));
        const layer = manifest.layers?.[0];
        if (manifest.artifactType !== RUN_ARTIFACT || !layer || layer.mediaType !== RUN_MEDIA)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DataError */ .fL(`${where}: not a modelgate experiment run (artifactType ${manifest.artifactType ?? 'none'})`, where);
        const bytes = layer.data ? (0,_registry_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .verifyBytes */ .RV)(Buffer.from(layer.data, 'base64'), layer.digest, where) : await this.backend.getBlob(layer);
        return parseRun(bytes.toString('utf8'), where);
    }
}
/**
 * The store an `experiments` value names: `false` (none), `oci://…` or `oci-layout://…` (a
 * registry repository), or a folder.
 */
function openRunStore(spec, conn = envConnection()) {
    const s = (spec ?? DEFAULT_RUNS_DIR).trim();
    if (s === 'false' || s === '')
        return undefined;
    if (/^oci(-layout)?:\/\//.test(s)) {
        const ref = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_7__/* .parseReference */ .F2)(s, 'experiments');
        return new RegistryRunStore((0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_7__/* .openBackend */ .f2)({ ...ref, tag: undefined, digest: undefined }, conn));
    }
    return new FolderRunStore(s);
}
/** Registry credentials from MODELGATE_REGISTRY_USERNAME with _PASSWORD or _TOKEN, as the registry CLI reads them. */
function envConnection(env = process.env) {
    return { credentials: { username: env.MODELGATE_REGISTRY_USERNAME, password: env.MODELGATE_REGISTRY_PASSWORD, token: env.MODELGATE_REGISTRY_TOKEN } };
}


/***/ }),

/***/ 3931:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ runCompare),
/* harmony export */   X: () => (/* binding */ loadEvaluation)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4522);
/* harmony import */ var _lib_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41938);
/* harmony import */ var _schemas_validate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(60704);
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(55406);
/* harmony import */ var _paired_data_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7302);
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(36358);
/**
 * compare-to-baseline without GitHub: load the two evaluations, pair their rows when they ran on
 * the same data, run the gates, write comparison.json and the comment markdown (atomically).
 */







function readJson(path, input) {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`input '${input}': file not found: ${path}`);
    }
    try {
        return JSON.parse(text);
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DataError */ .fL(`${path}: not valid JSON (${e.message.split('\n')[0]})`, path);
    }
}
function loadEvaluation(path, input) {
    const json = readJson(path, input);
    (0,_schemas_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .assertArtifact */ .fp)('evaluation', json, path);
    const ev = json;
    // What a schema cannot say: an interval runs from low to high (a reversed one would turn the
    // gates' one-sided tests around).
    const check = (metrics, where) => {
        for (const [name, m] of Object.entries(metrics)) {
            if (m.ci && !(m.ci[0] <= m.ci[1]))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DataError */ .fL(`${path}: ${where}${name}.ci [${m.ci.join(', ')}] runs from high to low`, path);
        }
    };
    check(ev.metrics, 'metrics.');
    ev.slices.forEach((s, i) => s.metrics && check(s.metrics, `slices[${i}].metrics.`));
    return ev;
}
async function runCompare(config, log, markdownOf) {
    const candidate = loadEvaluation(config.candidate, 'candidate');
    const baseline = config.baseline ? loadEvaluation(config.baseline, 'baseline') : undefined;
    const spec = config.gates ? (0,_spec_js__WEBPACK_IMPORTED_MODULE_6__/* .parseGates */ .t)(...Object.values((0,_lib_files_js__WEBPACK_IMPORTED_MODULE_2__/* .readConfigInput */ .nt)(config.gates, 'gates'))) : (0,_spec_js__WEBPACK_IMPORTED_MODULE_6__/* .parseGates */ .t)({}, 'no gates');
    if (!spec.gates.length)
        log.warning('no gates configured: compare-to-baseline reports the metrics and gives no verdict');
    const confidence = config.confidence ?? spec.confidence ?? 0.95;
    const correction = config.correction ?? spec.correction ?? 'holm';
    let paired;
    const notes = [];
    if (baseline) {
        if (baseline.task !== candidate.task)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DataError */ .fL(`${config.baseline}: a ${baseline.task} evaluation cannot be compared with the candidate's ${candidate.task} one`, config.baseline);
        if (baseline.data.sha256 === candidate.data.sha256 && baseline.label === candidate.label) {
            paired = await log.group('Pairing predictions', async () => (0,_paired_data_js__WEBPACK_IMPORTED_MODULE_5__/* .loadPaired */ .aM)(candidate, config.candidate, baseline, config.baseline));
        }
        else {
            notes.push(`cannot pair rows: the baseline was evaluated on different data (sha256 ${baseline.data.sha256.slice(0, 12)} vs ${candidate.data.sha256.slice(0, 12)}); evaluate the baseline model on the candidate's data for paired tests. Using unpaired tests from each evaluation's intervals.`);
            log.warning(notes[notes.length - 1]);
        }
    }
    const dataReport = config.dataReport ? readJson(config.dataReport, 'data-report') : undefined;
    if (dataReport)
        (0,_schemas_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .assertArtifact */ .fp)('data-report', dataReport, config.dataReport);
    const dataValidation = dataReport ? { passed: dataReport.passed, violations: dataReport.violations.count, drifted: dataReport.drift.filter((d) => d.drifted).map((d) => d.column) } : undefined;
    const comparison = (0,_compare_js__WEBPACK_IMPORTED_MODULE_4__/* .compare */ .UD)({ candidate, candidatePath: config.candidate, baseline, baselinePath: config.baseline, paired, spec, confidence, correction, resamples: config.bootstrap, seed: config.seed, dataValidation });
    comparison.notes.unshift(...notes);
    (0,_schemas_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .assertArtifact */ .fp)('comparison', comparison, config.out, 'write');
    const render = (c) => markdownOf(c, { candidate, baseline, dataReport, training: config.training, sweep: config.sweep, runUrl: config.runUrl, artifactsUrl: config.runUrl ? `${config.runUrl}#artifacts` : undefined });
    const markdown = render(comparison);
    (0,_lib_files_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFilesAtomic */ .aV)([
        { path: config.out, data: JSON.stringify(comparison, null, 2) + '\n' },
        { path: config.commentFile, data: markdown },
    ]);
    for (const g of comparison.gates)
        (g.passed ? log.info : log.error)(`${g.passed ? 'pass' : 'FAIL'} ${g.metric}${g.slice ? `[${g.slice.column}=${g.slice.value}]` : ''} ${g.rule}: ${g.reason}`);
    return { comparison, markdown, render };
}


/***/ })

};
