export const id = 939;
export const ids = [939];
export const modules = {

/***/ 939:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./.build/js/src/errors.js
var errors = __webpack_require__(4522);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./.build/js/src/registry/oci.js
/**
 * OCI image-spec 1.1 shapes and digests: descriptors, image manifests, image indexes, the media
 * types modelgate uses, and sha256 over bytes and over files (streamed, never a whole file in memory).
 */


const oci_MEDIA = {
    manifest: 'application/vnd.oci.image.manifest.v1+json',
    index: 'application/vnd.oci.image.index.v1+json',
    empty: 'application/vnd.oci.empty.v1+json',
    /** artifactType of a model version. */
    model: 'application/vnd.modelgate.model.v1',
    modelConfig: 'application/vnd.modelgate.model.config.v1+json',
    /** A model file, stored unchanged (ORAS pulls it under its title). */
    modelFile: 'application/vnd.modelgate.model.file.v1',
    evaluation: 'application/vnd.modelgate.evaluation.v1+json',
    /** deploy's deployment.json, the layer of a deployment event. */
    deployment: 'application/vnd.modelgate.deployment.v1+json',
    /** The evaluation's per-row predictions (what paired comparisons read). */
    predictions: 'application/vnd.modelgate.predictions.v1+csv',
    trainManifest: 'application/vnd.modelgate.train-manifest.v1+json',
    dataReport: 'application/vnd.modelgate.data-report.v1+json',
    profile: 'application/vnd.modelgate.profile.v1+json',
    /** The data schema of validate-data (YAML or JSON, stored as given): what monitor checks production rows against. */
    schema: 'application/vnd.modelgate.schema.v1',
    /** monitor's monitor-report.json, the layer of a monitor event. */
    monitorReport: 'application/vnd.modelgate.monitor-report.v1+json',
    card: 'text/markdown',
    /** artifactType of a history event (status, alias move, evaluation) whose subject is a version. */
    event: 'application/vnd.modelgate.event.v1+json',
    /** artifactType of the lock tags' manifest (see lock.ts). */
    lock: 'application/vnd.modelgate.lock.v1',
};
const oci_ANN = {
    title: 'org.opencontainers.image.title',
    created: 'org.opencontainers.image.created',
    version: 'org.opencontainers.image.version',
    revision: 'org.opencontainers.image.revision',
    source: 'org.opencontainers.image.source',
    description: 'org.opencontainers.image.description',
    refName: 'org.opencontainers.image.ref.name',
};
/** The empty JSON blob `{}` of image-spec 1.1, used as the config of artifacts that need none. */
const EMPTY_BYTES = Buffer.from('{}');
const EMPTY = { mediaType: oci_MEDIA.empty, digest: sha256(EMPTY_BYTES), size: 2, data: EMPTY_BYTES.toString('base64') };
const DIGEST = /^sha256:[a-f0-9]{64}$/;
/** Tag grammar of the distribution spec. */
const TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
function isDigest(s) {
    return DIGEST.test(s);
}
function isTag(s) {
    return TAG.test(s);
}
function sha256(bytes) {
    return 'sha256:' + (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
}
function hex(digest) {
    return digest.slice('sha256:'.length);
}
/** sha256 and size of a file, streamed. */
async function fileDigest(path) {
    const h = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    for await (const chunk of (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1 << 20 })) {
        h.update(chunk);
        size += chunk.length;
    }
    return { digest: 'sha256:' + h.digest('hex'), size };
}
/**
 * Canonical bytes of a manifest or any JSON document we store: JSON.stringify with keys in the
 * order the object was built, no whitespace. The same inputs build the same object, so the same bytes.
 */
function jsonBytes(value) {
    return Buffer.from(JSON.stringify(value));
}
/** The descriptor of bytes we are about to store. */
function describe(mediaType, bytes, annotations) {
    return { mediaType, digest: sha256(bytes), size: bytes.length, ...(annotations ? { annotations } : {}) };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./.build/js/src/lib/files.js
var files = __webpack_require__(1938);
;// CONCATENATED MODULE: ./.build/js/src/registry/layout.js
/**
 * An OCI image layout folder (image-spec 1.1, image-layout.md): `oci-layout`, `index.json` and
 * `blobs/sha256/<hex>`. Blobs are written under a temp name, verified and renamed, so a reader never
 * sees half a blob; `index.json` is rewritten whole under a lock file and renamed into place, so a
 * tag is either there or not. Tags are index entries annotated `org.opencontainers.image.ref.name`,
 * which is how skopeo and ORAS read them (`oci:<dir>:<tag>`).
 */









const LOCK_STALE_MS = 30_000;
const LOCK_WAIT_MS = 120_000;
let tmpCounter = 0;
const tmpName = (path) => `${path}.${process.pid}.${Date.now()}.${tmpCounter++}.tmp`;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Copies a stream to `dest` through a temp file, checking size and sha256 before the rename. */
async function streamVerified(source, dest, expect, what) {
    (0,files/* makeDirs */.X2)((0,external_node_path_.dirname)(dest));
    const tmp = tmpName(dest);
    const h = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    const tap = new external_node_stream_.Transform({
        transform(chunk, _enc, cb) {
            h.update(chunk);
            size += chunk.length;
            cb(null, chunk);
        },
    });
    try {
        await (0,external_node_stream_promises_.pipeline)(source, tap, (0,external_node_fs_.createWriteStream)(tmp));
        const got = 'sha256:' + h.digest('hex');
        if (got !== expect.digest || size !== expect.size) {
            throw new errors/* ServiceError */._7(`${what} ${expect.digest}: content does not match its digest (got ${got}, ${size} bytes, expected ${expect.size}); refusing it`);
        }
        (0,external_node_fs_.renameSync)(tmp, dest);
    }
    catch (e) {
        (0,external_node_fs_.rmSync)(tmp, { force: true });
        throw e;
    }
}
function verifyBytes(bytes, digest, what) {
    const got = sha256(bytes);
    if (got !== digest)
        throw new errors/* ServiceError */._7(`${what} ${digest}: content does not match its digest (got ${got}); refusing it`);
    return bytes;
}
class LayoutBackend {
    dir;
    location;
    constructor(dir) {
        this.dir = dir;
        this.location = `oci-layout://${dir}`;
    }
    blobPath(digest) {
        if (!isDigest(digest))
            throw new errors/* DataError */.fL(`${this.location}: not a sha256 digest: ${digest}`);
        return (0,external_node_path_.join)(this.dir, 'blobs', 'sha256', hex(digest));
    }
    init() {
        if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(this.dir, 'oci-layout'))) {
            try {
                (0,files/* makeDirs */.X2)((0,external_node_path_.join)(this.dir, 'blobs', 'sha256'));
            }
            catch (e) {
                throw (0,files/* outputError */.cw)(e, this.dir);
            }
            (0,files/* writeFileAtomic */.Zf)((0,external_node_path_.join)(this.dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
        }
        if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(this.dir, 'index.json'))) {
            // `wx`: two processes initialising at once both end with the same empty index.
            try {
                (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(this.dir, 'index.json'), JSON.stringify({ schemaVersion: 2, mediaType: oci_MEDIA.index, manifests: [] }), { flag: 'wx' });
            }
            catch (e) {
                if (e.code !== 'EEXIST')
                    throw e;
            }
        }
    }
    readIndex() {
        const path = (0,external_node_path_.join)(this.dir, 'index.json');
        if (!(0,external_node_fs_.existsSync)(path))
            return { schemaVersion: 2, mediaType: oci_MEDIA.index, manifests: [] };
        try {
            const idx = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
            if (!Array.isArray(idx.manifests))
                throw new Error('no manifests array');
            return idx;
        }
        catch (e) {
            throw new errors/* DataError */.fL(`${path}: not an OCI image index: ${e.message}`, path);
        }
    }
    /** Runs `fn` holding `index.json.lock` (created exclusively; taken over when older than 30 s). */
    async withIndexLock(fn) {
        const lock = (0,external_node_path_.join)(this.dir, 'index.json.lock');
        const deadline = Date.now() + LOCK_WAIT_MS;
        for (let attempt = 0;; attempt++) {
            try {
                const fh = await (0,promises_.open)(lock, 'wx');
                await fh.writeFile(`${process.pid}\n`);
                await fh.close();
                break;
            }
            catch (e) {
                if (e.code !== 'EEXIST')
                    throw e;
                const age = await (0,promises_.stat)(lock).then((s) => Date.now() - s.mtimeMs, () => 0);
                if (age > LOCK_STALE_MS)
                    await (0,promises_.rm)(lock, { force: true });
                if (Date.now() > deadline)
                    throw new errors/* ServiceError */._7(`${lock}: held for more than ${LOCK_WAIT_MS / 1000} s; remove it if no modelgate process is running`);
                await sleep(2 + Math.random() * Math.min(50, 2 * attempt));
            }
        }
        try {
            return fn();
        }
        finally {
            (0,external_node_fs_.rmSync)(lock, { force: true });
        }
    }
    async hasBlob(digest) {
        return (0,external_node_fs_.existsSync)(this.blobPath(digest));
    }
    async putBlob(src) {
        this.init();
        const dest = this.blobPath(src.digest);
        if ((0,external_node_fs_.existsSync)(dest) && (0,external_node_fs_.statSync)(dest).size === src.size)
            return { uploaded: 0, mounted: false };
        if (src.bytes) {
            verifyBytes(Buffer.from(src.bytes), src.digest, 'blob');
            (0,files/* writeFileAtomic */.Zf)(dest, src.bytes);
        }
        else if (src.path) {
            await streamVerified((0,external_node_fs_.createReadStream)(src.path, { highWaterMark: 1 << 20 }), dest, src, `blob (from ${src.path})`);
        }
        else
            throw new Error('putBlob: neither bytes nor path');
        return { uploaded: src.size, mounted: false };
    }
    async getBlob(desc) {
        const path = this.blobPath(desc.digest);
        if (!(0,external_node_fs_.existsSync)(path))
            throw new errors/* ServiceError */._7(`${this.location}: blob ${desc.digest} is missing`);
        return verifyBytes(await (0,promises_.readFile)(path), desc.digest, `${this.location}: blob`);
    }
    async blobToFile(desc, path) {
        const src = this.blobPath(desc.digest);
        if (!(0,external_node_fs_.existsSync)(src))
            throw new errors/* ServiceError */._7(`${this.location}: blob ${desc.digest} is missing`);
        await streamVerified((0,external_node_fs_.createReadStream)(src, { highWaterMark: 1 << 20 }), path, desc, `${this.location}: blob`);
    }
    async putManifest(bytes, mediaType, tag) {
        const digest = sha256(bytes);
        await this.putBlob({ digest, size: bytes.length, bytes });
        if (tag) {
            const parsed = JSON.parse(bytes.toString('utf8'));
            const entry = { mediaType, digest, size: bytes.length, ...(parsed.artifactType ? { artifactType: parsed.artifactType } : {}), annotations: { [oci_ANN.refName]: tag } };
            await this.withIndexLock(() => {
                const idx = this.readIndex();
                idx.manifests = idx.manifests.filter((m) => m.annotations?.[oci_ANN.refName] !== tag);
                idx.manifests.push(entry);
                (0,files/* writeFileAtomic */.Zf)((0,external_node_path_.join)(this.dir, 'index.json'), JSON.stringify(idx));
            });
        }
        return digest;
    }
    async getManifest(ref) {
        let desc;
        if (isDigest(ref)) {
            if (!(0,external_node_fs_.existsSync)(this.blobPath(ref)))
                return undefined;
            desc = { digest: ref, mediaType: '' };
        }
        else {
            desc = this.readIndex().manifests.find((m) => m.annotations?.[oci_ANN.refName] === ref);
            if (!desc)
                return undefined;
        }
        const bytes = verifyBytes(await (0,promises_.readFile)(this.blobPath(desc.digest)), desc.digest, `${this.location}: manifest`);
        const mediaType = desc.mediaType || JSON.parse(bytes.toString('utf8')).mediaType || oci_MEDIA.manifest;
        return { bytes, digest: desc.digest, mediaType };
    }
    async deleteTags(tags) {
        const drop = new Set(tags);
        if (!drop.size)
            return;
        await this.withIndexLock(() => {
            const idx = this.readIndex();
            idx.manifests = idx.manifests.filter((m) => !drop.has(m.annotations?.[oci_ANN.refName] ?? ''));
            (0,files/* writeFileAtomic */.Zf)((0,external_node_path_.join)(this.dir, 'index.json'), JSON.stringify(idx));
        });
    }
    async listTags() {
        return this.readIndex()
            .manifests.map((m) => m.annotations?.[oci_ANN.refName])
            .filter((t) => !!t);
    }
}

;// CONCATENATED MODULE: ./.build/js/src/registry/auth.js
/**
 * Registry authentication as Docker and ORAS do it: send the request, and on a 401 read the
 * WWW-Authenticate challenge. `Basic` means send the username and password; `Bearer
 * realm=..,service=..,scope=..` (ghcr.io, Docker Hub, distribution's `auth: token`) means ask the
 * realm for a token for that scope (with the credentials as Basic, or anonymously) and send it.
 * Tokens are kept per scope set and asked again when a challenge names a scope we do not hold.
 */

/** Parses `Bearer realm="https://a/token",service="reg",scope="repository:x:pull"` (quoted or bare values). */
function parseChallenge(header) {
    const m = /^\s*([A-Za-z]+)\s*(.*)$/.exec(header);
    if (!m)
        return undefined;
    const params = {};
    const re = /([A-Za-z_]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))\s*,?\s*/g;
    for (const p of m[2].matchAll(re))
        params[p[1].toLowerCase()] = p[2] !== undefined ? p[2].replace(/\\(.)/g, '$1') : p[3];
    return { scheme: m[1].toLowerCase(), params };
}
class Auth {
    creds;
    fetchFn;
    allowPlainRealm;
    header;
    scopes = new Set();
    heldScopes = new Set();
    inflight;
    constructor(creds, fetchFn, allowPlainRealm) {
        this.creds = creds;
        this.fetchFn = fetchFn;
        this.allowPlainRealm = allowPlainRealm;
    }
    get password() {
        return this.creds.token ?? this.creds.password;
    }
    basic() {
        const pw = this.password;
        if (pw === undefined)
            return undefined;
        const user = this.creds.username ?? 'modelgate';
        return 'Basic ' + Buffer.from(`${user}:${pw}`).toString('base64');
    }
    /** The Authorization header to send now, if any. */
    current() {
        return this.header;
    }
    /**
     * Answers a 401. Returns true when there is a new Authorization header worth retrying with,
     * false when there is nothing more to try (then the 401 is the user's to fix).
     */
    async answer(wwwAuthenticate, context, sent) {
        // One token request at a time; a request that was refused with an older header retries with the new one.
        while (this.inflight)
            await this.inflight.catch(() => undefined);
        if (this.header !== undefined && this.header !== sent)
            return true;
        const ch = wwwAuthenticate ? parseChallenge(wwwAuthenticate) : undefined;
        if (!ch)
            return false;
        if (ch.scheme === 'basic') {
            const b = this.basic();
            if (!b || this.header === b)
                return false;
            this.header = b;
            return true;
        }
        if (ch.scheme !== 'bearer' || !ch.params.realm)
            return false;
        const wanted = (ch.params.scope ?? '').split(' ').filter(Boolean);
        // The token we hold was made for these scopes and was still refused: the credentials lack the right.
        if (this.header?.startsWith('Bearer ') && wanted.every((s) => this.heldScopes.has(s)))
            return false;
        for (const s of wanted)
            this.scopes.add(s);
        this.inflight = this.fetchToken(ch, context);
        try {
            await this.inflight;
        }
        finally {
            this.inflight = undefined;
        }
        return true;
    }
    async fetchToken(ch, context) {
        const realm = new URL(ch.params.realm);
        if (realm.protocol !== 'https:' && !this.allowPlainRealm(realm)) {
            throw new errors/* ServiceError */._7(`${context}: the token realm ${realm.origin} is not HTTPS; refusing to send credentials to it (set insecure: true for a test registry)`);
        }
        const scopes = new Set(this.scopes);
        if (ch.params.service)
            realm.searchParams.set('service', ch.params.service);
        for (const s of scopes)
            realm.searchParams.append('scope', s);
        const headers = {};
        const b = this.basic();
        if (b)
            headers.authorization = b;
        const res = await this.fetchFn(realm, { headers });
        if (!res.ok) {
            await res.body?.cancel();
            throw new errors/* ServiceError */._7(`${context}: the token service ${realm.origin}${realm.pathname} answered ${res.status}${res.status === 401 || res.status === 403 ? ': check username/password or token' : ''}`);
        }
        const body = (await res.json());
        const token = body.token ?? body.access_token;
        if (!token)
            throw new errors/* ServiceError */._7(`${context}: the token service ${realm.origin}${realm.pathname} returned no token`);
        this.header = `Bearer ${token}`;
        this.heldScopes = scopes;
    }
}

;// CONCATENATED MODULE: ./.build/js/src/registry/remote.js
/**
 * An OCI distribution registry over Node's fetch (distribution-spec 1.1): blobs are uploaded after
 * a HEAD says they are missing, monolithically (POST then PUT with the body) or in chunks (PATCH
 * with Content-Range, then PUT), always streamed from disk; cross-repository mount; manifests;
 * paginated tags; the referrers API when the registry has one. 5xx, 429 and dropped connections
 * are retried with backoff; 401 goes through the challenge flow in auth.ts. Plain HTTP only for
 * loopback hosts (as Docker does) or with `insecure`.
 */






const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);
const isLoopback = (host) => {
    const name = host.replace(/:\d+$/, '');
    return LOOPBACK.has(name) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name);
};
const remote_sleep = (ms) => new Promise((r) => setTimeout(r, ms));
class RemoteBackend {
    host;
    repository;
    location;
    base;
    auth;
    fetchFn;
    chunkSize;
    attempts;
    tagPageSize;
    /** Counters for tests and benchmarks. */
    stats = { requests: 0, bytesSent: 0 };
    constructor(host, repository, opts = {}) {
        this.host = host;
        this.repository = repository;
        const plain = opts.insecure || isLoopback(host);
        this.base = `${plain ? 'http' : 'https'}://${host}/v2/${repository}`;
        this.location = `oci://${host}/${repository}`;
        this.fetchFn = opts.fetch ?? fetch;
        this.chunkSize = opts.chunkSize ?? 16 << 20;
        this.attempts = opts.attempts ?? 4;
        this.tagPageSize = opts.tagPageSize ?? 1000;
        this.auth = new Auth(opts.credentials ?? {}, this.fetchFn, (u) => !!opts.insecure || isLoopback(u.host));
    }
    async send(req) {
        const what = `${req.method} ${this.location}${String(req.url).startsWith(this.base) ? String(req.url).slice(this.base.length) : ''}`;
        let challenged = 0;
        for (let attempt = 1;; attempt++) {
            const headers = { ...req.headers };
            const authz = this.auth.current();
            if (authz)
                headers.authorization = authz;
            let res;
            try {
                this.stats.requests++;
                const body = req.body?.();
                res = await this.fetchFn(req.url, { method: req.method, headers, body, redirect: 'follow', ...(body ? { duplex: 'half' } : {}) });
            }
            catch (e) {
                if (attempt < this.attempts) {
                    await remote_sleep(100 * 2 ** attempt);
                    continue;
                }
                throw new errors/* ServiceError */._7(`${what}: ${e.cause?.message ?? e.message}`);
            }
            if (res.status === 401 && challenged < 2 && (await this.auth.answer(res.headers.get('www-authenticate'), what, authz))) {
                await res.body?.cancel();
                challenged++;
                attempt--;
                continue;
            }
            if (req.ok.includes(res.status))
                return res;
            if ((res.status >= 500 || res.status === 429) && attempt < this.attempts) {
                await res.body?.cancel();
                const after = Number(res.headers.get('retry-after'));
                await remote_sleep(Number.isFinite(after) && after > 0 ? Math.min(after, 10) * 1000 : 100 * 2 ** attempt);
                continue;
            }
            throw Object.assign(new errors/* ServiceError */._7(`${what}: ${res.status} ${await errorText(res)}`), { status: res.status });
        }
    }
    url(path, query) {
        const u = new URL(this.base + path);
        for (const [k, v] of Object.entries(query ?? {}))
            u.searchParams.set(k, v);
        return u;
    }
    /** Upload session URLs come back relative or absolute, with state in the query. */
    location_(res) {
        const loc = res.headers.get('location');
        if (!loc)
            throw new errors/* ServiceError */._7(`${this.location}: upload answered without a Location header`);
        return new URL(loc, this.base);
    }
    async hasBlob(digest) {
        const res = await this.send({ method: 'HEAD', url: this.url(`/blobs/${digest}`), ok: [200, 404] });
        return res.status === 200;
    }
    async putBlob(src, opts = {}) {
        let present = false;
        try {
            present = await this.hasBlob(src.digest);
        }
        catch (e) {
            // A registry that keeps answering the existence check with a server error (distribution after
            // a crash mid-upload, on a blob it half wrote) can still take the upload, whose digest it
            // verifies: upload rather than give up.
            if (!(e.status >= 500))
                throw e;
        }
        if (present)
            return { uploaded: 0, mounted: false };
        let session;
        if (opts.mountFrom) {
            const res = await this.send({ method: 'POST', url: this.url('/blobs/uploads/', { mount: src.digest, from: opts.mountFrom }), headers: { 'content-length': '0' }, ok: [201, 202] });
            await res.body?.cancel();
            if (res.status === 201)
                return { uploaded: 0, mounted: true };
            session = this.location_(res);
        }
        else {
            const res = await this.send({ method: 'POST', url: this.url('/blobs/uploads/'), headers: { 'content-length': '0' }, ok: [202] });
            await res.body?.cancel();
            session = this.location_(res);
        }
        const body = (start, end) => {
            if (src.bytes)
                return () => Buffer.from(src.bytes.subarray(start, end));
            // An empty blob is an empty body; a file range is streamed, never read whole.
            if (end === start)
                return () => Buffer.alloc(0);
            // A Node stream is an async iterable, which fetch sends as it reads (no web-stream conversion).
            return () => (0,external_node_fs_.createReadStream)(src.path, { start, end: end - 1, highWaterMark: 1 << 20 });
        };
        if (src.size > this.chunkSize) {
            for (let start = 0; start < src.size; start += this.chunkSize) {
                const end = Math.min(src.size, start + this.chunkSize);
                const res = await this.send({
                    method: 'PATCH',
                    url: session,
                    headers: { 'content-type': 'application/octet-stream', 'content-length': String(end - start), 'content-range': `${start}-${end - 1}` },
                    body: body(start, end),
                    ok: [202],
                });
                await res.body?.cancel();
                this.stats.bytesSent += end - start;
                session = this.location_(res);
            }
            session.searchParams.set('digest', src.digest);
            const res = await this.send({ method: 'PUT', url: session, headers: { 'content-length': '0' }, ok: [201] });
            await res.body?.cancel();
        }
        else {
            session.searchParams.set('digest', src.digest);
            const res = await this.send({
                method: 'PUT',
                url: session,
                headers: { 'content-type': 'application/octet-stream', 'content-length': String(src.size) },
                body: body(0, src.size),
                ok: [201],
            });
            await res.body?.cancel();
            this.stats.bytesSent += src.size;
        }
        return { uploaded: src.size, mounted: false };
    }
    async getBlobResponse(digest) {
        const res = await this.send({ method: 'GET', url: this.url(`/blobs/${digest}`), ok: [200, 404] });
        if (res.status === 404) {
            await res.body?.cancel();
            throw new errors/* ServiceError */._7(`${this.location}: blob ${digest} is missing`);
        }
        return res;
    }
    async getBlob(desc) {
        if (desc.size > 64 << 20)
            throw new Error(`getBlob: ${desc.digest} is ${desc.size} bytes; stream it with blobToFile`);
        const res = await this.getBlobResponse(desc.digest);
        return verifyBytes(Buffer.from(await res.arrayBuffer()), desc.digest, `${this.location}: blob`);
    }
    async blobToFile(desc, path) {
        const res = await this.getBlobResponse(desc.digest);
        await streamVerified(external_node_stream_.Readable.fromWeb(res.body), path, desc, `${this.location}: blob`);
    }
    async putManifest(bytes, mediaType, tag) {
        const digest = sha256(bytes);
        let res;
        for (let attempt = 1;; attempt++) {
            // distribution 2.8 answers DIGEST_INVALID when two clients PUT the same manifest at once
            // (both write its blob); the bytes are ours and verified, so sending them again is safe.
            res = await this.send({ method: 'PUT', url: this.url(`/manifests/${tag ?? digest}`), headers: { 'content-type': mediaType }, body: () => Buffer.from(bytes), ok: attempt < 4 ? [201, 400] : [201] });
            if (res.status === 201)
                break;
            const text = await res.text();
            if (!text.includes('DIGEST_INVALID'))
                throw new errors/* ServiceError */._7(`PUT ${this.location}/manifests/${tag ?? digest}: 400 ${text.slice(0, 200)}`);
            await remote_sleep(50 * attempt * (0.5 + Math.random()));
        }
        await res.body?.cancel();
        const said = res.headers.get('docker-content-digest');
        if (said && said !== digest)
            throw new errors/* ServiceError */._7(`${this.location}: the registry stored manifest ${tag ?? digest} as ${said}, not ${digest}`);
        return digest;
    }
    async getManifest(ref) {
        const res = await this.send({ method: 'GET', url: this.url(`/manifests/${ref}`), headers: { accept: `${oci_MEDIA.manifest}, ${oci_MEDIA.index}` }, ok: [200, 404] });
        if (res.status === 404) {
            await res.body?.cancel();
            return undefined;
        }
        const bytes = Buffer.from(await res.arrayBuffer());
        const said = res.headers.get('docker-content-digest');
        const digest = isDigest(ref) ? ref : (said ?? sha256(bytes));
        verifyBytes(bytes, digest, `${this.location}: manifest ${isDigest(ref) ? '' : ref + ' '}`.trimEnd());
        return { bytes, digest, mediaType: res.headers.get('content-type')?.split(';')[0] ?? oci_MEDIA.manifest };
    }
    async deleteManifest(digest) {
        // 202 deleted; 405 (distribution without storage.delete), 404 or 400 mean it cannot be.
        const res = await this.send({ method: 'DELETE', url: this.url(`/manifests/${digest}`), ok: [202, 200, 400, 404, 405] });
        await res.body?.cancel();
        return res.status === 202 || res.status === 200;
    }
    async listTags() {
        const tags = [];
        let next = this.url('/tags/list', { n: String(this.tagPageSize) });
        for (let page = 0; next && page < 10_000; page++) {
            const res = await this.send({ method: 'GET', url: next, ok: [200, 404] });
            if (res.status === 404) {
                await res.body?.cancel();
                return tags;
            }
            const body = (await res.json());
            tags.push(...(body.tags ?? []));
            // Link: </v2/<name>/tags/list?n=1000&last=x>; rel="next"
            const link = /<([^>]+)>\s*;\s*rel="?next"?/.exec(res.headers.get('link') ?? '');
            next = link ? new URL(link[1], this.base) : undefined;
        }
        return tags;
    }
    async referrersApi(digest) {
        const res = await this.send({ method: 'GET', url: this.url(`/referrers/${digest}`), headers: { accept: oci_MEDIA.index }, ok: [200, 404, 400, 405] });
        if (res.status !== 200 || !(res.headers.get('content-type') ?? '').startsWith(oci_MEDIA.index)) {
            await res.body?.cancel();
            return undefined;
        }
        return (await res.json()).manifests ?? [];
    }
}
async function errorText(res) {
    const text = await res.text().catch(() => '');
    try {
        const e = JSON.parse(text).errors?.[0];
        if (e)
            return `${e.code ?? ''} ${e.message ?? ''}`.trim();
    }
    catch {
        // not JSON
    }
    return text.slice(0, 200).replace(/\s+/g, ' ') || res.statusText;
}

;// CONCATENATED MODULE: ./.build/js/src/registry/reference.js
/**
 * Registry references: `oci-layout://<dir>[:<tag>|@<digest>]` (an OCI image layout folder) and
 * `oci://<host>[:port]/<repository>[:<tag>|@<digest>]` (a distribution registry). A `registry`
 * input names the place without the model; the model's `name` is appended as the last path
 * segment (`oci-layout://models` + `churn` = `oci-layout://models/churn`, one layout per model).
 */




const REPO = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
/** Parses a reference; `input` names the input in error messages. */
function reference_parseReference(ref, input = 'registry') {
    const m = /^(oci-layout|oci):\/\/(.+)$/.exec(ref.trim());
    if (!m)
        throw new errors/* ConfigurationError */.j1(`input '${input}': '${ref}' is not a registry reference; use oci-layout://<dir> or oci://<host>/<repository>`);
    let rest = m[2];
    let digest;
    let tag;
    const at = rest.lastIndexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!isDigest(digest))
            throw new errors/* ConfigurationError */.j1(`input '${input}': '${digest}' is not a sha256 digest (sha256:<64 hex>)`);
    }
    const slash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    // A colon after the last slash starts the tag, except host:port with no repository path after it.
    if (colon > slash && !(m[1] === 'oci' && slash < 0)) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!isTag(tag))
            throw new errors/* ConfigurationError */.j1(`input '${input}': '${tag}' is not a valid tag`);
    }
    rest = rest.replace(/\/+$/, '');
    if (m[1] === 'oci-layout')
        return { kind: 'layout', path: rest, tag, digest };
    const first = rest.indexOf('/');
    const host = first < 0 ? rest : rest.slice(0, first);
    const repository = first < 0 ? '' : rest.slice(first + 1);
    if (!host)
        throw new errors/* ConfigurationError */.j1(`input '${input}': '${ref}' has no host`);
    if (repository && !REPO.test(repository))
        throw new errors/* ConfigurationError */.j1(`input '${input}': '${repository}' is not a valid repository name (lowercase letters, digits, . _ - and /)`);
    return { kind: 'remote', path: rest, host, repository, tag, digest };
}
/** `registry` + `name` -> the reference of the model's repository. */
function modelReference(registry, name) {
    const r = reference_parseReference(registry);
    if (r.tag || r.digest)
        throw new errors/* ConfigurationError */.j1(`input 'registry': '${registry}' names a version; give the registry only and the model as 'name'`);
    if (!name)
        return r;
    if (!REPO.test(name))
        throw new errors/* ConfigurationError */.j1(`input 'name': '${name}' must be lowercase letters, digits and . _ - (a repository name)`);
    return reference_parseReference(`${r.kind === 'layout' ? 'oci-layout' : 'oci'}://${r.path ? r.path + '/' : ''}${name}`);
}
function reference_openBackend(ref, conn = {}) {
    if (ref.kind === 'layout')
        return new LayoutBackend(ref.path);
    if (!ref.repository)
        throw new errors/* ConfigurationError */.j1(`'oci://${ref.path}' names no repository; use oci://<host>/<repository>`);
    return new RemoteBackend(ref.host, ref.repository, { credentials: conn.credentials, insecure: conn.insecure });
}
function formatReference(backend, at) {
    return at.digest ? `${backend.location}@${at.digest}` : `${backend.location}:${at.tag}`;
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(2210);
;// CONCATENATED MODULE: ./.build/js/src/schemas/data-report.schema.json
const data_report_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://modelgate.dev/schemas/data-report.schema.json","title":"modelgate data-report.json","description":"What validate-data found: rows, column summaries, violations, drift.","type":"object","required":["kind","schemaVersion","passed","rows","columns","violations","drift"],"properties":{"kind":{"const":"data-report"},"schemaVersion":{"const":1},"passed":{"type":"boolean"},"failOn":{"enum":["any","violations","drift","never"]},"sources":{"type":"array","items":{"type":"string"}},"format":{"enum":["csv","tsv","jsonl","parquet","profile"]},"shard":{"type":["string","null"]},"schema":{"type":["string","null"]},"rows":{"type":"integer","minimum":0},"columns":{"type":"array","items":{"type":"object","required":["name","type","count","nulls","distinct","min","max","mean","std","quantiles","topValues"],"properties":{"name":{"type":"string"},"type":{"enum":["integer","number","boolean","string","date","date-time","empty"]},"count":{"type":"integer","minimum":0},"nulls":{"type":"integer","minimum":0},"distinct":{"type":"integer","minimum":0},"distinctExact":{"type":"boolean"},"min":{"type":["number","null"]},"max":{"type":["number","null"]},"mean":{"type":["number","null"]},"std":{"type":["number","null"]},"quantiles":{"type":["object","null"],"additionalProperties":{"type":"number"}},"histogram":{"type":["object","null"],"required":["edges","counts"],"properties":{"edges":{"type":"array","items":{"type":"number"}},"counts":{"type":"array","items":{"type":"number"}}}},"topValues":{"type":"array","items":{"type":"object","required":["value","count"],"properties":{"value":{"type":["string","number"]},"count":{"type":"number","description":"exact, or with estimated: an upper bound (the true count is in [count - error, count])"},"error":{"type":"number","minimum":0},"estimated":{"const":true}}}},"time":{"description":"date and date-time columns: extremes (ISO 8601) and counts per period from the first value\'s to the last\'s, empty periods included","type":"object","required":["min","max","zone","unit","periods"],"properties":{"min":{"type":"string"},"max":{"type":"string"},"zone":{"enum":["utc","none","mixed",null],"description":"utc: every timestamp had a zone (shown in UTC); none: wall-clock times (no zone); mixed; null for dates"},"unit":{"enum":["day","week","month","year"]},"periods":{"type":"array","items":{"type":"object","required":["start","count"],"properties":{"start":{"type":"string","description":"YYYY-MM-DD, the first day of the period"},"count":{"type":"integer","minimum":0}}}}}}}}},"violations":{"type":"object","required":["count","samples"],"properties":{"count":{"type":"integer","minimum":0},"byRule":{"type":"object","additionalProperties":{"type":"integer"}},"samples":{"type":"array","items":{"type":"object","required":["row","line","column","rule","message"],"properties":{"row":{"type":["integer","null"]},"line":{"type":["integer","null"]},"file":{"type":["string","null"]},"column":{"type":["string","null"]},"rule":{"type":"string"},"message":{"type":"string"},"values":{"type":"object"}}}}}},"reference":{"type":["object","null"],"required":["source","kind","rows"],"properties":{"source":{"type":"string"},"kind":{"enum":["dataset","profile"]},"rows":{"type":"integer"}}},"drift":{"type":"array","items":{"type":"object","required":["column","test","statistic","threshold","drifted","method","explanation"],"properties":{"column":{"type":"string"},"kind":{"enum":["numeric","categorical"]},"test":{"enum":["ks","chi-square","wasserstein","jensen-shannon","psi"]},"statistic":{"type":["number","null"],"description":"null when not a finite number; reason says how the result was decided"},"pValue":{"type":"number","minimum":0,"maximum":1},"threshold":{"type":"number"},"drifted":{"type":"boolean"},"method":{"enum":["exact","sketch"]},"errorBound":{"type":"number"},"referenceCount":{"type":"integer"},"currentCount":{"type":"integer"},"moved":{"type":"array","items":{"type":"object","required":["label","reference","current"],"properties":{"label":{"type":"string"},"reference":{"type":"number"},"current":{"type":"number"}}}},"newValues":{"type":"array","items":{"type":"string"},"maxItems":10,"description":"categories in the current data the reference never had (exact counts only)"},"reason":{"type":"string"},"explanation":{"type":"string"},"histogram":{"description":"Numeric columns: both sides binned on the same equal-width edges over their joint range, from the sketches (counts).","type":"object","required":["edges","reference","current"],"properties":{"edges":{"type":"array","items":{"type":"number"}},"reference":{"type":"array","items":{"type":"number"}},"current":{"type":"array","items":{"type":"number"}}}}}}},"timeCoverage":{"description":"date and date-time columns present on both sides: the period each dataset spans and their overlap (time columns are not tested for drift by default)","type":"array","items":{"type":"object","required":["column","reference","current","overlap"],"properties":{"column":{"type":"string"},"reference":{"type":"object","required":["min","max"],"properties":{"min":{"type":"string"},"max":{"type":"string"}}},"current":{"type":"object","required":["min","max"],"properties":{"min":{"type":"string"},"max":{"type":"string"}}},"overlap":{"type":["object","null"],"required":["min","max"],"properties":{"min":{"type":"string"},"max":{"type":"string"}},"description":"the period both span, null when they do not overlap"},"currentShare":{"type":"number","minimum":0,"maximum":1,"description":"share of the current values that fall within the reference\'s span (by day)"}}}},"driftSkipped":{"type":"array","items":{"type":"object","required":["column","reason"],"properties":{"column":{"type":"string"},"reason":{"type":"string"}}}},"datasetDrift":{"type":["object","null"],"required":["share","threshold","drifted"],"properties":{"share":{"type":"number"},"threshold":{"type":"number"},"drifted":{"type":"boolean"},"driftedColumns":{"type":"integer"},"testedColumns":{"type":"integer"}}},"bias":{"description":"With `sensitive`: SageMaker Clarify\'s pre-training measures of the labels per group value (against all other rows), with intervals.","type":"object","required":["label","positiveLabel","confidence","features"],"properties":{"label":{"type":"string"},"positiveLabel":{"type":"string"},"confidence":{"type":"number"},"unlabeled":{"type":"integer"},"method":{"type":"string"},"features":{"type":"array","items":{"type":"object","required":["name","columns","groups"],"properties":{"name":{"type":"string"},"columns":{"type":"array","items":{"type":"string"}},"groups":{"type":"array","items":{"type":"object","required":["value","rows","positives","classImbalance","positiveProportionDifference"],"properties":{"value":{"type":"string"},"rows":{"type":"integer"},"positives":{"type":"integer"},"classImbalance":{"type":"object","required":["value","ci"],"properties":{"value":{"type":"number"},"ci":{"type":["array","null"],"items":{"type":"number"}}}},"positiveProportionDifference":{"type":"object","required":["value","ci"],"properties":{"value":{"type":["number","null"]},"ci":{"type":["array","null"],"items":{"type":"number"}}}}}}}}}}}},"schemaDrift":{"type":["object","null"],"required":["newColumns","missingColumns"],"properties":{"newColumns":{"type":"array","items":{"type":"string"}},"missingColumns":{"type":"array","items":{"type":"string"}},"typeChanges":{"type":"array","items":{"type":"object","required":["column","reference","current"],"properties":{"column":{"type":"string"},"reference":{"type":"string"},"current":{"type":"string"}}}}}}}}');
;// CONCATENATED MODULE: ./.build/js/src/schemas/profile.schema.json
const profile_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://modelgate.dev/schemas/profile.schema.json","title":"modelgate profile.json","description":"A dataset profile made of mergeable sketches: profiles of shards merge into the profile of the whole.","type":"object","required":["kind","schemaVersion","rows","columns"],"properties":{"kind":{"const":"profile"},"schemaVersion":{"const":1},"rows":{"type":"integer","minimum":0},"sources":{"type":"array","items":{"type":"string"}},"columns":{"type":"array","items":{"type":"object","required":["name","nulls","numbers","integers","strings","booleans","nonFinite","moments","quantiles","distinct","top"],"properties":{"name":{"type":"string"},"type":{"enum":["integer","number","boolean","string","date","date-time","empty"]},"nulls":{"type":"integer","minimum":0},"numbers":{"type":"integer","minimum":0},"integers":{"type":"integer","minimum":0},"strings":{"type":"integer","minimum":0},"booleans":{"type":"integer","minimum":0},"nonFinite":{"type":"integer","minimum":0},"moments":{"type":"object","required":["type","count","mean","m2"],"properties":{"type":{"const":"moments"},"count":{"type":"integer"},"mean":{"type":["number","null"]},"m2":{"type":["number","null"],"description":"null: overflowed the double range"}}},"quantiles":{"type":"object","required":["type"],"properties":{"type":{"const":"ddsketch"}}},"distinct":{"type":"object","required":["type"],"properties":{"type":{"const":"hll"}}},"top":{"type":"object","required":["type","items"],"properties":{"type":{"const":"spacesaving"},"items":{"type":"array"}}},"topTracked":{"type":"boolean","description":"false when the column holds numbers and has more distinct values than Space-Saving\'s capacity: its top values are not tracked and top has no items. Absent means true."},"time":{"description":"Present when the column held dates or timestamps (epoch milliseconds; wall-clock times without a zone are kept as UTC): counts, extremes and counts per day (per month beyond 20000 days, per year beyond 20000 months). Merges exactly.","type":"object","required":["type","count","dates","naive","min","max","unit","counts"],"additionalProperties":false,"properties":{"type":{"const":"periods"},"count":{"type":"integer","minimum":0},"dates":{"type":"integer","minimum":0,"description":"values that were dates without a time of day"},"naive":{"type":"integer","minimum":0,"description":"timestamps without a zone"},"min":{"type":["number","null"]},"max":{"type":["number","null"]},"unit":{"enum":["day","month","year"]},"counts":{"type":"array","items":{"type":"array","prefixItems":[{"type":"integer"},{"type":"integer","minimum":1}],"minItems":2,"maxItems":2},"description":"[key, count] sorted by key: days since 1970-01-01, year*12+month-1, or the year"}}}}}}}}');
;// CONCATENATED MODULE: ./.build/js/src/schemas/evaluation.schema.json
const evaluation_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://modelgate.dev/schemas/evaluation.schema.json","title":"modelgate evaluation.json","description":"What evaluate-model measured: metrics with confidence intervals, slices, calibration, latency, and the mergeable state that shards combine through.","type":"object","required":["kind","schemaVersion","task","rows","model","data","confidence","metrics","slices","latency","predictions"],"$defs":{"metric":{"type":"object","required":["value","ci"],"properties":{"value":{"type":["number","null"]},"ci":{"type":["array","null"],"items":{"type":"number"},"minItems":2,"maxItems":2},"method":{"type":"string"},"reason":{"type":"string"}}},"rate":{"type":"object","required":["value","ci"],"properties":{"value":{"type":["number","null"]},"ci":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"number"},"minItems":2,"maxItems":2}]}}},"metrics":{"type":"object","additionalProperties":{"$ref":"#/$defs/metric"}}},"properties":{"kind":{"const":"evaluation"},"schemaVersion":{"const":1},"task":{"enum":["binary","multiclass","regression"]},"rows":{"type":"integer","minimum":0},"model":{"type":"object","required":["path","sha256"],"properties":{"path":{"type":"string"},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"},"bytes":{"type":"integer"}}},"data":{"type":"object","required":["sha256"],"properties":{"sources":{"type":"array","items":{"type":"string"}},"sha256":{"type":"string"},"shard":{"type":["string","null"]}}},"label":{"type":"string"},"classes":{"type":"array","items":{"type":"string"}},"positiveLabel":{"type":["string","null"]},"threshold":{"type":["number","null"]},"confidence":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1},"bootstrap":{"type":"object"},"metrics":{"$ref":"#/$defs/metrics"},"tables":{"type":"object","properties":{"confusion":{"type":"array","description":"confusion[true][predicted], classes in `classes` order.","items":{"type":"array","items":{"type":"number","minimum":0}}},"perClass":{"type":"array","items":{"type":"object","required":["class","support","precision","recall","f1"],"properties":{"class":{"type":"string"},"support":{"type":"number"},"predicted":{"type":"number"},"precision":{"type":"number"},"recall":{"type":"number"},"f1":{"type":"number"}}}},"curves":{"description":"Binary: ROC and precision-recall curves, downsampled so that every point of the full curve is within maxError of a kept point in each coordinate.","type":"object","required":["roc","pr","maxError"],"properties":{"roc":{"type":"object","required":["fpr","tpr"],"properties":{"fpr":{"type":"array","items":{"type":"number"}},"tpr":{"type":"array","items":{"type":"number"}}}},"pr":{"type":"object","required":["recall","precision"],"properties":{"recall":{"type":"array","items":{"type":"number"}},"precision":{"type":"array","items":{"type":"number"}}}},"maxError":{"type":"number","minimum":0}}}}},"slices":{"type":"array","items":{"type":"object","required":["column","value","rows"],"properties":{"column":{"type":"string"},"value":{"type":"string"},"rows":{"type":"integer"},"metrics":{"$ref":"#/$defs/metrics"},"skipped":{"type":"string"}}}},"fairness":{"description":"With `sensitive` (binary tasks): per sensitive feature, the groups\' rates with Wilson intervals and fairlearn\'s measures across groups with bootstrap intervals. See the README\'s fairness section.","type":"object","required":["confidence","resamples","seed","minGroupRows","methods","features"],"properties":{"confidence":{"type":"number"},"resamples":{"type":"integer"},"seed":{"type":"integer"},"minGroupRows":{"type":"integer"},"methods":{"type":"object","properties":{"groups":{"type":"string"},"measures":{"type":"string"}}},"features":{"type":"array","items":{"type":"object","required":["name","columns","groups","pooled","measures","fourFifths","notes"],"properties":{"name":{"type":"string","description":"A column, or `a*b` for the intersection of two."},"columns":{"type":"array","items":{"type":"string"},"minItems":1,"maxItems":2},"groups":{"type":"array","items":{"type":"object","required":["value","rows","positives","selectionRate","truePositiveRate","falsePositiveRate","precision","accuracy"],"properties":{"value":{"type":"string","description":"The group\'s value; an intersection\'s two values joined by \' & \'; \'(other)\' for pooled values."},"rows":{"type":"integer"},"positives":{"type":"integer"},"selectionRate":{"$ref":"#/$defs/rate"},"truePositiveRate":{"$ref":"#/$defs/rate"},"falsePositiveRate":{"$ref":"#/$defs/rate"},"precision":{"$ref":"#/$defs/rate"},"accuracy":{"$ref":"#/$defs/rate"}}}},"pooled":{"type":"array","items":{"type":"string"}},"measures":{"type":"object","required":["demographic_parity_difference","demographic_parity_ratio","equalized_odds_difference","equalized_odds_ratio","equal_opportunity_difference","disparate_impact_ratio"],"additionalProperties":false,"properties":{"demographic_parity_difference":{"type":"object","required":["value","ci","groups","rate"],"properties":{"value":{"type":["number","null"]},"ci":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"number"},"minItems":2,"maxItems":2}]},"groups":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"string"},"minItems":2,"maxItems":2}]},"rate":{"type":"string"}}},"demographic_parity_ratio":{"type":"object","required":["value","ci","groups","rate"],"properties":{"value":{"type":["number","null"]},"ci":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"number"},"minItems":2,"maxItems":2}]},"groups":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"string"},"minItems":2,"maxItems":2}]},"rate":{"type":"string"}}},"equalized_odds_difference":{"type":"object","required":["value","ci","groups","rate"],"properties":{"value":{"type":["number","null"]},"ci":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"number"},"minItems":2,"maxItems":2}]},"groups":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"string"},"minItems":2,"maxItems":2}]},"rate":{"type":"string"}}},"equalized_odds_ratio":{"type":"object","required":["value","ci","groups","rate"],"properties":{"value":{"type":["number","null"]},"ci":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"number"},"minItems":2,"maxItems":2}]},"groups":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"string"},"minItems":2,"maxItems":2}]},"rate":{"type":"string"}}},"equal_opportunity_difference":{"type":"object","required":["value","ci","groups","rate"],"properties":{"value":{"type":["number","null"]},"ci":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"number"},"minItems":2,"maxItems":2}]},"groups":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"string"},"minItems":2,"maxItems":2}]},"rate":{"type":"string"}}},"disparate_impact_ratio":{"type":"object","required":["value","ci","groups","rate"],"properties":{"value":{"type":["number","null"]},"ci":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"number"},"minItems":2,"maxItems":2}]},"groups":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"string"},"minItems":2,"maxItems":2}]},"rate":{"type":"string"}}}}},"fourFifths":{"type":["boolean","null"]},"notes":{"type":"array","items":{"type":"string"}}}}}}},"importance":{"description":"With `importance`: permutation feature importance (scikit-learn\'s permutation_importance) on a sample of the evaluation rows; features sorted by mean, descending.","type":"object","required":["method","metric","repeats","rows","seed","features"],"properties":{"method":{"const":"permutation"},"metric":{"type":"string"},"repeats":{"type":"integer","minimum":1},"rows":{"type":"integer"},"seed":{"type":"integer"},"features":{"type":"array","items":{"type":"object","required":["name","mean","std","low","high"],"properties":{"name":{"type":"string"},"mean":{"type":"number"},"std":{"type":"number"},"low":{"type":"number"},"high":{"type":"number"}}}}}},"latency":{"type":"object","required":["p50Ms","p95Ms","rowsPerSecond"],"properties":{"p50Ms":{"type":"number"},"p95Ms":{"type":"number"},"p99Ms":{"type":"number"},"rowsPerSecond":{"type":"number"},"batchMs":{"type":"array","items":{"type":"number","minimum":0}}}},"predictions":{"type":["string","null"]},"notes":{"type":"array","items":{"type":"string"}},"timeRange":{"description":"With split-by: the span of the rows evaluated (those at or after splitAt) and the rows left out","type":"object","required":["column","splitAt","side","min","max","otherSide","noTime"],"properties":{"column":{"type":"string"},"splitAt":{"type":"string"},"side":{"enum":["before","from"]},"min":{"type":["string","null"]},"max":{"type":["string","null"]},"otherSide":{"type":"integer","minimum":0},"noTime":{"type":"integer","minimum":0}}},"feed":{"description":"The data columns fed to the model: mode tensor (the columns, in order, fill the one float input named by input) or columns (one model input per column, by name; input is null)","type":"object","required":["mode","input","features"],"additionalProperties":false,"properties":{"mode":{"enum":["tensor","columns"]},"input":{"type":["string","null"]},"features":{"type":"array","items":{"type":"string"}}}},"state":{"type":"object"}}}');
;// CONCATENATED MODULE: ./.build/js/src/schemas/comparison.schema.json
const comparison_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://modelgate.dev/schemas/comparison.schema.json","title":"modelgate comparison.json","description":"compare-to-baseline\'s decision: every gate with its delta, interval, p-value and test.","type":"object","required":["kind","schemaVersion","passed","gates","correction","policy","confidence"],"properties":{"kind":{"const":"comparison"},"schemaVersion":{"const":1},"passed":{"type":["boolean","null"]},"verdict":{"type":"string"},"policy":{"enum":["detect-regression","prove-non-inferiority"]},"confidence":{"type":"number"},"correction":{"enum":["holm","bh","none"]},"paired":{"type":"boolean"},"pairing":{"type":"string"},"rows":{"type":"integer"},"candidate":{"type":"object"},"baseline":{"type":["object","null"]},"gates":{"type":"array","items":{"type":"object","required":["metric","rule","baseline","candidate","delta","ci","pValue","test","passed","reason"],"properties":{"metric":{"type":"string"},"slice":{"type":"object","required":["column","value"],"properties":{"column":{"type":"string"},"value":{"type":"string"}}},"sensitive":{"type":"string","description":"A fairness gate: the sensitive feature it judged (a column, or a*b)."},"groups":{"type":"array","items":{"type":"string"},"minItems":2,"maxItems":2,"description":"A fairness gate: the candidate\'s groups with the lower and the higher rate."},"rule":{"type":"string"},"baseline":{"type":["number","null"]},"candidate":{"type":["number","null"]},"delta":{"type":["number","null"]},"ci":{"type":["array","null"],"items":{"type":"number"}},"pValue":{"type":["number","null"]},"adjustedPValue":{"type":["number","null"]},"test":{"type":"string"},"passed":{"type":"boolean"},"reason":{"type":"string"},"underpowered":{"type":"boolean","description":"A passed gate whose interval is wider than its margin: the reason says how many rows would resolve it. Never set on a failed gate."},"warning":{"type":"string","description":"A passed min/max gate whose point value is beyond the bound while the interval reaches it (min-policy: interval under detect-regression)."},"override":{"type":"object"}}}},"metrics":{"type":"array"},"notes":{"type":"array","items":{"type":"string"}},"dataValidation":{"type":"object","description":"The data validation of the same run (from data-report), part of the verdict: when it failed, passed is false.","required":["passed","violations","drifted"],"properties":{"passed":{"type":"boolean"},"violations":{"type":"integer","minimum":0},"drifted":{"type":"array","items":{"type":"string"}}}},"override":{"type":"object"},"pullRequest":{"type":"object"}}}');
;// CONCATENATED MODULE: ./.build/js/src/schemas/deployment.schema.json
const deployment_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://modelgate.dev/schemas/deployment.schema.json","title":"modelgate deployment.json","description":"deploy\'s record of one rollout: the strategy, every step with its weight, window and judgement, and the decision with its reason.","type":"object","required":["kind","schemaVersion","model","strategy","target","settings","steps","decision","reason","startedAt","finishedAt"],"additionalProperties":false,"properties":{"kind":{"const":"deployment"},"schemaVersion":{"const":1},"model":{"type":"string","minLength":1},"strategy":{"enum":["direct","blue-green","canary","shadow"]},"environment":{"type":"string"},"target":{"type":"object","required":["kind","location"],"additionalProperties":false,"properties":{"kind":{"type":"string"},"location":{"type":"string"}}},"settings":{"type":"object","required":["steps","intervalSeconds","minSamples","confidence","tolerance","thresholds","metrics"],"additionalProperties":false,"properties":{"steps":{"type":"array","items":{"type":"number","exclusiveMinimum":0,"maximum":100}},"intervalSeconds":{"type":"number","minimum":0},"maxIntervalSeconds":{"type":"number","minimum":0},"warmupSeconds":{"type":"number","minimum":0},"terminationWaitSeconds":{"type":"number","minimum":0},"minSamples":{"type":"integer","minimum":1},"confidence":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1},"tolerance":{"type":"number","minimum":0},"thresholds":{"type":"object","required":["pass","marginal"],"additionalProperties":false,"properties":{"pass":{"type":"number"},"marginal":{"type":"number"}}},"groups":{"type":"object","additionalProperties":{"type":"number"}},"metrics":{"type":"array","items":{"type":"object","required":["name","kind","direction","group","critical"],"properties":{"name":{"type":"string"},"kind":{"enum":["continuous","proportion","agreement"]},"source":{"type":"string"},"direction":{"enum":["increase","decrease","either"]},"group":{"type":"string"},"critical":{"type":"boolean"},"allowedIncrease":{"type":"number"},"allowedDecrease":{"type":"number"},"minAgreement":{"type":"number"}}}}}},"steps":{"type":"array","items":{"type":"object","required":["index","phase","weight","startedAt","finishedAt","outcome","reason"],"additionalProperties":false,"properties":{"index":{"type":"integer","minimum":0},"phase":{"enum":["load","smoke","canary","bake","switch","termination","shadow","direct","promote"]},"weight":{"type":"number","minimum":0,"maximum":100},"startedAt":{"type":"string"},"finishedAt":{"type":"string"},"outcome":{"enum":["pass","marginal","fail","no-data","ok","failed"]},"reason":{"type":"string"},"score":{"type":"number"},"windowSeconds":{"type":"number","minimum":0},"judgement":{"type":"object","required":["groups","metrics"],"additionalProperties":false,"properties":{"groups":{"type":"array","items":{"type":"object","required":["name","weight","score","pass","high","low","noData"],"additionalProperties":false,"properties":{"name":{"type":"string"},"weight":{"type":"number"},"score":{"type":["number","null"]},"pass":{"type":"integer"},"high":{"type":"integer"},"low":{"type":"integer"},"noData":{"type":"integer"}}}},"metrics":{"type":"array","items":{"type":"object","required":["name","kind","group","critical","direction","classification","reason","test","stable","candidate","estimate","ci","pValue"],"additionalProperties":false,"properties":{"name":{"type":"string"},"kind":{"enum":["continuous","proportion","agreement"]},"group":{"type":"string"},"critical":{"type":"boolean"},"direction":{"enum":["increase","decrease","either"]},"classification":{"enum":["pass","high","low","no-data"]},"reason":{"type":"string"},"test":{"enum":["hodges-lehmann","fisher-exact","wilson"]},"stable":{"$ref":"#/$defs/side"},"candidate":{"$ref":"#/$defs/side"},"estimate":{"type":["number","null"]},"ci":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"number"},"minItems":2,"maxItems":2}]},"pValue":{"type":["number","null"],"minimum":0,"maximum":1}}}}}}}}},"decision":{"enum":["promoted","rolled-back","no-data","passed"]},"reason":{"type":"string"},"startedAt":{"type":"string"},"finishedAt":{"type":"string"},"resumed":{"type":"object","required":["id","phase","model","action"],"additionalProperties":false,"properties":{"id":{"type":"string"},"phase":{"type":"string"},"model":{"type":"string"},"action":{"enum":["continued","rolled-back"]}}},"github":{"type":"object","description":"The GitHub deployment this rollout reported to, when one was created.","required":["deploymentId","environment"],"additionalProperties":false,"properties":{"deploymentId":{"type":"integer"},"environment":{"type":"string"},"logUrl":{"type":"string"}}}},"$defs":{"side":{"type":"object","required":["n","value"],"additionalProperties":false,"properties":{"n":{"type":"integer","minimum":0},"value":{"type":["number","null"]}}}}}');
;// CONCATENATED MODULE: ./.build/js/src/schemas/monitor-report.schema.json
const monitor_report_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://modelgate.dev/schemas/monitor-report.schema.json","title":"modelgate monitor-report.json","description":"What monitor read (a window of production data), tested against the registered version (feature drift, prediction drift, data quality, decay with labels) and found (none, warn, act).","type":"object","required":["kind","schemaVersion","finding","reasons","driftedColumns","at","model","window","drift","predictionDrift","quality","decay","thresholds","notes"],"$defs":{"level":{"enum":["none","warn","act"]},"interval":{"type":["array","null"],"items":{"type":"number"},"minItems":2,"maxItems":2},"drift":{"type":"object","required":["column","test","statistic","threshold","drifted","method","explanation"],"properties":{"column":{"type":"string"},"kind":{"enum":["numeric","categorical"]},"test":{"enum":["ks","chi-square","wasserstein","jensen-shannon","psi"]},"statistic":{"type":["number","null"]},"pValue":{"type":"number","minimum":0,"maximum":1},"threshold":{"type":"number"},"drifted":{"type":"boolean"},"method":{"enum":["exact","sketch"]},"errorBound":{"type":"number"},"referenceCount":{"type":"number"},"currentCount":{"type":"number"},"moved":{"type":"array","items":{"type":"object","required":["label","reference","current"],"properties":{"label":{"type":"string"},"reference":{"type":"number"},"current":{"type":"number"}}}},"newValues":{"type":"array","items":{"type":"string"}},"reason":{"type":"string"},"explanation":{"type":"string"}}},"metric":{"type":"object","required":["value","ci"],"properties":{"value":{"type":["number","null"]},"ci":{"$ref":"#/$defs/interval"},"method":{"type":"string"},"reason":{"type":"string"}}}},"properties":{"kind":{"const":"monitor-report"},"schemaVersion":{"const":1},"finding":{"$ref":"#/$defs/level"},"reasons":{"type":"array","items":{"type":"object","required":["level","check","message"],"properties":{"level":{"enum":["warn","act"]},"check":{"enum":["feature-drift","missing-features","prediction-drift","quality","decay"]},"message":{"type":"string"}}}},"driftedColumns":{"type":"array","items":{"type":"string"}},"at":{"type":"string","description":"When the run happened, ISO 8601."},"model":{"type":"object","required":["reference","version","digest","name","task"],"properties":{"reference":{"type":"string"},"version":{"type":["string","null"]},"digest":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"name":{"type":"string"},"task":{"enum":["binary","multiclass","regression",null]}}},"window":{"type":"object","required":["sources","timeColumn","from","to","rows","rowsRead","shadowDropped","otherVersionDropped"],"properties":{"sources":{"type":"array","items":{"type":"string"}},"timeColumn":{"type":["string","null"]},"from":{"type":["string","null"],"description":"Start of the window (exclusive), ISO time; null: from the first row."},"to":{"type":["string","null"],"description":"End of the window (inclusive), ISO time; null without a time column."},"rows":{"type":"integer","minimum":1},"rowsRead":{"type":"integer","minimum":0},"shadowDropped":{"type":"integer","minimum":0},"otherVersionDropped":{"type":"integer","minimum":0,"description":"Capture rows answered by another version (a split\'s candidate), left out."}}},"drift":{"type":"object","required":["features","importance","columns","skipped","drifted","tested","share","missingFeatures"],"properties":{"features":{"type":"array","items":{"type":"string"}},"importance":{"type":"object","required":["source","method","top"],"properties":{"source":{"enum":["evaluation","none"]},"method":{"type":["string","null"]},"top":{"type":"array","items":{"type":"string"}},"note":{"type":"string"}}},"columns":{"type":"array","items":{"$ref":"#/$defs/drift"}},"skipped":{"type":"array","items":{"type":"object","required":["column","reason"],"properties":{"column":{"type":"string"},"reason":{"type":"string"}}}},"drifted":{"type":"integer","minimum":0},"tested":{"type":"integer","minimum":0},"share":{"type":"number","minimum":0,"maximum":1},"missingFeatures":{"type":"array","items":{"type":"string"}}}},"predictionDrift":{"type":"object","required":["reference","classes","score","skipped"],"properties":{"reference":{"enum":["predictions","confusion",null]},"classes":{"oneOf":[{"$ref":"#/$defs/drift"},{"type":"null"}]},"score":{"oneOf":[{"$ref":"#/$defs/drift"},{"type":"null"}]},"skipped":{"type":"array","items":{"type":"string"}}}},"quality":{"type":"object","required":["schema","violations"],"properties":{"schema":{"enum":["registered","inferred"]},"violations":{"type":"object","required":["count","byRule","samples"],"properties":{"count":{"type":"integer","minimum":0},"byRule":{"type":"object","additionalProperties":{"type":"integer"}},"samples":{"type":"array"}}}}},"decay":{"type":["object","null"],"required":["labels","labelColumn","labelled","unlabelled","unmatched","metrics","tests","untested","correction","alpha"],"properties":{"labels":{"type":"string"},"labelColumn":{"type":"string"},"labelled":{"type":"integer","minimum":0},"unlabelled":{"type":"integer","minimum":0},"unmatched":{"type":"integer","minimum":0},"metrics":{"type":"object","additionalProperties":{"$ref":"#/$defs/metric"}},"tests":{"type":"array","items":{"type":"object","required":["metric","reference","current","difference","ci","test","pValue","pValueAdjusted","decayed"],"properties":{"metric":{"type":"string"},"reference":{"type":["number","null"]},"current":{"type":["number","null"]},"difference":{"type":["number","null"]},"ci":{"$ref":"#/$defs/interval"},"test":{"type":"string"},"pValue":{"type":"number","minimum":0,"maximum":1},"pValueAdjusted":{"type":"number","minimum":0,"maximum":1},"decayed":{"type":"boolean"}}}},"untested":{"type":"array","items":{"type":"object","required":["metric","reason"],"properties":{"metric":{"type":"string"},"reason":{"type":"string"}}}},"correction":{"const":"holm"},"alpha":{"type":"number"},"skipped":{"type":"string"}}},"thresholds":{"type":"object"},"notes":{"type":"array","items":{"type":"string"}}}}');
;// CONCATENATED MODULE: ./.build/js/src/schemas/validate.js
/**
 * Artifacts are validated against their JSON Schemas at every boundary: before a step writes one
 * and when a step reads one. The schemas are plain JSON files beside this module, published so
 * editors and other tools can use them.
 */








const SCHEMAS = { 'data-report': data_report_schema_namespaceObject, profile: profile_schema_namespaceObject, evaluation: evaluation_schema_namespaceObject, comparison: comparison_schema_namespaceObject, deployment: deployment_schema_namespaceObject, 'monitor-report': monitor_report_schema_namespaceObject };
let ajv;
const compiled = new Map();
/**
 * Compiles one of modelgate's own schemas (an artifact's, an experiment run's) on one shared Ajv,
 * strict. A command compiles its schemas once per process, and compiling is most of what a check
 * costs, so the schemas are not checked against the draft 2020-12 meta-schema here (compiling the
 * meta-schema took longer than the schema; test/unit/schemas.test.ts checks every committed schema
 * against it) and the generated code skips Ajv's optimising pass.
 */
function compileOwnSchema(schema) {
    ajv ??= new _2020.Ajv2020({ allErrors: false, strict: true, allowUnionTypes: true, validateSchema: false, code: { optimize: false } });
    return ajv.compile(schema);
}
function validator(kind) {
    let v = compiled.get(kind);
    if (!v) {
        v = compileOwnSchema(SCHEMAS[kind]);
        compiled.set(kind, v);
    }
    return v;
}
/**
 * Compiles the schema of `kind` now, so that a later check does not (a pass that waits on its
 * worker threads does this meanwhile).
 */
function prepareArtifact(kind) {
    validator(kind);
}
/**
 * Checks `value` against the schema of `kind`. Reading, a mismatch is the user's (a DataError naming
 * the file and the first offending field); writing, it is a bug in modelgate (a plain Error).
 */
function assertArtifact(kind, value, source, direction = 'read') {
    const v = validator(kind);
    if (!v(value)) {
        const e = v.errors[0];
        const message = `${source}: not a valid ${kind} (schemaVersion 1): ${e.instancePath || '/'} ${e.message}`;
        if (direction === 'write')
            throw new Error(`internal error, refusing to write an invalid artifact: ${message}`);
        throw new errors/* DataError */.fL(message, source);
    }
}

;// CONCATENATED MODULE: ./.build/js/src/data/csv.js
/**
 * A streaming RFC 4180 push parser, hand-tuned for throughput.
 *
 *   const p = new CsvParser({ delimiter: ',', file, onRecord(fields, line) { ... } });
 *   p.write(chunk); p.write(chunk); ...; p.end();
 *
 * Dialect:
 * - Fields are separated by `delimiter` (one character); records end at LF, CRLF or a lone CR.
 * - A field that starts with `"` is quoted: it may hold delimiters, newlines and `""` (one quote).
 *   Text after the closing quote up to the next delimiter/end of line is appended literally
 *   (`"ab"cd` is `abcd`, as Python's csv does). A `"` anywhere else in an unquoted field is an
 *   ordinary character (`12"` is `12"`), as most lenient readers do.
 * - A UTF-8 byte order mark (U+FEFF) at the very start is dropped.
 * - Empty lines produce no record (anywhere in the file, as pandas' skip_blank_lines does; a line
 *   holding only `""` is a record with one empty field). So a trailing newline, or several, is fine.
 * - The final record needs no line terminator.
 * - A quoted field still open at end of input is a DataError naming the file and the line on
 *   which the field opened.
 *
 * `line` passed to onRecord is the 1-based physical line on which the record starts (embedded
 * newlines in quoted fields advance the count; CRLF counts once). Chunks may split anywhere,
 * including between CR and LF, inside a `""` pair, or inside a quoted field; the records and line
 * numbers are the same for any split. Memory is bounded by the largest record.
 *
 * `fields` is a fresh array per record (the callee may keep or mutate it). Field strings may be
 * V8 slices of the input chunk: a consumer that retains many long field strings for a long time
 * keeps their chunk alive too.
 *
 * Hot path: the next delimiter / LF / CR / quote are located with indexOf on the whole chunk and
 * cached until the scan passes them (one search per occurrence, not per field or character). A
 * line with no quote is then just split at the cached delimiter positions; quoted fields use
 * indexOf('"') per segment. No regex, no per-character loop, no per-field closures. About
 * 200+ MB/s on plain numeric/categorical CSV (see readers.ts for the end-to-end path).
 */

const LF = 10;
const CR = 13;
const QUOTE = 34;
// Parser states between chunks.
const FIELD_START = 0; // at the start of a field (a record if `fields` is empty)
const IN_UNQUOTED = 1; // inside an unquoted field; `partial` holds its text so far
const IN_QUOTED = 2; // inside a quoted field; `partial` holds its unescaped text so far
const QUOTE_PENDING = 3; // the chunk ended on a `"` inside a quoted field: `""` or the closing quote?
const AFTER_QUOTE = 4; // just past a closing quote (transient; never saved between chunks)
class csv_CsvParser {
    delimiter;
    delimCode;
    onRecord;
    file;
    fields = [];
    state = FIELD_START;
    partial = '';
    /** Line at the current scan position (1-based). */
    line = 1;
    /** Line on which the current record started. */
    recLine = 1;
    /** Line on which the open quoted field started. */
    quoteLine = 1;
    /** The previous chunk ended with a CR that was already counted as a line break. */
    crPending = false;
    bomPending = true;
    ended = false;
    constructor(opts) {
        const delimiter = opts.delimiter ?? ',';
        if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
            throw new ConfigurationError(`CSV delimiter must be one character other than a quote or newline, got ${JSON.stringify(delimiter)}`);
        }
        this.delimiter = delimiter;
        this.delimCode = delimiter.charCodeAt(0);
        this.onRecord = opts.onRecord;
        this.file = opts.file ?? '<input>';
        this.bomPending = opts.bom ?? true;
    }
    /** True between records: every record so far is complete and no quoted field is open. */
    get atRecordStart() {
        return this.state === FIELD_START && this.fields.length === 0 && !this.crPending;
    }
    /** Physical line (1-based) at the end of the input written so far. */
    get currentLine() {
        return this.line;
    }
    /** Feeds the next piece of text. Calls onRecord for every record completed by it. */
    write(chunk) {
        if (this.ended)
            throw new Error('CsvParser.write after end');
        const s = chunk;
        const n = s.length;
        if (n === 0)
            return;
        let i = 0;
        if (this.bomPending) {
            this.bomPending = false;
            if (s.charCodeAt(0) === 0xfeff)
                i = 1;
        }
        if (this.crPending) {
            this.crPending = false;
            if (i < n && s.charCodeAt(i) === LF) {
                // The CR ending the previous chunk and this LF are one line break, already counted.
                if (this.state === IN_QUOTED)
                    this.partial += '\n';
                i++;
            }
        }
        if (i === n)
            return;
        const d = this.delimiter;
        const dc = this.delimCode;
        const onRecord = this.onRecord;
        let fields = this.fields;
        let line = this.line;
        let recLine = this.recLine;
        let state = this.state;
        let val = this.partial;
        // Next delimiter / LF / CR / quote at or after the scan position (n if none; -1 = not computed yet).
        // Positions only move forward, so a cached value >= i is still the next occurrence.
        let nD = -1;
        let nL = -1;
        let nR = -1;
        let nQ = -1;
        if (state === QUOTE_PENDING) {
            if (s.charCodeAt(i) === QUOTE) {
                val += '"';
                i++;
                state = IN_QUOTED;
            }
            else {
                state = AFTER_QUOTE;
            }
        }
        for (;;) {
            if (state === IN_QUOTED) {
                // Find the closing quote; `val` holds the text so far.
                for (;;) {
                    const q = s.indexOf('"', i);
                    const end = q === -1 ? n : q;
                    // Count line breaks in s[i, end): each LF, and each CR not followed by LF.
                    if (nL < i) {
                        nL = s.indexOf('\n', i);
                        if (nL === -1)
                            nL = n;
                    }
                    while (nL < end) {
                        line++;
                        nL = s.indexOf('\n', nL + 1);
                        if (nL === -1)
                            nL = n;
                    }
                    if (nR < i) {
                        nR = s.indexOf('\r', i);
                        if (nR === -1)
                            nR = n;
                    }
                    while (nR < end) {
                        if (nR + 1 === n) {
                            line++;
                            this.crPending = true;
                        }
                        else if (s.charCodeAt(nR + 1) !== LF)
                            line++;
                        nR = s.indexOf('\r', nR + 1);
                        if (nR === -1)
                            nR = n;
                    }
                    if (q === -1) {
                        this.partial = val + s.slice(i);
                        return this.save(IN_QUOTED, fields, line, recLine);
                    }
                    if (q + 1 === n) {
                        this.partial = val + s.slice(i, q);
                        return this.save(QUOTE_PENDING, fields, line, recLine);
                    }
                    if (s.charCodeAt(q + 1) === QUOTE) {
                        val += s.slice(i, q + 1);
                        i = q + 2;
                        continue;
                    }
                    val += s.slice(i, q);
                    i = q + 1;
                    state = AFTER_QUOTE;
                    break;
                }
            }
            if (state === AFTER_QUOTE) {
                // i < n here: a closing quote is only confirmed once the character after it is seen.
                const c = s.charCodeAt(i);
                if (c === dc) {
                    fields.push(val);
                    val = '';
                    i++;
                    state = FIELD_START;
                }
                else if (c === LF || c === CR) {
                    fields.push(val);
                    val = '';
                    onRecord(fields, recLine);
                    fields = [];
                    line++;
                    i++;
                    if (c === CR) {
                        if (i === n)
                            this.crPending = true;
                        else if (s.charCodeAt(i) === LF)
                            i++;
                    }
                    recLine = line;
                    state = FIELD_START;
                }
                else {
                    state = IN_UNQUOTED; // lenient: `"ab"cd` continues as unquoted text appended to `ab`
                }
            }
            if (state === IN_UNQUOTED) {
                const start = i;
                let c = 0;
                while (i < n) {
                    c = s.charCodeAt(i);
                    if (c === dc || c === LF || c === CR)
                        break;
                    i++;
                }
                if (i === n) {
                    this.partial = val + s.slice(start);
                    return this.save(IN_UNQUOTED, fields, line, recLine);
                }
                fields.push(val + s.slice(start, i));
                val = '';
                i++;
                if (c !== dc) {
                    onRecord(fields, recLine);
                    fields = [];
                    line++;
                    if (c === CR) {
                        if (i === n)
                            this.crPending = true;
                        else if (s.charCodeAt(i) === LF)
                            i++;
                    }
                    recLine = line;
                }
                state = FIELD_START;
            }
            // Hot loop, at the start of a field. The next delimiter, LF, CR and quote are found with
            // indexOf and cached until the scan passes them, so each is searched for once per
            // occurrence. When no quote comes before the end of the line, the rest of the line is
            // split at delimiters without looking at any other character.
            while (i < n) {
                if (nL < i) {
                    nL = s.indexOf('\n', i);
                    if (nL === -1)
                        nL = n;
                }
                if (nR < i) {
                    nR = s.indexOf('\r', i);
                    if (nR === -1)
                        nR = n;
                }
                const eol = nL < nR ? nL : nR;
                if (nQ < i) {
                    nQ = s.indexOf('"', i);
                    if (nQ === -1)
                        nQ = n;
                }
                if (nQ < eol) {
                    // A quote on this line: one field at a time.
                    if (nQ === i) {
                        this.quoteLine = line;
                        i++;
                        val = '';
                        state = IN_QUOTED;
                        break;
                    }
                    if (nD < i) {
                        nD = s.indexOf(d, i);
                        if (nD === -1)
                            nD = n;
                    }
                    if (nD < eol) {
                        fields.push(s.slice(i, nD));
                        i = nD + 1;
                        continue;
                    }
                    // This field (with a literal quote in it) runs to the end of the line.
                }
                else {
                    for (;;) {
                        if (nD < i) {
                            nD = s.indexOf(d, i);
                            if (nD === -1)
                                nD = n;
                        }
                        if (nD >= eol)
                            break;
                        fields.push(s.slice(i, nD));
                        i = nD + 1;
                    }
                }
                if (eol === n) {
                    if (i === n)
                        break; // the chunk ended right after a delimiter: at a field start
                    this.partial = s.slice(i);
                    return this.save(IN_UNQUOTED, fields, line, recLine);
                }
                // End of line at eol.
                if (eol !== i || fields.length !== 0) {
                    fields.push(s.slice(i, eol));
                    onRecord(fields, recLine);
                    fields = [];
                } // else: an empty line, no record
                line++;
                i = eol + 1;
                if (eol === nR) {
                    if (i === n)
                        this.crPending = true;
                    else if (s.charCodeAt(i) === LF)
                        i++;
                }
                recLine = line;
            }
            if (state !== IN_QUOTED) {
                this.partial = '';
                return this.save(FIELD_START, fields, line, recLine);
            }
            if (i === n) {
                this.partial = '';
                return this.save(IN_QUOTED, fields, line, recLine);
            }
        }
    }
    /** Signals end of input: emits the last record, or throws on an unterminated quoted field. */
    end() {
        if (this.ended)
            return;
        this.ended = true;
        const fields = this.fields;
        switch (this.state) {
            case IN_QUOTED:
                throw new DataError(`${this.file}:${this.quoteLine}: unterminated quoted field (the quote opened on line ${this.quoteLine} is never closed)`, this.file, this.quoteLine);
            case QUOTE_PENDING:
            case AFTER_QUOTE:
            case IN_UNQUOTED:
                fields.push(this.partial);
                this.onRecord(fields, this.recLine);
                break;
            default:
                if (fields.length !== 0) {
                    fields.push('');
                    this.onRecord(fields, this.recLine);
                }
        }
        this.fields = [];
        this.partial = '';
    }
    save(state, fields, line, recLine) {
        this.state = state;
        this.fields = fields;
        this.line = line;
        this.recLine = recLine;
    }
}

// EXTERNAL MODULE: ./.build/js/src/data/schema.js + 1 modules
var schema = __webpack_require__(5547);
;// CONCATENATED MODULE: ./.build/js/src/gates/paired-data.js
/**
 * Both models' predictions on the same rows, aligned by data row index: what the paired tests of
 * compare-to-baseline run on. Reads the predictions.csv files evaluate-model writes.
 */





/** The predictions file of an evaluation: as recorded, else next to the evaluation.json. */
function predictionsFile(ev, evaluationPath) {
    const p = ev.predictions;
    if (!p)
        throw new errors/* DataError */.fL(`${evaluationPath}: records no predictions file`, evaluationPath);
    if ((0,external_node_fs_.existsSync)(p))
        return p;
    // Downloaded artifacts keep the files together but not the paths they were written to.
    const beside = (0,external_node_path_.join)((0,external_node_path_.dirname)(evaluationPath), (0,external_node_path_.basename)(p));
    if ((0,external_node_fs_.existsSync)(beside))
        return beside;
    throw new errors/* DataError */.fL(`${evaluationPath}: its predictions file ${p} was not found (also looked beside the evaluation)`, evaluationPath);
}
function parseCsv(path) {
    const rows = [];
    const lines = [];
    const parser = new CsvParser({
        file: path,
        onRecord: (fields, line) => {
            rows.push(fields);
            lines.push(line);
        },
    });
    parser.write(readFileSync(path, 'utf8'));
    parser.end();
    if (rows.length === 0)
        throw new DataError(`${path}: empty predictions file`, path);
    return { header: rows[0], rows: rows.slice(1), lines: lines.slice(1) };
}
/** A value from a predictions file quoted for a one-line message. */
function shown(v) {
    const s = (v ?? '').replace(/[\u0000-\u001f\u007f]+/g, ' ');
    return `'${s.length > 40 ? `${s.slice(0, 39)}…` : s}'`;
}
/**
 * A cell of a predictions file as a number: a probability in [0, 1], or any finite number. A
 * predictions file is an artifact (from a pull request's run, perhaps): a cell that is not what
 * evaluate-model writes is refused with the file and line, never tested as NaN.
 */
function cellNumber(p, i, col, file, what, probability) {
    const v = p.rows[i][col];
    const x = v === undefined || v.trim() === '' ? NaN : Number(v);
    if (probability ? !(x >= 0 && x <= 1) : !Number.isFinite(x)) {
        throw new DataError(`${file}:${p.lines[i]}: ${what} ${shown(v)} is not ${probability ? 'a probability in [0, 1]' : 'a finite number'}`, file, p.lines[i]);
    }
    return x;
}
function loadPaired(candidate, candidatePath, baseline, baselinePath) {
    const cFile = predictionsFile(candidate, candidatePath);
    const bFile = predictionsFile(baseline, baselinePath);
    const c = parseCsv(cFile);
    const b = parseCsv(bFile);
    const col = (p, name, file) => {
        const i = p.header.indexOf(name);
        if (i < 0)
            throw new DataError(`${file}: no '${name}' column (header: ${p.header.join(', ')})`, file);
        return i;
    };
    const bRow = col(b, 'row', bFile);
    const byRow = new Map();
    b.rows.forEach((r, i) => byRow.set(r[bRow], i));
    const n = c.rows.length;
    if (b.rows.length !== n)
        throw new DataError(`${cFile} has ${n} rows, ${bFile} ${b.rows.length}: the two evaluations did not see the same rows`, cFile);
    const task = candidate.task;
    const y = new Float64Array(n);
    const cand = new Float64Array(n);
    const base = new Float64Array(n);
    const cRow = col(c, 'row', cFile);
    const cLabel = col(c, 'label', cFile);
    const bLabel = col(b, 'label', bFile);
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++) {
        const j = byRow.get(c.rows[i][cRow]);
        if (j === undefined)
            throw new DataError(`${bFile}: has no row ${c.rows[i][cRow]}, which ${cFile} has`, bFile);
        if (b.rows[j][bLabel] !== c.rows[i][cLabel])
            throw new DataError(`row ${c.rows[i][cRow]}: label '${c.rows[i][cLabel]}' in ${cFile} but '${b.rows[j][bLabel]}' in ${bFile}`, cFile);
        order[i] = j;
    }
    let candidateLoss;
    let baselineLoss;
    if (task === 'binary') {
        const pos = candidate.positiveLabel;
        // Labels are written as labelKey() of the cell, so the classes are compared the same way.
        const classes = candidate.classes.length === 2 ? candidate.classes.map((k) => labelKey(k) ?? k) : null;
        if (pos === null || !classes)
            throw new DataError(`${candidatePath}: a binary evaluation needs its two classes and positiveLabel for paired tests`, candidatePath);
        const cs = col(c, 'score', cFile);
        const bs = col(b, 'score', bFile);
        for (let i = 0; i < n; i++) {
            const label = c.rows[i][cLabel];
            if (!classes.includes(label))
                throw new DataError(`${cFile}:${c.lines[i]}: label ${shown(label)} is not one of the evaluation's classes (${classes.map(shown).join(', ')})`, cFile, c.lines[i]);
            y[i] = label === pos ? 1 : 0;
            cand[i] = cellNumber(c, i, cs, cFile, 'score', true);
            base[i] = cellNumber(b, order[i], bs, bFile, 'score', true);
        }
    }
    else if (task === 'regression') {
        const cp = col(c, 'prediction', cFile);
        const bp = col(b, 'prediction', bFile);
        for (let i = 0; i < n; i++) {
            y[i] = cellNumber(c, i, cLabel, cFile, 'label', false);
            cand[i] = cellNumber(c, i, cp, cFile, 'prediction', false);
            base[i] = cellNumber(b, order[i], bp, bFile, 'prediction', false);
        }
    }
    else {
        const classes = candidate.classes;
        if (JSON.stringify(classes) !== JSON.stringify(baseline.classes))
            throw new DataError(`${candidatePath} and ${baselinePath} have different classes`, candidatePath);
        // Labels are written as labelKey() of the cell, predictions as the class name: either form maps.
        const idx = new Map([...classes.map((k, i) => [labelKey(k) ?? k, i]), ...classes.map((k, i) => [k, i])]);
        const cp = col(c, 'prediction', cFile);
        const bp = col(b, 'prediction', bFile);
        const cProb = classes.map((k) => col(c, `p_${k}`, cFile));
        const bProb = classes.map((k) => col(b, `p_${k}`, bFile));
        candidateLoss = new Float64Array(n);
        baselineLoss = new Float64Array(n);
        const eps = 2.220446049250313e-16;
        const classOf = (p, r, column, file, what) => {
            const k = idx.get(p.rows[r][column]);
            if (k === undefined)
                throw new DataError(`${file}:${p.lines[r]}: ${what} ${shown(p.rows[r][column])} is not one of the evaluation's classes (${classes.map(shown).join(', ')})`, file, p.lines[r]);
            return k;
        };
        for (let i = 0; i < n; i++) {
            const label = classOf(c, i, cLabel, cFile, 'label');
            y[i] = label;
            cand[i] = classOf(c, i, cp, cFile, 'prediction');
            base[i] = classOf(b, order[i], bp, bFile, 'prediction');
            const pc = cellNumber(c, i, cProb[label], cFile, `p_${classes[label]}`, true);
            const pb = cellNumber(b, order[i], bProb[label], bFile, `p_${classes[label]}`, true);
            candidateLoss[i] = -Math.log(Math.min(1 - eps, Math.max(eps, pc)));
            baselineLoss[i] = -Math.log(Math.min(1 - eps, Math.max(eps, pb)));
        }
    }
    const slices = new Map();
    const groups = new Map();
    c.header.forEach((h, i) => {
        if (h.startsWith('slice:'))
            slices.set(h.slice(6), c.rows.map((r) => r[i]));
        if (h.startsWith('slice:') || h.startsWith('sensitive:'))
            groups.set(h.slice(h.indexOf(':') + 1), c.rows.map((r) => r[i]));
    });
    return { task, n, y, candidate: cand, baseline: base, candidateLoss, baselineLoss, slices, groups };
}
/** The rows of `p` where `keep` holds. */
function subsetPaired(p, keep) {
    let k = 0;
    const all = new Uint32Array(p.n);
    for (let i = 0; i < p.n; i++)
        if (keep(i))
            all[k++] = i;
    const idx = all.subarray(0, k);
    const pick = (a) => {
        const out = new Float64Array(k);
        for (let j = 0; j < k; j++)
            out[j] = a[idx[j]];
        return out;
    };
    return {
        task: p.task,
        n: idx.length,
        y: pick(p.y),
        candidate: pick(p.candidate),
        baseline: pick(p.baseline),
        candidateLoss: p.candidateLoss && pick(p.candidateLoss),
        baselineLoss: p.baselineLoss && pick(p.baselineLoss),
        slices: new Map(),
    };
}

;// CONCATENATED MODULE: ./.build/js/src/registry/artifact.js
/**
 * What a model version holds (image-spec 1.1 artifact): one layer per model file titled with its
 * file name, then evaluation.json, train-manifest.json, data-report.json, profile.json, the data
 * schema (schema.yml or schema.json, as given) and model-card.md as layers; a config blob with the lineage summary; standard annotations. Nothing
 * time- or run-dependent goes into the manifest, so the same files give the same digest; when and
 * by which run a version was registered is its history's first event.
 */







function readJson(path, input) {
    if (!(0,external_node_fs_.existsSync)(path))
        throw new errors/* ConfigurationError */.j1(`input '${input}': file not found: ${path}`);
    const bytes = (0,external_node_fs_.readFileSync)(path);
    try {
        return { bytes, value: JSON.parse(bytes.toString('utf8')) };
    }
    catch (e) {
        throw new errors/* DataError */.fL(`${path}: not JSON: ${e.message}`, path);
    }
}
async function buildVersion(inp) {
    if (!inp.model.length)
        throw new errors/* ConfigurationError */.j1(`input 'model' is required: the model file(s) to register`);
    const blobs = [];
    const layers = [];
    const titles = new Set();
    const addTitle = (t, input) => {
        if (titles.has(t))
            throw new errors/* ConfigurationError */.j1(`input '${input}': two files are named ${t}; a version stores files by name`);
        titles.add(t);
    };
    const files = [];
    for (const path of inp.model) {
        if (!(0,external_node_fs_.existsSync)(path))
            throw new errors/* ConfigurationError */.j1(`input 'model': file not found: ${path}`);
        const title = (0,external_node_path_.basename)(path);
        addTitle(title, 'model');
        const { digest, size } = await fileDigest(path);
        blobs.push({ digest, size, path });
        layers.push({ mediaType: oci_MEDIA.modelFile, digest, size, annotations: { [oci_ANN.title]: title } });
        files.push({ title, digest, size });
    }
    const config = { kind: 'modelgate-model', schemaVersion: 1, name: inp.name, metrics: {}, files };
    const read = { config };
    const addJson = (bytes, mediaType, title, input) => {
        addTitle(title, input);
        const d = describe(mediaType, bytes, { [oci_ANN.title]: title });
        blobs.push({ digest: d.digest, size: d.size, bytes });
        layers.push(d);
    };
    if (inp.evaluation) {
        const { bytes, value } = readJson(inp.evaluation, 'evaluation');
        assertArtifact('evaluation', value, inp.evaluation);
        const ev = value;
        read.evaluation = value;
        config.task = ev.task;
        config.rows = ev.rows;
        config.data = { sha256: ev.data.sha256 };
        for (const [k, m] of Object.entries(ev.metrics))
            config.metrics[k] = m.value;
        addJson(bytes, oci_MEDIA.evaluation, 'evaluation.json', 'evaluation');
        // Its per-row predictions too, when they are there: a later comparison on the same data pairs rows.
        let predictions;
        try {
            predictions = predictionsFile(value, inp.evaluation);
        }
        catch {
            predictions = undefined;
        }
        if (predictions) {
            const { digest, size } = await fileDigest(predictions);
            const title = (0,external_node_path_.basename)(predictions);
            addTitle(title, 'evaluation');
            blobs.push({ digest, size, path: predictions });
            layers.push({ mediaType: oci_MEDIA.predictions, digest, size, annotations: { [oci_ANN.title]: title } });
        }
    }
    if (inp.trainManifest) {
        const { bytes, value } = readJson(inp.trainManifest, 'train-manifest');
        if (value.kind !== 'train-manifest' || typeof value.key !== 'string')
            throw new errors/* DataError */.fL(`${inp.trainManifest}: not a train-manifest.json (kind train-manifest with a key)`, inp.trainManifest);
        config.trainManifestKey = value.key;
        read.trainManifest = value;
        const params = value.params;
        if (params?.values)
            config.params = params.values;
        const git = value.git;
        if (git)
            config.git = { commit: git.commit, dirty: git.dirty };
        addJson(bytes, oci_MEDIA.trainManifest, 'train-manifest.json', 'train-manifest');
    }
    if (inp.dataReport) {
        const { bytes, value } = readJson(inp.dataReport, 'data-report');
        assertArtifact('data-report', value, inp.dataReport);
        addJson(bytes, oci_MEDIA.dataReport, 'data-report.json', 'data-report');
    }
    if (inp.profile) {
        const { bytes, value } = readJson(inp.profile, 'profile');
        assertArtifact('profile', value, inp.profile);
        addJson(bytes, oci_MEDIA.profile, 'profile.json', 'profile');
    }
    if (inp.schema) {
        if (!(0,external_node_fs_.existsSync)(inp.schema))
            throw new errors/* ConfigurationError */.j1(`input 'schema': file not found: ${inp.schema}`);
        const bytes = (0,external_node_fs_.readFileSync)(inp.schema);
        // Checked the way validate-data loads it, so a version never stores a schema monitor cannot use.
        (0,schema/* loadSchema */.e$)(inp.schema);
        addJson(bytes, oci_MEDIA.schema, /\.ya?ml$/i.test(inp.schema) ? 'schema.yml' : 'schema.json', 'schema');
    }
    if (!config.git && inp.revision)
        config.git = { commit: inp.revision };
    if (inp.card)
        addJson(Buffer.from(typeof inp.card === 'string' ? inp.card : inp.card(read)), oci_MEDIA.card, 'model-card.md', 'card');
    const configBytes = jsonBytes(config);
    const configDesc = describe(oci_MEDIA.modelConfig, configBytes);
    blobs.push({ digest: configDesc.digest, size: configDesc.size, bytes: configBytes });
    const annotations = { [oci_ANN.title]: inp.name, [oci_ANN.description]: `modelgate model ${inp.name}` };
    const revision = config.git?.commit ?? inp.revision;
    if (revision)
        annotations[oci_ANN.revision] = revision;
    if (inp.source)
        annotations[oci_ANN.source] = inp.source;
    const manifest = { schemaVersion: 2, mediaType: oci_MEDIA.manifest, artifactType: oci_MEDIA.model, config: configDesc, layers, annotations };
    return { manifest, bytes: jsonBytes(manifest), config, blobs };
}

;// CONCATENATED MODULE: ./.build/js/src/registry/events.js

const events_EV = {
    type: 'vnd.modelgate.event',
    version: 'vnd.modelgate.version',
    status: 'vnd.modelgate.status',
    alias: 'vnd.modelgate.alias',
    actor: 'vnd.modelgate.actor',
    note: 'vnd.modelgate.note',
    runUrl: 'vnd.modelgate.run-url',
    dataDigest: 'vnd.modelgate.data-digest',
    /** A deployment event's decision (promoted, rolled-back, no-data, passed) and environment. */
    decision: 'vnd.modelgate.decision',
    environment: 'vnd.modelgate.environment',
    /** A monitor event's finding (none, warn, act). */
    finding: 'vnd.modelgate.finding',
};
const STATUSES = ['pending', 'approved', 'rejected'];
const fallbackTag = (digest) => `sha256-${hex(digest)}`;
/** Referrers of `digest`: the API when the registry has one, else the fallback tag's index. */
async function referrers(backend, digest) {
    const api = await backend.referrersApi?.(digest);
    if (api)
        return api;
    const idx = await backend.getManifest(fallbackTag(digest));
    if (!idx)
        return [];
    return JSON.parse(idx.bytes.toString('utf8')).manifests ?? [];
}
/**
 * Writes an event manifest about `subject` and makes it findable. Call under the writer lock.
 * Event manifests are pushed by digest (never tagged), so they are immutable once written.
 */
async function events_appendEvent(backend, subject, annotations, layer) {
    await backend.putBlob({ digest: EMPTY.digest, size: EMPTY.size, bytes: EMPTY_BYTES });
    let layers = [EMPTY];
    if (layer) {
        const d = describe(layer.mediaType, layer.bytes, { [oci_ANN.title]: layer.title });
        await backend.putBlob({ digest: d.digest, size: d.size, bytes: layer.bytes });
        layers = [d];
    }
    const manifest = {
        schemaVersion: 2,
        mediaType: oci_MEDIA.manifest,
        artifactType: oci_MEDIA.event,
        config: EMPTY,
        layers,
        subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
        annotations,
    };
    const bytes = jsonBytes(manifest);
    const digest = await backend.putManifest(bytes, oci_MEDIA.manifest);
    const desc = { mediaType: oci_MEDIA.manifest, digest, size: bytes.length, artifactType: oci_MEDIA.event, annotations };
    // A registry with the referrers API indexes the subject itself.
    if (await backend.referrersApi?.(subject.digest))
        return digest;
    const tag = fallbackTag(subject.digest);
    const current = await backend.getManifest(tag);
    const idx = current ? JSON.parse(current.bytes.toString('utf8')) : { schemaVersion: 2, mediaType: oci_MEDIA.index, manifests: [] };
    if (!idx.manifests.some((m) => m.digest === digest))
        idx.manifests.push(desc);
    await backend.putManifest(jsonBytes(idx), oci_MEDIA.index, tag);
    return digest;
}
/** The events of one version, oldest first. */
async function events_versionEvents(backend, digest) {
    const out = [];
    for (const d of await referrers(backend, digest)) {
        if (d.artifactType !== oci_MEDIA.event)
            continue;
        const a = d.annotations ?? {};
        const type = a[events_EV.type];
        if (!type)
            continue;
        const ev = { type, at: a[oci_ANN.created] ?? '', digest: d.digest };
        if (a[events_EV.version])
            ev.version = a[events_EV.version];
        if (a[events_EV.status])
            ev.status = a[events_EV.status];
        if (a[events_EV.alias])
            ev.alias = a[events_EV.alias];
        if (a[events_EV.actor])
            ev.actor = a[events_EV.actor];
        if (a[events_EV.note])
            ev.note = a[events_EV.note];
        if (a[events_EV.runUrl])
            ev.runUrl = a[events_EV.runUrl];
        if (a[events_EV.decision])
            ev.decision = a[events_EV.decision];
        if (a[events_EV.environment])
            ev.environment = a[events_EV.environment];
        if (a[events_EV.finding])
            ev.finding = a[events_EV.finding];
        out.push(ev);
    }
    return out.sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0));
}
/** The status now: the last status-bearing event. */
function events_currentStatus(events) {
    let s;
    for (const e of events)
        if (e.status)
            s = e.status;
    return s;
}
/** The evaluation.json an evaluation event carries (its manifest and layer fetched and verified). */
async function eventEvaluation(backend, event) {
    return event.type === 'evaluation' ? eventLayer(backend, event, MEDIA.evaluation) : undefined;
}
/** The layer of `mediaType` an event carries (deployment.json, monitor-report.json, ...), verified. */
async function eventLayer(backend, event, mediaType) {
    const m = await backend.getManifest(event.digest);
    if (!m)
        return undefined;
    const layer = JSON.parse(m.bytes.toString('utf8')).layers.find((l) => l.mediaType === mediaType);
    return layer ? backend.getBlob(layer) : undefined;
}

;// CONCATENATED MODULE: ./.build/js/src/registry/lock.js
/**
 * A writer lock over a registry that has no transactions: Lamport's bakery algorithm, with tags as
 * its registers. A registry offers one atomic step, "point a tag at a manifest" (last writer wins),
 * and a listing of tags; no compare-and-set. Picking `v<max+1>` and writing it races (two writers
 * both write v7 and one version is lost), and "write, then read back" does not close the race (a
 * slower writer can overwrite after the first one checked). The bakery needs only registers that
 * each writer alone writes, so every writer uses tags of its own, named by a random id:
 *
 *   mg-lock.<id>.c<ms>   "choosing" (the doorway), with the writer's start time for the lease
 *   mg-lock.<id>.t<k>    its ticket k = 1 + the largest ticket it saw
 *   mg-lock.<id>.d       done (only where they cannot be deleted)
 *
 * All three point at one manifest of the writer's own, so on release a registry that allows
 * deletes drops them with one DELETE of that manifest; the layout folder removes them from its index.
 * A writer enters when, in one listing, no live writer is still choosing and none holds a smaller
 * (ticket, id). Writers that stop without releasing are ignored once their lease (start time + 120 s)
 * has passed; that bounds how long a crash blocks others, and assumes clocks agree within the lease.
 * Inside the lock, version numbers, aliases and the referrers fallback index are read and written
 * with no other writer between the read and the write.
 */



const lock_LOCK_PREFIX = 'mg-lock.';
const LEASE_MS = 120_000;
const WAIT_MS = 300_000;
const lock_TAG = /^mg-lock\.([0-9a-f]{16})\.(c(\d+)|t(\d+)|d)$/;
const lock_sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** One manifest per writer (its id annotated), so concurrent writers never PUT the same manifest at once. */
const lockBytes = (id) => jsonBytes({ schemaVersion: 2, mediaType: oci_MEDIA.manifest, artifactType: oci_MEDIA.lock, config: EMPTY, layers: [EMPTY], annotations: { 'vnd.modelgate.lock': id } });
function writers(tags) {
    const out = new Map();
    for (const t of tags) {
        const m = lock_TAG.exec(t);
        if (!m)
            continue;
        const w = out.get(m[1]) ?? { done: false };
        if (m[3] !== undefined)
            w.start = Number(m[3]);
        else if (m[4] !== undefined)
            w.ticket = Number(m[4]);
        else
            w.done = true;
        out.set(m[1], w);
    }
    return out;
}
/** Runs `fn` while holding the repository's writer lock. */
async function lock_withLock(backend, fn, opts = {}) {
    const now = opts.now ?? Date.now;
    const lease = opts.leaseMs ?? LEASE_MS;
    const id = (0,external_node_crypto_.randomBytes)(8).toString('hex');
    await backend.putBlob({ digest: EMPTY.digest, size: EMPTY.size, bytes: EMPTY_BYTES });
    const bytes = lockBytes(id);
    const put = (suffix) => backend.putManifest(bytes, oci_MEDIA.manifest, `${lock_LOCK_PREFIX}${id}.${suffix}`);
    const release = async () => {
        if (backend.deleteTags)
            await backend.deleteTags((await backend.listTags()).filter((t) => t.startsWith(`${lock_LOCK_PREFIX}${id}.`)));
        else if (!(await backend.deleteManifest?.(sha256(bytes))))
            await put('d');
    };
    const live = (w) => !w.done && w.start !== undefined && now() - w.start < lease;
    await put(`c${now()}`);
    let max = 0;
    for (const [, w] of writers(await backend.listTags()))
        if (live(w) && w.ticket !== undefined)
            max = Math.max(max, w.ticket);
    const ticket = max + 1;
    await put(`t${ticket}`);
    const deadline = now() + (opts.waitMs ?? WAIT_MS);
    for (let round = 0;; round++) {
        let blocked = false;
        for (const [other, w] of writers(await backend.listTags())) {
            if (other === id || !live(w))
                continue;
            if (w.ticket === undefined || w.ticket < ticket || (w.ticket === ticket && other < id)) {
                blocked = true;
                break;
            }
        }
        if (!blocked)
            break;
        if (now() > deadline) {
            await release();
            throw new errors/* ServiceError */._7(`${backend.location}: waited ${(opts.waitMs ?? WAIT_MS) / 1000} s for other registrations to finish; try again`);
        }
        await lock_sleep(Math.min(500, 10 + 15 * round) * (0.5 + Math.random()));
    }
    try {
        return await fn();
    }
    finally {
        await release();
    }
}

;// CONCATENATED MODULE: ./.build/js/src/registry/versions.js
/**
 * Model versions on a Backend: register (blobs, then the manifest, then under the writer lock the
 * history event and the `v<n>` tag, then aliases), resolve, list, show, pull, promote, approve or
 * reject, and the history timeline. Version tags never move; alias tags do; `latest` follows the
 * highest version; `latest` and `v<digits>` cannot be aliases.
 */







const VERSION_TAG = /^v([1-9]\d*)$/;
/** An alias a user may set: a valid tag that is neither reserved nor one of ours. */
function checkAlias(alias, input = 'alias') {
    if (!isTag(alias))
        throw new errors/* ConfigurationError */.j1(`input '${input}': '${alias}' is not a valid tag (letters, digits, . _ -, at most 128)`);
    if (alias === 'latest' || /^v\d+$/.test(alias))
        throw new errors/* ConfigurationError */.j1(`input '${input}': '${alias}' is reserved (latest and v<digits> are set by register)`);
    if (alias.startsWith(lock_LOCK_PREFIX) || alias.startsWith('sha256-'))
        throw new errors/* ConfigurationError */.j1(`input '${input}': '${alias}' is reserved for modelgate's own tags`);
}
const versionNumber = (tag) => {
    const m = VERSION_TAG.exec(tag);
    return m ? Number(m[1]) : undefined;
};
/** Tags a person would care about: versions and aliases, not the lock or referrers fallback tags. */
const isUserTag = (t) => !t.startsWith(LOCK_PREFIX) && !/^sha256-[a-f0-9]{64}$/.test(t);
function annotations(kind, who, extra) {
    const a = { [oci_ANN.created]: (who.now?.() ?? new Date()).toISOString(), [events_EV.type]: kind };
    if (who.actor)
        a[events_EV.actor] = who.actor;
    if (who.runUrl)
        a[events_EV.runUrl] = who.runUrl;
    for (const [k, v] of Object.entries(extra))
        if (v !== undefined)
            a[k] = v;
    return a;
}
async function pool(items, n, fn) {
    let next = 0;
    await Promise.all(Array.from({ length: Math.min(n, items.length) }, async () => {
        while (next < items.length)
            await fn(items[next++]);
    }));
}
async function register(backend, opts, log) {
    for (const a of opts.aliases)
        checkAlias(a);
    const built = await buildVersion(opts);
    const stats = { bytesUploaded: 0, blobsUploaded: 0, blobsSkipped: 0, blobsMounted: 0 };
    // 1. Blobs (HEAD first: an unchanged file is not sent again).
    await pool(built.blobs, 4, async (b) => {
        const r = await backend.putBlob(b);
        stats.bytesUploaded += r.uploaded;
        if (r.mounted)
            stats.blobsMounted++;
        else if (r.uploaded || b.size === 0)
            stats.blobsUploaded++;
        else
            stats.blobsSkipped++;
    });
    // 2. The manifest, by digest: not reachable by any tag yet.
    const digest = await backend.putManifest(built.bytes, oci_MEDIA.manifest);
    const subject = { mediaType: oci_MEDIA.manifest, digest, size: built.bytes.length };
    // 3. Under the lock: its number (or the one it already has), its history, its tags.
    return lock_withLock(backend, async () => {
        const tags = await backend.listTags();
        const events = await events_versionEvents(backend, digest);
        let version;
        let created = false;
        const claimed = [...events].reverse().find((e) => e.type === 'registered' && e.version)?.version;
        if (claimed) {
            const at = await backend.getManifest(claimed);
            if (at?.digest === digest)
                version = claimed;
            else if (!at) {
                // Interrupted after its history event and before its tag: finish it.
                await backend.putManifest(built.bytes, oci_MEDIA.manifest, claimed);
                version = claimed;
                created = true;
            }
        }
        if (!version) {
            const max = Math.max(0, ...tags.map((t) => versionNumber(t) ?? 0));
            version = `v${max + 1}`;
            await events_appendEvent(backend, subject, annotations('registered', opts, { [events_EV.version]: version, [events_EV.status]: opts.status ?? 'pending', [events_EV.dataDigest]: built.config.data?.sha256 }));
            await backend.putManifest(built.bytes, oci_MEDIA.manifest, version);
            created = true;
        }
        else if (opts.status && events_currentStatus(events) !== opts.status) {
            await events_appendEvent(backend, subject, annotations('status', opts, { [events_EV.version]: version, [events_EV.status]: opts.status }));
        }
        if (created) {
            const newest = Math.max(0, ...tags.map((t) => versionNumber(t) ?? 0));
            if (versionNumber(version) >= newest)
                await backend.putManifest(built.bytes, oci_MEDIA.manifest, 'latest');
        }
        for (const alias of opts.aliases)
            await moveAlias(backend, alias, subject, built.bytes, version, opts);
        log.info(`${created ? 'registered' : 'already registered'} ${backend.location}:${version} (${digest}); ${stats.blobsUploaded} blob(s) uploaded, ${stats.bytesUploaded} bytes; ${stats.blobsSkipped} already there`);
        return { version, digest, reference: formatReference(backend, { digest }), created, stats };
    });
}
async function moveAlias(backend, alias, subject, bytes, version, who) {
    const at = await backend.getManifest(alias);
    if (at?.digest === subject.digest)
        return false;
    await events_appendEvent(backend, subject, annotations('alias', who, { [events_EV.version]: version, [events_EV.alias]: alias }));
    await backend.putManifest(bytes, oci_MEDIA.manifest, alias);
    return true;
}
/** A version by tag (version or alias; default `latest`) or digest, every digest verified. */
async function versions_resolve(backend, ref = {}) {
    const at = ref.digest ?? ref.tag ?? 'latest';
    const m = await backend.getManifest(at);
    if (!m)
        throw new ServiceError(`${backend.location}: no version ${at}`);
    const manifest = JSON.parse(m.bytes.toString('utf8'));
    if (manifest.artifactType !== MEDIA.model)
        throw new ServiceError(`${backend.location}:${at} is not a modelgate model version (artifactType ${manifest.artifactType ?? 'none'})`);
    const config = JSON.parse((await backend.getBlob(manifest.config)).toString('utf8'));
    const events = await versionEvents(backend, m.digest);
    const version = ref.tag && versionNumber(ref.tag) ? ref.tag : [...events].reverse().find((e) => e.type === 'registered')?.version;
    return { digest: m.digest, manifest, bytes: m.bytes, config, version };
}
/** Every version, oldest first, with its aliases, status and metrics summary. */
async function versions_listVersions(backend, opts = {}) {
    const tags = (await backend.listTags()).filter(isUserTag);
    let versions = tags.filter((t) => versionNumber(t) !== undefined).sort((a, b) => versionNumber(a) - versionNumber(b));
    if (opts.last)
        versions = versions.slice(-opts.last);
    const aliasDigests = new Map();
    for (const t of tags) {
        if (versionNumber(t) !== undefined)
            continue;
        const m = await backend.getManifest(t);
        if (m)
            aliasDigests.set(m.digest, [...(aliasDigests.get(m.digest) ?? []), t]);
    }
    const out = [];
    for (const v of versions) {
        const r = await versions_resolve(backend, { tag: v });
        const events = await versionEvents(backend, r.digest);
        const reg = events.find((e) => e.type === 'registered' && e.version === v);
        out.push({ version: v, digest: r.digest, aliases: (aliasDigests.get(r.digest) ?? []).sort(), status: currentStatus(events), registeredAt: reg?.at, actor: reg?.actor, metrics: r.config.metrics, dataDigest: r.config.data?.sha256 });
    }
    return out;
}
/** The history of one version, or of every version when no tag or digest is given; oldest first. */
async function versions_history(backend, ref) {
    if (ref.tag || ref.digest) {
        const r = await versions_resolve(backend, ref);
        return (await versionEvents(backend, r.digest)).map((e) => ({ ...e, version: e.version ?? r.version }));
    }
    const all = [];
    for (const t of (await backend.listTags()).filter((x) => versionNumber(x) !== undefined)) {
        const m = await backend.getManifest(t);
        if (m)
            all.push(...(await versionEvents(backend, m.digest)).map((e) => ({ ...e, version: e.version ?? t })));
    }
    return all.sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0));
}
async function subjectOf(backend, ref) {
    const r = await versions_resolve(backend, ref);
    if (!r.version)
        throw new ServiceError(`${backend.location}@${r.digest} was never registered as a version here`);
    return { r, subject: { mediaType: MEDIA.manifest, digest: r.digest, size: r.bytes.length }, version: r.version };
}
/** Points `alias` at a version (a tag move) and records who moved it. */
async function promote(backend, ref, alias, who) {
    checkAlias(alias);
    return withLock(backend, async () => {
        const { r, subject, version } = await subjectOf(backend, ref);
        const moved = await moveAlias(backend, alias, subject, r.bytes, version, who);
        return { version, digest: r.digest, moved };
    });
}
/** Appends a status event (approved, rejected, pending). */
async function setStatus(backend, ref, status, who) {
    return withLock(backend, async () => {
        const { r, subject, version } = await subjectOf(backend, ref);
        await appendEvent(backend, subject, annotations('status', who, { [EV.version]: version, [EV.status]: status, [EV.note]: who.note }));
        return { version, digest: r.digest };
    });
}
/** Appends a later evaluation of the version (evaluation.json stored as the event's layer). */
async function addEvaluation(backend, ref, evaluation, who) {
    return withLock(backend, async () => {
        const { subject, version } = await subjectOf(backend, ref);
        return appendEvent(backend, subject, annotations('evaluation', who, { [EV.version]: version, [EV.dataDigest]: who.dataDigest }), { bytes: evaluation, mediaType: MEDIA.evaluation, title: 'evaluation.json' });
    });
}
/** Appends a deployment (deploy's deployment.json as the event's layer, its decision and environment as annotations). */
async function addDeployment(backend, ref, deployment, who) {
    return withLock(backend, async () => {
        const { subject, version } = await subjectOf(backend, ref);
        return appendEvent(backend, subject, annotations('deployment', who, { [EV.version]: version, [EV.decision]: who.decision, [EV.environment]: who.environment, [EV.note]: who.note }), { bytes: deployment, mediaType: MEDIA.deployment, title: 'deployment.json' });
    });
}
/** Appends a monitor run (monitor-report.json as the event's layer, its finding as an annotation). */
async function addMonitor(backend, ref, report, who) {
    return withLock(backend, async () => {
        const { subject, version } = await subjectOf(backend, ref);
        return appendEvent(backend, subject, annotations('monitor', who, { [EV.version]: version, [EV.finding]: who.finding, [EV.note]: who.note }), { bytes: report, mediaType: MEDIA.monitorReport, title: 'monitor-report.json' });
    });
}
/** Downloads every titled layer of a version into `dir`, each verified; returns title -> path. */
async function versions_pull(backend, ref, dir, only) {
    const r = await versions_resolve(backend, ref);
    const files = {};
    for (const layer of r.manifest.layers) {
        const title = layer.annotations?.[ANN.title];
        if (!title || (only && !only(layer)))
            continue;
        if (title.includes('/') || title.includes('\\') || title === '.' || title === '..')
            throw new ServiceError(`${backend.location}@${r.digest}: layer title '${title}' is not a plain file name; refusing to write it`);
        const path = join(dir, title);
        await backend.blobToFile(layer, path);
        files[title] = path;
    }
    return { version: r, files };
}
/** A layer of a version by title, in memory (small JSON or markdown layers). */
async function layerText(backend, r, title) {
    const layer = r.manifest.layers.find((l) => l.annotations?.[ANN.title] === title);
    return layer ? (await backend.getBlob(layer)).toString('utf8') : undefined;
}


;// CONCATENATED MODULE: ./.build/js/src/registry/pull-input.js
/**
 * Registry references where other actions take a file: evaluate-model's `model` and
 * compare-to-baseline's `baseline` may be `oci-layout://…` or `oci://…` references. The version's
 * layers are pulled (every digest verified) into a fresh temp folder and the local path is used.
 * Credentials come from MODELGATE_REGISTRY_USERNAME / _PASSWORD / _TOKEN.
 */







const isRegistryReference = (s) => !!s && /^(oci|oci-layout):\/\//.test(s);
function connectionFromEnv(env = process.env) {
    return {
        credentials: { username: env.MODELGATE_REGISTRY_USERNAME, password: env.MODELGATE_REGISTRY_PASSWORD, token: env.MODELGATE_REGISTRY_TOKEN },
        insecure: env.MODELGATE_REGISTRY_INSECURE === 'true',
    };
}
/** Pulls a version (model files, and evaluation.json with its predictions) into a new temp folder. */
async function pullVersion(ref, input, opts) {
    const r = parseReference(ref, input);
    const backend = openBackend({ ...r, tag: undefined, digest: undefined }, opts.conn ?? connectionFromEnv());
    const dir = mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), 'modelgate-pull-'));
    const wanted = new Set([...(opts.withModel ? [MEDIA.modelFile] : []), ...(opts.withEvaluation ? [MEDIA.evaluation, MEDIA.predictions] : [])]);
    const { version, files } = await pull(backend, { tag: r.tag, digest: r.digest }, dir, (l) => wanted.has(l.mediaType));
    const modelTitles = version.manifest.layers.filter((l) => l.mediaType === MEDIA.modelFile).map((l) => l.annotations?.['org.opencontainers.image.title'] ?? '');
    const model = modelTitles.find((t) => t.endsWith('.onnx')) ?? modelTitles[0];
    const out = { dir, files, version, model: model ? files[model] : undefined, evaluation: files['evaluation.json'] };
    if (opts.withModel && !out.model)
        throw new DataError(`input '${input}': ${ref} holds no model file`);
    return out;
}
/** The last `last` versions of the model a reference names (its tag or digest ignored). */
async function recentVersions(ref, last, conn) {
    const r = parseReference(ref);
    return listVersions(openBackend({ ...r, tag: undefined, digest: undefined }, conn ?? connectionFromEnv()), { last });
}

;// CONCATENATED MODULE: ./.build/js/src/github/event.js
/**
 * What the actions read from the event payload (GITHUB_EVENT_PATH, or @actions/github's
 * `context.payload`, handed in as `unknown`): the pull request, whether it comes from a fork, and
 * the run a workflow_run event is about. Each reader checks the shape it needs and says which
 * field is missing.
 */


function obj(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? v : undefined;
}
function need(v, what) {
    if (v === undefined)
        throw new DataError(`event payload: ${what} is missing or malformed`);
    return v;
}
function str(v) {
    return typeof v === 'string' ? v : undefined;
}
function event_int(v) {
    return typeof v === 'number' && Number.isSafeInteger(v) ? v : undefined;
}
/** Reads and parses the event payload file. */
function readEventPayload(path) {
    try {
        return JSON.parse(readFileSync(path, 'utf8'));
    }
    catch (e) {
        throw new DataError(`cannot read the event payload ${path}: ${e.message}`, path);
    }
}
/** True for a payload's pull request whose head repository is not the base repository. */
function isForkPullRequest(payload) {
    const pr = pullRequestFromEvent(payload);
    return pr !== undefined && pr.isFork;
}
/**
 * The pull request of a pull_request / pull_request_target payload; undefined when the payload
 * has none (push, schedule).
 */
function pullRequestFromEvent(payload) {
    const pr = obj(obj(payload)?.pull_request);
    if (!pr)
        return undefined;
    const head = need(obj(pr.head), 'pull_request.head');
    const base = need(obj(pr.base), 'pull_request.base');
    const baseRepo = need(str(obj(base.repo)?.full_name), 'pull_request.base.repo.full_name');
    const headRepoObj = obj(head.repo);
    const headRepo = headRepoObj ? need(str(headRepoObj.full_name), 'pull_request.head.repo.full_name') : null;
    return {
        number: need(event_int(pr.number), 'pull_request.number'),
        headSha: need(str(head.sha), 'pull_request.head.sha'),
        headRef: need(str(head.ref), 'pull_request.head.ref'),
        headRepo,
        baseRepo,
        // GitHub compares repository names case-insensitively.
        isFork: headRepo === null || headRepo.toLowerCase() !== baseRepo.toLowerCase(),
    };
}
/** The run a workflow_run payload is about; undefined for other events. */
function workflowRunFromEvent(payload) {
    const run = obj(obj(payload)?.workflow_run);
    if (!run)
        return undefined;
    const prs = Array.isArray(run.pull_requests) ? run.pull_requests : [];
    return {
        id: need(event_int(run.id), 'workflow_run.id'),
        event: need(str(run.event), 'workflow_run.event'),
        conclusion: str(run.conclusion) ?? null,
        headSha: need(str(run.head_sha), 'workflow_run.head_sha'),
        headRepo: str(obj(run.head_repository)?.full_name) ?? null,
        pullRequests: prs.map((p) => event_int(obj(p)?.number)).filter((n) => n !== undefined),
    };
}
/** The page of a workflow run: `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}`. */
function runUrl(serverUrl, repository, runId) {
    return `${serverUrl.replace(/\/+$/, '')}/${repository}/actions/runs/${runId}`;
}

;// CONCATENATED MODULE: ./.build/js/src/report/markdown.js
/**
 * Markdown built from data. Anything that came from a data file or a pull request (column names,
 * category values, messages quoting cells) goes through `esc`, which neutralises markdown and HTML
 * so a crafted value cannot inject links, images, mentions, HTML or break a table.
 */
const ESCAPES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '|': '&#124;',
    '\\': '&#92;',
    '`': '&#96;',
    '*': '&#42;',
    _: '&#95;',
    '[': '&#91;',
    ']': '&#93;',
    '(': '&#40;',
    ')': '&#41;',
    '#': '&#35;',
    '~': '&#126;',
    '@': '&#64;',
    '!': '&#33;',
    ':': '&#58;',
};
/** Escapes untrusted text for a markdown table cell or line; newlines and other control characters become spaces; long text is cut. */
function esc(value, max = 120) {
    let s = value === null || value === undefined ? '' : String(value);
    // eslint-disable-next-line no-control-regex
    s = s.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ');
    if (s.length > max)
        s = s.slice(0, max - 1) + '…';
    return s.replace(/[&<>|\\`*_[\]()#~@!:]/g, (c) => ESCAPES[c]);
}
/** A markdown table; cells must already be escaped or be trusted markup. */
function table(header, rows, align) {
    const sep = header.map((_, i) => (align?.[i] === 'r' ? '---:' : '---'));
    return [header, sep, ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}
/** A collapsed section (renders on GitHub). */
function details(summary, body, open = false) {
    return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
/** Formats a number for people: fixed significant digits, no exponent for ordinary magnitudes. */
function fmt(x, digits = 4) {
    if (x === null || x === undefined)
        return '–';
    if (!Number.isFinite(x))
        return x > 0 ? '∞' : x < 0 ? '−∞' : 'n/a';
    if (x === 0)
        return '0';
    const a = Math.abs(x);
    if (a >= 1e6 || a < 1e-4)
        return x.toExponential(digits - 1);
    if (Number.isInteger(x))
        return String(x);
    return String(Number(x.toPrecision(digits)));
}
function pct(x, digits = 1) {
    return `${(x * 100).toFixed(digits)}%`;
}
/** Text in a code span: entities would show literally there, so backticks and line breaks are dropped instead. */
function code(value, max = 200) {
    let s = value === null || value === undefined ? '' : String(value).replace(/[`\r\n\t]+/g, ' ');
    if (s.length > max)
        s = s.slice(0, max - 1) + '…';
    return '`' + s + '`';
}

;// CONCATENATED MODULE: ./.build/js/src/report/model-card.js
/**
 * The model card stored with every version (model-card.md): intended use (the author's `card`
 * text), evaluation with intervals, slices, and lineage. Values from data (slice names, params)
 * are escaped; the author's text is theirs and kept as written.
 */

const ci = (m) => (m.ci && m.ci[0] !== null && m.ci[1] !== null ? `[${fmt(m.ci[0])}, ${fmt(m.ci[1])}]` : '–');
function modelCard(c) {
    const out = [`# Model card: ${esc(c.name)}`, ''];
    out.push('## Intended use', '', c.intendedUse?.trim() || '_Not stated. Pass `card` to register to describe what this model is for and what it must not be used for._', '');
    const ev = c.evaluation;
    if (ev) {
        out.push('## Evaluation', '', `Task ${esc(ev.task)}, ${ev.rows} rows, data sha256 ${code(ev.data.sha256, 80)}; intervals at ${fmt(ev.confidence * 100)}% confidence.`, '');
        out.push(table(['metric', 'value', 'interval'], Object.entries(ev.metrics).map(([k, m]) => [esc(k), fmt(m.value), ci(m)]), ['l', 'r', 'r']), '');
        const slices = ev.slices.filter((s) => !s.skipped && s.metrics);
        if (slices.length) {
            const names = [...new Set(slices.flatMap((s) => Object.keys(s.metrics)))].slice(0, 4);
            out.push('## Slices', '');
            out.push(table(['slice', 'rows', ...names.map((n) => esc(n))], slices.map((s) => [`${esc(s.column)} = ${esc(s.value)}`, String(s.rows), ...names.map((n) => fmt(s.metrics[n]?.value))]), ['l', 'r', ...names.map(() => 'r')]), '');
        }
    }
    else
        out.push('## Evaluation', '', '_No evaluation was registered with this version._', '');
    out.push('## Lineage', '');
    const commit = c.trainManifest?.git?.commit ?? c.revision;
    if (commit)
        out.push(`- Commit: ${code(commit, 80)}${c.trainManifest?.git?.dirty ? ' (working tree had changes)' : ''}`);
    if (c.source)
        out.push(`- Source: ${esc(c.source, 200)}`);
    if (c.trainManifest)
        out.push(`- Training cache key: ${code(c.trainManifest.key)}`);
    for (const f of c.files)
        out.push(`- File ${code(f.title)}: ${f.size} bytes, ${code(f.digest)}`);
    const params = c.trainManifest?.params?.values;
    if (params && Object.keys(params).length) {
        out.push('', table(['param', 'value'], Object.entries(params).map(([k, v]) => [esc(k), esc(JSON.stringify(v))])));
    }
    out.push('');
    return out.join('\n');
}

;// CONCATENATED MODULE: ./.build/js/src/actions/types.js
function defineAction(def) {
    return def;
}

;// CONCATENATED MODULE: ./.build/js/src/actions/register.js
/** register adapter: inputs -> RegisterConfig -> registry/versions.register() -> outputs, summary. */











/** Credentials and transport for any registry command: `username`/`password` or `token`, `insecure`. */
function connectionInputs(inputs, env = process.env) {
    const given = { username: inputs.string('username'), password: inputs.string('password'), token: inputs.string('token') };
    // None given: the environment variables every registry reference reads.
    const credentials = given.username || given.password || given.token ? given : (connectionFromEnv(env).credentials ?? {});
    return connectionFrom(credentials, inputs.boolean('insecure', false));
}
/** The connection from the values of those inputs (an adapter that reads them itself: monitor). */
function connectionFrom(credentials, insecure) {
    if (credentials.password && credentials.token)
        throw new errors/* ConfigurationError */.j1(`inputs 'password' and 'token': give one of them`);
    return { credentials, insecure };
}
/** Who is acting and from which run, from the Actions environment (or the local user). */
function actorFromEnv(env = process.env) {
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    let actor = env.GITHUB_ACTOR;
    if (!actor) {
        try {
            actor = (0,external_node_os_.userInfo)().username;
        }
        catch {
            actor = undefined;
        }
    }
    return {
        actor,
        runUrl: env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? runUrl(server, env.GITHUB_REPOSITORY, env.GITHUB_RUN_ID) : undefined,
        revision: env.GITHUB_SHA,
        source: env.GITHUB_REPOSITORY ? `${server.replace(/\/+$/, '')}/${env.GITHUB_REPOSITORY}` : undefined,
    };
}
function cardRenderer(c) {
    return (read) => modelCard({
        name: c.name,
        evaluation: read.evaluation,
        trainManifest: read.trainManifest,
        files: read.config.files,
        revision: c.revision,
        source: c.source,
        intendedUse: c.intendedUse,
    });
}
/* harmony default export */ const actions_register = (defineAction({
    name: 'register',
    secrets: ['password', 'token'],
    parse(inputs) {
        const name = inputs.required('name');
        const model = inputs.list('model');
        if (!model.length)
            throw new errors/* ConfigurationError */.j1(`input 'model' is required: the model file(s) to register`);
        const aliases = inputs.list('alias');
        for (const a of aliases)
            checkAlias(a);
        const card = inputs.string('card');
        const env = actorFromEnv();
        const config = {
            target: modelReference(inputs.string('registry') ?? 'oci-layout://registry', name),
            connection: connectionInputs(inputs),
            name,
            model,
            evaluation: inputs.string('evaluation'),
            trainManifest: inputs.string('train-manifest'),
            dataReport: inputs.string('data-report'),
            profile: inputs.string('profile'),
            schema: inputs.string('schema'),
            aliases,
            status: inputs.choice('status', STATUSES),
            intendedUse: card && !card.includes('\n') && (0,external_node_fs_.existsSync)(card) ? (0,external_node_fs_.readFileSync)(card, 'utf8') : card,
            actor: { actor: env.actor, runUrl: env.runUrl },
            revision: env.revision,
            source: env.source,
        };
        return Object.freeze(config);
    },
    async run(config, log) {
        const backend = reference_openBackend(config.target, config.connection);
        const r = await log.group(`register ${config.name} in ${backend.location}`, () => register(backend, {
            name: config.name,
            model: config.model,
            evaluation: config.evaluation,
            trainManifest: config.trainManifest,
            dataReport: config.dataReport,
            profile: config.profile,
            schema: config.schema,
            card: cardRenderer(config),
            aliases: config.aliases,
            status: config.status,
            revision: config.revision,
            source: config.source,
            ...config.actor,
        }, log));
        const summary = [
            `### modelgate register: ${esc(config.name)} ${r.version}`,
            '',
            `${r.created ? 'Registered' : 'Already registered (same files, same digest)'}: ${code(r.reference, 300)}`,
            '',
            `Uploaded ${r.stats.blobsUploaded} blob(s), ${r.stats.bytesUploaded} bytes; ${r.stats.blobsSkipped} already in the registry.${config.aliases.length ? ` Aliases: ${config.aliases.map((a) => code(a)).join(', ')}.` : ''}`,
            '',
        ].join('\n');
        return { passed: true, outputs: { version: r.version, digest: r.digest, reference: r.reference }, summary };
    },
}));

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
;// CONCATENATED MODULE: ./.build/js/src/generated/actions-meta.js
const actions_meta_actionsMeta = {
    "run": {
        "description": "Run the stages of a modelgate.yml (validate-data, train, evaluate-model, compare-to-baseline) in one step, in order.",
        "inputs": {
            "path": {
                "description": "A modelgate.yml, or a directory holding one. Relative paths inside it are relative to its directory.",
                "required": false,
                "default": "."
            },
            "stages": {
                "description": "Run only these stages (one per line, or space or comma separated). Default: every stage in the file, in order.",
                "required": false
            },
            "github-token": {
                "description": "Token for the stages that talk to GitHub (compare-to-baseline's comment and check), unless a stage sets its own. The default is evaluated by the runner; the CLI reads GITHUB_TOKEN (or GH_TOKEN). Never write a token or any `${{ }}` expression into modelgate.yml: the runner does not evaluate that file.",
                "required": false,
                "default": "${{ github.token }}"
            },
            "html": {
                "description": "Also write a self-contained HTML page (one page for the whole pipeline: the data report, every evaluation and the comparison the stages wrote) to this path: inline SVG charts, no script, no network request; opens offline.",
                "required": false
            }
        },
        "outputs": {
            "passed": {
                "description": "`true` when every stage passed."
            },
            "failed-stages": {
                "description": "Comma-separated names of the stages that failed."
            },
            "outputs": {
                "description": "JSON object: stage name -> that stage's outputs."
            }
        }
    },
    "compare-to-baseline": {
        "description": "Compare a candidate evaluation with the production baseline by paired statistical tests, gate the merge, and post one sticky PR comment with the metrics diff.",
        "inputs": {
            "mode": {
                "description": "`compare` (default): compare, comment and check. `publish`: post a comparison made by a pull_request run of a fork (read from `out` and `comment-file`), from a workflow_run workflow, without running any PR code.",
                "required": false,
                "default": "compare"
            },
            "candidate": {
                "description": "Required in `compare` mode: evaluation.json of the candidate model, or a registered version holding one.",
                "required": false
            },
            "baseline": {
                "description": "evaluation.json of the production model, or a registered version (`oci-layout://registry/churn:production`): its stored evaluation when it ran on the candidate's data, else its model evaluated on the candidate's rows so tests stay paired. Without it this is the first model: only absolute gates (min, max) apply.",
                "required": false
            },
            "gates": {
                "description": "Gate file (YAML or JSON; schema src/schemas/gates.schema.json) or inline YAML.",
                "required": false
            },
            "confidence": {
                "description": "Confidence level of the decisions; overrides the gate file. Default 0.95.",
                "required": false
            },
            "correction": {
                "description": "Adjustment across gates: `holm`, `bh` or `none`; overrides the gate file. Default holm.",
                "required": false
            },
            "bootstrap": {
                "description": "Resamples of the paired bootstraps.",
                "required": false,
                "default": "2000"
            },
            "seed": {
                "description": "Seed of the paired bootstraps.",
                "required": false,
                "default": "0"
            },
            "data-report": {
                "description": "data-report.json from validate-data, shown in a collapsed section of the comment.",
                "required": false
            },
            "train-manifest": {
                "description": "train-manifest.json of the candidate, for the training section (cache hit, params diff).",
                "required": false
            },
            "baseline-manifest": {
                "description": "train-manifest.json of the baseline, to diff params against.",
                "required": false
            },
            "sweep-report": {
                "description": "sweep.json of the sweep that chose the candidate (train's `sweep-report` output): the comment gets a collapsed leaderboard and the chosen variant's validation score beside its test score (the candidate's evaluation).",
                "required": false
            },
            "comment": {
                "description": "Post or update the sticky PR comment. Default: true in a pull_request run, false elsewhere.",
                "required": false
            },
            "github-token": {
                "description": "Token for the comment, the check run and override permission checks. The default is evaluated by the runner; the CLI reads GITHUB_TOKEN (or GH_TOKEN).",
                "required": false,
                "default": "${{ github.token }}"
            },
            "check-name": {
                "description": "Name of the check run (or commit status) that carries the verdict, for branch protection.",
                "required": false,
                "default": "modelgate"
            },
            "out": {
                "description": "Path of comparison.json.",
                "required": false,
                "default": "comparison.json"
            },
            "html": {
                "description": "Also write a self-contained HTML page (each gated delta with its interval against the allowed margin, the gate table, and the evaluations and data report it was given) to this path: inline SVG charts, no script, no network request; opens offline.",
                "required": false
            },
            "comment-file": {
                "description": "Path of the comment markdown.",
                "required": false,
                "default": "comparison.md"
            },
            "fail-on-gate": {
                "description": "Fail the step when a gate fails.",
                "required": false,
                "default": "true"
            },
            "fail-on-publish-error": {
                "description": "Fail the step when the comment or the check cannot be posted (GitHub down, too slow, refused). The verdict, outputs, summary and files are written first either way. Default: false in `compare` mode (the error is reported as an annotation and the step follows the verdict), true in `publish` mode.",
                "required": false
            },
            "publish-timeout": {
                "description": "Seconds that all GitHub calls of the step may take together (each request at most 30 s of it, retries included); past it publishing stops and is reported as failed.",
                "required": false,
                "default": "120"
            }
        },
        "outputs": {
            "passed": {
                "description": "`true` when every gate passed, `false` when one failed, empty when no gates are configured."
            },
            "failed-gates": {
                "description": "Comma-separated names of the failed gates (metric, or metric[column=value])."
            },
            "comment-url": {
                "description": "URL of the PR comment, when one was posted."
            },
            "report": {
                "description": "Path of comparison.json."
            }
        }
    },
    "deploy": {
        "description": "Roll a registered model out to a modelgate server or KServe (direct, blue-green, canary or shadow), judge candidate against stable statistically at each step, and promote or roll back; report to GitHub Deployments.",
        "inputs": {
            "model": {
                "description": "Registry reference of the model to deploy (registry/repository:tag or @sha256:digest, or a URI).",
                "required": true
            },
            "target": {
                "description": "Where to deploy: the URL of a `modelgate serve` server (its admin API), or `kserve` (an InferenceService applied with kubectl; needs `kserve-service` and `prometheus-url`).",
                "required": true
            },
            "strategy": {
                "description": "`direct`, `blue-green`, `canary` or `shadow`. kserve supports direct and canary (KServe cannot mirror traffic).",
                "required": false,
                "default": "canary"
            },
            "steps": {
                "description": "Canary weights in percent, ascending, ending at 100.",
                "required": false,
                "default": "10,50,100"
            },
            "interval": {
                "description": "Bake time of each judged step (the observation window): a number and a unit (ms, s, m, h, d, w), e.g. `30s`, `5m`, `1h`, `1m30s`; a plain number is seconds; at most 24h.",
                "required": false,
                "default": "30s"
            },
            "max-interval": {
                "description": "Longest a judged window may grow while it has fewer than `min-samples` requests per variant (low traffic): it is extended by `interval` at a time up to this, then the step is `no-data`. Default: 4 × `interval`; set it to `interval` for fixed windows.",
                "required": false
            },
            "warmup": {
                "description": "How long the candidate takes traffic, unjudged, before its first judged window (the first canary step, the blue-green bake, the shadow window): a freshly loaded model answers its first requests slower than a warm stable does, and a short window would count that against it (Spinnaker calls this the warm-up before analysis). Once per rollout. Default: 0.",
                "required": false
            },
            "termination-wait": {
                "description": "blue-green: how long blue is kept after the switch while green is judged on live traffic. Default: `interval`.",
                "required": false
            },
            "min-samples": {
                "description": "Fewest requests per variant in a window for the judge to decide; fewer is `no-data` (never a pass).",
                "required": false,
                "default": "200"
            },
            "judge": {
                "description": "Judge file (YAML or JSON) or inline YAML: confidence (0.98), tolerance (0.25), pass (95), marginal (75), groups (weights), metrics. Default: latency and a critical error rate (and agreement for shadow).",
                "required": false
            },
            "environment": {
                "description": "GitHub environment to record the rollout in as a deployment with statuses (needs `deployments: write`).",
                "required": false
            },
            "admin-token": {
                "description": "Bearer token of the modelgate server admin API. Masked in logs.",
                "required": false
            },
            "github-token": {
                "description": "Token for GitHub Deployments (used only with `environment`).",
                "required": false,
                "default": "${{ github.token }}"
            },
            "report": {
                "description": "Path of deployment.json.",
                "required": false,
                "default": "deployment.json"
            },
            "prometheus-url": {
                "description": "kserve: the Prometheus server that scrapes the modelgate metrics of the InferenceService.",
                "required": false
            },
            "kserve-service": {
                "description": "kserve: the InferenceService as namespace/name.",
                "required": false
            },
            "kserve-runtime": {
                "description": "kserve: the ServingRuntime to serve with (default: the one KServe picks for ONNX).",
                "required": false
            }
        },
        "outputs": {
            "decision": {
                "description": "`promoted`, `rolled-back`, `no-data` (traffic stays on stable), or `passed` (a shadow rollout that the judge passed; traffic never moved)."
            },
            "report": {
                "description": "Path of deployment.json."
            }
        }
    },
    "evaluate-model": {
        "description": "Evaluate an ONNX model on a dataset with onnxruntime: metrics with confidence intervals, slice metrics, calibration and latency, plus per-row predictions for paired comparisons.",
        "inputs": {
            "model": {
                "description": "Required (unless `merge`): the model, an .onnx file, or a registered version (`oci-layout://registry/churn:production`, `oci://ghcr.io/o/r/churn@sha256:…`; credentials from MODELGATE_REGISTRY_USERNAME/_PASSWORD/_TOKEN).",
                "required": false
            },
            "data": {
                "description": "Required (unless `merge`): evaluation data files or globs (CSV, TSV, JSONL, Parquet), one per line.",
                "required": false
            },
            "format": {
                "description": "Force the reader: `csv`, `tsv`, `jsonl` or `parquet`. Default: from the file extension.",
                "required": false
            },
            "label": {
                "description": "Required (unless `merge`): the column holding the true label (or target value).",
                "required": false
            },
            "task": {
                "description": "`binary`, `multiclass` or `regression`. Default: inferred from the model outputs and the labels.",
                "required": false
            },
            "features": {
                "description": "Columns that feed a single [N, F] input, in training order, one per line (a name may hold spaces, commas or parentheses). Default: every column but the label, `ignore`, `slice-by` and `sensitive`. Models with one input per column take their columns by name.",
                "required": false
            },
            "ignore": {
                "description": "Columns never fed to the model (ids, timestamps), one per line.",
                "required": false
            },
            "na-values": {
                "description": "CSV/TSV cells that mean a missing value, read as train and validate-data read them (a list input): a float input gets NaN (the model's imputer fills it). Default: pandas' list (`NA`, `N/A`, `n/a`, `NULL`, `null`, `NaN`, `nan`, `None`, `#N/A`, ...); `default, -999` extends it; `none` means only empty cells.",
                "required": false
            },
            "positive-label": {
                "description": "The positive class of a binary task. Default: the second class in sorted order (scikit-learn's classes_[1]), e.g. 1.",
                "required": false
            },
            "threshold": {
                "description": "Binary decision threshold on the positive-class probability: a row is predicted positive when its probability is >= threshold.",
                "required": false,
                "default": "0.5"
            },
            "score-type": {
                "description": "For a model whose one output is a single column: `probability`, `logit` (a sigmoid is applied) or `auto` (a Sigmoid node or values within [0, 1] mean probability).",
                "required": false,
                "default": "auto"
            },
            "slice-by": {
                "description": "Columns to compute metrics per value of, one per line.",
                "required": false
            },
            "sensitive": {
                "description": "Sensitive columns for the fairness audit (binary tasks), one per line; `a*b` audits the intersection of two columns. Per group: selection rate, true and false positive rates, precision and accuracy with intervals; across groups: fairlearn's demographic parity, equalized odds and equal opportunity measures and the disparate impact ratio (four-fifths rule), with bootstrap intervals. A sensitive column is read from the data and never fed to the model.",
                "required": false
            },
            "min-slice-rows": {
                "description": "Slices with fewer rows are not reported on their own; their values are pooled into \"(other)\".",
                "required": false,
                "default": "30"
            },
            "confidence": {
                "description": "Confidence level of every interval.",
                "required": false,
                "default": "0.95"
            },
            "bootstrap": {
                "description": "Resamples for bootstrap intervals.",
                "required": false,
                "default": "1000"
            },
            "seed": {
                "description": "Seed for the bootstrap: the same seed, data and model give the same intervals.",
                "required": false,
                "default": "0"
            },
            "batch-size": {
                "description": "Rows per onnxruntime call.",
                "required": false,
                "default": "4096"
            },
            "importance": {
                "description": "Compute permutation feature importance (scikit-learn's `permutation_importance`) on a sample of the rows: `true` or `false`.",
                "required": false,
                "default": "false"
            },
            "importance-repeats": {
                "description": "Shuffles per feature for `importance`; each gives one decrease, the interval comes from their spread.",
                "required": false,
                "default": "5"
            },
            "importance-max-rows": {
                "description": "Rows sampled (uniformly, seeded) for `importance`; its cost is (1 + features x repeats) predictions of these rows.",
                "required": false,
                "default": "10000"
            },
            "importance-metric": {
                "description": "Score whose decrease `importance` measures: `accuracy`, `roc_auc`, `log_loss` (classification), `r2`, `mae`, `rmse` (regression). Default: accuracy for classifiers, r2 for regression (scikit-learn's estimator.score).",
                "required": false
            },
            "shard": {
                "description": "Evaluate only shard `i/n` of the rows (row index modulo n equals i); merge the shards with `merge`.",
                "required": false
            },
            "merge": {
                "description": "evaluation.json files of shards (one per line, globs allowed) to merge into one evaluation instead of running the model.",
                "required": false
            },
            "out": {
                "description": "Path of evaluation.json.",
                "required": false,
                "default": "evaluation.json"
            },
            "html": {
                "description": "Also write a self-contained HTML page (metrics with intervals, ROC and precision-recall curves, the reliability diagram, the confusion matrix, per-slice metrics with intervals) to this path: inline SVG charts, no script, no network request; opens offline.",
                "required": false
            },
            "predictions": {
                "description": "Path of the per-row predictions file (CSV), used by compare-to-baseline for paired tests. Default: next to `out`, named predictions.csv.",
                "required": false
            },
            "split-by": {
                "description": "A time column (ISO 8601 text, or a Parquet DATE/TIMESTAMP): evaluate only the rows at or after `split-at`, the rows after those the model was trained on (train takes the same two inputs). Never fed to the model. The span evaluated is written to evaluation.json (`timeRange`).",
                "required": false
            },
            "split-at": {
                "description": "With `split-by`: the cut-off, an ISO 8601 date or timestamp (a date is its start, 00:00 UTC).",
                "required": false
            },
            "experiments": {
                "description": "Where this run is recorded for `modelgate exp show` and `exp diff`: a folder (one JSON file per run), `oci://<host>/<repository>` (one small tagged artifact per run, credentials from MODELGATE_REGISTRY_USERNAME with _PASSWORD or _TOKEN), or `false` for no record.",
                "required": false,
                "default": ".modelgate/runs"
            },
            "workers": {
                "description": "Worker threads for the pass over one CSV/TSV file, each with its own onnxruntime session of cores / workers intra-op threads (evaluation.json is the same for any number apart from latency; predictions.csv the same bytes). Default: the cores available (`os.availableParallelism()`).",
                "required": false
            }
        },
        "outputs": {
            "task": {
                "description": "The task evaluated: binary, multiclass or regression."
            },
            "rows": {
                "description": "Rows evaluated."
            },
            "accuracy": {
                "description": "Accuracy (classification)."
            },
            "roc-auc": {
                "description": "ROC AUC (binary)."
            },
            "f1": {
                "description": "F1 of the positive class (binary)."
            },
            "macro-f1": {
                "description": "Macro-averaged F1 (multiclass)."
            },
            "log-loss": {
                "description": "Log loss (classification)."
            },
            "rmse": {
                "description": "Root mean squared error (regression)."
            },
            "mae": {
                "description": "Mean absolute error (regression)."
            },
            "r2": {
                "description": "Coefficient of determination (regression)."
            },
            "report": {
                "description": "Path of evaluation.json."
            },
            "predictions": {
                "description": "Path of the predictions file."
            },
            "roc_auc": {
                "description": "Deprecated alias of `roc-auc` (same value), kept until v2."
            },
            "macro_f1": {
                "description": "Deprecated alias of `macro-f1` (same value), kept until v2."
            },
            "log_loss": {
                "description": "Deprecated alias of `log-loss` (same value), kept until v2."
            },
            "run-id": {
                "description": "The id of the experiment run recorded (empty when none was)."
            }
        }
    },
    "monitor": {
        "description": "Test a window of production data (capture files of modelgate serve, or any dataset) against what the registry stores for a model version: feature drift against its training profile, prediction drift, data quality against its schema, and with labels, decay of its real metrics. Finds none, warn or act, and appends the result to the version's history.",
        "inputs": {
            "data": {
                "description": "Production data: files or globs (space or newline separated), CSV, TSV, JSON Lines or Parquet; e.g. the capture files of `modelgate serve` (`capture/*.jsonl`). In capture files, shadow answers are left out.",
                "required": true
            },
            "format": {
                "description": "Data format when the extension does not tell: csv, tsv, jsonl or parquet.",
                "required": false
            },
            "model": {
                "description": "Registry reference of the version to monitor, usually an alias: `oci-layout://registry/churn:production` or `oci://ghcr.io/<owner>/<repo>/churn:production`. It must hold the training profile (register's `profile`).",
                "required": true
            },
            "labels": {
                "description": "Labels that arrived later: a file (CSV, JSON Lines, Parquet) with `request_id` and the true label (a column named as the model's label, or `label`). Joined to the recorded predictions to measure and test decay; the model is not run again.",
                "required": false
            },
            "window": {
                "description": "Keep the rows whose time is within this of the newest row (or of `as-of`): `7d`, `12h`, `30m`, `2w`, `1d12h` (at least a minute). Default: every row.",
                "required": false
            },
            "time-column": {
                "description": "The column with each row's time: ISO 8601 (UTC unless it has an offset) or Unix seconds. Default: `timestamp` when the data has it (capture files do).",
                "required": false
            },
            "as-of": {
                "description": "End of the window, an ISO 8601 time. Default: the newest row's time.",
                "required": false
            },
            "thresholds": {
                "description": "What counts: a file (YAML or JSON) or inline YAML with alpha (0.05), top-features (3), warn-drifted-features (1), act-drifted-share (0.5), prediction-drift (act), quality (warn), min-labelled-rows (30), metrics (all with a test), drift (validate-data's drift settings).",
                "required": false
            },
            "report": {
                "description": "Path of monitor-report.json.",
                "required": false,
                "default": "monitor-report.json"
            },
            "fail-on": {
                "description": "Fail the step (exit 1) on this finding or a worse one: `act`, `warn`, or `never` (the finding is an output either way).",
                "required": false,
                "default": "never"
            },
            "record": {
                "description": "Append the result to the version's history in the registry (`modelgate registry history` shows it).",
                "required": false,
                "default": "true"
            },
            "username": {
                "description": "Registry username (with `password`).",
                "required": false
            },
            "password": {
                "description": "Registry password. Masked in logs; never stored.",
                "required": false
            },
            "token": {
                "description": "Registry token, used as the password (for ghcr.io: `github.token`; `packages: write` to record the history, `packages: read` with `record: false`). Masked in logs; never stored.",
                "required": false
            },
            "insecure": {
                "description": "Allow plain HTTP to a registry that is not on loopback (loopback hosts always use HTTP).",
                "required": false,
                "default": "false"
            }
        },
        "outputs": {
            "finding": {
                "description": "`none`, `warn` or `act` (see the README's Monitor section for what each means)."
            },
            "drifted-columns": {
                "description": "The drifted features, as a JSON array of names (`[]` when none)."
            },
            "report": {
                "description": "Path of monitor-report.json."
            }
        }
    },
    "register": {
        "description": "Register a model version in an OCI registry (an OCI image layout folder by default, or any distribution registry such as ghcr.io): immutable v1, v2… tags, moving aliases, the evaluation, lineage and model card stored with it, and an append-only history.",
        "inputs": {
            "registry": {
                "description": "Where versions go: `oci-layout://<dir>` (a folder, one OCI image layout per model) or `oci://<host>/<repository>` (e.g. `oci://ghcr.io/<owner>/<repo>`). The model's `name` is appended.",
                "required": false,
                "default": "oci-layout://registry"
            },
            "name": {
                "description": "The model's name: lowercase letters, digits and . _ - (the last segment of its repository).",
                "required": true
            },
            "model": {
                "description": "The model file(s) to register (space or newline separated), each stored unchanged as a layer titled with its file name.",
                "required": true
            },
            "evaluation": {
                "description": "evaluation.json of this model; its metrics and data digest go into the version's config and model card.",
                "required": false
            },
            "train-manifest": {
                "description": "train-manifest.json: cache key, params and commit are recorded as lineage.",
                "required": false
            },
            "data-report": {
                "description": "data-report.json of the training data, stored with the version.",
                "required": false
            },
            "profile": {
                "description": "profile.json of the training data, stored with the version (what `monitor` tests production data against).",
                "required": false
            },
            "schema": {
                "description": "The data schema validate-data checked the training data with (YAML or JSON), stored with the version (what `monitor` checks the quality of production rows against).",
                "required": false
            },
            "alias": {
                "description": "Aliases to point at this version (space or comma separated), e.g. `staging`. `latest` and `v<digits>` are reserved.",
                "required": false
            },
            "status": {
                "description": "Approval status to record: `pending`, `approved` or `rejected`. Default: pending for a new version, unchanged for an existing one.",
                "required": false
            },
            "card": {
                "description": "Intended use for the model card: markdown text, or a path to a markdown file.",
                "required": false
            },
            "username": {
                "description": "Registry username (with `password`). For ghcr.io any non-empty name works with a token. When none of username, password and token is given: MODELGATE_REGISTRY_USERNAME/_PASSWORD/_TOKEN from the environment, as registry references read them.",
                "required": false
            },
            "password": {
                "description": "Registry password. Masked in logs; never stored.",
                "required": false
            },
            "token": {
                "description": "Registry token, used as the password (for ghcr.io: `github.token` with `packages: write`). Masked in logs; never stored.",
                "required": false
            },
            "insecure": {
                "description": "Allow plain HTTP to a registry that is not on loopback (loopback hosts always use HTTP).",
                "required": false,
                "default": "false"
            }
        },
        "outputs": {
            "version": {
                "description": "The version tag, e.g. `v3` (the existing one when these files were already registered)."
            },
            "digest": {
                "description": "The manifest digest of the version (sha256:…)."
            },
            "reference": {
                "description": "The immutable reference: `<registry>/<name>@<digest>`, usable as compare-to-baseline's `baseline` or evaluate-model's `model`."
            }
        }
    },
    "retrain": {
        "description": "Act on a monitoring finding: add the window's labelled rows to the training data (`mode: data`), then open or update one retrain pull request on a branch of its own, or one drift issue when there were no labels (`mode: publish`).",
        "inputs": {
            "mode": {
                "description": "`data`: add the window's rows to the training data file when the finding calls for a retrain (read-only job, before `train`). `publish`: open or update the retrain pull request (labelled `act`) or the drift issue (unlabelled `act`); nothing on `warn` or `none`. Publish runs no code from the repository and treats every file it reads as untrusted.",
                "required": true
            },
            "report": {
                "description": "monitor-report.json written by `monitor`: its `finding` and whether labels were tested (`decay`) decide what happens; its drifted columns and decayed metrics are shown. Required in `publish` mode; in `data` mode without it the window is added unconditionally (the workflow decided).",
                "required": false
            },
            "training-data": {
                "description": "`data` mode: the training data file (CSV, TSV or JSON Lines) that `train` reads.",
                "required": false
            },
            "out": {
                "description": "`data` mode: where the training data with the window's rows is written. Default: `training-data` itself, in place (the file the retrain pull request commits).",
                "required": false
            },
            "window": {
                "description": "`data` mode: the window's labelled rows (features and label, the training data's columns), as a CSV, TSV or JSON Lines file.",
                "required": false
            },
            "holdout": {
                "description": "`data` mode: the share of the window held out of training, its newest rows (rounded up), written to `holdout-data`: the rows on which the candidate and production are evaluated, so that neither was trained on them. 0 adds the whole window (then evaluate on other rows).",
                "required": false,
                "default": "0.5"
            },
            "holdout-data": {
                "description": "`data` mode: where the held-out rows are written (the window's format and columns). Required when `holdout` is above 0.",
                "required": false
            },
            "retrain-data": {
                "description": "`append` (the training data grows by the window) or `replace-oldest` (as many of its first rows are dropped, so its size stays). Default: `append`. In publish mode it is only named in the pull request's text.",
                "required": false
            },
            "files": {
                "description": "`publish` mode: repository paths to commit on the retrain branch (the training data or its pointer file, changed params), one per line; each is read from `source-dir`. Paths come from the workflow, never from the artifact.",
                "required": false
            },
            "source-dir": {
                "description": "`publish` mode: the folder holding the new contents of `files` (where the artifact of the monitoring job was downloaded).",
                "required": false,
                "default": "."
            },
            "report-path": {
                "description": "`publish` mode: where in the repository the monitoring report is committed on the branch (JSON; a markdown rendering goes beside it with `.md`).",
                "required": false,
                "default": "monitoring/monitor-report.json"
            },
            "branch": {
                "description": "The retrain pull request's branch. Each run rebuilds it as one commit on the base branch's head; a branch with commits modelgate did not make is never overwritten.",
                "required": false,
                "default": "modelgate/retrain"
            },
            "base": {
                "description": "The branch the pull request targets. Default: the repository's default branch. Nothing is ever committed to it.",
                "required": false
            },
            "comparison": {
                "description": "`publish` mode: comparison.json of the retrained candidate against production on the window's labelled rows (compare-to-baseline with `comment: false`); posted on the pull request as the sticky comment (from `comment-file`) and the `check-name` check on its head commit.",
                "required": false
            },
            "comment-file": {
                "description": "The comparison's markdown. Default: `comparison` with `.md` for `.json`.",
                "required": false
            },
            "labels": {
                "description": "`publish` mode: labels given to the drift issue when it is created, one per line.",
                "required": false
            },
            "github-token": {
                "description": "Token for the branch, the pull request, the issue, the comment and the check. The default is evaluated by the runner; the CLI reads GITHUB_TOKEN (or GH_TOKEN). A pull request opened with the workflow's GITHUB_TOKEN starts no `pull_request` workflow: pass a GitHub App token to have the PR gate run as well.",
                "required": false,
                "default": "${{ github.token }}"
            },
            "check-name": {
                "description": "Name of the check run (or commit status) that carries the comparison's verdict on the pull request's head.",
                "required": false,
                "default": "modelgate"
            },
            "publish-timeout": {
                "description": "Seconds that all GitHub calls of the step may take together (each request at most 30 s of it, retries included).",
                "required": false,
                "default": "120"
            }
        },
        "outputs": {
            "next": {
                "description": "What the finding calls for: `pull-request` (labelled `act`), `issue` (unlabelled `act`) or `none` (`warn`, `none`); empty in `data` mode without a report."
            },
            "rows": {
                "description": "`data` mode: rows of the training data after the window was added."
            },
            "added": {
                "description": "`data` mode: window rows added."
            },
            "dropped": {
                "description": "`data` mode: training rows dropped (`replace-oldest`)."
            },
            "held-out": {
                "description": "`data` mode: window rows held out in `holdout-data`."
            },
            "result": {
                "description": "`publish` mode: `created`, `updated` or `unchanged` (the pull request or issue), empty when nothing was done."
            },
            "number": {
                "description": "`publish` mode: the number of the pull request or issue."
            },
            "url": {
                "description": "`publish` mode: the URL of the pull request or issue."
            }
        }
    },
    "train": {
        "description": "Train a model only when its data, code or params changed: run your command (or a built-in trainer that exports ONNX), cache its outputs under a digest of its inputs, and record its lineage.",
        "inputs": {
            "command": {
                "description": "Your training command, any language, run by the shell in the workspace. Leave empty to use a built-in trainer (`algorithm`).",
                "required": false
            },
            "inputs": {
                "description": "Globs of the files whose content decides whether training must run: data, code, params, lockfiles (one per line). Required with `command`.",
                "required": false
            },
            "outputs": {
                "description": "Required with `command`: paths the command produces (model, metrics), one per line, inside the workspace: restored on a cache hit, saved on a miss.",
                "required": false
            },
            "params": {
                "description": "A params file (YAML, JSON or key=value); its values are part of the cache key, recorded in the manifest and diffed in the PR comment.",
                "required": false
            },
            "cache": {
                "description": "Reuse outputs of an earlier run with the same inputs (Actions cache in a workflow, a local folder outside).",
                "required": false,
                "default": "true"
            },
            "cache-key-prefix": {
                "description": "Prefix of the cache key, to keep caches of different models apart.",
                "required": false,
                "default": "modelgate-train"
            },
            "manifest": {
                "description": "Path of train-manifest.json (inputs and their digests, command, params, git commit, timings, cache hit).",
                "required": false,
                "default": "train-manifest.json"
            },
            "algorithm": {
                "description": "Built-in trainer: `logistic-regression` (binary or multinomial) or `linear-regression` (ridge), exported to ONNX with imputation, scaling and one-hot encoding inside the graph.",
                "required": false
            },
            "data": {
                "description": "Required with `algorithm`: the training data files or globs, one per line.",
                "required": false
            },
            "label": {
                "description": "Required with `algorithm`: the label column.",
                "required": false
            },
            "features": {
                "description": "Built-in trainers: feature columns, one per line (a name may hold spaces, commas or parentheses). Default: every column but the label, `ignore` and `split-by`, leaving out time columns (dates, timestamps) and identifier-like text columns (more than half the values distinct), named in the log.",
                "required": false
            },
            "ignore": {
                "description": "Built-in trainers: columns never used as features, one per line.",
                "required": false
            },
            "na-values": {
                "description": "Built-in trainers: CSV/TSV cells that mean a missing value, as validate-data reads them (a list input). Default: pandas' list (`NA`, `N/A`, `n/a`, `NULL`, `null`, `NaN`, `nan`, `None`, `#N/A`, ...); `default, -999` extends it; `none` means only empty cells.",
                "required": false
            },
            "model": {
                "description": "Built-in trainers: path of the .onnx model to write.",
                "required": false,
                "default": "model.onnx"
            },
            "seed": {
                "description": "Built-in trainers: seed. The same data and seed give a byte-identical model file.",
                "required": false,
                "default": "0"
            },
            "max-categories": {
                "description": "Built-in trainers: the most distinct values a categorical column (or a classification label) may have; more is an error that names the column.",
                "required": false,
                "default": "1000"
            },
            "split-by": {
                "description": "Built-in trainers: a time column (ISO 8601 text, or a Parquet DATE/TIMESTAMP) to split on: only the rows before `split-at` are trained on. Never a feature. The training rows' span goes into the manifest, for compare-to-baseline's leakage check.",
                "required": false
            },
            "split-at": {
                "description": "Built-in trainers, with `split-by`: the cut-off, an ISO 8601 date or timestamp (a date is its start, 00:00 UTC). evaluate-model takes the same two inputs and keeps the rows at or after it.",
                "required": false
            },
            "experiments": {
                "description": "Where this run is recorded for `modelgate exp show` and `exp diff`: a folder (one JSON file per run), `oci://<host>/<repository>` (one small tagged artifact per run, credentials from MODELGATE_REGISTRY_USERNAME with _PASSWORD or _TOKEN), or `false` for no record.",
                "required": false,
                "default": ".modelgate/runs"
            },
            "l2": {
                "description": "Built-in trainers: L2 penalty strength; logistic-regression: 1/C of scikit-learn's LogisticRegression, linear-regression: Ridge's alpha. 0 means no penalty.",
                "required": false,
                "default": "1"
            },
            "sweep": {
                "description": "A hyperparameter sweep (a file or inline YAML, schema sweep.schema.json): a grid or a seeded random sample over train inputs (`l2`, `seed`, ...) with a budget; each variant is trained through the cache and scored on the `validation` split, and the best one becomes `model`.",
                "required": false
            },
            "sweep-step": {
                "description": "With `sweep`: `all` (plan, train every variant in parallel up to the cores, collect), `plan` (only write the variants as the `sweep-matrix` output for a job matrix), `variant` (train and score the one variant `sweep-variant`), or `collect` (choose among the variants' results and restore the winner from the cache).",
                "required": false,
                "default": "all"
            },
            "sweep-variant": {
                "description": "With `sweep-step: variant`: the variant to train, a name from the `sweep-matrix` output (e.g. `v03`).",
                "required": false
            },
            "sweep-results": {
                "description": "With `sweep-step: collect`: globs of the variants' result.json files (downloaded artifacts of the matrix jobs), one per line. Default: the sweep folder's `*/result.json`.",
                "required": false
            }
        },
        "outputs": {
            "cache-hit": {
                "description": "`true` when the outputs were restored from the cache and nothing was trained."
            },
            "model": {
                "description": "Path of the model, relative to the working directory (built-in trainers: `model`; command mode: the first of `outputs`)."
            },
            "manifest": {
                "description": "Path of train-manifest.json, relative to the working directory like `model`."
            },
            "duration-seconds": {
                "description": "Seconds spent training, to 0.1 s (0 on a cache hit)."
            },
            "sweep-matrix": {
                "description": "With `sweep`: the variants as a job matrix, `{\"include\":[{\"variant\":\"v01\",\"l2\":\"0.1\"},...]}`, for `fromJSON` in `strategy.matrix`."
            },
            "sweep-report": {
                "description": "With `sweep` (`all` or `collect`): path of sweep.json, the variants' validation scores and the chosen one."
            },
            "sweep-winner": {
                "description": "With `sweep` (`all` or `collect`): the chosen variant."
            },
            "run-id": {
                "description": "The id of the experiment run recorded (empty when none was)."
            }
        }
    },
    "validate-data": {
        "description": "Validate a dataset against a schema, profile it in one streaming pass, and test it for drift against a reference.",
        "inputs": {
            "data": {
                "description": "Required (unless `merge`): data files or globs, one per line (CSV, TSV, JSONL, Parquet, chosen by extension or by `format`). Several files are read as one dataset.",
                "required": false
            },
            "format": {
                "description": "Force the reader: `csv`, `tsv`, `jsonl` or `parquet`. Default: from the file extension.",
                "required": false
            },
            "schema": {
                "description": "Schema file (JSON or YAML): a JSON Schema (draft 2020-12) for one row, plus dataset rules under `x-dataset`.",
                "required": false
            },
            "infer-schema": {
                "description": "Write a schema inferred from `data` to this path: types, nullability, ranges with a margin, small category sets.",
                "required": false
            },
            "reference": {
                "description": "Dataset (exact tests) or profile.json (tests on its sketches, with their error bound) to test drift against.",
                "required": false
            },
            "drift": {
                "description": "Drift settings, a YAML/JSON file or inline YAML: per-column `test` and `threshold`, and `dataset-drift-share`.",
                "required": false
            },
            "na-values": {
                "description": "CSV/TSV cells that mean a missing value (a list input). Default: pandas' list (`NA`, `N/A`, `n/a`, `NULL`, `null`, `NaN`, `nan`, `None`, `#N/A`, ...). `default` stands for that list (`default, -999` extends it); `none` means only empty cells.",
                "required": false
            },
            "as-of": {
                "description": "The time `freshness` and `not-future` rules are judged at: an ISO 8601 date or timestamp (a date is its start, 00:00 UTC; a timestamp without a zone is UTC). Default: the time of the run.",
                "required": false
            },
            "profile": {
                "description": "Write the profile of `data` (mergeable sketches) to this path.",
                "required": false
            },
            "merge": {
                "description": "Profile files (one per line, globs allowed) to merge into one instead of reading `data`; the merged profile is written to `profile`.",
                "required": false
            },
            "shard": {
                "description": "Read only shard `i/n` of the rows (row index modulo n equals i, 0-based), for a matrix of jobs whose profiles are merged.",
                "required": false
            },
            "report": {
                "description": "Path of data-report.json. Default: `data-report.json`, or no report when `infer-schema` is given without `report`.",
                "required": false
            },
            "markdown": {
                "description": "Also write the report as a markdown section to this path (for a PR comment).",
                "required": false
            },
            "html": {
                "description": "Also write a self-contained HTML page (column histograms, the reference overlaid on drifted columns, the drift table) to this path: inline SVG charts, no script, no network request; opens offline.",
                "required": false
            },
            "sensitive": {
                "description": "Sensitive columns (one per line; `a*b` for the intersection of two) whose groups' labels are compared before any model: SageMaker Clarify's class imbalance and difference in positive proportions per group, with 95% intervals. Needs `label`. Reported, never failing the run.",
                "required": false
            },
            "label": {
                "description": "The label column, for `sensitive`.",
                "required": false
            },
            "positive-label": {
                "description": "The positive label for `sensitive`. Default: 1 for 0/1 labels, else the second of two labels in sorted order.",
                "required": false
            },
            "fail-on": {
                "description": "What fails the step: `any` (violations or drift), `violations`, `drift`, or `never`.",
                "required": false,
                "default": "any"
            },
            "max-samples": {
                "description": "How many violations to keep as samples in the report (all are counted).",
                "required": false,
                "default": "100"
            },
            "annotations": {
                "description": "How many violations become annotations on the data file lines in the pull request.",
                "required": false,
                "default": "10"
            },
            "workers": {
                "description": "Worker threads for the pass over one large CSV/TSV or Parquet file (the report and profile are the same for any number). Default: the cores available (`os.availableParallelism()`).",
                "required": false
            }
        },
        "outputs": {
            "passed": {
                "description": "`true` when nothing that `fail-on` names was found."
            },
            "rows": {
                "description": "Rows read."
            },
            "violations": {
                "description": "Number of violations found."
            },
            "drifted-columns": {
                "description": "Comma-separated names of the columns that drifted."
            },
            "report": {
                "description": "Path of data-report.json (empty when none was written)."
            }
        }
    }
};

;// CONCATENATED MODULE: ./.build/js/src/lib/paths.js
/**
 * The path policy, for every action and every way of running it (one check, applied by `Inputs`):
 *
 * - Paths that come from the repository (action inputs in a workflow, the keys of modelgate.yml)
 *   must resolve inside the workspace, or inside the runner's temporary directory (RUNNER_TEMP).
 *   A pull request can edit both, and `data: ../../../etc/passwd` would otherwise copy a runner
 *   file into a report, or `report: ../../x.json` write over one.
 * - The workspace is GITHUB_WORKSPACE in Actions; for `modelgate run <dir>` it is the current
 *   directory when the file is inside it, else the file's own directory.
 * - Flags typed on the command line (`modelgate validate-data --data ~/x.csv`) are the user's own
 *   and are not confined.
 *
 * The check is lexical (`..` segments are resolved, symbolic links are not followed).
 */


/** True when `path` (resolved against `base`) is `dir` or below it. */
function isInside(path, dir, base = process.cwd()) {
    const rel = (0,external_node_path_.relative)((0,external_node_path_.resolve)(dir), (0,external_node_path_.resolve)(base, path));
    return !(rel === '..' || rel.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(rel));
}
/** The path unchanged when the policy allows it; a ConfigurationError naming the input (`label`) otherwise. */
function confine(label, value, policy) {
    if (!policy)
        return value;
    if (policy.roots.some((r) => isInside(value, r)))
        return value;
    throw new errors/* ConfigurationError */.j1(`${label}: '${value}' is outside ${policy.what} (${policy.roots[0]}); paths from a workflow or modelgate.yml must stay inside it (see "Paths" in the README)`);
}
/** The policy of an action step: GITHUB_WORKSPACE and RUNNER_TEMP, when the runner set them. */
function actionsPathPolicy(env = process.env) {
    if (!env.GITHUB_WORKSPACE)
        return undefined;
    return { roots: [env.GITHUB_WORKSPACE, ...(env.RUNNER_TEMP ? [env.RUNNER_TEMP] : [])], what: 'the workspace' };
}
/** The policy of a modelgate.yml run: its workspace (see above), plus RUNNER_TEMP in Actions. */
function pipelinePathPolicy(file, env = process.env) {
    const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
    const dir = resolve(file, '..');
    const root = isInside(dir, workspace) ? resolve(workspace) : dir;
    return { roots: [root, ...(env.GITHUB_WORKSPACE && env.RUNNER_TEMP ? [env.RUNNER_TEMP] : [])], what: root === dir ? 'the directory of the modelgate.yml' : 'the workspace' };
}

;// CONCATENATED MODULE: ./.build/js/src/lib/inputs.js
/**
 * Strict input parsing, shared by the action adapters, the CLI and modelgate.yml: the one place
 * inputs are read. An `InputSource` yields the raw value of an input (action input, CLI flag or
 * modelgate.yml key, same name): a string, a list of items (a YAML list, a repeated flag), or
 * undefined. `Inputs` turns it into typed values, throwing a ConfigurationError that names the
 * input on anything it cannot parse.
 *
 * Two rules hold for every value, whatever its source:
 * - An unevaluated expression (`${{ ... }}`) is never used: expressions are the runner's to
 *   evaluate, so one that reaches us (a default copied from action.yml, a modelgate.yml key) is an
 *   error, never a value sent anywhere.
 * - Paths follow one policy (src/lib/paths.ts), when the source comes with one.
 */




const EXPRESSION = /\$\{\{/;
class Inputs {
    source;
    constructor(source) {
        this.source = source;
    }
    label(name) {
        return this.source.label?.(name) ?? `input '${name}'`;
    }
    rawChecked(name) {
        const v = this.source.raw(name);
        const items = typeof v === 'string' ? [v] : (v ?? []);
        if (items.some((s) => EXPRESSION.test(s))) {
            throw new errors/* ConfigurationError */.j1(`${this.label(name)} holds an unevaluated expression ('\${{ ... }}'); expressions are evaluated only in a workflow's 'with:' (the runner does it), never in modelgate.yml or on the command line${name === 'github-token' ? ': set GITHUB_TOKEN or pass the token itself' : ''}`);
        }
        return v;
    }
    string(name) {
        const raw = this.rawChecked(name);
        if (raw !== undefined && typeof raw !== 'string') {
            const items = raw.map((s) => s.trim()).filter(Boolean);
            if (items.length > 1)
                throw new errors/* ConfigurationError */.j1(`${this.label(name)} takes one value, got a list of ${items.length}`);
            return items[0];
        }
        const v = raw?.trim();
        return v === undefined || v === '' ? undefined : v;
    }
    required(name) {
        const v = this.string(name);
        if (v === undefined)
            throw new errors/* ConfigurationError */.j1(`${this.label(name)} is required`);
        return v;
    }
    /** YAML 1.2 core booleans only, like core.getBooleanInput: "yes" is an error, not false. */
    boolean(name, fallback) {
        const v = this.string(name);
        if (v === undefined)
            return fallback;
        if (['true', 'True', 'TRUE'].includes(v))
            return true;
        if (['false', 'False', 'FALSE'].includes(v))
            return false;
        throw new errors/* ConfigurationError */.j1(`${this.label(name)} must be true or false, got '${v}'`);
    }
    number(name, opts = {}) {
        const v = this.string(name);
        if (v === undefined)
            return undefined;
        const n = Number(v);
        const kind = opts.integer ? 'an integer' : 'a number';
        if (!Number.isFinite(n) || (opts.integer && !Number.isInteger(n))) {
            throw new errors/* ConfigurationError */.j1(`${this.label(name)} must be ${kind}, got '${v}'`);
        }
        if (opts.min !== undefined && n < opts.min)
            throw new errors/* ConfigurationError */.j1(`${this.label(name)} must be >= ${opts.min}, got ${v}`);
        if (opts.max !== undefined && n > opts.max)
            throw new errors/* ConfigurationError */.j1(`${this.label(name)} must be <= ${opts.max}, got ${v}`);
        return n;
    }
    choice(name, options) {
        const v = this.string(name);
        if (v === undefined)
            return undefined;
        if (!options.includes(v)) {
            throw new errors/* ConfigurationError */.j1(`${this.label(name)} must be one of ${options.join(', ')}; got '${v}'`);
        }
        return v;
    }
    /**
     * A list input, by the convention of actions/cache's `path`: a value with line breaks is one
     * item per line, each kept whole (spaces, commas and parentheses included; lines are trimmed,
     * empty lines skipped). A YAML list in modelgate.yml and a repeated or multi-valued CLI flag are
     * one item per element, also whole. Only a value on a single line is split, at commas and
     * whitespace (`a,b` or `a b`), as it always was.
     */
    list(name) {
        const raw = this.rawChecked(name);
        if (raw === undefined)
            return [];
        if (typeof raw !== 'string')
            return raw.map((s) => s.trim()).filter(Boolean);
        if (/[\r\n]/.test(raw.trim()) || /\n\s*$/.test(raw))
            return raw.split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
        return raw.split(/[\s,]+/).filter(Boolean);
    }
    /** A path (file or glob), checked against the source's path policy. */
    path(name) {
        const v = this.string(name);
        return v === undefined ? undefined : confine(this.label(name), v, this.source.paths);
    }
    /** A list of paths or globs (list rules above), each checked against the path policy. */
    paths(name) {
        return this.list(name).map((v) => confine(this.label(name), v, this.source.paths));
    }
    /** A file path or inline YAML (gates, drift settings): the path policy applies to a path. */
    pathOrInline(name) {
        const v = this.string(name);
        return v === undefined || (0,files/* looksInline */.MY)(v) ? v : confine(this.label(name), v, this.source.paths);
    }
    /** `i/n` with 0 <= i < n. */
    shard(name) {
        const v = this.string(name);
        if (v === undefined)
            return undefined;
        const m = /^(\d+)\/(\d+)$/.exec(v);
        const index = m ? Number(m[1]) : NaN;
        const count = m ? Number(m[2]) : NaN;
        if (!m || count < 1 || index >= count) {
            throw new errors/* ConfigurationError */.j1(`${this.label(name)} must be i/n with 0 <= i < n (e.g. 0/4), got '${v}'`);
        }
        return { index, count };
    }
}
/**
 * The defaults an action declares in action.yml, for the sources the runner does not fill (CLI,
 * modelgate.yml). A default that is an expression (`${{ github.token }}`) is the runner's to
 * evaluate and is left out: `fallbacks` supply its value from the environment instead.
 */
function defaultsOf(action) {
    const meta = actionsMeta[action];
    if (!meta)
        return {};
    return Object.fromEntries(Object.entries(meta.inputs).map(([k, v]) => [k, v.default !== undefined && EXPRESSION.test(v.default) ? undefined : v.default]));
}
/** How help text shows an input's default: an expression is shown as where the CLI takes it from. */
function defaultForHelp(action, name) {
    const d = actionsMeta[action]?.inputs[name]?.default;
    if (d === undefined || !EXPRESSION.test(d))
        return d;
    return name === 'github-token' ? '$GITHUB_TOKEN' : undefined;
}
/**
 * What the runner would have put in place of an expression default, read from the environment
 * where a `run:` step has it: the token is GITHUB_TOKEN (or GH_TOKEN, as gh reads it).
 */
function environmentFallbacks(env = process.env) {
    return { 'github-token': env.GITHUB_TOKEN || env.GH_TOKEN || undefined };
}
/** An InputSource over a plain map, with defaults (from `defaultsOf`) filled in for absent names. */
function mapSource(values, defaults = {}, extra = {}) {
    return { raw: (name) => values[name] ?? defaults[name], ...extra };
}

// EXTERNAL MODULE: ./.build/js/src/lib/logger.js
var logger = __webpack_require__(485);
;// CONCATENATED MODULE: ./.build/js/src/lib/progress.js
const fmtInt = (n) => Math.round(n).toLocaleString('en-US');
function fmtSeconds(s) {
    if (!Number.isFinite(s))
        return '?';
    if (s < 60)
        return `${Math.ceil(s)} s`;
    const m = Math.floor(s / 60);
    return `${m} min ${Math.ceil(s - 60 * m)} s`;
}
/** The text of one progress line. */
function progressText(label, bytesDone, bytesTotal, rows, elapsedMs) {
    const mbps = elapsedMs > 0 ? bytesDone / 1e6 / (elapsedMs / 1000) : 0;
    const left = bytesDone > 0 ? ((bytesTotal - bytesDone) * elapsedMs) / bytesDone / 1000 : Infinity;
    const pct = bytesTotal > 0 ? (100 * bytesDone) / bytesTotal : 0;
    return `${label}: ${fmtInt(rows)} rows, ${pct.toFixed(0)}%, ${mbps.toFixed(0)} MB/s, ETA ${fmtSeconds(left)}`;
}
function progress(o) {
    const now = o.now ?? (() => Date.now());
    const start = now();
    const every = o.tty ? 200 : (o.everyMs ?? 5000);
    const after = o.afterMs ?? 2000;
    let last = -Infinity;
    let shown = false;
    return {
        update(done, total, rows) {
            const t = now();
            if (t - start < after || t - last < every)
                return;
            last = t;
            const text = progressText(o.label, done, total, rows, t - start);
            if (o.tty)
                o.write(`\r${text}\u001b[K`);
            else
                o.write(`${text}\n`);
            shown = true;
        },
        end() {
            if (shown && o.tty)
                o.write('\r\u001b[K');
        },
    };
}

;// CONCATENATED MODULE: ./.build/js/src/actions/summary.js
/**
 * The job summary, capped: GitHub keeps at most 1 MiB of summary per step and drops a larger one
 * whole. A summary over the cap is cut at the last section boundary (a heading or a top-level
 * `<details>`) that fits, and a note says where the full report is.
 */
const SUMMARY_LIMIT = 1024 * 1024;
/** Room kept for the note and anything the runner adds. */
const MARGIN = 4 * 1024;
const bytes = (s) => Buffer.byteLength(s, 'utf8');
function capSummary(markdown, report, limit = SUMMARY_LIMIT) {
    if (bytes(markdown) <= limit)
        return { text: markdown, cut: false };
    const budget = limit - MARGIN;
    const lines = markdown.split('\n');
    let size = 0;
    let lastBoundary = 0; // lines[0 .. lastBoundary) fit and end before a section start
    let fitted = 0;
    let inFence = false;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (/^(```|~~~)/.test(line))
            inFence = !inFence;
        if (!inFence && i > 0 && /^(#{1,6} |<details)/.test(line))
            lastBoundary = i;
        size += bytes(line) + 1;
        if (size > budget)
            break;
        fitted = i + 1;
    }
    // No section boundary fits: cut at a line (a table row or a paragraph is still whole).
    const keep = lastBoundary > 0 ? lastBoundary : Math.max(fitted, 0);
    let text = lines.slice(0, keep).join('\n');
    // A single line longer than the budget is cut at a character.
    if (bytes(text) > budget)
        text = Buffer.from(text, 'utf8').subarray(0, budget).toString('utf8').replace(/\uFFFD$/, '');
    const where = report ? `the full report is \`${report.replace(/`/g, '')}\` (keep it with actions/upload-artifact)` : 'the full report is in the step log and the report file';
    const note = `\n\n> [!NOTE]\n> This summary was cut at ${Math.round(bytes(text) / 1024)} KiB: GitHub keeps at most 1 MiB per step. ${where[0].toUpperCase()}${where.slice(1)}.\n`;
    return { text: text + note, cut: true };
}

;// CONCATENATED MODULE: ./.build/js/src/actions/runtime.js
/**
 * The GitHub Actions adapter: the only place @actions/core is called. `runAction()` is the single
 * error path (codeql's runWrapper): user errors become one-line `core.setFailed` messages, bugs keep
 * their stack, and a failed check fails the step after the outputs and summary are written.
 *
 * Order of a step: parse the inputs -> run -> set the outputs -> write the summary -> publish (PR
 * comment, check run). Publishing comes last so that a GitHub outage or a hanging API can never
 * hide the verdict from later steps; the summary write is guarded and capped (src/actions/summary.ts)
 * and never changes the verdict.
 */







/**
 * A logger over @actions/core whose groups are one level deep, as the runner folds them: a group
 * opened inside another becomes a plain line in the outer one.
 */
function actionsLogger() {
    let depth = 0;
    return {
        // core.info writes the text as it is (warning, error, debug and groups escape theirs): a line
        // of untrusted data must not become a workflow command.
        info: (m) => core/* info */.pq((0,logger/* neutralizeCommands */.Kw)(m)),
        // The runner's log is not a terminal: a plain line every few seconds.
        progress: (label) => progress({ label, tty: false, write: (t) => core/* info */.pq((0,logger/* neutralizeCommands */.Kw)(t.trimEnd())) }),
        warning: (m, a) => core/* warning */.$e(m, a),
        error: (m, a) => core/* error */.z3(m, a),
        debug: (m) => core/* debug */.Yz(m),
        group: async (name, fn) => {
            if (depth > 0) {
                core/* info */.pq((0,logger/* neutralizeCommands */.Kw)(`-- ${name}`));
                return fn();
            }
            depth++;
            try {
                return await core/* group */.Os(name, fn);
            }
            finally {
                depth--;
            }
        },
    };
}
/** The config as JSON for the debug log, with secret inputs (and any `token` field) blanked. */
function redactedConfig(config, secrets = []) {
    const hidden = new Set(['token', ...secrets, ...secrets.map((s) => s.replace(/-([a-z])/g, (_, c) => c.toUpperCase()))]);
    return JSON.stringify(config, (k, v) => (hidden.has(k) && v ? '***' : v), 2);
}
/** Appends the step's summary; never throws (a summary is a courtesy, not the verdict). */
async function writeSummary(markdown, report) {
    if (!process.env.GITHUB_STEP_SUMMARY) {
        core/* debug */.Yz('GITHUB_STEP_SUMMARY is not set: no job summary written');
        return;
    }
    try {
        const { text, cut } = capSummary(markdown, report);
        if (cut)
            core/* warning */.$e(`the job summary was cut to fit GitHub's 1 MiB limit${report ? `; the full report is ${report}` : ''}`);
        await core/* summary */.z.addRaw(text, true).write();
    }
    catch (e) {
        core/* warning */.$e(`job summary not written: ${e instanceof Error ? e.message : String(e)}`);
    }
    finally {
        core/* summary */.z.emptyBuffer();
    }
}
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs))
        core/* setOutput */.uH(name, String(value));
}
/** Presents a result: outputs, summary, then the publish phase; returns why the step fails, if it does. */
async function presentResult(name, result, log) {
    const failures = [];
    setOutputs(result.outputs);
    if (result.summary)
        await writeSummary(result.summary, typeof result.outputs.report === 'string' ? result.outputs.report : undefined);
    if (!result.passed)
        failures.push(result.failure ?? `${name} failed`);
    if (result.publish) {
        const published = await result.publish(log);
        if (published.outputs)
            setOutputs(published.outputs);
        if (published.failure)
            failures.push(published.failure);
    }
    return failures;
}
/**
 * The raw value of an action input. The runner sets INPUT_<NAME> for every input with a default,
 * expressions evaluated. A tool that runs the action without the runner (@github/local-action)
 * leaves the variable unset and returns action.yml's default as written, `${{ github.token }}`
 * included: such an unevaluated default counts as not given (the token then comes from
 * GITHUB_TOKEN), while an expression in a variable that is set stays an error (Inputs).
 */
function actionInput(name, env = process.env, getInput = core/* getInput */.V4) {
    // Untrimmed, so that a list input's trailing line break (`features: |` with one item) survives.
    const value = getInput(name, { trimWhitespace: false }) || undefined;
    if (value !== undefined && env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] === undefined && /\$\{\{/.test(value))
        return undefined;
    return value;
}
async function runAction(def) {
    try {
        // Secret inputs are masked in every log line, whatever prints them.
        for (const name of def.secrets ?? []) {
            const value = core/* getInput */.V4(name);
            if (value)
                core/* setSecret */.Pq(value);
        }
        const inputs = new Inputs({ raw: (name) => actionInput(name), paths: actionsPathPolicy() });
        const config = def.parse(inputs);
        core/* debug */.Yz(`${def.name} config: ${redactedConfig(config, def.secrets)}`);
        const log = actionsLogger();
        const result = await def.run(config, log);
        const failures = await presentResult(def.name, result, log);
        if (failures.length)
            core/* setFailed */.C1(failures.join('; '));
    }
    catch (e) {
        if ((0,errors/* isUserError */.iU)(e))
            core/* setFailed */.C1(e.message);
        else
            core/* setFailed */.C1(e instanceof Error ? (e.stack ?? e.message) : String(e));
    }
}

;// CONCATENATED MODULE: ./.build/js/src/main/register.js
// Entry of the register action: `run()` as @github/local-action and the bundle call it.


const run = () => runAction(actions_register);


/***/ })

};
