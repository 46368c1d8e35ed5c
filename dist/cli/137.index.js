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
  "default": () => (/* binding */ evaluate_model)
});

// EXTERNAL MODULE: ./.build/js/src/data/scan.js
var scan = __webpack_require__(58666);
// EXTERNAL MODULE: ./node_modules/@actions/cache/lib/cache.js + 340 modules
var cache = __webpack_require__(61691);
// EXTERNAL MODULE: ./.build/js/src/data/time-split.js
var time_split = __webpack_require__(10264);
// EXTERNAL MODULE: ./.build/js/src/errors.js
var errors = __webpack_require__(4522);
// EXTERNAL MODULE: ./.build/js/src/model/evaluate.js + 3 modules
var evaluate = __webpack_require__(5871);
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
// EXTERNAL MODULE: ./.build/js/src/actions/html.js + 2 modules
var html = __webpack_require__(56157);
;// CONCATENATED MODULE: ./.build/js/src/actions/evaluate-model.js
/** evaluate-model adapter: inputs -> EvaluateConfig -> evaluate() -> outputs, summary. */










/** In Actions, the onnxruntime-node install is kept across runs with @actions/cache. */
function actionsCacheHooks() {
    if (!process.env.GITHUB_ACTIONS || !cache/* isFeatureAvailable */.w3())
        return {};
    return {
        restore: async (dir, key) => (await cache/* restoreCache */.P3([dir], key)) !== undefined,
        save: async (dir, key) => {
            try {
                await cache/* saveCache */.Io([dir], key);
            }
            catch (e) {
                // Another job saved the same key first: nothing to do.
                if (!(e instanceof cache/* ReserveCacheError */.Zh))
                    throw e;
            }
        },
    };
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
        };
        return Object.freeze(config);
    },
    async run(config, log) {
        // A registry reference (oci-layout://…, oci://…) is pulled, digests verified, and its model evaluated.
        const model = (0,pull_input/* isRegistryReference */.lb)(config.model) ? (await (0,pull_input/* pullVersion */.kI)(config.model, 'model', { withModel: true, withEvaluation: false })).model : config.model;
        const ev = await (0,evaluate.evaluate)({ ...config, model }, log, actionsCacheHooks());
        (0,html/* writeHtml */.Tn)(config.html, { title: 'modelgate: evaluation', evaluations: [{ name: config.model ?? config.out, evaluation: ev }] }, log);
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
            },
            summary: evaluationMarkdown(ev),
        };
    },
}));


/***/ }),

/***/ 10264:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lc: () => (/* binding */ parseTimeSplit),
/* harmony export */   Nj: () => (/* binding */ TimeSplitter),
/* harmony export */   bC: () => (/* binding */ leakageWarning)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4522);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81477);
/**
 * Time-aware splits: `split-by: <time column>` with `split-at: <cut-off>` keeps, for training, the
 * rows before the cut-off and, for evaluation, the rows at or after it, so a model is evaluated on
 * rows later than those it learnt from. The column holds ISO 8601 text (CSV, JSON Lines) or a
 * Parquet DATE / TIMESTAMP (epoch milliseconds); a row whose time is missing or not a date is
 * skipped and counted. The span of the rows kept is recorded (train-manifest.json's
 * `params.builtin.time-range`, evaluation.json's `timeRange`), so compare-to-baseline can warn when
 * evaluation rows are older than training rows (leakage).
 */


/** `split-by` and `split-at` inputs: both or neither; the cut-off is ISO 8601. */
function parseTimeSplit(splitBy, splitAt) {
    if (splitBy === undefined && splitAt === undefined)
        return undefined;
    if (splitBy === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`input 'split-at' needs 'split-by' (the time column to split on)`);
    if (splitAt === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`input 'split-by' needs 'split-at' (the cut-off: an ISO 8601 date or timestamp)`);
    const at = (0,_time_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTime */ .pe)(splitAt);
    if (_time_js__WEBPACK_IMPORTED_MODULE_1__/* .parsedKind */ .qn < _time_js__WEBPACK_IMPORTED_MODULE_1__/* .DATE */ .vH)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`input 'split-at': '${splitAt}' is not an ISO 8601 date or timestamp (e.g. 2015-01-01 or 2015-01-01T00:00:00Z)`);
    return { column: splitBy, at };
}
/** Decides row by row which side of the cut-off a row is on, and keeps the span of the rows kept. */
class TimeSplitter {
    config;
    side;
    index = -1;
    parquetKind = 0;
    min = Infinity;
    max = -Infinity;
    minKind = _time_js__WEBPACK_IMPORTED_MODULE_1__/* .DATE */ .vH;
    maxKind = _time_js__WEBPACK_IMPORTED_MODULE_1__/* .DATE */ .vH;
    otherSide = 0;
    noTime = 0;
    constructor(config, side) {
        this.config = config;
        this.side = side;
    }
    /** The header: finds the column (a ConfigurationError naming `split-by` when it is not there). */
    header(columns, file, timeKinds) {
        this.index = columns.indexOf(this.config.column);
        if (this.index < 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`input 'split-by': no column '${this.config.column}' in ${file} (columns: ${columns.join(', ')})`);
        const k = timeKinds?.[this.index];
        this.parquetKind = k === 'date' ? _time_js__WEBPACK_IMPORTED_MODULE_1__/* .DATE */ .vH : k === 'date-time-naive' ? _time_js__WEBPACK_IMPORTED_MODULE_1__/* .DATE_TIME_NAIVE */ .jV : k ? 3 : 0;
    }
    /** True when the row is on the kept side. */
    keep(cells) {
        const v = cells[this.index];
        let ms;
        let kind;
        if (typeof v === 'number' && this.parquetKind) {
            ms = v;
            kind = this.parquetKind;
        }
        else if (typeof v === 'string') {
            ms = (0,_time_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTime */ .pe)(v.trim());
            kind = _time_js__WEBPACK_IMPORTED_MODULE_1__/* .parsedKind */ .qn;
            if (kind < _time_js__WEBPACK_IMPORTED_MODULE_1__/* .DATE */ .vH) {
                this.noTime++;
                return false;
            }
        }
        else {
            this.noTime++;
            return false;
        }
        const before = ms < this.config.at;
        if (before !== (this.side === 'before')) {
            this.otherSide++;
            return false;
        }
        if (ms < this.min) {
            this.min = ms;
            this.minKind = kind;
        }
        if (ms > this.max) {
            this.max = ms;
            this.maxKind = kind;
        }
        return true;
    }
    range() {
        const show = (ms, kind) => (0,_time_js__WEBPACK_IMPORTED_MODULE_1__/* .formatTime */ .fU)(ms, kind === _time_js__WEBPACK_IMPORTED_MODULE_1__/* .DATE */ .vH, kind === _time_js__WEBPACK_IMPORTED_MODULE_1__/* .DATE_TIME_NAIVE */ .jV);
        return {
            column: this.config.column,
            splitAt: (0,_time_js__WEBPACK_IMPORTED_MODULE_1__/* .formatTime */ .fU)(this.config.at),
            side: this.side,
            min: Number.isFinite(this.min) ? show(this.min, this.minKind) : null,
            max: Number.isFinite(this.max) ? show(this.max, this.maxKind) : null,
            otherSide: this.otherSide,
            noTime: this.noTime,
        };
    }
}
/**
 * The leakage check: evaluation rows older than the newest training row. Returns the warning, or
 * null when the evaluation rows all come after the training rows (or a side has no range).
 */
function leakageWarning(train, evaluation) {
    if (!train?.max || !evaluation?.min)
        return null;
    const t = (0,_time_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTime */ .pe)(train.max);
    const e = (0,_time_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTime */ .pe)(evaluation.min);
    if (!(e < t))
        return null;
    return `leakage: evaluation rows start at ${evaluation.min} (${evaluation.column}), before the newest training row (${train.max}, ${train.column}); the model was evaluated on rows from a period it was trained on`;
}


/***/ }),

/***/ 71059:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WG: () => (/* binding */ connectionFromEnv),
/* harmony export */   kI: () => (/* binding */ pullVersion),
/* harmony export */   lb: () => (/* binding */ isRegistryReference),
/* harmony export */   n6: () => (/* binding */ recentVersions)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4522);
/* harmony import */ var _oci_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(90464);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(55448);
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(76122);
/**
 * Registry references where other actions take a file: evaluate-model's `model` and
 * compare-to-baseline's `baseline` may be `oci-layout://…` or `oci://…` references. The version's
 * layers are pulled (every digest verified) into a fresh temp folder and the local path is used.
 * Credentials come from MODELGATE_REGISTRY_USERNAME / _PASSWORD / _TOKEN.
 */







const isRegistryReference = (s) => !!s && /^(oci|oci-layout):\/\//.test(s);
function connectionFromEnv(env = process.env) {
    return {
        credentials: { username: env.MODELGATE_REGISTRY_USERNAME, password: env.MODELGATE_REGISTRY_PASSWORD, token: env.MODELGATE_REGISTRY_TOKEN },
        insecure: env.MODELGATE_REGISTRY_INSECURE === 'true',
    };
}
/** Pulls a version (model files, and evaluation.json with its predictions) into a new temp folder. */
async function pullVersion(ref, input, opts) {
    const r = (0,_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .parseReference */ .F2)(ref, input);
    const backend = (0,_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .openBackend */ .f2)({ ...r, tag: undefined, digest: undefined }, opts.conn ?? connectionFromEnv());
    const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(process.env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'modelgate-pull-'));
    const wanted = new Set([...(opts.withModel ? [_oci_js__WEBPACK_IMPORTED_MODULE_4__/* .MEDIA */ .Rn.modelFile] : []), ...(opts.withEvaluation ? [_oci_js__WEBPACK_IMPORTED_MODULE_4__/* .MEDIA */ .Rn.evaluation, _oci_js__WEBPACK_IMPORTED_MODULE_4__/* .MEDIA */ .Rn.predictions] : [])]);
    const { version, files } = await (0,_versions_js__WEBPACK_IMPORTED_MODULE_6__/* .pull */ .a$)(backend, { tag: r.tag, digest: r.digest }, dir, (l) => wanted.has(l.mediaType));
    const modelTitles = version.manifest.layers.filter((l) => l.mediaType === _oci_js__WEBPACK_IMPORTED_MODULE_4__/* .MEDIA */ .Rn.modelFile).map((l) => l.annotations?.['org.opencontainers.image.title'] ?? '');
    const model = modelTitles.find((t) => t.endsWith('.onnx')) ?? modelTitles[0];
    const out = { dir, files, version, model: model ? files[model] : undefined, evaluation: files['evaluation.json'] };
    if (opts.withModel && !out.model)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DataError */ .fL(`input '${input}': ${ref} holds no model file`);
    return out;
}
/** The last `last` versions of the model a reference names (its tag or digest ignored). */
async function recentVersions(ref, last, conn) {
    const r = (0,_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .parseReference */ .F2)(ref);
    return (0,_versions_js__WEBPACK_IMPORTED_MODULE_6__/* .listVersions */ .yO)((0,_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .openBackend */ .f2)({ ...r, tag: undefined, digest: undefined }, conn ?? connectionFromEnv()), { last });
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
