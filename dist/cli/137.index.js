export const id = 137;
export const ids = [137];
export const modules = {

/***/ 78137:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  actionsCacheHooks: () => (/* binding */ actionsCacheHooks),
  "default": () => (/* binding */ evaluate_model),
  recordEvaluation: () => (/* binding */ recordEvaluation)
});

// EXTERNAL MODULE: ./.build/js/src/data/scan.js + 1 modules
var scan = __webpack_require__(48806);
// EXTERNAL MODULE: ./.build/js/src/data/time-split.js
var time_split = __webpack_require__(10264);
// EXTERNAL MODULE: ./.build/js/src/errors.js
var errors = __webpack_require__(4522);
// EXTERNAL MODULE: ./.build/js/src/model/evaluate.js + 4 modules
var evaluate = __webpack_require__(1088);
// EXTERNAL MODULE: ./.build/js/src/experiments/store.js
var experiments_store = __webpack_require__(21459);
// EXTERNAL MODULE: ./.build/js/src/experiments/track.js
var track = __webpack_require__(6277);
// EXTERNAL MODULE: ./.build/js/src/explain/importance.js
var importance = __webpack_require__(24755);
// EXTERNAL MODULE: ./.build/js/src/report/markdown.js
var markdown = __webpack_require__(29527);
// EXTERNAL MODULE: ./.build/js/src/report/fairness.js
var report_fairness = __webpack_require__(67199);
;// CONCATENATED MODULE: ./.build/js/src/report/evaluation.js


const pctOf = (c) => `${Math.round(c * 1000) / 10}%`;
function metricRows(metrics) {
    return Object.entries(metrics).map(([name, m]) => [
        `\`${name}\``,
        m.value === null ? `undefined${m.reason ? ` (${(0,markdown/* esc */.UQ)(m.reason, 80)})` : ''}` : (0,markdown/* fmt */.Sc)(m.value),
        m.ci ? `[${(0,markdown/* fmt */.Sc)(m.ci[0])}, ${(0,markdown/* fmt */.Sc)(m.ci[1])}]` : '–',
        m.method ? (0,markdown/* esc */.UQ)(m.method, 60) : '',
    ]);
}
function evaluationMarkdown(ev) {
    const out = [];
    out.push(`### Model evaluation: ${ev.task}, ${ev.rows.toLocaleString('en-US')} rows`, '', `Model ${(0,markdown/* esc */.UQ)(ev.model.path)} (sha256 \`${ev.model.sha256.slice(0, 12)}\`, ${(ev.model.bytes / 1024).toFixed(1)} KiB) on ${ev.data.sources.map((s) => (0,markdown/* esc */.UQ)(s)).join(', ')}` +
        (ev.data.shard ? `, shard ${(0,markdown/* esc */.UQ)(ev.data.shard)}` : '') +
        (ev.positiveLabel !== null ? ` · positive class ${(0,markdown/* esc */.UQ)(ev.positiveLabel)}, threshold ${ev.threshold}` : ''), '', (0,markdown/* table */.tp)(['metric', 'value', `${pctOf(ev.confidence)} interval`, 'method'], metricRows(ev.metrics), ['l', 'r', 'l', 'l']));
    const cm = ev.tables.confusion;
    if (cm) {
        const head = ['true \\ predicted', ...ev.classes.map((c) => (0,markdown/* esc */.UQ)(c, 30))];
        out.push('', (0,markdown/* details */.zH)('Confusion matrix', (0,markdown/* table */.tp)(head, cm.map((row, i) => [(0,markdown/* esc */.UQ)(ev.classes[i], 30), ...row.map(String)]))));
    }
    const cal = ev.tables.calibration;
    if (cal) {
        out.push('', (0,markdown/* details */.zH)(`Calibration (expected calibration error ${(0,markdown/* fmt */.Sc)(ev.metrics.ece?.value ?? null)})`, (0,markdown/* table */.tp)(['bin', 'rows', 'mean predicted', 'observed rate'], cal.map((b) => [`[${(0,markdown/* fmt */.Sc)(b.low, 2)}, ${(0,markdown/* fmt */.Sc)(b.high, 2)})`, String(b.count), (0,markdown/* fmt */.Sc)(b.meanPredicted), (0,markdown/* fmt */.Sc)(b.observedRate)]), ['l', 'r', 'r', 'r'])));
    }
    if (ev.slices.length) {
        const names = ['accuracy', 'roc_auc', 'f1', 'macro_f1', 'recall', 'mae', 'rmse', 'r2'].filter((n) => n in ev.metrics).slice(0, 4);
        const rows = ev.slices.map((s) => [
            (0,markdown/* esc */.UQ)(s.column),
            (0,markdown/* esc */.UQ)(s.value, 40),
            String(s.rows),
            ...names.map((n) => {
                if (!s.metrics)
                    return '–';
                const m = s.metrics[n];
                if (!m || m.value === null)
                    return 'n/a';
                return `${(0,markdown/* fmt */.Sc)(m.value)}${m.ci ? ` [${(0,markdown/* fmt */.Sc)(m.ci[0], 3)}, ${(0,markdown/* fmt */.Sc)(m.ci[1], 3)}]` : ''}`;
            }),
        ]);
        const skipped = ev.slices.filter((s) => s.skipped).map((s) => `- ${(0,markdown/* esc */.UQ)(s.column)} = ${(0,markdown/* esc */.UQ)(s.value)}: ${(0,markdown/* esc */.UQ)(s.skipped, 200)}`);
        out.push('', (0,markdown/* details */.zH)(`Slices (${ev.slices.length})`, (0,markdown/* table */.tp)(['column', 'value', 'rows', ...names], rows) + (skipped.length ? '\n\n' + skipped.join('\n') : '')));
    }
    // The audit and importance alone (no baseline, no gates): the comment's sections with nothing to compare.
    const fairness = ev.fairness ? (0,report_fairness/* fairnessOnly */.C9)(ev) : undefined;
    if (fairness)
        out.push('', fairness);
    const importance = (0,report_fairness/* importanceSection */.Oj)(ev);
    if (importance)
        out.push('', importance);
    const l = ev.latency;
    out.push('', (0,markdown/* details */.zH)('Latency', (0,markdown/* table */.tp)(['', 'p50', 'p95', 'p99'], [
        [`per batch (${l.batchSize} rows)`, `${(0,markdown/* fmt */.Sc)(l.p50Ms, 3)} ms`, `${(0,markdown/* fmt */.Sc)(l.p95Ms, 3)} ms`, `${(0,markdown/* fmt */.Sc)(l.p99Ms, 3)} ms`],
        ['per row', `${(0,markdown/* fmt */.Sc)(l.perRow.p50Ms * 1000, 3)} µs`, `${(0,markdown/* fmt */.Sc)(l.perRow.p95Ms * 1000, 3)} µs`, `${(0,markdown/* fmt */.Sc)(l.perRow.p99Ms * 1000, 3)} µs`],
    ]) + `\n\n${Math.round(l.rowsPerSecond).toLocaleString('en-US')} rows/s over ${l.batches} batches; model file ${(l.modelBytes / 1024).toFixed(1)} KiB`));
    if (ev.notes.length)
        out.push('', ev.notes.map((n) => `- ${(0,markdown/* esc */.UQ)(n, 300)}`).join('\n'));
    return out.join('\n') + '\n';
}

// EXTERNAL MODULE: ./.build/js/src/registry/pull-input.js
var pull_input = __webpack_require__(71059);
// EXTERNAL MODULE: ./.build/js/src/actions/types.js
var types = __webpack_require__(51692);
// EXTERNAL MODULE: ./.build/js/src/actions/html.js + 3 modules
var html = __webpack_require__(23973);
;// CONCATENATED MODULE: ./.build/js/src/actions/evaluate-model.js
/** evaluate-model adapter: inputs -> EvaluateConfig -> evaluate() -> outputs, summary. */











/**
 * In Actions, the onnxruntime-node install is kept across runs with @actions/cache, loaded only
 * when the install is missing (the toolkit and its Azure client are a large share of the
 * command's start-up otherwise).
 */
function actionsCacheHooks() {
    if (!process.env.GITHUB_ACTIONS)
        return {};
    const available = async () => {
        const cache = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(838), __webpack_require__.e(691)]).then(__webpack_require__.bind(__webpack_require__, 61691));
        return cache.isFeatureAvailable() ? cache : undefined;
    };
    return {
        restore: async (dir, key) => {
            const cache = await available();
            return cache !== undefined && (await cache.restoreCache([dir], key)) !== undefined;
        },
        save: async (dir, key) => {
            const cache = await available();
            if (!cache)
                return;
            try {
                await cache.saveCache([dir], key);
            }
            catch (e) {
                // Another job saved the same key first: nothing to do.
                if (!(e instanceof cache.ReserveCacheError))
                    throw e;
            }
        },
    };
}
/**
 * Records an evaluation as an experiment run: params come from the train run (of the last 200)
 * that produced the same model bytes, so `exp show` lists an evaluation beside the settings that
 * made its model. Never fails the step (see src/experiments/track.ts).
 */
async function recordEvaluation(ev, config, startedAt, log, sweep = null, early) {
    const store = (0,experiments_store/* openRunStore */.$)(config.experiments);
    // A merge of shards is recorded by the job that merges; a single shard is not a run of its own.
    if (!store || config.shard)
        return undefined;
    const reads = early ?? startReads(store);
    // A store that fails to list is a warning (in trainRunOf); a rejection must not go unhandled meanwhile.
    const train = await (0,track/* trainRunOf */.Vj)(reads.recent, ev.model.sha256, store.location, log);
    const run = (0,track/* evaluationRecord */.gY)(ev, { evaluation: config.out, predictions: ev.predictions }, startedAt, Date.now() - startedAt.getTime(), await reads.context, train, sweep);
    return (0,track/* storeRun */.Pc)(store, run, log);
}
function startReads(store) {
    const recent = store.recent(track/* RECENT */.Ot);
    recent.catch(() => undefined);
    return { context: (0,track/* runContext */.pO)(process.cwd()), recent };
}
/* harmony default export */ const evaluate_model = ((0,types/* defineAction */.Q)({
    name: 'evaluate-model',
    parse(inputs) {
        const merge = inputs.paths('merge');
        const data = inputs.paths('data');
        const model = inputs.path('model');
        if (!merge.length && (!model || !data.length))
            throw new errors/* ConfigurationError */.j1(`inputs 'model' and 'data' are required (or 'merge' to merge shard evaluations)`);
        const confidence = inputs.number('confidence', { min: 0.5, max: 0.9999 }) ?? 0.95;
        const config = {
            model,
            data,
            merge,
            format: inputs.choice('format', ['csv', 'tsv', 'jsonl', 'parquet']),
            label: merge.length ? inputs.string('label') : inputs.required('label'),
            task: inputs.choice('task', ['binary', 'multiclass', 'regression']),
            features: inputs.list('features').length ? inputs.list('features') : undefined,
            ignore: inputs.list('ignore'),
            naValues: (0,scan/* parseNaValues */.vA)(inputs.list('na-values')),
            positiveLabel: inputs.string('positive-label'),
            threshold: inputs.number('threshold', { min: 0, max: 1 }) ?? 0.5,
            scoreType: inputs.choice('score-type', ['auto', 'probability', 'logit']) ?? 'auto',
            sliceBy: inputs.list('slice-by'),
            sensitive: inputs.list('sensitive'),
            minSliceRows: inputs.number('min-slice-rows', { min: 1, integer: true }) ?? 30,
            confidence,
            bootstrap: inputs.number('bootstrap', { min: 100, max: 100000, integer: true }) ?? 1000,
            seed: inputs.number('seed', { min: 0, integer: true }) ?? 0,
            batchSize: inputs.number('batch-size', { min: 1, max: 1 << 20, integer: true }) ?? 4096,
            importance: inputs.boolean('importance', false)
                ? {
                    repeats: inputs.number('importance-repeats', { min: 1, max: 1000, integer: true }) ?? 5,
                    maxRows: inputs.number('importance-max-rows', { min: 2, integer: true }) ?? 10000,
                    metric: inputs.choice('importance-metric', importance/* IMPORTANCE_METRICS */.h8),
                }
                : undefined,
            shard: inputs.shard('shard'),
            out: inputs.path('out') ?? 'evaluation.json',
            predictions: inputs.path('predictions'),
            html: inputs.path('html'),
            split: (0,time_split/* parseTimeSplit */.Lc)(inputs.string('split-by'), inputs.string('split-at')),
            workers: inputs.number('workers', { min: 1, max: 256, integer: true }),
            experiments: inputs.string('experiments'),
        };
        return Object.freeze(config);
    },
    async run(config, log) {
        const startedAt = new Date();
        // Git and the store's recent runs are read while the model is evaluated (only when the run is recorded).
        const runStore = config.shard ? undefined : (0,experiments_store/* openRunStore */.$)(config.experiments);
        const early = runStore ? startReads(runStore) : undefined;
        // A registry reference (oci-layout://…, oci://…) is pulled, digests verified, and its model evaluated.
        const model = (0,pull_input/* isRegistryReference */.lb)(config.model) ? (await (0,pull_input/* pullVersion */.kI)(config.model, 'model', { withModel: true, withEvaluation: false })).model : config.model;
        const ev = await (0,evaluate.evaluate)({ ...config, model }, log, actionsCacheHooks());
        (0,html/* writeHtml */.Tn)(config.html, { title: 'modelgate: evaluation', evaluations: [{ name: config.model ?? config.out, evaluation: ev }] }, log);
        const run = await recordEvaluation(ev, config, startedAt, log, null, early);
        const value = (name) => {
            const m = ev.metrics[name];
            return m && m.value !== null ? m.value : '';
        };
        return {
            passed: true,
            outputs: {
                task: ev.task,
                rows: ev.rows,
                accuracy: value('accuracy'),
                'roc-auc': value('roc_auc'),
                f1: value('f1'),
                'macro-f1': value('macro_f1'),
                'log-loss': value('log_loss'),
                rmse: value('rmse'),
                mae: value('mae'),
                r2: value('r2'),
                report: config.out,
                predictions: (0,evaluate/* predictionsPath */.ku)(config),
                // Deprecated snake_case aliases (the names before v1.1), kept until v2.
                roc_auc: value('roc_auc'),
                macro_f1: value('macro_f1'),
                log_loss: value('log_loss'),
                'run-id': run?.id ?? '',
            },
            summary: evaluationMarkdown(ev),
        };
    },
}));


/***/ }),

/***/ 30269:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eR: () => (/* binding */ currentBranch),
/* harmony export */   pO: () => (/* binding */ runContext)
/* harmony export */ });
/* unused harmony exports pullRequestNumber, gitSnapshot */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var _github_event_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39421);
/**
 * Where a run happened: git commit and branch, the pull request, the Actions run. Read from the
 * runner's environment (GITHUB_HEAD_REF, GITHUB_REF_NAME, GITHUB_EVENT_PATH, GITHUB_RUN_ID) and,
 * outside Actions, from git itself. Never fails a run: what cannot be read is null.
 */


function git(args, cwd) {
    return new Promise((done) => (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', args, { cwd, encoding: 'utf8', windowsHide: true }, (err, out) => done(err ? undefined : out.trim())));
}
/** The pull request number of the event, when the event is a pull request. */
function pullRequestNumber(env = process.env) {
    if (!env.GITHUB_EVENT_PATH)
        return null;
    try {
        return (0,_github_event_js__WEBPACK_IMPORTED_MODULE_1__/* .pullRequestFromEvent */ .vR)((0,_github_event_js__WEBPACK_IMPORTED_MODULE_1__/* .readEventPayload */ .N5)(env.GITHUB_EVENT_PATH))?.number ?? null;
    }
    catch {
        return null;
    }
}
/** The branch: the runner's (in a pull request HEAD is detached on the merge commit), else git's; null when detached or unknown. */
async function currentBranch(root, env = process.env) {
    const b = env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || (await git(['rev-parse', '--abbrev-ref', 'HEAD'], root));
    return b && b !== 'HEAD' ? b : null;
}
/**
 * Commit, branch and dirty state from one `git status --porcelain=v2 --branch` (one process, not
 * three): `# branch.oid` is HEAD, `# branch.head` the branch (`(detached)` when none); any entry line
 * outside modelgate's own folder means a dirty tree, as gitState counts it.
 */
async function gitSnapshot(root) {
    const out = await git(['status', '--porcelain=v2', '--branch', '--', ':/', ':(exclude,literal).modelgate'], root);
    if (out === undefined)
        return null;
    let commit;
    let branch = null;
    let dirty = false;
    for (const line of out.split('\n')) {
        if (line.startsWith('# branch.oid '))
            commit = line.slice(13).trim();
        else if (line.startsWith('# branch.head ')) {
            const b = line.slice(14).trim();
            branch = b === '(detached)' ? null : b;
        }
        else if (line && !line.startsWith('#'))
            dirty = true;
    }
    if (!commit || !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(commit))
        return null;
    return { state: { commit, dirty }, branch };
}
/**
 * The context of a run in `root`. `known` is the git state the step already read (train does), with
 * `branch` asked for while it worked; otherwise one `git status` gives all three. Steps start this
 * when they start, so git runs while the step works.
 */
async function runContext(root, known, env = process.env, branch) {
    const runner = env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || null;
    let state;
    let name;
    if (known !== undefined)
        [state, name] = [known, runner ?? (await (branch ?? currentBranch(root, env)))];
    else {
        const snap = await gitSnapshot(root);
        [state, name] = [snap?.state ?? null, runner ?? snap?.branch ?? null];
    }
    return {
        git: state ? { commit: state.commit, branch: name, dirty: state.dirty } : null,
        pullRequest: pullRequestNumber(env),
        runUrl: env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY ? (0,_github_event_js__WEBPACK_IMPORTED_MODULE_1__/* .runUrl */ .Vp)(env.GITHUB_SERVER_URL ?? 'https://github.com', env.GITHUB_REPOSITORY, env.GITHUB_RUN_ID) : null,
    };
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

/***/ 6277:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ot: () => (/* binding */ RECENT),
/* harmony export */   Oy: () => (/* binding */ trainRecord),
/* harmony export */   Pc: () => (/* binding */ storeRun),
/* harmony export */   Vj: () => (/* binding */ trainRunOf),
/* harmony export */   gY: () => (/* binding */ evaluationRecord),
/* harmony export */   pO: () => (/* reexport safe */ _context_js__WEBPACK_IMPORTED_MODULE_1__.pO)
/* harmony export */ });
/* unused harmony export runParams */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30269);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98979);
/**
 * Records from what the steps already produce: a train manifest, an evaluation. The adapters call
 * `recordTrain` / `recordEvaluation` after the step's own artifacts are written; a store that fails
 * is a warning, never a failed step (tracking is a record of the work, not the work).
 */



/** A train manifest's params as run params: the built-in settings unprefixed, a params file's values as they are. */
function runParams(manifest) {
    const values = { ...(manifest.params?.values ?? {}) };
    const builtin = values.builtin;
    delete values.builtin;
    const out = (0,_record_js__WEBPACK_IMPORTED_MODULE_2__/* .flattenForRun */ .tC)(values);
    if (builtin && typeof builtin === 'object') {
        const b = { ...builtin };
        // Lineage fields, not settings: the data digest has its own column.
        delete b.data;
        delete b.rows;
        Object.assign(out, (0,_record_js__WEBPACK_IMPORTED_MODULE_2__/* .flattenForRun */ .tC)(b));
    }
    return out;
}
function trainRecord(manifest, ctx, sweep = null) {
    const builtin = manifest.params?.values.builtin;
    const model = manifest.outputs.find((o) => o.path.endsWith('.onnx')) ?? manifest.outputs[0];
    const metrics = {};
    for (const [k, v] of Object.entries(manifest.metrics?.values ?? {}))
        metrics[k] = { value: v, ci: null };
    return {
        kind: 'experiment-run',
        schemaVersion: 1,
        id: (0,_record_js__WEBPACK_IMPORTED_MODULE_2__/* .newRunId */ .F$)(new Date(manifest.startedAt)),
        source: 'train',
        createdAt: manifest.startedAt,
        durationMs: manifest.durationMs,
        git: ctx.git,
        pullRequest: ctx.pullRequest,
        runUrl: ctx.runUrl,
        params: runParams(manifest),
        metrics,
        confidence: null,
        data: builtin?.data?.sha256 ? { sha256: builtin.data.sha256, rows: builtin.rows?.train ?? null } : null,
        model: model ? { sha256: model.sha256 } : null,
        evaluation: null,
        predictions: null,
        cacheHit: manifest.cacheHit,
        key: manifest.key,
        sweep,
        trainRun: null,
    };
}
function evaluationRecord(ev, paths, startedAt, durationMs, ctx, train, sweep = null) {
    const metrics = {};
    for (const [k, m] of Object.entries(ev.metrics)) {
        if (!m)
            continue;
        metrics[k] = { value: m.value, ci: m.ci ? [m.ci[0], m.ci[1]] : null };
    }
    return {
        kind: 'experiment-run',
        schemaVersion: 1,
        id: (0,_record_js__WEBPACK_IMPORTED_MODULE_2__/* .newRunId */ .F$)(startedAt),
        source: 'evaluate-model',
        createdAt: startedAt.toISOString(),
        durationMs,
        git: ctx.git,
        pullRequest: ctx.pullRequest,
        runUrl: ctx.runUrl,
        params: train ? { ...train.params } : {},
        metrics,
        confidence: ev.confidence,
        data: { sha256: ev.data.sha256, rows: ev.rows },
        model: { sha256: ev.model.sha256 },
        evaluation: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(paths.evaluation),
        predictions: paths.predictions ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(paths.predictions) : null,
        cacheHit: null,
        key: null,
        sweep,
        trainRun: train?.id ?? null,
    };
}
/** Stores a run; a failure is a warning naming the store. Returns the run stored, if it was. */
async function storeRun(store, run, log) {
    if (!store)
        return undefined;
    try {
        await store.put(run);
        log.info(`experiment run ${run.id} recorded in ${store.location}`);
        return run;
    }
    catch (e) {
        log.warning(`experiment run not recorded in ${store.location}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
        return undefined;
    }
}
/** How far back an evaluation looks for the train run of its model. */
const RECENT = 200;
/**
 * The newest train run among `recent` (the store's last 200, read while the step worked) that
 * produced the model with this digest. A store that cannot be read is a warning.
 */
async function trainRunOf(recent, modelSha256, where, log) {
    if (!recent)
        return undefined;
    try {
        const runs = await recent;
        for (let i = runs.length - 1; i >= 0; i--)
            if (runs[i].source === 'train' && runs[i].model?.sha256 === modelSha256)
                return runs[i];
    }
    catch (e) {
        log.warning(`experiment runs of ${where} not read: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    }
    return undefined;
}



/***/ }),

/***/ 67199:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C9: () => (/* binding */ fairnessOnly),
/* harmony export */   Oj: () => (/* binding */ importanceSection),
/* harmony export */   X8: () => (/* binding */ fairnessSection)
/* harmony export */ });
/* harmony import */ var _fairness_measures_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35330);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29527);


const signed = (x) => `${x > 0 ? '+' : x < 0 ? '−' : '±'}${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)(Math.abs(x), 3)}`;
const interval = (ci) => (ci ? ` [${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)(ci[0], 3)}, ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)(ci[1], 3)}]` : '');
function verdict(gates) {
    if (!gates.length)
        return '';
    const failed = gates.filter((g) => !g.passed);
    if (failed.length)
        return `❌ ${failed.map((g) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(g.rule)).join(', ')}`;
    return `${gates.some((g) => g.warning || g.underpowered) ? '⚠️' : '✅'} ${gates.map((g) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(g.rule)).join(', ')}`;
}
function rate(r, b) {
    if (r.value === null)
        return '–';
    const d = b?.value !== undefined && b.value !== null && b.value !== r.value ? ` (${signed(r.value - b.value)})` : '';
    return `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)(r.value, 3)}${interval(r.ci)}${d}`;
}
function featureSection(f, base, gates) {
    const rows = _fairness_measures_js__WEBPACK_IMPORTED_MODULE_0__/* .MEASURES */ .sF.map((m) => {
        const c = f.measures[m];
        const b = base?.measures[m];
        const own = gates.filter((g) => g.metric === m);
        const paired = own.find((g) => g.delta !== null);
        const delta = paired ? `${signed(paired.delta)}${interval(paired.ci)}` : c.value !== null && b?.value !== null && b?.value !== undefined ? signed(c.value - b.value) : '–';
        return [`\`${m}\``, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)(b?.value ?? null, 3), c.value === null ? '–' : `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)(c.value, 3)}${interval(c.ci)}`, delta, c.groups ? `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(c.groups[0], 40)} / ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(c.groups[1], 40)}` : '–', verdict(own)];
    });
    const measures = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['measure', 'baseline', 'candidate [interval]', 'Δ [interval]', 'set by (low / high)', 'gate'], rows, ['l', 'r', 'r', 'l', 'l', 'l']);
    const groups = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['group', 'rows', 'selection rate', 'true positive rate', 'false positive rate', 'precision', 'accuracy'], f.groups.map((g) => {
        const b = base?.groups.find((x) => x.value === g.value);
        return [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(g.value, 40), String(g.rows), rate(g.selectionRate, b?.selectionRate), rate(g.truePositiveRate, b?.truePositiveRate), rate(g.falsePositiveRate, b?.falsePositiveRate), rate(g.precision, b?.precision), rate(g.accuracy, b?.accuracy)];
    }), ['l', 'r', 'r', 'r', 'r', 'r', 'r']);
    const fourFifths = f.fourFifths === null ? '' : `Four-fifths rule: disparate impact ratio ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)(f.measures.disparate_impact_ratio.value, 3)} ${f.fourFifths ? '≥' : '<'} 0.8${f.fourFifths ? '' : ' (adverse impact by the rule of thumb)'}.`;
    const notes = f.notes.map((n) => `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(n, 300)}`).join('\n');
    return [`**${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(f.name, 80)}**`, measures, fourFifths, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .details */ .zH)(`Groups of ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(f.name, 80)} (rates with ${'intervals'}${base ? '; change from the baseline' : ''})`, groups), notes].filter(Boolean).join('\n\n');
}
/** The fairness section, or undefined when the candidate was not audited and no fairness gate ran. */
function fairnessSection(c, candidate, baseline) {
    const gates = c.gates.filter((g) => g.sensitive !== undefined || _fairness_measures_js__WEBPACK_IMPORTED_MODULE_0__/* .MEASURES */ .sF.includes(g.metric));
    const features = candidate.fairness?.features ?? [];
    if (!features.length && !gates.length)
        return undefined;
    const parts = features.map((f) => featureSection(f, baseline?.fairness?.features.find((x) => x.name === f.name), gates.filter((g) => g.sensitive === f.name)));
    const orphan = gates.filter((g) => g.sensitive === undefined);
    if (orphan.length)
        parts.push(orphan.map((g) => `- ❌ \`${g.metric}\` ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(g.rule)}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(g.reason, 300)}`).join('\n'));
    const failed = gates.filter((g) => !g.passed).length;
    const method = candidate.fairness ? `<sub>${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(candidate.fairness.methods.groups, 200)}; measures: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(candidate.fairness.methods.measures, 300)}; ${Math.round(candidate.fairness.confidence * 100)}% intervals.</sub>` : '';
    return [`### ${failed ? '❌' : '⚖️'} Fairness${gates.length ? ` (${failed ? `${failed} of ${gates.length} gates failed` : `${gates.length} gates passed`})` : ''}`, ...parts, method].filter(Boolean).join('\n\n');
}
/** The audit of one evaluation (evaluate-model's job summary): every feature's measures and groups. */
function fairnessOnly(ev) {
    const features = ev.fairness?.features ?? [];
    if (!features.length)
        return undefined;
    return ['### ⚖️ Fairness', ...features.map((f) => featureSection(f, undefined, []))].join('\n\n');
}
/** The top features by permutation importance, with their rank and change against the baseline's. */
function importanceSection(candidate, baseline, top = 10) {
    const imp = candidate.importance;
    if (!imp)
        return undefined;
    const base = baseline?.importance?.metric === imp.metric ? baseline.importance : undefined;
    const rank = new Map(base?.features.map((f, i) => [f.name, i + 1]));
    const rows = imp.features.slice(0, top).map((f, i) => {
        const b = base?.features.find((x) => x.name === f.name);
        const was = rank.get(f.name);
        const move = !base ? '' : was === undefined ? 'new' : was === i + 1 ? '=' : was > i + 1 ? `▲ from ${was}` : `▼ from ${was}`;
        return [String(i + 1), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(f.name, 60), `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)(f.mean, 3)} [${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)(f.low, 3)}, ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)(f.high, 3)}]`, ...(base ? [b ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)(b.mean, 3) : '–', b ? signed(f.mean - b.mean) : '–', move] : [])];
    });
    const header = ['#', 'feature', `decrease in ${imp.metric} [interval]`, ...(base ? ['baseline', 'Δ', 'rank'] : [])];
    const note = `<sub>Permutation importance: ${imp.repeats} shuffles per feature on ${imp.rows.toLocaleString('en-US')} sampled rows (seed ${imp.seed}); the interval reflects the shuffles only.${baseline && !base ? ' The baseline has no importance with the same metric to compare with.' : ''}</sub>`;
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .details */ .zH)(`Feature importance (top ${Math.min(top, imp.features.length)} of ${imp.features.length})`, [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(header, rows, ['r', 'l', 'r', ...(base ? ['r', 'r', 'l'] : [])]), note].join('\n\n'));
}


/***/ })

};
