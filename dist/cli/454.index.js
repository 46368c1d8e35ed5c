export const id = 454;
export const ids = [454,537];
export const modules = {

/***/ 26364:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__),
/* harmony export */   loadPipeline: () => (/* binding */ loadPipeline)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4522);
/* harmony import */ var _generated_actions_meta_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54900);
/* harmony import */ var _lib_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(41938);
/* harmony import */ var _lib_inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(77064);
/* harmony import */ var _lib_paths_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(66205);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(566);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(51692);
/* harmony import */ var _html_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(23973);
/* harmony import */ var _lib_pipeline_schema_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(31406);
/**
 * `modelgate run <dir>` and the top-level action: runs the stages of modelgate.yml in order, each
 * with the same definition, input names and checks as its own action:
 *
 * ```yaml
 * stages:
 *   validate-data:
 *     data: data/weather-2015.csv
 *     schema: schema.yml
 * ```
 *
 * Each stage runs with the file's directory as working directory, so its relative paths mean what
 * they say in the file, and every path must stay inside the workspace (src/lib/paths.ts). A YAML
 * list is a list input whose items are kept whole. A stage that fails does not stop the next; the
 * run fails if any did. What a stage publishes (the PR comment) runs after every stage, once the
 * outputs and the summary are written.
 */











function scalar(v) {
    if (v !== null && typeof v === 'object')
        return JSON.stringify(v);
    return String(v);
}
function loadPipeline(path, only) {
    const file = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isDirectory() ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(path, 'modelgate.yml') : path;
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`input 'path': no modelgate.yml at ${file}`);
    const doc = (0,_lib_files_js__WEBPACK_IMPORTED_MODULE_4__/* .parseYamlOrJson */ .oL)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'), file);
    (0,_lib_pipeline_schema_js__WEBPACK_IMPORTED_MODULE_9__/* .checkPipeline */ .t)(doc, file);
    if (!doc || typeof doc !== 'object' || !doc.stages || typeof doc.stages !== 'object')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${file}: expected 'stages': a list of { <action>: inputs } (or a mapping of action -> inputs)`);
    // A list runs an action more than once (e.g. evaluate-model for candidate and baseline).
    const entries = Array.isArray(doc.stages)
        ? doc.stages.map((st, i) => {
            if (!st || typeof st !== 'object' || Array.isArray(st) || Object.keys(st).length !== 1)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${file}: stages[${i}] must be a mapping with one key, the action: { validate-data: { ... } }`);
            const [name, inputs] = Object.entries(st)[0];
            return [name, `stages[${i}].${name}`, inputs];
        })
        : Object.entries(doc.stages).map(([name, inputs]) => [name, `stages.${name}`, inputs]);
    const stages = [];
    for (const [name, at, inputs] of entries) {
        const meta = _generated_actions_meta_js__WEBPACK_IMPORTED_MODULE_3__/* .actionsMeta */ .d[name];
        if (!meta || name === 'run')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${file}: ${at}: not an action; actions: ${Object.keys(_registry_js__WEBPACK_IMPORTED_MODULE_7__/* .commands */ .P).filter((c) => c !== 'run').join(', ')}`);
        if (inputs !== null && inputs !== undefined && (typeof inputs !== 'object' || Array.isArray(inputs)))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${file}: ${at}: expected a mapping of inputs`);
        const values = {};
        for (const [k, v] of Object.entries((inputs ?? {}))) {
            if (!(k in meta.inputs))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${file}: ${at}: unknown input '${k}'`);
            if (v === null || v === undefined)
                continue;
            values[k] = Array.isArray(v) ? v.filter((x) => x !== null && x !== undefined).map(scalar) : scalar(v);
        }
        stages.push({ name, at, values });
    }
    for (const s of only)
        if (!stages.some((st) => st.name === s))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`input 'stages': '${s}' is not a stage of ${file}`);
    return { file, stages: only.length ? stages.filter((s) => only.includes(s.name)) : stages, paths: (0,_lib_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .pipelinePathPolicy */ .QW)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(file)) };
}
/** Runs `fn` with `dir` as working directory. */
async function inDir(dir, fn) {
    const home = process.cwd();
    process.chdir(dir);
    try {
        return await fn();
    }
    finally {
        process.chdir(home);
    }
}
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_types_js__WEBPACK_IMPORTED_MODULE_10__/* .defineAction */ .Q)({
    name: 'run',
    secrets: ['github-token'],
    parse(inputs) {
        return Object.freeze({ ...loadPipeline(inputs.string('path') ?? '.', inputs.list('stages')), token: inputs.string('github-token'), html: inputs.path('html') });
    },
    async run(config, log) {
        const base = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(config.file));
        const outputs = {};
        const failed = [];
        const summaries = [];
        const publishes = [];
        for (const stage of config.stages) {
            const def = await _registry_js__WEBPACK_IMPORTED_MODULE_7__/* .commands */ .P[stage.name]();
            const defaults = { ...(0,_lib_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .defaultsOf */ .Gf)(stage.name), ...('github-token' in _generated_actions_meta_js__WEBPACK_IMPORTED_MODULE_3__/* .actionsMeta */ .d[stage.name].inputs ? { 'github-token': config.token } : {}) };
            const source = (0,_lib_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .mapSource */ .GU)(stage.values, defaults, { paths: config.paths, label: (k) => `key '${stage.at}.${k}'` });
            // One log group per action step at most (the runner does not nest them): a stage is a line.
            log.info(`== stage ${stage.at}`);
            const parsed = await inDir(base, async () => {
                try {
                    return def.parse(new _lib_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0(source));
                }
                catch (e) {
                    if (e instanceof Error)
                        e.message = `${config.file}: ${e.message}`;
                    throw e;
                }
            });
            const result = await inDir(base, async () => {
                try {
                    return await def.run(parsed, log);
                }
                catch (e) {
                    if (e instanceof Error)
                        e.message = `${config.file}: ${stage.at}: ${e.message}`;
                    throw e;
                }
            });
            // A repeated action's outputs are keyed name#2, name#3, ...
            let key = stage.name;
            for (let k = 2; key in outputs; k++)
                key = `${stage.name}#${k}`;
            outputs[key] = result.outputs;
            if (result.summary)
                summaries.push(result.summary);
            if (result.publish)
                publishes.push({ key, fn: result.publish });
            if (!result.passed) {
                failed.push(stage.name);
                log.error(`stage ${stage.at}: ${result.failure ?? 'failed'}`);
            }
        }
        (0,_html_js__WEBPACK_IMPORTED_MODULE_8__/* .writePipelineHtml */ .Zt)(config.html, base, outputs, log);
        return {
            passed: failed.length === 0,
            failure: failed.length ? `stages failed: ${failed.join(', ')}` : undefined,
            outputs: { passed: failed.length === 0, 'failed-stages': failed.join(','), outputs: JSON.stringify(outputs) },
            summary: summaries.join('\n\n'),
            publish: publishes.length
                ? async (plog) => {
                    const failures = [];
                    for (const p of publishes) {
                        const r = await inDir(base, () => p.fn(plog));
                        if (r.outputs)
                            Object.assign(outputs[p.key], r.outputs);
                        if (r.failure)
                            failures.push(`${p.key}: ${r.failure}`);
                    }
                    return { outputs: { outputs: JSON.stringify(outputs) }, failure: failures.length ? failures.join('; ') : undefined };
                }
                : undefined,
        };
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

/***/ 35330:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Re: () => (/* binding */ MEASURE_DIRECTION),
/* harmony export */   VX: () => (/* binding */ measureIntervals),
/* harmony export */   Vr: () => (/* binding */ groupRates),
/* harmony export */   Yg: () => (/* binding */ redrawGroups),
/* harmony export */   d6: () => (/* binding */ measuresOf),
/* harmony export */   sF: () => (/* binding */ MEASURES)
/* harmony export */ });
/* unused harmony exports TN, FP, FN, TP, spread, measureVector */
/* harmony import */ var _metrics_intervals_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94685);
/**
 * Group fairness of a binary classifier, as fairlearn defines it, from per-group confusion cells.
 *
 * Each group's rows are summarised by the four cells [tn, fp, fn, tp] (label x prediction). From
 * them, per group: selection rate (share predicted positive), true positive rate (recall), false
 * positive rate, precision and accuracy. Across groups (fairlearn's `method="between_groups"`,
 * `agg="worst_case"`):
 *
 * - demographic_parity_difference = max_g SR_g - min_g SR_g; demographic_parity_ratio = min / max
 * - equalized_odds_difference = max(TPR difference, FPR difference);
 *   equalized_odds_ratio = min(TPR ratio, FPR ratio)
 * - equal_opportunity_difference = TPR difference (fairlearn's, over the same groups)
 * - disparate_impact_ratio = min SR / max SR (the same number as demographic_parity_ratio, under the
 *   name of the four-fifths rule: a ratio under 0.8 is evidence of adverse impact)
 *
 * A rate undefined in a group (no positive labels for TPR, no negatives for FPR) leaves that group
 * out of the measures built on it. Intervals: a stratified percentile bootstrap that redraws each
 * group's cells from Multinomial(n_g, cells_g / n_g), which is the distribution of the cells of n_g
 * rows drawn with replacement from the group: the row bootstrap within groups, at O(groups) per
 * resample. Group sizes stay fixed, as they are in the data.
 */

const MEASURES = [
    'demographic_parity_difference',
    'demographic_parity_ratio',
    'equalized_odds_difference',
    'equalized_odds_ratio',
    'equal_opportunity_difference',
    'disparate_impact_ratio',
];
/** +1: higher is fairer (ratios); -1: lower is fairer (differences). */
const MEASURE_DIRECTION = {
    demographic_parity_difference: -1,
    demographic_parity_ratio: 1,
    equalized_odds_difference: -1,
    equalized_odds_ratio: 1,
    equal_opportunity_difference: -1,
    disparate_impact_ratio: 1,
};
/** Cells of one group: index label * 2 + prediction, i.e. [tn, fp, fn, tp]. */
const TN = 0;
const FP = 1;
const FN = 2;
const TP = 3;
/** NaN where a rate is undefined (0/0). */
function groupRates(c, at = 0) {
    const tn = c[at + TN];
    const fp = c[at + FP];
    const fn = c[at + FN];
    const tp = c[at + TP];
    const n = tn + fp + fn + tp;
    return {
        rows: n,
        selectionRate: (tp + fp) / n,
        truePositiveRate: tp / (tp + fn),
        falsePositiveRate: fp / (fp + tn),
        precision: tp / (tp + fp),
        accuracy: (tp + tn) / n,
    };
}
/** max - min and min / max over the groups where the rate is defined; NaN when fewer than two are. */
function spread(rates) {
    let lo = -1;
    let hi = -1;
    let defined = 0;
    for (let g = 0; g < rates.length; g++) {
        const r = rates[g];
        if (Number.isNaN(r))
            continue;
        defined++;
        if (lo < 0 || r < rates[lo])
            lo = g;
        if (hi < 0 || r > rates[hi])
            hi = g;
    }
    if (defined < 2)
        return { difference: NaN, ratio: NaN, min: lo, max: hi };
    const a = rates[lo];
    const b = rates[hi];
    return { difference: b - a, ratio: b === 0 ? (a === 0 ? 1 : NaN) : a / b, min: lo, max: hi };
}
/** Every measure from the cells of G groups (4·G numbers, group-major). */
function measuresOf(cells, groups) {
    const sr = new Float64Array(groups);
    const tpr = new Float64Array(groups);
    const fpr = new Float64Array(groups);
    for (let g = 0; g < groups; g++) {
        const r = groupRates(cells, 4 * g);
        sr[g] = r.selectionRate;
        tpr[g] = r.truePositiveRate;
        fpr[g] = r.falsePositiveRate;
    }
    const s = spread(sr);
    const t = spread(tpr);
    const f = spread(fpr);
    const pair = (x) => [x.min, x.max];
    // Worst case of the two rates; a tie goes to the true positive rate (fairlearn's max/min of the pair).
    const eodByFpr = f.difference > t.difference || (Number.isNaN(t.difference) && !Number.isNaN(f.difference));
    const eorByFpr = f.ratio < t.ratio || (Number.isNaN(t.ratio) && !Number.isNaN(f.ratio));
    return {
        demographic_parity_difference: { value: s.difference, groups: pair(s), rate: 'selection_rate' },
        demographic_parity_ratio: { value: s.ratio, groups: pair(s), rate: 'selection_rate' },
        equalized_odds_difference: eodByFpr ? { value: f.difference, groups: pair(f), rate: 'false_positive_rate' } : { value: t.difference, groups: pair(t), rate: 'true_positive_rate' },
        equalized_odds_ratio: eorByFpr ? { value: f.ratio, groups: pair(f), rate: 'false_positive_rate' } : { value: t.ratio, groups: pair(t), rate: 'true_positive_rate' },
        equal_opportunity_difference: { value: t.difference, groups: pair(t), rate: 'true_positive_rate' },
        disparate_impact_ratio: { value: s.ratio, groups: pair(s), rate: 'selection_rate' },
    };
}
/** The measures' values only, in MEASURES order, written into `out`. */
function measureVector(cells, groups, out) {
    const m = measuresOf(cells, groups);
    MEASURES.forEach((k, i) => (out[i] = m[k].value));
}
/** One stratified redraw: each group's `width` cells from Multinomial(n_g, cells_g). */
function redrawGroups(cells, groups, width, rng, out) {
    for (let g = 0; g < groups; g++) {
        const own = cells.subarray(g * width, (g + 1) * width);
        let n = 0;
        for (let j = 0; j < width; j++)
            n += own[j];
        rng.multinomial(n, own, out.subarray(g * width, (g + 1) * width));
    }
}
/**
 * Percentile intervals of every measure by the stratified bootstrap (see the module comment).
 * Returns the intervals in MEASURES order (null when no replicate was defined).
 */
function measureIntervals(cells, groups, rng, resamples, confidence) {
    const reps = MEASURES.map(() => new Float64Array(resamples));
    const base = Float64Array.from(cells);
    const draw = new Float64Array(cells.length);
    const out = new Float64Array(MEASURES.length);
    for (let b = 0; b < resamples; b++) {
        redrawGroups(base, groups, 4, rng, draw);
        measureVector(draw, groups, out);
        for (let i = 0; i < MEASURES.length; i++)
            reps[i][b] = out[i];
    }
    // Every measure lies in [0, 1]: rates, their differences and their ratios.
    return reps.map((r) => (0,_metrics_intervals_js__WEBPACK_IMPORTED_MODULE_0__/* .percentileInterval */ .J9)(r, confidence, [0, 1]));
}


/***/ }),

/***/ 36358:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  M: () => (/* binding */ DIRECTION),
  t: () => (/* binding */ parseGates)
});

// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(52210);
// EXTERNAL MODULE: ./.build/js/src/errors.js
var errors = __webpack_require__(4522);
;// CONCATENATED MODULE: ./.build/js/src/schemas/gates.schema.json
const gates_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://modelgate.dev/schemas/gates.schema.json","title":"modelgate gate file","description":"The gates compare-to-baseline applies: which metrics (overall and per slice) may not regress, by how much, and how the decision is made. Add `# yaml-language-server: $schema=<url of this file>` to a YAML gate file for completion in editors.","type":"object","additionalProperties":false,"$defs":{"amount":{"description":"An absolute amount (0.01 is one point of accuracy) or a percent of the baseline (\\"1%\\", defined as (candidate - baseline) / |baseline|).","oneOf":[{"type":"number","minimum":0},{"type":"string","pattern":"^[0-9]+(\\\\.[0-9]+)?%$"}]},"rules":{"type":"object","additionalProperties":false,"minProperties":1,"properties":{"min":{"type":"number","description":"Absolute floor of the candidate\'s value."},"max":{"type":"number","description":"Absolute ceiling of the candidate\'s value."},"max-regression":{"$ref":"#/$defs/amount","description":"How much worse than the baseline the candidate may be."},"require-improvement":{"description":"true, or an amount: the candidate must be shown better than the baseline (by at least the amount).","oneOf":[{"type":"boolean"},{"$ref":"#/$defs/amount"}]}}},"metricRules":{"type":"object","propertyNames":{"enum":["accuracy","balanced_accuracy","precision","recall","f1","roc_auc","average_precision","log_loss","brier_score","ece","macro_f1","mae","rmse","r2","latency_p50_ms","latency_p95_ms"]},"additionalProperties":{"$ref":"#/$defs/rules"}}},"properties":{"$schema":{"type":"string"},"policy":{"enum":["detect-regression","prove-non-inferiority"],"description":"detect-regression (default): fail when the data shows, at the confidence level, a regression beyond the allowed amount. prove-non-inferiority: pass only when the data shows the candidate is no worse than the allowed amount."},"min-policy":{"enum":["interval","point"],"description":"How `min` and `max` bounds are judged. interval (default): by the candidate\'s interval under `policy` (detect-regression fails only when the value is shown beyond the bound, and marks a point value beyond it with a warning; prove-non-inferiority passes only when it is shown within). point: the point value must be within the bound, no test."},"confidence":{"type":"number","exclusiveMinimum":0.5,"exclusiveMaximum":1},"correction":{"enum":["holm","bh","none"],"description":"Adjustment of p-values across all gates: Holm (family-wise error), Benjamini-Hochberg (false discovery rate) or none."},"bootstrap":{"type":"integer","minimum":100,"maximum":100000},"seed":{"type":"integer","minimum":0},"metrics":{"$ref":"#/$defs/metricRules"},"slices":{"type":"object","description":"Column -> metric rules applied to every value of that slice column.","additionalProperties":{"$ref":"#/$defs/metricRules"}},"fairness":{"type":"object","description":"Fairness measure -> rules, applied to every sensitive feature the candidate was evaluated with (evaluate-model\'s `sensitive`): `min`/`max` bound the candidate\'s measure (judged like metric bounds), `max-regression` limits how much less fair than the baseline it may be, by a paired bootstrap on the same rows. Differences are lower-is-fairer, ratios higher-is-fairer.","propertyNames":{"enum":["demographic_parity_difference","demographic_parity_ratio","equalized_odds_difference","equalized_odds_ratio","equal_opportunity_difference","disparate_impact_ratio"]},"additionalProperties":{"$ref":"#/$defs/rules"}}}}');
// EXTERNAL MODULE: ./.build/js/src/fairness/measures.js
var measures = __webpack_require__(35330);
;// CONCATENATED MODULE: ./.build/js/src/gates/spec.js
/**
 * Gate files: what compare-to-baseline enforces. Validated against src/schemas/gates.schema.json
 * (published for editors), then normalised into a flat list of gates, one per metric, rule and
 * slice column.
 */




/** Direction per metric: +1 higher is better, -1 lower is better. */
const DIRECTION = {
    accuracy: 1,
    balanced_accuracy: 1,
    precision: 1,
    recall: 1,
    f1: 1,
    roc_auc: 1,
    average_precision: 1,
    macro_f1: 1,
    r2: 1,
    log_loss: -1,
    brier_score: -1,
    ece: -1,
    mae: -1,
    rmse: -1,
    latency_p50_ms: -1,
    latency_p95_ms: -1,
    ...measures/* MEASURE_DIRECTION */.Re,
};
let validate;
function amountOf(v) {
    if (typeof v === 'string')
        return { value: Number(v.slice(0, -1)) / 100, percent: true };
    return { value: Number(v), percent: false };
}
/** Parses an already-loaded gate document (YAML or JSON); errors name the source and the key. */
function parseGates(doc, source) {
    validate ??= new _2020.Ajv2020({ allErrors: false, strict: false }).compile(gates_schema_namespaceObject);
    if (doc === null || doc === undefined)
        doc = {};
    if (!validate(doc)) {
        const e = validate.errors[0];
        const where = e.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') : '(top level)';
        const params = e.params;
        let message;
        if (e.propertyName !== undefined)
            message = `unknown metric '${e.propertyName}'; metrics: ${params.allowedValues?.join(', ')}`;
        else if (e.keyword === 'additionalProperties')
            message = `unknown key '${params.additionalProperty}'`;
        else if (e.keyword === 'enum')
            message = `must be one of ${params.allowedValues?.join(', ')}`;
        else
            message = e.message ?? e.keyword;
        throw new errors/* ConfigurationError */.j1(`${source}: ${where}: ${message}`);
    }
    const d = doc;
    const gates = [];
    const add = (metric, rules, sliceColumn, fairness) => {
        for (const [rule, raw] of Object.entries(rules)) {
            if (rule === 'require-improvement' && raw === false)
                continue;
            const amount = rule === 'require-improvement' && raw === true ? { value: 0, percent: false } : amountOf(raw);
            gates.push({ metric, sliceColumn, ...(fairness ? { fairness } : {}), rule: rule, amount, text: `${rule} ${raw === true ? '' : String(raw)}`.trim() });
        }
    };
    for (const [metric, rules] of Object.entries(d.metrics ?? {}))
        add(metric, rules);
    for (const [column, metrics] of Object.entries(d.slices ?? {}))
        for (const [metric, rules] of Object.entries(metrics))
            add(metric, rules, column);
    for (const [measure, rules] of Object.entries(d.fairness ?? {}))
        add(measure, rules, undefined, true);
    return { policy: d.policy ?? 'detect-regression', minPolicy: d['min-policy'] ?? 'interval', confidence: d.confidence, correction: d.correction, bootstrap: d.bootstrap, seed: d.seed, gates, source };
}


/***/ }),

/***/ 48299:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run_run)
});

// EXTERNAL MODULE: ./.build/js/src/actions/run.js
var run = __webpack_require__(26364);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./.build/js/src/errors.js
var errors = __webpack_require__(4522);
// EXTERNAL MODULE: ./.build/js/src/lib/inputs.js
var lib_inputs = __webpack_require__(77064);
// EXTERNAL MODULE: ./.build/js/src/lib/logger.js
var logger = __webpack_require__(30485);
// EXTERNAL MODULE: ./.build/js/src/lib/paths.js
var paths = __webpack_require__(66205);
// EXTERNAL MODULE: ./.build/js/src/lib/progress.js
var progress = __webpack_require__(91162);
;// CONCATENATED MODULE: ./.build/js/src/actions/summary.js
/**
 * The job summary, capped: GitHub keeps at most 1 MiB of summary per step and drops a larger one
 * whole. A summary over the cap is cut at the last section boundary (a heading or a top-level
 * `<details>`) that fits, and a note says where the full report is.
 */
const SUMMARY_LIMIT = 1024 * 1024;
/** Room kept for the note and anything the runner adds. */
const MARGIN = 4 * 1024;
const bytes = (s) => Buffer.byteLength(s, 'utf8');
function capSummary(markdown, report, limit = SUMMARY_LIMIT) {
    if (bytes(markdown) <= limit)
        return { text: markdown, cut: false };
    const budget = limit - MARGIN;
    const lines = markdown.split('\n');
    let size = 0;
    let lastBoundary = 0; // lines[0 .. lastBoundary) fit and end before a section start
    let fitted = 0;
    let inFence = false;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (/^(```|~~~)/.test(line))
            inFence = !inFence;
        if (!inFence && i > 0 && /^(#{1,6} |<details)/.test(line))
            lastBoundary = i;
        size += bytes(line) + 1;
        if (size > budget)
            break;
        fitted = i + 1;
    }
    // No section boundary fits: cut at a line (a table row or a paragraph is still whole).
    const keep = lastBoundary > 0 ? lastBoundary : Math.max(fitted, 0);
    let text = lines.slice(0, keep).join('\n');
    // A single line longer than the budget is cut at a character.
    if (bytes(text) > budget)
        text = Buffer.from(text, 'utf8').subarray(0, budget).toString('utf8').replace(/\uFFFD$/, '');
    const where = report ? `the full report is \`${report.replace(/`/g, '')}\` (keep it with actions/upload-artifact)` : 'the full report is in the step log and the report file';
    const note = `\n\n> [!NOTE]\n> This summary was cut at ${Math.round(bytes(text) / 1024)} KiB: GitHub keeps at most 1 MiB per step. ${where[0].toUpperCase()}${where.slice(1)}.\n`;
    return { text: text + note, cut: true };
}

;// CONCATENATED MODULE: ./.build/js/src/actions/runtime.js
/**
 * The GitHub Actions adapter: the only place @actions/core is called. `runAction()` is the single
 * error path (codeql's runWrapper): user errors become one-line `core.setFailed` messages, bugs keep
 * their stack, and a failed check fails the step after the outputs and summary are written.
 *
 * Order of a step: parse the inputs -> run -> set the outputs -> write the summary -> publish (PR
 * comment, check run). Publishing comes last so that a GitHub outage or a hanging API can never
 * hide the verdict from later steps; the summary write is guarded and capped (src/actions/summary.ts)
 * and never changes the verdict.
 */







/**
 * A logger over @actions/core whose groups are one level deep, as the runner folds them: a group
 * opened inside another becomes a plain line in the outer one.
 */
function actionsLogger() {
    let depth = 0;
    return {
        // core.info writes the text as it is (warning, error, debug and groups escape theirs): a line
        // of untrusted data must not become a workflow command.
        info: (m) => core/* info */.pq((0,logger/* neutralizeCommands */.Kw)(m)),
        // The runner's log is not a terminal: a plain line every few seconds.
        progress: (label) => (0,progress/* progress */.q)({ label, tty: false, write: (t) => core/* info */.pq((0,logger/* neutralizeCommands */.Kw)(t.trimEnd())) }),
        warning: (m, a) => core/* warning */.$e(m, a),
        error: (m, a) => core/* error */.z3(m, a),
        debug: (m) => core/* debug */.Yz(m),
        group: async (name, fn) => {
            if (depth > 0) {
                core/* info */.pq((0,logger/* neutralizeCommands */.Kw)(`-- ${name}`));
                return fn();
            }
            depth++;
            try {
                return await core/* group */.Os(name, fn);
            }
            finally {
                depth--;
            }
        },
    };
}
/** The config as JSON for the debug log, with secret inputs (and any `token` field) blanked. */
function redactedConfig(config, secrets = []) {
    const hidden = new Set(['token', ...secrets, ...secrets.map((s) => s.replace(/-([a-z])/g, (_, c) => c.toUpperCase()))]);
    return JSON.stringify(config, (k, v) => (hidden.has(k) && v ? '***' : v), 2);
}
/** Appends the step's summary; never throws (a summary is a courtesy, not the verdict). */
async function writeSummary(markdown, report) {
    if (!process.env.GITHUB_STEP_SUMMARY) {
        core/* debug */.Yz('GITHUB_STEP_SUMMARY is not set: no job summary written');
        return;
    }
    try {
        const { text, cut } = capSummary(markdown, report);
        if (cut)
            core/* warning */.$e(`the job summary was cut to fit GitHub's 1 MiB limit${report ? `; the full report is ${report}` : ''}`);
        await core/* summary */.z.addRaw(text, true).write();
    }
    catch (e) {
        core/* warning */.$e(`job summary not written: ${e instanceof Error ? e.message : String(e)}`);
    }
    finally {
        core/* summary */.z.emptyBuffer();
    }
}
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs))
        core/* setOutput */.uH(name, String(value));
}
/** Presents a result: outputs, summary, then the publish phase; returns why the step fails, if it does. */
async function presentResult(name, result, log) {
    const failures = [];
    setOutputs(result.outputs);
    if (result.summary)
        await writeSummary(result.summary, typeof result.outputs.report === 'string' ? result.outputs.report : undefined);
    if (!result.passed)
        failures.push(result.failure ?? `${name} failed`);
    if (result.publish) {
        const published = await result.publish(log);
        if (published.outputs)
            setOutputs(published.outputs);
        if (published.failure)
            failures.push(published.failure);
    }
    return failures;
}
/**
 * The raw value of an action input. The runner sets INPUT_<NAME> for every input with a default,
 * expressions evaluated. A tool that runs the action without the runner (@github/local-action)
 * leaves the variable unset and returns action.yml's default as written, `${{ github.token }}`
 * included: such an unevaluated default counts as not given (the token then comes from
 * GITHUB_TOKEN), while an expression in a variable that is set stays an error (Inputs).
 */
function actionInput(name, env = process.env, getInput = core/* getInput */.V4) {
    // Untrimmed, so that a list input's trailing line break (`features: |` with one item) survives.
    const value = getInput(name, { trimWhitespace: false }) || undefined;
    if (value !== undefined && env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] === undefined && /\$\{\{/.test(value))
        return undefined;
    return value;
}
async function runAction(def) {
    try {
        // Secret inputs are masked in every log line, whatever prints them.
        for (const name of def.secrets ?? []) {
            const value = core/* getInput */.V4(name);
            if (value)
                core/* setSecret */.Pq(value);
        }
        const inputs = new lib_inputs/* Inputs */.G0({ raw: (name) => actionInput(name), paths: (0,paths/* actionsPathPolicy */.Bg)() });
        const config = def.parse(inputs);
        core/* debug */.Yz(`${def.name} config: ${redactedConfig(config, def.secrets)}`);
        const log = actionsLogger();
        const result = await def.run(config, log);
        const failures = await presentResult(def.name, result, log);
        if (failures.length)
            core/* setFailed */.C1(failures.join('; '));
    }
    catch (e) {
        if ((0,errors/* isUserError */.iU)(e))
            core/* setFailed */.C1(e.message);
        else
            core/* setFailed */.C1(e instanceof Error ? (e.stack ?? e.message) : String(e));
    }
}

;// CONCATENATED MODULE: ./.build/js/src/main/run.js
// Entry of the top-level action: `run()` as @github/local-action and the bundle call it.


const run_run = () => runAction(run["default"]);


/***/ })

};
