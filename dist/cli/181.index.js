export const id = 181;
export const ids = [181];
export const modules = {

/***/ 51210:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ns: () => (/* binding */ binaryMetrics),
/* harmony export */   eg: () => (/* binding */ LOG_LOSS_EPS),
/* harmony export */   jN: () => (/* binding */ BinaryState)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4522);
/* harmony import */ var _stats_delong_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4932);
/* harmony import */ var _stats_rng_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91472);
/* harmony import */ var _buffers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(26948);
/* harmony import */ var _intervals_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(94685);
/* harmony import */ var _sort_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4903);
/**
 * Binary classification: a mergeable state of (label, score) rows and the metrics computed from it.
 *
 * Rows. `label` is 1 for the positive class and 0 otherwise; `score` is the model's probability of
 * the positive class, a finite number in [0, 1]. A row is predicted positive when
 * `score >= threshold` (default 0.5).
 *
 * State and memory. `BinaryState` keeps the scores of positive rows and of negative rows in two
 * Float64Arrays: 8 bytes per row (up to 16 while a growing buffer doubles), 8 MB per million rows.
 * Nothing else is needed: every metric, including roc_auc and average_precision, is a function of
 * these two multisets, so `merge` (concatenation) is exact and the metrics are computed from the
 * sorted arrays, making them independent of row order and of how rows were sharded: merging shard
 * states in any order gives bit-identical results, intervals included. JSON form: the two arrays
 * as base64 of little-endian float64 bytes (about 10.7 characters per row), stored sorted.
 * Computing the metrics needs 16 bytes per row of sort scratch, plus 24 bytes per row (and O(rows)
 * time per resample) for the row bootstrap when it runs.
 *
 * Metrics (names and conventions of scikit-learn 1.2, checked against it in
 * test/unit/metrics/goldens.test.ts):
 * - accuracy, balanced_accuracy (mean recall over the classes present in the labels), precision,
 *   recall, f1 of the positive class at the threshold; zero_division as scikit-learn's default
 *   'warn': an ill-defined precision, recall or f1 is 0, with a `reason`.
 * - roc_auc: Mann-Whitney AUC with ties counted ½ (= roc_auc_score); null with a reason when only
 *   one class is present.
 * - average_precision: the step-wise sum Σ (R_k - R_{k-1}) P_k over distinct score thresholds,
 *   tied scores forming one threshold (= average_precision_score); 0 without positive rows, as
 *   scikit-learn (which then sets recall to 1).
 * - log_loss: scores clipped to [ε, 1 - ε] with ε = 2.220446049250313e-16 (float64 machine
 *   epsilon: log_loss(eps="auto") for float64 input in scikit-learn 1.2), the row (1-p, p) then
 *   renormalised by its sum, natural log, mean over rows.
 * - brier_score: mean (score - label)² (= brier_score_loss).
 * - calibration: `calibrationBins` (default 10) equal-width bins on [0, 1] with
 *   calibration_curve's assignment: bin b holds scores in (b/B, (b+1)/B], bin 0 also holds 0
 *   (edges as numpy.linspace). Reliability table per bin: count, mean score, observed positive rate
 *   (null in empty bins). Expected calibration error ECE = Σ_b (n_b / n)·|mean score_b - rate_b|.
 *
 * Intervals (`ci` at `confidence`, default 0.95, seeded by `seed`):
 * - accuracy, precision, recall: Wilson score interval ('wilson'), conditional on the number of
 *   rows, predicted positives and positives respectively; or, with proportionInterval
 *   'bootstrap', as balanced_accuracy.
 * - balanced_accuracy, f1: percentile bootstrap of the confusion cells ('bootstrap-confusion').
 * - roc_auc: DeLong ('delong'), from src/stats/delong.ts.
 * - log_loss, brier_score, average_precision: percentile bootstrap of rows, all three from the
 *   same resamples ('bootstrap-percentile'); above `maxBootstrapRows` rows (default 20,000 at 1000
 *   resamples) the normal interval with the influence-function standard error ('normal-influence';
 *   for average_precision built on the logit scale, see `logitNormalInterval`).
 */






/** float64 machine epsilon: scikit-learn 1.2's log_loss clipping for float64 probabilities. */
const LOG_LOSS_EPS = 2.220446049250313e-16;
/** Mergeable state of a binary evaluation: the scores of positive rows and of negative rows. */
class BinaryState {
    task = 'binary';
    pos = new _buffers_js__WEBPACK_IMPORTED_MODULE_3__/* .Float64Column */ .HD();
    neg = new _buffers_js__WEBPACK_IMPORTED_MODULE_3__/* .Float64Column */ .HD();
    sorted = true;
    get rows() {
        return this.pos.length + this.neg.length;
    }
    get positives() {
        return this.pos.length;
    }
    get negatives() {
        return this.neg.length;
    }
    /** Adds one row; throws DataError on a label other than 0/1 or a score outside [0, 1]. */
    add(label, score) {
        if (!(score >= 0 && score <= 1))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`binary score must be a probability in [0, 1], got ${score}`);
        if (label === 1)
            this.pos.push(score);
        else if (label === 0)
            this.neg.push(score);
        else
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`binary label must be 0 or 1, got ${label}`);
        this.sorted = false;
        return this;
    }
    /** Adds rows from parallel arrays (the fast path); throws DataError naming the first bad row. */
    addBatch(labels, scores) {
        if (labels.length !== scores.length)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`binary: ${labels.length} labels but ${scores.length} scores`);
        for (let i = 0; i < labels.length; i++) {
            const s = scores[i];
            const y = labels[i];
            if (!(s >= 0 && s <= 1))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`binary score at row ${i} must be a probability in [0, 1], got ${s}`);
            if (y === 1)
                this.pos.push(s);
            else if (y === 0)
                this.neg.push(s);
            else
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`binary label at row ${i} must be 0 or 1, got ${y}`);
        }
        if (labels.length > 0)
            this.sorted = false;
        return this;
    }
    /** Adds every row of `other` (which is left unchanged). */
    merge(other) {
        if (!(other instanceof BinaryState))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL('binary: can only merge another BinaryState');
        this.pos.append(other.pos.view());
        this.neg.append(other.neg.view());
        if (other.rows > 0)
            this.sorted = false;
        return this;
    }
    /** The scores of positive and of negative rows, ascending (sorted once, until the next add). */
    sortedScores() {
        if (!this.sorted) {
            const p = this.pos.view();
            const n = this.neg.view();
            (0,_sort_js__WEBPACK_IMPORTED_MODULE_5__/* .sortFloat64 */ .f)(p);
            (0,_sort_js__WEBPACK_IMPORTED_MODULE_5__/* .sortFloat64 */ .f)(n);
            this.sorted = true;
        }
        return { positives: this.pos.view(), negatives: this.neg.view() };
    }
    toJSON() {
        const { positives, negatives } = this.sortedScores();
        return { kind: 'binary-state', schemaVersion: 1, rows: this.rows, positives: (0,_buffers_js__WEBPACK_IMPORTED_MODULE_3__/* .encodeFloat64 */ .XR)(positives), negatives: (0,_buffers_js__WEBPACK_IMPORTED_MODULE_3__/* .encodeFloat64 */ .XR)(negatives) };
    }
    /** Rebuilds from {@link toJSON} output; throws DataError on anything malformed. */
    static fromJSON(json) {
        const j = json;
        if (!j || typeof j !== 'object' || j.kind !== 'binary-state' || j.schemaVersion !== 1) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL('binary state: not a {kind: "binary-state", schemaVersion: 1} object');
        }
        const pos = (0,_buffers_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeFloat64 */ .VQ)(j.positives, 'binary state positives');
        const neg = (0,_buffers_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeFloat64 */ .VQ)(j.negatives, 'binary state negatives');
        if (j.rows !== pos.length + neg.length)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`binary state: rows ${j.rows} does not match the ${pos.length + neg.length} scores`);
        let sorted = true;
        for (const a of [pos, neg]) {
            for (let i = 0; i < a.length; i++) {
                if (!(a[i] >= 0 && a[i] <= 1))
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`binary state: score ${a[i]} is not a probability`);
                if (i > 0 && a[i - 1] > a[i])
                    sorted = false;
            }
        }
        const s = new BinaryState();
        s.pos = _buffers_js__WEBPACK_IMPORTED_MODULE_3__/* .Float64Column */ .HD.from(pos);
        s.neg = _buffers_js__WEBPACK_IMPORTED_MODULE_3__/* .Float64Column */ .HD.from(neg);
        s.sorted = sorted;
        return s;
    }
}
/** Precision, recall, f1 and balanced accuracy of cells [tp, fp, fn, tn] with scikit-learn's zero_division = 0. */
function precisionOf(tp, fp) {
    return tp + fp > 0 ? tp / (tp + fp) : 0;
}
function recallOf(tp, fn) {
    return tp + fn > 0 ? tp / (tp + fn) : 0;
}
function f1Of(tp, fp, fn) {
    const p = precisionOf(tp, fp);
    const r = recallOf(tp, fn);
    return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}
/** Mean recall over the classes with support; NaN without rows. */
function balancedOf(tp, fp, fn, tn) {
    const hasPos = tp + fn > 0;
    const hasNeg = tn + fp > 0;
    if (hasPos && hasNeg)
        return (tp / (tp + fn) + tn / (tn + fp)) / 2;
    if (hasPos)
        return tp / (tp + fn);
    if (hasNeg)
        return tn / (tn + fp);
    return NaN;
}
/** The log-loss term of one row, as scikit-learn 1.2: clip, renormalise (1-p, p), -log. */
function logLossTerm(p, positive) {
    const c = p < LOG_LOSS_EPS ? LOG_LOSS_EPS : p > 1 - LOG_LOSS_EPS ? 1 - LOG_LOSS_EPS : p;
    const q = 1 - c;
    const s = q + c;
    return -Math.log((positive ? c : q) / s);
}
/**
 * One ascending merge walk over the sorted positive and negative scores, tie group by tie group:
 * log_loss, brier_score, average_precision (at a tie group with score v, precision is
 * #positives >= v / #rows >= v, and recall grows by the group's share of all positives), the
 * calibration bins, the influence-function standard errors and optionally the bootstrap table.
 *
 * Influence function of AP = E[Y·π(S)] / E[Y] with π(s) = P(Y = 1, S >= s) / P(S >= s), at a row
 * (s0, y0) in tie group g: IF = [y0·(π_g - AP) + y0·S1_g - S2_g] / p, where p = share of
 * positives and S1_g = Σ_{h<=g} cP_h / D_h, S2_g = Σ_{h<=g} cP_h·π_h / D_h over tie groups h at
 * or below g (cP_h positives, D_h rows at or above h). Var(AP) ≈ Σ IF² / n².
 */
function binaryPass(P, N, bins, withTable) {
    const nP = P.length;
    const nN = N.length;
    const n = nP + nN;
    const edges = Array.from({ length: bins + 1 }, (_, b) => (b === bins ? 1 : b * (1 / bins)));
    const binCount = new Float64Array(bins);
    const binSum = new Float64Array(bins);
    const binPos = new Float64Array(bins);
    const table = withTable ? { loss: new Float64Array(n), brier: new Float64Array(n), key: new Uint32Array(n) } : null;
    let lossSum = 0;
    let brierSum = 0;
    let apSum = 0;
    // Shifted sums of squares for the standard errors of the two means (shift: the first term).
    let lossShift = NaN;
    let lossDev = 0;
    let lossDev2 = 0;
    let brierShift = NaN;
    let brierDev = 0;
    let brierDev2 = 0;
    // AP influence: positives contribute (u_g - AP)², u_g = π_g + S1_g - S2_g; negatives S2_g².
    let s1 = 0;
    let s2 = 0;
    let sumU = 0;
    let sumU2 = 0;
    let sumNegS2sq = 0;
    let below = 0;
    let posBelow = 0;
    let bin = 0;
    let group = 0;
    let i = 0;
    let j = 0;
    while (i < nP || j < nN) {
        const v = i < nP && (j >= nN || P[i] <= N[j]) ? P[i] : N[j];
        const i0 = i;
        const j0 = j;
        while (j < nN && N[j] === v)
            j++;
        while (i < nP && P[i] === v)
            i++;
        const cN = j - j0;
        const cP = i - i0;
        const c = cN + cP;
        const lossN = cN > 0 ? logLossTerm(v, false) : 0;
        const lossP = cP > 0 ? logLossTerm(v, true) : 0;
        const brierN = v * v;
        const brierP = (1 - v) * (1 - v);
        lossSum += cN * lossN + cP * lossP;
        brierSum += cN * brierN + cP * brierP;
        if (Number.isNaN(lossShift)) {
            lossShift = cN > 0 ? lossN : lossP;
            brierShift = cN > 0 ? brierN : brierP;
        }
        const dlN = lossN - lossShift;
        const dlP = lossP - lossShift;
        lossDev += cN * dlN + cP * dlP;
        lossDev2 += cN * dlN * dlN + cP * dlP * dlP;
        const dbN = brierN - brierShift;
        const dbP = brierP - brierShift;
        brierDev += cN * dbN + cP * dbP;
        brierDev2 += cN * dbN * dbN + cP * dbP * dbP;
        const atOrAbove = n - below;
        const pi = (nP - posBelow) / atOrAbove;
        if (cP > 0) {
            apSum += cP * pi;
            s1 += cP / atOrAbove;
            s2 += (cP * pi) / atOrAbove;
            const u = pi + s1 - s2;
            sumU += cP * u;
            sumU2 += cP * u * u;
        }
        if (cN > 0)
            sumNegS2sq += cN * s2 * s2;
        while (bin < bins - 1 && v > edges[bin + 1])
            bin++;
        binCount[bin] += c;
        binSum[bin] += v * c;
        binPos[bin] += cP;
        if (table !== null) {
            table.loss.fill(lossN, below, below + cN);
            table.loss.fill(lossP, below + cN, below + c);
            table.brier.fill(brierN, below, below + cN);
            table.brier.fill(brierP, below + cN, below + c);
            table.key.fill(group * 2, below, below + cN);
            table.key.fill(group * 2 + 1, below + cN, below + c);
        }
        below += c;
        posBelow += cP;
        group++;
    }
    const cal = [];
    let eceSum = 0;
    for (let b = 0; b < bins; b++) {
        const cnt = binCount[b];
        cal.push({ lower: edges[b], upper: edges[b + 1], count: cnt, meanPredicted: cnt > 0 ? binSum[b] / cnt : null, observedRate: cnt > 0 ? binPos[b] / cnt : null });
        eceSum += Math.abs(binSum[b] - binPos[b]);
    }
    const ap = nP > 0 ? apSum / nP : 0;
    // Σ IF² for the means: Σ (x - mean)² from the shifted sums; for AP, expand Σ cP (u - AP)².
    const meanSe = (dev, dev2) => Math.sqrt(Math.max(0, dev2 - (dev * dev) / n)) / n;
    const p = nP / n;
    const apIf2 = nP > 0 ? Math.max(0, sumU2 - 2 * ap * sumU + ap * ap * nP) / (p * p) + sumNegS2sq / (p * p) : NaN;
    return {
        logLoss: lossSum / n,
        brier: brierSum / n,
        averagePrecision: ap,
        se: [meanSe(lossDev, lossDev2), meanSe(brierDev, brierDev2), Math.sqrt(apIf2) / n],
        calibration: { strategy: 'uniform', bins: cal, ece: n > 0 ? eceSum / n : null },
        table,
    };
}
/**
 * log_loss, brier_score and average_precision of the rows weighted by bootstrap `counts`,
 * walking from the highest score down so that tied scores form one threshold.
 */
function replicate(t, counts, out) {
    const { loss, brier, key } = t;
    let lossSum = 0;
    let brierSum = 0;
    let tp = 0;
    let fp = 0;
    let prevTp = 0;
    let ap = 0;
    let prevGroup = -1;
    let m = 0;
    for (let r = counts.length - 1; r >= 0; r--) {
        const c = counts[r];
        if (c === 0)
            continue; // about 37% of rows are not drawn
        m += c;
        lossSum += c * loss[r];
        brierSum += c * brier[r];
        const k = key[r];
        const g = k >>> 1;
        if (g !== prevGroup) {
            if (tp > prevTp)
                ap += ((tp - prevTp) * tp) / (tp + fp);
            prevTp = tp;
            prevGroup = g;
        }
        if (k & 1)
            tp += c;
        else
            fp += c;
    }
    if (tp > prevTp)
        ap += ((tp - prevTp) * tp) / (tp + fp);
    out[0] = lossSum / m;
    out[1] = brierSum / m;
    out[2] = tp > 0 ? ap / tp : 0;
}
/**
 * The influence-function interval of a statistic in (0, 1) built on the logit scale,
 * expit(logit(v) ± z·se / (v(1 - v))), which keeps it inside (0, 1) and follows the skew of a
 * proportion-like statistic near 1 (Boyd, Eng and Page 2013 recommend it for the area under the
 * precision-recall curve); the plain normal interval when v is 0 or 1.
 */
function logitNormalInterval(v, se, z) {
    if (!(v > 0 && v < 1))
        return (0,_intervals_js__WEBPACK_IMPORTED_MODULE_4__/* .normalInterval */ .Dm)(v, se, z, [0, 1]);
    const l = Math.log(v / (1 - v));
    const h = (z * se) / (v * (1 - v));
    return [1 / (1 + Math.exp(-(l - h))), 1 / (1 + Math.exp(-(l + h)))];
}
/** Computes every binary metric with its interval from `state`; see the module header for definitions. */
function binaryMetrics(state, opts = {}) {
    const o = (0,_intervals_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveIntervalOptions */ .Ke)(opts);
    const threshold = opts.threshold ?? 0.5;
    if (typeof threshold !== 'number' || !Number.isFinite(threshold))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`threshold must be a finite number, got ${String(threshold)}`);
    const bins = opts.calibrationBins ?? 10;
    if (!Number.isSafeInteger(bins) || bins < 1 || bins > 1000)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`calibrationBins must be an integer from 1 to 1000, got ${String(bins)}`);
    const { positives: P, negatives: N } = state.sortedScores();
    const nP = P.length;
    const nN = N.length;
    const n = nP + nN;
    const fn = (0,_stats_delong_js__WEBPACK_IMPORTED_MODULE_1__/* .lowerBound */ .yz)(P, threshold);
    const tp = nP - fn;
    const tn = (0,_stats_delong_js__WEBPACK_IMPORTED_MODULE_1__/* .lowerBound */ .yz)(N, threshold);
    const fp = nN - tn;
    const confusion = { matrix: [[tn, fp], [fn, tp]], tp, fp, fn, tn };
    const none = (reason) => (0,_intervals_js__WEBPACK_IMPORTED_MODULE_4__/* .pointOnly */ .Xy)(null, 'none', reason);
    const method = (m) => (o.intervals ? m : 'none');
    const metrics = {};
    if (n === 0) {
        for (const name of ['accuracy', 'balanced_accuracy', 'precision', 'recall', 'f1', 'roc_auc', 'average_precision', 'log_loss', 'brier_score']) {
            metrics[name] = none('no rows');
        }
        return {
            task: 'binary',
            rows: 0,
            positives: 0,
            negatives: 0,
            threshold,
            confidence: o.confidence,
            metrics,
            confusion,
            calibration: binaryPass(P, N, bins, false).calibration,
            bootstrap: null,
        };
    }
    // Confusion-matrix metrics.
    const propMethod = o.proportionInterval === 'wilson' ? 'wilson' : 'bootstrap-confusion';
    const cells = Float64Array.of(tp, fp, fn, tn);
    const boot = o.intervals
        ? (0,_intervals_js__WEBPACK_IMPORTED_MODULE_4__/* .confusionBootstrap */ .zY)(cells, 5, (c, out) => {
            out[0] = (c[0] + c[3]) / n;
            out[1] = precisionOf(c[0], c[1]);
            out[2] = recallOf(c[0], c[2]);
            out[3] = balancedOf(c[0], c[1], c[2], c[3]);
            out[4] = f1Of(c[0], c[1], c[2]);
        }, (0,_stats_rng_js__WEBPACK_IMPORTED_MODULE_2__/* .createRng */ .SZ)(o.seed, _intervals_js__WEBPACK_IMPORTED_MODULE_4__/* .STREAM_CONFUSION */ .iB), o.resamples, o.confidence)
        : null;
    const propCi = (i, x, trials) => !o.intervals ? null : o.proportionInterval === 'wilson' ? (0,_intervals_js__WEBPACK_IMPORTED_MODULE_4__/* .wilsonInterval */ .YV)(x, trials, o.z) : boot[i];
    const withReason = (r, reason) => (reason === undefined ? r : { ...r, reason });
    metrics.accuracy = { value: (tp + tn) / n, ci: propCi(0, tp + tn, n), method: method(propMethod) };
    metrics.precision = withReason({ value: precisionOf(tp, fp), ci: tp + fp > 0 ? propCi(1, tp, tp + fp) : null, method: method(propMethod) }, tp + fp === 0 ? 'no predicted positives: precision is ill-defined and set to 0 (scikit-learn zero_division)' : undefined);
    metrics.recall = withReason({ value: recallOf(tp, fn), ci: nP > 0 ? propCi(2, tp, nP) : null, method: method(propMethod) }, nP === 0 ? 'no positive rows: recall is ill-defined and set to 0 (scikit-learn zero_division)' : undefined);
    metrics.balanced_accuracy = withReason({ value: balancedOf(tp, fp, fn, tn), ci: boot ? boot[3] : null, method: method('bootstrap-confusion') }, nP === 0 || nN === 0 ? `only ${nP === 0 ? 'negative' : 'positive'} rows: the mean recall is over that class alone (scikit-learn)` : undefined);
    const f1 = f1Of(tp, fp, fn);
    metrics.f1 = withReason({ value: f1, ci: boot ? boot[4] : null, method: method('bootstrap-confusion') }, tp === 0 && (tp + fp === 0 || nP === 0) ? 'precision and recall are 0 or ill-defined: f1 is set to 0 (scikit-learn zero_division)' : undefined);
    // roc_auc with DeLong.
    if (nP === 0 || nN === 0) {
        metrics.roc_auc = (0,_intervals_js__WEBPACK_IMPORTED_MODULE_4__/* .pointOnly */ .Xy)(null, method('delong'), `roc_auc is undefined with only ${nP === 0 ? 'negative' : 'positive'} rows`);
    }
    else {
        const est = (0,_stats_delong_js__WEBPACK_IMPORTED_MODULE_1__/* .delongSorted */ .Xx)(P, N);
        const ci = o.intervals ? (0,_stats_delong_js__WEBPACK_IMPORTED_MODULE_1__/* .delongCi */ .Y7)(est, o.confidence) : null;
        metrics.roc_auc = withReason({ value: est.auc, ci, method: method('delong') }, o.intervals && ci === null ? 'the DeLong interval needs at least 2 positive and 2 negative rows' : undefined);
    }
    // Row statistics: percentile bootstrap of rows, or the influence-function interval for large n.
    const plan = (0,_intervals_js__WEBPACK_IMPORTED_MODULE_4__/* .planRowIntervals */ .An)(n, o);
    const useBootstrap = o.intervals && plan.method === 'bootstrap-percentile';
    const pass = binaryPass(P, N, bins, useBootstrap);
    const point = [pass.logLoss, pass.brier, pass.averagePrecision];
    const bounds = [
        [0, Infinity],
        [0, 1],
        [0, 1],
    ];
    let rowCis = [null, null, null];
    const bootstrap = o.intervals ? { resamples: o.resamples, seed: o.seed } : null;
    if (useBootstrap && pass.table !== null) {
        const table = pass.table;
        const reps = (0,_intervals_js__WEBPACK_IMPORTED_MODULE_4__/* .rowBootstrap */ .NL)(n, o.resamples, (0,_stats_rng_js__WEBPACK_IMPORTED_MODULE_2__/* .createRng */ .SZ)(o.seed, _intervals_js__WEBPACK_IMPORTED_MODULE_4__/* .STREAM_ROWS */ .VN), 3, (counts, out) => replicate(table, counts, out));
        rowCis = reps.map((r, s) => (0,_intervals_js__WEBPACK_IMPORTED_MODULE_4__/* .percentileInterval */ .J9)(r, o.confidence, bounds[s]));
    }
    else if (o.intervals) {
        rowCis = [(0,_intervals_js__WEBPACK_IMPORTED_MODULE_4__/* .normalInterval */ .Dm)(point[0], pass.se[0], o.z, bounds[0]), (0,_intervals_js__WEBPACK_IMPORTED_MODULE_4__/* .normalInterval */ .Dm)(point[1], pass.se[1], o.z, bounds[1]), logitNormalInterval(point[2], pass.se[2], o.z)];
    }
    metrics.average_precision = withReason({ value: point[2], ci: nP > 0 ? rowCis[2] : null, method: method(plan.method) }, nP === 0 ? 'no positive rows: scikit-learn sets recall to 1 and average_precision to 0; no interval' : undefined);
    metrics.log_loss = { value: point[0], ci: rowCis[0], method: method(plan.method) };
    metrics.brier_score = { value: point[1], ci: rowCis[1], method: method(plan.method) };
    const ordered = {};
    for (const name of ['accuracy', 'balanced_accuracy', 'precision', 'recall', 'f1', 'roc_auc', 'average_precision', 'log_loss', 'brier_score']) {
        ordered[name] = metrics[name];
    }
    return {
        task: 'binary',
        rows: n,
        positives: nP,
        negatives: nN,
        threshold,
        confidence: o.confidence,
        metrics: ordered,
        confusion,
        calibration: pass.calibration,
        bootstrap,
    };
}


/***/ }),

/***/ 26948:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HD: () => (/* binding */ Float64Column),
/* harmony export */   VQ: () => (/* binding */ decodeFloat64),
/* harmony export */   XR: () => (/* binding */ encodeFloat64)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4522);
/**
 * Growable float64 columns for the metric states, and their compact JSON form: the bytes of the
 * Float64Array in little-endian order, base64-encoded (8 bytes per value, about 10.7 characters of
 * JSON per value), so a state round-trips bit for bit.
 */

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
/** A Float64Array that grows by doubling; `view()` is the filled prefix (no copy). */
class Float64Column {
    data;
    length = 0;
    constructor(capacity = 64) {
        this.data = new Float64Array(Math.max(1, capacity));
    }
    static from(values) {
        const c = new Float64Column(values.length);
        c.data.set(values);
        c.length = values.length;
        return c;
    }
    reserve(extra) {
        const need = this.length + extra;
        if (need <= this.data.length)
            return;
        let cap = this.data.length * 2;
        while (cap < need)
            cap *= 2;
        const next = new Float64Array(cap);
        next.set(this.data.subarray(0, this.length));
        this.data = next;
    }
    push(x) {
        if (this.length === this.data.length)
            this.reserve(1);
        this.data[this.length++] = x;
    }
    append(values) {
        this.reserve(values.length);
        this.data.set(values, this.length);
        this.length += values.length;
    }
    view() {
        return this.data.subarray(0, this.length);
    }
    /** Replaces the contents (same length) — used to store a canonical (sorted) order. */
    replace(values) {
        this.data = values;
        this.length = values.length;
    }
}
/** Base64 of the little-endian float64 bytes of `a`. */
function encodeFloat64(a) {
    if (LITTLE_ENDIAN)
        return Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
    const bytes = new Uint8Array(a.length * 8);
    const dv = new DataView(bytes.buffer);
    for (let i = 0; i < a.length; i++)
        dv.setFloat64(i * 8, a[i], true);
    return Buffer.from(bytes).toString('base64');
}
/** Inverse of {@link encodeFloat64}; throws DataError naming `what` on malformed input. */
function decodeFloat64(s, what) {
    if (typeof s !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(s))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`${what}: expected a base64 string`);
    const bytes = Buffer.from(s, 'base64');
    if (bytes.length % 8 !== 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`${what}: ${bytes.length} bytes is not a whole number of float64 values`);
    const out = new Float64Array(bytes.length / 8);
    if (LITTLE_ENDIAN) {
        new Uint8Array(out.buffer).set(bytes);
    }
    else {
        const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        for (let i = 0; i < out.length; i++)
            out[i] = dv.getFloat64(i * 8, true);
    }
    return out;
}


/***/ }),

/***/ 83181:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p: () => (/* binding */ computeMetrics)
});

// EXTERNAL MODULE: ./.build/js/src/metrics/binary.js
var binary = __webpack_require__(51210);
;// CONCATENATED MODULE: ./.build/js/src/metrics/curves.js
/**
 * ROC and precision-recall curves of a binary evaluation, downsampled for drawing.
 *
 * The full curves have one point per distinct score (scikit-learn's roc_curve and
 * precision_recall_curve with drop_intermediate off). They are walked from the highest threshold
 * down, and a point is kept when it moved more than `maxError` from the last kept point in either
 * coordinate (the last point is always kept). So every point of the full curve lies within
 * `maxError` of a kept point in both coordinates (Chebyshev distance). ROC coordinates are
 * monotone, so the ROC keeps at most 2 / maxError + 2 points; precision is not, so when the PR
 * curve would keep more than `maxPoints`, the tolerance doubles until it fits, and the tolerance
 * used is what the result reports.
 */
const round = (x) => Math.round(x * 1e6) / 1e6;
class Thinner {
    eps;
    x = [];
    y = [];
    lx = NaN;
    ly = NaN;
    px = NaN;
    py = NaN;
    constructor(eps) {
        this.eps = eps;
    }
    add(x, y) {
        this.px = x;
        this.py = y;
        if (this.x.length === 0 || Math.abs(x - this.lx) > this.eps || Math.abs(y - this.ly) > this.eps) {
            this.x.push(round(x));
            this.y.push(round(y));
            this.lx = x;
            this.ly = y;
        }
    }
    finish() {
        if (this.px !== this.lx || this.py !== this.ly) {
            this.x.push(round(this.px));
            this.y.push(round(this.py));
        }
    }
}
function walk(pos, neg, eps, which) {
    const P = pos.length;
    const N = neg.length;
    const t = new Thinner(eps);
    if (which === 'roc')
        t.add(0, 0);
    else
        t.add(0, 1);
    let i = P - 1;
    let j = N - 1;
    let tp = 0;
    let fp = 0;
    while (i >= 0 || j >= 0) {
        const s = Math.max(i >= 0 ? pos[i] : -Infinity, j >= 0 ? neg[j] : -Infinity);
        while (i >= 0 && pos[i] === s)
            (tp++, i--);
        while (j >= 0 && neg[j] === s)
            (fp++, j--);
        if (which === 'roc')
            t.add(N ? fp / N : 0, P ? tp / P : 0);
        else if (tp + fp > 0)
            t.add(P ? tp / P : 0, tp / (tp + fp));
    }
    t.finish();
    return t;
}
/** Curves from the scores of positive and of negative rows, each sorted ascending. */
function binaryCurves(positives, negatives, opts = {}) {
    const eps = opts.maxError ?? 0.002;
    const maxPoints = opts.maxPoints ?? 1200;
    const roc = walk(positives, negatives, eps, 'roc');
    let prEps = eps;
    let pr = walk(positives, negatives, prEps, 'pr');
    while (pr.x.length > maxPoints)
        pr = walk(positives, negatives, (prEps *= 2), 'pr');
    return { roc: { fpr: roc.x, tpr: roc.y }, pr: { recall: pr.x, precision: pr.y }, maxError: prEps };
}

// EXTERNAL MODULE: ./.build/js/src/errors.js
var errors = __webpack_require__(4522);
// EXTERNAL MODULE: ./.build/js/src/stats/rng.js
var rng = __webpack_require__(91472);
// EXTERNAL MODULE: ./.build/js/src/metrics/buffers.js
var buffers = __webpack_require__(26948);
// EXTERNAL MODULE: ./.build/js/src/metrics/intervals.js
var intervals = __webpack_require__(94685);
// EXTERNAL MODULE: ./.build/js/src/metrics/sort.js
var sort = __webpack_require__(4903);
;// CONCATENATED MODULE: ./.build/js/src/metrics/multiclass.js
/**
 * Multiclass classification: a mergeable state and its metrics.
 *
 * Rows. `label` is a class index 0..K-1; the score is the model's probability vector over the K
 * classes (finite numbers in [0, 1]). The predicted class is the first index of the largest
 * probability (numpy.argmax).
 *
 * State and memory. `MulticlassState` keeps the K×K confusion matrix (counts) and each row's
 * log-loss term in a Float64Array: 8 bytes per row plus 8·K² bytes. The confusion matrix merges by
 * addition and the loss terms by concatenation, both exact; the metrics sort the loss terms first,
 * so they (intervals included) do not depend on row order or sharding. JSON: the confusion matrix
 * as nested arrays and the sorted loss terms as base64 of little-endian float64.
 *
 * Metrics (scikit-learn 1.2 conventions, checked in test/unit/metrics/goldens.test.ts):
 * - accuracy: share of rows whose predicted class is the label.
 * - balanced_accuracy: mean recall over the classes that occur as labels (balanced_accuracy_score).
 * - macro_f1: mean f1 over the classes that occur as labels or as predictions (f1_score with
 *   average = "macro" and the labels inferred from the data, as scikit-learn's default); a class
 *   absent from both does not count, a class never predicted counts with f1 = 0.
 * - log_loss: each probability clipped to [ε, 1 - ε] (ε = 2.220446049250313e-16, float64 machine
 *   epsilon), the row renormalised by its sum, minus the natural log of the label's probability,
 *   averaged (log_loss(labels = range(K)) of scikit-learn 1.2).
 * - perClass: precision, recall, f1 and support of every class 0..K-1 (zero_division = 0).
 * - confusion: K×K counts, rows = true class, columns = predicted class.
 *
 * Intervals: accuracy 'wilson' (or 'bootstrap-confusion' with proportionInterval 'bootstrap');
 * balanced_accuracy and macro_f1 'bootstrap-confusion' (the K² cells redrawn by a multinomial);
 * log_loss the percentile bootstrap of rows ('bootstrap-percentile'), or above `maxBootstrapRows`
 * rows the normal interval with the influence-function standard error ('normal-influence').
 */






/** Mergeable state of a K-class evaluation. */
class MulticlassState {
    task = 'multiclass';
    classes;
    counts;
    losses = new buffers/* Float64Column */.HD();
    sorted = true;
    constructor(classes) {
        if (!Number.isSafeInteger(classes) || classes < 2 || classes > 65536) {
            throw new errors/* ConfigurationError */.j1(`multiclass: the number of classes must be an integer from 2 to 65536, got ${classes}`);
        }
        this.classes = classes;
        this.counts = new Float64Array(classes * classes);
    }
    get rows() {
        return this.losses.length;
    }
    /** Adds one row: class index `label` and the probability vector `probs` (length K). */
    add(label, probs) {
        if (probs.length !== this.classes)
            throw new errors/* DataError */.fL(`multiclass: expected ${this.classes} probabilities, got ${probs.length}`);
        this.addRow(label, probs, 0, '');
        return this;
    }
    /** Adds n rows: `labels` (length n) and `probs` row-major (length n·K). */
    addBatch(labels, probs) {
        const K = this.classes;
        if (probs.length !== labels.length * K) {
            throw new errors/* DataError */.fL(`multiclass: ${labels.length} labels need ${labels.length * K} probabilities (row-major n×${K}), got ${probs.length}`);
        }
        for (let i = 0; i < labels.length; i++)
            this.addRow(labels[i], probs, i * K, ` at row ${i}`);
        return this;
    }
    addRow(label, probs, off, where) {
        const K = this.classes;
        if (!Number.isInteger(label) || label < 0 || label >= K)
            throw new errors/* DataError */.fL(`multiclass label${where} must be a class index 0..${K - 1}, got ${label}`);
        let best = 0;
        let bestP = -1;
        let sum = 0;
        for (let k = 0; k < K; k++) {
            const p = probs[off + k];
            if (!(p >= 0 && p <= 1))
                throw new errors/* DataError */.fL(`multiclass probability${where} for class ${k} must be in [0, 1], got ${p}`);
            if (p > bestP) {
                bestP = p;
                best = k;
            }
            sum += p < binary/* LOG_LOSS_EPS */.eg ? binary/* LOG_LOSS_EPS */.eg : p > 1 - binary/* LOG_LOSS_EPS */.eg ? 1 - binary/* LOG_LOSS_EPS */.eg : p;
        }
        const py = probs[off + label];
        const c = py < binary/* LOG_LOSS_EPS */.eg ? binary/* LOG_LOSS_EPS */.eg : py > 1 - binary/* LOG_LOSS_EPS */.eg ? 1 - binary/* LOG_LOSS_EPS */.eg : py;
        this.counts[label * K + best]++;
        this.losses.push(-Math.log(c / sum));
        this.sorted = false;
    }
    /** Adds every row of `other` (same number of classes). */
    merge(other) {
        if (!(other instanceof MulticlassState) || other.classes !== this.classes) {
            throw new errors/* DataError */.fL(`multiclass: can only merge a MulticlassState with ${this.classes} classes`);
        }
        for (let i = 0; i < this.counts.length; i++)
            this.counts[i] = this.counts[i] + other.counts[i];
        this.losses.append(other.losses.view());
        if (other.rows > 0)
            this.sorted = false;
        return this;
    }
    /** The confusion counts, row-major confusion[true·K + predicted] (a copy). */
    confusionCounts() {
        return this.counts.slice();
    }
    /** The per-row log-loss terms, ascending. */
    sortedLosses() {
        if (!this.sorted) {
            (0,sort/* sortFloat64 */.f)(this.losses.view());
            this.sorted = true;
        }
        return this.losses.view();
    }
    toJSON() {
        const K = this.classes;
        const confusion = Array.from({ length: K }, (_, i) => Array.from(this.counts.subarray(i * K, (i + 1) * K)));
        return { kind: 'multiclass-state', schemaVersion: 1, classes: K, rows: this.rows, confusion, logLoss: (0,buffers/* encodeFloat64 */.XR)(this.sortedLosses()) };
    }
    static fromJSON(json) {
        const j = json;
        if (!j || typeof j !== 'object' || j.kind !== 'multiclass-state' || j.schemaVersion !== 1) {
            throw new errors/* DataError */.fL('multiclass state: not a {kind: "multiclass-state", schemaVersion: 1} object');
        }
        const s = new MulticlassState(j.classes);
        const K = s.classes;
        if (!Array.isArray(j.confusion) || j.confusion.length !== K)
            throw new errors/* DataError */.fL(`multiclass state: confusion must be ${K} rows`);
        let total = 0;
        for (let i = 0; i < K; i++) {
            const row = j.confusion[i];
            if (!Array.isArray(row) || row.length !== K)
                throw new errors/* DataError */.fL(`multiclass state: confusion row ${i} must have ${K} counts`);
            for (let k = 0; k < K; k++) {
                const c = row[k];
                if (!Number.isSafeInteger(c) || c < 0)
                    throw new errors/* DataError */.fL(`multiclass state: confusion[${i}][${k}] must be a non-negative integer`);
                s.counts[i * K + k] = c;
                total += c;
            }
        }
        const losses = (0,buffers/* decodeFloat64 */.VQ)(j.logLoss, 'multiclass state logLoss');
        if (losses.length !== total || j.rows !== total)
            throw new errors/* DataError */.fL(`multiclass state: rows ${j.rows}, confusion total ${total} and ${losses.length} loss terms disagree`);
        let sorted = true;
        for (let i = 0; i < losses.length; i++) {
            if (!(losses[i] >= 0 && losses[i] < Infinity))
                throw new errors/* DataError */.fL('multiclass state: a log-loss term is not a finite non-negative number');
            if (i > 0 && losses[i - 1] > losses[i])
                sorted = false;
        }
        s.losses = buffers/* Float64Column */.HD.from(losses);
        s.sorted = sorted;
        return s;
    }
}
/** Per-class sums of a K×K count matrix. */
function margins(c, K) {
    const diag = new Float64Array(K);
    const truth = new Float64Array(K);
    const pred = new Float64Array(K);
    for (let i = 0; i < K; i++) {
        for (let k = 0; k < K; k++) {
            const v = c[i * K + k];
            truth[i] += v;
            pred[k] += v;
        }
        diag[i] = c[i * K + i];
    }
    return { diag, truth, pred };
}
function classF1(tp, truth, pred) {
    const p = pred > 0 ? tp / pred : 0;
    const r = truth > 0 ? tp / truth : 0;
    return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}
/** accuracy, balanced_accuracy, macro_f1 of a K×K count matrix (NaN without rows). */
function confusionStats(c, K) {
    const { diag, truth, pred } = margins(c, K);
    let n = 0;
    let correct = 0;
    let recallSum = 0;
    let withSupport = 0;
    let f1Sum = 0;
    let present = 0;
    for (let k = 0; k < K; k++) {
        n += truth[k];
        correct += diag[k];
        if (truth[k] > 0) {
            recallSum += diag[k] / truth[k];
            withSupport++;
        }
        if (truth[k] > 0 || pred[k] > 0) {
            f1Sum += classF1(diag[k], truth[k], pred[k]);
            present++;
        }
    }
    if (n === 0)
        return [NaN, NaN, NaN];
    return [correct / n, recallSum / withSupport, f1Sum / present];
}
/** Computes the multiclass metrics with intervals; see the module header for definitions. */
function multiclassMetrics(state, opts = {}) {
    const o = (0,intervals/* resolveIntervalOptions */.Ke)(opts);
    const K = state.classes;
    const counts = state.confusionCounts();
    const { diag, truth, pred } = margins(counts, K);
    const losses = state.sortedLosses();
    const n = losses.length;
    const perClass = [];
    for (let k = 0; k < K; k++) {
        const tp = diag[k];
        perClass.push({
            class: k,
            support: truth[k],
            predicted: pred[k],
            precision: pred[k] > 0 ? tp / pred[k] : 0,
            recall: truth[k] > 0 ? tp / truth[k] : 0,
            f1: classF1(tp, truth[k], pred[k]),
        });
    }
    const confusion = Array.from({ length: K }, (_, i) => Array.from(counts.subarray(i * K, (i + 1) * K)));
    const method = (m) => (o.intervals ? m : 'none');
    if (n === 0) {
        const none = (0,intervals/* pointOnly */.Xy)(null, 'none', 'no rows');
        return {
            task: 'multiclass',
            rows: 0,
            classes: K,
            confidence: o.confidence,
            metrics: { accuracy: none, balanced_accuracy: none, macro_f1: none, log_loss: none },
            perClass,
            confusion,
            bootstrap: null,
        };
    }
    const [accuracy, balanced, macroF1] = confusionStats(counts, K);
    const boot = o.intervals
        ? (0,intervals/* confusionBootstrap */.zY)(counts, 3, (c, out) => out.set(confusionStats(c, K)), (0,rng/* createRng */.SZ)(o.seed, intervals/* STREAM_CONFUSION */.iB), o.resamples, o.confidence)
        : null;
    let correct = 0;
    for (let k = 0; k < K; k++)
        correct += diag[k];
    let sum = 0;
    for (let i = 0; i < n; i++)
        sum += losses[i];
    const logLoss = sum / n;
    const plan = (0,intervals/* planRowIntervals */.An)(n, o);
    let lossCi = null;
    if (o.intervals && plan.method === 'bootstrap-percentile') {
        const [reps] = (0,intervals/* rowBootstrap */.NL)(n, o.resamples, (0,rng/* createRng */.SZ)(o.seed, intervals/* STREAM_ROWS */.VN), 1, (counts, out) => {
            let s = 0;
            for (let i = 0; i < n; i++)
                s += counts[i] * losses[i];
            out[0] = s / n;
        });
        lossCi = (0,intervals/* percentileInterval */.J9)(reps, o.confidence, [0, Infinity]);
    }
    else if (o.intervals) {
        let ss = 0;
        for (let i = 0; i < n; i++)
            ss += (losses[i] - logLoss) ** 2;
        lossCi = (0,intervals/* normalInterval */.Dm)(logLoss, Math.sqrt(ss) / n, o.z, [0, Infinity]);
    }
    const missingPred = perClass.filter((c) => c.support > 0 && c.predicted === 0).map((c) => c.class);
    const macro = { value: macroF1, ci: boot ? boot[2] : null, method: method('bootstrap-confusion') };
    if (missingPred.length > 0)
        macro.reason = `class${missingPred.length > 1 ? 'es' : ''} ${missingPred.join(', ')} never predicted: precision set to 0 (scikit-learn zero_division)`;
    return {
        task: 'multiclass',
        rows: n,
        classes: K,
        confidence: o.confidence,
        metrics: {
            accuracy: {
                value: accuracy,
                ci: !o.intervals ? null : o.proportionInterval === 'wilson' ? (0,intervals/* wilsonInterval */.YV)(correct, n, o.z) : boot[0],
                method: method(o.proportionInterval === 'wilson' ? 'wilson' : 'bootstrap-confusion'),
            },
            balanced_accuracy: { value: balanced, ci: boot ? boot[1] : null, method: method('bootstrap-confusion') },
            macro_f1: macro,
            log_loss: { value: logLoss, ci: lossCi, method: method(plan.method) },
        },
        perClass,
        confusion,
        bootstrap: o.intervals ? { resamples: o.resamples, seed: o.seed } : null,
    };
}

;// CONCATENATED MODULE: ./.build/js/src/metrics/regression.js
/**
 * Regression: a mergeable state of (label, prediction) rows and its metrics.
 *
 * State and memory. `RegressionState` keeps labels and predictions in two Float64Arrays: 16 bytes
 * per row (up to 32 while buffers double), merged by concatenation. Before computing, the rows are
 * put in a canonical order (ascending label, then prediction; stable radix sorts), so the values
 * and the bootstrap intervals do not depend on row order or on how shards were merged. JSON: the
 * two columns in that order as base64 of little-endian float64.
 *
 * Metrics (scikit-learn 1.2 / numpy, checked in test/unit/metrics/goldens.test.ts), with
 * e = prediction - label:
 * - mae = mean |e| (mean_absolute_error); rmse = √(mean e²) (mean_squared_error(squared=False)).
 * - r2 = 1 - Σe² / Σ(y - ȳ)² (r2_score). With constant labels scikit-learn's force_finite rule
 *   applies: 1 when the predictions are exact, else 0 (with a `reason`); null with fewer than 2 rows.
 * - absoluteErrorQuantiles: p50, p90, p95, p99 of |e| by numpy.percentile's default "linear"
 *   method (Hyndman-Fan type 7: the order statistic interpolated at (n - 1)·q).
 *
 * Intervals: mae, rmse and r2 by the percentile bootstrap of rows, all from the same resamples
 * ('bootstrap-percentile'); above `maxBootstrapRows` rows, the normal interval with the
 * influence-function (delta-method) standard error ('normal-influence').
 */





/** Mergeable state of a regression evaluation. */
class RegressionState {
    task = 'regression';
    y = new buffers/* Float64Column */.HD();
    p = new buffers/* Float64Column */.HD();
    canonical = true;
    get rows() {
        return this.y.length;
    }
    /** Adds one row; throws DataError unless both numbers are finite. */
    add(label, prediction) {
        if (!Number.isFinite(label))
            throw new errors/* DataError */.fL(`regression label must be a finite number, got ${label}`);
        if (!Number.isFinite(prediction))
            throw new errors/* DataError */.fL(`regression prediction must be a finite number, got ${prediction}`);
        this.y.push(label);
        this.p.push(prediction);
        this.canonical = false;
        return this;
    }
    /** Adds rows from parallel arrays; throws DataError naming the first bad row. */
    addBatch(labels, predictions) {
        if (labels.length !== predictions.length)
            throw new errors/* DataError */.fL(`regression: ${labels.length} labels but ${predictions.length} predictions`);
        for (let i = 0; i < labels.length; i++) {
            const y = labels[i];
            const p = predictions[i];
            if (!Number.isFinite(y))
                throw new errors/* DataError */.fL(`regression label at row ${i} must be a finite number, got ${y}`);
            if (!Number.isFinite(p))
                throw new errors/* DataError */.fL(`regression prediction at row ${i} must be a finite number, got ${p}`);
            this.y.push(y);
            this.p.push(p);
        }
        if (labels.length > 0)
            this.canonical = false;
        return this;
    }
    merge(other) {
        if (!(other instanceof RegressionState))
            throw new errors/* DataError */.fL('regression: can only merge another RegressionState');
        this.y.append(other.y.view());
        this.p.append(other.p.view());
        if (other.rows > 0)
            this.canonical = false;
        return this;
    }
    /** Labels and predictions in canonical order (ascending label, then prediction). */
    columns() {
        if (!this.canonical) {
            const y = this.y.view();
            const p = this.p.view();
            const perm = (0,sort/* argsortFloat64 */.F)(y, (0,sort/* argsortFloat64 */.F)(p));
            const y2 = new Float64Array(y.length);
            const p2 = new Float64Array(p.length);
            for (let i = 0; i < perm.length; i++) {
                y2[i] = y[perm[i]];
                p2[i] = p[perm[i]];
            }
            this.y.replace(y2);
            this.p.replace(p2);
            this.canonical = true;
        }
        return { labels: this.y.view(), predictions: this.p.view() };
    }
    toJSON() {
        const { labels, predictions } = this.columns();
        return { kind: 'regression-state', schemaVersion: 1, rows: this.rows, labels: (0,buffers/* encodeFloat64 */.XR)(labels), predictions: (0,buffers/* encodeFloat64 */.XR)(predictions) };
    }
    static fromJSON(json) {
        const j = json;
        if (!j || typeof j !== 'object' || j.kind !== 'regression-state' || j.schemaVersion !== 1) {
            throw new errors/* DataError */.fL('regression state: not a {kind: "regression-state", schemaVersion: 1} object');
        }
        const y = (0,buffers/* decodeFloat64 */.VQ)(j.labels, 'regression state labels');
        const p = (0,buffers/* decodeFloat64 */.VQ)(j.predictions, 'regression state predictions');
        if (y.length !== p.length || j.rows !== y.length)
            throw new errors/* DataError */.fL(`regression state: rows ${j.rows}, ${y.length} labels and ${p.length} predictions disagree`);
        let canonical = true;
        for (let i = 0; i < y.length; i++) {
            if (!Number.isFinite(y[i]) || !Number.isFinite(p[i]))
                throw new errors/* DataError */.fL(`regression state: row ${i} is not finite`);
            if (i > 0 && !(y[i - 1] < y[i] || (y[i - 1] === y[i] && p[i - 1] <= p[i])))
                canonical = false;
        }
        const s = new RegressionState();
        s.y = buffers/* Float64Column */.HD.from(y);
        s.p = buffers/* Float64Column */.HD.from(p);
        s.canonical = canonical;
        return s;
    }
}
/** Computes the regression metrics with intervals; see the module header for definitions. */
function regressionMetrics(state, opts = {}) {
    const o = (0,intervals/* resolveIntervalOptions */.Ke)(opts);
    const { labels: y, predictions: p } = state.columns();
    const n = y.length;
    const method = (m) => (o.intervals ? m : 'none');
    if (n === 0) {
        const none = (0,intervals/* pointOnly */.Xy)(null, 'none', 'no rows');
        return {
            task: 'regression',
            rows: 0,
            confidence: o.confidence,
            metrics: { mae: none, rmse: none, r2: none },
            absoluteErrorQuantiles: { p50: null, p90: null, p95: null, p99: null },
            bootstrap: null,
        };
    }
    const absE = new Float64Array(n);
    const sqE = new Float64Array(n);
    let sumY = 0;
    let sumAbs = 0;
    let sumSq = 0;
    for (let i = 0; i < n; i++) {
        const e = y[i] - p[i];
        absE[i] = Math.abs(e);
        sqE[i] = e * e;
        sumY += y[i];
        sumAbs += absE[i];
        sumSq += sqE[i];
    }
    const mean = sumY / n;
    const yc = new Float64Array(n);
    let sst = 0;
    for (let i = 0; i < n; i++) {
        yc[i] = y[i] - mean;
        sst += yc[i] * yc[i];
    }
    const mae = sumAbs / n;
    const rmse = Math.sqrt(sumSq / n);
    let r2;
    const r2Of = (sse, sstv) => (sstv > 0 ? 1 - sse / sstv : sse === 0 ? 1 : 0);
    if (n < 2)
        r2 = (0,intervals/* pointOnly */.Xy)(null, 'none', 'r2 is undefined with fewer than 2 rows');
    else if (sst === 0) {
        r2 = (0,intervals/* pointOnly */.Xy)(r2Of(sumSq, sst), 'none', 'constant labels: r2 set to 1 for exact predictions, else 0 (scikit-learn force_finite)');
    }
    else
        r2 = { value: r2Of(sumSq, sst), ci: null, method: 'none' };
    const sortedAbs = absE.slice();
    (0,sort/* sortFloat64 */.f)(sortedAbs);
    const q = (x) => (0,intervals/* quantileSorted */.Z4)(sortedAbs, x);
    const plan = (0,intervals/* planRowIntervals */.An)(n, o);
    const metrics = {
        mae: { value: mae, ci: null, method: method(plan.method) },
        rmse: { value: rmse, ci: null, method: method(plan.method) },
        r2: { ...r2, method: method(plan.method) },
    };
    const r2Defined = n >= 2 && sst > 0;
    if (o.intervals && plan.method === 'bootstrap-percentile') {
        const reps = (0,intervals/* rowBootstrap */.NL)(n, o.resamples, (0,rng/* createRng */.SZ)(o.seed, intervals/* STREAM_ROWS */.VN), 3, (counts, out) => {
            let sa = 0;
            let s2 = 0;
            let sy = 0;
            let syy = 0;
            for (let i = 0; i < n; i++) {
                const c = counts[i];
                if (c === 0)
                    continue; // about 37% of rows are not drawn
                sa += c * absE[i];
                s2 += c * sqE[i];
                const d = yc[i];
                sy += c * d;
                syy += c * d * d;
            }
            let sstB = syy - (sy * sy) / n;
            if (sstB <= 1e-12 * syy)
                sstB = 0;
            out[0] = sa / n;
            out[1] = Math.sqrt(s2 / n);
            out[2] = r2Of(s2, sstB);
        });
        metrics.mae.ci = (0,intervals/* percentileInterval */.J9)(reps[0], o.confidence, [0, Infinity]);
        metrics.rmse.ci = (0,intervals/* percentileInterval */.J9)(reps[1], o.confidence, [0, Infinity]);
        if (r2Defined)
            metrics.r2.ci = (0,intervals/* percentileInterval */.J9)(reps[2], o.confidence, [-Infinity, 1]);
    }
    else if (o.intervals) {
        // Influence functions: |e| - mae; (e² - mse) / (2·rmse); -(e² - (SSE/SST)·(y - ȳ)²) / (SST/n).
        const mse = sumSq / n;
        let ssAbs = 0;
        let ssSq = 0;
        let ssR2 = 0;
        const ratio = r2Defined ? sumSq / sst : 0;
        for (let i = 0; i < n; i++) {
            ssAbs += (absE[i] - mae) ** 2;
            ssSq += (sqE[i] - mse) ** 2;
            if (r2Defined)
                ssR2 += (sqE[i] - ratio * yc[i] * yc[i]) ** 2;
        }
        metrics.mae.ci = (0,intervals/* normalInterval */.Dm)(mae, Math.sqrt(ssAbs) / n, o.z, [0, Infinity]);
        metrics.rmse.ci = rmse > 0 ? (0,intervals/* normalInterval */.Dm)(rmse, Math.sqrt(ssSq) / n / (2 * rmse), o.z, [0, Infinity]) : [0, 0];
        if (r2Defined)
            metrics.r2.ci = (0,intervals/* normalInterval */.Dm)(r2.value, Math.sqrt(ssR2) / n / (sst / n), o.z, [-Infinity, 1]);
    }
    return {
        task: 'regression',
        rows: n,
        confidence: o.confidence,
        metrics,
        absoluteErrorQuantiles: { p50: q(0.5), p90: q(0.9), p95: q(0.95), p99: q(0.99) },
        bootstrap: o.intervals && plan.method === 'bootstrap-percentile' ? { resamples: o.resamples, seed: o.seed } : null,
    };
}

;// CONCATENATED MODULE: ./.build/js/src/model/metrics.js
/**
 * Per-row evaluation results (Rows) to metrics with intervals and tables, through the mergeable
 * metric states of src/metrics. Metric names follow scikit-learn.
 */




function computeMetrics(task, rows, o) {
    const interval = { confidence: o.confidence, resamples: o.resamples, seed: o.seed };
    switch (task) {
        case 'binary': {
            const state = new binary/* BinaryState */.jN().addBatch(rows.y.values, rows.score.values);
            const r = (0,binary/* binaryMetrics */.Ns)(state, { ...interval, threshold: o.threshold });
            const sorted = state.sortedScores();
            const ece = { value: r.calibration.ece, ci: null, method: 'none', reason: 'expected calibration error over 10 equal-width bins, weighted by rows' };
            return {
                metrics: { ...r.metrics, ece },
                tables: {
                    confusion: r.confusion.matrix,
                    calibration: r.calibration.bins.map((b) => ({ low: b.lower, high: b.upper, count: b.count, meanPredicted: b.meanPredicted, observedRate: b.observedRate })),
                    curves: binaryCurves(sorted.positives, sorted.negatives),
                },
            };
        }
        case 'multiclass': {
            const r = multiclassMetrics(new MulticlassState(rows.classes.length).addBatch(rows.y.values, rows.proba.values), interval);
            return {
                metrics: r.metrics,
                tables: {
                    confusion: r.confusion,
                    perClass: r.perClass.map((c) => ({ ...c, class: rows.classes[c.class] })),
                },
            };
        }
        case 'regression': {
            const r = regressionMetrics(new RegressionState().addBatch(rows.y.values, rows.score.values), interval);
            return { metrics: r.metrics, tables: { absoluteErrorQuantiles: r.absoluteErrorQuantiles } };
        }
    }
}


/***/ })

};
