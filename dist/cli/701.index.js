export const id = 701;
export const ids = [701];
export const modules = {

/***/ 28369:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ sha256Files)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/** Content digests shared by the steps that record what data they read. */


/**
 * SHA-256 of the files' bytes concatenated in the order given: evaluation.json's `data.sha256`
 * and the built-in trainer's recorded `data.sha256` are the same digest for the same files.
 */
async function sha256Files(files) {
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const f of files) {
        for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(f, { highWaterMark: 1 << 20 }))
            h.update(chunk);
    }
    return h.digest('hex');
}


/***/ }),

/***/ 7701:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  evaluate: () => (/* binding */ evaluate),
  ku: () => (/* binding */ predictionsPath)
});

// UNUSED EXPORTS: concatRows, labelKey, subset

// EXTERNAL MODULE: ./.build/js/src/data/scan.js
var scan = __webpack_require__(58666);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: ./.build/js/src/errors.js
var errors = __webpack_require__(4522);
// EXTERNAL MODULE: ./.build/js/src/lib/files.js
var files = __webpack_require__(41938);
// EXTERNAL MODULE: ./.build/js/src/lib/digest.js
var digest = __webpack_require__(28369);
// EXTERNAL MODULE: ./.build/js/src/data/readers.js + 42 modules
var readers = __webpack_require__(44061);
// EXTERNAL MODULE: ./.build/js/src/schemas/validate.js + 6 modules
var validate = __webpack_require__(60704);
// EXTERNAL MODULE: ./.build/js/src/model/metrics.js + 3 modules
var model_metrics = __webpack_require__(83181);
// EXTERNAL MODULE: ./.build/js/src/lib/columns.js
var lib_columns = __webpack_require__(35054);
// EXTERNAL MODULE: ./.build/js/src/metrics/buffers.js
var buffers = __webpack_require__(26948);
// EXTERNAL MODULE: ./.build/js/src/data/schema.js
var schema = __webpack_require__(46043);
// EXTERNAL MODULE: ./.build/js/src/metrics/intervals.js
var intervals = __webpack_require__(94685);
;// CONCATENATED MODULE: ./.build/js/src/model/latency.js
/** Inference latency: per-batch wall times, summarised per batch and per row. */

class LatencyRecorder {
    times = [];
    rows = [];
    record(ms, rows) {
        this.times.push(ms);
        this.rows.push(rows);
    }
    raw() {
        return this.times.map((t, i) => [t, this.rows[i]]);
    }
    report(batchSize, modelBytes) {
        const t = Float64Array.from(this.times).sort();
        const perRow = Float64Array.from(this.times.map((ms, i) => ms / this.rows[i])).sort();
        const total = this.times.reduce((a, b) => a + b, 0);
        const rows = this.rows.reduce((a, b) => a + b, 0);
        return {
            batches: t.length,
            batchSize,
            p50Ms: (0,intervals/* quantileSorted */.Z4)(t, 0.5),
            p95Ms: (0,intervals/* quantileSorted */.Z4)(t, 0.95),
            p99Ms: (0,intervals/* quantileSorted */.Z4)(t, 0.99),
            perRow: { p50Ms: (0,intervals/* quantileSorted */.Z4)(perRow, 0.5), p95Ms: (0,intervals/* quantileSorted */.Z4)(perRow, 0.95), p99Ms: (0,intervals/* quantileSorted */.Z4)(perRow, 0.99) },
            rowsPerSecond: total > 0 ? (rows / total) * 1000 : 0,
            modelBytes,
            batchMs: this.times.map((x) => Math.round(x * 1000) / 1000),
        };
    }
}

// EXTERNAL MODULE: ./.build/js/src/model/model.js + 1 modules
var model_model = __webpack_require__(54487);
// EXTERNAL MODULE: ./.build/js/src/model/ort.js
var model_ort = __webpack_require__(5396);
;// CONCATENATED MODULE: ./.build/js/src/model/evaluate.js
/**
 * evaluate-model: streams the data through the model in batches (onnxruntime-node), keeps per-row
 * labels and scores in typed arrays, then computes the metrics with confidence intervals, per-slice
 * metrics, calibration and latency. Writes evaluation.json and a per-row predictions file (for
 * compare-to-baseline's paired tests), each to a temp name renamed into place.
 */

















/** Shard state columns as base64 float64 (slice ids too: exact as doubles). */
function column(values) {
    return (0,buffers/* encodeFloat64 */.XR)(Float64Array.from(values));
}
function f64Of(s, what) {
    const c = new lib_columns/* F64 */.j(1);
    c.buf = (0,buffers/* decodeFloat64 */.VQ)(s, what);
    c.n = c.buf.length;
    return c;
}
function i32Of(s, what) {
    const c = new lib_columns/* I32 */.C(1);
    c.buf = Int32Array.from((0,buffers/* decodeFloat64 */.VQ)(s, what));
    c.n = c.buf.length;
    return c;
}
function sigmoid(x) {
    return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
}
function csvField(s) {
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
async function runModel(config, log, hooks, predictionsTmp) {
    if (!config.model)
        throw new errors/* ConfigurationError */.j1(`input 'model' is required (or 'merge' to merge shard evaluations)`);
    if (!config.label)
        throw new errors/* ConfigurationError */.j1(`input 'label' is required`);
    const label = config.label;
    const ort = await log.group('Loading onnxruntime', () => (0,model_ort/* loadOnnxRuntime */.aD)(log, hooks));
    const model = await model_model/* Model */.K.load(ort, config.model);
    const outPlan = model.outputPlan();
    log.info(`model ${config.model}: inputs ${model.inputs.map((i) => i.name).join(', ')}; outputs ${model.outputs.map((o) => o.name).join(', ')}`);
    const sources = [];
    for (const p of config.data)
        sources.push(...(await (0,readers/* expandDataGlob */.hL)(p)));
    if (sources.length === 0)
        throw new errors/* ConfigurationError */.j1(`input 'data' is required`);
    const notes = [];
    const latency = new LatencyRecorder();
    const fetch = [outPlan.probabilities, outPlan.label, outPlan.value].filter((x) => !!x);
    let feedPlan;
    let colIndex = new Map();
    let labelIdx = -1;
    let sliceIdx = [];
    let task = config.task;
    let classes = [];
    let classIndex = new Map();
    let positive = null;
    let transform;
    let decided = false;
    const rows = { task: 'binary', classes: [], index: new lib_columns/* F64 */.j(), y: new lib_columns/* F64 */.j(), score: new lib_columns/* F64 */.j(), proba: new lib_columns/* F64 */.j(), slice: [], sliceValues: [] };
    const sliceIds = [];
    let batch = [];
    let batchLines = [];
    let batchFile = '';
    let delivered = 0;
    let unlabeled = 0;
    let file = sources[0];
    let predHeaderWritten = false;
    const stride = config.shard?.count ?? 1;
    const offset = config.shard?.index ?? 0;
    const decideTask = (out, labels, fileName) => {
        const k = outPlan.probabilities ? out[outPlan.probabilities].dims[1] : 1;
        const keys = [...new Set(labels.filter((l) => l !== null))];
        const zeroOne = keys.every((x) => x === '0' || x === '1');
        if (!task) {
            if (outPlan.probabilities)
                task = k === 2 ? 'binary' : 'multiclass';
            else {
                // A regression target is a number; text labels mean a classifier's single score.
                const numeric = keys.every((x) => Number.isFinite(Number(x)));
                task = zeroOne || !numeric ? 'binary' : 'regression';
                notes.push(`task inferred as ${task} from the labels of the first batch${!zeroOne && !numeric ? ' (text, so not a regression target)' : ''} and the model's one output`);
            }
            log.info(`task: ${task} (inferred; set 'task' to override)`);
        }
        if (task === 'regression' && !outPlan.value)
            throw new errors/* ConfigurationError */.j1(`task regression needs a model with one float output; this one outputs ${model.outputs.map((o) => o.name).join(', ')}`);
        if (task !== 'regression') {
            if (outPlan.probabilities) {
                classes = outPlan.classLabels ?? Array.from({ length: k }, (_, i) => String(i));
                if (classes.length !== k)
                    throw new errors/* DataError */.fL(`${config.model}: the model names ${classes.length} classes but outputs ${k} probabilities`);
                if (!outPlan.classLabels)
                    notes.push(`the model carries no class labels: probability column i is class "i"`);
            }
            else if (zeroOne || task === 'multiclass')
                classes = ['0', '1'];
            else
                classes = classesFromLabels(keys, fileName);
            if (task === 'multiclass' && classes.length < 3 && !outPlan.probabilities)
                throw new errors/* ConfigurationError */.j1(`task multiclass needs a model that outputs class probabilities [N, K]`);
            classIndex = new Map(classes.map((c, i) => [(0,schema/* labelKey */.kJ)(c), i]));
            if (task === 'binary') {
                if (classes.length !== 2)
                    throw new errors/* ConfigurationError */.j1(`task binary, but the model has ${classes.length} classes (${classes.join(', ')})`);
                positive = config.positiveLabel !== undefined ? (0,schema/* labelKey */.kJ)(config.positiveLabel) : (0,schema/* labelKey */.kJ)(classes[1]);
                if (!classIndex.has(positive))
                    throw new errors/* ConfigurationError */.j1(`input 'positive-label': '${config.positiveLabel}' is not one of the model's classes (${classes.join(', ')})`);
            }
        }
        if (outPlan.value && task !== 'regression') {
            transform = config.scoreType === 'auto' ? undefined : config.scoreType;
            if (!transform) {
                const data = out[outPlan.value].data;
                const inUnit = data.every((x) => x >= 0 && x <= 1);
                transform = outPlan.valueProducer === 'Sigmoid' || inUnit ? 'probability' : 'logit';
                notes.push(`the model's single output is read as a ${transform}${transform === 'logit' ? ' (a sigmoid is applied)' : ''}: ${outPlan.valueProducer === 'Sigmoid' ? 'it comes from a Sigmoid node' : inUnit ? 'its first batch lies within [0, 1]' : 'its first batch leaves [0, 1]'}; set 'score-type' to override`);
            }
        }
        rows.task = task;
        rows.classes = task === 'regression' ? [] : classes;
    };
    /**
     * A single-output model carries no class names; with labels other than 0/1 its two classes are
     * the two labels of the first batch (with 'positive-label'), sorted as scikit-learn sorts
     * classes_, and its output is the score of the second (or of 'positive-label').
     */
    const classesFromLabels = (keys, fileName) => {
        const names = new Set(keys);
        if (config.positiveLabel !== undefined && (0,schema/* labelKey */.kJ)(config.positiveLabel) !== null)
            names.add((0,schema/* labelKey */.kJ)(config.positiveLabel));
        if (names.size !== 2) {
            throw new errors/* DataError */.fL(`${fileName}: the model has one output and names no classes, so its two classes are taken from the labels of the first batch; these are ${[...names].map(model_model/* show */.W).join(', ') || 'none'}, not two (relabel to 0/1, or set 'positive-label' and 'batch-size' so the first batch holds both)`, fileName);
        }
        const sorted = [...names].every((x) => Number.isFinite(Number(x))) ? [...names].sort((a, b) => Number(a) - Number(b)) : [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        const pos = config.positiveLabel !== undefined ? (0,schema/* labelKey */.kJ)(config.positiveLabel) : sorted[1];
        notes.push(`the model names no classes: its single output is read as the score of label ${(0,model_model/* show */.W)(pos)}, and ${(0,model_model/* show */.W)(sorted.find((x) => x !== pos))} is the other class (the labels of the first batch${config.positiveLabel === undefined ? ', the larger in sorted order is positive, as in scikit-learn' : ''})`);
        return sorted;
    };
    /** A label that is not one of the model's classes: refused, naming the labels seen and the classes. */
    const unknownLabel = (key, fileName, line, batchLabels) => {
        const foreign = new Set();
        for (const l of batchLabels)
            if (l !== null && !classIndex.has(l) && foreign.size < 10)
                foreign.add(l);
        const what = task === 'binary' ? 'a binary evaluation counts only the model\'s two classes, never another label as a negative' : 'relabel the data or evaluate with the model that knows them';
        return new errors/* DataError */.fL(`${fileName}:${line}: label ${(0,model_model/* show */.W)(key)} is not one of the model's classes (${classes.map(model_model/* show */.W).join(', ')}); labels outside them in this batch: ${[...foreign].map(model_model/* show */.W).join(', ')}; ${what}`, fileName, line);
    };
    const flush = async (cells, lines, fileName, firstIndex) => {
        if (cells.length === 0)
            return;
        const feeds = model.feeds(feedPlan, cells, colIndex, (r) => ({ file: fileName, line: lines[r] }));
        // onnxruntime-node defers its native call with setImmediate; a setImmediate queued first fires
        // just before it, so the timed window starts at the native run, not at whatever (GC, other
        // callbacks) runs before it.
        let t0 = external_node_perf_hooks_.performance.now();
        setImmediate(() => {
            t0 = external_node_perf_hooks_.performance.now();
        });
        const out = (await model.run(feeds, fetch));
        latency.record(external_node_perf_hooks_.performance.now() - t0, cells.length);
        const labels = cells.map((c) => (0,schema/* labelKey */.kJ)(c[labelIdx]));
        if (!decided) {
            decideTask(out, labels, fileName);
            decided = true;
        }
        const probs = outPlan.probabilities ? out[outPlan.probabilities].data : undefined;
        const k = outPlan.probabilities ? out[outPlan.probabilities].dims[1] : 1;
        const values = outPlan.value ? out[outPlan.value].data : undefined;
        const posIdx = positive !== null ? classIndex.get(positive) : 1;
        // An output that is not a number (or not a probability): an empty cell the model cannot impute
        // is the data's fault and named as such; otherwise it is the model's.
        const fed = feedPlan.features.map((c) => [c, colIndex.get(c)]);
        const badOutput = (r, what, v) => {
            const empty = fed.find(([, i]) => cells[r][i] === null);
            if (empty && Number.isNaN(v)) {
                return new errors/* DataError */.fL(`${fileName}:${lines[r]}: column ${(0,model_model/* show */.W)(empty[0])} is missing (empty, or one of na-values) and the model has no imputer for it (its ${what} for the row is NaN); fill the value or drop the row`, fileName, lines[r]);
            }
            return new errors/* DataError */.fL(`${config.model}: the model's ${what} for ${fileName}:${lines[r]} is ${v}, ${task === 'regression' ? 'not a finite number' : 'outside [0, 1]'}${transform === 'probability' && outPlan.value ? "; if it is a logit, set 'score-type: logit'" : ''}`, config.model);
        };
        let text = '';
        if (!predHeaderWritten) {
            const head = task === 'binary' ? 'row,label,score,prediction' : task === 'multiclass' ? `row,label,prediction,${classes.map((c) => csvField(`p_${c}`)).join(',')}` : 'row,label,prediction';
            // Slice columns ride along, so compare-to-baseline can pair rows within a slice.
            text += head + config.sliceBy.map((c) => `,${csvField(`slice:${c}`)}`).join('') + '\n';
            predHeaderWritten = true;
        }
        for (let r = 0; r < cells.length; r++) {
            const key = labels[r];
            const rowIndex = (firstIndex + r) * stride + offset;
            if (key === null) {
                unlabeled++;
                continue;
            }
            let y;
            if (task === 'regression') {
                y = Number(key);
                if (!Number.isFinite(y))
                    throw new errors/* DataError */.fL(`${fileName}:${lines[r]}: label '${key}' is not a number (task regression)`, fileName, lines[r]);
                const pred = values[r];
                if (!Number.isFinite(pred))
                    throw badOutput(r, 'prediction', pred);
                rows.score.push(pred);
                text += `${rowIndex},${csvField(key)},${pred}`;
            }
            else if (task === 'binary') {
                if (!classIndex.has(key))
                    throw unknownLabel(key, fileName, lines[r], labels);
                y = key === positive ? 1 : 0;
                let p;
                if (probs)
                    p = probs[r * k + posIdx];
                else
                    p = transform === 'logit' ? sigmoid(values[r]) : values[r];
                if (!(p >= 0 && p <= 1))
                    throw badOutput(r, 'score', p);
                rows.score.push(p);
                text += `${rowIndex},${csvField(key)},${p},${p >= config.threshold ? csvField(positive) : csvField(classes[1 - posIdx])}`;
            }
            else {
                const ci = classIndex.get(key);
                if (ci === undefined)
                    throw unknownLabel(key, fileName, lines[r], labels);
                y = ci;
                let best = 0;
                for (let j = 0; j < k; j++) {
                    const p = probs[r * k + j];
                    if (!Number.isFinite(p))
                        throw badOutput(r, `probability of class ${(0,model_model/* show */.W)(classes[j])}`, p);
                    rows.proba.push(p);
                    if (p > probs[r * k + best])
                        best = j;
                }
                text += `${rowIndex},${csvField(key)},${csvField(classes[best])},${Array.from(probs.subarray(r * k, r * k + k)).join(',')}`;
            }
            rows.y.push(y);
            rows.index.push(rowIndex);
            for (let s = 0; s < sliceIdx.length; s++) {
                const v = cells[r][sliceIdx[s]];
                const sv = v === null ? '(missing)' : String(v);
                let id = sliceIds[s].get(sv);
                if (id === undefined) {
                    id = rows.sliceValues[s].length;
                    sliceIds[s].set(sv, id);
                    rows.sliceValues[s].push(sv);
                }
                rows.slice[s].push(id);
                text += `,${csvField(sv)}`;
            }
            text += '\n';
        }
        (0,external_node_fs_.appendFileSync)(predictionsTmp, text);
    };
    // Full batches queue up while a chunk of input is parsed and run between chunks (drain), when
    // the main thread is idle: then a batch's measured time is onnxruntime's, not parsing's.
    const queue = [];
    const start = () => {
        if (batch.length === 0)
            return;
        queue.push([batch, batchLines, batchFile, delivered - batch.length]);
        batch = [];
        batchLines = [];
    };
    const runQueued = async () => {
        while (queue.length)
            await flush(...queue.shift());
    };
    // Rows, MB/s and the time left of a long pass: on a terminal in place, in CI a line every 5 s.
    const bar = log.progress?.(`Evaluating ${sources.length === 1 ? sources[0] : `${sources.length} files`}`);
    const totalBytes = bar ? sources.reduce((n, f) => n + (0,external_node_fs_.statSync)(f).size, 0) : 0;
    await log.group(`Evaluating ${sources.join(', ')}`, async () => {
        await (0,readers/* readRows */.aK)(sources, {
            beginFile(path) {
                if (batch.length)
                    start();
                file = path;
            },
            header(columns) {
                colIndex = new Map(columns.map((c, i) => [c, i]));
                labelIdx = columns.indexOf(label);
                if (labelIdx < 0)
                    throw new errors/* ConfigurationError */.j1(`input 'label': no column '${label}' in ${file} (columns: ${columns.join(', ')})`);
                for (const s of config.sliceBy)
                    if (!colIndex.has(s))
                        throw new errors/* ConfigurationError */.j1(`input 'slice-by': no column '${s}' in ${file} (columns: ${columns.join(', ')})`);
                for (const s of config.ignore)
                    if (!colIndex.has(s))
                        throw new errors/* ConfigurationError */.j1(`input 'ignore': no column '${s}' in ${file}`);
                sliceIdx = config.sliceBy.map((s) => colIndex.get(s));
                rows.slice = config.sliceBy.map(() => new lib_columns/* I32 */.C());
                rows.sliceValues = config.sliceBy.map(() => []);
                sliceIds.length = 0;
                for (const _ of config.sliceBy)
                    sliceIds.push(new Map());
                const exclude = new Set([label, ...config.ignore, ...config.sliceBy]);
                feedPlan = model.feedPlan(columns, config.features, exclude);
                if (feedPlan.features.includes(label))
                    throw new errors/* ConfigurationError */.j1(`the label column '${label}' would be fed to the model; remove it from 'features'`);
                log.info(`feeding ${feedPlan.mode === 'tensor' ? `${feedPlan.features.length} columns as ${feedPlan.input.name} [N, ${feedPlan.features.length}]` : `columns ${feedPlan.features.join(', ')} by name`}`);
            },
            row(cells, line) {
                if (cells.length !== colIndex.size)
                    throw new errors/* DataError */.fL(`${file}:${line}: has ${cells.length} fields, the header has ${colIndex.size}`, file, line);
                if (batch.length === 0)
                    batchFile = file;
                batch.push(cells);
                batchLines.push(line);
                delivered++;
                if (batch.length >= config.batchSize)
                    start();
            },
            bad(line, message) {
                throw new errors/* DataError */.fL(`${file}:${line}: ${message}`, file, line);
            },
            drain() {
                return queue.length ? runQueued() : undefined;
            },
        }, { format: config.format, shard: config.shard, naValues: config.naValues ?? scan/* PANDAS_NA_VALUES */.lD, onBytes: bar && ((b) => bar.update(b, totalBytes, delivered)) });
        start();
        await runQueued();
    }).finally(() => bar?.end());
    if (unlabeled)
        notes.push(`${unlabeled} rows without a label were skipped`);
    if (rows.y.n === 0)
        throw new errors/* DataError */.fL(`${sources.join(', ')}: no labelled rows to evaluate`, sources[0]);
    return { rows, latency, notes, model, sources, label, positiveLabel: positive };
}
/** Metrics of every slice value with enough rows; rarer values pooled into "(other)". */
function sliceMetrics(config, rows, opts) {
    const out = [];
    config.sliceBy.forEach((column, s) => {
        const ids = rows.slice[s].values;
        const values = rows.sliceValues[s];
        const counts = new Int32Array(values.length);
        for (let i = 0; i < ids.length; i++)
            counts[ids[i]]++;
        const rare = new Set();
        values.forEach((_, id) => {
            if (counts[id] < config.minSliceRows)
                rare.add(id);
        });
        const groups = values
            .map((v, id) => [v, (x) => x === id, counts[id]])
            .filter((_, id) => !rare.has(id));
        if (rare.size) {
            const n = [...rare].reduce((a, id) => a + counts[id], 0);
            groups.push(['(other)', (x) => rare.has(x), n]);
        }
        groups.sort((a, b) => b[2] - a[2]);
        for (const [value, member, n] of groups) {
            if (n < config.minSliceRows) {
                out.push({ column, value, rows: n, skipped: `${n} rows, under min-slice-rows (${config.minSliceRows})${value === '(other)' ? `: ${[...rare].map((id) => values[id]).slice(0, 10).join(', ')}` : ''}` });
                continue;
            }
            const pick = [];
            for (let i = 0; i < ids.length; i++)
                if (member(ids[i]))
                    pick.push(i);
            out.push({ column, value, rows: n, metrics: (0,model_metrics/* computeMetrics */.p)(rows.task, subset(rows, pick), opts).metrics });
        }
    });
    return out;
}
function subset(rows, pick) {
    const k = rows.task === 'multiclass' ? rows.classes.length : 0;
    const sub = { ...rows, index: new lib_columns/* F64 */.j(pick.length), y: new lib_columns/* F64 */.j(pick.length), score: new lib_columns/* F64 */.j(pick.length), proba: new lib_columns/* F64 */.j(pick.length * Math.max(k, 1)), slice: [], sliceValues: [] };
    for (const i of pick) {
        sub.index.push(rows.index.buf[i]);
        sub.y.push(rows.y.buf[i]);
        if (rows.task !== 'multiclass')
            sub.score.push(rows.score.buf[i]);
        else
            for (let j = 0; j < k; j++)
                sub.proba.push(rows.proba.buf[i * k + j]);
    }
    return sub;
}
function stateOf(rows, latency) {
    return {
        index: column(rows.index.values),
        y: column(rows.y.values),
        score: column(rows.score.values),
        proba: column(rows.proba.values),
        slice: rows.slice.map((s) => column(s.values)),
        sliceValues: rows.sliceValues,
        latency,
    };
}
function rowsFromState(task, classes, s) {
    return {
        task,
        classes,
        index: f64Of(s.index, 'state.index'),
        y: f64Of(s.y, 'state.y'),
        score: f64Of(s.score, 'state.score'),
        proba: f64Of(s.proba, 'state.proba'),
        slice: s.slice.map((x, i) => i32Of(x, `state.slice[${i}]`)),
        sliceValues: s.sliceValues,
    };
}
function predictionsPath(config) {
    return config.predictions ?? (0,external_node_path_.join)((0,external_node_path_.dirname)(config.out), 'predictions.csv');
}
async function evaluate(config, log, hooks = {}) {
    const predictions = predictionsPath(config);
    // Both outputs are checked before the work, and the rows go to a modelgate temp file beside
    // the predictions file (removed on failure, exit or a signal; see lib/files.ts).
    (0,files/* assertWritable */.Bz)(config.out, 'out');
    const tmp = (0,files/* tempPathFor */.FD)(predictions);
    let ev;
    try {
        ev = config.merge.length ? await mergeEvaluations(config, log, tmp) : await evaluateRun(config, log, hooks, tmp);
        (0,validate/* assertArtifact */.f)('evaluation', ev, config.out, 'write');
        if (!(0,external_node_fs_.existsSync)(tmp))
            (0,external_node_fs_.writeFileSync)(tmp, '');
    }
    catch (e) {
        (0,files/* releaseTemp */.A$)(tmp);
        throw e?.path === tmp ? (0,files/* outputError */.cw)(e, predictions) : e;
    }
    (0,files/* commitTemp */.e$)(tmp, predictions);
    (0,files/* writeJsonAtomic */.ZJ)(config.out, ev);
    return ev;
}
async function evaluateRun(config, log, hooks, tmp) {
    const [run, dataSha] = await Promise.all([runModel(config, log, hooks, tmp), Promise.resolve().then(async () => (0,digest/* sha256Files */.R)(await expandSources(config.data)))]);
    const { rows, latency, notes, model } = run;
    const opts = { threshold: config.threshold, confidence: config.confidence, resamples: config.bootstrap, seed: config.seed };
    const { metrics, tables } = await log.group('Computing metrics', async () => (0,model_metrics/* computeMetrics */.p)(rows.task, rows, opts));
    const slices = sliceMetrics(config, rows, opts);
    const lat = latency.report(config.batchSize, model.bytes);
    return {
        kind: 'evaluation',
        schemaVersion: 1,
        task: rows.task,
        rows: rows.y.n,
        model: { path: config.model, sha256: model.sha256, bytes: model.bytes },
        data: { sources: run.sources, sha256: dataSha, shard: config.shard ? `${config.shard.index}/${config.shard.count}` : null },
        label: run.label,
        classes: rows.classes,
        positiveLabel: run.positiveLabel,
        threshold: rows.task === 'binary' ? config.threshold : null,
        confidence: config.confidence,
        bootstrap: { resamples: config.bootstrap, seed: config.seed },
        metrics,
        tables,
        slices,
        latency: lat,
        predictions: predictionsPath(config),
        notes,
        ...(config.shard ? { state: stateOf(rows, latency.raw()) } : {}),
    };
}
async function expandSources(patterns) {
    const out = [];
    for (const p of patterns)
        out.push(...(await (0,readers/* expandDataGlob */.hL)(p)));
    return out;
}
async function mergeEvaluations(config, log, tmp) {
    const files = await expandSources(config.merge);
    const parts = files.map((f) => {
        let json;
        try {
            json = JSON.parse((0,external_node_fs_.readFileSync)(f, 'utf8'));
        }
        catch (e) {
            throw new errors/* DataError */.fL(`${f}: not readable JSON (${e.message.split('\n')[0]})`, f);
        }
        (0,validate/* assertArtifact */.f)('evaluation', json, f);
        const ev = json;
        if (!ev.state)
            throw new errors/* DataError */.fL(`${f}: has no shard state; run evaluate-model with 'shard' to make mergeable evaluations`, f);
        return ev;
    });
    const first = parts[0];
    for (const [i, p] of parts.entries()) {
        for (const key of ['task', 'label', 'positiveLabel', 'threshold']) {
            if (JSON.stringify(p[key]) !== JSON.stringify(first[key]))
                throw new errors/* DataError */.fL(`${files[i]}: its ${key} (${p[key]}) differs from ${files[0]}'s (${first[key]})`, files[i]);
        }
        if (p.model.sha256 !== first.model.sha256)
            throw new errors/* DataError */.fL(`${files[i]}: evaluates a different model (sha256 ${p.model.sha256.slice(0, 12)} vs ${first.model.sha256.slice(0, 12)})`, files[i]);
        if (JSON.stringify(p.classes) !== JSON.stringify(first.classes))
            throw new errors/* DataError */.fL(`${files[i]}: its classes differ from ${files[0]}'s`, files[i]);
    }
    const rows = concatRows(parts.map((p) => rowsFromState(p.task, p.classes, p.state)));
    const latency = new LatencyRecorder();
    for (const p of parts)
        for (const [ms, n] of p.state.latency)
            latency.record(ms, n);
    const opts = { threshold: config.threshold, confidence: config.confidence, resamples: config.bootstrap, seed: config.seed };
    const { metrics, tables } = (0,model_metrics/* computeMetrics */.p)(rows.task, rows, opts);
    const sliceBy = config.sliceBy.length ? config.sliceBy : (first.slices.map((s) => s.column).filter((c, i, a) => a.indexOf(c) === i));
    const slices = sliceMetrics({ ...config, sliceBy }, rows, opts);
    // Predictions: every shard's rows, in data-row order.
    const lines = [];
    let header = '';
    for (const p of parts) {
        if (!p.predictions || !(0,external_node_fs_.existsSync)(p.predictions))
            throw new errors/* DataError */.fL(`${p.predictions}: the shard's predictions file is missing`, p.predictions ?? undefined);
        const text = (0,external_node_fs_.readFileSync)(p.predictions, 'utf8').split('\n');
        header = text[0];
        for (const l of text.slice(1))
            if (l)
                lines.push([Number(l.slice(0, l.indexOf(','))), l]);
    }
    lines.sort((a, b) => a[0] - b[0]);
    (0,external_node_fs_.appendFileSync)(tmp, [header, ...lines.map((l) => l[1])].join('\n') + '\n');
    log.info(`merged ${parts.length} shard evaluations: ${rows.y.n} rows`);
    return {
        ...first,
        rows: rows.y.n,
        data: { sources: [...new Set(parts.flatMap((p) => p.data.sources))], sha256: first.data.sha256, shard: null },
        confidence: config.confidence,
        bootstrap: { resamples: config.bootstrap, seed: config.seed },
        metrics,
        tables,
        slices,
        latency: latency.report(first.latency.batchSize, first.latency.modelBytes),
        predictions: predictionsPath(config),
        notes: [...new Set(parts.flatMap((p) => p.notes)), `merged from ${parts.length} shards: ${files.join(', ')}`],
        state: undefined,
    };
}
/** Concatenates shard rows, re-mapping slice value ids into one shared dictionary per column. */
function concatRows(parts) {
    const first = parts[0];
    const out = { task: first.task, classes: first.classes, index: new lib_columns/* F64 */.j(), y: new lib_columns/* F64 */.j(), score: new lib_columns/* F64 */.j(), proba: new lib_columns/* F64 */.j(), slice: first.slice.map(() => new lib_columns/* I32 */.C()), sliceValues: first.slice.map(() => []) };
    const dicts = first.slice.map(() => new Map());
    for (const p of parts) {
        for (let i = 0; i < p.y.n; i++) {
            out.index.push(p.index.buf[i]);
            out.y.push(p.y.buf[i]);
        }
        for (let i = 0; i < p.score.n; i++)
            out.score.push(p.score.buf[i]);
        for (let i = 0; i < p.proba.n; i++)
            out.proba.push(p.proba.buf[i]);
        p.slice.forEach((col, s) => {
            const remap = p.sliceValues[s].map((v) => {
                let id = dicts[s].get(v);
                if (id === undefined) {
                    id = out.sliceValues[s].length;
                    dicts[s].set(v, id);
                    out.sliceValues[s].push(v);
                }
                return id;
            });
            for (let i = 0; i < col.n; i++)
                out.slice[s].push(remap[col.buf[i]]);
        });
    }
    return out;
}


/***/ })

};
