export const id = 154;
export const ids = [154];
export const modules = {

/***/ 8154:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  trainBuiltin: () => (/* binding */ trainBuiltin)
});

// UNUSED EXPORTS: builtinParams, fitTable, sortClasses, splitRows

// EXTERNAL MODULE: ./.build/js/src/data/profile.js + 4 modules
var profile = __webpack_require__(717);
// EXTERNAL MODULE: ./.build/js/src/data/scan.js + 2 modules
var scan = __webpack_require__(2865);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./.build/js/src/errors.js
var errors = __webpack_require__(4522);
// EXTERNAL MODULE: ./.build/js/src/lib/files.js
var files = __webpack_require__(1938);
// EXTERNAL MODULE: ./.build/js/src/stats/rng.js
var stats_rng = __webpack_require__(1472);
;// CONCATENATED MODULE: ./.build/js/src/train/config.js
/**
 * The typed config of the built-in trainers (parsed from the `train` action's inputs by its
 * adapter) and the summary they return. See ./index.ts for what each option does.
 */

const ALGORITHMS = ['logistic-regression', 'linear-regression'];
/** Checks that the inputs naming files and columns are there; errors name the action input. */
function checkRequired(config) {
    if (!config.label)
        throw new errors/* ConfigurationError */.j1(`input 'label' is required`);
    if (!config.model)
        throw new errors/* ConfigurationError */.j1(`input 'model' is required`);
    if (!config.data?.length)
        throw new errors/* ConfigurationError */.j1(`input 'data' is required`);
}
/** Checks the algorithm, seed and numeric options and fills defaults; errors name the action input. */
function config_resolveOptions(config) {
    if (!ALGORITHMS.includes(config.algorithm))
        throw new errors/* ConfigurationError */.j1(`input 'algorithm': '${config.algorithm}' is not one of ${ALGORITHMS.join(', ')}`);
    if (!Number.isSafeInteger(config.seed) || config.seed < 0)
        throw new errors/* ConfigurationError */.j1(`input 'seed': must be an integer >= 0, got ${config.seed}`);
    const num = (name, v, dflt, ok, rule) => {
        if (v === undefined)
            return dflt;
        if (typeof v !== 'number' || !Number.isFinite(v) || !ok(v))
            throw new errors/* ConfigurationError */.j1(`input '${name}': must be ${rule}, got ${v}`);
        return v;
    };
    return {
        l2: num('l2', config.l2, 1, (x) => x >= 0, 'a number >= 0'),
        maxIterations: num('max-iterations', config.maxIterations, 1000, (x) => Number.isInteger(x) && x >= 1, 'an integer >= 1'),
        testFraction: num('test-fraction', config.testFraction, 0, (x) => x >= 0 && x < 1, 'a number in [0, 1)'),
        tolerance: num('tolerance', config.tolerance, 1e-4, (x) => x > 0, 'a number > 0'),
        maxCategories: num('max-categories', config.maxCategories, 1000, (x) => Number.isInteger(x) && x >= 1, 'an integer >= 1'),
    };
}

;// CONCATENATED MODULE: ./.build/js/src/model/onnx-writer.js
/**
 * A deterministic protobuf ENCODER for the subset of ONNX (onnx.proto, proto2 syntax) that the
 * built-in trainers write: a ModelProto with its opset imports, producer and metadata, one
 * GraphProto of NodeProtos with attributes (float, int, string, floats, ints, strings),
 * initializers (TensorProto float / int64 / double in raw_data) and tensor-typed inputs and outputs
 * whose dimensions are numbers or symbols ("N"). The reader next to it is onnx-proto.ts.
 *
 * Determinism: the same ModelSpec always gives the same bytes. Fields are written in field-number
 * order, as protobuf's own serializers do, so `onnx.load(f).SerializeToString()` gives these bytes
 * back; repeated scalar attribute fields (floats, ints) are written unpacked (onnx.proto declares
 * them without [packed = true]); floats are IEEE-754 float32 little-endian (Math.fround of the
 * number), tensors' data is raw little-endian bytes. Nothing depends on time, locale or the host.
 *
 * Wire format: each field is a varint key (field number << 3 | wire type) followed by a varint
 * (type 0), 8 bytes (1), a length-prefixed payload (2) or 4 bytes (5). Negative int64 values are
 * ten-byte two's-complement varints.
 */
/** TensorProto.DataType values used here. */
const ONNX_FLOAT = 1;
const ONNX_INT64 = 7;
const ONNX_STRING = 8;
const ONNX_DOUBLE = 11;
const ATTR_TYPE = { float: 1, int: 2, string: 3, floats: 6, ints: 7, strings: 8 };
/** An append-only byte buffer with protobuf primitives. */
class Writer {
    buf = new Uint8Array(256);
    len = 0;
    scratch = new DataView(new ArrayBuffer(8));
    ensure(extra) {
        if (this.len + extra <= this.buf.length)
            return;
        let size = this.buf.length * 2;
        while (size < this.len + extra)
            size *= 2;
        const next = new Uint8Array(size);
        next.set(this.buf.subarray(0, this.len));
        this.buf = next;
    }
    bytes(b) {
        this.ensure(b.length);
        this.buf.set(b, this.len);
        this.len += b.length;
    }
    /** An unsigned varint for 0 <= n <= 2^53 - 1, or a negative safe integer as 64-bit two's complement. */
    varint(n) {
        if (!Number.isSafeInteger(n))
            throw new RangeError(`varint: ${n} is not a safe integer`);
        if (n < 0) {
            let v = BigInt.asUintN(64, BigInt(n));
            this.ensure(10);
            while (v >= 0x80n) {
                this.buf[this.len++] = Number(v & 0x7fn) | 0x80;
                v >>= 7n;
            }
            this.buf[this.len++] = Number(v);
            return;
        }
        this.ensure(8);
        while (n >= 0x80) {
            this.buf[this.len++] = (n % 0x80) | 0x80;
            n = Math.floor(n / 0x80);
        }
        this.buf[this.len++] = n;
    }
    key(no, wire) {
        this.varint(no * 8 + wire);
    }
    int(no, n) {
        this.key(no, 0);
        this.varint(n);
    }
    float32(no, x) {
        this.key(no, 5);
        setFloat32(this.scratch, 0, x);
        this.bytes(new Uint8Array(this.scratch.buffer, 0, 4));
    }
    lenDelimited(no, payload) {
        this.key(no, 2);
        this.varint(payload.length);
        this.bytes(payload);
    }
    string(no, s) {
        this.lenDelimited(no, utf8.encode(s));
    }
    message(no, fill) {
        const inner = new Writer();
        fill(inner);
        this.lenDelimited(no, inner.finish());
    }
    finish() {
        return this.buf.slice(0, this.len);
    }
}
const utf8 = new TextEncoder();
/** float32 little-endian; NaN always as the quiet NaN 0x7fc00000 (DataView may pick any NaN bits). */
function setFloat32(view, offset, x) {
    if (x !== x)
        view.setUint32(offset, 0x7fc00000, true);
    else
        view.setFloat32(offset, x, true);
}
/** float64 little-endian; NaN always as 0x7ff8000000000000. */
function setFloat64(view, offset, x) {
    if (x !== x) {
        view.setUint32(offset, 0, true);
        view.setUint32(offset + 4, 0x7ff80000, true);
    }
    else
        view.setFloat64(offset, x, true);
}
function checkName(what, name) {
    if (typeof name !== 'string' || name === '')
        throw new RangeError(`${what}: empty name`);
}
function attribute(w, name, a) {
    checkName('attribute', name);
    w.string(1, name); // name
    switch (a.type) {
        case 'float':
            w.float32(2, a.value); // f
            break;
        case 'int':
            w.int(3, a.value); // i
            break;
        case 'string':
            w.string(4, a.value); // s
            break;
        case 'floats':
            for (const x of a.value)
                w.float32(7, x);
            break;
        case 'ints':
            for (const x of a.value)
                w.int(8, x);
            break;
        case 'strings':
            for (const x of a.value)
                w.string(9, x);
            break;
    }
    w.int(20, ATTR_TYPE[a.type]); // type
}
function node(w, n) {
    for (const i of n.inputs)
        w.string(1, i);
    for (const o of n.outputs)
        w.string(2, o);
    if (n.name)
        w.string(3, n.name);
    w.string(4, n.opType);
    for (const [name, a] of n.attributes ?? [])
        w.message(5, (x) => attribute(x, name, a));
    if (n.domain)
        w.string(7, n.domain);
}
function tensor(w, t) {
    checkName('initializer', t.name);
    const count = t.dims.reduce((a, d) => a * d, 1);
    if (count !== t.values.length)
        throw new RangeError(`initializer ${t.name}: dims [${t.dims.join(', ')}] hold ${count} values, got ${t.values.length}`);
    for (const d of t.dims)
        w.int(1, d); // dims
    w.int(2, t.elemType); // data_type
    w.string(8, t.name); // name
    const width = t.elemType === ONNX_FLOAT ? 4 : 8;
    const raw = new DataView(new ArrayBuffer(count * width));
    for (let i = 0; i < count; i++) {
        const v = t.values[i];
        if (t.elemType === ONNX_FLOAT)
            setFloat32(raw, i * 4, v);
        else if (t.elemType === ONNX_DOUBLE)
            setFloat64(raw, i * 8, v);
        else {
            if (!Number.isSafeInteger(v))
                throw new RangeError(`initializer ${t.name}: ${v} is not an integer`);
            raw.setBigInt64(i * 8, BigInt(v), true);
        }
    }
    w.lenDelimited(9, new Uint8Array(raw.buffer)); // raw_data
}
function valueInfo(w, v) {
    checkName('graph input/output', v.name);
    w.string(1, v.name);
    w.message(2, (type) => type.message(1, (tt) => {
        // TypeProto.tensor_type
        tt.int(1, v.elemType);
        tt.message(2, (shape) => {
            for (const d of v.shape) {
                shape.message(1, (dim) => {
                    if (typeof d === 'number')
                        dim.int(1, d);
                    else
                        dim.string(2, d);
                });
            }
        });
    }));
}
function graph(w, g) {
    for (const n of g.nodes)
        w.message(1, (x) => node(x, n));
    w.string(2, g.name);
    for (const t of g.initializers ?? [])
        w.message(5, (x) => tensor(x, t));
    if (g.docString)
        w.string(10, g.docString);
    for (const i of g.inputs)
        w.message(11, (x) => valueInfo(x, i));
    for (const o of g.outputs)
        w.message(12, (x) => valueInfo(x, o));
}
/** Serializes a model; the same spec always yields the same bytes. */
function encodeModel(m) {
    const w = new Writer();
    w.int(1, m.irVersion); // ir_version
    w.string(2, m.producerName);
    w.string(3, m.producerVersion);
    if (m.domain)
        w.string(4, m.domain);
    if (m.modelVersion !== undefined)
        w.int(5, m.modelVersion);
    if (m.docString)
        w.string(6, m.docString);
    w.message(7, (x) => graph(x, m.graph));
    for (const [domain, version] of m.opsets) {
        w.message(8, (x) => {
            if (domain)
                x.string(1, domain);
            x.int(2, version);
        });
    }
    for (const [key, value] of m.metadata ?? []) {
        w.message(14, (x) => {
            x.string(1, key);
            x.string(2, value);
        });
    }
    return w.finish();
}
// Small constructors that keep graph-building code short.
const attr = {
    float: (value) => ({ type: 'float', value }),
    int: (value) => ({ type: 'int', value }),
    string: (value) => ({ type: 'string', value }),
    floats: (value) => ({ type: 'floats', value }),
    ints: (value) => ({ type: 'ints', value }),
    strings: (value) => ({ type: 'strings', value }),
};

;// CONCATENATED MODULE: ./.build/js/src/train/graph.js
/**
 * The ONNX graph of a fitted model, in the form skl2onnx emits for
 * `Pipeline([('prep', ColumnTransformer([...])), ('model', ...)])` converted with one input per
 * column (zipmap=False), so evaluate-model and any onnxruntime takes the raw columns:
 *
 *   numeric inputs (float [N, 1]) -> FeatureVectorizer -> Imputer (NaN -> training mean)
 *     -> Scaler (offset = mean, scale = 1 / std)
 *   each categorical input (string [N, 1]) -> OneHotEncoder(cats_strings, zeros=1) [N, 1, C]
 *     -> Concat(axis=-1) -> Reshape [N, sum C]
 *   Concat(axis=1) of both -> LinearClassifier -> label [N] + probabilities [N, K]
 *                          or LinearRegressor  -> variable [N, 1]
 *
 * LinearClassifier as skl2onnx writes it for LogisticRegression: binary models carry the
 * coefficient row twice, negated for the first class, with post_transform LOGISTIC (scores
 * [1 - p, p]); multinomial models carry K rows with post_transform SOFTMAX and multi_class 1, then
 * a Normalizer(L1). Class labels are classlabels_ints when every class is an integer, else
 * classlabels_strings. Tensor names never collide with an input (column) name: a taken name gets
 * skl2onnx's numeric suffix (variable, variable1, ...). Attributes are sorted by name, as
 * onnx.helper.make_node writes them. Opsets: ai.onnx 13 (Concat, Reshape), ai.onnx.ml 1; IR 7.
 */

/** Written as producer_version: a format version of this graph, not the package version, so a release does not change model bytes. */
const PRODUCER_NAME = 'modelgate';
const PRODUCER_VERSION = 'train/1';
const IR_VERSION = 7;
const OPSET_ONNX = 13;
const OPSET_ML = 1;
class Names {
    used = new Set();
    constructor(reserved = []) {
        for (const r of reserved)
            this.used.add(r);
    }
    fresh(base) {
        let name = base;
        for (let k = 1; this.used.has(name); k++)
            name = `${base}${k}`;
        this.used.add(name);
        return name;
    }
}
function graph_node(names, opType, inputs, outputs, attrs = {}, domain = 'ai.onnx.ml') {
    const attributes = Object.keys(attrs)
        .sort()
        .map((k) => [k, attrs[k]]);
    return { opType, domain: domain || undefined, name: names.fresh(opType), inputs, outputs, attributes };
}
/** The graph spec of a fitted model (see the module header). */
function buildModelSpec(m) {
    const { prep, fit } = m;
    const tensors = new Names(prep.inputs.map((i) => i.name));
    const nodeNames = new Names();
    const nodes = [];
    const initializers = [];
    const inputs = prep.inputs.map((i) => ({ name: i.name, elemType: i.kind === 'numeric' ? ONNX_FLOAT : ONNX_STRING, shape: ['N', 1] }));
    const outputs = [];
    // Output names first, so they are the plain names whenever no column takes them.
    let labelOut = '';
    let probaOut = '';
    let valueOut = '';
    if (fit.kind === 'logistic') {
        labelOut = tensors.fresh('label');
        probaOut = tensors.fresh('probabilities');
    }
    else
        valueOut = tensors.fresh('variable');
    const parts = [];
    if (prep.numeric.length) {
        const concatenated = tensors.fresh('concatenated');
        nodes.push(graph_node(nodeNames, 'FeatureVectorizer', prep.numeric.map((f) => f.name), [concatenated], { inputdimensions: attr.ints(prep.numeric.map(() => 1)) }));
        const imputed = tensors.fresh('variable');
        nodes.push(graph_node(nodeNames, 'Imputer', [concatenated], [imputed], { imputed_value_floats: attr.floats(prep.numeric.map((f) => f.mean)), replaced_value_float: attr.float(NaN) }));
        const scaled = tensors.fresh('variable');
        nodes.push(graph_node(nodeNames, 'Scaler', [imputed], [scaled], { offset: attr.floats(prep.numeric.map((f) => f.mean)), scale: attr.floats(prep.numeric.map((f) => 1 / f.scale)) }));
        parts.push(scaled);
    }
    if (prep.categorical.length) {
        const encoded = prep.categorical.map((f) => {
            const out = tensors.fresh(`${f.name}out`);
            nodes.push(graph_node(nodeNames, 'OneHotEncoder', [f.name], [out], { cats_strings: attr.strings(f.categories), zeros: attr.int(1) }));
            return out;
        });
        const concat = tensors.fresh('concat_result');
        nodes.push(graph_node(nodeNames, 'Concat', encoded, [concat], { axis: attr.int(-1) }, ''));
        const shape = tensors.fresh('shape_tensor');
        const total = prep.categorical.reduce((a, f) => a + f.categories.length, 0);
        initializers.push({ name: shape, elemType: ONNX_INT64, dims: [2], values: [-1, total] });
        const reshaped = tensors.fresh('variable');
        nodes.push(graph_node(nodeNames, 'Reshape', [concat, shape], [reshaped], {}, ''));
        parts.push(reshaped);
    }
    let features = parts[0];
    if (parts.length > 1) {
        features = tensors.fresh('transformed_column');
        nodes.push(graph_node(nodeNames, 'Concat', parts, [features], { axis: attr.int(1) }, ''));
    }
    if (fit.kind === 'logistic') {
        const labels = m.classLabels;
        const K = fit.classes;
        const stringLabels = typeof labels[0] === 'string';
        const classAttr = stringLabels ? { classlabels_strings: attr.strings(labels) } : { classlabels_ints: attr.ints(labels) };
        if (K === 2) {
            const w = fit.coef;
            const coefficients = new Float64Array(2 * w.length);
            for (let j = 0; j < w.length; j++) {
                coefficients[j] = -w[j];
                coefficients[w.length + j] = w[j];
            }
            nodes.push(graph_node(nodeNames, 'LinearClassifier', [features], [labelOut, probaOut], {
                ...classAttr,
                coefficients: attr.floats(coefficients),
                intercepts: attr.floats([-fit.intercept[0], fit.intercept[0]]),
                multi_class: attr.int(0),
                post_transform: attr.string('LOGISTIC'),
            }));
        }
        else {
            const probaTensor = tensors.fresh('probability_tensor');
            nodes.push(graph_node(nodeNames, 'LinearClassifier', [features], [labelOut, probaTensor], {
                ...classAttr,
                coefficients: attr.floats(fit.coef),
                intercepts: attr.floats(fit.intercept),
                multi_class: attr.int(1),
                post_transform: attr.string('SOFTMAX'),
            }));
            nodes.push(graph_node(nodeNames, 'Normalizer', [probaTensor], [probaOut], { norm: attr.string('L1') }));
        }
        outputs.push({ name: labelOut, elemType: stringLabels ? ONNX_STRING : ONNX_INT64, shape: ['N'] });
        outputs.push({ name: probaOut, elemType: ONNX_FLOAT, shape: ['N', K] });
    }
    else {
        nodes.push(graph_node(nodeNames, 'LinearRegressor', [features], [valueOut], { coefficients: attr.floats(fit.coef), intercepts: attr.floats([fit.intercept]) }));
        outputs.push({ name: valueOut, elemType: ONNX_FLOAT, shape: ['N', 1] });
    }
    const estimator = m.algorithm === 'logistic-regression' ? `LogisticRegression(C=${m.l2 === 0 ? 'inf' : 1 / m.l2})` : `Ridge(alpha=${m.l2})`;
    return {
        irVersion: IR_VERSION,
        opsets: [
            ['', OPSET_ONNX],
            ['ai.onnx.ml', OPSET_ML],
        ],
        producerName: PRODUCER_NAME,
        producerVersion: PRODUCER_VERSION,
        modelVersion: 1,
        docString: `${estimator} on imputed, standardized numeric and one-hot categorical columns, trained by modelgate`,
        graph: { name: m.algorithm.replace('-', '_'), nodes, initializers, inputs, outputs },
        metadata: [
            ['modelgate.algorithm', m.algorithm],
            ['modelgate.label', m.label],
            ['modelgate.l2', String(m.l2)],
        ],
    };
}
function encodeTrainedModel(m) {
    return encodeModel(buildModelSpec(m));
}

;// CONCATENATED MODULE: ./.build/js/src/train/lbfgs.js
/**
 * L-BFGS (Nocedal, "Updating quasi-Newton matrices with limited storage", 1980; Nocedal and Wright,
 * "Numerical Optimization", 2nd ed., algorithms 7.4 and 7.5) for smooth unconstrained minimization,
 * in Float64Array arithmetic with a fixed order of operations, so the same problem always gives
 * the same bits.
 *
 * - Direction: the two-loop recursion over the last `memory` (default 10, scipy's maxcor) pairs
 *   (s, y), initial Hessian scaled by s'y / y'y; pairs with s'y <= 1e-10 y'y are not stored.
 * - Step: a line search for the strong Wolfe conditions (c1 = 1e-4, c2 = 0.9) that brackets the
 *   step with the directional derivative and shrinks the bracket by safeguarded secant steps. Near
 *   the optimum of a large sum, decreases of f fall below its rounding error while the gradient is
 *   still accurate; there the sufficient-decrease test is Hager and Zhang's approximate Wolfe test
 *   (2005): f(a) <= f(0) + 1e-12 |f(0)| and f'(a) <= (2 c1 - 1) f'(0).
 * - Stop: converged when max |g_i| <= gtol (scipy's pgtol test, which scikit-learn's lbfgs solver
 *   uses with gtol = tol), or, when `ftol` > 0, when an iteration reduces f by at most
 *   ftol * max(|f_k|, |f_k+1|, 1) (scipy L-BFGS-B's factr test; scikit-learn runs it with scipy's
 *   default, ftol = 1e7 * machine epsilon); not converged at `maxIterations`, or when no step along
 *   the L-BFGS direction nor along -g satisfies the line search (the reason says which).
 */
/** scipy.optimize.minimize(method='L-BFGS-B')'s default ftol (factr = 1e7 times machine epsilon). */
const SCIPY_FTOL = 1e7 * Number.EPSILON;
const C1 = 1e-4;
const C2 = 0.9;
const MAX_TRIALS = 60;
function dot(a, b) {
    let s = 0;
    for (let i = 0; i < a.length; i++)
        s += a[i] * b[i];
    return s;
}
function maxAbs(a) {
    let m = 0;
    for (let i = 0; i < a.length; i++) {
        const v = Math.abs(a[i]);
        if (v > m || v !== v)
            m = v;
    }
    return m;
}
function lbfgs(fg, x0, opts) {
    const m = opts.memory ?? 10;
    const ftol = opts.ftol ?? 0;
    const p = x0.length;
    let x = Float64Array.from(x0);
    let g = new Float64Array(p);
    let f = fg(x, g);
    let evaluations = 1;
    let xNew = new Float64Array(p);
    let gNew = new Float64Array(p);
    const d = new Float64Array(p);
    const S = [];
    const Y = [];
    const rho = [];
    const alpha = new Float64Array(m);
    let iterations = 0;
    let gradMax = maxAbs(g);
    if (!Number.isFinite(f) || gradMax !== gradMax)
        throw new RangeError('lbfgs: the objective is not finite at the starting point');
    const done = (converged, reason) => ({ x, f, gradMax, iterations, evaluations, converged, reason });
    while (gradMax > opts.gtol) {
        if (iterations >= opts.maxIterations)
            return done(false, 'max-iterations');
        // Two-loop recursion: d = -H g.
        for (let i = 0; i < p; i++)
            d[i] = g[i];
        for (let k = S.length - 1; k >= 0; k--) {
            const a = rho[k] * dot(S[k], d);
            alpha[k] = a;
            const y = Y[k];
            for (let i = 0; i < p; i++)
                d[i] -= a * y[i];
        }
        if (S.length) {
            const last = S.length - 1;
            const gamma = 1 / (rho[last] * dot(Y[last], Y[last]));
            for (let i = 0; i < p; i++)
                d[i] *= gamma;
        }
        for (let k = 0; k < S.length; k++) {
            const b = rho[k] * dot(Y[k], d);
            const s = S[k];
            const a = alpha[k];
            for (let i = 0; i < p; i++)
                d[i] += s[i] * (a - b);
        }
        for (let i = 0; i < p; i++)
            d[i] = -d[i];
        let dg = dot(d, g);
        let steepest = S.length === 0;
        if (!(dg < 0)) {
            for (let i = 0; i < p; i++)
                d[i] = -g[i];
            dg = -dot(g, g);
            steepest = true;
            S.length = Y.length = rho.length = 0;
        }
        // First step along -g: length 1 / ||g|| (as L-BFGS-B does); later the unit quasi-Newton step.
        const a0 = steepest ? Math.min(1, 1 / Math.sqrt(-dg)) : 1;
        const ls = lineSearch(fg, x, f, dg, d, a0, xNew, gNew);
        evaluations += ls.evaluations;
        if (!ls.ok) {
            if (!steepest) {
                S.length = Y.length = rho.length = 0; // retry along -g
                continue;
            }
            return done(false, 'line-search');
        }
        // s = xNew - x, y = gNew - g.
        const s = new Float64Array(p);
        const y = new Float64Array(p);
        for (let i = 0; i < p; i++) {
            s[i] = xNew[i] - x[i];
            y[i] = gNew[i] - g[i];
        }
        const sy = dot(s, y);
        const yy = dot(y, y);
        if (sy > 1e-10 * yy && sy > 0) {
            if (S.length === m) {
                S.shift();
                Y.shift();
                rho.shift();
            }
            S.push(s);
            Y.push(y);
            rho.push(1 / sy);
        }
        [x, xNew] = [xNew, x];
        [g, gNew] = [gNew, g];
        const reduction = f - ls.f;
        const fPrev = f;
        f = ls.f;
        iterations++;
        gradMax = maxAbs(g);
        if (ftol > 0 && gradMax > opts.gtol && reduction <= ftol * Math.max(Math.abs(fPrev), Math.abs(f), 1))
            return done(true, 'ftol');
    }
    return done(true, 'gtol');
}
/**
 * Finds a step a along d from x (f0, directional derivative dg0 < 0) that satisfies the strong
 * Wolfe conditions; leaves x + a d in xNew and its gradient in gNew.
 */
function lineSearch(fg, x, f0, dg0, d, a0, xNew, gNew) {
    const p = x.length;
    const roundoff = 1e-12 * Math.abs(f0);
    let lo = 0;
    let dlo = dg0;
    let hi = Infinity;
    let dhi = NaN;
    let a = a0;
    let trial = 0;
    while (trial < MAX_TRIALS) {
        trial++;
        for (let i = 0; i < p; i++)
            xNew[i] = x[i] + a * d[i];
        const f = fg(xNew, gNew);
        const da = dot(gNew, d);
        const finite = Number.isFinite(f) && da === da;
        const armijo = finite && (f <= f0 + C1 * a * dg0 || (f <= f0 + roundoff && da <= (2 * C1 - 1) * dg0));
        if (!armijo || da > -C2 * dg0) {
            hi = a;
            dhi = finite ? da : NaN;
        }
        else if (da < C2 * dg0) {
            lo = a;
            dlo = da;
        }
        else {
            return { ok: true, f, evaluations: trial };
        }
        if (hi === Infinity) {
            // Extrapolate: secant on the derivative from (0 or lo), at most 4x, at least 1.5x.
            const sec = dlo < 0 && dg0 < dlo ? lo + (lo * dlo) / (dg0 - dlo) : Infinity;
            a = Math.min(Math.max(sec, 1.5 * lo), 4 * lo);
            if (a > 1e20)
                break;
        }
        else {
            const width = hi - lo;
            if (width <= 1e-16 * hi)
                break;
            let next = lo + width / 2;
            if (dhi > 0 && dlo < 0) {
                const sec = lo + (width * -dlo) / (dhi - dlo);
                next = Math.min(Math.max(sec, lo + 0.1 * width), hi - 0.1 * width);
            }
            a = next;
        }
    }
    return { ok: false, f: f0, evaluations: trial };
}

;// CONCATENATED MODULE: ./.build/js/src/train/linear.js
/**
 * Linear models on a design matrix (./preprocess.ts), with scikit-learn's objectives:
 *
 * - Binary logistic regression, scikit-learn's LogisticRegression(penalty='l2', C, fit_intercept=True,
 *   solver='lbfgs') for two classes: minimizes
 *   sum_i [log(1 + exp(z_i)) - y_i z_i] + (l2 / 2) ||w||^2 with z_i = x_i.w + b, l2 = 1 / C, the
 *   intercept b not penalized (scikit-learn 1.2's LinearModelLoss scale, so `tolerance` means what
 *   its `tol` means). y_i = 1 for the second class in sorted order. L-BFGS stops as scikit-learn's
 *   does: max |gradient| <= tolerance, or a relative reduction of the objective below scipy's
 *   default ftol (2.2e-9).
 * - Multinomial logistic regression (three or more classes; scikit-learn's multi_class='auto' with
 *   lbfgs): minimizes sum_i [logsumexp_k z_ik - z_i,y_i] + (l2 / 2) sum_k ||w_k||^2 over K weight
 *   vectors and K unpenalized intercepts. Started at zero as scikit-learn starts it, the iterates
 *   keep sum_k w_k = 0 and sum_k b_k = 0, the same normalization scikit-learn's solution has.
 * - Ridge regression, scikit-learn's Ridge(alpha, fit_intercept=True): minimizes
 *   ||y - X w - b||^2 + l2 ||w||^2. X and y are centered (so b is not penalized), then
 *   (Xc'Xc + l2 I) w = Xc'yc is solved by Cholesky, and b = mean(y) - mean(X).w.
 *
 * All sums run in row order in float64, so results are reproducible to the bit.
 */


function softplus(z) {
    return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
}
/** Binary loss and gradient; x = [w (width), b]. y holds 0/1. */
function binaryObjective(X, y, l2) {
    const { n, d, num, c, cat, width } = X;
    return (x, g) => {
        g.fill(0);
        const b = x[width];
        let f = 0;
        let gb = 0;
        for (let i = 0; i < n; i++) {
            const base = i * d;
            const cbase = i * c;
            let z = b;
            for (let j = 0; j < d; j++)
                z += num[base + j] * x[j];
            for (let k = 0; k < c; k++) {
                const idx = cat[cbase + k];
                if (idx >= 0)
                    z += x[idx];
            }
            const yi = y[i];
            f += softplus(z) - yi * z;
            const r = (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z))) - yi;
            for (let j = 0; j < d; j++)
                g[j] += r * num[base + j];
            for (let k = 0; k < c; k++) {
                const idx = cat[cbase + k];
                if (idx >= 0)
                    g[idx] += r;
            }
            gb += r;
        }
        g[width] = gb;
        let pen = 0;
        for (let j = 0; j < width; j++) {
            pen += x[j] * x[j];
            g[j] += l2 * x[j];
        }
        return f + 0.5 * l2 * pen;
    };
}
/** Multinomial loss and gradient; x = K blocks of [w_k (width), b_k]. y holds class indices. */
function multinomialObjective(X, y, K, l2) {
    const { n, d, num, c, cat, width } = X;
    const stride = width + 1;
    const z = new Float64Array(K);
    return (x, g) => {
        g.fill(0);
        let f = 0;
        for (let i = 0; i < n; i++) {
            const base = i * d;
            const cbase = i * c;
            let max = -Infinity;
            for (let k = 0; k < K; k++) {
                const o = k * stride;
                let s = x[o + width];
                for (let j = 0; j < d; j++)
                    s += num[base + j] * x[o + j];
                for (let t = 0; t < c; t++) {
                    const idx = cat[cbase + t];
                    if (idx >= 0)
                        s += x[o + idx];
                }
                z[k] = s;
                if (s > max)
                    max = s;
            }
            const yi = y[i];
            // logsumexp(z) - z_y = log(sum_k exp(z_k - max)) - (z_y - max).
            const zy = z[yi] - max;
            let sum = 0;
            for (let k = 0; k < K; k++) {
                z[k] = Math.exp(z[k] - max);
                sum += z[k];
            }
            f += Math.log(sum) - zy;
            const inv = 1 / sum;
            for (let k = 0; k < K; k++) {
                const r = z[k] * inv - (k === yi ? 1 : 0);
                const o = k * stride;
                for (let j = 0; j < d; j++)
                    g[o + j] += r * num[base + j];
                for (let t = 0; t < c; t++) {
                    const idx = cat[cbase + t];
                    if (idx >= 0)
                        g[o + idx] += r;
                }
                g[o + width] += r;
            }
        }
        let pen = 0;
        for (let k = 0; k < K; k++) {
            const o = k * stride;
            for (let j = 0; j < width; j++) {
                pen += x[o + j] * x[o + j];
                g[o + j] += l2 * x[o + j];
            }
        }
        return f + 0.5 * l2 * pen;
    };
}
/** Fits a logistic regression; y holds class indices in [0, K). */
function fitLogistic(X, y, K, opts) {
    if (y.length !== X.n)
        throw new RangeError(`fitLogistic: ${y.length} labels for ${X.n} rows`);
    if (K < 2)
        throw new RangeError('fitLogistic: needs two classes or more');
    const width = X.width;
    const lb = { maxIterations: opts.maxIterations, gtol: opts.tolerance, ftol: opts.ftol ?? SCIPY_FTOL };
    if (K === 2) {
        const y01 = Uint8Array.from(y, (v) => (v === 1 ? 1 : 0));
        const r = lbfgs(binaryObjective(X, y01, opts.l2), new Float64Array(width + 1), lb);
        return {
            kind: 'logistic',
            classes: 2,
            coef: r.x.slice(0, width),
            intercept: Float64Array.of(r.x[width]),
            iterations: r.iterations,
            evaluations: r.evaluations,
            converged: r.converged,
            gradMax: r.gradMax,
            objective: r.f,
            stop: r.reason,
        };
    }
    const stride = width + 1;
    const r = lbfgs(multinomialObjective(X, y, K, opts.l2), new Float64Array(K * stride), lb);
    const coef = new Float64Array(K * width);
    const intercept = new Float64Array(K);
    for (let k = 0; k < K; k++) {
        coef.set(r.x.subarray(k * stride, k * stride + width), k * width);
        intercept[k] = r.x[k * stride + width];
    }
    return { kind: 'logistic', classes: K, coef, intercept, iterations: r.iterations, evaluations: r.evaluations, converged: r.converged, gradMax: r.gradMax, objective: r.f, stop: r.reason };
}
/** Linear scores: rows x outputs, for a coefficient matrix (outputs x width) and intercepts. */
function scores(X, coef, intercept) {
    const { n, d, num, c, cat, width } = X;
    const K = intercept.length;
    const out = new Float64Array(n * K);
    for (let i = 0; i < n; i++) {
        for (let k = 0; k < K; k++) {
            const o = k * width;
            let s = intercept[k];
            for (let j = 0; j < d; j++)
                s += num[i * d + j] * coef[o + j];
            for (let t = 0; t < c; t++) {
                const idx = cat[i * c + t];
                if (idx >= 0)
                    s += coef[o + idx];
            }
            out[i * K + k] = s;
        }
    }
    return out;
}
/** Class probabilities, n x K row-major. */
function predictProba(fit, X) {
    const K = fit.classes;
    const z = scores(X, fit.coef, fit.intercept);
    const out = new Float64Array(X.n * K);
    if (K === 2) {
        for (let i = 0; i < X.n; i++) {
            const t = z[i];
            const p = t >= 0 ? 1 / (1 + Math.exp(-t)) : Math.exp(t) / (1 + Math.exp(t));
            out[2 * i] = 1 - p;
            out[2 * i + 1] = p;
        }
        return out;
    }
    for (let i = 0; i < X.n; i++) {
        let max = -Infinity;
        for (let k = 0; k < K; k++)
            max = Math.max(max, z[i * K + k]);
        let sum = 0;
        for (let k = 0; k < K; k++)
            sum += out[i * K + k] = Math.exp(z[i * K + k] - max);
        for (let k = 0; k < K; k++)
            out[i * K + k] /= sum;
    }
    return out;
}
function predictValue(fit, X) {
    return scores(X, fit.coef, Float64Array.of(fit.intercept));
}
/**
 * Ridge regression by the normal equations on centered data. l2 = 0 is ordinary least squares
 * (a DataError when the columns are collinear).
 */
function fitRidge(X, y, l2) {
    const { n, d, num, c, cat, width: p } = X;
    if (y.length !== n)
        throw new RangeError(`fitRidge: ${y.length} targets for ${n} rows`);
    const mean = new Float64Array(p);
    let ymean = 0;
    for (let i = 0; i < n; i++) {
        for (let j = 0; j < d; j++)
            mean[j] += num[i * d + j];
        for (let t = 0; t < c; t++) {
            const idx = cat[i * c + t];
            if (idx >= 0)
                mean[idx] += 1;
        }
        ymean += y[i];
    }
    for (let j = 0; j < p; j++)
        mean[j] /= n;
    ymean /= n;
    // Upper triangle of X'X and X'(y - ymean), accumulated row by row.
    const G = new Float64Array(p * p);
    const r = new Float64Array(p);
    for (let i = 0; i < n; i++) {
        const base = i * d;
        const yc = y[i] - ymean;
        for (let j = 0; j < d; j++) {
            const xj = num[base + j];
            if (xj === 0)
                continue;
            r[j] += xj * yc;
            const row = j * p;
            for (let k = j; k < d; k++)
                G[row + k] += xj * num[base + k];
            for (let t = 0; t < c; t++) {
                const idx = cat[i * c + t];
                if (idx >= 0)
                    G[row + idx] += xj;
            }
        }
        for (let t = 0; t < c; t++) {
            const a = cat[i * c + t];
            if (a < 0)
                continue;
            r[a] += yc;
            for (let u = 0; u < c; u++) {
                const b = cat[i * c + u];
                if (b >= a)
                    G[a * p + b] += 1;
            }
        }
    }
    // Centering: Xc'Xc = X'X - n mean mean'; Xc'yc = X'(y - ymean) (already centered in y).
    for (let j = 0; j < p; j++) {
        for (let k = j; k < p; k++) {
            G[j * p + k] -= n * mean[j] * mean[k];
            G[k * p + j] = G[j * p + k];
        }
        G[j * p + j] += l2;
    }
    const w = choleskySolve(G, r, p);
    let b = ymean;
    for (let j = 0; j < p; j++)
        b -= mean[j] * w[j];
    return { kind: 'ridge', coef: w, intercept: b };
}
/** Solves A x = b for a symmetric positive definite A (p x p, row-major; overwritten). */
function choleskySolve(A, b, p) {
    // A = L L', L stored in the lower triangle of A. A pivot that cancels to rounding noise of its
    // diagonal entry means a singular (collinear) system.
    for (let j = 0; j < p; j++) {
        const diag = A[j * p + j];
        let s = diag;
        for (let k = 0; k < j; k++)
            s -= A[j * p + k] * A[j * p + k];
        if (!(s > 1e-12 * Math.abs(diag)))
            throw new errors/* DataError */.fL(`the feature columns are collinear (the normal equations are singular at column ${j}); set 'l2' above 0 or remove duplicated columns`);
        const ljj = Math.sqrt(s);
        A[j * p + j] = ljj;
        for (let i = j + 1; i < p; i++) {
            let t = A[i * p + j];
            for (let k = 0; k < j; k++)
                t -= A[i * p + k] * A[j * p + k];
            A[i * p + j] = t / ljj;
        }
    }
    const x = Float64Array.from(b);
    for (let i = 0; i < p; i++) {
        let t = x[i];
        for (let k = 0; k < i; k++)
            t -= A[i * p + k] * x[k];
        x[i] = t / A[i * p + i];
    }
    for (let i = p - 1; i >= 0; i--) {
        let t = x[i];
        for (let k = i + 1; k < p; k++)
            t -= A[k * p + i] * x[k];
        x[i] = t / A[i * p + i];
    }
    return x;
}
/** accuracy and log_loss; y -1 is a class the model lacks (probabilities clipped to [eps, 1 - eps] and renormalized, as scikit-learn 1.2 does). */
function classificationMetrics(proba, y, K) {
    const n = y.length;
    if (n === 0)
        return {};
    const eps = Number.EPSILON;
    let correct = 0;
    let loss = 0;
    for (let i = 0; i < n; i++) {
        let best = 0;
        let sum = 0;
        for (let k = 0; k < K; k++) {
            const v = Math.min(Math.max(proba[i * K + k], eps), 1 - eps);
            sum += v;
            if (proba[i * K + k] > proba[i * K + best])
                best = k;
        }
        const yi = y[i];
        if (best === yi)
            correct++;
        // A class the model does not know (seen only in test rows): wrong, with probability eps.
        loss -= Math.log(yi < 0 ? eps : Math.min(Math.max(proba[i * K + yi], eps), 1 - eps) / sum);
    }
    return { accuracy: correct / n, log_loss: loss / n };
}
/** rmse, mae and r2 = 1 - SSres / SStot (for a constant target: 1 if the fit is perfect, else 0, as scikit-learn's r2_score). */
function regressionMetrics(pred, y) {
    const n = y.length;
    if (n === 0)
        return {};
    let mean = 0;
    for (let i = 0; i < n; i++)
        mean += y[i];
    mean /= n;
    let se = 0;
    let ae = 0;
    let tot = 0;
    for (let i = 0; i < n; i++) {
        const e = y[i] - pred[i];
        se += e * e;
        ae += Math.abs(e);
        tot += (y[i] - mean) * (y[i] - mean);
    }
    const r2 = tot === 0 ? (se === 0 ? 1 : 0) : 1 - se / tot;
    return { rmse: Math.sqrt(se / n), mae: ae / n, r2 };
}

;// CONCATENATED MODULE: ./.build/js/src/train/preprocess.js
/** Code point order, as Python (numpy) sorts str. */
function compareCodePoints(a, b) {
    const la = a.length;
    const lb = b.length;
    for (let i = 0, j = 0; i < la && j < lb;) {
        const ca = a.codePointAt(i);
        const cb = b.codePointAt(j);
        if (ca !== cb)
            return ca < cb ? -1 : 1;
        i += ca > 0xffff ? 2 : 1;
        j += cb > 0xffff ? 2 : 1;
    }
    return la === lb ? 0 : la < lb ? -1 : 1;
}
/** Fits imputation, scaling and one-hot categories on the rows `train` (ascending row indices). */
function fitPreprocessor(table, train) {
    const numeric = [];
    const categorical = [];
    const inputs = [];
    const dropped = [];
    const n = train.length;
    for (const col of table.columns) {
        const f = col.kind === 'numeric' ? fitNumeric(col, train) : fitCategorical(col, train);
        if (!f) {
            dropped.push({ name: col.name, reason: `no value in the ${n} training rows` });
            continue;
        }
        if (f.kind === 'numeric')
            numeric.push(f);
        else
            categorical.push(f);
        inputs.push({ name: f.name, kind: f.kind });
    }
    const columnNames = [...numeric.map((f) => f.name), ...categorical.flatMap((f) => f.categories.map((c) => `${f.name}=${c}`))];
    return { numeric, categorical, inputs, dropped, width: columnNames.length, columnNames };
}
function fitNumeric(col, train) {
    const v = col.values;
    let sum = 0;
    let count = 0;
    let min = Infinity;
    let max = -Infinity;
    for (let k = 0; k < train.length; k++) {
        const x = v[train[k]];
        if (x !== x)
            continue;
        sum += x;
        count++;
        if (x < min)
            min = x;
        if (x > max)
            max = x;
    }
    if (count === 0)
        return undefined;
    const mean = sum / count;
    // Imputed values equal the mean and add nothing to the squares; the divisor is every row.
    let ss = 0;
    for (let k = 0; k < train.length; k++) {
        const x = v[train[k]];
        if (x === x)
            ss += (x - mean) * (x - mean);
    }
    const std = Math.sqrt(ss / train.length);
    const scale = min === max || !(std >= 10 * Number.EPSILON) ? 1 : std;
    return { name: col.name, kind: 'numeric', mean: min === max ? min : mean, scale, missing: train.length - count };
}
function fitCategorical(col, train) {
    const seen = new Uint8Array(col.dictionary.length);
    let missing = 0;
    for (let k = 0; k < train.length; k++) {
        const code = col.codes[train[k]];
        if (code < 0)
            missing++;
        else
            seen[code] = 1;
    }
    const categories = col.dictionary.filter((_, i) => seen[i]).sort(compareCodePoints);
    if (categories.length === 0)
        return undefined;
    const position = new Map(categories.map((c, i) => [c, i]));
    const codeToIndex = new Int32Array(col.dictionary.length).fill(-1);
    col.dictionary.forEach((c, i) => {
        const p = position.get(c);
        if (p !== undefined)
            codeToIndex[i] = p;
    });
    return { name: col.name, kind: 'categorical', categories, missing, codeToIndex };
}
/** The design matrix of rows `rows` of `table` under `prep`. */
function buildDesign(table, prep, rows) {
    const n = rows.length;
    const d = prep.numeric.length;
    const c = prep.categorical.length;
    const byName = new Map(table.columns.map((col) => [col.name, col]));
    const num = new Float64Array(n * d);
    prep.numeric.forEach((f, j) => {
        const v = byName.get(f.name).values;
        const { mean, scale } = f;
        for (let i = 0; i < n; i++) {
            const x = v[rows[i]];
            num[i * d + j] = x === x ? (x - mean) / scale : 0;
        }
    });
    const cat = new Int32Array(n * c);
    let offset = d;
    prep.categorical.forEach((f, j) => {
        const codes = byName.get(f.name).codes;
        for (let i = 0; i < n; i++) {
            const code = codes[rows[i]];
            const p = code < 0 ? -1 : f.codeToIndex[code];
            cat[i * c + j] = p < 0 ? -1 : offset + p;
        }
        offset += f.categories.length;
    });
    return { n, d, num, c, cat, width: prep.width };
}

// EXTERNAL MODULE: ./.build/js/src/data/readers.js + 48 modules
var readers = __webpack_require__(9212);
// EXTERNAL MODULE: ./.build/js/src/data/schema.js + 1 modules
var schema = __webpack_require__(5547);
// EXTERNAL MODULE: ./.build/js/src/data/sketch/hll.js
var hll = __webpack_require__(7267);
// EXTERNAL MODULE: ./.build/js/src/data/time.js
var time = __webpack_require__(1477);
// EXTERNAL MODULE: ./.build/js/src/lib/columns.js
var lib_columns = __webpack_require__(5054);
;// CONCATENATED MODULE: ./.build/js/src/train/table.js
/**
 * Reads a training dataset into columns, in one streaming pass (readRows), and infers each feature
 * column's kind:
 *
 * - numeric when every non-missing value is a number: a number cell, or text that
 *   {@link parseNumber} accepts (CSV cells are text); stored as float64 with NaN for missing;
 * - categorical otherwise (text, booleans); stored as codes into a dictionary of the values as
 *   evaluate-model will feed them to a string input (`String(cell)`, text kept as written), -1 for
 *   missing.
 *
 * Missing: an empty cell (null), text that is only white space, and a NaN or infinite number.
 *
 * Memory: 8 bytes a value while a column is numeric, 4 bytes a value once it is categorical. A
 * dictionary is kept per column only up to `maxCategories` values, so an id column costs nothing
 * extra, and a categorical column with more values is an error that names it.
 *
 * Without `features`, every column but the label, `ignore` and `split-by` is a candidate, and two
 * kinds are left out (named in {@link Table.leftOut}): time columns (dates or timestamps, as
 * validate-data types a column: {@link timeLike}; a Parquet DATE/TIMESTAMP column), whose values a
 * model would learn as one category per day, and identifier-like text columns ({@link
 * identifierLike}: more than half the values distinct). Past `maxCategories` values such a column
 * keeps only a HyperLogLog (deterministic), so an id column costs no dictionary.
 *
 * Rows whose label is missing are skipped (counted). Classification labels are keyed as
 * evaluate-model keys them (trimmed text, numbers and numeric text in canonical form: "1.0" is
 * "1"); regression targets must be numbers.
 */










/** A cell as a number: the number, null when missing, undefined when not numeric. */
function cellNumber(v) {
    if (v === null)
        return null;
    if (typeof v === 'number')
        return Number.isFinite(v) ? v : null;
    if (typeof v === 'boolean')
        return undefined;
    const n = (0,schema/* parseNumber */.$J)(v);
    if (n !== undefined)
        return n;
    return v.trim() === '' ? null : undefined;
}
/** A cell as the category string evaluate-model feeds to a string input; null when missing. */
function cellCategory(v) {
    if (v === null)
        return null;
    if (typeof v === 'number')
        return Number.isFinite(v) ? String(v) : null;
    if (typeof v === 'boolean')
        return String(v);
    return v.trim() === '' ? null : v;
}
/** One feature column while reading: numeric until a value says otherwise. */
class ColumnBuilder {
    name;
    maxCategories;
    auto;
    timeType;
    kind = 'numeric';
    values = new lib_columns/* F64 */.j();
    /** Dictionary codes, kept while the dictionary stays within maxCategories. */
    codes = new lib_columns/* I32 */.C();
    dict = new Map();
    dictionary = [];
    /** Non-missing values by what they are, for the default features' choice (`auto`). */
    tally = { numbers: 0, booleans: 0, times: 0, text: 0 };
    /** `auto`: distinct values past maxCategories, and the error deferred until the column is judged. */
    distinct = null;
    tooMany = null;
    /**
     * @param auto no `features` given: this column may be left out (time, identifier-like), and a
     *   categorical one past `maxCategories` is an error only if it is kept.
     * @param timeType the reader typed it as a date or timestamp (Parquet DATE/TIMESTAMP).
     */
    constructor(name, maxCategories, backfill, auto = false, timeType = false) {
        this.name = name;
        this.maxCategories = maxCategories;
        this.auto = auto;
        this.timeType = timeType;
        for (let i = 0; i < backfill; i++)
            this.add(null, '', 0);
    }
    add(v, file, line) {
        if (this.kind === 'numeric') {
            const x = cellNumber(v);
            if (x === undefined) {
                this.becomeCategorical(v, file, line);
            }
            else {
                this.values.push(x === null ? NaN : x);
                if (x !== null)
                    this.tally.numbers++;
                if (this.codes)
                    this.addCode(x === null ? null : cellCategory(v), file, line, false);
                return;
            }
        }
        const s = cellCategory(v);
        if (s !== null && this.auto)
            this.count(v, s);
        this.addCode(s, file, line, true);
    }
    /** A non-missing value of a categorical column, by what validate-data would call it. */
    count(v, s) {
        const t = this.tally;
        if (typeof v === 'boolean')
            t.booleans++;
        else if (typeof v === 'number')
            t.numbers++;
        else if ((0,time/* looksLikeTime */.HX)(s) && !Number.isNaN((0,time/* parseTime */.pe)(s)))
            t.times++;
        else if ((0,schema/* parseNumber */.$J)(s) !== undefined)
            t.numbers++;
        else
            t.text++;
    }
    becomeCategorical(v, file, line) {
        if (!this.codes) {
            throw new errors/* ConfigurationError */.j1(`column '${this.name}' is not numeric ('${String(v)}' at ${file}:${line}) and has more than ${this.maxCategories} distinct values; list it in 'ignore' (an id or free text?) or raise 'max-categories'`);
        }
        this.kind = 'categorical';
        this.values = null;
    }
    addCode(s, file, line, strict) {
        if (this.distinct) {
            if (s !== null)
                this.distinct.addString(s);
            return;
        }
        const codes = this.codes;
        if (s === null) {
            codes.push(-1);
            return;
        }
        let code = this.dict.get(s);
        if (code === undefined) {
            code = this.dictionary.length;
            if (code >= this.maxCategories) {
                if (strict) {
                    const message = `column '${this.name}' is categorical with more than ${this.maxCategories} distinct values (at ${file}:${line}); list it in 'ignore' (an id or free text?) or raise 'max-categories'`;
                    if (!this.auto)
                        throw new errors/* ConfigurationError */.j1(message);
                    // It may yet be left out (an id, a date): count its distinct values from here on.
                    this.tooMany = message;
                    this.distinct = new hll/* HyperLogLog */.l8();
                    for (const d of this.dictionary)
                        this.distinct.addString(d);
                    this.distinct.addString(s);
                    this.codes = null;
                    this.dict = null;
                    this.dictionary = [];
                    return;
                }
                // Numeric so far: stop tracking its values as categories.
                this.codes = null;
                this.dict = null;
                this.dictionary = [];
                return;
            }
            this.dict.set(s, code);
            this.dictionary.push(s);
        }
        codes.push(code);
    }
    /** Why this column is left out of the default features, or null when it is kept. */
    leftOut() {
        if (!this.auto)
            return null;
        const t = this.tally;
        if (this.timeType || (this.kind === 'categorical' && (0,profile/* timeLike */.xD)(t.times, t.text, t.numbers, t.booleans))) {
            return { name: this.name, reason: 'time', detail: t.text ? `dates or timestamps (${t.text} other text values)` : 'dates or timestamps' };
        }
        if (this.kind === 'categorical') {
            const count = t.numbers + t.booleans + t.times + t.text;
            const distinct = this.distinct ? Math.round(this.distinct.estimate()) : this.dictionary.length;
            if ((0,profile/* identifierLike */.$F)(count, distinct))
                return { name: this.name, reason: 'identifier', detail: `identifier-like: ${distinct}${this.distinct ? ' (estimated)' : ''} distinct in ${count} values` };
        }
        return null;
    }
    finish() {
        if (this.tooMany)
            throw new errors/* ConfigurationError */.j1(this.tooMany);
        if (this.kind === 'numeric')
            return { name: this.name, kind: 'numeric', values: this.values.done() };
        return { name: this.name, kind: 'categorical', codes: this.codes.done(), dictionary: this.dictionary };
    }
}
/** Reads the dataset into a Table. */
async function loadTable(opts) {
    const sources = [];
    for (const p of opts.data)
        sources.push(...(await (0,readers/* expandDataGlob */.hL)(p)));
    const format = (0,readers/* detectFormat */.Tz)(sources[0], opts.format);
    const ignore = new Set(opts.ignore ?? []);
    if (ignore.has(opts.label))
        throw new errors/* ConfigurationError */.j1(`input 'ignore' lists the label column '${opts.label}'`);
    if (opts.features) {
        if (opts.features.length === 0)
            throw new errors/* ConfigurationError */.j1(`input 'features' is empty`);
        if (opts.features.includes(opts.label))
            throw new errors/* ConfigurationError */.j1(`input 'features' lists the label column '${opts.label}'`);
        const both = opts.features.filter((f) => ignore.has(f));
        if (both.length)
            throw new errors/* ConfigurationError */.j1(`column${both.length > 1 ? 's' : ''} ${both.map((b) => `'${b}'`).join(', ')} in both 'features' and 'ignore'`);
        const dup = opts.features.find((f, i) => opts.features.indexOf(f) !== i);
        if (dup !== undefined)
            throw new errors/* ConfigurationError */.j1(`input 'features' lists '${dup}' twice`);
    }
    const splitColumn = opts.split?.config.column;
    if (splitColumn !== undefined && opts.features?.includes(splitColumn))
        throw new errors/* ConfigurationError */.j1(`input 'features' lists the split-by column '${splitColumn}' (a time column is no feature)`);
    const wanted = (name) => name !== opts.label && name !== splitColumn && !ignore.has(name) && (!opts.features || opts.features.includes(name));
    let columns = [];
    /** Builders by data-column index (undefined for columns not used). */
    let builders = [];
    let labelIdx = -1;
    let file = sources[0];
    let n = 0;
    let skipped = 0;
    const labelCodes = new lib_columns/* I32 */.C();
    const labelDict = new Map();
    const labelDictionary = [];
    const target = new lib_columns/* F64 */.j();
    const addColumn = (name, index, timeType = false) => {
        columns[index] = name;
        if (name === opts.label)
            labelIdx = index;
        else if (wanted(name))
            builders[index] = new ColumnBuilder(name, opts.maxCategories, n, !opts.features, timeType);
    };
    await (0,readers/* readRows */.aK)(sources, {
        beginFile(path) {
            file = path;
        },
        header(cols, timeKinds) {
            columns = [];
            builders = [];
            cols.forEach((c, i) => addColumn(c, i, timeKinds?.[i] !== undefined));
            opts.split?.header(cols, file, timeKinds);
            if (format !== 'jsonl') {
                if (labelIdx < 0)
                    throw new errors/* ConfigurationError */.j1(`input 'label': no column '${opts.label}' in ${file} (columns: ${(0,files/* showColumns */.pP)(cols)})`);
                checkNamed(cols, opts, file);
            }
        },
        newColumn(name, index) {
            addColumn(name, index);
        },
        row(cells, line) {
            if (format !== 'jsonl' && cells.length !== columns.length) {
                throw new errors/* DataError */.fL(`${file}:${line}: has ${cells.length} fields, the header has ${columns.length}`, file, line);
            }
            if (opts.split && !opts.split.keep(cells))
                return;
            const lv = labelIdx >= 0 && labelIdx < cells.length ? cells[labelIdx] : null;
            if (opts.labelKind === 'class') {
                const key = (0,schema/* labelKey */.kJ)(lv);
                if (key === null) {
                    skipped++;
                    return;
                }
                let code = labelDict.get(key);
                if (code === undefined) {
                    code = labelDictionary.length;
                    if (code >= opts.maxCategories) {
                        throw new errors/* DataError */.fL(`${file}:${line}: the label '${opts.label}' has more than ${opts.maxCategories} distinct values; is it a regression target (algorithm linear-regression)? or raise 'max-categories'`, file, line);
                    }
                    labelDict.set(key, code);
                    labelDictionary.push(key);
                }
                labelCodes.push(code);
            }
            else {
                const y = cellNumber(lv);
                if (y === null) {
                    skipped++;
                    return;
                }
                if (y === undefined)
                    throw new errors/* DataError */.fL(`${file}:${line}: the target '${opts.label}' is '${String(lv)}', not a number (algorithm linear-regression)`, file, line);
                target.push(y);
            }
            for (let c = 0; c < builders.length; c++) {
                const b = builders[c];
                if (b)
                    b.add(c < cells.length ? cells[c] : null, file, line);
            }
            n++;
        },
        bad(line, message) {
            throw new errors/* DataError */.fL(`${file}:${line}: ${message}`, file, line);
        },
    }, { format, naValues: opts.naValues });
    if (labelIdx < 0)
        throw new errors/* ConfigurationError */.j1(`input 'label': no column '${opts.label}' in ${sources.join(', ')} (columns: ${(0,files/* showColumns */.pP)(columns)})`);
    checkNamed(columns, opts, sources[0]);
    const built = builders.filter((b) => b !== undefined);
    const leftOut = built.map((b) => b.leftOut()).filter((l) => l !== null);
    const out = new Set(leftOut.map((l) => l.name));
    const cols = built.filter((b) => !out.has(b.name)).map((b) => b.finish());
    if (cols.length === 0) {
        throw new errors/* ConfigurationError */.j1(`no feature columns: the data has only the label '${opts.label}'${opts.ignore?.length ? ', ignored columns' : ''}${leftOut.length ? ` and columns left out as ${leftOut.map((l) => `${l.name} (${l.reason === 'time' ? 'time' : 'an identifier'})`).join(', ')}; name the columns to use in 'features'` : ''}`);
    }
    if (opts.features) {
        // The model's inputs follow the order of `features` as given.
        const at = new Map(cols.map((c) => [c.name, c]));
        cols.splice(0, cols.length, ...opts.features.map((f) => at.get(f)));
    }
    if (n === 0)
        throw new errors/* DataError */.fL(`${sources.join(', ')}: no rows with a label '${opts.label}' to train on${opts.split ? ` before ${opts.split.range().splitAt} ('split-at')` : ''}`, sources[0]);
    const table = { n, columns: cols, label: opts.label, skippedNoLabel: skipped, sources, leftOut };
    if (opts.labelKind === 'class') {
        table.labelCodes = labelCodes.done();
        table.labelDictionary = labelDictionary;
    }
    else
        table.target = target.done();
    return table;
}
function checkNamed(columns, opts, file) {
    const have = new Set(columns);
    for (const [input, names] of [['features', opts.features ?? []], ['ignore', opts.ignore ?? []]]) {
        const missing = names.filter((f) => !have.has(f));
        if (missing.length)
            throw new errors/* ConfigurationError */.j1(`input '${input}': no column ${missing.map((m) => `'${m}'`).join(', ')} in ${file} (columns: ${(0,files/* showColumns */.pP)(columns)})`);
    }
}

;// CONCATENATED MODULE: ./.build/js/src/data/time-split.js
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
    minKind = time/* DATE */.vH;
    maxKind = time/* DATE */.vH;
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
            throw new errors/* ConfigurationError */.j1(`input 'split-by': no column '${this.config.column}' in ${file} (columns: ${(0,files/* showColumns */.pP)(columns)})`);
        const k = timeKinds?.[this.index];
        this.parquetKind = k === 'date' ? time/* DATE */.vH : k === 'date-time-naive' ? time/* DATE_TIME_NAIVE */.jV : k ? 3 : 0;
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
            ms = (0,time/* parseTime */.pe)(v.trim());
            kind = time/* parsedKind */.qn;
            if (kind < time/* DATE */.vH) {
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
        const show = (ms, kind) => (0,time/* formatTime */.fU)(ms, kind === time/* DATE */.vH, kind === time/* DATE_TIME_NAIVE */.jV);
        return {
            column: this.config.column,
            splitAt: (0,time/* formatTime */.fU)(this.config.at),
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
    const t = parseTime(train.max);
    const e = parseTime(evaluation.min);
    if (!(e < t))
        return null;
    return `leakage: evaluation rows start at ${evaluation.min} (${evaluation.column}), before the newest training row (${train.max}, ${train.column}); the model was evaluated on rows from a period it was trained on`;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./.build/js/src/lib/digest.js
/** Content digests shared by the steps that record what data they read. */



/**
 * SHA-256 of the files' bytes concatenated in the order given: evaluation.json's `data.sha256`
 * and the built-in trainer's recorded `data.sha256` are the same digest for the same files.
 */
async function digest_sha256Files(files) {
    const h = createHash('sha256');
    for (const f of files) {
        for await (const chunk of createReadStream(f, { highWaterMark: 1 << 20 }))
            h.update(chunk);
    }
    return h.digest('hex');
}
// The worker's program: plain CommonJS, nothing of modelgate's (it starts in a few milliseconds).
const HASH_WORKER = (/* unused pure expression or super */ null && (`
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
`));
/**
 * sha256Files on a thread of its own, so the digest costs the calling thread nothing (evaluate-model
 * reads the data on the other cores meanwhile, or computes metrics). If the thread fails, the
 * digest is computed here instead (and a read error is reported as sha256Files reports it).
 * `stop` ends the thread early (its digest is then never awaited).
 */
function sha256FilesOffThread(files) {
    const worker = new Worker(HASH_WORKER, { eval: true, workerData: [...files] });
    let settled = false;
    const digest = new Promise((resolve, reject) => {
        const here = () => {
            if (settled)
                return;
            settled = true;
            digest_sha256Files(files).then(resolve, reject);
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

;// CONCATENATED MODULE: ./.build/js/src/train/index.js
/**
 * The built-in trainers of the `train` action: logistic regression (binary and multinomial) and
 * linear regression (ridge), trained in TypeScript on the columns of a dataset and exported to ONNX
 * with the preprocessing inside the graph, so the model takes the raw columns (one input per
 * column, as skl2onnx exports a ColumnTransformer pipeline) and evaluate-model runs it unchanged.
 *
 * trainBuiltin(config, log):
 * 1. reads the dataset in one pass (./table.ts): feature columns are numeric when every non-missing
 *    value is a number, else categorical; rows without a label are skipped;
 * 2. holds out round(n * testFraction) rows, drawn with the seeded xoshiro128** generator
 *    (createRng(seed, 0), a partial Fisher-Yates shuffle); train and test rows keep data order;
 * 3. fits the preprocessing on the training rows (./preprocess.ts): numeric columns imputed with
 *    the mean and standardized (population std), categorical columns one-hot over the sorted
 *    categories seen in training; unknown categories and missing categorical values are all zeros;
 * 4. fits the model (./linear.ts): scikit-learn's LogisticRegression objective (L2 penalty
 *    l2 = 1/C on the weights, intercept unpenalized; binary for two classes, multinomial softmax
 *    for more) by L-BFGS (./lbfgs.ts), or Ridge(alpha = l2) in closed form;
 * 5. writes the ONNX model (./graph.ts, ../model/onnx-writer.ts) to a temp name renamed into place.
 *
 * Classes are scikit-learn's classes_: the distinct labels of the training rows sorted, as
 * integers when every label is an integer (classlabels_ints) and as strings otherwise (numeric
 * labels numerically, others by code point).
 *
 * Reproducible: no clock, locale or thread count enters the computation, every sum runs in a fixed
 * order, and the model file holds no timestamp or path; the same data, config and seed give a
 * byte-identical file (the summary reports its sha256).
 *
 * Options beyond the issue's list (see ./config.ts): `tolerance` (L-BFGS gradient tolerance,
 * default 1e-4 as scikit-learn's tol; like scikit-learn's lbfgs it also stops on scipy's relative
 * reduction test, ftol 2.2e-9) and `maxCategories` (default 1000).
 */














/** Row indices of the training and test parts, each ascending. */
function splitRows(n, testFraction, seed) {
    const nTest = Math.round(n * testFraction);
    if (nTest === 0)
        return { train: Int32Array.from({ length: n }, (_, i) => i), test: new Int32Array(0) };
    const perm = Int32Array.from({ length: n }, (_, i) => i);
    const rng = (0,stats_rng/* createRng */.SZ)(seed, 0);
    for (let i = 0; i < nTest; i++) {
        const j = i + rng.uniformInt(n - i);
        const t = perm[i];
        perm[i] = perm[j];
        perm[j] = t;
    }
    const test = perm.slice(0, nTest).sort();
    const train = perm.slice(nTest).sort();
    return { train, test };
}
/** scikit-learn's classes_ for the label keys present: ints, numbers, or strings by code point. */
function sortClasses(keys) {
    if (keys.every((k) => Number.isSafeInteger(Number(k))))
        return keys.map(Number).sort((a, b) => a - b);
    if (keys.every((k) => Number.isFinite(Number(k))))
        return [...keys].sort((a, b) => Number(a) - Number(b));
    return [...keys].sort(compareCodePoints);
}
/** Steps 2-4 on a loaded table: split, preprocessing, fit, metrics (no file written). */
function fitTable(table, config) {
    const opts = config_resolveOptions(config);
    const { train, test } = splitRows(table.n, opts.testFraction, config.seed);
    if (train.length < 2)
        throw new errors/* DataError */.fL(`only ${train.length} training row${train.length === 1 ? '' : 's'}; need at least 2 (lower 'test-fraction'?)`);
    const prep = fitPreprocessor(table, train);
    if (prep.inputs.length === 0)
        throw new errors/* DataError */.fL(`no feature column has a value in the training rows`);
    const Xtrain = buildDesign(table, prep, train);
    const Xtest = test.length ? buildDesign(table, prep, test) : undefined;
    if (config.algorithm === 'logistic-regression') {
        const codes = table.labelCodes;
        const dict = table.labelDictionary;
        const present = new Uint8Array(dict.length);
        for (const r of train)
            present[codes[r]] = 1;
        const classLabels = sortClasses(dict.filter((_, i) => present[i]));
        const K = classLabels.length;
        if (K < 2)
            throw new errors/* DataError */.fL(`the label '${table.label}' has a single class (${String(classLabels[0])}) in the ${train.length} training rows; a classifier needs two or more`);
        const index = new Map(classLabels.map((c, i) => [String(c), i]));
        const codeToClass = Int32Array.from(dict, (k) => index.get(k) ?? -1);
        const yOf = (rows) => Int32Array.from(rows, (r) => codeToClass[codes[r]]);
        const ytrain = yOf(train);
        const fit = fitLogistic(Xtrain, ytrain, K, { l2: opts.l2, maxIterations: opts.maxIterations, tolerance: opts.tolerance });
        const metrics = { train: classificationMetrics(predictProba(fit, Xtrain), ytrain, K) };
        if (Xtest)
            metrics.test = classificationMetrics(predictProba(fit, Xtest), yOf(test), K);
        return { prep, fit, classLabels, train, test, metrics };
    }
    const y = table.target;
    const yOf = (rows) => Float64Array.from(rows, (r) => y[r]);
    const ytrain = yOf(train);
    const fit = fitRidge(Xtrain, ytrain, opts.l2);
    const metrics = { train: regressionMetrics(predictValue(fit, Xtrain), ytrain) };
    if (Xtest)
        metrics.test = regressionMetrics(predictValue(fit, Xtest), yOf(test));
    return { prep, fit, train, test, metrics };
}
function fmt(metrics) {
    return Object.entries(metrics)
        .map(([k, v]) => `${k} ${Number(v.toPrecision(6))}`)
        .join(', ');
}
/** Reads the data, fits, writes the .onnx model atomically and returns the summary. */
async function trainBuiltin(config, log) {
    checkRequired(config);
    const opts = config_resolveOptions(config);
    log.debug(`train config: ${JSON.stringify(config)}`);
    const classification = config.algorithm === 'logistic-regression';
    const split = config.split ? new TimeSplitter(config.split, 'before') : undefined;
    const table = await log.group(`Reading ${config.data.join(', ')}`, () => loadTable({ data: config.data, format: config.format, naValues: config.naValues ?? scan/* PANDAS_NA_VALUES */.lD, label: config.label, features: config.features, ignore: config.ignore, labelKind: classification ? 'class' : 'number', maxCategories: opts.maxCategories, split }));
    // A label with more than half its values distinct (an id, a name, free text) leaves most classes
    // one row: the model trains, and its accuracy is near zero without a word why.
    const classes = table.labelDictionary?.length ?? 0;
    if (classification && (0,profile/* identifierLike */.$F)(table.n, classes)) {
        log.warning(`the label '${config.label}' has ${classes} distinct values in ${table.n} rows, like an identifier: most classes have a single row to learn from; is '${config.label}' the column you meant, or a number to predict (algorithm linear-regression)?`);
    }
    const timeRange = split?.range();
    if (timeRange)
        log.info(`split by ${timeRange.column}: training on the rows before ${timeRange.splitAt} (${timeRange.min} to ${timeRange.max}); left out ${timeRange.otherSide} rows at or after it${timeRange.noTime ? ` and ${timeRange.noTime} without a time` : ''}`);
    if (table.leftOut.length)
        log.info(`left out of the features (no 'features' given): ${table.leftOut.map((l) => `${l.name}: ${l.reason === 'time' ? 'a time column' : 'an identifier'}, ${l.detail}`).join('; ')}; name the columns in 'features' to use them`);
    log.info(`${table.n} rows with a label${table.skippedNoLabel ? ` (${table.skippedNoLabel} without one skipped)` : ''}; features: ${table.columns.map((c) => `${c.name} (${c.kind})`).join(', ')}`);
    const fitted = await log.group(`Training ${config.algorithm}`, async () => fitTable(table, config));
    const { prep, fit } = fitted;
    for (const d of prep.dropped)
        log.warning(`column '${d.name}' is not used: ${d.reason}`);
    if (fit.kind === 'logistic') {
        const why = { gtol: 'converged: gradient within tolerance', ftol: 'converged: relative reduction below ftol', 'max-iterations': 'stopped at max-iterations', 'line-search': 'stopped: no further decrease along the search direction' }[fit.stop];
        log.info(`L-BFGS: ${fit.iterations} iterations, ${fit.evaluations} evaluations, max |gradient| ${fit.gradMax.toExponential(2)} (${why})`);
        if (!fit.converged)
            log.warning(`logistic regression did not converge in ${fit.iterations} iterations (max |gradient| ${fit.gradMax.toExponential(2)} > tolerance ${opts.tolerance}); raise 'max-iterations' or 'l2'${fit.stop === 'line-search' ? ', or standardize badly scaled columns' : ''}`);
    }
    log.info(`train: ${fmt(fitted.metrics.train)}${fitted.metrics.test ? `; test (${fitted.test.length} rows): ${fmt(fitted.metrics.test)}` : ''}`);
    const bytes = encodeTrainedModel({ algorithm: config.algorithm, prep, fit, classLabels: fitted.classLabels, label: config.label, l2: opts.l2 });
    (0,files/* writeFileAtomic */.Zf)(config.model, bytes);
    const sha256 = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
    log.info(`wrote ${config.model} (${bytes.length} bytes, sha256 ${sha256})`);
    const features = [
        ...prep.numeric.map((f) => ({ name: f.name, kind: 'numeric', missing: f.missing })),
        ...prep.categorical.map((f) => ({ name: f.name, kind: 'categorical', missing: f.missing, categories: f.categories.length })),
    ];
    const order = new Map(prep.inputs.map((i, k) => [i.name, k]));
    features.sort((a, b) => order.get(a.name) - order.get(b.name));
    const K = fit.kind === 'logistic' ? fit.classes : 0;
    return {
        algorithm: config.algorithm,
        task: fit.kind === 'ridge' ? 'regression' : K === 2 ? 'binary' : 'multiclass',
        classes: fitted.classLabels ?? [],
        features,
        dropped: prep.dropped,
        rows: { train: fitted.train.length, test: fitted.test.length, skippedNoLabel: table.skippedNoLabel },
        iterations: fit.kind === 'logistic' ? fit.iterations : 1,
        converged: fit.kind === 'logistic' ? fit.converged : true,
        metrics: fitted.metrics,
        model: { path: config.model, sha256, bytes: bytes.length },
        ...(timeRange ? { timeRange } : {}),
    };
}
/**
 * The built-in trainer's settings as params for train-manifest.json (under `builtin`), so the PR
 * comment's params diff shows what changed between two trainings: the algorithm, label, the
 * feature columns used, ignore, the penalty as scikit-learn names it (logistic-regression: C =
 * 1 / l2, null for no penalty; linear-regression: alpha = l2), the other options, the seed, the
 * rows trained and tested, and the SHA-256 of the data (the files' bytes in order, the digest
 * evaluate-model writes as data.sha256).
 */
async function builtinParams(config, summary) {
    const opts = resolveOptions(config);
    const files = [];
    for (const p of config.data)
        files.push(...(await expandDataGlob(p)));
    const penalty = config.algorithm === 'logistic-regression' ? { C: opts.l2 > 0 ? 1 / opts.l2 : null } : { alpha: opts.l2 };
    const iterations = config.algorithm === 'logistic-regression' ? { 'max-iterations': opts.maxIterations, tolerance: opts.tolerance } : {};
    return {
        algorithm: config.algorithm,
        label: config.label,
        features: summary.features.map((f) => f.name),
        ignore: [...(config.ignore ?? [])],
        ...penalty,
        ...iterations,
        'test-fraction': opts.testFraction,
        'max-categories': opts.maxCategories,
        seed: config.seed,
        rows: { train: summary.rows.train, test: summary.rows.test, 'skipped-no-label': summary.rows.skippedNoLabel },
        // The training rows' span, so compare-to-baseline can tell whether evaluation rows are older (leakage).
        ...(summary.timeRange ? { 'split-by': summary.timeRange.column, 'split-at': summary.timeRange.splitAt, 'time-range': { min: summary.timeRange.min, max: summary.timeRange.max } } : {}),
        data: { files: files.length, sha256: await sha256Files(files) },
    };
}


/***/ })

};
