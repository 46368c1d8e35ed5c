export const id = 713;
export const ids = [713];
export const modules = {

/***/ 264:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nj: () => (/* binding */ TimeSplitter),
/* harmony export */   bC: () => (/* binding */ leakageWarning)
/* harmony export */ });
/* unused harmony export parseTimeSplit */
/* harmony import */ var _lib_files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1938);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4522);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1477);
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
        throw new ConfigurationError(`input 'split-at' needs 'split-by' (the time column to split on)`);
    if (splitAt === undefined)
        throw new ConfigurationError(`input 'split-by' needs 'split-at' (the cut-off: an ISO 8601 date or timestamp)`);
    const at = parseTime(splitAt);
    if (parsedKind < DATE)
        throw new ConfigurationError(`input 'split-at': '${splitAt}' is not an ISO 8601 date or timestamp (e.g. 2015-01-01 or 2015-01-01T00:00:00Z)`);
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
    minKind = _time_js__WEBPACK_IMPORTED_MODULE_2__/* .DATE */ .vH;
    maxKind = _time_js__WEBPACK_IMPORTED_MODULE_2__/* .DATE */ .vH;
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`input 'split-by': no column '${this.config.column}' in ${file} (columns: ${(0,_lib_files_js__WEBPACK_IMPORTED_MODULE_0__/* .showColumns */ .pP)(columns)})`);
        const k = timeKinds?.[this.index];
        this.parquetKind = k === 'date' ? _time_js__WEBPACK_IMPORTED_MODULE_2__/* .DATE */ .vH : k === 'date-time-naive' ? _time_js__WEBPACK_IMPORTED_MODULE_2__/* .DATE_TIME_NAIVE */ .jV : k ? 3 : 0;
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
            ms = (0,_time_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTime */ .pe)(v.trim());
            kind = _time_js__WEBPACK_IMPORTED_MODULE_2__/* .parsedKind */ .qn;
            if (kind < _time_js__WEBPACK_IMPORTED_MODULE_2__/* .DATE */ .vH) {
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
        const show = (ms, kind) => (0,_time_js__WEBPACK_IMPORTED_MODULE_2__/* .formatTime */ .fU)(ms, kind === _time_js__WEBPACK_IMPORTED_MODULE_2__/* .DATE */ .vH, kind === _time_js__WEBPACK_IMPORTED_MODULE_2__/* .DATE_TIME_NAIVE */ .jV);
        return {
            column: this.config.column,
            splitAt: (0,_time_js__WEBPACK_IMPORTED_MODULE_2__/* .formatTime */ .fU)(this.config.at),
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
    const t = (0,_time_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTime */ .pe)(train.max);
    const e = (0,_time_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTime */ .pe)(evaluation.min);
    if (!(e < t))
        return null;
    return `leakage: evaluation rows start at ${evaluation.min} (${evaluation.column}), before the newest training row (${train.max}, ${train.column}); the model was evaluated on rows from a period it was trained on`;
}


/***/ }),

/***/ 8252:
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
/* harmony import */ var _metrics_intervals_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4685);
/* harmony import */ var _stats_distributions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1638);
/* harmony import */ var _stats_rng_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1472);
/* harmony import */ var _measures_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5330);
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

/***/ 5330:
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
/* harmony import */ var _metrics_intervals_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4685);
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

/***/ 8713:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./.build/js/src/lib/files.js
var files = __webpack_require__(1938);
// EXTERNAL MODULE: ./.build/js/src/errors.js
var errors = __webpack_require__(4522);
// EXTERNAL MODULE: ./.build/js/src/schemas/validate.js + 6 modules
var validate = __webpack_require__(704);
;// CONCATENATED MODULE: ./.build/js/src/stats/multiple.js
/**
 * Multiple-testing corrections for the family of comparisons compare-to-baseline runs (several
 * metrics, several slices), as statsmodels.stats.multitest.multipletests (version recorded in
 * test/fixtures/paired/paired-goldens.json). Pure; O(m log m) in the number of p-values.
 */
function fail(message) {
    throw new RangeError(`multipleTesting: ${message}`);
}
/**
 * Adjusts p-values for multiple comparisons and decides which hypotheses to reject:
 *
 * - 'holm': Holm's step-down (statsmodels 'holm'); controls the family-wise error rate at
 *   `alpha` under any dependence. p̃_(i) = max_(j <= i) min(1, (m - j + 1) p_(j)); rejects
 *   p_(1..k-1), k the first with p_(k) > alpha / (m - k + 1).
 * - 'bh': Benjamini-Hochberg step-up (statsmodels 'fdr_bh'); controls the false discovery rate
 *   at `alpha` for independent or positively dependent tests. p̃_(i) = min_(j >= i) min(1, m p_(j) / j);
 *   rejects p_(1..k), k the last with p_(k) <= k alpha / m.
 * - 'none': p̃ = p, rejects p <= alpha.
 *
 * Rejections are decided on the raw p-values, as statsmodels does (not by p̃ <= alpha, which can
 * differ by a rounding). Agrees with statsmodels exactly up to 1 ulp of the adjusted p-values.
 */
function multipleTesting(pvalues, method = 'holm', alpha = 0.05) {
    if (pvalues === null || typeof pvalues !== 'object' || typeof pvalues.length !== 'number')
        fail('pvalues must be an array of numbers in [0, 1]');
    if (method !== 'holm' && method !== 'bh' && method !== 'none')
        fail(`method must be 'holm', 'bh' or 'none', got ${JSON.stringify(method)}`);
    if (typeof alpha !== 'number' || !(alpha > 0 && alpha < 1))
        fail(`alpha must be a number in (0, 1), got ${String(alpha)}`);
    const m = pvalues.length;
    const p = new Float64Array(m);
    for (let i = 0; i < m; i++) {
        const v = pvalues[i];
        if (typeof v !== 'number' || !(v >= 0 && v <= 1))
            fail(`pvalues[${i}] must be a number in [0, 1], got ${String(v)}`);
        p[i] = v;
    }
    const adjusted = new Float64Array(m);
    const reject = new Array(m).fill(false);
    if (method === 'none') {
        for (let i = 0; i < m; i++) {
            adjusted[i] = p[i];
            reject[i] = p[i] <= alpha;
        }
        return { pvaluesAdjusted: adjusted, reject, method, alpha };
    }
    // Ascending order; ties get equal adjusted values whatever their order (see the maxima/minima).
    const order = Array.from({ length: m }, (_, i) => i).sort((a, b) => p[a] - p[b]);
    if (method === 'holm') {
        let stepDown = true;
        let running = 0;
        for (let k = 0; k < m; k++) {
            const v = p[order[k]];
            if (v > alpha / (m - k))
                stepDown = false;
            reject[order[k]] = stepDown;
            running = Math.max(running, (m - k) * v);
            adjusted[order[k]] = Math.min(1, running);
        }
    }
    else {
        let last = -1;
        for (let k = 0; k < m; k++)
            if (p[order[k]] <= ((k + 1) / m) * alpha)
                last = k;
        let running = Infinity;
        for (let k = m - 1; k >= 0; k--) {
            running = Math.min(running, p[order[k]] / ((k + 1) / m));
            adjusted[order[k]] = Math.min(1, running);
            reject[order[k]] = k <= last;
        }
    }
    return { pvaluesAdjusted: adjusted, reject, method, alpha };
}

// EXTERNAL MODULE: ./.build/js/src/stats/distributions.js
var distributions = __webpack_require__(1638);
// EXTERNAL MODULE: ./.build/js/src/stats/rng.js
var stats_rng = __webpack_require__(1472);
;// CONCATENATED MODULE: ./.build/js/src/stats/paired.js
/**
 * Paired comparisons of a candidate model with the production baseline on the same rows: the
 * tests compare-to-baseline uses to decide whether the candidate regressed. Pure functions over
 * numbers and typed arrays, reproducing statsmodels / scipy (versions recorded in
 * test/fixtures/paired/paired-goldens.json, made by scripts/fixtures/paired_goldens.py) with the
 * tolerances stated on each function.
 *
 * Sign conventions. Functions named after scipy take (x, y) and test d = x - y, as scipy does
 * (`ttestRel`, `wilcoxon`, `pairedPermutationTest`). The accuracy functions take the baseline and
 * the candidate by name and report delta = candidate accuracy - baseline accuracy, so delta < 0
 * is a regression. For a lower-is-better metric (an error, a latency) pass x = baseline errors,
 * y = candidate errors: then d > 0 means the candidate is better, the same orientation.
 *
 * Tests return `statistic` and `pvalue` and say whether the p-value is exact, asymptotic or
 * Monte Carlo, and for which alternative. Invalid input throws a RangeError naming the argument.
 * Every function is O(n) or O(n log n) in the rows, except the resampling ones, which cost
 * O(n) per resample, or O(k) when the per-row values take k <= min(64, n/32) distinct values (an
 * accuracy difference: 3), and the exact enumerations, bounded by their size limits.
 */


// ---------------------------------------------------------------------------------------------
// Input validation
// ---------------------------------------------------------------------------------------------
function paired_fail(fn, message) {
    throw new RangeError(`${fn}: ${message}`);
}
function alternativeOf(fn, a) {
    if (a === undefined)
        return 'two-sided';
    if (a !== 'two-sided' && a !== 'less' && a !== 'greater')
        paired_fail(fn, `alternative must be 'two-sided', 'less' or 'greater', got ${JSON.stringify(a)}`);
    return a;
}
function isArrayLike(a) {
    return a !== null && typeof a === 'object' && typeof a.length === 'number';
}
/** d[i] = x[i] - y[i] as a Float64Array; x and y must be equally long arrays of finite numbers. */
function differences(fn, x, y) {
    if (!isArrayLike(x))
        paired_fail(fn, 'x must be an array of numbers');
    if (!isArrayLike(y))
        paired_fail(fn, 'y must be an array of numbers');
    if (x.length !== y.length)
        paired_fail(fn, `x and y must have the same length (paired rows), got ${x.length} and ${y.length}`);
    const d = new Float64Array(x.length);
    for (let i = 0; i < d.length; i++) {
        const a = x[i];
        const b = y[i];
        if (typeof a !== 'number' || !Number.isFinite(a))
            paired_fail(fn, `x[${i}] is not a finite number (${String(a)})`);
        if (typeof b !== 'number' || !Number.isFinite(b))
            paired_fail(fn, `y[${i}] is not a finite number (${String(b)})`);
        d[i] = a - b;
        if (!Number.isFinite(d[i]))
            paired_fail(fn, `x[${i}] - y[${i}] overflows`);
    }
    return d;
}
function integerIn(fn, name, v, min, max = Number.MAX_SAFE_INTEGER) {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max)
        paired_fail(fn, `${name} must be an integer in [${min}, ${max}], got ${String(v)}`);
    return v;
}
function openUnit(fn, name, v) {
    if (typeof v !== 'number' || !(v > 0 && v < 1))
        paired_fail(fn, `${name} must be a number in (0, 1), got ${String(v)}`);
    return v;
}
/** The p-value of a standard-normal statistic z for the given alternative. */
function normalPvalue(z, alternative) {
    if (alternative === 'greater')
        return (0,distributions/* normalSf */.nG)(z);
    if (alternative === 'less')
        return (0,distributions/* normalCdf */.vr)(z);
    return Math.min(1, 2 * (0,distributions/* normalSf */.nG)(Math.abs(z)));
}
/** The p-value of a Student-t statistic for the given alternative (scipy's _ttest_finish). */
function studentTPvalue(t, df, alternative) {
    if (alternative === 'greater')
        return (0,distributions/* studentTSf */.d)(t, df);
    if (alternative === 'less')
        return (0,distributions/* studentTSf */.d)(-t, df);
    return Math.min(1, 2 * (0,distributions/* studentTSf */.d)(Math.abs(t), df));
}
/** Sum with Neumaier's compensation: error ~ε·Σ|v| whatever n (numpy's pairwise sum: ~ε log n). */
function compensatedSum(v) {
    let s = 0;
    let c = 0;
    for (let i = 0; i < v.length; i++) {
        const x = v[i];
        const t = s + x;
        c += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s;
        s = t;
    }
    return s + c;
}
/**
 * Streams of the user's seed (src/stats/rng.ts) for the resampling here, apart from those of the
 * metric intervals (0 and 1, src/metrics/intervals.ts) and of the gate's own resampling in
 * src/gates (7 and up), so that equal seeds do not give them the same draws.
 */
const STREAM_BOOTSTRAP = 2;
const STREAM_PERMUTATION = 3;
/**
 * The resampling tests switch to category counts when the per-row values take at most this many
 * distinct values, and at most one per 32 rows (a binomial variate costs ~30 uniform row draws).
 */
const MAX_CATEGORIES = 64;
function maxCategories(n) {
    return Math.min(MAX_CATEGORIES, Math.floor(n / 32));
}
/**
 * The distinct values of v and how many rows hold each, or undefined when there are more than
 * `max` (O(n) with a hash map that stops growing at max + 1 keys).
 */
function categories(v, max) {
    if (max < 1)
        return undefined;
    const map = new Map();
    for (let i = 0; i < v.length; i++) {
        const key = v[i];
        const c = map.get(key);
        if (c === undefined) {
            if (map.size === max)
                return undefined;
            map.set(key, 1);
        }
        else
            map.set(key, c + 1);
    }
    const values = new Float64Array(map.size);
    const sizes = new Float64Array(map.size);
    let k = 0;
    for (const [value, size] of map) {
        values[k] = value;
        sizes[k++] = size;
    }
    return { values, sizes };
}
function correct(fn, name, v, i) {
    if (v === true || v === 1)
        return 1;
    if (v === false || v === 0)
        return 0;
    return paired_fail(fn, `${name}[${i}] must be a boolean or 0/1, got ${String(v)}`);
}
/**
 * Counts the paired 2x2 table from per-row correctness (booleans or 0/1) of the baseline and the
 * candidate on the same rows, in one pass.
 */
function pairedTable(baselineCorrect, candidateCorrect) {
    const fn = 'pairedTable';
    if (!isArrayLike(baselineCorrect))
        paired_fail(fn, 'baselineCorrect must be an array of booleans or 0/1');
    if (!isArrayLike(candidateCorrect))
        paired_fail(fn, 'candidateCorrect must be an array of booleans or 0/1');
    const n = baselineCorrect.length;
    if (candidateCorrect.length !== n)
        paired_fail(fn, `baselineCorrect and candidateCorrect must have the same length (paired rows), got ${n} and ${candidateCorrect.length}`);
    const cells = [0, 0, 0, 0]; // index 2·baseline + candidate
    for (let i = 0; i < n; i++)
        cells[2 * correct(fn, 'baselineCorrect', baselineCorrect[i], i) + correct(fn, 'candidateCorrect', candidateCorrect[i], i)]++;
    return { bothCorrect: cells[3], baselineOnly: cells[2], candidateOnly: cells[1], neitherCorrect: cells[0], n };
}
function checkTable(fn, t) {
    if (t === null || typeof t !== 'object')
        paired_fail(fn, 'table must be a PairedTable');
    const parts = [t.bothCorrect, t.baselineOnly, t.candidateOnly, t.neitherCorrect];
    const names = ['bothCorrect', 'baselineOnly', 'candidateOnly', 'neitherCorrect'];
    parts.forEach((v, i) => integerIn(fn, `table.${names[i]}`, v, 0));
    if (parts[0] + parts[1] + parts[2] + parts[3] !== t.n)
        paired_fail(fn, `table.n (${t.n}) must equal the sum of the four cells (${parts[0] + parts[1] + parts[2] + parts[3]})`);
    if (t.n < 1)
        paired_fail(fn, 'table.n must be at least 1');
}
/** 'auto' uses the exact binomial test when b + c is below this, the chi-square test otherwise. */
const MCNEMAR_EXACT_BELOW = 25;
/**
 * McNemar's test of marginal homogeneity from the discordant counts b (baseline right, candidate
 * wrong) and c (candidate right, baseline wrong), as statsmodels.stats.contingency_tables.mcnemar:
 *
 * - exact: two-sided binomial test, p = min(1, 2·P(Bin(b + c, ½) <= min(b, c)));
 * - asymptotic: X² = (|b - c| - 1)² / (b + c) with the continuity correction (statsmodels and R
 *   do not clamp |b - c| - 1 at 0, nor do we), p = P(χ²₁ >= X²).
 *
 * 'auto' (the default) picks exact when b + c < 25 (MCNEMAR_EXACT_BELOW), where the chi-square
 * approximation is poor. With no discordant pairs (b + c = 0) the p-value is 1 either way
 * (statsmodels' chi-square form divides by zero there: X² = ∞ and p = 0 with the correction, NaN
 * without). Agrees with statsmodels to 1e-12 relative (exact p at b + c = 10^6: 4e-13 from the
 * 35-digit value).
 */
function mcnemar(b, c, opts = {}) {
    const fn = 'mcnemar';
    integerIn(fn, 'b', b, 0);
    integerIn(fn, 'c', c, 0);
    const exactOpt = opts.exact ?? 'auto';
    if (exactOpt !== true && exactOpt !== false && exactOpt !== 'auto')
        paired_fail(fn, `exact must be true, false or 'auto', got ${String(exactOpt)}`);
    const correction = opts.correction ?? true;
    if (typeof correction !== 'boolean')
        paired_fail(fn, `correction must be a boolean, got ${String(correction)}`);
    const n = b + c;
    const exact = exactOpt === 'auto' ? n < MCNEMAR_EXACT_BELOW : exactOpt;
    if (exact) {
        const k = Math.min(b, c);
        return { statistic: k, pvalue: Math.min(1, 2 * (0,distributions/* binomCdf */.vf)(k, n, 0.5)), method: 'exact' };
    }
    if (n === 0)
        return { statistic: 0, pvalue: 1, method: 'asymptotic' };
    const statistic = (Math.abs(b - c) - (correction ? 1 : 0)) ** 2 / n;
    return { statistic, pvalue: (0,distributions/* chi2Sf */.wv)(statistic, 1), method: 'asymptotic' };
}
/** Tango's score statistic for H0: delta = delta0 (see tangoScoreTest). */
function tangoZ(t, delta0) {
    const n = t.n;
    const nB = t.baselineOnly;
    const nC = t.candidateOnly;
    const num = nC - nB - n * delta0;
    if (num === 0)
        return 0;
    // Restricted MLE of P(baseline only) under delta = delta0: the larger root of
    // 2n q² + W q - nB δ0 (1 - δ0) = 0 (Tango 1998), in the form without cancellation.
    const w = -nC - nB + (2 * n - nC + nB) * delta0;
    const prod = nB * delta0 * (1 - delta0);
    const root = Math.sqrt(Math.max(0, w * w + 8 * n * prod));
    const q = w <= 0 ? (root - w) / (4 * n) : (2 * prod) / (root + w);
    const variance = n * (2 * q + delta0 * (1 - delta0));
    if (!(variance > 0))
        return num > 0 ? Infinity : -Infinity;
    return num / Math.sqrt(variance);
}
/**
 * Tango's (1998) asymptotic score test of H0: delta = delta0 for the paired difference in
 * accuracy delta = P(candidate right) - P(baseline right):
 *
 *   Z = (c - b - n δ0) / sqrt(n (2 q̃ + δ0 (1 - δ0))),
 *
 * with q̃ the maximum-likelihood P(baseline only) restricted to delta = δ0 (closed form). 'greater'
 * is H1: delta > δ0, 'less' is H1: delta < δ0; p-values from the standard normal (asymptotic).
 * Unlike the Wald test its variance is estimated under H0, so it stays defined, and sensible,
 * with few or no discordant pairs. With b = c = 0 and δ0 = 0 there is no evidence either way and
 * the p-value is 1 for every alternative (the exact conditional answer).
 */
function tangoScoreTest(table, opts = {}) {
    const fn = 'tangoScoreTest';
    checkTable(fn, table);
    const delta0 = opts.delta0 ?? 0;
    if (typeof delta0 !== 'number' || !(delta0 > -1 && delta0 < 1))
        paired_fail(fn, `delta0 must be a number in (-1, 1), got ${String(delta0)}`);
    const alternative = alternativeOf(fn, opts.alternative);
    if (delta0 === 0 && table.baselineOnly === 0 && table.candidateOnly === 0)
        return { statistic: 0, pvalue: 1 };
    const z = tangoZ(table, delta0);
    return { statistic: z, pvalue: normalPvalue(z, alternative) };
}
/**
 * The paired difference in accuracy delta = candidate - baseline with Tango's (1998) asymptotic
 * score confidence interval {δ0 : |Z(δ0)| <= z_(1-α/2)}, found by bisection to ~1e-15 (Z is
 * decreasing in δ0; Yang, Sun and Hardin 2013 give the same interval as a root of a quartic). It
 * stays inside [-1, 1], is defined when b + c = 0 (it then straddles 0 with a width that shrinks
 * like 1/n) and has near-nominal coverage (Agresti and Min 2005; checked by seeded simulation in
 * test/unit/paired). Agrees to 1e-9 with an independent implementation that solves the
 * likelihood equation and the interval ends numerically (scripts/fixtures/paired_goldens.py).
 */
function pairedAccuracyDifference(table, opts = {}) {
    const fn = 'pairedAccuracyDifference';
    checkTable(fn, table);
    const confidence = openUnit(fn, 'confidence', opts.confidence ?? 0.95);
    const n = table.n;
    const nB = table.baselineOnly;
    const nC = table.candidateOnly;
    const estimate = (nC - nB) / n;
    const z = (0,distributions/* normalQuantile */.Zl)(1 - (1 - confidence) / 2);
    // Z(δ0) falls from +∞ at δ0 = -1 through 0 at the estimate to -∞ at δ0 = 1.
    const solve = (lo, hi, target) => {
        for (let i = 0; i < 200; i++) {
            const mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi)
                break;
            if (tangoZ(table, mid) > target)
                lo = mid;
            else
                hi = mid;
        }
        return 0.5 * (lo + hi);
    };
    const low = nB === n ? -1 : solve(-1, estimate, z);
    const high = nC === n ? 1 : solve(estimate, 1, -z);
    const standardError = Math.sqrt(Math.max(0, (nB + nC) / n - estimate * estimate) / n);
    return { estimate, confidenceInterval: { low, high }, standardError, confidence, method: 'tango-score' };
}
function checkMargin(fn, margin, max = Infinity) {
    if (typeof margin !== 'number' || !(margin >= 0 && margin < max))
        paired_fail(fn, `margin must be a number in [0, ${max}), got ${String(margin)}`);
    return margin;
}
/**
 * Non-inferiority and regression-beyond-margin p-values for the paired accuracy difference, by
 * Tango's score test at delta0 = -margin (asymptotic, one-sided each):
 * pvalueNonInferiority = P(Z >= z), pvalueRegression = P(Z <= z). The score variance is taken
 * under H0, so a perfect agreement of the two models on few rows does not by itself prove
 * non-inferiority (the Wald standard error would be 0 there). `margin` is in accuracy units
 * (0.01 = one point), in [0, 1).
 */
function accuracyMarginTest(table, margin) {
    const fn = 'accuracyMarginTest';
    checkTable(fn, table);
    checkMargin(fn, margin, 1);
    if (margin === 0 && table.baselineOnly === 0 && table.candidateOnly === 0)
        return { statistic: 0, pvalueNonInferiority: 1, pvalueRegression: 1 };
    const z = tangoZ(table, -margin);
    return { statistic: z, pvalueNonInferiority: (0,distributions/* normalSf */.nG)(z), pvalueRegression: (0,distributions/* normalCdf */.vr)(z) };
}
/**
 * Non-inferiority and regression-beyond-margin p-values for any asymptotically normal estimate of
 * delta (oriented so that delta < 0 is a regression) with its standard error:
 * z = (estimate + margin) / standardError, referred to N(0, 1), or to Student's t with `df`
 * degrees of freedom when given (use ttestRel's `estimate`, `standardError` and `df`: this is then
 * exactly scipy.stats.ttest_rel(x + margin, y, alternative='greater' / 'less')).
 * With standardError = 0 the evidence is taken as certain: p = 0 on the side the estimate lies,
 * 1 on the other, and 1 for both when estimate = -margin.
 */
function marginTest(estimate, standardError, margin, opts = {}) {
    const fn = 'marginTest';
    if (typeof estimate !== 'number' || !Number.isFinite(estimate))
        paired_fail(fn, `estimate must be a finite number, got ${String(estimate)}`);
    if (typeof standardError !== 'number' || !(standardError >= 0) || standardError === Infinity)
        paired_fail(fn, `standardError must be a finite number >= 0, got ${String(standardError)}`);
    checkMargin(fn, margin);
    const df = opts.df;
    if (df !== undefined && (typeof df !== 'number' || !(df > 0)))
        paired_fail(fn, `df must be a number > 0, got ${String(df)}`);
    const distance = estimate + margin;
    if (standardError === 0) {
        if (distance === 0)
            return { statistic: NaN, pvalueNonInferiority: 1, pvalueRegression: 1 };
        const statistic = distance > 0 ? Infinity : -Infinity;
        return { statistic, pvalueNonInferiority: distance > 0 ? 0 : 1, pvalueRegression: distance > 0 ? 1 : 0 };
    }
    const statistic = distance / standardError;
    if (df === undefined || df === Infinity)
        return { statistic, pvalueNonInferiority: (0,distributions/* normalSf */.nG)(statistic), pvalueRegression: (0,distributions/* normalCdf */.vr)(statistic) };
    return { statistic, pvalueNonInferiority: (0,distributions/* studentTSf */.d)(statistic, df), pvalueRegression: (0,distributions/* studentTSf */.d)(-statistic, df) };
}
/**
 * Paired t-test on d = x - y (scipy.stats.ttest_rel): t = mean(d) / (s_d / sqrt(n)) against
 * Student's t with n - 1 degrees of freedom; 'greater' is H1: mean(d) > 0. The p-value is exact
 * under normal differences, asymptotic otherwise. Sums are compensated and the t tail uses the
 * incomplete beta function, so it agrees with scipy to 1e-10 relative (1e-12 for n < 1000).
 * Differences that are all zero give statistic 0 and p-value 1 for every alternative (scipy:
 * NaN); a constant non-zero difference gives t = ±∞ and p = 0 on its side, as scipy.
 */
function ttestRel(x, y, opts = {}) {
    const fn = 'ttestRel';
    const d = differences(fn, x, y);
    const alternative = alternativeOf(fn, opts.alternative);
    const n = d.length;
    if (n < 2)
        paired_fail(fn, `needs at least 2 paired rows, got ${n}`);
    const mean = compensatedSum(d) / n;
    const sq = new Float64Array(n);
    for (let i = 0; i < n; i++)
        sq[i] = (d[i] - mean) ** 2;
    const variance = compensatedSum(sq) / (n - 1);
    const df = n - 1;
    const standardError = Math.sqrt(variance / n);
    if (standardError === 0 && mean === 0)
        return { statistic: 0, pvalue: 1, df, estimate: 0, standardError: 0, alternative };
    const statistic = mean / standardError;
    return { statistic, pvalue: studentTPvalue(statistic, df, alternative), df, estimate: mean, standardError, alternative };
}
/** 'auto' uses the exact null distribution for at most this many differences (and no ties or zeros). */
const WILCOXON_EXACT_MAX_N = 50;
/** method='exact' builds the null distribution in O(n³) time: at most this many non-zero differences (~0.1 s). */
const WILCOXON_EXACT_LIMIT = 400;
/**
 * Counts of subsets of {1..n} by their sum, i.e. 2^n · P(R+ = k) for k = 0..n(n+1)/2: exact
 * integers up to n = 50 (all below 2^53), relative error ~nε beyond.
 */
function wilcoxonCounts(n) {
    const max = (n * (n + 1)) / 2;
    const c = new Float64Array(max + 1);
    c[0] = 1;
    let top = 0;
    for (let k = 1; k <= n; k++) {
        top += k;
        for (let s = top; s >= k; s--)
            c[s] += c[s - k];
    }
    return c;
}
/**
 * Wilcoxon signed-rank test on d = x - y with zero_method='wilcox' (zeros dropped), matching
 * scipy.stats.wilcoxon. 'greater' is H1: d is shifted above 0.
 *
 * - exact: the null distribution of R+ (all 2^n sign patterns of the ranks), as scipy; with ties
 *   a non-integral R+ is rounded conservatively (up for 'less', down for 'greater'), as scipy
 *   >= 1.13. Agrees with scipy to 1e-14. At most 400 non-zero differences.
 * - asymptotic: z = (R+ - n(n+1)/4) / σ with σ² = [n(n+1)(2n+1) - ½ Σ (t³ - t)] / 24 over tie
 *   groups of size t, optional continuity correction; agrees with scipy to 1e-12.
 *
 * 'auto' follows the rule: exact when n <= 50 and there are neither ties nor zeros, asymptotic
 * otherwise. (scipy 1.10 stays exact with ties and truncates R+; scipy >= 1.13 uses a sign-flip
 * permutation test for n <= 13 with ties or zeros — use pairedPermutationTest for that.)
 * All-zero differences give statistic 0 and p-value 1 (scipy raises).
 */
function wilcoxon(x, y, opts = {}) {
    const fn = 'wilcoxon';
    const d = differences(fn, x, y);
    const alternative = alternativeOf(fn, opts.alternative);
    const method = opts.method ?? 'auto';
    if (method !== 'auto' && method !== 'exact' && method !== 'asymptotic')
        paired_fail(fn, `method must be 'auto', 'exact' or 'asymptotic', got ${JSON.stringify(method)}`);
    const correction = opts.correction ?? false;
    if (typeof correction !== 'boolean')
        paired_fail(fn, `correction must be a boolean, got ${String(correction)}`);
    let nz = 0;
    for (let i = 0; i < d.length; i++)
        if (d[i] !== 0)
            nz++;
    const hadZeros = nz < d.length;
    const nzd = new Float64Array(nz);
    for (let i = 0, j = 0; i < d.length; i++)
        if (d[i] !== 0)
            nzd[j++] = d[i];
    const n = nz;
    if (n === 0)
        return { statistic: 0, pvalue: 1, method: method === 'exact' ? 'exact' : 'asymptotic', zstatistic: method === 'exact' ? NaN : 0, n: 0 };
    // Average ranks of |d| over both signs, by merging the sorted |d| of each sign; tie groups.
    let np = 0;
    for (let i = 0; i < n; i++)
        if (nzd[i] > 0)
            np++;
    const pos = new Float64Array(np);
    const neg = new Float64Array(n - np);
    for (let i = 0, a = 0, b = 0; i < n; i++) {
        if (nzd[i] > 0)
            pos[a++] = nzd[i];
        else
            neg[b++] = -nzd[i];
    }
    pos.sort();
    neg.sort();
    let rPlus = 0;
    let rMinus = 0;
    let tieTerm = 0;
    for (let i = 0, j = 0; i < pos.length || j < neg.length;) {
        const v = Math.min(i < pos.length ? pos[i] : Infinity, j < neg.length ? neg[j] : Infinity);
        let cp = 0;
        let cn = 0;
        while (i + cp < pos.length && pos[i + cp] === v)
            cp++;
        while (j + cn < neg.length && neg[j + cn] === v)
            cn++;
        const t = cp + cn;
        const rank = i + j + (t + 1) / 2; // average of ranks i+j+1 .. i+j+t
        rPlus += cp * rank;
        rMinus += cn * rank;
        tieTerm += t * t * t - t;
        i += cp;
        j += cn;
    }
    const hasTies = tieTerm > 0;
    const statistic = alternative === 'two-sided' ? Math.min(rPlus, rMinus) : rPlus;
    const useExact = method === 'exact' || (method === 'auto' && d.length <= WILCOXON_EXACT_MAX_N && !hasTies && !hadZeros);
    if (useExact) {
        if (n > WILCOXON_EXACT_LIMIT)
            paired_fail(fn, `method='exact' supports at most ${WILCOXON_EXACT_LIMIT} non-zero differences, got ${n}; use 'asymptotic'`);
        const counts = wilcoxonCounts(n);
        const total = 2 ** n;
        const cdf = (k) => {
            if (k < 0)
                return 0;
            let s = 0;
            for (let r = 0; r <= Math.min(k, counts.length - 1); r++)
                s += counts[r];
            return s / total;
        };
        const sf = (k) => {
            let s = 0;
            for (let r = Math.max(0, k); r < counts.length; r++)
                s += counts[r];
            return s / total;
        };
        let pvalue;
        if (alternative === 'less')
            pvalue = cdf(Math.ceil(rPlus));
        else if (alternative === 'greater')
            pvalue = sf(Math.floor(rPlus));
        else
            pvalue = Math.min(1, 2 * Math.min(sf(Math.floor(rPlus)), cdf(Math.ceil(rPlus))));
        return { statistic, pvalue, method: 'exact', zstatistic: NaN, n };
    }
    const mean = (n * (n + 1)) / 4;
    const se = Math.sqrt((n * (n + 1) * (2 * n + 1) - tieTerm / 2) / 24);
    let z = (rPlus - mean) / se;
    if (correction) {
        const sign = alternative === 'greater' ? 1 : alternative === 'less' ? -1 : Math.sign(z);
        z -= (sign * 0.5) / se;
    }
    const pvalue = normalPvalue(z, alternative);
    return { statistic, pvalue, method: 'asymptotic', zstatistic: alternative === 'two-sided' ? -Math.abs(z) : z, n };
}
// ---------------------------------------------------------------------------------------------
// Sign-flip permutation test
// ---------------------------------------------------------------------------------------------
/** The permutation test enumerates all 2^n sign patterns for n up to this (65,536 patterns). */
const PERMUTATION_EXACT_MAX_N = 16;
/**
 * Paired sign-flip permutation test of the mean of d = x - y (H0: d is symmetric about 0, i.e.
 * the two models' values are exchangeable within each row), scipy.stats.permutation_test with
 * permutation_type='samples' and the statistic mean(x - y):
 *
 * - exact when n <= 16 (PERMUTATION_EXACT_MAX_N) or 2^n <= resamples: every sign pattern,
 *   p = #{null ⪰ observed} / 2^n, equal to scipy's exact p-value;
 * - otherwise Monte Carlo with `resamples` random patterns, p = (#{null ⪰ observed} + 1) /
 *   (resamples + 1) (never 0; scipy's definition). Each row flips independently with
 *   probability ½, as in scipy, so p agrees with scipy in distribution only.
 *
 * Two-sided p = min(1, 2·min(p_less, p_greater)), as scipy. Null values within 1e-14·|observed| +
 * 2nε·mean|d| of the observed mean count as ties (scipy: max(1e-14, 1e-14·|observed|); ours is
 * scale-free and covers the rounding of an n-term sum). O(n) per pattern, or O(k) when d takes
 * k <= min(64, n/32) distinct values (accuracy differences: 3), by flipping a binomial number of
 * the rows that share a value, which has the same distribution.
 */
function pairedPermutationTest(x, y, statistic = 'mean difference', opts = {}) {
    const fn = 'pairedPermutationTest';
    if (statistic !== 'mean difference')
        paired_fail(fn, `statistic must be 'mean difference', got ${JSON.stringify(statistic)}`);
    const d = differences(fn, x, y);
    const n = d.length;
    if (n < 1)
        paired_fail(fn, 'needs at least 1 paired row');
    const alternative = alternativeOf(fn, opts.alternative);
    const resamples = integerIn(fn, 'resamples', opts.resamples ?? 9999, 1, 1e9);
    const seed = integerIn(fn, 'seed', opts.seed ?? 0, 0);
    let sumAbs = 0;
    for (let i = 0; i < n; i++)
        sumAbs += Math.abs(d[i]);
    let total = 0;
    for (let i = 0; i < n; i++)
        total += d[i];
    const observed = total / n;
    const tol = 1e-14 * Math.abs(observed) + 2 * Number.EPSILON * sumAbs; // 2nε·mean|d|
    const exact = n <= PERMUTATION_EXACT_MAX_N || 2 ** n <= resamples;
    const cats = exact ? undefined : categories(d, maxCategories(n));
    let nullDistribution;
    if (exact) {
        const patterns = 2 ** n;
        nullDistribution = new Float64Array(patterns);
        for (let mask = 0; mask < patterns; mask++) {
            let s = 0;
            for (let i = 0; i < n; i++)
                s += (mask >>> i) & 1 ? -d[i] : d[i];
            nullDistribution[mask] = s / n;
        }
    }
    else if (cats) {
        // Few distinct values: flipping the N_v rows that hold value v flips Bin(N_v, ½) of them, so
        // the flipped sum is Σ_v v (N_v - 2 Bin(N_v, ½)): the same distribution at O(#values) per pattern.
        nullDistribution = new Float64Array(resamples);
        const rng = createRng(seed, STREAM_PERMUTATION);
        for (let r = 0; r < resamples; r++) {
            let s = 0;
            for (let k = 0; k < cats.values.length; k++) {
                const v = cats.values[k];
                if (v !== 0)
                    s += v * (cats.sizes[k] - 2 * rng.binomial(cats.sizes[k], 0.5));
            }
            nullDistribution[r] = s / n;
        }
    }
    else {
        nullDistribution = new Float64Array(resamples);
        const rng = createRng(seed, STREAM_PERMUTATION);
        const words = new Int32Array(Math.ceil(n / 32));
        for (let r = 0; r < resamples; r++) {
            rng.fillUint32(words);
            let s = 0;
            for (let w = 0, i = 0; w < words.length; w++) {
                const bits = words[w];
                const end = Math.min(n, i + 32);
                for (let j = 0; i < end; i++, j++)
                    s += d[i] * (1 - 2 * ((bits >>> j) & 1));
            }
            nullDistribution[r] = s / n;
        }
    }
    let atMost = 0;
    let atLeast = 0;
    for (let i = 0; i < nullDistribution.length; i++) {
        const v = nullDistribution[i];
        if (v <= observed + tol)
            atMost++;
        if (v >= observed - tol)
            atLeast++;
    }
    const adjustment = exact ? 0 : 1;
    const count = nullDistribution.length;
    const pLess = (atMost + adjustment) / (count + adjustment);
    const pGreater = (atLeast + adjustment) / (count + adjustment);
    const pvalue = alternative === 'less' ? pLess : alternative === 'greater' ? pGreater : Math.min(1, 2 * Math.min(pLess, pGreater));
    return { statistic: observed, pvalue: Math.min(1, pvalue), nullDistribution, exact, resamples: count };
}
/**
 * mean(x - y) over the resampled rows: Σ counts·d / Σ counts with d = x - y, and its O(n)
 * jackknife. For an accuracy difference pass x = candidate correctness, y = baseline correctness
 * (0/1): the statistic is then candidate accuracy - baseline accuracy. When d takes at most
 * min(64, n/32) distinct values (3 for an accuracy difference) it declares `discreteMean`, so
 * that the bootstrap costs O(1) per resample in n.
 */
function meanDifferenceStatistic(x, y) {
    const d = differences('meanDifferenceStatistic', x, y);
    const n = d.length;
    return {
        discreteMean: categories(d, maxCategories(n)),
        evaluate(counts) {
            let s = 0;
            let w = 0;
            for (let i = 0; i < n; i++) {
                const c = counts[i];
                s += c * d[i];
                w += c;
            }
            return s / w;
        },
        jackknife() {
            const total = compensatedSum(d);
            const out = new Float64Array(n);
            for (let i = 0; i < n; i++)
                out[i] = (total - d[i]) / (n - 1);
            return out;
        },
    };
}
/** np.percentile(sorted, q) with numpy's default 'linear' method, on an ascending array. */
function percentileSorted(sorted, q) {
    const n = sorted.length;
    const virtual = (n - 1) * (q / 100);
    if (virtual >= n - 1)
        return sorted[n - 1];
    if (virtual < 0)
        return sorted[0];
    const prev = Math.floor(virtual);
    const t = virtual - prev;
    const a = sorted[prev];
    const b = sorted[prev + 1];
    const diff = b - a;
    return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}
/**
 * A bootstrap confidence interval from a bootstrap distribution, exactly as
 * scipy.stats.bootstrap computes it (Efron and Tibshirani 1993, ch. 13-14):
 *
 * - percentile: the α/2 and 1 - α/2 percentiles of the distribution (np.percentile, linear);
 * - basic: 2θ̂ minus the percentile interval, reversed;
 * - bca: the percentiles Φ(z0 + (z0 + z)/(1 - a(z0 + z))) for z = ±z_(α/2), with
 *   z0 = Φ⁻¹(mean of the fractions of the distribution < θ̂ and <= θ̂) and the acceleration
 *   a = Σ U³ / (6 (Σ U²)^1.5), U_i = mean(jackknife) - jackknife_i.
 *
 * Where scipy returns NaN for BCa we return a defined interval: with a constant jackknife
 * (a = 0/0) a = 0, and with θ̂ outside the distribution (z0 = ±∞) both ends at its extreme.
 */
function bootstrapConfidenceInterval(distribution, estimate, opts = {}) {
    const fn = 'bootstrapConfidenceInterval';
    if (!isArrayLike(distribution) || distribution.length < 1)
        paired_fail(fn, 'distribution must be a non-empty array of numbers');
    const confidence = openUnit(fn, 'confidence', opts.confidence ?? 0.95);
    const method = opts.method ?? 'bca';
    if (method !== 'percentile' && method !== 'basic' && method !== 'bca')
        paired_fail(fn, `method must be 'percentile', 'basic' or 'bca', got ${JSON.stringify(method)}`);
    const sorted = Float64Array.from(distribution);
    for (let i = 0; i < sorted.length; i++)
        if (Number.isNaN(sorted[i]))
            paired_fail(fn, `distribution[${i}] is NaN`);
    sorted.sort();
    const alpha = (1 - confidence) / 2;
    if (method !== 'bca') {
        const lo = percentileSorted(sorted, alpha * 100);
        const hi = percentileSorted(sorted, (1 - alpha) * 100);
        return method === 'percentile' ? { low: lo, high: hi } : { low: 2 * estimate - hi, high: 2 * estimate - lo };
    }
    const jk = opts.jackknife;
    if (!isArrayLike(jk) || jk.length < 2)
        paired_fail(fn, "jackknife (at least 2 leave-one-out values) is required for method 'bca'");
    const B = sorted.length;
    let below = 0;
    let atOrBelow = 0;
    for (let i = 0; i < B; i++) {
        if (sorted[i] < estimate)
            below++;
        if (sorted[i] <= estimate)
            atOrBelow++;
    }
    const z0 = (0,distributions/* normalQuantile */.Zl)((below + atOrBelow) / (2 * B));
    const m = jk.length;
    let mean = 0;
    for (let i = 0; i < m; i++)
        mean += jk[i];
    mean /= m;
    let num = 0;
    let den = 0;
    for (let i = 0; i < m; i++) {
        const u = (m - 1) * (mean - jk[i]);
        num += u * u * u;
        den += u * u;
    }
    num /= m ** 3;
    den /= m ** 2;
    const a = den > 0 ? num / (6 * den ** 1.5) : 0;
    let alpha1;
    let alpha2;
    if (!Number.isFinite(z0)) {
        alpha1 = alpha2 = z0 < 0 ? 0 : 1;
    }
    else {
        const zAlpha = (0,distributions/* normalQuantile */.Zl)(alpha);
        const num1 = z0 + zAlpha;
        alpha1 = (0,distributions/* normalCdf */.vr)(z0 + num1 / (1 - a * num1));
        const num2 = z0 - zAlpha;
        alpha2 = (0,distributions/* normalCdf */.vr)(z0 + num2 / (1 - a * num2));
    }
    return { low: percentileSorted(sorted, alpha1 * 100), high: percentileSorted(sorted, alpha2 * 100) };
}
/**
 * Paired bootstrap of a statistic of n paired rows (both models' predictions on the same rows),
 * equal in distribution to scipy.stats.bootstrap(..., paired=True): each resample draws n rows
 * with replacement, as multiplicity counts (n uniform draws into a Uint32Array), and evaluates the
 * statistic on the counts. The interval is bootstrapConfidenceInterval's. Monte Carlo: the
 * endpoints carry a resampling error of about sqrt(p(1-p)/B) / f(q_p) (p = α/2, f the bootstrap
 * density), 0.019 standard errors for B = 20000 at 95%; the seed makes them reproducible.
 * Costs `resamples` evaluations (+ the jackknife for BCa), or O(#values) per resample for a
 * statistic that declares `discreteMean`.
 */
function pairedBootstrap(statistic, n, opts = {}) {
    const fn = 'pairedBootstrap';
    const stat = typeof statistic === 'function' ? { evaluate: statistic } : statistic;
    if (stat === null || typeof stat !== 'object' || typeof stat.evaluate !== 'function')
        paired_fail(fn, 'statistic must be a function of row counts or a WeightedStatistic');
    integerIn(fn, 'n', n, 2, 0xffffffff);
    const resamples = integerIn(fn, 'resamples', opts.resamples ?? 9999, 1, 1e9);
    const confidence = openUnit(fn, 'confidence', opts.confidence ?? 0.95);
    const seed = integerIn(fn, 'seed', opts.seed ?? 0, 0);
    const method = opts.method ?? 'bca';
    if (method !== 'percentile' && method !== 'basic' && method !== 'bca')
        paired_fail(fn, `method must be 'percentile', 'basic' or 'bca', got ${JSON.stringify(method)}`);
    const counts = new Uint32Array(n).fill(1);
    const estimate = stat.evaluate(counts);
    if (!Number.isFinite(estimate))
        paired_fail(fn, `statistic returned ${estimate} on the original rows`);
    const rng = (0,stats_rng/* createRng */.SZ)(seed, STREAM_BOOTSTRAP);
    const dist = new Float64Array(resamples);
    const discrete = stat.discreteMean;
    if (discrete) {
        const { values, sizes } = discrete;
        let rows = 0;
        for (let k = 0; k < sizes.length; k++)
            rows += sizes[k];
        if (values.length !== sizes.length || rows !== n)
            paired_fail(fn, `statistic.discreteMean must have one size per value, summing to n = ${n}`);
        const drawn = new Float64Array(sizes.length);
        for (let b = 0; b < resamples; b++) {
            rng.multinomial(n, sizes, drawn);
            let s = 0;
            for (let k = 0; k < values.length; k++)
                s += values[k] * drawn[k];
            dist[b] = s / n;
        }
    }
    else {
        for (let b = 0; b < resamples; b++) {
            counts.fill(0);
            rng.countUniformDraws(counts, n);
            const v = stat.evaluate(counts);
            if (Number.isNaN(v))
                paired_fail(fn, `statistic returned NaN on resample ${b}`);
            dist[b] = v;
        }
    }
    let jackknife;
    if (method === 'bca') {
        if (stat.jackknife) {
            jackknife = stat.jackknife();
            if (!isArrayLike(jackknife) || jackknife.length !== n)
                paired_fail(fn, `statistic.jackknife() must return n = ${n} values`);
        }
        else {
            jackknife = new Float64Array(n);
            counts.fill(1);
            for (let i = 0; i < n; i++) {
                counts[i] = 0;
                jackknife[i] = stat.evaluate(counts);
                counts[i] = 1;
            }
        }
    }
    const confidenceInterval = bootstrapConfidenceInterval(dist, estimate, { confidence, method, jackknife });
    let mean = 0;
    for (let b = 0; b < resamples; b++)
        mean += dist[b];
    mean /= resamples;
    let ss = 0;
    for (let b = 0; b < resamples; b++)
        ss += (dist[b] - mean) ** 2;
    const standardError = resamples > 1 ? Math.sqrt(ss / (resamples - 1)) : NaN;
    return { estimate, confidenceInterval, standardError, bootstrapDistribution: dist, method, confidence };
}

// EXTERNAL MODULE: ./.build/js/src/metrics/intervals.js
var intervals = __webpack_require__(4685);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(2210);
;// CONCATENATED MODULE: ./.build/js/src/schemas/gates.schema.json
const gates_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://modelgate.dev/schemas/gates.schema.json","title":"modelgate gate file","description":"The gates compare-to-baseline applies: which metrics (overall and per slice) may not regress, by how much, and how the decision is made. Add `# yaml-language-server: $schema=<url of this file>` to a YAML gate file for completion in editors.","type":"object","additionalProperties":false,"$defs":{"amount":{"description":"An absolute amount (0.01 is one point of accuracy) or a percent of the baseline (\\"1%\\", defined as (candidate - baseline) / |baseline|).","oneOf":[{"type":"number","minimum":0},{"type":"string","pattern":"^[0-9]+(\\\\.[0-9]+)?%$"}]},"rules":{"type":"object","additionalProperties":false,"minProperties":1,"properties":{"min":{"type":"number","description":"Absolute floor of the candidate\'s value."},"max":{"type":"number","description":"Absolute ceiling of the candidate\'s value."},"max-regression":{"$ref":"#/$defs/amount","description":"How much worse than the baseline the candidate may be."},"require-improvement":{"description":"true, or an amount: the candidate must be shown better than the baseline (by at least the amount).","oneOf":[{"type":"boolean"},{"$ref":"#/$defs/amount"}]}}},"metricRules":{"type":"object","propertyNames":{"enum":["accuracy","balanced_accuracy","precision","recall","f1","roc_auc","average_precision","log_loss","brier_score","ece","macro_f1","mae","rmse","r2","latency_p50_ms","latency_p95_ms"]},"additionalProperties":{"$ref":"#/$defs/rules"}}},"properties":{"$schema":{"type":"string"},"policy":{"enum":["detect-regression","prove-non-inferiority"],"description":"detect-regression (default): fail when the data shows, at the confidence level, a regression beyond the allowed amount. prove-non-inferiority: pass only when the data shows the candidate is no worse than the allowed amount."},"min-policy":{"enum":["interval","point"],"description":"How `min` and `max` bounds are judged. interval (default): by the candidate\'s interval under `policy` (detect-regression fails only when the value is shown beyond the bound, and marks a point value beyond it with a warning; prove-non-inferiority passes only when it is shown within). point: the point value must be within the bound, no test."},"confidence":{"type":"number","exclusiveMinimum":0.5,"exclusiveMaximum":1},"correction":{"enum":["holm","bh","none"],"description":"Adjustment of p-values across all gates: Holm (family-wise error), Benjamini-Hochberg (false discovery rate) or none."},"bootstrap":{"type":"integer","minimum":100,"maximum":100000},"seed":{"type":"integer","minimum":0},"metrics":{"$ref":"#/$defs/metricRules"},"slices":{"type":"object","description":"Column -> metric rules applied to every value of that slice column.","additionalProperties":{"$ref":"#/$defs/metricRules"}},"fairness":{"type":"object","description":"Fairness measure -> rules, applied to every sensitive feature the candidate was evaluated with (evaluate-model\'s `sensitive`): `min`/`max` bound the candidate\'s measure (judged like metric bounds), `max-regression` limits how much less fair than the baseline it may be, by a paired bootstrap on the same rows. Differences are lower-is-fairer, ratios higher-is-fairer.","propertyNames":{"enum":["demographic_parity_difference","demographic_parity_ratio","equalized_odds_difference","equalized_odds_ratio","equal_opportunity_difference","disparate_impact_ratio"]},"additionalProperties":{"$ref":"#/$defs/rules"}}}}');
// EXTERNAL MODULE: ./.build/js/src/fairness/measures.js
var fairness_measures = __webpack_require__(5330);
;// CONCATENATED MODULE: ./.build/js/src/gates/spec.js
/**
 * Gate files: what compare-to-baseline enforces. Validated against src/schemas/gates.schema.json
 * (published for editors), then normalised into a flat list of gates, one per metric, rule and
 * slice column.
 */




/** Direction per metric: +1 higher is better, -1 lower is better. */
const spec_DIRECTION = {
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
    ...fairness_measures/* MEASURE_DIRECTION */.Re,
};
let spec_validate;
function amountOf(v) {
    if (typeof v === 'string')
        return { value: Number(v.slice(0, -1)) / 100, percent: true };
    return { value: Number(v), percent: false };
}
/** Parses an already-loaded gate document (YAML or JSON); errors name the source and the key. */
function parseGates(doc, source) {
    spec_validate ??= new _2020.Ajv2020({ allErrors: false, strict: false }).compile(gates_schema_namespaceObject);
    if (doc === null || doc === undefined)
        doc = {};
    if (!spec_validate(doc)) {
        const e = spec_validate.errors[0];
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

// EXTERNAL MODULE: ./.build/js/src/stats/delong.js
var delong = __webpack_require__(4932);
;// CONCATENATED MODULE: ./.build/js/src/gates/paired-arrays.js
const EPS = 2.220446049250313e-16;
const cache = new WeakMap();
function cached(p, key, build) {
    let m = cache.get(p);
    if (!m)
        cache.set(p, (m = new Map()));
    let hit = m.get(key);
    if (!hit)
        m.set(key, (hit = { candidate: build(p.candidate), baseline: build(p.baseline) }));
    return hit;
}
/** out[i] = fn(a[i], i) with a plain loop (TypedArray.from with a map function is ~10x slower). */
function mapRows(out, a, fn) {
    for (let i = 0; i < a.length; i++)
        out[i] = fn(a[i], i);
    return out;
}
/** Predicted classes of both models: binary scores thresholded at `threshold`; multiclass as given. */
function predictions(p, threshold) {
    if (p.task !== 'binary')
        return { candidate: p.candidate, baseline: p.baseline };
    return cached(p, `pred|${threshold}`, (s) => mapRows(new Float64Array(p.n), s, (x) => (x >= threshold ? 1 : 0)));
}
/** Per-row losses (log_loss clipped at float64 epsilon, as scikit-learn; brier_score) or absolute errors of both models. */
function rowLosses(p, kind) {
    if (kind === 'log_loss' && p.candidateLoss && p.baselineLoss)
        return { candidate: p.candidateLoss, baseline: p.baselineLoss };
    const y = p.y;
    const loss = kind === 'abs_error'
        ? (v, i) => Math.abs(v - y[i])
        : kind === 'brier_score'
            ? (s, i) => (s - y[i]) ** 2
            : (s, i) => -Math.log(Math.min(1 - EPS, Math.max(EPS, y[i] ? s : 1 - s)));
    return cached(p, kind, (s) => mapRows(new Float64Array(p.n), s, loss));
}

;// CONCATENATED MODULE: ./.build/js/src/gates/paired-metrics.js
/**
 * The paired comparison of one metric between candidate and baseline on the same rows: the delta,
 * its interval, and one-sided p-values against a margin, each by the test that fits the metric:
 *
 * | metric | test |
 * |---|---|
 * | accuracy | McNemar (exact below 25 discordant pairs) with no margin; Tango's score test against a margin; Tango's score interval |
 * | roc_auc | DeLong's test for two correlated AUCs |
 * | log_loss, brier_score, mae | paired t-test on per-row losses / absolute errors |
 * | precision, recall, f1, balanced_accuracy, macro_f1 | paired bootstrap of the joint confusion cells (label x candidate x baseline prediction), multinomial redraws |
 * | average_precision, rmse, r2 | paired bootstrap of rows |
 *
 * Deltas are candidate - baseline in the metric's units; p-values are about the oriented delta
 * d = direction * delta (d < 0 is worse): pRegression(m) tests H1: d < -m, pNonInferior(m) tests
 * H1: d > -m.
 */





function normalEstimate(candidate, baseline, dir, se, confidence, test, df) {
    const delta = candidate - baseline;
    const z = (0,distributions/* normalQuantile */.Zl)(1 - (1 - confidence) / 2);
    return {
        candidate,
        baseline,
        delta,
        ci: [delta - z * se, delta + z * se],
        test,
        pRegression: (m) => marginTest(dir * delta, se, m, { df }).pvalueRegression,
        pNonInferior: (m) => marginTest(dir * delta, se, m, { df }).pvalueNonInferiority,
    };
}
/** Percentile interval and bootstrap p-values from a distribution of deltas. */
function bootstrapEstimate(candidate, baseline, dir, dist, confidence, test) {
    const sorted = Float64Array.from(dist).sort();
    const q = (p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(p * (sorted.length - 1))))];
    const a = (1 - confidence) / 2;
    const B = sorted.length;
    const count = (pred) => {
        let k = 0;
        for (let i = 0; i < B; i++)
            if (pred(dir * sorted[i]))
                k++;
        return k;
    };
    return {
        candidate,
        baseline,
        delta: candidate - baseline,
        ci: [q(a), q(1 - a)],
        test,
        pRegression: (m) => (1 + count((d) => d >= -m)) / (B + 1),
        pNonInferior: (m) => (1 + count((d) => d <= -m)) / (B + 1),
    };
}
/** Binary metrics from the 8 joint cells: index 4*y + 2*candidatePred + baselinePred. */
function binaryCellMetric(name) {
    return (cells, model) => {
        let tp = 0;
        let fp = 0;
        let fn = 0;
        let tn = 0;
        for (let i = 0; i < 8; i++) {
            const y = i >> 2;
            const pred = model === 0 ? (i >> 1) & 1 : i & 1;
            const c = cells[i];
            if (y && pred)
                tp += c;
            else if (!y && pred)
                fp += c;
            else if (y)
                fn += c;
            else
                tn += c;
        }
        const precision = tp + fp ? tp / (tp + fp) : 0;
        const recall = tp + fn ? tp / (tp + fn) : 0;
        switch (name) {
            case 'precision':
                return precision;
            case 'recall':
                return recall;
            case 'f1':
                return 2 * tp + fp + fn ? (2 * tp) / (2 * tp + fp + fn) : 0;
            default: {
                const spec = tn + fp ? tn / (tn + fp) : 0;
                return (recall + spec) / 2;
            }
        }
    };
}
/** Macro F1 from K^3 joint cells: index (y*K + candidatePred)*K + baselinePred. */
function macroF1Cells(k) {
    return (cells, model) => {
        const tp = new Float64Array(k);
        const pred = new Float64Array(k);
        const sup = new Float64Array(k);
        for (let i = 0; i < k * k * k; i++) {
            const c = cells[i];
            if (!c)
                continue;
            const y = Math.floor(i / (k * k));
            const p = model === 0 ? Math.floor(i / k) % k : i % k;
            sup[y] += c;
            pred[p] += c;
            if (p === y)
                tp[y] += c;
        }
        let s = 0;
        for (let j = 0; j < k; j++)
            s += sup[j] + pred[j] ? (2 * tp[j]) / (sup[j] + pred[j]) : 0;
        return s / k;
    };
}
function cellBootstrap(cells, metric, dir, o, test) {
    const n = cells.reduce((a, b) => a + b, 0);
    const shares = Float64Array.from(cells, (c) => c / n);
    const rng = (0,stats_rng/* createRng */.SZ)(o.seed, 7);
    const draw = new Float64Array(cells.length);
    const dist = new Float64Array(o.resamples);
    for (let b = 0; b < o.resamples; b++) {
        rng.multinomial(n, shares, draw);
        dist[b] = metric(draw, 0) - metric(draw, 1);
    }
    return bootstrapEstimate(metric(cells, 0), metric(cells, 1), dir, dist, o.confidence, test);
}
/** Average precision (scikit-learn's step form) of scores with per-row weights. */
function weightedAp(order, y, w, scores) {
    let tp = 0;
    let fp = 0;
    let total = 0;
    for (let i = 0; i < y.length; i++)
        total += y[i] * w[i];
    if (total === 0)
        return 0;
    let ap = 0;
    let prevRecall = 0;
    let i = 0;
    while (i < order.length) {
        const s = scores[order[i]];
        while (i < order.length && scores[order[i]] === s) {
            const r = order[i++];
            if (y[r])
                tp += w[r];
            else
                fp += w[r];
        }
        if (tp + fp === 0)
            continue;
        const recall = tp / total;
        ap += (recall - prevRecall) * (tp / (tp + fp));
        prevRecall = recall;
    }
    return ap;
}
function descendingOrder(scores) {
    const idx = new Uint32Array(scores.length);
    for (let i = 0; i < idx.length; i++)
        idx[i] = i;
    return idx.sort((a, b) => scores[b] - scores[a]);
}
/** The paired comparison of `metric`; undefined when this task has no such metric. */
function pairedEstimate(metric, p, o) {
    const n = p.n;
    const dir = o.direction;
    const boot = { resamples: o.resamples, confidence: o.confidence, seed: o.seed, method: 'percentile' };
    if (p.task === 'binary' || p.task === 'multiclass') {
        // Predicted classes, made once per rows and threshold, only by the metrics that use them.
        const needsPred = metric === 'accuracy' || metric === 'macro_f1' || ['precision', 'recall', 'f1', 'balanced_accuracy'].includes(metric);
        const pred = needsPred ? predictions(p, o.threshold) : { candidate: p.candidate, baseline: p.baseline };
        const predC = pred.candidate;
        const predB = pred.baseline;
        if (metric === 'accuracy') {
            const table = pairedTable(mapRows(new Uint8Array(n), p.y, (y, i) => (predB[i] === y ? 1 : 0)), mapRows(new Uint8Array(n), p.y, (y, i) => (predC[i] === y ? 1 : 0)));
            const diff = pairedAccuracyDifference(table, { confidence: o.confidence });
            const accC = (table.bothCorrect + table.candidateOnly) / n;
            const accB = (table.bothCorrect + table.baselineOnly) / n;
            const mc = mcnemar(table.baselineOnly, table.candidateOnly);
            // One-sided McNemar: half the two-sided p on the side the data lies, its complement on the other.
            const oneSided = (dataOnThatSide) => (dataOnThatSide ? mc.pvalue / 2 : 1 - mc.pvalue / 2);
            return {
                candidate: accC,
                baseline: accB,
                delta: accC - accB,
                ci: [diff.confidenceInterval.low, diff.confidenceInterval.high],
                test: `McNemar (${mc.method}) without a margin, Tango's score test with one; Tango interval`,
                pRegression: (m) => (m === 0 ? oneSided(table.candidateOnly < table.baselineOnly) : accuracyMarginTest(table, m).pvalueRegression),
                pNonInferior: (m) => (m === 0 ? oneSided(table.candidateOnly > table.baselineOnly) : accuracyMarginTest(table, m).pvalueNonInferiority),
            };
        }
        if (p.task === 'binary' && ['precision', 'recall', 'f1', 'balanced_accuracy'].includes(metric)) {
            const cells = new Float64Array(8);
            for (let i = 0; i < n; i++)
                cells[4 * p.y[i] + 2 * predC[i] + predB[i]]++;
            return cellBootstrap(cells, binaryCellMetric(metric), dir, o, 'paired bootstrap of the joint confusion cells (percentile)');
        }
        if (p.task === 'multiclass' && metric === 'macro_f1') {
            const k = Math.max(...p.y, ...predC, ...predB) + 1;
            const cells = new Float64Array(k * k * k);
            for (let i = 0; i < n; i++)
                cells[(p.y[i] * k + predC[i]) * k + predB[i]]++;
            return cellBootstrap(cells, macroF1Cells(k), dir, o, 'paired bootstrap of the joint confusion cells (percentile)');
        }
        if (p.task === 'binary' && metric === 'roc_auc') {
            const t = (0,delong/* delongTest */.Cc)(p.y, p.candidate, p.baseline, { confidence: o.confidence });
            return normalEstimate(t.auc[0], t.auc[1], dir, t.standardError, o.confidence, "DeLong's test for correlated AUCs");
        }
        if (metric === 'log_loss' || (p.task === 'binary' && metric === 'brier_score')) {
            const { candidate: lc, baseline: lb } = rowLosses(p, metric === 'brier_score' ? 'brier_score' : 'log_loss');
            const t = ttestRel(lc, lb);
            const mean = (a) => a.reduce((x, y) => x + y, 0) / a.length;
            return normalEstimate(mean(lc), mean(lb), dir, t.standardError, o.confidence, 'paired t-test on per-row losses', t.df);
        }
        if (p.task === 'binary' && metric === 'average_precision') {
            const oc = descendingOrder(p.candidate);
            const ob = descendingOrder(p.baseline);
            const stat = (w) => weightedAp(oc, p.y, w, p.candidate) - weightedAp(ob, p.y, w, p.baseline);
            const ones = new Uint32Array(n).fill(1);
            const r = pairedBootstrap(stat, n, boot);
            return bootstrapEstimate(weightedAp(oc, p.y, ones, p.candidate), weightedAp(ob, p.y, ones, p.baseline), dir, r.bootstrapDistribution, o.confidence, 'paired bootstrap of rows (percentile)');
        }
        return undefined;
    }
    // regression
    if (metric === 'mae') {
        const { candidate: ec, baseline: eb } = rowLosses(p, 'abs_error');
        const t = ttestRel(ec, eb);
        const mean = (a) => a.reduce((x, y) => x + y, 0) / a.length;
        return normalEstimate(mean(ec), mean(eb), dir, t.standardError, o.confidence, 'paired t-test on per-row absolute errors', t.df);
    }
    if (metric === 'rmse' || metric === 'r2') {
        const value = (pred, w) => {
            let sw = 0;
            let sy = 0;
            for (let i = 0; i < n; i++) {
                sw += w[i];
                sy += w[i] * p.y[i];
            }
            const my = sy / sw;
            let sse = 0;
            let sst = 0;
            for (let i = 0; i < n; i++) {
                sse += w[i] * (pred[i] - p.y[i]) ** 2;
                sst += w[i] * (p.y[i] - my) ** 2;
            }
            return metric === 'rmse' ? Math.sqrt(sse / sw) : sst > 0 ? 1 - sse / sst : 0;
        };
        const r = pairedBootstrap((w) => value(p.candidate, w) - value(p.baseline, w), n, boot);
        const ones = new Uint32Array(n).fill(1);
        return bootstrapEstimate(value(p.candidate, ones), value(p.baseline, ones), dir, r.bootstrapDistribution, o.confidence, 'paired bootstrap of rows (percentile)');
    }
    return undefined;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./.build/js/src/data/csv.js
/**
 * A streaming RFC 4180 push parser, hand-tuned for throughput.
 *
 *   const p = new CsvParser({ delimiter: ',', file, onRecord(fields, line) { ... } });
 *   p.write(chunk); p.write(chunk); ...; p.end();
 *
 * Dialect:
 * - Fields are separated by `delimiter` (one character); records end at LF, CRLF or a lone CR.
 * - A field that starts with `"` is quoted: it may hold delimiters, newlines and `""` (one quote).
 *   Text after the closing quote up to the next delimiter/end of line is appended literally
 *   (`"ab"cd` is `abcd`, as Python's csv does). A `"` anywhere else in an unquoted field is an
 *   ordinary character (`12"` is `12"`), as most lenient readers do.
 * - A UTF-8 byte order mark (U+FEFF) at the very start is dropped.
 * - Empty lines produce no record (anywhere in the file, as pandas' skip_blank_lines does; a line
 *   holding only `""` is a record with one empty field). So a trailing newline, or several, is fine.
 * - The final record needs no line terminator.
 * - A quoted field still open at end of input is a DataError naming the file and the line on
 *   which the field opened.
 *
 * `line` passed to onRecord is the 1-based physical line on which the record starts (embedded
 * newlines in quoted fields advance the count; CRLF counts once). Chunks may split anywhere,
 * including between CR and LF, inside a `""` pair, or inside a quoted field; the records and line
 * numbers are the same for any split. Memory is bounded by the largest record.
 *
 * `fields` is a fresh array per record (the callee may keep or mutate it). Field strings may be
 * V8 slices of the input chunk: a consumer that retains many long field strings for a long time
 * keeps their chunk alive too.
 *
 * Hot path: the next delimiter / LF / CR / quote are located with indexOf on the whole chunk and
 * cached until the scan passes them (one search per occurrence, not per field or character). A
 * line with no quote is then just split at the cached delimiter positions; quoted fields use
 * indexOf('"') per segment. No regex, no per-character loop, no per-field closures. About
 * 200+ MB/s on plain numeric/categorical CSV (see readers.ts for the end-to-end path).
 */

const LF = 10;
const CR = 13;
const QUOTE = 34;
// Parser states between chunks.
const FIELD_START = 0; // at the start of a field (a record if `fields` is empty)
const IN_UNQUOTED = 1; // inside an unquoted field; `partial` holds its text so far
const IN_QUOTED = 2; // inside a quoted field; `partial` holds its unescaped text so far
const QUOTE_PENDING = 3; // the chunk ended on a `"` inside a quoted field: `""` or the closing quote?
const AFTER_QUOTE = 4; // just past a closing quote (transient; never saved between chunks)
class CsvParser {
    delimiter;
    delimCode;
    onRecord;
    file;
    fields = [];
    state = FIELD_START;
    partial = '';
    /** Line at the current scan position (1-based). */
    line = 1;
    /** Line on which the current record started. */
    recLine = 1;
    /** Line on which the open quoted field started. */
    quoteLine = 1;
    /** The previous chunk ended with a CR that was already counted as a line break. */
    crPending = false;
    bomPending = true;
    ended = false;
    constructor(opts) {
        const delimiter = opts.delimiter ?? ',';
        if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
            throw new errors/* ConfigurationError */.j1(`CSV delimiter must be one character other than a quote or newline, got ${JSON.stringify(delimiter)}`);
        }
        this.delimiter = delimiter;
        this.delimCode = delimiter.charCodeAt(0);
        this.onRecord = opts.onRecord;
        this.file = opts.file ?? '<input>';
        this.bomPending = opts.bom ?? true;
    }
    /** True between records: every record so far is complete and no quoted field is open. */
    get atRecordStart() {
        return this.state === FIELD_START && this.fields.length === 0 && !this.crPending;
    }
    /** Physical line (1-based) at the end of the input written so far. */
    get currentLine() {
        return this.line;
    }
    /** Feeds the next piece of text. Calls onRecord for every record completed by it. */
    write(chunk) {
        if (this.ended)
            throw new Error('CsvParser.write after end');
        const s = chunk;
        const n = s.length;
        if (n === 0)
            return;
        let i = 0;
        if (this.bomPending) {
            this.bomPending = false;
            if (s.charCodeAt(0) === 0xfeff)
                i = 1;
        }
        if (this.crPending) {
            this.crPending = false;
            if (i < n && s.charCodeAt(i) === LF) {
                // The CR ending the previous chunk and this LF are one line break, already counted.
                if (this.state === IN_QUOTED)
                    this.partial += '\n';
                i++;
            }
        }
        if (i === n)
            return;
        const d = this.delimiter;
        const dc = this.delimCode;
        const onRecord = this.onRecord;
        let fields = this.fields;
        let line = this.line;
        let recLine = this.recLine;
        let state = this.state;
        let val = this.partial;
        // Next delimiter / LF / CR / quote at or after the scan position (n if none; -1 = not computed yet).
        // Positions only move forward, so a cached value >= i is still the next occurrence.
        let nD = -1;
        let nL = -1;
        let nR = -1;
        let nQ = -1;
        if (state === QUOTE_PENDING) {
            if (s.charCodeAt(i) === QUOTE) {
                val += '"';
                i++;
                state = IN_QUOTED;
            }
            else {
                state = AFTER_QUOTE;
            }
        }
        for (;;) {
            if (state === IN_QUOTED) {
                // Find the closing quote; `val` holds the text so far.
                for (;;) {
                    const q = s.indexOf('"', i);
                    const end = q === -1 ? n : q;
                    // Count line breaks in s[i, end): each LF, and each CR not followed by LF.
                    if (nL < i) {
                        nL = s.indexOf('\n', i);
                        if (nL === -1)
                            nL = n;
                    }
                    while (nL < end) {
                        line++;
                        nL = s.indexOf('\n', nL + 1);
                        if (nL === -1)
                            nL = n;
                    }
                    if (nR < i) {
                        nR = s.indexOf('\r', i);
                        if (nR === -1)
                            nR = n;
                    }
                    while (nR < end) {
                        if (nR + 1 === n) {
                            line++;
                            this.crPending = true;
                        }
                        else if (s.charCodeAt(nR + 1) !== LF)
                            line++;
                        nR = s.indexOf('\r', nR + 1);
                        if (nR === -1)
                            nR = n;
                    }
                    if (q === -1) {
                        this.partial = val + s.slice(i);
                        return this.save(IN_QUOTED, fields, line, recLine);
                    }
                    if (q + 1 === n) {
                        this.partial = val + s.slice(i, q);
                        return this.save(QUOTE_PENDING, fields, line, recLine);
                    }
                    if (s.charCodeAt(q + 1) === QUOTE) {
                        val += s.slice(i, q + 1);
                        i = q + 2;
                        continue;
                    }
                    val += s.slice(i, q);
                    i = q + 1;
                    state = AFTER_QUOTE;
                    break;
                }
            }
            if (state === AFTER_QUOTE) {
                // i < n here: a closing quote is only confirmed once the character after it is seen.
                const c = s.charCodeAt(i);
                if (c === dc) {
                    fields.push(val);
                    val = '';
                    i++;
                    state = FIELD_START;
                }
                else if (c === LF || c === CR) {
                    fields.push(val);
                    val = '';
                    onRecord(fields, recLine);
                    fields = [];
                    line++;
                    i++;
                    if (c === CR) {
                        if (i === n)
                            this.crPending = true;
                        else if (s.charCodeAt(i) === LF)
                            i++;
                    }
                    recLine = line;
                    state = FIELD_START;
                }
                else {
                    state = IN_UNQUOTED; // lenient: `"ab"cd` continues as unquoted text appended to `ab`
                }
            }
            if (state === IN_UNQUOTED) {
                const start = i;
                let c = 0;
                while (i < n) {
                    c = s.charCodeAt(i);
                    if (c === dc || c === LF || c === CR)
                        break;
                    i++;
                }
                if (i === n) {
                    this.partial = val + s.slice(start);
                    return this.save(IN_UNQUOTED, fields, line, recLine);
                }
                fields.push(val + s.slice(start, i));
                val = '';
                i++;
                if (c !== dc) {
                    onRecord(fields, recLine);
                    fields = [];
                    line++;
                    if (c === CR) {
                        if (i === n)
                            this.crPending = true;
                        else if (s.charCodeAt(i) === LF)
                            i++;
                    }
                    recLine = line;
                }
                state = FIELD_START;
            }
            // Hot loop, at the start of a field. The next delimiter, LF, CR and quote are found with
            // indexOf and cached until the scan passes them, so each is searched for once per
            // occurrence. When no quote comes before the end of the line, the rest of the line is
            // split at delimiters without looking at any other character.
            while (i < n) {
                if (nL < i) {
                    nL = s.indexOf('\n', i);
                    if (nL === -1)
                        nL = n;
                }
                if (nR < i) {
                    nR = s.indexOf('\r', i);
                    if (nR === -1)
                        nR = n;
                }
                const eol = nL < nR ? nL : nR;
                if (nQ < i) {
                    nQ = s.indexOf('"', i);
                    if (nQ === -1)
                        nQ = n;
                }
                if (nQ < eol) {
                    // A quote on this line: one field at a time.
                    if (nQ === i) {
                        this.quoteLine = line;
                        i++;
                        val = '';
                        state = IN_QUOTED;
                        break;
                    }
                    if (nD < i) {
                        nD = s.indexOf(d, i);
                        if (nD === -1)
                            nD = n;
                    }
                    if (nD < eol) {
                        fields.push(s.slice(i, nD));
                        i = nD + 1;
                        continue;
                    }
                    // This field (with a literal quote in it) runs to the end of the line.
                }
                else {
                    for (;;) {
                        if (nD < i) {
                            nD = s.indexOf(d, i);
                            if (nD === -1)
                                nD = n;
                        }
                        if (nD >= eol)
                            break;
                        fields.push(s.slice(i, nD));
                        i = nD + 1;
                    }
                }
                if (eol === n) {
                    if (i === n)
                        break; // the chunk ended right after a delimiter: at a field start
                    this.partial = s.slice(i);
                    return this.save(IN_UNQUOTED, fields, line, recLine);
                }
                // End of line at eol.
                if (eol !== i || fields.length !== 0) {
                    fields.push(s.slice(i, eol));
                    onRecord(fields, recLine);
                    fields = [];
                } // else: an empty line, no record
                line++;
                i = eol + 1;
                if (eol === nR) {
                    if (i === n)
                        this.crPending = true;
                    else if (s.charCodeAt(i) === LF)
                        i++;
                }
                recLine = line;
            }
            if (state !== IN_QUOTED) {
                this.partial = '';
                return this.save(FIELD_START, fields, line, recLine);
            }
            if (i === n) {
                this.partial = '';
                return this.save(IN_QUOTED, fields, line, recLine);
            }
        }
    }
    /** Signals end of input: emits the last record, or throws on an unterminated quoted field. */
    end() {
        if (this.ended)
            return;
        this.ended = true;
        const fields = this.fields;
        switch (this.state) {
            case IN_QUOTED:
                throw new errors/* DataError */.fL(`${this.file}:${this.quoteLine}: unterminated quoted field (the quote opened on line ${this.quoteLine} is never closed)`, this.file, this.quoteLine);
            case QUOTE_PENDING:
            case AFTER_QUOTE:
            case IN_UNQUOTED:
                fields.push(this.partial);
                this.onRecord(fields, this.recLine);
                break;
            default:
                if (fields.length !== 0) {
                    fields.push('');
                    this.onRecord(fields, this.recLine);
                }
        }
        this.fields = [];
        this.partial = '';
    }
    save(state, fields, line, recLine) {
        this.state = state;
        this.fields = fields;
        this.line = line;
        this.recLine = recLine;
    }
}

// EXTERNAL MODULE: ./.build/js/src/data/schema.js + 1 modules
var data_schema = __webpack_require__(7928);
;// CONCATENATED MODULE: ./.build/js/src/gates/paired-data.js
/**
 * Both models' predictions on the same rows, aligned by data row index: what the paired tests of
 * compare-to-baseline run on. Reads the predictions.csv files evaluate-model writes.
 */





/** The predictions file of an evaluation: as recorded, else next to the evaluation.json. */
function paired_data_predictionsFile(ev, evaluationPath) {
    const p = ev.predictions;
    if (!p)
        throw new errors/* DataError */.fL(`${evaluationPath}: records no predictions file`, evaluationPath);
    if ((0,external_node_fs_.existsSync)(p))
        return p;
    // Downloaded artifacts keep the files together but not the paths they were written to.
    const beside = (0,external_node_path_.join)((0,external_node_path_.dirname)(evaluationPath), (0,external_node_path_.basename)(p));
    if ((0,external_node_fs_.existsSync)(beside))
        return beside;
    throw new errors/* DataError */.fL(`${evaluationPath}: its predictions file ${p} was not found (also looked beside the evaluation)`, evaluationPath);
}
function parseCsv(path) {
    const rows = [];
    const lines = [];
    const parser = new CsvParser({
        file: path,
        onRecord: (fields, line) => {
            rows.push(fields);
            lines.push(line);
        },
    });
    parser.write((0,external_node_fs_.readFileSync)(path, 'utf8'));
    parser.end();
    if (rows.length === 0)
        throw new errors/* DataError */.fL(`${path}: empty predictions file`, path);
    return { header: rows[0], rows: rows.slice(1), lines: lines.slice(1) };
}
/** A value from a predictions file quoted for a one-line message. */
function shown(v) {
    const s = (v ?? '').replace(/[\u0000-\u001f\u007f]+/g, ' ');
    return `'${s.length > 40 ? `${s.slice(0, 39)}…` : s}'`;
}
/**
 * A cell of a predictions file as a number: a probability in [0, 1], or any finite number. A
 * predictions file is an artifact (from a pull request's run, perhaps): a cell that is not what
 * evaluate-model writes is refused with the file and line, never tested as NaN.
 */
function cellNumber(p, i, col, file, what, probability) {
    const v = p.rows[i][col];
    const x = v === undefined || v.trim() === '' ? NaN : Number(v);
    if (probability ? !(x >= 0 && x <= 1) : !Number.isFinite(x)) {
        throw new errors/* DataError */.fL(`${file}:${p.lines[i]}: ${what} ${shown(v)} is not ${probability ? 'a probability in [0, 1]' : 'a finite number'}`, file, p.lines[i]);
    }
    return x;
}
function loadPaired(candidate, candidatePath, baseline, baselinePath) {
    const cFile = paired_data_predictionsFile(candidate, candidatePath);
    const bFile = paired_data_predictionsFile(baseline, baselinePath);
    const c = parseCsv(cFile);
    const b = parseCsv(bFile);
    const col = (p, name, file) => {
        const i = p.header.indexOf(name);
        if (i < 0)
            throw new errors/* DataError */.fL(`${file}: no '${name}' column (header: ${p.header.join(', ')})`, file);
        return i;
    };
    const bRow = col(b, 'row', bFile);
    const byRow = new Map();
    b.rows.forEach((r, i) => byRow.set(r[bRow], i));
    const n = c.rows.length;
    if (b.rows.length !== n)
        throw new errors/* DataError */.fL(`${cFile} has ${n} rows, ${bFile} ${b.rows.length}: the two evaluations did not see the same rows`, cFile);
    const task = candidate.task;
    const y = new Float64Array(n);
    const cand = new Float64Array(n);
    const base = new Float64Array(n);
    const cRow = col(c, 'row', cFile);
    const cLabel = col(c, 'label', cFile);
    const bLabel = col(b, 'label', bFile);
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++) {
        const j = byRow.get(c.rows[i][cRow]);
        if (j === undefined)
            throw new errors/* DataError */.fL(`${bFile}: has no row ${c.rows[i][cRow]}, which ${cFile} has`, bFile);
        if (b.rows[j][bLabel] !== c.rows[i][cLabel])
            throw new errors/* DataError */.fL(`row ${c.rows[i][cRow]}: label '${c.rows[i][cLabel]}' in ${cFile} but '${b.rows[j][bLabel]}' in ${bFile}`, cFile);
        order[i] = j;
    }
    let candidateLoss;
    let baselineLoss;
    if (task === 'binary') {
        const pos = candidate.positiveLabel;
        // Labels are written as labelKey() of the cell, so the classes are compared the same way.
        const classes = candidate.classes.length === 2 ? candidate.classes.map((k) => (0,data_schema/* labelKey */.kJ)(k) ?? k) : null;
        if (pos === null || !classes)
            throw new errors/* DataError */.fL(`${candidatePath}: a binary evaluation needs its two classes and positiveLabel for paired tests`, candidatePath);
        const cs = col(c, 'score', cFile);
        const bs = col(b, 'score', bFile);
        for (let i = 0; i < n; i++) {
            const label = c.rows[i][cLabel];
            if (!classes.includes(label))
                throw new errors/* DataError */.fL(`${cFile}:${c.lines[i]}: label ${shown(label)} is not one of the evaluation's classes (${classes.map(shown).join(', ')})`, cFile, c.lines[i]);
            y[i] = label === pos ? 1 : 0;
            cand[i] = cellNumber(c, i, cs, cFile, 'score', true);
            base[i] = cellNumber(b, order[i], bs, bFile, 'score', true);
        }
    }
    else if (task === 'regression') {
        const cp = col(c, 'prediction', cFile);
        const bp = col(b, 'prediction', bFile);
        for (let i = 0; i < n; i++) {
            y[i] = cellNumber(c, i, cLabel, cFile, 'label', false);
            cand[i] = cellNumber(c, i, cp, cFile, 'prediction', false);
            base[i] = cellNumber(b, order[i], bp, bFile, 'prediction', false);
        }
    }
    else {
        const classes = candidate.classes;
        if (JSON.stringify(classes) !== JSON.stringify(baseline.classes))
            throw new errors/* DataError */.fL(`${candidatePath} and ${baselinePath} have different classes`, candidatePath);
        // Labels are written as labelKey() of the cell, predictions as the class name: either form maps.
        const idx = new Map([...classes.map((k, i) => [(0,data_schema/* labelKey */.kJ)(k) ?? k, i]), ...classes.map((k, i) => [k, i])]);
        const cp = col(c, 'prediction', cFile);
        const bp = col(b, 'prediction', bFile);
        const cProb = classes.map((k) => col(c, `p_${k}`, cFile));
        const bProb = classes.map((k) => col(b, `p_${k}`, bFile));
        candidateLoss = new Float64Array(n);
        baselineLoss = new Float64Array(n);
        const eps = 2.220446049250313e-16;
        const classOf = (p, r, column, file, what) => {
            const k = idx.get(p.rows[r][column]);
            if (k === undefined)
                throw new errors/* DataError */.fL(`${file}:${p.lines[r]}: ${what} ${shown(p.rows[r][column])} is not one of the evaluation's classes (${classes.map(shown).join(', ')})`, file, p.lines[r]);
            return k;
        };
        for (let i = 0; i < n; i++) {
            const label = classOf(c, i, cLabel, cFile, 'label');
            y[i] = label;
            cand[i] = classOf(c, i, cp, cFile, 'prediction');
            base[i] = classOf(b, order[i], bp, bFile, 'prediction');
            const pc = cellNumber(c, i, cProb[label], cFile, `p_${classes[label]}`, true);
            const pb = cellNumber(b, order[i], bProb[label], bFile, `p_${classes[label]}`, true);
            candidateLoss[i] = -Math.log(Math.min(1 - eps, Math.max(eps, pc)));
            baselineLoss[i] = -Math.log(Math.min(1 - eps, Math.max(eps, pb)));
        }
    }
    const slices = new Map();
    const groups = new Map();
    c.header.forEach((h, i) => {
        if (h.startsWith('slice:'))
            slices.set(h.slice(6), c.rows.map((r) => r[i]));
        if (h.startsWith('slice:') || h.startsWith('sensitive:'))
            groups.set(h.slice(h.indexOf(':') + 1), c.rows.map((r) => r[i]));
    });
    return { task, n, y, candidate: cand, baseline: base, candidateLoss, baselineLoss, slices, groups };
}
/** The rows of `p` where `keep` holds. */
function subsetPaired(p, keep) {
    let k = 0;
    const all = new Uint32Array(p.n);
    for (let i = 0; i < p.n; i++)
        if (keep(i))
            all[k++] = i;
    const idx = all.subarray(0, k);
    const pick = (a) => {
        const out = new Float64Array(k);
        for (let j = 0; j < k; j++)
            out[j] = a[idx[j]];
        return out;
    };
    return {
        task: p.task,
        n: idx.length,
        y: pick(p.y),
        candidate: pick(p.candidate),
        baseline: pick(p.baseline),
        candidateLoss: p.candidateLoss && pick(p.candidateLoss),
        baselineLoss: p.baselineLoss && pick(p.baselineLoss),
        slices: new Map(),
    };
}

// EXTERNAL MODULE: ./.build/js/src/fairness/audit.js
var audit = __webpack_require__(8252);
;// CONCATENATED MODULE: ./.build/js/src/fairness/paired.js
/**
 * A fairness measure of two models on the same rows: the candidate's minus the baseline's, with a
 * paired bootstrap within groups. Each group's rows fall into 8 joint cells (label x candidate's
 * prediction x baseline's prediction); a resample redraws each group's cells from Multinomial(n_g,
 * cells_g / n_g) — the row bootstrap within groups, both models seeing the same resampled rows —
 * and recomputes both measures. Percentile interval; one-sided bootstrap p-values against the
 * margin (gates/paired-metrics.ts's bootstrapEstimate).
 */




/** Joint cells per group, index y·4 + candidate·2 + baseline. */
function jointCells(p) {
    const cells = new Float64Array(8 * p.groups);
    for (let i = 0; i < p.ids.length; i++) {
        const g = p.ids[i];
        if (g < 0)
            continue;
        const c = p.candidate[i] >= p.candidateThreshold ? 1 : 0;
        const b = p.baseline[i] >= p.baselineThreshold ? 1 : 0;
        cells[8 * g + 4 * p.y[i] + 2 * c + b]++;
    }
    return cells;
}
/** The 4-cell [tn, fp, fn, tp] tables of one model from the joint cells. */
function marginal(joint, groups, model, out) {
    out.fill(0);
    for (let g = 0; g < groups; g++) {
        for (let j = 0; j < 8; j++) {
            const y = j >> 2;
            const pred = model === 'candidate' ? (j >> 1) & 1 : j & 1;
            out[4 * g + 2 * y + pred] += joint[8 * g + j];
        }
    }
}
function pairedMeasure(p) {
    const joint = jointCells(p);
    const c4 = new Float64Array(4 * p.groups);
    const b4 = new Float64Array(4 * p.groups);
    const value = (cells, model, four) => {
        marginal(cells, p.groups, model, four);
        return (0,fairness_measures/* measuresOf */.d6)(four, p.groups)[p.measure].value;
    };
    const cv = value(joint, 'candidate', c4);
    const bv = value(joint, 'baseline', b4);
    if (!Number.isFinite(cv) || !Number.isFinite(bv))
        throw new Error(`${p.measure} is undefined on these rows for the ${Number.isFinite(cv) ? 'baseline' : 'candidate'} (fewer than two groups with the rate defined)`);
    const rng = (0,stats_rng/* createRng */.SZ)(p.seed, audit/* STREAM_FAIRNESS */.Fz + 1);
    const draw = new Float64Array(joint.length);
    const dist = [];
    for (let r = 0; r < p.resamples; r++) {
        (0,fairness_measures/* redrawGroups */.Yg)(joint, p.groups, 8, rng, draw);
        const d = value(draw, 'candidate', c4) - value(draw, 'baseline', b4);
        if (Number.isFinite(d))
            dist.push(d);
    }
    return bootstrapEstimate(cv, bv, fairness_measures/* MEASURE_DIRECTION */.Re[p.measure], Float64Array.from(dist), p.confidence, `paired bootstrap within groups (${p.resamples} resamples of the joint label x candidate x baseline cells)`);
}

;// CONCATENATED MODULE: ./.build/js/src/gates/compare.js
/**
 * compare-to-baseline's decision: every gate gets a delta, its interval, a p-value and the test
 * used; p-values are adjusted across all gates (Holm by default) so that adding metrics does not add
 * false failures; the verdict follows the policy:
 *
 * - detect-regression (default): a gate fails when the data shows, at the confidence level, that
 *   the candidate is worse than allowed (H1: regression beyond the margin, adjusted p < alpha).
 *   An evaluation set too small to see the allowed amount is said so ("underpowered").
 * - prove-non-inferiority: a gate passes only when the data shows the candidate is no worse than
 *   allowed (H1: non-inferior within the margin, adjusted p < alpha).
 *
 * `require-improvement` passes only when an improvement (by at least its amount) is shown; `min` /
 * `max` are judged on the candidate's own interval (normal approximation from it).
 */











const HEADLINE = {
    binary: ['accuracy', 'roc_auc', 'f1', 'precision', 'recall', 'log_loss', 'brier_score'],
    multiclass: ['accuracy', 'macro_f1', 'log_loss'],
    regression: ['mae', 'rmse', 'r2'],
};
function metricOf(ev, metric) {
    if (metric === 'latency_p50_ms')
        return { value: ev.latency.p50Ms, ci: null };
    if (metric === 'latency_p95_ms')
        return { value: ev.latency.p95Ms, ci: null };
    const m = ev.metrics[metric];
    return m ? { value: m.value, ci: m.ci } : undefined;
}
function amountFor(g, baseline) {
    return g.amount.percent ? g.amount.value * Math.abs(baseline ?? 0) : g.amount.value;
}
/** Metrics on a 0..1 scale read in points (0.01 = 1 point); others in their own units. */
const UNIT_SCALE = new Set(['accuracy', 'balanced_accuracy', 'precision', 'recall', 'f1', 'roc_auc', 'average_precision', 'macro_f1', 'r2', ...fairness_measures/* MEASURES */.sF]);
const fmtAmount = (metric, x) => (UNIT_SCALE.has(metric) ? `${(x * 100).toFixed(1)} points` : `${Number(x.toPrecision(3))}`);
/** Paired estimates per rows and settings: a gated headline metric is computed once, not twice. */
const estimates = new WeakMap();
function estimateFor(metric, rows, input) {
    const threshold = input.candidate.threshold ?? 0.5;
    const key = `${metric}|${threshold}|${input.confidence}|${input.resamples}|${input.seed}`;
    let cache = estimates.get(rows);
    if (!cache)
        estimates.set(rows, (cache = new Map()));
    if (!cache.has(key)) {
        try {
            cache.set(key, pairedEstimate(metric, rows, { direction: spec_DIRECTION[metric] ?? 1, threshold, confidence: input.confidence, resamples: input.resamples, seed: input.seed }));
        }
        catch (e) {
            cache.set(key, e);
        }
    }
    const hit = cache.get(key);
    if (hit instanceof Error)
        throw hit;
    return hit;
}
/**
 * The power note of a gate whose interval is wider than its margin. An interval's half-width h
 * shrinks as 1/sqrt(n), so about n * (h / m)^2 rows would bring it down to the margin m.
 */
function rowsToResolve(n, halfWidth, margin) {
    return Math.ceil(n * (halfWidth / margin) ** 2);
}
function powerNote(metric, n, halfWidth, m) {
    const need = Number.isFinite(halfWidth) ? `; about ${rowsToResolve(n, halfWidth, m).toLocaleString('en-US')} rows (${n} × (${fmtAmount(metric, halfWidth)} / ${fmtAmount(metric, m)})²) would resolve it` : '';
    return `this set of ${n} rows resolves ±${fmtAmount(metric, halfWidth)}, so a regression of ${fmtAmount(metric, m)} may go unseen${need}`;
}
/** Runs every gate; returns unadjusted results (adjustment and verdict happen in `compare`). */
function evaluateGate(g, input, slice) {
    const dir = spec_DIRECTION[g.metric] ?? 1;
    const base = { metric: g.metric, rule: g.text, ...(slice?.fairness ? { sensitive: slice.fairness.feature, ...(slice.fairness.groups ? { groups: slice.fairness.groups } : {}) } : slice ? { slice: { column: slice.column, value: slice.value } } : {}) };
    const candM = slice ? slice.candidate?.[g.metric] : metricOf(input.candidate, g.metric);
    const baseM = slice ? slice.baseline?.[g.metric] : input.baseline ? metricOf(input.baseline, g.metric) : undefined;
    const cv = candM?.value ?? null;
    const z = (0,distributions/* normalQuantile */.Zl)(1 - (1 - input.confidence) / 2);
    if (g.rule === 'min' || g.rule === 'max') {
        if (cv === null)
            return { ...base, baseline: baseM?.value ?? null, candidate: null, delta: null, ci: null, pValue: null, test: '–', reason: `${g.metric} is not available for the candidate`, decide: 'fixed', fixed: false };
        const bound = g.amount.value;
        const ci = candM?.ci ?? null;
        const se = ci ? (ci[1] - ci[0]) / (2 * z) : 0;
        const side = g.rule === 'min' ? 1 : -1; // +1: must be above
        const dist = side * (cv - bound);
        const pWorse = se > 0 ? (0,distributions/* normalCdf */.vr)(dist / se) : dist < 0 ? 0 : 1; // H1: on the wrong side of the bound
        const pBetter = se > 0 ? 1 - (0,distributions/* normalCdf */.vr)(dist / se) : dist > 0 ? 0 : 1;
        const prove = input.spec.policy === 'prove-non-inferiority';
        const word = g.rule === 'min' ? 'floor' : 'ceiling';
        const beyond = dist < 0;
        const reason = `${g.metric} ${cv.toPrecision(4)} ${word} ${bound}`;
        if (input.spec.minPolicy === 'point') {
            return { ...base, baseline: baseM?.value ?? null, candidate: cv, delta: null, ci, pValue: null, test: 'point value against the bound (min-policy: point)', reason: `${reason}${beyond ? `: ${g.rule === 'min' ? 'below' : 'above'} the ${word}` : ''}`, decide: 'fixed', fixed: !beyond };
        }
        return {
            ...base,
            baseline: baseM?.value ?? null,
            candidate: cv,
            delta: null,
            ci,
            pValue: prove ? pBetter : pWorse,
            test: "normal approximation from the candidate's interval",
            reason,
            // Under detect-regression a point value beyond the bound passes while the interval reaches it.
            ...(beyond && !prove ? { warning: `${g.rule === 'min' ? 'below the floor' : 'above the ceiling'}, not shown: ${g.metric} ${cv.toPrecision(4)} against ${bound}, but the interval${ci ? ` [${ci[0].toPrecision(4)}, ${ci[1].toPrecision(4)}]` : ''} reaches it (set min-policy: point to fail on the point value)` } : {}),
            decide: prove ? 'pass-if-significant' : 'fail-if-significant',
        };
    }
    // Relative rules need a baseline.
    if (g.metric.startsWith('latency_') && input.baseline && !slice) {
        const latency = latencyGate(g, input, base);
        if (latency)
            return latency;
    }
    if (!input.baseline)
        return { ...base, baseline: null, candidate: cv, delta: null, ci: null, pValue: null, test: '–', reason: 'no baseline yet (first model): relative gates are not applied', decide: 'fixed', fixed: true };
    if (cv === null || baseM?.value === null || baseM === undefined) {
        const side = cv === null ? 'candidate' : 'baseline';
        return { ...base, baseline: baseM?.value ?? null, candidate: cv, delta: null, ci: null, pValue: null, test: '–', reason: `${g.metric} is missing on the ${side}: this gate cannot be checked`, decide: 'fixed', fixed: false };
    }
    const bv = baseM.value;
    const m = amountFor(g, bv);
    let est;
    const rows = slice ? slice.rows : input.paired;
    if (slice?.fairness?.estimate instanceof Error)
        return { ...base, baseline: bv, candidate: cv, delta: cv - bv, ci: null, pValue: null, test: '–', reason: `cannot test ${g.metric}: ${slice.fairness.estimate.message}`, decide: 'fixed', fixed: false };
    if (slice?.fairness)
        est = slice.fairness.estimate;
    else if (rows && rows.n >= 2) {
        try {
            est = estimateFor(g.metric, rows, input);
        }
        catch (e) {
            return { ...base, baseline: bv, candidate: cv, delta: cv - bv, ci: null, pValue: null, test: '–', reason: `cannot test ${g.metric}: ${e.message}`, decide: 'fixed', fixed: false };
        }
    }
    if (!est) {
        // Unpaired: two independent estimates with their own intervals.
        const se = (ci) => (ci ? (ci[1] - ci[0]) / (2 * z) : 0);
        const s = Math.sqrt(se(candM?.ci) ** 2 + se(baseM.ci) ** 2);
        const d = cv - bv;
        const od = dir * d;
        est = {
            candidate: cv,
            baseline: bv,
            delta: d,
            ci: s > 0 ? [d - z * s, d + z * s] : null,
            test: 'unpaired z-test from the two intervals',
            pRegression: (mm) => (s > 0 ? (0,distributions/* normalCdf */.vr)((od + mm) / s) : od + mm < 0 ? 0 : 1),
            pNonInferior: (mm) => (s > 0 ? 1 - (0,distributions/* normalCdf */.vr)((od + mm) / s) : od + mm > 0 ? 0 : 1),
        };
    }
    const improvement = g.rule === 'require-improvement';
    const prove = improvement || input.spec.policy === 'prove-non-inferiority';
    // require-improvement by a: H1: d > a, i.e. non-inferiority with margin -a.
    const pValue = improvement ? est.pNonInferior(-m) : prove ? est.pNonInferior(m) : est.pRegression(m);
    const halfWidth = est.ci ? (est.ci[1] - est.ci[0]) / 2 : Infinity;
    const n = slice?.fairness?.rows ?? rows?.n ?? input.candidate.rows;
    // Underpowered: the interval is wider than the allowed amount AND still reaches a regression of
    // that size. An interval wholly on the good side of -m has ruled the regression out, however wide.
    const worst = est.ci ? Math.min(dir * est.ci[0], dir * est.ci[1]) : -Infinity;
    const underpowered = !improvement && m > 0 && halfWidth > m && worst <= -m;
    const reason = improvement ? `must improve by ${m ? fmtAmount(g.metric, m) : 'any amount'}` : `may regress by ${fmtAmount(g.metric, m)}`;
    const power = underpowered ? powerNote(g.metric, n, halfWidth, m) : undefined;
    return { ...base, baseline: bv, candidate: cv, delta: est.delta, ci: est.ci, pValue, test: est.test, reason, power, decide: prove ? 'pass-if-significant' : 'fail-if-significant' };
}
/**
 * A fairness gate, once per sensitive feature of the candidate's evaluation. Bounds (min / max)
 * are judged on the candidate's measure and its bootstrap interval, as metric bounds are; relative
 * rules on the candidate-minus-baseline measure by a paired bootstrap within the candidate's
 * groups when both evaluations ran on the same rows (the baseline's measure need not have been
 * audited: the rows' group values come from the candidate's predictions file), else an unpaired
 * test from the two evaluations' intervals.
 */
function fairnessGates(g, input) {
    const features = input.candidate.fairness?.features ?? [];
    if (!features.length) {
        return [{ metric: g.metric, rule: g.text, baseline: null, candidate: null, delta: null, ci: null, pValue: null, test: '–', reason: "the candidate's evaluation has no fairness audit (evaluate with sensitive: <column>)", decide: 'fixed', fixed: false }];
    }
    const measure = g.metric;
    return features.map((f) => {
        const cm = f.measures[measure];
        const bf = input.baseline?.fairness?.features.find((x) => x.name === f.name);
        const relative = g.rule !== 'min' && g.rule !== 'max';
        const estimate = relative && input.baseline ? pairedFairness(measure, f, input) : undefined;
        const bm = bf ? bf.measures[measure] : estimate && !(estimate instanceof Error) ? { value: estimate.baseline, ci: null } : undefined;
        const rows = f.groups.reduce((a, x) => a + x.rows, 0);
        return evaluateGate(g, input, { column: f.name, value: '', candidate: { [measure]: { value: cm.value, ci: cm.ci, method: 'bootstrap-percentile' } }, baseline: bm ? { [measure]: { value: bm.value, ci: bm.ci, method: 'bootstrap-percentile' } } : undefined, fairness: { feature: f.name, groups: cm.groups, rows, estimate } });
    });
}
function pairedFairness(measure, f, input) {
    const p = input.paired;
    if (!p || p.task !== 'binary')
        return undefined;
    const columns = f.columns.map((c) => p.groups?.get(c));
    if (columns.some((c) => !c))
        return new Error(`the candidate's predictions file has no column for ${f.columns.join(', ')} (evaluate the candidate with sensitive: ${f.name})`);
    const values = Array.from({ length: p.n }, (_, i) => (0,audit/* featureValue */.ks)(columns.map((c) => c[i])));
    const grouping = (0,audit/* assign */.kp)(values, f.groups.map((x) => x.value), f.pooled);
    try {
        return pairedMeasure({ measure, ids: grouping.ids, groups: grouping.names.length, y: p.y, candidate: p.candidate, baseline: p.baseline, candidateThreshold: input.candidate.threshold ?? 0.5, baselineThreshold: input.baseline?.threshold ?? 0.5, confidence: input.confidence, resamples: input.resamples, seed: input.seed });
    }
    catch (e) {
        return e;
    }
}
/**
 * Latency gates, paired by batch: both evaluations ran the same rows in the same batches, so batch
 * i of one is batch i of the other. Wilcoxon's signed-rank test on the per-batch differences
 * (against the margin), and a percentile bootstrap of batch pairs for the interval of the
 * difference in the batch-time quantile.
 */
function latencyGate(g, input, base) {
    const c = input.candidate.latency.batchMs;
    const b = input.baseline.latency.batchMs;
    if (!c || !b || c.length !== b.length || c.length < 2)
        return undefined;
    const q = g.metric === 'latency_p50_ms' ? 0.5 : 0.95;
    const quantile = (a) => (0,intervals/* quantileSorted */.Z4)(Float64Array.from(a).sort(), q);
    const cv = quantile(c);
    const bv = quantile(b);
    const m = amountFor(g, bv);
    const improvement = g.rule === 'require-improvement';
    const prove = improvement || input.spec.policy === 'prove-non-inferiority';
    // Lower is better: a regression is the candidate slower by more than m.
    const shifted = improvement ? b.map((x) => x - m) : b.map((x) => x + m);
    const pValue = wilcoxon(c, shifted, { alternative: prove ? 'less' : 'greater' }).pvalue;
    const rng = (0,stats_rng/* createRng */.SZ)(input.seed, 11);
    const n = c.length;
    const dist = new Float64Array(Math.min(input.resamples, 2000));
    const cs = new Float64Array(n);
    const bs = new Float64Array(n);
    for (let r = 0; r < dist.length; r++) {
        for (let i = 0; i < n; i++) {
            const j = rng.uniformInt(n);
            cs[i] = c[j];
            bs[i] = b[j];
        }
        dist[r] = quantile(cs) - quantile(bs);
    }
    dist.sort();
    const a = (1 - input.confidence) / 2;
    const ci = [dist[Math.floor(a * (dist.length - 1))], dist[Math.ceil((1 - a) * (dist.length - 1))]];
    return {
        ...base,
        baseline: bv,
        candidate: cv,
        delta: cv - bv,
        ci,
        pValue,
        test: `Wilcoxon signed-rank on ${n} per-batch latency differences (batches paired by index)`,
        reason: improvement ? `must be faster by ${Number(m.toPrecision(3))} ms` : `may be slower by ${Number(m.toPrecision(3))} ms`,
        decide: prove ? 'pass-if-significant' : 'fail-if-significant',
    };
}
function compare(input) {
    const notes = [];
    const alpha = 1 - input.confidence;
    const gates = input.spec.gates;
    // Expand slice gates over the values present on both sides.
    const raw = [];
    const sliceCache = new Map();
    for (const g of gates) {
        if (g.fairness) {
            raw.push(...fairnessGates(g, input));
            continue;
        }
        if (!g.sliceColumn) {
            raw.push(evaluateGate(g, input));
            continue;
        }
        const column = g.sliceColumn;
        const cs = input.candidate.slices.filter((s) => s.column === column && s.metrics);
        if (!cs.length) {
            raw.push({ metric: g.metric, rule: g.text, baseline: null, candidate: null, delta: null, ci: null, pValue: null, test: '–', reason: `no slices of '${column}' in the candidate's evaluation (evaluate with slice-by: ${column})`, decide: 'fixed', fixed: false });
            continue;
        }
        for (const s of cs) {
            const key = `${column}\u0000${s.value}`;
            if (!sliceCache.has(key)) {
                const bs = input.baseline?.slices.find((x) => x.column === column && x.value === s.value);
                let rows;
                const values = input.paired?.slices.get(column);
                if (input.paired && values)
                    rows = subsetPaired(input.paired, (i) => values[i] === s.value);
                sliceCache.set(key, { rows, candidate: s.metrics, baseline: bs?.metrics });
            }
            raw.push(evaluateGate(g, input, { column, value: s.value, ...sliceCache.get(key) }));
        }
    }
    const tested = raw.map((r, i) => [r, i]).filter(([r]) => r.pValue !== null);
    const adjusted = new Map();
    if (tested.length) {
        const adj = multipleTesting(tested.map(([r]) => r.pValue), input.correction, alpha);
        tested.forEach(([, i], k) => adjusted.set(i, { p: adj.pvaluesAdjusted[k], reject: adj.reject[k] }));
    }
    const results = raw.map((r, i) => {
        const { decide, fixed, power, warning, ...rest } = r;
        const a = adjusted.get(i)?.p ?? null;
        const significant = adjusted.get(i)?.reject ?? false;
        const passed = decide === 'fixed' ? fixed : decide === 'fail-if-significant' ? !significant : significant;
        let reason = rest.reason;
        if (decide === 'fail-if-significant')
            reason = passed ? `no regression shown: ${reason}` : `regression shown (adjusted p ${a.toPrecision(2)} < ${alpha.toPrecision(2)}): ${reason}`;
        if (decide === 'pass-if-significant')
            reason = passed ? `shown (adjusted p ${a.toPrecision(2)} < ${alpha.toPrecision(2)}): ${reason}` : `not shown (adjusted p ${a === null ? '–' : a.toPrecision(2)}): ${reason}`;
        // Only a pass can be underpowered or carry a warning: a failure was seen, whatever the power.
        if (passed && power)
            reason += `; ${power}`;
        if (passed && warning)
            reason = `${warning}; ${reason}`;
        return { ...rest, adjustedPValue: a, passed, reason, ...(passed && power ? { underpowered: true } : {}), ...(passed && warning ? { warning } : {}) };
    });
    if (!gates.length)
        notes.push('no gates configured: the metrics are reported, no verdict is given');
    if (!input.baseline)
        notes.push('no baseline yet (first model): only absolute gates (min, max) apply');
    const underpowered = results.filter((r) => r.underpowered);
    if (underpowered.length)
        notes.push(`${underpowered.length} gate(s) are underpowered: the evaluation set cannot resolve the allowed amount`);
    // The metrics table: every headline metric the two evaluations share.
    const metrics = HEADLINE[input.candidate.task]
        .filter((m) => input.candidate.metrics[m])
        .map((m) => {
        const c = input.candidate.metrics[m]?.value ?? null;
        const b = input.baseline?.metrics[m]?.value ?? null;
        let est;
        if (input.paired && b !== null && c !== null) {
            try {
                est = estimateFor(m, input.paired, input);
            }
            catch {
                est = undefined;
            }
        }
        const dir = spec_DIRECTION[m] ?? 1;
        const p = est ? Math.min(1, 2 * Math.min(est.pRegression(0), est.pNonInferior(0))) : null;
        // The paired Δ goes with its interval. It can differ from c − b: each evaluation computes
        // macro_f1 over its own classes (the data's and its predictions', as scikit-learn does), the
        // paired one over the classes of the data and both models' predictions.
        if (est && c !== null && b !== null && Math.abs(est.delta - (c - b)) > 1e-6) {
            notes.push(`${m}: Δ ${Number(est.delta.toPrecision(4))} is paired over the same rows and classes; the two evaluations' values differ by ${Number((c - b).toPrecision(4))} because each is computed over the classes it predicts`);
        }
        return { metric: m, baseline: b, candidate: c, delta: est ? est.delta : c !== null && b !== null ? c - b : null, ci: est?.ci ?? null, pValue: p, test: est?.test ?? (b === null ? '–' : 'unpaired'), direction: dir };
    })
        .map(({ direction: _d, ...rest }) => rest);
    const { passed, verdict } = verdictOf(results, input.dataValidation, gates.length > 0);
    return {
        kind: 'comparison',
        schemaVersion: 1,
        passed,
        verdict,
        policy: input.spec.policy,
        confidence: input.confidence,
        correction: input.correction,
        paired: !!input.paired,
        pairing: input.paired ? `paired on ${input.paired.n} rows (same data digest)` : input.baseline ? 'unpaired: the two evaluations did not run on the same data' : 'no baseline',
        rows: input.candidate.rows,
        candidate: { path: input.candidatePath, model: input.candidate.model.sha256, data: input.candidate.data.sha256 },
        baseline: input.baseline ? { path: input.baselinePath, model: input.baseline.model.sha256, data: input.baseline.data.sha256 } : null,
        gates: results,
        metrics,
        notes,
        ...(input.dataValidation ? { dataValidation: input.dataValidation } : {}),
    };
}
/**
 * The run's verdict: every gate, and the data validation of the same run when there is one. No
 * gates and no data validation: no verdict (null).
 */
function verdictOf(gates, data, configured = gates.length > 0) {
    const failed = gates.filter((r) => !r.passed);
    const overridden = gates.filter((r) => r.override).length;
    const gatesText = !configured
        ? 'No gates configured'
        : failed.length
            ? `${failed.length} of ${gates.length} gates failed: ${failed.map((f) => f.metric + (f.slice ? ` [${f.slice.column}=${f.slice.value}]` : '') + (f.sensitive ? ` [${f.sensitive}]` : '')).join(', ')}`
            : `All ${gates.length} gates passed${overridden ? ` (${overridden} accepted by override)` : ''}`;
    const gatesPassed = configured ? failed.length === 0 : null;
    if (!data)
        return { passed: gatesPassed, verdict: gatesText };
    if (data.passed)
        return { passed: gatesPassed, verdict: gatesText === 'No gates configured' ? 'Data validation passed; no gates configured' : `${gatesText}; data validation passed` };
    const why = [data.violations ? `${data.violations} violation${data.violations === 1 ? '' : 's'}` : '', data.drifted.length ? `drift in ${data.drifted.slice(0, 5).join(', ')}${data.drifted.length > 5 ? ` and ${data.drifted.length - 5} more` : ''}` : ''].filter(Boolean).join(', ');
    return { passed: false, verdict: `Data validation failed${why ? ` (${why})` : ''}; ${gatesText.charAt(0).toLowerCase()}${gatesText.slice(1)}` };
}

;// CONCATENATED MODULE: ./.build/js/src/gates/run.js
/**
 * compare-to-baseline without GitHub: load the two evaluations, pair their rows when they ran on
 * the same data, run the gates, write comparison.json and the comment markdown (atomically).
 */







function readJson(path, input) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`input '${input}': file not found: ${path}`);
    }
    try {
        return JSON.parse(text);
    }
    catch (e) {
        throw new errors/* DataError */.fL(`${path}: not valid JSON (${e.message.split('\n')[0]})`, path);
    }
}
function loadEvaluation(path, input) {
    const json = readJson(path, input);
    (0,validate/* assertArtifact */.fp)('evaluation', json, path);
    const ev = json;
    // What a schema cannot say: an interval runs from low to high (a reversed one would turn the
    // gates' one-sided tests around).
    const check = (metrics, where) => {
        for (const [name, m] of Object.entries(metrics)) {
            if (m.ci && !(m.ci[0] <= m.ci[1]))
                throw new errors/* DataError */.fL(`${path}: ${where}${name}.ci [${m.ci.join(', ')}] runs from high to low`, path);
        }
    };
    check(ev.metrics, 'metrics.');
    ev.slices.forEach((s, i) => s.metrics && check(s.metrics, `slices[${i}].metrics.`));
    return ev;
}
async function runCompare(config, log, markdownOf) {
    const candidate = loadEvaluation(config.candidate, 'candidate');
    const baseline = config.baseline ? loadEvaluation(config.baseline, 'baseline') : undefined;
    const spec = config.gates ? parseGates(...Object.values((0,files/* readConfigInput */.nt)(config.gates, 'gates'))) : parseGates({}, 'no gates');
    if (!spec.gates.length)
        log.warning('no gates configured: compare-to-baseline reports the metrics and gives no verdict');
    const confidence = config.confidence ?? spec.confidence ?? 0.95;
    const correction = config.correction ?? spec.correction ?? 'holm';
    let paired;
    const notes = [];
    if (baseline) {
        if (baseline.task !== candidate.task)
            throw new errors/* DataError */.fL(`${config.baseline}: a ${baseline.task} evaluation cannot be compared with the candidate's ${candidate.task} one`, config.baseline);
        if (baseline.data.sha256 === candidate.data.sha256 && baseline.label === candidate.label) {
            paired = await log.group('Pairing predictions', async () => loadPaired(candidate, config.candidate, baseline, config.baseline));
        }
        else {
            notes.push(`cannot pair rows: the baseline was evaluated on different data (sha256 ${baseline.data.sha256.slice(0, 12)} vs ${candidate.data.sha256.slice(0, 12)}); evaluate the baseline model on the candidate's data for paired tests. Using unpaired tests from each evaluation's intervals.`);
            log.warning(notes[notes.length - 1]);
        }
    }
    const dataReport = config.dataReport ? readJson(config.dataReport, 'data-report') : undefined;
    if (dataReport)
        (0,validate/* assertArtifact */.fp)('data-report', dataReport, config.dataReport);
    const dataValidation = dataReport ? { passed: dataReport.passed, violations: dataReport.violations.count, drifted: dataReport.drift.filter((d) => d.drifted).map((d) => d.column) } : undefined;
    const comparison = compare({ candidate, candidatePath: config.candidate, baseline, baselinePath: config.baseline, paired, spec, confidence, correction, resamples: config.bootstrap, seed: config.seed, dataValidation });
    comparison.notes.unshift(...notes);
    (0,validate/* assertArtifact */.fp)('comparison', comparison, config.out, 'write');
    const render = (c) => markdownOf(c, { candidate, baseline, dataReport, training: config.training, sweep: config.sweep, runUrl: config.runUrl, artifactsUrl: config.runUrl ? `${config.runUrl}#artifacts` : undefined });
    const markdown = render(comparison);
    (0,files/* writeFilesAtomic */.aV)([
        { path: config.out, data: JSON.stringify(comparison, null, 2) + '\n' },
        { path: config.commentFile, data: markdown },
    ]);
    for (const g of comparison.gates)
        (g.passed ? log.info : log.error)(`${g.passed ? 'pass' : 'FAIL'} ${g.metric}${g.slice ? `[${g.slice.column}=${g.slice.value}]` : ''} ${g.rule}: ${g.reason}`);
    return { comparison, markdown, render };
}

;// CONCATENATED MODULE: ./.build/js/src/actions/types.js
function defineAction(def) {
    return def;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(1351);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/utils.js + 18 modules
var utils = __webpack_require__(9083);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./.build/js/src/github/client.js
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
    const inner = (utils/* defaults */.NT.request?.fetch ?? globalThis.fetch);
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
        throw new errors/* ConfigurationError */.j1(`${what}: expected owner/name, got '${fullName}'`);
    }
    return { owner: m[1], repo: m[2] };
}
/**
 * Creates the client. `token` is the workflow's GITHUB_TOKEN or a PAT; see permissions.ts for
 * what each mode needs.
 */
function createGitHubClient(token, options = {}) {
    if (!token || !token.trim()) {
        throw new errors/* ConfigurationError */.j1('github-token is empty: pass ${{ github.token }} or a token with the permissions the mode needs');
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
    return (0,github/* getOctokit */.Q)(token, {
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
            id: `modelgate-${(0,external_node_crypto_.randomUUID)()}`,
            retryAfterBaseValue: base,
            fallbackSecondaryRateRetryAfter: 60,
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary'),
        },
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
}

;// CONCATENATED MODULE: ./.build/js/src/github/permissions.js
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

;// CONCATENATED MODULE: ./.build/js/src/github/errors.js
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
class GitHubApiError extends errors/* ServiceError */._7 {
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
        return new errors/* ConfigurationError */.j1(`GitHub refused to ${what}${call}: ${e.status} ${msg}. Give the workflow's token ${permissionsText(mode)}`);
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
async function errors_call(what, mode, fn) {
    try {
        return await fn();
    }
    catch (e) {
        throw toGitHubError(e, what, mode);
    }
}

;// CONCATENATED MODULE: ./.build/js/src/github/truncate.js
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
const truncate_COMMENT_LIMIT = 65536;
/** GitHub's limit for a check run's `output.summary` (and `output.text`). */
const CHECK_SUMMARY_LIMIT = 65535;
/** Checks a URL given for the note; only http(s), with characters that would end a link escaped. */
function linkTarget(url) {
    let u;
    try {
        u = new URL(url);
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`full report URL is not a URL: '${url}'`);
    }
    if (u.protocol !== 'https:' && u.protocol !== 'http:') {
        throw new errors/* ConfigurationError */.j1(`full report URL must be http(s): '${url}'`);
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
function truncate_truncateMarkdown(text, options) {
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

;// CONCATENATED MODULE: ./.build/js/src/github/comment.js


/** The hidden marker of the sticky comment of one action in one workflow. */
function comment_stickyMarker(workflow, action = 'compare-to-baseline') {
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
function comment_authorship(user, association, author) {
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
    return errors_call('list the pull request comments', 'comment', async () => {
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
                const whose = comment_authorship(c.user, c.author_association, options.author);
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
    const t = truncate_truncateMarkdown(clean, { limit: truncate_COMMENT_LIMIT - marker.length - 1, fullReportUrl });
    return { body: `${marker}\n${t.text}`, truncated: t.truncated };
}
/** Creates the sticky comment, or updates it in place when one exists (unchanged bodies are not rewritten). */
async function upsertStickyComment(client, options, log) {
    const { repo, issueNumber, marker } = options;
    const { body, truncated } = composeStickyBody(marker, options.body, options.fullReportUrl);
    if (truncated)
        log.warning(`The report is longer than GitHub's ${truncate_COMMENT_LIMIT}-character comment limit; the comment was truncated`);
    const existing = await findStickyComment(client, repo, issueNumber, marker, { author: options.author, perPage: options.perPage }, log);
    if (existing) {
        if (existing.body === body) {
            log.info(`Pull request comment unchanged: ${existing.url}`);
            return { action: 'unchanged', id: existing.id, url: existing.url, truncated };
        }
        const res = await errors_call('update the pull request comment', 'comment', () => client.rest.issues.updateComment({ ...repo, comment_id: existing.id, body }));
        log.info(`Updated the pull request comment: ${res.data.html_url}`);
        return { action: 'updated', id: res.data.id, url: res.data.html_url, truncated };
    }
    const res = await errors_call('create the pull request comment', 'comment', () => client.rest.issues.createComment({ ...repo, issue_number: issueNumber, body }));
    log.info(`Created the pull request comment: ${res.data.html_url}`);
    return { action: 'created', id: res.data.id, url: res.data.html_url, truncated };
}

;// CONCATENATED MODULE: ./.build/js/src/github/event.js
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
        throw new errors/* DataError */.fL(`event payload: ${what} is missing or malformed`);
    return v;
}
function str(v) {
    return typeof v === 'string' ? v : undefined;
}
function event_int(v) {
    return typeof v === 'number' && Number.isSafeInteger(v) ? v : undefined;
}
/** Reads and parses the event payload file. */
function readEventPayload(path) {
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (e) {
        throw new errors/* DataError */.fL(`cannot read the event payload ${path}: ${e.message}`, path);
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
        number: need(event_int(pr.number), 'pull_request.number'),
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
        id: need(event_int(run.id), 'workflow_run.id'),
        event: need(str(run.event), 'workflow_run.event'),
        conclusion: str(run.conclusion) ?? null,
        headSha: need(str(run.head_sha), 'workflow_run.head_sha'),
        headRepo: str(obj(run.head_repository)?.full_name) ?? null,
        pullRequests: prs.map((p) => event_int(obj(p)?.number)).filter((n) => n !== undefined),
    };
}
/** The page of a workflow run: `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}`. */
function runUrl(serverUrl, repository, runId) {
    return `${serverUrl.replace(/\/+$/, '')}/${repository}/actions/runs/${runId}`;
}

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
        if (isRequestError(e) && e.status === 404) {
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
    const comments = await errors_call('list the pull request comments', 'override', () => client.paginate(client.rest.issues.listComments, { ...repo, issue_number: prNumber, per_page: options.perPage ?? 100 }));
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
                a = await errors_call(`check the permission of ${by}`, 'override', () => accessOf(client, repo, by));
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

;// CONCATENATED MODULE: ./.build/js/src/github/verdict.js


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
    const summary = truncate_truncateMarkdown(verdict.summary, { limit: CHECK_SUMMARY_LIMIT, fullReportUrl: options.fullReportUrl });
    if (summary.truncated)
        log.warning(`The check run summary is longer than GitHub's ${CHECK_SUMMARY_LIMIT}-character limit; it was truncated`);
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
        if (!isPermissionError(e))
            throw toGitHubError(e, `create the check run "${checkName}"`, 'check');
        const reason = `GitHub refused the check run (403 ${githubMessage(e)}); the token needs \`checks: write\``;
        log.warning(`${reason}. Reporting the verdict as the commit status "${checkName}" instead (needs \`statuses: write\`).`);
        const state = verdict.conclusion === 'failure' ? 'failure' : 'success';
        const description = statusDescription(verdict);
        const target = detailsUrl ?? httpUrl(options.fullReportUrl);
        await errors_call(`set the commit status "${checkName}" (check runs were refused too)`, 'status', () => client.rest.repos.createCommitStatus({
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

;// CONCATENATED MODULE: ./.build/js/src/github/publish.js
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
    throw new errors/* DataError */.fL(`publish: the pull request number must be a positive integer, got ${publish_describe(v)}`);
}
/** A commit sha from untrusted input: 40 hex digits, returned in lower case. */
function validSha(v) {
    if (typeof v === 'string' && /^[0-9a-fA-F]{40}$/.test(v))
        return v.toLowerCase();
    throw new errors/* DataError */.fL(`publish: the head sha must be 40 hexadecimal digits, got ${publish_describe(v)}`);
}
function publish_describe(v) {
    const s = typeof v === 'string' ? `'${v}'` : JSON.stringify(v) ?? String(v);
    return s.length > 60 ? s.slice(0, 57) + '...' : s;
}
/** Replaces `@` before a name with `&#64;` outside code, so posting the text notifies nobody. */
function publish_defuseMentions(markdown) {
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
        throw new errors/* DataError */.fL('publish: the comment body must be a string');
    if (p.body.length > MAX_BODY)
        throw new errors/* DataError */.fL(`publish: the comment body is ${p.body.length} characters, more than ${MAX_BODY}`);
    const v = typeof p.verdict === 'object' && p.verdict !== null ? p.verdict : undefined;
    if (!v)
        throw new errors/* DataError */.fL('publish: the verdict must be an object with conclusion, title and summary');
    if (!CONCLUSIONS.includes(v.conclusion)) {
        throw new errors/* DataError */.fL(`publish: verdict.conclusion must be one of ${CONCLUSIONS.join(', ')}, got ${publish_describe(v.conclusion)}`);
    }
    if (typeof v.title !== 'string' || !v.title.trim())
        throw new errors/* DataError */.fL('publish: verdict.title must be a non-empty string');
    if (typeof v.summary !== 'string' || v.summary.length > MAX_BODY)
        throw new errors/* DataError */.fL('publish: verdict.summary must be a string');
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
    const pr = await errors_call(`read pull request #${p.prNumber}`, 'publish', () => client.rest.pulls.get({ ...repo, pull_number: p.prNumber }));
    if (pr.data.head.sha.toLowerCase() !== p.headSha) {
        return refuse(`its head is ${pr.data.head.sha}, not the artifact's ${p.headSha} (a newer push, or an artifact for another pull request)`);
    }
    const comment = await upsertStickyComment(client, {
        repo,
        issueNumber: p.prNumber,
        marker: comment_stickyMarker(options.workflow),
        body: publish_defuseMentions(p.body),
        fullReportUrl: options.fullReportUrl,
    }, log);
    const verdict = await reportVerdict(client, {
        repo,
        headSha: p.headSha,
        checkName: options.checkName,
        verdict: { ...p.verdict, summary: publish_defuseMentions(p.verdict.summary) },
        detailsUrl: options.detailsUrl ?? comment.url,
        fullReportUrl: options.fullReportUrl,
    }, log);
    return { published: true, prNumber: p.prNumber, headSha: p.headSha, comment, verdict };
}

;// CONCATENATED MODULE: ./.build/js/src/github/deployments.js

const DESCRIPTION_LIMIT = 140;
const cut = (s) => (s.length > DESCRIPTION_LIMIT ? s.slice(0, DESCRIPTION_LIMIT - 1) + '…' : s);
async function createDeployment(client, o) {
    const res = await call('create the GitHub deployment', 'deploy', () => client.rest.repos.createDeployment({
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
    await call(`set the GitHub deployment status to ${state}`, 'deploy', () => client.rest.repos.createDeploymentStatus({
        ...repo,
        deployment_id: deploymentId,
        state,
        ...(opts.description ? { description: cut(opts.description) } : {}),
        ...(opts.logUrl ? { log_url: opts.logUrl } : {}),
        ...(opts.environmentUrl ? { environment_url: opts.environmentUrl } : {}),
        auto_inactive: true,
    }));
}

;// CONCATENATED MODULE: ./.build/js/src/github/git-data.js
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
const MAX_FILE_BYTES = (/* unused pure expression or super */ null && (50 * 1024 * 1024));
/**
 * A repository path from a workflow input: relative, `/`-separated, no `.` or `..` segment, not
 * under `.git/` or `.github/` (workflow files need a permission modelgate never asks for).
 */
function checkRepoPath(path, input = 'files') {
    const p = path.trim();
    // eslint-disable-next-line no-control-regex
    if (!p || p.startsWith('/') || p.includes('\\') || /[\u0000-\u001f\u007f]/.test(p) || p.split('/').some((s) => s === '' || s === '.' || s === '..')) {
        throw new ConfigurationError(`${input}: '${p}' is not a relative repository path (a/b/c.csv, no '.', '..', '\\\\' or leading '/')`);
    }
    if (/^\.git(hub)?\//i.test(p))
        throw new ConfigurationError(`${input}: '${p}' is under ${p.split('/')[0]}/, which a retrain never changes`);
    return p;
}
/** A branch name git and GitHub accept (git check-ref-format, the common rules). */
function checkBranch(name, input = 'branch') {
    const ok = /^[A-Za-z0-9._/-]+$/.test(name) && !name.startsWith('/') && !name.endsWith('/') && !name.endsWith('.lock') && !name.includes('..') && !name.includes('//') && !name.startsWith('-') && !name.split('/').some((s) => s.startsWith('.'));
    if (!ok)
        throw new ConfigurationError(`${input}: '${name}' is not a valid branch name`);
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
    const base = o.base ?? (await call('read the repository (its default branch)', 'retrain', () => client.rest.repos.get({ ...repo }))).data.default_branch;
    if (base === branch)
        throw new ConfigurationError(`branch: '${branch}' is the base branch; a retrain never commits to it`);
    for (const f of o.files) {
        checkRepoPath(f.path);
        if (f.content.byteLength > MAX_FILE_BYTES) {
            throw new ConfigurationError(`files: ${f.path} is ${f.content.byteLength} bytes, more than ${MAX_FILE_BYTES}; keep large data out of git (a pointer file, LFS or a bucket)`);
        }
    }
    const baseSha = await call(`read branch ${base}`, 'retrain', async () => {
        const sha = await headOf(client, repo, base);
        if (!sha)
            throw new ConfigurationError(`base: branch '${base}' does not exist`);
        return sha;
    });
    const baseCommit = await call(`read commit ${baseSha}`, 'retrain', () => client.rest.git.getCommit({ ...repo, commit_sha: baseSha }));
    const tree = [];
    for (const f of o.files) {
        const blob = await call(`upload ${f.path}`, 'retrain', () => client.rest.git.createBlob({ ...repo, content: Buffer.from(f.content).toString('base64'), encoding: 'base64' }));
        tree.push({ path: f.path, mode: '100644', type: 'blob', sha: blob.data.sha });
    }
    const newTree = await call('create the tree', 'retrain', () => client.rest.git.createTree({ ...repo, base_tree: baseCommit.data.tree.sha, tree }));
    const existing = await call(`read branch ${branch}`, 'retrain', () => headOf(client, repo, branch));
    if (existing) {
        const head = await call(`read commit ${existing}`, 'retrain', () => client.rest.git.getCommit({ ...repo, commit_sha: existing }));
        if (!head.data.message.split('\n').includes(o.trailer)) {
            throw new ConfigurationError(`branch '${branch}' has a commit modelgate did not make (${existing.slice(0, 12)}); it is not overwritten: merge or close its pull request and delete the branch, or set another branch`);
        }
        if (head.data.tree.sha === newTree.data.sha && head.data.parents.length === 1 && head.data.parents[0].sha === baseSha) {
            log.info(`Branch ${branch} already holds these files on ${base}'s head: nothing pushed`);
            return { base, baseSha, sha: existing, action: 'unchanged' };
        }
    }
    const commit = await call('create the commit', 'retrain', () => client.rest.git.createCommit({ ...repo, message: `${o.message}\n\n${o.trailer}\n`, tree: newTree.data.sha, parents: [baseSha] }));
    const sha = commit.data.sha;
    if (existing) {
        await call(`move branch ${branch}`, 'retrain', () => client.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha, force: true }));
        log.info(`Branch ${branch} moved to ${sha.slice(0, 12)} (one commit on ${base})`);
        return { base, baseSha, sha, action: 'updated' };
    }
    await call(`create branch ${branch}`, 'retrain', () => client.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha }));
    log.info(`Branch ${branch} created at ${sha.slice(0, 12)} (one commit on ${base})`);
    return { base, baseSha, sha, action: 'created' };
}

;// CONCATENATED MODULE: ./.build/js/src/github/retrain.js




const retrainMarker = (workflow) => stickyMarker(workflow, 'retrain');
const driftIssueMarker = (workflow) => stickyMarker(workflow, 'drift-issue');
/** Any modelgate marker, removed from a body before ours is put first. */
const retrain_ANY_MARKER = /<!--\s*modelgate:[^\n]*?-->\n?/g;
/** The body as posted: the marker line, then the text without other markers or @-mentions, cut to GitHub's limit. */
function markedBody(marker, text, fullReportUrl) {
    const t = truncateMarkdown(defuseMentions(text.replace(retrain_ANY_MARKER, '')), { limit: COMMENT_LIMIT - marker.length - 1, fullReportUrl });
    return `${marker}\n${t.text}`;
}
/** Creates the retrain pull request, or updates the one found by its marker. */
async function upsertPullRequest(client, o, log) {
    const { repo, marker } = o;
    const body = markedBody(marker, o.body);
    const fullName = `${repo.owner}/${repo.repo}`.toLowerCase();
    const found = await call('list the open pull requests', 'retrain', async () => {
        let fallback;
        for await (const page of client.paginate.iterator(client.rest.pulls.list, { ...repo, state: 'open', per_page: o.perPage ?? 100 })) {
            for (const pr of page.data) {
                if (!pr.body?.includes(marker) || pr.head.ref !== o.head || pr.head.repo?.full_name.toLowerCase() !== fullName)
                    continue;
                const item = { number: pr.number, url: pr.html_url, title: pr.title, body: pr.body };
                const whose = authorship(pr.user, pr.author_association, o.author);
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
        const r = await call(`update pull request #${found.number}`, 'retrain', () => client.rest.pulls.update({ ...repo, pull_number: found.number, title: o.title, body }));
        log.info(`Updated the retrain pull request: ${r.data.html_url}`);
        return { action: 'updated', number: r.data.number, url: r.data.html_url };
    }
    const r = await call('create the retrain pull request', 'retrain', () => client.rest.pulls.create({ ...repo, head: o.head, base: o.base, title: o.title, body, maintainer_can_modify: false }));
    log.info(`Opened the retrain pull request: ${r.data.html_url}`);
    return { action: 'created', number: r.data.number, url: r.data.html_url };
}
/** Creates the drift issue, or updates the open one found by its marker. */
async function upsertIssue(client, o, log) {
    const { repo, marker } = o;
    const body = markedBody(marker, o.body);
    const found = await call('list the open issues', 'issue', async () => {
        let fallback;
        for await (const page of client.paginate.iterator(client.rest.issues.listForRepo, { ...repo, state: 'open', per_page: o.perPage ?? 100 })) {
            for (const issue of page.data) {
                // The issues list holds pull requests too.
                if (issue.pull_request || !issue.body?.includes(marker))
                    continue;
                const item = { number: issue.number, url: issue.html_url, title: issue.title, body: issue.body };
                const whose = authorship(issue.user, issue.author_association, o.author);
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
        const r = await call(`update issue #${found.number}`, 'issue', () => client.rest.issues.update({ ...repo, issue_number: found.number, title: o.title, body }));
        log.info(`Updated the drift issue: ${r.data.html_url}`);
        return { action: 'updated', number: r.data.number, url: r.data.html_url };
    }
    const r = await call('create the drift issue', 'issue', () => client.rest.issues.create({ ...repo, title: o.title, body, ...(o.labels?.length ? { labels: [...o.labels] } : {}) }));
    log.info(`Opened the drift issue: ${r.data.html_url}`);
    return { action: 'created', number: r.data.number, url: r.data.html_url };
}

;// CONCATENATED MODULE: ./.build/js/src/github/index.js
/** The GitHub side of modelgate: one octokit from `createGitHubClient`, passed to everything else. */













;// CONCATENATED MODULE: ./.build/js/src/actions/compare-github.js
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
        runUrl: env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? runUrl(server, env.GITHUB_REPOSITORY, env.GITHUB_RUN_ID) : undefined,
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
    const { passed, verdict } = c.passed === null ? { passed: null, verdict: c.verdict } : verdictOf(gates, c.dataValidation);
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
    return createGitHubClient(gh.token, { log, baseUrl: gh.apiUrl, signal: budget, requestTimeoutMs: Math.min(30, timeoutSeconds) * 1000 });
}
/** Runs `fn` with an AbortSignal that fires after `seconds`; rejects then, even if `fn` ignores it. */
async function withBudget(seconds, fn) {
    const controller = new AbortController();
    let timer;
    const expired = new Promise((_, reject) => {
        timer = setTimeout(() => {
            controller.abort();
            reject(new errors/* ServiceError */._7(`GitHub did not finish within ${seconds} s (publish-timeout)`));
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
    const event = config.github.eventPath ? readEventPayload(config.github.eventPath) : undefined;
    return event ? pullRequestFromEvent(event) : undefined;
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
        throw new errors/* ConfigurationError */.j1(`input 'github-token' is required to comment (or set comment: false)`);
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
        const o = await withBudget(budget, (signal) => collectOverrides(clientFor(gh, log, signal, budget), { repo: parseRepo(gh.repository ?? pr.baseRepo), prNumber: pr.number, metrics: failed }, log));
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
                throw new errors/* ConfigurationError */.j1(`input 'github-token' is required in publish mode`);
            if (!gh.repository)
                throw new errors/* ConfigurationError */.j1('publish mode runs in GitHub Actions (GITHUB_REPOSITORY is not set)');
            // The sha this run was triggered for, from the event payload GitHub wrote: the workflow_run's
            // head (fork-safe pair) or the pull request's head (a publish job in the pull_request workflow).
            const event = gh.eventPath ? readEventPayload(gh.eventPath) : undefined;
            const runHeadSha = event === undefined ? undefined : (workflowRunFromEvent(event)?.headSha ?? pullRequestFromEvent(event)?.headSha);
            const own = comparison.pullRequest;
            const result = await publish(clientFor(gh, log, signal, config.publishTimeout), {
                prNumber: own?.number,
                headSha: own?.headSha,
                body: markdown,
                verdict: { conclusion: conclusionOf(comparison), title: comparison.verdict, summary: markdown },
                repo: parseRepo(gh.repository),
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
        const repo = parseRepo(gh.repository ?? pr.baseRepo);
        const comment = await upsertStickyComment(client, { repo, issueNumber: pr.number, marker: comment_stickyMarker(workflow), body: markdown, fullReportUrl: gh.runUrl }, log);
        log.info(`PR comment ${comment.action}: ${comment.url}`);
        const verdict = await reportVerdict(client, { repo, headSha: pr.headSha, checkName: gh.checkName, verdict: { conclusion: conclusionOf(comparison), title: comparison.verdict, summary: markdown }, detailsUrl: gh.runUrl, fullReportUrl: gh.runUrl }, log);
        log.info(verdict.kind === 'check-run' ? `check run ${gh.checkName}: ${verdict.url}` : `commit status ${verdict.context}: ${verdict.state} (${verdict.reason})`);
        return { commentUrl: comment.url };
    });
}
/** Reads the comparison and comment a pull_request run uploaded (publish mode). */
function readPublished(out, commentFile) {
    return { comparison: JSON.parse((0,external_node_fs_.readFileSync)(out, 'utf8')), markdown: (0,external_node_fs_.readFileSync)(commentFile, 'utf8') };
}

;// CONCATENATED MODULE: ./.build/js/src/generated/modelgate.schema.json
const modelgate_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"L2":{"dw":{"qo":{"compare-to-baseline":{"$ref":"#/$defs/compare-to-baseline"},"deploy":{"$ref":"#/$defs/deploy"},"evaluate-model":{"$ref":"#/$defs/evaluate-model"},"monitor":{"$ref":"#/$defs/monitor"},"register":{"$ref":"#/$defs/register"},"retrain":{"$ref":"#/$defs/retrain"},"train":{"$ref":"#/$defs/train"},"validate-data":{"$ref":"#/$defs/validate-data"}}}}}');
;// CONCATENATED MODULE: ./.build/js/src/lib/pipeline-schema.js
/**
 * modelgate.yml against its JSON Schema (src/generated/modelgate.schema.json, generated from
 * action.yml by the build): the first error becomes one line naming the key's path the way a
 * person writes it, `stages[2].evaluate-model.slice-by`, and what is wrong there.
 */



let validators;
function compile() {
    const ajv = new Ajv2020({ allErrors: false, strict: false });
    ajv.addSchema(schema);
    const id = schema.$id;
    // All errors at the top, so a misspelt `stages` is named rather than reported missing.
    const top = new Ajv2020({ allErrors: true }).compile({ type: 'object', required: ['stages'], properties: { stages: true }, additionalProperties: false });
    return { list: ajv.getSchema(`${id}#/$defs/stageList`), map: ajv.getSchema(`${id}#/$defs/stageMap`), top };
}
/** `/stages/2/evaluate-model/slice-by` -> `stages[2].evaluate-model.slice-by`. */
function pipeline_schema_keyPath(pointer) {
    return pointer
        .split('/')
        .slice(1)
        .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
        .reduce((acc, seg) => (/^\d+$/.test(seg) ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg), '');
}
const ACTIONS = Object.keys(modelgate_schema_namespaceObject.L2.dw.qo);
function pipeline_schema_describe(e, base) {
    const where = pipeline_schema_keyPath(base + e.instancePath);
    const params = e.params;
    const inputsOf = (action) => Object.keys(schema.$defs[action]?.properties ?? {});
    if (e.keyword === 'additionalProperties') {
        const key = params.additionalProperty;
        const segs = where.split('.');
        const action = segs.at(-1).replace(/\[\d+\]$/, '');
        if (ACTIONS.includes(action))
            return `${where}.${key}: unknown input of ${action}; its inputs: ${inputsOf(action).join(', ')}`;
        if (where === '')
            return `${key}: unknown key; modelgate.yml has 'stages'`;
        return `${where ? `${where}.` : ''}${key}: not an action; actions: ${ACTIONS.join(', ')}`;
    }
    if (e.keyword === 'minProperties' || e.keyword === 'maxProperties')
        return `${where}: a stage is a mapping with one key, the action: { evaluate-model: { ... } }`;
    if (e.keyword === 'required')
        return `${where ? `${where}.` : ''}${params.missingProperty}: required`;
    if (e.keyword === 'type' || e.keyword === 'anyOf')
        return `${where}: must be ${e.keyword === 'anyOf' ? 'a value, a list of values or a mapping' : e.message?.replace(/^must be /, '')}`;
    return `${where}: ${e.message ?? e.keyword}`;
}
/** Throws a ConfigurationError `<file>: <key path>: <what is wrong>` on the first problem. */
function checkPipeline(doc, file) {
    validators ??= compile();
    const fail = (e, base = '') => {
        throw new ConfigurationError(`${file}: ${pipeline_schema_describe(e, base)}`);
    };
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc))
        throw new ConfigurationError(`${file}: expected a mapping with 'stages'`);
    if (!validators.top(doc))
        fail(validators.top.errors.find((e) => e.keyword === 'additionalProperties') ?? validators.top.errors[0]);
    const stages = doc.stages;
    const v = Array.isArray(stages) ? validators.list : validators.map;
    if (!v(stages))
        fail(v.errors[0], '/stages');
}

;// CONCATENATED MODULE: ./.build/js/src/train/params.js
/**
 * Training parameters: read from a params file, recorded in train-manifest.json, part of the cache
 * key, and compared between runs like `dvc params diff`.
 *
 * Formats, chosen by the file name:
 * - `.json`: JSON; `.yaml` / `.yml`: YAML 1.2 (core schema, through the `yaml` package).
 * - `.env`, `.env.*`, `*.env`, `.properties`, `.txt`, `.cfg`, `.ini` and files with no extension:
 *   `key=value` lines (dotenv style). `#` starts a comment line, an `export ` prefix is allowed,
 *   values may be single or double quoted (quoted values stay text). An unquoted value that reads as
 *   a JSON number becomes a number, `true`/`false` become booleans, anything else stays text. A key
 *   with dots (`model.lr=0.1`) is kept as is, so it diffs the same as nested YAML `model: {lr: 0.1}`.
 *   INI `[section]` headers are not supported.
 * - Anything else (`.toml`, ...) is a ConfigurationError naming the file: TOML is not supported.
 *
 * The top level must be a mapping. Non-finite YAML numbers (`.inf`, `.nan`) are kept as the text
 * "Infinity" / "-Infinity" / "NaN", since JSON cannot hold them.
 */




/** The format of a params file, from its name; undefined when it is none we read. */
function paramsFormat(path) {
    const name = basename(path).toLowerCase();
    const ext = extname(name);
    if (ext === '.json')
        return 'json';
    if (ext === '.yaml' || ext === '.yml')
        return 'yaml';
    if (name === '.env' || name.startsWith('.env.') || ext === '.env')
        return 'env';
    if (['.properties', '.txt', '.cfg', '.ini', ''].includes(ext))
        return 'env';
    return undefined;
}
/** Reads and parses a params file; a missing file or a syntax error is a ConfigurationError. */
function readParams(path, displayPath = path) {
    const format = paramsFormat(path);
    if (!format) {
        throw new ConfigurationError(`params file ${displayPath}: unsupported format '${extname(path)}'; use YAML (.yaml, .yml), JSON (.json) or key=value lines (.env)`);
    }
    let text;
    try {
        text = readFileSync(path, 'utf8');
    }
    catch (e) {
        const code = e.code;
        throw new ConfigurationError(`params file ${displayPath}: ${code === 'ENOENT' ? 'not found' : e.message}`);
    }
    return parseParams(text, format, displayPath);
}
/** Parses params text of a given format. */
function parseParams(text, format, source) {
    if (format === 'env')
        return parseEnv(text, source);
    const value = text.trim() === '' ? {} : parseYamlOrJson(text, source);
    if (value === null || value === undefined)
        return {};
    if (typeof value !== 'object' || Array.isArray(value)) {
        throw new ConfigurationError(`params file ${source}: the top level must be a mapping of names to values`);
    }
    return normalize(value);
}
function parseEnv(text, source) {
    const out = {};
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const m = /^(?:export\s+)?([^=\s]+)\s*=\s*(.*)$/.exec(line);
        if (!m)
            throw new ConfigurationError(`${source}:${i + 1}: expected key=value, got '${line.slice(0, 60)}'`);
        const [, key, rawValue] = m;
        if (Object.hasOwn(out, key))
            throw new ConfigurationError(`${source}:${i + 1}: duplicate key '${key}'`);
        out[key] = envValue(rawValue);
    }
    return out;
}
function envValue(raw) {
    const q = raw[0];
    if ((q === '"' || q === "'") && raw.length >= 2) {
        const end = raw.lastIndexOf(q);
        if (end > 0) {
            const inner = raw.slice(1, end);
            return q === '"' ? inner.replace(/\\(["\\n])/g, (_, c) => (c === 'n' ? '\n' : c)) : inner;
        }
    }
    const value = raw.replace(/\s+#.*$/, '').trim();
    if (value === 'true')
        return true;
    if (value === 'false')
        return false;
    if (/^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(value))
        return Number(value);
    return value;
}
/** Maps what YAML can hold and JSON cannot to JSON-safe values. */
function normalize(v) {
    if (v === null || v === undefined)
        return null;
    if (typeof v === 'number')
        return Number.isFinite(v) ? v : String(v);
    if (typeof v === 'bigint')
        return Number(v);
    if (typeof v === 'string' || typeof v === 'boolean')
        return v;
    if (Array.isArray(v))
        return v.map(normalize);
    if (v instanceof Date)
        return v.toISOString();
    if (typeof v === 'object') {
        const out = {};
        for (const [k, x] of Object.entries(v))
            out[k] = normalize(x);
        return out;
    }
    return String(v);
}
/** JSON with object keys sorted at every level: the same params always give the same text. */
function params_canonicalJson(v) {
    if (v === null || typeof v !== 'object')
        return JSON.stringify(v) ?? 'null';
    if (Array.isArray(v))
        return `[${v.map(params_canonicalJson).join(',')}]`;
    const keys = Object.keys(v).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${params_canonicalJson(v[k])}`).join(',')}}`;
}
/**
 * Flattens nested mappings into dotted keys (`{model: {lr: 0.1}}` -> `model.lr`). Lists and empty
 * mappings are leaf values, compared whole, as `dvc params diff` does.
 */
function flattenParams(params, prefix = '') {
    const out = {};
    for (const [k, v] of Object.entries(params)) {
        const key = prefix ? `${prefix}.${k}` : k;
        if (v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 0) {
            Object.assign(out, flattenParams(v, key));
        }
        else {
            out[key] = v;
        }
    }
    return out;
}
/**
 * What changed from `before` to `after` (either may be undefined: no params recorded), like
 * `dvc params diff`: keys flattened with dots, values compared by their canonical JSON (so 1 and
 * 1.0 are equal, 1 and "1" are not), sorted by key. Unchanged keys are left out.
 */
function diffParams(before, after) {
    const a = flattenParams(before ?? {});
    const b = flattenParams(after ?? {});
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    const out = [];
    for (const key of keys) {
        const inA = Object.hasOwn(a, key);
        const inB = Object.hasOwn(b, key);
        if (inA && !inB)
            out.push({ key, change: 'removed', old: a[key] });
        else if (!inA && inB)
            out.push({ key, change: 'added', new: b[key] });
        else if (params_canonicalJson(a[key]) !== params_canonicalJson(b[key]))
            out.push({ key, change: 'modified', old: a[key], new: b[key] });
    }
    return out;
}
/** The diff as a markdown table (`dvc params diff --md`), values from the data escaped. */
function paramsDiffMarkdown(changes, labels = { old: 'before', new: 'after' }) {
    if (changes.length === 0)
        return 'No parameter changed.\n';
    const cell = (v) => (v === undefined ? '—' : escapeCell(typeof v === 'string' ? v : params_canonicalJson(v)));
    const rows = changes.map((c) => `| ${escapeCell(c.key)} | ${c.change} | ${cell(c.old)} | ${cell(c.new)} |`);
    return [`| param | change | ${escapeCell(labels.old)} | ${escapeCell(labels.new)} |`, '|---|---|---|---|', ...rows].join('\n') + '\n';
}
function escapeCell(s) {
    return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/`/g, '\\`').replace(/\r?\n/g, ' ');
}

;// CONCATENATED MODULE: ./.build/js/src/schemas/sweep.schema.json
const sweep_schema_namespaceObject = {};
;// CONCATENATED MODULE: ./.build/js/src/experiments/sweep.js
/**
 * Hyperparameter sweeps: the spec (src/schemas/sweep.schema.json), the plan (a grid, or a seeded
 * random sample, within a budget), and the choice among the variants' validation scores.
 *
 * Honest selection: variants are ranked on the validation split only. The chosen variant's score
 * there is optimistic (the best of N noisy estimates); the number to believe is the chosen model's
 * score on a test split no variant was ranked on, which evaluate-model computes and
 * compare-to-baseline gates. The report shows the two side by side.
 */








let sweep_validate;
/** A sweep document -> the spec with defaults; a mistake names `source` and the key. */
function parseSweepSpec(doc, source) {
    sweep_validate ??= new Ajv2020({ allErrors: false, strict: false }).compile(schema);
    if (!sweep_validate(doc)) {
        const e = sweep_validate.errors[0];
        const where = keyPath(e.instancePath);
        const extra = e.params.additionalProperty;
        const allowed = e.keyword === 'enum' && e.propertyName ? ` (sweepable inputs: ${(schema.properties.params.propertyNames.enum).join(', ')})` : '';
        throw new ConfigurationError(`${source}: sweep${where ? `.${where}` : ''}${e.propertyName ? `.${e.propertyName}` : ''}${extra ? `.${extra}: unknown key` : `: ${e.message}`}${allowed}`);
    }
    const d = doc;
    const method = d.method ?? 'grid';
    const params = d.params;
    for (const [k, v] of Object.entries(params)) {
        if (!Array.isArray(v)) {
            if (method === 'grid')
                throw new ConfigurationError(`${source}: sweep.params.${k}: a grid takes a list of values; a range { min, max } needs method: random`);
            if (!(v.min < v.max))
                throw new ConfigurationError(`${source}: sweep.params.${k}: min must be below max`);
            if (v.log && v.min <= 0)
                throw new ConfigurationError(`${source}: sweep.params.${k}: a log range needs min > 0`);
        }
        const values = Array.isArray(v) ? v : [v.min, v.max];
        if (k === 'l2' && values.some((x) => x < 0))
            throw new ConfigurationError(`${source}: sweep.params.l2: values must be >= 0`);
        if ((k === 'seed' || k === 'max-categories') && values.some((x) => !Number.isInteger(x) || x < (k === 'seed' ? 0 : 1)))
            throw new ConfigurationError(`${source}: sweep.params.${k}: values must be integers >= ${k === 'seed' ? 0 : 1}`);
    }
    const metric = d.metric;
    const goal = d.goal ?? ((DIRECTION[metric] ?? 1) === 1 ? 'maximize' : 'minimize');
    return {
        method,
        budget: d.budget ?? 16,
        seed: d.seed ?? 0,
        params,
        validation: typeof d.validation === 'string' ? [d.validation] : d.validation,
        metric,
        goal,
        parallel: d.parallel ?? 0,
        out: d.out ?? '.modelgate/sweep',
        positiveLabel: d['positive-label'] === undefined ? undefined : String(d['positive-label']),
    };
}
/** A value as an input's text: integers as they are, others to 4 significant digits. */
function sweep_text(x) {
    return Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(4)));
}
function draw(r, rng) {
    if (Array.isArray(r))
        return r[rng.uniformInt(r.length)];
    const u = rng.nextFloat();
    const x = r.log ? Math.exp(Math.log(r.min) + u * (Math.log(r.max) - Math.log(r.min))) : r.min + u * (r.max - r.min);
    return r.integer ? Math.round(x) : x;
}
/**
 * The variants: grid — every combination in the order the params are listed, the last varying
 * fastest (a seeded sample of `budget` of them, kept in grid order, when there are more); random —
 * `budget` distinct seeded draws (fewer when the space has fewer distinct points).
 */
function planSweep(spec) {
    const keys = Object.keys(spec.params);
    const rows = [];
    if (spec.method === 'grid') {
        const lists = keys.map((k) => [...new Set(spec.params[k].map(sweep_text))]);
        const total = lists.reduce((n, l) => n * l.length, 1);
        let picks = Array.from({ length: total }, (_, i) => i);
        if (total > spec.budget) {
            const rng = createRng(spec.seed, 1);
            for (let i = 0; i < spec.budget; i++) {
                const j = i + rng.uniformInt(total - i);
                [picks[i], picks[j]] = [picks[j], picks[i]];
            }
            picks = picks.slice(0, spec.budget).sort((a, b) => a - b);
        }
        for (let idx of picks) {
            const row = {};
            for (let k = keys.length - 1; k >= 0; k--) {
                row[keys[k]] = lists[k][idx % lists[k].length];
                idx = Math.floor(idx / lists[k].length);
            }
            rows.push(Object.fromEntries(keys.map((k) => [k, row[k]])));
        }
    }
    else {
        const rng = createRng(spec.seed, 2);
        const seen = new Set();
        for (let tries = 0; rows.length < spec.budget && tries < spec.budget * 20; tries++) {
            const row = Object.fromEntries(keys.map((k) => [k, sweep_text(draw(spec.params[k], rng))]));
            const id = canonicalJson(row);
            if (seen.has(id))
                continue;
            seen.add(id);
            rows.push(row);
        }
    }
    const width = Math.max(2, String(rows.length).length);
    return rows.map((values, i) => ({ name: `v${String(i + 1).padStart(width, '0')}`, values }));
}
/** The id all jobs of one sweep agree on: a digest of the plan and of what is trained. */
function sweepId(variants, trainedBy) {
    return createHash('sha256').update(canonicalJson({ variants, trainedBy })).digest('hex').slice(0, 12);
}
/** The job matrix of the plan: `{ include: [{ variant, ...values }] }` for `fromJSON`. */
function sweepMatrix(variants) {
    return { include: variants.map((v) => ({ variant: v.name, ...v.values })) };
}
/**
 * Ranks variants by their validation score, best first (missing scores last; ties keep plan
 * order) and returns the ranking; the first is the choice.
 */
function sweep_rankVariants(scores, goal) {
    const sign = goal === 'maximize' ? -1 : 1;
    return scores
        .map((s, i) => ({ s, i }))
        .sort((a, b) => {
        const x = a.s.value;
        const y = b.s.value;
        if (x === null || y === null || Number.isNaN(x) || Number.isNaN(y))
            return (x === null || Number.isNaN(x) ? 1 : 0) - (y === null || Number.isNaN(y) ? 1 : 0) || a.i - b.i;
        return sign * (x - y) || a.i - b.i;
    })
        .map((r) => r.s);
}

;// CONCATENATED MODULE: ./.build/js/src/experiments/sweep-results.js
/**
 * The files a sweep leaves: one result.json per variant (what a matrix job uploads) and sweep.json
 * (the ranking and the choice). A result read back may come from another job's artifact: its shape
 * is checked and it must belong to this sweep.
 */




const isNum = (x) => typeof x === 'number' && Number.isFinite(x);
/** Reads a variant's result.json and checks it belongs to sweep `id` and names a planned variant. */
function readVariantResult(path, id, planned) {
    let v;
    try {
        v = JSON.parse(readFileSync(path, 'utf8'));
    }
    catch (e) {
        throw new DataError(`${path}: not a readable sweep result (${e.message.split('\n')[0]})`, path);
    }
    const ok = v &&
        v.kind === 'sweep-variant-result' &&
        v.schemaVersion === 1 &&
        typeof v.variant === 'string' &&
        typeof v.metric === 'string' &&
        (v.value === null || isNum(v.value)) &&
        (v.ci === null || (Array.isArray(v.ci) && v.ci.length === 2 && v.ci.every(isNum))) &&
        typeof v.model?.sha256 === 'string';
    if (!ok)
        throw new DataError(`${path}: not a sweep-variant-result (schemaVersion 1)`, path);
    if (v.sweep !== id)
        throw new DataError(`${path}: a result of sweep ${String(v.sweep)}, not of this sweep (${id}); the plan or the training config changed since`, path);
    const plan = planned.find((p) => p.name === v.variant);
    if (!plan || JSON.stringify(plan.values) !== JSON.stringify(v.values))
        throw new DataError(`${path}: variant ${String(v.variant)} is not in this sweep's plan with those values`, path);
    return v;
}
function writeVariantResult(path, r) {
    writeJsonAtomic(path, r);
}
/** Ranks the results and names the winner; an error when no variant has a score. */
function sweepReport(spec, id, planned, results) {
    const byName = new Map(results.map((r) => [r.variant, r]));
    const present = planned.filter((p) => byName.has(p.name)).map((p) => byName.get(p.name));
    const ranking = rankVariants(present, spec.goal);
    const winner = ranking[0];
    if (!winner || winner.value === null)
        throw new DataError(`sweep ${id}: no variant has a ${spec.metric} on the validation split (${present.length} of ${planned.length} results found)`);
    return {
        kind: 'sweep-report',
        schemaVersion: 1,
        id,
        method: spec.method,
        budget: spec.budget,
        seed: spec.seed,
        metric: spec.metric,
        goal: spec.goal,
        planned: planned.length,
        ranking,
        missing: planned.filter((p) => !byName.has(p.name)).map((p) => p.name),
        winner,
    };
}
function readSweepReport(path) {
    let v;
    try {
        v = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (e) {
        throw new errors/* DataError */.fL(`${path}: not a readable sweep report (${e.message.split('\n')[0]})`, path);
    }
    if (v?.kind !== 'sweep-report' || v.schemaVersion !== 1 || !Array.isArray(v.ranking) || !v.winner || typeof v.metric !== 'string')
        throw new errors/* DataError */.fL(`${path}: not a sweep-report (schemaVersion 1)`, path);
    return v;
}

;// CONCATENATED MODULE: ./.build/js/src/report/markdown.js
/**
 * Markdown built from data. Anything that came from a data file or a pull request (column names,
 * category values, messages quoting cells) goes through `esc`, which neutralises markdown and HTML
 * so a crafted value cannot inject links, images, mentions, HTML or break a table.
 */
const ESCAPES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '|': '&#124;',
    '\\': '&#92;',
    '`': '&#96;',
    '*': '&#42;',
    _: '&#95;',
    '[': '&#91;',
    ']': '&#93;',
    '(': '&#40;',
    ')': '&#41;',
    '#': '&#35;',
    '~': '&#126;',
    '@': '&#64;',
    '!': '&#33;',
    ':': '&#58;',
};
/** Escapes untrusted text for a markdown table cell or line; newlines and other control characters become spaces; long text is cut. */
function esc(value, max = 120) {
    let s = value === null || value === undefined ? '' : String(value);
    // eslint-disable-next-line no-control-regex
    s = s.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ');
    if (s.length > max)
        s = s.slice(0, max - 1) + '…';
    return s.replace(/[&<>|\\`*_[\]()#~@!:]/g, (c) => ESCAPES[c]);
}
/** A markdown table; cells must already be escaped or be trusted markup. */
function table(header, rows, align) {
    const sep = header.map((_, i) => (align?.[i] === 'r' ? '---:' : '---'));
    return [header, sep, ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}
/** A collapsed section (renders on GitHub). */
function markdown_details(summary, body, open = false) {
    return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
/** Formats a number for people: fixed significant digits, no exponent for ordinary magnitudes. */
function fmt(x, digits = 4) {
    if (x === null || x === undefined)
        return '–';
    if (!Number.isFinite(x))
        return x > 0 ? '∞' : x < 0 ? '−∞' : 'n/a';
    if (x === 0)
        return '0';
    const a = Math.abs(x);
    if (a >= 1e6 || a < 1e-4)
        return x.toExponential(digits - 1);
    if (Number.isInteger(x))
        return String(x);
    return String(Number(x.toPrecision(digits)));
}
function pct(x, digits = 1) {
    return `${(x * 100).toFixed(digits)}%`;
}
/** Text in a code span: entities would show literally there, so backticks and line breaks are dropped instead. */
function code(value, max = 200) {
    let s = value === null || value === undefined ? '' : String(value).replace(/[`\r\n\t]+/g, ' ');
    if (s.length > max)
        s = s.slice(0, max - 1) + '…';
    return '`' + s + '`';
}

;// CONCATENATED MODULE: ./.build/js/src/report/html/svg.js
/**
 * SVG charts written as strings: no library, no script, so the page is small, draws at once,
 * prints, and can make no request. Every text from data goes through `h`. Elements carry classes
 * (`series`, `bar`, `cell`, `ci`, `est`, `margin`, `zero`) that the styles colour and the browser
 * tests count.
 */

const ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Escapes text for HTML content and attribute values; long text is cut. */
function h(value, max = 200) {
    let s = value === null || value === undefined ? '' : String(value);
    if (s.length > max)
        s = s.slice(0, max - 1) + '…';
    return s.replace(/[&<>"']/g, (c) => ESC[c]);
}
const px = (x) => (Math.round(x * 10) / 10).toString();
/** About `n` round tick values covering [min, max]. */
function ticks(min, max, n = 5) {
    if (!(max > min))
        return [min];
    const raw = (max - min) / n;
    const mag = 10 ** Math.floor(Math.log10(raw));
    const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? raw;
    const out = [];
    for (let v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step)
        out.push(Number(v.toPrecision(12)));
    return out;
}
const W = 460;
const H = 300;
const M = { l: 56, r: 16, t: 28, b: 44 };
/** An <svg> with axes, ticks and labels; `body` draws inside the plot area. */
function chart(cls, title, x, y, body, legend = [], xTicks = true) {
    const iw = W - M.l - M.r;
    const ih = H - M.t - M.b;
    const sx = (v) => M.l + ((v - x.min) / (x.max - x.min || 1)) * iw;
    const sy = (v) => M.t + ih - ((v - y.min) / (y.max - y.min || 1)) * ih;
    const out = [`<svg class="chart ${cls}" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${h(title)}"><title>${h(title)}</title>`];
    out.push(`<text class="title" x="${M.l}" y="16">${h(title)}</text>`);
    for (const t of xTicks ? ticks(x.min, x.max) : [])
        out.push(`<line class="grid" x1="${px(sx(t))}" x2="${px(sx(t))}" y1="${M.t}" y2="${M.t + ih}"/><text class="tick" x="${px(sx(t))}" y="${M.t + ih + 14}" text-anchor="middle">${fmt(t, 3)}</text>`);
    for (const t of ticks(y.min, y.max))
        out.push(`<line class="grid" x1="${M.l}" x2="${M.l + iw}" y1="${px(sy(t))}" y2="${px(sy(t))}"/><text class="tick" x="${M.l - 4}" y="${px(sy(t) + 3)}" text-anchor="end">${fmt(t, 3)}</text>`);
    out.push(`<rect class="plot" x="${M.l}" y="${M.t}" width="${iw}" height="${ih}"/>`);
    out.push(`<text class="axis" x="${M.l + iw / 2}" y="${H - 8}" text-anchor="middle">${h(x.label)}</text>`);
    out.push(`<text class="axis" transform="translate(12 ${M.t + ih / 2}) rotate(-90)" text-anchor="middle">${h(y.label)}</text>`);
    out.push(body({ sx, sy, width: iw, height: ih }));
    legend.forEach((l, i) => out.push(`<rect class="${l.cls}" x="${W - M.r - 120}" y="${M.t + 6 + i * 14}" width="10" height="10"/><text class="tick" x="${W - M.r - 106}" y="${M.t + 15 + i * 14}">${h(l.label, 40)}</text>`));
    out.push('</svg>');
    return out.join('');
}
/** Lines over a [0, 1] × [0, 1] square (ROC, PR, reliability), optionally with the diagonal. */
function lineChart(cls, title, x, y, series, opts = {}) {
    return chart(cls, title, x, y, (f) => {
        const out = [];
        if (opts.diagonal)
            out.push(`<line class="zero" x1="${px(f.sx(x.min))}" y1="${px(f.sy(y.min))}" x2="${px(f.sx(x.max))}" y2="${px(f.sy(y.max))}"/>`);
        for (const s of series) {
            const d = s.x.map((v, i) => `${i ? 'L' : 'M'}${px(f.sx(v))} ${px(f.sy(s.y[i]))}`).join('');
            if (d)
                out.push(`<path class="series ${s.cls}" d="${d}" data-points="${s.x.length}"/>`);
            if (opts.points)
                s.x.forEach((v, i) => out.push(`<circle class="est ${s.cls}" cx="${px(f.sx(v))}" cy="${px(f.sy(s.y[i]))}" r="3"/>`));
        }
        return out.join('');
    }, series.length > 1 ? series.map((s) => ({ cls: `key ${s.cls}`, label: s.label })) : []);
}
/** Histogram bars over shared edges; several series overlay (shares of each series' total). */
function histogram(title, edges, series, xLabel) {
    const shares = series.map((s) => {
        const total = s.counts.reduce((a, b) => a + b, 0) || 1;
        return s.counts.map((c) => c / total);
    });
    const top = Math.max(0.01, ...shares.flat());
    const lo = edges[0];
    const hi = edges.at(-1) > lo ? edges.at(-1) : lo + 1;
    return chart('histogram', title, { min: lo, max: hi, label: xLabel }, { min: 0, max: top * 1.05, label: 'share of rows' }, (f) => series
        .map((s, k) => shares[k]
        .map((v, i) => {
        const x0 = f.sx(edges[i]);
        const x1 = edges[i + 1] > edges[i] ? f.sx(edges[i + 1]) : x0 + f.width / shares[k].length;
        return `<rect class="bar ${s.cls}" x="${px(x0)}" y="${px(f.sy(v))}" width="${px(Math.max(1, x1 - x0 - 1))}" height="${px(f.sy(0) - f.sy(v))}"><title>${h(s.label)} [${fmt(edges[i])}, ${fmt(edges[i + 1])}): ${fmt(v * 100, 3)}%</title></rect>`;
    })
        .join(''))
        .join(''), series.length > 1 ? series.map((s) => ({ cls: `key ${s.cls}`, label: s.label })) : []);
}
/** Grouped bars for categories (reference and current shares of the values that moved most). */
function categoryBars(title, categories, series) {
    const top = Math.max(0.01, ...series.flatMap((s) => s.values));
    const n = categories.length;
    return chart('categories', title, { min: 0, max: n, label: '' }, { min: 0, max: top * 1.05, label: 'share of rows' }, (f) => {
        const out = [];
        const band = f.width / n;
        const bw = (band * 0.8) / series.length;
        categories.forEach((c, i) => {
            series.forEach((s, k) => {
                const v = s.values[i];
                const x = f.sx(i) + band * 0.1 + k * bw;
                out.push(`<rect class="bar ${s.cls}" x="${px(x)}" y="${px(f.sy(v))}" width="${px(bw)}" height="${px(f.sy(0) - f.sy(v))}"><title>${h(s.label)} ${h(c)}: ${fmt(v * 100, 3)}%</title></rect>`);
            });
            out.push(`<text class="tick" x="${px(f.sx(i) + band / 2)}" y="${px(f.sy(0) + 26)}" text-anchor="middle">${h(c, 14)}</text>`);
        });
        return out.join('');
    }, series.length > 1 ? series.map((s) => ({ cls: `key ${s.cls}`, label: s.label })) : [], false);
}
/** Confusion matrix: one cell per (true, predicted), shaded by the share of its row. */
function heatmap(title, labels, matrix) {
    const n = labels.length;
    const cell = Math.max(18, Math.min(56, Math.floor(360 / Math.max(1, n))));
    const left = 110;
    const topM = 44;
    const w = left + n * cell + 10;
    const hgt = topM + n * cell + 30;
    const out = [`<svg class="chart confusion" viewBox="0 0 ${w} ${hgt}" width="${w}" height="${hgt}" role="img" aria-label="${h(title)}"><title>${h(title)}</title>`];
    out.push(`<text class="title" x="4" y="16">${h(title)}</text><text class="axis" x="${left + (n * cell) / 2}" y="34" text-anchor="middle">predicted</text><text class="axis" x="4" y="${topM - 4}">true ↓</text>`);
    matrix.forEach((row, i) => {
        const total = row.reduce((a, b) => a + b, 0) || 1;
        out.push(`<text class="tick" x="${left - 4}" y="${topM + i * cell + cell / 2 + 4}" text-anchor="end">${h(labels[i], 16)}</text>`);
        row.forEach((v, j) => {
            const share = v / total;
            out.push(`<rect class="cell${i === j ? ' diag' : ''}" x="${left + j * cell}" y="${topM + i * cell}" width="${cell - 1}" height="${cell - 1}" fill-opacity="${(0.08 + 0.92 * share).toFixed(3)}"><title>true ${h(labels[i])}, predicted ${h(labels[j])}: ${v}</title></rect>`);
            if (cell >= 28)
                out.push(`<text class="count${share > 0.5 ? ' dark' : ''}" x="${left + j * cell + cell / 2}" y="${topM + i * cell + cell / 2 + 4}" text-anchor="middle">${v}</text>`);
        });
    });
    labels.forEach((l, j) => out.push(`<text class="tick" x="${left + j * cell + cell / 2}" y="${topM + n * cell + 14}" text-anchor="middle">${h(l, 8)}</text>`));
    out.push('</svg>');
    return out.join('');
}
/** A forest plot: one row per estimate with its interval, a zero line when `zero` and a margin mark per row. */
function intervalChart(cls, title, rows, opts = {}) {
    const vals = rows.flatMap((r) => [r.value, r.lo, r.hi, r.margin]).filter((v) => typeof v === 'number' && Number.isFinite(v));
    if (opts.zero)
        vals.push(0);
    let lo = Math.min(...vals);
    let hi = Math.max(...vals);
    const pad = (hi - lo) * 0.08 || Math.abs(hi) * 0.05 || 0.01;
    lo -= pad;
    hi += pad;
    const left = 170;
    const rowH = 22;
    const iw = 300;
    const w = left + iw + 16;
    const hgt = 40 + rows.length * rowH + 30;
    const sx = (v) => left + ((v - lo) / (hi - lo)) * iw;
    const out = [`<svg class="chart ${cls}" viewBox="0 0 ${w} ${hgt}" width="${w}" height="${hgt}" role="img" aria-label="${h(title)}"><title>${h(title)}</title>`];
    out.push(`<text class="title" x="4" y="16">${h(title)}</text>`);
    const bottom = 40 + rows.length * rowH;
    for (const t of ticks(lo, hi))
        out.push(`<line class="grid" x1="${px(sx(t))}" x2="${px(sx(t))}" y1="30" y2="${bottom}"/><text class="tick" x="${px(sx(t))}" y="${bottom + 14}" text-anchor="middle">${fmt(t, 3)}</text>`);
    if (opts.xLabel)
        out.push(`<text class="axis" x="${left + iw / 2}" y="${bottom + 28}" text-anchor="middle">${h(opts.xLabel)}</text>`);
    if (opts.zero)
        out.push(`<line class="zero" x1="${px(sx(0))}" x2="${px(sx(0))}" y1="30" y2="${bottom}"/>`);
    rows.forEach((r, i) => {
        const y = 40 + i * rowH + rowH / 2;
        const fail = r.failed ? ' fail' : '';
        out.push(`<text class="tick" x="${left - 6}" y="${y + 4}" text-anchor="end">${h(r.label, 28)}</text>`);
        if (r.lo !== null && r.hi !== null && Number.isFinite(r.lo) && Number.isFinite(r.hi))
            out.push(`<line class="ci${fail}" x1="${px(sx(r.lo))}" x2="${px(sx(r.hi))}" y1="${y}" y2="${y}"/>`);
        if (typeof r.margin === 'number' && Number.isFinite(r.margin))
            out.push(`<path class="margin" d="M${px(sx(r.margin))} ${y - 8}v16"><title>allowed: ${fmt(r.margin)}</title></path>`);
        if (Number.isFinite(r.value))
            out.push(`<circle class="est${fail}" cx="${px(sx(r.value))}" cy="${y}" r="4"><title>${h(r.label)}: ${fmt(r.value)}${r.lo !== null && r.hi !== null ? ` [${fmt(r.lo)}, ${fmt(r.hi)}]` : ''}</title></circle>`);
    });
    out.push('</svg>');
    return out.join('');
}

;// CONCATENATED MODULE: ./.build/js/src/report/html/sweep.js


/** One scatter chart: param value (x) against the metric (y) with interval bars. */
function paramChart(report, param) {
    const pts = report.ranking
        .map((r) => ({ r, x: Number(r.values[param]), y: r.value }))
        .filter((p) => Number.isFinite(p.x) && p.y !== null && Number.isFinite(p.y));
    if (!pts.length)
        return '';
    const xs = pts.map((p) => p.x);
    const log = Math.min(...xs) > 0 && Math.max(...xs) / Math.min(...xs) > 100;
    const tx = (x) => (log ? Math.log10(x) : x);
    const ys = pts.flatMap((p) => [p.y, ...(p.r.ci ?? [])]);
    const pad = (a, b) => (b - a) * 0.08 || Math.abs(b) * 0.05 || 0.01;
    const [x0, x1] = [Math.min(...xs.map(tx)), Math.max(...xs.map(tx))];
    const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
    const x = { min: x0 - pad(x0, x1), max: x1 + pad(x0, x1), label: log ? `log10 ${param}` : param };
    const y = { min: y0 - pad(y0, y1), max: y1 + pad(y0, y1), label: `${report.metric} (validation)` };
    return chart('sweep', `${param} against ${report.metric}`, x, y, (f) => pts
        .map((p) => {
        const cx = f.sx(tx(p.x)).toFixed(1);
        const chosen = p.r.variant === report.winner.variant ? ' chosen' : '';
        const bar = p.r.ci ? `<line class="ci${chosen}" x1="${cx}" x2="${cx}" y1="${f.sy(p.r.ci[0]).toFixed(1)}" y2="${f.sy(p.r.ci[1]).toFixed(1)}"/>` : '';
        return `${bar}<circle class="est${chosen}" cx="${cx}" cy="${f.sy(p.y).toFixed(1)}" r="${chosen ? 6 : 4}"><title>${h(p.r.variant)}: ${h(param)} ${fmt(p.x)}, ${h(report.metric)} ${fmt(p.y)}${chosen ? ' (chosen)' : ''}</title></circle>`;
    })
        .join(''));
}
function sweepSection(report) {
    const keys = [...new Set(report.ranking.flatMap((r) => Object.keys(r.values)))];
    const rows = report.ranking.map((r, i) => `<tr${r.variant === report.winner.variant ? ' class="chosen"' : ''}><td class="n">${i + 1}</td><td>${h(r.variant)}${r.variant === report.winner.variant ? ' (chosen)' : ''}</td>${keys.map((k) => `<td class="n">${h(r.values[k] ?? '')}</td>`).join('')}<td class="n">${fmt(r.value)}</td><td>${r.ci ? `[${fmt(r.ci[0])}, ${fmt(r.ci[1])}]` : '–'}</td></tr>`);
    return [
        `<section id="sweep"><h2>Sweep: ${report.ranking.length} variants, ${h(report.winner.variant)} chosen on validation</h2>`,
        `<p>${h(report.method)} over ${keys.map((k) => h(k)).join(', ')}; ranked by ${h(report.metric)} (${h(report.goal)}) on the validation split. The chosen variant's validation score is the best of ${report.ranking.length} and so optimistic; its test evaluation is the one to believe.</p>`,
        `<div class="charts">${keys.map((k) => paramChart(report, k)).join('')}</div>`,
        `<details><summary>Leaderboard</summary><table><thead><tr><th>#</th><th>variant</th>${keys.map((k) => `<th>${h(k)}</th>`).join('')}<th>${h(report.metric)}</th><th>interval</th></tr></thead><tbody>${rows.join('')}</tbody></table></details>`,
        '</section>',
    ].join('\n');
}

;// CONCATENATED MODULE: ./.build/js/src/report/mermaid.js

/** Neutralises data-derived text for mermaid (see the module comment); empty text becomes '_'. */
function label(value, max = 40) {
    let s = String(value ?? '')
        .normalize('NFKC')
        .replace(/[^\p{L}\p{N} _.+=/-]/gu, '_')
        .replace(/\s+/g, ' ')
        .trim();
    if (s.length > max)
        s = s.slice(0, max - 1) + '_';
    return s || '_';
}
/** A finite number for mermaid text, rounded to 6 significant digits; null for NaN/Infinity/null. */
function num(x) {
    if (x === null || x === undefined || !Number.isFinite(x))
        return null;
    return String(Number(x.toPrecision(6)));
}
const fence = (body) => ['```mermaid', ...body, '```'].join('\n');
/** The allowed delta of a relative gate (signed: negative for a regression margin), from its rule text. */
function allowedDelta(g) {
    const m = /^(max-regression|require-improvement)(?:\s+(-?\d+(?:\.\d+)?(?:e-?\d+)?)(%)?)?$/.exec(g.rule.trim());
    if (!m)
        return null;
    const raw = m[2] === undefined ? 0 : Number(m[2]);
    const amount = m[3] ? (raw / 100) * Math.abs(g.baseline ?? 0) : raw;
    const dir = spec_DIRECTION[g.metric] ?? 1;
    return m[1] === 'max-regression' ? -dir * amount : dir * amount;
}
const SCALE = 1000;
/**
 * Forest plot of the gated deltas: one section per gate that has a delta and an interval; a bar
 * over the interval (red when the gate failed, highlighted when underpowered), a milestone at no
 * change (0) and one at the allowed margin. Mermaid's gantt parser takes no negative times (and
 * with `dateFormat X`, seconds, it put every start at the first one), so the scale is milliseconds
 * (`dateFormat x`) shifted to start at 1, and the axis labels are hidden: the numbers are in the
 * task labels.
 * Null when no gate has an interval.
 */
function forestChart(gates, opts = {}) {
    const rows = gates.filter((g) => g.delta !== null && g.ci && num(g.ci[0]) !== null && num(g.ci[1]) !== null).slice(0, opts.max ?? 30);
    if (!rows.length)
        return null;
    const margins = rows.map((g) => allowedDelta(g));
    const values = rows.flatMap((g, i) => [g.ci[0], g.ci[1], 0, margins[i] ?? 0]).filter(Number.isFinite);
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    // Whole positions (the parser takes integers) in thousandths of the span, the smallest value at 1.
    const span = hi - lo || 1;
    const at = (x) => String(1 + Math.round(((x - lo) / span) * SCALE));
    const lines = ['gantt', '  title Δ candidate − baseline (bar = interval, ◆ = no change and allowed margin)', '  dateFormat x', '  axisFormat .', '  todayMarker off'];
    rows.forEach((g, i) => {
        const name = label(g.metric) + (g.slice ? ` ${label(g.slice.column, 24)}=${label(g.slice.value, 24)}` : '');
        const [cl, ch] = g.ci;
        lines.push(`  section ${name}`);
        const state = g.passed ? (g.underpowered ? 'active, ' : '') : 'crit, ';
        // A zero-width interval still gets a visible bar.
        const end = String(Math.max(Number(at(ch)), Number(at(cl)) + 1));
        lines.push(`  Δ ${num(g.delta)} [${num(cl)}, ${num(ch)}] ${g.passed ? 'pass' : 'fail'} : ${state}g${i}, ${at(cl)}, ${end}`);
        lines.push(`  0 : milestone, z${i}, ${at(0)}, 0ms`);
        const margin = margins[i];
        if (margin !== null && num(margin) !== null)
            lines.push(`  margin ${num(margin)} : milestone, m${i}, ${at(margin)}, 0ms`);
    });
    return fence(lines);
}
/**
 * Drift per feature as one comparable score: statistic / threshold for distance tests, and
 * log(p) / log(threshold) for tests with a p-value; 1 is the drift threshold (the line). Capped at 10.
 */
function driftScore(d) {
    let s;
    // No finite statistic (a zero-spread reference): the decision is all there is.
    if (d.statistic === null && d.pValue === undefined)
        s = d.drifted ? 10 : 0;
    else if (d.pValue !== undefined)
        s = d.threshold > 0 && d.threshold < 1 ? Math.log(Math.max(d.pValue, 1e-300)) / Math.log(d.threshold) : 0;
    else
        s = d.threshold > 0 ? d.statistic / d.threshold : 0;
    return Number.isFinite(s) ? Math.min(10, Math.max(0, s)) : 10;
}
function driftChart(drift, opts = {}) {
    const rows = [...drift].sort((a, b) => driftScore(b) - driftScore(a)).slice(0, opts.max ?? 40);
    if (!rows.length)
        return null;
    const scores = rows.map((d) => num(driftScore(d)) ?? '0');
    return fence([
        'xychart-beta horizontal',
        '  title "Drift score per column (1 = drift threshold)"',
        `  x-axis [${rows.map((d) => `"${label(d.column)}"`).join(', ')}]`,
        `  y-axis "score" 0 --> ${Math.max(2, Math.ceil(Math.max(...rows.map(driftScore))))}`,
        `  bar [${scores.join(', ')}]`,
        `  line [${rows.map(() => '1').join(', ')}]`,
    ]);
}
/**
 * One line chart per metric over versions (oldest first), e.g. the gated metrics across the last
 * registered versions. Versions missing a metric are left out of that metric's chart; a metric
 * with fewer than two points gets no chart.
 */
function historyCharts(history, metrics) {
    const out = [];
    for (const metric of metrics) {
        const pts = history.map((h) => ({ v: h.version, x: num(h.metrics[metric]) })).filter((p) => p.x !== null);
        if (pts.length < 2)
            continue;
        const xs = pts.map((p) => Number(p.x));
        const lo = Math.min(...xs);
        const hi = Math.max(...xs);
        const pad = (hi - lo) * 0.1 || Math.abs(hi) * 0.01 || 1;
        out.push(fence([
            'xychart-beta',
            `  title "${label(metric)}"`,
            `  x-axis [${pts.map((p) => `"${label(p.v, 24)}"`).join(', ')}]`,
            `  y-axis "${label(metric)}" ${num(lo - pad)} --> ${num(hi + pad)}`,
            `  line [${pts.map((p) => p.x).join(', ')}]`,
        ]));
    }
    return out;
}

;// CONCATENATED MODULE: ./.build/js/src/report/html/report.js




const MAX_COLUMNS = 100;
const MAX_SLICES = 100;
const STYLE = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:1100px;padding:16px 24px;color:#1f2328;background:#fff}
h1{font-size:22px}h2{font-size:18px;border-bottom:1px solid #d0d7de;padding-bottom:4px;margin-top:32px}h3{font-size:15px}
table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #d0d7de;padding:3px 8px;text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums}
.pass{color:#1a7f37}.fail{color:#cf222e}.muted{color:#59636e}
.charts{display:flex;flex-wrap:wrap;gap:12px}
svg.chart{background:#fff;border:1px solid #eaeef2;border-radius:4px}
svg .title{font-weight:600;font-size:13px}svg .tick{font-size:10px;fill:#59636e}svg .axis{font-size:11px;fill:#1f2328}
svg .grid{stroke:#eaeef2}svg .plot{fill:none;stroke:#d0d7de}svg .zero{stroke:#8c959f;stroke-dasharray:4 3}
svg .series{fill:none;stroke-width:2}svg .s0,svg .current{stroke:#0969da;fill:#0969da}svg .s1,svg .reference{stroke:#bc4c00;fill:#bc4c00}
svg path.series.s0,svg path.series.s1{fill:none}
svg .bar{fill-opacity:.55;stroke:none}svg .key{stroke:none}
svg .cell{fill:#0969da}svg .count{font-size:11px;fill:#1f2328}svg .count.dark{fill:#fff}
svg .ci.chosen{stroke:#1a7f37}svg .est.chosen{fill:#1a7f37}tr.chosen td{font-weight:600}
svg .ci{stroke:#0969da;stroke-width:2}svg .est{fill:#0969da}svg .ci.fail{stroke:#cf222e}svg .est.fail{fill:#cf222e}svg .margin{stroke:#bc4c00;stroke-width:2}
details{margin:8px 0}summary{cursor:pointer}
`;
const report_num = (x, d = 4) => `<td class="n">${fmt(x, d)}</td>`;
const interval = (ci) => (ci ? `[${fmt(ci[0])}, ${fmt(ci[1])}]` : '–');
function report_table(head, rows) {
    return `<table><thead><tr>${head.map((x) => `<th>${h(x)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.join('')}</tr>`).join('')}</tbody></table>`;
}
function dataSection(r) {
    const out = [`<section id="data"><h2>Data: <span class="${r.passed ? 'pass' : 'fail'}">${r.passed ? 'passed' : 'failed'}</span></h2>`];
    out.push(`<p>${r.rows.toLocaleString('en-US')} rows · ${r.columns.length} columns · ${r.violations.count.toLocaleString('en-US')} violations${r.reference ? ` · drift against ${h(r.reference.source)} (${r.reference.rows.toLocaleString('en-US')} rows): ${r.drift.filter((d) => d.drifted).length} of ${r.drift.length} columns drifted` : ''}</p>`);
    const drift = new Map(r.drift.map((d) => [d.column, d]));
    const charts = [];
    for (const c of r.columns.slice(0, MAX_COLUMNS)) {
        const d = drift.get(c.name);
        const name = `${c.name}${d?.drifted ? ' (drifted)' : ''}`;
        if (d?.drifted && d.histogram) {
            charts.push(histogram(name, d.histogram.edges, [{ cls: 'reference', label: 'reference', counts: d.histogram.reference }, { cls: 'current', label: 'current', counts: d.histogram.current }], c.name));
        }
        else if (d?.drifted && d.moved.length) {
            const moved = d.moved.slice(0, 8);
            charts.push(categoryBars(name, moved.map((m) => m.label), [{ cls: 'reference', label: 'reference', values: moved.map((m) => m.reference) }, { cls: 'current', label: 'current', values: moved.map((m) => m.current) }]));
        }
        else if (c.time) {
            // A date or time column: rows per period (the first 60), empty periods included.
            const ps = c.time.periods.slice(0, 60);
            const unit = c.time.unit;
            const label = (start) => (unit === 'month' ? start.slice(0, 7) : unit === 'year' ? start.slice(0, 4) : start);
            charts.push(categoryBars(`${name}: rows per ${unit}`, ps.map((p) => label(p.start)), [{ cls: 'current', label: 'current', values: ps.map((p) => p.count / (c.count || 1)) }]));
        }
        else if (c.histogram) {
            charts.push(histogram(name, c.histogram.edges, [{ cls: 'current', label: 'current', counts: c.histogram.counts }], c.name));
        }
        else if (c.topValues.length && c.distinct <= 50) {
            const top = c.topValues.slice(0, 8);
            const total = c.count || 1;
            charts.push(categoryBars(name, top.map((t) => String(t.value)), [{ cls: 'current', label: 'current', values: top.map((t) => t.count / total) }]));
        }
    }
    if (r.columns.length > MAX_COLUMNS)
        out.push(`<p class="muted">The first ${MAX_COLUMNS} of ${r.columns.length} columns are drawn; data-report.json has them all.</p>`);
    out.push(`<div class="charts">${charts.join('')}</div>`);
    if (r.drift.length) {
        out.push('<h3>Drift</h3>');
        out.push(report_table(['column', 'verdict', 'test', 'statistic', 'p-value', 'threshold'], r.drift.map((d) => [`<td>${h(d.column)}</td>`, `<td class="${d.drifted ? 'fail' : 'pass'}">${d.drifted ? 'drifted' : 'stable'}</td>`, `<td>${h(d.test)}</td>`, report_num(d.statistic), report_num(d.pValue ?? null), report_num(d.threshold)])));
    }
    if (r.violations.samples.length) {
        out.push('<h3>Violations (samples)</h3>');
        out.push(report_table(['where', 'column', 'rule', 'message'], r.violations.samples.slice(0, 50).map((s) => [`<td>${h(s.file ?? '–')}${s.line ? `:${s.line}` : ''}</td>`, `<td>${h(s.column ?? '–')}</td>`, `<td>${h(s.rule)}</td>`, `<td>${h(s.message)}</td>`])));
    }
    out.push('</section>');
    return out.join('\n');
}
const SLICE_METRICS = ['roc_auc', 'accuracy', 'f1', 'macro_f1', 'r2', 'rmse', 'mae'];
function evaluationSection(name, ev, id) {
    const out = [`<section id="${id}"><h2>Evaluation: ${h(name)}</h2>`];
    out.push(`<p>${h(ev.task)} · ${ev.rows.toLocaleString('en-US')} rows · model ${h(ev.model.path)} (<code>${h(ev.model.sha256.slice(0, 12))}</code>)${ev.positiveLabel !== null ? ` · positive class ${h(ev.positiveLabel)}, threshold ${ev.threshold}` : ''}</p>`);
    out.push(report_table(['metric', 'value', `${Math.round(ev.confidence * 1000) / 10}% interval`, 'method'], Object.entries(ev.metrics).map(([k, m]) => [`<td><code>${h(k)}</code></td>`, report_num(m.value), `<td>${interval(m.ci)}</td>`, `<td class="muted">${h(m.method ?? '')}</td>`])));
    const charts = [];
    const cur = ev.tables?.curves;
    if (cur) {
        const auc = ev.metrics.roc_auc?.value;
        const ap = ev.metrics.average_precision?.value;
        charts.push(lineChart('roc', `ROC curve${auc != null ? ` (AUC ${fmt(auc)})` : ''}`, { min: 0, max: 1, label: 'false positive rate' }, { min: 0, max: 1, label: 'true positive rate' }, [{ cls: 's0', label: 'ROC', x: cur.roc.fpr, y: cur.roc.tpr }], { diagonal: true }));
        charts.push(lineChart('pr', `Precision-recall${ap != null ? ` (AP ${fmt(ap)})` : ''}`, { min: 0, max: 1, label: 'recall' }, { min: 0, max: 1, label: 'precision' }, [{ cls: 's0', label: 'PR', x: cur.pr.recall, y: cur.pr.precision }]));
    }
    const cal = ev.tables?.calibration?.filter((b) => b.count > 0 && b.meanPredicted !== null && b.observedRate !== null);
    if (cal?.length) {
        charts.push(lineChart('reliability', 'Reliability diagram', { min: 0, max: 1, label: 'mean predicted probability' }, { min: 0, max: 1, label: 'observed rate' }, [{ cls: 's0', label: 'model', x: cal.map((b) => b.meanPredicted), y: cal.map((b) => b.observedRate) }], { diagonal: true, points: true }));
    }
    if (ev.tables?.confusion)
        charts.push(heatmap('Confusion matrix', ev.classes, ev.tables.confusion));
    out.push(`<div class="charts">${charts.join('')}</div>`);
    if (cur)
        out.push(`<p class="muted">Curves are downsampled: every point of the full curve is within ${fmt(cur.maxError)} of a drawn point in each coordinate.</p>`);
    const slices = ev.slices.filter((s) => s.metrics).slice(0, MAX_SLICES);
    if (slices.length) {
        const charts2 = [];
        for (const metric of SLICE_METRICS.filter((m) => m in ev.metrics).slice(0, 2)) {
            const rows = slices.map((s) => ({ label: `${s.column}=${s.value}`, value: s.metrics[metric]?.value ?? NaN, lo: s.metrics[metric]?.ci?.[0] ?? null, hi: s.metrics[metric]?.ci?.[1] ?? null }));
            const overall = ev.metrics[metric];
            rows.unshift({ label: 'all rows', value: overall.value ?? NaN, lo: overall.ci?.[0] ?? null, hi: overall.ci?.[1] ?? null });
            charts2.push(intervalChart('slices', `${metric} per slice`, rows, { xLabel: metric }));
        }
        out.push(`<h3>Slices</h3><div class="charts">${charts2.join('')}</div>`);
        if (ev.slices.length > MAX_SLICES)
            out.push(`<p class="muted">The first ${MAX_SLICES} of ${ev.slices.length} slices are drawn.</p>`);
    }
    out.push('</section>');
    return out.join('\n');
}
function comparisonSection(c) {
    const out = [`<section id="comparison"><h2>Comparison: <span class="${c.passed === false ? 'fail' : 'pass'}">${h(c.verdict)}</span></h2>`];
    out.push(`<p>${h(c.policy)} · ${Math.round(c.confidence * 100)}% confidence · ${h(c.correction)} · ${h(c.pairing)}</p>`);
    const gated = c.gates.filter((g) => g.delta !== null);
    if (gated.length) {
        out.push(intervalChart('deltas', 'Δ candidate − baseline (orange: allowed margin)', gated.map((g) => ({ label: `${g.metric}${g.slice ? ` ${g.slice.column}=${g.slice.value}` : ''}`, value: g.delta, lo: g.ci?.[0] ?? null, hi: g.ci?.[1] ?? null, margin: allowedDelta(g), failed: !g.passed })), { zero: true, xLabel: 'Δ' }));
    }
    out.push(report_table(['metric', 'rule', 'baseline', 'candidate', 'Δ', 'interval', 'adj. p', 'result', 'why'], c.gates.map((g) => [`<td><code>${h(g.metric)}</code>${g.slice ? ` ${h(g.slice.column)} = ${h(g.slice.value)}` : ''}</td>`, `<td>${h(g.rule)}</td>`, report_num(g.baseline), report_num(g.candidate), report_num(g.delta), `<td>${interval(g.ci)}</td>`, report_num(g.adjustedPValue, 2), `<td class="${g.passed ? 'pass' : 'fail'}">${g.passed ? 'pass' : 'fail'}</td>`, `<td>${h(g.reason, 400)}</td>`])));
    if (c.notes.length)
        out.push(`<ul>${c.notes.map((n) => `<li>${h(n, 400)}</li>`).join('')}</ul>`);
    out.push('</section>');
    return out.join('\n');
}
/** The whole page. */
function htmlReport(parts) {
    const sections = [];
    if (parts.comparison)
        sections.push(comparisonSection(parts.comparison));
    if (parts.sweep)
        sections.push(sweepSection(parts.sweep));
    if (parts.dataReport)
        sections.push(dataSection(parts.dataReport));
    (parts.evaluations ?? []).forEach((e, i) => sections.push(evaluationSection(e.name, e.evaluation, `evaluation-${i}`)));
    const title = parts.title ?? 'modelgate report';
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(title)}</title><style>${STYLE}</style></head>
<body><h1>${h(title)}</h1>
${sections.join('\n')}
<p class="muted">Written by modelgate. This page is self-contained: it loads nothing and runs no script.</p>
</body></html>
`;
}

;// CONCATENATED MODULE: ./.build/js/src/actions/html.js
/**
 * `html` input of validate-data, evaluate-model, compare-to-baseline and run: gathers the artifacts
 * and writes one page (atomically). No math here: src/report/html draws.
 */





function writeHtml(path, parts, log) {
    if (!path)
        return;
    (0,files/* writeFileAtomic */.Zf)(path, htmlReport(parts));
    log.info(`wrote HTML report ${path}`);
}
/** Reads a JSON artifact when it exists and has the expected kind; undefined otherwise. */
function artifact(path, kind) {
    if (!path || !(0,external_node_fs_.existsSync)(path))
        return undefined;
    try {
        const json = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
        return json?.kind === kind ? json : undefined;
    }
    catch {
        return undefined;
    }
}
/** The artifacts named by a comparison's inputs (for compare-to-baseline's page). */
function comparisonParts(comparison, files) {
    const evaluations = [];
    const cand = artifact(files.candidate, 'evaluation');
    const base = artifact(files.baseline, 'evaluation');
    if (cand)
        evaluations.push({ name: `candidate (${files.candidate})`, evaluation: cand });
    if (base)
        evaluations.push({ name: `baseline (${files.baseline})`, evaluation: base });
    return { title: 'modelgate: comparison', comparison, evaluations, dataReport: artifact(files.dataReport, 'data-report'), sweep: files.sweepReport ? readSweepReport(files.sweepReport) : undefined };
}
/** One page for a pipeline run: every artifact a stage reported (its `report` output), by kind. */
function writePipelineHtml(path, base, outputs, log) {
    if (!path)
        return;
    const parts = { title: 'modelgate: pipeline', evaluations: [] };
    for (const [stage, out] of Object.entries(outputs)) {
        const file = typeof out.report === 'string' && out.report ? resolve(base, out.report) : undefined;
        parts.dataReport ??= artifact(file, 'data-report');
        parts.comparison ??= artifact(file, 'comparison');
        const ev = artifact(file, 'evaluation');
        if (ev)
            parts.evaluations.push({ name: `${stage} (${out.report})`, evaluation: ev });
    }
    writeHtml(path, parts, log);
}

;// CONCATENATED MODULE: ./.build/js/src/report/charts.js


/** The deltas against margins (the history over registered versions is report/registry-history.ts's). */
function comparisonCharts(c) {
    const out = [];
    const forest = forestChart(c.gates);
    if (forest)
        out.push('', markdown_details('Chart: each gated delta with its interval against the allowed margin', forest));
    return out;
}
/** Drift score per column, beside the drift table. */
function driftDetails(drift) {
    const chart = driftChart(drift);
    return chart ? ['', markdown_details(`Chart: drift per column (${drift.filter((d) => d.drifted).length} of ${drift.length} drifted)`, chart)] : [];
}

;// CONCATENATED MODULE: ./.build/js/src/report/data-report.js


const SHOWN_PERIODS = 36;
/** A time column's rows per period, one table row per period (the first SHOWN_PERIODS). */
function overTime(c) {
    const t = c.time;
    const label = (start) => (t.unit === 'month' ? start.slice(0, 7) : t.unit === 'year' ? start.slice(0, 4) : t.unit === 'week' ? `week of ${start}` : start);
    const top = Math.max(1, ...t.periods.map((p) => p.count));
    const rows = t.periods.slice(0, SHOWN_PERIODS).map((p) => [label(p.start), p.count.toLocaleString('en-US'), '█'.repeat(Math.round((12 * p.count) / top)) || (p.count ? '▏' : '')]);
    const more = t.periods.length > SHOWN_PERIODS ? `\n\n_first ${SHOWN_PERIODS} of ${t.periods.length} ${t.unit}s shown_` : '';
    return `**${esc(c.name)}** (${c.type}${t.zone === 'none' ? ', no time zone' : t.zone === 'mixed' ? ', some without a time zone' : ''}): ${esc(t.min)} → ${esc(t.max)}, rows per ${t.unit}\n\n${table([t.unit, 'rows', ''], rows, ['l', 'r', 'l'])}${more}`;
}
/** Clarify's pre-training measures per group: values from data, escaped. */
function biasSection(b) {
    const ci = (c) => (c ? ` [${fmt(c[0], 3)}, ${fmt(c[1], 3)}]` : '');
    const parts = b.features.map((f) => table([`${esc(f.name, 80)}`, 'rows', `share ${esc(b.positiveLabel, 20)}`, 'class imbalance CI', 'DPL (others − group)'], f.groups.slice(0, 50).map((g) => [esc(g.value, 40), String(g.rows), fmt(g.rows ? g.positives / g.rows : null, 3), `${fmt(g.classImbalance.value, 3)}${ci(g.classImbalance.ci)}`, g.positiveProportionDifference.value === null ? '–' : `${fmt(g.positiveProportionDifference.value, 3)}${ci(g.positiveProportionDifference.ci)}`]), ['l', 'r', 'r', 'r', 'r']));
    return [`#### Label bias by group (label ${esc(b.label, 60)}, positive ${esc(b.positiveLabel, 20)})`, '', ...parts.flatMap((p) => [p, '']), `<sub>${esc(b.method, 400)}; ${Math.round(b.confidence * 100)}% intervals. CI near 1: the group is rare; DPL above 0: the group gets the positive label less often than the others.</sub>`].join('\n');
}
function dataReportMarkdown(r) {
    const out = [];
    const verdict = r.passed ? '✅ **Data validation passed**' : '❌ **Data validation failed**';
    const drifted = r.drift.filter((d) => d.drifted);
    out.push(`### ${verdict}`, '', `${r.rows.toLocaleString('en-US')} rows · ${r.columns.length} columns · ${r.violations.count.toLocaleString('en-US')} violations` +
        (r.datasetDrift ? ` · ${r.datasetDrift.driftedColumns} of ${r.datasetDrift.testedColumns} columns drifted (${pct(r.datasetDrift.share, 0)}; dataset drift at ${pct(r.datasetDrift.threshold, 0)})` : '') +
        (r.shard ? ` · shard ${esc(r.shard)}` : ''));
    if (r.violations.count > 0) {
        out.push('', '#### Violations', '');
        out.push(table(['rule', 'count'], Object.entries(r.violations.byRule).sort((a, b) => b[1] - a[1]).map(([rule, n]) => [esc(rule), String(n)]), ['l', 'r']));
        const rows = r.violations.samples.slice(0, 20).map((s) => [s.file ? `${esc(s.file)}${s.line ? `:${s.line}` : ''}` : '–', esc(s.column ?? '–'), esc(s.rule), esc(s.message)]);
        out.push('', table(['where', 'column', 'rule', 'message'], rows));
        if (r.violations.count > rows.length)
            out.push('', `_first ${rows.length} of ${r.violations.count.toLocaleString('en-US')} shown; the report keeps ${r.violations.samples.length} samples_`);
    }
    if (r.reference) {
        out.push('', `#### Drift against ${esc(r.reference.source)} (${r.reference.kind}, ${r.reference.rows.toLocaleString('en-US')} rows)`, '');
        const sorted = [...r.drift].sort((a, b) => Number(b.drifted) - Number(a.drifted));
        const rows = sorted.map((d) => {
            const m = d.moved[0];
            return [
                esc(d.column),
                d.drifted ? '🔴 drifted' : '🟢 stable',
                `${d.test}${d.method === 'sketch' ? ' (sketch)' : ''}`,
                fmt(d.statistic) + (d.errorBound !== undefined ? ` ±${fmt(d.errorBound, 2)}` : ''),
                d.pValue !== undefined ? fmt(d.pValue, 3) : '–',
                (d.pValue !== undefined ? 'p < ' : '≥ ') + fmt(d.threshold),
                (m ? `${esc(m.label, 40)}: ${pct(m.reference)} → ${pct(m.current)}` : '–') + (d.newValues?.length ? `; new: ${d.newValues.map((v) => esc(v, 24)).join(', ')}` : ''),
            ];
        });
        out.push(table(['column', 'verdict', 'test', 'statistic', 'p-value', 'drift when', 'moved most'], rows));
        out.push(...driftDetails(r.drift));
        if (r.timeCoverage?.length) {
            out.push('', '**Time coverage** (time columns are compared by the period they span, not tested for drift)', '');
            out.push(table(['column', 'reference', 'current', 'overlap', 'current rows in the reference period'], r.timeCoverage.map((t) => [esc(t.column), `${esc(t.reference.min)} → ${esc(t.reference.max)}`, `${esc(t.current.min)} → ${esc(t.current.max)}`, t.overlap ? `${esc(t.overlap.min)} → ${esc(t.overlap.max)}` : 'none', pct(t.currentShare)])));
        }
        if (r.driftSkipped.length)
            out.push('', r.driftSkipped.map((s) => `- ${esc(s.column)} not tested: ${esc(s.reason, 200)}`).join('\n'));
        const sd = r.schemaDrift;
        if (sd && (sd.newColumns.length || sd.missingColumns.length || sd.typeChanges.length)) {
            out.push('', '**Schema drift**', '');
            if (sd.missingColumns.length)
                out.push(`- missing columns: ${sd.missingColumns.map((c) => esc(c)).join(', ')}`);
            if (sd.newColumns.length)
                out.push(`- new columns: ${sd.newColumns.map((c) => esc(c)).join(', ')}`);
            for (const t of sd.typeChanges)
                out.push(`- ${esc(t.column)}: ${t.reference} → ${t.current}`);
        }
        if (drifted.length)
            out.push('', drifted.map((d) => `- **${esc(d.column)}**: ${esc(d.explanation, 300)}`).join('\n'));
    }
    const colRows = r.columns.map((c) => [
        esc(c.name),
        c.type,
        c.count.toLocaleString('en-US'),
        c.nulls ? `${c.nulls.toLocaleString('en-US')} (${pct(c.nulls / Math.max(1, c.count + c.nulls))})` : '0',
        `${c.distinctExact ? '' : '~'}${c.distinct.toLocaleString('en-US')}`,
        c.time ? esc(c.time.min) : fmt(c.min),
        fmt(c.quantiles?.p50),
        c.time ? esc(c.time.max) : fmt(c.max),
        fmt(c.mean),
        fmt(c.std),
        c.type === 'string' || c.type === 'boolean' ? c.topValues.slice(0, 3).map((t) => `${esc(t.value, 24)} (${t.estimated ? `${t.count - (t.error ?? 0)}–${t.count}, estimated` : t.count})`).join(', ') : '',
    ]);
    if (r.bias)
        out.push('', biasSection(r.bias));
    out.push('', markdown_details(`Column profile (${r.columns.length} columns)`, table(['column', 'type', 'count', 'nulls', 'distinct', 'min', 'median', 'max', 'mean', 'std', 'top values'], colRows)));
    const timed = r.columns.filter((c) => c.time);
    if (timed.length)
        out.push('', markdown_details(`Over time (${timed.length} date/time column${timed.length === 1 ? '' : 's'})`, timed.map(overTime).join('\n\n')));
    return out.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./.build/js/src/report/fairness.js


const signed = (x) => `${x > 0 ? '+' : x < 0 ? '−' : '±'}${fmt(Math.abs(x), 3)}`;
const fairness_interval = (ci) => (ci ? ` [${fmt(ci[0], 3)}, ${fmt(ci[1], 3)}]` : '');
function verdict(gates) {
    if (!gates.length)
        return '';
    const failed = gates.filter((g) => !g.passed);
    if (failed.length)
        return `❌ ${failed.map((g) => esc(g.rule)).join(', ')}`;
    return `${gates.some((g) => g.warning || g.underpowered) ? '⚠️' : '✅'} ${gates.map((g) => esc(g.rule)).join(', ')}`;
}
function rate(r, b) {
    if (r.value === null)
        return '–';
    const d = b?.value !== undefined && b.value !== null && b.value !== r.value ? ` (${signed(r.value - b.value)})` : '';
    return `${fmt(r.value, 3)}${fairness_interval(r.ci)}${d}`;
}
function featureSection(f, base, gates) {
    const rows = fairness_measures/* MEASURES */.sF.map((m) => {
        const c = f.measures[m];
        const b = base?.measures[m];
        const own = gates.filter((g) => g.metric === m);
        const paired = own.find((g) => g.delta !== null);
        const delta = paired ? `${signed(paired.delta)}${fairness_interval(paired.ci)}` : c.value !== null && b?.value !== null && b?.value !== undefined ? signed(c.value - b.value) : '–';
        return [`\`${m}\``, fmt(b?.value ?? null, 3), c.value === null ? '–' : `${fmt(c.value, 3)}${fairness_interval(c.ci)}`, delta, c.groups ? `${esc(c.groups[0], 40)} / ${esc(c.groups[1], 40)}` : '–', verdict(own)];
    });
    const measures = table(['measure', 'baseline', 'candidate [interval]', 'Δ [interval]', 'set by (low / high)', 'gate'], rows, ['l', 'r', 'r', 'l', 'l', 'l']);
    const groups = table(['group', 'rows', 'selection rate', 'true positive rate', 'false positive rate', 'precision', 'accuracy'], f.groups.map((g) => {
        const b = base?.groups.find((x) => x.value === g.value);
        return [esc(g.value, 40), String(g.rows), rate(g.selectionRate, b?.selectionRate), rate(g.truePositiveRate, b?.truePositiveRate), rate(g.falsePositiveRate, b?.falsePositiveRate), rate(g.precision, b?.precision), rate(g.accuracy, b?.accuracy)];
    }), ['l', 'r', 'r', 'r', 'r', 'r', 'r']);
    const fourFifths = f.fourFifths === null ? '' : `Four-fifths rule: disparate impact ratio ${fmt(f.measures.disparate_impact_ratio.value, 3)} ${f.fourFifths ? '≥' : '<'} 0.8${f.fourFifths ? '' : ' (adverse impact by the rule of thumb)'}.`;
    const notes = f.notes.map((n) => `- ${esc(n, 300)}`).join('\n');
    return [`**${esc(f.name, 80)}**`, measures, fourFifths, markdown_details(`Groups of ${esc(f.name, 80)} (rates with ${'intervals'}${base ? '; change from the baseline' : ''})`, groups), notes].filter(Boolean).join('\n\n');
}
/** The fairness section, or undefined when the candidate was not audited and no fairness gate ran. */
function fairnessSection(c, candidate, baseline) {
    const gates = c.gates.filter((g) => g.sensitive !== undefined || fairness_measures/* MEASURES */.sF.includes(g.metric));
    const features = candidate.fairness?.features ?? [];
    if (!features.length && !gates.length)
        return undefined;
    const parts = features.map((f) => featureSection(f, baseline?.fairness?.features.find((x) => x.name === f.name), gates.filter((g) => g.sensitive === f.name)));
    const orphan = gates.filter((g) => g.sensitive === undefined);
    if (orphan.length)
        parts.push(orphan.map((g) => `- ❌ \`${g.metric}\` ${esc(g.rule)}: ${esc(g.reason, 300)}`).join('\n'));
    const failed = gates.filter((g) => !g.passed).length;
    const method = candidate.fairness ? `<sub>${esc(candidate.fairness.methods.groups, 200)}; measures: ${esc(candidate.fairness.methods.measures, 300)}; ${Math.round(candidate.fairness.confidence * 100)}% intervals.</sub>` : '';
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
        return [String(i + 1), esc(f.name, 60), `${fmt(f.mean, 3)} [${fmt(f.low, 3)}, ${fmt(f.high, 3)}]`, ...(base ? [b ? fmt(b.mean, 3) : '–', b ? signed(f.mean - b.mean) : '–', move] : [])];
    });
    const header = ['#', 'feature', `decrease in ${imp.metric} [interval]`, ...(base ? ['baseline', 'Δ', 'rank'] : [])];
    const note = `<sub>Permutation importance: ${imp.repeats} shuffles per feature on ${imp.rows.toLocaleString('en-US')} sampled rows (seed ${imp.seed}); the interval reflects the shuffles only.${baseline && !base ? ' The baseline has no importance with the same metric to compare with.' : ''}</sub>`;
    return markdown_details(`Feature importance (top ${Math.min(top, imp.features.length)} of ${imp.features.length})`, [table(header, rows, ['r', 'l', 'r', ...(base ? ['r', 'r', 'l'] : [])]), note].join('\n\n'));
}

;// CONCATENATED MODULE: ./.build/js/src/report/sweep.js

const sweep_interval = (ci) => (ci ? `[${fmt(ci[0])}, ${fmt(ci[1])}]` : '–');
/** The leaderboard table (top `top` rows by validation score). */
function leaderboard(report, top = 10) {
    const keys = [...new Set(report.ranking.flatMap((r) => Object.keys(r.values)))];
    const rows = report.ranking.slice(0, top).map((r, i) => [
        String(i + 1),
        `${esc(r.variant, 20)}${r.variant === report.winner.variant ? ' ✅ chosen' : ''}`,
        ...keys.map((k) => esc(r.values[k] ?? '', 30)),
        fmt(r.value),
        sweep_interval(r.ci),
        r.cacheHit ? 'hit' : 'trained',
    ]);
    const more = report.ranking.length > top ? `\n\n${report.ranking.length - top} more variants not shown.` : '';
    return table(['#', 'variant', ...keys.map((k) => esc(k, 30)), `${esc(report.metric, 30)} (validation)`, 'interval', 'cache'], rows) + more;
}
/** The headline: N variants, the chosen one, its validation score and (when given) its test score. */
function sweepHeadline(report, test) {
    const w = report.winner;
    const lines = [`${report.ranking.length} variant${report.ranking.length === 1 ? '' : 's'} tried (${report.method}${report.missing.length ? `, ${report.missing.length} without a result` : ''}); **${esc(w.variant, 20)}** chosen on the validation split by ${esc(report.metric, 30)} (${report.goal}).`];
    const rows = [['validation (chosen on)', fmt(w.value), sweep_interval(w.ci)]];
    if (test)
        rows.push(['test (held out, evaluated once)', fmt(test.value), sweep_interval(test.ci)]);
    lines.push('', table(['chosen variant', esc(report.metric, 30), 'interval'], rows));
    if (test && test.value !== null && w.value !== null) {
        const gap = report.goal === 'maximize' ? w.value - test.value : test.value - w.value;
        lines.push('', `The validation score is the best of ${report.ranking.length} and so optimistic; the test score is the one to believe (validation − test: ${fmt(gap)}).`);
    }
    return lines.join('\n');
}
/** The job summary of train's sweep, and the PR comment's collapsed section. */
function sweepMarkdown(report, test) {
    return `${sweepHeadline(report, test)}\n\n${details(`Leaderboard (${report.ranking.length} variants)`, leaderboard(report))}\n`;
}

;// CONCATENATED MODULE: ./.build/js/src/report/comparison.js





const sign = (x) => (x > 0 ? '+' : x < 0 ? '−' : '±');
const comparison_signed = (x, digits = 4) => (x === null ? '–' : `${sign(x)}${fmt(Math.abs(x), digits)}`);
const pval = (p) => (p === null ? '–' : p < 0.0001 ? '<0.0001' : p.toPrecision(2));
/** A GitHub login as a mention (bots too: `name[bot]`); anything else is escaped text. */
function login(by) {
    return /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/.test(by) ? `@${by}` : esc(by, 60);
}
function gateCell(results) {
    if (!results.length)
        return '';
    const failed = results.filter((r) => !r.passed);
    if (failed.length)
        return `❌ ${failed.map((f) => esc(f.rule)).join(', ')}`;
    return results.some((r) => r.underpowered || r.warning) ? `⚠️ ${results.map((r) => esc(r.rule)).join(', ')}` : `✅ ${results.map((r) => esc(r.rule)).join(', ')}`;
}
function gateRow(g) {
    return [
        `\`${g.metric}\`${g.slice ? ` [${esc(g.slice.column)} = ${esc(g.slice.value, 40)}]` : ''}${g.sensitive !== undefined ? ` [${esc(g.sensitive, 80)}]` : ''}`,
        esc(g.rule),
        fmt(g.baseline),
        fmt(g.candidate),
        g.delta === null ? '–' : `${comparison_signed(g.delta)}${g.ci ? ` [${fmt(g.ci[0], 3)}, ${fmt(g.ci[1], 3)}]` : ''}`,
        pval(g.adjustedPValue),
        g.passed ? (g.underpowered || g.warning ? '⚠️ pass' : '✅ pass') : '❌ fail',
        esc(g.reason, 300),
    ];
}
/** Up to three headline metrics the comparison reports, for the per-slice table. */
function sliceMetricNames(c) {
    return c.metrics.map((m) => m.metric).slice(0, 3);
}
/** Candidate value with its change from the baseline's value, "0.91 (+0.02)"; no change, no parenthesis. */
function withDelta(candidate, baseline) {
    if (candidate === null || candidate === undefined)
        return '–';
    return baseline === null || baseline === undefined || candidate === baseline ? fmt(candidate) : `${fmt(candidate)} (${comparison_signed(candidate - baseline, 3)})`;
}
/** Every slice of the candidate with its metrics, and the change from the baseline's same slice. */
function sliceMetricsTable(c, ctx) {
    const names = sliceMetricNames(c);
    const rows = ctx.candidate.slices.map((s) => {
        const b = ctx.baseline?.slices.find((x) => x.column === s.column && x.value === s.value);
        const cells = s.metrics ? names.map((m) => withDelta(s.metrics[m]?.value, b?.metrics?.[m]?.value)) : names.map((_, i) => (i === 0 ? esc(s.skipped ?? 'not computed', 120) : ''));
        return [esc(s.column), esc(s.value, 40), String(s.rows), ...cells];
    });
    return table(['column', 'value', 'rows', ...names.map((m) => `\`${m}\`${ctx.baseline ? ' (Δ)' : ''}`)], rows, ['l', 'l', 'r', ...names.map(() => 'r')]);
}
/**
 * Multiclass: precision, recall and F1 per class with their change from the baseline, and the
 * confusion matrix as candidate counts with the change per cell (rows: true class).
 */
function perClassSection(ctx) {
    const cand = ctx.candidate;
    if (cand.task !== 'multiclass' || !cand.tables.perClass?.length)
        return undefined;
    const base = ctx.baseline?.task === 'multiclass' && JSON.stringify(ctx.baseline.classes) === JSON.stringify(cand.classes) ? ctx.baseline : undefined;
    const rows = cand.tables.perClass.map((k) => {
        const b = base?.tables.perClass?.find((x) => x.class === k.class);
        return [esc(k.class, 40), String(k.support), withDelta(k.precision, b?.precision), withDelta(k.recall, b?.recall), withDelta(k.f1, b?.f1)];
    });
    const out = [table(['class', 'support', ...['precision', 'recall', 'f1'].map((m) => (base ? `${m} (Δ)` : m))], rows, ['l', 'r', 'r', 'r', 'r'])];
    const cm = cand.tables.confusion;
    const classes = cand.classes;
    if (cm && classes.length <= 12 && cm.length === classes.length) {
        const bm = base?.tables.confusion;
        const cell = (i, j) => {
            const v = cm[i]?.[j] ?? 0;
            const d = bm ? v - (bm[i]?.[j] ?? 0) : 0;
            return bm && d !== 0 ? `${v} (${d > 0 ? '+' : '−'}${Math.abs(d)})` : String(v);
        };
        out.push(`Confusion matrix (rows: true class, columns: predicted)${bm ? ', candidate counts with the change from the baseline' : ''}:`, table(['', ...classes.map((k) => esc(k, 20))], classes.map((k, i) => [`**${esc(k, 20)}**`, ...classes.map((_, j) => cell(i, j))]), ['l', ...classes.map(() => 'r')]));
    }
    return out.join('\n\n');
}
function comparisonMarkdown(c, ctx) {
    const out = [];
    const icon = c.passed === null ? 'ℹ️' : c.passed ? '✅' : '❌';
    out.push(`## ${icon} modelgate: ${esc(c.verdict, 300)}`);
    const meta = [
        `${c.policy}`,
        `${Math.round(c.confidence * 100)}% confidence`,
        `${c.correction === 'none' ? 'no correction' : `${c.correction === 'holm' ? 'Holm' : 'Benjamini-Hochberg'} across ${c.gates.filter((g) => g.pValue !== null).length} tests`}`,
        esc(c.pairing),
    ];
    out.push('', `<sub>${meta.join(' · ')}</sub>`);
    if (c.override?.accepted.length) {
        out.push('', c.override.accepted.map((o) => `> **Override:** \`${o.metric}\` accepted by ${login(o.by)} — ${esc(o.reason, 200)}`).join('\n'));
    }
    const failed = c.gates.filter((g) => !g.passed);
    if (failed.length) {
        out.push('', '### Failed gates', '', table(['metric', 'rule', 'baseline', 'candidate', 'Δ [interval]', 'adj. p', '', 'why'], failed.map(gateRow)));
    }
    const byMetric = new Map();
    for (const g of c.gates)
        if (!g.slice && g.sensitive === undefined)
            byMetric.set(g.metric, [...(byMetric.get(g.metric) ?? []), g]);
    const rows = c.metrics.map((m) => [
        `\`${m.metric}\``,
        fmt(m.baseline),
        fmt(m.candidate),
        m.delta === null ? '–' : `${comparison_signed(m.delta)}${m.ci ? ` [${fmt(m.ci[0], 3)}, ${fmt(m.ci[1], 3)}]` : ''}`,
        pval(m.pValue),
        gateCell(byMetric.get(m.metric) ?? []),
    ]);
    out.push('', table(['metric', 'baseline', 'candidate', 'Δ [interval]', 'p', 'gate'], rows, ['l', 'r', 'r', 'l', 'r', 'l']));
    // Passed gates to look at: a point value beyond its bound, or a margin the set cannot resolve.
    const flagged = c.gates.filter((g) => g.passed && !g.slice && g.sensitive === undefined && (g.warning || g.underpowered));
    if (flagged.length)
        out.push('', flagged.map((g) => `- ⚠️ \`${g.metric}\` ${esc(g.rule)}: ${esc(g.reason, 400)}`).join('\n'));
    if (c.notes.length)
        out.push('', c.notes.map((n) => `- ${esc(n, 300)}`).join('\n'));
    const sliceGates = c.gates.filter((g) => g.slice);
    if (sliceGates.length || ctx.candidate.slices.length) {
        const body = [
            sliceGates.length ? table(['metric', 'rule', 'baseline', 'candidate', 'Δ [interval]', 'adj. p', '', 'why'], sliceGates.map(gateRow)) : '',
            ctx.candidate.slices.length ? sliceMetricsTable(c, ctx) : '',
        ].filter(Boolean);
        out.push('', markdown_details(`Slices (${sliceGates.length ? `${sliceGates.filter((g) => !g.passed).length} failed of ${sliceGates.length}` : ctx.candidate.slices.length})`, body.join('\n\n')));
    }
    const fairness = fairnessSection(c, ctx.candidate, ctx.baseline);
    if (fairness)
        out.push('', fairness);
    const importance = importanceSection(ctx.candidate, ctx.baseline);
    if (importance)
        out.push('', importance);
    const perClass = perClassSection(ctx);
    if (perClass)
        out.push('', markdown_details('Per class', perClass));
    if (ctx.dataReport)
        out.push('', markdown_details(`Data validation and drift (${ctx.dataReport.passed ? 'passed' : 'failed'})`, dataReportMarkdown(ctx.dataReport)));
    if (ctx.training) {
        const t = ctx.training;
        const diff = t.paramsDiff.length
            ? table(['param', 'baseline', 'candidate'], t.paramsDiff.map((d) => [esc(d.key), esc(JSON.stringify(d.old ?? null)), esc(JSON.stringify(d.new ?? null))]))
            : 'No parameter changed.';
        if (t.leakage)
            out.push('', `> ⚠️ ${esc(t.leakage, 400)}`);
        out.push('', markdown_details(`Training (${t.cacheHit ? 'cache hit: not retrained' : `retrained${t.durationSeconds !== undefined ? ` in ${fmt(t.durationSeconds, 3)} s` : ''}`})`, diff));
    }
    if (ctx.sweep) {
        // The candidate's evaluation is the chosen variant's held-out test score.
        const m = ctx.candidate.metrics[ctx.sweep.metric];
        const test = m ? { value: m.value, ci: m.ci ? [m.ci[0], m.ci[1]] : null } : undefined;
        out.push('', markdown_details(`Sweep (${ctx.sweep.ranking.length} variants; ${esc(ctx.sweep.winner.variant, 20)} chosen on validation)`, `${sweepHeadline(ctx.sweep, test)}\n\n${leaderboard(ctx.sweep)}`));
    }
    const lat = (e) => (e ? [fmt(e.latency.p50Ms, 3), fmt(e.latency.p95Ms, 3), Math.round(e.latency.rowsPerSecond).toLocaleString('en-US')] : ['–', '–', '–']);
    out.push('', markdown_details('Latency', table(['', 'p50 ms / batch', 'p95 ms / batch', 'rows/s'], [['baseline', ...lat(ctx.baseline)], ['candidate', ...lat(ctx.candidate)]])));
    out.push(...comparisonCharts(c));
    const links = [ctx.runUrl ? `[workflow run](${ctx.runUrl})` : '', ctx.artifactsUrl ? `[artifacts](${ctx.artifactsUrl})` : ''].filter(Boolean);
    out.push('', `<sub>candidate model \`${c.candidate.model.slice(0, 12)}\`${c.baseline ? ` · baseline \`${c.baseline.model.slice(0, 12)}\`` : ''} · ${c.rows.toLocaleString('en-US')} rows${links.length ? ` · ${links.join(' · ')}` : ''}</sub>`);
    return out.join('\n') + '\n';
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./.build/js/src/schemas/train-manifest.schema.json
const train_manifest_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://modelgate.dev/schemas/train-manifest.schema.json","title":"modelgate train-manifest.json","description":"The lineage of one train step in command mode: the cache key and what it was computed from (input digests, command, params, modelgate version), whether the outputs came from the cache, the outputs\' digests, the metrics the command wrote, the git state, timings, runner and tool versions.","type":"object","required":["kind","schemaVersion","key","cacheHit","command","inputs","outputs","params","metrics","git","startedAt","durationMs","commandDurationMs","cache","runner","tools","producedBy"],"additionalProperties":false,"$defs":{"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"},"timestamp":{"type":"string","pattern":"^\\\\d{4}-\\\\d{2}-\\\\d{2}T\\\\d{2}:\\\\d{2}:\\\\d{2}(\\\\.\\\\d+)?Z$","description":"UTC, as Date.toISOString() writes it."},"file":{"type":"object","description":"A file by its workspace path (forward slashes; absolute when outside the workspace), content digest and size.","required":["path","sha256","bytes"],"additionalProperties":false,"properties":{"path":{"type":"string","minLength":1},"sha256":{"$ref":"#/$defs/sha256"},"bytes":{"type":"integer","minimum":0}}},"git":{"description":"HEAD (git rev-parse HEAD) and whether `git status --porcelain` listed changes other than modelgate\'s own files, the declared outputs and the manifest; null outside a git work tree or without git.","oneOf":[{"type":"null"},{"type":"object","required":["commit","dirty"],"additionalProperties":false,"properties":{"commit":{"type":"string","pattern":"^[0-9a-f]{40}([0-9a-f]{24})?$"},"dirty":{"type":"boolean"}}}]},"runner":{"type":"object","required":["os","arch"],"additionalProperties":false,"properties":{"os":{"type":"string","description":"RUNNER_OS in Actions (Linux, Windows, macOS), else the same names from the platform."},"arch":{"type":"string","description":"Node\'s process.arch: x64, arm64, ..."}}},"tools":{"type":"object","required":["node","modelgate"],"additionalProperties":{"type":"string"},"properties":{"node":{"type":"string"},"modelgate":{"type":"string"}}},"paramValue":{"type":["string","number","boolean","null","array","object"],"items":{"$ref":"#/$defs/paramValue"},"additionalProperties":{"$ref":"#/$defs/paramValue"}}},"properties":{"kind":{"const":"train-manifest"},"schemaVersion":{"const":1},"key":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._+-]*-[0-9a-f]{64}$","description":"The cache key: <prefix>-<sha256 of the key descriptor>."},"cacheHit":{"type":"boolean","description":"True when the outputs were restored from the cache and the command did not run."},"command":{"type":"string","minLength":1},"inputs":{"type":"array","items":{"$ref":"#/$defs/file"},"description":"Every file the input patterns matched, sorted by path."},"outputs":{"type":"array","items":{"$ref":"#/$defs/file"},"description":"Every file of the declared outputs (directories expanded), sorted by path."},"params":{"description":"The params file\'s values (with its path and format), and under values.builtin the built-in trainer\'s settings (algorithm, label, features, ignore, C or alpha, options, seed, rows, data sha256); null when neither.","oneOf":[{"type":"null"},{"type":"object","required":["values"],"additionalProperties":false,"properties":{"path":{"type":"string"},"format":{"enum":["json","yaml","env"]},"values":{"type":"object","additionalProperties":{"$ref":"#/$defs/paramValue"}}}}]},"metrics":{"description":"The metrics file the command wrote: the `metrics` option, else the first declared .json output that holds a flat object of numbers; null when none.","oneOf":[{"type":"null"},{"type":"object","required":["path","values"],"additionalProperties":false,"properties":{"path":{"type":"string"},"values":{"type":"object","additionalProperties":{"type":"number"}}}}]},"git":{"$ref":"#/$defs/git"},"startedAt":{"$ref":"#/$defs/timestamp"},"durationMs":{"type":"number","minimum":0,"description":"Wall time of the whole step: hashing, restore or command, save."},"commandDurationMs":{"type":["number","null"],"minimum":0,"description":"Wall time of the command; null on a cache hit (see producedBy)."},"cache":{"type":"object","required":["enabled","store","saved"],"additionalProperties":false,"properties":{"enabled":{"type":"boolean"},"store":{"enum":["local","actions",null]},"saved":{"type":"boolean","description":"True when this run saved its outputs under the key."}}},"runner":{"$ref":"#/$defs/runner"},"tools":{"$ref":"#/$defs/tools"},"producedBy":{"description":"On a cache hit, the run that trained the restored outputs (from the record saved with the entry); null on a miss or when the entry has no record.","oneOf":[{"type":"null"},{"type":"object","required":["startedAt","commandDurationMs","git","runner","tools"],"additionalProperties":false,"properties":{"startedAt":{"$ref":"#/$defs/timestamp"},"commandDurationMs":{"type":["number","null"],"minimum":0},"git":{"$ref":"#/$defs/git"},"runner":{"$ref":"#/$defs/runner"},"tools":{"$ref":"#/$defs/tools"}}}]}}}');
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./.build/js/src/data/readers.js + 48 modules
var readers = __webpack_require__(9212);
;// CONCATENATED MODULE: ./.build/js/src/train/cachekey.js
/**
 * The train cache key: whether training must run is decided by a digest over everything that
 * determines its result, as DVC's run-cache does for a stage:
 *
 *   sha256 of the canonical JSON of
 *     { key format 1, modelgate version, command, declared outputs (sorted),
 *       params (parsed values, keys sorted), inputs: [path, sha256, bytes] sorted by path }
 *
 * Paths are relative to the workspace with forward slashes, so the key is the same on every
 * machine and OS for the same files. The key is `<prefix>-<64 hex digits>`. Parts that are not in
 * the key (the runner OS, the Python or CUDA version the command uses) can go into the prefix,
 * e.g. `cache-key-prefix: train-${{ runner.os }}`.
 *
 * Hashing streams each file through SHA-256 with two alternating 1 MiB buffers, the next read in
 * flight while the current chunk is hashed, so it runs at about the speed of the hash. A stat cache
 * (a small JSON file: absolute path -> size, mtime, ctime, inode and digest; by default
 * `.modelgate/stat-cache.json` in the workspace) lets unchanged files skip the read: a digest is
 * reused only when all four stats match and the file's mtime is more than two seconds older than
 * the moment it was hashed (git's "racily clean" rule: a write in the same timestamp tick as the
 * hash cannot hide behind an unchanged mtime).
 */








/** modelgate's version, part of every key; kept equal to package.json's by a test. */
const cachekey_MODELGATE_VERSION = '0.1.0';
const DEFAULT_KEY_PREFIX = 'modelgate-train';
/** Format of the key's descriptor: bump when what goes into the key changes. */
const KEY_FORMAT = 1;
const CHUNK = (/* unused pure expression or super */ null && (1 << 20));
/** A stat-cache entry is trusted only for files last written this long before they were hashed. */
const RACY_MS = 2000;
/** Workspace-relative path with forward slashes; absolute when outside the workspace. */
function workspacePath(root, file) {
    const abs = resolve(root, file);
    const rel = relative(resolve(root), abs);
    const outside = rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
    return (outside ? abs : rel).split(sep).join('/');
}
/** True when `path` is `dir` or inside it (both workspace paths as returned by workspacePath). */
function isWithin(path, dir) {
    const d = dir.replace(/\/+$/, '');
    return path === d || path.startsWith(`${d}/`) || d === '.' || d === '';
}
const MAGIC = /[*?]/;
/**
 * Expands input patterns into a sorted, de-duplicated list of workspace paths. A pattern is a file,
 * a directory (all files below it, as `dir/**`), or a glob (`*`, `?` within a path segment, `**`
 * for any number of directories; wildcards skip names starting with '.'). Files under `exclude`
 * (the outputs, the manifest, modelgate's own `.modelgate/` folder) are dropped from globs; a
 * pattern that names an excluded file directly, or matches nothing, is a ConfigurationError.
 */
async function expandInputs(patterns, root, exclude = []) {
    const out = new Set();
    const excluded = (p) => exclude.some((e) => isWithin(p, e));
    for (const raw of patterns) {
        const pattern = raw.replace(/\\/g, '/');
        const abs = isAbsolute(pattern) ? pattern : join(root, pattern);
        let matched;
        if (MAGIC.test(pattern)) {
            matched = await globOrEmpty(abs);
        }
        else {
            const st = await stat(abs).catch(() => undefined);
            if (!st)
                throw new ConfigurationError(`file not found: '${raw}' (relative to ${root})`);
            if (st.isFile()) {
                const p = workspacePath(root, abs);
                if (excluded(p))
                    throw new ConfigurationError(`'${raw}' is also a declared output (or modelgate's own file); an output cannot decide whether training runs`);
                out.add(p);
                continue;
            }
            matched = await globOrEmpty(join(abs, '**'));
        }
        const kept = matched.map((f) => workspacePath(root, f)).filter((p) => !excluded(p));
        if (kept.length === 0)
            throw new ConfigurationError(`pattern '${raw}' matches no files${matched.length ? ' other than declared outputs' : ''}`);
        for (const p of kept)
            out.add(p);
    }
    return [...out].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
async function globOrEmpty(pattern) {
    try {
        return await expandDataGlob(pattern.split(sep).join('/'));
    }
    catch (e) {
        if (e instanceof ConfigurationError)
            return [];
        throw e;
    }
}
const MAX_ENTRIES = 200_000;
/** Digests of files by their stats, persisted between runs (see the module comment). */
class StatCache {
    path;
    entries;
    dirty = false;
    constructor(path, entries) {
        this.path = path;
        this.entries = new Map(Object.entries(entries));
    }
    /** An empty cache that is never written: every file is read. */
    static none() {
        return new StatCache(undefined, {});
    }
    /** Loads the cache file; a missing, unreadable or foreign file starts an empty cache. */
    static load(path) {
        let entries = {};
        if (existsSync(path)) {
            try {
                const j = JSON.parse(readFileSync(path, 'utf8'));
                if (j.kind === 'modelgate-stat-cache' && j.version === 1 && j.entries && typeof j.entries === 'object')
                    entries = j.entries;
            }
            catch {
                // A torn or foreign file only costs a re-hash.
            }
        }
        return new StatCache(path, entries);
    }
    get size() {
        return this.entries.size;
    }
    /** The stored digest when the file's stats match and the entry is not racy. */
    lookup(absPath, st) {
        const e = this.entries.get(absPath);
        if (!e)
            return undefined;
        if (e.size !== String(st.size) || e.mtimeNs !== String(st.mtimeNs) || e.ctimeNs !== String(st.ctimeNs) || e.ino !== String(st.ino))
            return undefined;
        if (Number(st.mtimeNs / 1000000n) > e.hashedAt - RACY_MS)
            return undefined;
        return e.sha256;
    }
    record(absPath, st, sha256, hashedAt) {
        this.entries.delete(absPath); // re-insert: Map order is recency, oldest evicted first
        this.entries.set(absPath, { size: String(st.size), mtimeNs: String(st.mtimeNs), ctimeNs: String(st.ctimeNs), ino: String(st.ino), sha256, hashedAt });
        this.dirty = true;
    }
    /** Writes the cache (atomically) when it changed; a cache that cannot be written is skipped. */
    save() {
        if (!this.path || !this.dirty)
            return;
        while (this.entries.size > MAX_ENTRIES)
            this.entries.delete(this.entries.keys().next().value);
        const file = { kind: 'modelgate-stat-cache', version: 1, entries: Object.fromEntries(this.entries) };
        try {
            writeJsonAtomic(this.path, file);
            this.dirty = false;
        }
        catch {
            // Read-only workspace: the next run re-hashes, nothing else is lost.
        }
    }
}
// ---------------------------------------------------------------------------------------------
// Hashing
/** SHA-256 of a file's content, streamed with the next read in flight while a chunk is hashed. */
async function sha256File(path) {
    const fh = await open(path, 'r');
    try {
        const hash = createHash('sha256');
        const bufs = [Buffer.allocUnsafe(CHUNK), Buffer.allocUnsafe(CHUNK)];
        let i = 0;
        let pos = 0;
        let pending = fh.read(bufs[0], 0, CHUNK, 0);
        for (;;) {
            const { bytesRead } = await pending;
            if (bytesRead === 0)
                break;
            const cur = bufs[i];
            pos += bytesRead;
            i ^= 1;
            pending = fh.read(bufs[i], 0, CHUNK, pos);
            hash.update(bytesRead === CHUNK ? cur : cur.subarray(0, bytesRead));
        }
        return { sha256: hash.digest('hex'), bytes: pos };
    }
    finally {
        await fh.close();
    }
}
/** Digests of the given workspace paths, in the same order, using and updating the stat cache. */
async function hashInputs(paths, opts) {
    const cache = opts.statCache ?? StatCache.none();
    const stats = { files: paths.length, bytes: 0, hashedFiles: 0, hashedBytes: 0, statCacheHits: 0 };
    const digests = new Array(paths.length);
    let next = 0;
    const worker = async () => {
        while (next < paths.length) {
            const idx = next++;
            const p = paths[idx];
            const abs = resolve(opts.root, p);
            digests[idx] = await digestOne(p, abs, cache, stats);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.concurrency ?? 4, paths.length)) }, worker));
    return { digests, stats };
}
async function digestOne(p, abs, cache, stats) {
    for (let attempt = 0; attempt < 3; attempt++) {
        let before;
        try {
            before = statSync(abs, { bigint: true });
        }
        catch (e) {
            throw new DataError(`input ${p}: ${e.code === 'ENOENT' ? 'not found' : e.message}`, p);
        }
        const bytes = Number(before.size);
        const cached = cache.lookup(abs, before);
        if (cached) {
            stats.statCacheHits++;
            stats.bytes += bytes;
            return { path: p, sha256: cached, bytes };
        }
        const hashedAt = Date.now();
        const { sha256, bytes: read } = await sha256File(abs);
        const after = statSync(abs, { bigint: true });
        stats.hashedFiles++;
        stats.hashedBytes += read;
        if (after.size === before.size && after.mtimeNs === before.mtimeNs && BigInt(read) === before.size) {
            cache.record(abs, before, sha256, hashedAt);
            stats.bytes += read;
            return { path: p, sha256, bytes: read };
        }
    }
    throw new DataError(`input ${p} kept changing while it was being hashed`, p);
}
/** Checks a key prefix: letters, digits, `.`, `_`, `+`, `-`, at most 200 characters. */
function checkKeyPrefix(prefix) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._+-]{0,199}$/.test(prefix)) {
        throw new ConfigurationError(`input 'cache-key-prefix' must be 1-200 letters, digits, '.', '_', '+' or '-' (starting with a letter or digit), got '${prefix}'`);
    }
    return prefix;
}
/** The descriptor that is hashed into the key (exported so the manifest and tests can show it). */
function keyDescriptor(parts) {
    const inputs = [...parts.inputs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)).map((d) => [d.path, d.sha256, d.bytes]);
    return canonicalJson({
        format: KEY_FORMAT,
        modelgate: parts.modelgateVersion ?? cachekey_MODELGATE_VERSION,
        command: parts.command,
        outputs: [...new Set(parts.outputs)].sort(),
        params: parts.params ?? null,
        inputs,
    });
}
/** `<prefix>-<sha256 of the descriptor>`. */
function cacheKey(parts) {
    checkKeyPrefix(parts.prefix);
    return `${parts.prefix}-${createHash('sha256').update(keyDescriptor(parts)).digest('hex')}`;
}

;// CONCATENATED MODULE: ./.build/js/src/train/manifest.js
/**
 * train-manifest.json: the lineage of one train step in command mode (schema:
 * src/schemas/train-manifest.schema.json). Written atomically after every successful step, hit
 * or miss; validated against its schema before it is written and when it is read.
 *
 * The metrics file is the `metrics` option when given (a declared output; nested objects are
 * flattened with dots, every leaf must be a number), else the first declared output, in the
 * declared order, that is a `.json` file holding a flat object of finite numbers; none is fine.
 */









let manifest_validate;
/**
 * Checks a value against the train-manifest schema. Reading, a mismatch is a DataError naming the
 * file and the first offending field; writing, it is a bug (a plain Error).
 */
function assertTrainManifest(value, source, direction = 'read') {
    manifest_validate ??= new _2020.Ajv2020({ allErrors: false, strict: true, allowUnionTypes: true }).compile(train_manifest_schema_namespaceObject);
    if (!manifest_validate(value)) {
        const e = manifest_validate.errors[0];
        const message = `${source}: not a valid train-manifest (schemaVersion 1): ${e.instancePath || '/'} ${e.message}`;
        if (direction === 'write')
            throw new Error(`internal error, refusing to write an invalid artifact: ${message}`);
        throw new errors/* DataError */.fL(message, source);
    }
}
function readTrainManifest(path) {
    let value;
    try {
        value = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (e) {
        const code = e.code;
        throw new errors/* DataError */.fL(`${path}: ${code === 'ENOENT' ? 'not found' : `not JSON (${e.message})`}`, path);
    }
    assertTrainManifest(value, path, 'read');
    return value;
}
function writeTrainManifest(path, manifest) {
    assertTrainManifest(manifest, path, 'write');
    writeJsonAtomic(path, manifest);
}
/** The params diff between two manifests (`dvc params diff` for train-manifest.json files). */
function diffManifestParams(before, after) {
    return diffParams(before?.params?.values, after?.params?.values);
}
/** RUNNER_OS in Actions; elsewhere the same names derived from the platform. */
function runnerInfo(env = process.env) {
    const names = { linux: 'Linux', win32: 'Windows', darwin: 'macOS' };
    return { os: env.RUNNER_OS || names[process.platform] || process.platform, arch: process.arch };
}
function toolVersions() {
    return { node: process.version, modelgate: MODELGATE_VERSION };
}
function git(args, cwd) {
    return new Promise((done) => {
        execFile('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 << 20, windowsHide: true }, (err, stdout) => done(err ? undefined : stdout));
    });
}
/**
 * HEAD and whether the work tree is dirty, or null when `root` is not in a git work tree or git is
 * missing. `exclude` are workspace paths left out of the dirty check (modelgate's `.modelgate/`
 * folder, the declared outputs and the manifest: products of the run, not its sources). Untracked
 * files count as changes, as `git status --porcelain` lists them.
 */
async function gitState(root, exclude = []) {
    const head = (await git(['rev-parse', 'HEAD'], root))?.trim();
    if (!head || !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(head))
        return null;
    const specs = [':/', ...exclude.map((p) => `:(exclude,literal)${p}`)];
    const status = await git(['status', '--porcelain', '--', ...specs], root);
    if (status === undefined)
        return null;
    return { commit: head, dirty: status.trim() !== '' };
}
/** A flat object of finite numbers, or undefined. */
function flatNumbers(v) {
    if (v === null || typeof v !== 'object' || Array.isArray(v))
        return undefined;
    const entries = Object.entries(v);
    if (entries.length === 0 || !entries.every(([, x]) => typeof x === 'number' && Number.isFinite(x)))
        return undefined;
    return Object.fromEntries(entries);
}
function nestedNumbers(v, source, prefix = '', out = {}) {
    if (v === null || typeof v !== 'object' || Array.isArray(v))
        throw new ConfigurationError(`metrics file ${source}: expected an object of numbers`);
    for (const [k, x] of Object.entries(v)) {
        const key = prefix ? `${prefix}.${k}` : k;
        if (typeof x === 'number' && Number.isFinite(x))
            out[key] = x;
        else if (x !== null && typeof x === 'object' && !Array.isArray(x))
            nestedNumbers(x, source, key, out);
        else
            throw new ConfigurationError(`metrics file ${source}: '${key}' is not a finite number`);
    }
    return out;
}
/**
 * The metrics the command wrote (see the module comment): `explicit` when given (an error if it is
 * not an object of numbers), else the first declared `.json` output holding a flat object of numbers.
 */
function readMetrics(root, outputs, explicit) {
    const read = (p) => {
        try {
            return JSON.parse(readFileSync(resolve(root, p), 'utf8'));
        }
        catch (e) {
            return e;
        }
    };
    if (explicit) {
        const v = read(explicit);
        if (v instanceof Error)
            throw new ConfigurationError(`metrics file ${explicit}: ${v.code === 'ENOENT' ? 'not found after the command ran' : `not JSON (${v.message})`}`);
        return { path: explicit, values: nestedNumbers(v, explicit) };
    }
    for (const p of outputs) {
        if (!p.toLowerCase().endsWith('.json'))
            continue;
        const values = flatNumbers(read(p));
        if (values)
            return { path: p, values };
    }
    return null;
}

// EXTERNAL MODULE: ./.build/js/src/data/time-split.js
var time_split = __webpack_require__(264);
;// CONCATENATED MODULE: ./.build/js/src/actions/compare-training.js
/** The training section of the PR comment: cache hit and the params diff against the baseline's manifest. */



/**
 * The leakage check of a time split: the candidate's evaluation rows (evaluation.json `timeRange`)
 * against its training rows (the manifest's `params.values.builtin.time-range`). Null when either
 * has no time range or the evaluation rows all come after the training rows.
 */
function leakageSection(manifestPath, evaluationPath) {
    const builtin = readTrainManifest(manifestPath).params?.values?.builtin;
    const trained = builtin?.['time-range'] && builtin['split-by'] ? { column: builtin['split-by'], ...builtin['time-range'] } : undefined;
    let evaluated;
    try {
        evaluated = JSON.parse((0,external_node_fs_.readFileSync)(evaluationPath, 'utf8')).timeRange;
    }
    catch {
        return null; // the comparison itself reports an unreadable evaluation
    }
    return (0,time_split/* leakageWarning */.bC)(trained, evaluated);
}
function paramsDiffSection(candidatePath, baselinePath) {
    const candidate = readTrainManifest(candidatePath);
    const baseline = baselinePath ? readTrainManifest(baselinePath) : undefined;
    const diff = baseline ? diffManifestParams(baseline, candidate) : [];
    return {
        cacheHit: candidate.cacheHit,
        durationSeconds: candidate.commandDurationMs === null ? undefined : candidate.commandDurationMs / 1000,
        paramsDiff: diff.map((d) => ({ key: d.key, old: d.old, new: d.new })),
    };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./.build/js/src/registry/oci.js
/**
 * OCI image-spec 1.1 shapes and digests: descriptors, image manifests, image indexes, the media
 * types modelgate uses, and sha256 over bytes and over files (streamed, never a whole file in memory).
 */


const oci_MEDIA = {
    manifest: 'application/vnd.oci.image.manifest.v1+json',
    index: 'application/vnd.oci.image.index.v1+json',
    empty: 'application/vnd.oci.empty.v1+json',
    /** artifactType of a model version. */
    model: 'application/vnd.modelgate.model.v1',
    modelConfig: 'application/vnd.modelgate.model.config.v1+json',
    /** A model file, stored unchanged (ORAS pulls it under its title). */
    modelFile: 'application/vnd.modelgate.model.file.v1',
    evaluation: 'application/vnd.modelgate.evaluation.v1+json',
    /** deploy's deployment.json, the layer of a deployment event. */
    deployment: 'application/vnd.modelgate.deployment.v1+json',
    /** The evaluation's per-row predictions (what paired comparisons read). */
    predictions: 'application/vnd.modelgate.predictions.v1+csv',
    trainManifest: 'application/vnd.modelgate.train-manifest.v1+json',
    dataReport: 'application/vnd.modelgate.data-report.v1+json',
    profile: 'application/vnd.modelgate.profile.v1+json',
    /** The data schema of validate-data (YAML or JSON, stored as given): what monitor checks production rows against. */
    schema: 'application/vnd.modelgate.schema.v1',
    /** monitor's monitor-report.json, the layer of a monitor event. */
    monitorReport: 'application/vnd.modelgate.monitor-report.v1+json',
    card: 'text/markdown',
    /** artifactType of a history event (status, alias move, evaluation) whose subject is a version. */
    event: 'application/vnd.modelgate.event.v1+json',
    /** artifactType of the lock tags' manifest (see lock.ts). */
    lock: 'application/vnd.modelgate.lock.v1',
};
const oci_ANN = {
    title: 'org.opencontainers.image.title',
    created: 'org.opencontainers.image.created',
    version: 'org.opencontainers.image.version',
    revision: 'org.opencontainers.image.revision',
    source: 'org.opencontainers.image.source',
    description: 'org.opencontainers.image.description',
    refName: 'org.opencontainers.image.ref.name',
};
/** The empty JSON blob `{}` of image-spec 1.1, used as the config of artifacts that need none. */
const oci_EMPTY_BYTES = Buffer.from('{}');
const oci_EMPTY = { mediaType: oci_MEDIA.empty, digest: oci_sha256(oci_EMPTY_BYTES), size: 2, data: oci_EMPTY_BYTES.toString('base64') };
const DIGEST = /^sha256:[a-f0-9]{64}$/;
/** Tag grammar of the distribution spec. */
const TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
function isDigest(s) {
    return DIGEST.test(s);
}
function oci_isTag(s) {
    return TAG.test(s);
}
function oci_sha256(bytes) {
    return 'sha256:' + (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
}
function hex(digest) {
    return digest.slice('sha256:'.length);
}
/** sha256 and size of a file, streamed. */
async function oci_fileDigest(path) {
    const h = createHash('sha256');
    let size = 0;
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
        h.update(chunk);
        size += chunk.length;
    }
    return { digest: 'sha256:' + h.digest('hex'), size };
}
/**
 * Canonical bytes of a manifest or any JSON document we store: JSON.stringify with keys in the
 * order the object was built, no whitespace. The same inputs build the same object, so the same bytes.
 */
function oci_jsonBytes(value) {
    return Buffer.from(JSON.stringify(value));
}
/** The descriptor of bytes we are about to store. */
function oci_describe(mediaType, bytes, annotations) {
    return { mediaType, digest: oci_sha256(bytes), size: bytes.length, ...(annotations ? { annotations } : {}) };
}

// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
;// CONCATENATED MODULE: ./.build/js/src/registry/layout.js
/**
 * An OCI image layout folder (image-spec 1.1, image-layout.md): `oci-layout`, `index.json` and
 * `blobs/sha256/<hex>`. Blobs are written under a temp name, verified and renamed, so a reader never
 * sees half a blob; `index.json` is rewritten whole under a lock file and renamed into place, so a
 * tag is either there or not. Tags are index entries annotated `org.opencontainers.image.ref.name`,
 * which is how skopeo and ORAS read them (`oci:<dir>:<tag>`).
 */









const LOCK_STALE_MS = 30_000;
const LOCK_WAIT_MS = 120_000;
let tmpCounter = 0;
const tmpName = (path) => `${path}.${process.pid}.${Date.now()}.${tmpCounter++}.tmp`;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Copies a stream to `dest` through a temp file, checking size and sha256 before the rename. */
async function streamVerified(source, dest, expect, what) {
    (0,files/* makeDirs */.X2)((0,external_node_path_.dirname)(dest));
    const tmp = tmpName(dest);
    const h = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    const tap = new external_node_stream_.Transform({
        transform(chunk, _enc, cb) {
            h.update(chunk);
            size += chunk.length;
            cb(null, chunk);
        },
    });
    try {
        await (0,external_node_stream_promises_.pipeline)(source, tap, (0,external_node_fs_.createWriteStream)(tmp));
        const got = 'sha256:' + h.digest('hex');
        if (got !== expect.digest || size !== expect.size) {
            throw new errors/* ServiceError */._7(`${what} ${expect.digest}: content does not match its digest (got ${got}, ${size} bytes, expected ${expect.size}); refusing it`);
        }
        (0,external_node_fs_.renameSync)(tmp, dest);
    }
    catch (e) {
        (0,external_node_fs_.rmSync)(tmp, { force: true });
        throw e;
    }
}
function verifyBytes(bytes, digest, what) {
    const got = oci_sha256(bytes);
    if (got !== digest)
        throw new errors/* ServiceError */._7(`${what} ${digest}: content does not match its digest (got ${got}); refusing it`);
    return bytes;
}
class LayoutBackend {
    dir;
    location;
    constructor(dir) {
        this.dir = dir;
        this.location = `oci-layout://${dir}`;
    }
    blobPath(digest) {
        if (!isDigest(digest))
            throw new errors/* DataError */.fL(`${this.location}: not a sha256 digest: ${digest}`);
        return (0,external_node_path_.join)(this.dir, 'blobs', 'sha256', hex(digest));
    }
    init() {
        if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(this.dir, 'oci-layout'))) {
            try {
                (0,files/* makeDirs */.X2)((0,external_node_path_.join)(this.dir, 'blobs', 'sha256'));
            }
            catch (e) {
                throw (0,files/* outputError */.cw)(e, this.dir);
            }
            (0,files/* writeFileAtomic */.Zf)((0,external_node_path_.join)(this.dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
        }
        if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(this.dir, 'index.json'))) {
            // `wx`: two processes initialising at once both end with the same empty index.
            try {
                (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(this.dir, 'index.json'), JSON.stringify({ schemaVersion: 2, mediaType: oci_MEDIA.index, manifests: [] }), { flag: 'wx' });
            }
            catch (e) {
                if (e.code !== 'EEXIST')
                    throw e;
            }
        }
    }
    readIndex() {
        const path = (0,external_node_path_.join)(this.dir, 'index.json');
        if (!(0,external_node_fs_.existsSync)(path))
            return { schemaVersion: 2, mediaType: oci_MEDIA.index, manifests: [] };
        try {
            const idx = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
            if (!Array.isArray(idx.manifests))
                throw new Error('no manifests array');
            return idx;
        }
        catch (e) {
            throw new errors/* DataError */.fL(`${path}: not an OCI image index: ${e.message}`, path);
        }
    }
    /** Runs `fn` holding `index.json.lock` (created exclusively; taken over when older than 30 s). */
    async withIndexLock(fn) {
        const lock = (0,external_node_path_.join)(this.dir, 'index.json.lock');
        const deadline = Date.now() + LOCK_WAIT_MS;
        for (let attempt = 0;; attempt++) {
            try {
                const fh = await (0,promises_.open)(lock, 'wx');
                await fh.writeFile(`${process.pid}\n`);
                await fh.close();
                break;
            }
            catch (e) {
                if (e.code !== 'EEXIST')
                    throw e;
                const age = await (0,promises_.stat)(lock).then((s) => Date.now() - s.mtimeMs, () => 0);
                if (age > LOCK_STALE_MS)
                    await (0,promises_.rm)(lock, { force: true });
                if (Date.now() > deadline)
                    throw new errors/* ServiceError */._7(`${lock}: held for more than ${LOCK_WAIT_MS / 1000} s; remove it if no modelgate process is running`);
                await sleep(2 + Math.random() * Math.min(50, 2 * attempt));
            }
        }
        try {
            return fn();
        }
        finally {
            (0,external_node_fs_.rmSync)(lock, { force: true });
        }
    }
    async hasBlob(digest) {
        return (0,external_node_fs_.existsSync)(this.blobPath(digest));
    }
    async putBlob(src) {
        this.init();
        const dest = this.blobPath(src.digest);
        if ((0,external_node_fs_.existsSync)(dest) && (0,external_node_fs_.statSync)(dest).size === src.size)
            return { uploaded: 0, mounted: false };
        if (src.bytes) {
            verifyBytes(Buffer.from(src.bytes), src.digest, 'blob');
            (0,files/* writeFileAtomic */.Zf)(dest, src.bytes);
        }
        else if (src.path) {
            await streamVerified((0,external_node_fs_.createReadStream)(src.path, { highWaterMark: 1 << 20 }), dest, src, `blob (from ${src.path})`);
        }
        else
            throw new Error('putBlob: neither bytes nor path');
        return { uploaded: src.size, mounted: false };
    }
    async getBlob(desc) {
        const path = this.blobPath(desc.digest);
        if (!(0,external_node_fs_.existsSync)(path))
            throw new errors/* ServiceError */._7(`${this.location}: blob ${desc.digest} is missing`);
        return verifyBytes(await (0,promises_.readFile)(path), desc.digest, `${this.location}: blob`);
    }
    async blobToFile(desc, path) {
        const src = this.blobPath(desc.digest);
        if (!(0,external_node_fs_.existsSync)(src))
            throw new errors/* ServiceError */._7(`${this.location}: blob ${desc.digest} is missing`);
        await streamVerified((0,external_node_fs_.createReadStream)(src, { highWaterMark: 1 << 20 }), path, desc, `${this.location}: blob`);
    }
    async putManifest(bytes, mediaType, tag) {
        const digest = oci_sha256(bytes);
        await this.putBlob({ digest, size: bytes.length, bytes });
        if (tag) {
            const parsed = JSON.parse(bytes.toString('utf8'));
            const entry = { mediaType, digest, size: bytes.length, ...(parsed.artifactType ? { artifactType: parsed.artifactType } : {}), annotations: { [oci_ANN.refName]: tag } };
            await this.withIndexLock(() => {
                const idx = this.readIndex();
                idx.manifests = idx.manifests.filter((m) => m.annotations?.[oci_ANN.refName] !== tag);
                idx.manifests.push(entry);
                (0,files/* writeFileAtomic */.Zf)((0,external_node_path_.join)(this.dir, 'index.json'), JSON.stringify(idx));
            });
        }
        return digest;
    }
    async getManifest(ref) {
        let desc;
        if (isDigest(ref)) {
            if (!(0,external_node_fs_.existsSync)(this.blobPath(ref)))
                return undefined;
            desc = { digest: ref, mediaType: '' };
        }
        else {
            desc = this.readIndex().manifests.find((m) => m.annotations?.[oci_ANN.refName] === ref);
            if (!desc)
                return undefined;
        }
        const bytes = verifyBytes(await (0,promises_.readFile)(this.blobPath(desc.digest)), desc.digest, `${this.location}: manifest`);
        const mediaType = desc.mediaType || JSON.parse(bytes.toString('utf8')).mediaType || oci_MEDIA.manifest;
        return { bytes, digest: desc.digest, mediaType };
    }
    async deleteTags(tags) {
        const drop = new Set(tags);
        if (!drop.size)
            return;
        await this.withIndexLock(() => {
            const idx = this.readIndex();
            idx.manifests = idx.manifests.filter((m) => !drop.has(m.annotations?.[oci_ANN.refName] ?? ''));
            (0,files/* writeFileAtomic */.Zf)((0,external_node_path_.join)(this.dir, 'index.json'), JSON.stringify(idx));
        });
    }
    async listTags() {
        return this.readIndex()
            .manifests.map((m) => m.annotations?.[oci_ANN.refName])
            .filter((t) => !!t);
    }
}

;// CONCATENATED MODULE: ./.build/js/src/registry/auth.js
/**
 * Registry authentication as Docker and ORAS do it: send the request, and on a 401 read the
 * WWW-Authenticate challenge. `Basic` means send the username and password; `Bearer
 * realm=..,service=..,scope=..` (ghcr.io, Docker Hub, distribution's `auth: token`) means ask the
 * realm for a token for that scope (with the credentials as Basic, or anonymously) and send it.
 * Tokens are kept per scope set and asked again when a challenge names a scope we do not hold.
 */

/** Parses `Bearer realm="https://a/token",service="reg",scope="repository:x:pull"` (quoted or bare values). */
function parseChallenge(header) {
    const m = /^\s*([A-Za-z]+)\s*(.*)$/.exec(header);
    if (!m)
        return undefined;
    const params = {};
    const re = /([A-Za-z_]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))\s*,?\s*/g;
    for (const p of m[2].matchAll(re))
        params[p[1].toLowerCase()] = p[2] !== undefined ? p[2].replace(/\\(.)/g, '$1') : p[3];
    return { scheme: m[1].toLowerCase(), params };
}
class Auth {
    creds;
    fetchFn;
    allowPlainRealm;
    header;
    scopes = new Set();
    heldScopes = new Set();
    inflight;
    constructor(creds, fetchFn, allowPlainRealm) {
        this.creds = creds;
        this.fetchFn = fetchFn;
        this.allowPlainRealm = allowPlainRealm;
    }
    get password() {
        return this.creds.token ?? this.creds.password;
    }
    basic() {
        const pw = this.password;
        if (pw === undefined)
            return undefined;
        const user = this.creds.username ?? 'modelgate';
        return 'Basic ' + Buffer.from(`${user}:${pw}`).toString('base64');
    }
    /** The Authorization header to send now, if any. */
    current() {
        return this.header;
    }
    /**
     * Answers a 401. Returns true when there is a new Authorization header worth retrying with,
     * false when there is nothing more to try (then the 401 is the user's to fix).
     */
    async answer(wwwAuthenticate, context, sent) {
        // One token request at a time; a request that was refused with an older header retries with the new one.
        while (this.inflight)
            await this.inflight.catch(() => undefined);
        if (this.header !== undefined && this.header !== sent)
            return true;
        const ch = wwwAuthenticate ? parseChallenge(wwwAuthenticate) : undefined;
        if (!ch)
            return false;
        if (ch.scheme === 'basic') {
            const b = this.basic();
            if (!b || this.header === b)
                return false;
            this.header = b;
            return true;
        }
        if (ch.scheme !== 'bearer' || !ch.params.realm)
            return false;
        const wanted = (ch.params.scope ?? '').split(' ').filter(Boolean);
        // The token we hold was made for these scopes and was still refused: the credentials lack the right.
        if (this.header?.startsWith('Bearer ') && wanted.every((s) => this.heldScopes.has(s)))
            return false;
        for (const s of wanted)
            this.scopes.add(s);
        this.inflight = this.fetchToken(ch, context);
        try {
            await this.inflight;
        }
        finally {
            this.inflight = undefined;
        }
        return true;
    }
    async fetchToken(ch, context) {
        const realm = new URL(ch.params.realm);
        if (realm.protocol !== 'https:' && !this.allowPlainRealm(realm)) {
            throw new errors/* ServiceError */._7(`${context}: the token realm ${realm.origin} is not HTTPS; refusing to send credentials to it (set insecure: true for a test registry)`);
        }
        const scopes = new Set(this.scopes);
        if (ch.params.service)
            realm.searchParams.set('service', ch.params.service);
        for (const s of scopes)
            realm.searchParams.append('scope', s);
        const headers = {};
        const b = this.basic();
        if (b)
            headers.authorization = b;
        const res = await this.fetchFn(realm, { headers });
        if (!res.ok) {
            await res.body?.cancel();
            throw new errors/* ServiceError */._7(`${context}: the token service ${realm.origin}${realm.pathname} answered ${res.status}${res.status === 401 || res.status === 403 ? ': check username/password or token' : ''}`);
        }
        const body = (await res.json());
        const token = body.token ?? body.access_token;
        if (!token)
            throw new errors/* ServiceError */._7(`${context}: the token service ${realm.origin}${realm.pathname} returned no token`);
        this.header = `Bearer ${token}`;
        this.heldScopes = scopes;
    }
}

;// CONCATENATED MODULE: ./.build/js/src/registry/remote.js
/**
 * An OCI distribution registry over Node's fetch (distribution-spec 1.1): blobs are uploaded after
 * a HEAD says they are missing, monolithically (POST then PUT with the body) or in chunks (PATCH
 * with Content-Range, then PUT), always streamed from disk; cross-repository mount; manifests;
 * paginated tags; the referrers API when the registry has one. 5xx, 429 and dropped connections
 * are retried with backoff; 401 goes through the challenge flow in auth.ts. Plain HTTP only for
 * loopback hosts (as Docker does) or with `insecure`.
 */






const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);
const isLoopback = (host) => {
    const name = host.replace(/:\d+$/, '');
    return LOOPBACK.has(name) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name);
};
const remote_sleep = (ms) => new Promise((r) => setTimeout(r, ms));
class RemoteBackend {
    host;
    repository;
    location;
    base;
    auth;
    fetchFn;
    chunkSize;
    attempts;
    tagPageSize;
    /** Counters for tests and benchmarks. */
    stats = { requests: 0, bytesSent: 0 };
    constructor(host, repository, opts = {}) {
        this.host = host;
        this.repository = repository;
        const plain = opts.insecure || isLoopback(host);
        this.base = `${plain ? 'http' : 'https'}://${host}/v2/${repository}`;
        this.location = `oci://${host}/${repository}`;
        this.fetchFn = opts.fetch ?? fetch;
        this.chunkSize = opts.chunkSize ?? 16 << 20;
        this.attempts = opts.attempts ?? 4;
        this.tagPageSize = opts.tagPageSize ?? 1000;
        this.auth = new Auth(opts.credentials ?? {}, this.fetchFn, (u) => !!opts.insecure || isLoopback(u.host));
    }
    async send(req) {
        const what = `${req.method} ${this.location}${String(req.url).startsWith(this.base) ? String(req.url).slice(this.base.length) : ''}`;
        let challenged = 0;
        for (let attempt = 1;; attempt++) {
            const headers = { ...req.headers };
            const authz = this.auth.current();
            if (authz)
                headers.authorization = authz;
            let res;
            try {
                this.stats.requests++;
                const body = req.body?.();
                res = await this.fetchFn(req.url, { method: req.method, headers, body, redirect: 'follow', ...(body ? { duplex: 'half' } : {}) });
            }
            catch (e) {
                if (attempt < this.attempts) {
                    await remote_sleep(100 * 2 ** attempt);
                    continue;
                }
                throw new errors/* ServiceError */._7(`${what}: ${e.cause?.message ?? e.message}`);
            }
            if (res.status === 401 && challenged < 2 && (await this.auth.answer(res.headers.get('www-authenticate'), what, authz))) {
                await res.body?.cancel();
                challenged++;
                attempt--;
                continue;
            }
            if (req.ok.includes(res.status))
                return res;
            if ((res.status >= 500 || res.status === 429) && attempt < this.attempts) {
                await res.body?.cancel();
                const after = Number(res.headers.get('retry-after'));
                await remote_sleep(Number.isFinite(after) && after > 0 ? Math.min(after, 10) * 1000 : 100 * 2 ** attempt);
                continue;
            }
            throw Object.assign(new errors/* ServiceError */._7(`${what}: ${res.status} ${await errorText(res)}`), { status: res.status });
        }
    }
    url(path, query) {
        const u = new URL(this.base + path);
        for (const [k, v] of Object.entries(query ?? {}))
            u.searchParams.set(k, v);
        return u;
    }
    /** Upload session URLs come back relative or absolute, with state in the query. */
    location_(res) {
        const loc = res.headers.get('location');
        if (!loc)
            throw new errors/* ServiceError */._7(`${this.location}: upload answered without a Location header`);
        return new URL(loc, this.base);
    }
    async hasBlob(digest) {
        const res = await this.send({ method: 'HEAD', url: this.url(`/blobs/${digest}`), ok: [200, 404] });
        return res.status === 200;
    }
    async putBlob(src, opts = {}) {
        let present = false;
        try {
            present = await this.hasBlob(src.digest);
        }
        catch (e) {
            // A registry that keeps answering the existence check with a server error (distribution after
            // a crash mid-upload, on a blob it half wrote) can still take the upload, whose digest it
            // verifies: upload rather than give up.
            if (!(e.status >= 500))
                throw e;
        }
        if (present)
            return { uploaded: 0, mounted: false };
        let session;
        if (opts.mountFrom) {
            const res = await this.send({ method: 'POST', url: this.url('/blobs/uploads/', { mount: src.digest, from: opts.mountFrom }), headers: { 'content-length': '0' }, ok: [201, 202] });
            await res.body?.cancel();
            if (res.status === 201)
                return { uploaded: 0, mounted: true };
            session = this.location_(res);
        }
        else {
            const res = await this.send({ method: 'POST', url: this.url('/blobs/uploads/'), headers: { 'content-length': '0' }, ok: [202] });
            await res.body?.cancel();
            session = this.location_(res);
        }
        const body = (start, end) => {
            if (src.bytes)
                return () => Buffer.from(src.bytes.subarray(start, end));
            // An empty blob is an empty body; a file range is streamed, never read whole.
            if (end === start)
                return () => Buffer.alloc(0);
            // A Node stream is an async iterable, which fetch sends as it reads (no web-stream conversion).
            return () => (0,external_node_fs_.createReadStream)(src.path, { start, end: end - 1, highWaterMark: 1 << 20 });
        };
        if (src.size > this.chunkSize) {
            for (let start = 0; start < src.size; start += this.chunkSize) {
                const end = Math.min(src.size, start + this.chunkSize);
                const res = await this.send({
                    method: 'PATCH',
                    url: session,
                    headers: { 'content-type': 'application/octet-stream', 'content-length': String(end - start), 'content-range': `${start}-${end - 1}` },
                    body: body(start, end),
                    ok: [202],
                });
                await res.body?.cancel();
                this.stats.bytesSent += end - start;
                session = this.location_(res);
            }
            session.searchParams.set('digest', src.digest);
            const res = await this.send({ method: 'PUT', url: session, headers: { 'content-length': '0' }, ok: [201] });
            await res.body?.cancel();
        }
        else {
            session.searchParams.set('digest', src.digest);
            const res = await this.send({
                method: 'PUT',
                url: session,
                headers: { 'content-type': 'application/octet-stream', 'content-length': String(src.size) },
                body: body(0, src.size),
                ok: [201],
            });
            await res.body?.cancel();
            this.stats.bytesSent += src.size;
        }
        return { uploaded: src.size, mounted: false };
    }
    async getBlobResponse(digest) {
        const res = await this.send({ method: 'GET', url: this.url(`/blobs/${digest}`), ok: [200, 404] });
        if (res.status === 404) {
            await res.body?.cancel();
            throw new errors/* ServiceError */._7(`${this.location}: blob ${digest} is missing`);
        }
        return res;
    }
    async getBlob(desc) {
        if (desc.size > 64 << 20)
            throw new Error(`getBlob: ${desc.digest} is ${desc.size} bytes; stream it with blobToFile`);
        const res = await this.getBlobResponse(desc.digest);
        return verifyBytes(Buffer.from(await res.arrayBuffer()), desc.digest, `${this.location}: blob`);
    }
    async blobToFile(desc, path) {
        const res = await this.getBlobResponse(desc.digest);
        await streamVerified(external_node_stream_.Readable.fromWeb(res.body), path, desc, `${this.location}: blob`);
    }
    async putManifest(bytes, mediaType, tag) {
        const digest = oci_sha256(bytes);
        let res;
        for (let attempt = 1;; attempt++) {
            // distribution 2.8 answers DIGEST_INVALID when two clients PUT the same manifest at once
            // (both write its blob); the bytes are ours and verified, so sending them again is safe.
            res = await this.send({ method: 'PUT', url: this.url(`/manifests/${tag ?? digest}`), headers: { 'content-type': mediaType }, body: () => Buffer.from(bytes), ok: attempt < 4 ? [201, 400] : [201] });
            if (res.status === 201)
                break;
            const text = await res.text();
            if (!text.includes('DIGEST_INVALID'))
                throw new errors/* ServiceError */._7(`PUT ${this.location}/manifests/${tag ?? digest}: 400 ${text.slice(0, 200)}`);
            await remote_sleep(50 * attempt * (0.5 + Math.random()));
        }
        await res.body?.cancel();
        const said = res.headers.get('docker-content-digest');
        if (said && said !== digest)
            throw new errors/* ServiceError */._7(`${this.location}: the registry stored manifest ${tag ?? digest} as ${said}, not ${digest}`);
        return digest;
    }
    async getManifest(ref) {
        const res = await this.send({ method: 'GET', url: this.url(`/manifests/${ref}`), headers: { accept: `${oci_MEDIA.manifest}, ${oci_MEDIA.index}` }, ok: [200, 404] });
        if (res.status === 404) {
            await res.body?.cancel();
            return undefined;
        }
        const bytes = Buffer.from(await res.arrayBuffer());
        const said = res.headers.get('docker-content-digest');
        const digest = isDigest(ref) ? ref : (said ?? oci_sha256(bytes));
        verifyBytes(bytes, digest, `${this.location}: manifest ${isDigest(ref) ? '' : ref + ' '}`.trimEnd());
        return { bytes, digest, mediaType: res.headers.get('content-type')?.split(';')[0] ?? oci_MEDIA.manifest };
    }
    async deleteManifest(digest) {
        // 202 deleted; 405 (distribution without storage.delete), 404 or 400 mean it cannot be.
        const res = await this.send({ method: 'DELETE', url: this.url(`/manifests/${digest}`), ok: [202, 200, 400, 404, 405] });
        await res.body?.cancel();
        return res.status === 202 || res.status === 200;
    }
    async listTags() {
        const tags = [];
        let next = this.url('/tags/list', { n: String(this.tagPageSize) });
        for (let page = 0; next && page < 10_000; page++) {
            const res = await this.send({ method: 'GET', url: next, ok: [200, 404] });
            if (res.status === 404) {
                await res.body?.cancel();
                return tags;
            }
            const body = (await res.json());
            tags.push(...(body.tags ?? []));
            // Link: </v2/<name>/tags/list?n=1000&last=x>; rel="next"
            const link = /<([^>]+)>\s*;\s*rel="?next"?/.exec(res.headers.get('link') ?? '');
            next = link ? new URL(link[1], this.base) : undefined;
        }
        return tags;
    }
    async referrersApi(digest) {
        const res = await this.send({ method: 'GET', url: this.url(`/referrers/${digest}`), headers: { accept: oci_MEDIA.index }, ok: [200, 404, 400, 405] });
        if (res.status !== 200 || !(res.headers.get('content-type') ?? '').startsWith(oci_MEDIA.index)) {
            await res.body?.cancel();
            return undefined;
        }
        return (await res.json()).manifests ?? [];
    }
}
async function errorText(res) {
    const text = await res.text().catch(() => '');
    try {
        const e = JSON.parse(text).errors?.[0];
        if (e)
            return `${e.code ?? ''} ${e.message ?? ''}`.trim();
    }
    catch {
        // not JSON
    }
    return text.slice(0, 200).replace(/\s+/g, ' ') || res.statusText;
}

;// CONCATENATED MODULE: ./.build/js/src/registry/reference.js
/**
 * Registry references: `oci-layout://<dir>[:<tag>|@<digest>]` (an OCI image layout folder) and
 * `oci://<host>[:port]/<repository>[:<tag>|@<digest>]` (a distribution registry). A `registry`
 * input names the place without the model; the model's `name` is appended as the last path
 * segment (`oci-layout://models` + `churn` = `oci-layout://models/churn`, one layout per model).
 */




const REPO = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
/** Parses a reference; `input` names the input in error messages. */
function parseReference(ref, input = 'registry') {
    const m = /^(oci-layout|oci):\/\/(.+)$/.exec(ref.trim());
    if (!m)
        throw new errors/* ConfigurationError */.j1(`input '${input}': '${ref}' is not a registry reference; use oci-layout://<dir> or oci://<host>/<repository>`);
    let rest = m[2];
    let digest;
    let tag;
    const at = rest.lastIndexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!isDigest(digest))
            throw new errors/* ConfigurationError */.j1(`input '${input}': '${digest}' is not a sha256 digest (sha256:<64 hex>)`);
    }
    const slash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    // A colon after the last slash starts the tag, except host:port with no repository path after it.
    if (colon > slash && !(m[1] === 'oci' && slash < 0)) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!oci_isTag(tag))
            throw new errors/* ConfigurationError */.j1(`input '${input}': '${tag}' is not a valid tag`);
    }
    rest = rest.replace(/\/+$/, '');
    if (m[1] === 'oci-layout')
        return { kind: 'layout', path: rest, tag, digest };
    const first = rest.indexOf('/');
    const host = first < 0 ? rest : rest.slice(0, first);
    const repository = first < 0 ? '' : rest.slice(first + 1);
    if (!host)
        throw new errors/* ConfigurationError */.j1(`input '${input}': '${ref}' has no host`);
    if (repository && !REPO.test(repository))
        throw new errors/* ConfigurationError */.j1(`input '${input}': '${repository}' is not a valid repository name (lowercase letters, digits, . _ - and /)`);
    return { kind: 'remote', path: rest, host, repository, tag, digest };
}
/** `registry` + `name` -> the reference of the model's repository. */
function modelReference(registry, name) {
    const r = parseReference(registry);
    if (r.tag || r.digest)
        throw new ConfigurationError(`input 'registry': '${registry}' names a version; give the registry only and the model as 'name'`);
    if (!name)
        return r;
    if (!REPO.test(name))
        throw new ConfigurationError(`input 'name': '${name}' must be lowercase letters, digits and . _ - (a repository name)`);
    return parseReference(`${r.kind === 'layout' ? 'oci-layout' : 'oci'}://${r.path ? r.path + '/' : ''}${name}`);
}
function openBackend(ref, conn = {}) {
    if (ref.kind === 'layout')
        return new LayoutBackend(ref.path);
    if (!ref.repository)
        throw new errors/* ConfigurationError */.j1(`'oci://${ref.path}' names no repository; use oci://<host>/<repository>`);
    return new RemoteBackend(ref.host, ref.repository, { credentials: conn.credentials, insecure: conn.insecure });
}
function reference_formatReference(backend, at) {
    return at.digest ? `${backend.location}@${at.digest}` : `${backend.location}:${at.tag}`;
}

;// CONCATENATED MODULE: ./.build/js/src/registry/artifact.js
/**
 * What a model version holds (image-spec 1.1 artifact): one layer per model file titled with its
 * file name, then evaluation.json, train-manifest.json, data-report.json, profile.json, the data
 * schema (schema.yml or schema.json, as given) and model-card.md as layers; a config blob with the lineage summary; standard annotations. Nothing
 * time- or run-dependent goes into the manifest, so the same files give the same digest; when and
 * by which run a version was registered is its history's first event.
 */







function artifact_readJson(path, input) {
    if (!existsSync(path))
        throw new ConfigurationError(`input '${input}': file not found: ${path}`);
    const bytes = readFileSync(path);
    try {
        return { bytes, value: JSON.parse(bytes.toString('utf8')) };
    }
    catch (e) {
        throw new DataError(`${path}: not JSON: ${e.message}`, path);
    }
}
async function artifact_buildVersion(inp) {
    if (!inp.model.length)
        throw new ConfigurationError(`input 'model' is required: the model file(s) to register`);
    const blobs = [];
    const layers = [];
    const titles = new Set();
    const addTitle = (t, input) => {
        if (titles.has(t))
            throw new ConfigurationError(`input '${input}': two files are named ${t}; a version stores files by name`);
        titles.add(t);
    };
    const files = [];
    for (const path of inp.model) {
        if (!existsSync(path))
            throw new ConfigurationError(`input 'model': file not found: ${path}`);
        const title = basename(path);
        addTitle(title, 'model');
        const { digest, size } = await fileDigest(path);
        blobs.push({ digest, size, path });
        layers.push({ mediaType: MEDIA.modelFile, digest, size, annotations: { [ANN.title]: title } });
        files.push({ title, digest, size });
    }
    const config = { kind: 'modelgate-model', schemaVersion: 1, name: inp.name, metrics: {}, files };
    const read = { config };
    const addJson = (bytes, mediaType, title, input) => {
        addTitle(title, input);
        const d = describe(mediaType, bytes, { [ANN.title]: title });
        blobs.push({ digest: d.digest, size: d.size, bytes });
        layers.push(d);
    };
    if (inp.evaluation) {
        const { bytes, value } = artifact_readJson(inp.evaluation, 'evaluation');
        assertArtifact('evaluation', value, inp.evaluation);
        const ev = value;
        read.evaluation = value;
        config.task = ev.task;
        config.rows = ev.rows;
        config.data = { sha256: ev.data.sha256 };
        for (const [k, m] of Object.entries(ev.metrics))
            config.metrics[k] = m.value;
        addJson(bytes, MEDIA.evaluation, 'evaluation.json', 'evaluation');
        // Its per-row predictions too, when they are there: a later comparison on the same data pairs rows.
        let predictions;
        try {
            predictions = predictionsFile(value, inp.evaluation);
        }
        catch {
            predictions = undefined;
        }
        if (predictions) {
            const { digest, size } = await fileDigest(predictions);
            const title = basename(predictions);
            addTitle(title, 'evaluation');
            blobs.push({ digest, size, path: predictions });
            layers.push({ mediaType: MEDIA.predictions, digest, size, annotations: { [ANN.title]: title } });
        }
    }
    if (inp.trainManifest) {
        const { bytes, value } = artifact_readJson(inp.trainManifest, 'train-manifest');
        if (value.kind !== 'train-manifest' || typeof value.key !== 'string')
            throw new DataError(`${inp.trainManifest}: not a train-manifest.json (kind train-manifest with a key)`, inp.trainManifest);
        config.trainManifestKey = value.key;
        read.trainManifest = value;
        const params = value.params;
        if (params?.values)
            config.params = params.values;
        const git = value.git;
        if (git)
            config.git = { commit: git.commit, dirty: git.dirty };
        addJson(bytes, MEDIA.trainManifest, 'train-manifest.json', 'train-manifest');
    }
    if (inp.dataReport) {
        const { bytes, value } = artifact_readJson(inp.dataReport, 'data-report');
        assertArtifact('data-report', value, inp.dataReport);
        addJson(bytes, MEDIA.dataReport, 'data-report.json', 'data-report');
    }
    if (inp.profile) {
        const { bytes, value } = artifact_readJson(inp.profile, 'profile');
        assertArtifact('profile', value, inp.profile);
        addJson(bytes, MEDIA.profile, 'profile.json', 'profile');
    }
    if (inp.schema) {
        if (!existsSync(inp.schema))
            throw new ConfigurationError(`input 'schema': file not found: ${inp.schema}`);
        const bytes = readFileSync(inp.schema);
        // Checked the way validate-data loads it, so a version never stores a schema monitor cannot use.
        loadSchema(inp.schema);
        addJson(bytes, MEDIA.schema, /\.ya?ml$/i.test(inp.schema) ? 'schema.yml' : 'schema.json', 'schema');
    }
    if (!config.git && inp.revision)
        config.git = { commit: inp.revision };
    if (inp.card)
        addJson(Buffer.from(typeof inp.card === 'string' ? inp.card : inp.card(read)), MEDIA.card, 'model-card.md', 'card');
    const configBytes = jsonBytes(config);
    const configDesc = describe(MEDIA.modelConfig, configBytes);
    blobs.push({ digest: configDesc.digest, size: configDesc.size, bytes: configBytes });
    const annotations = { [ANN.title]: inp.name, [ANN.description]: `modelgate model ${inp.name}` };
    const revision = config.git?.commit ?? inp.revision;
    if (revision)
        annotations[ANN.revision] = revision;
    if (inp.source)
        annotations[ANN.source] = inp.source;
    const manifest = { schemaVersion: 2, mediaType: MEDIA.manifest, artifactType: MEDIA.model, config: configDesc, layers, annotations };
    return { manifest, bytes: jsonBytes(manifest), config, blobs };
}

;// CONCATENATED MODULE: ./.build/js/src/registry/events.js

const events_EV = {
    type: 'vnd.modelgate.event',
    version: 'vnd.modelgate.version',
    status: 'vnd.modelgate.status',
    alias: 'vnd.modelgate.alias',
    actor: 'vnd.modelgate.actor',
    note: 'vnd.modelgate.note',
    runUrl: 'vnd.modelgate.run-url',
    dataDigest: 'vnd.modelgate.data-digest',
    /** A deployment event's decision (promoted, rolled-back, no-data, passed) and environment. */
    decision: 'vnd.modelgate.decision',
    environment: 'vnd.modelgate.environment',
    /** A monitor event's finding (none, warn, act). */
    finding: 'vnd.modelgate.finding',
};
const STATUSES = (/* unused pure expression or super */ null && (['pending', 'approved', 'rejected']));
const fallbackTag = (digest) => `sha256-${hex(digest)}`;
/** Referrers of `digest`: the API when the registry has one, else the fallback tag's index. */
async function referrers(backend, digest) {
    const api = await backend.referrersApi?.(digest);
    if (api)
        return api;
    const idx = await backend.getManifest(fallbackTag(digest));
    if (!idx)
        return [];
    return JSON.parse(idx.bytes.toString('utf8')).manifests ?? [];
}
/**
 * Writes an event manifest about `subject` and makes it findable. Call under the writer lock.
 * Event manifests are pushed by digest (never tagged), so they are immutable once written.
 */
async function events_appendEvent(backend, subject, annotations, layer) {
    await backend.putBlob({ digest: EMPTY.digest, size: EMPTY.size, bytes: EMPTY_BYTES });
    let layers = [EMPTY];
    if (layer) {
        const d = describe(layer.mediaType, layer.bytes, { [ANN.title]: layer.title });
        await backend.putBlob({ digest: d.digest, size: d.size, bytes: layer.bytes });
        layers = [d];
    }
    const manifest = {
        schemaVersion: 2,
        mediaType: MEDIA.manifest,
        artifactType: MEDIA.event,
        config: EMPTY,
        layers,
        subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
        annotations,
    };
    const bytes = jsonBytes(manifest);
    const digest = await backend.putManifest(bytes, MEDIA.manifest);
    const desc = { mediaType: MEDIA.manifest, digest, size: bytes.length, artifactType: MEDIA.event, annotations };
    // A registry with the referrers API indexes the subject itself.
    if (await backend.referrersApi?.(subject.digest))
        return digest;
    const tag = fallbackTag(subject.digest);
    const current = await backend.getManifest(tag);
    const idx = current ? JSON.parse(current.bytes.toString('utf8')) : { schemaVersion: 2, mediaType: MEDIA.index, manifests: [] };
    if (!idx.manifests.some((m) => m.digest === digest))
        idx.manifests.push(desc);
    await backend.putManifest(jsonBytes(idx), MEDIA.index, tag);
    return digest;
}
/** The events of one version, oldest first. */
async function events_versionEvents(backend, digest) {
    const out = [];
    for (const d of await referrers(backend, digest)) {
        if (d.artifactType !== oci_MEDIA.event)
            continue;
        const a = d.annotations ?? {};
        const type = a[events_EV.type];
        if (!type)
            continue;
        const ev = { type, at: a[oci_ANN.created] ?? '', digest: d.digest };
        if (a[events_EV.version])
            ev.version = a[events_EV.version];
        if (a[events_EV.status])
            ev.status = a[events_EV.status];
        if (a[events_EV.alias])
            ev.alias = a[events_EV.alias];
        if (a[events_EV.actor])
            ev.actor = a[events_EV.actor];
        if (a[events_EV.note])
            ev.note = a[events_EV.note];
        if (a[events_EV.runUrl])
            ev.runUrl = a[events_EV.runUrl];
        if (a[events_EV.decision])
            ev.decision = a[events_EV.decision];
        if (a[events_EV.environment])
            ev.environment = a[events_EV.environment];
        if (a[events_EV.finding])
            ev.finding = a[events_EV.finding];
        out.push(ev);
    }
    return out.sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0));
}
/** The status now: the last status-bearing event. */
function events_currentStatus(events) {
    let s;
    for (const e of events)
        if (e.status)
            s = e.status;
    return s;
}
/** The evaluation.json an evaluation event carries (its manifest and layer fetched and verified). */
async function eventEvaluation(backend, event) {
    return event.type === 'evaluation' ? eventLayer(backend, event, MEDIA.evaluation) : undefined;
}
/** The layer of `mediaType` an event carries (deployment.json, monitor-report.json, ...), verified. */
async function eventLayer(backend, event, mediaType) {
    const m = await backend.getManifest(event.digest);
    if (!m)
        return undefined;
    const layer = JSON.parse(m.bytes.toString('utf8')).layers.find((l) => l.mediaType === mediaType);
    return layer ? backend.getBlob(layer) : undefined;
}

;// CONCATENATED MODULE: ./.build/js/src/registry/lock.js
/**
 * A writer lock over a registry that has no transactions: Lamport's bakery algorithm, with tags as
 * its registers. A registry offers one atomic step, "point a tag at a manifest" (last writer wins),
 * and a listing of tags; no compare-and-set. Picking `v<max+1>` and writing it races (two writers
 * both write v7 and one version is lost), and "write, then read back" does not close the race (a
 * slower writer can overwrite after the first one checked). The bakery needs only registers that
 * each writer alone writes, so every writer uses tags of its own, named by a random id:
 *
 *   mg-lock.<id>.c<ms>   "choosing" (the doorway), with the writer's start time for the lease
 *   mg-lock.<id>.t<k>    its ticket k = 1 + the largest ticket it saw
 *   mg-lock.<id>.d       done (only where they cannot be deleted)
 *
 * All three point at one manifest of the writer's own, so on release a registry that allows
 * deletes drops them with one DELETE of that manifest; the layout folder removes them from its index.
 * A writer enters when, in one listing, no live writer is still choosing and none holds a smaller
 * (ticket, id). Writers that stop without releasing are ignored once their lease (start time + 120 s)
 * has passed; that bounds how long a crash blocks others, and assumes clocks agree within the lease.
 * Inside the lock, version numbers, aliases and the referrers fallback index are read and written
 * with no other writer between the read and the write.
 */



const lock_LOCK_PREFIX = 'mg-lock.';
const LEASE_MS = 120_000;
const WAIT_MS = 300_000;
const lock_TAG = /^mg-lock\.([0-9a-f]{16})\.(c(\d+)|t(\d+)|d)$/;
const lock_sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** One manifest per writer (its id annotated), so concurrent writers never PUT the same manifest at once. */
const lockBytes = (id) => jsonBytes({ schemaVersion: 2, mediaType: MEDIA.manifest, artifactType: MEDIA.lock, config: EMPTY, layers: [EMPTY], annotations: { 'vnd.modelgate.lock': id } });
function writers(tags) {
    const out = new Map();
    for (const t of tags) {
        const m = lock_TAG.exec(t);
        if (!m)
            continue;
        const w = out.get(m[1]) ?? { done: false };
        if (m[3] !== undefined)
            w.start = Number(m[3]);
        else if (m[4] !== undefined)
            w.ticket = Number(m[4]);
        else
            w.done = true;
        out.set(m[1], w);
    }
    return out;
}
/** Runs `fn` while holding the repository's writer lock. */
async function lock_withLock(backend, fn, opts = {}) {
    const now = opts.now ?? Date.now;
    const lease = opts.leaseMs ?? LEASE_MS;
    const id = randomBytes(8).toString('hex');
    await backend.putBlob({ digest: EMPTY.digest, size: EMPTY.size, bytes: EMPTY_BYTES });
    const bytes = lockBytes(id);
    const put = (suffix) => backend.putManifest(bytes, MEDIA.manifest, `${lock_LOCK_PREFIX}${id}.${suffix}`);
    const release = async () => {
        if (backend.deleteTags)
            await backend.deleteTags((await backend.listTags()).filter((t) => t.startsWith(`${lock_LOCK_PREFIX}${id}.`)));
        else if (!(await backend.deleteManifest?.(sha256(bytes))))
            await put('d');
    };
    const live = (w) => !w.done && w.start !== undefined && now() - w.start < lease;
    await put(`c${now()}`);
    let max = 0;
    for (const [, w] of writers(await backend.listTags()))
        if (live(w) && w.ticket !== undefined)
            max = Math.max(max, w.ticket);
    const ticket = max + 1;
    await put(`t${ticket}`);
    const deadline = now() + (opts.waitMs ?? WAIT_MS);
    for (let round = 0;; round++) {
        let blocked = false;
        for (const [other, w] of writers(await backend.listTags())) {
            if (other === id || !live(w))
                continue;
            if (w.ticket === undefined || w.ticket < ticket || (w.ticket === ticket && other < id)) {
                blocked = true;
                break;
            }
        }
        if (!blocked)
            break;
        if (now() > deadline) {
            await release();
            throw new ServiceError(`${backend.location}: waited ${(opts.waitMs ?? WAIT_MS) / 1000} s for other registrations to finish; try again`);
        }
        await lock_sleep(Math.min(500, 10 + 15 * round) * (0.5 + Math.random()));
    }
    try {
        return await fn();
    }
    finally {
        await release();
    }
}

;// CONCATENATED MODULE: ./.build/js/src/registry/versions.js
/**
 * Model versions on a Backend: register (blobs, then the manifest, then under the writer lock the
 * history event and the `v<n>` tag, then aliases), resolve, list, show, pull, promote, approve or
 * reject, and the history timeline. Version tags never move; alias tags do; `latest` follows the
 * highest version; `latest` and `v<digits>` cannot be aliases.
 */







const VERSION_TAG = /^v([1-9]\d*)$/;
/** An alias a user may set: a valid tag that is neither reserved nor one of ours. */
function checkAlias(alias, input = 'alias') {
    if (!isTag(alias))
        throw new ConfigurationError(`input '${input}': '${alias}' is not a valid tag (letters, digits, . _ -, at most 128)`);
    if (alias === 'latest' || /^v\d+$/.test(alias))
        throw new ConfigurationError(`input '${input}': '${alias}' is reserved (latest and v<digits> are set by register)`);
    if (alias.startsWith(LOCK_PREFIX) || alias.startsWith('sha256-'))
        throw new ConfigurationError(`input '${input}': '${alias}' is reserved for modelgate's own tags`);
}
const versionNumber = (tag) => {
    const m = VERSION_TAG.exec(tag);
    return m ? Number(m[1]) : undefined;
};
/** Tags a person would care about: versions and aliases, not the lock or referrers fallback tags. */
const isUserTag = (t) => !t.startsWith(lock_LOCK_PREFIX) && !/^sha256-[a-f0-9]{64}$/.test(t);
function annotations(kind, who, extra) {
    const a = { [ANN.created]: (who.now?.() ?? new Date()).toISOString(), [EV.type]: kind };
    if (who.actor)
        a[EV.actor] = who.actor;
    if (who.runUrl)
        a[EV.runUrl] = who.runUrl;
    for (const [k, v] of Object.entries(extra))
        if (v !== undefined)
            a[k] = v;
    return a;
}
async function pool(items, n, fn) {
    let next = 0;
    await Promise.all(Array.from({ length: Math.min(n, items.length) }, async () => {
        while (next < items.length)
            await fn(items[next++]);
    }));
}
async function register(backend, opts, log) {
    for (const a of opts.aliases)
        checkAlias(a);
    const built = await buildVersion(opts);
    const stats = { bytesUploaded: 0, blobsUploaded: 0, blobsSkipped: 0, blobsMounted: 0 };
    // 1. Blobs (HEAD first: an unchanged file is not sent again).
    await pool(built.blobs, 4, async (b) => {
        const r = await backend.putBlob(b);
        stats.bytesUploaded += r.uploaded;
        if (r.mounted)
            stats.blobsMounted++;
        else if (r.uploaded || b.size === 0)
            stats.blobsUploaded++;
        else
            stats.blobsSkipped++;
    });
    // 2. The manifest, by digest: not reachable by any tag yet.
    const digest = await backend.putManifest(built.bytes, MEDIA.manifest);
    const subject = { mediaType: MEDIA.manifest, digest, size: built.bytes.length };
    // 3. Under the lock: its number (or the one it already has), its history, its tags.
    return withLock(backend, async () => {
        const tags = await backend.listTags();
        const events = await versionEvents(backend, digest);
        let version;
        let created = false;
        const claimed = [...events].reverse().find((e) => e.type === 'registered' && e.version)?.version;
        if (claimed) {
            const at = await backend.getManifest(claimed);
            if (at?.digest === digest)
                version = claimed;
            else if (!at) {
                // Interrupted after its history event and before its tag: finish it.
                await backend.putManifest(built.bytes, MEDIA.manifest, claimed);
                version = claimed;
                created = true;
            }
        }
        if (!version) {
            const max = Math.max(0, ...tags.map((t) => versionNumber(t) ?? 0));
            version = `v${max + 1}`;
            await appendEvent(backend, subject, annotations('registered', opts, { [EV.version]: version, [EV.status]: opts.status ?? 'pending', [EV.dataDigest]: built.config.data?.sha256 }));
            await backend.putManifest(built.bytes, MEDIA.manifest, version);
            created = true;
        }
        else if (opts.status && currentStatus(events) !== opts.status) {
            await appendEvent(backend, subject, annotations('status', opts, { [EV.version]: version, [EV.status]: opts.status }));
        }
        if (created) {
            const newest = Math.max(0, ...tags.map((t) => versionNumber(t) ?? 0));
            if (versionNumber(version) >= newest)
                await backend.putManifest(built.bytes, MEDIA.manifest, 'latest');
        }
        for (const alias of opts.aliases)
            await moveAlias(backend, alias, subject, built.bytes, version, opts);
        log.info(`${created ? 'registered' : 'already registered'} ${backend.location}:${version} (${digest}); ${stats.blobsUploaded} blob(s) uploaded, ${stats.bytesUploaded} bytes; ${stats.blobsSkipped} already there`);
        return { version, digest, reference: formatReference(backend, { digest }), created, stats };
    });
}
async function moveAlias(backend, alias, subject, bytes, version, who) {
    const at = await backend.getManifest(alias);
    if (at?.digest === subject.digest)
        return false;
    await appendEvent(backend, subject, annotations('alias', who, { [EV.version]: version, [EV.alias]: alias }));
    await backend.putManifest(bytes, MEDIA.manifest, alias);
    return true;
}
/** A version by tag (version or alias; default `latest`) or digest, every digest verified. */
async function versions_resolve(backend, ref = {}) {
    const at = ref.digest ?? ref.tag ?? 'latest';
    const m = await backend.getManifest(at);
    if (!m)
        throw new errors/* ServiceError */._7(`${backend.location}: no version ${at}`);
    const manifest = JSON.parse(m.bytes.toString('utf8'));
    if (manifest.artifactType !== oci_MEDIA.model)
        throw new errors/* ServiceError */._7(`${backend.location}:${at} is not a modelgate model version (artifactType ${manifest.artifactType ?? 'none'})`);
    const config = JSON.parse((await backend.getBlob(manifest.config)).toString('utf8'));
    const events = await events_versionEvents(backend, m.digest);
    const version = ref.tag && versionNumber(ref.tag) ? ref.tag : [...events].reverse().find((e) => e.type === 'registered')?.version;
    return { digest: m.digest, manifest, bytes: m.bytes, config, version };
}
/** Every version, oldest first, with its aliases, status and metrics summary. */
async function listVersions(backend, opts = {}) {
    const tags = (await backend.listTags()).filter(isUserTag);
    let versions = tags.filter((t) => versionNumber(t) !== undefined).sort((a, b) => versionNumber(a) - versionNumber(b));
    if (opts.last)
        versions = versions.slice(-opts.last);
    const aliasDigests = new Map();
    for (const t of tags) {
        if (versionNumber(t) !== undefined)
            continue;
        const m = await backend.getManifest(t);
        if (m)
            aliasDigests.set(m.digest, [...(aliasDigests.get(m.digest) ?? []), t]);
    }
    const out = [];
    for (const v of versions) {
        const r = await versions_resolve(backend, { tag: v });
        const events = await events_versionEvents(backend, r.digest);
        const reg = events.find((e) => e.type === 'registered' && e.version === v);
        out.push({ version: v, digest: r.digest, aliases: (aliasDigests.get(r.digest) ?? []).sort(), status: events_currentStatus(events), registeredAt: reg?.at, actor: reg?.actor, metrics: r.config.metrics, dataDigest: r.config.data?.sha256 });
    }
    return out;
}
/** The history of one version, or of every version when no tag or digest is given; oldest first. */
async function versions_history(backend, ref) {
    if (ref.tag || ref.digest) {
        const r = await versions_resolve(backend, ref);
        return (await versionEvents(backend, r.digest)).map((e) => ({ ...e, version: e.version ?? r.version }));
    }
    const all = [];
    for (const t of (await backend.listTags()).filter((x) => versionNumber(x) !== undefined)) {
        const m = await backend.getManifest(t);
        if (m)
            all.push(...(await versionEvents(backend, m.digest)).map((e) => ({ ...e, version: e.version ?? t })));
    }
    return all.sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0));
}
async function subjectOf(backend, ref) {
    const r = await versions_resolve(backend, ref);
    if (!r.version)
        throw new ServiceError(`${backend.location}@${r.digest} was never registered as a version here`);
    return { r, subject: { mediaType: MEDIA.manifest, digest: r.digest, size: r.bytes.length }, version: r.version };
}
/** Points `alias` at a version (a tag move) and records who moved it. */
async function promote(backend, ref, alias, who) {
    checkAlias(alias);
    return withLock(backend, async () => {
        const { r, subject, version } = await subjectOf(backend, ref);
        const moved = await moveAlias(backend, alias, subject, r.bytes, version, who);
        return { version, digest: r.digest, moved };
    });
}
/** Appends a status event (approved, rejected, pending). */
async function setStatus(backend, ref, status, who) {
    return withLock(backend, async () => {
        const { r, subject, version } = await subjectOf(backend, ref);
        await appendEvent(backend, subject, annotations('status', who, { [EV.version]: version, [EV.status]: status, [EV.note]: who.note }));
        return { version, digest: r.digest };
    });
}
/** Appends a later evaluation of the version (evaluation.json stored as the event's layer). */
async function addEvaluation(backend, ref, evaluation, who) {
    return withLock(backend, async () => {
        const { subject, version } = await subjectOf(backend, ref);
        return appendEvent(backend, subject, annotations('evaluation', who, { [EV.version]: version, [EV.dataDigest]: who.dataDigest }), { bytes: evaluation, mediaType: MEDIA.evaluation, title: 'evaluation.json' });
    });
}
/** Appends a deployment (deploy's deployment.json as the event's layer, its decision and environment as annotations). */
async function addDeployment(backend, ref, deployment, who) {
    return withLock(backend, async () => {
        const { subject, version } = await subjectOf(backend, ref);
        return appendEvent(backend, subject, annotations('deployment', who, { [EV.version]: version, [EV.decision]: who.decision, [EV.environment]: who.environment, [EV.note]: who.note }), { bytes: deployment, mediaType: MEDIA.deployment, title: 'deployment.json' });
    });
}
/** Appends a monitor run (monitor-report.json as the event's layer, its finding as an annotation). */
async function addMonitor(backend, ref, report, who) {
    return withLock(backend, async () => {
        const { subject, version } = await subjectOf(backend, ref);
        return appendEvent(backend, subject, annotations('monitor', who, { [EV.version]: version, [EV.finding]: who.finding, [EV.note]: who.note }), { bytes: report, mediaType: MEDIA.monitorReport, title: 'monitor-report.json' });
    });
}
/** Downloads every titled layer of a version into `dir`, each verified; returns title -> path. */
async function pull(backend, ref, dir, only) {
    const r = await versions_resolve(backend, ref);
    const files = {};
    for (const layer of r.manifest.layers) {
        const title = layer.annotations?.[oci_ANN.title];
        if (!title || (only && !only(layer)))
            continue;
        if (title.includes('/') || title.includes('\\') || title === '.' || title === '..')
            throw new errors/* ServiceError */._7(`${backend.location}@${r.digest}: layer title '${title}' is not a plain file name; refusing to write it`);
        const path = (0,external_node_path_.join)(dir, title);
        await backend.blobToFile(layer, path);
        files[title] = path;
    }
    return { version: r, files };
}
/** A layer of a version by title, in memory (small JSON or markdown layers). */
async function layerText(backend, r, title) {
    const layer = r.manifest.layers.find((l) => l.annotations?.[ANN.title] === title);
    return layer ? (await backend.getBlob(layer)).toString('utf8') : undefined;
}


;// CONCATENATED MODULE: ./.build/js/src/registry/pull-input.js
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
    const r = parseReference(ref, input);
    const backend = openBackend({ ...r, tag: undefined, digest: undefined }, opts.conn ?? connectionFromEnv());
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'modelgate-pull-'));
    const wanted = new Set([...(opts.withModel ? [oci_MEDIA.modelFile] : []), ...(opts.withEvaluation ? [oci_MEDIA.evaluation, oci_MEDIA.predictions] : [])]);
    const { version, files } = await pull(backend, { tag: r.tag, digest: r.digest }, dir, (l) => wanted.has(l.mediaType));
    const modelTitles = version.manifest.layers.filter((l) => l.mediaType === oci_MEDIA.modelFile).map((l) => l.annotations?.['org.opencontainers.image.title'] ?? '');
    const model = modelTitles.find((t) => t.endsWith('.onnx')) ?? modelTitles[0];
    const out = { dir, files, version, model: model ? files[model] : undefined, evaluation: files['evaluation.json'] };
    if (opts.withModel && !out.model)
        throw new errors/* DataError */.fL(`input '${input}': ${ref} holds no model file`);
    return out;
}
/** The last `last` versions of the model a reference names (its tag or digest ignored). */
async function recentVersions(ref, last, conn) {
    const r = parseReference(ref);
    return listVersions(openBackend({ ...r, tag: undefined, digest: undefined }, conn ?? connectionFromEnv()), { last });
}

;// CONCATENATED MODULE: ./.build/js/src/gates/registry-baseline.js
/**
 * A baseline named by a registry reference (`oci-layout://models/churn:production`). Its stored
 * evaluation is used when it ran on the candidate's data (same data digest and label) and its
 * per-row predictions were stored with it; otherwise the baseline model is pulled and evaluated on
 * the candidate's rows with the candidate's settings, so the comparison stays paired, fed the columns
 * its stored evaluation records (`feed`) for a single-tensor model.
 */






/** The stored evaluation.json of a version (with its predictions beside it). */
async function evaluationFromRegistry(ref, input) {
    const pulled = await pullVersion(ref, input, { withModel: false, withEvaluation: true });
    if (!pulled.evaluation)
        throw new errors/* DataError */.fL(`input '${input}': ${ref} holds no evaluation.json`);
    return pulled.evaluation;
}
async function baselineFromRegistry(ref, candidatePath, log) {
    const candidate = loadEvaluation(candidatePath, 'candidate');
    const pulled = await pullVersion(ref, 'baseline', { withModel: false, withEvaluation: true });
    const stored = pulled.evaluation ? loadEvaluation(pulled.evaluation, 'baseline') : undefined;
    if (pulled.evaluation && stored) {
        let predictions;
        try {
            predictions = paired_data_predictionsFile(stored, pulled.evaluation);
        }
        catch {
            predictions = undefined;
        }
        if (stored.data.sha256 === candidate.data.sha256 && stored.label === candidate.label && predictions && (0,external_node_fs_.existsSync)(predictions)) {
            log.info(`baseline ${ref}: its stored evaluation ran on the candidate's data; pairing with it`);
            return pulled.evaluation;
        }
    }
    log.info(`baseline ${ref}: its stored evaluation ran on other data (or has no predictions); evaluating the baseline model on the candidate's rows so the comparison stays paired`);
    const withModel = await pullVersion(ref, 'baseline', { withModel: true, withEvaluation: false });
    const { evaluate } = await __webpack_require__.e(/* import() */ 661).then(__webpack_require__.bind(__webpack_require__, 9661));
    const out = (0,external_node_path_.join)(withModel.dir, 'evaluation.json');
    await evaluate({
        model: withModel.model,
        data: candidate.data.sources,
        merge: [],
        label: candidate.label,
        task: candidate.task,
        // A tensor model takes its columns in the order its registered evaluation fed them.
        features: stored?.feed?.mode === 'tensor' ? stored.feed.features : undefined,
        ignore: [],
        positiveLabel: candidate.positiveLabel ?? undefined,
        threshold: candidate.threshold ?? 0.5,
        scoreType: 'auto',
        sliceBy: [...new Set(candidate.slices.map((s) => s.column))],
        // The same sensitive features, so the fairness gates pair the two models' groups row by row.
        sensitive: candidate.fairness?.features.map((f) => f.name) ?? [],
        minSliceRows: candidate.fairness?.minGroupRows ?? 30,
        confidence: candidate.confidence,
        bootstrap: candidate.bootstrap?.resamples ?? 1000,
        seed: candidate.bootstrap?.seed ?? 0,
        batchSize: 4096,
        out,
    }, log);
    return out;
}

;// CONCATENATED MODULE: ./.build/js/src/report/registry-history.js
/**
 * The PR comment's history section: the gated metrics across the last registered versions and
 * this pull request's candidate, as a compact table and a mermaid line chart (GitHub renders
 * `xychart-beta`). Version tags and aliases are tags (a safe alphabet); metric names are escaped.
 */


function historySection(versions, metrics, candidate) {
    if (!versions.length || !metrics.length)
        return '';
    const rows = versions.map((v) => [v.version + (v.aliases.length ? ` (${v.aliases.map((a) => esc(a)).join(', ')})` : ''), esc(v.status ?? ''), ...metrics.map((m) => fmt(v.metrics[m]))]);
    rows.push(['**this PR**', '', ...metrics.map((m) => `**${fmt(candidate[m])}**`)]);
    const out = [table(['version', 'status', ...metrics.map((m) => esc(m))], rows, ['l', 'l', ...metrics.map(() => 'r')])];
    // The chart is mermaid.ts's, with its whitelist for text from data; the first two metrics only.
    out.push(...historyCharts([...versions.map((v) => ({ version: v.version, metrics: v.metrics })), { version: 'PR', metrics: candidate }], metrics.slice(0, 2)));
    return '\n\n' + markdown_details(`History: ${metrics.map((m) => esc(m)).join(', ')} over the last ${versions.length} registered version(s)`, out.join('\n\n'));
}

;// CONCATENATED MODULE: ./.build/js/src/actions/compare-history.js


async function withRegistryHistory(ref, comparison, markdown, render, log, last = 10) {
    let section = '';
    try {
        const versions = await recentVersions(ref, last);
        const overall = comparison.gates.filter((g) => !g.slice);
        const metrics = [...new Set(overall.map((g) => g.metric))];
        const candidate = Object.fromEntries(overall.map((g) => [g.metric, g.candidate]));
        section = historySection(versions, metrics, candidate);
    }
    catch (e) {
        // The history is context, not the verdict: a registry that cannot be listed leaves it out.
        log.warning(`no version history in the comment: ${e.message}`);
    }
    return { markdown: markdown + section, render: (c) => render(c) + section };
}

;// CONCATENATED MODULE: ./.build/js/src/actions/compare-to-baseline.js
/**
 * compare-to-baseline adapter: inputs -> CompareConfig -> runCompare() -> artifacts, outputs and
 * summary -> then GitHub (comment, check). The verdict reaches the outputs, the summary and the
 * files before any call that posts to GitHub is made, so an outage or a hanging API cannot hide
 * it; publishing has its own time budget (`publish-timeout`) and fails the step only when
 * `fail-on-publish-error` says so.
 */













function failedNames(c) {
    return c.gates
        .filter((g) => !g.passed)
        .map((g) => g.metric + (g.slice ? `[${g.slice.column}=${g.slice.value}]` : ''))
        .join(',');
}
/* harmony default export */ const compare_to_baseline = (defineAction({
    name: 'compare-to-baseline',
    secrets: ['github-token'],
    parse(inputs) {
        const mode = inputs.choice('mode', ['compare', 'publish']) ?? 'compare';
        const ctx = githubContext();
        const config = {
            mode,
            candidate: mode === 'compare' ? (inputs.path('candidate') ?? inputs.required('candidate')) : (inputs.path('candidate') ?? ''),
            baseline: inputs.path('baseline'),
            gates: inputs.pathOrInline('gates'),
            confidence: inputs.number('confidence', { min: 0.5, max: 0.9999 }),
            correction: inputs.choice('correction', ['holm', 'bh', 'none']),
            bootstrap: inputs.number('bootstrap', { min: 100, max: 100000, integer: true }) ?? 2000,
            seed: inputs.number('seed', { min: 0, integer: true }) ?? 0,
            dataReport: inputs.path('data-report'),
            trainManifest: inputs.path('train-manifest'),
            baselineManifest: inputs.path('baseline-manifest'),
            sweepReport: inputs.path('sweep-report'),
            comment: inputs.boolean('comment', mode === 'publish' || ctx.eventName === 'pull_request' || ctx.eventName === 'pull_request_target'),
            out: inputs.path('out') ?? 'comparison.json',
            commentFile: inputs.path('comment-file') ?? 'comparison.md',
            failOnGate: inputs.boolean('fail-on-gate', true),
            failOnPublishError: inputs.boolean('fail-on-publish-error', mode === 'publish'),
            publishTimeout: inputs.number('publish-timeout', { min: 1, max: 3600 }) ?? 120,
            html: inputs.path('html'),
            runUrl: ctx.runUrl,
            github: { token: inputs.string('github-token'), checkName: inputs.string('check-name') ?? 'modelgate', ...ctx },
        };
        if (mode === 'publish' && !(0,external_node_fs_.existsSync)(config.out))
            throw new errors/* ConfigurationError */.j1(`mode publish: input 'out' must name the comparison.json downloaded from the pull_request run; not found: ${config.out}`);
        return Object.freeze(config);
    },
    async run(config, log) {
        let comparison;
        let markdown;
        let pr;
        let candidate = config.candidate;
        let baseline = config.baseline;
        if (config.mode === 'publish') {
            ({ comparison, markdown } = readPublished(config.out, config.commentFile));
        }
        else {
            const training = config.trainManifest ? paramsDiffSection(config.trainManifest, config.baselineManifest) : undefined;
            let render;
            // Registry references (oci-layout://…, oci://…) become local evaluation files.
            if (isRegistryReference(config.candidate))
                candidate = await evaluationFromRegistry(config.candidate, 'candidate');
            if (isRegistryReference(config.baseline))
                baseline = await baselineFromRegistry(config.baseline, candidate, log);
            // A time split: evaluation rows older than the newest training row is leakage, said in the comment and the log.
            const leakage = config.trainManifest ? leakageSection(config.trainManifest, candidate) : null;
            if (leakage && training) {
                training.leakage = leakage;
                log.warning(leakage);
            }
            const sweep = config.sweepReport ? readSweepReport(config.sweepReport) : undefined;
            ({ comparison, markdown, render } = await runCompare({ ...config, candidate, baseline, training, sweep }, log, comparisonMarkdown));
            if (isRegistryReference(config.baseline))
                ({ markdown, render } = await withRegistryHistory(config.baseline, comparison, markdown, render, log));
            pr = commentTarget(config, comparison, log);
            // Overrides count whether this run posts or a publish job does (`comment: false` in a job
            // whose token can only read): they need only read access to the pull request's comments.
            const about = pr ?? (config.github.token ? eventPullRequest(config) : undefined);
            if (about)
                ({ comparison, markdown } = await withOverrides(config, about, comparison, markdown, log, render));
            // The pull request it is about, and any overrides, are part of the record.
            (0,files/* writeFilesAtomic */.aV)([
                { path: config.out, data: JSON.stringify(comparison, null, 2) + '\n' },
                { path: config.commentFile, data: markdown },
            ]);
        }
        if (config.html)
            writeHtml(config.html, comparisonParts(comparison, { candidate, baseline, dataReport: config.dataReport, sweepReport: config.sweepReport }), log);
        const passed = comparison.passed !== false;
        const willPost = config.mode === 'publish' || pr !== undefined;
        return {
            passed: !config.failOnGate || passed,
            failure: passed ? undefined : `${comparison.verdict}`,
            outputs: {
                passed: comparison.passed === null ? '' : comparison.passed,
                'failed-gates': failedNames(comparison),
                report: config.out,
            },
            summary: markdown,
            publish: willPost
                ? async (plog) => {
                    try {
                        const posted = await postComparison(config, comparison, markdown, plog, pr);
                        return { outputs: { 'comment-url': posted.commentUrl ?? '' } };
                    }
                    catch (e) {
                        const message = `the comparison was not published to GitHub: ${e instanceof Error ? e.message : String(e)}. The verdict above stands (outputs, summary and ${config.out} are written); re-run the job to post the comment and the check`;
                        plog.error(message);
                        if ((0,errors/* isUserError */.iU)(e) && !(e instanceof errors/* ServiceError */._7) && config.mode === 'compare')
                            throw e;
                        return { failure: config.failOnPublishError ? message : undefined };
                    }
                }
                : undefined,
        };
    },
}));

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
;// CONCATENATED MODULE: ./.build/js/src/generated/actions-meta.js
const actions_meta_actionsMeta = {
    "run": {
        "description": "Run the stages of a modelgate.yml (validate-data, train, evaluate-model, compare-to-baseline) in one step, in order.",
        "inputs": {
            "path": {
                "description": "A modelgate.yml, or a directory holding one. Relative paths inside it are relative to its directory.",
                "required": false,
                "default": "."
            },
            "stages": {
                "description": "Run only these stages (one per line, or space or comma separated). Default: every stage in the file, in order.",
                "required": false
            },
            "github-token": {
                "description": "Token for the stages that talk to GitHub (compare-to-baseline's comment and check), unless a stage sets its own. The default is evaluated by the runner; the CLI reads GITHUB_TOKEN (or GH_TOKEN). Never write a token or any `${{ }}` expression into modelgate.yml: the runner does not evaluate that file.",
                "required": false,
                "default": "${{ github.token }}"
            },
            "html": {
                "description": "Also write a self-contained HTML page (one page for the whole pipeline: the data report, every evaluation and the comparison the stages wrote) to this path: inline SVG charts, no script, no network request; opens offline.",
                "required": false
            }
        },
        "outputs": {
            "passed": {
                "description": "`true` when every stage passed."
            },
            "failed-stages": {
                "description": "Comma-separated names of the stages that failed."
            },
            "outputs": {
                "description": "JSON object: stage name -> that stage's outputs."
            }
        }
    },
    "compare-to-baseline": {
        "description": "Compare a candidate evaluation with the production baseline by paired statistical tests, gate the merge, and post one sticky PR comment with the metrics diff.",
        "inputs": {
            "mode": {
                "description": "`compare` (default): compare, comment and check. `publish`: post a comparison made by a pull_request run of a fork (read from `out` and `comment-file`), from a workflow_run workflow, without running any PR code.",
                "required": false,
                "default": "compare"
            },
            "candidate": {
                "description": "Required in `compare` mode: evaluation.json of the candidate model, or a registered version holding one.",
                "required": false
            },
            "baseline": {
                "description": "evaluation.json of the production model, or a registered version (`oci-layout://registry/churn:production`): its stored evaluation when it ran on the candidate's data, else its model evaluated on the candidate's rows so tests stay paired. Without it this is the first model: only absolute gates (min, max) apply.",
                "required": false
            },
            "gates": {
                "description": "Gate file (YAML or JSON; schema src/schemas/gates.schema.json) or inline YAML.",
                "required": false
            },
            "confidence": {
                "description": "Confidence level of the decisions; overrides the gate file. Default 0.95.",
                "required": false
            },
            "correction": {
                "description": "Adjustment across gates: `holm`, `bh` or `none`; overrides the gate file. Default holm.",
                "required": false
            },
            "bootstrap": {
                "description": "Resamples of the paired bootstraps.",
                "required": false,
                "default": "2000"
            },
            "seed": {
                "description": "Seed of the paired bootstraps.",
                "required": false,
                "default": "0"
            },
            "data-report": {
                "description": "data-report.json from validate-data, shown in a collapsed section of the comment.",
                "required": false
            },
            "train-manifest": {
                "description": "train-manifest.json of the candidate, for the training section (cache hit, params diff).",
                "required": false
            },
            "baseline-manifest": {
                "description": "train-manifest.json of the baseline, to diff params against.",
                "required": false
            },
            "sweep-report": {
                "description": "sweep.json of the sweep that chose the candidate (train's `sweep-report` output): the comment gets a collapsed leaderboard and the chosen variant's validation score beside its test score (the candidate's evaluation).",
                "required": false
            },
            "comment": {
                "description": "Post or update the sticky PR comment. Default: true in a pull_request run, false elsewhere.",
                "required": false
            },
            "github-token": {
                "description": "Token for the comment, the check run and override permission checks. The default is evaluated by the runner; the CLI reads GITHUB_TOKEN (or GH_TOKEN).",
                "required": false,
                "default": "${{ github.token }}"
            },
            "check-name": {
                "description": "Name of the check run (or commit status) that carries the verdict, for branch protection.",
                "required": false,
                "default": "modelgate"
            },
            "out": {
                "description": "Path of comparison.json.",
                "required": false,
                "default": "comparison.json"
            },
            "html": {
                "description": "Also write a self-contained HTML page (each gated delta with its interval against the allowed margin, the gate table, and the evaluations and data report it was given) to this path: inline SVG charts, no script, no network request; opens offline.",
                "required": false
            },
            "comment-file": {
                "description": "Path of the comment markdown.",
                "required": false,
                "default": "comparison.md"
            },
            "fail-on-gate": {
                "description": "Fail the step when a gate fails.",
                "required": false,
                "default": "true"
            },
            "fail-on-publish-error": {
                "description": "Fail the step when the comment or the check cannot be posted (GitHub down, too slow, refused). The verdict, outputs, summary and files are written first either way. Default: false in `compare` mode (the error is reported as an annotation and the step follows the verdict), true in `publish` mode.",
                "required": false
            },
            "publish-timeout": {
                "description": "Seconds that all GitHub calls of the step may take together (each request at most 30 s of it, retries included); past it publishing stops and is reported as failed.",
                "required": false,
                "default": "120"
            }
        },
        "outputs": {
            "passed": {
                "description": "`true` when every gate passed, `false` when one failed, empty when no gates are configured."
            },
            "failed-gates": {
                "description": "Comma-separated names of the failed gates (metric, or metric[column=value])."
            },
            "comment-url": {
                "description": "URL of the PR comment, when one was posted."
            },
            "report": {
                "description": "Path of comparison.json."
            }
        }
    },
    "deploy": {
        "description": "Roll a registered model out to a modelgate server or KServe (direct, blue-green, canary or shadow), judge candidate against stable statistically at each step, and promote or roll back; report to GitHub Deployments.",
        "inputs": {
            "model": {
                "description": "Registry reference of the model to deploy (registry/repository:tag or @sha256:digest, or a URI).",
                "required": true
            },
            "target": {
                "description": "Where to deploy: the URL of a `modelgate serve` server (its admin API), or `kserve` (an InferenceService applied with kubectl; needs `kserve-service` and `prometheus-url`).",
                "required": true
            },
            "strategy": {
                "description": "`direct`, `blue-green`, `canary` or `shadow`. kserve supports direct and canary (KServe cannot mirror traffic).",
                "required": false,
                "default": "canary"
            },
            "steps": {
                "description": "Canary weights in percent, ascending, ending at 100.",
                "required": false,
                "default": "10,50,100"
            },
            "interval": {
                "description": "Bake time of each judged step (the observation window): a number and a unit (ms, s, m, h, d, w), e.g. `30s`, `5m`, `1h`, `1m30s`; a plain number is seconds; at most 24h.",
                "required": false,
                "default": "30s"
            },
            "max-interval": {
                "description": "Longest a judged window may grow while it has fewer than `min-samples` requests per variant (low traffic): it is extended by `interval` at a time up to this, then the step is `no-data`. Default: 4 × `interval`; set it to `interval` for fixed windows.",
                "required": false
            },
            "warmup": {
                "description": "How long the candidate takes traffic, unjudged, before its first judged window (the first canary step, the blue-green bake, the shadow window): a freshly loaded model answers its first requests slower than a warm stable does, and a short window would count that against it (Spinnaker calls this the warm-up before analysis). Once per rollout. Default: 0.",
                "required": false
            },
            "termination-wait": {
                "description": "blue-green: how long blue is kept after the switch while green is judged on live traffic. Default: `interval`.",
                "required": false
            },
            "min-samples": {
                "description": "Fewest requests per variant in a window for the judge to decide; fewer is `no-data` (never a pass).",
                "required": false,
                "default": "200"
            },
            "judge": {
                "description": "Judge file (YAML or JSON) or inline YAML: confidence (0.98), tolerance (0.25), pass (95), marginal (75), groups (weights), metrics. Default: latency and a critical error rate (and agreement for shadow).",
                "required": false
            },
            "environment": {
                "description": "GitHub environment to record the rollout in as a deployment with statuses (needs `deployments: write`).",
                "required": false
            },
            "admin-token": {
                "description": "Bearer token of the modelgate server admin API. Masked in logs.",
                "required": false
            },
            "github-token": {
                "description": "Token for GitHub Deployments (used only with `environment`).",
                "required": false,
                "default": "${{ github.token }}"
            },
            "report": {
                "description": "Path of deployment.json.",
                "required": false,
                "default": "deployment.json"
            },
            "prometheus-url": {
                "description": "kserve: the Prometheus server that scrapes the modelgate metrics of the InferenceService.",
                "required": false
            },
            "kserve-service": {
                "description": "kserve: the InferenceService as namespace/name.",
                "required": false
            },
            "kserve-runtime": {
                "description": "kserve: the ServingRuntime to serve with (default: the one KServe picks for ONNX).",
                "required": false
            }
        },
        "outputs": {
            "decision": {
                "description": "`promoted`, `rolled-back`, `no-data` (traffic stays on stable), or `passed` (a shadow rollout that the judge passed; traffic never moved)."
            },
            "report": {
                "description": "Path of deployment.json."
            }
        }
    },
    "evaluate-model": {
        "description": "Evaluate an ONNX model on a dataset with onnxruntime: metrics with confidence intervals, slice metrics, calibration and latency, plus per-row predictions for paired comparisons.",
        "inputs": {
            "model": {
                "description": "Required (unless `merge`): the model, an .onnx file, or a registered version (`oci-layout://registry/churn:production`, `oci://ghcr.io/o/r/churn@sha256:…`; credentials from MODELGATE_REGISTRY_USERNAME/_PASSWORD/_TOKEN).",
                "required": false
            },
            "data": {
                "description": "Required (unless `merge`): evaluation data files or globs (CSV, TSV, JSONL, Parquet), one per line.",
                "required": false
            },
            "format": {
                "description": "Force the reader: `csv`, `tsv`, `jsonl` or `parquet`. Default: from the file extension.",
                "required": false
            },
            "label": {
                "description": "Required (unless `merge`): the column holding the true label (or target value).",
                "required": false
            },
            "task": {
                "description": "`binary`, `multiclass` or `regression`. Default: inferred from the model outputs and the labels.",
                "required": false
            },
            "features": {
                "description": "Columns that feed a single [N, F] input, in training order, one per line (a name may hold spaces, commas or parentheses). Default: every column but the label, `ignore`, `slice-by` and `sensitive`. Models with one input per column take their columns by name.",
                "required": false
            },
            "ignore": {
                "description": "Columns never fed to the model (ids, timestamps), one per line.",
                "required": false
            },
            "na-values": {
                "description": "CSV/TSV cells that mean a missing value, read as train and validate-data read them (a list input): a float input gets NaN (the model's imputer fills it). Default: pandas' list (`NA`, `N/A`, `n/a`, `NULL`, `null`, `NaN`, `nan`, `None`, `#N/A`, ...); `default, -999` extends it; `none` means only empty cells.",
                "required": false
            },
            "positive-label": {
                "description": "The positive class of a binary task. Default: the second class in sorted order (scikit-learn's classes_[1]), e.g. 1.",
                "required": false
            },
            "threshold": {
                "description": "Binary decision threshold on the positive-class probability: a row is predicted positive when its probability is >= threshold.",
                "required": false,
                "default": "0.5"
            },
            "score-type": {
                "description": "For a model whose one output is a single column: `probability`, `logit` (a sigmoid is applied) or `auto` (a Sigmoid node or values within [0, 1] mean probability).",
                "required": false,
                "default": "auto"
            },
            "slice-by": {
                "description": "Columns to compute metrics per value of, one per line.",
                "required": false
            },
            "sensitive": {
                "description": "Sensitive columns for the fairness audit (binary tasks), one per line; `a*b` audits the intersection of two columns. Per group: selection rate, true and false positive rates, precision and accuracy with intervals; across groups: fairlearn's demographic parity, equalized odds and equal opportunity measures and the disparate impact ratio (four-fifths rule), with bootstrap intervals. A sensitive column is read from the data and never fed to the model.",
                "required": false
            },
            "min-slice-rows": {
                "description": "Slices with fewer rows are not reported on their own; their values are pooled into \"(other)\".",
                "required": false,
                "default": "30"
            },
            "confidence": {
                "description": "Confidence level of every interval.",
                "required": false,
                "default": "0.95"
            },
            "bootstrap": {
                "description": "Resamples for bootstrap intervals.",
                "required": false,
                "default": "1000"
            },
            "seed": {
                "description": "Seed for the bootstrap: the same seed, data and model give the same intervals.",
                "required": false,
                "default": "0"
            },
            "batch-size": {
                "description": "Rows per onnxruntime call.",
                "required": false,
                "default": "4096"
            },
            "importance": {
                "description": "Compute permutation feature importance (scikit-learn's `permutation_importance`) on a sample of the rows: `true` or `false`.",
                "required": false,
                "default": "false"
            },
            "importance-repeats": {
                "description": "Shuffles per feature for `importance`; each gives one decrease, the interval comes from their spread.",
                "required": false,
                "default": "5"
            },
            "importance-max-rows": {
                "description": "Rows sampled (uniformly, seeded) for `importance`; its cost is (1 + features x repeats) predictions of these rows.",
                "required": false,
                "default": "10000"
            },
            "importance-metric": {
                "description": "Score whose decrease `importance` measures: `accuracy`, `roc_auc`, `log_loss` (classification), `r2`, `mae`, `rmse` (regression). Default: accuracy for classifiers, r2 for regression (scikit-learn's estimator.score).",
                "required": false
            },
            "shard": {
                "description": "Evaluate only shard `i/n` of the rows (row index modulo n equals i); merge the shards with `merge`.",
                "required": false
            },
            "merge": {
                "description": "evaluation.json files of shards (one per line, globs allowed) to merge into one evaluation instead of running the model.",
                "required": false
            },
            "out": {
                "description": "Path of evaluation.json.",
                "required": false,
                "default": "evaluation.json"
            },
            "html": {
                "description": "Also write a self-contained HTML page (metrics with intervals, ROC and precision-recall curves, the reliability diagram, the confusion matrix, per-slice metrics with intervals) to this path: inline SVG charts, no script, no network request; opens offline.",
                "required": false
            },
            "predictions": {
                "description": "Path of the per-row predictions file (CSV), used by compare-to-baseline for paired tests. Default: next to `out`, named predictions.csv.",
                "required": false
            },
            "split-by": {
                "description": "A time column (ISO 8601 text, or a Parquet DATE/TIMESTAMP): evaluate only the rows at or after `split-at`, the rows after those the model was trained on (train takes the same two inputs). Never fed to the model. The span evaluated is written to evaluation.json (`timeRange`).",
                "required": false
            },
            "split-at": {
                "description": "With `split-by`: the cut-off, an ISO 8601 date or timestamp (a date is its start, 00:00 UTC).",
                "required": false
            },
            "experiments": {
                "description": "Where this run is recorded for `modelgate exp show` and `exp diff`: a folder (one JSON file per run), `oci://<host>/<repository>` (one small tagged artifact per run, credentials from MODELGATE_REGISTRY_USERNAME with _PASSWORD or _TOKEN), or `false` for no record.",
                "required": false,
                "default": ".modelgate/runs"
            },
            "workers": {
                "description": "Worker threads for the pass over one CSV/TSV file, each with its own onnxruntime session of cores / workers intra-op threads (evaluation.json is the same for any number apart from latency; predictions.csv the same bytes). Default: the cores available (`os.availableParallelism()`).",
                "required": false
            }
        },
        "outputs": {
            "task": {
                "description": "The task evaluated: binary, multiclass or regression."
            },
            "rows": {
                "description": "Rows evaluated."
            },
            "accuracy": {
                "description": "Accuracy (classification)."
            },
            "roc-auc": {
                "description": "ROC AUC (binary)."
            },
            "f1": {
                "description": "F1 of the positive class (binary)."
            },
            "macro-f1": {
                "description": "Macro-averaged F1 (multiclass)."
            },
            "log-loss": {
                "description": "Log loss (classification)."
            },
            "rmse": {
                "description": "Root mean squared error (regression)."
            },
            "mae": {
                "description": "Mean absolute error (regression)."
            },
            "r2": {
                "description": "Coefficient of determination (regression)."
            },
            "report": {
                "description": "Path of evaluation.json."
            },
            "predictions": {
                "description": "Path of the predictions file."
            },
            "roc_auc": {
                "description": "Deprecated alias of `roc-auc` (same value), kept until v2."
            },
            "macro_f1": {
                "description": "Deprecated alias of `macro-f1` (same value), kept until v2."
            },
            "log_loss": {
                "description": "Deprecated alias of `log-loss` (same value), kept until v2."
            },
            "run-id": {
                "description": "The id of the experiment run recorded (empty when none was)."
            }
        }
    },
    "monitor": {
        "description": "Test a window of production data (capture files of modelgate serve, or any dataset) against what the registry stores for a model version: feature drift against its training profile, prediction drift, data quality against its schema, and with labels, decay of its real metrics. Finds none, warn or act, and appends the result to the version's history.",
        "inputs": {
            "data": {
                "description": "Production data: files or globs (space or newline separated), CSV, TSV, JSON Lines or Parquet; e.g. the capture files of `modelgate serve` (`capture/*.jsonl`). In capture files, shadow answers are left out.",
                "required": true
            },
            "format": {
                "description": "Data format when the extension does not tell: csv, tsv, jsonl or parquet.",
                "required": false
            },
            "model": {
                "description": "Registry reference of the version to monitor, usually an alias: `oci-layout://registry/churn:production` or `oci://ghcr.io/<owner>/<repo>/churn:production`. It must hold the training profile (register's `profile`).",
                "required": true
            },
            "labels": {
                "description": "Labels that arrived later: a file (CSV, JSON Lines, Parquet) with `request_id` and the true label (a column named as the model's label, or `label`). Joined to the recorded predictions to measure and test decay; the model is not run again.",
                "required": false
            },
            "window": {
                "description": "Keep the rows whose time is within this of the newest row (or of `as-of`): `7d`, `12h`, `30m`, `2w`, `1d12h` (at least a minute). Default: every row.",
                "required": false
            },
            "time-column": {
                "description": "The column with each row's time: ISO 8601 (UTC unless it has an offset) or Unix seconds. Default: `timestamp` when the data has it (capture files do).",
                "required": false
            },
            "as-of": {
                "description": "End of the window, an ISO 8601 time. Default: the newest row's time.",
                "required": false
            },
            "thresholds": {
                "description": "What counts: a file (YAML or JSON) or inline YAML with alpha (0.05), top-features (3), warn-drifted-features (1), act-drifted-share (0.5), prediction-drift (act), quality (warn), min-labelled-rows (30), metrics (all with a test), drift (validate-data's drift settings).",
                "required": false
            },
            "report": {
                "description": "Path of monitor-report.json.",
                "required": false,
                "default": "monitor-report.json"
            },
            "fail-on": {
                "description": "Fail the step (exit 1) on this finding or a worse one: `act`, `warn`, or `never` (the finding is an output either way).",
                "required": false,
                "default": "never"
            },
            "record": {
                "description": "Append the result to the version's history in the registry (`modelgate registry history` shows it).",
                "required": false,
                "default": "true"
            },
            "username": {
                "description": "Registry username (with `password`).",
                "required": false
            },
            "password": {
                "description": "Registry password. Masked in logs; never stored.",
                "required": false
            },
            "token": {
                "description": "Registry token, used as the password (for ghcr.io: `github.token`; `packages: write` to record the history, `packages: read` with `record: false`). Masked in logs; never stored.",
                "required": false
            },
            "insecure": {
                "description": "Allow plain HTTP to a registry that is not on loopback (loopback hosts always use HTTP).",
                "required": false,
                "default": "false"
            }
        },
        "outputs": {
            "finding": {
                "description": "`none`, `warn` or `act` (see the README's Monitor section for what each means)."
            },
            "drifted-columns": {
                "description": "The drifted features, as a JSON array of names (`[]` when none)."
            },
            "report": {
                "description": "Path of monitor-report.json."
            }
        }
    },
    "register": {
        "description": "Register a model version in an OCI registry (an OCI image layout folder by default, or any distribution registry such as ghcr.io): immutable v1, v2… tags, moving aliases, the evaluation, lineage and model card stored with it, and an append-only history.",
        "inputs": {
            "registry": {
                "description": "Where versions go: `oci-layout://<dir>` (a folder, one OCI image layout per model) or `oci://<host>/<repository>` (e.g. `oci://ghcr.io/<owner>/<repo>`). The model's `name` is appended.",
                "required": false,
                "default": "oci-layout://registry"
            },
            "name": {
                "description": "The model's name: lowercase letters, digits and . _ - (the last segment of its repository).",
                "required": true
            },
            "model": {
                "description": "The model file(s) to register (space or newline separated), each stored unchanged as a layer titled with its file name.",
                "required": true
            },
            "evaluation": {
                "description": "evaluation.json of this model; its metrics and data digest go into the version's config and model card.",
                "required": false
            },
            "train-manifest": {
                "description": "train-manifest.json: cache key, params and commit are recorded as lineage.",
                "required": false
            },
            "data-report": {
                "description": "data-report.json of the training data, stored with the version.",
                "required": false
            },
            "profile": {
                "description": "profile.json of the training data, stored with the version (what `monitor` tests production data against).",
                "required": false
            },
            "schema": {
                "description": "The data schema validate-data checked the training data with (YAML or JSON), stored with the version (what `monitor` checks the quality of production rows against).",
                "required": false
            },
            "alias": {
                "description": "Aliases to point at this version (space or comma separated), e.g. `staging`. `latest` and `v<digits>` are reserved.",
                "required": false
            },
            "status": {
                "description": "Approval status to record: `pending`, `approved` or `rejected`. Default: pending for a new version, unchanged for an existing one.",
                "required": false
            },
            "card": {
                "description": "Intended use for the model card: markdown text, or a path to a markdown file.",
                "required": false
            },
            "username": {
                "description": "Registry username (with `password`). For ghcr.io any non-empty name works with a token. When none of username, password and token is given: MODELGATE_REGISTRY_USERNAME/_PASSWORD/_TOKEN from the environment, as registry references read them.",
                "required": false
            },
            "password": {
                "description": "Registry password. Masked in logs; never stored.",
                "required": false
            },
            "token": {
                "description": "Registry token, used as the password (for ghcr.io: `github.token` with `packages: write`). Masked in logs; never stored.",
                "required": false
            },
            "insecure": {
                "description": "Allow plain HTTP to a registry that is not on loopback (loopback hosts always use HTTP).",
                "required": false,
                "default": "false"
            }
        },
        "outputs": {
            "version": {
                "description": "The version tag, e.g. `v3` (the existing one when these files were already registered)."
            },
            "digest": {
                "description": "The manifest digest of the version (sha256:…)."
            },
            "reference": {
                "description": "The immutable reference: `<registry>/<name>@<digest>`, usable as compare-to-baseline's `baseline` or evaluate-model's `model`."
            }
        }
    },
    "retrain": {
        "description": "Act on a monitoring finding: add the window's labelled rows to the training data (`mode: data`), then open or update one retrain pull request on a branch of its own, or one drift issue when there were no labels (`mode: publish`).",
        "inputs": {
            "mode": {
                "description": "`data`: add the window's rows to the training data file when the finding calls for a retrain (read-only job, before `train`). `publish`: open or update the retrain pull request (labelled `act`) or the drift issue (unlabelled `act`); nothing on `warn` or `none`. Publish runs no code from the repository and treats every file it reads as untrusted.",
                "required": true
            },
            "report": {
                "description": "monitor-report.json written by `monitor`: its `finding` and whether labels were tested (`decay`) decide what happens; its drifted columns and decayed metrics are shown. Required in `publish` mode; in `data` mode without it the window is added unconditionally (the workflow decided).",
                "required": false
            },
            "training-data": {
                "description": "`data` mode: the training data file (CSV, TSV or JSON Lines) that `train` reads.",
                "required": false
            },
            "out": {
                "description": "`data` mode: where the training data with the window's rows is written. Default: `training-data` itself, in place (the file the retrain pull request commits).",
                "required": false
            },
            "window": {
                "description": "`data` mode: the window's labelled rows (features and label, the training data's columns), as a CSV, TSV or JSON Lines file.",
                "required": false
            },
            "holdout": {
                "description": "`data` mode: the share of the window held out of training, its newest rows (rounded up), written to `holdout-data`: the rows on which the candidate and production are evaluated, so that neither was trained on them. 0 adds the whole window (then evaluate on other rows).",
                "required": false,
                "default": "0.5"
            },
            "holdout-data": {
                "description": "`data` mode: where the held-out rows are written (the window's format and columns). Required when `holdout` is above 0.",
                "required": false
            },
            "retrain-data": {
                "description": "`append` (the training data grows by the window) or `replace-oldest` (as many of its first rows are dropped, so its size stays). Default: `append`. In publish mode it is only named in the pull request's text.",
                "required": false
            },
            "files": {
                "description": "`publish` mode: repository paths to commit on the retrain branch (the training data or its pointer file, changed params), one per line; each is read from `source-dir`. Paths come from the workflow, never from the artifact.",
                "required": false
            },
            "source-dir": {
                "description": "`publish` mode: the folder holding the new contents of `files` (where the artifact of the monitoring job was downloaded).",
                "required": false,
                "default": "."
            },
            "report-path": {
                "description": "`publish` mode: where in the repository the monitoring report is committed on the branch (JSON; a markdown rendering goes beside it with `.md`).",
                "required": false,
                "default": "monitoring/monitor-report.json"
            },
            "branch": {
                "description": "The retrain pull request's branch. Each run rebuilds it as one commit on the base branch's head; a branch with commits modelgate did not make is never overwritten.",
                "required": false,
                "default": "modelgate/retrain"
            },
            "base": {
                "description": "The branch the pull request targets. Default: the repository's default branch. Nothing is ever committed to it.",
                "required": false
            },
            "comparison": {
                "description": "`publish` mode: comparison.json of the retrained candidate against production on the window's labelled rows (compare-to-baseline with `comment: false`); posted on the pull request as the sticky comment (from `comment-file`) and the `check-name` check on its head commit.",
                "required": false
            },
            "comment-file": {
                "description": "The comparison's markdown. Default: `comparison` with `.md` for `.json`.",
                "required": false
            },
            "labels": {
                "description": "`publish` mode: labels given to the drift issue when it is created, one per line.",
                "required": false
            },
            "github-token": {
                "description": "Token for the branch, the pull request, the issue, the comment and the check. The default is evaluated by the runner; the CLI reads GITHUB_TOKEN (or GH_TOKEN). A pull request opened with the workflow's GITHUB_TOKEN starts no `pull_request` workflow: pass a GitHub App token to have the PR gate run as well.",
                "required": false,
                "default": "${{ github.token }}"
            },
            "check-name": {
                "description": "Name of the check run (or commit status) that carries the comparison's verdict on the pull request's head.",
                "required": false,
                "default": "modelgate"
            },
            "publish-timeout": {
                "description": "Seconds that all GitHub calls of the step may take together (each request at most 30 s of it, retries included).",
                "required": false,
                "default": "120"
            }
        },
        "outputs": {
            "next": {
                "description": "What the finding calls for: `pull-request` (labelled `act`), `issue` (unlabelled `act`) or `none` (`warn`, `none`); empty in `data` mode without a report."
            },
            "rows": {
                "description": "`data` mode: rows of the training data after the window was added."
            },
            "added": {
                "description": "`data` mode: window rows added."
            },
            "dropped": {
                "description": "`data` mode: training rows dropped (`replace-oldest`)."
            },
            "held-out": {
                "description": "`data` mode: window rows held out in `holdout-data`."
            },
            "result": {
                "description": "`publish` mode: `created`, `updated` or `unchanged` (the pull request or issue), empty when nothing was done."
            },
            "number": {
                "description": "`publish` mode: the number of the pull request or issue."
            },
            "url": {
                "description": "`publish` mode: the URL of the pull request or issue."
            }
        }
    },
    "train": {
        "description": "Train a model only when its data, code or params changed: run your command (or a built-in trainer that exports ONNX), cache its outputs under a digest of its inputs, and record its lineage.",
        "inputs": {
            "command": {
                "description": "Your training command, any language, run by the shell in the workspace. Leave empty to use a built-in trainer (`algorithm`).",
                "required": false
            },
            "inputs": {
                "description": "Globs of the files whose content decides whether training must run: data, code, params, lockfiles (one per line). Required with `command`.",
                "required": false
            },
            "outputs": {
                "description": "Required with `command`: paths the command produces (model, metrics), one per line, inside the workspace: restored on a cache hit, saved on a miss.",
                "required": false
            },
            "params": {
                "description": "A params file (YAML, JSON or key=value); its values are part of the cache key, recorded in the manifest and diffed in the PR comment.",
                "required": false
            },
            "cache": {
                "description": "Reuse outputs of an earlier run with the same inputs (Actions cache in a workflow, a local folder outside).",
                "required": false,
                "default": "true"
            },
            "cache-key-prefix": {
                "description": "Prefix of the cache key, to keep caches of different models apart.",
                "required": false,
                "default": "modelgate-train"
            },
            "manifest": {
                "description": "Path of train-manifest.json (inputs and their digests, command, params, git commit, timings, cache hit).",
                "required": false,
                "default": "train-manifest.json"
            },
            "algorithm": {
                "description": "Built-in trainer: `logistic-regression` (binary or multinomial) or `linear-regression` (ridge), exported to ONNX with imputation, scaling and one-hot encoding inside the graph.",
                "required": false
            },
            "data": {
                "description": "Required with `algorithm`: the training data files or globs, one per line.",
                "required": false
            },
            "label": {
                "description": "Required with `algorithm`: the label column.",
                "required": false
            },
            "features": {
                "description": "Built-in trainers: feature columns, one per line (a name may hold spaces, commas or parentheses). Default: every column but the label, `ignore` and `split-by`, leaving out time columns (dates, timestamps) and identifier-like text columns (more than half the values distinct), named in the log.",
                "required": false
            },
            "ignore": {
                "description": "Built-in trainers: columns never used as features, one per line.",
                "required": false
            },
            "na-values": {
                "description": "Built-in trainers: CSV/TSV cells that mean a missing value, as validate-data reads them (a list input). Default: pandas' list (`NA`, `N/A`, `n/a`, `NULL`, `null`, `NaN`, `nan`, `None`, `#N/A`, ...); `default, -999` extends it; `none` means only empty cells.",
                "required": false
            },
            "model": {
                "description": "Built-in trainers: path of the .onnx model to write.",
                "required": false,
                "default": "model.onnx"
            },
            "seed": {
                "description": "Built-in trainers: seed. The same data and seed give a byte-identical model file.",
                "required": false,
                "default": "0"
            },
            "max-categories": {
                "description": "Built-in trainers: the most distinct values a categorical column (or a classification label) may have; more is an error that names the column.",
                "required": false,
                "default": "1000"
            },
            "split-by": {
                "description": "Built-in trainers: a time column (ISO 8601 text, or a Parquet DATE/TIMESTAMP) to split on: only the rows before `split-at` are trained on. Never a feature. The training rows' span goes into the manifest, for compare-to-baseline's leakage check.",
                "required": false
            },
            "split-at": {
                "description": "Built-in trainers, with `split-by`: the cut-off, an ISO 8601 date or timestamp (a date is its start, 00:00 UTC). evaluate-model takes the same two inputs and keeps the rows at or after it.",
                "required": false
            },
            "experiments": {
                "description": "Where this run is recorded for `modelgate exp show` and `exp diff`: a folder (one JSON file per run), `oci://<host>/<repository>` (one small tagged artifact per run, credentials from MODELGATE_REGISTRY_USERNAME with _PASSWORD or _TOKEN), or `false` for no record.",
                "required": false,
                "default": ".modelgate/runs"
            },
            "l2": {
                "description": "Built-in trainers: L2 penalty strength; logistic-regression: 1/C of scikit-learn's LogisticRegression, linear-regression: Ridge's alpha. 0 means no penalty.",
                "required": false,
                "default": "1"
            },
            "sweep": {
                "description": "A hyperparameter sweep (a file or inline YAML, schema sweep.schema.json): a grid or a seeded random sample over train inputs (`l2`, `seed`, ...) with a budget; each variant is trained through the cache and scored on the `validation` split, and the best one becomes `model`.",
                "required": false
            },
            "sweep-step": {
                "description": "With `sweep`: `all` (plan, train every variant in parallel up to the cores, collect), `plan` (only write the variants as the `sweep-matrix` output for a job matrix), `variant` (train and score the one variant `sweep-variant`), or `collect` (choose among the variants' results and restore the winner from the cache).",
                "required": false,
                "default": "all"
            },
            "sweep-variant": {
                "description": "With `sweep-step: variant`: the variant to train, a name from the `sweep-matrix` output (e.g. `v03`).",
                "required": false
            },
            "sweep-results": {
                "description": "With `sweep-step: collect`: globs of the variants' result.json files (downloaded artifacts of the matrix jobs), one per line. Default: the sweep folder's `*/result.json`.",
                "required": false
            }
        },
        "outputs": {
            "cache-hit": {
                "description": "`true` when the outputs were restored from the cache and nothing was trained."
            },
            "model": {
                "description": "Path of the model, relative to the working directory (built-in trainers: `model`; command mode: the first of `outputs`)."
            },
            "manifest": {
                "description": "Path of train-manifest.json, relative to the working directory like `model`."
            },
            "duration-seconds": {
                "description": "Seconds spent training, to 0.1 s (0 on a cache hit)."
            },
            "sweep-matrix": {
                "description": "With `sweep`: the variants as a job matrix, `{\"include\":[{\"variant\":\"v01\",\"l2\":\"0.1\"},...]}`, for `fromJSON` in `strategy.matrix`."
            },
            "sweep-report": {
                "description": "With `sweep` (`all` or `collect`): path of sweep.json, the variants' validation scores and the chosen one."
            },
            "sweep-winner": {
                "description": "With `sweep` (`all` or `collect`): the chosen variant."
            },
            "run-id": {
                "description": "The id of the experiment run recorded (empty when none was)."
            }
        }
    },
    "validate-data": {
        "description": "Validate a dataset against a schema, profile it in one streaming pass, and test it for drift against a reference.",
        "inputs": {
            "data": {
                "description": "Required (unless `merge`): data files or globs, one per line (CSV, TSV, JSONL, Parquet, chosen by extension or by `format`). Several files are read as one dataset.",
                "required": false
            },
            "format": {
                "description": "Force the reader: `csv`, `tsv`, `jsonl` or `parquet`. Default: from the file extension.",
                "required": false
            },
            "schema": {
                "description": "Schema file (JSON or YAML): a JSON Schema (draft 2020-12) for one row, plus dataset rules under `x-dataset`.",
                "required": false
            },
            "infer-schema": {
                "description": "Write a schema inferred from `data` to this path: types, nullability, ranges with a margin, small category sets.",
                "required": false
            },
            "reference": {
                "description": "Dataset (exact tests) or profile.json (tests on its sketches, with their error bound) to test drift against.",
                "required": false
            },
            "drift": {
                "description": "Drift settings, a YAML/JSON file or inline YAML: per-column `test` and `threshold`, and `dataset-drift-share`.",
                "required": false
            },
            "na-values": {
                "description": "CSV/TSV cells that mean a missing value (a list input). Default: pandas' list (`NA`, `N/A`, `n/a`, `NULL`, `null`, `NaN`, `nan`, `None`, `#N/A`, ...). `default` stands for that list (`default, -999` extends it); `none` means only empty cells.",
                "required": false
            },
            "as-of": {
                "description": "The time `freshness` and `not-future` rules are judged at: an ISO 8601 date or timestamp (a date is its start, 00:00 UTC; a timestamp without a zone is UTC). Default: the time of the run.",
                "required": false
            },
            "profile": {
                "description": "Write the profile of `data` (mergeable sketches) to this path.",
                "required": false
            },
            "merge": {
                "description": "Profile files (one per line, globs allowed) to merge into one instead of reading `data`; the merged profile is written to `profile`.",
                "required": false
            },
            "shard": {
                "description": "Read only shard `i/n` of the rows (row index modulo n equals i, 0-based), for a matrix of jobs whose profiles are merged.",
                "required": false
            },
            "report": {
                "description": "Path of data-report.json. Default: `data-report.json`, or no report when `infer-schema` is given without `report`.",
                "required": false
            },
            "markdown": {
                "description": "Also write the report as a markdown section to this path (for a PR comment).",
                "required": false
            },
            "html": {
                "description": "Also write a self-contained HTML page (column histograms, the reference overlaid on drifted columns, the drift table) to this path: inline SVG charts, no script, no network request; opens offline.",
                "required": false
            },
            "sensitive": {
                "description": "Sensitive columns (one per line; `a*b` for the intersection of two) whose groups' labels are compared before any model: SageMaker Clarify's class imbalance and difference in positive proportions per group, with 95% intervals. Needs `label`. Reported, never failing the run.",
                "required": false
            },
            "label": {
                "description": "The label column, for `sensitive`.",
                "required": false
            },
            "positive-label": {
                "description": "The positive label for `sensitive`. Default: 1 for 0/1 labels, else the second of two labels in sorted order.",
                "required": false
            },
            "fail-on": {
                "description": "What fails the step: `any` (violations or drift), `violations`, `drift`, or `never`.",
                "required": false,
                "default": "any"
            },
            "max-samples": {
                "description": "How many violations to keep as samples in the report (all are counted).",
                "required": false,
                "default": "100"
            },
            "annotations": {
                "description": "How many violations become annotations on the data file lines in the pull request.",
                "required": false,
                "default": "10"
            },
            "workers": {
                "description": "Worker threads for the pass over one large CSV/TSV or Parquet file (the report and profile are the same for any number). Default: the cores available (`os.availableParallelism()`).",
                "required": false
            }
        },
        "outputs": {
            "passed": {
                "description": "`true` when nothing that `fail-on` names was found."
            },
            "rows": {
                "description": "Rows read."
            },
            "violations": {
                "description": "Number of violations found."
            },
            "drifted-columns": {
                "description": "Comma-separated names of the columns that drifted."
            },
            "report": {
                "description": "Path of data-report.json (empty when none was written)."
            }
        }
    }
};

;// CONCATENATED MODULE: ./.build/js/src/lib/paths.js
/**
 * The path policy, for every action and every way of running it (one check, applied by `Inputs`):
 *
 * - Paths that come from the repository (action inputs in a workflow, the keys of modelgate.yml)
 *   must resolve inside the workspace, or inside the runner's temporary directory (RUNNER_TEMP).
 *   A pull request can edit both, and `data: ../../../etc/passwd` would otherwise copy a runner
 *   file into a report, or `report: ../../x.json` write over one.
 * - The workspace is GITHUB_WORKSPACE in Actions; for `modelgate run <dir>` it is the current
 *   directory when the file is inside it, else the file's own directory.
 * - Flags typed on the command line (`modelgate validate-data --data ~/x.csv`) are the user's own
 *   and are not confined.
 *
 * The check is lexical (`..` segments are resolved, symbolic links are not followed).
 */


/** True when `path` (resolved against `base`) is `dir` or below it. */
function isInside(path, dir, base = process.cwd()) {
    const rel = (0,external_node_path_.relative)((0,external_node_path_.resolve)(dir), (0,external_node_path_.resolve)(base, path));
    return !(rel === '..' || rel.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(rel));
}
/** The path unchanged when the policy allows it; a ConfigurationError naming the input (`label`) otherwise. */
function confine(label, value, policy) {
    if (!policy)
        return value;
    if (policy.roots.some((r) => isInside(value, r)))
        return value;
    throw new errors/* ConfigurationError */.j1(`${label}: '${value}' is outside ${policy.what} (${policy.roots[0]}); paths from a workflow or modelgate.yml must stay inside it (see "Paths" in the README)`);
}
/** The policy of an action step: GITHUB_WORKSPACE and RUNNER_TEMP, when the runner set them. */
function actionsPathPolicy(env = process.env) {
    if (!env.GITHUB_WORKSPACE)
        return undefined;
    return { roots: [env.GITHUB_WORKSPACE, ...(env.RUNNER_TEMP ? [env.RUNNER_TEMP] : [])], what: 'the workspace' };
}
/** The policy of a modelgate.yml run: its workspace (see above), plus RUNNER_TEMP in Actions. */
function pipelinePathPolicy(file, env = process.env) {
    const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
    const dir = resolve(file, '..');
    const root = isInside(dir, workspace) ? resolve(workspace) : dir;
    return { roots: [root, ...(env.GITHUB_WORKSPACE && env.RUNNER_TEMP ? [env.RUNNER_TEMP] : [])], what: root === dir ? 'the directory of the modelgate.yml' : 'the workspace' };
}

;// CONCATENATED MODULE: ./.build/js/src/lib/inputs.js
/**
 * Strict input parsing, shared by the action adapters, the CLI and modelgate.yml: the one place
 * inputs are read. An `InputSource` yields the raw value of an input (action input, CLI flag or
 * modelgate.yml key, same name): a string, a list of items (a YAML list, a repeated flag), or
 * undefined. `Inputs` turns it into typed values, throwing a ConfigurationError that names the
 * input on anything it cannot parse.
 *
 * Two rules hold for every value, whatever its source:
 * - An unevaluated expression (`${{ ... }}`) is never used: expressions are the runner's to
 *   evaluate, so one that reaches us (a default copied from action.yml, a modelgate.yml key) is an
 *   error, never a value sent anywhere.
 * - Paths follow one policy (src/lib/paths.ts), when the source comes with one.
 */




const EXPRESSION = /\$\{\{/;
class Inputs {
    source;
    constructor(source) {
        this.source = source;
    }
    label(name) {
        return this.source.label?.(name) ?? `input '${name}'`;
    }
    rawChecked(name) {
        const v = this.source.raw(name);
        const items = typeof v === 'string' ? [v] : (v ?? []);
        if (items.some((s) => EXPRESSION.test(s))) {
            throw new errors/* ConfigurationError */.j1(`${this.label(name)} holds an unevaluated expression ('\${{ ... }}'); expressions are evaluated only in a workflow's 'with:' (the runner does it), never in modelgate.yml or on the command line${name === 'github-token' ? ': set GITHUB_TOKEN or pass the token itself' : ''}`);
        }
        return v;
    }
    string(name) {
        const raw = this.rawChecked(name);
        if (raw !== undefined && typeof raw !== 'string') {
            const items = raw.map((s) => s.trim()).filter(Boolean);
            if (items.length > 1)
                throw new errors/* ConfigurationError */.j1(`${this.label(name)} takes one value, got a list of ${items.length}`);
            return items[0];
        }
        const v = raw?.trim();
        return v === undefined || v === '' ? undefined : v;
    }
    required(name) {
        const v = this.string(name);
        if (v === undefined)
            throw new errors/* ConfigurationError */.j1(`${this.label(name)} is required`);
        return v;
    }
    /** YAML 1.2 core booleans only, like core.getBooleanInput: "yes" is an error, not false. */
    boolean(name, fallback) {
        const v = this.string(name);
        if (v === undefined)
            return fallback;
        if (['true', 'True', 'TRUE'].includes(v))
            return true;
        if (['false', 'False', 'FALSE'].includes(v))
            return false;
        throw new errors/* ConfigurationError */.j1(`${this.label(name)} must be true or false, got '${v}'`);
    }
    number(name, opts = {}) {
        const v = this.string(name);
        if (v === undefined)
            return undefined;
        const n = Number(v);
        const kind = opts.integer ? 'an integer' : 'a number';
        if (!Number.isFinite(n) || (opts.integer && !Number.isInteger(n))) {
            throw new errors/* ConfigurationError */.j1(`${this.label(name)} must be ${kind}, got '${v}'`);
        }
        if (opts.min !== undefined && n < opts.min)
            throw new errors/* ConfigurationError */.j1(`${this.label(name)} must be >= ${opts.min}, got ${v}`);
        if (opts.max !== undefined && n > opts.max)
            throw new errors/* ConfigurationError */.j1(`${this.label(name)} must be <= ${opts.max}, got ${v}`);
        return n;
    }
    choice(name, options) {
        const v = this.string(name);
        if (v === undefined)
            return undefined;
        if (!options.includes(v)) {
            throw new errors/* ConfigurationError */.j1(`${this.label(name)} must be one of ${options.join(', ')}; got '${v}'`);
        }
        return v;
    }
    /**
     * A list input, by the convention of actions/cache's `path`: a value with line breaks is one
     * item per line, each kept whole (spaces, commas and parentheses included; lines are trimmed,
     * empty lines skipped). A YAML list in modelgate.yml and a repeated or multi-valued CLI flag are
     * one item per element, also whole. Only a value on a single line is split, at commas and
     * whitespace (`a,b` or `a b`), as it always was.
     */
    list(name) {
        const raw = this.rawChecked(name);
        if (raw === undefined)
            return [];
        if (typeof raw !== 'string')
            return raw.map((s) => s.trim()).filter(Boolean);
        if (/[\r\n]/.test(raw.trim()) || /\n\s*$/.test(raw))
            return raw.split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
        return raw.split(/[\s,]+/).filter(Boolean);
    }
    /** A path (file or glob), checked against the source's path policy. */
    path(name) {
        const v = this.string(name);
        return v === undefined ? undefined : confine(this.label(name), v, this.source.paths);
    }
    /** A list of paths or globs (list rules above), each checked against the path policy. */
    paths(name) {
        return this.list(name).map((v) => confine(this.label(name), v, this.source.paths));
    }
    /** A file path or inline YAML (gates, drift settings): the path policy applies to a path. */
    pathOrInline(name) {
        const v = this.string(name);
        return v === undefined || (0,files/* looksInline */.MY)(v) ? v : confine(this.label(name), v, this.source.paths);
    }
    /** `i/n` with 0 <= i < n. */
    shard(name) {
        const v = this.string(name);
        if (v === undefined)
            return undefined;
        const m = /^(\d+)\/(\d+)$/.exec(v);
        const index = m ? Number(m[1]) : NaN;
        const count = m ? Number(m[2]) : NaN;
        if (!m || count < 1 || index >= count) {
            throw new errors/* ConfigurationError */.j1(`${this.label(name)} must be i/n with 0 <= i < n (e.g. 0/4), got '${v}'`);
        }
        return { index, count };
    }
}
/**
 * The defaults an action declares in action.yml, for the sources the runner does not fill (CLI,
 * modelgate.yml). A default that is an expression (`${{ github.token }}`) is the runner's to
 * evaluate and is left out: `fallbacks` supply its value from the environment instead.
 */
function defaultsOf(action) {
    const meta = actionsMeta[action];
    if (!meta)
        return {};
    return Object.fromEntries(Object.entries(meta.inputs).map(([k, v]) => [k, v.default !== undefined && EXPRESSION.test(v.default) ? undefined : v.default]));
}
/** How help text shows an input's default: an expression is shown as where the CLI takes it from. */
function defaultForHelp(action, name) {
    const d = actionsMeta[action]?.inputs[name]?.default;
    if (d === undefined || !EXPRESSION.test(d))
        return d;
    return name === 'github-token' ? '$GITHUB_TOKEN' : undefined;
}
/**
 * What the runner would have put in place of an expression default, read from the environment
 * where a `run:` step has it: the token is GITHUB_TOKEN (or GH_TOKEN, as gh reads it).
 */
function environmentFallbacks(env = process.env) {
    return { 'github-token': env.GITHUB_TOKEN || env.GH_TOKEN || undefined };
}
/** An InputSource over a plain map, with defaults (from `defaultsOf`) filled in for absent names. */
function mapSource(values, defaults = {}, extra = {}) {
    return { raw: (name) => values[name] ?? defaults[name], ...extra };
}

// EXTERNAL MODULE: ./.build/js/src/lib/logger.js
var logger = __webpack_require__(485);
;// CONCATENATED MODULE: ./.build/js/src/lib/progress.js
const fmtInt = (n) => Math.round(n).toLocaleString('en-US');
function fmtSeconds(s) {
    if (!Number.isFinite(s))
        return '?';
    if (s < 60)
        return `${Math.ceil(s)} s`;
    const m = Math.floor(s / 60);
    return `${m} min ${Math.ceil(s - 60 * m)} s`;
}
/** The text of one progress line. */
function progressText(label, bytesDone, bytesTotal, rows, elapsedMs) {
    const mbps = elapsedMs > 0 ? bytesDone / 1e6 / (elapsedMs / 1000) : 0;
    const left = bytesDone > 0 ? ((bytesTotal - bytesDone) * elapsedMs) / bytesDone / 1000 : Infinity;
    const pct = bytesTotal > 0 ? (100 * bytesDone) / bytesTotal : 0;
    return `${label}: ${fmtInt(rows)} rows, ${pct.toFixed(0)}%, ${mbps.toFixed(0)} MB/s, ETA ${fmtSeconds(left)}`;
}
function progress(o) {
    const now = o.now ?? (() => Date.now());
    const start = now();
    const every = o.tty ? 200 : (o.everyMs ?? 5000);
    const after = o.afterMs ?? 2000;
    let last = -Infinity;
    let shown = false;
    return {
        update(done, total, rows) {
            const t = now();
            if (t - start < after || t - last < every)
                return;
            last = t;
            const text = progressText(o.label, done, total, rows, t - start);
            if (o.tty)
                o.write(`\r${text}\u001b[K`);
            else
                o.write(`${text}\n`);
            shown = true;
        },
        end() {
            if (shown && o.tty)
                o.write('\r\u001b[K');
        },
    };
}

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
        progress: (label) => progress({ label, tty: false, write: (t) => core/* info */.pq((0,logger/* neutralizeCommands */.Kw)(t.trimEnd())) }),
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
        const inputs = new Inputs({ raw: (name) => actionInput(name), paths: actionsPathPolicy() });
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

;// CONCATENATED MODULE: ./.build/js/src/main/compare-to-baseline.js
// Entry of the compare-to-baseline action: `run()` as @github/local-action and the bundle call it.


const run = () => runAction(compare_to_baseline);


/***/ }),

/***/ 4903:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ argsortFloat64),
/* harmony export */   f: () => (/* binding */ sortFloat64)
/* harmony export */ });
/**
 * Sorting for the metric states: least-significant-digit radix sorts on the IEEE-754 bit patterns
 * of float64 keys (11-bit digits, six passes, passes whose digit is constant across the input are
 * skipped: scores that came from float32 skip the low mantissa passes). Radix sorts are stable, so
 * they also give permutations (argsort) for multi-key canonical orders. Order is that of
 * TypedArray.prototype.sort: ascending, -0 before +0. Keys must not be NaN (the states reject NaN).
 *
 * Memory: 16 bytes per key of scratch during a sort (20 with a permutation).
 */
const DIGIT_BITS = 11;
const RADIX = 1 << DIGIT_BITS;
const MASK = RADIX - 1;
/** Below this the engine's comparison sort is as fast and needs no scratch. */
const SMALL = 512;
/** Order-preserving map of float64 bits to two unsigned words (hi, lo): flip all bits of negatives, the sign bit of the rest. */
function splitKeys(keys, order, hi, lo, hist) {
    const words = new Uint32Array(keys.buffer, keys.byteOffset, keys.length * 2);
    const n = keys.length;
    for (let i = 0; i < n; i++) {
        const k = order === null ? i : order[i];
        let l = words[2 * k];
        let h = words[2 * k + 1];
        if (h & 0x80000000) {
            h = ~h >>> 0;
            l = ~l >>> 0;
        }
        else {
            h = (h | 0x80000000) >>> 0;
        }
        lo[i] = l;
        hi[i] = h;
        hist[l & MASK]++;
        hist[RADIX + ((l >>> 11) & MASK)]++;
        hist[2 * RADIX + (l >>> 22)]++;
        hist[3 * RADIX + (h & MASK)]++;
        hist[4 * RADIX + ((h >>> 11) & MASK)]++;
        hist[5 * RADIX + (h >>> 22)]++;
    }
}
/** Turns histogram `p` into start offsets; false when one digit holds every key (the pass is a no-op). */
function prefix(hist, p, n) {
    const off = p * RADIX;
    let s = 0;
    for (let k = 0; k < RADIX; k++) {
        const c = hist[off + k];
        if (c === n)
            return false;
        hist[off + k] = s;
        s += c;
    }
    return true;
}
/**
 * Sorts `a` in place when every key is a float32 value (scores from a float32 model): their 32-bit
 * patterns, order-mapped as splitKeys maps a double's, in at most three 11-bit passes over one
 * word, instead of the double's passes over two. False (nothing changed) when a key is not.
 */
function sortFloat32Valued(a) {
    const n = a.length;
    const f = new Float32Array(n);
    for (let i = 0; i < n; i++) {
        const x = a[i];
        const y = Math.fround(x);
        if (y !== x)
            return false;
        f[i] = y;
    }
    let key = new Uint32Array(f.buffer);
    let key2 = new Uint32Array(n);
    const hist = new Uint32Array(3 * RADIX);
    for (let i = 0; i < n; i++) {
        const b = key[i];
        const k = b & 0x80000000 ? ~b >>> 0 : (b | 0x80000000) >>> 0;
        key[i] = k;
        hist[k & MASK]++;
        hist[RADIX + ((k >>> 11) & MASK)]++;
        hist[2 * RADIX + (k >>> 22)]++;
    }
    for (let p = 0; p < 3; p++) {
        if (!prefix(hist, p, n))
            continue;
        const off = p * RADIX;
        const shift = p * DIGIT_BITS;
        for (let i = 0; i < n; i++) {
            const k = key[i];
            key2[hist[off + ((k >>> shift) & MASK)]++] = k;
        }
        const t = key;
        key = key2;
        key2 = t;
    }
    for (let i = 0; i < n; i++) {
        const k = key[i];
        key[i] = k & 0x80000000 ? k & 0x7fffffff : ~k >>> 0;
    }
    const values = new Float32Array(key.buffer);
    for (let i = 0; i < n; i++)
        a[i] = values[i];
    return true;
}
/** Sorts `a` ascending in place. */
function sortFloat64(a) {
    const n = a.length;
    if (n < SMALL) {
        a.sort();
        return;
    }
    if (sortFloat32Valued(a))
        return;
    let hi = new Uint32Array(n);
    let lo = new Uint32Array(n);
    let hi2 = new Uint32Array(n);
    let lo2 = new Uint32Array(n);
    const hist = new Uint32Array(6 * RADIX);
    splitKeys(a, null, hi, lo, hist);
    for (let p = 0; p < 6; p++) {
        if (!prefix(hist, p, n))
            continue;
        const off = p * RADIX;
        const shift = (p % 3) * DIGIT_BITS;
        if (p >= 3) {
            for (let i = 0; i < n; i++) {
                const h = hi[i];
                const d = hist[off + ((h >>> shift) & MASK)]++;
                hi2[d] = h;
                lo2[d] = lo[i];
            }
        }
        else {
            for (let i = 0; i < n; i++) {
                const l = lo[i];
                const d = hist[off + ((l >>> shift) & MASK)]++;
                lo2[d] = l;
                hi2[d] = hi[i];
            }
        }
        let t = hi;
        hi = hi2;
        hi2 = t;
        t = lo;
        lo = lo2;
        lo2 = t;
    }
    const out = new Uint32Array(a.buffer, a.byteOffset, n * 2);
    for (let i = 0; i < n; i++) {
        let h = hi[i];
        let l = lo[i];
        if (h & 0x80000000) {
            h = (h & 0x7fffffff) >>> 0;
        }
        else {
            h = ~h >>> 0;
            l = ~l >>> 0;
        }
        out[2 * i] = l;
        out[2 * i + 1] = h;
    }
}
/**
 * Stable argsort: the permutation that orders `keys` ascending. With `order`, sorts that
 * permutation instead (ties keep their order in `order`), which is how a multi-key sort is built:
 * sort by the secondary key first, then by the primary key with that result as `order`.
 */
function argsortFloat64(keys, order) {
    const n = keys.length;
    let perm;
    if (order)
        perm = Uint32Array.from(order);
    else {
        perm = new Uint32Array(n);
        for (let i = 0; i < n; i++)
            perm[i] = i;
    }
    if (order && order.length !== n)
        throw new RangeError('argsortFloat64: order must have the length of keys');
    if (n < 2)
        return perm;
    let hi = new Uint32Array(n);
    let lo = new Uint32Array(n);
    let hi2 = new Uint32Array(n);
    let lo2 = new Uint32Array(n);
    let perm2 = new Uint32Array(n);
    const hist = new Uint32Array(6 * RADIX);
    splitKeys(keys, perm, hi, lo, hist);
    for (let p = 0; p < 6; p++) {
        if (!prefix(hist, p, n))
            continue;
        const off = p * RADIX;
        const shift = (p % 3) * DIGIT_BITS;
        const digitWord = p >= 3 ? hi : lo;
        for (let i = 0; i < n; i++) {
            const d = hist[off + ((digitWord[i] >>> shift) & MASK)]++;
            hi2[d] = hi[i];
            lo2[d] = lo[i];
            perm2[d] = perm[i];
        }
        let t = hi;
        hi = hi2;
        hi2 = t;
        t = lo;
        lo = lo2;
        lo2 = t;
        t = perm;
        perm = perm2;
        perm2 = t;
    }
    return perm;
}


/***/ }),

/***/ 704:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fp: () => (/* binding */ assertArtifact)
});

// UNUSED EXPORTS: compileOwnSchema, prepareArtifact

// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(2210);
// EXTERNAL MODULE: ./.build/js/src/errors.js
var errors = __webpack_require__(4522);
;// CONCATENATED MODULE: ./.build/js/src/schemas/data-report.schema.json
const data_report_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://modelgate.dev/schemas/data-report.schema.json","title":"modelgate data-report.json","description":"What validate-data found: rows, column summaries, violations, drift.","type":"object","required":["kind","schemaVersion","passed","rows","columns","violations","drift"],"properties":{"kind":{"const":"data-report"},"schemaVersion":{"const":1},"passed":{"type":"boolean"},"failOn":{"enum":["any","violations","drift","never"]},"sources":{"type":"array","items":{"type":"string"}},"format":{"enum":["csv","tsv","jsonl","parquet","profile"]},"shard":{"type":["string","null"]},"schema":{"type":["string","null"]},"rows":{"type":"integer","minimum":0},"columns":{"type":"array","items":{"type":"object","required":["name","type","count","nulls","distinct","min","max","mean","std","quantiles","topValues"],"properties":{"name":{"type":"string"},"type":{"enum":["integer","number","boolean","string","date","date-time","empty"]},"count":{"type":"integer","minimum":0},"nulls":{"type":"integer","minimum":0},"distinct":{"type":"integer","minimum":0},"distinctExact":{"type":"boolean"},"min":{"type":["number","null"]},"max":{"type":["number","null"]},"mean":{"type":["number","null"]},"std":{"type":["number","null"]},"quantiles":{"type":["object","null"],"additionalProperties":{"type":"number"}},"histogram":{"type":["object","null"],"required":["edges","counts"],"properties":{"edges":{"type":"array","items":{"type":"number"}},"counts":{"type":"array","items":{"type":"number"}}}},"topValues":{"type":"array","items":{"type":"object","required":["value","count"],"properties":{"value":{"type":["string","number"]},"count":{"type":"number","description":"exact, or with estimated: an upper bound (the true count is in [count - error, count])"},"error":{"type":"number","minimum":0},"estimated":{"const":true}}}},"time":{"description":"date and date-time columns: extremes (ISO 8601) and counts per period from the first value\'s to the last\'s, empty periods included","type":"object","required":["min","max","zone","unit","periods"],"properties":{"min":{"type":"string"},"max":{"type":"string"},"zone":{"enum":["utc","none","mixed",null],"description":"utc: every timestamp had a zone (shown in UTC); none: wall-clock times (no zone); mixed; null for dates"},"unit":{"enum":["day","week","month","year"]},"periods":{"type":"array","items":{"type":"object","required":["start","count"],"properties":{"start":{"type":"string","description":"YYYY-MM-DD, the first day of the period"},"count":{"type":"integer","minimum":0}}}}}}}}},"violations":{"type":"object","required":["count","samples"],"properties":{"count":{"type":"integer","minimum":0},"byRule":{"type":"object","additionalProperties":{"type":"integer"}},"samples":{"type":"array","items":{"type":"object","required":["row","line","column","rule","message"],"properties":{"row":{"type":["integer","null"]},"line":{"type":["integer","null"]},"file":{"type":["string","null"]},"column":{"type":["string","null"]},"rule":{"type":"string"},"message":{"type":"string"},"values":{"type":"object"}}}}}},"reference":{"type":["object","null"],"required":["source","kind","rows"],"properties":{"source":{"type":"string"},"kind":{"enum":["dataset","profile"]},"rows":{"type":"integer"}}},"drift":{"type":"array","items":{"type":"object","required":["column","test","statistic","threshold","drifted","method","explanation"],"properties":{"column":{"type":"string"},"kind":{"enum":["numeric","categorical"]},"test":{"enum":["ks","chi-square","wasserstein","jensen-shannon","psi"]},"statistic":{"type":["number","null"],"description":"null when not a finite number; reason says how the result was decided"},"pValue":{"type":"number","minimum":0,"maximum":1},"threshold":{"type":"number"},"drifted":{"type":"boolean"},"method":{"enum":["exact","sketch"]},"errorBound":{"type":"number"},"referenceCount":{"type":"integer"},"currentCount":{"type":"integer"},"moved":{"type":"array","items":{"type":"object","required":["label","reference","current"],"properties":{"label":{"type":"string"},"reference":{"type":"number"},"current":{"type":"number"}}}},"newValues":{"type":"array","items":{"type":"string"},"maxItems":10,"description":"categories in the current data the reference never had (exact counts only)"},"reason":{"type":"string"},"explanation":{"type":"string"},"histogram":{"description":"Numeric columns: both sides binned on the same equal-width edges over their joint range, from the sketches (counts).","type":"object","required":["edges","reference","current"],"properties":{"edges":{"type":"array","items":{"type":"number"}},"reference":{"type":"array","items":{"type":"number"}},"current":{"type":"array","items":{"type":"number"}}}}}}},"timeCoverage":{"description":"date and date-time columns present on both sides: the period each dataset spans and their overlap (time columns are not tested for drift by default)","type":"array","items":{"type":"object","required":["column","reference","current","overlap"],"properties":{"column":{"type":"string"},"reference":{"type":"object","required":["min","max"],"properties":{"min":{"type":"string"},"max":{"type":"string"}}},"current":{"type":"object","required":["min","max"],"properties":{"min":{"type":"string"},"max":{"type":"string"}}},"overlap":{"type":["object","null"],"required":["min","max"],"properties":{"min":{"type":"string"},"max":{"type":"string"}},"description":"the period both span, null when they do not overlap"},"currentShare":{"type":"number","minimum":0,"maximum":1,"description":"share of the current values that fall within the reference\'s span (by day)"}}}},"driftSkipped":{"type":"array","items":{"type":"object","required":["column","reason"],"properties":{"column":{"type":"string"},"reason":{"type":"string"}}}},"datasetDrift":{"type":["object","null"],"required":["share","threshold","drifted"],"properties":{"share":{"type":"number"},"threshold":{"type":"number"},"drifted":{"type":"boolean"},"driftedColumns":{"type":"integer"},"testedColumns":{"type":"integer"}}},"bias":{"description":"With `sensitive`: SageMaker Clarify\'s pre-training measures of the labels per group value (against all other rows), with intervals.","type":"object","required":["label","positiveLabel","confidence","features"],"properties":{"label":{"type":"string"},"positiveLabel":{"type":"string"},"confidence":{"type":"number"},"unlabeled":{"type":"integer"},"method":{"type":"string"},"features":{"type":"array","items":{"type":"object","required":["name","columns","groups"],"properties":{"name":{"type":"string"},"columns":{"type":"array","items":{"type":"string"}},"groups":{"type":"array","items":{"type":"object","required":["value","rows","positives","classImbalance","positiveProportionDifference"],"properties":{"value":{"type":"string"},"rows":{"type":"integer"},"positives":{"type":"integer"},"classImbalance":{"type":"object","required":["value","ci"],"properties":{"value":{"type":"number"},"ci":{"type":["array","null"],"items":{"type":"number"}}}},"positiveProportionDifference":{"type":"object","required":["value","ci"],"properties":{"value":{"type":["number","null"]},"ci":{"type":["array","null"],"items":{"type":"number"}}}}}}}}}}}},"schemaDrift":{"type":["object","null"],"required":["newColumns","missingColumns"],"properties":{"newColumns":{"type":"array","items":{"type":"string"}},"missingColumns":{"type":"array","items":{"type":"string"}},"typeChanges":{"type":"array","items":{"type":"object","required":["column","reference","current"],"properties":{"column":{"type":"string"},"reference":{"type":"string"},"current":{"type":"string"}}}}}}}}');
;// CONCATENATED MODULE: ./.build/js/src/schemas/profile.schema.json
const profile_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://modelgate.dev/schemas/profile.schema.json","title":"modelgate profile.json","description":"A dataset profile made of mergeable sketches: profiles of shards merge into the profile of the whole.","type":"object","required":["kind","schemaVersion","rows","columns"],"properties":{"kind":{"const":"profile"},"schemaVersion":{"const":1},"rows":{"type":"integer","minimum":0},"sources":{"type":"array","items":{"type":"string"}},"columns":{"type":"array","items":{"type":"object","required":["name","nulls","numbers","integers","strings","booleans","nonFinite","moments","quantiles","distinct","top"],"properties":{"name":{"type":"string"},"type":{"enum":["integer","number","boolean","string","date","date-time","empty"]},"nulls":{"type":"integer","minimum":0},"numbers":{"type":"integer","minimum":0},"integers":{"type":"integer","minimum":0},"strings":{"type":"integer","minimum":0},"booleans":{"type":"integer","minimum":0},"nonFinite":{"type":"integer","minimum":0},"moments":{"type":"object","required":["type","count","mean","m2"],"properties":{"type":{"const":"moments"},"count":{"type":"integer"},"mean":{"type":["number","null"]},"m2":{"type":["number","null"],"description":"null: overflowed the double range"}}},"quantiles":{"type":"object","required":["type"],"properties":{"type":{"const":"ddsketch"}}},"distinct":{"type":"object","required":["type"],"properties":{"type":{"const":"hll"}}},"top":{"type":"object","required":["type","items"],"properties":{"type":{"const":"spacesaving"},"items":{"type":"array"}}},"topTracked":{"type":"boolean","description":"false when the column holds numbers and has more distinct values than Space-Saving\'s capacity: its top values are not tracked and top has no items. Absent means true."},"time":{"description":"Present when the column held dates or timestamps (epoch milliseconds; wall-clock times without a zone are kept as UTC): counts, extremes and counts per day (per month beyond 20000 days, per year beyond 20000 months). Merges exactly.","type":"object","required":["type","count","dates","naive","min","max","unit","counts"],"additionalProperties":false,"properties":{"type":{"const":"periods"},"count":{"type":"integer","minimum":0},"dates":{"type":"integer","minimum":0,"description":"values that were dates without a time of day"},"naive":{"type":"integer","minimum":0,"description":"timestamps without a zone"},"min":{"type":["number","null"]},"max":{"type":["number","null"]},"unit":{"enum":["day","month","year"]},"counts":{"type":"array","items":{"type":"array","prefixItems":[{"type":"integer"},{"type":"integer","minimum":1}],"minItems":2,"maxItems":2},"description":"[key, count] sorted by key: days since 1970-01-01, year*12+month-1, or the year"}}}}}}}}');
;// CONCATENATED MODULE: ./.build/js/src/schemas/evaluation.schema.json
const evaluation_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://modelgate.dev/schemas/evaluation.schema.json","title":"modelgate evaluation.json","description":"What evaluate-model measured: metrics with confidence intervals, slices, calibration, latency, and the mergeable state that shards combine through.","type":"object","required":["kind","schemaVersion","task","rows","model","data","confidence","metrics","slices","latency","predictions"],"$defs":{"metric":{"type":"object","required":["value","ci"],"properties":{"value":{"type":["number","null"]},"ci":{"type":["array","null"],"items":{"type":"number"},"minItems":2,"maxItems":2},"method":{"type":"string"},"reason":{"type":"string"}}},"rate":{"type":"object","required":["value","ci"],"properties":{"value":{"type":["number","null"]},"ci":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"number"},"minItems":2,"maxItems":2}]}}},"metrics":{"type":"object","additionalProperties":{"$ref":"#/$defs/metric"}}},"properties":{"kind":{"const":"evaluation"},"schemaVersion":{"const":1},"task":{"enum":["binary","multiclass","regression"]},"rows":{"type":"integer","minimum":0},"model":{"type":"object","required":["path","sha256"],"properties":{"path":{"type":"string"},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"},"bytes":{"type":"integer"}}},"data":{"type":"object","required":["sha256"],"properties":{"sources":{"type":"array","items":{"type":"string"}},"sha256":{"type":"string"},"shard":{"type":["string","null"]}}},"label":{"type":"string"},"classes":{"type":"array","items":{"type":"string"}},"positiveLabel":{"type":["string","null"]},"threshold":{"type":["number","null"]},"confidence":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1},"bootstrap":{"type":"object"},"metrics":{"$ref":"#/$defs/metrics"},"tables":{"type":"object","properties":{"confusion":{"type":"array","description":"confusion[true][predicted], classes in `classes` order.","items":{"type":"array","items":{"type":"number","minimum":0}}},"perClass":{"type":"array","items":{"type":"object","required":["class","support","precision","recall","f1"],"properties":{"class":{"type":"string"},"support":{"type":"number"},"predicted":{"type":"number"},"precision":{"type":"number"},"recall":{"type":"number"},"f1":{"type":"number"}}}},"curves":{"description":"Binary: ROC and precision-recall curves, downsampled so that every point of the full curve is within maxError of a kept point in each coordinate.","type":"object","required":["roc","pr","maxError"],"properties":{"roc":{"type":"object","required":["fpr","tpr"],"properties":{"fpr":{"type":"array","items":{"type":"number"}},"tpr":{"type":"array","items":{"type":"number"}}}},"pr":{"type":"object","required":["recall","precision"],"properties":{"recall":{"type":"array","items":{"type":"number"}},"precision":{"type":"array","items":{"type":"number"}}}},"maxError":{"type":"number","minimum":0}}}}},"slices":{"type":"array","items":{"type":"object","required":["column","value","rows"],"properties":{"column":{"type":"string"},"value":{"type":"string"},"rows":{"type":"integer"},"metrics":{"$ref":"#/$defs/metrics"},"skipped":{"type":"string"}}}},"fairness":{"description":"With `sensitive` (binary tasks): per sensitive feature, the groups\' rates with Wilson intervals and fairlearn\'s measures across groups with bootstrap intervals. See the README\'s fairness section.","type":"object","required":["confidence","resamples","seed","minGroupRows","methods","features"],"properties":{"confidence":{"type":"number"},"resamples":{"type":"integer"},"seed":{"type":"integer"},"minGroupRows":{"type":"integer"},"methods":{"type":"object","properties":{"groups":{"type":"string"},"measures":{"type":"string"}}},"features":{"type":"array","items":{"type":"object","required":["name","columns","groups","pooled","measures","fourFifths","notes"],"properties":{"name":{"type":"string","description":"A column, or `a*b` for the intersection of two."},"columns":{"type":"array","items":{"type":"string"},"minItems":1,"maxItems":2},"groups":{"type":"array","items":{"type":"object","required":["value","rows","positives","selectionRate","truePositiveRate","falsePositiveRate","precision","accuracy"],"properties":{"value":{"type":"string","description":"The group\'s value; an intersection\'s two values joined by \' & \'; \'(other)\' for pooled values."},"rows":{"type":"integer"},"positives":{"type":"integer"},"selectionRate":{"$ref":"#/$defs/rate"},"truePositiveRate":{"$ref":"#/$defs/rate"},"falsePositiveRate":{"$ref":"#/$defs/rate"},"precision":{"$ref":"#/$defs/rate"},"accuracy":{"$ref":"#/$defs/rate"}}}},"pooled":{"type":"array","items":{"type":"string"}},"measures":{"type":"object","required":["demographic_parity_difference","demographic_parity_ratio","equalized_odds_difference","equalized_odds_ratio","equal_opportunity_difference","disparate_impact_ratio"],"additionalProperties":false,"properties":{"demographic_parity_difference":{"type":"object","required":["value","ci","groups","rate"],"properties":{"value":{"type":["number","null"]},"ci":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"number"},"minItems":2,"maxItems":2}]},"groups":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"string"},"minItems":2,"maxItems":2}]},"rate":{"type":"string"}}},"demographic_parity_ratio":{"type":"object","required":["value","ci","groups","rate"],"properties":{"value":{"type":["number","null"]},"ci":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"number"},"minItems":2,"maxItems":2}]},"groups":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"string"},"minItems":2,"maxItems":2}]},"rate":{"type":"string"}}},"equalized_odds_difference":{"type":"object","required":["value","ci","groups","rate"],"properties":{"value":{"type":["number","null"]},"ci":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"number"},"minItems":2,"maxItems":2}]},"groups":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"string"},"minItems":2,"maxItems":2}]},"rate":{"type":"string"}}},"equalized_odds_ratio":{"type":"object","required":["value","ci","groups","rate"],"properties":{"value":{"type":["number","null"]},"ci":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"number"},"minItems":2,"maxItems":2}]},"groups":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"string"},"minItems":2,"maxItems":2}]},"rate":{"type":"string"}}},"equal_opportunity_difference":{"type":"object","required":["value","ci","groups","rate"],"properties":{"value":{"type":["number","null"]},"ci":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"number"},"minItems":2,"maxItems":2}]},"groups":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"string"},"minItems":2,"maxItems":2}]},"rate":{"type":"string"}}},"disparate_impact_ratio":{"type":"object","required":["value","ci","groups","rate"],"properties":{"value":{"type":["number","null"]},"ci":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"number"},"minItems":2,"maxItems":2}]},"groups":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"string"},"minItems":2,"maxItems":2}]},"rate":{"type":"string"}}}}},"fourFifths":{"type":["boolean","null"]},"notes":{"type":"array","items":{"type":"string"}}}}}}},"importance":{"description":"With `importance`: permutation feature importance (scikit-learn\'s permutation_importance) on a sample of the evaluation rows; features sorted by mean, descending.","type":"object","required":["method","metric","repeats","rows","seed","features"],"properties":{"method":{"const":"permutation"},"metric":{"type":"string"},"repeats":{"type":"integer","minimum":1},"rows":{"type":"integer"},"seed":{"type":"integer"},"features":{"type":"array","items":{"type":"object","required":["name","mean","std","low","high"],"properties":{"name":{"type":"string"},"mean":{"type":"number"},"std":{"type":"number"},"low":{"type":"number"},"high":{"type":"number"}}}}}},"latency":{"type":"object","required":["p50Ms","p95Ms","rowsPerSecond"],"properties":{"p50Ms":{"type":"number"},"p95Ms":{"type":"number"},"p99Ms":{"type":"number"},"rowsPerSecond":{"type":"number"},"batchMs":{"type":"array","items":{"type":"number","minimum":0}}}},"predictions":{"type":["string","null"]},"notes":{"type":"array","items":{"type":"string"}},"timeRange":{"description":"With split-by: the span of the rows evaluated (those at or after splitAt) and the rows left out","type":"object","required":["column","splitAt","side","min","max","otherSide","noTime"],"properties":{"column":{"type":"string"},"splitAt":{"type":"string"},"side":{"enum":["before","from"]},"min":{"type":["string","null"]},"max":{"type":["string","null"]},"otherSide":{"type":"integer","minimum":0},"noTime":{"type":"integer","minimum":0}}},"feed":{"description":"The data columns fed to the model: mode tensor (the columns, in order, fill the one float input named by input) or columns (one model input per column, by name; input is null)","type":"object","required":["mode","input","features"],"additionalProperties":false,"properties":{"mode":{"enum":["tensor","columns"]},"input":{"type":["string","null"]},"features":{"type":"array","items":{"type":"string"}}}},"state":{"type":"object"}}}');
;// CONCATENATED MODULE: ./.build/js/src/schemas/comparison.schema.json
const comparison_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://modelgate.dev/schemas/comparison.schema.json","title":"modelgate comparison.json","description":"compare-to-baseline\'s decision: every gate with its delta, interval, p-value and test.","type":"object","required":["kind","schemaVersion","passed","gates","correction","policy","confidence"],"properties":{"kind":{"const":"comparison"},"schemaVersion":{"const":1},"passed":{"type":["boolean","null"]},"verdict":{"type":"string"},"policy":{"enum":["detect-regression","prove-non-inferiority"]},"confidence":{"type":"number"},"correction":{"enum":["holm","bh","none"]},"paired":{"type":"boolean"},"pairing":{"type":"string"},"rows":{"type":"integer"},"candidate":{"type":"object"},"baseline":{"type":["object","null"]},"gates":{"type":"array","items":{"type":"object","required":["metric","rule","baseline","candidate","delta","ci","pValue","test","passed","reason"],"properties":{"metric":{"type":"string"},"slice":{"type":"object","required":["column","value"],"properties":{"column":{"type":"string"},"value":{"type":"string"}}},"sensitive":{"type":"string","description":"A fairness gate: the sensitive feature it judged (a column, or a*b)."},"groups":{"type":"array","items":{"type":"string"},"minItems":2,"maxItems":2,"description":"A fairness gate: the candidate\'s groups with the lower and the higher rate."},"rule":{"type":"string"},"baseline":{"type":["number","null"]},"candidate":{"type":["number","null"]},"delta":{"type":["number","null"]},"ci":{"type":["array","null"],"items":{"type":"number"}},"pValue":{"type":["number","null"]},"adjustedPValue":{"type":["number","null"]},"test":{"type":"string"},"passed":{"type":"boolean"},"reason":{"type":"string"},"underpowered":{"type":"boolean","description":"A passed gate whose interval is wider than its margin: the reason says how many rows would resolve it. Never set on a failed gate."},"warning":{"type":"string","description":"A passed min/max gate whose point value is beyond the bound while the interval reaches it (min-policy: interval under detect-regression)."},"override":{"type":"object"}}}},"metrics":{"type":"array"},"notes":{"type":"array","items":{"type":"string"}},"dataValidation":{"type":"object","description":"The data validation of the same run (from data-report), part of the verdict: when it failed, passed is false.","required":["passed","violations","drifted"],"properties":{"passed":{"type":"boolean"},"violations":{"type":"integer","minimum":0},"drifted":{"type":"array","items":{"type":"string"}}}},"override":{"type":"object"},"pullRequest":{"type":"object"}}}');
;// CONCATENATED MODULE: ./.build/js/src/schemas/deployment.schema.json
const deployment_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://modelgate.dev/schemas/deployment.schema.json","title":"modelgate deployment.json","description":"deploy\'s record of one rollout: the strategy, every step with its weight, window and judgement, and the decision with its reason.","type":"object","required":["kind","schemaVersion","model","strategy","target","settings","steps","decision","reason","startedAt","finishedAt"],"additionalProperties":false,"properties":{"kind":{"const":"deployment"},"schemaVersion":{"const":1},"model":{"type":"string","minLength":1},"strategy":{"enum":["direct","blue-green","canary","shadow"]},"environment":{"type":"string"},"target":{"type":"object","required":["kind","location"],"additionalProperties":false,"properties":{"kind":{"type":"string"},"location":{"type":"string"}}},"settings":{"type":"object","required":["steps","intervalSeconds","minSamples","confidence","tolerance","thresholds","metrics"],"additionalProperties":false,"properties":{"steps":{"type":"array","items":{"type":"number","exclusiveMinimum":0,"maximum":100}},"intervalSeconds":{"type":"number","minimum":0},"maxIntervalSeconds":{"type":"number","minimum":0},"warmupSeconds":{"type":"number","minimum":0},"terminationWaitSeconds":{"type":"number","minimum":0},"minSamples":{"type":"integer","minimum":1},"confidence":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1},"tolerance":{"type":"number","minimum":0},"thresholds":{"type":"object","required":["pass","marginal"],"additionalProperties":false,"properties":{"pass":{"type":"number"},"marginal":{"type":"number"}}},"groups":{"type":"object","additionalProperties":{"type":"number"}},"metrics":{"type":"array","items":{"type":"object","required":["name","kind","direction","group","critical"],"properties":{"name":{"type":"string"},"kind":{"enum":["continuous","proportion","agreement"]},"source":{"type":"string"},"direction":{"enum":["increase","decrease","either"]},"group":{"type":"string"},"critical":{"type":"boolean"},"allowedIncrease":{"type":"number"},"allowedDecrease":{"type":"number"},"minAgreement":{"type":"number"}}}}}},"steps":{"type":"array","items":{"type":"object","required":["index","phase","weight","startedAt","finishedAt","outcome","reason"],"additionalProperties":false,"properties":{"index":{"type":"integer","minimum":0},"phase":{"enum":["load","smoke","canary","bake","switch","termination","shadow","direct","promote"]},"weight":{"type":"number","minimum":0,"maximum":100},"startedAt":{"type":"string"},"finishedAt":{"type":"string"},"outcome":{"enum":["pass","marginal","fail","no-data","ok","failed"]},"reason":{"type":"string"},"score":{"type":"number"},"windowSeconds":{"type":"number","minimum":0},"judgement":{"type":"object","required":["groups","metrics"],"additionalProperties":false,"properties":{"groups":{"type":"array","items":{"type":"object","required":["name","weight","score","pass","high","low","noData"],"additionalProperties":false,"properties":{"name":{"type":"string"},"weight":{"type":"number"},"score":{"type":["number","null"]},"pass":{"type":"integer"},"high":{"type":"integer"},"low":{"type":"integer"},"noData":{"type":"integer"}}}},"metrics":{"type":"array","items":{"type":"object","required":["name","kind","group","critical","direction","classification","reason","test","stable","candidate","estimate","ci","pValue"],"additionalProperties":false,"properties":{"name":{"type":"string"},"kind":{"enum":["continuous","proportion","agreement"]},"group":{"type":"string"},"critical":{"type":"boolean"},"direction":{"enum":["increase","decrease","either"]},"classification":{"enum":["pass","high","low","no-data"]},"reason":{"type":"string"},"test":{"enum":["hodges-lehmann","fisher-exact","wilson"]},"stable":{"$ref":"#/$defs/side"},"candidate":{"$ref":"#/$defs/side"},"estimate":{"type":["number","null"]},"ci":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"number"},"minItems":2,"maxItems":2}]},"pValue":{"type":["number","null"],"minimum":0,"maximum":1}}}}}}}}},"decision":{"enum":["promoted","rolled-back","no-data","passed"]},"reason":{"type":"string"},"startedAt":{"type":"string"},"finishedAt":{"type":"string"},"resumed":{"type":"object","required":["id","phase","model","action"],"additionalProperties":false,"properties":{"id":{"type":"string"},"phase":{"type":"string"},"model":{"type":"string"},"action":{"enum":["continued","rolled-back"]}}},"github":{"type":"object","description":"The GitHub deployment this rollout reported to, when one was created.","required":["deploymentId","environment"],"additionalProperties":false,"properties":{"deploymentId":{"type":"integer"},"environment":{"type":"string"},"logUrl":{"type":"string"}}}},"$defs":{"side":{"type":"object","required":["n","value"],"additionalProperties":false,"properties":{"n":{"type":"integer","minimum":0},"value":{"type":["number","null"]}}}}}');
;// CONCATENATED MODULE: ./.build/js/src/schemas/monitor-report.schema.json
const monitor_report_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://modelgate.dev/schemas/monitor-report.schema.json","title":"modelgate monitor-report.json","description":"What monitor read (a window of production data), tested against the registered version (feature drift, prediction drift, data quality, decay with labels) and found (none, warn, act).","type":"object","required":["kind","schemaVersion","finding","reasons","driftedColumns","at","model","window","drift","predictionDrift","quality","decay","thresholds","notes"],"$defs":{"level":{"enum":["none","warn","act"]},"interval":{"type":["array","null"],"items":{"type":"number"},"minItems":2,"maxItems":2},"drift":{"type":"object","required":["column","test","statistic","threshold","drifted","method","explanation"],"properties":{"column":{"type":"string"},"kind":{"enum":["numeric","categorical"]},"test":{"enum":["ks","chi-square","wasserstein","jensen-shannon","psi"]},"statistic":{"type":["number","null"]},"pValue":{"type":"number","minimum":0,"maximum":1},"threshold":{"type":"number"},"drifted":{"type":"boolean"},"method":{"enum":["exact","sketch"]},"errorBound":{"type":"number"},"referenceCount":{"type":"number"},"currentCount":{"type":"number"},"moved":{"type":"array","items":{"type":"object","required":["label","reference","current"],"properties":{"label":{"type":"string"},"reference":{"type":"number"},"current":{"type":"number"}}}},"newValues":{"type":"array","items":{"type":"string"}},"reason":{"type":"string"},"explanation":{"type":"string"}}},"metric":{"type":"object","required":["value","ci"],"properties":{"value":{"type":["number","null"]},"ci":{"$ref":"#/$defs/interval"},"method":{"type":"string"},"reason":{"type":"string"}}}},"properties":{"kind":{"const":"monitor-report"},"schemaVersion":{"const":1},"finding":{"$ref":"#/$defs/level"},"reasons":{"type":"array","items":{"type":"object","required":["level","check","message"],"properties":{"level":{"enum":["warn","act"]},"check":{"enum":["feature-drift","missing-features","prediction-drift","quality","decay"]},"message":{"type":"string"}}}},"driftedColumns":{"type":"array","items":{"type":"string"}},"at":{"type":"string","description":"When the run happened, ISO 8601."},"model":{"type":"object","required":["reference","version","digest","name","task"],"properties":{"reference":{"type":"string"},"version":{"type":["string","null"]},"digest":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"name":{"type":"string"},"task":{"enum":["binary","multiclass","regression",null]}}},"window":{"type":"object","required":["sources","timeColumn","from","to","rows","rowsRead","shadowDropped","otherVersionDropped"],"properties":{"sources":{"type":"array","items":{"type":"string"}},"timeColumn":{"type":["string","null"]},"from":{"type":["string","null"],"description":"Start of the window (exclusive), ISO time; null: from the first row."},"to":{"type":["string","null"],"description":"End of the window (inclusive), ISO time; null without a time column."},"rows":{"type":"integer","minimum":1},"rowsRead":{"type":"integer","minimum":0},"shadowDropped":{"type":"integer","minimum":0},"otherVersionDropped":{"type":"integer","minimum":0,"description":"Capture rows answered by another version (a split\'s candidate), left out."}}},"drift":{"type":"object","required":["features","importance","columns","skipped","drifted","tested","share","missingFeatures"],"properties":{"features":{"type":"array","items":{"type":"string"}},"importance":{"type":"object","required":["source","method","top"],"properties":{"source":{"enum":["evaluation","none"]},"method":{"type":["string","null"]},"top":{"type":"array","items":{"type":"string"}},"note":{"type":"string"}}},"columns":{"type":"array","items":{"$ref":"#/$defs/drift"}},"skipped":{"type":"array","items":{"type":"object","required":["column","reason"],"properties":{"column":{"type":"string"},"reason":{"type":"string"}}}},"drifted":{"type":"integer","minimum":0},"tested":{"type":"integer","minimum":0},"share":{"type":"number","minimum":0,"maximum":1},"missingFeatures":{"type":"array","items":{"type":"string"}}}},"predictionDrift":{"type":"object","required":["reference","classes","score","skipped"],"properties":{"reference":{"enum":["predictions","confusion",null]},"classes":{"oneOf":[{"$ref":"#/$defs/drift"},{"type":"null"}]},"score":{"oneOf":[{"$ref":"#/$defs/drift"},{"type":"null"}]},"skipped":{"type":"array","items":{"type":"string"}}}},"quality":{"type":"object","required":["schema","violations"],"properties":{"schema":{"enum":["registered","inferred"]},"violations":{"type":"object","required":["count","byRule","samples"],"properties":{"count":{"type":"integer","minimum":0},"byRule":{"type":"object","additionalProperties":{"type":"integer"}},"samples":{"type":"array"}}}}},"decay":{"type":["object","null"],"required":["labels","labelColumn","labelled","unlabelled","unmatched","metrics","tests","untested","correction","alpha"],"properties":{"labels":{"type":"string"},"labelColumn":{"type":"string"},"labelled":{"type":"integer","minimum":0},"unlabelled":{"type":"integer","minimum":0},"unmatched":{"type":"integer","minimum":0},"metrics":{"type":"object","additionalProperties":{"$ref":"#/$defs/metric"}},"tests":{"type":"array","items":{"type":"object","required":["metric","reference","current","difference","ci","test","pValue","pValueAdjusted","decayed"],"properties":{"metric":{"type":"string"},"reference":{"type":["number","null"]},"current":{"type":["number","null"]},"difference":{"type":["number","null"]},"ci":{"$ref":"#/$defs/interval"},"test":{"type":"string"},"pValue":{"type":"number","minimum":0,"maximum":1},"pValueAdjusted":{"type":"number","minimum":0,"maximum":1},"decayed":{"type":"boolean"}}}},"untested":{"type":"array","items":{"type":"object","required":["metric","reason"],"properties":{"metric":{"type":"string"},"reason":{"type":"string"}}}},"correction":{"const":"holm"},"alpha":{"type":"number"},"skipped":{"type":"string"}}},"thresholds":{"type":"object"},"notes":{"type":"array","items":{"type":"string"}}}}');
;// CONCATENATED MODULE: ./.build/js/src/schemas/validate.js
/**
 * Artifacts are validated against their JSON Schemas at every boundary: before a step writes one
 * and when a step reads one. The schemas are plain JSON files beside this module, published so
 * editors and other tools can use them.
 */








const SCHEMAS = { 'data-report': data_report_schema_namespaceObject, profile: profile_schema_namespaceObject, evaluation: evaluation_schema_namespaceObject, comparison: comparison_schema_namespaceObject, deployment: deployment_schema_namespaceObject, 'monitor-report': monitor_report_schema_namespaceObject };
let ajv;
const compiled = new Map();
/**
 * Compiles one of modelgate's own schemas (an artifact's, an experiment run's) on one shared Ajv,
 * strict. A command compiles its schemas once per process, and compiling is most of what a check
 * costs, so the schemas are not checked against the draft 2020-12 meta-schema here (compiling the
 * meta-schema took longer than the schema; test/unit/schemas.test.ts checks every committed schema
 * against it) and the generated code skips Ajv's optimising pass.
 */
function compileOwnSchema(schema) {
    ajv ??= new _2020.Ajv2020({ allErrors: false, strict: true, allowUnionTypes: true, validateSchema: false, code: { optimize: false } });
    return ajv.compile(schema);
}
function validator(kind) {
    let v = compiled.get(kind);
    if (!v) {
        v = compileOwnSchema(SCHEMAS[kind]);
        compiled.set(kind, v);
    }
    return v;
}
/**
 * Compiles the schema of `kind` now, so that a later check does not (a pass that waits on its
 * worker threads does this meanwhile).
 */
function prepareArtifact(kind) {
    validator(kind);
}
/**
 * Checks `value` against the schema of `kind`. Reading, a mismatch is the user's (a DataError naming
 * the file and the first offending field); writing, it is a bug in modelgate (a plain Error).
 */
function assertArtifact(kind, value, source, direction = 'read') {
    const v = validator(kind);
    if (!v(value)) {
        const e = v.errors[0];
        const message = `${source}: not a valid ${kind} (schemaVersion 1): ${e.instancePath || '/'} ${e.message}`;
        if (direction === 'write')
            throw new Error(`internal error, refusing to write an invalid artifact: ${message}`);
        throw new errors/* DataError */.fL(message, source);
    }
}


/***/ }),

/***/ 4932:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cc: () => (/* binding */ delongTest),
/* harmony export */   Xx: () => (/* binding */ delongSorted),
/* harmony export */   Y7: () => (/* binding */ delongCi),
/* harmony export */   yz: () => (/* binding */ lowerBound)
/* harmony export */ });
/* unused harmony exports upperBound, delongAuc, rowPlacements */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4522);
/* harmony import */ var _metrics_sort_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4903);
/* harmony import */ var _distributions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1638);
/**
 * DeLong's variance of the ROC AUC and DeLong's test for two correlated AUCs (DeLong, DeLong and
 * Clarke-Pearson, Biometrics 1988), computed by the fast midrank algorithm of Sun and Xu (IEEE
 * Signal Processing Letters 21, 2014): the structural components ("placements") of every case are
 * midrank differences, found here from one radix sort of each model's scores (O(n) passes over
 * the bit patterns) instead of DeLong's O(n²) pairwise kernel.
 *
 * Conventions, as R's pROC (1.18) with `direction = "<"`: cases are rows with label 1, controls
 * rows with label 0, a higher score means "more likely a case", and ties count one half:
 *   V10(x_i) = (#{controls < x_i} + ½ #{controls = x_i}) / n_controls   (one per case)
 *   V01(y_j) = (#{cases > y_j} + ½ #{cases = y_j}) / n_cases           (one per control)
 *   AUC = mean V10 = mean V01 (the Mann-Whitney statistic; equal to scikit-learn's roc_auc_score)
 *   S10 = Σ (V10 - AUC)² / (m - 1),  S01 = Σ (V01 - AUC)² / (n - 1)   (m cases, n controls)
 *   Var(AUC) = S10 / m + S01 / n.
 * Unlike pROC, the direction is never guessed from the data: a model that ranks cases lower gets
 * an AUC below ½.
 *
 * `delongCi` is pROC's `ci.auc(method = "delong")`: AUC ± z·√Var, clipped to [0, 1], and undefined
 * (null) with fewer than two cases or two controls. `delongTest` is pROC's
 * `roc.test(method = "delong", paired = TRUE)`: z = (AUC_a - AUC_b) / √(Var_a + Var_b - 2 Cov_ab)
 * with the covariance from the same placements, a normal p-value, and the interval
 * difference ± z·SE (pROC's `conf.int`). Both are asymptotic (normal) results. Checked against pROC
 * in test/unit/metrics/delong.test.ts (goldens from scripts/fixtures/metrics_goldens.py).
 */



// The normal quantile lives in ./distributions.ts; re-exported for the importers of this module.

// ---------------------------------------------------------------------------------------------
// Placements
// ---------------------------------------------------------------------------------------------
/** Index of the first element of ascending `a` that is >= x (binary search). */
function lowerBound(a, x) {
    let lo = 0;
    let hi = a.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (a[mid] < x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** Index of the first element of ascending `a` that is > x (binary search). */
function upperBound(a, x) {
    let lo = 0;
    let hi = a.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (a[mid] <= x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/**
 * AUC and DeLong variance from the scores of the cases and of the controls, each sorted ascending
 * (no NaN). One merge walk over tie groups: every tie group shares its placements, so the sums
 * run over groups. Exact Mann-Whitney count (integers below 2^53), then a second walk for the
 * centred sums of squares.
 */
function delongSorted(positives, negatives) {
    const pos = positives;
    const neg = negatives;
    const m = pos.length;
    const n = neg.length;
    if (m === 0 || n === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`roc_auc needs both classes: got ${m} positive and ${n} negative rows`);
    }
    // Pass 1: 2U = Σ over tie groups of cP·(2·#controls below + cN), an integer below 2^53.
    let twiceU = 0;
    let i = 0;
    let j = 0;
    while (i < m || j < n) {
        const v = i < m && (j >= n || pos[i] <= neg[j]) ? pos[i] : neg[j];
        const i0 = i;
        const j0 = j;
        while (i < m && pos[i] === v)
            i++;
        while (j < n && neg[j] === v)
            j++;
        twiceU += (i - i0) * (2 * j0 + (j - j0));
    }
    const auc = twiceU / (2 * m * n);
    if (m < 2 || n < 2)
        return { auc, variance: null, positives: m, negatives: n };
    // Pass 2: centred sums of squares of the placements, one term per tie group.
    let ss10 = 0;
    let ss01 = 0;
    i = 0;
    j = 0;
    while (i < m || j < n) {
        const v = i < m && (j >= n || pos[i] <= neg[j]) ? pos[i] : neg[j];
        const i0 = i;
        const j0 = j;
        while (i < m && pos[i] === v)
            i++;
        while (j < n && neg[j] === v)
            j++;
        const cP = i - i0;
        const cN = j - j0;
        if (cP > 0) {
            const d = (j0 + 0.5 * cN) / n - auc;
            ss10 += cP * d * d;
        }
        if (cN > 0) {
            const d = (m - i + 0.5 * cP) / m - auc;
            ss01 += cN * d * d;
        }
    }
    const variance = ss10 / (m - 1) / m + ss01 / (n - 1) / n;
    return { auc, variance, positives: m, negatives: n };
}
/** pROC's ci.auc(method = "delong"): AUC ± z·√Var clipped to [0, 1]; null without a variance. */
function delongCi(estimate, confidence = 0.95) {
    const z = (0,_distributions_js__WEBPACK_IMPORTED_MODULE_2__/* .criticalValue */ .z7)(confidence);
    if (estimate.variance === null)
        return null;
    const se = Math.sqrt(estimate.variance);
    const clip = (x) => (x < 0 ? 0 : x > 1 ? 1 : x);
    return [clip(estimate.auc - z * se), clip(estimate.auc + z * se)];
}
function splitByLabel(labels, scores, what) {
    const m = countCases(labels, scores, what);
    const pos = new Float64Array(m);
    const neg = new Float64Array(labels.length - m);
    let a = 0;
    let b = 0;
    for (let i = 0; i < labels.length; i++) {
        if (labels[i] === 1)
            pos[a++] = scores[i];
        else
            neg[b++] = scores[i];
    }
    return { pos, neg };
}
/**
 * AUC of `scores` for binary `labels` (0/1) with DeLong's variance and interval (pROC's
 * `ci.auc(method = "delong")`). Throws DataError on bad input or when a class is absent.
 */
function delongAuc(labels, scores, opts = {}) {
    const confidence = opts.confidence ?? 0.95;
    criticalValue(confidence);
    const { pos, neg } = splitByLabel(labels, scores, 'delongAuc');
    pos.sort();
    neg.sort();
    const est = delongSorted(pos, neg);
    return { ...est, ci: delongCi(est, confidence), confidence, method: 'delong' };
}
/**
 * Placements of one model for every row, from one sort of all its scores: `place[r]` is V10 of row
 * r when it is a case, V01 when it is a control (the same numbers, bit for bit, that binary
 * searches in the sorted cases and controls give). One radix argsort, then one walk over the tie
 * groups: a group's cases share V10 = (controls below + ½ controls in the group) / n, its
 * controls share V01 = (cases above + ½ cases in the group) / m. The AUC is the exact
 * Mann-Whitney count of delongSorted, summed over the same groups.
 */
function rowPlacements(labels, scores, m, n) {
    const total = scores.length;
    const order = (0,_metrics_sort_js__WEBPACK_IMPORTED_MODULE_1__/* .argsortFloat64 */ .F)(scores);
    const place = new Float64Array(total);
    let negBelow = 0;
    let posBelow = 0;
    let twiceU = 0;
    let k = 0;
    while (k < total) {
        const v = scores[order[k]];
        let e = k;
        let cP = 0;
        while (e < total && scores[order[e]] === v) {
            if (labels[order[e]] === 1)
                cP++;
            e++;
        }
        const cN = e - k - cP;
        const hi = posBelow + cP;
        const v10 = (negBelow + 0.5 * cN) / n;
        const v01 = (m - hi + 0.5 * cP) / m;
        for (let t = k; t < e; t++) {
            const r = order[t];
            place[r] = labels[r] === 1 ? v10 : v01;
        }
        twiceU += cP * (2 * negBelow + cN);
        negBelow += cN;
        posBelow = hi;
        k = e;
    }
    return { place, auc: twiceU / (2 * m * n) };
}
/** Counts the cases (label 1); throws DataError on a label other than 0/1 or a non-finite score. */
function countCases(labels, scores, what) {
    if (labels.length !== scores.length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`${what}: labels and scores differ in length (${labels.length} vs ${scores.length})`);
    }
    let m = 0;
    for (let i = 0; i < labels.length; i++) {
        const y = labels[i];
        if (y === 1)
            m++;
        else if (y !== 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`${what}: label at row ${i} must be 0 or 1, got ${y}`);
        if (!Number.isFinite(scores[i]))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`${what}: score at row ${i} must be a finite number, got ${scores[i]}`);
    }
    return m;
}
const asFloat64 = (a) => (a instanceof Float64Array ? a : Float64Array.from(a));
/**
 * DeLong's test for two correlated AUCs: `scoresA` and `scoresB` are two models' scores on the
 * same rows with binary `labels` (pROC's `roc.test(roc1, roc2, method = "delong", paired = TRUE)`).
 * Needs at least two rows of each class; throws DataError otherwise or on bad input.
 */
function delongTest(labels, scoresA, scoresB, opts = {}) {
    const confidence = opts.confidence ?? 0.95;
    const alternative = opts.alternative ?? 'two-sided';
    const z = (0,_distributions_js__WEBPACK_IMPORTED_MODULE_2__/* .criticalValue */ .z7)(confidence);
    if (scoresA.length !== scoresB.length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`delongTest: the two score arrays differ in length (${scoresA.length} vs ${scoresB.length})`);
    }
    const m = countCases(labels, scoresA, 'delongTest');
    countCases(labels, scoresB, 'delongTest');
    const n = labels.length - m;
    // One byte per row: the walks over the sorted order read labels at random rows, and 1 MB per
    // million rows stays in cache where 8 MB of float64 labels would not.
    const isCase = new Uint8Array(labels.length);
    for (let r = 0; r < labels.length; r++)
        isCase[r] = labels[r] === 1 ? 1 : 0;
    if (m < 2 || n < 2)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`delongTest needs at least 2 rows of each class: got ${m} positive and ${n} negative rows`);
    const pa = rowPlacements(isCase, asFloat64(scoresA), m, n);
    const pb = rowPlacements(isCase, asFloat64(scoresB), m, n);
    // S = S10/m + S01/n, a 2x2 covariance; only L·S·Lᵀ with L = (1, -1) is needed. Sums run over
    // the rows in order, cases into S10 and controls into S01.
    let s10aa = 0;
    let s10bb = 0;
    let s10ab = 0;
    let s01aa = 0;
    let s01bb = 0;
    let s01ab = 0;
    for (let r = 0; r < labels.length; r++) {
        const da = pa.place[r] - pa.auc;
        const db = pb.place[r] - pb.auc;
        if (isCase[r] === 1) {
            s10aa += da * da;
            s10bb += db * db;
            s10ab += da * db;
        }
        else {
            s01aa += da * da;
            s01bb += db * db;
            s01ab += da * db;
        }
    }
    const varDiff = (s10aa + s10bb - 2 * s10ab) / (m - 1) / m + (s01aa + s01bb - 2 * s01ab) / (n - 1) / n;
    const se = Math.sqrt(Math.max(0, varDiff));
    const d = pa.auc - pb.auc;
    const statistic = se > 0 ? d / se : d === 0 ? 0 : d > 0 ? Infinity : -Infinity;
    const pValue = alternative === 'two-sided' ? Math.min(1, 2 * (0,_distributions_js__WEBPACK_IMPORTED_MODULE_2__/* .normalCdf */ .vr)(-Math.abs(statistic))) : alternative === 'greater' ? (0,_distributions_js__WEBPACK_IMPORTED_MODULE_2__/* .normalCdf */ .vr)(-statistic) : (0,_distributions_js__WEBPACK_IMPORTED_MODULE_2__/* .normalCdf */ .vr)(statistic);
    return {
        statistic,
        pValue,
        alternative,
        auc: [pa.auc, pb.auc],
        difference: d,
        standardError: se,
        ci: [d - z * se, d + z * se],
        confidence,
        positives: m,
        negatives: n,
        method: 'delong-paired',
    };
}


/***/ })

};
