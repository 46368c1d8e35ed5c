export const id = 502;
export const ids = [502];
export const modules = {

/***/ 92264:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K8: () => (/* binding */ isMessage),
/* harmony export */   WorkerLink: () => (/* binding */ WorkerLink),
/* harmony export */   ZO: () => (/* binding */ errorData)
/* harmony export */ });
/* unused harmony export fromErrorData */
/* harmony import */ var _tensors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24055);
/**
 * The messages between the primary and the workers of `modelgate serve --workers N` (node:cluster
 * IPC), and the worker's end of them. A worker asks the primary (`call`) for what concerns every
 * worker: an admin change (applied by each worker before the answer), the merged /metrics, the
 * merged observation window, the deploy record (held by the primary). The primary asks each worker
 * (`do`) to apply a change or report its numbers, and tells them whether all of them are ready.
 */

function errorData(e) {
    if (e instanceof _tensors_js__WEBPACK_IMPORTED_MODULE_0__/* .RequestError */ .GI)
        return { message: e.message, status: e.status, kind: e.kind };
    return { message: e instanceof Error ? e.message : String(e), status: 500, kind: 'internal' };
}
function fromErrorData(e) {
    return new _tensors_js__WEBPACK_IMPORTED_MODULE_0__/* .RequestError */ .GI(e.message, e.status, e.kind);
}
function isMessage(m) {
    return typeof m === 'object' && m !== null && typeof m.mg === 'string';
}
/** The worker's end of the IPC channel (process.send). */
class WorkerLink {
    send;
    everyone = false;
    nextId = 1;
    waiting = new Map();
    local;
    init;
    stopHandlers = [];
    constructor(send = (m) => process.send(m)) {
        this.send = send;
        let gotInit;
        this.init = new Promise((r) => (gotInit = r));
        process.on('message', (m) => {
            if (!isMessage(m))
                return;
            const msg = m;
            if (msg.mg === 'init')
                gotInit({ slot: msg.slot, state: msg.state });
            else if (msg.mg === 'all-ready')
                this.everyone = msg.value;
            else if (msg.mg === 'reply') {
                const w = this.waiting.get(msg.id);
                this.waiting.delete(msg.id);
                if (msg.error)
                    w?.reject(fromErrorData(msg.error));
                else
                    w?.resolve(msg.value);
            }
            else if (msg.mg === 'do')
                void this.handle(msg.id, msg.op, msg.args);
            else if (msg.mg === 'stop')
                for (const f of this.stopHandlers)
                    f();
        });
    }
    /** Says hello; the primary answers with this worker's slot and the deployment state to start from. */
    hello() {
        this.send({ mg: 'hello' });
        return this.init;
    }
    /** What this worker does when the primary asks (its server's own state and numbers). */
    serve(local) {
        this.local = local;
    }
    ready(url, shared) {
        this.send({ mg: 'ready', url, shared });
    }
    fatal(message, code) {
        this.send({ mg: 'fatal', message, code });
    }
    onStop(fn) {
        this.stopHandlers.push(fn);
    }
    allReady() {
        return this.everyone;
    }
    call(op, args) {
        const id = this.nextId++;
        return new Promise((resolve, reject) => {
            this.waiting.set(id, { resolve, reject });
            this.send({ mg: 'call', id, op, args });
        });
    }
    async handle(id, op, args) {
        try {
            if (!this.local)
                throw new _tensors_js__WEBPACK_IMPORTED_MODULE_0__/* .RequestError */ .GI('this worker is not serving yet', 503, 'unavailable');
            this.send({ mg: 'done', id, value: await this.local(op, args) });
        }
        catch (e) {
            this.send({ mg: 'done', id, error: errorData(e) });
        }
    }
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


/***/ })

};
