export const id = 383;
export const ids = [383];
export const modules = {

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


/***/ }),

/***/ 19044:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Af: () => (/* binding */ mergeMetrics),
/* harmony export */   Fz: () => (/* binding */ rowScore),
/* harmony export */   K1: () => (/* binding */ Metrics),
/* harmony export */   qF: () => (/* binding */ renderMetrics)
/* harmony export */ });
/* harmony import */ var _metric_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63168);
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
const histData = (h) => ({ counts: [...h.counts], sum: h.sum, count: h.count });
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
    /** The numbers as plain data, reference labels and gauges read now. */
    snapshot() {
        const series = [];
        for (const [key, s] of this.stats) {
            const [model, variant] = key.split('\u0000');
            const reference = this.references?.(variant);
            series.push({ model, variant, ...(reference === undefined ? {} : { reference }), requests: [...s.requests], errors: [...s.errors], latency: histData(s.latency), batch: histData(s.batch), classes: [...s.classes], score: histData(s.score), shadowDiffer: s.shadowDiffer, shadowRows: s.shadowRows });
        }
        return { series, gauges: this.gauges?.() ?? [] };
    }
    render() {
        return renderMetrics(this.snapshot());
    }
}
function addHist(a, b) {
    return { counts: a.counts.map((c, i) => c + b.counts[i]), sum: a.sum + b.sum, count: a.count + b.count };
}
function addPairs(a, b) {
    const m = new Map(a);
    for (const [k, v] of b)
        m.set(k, (m.get(k) ?? 0) + v);
    return [...m];
}
/**
 * Several servers' numbers as one (the workers of `serve --workers N`): counters and every
 * histogram bucket, sum and count are added series by series (same model, variant and reference
 * label), which is what Prometheus' sum() over the workers' series would give; the gauges (queue
 * depth, requests in flight) are added per model, variant and version.
 */
function mergeMetrics(parts) {
    const series = new Map();
    const gauges = new Map();
    for (const part of parts) {
        for (const s of part.series) {
            const key = `${s.model}\u0000${s.variant}\u0000${s.reference ?? ''}`;
            const a = series.get(key);
            series.set(key, !a ? s : { ...a, requests: addPairs(a.requests, s.requests), errors: addPairs(a.errors, s.errors), latency: addHist(a.latency, s.latency), batch: addHist(a.batch, s.batch), classes: addPairs(a.classes, s.classes), score: addHist(a.score, s.score), shadowDiffer: a.shadowDiffer + s.shadowDiffer, shadowRows: a.shadowRows + s.shadowRows });
        }
        for (const g of part.gauges) {
            const key = `${g.model}\u0000${g.variant}\u0000${g.version}`;
            const a = gauges.get(key);
            gauges.set(key, !a ? { ...g } : { ...a, depth: a.depth + g.depth, inflight: a.inflight + g.inflight });
        }
    }
    return { series: [...series.values()], gauges: [...gauges.values()] };
}
/** The Prometheus text of a snapshot. */
function renderMetrics(snap) {
    const out = [];
    const each = (fn) => {
        for (const s of snap.series)
            fn(s.reference === undefined ? { model: s.model, variant: s.variant } : { model: s.model, variant: s.variant, [_metric_names_js__WEBPACK_IMPORTED_MODULE_0__/* .LABELS */ .kg.reference]: s.reference }, s);
    };
    const hist = (name, help, buckets, pick) => {
        out.push(`# HELP ${name} ${help}`, `# TYPE ${name} histogram`);
        each((l, s) => {
            const h = pick(s);
            if (h.count === 0)
                return; // e.g. the variant "none" of requests refused before routing
            buckets.forEach((b, i) => out.push(`${name}_bucket${labels({ ...l, le: num(b) })} ${h.counts[i]}`));
            out.push(`${name}_bucket${labels({ ...l, le: '+Inf' })} ${h.count}`, `${name}_sum${labels(l)} ${num(h.sum)}`, `${name}_count${labels(l)} ${h.count}`);
        });
    };
    out.push(`# HELP ${_metric_names_js__WEBPACK_IMPORTED_MODULE_0__/* .SERIES */ .mU.requests} Inference requests answered, by endpoint.`, `# TYPE ${_metric_names_js__WEBPACK_IMPORTED_MODULE_0__/* .SERIES */ .mU.requests} counter`);
    each((l, s) => s.requests.forEach(([endpoint, v]) => out.push(`${_metric_names_js__WEBPACK_IMPORTED_MODULE_0__/* .SERIES */ .mU.requests}${labels({ ...l, endpoint })} ${v}`)));
    out.push(`# HELP ${_metric_names_js__WEBPACK_IMPORTED_MODULE_0__/* .SERIES */ .mU.errors} Failed requests, by kind.`, `# TYPE ${_metric_names_js__WEBPACK_IMPORTED_MODULE_0__/* .SERIES */ .mU.errors} counter`);
    each((l, s) => s.errors.forEach(([kind, v]) => out.push(`${_metric_names_js__WEBPACK_IMPORTED_MODULE_0__/* .SERIES */ .mU.errors}${labels({ ...l, kind })} ${v}`)));
    hist(_metric_names_js__WEBPACK_IMPORTED_MODULE_0__/* .SERIES */ .mU.duration, 'Time from request received to answer ready.', LATENCY_BUCKETS, (s) => s.latency);
    hist(_metric_names_js__WEBPACK_IMPORTED_MODULE_0__/* .SERIES */ .mU.batchRows, 'Rows per onnxruntime call.', BATCH_BUCKETS, (s) => s.batch);
    out.push(`# HELP ${_metric_names_js__WEBPACK_IMPORTED_MODULE_0__/* .SERIES */ .mU.queueDepth} Requests waiting for the model session.`, `# TYPE ${_metric_names_js__WEBPACK_IMPORTED_MODULE_0__/* .SERIES */ .mU.queueDepth} gauge`);
    for (const x of snap.gauges)
        out.push(`${_metric_names_js__WEBPACK_IMPORTED_MODULE_0__/* .SERIES */ .mU.queueDepth}${labels({ model: x.model, variant: x.variant, version: x.version })} ${x.depth}`);
    out.push(`# HELP ${_metric_names_js__WEBPACK_IMPORTED_MODULE_0__/* .SERIES */ .mU.inflight} Requests being answered.`, `# TYPE ${_metric_names_js__WEBPACK_IMPORTED_MODULE_0__/* .SERIES */ .mU.inflight} gauge`);
    for (const x of snap.gauges)
        out.push(`${_metric_names_js__WEBPACK_IMPORTED_MODULE_0__/* .SERIES */ .mU.inflight}${labels({ model: x.model, variant: x.variant, version: x.version })} ${x.inflight}`);
    out.push(`# HELP ${_metric_names_js__WEBPACK_IMPORTED_MODULE_0__/* .SERIES */ .mU.predictions} Predicted rows, by predicted class.`, `# TYPE ${_metric_names_js__WEBPACK_IMPORTED_MODULE_0__/* .SERIES */ .mU.predictions} counter`);
    each((l, s) => s.classes.forEach(([cls, v]) => out.push(`${_metric_names_js__WEBPACK_IMPORTED_MODULE_0__/* .SERIES */ .mU.predictions}${labels({ ...l, class: cls })} ${v}`)));
    hist(_metric_names_js__WEBPACK_IMPORTED_MODULE_0__/* .SERIES */ .mU.score, 'Positive-class probability (binary) or top-class probability (multiclass) per row.', SCORE_BUCKETS, (s) => s.score);
    out.push(`# HELP ${_metric_names_js__WEBPACK_IMPORTED_MODULE_0__/* .SERIES */ .mU.shadowRows} Rows a shadow recomputed (answered by stable).`, `# TYPE ${_metric_names_js__WEBPACK_IMPORTED_MODULE_0__/* .SERIES */ .mU.shadowRows} counter`);
    each((l, s) => {
        if (s.shadowRows)
            out.push(`${_metric_names_js__WEBPACK_IMPORTED_MODULE_0__/* .SERIES */ .mU.shadowRows}${labels(l)} ${s.shadowRows}`);
    });
    out.push(`# HELP ${_metric_names_js__WEBPACK_IMPORTED_MODULE_0__/* .SERIES */ .mU.shadowDisagreements} Rows where the shadow predicted another label than the answer returned.`, `# TYPE ${_metric_names_js__WEBPACK_IMPORTED_MODULE_0__/* .SERIES */ .mU.shadowDisagreements} counter`);
    each((l, s) => out.push(`${_metric_names_js__WEBPACK_IMPORTED_MODULE_0__/* .SERIES */ .mU.shadowDisagreements}${labels(l)} ${s.shadowDiffer}`));
    return out.join('\n') + '\n';
}


/***/ }),

/***/ 24055:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GI: () => (/* binding */ RequestError),
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   Wd: () => (/* binding */ outputJson),
/* harmony export */   ZC: () => (/* binding */ jsonKind),
/* harmony export */   lA: () => (/* binding */ parseInferRequest),
/* harmony export */   zN: () => (/* binding */ tensorMetadata)
/* harmony export */ });
/* unused harmony exports oipDatatype, oipShape */
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


/***/ }),

/***/ 85289:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mf: () => (/* binding */ mergeWindows),
/* harmony export */   jX: () => (/* binding */ ObservationWindow)
/* harmony export */ });
/* unused harmony export MAX_SAMPLES */
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19044);
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
            o.scores.push((0,_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .rowScore */ .Fz)(p, r));
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
/**
 * The windows of several workers (`serve --workers N`) as one: counts added, samples concatenated
 * worker after worker (up to MAX_SAMPLES each; not in arrival order across workers, which the
 * judge's rank tests do not need), `since` the earliest reset.
 */
function mergeWindows(parts) {
    const side = (role) => ({
        requests: parts.reduce((a, p) => a + p[role].requests, 0),
        errors: parts.reduce((a, p) => a + p[role].errors, 0),
        latencyMs: parts.flatMap((p) => p[role].latencyMs).slice(0, MAX_SAMPLES),
        scores: parts.flatMap((p) => p[role].scores).slice(0, MAX_SAMPLES),
    });
    return {
        since: parts.map((p) => p.since).sort()[0] ?? new Date().toISOString(),
        stable: side('stable'),
        candidate: side('candidate'),
        shadow: { rows: parts.reduce((a, p) => a + p.shadow.rows, 0), agree: parts.reduce((a, p) => a + p.shadow.agree, 0) },
    };
}


/***/ })

};
