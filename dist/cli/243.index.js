export const id = 243;
export const ids = [243];
export const modules = {

/***/ 73243:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ monitor)
});

// EXTERNAL MODULE: ./.build/js/src/errors.js
var errors = __webpack_require__(4522);
// EXTERNAL MODULE: ./.build/js/src/lib/files.js
var files = __webpack_require__(41938);
// EXTERNAL MODULE: ./.build/js/src/data/scan.js + 1 modules
var scan = __webpack_require__(48806);
// EXTERNAL MODULE: ./.build/js/src/data/drift.js + 2 modules
var drift = __webpack_require__(79012);
// EXTERNAL MODULE: ./.build/js/src/data/time.js
var time = __webpack_require__(81477);
// EXTERNAL MODULE: ./.build/js/src/lib/duration.js
var duration = __webpack_require__(20677);
;// CONCATENATED MODULE: ./.build/js/src/monitor/config.js
/**
 * monitor's typed config and its thresholds (the `thresholds` input: inline YAML or a file, the
 * `monitor:` stage of modelgate.yml), parsed strictly: an unknown key or a bad value is a
 * ConfigurationError naming it. Every default is stated once, here (DEFAULT_THRESHOLDS).
 */




const LEVELS = ['none', 'warn', 'act'];
const FAIL_ON = ['act', 'warn', 'never'];
const DEFAULT_THRESHOLDS = Object.freeze({
    alpha: 0.05,
    topFeatures: 3,
    warnDriftedFeatures: 1,
    actDriftedShare: 0.5,
    predictionDrift: 'act',
    quality: 'warn',
    minLabelledRows: 30,
    metrics: [],
});
const KEYS = {
    alpha: 'alpha',
    'top-features': 'topFeatures',
    'warn-drifted-features': 'warnDriftedFeatures',
    'act-drifted-share': 'actDriftedShare',
    'prediction-drift': 'predictionDrift',
    quality: 'quality',
    'min-labelled-rows': 'minLabelledRows',
    metrics: 'metrics',
    drift: 'drift',
};
function parseThresholds(raw, source) {
    const fail = (m) => {
        throw new errors/* ConfigurationError */.j1(`${source}: ${m}`);
    };
    if (raw === null || raw === undefined)
        raw = {};
    if (typeof raw !== 'object' || Array.isArray(raw))
        fail('thresholds must be a mapping');
    const r = raw;
    for (const k of Object.keys(r))
        if (!(k in KEYS))
            fail(`unknown key '${k}' (expected ${Object.keys(KEYS).join(', ')})`);
    const num = (k, d, ok, what) => {
        const v = r[k] ?? d;
        if (typeof v !== 'number' || !ok(v))
            fail(`${k} must be ${what}, got ${JSON.stringify(v)}`);
        return v;
    };
    const level = (k, d) => {
        const v = r[k] ?? d;
        if (typeof v !== 'string' || !LEVELS.includes(v))
            fail(`${k} must be one of ${LEVELS.join(', ')}, got ${JSON.stringify(v)}`);
        return v;
    };
    const int = (x) => Number.isInteger(x) && x >= 0;
    const metrics = r.metrics ?? [];
    if (!Array.isArray(metrics) || metrics.some((m) => typeof m !== 'string'))
        fail('metrics must be a list of metric names');
    const d = DEFAULT_THRESHOLDS;
    return {
        alpha: num('alpha', d.alpha, (x) => x > 0 && x < 1, 'a number in (0, 1)'),
        topFeatures: num('top-features', d.topFeatures, int, 'a non-negative integer'),
        warnDriftedFeatures: num('warn-drifted-features', d.warnDriftedFeatures, (x) => int(x) && x >= 1, 'a positive integer'),
        actDriftedShare: num('act-drifted-share', d.actDriftedShare, (x) => x > 0 && x <= 1, 'a number in (0, 1]'),
        predictionDrift: level('prediction-drift', d.predictionDrift),
        quality: level('quality', d.quality),
        minLabelledRows: num('min-labelled-rows', d.minLabelledRows, (x) => int(x) && x >= 2, 'an integer of at least 2'),
        metrics: metrics,
        drift: (0,drift/* parseDriftSettings */.ml)(r.drift, `${source}: drift`),
    };
}
/**
 * `7d`, `12h`, `30m`, `2w`, `1d12h`: a window length in milliseconds, written as every duration is
 * (lib/duration.ts), of at least a minute (a window of seconds judges a handful of rows) and at
 * most ten years.
 */
function parseWindow(value, input = 'window') {
    const ms = (0,duration/* durationMs */.pc)(value);
    if (ms === undefined)
        throw new errors/* ConfigurationError */.j1(`input '${input}' must be a duration such as 7d, 12h, 30m, 2w or 1d12h; got '${value}'`);
    if (ms < 60_000 || ms > 3660 * 86_400_000)
        throw new errors/* ConfigurationError */.j1(`input '${input}' must be at least a minute and at most 10 years; got '${value}'`);
    return ms;
}
/**
 * A time cell: an ISO 8601 date or date-time (UTC unless it has an offset) read by validate-data's
 * strict parser (so 2024-02-30 is no time, not 1 March), or a number of Unix seconds.
 */
function parseTime(cell) {
    if (typeof cell === 'number')
        return Number.isFinite(cell) ? cell * 1000 : undefined;
    if (typeof cell !== 'string')
        return undefined;
    // Numbers from a CSV file arrive as text.
    if (/^\s*-?\d+(\.\d+)?\s*$/.test(cell))
        return Number(cell) * 1000;
    const t = (0,time/* parseTime */.pe)(cell.trim());
    return t === t ? t : undefined;
}

// EXTERNAL MODULE: ./.build/js/src/data/drift-columns.js
var drift_columns = __webpack_require__(29095);
// EXTERNAL MODULE: ./.build/js/src/schemas/validate.js + 6 modules
var validate = __webpack_require__(60704);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./.build/js/src/data/readers.js + 40 modules
var readers = __webpack_require__(48699);
// EXTERNAL MODULE: ./.build/js/src/data/schema.js + 1 modules
var schema = __webpack_require__(85547);
// EXTERNAL MODULE: ./.build/js/src/gates/spec.js + 1 modules
var spec = __webpack_require__(36358);
// EXTERNAL MODULE: ./.build/js/src/metrics/binary.js
var binary = __webpack_require__(51210);
// EXTERNAL MODULE: ./.build/js/src/model/metrics.js + 3 modules
var model_metrics = __webpack_require__(83181);
// EXTERNAL MODULE: ./.build/js/src/stats/delong.js
var delong = __webpack_require__(4932);
// EXTERNAL MODULE: ./.build/js/src/stats/multiple.js
var multiple = __webpack_require__(53669);
// EXTERNAL MODULE: ./.build/js/src/stats/proportions.js
var proportions = __webpack_require__(71714);
// EXTERNAL MODULE: ./.build/js/src/stats/distributions.js
var distributions = __webpack_require__(51638);
;// CONCATENATED MODULE: ./.build/js/src/stats/unpaired.js
/**
 * Unpaired two-sample tests of one metric measured on two independent sets of rows (a model's
 * registered evaluation against a later window of production rows). Each returns the difference
 * `current - reference`, a two-sided p-value and an interval, and names its method:
 *
 * - `twoProportionZTest`: statsmodels `proportions_ztest([x1, x2], [n1, n2])` (pooled variance,
 *   two-sided normal p-value), with Newcombe's hybrid score interval of the difference
 *   (statsmodels `confint_proportions_2indep(..., method='newcomb')`, Newcombe 1998 method 10).
 *   For accuracy, precision and recall (each a proportion of its own denominator).
 * - `welchTTest`: scipy `ttest_ind(a, b, equal_var=False)` from summaries
 *   (`ttest_ind_from_stats`): Welch's t with Welch-Satterthwaite degrees of freedom, and the
 *   interval difference ± t·SE. For means of per-row losses (log loss, Brier score, absolute and
 *   squared error).
 * - `aucUnpairedTest`: two independent AUCs, z = (A1 - A2) / √(V1 + V2), as pROC's
 *   `roc.test(method = "delong", paired = FALSE)`; each variance is DeLong's (src/stats/delong.ts)
 *   or, where only the AUC and the class counts are known, Hanley and McNeil's (1982).
 * All are asymptotic (normal or t) results. Checked against statsmodels and scipy in
 * test/unit/stats/unpaired.test.ts (goldens from scripts/fixtures/unpaired_goldens.py).
 */


function checkCount(name, x, n) {
    if (!Number.isInteger(x) || !Number.isInteger(n) || x < 0 || n <= 0 || x > n)
        throw new RangeError(`${name}: need integers 0 <= successes <= n and n > 0, got ${x} of ${n}`);
}
/** Two-sided pooled z-test of p1 = p2 with Newcombe's interval of p1 - p2 (group 1 = current). */
function twoProportionZTest(x1, n1, x2, n2, opts = {}) {
    checkCount('twoProportionZTest', x1, n1);
    checkCount('twoProportionZTest', x2, n2);
    const confidence = opts.confidence ?? 0.95;
    const p1 = x1 / n1;
    const p2 = x2 / n2;
    const p = (x1 + x2) / (n1 + n2);
    const se = Math.sqrt(p * (1 - p) * (1 / n1 + 1 / n2));
    const difference = p1 - p2;
    // statsmodels: a zero standard error (both all successes or all failures) gives z = nan; the
    // two proportions are then equal and nothing is shown: z = 0, p = 1.
    const statistic = se > 0 ? difference / se : 0;
    const pValue = se > 0 ? Math.min(1, 2 * (0,distributions/* normalSf */.nG)(Math.abs(statistic))) : 1;
    const w1 = (0,proportions/* wilsonInterval */.Y)(x1, n1, confidence);
    const w2 = (0,proportions/* wilsonInterval */.Y)(x2, n2, confidence);
    const low = difference - Math.sqrt((p1 - w1.low) ** 2 + (w2.high - p2) ** 2);
    const high = difference + Math.sqrt((w1.high - p1) ** 2 + (p2 - w2.low) ** 2);
    return { test: 'two-proportion z (Newcombe interval)', statistic, pValue, difference, ci: [low, high], confidence };
}
function summarize(values) {
    const n = values.length;
    let mean = 0;
    for (let i = 0; i < n; i++)
        mean += (values[i] - mean) / (i + 1);
    let ss = 0;
    for (let i = 0; i < n; i++)
        ss += (values[i] - mean) ** 2;
    return { mean, variance: n > 1 ? ss / (n - 1) : NaN, n };
}
/** The t quantile: t with P(T > t) = q, by bisection on studentTSf (q in (0, 0.5]). */
function tQuantileUpper(q, df) {
    let lo = 0;
    let hi = 1;
    while ((0,distributions/* studentTSf */.d)(hi, df) > q)
        hi *= 2;
    for (let i = 0; i < 200 && hi - lo > 1e-12 * hi; i++) {
        const mid = (lo + hi) / 2;
        if ((0,distributions/* studentTSf */.d)(mid, df) > q)
            lo = mid;
        else
            hi = mid;
    }
    return (lo + hi) / 2;
}
/** Welch's two-sided t-test of mean(current) = mean(reference), with its interval of the difference. */
function welchTTest(current, reference, opts = {}) {
    const confidence = opts.confidence ?? 0.95;
    if (current.n < 2 || reference.n < 2)
        throw new RangeError(`welchTTest: each sample needs at least 2 values, got ${current.n} and ${reference.n}`);
    const v1 = current.variance / current.n;
    const v2 = reference.variance / reference.n;
    const se = Math.sqrt(v1 + v2);
    const difference = current.mean - reference.mean;
    if (!(se > 0))
        return { test: 'Welch t', statistic: 0, pValue: difference === 0 ? 1 : 0, difference, ci: [difference, difference], confidence };
    const df = (v1 + v2) ** 2 / (v1 ** 2 / (current.n - 1) + v2 ** 2 / (reference.n - 1));
    const statistic = difference / se;
    const pValue = Math.min(1, 2 * (0,distributions/* studentTSf */.d)(Math.abs(statistic), df));
    const t = tQuantileUpper((1 - confidence) / 2, df);
    return { test: 'Welch t', statistic, pValue, difference, ci: [difference - t * se, difference + t * se], confidence };
}
/** Hanley and McNeil's (1982) variance of an AUC from the AUC and the numbers of cases and controls. */
function hanleyMcNeilVariance(auc, positives, negatives) {
    const q1 = auc / (2 - auc);
    const q2 = (2 * auc * auc) / (1 + auc);
    return (auc * (1 - auc) + (positives - 1) * (q1 - auc * auc) + (negatives - 1) * (q2 - auc * auc)) / (positives * negatives);
}
/** Two independent AUCs: z = (A_current - A_reference) / √(V_current + V_reference). */
function aucUnpairedTest(current, reference, opts = {}) {
    const confidence = opts.confidence ?? 0.95;
    const se = Math.sqrt(current.variance + reference.variance);
    const difference = current.auc - reference.auc;
    const statistic = se > 0 ? difference / se : 0;
    const pValue = se > 0 ? Math.min(1, 2 * (0,distributions/* normalSf */.nG)(Math.abs(statistic))) : difference === 0 ? 1 : 0;
    const z = (0,distributions/* criticalValue */.z7)(confidence);
    const methods = current.method === reference.method ? current.method : `${current.method} / ${reference.method}`;
    return { test: `unpaired AUC z (${methods} variances)`, statistic, pValue, difference, ci: [difference - z * se, difference + z * se], confidence };
}

;// CONCATENATED MODULE: ./.build/js/src/monitor/decay.js
/**
 * Decay: labels that arrive later (a file of `request_id` and the true label) joined to the
 * predictions recorded in the window. The model is not run again: the recorded answers are scored
 * with evaluate-model's metrics and intervals (src/model/metrics.ts over src/metrics, with the
 * registered evaluation's threshold, confidence and bootstrap settings), and each metric that has
 * an unpaired two-sample test (src/stats/unpaired.ts) is tested against the registered evaluation;
 * Holm's correction over the metrics tested. A metric has decayed when its adjusted test rejects and
 * it moved in the worse direction.
 *
 * | metric                  | test                                              | reference needs |
 * |-------------------------|---------------------------------------------------|-----------------|
 * | accuracy                | two-proportion z, Newcombe interval               | rows, value     |
 * | precision, recall       | two-proportion z on their denominators            | confusion table |
 * | roc_auc                 | two independent AUCs, DeLong variances (Hanley-McNeil for a reference without per-row predictions) | per-row predictions, else confusion table |
 * | log_loss, brier_score, mae | Welch t on the per-row losses                  | per-row predictions |
 * | rmse                    | Welch t on the squared errors (the MSE)           | per-row predictions |
 * Other metrics are measured and shown with their intervals, not judged.
 *
 * Joining: a request's rows (a request may carry several) take the labels given for its id in the
 * order given. Labels for ids not in the window are counted (they may belong to another window);
 * a file none of whose ids are in the window is an error.
 */











/** Reads a labels file: `request_id` and one label column (the evaluation's label name, `label`, or the only other column). */
async function readLabels(file, labelName) {
    // A named file that is not there is an error, not a run without labels: it is as often a typo as
    // labels not yet arrived, and a silent fallback would leave decay untested on every run.
    if (!(0,external_node_fs_.existsSync)(file)) {
        throw new errors/* DataError */.fL(`input 'labels': ${(0,files/* showPath */.P8)(file)} does not exist; for labels that may not have arrived yet, give 'labels' only when the file exists (in a workflow: labels: \${{ hashFiles('<path>') != '' && '<path>' || '' }}), and monitor runs without them`, file);
    }
    let columns = [];
    const rows = [];
    await (0,readers/* readRows */.aK)(file, {
        header: (names) => (columns = [...names]),
        newColumn: (name, index) => (columns[index] = name),
        row: (cells, line) => rows.push({ cells, line }),
        bad: (line, message) => {
            throw new errors/* DataError */.fL(`${(0,files/* showPath */.P8)(file)}:${line}: ${message}`, file, line);
        },
    });
    const ri = columns.indexOf('request_id');
    if (ri < 0)
        throw new errors/* DataError */.fL(`${(0,files/* showPath */.P8)(file)}: the labels file needs a 'request_id' column (columns: ${columns.slice(0, 10).map(files/* showName */.$i).join(', ')})`, file);
    const others = columns.filter((_, i) => i !== ri);
    const column = labelName && others.includes(labelName) ? labelName : others.includes('label') ? 'label' : others.length === 1 ? others[0] : undefined;
    if (column === undefined)
        throw new errors/* DataError */.fL(`${(0,files/* showPath */.P8)(file)}: cannot tell the label column: name it ${labelName ? `${(0,files/* showName */.$i)(labelName)} (the model's label) or ` : ''}'label', or keep only request_id and the label`, file);
    const li = columns.indexOf(column);
    const byId = new Map();
    for (const r of rows) {
        const id = r.cells[ri];
        if (id === null || id === undefined || id === '')
            throw new errors/* DataError */.fL(`${(0,files/* showPath */.P8)(file)}:${r.line}: request_id is empty`, file, r.line);
        const key = String(id);
        const list = byId.get(key) ?? [];
        list.push({ label: r.cells[li] ?? null, line: r.line });
        byId.set(key, list);
    }
    if (rows.length === 0)
        throw new errors/* DataError */.fL(`${(0,files/* showPath */.P8)(file)}: the labels file has no rows`, file);
    return { file, column, byId, count: rows.length };
}
/** Per-row losses whose means are the metrics, for Welch's test. */
function perRowLosses(task, y, score, proba, k) {
    const n = y.length;
    const clip = (p) => Math.min(1 - binary/* LOG_LOSS_EPS */.eg, Math.max(binary/* LOG_LOSS_EPS */.eg, p));
    if (task === 'regression') {
        const abs = new Float64Array(n);
        const sq = new Float64Array(n);
        for (let i = 0; i < n; i++) {
            abs[i] = Math.abs(y[i] - score[i]);
            sq[i] = (y[i] - score[i]) ** 2;
        }
        return { mae: abs, rmse: sq };
    }
    const ll = new Float64Array(n);
    if (task === 'binary') {
        const brier = new Float64Array(n);
        for (let i = 0; i < n; i++) {
            ll[i] = -Math.log(y[i] === 1 ? clip(score[i]) : clip(1 - score[i]));
            brier[i] = (score[i] - y[i]) ** 2;
        }
        return { log_loss: ll, brier_score: brier };
    }
    for (let i = 0; i < n; i++)
        ll[i] = -Math.log(clip(proba[i * k + y[i]]));
    return { log_loss: ll };
}
function aucSide(task, y, score) {
    if (task !== 'binary')
        return undefined;
    const pos = [];
    const neg = [];
    for (let i = 0; i < y.length; i++)
        (y[i] === 1 ? pos : neg).push(score[i]);
    if (pos.length < 2 || neg.length < 2)
        return undefined;
    const est = (0,delong/* delongSorted */.Xx)(Float64Array.from(pos).sort(), Float64Array.from(neg).sort());
    return est.variance === null ? undefined : { auc: est.auc, variance: est.variance, method: 'delong' };
}
/** Joins the labels to the window's recorded predictions, scores them and tests for decay. */
function decay_decay(labels, wp, ev, refRows, t) {
    const task = ev.task;
    const classes = ev.classes ?? [];
    const keys = classes.map((k) => (0,schema/* labelKey */.kJ)(k) ?? k);
    const K = classes.length;
    const base = { labels: labels.file, labelColumn: labels.column, labelled: 0, unlabelled: 0, unmatched: 0, metrics: {}, tests: [], untested: [], correction: 'holm', alpha: t.alpha };
    // Window rows per request id, in order.
    const rowsOf = new Map();
    wp.requestIds.forEach((id, i) => {
        if (id !== null)
            rowsOf.set(id, [...(rowsOf.get(id) ?? []), i]);
    });
    if (rowsOf.size === 0)
        throw new errors/* DataError */.fL(`input 'labels': the data has no 'request_id' column to join the labels to`);
    const pairs = [];
    let unmatched = 0;
    let firstUnknown;
    for (const [id, list] of labels.byId) {
        const rows = rowsOf.get(id);
        if (!rows) {
            unmatched += list.length;
            firstUnknown ??= { id, line: list[0].line };
            continue;
        }
        list.forEach((l, j) => {
            if (j < rows.length)
                pairs.push({ row: rows[j], label: l.label, line: l.line });
            else
                unmatched++;
        });
    }
    if (pairs.length === 0)
        throw new errors/* DataError */.fL(`${(0,files/* showPath */.P8)(labels.file)}: none of its ${labels.count} labels has a request_id in the window (e.g. '${String(firstUnknown?.id).slice(0, 40)}' at line ${firstUnknown?.line}); check the window and the ids`, labels.file, firstUnknown?.line);
    pairs.sort((a, b) => a.row - b.row);
    base.unmatched = unmatched;
    base.unlabelled = wp.requestIds.length - pairs.length;
    // The labelled rows, in evaluate-model's per-row form.
    const y = [];
    const score = [];
    const proba = [];
    for (const p of pairs) {
        const key = (0,schema/* labelKey */.kJ)(p.label);
        if (key === null) {
            base.unlabelled++;
            continue;
        }
        const where = `${(0,files/* showPath */.P8)(labels.file)}:${p.line}`;
        if (task === 'regression') {
            const v = Number(key);
            if (!Number.isFinite(v))
                throw new errors/* DataError */.fL(`${where}: label '${key.slice(0, 40)}' is not a number (task regression)`, labels.file, p.line);
            const s = wp.score[p.row];
            if (!Number.isFinite(s))
                continue;
            y.push(v);
            score.push(s);
        }
        else {
            const k = keys.indexOf(key);
            if (k < 0)
                throw new errors/* DataError */.fL(`${where}: label '${key.slice(0, 40)}' is not one of the model's classes (${keys.slice(0, 10).join(', ')})`, labels.file, p.line);
            if (task === 'binary') {
                const s = wp.score[p.row];
                if (!Number.isFinite(s))
                    continue;
                y.push(key === (0,schema/* labelKey */.kJ)(ev.positiveLabel) ? 1 : 0);
                score.push(s);
            }
            else {
                const pr = Array.from(wp.proba.subarray(p.row * K, p.row * K + K));
                if (pr.length < K || pr.some((x) => !Number.isFinite(x)))
                    continue;
                y.push(k);
                proba.push(...pr);
            }
        }
    }
    base.labelled = y.length;
    if (y.length < t.minLabelledRows)
        return { ...base, skipped: `${y.length} labelled row(s) with recorded ${task === 'multiclass' ? 'probabilities' : 'scores'} in the window, fewer than min-labelled-rows (${t.minLabelledRows})` };
    const Y = Float64Array.from(y);
    const S = Float64Array.from(score);
    const P = Float64Array.from(proba);
    const { metrics, tables } = (0,model_metrics/* computeMetrics */.p)(task, { classes, y: { values: Y }, score: { values: S }, proba: { values: P } }, {
        threshold: ev.threshold ?? 0.5,
        confidence: ev.confidence,
        resamples: ev.bootstrap?.resamples ?? 1000,
        seed: ev.bootstrap?.seed ?? 0,
    });
    base.metrics = metrics;
    const results = [];
    const refValue = (m) => ev.metrics[m]?.value ?? null;
    const curValue = (m) => metrics[m]?.value ?? null;
    const wanted = (m) => (t.metrics.length ? t.metrics.includes(m) : true);
    const untested = (metric, reason) => base.untested.push({ metric, reason });
    const add = (metric, r, onScale = true) => {
        const reference = refValue(metric);
        const current = curValue(metric);
        results.push({ metric, r, reference, current, difference: reference !== null && current !== null ? current - reference : r.difference, ci: onScale ? r.ci : null });
    };
    const conf = { confidence: ev.confidence };
    const refConfusion = ev.tables?.confusion;
    const curConfusion = tables.confusion;
    // Proportions.
    for (const m of ['accuracy', 'precision', 'recall']) {
        if (!(m in metrics) || !wanted(m))
            continue;
        if (m === 'accuracy') {
            const rv = refValue(m);
            const cv = curValue(m);
            if (rv === null || cv === null)
                untested(m, 'undefined on one side');
            else
                add(m, twoProportionZTest(Math.round(cv * Y.length), Y.length, Math.round(rv * ev.rows), ev.rows, conf));
            continue;
        }
        if (task !== 'binary' || !refConfusion || !curConfusion) {
            untested(m, 'the registered evaluation has no confusion table');
            continue;
        }
        // [[tn, fp], [fn, tp]]: precision = tp / (tp + fp), recall = tp / (tp + fn).
        const parts = (c) => (m === 'precision' ? [c[1][1], c[1][1] + c[0][1]] : [c[1][1], c[1][1] + c[1][0]]);
        const [x1, n1] = parts(curConfusion);
        const [x2, n2] = parts(refConfusion);
        if (n1 === 0 || n2 === 0)
            untested(m, 'no rows in its denominator on one side');
        else
            add(m, twoProportionZTest(x1, n1, x2, n2, conf));
    }
    // AUC.
    if ('roc_auc' in metrics && wanted('roc_auc')) {
        const cur = aucSide(task, Y, S);
        let ref = refRows ? aucSide(task, refRows.y, refRows.score) : undefined;
        const rv = refValue('roc_auc');
        if (!ref && rv !== null && refConfusion) {
            const positives = refConfusion[1][0] + refConfusion[1][1];
            const negatives = refConfusion[0][0] + refConfusion[0][1];
            if (positives > 1 && negatives > 1)
                ref = { auc: rv, variance: hanleyMcNeilVariance(rv, positives, negatives), method: 'hanley-mcneil' };
        }
        if (cur && ref)
            add('roc_auc', aucUnpairedTest(cur, ref, conf));
        else
            untested('roc_auc', cur ? 'the registered evaluation has neither per-row predictions nor a confusion table' : 'fewer than 2 rows of a class among the labelled rows');
    }
    // Means of per-row losses.
    const curLoss = perRowLosses(task, Y, S, P, K);
    const refLoss = refRows ? perRowLosses(task, refRows.y, refRows.score, refRows.proba, K) : undefined;
    for (const [m, values] of Object.entries(curLoss)) {
        if (!(m in metrics) || !wanted(m))
            continue;
        if (!refLoss) {
            untested(m, "the registered evaluation's per-row predictions are not stored with the version");
            continue;
        }
        const r = welchTTest(summarize(values), summarize(refLoss[m]), conf);
        if (m === 'rmse')
            add(m, { ...r, test: 'Welch t on squared errors' }, false);
        else
            add(m, r);
    }
    for (const m of t.metrics)
        if (!(m in metrics))
            untested(m, `not a metric of a ${task} evaluation (${Object.keys(metrics).join(', ')})`);
    for (const m of Object.keys(metrics))
        if (wanted(m) && !results.some((x) => x.metric === m) && !base.untested.some((u) => u.metric === m))
            untested(m, 'no unpaired test for this metric; measured, not judged');
    if (results.length) {
        const adj = (0,multiple/* multipleTesting */.b)(results.map((x) => x.r.pValue), 'holm', t.alpha);
        results.forEach((x, i) => {
            const dir = spec/* DIRECTION */.M[x.metric] ?? 1;
            const worse = x.difference !== null && x.difference * dir < 0;
            base.tests.push({ metric: x.metric, reference: x.reference, current: x.current, difference: x.difference, ci: x.ci, test: x.r.test, pValue: x.r.pValue, pValueAdjusted: adj.pvaluesAdjusted[i], decayed: adj.reject[i] && worse });
        });
    }
    return base;
}

;// CONCATENATED MODULE: ./.build/js/src/monitor/finding.js
function importanceUse(importance, features, t) {
    if (!importance?.features?.length)
        return { source: 'none', method: null, top: [], note: 'the registered evaluation has no permutation importance: every feature is treated alike (a drifted feature warns; a drifted share of act-drifted-share acts)' };
    const known = new Set(features);
    const top = [...importance.features]
        .filter((f) => known.has(f.name) && Number.isFinite(f.mean) && f.mean > 0)
        .sort((a, b) => b.mean - a.mean)
        .slice(0, t.topFeatures)
        .map((f) => f.name);
    return { source: 'evaluation', method: importance.method ?? null, top };
}
const LEVEL_RANK = { none: 0, warn: 1, act: 2 };
function decide(input) {
    const t = input.thresholds;
    const reasons = [];
    const drifted = input.drift.filter((d) => d.drifted).map((d) => d.column);
    const share = input.drift.length ? drifted.length / input.drift.length : 0;
    const topDrifted = drifted.filter((c) => input.importance.top.includes(c));
    const list = (xs) => xs.slice(0, 10).join(', ') + (xs.length > 10 ? `, and ${xs.length - 10} more` : '');
    if (topDrifted.length)
        reasons.push({ level: 'act', check: 'feature-drift', message: `drift in ${topDrifted.length === 1 ? 'a feature' : 'features'} the model leans on most: ${list(topDrifted)}` });
    else if (drifted.length && share >= t.actDriftedShare)
        reasons.push({ level: 'act', check: 'feature-drift', message: `${drifted.length} of ${input.drift.length} features drifted (share ${share.toFixed(2)} >= act-drifted-share ${t.actDriftedShare}): ${list(drifted)}` });
    else if (drifted.length >= t.warnDriftedFeatures)
        reasons.push({ level: 'warn', check: 'feature-drift', message: `${drifted.length} of ${input.drift.length} features drifted${input.importance.source === 'evaluation' ? ', none of the top features' : ''}: ${list(drifted)}` });
    if (input.missing.length)
        reasons.push({ level: 'act', check: 'missing-features', message: `features the model was trained on are missing from the data: ${list(input.missing)}` });
    const p = input.prediction;
    const shifted = [p.classes, p.score].filter((d) => !!d && d.drifted);
    if (shifted.length && t.predictionDrift !== 'none')
        reasons.push({ level: t.predictionDrift, check: 'prediction-drift', message: `the predictions shifted: ${shifted.map((d) => `${d.column} (${d.explanation})`).join('; ')}` });
    if (input.violations > 0 && t.quality !== 'none')
        reasons.push({ level: t.quality, check: 'quality', message: `${input.violations} violation(s) of the registered schema` });
    const decayed = input.decay?.tests.filter((x) => x.decayed) ?? [];
    if (decayed.length)
        reasons.push({ level: 'act', check: 'decay', message: `decay shown: ${decayed.map((x) => `${x.metric} ${fmt(x.reference)} -> ${fmt(x.current)} (${x.test}, adjusted p = ${x.pValueAdjusted.toPrecision(2)})`).join('; ')}` });
    const finding = reasons.reduce((acc, r) => (LEVEL_RANK[r.level] > LEVEL_RANK[acc] ? r.level : acc), 'none');
    return { finding, reasons };
}
const fmt = (x) => (x === null ? 'n/a' : String(Number(x.toPrecision(4))));

// EXTERNAL MODULE: ./.build/js/src/registry/events.js
var registry_events = __webpack_require__(38920);
// EXTERNAL MODULE: ./.build/js/src/registry/oci.js
var oci = __webpack_require__(90464);
// EXTERNAL MODULE: ./.build/js/src/registry/versions.js + 2 modules
var versions = __webpack_require__(76122);
;// CONCATENATED MODULE: ./.build/js/src/monitor/history.js
/**
 * monitor runs in the version's history: each run appends a `monitor` event (its finding as an
 * annotation, monitor-report.json as the layer) through src/registry, as deploy records its
 * decisions, so `modelgate registry history <ref>` lists them. The earlier runs' reports are read
 * back for the trend.
 */



async function recordMonitor(backend, digest, report, who) {
    const bytes = Buffer.from(JSON.stringify(report, null, 2) + '\n');
    const note = report.reasons.map((r) => r.message).join('; ').slice(0, 1000) || 'nothing found';
    return (0,versions/* addMonitor */.yr)(backend, { digest }, bytes, { ...who, finding: report.finding, note });
}
/** The reports of earlier monitor runs of a version, oldest first (at most `last`). */
async function monitorHistory(backend, digest, last = 20) {
    const events = (await (0,registry_events/* versionEvents */.ed)(backend, digest)).filter((e) => e.type === 'monitor').slice(-last);
    const out = [];
    for (const e of events) {
        const bytes = await (0,registry_events/* eventLayer */._Y)(backend, e, oci/* MEDIA */.Rn.monitorReport);
        if (!bytes)
            continue;
        try {
            out.push(JSON.parse(bytes.toString('utf8')));
        }
        catch {
            // A layer that is not JSON is not a point of the trend.
        }
    }
    return out;
}

// EXTERNAL MODULE: ./.build/js/src/data/values.js
var values = __webpack_require__(97106);
;// CONCATENATED MODULE: ./.build/js/src/monitor/predictions.js
/**
 * The model's answers recorded in the window (capture files: `prediction` and `p_<class>` columns)
 * and prediction drift against the registered evaluation: the shares of the predicted classes
 * (drift.ts's categorical test: chi-square up to `small-sample` reference rows, else
 * Jensen-Shannon) and the distribution of the score (binary: the positive class's probability;
 * regression: the prediction; drift.ts's numeric test: KS, else Wasserstein). The reference is the
 * evaluation's per-row predictions when stored with it; without them the class shares come from its
 * confusion table and the score is not tested.
 */





const num = (c) => (typeof c === 'number' ? c : typeof c === 'string' && c.trim() !== '' ? Number(c) : NaN);
/** Reads the recorded answers of the window's rows, in the evaluation's class order. */
function windowPredictions(w, ev) {
    const idx = (name) => w.columns.indexOf(name);
    const ri = idx('request_id');
    const pi = idx('prediction');
    const classes = ev?.classes ?? [];
    const keys = classes.map((k) => (0,schema/* labelKey */.kJ)(k) ?? k);
    const pc = keys.map((k) => idx(`p_${k}`));
    const n = w.rows.length;
    const task = ev?.task;
    const hasProbabilities = classes.length > 0 && pc.every((i) => i >= 0);
    const score = new Float64Array(n).fill(NaN);
    const proba = new Float64Array(task === 'multiclass' && hasProbabilities ? n * classes.length : 0).fill(NaN);
    const predicted = [];
    const requestIds = [];
    const posIdx = task === 'binary' ? keys.indexOf((0,schema/* labelKey */.kJ)(ev.positiveLabel) ?? '') : -1;
    w.rows.forEach((r, i) => {
        const id = ri >= 0 ? r.cells[ri] : null;
        requestIds.push(id === null || id === undefined ? null : String(id));
        const p = pi >= 0 ? (r.cells[pi] ?? null) : null;
        predicted.push(task === 'regression' ? null : (0,schema/* labelKey */.kJ)(p));
        if (task === 'regression')
            score[i] = num(p ?? undefined);
        else if (task === 'binary' && hasProbabilities && posIdx >= 0)
            score[i] = num(r.cells[pc[posIdx]]);
        else if (task === 'multiclass' && hasProbabilities)
            for (let j = 0; j < keys.length; j++)
                proba[i * keys.length + j] = num(r.cells[pc[j]]);
        if (task === 'regression' && p !== null && !Number.isFinite(score[i]))
            throw new errors/* DataError */.fL(`${(0,files/* showPath */.P8)(r.file)}:${r.line}: prediction '${String(p).slice(0, 40)}' is not a number (task regression)`, r.file, r.line);
    });
    return { requestIds, predicted, score, proba, hasPredictions: pi >= 0, hasProbabilities };
}
/** Class shares and score distribution of the window against the registered evaluation. */
function predictionDrift(wp, ev, rows, settings) {
    const out = { reference: null, classes: null, score: null, skipped: [] };
    if (!ev) {
        out.skipped.push('the version holds no evaluation.json: no reference for the predictions');
        return out;
    }
    if (!wp.hasPredictions) {
        out.skipped.push("the data has no 'prediction' column (capture files of modelgate serve have one)");
        return out;
    }
    out.reference = rows ? 'predictions' : 'confusion';
    if (ev.task !== 'regression') {
        const ref = new values/* ColumnValues */.b();
        if (rows)
            for (const p of rows.predicted)
                ref.add(p);
        else {
            const conf = ev.tables?.confusion;
            if (conf)
                ev.classes.forEach((k, j) => ref.categories.set((0,schema/* labelKey */.kJ)(k) ?? k, conf.reduce((s, row) => s + (row[j] ?? 0), 0)));
        }
        const cur = new values/* ColumnValues */.b();
        for (const p of wp.predicted)
            if (p !== null)
                cur.add(p);
        if (ref.categoricalCount === 0)
            out.skipped.push('class shares: the evaluation stores neither its predictions nor a confusion table');
        else
            out.classes = (0,drift/* exactDrift */.$C)({ column: 'predicted class', kind: 'categorical', setting: {}, referenceRows: ref.categoricalCount }, ref, cur, settings.smallSample) ?? null;
    }
    if (ev.task === 'binary' || ev.task === 'regression') {
        const what = ev.task === 'binary' ? `score (probability of ${ev.positiveLabel})` : 'prediction';
        if (!rows)
            out.skipped.push(`${what}: the evaluation's per-row predictions are not stored with the version`);
        else if (ev.task === 'binary' && !wp.hasProbabilities)
            out.skipped.push(`${what}: the data has no p_<class> columns`);
        else {
            const ref = new values/* ColumnValues */.b();
            for (const x of rows.score)
                ref.addNumber(x);
            const cur = new values/* ColumnValues */.b();
            for (const x of wp.score)
                if (Number.isFinite(x))
                    cur.addNumber(x);
            out.score = (0,drift/* exactDrift */.$C)({ column: what, kind: 'numeric', setting: {}, referenceRows: rows.score.length }, ref, cur, settings.smallSample) ?? null;
        }
    }
    return out;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./.build/js/src/data/infer.js
var infer = __webpack_require__(22870);
// EXTERNAL MODULE: ./.build/js/src/lib/objects.js
var objects = __webpack_require__(49477);
;// CONCATENATED MODULE: ./.build/js/src/monitor/quality.js
/**
 * Data quality of the window against the version's schema: the schema registered with it (register's
 * `schema` input), else one inferred from its training profile as `validate-data --infer-schema`
 * would. Only the model's features are checked: the schema is narrowed to them (the label and
 * columns the data adds, such as capture's request_id, are not required; `min-rows` is dropped, a
 * window may be small), written to a temp file and loaded by validate-data's loader, so the rows
 * are checked by the same code as a dataset.
 */







function qualitySchema(profile, registered, features) {
    const full = registered ? (0,files/* parseYamlOrJson */.oL)((0,external_node_fs_.readFileSync)(registered, 'utf8'), registered) : (0,infer/* inferSchema */._A)(profile, 'the training profile');
    const keep = new Set(features);
    const properties = (0,objects/* dict */.j)();
    for (const f of features) {
        const p = (0,objects/* own */.Z)(full.properties, f);
        if (p)
            properties[f] = p;
    }
    const columns = (0,objects/* dict */.j)();
    for (const f of features) {
        const c = (0,objects/* own */.Z)(full['x-dataset']?.columns, f);
        if (c)
            columns[f] = c;
    }
    // Columns the data adds (capture's request_id, prediction, ...) are allowed; min-rows is dropped.
    const narrowed = { ...full, properties, required: (full.required ?? []).filter((c) => keep.has(c)), 'x-dataset': { columns } };
    delete narrowed.additionalProperties;
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'modelgate-monitor-schema-'));
    const path = (0,external_node_path_.join)(dir, 'schema.json');
    (0,external_node_fs_.writeFileSync)(path, JSON.stringify(narrowed));
    return { source: registered ? 'registered' : 'inferred', schema: (0,schema/* loadSchema */.e$)(path) };
}

// EXTERNAL MODULE: ./.build/js/src/data/validate.js + 4 modules
var data_validate = __webpack_require__(62883);
// EXTERNAL MODULE: ./.build/js/src/gates/paired-data.js
var paired_data = __webpack_require__(7302);
// EXTERNAL MODULE: ./.build/js/src/registry/reference.js + 2 modules
var reference = __webpack_require__(17301);
;// CONCATENATED MODULE: ./.build/js/src/monitor/reference.js
/**
 * What the registry stores for the monitored version: its training profile (required), the data
 * schema (when registered with one), evaluation.json and its per-row predictions. Pulled, every
 * digest verified, into a fresh temp folder.
 */












/** Opens the registry a reference names and pulls what monitor needs of the version. */
async function loadRegistered(model, conn) {
    const r = (0,reference/* parseReference */.F2)(model, 'model');
    const backend = (0,reference/* openBackend */.f2)({ ...r, tag: undefined, digest: undefined }, conn);
    const at = { tag: r.tag ?? (r.digest ? undefined : 'latest'), digest: r.digest };
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'modelgate-monitor-'));
    const wanted = new Set([oci/* MEDIA */.Rn.profile, oci/* MEDIA */.Rn.schema, oci/* MEDIA */.Rn.evaluation, oci/* MEDIA */.Rn.predictions]);
    const { version, files } = await (0,versions/* pull */.a$)(backend, at, dir, (l) => wanted.has(l.mediaType));
    const titled = (media) => version.manifest.layers.filter((l) => l.mediaType === media).map((l) => files[l.annotations?.['org.opencontainers.image.title'] ?? ''])[0];
    const profilePath = titled(oci/* MEDIA */.Rn.profile);
    if (!profilePath)
        throw new errors/* DataError */.fL(`input 'model': ${model} (${version.version ?? version.digest}) holds no profile.json; register the version with its training profile (register's 'profile' input), which monitor tests production data against`);
    const out = { reference: model, backend, at, resolved: version, profile: (0,data_validate/* loadProfile */.i)(profilePath), schemaFile: titled(oci/* MEDIA */.Rn.schema) };
    const evPath = titled(oci/* MEDIA */.Rn.evaluation);
    if (evPath) {
        const ev = JSON.parse((0,external_node_fs_.readFileSync)(evPath, 'utf8'));
        (0,validate/* assertArtifact */.fp)('evaluation', ev, `${model}: evaluation.json`);
        out.evaluation = ev;
        const pred = titled(oci/* MEDIA */.Rn.predictions);
        if (pred)
            out.rows = readEvaluatedRows(ev, pred);
    }
    return out;
}
/** The per-row file evaluate-model writes (row, label, score | prediction, p_<class>...), checked cell by cell. */
function readEvaluatedRows(ev, file) {
    const p = (0,paired_data/* parseCsv */.Wk)(file);
    const col = (name) => {
        const i = p.header.indexOf(name);
        if (i < 0)
            throw new errors/* DataError */.fL(`${file}: no '${name}' column (header: ${p.header.join(', ')})`, file);
        return i;
    };
    const n = p.rows.length;
    const classes = ev.classes ?? [];
    const keys = classes.map((k) => (0,schema/* labelKey */.kJ)(k) ?? k);
    const y = new Float64Array(n);
    const score = new Float64Array(ev.task === 'multiclass' ? 0 : n);
    const proba = new Float64Array(ev.task === 'multiclass' ? n * classes.length : 0);
    const predicted = [];
    const label = col('label');
    const classIndex = (v, i) => {
        const k = keys.indexOf(v) >= 0 ? keys.indexOf(v) : classes.indexOf(v);
        if (k < 0)
            throw new errors/* DataError */.fL(`${file}:${p.lines[i]}: '${v.slice(0, 40)}' is not one of the evaluation's classes`, file, p.lines[i]);
        return k;
    };
    if (ev.task === 'regression') {
        const pr = col('prediction');
        for (let i = 0; i < n; i++) {
            y[i] = (0,paired_data/* cellNumber */.W4)(p, i, label, file, 'label', false);
            score[i] = (0,paired_data/* cellNumber */.W4)(p, i, pr, file, 'prediction', false);
        }
    }
    else if (ev.task === 'binary') {
        const s = col('score');
        const pr = col('prediction');
        const pos = ev.positiveLabel;
        for (let i = 0; i < n; i++) {
            classIndex(p.rows[i][label], i);
            y[i] = p.rows[i][label] === pos ? 1 : 0;
            score[i] = (0,paired_data/* cellNumber */.W4)(p, i, s, file, 'score', true);
            predicted.push(keys[classIndex(p.rows[i][pr], i)]);
        }
    }
    else {
        const pr = col('prediction');
        const pc = classes.map((k) => col(`p_${k}`));
        const K = classes.length;
        for (let i = 0; i < n; i++) {
            y[i] = classIndex(p.rows[i][label], i);
            predicted.push(keys[classIndex(p.rows[i][pr], i)]);
            for (let j = 0; j < K; j++)
                proba[i * K + j] = (0,paired_data/* cellNumber */.W4)(p, i, pc[j], file, `p_${classes[j]}`, true);
        }
    }
    return { task: ev.task, classes, y, score, proba, predicted };
}

;// CONCATENATED MODULE: ./.build/js/src/monitor/window.js
/**
 * The window of production rows monitor judges: the data files are read once with the dataset
 * readers (CSV, TSV, JSON Lines, Parquet, globs), each row's time taken from the time column, and
 * the rows within `window` of the newest row (or of `as-of`) kept. Shadow answers in capture files
 * (`shadow: true`, a candidate's answer to a request the stable model served) are dropped, and so
 * are rows another version answered (a canary's share of a split) when the `version` column names
 * the monitored version on some rows (served from a registry reference, capture records `v<n>`). The kept
 * rows are then replayed, in their order and with their file and line, into validate-data's scan,
 * so the window gets the same profile and schema checks as a dataset.
 */





/** Capture columns (src/serve/capture.ts) that are not model inputs. */
const CAPTURE_COLUMNS = (/* unused pure expression or super */ null && (['request_id', 'variant', 'version', 'shadow', 'timestamp', 'prediction']));
async function expandAll(patterns) {
    const files = [];
    for (const p of patterns)
        files.push(...(await (0,readers/* expandDataGlob */.hL)(p)));
    return [...new Set(files)];
}
/** The time column: `time-column`, else `timestamp` when the data has one. */
function timeColumnOf(o, columns, sources) {
    const timeColumn = o.timeColumn ?? (columns.includes('timestamp') ? 'timestamp' : undefined);
    if (o.timeColumn && !columns.includes(o.timeColumn))
        throw new errors/* ConfigurationError */.j1(`input 'time-column': ${(0,files/* showName */.$i)(o.timeColumn)} is not a column of ${sources.map(files/* showPath */.P8).join(', ')} (columns: ${columns.slice(0, 20).map(files/* showName */.$i).join(', ')})`);
    if (o.windowMs !== undefined && !timeColumn)
        throw new errors/* ConfigurationError */.j1(`input 'window' needs a time column: the data has no 'timestamp' column; name one with 'time-column'`);
    return timeColumn;
}
/**
 * Reads the data and keeps the window's rows. Two passes, so that memory holds the window, not
 * the whole data (months of capture files for a day's window): the first finds the columns and
 * the newest time, the second keeps the rows within the window.
 */
async function readWindow(o) {
    const sources = await expandAll(o.data);
    // Pass 1: columns, rows read, each row's time (checked) and the newest.
    let columns = [];
    let file = sources[0];
    // The time column's index as columns appear (a JSON Lines key may first appear after some rows).
    const timeName = o.timeColumn ?? 'timestamp';
    let ti = -1;
    let newest = -Infinity;
    let newestAt = null;
    let rowsRead = 0;
    let untimed;
    const read = await (0,readers/* readRows */.aK)(sources, {
        beginFile(path) {
            file = path;
        },
        header(names) {
            columns = [...names];
            ti = columns.indexOf(timeName);
        },
        newColumn(name, index) {
            columns[index] = name;
            if (ti < 0 && name === timeName)
                ti = index;
        },
        row(cells, line) {
            rowsRead++;
            const cell = ti < 0 ? null : (cells[ti] ?? null);
            const t = cell === null ? undefined : parseTime(cell);
            if (t === undefined) {
                // A JSON Lines row without the key (it first appears in a later row) has no time at all.
                untimed ??= { file, line, cell, absent: ti < 0 || cells[ti] === undefined };
            }
            else if (t > newest) {
                newest = t;
                newestAt = { file, line };
            }
        },
    }, { format: o.format });
    columns = read.columns;
    const timeColumn = timeColumnOf(o, columns, sources);
    if (timeColumn && untimed) {
        const { file: at, line, cell, absent } = untimed;
        const what = absent ? `has no ${(0,files/* showName */.$i)(timeColumn)} (the time column): every row needs one` : cell === null ? 'is empty' : `'${String(cell).slice(0, 40)}' is not an ISO 8601 time (a real date) or a number of Unix seconds`;
        throw new errors/* DataError */.fL(`${(0,files/* showPath */.P8)(at)}:${line}: ${absent ? 'the row' : (0,files/* showName */.$i)(timeColumn)} ${what}`, at, line);
    }
    const to = timeColumn ? (o.asOf ?? newest) : null;
    const from = to === null || o.windowMs === undefined ? null : to - o.windowMs;
    // Pass 2: the rows within (from, to], shadow answers left out, with the events scan replays. Times
    // are parsed again rather than kept from pass 1 (8 bytes a row of the whole data).
    ti = -1;
    const events = [];
    const rows = [];
    const si = columns.indexOf('shadow');
    const capture = si >= 0 && columns.includes('request_id');
    let shadowDropped = 0;
    let index = 0;
    await (0,readers/* readRows */.aK)(sources, {
        beginFile(path) {
            file = path;
            events.push({ t: 'file', path });
        },
        header(names) {
            ti = timeColumn ? names.indexOf(timeColumn) : -1;
            events.push({ t: 'header', names: [...names] });
        },
        newColumn(name, i) {
            if (ti < 0 && name === timeColumn)
                ti = i;
            events.push({ t: 'column', name, index: i });
        },
        bad(line, message) {
            events.push({ t: 'bad', line, message });
        },
        row(cells, line) {
            index++;
            const time = ti < 0 ? undefined : parseTime(cells[ti] ?? null);
            if (time !== undefined && ((to !== null && time > to) || (from !== null && time <= from)))
                return;
            if (capture && (cells[si] === true || cells[si] === 'true')) {
                shadowDropped++;
                return;
            }
            events.push({ t: 'row', cells, line, time });
            rows.push({ cells, line, file });
        },
    }, { format: o.format });
    if (index !== rowsRead)
        throw new errors/* DataError */.fL(`${sources.map(files/* showPath */.P8).join(', ')}: changed while monitor read it (${rowsRead} rows, then ${index})`, sources[0]);
    let otherVersionDropped = 0;
    const vi = columns.indexOf('version');
    if (capture && vi >= 0 && o.version && rows.some((r) => r.cells[vi] === o.version)) {
        const other = new Set(rows.filter((r) => r.cells[vi] !== o.version).map((r) => r.cells));
        otherVersionDropped = other.size;
        if (other.size) {
            rows.splice(0, rows.length, ...rows.filter((r) => !other.has(r.cells)));
            events.splice(0, events.length, ...events.filter((e) => e.t !== 'row' || !other.has(e.cells)));
        }
    }
    return { sources, format: read.format, bytes: read.bytes, columns, rows, rowsRead, shadowDropped, otherVersionDropped, timeColumn: timeColumn ?? null, from, to: to === -Infinity ? null : to, newestAt: timeColumn ? newestAt : null, events };
}
/** validate-data's scan over the window's rows: the profile, and violations of `schema`. */
async function scanWindow(w, schema, naValues) {
    return (0,scan/* scan */.SQ)({
        files: w.sources,
        schema,
        keepValues: false,
        maxSamples: 20,
        naValues,
        read: async (sink) => {
            for (const e of w.events) {
                if (e.t === 'file')
                    sink.beginFile?.(e.path);
                else if (e.t === 'header')
                    sink.header(e.names);
                else if (e.t === 'column')
                    sink.newColumn?.(e.name, e.index);
                else if (e.t === 'bad')
                    sink.bad?.(e.line, e.message);
                // scan keeps the cells it is given: a copy, so the window's rows stay as read.
                else
                    sink.row([...e.cells], e.line);
            }
            return { format: w.format, bytes: w.bytes, columns: w.columns };
        },
    });
}

;// CONCATENATED MODULE: ./.build/js/src/monitor/index.js
/**
 * monitor: a window of production data against what the registry stores for a version (the one an
 * alias such as `production` points at): feature drift (validate-data's tests against the training
 * profile), prediction drift (against the registered evaluation), data quality (the registered
 * schema), and, with labels, decay of the real metrics. Writes monitor-report.json (temp + rename)
 * and appends the result to the version's history. Never imports @actions/* or report/.
 */












const iso = (ms) => (ms === null ? null : new Date(ms).toISOString());
async function runMonitor(config, log) {
    (0,files/* assertWritable */.Bz)(config.report, 'report');
    const t = config.thresholds;
    const reg = await log.group(`Reading ${config.model} from the registry`, () => loadRegistered(config.model, config.connection));
    const ev = reg.evaluation;
    const version = reg.resolved.version ?? null;
    log.info(`version ${version ?? reg.resolved.digest}: profile of ${reg.profile.rows} rows${reg.schemaFile ? ', schema' : ''}${ev ? `, evaluation (${ev.task}, ${ev.rows} rows${reg.rows ? ', with per-row predictions' : ''})` : ''}`);
    // Labels first: a missing labels file fails before the pass over the data.
    const labels = config.labels ? await readLabels(config.labels, ev?.label) : undefined;
    if (labels && !ev)
        throw new errors/* DataError */.fL(`input 'labels': ${config.model} holds no evaluation.json, so there is nothing to test decay against`);
    const window = await log.group(`Reading ${config.data.join(', ')}`, () => readWindow({ data: config.data, format: config.format, windowMs: config.windowMs, timeColumn: config.timeColumn, asOf: config.asOf, version: version ?? undefined }));
    const span = window.to === null ? 'every row (no time column)' : window.from === null ? `every row up to ${iso(window.to)}` : `${iso(window.from)} to ${iso(window.to)}`;
    if (window.rows.length === 0)
        throw new errors/* DataError */.fL(`no rows in the window (${span}) of ${window.sources.join(', ')}: ${window.rowsRead} row(s) read${window.shadowDropped ? `, ${window.shadowDropped} shadow` : ''}; nothing to judge`);
    log.info(`window ${span}: ${window.rows.length} of ${window.rowsRead} rows${window.shadowDropped ? `; ${window.shadowDropped} shadow answers left out` : ''}${window.otherVersionDropped ? `; ${window.otherVersionDropped} answered by other versions left out` : ''}`);
    // A window ends at the newest row's time: one row stamped in the future (a skewed clock, Unix
    // milliseconds read as seconds) moves the window away from the data, and "none" is then
    // recorded on a handful of rows. Said in the log and the report's notes.
    const ahead = config.asOf === undefined && window.to !== null && window.newestAt ? window.to - Date.now() : 0;
    const future = ahead > 86_400_000 && window.newestAt
        ? `the newest time, ${iso(window.to)} (${(0,files/* showPath */.P8)(window.newestAt.file)}:${window.newestAt.line}), is ${(0,duration/* formatDuration */.a3)(ahead, 1)} after now and the window ends there: ${window.rows.length} of ${window.rowsRead} rows; a clock error, or Unix milliseconds read as seconds? 'as-of' sets the window's end`
        : undefined;
    if (future)
        log.warning(future);
    // The model's features: the training columns (label aside) the data has. A capture file holds
    // only the columns the model was fed, so a training column missing from the data is a note, not a
    // finding, unless the registered importance names it as a model input.
    const label = ev?.label;
    const trained = reg.profile.columns.map((c) => c.name).filter((c) => c !== label);
    const present = new Set(window.columns);
    const features = trained.filter((c) => present.has(c));
    const inputs = ev?.importance?.features?.map((f) => f.name) ?? [];
    const missing = inputs.filter((c) => trained.includes(c) && !present.has(c));
    const absent = trained.filter((c) => !present.has(c) && !missing.includes(c));
    const quality = qualitySchema(reg.profile, reg.schemaFile, features);
    const scanned = await scanWindow(window, quality.schema, config.naValues);
    const settings = { ...t.drift, ignore: [...t.drift.ignore, ...(label ? [label] : [])] };
    const cd = (0,drift_columns/* columnsDrift */.t)(reg.profile, scanned.profile, settings);
    const drift = cd.drift.filter((d) => features.includes(d.column)).map(({ histogram: _h, ...d }) => d);
    const importance = importanceUse(ev?.importance, features, t);
    for (const d of drift)
        (d.drifted ? log.warning : log.info)(`${d.column}: ${d.explanation}`);
    const wp = windowPredictions(window, ev);
    const pd = predictionDrift(wp, ev, reg.rows, settings);
    for (const d of [pd.classes, pd.score])
        if (d)
            (d.drifted ? log.warning : log.info)(`${d.column}: ${d.explanation}`);
    const decay = labels && ev ? decay_decay(labels, wp, ev, reg.rows, t) : null;
    if (decay?.skipped)
        log.info(`decay not tested: ${decay.skipped}`);
    for (const x of decay?.tests ?? [])
        (x.decayed ? log.warning : log.info)(`${x.metric}: ${x.reference ?? 'n/a'} -> ${x.current ?? 'n/a'} (${x.test}, p = ${x.pValue.toPrecision(3)}, Holm ${x.pValueAdjusted.toPrecision(3)})${x.decayed ? ' decayed' : ''}`);
    const violations = scanned.violations.toJSON();
    const { finding, reasons } = decide({ drift, missing, importance, prediction: pd, violations: violations.count, decay, thresholds: t });
    const notes = [];
    if (future)
        notes.push(future);
    if (importance.note)
        notes.push(importance.note);
    if (quality.source === 'inferred')
        notes.push("the version was registered without a schema (register's 'schema' input): quality is checked against a schema inferred from its training profile");
    if (absent.length)
        notes.push(`training columns not in the data, not tested: ${absent.slice(0, 20).join(', ')}${absent.length > 20 ? ', ...' : ''} (a capture file holds only the model's inputs)`);
    notes.push(...pd.skipped);
    if (labels === undefined)
        notes.push('no labels: decay not tested');
    const drifted = drift.filter((d) => d.drifted).map((d) => d.column);
    const { drift: driftSettings, ...plain } = t;
    const report = {
        kind: 'monitor-report',
        schemaVersion: 1,
        finding,
        reasons,
        driftedColumns: drifted,
        at: new Date().toISOString(),
        model: { reference: config.model, version, digest: reg.resolved.digest, name: reg.resolved.config.name, task: ev?.task ?? null },
        window: { sources: window.sources, timeColumn: window.timeColumn, from: iso(window.from), to: iso(window.to), rows: window.rows.length, rowsRead: window.rowsRead, shadowDropped: window.shadowDropped, otherVersionDropped: window.otherVersionDropped },
        drift: { features, importance, columns: drift, skipped: cd.driftSkipped.filter((s) => features.includes(s.column)), drifted: drifted.length, tested: drift.length, share: drift.length ? drifted.length / drift.length : 0, missingFeatures: missing },
        predictionDrift: pd,
        quality: { schema: quality.source, violations },
        decay,
        thresholds: { ...plain, drift: { datasetDriftShare: driftSettings.datasetDriftShare, smallSample: driftSettings.smallSample } },
        notes,
    };
    (0,validate/* assertArtifact */.fp)('monitor-report', report, config.report, 'write');
    (0,files/* writeFileAtomic */.Zf)(config.report, JSON.stringify(report, null, 2) + '\n');
    log.info(`finding: ${finding}${reasons.length ? ` (${reasons.map((r) => r.message).join('; ')})` : ''}`);
    let event;
    let history;
    if (config.record) {
        event = await recordMonitor(reg.backend, reg.resolved.digest, report, config.actor);
        history = await monitorHistory(reg.backend, reg.resolved.digest);
        log.info(`registry: ${finding} recorded in the history of ${version ?? reg.resolved.digest}`);
    }
    else
        history = [...(await monitorHistory(reg.backend, reg.resolved.digest)), report];
    return { report, history, event };
}

;// CONCATENATED MODULE: ./.build/js/src/monitor/report.js
/** The numbers a trend chart follows across runs. */
function trendPoint(r) {
    const point = { 'drifted share': r.drift.share };
    for (const t of r.decay?.tests ?? [])
        point[t.metric] = t.current;
    return point;
}

// EXTERNAL MODULE: ./.build/js/src/report/charts.js
var charts = __webpack_require__(12043);
// EXTERNAL MODULE: ./.build/js/src/report/markdown.js
var markdown = __webpack_require__(29527);
// EXTERNAL MODULE: ./.build/js/src/report/mermaid.js
var mermaid = __webpack_require__(72435);
;// CONCATENATED MODULE: ./.build/js/src/report/monitor.js




const ICON = { none: '✅', warn: '⚠️', act: '🛑' };
/** "12-06 06.30" (mermaid labels allow digits, spaces, '-' and '.'). */
const when = (iso) => iso.slice(5, 16).replace('T', ' ').replace(':', '.');
function trendSection(history) {
    if (history.length < 2)
        return [];
    const points = history.map((r) => ({ version: when(r.at), metrics: trendPoint(r) }));
    const metrics = [...new Set(points.flatMap((p) => Object.keys(p.metrics)))];
    const charts = (0,mermaid/* historyCharts */.qF)(points, metrics.slice(0, 4));
    const rows = history.map((r) => [(0,markdown/* esc */.UQ)(r.at.replace('T', ' ').slice(0, 16)), `${ICON[r.finding]} ${r.finding}`, (0,markdown/* fmt */.Sc)(r.drift.share), ...metrics.slice(1, 4).map((m) => (0,markdown/* fmt */.Sc)(trendPoint(r)[m]))]);
    const body = [(0,markdown/* table */.tp)(['run', 'finding', 'drifted share', ...metrics.slice(1, 4).map((m) => (0,markdown/* esc */.UQ)(m))], rows, ['l', 'l', 'r', ...metrics.slice(1, 4).map(() => 'r')]), ...charts].join('\n\n');
    return ['', (0,markdown/* details */.zH)(`Trend over the last ${history.length} monitor runs of this version`, body, true)];
}
function renderMonitor(r, history = []) {
    const out = [];
    out.push(`## ${ICON[r.finding]} Monitor ${(0,markdown/* esc */.UQ)(r.model.name)} ${(0,markdown/* esc */.UQ)(r.model.version ?? '')}: ${r.finding}`);
    const w = r.window;
    out.push('', `${w.rows} of ${w.rowsRead} rows${w.to ? ` from ${(0,markdown/* esc */.UQ)(w.from ?? 'the first row')} to ${(0,markdown/* esc */.UQ)(w.to)}` : ''}${w.shadowDropped ? ` (${w.shadowDropped} shadow answers left out)` : ''}${w.otherVersionDropped ? ` (${w.otherVersionDropped} answered by other versions left out)` : ''}, against ${(0,markdown/* esc */.UQ)(r.model.reference, 200)}.`);
    if (r.reasons.length)
        out.push('', ...r.reasons.map((x) => `- **${x.level}** (${x.check}): ${(0,markdown/* esc */.UQ)(x.message, 600)}`));
    else
        out.push('', 'Nothing found: no feature or prediction drifted, no violation, no decay shown.');
    const d = r.drift;
    if (d.columns.length) {
        const top = new Set(d.importance.top);
        out.push('', `### Feature drift: ${d.drifted} of ${d.tested} drifted${d.importance.source === 'none' ? ' (no importance: every feature alike)' : ` (top features by ${(0,markdown/* esc */.UQ)(d.importance.method ?? 'importance')}: ${d.importance.top.map((c) => (0,markdown/* esc */.UQ)(c)).join(', ') || 'none'})`}`);
        out.push('', (0,markdown/* table */.tp)(['feature', 'test', 'statistic', 'p', 'drifted'], d.columns.map((c) => [(0,markdown/* esc */.UQ)(c.column) + (top.has(c.column) ? ' ★' : ''), c.test, (0,markdown/* fmt */.Sc)(c.statistic), (0,markdown/* fmt */.Sc)(c.pValue), c.drifted ? '**yes**' : 'no']), ['l', 'l', 'r', 'r', 'l']));
        out.push(...(0,charts/* driftDetails */.m)(d.columns));
    }
    if (d.missingFeatures.length)
        out.push('', `Missing features: ${d.missingFeatures.map((c) => (0,markdown/* esc */.UQ)(c)).join(', ')}`);
    const p = r.predictionDrift;
    const pd = [p.classes, p.score].filter((x) => x !== null);
    if (pd.length)
        out.push('', '### Prediction drift', '', (0,markdown/* table */.tp)(['what', 'test', 'statistic', 'p', 'drifted'], pd.map((x) => [(0,markdown/* esc */.UQ)(x.column), x.test, (0,markdown/* fmt */.Sc)(x.statistic), (0,markdown/* fmt */.Sc)(x.pValue), x.drifted ? '**yes**' : 'no']), ['l', 'l', 'r', 'r', 'l']));
    const q = r.quality.violations;
    out.push('', `### Quality: ${q.count} violation(s) of the ${r.quality.schema === 'registered' ? 'registered schema' : 'schema inferred from the training profile'}`);
    if (q.count)
        out.push('', (0,markdown/* table */.tp)(['rule', 'count'], Object.entries(q.byRule).map(([k, v]) => [(0,markdown/* esc */.UQ)(k), String(v)]), ['l', 'r']));
    const dec = r.decay;
    if (dec) {
        out.push('', `### Decay: ${dec.labelled} labelled rows (${dec.unmatched} label(s) for requests outside the window)`);
        if (dec.skipped)
            out.push('', (0,markdown/* esc */.UQ)(dec.skipped, 400));
        if (dec.tests.length)
            out.push('', (0,markdown/* table */.tp)(['metric', 'registered', 'window', 'Δ [interval]', 'test', 'p (Holm)', 'decayed'], dec.tests.map((x) => [(0,markdown/* esc */.UQ)(x.metric), (0,markdown/* fmt */.Sc)(x.reference), (0,markdown/* fmt */.Sc)(x.current), `${(0,markdown/* fmt */.Sc)(x.difference)}${x.ci ? ` [${(0,markdown/* fmt */.Sc)(x.ci[0])}, ${(0,markdown/* fmt */.Sc)(x.ci[1])}]` : ''}`, (0,markdown/* esc */.UQ)(x.test), (0,markdown/* fmt */.Sc)(x.pValueAdjusted), x.decayed ? '**yes**' : 'no']), ['l', 'r', 'r', 'r', 'l', 'r', 'l']));
    }
    if (r.notes.length)
        out.push('', ...r.notes.map((n) => `> ${(0,markdown/* esc */.UQ)(n, 400)}`));
    out.push(...trendSection(history));
    return out.join('\n') + '\n';
}

// EXTERNAL MODULE: ./.build/js/src/actions/register.js + 1 modules
var register = __webpack_require__(90657);
// EXTERNAL MODULE: ./.build/js/src/actions/types.js
var types = __webpack_require__(51692);
;// CONCATENATED MODULE: ./.build/js/src/actions/monitor.js
/**
 * monitor adapter: inputs -> MonitorConfig -> monitor/runMonitor() -> monitor-report.json, job
 * summary with the trend, outputs. No statistics here: they are in src/monitor and src/stats.
 */









const RANK = { none: 0, warn: 1, act: 2 };
/* harmony default export */ const monitor = ((0,types/* defineAction */.Q)({
    name: 'monitor',
    secrets: ['password', 'token'],
    parse(inputs) {
        const data = inputs.paths('data');
        if (!data.length)
            throw new errors/* ConfigurationError */.j1(`input 'data' is required: the production data (files or globs)`);
        const model = inputs.required('model');
        (0,reference/* parseReference */.F2)(model, 'model');
        const thresholdsInput = inputs.pathOrInline('thresholds');
        const thresholds = thresholdsInput === undefined ? parseThresholds(undefined, 'thresholds') : (() => {
            const { value, source } = (0,files/* readConfigInput */.nt)(thresholdsInput, 'thresholds');
            return parseThresholds(value, source);
        })();
        const window = inputs.string('window');
        const asOfText = inputs.string('as-of');
        const asOf = asOfText === undefined ? undefined : parseTime(asOfText);
        if (asOfText !== undefined && (asOf === undefined || /^\s*-?\d+(\.\d+)?\s*$/.test(asOfText)))
            throw new errors/* ConfigurationError */.j1(`input 'as-of' must be an ISO 8601 time such as 2026-12-06T00:00:00Z; got '${asOfText}'`);
        const who = (0,register.actorFromEnv)();
        const config = {
            data,
            format: inputs.choice('format', ['csv', 'tsv', 'jsonl', 'parquet']),
            model,
            connection: (0,register.connectionFrom)({ username: inputs.string('username'), password: inputs.string('password'), token: inputs.string('token') }, inputs.boolean('insecure', false)),
            labels: inputs.path('labels'),
            windowMs: window === undefined ? undefined : parseWindow(window),
            timeColumn: inputs.string('time-column'),
            asOf,
            thresholds,
            report: inputs.path('report') ?? 'monitor-report.json',
            record: inputs.boolean('record', true),
            failOn: inputs.choice('fail-on', FAIL_ON) ?? 'never',
            naValues: (0,scan/* parseNaValues */.vA)([]),
            actor: { actor: who.actor, runUrl: who.runUrl },
        };
        return Object.freeze(config);
    },
    async run(config, log) {
        const { report, history } = await runMonitor(config, log);
        const failed = config.failOn !== 'never' && RANK[report.finding] >= RANK[config.failOn];
        return {
            passed: !failed,
            failure: failed ? `monitor finding ${report.finding} (fail-on ${config.failOn}): ${report.reasons.map((r) => r.message).join('; ')}` : undefined,
            outputs: { finding: report.finding, 'drifted-columns': JSON.stringify(report.driftedColumns), report: config.report },
            summary: renderMonitor(report, history),
        };
    },
}));


/***/ }),

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

/***/ 72435:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qf: () => (/* binding */ forestChart),
/* harmony export */   YZ: () => (/* binding */ driftChart),
/* harmony export */   ph: () => (/* binding */ allowedDelta),
/* harmony export */   qF: () => (/* binding */ historyCharts)
/* harmony export */ });
/* unused harmony exports label, driftScore */
/* harmony import */ var _gates_spec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36358);

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
    const dir = _gates_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .DIRECTION */ .M[g.metric] ?? 1;
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


/***/ }),

/***/ 53669:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ multipleTesting)
/* harmony export */ });
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


/***/ }),

/***/ 71714:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ fisherExact),
/* harmony export */   Y: () => (/* binding */ wilsonInterval)
/* harmony export */ });
/* harmony import */ var _distributions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51638);
/**
 * Two independent proportions (the candidate's error rate against the stable model's), and one
 * proportion against a floor (shadow agreement).
 *
 * - `fisherExact` is scipy.stats.fisher_exact(table, alternative='two-sided') and R's
 *   fisher.test: conditional on the margins, the p-value sums the hypergeometric probabilities of
 *   the tables no more likely than the observed one (relative tolerance 1e-7, as R). Exact for
 *   any counts, so it stays valid for the rare errors a rollout sees (0 of 400 against 3 of 40),
 *   where a two-proportion z-test's normal approximation is not; it is conservative, so its false
 *   rollback rate is at most the nominal one. Checked against scipy to 1e-9 (relative).
 * - `wilsonInterval` is the Wilson score interval (statsmodels proportion_confint method='wilson').
 */

function logChoose(n, k) {
    return (0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .logGamma */ .SX)(n + 1) - (0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .logGamma */ .SX)(k + 1) - (0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .logGamma */ .SX)(n - k + 1);
}
function count(fn, name, v) {
    if (!Number.isInteger(v) || v < 0)
        throw new RangeError(`${fn}: ${name} must be a non-negative integer, got ${v}`);
    return v;
}
/**
 * Two-sided Fisher exact test of the 2x2 table [[a, b], [c, d]] (rows: groups; columns: events,
 * non-events). For error rates: a = candidate errors, b = candidate successes, c = stable errors,
 * d = stable successes.
 */
function fisherExact(a, b, c, d) {
    count('fisherExact', 'a', a);
    count('fisherExact', 'b', b);
    count('fisherExact', 'c', c);
    count('fisherExact', 'd', d);
    const statistic = (a * d) / (b * c);
    const r1 = a + b;
    const r2 = c + d;
    const c1 = a + c;
    const n = r1 + r2;
    if (r1 === 0 || r2 === 0 || c1 === 0 || c1 === n)
        return { statistic, pvalue: 1 };
    const lo = Math.max(0, c1 - r2);
    const hi = Math.min(r1, c1);
    const logDenom = logChoose(n, c1);
    const logP = (k) => logChoose(r1, k) + logChoose(r2, c1 - k) - logDenom;
    const observed = logP(a);
    const cutoff = observed + Math.log1p(1e-7);
    let p = 0;
    for (let k = lo; k <= hi; k++) {
        const lp = logP(k);
        if (lp <= cutoff)
            p += Math.exp(lp);
    }
    return { statistic, pvalue: Math.min(1, p) };
}
/** The Wilson score interval of `successes` out of `n` at `confidence`. */
function wilsonInterval(successes, n, confidence) {
    count('wilsonInterval', 'successes', successes);
    count('wilsonInterval', 'n', n);
    if (successes > n)
        throw new RangeError(`wilsonInterval: successes (${successes}) exceed n (${n})`);
    if (n === 0)
        return { low: 0, high: 1 };
    const z = (0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .normalQuantile */ .Zl)(1 - (1 - confidence) / 2);
    const p = successes / n;
    const z2 = z * z;
    const denom = 1 + z2 / n;
    const center = (p + z2 / (2 * n)) / denom;
    const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
    return { low: Math.max(0, center - half), high: Math.min(1, center + half) };
}


/***/ })

};
