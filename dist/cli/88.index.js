export const id = 88;
export const ids = [88,369];
export const modules = {

/***/ 24755:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A1: () => (/* binding */ scoreRows),
/* harmony export */   Oc: () => (/* binding */ permutationScores),
/* harmony export */   _G: () => (/* binding */ STREAM_IMPORTANCE),
/* harmony export */   fQ: () => (/* binding */ checkMetric),
/* harmony export */   fS: () => (/* binding */ summarise),
/* harmony export */   h8: () => (/* binding */ IMPORTANCE_METRICS),
/* harmony export */   kt: () => (/* binding */ shuffler),
/* harmony export */   ml: () => (/* binding */ defaultMetric)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4522);
/* harmony import */ var _stats_distributions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51638);
/* harmony import */ var _metrics_sort_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4903);
/**
 * Permutation feature importance, as scikit-learn's `permutation_importance` defines it: the score
 * of the model on the rows, minus its score when one feature's values are shuffled across the rows,
 * for `repeats` shuffles; the importance of a feature is the mean of those decreases, `std` their
 * population standard deviation (numpy's default, as scikit-learn reports it). As in scikit-learn,
 * one sequence of shuffles (one permutation per repeat, from the seed) serves every feature.
 *
 * A feature is a data column as the model is fed it: one column of a [N, F] tensor, or one named
 * input. A column that the model one-hot encodes inside its graph is one input, so it is shuffled
 * as the raw column, never as separate indicator columns.
 *
 * Cost: (1 + features · repeats) predictions of the sampled rows. The permuted copies are built in
 * the model's own feed arrays and concatenated, several copies per onnxruntime call.
 *
 * The interval [low, high] is mean ± t(1 - α/2, repeats - 1) · s / √repeats, s the sample standard
 * deviation over repeats: it reflects the shuffles only, not the sampling of the rows.
 */



const IMPORTANCE_METRICS = ['accuracy', 'roc_auc', 'log_loss', 'r2', 'mae', 'rmse'];
/** The random stream of the importance sample and shuffles (metrics 0, 1; fairness 7). */
const STREAM_IMPORTANCE = 8;
/**
 * Importances per feature and repeat: baseline score minus the score with the feature shuffled.
 * The copies' feed buffers are allocated once and filled with the rows once; each job then only
 * puts back the column the copy's previous job shuffled and writes its own shuffled column, O(rows)
 * per job instead of O(rows x features).
 */
async function permutationScores(input) {
    const { rows: n, features, feeds, repeats } = input;
    const names = Object.keys(feeds);
    const base = await input.predict(Object.fromEntries(names.map((k) => [k, feeds[k].data])), 1);
    const baseline = base[0];
    const perms = Array.from({ length: repeats }, (_, r) => input.permutation(r));
    const jobs = [];
    for (let f = 0; f < features.length; f++)
        for (let r = 0; r < repeats; r++)
            jobs.push([f, r]);
    const importances = features.map(() => new Float64Array(repeats));
    const per = Math.max(1, Math.min(jobs.length, Math.floor(input.copiesPerCall)));
    const buffers = {};
    for (const name of names) {
        const { data, width } = feeds[name];
        const buf = allocLike(data, per * n * width);
        for (let q = 0; q < per; q++)
            setAt(buf, data, q * n * width);
        buffers[name] = buf;
    }
    const shuffled = new Array(per).fill(null);
    for (let j0 = 0; j0 < jobs.length; j0 += per) {
        const chunk = jobs.slice(j0, j0 + per);
        chunk.forEach(([f, r], q) => {
            const prev = shuffled[q];
            if (prev)
                writeColumn(buffers[prev.input], feeds[prev.input].data, q * n * prev.width, prev, n, null);
            const slot = features[f].slot;
            writeColumn(buffers[slot.input], feeds[slot.input].data, q * n * slot.width, slot, n, perms[r]);
            shuffled[q] = slot;
        });
        // A last, shorter chunk gets arrays of its own length (a copy of the leading copies).
        const out = chunk.length === per ? buffers : Object.fromEntries(names.map((k) => [k, buffers[k].slice(0, chunk.length * n * feeds[k].width)]));
        const scores = await input.predict(out, chunk.length);
        chunk.forEach(([f, r], q) => (importances[f][r] = baseline - scores[q]));
    }
    return { baseline, importances };
}
/** Column `slot.offset` of the copy at `at`: the rows in order (perm null) or shuffled by `perm`. */
function writeColumn(target, source, at, slot, n, perm) {
    const w = slot.width;
    const o = slot.offset;
    if (Array.isArray(target)) {
        const src = source;
        for (let i = 0; i < n; i++)
            target[at + i * w + o] = src[(perm ? perm[i] : i) * w + o];
        return;
    }
    const dst = target;
    const src = source;
    if (perm)
        for (let i = 0; i < n; i++)
            dst[at + i * w + o] = src[perm[i] * w + o];
    else
        for (let i = 0; i < n; i++)
            dst[at + i * w + o] = src[i * w + o];
}
function allocLike(data, length) {
    if (Array.isArray(data))
        return new Array(length);
    return new data.constructor(length);
}
function setAt(target, source, at) {
    if (Array.isArray(target)) {
        for (let i = 0; i < source.length; i++)
            target[at + i] = source[i];
    }
    else
        target.set(source, at);
}
/** Student's t quantile by bisection on the survival function. */
function tQuantile(p, df) {
    let lo = 0;
    let hi = 1e3;
    for (let i = 0; i < 200; i++) {
        const mid = (lo + hi) / 2;
        if ((0,_stats_distributions_js__WEBPACK_IMPORTED_MODULE_1__/* .studentTSf */ .d)(mid, df) > 1 - p)
            lo = mid;
        else
            hi = mid;
    }
    return (lo + hi) / 2;
}
/** Mean, population std and the t interval of each feature's importances; sorted by mean, descending. */
function summarise(names, importances, confidence) {
    return names
        .map((name, f) => {
        const x = importances[f];
        const r = x.length;
        let mean = 0;
        for (const v of x)
            mean += v / r;
        let ss = 0;
        for (const v of x)
            ss += (v - mean) ** 2;
        const half = r > 1 ? (tQuantile(1 - (1 - confidence) / 2, r - 1) * Math.sqrt(ss / (r - 1))) / Math.sqrt(r) : 0;
        return { name, mean, std: Math.sqrt(ss / r), low: mean - half, high: mean + half };
    })
        .sort((a, b) => b.mean - a.mean || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
/** A Fisher-Yates shuffle of 0..n-1 (a new permutation per call). */
function shuffler(n, rng) {
    const idx = new Uint32Array(n);
    for (let i = 0; i < n; i++)
        idx[i] = i;
    return () => {
        for (let i = n - 1; i > 0; i--) {
            const j = rng.uniformInt(i + 1);
            const t = idx[i];
            idx[i] = idx[j];
            idx[j] = t;
        }
        return idx.slice();
    };
}
/** The default metric: scikit-learn's estimator.score (accuracy for classifiers, r2 for regressors). */
function defaultMetric(task) {
    return task === 'regression' ? 'r2' : 'accuracy';
}
function checkMetric(metric, task) {
    const ok = task === 'regression' ? ['r2', 'mae', 'rmse'] : task === 'binary' ? ['accuracy', 'roc_auc', 'log_loss'] : ['accuracy', 'log_loss'];
    if (!ok.includes(metric))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`input 'importance-metric': ${metric} does not apply to a ${task} task (use ${ok.join(', ')})`);
}
/**
 * The score of one copy, higher is better (a loss negated, as scikit-learn's neg_* scorers):
 * `y` labels (class index or target); `pred` per row: positive-class probability (binary),
 * K probabilities (multiclass) or the prediction (regression).
 */
function scoreRows(metric, task, y, pred, offset, k, threshold) {
    const n = y.length;
    switch (metric) {
        case 'accuracy': {
            let hit = 0;
            if (task === 'binary') {
                // The hot loop of a binary model: one comparison per row, no dispatch inside.
                for (let i = 0; i < n; i++)
                    if ((pred[offset + i] >= threshold ? 1 : 0) === y[i])
                        hit++;
                return hit / n;
            }
            for (let i = 0; i < n; i++) {
                let c = 0;
                for (let j = 1; j < k; j++)
                    if (pred[offset + i * k + j] > pred[offset + i * k + c])
                        c = j;
                if (c === y[i])
                    hit++;
            }
            return hit / n;
        }
        case 'log_loss': {
            const eps = 2.220446049250313e-16;
            let s = 0;
            for (let i = 0; i < n; i++) {
                const p = task === 'binary' ? (y[i] === 1 ? pred[offset + i] : 1 - pred[offset + i]) : pred[offset + i * k + y[i]];
                s -= Math.log(Math.min(1 - eps, Math.max(eps, p)));
            }
            return -s / n;
        }
        case 'roc_auc': {
            const s = Float64Array.from({ length: n }, (_, i) => pred[offset + i]);
            const order = (0,_metrics_sort_js__WEBPACK_IMPORTED_MODULE_2__/* .argsortFloat64 */ .F)(s);
            // Mann-Whitney U with average ranks for ties.
            let rankSum = 0;
            let pos = 0;
            for (let i = 0; i < n;) {
                let j = i;
                while (j + 1 < n && s[order[j + 1]] === s[order[i]])
                    j++;
                const rank = (i + j) / 2 + 1;
                for (let t = i; t <= j; t++)
                    if (y[order[t]] === 1)
                        (rankSum += rank), pos++;
                i = j + 1;
            }
            const neg = n - pos;
            return pos && neg ? (rankSum - (pos * (pos + 1)) / 2) / (pos * neg) : NaN;
        }
        default: {
            let mean = 0;
            for (let i = 0; i < n; i++)
                mean += y[i] / n;
            let sse = 0;
            let sae = 0;
            let sst = 0;
            for (let i = 0; i < n; i++) {
                const e = y[i] - pred[offset + i];
                sse += e * e;
                sae += Math.abs(e);
                sst += (y[i] - mean) ** 2;
            }
            if (metric === 'mae')
                return -sae / n;
            if (metric === 'rmse')
                return -Math.sqrt(sse / n);
            return sst > 0 ? 1 - sse / sst : sse === 0 ? 1 : 0;
        }
    }
}


/***/ }),

/***/ 28369:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ sha256Files),
/* harmony export */   w: () => (/* binding */ sha256FilesOffThread)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75919);
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
// The worker's program: plain CommonJS, nothing of modelgate's (it starts in a few milliseconds).
const HASH_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { openSync, readSync, closeSync } = require('node:fs');
const h = createHash('sha256');
const buf = Buffer.allocUnsafe(1 << 20);
for (const f of workerData) {
  const fd = openSync(f, 'r');
  try {
    for (let n; (n = readSync(fd, buf, 0, buf.length, null)) > 0; ) h.update(buf.subarray(0, n));
  } finally {
    closeSync(fd);
  }
}
parentPort.postMessage(h.digest('hex'));
`;
/**
 * sha256Files on a thread of its own, so the digest costs the calling thread nothing (evaluate-model
 * reads the data on the other cores meanwhile, or computes metrics). If the thread fails, the
 * digest is computed here instead (and a read error is reported as sha256Files reports it).
 * `stop` ends the thread early (its digest is then never awaited).
 */
function sha256FilesOffThread(files) {
    const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_2__.Worker(HASH_WORKER, { eval: true, workerData: [...files] });
    let settled = false;
    const digest = new Promise((resolve, reject) => {
        const here = () => {
            if (settled)
                return;
            settled = true;
            sha256Files(files).then(resolve, reject);
        };
        worker.once('message', (hex) => {
            settled = true;
            resolve(hex);
        });
        worker.once('error', here);
        worker.once('exit', here);
    });
    // Awaited later (after other work): a failure must not count as unhandled meanwhile.
    digest.catch(() => undefined);
    return {
        digest,
        stop: () => {
            settled = true;
            void worker.terminate();
        },
    };
}


/***/ }),

/***/ 1088:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  evaluate: () => (/* binding */ evaluate),
  ku: () => (/* binding */ predictionsPath)
});

// UNUSED EXPORTS: concatRows, groupColumns, labelKey, subset

// EXTERNAL MODULE: ./.build/js/src/data/scan.js + 1 modules
var scan = __webpack_require__(48806);
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
// EXTERNAL MODULE: ./.build/js/src/data/readers.js + 40 modules
var readers = __webpack_require__(48699);
// EXTERNAL MODULE: ./.build/js/src/schemas/validate.js + 6 modules
var validate = __webpack_require__(60704);
// EXTERNAL MODULE: ./.build/js/src/model/metrics.js + 3 modules
var model_metrics = __webpack_require__(83181);
// EXTERNAL MODULE: ./.build/js/src/lib/columns.js
var columns = __webpack_require__(35054);
// EXTERNAL MODULE: ./.build/js/src/metrics/buffers.js
var buffers = __webpack_require__(26948);
// EXTERNAL MODULE: ./.build/js/src/data/schema.js + 1 modules
var schema = __webpack_require__(85547);
// EXTERNAL MODULE: ./.build/js/src/data/time-split.js
var time_split = __webpack_require__(10264);
// EXTERNAL MODULE: ./.build/js/src/model/latency.js
var model_latency = __webpack_require__(82937);
// EXTERNAL MODULE: ./.build/js/src/model/model.js + 1 modules
var model_model = __webpack_require__(54487);
;// CONCATENATED MODULE: ./.build/js/src/model/decide.js
/**
 * The evaluation's task and classes, decided once from the model's outputs on the first batch of
 * rows and those rows' labels: the task (unless given), the class names, the positive class, and
 * how a single output is read (probability or logit). Every later batch, in this thread or in a
 * worker thread, is decoded with the same decision, so the result never depends on how the rows
 * were split.
 */



/** Decides; explanations of what was inferred go to `notes`. */
function decideTask(d, notes, log) {
    const { outPlan, out } = d;
    const k = outPlan.probabilities ? out[outPlan.probabilities].dims[1] : 1;
    const keys = [...new Set(d.labels.filter((l) => l !== null))];
    const zeroOne = keys.every((x) => x === '0' || x === '1');
    let task = d.task;
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
        throw new errors/* ConfigurationError */.j1(`task regression needs a model with one float output; this one outputs ${d.outputs.join(', ')}`);
    let classes = [];
    let positive = null;
    if (task !== 'regression') {
        if (outPlan.probabilities) {
            classes = outPlan.classLabels ?? Array.from({ length: k }, (_, i) => String(i));
            if (classes.length !== k)
                throw new errors/* DataError */.fL(`${d.modelPath}: the model names ${classes.length} classes but outputs ${k} probabilities`);
            if (!outPlan.classLabels)
                notes.push(`the model carries no class labels: probability column i is class "i"`);
        }
        else if (zeroOne || task === 'multiclass')
            classes = ['0', '1'];
        else
            classes = classesFromLabels(keys, d, notes);
        if (task === 'multiclass' && classes.length < 3 && !outPlan.probabilities)
            throw new errors/* ConfigurationError */.j1(`task multiclass needs a model that outputs class probabilities [N, K]`);
        const classIndex = new Set(classes.map((c) => (0,schema/* labelKey */.kJ)(c)));
        if (task === 'binary') {
            if (classes.length !== 2)
                throw new errors/* ConfigurationError */.j1(`task binary, but the model has ${classes.length} classes (${classes.join(', ')})`);
            positive = d.positiveLabel !== undefined ? (0,schema/* labelKey */.kJ)(d.positiveLabel) : (0,schema/* labelKey */.kJ)(classes[1]);
            if (!classIndex.has(positive))
                throw new errors/* ConfigurationError */.j1(`input 'positive-label': '${d.positiveLabel}' is not one of the model's classes (${classes.join(', ')})`);
        }
    }
    let transform;
    if (outPlan.value && task !== 'regression') {
        transform = d.scoreType === 'auto' ? undefined : d.scoreType;
        if (!transform) {
            const data = out[outPlan.value].data;
            const inUnit = data.every((x) => x >= 0 && x <= 1);
            transform = outPlan.valueProducer === 'Sigmoid' || inUnit ? 'probability' : 'logit';
            notes.push(`the model's single output is read as a ${transform}${transform === 'logit' ? ' (a sigmoid is applied)' : ''}: ${outPlan.valueProducer === 'Sigmoid' ? 'it comes from a Sigmoid node' : inUnit ? 'its first batch lies within [0, 1]' : 'its first batch leaves [0, 1]'}; set 'score-type' to override`);
        }
    }
    return { task, classes: task === 'regression' ? [] : classes, positive, ...(transform ? { transform } : {}) };
}
/**
 * A single-output model carries no class names; with labels other than 0/1 its two classes are
 * the two labels of the first batch (with 'positive-label'), sorted as scikit-learn sorts
 * classes_, and its output is the score of the second (or of 'positive-label').
 */
function classesFromLabels(keys, d, notes) {
    const names = new Set(keys);
    if (d.positiveLabel !== undefined && (0,schema/* labelKey */.kJ)(d.positiveLabel) !== null)
        names.add((0,schema/* labelKey */.kJ)(d.positiveLabel));
    if (names.size !== 2) {
        throw new errors/* DataError */.fL(`${d.fileName}: the model has one output and names no classes, so its two classes are taken from the labels of the first batch; these are ${[...names].map(model_model/* show */.WU).join(', ') || 'none'}, not two (relabel to 0/1, or set 'positive-label' and 'batch-size' so the first batch holds both)`, d.fileName);
    }
    const sorted = [...names].every((x) => Number.isFinite(Number(x))) ? [...names].sort((a, b) => Number(a) - Number(b)) : [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const pos = d.positiveLabel !== undefined ? (0,schema/* labelKey */.kJ)(d.positiveLabel) : sorted[1];
    notes.push(`the model names no classes: its single output is read as the score of label ${(0,model_model/* show */.WU)(pos)}, and ${(0,model_model/* show */.WU)(sorted.find((x) => x !== pos))} is the other class (the labels of the first batch${d.positiveLabel === undefined ? ', the larger in sorted order is positive, as in scikit-learn' : ''})`);
    return sorted;
}

// EXTERNAL MODULE: ./.build/js/src/model/evaluate-rows.js + 1 modules
var evaluate_rows = __webpack_require__(19461);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./.build/js/src/data/parallel/chunks.js
var chunks = __webpack_require__(82548);
// EXTERNAL MODULE: ./.build/js/src/lib/ordered-pool.js
var ordered_pool = __webpack_require__(37355);
// EXTERNAL MODULE: ./.build/js/src/lib/self-worker.js
var self_worker = __webpack_require__(48470);
// EXTERNAL MODULE: ./.build/js/src/model/parallel/chunk.js + 1 modules
var chunk = __webpack_require__(49094);
// EXTERNAL MODULE: ./.build/js/src/model/parallel/worker.js
var worker = __webpack_require__(30141);
;// CONCATENATED MODULE: ./.build/js/src/model/parallel/pass.js
/**
 * evaluate-model's pass over one CSV/TSV file on several cores. The main thread reads the file's
 * first batch as the sequential pass does and decides the task and classes from the model's
 * outputs on it (decide.ts), so the decision never depends on the split; then the file is cut into
 * chunks at record boundaries (src/data/parallel/chunks.ts, cuts that depend only on the file's
 * bytes), worker threads evaluate chunks (chunk.ts), each with its own onnxruntime session, and
 * the main thread merges their per-row arrays, predictions lines and batch latencies in chunk
 * order. Metrics are computed afterwards from the merged rows, exactly as from the sequential
 * pass's: evaluation.json is the same apart from latency, predictions.csv the same bytes.
 *
 * A cut inside a quoted field, bytes that are not UTF-8, a failed worker, or a user error in a
 * chunk after the first (its message would count lines from the chunk's start) make the caller
 * run the sequential pass instead (which reports the error with its line); an error in the first
 * chunk is the sequential pass's own error, lines included, and is thrown as it is.
 */














const defaultWorkers = () => (0,external_node_os_.availableParallelism)();
/** Why the input is read in one sequential pass, or null when it can be split. */
function notSplittable(o, gz) {
    if (o.data.length !== 1)
        return 'several data files are read in one pass';
    if (o.format !== 'csv' && o.format !== 'tsv')
        return `${o.format === 'jsonl' ? 'JSON Lines' : 'Parquet'} is read in one pass`;
    if (gz)
        return 'a .gz file is read in one pass';
    if (o.shard)
        return "'shard' reads every n-th row in one pass";
    if (o.split)
        return "'split-by' keeps rows by time in one pass";
    if (o.importance)
        return "'importance' samples rows in one pass";
    return null;
}
class Enough extends Error {
}
/** The file's header and first `n` rows, read as the sequential pass reads them. */
async function firstRows(file, format, naValues, n) {
    let columns = [];
    const cells = [];
    const lines = [];
    try {
        await (0,readers/* readRows */.aK)(file, {
            header(c) {
                columns = c;
            },
            row(c, line) {
                if (c.length !== columns.length)
                    throw new errors/* DataError */.fL(`${file}:${line}: has ${c.length} fields, the header has ${columns.length}`, file, line);
                cells.push(c);
                lines.push(line);
                if (cells.length >= n)
                    throw new Enough();
            },
        }, { format, naValues });
    }
    catch (e) {
        if (!(e instanceof Enough))
            throw e;
    }
    return { columns, cells, lines };
}
/** A worker that starts loading `model` at once (see worker.ts). */
function startWorker(model) {
    const entry = new URL(import.meta.url.endsWith('.ts') ? './worker-entry.ts' : './worker-entry.js', import.meta.url);
    return (0,self_worker/* startSelfWorker */.Zn)(worker/* EVAL_WORKER_FLAG */.j9, entry, { data: { model } });
}
/**
 * Plans the cuts of `file` and starts min(workers, chunks) worker threads (none for one), each
 * loading onnxruntime and the model with an equal share of the cores.
 */
function startWorkers(file, modelPath, workers, chunkBytes = chunks/* CHUNK_BYTES */.EC) {
    const size = (0,external_node_fs_.statSync)(file).size;
    const cuts = (0,chunks/* planCuts */.b8)(file, size, chunkBytes);
    const n = Math.max(1, Math.min(workers, cuts.length));
    // Each worker's session gets an equal share of the cores: workers x threads <= cores.
    const threads = Math.max(1, Math.floor((0,external_node_os_.availableParallelism)() / n));
    const warm = n > 1 ? Array.from({ length: n }, () => startWorker({ modelPath, threads })) : [];
    // A worker that fails before it is given work is remembered (the pool listens from then on).
    let early = null;
    for (const w of warm) {
        w.once('error', (e) => (early ??= `a worker failed: ${e.message.split('\n')[0]}`));
        w.once('exit', (code) => (early ??= `a worker exited with code ${code}`));
    }
    return { file, size, cuts, n, threads, warm, early: () => early, stop: async () => void (await Promise.all(warm.map((w) => (0,self_worker/* retire */.S5)(w)))) };
}
/**
 * The chunked pass, or null when it cannot serve this input exactly (after logging why); the
 * caller then runs the sequential pass. Predictions lines go to `tmp` (emptied on null). `started`:
 * the workers for this file, when the caller started them early; they are stopped either way.
 */
async function evaluateChunked(o, tmp, log, started) {
    const w = started?.file === o.file ? started : startWorkers(o.file, o.modelPath, o.workers, o.chunkBytes);
    try {
        return await chunked(o, tmp, log, { size: w.size, delimiter: o.format === 'tsv' ? '\t' : ',', cuts: w.cuts, n: w.n, threads: w.threads, warm: w.warm, early: w.early });
    }
    finally {
        await w.stop();
    }
}
async function chunked(o, tmp, log, c) {
    const { file } = o;
    const { size, delimiter, cuts, n, threads } = c;
    const first = await firstRows(file, o.format, o.naValues, o.batchSize);
    if (first.cells.length === 0)
        return null; // the sequential pass says there are no rows
    const header = (0,chunks/* readHeader */.ay)(file, size, delimiter);
    if (!header || header.length !== first.columns.length || header.some((h, i) => h !== first.columns[i])) {
        if (o.workers > 1)
            log.info(`evaluate-model reads ${file} on one thread: its header needs the sequential reader`);
        return null;
    }
    const plan = o.plan(first.columns, file);
    // The decision, from the first batch exactly as the sequential pass makes it.
    const feeds = o.model.feeds(plan.feedPlan, first.cells, plan.colIndex, (r) => ({ file, line: first.lines[r] }));
    const out = (await o.model.run(feeds, o.fetch));
    const notes = [];
    const decision = decideTask({ task: o.task, positiveLabel: o.positiveLabel, scoreType: o.scoreType, modelPath: o.modelPath, outputs: o.model.outputs.map((x) => x.name), outPlan: o.outPlan, out, labels: first.cells.map((c) => (0,schema/* labelKey */.kJ)(c[plan.labelIdx])), fileName: file }, notes, log);
    const setup = {
        modelPath: o.modelPath,
        threads,
        feedPlan: plan.feedPlan,
        columns: first.columns,
        labelIdx: plan.labelIdx,
        groupIdx: plan.groupIdx,
        decode: { modelPath: o.modelPath, outPlan: o.outPlan, threshold: o.threshold, groups: o.grouped.length },
        decision,
        batchSize: o.batchSize,
        fetch: o.fetch,
        naValues: o.naValues,
    };
    const tasks = cuts.map((start, index) => ({ index, file, start, end: cuts[index + 1] ?? size, last: index === cuts.length - 1, delimiter, setup }));
    if (n > 1)
        log.info(`evaluating ${file} in ${tasks.length} chunks on ${n} worker threads, each with an onnxruntime session of ${threads} intra-op thread${threads > 1 ? 's' : ''}`);
    (0,external_node_fs_.appendFileSync)(tmp, (0,evaluate_rows/* predictionsHeader */.eQ)(decision, o.grouped, o.sliceBy));
    const parts = [];
    const latency = new model_latency/* LatencyRecorder */.B();
    let delivered = 0;
    let unlabeled = 0;
    let bytesDone = 0;
    let failure;
    // The predictions lines of a chunk, reused from chunk to chunk.
    let scratch = new Uint8Array(0);
    const take = (r) => {
        if (!r.ok) {
            failure = r;
            return r.reason;
        }
        const index = r.rowIndex;
        for (let i = 0; i < index.length; i++)
            index[i] += delivered;
        parts.push({ task: decision.task, classes: decision.classes, index: wrap(index), y: wrap(r.y), score: wrap(r.score), proba: wrap(r.proba), slice: r.slice.map(wrapI32), sliceValues: r.sliceValues });
        const lines = withRowIndex(r.text, r.lineEnds, index, scratch);
        scratch = new Uint8Array(lines.buffer);
        (0,external_node_fs_.appendFileSync)(tmp, lines);
        for (const [ms, k] of r.latency)
            latency.record(ms, k);
        delivered += r.rows;
        unlabeled += r.unlabeled;
        bytesDone += tasks[r.index].end - tasks[r.index].start;
        o.progress?.update(bytesDone, size, delivered);
        return null;
    };
    let stopped = null;
    if (n === 1) {
        const caches = (0,chunk/* chunkCaches */.R)();
        for (const t of tasks)
            if ((stopped = take(await (0,chunk/* evaluateChunk */.f)(t, o.model, caches))) !== null)
                break;
    }
    else
        stopped = c.early() ?? (await (0,ordered_pool/* runOrdered */.dX)(tasks, n, () => c.warm.pop(), take, { stop: self_worker/* retire */.S5 }));
    if (stopped === null)
        return { rows: (0,evaluate_rows/* concatRows */.UJ)(parts), latency, unlabeled, decision, notes, delivered };
    const error = failure?.error;
    if (error && failure.index === 0)
        throw error.kind === 'config' ? new errors/* ConfigurationError */.j1(error.message) : new errors/* DataError */.fL(error.message, error.file, error.line);
    log.info(`evaluate-model reads ${file} again in one sequential pass: ${error ? `an error at bytes ${tasks[failure.index].start}-${tasks[failure.index].end}, which that pass reports with its line` : stopped}`);
    return null;
}
function wrap(a) {
    const c = new columns/* F64 */.j(1);
    c.buf = a;
    c.n = a.length;
    return c;
}
function wrapI32(a) {
    const c = new columns/* I32 */.C(1);
    c.buf = a;
    c.n = a.length;
    return c;
}
/**
 * A chunk's predictions lines with each line's dataset row index (and a comma) in front, written
 * into `out` (grown when too small; the result is a view of it). Row indices mostly step by one,
 * so the decimal digits are counted up in place rather than divided out per row.
 */
function withRowIndex(text, ends, index, out = new Uint8Array(0)) {
    let max = 0;
    for (let i = 0; i < index.length; i++)
        if (index[i] > max)
            max = index[i];
    const size = text.length + index.length * (digits(max) + 1);
    if (out.length < size)
        out = new Uint8Array(Math.max(size, Math.ceil(out.length * 1.5)));
    // The current index's digits, right-aligned in `d` from `from` on.
    const d = new Uint8Array(20);
    let from = 20;
    let last = -2;
    let at = 0;
    let prev = 0;
    for (let i = 0; i < ends.length; i++) {
        const v = index[i];
        if (v === last + 1) {
            let k = 19;
            while (k >= from && d[k] === 57)
                d[k--] = 48;
            if (k < from)
                d[(from = k)] = 49;
            else
                d[k]++;
        }
        else {
            from = 20;
            let x = v;
            do {
                d[--from] = 48 + (x % 10);
                x = Math.floor(x / 10);
            } while (x > 0);
        }
        last = v;
        for (let k = from; k < 20; k++)
            out[at++] = d[k];
        out[at++] = 44; // ,
        const end = ends[i];
        for (let p = prev; p < end; p++)
            out[at++] = text[p];
        prev = end;
    }
    return out.subarray(0, at);
}
function digits(v) {
    let d = 1;
    while (v >= 10) {
        v = Math.floor(v / 10);
        d++;
    }
    return d;
}

// EXTERNAL MODULE: ./.build/js/src/model/ort.js
var model_ort = __webpack_require__(5396);
// EXTERNAL MODULE: ./.build/js/src/stats/rng.js
var rng = __webpack_require__(91472);
// EXTERNAL MODULE: ./.build/js/src/explain/importance.js
var explain_importance = __webpack_require__(24755);
;// CONCATENATED MODULE: ./.build/js/src/explain/onnx.js


async function modelImportance(input) {
    const { model, plan, cells, y } = input;
    const n = cells.length;
    const tensors = model.feeds(plan, cells, input.colIndex);
    const feeds = {};
    for (const [name, t] of Object.entries(tensors)) {
        const width = t.dims.slice(1).reduce((a, b) => a * b, 1);
        feeds[name] = { data: t.data, width, type: t.type, dims: t.dims };
    }
    const features = plan.mode === 'tensor'
        ? plan.features.map((name, j) => ({ name, slot: { input: plan.input.name, offset: j, width: plan.features.length } }))
        : plan.inputs.map((i) => ({ name: i.name, slot: { input: i.name, offset: 0, width: feeds[i.name].width } }));
    const k = input.task === 'multiclass' ? input.classes : 1;
    const next = (0,explain_importance/* shuffler */.kt)(n, (0,rng/* createRng */.SZ)(input.seed, explain_importance/* STREAM_IMPORTANCE */._G + 1));
    const { baseline, importances } = await (0,explain_importance/* permutationScores */.Oc)({
        rows: n,
        features,
        feeds,
        y,
        repeats: input.repeats,
        permutation: input.permutation ?? (() => next()),
        copiesPerCall: Math.max(1, Math.floor(input.batchRows / n)),
        predict: async (data, copies) => {
            const run = Object.fromEntries(Object.entries(data).map(([name, d]) => [name, model.tensor(feeds[name].type, d, [copies * n, ...feeds[name].dims.slice(1)])]));
            const out = (await model.run(run, input.fetch));
            const pred = input.decode(out, copies * n);
            const scores = new Float64Array(copies);
            for (let q = 0; q < copies; q++)
                scores[q] = (0,explain_importance/* scoreRows */.A1)(input.metric, input.task, y, pred, q * n * k, k, input.threshold);
            return scores;
        },
    });
    const loss = input.metric === 'log_loss' || input.metric === 'mae' || input.metric === 'rmse';
    return { method: 'permutation', metric: input.metric, repeats: input.repeats, rows: n, seed: input.seed, score: loss ? -baseline : baseline, features: (0,explain_importance/* summarise */.fS)(features.map((f) => f.name), importances, input.confidence) };
}

;// CONCATENATED MODULE: ./.build/js/src/explain/sample.js
class Reservoir {
    size;
    rng;
    items = [];
    labels = [];
    seen = 0;
    constructor(size, rng) {
        this.size = size;
        this.rng = rng;
    }
    offer(item, label) {
        if (this.seen < this.size) {
            this.items.push(item);
            this.labels.push(label);
        }
        else {
            const j = this.rng.uniformInt(this.seen + 1);
            if (j < this.size) {
                this.items[j] = item;
                this.labels[j] = label;
            }
        }
        this.seen++;
    }
}

// EXTERNAL MODULE: ./.build/js/src/fairness/audit.js
var audit = __webpack_require__(28252);
;// CONCATENATED MODULE: ./.build/js/src/model/evaluate.js
/**
 * evaluate-model: streams the data through the model in batches (onnxruntime-node), keeps per-row
 * labels and scores in typed arrays, then computes the metrics with confidence intervals, per-slice
 * metrics, calibration and latency. Writes evaluation.json and a per-row predictions file (for
 * compare-to-baseline's paired tests), each to a temp name renamed into place.
 */


























/** The columns whose per-row values evaluate-model keeps: slice-by, then sensitive columns not among them. */
function groupColumns(config) {
    return [...config.sliceBy, ...(0,audit/* sensitiveColumns */.Gv)(config.sensitive ?? []).filter((c) => !config.sliceBy.includes(c))];
}

/** Shard state columns as base64 float64 (slice ids too: exact as doubles). */
function column(values) {
    return (0,buffers/* encodeFloat64 */.XR)(Float64Array.from(values));
}
function f64Of(s, what) {
    const c = new columns/* F64 */.j(1);
    c.buf = (0,buffers/* decodeFloat64 */.VQ)(s, what);
    c.n = c.buf.length;
    return c;
}
function i32Of(s, what) {
    const c = new columns/* I32 */.C(1);
    c.buf = Int32Array.from((0,buffers/* decodeFloat64 */.VQ)(s, what));
    c.n = c.buf.length;
    return c;
}
/** `readingAlone`: called when the pass will read the data on this thread only (no workers started early). */
async function runModel(config, log, hooks, predictionsTmp, readingAlone) {
    if (!config.model)
        throw new errors/* ConfigurationError */.j1(`input 'model' is required (or 'merge' to merge shard evaluations)`);
    if (!config.label)
        throw new errors/* ConfigurationError */.j1(`input 'label' is required`);
    const label = config.label;
    // The chunked pass's workers load onnxruntime and the model while this thread does the same.
    const started = await startEarly(config);
    if (!started)
        await readingAlone().catch(() => undefined);
    try {
        return await loadAndRun({ ...config, model: config.model }, label, log, hooks, predictionsTmp, started);
    }
    finally {
        await started?.stop();
    }
}
/**
 * The chunked pass's worker threads, started before anything else when the input will be split
 * (one CSV/TSV file, more than one worker, none of the inputs that need one pass); undefined
 * otherwise, or on any error (the pass then meets it and reports it as it always does).
 */
async function startEarly(config) {
    try {
        const workers = Math.max(1, Math.floor(config.workers ?? defaultWorkers()));
        if (workers < 2 || !config.model || !(0,external_node_fs_.existsSync)(config.model))
            return undefined;
        const sources = await expandSources(config.data);
        if (sources.length !== 1)
            return undefined;
        const file = sources[0];
        const format = (0,readers/* detectFormat */.Tz)(file, config.format);
        if (notSplittable({ data: sources, format, shard: config.shard, split: config.split, importance: config.importance }, file.toLowerCase().endsWith('.gz')) !== null)
            return undefined;
        return startWorkers(file, config.model, workers, config.chunkBytes);
    }
    catch {
        return undefined;
    }
}
async function loadAndRun(config, label, log, hooks, predictionsTmp, started) {
    const ort = await log.group('Loading onnxruntime', () => (0,model_ort/* loadOnnxRuntime */.aD)(log, hooks));
    const model = await model_model/* Model */.Kx.load(ort, config.model);
    const outPlan = model.outputPlan();
    log.info(`model ${config.model}: inputs ${model.inputs.map((i) => i.name).join(', ')}; outputs ${model.outputs.map((o) => o.name).join(', ')}`);
    const sources = [];
    for (const p of config.data)
        sources.push(...(await (0,readers/* expandDataGlob */.hL)(p)));
    if (sources.length === 0)
        throw new errors/* ConfigurationError */.j1(`input 'data' is required`);
    const ctx = {
        config: { ...config, label, model: config.model },
        log,
        model,
        outPlan,
        fetch: [outPlan.probabilities, outPlan.label, outPlan.value].filter((x) => !!x),
        sources,
        grouped: groupColumns(config),
        sensitiveCols: (0,audit/* sensitiveColumns */.Gv)(config.sensitive ?? []),
        notes: [],
    };
    // Rows, MB/s and the time left of a long pass: on a terminal in place, in CI a line every 5 s.
    const bar = log.progress?.(`Evaluating ${sources.length === 1 ? sources[0] : `${sources.length} files`}`);
    const run = await log.group(`Evaluating ${sources.join(', ')}`, () => runPass(ctx, predictionsTmp, bar, started)).finally(() => bar?.end());
    const { rows, notes } = { rows: run.rows, notes: ctx.notes };
    if (run.unlabeled)
        notes.push(`${run.unlabeled} rows without a label were skipped`);
    if (rows.y.n === 0)
        throw new errors/* DataError */.fL(`${sources.join(', ')}: no labelled rows to evaluate`, sources[0]);
    const timeRange = run.timeRange;
    if (timeRange)
        notes.push(`split by ${timeRange.column}: evaluated the rows at or after ${timeRange.splitAt} (${timeRange.min ?? 'none'} to ${timeRange.max ?? 'none'}); left out ${timeRange.otherSide} rows before it${timeRange.noTime ? ` and ${timeRange.noTime} without a time` : ''}`);
    return { rows, latency: run.latency, notes, model, sources, label, positiveLabel: run.decision?.positive ?? null, importance: run.importance, feed: ctx.feed, ...(timeRange ? { timeRange } : {}) };
}
/**
 * The chunked pass over one CSV/TSV file (on `workers` threads) when the input can be split, else
 * the sequential pass (with one line saying why, when more than one worker was asked for).
 */
async function runPass(ctx, tmp, bar, started) {
    const { config, log, sources } = ctx;
    const workers = Math.max(1, Math.floor(config.workers ?? defaultWorkers()));
    const format = (0,readers/* detectFormat */.Tz)(sources[0], config.format);
    const why = notSplittable({ data: sources, format, shard: config.shard, split: config.split, importance: config.importance }, sources[0].toLowerCase().endsWith('.gz'));
    if (why === null) {
        const chunked = await evaluateChunked({
            file: sources[0],
            format,
            naValues: config.naValues ?? scan/* PANDAS_NA_VALUES */.lD,
            batchSize: config.batchSize,
            threshold: config.threshold,
            task: config.task,
            positiveLabel: config.positiveLabel,
            scoreType: config.scoreType,
            modelPath: config.model,
            model: ctx.model,
            outPlan: ctx.outPlan,
            fetch: ctx.fetch,
            grouped: ctx.grouped,
            sliceBy: config.sliceBy,
            plan: (columns, file) => planColumns(ctx, columns, file),
            workers,
            chunkBytes: config.chunkBytes,
            progress: bar,
        }, tmp, log, started);
        if (chunked) {
            ctx.notes.push(...chunked.notes);
            return chunked;
        }
        (0,external_node_fs_.writeFileSync)(tmp, '');
    }
    else if (workers > 1)
        log.info(`evaluate-model reads on one thread: ${why}`);
    return sequentialPass(ctx, tmp, bar);
}
/** The columns' roles from the header, checked; the feed plan logged once. */
function planColumns(ctx, columns, file) {
    const { config, model, log, notes, sensitiveCols, grouped } = ctx;
    const label = config.label;
    const colIndex = new Map(columns.map((c, i) => [c, i]));
    const labelIdx = columns.indexOf(label);
    if (labelIdx < 0)
        throw new errors/* ConfigurationError */.j1(`input 'label': no column '${label}' in ${file} (columns: ${(0,files/* showColumns */.pP)(columns)})`);
    for (const s of config.sliceBy)
        if (!colIndex.has(s))
            throw new errors/* ConfigurationError */.j1(`input 'slice-by': no column '${s}' in ${file} (columns: ${(0,files/* showColumns */.pP)(columns)})`);
    for (const s of config.ignore)
        if (!colIndex.has(s))
            throw new errors/* ConfigurationError */.j1(`input 'ignore': no column '${s}' in ${file}`);
    for (const s of sensitiveCols)
        if (!colIndex.has(s))
            throw new errors/* ConfigurationError */.j1(`input 'sensitive': no column '${s}' in ${file} (columns: ${(0,files/* showColumns */.pP)(columns)})`);
    // Sensitive columns are read from the data for the audit and never fed to the model.
    const exclude = new Set([label, ...config.ignore, ...config.sliceBy, ...sensitiveCols, ...(config.split ? [config.split.column] : [])]);
    const feedPlan = model.feedPlan(columns, config.features, exclude);
    if (feedPlan.features.includes(label))
        throw new errors/* ConfigurationError */.j1(`the label column '${label}' would be fed to the model; remove it from 'features'`);
    const fed = sensitiveCols.filter((c) => feedPlan.features.includes(c));
    if (fed.length && feedPlan.mode === 'tensor')
        throw new errors/* ConfigurationError */.j1(`input 'features' lists the sensitive column${fed.length > 1 ? 's' : ''} ${fed.map((c) => `'${c}'`).join(', ')}; a sensitive column is audited, never fed to the model`);
    if (fed.length)
        notes.push(`the model takes the sensitive column${fed.length > 1 ? 's' : ''} ${fed.join(', ')} as input${fed.length > 1 ? 's' : ''} by name: the audit reads ${fed.length > 1 ? 'them' : 'it'} from the data as the model does`);
    log.info(`feeding ${feedPlan.mode === 'tensor' ? `${feedPlan.features.length} columns as ${feedPlan.input.name} [N, ${feedPlan.features.length}]` : `columns ${feedPlan.features.join(', ')} by name`}`);
    ctx.feed ??= (0,model_model/* feedOf */.qu)(feedPlan);
    return { colIndex, labelIdx, groupIdx: grouped.map((s) => colIndex.get(s)), feedPlan };
}
/** Every row through readRows, batch after batch, on this thread. */
async function sequentialPass(ctx, predictionsTmp, bar) {
    const { config, log, model, outPlan, fetch, sources, grouped, notes } = ctx;
    const latency = new model_latency/* LatencyRecorder */.B();
    let plan;
    let decoder;
    let decision;
    let batch = [];
    let batchLines = [];
    let batchFile = '';
    let delivered = 0;
    let file = sources[0];
    // Importance: a uniform sample of labelled rows, kept as cells.
    const sample = config.importance ? new Reservoir(config.importance.maxRows, (0,rng/* createRng */.SZ)(config.seed, explain_importance/* STREAM_IMPORTANCE */._G)) : undefined;
    const split = config.split ? new time_split/* TimeSplitter */.Nj(config.split, 'from') : undefined;
    const flush = async (cells, lines, fileName, firstIndex) => {
        if (cells.length === 0)
            return;
        const { feedPlan, colIndex, labelIdx, groupIdx } = plan;
        const feeds = model.feeds(feedPlan, cells, colIndex, (r) => ({ file: fileName, line: lines[r] }));
        const out = await (0,evaluate_rows/* timedRun */.R_)(model, feeds, fetch, latency, cells.length);
        const labels = cells.map((c) => (0,schema/* labelKey */.kJ)(c[labelIdx]));
        if (!decoder) {
            decision = decideTask({ task: config.task, positiveLabel: config.positiveLabel, scoreType: config.scoreType, modelPath: config.model, outputs: model.outputs.map((o) => o.name), outPlan, out, labels, fileName }, notes, log);
            decoder = new evaluate_rows/* RowDecoder */.hy({ modelPath: config.model, outPlan, threshold: config.threshold, groups: grouped.length, stride: config.shard?.count ?? 1, offset: config.shard?.index ?? 0 }, decision, true);
            (0,external_node_fs_.appendFileSync)(predictionsTmp, (0,evaluate_rows/* predictionsHeader */.eQ)(decision, grouped, config.sliceBy));
        }
        const fed = feedPlan.features.map((c) => [c, colIndex.get(c)]);
        decoder.decode(out, {
            n: cells.length,
            labels,
            lines,
            file: fileName,
            missingFed: (r) => fed.find(([, i]) => cells[r][i] === null)?.[0],
            group: (r, s) => {
                const v = cells[r][groupIdx[s]];
                return v === null ? '(missing)' : String(v);
            },
        }, firstIndex, sample && ((r, y) => sample.offer(cells[r], y)));
        (0,external_node_fs_.appendFileSync)(predictionsTmp, decoder.text.take());
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
    const totalBytes = bar ? sources.reduce((n, f) => n + (0,external_node_fs_.statSync)(f).size, 0) : 0;
    let width = 0;
    await (0,readers/* readRows */.aK)(sources, {
        beginFile(path) {
            if (batch.length)
                start();
            file = path;
        },
        header(columns, timeKinds) {
            split?.header(columns, file, timeKinds);
            plan = planColumns(ctx, columns, file);
            width = columns.length;
        },
        row(cells, line) {
            if (cells.length !== width)
                throw new errors/* DataError */.fL(`${file}:${line}: has ${cells.length} fields, the header has ${width}`, file, line);
            if (split && !split.keep(cells))
                return;
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
    const rows = decoder?.rows ?? { task: 'binary', classes: [], index: new columns/* F64 */.j(), y: new columns/* F64 */.j(), score: new columns/* F64 */.j(), proba: new columns/* F64 */.j(), slice: [], sliceValues: [] };
    let importance;
    if (config.importance && decision)
        importance = await permutationImportance(ctx, plan, decision, sample);
    const timeRange = split?.range();
    return { rows, latency, unlabeled: decoder?.unlabeled ?? 0, decision, importance, ...(timeRange ? { timeRange } : {}) };
}
/** Permutation importance on the sample the sequential pass kept (explain/onnx.ts). */
async function permutationImportance(ctx, plan, decision, sample) {
    const { config, log, model, outPlan, fetch } = ctx;
    const { task, classes, positive, transform } = decision;
    const importanceConfig = config.importance;
    const metric = importanceConfig.metric ?? (0,explain_importance/* defaultMetric */.ml)(task);
    (0,explain_importance/* checkMetric */.fQ)(metric, task);
    // The model's outputs as evaluate reads them above: the positive-class probability, K
    // probabilities, or the regression value.
    const posIdx = positive !== null ? classes.map((c) => (0,schema/* labelKey */.kJ)(c)).indexOf(positive) : 1;
    const decode = (out, n) => {
        if (task === 'regression')
            return out[outPlan.value].data;
        if (task === 'multiclass')
            return out[outPlan.probabilities].data;
        const p = new Float64Array(n);
        if (outPlan.probabilities) {
            const probs = out[outPlan.probabilities].data;
            const k = out[outPlan.probabilities].dims[1];
            for (let i = 0; i < n; i++)
                p[i] = probs[i * k + posIdx];
        }
        else {
            const v = out[outPlan.value].data;
            for (let i = 0; i < n; i++)
                p[i] = transform === 'logit' ? (0,evaluate_rows/* sigmoid */.ry)(v[i]) : v[i];
        }
        return p;
    };
    const { repeats } = importanceConfig;
    const t0 = external_node_perf_hooks_.performance.now();
    const cpu0 = process.cpuUsage();
    const importance = await log.group(`Permutation importance: ${plan.feedPlan.features.length} features x ${repeats} repeats on ${sample.items.length} rows`, () => modelImportance({ model, plan: plan.feedPlan, colIndex: plan.colIndex, cells: sample.items, y: Float64Array.from(sample.labels), task, classes: classes.length, threshold: config.threshold, metric, repeats, seed: config.seed, confidence: config.confidence, batchRows: Math.max(config.batchSize, 65536), fetch, decode, permutation: importanceConfig.permutation }));
    log.info(`permutation importance: ${importance.features.length} features x ${repeats} repeats on ${importance.rows} rows in ${((external_node_perf_hooks_.performance.now() - t0) / 1000).toFixed(2)} s (cpu ${((process.cpuUsage(cpu0).user + process.cpuUsage(cpu0).system) / 1e6).toFixed(2)} s)`);
    return importance;
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
    const sub = { ...rows, index: new columns/* F64 */.j(pick.length), y: new columns/* F64 */.j(pick.length), score: new columns/* F64 */.j(pick.length), proba: new columns/* F64 */.j(pick.length * Math.max(k, 1)), slice: [], sliceValues: [] };
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
/**
 * The fairness audit of a binary evaluation over `sensitive` (see fairness/audit.ts); `columns`
 * names the rows' group arrays.
 */
function fairnessOf(sensitive, columns, rows, config) {
    if (!sensitive.length)
        return undefined;
    if (rows.task !== 'binary')
        throw new errors/* ConfigurationError */.j1(`input 'sensitive': the fairness audit needs a binary task (selection and error rates of a yes/no decision); this evaluation is ${rows.task}`);
    const features = (0,audit/* parseSensitive */.uK)(sensitive).map((f) => {
        const at = f.columns.map((c) => {
            const k = columns.indexOf(c);
            if (k < 0)
                throw new errors/* ConfigurationError */.j1(`input 'sensitive': the evaluation holds no column '${c}' (it holds ${columns.join(', ') || 'none'})`);
            return k;
        });
        const values = new Array(rows.y.n);
        for (let i = 0; i < rows.y.n; i++)
            values[i] = (0,audit/* featureValue */.ks)(at.map((k) => rows.sliceValues[k][rows.slice[k].buf[i]]));
        return { name: f.name, columns: f.columns, values };
    });
    return (0,audit/* audit */.sb)({ y: rows.y.values, score: rows.score.values, threshold: config.threshold, features, minGroupRows: config.minSliceRows, confidence: config.confidence, resamples: config.bootstrap, seed: config.seed });
}
function stateOf(rows, latency, columns) {
    return {
        index: column(rows.index.values),
        y: column(rows.y.values),
        score: column(rows.score.values),
        proba: column(rows.proba.values),
        slice: rows.slice.map((s) => column(s.values)),
        sliceValues: rows.sliceValues,
        columns,
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
        (0,validate/* assertArtifact */.fp)('evaluation', ev, config.out, 'write');
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
    // The data's digest, on a thread of its own: from the start when this thread reads the data
    // alone, after the pass when worker threads read it (then it runs beside the metrics).
    let hash;
    const files = expandSources(config.data);
    files.catch(() => undefined);
    const startHash = async () => void (hash ??= (0,digest/* sha256FilesOffThread */.w)(await files));
    try {
        const run = await runModel(config, log, hooks, tmp, startHash);
        await startHash();
        return await evaluationOf(config, log, run, hash.digest);
    }
    catch (e) {
        hash?.stop();
        throw e;
    }
}
async function evaluationOf(config, log, run, dataSha) {
    const { rows, latency, notes, model } = run;
    const opts = { threshold: config.threshold, confidence: config.confidence, resamples: config.bootstrap, seed: config.seed };
    const { metrics, tables } = await log.group('Computing metrics', async () => (0,model_metrics/* computeMetrics */.p)(rows.task, rows, opts));
    const slices = sliceMetrics(config, rows, opts);
    const fairness = config.sensitive?.length ? await log.group('Fairness audit', async () => fairnessOf(config.sensitive, groupColumns(config), rows, config)) : undefined;
    const lat = latency.report(config.batchSize, model.bytes);
    return {
        kind: 'evaluation',
        schemaVersion: 1,
        task: rows.task,
        rows: rows.y.n,
        model: { path: config.model, sha256: model.sha256, bytes: model.bytes },
        data: { sources: run.sources, sha256: await dataSha, shard: config.shard ? `${config.shard.index}/${config.shard.count}` : null },
        label: run.label,
        classes: rows.classes,
        positiveLabel: run.positiveLabel,
        threshold: rows.task === 'binary' ? config.threshold : null,
        confidence: config.confidence,
        bootstrap: { resamples: config.bootstrap, seed: config.seed },
        metrics,
        tables,
        slices,
        ...(fairness ? { fairness } : {}),
        ...(run.importance ? { importance: run.importance } : {}),
        latency: lat,
        predictions: predictionsPath(config),
        notes,
        ...(run.timeRange ? { timeRange: run.timeRange } : {}),
        feed: run.feed,
        ...(config.shard ? { state: stateOf(rows, latency.raw(), groupColumns(config)) } : {}),
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
        (0,validate/* assertArtifact */.fp)('evaluation', json, f);
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
    const rows = (0,evaluate_rows/* concatRows */.UJ)(parts.map((p) => rowsFromState(p.task, p.classes, p.state)));
    const latency = new model_latency/* LatencyRecorder */.B();
    for (const p of parts)
        for (const [ms, n] of p.state.latency)
            latency.record(ms, n);
    const opts = { threshold: config.threshold, confidence: config.confidence, resamples: config.bootstrap, seed: config.seed };
    const { metrics, tables } = (0,model_metrics/* computeMetrics */.p)(rows.task, rows, opts);
    const sliceBy = config.sliceBy.length ? config.sliceBy : (first.slices.map((s) => s.column).filter((c, i, a) => a.indexOf(c) === i));
    const slices = sliceMetrics({ ...config, sliceBy }, rows, opts);
    const sensitive = config.sensitive?.length ? config.sensitive : (first.fairness?.features.map((f) => f.name) ?? []);
    const fairness = fairnessOf(sensitive, first.state.columns ?? first.slices.map((s) => s.column).filter((c, i, a) => a.indexOf(c) === i), rows, { ...config, minSliceRows: config.sensitive?.length ? config.minSliceRows : (first.fairness?.minGroupRows ?? config.minSliceRows) });
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
        fairness,
        // Each shard ranks features on its own sample; the merge keeps none (run importance unsharded).
        importance: undefined,
        latency: latency.report(first.latency.batchSize, first.latency.modelBytes),
        predictions: predictionsPath(config),
        notes: [...new Set(parts.flatMap((p) => p.notes)), `merged from ${parts.length} shards: ${files.join(', ')}`],
        state: undefined,
    };
}


/***/ })

};
