export const id = 59;
export const ids = [59];
export const modules = {

/***/ 38920:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EV: () => (/* binding */ EV),
/* harmony export */   Zn: () => (/* binding */ appendEvent),
/* harmony export */   _Y: () => (/* binding */ eventLayer),
/* harmony export */   ed: () => (/* binding */ versionEvents),
/* harmony export */   f: () => (/* binding */ STATUSES),
/* harmony export */   gH: () => (/* binding */ currentStatus)
/* harmony export */ });
/* unused harmony exports fallbackTag, referrers, eventEvaluation */
/* harmony import */ var _oci_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90464);

const EV = {
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
const fallbackTag = (digest) => `sha256-${(0,_oci_js__WEBPACK_IMPORTED_MODULE_0__/* .hex */ .uh)(digest)}`;
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
async function appendEvent(backend, subject, annotations, layer) {
    await backend.putBlob({ digest: _oci_js__WEBPACK_IMPORTED_MODULE_0__/* .EMPTY */ .wg.digest, size: _oci_js__WEBPACK_IMPORTED_MODULE_0__/* .EMPTY */ .wg.size, bytes: _oci_js__WEBPACK_IMPORTED_MODULE_0__/* .EMPTY_BYTES */ .iF });
    let layers = [_oci_js__WEBPACK_IMPORTED_MODULE_0__/* .EMPTY */ .wg];
    if (layer) {
        const d = (0,_oci_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0)(layer.mediaType, layer.bytes, { [_oci_js__WEBPACK_IMPORTED_MODULE_0__/* .ANN */ .Eh.title]: layer.title });
        await backend.putBlob({ digest: d.digest, size: d.size, bytes: layer.bytes });
        layers = [d];
    }
    const manifest = {
        schemaVersion: 2,
        mediaType: _oci_js__WEBPACK_IMPORTED_MODULE_0__/* .MEDIA */ .Rn.manifest,
        artifactType: _oci_js__WEBPACK_IMPORTED_MODULE_0__/* .MEDIA */ .Rn.event,
        config: _oci_js__WEBPACK_IMPORTED_MODULE_0__/* .EMPTY */ .wg,
        layers,
        subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
        annotations,
    };
    const bytes = (0,_oci_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonBytes */ .yN)(manifest);
    const digest = await backend.putManifest(bytes, _oci_js__WEBPACK_IMPORTED_MODULE_0__/* .MEDIA */ .Rn.manifest);
    const desc = { mediaType: _oci_js__WEBPACK_IMPORTED_MODULE_0__/* .MEDIA */ .Rn.manifest, digest, size: bytes.length, artifactType: _oci_js__WEBPACK_IMPORTED_MODULE_0__/* .MEDIA */ .Rn.event, annotations };
    // A registry with the referrers API indexes the subject itself.
    if (await backend.referrersApi?.(subject.digest))
        return digest;
    const tag = fallbackTag(subject.digest);
    const current = await backend.getManifest(tag);
    const idx = current ? JSON.parse(current.bytes.toString('utf8')) : { schemaVersion: 2, mediaType: _oci_js__WEBPACK_IMPORTED_MODULE_0__/* .MEDIA */ .Rn.index, manifests: [] };
    if (!idx.manifests.some((m) => m.digest === digest))
        idx.manifests.push(desc);
    await backend.putManifest((0,_oci_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonBytes */ .yN)(idx), _oci_js__WEBPACK_IMPORTED_MODULE_0__/* .MEDIA */ .Rn.index, tag);
    return digest;
}
/** The events of one version, oldest first. */
async function versionEvents(backend, digest) {
    const out = [];
    for (const d of await referrers(backend, digest)) {
        if (d.artifactType !== _oci_js__WEBPACK_IMPORTED_MODULE_0__/* .MEDIA */ .Rn.event)
            continue;
        const a = d.annotations ?? {};
        const type = a[EV.type];
        if (!type)
            continue;
        const ev = { type, at: a[_oci_js__WEBPACK_IMPORTED_MODULE_0__/* .ANN */ .Eh.created] ?? '', digest: d.digest };
        if (a[EV.version])
            ev.version = a[EV.version];
        if (a[EV.status])
            ev.status = a[EV.status];
        if (a[EV.alias])
            ev.alias = a[EV.alias];
        if (a[EV.actor])
            ev.actor = a[EV.actor];
        if (a[EV.note])
            ev.note = a[EV.note];
        if (a[EV.runUrl])
            ev.runUrl = a[EV.runUrl];
        if (a[EV.decision])
            ev.decision = a[EV.decision];
        if (a[EV.environment])
            ev.environment = a[EV.environment];
        if (a[EV.finding])
            ev.finding = a[EV.finding];
        out.push(ev);
    }
    return out.sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0));
}
/** The status now: the last status-bearing event. */
function currentStatus(events) {
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


/***/ }),

/***/ 32567:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fy: () => (/* binding */ streamVerified),
/* harmony export */   RV: () => (/* binding */ verifyBytes),
/* harmony export */   zn: () => (/* binding */ LayoutBackend)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77598);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46466);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57075);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4522);
/* harmony import */ var _lib_files_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(41938);
/* harmony import */ var _oci_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(90464);
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
    (0,_lib_files_js__WEBPACK_IMPORTED_MODULE_7__/* .makeDirs */ .X2)((0,node_path__WEBPACK_IMPORTED_MODULE_5__.dirname)(dest));
    const tmp = tmpName(dest);
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.createHash)('sha256');
    let size = 0;
    const tap = new node_stream__WEBPACK_IMPORTED_MODULE_4__.Transform({
        transform(chunk, _enc, cb) {
            h.update(chunk);
            size += chunk.length;
            cb(null, chunk);
        },
    });
    try {
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(source, tap, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(tmp));
        const got = 'sha256:' + h.digest('hex');
        if (got !== expect.digest || size !== expect.size) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ServiceError */ ._7(`${what} ${expect.digest}: content does not match its digest (got ${got}, ${size} bytes, expected ${expect.size}); refusing it`);
        }
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, dest);
    }
    catch (e) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(tmp, { force: true });
        throw e;
    }
}
function verifyBytes(bytes, digest, what) {
    const got = (0,_oci_js__WEBPACK_IMPORTED_MODULE_8__/* .sha256 */ .sc)(bytes);
    if (got !== digest)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ServiceError */ ._7(`${what} ${digest}: content does not match its digest (got ${got}); refusing it`);
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
        if (!(0,_oci_js__WEBPACK_IMPORTED_MODULE_8__/* .isDigest */ .Bc)(digest))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .DataError */ .fL(`${this.location}: not a sha256 digest: ${digest}`);
        return (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(this.dir, 'blobs', 'sha256', (0,_oci_js__WEBPACK_IMPORTED_MODULE_8__/* .hex */ .uh)(digest));
    }
    init() {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(this.dir, 'oci-layout'))) {
            try {
                (0,_lib_files_js__WEBPACK_IMPORTED_MODULE_7__/* .makeDirs */ .X2)((0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(this.dir, 'blobs', 'sha256'));
            }
            catch (e) {
                throw (0,_lib_files_js__WEBPACK_IMPORTED_MODULE_7__/* .outputError */ .cw)(e, this.dir);
            }
            (0,_lib_files_js__WEBPACK_IMPORTED_MODULE_7__/* .writeFileAtomic */ .Zf)((0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(this.dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
        }
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(this.dir, 'index.json'))) {
            // `wx`: two processes initialising at once both end with the same empty index.
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(this.dir, 'index.json'), JSON.stringify({ schemaVersion: 2, mediaType: _oci_js__WEBPACK_IMPORTED_MODULE_8__/* .MEDIA */ .Rn.index, manifests: [] }), { flag: 'wx' });
            }
            catch (e) {
                if (e.code !== 'EEXIST')
                    throw e;
            }
        }
    }
    readIndex() {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(this.dir, 'index.json');
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
            return { schemaVersion: 2, mediaType: _oci_js__WEBPACK_IMPORTED_MODULE_8__/* .MEDIA */ .Rn.index, manifests: [] };
        try {
            const idx = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
            if (!Array.isArray(idx.manifests))
                throw new Error('no manifests array');
            return idx;
        }
        catch (e) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .DataError */ .fL(`${path}: not an OCI image index: ${e.message}`, path);
        }
    }
    /** Runs `fn` holding `index.json.lock` (created exclusively; taken over when older than 30 s). */
    async withIndexLock(fn) {
        const lock = (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(this.dir, 'index.json.lock');
        const deadline = Date.now() + LOCK_WAIT_MS;
        for (let attempt = 0;; attempt++) {
            try {
                const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(lock, 'wx');
                await fh.writeFile(`${process.pid}\n`);
                await fh.close();
                break;
            }
            catch (e) {
                if (e.code !== 'EEXIST')
                    throw e;
                const age = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(lock).then((s) => Date.now() - s.mtimeMs, () => 0);
                if (age > LOCK_STALE_MS)
                    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(lock, { force: true });
                if (Date.now() > deadline)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ServiceError */ ._7(`${lock}: held for more than ${LOCK_WAIT_MS / 1000} s; remove it if no modelgate process is running`);
                await sleep(2 + Math.random() * Math.min(50, 2 * attempt));
            }
        }
        try {
            return fn();
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(lock, { force: true });
        }
    }
    async hasBlob(digest) {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(this.blobPath(digest));
    }
    async putBlob(src) {
        this.init();
        const dest = this.blobPath(src.digest);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dest) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(dest).size === src.size)
            return { uploaded: 0, mounted: false };
        if (src.bytes) {
            verifyBytes(Buffer.from(src.bytes), src.digest, 'blob');
            (0,_lib_files_js__WEBPACK_IMPORTED_MODULE_7__/* .writeFileAtomic */ .Zf)(dest, src.bytes);
        }
        else if (src.path) {
            await streamVerified((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(src.path, { highWaterMark: 1 << 20 }), dest, src, `blob (from ${src.path})`);
        }
        else
            throw new Error('putBlob: neither bytes nor path');
        return { uploaded: src.size, mounted: false };
    }
    async getBlob(desc) {
        const path = this.blobPath(desc.digest);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ServiceError */ ._7(`${this.location}: blob ${desc.digest} is missing`);
        return verifyBytes(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path), desc.digest, `${this.location}: blob`);
    }
    async blobToFile(desc, path) {
        const src = this.blobPath(desc.digest);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(src))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ServiceError */ ._7(`${this.location}: blob ${desc.digest} is missing`);
        await streamVerified((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(src, { highWaterMark: 1 << 20 }), path, desc, `${this.location}: blob`);
    }
    async putManifest(bytes, mediaType, tag) {
        const digest = (0,_oci_js__WEBPACK_IMPORTED_MODULE_8__/* .sha256 */ .sc)(bytes);
        await this.putBlob({ digest, size: bytes.length, bytes });
        if (tag) {
            const parsed = JSON.parse(bytes.toString('utf8'));
            const entry = { mediaType, digest, size: bytes.length, ...(parsed.artifactType ? { artifactType: parsed.artifactType } : {}), annotations: { [_oci_js__WEBPACK_IMPORTED_MODULE_8__/* .ANN */ .Eh.refName]: tag } };
            await this.withIndexLock(() => {
                const idx = this.readIndex();
                idx.manifests = idx.manifests.filter((m) => m.annotations?.[_oci_js__WEBPACK_IMPORTED_MODULE_8__/* .ANN */ .Eh.refName] !== tag);
                idx.manifests.push(entry);
                (0,_lib_files_js__WEBPACK_IMPORTED_MODULE_7__/* .writeFileAtomic */ .Zf)((0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(this.dir, 'index.json'), JSON.stringify(idx));
            });
        }
        return digest;
    }
    async getManifest(ref) {
        let desc;
        if ((0,_oci_js__WEBPACK_IMPORTED_MODULE_8__/* .isDigest */ .Bc)(ref)) {
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(this.blobPath(ref)))
                return undefined;
            desc = { digest: ref, mediaType: '' };
        }
        else {
            desc = this.readIndex().manifests.find((m) => m.annotations?.[_oci_js__WEBPACK_IMPORTED_MODULE_8__/* .ANN */ .Eh.refName] === ref);
            if (!desc)
                return undefined;
        }
        const bytes = verifyBytes(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(this.blobPath(desc.digest)), desc.digest, `${this.location}: manifest`);
        const mediaType = desc.mediaType || JSON.parse(bytes.toString('utf8')).mediaType || _oci_js__WEBPACK_IMPORTED_MODULE_8__/* .MEDIA */ .Rn.manifest;
        return { bytes, digest: desc.digest, mediaType };
    }
    async deleteTags(tags) {
        const drop = new Set(tags);
        if (!drop.size)
            return;
        await this.withIndexLock(() => {
            const idx = this.readIndex();
            idx.manifests = idx.manifests.filter((m) => !drop.has(m.annotations?.[_oci_js__WEBPACK_IMPORTED_MODULE_8__/* .ANN */ .Eh.refName] ?? ''));
            (0,_lib_files_js__WEBPACK_IMPORTED_MODULE_7__/* .writeFileAtomic */ .Zf)((0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(this.dir, 'index.json'), JSON.stringify(idx));
        });
    }
    async listTags() {
        return this.readIndex()
            .manifests.map((m) => m.annotations?.[_oci_js__WEBPACK_IMPORTED_MODULE_8__/* .ANN */ .Eh.refName])
            .filter((t) => !!t);
    }
}


/***/ }),

/***/ 90464:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   Eh: () => (/* binding */ ANN),
/* harmony export */   Rn: () => (/* binding */ MEDIA),
/* harmony export */   dz: () => (/* binding */ isTag),
/* harmony export */   hd: () => (/* binding */ fileDigest),
/* harmony export */   iF: () => (/* binding */ EMPTY_BYTES),
/* harmony export */   q0: () => (/* binding */ describe),
/* harmony export */   sc: () => (/* binding */ sha256),
/* harmony export */   uh: () => (/* binding */ hex),
/* harmony export */   wg: () => (/* binding */ EMPTY),
/* harmony export */   yN: () => (/* binding */ jsonBytes)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/**
 * OCI image-spec 1.1 shapes and digests: descriptors, image manifests, image indexes, the media
 * types modelgate uses, and sha256 over bytes and over files (streamed, never a whole file in memory).
 */


const MEDIA = {
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
const ANN = {
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
const EMPTY = { mediaType: MEDIA.empty, digest: sha256(EMPTY_BYTES), size: 2, data: EMPTY_BYTES.toString('base64') };
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
    return 'sha256:' + (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
}
function hex(digest) {
    return digest.slice('sha256:'.length);
}
/** sha256 and size of a file, streamed. */
async function fileDigest(path) {
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let size = 0;
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path, { highWaterMark: 1 << 20 })) {
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


/***/ }),

/***/ 71059:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WG: () => (/* binding */ connectionFromEnv),
/* harmony export */   kI: () => (/* binding */ pullVersion),
/* harmony export */   lb: () => (/* binding */ isRegistryReference),
/* harmony export */   n6: () => (/* binding */ recentVersions)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4522);
/* harmony import */ var _oci_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(90464);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(17301);
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(76122);
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
    const r = (0,_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .parseReference */ .F2)(ref, input);
    const backend = (0,_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .openBackend */ .f2)({ ...r, tag: undefined, digest: undefined }, opts.conn ?? connectionFromEnv());
    const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(process.env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'modelgate-pull-'));
    const wanted = new Set([...(opts.withModel ? [_oci_js__WEBPACK_IMPORTED_MODULE_4__/* .MEDIA */ .Rn.modelFile] : []), ...(opts.withEvaluation ? [_oci_js__WEBPACK_IMPORTED_MODULE_4__/* .MEDIA */ .Rn.evaluation, _oci_js__WEBPACK_IMPORTED_MODULE_4__/* .MEDIA */ .Rn.predictions] : [])]);
    const { version, files } = await (0,_versions_js__WEBPACK_IMPORTED_MODULE_6__/* .pull */ .a$)(backend, { tag: r.tag, digest: r.digest }, dir, (l) => wanted.has(l.mediaType));
    const modelTitles = version.manifest.layers.filter((l) => l.mediaType === _oci_js__WEBPACK_IMPORTED_MODULE_4__/* .MEDIA */ .Rn.modelFile).map((l) => l.annotations?.['org.opencontainers.image.title'] ?? '');
    const model = modelTitles.find((t) => t.endsWith('.onnx')) ?? modelTitles[0];
    const out = { dir, files, version, model: model ? files[model] : undefined, evaluation: files['evaluation.json'] };
    if (opts.withModel && !out.model)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DataError */ .fL(`input '${input}': ${ref} holds no model file`);
    return out;
}
/** The last `last` versions of the model a reference names (its tag or digest ignored). */
async function recentVersions(ref, last, conn) {
    const r = (0,_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .parseReference */ .F2)(ref);
    return (0,_versions_js__WEBPACK_IMPORTED_MODULE_6__/* .listVersions */ .yO)((0,_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .openBackend */ .f2)({ ...r, tag: undefined, digest: undefined }, conn ?? connectionFromEnv()), { last });
}


/***/ }),

/***/ 17301:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FH: () => (/* binding */ formatReference),
  Dy: () => (/* binding */ modelReference),
  f2: () => (/* binding */ openBackend),
  F2: () => (/* binding */ parseReference)
});

// EXTERNAL MODULE: ./.build/js/src/errors.js
var errors = __webpack_require__(4522);
// EXTERNAL MODULE: ./.build/js/src/registry/layout.js
var layout = __webpack_require__(32567);
// EXTERNAL MODULE: ./.build/js/src/registry/oci.js
var oci = __webpack_require__(90464);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
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
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
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
                    await sleep(100 * 2 ** attempt);
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
                await sleep(Number.isFinite(after) && after > 0 ? Math.min(after, 10) * 1000 : 100 * 2 ** attempt);
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
        return (0,layout/* verifyBytes */.RV)(Buffer.from(await res.arrayBuffer()), desc.digest, `${this.location}: blob`);
    }
    async blobToFile(desc, path) {
        const res = await this.getBlobResponse(desc.digest);
        await (0,layout/* streamVerified */.Fy)(external_node_stream_.Readable.fromWeb(res.body), path, desc, `${this.location}: blob`);
    }
    async putManifest(bytes, mediaType, tag) {
        const digest = (0,oci/* sha256 */.sc)(bytes);
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
            await sleep(50 * attempt * (0.5 + Math.random()));
        }
        await res.body?.cancel();
        const said = res.headers.get('docker-content-digest');
        if (said && said !== digest)
            throw new errors/* ServiceError */._7(`${this.location}: the registry stored manifest ${tag ?? digest} as ${said}, not ${digest}`);
        return digest;
    }
    async getManifest(ref) {
        const res = await this.send({ method: 'GET', url: this.url(`/manifests/${ref}`), headers: { accept: `${oci/* MEDIA */.Rn.manifest}, ${oci/* MEDIA */.Rn.index}` }, ok: [200, 404] });
        if (res.status === 404) {
            await res.body?.cancel();
            return undefined;
        }
        const bytes = Buffer.from(await res.arrayBuffer());
        const said = res.headers.get('docker-content-digest');
        const digest = (0,oci/* isDigest */.Bc)(ref) ? ref : (said ?? (0,oci/* sha256 */.sc)(bytes));
        (0,layout/* verifyBytes */.RV)(bytes, digest, `${this.location}: manifest ${(0,oci/* isDigest */.Bc)(ref) ? '' : ref + ' '}`.trimEnd());
        return { bytes, digest, mediaType: res.headers.get('content-type')?.split(';')[0] ?? oci/* MEDIA */.Rn.manifest };
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
        const res = await this.send({ method: 'GET', url: this.url(`/referrers/${digest}`), headers: { accept: oci/* MEDIA */.Rn.index }, ok: [200, 404, 400, 405] });
        if (res.status !== 200 || !(res.headers.get('content-type') ?? '').startsWith(oci/* MEDIA */.Rn.index)) {
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
function parseReference(ref, input = 'registry') {
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
        if (!(0,oci/* isDigest */.Bc)(digest))
            throw new errors/* ConfigurationError */.j1(`input '${input}': '${digest}' is not a sha256 digest (sha256:<64 hex>)`);
    }
    const slash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    // A colon after the last slash starts the tag, except host:port with no repository path after it.
    if (colon > slash && !(m[1] === 'oci' && slash < 0)) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!(0,oci/* isTag */.dz)(tag))
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
    const r = parseReference(registry);
    if (r.tag || r.digest)
        throw new errors/* ConfigurationError */.j1(`input 'registry': '${registry}' names a version; give the registry only and the model as 'name'`);
    if (!name)
        return r;
    if (!REPO.test(name))
        throw new errors/* ConfigurationError */.j1(`input 'name': '${name}' must be lowercase letters, digits and . _ - (a repository name)`);
    return parseReference(`${r.kind === 'layout' ? 'oci-layout' : 'oci'}://${r.path ? r.path + '/' : ''}${name}`);
}
function openBackend(ref, conn = {}) {
    if (ref.kind === 'layout')
        return new layout/* LayoutBackend */.zn(ref.path);
    if (!ref.repository)
        throw new errors/* ConfigurationError */.j1(`'oci://${ref.path}' names no repository; use oci://<host>/<repository>`);
    return new RemoteBackend(ref.host, ref.repository, { credentials: conn.credentials, insecure: conn.insecure });
}
function formatReference(backend, at) {
    return at.digest ? `${backend.location}@${at.digest}` : `${backend.location}:${at.tag}`;
}


/***/ }),

/***/ 76122:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PC: () => (/* binding */ addDeployment),
  yr: () => (/* binding */ addMonitor),
  ff: () => (/* binding */ checkAlias),
  b6: () => (/* binding */ versions_history),
  Pz: () => (/* binding */ layerText),
  yO: () => (/* binding */ listVersions),
  pt: () => (/* binding */ promote),
  a$: () => (/* binding */ pull),
  kz: () => (/* binding */ register),
  hd: () => (/* binding */ resolve),
  Lx: () => (/* binding */ setStatus)
});

// UNUSED EXPORTS: addEvaluation, fallbackTag, isDigest, isUserTag, versionNumber

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./.build/js/src/errors.js
var errors = __webpack_require__(4522);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./.build/js/src/schemas/validate.js + 6 modules
var validate = __webpack_require__(60704);
// EXTERNAL MODULE: ./.build/js/src/gates/paired-data.js
var paired_data = __webpack_require__(7302);
// EXTERNAL MODULE: ./.build/js/src/data/schema.js + 1 modules
var schema = __webpack_require__(85547);
// EXTERNAL MODULE: ./.build/js/src/registry/oci.js
var oci = __webpack_require__(90464);
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
        const { digest, size } = await (0,oci/* fileDigest */.hd)(path);
        blobs.push({ digest, size, path });
        layers.push({ mediaType: oci/* MEDIA */.Rn.modelFile, digest, size, annotations: { [oci/* ANN */.Eh.title]: title } });
        files.push({ title, digest, size });
    }
    const config = { kind: 'modelgate-model', schemaVersion: 1, name: inp.name, metrics: {}, files };
    const read = { config };
    const addJson = (bytes, mediaType, title, input) => {
        addTitle(title, input);
        const d = (0,oci/* describe */.q0)(mediaType, bytes, { [oci/* ANN */.Eh.title]: title });
        blobs.push({ digest: d.digest, size: d.size, bytes });
        layers.push(d);
    };
    if (inp.evaluation) {
        const { bytes, value } = readJson(inp.evaluation, 'evaluation');
        (0,validate/* assertArtifact */.fp)('evaluation', value, inp.evaluation);
        const ev = value;
        read.evaluation = value;
        config.task = ev.task;
        config.rows = ev.rows;
        config.data = { sha256: ev.data.sha256 };
        for (const [k, m] of Object.entries(ev.metrics))
            config.metrics[k] = m.value;
        addJson(bytes, oci/* MEDIA */.Rn.evaluation, 'evaluation.json', 'evaluation');
        // Its per-row predictions too, when they are there: a later comparison on the same data pairs rows.
        let predictions;
        try {
            predictions = (0,paired_data/* predictionsFile */.Zj)(value, inp.evaluation);
        }
        catch {
            predictions = undefined;
        }
        if (predictions) {
            const { digest, size } = await (0,oci/* fileDigest */.hd)(predictions);
            const title = (0,external_node_path_.basename)(predictions);
            addTitle(title, 'evaluation');
            blobs.push({ digest, size, path: predictions });
            layers.push({ mediaType: oci/* MEDIA */.Rn.predictions, digest, size, annotations: { [oci/* ANN */.Eh.title]: title } });
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
        addJson(bytes, oci/* MEDIA */.Rn.trainManifest, 'train-manifest.json', 'train-manifest');
    }
    if (inp.dataReport) {
        const { bytes, value } = readJson(inp.dataReport, 'data-report');
        (0,validate/* assertArtifact */.fp)('data-report', value, inp.dataReport);
        addJson(bytes, oci/* MEDIA */.Rn.dataReport, 'data-report.json', 'data-report');
    }
    if (inp.profile) {
        const { bytes, value } = readJson(inp.profile, 'profile');
        (0,validate/* assertArtifact */.fp)('profile', value, inp.profile);
        addJson(bytes, oci/* MEDIA */.Rn.profile, 'profile.json', 'profile');
    }
    if (inp.schema) {
        if (!(0,external_node_fs_.existsSync)(inp.schema))
            throw new errors/* ConfigurationError */.j1(`input 'schema': file not found: ${inp.schema}`);
        const bytes = (0,external_node_fs_.readFileSync)(inp.schema);
        // Checked the way validate-data loads it, so a version never stores a schema monitor cannot use.
        (0,schema/* loadSchema */.e$)(inp.schema);
        addJson(bytes, oci/* MEDIA */.Rn.schema, /\.ya?ml$/i.test(inp.schema) ? 'schema.yml' : 'schema.json', 'schema');
    }
    if (!config.git && inp.revision)
        config.git = { commit: inp.revision };
    if (inp.card)
        addJson(Buffer.from(typeof inp.card === 'string' ? inp.card : inp.card(read)), oci/* MEDIA */.Rn.card, 'model-card.md', 'card');
    const configBytes = (0,oci/* jsonBytes */.yN)(config);
    const configDesc = (0,oci/* describe */.q0)(oci/* MEDIA */.Rn.modelConfig, configBytes);
    blobs.push({ digest: configDesc.digest, size: configDesc.size, bytes: configBytes });
    const annotations = { [oci/* ANN */.Eh.title]: inp.name, [oci/* ANN */.Eh.description]: `modelgate model ${inp.name}` };
    const revision = config.git?.commit ?? inp.revision;
    if (revision)
        annotations[oci/* ANN */.Eh.revision] = revision;
    if (inp.source)
        annotations[oci/* ANN */.Eh.source] = inp.source;
    const manifest = { schemaVersion: 2, mediaType: oci/* MEDIA */.Rn.manifest, artifactType: oci/* MEDIA */.Rn.model, config: configDesc, layers, annotations };
    return { manifest, bytes: (0,oci/* jsonBytes */.yN)(manifest), config, blobs };
}

// EXTERNAL MODULE: ./.build/js/src/registry/events.js
var registry_events = __webpack_require__(38920);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
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



const LOCK_PREFIX = 'mg-lock.';
const LEASE_MS = 120_000;
const WAIT_MS = 300_000;
const TAG = /^mg-lock\.([0-9a-f]{16})\.(c(\d+)|t(\d+)|d)$/;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** One manifest per writer (its id annotated), so concurrent writers never PUT the same manifest at once. */
const lockBytes = (id) => (0,oci/* jsonBytes */.yN)({ schemaVersion: 2, mediaType: oci/* MEDIA */.Rn.manifest, artifactType: oci/* MEDIA */.Rn.lock, config: oci/* EMPTY */.wg, layers: [oci/* EMPTY */.wg], annotations: { 'vnd.modelgate.lock': id } });
function writers(tags) {
    const out = new Map();
    for (const t of tags) {
        const m = TAG.exec(t);
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
    await backend.putBlob({ digest: oci/* EMPTY */.wg.digest, size: oci/* EMPTY */.wg.size, bytes: oci/* EMPTY_BYTES */.iF });
    const bytes = lockBytes(id);
    const put = (suffix) => backend.putManifest(bytes, oci/* MEDIA */.Rn.manifest, `${LOCK_PREFIX}${id}.${suffix}`);
    const release = async () => {
        if (backend.deleteTags)
            await backend.deleteTags((await backend.listTags()).filter((t) => t.startsWith(`${LOCK_PREFIX}${id}.`)));
        else if (!(await backend.deleteManifest?.((0,oci/* sha256 */.sc)(bytes))))
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
        await sleep(Math.min(500, 10 + 15 * round) * (0.5 + Math.random()));
    }
    try {
        return await fn();
    }
    finally {
        await release();
    }
}

// EXTERNAL MODULE: ./.build/js/src/registry/reference.js + 2 modules
var reference = __webpack_require__(17301);
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
    if (!(0,oci/* isTag */.dz)(alias))
        throw new errors/* ConfigurationError */.j1(`input '${input}': '${alias}' is not a valid tag (letters, digits, . _ -, at most 128)`);
    if (alias === 'latest' || /^v\d+$/.test(alias))
        throw new errors/* ConfigurationError */.j1(`input '${input}': '${alias}' is reserved (latest and v<digits> are set by register)`);
    if (alias.startsWith(LOCK_PREFIX) || alias.startsWith('sha256-'))
        throw new errors/* ConfigurationError */.j1(`input '${input}': '${alias}' is reserved for modelgate's own tags`);
}
const versionNumber = (tag) => {
    const m = VERSION_TAG.exec(tag);
    return m ? Number(m[1]) : undefined;
};
/** Tags a person would care about: versions and aliases, not the lock or referrers fallback tags. */
const isUserTag = (t) => !t.startsWith(LOCK_PREFIX) && !/^sha256-[a-f0-9]{64}$/.test(t);
function annotations(kind, who, extra) {
    const a = { [oci/* ANN */.Eh.created]: (who.now?.() ?? new Date()).toISOString(), [registry_events.EV.type]: kind };
    if (who.actor)
        a[registry_events.EV.actor] = who.actor;
    if (who.runUrl)
        a[registry_events.EV.runUrl] = who.runUrl;
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
    const digest = await backend.putManifest(built.bytes, oci/* MEDIA */.Rn.manifest);
    const subject = { mediaType: oci/* MEDIA */.Rn.manifest, digest, size: built.bytes.length };
    // 3. Under the lock: its number (or the one it already has), its history, its tags.
    return lock_withLock(backend, async () => {
        const tags = await backend.listTags();
        const events = await (0,registry_events/* versionEvents */.ed)(backend, digest);
        let version;
        let created = false;
        const claimed = [...events].reverse().find((e) => e.type === 'registered' && e.version)?.version;
        if (claimed) {
            const at = await backend.getManifest(claimed);
            if (at?.digest === digest)
                version = claimed;
            else if (!at) {
                // Interrupted after its history event and before its tag: finish it.
                await backend.putManifest(built.bytes, oci/* MEDIA */.Rn.manifest, claimed);
                version = claimed;
                created = true;
            }
        }
        if (!version) {
            const max = Math.max(0, ...tags.map((t) => versionNumber(t) ?? 0));
            version = `v${max + 1}`;
            await (0,registry_events/* appendEvent */.Zn)(backend, subject, annotations('registered', opts, { [registry_events.EV.version]: version, [registry_events.EV.status]: opts.status ?? 'pending', [registry_events.EV.dataDigest]: built.config.data?.sha256 }));
            await backend.putManifest(built.bytes, oci/* MEDIA */.Rn.manifest, version);
            created = true;
        }
        else if (opts.status && (0,registry_events/* currentStatus */.gH)(events) !== opts.status) {
            await (0,registry_events/* appendEvent */.Zn)(backend, subject, annotations('status', opts, { [registry_events.EV.version]: version, [registry_events.EV.status]: opts.status }));
        }
        if (created) {
            const newest = Math.max(0, ...tags.map((t) => versionNumber(t) ?? 0));
            if (versionNumber(version) >= newest)
                await backend.putManifest(built.bytes, oci/* MEDIA */.Rn.manifest, 'latest');
        }
        for (const alias of opts.aliases)
            await moveAlias(backend, alias, subject, built.bytes, version, opts);
        log.info(`${created ? 'registered' : 'already registered'} ${backend.location}:${version} (${digest}); ${stats.blobsUploaded} blob(s) uploaded, ${stats.bytesUploaded} bytes; ${stats.blobsSkipped} already there`);
        return { version, digest, reference: (0,reference/* formatReference */.FH)(backend, { digest }), created, stats };
    });
}
async function moveAlias(backend, alias, subject, bytes, version, who) {
    const at = await backend.getManifest(alias);
    if (at?.digest === subject.digest)
        return false;
    await (0,registry_events/* appendEvent */.Zn)(backend, subject, annotations('alias', who, { [registry_events.EV.version]: version, [registry_events.EV.alias]: alias }));
    await backend.putManifest(bytes, oci/* MEDIA */.Rn.manifest, alias);
    return true;
}
/** A version by tag (version or alias; default `latest`) or digest, every digest verified. */
async function resolve(backend, ref = {}) {
    const at = ref.digest ?? ref.tag ?? 'latest';
    const m = await backend.getManifest(at);
    if (!m)
        throw new errors/* ServiceError */._7(`${backend.location}: no version ${at}`);
    const manifest = JSON.parse(m.bytes.toString('utf8'));
    if (manifest.artifactType !== oci/* MEDIA */.Rn.model)
        throw new errors/* ServiceError */._7(`${backend.location}:${at} is not a modelgate model version (artifactType ${manifest.artifactType ?? 'none'})`);
    const config = JSON.parse((await backend.getBlob(manifest.config)).toString('utf8'));
    const events = await (0,registry_events/* versionEvents */.ed)(backend, m.digest);
    const version = ref.tag && versionNumber(ref.tag) ? ref.tag : [...events].reverse().find((e) => e.type === 'registered')?.version;
    return { digest: m.digest, manifest, bytes: m.bytes, config, version };
}
/** Every version, oldest first, with its aliases, status and metrics summary. */
async function listVersions(backend, opts = {}) {
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
        const r = await resolve(backend, { tag: v });
        const events = await (0,registry_events/* versionEvents */.ed)(backend, r.digest);
        const reg = events.find((e) => e.type === 'registered' && e.version === v);
        out.push({ version: v, digest: r.digest, aliases: (aliasDigests.get(r.digest) ?? []).sort(), status: (0,registry_events/* currentStatus */.gH)(events), registeredAt: reg?.at, actor: reg?.actor, metrics: r.config.metrics, dataDigest: r.config.data?.sha256 });
    }
    return out;
}
/** The history of one version, or of every version when no tag or digest is given; oldest first. */
async function versions_history(backend, ref) {
    if (ref.tag || ref.digest) {
        const r = await resolve(backend, ref);
        return (await (0,registry_events/* versionEvents */.ed)(backend, r.digest)).map((e) => ({ ...e, version: e.version ?? r.version }));
    }
    const all = [];
    for (const t of (await backend.listTags()).filter((x) => versionNumber(x) !== undefined)) {
        const m = await backend.getManifest(t);
        if (m)
            all.push(...(await (0,registry_events/* versionEvents */.ed)(backend, m.digest)).map((e) => ({ ...e, version: e.version ?? t })));
    }
    return all.sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0));
}
async function subjectOf(backend, ref) {
    const r = await resolve(backend, ref);
    if (!r.version)
        throw new errors/* ServiceError */._7(`${backend.location}@${r.digest} was never registered as a version here`);
    return { r, subject: { mediaType: oci/* MEDIA */.Rn.manifest, digest: r.digest, size: r.bytes.length }, version: r.version };
}
/** Points `alias` at a version (a tag move) and records who moved it. */
async function promote(backend, ref, alias, who) {
    checkAlias(alias);
    return lock_withLock(backend, async () => {
        const { r, subject, version } = await subjectOf(backend, ref);
        const moved = await moveAlias(backend, alias, subject, r.bytes, version, who);
        return { version, digest: r.digest, moved };
    });
}
/** Appends a status event (approved, rejected, pending). */
async function setStatus(backend, ref, status, who) {
    return lock_withLock(backend, async () => {
        const { r, subject, version } = await subjectOf(backend, ref);
        await (0,registry_events/* appendEvent */.Zn)(backend, subject, annotations('status', who, { [registry_events.EV.version]: version, [registry_events.EV.status]: status, [registry_events.EV.note]: who.note }));
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
    return lock_withLock(backend, async () => {
        const { subject, version } = await subjectOf(backend, ref);
        return (0,registry_events/* appendEvent */.Zn)(backend, subject, annotations('deployment', who, { [registry_events.EV.version]: version, [registry_events.EV.decision]: who.decision, [registry_events.EV.environment]: who.environment, [registry_events.EV.note]: who.note }), { bytes: deployment, mediaType: oci/* MEDIA */.Rn.deployment, title: 'deployment.json' });
    });
}
/** Appends a monitor run (monitor-report.json as the event's layer, its finding as an annotation). */
async function addMonitor(backend, ref, report, who) {
    return lock_withLock(backend, async () => {
        const { subject, version } = await subjectOf(backend, ref);
        return (0,registry_events/* appendEvent */.Zn)(backend, subject, annotations('monitor', who, { [registry_events.EV.version]: version, [registry_events.EV.finding]: who.finding, [registry_events.EV.note]: who.note }), { bytes: report, mediaType: oci/* MEDIA */.Rn.monitorReport, title: 'monitor-report.json' });
    });
}
/** Downloads every titled layer of a version into `dir`, each verified; returns title -> path. */
async function pull(backend, ref, dir, only) {
    const r = await resolve(backend, ref);
    const files = {};
    for (const layer of r.manifest.layers) {
        const title = layer.annotations?.[oci/* ANN */.Eh.title];
        if (!title || (only && !only(layer)))
            continue;
        if (title.includes('/') || title.includes('\\') || title === '.' || title === '..')
            throw new errors/* ServiceError */._7(`${backend.location}@${r.digest}: layer title '${title}' is not a plain file name; refusing to write it`);
        const path = (0,external_node_path_.join)(dir, title);
        await backend.blobToFile(layer, path);
        files[title] = path;
    }
    return { version: r, files };
}
/** A layer of a version by title, in memory (small JSON or markdown layers). */
async function layerText(backend, r, title) {
    const layer = r.manifest.layers.find((l) => l.annotations?.[oci/* ANN */.Eh.title] === title);
    return layer ? (await backend.getBlob(layer)).toString('utf8') : undefined;
}



/***/ })

};
