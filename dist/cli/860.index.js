export const id = 860;
export const ids = [860];
export const modules = {

/***/ 45860:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  startServe: () => (/* binding */ startServe)
});

// EXTERNAL MODULE: ./.build/js/src/model/ort.js
var model_ort = __webpack_require__(5396);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./.build/js/src/lib/files.js
var files = __webpack_require__(41938);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./.build/js/src/serve/capture.js
/**
 * Capture: a sampled share of requests and their answers, one JSON object per row, appended to
 * JSON Lines files in a folder and rotated by size. Each object is flat so that validate-data reads
 * the files as a dataset: `request_id`, `variant`, `version`, `shadow`, `timestamp`, the model's
 * input columns, `prediction`, and `p_<class>` per class (or nothing more for regression). Files are
 * named `capture-<start time>-<sequence>.jsonl`; the one being written ends in `.jsonl.part` and is
 * renamed when it is full or the server stops, so a reader never sees half a file.
 */



class Capture {
    opts;
    stream;
    partPath = '';
    bytes = 0;
    seq = 0;
    stamp = new Date().toISOString().replace(/[:.]/g, '-');
    closing;
    pending = new Set();
    files = [];
    constructor(opts) {
        this.opts = opts;
        try {
            (0,files/* makeDirs */.X2)(opts.dir);
        }
        catch (e) {
            throw (0,files/* outputError */.cw)(e, opts.dir);
        }
    }
    /** Decides once per request whether it is captured (shadow answers follow their request). */
    sampled() {
        return (this.opts.random ?? Math.random)() < this.opts.sample;
    }
    write(e) {
        if (this.closing)
            return;
        const ts = new Date().toISOString();
        const p = e.predictions;
        const k = p.classes.length;
        let text = '';
        for (let r = 0; r < p.labels.length; r++) {
            const o = { request_id: e.requestId, variant: e.variant, version: e.version, shadow: e.shadow, timestamp: ts };
            const cells = e.row(r);
            e.columns.forEach((c, j) => (o[c] = cells[j]));
            if (p.task === 'regression')
                o.prediction = p.values[r];
            else
                o.prediction = p.labels[r];
            if (p.probabilities)
                for (let j = 0; j < k; j++)
                    o[`p_${p.classes[j]}`] = p.probabilities[r * k + j];
            text += JSON.stringify(o) + '\n';
        }
        this.append(text);
    }
    append(text) {
        if (!this.stream)
            this.open();
        const n = Buffer.byteLength(text);
        this.stream.write(text);
        this.bytes += n;
        if (this.bytes >= this.opts.maxBytes)
            this.rotate();
    }
    open() {
        this.seq++;
        this.partPath = (0,external_node_path_.join)(this.opts.dir, `capture-${this.stamp}-${String(this.seq).padStart(4, '0')}.jsonl.part`);
        this.stream = (0,external_node_fs_.createWriteStream)(this.partPath, { flags: 'a' });
        this.bytes = 0;
    }
    finish() {
        const s = this.stream;
        const part = this.partPath;
        this.stream = undefined;
        if (!s)
            return Promise.resolve();
        return new Promise((resolve, reject) => {
            s.end(() => {
                try {
                    const done = part.replace(/\.part$/, '');
                    (0,external_node_fs_.renameSync)(part, done);
                    this.files.push(done);
                    resolve();
                }
                catch (e) {
                    reject(e);
                }
            });
        });
    }
    rotate() {
        const p = this.finish().finally(() => this.pending.delete(p));
        this.pending.add(p);
    }
    /** Flushes and closes the current file (on shutdown); files being rotated are awaited too. */
    close() {
        this.closing ??= Promise.all([this.finish(), ...this.pending]).then(() => { });
        return this.closing;
    }
}

;// CONCATENATED MODULE: ./.build/js/src/serve/tensors.js
/** A client error with its HTTP status; the message is returned as `{"error": message}`. */
class RequestError extends Error {
    status;
    kind;
    name = 'RequestError';
    constructor(message, status = 400, kind = 'bad_request') {
        super(message);
        this.status = status;
        this.kind = kind;
    }
}
const OIP_TO_ORT = {
    BOOL: 'bool',
    INT8: 'int8',
    INT16: 'int16',
    INT32: 'int32',
    INT64: 'int64',
    UINT8: 'uint8',
    UINT16: 'uint16',
    UINT32: 'uint32',
    UINT64: 'uint64',
    FP16: 'float16',
    FP32: 'float32',
    FP64: 'float64',
    BYTES: 'string',
};
const ORT_TO_OIP = Object.fromEntries(Object.entries(OIP_TO_ORT).map(([k, v]) => [v, k]));
function oipDatatype(ortType) {
    return ORT_TO_OIP[ortType] ?? ortType.toUpperCase();
}
/** A model dimension as the protocol writes it: variable dimensions are -1. */
function oipShape(shape) {
    return shape.map((d) => (typeof d === 'number' && d >= 0 ? d : -1));
}
function tensorMetadata(io) {
    return { name: io.name, datatype: oipDatatype(io.type), shape: oipShape(io.shape) };
}
const INT_RANGE = {
    int8: [-128, 127],
    int16: [-32768, 32767],
    int32: [-2147483648, 2147483647],
    uint8: [0, 255],
    uint16: [0, 65535],
    uint32: [0, 4294967295],
};
function allocate(type, n) {
    switch (type) {
        case 'float32':
            return new Float32Array(n);
        case 'float64':
            return new Float64Array(n);
        case 'int8':
            return new Int8Array(n);
        case 'int16':
            return new Int16Array(n);
        case 'int32':
            return new Int32Array(n);
        case 'int64':
            return new BigInt64Array(n);
        case 'uint8':
        case 'bool':
            return new Uint8Array(n);
        case 'uint16':
            return new Uint16Array(n);
        case 'uint32':
            return new Uint32Array(n);
        case 'uint64':
            return new BigUint64Array(n);
        case 'string':
            return new Array(n);
        default:
            throw new RequestError(`datatype ${oipDatatype(type)} is not supported by this server`);
    }
}
/** What is wrong with an element that `validElement` refused, at `at` (the input and element index). */
function elementError(type, v, at) {
    const dt = oipDatatype(type);
    switch (type) {
        case 'string':
            return new RequestError(`${at} is ${jsonKind(v)}; BYTES takes strings`);
        case 'bool':
            return new RequestError(`${at} is ${jsonKind(v)}; BOOL takes true or false`);
        case 'float32':
        case 'float64':
            return new RequestError(`${at} is ${jsonKind(v)}; ${dt} takes numbers`);
        case 'int64':
        case 'uint64':
            if (typeof v !== 'number' || !Number.isInteger(v))
                return new RequestError(`${at} is ${jsonKind(v)}; ${dt} takes integers`);
            return new RequestError(`${at} (${v}) is out of range for ${dt} as a JSON number`);
        default:
            if (typeof v !== 'number' || !Number.isInteger(v))
                return new RequestError(`${at} is ${jsonKind(v)}; ${dt} takes integers`);
            return new RequestError(`${at} (${v}) is out of range for ${dt}`);
    }
}
/** Whether `v`, a JSON value, is a valid element of a tensor of `type`. */
function validElement(type, v) {
    switch (type) {
        case 'string':
            return typeof v === 'string';
        case 'bool':
            return typeof v === 'boolean';
        case 'float32':
        case 'float64':
            return typeof v === 'number';
        case 'int64':
            return typeof v === 'number' && Number.isSafeInteger(v);
        case 'uint64':
            return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
        default: {
            const range = INT_RANGE[type];
            return typeof v === 'number' && Number.isInteger(v) && !!range && v >= range[0] && v <= range[1];
        }
    }
}
function store(out, type, k, v) {
    if (type === 'string')
        out[k] = v;
    else if (type === 'bool')
        out[k] = v ? 1 : 0;
    else if (type === 'int64' || type === 'uint64')
        out[k] = BigInt(v);
    else
        out[k] = v;
}
/**
 * Flat data of exactly `out.length` elements, each of the right JSON type, written in one loop.
 * Returns false (having written a prefix) at the first element that is not: `fill` then goes over
 * the data again and says what is wrong, or reads it as nested.
 */
function fillFlat(out, type, data) {
    const n = out.length;
    if (data.length !== n)
        return false;
    for (let i = 0; i < n; i++) {
        const v = data[i];
        if (!validElement(type, v))
            return false;
        store(out, type, i, v);
    }
    return true;
}
/** Writes `data` (flat or nested, row-major) into `out`, checking each element's JSON type. */
function fill(out, type, data, where, shape) {
    if (fillFlat(out, type, data))
        return;
    let k = 0;
    const n = out.length;
    const maxDepth = Math.max(shape.length, 1);
    const put = (v, depth) => {
        if (Array.isArray(v)) {
            // Nested as the shape at most: deeper nesting is a mistake (and unbounded recursion).
            if (depth > maxDepth)
                throw new RequestError(`${where}: data is nested deeper than its shape [${shape.join(', ')}]`);
            for (const x of v)
                put(x, depth + 1);
            return;
        }
        if (k >= n) {
            k++;
            return;
        }
        if (!validElement(type, v))
            throw elementError(type, v, `${where}: data element ${k}`);
        store(out, type, k++, v);
    };
    put(data, 1);
    if (k !== n)
        throw new RequestError(`${where}: data has ${k} elements; shape [${shape.join(', ')}] needs ${n}`);
}
function jsonKind(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'an array';
    if (typeof v === 'number')
        return Number.isInteger(v) ? `the integer ${v}` : `the number ${v}`;
    if (typeof v === 'string')
        return `a string`;
    return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** Largest tensor a request may declare (elements), before any allocation. */
const MAX_ELEMENTS = 1 << 26;
/** Keyed by a model's inputs array, which lives as long as the model. */
const schemas = new WeakMap();
function schemaOf(inputs, outputs) {
    let s = schemas.get(inputs);
    if (!s || s.of !== outputs) {
        s = { byName: new Map(inputs.map((i) => [i.name, { spec: i, want: oipShape(i.shape) }])), of: outputs, outputs: new Set(outputs.map((o) => o.name)) };
        schemas.set(inputs, s);
    }
    return s;
}
function validShape(shape) {
    if (!Array.isArray(shape))
        return false;
    for (const d of shape)
        if (typeof d !== 'number' || !Number.isInteger(d) || d < 0)
            return false;
    return true;
}
function fitsShape(shape, want) {
    if (shape.length !== want.length)
        return false;
    for (let j = 0; j < want.length; j++)
        if (want[j] !== -1 && want[j] !== shape[j])
            return false;
    return true;
}
/** Parses and checks an inference request body against the model's inputs and outputs. */
function parseInferRequest(body, inputs, outputs) {
    if (!isObject(body))
        throw new RequestError(`the request body must be a JSON object with "inputs"; got ${jsonKind(body)}`);
    const id = body.id;
    if (id !== undefined && typeof id !== 'string')
        throw new RequestError(`"id" must be a string; got ${jsonKind(id)}`);
    const tensors = body.inputs;
    if (!Array.isArray(tensors) || tensors.length === 0)
        throw new RequestError(`"inputs" must be a non-empty array of tensors`);
    const schema = schemaOf(inputs, outputs);
    const out = new Map();
    let rows = -1;
    for (let i = 0; i < tensors.length; i++) {
        const t = tensors[i];
        if (!isObject(t))
            throw new RequestError(`inputs[${i}] must be an object with name, shape, datatype and data`);
        if (typeof t.name !== 'string')
            throw new RequestError(`inputs[${i}].name must be a string`);
        const known = schema.byName.get(t.name);
        if (!known)
            throw new RequestError(`input '${t.name}': the model has no such input; its inputs are ${inputs.map((x) => `'${x.name}'`).join(', ')}`);
        const { spec, want } = known;
        const where = `input '${t.name}'`;
        if (out.has(t.name))
            throw new RequestError(`${where} is given twice`);
        if (typeof t.datatype !== 'string')
            throw new RequestError(`${where}: "datatype" must be a string such as ${oipDatatype(spec.type)}`);
        const type = OIP_TO_ORT[t.datatype];
        if (!type)
            throw new RequestError(`${where}: unknown datatype '${t.datatype}'; use one of ${Object.keys(OIP_TO_ORT).join(', ')}`);
        if (type !== spec.type)
            throw new RequestError(`${where}: datatype ${t.datatype} does not match the model's ${oipDatatype(spec.type)}`);
        const shape = t.shape;
        if (!validShape(shape))
            throw new RequestError(`${where}: "shape" must be an array of non-negative integers`);
        if (!fitsShape(shape, want))
            throw new RequestError(`${where}: shape [${shape.join(', ')}] does not fit the model's [${want.join(', ')}] (-1 is any size)`);
        let n = 1;
        for (const d of shape)
            n *= d;
        if (n === 0)
            throw new RequestError(`${where}: shape [${shape.join(', ')}] has no elements`);
        if (n > MAX_ELEMENTS)
            throw new RequestError(`${where}: shape [${shape.join(', ')}] is too large`, 413, 'too_large');
        if (!Array.isArray(t.data))
            throw new RequestError(`${where}: "data" must be an array`);
        const data = allocate(type, n);
        fill(data, type, t.data, where, shape);
        if (shape.length > 0 && want[0] === -1) {
            if (rows === -1)
                rows = shape[0];
            else if (rows !== shape[0])
                throw new RequestError(`${where}: ${shape[0]} rows, but another input has ${rows}; every input needs the same first dimension`);
        }
        out.set(t.name, { type, data, dims: shape });
    }
    if (out.size !== inputs.length) {
        const missing = inputs.filter((i) => !out.has(i.name));
        throw new RequestError(`missing input ${missing.map((m) => `'${m.name}' (${oipDatatype(m.type)} [${oipShape(m.shape).join(', ')}])`).join(', ')}`);
    }
    let requested;
    if (body.outputs !== undefined) {
        if (!Array.isArray(body.outputs))
            throw new RequestError(`"outputs" must be an array of {"name": ...}`);
        requested = body.outputs.map((o, i) => {
            if (!isObject(o) || typeof o.name !== 'string')
                throw new RequestError(`outputs[${i}] must be an object with a "name"`);
            if (!schema.outputs.has(o.name))
                throw new RequestError(`output '${o.name}': the model has no such output; its outputs are ${outputs.map((x) => `'${x.name}'`).join(', ')}`);
            return o.name;
        });
    }
    return { id: id, inputs: out, outputs: requested, rows: rows === -1 ? 1 : rows };
}
/** One element of an output tensor as JSON: NaN and infinities (not JSON numbers) become null. */
function jsonElement(type, v) {
    switch (type) {
        case 'int64':
        case 'uint64':
            return String(Number(v));
        case 'bool':
            return v === 1 || v === true ? 'true' : 'false';
        case 'float32':
        case 'float64':
            return Number.isFinite(v) ? String(v) : 'null';
        default:
            return typeof v === 'string' ? JSON.stringify(v) : String(v);
    }
}
/**
 * An onnxruntime output as the protocol's flat, row-major tensor, written as JSON text
 * (`{"name", "datatype", "shape", "data"}`): the answer is built as a string in one pass instead
 * of an array of boxed values for JSON.stringify. Numbers are written as JSON.stringify writes
 * them (the shortest text that reads back to the same double).
 */
function outputJson(name, t) {
    const src = t.data;
    let text = `{"name":${JSON.stringify(name)},"datatype":"${oipDatatype(t.type)}","shape":[${t.dims.join(',')}],"data":[`;
    for (let i = 0; i < src.length; i++)
        text += (i ? ',' : '') + jsonElement(t.type, src[i]);
    return text + ']}';
}

;// CONCATENATED MODULE: ./.build/js/src/serve/deployment.js
/**
 * The variants of one served model: a stable one and optionally a candidate, which either takes a
 * weighted share of traffic (sticky per request key when the client sends one) or runs as a shadow
 * on a copy of each request. The admin operations (load, weights, promote, rollback) swap variants
 * between requests: a request holds the variant it was routed to (`enter`/`leave`), and a replaced
 * variant releases its onnxruntime session only after its last request has finished.
 */

/**
 * FNV-1a over the key's UTF-16 code units, then murmur3's final mix (keys that differ only in their
 * last character would otherwise land close together), as a share in [0, 1): the same key, the
 * same side of the split.
 */
function keyShare(key) {
    let h = 0x811c9dc5;
    for (let i = 0; i < key.length; i++) {
        h ^= key.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
    }
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return (h >>> 0) / 2 ** 32;
}
class Deployment {
    name;
    stable;
    loader;
    random;
    candidate;
    mode = 'split';
    /** Candidate's share of traffic in split mode, 0..1. */
    weight = 0;
    previous;
    constructor(name, stable, loader, random = Math.random) {
        this.name = name;
        this.stable = stable;
        this.loader = loader;
        this.random = random;
    }
    get variants() {
        return this.candidate ? [this.stable, this.candidate] : [this.stable];
    }
    /** Routes a request and counts it in on its variant (and on the shadow): call `leave` after. */
    route(key, version) {
        let route;
        if (version !== undefined) {
            const v = this.variants.find((x) => x.version === version);
            if (!v)
                throw new RequestError(`model '${this.name}' has no version '${version}'; versions: ${this.variants.map((x) => x.version).join(', ')}`, 404, 'not_found');
            route = { variant: v, role: v === this.stable ? 'stable' : 'candidate' };
        }
        else if (this.candidate && this.mode === 'split' && this.weight > 0 && (key !== undefined ? keyShare(key) : this.random()) < this.weight) {
            route = { variant: this.candidate, role: 'candidate' };
        }
        else {
            route = { variant: this.stable, role: 'stable' };
            if (this.candidate && this.mode === 'shadow')
                route.shadow = this.candidate;
        }
        route.variant.enter();
        route.shadow?.enter();
        return route;
    }
    /** Loads a candidate (replacing any other candidate) in split mode with `weight`, or as a shadow. */
    async load(ref, version, mode, weight) {
        const v = await this.loader(ref, version);
        if (this.variants.some((x) => x.version === v.version)) {
            v.retire();
            throw new RequestError(`version '${v.version}' is already loaded; give another version`, 409, 'conflict');
        }
        const old = this.candidate;
        this.candidate = v;
        this.mode = mode;
        this.weight = mode === 'split' ? weight : 0;
        old?.retire();
    }
    setWeight(weight, mode) {
        if (!this.candidate)
            throw new RequestError(`model '${this.name}' has no candidate; load one first`, 409, 'conflict');
        if (mode)
            this.mode = mode;
        this.weight = this.mode === 'split' ? weight : 0;
    }
    /** The candidate becomes stable; the old stable is kept as the rollback target. */
    promote() {
        if (!this.candidate)
            throw new RequestError(`model '${this.name}' has no candidate to promote`, 409, 'conflict');
        const old = this.stable;
        this.stable = this.candidate;
        this.candidate = undefined;
        this.weight = 0;
        this.mode = 'split';
        this.previous = { ref: old.ref, version: old.version };
        old.retire();
    }
    /** Drops the candidate; with none, restores the stable version that the last promote replaced. */
    async rollback() {
        if (this.candidate) {
            const c = this.candidate;
            this.candidate = undefined;
            this.weight = 0;
            c.retire();
            return;
        }
        if (!this.previous)
            throw new RequestError(`model '${this.name}' has nothing to roll back to`, 409, 'conflict');
        const v = await this.loader(this.previous.ref, this.previous.version);
        const old = this.stable;
        this.stable = v;
        this.previous = undefined;
        old.retire();
    }
    state() {
        return {
            name: this.name,
            stable: { ref: this.stable.ref, version: this.stable.version },
            candidate: this.candidate ? { ref: this.candidate.ref, version: this.candidate.version, mode: this.mode, weight: this.weight } : null,
            previous: this.previous ?? null,
        };
    }
    /** Retires every variant (shutdown). */
    close() {
        for (const v of this.variants)
            v.retire();
    }
}

;// CONCATENATED MODULE: ./.build/js/src/serve/log.js
const ORDER = { debug: 10, info: 20, warn: 30, error: 40 };
function jsonLogger(level, write = (l) => process.stderr.write(l)) {
    return {
        enabled: (l) => ORDER[l] >= ORDER[level],
        log(l, msg, fields = {}) {
            if (ORDER[l] < ORDER[level])
                return;
            write(JSON.stringify({ time: new Date().toISOString(), level: l, msg, ...fields }) + '\n');
        },
    };
}

// EXTERNAL MODULE: ./.build/js/src/serve/metric-names.js
var metric_names = __webpack_require__(63168);
;// CONCATENATED MODULE: ./.build/js/src/serve/metrics.js
/**
 * Prometheus text exposition (format 0.0.4) for /metrics, labelled by model and variant:
 * requests, errors by kind, request latency, rows per onnxruntime call, queue depth, and the
 * distribution of predictions (class counts, a histogram of the top-class probability or, for a
 * binary model, of the positive-class probability).
 */

/**
 * A row's score: the positive-class probability (binary), the top-class probability (multiclass),
 * undefined for a model without probabilities. The score histogram of /metrics and the deploy
 * judge's `score` samples (window.ts) both use it.
 */
function rowScore(p, r) {
    if (!p.probabilities)
        return undefined;
    const k = p.classes.length;
    if (k === 2)
        return p.probabilities[r * 2 + 1];
    let v = 0;
    for (let j = 0; j < k; j++)
        v = Math.max(v, p.probabilities[r * k + j]);
    return v;
}
const LATENCY_BUCKETS = [0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const BATCH_BUCKETS = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024];
const SCORE_BUCKETS = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1];
class Histogram {
    buckets;
    counts;
    sum = 0;
    count = 0;
    constructor(buckets) {
        this.buckets = buckets;
        this.counts = new Array(buckets.length).fill(0);
    }
    observe(v) {
        this.sum += v;
        this.count++;
        for (let i = 0; i < this.buckets.length; i++)
            if (v <= this.buckets[i])
                this.counts[i]++;
    }
}
/** Escapes a label value (backslash, double quote, newline). */
function esc(v) {
    return v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}
function labels(l) {
    return `{${Object.entries(l).map(([k, v]) => `${k}="${esc(v)}"`).join(',')}}`;
}
function num(v) {
    return Number.isFinite(v) ? String(v) : v > 0 ? '+Inf' : v < 0 ? '-Inf' : 'NaN';
}
class Metrics {
    stats = new Map();
    gauges;
    /** Queue depth and in-flight counts are read when scraped. */
    references;
    /** The `reference` label of a variant's series (what it serves), or undefined for none. */
    setReferenceSource(fn) {
        this.references = fn;
    }
    setGaugeSource(fn) {
        this.gauges = fn;
    }
    /** The last series looked up: requests come in runs for one model and variant, so no key is built for them. */
    lastModel = '';
    lastVariant = '';
    lastStats;
    of(model, variant) {
        if (this.lastStats && this.lastModel === model && this.lastVariant === variant)
            return this.lastStats;
        const key = `${model}\u0000${variant}`;
        let s = this.stats.get(key);
        if (!s) {
            s = { requests: new Map(), errors: new Map(), latency: new Histogram(LATENCY_BUCKETS), batch: new Histogram(BATCH_BUCKETS), classes: new Map(), score: new Histogram(SCORE_BUCKETS), shadowDiffer: 0, shadowRows: 0 };
            this.stats.set(key, s);
        }
        this.lastModel = model;
        this.lastVariant = variant;
        this.lastStats = s;
        return s;
    }
    request(model, variant, endpoint, seconds) {
        const s = this.of(model, variant);
        s.requests.set(endpoint, (s.requests.get(endpoint) ?? 0) + 1);
        s.latency.observe(seconds);
    }
    error(model, variant, kind) {
        const s = this.of(model, variant);
        s.errors.set(kind, (s.errors.get(kind) ?? 0) + 1);
    }
    batch(model, variant, rows) {
        this.of(model, variant).batch.observe(rows);
    }
    shadowDisagreement(model, variant, rows) {
        this.of(model, variant).shadowDiffer += rows;
    }
    shadowCompared(model, variant, rows) {
        this.of(model, variant).shadowRows += rows;
    }
    predictions(model, variant, p) {
        const s = this.of(model, variant);
        for (const l of p.labels)
            if (p.task !== 'regression')
                s.classes.set(l, (s.classes.get(l) ?? 0) + 1);
        if (!p.probabilities)
            return;
        for (let r = 0; r < p.labels.length; r++)
            s.score.observe(rowScore(p, r));
    }
    render() {
        const out = [];
        const each = (fn) => {
            for (const [key, s] of this.stats) {
                const [model, variant] = key.split('\u0000');
                const reference = this.references?.(variant);
                fn(reference === undefined ? { model, variant } : { model, variant, [metric_names/* LABELS */.kg.reference]: reference }, s);
            }
        };
        const hist = (name, help, pick) => {
            out.push(`# HELP ${name} ${help}`, `# TYPE ${name} histogram`);
            each((l, s) => {
                const h = pick(s);
                if (h.count === 0)
                    return; // e.g. the variant "none" of requests refused before routing
                h.buckets.forEach((b, i) => out.push(`${name}_bucket${labels({ ...l, le: num(b) })} ${h.counts[i]}`));
                out.push(`${name}_bucket${labels({ ...l, le: '+Inf' })} ${h.count}`, `${name}_sum${labels(l)} ${num(h.sum)}`, `${name}_count${labels(l)} ${h.count}`);
            });
        };
        out.push(`# HELP ${metric_names/* SERIES */.mU.requests} Inference requests answered, by endpoint.`, `# TYPE ${metric_names/* SERIES */.mU.requests} counter`);
        each((l, s) => s.requests.forEach((v, endpoint) => out.push(`${metric_names/* SERIES */.mU.requests}${labels({ ...l, endpoint })} ${v}`)));
        out.push(`# HELP ${metric_names/* SERIES */.mU.errors} Failed requests, by kind.`, `# TYPE ${metric_names/* SERIES */.mU.errors} counter`);
        each((l, s) => s.errors.forEach((v, kind) => out.push(`${metric_names/* SERIES */.mU.errors}${labels({ ...l, kind })} ${v}`)));
        hist(metric_names/* SERIES */.mU.duration, 'Time from request received to answer ready.', (s) => s.latency);
        hist(metric_names/* SERIES */.mU.batchRows, 'Rows per onnxruntime call.', (s) => s.batch);
        out.push(`# HELP ${metric_names/* SERIES */.mU.queueDepth} Requests waiting for the model session.`, `# TYPE ${metric_names/* SERIES */.mU.queueDepth} gauge`);
        const g = this.gauges?.() ?? [];
        for (const x of g)
            out.push(`${metric_names/* SERIES */.mU.queueDepth}${labels({ model: x.model, variant: x.variant, version: x.version })} ${x.depth}`);
        out.push(`# HELP ${metric_names/* SERIES */.mU.inflight} Requests being answered.`, `# TYPE ${metric_names/* SERIES */.mU.inflight} gauge`);
        for (const x of g)
            out.push(`${metric_names/* SERIES */.mU.inflight}${labels({ model: x.model, variant: x.variant, version: x.version })} ${x.inflight}`);
        out.push(`# HELP ${metric_names/* SERIES */.mU.predictions} Predicted rows, by predicted class.`, `# TYPE ${metric_names/* SERIES */.mU.predictions} counter`);
        each((l, s) => s.classes.forEach((v, cls) => out.push(`${metric_names/* SERIES */.mU.predictions}${labels({ ...l, class: cls })} ${v}`)));
        hist(metric_names/* SERIES */.mU.score, 'Positive-class probability (binary) or top-class probability (multiclass) per row.', (s) => s.score);
        out.push(`# HELP ${metric_names/* SERIES */.mU.shadowRows} Rows a shadow recomputed (answered by stable).`, `# TYPE ${metric_names/* SERIES */.mU.shadowRows} counter`);
        each((l, s) => {
            if (s.shadowRows)
                out.push(`${metric_names/* SERIES */.mU.shadowRows}${labels(l)} ${s.shadowRows}`);
        });
        out.push(`# HELP ${metric_names/* SERIES */.mU.shadowDisagreements} Rows where the shadow predicted another label than the answer returned.`, `# TYPE ${metric_names/* SERIES */.mU.shadowDisagreements} counter`);
        each((l, s) => out.push(`${metric_names/* SERIES */.mU.shadowDisagreements}${labels(l)} ${s.shadowDiffer}`));
        return out.join('\n') + '\n';
    }
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
;// CONCATENATED MODULE: ./.build/js/src/serve/admin.js
/**
 * The admin API's logic: the bearer-token check (constant time: both sides hashed to the same
 * length, then `timingSafeEqual`) and the operations on the deployment, with their bodies checked.
 */


/** Throws 404 when the API is off (no token) and 401 unless `authorization` is `Bearer <token>`. */
function checkBearer(authorization, token) {
    if (!token)
        throw new RequestError('the admin API is off; start the server with an admin token to use it', 404, 'not_found');
    const auth = authorization ?? '';
    const given = auth.startsWith('Bearer ') ? auth.slice(7) : '';
    const h = (s) => (0,external_node_crypto_.createHash)('sha256').update(s).digest();
    if (!(0,external_node_crypto_.timingSafeEqual)(h(given), h(token)))
        throw new RequestError('missing or wrong bearer token', 401, 'unauthorized');
}
/** Whether the action reads a JSON body. */
function takesBody(action) {
    return action === 'load' || action === 'weights';
}
async function adminAction(d, action, json) {
    if (action === 'state')
        return d.state();
    if (!isObject(json))
        throw new RequestError('the body must be a JSON object');
    const mode = json.mode;
    if (mode !== undefined && mode !== 'split' && mode !== 'shadow')
        throw new RequestError(`"mode" must be "split" or "shadow"`);
    const weight = json.weight;
    if (weight !== undefined && (typeof weight !== 'number' || !(weight >= 0 && weight <= 1)))
        throw new RequestError(`"weight" must be a number from 0 to 1 (the candidate's share of traffic)`);
    if (action === 'load') {
        if (typeof json.model !== 'string' || !json.model)
            throw new RequestError(`"model" must be a model file path or reference`);
        if (json.version !== undefined && typeof json.version !== 'string')
            throw new RequestError(`"version" must be a string`);
        try {
            await d.load(json.model, json.version, mode ?? 'split', weight ?? 0);
        }
        catch (e) {
            if (e instanceof RequestError)
                throw e;
            throw new RequestError(`cannot load '${json.model}': ${e.message}`, 400);
        }
    }
    else if (action === 'weights') {
        if (weight === undefined && mode === undefined)
            throw new RequestError(`give "weight" (0..1) and/or "mode"`);
        d.setWeight(weight ?? d.weight, mode);
    }
    else if (action === 'promote')
        d.promote();
    else
        await d.rollback();
    return d.state();
}

;// CONCATENATED MODULE: ./.build/js/src/serve/json.js
/**
 * A strict JSON parser over the UTF-8 bytes of a request body, for the bodies a model server sees
 * most (objects, arrays, numbers, plain ASCII strings). It skips JSON.parse's decoding of the
 * bytes into a string and reads each number from the bytes: a number of at most 15 significant
 * digits and a decimal exponent within ±22 is one exact multiplication or division (Clinger's fast
 * path, correctly rounded), any other number goes through `Number()` on its text. Both round
 * correctly, so every number equals JSON.parse's, bit for bit.
 *
 * It gives up (returns undefined) on what it does not handle: strings with escapes, control or
 * non-ASCII bytes, the key `__proto__`, nesting deeper than MAX_DEPTH, and anything that is not
 * JSON. The caller then runs JSON.parse on the text, which parses the rest and words the error for
 * invalid JSON. What it accepts, it parses as JSON.parse does (test/unit/serve/json.test.ts checks
 * both against JSON.parse with generated documents and corrupted ones).
 */
const MAX_DEPTH = 64;
/** 10^0 .. 10^22: every one exactly representable as a double. */
const POW10 = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));
/** Parser state: module-level so that parsing allocates nothing but the values it returns. */
const EMPTY = Buffer.alloc(0);
let buf = EMPTY;
let pos = 0;
let failed = false;
function fail() {
    failed = true;
    return undefined;
}
function skipSpace() {
    while (pos < buf.length) {
        const c = buf[pos];
        if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09)
            pos++;
        else
            return;
    }
}
function literal(text, value) {
    for (let i = 0; i < text.length; i++)
        if (buf[pos + i] !== text.charCodeAt(i))
            return fail();
    pos += text.length;
    return value;
}
/** Short strings seen before (keys, datatypes, names), by a hash of their bytes: not decoded again. */
const seen = new Array(256).fill('');
/** A string of printable ASCII without escapes (the opening quote at `pos`). */
function string() {
    const start = ++pos;
    let h = 0;
    while (pos < buf.length) {
        const c = buf[pos];
        if (c === 0x22)
            break;
        if (c === 0x5c || c < 0x20 || c > 0x7e)
            return fail();
        h = (h * 31 + c) & 0xff;
        pos++;
    }
    if (pos >= buf.length)
        return fail();
    const n = pos - start;
    pos++;
    if (n > 24)
        return buf.toString('latin1', start, start + n);
    const known = seen[h];
    if (known.length === n) {
        let i = 0;
        while (i < n && known.charCodeAt(i) === buf[start + i])
            i++;
        if (i === n)
            return known;
    }
    return (seen[h] = buf.toString('latin1', start, start + n));
}
/** `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?` */
function number() {
    const b = buf;
    const len = b.length;
    const start = pos;
    let p = pos;
    let neg = false;
    if (b[p] === 0x2d) {
        neg = true;
        p++;
    }
    let m = 0;
    let digits = 0; // significant digits in m
    let scale = 0; // decimal exponent of m's last digit
    let c = p < len ? b[p] : 0;
    if (c === 0x30)
        c = ++p < len ? b[p] : 0;
    else if (c >= 0x31 && c <= 0x39) {
        do {
            m = m * 10 + (c - 0x30);
            digits++;
            c = ++p < len ? b[p] : 0;
        } while (c >= 0x30 && c <= 0x39);
    }
    else
        return fail();
    if (c === 0x2e) {
        c = ++p < len ? b[p] : 0;
        if (c < 0x30 || c > 0x39)
            return fail();
        do {
            if (m !== 0 || c !== 0x30)
                digits++;
            m = m * 10 + (c - 0x30);
            scale--;
            c = ++p < len ? b[p] : 0;
        } while (c >= 0x30 && c <= 0x39);
    }
    if (c === 0x65 || c === 0x45) {
        c = ++p < len ? b[p] : 0;
        let eneg = false;
        if (c === 0x2b || c === 0x2d) {
            eneg = c === 0x2d;
            c = ++p < len ? b[p] : 0;
        }
        if (c < 0x30 || c > 0x39)
            return fail();
        let e = 0;
        do {
            if (e < 100_000)
                e = e * 10 + (c - 0x30);
            c = ++p < len ? b[p] : 0;
        } while (c >= 0x30 && c <= 0x39);
        scale += eneg ? -e : e;
    }
    pos = p;
    if (digits > 15 || scale > 22 || scale < -22)
        return Number(b.toString('latin1', start, p));
    const v = scale >= 0 ? m * POW10[scale] : m / POW10[-scale];
    return neg ? -v : v;
}
function value(depth) {
    skipSpace();
    const c = buf[pos];
    if (c === 0x22)
        return string();
    if (c === 0x2d || (c >= 0x30 && c <= 0x39))
        return number();
    if (c === 0x7b)
        return object(depth + 1);
    if (c === 0x5b)
        return array(depth + 1);
    if (c === 0x74)
        return literal('true', true);
    if (c === 0x66)
        return literal('false', false);
    if (c === 0x6e)
        return literal('null', null);
    return fail();
}
function array(depth) {
    if (depth > MAX_DEPTH)
        return fail();
    pos++;
    const out = [];
    skipSpace();
    if (buf[pos] === 0x5d) {
        pos++;
        return out;
    }
    for (;;) {
        const v = value(depth);
        if (failed)
            return undefined;
        out.push(v);
        skipSpace();
        const c = buf[pos++];
        if (c === 0x5d)
            return out;
        if (c !== 0x2c)
            return fail();
    }
}
function object(depth) {
    if (depth > MAX_DEPTH)
        return fail();
    pos++;
    const out = {};
    skipSpace();
    if (buf[pos] === 0x7d) {
        pos++;
        return out;
    }
    for (;;) {
        skipSpace();
        if (buf[pos] !== 0x22)
            return fail();
        const key = string();
        if (key === undefined || key === '__proto__')
            return fail();
        skipSpace();
        if (buf[pos++] !== 0x3a)
            return fail();
        const v = value(depth);
        if (failed)
            return undefined;
        out[key] = v;
        skipSpace();
        const c = buf[pos++];
        if (c === 0x7d)
            return out;
        if (c !== 0x2c)
            return fail();
    }
}
/** The JSON document in `bytes`, or undefined when this parser leaves it to JSON.parse (see above). */
function parseJsonBytes(bytes) {
    buf = bytes;
    pos = 0;
    failed = false;
    const v = value(0);
    skipSpace();
    const ok = !failed && pos === bytes.length;
    buf = EMPTY;
    return ok ? v : undefined;
}

;// CONCATENATED MODULE: ./.build/js/src/serve/rows.js

/** `[{...}, ...]` or `{"id": "...", "rows": [{...}, ...]}`, each value a string, number, boolean or null. */
function parseRowsBody(json) {
    let id;
    let records;
    if (Array.isArray(json))
        records = json;
    else if (isObject(json)) {
        if (json.id !== undefined && typeof json.id !== 'string')
            throw new RequestError(`"id" must be a string; got ${jsonKind(json.id)}`);
        id = json.id;
        records = json.rows;
    }
    if (!Array.isArray(records))
        throw new RequestError(`the body must be an array of records ([{"column": value, ...}]) or {"rows": [...]}`);
    if (records.length === 0)
        throw new RequestError(`no rows: give at least one record`);
    records.forEach((r, i) => {
        if (!isObject(r))
            throw new RequestError(`row ${i} must be an object of column values; got ${jsonKind(r)}`);
        for (const [k, v] of Object.entries(r)) {
            if (v !== null && typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean')
                throw new RequestError(`row ${i}, column '${k}': ${jsonKind(v)} is not a column value (use a string, number, boolean or null)`);
        }
    });
    return { id, records: records };
}
/** Per row `{label, probabilities: {class: p}}`, or `{prediction}` for regression. */
function rowsAnswer(p) {
    const k = p.classes.length;
    const predictions = p.labels.map((label, i) => {
        if (p.task === 'regression')
            return { prediction: p.values[i] };
        const o = { label };
        if (p.probabilities) {
            o.probabilities = {};
            for (let j = 0; j < k; j++)
                o.probabilities[p.classes[j]] = p.probabilities[i * k + j];
        }
        return o;
    });
    return p.task === 'regression' ? { predictions } : { classes: p.classes, predictions };
}

;// CONCATENATED MODULE: ./.build/js/src/serve/server.js
/**
 * The HTTP server: the Open Inference Protocol v2 REST API (health, server and model metadata,
 * model readiness, inference), a rows endpoint, /metrics and the admin API, on node:http.
 *
 * Every failure a client can cause is answered with a 4xx (or 503 when overloaded) and
 * `{"error": "..."}`; nothing a client sends can stop the server. Bodies larger than the limit are
 * refused with 413 as soon as the limit is passed (at once when Content-Length says so).
 */







const JSON_TYPE = { 'content-type': 'application/json' };
/** A path segment, percent-decoded; a malformed escape is the client's mistake. */
function segment(s) {
    try {
        return decodeURIComponent(s);
    }
    catch {
        throw new RequestError(`malformed percent-encoding in the path: '${s}'`);
    }
}
class ModelServer {
    opts;
    ctx;
    server;
    ready = false;
    active = 0;
    draining = false;
    idle = [];
    /** Shadow copies still running. */
    background = new Set();
    routes;
    /** The routes by method, in table order: a request tries only its method's patterns. */
    byMethod = new Map();
    /** The deploy state record (`/admin/models/<name>/deploy-record`), kept in memory as sent. */
    deployRecord;
    constructor(opts, ctx) {
        this.opts = opts;
        this.ctx = ctx;
        this.server = (0,external_node_http_.createServer)({ requestTimeout: opts.requestTimeoutMs, headersTimeout: Math.min(opts.requestTimeoutMs, 60_000), keepAliveTimeout: 5_000 }, (req, res) => this.handle(req, res));
        const v = '(?:/versions/([^/]+))?';
        const name = '([^/]+)';
        this.routes = [
            ['GET', /^\/v2\/health\/live$/, async () => ({ status: 200, body: { live: true } })],
            ['GET', /^\/v2\/health\/ready$/, async () => (this.ready ? { status: 200, body: { ready: true } } : { status: 503, body: { ready: false } })],
            ['GET', /^\/v2$/, async () => ({ status: 200, body: { name: 'modelgate', version: this.opts.serverVersion, extensions: [] } })],
            ['GET', new RegExp(`^/v2/models/${name}${v}$`), async (_r, _b, m) => ({ status: 200, body: this.modelMetadata(m[1], m[2]) })],
            ['GET', new RegExp(`^/v2/models/${name}${v}/ready$`), async (_r, _b, m) => this.modelReady(m[1], m[2])],
            ['POST', new RegExp(`^/v2/models/${name}${v}/infer$`), (r, b, m, c) => this.infer(r, b, m[1], m[2], c)],
            ['POST', new RegExp(`^/v2/models/${name}${v}/rows$`), (r, b, m, c) => this.rows(r, b, m[1], m[2], c)],
            ['GET', /^\/metrics$/, async () => ({ status: 200, body: this.ctx.metrics.render(), headers: { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' } })],
            ['GET', /^\/admin\/models$/, async (r) => this.authorized(r, () => ({ status: 200, body: { models: [this.ctx.deployment.name] } }))],
            ['GET', new RegExp(`^/admin/models/${name}$`), (r, b, m) => this.admin(r, m[1], 'state', b)],
            ['POST', new RegExp(`^/admin/models/${name}/(load|weights|promote|rollback)$`), (r, b, m) => this.admin(r, m[1], m[2], b)],
            ['GET', new RegExp(`^/admin/models/${name}/window$`), async (r, _b, m) => this.authorized(r, () => (this.checkName(m[1]), { status: 200, body: this.ctx.window.snapshot() }))],
            ['POST', new RegExp(`^/admin/models/${name}/window/reset$`), async (r, _b, m) => this.authorized(r, () => (this.checkName(m[1]), { status: 200, body: this.ctx.window.reset() }))],
            ['GET', new RegExp(`^/admin/models/${name}/deploy-record$`), async (r, _b, m) => this.authorized(r, () => (this.checkName(m[1]), this.deployRecord === undefined ? { status: 404, body: { error: 'no deploy record' } } : { status: 200, body: this.deployRecord }))],
            ['PUT', new RegExp(`^/admin/models/${name}/deploy-record$`), (r, b, m) => this.putRecord(r, b, m[1])],
            ['DELETE', new RegExp(`^/admin/models/${name}/deploy-record$`), async (r, _b, m) => this.authorized(r, () => (this.checkName(m[1]), (this.deployRecord = undefined), { status: 204, body: '' }))],
        ];
        for (const [method, re, h] of this.routes) {
            const list = this.byMethod.get(method) ?? [];
            list.push([re, h]);
            this.byMethod.set(method, list);
        }
    }
    async listen() {
        await new Promise((resolve, reject) => {
            this.server.once('error', reject);
            this.server.listen(this.opts.port, this.opts.host, () => {
                this.server.off('error', reject);
                resolve();
            });
        });
        this.ready = true;
        const a = this.server.address();
        const host = a.family === 'IPv6' ? `[${a.address}]` : a.address;
        this.ctx.log.log('info', 'listening', { url: `http://${host}:${a.port}`, model: this.ctx.deployment.name, version: this.ctx.deployment.stable.version });
        return `http://${host}:${a.port}`;
    }
    /** The served model's variants (for the CLI and tests). */
    get deployment() {
        return this.ctx.deployment;
    }
    get port() {
        return this.server.address().port;
    }
    /** Graceful stop: refuse new connections, finish requests in flight, flush capture, release sessions. */
    async close() {
        if (this.draining)
            return;
        this.draining = true;
        this.ready = false;
        this.ctx.log.log('info', 'shutting down', { inflight: this.active });
        const closed = new Promise((resolve) => this.server.close(() => resolve()));
        this.server.closeIdleConnections();
        const drained = this.active === 0 ? Promise.resolve() : new Promise((resolve) => this.idle.push(resolve));
        let timer;
        const timedOut = await Promise.race([drained.then(() => false), new Promise((resolve) => (timer = setTimeout(() => resolve(true), this.opts.shutdownTimeoutMs)))]);
        clearTimeout(timer);
        if (timedOut)
            this.ctx.log.log('warn', 'shutdown timeout: closing connections with requests in flight', { inflight: this.active });
        this.server.closeAllConnections();
        await closed;
        // Answers are all out; shadow copies still running get what is left of the grace period
        // (setImmediate first: copies of the last answers are started on the next turn).
        await new Promise((r) => setImmediate(r));
        if (this.background.size && !timedOut) {
            const shadowsDone = Promise.all([...this.background]).then(() => true);
            const late = await Promise.race([shadowsDone, new Promise((resolve) => (timer = setTimeout(() => resolve(false), this.opts.shutdownTimeoutMs)))]);
            clearTimeout(timer);
            if (!late)
                this.ctx.log.log('warn', 'shutdown timeout: shadow copies still running are not recorded');
        }
        await this.ctx.capture?.close();
        this.ctx.deployment.close();
        this.ctx.log.log('info', 'stopped');
    }
    /** The route for a method and path: its handler and match, or why there is none (404, 405). */
    match(method, url) {
        for (const [re, handler] of this.byMethod.get(method) ?? []) {
            const m = re.exec(url);
            if (m)
                return { handler, m };
        }
        const other = this.routes.find(([, re]) => re.test(url));
        if (!other)
            return new RequestError(`no endpoint ${method} ${url}`, 404, 'not_found');
        return new RequestError(`${url} takes ${other[0]}, not ${method}`, 405, 'method_not_allowed');
    }
    handle(req, res) {
        const t0 = external_node_perf_hooks_.performance.now();
        this.active++;
        const q = (req.url ?? '/').indexOf('?');
        const url = q === -1 ? (req.url ?? '/') : req.url.slice(0, q);
        const rc = { requestId: String(req.headers['x-request-id'] ?? '') || (0,external_node_crypto_.randomUUID)() };
        let finished = false;
        const log = this.ctx.log;
        const send = (a) => {
            if (finished)
                return;
            finished = true;
            clearTimeout(timer);
            const text = typeof a.body === 'string' ? a.body : JSON.stringify(a.body);
            const headers = { 'content-type': JSON_TYPE['content-type'], 'content-length': Buffer.byteLength(text), 'x-request-id': rc.requestId };
            if (a.headers)
                Object.assign(headers, a.headers);
            if (this.draining || a.status === 413)
                headers.connection = 'close';
            try {
                res.writeHead(a.status, headers);
                res.end(text);
            }
            catch {
                // the client went away
            }
            const level = a.status >= 500 ? 'warn' : 'info';
            if (log.enabled?.(level) ?? true)
                log.log(level, 'request', { method: req.method, path: url, status: a.status, ms: +(external_node_perf_hooks_.performance.now() - t0).toFixed(3), request_id: rc.requestId, variant: rc.variant });
        };
        const timer = setTimeout(() => {
            this.ctx.metrics.error(this.ctx.deployment.name, rc.variant ?? 'none', 'timeout');
            send({ status: 503, body: { error: `no answer within the request timeout (${this.opts.requestTimeoutMs} ms)` }, headers: { 'retry-after': '1' } });
        }, this.opts.requestTimeoutMs);
        res.on('close', () => {
            clearTimeout(timer);
            this.active--;
            if (this.active === 0 && this.idle.length)
                for (const f of this.idle.splice(0))
                    f();
        });
        const failed = (e) => {
            if (e instanceof RequestError) {
                if (url.startsWith('/v2/models/'))
                    this.ctx.metrics.error(this.ctx.deployment.name, rc.variant ?? 'none', e.kind);
                const headers = e.status === 503 ? { 'retry-after': '1' } : e.status === 401 ? { 'www-authenticate': 'Bearer' } : {};
                send({ status: e.status, body: { error: e.message }, headers });
            }
            else {
                this.ctx.metrics.error(this.ctx.deployment.name, rc.variant ?? 'none', 'internal');
                this.ctx.log.log('error', 'internal error', { request_id: rc.requestId, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
                send({ status: 500, body: { error: `internal error (request ${rc.requestId}); see the server log` } });
            }
            // A body not read (refused early) is drained so the client sees the answer.
            req.resume();
        };
        const route = this.match(req.method ?? 'GET', url);
        if (route instanceof RequestError)
            return failed(route);
        let answer;
        try {
            answer = route.handler(req, () => this.readBody(req), route.m, rc);
        }
        catch (e) {
            return failed(e);
        }
        answer.then((a) => {
            send(a);
            // Shadow copies start on the next turn, after the answer is on its way.
            if (a.after)
                setImmediate(() => this.startBackground(a.after));
        }, failed);
    }
    /** Runs an answer's follow-up (a shadow copy); shutdown waits for it. */
    startBackground(after) {
        const p = after();
        if (p) {
            this.background.add(p);
            void p.finally(() => this.background.delete(p));
        }
    }
    readBody(req) {
        const limit = this.opts.bodyLimit;
        const declared = Number(req.headers['content-length'] ?? NaN);
        if (declared > limit) {
            req.resume();
            return Promise.reject(new RequestError(`the request body (${declared} bytes) is larger than the limit of ${limit} bytes`, 413, 'too_large'));
        }
        return new Promise((resolve, reject) => {
            const chunks = [];
            let size = 0;
            let over = false;
            req.on('data', (c) => {
                if (over)
                    return;
                size += c.length;
                if (size > limit) {
                    over = true;
                    chunks.length = 0;
                    reject(new RequestError(`the request body is larger than the limit of ${limit} bytes`, 413, 'too_large'));
                    return;
                }
                chunks.push(c);
            });
            req.on('error', () => reject(new RequestError('the request body could not be read', 400)));
            req.on('end', () => {
                if (over)
                    return;
                const bytes = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
                const fast = parseJsonBytes(bytes);
                if (fast !== undefined)
                    return resolve(fast);
                try {
                    resolve(JSON.parse(bytes.toString('utf8')));
                }
                catch (e) {
                    reject(new RequestError(`the request body is not valid JSON: ${e.message}`));
                }
            });
        });
    }
    checkName(name) {
        const d = this.ctx.deployment;
        if (name === d.name && !name.includes('%'))
            return;
        if (segment(name) !== d.name)
            throw new RequestError(`model '${segment(name)}' not found; this server serves '${d.name}'`, 404, 'not_found');
    }
    variantFor(name, version) {
        this.checkName(name);
        const d = this.ctx.deployment;
        if (version === undefined)
            return d.stable;
        const v = d.variants.find((x) => x.version === segment(version));
        if (!v)
            throw new RequestError(`model '${d.name}' has no version '${segment(version)}'; versions: ${d.variants.map((x) => x.version).join(', ')}`, 404, 'not_found');
        return v;
    }
    modelMetadata(name, version) {
        const v = this.variantFor(name, version);
        return {
            name: this.ctx.deployment.name,
            versions: this.ctx.deployment.variants.map((x) => x.version),
            platform: 'onnxruntime_onnx',
            inputs: v.model.inputs.map(tensorMetadata),
            outputs: v.model.outputs.map(tensorMetadata),
        };
    }
    async modelReady(name, version) {
        const v = this.variantFor(name, version);
        const ready = this.ready && !v.isReleased;
        return { status: ready ? 200 : 503, body: { name: this.ctx.deployment.name, ready } };
    }
    /**
     * Routes, runs and records one request; the variant is held from routing until the answer.
     *
     * Users are protected from a failing candidate: a request the split sent to the candidate (not
     * one that asked for a version) that fails there for any reason is run again on stable, and
     * stable's answer (or stable's error) is returned. The failure counts against the candidate only
     * when stable then answered (the candidate failed where stable did not); a stable request's
     * failure counts against stable when it is a server error (5xx).
     */
    async predict(req, name, version, rc, endpoint, prepare) {
        this.checkName(name);
        const d = this.ctx.deployment;
        const key = req.headers[this.opts.stickyHeader];
        const route = d.route(typeof key === 'string' ? key : undefined, version === undefined ? undefined : segment(version));
        try {
            return await this.attempt(route, rc, endpoint, prepare);
        }
        catch (e) {
            if (route.role !== 'candidate' || version !== undefined) {
                if (!(e instanceof RequestError) || e.status >= 500)
                    this.ctx.window.failed(route.role);
                throw e;
            }
            const fallback = { variant: d.stable, role: 'stable' };
            d.stable.enter();
            const r = await this.attempt(fallback, rc, endpoint, prepare);
            this.ctx.metrics.error(d.name, 'candidate', 'retried_on_stable');
            this.ctx.window.failed('candidate');
            this.ctx.log.log('warn', 'candidate failed; answered by stable', { request_id: rc.requestId, error: e.message });
            return r;
        }
    }
    /** Runs a routed request on its variant (and leaves it); records metrics, window and capture. */
    async attempt(route, rc, endpoint, prepare) {
        const t0 = external_node_perf_hooks_.performance.now();
        const d = this.ctx.deployment;
        let shadowHeld = !!route.shadow;
        const releaseShadow = () => {
            if (shadowHeld)
                route.shadow.leave();
            shadowHeld = false;
        };
        rc.variant = route.role;
        try {
            const { inputs, rows, columns } = prepare(route.variant);
            const out = await route.variant.run(inputs, rows);
            const predictions = route.variant.predictions(out, rows);
            const captured = this.ctx.capture?.sampled() ? columns() : undefined;
            const ms = external_node_perf_hooks_.performance.now() - t0;
            this.ctx.metrics.request(d.name, route.role, endpoint, ms / 1000);
            this.ctx.window.answered(route.role, ms);
            this.ctx.window.predicted(route.role, predictions);
            this.ctx.metrics.predictions(d.name, route.role, predictions);
            if (captured)
                this.ctx.capture.write({ requestId: rc.requestId, variant: route.role, version: route.variant.version, shadow: false, columns: captured.columns, row: captured.row, predictions });
            const shadow = route.shadow;
            if (!shadow)
                return { route, out, predictions, t0 };
            const after = () => {
                if (!shadowHeld)
                    return undefined;
                if (shadow.saturated) {
                    this.ctx.metrics.error(d.name, 'candidate', 'shadow_dropped');
                    releaseShadow();
                    return undefined;
                }
                const s0 = external_node_perf_hooks_.performance.now();
                return shadow
                    .run(inputs, rows)
                    .then((o) => {
                    const p = shadow.predictions(o, rows);
                    const sms = external_node_perf_hooks_.performance.now() - s0;
                    this.ctx.metrics.request(d.name, 'candidate', 'shadow', sms / 1000);
                    this.ctx.window.answered('candidate', sms);
                    this.ctx.window.predicted('candidate', p);
                    this.ctx.metrics.predictions(d.name, 'candidate', p);
                    let differ = 0;
                    for (let r = 0; r < rows; r++)
                        if (p.labels[r] !== predictions.labels[r])
                            differ++;
                    this.ctx.metrics.shadowDisagreement(d.name, 'candidate', differ);
                    this.ctx.metrics.shadowCompared(d.name, 'candidate', rows);
                    this.ctx.window.compared(rows, differ);
                    if (captured)
                        this.ctx.capture.write({ requestId: rc.requestId, variant: 'candidate', version: shadow.version, shadow: true, columns: captured.columns, row: captured.row, predictions: p });
                })
                    .catch((e) => {
                    this.ctx.metrics.error(d.name, 'candidate', e instanceof RequestError ? `shadow_${e.kind}` : 'shadow_internal');
                    this.ctx.window.failed('candidate');
                })
                    .finally(releaseShadow);
            };
            return { route, out, predictions, after, t0 };
        }
        catch (e) {
            releaseShadow();
            throw e;
        }
        finally {
            route.variant.leave();
        }
    }
    async infer(req, body, name, version, rc) {
        this.checkName(name);
        const json = await body();
        if (isObject(json) && typeof json.id === 'string' && !req.headers['x-request-id'])
            rc.requestId = json.id;
        let request;
        const r = await this.predict(req, name, version, rc, 'infer', (v) => {
            request = parseInferRequest(json, v.model.inputs, v.model.outputs);
            const inputs = request.inputs;
            return {
                inputs,
                rows: request.rows,
                columns: () => {
                    const c = v.columnsOf(inputs);
                    return { columns: c.columns, row: c.rowCells };
                },
            };
        });
        const want = request.outputs ?? r.route.variant.outputNames;
        // The answer's JSON text, written directly: {model_name, model_version, id?, outputs}.
        let text = `{"model_name":${JSON.stringify(this.ctx.deployment.name)},"model_version":${JSON.stringify(r.route.variant.version)}`;
        if (request.id !== undefined)
            text += `,"id":${JSON.stringify(request.id)}`;
        text += ',"outputs":[';
        for (let i = 0; i < want.length; i++)
            text += (i ? ',' : '') + outputJson(want[i], r.out[want[i]]);
        return { status: 200, body: text + ']}', after: r.after };
    }
    async rows(req, body, name, version, rc) {
        this.checkName(name);
        const { id, records } = parseRowsBody(await body());
        if (id !== undefined && !req.headers['x-request-id'])
            rc.requestId = id;
        const r = await this.predict(req, name, version, rc, 'rows', (v) => {
            const f = v.feedsFromRecords(records);
            return { inputs: f.inputs, rows: records.length, columns: () => ({ columns: f.columns, row: (i) => f.cells[i] }) };
        });
        const out = { model_name: this.ctx.deployment.name, model_version: r.route.variant.version };
        if (id !== undefined)
            out.id = id;
        return { status: 200, body: { ...out, ...rowsAnswer(r.predictions) }, after: r.after };
    }
    authorized(req, fn) {
        checkBearer(req.headers.authorization, this.opts.adminToken);
        return fn();
    }
    /** Stores deploy's state record (any JSON object, within the body limit) until replaced or deleted. */
    async putRecord(req, body, name) {
        checkBearer(req.headers.authorization, this.opts.adminToken);
        this.checkName(name);
        const json = await body();
        if (!isObject(json))
            throw new RequestError('the deploy record must be a JSON object');
        this.deployRecord = json;
        return { status: 200, body: json };
    }
    async admin(req, name, action, body) {
        checkBearer(req.headers.authorization, this.opts.adminToken);
        this.checkName(name);
        const result = await adminAction(this.ctx.deployment, action, takesBody(action) ? await body() : {});
        if (action !== 'state')
            this.ctx.log.log('info', 'admin', { action, state: result });
        return { status: 200, body: result };
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./.build/js/src/errors.js
var errors = __webpack_require__(4522);
// EXTERNAL MODULE: ./.build/js/src/registry/pull-input.js
var pull_input = __webpack_require__(71059);
// EXTERNAL MODULE: ./.build/js/src/registry/oci.js
var oci = __webpack_require__(90464);
// EXTERNAL MODULE: ./.build/js/src/registry/reference.js + 2 modules
var reference = __webpack_require__(17301);
// EXTERNAL MODULE: ./.build/js/src/registry/versions.js + 2 modules
var versions = __webpack_require__(76122);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./.build/js/src/serve/source.js
/**
 * Where a served model comes from. Every load goes through `resolveModel(ref)`, which turns a
 * reference into a local ONNX file: today a path (or `file://` URL). A registry reference such as
 * `oci-layout://models:production` is resolved by a resolver registered for its scheme
 * (`registerResolver`), so the registry module can plug in without serve changing.
 */




const resolvers = new Map();
/** Registers a resolver for `scheme://...` references (e.g. `oci-layout`, `oci`). */
function registerResolver(scheme, resolver) {
    resolvers.set(scheme, resolver);
}
async function resolveModel(ref) {
    const m = /^([a-z][a-z0-9+.-]*):\/\//i.exec(ref);
    if (m && m[1].toLowerCase() !== 'file') {
        const r = resolvers.get(m[1].toLowerCase());
        if (!r)
            throw new errors/* ConfigurationError */.j1(`model '${ref}': no resolver for '${m[1]}://' references; give a path to an .onnx file${resolvers.size ? ` or a ${[...resolvers.keys()].join('/')} reference` : ''}`);
        return r(ref);
    }
    const path = m ? (0,external_node_url_.fileURLToPath)(ref) : (0,external_node_path_.resolve)(ref);
    if (!(0,external_node_fs_.existsSync)(path) || !(0,external_node_fs_.statSync)(path).isFile())
        throw new errors/* ConfigurationError */.j1(`model '${ref}': no such file`);
    return { ref, path };
}

;// CONCATENATED MODULE: ./.build/js/src/serve/registry-source.js
/**
 * Registry references for serve: `oci-layout://<dir>[:tag|@digest]` and
 * `oci://<host>/<repository>[:tag|@digest]` resolve through src/registry. The version's model file
 * is pulled (every blob's digest verified) into a cache folder keyed by the manifest's digest, so a
 * version is downloaded once per cache even when loaded again (a rollback, a restart). The served
 * version is the registry's `v<n>`. Credentials come from MODELGATE_REGISTRY_USERNAME / _PASSWORD /
 * _TOKEN, as for the actions.
 */










/** The default cache: MODELGATE_SERVE_CACHE, or modelgate-serve-cache in the temp folder. */
function defaultCacheDir(env = process.env) {
    return env.MODELGATE_SERVE_CACHE || (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'modelgate-serve-cache');
}
async function resolveRegistryModel(ref, cacheDir, conn = (0,pull_input/* connectionFromEnv */.WG)()) {
    const r = (0,reference/* parseReference */.F2)(ref, 'model');
    const backend = (0,reference/* openBackend */.f2)({ ...r, tag: undefined, digest: undefined }, conn);
    const v = await (0,versions/* resolve */.hd)(backend, { tag: r.tag, digest: r.digest });
    const layers = v.manifest.layers.filter((l) => l.mediaType === oci/* MEDIA */.Rn.modelFile);
    const layer = layers.find((l) => l.annotations?.['org.opencontainers.image.title']?.endsWith('.onnx')) ?? layers[0];
    const title = layer?.annotations?.['org.opencontainers.image.title'];
    if (!layer || !title)
        throw new errors/* ServiceError */._7(`model '${ref}': the version holds no model file`);
    const dir = (0,external_node_path_.join)(cacheDir, (0,oci/* hex */.uh)(v.digest));
    if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, title))) {
        // Pulled into a fresh folder, then renamed into place: a crash leaves no half-written entry.
        (0,files/* makeDirs */.X2)(cacheDir);
        const tmp = (0,external_node_path_.join)(cacheDir, `.pull-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`);
        (0,external_node_fs_.mkdirSync)(tmp);
        try {
            await (0,versions/* pull */.a$)(backend, { digest: v.digest }, tmp, (l) => l.digest === layer.digest && l.annotations?.['org.opencontainers.image.title'] === title);
            if (!(0,external_node_fs_.existsSync)(dir))
                (0,external_node_fs_.renameSync)(tmp, dir);
        }
        finally {
            (0,external_node_fs_.rmSync)(tmp, { recursive: true, force: true });
        }
        if (!(0,external_node_fs_.readdirSync)(dir).includes(title))
            throw new errors/* ServiceError */._7(`model '${ref}': the cache folder ${dir} exists without ${title}; remove it`);
    }
    return { ref, path: (0,external_node_path_.join)(dir, title), ...(v.version ? { version: v.version } : {}) };
}
/** Makes `oci-layout://` and `oci://` model references load through the registry. */
function useRegistry(cacheDir = defaultCacheDir(), conn) {
    const fn = (ref) => resolveRegistryModel(ref, cacheDir, conn);
    registerResolver('oci-layout', fn);
    registerResolver('oci', fn);
}

// EXTERNAL MODULE: ./.build/js/src/model/model.js + 1 modules
var model_model = __webpack_require__(54487);
;// CONCATENATED MODULE: ./.build/js/src/serve/batcher.js
/**
 * Dynamic batching, as Triton's dynamic batcher does it: requests queue per model session; one
 * onnxruntime call at a time takes every queued request that fits (up to `maxRows` rows, same
 * trailing dimensions), concatenated along the first dimension, and its outputs are split back.
 * A request waits at most `waitMs` for others to join when the session is idle; with 0 the batch
 * is formed on the next turn of the event loop, after the requests already received have been read
 * (under load, a call that had just finished leaves an empty queue that the next burst of
 * requests refills: taking the first of them alone costs a whole call for one row). Requests
 * always batch up while a call is running. Past `queueLimit` queued requests, submit
 * throws a 503 with Retry-After instead of queueing without bound.
 */

class QueueFullError extends RequestError {
    constructor(limit) {
        super(`the server is overloaded (${limit} requests queued); retry later`, 503, 'overloaded');
    }
}
function shapeKey(inputs) {
    let k = '';
    for (const [name, t] of inputs) {
        k += name;
        for (let i = 1; i < t.dims.length; i++)
            k += `:${t.dims[i]}`;
        k += ';';
    }
    return k;
}
function concat(parts, type) {
    if (type === 'string')
        return [].concat(...parts);
    const total = parts.reduce((a, p) => a + p.length, 0);
    const Ctor = parts[0].constructor;
    const out = new Ctor(total);
    let o = 0;
    for (const p of parts) {
        out.set(p, o);
        o += p.length;
    }
    return out;
}
function sliceRows(t, from, rows) {
    const per = t.dims.slice(1).reduce((a, b) => a * b, 1);
    const data = t.data;
    const part = data.subarray ? data.subarray(from * per, (from + rows) * per) : data.slice(from * per, (from + rows) * per);
    return { type: t.type, dims: [rows, ...t.dims.slice(1)], data: part };
}
class Batcher {
    run;
    opts;
    onBatch;
    queue = [];
    running = false;
    timer;
    turn;
    constructor(run, opts, onBatch = () => { }) {
        this.run = run;
        this.opts = opts;
        this.onBatch = onBatch;
    }
    get depth() {
        return this.queue.length;
    }
    submit(inputs, rows) {
        if (this.queue.length >= this.opts.queueLimit)
            throw new QueueFullError(this.opts.queueLimit);
        return new Promise((resolve, reject) => {
            this.queue.push({ inputs, rows, key: shapeKey(inputs), at: performance.now(), resolve, reject });
            this.pump();
        });
    }
    pump() {
        if (this.running || this.queue.length === 0)
            return;
        if (this.opts.waitMs === 0) {
            this.turn ??= setImmediate(() => {
                this.turn = undefined;
                this.start();
            });
            return;
        }
        const head = this.queue[0].key;
        const queuedRows = this.queue.reduce((a, j) => (j.key === head ? a + j.rows : a), 0);
        const waited = performance.now() - this.queue[0].at;
        if (queuedRows < this.opts.maxRows && waited < this.opts.waitMs) {
            if (!this.timer) {
                this.timer = setTimeout(() => {
                    this.timer = undefined;
                    this.pump();
                }, Math.max(0, this.opts.waitMs - waited));
            }
            return;
        }
        this.start();
    }
    /** Takes the head of the queue and what fits with it into one call. */
    start() {
        if (this.running || this.queue.length === 0)
            return;
        if (this.timer) {
            clearTimeout(this.timer);
            this.timer = undefined;
        }
        const head = this.queue[0];
        const batch = [];
        let rows = 0;
        const rest = [];
        for (const j of this.queue) {
            if (j.key === head.key && (batch.length === 0 || rows + j.rows <= this.opts.maxRows)) {
                batch.push(j);
                rows += j.rows;
            }
            else
                rest.push(j);
        }
        this.queue = rest;
        this.running = true;
        void this.execute(batch, rows).finally(() => {
            this.running = false;
            this.pump();
        });
    }
    async execute(batch, rows) {
        this.onBatch(rows, batch.length);
        if (batch.length === 1) {
            await this.run(batch[0].inputs).then(batch[0].resolve, batch[0].reject);
            return;
        }
        const inputs = new Map();
        for (const [name, t] of batch[0].inputs) {
            inputs.set(name, { type: t.type, dims: [rows, ...t.dims.slice(1)], data: concat(batch.map((j) => j.inputs.get(name).data), t.type) });
        }
        let out;
        try {
            out = await this.run(inputs);
        }
        catch {
            // One bad request must not fail the others: run them one by one to find out whose it was.
            for (const j of batch)
                await this.run(j.inputs).then(j.resolve, j.reject);
            return;
        }
        if (!Object.values(out).every((t) => t.dims[0] === rows)) {
            for (const j of batch)
                await this.run(j.inputs).then(j.resolve, j.reject);
            return;
        }
        let from = 0;
        for (const j of batch) {
            const part = {};
            for (const [name, t] of Object.entries(out))
                part[name] = sliceRows(t, from, j.rows);
            from += j.rows;
            j.resolve(part);
        }
    }
}

;// CONCATENATED MODULE: ./.build/js/src/serve/variant.js





function sigmoid(x) {
    return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
}
class Variant {
    ref;
    version;
    model;
    ort;
    predict;
    batching;
    inflight = 0;
    retired = false;
    released = false;
    plan;
    /** Output names the predictions are read from (always fetched). */
    predictionOutputs;
    /** Every output's name, in the model's order (an answer's outputs when the request names none). */
    outputNames;
    batcher;
    direct = 0;
    constructor(ref, version, model, ort, predict, batching, hooks) {
        this.ref = ref;
        this.version = version;
        this.model = model;
        this.ort = ort;
        this.predict = predict;
        this.batching = batching;
        this.plan = model.outputPlan();
        this.predictionOutputs = [this.plan.probabilities, this.plan.label, this.plan.value].filter((x) => !!x);
        this.outputNames = model.outputs.map((o) => o.name);
        const batchable = [...model.inputs, ...model.outputs].every((io) => io.shape.length > 0 && typeof io.shape[0] !== 'number');
        if (batching.enabled && batchable)
            this.batcher = new Batcher((i) => this.runNow(i), batching, hooks.onBatch);
        else
            this.onDirect = hooks.onBatch;
    }
    onDirect = () => { };
    static async load(ort, ref, version, predict, batching, hooks) {
        const src = await resolveModel(ref);
        const model = await model_model/* Model */.Kx.load(ort, src.path, batching.threads || undefined);
        await warmUp(ort, model);
        return new Variant(ref, version ?? src.version ?? '1', model, ort, predict, batching, hooks);
    }
    get queueDepth() {
        return this.batcher ? this.batcher.depth : this.direct;
    }
    /** Half its queue taken: shadow copies are dropped then, so they never delay real answers. */
    get saturated() {
        return this.queueDepth * 2 >= this.batching.queueLimit;
    }
    /** Counts a request in; it must call `leave()` when done (the session stays until then). */
    enter() {
        this.inflight++;
    }
    leave() {
        this.inflight--;
        if (this.retired && this.inflight === 0)
            this.release();
    }
    /** No new requests come here; the session is released when the last one in flight leaves. */
    retire() {
        this.retired = true;
        if (this.inflight === 0)
            this.release();
    }
    get isReleased() {
        return this.released;
    }
    release() {
        if (this.released)
            return;
        this.released = true;
        void this.model.session.release().catch(() => { });
    }
    async runNow(inputs) {
        const feeds = {};
        for (const [name, t] of inputs)
            feeds[name] = new this.ort.Tensor(t.type, t.data, t.dims);
        try {
            return (await this.model.session.run(feeds));
        }
        catch (e) {
            // onnxruntime's own checks (a value it rejects): the caller's input, one line.
            throw new RequestError(`onnxruntime rejected the input: ${e.message.split('\n')[0]}`);
        }
    }
    /** Runs one request's tensors, batched with others when batching is on. */
    async run(inputs, rows) {
        if (this.batcher)
            return this.batcher.submit(inputs, rows);
        if (this.direct >= this.batching.queueLimit)
            throw new QueueFullError(this.batching.queueLimit);
        this.direct++;
        this.onDirect(rows, 1);
        try {
            return await this.runNow(inputs);
        }
        finally {
            this.direct--;
        }
    }
    /** JSON records -> the model's input tensors, by evaluate-model's column mapping. */
    feedsFromRecords(records) {
        const columns = [];
        const seen = new Set();
        for (const r of records)
            for (const k of Object.keys(r))
                if (!seen.has(k))
                    seen.add(k), columns.push(k);
        const colIndex = new Map(columns.map((c, i) => [c, i]));
        const cells = records.map((r) => columns.map((c) => (c in r ? r[c] : null)));
        let plan;
        let feeds;
        try {
            plan = this.model.feedPlan(columns, this.predict.features, new Set(this.predict.ignore));
            feeds = this.model.feeds(plan, cells, colIndex);
        }
        catch (e) {
            if ((0,errors/* isUserError */.iU)(e))
                throw new RequestError(e.message.replace(/^input 'features': /, 'features: '));
            throw e;
        }
        const inputs = new Map();
        for (const [name, t] of Object.entries(feeds))
            inputs.set(name, { type: t.type, data: t.data, dims: [...t.dims] });
        const idx = plan.features.map((f) => colIndex.get(f));
        return { inputs, columns: plan.features, cells: cells.map((row) => idx.map((i) => row[i])) };
    }
    /** Column names for captured tensor requests: features when configured, else input[_j]. */
    columnsOf(inputs) {
        const parts = [];
        const columns = [];
        for (const [name, t] of inputs) {
            const per = t.dims.slice(1).reduce((a, b) => a * b, 1);
            parts.push({ name, t, per });
            if (per === 1)
                columns.push(name);
            else if (inputs.size === 1 && this.predict.features?.length === per)
                columns.push(...this.predict.features);
            else
                for (let j = 0; j < per; j++)
                    columns.push(`${name}_${j}`);
        }
        const rowCells = (r) => {
            const out = [];
            for (const { t, per } of parts) {
                for (let j = 0; j < per; j++) {
                    const v = t.data[r * per + j];
                    out.push(typeof v === 'bigint' ? Number(v) : typeof v === 'number' && !Number.isFinite(v) ? null : v);
                }
            }
            return out;
        };
        return { columns, rowCells };
    }
    /** The label and class probabilities (or regression value) of each row. */
    predictions(out, rows) {
        const { plan } = this;
        const labelsOut = plan.label ? out[plan.label]?.data : undefined;
        if (plan.probabilities && out[plan.probabilities]) {
            const t = out[plan.probabilities];
            const k = t.dims[1];
            const classes = plan.classLabels?.length === k ? plan.classLabels : Array.from({ length: k }, (_, i) => String(i));
            const p = Float64Array.from(t.data);
            const labels = new Array(rows);
            for (let r = 0; r < rows; r++) {
                if (labelsOut)
                    labels[r] = String(labelsOut[r]);
                else {
                    let best = 0;
                    for (let j = 1; j < k; j++)
                        if (p[r * k + j] > p[r * k + best])
                            best = j;
                    labels[r] = classes[best];
                }
            }
            return { task: k === 2 ? 'binary' : 'multiclass', classes, labels, probabilities: p };
        }
        if (plan.value && out[plan.value]) {
            const v = out[plan.value].data;
            const st = this.predict.scoreType === 'auto' ? (plan.valueProducer === 'Sigmoid' ? 'probability' : undefined) : this.predict.scoreType;
            if (!st)
                return { task: 'regression', classes: [], labels: Array.from(v, (x) => String(x)), values: Float64Array.from(v) };
            const p = new Float64Array(rows * 2);
            const labels = new Array(rows);
            for (let r = 0; r < rows; r++) {
                const q = st === 'logit' ? sigmoid(v[r]) : v[r];
                p[r * 2] = 1 - q;
                p[r * 2 + 1] = q;
                labels[r] = q >= this.predict.threshold ? '1' : '0';
            }
            return { task: 'binary', classes: ['0', '1'], labels, probabilities: p };
        }
        return { task: 'label', classes: plan.classLabels ?? [], labels: labelsOut ? Array.from(labelsOut, String) : [] };
    }
}
/**
 * Runs the model a few times on one row of zeros (empty strings, false) before it takes traffic, as
 * Triton's model warmup does: onnxruntime's first runs allocate and plan, and a freshly loaded
 * candidate would otherwise answer its first requests slowly and be judged on that. A model that
 * refuses zeros is left cold (its real requests will say what is wrong).
 */
async function warmUp(ort, model, runs = 3) {
    const feeds = {};
    for (const io of model.inputs) {
        const dims = io.shape.map((d) => (typeof d === 'number' && d > 0 ? d : 1));
        const n = dims.reduce((a, b) => a * b, 1);
        if (n > 1 << 20)
            return;
        switch (io.type) {
            case 'float32':
                feeds[io.name] = new ort.Tensor('float32', new Float32Array(n), dims);
                break;
            case 'float64':
                feeds[io.name] = new ort.Tensor('float64', new Float64Array(n), dims);
                break;
            case 'int64':
                feeds[io.name] = new ort.Tensor('int64', new BigInt64Array(n), dims);
                break;
            case 'int32':
                feeds[io.name] = new ort.Tensor('int32', new Int32Array(n), dims);
                break;
            case 'bool':
                feeds[io.name] = new ort.Tensor('bool', new Uint8Array(n), dims);
                break;
            case 'string':
                feeds[io.name] = new ort.Tensor('string', new Array(n).fill(''), dims);
                break;
            default: return;
        }
    }
    try {
        for (let i = 0; i < runs; i++)
            await model.session.run(feeds);
    }
    catch {
        // Left cold: see above.
    }
}

;// CONCATENATED MODULE: ./.build/js/src/serve/window.js
/**
 * The observation window the deploy judge reads through the admin API: per variant, the latency
 * of each answered request (ms, up to `MAX_SAMPLES` kept), the requests answered and the requests
 * that failed, and for a shadow the rows compared and the rows whose label agreed. Reset by
 * `POST /admin/models/<name>/window/reset`, read by `GET /admin/models/<name>/window`; unlike the
 * /metrics counters, which only grow, a window holds the raw samples the Mann-Whitney test needs.
 *
 * A failure counts against a variant when it is the variant's fault: a stable request that failed
 * with a server error (5xx), or a candidate request that failed where stable then answered the
 * same request (see ModelServer.predict: the candidate's failures are retried on stable).
 */

/** Latency samples kept per variant and window; requests past it are still counted. */
const MAX_SAMPLES = 100_000;
const empty = () => ({ requests: 0, errors: 0, latencyMs: [], scores: [] });
class ObservationWindow {
    now;
    w = { since: new Date().toISOString(), stable: empty(), candidate: empty(), shadow: { rows: 0, agree: 0 } };
    constructor(now = () => new Date()) {
        this.now = now;
        this.reset();
    }
    reset() {
        this.w = { since: this.now().toISOString(), stable: empty(), candidate: empty(), shadow: { rows: 0, agree: 0 } };
        return this.w;
    }
    answered(role, ms) {
        const o = this.w[role];
        o.requests++;
        if (o.latencyMs.length < MAX_SAMPLES)
            o.latencyMs.push(Math.round(ms * 1000) / 1000);
    }
    /** The rows' scores of an answer (the prediction distribution the judge can compare). */
    predicted(role, p) {
        const o = this.w[role];
        if (!p.probabilities)
            return;
        for (let r = 0; r < p.labels.length && o.scores.length < MAX_SAMPLES; r++)
            o.scores.push(rowScore(p, r));
    }
    failed(role) {
        this.w[role].errors++;
    }
    compared(rows, differ) {
        this.w.shadow.rows += rows;
        this.w.shadow.agree += rows - differ;
    }
    snapshot() {
        return this.w;
    }
}

;// CONCATENATED MODULE: ./.build/js/src/serve/index.js
/**
 * `modelgate serve`: builds the server from a parsed config. The CLI (src/cli/serve.ts) adds the
 * signal handling; tests call `startServe` with port 0.
 */









async function startServe(config, serverVersion, deps = {}) {
    const log = deps.log ?? jsonLogger(config.logLevel);
    const plain = {
        info: (m) => log.log('info', m),
        warning: (m) => log.log('warn', m),
        error: (m) => log.log('error', m),
        debug: (m) => log.log('debug', m),
        group: async (name, fn) => fn(),
    };
    useRegistry(deps.cacheDir ?? defaultCacheDir());
    const ort = await (0,model_ort/* loadOnnxRuntime */.aD)(plain);
    const metrics = new Metrics();
    const predict = { features: config.features, ignore: config.ignore, scoreType: config.scoreType, threshold: config.threshold };
    const batching = { threads: config.threads, enabled: config.batching, maxRows: config.maxBatchRows, waitMs: config.batchWaitMs, queueLimit: config.queueLimit };
    let deployment;
    const loader = async (ref, version) => {
        // The role is looked up per batch, so a promoted candidate's batches count as stable.
        let v = undefined;
        const role = () => (deployment && v === deployment.candidate ? 'candidate' : 'stable');
        // Without a version, a registry reference is its registry's v<n>; a file the next number free.
        if (version === undefined && !/^oci(-layout)?:\/\//i.test(ref)) {
            const taken = new Set(deployment?.variants.map((x) => x.version) ?? []);
            let n = 1;
            while (taken.has(String(n)))
                n++;
            version = String(n);
        }
        v = await Variant.load(ort, ref, version, predict, batching, { onBatch: (rows) => metrics.batch(config.name, role(), rows) });
        log.log('info', 'model loaded', { model: config.name, ref, version: v.version, inputs: v.model.inputs.map((i) => i.name), outputs: v.model.outputs.map((o) => o.name) });
        return v;
    };
    const stable = await loader(config.model, config.version);
    deployment = new Deployment(config.name, stable, loader, deps.random);
    if (config.candidate)
        await deployment.load(config.candidate, config.candidateVersion, config.candidateMode, config.candidateWeight);
    const d = deployment;
    // With `reference` set (a KServe predictor: the registry reference its files came from), the
    // model loaded at start is labelled with it, so Prometheus tells revisions apart.
    if (config.reference)
        metrics.setReferenceSource((role) => (role === 'stable' && d.stable === stable ? config.reference : undefined));
    metrics.setGaugeSource(() => d.variants.map((v) => ({ model: d.name, variant: v === d.stable ? 'stable' : 'candidate', version: v.version, depth: v.queueDepth, inflight: v.inflight })));
    const capture = config.captureDir ? new Capture({ dir: config.captureDir, sample: config.captureSample, maxBytes: config.captureMaxBytes, random: deps.random }) : undefined;
    const server = new ModelServer({
        host: config.host,
        port: config.port,
        bodyLimit: config.bodyLimit,
        requestTimeoutMs: config.requestTimeoutMs,
        shutdownTimeoutMs: config.shutdownTimeoutMs,
        adminToken: config.adminToken,
        stickyHeader: config.stickyHeader,
        serverVersion,
    }, { deployment, metrics, capture, log, window: new ObservationWindow() });
    await server.listen();
    return server;
}


/***/ }),

/***/ 63168:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kg: () => (/* binding */ LABELS),
/* harmony export */   mU: () => (/* binding */ SERIES),
/* harmony export */   xb: () => (/* binding */ VARIANTS)
/* harmony export */ });
/* unused harmony export SHADOW_ENDPOINT */
/**
 * The Prometheus series `modelgate serve` exports on /metrics and their labels: one source of
 * truth, rendered by metrics.ts and read back by deploy (src/deploy/prometheus.ts, through
 * src/deploy/metric-names.ts) from a Prometheus that scrapes the server.
 */
const SERIES = Object.freeze({
    /** Counter: requests answered, labels {model, variant, endpoint} (endpoint `shadow` for shadow copies). */
    requests: 'modelgate_requests_total',
    /** Counter: failed requests, labels {model, variant, kind}. */
    errors: 'modelgate_errors_total',
    /** Histogram (seconds): time from request received to answer ready, labels {model, variant}. */
    duration: 'modelgate_request_duration_seconds',
    batchRows: 'modelgate_batch_rows',
    queueDepth: 'modelgate_queue_depth',
    inflight: 'modelgate_inflight_requests',
    predictions: 'modelgate_predictions_total',
    score: 'modelgate_prediction_score',
    /** Counter: rows a shadow recomputed, labels {model, variant="candidate"}. */
    shadowRows: 'modelgate_shadow_rows_total',
    /** Counter: of those, rows where the shadow's label differed, labels {model, variant="candidate"}. */
    shadowDisagreements: 'modelgate_shadow_disagreements_total',
});
/** Labels: the model's name (`--name`), and the variant, `stable` or `candidate`. */
const LABELS = Object.freeze({ model: 'model', variant: 'variant', reference: 'reference', endpoint: 'endpoint', kind: 'kind' });
const VARIANTS = Object.freeze({ stable: 'stable', candidate: 'candidate' });
/** The `endpoint` label value of a shadow copy's request. */
const SHADOW_ENDPOINT = 'shadow';


/***/ })

};
