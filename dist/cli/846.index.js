export const id = 846;
export const ids = [846];
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

/***/ 28252:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fz: () => (/* binding */ STREAM_FAIRNESS),
/* harmony export */   Gv: () => (/* binding */ sensitiveColumns),
/* harmony export */   kp: () => (/* binding */ assign),
/* harmony export */   ks: () => (/* binding */ featureValue),
/* harmony export */   sb: () => (/* binding */ audit),
/* harmony export */   uK: () => (/* binding */ parseSensitive)
/* harmony export */ });
/* unused harmony exports OTHER, JOIN, METHODS, groupRows, groupCells */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4522);
/* harmony import */ var _metrics_intervals_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94685);
/* harmony import */ var _stats_distributions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51638);
/* harmony import */ var _stats_rng_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(91472);
/* harmony import */ var _measures_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(35330);
/**
 * The fairness section of evaluate-model: per sensitive feature (a column, or the intersection of
 * two written `a*b`), the groups with their rates and intervals, and the measures across groups
 * with bootstrap intervals and the groups that set them. Pure: takes per-row labels, predictions
 * and group values, returns data for evaluation.json.
 */





/** The group that collects values with fewer than min-slice-rows rows (as slices do). */
const OTHER = '(other)';
/** Separator of the two values of an intersection group. */
const JOIN = ' & ';
/** The random stream of fairness intervals (metrics use 0 and 1; see metrics/intervals.ts). */
const STREAM_FAIRNESS = 7;
const METHODS = {
    groups: 'Wilson score interval per group rate',
    measures: "percentile bootstrap within groups (each group's confusion cells redrawn Multinomial(n_g, cells_g / n_g), group sizes fixed)",
};
/** A `sensitive` entry: `sex`, or `sex*race` for the intersection of two columns. */
function parseSensitive(entries) {
    return entries.map((name) => {
        const columns = name.split('*').map((c) => c.trim());
        if (columns.length > 2 || columns.some((c) => c === ''))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`input 'sensitive': '${name}' is not a column or the intersection of two columns written a*b`);
        return { name: columns.join('*'), columns };
    });
}
/** The columns `sensitive` reads, each once. */
function sensitiveColumns(entries) {
    return [...new Set(parseSensitive(entries).flatMap((e) => e.columns))];
}
/** A row's value of a feature: the column's value, or the two values joined. */
function featureValue(parts) {
    return parts.join(JOIN);
}
/**
 * Groups rows by value: values with fewer than `minRows` rows are pooled into "(other)"; "(other)"
 * itself is a group only when it reaches `minRows`. Groups are ordered by size, then by name.
 */
function groupRows(values, minRows) {
    const counts = new Map();
    for (const v of values)
        counts.set(v, (counts.get(v) ?? 0) + 1);
    const kept = [...counts].filter(([, n]) => n >= minRows);
    const pooled = [...counts].filter(([, n]) => n < minRows).map(([v]) => v).sort();
    const otherRows = pooled.reduce((a, v) => a + counts.get(v), 0);
    if (pooled.length && otherRows >= minRows)
        kept.push([OTHER, otherRows]);
    kept.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return assign(values, kept.map(([v]) => v), pooled);
}
/** Group ids of rows against known groups and pooled values (the paired tests reuse an evaluation's groups). */
function assign(values, names, pooled) {
    const index = new Map(names.map((v, i) => [v, i]));
    const other = index.get(OTHER);
    const inPool = new Set(pooled);
    const ids = new Int32Array(values.length);
    for (let i = 0; i < values.length; i++) {
        const v = values[i];
        const id = inPool.has(v) ? other : index.get(v);
        ids[i] = id ?? -1;
    }
    return { ids, names, pooled };
}
/** Confusion cells per group, group-major [tn, fp, fn, tp]: label y (0/1) against prediction. */
function groupCells(ids, groups, y, predicted) {
    const cells = new Float64Array(4 * groups);
    for (let i = 0; i < ids.length; i++) {
        const g = ids[i];
        if (g >= 0)
            cells[4 * g + 2 * y[i] + predicted(i)]++;
    }
    return cells;
}
const finite = (x) => (Number.isFinite(x) ? x : null);
function audit(input) {
    const z = (0,_stats_distributions_js__WEBPACK_IMPORTED_MODULE_2__/* .criticalValue */ .z7)(input.confidence);
    const rng = (0,_stats_rng_js__WEBPACK_IMPORTED_MODULE_3__/* .createRng */ .SZ)(input.seed, STREAM_FAIRNESS);
    const features = input.features.map((f) => {
        const grouping = groupRows(f.values, input.minGroupRows);
        const G = grouping.names.length;
        const cells = groupCells(grouping.ids, G, input.y, (i) => (input.score[i] >= input.threshold ? 1 : 0));
        const notes = [];
        if (grouping.pooled.length) {
            const shown = grouping.pooled.slice(0, 10).join(', ') + (grouping.pooled.length > 10 ? `, and ${grouping.pooled.length - 10} more` : '');
            notes.push(grouping.names.includes(OTHER) ? `${grouping.pooled.length} value(s) under min-slice-rows (${input.minGroupRows}) pooled into ${OTHER}: ${shown}` : `${grouping.pooled.length} value(s) under min-slice-rows (${input.minGroupRows}) left out (pooled they still number fewer): ${shown}`);
        }
        const groups = grouping.names.map((value, g) => {
            const r = (0,_measures_js__WEBPACK_IMPORTED_MODULE_4__/* .groupRates */ .Vr)(cells, 4 * g);
            const c = cells.subarray(4 * g, 4 * g + 4);
            const [tn, fp, fn, tp] = [c[0], c[1], c[2], c[3]];
            const rate = (x, k, n) => ({ value: finite(x), ci: n > 0 ? (0,_metrics_intervals_js__WEBPACK_IMPORTED_MODULE_1__/* .wilsonInterval */ .YV)(k, n, z) : null });
            return {
                value,
                rows: r.rows,
                positives: fn + tp,
                selectionRate: rate(r.selectionRate, tp + fp, r.rows),
                truePositiveRate: rate(r.truePositiveRate, tp, tp + fn),
                falsePositiveRate: rate(r.falsePositiveRate, fp, fp + tn),
                precision: rate(r.precision, tp, tp + fp),
                accuracy: rate(r.accuracy, tp + tn, r.rows),
            };
        });
        for (const g of groups) {
            if (g.truePositiveRate.value === null)
                notes.push(`group ${g.value} has no positive labels: its true positive rate is undefined and it is left out of the measures built on it`);
            if (g.falsePositiveRate.value === null)
                notes.push(`group ${g.value} has no negative labels: its false positive rate is undefined and it is left out of the measures built on it`);
        }
        const point = (0,_measures_js__WEBPACK_IMPORTED_MODULE_4__/* .measuresOf */ .d6)(cells, G);
        const cis = G >= 2 ? (0,_measures_js__WEBPACK_IMPORTED_MODULE_4__/* .measureIntervals */ .VX)(cells, G, rng, input.resamples, input.confidence) : _measures_js__WEBPACK_IMPORTED_MODULE_4__/* .MEASURES */ .sF.map(() => null);
        if (G < 2)
            notes.push(`${G} group(s) with at least min-slice-rows (${input.minGroupRows}) rows: the measures across groups need two`);
        const measures = Object.fromEntries(_measures_js__WEBPACK_IMPORTED_MODULE_4__/* .MEASURES */ .sF.map((m, i) => {
            const p = point[m];
            const value = finite(p.value);
            return [m, { value, ci: value === null ? null : cis[i], groups: value === null ? null : [grouping.names[p.groups[0]], grouping.names[p.groups[1]]], rate: p.rate }];
        }));
        const di = measures.disparate_impact_ratio.value;
        return { name: f.name, columns: f.columns, groups, pooled: grouping.pooled, measures, fourFifths: di === null ? null : di >= 0.8, notes };
    });
    return { confidence: input.confidence, resamples: input.resamples, seed: input.seed, minGroupRows: input.minGroupRows, methods: METHODS, features };
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


/***/ })

};
