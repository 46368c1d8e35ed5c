export const id = 993;
export const ids = [993];
export const modules = {

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

/***/ 94685:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   An: () => (/* binding */ planRowIntervals),
/* harmony export */   Dm: () => (/* binding */ normalInterval),
/* harmony export */   J9: () => (/* binding */ percentileInterval),
/* harmony export */   Ke: () => (/* binding */ resolveIntervalOptions),
/* harmony export */   NL: () => (/* binding */ rowBootstrap),
/* harmony export */   VN: () => (/* binding */ STREAM_ROWS),
/* harmony export */   Xy: () => (/* binding */ pointOnly),
/* harmony export */   YV: () => (/* binding */ wilsonInterval),
/* harmony export */   Z4: () => (/* binding */ quantileSorted),
/* harmony export */   iB: () => (/* binding */ STREAM_CONFUSION),
/* harmony export */   zY: () => (/* binding */ confusionBootstrap)
/* harmony export */ });
/* unused harmony export ROW_DRAW_BUDGET */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4522);
/* harmony import */ var _stats_distributions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51638);
/* harmony import */ var _stats_rng_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91472);
/**
 * Confidence intervals shared by the metric tasks: option parsing, Wilson score intervals, the
 * bootstrap of confusion-matrix cells, the bootstrap of rows, and the normal interval with an
 * influence-function standard error that replaces the row bootstrap on large inputs. Every result
 * names its method (see `IntervalMethod`); random draws come from src/stats/rng.ts with the
 * user's seed, one stream per kind of resampling (`STREAM_CONFUSION` = 0, `STREAM_ROWS` = 1), so
 * intervals are reproducible and adding one kind of interval does not shift the draws of another.
 *
 * Percentiles of bootstrap replicates use numpy's default ("linear", Hyndman-Fan type 7):
 * with B sorted replicates r, the p-quantile is r[h] interpolated at h = (B - 1)·p.
 */



/** Random stream of the confusion-cell bootstrap. */
const STREAM_CONFUSION = 0;
/** Random stream of the row bootstrap. */
const STREAM_ROWS = 1;
/** Default work of the row bootstrap (resamples × rows) before switching to the influence-function interval. */
const ROW_DRAW_BUDGET = 2e7;
function checkInteger(name, v, min, max) {
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min || v > max) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${name} must be an integer from ${min} to ${max}, got ${String(v)}`);
    }
    return v;
}
/** Validates and fills in defaults; throws ConfigurationError naming the option. */
function resolveIntervalOptions(opts = {}) {
    const confidence = opts.confidence ?? 0.95;
    if (typeof confidence !== 'number' || !(confidence > 0 && confidence < 1)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`confidence must be a number strictly between 0 and 1, got ${String(confidence)}`);
    }
    const resamples = checkInteger('resamples', opts.resamples ?? 1000, 2, 1e7);
    const seed = checkInteger('seed', opts.seed ?? 0, 0, _stats_rng_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_SEED */ .He);
    const intervals = opts.intervals ?? true;
    if (typeof intervals !== 'boolean')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`intervals must be true or false, got ${String(intervals)}`);
    const maxBootstrapRows = checkInteger('maxBootstrapRows', opts.maxBootstrapRows ?? Math.max(1000, Math.floor(ROW_DRAW_BUDGET / resamples)), 0, 1e9);
    const proportionInterval = opts.proportionInterval ?? 'wilson';
    if (proportionInterval !== 'wilson' && proportionInterval !== 'bootstrap') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`proportionInterval must be 'wilson' or 'bootstrap', got ${String(proportionInterval)}`);
    }
    return { confidence, z: (0,_stats_distributions_js__WEBPACK_IMPORTED_MODULE_1__/* .criticalValue */ .z7)(confidence), resamples, seed, intervals, maxBootstrapRows, proportionInterval };
}
// ---------------------------------------------------------------------------------------------
// Analytic
// ---------------------------------------------------------------------------------------------
/**
 * Wilson score interval for `successes` out of `trials` at critical value z (statsmodels'
 * proportion_confint(method = "wilson")): (x + z²/2 ± z·√(x(n-x)/n + z²/4)) / (n + z²).
 * Null when trials is 0.
 */
function wilsonInterval(successes, trials, z) {
    if (trials <= 0)
        return null;
    const z2 = z * z;
    const center = (successes + z2 / 2) / (trials + z2);
    const half = (z / (trials + z2)) * Math.sqrt((successes * (trials - successes)) / trials + z2 / 4);
    return [Math.max(0, center - half), Math.min(1, center + half)];
}
// ---------------------------------------------------------------------------------------------
// Percentiles
// ---------------------------------------------------------------------------------------------
/** numpy.percentile(..., method = "linear") of ascending `sorted` at probability p in [0, 1]. */
function quantileSorted(sorted, p) {
    const n = sorted.length;
    if (n === 0)
        return NaN;
    const h = (n - 1) * p;
    const lo = Math.floor(h);
    const hi = Math.min(n - 1, lo + 1);
    const a = sorted[lo];
    const b = sorted[hi];
    // numpy's _lerp: a + (b - a)·t, switched to b - (b - a)·(1 - t) for t >= 0.5.
    const t = h - lo;
    const d = b - a;
    return t >= 0.5 ? b - d * (1 - t) : a + d * t;
}
function clamp(x, lo, hi) {
    return x < lo ? lo : x > hi ? hi : x;
}
// ---------------------------------------------------------------------------------------------
// Bootstrap of confusion cells
// ---------------------------------------------------------------------------------------------
/**
 * Percentile bootstrap over the cells of a confusion matrix: each resample redraws the cell counts
 * from Multinomial(n, cells / n), which is the distribution of the cell counts of n rows drawn
 * with replacement, so this is the row bootstrap of any function of the confusion matrix at
 * O(cells) per resample. `evaluate` writes the `stats` statistics of resampled counts into `out`
 * (NaN marks an undefined replicate, which is dropped). Returns one interval per statistic, null
 * if every replicate of it was undefined.
 */
function confusionBootstrap(cells, stats, evaluate, rng, resamples, confidence, bounds = [0, 1]) {
    let n = 0;
    for (let i = 0; i < cells.length; i++)
        n += cells[i];
    const draws = new Float64Array(cells.length);
    const out = new Float64Array(stats);
    const reps = Array.from({ length: stats }, () => new Float64Array(resamples));
    const counts = new Array(stats).fill(0);
    for (let b = 0; b < resamples; b++) {
        rng.multinomial(n, cells, draws);
        evaluate(draws, out);
        for (let s = 0; s < stats; s++) {
            const v = out[s];
            if (!Number.isNaN(v))
                reps[s][counts[s]++] = v;
        }
    }
    const alpha = 1 - confidence;
    return reps.map((r, s) => {
        const k = counts[s];
        if (k === 0)
            return null;
        const sorted = r.subarray(0, k).sort();
        return [clamp(quantileSorted(sorted, alpha / 2), bounds[0], bounds[1]), clamp(quantileSorted(sorted, 1 - alpha / 2), bounds[0], bounds[1])];
    });
}
function planRowIntervals(rows, o) {
    return { rows, resamples: o.resamples, method: rows <= o.maxBootstrapRows ? 'bootstrap-percentile' : 'normal-influence' };
}
/**
 * The row bootstrap: per resample, n row indices are drawn uniformly with replacement and turned
 * into per-row counts (Multinomial(n; 1/n, ..., 1/n), summing to n); `evaluate` writes the
 * replicate of each of the `stats` statistics of the rows weighted by `counts` into `out`.
 * Returns the replicates per statistic. Cost O(n) per resample, one Uint32Array of scratch.
 */
function rowBootstrap(rows, resamples, rng, stats, evaluate) {
    const counts = new Uint32Array(rows);
    const out = new Float64Array(stats);
    const reps = Array.from({ length: stats }, () => new Float64Array(resamples));
    for (let b = 0; b < resamples; b++) {
        counts.fill(0);
        rng.countUniformDraws(counts, rows);
        evaluate(counts, out);
        for (let s = 0; s < stats; s++)
            reps[s][b] = out[s];
    }
    return reps;
}
/**
 * Percentile interval [q_(α/2), q_(1-α/2)] of bootstrap replicates, clamped to `bounds` (the
 * statistic's range). NaN replicates (undefined statistics) are dropped; null if none is left.
 */
function percentileInterval(replicates, confidence, bounds) {
    let k = 0;
    const r = new Float64Array(replicates.length);
    for (let i = 0; i < replicates.length; i++)
        if (!Number.isNaN(replicates[i]))
            r[k++] = replicates[i];
    if (k === 0)
        return null;
    const sorted = r.subarray(0, k).sort();
    const alpha = 1 - confidence;
    return [clamp(quantileSorted(sorted, alpha / 2), bounds[0], bounds[1]), clamp(quantileSorted(sorted, 1 - alpha / 2), bounds[0], bounds[1])];
}
/**
 * Normal interval estimate ± z·se clamped to `bounds`. `se` is computed by the caller from the
 * empirical influence function IF_i of the statistic: se = √(Σ IF_i²) / n (the nonparametric
 * delta method; for a mean, IF_i = x_i - mean and se = population sd / √n).
 */
function normalInterval(estimate, se, z, bounds) {
    if (!Number.isFinite(se))
        return null;
    return [clamp(estimate - z * se, bounds[0], bounds[1]), clamp(estimate + z * se, bounds[0], bounds[1])];
}
/** A result with no interval: `value` with ci null, and method 'none' or the method that would have been used. */
function pointOnly(value, method, reason) {
    return reason === undefined ? { value, ci: null, method } : { value, ci: null, method, reason };
}


/***/ }),

/***/ 51638:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CN: () => (/* binding */ kstwoSf),
/* harmony export */   SX: () => (/* binding */ logGamma),
/* harmony export */   Zl: () => (/* binding */ normalQuantile),
/* harmony export */   d: () => (/* binding */ studentTSf),
/* harmony export */   gb: () => (/* binding */ smirnov2Sf),
/* harmony export */   m2: () => (/* binding */ clip01),
/* harmony export */   nG: () => (/* binding */ normalSf),
/* harmony export */   p_: () => (/* binding */ gcd),
/* harmony export */   vf: () => (/* binding */ binomCdf),
/* harmony export */   vr: () => (/* binding */ normalCdf),
/* harmony export */   wv: () => (/* binding */ chi2Sf),
/* harmony export */   z7: () => (/* binding */ criticalValue)
/* harmony export */ });
/* unused harmony exports gammaincc, gammainc, erf, erfc, betaincPair, kolmogorovSf, smirnovSf */
/**
 * Special functions and null distributions for the drift tests, the paired comparisons
 * (./paired.ts) and the intervals (./delong.ts, src/metrics), ported from the algorithms scipy
 * uses (cephes, scipy.stats._ksstats) so that p-values agree with scipy to the tolerances stated on
 * each function and checked in test/unit/stats/drift.test.ts, test/unit/paired and
 * test/unit/metrics/delong.test.ts against scipy-generated goldens.
 *
 * Pure functions of numbers; nothing here allocates per call beyond small scratch arrays.
 */
const EPS = 2.220446049250313e-16;
/** log(DBL_MAX): exp() of anything above overflows, of anything below -MAXLOG underflows. */
const MAXLOG = 709.782712893384;
const LOG_SQRT_2PI = 0.9189385332046728;
const SQRT_2PI = 2.5066282746310002;
/** `x` clipped to [0, 1], as scipy clips every probability it returns. */
function clip01(x) {
    return x < 0 ? 0 : x > 1 ? 1 : x;
}
/** x * 2**e without intermediate overflow or underflow of 2**e (C's ldexp). */
function ldexp(x, e) {
    while (e > 1000) {
        x *= 2 ** 1000;
        e -= 1000;
    }
    while (e < -1000) {
        x *= 2 ** -1000;
        e += 1000;
    }
    return x * 2 ** e;
}
/** The rounding error of the product p = fl(a·b): a·b = p + error exactly (Dekker 1971). */
function twoProductError(a, b, p) {
    const SPLIT = 134217729; // 2^27 + 1
    let t = SPLIT * a;
    const ah = t - (t - a);
    const al = a - ah;
    t = SPLIT * b;
    const bh = t - (t - b);
    const bl = b - bh;
    return ah * bh - p + ah * bl + al * bh + al * bl;
}
/** log(1 + x) - x, accurate for small x (cephes log1pmx). */
function log1pmx(x) {
    if (Math.abs(x) >= 0.5)
        return Math.log1p(x) - x;
    let xfac = x;
    let res = 0;
    for (let n = 2; n < 2000; n++) {
        xfac *= -x;
        const term = xfac / n;
        res += term;
        if (Math.abs(term) < EPS * Math.abs(res))
            break;
    }
    return res;
}
// ---------------------------------------------------------------------------------------------
// Gamma function family
// ---------------------------------------------------------------------------------------------
/** Lanczos approximation (g = 6.0247, 13 terms) used by Boost and scipy's cephes/lanczos.h. */
const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_NUM = [
    2.506628274631000270164908177133837338626, 210.8242777515793458725097339207133627117, 8071.672002365816210638002902272250613822,
    186056.2653952234950402949897160456992822, 2876370.628935372441225409051620849613599, 31426415.58540019438061423162831820536287,
    248874557.8620541565114603864132294232163, 1439720407.311721673663223072794912393972, 6039542586.35202800506429164430729792107,
    17921034426.03720969991975575445893111267, 35711959237.35566804944018545154716670596, 42919803642.64909876895789904700198885093,
    23531376880.41075968857200767445163675473,
];
const LANCZOS_EXPG_SCALED_NUM = [
    0.006061842346248906525783753964555936883222, 0.5098416655656676188125178644804694509993, 19.51992788247617482847860966235652136208,
    449.9445569063168119446858607650988409623, 6955.999602515376140356310115515198987526, 75999.29304014542649875303443598909137092,
    601859.6171681098786670226533699352302507, 3481712.15498064590882071018964774556468, 14605578.08768506808414169982791359218571,
    43338889.32467613834773723740590533316085, 86363131.28813859145546927288977868422342, 103794043.1163445451906271053616070238554,
    56906521.91347156388090791033559122686859,
];
/** The rising factorial x(x+1)...(x+11) expanded, highest power last (shared denominator). */
const LANCZOS_DENOM = [1, 66, 1925, 32670, 357423, 2637558, 13339535, 45995730, 105258076, 150917976, 120543840, 39916800, 0];
/** num(x)/denom(x) for coefficient lists with the highest power first (cephes ratevl). */
function ratevl(x, num, denom) {
    const big = Math.abs(x) > 1;
    const y = big ? 1 / x : x;
    let n = 0;
    let d = 0;
    for (let i = 0; i < num.length; i++)
        n = n * y + num[big ? num.length - 1 - i : i];
    for (let i = 0; i < denom.length; i++)
        d = d * y + denom[big ? denom.length - 1 - i : i];
    return big ? (x ** (denom.length - num.length) * n) / d : n / d;
}
/** Stirling-series coefficients B_2k / (2k(2k-1)), k = 1..7. */
const STIRLING = [1 / 12, -1 / 360, 1 / 1260, -1 / 1680, 1 / 1188, -691 / 360360, 1 / 156];
/**
 * log Γ(x) for x > 0: log((x-1)!) for integers below 15, the Lanczos approximation for other
 * x < 15 (absolute error ~1e-15, including near the zeros at 1 and 2) and the Stirling series
 * above (relative error ~1e-16).
 */
function logGamma(x) {
    if (Number.isNaN(x) || x < 0)
        return NaN;
    if (x === 0)
        return Infinity;
    if (x === Infinity)
        return Infinity;
    if (x < 15) {
        if (Number.isInteger(x)) {
            let f = 1; // (x - 1)!, exact in double for x < 15
            for (let k = 2; k < x; k++)
                f *= k;
            return Math.log(f);
        }
        const zgh = x + LANCZOS_G - 0.5;
        return Math.log((ratevl(x, LANCZOS_NUM, LANCZOS_DENOM) * zgh ** (x - 0.5)) / Math.exp(zgh));
    }
    const r2 = 1 / (x * x);
    let s = 0;
    for (let k = STIRLING.length - 1; k >= 0; k--)
        s = s * r2 + STIRLING[k];
    return (x - 0.5) * Math.log(x) - x + LOG_SQRT_2PI + s / x;
}
/** x^a e^-x / Γ(a), computed without cancellation when a ≈ x (cephes igam_fac). */
function igamFac(a, x) {
    if (Math.abs(a - x) > 0.4 * Math.abs(a)) {
        const ax = a * Math.log(x) - x - logGamma(a);
        return ax < -MAXLOG ? 0 : Math.exp(ax);
    }
    const fac = a + LANCZOS_G - 0.5;
    const res = Math.sqrt(fac / Math.E) / ratevl(a, LANCZOS_EXPG_SCALED_NUM, LANCZOS_DENOM);
    if (a < 200 && x < 200)
        return res * Math.exp(a - x) * (x / fac) ** a;
    const num = x - a - LANCZOS_G + 0.5;
    return res * Math.exp(a * log1pmx(num / fac) + (x * (0.5 - LANCZOS_G)) / fac);
}
const IGAM_MAXITER = 100000;
/** P(a, x) by the power series, DLMF 8.11.4. */
function igamSeries(a, x) {
    const ax = igamFac(a, x);
    if (ax === 0)
        return 0;
    let r = a;
    let c = 1;
    let ans = 1;
    for (let i = 0; i < IGAM_MAXITER; i++) {
        r += 1;
        c *= x / r;
        ans += c;
        if (c <= EPS * ans)
            break;
    }
    return (ans * ax) / a;
}
/** Q(a, x) by the continued fraction, DLMF 8.9.2. */
function igamcContinuedFraction(a, x) {
    const ax = igamFac(a, x);
    if (ax === 0)
        return 0;
    const big = 4.503599627370496e15;
    let y = 1 - a;
    let z = x + y + 1;
    let c = 0;
    let pkm2 = 1;
    let qkm2 = x;
    let pkm1 = x + 1;
    let qkm1 = z * x;
    let ans = pkm1 / qkm1;
    for (let i = 0; i < IGAM_MAXITER; i++) {
        c += 1;
        y += 1;
        z += 2;
        const yc = y * c;
        const pk = pkm1 * z - pkm2 * yc;
        const qk = qkm1 * z - qkm2 * yc;
        let t = 1;
        if (qk !== 0) {
            const r = pk / qk;
            t = Math.abs((ans - r) / r);
            ans = r;
        }
        pkm2 = pkm1;
        pkm1 = pk;
        qkm2 = qkm1;
        qkm1 = qk;
        if (Math.abs(pk) > big) {
            pkm2 /= big;
            pkm1 /= big;
            qkm2 /= big;
            qkm1 /= big;
        }
        if (t <= EPS)
            break;
    }
    return ans * ax;
}
/** Q(a, x) for small x by DLMF 8.7.3, avoiding the cancellation in 1 - P. */
function igamcSeries(a, x) {
    let fac = 1;
    let sum = 0;
    for (let n = 1; n < IGAM_MAXITER; n++) {
        fac *= -x / n;
        const term = fac / (a + n);
        sum += term;
        if (Math.abs(term) <= EPS * Math.abs(sum))
            break;
    }
    const logx = Math.log(x);
    return -Math.expm1(a * logx - logGamma(1 + a)) - Math.exp(a * logx - logGamma(a)) * sum;
}
/**
 * Regularized upper incomplete gamma Q(a, x) = Γ(a, x) / Γ(a) (scipy.special.gammaincc), with
 * cephes' choice of series / continued fraction by region. Unlike cephes it does not switch to
 * Temme's uniform asymptotic expansion when a > 20 and x ≈ a; the series and continued fraction
 * still converge there, and agree with scipy to 1e-12 relative (3e-14 at worst in the goldens,
 * which reach a = 25000).
 */
function gammaincc(a, x) {
    if (Number.isNaN(a) || Number.isNaN(x) || x < 0 || a < 0)
        return NaN;
    if (a === 0)
        return x > 0 ? 0 : NaN;
    if (x === 0)
        return 1;
    if (a === Infinity)
        return x === Infinity ? NaN : 1;
    if (x === Infinity)
        return 0;
    if (x > 1.1)
        return x < a ? 1 - igamSeries(a, x) : igamcContinuedFraction(a, x);
    if (x <= 0.5)
        return -0.4 / Math.log(x) < a ? 1 - igamSeries(a, x) : igamcSeries(a, x);
    return x * 1.1 < a ? 1 - igamSeries(a, x) : igamcSeries(a, x);
}
/** Regularized lower incomplete gamma P(a, x) (scipy.special.gammainc). */
function gammainc(a, x) {
    if (Number.isNaN(a) || Number.isNaN(x) || x < 0 || a < 0)
        return NaN;
    if (a === 0)
        return x > 0 ? 1 : NaN;
    if (x === 0)
        return 0;
    if (a === Infinity)
        return x === Infinity ? NaN : 0;
    if (x === Infinity)
        return 1;
    return x > 1 && x > a ? 1 - gammaincc(a, x) : igamSeries(a, x);
}
/** Survival function of the chi-square distribution with `df` degrees of freedom (scipy.stats.chi2.sf). */
function chi2Sf(x, df) {
    if (!(df > 0))
        return NaN;
    if (Number.isNaN(x))
        return NaN;
    if (x <= 0)
        return 1;
    return gammaincc(df / 2, x / 2);
}
// ---------------------------------------------------------------------------------------------
// Normal distribution
// ---------------------------------------------------------------------------------------------
// W. J. Cody, "Rational Chebyshev approximations for the error function", Math. Comp. 1969 (CALERF).
const ERF_A = [3.16112374387056560e00, 1.13864154151050156e02, 3.77485237685302021e02, 3.20937758913846947e03, 1.85777706184603153e-1];
const ERF_B = [2.36012909523441209e01, 2.44024637934444173e02, 1.28261652607737228e03, 2.84423683343917062e03];
const ERF_C = [
    5.64188496988670089e-1, 8.88314979438837594e00, 6.61191906371416295e01, 2.98635138197400131e02, 8.81952221241769090e02,
    1.71204761263407058e03, 2.05107837782607147e03, 1.23033935479799725e03, 2.15311535474403846e-8,
];
const ERF_D = [
    1.57449261107098347e01, 1.17693950891312499e02, 5.37181101862009858e02, 1.62138957456669019e03, 3.29079923573345963e03,
    4.36261909014324716e03, 3.43936767414372164e03, 1.23033935480374942e03,
];
const ERF_P = [
    3.05326634961232344e-1, 3.60344899949804439e-1, 1.25781726111229246e-1, 1.60837851487422766e-2, 6.58749161529837803e-4,
    1.63153871373020978e-2,
];
const ERF_Q = [2.56852019228982242e00, 1.87295284992346047e00, 5.27905102951428412e-1, 6.05183413124413191e-2, 2.33520497626869185e-3];
/** erf(x) for |x| <= 0.46875. */
function erfSmall(x) {
    const z = x * x;
    let num = ERF_A[4] * z;
    let den = z;
    for (let i = 0; i < 3; i++) {
        num = (num + ERF_A[i]) * z;
        den = (den + ERF_B[i]) * z;
    }
    return (x * (num + ERF_A[3])) / (den + ERF_B[3]);
}
/** erfc(y) for y > 0.46875. */
function erfcLarge(y) {
    let r;
    if (y <= 4) {
        let num = ERF_C[8] * y;
        let den = y;
        for (let i = 0; i < 7; i++) {
            num = (num + ERF_C[i]) * y;
            den = (den + ERF_D[i]) * y;
        }
        r = (num + ERF_C[7]) / (den + ERF_D[7]);
    }
    else {
        if (y >= 26.64)
            return 0;
        const z = 1 / (y * y);
        let num = ERF_P[5] * z;
        let den = z;
        for (let i = 0; i < 4; i++) {
            num = (num + ERF_P[i]) * z;
            den = (den + ERF_Q[i]) * z;
        }
        r = (z * (num + ERF_P[4])) / (den + ERF_Q[4]);
        r = (1 / Math.sqrt(Math.PI) - r) / y;
    }
    // exp(-y^2) as exp(-ysq^2) exp(-(y - ysq)(y + ysq)) with ysq exact, to keep relative accuracy.
    const ysq = Math.trunc(y * 16) / 16;
    return Math.exp(-ysq * ysq) * Math.exp(-(y - ysq) * (y + ysq)) * r;
}
/** Error function (Cody's rational approximations, relative error < 1e-15). */
function erf(x) {
    const y = Math.abs(x);
    if (y <= 0.46875)
        return erfSmall(x);
    const r = 1 - erfcLarge(y);
    return x < 0 ? -r : r;
}
/** Complementary error function (Cody), accurate in relative terms far into the upper tail. */
function erfc(x) {
    if (Number.isNaN(x))
        return NaN;
    const y = Math.abs(x);
    if (y <= 0.46875)
        return 1 - erfSmall(x);
    const r = erfcLarge(y);
    return x < 0 ? 2 - r : r;
}
/**
 * Standard normal cumulative distribution function Φ(x) (scipy.special.ndtr): agrees with scipy to
 * 1e-13 relative down to Φ(-37) ≈ 6e-300 (the rounding of x/√2 limits both far in the tail).
 */
function normalCdf(x) {
    const z = x * Math.SQRT1_2;
    return Math.abs(z) < Math.SQRT1_2 ? 0.5 + 0.5 * erf(z) : z > 0 ? 1 - 0.5 * erfc(z) : 0.5 * erfc(-z);
}
/** Standard normal survival function 1 - Φ(x), accurate in the upper tail. */
function normalSf(x) {
    return normalCdf(-x);
}
// Wichura, "Algorithm AS 241: The percentage points of the normal distribution", 1988 (PPND16).
const AS241_A = [3.387132872796366608, 133.14166789178437745, 1971.5909503065514427, 13731.693765509461125, 45921.953931549871457, 67265.770927008700853, 33430.575583588128105, 2509.0809287301226727];
const AS241_B = [1, 42.313330701600911252, 687.1870074920579083, 5394.1960214247511077, 21213.794301586595867, 39307.89580009271061, 28729.085735721942674, 5226.495278852854561];
const AS241_C = [1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055, 3.64784832476320460504, 1.27045825245236838258, 0.24178072517745061177, 0.0227238449892691845833, 7.7454501427834140764e-4];
const AS241_D = [1, 2.05319162663775882187, 1.6763848301838038494, 0.68976733498510000455, 0.14810397642748007459, 0.0151986665636164571966, 5.475938084995344946e-4, 1.05075007164441684324e-9];
const AS241_E = [6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358, 0.29656057182850489123, 0.026532189526576123093, 0.0012426609473880784386, 2.71155556874348757815e-5, 2.01033439929228813265e-7];
const AS241_F = [1, 0.59983220655588793769, 0.13692988092273580531, 0.0148753612908506148525, 7.868691311456132591e-4, 1.8463183175100546818e-5, 1.4215117583164458887e-7, 2.04426310338993978564e-15];
/** Σ c[i] x^i by Horner's rule, lowest coefficient first. */
function poly(c, x) {
    let s = 0;
    for (let i = c.length - 1; i >= 0; i--)
        s = s * x + c[i];
    return s;
}
/**
 * The standard normal quantile Φ⁻¹(p) for p in (0, 1) (scipy.special.ndtri, R's qnorm): Wichura's
 * AS 241 (PPND16), relative error about 1e-16; ±Infinity at 0 and 1, NaN outside [0, 1].
 */
function normalQuantile(p) {
    if (!(p >= 0 && p <= 1))
        return NaN;
    if (p === 0)
        return -Infinity;
    if (p === 1)
        return Infinity;
    const q = p - 0.5;
    if (Math.abs(q) <= 0.425) {
        const r = 0.180625 - q * q;
        return (q * poly(AS241_A, r)) / poly(AS241_B, r);
    }
    let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
    let v;
    if (r <= 5) {
        r -= 1.6;
        v = poly(AS241_C, r) / poly(AS241_D, r);
    }
    else {
        r -= 5;
        v = poly(AS241_E, r) / poly(AS241_F, r);
    }
    return q < 0 ? -v : v;
}
/** The two-sided critical value Φ⁻¹(1 - (1 - confidence)/2); throws RangeError unless 0 < confidence < 1. */
function criticalValue(confidence) {
    if (!(confidence > 0 && confidence < 1))
        throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
    return normalQuantile(1 - (1 - confidence) / 2);
}
// ---------------------------------------------------------------------------------------------
// Incomplete beta function: Student t and binomial distributions
// ---------------------------------------------------------------------------------------------
/**
 * Stirling's error log Γ(z) - [(z - ½) log z - z + log √(2π)] for real z > 0 (the series from
 * z = 15, log Γ below). For integer arguments the KS code below uses the tabled `stirlerr`.
 */
function stirlingError(z) {
    if (z >= 15) {
        const r2 = 1 / (z * z);
        let s = 0;
        for (let k = STIRLING.length - 1; k >= 0; k--)
            s = s * r2 + STIRLING[k];
        return s / z;
    }
    return logGamma(z) - ((z - 0.5) * Math.log(z) - z + LOG_SQRT_2PI);
}
/**
 * x^a y^b / B(a, b) with y = 1 - x given separately: written as Stirling errors and deviances
 * (Loader; Boost's ibeta_power_terms does the same) so that nothing of size a log x cancels.
 * Relative error ~1e-14 even for a, b ~ 1e6, where exp(a log x + b log y - log B) loses ~1e-9.
 */
function betaPowerTerms(a, b, x, y) {
    const n = a + b;
    const lc = stirlingError(n) - stirlingError(a) - stirlingError(b) - bd0(a, n * x) - bd0(b, n * y);
    return Math.sqrt((a * b) / (2 * Math.PI * n)) * Math.exp(lc);
}
/** Continued fraction for I_x(a, b) (DLMF 8.17.22), modified Lentz; converges for x < (a+1)/(a+b+2). */
function betaContinuedFraction(a, b, x) {
    const TINY = 1e-300;
    const qab = a + b;
    const qap = a + 1;
    const qam = a - 1;
    let c = 1;
    let d = 1 - (qab * x) / qap;
    if (Math.abs(d) < TINY)
        d = TINY;
    d = 1 / d;
    let h = d;
    for (let m = 1; m <= 1_000_000; m++) {
        const m2 = 2 * m;
        let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
        d = 1 + aa * d;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = 1 + aa / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        h *= d * c;
        aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
        d = 1 + aa * d;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = 1 + aa / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        const del = d * c;
        h *= del;
        if (Math.abs(del - 1) <= EPS)
            break;
    }
    return h;
}
/**
 * Regularized incomplete beta I_x(a, b) (scipy.special.betainc) and its complement
 * 1 - I_x(a, b) (betaincc), for a, b > 0, with y = 1 - x given separately so that a caller who
 * has y exactly loses nothing to forming 1 - x. The smaller of the two is computed directly
 * (relative error ~1e-13), the larger as one minus it.
 */
function betaincPair(a, b, x, y) {
    if (x <= 0)
        return { lower: 0, upper: 1 };
    if (y <= 0)
        return { lower: 1, upper: 0 };
    if (x < (a + 1) / (a + b + 2)) {
        const v = (betaPowerTerms(a, b, x, y) * betaContinuedFraction(a, b, x)) / a;
        return { lower: v, upper: 1 - v };
    }
    const v = (betaPowerTerms(b, a, y, x) * betaContinuedFraction(b, a, y)) / b;
    return { lower: 1 - v, upper: v };
}
/** P(T > t) for Student's t with `df` > 0 degrees of freedom (scipy.special.stdtr(df, -t)). */
function studentTSf(t, df) {
    if (Number.isNaN(t))
        return NaN;
    if (t === 0)
        return 0.5;
    const t2 = t * t;
    let tail; // P(T > |t|) = ½ I_{df/(df+t²)}(df/2, ½)
    if (t2 === Infinity)
        tail = 0;
    else
        tail = 0.5 * betaincPair(df / 2, 0.5, df / (df + t2), t2 / (df + t2)).lower;
    return t > 0 ? tail : 1 - tail;
}
/**
 * P(X <= k) for X ~ Binomial(n, p) with integer n >= 0 and p in [0, 1], k rounded down as in
 * scipy.stats.binom.cdf: I_(1-p)(n - k, k + 1). Relative error ~1e-13 (at p = ½, McNemar's exact
 * test, 4e-13 at n = 10^6 against a 35-digit value).
 */
function binomCdf(k, n, p) {
    k = Math.floor(k);
    if (k < 0)
        return 0;
    if (k >= n)
        return 1;
    return betaincPair(n - k, k + 1, 1 - p, p).lower;
}
// ---------------------------------------------------------------------------------------------
// Kolmogorov-Smirnov distributions
// ---------------------------------------------------------------------------------------------
/**
 * Survival function of Kolmogorov's limiting distribution, P(√n D_n > x) as n → ∞
 * (scipy.stats.kstwobign.sf = scipy.special.kolmogorov): the theta-function series
 * 2 Σ (-1)^(k-1) exp(-2k²x²) for x > 0.82, and 1 - √(2π)/x Σ exp(-(2k-1)²π²/(8x²)) below, each
 * unrolled to the terms that matter in double precision, as in scipy 1.10's cephes/kolmogorov.c.
 */
function kolmogorovSf(x) {
    if (Number.isNaN(x))
        return NaN;
    if (x <= Math.PI / Math.sqrt(746 * 8))
        return 1;
    if (x <= 0.82) {
        const w = SQRT_2PI / x;
        const logu8 = (-Math.PI * Math.PI) / (x * x);
        const u = Math.exp(logu8 / 8);
        if (u === 0)
            return clip01(1 - Math.exp(logu8 / 8 + Math.log(w)));
        const u8 = Math.exp(logu8);
        let p = 1 + u8 ** 3;
        p = 1 + u8 * u8 * p;
        p = 1 + u8 * p;
        return clip01(1 - w * u * p);
    }
    const v = Math.exp(-2 * x * x);
    const v3 = v ** 3;
    let p = 1 - v3 * v3 * v;
    p = 1 - v3 * (v * v) * p;
    p = 1 - v3 * p;
    return clip01(2 * v * p);
}
/** Stirling's error log(k!) - [(k + ½) log k - k + log √(2π)] for k = 0..15 (exact to double). */
const STIRLERR_SMALL = [
    0, 0.08106146679532726, 0.0413406959554093, 0.02767792568499834, 0.020790672103765093, 0.016644691189821193, 0.013876128823070748,
    0.01189670994589177, 0.010411265261972096, 0.009255462182712733, 0.00833056343336287, 0.007573675487951841, 0.00694284010720953,
    0.006408994188004207, 0.0059513701127588475, 0.005554733551962801,
];
/** Stirling's error for a non-negative integer k (Loader 2000). */
function stirlerr(k) {
    if (k <= 15)
        return STIRLERR_SMALL[k];
    const kk = k * k;
    if (k > 500)
        return (STIRLING[0] + STIRLING[1] / kk) / k;
    if (k > 80)
        return (STIRLING[0] + (STIRLING[1] + STIRLING[2] / kk) / kk) / k;
    if (k > 35)
        return (STIRLING[0] + (STIRLING[1] + (STIRLING[2] + STIRLING[3] / kk) / kk) / kk) / k;
    return (STIRLING[0] + (STIRLING[1] + (STIRLING[2] + (STIRLING[3] + STIRLING[4] / kk) / kk) / kk) / kk) / k;
}
/** Deviance term k log(k / m) + m - k, accurate when k ≈ m (Loader 2000), for real k, m > 0. */
function bd0(k, m) {
    if (Math.abs(k - m) < 0.1 * (k + m)) {
        let v = (k - m) / (k + m);
        let s = (k - m) * v;
        let ej = 2 * k * v;
        v *= v;
        for (let j = 1; j < 1000; j++) {
            ej *= v;
            const s1 = s + ej / (2 * j + 1);
            if (s1 === s)
                return s1;
            s = s1;
        }
        return s;
    }
    return k * Math.log(k / m) + m - k;
}
/**
 * Binomial probability C(n, k) p^k q^(n-k) for 0 < k < n, given np and nq (not p and q, so the
 * caller can form them without rounding p first): Loader's saddle-point form, relative error
 * ~1e-14 for n up to 1e6 where a naive product would lose n·ε.
 */
function binomPmf(k, n, np, nq) {
    const lc = stirlerr(n) - stirlerr(k) - stirlerr(n - k) - bd0(k, np) - bd0(n - k, nq);
    return Math.exp(lc - 0.5 * (Math.log(2 * Math.PI * k) + Math.log1p(-k / n)));
}
/**
 * Survival function of the one-sided one-sample Kolmogorov-Smirnov statistic, P(D_n^+ >= x)
 * (scipy.special.smirnov): the Smirnov / Birnbaum-Tingey sum
 *   x Σ_{v=0}^{⌊n(1-x)⌋} C(n, v) (x + v/n)^(v-1) (1 - x - v/n)^(n-v),
 * each term evaluated as a binomial probability (Loader) instead of scipy's double-double
 * arithmetic, with scipy's early termination and its closed forms for x <= 1/n and x >= 1 - 1/n,
 * and its approximation exp(-(6nx+1)²/(18n)) for n > 1e6. Agrees with scipy to 2e-12 relative
 * (at most 6e-13 in the goldens, n = 2..1e6+1).
 */
function smirnovSf(n, x) {
    if (!(n > 0 && x >= 0 && x <= 1) || !Number.isInteger(n))
        return NaN;
    if (n === 1)
        return 1 - x;
    if (x === 0)
        return 1;
    if (x === 1)
        return 0;
    const nx = n * x;
    const nxErr = twoProductError(n, x, nx); // n·x = nx + nxErr exactly, to classify x = k/n exactly
    if (nx < 1 || (nx === 1 && nxErr <= 0))
        return 1 - x * Math.exp((n - 1) * Math.log1p(x));
    if (-2 * n * x * x < -745.1332191019412)
        return 0;
    if (nx > n - 1 || (nx === n - 1 && nxErr >= 0))
        return Math.exp(n * Math.log1p(-x));
    if (n > 1e6) {
        const logp = -((6 * nx + 1) ** 2) / 18 / n;
        return logp < -Math.LN2 ? Math.exp(logp) : 1 + Math.expm1(logp);
    }
    let sum = Math.exp(n * Math.log1p(-x)); // v = 0: (1 - x)^n
    const nTerms = Math.floor(n - nx) + 1;
    for (let v = 1; v < nTerms; v++) {
        const nq = n - v - nx;
        if (!(nq > 0))
            break;
        const term = (nx / (nx + v)) * binomPmf(v, n, nx + v, nq);
        sum += term;
        if (term > 0 ? 4 * (nTerms - v) * term < EPS * sum : v > n / 2)
            break;
    }
    return clip01(sum);
}
/** Multiply m×m row-major matrices. */
function matmul(a, b, m) {
    const c = new Float64Array(m * m);
    for (let i = 0; i < m; i++) {
        for (let k = 0; k < m; k++) {
            const aik = a[i * m + k];
            if (aik === 0)
                continue;
            for (let j = 0; j < m; j++)
                c[i * m + j] += aik * b[k * m + j];
        }
    }
    return c;
}
const E128 = 2 ** 128;
const EM128 = 2 ** -128;
/** P(D_n <= d) by Durbin's matrix method as arranged by Marsaglia, Tsang and Wang (2003). */
function kolmognDurbin(n, d) {
    if (d >= 1)
        return 1;
    const nd = n * d;
    if (nd <= 0.5)
        return 0;
    const k = Math.ceil(nd);
    const h = k - nd;
    const m = 2 * k - 1;
    const v = new Float64Array(m);
    const w = new Float64Array(m);
    let fac = 1;
    for (let j = 1; j <= m; j++) {
        w[j - 1] = fac;
        fac /= j;
        v[j - 1] = (1 - h ** j) * fac;
    }
    v[m - 1] = (1 + (Math.max(2 * h - 1, 0) ** m - 2 * h ** m)) * fac;
    let H = new Float64Array(m * m);
    for (let i = 1; i < m; i++)
        for (let r = i - 1; r < m; r++)
            H[r * m + i] = w[r - i + 1];
    for (let r = 0; r < m; r++)
        H[r * m] = v[r];
    for (let c = 0; c < m; c++)
        H[(m - 1) * m + c] = v[m - 1 - c];
    let P; // H^n, by repeated squaring with explicit exponents
    let expnt = 0;
    let hExpnt = 0;
    for (let nn = n; nn > 0; nn = Math.floor(nn / 2)) {
        if (nn % 2) {
            P = P ? matmul(P, H, m) : H;
            expnt += hExpnt;
        }
        if (nn === 1)
            break;
        H = matmul(H, H, m);
        hExpnt *= 2;
        if (Math.abs(H[(k - 1) * m + (k - 1)]) > E128) {
            for (let i = 0; i < H.length; i++)
                H[i] /= E128;
            hExpnt += 128;
        }
    }
    let p = P[(k - 1) * m + (k - 1)];
    for (let i = 1; i <= n; i++) {
        p = (i * p) / n; // times n!/n^n
        if (Math.abs(p) < EM128) {
            p *= E128;
            expnt -= 128;
        }
    }
    return clip01(ldexp(p, expnt));
}
/** Column range [j1, j2] of row i in the Pomeranz recursion. */
function pomeranzRange(i, n, ll, ceilf, roundf) {
    let j1;
    let j2;
    if (i === 0) {
        j1 = -ll - ceilf - 1;
        j2 = ll + ceilf - 1;
    }
    else {
        const half = Math.floor((i + 1) / 2);
        if ((i + 1) % 2 === 0) {
            if (half === n + 1) {
                j1 = n - ll - ceilf - 1;
                j2 = n + ll + ceilf - 1;
            }
            else {
                j1 = half - 1 - ll - roundf - 1;
                j2 = half + ll - 1 + ceilf - 1;
            }
        }
        else {
            j1 = half - 1 - ll - 1;
            j2 = half + ll + roundf - 1;
        }
    }
    return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}
/** P(D_n <= x) by Pomeranz's recursion (1974), as in scipy.stats._ksstats. */
function kolmognPomeranz(n, x) {
    const t = n * x;
    const ll = Math.floor(t);
    const f = t - ll;
    const g = Math.min(f, 1 - f);
    const ceilf = f > 0 ? 1 : 0;
    const roundf = f > 0.5 ? 1 : 0;
    const npwrs = 2 * (ll + 1);
    // (g/n)^j/j!, (2g/n)^j/j!, ((1-2g)/n)^j/j!: Poisson probabilities without their normalisation.
    const gpow = new Float64Array(npwrs);
    const twogpow = new Float64Array(npwrs);
    const onem2gpow = new Float64Array(npwrs);
    gpow[0] = twogpow[0] = onem2gpow[0] = 1;
    for (let j = 1; j < npwrs; j++) {
        gpow[j] = (gpow[j - 1] * (g / n)) / j;
        twogpow[j] = (twogpow[j - 1] * ((2 * g) / n)) / j;
        onem2gpow[j] = (onem2gpow[j - 1] * ((1 - 2 * g) / n)) / j;
    }
    let V0 = new Float64Array(npwrs);
    let V1 = new Float64Array(npwrs);
    V1[0] = 1;
    let V0s = 0;
    let V1s = 0;
    let expnt = 0;
    let [j1, j2] = pomeranzRange(0, n, ll, ceilf, roundf);
    for (let i = 1; i < 2 * n + 2; i++) {
        const k1 = j1;
        [V0, V1] = [V1, V0];
        [V0s, V1s] = [V1s, V0s];
        V1.fill(0);
        [j1, j2] = pomeranzRange(i, n, ll, ceilf, roundf);
        const pw = i === 1 || i === 2 * n + 1 ? gpow : i % 2 ? twogpow : onem2gpow;
        const len = j2 - k1 + 1;
        if (len <= 0)
            continue;
        // V1[c] = (V0[off .. off+len) * pw[0 .. len))[j1 - k1 + c], a slice of the full convolution.
        const off = k1 - V0s;
        const alen = Math.min(len, npwrs - off);
        let max = 0;
        for (let c = 0; c <= j2 - j1; c++) {
            const tt = j1 - k1 + c;
            let s = 0;
            for (let a = Math.max(0, tt - len + 1); a <= Math.min(tt, alen - 1); a++)
                s += V0[off + a] * pw[tt - a];
            V1[c] = s;
            if (s > max)
                max = s;
        }
        if (max > 0 && max < EM128) {
            for (let c = 0; c < npwrs; c++)
                V1[c] *= E128;
            expnt -= 128;
        }
        V1s = V0s + j1 - k1;
    }
    let ans = V1[n - V1s];
    for (let j = 1; j <= n; j++) {
        if (Math.abs(ans) > E128) {
            ans *= EM128;
            expnt += 128;
        }
        ans *= j; // times n!
    }
    return clip01(ldexp(ans, expnt));
}
/**
 * P(D_n <= x) by the Pelz-Good (1976) small-x transformation of the Li-Chien/Korolyuk
 * expansion K0 + K1/√n + K2/n + K3/n^1.5, as in scipy.stats._ksstats.
 */
function kolmognPelzGood(n, x) {
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const z = Math.sqrt(n) * x;
    const z2 = z * z;
    const z3 = z2 * z;
    const z4 = z2 * z2;
    const z6 = z4 * z2;
    const qlog = -(Math.PI * Math.PI) / 8 / z2;
    if (qlog < -708)
        return 0;
    const pi2 = Math.PI ** 2;
    const pi4 = Math.PI ** 4;
    const pi6 = Math.PI ** 6;
    let q = Math.exp(qlog);
    const k1a = -z2;
    const k1b = pi2 / 4;
    const k2a = 6 * z6 + 2 * z4;
    const k2b = ((2 * z4 - 5 * z2) * pi2) / 4;
    const k2c = (pi4 * (1 - 2 * z2)) / 16;
    const k3d = (pi6 * (5 - 30 * z2)) / 64;
    const k3c = (pi4 * (-60 * z2 + 212 * z4)) / 16;
    const k3b = (pi2 * (135 * z4 - 96 * z6)) / 4;
    const k3a = -30 * z6 - 90 * z ** 8;
    // Horner in q^8k over odd m = 2k - 1 of the terms c_i(m) q^(m^2).
    let K0 = 0;
    let K1 = 0;
    let K2 = 0;
    let K3 = 0;
    const maxk = Math.ceil((16 * z) / Math.PI);
    for (let k = maxk; k > 0; k--) {
        const m = 2 * k - 1;
        const m2 = m * m;
        const m4 = m2 * m2;
        const qp = q ** (8 * k);
        K0 = K0 * qp + 1;
        K1 = K1 * qp + (k1a + k1b * m2);
        K2 = K2 * qp + (k2a + k2b * m2 + k2c * m4);
        K3 = K3 * qp + (k3a + k3b * m2 + k3c * m4 + k3d * m4 * m2);
    }
    K0 = (K0 * q * SQRT_2PI) / z;
    K1 = (K1 * q * SQRT_2PI) / (6 * z4);
    K2 = (K2 * q * SQRT_2PI) / (72 * z ** 7);
    K3 = (K3 * q * SQRT_2PI) / (6480 * z ** 10);
    // The sums over all integers k of K2's and K3's extra terms.
    q = Math.exp(-pi2 / 2 / z2);
    const sqrt3z = Math.sqrt(3) * z;
    let k2extra = 0;
    let k3extra = 0;
    for (let k = maxk; k > 0; k--) {
        const k2 = k * k;
        const qk = q ** k2;
        const kpi = Math.PI * k;
        k2extra += k2 * qk;
        k3extra += (sqrt3z + kpi) * (sqrt3z - kpi) * k2 * qk;
    }
    K2 += (k2extra * pi2 * SQRT_2PI) / (-36 * z3);
    K3 += (k3extra * pi2 * SQRT_2PI) / (216 * z6);
    return K0 + K1 / Math.sqrt(n) + K2 / n + K3 / n ** 1.5;
}
const LOG_2PI = Math.log(2 * Math.PI);
/** B_2j / (2j(2j-1)) for j = 8..1, highest first (scipy's _STIRLING_COEFFS). */
const STIRLING_DESC = [
    -2.955065359477124183e-2, 6.4102564102564102564e-3, -1.9175269175269175269e-3, 8.4175084175084175084e-4, -5.952380952380952381e-4,
    7.9365079365079365079e-4, -2.7777777777777777778e-3, 8.3333333333333333333e-2,
];
/** log(n! / n^n) by Stirling's series with the n log n term removed. */
function logNFactorialOverNPowN(n) {
    const rn = 1 / n;
    let s = 0;
    for (const c of STIRLING_DESC)
        s = s * (rn / n) + c;
    return Math.log(n) / 2 - n + LOG_2PI / 2 + rn * s;
}
/**
 * Survival function of the exact two-sided one-sample Kolmogorov-Smirnov statistic,
 * P(D_n >= x) (scipy.stats.kstwo.sf), choosing the method as Simard and L'Ecuyer (2011) and scipy
 * do: Ruben-Gambino closed forms at the ends, 2·smirnovSf(n, x) where the two one-sided tails do
 * not overlap (x >= 0.5) or the overlap is negligible, Durbin's matrix (Marsaglia-Tsang-Wang) and
 * Pomeranz's recursion for n <= 140, and for n > 140 Durbin's matrix when n <= 1e5 and
 * n x^1.5 <= 1.4, else the Pelz-Good asymptotic series (scipy's own approximation, reproduced).
 * Agrees with scipy to 5e-12 relative wherever the result is above 1e-300 (at most 9e-13 in the
 * goldens, n = 1..2e6); scipy's subnormal results near n x² = 370 come out as 0 here. Durbin's
 * matrix costs O(k³ log n) with k = ⌈nx⌉ <= 60 (under 0.1 s); 2·smirnovSf costs O(n).
 */
function kstwoSf(n, x) {
    if (Number.isNaN(x) || Number.isNaN(n))
        return NaN;
    if (!Number.isInteger(n) || n <= 0)
        return NaN;
    if (x >= 1)
        return 0;
    if (x <= 0)
        return 1;
    const t = n * x;
    if (t <= 1) {
        if (t <= 0.5)
            return 1;
        let cdf;
        if (n <= 140) {
            cdf = 1;
            for (let i = 1; i <= n; i++)
                cdf *= i * (1 / n) * (2 * t - 1);
        }
        else {
            cdf = Math.exp(logNFactorialOverNPowN(n) + n * Math.log(2 * t - 1));
        }
        return clip01(1 - cdf);
    }
    if (t >= n - 1)
        return clip01(2 * (1 - x) ** n);
    if (x >= 0.5)
        return clip01(2 * smirnovSf(n, x));
    const nx2 = t * x;
    if (n <= 140) {
        if (nx2 <= 0.754693)
            return clip01(1 - kolmognDurbin(n, x));
        if (nx2 <= 4)
            return clip01(1 - kolmognPomeranz(n, x));
        return clip01(2 * smirnovSf(n, x));
    }
    if (nx2 >= 370)
        return 0;
    if (nx2 >= 2.2)
        return clip01(2 * smirnovSf(n, x));
    const cdf = n <= 100000 && n * x ** 1.5 <= 1.4 ? kolmognDurbin(n, x) : kolmognPelzGood(n, x);
    return clip01(1 - clip01(cdf));
}
// ---------------------------------------------------------------------------------------------
// Two-sample Smirnov distribution (exact, lattice paths)
// ---------------------------------------------------------------------------------------------
/**
 * P(D_{n,n} >= h/n) for two samples of equal size n, 0 < h <= n: the reflection-principle sum
 * 2 Σ_k (-1)^(k-1) C(2n, n - kh) / C(2n, n), evaluated Horner-style without cancellation
 * (scipy's _compute_prob_outside_square). O(n).
 */
function smirnov2SfSquare(n, h) {
    let P = 0;
    for (let k = Math.floor(n / h); k >= 0; k--) {
        let p1 = 1;
        for (let j = 0; j < h; j++)
            p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
        P = p1 * (1 - P);
    }
    return 2 * P;
}
/**
 * P(D_{m,n} >= h/lcm(m, n)) as the share of monotone lattice paths from (0, 0) to (m, n) that
 * leave the band |x/m - y/n| < h/lcm, counted column by column within the band (Hodges 1958),
 * with Viehmann's (2021) recursion for the complement, which keeps every entry a probability
 * (scipy's _compute_outer_prob_inside_method). O(m · min(n, 2h/(m/g))) time, O(n) memory.
 */
function smirnov2SfInside(m0, n0, g, h) {
    const m = Math.max(m0, n0);
    const n = Math.min(m0, n0);
    const mg = m / g;
    const ng = n / g;
    let minj = 0;
    let maxj = Math.min(Math.ceil(h / mg), n + 1);
    let curlen = maxj - minj;
    const lenA = Math.min(2 * maxj + 2, n + 1);
    const A = new Float64Array(lenA).fill(1);
    A.fill(0, minj, maxj);
    for (let i = 1; i <= m; i++) {
        const lastminj = minj;
        const lastlen = curlen;
        minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
        maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
        if (maxj <= minj)
            return 1;
        let val = minj === 0 ? 0 : 1;
        for (let jj = 0; jj < maxj - minj; jj++) {
            const j = jj + minj;
            val = (A[jj + minj - lastminj] * i + val * j) / (i + j);
            A[jj] = val;
        }
        curlen = maxj - minj;
        if (lastlen > curlen)
            A.fill(1, maxj - minj, maxj - minj + (lastlen - curlen));
    }
    return A[maxj - minj - 1];
}
/** Greatest common divisor of two non-negative integers. */
function gcd(a, b) {
    while (b)
        [a, b] = [b, a % b];
    return a;
}
/**
 * Exact survival function of the two-sided two-sample Kolmogorov-Smirnov statistic,
 * P(D_{m,n} >= h / lcm(m, n)) under H0 (continuous distributions), for integer 0 <= h <= lcm.
 * The work is O(m + n) when m = n and O(max(m,n) · min(m, n, 2hn/lcm)) otherwise. Not clipped:
 * a value outside [0, 1] signals floating-point failure (scipy then falls back to the asymptotic).
 */
function smirnov2Sf(m, n, h) {
    if (h <= 0)
        return 1;
    return m === n ? smirnov2SfSquare(m, h) : smirnov2SfInside(m, n, gcd(m, n), h);
}


/***/ }),

/***/ 91472:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   He: () => (/* binding */ MAX_SEED),
/* harmony export */   SZ: () => (/* binding */ createRng)
/* harmony export */ });
/* unused harmony export Xoshiro128 */
/**
 * Seeded pseudo-random numbers for the resampling code (bootstrap intervals, simulations):
 * xoshiro128** 1.1 (Blackman and Vigna, "Scrambled linear pseudorandom number generators", 2021),
 * a 32-bit generator with 128 bits of state, period 2^128 - 1, that passes BigCrush and runs on
 * plain 32-bit integer arithmetic (`Math.imul`), so it is fast in JavaScript.
 *
 * Seed scheme (stable: changing it changes every committed interval, so it is versioned here).
 * - `seed` is an integer in [0, 2^53 - 1]. It is expanded to the 128-bit state by SplitMix64
 *   (Vigna's recommended seeder; its 64-bit state starts at `seed`): the first two SplitMix64
 *   outputs, each split into its low then high 32-bit word, are the state words s0, s1, s2, s3.
 *   SplitMix64 never yields an all-zero state from distinct outputs in practice; an all-zero state
 *   is nevertheless replaced by a fixed non-zero one.
 * - `stream` k (default 0) is that generator advanced by k jumps of 2^64 steps (xoshiro128**'s
 *   `jump`), so streams of one seed never overlap for fewer than 2^64 draws each. Code that needs
 *   several independent sequences from one user seed takes one stream each (see
 *   src/metrics/intervals.ts and src/stats/paired.ts for which stream each resampling uses).
 *
 * Samplers: 32-bit words (singly or in bulk), uniform doubles with 53 random bits, unbiased
 * integers in [0, n) (Lemire's multiply-and-reject), standard normals (Marsaglia's polar method)
 * and binomials (inversion for n·min(p, 1-p) < 10, otherwise Hörmann's BTRD, "The generation of
 * binomial random variates", 1993), plus multinomials by conditional binomials. All are exact up
 * to double rounding.
 */
const TWO_32 = 4294967296;
const TWO_53 = 9007199254740992;
const TWO_M32 = 1 / TWO_32;
/** One SplitMix64 step on a BigInt state; returns [next state, output]. */
function splitMix64(state) {
    const M = (1n << 64n) - 1n;
    const s = (state + 0x9e3779b97f4a7c15n) & M;
    let z = s;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & M;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & M;
    z = z ^ (z >> 31n);
    return [s, z];
}
/** Stirling-series corrections fc(k) = ln k! - [(k + ½) ln(k + 1) - (k + 1) + ½ ln 2π] for k < 10. */
const FC_TABLE = [
    0.08106146679532726, 0.04134069595540929, 0.02767792568499834, 0.02079067210376509, 0.01664469118982119, 0.01387612882307075,
    0.01189670994589177, 0.01041126526197209, 0.009255462182712733, 0.008330563433362871,
];
function stirlingCorrection(k) {
    if (k < 10)
        return FC_TABLE[k];
    const r = 1 / (k + 1);
    const r2 = r * r;
    return (1 / 12 - (1 / 360 - r2 / 1260) * r2) * r;
}
/** xoshiro128** generator. Construct with {@link createRng}. */
class Xoshiro128 {
    s0;
    s1;
    s2;
    s3;
    spareNormal = null;
    constructor(s0, s1, s2, s3) {
        this.s0 = s0 | 0;
        this.s1 = s1 | 0;
        this.s2 = s2 | 0;
        this.s3 = s3 | 0;
        if ((this.s0 | this.s1 | this.s2 | this.s3) === 0)
            this.s0 = 0x9e3779b9 | 0;
    }
    /** The state words, for tests and for checkpointing. */
    state() {
        return [this.s0 >>> 0, this.s1 >>> 0, this.s2 >>> 0, this.s3 >>> 0];
    }
    /** The next 32-bit output as an unsigned integer in [0, 2^32). */
    nextUint32() {
        const s1 = this.s1;
        const x = Math.imul(s1, 5);
        const result = Math.imul((x << 7) | (x >>> 25), 9) >>> 0;
        const t = s1 << 9;
        this.s2 ^= this.s0;
        this.s3 ^= this.s1;
        this.s1 ^= this.s2;
        this.s0 ^= this.s3;
        this.s2 ^= t;
        this.s3 = (this.s3 << 11) | (this.s3 >>> 21);
        return result;
    }
    /** A uniform double in [0, 1) with 53 random bits (two 32-bit draws). */
    nextFloat() {
        const hi = this.nextUint32() >>> 5; // 27 bits
        const lo = this.nextUint32() >>> 6; // 26 bits
        return (hi * 67108864 + lo) / TWO_53;
    }
    /** A uniform integer in [0, n), unbiased, for integer 1 <= n <= 2^32. */
    uniformInt(n) {
        if (n <= 2097152) {
            // Lemire (2019): m = x·n is exact below 2^53; reject the few low parts that would bias.
            const threshold = (TWO_32 - n) % n;
            for (;;) {
                const m = this.nextUint32() * n;
                const hi = Math.floor(m * TWO_M32);
                if (m - hi * TWO_32 >= threshold)
                    return hi;
            }
        }
        // 53-bit double times n: exact floor for n <= 2^32 up to a bias below n / 2^53 <= 2^-21 per value.
        return Math.floor(this.nextFloat() * n);
    }
    /**
     * Fills `out` with independent uniform integers in [0, n) for 1 <= n <= 2^21 (the bootstrap's
     * hot loop: one 32-bit draw per value, Lemire's rejection inlined).
     */
    fillUniformInts(out, n) {
        if (n > 2097152) {
            for (let i = 0; i < out.length; i++)
                out[i] = this.uniformInt(n);
            return;
        }
        const threshold = (TWO_32 - n) % n;
        let s0 = this.s0;
        let s1 = this.s1;
        let s2 = this.s2;
        let s3 = this.s3;
        for (let i = 0; i < out.length;) {
            const x = Math.imul(s1, 5);
            const r = Math.imul((x << 7) | (x >>> 25), 9) >>> 0;
            const t = s1 << 9;
            s2 ^= s0;
            s3 ^= s1;
            s1 ^= s2;
            s0 ^= s3;
            s2 ^= t;
            s3 = (s3 << 11) | (s3 >>> 21);
            const m = r * n; // exact: below 2^53
            const hi = Math.floor(m * TWO_M32);
            if (m - hi * TWO_32 >= threshold)
                out[i++] = hi;
        }
        this.s0 = s0;
        this.s1 = s1;
        this.s2 = s2;
        this.s3 = s3;
    }
    /**
     * Fills `out` with the next out.length 32-bit outputs: the same stream as that many nextUint32()
     * calls (an Int32Array stores them as int32 bit patterns). Random bit masks, such as the row
     * sign flips of a permutation test.
     */
    fillUint32(out) {
        for (let i = 0; i < out.length; i++)
            out[i] = this.nextUint32();
    }
    /**
     * Draws `draws` independent uniform integers in [0, counts.length) (counts.length <= 2^21) and
     * increments `counts` at each: the multinomial counts of a bootstrap resample, without storing
     * the draws. Same values, in the same order, as `draws` calls of uniformInt(counts.length).
     */
    countUniformDraws(counts, draws) {
        const n = counts.length;
        if (n > 2097152) {
            for (let i = 0; i < draws; i++)
                counts[this.uniformInt(n)]++;
            return;
        }
        const threshold = (TWO_32 - n) % n;
        let s0 = this.s0;
        let s1 = this.s1;
        let s2 = this.s2;
        let s3 = this.s3;
        for (let i = 0; i < draws;) {
            const x = Math.imul(s1, 5);
            const r = Math.imul((x << 7) | (x >>> 25), 9) >>> 0;
            const t = s1 << 9;
            s2 ^= s0;
            s3 ^= s1;
            s1 ^= s2;
            s0 ^= s3;
            s2 ^= t;
            s3 = (s3 << 11) | (s3 >>> 21);
            const m = r * n;
            const hi = Math.floor(m * TWO_M32);
            if (m - hi * TWO_32 >= threshold) {
                counts[hi]++;
                i++;
            }
        }
        this.s0 = s0;
        this.s1 = s1;
        this.s2 = s2;
        this.s3 = s3;
    }
    /** A standard normal variate (Marsaglia's polar method; the second variate is kept for the next call). */
    normal() {
        if (this.spareNormal !== null) {
            const z = this.spareNormal;
            this.spareNormal = null;
            return z;
        }
        for (;;) {
            const u = 2 * this.nextFloat() - 1;
            const v = 2 * this.nextFloat() - 1;
            const s = u * u + v * v;
            if (s > 0 && s < 1) {
                const f = Math.sqrt((-2 * Math.log(s)) / s);
                this.spareNormal = v * f;
                return u * f;
            }
        }
    }
    /** A Binomial(n, p) variate for integer n >= 0 and p in [0, 1]. */
    binomial(n, p) {
        if (n <= 0 || p <= 0)
            return 0;
        if (p >= 1)
            return n;
        if (p > 0.5)
            return n - this.binomial(n, 1 - p);
        return n * p < 10 ? this.binomialInversion(n, p) : this.binomialBtrd(n, p);
    }
    /** Sequential search from 0 (the expected number of steps is about n·p + 1). */
    binomialInversion(n, p) {
        const q = 1 - p;
        const s = p / q;
        const a = (n + 1) * s;
        for (;;) {
            let r = q ** n;
            let u = this.nextFloat();
            let x = 0;
            while (u > r) {
                u -= r;
                x++;
                if (x > n)
                    break;
                r *= a / x - s;
            }
            if (x <= n)
                return x;
        }
    }
    /** BTRD: transformed rejection with decomposition, p <= 0.5 and n·p >= 10. */
    binomialBtrd(n, p) {
        const q = 1 - p;
        const spq = Math.sqrt(n * p * q);
        const b = 1.15 + 2.53 * spq;
        const a = -0.0873 + 0.0248 * b + 0.01 * p;
        const c = n * p + 0.5;
        const vr = 0.92 - 4.2 / b;
        const urvr = 0.86 * vr;
        const alpha = (2.83 + 5.1 / b) * spq;
        const m = Math.floor((n + 1) * p);
        const r = p / q;
        const nr = (n + 1) * r;
        const npq = n * p * q;
        for (;;) {
            let v = this.nextFloat();
            let u;
            if (v <= urvr) {
                u = v / vr - 0.43;
                return Math.floor(((2 * a) / (0.5 - Math.abs(u)) + b) * u + c);
            }
            if (v >= vr) {
                u = this.nextFloat() - 0.5;
            }
            else {
                u = v / vr - 0.93;
                u = Math.sign(u) * 0.5 - u;
                v = this.nextFloat() * vr;
            }
            const us = 0.5 - Math.abs(u);
            const k = Math.floor(((2 * a) / us + b) * u + c);
            if (k < 0 || k > n)
                continue;
            v = (v * alpha) / (a / (us * us) + b);
            const km = Math.abs(k - m);
            if (km <= 15) {
                // Recursive evaluation of f(k) / f(m).
                let f = 1;
                if (m < k) {
                    for (let i = m + 1; i <= k; i++)
                        f *= nr / i - r;
                }
                else if (m > k) {
                    for (let i = k + 1; i <= m; i++)
                        v *= nr / i - r;
                }
                if (v <= f)
                    return k;
                continue;
            }
            // Squeeze, then the exact log-ratio with Stirling corrections.
            v = Math.log(v);
            const rho = (km / npq) * (((km / 3 + 0.625) * km + 1 / 6) / npq + 0.5);
            const t = (-km * km) / (2 * npq);
            if (v < t - rho)
                return k;
            if (v > t + rho)
                continue;
            const nm = n - m + 1;
            const h = (m + 0.5) * Math.log((m + 1) / (r * nm)) + stirlingCorrection(m) + stirlingCorrection(n - m);
            const nk = n - k + 1;
            if (v <= h + (n + 1) * Math.log(nm / nk) + (k + 0.5) * Math.log((nk * r) / (k + 1)) - stirlingCorrection(k) - stirlingCorrection(n - k)) {
                return k;
            }
        }
    }
    /**
     * Multinomial(n, probs) counts written into `out` (same length as `probs`), by conditional
     * binomials: cell i gets Binomial(remaining n, probs[i] / remaining mass). `probs` need not be
     * normalised; cells with zero probability get 0 without a draw.
     */
    multinomial(n, probs, out) {
        let mass = 0;
        for (let i = 0; i < probs.length; i++)
            mass += probs[i];
        let left = n;
        for (let i = 0; i < probs.length; i++) {
            const pi = probs[i];
            if (left === 0 || pi <= 0) {
                out[i] = 0;
                continue;
            }
            const k = pi >= mass ? left : this.binomial(left, pi / mass);
            out[i] = k;
            left -= k;
            mass -= pi;
        }
        // Rounding of the running mass can strand a few trials; they belong to the last non-empty cell.
        if (left > 0) {
            for (let i = probs.length - 1; i >= 0; i--) {
                if (probs[i] > 0) {
                    out[i] = out[i] + left;
                    break;
                }
            }
        }
    }
    /** Advances the state by 2^64 steps (xoshiro128**'s jump polynomial). */
    jump() {
        const JUMP = [0x8764000b, 0xf542d2d3, 0x6fa035c3, 0x77f2db5b];
        let t0 = 0;
        let t1 = 0;
        let t2 = 0;
        let t3 = 0;
        for (const word of JUMP) {
            for (let b = 0; b < 32; b++) {
                if (word & (1 << b)) {
                    t0 ^= this.s0;
                    t1 ^= this.s1;
                    t2 ^= this.s2;
                    t3 ^= this.s3;
                }
                this.nextUint32();
            }
        }
        this.s0 = t0;
        this.s1 = t1;
        this.s2 = t2;
        this.s3 = t3;
        this.spareNormal = null;
    }
}
/** Largest accepted seed (Number.MAX_SAFE_INTEGER). */
const MAX_SEED = TWO_53 - 1;
/**
 * The generator for `seed` (integer in [0, 2^53 - 1]) and `stream` (small non-negative integer),
 * per the seed scheme in this module's header. Throws RangeError on other seeds.
 */
function createRng(seed, stream = 0) {
    if (!Number.isSafeInteger(seed) || seed < 0)
        throw new RangeError(`seed must be an integer in [0, 2^53 - 1], got ${seed}`);
    if (!Number.isSafeInteger(stream) || stream < 0 || stream > 1 << 20)
        throw new RangeError(`stream must be an integer in [0, 2^20], got ${stream}`);
    let state = BigInt(seed);
    let a;
    let b;
    [state, a] = splitMix64(state);
    [state, b] = splitMix64(state);
    const lo = (x) => Number(x & 0xffffffffn);
    const hi = (x) => Number(x >> 32n);
    const rng = new Xoshiro128(lo(a), hi(a), lo(b), hi(b));
    for (let k = 0; k < stream; k++)
        rng.jump();
    return rng;
}


/***/ })

};
