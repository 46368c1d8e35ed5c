export const id = 462;
export const ids = [462];
export const modules = {

/***/ 54487:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Kx: () => (/* binding */ Model),
  qu: () => (/* binding */ feedOf),
  WU: () => (/* binding */ show)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./.build/js/src/errors.js
var errors = __webpack_require__(4522);
;// CONCATENATED MODULE: ./.build/js/src/model/onnx-proto.js
/**
 * Just enough of the ONNX protobuf format (onnx.proto3) to read what evaluate-model needs and to
 * make one edit: a graph's ZipMap outputs (sequence<map<label, float>>, which onnxruntime-node cannot
 * return: "Non tensor type is temporarily not supported") are removed and the probability tensor
 * that fed them becomes the graph output instead. Everything else is copied byte for byte.
 *
 * Wire format: each field is a varint key (field number << 3 | wire type) followed by a varint
 * (type 0), 8 bytes (1), a length-prefixed payload (2) or 4 bytes (5).
 */

function readVarint(buf, pos) {
    let result = 0;
    let shift = 0;
    for (;;) {
        if (pos >= buf.length)
            throw new RangeError('truncated varint');
        const b = buf[pos++];
        result += (b & 0x7f) * 2 ** shift;
        if (b < 0x80)
            return [result, pos];
        shift += 7;
        if (shift > 63)
            throw new RangeError('varint too long');
    }
}
function fields(buf, start = 0, end = buf.length) {
    const out = [];
    let pos = start;
    while (pos < end) {
        const fieldStart = pos;
        let key;
        [key, pos] = readVarint(buf, pos);
        const no = Math.floor(key / 8);
        const wire = key & 7;
        let value = 0;
        let payloadStart = pos;
        switch (wire) {
            case 0:
                [value, pos] = readVarint(buf, pos);
                break;
            case 1:
                pos += 8;
                break;
            case 2:
                [value, pos] = readVarint(buf, pos);
                payloadStart = pos;
                pos += value;
                break;
            case 5:
                pos += 4;
                break;
            default:
                throw new RangeError(`unsupported wire type ${wire}`);
        }
        if (pos > end)
            throw new RangeError('truncated field');
        out.push({ no, wire, start: fieldStart, end: pos, value, payloadStart });
    }
    return out;
}
/** An int64 varint (two's complement over 64 bits) as a number: exact for |v| <= 2^53. */
function readInt64(buf, pos) {
    let result = 0n;
    let shift = 0n;
    for (;;) {
        if (pos >= buf.length)
            throw new RangeError('truncated varint');
        const b = buf[pos++];
        result |= BigInt(b & 0x7f) << shift;
        if (b < 0x80)
            return [Number(BigInt.asIntN(64, result)), pos];
        shift += 7n;
        if (shift > 63n)
            throw new RangeError('varint too long');
    }
}
const utf8 = new TextDecoder();
const str = (buf, f) => utf8.decode(buf.subarray(f.payloadStart, f.payloadStart + f.value));
const sub = (buf, f) => buf.subarray(f.payloadStart, f.payloadStart + f.value);
function varint(n) {
    const out = [];
    while (n >= 0x80) {
        out.push((n % 0x80) | 0x80);
        n = Math.floor(n / 0x80);
    }
    out.push(n);
    return out;
}
function lenField(no, payload) {
    const head = [...varint(no * 8 + 2), ...varint(payload.length)];
    const out = new Uint8Array(head.length + payload.length);
    out.set(head);
    out.set(payload, head.length);
    return out;
}
function concat(parts) {
    const out = new Uint8Array(parts.reduce((a, p) => a + p.length, 0));
    let o = 0;
    for (const p of parts) {
        out.set(p, o);
        o += p.length;
    }
    return out;
}
function parseNode(buf) {
    const node = { opType: '', domain: '', inputs: [], outputs: [] };
    for (const f of fields(buf)) {
        if (f.no === 1 && f.wire === 2)
            node.inputs.push(str(buf, f));
        else if (f.no === 2 && f.wire === 2)
            node.outputs.push(str(buf, f));
        else if (f.no === 4 && f.wire === 2)
            node.opType = str(buf, f);
        else if (f.no === 7 && f.wire === 2)
            node.domain = str(buf, f);
        else if (f.no === 5 && f.wire === 2) {
            const a = sub(buf, f);
            const af = fields(a);
            const name = af.find((x) => x.no === 1);
            const attrName = name ? str(a, name) : '';
            if (attrName === 'classlabels_ints' || attrName === 'classlabels_int64s') {
                const ints = [];
                for (const x of af) {
                    if (x.no === 8 && x.wire === 0)
                        ints.push(readInt64(a, x.payloadStart)[0]);
                    else if (x.no === 8 && x.wire === 2) {
                        // packed
                        let p = x.payloadStart;
                        const e = x.payloadStart + x.value;
                        while (p < e) {
                            let v;
                            [v, p] = readInt64(a, p);
                            ints.push(v);
                        }
                    }
                }
                node.classLabels = ints;
            }
            else if (attrName === 'classlabels_strings') {
                node.classLabels = af.filter((x) => x.no === 9 && x.wire === 2).map((x) => str(a, x));
            }
        }
    }
    return node;
}
function locateGraph(model) {
    let top;
    try {
        top = fields(model);
    }
    catch (e) {
        throw new errors/* DataError */.fL(`not an ONNX model (${e.message})`);
    }
    const graph = top.find((f) => f.no === 7 && f.wire === 2);
    if (!graph)
        throw new errors/* DataError */.fL('not an ONNX model (no graph)');
    return graph;
}
function readGraph(model) {
    const g = locateGraph(model);
    const gbuf = sub(model, g);
    const nodes = [];
    const outputs = [];
    for (const f of fields(gbuf)) {
        if (f.no === 1 && f.wire === 2)
            nodes.push(parseNode(sub(gbuf, f)));
        else if (f.no === 12 && f.wire === 2) {
            const name = fields(sub(gbuf, f)).find((x) => x.no === 1);
            if (name)
                outputs.push(str(sub(gbuf, f), name));
        }
    }
    return { nodes, outputs };
}
/** ValueInfoProto { name, type: tensor<float> } with an unknown shape (onnxruntime infers it). */
function floatTensorValueInfo(name) {
    const enc = new TextEncoder();
    const tensorType = new Uint8Array([...varint(1 * 8 + 0), ...varint(1)]); // elem_type = FLOAT
    const typeProto = lenField(1, tensorType); // TypeProto.tensor_type
    return concat([lenField(1, enc.encode(name)), lenField(2, typeProto)]);
}
/** Removes ZipMap nodes that feed graph outputs; their input tensors become the outputs. */
function stripZipMap(model) {
    const g = locateGraph(model);
    const gbuf = sub(model, g);
    const gfields = fields(gbuf);
    const replaced = new Map();
    const drop = new Set();
    for (const f of gfields) {
        if (f.no !== 1 || f.wire !== 2)
            continue;
        const node = parseNode(sub(gbuf, f));
        if (node.opType === 'ZipMap' && node.domain === 'ai.onnx.ml') {
            replaced.set(node.outputs[0], { tensor: node.inputs[0], classLabels: node.classLabels ?? [] });
            drop.add(f);
        }
    }
    if (replaced.size === 0)
        return { model, replaced };
    const parts = [];
    for (const f of gfields) {
        if (drop.has(f))
            continue;
        if (f.no === 12 && f.wire === 2) {
            const vi = sub(gbuf, f);
            const name = fields(vi).find((x) => x.no === 1);
            const r = name && replaced.get(str(vi, name));
            if (r) {
                parts.push(lenField(12, floatTensorValueInfo(r.tensor)));
                continue;
            }
        }
        parts.push(gbuf.subarray(f.start, f.end));
    }
    const newGraph = lenField(7, concat(parts));
    return { model: concat([model.subarray(0, g.start), newGraph, model.subarray(g.end)]), replaced };
}

;// CONCATENATED MODULE: ./.build/js/src/model/model.js
/**
 * An ONNX model under onnxruntime-node, and the mapping between data columns and its inputs and
 * outputs, the ways real exported models expect:
 *
 * - inputs: one float tensor [N, F] fed from the feature columns in order, or one named input per
 *   column (skl2onnx's form for mixed types), numeric inputs as float/double/int64 [N, 1] and
 *   categorical inputs as string [N, 1];
 * - outputs: a label plus probabilities (a tensor, or ZipMap's sequence of maps, which is rewritten
 *   to the tensor that fed it since onnxruntime-node returns no non-tensor values), probabilities
 *   alone (argmax is the label), a single probability or logit column, or a regression value.
 */




function feedOf(plan) {
    return { mode: plan.mode, input: plan.mode === 'tensor' ? plan.input.name : null, features: [...plan.features] };
}
function describe(io) {
    return io.map((i) => `${i.name} (${i.type} [${i.shape.map((d) => (d === '' ? '?' : d)).join(', ')}])`).join(', ');
}
class Model {
    path;
    session;
    ort;
    sha256;
    bytes;
    inputs;
    outputs;
    nodes;
    zipMapClassLabels;
    constructor(path, session, ort, sha256, bytes, inputs, outputs, nodes, zipMapClassLabels) {
        this.path = path;
        this.session = session;
        this.ort = ort;
        this.sha256 = sha256;
        this.bytes = bytes;
        this.inputs = inputs;
        this.outputs = outputs;
        this.nodes = nodes;
        this.zipMapClassLabels = zipMapClassLabels;
    }
    /** `threads`: onnxruntime's intra-op threads (undefined: its default, one per core). */
    static async load(ort, path, threads) {
        if (!(0,external_node_fs_.existsSync)(path) || !(0,external_node_fs_.statSync)(path).isFile())
            throw new errors/* DataError */.fL(`${path}: model file not found`, path);
        const raw = new Uint8Array((0,external_node_fs_.readFileSync)(path));
        if (raw.length === 0)
            throw new errors/* DataError */.fL(`${path}: model file is empty`, path);
        const sha256 = (0,external_node_crypto_.createHash)('sha256').update(raw).digest('hex');
        let rewrite;
        let graph;
        try {
            rewrite = stripZipMap(raw);
            graph = readGraph(rewrite.model);
        }
        catch (e) {
            throw new errors/* DataError */.fL(`${path}: ${e.message}`, path);
        }
        let session;
        try {
            session = await ort.InferenceSession.create(rewrite.model, { graphOptimizationLevel: 'all', ...(threads ? { intraOpNumThreads: threads } : {}) });
        }
        catch (e) {
            throw new errors/* DataError */.fL(`${path}: onnxruntime cannot load it: ${e.message.split('\n')[0]}`, path);
        }
        const spec = (m) => (m.isTensor ? { name: m.name, type: m.type, shape: [...m.shape] } : { name: m.name, type: 'non-tensor', shape: [] });
        const zip = new Map([...rewrite.replaced.values()].map((r) => [r.tensor, r.classLabels]));
        return new Model(path, session, ort, sha256, raw.length, session.inputMetadata.map(spec), session.outputMetadata.map(spec), graph.nodes, zip);
    }
    /** Decides how data columns feed the model; a mismatch is an error that lists the model's inputs. */
    feedPlan(columns, features, exclude) {
        const byName = new Set(columns);
        const one = this.inputs.length === 1 ? this.inputs[0] : undefined;
        if (one && one.shape.length === 2 && (one.type === 'float32' || one.type === 'float64') && !byName.has(one.name)) {
            const feats = features ?? columns.filter((c) => !exclude.has(c));
            const missing = feats.filter((f) => !byName.has(f));
            if (missing.length)
                throw new errors/* ConfigurationError */.j1(`input 'features': no column ${missing.map((m) => `'${m}'`).join(', ')} in the data (columns: ${columns.join(', ')})`);
            const width = one.shape[1];
            if (typeof width === 'number' && width !== feats.length) {
                throw new errors/* ConfigurationError */.j1(`the model's input ${describe([one])} takes ${width} features; the data gives ${feats.length} (${feats.join(', ')}); set 'features' to the ${width} columns in training order`);
            }
            return { mode: 'tensor', input: one, features: feats, inputs: [] };
        }
        const missing = this.inputs.filter((i) => !byName.has(i.name));
        if (missing.length) {
            throw new errors/* ConfigurationError */.j1(`the model's inputs are ${describe(this.inputs)}; the data has no column ${missing.map((m) => `'${m.name}'`).join(', ')} (columns: ${columns.join(', ')})`);
        }
        for (const i of this.inputs) {
            if (!['float32', 'float64', 'int64', 'int32', 'string', 'bool'].includes(i.type))
                throw new errors/* ConfigurationError */.j1(`the model's input ${describe([i])} has a type evaluate-model cannot fill from a column`);
        }
        return { mode: 'columns', features: this.inputs.map((i) => i.name), inputs: this.inputs };
    }
    outputPlan() {
        const plan = {};
        const producer = (name) => this.nodes.find((n) => n.outputs.includes(name));
        for (const o of this.outputs) {
            const isFloat = o.type === 'float32' || o.type === 'float64';
            const width = o.shape.length === 2 ? o.shape[1] : 1;
            if (isFloat && o.shape.length === 2 && (typeof width !== 'number' || width >= 2) && !plan.probabilities) {
                plan.probabilities = o.name;
                const labels = this.zipMapClassLabels.get(o.name) ?? producer(o.name)?.classLabels;
                if (labels?.length)
                    plan.classLabels = labels.map(String);
            }
            else if (!isFloat && (o.type === 'int64' || o.type === 'string' || o.type === 'int32') && !plan.label && o.shape.length <= 2) {
                plan.label = o.name;
                const labels = producer(o.name)?.classLabels;
                if (labels?.length && !plan.classLabels)
                    plan.classLabels = labels.map(String);
            }
            else if (isFloat && !plan.value && (o.shape.length === 1 || width === 1)) {
                plan.value = o.name;
                plan.valueProducer = producer(o.name)?.opType;
            }
        }
        if (!plan.probabilities && !plan.value) {
            throw new errors/* ConfigurationError */.j1(`${this.path}: no output evaluate-model understands among ${describe(this.outputs)}; expected probabilities [N, K], a label with probabilities, or one float column`);
        }
        return plan;
    }
    /**
     * Builds the feeds for a batch of rows (cells indexed by data column). A cell that cannot feed
     * its input is a DataError naming `at(row)` (the file and line), the column and the value.
     */
    feeds(plan, rows, colIndex, at = () => ({})) {
        const n = rows.length;
        const { Tensor } = this.ort;
        const toNumber = (r, column, type, v = rows[r][colIndex.get(column)]) => numberFor(v, column, type, () => at(r));
        if (plan.mode === 'tensor') {
            const f = plan.features.length;
            const idx = plan.features.map((c) => colIndex.get(c));
            const type = plan.input.type;
            const data = type === 'float64' ? new Float64Array(n * f) : new Float32Array(n * f);
            for (let r = 0; r < n; r++) {
                const row = rows[r];
                for (let j = 0; j < f; j++) {
                    data[r * f + j] = toNumber(r, plan.features[j], type, row[idx[j]]);
                }
            }
            return { [plan.input.name]: new Tensor(plan.input.type === 'float64' ? 'float64' : 'float32', data, [n, f]) };
        }
        const feeds = {};
        for (const input of plan.inputs) {
            const c = colIndex.get(input.name);
            const dims = input.shape.length === 1 ? [n] : [n, 1];
            switch (input.type) {
                case 'string': {
                    const data = new Array(n);
                    for (let r = 0; r < n; r++) {
                        const v = rows[r][c];
                        data[r] = v === null ? '' : String(v);
                    }
                    feeds[input.name] = new Tensor('string', data, dims);
                    break;
                }
                case 'int64': {
                    const data = new BigInt64Array(n);
                    for (let r = 0; r < n; r++)
                        data[r] = BigInt(Math.round(toNumber(r, input.name, 'int64')));
                    feeds[input.name] = new Tensor('int64', data, dims);
                    break;
                }
                case 'int32': {
                    const data = new Int32Array(n);
                    for (let r = 0; r < n; r++)
                        data[r] = toNumber(r, input.name, 'int32');
                    feeds[input.name] = new Tensor('int32', data, dims);
                    break;
                }
                case 'bool': {
                    const data = new Uint8Array(n);
                    for (let r = 0; r < n; r++)
                        data[r] = truthy(rows[r][c]) ? 1 : 0;
                    feeds[input.name] = new Tensor('bool', data, dims);
                    break;
                }
                default: {
                    const data = input.type === 'float64' ? new Float64Array(n) : new Float32Array(n);
                    for (let r = 0; r < n; r++)
                        data[r] = toNumber(r, input.name, input.type);
                    feeds[input.name] = new Tensor(input.type === 'float64' ? 'float64' : 'float32', data, dims);
                }
            }
        }
        return feeds;
    }
    /** A tensor of this model's runtime (for feeds built outside `feeds`, e.g. permuted copies). */
    tensor(type, data, dims) {
        return new this.ort.Tensor(type, data, dims);
    }
    async run(feeds, fetch) {
        return this.session.run(feeds, fetch);
    }
}
function truthy(v) {
    return v === true || v === 1 || v === '1' || (typeof v === 'string' && v.toLowerCase() === 'true');
}
const FLOAT32_MAX = 3.4028234663852886e38;
const INT_RANGE = { int32: 2 ** 31, int64: 2 ** 63 };
/**
 * A cell as a number for a numeric input. Empty is NaN for a float input (the model's Imputer
 * handles it; evaluate-model blames the empty cell when the model's output for the row is not a
 * number) and an error for an integer input. Text that is not a number, NaN, an infinity, or a
 * value outside the input type's range is refused: a model fed Infinity returns a score as if
 * nothing were wrong.
 */
function numberFor(v, column, type, at) {
    const refuse = (why) => {
        const { file, line } = at();
        return new errors/* DataError */.fL(`${file !== undefined ? `${file}${line !== undefined ? `:${line}` : ''}: ` : ''}column '${column}': ${why}`, file, line);
    };
    if (v === null) {
        if (INT_RANGE[type])
            throw refuse(`an empty value cannot feed the model's integer (${type}) input`);
        return NaN;
    }
    if (typeof v === 'boolean')
        return v ? 1 : 0;
    const n = typeof v === 'number' ? v : v.trim() === '' ? NaN : Number(v);
    if (n > -FLOAT32_MAX && n < FLOAT32_MAX && (!INT_RANGE[type] || Math.abs(n) < INT_RANGE[type]))
        return n;
    const shown = show(String(v));
    if (Number.isNaN(n))
        throw refuse(`${shown} is not a number, and the model takes a number there`);
    if (!Number.isFinite(n))
        throw refuse(`${shown} is not a finite number (it would reach the model as ${n > 0 ? '' : '-'}Infinity); the model takes a finite number there`);
    if (type === 'float32' && Math.abs(n) > FLOAT32_MAX)
        throw refuse(`${shown} is beyond the range of the model's float32 input (±3.4e38)`);
    if (INT_RANGE[type] && !(Math.abs(n) < INT_RANGE[type]))
        throw refuse(`${shown} is beyond the range of the model's ${type} input`);
    return n;
}
/** A value from the data quoted for a one-line message: control characters become spaces, long values are cut. */
function show(v) {
    const s = v.replace(/[\u0000-\u001f\u007f]+/g, ' ');
    return `'${s.length > 40 ? `${s.slice(0, 39)}…` : s}'`;
}


/***/ }),

/***/ 5396:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aD: () => (/* binding */ loadOnnxRuntime)
/* harmony export */ });
/* unused harmony exports ORT_VERSION, ortCacheDir, ortCacheKey, npmInstallFailure */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98995);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4522);
/**
 * Loading onnxruntime-node, which cannot be bundled: its native binding is loaded by a computed
 * path (`../bin/napi-v6/${platform}/${arch}/onnxruntime_binding.node`), and it ships ~290 MB of
 * binaries for six platforms. So no bundle contains it, and the evaluate-model action gets it on
 * first use:
 *
 * 1. from node_modules when modelgate runs from a checkout after `npm ci` (the CLI, tests);
 * 2. else from the tool cache, `$RUNNER_TOOL_CACHE/modelgate-onnxruntime-node/<version>/<platform>-<arch>`
 *    (`~/.cache/modelgate/...` outside Actions), where it is installed once with
 *    `npm install --ignore-scripts` (the install script's CUDA download skipped) and pruned to the
 *    runner's platform binaries (~45 MB instead of ~290 MB). The action adapter restores and saves
 *    that folder with @actions/cache, so later runs on fresh runners skip the install.
 *
 * Platforms are those onnxruntime-node ships binaries for: linux x64/arm64, win32 x64/arm64,
 * darwin arm64 (GitHub's ubuntu-*, windows-* and macos-14+ runners; not the Intel macos-13).
 */






/** The pinned version: kept equal to package.json's devDependency and optional peer dependency by a test. */
const ORT_VERSION = '1.30.0';
const PACKAGE = 'onnxruntime-node';
const SUPPORTED = new Set(['linux/x64', 'linux/arm64', 'win32/x64', 'win32/arm64', 'darwin/arm64']);
/** Where the tool-cache copy for this platform lives (the layout @actions/tool-cache uses). */
function ortCacheDir(env = process.env) {
    const base = env.RUNNER_TOOL_CACHE || (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_3__.homedir)(), '.cache', 'modelgate');
    return (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(base, 'modelgate-onnxruntime-node', ORT_VERSION, `${process.platform}-${process.arch}`);
}
function ortCacheKey() {
    return `modelgate-onnxruntime-node-${ORT_VERSION}-${process.platform}-${process.arch}`;
}
let loaded;
function fromNodeModules() {
    // A computed name, so bundlers leave this require to run time.
    const name = [PACKAGE][0];
    try {
        return (0,node_module__WEBPACK_IMPORTED_MODULE_2__.createRequire)(import.meta.url)(name);
    }
    catch (e) {
        if (e.code === 'MODULE_NOT_FOUND')
            return undefined;
        throw e;
    }
}
function fromDir(dir) {
    return (0,node_module__WEBPACK_IMPORTED_MODULE_2__.createRequire)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, 'package.json'))(PACKAGE);
}
/**
 * One line for a failed `npm install` of onnxruntime-node: what failed (npm's error code and the
 * request that failed, not the "complete log" trailer npm ends with) and the ways around it.
 */
function npmInstallFailure(stderr, fallback) {
    const lines = stderr.split('\n').map((l) => l.replace(/^npm (?:error|ERR!)\s*/, '').trim()).filter(Boolean);
    const code = lines.find((l) => /^code\s/.test(l))?.replace(/^code\s+/, '');
    const useful = lines.filter((l) => !/^(code|syscall|errno|path|command|A complete log|Log files|at |\{|\}|[a-z]+: )/.test(l));
    const cause = [code, useful[0]].filter(Boolean).join(': ') || fallback.split('\n')[0];
    return (`could not install ${PACKAGE}@${ORT_VERSION} from the npm registry (${cause}). evaluate-model needs it on first use; ` +
        `fix one of: let the runner reach the registry (behind a proxy set HTTPS_PROXY, or npm's https-proxy / registry for a mirror); ` +
        `install it in the workspace beforehand (npm install ${PACKAGE}@${ORT_VERSION}: node_modules is used before anything is downloaded); ` +
        `or keep the tool cache (RUNNER_TOOL_CACHE on a self-hosted runner, or the Actions cache) from a run that had the registry`);
}
/** Installs the pinned package into `dir` atomically: a temp sibling, pruned, then renamed. */
function install(dir, log) {
    const tmp = `${dir}.tmp-${process.pid}`;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(tmp, { recursive: true, force: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(tmp, { recursive: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(tmp, 'package.json'), JSON.stringify({ name: 'modelgate-ort', private: true }));
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    log.info(`installing ${PACKAGE}@${ORT_VERSION} for ${process.platform}/${process.arch} into ${dir}`);
    try {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)(npm, ['install', `${PACKAGE}@${ORT_VERSION}`, '--ignore-scripts', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error'], {
            cwd: tmp,
            stdio: ['ignore', 'ignore', 'pipe'],
            shell: process.platform === 'win32',
            env: { ...process.env, ONNXRUNTIME_NODE_INSTALL: 'skip' },
        });
    }
    catch (e) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(tmp, { recursive: true, force: true });
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(npmInstallFailure(String(e.stderr ?? ''), e.message));
    }
    // Keep only this platform's binaries.
    const bin = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(tmp, 'node_modules', PACKAGE, 'bin', 'napi-v6');
    for (const platform of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(bin)) {
        if (platform !== process.platform)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(bin, platform), { recursive: true, force: true });
        else
            for (const arch of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(bin, platform)))
                if (arch !== process.arch)
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(bin, platform, arch), { recursive: true, force: true });
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(dir, { recursive: true, force: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(tmp, dir);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(`${dir}.complete`, '');
}
/** onnxruntime-node, from node_modules or the tool cache (installing it there on first use). */
async function loadOnnxRuntime(log, hooks = {}) {
    if (loaded)
        return loaded;
    const platform = `${process.platform}/${process.arch}`;
    if (!SUPPORTED.has(platform))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`onnxruntime-node ${ORT_VERSION} ships no binaries for ${platform}; run evaluate-model on linux x64/arm64, windows x64/arm64 or macOS arm64`);
    const local = fromNodeModules();
    if (local)
        return (loaded = local);
    const dir = ortCacheDir();
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(`${dir}.complete`)) {
        const key = ortCacheKey();
        const hit = hooks.restore ? await hooks.restore(dir, key) : false;
        if (hit && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, 'node_modules', PACKAGE)))
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(`${dir}.complete`, '');
        else {
            install(dir, log);
            if (hooks.save)
                await hooks.save(dir, key);
        }
    }
    else
        log.debug(`${PACKAGE} ${ORT_VERSION} from the tool cache: ${dir}`);
    return (loaded = fromDir(dir));
}


/***/ })

};
