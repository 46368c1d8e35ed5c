export const id = 406;
export const ids = [406];
export const modules = {

/***/ 55406:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  UD: () => (/* binding */ compare),
  Vj: () => (/* binding */ verdictOf)
});

// UNUSED EXPORTS: rowsToResolve

// EXTERNAL MODULE: ./.build/js/src/stats/multiple.js
var multiple = __webpack_require__(53669);
// EXTERNAL MODULE: ./.build/js/src/stats/paired.js
var paired = __webpack_require__(32836);
// EXTERNAL MODULE: ./.build/js/src/stats/rng.js
var stats_rng = __webpack_require__(91472);
// EXTERNAL MODULE: ./.build/js/src/metrics/intervals.js
var intervals = __webpack_require__(94685);
// EXTERNAL MODULE: ./.build/js/src/stats/distributions.js
var distributions = __webpack_require__(51638);
// EXTERNAL MODULE: ./.build/js/src/gates/spec.js + 1 modules
var spec = __webpack_require__(36358);
// EXTERNAL MODULE: ./.build/js/src/gates/paired-metrics.js + 1 modules
var paired_metrics = __webpack_require__(32159);
// EXTERNAL MODULE: ./.build/js/src/gates/paired-data.js
var paired_data = __webpack_require__(7302);
// EXTERNAL MODULE: ./.build/js/src/fairness/measures.js
var measures = __webpack_require__(35330);
// EXTERNAL MODULE: ./.build/js/src/fairness/audit.js
var audit = __webpack_require__(28252);
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
        return (0,measures/* measuresOf */.d6)(four, p.groups)[p.measure].value;
    };
    const cv = value(joint, 'candidate', c4);
    const bv = value(joint, 'baseline', b4);
    if (!Number.isFinite(cv) || !Number.isFinite(bv))
        throw new Error(`${p.measure} is undefined on these rows for the ${Number.isFinite(cv) ? 'baseline' : 'candidate'} (fewer than two groups with the rate defined)`);
    const rng = (0,stats_rng/* createRng */.SZ)(p.seed, audit/* STREAM_FAIRNESS */.Fz + 1);
    const draw = new Float64Array(joint.length);
    const dist = [];
    for (let r = 0; r < p.resamples; r++) {
        (0,measures/* redrawGroups */.Yg)(joint, p.groups, 8, rng, draw);
        const d = value(draw, 'candidate', c4) - value(draw, 'baseline', b4);
        if (Number.isFinite(d))
            dist.push(d);
    }
    return (0,paired_metrics/* bootstrapEstimate */.d)(cv, bv, measures/* MEASURE_DIRECTION */.Re[p.measure], Float64Array.from(dist), p.confidence, `paired bootstrap within groups (${p.resamples} resamples of the joint label x candidate x baseline cells)`);
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
const UNIT_SCALE = new Set(['accuracy', 'balanced_accuracy', 'precision', 'recall', 'f1', 'roc_auc', 'average_precision', 'macro_f1', 'r2', ...measures/* MEASURES */.sF]);
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
            cache.set(key, (0,paired_metrics/* pairedEstimate */.Y)(metric, rows, { direction: spec/* DIRECTION */.M[metric] ?? 1, threshold, confidence: input.confidence, resamples: input.resamples, seed: input.seed }));
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
    const dir = spec/* DIRECTION */.M[g.metric] ?? 1;
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
    const pValue = (0,paired/* wilcoxon */.oq)(c, shifted, { alternative: prove ? 'less' : 'greater' }).pvalue;
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
                    rows = (0,paired_data/* subsetPaired */.C$)(input.paired, (i) => values[i] === s.value);
                sliceCache.set(key, { rows, candidate: s.metrics, baseline: bs?.metrics });
            }
            raw.push(evaluateGate(g, input, { column, value: s.value, ...sliceCache.get(key) }));
        }
    }
    const tested = raw.map((r, i) => [r, i]).filter(([r]) => r.pValue !== null);
    const adjusted = new Map();
    if (tested.length) {
        const adj = (0,multiple/* multipleTesting */.b)(tested.map(([r]) => r.pValue), input.correction, alpha);
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
        const dir = spec/* DIRECTION */.M[m] ?? 1;
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


/***/ }),

/***/ 32159:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d: () => (/* binding */ bootstrapEstimate),
  Y: () => (/* binding */ pairedEstimate)
});

// EXTERNAL MODULE: ./.build/js/src/stats/delong.js
var delong = __webpack_require__(4932);
// EXTERNAL MODULE: ./.build/js/src/stats/paired.js
var paired = __webpack_require__(32836);
// EXTERNAL MODULE: ./.build/js/src/stats/distributions.js
var distributions = __webpack_require__(51638);
// EXTERNAL MODULE: ./.build/js/src/stats/rng.js
var stats_rng = __webpack_require__(91472);
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
        pRegression: (m) => (0,paired/* marginTest */.N5)(dir * delta, se, m, { df }).pvalueRegression,
        pNonInferior: (m) => (0,paired/* marginTest */.N5)(dir * delta, se, m, { df }).pvalueNonInferiority,
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
            const table = (0,paired/* pairedTable */.UP)(mapRows(new Uint8Array(n), p.y, (y, i) => (predB[i] === y ? 1 : 0)), mapRows(new Uint8Array(n), p.y, (y, i) => (predC[i] === y ? 1 : 0)));
            const diff = (0,paired/* pairedAccuracyDifference */.W1)(table, { confidence: o.confidence });
            const accC = (table.bothCorrect + table.candidateOnly) / n;
            const accB = (table.bothCorrect + table.baselineOnly) / n;
            const mc = (0,paired/* mcnemar */.op)(table.baselineOnly, table.candidateOnly);
            // One-sided McNemar: half the two-sided p on the side the data lies, its complement on the other.
            const oneSided = (dataOnThatSide) => (dataOnThatSide ? mc.pvalue / 2 : 1 - mc.pvalue / 2);
            return {
                candidate: accC,
                baseline: accB,
                delta: accC - accB,
                ci: [diff.confidenceInterval.low, diff.confidenceInterval.high],
                test: `McNemar (${mc.method}) without a margin, Tango's score test with one; Tango interval`,
                pRegression: (m) => (m === 0 ? oneSided(table.candidateOnly < table.baselineOnly) : (0,paired/* accuracyMarginTest */.Qo)(table, m).pvalueRegression),
                pNonInferior: (m) => (m === 0 ? oneSided(table.candidateOnly > table.baselineOnly) : (0,paired/* accuracyMarginTest */.Qo)(table, m).pvalueNonInferiority),
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
            const t = (0,paired/* ttestRel */.IG)(lc, lb);
            const mean = (a) => a.reduce((x, y) => x + y, 0) / a.length;
            return normalEstimate(mean(lc), mean(lb), dir, t.standardError, o.confidence, 'paired t-test on per-row losses', t.df);
        }
        if (p.task === 'binary' && metric === 'average_precision') {
            const oc = descendingOrder(p.candidate);
            const ob = descendingOrder(p.baseline);
            const stat = (w) => weightedAp(oc, p.y, w, p.candidate) - weightedAp(ob, p.y, w, p.baseline);
            const ones = new Uint32Array(n).fill(1);
            const r = (0,paired/* pairedBootstrap */.Wx)(stat, n, boot);
            return bootstrapEstimate(weightedAp(oc, p.y, ones, p.candidate), weightedAp(ob, p.y, ones, p.baseline), dir, r.bootstrapDistribution, o.confidence, 'paired bootstrap of rows (percentile)');
        }
        return undefined;
    }
    // regression
    if (metric === 'mae') {
        const { candidate: ec, baseline: eb } = rowLosses(p, 'abs_error');
        const t = (0,paired/* ttestRel */.IG)(ec, eb);
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
        const r = (0,paired/* pairedBootstrap */.Wx)((w) => value(p.candidate, w) - value(p.baseline, w), n, boot);
        const ones = new Uint32Array(n).fill(1);
        return bootstrapEstimate(value(p.candidate, ones), value(p.baseline, ones), dir, r.bootstrapDistribution, o.confidence, 'paired bootstrap of rows (percentile)');
    }
    return undefined;
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

/***/ 32836:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IG: () => (/* binding */ ttestRel),
/* harmony export */   N5: () => (/* binding */ marginTest),
/* harmony export */   Qo: () => (/* binding */ accuracyMarginTest),
/* harmony export */   UP: () => (/* binding */ pairedTable),
/* harmony export */   W1: () => (/* binding */ pairedAccuracyDifference),
/* harmony export */   Wx: () => (/* binding */ pairedBootstrap),
/* harmony export */   op: () => (/* binding */ mcnemar),
/* harmony export */   oq: () => (/* binding */ wilcoxon)
/* harmony export */ });
/* unused harmony exports MCNEMAR_EXACT_BELOW, tangoScoreTest, WILCOXON_EXACT_MAX_N, PERMUTATION_EXACT_MAX_N, pairedPermutationTest, meanDifferenceStatistic, bootstrapConfidenceInterval */
/* harmony import */ var _distributions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51638);
/* harmony import */ var _rng_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91472);
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
function fail(fn, message) {
    throw new RangeError(`${fn}: ${message}`);
}
function alternativeOf(fn, a) {
    if (a === undefined)
        return 'two-sided';
    if (a !== 'two-sided' && a !== 'less' && a !== 'greater')
        fail(fn, `alternative must be 'two-sided', 'less' or 'greater', got ${JSON.stringify(a)}`);
    return a;
}
function isArrayLike(a) {
    return a !== null && typeof a === 'object' && typeof a.length === 'number';
}
/** d[i] = x[i] - y[i] as a Float64Array; x and y must be equally long arrays of finite numbers. */
function differences(fn, x, y) {
    if (!isArrayLike(x))
        fail(fn, 'x must be an array of numbers');
    if (!isArrayLike(y))
        fail(fn, 'y must be an array of numbers');
    if (x.length !== y.length)
        fail(fn, `x and y must have the same length (paired rows), got ${x.length} and ${y.length}`);
    const d = new Float64Array(x.length);
    for (let i = 0; i < d.length; i++) {
        const a = x[i];
        const b = y[i];
        if (typeof a !== 'number' || !Number.isFinite(a))
            fail(fn, `x[${i}] is not a finite number (${String(a)})`);
        if (typeof b !== 'number' || !Number.isFinite(b))
            fail(fn, `y[${i}] is not a finite number (${String(b)})`);
        d[i] = a - b;
        if (!Number.isFinite(d[i]))
            fail(fn, `x[${i}] - y[${i}] overflows`);
    }
    return d;
}
function integerIn(fn, name, v, min, max = Number.MAX_SAFE_INTEGER) {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max)
        fail(fn, `${name} must be an integer in [${min}, ${max}], got ${String(v)}`);
    return v;
}
function openUnit(fn, name, v) {
    if (typeof v !== 'number' || !(v > 0 && v < 1))
        fail(fn, `${name} must be a number in (0, 1), got ${String(v)}`);
    return v;
}
/** The p-value of a standard-normal statistic z for the given alternative. */
function normalPvalue(z, alternative) {
    if (alternative === 'greater')
        return (0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .normalSf */ .nG)(z);
    if (alternative === 'less')
        return (0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .normalCdf */ .vr)(z);
    return Math.min(1, 2 * (0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .normalSf */ .nG)(Math.abs(z)));
}
/** The p-value of a Student-t statistic for the given alternative (scipy's _ttest_finish). */
function studentTPvalue(t, df, alternative) {
    if (alternative === 'greater')
        return (0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .studentTSf */ .d)(t, df);
    if (alternative === 'less')
        return (0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .studentTSf */ .d)(-t, df);
    return Math.min(1, 2 * (0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .studentTSf */ .d)(Math.abs(t), df));
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
    return fail(fn, `${name}[${i}] must be a boolean or 0/1, got ${String(v)}`);
}
/**
 * Counts the paired 2x2 table from per-row correctness (booleans or 0/1) of the baseline and the
 * candidate on the same rows, in one pass.
 */
function pairedTable(baselineCorrect, candidateCorrect) {
    const fn = 'pairedTable';
    if (!isArrayLike(baselineCorrect))
        fail(fn, 'baselineCorrect must be an array of booleans or 0/1');
    if (!isArrayLike(candidateCorrect))
        fail(fn, 'candidateCorrect must be an array of booleans or 0/1');
    const n = baselineCorrect.length;
    if (candidateCorrect.length !== n)
        fail(fn, `baselineCorrect and candidateCorrect must have the same length (paired rows), got ${n} and ${candidateCorrect.length}`);
    const cells = [0, 0, 0, 0]; // index 2·baseline + candidate
    for (let i = 0; i < n; i++)
        cells[2 * correct(fn, 'baselineCorrect', baselineCorrect[i], i) + correct(fn, 'candidateCorrect', candidateCorrect[i], i)]++;
    return { bothCorrect: cells[3], baselineOnly: cells[2], candidateOnly: cells[1], neitherCorrect: cells[0], n };
}
function checkTable(fn, t) {
    if (t === null || typeof t !== 'object')
        fail(fn, 'table must be a PairedTable');
    const parts = [t.bothCorrect, t.baselineOnly, t.candidateOnly, t.neitherCorrect];
    const names = ['bothCorrect', 'baselineOnly', 'candidateOnly', 'neitherCorrect'];
    parts.forEach((v, i) => integerIn(fn, `table.${names[i]}`, v, 0));
    if (parts[0] + parts[1] + parts[2] + parts[3] !== t.n)
        fail(fn, `table.n (${t.n}) must equal the sum of the four cells (${parts[0] + parts[1] + parts[2] + parts[3]})`);
    if (t.n < 1)
        fail(fn, 'table.n must be at least 1');
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
        fail(fn, `exact must be true, false or 'auto', got ${String(exactOpt)}`);
    const correction = opts.correction ?? true;
    if (typeof correction !== 'boolean')
        fail(fn, `correction must be a boolean, got ${String(correction)}`);
    const n = b + c;
    const exact = exactOpt === 'auto' ? n < MCNEMAR_EXACT_BELOW : exactOpt;
    if (exact) {
        const k = Math.min(b, c);
        return { statistic: k, pvalue: Math.min(1, 2 * (0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .binomCdf */ .vf)(k, n, 0.5)), method: 'exact' };
    }
    if (n === 0)
        return { statistic: 0, pvalue: 1, method: 'asymptotic' };
    const statistic = (Math.abs(b - c) - (correction ? 1 : 0)) ** 2 / n;
    return { statistic, pvalue: (0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .chi2Sf */ .wv)(statistic, 1), method: 'asymptotic' };
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
        fail(fn, `delta0 must be a number in (-1, 1), got ${String(delta0)}`);
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
    const z = (0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .normalQuantile */ .Zl)(1 - (1 - confidence) / 2);
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
        fail(fn, `margin must be a number in [0, ${max}), got ${String(margin)}`);
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
    return { statistic: z, pvalueNonInferiority: (0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .normalSf */ .nG)(z), pvalueRegression: (0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .normalCdf */ .vr)(z) };
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
        fail(fn, `estimate must be a finite number, got ${String(estimate)}`);
    if (typeof standardError !== 'number' || !(standardError >= 0) || standardError === Infinity)
        fail(fn, `standardError must be a finite number >= 0, got ${String(standardError)}`);
    checkMargin(fn, margin);
    const df = opts.df;
    if (df !== undefined && (typeof df !== 'number' || !(df > 0)))
        fail(fn, `df must be a number > 0, got ${String(df)}`);
    const distance = estimate + margin;
    if (standardError === 0) {
        if (distance === 0)
            return { statistic: NaN, pvalueNonInferiority: 1, pvalueRegression: 1 };
        const statistic = distance > 0 ? Infinity : -Infinity;
        return { statistic, pvalueNonInferiority: distance > 0 ? 0 : 1, pvalueRegression: distance > 0 ? 1 : 0 };
    }
    const statistic = distance / standardError;
    if (df === undefined || df === Infinity)
        return { statistic, pvalueNonInferiority: (0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .normalSf */ .nG)(statistic), pvalueRegression: (0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .normalCdf */ .vr)(statistic) };
    return { statistic, pvalueNonInferiority: (0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .studentTSf */ .d)(statistic, df), pvalueRegression: (0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .studentTSf */ .d)(-statistic, df) };
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
        fail(fn, `needs at least 2 paired rows, got ${n}`);
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
        fail(fn, `method must be 'auto', 'exact' or 'asymptotic', got ${JSON.stringify(method)}`);
    const correction = opts.correction ?? false;
    if (typeof correction !== 'boolean')
        fail(fn, `correction must be a boolean, got ${String(correction)}`);
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
            fail(fn, `method='exact' supports at most ${WILCOXON_EXACT_LIMIT} non-zero differences, got ${n}; use 'asymptotic'`);
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
        fail(fn, `statistic must be 'mean difference', got ${JSON.stringify(statistic)}`);
    const d = differences(fn, x, y);
    const n = d.length;
    if (n < 1)
        fail(fn, 'needs at least 1 paired row');
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
        fail(fn, 'distribution must be a non-empty array of numbers');
    const confidence = openUnit(fn, 'confidence', opts.confidence ?? 0.95);
    const method = opts.method ?? 'bca';
    if (method !== 'percentile' && method !== 'basic' && method !== 'bca')
        fail(fn, `method must be 'percentile', 'basic' or 'bca', got ${JSON.stringify(method)}`);
    const sorted = Float64Array.from(distribution);
    for (let i = 0; i < sorted.length; i++)
        if (Number.isNaN(sorted[i]))
            fail(fn, `distribution[${i}] is NaN`);
    sorted.sort();
    const alpha = (1 - confidence) / 2;
    if (method !== 'bca') {
        const lo = percentileSorted(sorted, alpha * 100);
        const hi = percentileSorted(sorted, (1 - alpha) * 100);
        return method === 'percentile' ? { low: lo, high: hi } : { low: 2 * estimate - hi, high: 2 * estimate - lo };
    }
    const jk = opts.jackknife;
    if (!isArrayLike(jk) || jk.length < 2)
        fail(fn, "jackknife (at least 2 leave-one-out values) is required for method 'bca'");
    const B = sorted.length;
    let below = 0;
    let atOrBelow = 0;
    for (let i = 0; i < B; i++) {
        if (sorted[i] < estimate)
            below++;
        if (sorted[i] <= estimate)
            atOrBelow++;
    }
    const z0 = (0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .normalQuantile */ .Zl)((below + atOrBelow) / (2 * B));
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
        const zAlpha = (0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .normalQuantile */ .Zl)(alpha);
        const num1 = z0 + zAlpha;
        alpha1 = (0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .normalCdf */ .vr)(z0 + num1 / (1 - a * num1));
        const num2 = z0 - zAlpha;
        alpha2 = (0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .normalCdf */ .vr)(z0 + num2 / (1 - a * num2));
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
        fail(fn, 'statistic must be a function of row counts or a WeightedStatistic');
    integerIn(fn, 'n', n, 2, 0xffffffff);
    const resamples = integerIn(fn, 'resamples', opts.resamples ?? 9999, 1, 1e9);
    const confidence = openUnit(fn, 'confidence', opts.confidence ?? 0.95);
    const seed = integerIn(fn, 'seed', opts.seed ?? 0, 0);
    const method = opts.method ?? 'bca';
    if (method !== 'percentile' && method !== 'basic' && method !== 'bca')
        fail(fn, `method must be 'percentile', 'basic' or 'bca', got ${JSON.stringify(method)}`);
    const counts = new Uint32Array(n).fill(1);
    const estimate = stat.evaluate(counts);
    if (!Number.isFinite(estimate))
        fail(fn, `statistic returned ${estimate} on the original rows`);
    const rng = (0,_rng_js__WEBPACK_IMPORTED_MODULE_1__/* .createRng */ .SZ)(seed, STREAM_BOOTSTRAP);
    const dist = new Float64Array(resamples);
    const discrete = stat.discreteMean;
    if (discrete) {
        const { values, sizes } = discrete;
        let rows = 0;
        for (let k = 0; k < sizes.length; k++)
            rows += sizes[k];
        if (values.length !== sizes.length || rows !== n)
            fail(fn, `statistic.discreteMean must have one size per value, summing to n = ${n}`);
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
                fail(fn, `statistic returned NaN on resample ${b}`);
            dist[b] = v;
        }
    }
    let jackknife;
    if (method === 'bca') {
        if (stat.jackknife) {
            jackknife = stat.jackknife();
            if (!isArrayLike(jackknife) || jackknife.length !== n)
                fail(fn, `statistic.jackknife() must return n = ${n} values`);
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


/***/ })

};
