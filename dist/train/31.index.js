export const id = 31;
export const ids = [31];
export const modules = {

/***/ 6031:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./.build/js/src/data/scan.js + 8 modules
var scan = __webpack_require__(9249);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(5881);
// EXTERNAL MODULE: ./.build/js/src/errors.js
var errors = __webpack_require__(4522);
// EXTERNAL MODULE: ./.build/js/src/lib/files.js
var files = __webpack_require__(1938);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./.build/js/src/data/readers.js + 42 modules
var readers = __webpack_require__(4061);
;// CONCATENATED MODULE: ./.build/js/src/train/params.js
/**
 * Training parameters: read from a params file, recorded in train-manifest.json, part of the cache
 * key, and compared between runs like `dvc params diff`.
 *
 * Formats, chosen by the file name:
 * - `.json`: JSON; `.yaml` / `.yml`: YAML 1.2 (core schema, through the `yaml` package).
 * - `.env`, `.env.*`, `*.env`, `.properties`, `.txt`, `.cfg`, `.ini` and files with no extension:
 *   `key=value` lines (dotenv style). `#` starts a comment line, an `export ` prefix is allowed,
 *   values may be single or double quoted (quoted values stay text). An unquoted value that reads as
 *   a JSON number becomes a number, `true`/`false` become booleans, anything else stays text. A key
 *   with dots (`model.lr=0.1`) is kept as is, so it diffs the same as nested YAML `model: {lr: 0.1}`.
 *   INI `[section]` headers are not supported.
 * - Anything else (`.toml`, ...) is a ConfigurationError naming the file: TOML is not supported.
 *
 * The top level must be a mapping. Non-finite YAML numbers (`.inf`, `.nan`) are kept as the text
 * "Infinity" / "-Infinity" / "NaN", since JSON cannot hold them.
 */




/** The format of a params file, from its name; undefined when it is none we read. */
function paramsFormat(path) {
    const name = (0,external_node_path_.basename)(path).toLowerCase();
    const ext = (0,external_node_path_.extname)(name);
    if (ext === '.json')
        return 'json';
    if (ext === '.yaml' || ext === '.yml')
        return 'yaml';
    if (name === '.env' || name.startsWith('.env.') || ext === '.env')
        return 'env';
    if (['.properties', '.txt', '.cfg', '.ini', ''].includes(ext))
        return 'env';
    return undefined;
}
/** Reads and parses a params file; a missing file or a syntax error is a ConfigurationError. */
function readParams(path, displayPath = path) {
    const format = paramsFormat(path);
    if (!format) {
        throw new errors/* ConfigurationError */.j1(`params file ${displayPath}: unsupported format '${(0,external_node_path_.extname)(path)}'; use YAML (.yaml, .yml), JSON (.json) or key=value lines (.env)`);
    }
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (e) {
        const code = e.code;
        throw new errors/* ConfigurationError */.j1(`params file ${displayPath}: ${code === 'ENOENT' ? 'not found' : e.message}`);
    }
    return parseParams(text, format, displayPath);
}
/** Parses params text of a given format. */
function parseParams(text, format, source) {
    if (format === 'env')
        return parseEnv(text, source);
    const value = text.trim() === '' ? {} : (0,files/* parseYamlOrJson */.oL)(text, source);
    if (value === null || value === undefined)
        return {};
    if (typeof value !== 'object' || Array.isArray(value)) {
        throw new errors/* ConfigurationError */.j1(`params file ${source}: the top level must be a mapping of names to values`);
    }
    return normalize(value);
}
function parseEnv(text, source) {
    const out = {};
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const m = /^(?:export\s+)?([^=\s]+)\s*=\s*(.*)$/.exec(line);
        if (!m)
            throw new errors/* ConfigurationError */.j1(`${source}:${i + 1}: expected key=value, got '${line.slice(0, 60)}'`);
        const [, key, rawValue] = m;
        if (Object.hasOwn(out, key))
            throw new errors/* ConfigurationError */.j1(`${source}:${i + 1}: duplicate key '${key}'`);
        out[key] = envValue(rawValue);
    }
    return out;
}
function envValue(raw) {
    const q = raw[0];
    if ((q === '"' || q === "'") && raw.length >= 2) {
        const end = raw.lastIndexOf(q);
        if (end > 0) {
            const inner = raw.slice(1, end);
            return q === '"' ? inner.replace(/\\(["\\n])/g, (_, c) => (c === 'n' ? '\n' : c)) : inner;
        }
    }
    const value = raw.replace(/\s+#.*$/, '').trim();
    if (value === 'true')
        return true;
    if (value === 'false')
        return false;
    if (/^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(value))
        return Number(value);
    return value;
}
/** Maps what YAML can hold and JSON cannot to JSON-safe values. */
function normalize(v) {
    if (v === null || v === undefined)
        return null;
    if (typeof v === 'number')
        return Number.isFinite(v) ? v : String(v);
    if (typeof v === 'bigint')
        return Number(v);
    if (typeof v === 'string' || typeof v === 'boolean')
        return v;
    if (Array.isArray(v))
        return v.map(normalize);
    if (v instanceof Date)
        return v.toISOString();
    if (typeof v === 'object') {
        const out = {};
        for (const [k, x] of Object.entries(v))
            out[k] = normalize(x);
        return out;
    }
    return String(v);
}
/** JSON with object keys sorted at every level: the same params always give the same text. */
function canonicalJson(v) {
    if (v === null || typeof v !== 'object')
        return JSON.stringify(v) ?? 'null';
    if (Array.isArray(v))
        return `[${v.map(canonicalJson).join(',')}]`;
    const keys = Object.keys(v).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(v[k])}`).join(',')}}`;
}
/**
 * Flattens nested mappings into dotted keys (`{model: {lr: 0.1}}` -> `model.lr`). Lists and empty
 * mappings are leaf values, compared whole, as `dvc params diff` does.
 */
function flattenParams(params, prefix = '') {
    const out = {};
    for (const [k, v] of Object.entries(params)) {
        const key = prefix ? `${prefix}.${k}` : k;
        if (v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 0) {
            Object.assign(out, flattenParams(v, key));
        }
        else {
            out[key] = v;
        }
    }
    return out;
}
/**
 * What changed from `before` to `after` (either may be undefined: no params recorded), like
 * `dvc params diff`: keys flattened with dots, values compared by their canonical JSON (so 1 and
 * 1.0 are equal, 1 and "1" are not), sorted by key. Unchanged keys are left out.
 */
function params_diffParams(before, after) {
    const a = flattenParams(before ?? {});
    const b = flattenParams(after ?? {});
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    const out = [];
    for (const key of keys) {
        const inA = Object.hasOwn(a, key);
        const inB = Object.hasOwn(b, key);
        if (inA && !inB)
            out.push({ key, change: 'removed', old: a[key] });
        else if (!inA && inB)
            out.push({ key, change: 'added', new: b[key] });
        else if (canonicalJson(a[key]) !== canonicalJson(b[key]))
            out.push({ key, change: 'modified', old: a[key], new: b[key] });
    }
    return out;
}
/** The diff as a markdown table (`dvc params diff --md`), values from the data escaped. */
function paramsDiffMarkdown(changes, labels = { old: 'before', new: 'after' }) {
    if (changes.length === 0)
        return 'No parameter changed.\n';
    const cell = (v) => (v === undefined ? '—' : escapeCell(typeof v === 'string' ? v : canonicalJson(v)));
    const rows = changes.map((c) => `| ${escapeCell(c.key)} | ${c.change} | ${cell(c.old)} | ${cell(c.new)} |`);
    return [`| param | change | ${escapeCell(labels.old)} | ${escapeCell(labels.new)} |`, '|---|---|---|---|', ...rows].join('\n') + '\n';
}
function escapeCell(s) {
    return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/`/g, '\\`').replace(/\r?\n/g, ' ');
}

;// CONCATENATED MODULE: ./.build/js/src/train/cachekey.js
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
    const abs = (0,external_node_path_.resolve)(root, file);
    const rel = (0,external_node_path_.relative)((0,external_node_path_.resolve)(root), abs);
    const outside = rel === '..' || rel.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(rel);
    return (outside ? abs : rel).split(external_node_path_.sep).join('/');
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
        const abs = (0,external_node_path_.isAbsolute)(pattern) ? pattern : (0,external_node_path_.join)(root, pattern);
        let matched;
        if (MAGIC.test(pattern)) {
            matched = await globOrEmpty(abs);
        }
        else {
            const st = await (0,promises_.stat)(abs).catch(() => undefined);
            if (!st)
                throw new errors/* ConfigurationError */.j1(`file not found: '${raw}' (relative to ${root})`);
            if (st.isFile()) {
                const p = workspacePath(root, abs);
                if (excluded(p))
                    throw new errors/* ConfigurationError */.j1(`'${raw}' is also a declared output (or modelgate's own file); an output cannot decide whether training runs`);
                out.add(p);
                continue;
            }
            matched = await globOrEmpty((0,external_node_path_.join)(abs, '**'));
        }
        const kept = matched.map((f) => workspacePath(root, f)).filter((p) => !excluded(p));
        if (kept.length === 0)
            throw new errors/* ConfigurationError */.j1(`pattern '${raw}' matches no files${matched.length ? ' other than declared outputs' : ''}`);
        for (const p of kept)
            out.add(p);
    }
    return [...out].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
async function globOrEmpty(pattern) {
    try {
        return await (0,readers/* expandDataGlob */.hL)(pattern.split(external_node_path_.sep).join('/'));
    }
    catch (e) {
        if (e instanceof errors/* ConfigurationError */.j1)
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
        if ((0,external_node_fs_.existsSync)(path)) {
            try {
                const j = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
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
            (0,files/* writeJsonAtomic */.ZJ)(this.path, file);
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
    const fh = await (0,promises_.open)(path, 'r');
    try {
        const hash = (0,external_node_crypto_.createHash)('sha256');
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
            const abs = (0,external_node_path_.resolve)(opts.root, p);
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
            before = (0,external_node_fs_.statSync)(abs, { bigint: true });
        }
        catch (e) {
            throw new errors/* DataError */.fL(`input ${p}: ${e.code === 'ENOENT' ? 'not found' : e.message}`, p);
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
        const after = (0,external_node_fs_.statSync)(abs, { bigint: true });
        stats.hashedFiles++;
        stats.hashedBytes += read;
        if (after.size === before.size && after.mtimeNs === before.mtimeNs && BigInt(read) === before.size) {
            cache.record(abs, before, sha256, hashedAt);
            stats.bytes += read;
            return { path: p, sha256, bytes: read };
        }
    }
    throw new errors/* DataError */.fL(`input ${p} kept changing while it was being hashed`, p);
}
/** Checks a key prefix: letters, digits, `.`, `_`, `+`, `-`, at most 200 characters. */
function checkKeyPrefix(prefix) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._+-]{0,199}$/.test(prefix)) {
        throw new errors/* ConfigurationError */.j1(`input 'cache-key-prefix' must be 1-200 letters, digits, '.', '_', '+' or '-' (starting with a letter or digit), got '${prefix}'`);
    }
    return prefix;
}
/** The descriptor that is hashed into the key (exported so the manifest and tests can show it). */
function keyDescriptor(parts) {
    const inputs = [...parts.inputs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)).map((d) => [d.path, d.sha256, d.bytes]);
    return canonicalJson({
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
    return `${parts.prefix}-${(0,external_node_crypto_.createHash)('sha256').update(keyDescriptor(parts)).digest('hex')}`;
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(2210);
;// CONCATENATED MODULE: ./.build/js/src/schemas/train-manifest.schema.json
const train_manifest_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://modelgate.dev/schemas/train-manifest.schema.json","title":"modelgate train-manifest.json","description":"The lineage of one train step in command mode: the cache key and what it was computed from (input digests, command, params, modelgate version), whether the outputs came from the cache, the outputs\' digests, the metrics the command wrote, the git state, timings, runner and tool versions.","type":"object","required":["kind","schemaVersion","key","cacheHit","command","inputs","outputs","params","metrics","git","startedAt","durationMs","commandDurationMs","cache","runner","tools","producedBy"],"additionalProperties":false,"$defs":{"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"},"timestamp":{"type":"string","pattern":"^\\\\d{4}-\\\\d{2}-\\\\d{2}T\\\\d{2}:\\\\d{2}:\\\\d{2}(\\\\.\\\\d+)?Z$","description":"UTC, as Date.toISOString() writes it."},"file":{"type":"object","description":"A file by its workspace path (forward slashes; absolute when outside the workspace), content digest and size.","required":["path","sha256","bytes"],"additionalProperties":false,"properties":{"path":{"type":"string","minLength":1},"sha256":{"$ref":"#/$defs/sha256"},"bytes":{"type":"integer","minimum":0}}},"git":{"description":"HEAD (git rev-parse HEAD) and whether `git status --porcelain` listed changes other than modelgate\'s own files, the declared outputs and the manifest; null outside a git work tree or without git.","oneOf":[{"type":"null"},{"type":"object","required":["commit","dirty"],"additionalProperties":false,"properties":{"commit":{"type":"string","pattern":"^[0-9a-f]{40}([0-9a-f]{24})?$"},"dirty":{"type":"boolean"}}}]},"runner":{"type":"object","required":["os","arch"],"additionalProperties":false,"properties":{"os":{"type":"string","description":"RUNNER_OS in Actions (Linux, Windows, macOS), else the same names from the platform."},"arch":{"type":"string","description":"Node\'s process.arch: x64, arm64, ..."}}},"tools":{"type":"object","required":["node","modelgate"],"additionalProperties":{"type":"string"},"properties":{"node":{"type":"string"},"modelgate":{"type":"string"}}},"paramValue":{"type":["string","number","boolean","null","array","object"],"items":{"$ref":"#/$defs/paramValue"},"additionalProperties":{"$ref":"#/$defs/paramValue"}}},"properties":{"kind":{"const":"train-manifest"},"schemaVersion":{"const":1},"key":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._+-]*-[0-9a-f]{64}$","description":"The cache key: <prefix>-<sha256 of the key descriptor>."},"cacheHit":{"type":"boolean","description":"True when the outputs were restored from the cache and the command did not run."},"command":{"type":"string","minLength":1},"inputs":{"type":"array","items":{"$ref":"#/$defs/file"},"description":"Every file the input patterns matched, sorted by path."},"outputs":{"type":"array","items":{"$ref":"#/$defs/file"},"description":"Every file of the declared outputs (directories expanded), sorted by path."},"params":{"description":"The params file\'s values (with its path and format), and under values.builtin the built-in trainer\'s settings (algorithm, label, features, ignore, C or alpha, options, seed, rows, data sha256); null when neither.","oneOf":[{"type":"null"},{"type":"object","required":["values"],"additionalProperties":false,"properties":{"path":{"type":"string"},"format":{"enum":["json","yaml","env"]},"values":{"type":"object","additionalProperties":{"$ref":"#/$defs/paramValue"}}}}]},"metrics":{"description":"The metrics file the command wrote: the `metrics` option, else the first declared .json output that holds a flat object of numbers; null when none.","oneOf":[{"type":"null"},{"type":"object","required":["path","values"],"additionalProperties":false,"properties":{"path":{"type":"string"},"values":{"type":"object","additionalProperties":{"type":"number"}}}}]},"git":{"$ref":"#/$defs/git"},"startedAt":{"$ref":"#/$defs/timestamp"},"durationMs":{"type":"number","minimum":0,"description":"Wall time of the whole step: hashing, restore or command, save."},"commandDurationMs":{"type":["number","null"],"minimum":0,"description":"Wall time of the command; null on a cache hit (see producedBy)."},"cache":{"type":"object","required":["enabled","store","saved"],"additionalProperties":false,"properties":{"enabled":{"type":"boolean"},"store":{"enum":["local","actions",null]},"saved":{"type":"boolean","description":"True when this run saved its outputs under the key."}}},"runner":{"$ref":"#/$defs/runner"},"tools":{"$ref":"#/$defs/tools"},"producedBy":{"description":"On a cache hit, the run that trained the restored outputs (from the record saved with the entry); null on a miss or when the entry has no record.","oneOf":[{"type":"null"},{"type":"object","required":["startedAt","commandDurationMs","git","runner","tools"],"additionalProperties":false,"properties":{"startedAt":{"$ref":"#/$defs/timestamp"},"commandDurationMs":{"type":["number","null"],"minimum":0},"git":{"$ref":"#/$defs/git"},"runner":{"$ref":"#/$defs/runner"},"tools":{"$ref":"#/$defs/tools"}}}]}}}');
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
        value = JSON.parse(readFileSync(path, 'utf8'));
    }
    catch (e) {
        const code = e.code;
        throw new DataError(`${path}: ${code === 'ENOENT' ? 'not found' : `not JSON (${e.message})`}`, path);
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
    return diffParams(before?.params?.values, after?.params?.values);
}
/** RUNNER_OS in Actions; elsewhere the same names derived from the platform. */
function runnerInfo(env = process.env) {
    const names = { linux: 'Linux', win32: 'Windows', darwin: 'macOS' };
    return { os: env.RUNNER_OS || names[process.platform] || process.platform, arch: process.arch };
}
function toolVersions() {
    return { node: process.version, modelgate: MODELGATE_VERSION };
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

;// CONCATENATED MODULE: ./.build/js/src/train/store.js
/**
 * Where the outputs of a training run are kept under its cache key.
 *
 * - `LocalStore` (outside Actions, the default): a folder, `.modelgate/cache/` in the workspace
 *   unless told otherwise, one subfolder per key holding the files and `entry.json`. An entry is
 *   built under a temporary name and renamed into place, so a reader sees a complete entry or none;
 *   when two runs save the same key at once, the first rename wins and the other is dropped.
 *   Restored files are written to a temporary name beside their target and renamed over it
 *   (copies use a reflink where the filesystem has them).
 * - `ActionsCacheStore` (in Actions): `@actions/cache`'s restoreCache/saveCache, passed in by the
 *   adapter (src/actions/train-cache-store.ts) so that this module never imports `@actions/*`.
 *
 * Each entry also carries a small JSON record of the run that produced it (its manifest), so a
 * hit can say which commit, when and how long the training it saved took.
 */






const ENTRY = 'entry.json';
const FILES = 'files';
class LocalStore {
    kind = 'local';
    dir;
    root;
    /** `dir`: the store folder; `root`: the workspace the paths are relative to. */
    constructor(dir, root) {
        this.root = (0,external_node_path_.resolve)(root);
        this.dir = (0,external_node_path_.resolve)(this.root, dir);
    }
    /** The folder of one entry. */
    entryDir(key) {
        checkKeyName(key);
        return (0,external_node_path_.join)(this.dir, key);
    }
    has(key) {
        return (0,external_node_fs_.existsSync)((0,external_node_path_.join)(this.entryDir(key), ENTRY));
    }
    /** Keys of the complete entries in the store. */
    keys() {
        if (!(0,external_node_fs_.existsSync)(this.dir))
            return [];
        return (0,external_node_fs_.readdirSync)(this.dir).filter((k) => !k.startsWith('.') && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(this.dir, k, ENTRY))).sort();
    }
    async restore(key, paths) {
        const dir = this.entryDir(key);
        let entry;
        try {
            entry = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, ENTRY), 'utf8'));
        }
        catch {
            return undefined;
        }
        const want = [...paths].sort().join('\n');
        const have = entry.paths.map((p) => p.path).sort().join('\n');
        if (entry.kind !== 'modelgate-cache-entry' || entry.version !== 1 || want !== have)
            return undefined;
        // A directory output is replaced whole, so files the entry does not have cannot linger.
        for (const p of entry.paths) {
            const target = (0,external_node_path_.resolve)(this.root, p.path);
            if (p.type === 'dir') {
                await (0,promises_.rm)(target, { recursive: true, force: true });
                (0,files/* makeDirs */.X2)(target);
            }
        }
        for (const d of entry.dirs ?? [])
            (0,files/* makeDirs */.X2)((0,external_node_path_.resolve)(this.root, d));
        for (const f of entry.files) {
            const target = (0,external_node_path_.resolve)(this.root, f.path);
            (0,files/* makeDirs */.X2)((0,external_node_path_.dirname)(target));
            const tmp = `${target}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`;
            try {
                await (0,promises_.copyFile)((0,external_node_path_.join)(dir, FILES, f.path), tmp, external_node_fs_.constants.COPYFILE_FICLONE);
                await (0,promises_.rename)(tmp, target);
            }
            catch (e) {
                await (0,promises_.rm)(tmp, { force: true });
                throw e;
            }
        }
        return { record: entry.record };
    }
    async save(key, paths, record) {
        const final = this.entryDir(key);
        if ((0,external_node_fs_.existsSync)(final))
            return false;
        (0,files/* makeDirs */.X2)(this.dir);
        const tmp = (0,external_node_path_.join)(this.dir, `.tmp-${key}-${process.pid}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`);
        try {
            const entry = { kind: 'modelgate-cache-entry', version: 1, key, createdAt: new Date().toISOString(), paths: [], files: [], dirs: [] };
            for (const p of paths) {
                const abs = (0,external_node_path_.resolve)(this.root, p);
                const st = (0,external_node_fs_.statSync)(abs);
                entry.paths.push({ path: p, type: st.isDirectory() ? 'dir' : 'file' });
                for (const f of st.isDirectory() ? listFiles(abs, p, entry.dirs) : [{ path: p, abs, st }]) {
                    const dst = (0,external_node_path_.join)(tmp, FILES, f.path);
                    (0,files/* makeDirs */.X2)((0,external_node_path_.dirname)(dst));
                    await (0,promises_.copyFile)(f.abs, dst, external_node_fs_.constants.COPYFILE_FICLONE);
                    entry.files.push({ path: f.path, bytes: f.st.size });
                }
            }
            if (record !== undefined)
                entry.record = record;
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(tmp, ENTRY), JSON.stringify(entry, null, 2) + '\n');
            try {
                await (0,promises_.rename)(tmp, final);
            }
            catch (e) {
                const code = e.code;
                if (code === 'ENOTEMPTY' || code === 'EEXIST' || code === 'EPERM')
                    return false; // another run saved it first
                throw e;
            }
            return true;
        }
        finally {
            (0,external_node_fs_.rmSync)(tmp, { recursive: true, force: true });
        }
    }
}
/** Every file below a directory (following symlinks), as workspace paths; subdirectories go to `dirs`. */
function listFiles(abs, rel, dirs) {
    const out = [];
    for (const e of (0,external_node_fs_.readdirSync)(abs, { withFileTypes: true })) {
        const a = (0,external_node_path_.join)(abs, e.name);
        const r = `${rel.replace(/\/+$/, '')}/${e.name}`;
        const st = (0,external_node_fs_.statSync)(a);
        if (st.isDirectory()) {
            dirs.push(r);
            out.push(...listFiles(a, r, dirs));
        }
        else if (st.isFile())
            out.push({ path: r, abs: a, st });
    }
    return out;
}
function checkKeyName(key) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._+-]{0,511}$/.test(key))
        throw new Error(`internal error: invalid cache key '${key}'`);
}
/** Where the run record travels inside an Actions cache entry (workspace path). */
function actionsRecordPath(key) {
    return `.modelgate/train-runs/${key}.json`;
}
/**
 * The store of GitHub's cache service through `@actions/cache`. Paths are handed to the toolkit
 * relative to the workspace when the workspace is the current directory (as `actions/cache` users
 * write them, so entries match across runners whose checkout path differs), else absolute. The
 * toolkit archives them relative to `GITHUB_WORKSPACE` and extracts them there. The toolkit turns
 * service errors into warnings and a miss, so a failed restore is a miss and a failed save is false.
 */
class ActionsCacheStore {
    cache;
    kind = 'actions';
    root;
    constructor(cache, root) {
        this.cache = cache;
        this.root = (0,external_node_path_.resolve)(root);
    }
    /** The exact path list given to the toolkit (its cache version is a hash of this list). */
    toolkitPaths(key, paths) {
        const all = [...paths, actionsRecordPath(key)];
        for (const p of all) {
            if (/[*?[\]]/.test(p) || /^[!#]/.test(p))
                throw new errors/* ConfigurationError */.j1(`output '${p}': glob characters (* ? [ ] and a leading ! or #) cannot be cached with @actions/cache`);
        }
        return this.root === (0,external_node_path_.resolve)(process.cwd()) ? all : all.map((p) => (0,external_node_path_.resolve)(this.root, p));
    }
    async restore(key, paths) {
        const matched = await this.cache.restoreCache(this.toolkitPaths(key, paths), key);
        if (matched !== key)
            return undefined;
        let record;
        try {
            record = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.resolve)(this.root, actionsRecordPath(key)), 'utf8'));
        }
        catch {
            record = undefined;
        }
        return { record };
    }
    async save(key, paths, record) {
        (0,files/* writeJsonAtomic */.ZJ)((0,external_node_path_.resolve)(this.root, actionsRecordPath(key)), record ?? null);
        try {
            return (await this.cache.saveCache(this.toolkitPaths(key, paths), key)) !== -1;
        }
        catch (e) {
            // Another job is saving the same key: it will hold the same outputs.
            if (e?.name === 'ReserveCacheError')
                return false;
            throw e;
        }
    }
}

;// CONCATENATED MODULE: ./.build/js/src/train/command.js
/**
 * The train action's command mode: "retrain only when data, code or params changed".
 *
 * 1. Expand `inputs` (files, directories, globs) and hash every file (stat cache: cachekey.ts);
 *    read `params`; compute the key over inputs, command, params, outputs and modelgate version.
 * 2. With `cache` on, ask the store for the key. A hit restores the outputs and the command does
 *    not run.
 * 3. On a miss the declared outputs are deleted (as `dvc repro` does, so a stale file can never be
 *    cached as if the command had written it), the command runs through the shell (`/bin/sh -c`,
 *    cmd.exe on Windows; `shell` chooses another) with the workspace as its working directory, and
 *    its stdout and stderr go to the log line by line. A non-zero exit fails the step with the exit
 *    code and the last 20 lines of output, and nothing is cached. Declared outputs the command did
 *    not write are a ConfigurationError naming them. Otherwise the outputs are saved under the key;
 *    a failed save is a warning, never a failed step.
 * 4. train-manifest.json is written (manifest.ts).
 *
 * Default locations, all in the workspace's `.modelgate/` folder (add it to .gitignore): the local
 * store `.modelgate/cache/`, the stat cache `.modelgate/stat-cache.json`. In Actions the caller
 * passes an ActionsCacheStore instead of the local store.
 */








/** modelgate's own folder in the workspace: never an input, never a git change. */
const MODELGATE_DIR = '.modelgate';
/** Default path of train-manifest.json, relative to the workspace. */
const DEFAULT_MANIFEST = 'train-manifest.json';
/** Lines of the command's output quoted when it fails. */
const TAIL_LINES = 20;
/** Validates the paths of the config against each other and the workspace. */
function resolvePaths(config) {
    const root = (0,external_node_path_.resolve)(config.workspace ?? process.cwd());
    if (!config.command.trim())
        throw new errors/* ConfigurationError */.j1(`input 'command' is required`);
    if (config.outputs.length === 0)
        throw new errors/* ConfigurationError */.j1(`input 'outputs' is required: the files or directories the command writes`);
    if (config.inputs.length === 0)
        throw new errors/* ConfigurationError */.j1(`input 'inputs' is required: the files whose content decides whether training must run`);
    checkKeyPrefix(config.cacheKeyPrefix);
    const inside = (name, p) => {
        const w = workspacePath(root, p);
        if ((0,external_node_path_.isAbsolute)(w) || w === '' || w === '.' || isWithin(MODELGATE_DIR, w)) {
            throw new errors/* ConfigurationError */.j1(`input '${name}': '${p}' must be inside the workspace (${root}) and not the workspace itself or its ${MODELGATE_DIR} folder`);
        }
        return w;
    };
    const outputs = [...new Set(config.outputs.map((o) => inside('outputs', o)))];
    for (const a of outputs) {
        for (const b of outputs)
            if (a !== b && isWithin(b, a))
                throw new errors/* ConfigurationError */.j1(`input 'outputs': '${b}' is inside '${a}'; declare one of them`);
    }
    for (const o of outputs) {
        if (o === '.git' || isWithin(o, '.git'))
            throw new errors/* ConfigurationError */.j1(`input 'outputs': '${o}' is inside the repository's .git folder`);
    }
    // Outputs are removed before the command runs (a stale file must not pass for a fresh one), so an
    // input inside one would be deleted: refuse, as DVC refuses an output that is also a dependency.
    for (const i of config.inputs) {
        const literal = i.replace(/^!/, '').split(/[*?[{]/)[0];
        if (i.startsWith('!') || !literal)
            continue;
        const w = workspacePath(root, literal.endsWith('/') ? literal.slice(0, -1) || '.' : literal);
        const hit = outputs.find((o) => isWithin(w, o));
        if (hit)
            throw new errors/* ConfigurationError */.j1(`input 'inputs': '${i}' is inside the declared output '${hit}', which is removed before the command runs; declare outputs the command writes, not its data`);
    }
    const manifest = workspacePath(root, config.manifest);
    if (outputs.some((o) => isWithin(manifest, o)))
        throw new errors/* ConfigurationError */.j1(`input 'manifest': ${config.manifest} cannot be a declared output`);
    const params = config.params === undefined ? undefined : workspacePath(root, config.params);
    if (params !== undefined && outputs.some((o) => isWithin(params, o)))
        throw new errors/* ConfigurationError */.j1(`input 'params': ${config.params} cannot be a declared output`);
    let metrics;
    if (config.metrics !== undefined) {
        metrics = workspacePath(root, config.metrics);
        if (!outputs.some((o) => isWithin(metrics, o)))
            throw new errors/* ConfigurationError */.j1(`input 'metrics': ${config.metrics} must be one of the declared outputs (or inside one)`);
    }
    return { root, outputs, manifest, params, metrics };
}
/** Runs the train step in command mode; see the module comment. */
async function runTrainCommand(config, log, deps = {}) {
    const t0 = performance.now();
    const startedAt = new Date().toISOString();
    const paths = resolvePaths(config);
    const { root, outputs } = paths;
    const manifestPath = (0,external_node_path_.resolve)(root, paths.manifest);
    const localCacheDir = (0,external_node_path_.resolve)(root, config.localCacheDir ?? (0,external_node_path_.join)(MODELGATE_DIR, 'cache'));
    const statCachePath = config.statCache === false ? undefined : (0,external_node_path_.resolve)(root, config.statCache ?? (0,external_node_path_.join)(MODELGATE_DIR, 'stat-cache.json'));
    // modelgate's own files and the run's products are never inputs nor git changes, wherever they are.
    const own = [localCacheDir, ...(statCachePath ? [statCachePath] : [])].map((p) => workspacePath(root, p)).filter((p) => !(0,external_node_path_.isAbsolute)(p));
    const exclude = [MODELGATE_DIR, ...outputs, paths.manifest, ...own];
    // The git state first, before this step writes anything.
    const git = await gitState(root, exclude);
    const { key, digests, params, hash } = await log.group('Hashing inputs', async () => {
        const files = await expandInputs(config.inputs, root, exclude);
        const statCache = statCachePath ? StatCache.load(statCachePath) : StatCache.none();
        const { digests, stats } = await hashInputs(files, { root, statCache });
        statCache.save();
        const params = paths.params === undefined ? undefined : readParams((0,external_node_path_.resolve)(root, paths.params), config.params);
        const key = cacheKey({ prefix: config.cacheKeyPrefix, command: config.command, inputs: digests, params, outputs });
        log.info(`${stats.files} input files, ${fmtBytes(stats.bytes)}: ${stats.hashedFiles} hashed (${fmtBytes(stats.hashedBytes)}), ${stats.statCacheHits} unchanged by their stats`);
        log.info(`cache key: ${key}`);
        return { key, digests, params, hash: stats };
    });
    const store = config.cache ? (deps.store ?? new LocalStore(localCacheDir, root)) : undefined;
    let cacheHit = false;
    let producedBy = null;
    let builtin;
    if (store) {
        const restored = await log.group(`Restoring outputs (${store.kind} cache)`, async () => {
            const r = await store.restore(key, outputs);
            const missing = r ? outputs.filter((o) => !(0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(root, o))) : [];
            if (r && missing.length)
                log.warning(`cache entry ${key} restored without ${missing.join(', ')}; training instead`);
            log.info(r && !missing.length ? `cache hit: ${key}; the command does not run` : `cache miss: ${key}`);
            return r && !missing.length ? r : undefined;
        });
        if (restored) {
            cacheHit = true;
            producedBy = producedByFrom(restored.record);
            // A built-in trainer's settings: the same on a hit (the key covers them), recorded by the run that trained.
            if (deps.run)
                builtin = builtinFrom(restored.record);
        }
    }
    let commandDurationMs = null;
    let saved = false;
    if (!cacheHit) {
        for (const o of outputs)
            (0,external_node_fs_.rmSync)((0,external_node_path_.resolve)(root, o), { recursive: true, force: true });
        const run = await log.group(`Running: ${config.command}`, () => deps.run ? deps.run() : runShellCommand(config.command, { cwd: root, env: config.env, shell: config.shell, onLine: (line) => log.info(line) }));
        commandDurationMs = run.durationMs;
        builtin = run.params;
        if (run.exitCode !== 0) {
            const how = run.signal ? `was killed by ${run.signal}` : `exited with code ${run.exitCode}`;
            const output = run.tail.length ? `Last ${run.tail.length} lines of its output:\n${run.tail.join('\n')}` : 'It printed nothing.';
            const failure = `the training command ${how}; nothing was cached. ${output}`;
            return { passed: false, failure, exitCode: run.exitCode, signal: run.signal, tail: run.tail, key, cacheHit, saved, manifestPath, hash };
        }
        const missing = outputs.filter((o) => !(0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(root, o)));
        if (missing.length) {
            throw new errors/* ConfigurationError */.j1(`the training command succeeded but did not write ${missing.length === 1 ? 'the declared output' : 'these declared outputs'}: ${missing.join(', ')}; nothing was cached`);
        }
    }
    const { digests: outputDigests } = await hashInputs(outputFiles(root, outputs), { root });
    const manifest = {
        kind: 'train-manifest',
        schemaVersion: 1,
        key,
        cacheHit,
        command: config.command,
        inputs: digests,
        outputs: outputDigests,
        params: paramsRecord(paths.params, params, builtin),
        metrics: readMetrics(root, outputs, paths.metrics),
        git,
        startedAt,
        durationMs: 0,
        commandDurationMs,
        cache: { enabled: config.cache, store: store?.kind ?? null, saved: false },
        runner: runnerInfo(),
        tools: toolVersions(),
        producedBy,
    };
    if (store && !cacheHit) {
        saved = await log.group(`Saving outputs (${store.kind} cache)`, async () => {
            try {
                const ok = await store.save(key, outputs, { ...manifest, cache: { ...manifest.cache, saved: true } });
                log.info(ok ? `saved under ${key}` : `not saved: an entry for ${key} exists already`);
                return ok;
            }
            catch (e) {
                log.warning(`could not save the outputs to the ${store.kind} cache: ${e.message}`);
                return false;
            }
        });
        manifest.cache.saved = saved;
    }
    manifest.durationMs = Math.round(performance.now() - t0);
    writeTrainManifest(manifestPath, manifest);
    log.info(`wrote ${paths.manifest}`);
    return { passed: true, key, cacheHit, saved, manifest, manifestPath, hash };
}
/** Every file of the declared outputs (directories walked, dotfiles included), sorted. */
function outputFiles(root, outputs) {
    const out = [];
    const walk = (rel) => {
        const st = (0,external_node_fs_.statSync)((0,external_node_path_.resolve)(root, rel));
        if (st.isFile())
            out.push(rel);
        else if (st.isDirectory())
            for (const name of (0,external_node_fs_.readdirSync)((0,external_node_path_.resolve)(root, rel)))
                walk(`${rel.replace(/\/+$/, '')}/${name}`);
    };
    for (const o of outputs)
        walk(o);
    return [...new Set(out)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
/** The params file's values, and a built-in trainer's settings under `builtin`; null when neither. */
function paramsRecord(path, values, builtin) {
    if (path === undefined && builtin === undefined)
        return null;
    const all = { ...(values ?? {}), ...(builtin ? { builtin } : {}) };
    if (path === undefined)
        return { values: all };
    const format = paramsFormat(path);
    return format ? { path, format, values: all } : { path, values: all };
}
/** The built-in settings a cache entry's record holds (params.values.builtin), if any. */
function builtinFrom(record) {
    const b = record?.params?.values?.builtin;
    return b !== null && typeof b === 'object' && !Array.isArray(b) ? b : undefined;
}
/** The producing run, from the record an entry was saved with; null when absent or foreign. */
function producedByFrom(record) {
    const r = record;
    if (!r || r.kind !== 'train-manifest' || typeof r.startedAt !== 'string' || !r.runner || !r.tools)
        return null;
    return { startedAt: r.startedAt, commandDurationMs: r.commandDurationMs ?? null, git: r.git ?? null, runner: r.runner, tools: r.tools };
}
function fmtBytes(n) {
    if (n < 1024)
        return `${n} B`;
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    let v = n / 1024;
    let i = 0;
    while (v >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return `${v.toFixed(1)} ${units[i]}`;
}
/** Longest line passed on whole; longer output without a newline is cut into pieces this long. */
const MAX_LINE = 64 * 1024;
/** Runs a command through the shell, streaming its output line by line and keeping the tail. */
function runShellCommand(command, opts) {
    const keep = opts.tailLines ?? TAIL_LINES;
    const tail = [];
    const emit = (line) => {
        opts.onLine?.(line);
        tail.push(line);
        if (tail.length > keep)
            tail.shift();
    };
    const t0 = performance.now();
    return new Promise((done, fail) => {
        const child = (0,external_node_child_process_.spawn)(command, { cwd: opts.cwd, env: opts.env ?? process.env, shell: opts.shell ?? true, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
        const splitter = () => {
            let buf = '';
            return {
                push(chunk) {
                    buf += chunk;
                    let nl;
                    while ((nl = buf.indexOf('\n')) !== -1) {
                        emit(buf.slice(0, nl).replace(/\r$/, ''));
                        buf = buf.slice(nl + 1);
                    }
                    while (buf.length > MAX_LINE) {
                        emit(buf.slice(0, MAX_LINE));
                        buf = buf.slice(MAX_LINE);
                    }
                },
                end() {
                    if (buf)
                        emit(buf.replace(/\r$/, ''));
                    buf = '';
                },
            };
        };
        const out = splitter();
        const err = splitter();
        child.stdout.setEncoding('utf8').on('data', (d) => out.push(d));
        child.stderr.setEncoding('utf8').on('data', (d) => err.push(d));
        child.on('error', (e) => fail(new errors/* ConfigurationError */.j1(`could not start the training command: ${e.message}`)));
        child.on('close', (code, signal) => {
            out.end();
            err.end();
            done({ exitCode: code, signal, tail, durationMs: Math.round(performance.now() - t0) });
        });
    });
}

// EXTERNAL MODULE: ./node_modules/@actions/cache/lib/cache.js + 340 modules
var cache = __webpack_require__(1691);
;// CONCATENATED MODULE: ./.build/js/src/actions/train-cache-store.js
/**
 * Adapter piece: binds the real `@actions/cache` functions into src/train's ActionsCacheStore, which
 * never imports `@actions/*` itself; the train action's adapter calls it.
 */


/**
 * The Actions cache store when running in Actions with a cache service (the toolkit reads
 * `ACTIONS_RESULTS_URL`, `ACTIONS_RUNTIME_TOKEN`, and `ACTIONS_CACHE_SERVICE_V2` to choose the
 * v2 service); undefined otherwise, so the caller falls back to a LocalStore.
 */
function actionsCacheStore(root, env = process.env) {
    if (!env.GITHUB_ACTIONS || !cache/* isFeatureAvailable */.w3())
        return undefined;
    return new ActionsCacheStore({ restoreCache: (p, k, r) => cache/* restoreCache */.P3(p, k, r), saveCache: (p, k) => cache/* saveCache */.Io(p, k) }, root);
}

;// CONCATENATED MODULE: ./.build/js/src/stats/rng.js
/**
 * Seeded pseudo-random numbers for the resampling code (bootstrap intervals, simulations):
 * xoshiro128** 1.1 (Blackman and Vigna, "Scrambled linear pseudorandom number generators", 2021),
 * a 32-bit generator with 128 bits of state, period 2^128 - 1, that passes BigCrush and runs on
 * plain 32-bit integer arithmetic (`Math.imul`), so it is fast in JavaScript.
 *
 * Seed scheme (stable: changing it changes every committed interval, so it is versioned here).
 * - `seed` is an integer in [0, 2^53 - 1]. It is expanded to the 128-bit state by SplitMix64
 *   (Vigna's recommended seeder; its 64-bit state starts at `seed`): the first two SplitMix64
 *   outputs, each split into its low then high 32-bit word, are the state words s0, s1, s2, s3.
 *   SplitMix64 never yields an all-zero state from distinct outputs in practice; an all-zero state
 *   is nevertheless replaced by a fixed non-zero one.
 * - `stream` k (default 0) is that generator advanced by k jumps of 2^64 steps (xoshiro128**'s
 *   `jump`), so streams of one seed never overlap for fewer than 2^64 draws each. Code that needs
 *   several independent sequences from one user seed takes one stream each (see
 *   src/metrics/intervals.ts and src/stats/paired.ts for which stream each resampling uses).
 *
 * Samplers: 32-bit words (singly or in bulk), uniform doubles with 53 random bits, unbiased
 * integers in [0, n) (Lemire's multiply-and-reject), standard normals (Marsaglia's polar method)
 * and binomials (inversion for n·min(p, 1-p) < 10, otherwise Hörmann's BTRD, "The generation of
 * binomial random variates", 1993), plus multinomials by conditional binomials. All are exact up
 * to double rounding.
 */
const TWO_32 = 4294967296;
const TWO_53 = 9007199254740992;
const TWO_M32 = 1 / TWO_32;
/** One SplitMix64 step on a BigInt state; returns [next state, output]. */
function splitMix64(state) {
    const M = (1n << 64n) - 1n;
    const s = (state + 0x9e3779b97f4a7c15n) & M;
    let z = s;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & M;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & M;
    z = z ^ (z >> 31n);
    return [s, z];
}
/** Stirling-series corrections fc(k) = ln k! - [(k + ½) ln(k + 1) - (k + 1) + ½ ln 2π] for k < 10. */
const FC_TABLE = [
    0.08106146679532726, 0.04134069595540929, 0.02767792568499834, 0.02079067210376509, 0.01664469118982119, 0.01387612882307075,
    0.01189670994589177, 0.01041126526197209, 0.009255462182712733, 0.008330563433362871,
];
function stirlingCorrection(k) {
    if (k < 10)
        return FC_TABLE[k];
    const r = 1 / (k + 1);
    const r2 = r * r;
    return (1 / 12 - (1 / 360 - r2 / 1260) * r2) * r;
}
/** xoshiro128** generator. Construct with {@link createRng}. */
class Xoshiro128 {
    s0;
    s1;
    s2;
    s3;
    spareNormal = null;
    constructor(s0, s1, s2, s3) {
        this.s0 = s0 | 0;
        this.s1 = s1 | 0;
        this.s2 = s2 | 0;
        this.s3 = s3 | 0;
        if ((this.s0 | this.s1 | this.s2 | this.s3) === 0)
            this.s0 = 0x9e3779b9 | 0;
    }
    /** The state words, for tests and for checkpointing. */
    state() {
        return [this.s0 >>> 0, this.s1 >>> 0, this.s2 >>> 0, this.s3 >>> 0];
    }
    /** The next 32-bit output as an unsigned integer in [0, 2^32). */
    nextUint32() {
        const s1 = this.s1;
        const x = Math.imul(s1, 5);
        const result = Math.imul((x << 7) | (x >>> 25), 9) >>> 0;
        const t = s1 << 9;
        this.s2 ^= this.s0;
        this.s3 ^= this.s1;
        this.s1 ^= this.s2;
        this.s0 ^= this.s3;
        this.s2 ^= t;
        this.s3 = (this.s3 << 11) | (this.s3 >>> 21);
        return result;
    }
    /** A uniform double in [0, 1) with 53 random bits (two 32-bit draws). */
    nextFloat() {
        const hi = this.nextUint32() >>> 5; // 27 bits
        const lo = this.nextUint32() >>> 6; // 26 bits
        return (hi * 67108864 + lo) / TWO_53;
    }
    /** A uniform integer in [0, n), unbiased, for integer 1 <= n <= 2^32. */
    uniformInt(n) {
        if (n <= 2097152) {
            // Lemire (2019): m = x·n is exact below 2^53; reject the few low parts that would bias.
            const threshold = (TWO_32 - n) % n;
            for (;;) {
                const m = this.nextUint32() * n;
                const hi = Math.floor(m * TWO_M32);
                if (m - hi * TWO_32 >= threshold)
                    return hi;
            }
        }
        // 53-bit double times n: exact floor for n <= 2^32 up to a bias below n / 2^53 <= 2^-21 per value.
        return Math.floor(this.nextFloat() * n);
    }
    /**
     * Fills `out` with independent uniform integers in [0, n) for 1 <= n <= 2^21 (the bootstrap's
     * hot loop: one 32-bit draw per value, Lemire's rejection inlined).
     */
    fillUniformInts(out, n) {
        if (n > 2097152) {
            for (let i = 0; i < out.length; i++)
                out[i] = this.uniformInt(n);
            return;
        }
        const threshold = (TWO_32 - n) % n;
        let s0 = this.s0;
        let s1 = this.s1;
        let s2 = this.s2;
        let s3 = this.s3;
        for (let i = 0; i < out.length;) {
            const x = Math.imul(s1, 5);
            const r = Math.imul((x << 7) | (x >>> 25), 9) >>> 0;
            const t = s1 << 9;
            s2 ^= s0;
            s3 ^= s1;
            s1 ^= s2;
            s0 ^= s3;
            s2 ^= t;
            s3 = (s3 << 11) | (s3 >>> 21);
            const m = r * n; // exact: below 2^53
            const hi = Math.floor(m * TWO_M32);
            if (m - hi * TWO_32 >= threshold)
                out[i++] = hi;
        }
        this.s0 = s0;
        this.s1 = s1;
        this.s2 = s2;
        this.s3 = s3;
    }
    /**
     * Fills `out` with the next out.length 32-bit outputs: the same stream as that many nextUint32()
     * calls (an Int32Array stores them as int32 bit patterns). Random bit masks, such as the row
     * sign flips of a permutation test.
     */
    fillUint32(out) {
        for (let i = 0; i < out.length; i++)
            out[i] = this.nextUint32();
    }
    /**
     * Draws `draws` independent uniform integers in [0, counts.length) (counts.length <= 2^21) and
     * increments `counts` at each: the multinomial counts of a bootstrap resample, without storing
     * the draws. Same values, in the same order, as `draws` calls of uniformInt(counts.length).
     */
    countUniformDraws(counts, draws) {
        const n = counts.length;
        if (n > 2097152) {
            for (let i = 0; i < draws; i++)
                counts[this.uniformInt(n)]++;
            return;
        }
        const threshold = (TWO_32 - n) % n;
        let s0 = this.s0;
        let s1 = this.s1;
        let s2 = this.s2;
        let s3 = this.s3;
        for (let i = 0; i < draws;) {
            const x = Math.imul(s1, 5);
            const r = Math.imul((x << 7) | (x >>> 25), 9) >>> 0;
            const t = s1 << 9;
            s2 ^= s0;
            s3 ^= s1;
            s1 ^= s2;
            s0 ^= s3;
            s2 ^= t;
            s3 = (s3 << 11) | (s3 >>> 21);
            const m = r * n;
            const hi = Math.floor(m * TWO_M32);
            if (m - hi * TWO_32 >= threshold) {
                counts[hi]++;
                i++;
            }
        }
        this.s0 = s0;
        this.s1 = s1;
        this.s2 = s2;
        this.s3 = s3;
    }
    /** A standard normal variate (Marsaglia's polar method; the second variate is kept for the next call). */
    normal() {
        if (this.spareNormal !== null) {
            const z = this.spareNormal;
            this.spareNormal = null;
            return z;
        }
        for (;;) {
            const u = 2 * this.nextFloat() - 1;
            const v = 2 * this.nextFloat() - 1;
            const s = u * u + v * v;
            if (s > 0 && s < 1) {
                const f = Math.sqrt((-2 * Math.log(s)) / s);
                this.spareNormal = v * f;
                return u * f;
            }
        }
    }
    /** A Binomial(n, p) variate for integer n >= 0 and p in [0, 1]. */
    binomial(n, p) {
        if (n <= 0 || p <= 0)
            return 0;
        if (p >= 1)
            return n;
        if (p > 0.5)
            return n - this.binomial(n, 1 - p);
        return n * p < 10 ? this.binomialInversion(n, p) : this.binomialBtrd(n, p);
    }
    /** Sequential search from 0 (the expected number of steps is about n·p + 1). */
    binomialInversion(n, p) {
        const q = 1 - p;
        const s = p / q;
        const a = (n + 1) * s;
        for (;;) {
            let r = q ** n;
            let u = this.nextFloat();
            let x = 0;
            while (u > r) {
                u -= r;
                x++;
                if (x > n)
                    break;
                r *= a / x - s;
            }
            if (x <= n)
                return x;
        }
    }
    /** BTRD: transformed rejection with decomposition, p <= 0.5 and n·p >= 10. */
    binomialBtrd(n, p) {
        const q = 1 - p;
        const spq = Math.sqrt(n * p * q);
        const b = 1.15 + 2.53 * spq;
        const a = -0.0873 + 0.0248 * b + 0.01 * p;
        const c = n * p + 0.5;
        const vr = 0.92 - 4.2 / b;
        const urvr = 0.86 * vr;
        const alpha = (2.83 + 5.1 / b) * spq;
        const m = Math.floor((n + 1) * p);
        const r = p / q;
        const nr = (n + 1) * r;
        const npq = n * p * q;
        for (;;) {
            let v = this.nextFloat();
            let u;
            if (v <= urvr) {
                u = v / vr - 0.43;
                return Math.floor(((2 * a) / (0.5 - Math.abs(u)) + b) * u + c);
            }
            if (v >= vr) {
                u = this.nextFloat() - 0.5;
            }
            else {
                u = v / vr - 0.93;
                u = Math.sign(u) * 0.5 - u;
                v = this.nextFloat() * vr;
            }
            const us = 0.5 - Math.abs(u);
            const k = Math.floor(((2 * a) / us + b) * u + c);
            if (k < 0 || k > n)
                continue;
            v = (v * alpha) / (a / (us * us) + b);
            const km = Math.abs(k - m);
            if (km <= 15) {
                // Recursive evaluation of f(k) / f(m).
                let f = 1;
                if (m < k) {
                    for (let i = m + 1; i <= k; i++)
                        f *= nr / i - r;
                }
                else if (m > k) {
                    for (let i = k + 1; i <= m; i++)
                        v *= nr / i - r;
                }
                if (v <= f)
                    return k;
                continue;
            }
            // Squeeze, then the exact log-ratio with Stirling corrections.
            v = Math.log(v);
            const rho = (km / npq) * (((km / 3 + 0.625) * km + 1 / 6) / npq + 0.5);
            const t = (-km * km) / (2 * npq);
            if (v < t - rho)
                return k;
            if (v > t + rho)
                continue;
            const nm = n - m + 1;
            const h = (m + 0.5) * Math.log((m + 1) / (r * nm)) + stirlingCorrection(m) + stirlingCorrection(n - m);
            const nk = n - k + 1;
            if (v <= h + (n + 1) * Math.log(nm / nk) + (k + 0.5) * Math.log((nk * r) / (k + 1)) - stirlingCorrection(k) - stirlingCorrection(n - k)) {
                return k;
            }
        }
    }
    /**
     * Multinomial(n, probs) counts written into `out` (same length as `probs`), by conditional
     * binomials: cell i gets Binomial(remaining n, probs[i] / remaining mass). `probs` need not be
     * normalised; cells with zero probability get 0 without a draw.
     */
    multinomial(n, probs, out) {
        let mass = 0;
        for (let i = 0; i < probs.length; i++)
            mass += probs[i];
        let left = n;
        for (let i = 0; i < probs.length; i++) {
            const pi = probs[i];
            if (left === 0 || pi <= 0) {
                out[i] = 0;
                continue;
            }
            const k = pi >= mass ? left : this.binomial(left, pi / mass);
            out[i] = k;
            left -= k;
            mass -= pi;
        }
        // Rounding of the running mass can strand a few trials; they belong to the last non-empty cell.
        if (left > 0) {
            for (let i = probs.length - 1; i >= 0; i--) {
                if (probs[i] > 0) {
                    out[i] = out[i] + left;
                    break;
                }
            }
        }
    }
    /** Advances the state by 2^64 steps (xoshiro128**'s jump polynomial). */
    jump() {
        const JUMP = [0x8764000b, 0xf542d2d3, 0x6fa035c3, 0x77f2db5b];
        let t0 = 0;
        let t1 = 0;
        let t2 = 0;
        let t3 = 0;
        for (const word of JUMP) {
            for (let b = 0; b < 32; b++) {
                if (word & (1 << b)) {
                    t0 ^= this.s0;
                    t1 ^= this.s1;
                    t2 ^= this.s2;
                    t3 ^= this.s3;
                }
                this.nextUint32();
            }
        }
        this.s0 = t0;
        this.s1 = t1;
        this.s2 = t2;
        this.s3 = t3;
        this.spareNormal = null;
    }
}
/** Largest accepted seed (Number.MAX_SAFE_INTEGER). */
const MAX_SEED = TWO_53 - 1;
/**
 * The generator for `seed` (integer in [0, 2^53 - 1]) and `stream` (small non-negative integer),
 * per the seed scheme in this module's header. Throws RangeError on other seeds.
 */
function createRng(seed, stream = 0) {
    if (!Number.isSafeInteger(seed) || seed < 0)
        throw new RangeError(`seed must be an integer in [0, 2^53 - 1], got ${seed}`);
    if (!Number.isSafeInteger(stream) || stream < 0 || stream > 1 << 20)
        throw new RangeError(`stream must be an integer in [0, 2^20], got ${stream}`);
    let state = BigInt(seed);
    let a;
    let b;
    [state, a] = splitMix64(state);
    [state, b] = splitMix64(state);
    const lo = (x) => Number(x & 0xffffffffn);
    const hi = (x) => Number(x >> 32n);
    const rng = new Xoshiro128(lo(a), hi(a), lo(b), hi(b));
    for (let k = 0; k < stream; k++)
        rng.jump();
    return rng;
}

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
function resolveOptions(config) {
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

// EXTERNAL MODULE: ./.build/js/src/data/schema.js
var schema = __webpack_require__(6043);
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
    kind = 'numeric';
    values = new lib_columns/* F64 */.j();
    /** Dictionary codes, kept while the dictionary stays within maxCategories. */
    codes = new lib_columns/* I32 */.C();
    dict = new Map();
    dictionary = [];
    constructor(name, maxCategories, backfill) {
        this.name = name;
        this.maxCategories = maxCategories;
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
                if (this.codes)
                    this.addCode(x === null ? null : cellCategory(v), file, line, false);
                return;
            }
        }
        this.addCode(cellCategory(v), file, line, true);
    }
    becomeCategorical(v, file, line) {
        if (!this.codes) {
            throw new errors/* ConfigurationError */.j1(`column '${this.name}' is not numeric ('${String(v)}' at ${file}:${line}) and has more than ${this.maxCategories} distinct values; list it in 'ignore' (an id or free text?) or raise 'max-categories'`);
        }
        this.kind = 'categorical';
        this.values = null;
    }
    addCode(s, file, line, strict) {
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
                    throw new errors/* ConfigurationError */.j1(`column '${this.name}' is categorical with more than ${this.maxCategories} distinct values (at ${file}:${line}); list it in 'ignore' (an id or free text?) or raise 'max-categories'`);
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
    finish() {
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
    const addColumn = (name, index) => {
        columns[index] = name;
        if (name === opts.label)
            labelIdx = index;
        else if (wanted(name))
            builders[index] = new ColumnBuilder(name, opts.maxCategories, n);
    };
    await (0,readers/* readRows */.aK)(sources, {
        beginFile(path) {
            file = path;
        },
        header(cols, timeKinds) {
            columns = [];
            builders = [];
            cols.forEach((c, i) => addColumn(c, i));
            opts.split?.header(cols, file, timeKinds);
            if (format !== 'jsonl') {
                if (labelIdx < 0)
                    throw new errors/* ConfigurationError */.j1(`input 'label': no column '${opts.label}' in ${file} (columns: ${cols.join(', ')})`);
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
        throw new errors/* ConfigurationError */.j1(`input 'label': no column '${opts.label}' in ${sources.join(', ')} (columns: ${columns.join(', ')})`);
    checkNamed(columns, opts, sources[0]);
    const cols = builders.filter((b) => b !== undefined).map((b) => b.finish());
    if (cols.length === 0)
        throw new errors/* ConfigurationError */.j1(`no feature columns: the data has only the label '${opts.label}' and ignored columns`);
    if (opts.features) {
        // The model's inputs follow the order of `features` as given.
        const at = new Map(cols.map((c) => [c.name, c]));
        cols.splice(0, cols.length, ...opts.features.map((f) => at.get(f)));
    }
    if (n === 0)
        throw new errors/* DataError */.fL(`${sources.join(', ')}: no rows with a label '${opts.label}' to train on${opts.split ? ` before ${opts.split.range().splitAt} ('split-at')` : ''}`, sources[0]);
    const table = { n, columns: cols, label: opts.label, skippedNoLabel: skipped, sources };
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
            throw new errors/* ConfigurationError */.j1(`input '${input}': no column ${missing.map((m) => `'${m}'`).join(', ')} in ${file} (columns: ${columns.join(', ')})`);
    }
}

// EXTERNAL MODULE: ./.build/js/src/data/time.js
var time = __webpack_require__(1477);
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
        throw new errors/* ConfigurationError */.j1(`input 'split-at' needs 'split-by' (the time column to split on)`);
    if (splitAt === undefined)
        throw new errors/* ConfigurationError */.j1(`input 'split-by' needs 'split-at' (the cut-off: an ISO 8601 date or timestamp)`);
    const at = (0,time/* parseTime */.pe)(splitAt);
    if (time/* parsedKind */.qn < time/* DATE */.vH)
        throw new errors/* ConfigurationError */.j1(`input 'split-at': '${splitAt}' is not an ISO 8601 date or timestamp (e.g. 2015-01-01 or 2015-01-01T00:00:00Z)`);
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
            throw new errors/* ConfigurationError */.j1(`input 'split-by': no column '${this.config.column}' in ${file} (columns: ${columns.join(', ')})`);
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

;// CONCATENATED MODULE: ./.build/js/src/lib/digest.js
/** Content digests shared by the steps that record what data they read. */


/**
 * SHA-256 of the files' bytes concatenated in the order given: evaluation.json's `data.sha256`
 * and the built-in trainer's recorded `data.sha256` are the same digest for the same files.
 */
async function sha256Files(files) {
    const h = (0,external_node_crypto_.createHash)('sha256');
    for (const f of files) {
        for await (const chunk of (0,external_node_fs_.createReadStream)(f, { highWaterMark: 1 << 20 }))
            h.update(chunk);
    }
    return h.digest('hex');
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
    const rng = createRng(seed, 0);
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
    const opts = resolveOptions(config);
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
    const opts = resolveOptions(config);
    log.debug(`train config: ${JSON.stringify(config)}`);
    const classification = config.algorithm === 'logistic-regression';
    const split = config.split ? new TimeSplitter(config.split, 'before') : undefined;
    const table = await log.group(`Reading ${config.data.join(', ')}`, () => loadTable({ data: config.data, format: config.format, naValues: config.naValues ?? scan/* PANDAS_NA_VALUES */.lD, label: config.label, features: config.features, ignore: config.ignore, labelKind: classification ? 'class' : 'number', maxCategories: opts.maxCategories, split }));
    const timeRange = split?.range();
    if (timeRange)
        log.info(`split by ${timeRange.column}: training on the rows before ${timeRange.splitAt} (${timeRange.min} to ${timeRange.max}); left out ${timeRange.otherSide} rows at or after it${timeRange.noTime ? ` and ${timeRange.noTime} without a time` : ''}`);
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
        files.push(...(await (0,readers/* expandDataGlob */.hL)(p)));
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

;// CONCATENATED MODULE: ./.build/js/src/actions/types.js
function defineAction(def) {
    return def;
}

;// CONCATENATED MODULE: ./.build/js/src/actions/train.js
/**
 * train adapter: inputs -> command-mode or built-in config -> runTrainCommand() -> outputs.
 * Both modes share the cache and the manifest: a built-in trainer is keyed like a command whose
 * text names the algorithm and its settings, and runs in-process.
 */











const sameList = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
/** The command text a built-in run is keyed and recorded by. */
function builtinCommand(b) {
    const parts = [`modelgate-builtin ${b.algorithm}`, `label=${b.label}`, `seed=${b.seed}`, `model=${b.model}`];
    if (b.features?.length)
        parts.push(`features=${b.features.join(',')}`);
    if (b.ignore?.length)
        parts.push(`ignore=${b.ignore.join(',')}`);
    // Always: reading 'NA' as missing changed what a key trained on.
    parts.push(`na-values=${!b.naValues || sameList(b.naValues, scan/* PANDAS_NA_VALUES */.lD) ? 'default' : JSON.stringify(b.naValues)}`);
    // Only when not the default, so keys made before the input existed stay valid.
    if (b.maxCategories !== undefined && b.maxCategories !== 1000)
        parts.push(`max-categories=${b.maxCategories}`);
    if (b.split)
        parts.push(`split-by=${b.split.column}`, `split-at=${(0,time/* formatTime */.fU)(b.split.at)}`);
    return parts.join(' ');
}
/** A path relative to the working directory (forward slashes), or as given when it lies outside. */
function relativePath(p) {
    if (!(0,external_node_path_.isAbsolute)(p))
        return p;
    const rel = (0,external_node_path_.relative)(process.cwd(), p);
    return rel === '' || rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel) ? p : rel.split('\\').join('/');
}
/* harmony default export */ const train = (defineAction({
    name: 'train',
    parse(inputs) {
        const command = inputs.string('command');
        const algorithm = inputs.choice('algorithm', ['logistic-regression', 'linear-regression']);
        if (!command && !algorithm)
            throw new errors/* ConfigurationError */.j1(`set 'command' (your training command) or 'algorithm' (a built-in trainer)`);
        if (command && algorithm)
            throw new errors/* ConfigurationError */.j1(`set either 'command' or 'algorithm', not both`);
        const common = {
            params: inputs.path('params'),
            cache: inputs.boolean('cache', true),
            cacheKeyPrefix: inputs.string('cache-key-prefix') ?? 'modelgate-train',
            manifest: inputs.path('manifest') ?? 'train-manifest.json',
        };
        if (algorithm) {
            const data = inputs.paths('data');
            if (!data.length)
                throw new errors/* ConfigurationError */.j1(`input 'data' is required with 'algorithm'`);
            const features = inputs.list('features');
            const builtin = {
                algorithm,
                data,
                label: inputs.required('label'),
                features: features.length ? features : undefined,
                ignore: inputs.list('ignore'),
                naValues: (0,scan/* parseNaValues */.vA)(inputs.list('na-values')),
                model: inputs.path('model') ?? 'model.onnx',
                seed: inputs.number('seed', { min: 0, integer: true }) ?? 0,
                maxCategories: inputs.number('max-categories', { min: 1, integer: true }),
                split: parseTimeSplit(inputs.string('split-by'), inputs.string('split-at')),
            };
            const extra = inputs.paths('inputs');
            return Object.freeze({
                builtin,
                command: { ...common, command: builtinCommand(builtin), inputs: [...data, ...extra, ...(common.params ? [common.params] : [])], outputs: [builtin.model] },
            });
        }
        const outputs = inputs.paths('outputs');
        if (!outputs.length)
            throw new errors/* ConfigurationError */.j1(`input 'outputs' is required with 'command': the files it produces`);
        const globs = inputs.paths('inputs');
        if (!globs.length)
            throw new errors/* ConfigurationError */.j1(`input 'inputs' is required with 'command': the files whose change means retraining`);
        return Object.freeze({ command: { ...common, command: command, inputs: globs, outputs } });
    },
    async run(config, log) {
        // Output paths fail before any work; the built-in model is one file (a directory there would
        // otherwise be removed as a stale output).
        const root = (0,external_node_path_.resolve)(config.command.workspace ?? process.cwd());
        (0,files/* assertWritable */.Bz)((0,external_node_path_.resolve)(root, config.command.manifest), 'manifest');
        if (config.builtin)
            (0,files/* assertWritable */.Bz)((0,external_node_path_.resolve)(root, config.builtin.model), 'model');
        const store = config.command.cache ? actionsCacheStore(process.cwd()) : undefined;
        const builtin = config.builtin;
        const result = await runTrainCommand(config.command, log, {
            store,
            run: builtin
                ? async () => {
                    const t0 = external_node_perf_hooks_.performance.now();
                    const summary = await trainBuiltin(builtin, log);
                    const test = summary.metrics.test ?? summary.metrics.train;
                    log.info(`${summary.algorithm} (${summary.task}) on ${summary.rows.train} rows, ${summary.iterations} iterations${summary.converged ? '' : ' (not converged)'}: ${Object.entries(test).map(([k, v]) => `${k} ${v.toPrecision(4)}`).join(', ')}`);
                    return { exitCode: 0, signal: null, tail: [], durationMs: external_node_perf_hooks_.performance.now() - t0, params: await builtinParams(builtin, summary) };
                }
                : undefined,
        });
        // Tenths of a second: what a person reads and a later step compares.
        const duration = Math.round((result.manifest?.commandDurationMs ?? 0) / 100) / 10;
        return {
            passed: result.passed,
            failure: result.failure,
            outputs: {
                'cache-hit': result.cacheHit,
                model: builtin ? builtin.model : config.command.outputs[0],
                // Relative to the working directory, like `model` (the manifest's own path is absolute).
                manifest: relativePath(result.manifestPath),
                'duration-seconds': result.cacheHit ? 0 : duration,
            },
            summary: `### modelgate train: ${result.cacheHit ? 'cache hit, not retrained' : result.passed ? 'trained' : 'failed'}\n\nKey \`${result.key}\`${result.cacheHit ? '' : ` · ${duration.toFixed(1)} s`}\n`,
        };
    },
}));

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
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
                "description": "Bake time of each judged step (the observation window): `30s`, `5m`, `1h`.",
                "required": false,
                "default": "30s"
            },
            "max-interval": {
                "description": "Longest a judged window may grow while it has fewer than `min-samples` requests per variant (low traffic): it is extended by `interval` at a time up to this, then the step is `no-data`. Default: 4 × `interval`; set it to `interval` for fixed windows.",
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
                "description": "Keep the rows whose time is within this of the newest row (or of `as-of`): `7d`, `12h`, `30m`, `2w`. Default: every row.",
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
                "description": "monitor-report.json written by `monitor`: its `finding`, `labelled`, drifted columns and decayed metrics decide what happens. Required in `publish` mode; in `data` mode without it the window is added unconditionally (the workflow decided).",
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
                "description": "`append` (the training data grows by the window) or `replace-oldest` (as many of its first rows are dropped, so its size stays). Default: the report's `retrain.data` (modelgate.yml `monitor.retrain.data`), else `append`.",
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
                "description": "Built-in trainers: feature columns, one per line (a name may hold spaces, commas or parentheses). Default: every column but the label and `ignore`.",
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
                "description": "Worker threads for the pass over one large CSV/TSV file (the report and profile are the same for any number). Default: the cores available (`os.availableParallelism()`).",
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
        info: (m) => core/* info */.pq(m),
        // The runner's log is not a terminal: a plain line every few seconds.
        progress: (label) => progress({ label, tty: false, write: (t) => core/* info */.pq(t.trimEnd()) }),
        warning: (m, a) => core/* warning */.$e(m, a),
        error: (m, a) => core/* error */.z3(m, a),
        debug: (m) => core/* debug */.Yz(m),
        group: async (name, fn) => {
            if (depth > 0) {
                core/* info */.pq(`-- ${name}`);
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

;// CONCATENATED MODULE: ./.build/js/src/main/train.js
// Entry of the train action: `run()` as @github/local-action and the bundle call it.


const run = () => runAction(train);


/***/ })

};
