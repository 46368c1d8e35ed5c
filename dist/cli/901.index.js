export const id = 901;
export const ids = [901];
export const modules = {

/***/ 61100:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W2: () => (/* binding */ leaderboard),
/* harmony export */   bm: () => (/* binding */ sweepHeadline),
/* harmony export */   cS: () => (/* binding */ sweepMarkdown)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29527);

const interval = (ci) => (ci ? `[${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(ci[0])}, ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(ci[1])}]` : '–');
/** The leaderboard table (top `top` rows by validation score). */
function leaderboard(report, top = 10) {
    const keys = [...new Set(report.ranking.flatMap((r) => Object.keys(r.values)))];
    const rows = report.ranking.slice(0, top).map((r, i) => [
        String(i + 1),
        `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(r.variant, 20)}${r.variant === report.winner.variant ? ' ✅ chosen' : ''}`,
        ...keys.map((k) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(r.values[k] ?? '', 30)),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(r.value),
        interval(r.ci),
        r.cacheHit ? 'hit' : 'trained',
    ]);
    const more = report.ranking.length > top ? `\n\n${report.ranking.length - top} more variants not shown.` : '';
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['#', 'variant', ...keys.map((k) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(k, 30)), `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(report.metric, 30)} (validation)`, 'interval', 'cache'], rows) + more;
}
/** The headline: N variants, the chosen one, its validation score and (when given) its test score. */
function sweepHeadline(report, test) {
    const w = report.winner;
    const lines = [`${report.ranking.length} variant${report.ranking.length === 1 ? '' : 's'} tried (${report.method}${report.missing.length ? `, ${report.missing.length} without a result` : ''}); **${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(w.variant, 20)}** chosen on the validation split by ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(report.metric, 30)} (${report.goal}).`];
    const rows = [['validation (chosen on)', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(w.value), interval(w.ci)]];
    if (test)
        rows.push(['test (held out, evaluated once)', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(test.value), interval(test.ci)]);
    lines.push('', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['chosen variant', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(report.metric, 30), 'interval'], rows));
    if (test && test.value !== null && w.value !== null) {
        const gap = report.goal === 'maximize' ? w.value - test.value : test.value - w.value;
        lines.push('', `The validation score is the best of ${report.ranking.length} and so optimistic; the test score is the one to believe (validation − test: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(gap)}).`);
    }
    return lines.join('\n');
}
/** The job summary of train's sweep, and the PR comment's collapsed section. */
function sweepMarkdown(report, test) {
    return `${sweepHeadline(report, test)}\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .details */ .zH)(`Leaderboard (${report.ranking.length} variants)`, leaderboard(report))}\n`;
}


/***/ }),

/***/ 21935:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Go: () => (/* binding */ expandInputs),
/* harmony export */   UO: () => (/* binding */ isWithin),
/* harmony export */   X5: () => (/* binding */ workspacePath),
/* harmony export */   XO: () => (/* binding */ StatCache),
/* harmony export */   _4: () => (/* binding */ hashInputs),
/* harmony export */   k$: () => (/* binding */ cacheKey),
/* harmony export */   mF: () => (/* binding */ MODELGATE_VERSION),
/* harmony export */   mh: () => (/* binding */ checkKeyPrefix)
/* harmony export */ });
/* unused harmony exports DEFAULT_KEY_PREFIX, sha256File, keyDescriptor */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4522);
/* harmony import */ var _data_readers_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(48699);
/* harmony import */ var _lib_files_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(41938);
/* harmony import */ var _params_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(23268);
/**
 * The train cache key: whether training must run is decided by a digest over everything that
 * determines its result, as DVC's run-cache does for a stage:
 *
 *   sha256 of the canonical JSON of
 *     { key format 1, modelgate version, command, declared outputs (sorted),
 *       params (parsed values, keys sorted), inputs: [path, sha256, bytes] sorted by path }
 *
 * Paths are relative to the workspace with forward slashes, so the key is the same on every
 * machine and OS for the same files. The key is `<prefix>-<64 hex digits>`. Parts that are not in
 * the key (the runner OS, the Python or CUDA version the command uses) can go into the prefix,
 * e.g. `cache-key-prefix: train-${{ runner.os }}`.
 *
 * Hashing streams each file through SHA-256 with two alternating 1 MiB buffers, the next read in
 * flight while the current chunk is hashed, so it runs at about the speed of the hash. A stat cache
 * (a small JSON file: absolute path -> size, mtime, ctime, inode and digest; by default
 * `.modelgate/stat-cache.json` in the workspace) lets unchanged files skip the read: a digest is
 * reused only when all four stats match and the file's mtime is more than two seconds older than
 * the moment it was hashed (git's "racily clean" rule: a write in the same timestamp tick as the
 * hash cannot hide behind an unchanged mtime).
 */








/** modelgate's version, part of every key; kept equal to package.json's by a test. */
const MODELGATE_VERSION = '0.1.0';
const DEFAULT_KEY_PREFIX = 'modelgate-train';
/** Format of the key's descriptor: bump when what goes into the key changes. */
const KEY_FORMAT = 1;
const CHUNK = 1 << 20;
/** A stat-cache entry is trusted only for files last written this long before they were hashed. */
const RACY_MS = 2000;
/** Workspace-relative path with forward slashes; absolute when outside the workspace. */
function workspacePath(root, file) {
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(root, file);
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(root), abs);
    const outside = rel === '..' || rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_3__.sep}`) || (0,node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute)(rel);
    return (outside ? abs : rel).split(node_path__WEBPACK_IMPORTED_MODULE_3__.sep).join('/');
}
/** True when `path` is `dir` or inside it (both workspace paths as returned by workspacePath). */
function isWithin(path, dir) {
    const d = dir.replace(/\/+$/, '');
    return path === d || path.startsWith(`${d}/`) || d === '.' || d === '';
}
const MAGIC = /[*?]/;
/**
 * Expands input patterns into a sorted, de-duplicated list of workspace paths. A pattern is a file,
 * a directory (all files below it, as `dir/**`), or a glob (`*`, `?` within a path segment, `**`
 * for any number of directories; wildcards skip names starting with '.'). Files under `exclude`
 * (the outputs, the manifest, modelgate's own `.modelgate/` folder) are dropped from globs; a
 * pattern that names an excluded file directly, or matches nothing, is a ConfigurationError.
 */
async function expandInputs(patterns, root, exclude = []) {
    const out = new Set();
    const excluded = (p) => exclude.some((e) => isWithin(p, e));
    for (const raw of patterns) {
        const pattern = raw.replace(/\\/g, '/');
        const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute)(pattern) ? pattern : (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(root, pattern);
        let matched;
        if (MAGIC.test(pattern)) {
            matched = await globOrEmpty(abs);
        }
        else {
            const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(abs).catch(() => undefined);
            if (!st)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`file not found: '${raw}' (relative to ${root})`);
            if (st.isFile()) {
                const p = workspacePath(root, abs);
                if (excluded(p))
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`'${raw}' is also a declared output (or modelgate's own file); an output cannot decide whether training runs`);
                out.add(p);
                continue;
            }
            matched = await globOrEmpty((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(abs, '**'));
        }
        const kept = matched.map((f) => workspacePath(root, f)).filter((p) => !excluded(p));
        if (kept.length === 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`pattern '${raw}' matches no files${matched.length ? ' other than declared outputs' : ''}`);
        for (const p of kept)
            out.add(p);
    }
    return [...out].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
async function globOrEmpty(pattern) {
    try {
        return await (0,_data_readers_js__WEBPACK_IMPORTED_MODULE_5__/* .expandDataGlob */ .hL)(pattern.split(node_path__WEBPACK_IMPORTED_MODULE_3__.sep).join('/'));
    }
    catch (e) {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1)
            return [];
        throw e;
    }
}
const MAX_ENTRIES = 200_000;
/** Digests of files by their stats, persisted between runs (see the module comment). */
class StatCache {
    path;
    entries;
    dirty = false;
    constructor(path, entries) {
        this.path = path;
        this.entries = new Map(Object.entries(entries));
    }
    /** An empty cache that is never written: every file is read. */
    static none() {
        return new StatCache(undefined, {});
    }
    /** Loads the cache file; a missing, unreadable or foreign file starts an empty cache. */
    static load(path) {
        let entries = {};
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(path)) {
            try {
                const j = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path, 'utf8'));
                if (j.kind === 'modelgate-stat-cache' && j.version === 1 && j.entries && typeof j.entries === 'object')
                    entries = j.entries;
            }
            catch {
                // A torn or foreign file only costs a re-hash.
            }
        }
        return new StatCache(path, entries);
    }
    get size() {
        return this.entries.size;
    }
    /** The stored digest when the file's stats match and the entry is not racy. */
    lookup(absPath, st) {
        const e = this.entries.get(absPath);
        if (!e)
            return undefined;
        if (e.size !== String(st.size) || e.mtimeNs !== String(st.mtimeNs) || e.ctimeNs !== String(st.ctimeNs) || e.ino !== String(st.ino))
            return undefined;
        if (Number(st.mtimeNs / 1000000n) > e.hashedAt - RACY_MS)
            return undefined;
        return e.sha256;
    }
    record(absPath, st, sha256, hashedAt) {
        this.entries.delete(absPath); // re-insert: Map order is recency, oldest evicted first
        this.entries.set(absPath, { size: String(st.size), mtimeNs: String(st.mtimeNs), ctimeNs: String(st.ctimeNs), ino: String(st.ino), sha256, hashedAt });
        this.dirty = true;
    }
    /** Writes the cache (atomically) when it changed; a cache that cannot be written is skipped. */
    save() {
        if (!this.path || !this.dirty)
            return;
        while (this.entries.size > MAX_ENTRIES)
            this.entries.delete(this.entries.keys().next().value);
        const file = { kind: 'modelgate-stat-cache', version: 1, entries: Object.fromEntries(this.entries) };
        try {
            (0,_lib_files_js__WEBPACK_IMPORTED_MODULE_6__/* .writeJsonAtomic */ .ZJ)(this.path, file);
            this.dirty = false;
        }
        catch {
            // Read-only workspace: the next run re-hashes, nothing else is lost.
        }
    }
}
// ---------------------------------------------------------------------------------------------
// Hashing
/** SHA-256 of a file's content, streamed with the next read in flight while a chunk is hashed. */
async function sha256File(path) {
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(path, 'r');
    try {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        const bufs = [Buffer.allocUnsafe(CHUNK), Buffer.allocUnsafe(CHUNK)];
        let i = 0;
        let pos = 0;
        let pending = fh.read(bufs[0], 0, CHUNK, 0);
        for (;;) {
            const { bytesRead } = await pending;
            if (bytesRead === 0)
                break;
            const cur = bufs[i];
            pos += bytesRead;
            i ^= 1;
            pending = fh.read(bufs[i], 0, CHUNK, pos);
            hash.update(bytesRead === CHUNK ? cur : cur.subarray(0, bytesRead));
        }
        return { sha256: hash.digest('hex'), bytes: pos };
    }
    finally {
        await fh.close();
    }
}
/** Digests of the given workspace paths, in the same order, using and updating the stat cache. */
async function hashInputs(paths, opts) {
    const cache = opts.statCache ?? StatCache.none();
    const stats = { files: paths.length, bytes: 0, hashedFiles: 0, hashedBytes: 0, statCacheHits: 0 };
    const digests = new Array(paths.length);
    let next = 0;
    const worker = async () => {
        while (next < paths.length) {
            const idx = next++;
            const p = paths[idx];
            const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(opts.root, p);
            digests[idx] = await digestOne(p, abs, cache, stats);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.concurrency ?? 4, paths.length)) }, worker));
    return { digests, stats };
}
async function digestOne(p, abs, cache, stats) {
    for (let attempt = 0; attempt < 3; attempt++) {
        let before;
        try {
            before = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(abs, { bigint: true });
        }
        catch (e) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DataError */ .fL(`input ${p}: ${e.code === 'ENOENT' ? 'not found' : e.message}`, p);
        }
        const bytes = Number(before.size);
        const cached = cache.lookup(abs, before);
        if (cached) {
            stats.statCacheHits++;
            stats.bytes += bytes;
            return { path: p, sha256: cached, bytes };
        }
        const hashedAt = Date.now();
        const { sha256, bytes: read } = await sha256File(abs);
        const after = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(abs, { bigint: true });
        stats.hashedFiles++;
        stats.hashedBytes += read;
        if (after.size === before.size && after.mtimeNs === before.mtimeNs && BigInt(read) === before.size) {
            cache.record(abs, before, sha256, hashedAt);
            stats.bytes += read;
            return { path: p, sha256, bytes: read };
        }
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DataError */ .fL(`input ${p} kept changing while it was being hashed`, p);
}
/** Checks a key prefix: letters, digits, `.`, `_`, `+`, `-`, at most 200 characters. */
function checkKeyPrefix(prefix) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._+-]{0,199}$/.test(prefix)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`input 'cache-key-prefix' must be 1-200 letters, digits, '.', '_', '+' or '-' (starting with a letter or digit), got '${prefix}'`);
    }
    return prefix;
}
/** The descriptor that is hashed into the key (exported so the manifest and tests can show it). */
function keyDescriptor(parts) {
    const inputs = [...parts.inputs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)).map((d) => [d.path, d.sha256, d.bytes]);
    return (0,_params_js__WEBPACK_IMPORTED_MODULE_7__/* .canonicalJson */ .dj)({
        format: KEY_FORMAT,
        modelgate: parts.modelgateVersion ?? MODELGATE_VERSION,
        command: parts.command,
        outputs: [...new Set(parts.outputs)].sort(),
        params: parts.params ?? null,
        inputs,
    });
}
/** `<prefix>-<sha256 of the descriptor>`. */
function cacheKey(parts) {
    checkKeyPrefix(parts.prefix);
    return `${parts.prefix}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(keyDescriptor(parts)).digest('hex')}`;
}


/***/ }),

/***/ 30006:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Px: () => (/* binding */ diffManifestParams),
  mS: () => (/* binding */ gitState),
  Uw: () => (/* binding */ readMetrics),
  cv: () => (/* binding */ readTrainManifest),
  ZV: () => (/* binding */ runnerInfo),
  Ek: () => (/* binding */ toolVersions),
  $0: () => (/* binding */ writeTrainManifest)
});

// UNUSED EXPORTS: assertTrainManifest

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(52210);
// EXTERNAL MODULE: ./.build/js/src/errors.js
var errors = __webpack_require__(4522);
// EXTERNAL MODULE: ./.build/js/src/lib/files.js
var files = __webpack_require__(41938);
;// CONCATENATED MODULE: ./.build/js/src/schemas/train-manifest.schema.json
const train_manifest_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://modelgate.dev/schemas/train-manifest.schema.json","title":"modelgate train-manifest.json","description":"The lineage of one train step in command mode: the cache key and what it was computed from (input digests, command, params, modelgate version), whether the outputs came from the cache, the outputs\' digests, the metrics the command wrote, the git state, timings, runner and tool versions.","type":"object","required":["kind","schemaVersion","key","cacheHit","command","inputs","outputs","params","metrics","git","startedAt","durationMs","commandDurationMs","cache","runner","tools","producedBy"],"additionalProperties":false,"$defs":{"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"},"timestamp":{"type":"string","pattern":"^\\\\d{4}-\\\\d{2}-\\\\d{2}T\\\\d{2}:\\\\d{2}:\\\\d{2}(\\\\.\\\\d+)?Z$","description":"UTC, as Date.toISOString() writes it."},"file":{"type":"object","description":"A file by its workspace path (forward slashes; absolute when outside the workspace), content digest and size.","required":["path","sha256","bytes"],"additionalProperties":false,"properties":{"path":{"type":"string","minLength":1},"sha256":{"$ref":"#/$defs/sha256"},"bytes":{"type":"integer","minimum":0}}},"git":{"description":"HEAD (git rev-parse HEAD) and whether `git status --porcelain` listed changes other than modelgate\'s own files, the declared outputs and the manifest; null outside a git work tree or without git.","oneOf":[{"type":"null"},{"type":"object","required":["commit","dirty"],"additionalProperties":false,"properties":{"commit":{"type":"string","pattern":"^[0-9a-f]{40}([0-9a-f]{24})?$"},"dirty":{"type":"boolean"}}}]},"runner":{"type":"object","required":["os","arch"],"additionalProperties":false,"properties":{"os":{"type":"string","description":"RUNNER_OS in Actions (Linux, Windows, macOS), else the same names from the platform."},"arch":{"type":"string","description":"Node\'s process.arch: x64, arm64, ..."}}},"tools":{"type":"object","required":["node","modelgate"],"additionalProperties":{"type":"string"},"properties":{"node":{"type":"string"},"modelgate":{"type":"string"}}},"paramValue":{"type":["string","number","boolean","null","array","object"],"items":{"$ref":"#/$defs/paramValue"},"additionalProperties":{"$ref":"#/$defs/paramValue"}}},"properties":{"kind":{"const":"train-manifest"},"schemaVersion":{"const":1},"key":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._+-]*-[0-9a-f]{64}$","description":"The cache key: <prefix>-<sha256 of the key descriptor>."},"cacheHit":{"type":"boolean","description":"True when the outputs were restored from the cache and the command did not run."},"command":{"type":"string","minLength":1},"inputs":{"type":"array","items":{"$ref":"#/$defs/file"},"description":"Every file the input patterns matched, sorted by path."},"outputs":{"type":"array","items":{"$ref":"#/$defs/file"},"description":"Every file of the declared outputs (directories expanded), sorted by path."},"params":{"description":"The params file\'s values (with its path and format), and under values.builtin the built-in trainer\'s settings (algorithm, label, features, ignore, C or alpha, options, seed, rows, data sha256); null when neither.","oneOf":[{"type":"null"},{"type":"object","required":["values"],"additionalProperties":false,"properties":{"path":{"type":"string"},"format":{"enum":["json","yaml","env"]},"values":{"type":"object","additionalProperties":{"$ref":"#/$defs/paramValue"}}}}]},"metrics":{"description":"The metrics file the command wrote: the `metrics` option, else the first declared .json output that holds a flat object of numbers; null when none.","oneOf":[{"type":"null"},{"type":"object","required":["path","values"],"additionalProperties":false,"properties":{"path":{"type":"string"},"values":{"type":"object","additionalProperties":{"type":"number"}}}}]},"git":{"$ref":"#/$defs/git"},"startedAt":{"$ref":"#/$defs/timestamp"},"durationMs":{"type":"number","minimum":0,"description":"Wall time of the whole step: hashing, restore or command, save."},"commandDurationMs":{"type":["number","null"],"minimum":0,"description":"Wall time of the command; null on a cache hit (see producedBy)."},"cache":{"type":"object","required":["enabled","store","saved"],"additionalProperties":false,"properties":{"enabled":{"type":"boolean"},"store":{"enum":["local","actions",null]},"saved":{"type":"boolean","description":"True when this run saved its outputs under the key."}}},"runner":{"$ref":"#/$defs/runner"},"tools":{"$ref":"#/$defs/tools"},"producedBy":{"description":"On a cache hit, the run that trained the restored outputs (from the record saved with the entry); null on a miss or when the entry has no record.","oneOf":[{"type":"null"},{"type":"object","required":["startedAt","commandDurationMs","git","runner","tools"],"additionalProperties":false,"properties":{"startedAt":{"$ref":"#/$defs/timestamp"},"commandDurationMs":{"type":["number","null"],"minimum":0},"git":{"$ref":"#/$defs/git"},"runner":{"$ref":"#/$defs/runner"},"tools":{"$ref":"#/$defs/tools"}}}]}}}');
// EXTERNAL MODULE: ./.build/js/src/train/cachekey.js
var cachekey = __webpack_require__(21935);
// EXTERNAL MODULE: ./.build/js/src/train/params.js
var params = __webpack_require__(23268);
;// CONCATENATED MODULE: ./.build/js/src/train/manifest.js
/**
 * train-manifest.json: the lineage of one train step in command mode (schema:
 * src/schemas/train-manifest.schema.json). Written atomically after every successful step, hit
 * or miss; validated against its schema before it is written and when it is read.
 *
 * The metrics file is the `metrics` option when given (a declared output; nested objects are
 * flattened with dots, every leaf must be a number), else the first declared output, in the
 * declared order, that is a `.json` file holding a flat object of finite numbers; none is fine.
 */









let validate;
/**
 * Checks a value against the train-manifest schema. Reading, a mismatch is a DataError naming the
 * file and the first offending field; writing, it is a bug (a plain Error).
 */
function assertTrainManifest(value, source, direction = 'read') {
    validate ??= new _2020.Ajv2020({ allErrors: false, strict: true, allowUnionTypes: true }).compile(train_manifest_schema_namespaceObject);
    if (!validate(value)) {
        const e = validate.errors[0];
        const message = `${source}: not a valid train-manifest (schemaVersion 1): ${e.instancePath || '/'} ${e.message}`;
        if (direction === 'write')
            throw new Error(`internal error, refusing to write an invalid artifact: ${message}`);
        throw new errors/* DataError */.fL(message, source);
    }
}
function readTrainManifest(path) {
    let value;
    try {
        value = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (e) {
        const code = e.code;
        throw new errors/* DataError */.fL(`${path}: ${code === 'ENOENT' ? 'not found' : `not JSON (${e.message})`}`, path);
    }
    assertTrainManifest(value, path, 'read');
    return value;
}
function writeTrainManifest(path, manifest) {
    assertTrainManifest(manifest, path, 'write');
    (0,files/* writeJsonAtomic */.ZJ)(path, manifest);
}
/** The params diff between two manifests (`dvc params diff` for train-manifest.json files). */
function diffManifestParams(before, after) {
    return (0,params/* diffParams */.Gm)(before?.params?.values, after?.params?.values);
}
/** RUNNER_OS in Actions; elsewhere the same names derived from the platform. */
function runnerInfo(env = process.env) {
    const names = { linux: 'Linux', win32: 'Windows', darwin: 'macOS' };
    return { os: env.RUNNER_OS || names[process.platform] || process.platform, arch: process.arch };
}
function toolVersions() {
    return { node: process.version, modelgate: cachekey/* MODELGATE_VERSION */.mF };
}
function git(args, cwd) {
    return new Promise((done) => {
        (0,external_node_child_process_.execFile)('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 << 20, windowsHide: true }, (err, stdout) => done(err ? undefined : stdout));
    });
}
/**
 * HEAD and whether the work tree is dirty, or null when `root` is not in a git work tree or git is
 * missing. `exclude` are workspace paths left out of the dirty check (modelgate's `.modelgate/`
 * folder, the declared outputs and the manifest: products of the run, not its sources). Untracked
 * files count as changes, as `git status --porcelain` lists them.
 */
async function gitState(root, exclude = []) {
    const head = (await git(['rev-parse', 'HEAD'], root))?.trim();
    if (!head || !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(head))
        return null;
    const specs = [':/', ...exclude.map((p) => `:(exclude,literal)${p}`)];
    const status = await git(['status', '--porcelain', '--', ...specs], root);
    if (status === undefined)
        return null;
    return { commit: head, dirty: status.trim() !== '' };
}
/** A flat object of finite numbers, or undefined. */
function flatNumbers(v) {
    if (v === null || typeof v !== 'object' || Array.isArray(v))
        return undefined;
    const entries = Object.entries(v);
    if (entries.length === 0 || !entries.every(([, x]) => typeof x === 'number' && Number.isFinite(x)))
        return undefined;
    return Object.fromEntries(entries);
}
function nestedNumbers(v, source, prefix = '', out = {}) {
    if (v === null || typeof v !== 'object' || Array.isArray(v))
        throw new errors/* ConfigurationError */.j1(`metrics file ${source}: expected an object of numbers`);
    for (const [k, x] of Object.entries(v)) {
        const key = prefix ? `${prefix}.${k}` : k;
        if (typeof x === 'number' && Number.isFinite(x))
            out[key] = x;
        else if (x !== null && typeof x === 'object' && !Array.isArray(x))
            nestedNumbers(x, source, key, out);
        else
            throw new errors/* ConfigurationError */.j1(`metrics file ${source}: '${key}' is not a finite number`);
    }
    return out;
}
/**
 * The metrics the command wrote (see the module comment): `explicit` when given (an error if it is
 * not an object of numbers), else the first declared `.json` output holding a flat object of numbers.
 */
function readMetrics(root, outputs, explicit) {
    const read = (p) => {
        try {
            return JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.resolve)(root, p), 'utf8'));
        }
        catch (e) {
            return e;
        }
    };
    if (explicit) {
        const v = read(explicit);
        if (v instanceof Error)
            throw new errors/* ConfigurationError */.j1(`metrics file ${explicit}: ${v.code === 'ENOENT' ? 'not found after the command ran' : `not JSON (${v.message})`}`);
        return { path: explicit, values: nestedNumbers(v, explicit) };
    }
    for (const p of outputs) {
        if (!p.toLowerCase().endsWith('.json'))
            continue;
        const values = flatNumbers(read(p));
        if (values)
            return { path: p, values };
    }
    return null;
}


/***/ })

};
