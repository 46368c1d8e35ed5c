export const id = 549;
export const ids = [549];
export const modules = {

/***/ 75549:
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
 * named `capture-<start time>-<sequence>.jsonl` (`capture-<start time>-w<worker>-<sequence>.jsonl` with
 * several workers); the one being written ends in `.jsonl.part` and is
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
        this.partPath = (0,external_node_path_.join)(this.opts.dir, `capture-${this.stamp}-${this.opts.tag ? `${this.opts.tag}-` : ''}${String(this.seq).padStart(4, '0')}.jsonl.part`);
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

// EXTERNAL MODULE: ./.build/js/src/serve/tensors.js
var tensors = __webpack_require__(24055);
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
                throw new tensors/* RequestError */.GI(`model '${this.name}' has no version '${version}'; versions: ${this.variants.map((x) => x.version).join(', ')}`, 404, 'not_found');
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
    async load(ref, version, mode, weight, source) {
        const v = await this.loader(ref, version, source);
        if (this.variants.some((x) => x.version === v.version)) {
            v.retire();
            throw new tensors/* RequestError */.GI(`version '${v.version}' is already loaded; give another version`, 409, 'conflict');
        }
        const old = this.candidate;
        this.candidate = v;
        this.mode = mode;
        this.weight = mode === 'split' ? weight : 0;
        old?.retire();
    }
    setWeight(weight, mode) {
        if (!this.candidate)
            throw new tensors/* RequestError */.GI(`model '${this.name}' has no candidate; load one first`, 409, 'conflict');
        if (mode)
            this.mode = mode;
        this.weight = this.mode === 'split' ? weight : 0;
    }
    /** The candidate becomes stable; the old stable is kept as the rollback target. */
    promote() {
        if (!this.candidate)
            throw new tensors/* RequestError */.GI(`model '${this.name}' has no candidate to promote`, 409, 'conflict');
        const old = this.stable;
        this.stable = this.candidate;
        this.candidate = undefined;
        this.weight = 0;
        this.mode = 'split';
        this.previous = { ref: old.ref, version: old.version, source: old.source };
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
            throw new tensors/* RequestError */.GI(`model '${this.name}' has nothing to roll back to`, 409, 'conflict');
        const v = await this.loader(this.previous.ref, this.previous.version, this.previous.source);
        const old = this.stable;
        this.stable = v;
        this.previous = undefined;
        old.retire();
    }
    /** The rollback target of a restored state (a restarted worker of `serve --workers N`). */
    restorePrevious(previous) {
        this.previous = previous;
    }
    /** What reloads exactly each version of the state (see Variant.source). */
    sources() {
        return { stable: this.stable.source, candidate: this.candidate?.source, previous: this.previous?.source };
    }
    state() {
        return {
            name: this.name,
            stable: { ref: this.stable.ref, version: this.stable.version },
            candidate: this.candidate ? { ref: this.candidate.ref, version: this.candidate.version, mode: this.mode, weight: this.weight } : null,
            previous: this.previous ? { ref: this.previous.ref, version: this.previous.version } : null,
        };
    }
    /** Retires every variant (shutdown). */
    close() {
        for (const v of this.variants)
            v.retire();
    }
}

// EXTERNAL MODULE: ./.build/js/src/serve/log.js
var serve_log = __webpack_require__(37823);
// EXTERNAL MODULE: ./.build/js/src/serve/metrics.js
var serve_metrics = __webpack_require__(19044);
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
        throw new tensors/* RequestError */.GI('the admin API is off; start the server with an admin token to use it', 404, 'not_found');
    const auth = authorization ?? '';
    const given = auth.startsWith('Bearer ') ? auth.slice(7) : '';
    const h = (s) => (0,external_node_crypto_.createHash)('sha256').update(s).digest();
    if (!(0,external_node_crypto_.timingSafeEqual)(h(given), h(token)))
        throw new tensors/* RequestError */.GI('missing or wrong bearer token', 401, 'unauthorized');
}
/** Whether the action reads a JSON body. */
function takesBody(action) {
    return action === 'load' || action === 'weights';
}
/** `source`: what to load for `load` instead of the body's `model` (another worker's pinned version, see primary.ts). */
async function adminAction(d, action, json, source) {
    if (action === 'state')
        return d.state();
    if (!(0,tensors/* isObject */.Gv)(json))
        throw new tensors/* RequestError */.GI('the body must be a JSON object');
    const mode = json.mode;
    if (mode !== undefined && mode !== 'split' && mode !== 'shadow')
        throw new tensors/* RequestError */.GI(`"mode" must be "split" or "shadow"`);
    const weight = json.weight;
    if (weight !== undefined && (typeof weight !== 'number' || !(weight >= 0 && weight <= 1)))
        throw new tensors/* RequestError */.GI(`"weight" must be a number from 0 to 1 (the candidate's share of traffic)`);
    if (action === 'load') {
        if (typeof json.model !== 'string' || !json.model)
            throw new tensors/* RequestError */.GI(`"model" must be a model file path or reference`);
        if (json.version !== undefined && typeof json.version !== 'string')
            throw new tensors/* RequestError */.GI(`"version" must be a string`);
        try {
            await d.load(json.model, json.version, mode ?? 'split', weight ?? 0, source);
        }
        catch (e) {
            if (e instanceof tensors/* RequestError */.GI)
                throw e;
            throw new tensors/* RequestError */.GI(`cannot load '${json.model}': ${e.message}`, 400);
        }
    }
    else if (action === 'weights') {
        if (weight === undefined && mode === undefined)
            throw new tensors/* RequestError */.GI(`give "weight" (0..1) and/or "mode"`);
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
    else if ((0,tensors/* isObject */.Gv)(json)) {
        if (json.id !== undefined && typeof json.id !== 'string')
            throw new tensors/* RequestError */.GI(`"id" must be a string; got ${(0,tensors/* jsonKind */.ZC)(json.id)}`);
        id = json.id;
        records = json.rows;
    }
    if (!Array.isArray(records))
        throw new tensors/* RequestError */.GI(`the body must be an array of records ([{"column": value, ...}]) or {"rows": [...]}`);
    if (records.length === 0)
        throw new tensors/* RequestError */.GI(`no rows: give at least one record`);
    records.forEach((r, i) => {
        if (!(0,tensors/* isObject */.Gv)(r))
            throw new tensors/* RequestError */.GI(`row ${i} must be an object of column values; got ${(0,tensors/* jsonKind */.ZC)(r)}`);
        for (const [k, v] of Object.entries(r)) {
            if (v !== null && typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean')
                throw new tensors/* RequestError */.GI(`row ${i}, column '${k}': ${(0,tensors/* jsonKind */.ZC)(v)} is not a column value (use a string, number, boolean or null)`);
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
        throw new tensors/* RequestError */.GI(`malformed percent-encoding in the path: '${s}'`);
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
            ['GET', /^\/v2\/health\/ready$/, async () => (this.ready && (this.ctx.peers?.allReady() ?? true) ? { status: 200, body: { ready: true } } : { status: 503, body: { ready: false } })],
            ['GET', /^\/v2$/, async () => ({ status: 200, body: { name: 'modelgate', version: this.opts.serverVersion, extensions: [] } })],
            ['GET', new RegExp(`^/v2/models/${name}${v}$`), async (_r, _b, m) => ({ status: 200, body: this.modelMetadata(m[1], m[2]) })],
            ['GET', new RegExp(`^/v2/models/${name}${v}/ready$`), async (_r, _b, m) => this.modelReady(m[1], m[2])],
            ['POST', new RegExp(`^/v2/models/${name}${v}/infer$`), (r, b, m, c) => this.infer(r, b, m[1], m[2], c)],
            ['POST', new RegExp(`^/v2/models/${name}${v}/rows$`), (r, b, m, c) => this.rows(r, b, m[1], m[2], c)],
            ['GET', /^\/metrics$/, async () => ({ status: 200, body: this.ctx.peers ? (0,serve_metrics/* renderMetrics */.qF)((await this.ctx.peers.call('metrics'))) : this.ctx.metrics.render(), headers: { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' } })],
            ['GET', /^\/admin\/models$/, async (r) => this.authorized(r, () => ({ status: 200, body: { models: [this.ctx.deployment.name] } }))],
            ['GET', new RegExp(`^/admin/models/${name}$`), (r, b, m) => this.admin(r, m[1], 'state', b)],
            ['POST', new RegExp(`^/admin/models/${name}/(load|weights|promote|rollback)$`), (r, b, m) => this.admin(r, m[1], m[2], b)],
            ['GET', new RegExp(`^/admin/models/${name}/window$`), async (r, _b, m) => this.shared(r, m[1], 'window', () => this.ctx.window.snapshot())],
            ['POST', new RegExp(`^/admin/models/${name}/window/reset$`), async (r, _b, m) => this.shared(r, m[1], 'window-reset', () => this.ctx.window.reset())],
            ['GET', new RegExp(`^/admin/models/${name}/deploy-record$`), async (r, _b, m) => this.getRecord(r, m[1])],
            ['PUT', new RegExp(`^/admin/models/${name}/deploy-record$`), (r, b, m) => this.putRecord(r, b, m[1])],
            ['DELETE', new RegExp(`^/admin/models/${name}/deploy-record$`), async (r, _b, m) => this.shared(r, m[1], 'record-delete', () => (this.deployRecord = undefined), 204)],
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
            return new tensors/* RequestError */.GI(`no endpoint ${method} ${url}`, 404, 'not_found');
        return new tensors/* RequestError */.GI(`${url} takes ${other[0]}, not ${method}`, 405, 'method_not_allowed');
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
            if (e instanceof tensors/* RequestError */.GI) {
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
        if (route instanceof tensors/* RequestError */.GI)
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
            return Promise.reject(new tensors/* RequestError */.GI(`the request body (${declared} bytes) is larger than the limit of ${limit} bytes`, 413, 'too_large'));
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
                    reject(new tensors/* RequestError */.GI(`the request body is larger than the limit of ${limit} bytes`, 413, 'too_large'));
                    return;
                }
                chunks.push(c);
            });
            req.on('error', () => reject(new tensors/* RequestError */.GI('the request body could not be read', 400)));
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
                    reject(new tensors/* RequestError */.GI(`the request body is not valid JSON: ${e.message}`));
                }
            });
        });
    }
    checkName(name) {
        const d = this.ctx.deployment;
        if (name === d.name && !name.includes('%'))
            return;
        if (segment(name) !== d.name)
            throw new tensors/* RequestError */.GI(`model '${segment(name)}' not found; this server serves '${d.name}'`, 404, 'not_found');
    }
    variantFor(name, version) {
        this.checkName(name);
        const d = this.ctx.deployment;
        if (version === undefined)
            return d.stable;
        const v = d.variants.find((x) => x.version === segment(version));
        if (!v)
            throw new tensors/* RequestError */.GI(`model '${d.name}' has no version '${segment(version)}'; versions: ${d.variants.map((x) => x.version).join(', ')}`, 404, 'not_found');
        return v;
    }
    modelMetadata(name, version) {
        const v = this.variantFor(name, version);
        return {
            name: this.ctx.deployment.name,
            versions: this.ctx.deployment.variants.map((x) => x.version),
            platform: 'onnxruntime_onnx',
            inputs: v.model.inputs.map(tensors/* tensorMetadata */.zN),
            outputs: v.model.outputs.map(tensors/* tensorMetadata */.zN),
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
                if (!(e instanceof tensors/* RequestError */.GI) || e.status >= 500)
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
                    this.ctx.metrics.error(d.name, 'candidate', e instanceof tensors/* RequestError */.GI ? `shadow_${e.kind}` : 'shadow_internal');
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
        if ((0,tensors/* isObject */.Gv)(json) && typeof json.id === 'string' && !req.headers['x-request-id'])
            rc.requestId = json.id;
        let request;
        const r = await this.predict(req, name, version, rc, 'infer', (v) => {
            request = (0,tensors/* parseInferRequest */.lA)(json, v.model.inputs, v.model.outputs);
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
            text += (i ? ',' : '') + (0,tensors/* outputJson */.Wd)(want[i], r.out[want[i]]);
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
        if (!(0,tensors/* isObject */.Gv)(json))
            throw new tensors/* RequestError */.GI('the deploy record must be a JSON object');
        if (this.ctx.peers)
            await this.ctx.peers.call('record-put', json);
        else
            this.deployRecord = json;
        return { status: 200, body: json };
    }
    /** The deploy record: this server's, or with workers the one the primary keeps. */
    async getRecord(req, name) {
        checkBearer(req.headers.authorization, this.opts.adminToken);
        this.checkName(name);
        const record = this.ctx.peers ? (await this.ctx.peers.call('record-get')).record : this.deployRecord;
        return record === undefined ? { status: 404, body: { error: 'no deploy record' } } : { status: 200, body: record };
    }
    /** An admin read or change of what all workers share: through the primary with workers, else here. */
    async shared(req, name, op, here, status = 200) {
        checkBearer(req.headers.authorization, this.opts.adminToken);
        this.checkName(name);
        const body = this.ctx.peers ? await this.ctx.peers.call(op) : here();
        return { status, body: status === 204 ? '' : body };
    }
    /** What the primary of `serve --workers N` asks this worker (peers.ts): apply a change, report numbers. */
    async local(op, args) {
        if (op === 'metrics')
            return this.ctx.metrics.snapshot();
        if (op === 'window')
            return this.ctx.window.snapshot();
        if (op === 'window-reset')
            return this.ctx.window.reset();
        const { action, body, source } = args;
        const state = await adminAction(this.ctx.deployment, action, body, source);
        this.ctx.log.log('info', 'admin', { action, state });
        return { state, sources: this.ctx.deployment.sources() };
    }
    async admin(req, name, action, body) {
        checkBearer(req.headers.authorization, this.opts.adminToken);
        this.checkName(name);
        const json = takesBody(action) ? await body() : {};
        // With workers, a change goes through the primary, which applies it on every worker before answering.
        if (this.ctx.peers && action !== 'state')
            return { status: 200, body: await this.ctx.peers.call('admin', { action, body: json }) };
        const result = action === 'state' ? await adminAction(this.ctx.deployment, action, json) : (await this.local('admin', { action, body: json })).state;
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
    // The same repository at the manifest's digest: reloading it (a rollback, another worker) gets
    // this version even after the tag has moved.
    const pinned = `${ref.replace(/@[^/@]*$/, '').replace(/:[^/:@]*$/, '')}@${v.digest}`;
    return { ref, path: (0,external_node_path_.join)(dir, title), pinned, ...(v.version ? { version: v.version } : {}) };
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

class QueueFullError extends tensors/* RequestError */.GI {
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
    /**
     * What reloads exactly this version: the registry reference at its digest, or `ref` itself
     * (a file). Set by `load`.
     */
    source = '';
    /** Loads `source` (default: `ref`), shown as `ref`. */
    static async load(ort, ref, version, predict, batching, hooks, source = ref) {
        const src = await resolveModel(source);
        const model = await model_model/* Model */.Kx.load(ort, src.path, batching.threads || undefined);
        await warmUp(ort, model);
        const v = new Variant(ref, version ?? src.version ?? '1', model, ort, predict, batching, hooks);
        v.source = src.pinned ?? source;
        return v;
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
            throw new tensors/* RequestError */.GI(`onnxruntime rejected the input: ${e.message.split('\n')[0]}`);
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
                throw new tensors/* RequestError */.GI(e.message.replace(/^input 'features': /, 'features: '));
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

// EXTERNAL MODULE: ./.build/js/src/serve/window.js
var serve_window = __webpack_require__(85289);
;// CONCATENATED MODULE: ./.build/js/src/serve/index.js
/**
 * `modelgate serve`: builds the server from a parsed config. The CLI (src/cli/serve.ts) adds the
 * signal handling; tests call `startServe` with port 0.
 */









async function startServe(config, serverVersion, deps = {}) {
    const log = deps.log ?? (0,serve_log/* jsonLogger */.R)(config.logLevel);
    const plain = {
        info: (m) => log.log('info', m),
        warning: (m) => log.log('warn', m),
        error: (m) => log.log('error', m),
        debug: (m) => log.log('debug', m),
        group: async (name, fn) => fn(),
    };
    useRegistry(deps.cacheDir ?? defaultCacheDir());
    const ort = await (0,model_ort/* loadOnnxRuntime */.aD)(plain);
    const metrics = new serve_metrics/* Metrics */.K1();
    const predict = { features: config.features, ignore: config.ignore, scoreType: config.scoreType, threshold: config.threshold };
    const batching = { threads: config.threads, enabled: config.batching, maxRows: config.maxBatchRows, waitMs: config.batchWaitMs, queueLimit: config.queueLimit };
    let deployment;
    const loader = async (ref, version, source) => {
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
        v = await Variant.load(ort, ref, version, predict, batching, { onBatch: (rows) => metrics.batch(config.name, role(), rows) }, source);
        log.log('info', 'model loaded', { model: config.name, ref, version: v.version, inputs: v.model.inputs.map((i) => i.name), outputs: v.model.outputs.map((o) => o.name) });
        return v;
    };
    // A restarted worker starts from the state the admin API left the others in, not from the settings.
    // Each version is loaded from its pinned source (a registry tag may have moved since).
    const restore = deps.worker?.state ?? undefined;
    const state = restore?.state;
    const stable = await loader(state?.stable.ref ?? config.model, state ? state.stable.version : config.version, restore?.sources.stable);
    deployment = new Deployment(config.name, stable, loader, deps.random);
    if (restore && state) {
        if (state.candidate)
            await deployment.load(state.candidate.ref, state.candidate.version, state.candidate.mode, state.candidate.weight, restore.sources.candidate);
        deployment.restorePrevious(state.previous ? { ...state.previous, source: restore.sources.previous ?? state.previous.ref } : undefined);
    }
    else if (config.candidate)
        await deployment.load(config.candidate, config.candidateVersion, config.candidateMode, config.candidateWeight);
    const d = deployment;
    // With `reference` set (a KServe predictor: the registry reference its files came from), the
    // model loaded at start from the settings is labelled with it, so Prometheus tells revisions apart.
    if (config.reference && !restore)
        metrics.setReferenceSource((role) => (role === 'stable' && d.stable === stable ? config.reference : undefined));
    metrics.setGaugeSource(() => d.variants.map((v) => ({ model: d.name, variant: v === d.stable ? 'stable' : 'candidate', version: v.version, depth: v.queueDepth, inflight: v.inflight })));
    const capture = config.captureDir ? new Capture({ dir: config.captureDir, sample: config.captureSample, maxBytes: config.captureMaxBytes, random: deps.random, tag: deps.worker ? `w${deps.worker.slot}` : undefined }) : undefined;
    const server = new ModelServer({
        host: config.host,
        port: config.port,
        bodyLimit: config.bodyLimit,
        requestTimeoutMs: config.requestTimeoutMs,
        shutdownTimeoutMs: config.shutdownTimeoutMs,
        adminToken: config.adminToken,
        stickyHeader: config.stickyHeader,
        serverVersion,
    }, { deployment, metrics, capture, log, window: new serve_window/* ObservationWindow */.jX(), peers: deps.worker?.link });
    deps.worker?.link.serve((op, args) => server.local(op, args));
    await server.listen();
    return server;
}


/***/ })

};
