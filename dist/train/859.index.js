export const id = 859;
export const ids = [859];
export const modules = {

/***/ 1859:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./.build/js/src/data/scan.js + 3 modules
var scan = __webpack_require__(33);
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
// EXTERNAL MODULE: ./.build/js/src/data/readers.js + 48 modules
var readers = __webpack_require__(9212);
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
    if (!env.GITHUB_ACTIONS || !cache.isFeatureAvailable())
        return undefined;
    return new ActionsCacheStore({ restoreCache: (p, k, r) => cache.restoreCache(p, k, r), saveCache: (p, k) => cache.saveCache(p, k) }, root);
}

// EXTERNAL MODULE: ./.build/js/src/train/index.js + 7 modules
var train = __webpack_require__(2304);
;// CONCATENATED MODULE: ./.build/js/src/actions/types.js
function defineAction(def) {
    return def;
}

// EXTERNAL MODULE: ./.build/js/src/data/time-split.js
var time_split = __webpack_require__(264);
// EXTERNAL MODULE: ./.build/js/src/data/time.js
var time = __webpack_require__(1477);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
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
const oci_EMPTY_BYTES = Buffer.from('{}');
const oci_EMPTY = { mediaType: oci_MEDIA.empty, digest: oci_sha256(oci_EMPTY_BYTES), size: 2, data: oci_EMPTY_BYTES.toString('base64') };
const DIGEST = /^sha256:[a-f0-9]{64}$/;
/** Tag grammar of the distribution spec. */
const TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
function isDigest(s) {
    return DIGEST.test(s);
}
function oci_isTag(s) {
    return TAG.test(s);
}
function oci_sha256(bytes) {
    return 'sha256:' + (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
}
function hex(digest) {
    return digest.slice('sha256:'.length);
}
/** sha256 and size of a file, streamed. */
async function oci_fileDigest(path) {
    const h = createHash('sha256');
    let size = 0;
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
        h.update(chunk);
        size += chunk.length;
    }
    return { digest: 'sha256:' + h.digest('hex'), size };
}
/**
 * Canonical bytes of a manifest or any JSON document we store: JSON.stringify with keys in the
 * order the object was built, no whitespace. The same inputs build the same object, so the same bytes.
 */
function oci_jsonBytes(value) {
    return Buffer.from(JSON.stringify(value));
}
/** The descriptor of bytes we are about to store. */
function oci_describe(mediaType, bytes, annotations) {
    return { mediaType, digest: oci_sha256(bytes), size: bytes.length, ...(annotations ? { annotations } : {}) };
}

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
    const got = oci_sha256(bytes);
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
        const digest = oci_sha256(bytes);
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
        const digest = oci_sha256(bytes);
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
        const digest = isDigest(ref) ? ref : (said ?? oci_sha256(bytes));
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
        if (!oci_isTag(tag))
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
        throw new ConfigurationError(`input 'registry': '${registry}' names a version; give the registry only and the model as 'name'`);
    if (!name)
        return r;
    if (!REPO.test(name))
        throw new ConfigurationError(`input 'name': '${name}' must be lowercase letters, digits and . _ - (a repository name)`);
    return reference_parseReference(`${r.kind === 'layout' ? 'oci-layout' : 'oci'}://${r.path ? r.path + '/' : ''}${name}`);
}
function reference_openBackend(ref, conn = {}) {
    if (ref.kind === 'layout')
        return new LayoutBackend(ref.path);
    if (!ref.repository)
        throw new errors/* ConfigurationError */.j1(`'oci://${ref.path}' names no repository; use oci://<host>/<repository>`);
    return new RemoteBackend(ref.host, ref.repository, { credentials: conn.credentials, insecure: conn.insecure });
}
function reference_formatReference(backend, at) {
    return at.digest ? `${backend.location}@${at.digest}` : `${backend.location}:${at.tag}`;
}

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
function validate_assertArtifact(kind, value, source, direction = 'read') {
    const v = validator(kind);
    if (!v(value)) {
        const e = v.errors[0];
        const message = `${source}: not a valid ${kind} (schemaVersion 1): ${e.instancePath || '/'} ${e.message}`;
        if (direction === 'write')
            throw new Error(`internal error, refusing to write an invalid artifact: ${message}`);
        throw new errors/* DataError */.fL(message, source);
    }
}

;// CONCATENATED MODULE: ./.build/js/src/schemas/experiment-run.schema.json
const experiment_run_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://modelgate.dev/schemas/experiment-run.schema.json","title":"modelgate experiment run","description":"One run of train or evaluate-model as the experiment store keeps it (one file in .modelgate/runs/, or one tagged artifact in an OCI registry): when, which commit, branch and pull request, the params, the metrics with their intervals, the data and model digests, duration and cache hit.","type":"object","required":["kind","schemaVersion","id","source","createdAt","durationMs","git","pullRequest","runUrl","params","metrics","confidence","data","model","evaluation","predictions","cacheHit","key","sweep","trainRun"],"additionalProperties":false,"$defs":{"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"},"runId":{"type":"string","pattern":"^\\\\d{8}T\\\\d{9}Z-[0-9a-f]{8}$"}},"properties":{"kind":{"const":"experiment-run"},"schemaVersion":{"const":1},"id":{"$ref":"#/$defs/runId","description":"UTC time to the millisecond and 8 random hex digits: ids sort by time."},"source":{"enum":["train","evaluate-model"]},"createdAt":{"type":"string","pattern":"^\\\\d{4}-\\\\d{2}-\\\\d{2}T\\\\d{2}:\\\\d{2}:\\\\d{2}(\\\\.\\\\d+)?Z$"},"durationMs":{"type":"number","minimum":0},"git":{"oneOf":[{"type":"null"},{"type":"object","required":["commit","branch","dirty"],"additionalProperties":false,"properties":{"commit":{"type":"string","pattern":"^[0-9a-f]{40}([0-9a-f]{24})?$"},"branch":{"type":["string","null"]},"dirty":{"type":"boolean"}}}]},"pullRequest":{"type":["integer","null"],"minimum":1},"runUrl":{"type":["string","null"]},"params":{"type":"object","description":"Flattened params (dotted keys): the params file\'s values and the built-in trainer\'s settings.","additionalProperties":{"type":["string","number","boolean","null"]}},"metrics":{"type":"object","additionalProperties":{"type":"object","required":["value","ci"],"additionalProperties":false,"properties":{"value":{"type":["number","null"]},"ci":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"number"},"minItems":2,"maxItems":2}]}}}},"confidence":{"type":["number","null"],"exclusiveMinimum":0,"exclusiveMaximum":1},"data":{"oneOf":[{"type":"null"},{"type":"object","required":["sha256","rows"],"additionalProperties":false,"properties":{"sha256":{"$ref":"#/$defs/sha256"},"rows":{"type":["integer","null"],"minimum":0}}}]},"model":{"oneOf":[{"type":"null"},{"type":"object","required":["sha256"],"additionalProperties":false,"properties":{"sha256":{"$ref":"#/$defs/sha256"}}}]},"evaluation":{"type":["string","null"],"description":"evaluate-model: absolute path of evaluation.json when recorded."},"predictions":{"type":["string","null"],"description":"evaluate-model: absolute path of the per-row predictions file (paired exp diff)."},"cacheHit":{"type":["boolean","null"]},"key":{"type":["string","null"],"description":"train: the cache key."},"sweep":{"oneOf":[{"type":"null"},{"type":"object","required":["id","variant","split"],"additionalProperties":false,"properties":{"id":{"type":"string"},"variant":{"type":"string"},"split":{"enum":["validation","test"]},"chosen":{"type":"boolean"}}}]},"trainRun":{"oneOf":[{"type":"null"},{"$ref":"#/$defs/runId"}]}}}');
;// CONCATENATED MODULE: ./.build/js/src/experiments/record.js
/**
 * One experiment run: what a `train` or `evaluate-model` step did, in one small JSON record
 * (schema: src/schemas/experiment-run.schema.json) that `modelgate exp show` lists and `exp diff`
 * compares. Params are flattened to dotted keys (`builtin.C`, `model.depth`), so a filter names them
 * as `params.C` and a table has one column per key.
 */




/** A new run id: UTC time to the millisecond, then 8 random hex digits; ids sort by time. */
function newRunId(now = new Date()) {
    const t = now.toISOString().replace(/[-:.]/g, '');
    return `${t}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
}
const RUN_ID = /^\d{8}T\d{9}Z-[0-9a-f]{8}$/;
/** Nested params as dotted keys; arrays become their JSON text (one cell in a table). */
function flattenForRun(value, prefix = '', out = {}) {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        for (const [k, v] of Object.entries(value))
            flattenForRun(v, prefix ? `${prefix}.${k}` : k, out);
    }
    else if (Array.isArray(value))
        out[prefix] = JSON.stringify(value);
    else if (value === undefined)
        out[prefix] = null;
    else
        out[prefix] = value;
    return out;
}
let record_validate;
/** Checks a record against its schema; `source` (a file or a registry tag) is named in the error. */
function assertRunRecord(value, source) {
    record_validate ??= compileOwnSchema(experiment_run_schema_namespaceObject);
    if (!record_validate(value)) {
        const e = record_validate.errors[0];
        throw new errors/* DataError */.fL(`${source}: not a valid experiment run (schemaVersion 1): ${e.instancePath || '/'} ${e.message}`, source);
    }
}

;// CONCATENATED MODULE: ./.build/js/src/experiments/store.js
/**
 * Where runs are kept. Two stores, chosen like the registry:
 *
 * - a folder (default `.modelgate/runs/`): one `<id>.json` per run, written to a temp name in the
 *   folder and renamed into place, so parallel writers never touch each other's file, a reader never
 *   sees half a record, and a run killed mid-write leaves only a temp file (swept later);
 * - an OCI registry (`oci://<host>/<repository>`, or `oci-layout://<dir>`): one small artifact per
 *   run (artifactType application/vnd.modelgate.experiment-run.v1, the record as its one layer,
 *   embedded in the manifest's descriptor as `data` so listing reads one manifest per run), tagged
 *   `run-<id>`. Each run is a new tag pushed once: no read-modify-write, nothing for concurrent
 *   matrix jobs to race on; the manifest is pushed only after its blob, so a job cancelled midway
 *   leaves at most an unreferenced blob, never a tag without its record.
 */









const DEFAULT_RUNS_DIR = '.modelgate/runs';
const RUN_ARTIFACT = 'application/vnd.modelgate.experiment-run.v1';
const RUN_MEDIA = 'application/vnd.modelgate.experiment-run.v1+json';
const TAG_PREFIX = 'run-';
/** The folder store's read cache (see FolderRunStore.read). */
const INDEX = '.index.json';
function parseRun(text, source) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (e) {
        throw new errors/* DataError */.fL(`${source}: not JSON (${e.message})`, source);
    }
    assertRunRecord(value, source);
    return value;
}
const byId = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
class FolderRunStore {
    location;
    constructor(location) {
        this.location = location;
    }
    async put(run) {
        assertRunRecord(run, `run ${run.id}`);
        (0,files/* writeFileAtomic */.Zf)((0,external_node_path_.join)(this.location, `${run.id}.json`), JSON.stringify(run) + '\n');
    }
    /** The run files' names, sorted (by id, so by time). Temp files of writers in flight (or killed) do not match. */
    names() {
        try {
            return (0,external_node_fs_.readdirSync)(this.location)
                .filter((name) => name.endsWith('.json') && RUN_ID.test(name.slice(0, -5)))
                .sort();
        }
        catch (e) {
            if (e.code === 'ENOENT')
                return [];
            throw new errors/* DataError */.fL(`cannot read the runs folder ${this.location}: ${e.message}`, this.location);
        }
    }
    /**
     * The records of `names`. A run file never changes once renamed into place, so what was read and
     * validated once is kept in `.index.json` beside them (one file to read instead of thousands);
     * only files not in it are read. The index is a cache, written with temp + rename by readers
     * (never by writers, so a put stays one file); a damaged or foreign index is ignored and rebuilt,
     * and one that cannot be written (a read-only folder) is simply not kept.
     */
    read(names) {
        const indexPath = (0,external_node_path_.join)(this.location, INDEX);
        let index = {};
        try {
            const doc = JSON.parse((0,external_node_fs_.readFileSync)(indexPath, 'utf8'));
            if (doc.kind === 'modelgate-runs-index' && doc.version === 1 && doc.runs && typeof doc.runs === 'object')
                index = doc.runs;
        }
        catch {
            // No index yet, or a damaged one: read the files.
        }
        let added = 0;
        const runs = names.map((name) => {
            const known = index[name];
            if (known && known.id === name.slice(0, -5))
                return known;
            const path = (0,external_node_path_.join)(this.location, name);
            added++;
            return (index[name] = parseRun((0,external_node_fs_.readFileSync)(path, 'utf8'), path));
        });
        if (added) {
            try {
                (0,files/* writeFileAtomic */.Zf)(indexPath, JSON.stringify({ kind: 'modelgate-runs-index', version: 1, runs: Object.fromEntries(this.names().filter((n) => index[n]).map((n) => [n, index[n]])) }));
            }
            catch {
                // A cache only.
            }
        }
        return runs;
    }
    async list() {
        return this.read(this.names());
    }
    /** The newest files read directly (not through the index, which holds every run), asynchronously: a step can start this while it works. */
    async recent(n) {
        return Promise.all(this.names()
            .slice(-n)
            .map(async (name) => {
            const path = (0,external_node_path_.join)(this.location, name);
            return parseRun(await (0,promises_.readFile)(path, 'utf8'), path);
        }));
    }
}
/** Runs of many jobs in an OCI registry: one tagged artifact per run. */
class RegistryRunStore {
    backend;
    location;
    constructor(backend) {
        this.backend = backend;
        this.location = backend.location;
    }
    async put(run) {
        assertRunRecord(run, `run ${run.id}`);
        const bytes = oci_jsonBytes(run);
        const layer = { ...oci_describe(RUN_MEDIA, bytes, { [oci_ANN.title]: `${run.id}.json` }), data: bytes.toString('base64') };
        await this.backend.putBlob({ digest: oci_EMPTY.digest, size: oci_EMPTY.size, bytes: Buffer.from('{}') });
        await this.backend.putBlob({ digest: layer.digest, size: layer.size, bytes });
        const manifest = {
            schemaVersion: 2,
            mediaType: oci_MEDIA.manifest,
            artifactType: RUN_ARTIFACT,
            config: oci_EMPTY,
            layers: [layer],
            annotations: { [oci_ANN.created]: run.createdAt },
        };
        await this.backend.putManifest(oci_jsonBytes(manifest), oci_MEDIA.manifest, TAG_PREFIX + run.id);
    }
    async list() {
        return this.readTags(await this.tags());
    }
    async recent(n) {
        return this.readTags((await this.tags()).slice(-n));
    }
    async tags() {
        return (await this.backend.listTags()).filter((t) => t.startsWith(TAG_PREFIX) && RUN_ID.test(t.slice(TAG_PREFIX.length))).sort();
    }
    async readTags(tags) {
        const runs = new Array(tags.length);
        // A few requests in flight: one manifest per run holds the whole record.
        let next = 0;
        const worker = async () => {
            while (next < tags.length) {
                const i = next++;
                runs[i] = await this.read(tags[i]);
            }
        };
        await Promise.all(Array.from({ length: Math.min(8, tags.length) }, worker));
        return runs.sort(byId);
    }
    async read(tag) {
        const where = `${this.location}:${tag}`;
        const m = await this.backend.getManifest(tag);
        if (!m)
            throw new errors/* DataError */.fL(`${where}: the tag went away while listing`, where);
        const manifest = JSON.parse(m.bytes.toString('utf8'));
        const layer = manifest.layers?.[0];
        if (manifest.artifactType !== RUN_ARTIFACT || !layer || layer.mediaType !== RUN_MEDIA)
            throw new errors/* DataError */.fL(`${where}: not a modelgate experiment run (artifactType ${manifest.artifactType ?? 'none'})`, where);
        const bytes = layer.data ? verifyBytes(Buffer.from(layer.data, 'base64'), layer.digest, where) : await this.backend.getBlob(layer);
        return parseRun(bytes.toString('utf8'), where);
    }
}
/**
 * The store an `experiments` value names: `false` (none), `oci://…` or `oci-layout://…` (a
 * registry repository), or a folder.
 */
function openRunStore(spec, conn = envConnection()) {
    const s = (spec ?? DEFAULT_RUNS_DIR).trim();
    if (s === 'false' || s === '')
        return undefined;
    if (/^oci(-layout)?:\/\//.test(s)) {
        const ref = reference_parseReference(s, 'experiments');
        return new RegistryRunStore(reference_openBackend({ ...ref, tag: undefined, digest: undefined }, conn));
    }
    return new FolderRunStore(s);
}
/** Registry credentials from MODELGATE_REGISTRY_USERNAME with _PASSWORD or _TOKEN, as the registry CLI reads them. */
function envConnection(env = process.env) {
    return { credentials: { username: env.MODELGATE_REGISTRY_USERNAME, password: env.MODELGATE_REGISTRY_PASSWORD, token: env.MODELGATE_REGISTRY_TOKEN } };
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
        throw new errors/* DataError */.fL(`event payload: ${what} is missing or malformed`);
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
        return JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (e) {
        throw new errors/* DataError */.fL(`cannot read the event payload ${path}: ${e.message}`, path);
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

;// CONCATENATED MODULE: ./.build/js/src/experiments/context.js
/**
 * Where a run happened: git commit and branch, the pull request, the Actions run. Read from the
 * runner's environment (GITHUB_HEAD_REF, GITHUB_REF_NAME, GITHUB_EVENT_PATH, GITHUB_RUN_ID) and,
 * outside Actions, from git itself. Never fails a run: what cannot be read is null.
 */


function context_git(args, cwd) {
    return new Promise((done) => (0,external_node_child_process_.execFile)('git', args, { cwd, encoding: 'utf8', windowsHide: true }, (err, out) => done(err ? undefined : out.trim())));
}
/** The pull request number of the event, when the event is a pull request. */
function pullRequestNumber(env = process.env) {
    if (!env.GITHUB_EVENT_PATH)
        return null;
    try {
        return pullRequestFromEvent(readEventPayload(env.GITHUB_EVENT_PATH))?.number ?? null;
    }
    catch {
        return null;
    }
}
/** The branch: the runner's (in a pull request HEAD is detached on the merge commit), else git's; null when detached or unknown. */
async function currentBranch(root, env = process.env) {
    const b = env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || (await context_git(['rev-parse', '--abbrev-ref', 'HEAD'], root));
    return b && b !== 'HEAD' ? b : null;
}
/**
 * Commit, branch and dirty state from one `git status --porcelain=v2 --branch` (one process, not
 * three): `# branch.oid` is HEAD, `# branch.head` the branch (`(detached)` when none); any entry line
 * outside modelgate's own folder means a dirty tree, as gitState counts it.
 */
async function gitSnapshot(root) {
    const out = await context_git(['status', '--porcelain=v2', '--branch', '--', ':/', ':(exclude,literal).modelgate'], root);
    if (out === undefined)
        return null;
    let commit;
    let branch = null;
    let dirty = false;
    for (const line of out.split('\n')) {
        if (line.startsWith('# branch.oid '))
            commit = line.slice(13).trim();
        else if (line.startsWith('# branch.head ')) {
            const b = line.slice(14).trim();
            branch = b === '(detached)' ? null : b;
        }
        else if (line && !line.startsWith('#'))
            dirty = true;
    }
    if (!commit || !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(commit))
        return null;
    return { state: { commit, dirty }, branch };
}
/**
 * The context of a run in `root`. `known` is the git state the step already read (train does), with
 * `branch` asked for while it worked; otherwise one `git status` gives all three. Steps start this
 * when they start, so git runs while the step works.
 */
async function runContext(root, known, env = process.env, branch) {
    const runner = env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || null;
    let state;
    let name;
    if (known !== undefined)
        [state, name] = [known, runner ?? (await (branch ?? currentBranch(root, env)))];
    else {
        const snap = await gitSnapshot(root);
        [state, name] = [snap?.state ?? null, runner ?? snap?.branch ?? null];
    }
    return {
        git: state ? { commit: state.commit, branch: name, dirty: state.dirty } : null,
        pullRequest: pullRequestNumber(env),
        runUrl: env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY ? runUrl(env.GITHUB_SERVER_URL ?? 'https://github.com', env.GITHUB_REPOSITORY, env.GITHUB_RUN_ID) : null,
    };
}

;// CONCATENATED MODULE: ./.build/js/src/experiments/track.js
/**
 * Records from what the steps already produce: a train manifest, an evaluation. The adapters call
 * `recordTrain` / `recordEvaluation` after the step's own artifacts are written; a store that fails
 * is a warning, never a failed step (tracking is a record of the work, not the work).
 */



/** A train manifest's params as run params: the built-in settings unprefixed, a params file's values as they are. */
function runParams(manifest) {
    const values = { ...(manifest.params?.values ?? {}) };
    const builtin = values.builtin;
    delete values.builtin;
    const out = flattenForRun(values);
    if (builtin && typeof builtin === 'object') {
        const b = { ...builtin };
        // Lineage fields, not settings: the data digest has its own column.
        delete b.data;
        delete b.rows;
        Object.assign(out, flattenForRun(b));
    }
    return out;
}
function trainRecord(manifest, ctx, sweep = null) {
    const builtin = manifest.params?.values.builtin;
    const model = manifest.outputs.find((o) => o.path.endsWith('.onnx')) ?? manifest.outputs[0];
    const metrics = {};
    for (const [k, v] of Object.entries(manifest.metrics?.values ?? {}))
        metrics[k] = { value: v, ci: null };
    return {
        kind: 'experiment-run',
        schemaVersion: 1,
        id: newRunId(new Date(manifest.startedAt)),
        source: 'train',
        createdAt: manifest.startedAt,
        durationMs: manifest.durationMs,
        git: ctx.git,
        pullRequest: ctx.pullRequest,
        runUrl: ctx.runUrl,
        params: runParams(manifest),
        metrics,
        confidence: null,
        data: builtin?.data?.sha256 ? { sha256: builtin.data.sha256, rows: builtin.rows?.train ?? null } : null,
        model: model ? { sha256: model.sha256 } : null,
        evaluation: null,
        predictions: null,
        cacheHit: manifest.cacheHit,
        key: manifest.key,
        sweep,
        trainRun: null,
    };
}
function evaluationRecord(ev, paths, startedAt, durationMs, ctx, train, sweep = null) {
    const metrics = {};
    for (const [k, m] of Object.entries(ev.metrics)) {
        if (!m)
            continue;
        metrics[k] = { value: m.value, ci: m.ci ? [m.ci[0], m.ci[1]] : null };
    }
    return {
        kind: 'experiment-run',
        schemaVersion: 1,
        id: newRunId(startedAt),
        source: 'evaluate-model',
        createdAt: startedAt.toISOString(),
        durationMs,
        git: ctx.git,
        pullRequest: ctx.pullRequest,
        runUrl: ctx.runUrl,
        params: train ? { ...train.params } : {},
        metrics,
        confidence: ev.confidence,
        data: { sha256: ev.data.sha256, rows: ev.rows },
        model: { sha256: ev.model.sha256 },
        evaluation: (0,external_node_path_.resolve)(paths.evaluation),
        predictions: paths.predictions ? (0,external_node_path_.resolve)(paths.predictions) : null,
        cacheHit: null,
        key: null,
        sweep,
        trainRun: train?.id ?? null,
    };
}
/** Stores a run; a failure is a warning naming the store. Returns the run stored, if it was. */
async function storeRun(store, run, log) {
    if (!store)
        return undefined;
    try {
        await store.put(run);
        log.info(`experiment run ${run.id} recorded in ${store.location}`);
        return run;
    }
    catch (e) {
        log.warning(`experiment run not recorded in ${store.location}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
        return undefined;
    }
}
/** How far back an evaluation looks for the train run of its model. */
const RECENT = 200;
/**
 * The newest train run among `recent` (the store's last 200, read while the step worked) that
 * produced the model with this digest. A store that cannot be read is a warning.
 */
async function trainRunOf(recent, modelSha256, where, log) {
    if (!recent)
        return undefined;
    try {
        const runs = await recent;
        for (let i = runs.length - 1; i >= 0; i--)
            if (runs[i].source === 'train' && runs[i].model?.sha256 === modelSha256)
                return runs[i];
    }
    catch (e) {
        log.warning(`experiment runs of ${where} not read: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    }
    return undefined;
}


// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./.build/js/src/lib/digest.js
var digest = __webpack_require__(8369);
;// CONCATENATED MODULE: ./.build/js/src/metrics/sort.js
/**
 * Sorting for the metric states: least-significant-digit radix sorts on the IEEE-754 bit patterns
 * of float64 keys (11-bit digits, six passes, passes whose digit is constant across the input are
 * skipped: scores that came from float32 skip the low mantissa passes). Radix sorts are stable, so
 * they also give permutations (argsort) for multi-key canonical orders. Order is that of
 * TypedArray.prototype.sort: ascending, -0 before +0. Keys must not be NaN (the states reject NaN).
 *
 * Memory: 16 bytes per key of scratch during a sort (20 with a permutation).
 */
const DIGIT_BITS = 11;
const RADIX = 1 << DIGIT_BITS;
const MASK = RADIX - 1;
/** Below this the engine's comparison sort is as fast and needs no scratch. */
const SMALL = 512;
/** Order-preserving map of float64 bits to two unsigned words (hi, lo): flip all bits of negatives, the sign bit of the rest. */
function splitKeys(keys, order, hi, lo, hist) {
    const words = new Uint32Array(keys.buffer, keys.byteOffset, keys.length * 2);
    const n = keys.length;
    for (let i = 0; i < n; i++) {
        const k = order === null ? i : order[i];
        let l = words[2 * k];
        let h = words[2 * k + 1];
        if (h & 0x80000000) {
            h = ~h >>> 0;
            l = ~l >>> 0;
        }
        else {
            h = (h | 0x80000000) >>> 0;
        }
        lo[i] = l;
        hi[i] = h;
        hist[l & MASK]++;
        hist[RADIX + ((l >>> 11) & MASK)]++;
        hist[2 * RADIX + (l >>> 22)]++;
        hist[3 * RADIX + (h & MASK)]++;
        hist[4 * RADIX + ((h >>> 11) & MASK)]++;
        hist[5 * RADIX + (h >>> 22)]++;
    }
}
/** Turns histogram `p` into start offsets; false when one digit holds every key (the pass is a no-op). */
function prefix(hist, p, n) {
    const off = p * RADIX;
    let s = 0;
    for (let k = 0; k < RADIX; k++) {
        const c = hist[off + k];
        if (c === n)
            return false;
        hist[off + k] = s;
        s += c;
    }
    return true;
}
/**
 * Sorts `a` in place when every key is a float32 value (scores from a float32 model): their 32-bit
 * patterns, order-mapped as splitKeys maps a double's, in at most three 11-bit passes over one
 * word, instead of the double's passes over two. False (nothing changed) when a key is not.
 */
function sortFloat32Valued(a) {
    const n = a.length;
    const f = new Float32Array(n);
    for (let i = 0; i < n; i++) {
        const x = a[i];
        const y = Math.fround(x);
        if (y !== x)
            return false;
        f[i] = y;
    }
    let key = new Uint32Array(f.buffer);
    let key2 = new Uint32Array(n);
    const hist = new Uint32Array(3 * RADIX);
    for (let i = 0; i < n; i++) {
        const b = key[i];
        const k = b & 0x80000000 ? ~b >>> 0 : (b | 0x80000000) >>> 0;
        key[i] = k;
        hist[k & MASK]++;
        hist[RADIX + ((k >>> 11) & MASK)]++;
        hist[2 * RADIX + (k >>> 22)]++;
    }
    for (let p = 0; p < 3; p++) {
        if (!prefix(hist, p, n))
            continue;
        const off = p * RADIX;
        const shift = p * DIGIT_BITS;
        for (let i = 0; i < n; i++) {
            const k = key[i];
            key2[hist[off + ((k >>> shift) & MASK)]++] = k;
        }
        const t = key;
        key = key2;
        key2 = t;
    }
    for (let i = 0; i < n; i++) {
        const k = key[i];
        key[i] = k & 0x80000000 ? k & 0x7fffffff : ~k >>> 0;
    }
    const values = new Float32Array(key.buffer);
    for (let i = 0; i < n; i++)
        a[i] = values[i];
    return true;
}
/** Sorts `a` ascending in place. */
function sortFloat64(a) {
    const n = a.length;
    if (n < SMALL) {
        a.sort();
        return;
    }
    if (sortFloat32Valued(a))
        return;
    let hi = new Uint32Array(n);
    let lo = new Uint32Array(n);
    let hi2 = new Uint32Array(n);
    let lo2 = new Uint32Array(n);
    const hist = new Uint32Array(6 * RADIX);
    splitKeys(a, null, hi, lo, hist);
    for (let p = 0; p < 6; p++) {
        if (!prefix(hist, p, n))
            continue;
        const off = p * RADIX;
        const shift = (p % 3) * DIGIT_BITS;
        if (p >= 3) {
            for (let i = 0; i < n; i++) {
                const h = hi[i];
                const d = hist[off + ((h >>> shift) & MASK)]++;
                hi2[d] = h;
                lo2[d] = lo[i];
            }
        }
        else {
            for (let i = 0; i < n; i++) {
                const l = lo[i];
                const d = hist[off + ((l >>> shift) & MASK)]++;
                lo2[d] = l;
                hi2[d] = hi[i];
            }
        }
        let t = hi;
        hi = hi2;
        hi2 = t;
        t = lo;
        lo = lo2;
        lo2 = t;
    }
    const out = new Uint32Array(a.buffer, a.byteOffset, n * 2);
    for (let i = 0; i < n; i++) {
        let h = hi[i];
        let l = lo[i];
        if (h & 0x80000000) {
            h = (h & 0x7fffffff) >>> 0;
        }
        else {
            h = ~h >>> 0;
            l = ~l >>> 0;
        }
        out[2 * i] = l;
        out[2 * i + 1] = h;
    }
}
/**
 * Stable argsort: the permutation that orders `keys` ascending. With `order`, sorts that
 * permutation instead (ties keep their order in `order`), which is how a multi-key sort is built:
 * sort by the secondary key first, then by the primary key with that result as `order`.
 */
function sort_argsortFloat64(keys, order) {
    const n = keys.length;
    let perm;
    if (order)
        perm = Uint32Array.from(order);
    else {
        perm = new Uint32Array(n);
        for (let i = 0; i < n; i++)
            perm[i] = i;
    }
    if (order && order.length !== n)
        throw new RangeError('argsortFloat64: order must have the length of keys');
    if (n < 2)
        return perm;
    let hi = new Uint32Array(n);
    let lo = new Uint32Array(n);
    let hi2 = new Uint32Array(n);
    let lo2 = new Uint32Array(n);
    let perm2 = new Uint32Array(n);
    const hist = new Uint32Array(6 * RADIX);
    splitKeys(keys, perm, hi, lo, hist);
    for (let p = 0; p < 6; p++) {
        if (!prefix(hist, p, n))
            continue;
        const off = p * RADIX;
        const shift = (p % 3) * DIGIT_BITS;
        const digitWord = p >= 3 ? hi : lo;
        for (let i = 0; i < n; i++) {
            const d = hist[off + ((digitWord[i] >>> shift) & MASK)]++;
            hi2[d] = hi[i];
            lo2[d] = lo[i];
            perm2[d] = perm[i];
        }
        let t = hi;
        hi = hi2;
        hi2 = t;
        t = lo;
        lo = lo2;
        lo2 = t;
        t = perm;
        perm = perm2;
        perm2 = t;
    }
    return perm;
}

// EXTERNAL MODULE: ./.build/js/src/stats/distributions.js
var distributions = __webpack_require__(1638);
;// CONCATENATED MODULE: ./.build/js/src/stats/delong.js
/**
 * DeLong's variance of the ROC AUC and DeLong's test for two correlated AUCs (DeLong, DeLong and
 * Clarke-Pearson, Biometrics 1988), computed by the fast midrank algorithm of Sun and Xu (IEEE
 * Signal Processing Letters 21, 2014): the structural components ("placements") of every case are
 * midrank differences, found here from one radix sort of each model's scores (O(n) passes over
 * the bit patterns) instead of DeLong's O(n²) pairwise kernel.
 *
 * Conventions, as R's pROC (1.18) with `direction = "<"`: cases are rows with label 1, controls
 * rows with label 0, a higher score means "more likely a case", and ties count one half:
 *   V10(x_i) = (#{controls < x_i} + ½ #{controls = x_i}) / n_controls   (one per case)
 *   V01(y_j) = (#{cases > y_j} + ½ #{cases = y_j}) / n_cases           (one per control)
 *   AUC = mean V10 = mean V01 (the Mann-Whitney statistic; equal to scikit-learn's roc_auc_score)
 *   S10 = Σ (V10 - AUC)² / (m - 1),  S01 = Σ (V01 - AUC)² / (n - 1)   (m cases, n controls)
 *   Var(AUC) = S10 / m + S01 / n.
 * Unlike pROC, the direction is never guessed from the data: a model that ranks cases lower gets
 * an AUC below ½.
 *
 * `delongCi` is pROC's `ci.auc(method = "delong")`: AUC ± z·√Var, clipped to [0, 1], and undefined
 * (null) with fewer than two cases or two controls. `delongTest` is pROC's
 * `roc.test(method = "delong", paired = TRUE)`: z = (AUC_a - AUC_b) / √(Var_a + Var_b - 2 Cov_ab)
 * with the covariance from the same placements, a normal p-value, and the interval
 * difference ± z·SE (pROC's `conf.int`). Both are asymptotic (normal) results. Checked against pROC
 * in test/unit/metrics/delong.test.ts (goldens from scripts/fixtures/metrics_goldens.py).
 */



// The normal quantile lives in ./distributions.ts; re-exported for the importers of this module.

// ---------------------------------------------------------------------------------------------
// Placements
// ---------------------------------------------------------------------------------------------
/** Index of the first element of ascending `a` that is >= x (binary search). */
function lowerBound(a, x) {
    let lo = 0;
    let hi = a.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (a[mid] < x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** Index of the first element of ascending `a` that is > x (binary search). */
function upperBound(a, x) {
    let lo = 0;
    let hi = a.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (a[mid] <= x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/**
 * AUC and DeLong variance from the scores of the cases and of the controls, each sorted ascending
 * (no NaN). One merge walk over tie groups: every tie group shares its placements, so the sums
 * run over groups. Exact Mann-Whitney count (integers below 2^53), then a second walk for the
 * centred sums of squares.
 */
function delongSorted(positives, negatives) {
    const pos = positives;
    const neg = negatives;
    const m = pos.length;
    const n = neg.length;
    if (m === 0 || n === 0) {
        throw new errors/* DataError */.fL(`roc_auc needs both classes: got ${m} positive and ${n} negative rows`);
    }
    // Pass 1: 2U = Σ over tie groups of cP·(2·#controls below + cN), an integer below 2^53.
    let twiceU = 0;
    let i = 0;
    let j = 0;
    while (i < m || j < n) {
        const v = i < m && (j >= n || pos[i] <= neg[j]) ? pos[i] : neg[j];
        const i0 = i;
        const j0 = j;
        while (i < m && pos[i] === v)
            i++;
        while (j < n && neg[j] === v)
            j++;
        twiceU += (i - i0) * (2 * j0 + (j - j0));
    }
    const auc = twiceU / (2 * m * n);
    if (m < 2 || n < 2)
        return { auc, variance: null, positives: m, negatives: n };
    // Pass 2: centred sums of squares of the placements, one term per tie group.
    let ss10 = 0;
    let ss01 = 0;
    i = 0;
    j = 0;
    while (i < m || j < n) {
        const v = i < m && (j >= n || pos[i] <= neg[j]) ? pos[i] : neg[j];
        const i0 = i;
        const j0 = j;
        while (i < m && pos[i] === v)
            i++;
        while (j < n && neg[j] === v)
            j++;
        const cP = i - i0;
        const cN = j - j0;
        if (cP > 0) {
            const d = (j0 + 0.5 * cN) / n - auc;
            ss10 += cP * d * d;
        }
        if (cN > 0) {
            const d = (m - i + 0.5 * cP) / m - auc;
            ss01 += cN * d * d;
        }
    }
    const variance = ss10 / (m - 1) / m + ss01 / (n - 1) / n;
    return { auc, variance, positives: m, negatives: n };
}
/** pROC's ci.auc(method = "delong"): AUC ± z·√Var clipped to [0, 1]; null without a variance. */
function delongCi(estimate, confidence = 0.95) {
    const z = (0,distributions/* criticalValue */.z7)(confidence);
    if (estimate.variance === null)
        return null;
    const se = Math.sqrt(estimate.variance);
    const clip = (x) => (x < 0 ? 0 : x > 1 ? 1 : x);
    return [clip(estimate.auc - z * se), clip(estimate.auc + z * se)];
}
function splitByLabel(labels, scores, what) {
    const m = countCases(labels, scores, what);
    const pos = new Float64Array(m);
    const neg = new Float64Array(labels.length - m);
    let a = 0;
    let b = 0;
    for (let i = 0; i < labels.length; i++) {
        if (labels[i] === 1)
            pos[a++] = scores[i];
        else
            neg[b++] = scores[i];
    }
    return { pos, neg };
}
/**
 * AUC of `scores` for binary `labels` (0/1) with DeLong's variance and interval (pROC's
 * `ci.auc(method = "delong")`). Throws DataError on bad input or when a class is absent.
 */
function delongAuc(labels, scores, opts = {}) {
    const confidence = opts.confidence ?? 0.95;
    criticalValue(confidence);
    const { pos, neg } = splitByLabel(labels, scores, 'delongAuc');
    pos.sort();
    neg.sort();
    const est = delongSorted(pos, neg);
    return { ...est, ci: delongCi(est, confidence), confidence, method: 'delong' };
}
/**
 * Placements of one model for every row, from one sort of all its scores: `place[r]` is V10 of row
 * r when it is a case, V01 when it is a control (the same numbers, bit for bit, that binary
 * searches in the sorted cases and controls give). One radix argsort, then one walk over the tie
 * groups: a group's cases share V10 = (controls below + ½ controls in the group) / n, its
 * controls share V01 = (cases above + ½ cases in the group) / m. The AUC is the exact
 * Mann-Whitney count of delongSorted, summed over the same groups.
 */
function rowPlacements(labels, scores, m, n) {
    const total = scores.length;
    const order = argsortFloat64(scores);
    const place = new Float64Array(total);
    let negBelow = 0;
    let posBelow = 0;
    let twiceU = 0;
    let k = 0;
    while (k < total) {
        const v = scores[order[k]];
        let e = k;
        let cP = 0;
        while (e < total && scores[order[e]] === v) {
            if (labels[order[e]] === 1)
                cP++;
            e++;
        }
        const cN = e - k - cP;
        const hi = posBelow + cP;
        const v10 = (negBelow + 0.5 * cN) / n;
        const v01 = (m - hi + 0.5 * cP) / m;
        for (let t = k; t < e; t++) {
            const r = order[t];
            place[r] = labels[r] === 1 ? v10 : v01;
        }
        twiceU += cP * (2 * negBelow + cN);
        negBelow += cN;
        posBelow = hi;
        k = e;
    }
    return { place, auc: twiceU / (2 * m * n) };
}
/** Counts the cases (label 1); throws DataError on a label other than 0/1 or a non-finite score. */
function countCases(labels, scores, what) {
    if (labels.length !== scores.length) {
        throw new DataError(`${what}: labels and scores differ in length (${labels.length} vs ${scores.length})`);
    }
    let m = 0;
    for (let i = 0; i < labels.length; i++) {
        const y = labels[i];
        if (y === 1)
            m++;
        else if (y !== 0)
            throw new DataError(`${what}: label at row ${i} must be 0 or 1, got ${y}`);
        if (!Number.isFinite(scores[i]))
            throw new DataError(`${what}: score at row ${i} must be a finite number, got ${scores[i]}`);
    }
    return m;
}
const asFloat64 = (a) => (a instanceof Float64Array ? a : Float64Array.from(a));
/**
 * DeLong's test for two correlated AUCs: `scoresA` and `scoresB` are two models' scores on the
 * same rows with binary `labels` (pROC's `roc.test(roc1, roc2, method = "delong", paired = TRUE)`).
 * Needs at least two rows of each class; throws DataError otherwise or on bad input.
 */
function delongTest(labels, scoresA, scoresB, opts = {}) {
    const confidence = opts.confidence ?? 0.95;
    const alternative = opts.alternative ?? 'two-sided';
    const z = criticalValue(confidence);
    if (scoresA.length !== scoresB.length) {
        throw new DataError(`delongTest: the two score arrays differ in length (${scoresA.length} vs ${scoresB.length})`);
    }
    const m = countCases(labels, scoresA, 'delongTest');
    countCases(labels, scoresB, 'delongTest');
    const n = labels.length - m;
    // One byte per row: the walks over the sorted order read labels at random rows, and 1 MB per
    // million rows stays in cache where 8 MB of float64 labels would not.
    const isCase = new Uint8Array(labels.length);
    for (let r = 0; r < labels.length; r++)
        isCase[r] = labels[r] === 1 ? 1 : 0;
    if (m < 2 || n < 2)
        throw new DataError(`delongTest needs at least 2 rows of each class: got ${m} positive and ${n} negative rows`);
    const pa = rowPlacements(isCase, asFloat64(scoresA), m, n);
    const pb = rowPlacements(isCase, asFloat64(scoresB), m, n);
    // S = S10/m + S01/n, a 2x2 covariance; only L·S·Lᵀ with L = (1, -1) is needed. Sums run over
    // the rows in order, cases into S10 and controls into S01.
    let s10aa = 0;
    let s10bb = 0;
    let s10ab = 0;
    let s01aa = 0;
    let s01bb = 0;
    let s01ab = 0;
    for (let r = 0; r < labels.length; r++) {
        const da = pa.place[r] - pa.auc;
        const db = pb.place[r] - pb.auc;
        if (isCase[r] === 1) {
            s10aa += da * da;
            s10bb += db * db;
            s10ab += da * db;
        }
        else {
            s01aa += da * da;
            s01bb += db * db;
            s01ab += da * db;
        }
    }
    const varDiff = (s10aa + s10bb - 2 * s10ab) / (m - 1) / m + (s01aa + s01bb - 2 * s01ab) / (n - 1) / n;
    const se = Math.sqrt(Math.max(0, varDiff));
    const d = pa.auc - pb.auc;
    const statistic = se > 0 ? d / se : d === 0 ? 0 : d > 0 ? Infinity : -Infinity;
    const pValue = alternative === 'two-sided' ? Math.min(1, 2 * normalCdf(-Math.abs(statistic))) : alternative === 'greater' ? normalCdf(-statistic) : normalCdf(statistic);
    return {
        statistic,
        pValue,
        alternative,
        auc: [pa.auc, pb.auc],
        difference: d,
        standardError: se,
        ci: [d - z * se, d + z * se],
        confidence,
        positives: m,
        negatives: n,
        method: 'delong-paired',
    };
}

// EXTERNAL MODULE: ./.build/js/src/stats/rng.js
var stats_rng = __webpack_require__(1472);
;// CONCATENATED MODULE: ./.build/js/src/metrics/buffers.js
/**
 * Growable float64 columns for the metric states, and their compact JSON form: the bytes of the
 * Float64Array in little-endian order, base64-encoded (8 bytes per value, about 10.7 characters of
 * JSON per value), so a state round-trips bit for bit.
 */

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
/** A Float64Array that grows by doubling; `view()` is the filled prefix (no copy). */
class Float64Column {
    data;
    length = 0;
    constructor(capacity = 64) {
        this.data = new Float64Array(Math.max(1, capacity));
    }
    static from(values) {
        const c = new Float64Column(values.length);
        c.data.set(values);
        c.length = values.length;
        return c;
    }
    reserve(extra) {
        const need = this.length + extra;
        if (need <= this.data.length)
            return;
        let cap = this.data.length * 2;
        while (cap < need)
            cap *= 2;
        const next = new Float64Array(cap);
        next.set(this.data.subarray(0, this.length));
        this.data = next;
    }
    push(x) {
        if (this.length === this.data.length)
            this.reserve(1);
        this.data[this.length++] = x;
    }
    append(values) {
        this.reserve(values.length);
        this.data.set(values, this.length);
        this.length += values.length;
    }
    view() {
        return this.data.subarray(0, this.length);
    }
    /** Replaces the contents (same length) — used to store a canonical (sorted) order. */
    replace(values) {
        this.data = values;
        this.length = values.length;
    }
}
/** Base64 of the little-endian float64 bytes of `a`. */
function encodeFloat64(a) {
    if (LITTLE_ENDIAN)
        return Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
    const bytes = new Uint8Array(a.length * 8);
    const dv = new DataView(bytes.buffer);
    for (let i = 0; i < a.length; i++)
        dv.setFloat64(i * 8, a[i], true);
    return Buffer.from(bytes).toString('base64');
}
/** Inverse of {@link encodeFloat64}; throws DataError naming `what` on malformed input. */
function decodeFloat64(s, what) {
    if (typeof s !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(s))
        throw new errors/* DataError */.fL(`${what}: expected a base64 string`);
    const bytes = Buffer.from(s, 'base64');
    if (bytes.length % 8 !== 0)
        throw new errors/* DataError */.fL(`${what}: ${bytes.length} bytes is not a whole number of float64 values`);
    const out = new Float64Array(bytes.length / 8);
    if (LITTLE_ENDIAN) {
        new Uint8Array(out.buffer).set(bytes);
    }
    else {
        const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        for (let i = 0; i < out.length; i++)
            out[i] = dv.getFloat64(i * 8, true);
    }
    return out;
}

// EXTERNAL MODULE: ./.build/js/src/metrics/intervals.js
var intervals = __webpack_require__(4685);
;// CONCATENATED MODULE: ./.build/js/src/metrics/binary.js
/**
 * Binary classification: a mergeable state of (label, score) rows and the metrics computed from it.
 *
 * Rows. `label` is 1 for the positive class and 0 otherwise; `score` is the model's probability of
 * the positive class, a finite number in [0, 1]. A row is predicted positive when
 * `score >= threshold` (default 0.5).
 *
 * State and memory. `BinaryState` keeps the scores of positive rows and of negative rows in two
 * Float64Arrays: 8 bytes per row (up to 16 while a growing buffer doubles), 8 MB per million rows.
 * Nothing else is needed: every metric, including roc_auc and average_precision, is a function of
 * these two multisets, so `merge` (concatenation) is exact and the metrics are computed from the
 * sorted arrays, making them independent of row order and of how rows were sharded: merging shard
 * states in any order gives bit-identical results, intervals included. JSON form: the two arrays
 * as base64 of little-endian float64 bytes (about 10.7 characters per row), stored sorted.
 * Computing the metrics needs 16 bytes per row of sort scratch, plus 24 bytes per row (and O(rows)
 * time per resample) for the row bootstrap when it runs.
 *
 * Metrics (names and conventions of scikit-learn 1.2, checked against it in
 * test/unit/metrics/goldens.test.ts):
 * - accuracy, balanced_accuracy (mean recall over the classes present in the labels), precision,
 *   recall, f1 of the positive class at the threshold; zero_division as scikit-learn's default
 *   'warn': an ill-defined precision, recall or f1 is 0, with a `reason`.
 * - roc_auc: Mann-Whitney AUC with ties counted ½ (= roc_auc_score); null with a reason when only
 *   one class is present.
 * - average_precision: the step-wise sum Σ (R_k - R_{k-1}) P_k over distinct score thresholds,
 *   tied scores forming one threshold (= average_precision_score); 0 without positive rows, as
 *   scikit-learn (which then sets recall to 1).
 * - log_loss: scores clipped to [ε, 1 - ε] with ε = 2.220446049250313e-16 (float64 machine
 *   epsilon: log_loss(eps="auto") for float64 input in scikit-learn 1.2), the row (1-p, p) then
 *   renormalised by its sum, natural log, mean over rows.
 * - brier_score: mean (score - label)² (= brier_score_loss).
 * - calibration: `calibrationBins` (default 10) equal-width bins on [0, 1] with
 *   calibration_curve's assignment: bin b holds scores in (b/B, (b+1)/B], bin 0 also holds 0
 *   (edges as numpy.linspace). Reliability table per bin: count, mean score, observed positive rate
 *   (null in empty bins). Expected calibration error ECE = Σ_b (n_b / n)·|mean score_b - rate_b|.
 *
 * Intervals (`ci` at `confidence`, default 0.95, seeded by `seed`):
 * - accuracy, precision, recall: Wilson score interval ('wilson'), conditional on the number of
 *   rows, predicted positives and positives respectively; or, with proportionInterval
 *   'bootstrap', as balanced_accuracy.
 * - balanced_accuracy, f1: percentile bootstrap of the confusion cells ('bootstrap-confusion').
 * - roc_auc: DeLong ('delong'), from src/stats/delong.ts.
 * - log_loss, brier_score, average_precision: percentile bootstrap of rows, all three from the
 *   same resamples ('bootstrap-percentile'); above `maxBootstrapRows` rows (default 20,000 at 1000
 *   resamples) the normal interval with the influence-function standard error ('normal-influence';
 *   for average_precision built on the logit scale, see `logitNormalInterval`).
 */






/** float64 machine epsilon: scikit-learn 1.2's log_loss clipping for float64 probabilities. */
const LOG_LOSS_EPS = 2.220446049250313e-16;
/** Mergeable state of a binary evaluation: the scores of positive rows and of negative rows. */
class BinaryState {
    task = 'binary';
    pos = new Float64Column();
    neg = new Float64Column();
    sorted = true;
    get rows() {
        return this.pos.length + this.neg.length;
    }
    get positives() {
        return this.pos.length;
    }
    get negatives() {
        return this.neg.length;
    }
    /** Adds one row; throws DataError on a label other than 0/1 or a score outside [0, 1]. */
    add(label, score) {
        if (!(score >= 0 && score <= 1))
            throw new errors/* DataError */.fL(`binary score must be a probability in [0, 1], got ${score}`);
        if (label === 1)
            this.pos.push(score);
        else if (label === 0)
            this.neg.push(score);
        else
            throw new errors/* DataError */.fL(`binary label must be 0 or 1, got ${label}`);
        this.sorted = false;
        return this;
    }
    /** Adds rows from parallel arrays (the fast path); throws DataError naming the first bad row. */
    addBatch(labels, scores) {
        if (labels.length !== scores.length)
            throw new errors/* DataError */.fL(`binary: ${labels.length} labels but ${scores.length} scores`);
        for (let i = 0; i < labels.length; i++) {
            const s = scores[i];
            const y = labels[i];
            if (!(s >= 0 && s <= 1))
                throw new errors/* DataError */.fL(`binary score at row ${i} must be a probability in [0, 1], got ${s}`);
            if (y === 1)
                this.pos.push(s);
            else if (y === 0)
                this.neg.push(s);
            else
                throw new errors/* DataError */.fL(`binary label at row ${i} must be 0 or 1, got ${y}`);
        }
        if (labels.length > 0)
            this.sorted = false;
        return this;
    }
    /** Adds every row of `other` (which is left unchanged). */
    merge(other) {
        if (!(other instanceof BinaryState))
            throw new errors/* DataError */.fL('binary: can only merge another BinaryState');
        this.pos.append(other.pos.view());
        this.neg.append(other.neg.view());
        if (other.rows > 0)
            this.sorted = false;
        return this;
    }
    /** The scores of positive and of negative rows, ascending (sorted once, until the next add). */
    sortedScores() {
        if (!this.sorted) {
            const p = this.pos.view();
            const n = this.neg.view();
            sortFloat64(p);
            sortFloat64(n);
            this.sorted = true;
        }
        return { positives: this.pos.view(), negatives: this.neg.view() };
    }
    toJSON() {
        const { positives, negatives } = this.sortedScores();
        return { kind: 'binary-state', schemaVersion: 1, rows: this.rows, positives: encodeFloat64(positives), negatives: encodeFloat64(negatives) };
    }
    /** Rebuilds from {@link toJSON} output; throws DataError on anything malformed. */
    static fromJSON(json) {
        const j = json;
        if (!j || typeof j !== 'object' || j.kind !== 'binary-state' || j.schemaVersion !== 1) {
            throw new errors/* DataError */.fL('binary state: not a {kind: "binary-state", schemaVersion: 1} object');
        }
        const pos = decodeFloat64(j.positives, 'binary state positives');
        const neg = decodeFloat64(j.negatives, 'binary state negatives');
        if (j.rows !== pos.length + neg.length)
            throw new errors/* DataError */.fL(`binary state: rows ${j.rows} does not match the ${pos.length + neg.length} scores`);
        let sorted = true;
        for (const a of [pos, neg]) {
            for (let i = 0; i < a.length; i++) {
                if (!(a[i] >= 0 && a[i] <= 1))
                    throw new errors/* DataError */.fL(`binary state: score ${a[i]} is not a probability`);
                if (i > 0 && a[i - 1] > a[i])
                    sorted = false;
            }
        }
        const s = new BinaryState();
        s.pos = Float64Column.from(pos);
        s.neg = Float64Column.from(neg);
        s.sorted = sorted;
        return s;
    }
}
/** Precision, recall, f1 and balanced accuracy of cells [tp, fp, fn, tn] with scikit-learn's zero_division = 0. */
function precisionOf(tp, fp) {
    return tp + fp > 0 ? tp / (tp + fp) : 0;
}
function recallOf(tp, fn) {
    return tp + fn > 0 ? tp / (tp + fn) : 0;
}
function f1Of(tp, fp, fn) {
    const p = precisionOf(tp, fp);
    const r = recallOf(tp, fn);
    return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}
/** Mean recall over the classes with support; NaN without rows. */
function balancedOf(tp, fp, fn, tn) {
    const hasPos = tp + fn > 0;
    const hasNeg = tn + fp > 0;
    if (hasPos && hasNeg)
        return (tp / (tp + fn) + tn / (tn + fp)) / 2;
    if (hasPos)
        return tp / (tp + fn);
    if (hasNeg)
        return tn / (tn + fp);
    return NaN;
}
/** The log-loss term of one row, as scikit-learn 1.2: clip, renormalise (1-p, p), -log. */
function logLossTerm(p, positive) {
    const c = p < LOG_LOSS_EPS ? LOG_LOSS_EPS : p > 1 - LOG_LOSS_EPS ? 1 - LOG_LOSS_EPS : p;
    const q = 1 - c;
    const s = q + c;
    return -Math.log((positive ? c : q) / s);
}
/**
 * One ascending merge walk over the sorted positive and negative scores, tie group by tie group:
 * log_loss, brier_score, average_precision (at a tie group with score v, precision is
 * #positives >= v / #rows >= v, and recall grows by the group's share of all positives), the
 * calibration bins, the influence-function standard errors and optionally the bootstrap table.
 *
 * Influence function of AP = E[Y·π(S)] / E[Y] with π(s) = P(Y = 1, S >= s) / P(S >= s), at a row
 * (s0, y0) in tie group g: IF = [y0·(π_g - AP) + y0·S1_g - S2_g] / p, where p = share of
 * positives and S1_g = Σ_{h<=g} cP_h / D_h, S2_g = Σ_{h<=g} cP_h·π_h / D_h over tie groups h at
 * or below g (cP_h positives, D_h rows at or above h). Var(AP) ≈ Σ IF² / n².
 */
function binaryPass(P, N, bins, withTable) {
    const nP = P.length;
    const nN = N.length;
    const n = nP + nN;
    const edges = Array.from({ length: bins + 1 }, (_, b) => (b === bins ? 1 : b * (1 / bins)));
    const binCount = new Float64Array(bins);
    const binSum = new Float64Array(bins);
    const binPos = new Float64Array(bins);
    const table = withTable ? { loss: new Float64Array(n), brier: new Float64Array(n), key: new Uint32Array(n) } : null;
    let lossSum = 0;
    let brierSum = 0;
    let apSum = 0;
    // Shifted sums of squares for the standard errors of the two means (shift: the first term).
    let lossShift = NaN;
    let lossDev = 0;
    let lossDev2 = 0;
    let brierShift = NaN;
    let brierDev = 0;
    let brierDev2 = 0;
    // AP influence: positives contribute (u_g - AP)², u_g = π_g + S1_g - S2_g; negatives S2_g².
    let s1 = 0;
    let s2 = 0;
    let sumU = 0;
    let sumU2 = 0;
    let sumNegS2sq = 0;
    let below = 0;
    let posBelow = 0;
    let bin = 0;
    let group = 0;
    let i = 0;
    let j = 0;
    while (i < nP || j < nN) {
        const v = i < nP && (j >= nN || P[i] <= N[j]) ? P[i] : N[j];
        const i0 = i;
        const j0 = j;
        while (j < nN && N[j] === v)
            j++;
        while (i < nP && P[i] === v)
            i++;
        const cN = j - j0;
        const cP = i - i0;
        const c = cN + cP;
        const lossN = cN > 0 ? logLossTerm(v, false) : 0;
        const lossP = cP > 0 ? logLossTerm(v, true) : 0;
        const brierN = v * v;
        const brierP = (1 - v) * (1 - v);
        lossSum += cN * lossN + cP * lossP;
        brierSum += cN * brierN + cP * brierP;
        if (Number.isNaN(lossShift)) {
            lossShift = cN > 0 ? lossN : lossP;
            brierShift = cN > 0 ? brierN : brierP;
        }
        const dlN = lossN - lossShift;
        const dlP = lossP - lossShift;
        lossDev += cN * dlN + cP * dlP;
        lossDev2 += cN * dlN * dlN + cP * dlP * dlP;
        const dbN = brierN - brierShift;
        const dbP = brierP - brierShift;
        brierDev += cN * dbN + cP * dbP;
        brierDev2 += cN * dbN * dbN + cP * dbP * dbP;
        const atOrAbove = n - below;
        const pi = (nP - posBelow) / atOrAbove;
        if (cP > 0) {
            apSum += cP * pi;
            s1 += cP / atOrAbove;
            s2 += (cP * pi) / atOrAbove;
            const u = pi + s1 - s2;
            sumU += cP * u;
            sumU2 += cP * u * u;
        }
        if (cN > 0)
            sumNegS2sq += cN * s2 * s2;
        while (bin < bins - 1 && v > edges[bin + 1])
            bin++;
        binCount[bin] += c;
        binSum[bin] += v * c;
        binPos[bin] += cP;
        if (table !== null) {
            table.loss.fill(lossN, below, below + cN);
            table.loss.fill(lossP, below + cN, below + c);
            table.brier.fill(brierN, below, below + cN);
            table.brier.fill(brierP, below + cN, below + c);
            table.key.fill(group * 2, below, below + cN);
            table.key.fill(group * 2 + 1, below + cN, below + c);
        }
        below += c;
        posBelow += cP;
        group++;
    }
    const cal = [];
    let eceSum = 0;
    for (let b = 0; b < bins; b++) {
        const cnt = binCount[b];
        cal.push({ lower: edges[b], upper: edges[b + 1], count: cnt, meanPredicted: cnt > 0 ? binSum[b] / cnt : null, observedRate: cnt > 0 ? binPos[b] / cnt : null });
        eceSum += Math.abs(binSum[b] - binPos[b]);
    }
    const ap = nP > 0 ? apSum / nP : 0;
    // Σ IF² for the means: Σ (x - mean)² from the shifted sums; for AP, expand Σ cP (u - AP)².
    const meanSe = (dev, dev2) => Math.sqrt(Math.max(0, dev2 - (dev * dev) / n)) / n;
    const p = nP / n;
    const apIf2 = nP > 0 ? Math.max(0, sumU2 - 2 * ap * sumU + ap * ap * nP) / (p * p) + sumNegS2sq / (p * p) : NaN;
    return {
        logLoss: lossSum / n,
        brier: brierSum / n,
        averagePrecision: ap,
        se: [meanSe(lossDev, lossDev2), meanSe(brierDev, brierDev2), Math.sqrt(apIf2) / n],
        calibration: { strategy: 'uniform', bins: cal, ece: n > 0 ? eceSum / n : null },
        table,
    };
}
/**
 * log_loss, brier_score and average_precision of the rows weighted by bootstrap `counts`,
 * walking from the highest score down so that tied scores form one threshold.
 */
function replicate(t, counts, out) {
    const { loss, brier, key } = t;
    let lossSum = 0;
    let brierSum = 0;
    let tp = 0;
    let fp = 0;
    let prevTp = 0;
    let ap = 0;
    let prevGroup = -1;
    let m = 0;
    for (let r = counts.length - 1; r >= 0; r--) {
        const c = counts[r];
        if (c === 0)
            continue; // about 37% of rows are not drawn
        m += c;
        lossSum += c * loss[r];
        brierSum += c * brier[r];
        const k = key[r];
        const g = k >>> 1;
        if (g !== prevGroup) {
            if (tp > prevTp)
                ap += ((tp - prevTp) * tp) / (tp + fp);
            prevTp = tp;
            prevGroup = g;
        }
        if (k & 1)
            tp += c;
        else
            fp += c;
    }
    if (tp > prevTp)
        ap += ((tp - prevTp) * tp) / (tp + fp);
    out[0] = lossSum / m;
    out[1] = brierSum / m;
    out[2] = tp > 0 ? ap / tp : 0;
}
/**
 * The influence-function interval of a statistic in (0, 1) built on the logit scale,
 * expit(logit(v) ± z·se / (v(1 - v))), which keeps it inside (0, 1) and follows the skew of a
 * proportion-like statistic near 1 (Boyd, Eng and Page 2013 recommend it for the area under the
 * precision-recall curve); the plain normal interval when v is 0 or 1.
 */
function logitNormalInterval(v, se, z) {
    if (!(v > 0 && v < 1))
        return (0,intervals/* normalInterval */.Dm)(v, se, z, [0, 1]);
    const l = Math.log(v / (1 - v));
    const h = (z * se) / (v * (1 - v));
    return [1 / (1 + Math.exp(-(l - h))), 1 / (1 + Math.exp(-(l + h)))];
}
/** Computes every binary metric with its interval from `state`; see the module header for definitions. */
function binaryMetrics(state, opts = {}) {
    const o = (0,intervals/* resolveIntervalOptions */.Ke)(opts);
    const threshold = opts.threshold ?? 0.5;
    if (typeof threshold !== 'number' || !Number.isFinite(threshold))
        throw new errors/* ConfigurationError */.j1(`threshold must be a finite number, got ${String(threshold)}`);
    const bins = opts.calibrationBins ?? 10;
    if (!Number.isSafeInteger(bins) || bins < 1 || bins > 1000)
        throw new errors/* ConfigurationError */.j1(`calibrationBins must be an integer from 1 to 1000, got ${String(bins)}`);
    const { positives: P, negatives: N } = state.sortedScores();
    const nP = P.length;
    const nN = N.length;
    const n = nP + nN;
    const fn = lowerBound(P, threshold);
    const tp = nP - fn;
    const tn = lowerBound(N, threshold);
    const fp = nN - tn;
    const confusion = { matrix: [[tn, fp], [fn, tp]], tp, fp, fn, tn };
    const none = (reason) => (0,intervals/* pointOnly */.Xy)(null, 'none', reason);
    const method = (m) => (o.intervals ? m : 'none');
    const metrics = {};
    if (n === 0) {
        for (const name of ['accuracy', 'balanced_accuracy', 'precision', 'recall', 'f1', 'roc_auc', 'average_precision', 'log_loss', 'brier_score']) {
            metrics[name] = none('no rows');
        }
        return {
            task: 'binary',
            rows: 0,
            positives: 0,
            negatives: 0,
            threshold,
            confidence: o.confidence,
            metrics,
            confusion,
            calibration: binaryPass(P, N, bins, false).calibration,
            bootstrap: null,
        };
    }
    // Confusion-matrix metrics.
    const propMethod = o.proportionInterval === 'wilson' ? 'wilson' : 'bootstrap-confusion';
    const cells = Float64Array.of(tp, fp, fn, tn);
    const boot = o.intervals
        ? (0,intervals/* confusionBootstrap */.zY)(cells, 5, (c, out) => {
            out[0] = (c[0] + c[3]) / n;
            out[1] = precisionOf(c[0], c[1]);
            out[2] = recallOf(c[0], c[2]);
            out[3] = balancedOf(c[0], c[1], c[2], c[3]);
            out[4] = f1Of(c[0], c[1], c[2]);
        }, (0,stats_rng/* createRng */.SZ)(o.seed, intervals/* STREAM_CONFUSION */.iB), o.resamples, o.confidence)
        : null;
    const propCi = (i, x, trials) => !o.intervals ? null : o.proportionInterval === 'wilson' ? (0,intervals/* wilsonInterval */.YV)(x, trials, o.z) : boot[i];
    const withReason = (r, reason) => (reason === undefined ? r : { ...r, reason });
    metrics.accuracy = { value: (tp + tn) / n, ci: propCi(0, tp + tn, n), method: method(propMethod) };
    metrics.precision = withReason({ value: precisionOf(tp, fp), ci: tp + fp > 0 ? propCi(1, tp, tp + fp) : null, method: method(propMethod) }, tp + fp === 0 ? 'no predicted positives: precision is ill-defined and set to 0 (scikit-learn zero_division)' : undefined);
    metrics.recall = withReason({ value: recallOf(tp, fn), ci: nP > 0 ? propCi(2, tp, nP) : null, method: method(propMethod) }, nP === 0 ? 'no positive rows: recall is ill-defined and set to 0 (scikit-learn zero_division)' : undefined);
    metrics.balanced_accuracy = withReason({ value: balancedOf(tp, fp, fn, tn), ci: boot ? boot[3] : null, method: method('bootstrap-confusion') }, nP === 0 || nN === 0 ? `only ${nP === 0 ? 'negative' : 'positive'} rows: the mean recall is over that class alone (scikit-learn)` : undefined);
    const f1 = f1Of(tp, fp, fn);
    metrics.f1 = withReason({ value: f1, ci: boot ? boot[4] : null, method: method('bootstrap-confusion') }, tp === 0 && (tp + fp === 0 || nP === 0) ? 'precision and recall are 0 or ill-defined: f1 is set to 0 (scikit-learn zero_division)' : undefined);
    // roc_auc with DeLong.
    if (nP === 0 || nN === 0) {
        metrics.roc_auc = (0,intervals/* pointOnly */.Xy)(null, method('delong'), `roc_auc is undefined with only ${nP === 0 ? 'negative' : 'positive'} rows`);
    }
    else {
        const est = delongSorted(P, N);
        const ci = o.intervals ? delongCi(est, o.confidence) : null;
        metrics.roc_auc = withReason({ value: est.auc, ci, method: method('delong') }, o.intervals && ci === null ? 'the DeLong interval needs at least 2 positive and 2 negative rows' : undefined);
    }
    // Row statistics: percentile bootstrap of rows, or the influence-function interval for large n.
    const plan = (0,intervals/* planRowIntervals */.An)(n, o);
    const useBootstrap = o.intervals && plan.method === 'bootstrap-percentile';
    const pass = binaryPass(P, N, bins, useBootstrap);
    const point = [pass.logLoss, pass.brier, pass.averagePrecision];
    const bounds = [
        [0, Infinity],
        [0, 1],
        [0, 1],
    ];
    let rowCis = [null, null, null];
    const bootstrap = o.intervals ? { resamples: o.resamples, seed: o.seed } : null;
    if (useBootstrap && pass.table !== null) {
        const table = pass.table;
        const reps = (0,intervals/* rowBootstrap */.NL)(n, o.resamples, (0,stats_rng/* createRng */.SZ)(o.seed, intervals/* STREAM_ROWS */.VN), 3, (counts, out) => replicate(table, counts, out));
        rowCis = reps.map((r, s) => (0,intervals/* percentileInterval */.J9)(r, o.confidence, bounds[s]));
    }
    else if (o.intervals) {
        rowCis = [(0,intervals/* normalInterval */.Dm)(point[0], pass.se[0], o.z, bounds[0]), (0,intervals/* normalInterval */.Dm)(point[1], pass.se[1], o.z, bounds[1]), logitNormalInterval(point[2], pass.se[2], o.z)];
    }
    metrics.average_precision = withReason({ value: point[2], ci: nP > 0 ? rowCis[2] : null, method: method(plan.method) }, nP === 0 ? 'no positive rows: scikit-learn sets recall to 1 and average_precision to 0; no interval' : undefined);
    metrics.log_loss = { value: point[0], ci: rowCis[0], method: method(plan.method) };
    metrics.brier_score = { value: point[1], ci: rowCis[1], method: method(plan.method) };
    const ordered = {};
    for (const name of ['accuracy', 'balanced_accuracy', 'precision', 'recall', 'f1', 'roc_auc', 'average_precision', 'log_loss', 'brier_score']) {
        ordered[name] = metrics[name];
    }
    return {
        task: 'binary',
        rows: n,
        positives: nP,
        negatives: nN,
        threshold,
        confidence: o.confidence,
        metrics: ordered,
        confusion,
        calibration: pass.calibration,
        bootstrap,
    };
}

;// CONCATENATED MODULE: ./.build/js/src/metrics/curves.js
/**
 * ROC and precision-recall curves of a binary evaluation, downsampled for drawing.
 *
 * The full curves have one point per distinct score (scikit-learn's roc_curve and
 * precision_recall_curve with drop_intermediate off). They are walked from the highest threshold
 * down, and a point is kept when it moved more than `maxError` from the last kept point in either
 * coordinate (the last point is always kept). So every point of the full curve lies within
 * `maxError` of a kept point in both coordinates (Chebyshev distance). ROC coordinates are
 * monotone, so the ROC keeps at most 2 / maxError + 2 points; precision is not, so when the PR
 * curve would keep more than `maxPoints`, the tolerance doubles until it fits, and the tolerance
 * used is what the result reports.
 */
const round = (x) => Math.round(x * 1e6) / 1e6;
class Thinner {
    eps;
    x = [];
    y = [];
    lx = NaN;
    ly = NaN;
    px = NaN;
    py = NaN;
    constructor(eps) {
        this.eps = eps;
    }
    add(x, y) {
        this.px = x;
        this.py = y;
        if (this.x.length === 0 || Math.abs(x - this.lx) > this.eps || Math.abs(y - this.ly) > this.eps) {
            this.x.push(round(x));
            this.y.push(round(y));
            this.lx = x;
            this.ly = y;
        }
    }
    finish() {
        if (this.px !== this.lx || this.py !== this.ly) {
            this.x.push(round(this.px));
            this.y.push(round(this.py));
        }
    }
}
function walk(pos, neg, eps, which) {
    const P = pos.length;
    const N = neg.length;
    const t = new Thinner(eps);
    if (which === 'roc')
        t.add(0, 0);
    else
        t.add(0, 1);
    let i = P - 1;
    let j = N - 1;
    let tp = 0;
    let fp = 0;
    while (i >= 0 || j >= 0) {
        const s = Math.max(i >= 0 ? pos[i] : -Infinity, j >= 0 ? neg[j] : -Infinity);
        while (i >= 0 && pos[i] === s)
            (tp++, i--);
        while (j >= 0 && neg[j] === s)
            (fp++, j--);
        if (which === 'roc')
            t.add(N ? fp / N : 0, P ? tp / P : 0);
        else if (tp + fp > 0)
            t.add(P ? tp / P : 0, tp / (tp + fp));
    }
    t.finish();
    return t;
}
/** Curves from the scores of positive and of negative rows, each sorted ascending. */
function binaryCurves(positives, negatives, opts = {}) {
    const eps = opts.maxError ?? 0.002;
    const maxPoints = opts.maxPoints ?? 1200;
    const roc = walk(positives, negatives, eps, 'roc');
    let prEps = eps;
    let pr = walk(positives, negatives, prEps, 'pr');
    while (pr.x.length > maxPoints)
        pr = walk(positives, negatives, (prEps *= 2), 'pr');
    return { roc: { fpr: roc.x, tpr: roc.y }, pr: { recall: pr.x, precision: pr.y }, maxError: prEps };
}

;// CONCATENATED MODULE: ./.build/js/src/metrics/multiclass.js
/**
 * Multiclass classification: a mergeable state and its metrics.
 *
 * Rows. `label` is a class index 0..K-1; the score is the model's probability vector over the K
 * classes (finite numbers in [0, 1]). The predicted class is the first index of the largest
 * probability (numpy.argmax).
 *
 * State and memory. `MulticlassState` keeps the K×K confusion matrix (counts) and each row's
 * log-loss term in a Float64Array: 8 bytes per row plus 8·K² bytes. The confusion matrix merges by
 * addition and the loss terms by concatenation, both exact; the metrics sort the loss terms first,
 * so they (intervals included) do not depend on row order or sharding. JSON: the confusion matrix
 * as nested arrays and the sorted loss terms as base64 of little-endian float64.
 *
 * Metrics (scikit-learn 1.2 conventions, checked in test/unit/metrics/goldens.test.ts):
 * - accuracy: share of rows whose predicted class is the label.
 * - balanced_accuracy: mean recall over the classes that occur as labels (balanced_accuracy_score).
 * - macro_f1: mean f1 over the classes that occur as labels or as predictions (f1_score with
 *   average = "macro" and the labels inferred from the data, as scikit-learn's default); a class
 *   absent from both does not count, a class never predicted counts with f1 = 0.
 * - log_loss: each probability clipped to [ε, 1 - ε] (ε = 2.220446049250313e-16, float64 machine
 *   epsilon), the row renormalised by its sum, minus the natural log of the label's probability,
 *   averaged (log_loss(labels = range(K)) of scikit-learn 1.2).
 * - perClass: precision, recall, f1 and support of every class 0..K-1 (zero_division = 0).
 * - confusion: K×K counts, rows = true class, columns = predicted class.
 *
 * Intervals: accuracy 'wilson' (or 'bootstrap-confusion' with proportionInterval 'bootstrap');
 * balanced_accuracy and macro_f1 'bootstrap-confusion' (the K² cells redrawn by a multinomial);
 * log_loss the percentile bootstrap of rows ('bootstrap-percentile'), or above `maxBootstrapRows`
 * rows the normal interval with the influence-function standard error ('normal-influence').
 */






/** Mergeable state of a K-class evaluation. */
class MulticlassState {
    task = 'multiclass';
    classes;
    counts;
    losses = new Float64Column();
    sorted = true;
    constructor(classes) {
        if (!Number.isSafeInteger(classes) || classes < 2 || classes > 65536) {
            throw new errors/* ConfigurationError */.j1(`multiclass: the number of classes must be an integer from 2 to 65536, got ${classes}`);
        }
        this.classes = classes;
        this.counts = new Float64Array(classes * classes);
    }
    get rows() {
        return this.losses.length;
    }
    /** Adds one row: class index `label` and the probability vector `probs` (length K). */
    add(label, probs) {
        if (probs.length !== this.classes)
            throw new errors/* DataError */.fL(`multiclass: expected ${this.classes} probabilities, got ${probs.length}`);
        this.addRow(label, probs, 0, '');
        return this;
    }
    /** Adds n rows: `labels` (length n) and `probs` row-major (length n·K). */
    addBatch(labels, probs) {
        const K = this.classes;
        if (probs.length !== labels.length * K) {
            throw new errors/* DataError */.fL(`multiclass: ${labels.length} labels need ${labels.length * K} probabilities (row-major n×${K}), got ${probs.length}`);
        }
        for (let i = 0; i < labels.length; i++)
            this.addRow(labels[i], probs, i * K, ` at row ${i}`);
        return this;
    }
    addRow(label, probs, off, where) {
        const K = this.classes;
        if (!Number.isInteger(label) || label < 0 || label >= K)
            throw new errors/* DataError */.fL(`multiclass label${where} must be a class index 0..${K - 1}, got ${label}`);
        let best = 0;
        let bestP = -1;
        let sum = 0;
        for (let k = 0; k < K; k++) {
            const p = probs[off + k];
            if (!(p >= 0 && p <= 1))
                throw new errors/* DataError */.fL(`multiclass probability${where} for class ${k} must be in [0, 1], got ${p}`);
            if (p > bestP) {
                bestP = p;
                best = k;
            }
            sum += p < LOG_LOSS_EPS ? LOG_LOSS_EPS : p > 1 - LOG_LOSS_EPS ? 1 - LOG_LOSS_EPS : p;
        }
        const py = probs[off + label];
        const c = py < LOG_LOSS_EPS ? LOG_LOSS_EPS : py > 1 - LOG_LOSS_EPS ? 1 - LOG_LOSS_EPS : py;
        this.counts[label * K + best]++;
        this.losses.push(-Math.log(c / sum));
        this.sorted = false;
    }
    /** Adds every row of `other` (same number of classes). */
    merge(other) {
        if (!(other instanceof MulticlassState) || other.classes !== this.classes) {
            throw new errors/* DataError */.fL(`multiclass: can only merge a MulticlassState with ${this.classes} classes`);
        }
        for (let i = 0; i < this.counts.length; i++)
            this.counts[i] = this.counts[i] + other.counts[i];
        this.losses.append(other.losses.view());
        if (other.rows > 0)
            this.sorted = false;
        return this;
    }
    /** The confusion counts, row-major confusion[true·K + predicted] (a copy). */
    confusionCounts() {
        return this.counts.slice();
    }
    /** The per-row log-loss terms, ascending. */
    sortedLosses() {
        if (!this.sorted) {
            sortFloat64(this.losses.view());
            this.sorted = true;
        }
        return this.losses.view();
    }
    toJSON() {
        const K = this.classes;
        const confusion = Array.from({ length: K }, (_, i) => Array.from(this.counts.subarray(i * K, (i + 1) * K)));
        return { kind: 'multiclass-state', schemaVersion: 1, classes: K, rows: this.rows, confusion, logLoss: encodeFloat64(this.sortedLosses()) };
    }
    static fromJSON(json) {
        const j = json;
        if (!j || typeof j !== 'object' || j.kind !== 'multiclass-state' || j.schemaVersion !== 1) {
            throw new errors/* DataError */.fL('multiclass state: not a {kind: "multiclass-state", schemaVersion: 1} object');
        }
        const s = new MulticlassState(j.classes);
        const K = s.classes;
        if (!Array.isArray(j.confusion) || j.confusion.length !== K)
            throw new errors/* DataError */.fL(`multiclass state: confusion must be ${K} rows`);
        let total = 0;
        for (let i = 0; i < K; i++) {
            const row = j.confusion[i];
            if (!Array.isArray(row) || row.length !== K)
                throw new errors/* DataError */.fL(`multiclass state: confusion row ${i} must have ${K} counts`);
            for (let k = 0; k < K; k++) {
                const c = row[k];
                if (!Number.isSafeInteger(c) || c < 0)
                    throw new errors/* DataError */.fL(`multiclass state: confusion[${i}][${k}] must be a non-negative integer`);
                s.counts[i * K + k] = c;
                total += c;
            }
        }
        const losses = decodeFloat64(j.logLoss, 'multiclass state logLoss');
        if (losses.length !== total || j.rows !== total)
            throw new errors/* DataError */.fL(`multiclass state: rows ${j.rows}, confusion total ${total} and ${losses.length} loss terms disagree`);
        let sorted = true;
        for (let i = 0; i < losses.length; i++) {
            if (!(losses[i] >= 0 && losses[i] < Infinity))
                throw new errors/* DataError */.fL('multiclass state: a log-loss term is not a finite non-negative number');
            if (i > 0 && losses[i - 1] > losses[i])
                sorted = false;
        }
        s.losses = Float64Column.from(losses);
        s.sorted = sorted;
        return s;
    }
}
/** Per-class sums of a K×K count matrix. */
function margins(c, K) {
    const diag = new Float64Array(K);
    const truth = new Float64Array(K);
    const pred = new Float64Array(K);
    for (let i = 0; i < K; i++) {
        for (let k = 0; k < K; k++) {
            const v = c[i * K + k];
            truth[i] += v;
            pred[k] += v;
        }
        diag[i] = c[i * K + i];
    }
    return { diag, truth, pred };
}
function classF1(tp, truth, pred) {
    const p = pred > 0 ? tp / pred : 0;
    const r = truth > 0 ? tp / truth : 0;
    return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}
/** accuracy, balanced_accuracy, macro_f1 of a K×K count matrix (NaN without rows). */
function confusionStats(c, K) {
    const { diag, truth, pred } = margins(c, K);
    let n = 0;
    let correct = 0;
    let recallSum = 0;
    let withSupport = 0;
    let f1Sum = 0;
    let present = 0;
    for (let k = 0; k < K; k++) {
        n += truth[k];
        correct += diag[k];
        if (truth[k] > 0) {
            recallSum += diag[k] / truth[k];
            withSupport++;
        }
        if (truth[k] > 0 || pred[k] > 0) {
            f1Sum += classF1(diag[k], truth[k], pred[k]);
            present++;
        }
    }
    if (n === 0)
        return [NaN, NaN, NaN];
    return [correct / n, recallSum / withSupport, f1Sum / present];
}
/** Computes the multiclass metrics with intervals; see the module header for definitions. */
function multiclassMetrics(state, opts = {}) {
    const o = (0,intervals/* resolveIntervalOptions */.Ke)(opts);
    const K = state.classes;
    const counts = state.confusionCounts();
    const { diag, truth, pred } = margins(counts, K);
    const losses = state.sortedLosses();
    const n = losses.length;
    const perClass = [];
    for (let k = 0; k < K; k++) {
        const tp = diag[k];
        perClass.push({
            class: k,
            support: truth[k],
            predicted: pred[k],
            precision: pred[k] > 0 ? tp / pred[k] : 0,
            recall: truth[k] > 0 ? tp / truth[k] : 0,
            f1: classF1(tp, truth[k], pred[k]),
        });
    }
    const confusion = Array.from({ length: K }, (_, i) => Array.from(counts.subarray(i * K, (i + 1) * K)));
    const method = (m) => (o.intervals ? m : 'none');
    if (n === 0) {
        const none = (0,intervals/* pointOnly */.Xy)(null, 'none', 'no rows');
        return {
            task: 'multiclass',
            rows: 0,
            classes: K,
            confidence: o.confidence,
            metrics: { accuracy: none, balanced_accuracy: none, macro_f1: none, log_loss: none },
            perClass,
            confusion,
            bootstrap: null,
        };
    }
    const [accuracy, balanced, macroF1] = confusionStats(counts, K);
    const boot = o.intervals
        ? (0,intervals/* confusionBootstrap */.zY)(counts, 3, (c, out) => out.set(confusionStats(c, K)), (0,stats_rng/* createRng */.SZ)(o.seed, intervals/* STREAM_CONFUSION */.iB), o.resamples, o.confidence)
        : null;
    let correct = 0;
    for (let k = 0; k < K; k++)
        correct += diag[k];
    let sum = 0;
    for (let i = 0; i < n; i++)
        sum += losses[i];
    const logLoss = sum / n;
    const plan = (0,intervals/* planRowIntervals */.An)(n, o);
    let lossCi = null;
    if (o.intervals && plan.method === 'bootstrap-percentile') {
        const [reps] = (0,intervals/* rowBootstrap */.NL)(n, o.resamples, (0,stats_rng/* createRng */.SZ)(o.seed, intervals/* STREAM_ROWS */.VN), 1, (counts, out) => {
            let s = 0;
            for (let i = 0; i < n; i++)
                s += counts[i] * losses[i];
            out[0] = s / n;
        });
        lossCi = (0,intervals/* percentileInterval */.J9)(reps, o.confidence, [0, Infinity]);
    }
    else if (o.intervals) {
        let ss = 0;
        for (let i = 0; i < n; i++)
            ss += (losses[i] - logLoss) ** 2;
        lossCi = (0,intervals/* normalInterval */.Dm)(logLoss, Math.sqrt(ss) / n, o.z, [0, Infinity]);
    }
    const missingPred = perClass.filter((c) => c.support > 0 && c.predicted === 0).map((c) => c.class);
    const macro = { value: macroF1, ci: boot ? boot[2] : null, method: method('bootstrap-confusion') };
    if (missingPred.length > 0)
        macro.reason = `class${missingPred.length > 1 ? 'es' : ''} ${missingPred.join(', ')} never predicted: precision set to 0 (scikit-learn zero_division)`;
    return {
        task: 'multiclass',
        rows: n,
        classes: K,
        confidence: o.confidence,
        metrics: {
            accuracy: {
                value: accuracy,
                ci: !o.intervals ? null : o.proportionInterval === 'wilson' ? (0,intervals/* wilsonInterval */.YV)(correct, n, o.z) : boot[0],
                method: method(o.proportionInterval === 'wilson' ? 'wilson' : 'bootstrap-confusion'),
            },
            balanced_accuracy: { value: balanced, ci: boot ? boot[1] : null, method: method('bootstrap-confusion') },
            macro_f1: macro,
            log_loss: { value: logLoss, ci: lossCi, method: method(plan.method) },
        },
        perClass,
        confusion,
        bootstrap: o.intervals ? { resamples: o.resamples, seed: o.seed } : null,
    };
}

;// CONCATENATED MODULE: ./.build/js/src/metrics/regression.js
/**
 * Regression: a mergeable state of (label, prediction) rows and its metrics.
 *
 * State and memory. `RegressionState` keeps labels and predictions in two Float64Arrays: 16 bytes
 * per row (up to 32 while buffers double), merged by concatenation. Before computing, the rows are
 * put in a canonical order (ascending label, then prediction; stable radix sorts), so the values
 * and the bootstrap intervals do not depend on row order or on how shards were merged. JSON: the
 * two columns in that order as base64 of little-endian float64.
 *
 * Metrics (scikit-learn 1.2 / numpy, checked in test/unit/metrics/goldens.test.ts), with
 * e = prediction - label:
 * - mae = mean |e| (mean_absolute_error); rmse = √(mean e²) (mean_squared_error(squared=False)).
 * - r2 = 1 - Σe² / Σ(y - ȳ)² (r2_score). With constant labels scikit-learn's force_finite rule
 *   applies: 1 when the predictions are exact, else 0 (with a `reason`); null with fewer than 2 rows.
 * - absoluteErrorQuantiles: p50, p90, p95, p99 of |e| by numpy.percentile's default "linear"
 *   method (Hyndman-Fan type 7: the order statistic interpolated at (n - 1)·q).
 *
 * Intervals: mae, rmse and r2 by the percentile bootstrap of rows, all from the same resamples
 * ('bootstrap-percentile'); above `maxBootstrapRows` rows, the normal interval with the
 * influence-function (delta-method) standard error ('normal-influence').
 */





/** Mergeable state of a regression evaluation. */
class RegressionState {
    task = 'regression';
    y = new Float64Column();
    p = new Float64Column();
    canonical = true;
    get rows() {
        return this.y.length;
    }
    /** Adds one row; throws DataError unless both numbers are finite. */
    add(label, prediction) {
        if (!Number.isFinite(label))
            throw new errors/* DataError */.fL(`regression label must be a finite number, got ${label}`);
        if (!Number.isFinite(prediction))
            throw new errors/* DataError */.fL(`regression prediction must be a finite number, got ${prediction}`);
        this.y.push(label);
        this.p.push(prediction);
        this.canonical = false;
        return this;
    }
    /** Adds rows from parallel arrays; throws DataError naming the first bad row. */
    addBatch(labels, predictions) {
        if (labels.length !== predictions.length)
            throw new errors/* DataError */.fL(`regression: ${labels.length} labels but ${predictions.length} predictions`);
        for (let i = 0; i < labels.length; i++) {
            const y = labels[i];
            const p = predictions[i];
            if (!Number.isFinite(y))
                throw new errors/* DataError */.fL(`regression label at row ${i} must be a finite number, got ${y}`);
            if (!Number.isFinite(p))
                throw new errors/* DataError */.fL(`regression prediction at row ${i} must be a finite number, got ${p}`);
            this.y.push(y);
            this.p.push(p);
        }
        if (labels.length > 0)
            this.canonical = false;
        return this;
    }
    merge(other) {
        if (!(other instanceof RegressionState))
            throw new errors/* DataError */.fL('regression: can only merge another RegressionState');
        this.y.append(other.y.view());
        this.p.append(other.p.view());
        if (other.rows > 0)
            this.canonical = false;
        return this;
    }
    /** Labels and predictions in canonical order (ascending label, then prediction). */
    columns() {
        if (!this.canonical) {
            const y = this.y.view();
            const p = this.p.view();
            const perm = sort_argsortFloat64(y, sort_argsortFloat64(p));
            const y2 = new Float64Array(y.length);
            const p2 = new Float64Array(p.length);
            for (let i = 0; i < perm.length; i++) {
                y2[i] = y[perm[i]];
                p2[i] = p[perm[i]];
            }
            this.y.replace(y2);
            this.p.replace(p2);
            this.canonical = true;
        }
        return { labels: this.y.view(), predictions: this.p.view() };
    }
    toJSON() {
        const { labels, predictions } = this.columns();
        return { kind: 'regression-state', schemaVersion: 1, rows: this.rows, labels: encodeFloat64(labels), predictions: encodeFloat64(predictions) };
    }
    static fromJSON(json) {
        const j = json;
        if (!j || typeof j !== 'object' || j.kind !== 'regression-state' || j.schemaVersion !== 1) {
            throw new errors/* DataError */.fL('regression state: not a {kind: "regression-state", schemaVersion: 1} object');
        }
        const y = decodeFloat64(j.labels, 'regression state labels');
        const p = decodeFloat64(j.predictions, 'regression state predictions');
        if (y.length !== p.length || j.rows !== y.length)
            throw new errors/* DataError */.fL(`regression state: rows ${j.rows}, ${y.length} labels and ${p.length} predictions disagree`);
        let canonical = true;
        for (let i = 0; i < y.length; i++) {
            if (!Number.isFinite(y[i]) || !Number.isFinite(p[i]))
                throw new errors/* DataError */.fL(`regression state: row ${i} is not finite`);
            if (i > 0 && !(y[i - 1] < y[i] || (y[i - 1] === y[i] && p[i - 1] <= p[i])))
                canonical = false;
        }
        const s = new RegressionState();
        s.y = Float64Column.from(y);
        s.p = Float64Column.from(p);
        s.canonical = canonical;
        return s;
    }
}
/** Computes the regression metrics with intervals; see the module header for definitions. */
function regressionMetrics(state, opts = {}) {
    const o = (0,intervals/* resolveIntervalOptions */.Ke)(opts);
    const { labels: y, predictions: p } = state.columns();
    const n = y.length;
    const method = (m) => (o.intervals ? m : 'none');
    if (n === 0) {
        const none = (0,intervals/* pointOnly */.Xy)(null, 'none', 'no rows');
        return {
            task: 'regression',
            rows: 0,
            confidence: o.confidence,
            metrics: { mae: none, rmse: none, r2: none },
            absoluteErrorQuantiles: { p50: null, p90: null, p95: null, p99: null },
            bootstrap: null,
        };
    }
    const absE = new Float64Array(n);
    const sqE = new Float64Array(n);
    let sumY = 0;
    let sumAbs = 0;
    let sumSq = 0;
    for (let i = 0; i < n; i++) {
        const e = y[i] - p[i];
        absE[i] = Math.abs(e);
        sqE[i] = e * e;
        sumY += y[i];
        sumAbs += absE[i];
        sumSq += sqE[i];
    }
    const mean = sumY / n;
    const yc = new Float64Array(n);
    let sst = 0;
    for (let i = 0; i < n; i++) {
        yc[i] = y[i] - mean;
        sst += yc[i] * yc[i];
    }
    const mae = sumAbs / n;
    const rmse = Math.sqrt(sumSq / n);
    let r2;
    const r2Of = (sse, sstv) => (sstv > 0 ? 1 - sse / sstv : sse === 0 ? 1 : 0);
    if (n < 2)
        r2 = (0,intervals/* pointOnly */.Xy)(null, 'none', 'r2 is undefined with fewer than 2 rows');
    else if (sst === 0) {
        r2 = (0,intervals/* pointOnly */.Xy)(r2Of(sumSq, sst), 'none', 'constant labels: r2 set to 1 for exact predictions, else 0 (scikit-learn force_finite)');
    }
    else
        r2 = { value: r2Of(sumSq, sst), ci: null, method: 'none' };
    const sortedAbs = absE.slice();
    sortFloat64(sortedAbs);
    const q = (x) => (0,intervals/* quantileSorted */.Z4)(sortedAbs, x);
    const plan = (0,intervals/* planRowIntervals */.An)(n, o);
    const metrics = {
        mae: { value: mae, ci: null, method: method(plan.method) },
        rmse: { value: rmse, ci: null, method: method(plan.method) },
        r2: { ...r2, method: method(plan.method) },
    };
    const r2Defined = n >= 2 && sst > 0;
    if (o.intervals && plan.method === 'bootstrap-percentile') {
        const reps = (0,intervals/* rowBootstrap */.NL)(n, o.resamples, (0,stats_rng/* createRng */.SZ)(o.seed, intervals/* STREAM_ROWS */.VN), 3, (counts, out) => {
            let sa = 0;
            let s2 = 0;
            let sy = 0;
            let syy = 0;
            for (let i = 0; i < n; i++) {
                const c = counts[i];
                if (c === 0)
                    continue; // about 37% of rows are not drawn
                sa += c * absE[i];
                s2 += c * sqE[i];
                const d = yc[i];
                sy += c * d;
                syy += c * d * d;
            }
            let sstB = syy - (sy * sy) / n;
            if (sstB <= 1e-12 * syy)
                sstB = 0;
            out[0] = sa / n;
            out[1] = Math.sqrt(s2 / n);
            out[2] = r2Of(s2, sstB);
        });
        metrics.mae.ci = (0,intervals/* percentileInterval */.J9)(reps[0], o.confidence, [0, Infinity]);
        metrics.rmse.ci = (0,intervals/* percentileInterval */.J9)(reps[1], o.confidence, [0, Infinity]);
        if (r2Defined)
            metrics.r2.ci = (0,intervals/* percentileInterval */.J9)(reps[2], o.confidence, [-Infinity, 1]);
    }
    else if (o.intervals) {
        // Influence functions: |e| - mae; (e² - mse) / (2·rmse); -(e² - (SSE/SST)·(y - ȳ)²) / (SST/n).
        const mse = sumSq / n;
        let ssAbs = 0;
        let ssSq = 0;
        let ssR2 = 0;
        const ratio = r2Defined ? sumSq / sst : 0;
        for (let i = 0; i < n; i++) {
            ssAbs += (absE[i] - mae) ** 2;
            ssSq += (sqE[i] - mse) ** 2;
            if (r2Defined)
                ssR2 += (sqE[i] - ratio * yc[i] * yc[i]) ** 2;
        }
        metrics.mae.ci = (0,intervals/* normalInterval */.Dm)(mae, Math.sqrt(ssAbs) / n, o.z, [0, Infinity]);
        metrics.rmse.ci = rmse > 0 ? (0,intervals/* normalInterval */.Dm)(rmse, Math.sqrt(ssSq) / n / (2 * rmse), o.z, [0, Infinity]) : [0, 0];
        if (r2Defined)
            metrics.r2.ci = (0,intervals/* normalInterval */.Dm)(r2.value, Math.sqrt(ssR2) / n / (sst / n), o.z, [-Infinity, 1]);
    }
    return {
        task: 'regression',
        rows: n,
        confidence: o.confidence,
        metrics,
        absoluteErrorQuantiles: { p50: q(0.5), p90: q(0.9), p95: q(0.95), p99: q(0.99) },
        bootstrap: o.intervals && plan.method === 'bootstrap-percentile' ? { resamples: o.resamples, seed: o.seed } : null,
    };
}

;// CONCATENATED MODULE: ./.build/js/src/model/metrics.js
/**
 * Per-row evaluation results (Rows) to metrics with intervals and tables, through the mergeable
 * metric states of src/metrics. Metric names follow scikit-learn.
 */




function computeMetrics(task, rows, o) {
    const interval = { confidence: o.confidence, resamples: o.resamples, seed: o.seed };
    switch (task) {
        case 'binary': {
            const state = new BinaryState().addBatch(rows.y.values, rows.score.values);
            const r = binaryMetrics(state, { ...interval, threshold: o.threshold });
            const sorted = state.sortedScores();
            const ece = { value: r.calibration.ece, ci: null, method: 'none', reason: 'expected calibration error over 10 equal-width bins, weighted by rows' };
            return {
                metrics: { ...r.metrics, ece },
                tables: {
                    confusion: r.confusion.matrix,
                    calibration: r.calibration.bins.map((b) => ({ low: b.lower, high: b.upper, count: b.count, meanPredicted: b.meanPredicted, observedRate: b.observedRate })),
                    curves: binaryCurves(sorted.positives, sorted.negatives),
                },
            };
        }
        case 'multiclass': {
            const r = multiclassMetrics(new MulticlassState(rows.classes.length).addBatch(rows.y.values, rows.proba.values), interval);
            return {
                metrics: r.metrics,
                tables: {
                    confusion: r.confusion,
                    perClass: r.perClass.map((c) => ({ ...c, class: rows.classes[c.class] })),
                },
            };
        }
        case 'regression': {
            const r = regressionMetrics(new RegressionState().addBatch(rows.y.values, rows.score.values), interval);
            return { metrics: r.metrics, tables: { absoluteErrorQuantiles: r.absoluteErrorQuantiles } };
        }
    }
}

// EXTERNAL MODULE: ./.build/js/src/lib/columns.js
var columns = __webpack_require__(5054);
// EXTERNAL MODULE: ./.build/js/src/data/schema.js + 1 modules
var data_schema = __webpack_require__(7928);
// EXTERNAL MODULE: ./.build/js/src/model/latency.js
var model_latency = __webpack_require__(2937);
// EXTERNAL MODULE: ./.build/js/src/model/model.js + 1 modules
var model_model = __webpack_require__(4487);
;// CONCATENATED MODULE: ./.build/js/src/model/decide.js
/**
 * The evaluation's task and classes, decided once from the model's outputs on the first batch of
 * rows and those rows' labels: the task (unless given), the class names, the positive class, and
 * how a single output is read (probability or logit). Every later batch, in this thread or in a
 * worker thread, is decoded with the same decision, so the result never depends on how the rows
 * were split.
 */



/** Decides; explanations of what was inferred go to `notes`. */
function decideTask(d, notes, log) {
    const { outPlan, out } = d;
    const k = outPlan.probabilities ? out[outPlan.probabilities].dims[1] : 1;
    const keys = [...new Set(d.labels.filter((l) => l !== null))];
    const zeroOne = keys.every((x) => x === '0' || x === '1');
    let task = d.task;
    if (!task) {
        if (outPlan.probabilities)
            task = k === 2 ? 'binary' : 'multiclass';
        else {
            // A regression target is a number; text labels mean a classifier's single score.
            const numeric = keys.every((x) => Number.isFinite(Number(x)));
            task = zeroOne || !numeric ? 'binary' : 'regression';
            notes.push(`task inferred as ${task} from the labels of the first batch${!zeroOne && !numeric ? ' (text, so not a regression target)' : ''} and the model's one output`);
        }
        log.info(`task: ${task} (inferred; set 'task' to override)`);
    }
    if (task === 'regression' && !outPlan.value)
        throw new errors/* ConfigurationError */.j1(`task regression needs a model with one float output; this one outputs ${d.outputs.join(', ')}`);
    let classes = [];
    let positive = null;
    if (task !== 'regression') {
        if (outPlan.probabilities) {
            classes = outPlan.classLabels ?? Array.from({ length: k }, (_, i) => String(i));
            if (classes.length !== k)
                throw new errors/* DataError */.fL(`${d.modelPath}: the model names ${classes.length} classes but outputs ${k} probabilities`);
            if (!outPlan.classLabels)
                notes.push(`the model carries no class labels: probability column i is class "i"`);
        }
        else if (zeroOne || task === 'multiclass')
            classes = ['0', '1'];
        else
            classes = classesFromLabels(keys, d, notes);
        if (task === 'multiclass' && classes.length < 3 && !outPlan.probabilities)
            throw new errors/* ConfigurationError */.j1(`task multiclass needs a model that outputs class probabilities [N, K]`);
        const classIndex = new Set(classes.map((c) => (0,data_schema/* labelKey */.kJ)(c)));
        if (task === 'binary') {
            if (classes.length !== 2)
                throw new errors/* ConfigurationError */.j1(`task binary, but the model has ${classes.length} classes (${classes.join(', ')})`);
            positive = d.positiveLabel !== undefined ? (0,data_schema/* labelKey */.kJ)(d.positiveLabel) : (0,data_schema/* labelKey */.kJ)(classes[1]);
            if (!classIndex.has(positive))
                throw new errors/* ConfigurationError */.j1(`input 'positive-label': '${d.positiveLabel}' is not one of the model's classes (${classes.join(', ')})`);
        }
    }
    let transform;
    if (outPlan.value && task !== 'regression') {
        transform = d.scoreType === 'auto' ? undefined : d.scoreType;
        if (!transform) {
            const data = out[outPlan.value].data;
            const inUnit = data.every((x) => x >= 0 && x <= 1);
            transform = outPlan.valueProducer === 'Sigmoid' || inUnit ? 'probability' : 'logit';
            notes.push(`the model's single output is read as a ${transform}${transform === 'logit' ? ' (a sigmoid is applied)' : ''}: ${outPlan.valueProducer === 'Sigmoid' ? 'it comes from a Sigmoid node' : inUnit ? 'its first batch lies within [0, 1]' : 'its first batch leaves [0, 1]'}; set 'score-type' to override`);
        }
    }
    return { task, classes: task === 'regression' ? [] : classes, positive, ...(transform ? { transform } : {}) };
}
/**
 * A single-output model carries no class names; with labels other than 0/1 its two classes are
 * the two labels of the first batch (with 'positive-label'), sorted as scikit-learn sorts
 * classes_, and its output is the score of the second (or of 'positive-label').
 */
function classesFromLabels(keys, d, notes) {
    const names = new Set(keys);
    if (d.positiveLabel !== undefined && (0,data_schema/* labelKey */.kJ)(d.positiveLabel) !== null)
        names.add((0,data_schema/* labelKey */.kJ)(d.positiveLabel));
    if (names.size !== 2) {
        throw new errors/* DataError */.fL(`${d.fileName}: the model has one output and names no classes, so its two classes are taken from the labels of the first batch; these are ${[...names].map(model_model/* show */.WU).join(', ') || 'none'}, not two (relabel to 0/1, or set 'positive-label' and 'batch-size' so the first batch holds both)`, d.fileName);
    }
    const sorted = [...names].every((x) => Number.isFinite(Number(x))) ? [...names].sort((a, b) => Number(a) - Number(b)) : [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const pos = d.positiveLabel !== undefined ? (0,data_schema/* labelKey */.kJ)(d.positiveLabel) : sorted[1];
    notes.push(`the model names no classes: its single output is read as the score of label ${(0,model_model/* show */.WU)(pos)}, and ${(0,model_model/* show */.WU)(sorted.find((x) => x !== pos))} is the other class (the labels of the first batch${d.positiveLabel === undefined ? ', the larger in sorted order is positive, as in scikit-learn' : ''})`);
    return sorted;
}

// EXTERNAL MODULE: ./.build/js/src/model/evaluate-rows.js + 1 modules
var evaluate_rows = __webpack_require__(9461);
// EXTERNAL MODULE: ./.build/js/src/data/parallel/chunks.js
var chunks = __webpack_require__(2548);
// EXTERNAL MODULE: ./.build/js/src/lib/ordered-pool.js
var ordered_pool = __webpack_require__(7355);
// EXTERNAL MODULE: ./.build/js/src/lib/self-worker.js
var self_worker = __webpack_require__(8470);
// EXTERNAL MODULE: ./.build/js/src/model/parallel/chunk.js + 1 modules
var chunk = __webpack_require__(9094);
// EXTERNAL MODULE: ./.build/js/src/model/parallel/worker.js
var worker = __webpack_require__(141);
;// CONCATENATED MODULE: ./.build/js/src/model/parallel/pass.js
/**
 * evaluate-model's pass over one CSV/TSV file on several cores. The main thread reads the file's
 * first batch as the sequential pass does and decides the task and classes from the model's
 * outputs on it (decide.ts), so the decision never depends on the split; then the file is cut into
 * chunks at record boundaries (src/data/parallel/chunks.ts, cuts that depend only on the file's
 * bytes), worker threads evaluate chunks (chunk.ts), each with its own onnxruntime session, and
 * the main thread merges their per-row arrays, predictions lines and batch latencies in chunk
 * order. Metrics are computed afterwards from the merged rows, exactly as from the sequential
 * pass's: evaluation.json is the same apart from latency, predictions.csv the same bytes.
 *
 * A cut inside a quoted field, bytes that are not UTF-8, a failed worker, or a user error in a
 * chunk after the first (its message would count lines from the chunk's start) make the caller
 * run the sequential pass instead (which reports the error with its line); an error in the first
 * chunk is the sequential pass's own error, lines included, and is thrown as it is.
 */














const defaultWorkers = () => (0,external_node_os_.availableParallelism)();
/** Why the input is read in one sequential pass, or null when it can be split. */
function notSplittable(o, gz) {
    if (o.data.length !== 1)
        return 'several data files are read in one pass';
    if (o.format !== 'csv' && o.format !== 'tsv')
        return `${o.format === 'jsonl' ? 'JSON Lines' : 'Parquet'} is read in one pass`;
    if (gz)
        return 'a .gz file is read in one pass';
    if (o.shard)
        return "'shard' reads every n-th row in one pass";
    if (o.split)
        return "'split-by' keeps rows by time in one pass";
    if (o.importance)
        return "'importance' samples rows in one pass";
    return null;
}
class Enough extends Error {
}
/** The file's header and first `n` rows, read as the sequential pass reads them. */
async function firstRows(file, format, naValues, n) {
    let columns = [];
    const cells = [];
    const lines = [];
    try {
        await (0,readers/* readRows */.aK)(file, {
            header(c) {
                columns = c;
            },
            row(c, line) {
                if (c.length !== columns.length)
                    throw new errors/* DataError */.fL(`${file}:${line}: has ${c.length} fields, the header has ${columns.length}`, file, line);
                cells.push(c);
                lines.push(line);
                if (cells.length >= n)
                    throw new Enough();
            },
        }, { format, naValues });
    }
    catch (e) {
        if (!(e instanceof Enough))
            throw e;
    }
    return { columns, cells, lines };
}
/** A worker that starts loading `model` at once (see worker.ts). */
function startWorker(model) {
    const entry = new URL(import.meta.url.endsWith('.ts') ? './worker-entry.ts' : './worker-entry.js', import.meta.url);
    return (0,self_worker/* startSelfWorker */.Zn)(worker/* EVAL_WORKER_FLAG */.j9, entry, { data: { model } });
}
/**
 * Plans the cuts of `file` and starts min(workers, chunks) worker threads (none for one), each
 * loading onnxruntime and the model with an equal share of the cores.
 */
function startWorkers(file, modelPath, workers, chunkBytes = chunks/* CHUNK_BYTES */.EC) {
    const size = (0,external_node_fs_.statSync)(file).size;
    const cuts = (0,chunks/* planCuts */.b8)(file, size, chunkBytes);
    const n = Math.max(1, Math.min(workers, cuts.length));
    // Each worker's session gets an equal share of the cores: workers x threads <= cores.
    const threads = Math.max(1, Math.floor((0,external_node_os_.availableParallelism)() / n));
    const warm = n > 1 ? Array.from({ length: n }, () => startWorker({ modelPath, threads })) : [];
    // A worker that fails before it is given work is remembered (the pool listens from then on).
    let early = null;
    for (const w of warm) {
        w.once('error', (e) => (early ??= `a worker failed: ${e.message.split('\n')[0]}`));
        w.once('exit', (code) => (early ??= `a worker exited with code ${code}`));
    }
    return { file, size, cuts, n, threads, warm, early: () => early, stop: async () => void (await Promise.all(warm.map((w) => (0,self_worker/* retire */.S5)(w)))) };
}
/**
 * The chunked pass, or null when it cannot serve this input exactly (after logging why); the
 * caller then runs the sequential pass. Predictions lines go to `tmp` (emptied on null). `started`:
 * the workers for this file, when the caller started them early; they are stopped either way.
 */
async function evaluateChunked(o, tmp, log, started) {
    const w = started?.file === o.file ? started : startWorkers(o.file, o.modelPath, o.workers, o.chunkBytes);
    try {
        return await chunked(o, tmp, log, { size: w.size, delimiter: o.format === 'tsv' ? '\t' : ',', cuts: w.cuts, n: w.n, threads: w.threads, warm: w.warm, early: w.early });
    }
    finally {
        await w.stop();
    }
}
async function chunked(o, tmp, log, c) {
    const { file } = o;
    const { size, delimiter, cuts, n, threads } = c;
    const first = await firstRows(file, o.format, o.naValues, o.batchSize);
    if (first.cells.length === 0)
        return null; // the sequential pass says there are no rows
    const header = (0,chunks/* readHeader */.ay)(file, size, delimiter);
    if (!header || header.length !== first.columns.length || header.some((h, i) => h !== first.columns[i])) {
        if (o.workers > 1)
            log.info(`evaluate-model reads ${file} on one thread: its header needs the sequential reader`);
        return null;
    }
    const plan = o.plan(first.columns, file);
    // The decision, from the first batch exactly as the sequential pass makes it.
    const feeds = o.model.feeds(plan.feedPlan, first.cells, plan.colIndex, (r) => ({ file, line: first.lines[r] }));
    const out = (await o.model.run(feeds, o.fetch));
    const notes = [];
    const decision = decideTask({ task: o.task, positiveLabel: o.positiveLabel, scoreType: o.scoreType, modelPath: o.modelPath, outputs: o.model.outputs.map((x) => x.name), outPlan: o.outPlan, out, labels: first.cells.map((c) => (0,data_schema/* labelKey */.kJ)(c[plan.labelIdx])), fileName: file }, notes, log);
    const setup = {
        modelPath: o.modelPath,
        threads,
        feedPlan: plan.feedPlan,
        columns: first.columns,
        labelIdx: plan.labelIdx,
        groupIdx: plan.groupIdx,
        decode: { modelPath: o.modelPath, outPlan: o.outPlan, threshold: o.threshold, groups: o.grouped.length },
        decision,
        batchSize: o.batchSize,
        fetch: o.fetch,
        naValues: o.naValues,
    };
    const tasks = cuts.map((start, index) => ({ index, file, start, end: cuts[index + 1] ?? size, last: index === cuts.length - 1, delimiter, setup }));
    if (n > 1)
        log.info(`evaluating ${file} in ${tasks.length} chunks on ${n} worker threads, each with an onnxruntime session of ${threads} intra-op thread${threads > 1 ? 's' : ''}`);
    (0,external_node_fs_.appendFileSync)(tmp, (0,evaluate_rows/* predictionsHeader */.eQ)(decision, o.grouped, o.sliceBy));
    const parts = [];
    const latency = new model_latency/* LatencyRecorder */.B();
    let delivered = 0;
    let unlabeled = 0;
    let bytesDone = 0;
    let failure;
    // The predictions lines of a chunk, reused from chunk to chunk.
    let scratch = new Uint8Array(0);
    const take = (r) => {
        if (!r.ok) {
            failure = r;
            return r.reason;
        }
        const index = r.rowIndex;
        for (let i = 0; i < index.length; i++)
            index[i] += delivered;
        parts.push({ task: decision.task, classes: decision.classes, index: wrap(index), y: wrap(r.y), score: wrap(r.score), proba: wrap(r.proba), slice: r.slice.map(wrapI32), sliceValues: r.sliceValues });
        const lines = withRowIndex(r.text, r.lineEnds, index, scratch);
        scratch = new Uint8Array(lines.buffer);
        (0,external_node_fs_.appendFileSync)(tmp, lines);
        for (const [ms, k] of r.latency)
            latency.record(ms, k);
        delivered += r.rows;
        unlabeled += r.unlabeled;
        bytesDone += tasks[r.index].end - tasks[r.index].start;
        o.progress?.update(bytesDone, size, delivered);
        return null;
    };
    let stopped = null;
    if (n === 1) {
        const caches = (0,chunk/* chunkCaches */.R)();
        for (const t of tasks)
            if ((stopped = take(await (0,chunk/* evaluateChunk */.f)(t, o.model, caches))) !== null)
                break;
    }
    else
        stopped = c.early() ?? (await (0,ordered_pool/* runOrdered */.dX)(tasks, n, () => c.warm.pop(), take, { stop: self_worker/* retire */.S5 }));
    if (stopped === null)
        return { rows: (0,evaluate_rows/* concatRows */.UJ)(parts), latency, unlabeled, decision, notes, delivered };
    const error = failure?.error;
    if (error && failure.index === 0)
        throw error.kind === 'config' ? new errors/* ConfigurationError */.j1(error.message) : new errors/* DataError */.fL(error.message, error.file, error.line);
    log.info(`evaluate-model reads ${file} again in one sequential pass: ${error ? `an error at bytes ${tasks[failure.index].start}-${tasks[failure.index].end}, which that pass reports with its line` : stopped}`);
    return null;
}
function wrap(a) {
    const c = new columns/* F64 */.j(1);
    c.buf = a;
    c.n = a.length;
    return c;
}
function wrapI32(a) {
    const c = new columns/* I32 */.C(1);
    c.buf = a;
    c.n = a.length;
    return c;
}
/**
 * A chunk's predictions lines with each line's dataset row index (and a comma) in front, written
 * into `out` (grown when too small; the result is a view of it). Row indices mostly step by one,
 * so the decimal digits are counted up in place rather than divided out per row.
 */
function withRowIndex(text, ends, index, out = new Uint8Array(0)) {
    let max = 0;
    for (let i = 0; i < index.length; i++)
        if (index[i] > max)
            max = index[i];
    const size = text.length + index.length * (digits(max) + 1);
    if (out.length < size)
        out = new Uint8Array(Math.max(size, Math.ceil(out.length * 1.5)));
    // The current index's digits, right-aligned in `d` from `from` on.
    const d = new Uint8Array(20);
    let from = 20;
    let last = -2;
    let at = 0;
    let prev = 0;
    for (let i = 0; i < ends.length; i++) {
        const v = index[i];
        if (v === last + 1) {
            let k = 19;
            while (k >= from && d[k] === 57)
                d[k--] = 48;
            if (k < from)
                d[(from = k)] = 49;
            else
                d[k]++;
        }
        else {
            from = 20;
            let x = v;
            do {
                d[--from] = 48 + (x % 10);
                x = Math.floor(x / 10);
            } while (x > 0);
        }
        last = v;
        for (let k = from; k < 20; k++)
            out[at++] = d[k];
        out[at++] = 44; // ,
        const end = ends[i];
        for (let p = prev; p < end; p++)
            out[at++] = text[p];
        prev = end;
    }
    return out.subarray(0, at);
}
function digits(v) {
    let d = 1;
    while (v >= 10) {
        v = Math.floor(v / 10);
        d++;
    }
    return d;
}

// EXTERNAL MODULE: ./.build/js/src/model/ort.js
var model_ort = __webpack_require__(5396);
;// CONCATENATED MODULE: ./.build/js/src/explain/importance.js
/**
 * Permutation feature importance, as scikit-learn's `permutation_importance` defines it: the score
 * of the model on the rows, minus its score when one feature's values are shuffled across the rows,
 * for `repeats` shuffles; the importance of a feature is the mean of those decreases, `std` their
 * population standard deviation (numpy's default, as scikit-learn reports it). As in scikit-learn,
 * one sequence of shuffles (one permutation per repeat, from the seed) serves every feature.
 *
 * A feature is a data column as the model is fed it: one column of a [N, F] tensor, or one named
 * input. A column that the model one-hot encodes inside its graph is one input, so it is shuffled
 * as the raw column, never as separate indicator columns.
 *
 * Cost: (1 + features · repeats) predictions of the sampled rows. The permuted copies are built in
 * the model's own feed arrays and concatenated, several copies per onnxruntime call.
 *
 * The interval [low, high] is mean ± t(1 - α/2, repeats - 1) · s / √repeats, s the sample standard
 * deviation over repeats: it reflects the shuffles only, not the sampling of the rows.
 */



const IMPORTANCE_METRICS = ['accuracy', 'roc_auc', 'log_loss', 'r2', 'mae', 'rmse'];
/** The random stream of the importance sample and shuffles (metrics 0, 1; fairness 7). */
const STREAM_IMPORTANCE = 8;
/**
 * Importances per feature and repeat: baseline score minus the score with the feature shuffled.
 * The copies' feed buffers are allocated once and filled with the rows once; each job then only
 * puts back the column the copy's previous job shuffled and writes its own shuffled column, O(rows)
 * per job instead of O(rows x features).
 */
async function permutationScores(input) {
    const { rows: n, features, feeds, repeats } = input;
    const names = Object.keys(feeds);
    const base = await input.predict(Object.fromEntries(names.map((k) => [k, feeds[k].data])), 1);
    const baseline = base[0];
    const perms = Array.from({ length: repeats }, (_, r) => input.permutation(r));
    const jobs = [];
    for (let f = 0; f < features.length; f++)
        for (let r = 0; r < repeats; r++)
            jobs.push([f, r]);
    const importances = features.map(() => new Float64Array(repeats));
    const per = Math.max(1, Math.min(jobs.length, Math.floor(input.copiesPerCall)));
    const buffers = {};
    for (const name of names) {
        const { data, width } = feeds[name];
        const buf = allocLike(data, per * n * width);
        for (let q = 0; q < per; q++)
            setAt(buf, data, q * n * width);
        buffers[name] = buf;
    }
    const shuffled = new Array(per).fill(null);
    for (let j0 = 0; j0 < jobs.length; j0 += per) {
        const chunk = jobs.slice(j0, j0 + per);
        chunk.forEach(([f, r], q) => {
            const prev = shuffled[q];
            if (prev)
                writeColumn(buffers[prev.input], feeds[prev.input].data, q * n * prev.width, prev, n, null);
            const slot = features[f].slot;
            writeColumn(buffers[slot.input], feeds[slot.input].data, q * n * slot.width, slot, n, perms[r]);
            shuffled[q] = slot;
        });
        // A last, shorter chunk gets arrays of its own length (a copy of the leading copies).
        const out = chunk.length === per ? buffers : Object.fromEntries(names.map((k) => [k, buffers[k].slice(0, chunk.length * n * feeds[k].width)]));
        const scores = await input.predict(out, chunk.length);
        chunk.forEach(([f, r], q) => (importances[f][r] = baseline - scores[q]));
    }
    return { baseline, importances };
}
/** Column `slot.offset` of the copy at `at`: the rows in order (perm null) or shuffled by `perm`. */
function writeColumn(target, source, at, slot, n, perm) {
    const w = slot.width;
    const o = slot.offset;
    if (Array.isArray(target)) {
        const src = source;
        for (let i = 0; i < n; i++)
            target[at + i * w + o] = src[(perm ? perm[i] : i) * w + o];
        return;
    }
    const dst = target;
    const src = source;
    if (perm)
        for (let i = 0; i < n; i++)
            dst[at + i * w + o] = src[perm[i] * w + o];
    else
        for (let i = 0; i < n; i++)
            dst[at + i * w + o] = src[i * w + o];
}
function allocLike(data, length) {
    if (Array.isArray(data))
        return new Array(length);
    return new data.constructor(length);
}
function setAt(target, source, at) {
    if (Array.isArray(target)) {
        for (let i = 0; i < source.length; i++)
            target[at + i] = source[i];
    }
    else
        target.set(source, at);
}
/** Student's t quantile by bisection on the survival function. */
function tQuantile(p, df) {
    let lo = 0;
    let hi = 1e3;
    for (let i = 0; i < 200; i++) {
        const mid = (lo + hi) / 2;
        if ((0,distributions/* studentTSf */.d)(mid, df) > 1 - p)
            lo = mid;
        else
            hi = mid;
    }
    return (lo + hi) / 2;
}
/** Mean, population std and the t interval of each feature's importances; sorted by mean, descending. */
function summarise(names, importances, confidence) {
    return names
        .map((name, f) => {
        const x = importances[f];
        const r = x.length;
        let mean = 0;
        for (const v of x)
            mean += v / r;
        let ss = 0;
        for (const v of x)
            ss += (v - mean) ** 2;
        const half = r > 1 ? (tQuantile(1 - (1 - confidence) / 2, r - 1) * Math.sqrt(ss / (r - 1))) / Math.sqrt(r) : 0;
        return { name, mean, std: Math.sqrt(ss / r), low: mean - half, high: mean + half };
    })
        .sort((a, b) => b.mean - a.mean || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
/** A Fisher-Yates shuffle of 0..n-1 (a new permutation per call). */
function shuffler(n, rng) {
    const idx = new Uint32Array(n);
    for (let i = 0; i < n; i++)
        idx[i] = i;
    return () => {
        for (let i = n - 1; i > 0; i--) {
            const j = rng.uniformInt(i + 1);
            const t = idx[i];
            idx[i] = idx[j];
            idx[j] = t;
        }
        return idx.slice();
    };
}
/** The default metric: scikit-learn's estimator.score (accuracy for classifiers, r2 for regressors). */
function defaultMetric(task) {
    return task === 'regression' ? 'r2' : 'accuracy';
}
function checkMetric(metric, task) {
    const ok = task === 'regression' ? ['r2', 'mae', 'rmse'] : task === 'binary' ? ['accuracy', 'roc_auc', 'log_loss'] : ['accuracy', 'log_loss'];
    if (!ok.includes(metric))
        throw new errors/* ConfigurationError */.j1(`input 'importance-metric': ${metric} does not apply to a ${task} task (use ${ok.join(', ')})`);
}
/**
 * The score of one copy, higher is better (a loss negated, as scikit-learn's neg_* scorers):
 * `y` labels (class index or target); `pred` per row: positive-class probability (binary),
 * K probabilities (multiclass) or the prediction (regression).
 */
function scoreRows(metric, task, y, pred, offset, k, threshold) {
    const n = y.length;
    switch (metric) {
        case 'accuracy': {
            let hit = 0;
            if (task === 'binary') {
                // The hot loop of a binary model: one comparison per row, no dispatch inside.
                for (let i = 0; i < n; i++)
                    if ((pred[offset + i] >= threshold ? 1 : 0) === y[i])
                        hit++;
                return hit / n;
            }
            for (let i = 0; i < n; i++) {
                let c = 0;
                for (let j = 1; j < k; j++)
                    if (pred[offset + i * k + j] > pred[offset + i * k + c])
                        c = j;
                if (c === y[i])
                    hit++;
            }
            return hit / n;
        }
        case 'log_loss': {
            const eps = 2.220446049250313e-16;
            let s = 0;
            for (let i = 0; i < n; i++) {
                const p = task === 'binary' ? (y[i] === 1 ? pred[offset + i] : 1 - pred[offset + i]) : pred[offset + i * k + y[i]];
                s -= Math.log(Math.min(1 - eps, Math.max(eps, p)));
            }
            return -s / n;
        }
        case 'roc_auc': {
            const s = Float64Array.from({ length: n }, (_, i) => pred[offset + i]);
            const order = sort_argsortFloat64(s);
            // Mann-Whitney U with average ranks for ties.
            let rankSum = 0;
            let pos = 0;
            for (let i = 0; i < n;) {
                let j = i;
                while (j + 1 < n && s[order[j + 1]] === s[order[i]])
                    j++;
                const rank = (i + j) / 2 + 1;
                for (let t = i; t <= j; t++)
                    if (y[order[t]] === 1)
                        (rankSum += rank), pos++;
                i = j + 1;
            }
            const neg = n - pos;
            return pos && neg ? (rankSum - (pos * (pos + 1)) / 2) / (pos * neg) : NaN;
        }
        default: {
            let mean = 0;
            for (let i = 0; i < n; i++)
                mean += y[i] / n;
            let sse = 0;
            let sae = 0;
            let sst = 0;
            for (let i = 0; i < n; i++) {
                const e = y[i] - pred[offset + i];
                sse += e * e;
                sae += Math.abs(e);
                sst += (y[i] - mean) ** 2;
            }
            if (metric === 'mae')
                return -sae / n;
            if (metric === 'rmse')
                return -Math.sqrt(sse / n);
            return sst > 0 ? 1 - sse / sst : sse === 0 ? 1 : 0;
        }
    }
}

;// CONCATENATED MODULE: ./.build/js/src/explain/onnx.js


async function modelImportance(input) {
    const { model, plan, cells, y } = input;
    const n = cells.length;
    const tensors = model.feeds(plan, cells, input.colIndex);
    const feeds = {};
    for (const [name, t] of Object.entries(tensors)) {
        const width = t.dims.slice(1).reduce((a, b) => a * b, 1);
        feeds[name] = { data: t.data, width, type: t.type, dims: t.dims };
    }
    const features = plan.mode === 'tensor'
        ? plan.features.map((name, j) => ({ name, slot: { input: plan.input.name, offset: j, width: plan.features.length } }))
        : plan.inputs.map((i) => ({ name: i.name, slot: { input: i.name, offset: 0, width: feeds[i.name].width } }));
    const k = input.task === 'multiclass' ? input.classes : 1;
    const next = shuffler(n, (0,stats_rng/* createRng */.SZ)(input.seed, STREAM_IMPORTANCE + 1));
    const { baseline, importances } = await permutationScores({
        rows: n,
        features,
        feeds,
        y,
        repeats: input.repeats,
        permutation: input.permutation ?? (() => next()),
        copiesPerCall: Math.max(1, Math.floor(input.batchRows / n)),
        predict: async (data, copies) => {
            const run = Object.fromEntries(Object.entries(data).map(([name, d]) => [name, model.tensor(feeds[name].type, d, [copies * n, ...feeds[name].dims.slice(1)])]));
            const out = (await model.run(run, input.fetch));
            const pred = input.decode(out, copies * n);
            const scores = new Float64Array(copies);
            for (let q = 0; q < copies; q++)
                scores[q] = scoreRows(input.metric, input.task, y, pred, q * n * k, k, input.threshold);
            return scores;
        },
    });
    const loss = input.metric === 'log_loss' || input.metric === 'mae' || input.metric === 'rmse';
    return { method: 'permutation', metric: input.metric, repeats: input.repeats, rows: n, seed: input.seed, score: loss ? -baseline : baseline, features: summarise(features.map((f) => f.name), importances, input.confidence) };
}

;// CONCATENATED MODULE: ./.build/js/src/explain/sample.js
class Reservoir {
    size;
    rng;
    items = [];
    labels = [];
    seen = 0;
    constructor(size, rng) {
        this.size = size;
        this.rng = rng;
    }
    offer(item, label) {
        if (this.seen < this.size) {
            this.items.push(item);
            this.labels.push(label);
        }
        else {
            const j = this.rng.uniformInt(this.seen + 1);
            if (j < this.size) {
                this.items[j] = item;
                this.labels[j] = label;
            }
        }
        this.seen++;
    }
}

;// CONCATENATED MODULE: ./.build/js/src/fairness/measures.js
/**
 * Group fairness of a binary classifier, as fairlearn defines it, from per-group confusion cells.
 *
 * Each group's rows are summarised by the four cells [tn, fp, fn, tp] (label x prediction). From
 * them, per group: selection rate (share predicted positive), true positive rate (recall), false
 * positive rate, precision and accuracy. Across groups (fairlearn's `method="between_groups"`,
 * `agg="worst_case"`):
 *
 * - demographic_parity_difference = max_g SR_g - min_g SR_g; demographic_parity_ratio = min / max
 * - equalized_odds_difference = max(TPR difference, FPR difference);
 *   equalized_odds_ratio = min(TPR ratio, FPR ratio)
 * - equal_opportunity_difference = TPR difference (fairlearn's, over the same groups)
 * - disparate_impact_ratio = min SR / max SR (the same number as demographic_parity_ratio, under the
 *   name of the four-fifths rule: a ratio under 0.8 is evidence of adverse impact)
 *
 * A rate undefined in a group (no positive labels for TPR, no negatives for FPR) leaves that group
 * out of the measures built on it. Intervals: a stratified percentile bootstrap that redraws each
 * group's cells from Multinomial(n_g, cells_g / n_g), which is the distribution of the cells of n_g
 * rows drawn with replacement from the group: the row bootstrap within groups, at O(groups) per
 * resample. Group sizes stay fixed, as they are in the data.
 */

const measures_MEASURES = [
    'demographic_parity_difference',
    'demographic_parity_ratio',
    'equalized_odds_difference',
    'equalized_odds_ratio',
    'equal_opportunity_difference',
    'disparate_impact_ratio',
];
/** +1: higher is fairer (ratios); -1: lower is fairer (differences). */
const MEASURE_DIRECTION = {
    demographic_parity_difference: -1,
    demographic_parity_ratio: 1,
    equalized_odds_difference: -1,
    equalized_odds_ratio: 1,
    equal_opportunity_difference: -1,
    disparate_impact_ratio: 1,
};
/** Cells of one group: index label * 2 + prediction, i.e. [tn, fp, fn, tp]. */
const TN = 0;
const FP = 1;
const FN = 2;
const TP = 3;
/** NaN where a rate is undefined (0/0). */
function groupRates(c, at = 0) {
    const tn = c[at + TN];
    const fp = c[at + FP];
    const fn = c[at + FN];
    const tp = c[at + TP];
    const n = tn + fp + fn + tp;
    return {
        rows: n,
        selectionRate: (tp + fp) / n,
        truePositiveRate: tp / (tp + fn),
        falsePositiveRate: fp / (fp + tn),
        precision: tp / (tp + fp),
        accuracy: (tp + tn) / n,
    };
}
/** max - min and min / max over the groups where the rate is defined; NaN when fewer than two are. */
function spread(rates) {
    let lo = -1;
    let hi = -1;
    let defined = 0;
    for (let g = 0; g < rates.length; g++) {
        const r = rates[g];
        if (Number.isNaN(r))
            continue;
        defined++;
        if (lo < 0 || r < rates[lo])
            lo = g;
        if (hi < 0 || r > rates[hi])
            hi = g;
    }
    if (defined < 2)
        return { difference: NaN, ratio: NaN, min: lo, max: hi };
    const a = rates[lo];
    const b = rates[hi];
    return { difference: b - a, ratio: b === 0 ? (a === 0 ? 1 : NaN) : a / b, min: lo, max: hi };
}
/** Every measure from the cells of G groups (4·G numbers, group-major). */
function measuresOf(cells, groups) {
    const sr = new Float64Array(groups);
    const tpr = new Float64Array(groups);
    const fpr = new Float64Array(groups);
    for (let g = 0; g < groups; g++) {
        const r = groupRates(cells, 4 * g);
        sr[g] = r.selectionRate;
        tpr[g] = r.truePositiveRate;
        fpr[g] = r.falsePositiveRate;
    }
    const s = spread(sr);
    const t = spread(tpr);
    const f = spread(fpr);
    const pair = (x) => [x.min, x.max];
    // Worst case of the two rates; a tie goes to the true positive rate (fairlearn's max/min of the pair).
    const eodByFpr = f.difference > t.difference || (Number.isNaN(t.difference) && !Number.isNaN(f.difference));
    const eorByFpr = f.ratio < t.ratio || (Number.isNaN(t.ratio) && !Number.isNaN(f.ratio));
    return {
        demographic_parity_difference: { value: s.difference, groups: pair(s), rate: 'selection_rate' },
        demographic_parity_ratio: { value: s.ratio, groups: pair(s), rate: 'selection_rate' },
        equalized_odds_difference: eodByFpr ? { value: f.difference, groups: pair(f), rate: 'false_positive_rate' } : { value: t.difference, groups: pair(t), rate: 'true_positive_rate' },
        equalized_odds_ratio: eorByFpr ? { value: f.ratio, groups: pair(f), rate: 'false_positive_rate' } : { value: t.ratio, groups: pair(t), rate: 'true_positive_rate' },
        equal_opportunity_difference: { value: t.difference, groups: pair(t), rate: 'true_positive_rate' },
        disparate_impact_ratio: { value: s.ratio, groups: pair(s), rate: 'selection_rate' },
    };
}
/** The measures' values only, in MEASURES order, written into `out`. */
function measureVector(cells, groups, out) {
    const m = measuresOf(cells, groups);
    measures_MEASURES.forEach((k, i) => (out[i] = m[k].value));
}
/** One stratified redraw: each group's `width` cells from Multinomial(n_g, cells_g). */
function redrawGroups(cells, groups, width, rng, out) {
    for (let g = 0; g < groups; g++) {
        const own = cells.subarray(g * width, (g + 1) * width);
        let n = 0;
        for (let j = 0; j < width; j++)
            n += own[j];
        rng.multinomial(n, own, out.subarray(g * width, (g + 1) * width));
    }
}
/**
 * Percentile intervals of every measure by the stratified bootstrap (see the module comment).
 * Returns the intervals in MEASURES order (null when no replicate was defined).
 */
function measureIntervals(cells, groups, rng, resamples, confidence) {
    const reps = measures_MEASURES.map(() => new Float64Array(resamples));
    const base = Float64Array.from(cells);
    const draw = new Float64Array(cells.length);
    const out = new Float64Array(measures_MEASURES.length);
    for (let b = 0; b < resamples; b++) {
        redrawGroups(base, groups, 4, rng, draw);
        measureVector(draw, groups, out);
        for (let i = 0; i < measures_MEASURES.length; i++)
            reps[i][b] = out[i];
    }
    // Every measure lies in [0, 1]: rates, their differences and their ratios.
    return reps.map((r) => (0,intervals/* percentileInterval */.J9)(r, confidence, [0, 1]));
}

;// CONCATENATED MODULE: ./.build/js/src/fairness/audit.js
/**
 * The fairness section of evaluate-model: per sensitive feature (a column, or the intersection of
 * two written `a*b`), the groups with their rates and intervals, and the measures across groups
 * with bootstrap intervals and the groups that set them. Pure: takes per-row labels, predictions
 * and group values, returns data for evaluation.json.
 */





/** The group that collects values with fewer than min-slice-rows rows (as slices do). */
const OTHER = '(other)';
/** Separator of the two values of an intersection group. */
const JOIN = ' & ';
/** The random stream of fairness intervals (metrics use 0 and 1; see metrics/intervals.ts). */
const STREAM_FAIRNESS = 7;
const METHODS = {
    groups: 'Wilson score interval per group rate',
    measures: "percentile bootstrap within groups (each group's confusion cells redrawn Multinomial(n_g, cells_g / n_g), group sizes fixed)",
};
/** A `sensitive` entry: `sex`, or `sex*race` for the intersection of two columns. */
function parseSensitive(entries) {
    return entries.map((name) => {
        const columns = name.split('*').map((c) => c.trim());
        if (columns.length > 2 || columns.some((c) => c === ''))
            throw new errors/* ConfigurationError */.j1(`input 'sensitive': '${name}' is not a column or the intersection of two columns written a*b`);
        return { name: columns.join('*'), columns };
    });
}
/** The columns `sensitive` reads, each once. */
function sensitiveColumns(entries) {
    return [...new Set(parseSensitive(entries).flatMap((e) => e.columns))];
}
/** A row's value of a feature: the column's value, or the two values joined. */
function featureValue(parts) {
    return parts.join(JOIN);
}
/**
 * Groups rows by value: values with fewer than `minRows` rows are pooled into "(other)"; "(other)"
 * itself is a group only when it reaches `minRows`. Groups are ordered by size, then by name.
 */
function groupRows(values, minRows) {
    const counts = new Map();
    for (const v of values)
        counts.set(v, (counts.get(v) ?? 0) + 1);
    const kept = [...counts].filter(([, n]) => n >= minRows);
    const pooled = [...counts].filter(([, n]) => n < minRows).map(([v]) => v).sort();
    const otherRows = pooled.reduce((a, v) => a + counts.get(v), 0);
    if (pooled.length && otherRows >= minRows)
        kept.push([OTHER, otherRows]);
    kept.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return audit_assign(values, kept.map(([v]) => v), pooled);
}
/** Group ids of rows against known groups and pooled values (the paired tests reuse an evaluation's groups). */
function audit_assign(values, names, pooled) {
    const index = new Map(names.map((v, i) => [v, i]));
    const other = index.get(OTHER);
    const inPool = new Set(pooled);
    const ids = new Int32Array(values.length);
    for (let i = 0; i < values.length; i++) {
        const v = values[i];
        const id = inPool.has(v) ? other : index.get(v);
        ids[i] = id ?? -1;
    }
    return { ids, names, pooled };
}
/** Confusion cells per group, group-major [tn, fp, fn, tp]: label y (0/1) against prediction. */
function groupCells(ids, groups, y, predicted) {
    const cells = new Float64Array(4 * groups);
    for (let i = 0; i < ids.length; i++) {
        const g = ids[i];
        if (g >= 0)
            cells[4 * g + 2 * y[i] + predicted(i)]++;
    }
    return cells;
}
const finite = (x) => (Number.isFinite(x) ? x : null);
function audit(input) {
    const z = (0,distributions/* criticalValue */.z7)(input.confidence);
    const rng = (0,stats_rng/* createRng */.SZ)(input.seed, STREAM_FAIRNESS);
    const features = input.features.map((f) => {
        const grouping = groupRows(f.values, input.minGroupRows);
        const G = grouping.names.length;
        const cells = groupCells(grouping.ids, G, input.y, (i) => (input.score[i] >= input.threshold ? 1 : 0));
        const notes = [];
        if (grouping.pooled.length) {
            const shown = grouping.pooled.slice(0, 10).join(', ') + (grouping.pooled.length > 10 ? `, and ${grouping.pooled.length - 10} more` : '');
            notes.push(grouping.names.includes(OTHER) ? `${grouping.pooled.length} value(s) under min-slice-rows (${input.minGroupRows}) pooled into ${OTHER}: ${shown}` : `${grouping.pooled.length} value(s) under min-slice-rows (${input.minGroupRows}) left out (pooled they still number fewer): ${shown}`);
        }
        const groups = grouping.names.map((value, g) => {
            const r = groupRates(cells, 4 * g);
            const c = cells.subarray(4 * g, 4 * g + 4);
            const [tn, fp, fn, tp] = [c[0], c[1], c[2], c[3]];
            const rate = (x, k, n) => ({ value: finite(x), ci: n > 0 ? (0,intervals/* wilsonInterval */.YV)(k, n, z) : null });
            return {
                value,
                rows: r.rows,
                positives: fn + tp,
                selectionRate: rate(r.selectionRate, tp + fp, r.rows),
                truePositiveRate: rate(r.truePositiveRate, tp, tp + fn),
                falsePositiveRate: rate(r.falsePositiveRate, fp, fp + tn),
                precision: rate(r.precision, tp, tp + fp),
                accuracy: rate(r.accuracy, tp + tn, r.rows),
            };
        });
        for (const g of groups) {
            if (g.truePositiveRate.value === null)
                notes.push(`group ${g.value} has no positive labels: its true positive rate is undefined and it is left out of the measures built on it`);
            if (g.falsePositiveRate.value === null)
                notes.push(`group ${g.value} has no negative labels: its false positive rate is undefined and it is left out of the measures built on it`);
        }
        const point = measuresOf(cells, G);
        const cis = G >= 2 ? measureIntervals(cells, G, rng, input.resamples, input.confidence) : measures_MEASURES.map(() => null);
        if (G < 2)
            notes.push(`${G} group(s) with at least min-slice-rows (${input.minGroupRows}) rows: the measures across groups need two`);
        const measures = Object.fromEntries(measures_MEASURES.map((m, i) => {
            const p = point[m];
            const value = finite(p.value);
            return [m, { value, ci: value === null ? null : cis[i], groups: value === null ? null : [grouping.names[p.groups[0]], grouping.names[p.groups[1]]], rate: p.rate }];
        }));
        const di = measures.disparate_impact_ratio.value;
        return { name: f.name, columns: f.columns, groups, pooled: grouping.pooled, measures, fourFifths: di === null ? null : di >= 0.8, notes };
    });
    return { confidence: input.confidence, resamples: input.resamples, seed: input.seed, minGroupRows: input.minGroupRows, methods: METHODS, features };
}

;// CONCATENATED MODULE: ./.build/js/src/model/evaluate.js
/**
 * evaluate-model: streams the data through the model in batches (onnxruntime-node), keeps per-row
 * labels and scores in typed arrays, then computes the metrics with confidence intervals, per-slice
 * metrics, calibration and latency. Writes evaluation.json and a per-row predictions file (for
 * compare-to-baseline's paired tests), each to a temp name renamed into place.
 */


























/** The columns whose per-row values evaluate-model keeps: slice-by, then sensitive columns not among them. */
function groupColumns(config) {
    return [...config.sliceBy, ...sensitiveColumns(config.sensitive ?? []).filter((c) => !config.sliceBy.includes(c))];
}

/** Shard state columns as base64 float64 (slice ids too: exact as doubles). */
function column(values) {
    return encodeFloat64(Float64Array.from(values));
}
function f64Of(s, what) {
    const c = new columns/* F64 */.j(1);
    c.buf = decodeFloat64(s, what);
    c.n = c.buf.length;
    return c;
}
function i32Of(s, what) {
    const c = new columns/* I32 */.C(1);
    c.buf = Int32Array.from(decodeFloat64(s, what));
    c.n = c.buf.length;
    return c;
}
/** `readingAlone`: called when the pass will read the data on this thread only (no workers started early). */
async function runModel(config, log, hooks, predictionsTmp, readingAlone) {
    if (!config.model)
        throw new errors/* ConfigurationError */.j1(`input 'model' is required (or 'merge' to merge shard evaluations)`);
    if (!config.label)
        throw new errors/* ConfigurationError */.j1(`input 'label' is required`);
    const label = config.label;
    // The chunked pass's workers load onnxruntime and the model while this thread does the same.
    const started = await startEarly(config);
    if (!started)
        await readingAlone().catch(() => undefined);
    try {
        return await loadAndRun({ ...config, model: config.model }, label, log, hooks, predictionsTmp, started);
    }
    finally {
        await started?.stop();
    }
}
/**
 * The chunked pass's worker threads, started before anything else when the input will be split
 * (one CSV/TSV file, more than one worker, none of the inputs that need one pass); undefined
 * otherwise, or on any error (the pass then meets it and reports it as it always does).
 */
async function startEarly(config) {
    try {
        const workers = Math.max(1, Math.floor(config.workers ?? defaultWorkers()));
        if (workers < 2 || !config.model || !(0,external_node_fs_.existsSync)(config.model))
            return undefined;
        const sources = await expandSources(config.data);
        if (sources.length !== 1)
            return undefined;
        const file = sources[0];
        const format = (0,readers/* detectFormat */.Tz)(file, config.format);
        if (notSplittable({ data: sources, format, shard: config.shard, split: config.split, importance: config.importance }, file.toLowerCase().endsWith('.gz')) !== null)
            return undefined;
        return startWorkers(file, config.model, workers, config.chunkBytes);
    }
    catch {
        return undefined;
    }
}
async function loadAndRun(config, label, log, hooks, predictionsTmp, started) {
    const ort = await log.group('Loading onnxruntime', () => (0,model_ort/* loadOnnxRuntime */.aD)(log, hooks));
    const model = await model_model/* Model */.Kx.load(ort, config.model);
    const outPlan = model.outputPlan();
    log.info(`model ${config.model}: inputs ${model.inputs.map((i) => i.name).join(', ')}; outputs ${model.outputs.map((o) => o.name).join(', ')}`);
    const sources = [];
    for (const p of config.data)
        sources.push(...(await (0,readers/* expandDataGlob */.hL)(p)));
    if (sources.length === 0)
        throw new errors/* ConfigurationError */.j1(`input 'data' is required`);
    const ctx = {
        config: { ...config, label, model: config.model },
        log,
        model,
        outPlan,
        fetch: [outPlan.probabilities, outPlan.label, outPlan.value].filter((x) => !!x),
        sources,
        grouped: groupColumns(config),
        sensitiveCols: sensitiveColumns(config.sensitive ?? []),
        notes: [],
    };
    // Rows, MB/s and the time left of a long pass: on a terminal in place, in CI a line every 5 s.
    const bar = log.progress?.(`Evaluating ${sources.length === 1 ? sources[0] : `${sources.length} files`}`);
    const run = await log.group(`Evaluating ${sources.join(', ')}`, () => runPass(ctx, predictionsTmp, bar, started)).finally(() => bar?.end());
    const { rows, notes } = { rows: run.rows, notes: ctx.notes };
    if (run.unlabeled)
        notes.push(`${run.unlabeled} rows without a label were skipped`);
    if (rows.y.n === 0)
        throw new errors/* DataError */.fL(`${sources.join(', ')}: no labelled rows to evaluate`, sources[0]);
    const timeRange = run.timeRange;
    if (timeRange)
        notes.push(`split by ${timeRange.column}: evaluated the rows at or after ${timeRange.splitAt} (${timeRange.min ?? 'none'} to ${timeRange.max ?? 'none'}); left out ${timeRange.otherSide} rows before it${timeRange.noTime ? ` and ${timeRange.noTime} without a time` : ''}`);
    return { rows, latency: run.latency, notes, model, sources, label, positiveLabel: run.decision?.positive ?? null, importance: run.importance, feed: ctx.feed, ...(timeRange ? { timeRange } : {}) };
}
/**
 * The chunked pass over one CSV/TSV file (on `workers` threads) when the input can be split, else
 * the sequential pass (with one line saying why, when more than one worker was asked for).
 */
async function runPass(ctx, tmp, bar, started) {
    const { config, log, sources } = ctx;
    const workers = Math.max(1, Math.floor(config.workers ?? defaultWorkers()));
    const format = (0,readers/* detectFormat */.Tz)(sources[0], config.format);
    const why = notSplittable({ data: sources, format, shard: config.shard, split: config.split, importance: config.importance }, sources[0].toLowerCase().endsWith('.gz'));
    if (why === null) {
        const chunked = await evaluateChunked({
            file: sources[0],
            format,
            naValues: config.naValues ?? scan/* PANDAS_NA_VALUES */.lD,
            batchSize: config.batchSize,
            threshold: config.threshold,
            task: config.task,
            positiveLabel: config.positiveLabel,
            scoreType: config.scoreType,
            modelPath: config.model,
            model: ctx.model,
            outPlan: ctx.outPlan,
            fetch: ctx.fetch,
            grouped: ctx.grouped,
            sliceBy: config.sliceBy,
            plan: (columns, file) => planColumns(ctx, columns, file),
            workers,
            chunkBytes: config.chunkBytes,
            progress: bar,
        }, tmp, log, started);
        if (chunked) {
            ctx.notes.push(...chunked.notes);
            return chunked;
        }
        (0,external_node_fs_.writeFileSync)(tmp, '');
    }
    else if (workers > 1)
        log.info(`evaluate-model reads on one thread: ${why}`);
    return sequentialPass(ctx, tmp, bar);
}
/** The columns' roles from the header, checked; the feed plan logged once. */
function planColumns(ctx, columns, file) {
    const { config, model, log, notes, sensitiveCols, grouped } = ctx;
    const label = config.label;
    const colIndex = new Map(columns.map((c, i) => [c, i]));
    const labelIdx = columns.indexOf(label);
    if (labelIdx < 0)
        throw new errors/* ConfigurationError */.j1(`input 'label': no column '${label}' in ${file} (columns: ${(0,files/* showColumns */.pP)(columns)})`);
    for (const s of config.sliceBy)
        if (!colIndex.has(s))
            throw new errors/* ConfigurationError */.j1(`input 'slice-by': no column '${s}' in ${file} (columns: ${(0,files/* showColumns */.pP)(columns)})`);
    for (const s of config.ignore)
        if (!colIndex.has(s))
            throw new errors/* ConfigurationError */.j1(`input 'ignore': no column '${s}' in ${file}`);
    for (const s of sensitiveCols)
        if (!colIndex.has(s))
            throw new errors/* ConfigurationError */.j1(`input 'sensitive': no column '${s}' in ${file} (columns: ${(0,files/* showColumns */.pP)(columns)})`);
    // Sensitive columns are read from the data for the audit and never fed to the model.
    const exclude = new Set([label, ...config.ignore, ...config.sliceBy, ...sensitiveCols, ...(config.split ? [config.split.column] : [])]);
    const feedPlan = model.feedPlan(columns, config.features, exclude);
    if (feedPlan.features.includes(label))
        throw new errors/* ConfigurationError */.j1(`the label column '${label}' would be fed to the model; remove it from 'features'`);
    const fed = sensitiveCols.filter((c) => feedPlan.features.includes(c));
    if (fed.length && feedPlan.mode === 'tensor')
        throw new errors/* ConfigurationError */.j1(`input 'features' lists the sensitive column${fed.length > 1 ? 's' : ''} ${fed.map((c) => `'${c}'`).join(', ')}; a sensitive column is audited, never fed to the model`);
    if (fed.length)
        notes.push(`the model takes the sensitive column${fed.length > 1 ? 's' : ''} ${fed.join(', ')} as input${fed.length > 1 ? 's' : ''} by name: the audit reads ${fed.length > 1 ? 'them' : 'it'} from the data as the model does`);
    log.info(`feeding ${feedPlan.mode === 'tensor' ? `${feedPlan.features.length} columns as ${feedPlan.input.name} [N, ${feedPlan.features.length}]` : `columns ${feedPlan.features.join(', ')} by name`}`);
    ctx.feed ??= (0,model_model/* feedOf */.qu)(feedPlan);
    return { colIndex, labelIdx, groupIdx: grouped.map((s) => colIndex.get(s)), feedPlan };
}
/** Every row through readRows, batch after batch, on this thread. */
async function sequentialPass(ctx, predictionsTmp, bar) {
    const { config, log, model, outPlan, fetch, sources, grouped, notes } = ctx;
    const latency = new model_latency/* LatencyRecorder */.B();
    let plan;
    let decoder;
    let decision;
    let batch = [];
    let batchLines = [];
    let batchFile = '';
    let delivered = 0;
    let file = sources[0];
    // Importance: a uniform sample of labelled rows, kept as cells.
    const sample = config.importance ? new Reservoir(config.importance.maxRows, (0,stats_rng/* createRng */.SZ)(config.seed, STREAM_IMPORTANCE)) : undefined;
    const split = config.split ? new time_split/* TimeSplitter */.Nj(config.split, 'from') : undefined;
    const flush = async (cells, lines, fileName, firstIndex) => {
        if (cells.length === 0)
            return;
        const { feedPlan, colIndex, labelIdx, groupIdx } = plan;
        const feeds = model.feeds(feedPlan, cells, colIndex, (r) => ({ file: fileName, line: lines[r] }));
        const out = await (0,evaluate_rows/* timedRun */.R_)(model, feeds, fetch, latency, cells.length);
        const labels = cells.map((c) => (0,data_schema/* labelKey */.kJ)(c[labelIdx]));
        if (!decoder) {
            decision = decideTask({ task: config.task, positiveLabel: config.positiveLabel, scoreType: config.scoreType, modelPath: config.model, outputs: model.outputs.map((o) => o.name), outPlan, out, labels, fileName }, notes, log);
            decoder = new evaluate_rows/* RowDecoder */.hy({ modelPath: config.model, outPlan, threshold: config.threshold, groups: grouped.length, stride: config.shard?.count ?? 1, offset: config.shard?.index ?? 0 }, decision, true);
            (0,external_node_fs_.appendFileSync)(predictionsTmp, (0,evaluate_rows/* predictionsHeader */.eQ)(decision, grouped, config.sliceBy));
        }
        const fed = feedPlan.features.map((c) => [c, colIndex.get(c)]);
        decoder.decode(out, {
            n: cells.length,
            labels,
            lines,
            file: fileName,
            missingFed: (r) => fed.find(([, i]) => cells[r][i] === null)?.[0],
            group: (r, s) => {
                const v = cells[r][groupIdx[s]];
                return v === null ? '(missing)' : String(v);
            },
        }, firstIndex, sample && ((r, y) => sample.offer(cells[r], y)));
        (0,external_node_fs_.appendFileSync)(predictionsTmp, decoder.text.take());
    };
    // Full batches queue up while a chunk of input is parsed and run between chunks (drain), when
    // the main thread is idle: then a batch's measured time is onnxruntime's, not parsing's.
    const queue = [];
    const start = () => {
        if (batch.length === 0)
            return;
        queue.push([batch, batchLines, batchFile, delivered - batch.length]);
        batch = [];
        batchLines = [];
    };
    const runQueued = async () => {
        while (queue.length)
            await flush(...queue.shift());
    };
    const totalBytes = bar ? sources.reduce((n, f) => n + (0,external_node_fs_.statSync)(f).size, 0) : 0;
    let width = 0;
    await (0,readers/* readRows */.aK)(sources, {
        beginFile(path) {
            if (batch.length)
                start();
            file = path;
        },
        header(columns, timeKinds) {
            split?.header(columns, file, timeKinds);
            plan = planColumns(ctx, columns, file);
            width = columns.length;
        },
        row(cells, line) {
            if (cells.length !== width)
                throw new errors/* DataError */.fL(`${file}:${line}: has ${cells.length} fields, the header has ${width}`, file, line);
            if (split && !split.keep(cells))
                return;
            if (batch.length === 0)
                batchFile = file;
            batch.push(cells);
            batchLines.push(line);
            delivered++;
            if (batch.length >= config.batchSize)
                start();
        },
        bad(line, message) {
            throw new errors/* DataError */.fL(`${file}:${line}: ${message}`, file, line);
        },
        drain() {
            return queue.length ? runQueued() : undefined;
        },
    }, { format: config.format, shard: config.shard, naValues: config.naValues ?? scan/* PANDAS_NA_VALUES */.lD, onBytes: bar && ((b) => bar.update(b, totalBytes, delivered)) });
    start();
    await runQueued();
    const rows = decoder?.rows ?? { task: 'binary', classes: [], index: new columns/* F64 */.j(), y: new columns/* F64 */.j(), score: new columns/* F64 */.j(), proba: new columns/* F64 */.j(), slice: [], sliceValues: [] };
    let importance;
    if (config.importance && decision)
        importance = await permutationImportance(ctx, plan, decision, sample);
    const timeRange = split?.range();
    return { rows, latency, unlabeled: decoder?.unlabeled ?? 0, decision, importance, ...(timeRange ? { timeRange } : {}) };
}
/** Permutation importance on the sample the sequential pass kept (explain/onnx.ts). */
async function permutationImportance(ctx, plan, decision, sample) {
    const { config, log, model, outPlan, fetch } = ctx;
    const { task, classes, positive, transform } = decision;
    const importanceConfig = config.importance;
    const metric = importanceConfig.metric ?? defaultMetric(task);
    checkMetric(metric, task);
    // The model's outputs as evaluate reads them above: the positive-class probability, K
    // probabilities, or the regression value.
    const posIdx = positive !== null ? classes.map((c) => (0,data_schema/* labelKey */.kJ)(c)).indexOf(positive) : 1;
    const decode = (out, n) => {
        if (task === 'regression')
            return out[outPlan.value].data;
        if (task === 'multiclass')
            return out[outPlan.probabilities].data;
        const p = new Float64Array(n);
        if (outPlan.probabilities) {
            const probs = out[outPlan.probabilities].data;
            const k = out[outPlan.probabilities].dims[1];
            for (let i = 0; i < n; i++)
                p[i] = probs[i * k + posIdx];
        }
        else {
            const v = out[outPlan.value].data;
            for (let i = 0; i < n; i++)
                p[i] = transform === 'logit' ? (0,evaluate_rows/* sigmoid */.ry)(v[i]) : v[i];
        }
        return p;
    };
    const { repeats } = importanceConfig;
    const t0 = external_node_perf_hooks_.performance.now();
    const cpu0 = process.cpuUsage();
    const importance = await log.group(`Permutation importance: ${plan.feedPlan.features.length} features x ${repeats} repeats on ${sample.items.length} rows`, () => modelImportance({ model, plan: plan.feedPlan, colIndex: plan.colIndex, cells: sample.items, y: Float64Array.from(sample.labels), task, classes: classes.length, threshold: config.threshold, metric, repeats, seed: config.seed, confidence: config.confidence, batchRows: Math.max(config.batchSize, 65536), fetch, decode, permutation: importanceConfig.permutation }));
    log.info(`permutation importance: ${importance.features.length} features x ${repeats} repeats on ${importance.rows} rows in ${((external_node_perf_hooks_.performance.now() - t0) / 1000).toFixed(2)} s (cpu ${((process.cpuUsage(cpu0).user + process.cpuUsage(cpu0).system) / 1e6).toFixed(2)} s)`);
    return importance;
}
/** Metrics of every slice value with enough rows; rarer values pooled into "(other)". */
function sliceMetrics(config, rows, opts) {
    const out = [];
    config.sliceBy.forEach((column, s) => {
        const ids = rows.slice[s].values;
        const values = rows.sliceValues[s];
        const counts = new Int32Array(values.length);
        for (let i = 0; i < ids.length; i++)
            counts[ids[i]]++;
        const rare = new Set();
        values.forEach((_, id) => {
            if (counts[id] < config.minSliceRows)
                rare.add(id);
        });
        const groups = values
            .map((v, id) => [v, (x) => x === id, counts[id]])
            .filter((_, id) => !rare.has(id));
        if (rare.size) {
            const n = [...rare].reduce((a, id) => a + counts[id], 0);
            groups.push(['(other)', (x) => rare.has(x), n]);
        }
        groups.sort((a, b) => b[2] - a[2]);
        for (const [value, member, n] of groups) {
            if (n < config.minSliceRows) {
                out.push({ column, value, rows: n, skipped: `${n} rows, under min-slice-rows (${config.minSliceRows})${value === '(other)' ? `: ${[...rare].map((id) => values[id]).slice(0, 10).join(', ')}` : ''}` });
                continue;
            }
            const pick = [];
            for (let i = 0; i < ids.length; i++)
                if (member(ids[i]))
                    pick.push(i);
            out.push({ column, value, rows: n, metrics: computeMetrics(rows.task, subset(rows, pick), opts).metrics });
        }
    });
    return out;
}
function subset(rows, pick) {
    const k = rows.task === 'multiclass' ? rows.classes.length : 0;
    const sub = { ...rows, index: new columns/* F64 */.j(pick.length), y: new columns/* F64 */.j(pick.length), score: new columns/* F64 */.j(pick.length), proba: new columns/* F64 */.j(pick.length * Math.max(k, 1)), slice: [], sliceValues: [] };
    for (const i of pick) {
        sub.index.push(rows.index.buf[i]);
        sub.y.push(rows.y.buf[i]);
        if (rows.task !== 'multiclass')
            sub.score.push(rows.score.buf[i]);
        else
            for (let j = 0; j < k; j++)
                sub.proba.push(rows.proba.buf[i * k + j]);
    }
    return sub;
}
/**
 * The fairness audit of a binary evaluation over `sensitive` (see fairness/audit.ts); `columns`
 * names the rows' group arrays.
 */
function fairnessOf(sensitive, columns, rows, config) {
    if (!sensitive.length)
        return undefined;
    if (rows.task !== 'binary')
        throw new errors/* ConfigurationError */.j1(`input 'sensitive': the fairness audit needs a binary task (selection and error rates of a yes/no decision); this evaluation is ${rows.task}`);
    const features = parseSensitive(sensitive).map((f) => {
        const at = f.columns.map((c) => {
            const k = columns.indexOf(c);
            if (k < 0)
                throw new errors/* ConfigurationError */.j1(`input 'sensitive': the evaluation holds no column '${c}' (it holds ${columns.join(', ') || 'none'})`);
            return k;
        });
        const values = new Array(rows.y.n);
        for (let i = 0; i < rows.y.n; i++)
            values[i] = featureValue(at.map((k) => rows.sliceValues[k][rows.slice[k].buf[i]]));
        return { name: f.name, columns: f.columns, values };
    });
    return audit({ y: rows.y.values, score: rows.score.values, threshold: config.threshold, features, minGroupRows: config.minSliceRows, confidence: config.confidence, resamples: config.bootstrap, seed: config.seed });
}
function stateOf(rows, latency, columns) {
    return {
        index: column(rows.index.values),
        y: column(rows.y.values),
        score: column(rows.score.values),
        proba: column(rows.proba.values),
        slice: rows.slice.map((s) => column(s.values)),
        sliceValues: rows.sliceValues,
        columns,
        latency,
    };
}
function rowsFromState(task, classes, s) {
    return {
        task,
        classes,
        index: f64Of(s.index, 'state.index'),
        y: f64Of(s.y, 'state.y'),
        score: f64Of(s.score, 'state.score'),
        proba: f64Of(s.proba, 'state.proba'),
        slice: s.slice.map((x, i) => i32Of(x, `state.slice[${i}]`)),
        sliceValues: s.sliceValues,
    };
}
function predictionsPath(config) {
    return config.predictions ?? (0,external_node_path_.join)((0,external_node_path_.dirname)(config.out), 'predictions.csv');
}
async function evaluate(config, log, hooks = {}) {
    const predictions = predictionsPath(config);
    // Both outputs are checked before the work, and the rows go to a modelgate temp file beside
    // the predictions file (removed on failure, exit or a signal; see lib/files.ts).
    (0,files/* assertWritable */.Bz)(config.out, 'out');
    const tmp = (0,files/* tempPathFor */.FD)(predictions);
    let ev;
    try {
        ev = config.merge.length ? await mergeEvaluations(config, log, tmp) : await evaluateRun(config, log, hooks, tmp);
        validate_assertArtifact('evaluation', ev, config.out, 'write');
        if (!(0,external_node_fs_.existsSync)(tmp))
            (0,external_node_fs_.writeFileSync)(tmp, '');
    }
    catch (e) {
        (0,files/* releaseTemp */.A$)(tmp);
        throw e?.path === tmp ? (0,files/* outputError */.cw)(e, predictions) : e;
    }
    (0,files/* commitTemp */.e$)(tmp, predictions);
    (0,files/* writeJsonAtomic */.ZJ)(config.out, ev);
    return ev;
}
async function evaluateRun(config, log, hooks, tmp) {
    // The data's digest, on a thread of its own: from the start when this thread reads the data
    // alone, after the pass when worker threads read it (then it runs beside the metrics).
    let hash;
    const files = expandSources(config.data);
    files.catch(() => undefined);
    const startHash = async () => void (hash ??= (0,digest/* sha256FilesOffThread */.w)(await files));
    try {
        const run = await runModel(config, log, hooks, tmp, startHash);
        await startHash();
        return await evaluationOf(config, log, run, hash.digest);
    }
    catch (e) {
        hash?.stop();
        throw e;
    }
}
async function evaluationOf(config, log, run, dataSha) {
    const { rows, latency, notes, model } = run;
    const opts = { threshold: config.threshold, confidence: config.confidence, resamples: config.bootstrap, seed: config.seed };
    const { metrics, tables } = await log.group('Computing metrics', async () => computeMetrics(rows.task, rows, opts));
    const slices = sliceMetrics(config, rows, opts);
    const fairness = config.sensitive?.length ? await log.group('Fairness audit', async () => fairnessOf(config.sensitive, groupColumns(config), rows, config)) : undefined;
    const lat = latency.report(config.batchSize, model.bytes);
    return {
        kind: 'evaluation',
        schemaVersion: 1,
        task: rows.task,
        rows: rows.y.n,
        model: { path: config.model, sha256: model.sha256, bytes: model.bytes },
        data: { sources: run.sources, sha256: await dataSha, shard: config.shard ? `${config.shard.index}/${config.shard.count}` : null },
        label: run.label,
        classes: rows.classes,
        positiveLabel: run.positiveLabel,
        threshold: rows.task === 'binary' ? config.threshold : null,
        confidence: config.confidence,
        bootstrap: { resamples: config.bootstrap, seed: config.seed },
        metrics,
        tables,
        slices,
        ...(fairness ? { fairness } : {}),
        ...(run.importance ? { importance: run.importance } : {}),
        latency: lat,
        predictions: predictionsPath(config),
        notes,
        ...(run.timeRange ? { timeRange: run.timeRange } : {}),
        feed: run.feed,
        ...(config.shard ? { state: stateOf(rows, latency.raw(), groupColumns(config)) } : {}),
    };
}
async function expandSources(patterns) {
    const out = [];
    for (const p of patterns)
        out.push(...(await (0,readers/* expandDataGlob */.hL)(p)));
    return out;
}
async function mergeEvaluations(config, log, tmp) {
    const files = await expandSources(config.merge);
    const parts = files.map((f) => {
        let json;
        try {
            json = JSON.parse((0,external_node_fs_.readFileSync)(f, 'utf8'));
        }
        catch (e) {
            throw new errors/* DataError */.fL(`${f}: not readable JSON (${e.message.split('\n')[0]})`, f);
        }
        validate_assertArtifact('evaluation', json, f);
        const ev = json;
        if (!ev.state)
            throw new errors/* DataError */.fL(`${f}: has no shard state; run evaluate-model with 'shard' to make mergeable evaluations`, f);
        return ev;
    });
    const first = parts[0];
    for (const [i, p] of parts.entries()) {
        for (const key of ['task', 'label', 'positiveLabel', 'threshold']) {
            if (JSON.stringify(p[key]) !== JSON.stringify(first[key]))
                throw new errors/* DataError */.fL(`${files[i]}: its ${key} (${p[key]}) differs from ${files[0]}'s (${first[key]})`, files[i]);
        }
        if (p.model.sha256 !== first.model.sha256)
            throw new errors/* DataError */.fL(`${files[i]}: evaluates a different model (sha256 ${p.model.sha256.slice(0, 12)} vs ${first.model.sha256.slice(0, 12)})`, files[i]);
        if (JSON.stringify(p.classes) !== JSON.stringify(first.classes))
            throw new errors/* DataError */.fL(`${files[i]}: its classes differ from ${files[0]}'s`, files[i]);
    }
    const rows = (0,evaluate_rows/* concatRows */.UJ)(parts.map((p) => rowsFromState(p.task, p.classes, p.state)));
    const latency = new model_latency/* LatencyRecorder */.B();
    for (const p of parts)
        for (const [ms, n] of p.state.latency)
            latency.record(ms, n);
    const opts = { threshold: config.threshold, confidence: config.confidence, resamples: config.bootstrap, seed: config.seed };
    const { metrics, tables } = computeMetrics(rows.task, rows, opts);
    const sliceBy = config.sliceBy.length ? config.sliceBy : (first.slices.map((s) => s.column).filter((c, i, a) => a.indexOf(c) === i));
    const slices = sliceMetrics({ ...config, sliceBy }, rows, opts);
    const sensitive = config.sensitive?.length ? config.sensitive : (first.fairness?.features.map((f) => f.name) ?? []);
    const fairness = fairnessOf(sensitive, first.state.columns ?? first.slices.map((s) => s.column).filter((c, i, a) => a.indexOf(c) === i), rows, { ...config, minSliceRows: config.sensitive?.length ? config.minSliceRows : (first.fairness?.minGroupRows ?? config.minSliceRows) });
    // Predictions: every shard's rows, in data-row order.
    const lines = [];
    let header = '';
    for (const p of parts) {
        if (!p.predictions || !(0,external_node_fs_.existsSync)(p.predictions))
            throw new errors/* DataError */.fL(`${p.predictions}: the shard's predictions file is missing`, p.predictions ?? undefined);
        const text = (0,external_node_fs_.readFileSync)(p.predictions, 'utf8').split('\n');
        header = text[0];
        for (const l of text.slice(1))
            if (l)
                lines.push([Number(l.slice(0, l.indexOf(','))), l]);
    }
    lines.sort((a, b) => a[0] - b[0]);
    (0,external_node_fs_.appendFileSync)(tmp, [header, ...lines.map((l) => l[1])].join('\n') + '\n');
    log.info(`merged ${parts.length} shard evaluations: ${rows.y.n} rows`);
    return {
        ...first,
        rows: rows.y.n,
        data: { sources: [...new Set(parts.flatMap((p) => p.data.sources))], sha256: first.data.sha256, shard: null },
        confidence: config.confidence,
        bootstrap: { resamples: config.bootstrap, seed: config.seed },
        metrics,
        tables,
        slices,
        fairness,
        // Each shard ranks features on its own sample; the merge keeps none (run importance unsharded).
        importance: undefined,
        latency: latency.report(first.latency.batchSize, first.latency.modelBytes),
        predictions: predictionsPath(config),
        notes: [...new Set(parts.flatMap((p) => p.notes)), `merged from ${parts.length} shards: ${files.join(', ')}`],
        state: undefined,
    };
}

;// CONCATENATED MODULE: ./.build/js/src/generated/modelgate.schema.json
const modelgate_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"L2":{"dw":{"qo":{"compare-to-baseline":{"$ref":"#/$defs/compare-to-baseline"},"deploy":{"$ref":"#/$defs/deploy"},"evaluate-model":{"$ref":"#/$defs/evaluate-model"},"monitor":{"$ref":"#/$defs/monitor"},"register":{"$ref":"#/$defs/register"},"retrain":{"$ref":"#/$defs/retrain"},"train":{"$ref":"#/$defs/train"},"validate-data":{"$ref":"#/$defs/validate-data"}}}}}');
;// CONCATENATED MODULE: ./.build/js/src/lib/pipeline-schema.js
/**
 * modelgate.yml against its JSON Schema (src/generated/modelgate.schema.json, generated from
 * action.yml by the build): the first error becomes one line naming the key's path the way a
 * person writes it, `stages[2].evaluate-model.slice-by`, and what is wrong there.
 */



let validators;
function compile() {
    const ajv = new Ajv2020({ allErrors: false, strict: false });
    ajv.addSchema(schema);
    const id = schema.$id;
    // All errors at the top, so a misspelt `stages` is named rather than reported missing.
    const top = new Ajv2020({ allErrors: true }).compile({ type: 'object', required: ['stages'], properties: { stages: true }, additionalProperties: false });
    return { list: ajv.getSchema(`${id}#/$defs/stageList`), map: ajv.getSchema(`${id}#/$defs/stageMap`), top };
}
/** `/stages/2/evaluate-model/slice-by` -> `stages[2].evaluate-model.slice-by`. */
function keyPath(pointer) {
    return pointer
        .split('/')
        .slice(1)
        .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
        .reduce((acc, seg) => (/^\d+$/.test(seg) ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg), '');
}
const ACTIONS = Object.keys(modelgate_schema_namespaceObject.L2.dw.qo);
function pipeline_schema_describe(e, base) {
    const where = keyPath(base + e.instancePath);
    const params = e.params;
    const inputsOf = (action) => Object.keys(schema.$defs[action]?.properties ?? {});
    if (e.keyword === 'additionalProperties') {
        const key = params.additionalProperty;
        const segs = where.split('.');
        const action = segs.at(-1).replace(/\[\d+\]$/, '');
        if (ACTIONS.includes(action))
            return `${where}.${key}: unknown input of ${action}; its inputs: ${inputsOf(action).join(', ')}`;
        if (where === '')
            return `${key}: unknown key; modelgate.yml has 'stages'`;
        return `${where ? `${where}.` : ''}${key}: not an action; actions: ${ACTIONS.join(', ')}`;
    }
    if (e.keyword === 'minProperties' || e.keyword === 'maxProperties')
        return `${where}: a stage is a mapping with one key, the action: { evaluate-model: { ... } }`;
    if (e.keyword === 'required')
        return `${where ? `${where}.` : ''}${params.missingProperty}: required`;
    if (e.keyword === 'type' || e.keyword === 'anyOf')
        return `${where}: must be ${e.keyword === 'anyOf' ? 'a value, a list of values or a mapping' : e.message?.replace(/^must be /, '')}`;
    return `${where}: ${e.message ?? e.keyword}`;
}
/** Throws a ConfigurationError `<file>: <key path>: <what is wrong>` on the first problem. */
function checkPipeline(doc, file) {
    validators ??= compile();
    const fail = (e, base = '') => {
        throw new ConfigurationError(`${file}: ${pipeline_schema_describe(e, base)}`);
    };
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc))
        throw new ConfigurationError(`${file}: expected a mapping with 'stages'`);
    if (!validators.top(doc))
        fail(validators.top.errors.find((e) => e.keyword === 'additionalProperties') ?? validators.top.errors[0]);
    const stages = doc.stages;
    const v = Array.isArray(stages) ? validators.list : validators.map;
    if (!v(stages))
        fail(v.errors[0], '/stages');
}

;// CONCATENATED MODULE: ./.build/js/src/schemas/gates.schema.json
const gates_schema_namespaceObject = {};
;// CONCATENATED MODULE: ./.build/js/src/gates/spec.js
/**
 * Gate files: what compare-to-baseline enforces. Validated against src/schemas/gates.schema.json
 * (published for editors), then normalised into a flat list of gates, one per metric, rule and
 * slice column.
 */




/** Direction per metric: +1 higher is better, -1 lower is better. */
const DIRECTION = {
    accuracy: 1,
    balanced_accuracy: 1,
    precision: 1,
    recall: 1,
    f1: 1,
    roc_auc: 1,
    average_precision: 1,
    macro_f1: 1,
    r2: 1,
    log_loss: -1,
    brier_score: -1,
    ece: -1,
    mae: -1,
    rmse: -1,
    latency_p50_ms: -1,
    latency_p95_ms: -1,
    ...MEASURE_DIRECTION,
};
let spec_validate;
function amountOf(v) {
    if (typeof v === 'string')
        return { value: Number(v.slice(0, -1)) / 100, percent: true };
    return { value: Number(v), percent: false };
}
/** Parses an already-loaded gate document (YAML or JSON); errors name the source and the key. */
function parseGates(doc, source) {
    spec_validate ??= new Ajv2020({ allErrors: false, strict: false }).compile(schema);
    if (doc === null || doc === undefined)
        doc = {};
    if (!spec_validate(doc)) {
        const e = spec_validate.errors[0];
        const where = e.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') : '(top level)';
        const params = e.params;
        let message;
        if (e.propertyName !== undefined)
            message = `unknown metric '${e.propertyName}'; metrics: ${params.allowedValues?.join(', ')}`;
        else if (e.keyword === 'additionalProperties')
            message = `unknown key '${params.additionalProperty}'`;
        else if (e.keyword === 'enum')
            message = `must be one of ${params.allowedValues?.join(', ')}`;
        else
            message = e.message ?? e.keyword;
        throw new ConfigurationError(`${source}: ${where}: ${message}`);
    }
    const d = doc;
    const gates = [];
    const add = (metric, rules, sliceColumn, fairness) => {
        for (const [rule, raw] of Object.entries(rules)) {
            if (rule === 'require-improvement' && raw === false)
                continue;
            const amount = rule === 'require-improvement' && raw === true ? { value: 0, percent: false } : amountOf(raw);
            gates.push({ metric, sliceColumn, ...(fairness ? { fairness } : {}), rule: rule, amount, text: `${rule} ${raw === true ? '' : String(raw)}`.trim() });
        }
    };
    for (const [metric, rules] of Object.entries(d.metrics ?? {}))
        add(metric, rules);
    for (const [column, metrics] of Object.entries(d.slices ?? {}))
        for (const [metric, rules] of Object.entries(metrics))
            add(metric, rules, column);
    for (const [measure, rules] of Object.entries(d.fairness ?? {}))
        add(measure, rules, undefined, true);
    return { policy: d.policy ?? 'detect-regression', minPolicy: d['min-policy'] ?? 'interval', confidence: d.confidence, correction: d.correction, bootstrap: d.bootstrap, seed: d.seed, gates, source };
}

;// CONCATENATED MODULE: ./.build/js/src/schemas/sweep.schema.json
const sweep_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://modelgate.dev/schemas/sweep.schema.json","title":"modelgate sweep","description":"The `sweep` input of train (a file, or inline YAML under the train stage of modelgate.yml): which train inputs to vary, how (a grid or a seeded random sample), how many variants at most, and the validation split the variants are scored on.","type":"object","required":["params","validation","metric"],"additionalProperties":false,"properties":{"method":{"enum":["grid","random"],"default":"grid","description":"grid: every combination of the listed values (a seeded sample of `budget` of them when there are more); random: `budget` seeded draws."},"budget":{"type":"integer","minimum":1,"maximum":256,"default":16,"description":"The most variants trained."},"seed":{"type":"integer","minimum":0,"default":0,"description":"Seeds the random draws (and the grid\'s sample when it is larger than the budget)."},"params":{"type":"object","minProperties":1,"description":"Train inputs to vary: l2, seed, max-categories. A list of values, or (random) a range { min, max, log, integer }.","propertyNames":{"enum":["l2","seed","max-categories"]},"additionalProperties":{"oneOf":[{"type":"array","minItems":1,"items":{"type":"number"}},{"type":"object","required":["min","max"],"additionalProperties":false,"properties":{"min":{"type":"number"},"max":{"type":"number"},"log":{"type":"boolean"},"integer":{"type":"boolean"}}}]}},"validation":{"description":"The validation split (files or globs): what the variants are scored and chosen on. Keep the test split that evaluate-model and compare-to-baseline use out of it.","oneOf":[{"type":"string","minLength":1},{"type":"array","minItems":1,"items":{"type":"string","minLength":1}}]},"metric":{"type":"string","minLength":1,"description":"The metric the variants are ranked by (evaluation.json\'s names: roc_auc, accuracy, rmse, ...)."},"goal":{"enum":["maximize","minimize"],"description":"Default: from the metric (log_loss, brier_score, mae, rmse are minimized)."},"parallel":{"type":"integer","minimum":0,"default":0,"description":"Variants trained at once locally; 0: os.availableParallelism()."},"out":{"type":"string","minLength":1,"default":".modelgate/sweep","description":"Folder of the variants\' models, evaluations and result.json files, and of sweep.json."},"positive-label":{"type":["string","number","boolean"],"description":"Binary classification: the positive class, as evaluate-model\'s input."}}}');
;// CONCATENATED MODULE: ./.build/js/src/experiments/sweep.js
/**
 * Hyperparameter sweeps: the spec (src/schemas/sweep.schema.json), the plan (a grid, or a seeded
 * random sample, within a budget), and the choice among the variants' validation scores.
 *
 * Honest selection: variants are ranked on the validation split only. The chosen variant's score
 * there is optimistic (the best of N noisy estimates); the number to believe is the chosen model's
 * score on a test split no variant was ranked on, which evaluate-model computes and
 * compare-to-baseline gates. The report shows the two side by side.
 */








let sweep_validate;
/** A sweep document -> the spec with defaults; a mistake names `source` and the key. */
function parseSweepSpec(doc, source) {
    sweep_validate ??= new _2020.Ajv2020({ allErrors: false, strict: false }).compile(sweep_schema_namespaceObject);
    if (!sweep_validate(doc)) {
        const e = sweep_validate.errors[0];
        const where = keyPath(e.instancePath);
        const extra = e.params.additionalProperty;
        const allowed = e.keyword === 'enum' && e.propertyName ? ` (sweepable inputs: ${(sweep_schema_namespaceObject.properties.params.propertyNames["enum"]).join(', ')})` : '';
        throw new errors/* ConfigurationError */.j1(`${source}: sweep${where ? `.${where}` : ''}${e.propertyName ? `.${e.propertyName}` : ''}${extra ? `.${extra}: unknown key` : `: ${e.message}`}${allowed}`);
    }
    const d = doc;
    const method = d.method ?? 'grid';
    const params = d.params;
    for (const [k, v] of Object.entries(params)) {
        if (!Array.isArray(v)) {
            if (method === 'grid')
                throw new errors/* ConfigurationError */.j1(`${source}: sweep.params.${k}: a grid takes a list of values; a range { min, max } needs method: random`);
            if (!(v.min < v.max))
                throw new errors/* ConfigurationError */.j1(`${source}: sweep.params.${k}: min must be below max`);
            if (v.log && v.min <= 0)
                throw new errors/* ConfigurationError */.j1(`${source}: sweep.params.${k}: a log range needs min > 0`);
        }
        const values = Array.isArray(v) ? v : [v.min, v.max];
        if (k === 'l2' && values.some((x) => x < 0))
            throw new errors/* ConfigurationError */.j1(`${source}: sweep.params.l2: values must be >= 0`);
        if ((k === 'seed' || k === 'max-categories') && values.some((x) => !Number.isInteger(x) || x < (k === 'seed' ? 0 : 1)))
            throw new errors/* ConfigurationError */.j1(`${source}: sweep.params.${k}: values must be integers >= ${k === 'seed' ? 0 : 1}`);
    }
    const metric = d.metric;
    const goal = d.goal ?? ((DIRECTION[metric] ?? 1) === 1 ? 'maximize' : 'minimize');
    return {
        method,
        budget: d.budget ?? 16,
        seed: d.seed ?? 0,
        params,
        validation: typeof d.validation === 'string' ? [d.validation] : d.validation,
        metric,
        goal,
        parallel: d.parallel ?? 0,
        out: d.out ?? '.modelgate/sweep',
        positiveLabel: d['positive-label'] === undefined ? undefined : String(d['positive-label']),
    };
}
/** A value as an input's text: integers as they are, others to 4 significant digits. */
function sweep_text(x) {
    return Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(4)));
}
function draw(r, rng) {
    if (Array.isArray(r))
        return r[rng.uniformInt(r.length)];
    const u = rng.nextFloat();
    const x = r.log ? Math.exp(Math.log(r.min) + u * (Math.log(r.max) - Math.log(r.min))) : r.min + u * (r.max - r.min);
    return r.integer ? Math.round(x) : x;
}
/**
 * The variants: grid — every combination in the order the params are listed, the last varying
 * fastest (a seeded sample of `budget` of them, kept in grid order, when there are more); random —
 * `budget` distinct seeded draws (fewer when the space has fewer distinct points).
 */
function planSweep(spec) {
    const keys = Object.keys(spec.params);
    const rows = [];
    if (spec.method === 'grid') {
        const lists = keys.map((k) => [...new Set(spec.params[k].map(sweep_text))]);
        const total = lists.reduce((n, l) => n * l.length, 1);
        let picks = Array.from({ length: total }, (_, i) => i);
        if (total > spec.budget) {
            const rng = (0,stats_rng/* createRng */.SZ)(spec.seed, 1);
            for (let i = 0; i < spec.budget; i++) {
                const j = i + rng.uniformInt(total - i);
                [picks[i], picks[j]] = [picks[j], picks[i]];
            }
            picks = picks.slice(0, spec.budget).sort((a, b) => a - b);
        }
        for (let idx of picks) {
            const row = {};
            for (let k = keys.length - 1; k >= 0; k--) {
                row[keys[k]] = lists[k][idx % lists[k].length];
                idx = Math.floor(idx / lists[k].length);
            }
            rows.push(Object.fromEntries(keys.map((k) => [k, row[k]])));
        }
    }
    else {
        const rng = (0,stats_rng/* createRng */.SZ)(spec.seed, 2);
        const seen = new Set();
        for (let tries = 0; rows.length < spec.budget && tries < spec.budget * 20; tries++) {
            const row = Object.fromEntries(keys.map((k) => [k, sweep_text(draw(spec.params[k], rng))]));
            const id = canonicalJson(row);
            if (seen.has(id))
                continue;
            seen.add(id);
            rows.push(row);
        }
    }
    const width = Math.max(2, String(rows.length).length);
    return rows.map((values, i) => ({ name: `v${String(i + 1).padStart(width, '0')}`, values }));
}
/** The id all jobs of one sweep agree on: a digest of the plan and of what is trained. */
function sweepId(variants, trainedBy) {
    return (0,external_node_crypto_.createHash)('sha256').update(canonicalJson({ variants, trainedBy })).digest('hex').slice(0, 12);
}
/** The job matrix of the plan: `{ include: [{ variant, ...values }] }` for `fromJSON`. */
function sweepMatrix(variants) {
    return { include: variants.map((v) => ({ variant: v.name, ...v.values })) };
}
/**
 * Ranks variants by their validation score, best first (missing scores last; ties keep plan
 * order) and returns the ranking; the first is the choice.
 */
function rankVariants(scores, goal) {
    const sign = goal === 'maximize' ? -1 : 1;
    return scores
        .map((s, i) => ({ s, i }))
        .sort((a, b) => {
        const x = a.s.value;
        const y = b.s.value;
        if (x === null || y === null || Number.isNaN(x) || Number.isNaN(y))
            return (x === null || Number.isNaN(x) ? 1 : 0) - (y === null || Number.isNaN(y) ? 1 : 0) || a.i - b.i;
        return sign * (x - y) || a.i - b.i;
    })
        .map((r) => r.s);
}

;// CONCATENATED MODULE: ./.build/js/src/experiments/sweep-results.js
/**
 * The files a sweep leaves: one result.json per variant (what a matrix job uploads) and sweep.json
 * (the ranking and the choice). A result read back may come from another job's artifact: its shape
 * is checked and it must belong to this sweep.
 */




const isNum = (x) => typeof x === 'number' && Number.isFinite(x);
/** Reads a variant's result.json and checks it belongs to sweep `id` and names a planned variant. */
function readVariantResult(path, id, planned) {
    let v;
    try {
        v = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (e) {
        throw new errors/* DataError */.fL(`${path}: not a readable sweep result (${e.message.split('\n')[0]})`, path);
    }
    const ok = v &&
        v.kind === 'sweep-variant-result' &&
        v.schemaVersion === 1 &&
        typeof v.variant === 'string' &&
        typeof v.metric === 'string' &&
        (v.value === null || isNum(v.value)) &&
        (v.ci === null || (Array.isArray(v.ci) && v.ci.length === 2 && v.ci.every(isNum))) &&
        typeof v.model?.sha256 === 'string';
    if (!ok)
        throw new errors/* DataError */.fL(`${path}: not a sweep-variant-result (schemaVersion 1)`, path);
    if (v.sweep !== id)
        throw new errors/* DataError */.fL(`${path}: a result of sweep ${String(v.sweep)}, not of this sweep (${id}); the plan or the training config changed since`, path);
    const plan = planned.find((p) => p.name === v.variant);
    if (!plan || JSON.stringify(plan.values) !== JSON.stringify(v.values))
        throw new errors/* DataError */.fL(`${path}: variant ${String(v.variant)} is not in this sweep's plan with those values`, path);
    return v;
}
function writeVariantResult(path, r) {
    (0,files/* writeJsonAtomic */.ZJ)(path, r);
}
/** Ranks the results and names the winner; an error when no variant has a score. */
function sweepReport(spec, id, planned, results) {
    const byName = new Map(results.map((r) => [r.variant, r]));
    const present = planned.filter((p) => byName.has(p.name)).map((p) => byName.get(p.name));
    const ranking = rankVariants(present, spec.goal);
    const winner = ranking[0];
    if (!winner || winner.value === null)
        throw new errors/* DataError */.fL(`sweep ${id}: no variant has a ${spec.metric} on the validation split (${present.length} of ${planned.length} results found)`);
    return {
        kind: 'sweep-report',
        schemaVersion: 1,
        id,
        method: spec.method,
        budget: spec.budget,
        seed: spec.seed,
        metric: spec.metric,
        goal: spec.goal,
        planned: planned.length,
        ranking,
        missing: planned.filter((p) => !byName.has(p.name)).map((p) => p.name),
        winner,
    };
}
function sweep_results_readSweepReport(path) {
    let v;
    try {
        v = JSON.parse(readFileSync(path, 'utf8'));
    }
    catch (e) {
        throw new DataError(`${path}: not a readable sweep report (${e.message.split('\n')[0]})`, path);
    }
    if (v?.kind !== 'sweep-report' || v.schemaVersion !== 1 || !Array.isArray(v.ranking) || !v.winner || typeof v.metric !== 'string')
        throw new DataError(`${path}: not a sweep-report (schemaVersion 1)`, path);
    return v;
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
function markdown_esc(value, max = 120) {
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

;// CONCATENATED MODULE: ./.build/js/src/report/sweep.js

const interval = (ci) => (ci ? `[${fmt(ci[0])}, ${fmt(ci[1])}]` : '–');
/** The leaderboard table (top `top` rows by validation score). */
function leaderboard(report, top = 10) {
    const keys = [...new Set(report.ranking.flatMap((r) => Object.keys(r.values)))];
    const rows = report.ranking.slice(0, top).map((r, i) => [
        String(i + 1),
        `${markdown_esc(r.variant, 20)}${r.variant === report.winner.variant ? ' ✅ chosen' : ''}`,
        ...keys.map((k) => markdown_esc(r.values[k] ?? '', 30)),
        fmt(r.value),
        interval(r.ci),
        r.cacheHit ? 'hit' : 'trained',
    ]);
    const more = report.ranking.length > top ? `\n\n${report.ranking.length - top} more variants not shown.` : '';
    return table(['#', 'variant', ...keys.map((k) => markdown_esc(k, 30)), `${markdown_esc(report.metric, 30)} (validation)`, 'interval', 'cache'], rows) + more;
}
/** The headline: N variants, the chosen one, its validation score and (when given) its test score. */
function sweepHeadline(report, test) {
    const w = report.winner;
    const lines = [`${report.ranking.length} variant${report.ranking.length === 1 ? '' : 's'} tried (${report.method}${report.missing.length ? `, ${report.missing.length} without a result` : ''}); **${markdown_esc(w.variant, 20)}** chosen on the validation split by ${markdown_esc(report.metric, 30)} (${report.goal}).`];
    const rows = [['validation (chosen on)', fmt(w.value), interval(w.ci)]];
    if (test)
        rows.push(['test (held out, evaluated once)', fmt(test.value), interval(test.ci)]);
    lines.push('', table(['chosen variant', markdown_esc(report.metric, 30), 'interval'], rows));
    if (test && test.value !== null && w.value !== null) {
        const gap = report.goal === 'maximize' ? w.value - test.value : test.value - w.value;
        lines.push('', `The validation score is the best of ${report.ranking.length} and so optimistic; the test score is the one to believe (validation − test: ${fmt(gap)}).`);
    }
    return lines.join('\n');
}
/** The job summary of train's sweep, and the PR comment's collapsed section. */
function sweepMarkdown(report, test) {
    return `${sweepHeadline(report, test)}\n\n${details(`Leaderboard (${report.ranking.length} variants)`, leaderboard(report))}\n`;
}

;// CONCATENATED MODULE: ./.build/js/src/report/fairness.js


const signed = (x) => `${x > 0 ? '+' : x < 0 ? '−' : '±'}${fmt(Math.abs(x), 3)}`;
const fairness_interval = (ci) => (ci ? ` [${fmt(ci[0], 3)}, ${fmt(ci[1], 3)}]` : '');
function verdict(gates) {
    if (!gates.length)
        return '';
    const failed = gates.filter((g) => !g.passed);
    if (failed.length)
        return `❌ ${failed.map((g) => markdown_esc(g.rule)).join(', ')}`;
    return `${gates.some((g) => g.warning || g.underpowered) ? '⚠️' : '✅'} ${gates.map((g) => markdown_esc(g.rule)).join(', ')}`;
}
function rate(r, b) {
    if (r.value === null)
        return '–';
    const d = b?.value !== undefined && b.value !== null && b.value !== r.value ? ` (${signed(r.value - b.value)})` : '';
    return `${fmt(r.value, 3)}${fairness_interval(r.ci)}${d}`;
}
function featureSection(f, base, gates) {
    const rows = measures_MEASURES.map((m) => {
        const c = f.measures[m];
        const b = base?.measures[m];
        const own = gates.filter((g) => g.metric === m);
        const paired = own.find((g) => g.delta !== null);
        const delta = paired ? `${signed(paired.delta)}${fairness_interval(paired.ci)}` : c.value !== null && b?.value !== null && b?.value !== undefined ? signed(c.value - b.value) : '–';
        return [`\`${m}\``, fmt(b?.value ?? null, 3), c.value === null ? '–' : `${fmt(c.value, 3)}${fairness_interval(c.ci)}`, delta, c.groups ? `${markdown_esc(c.groups[0], 40)} / ${markdown_esc(c.groups[1], 40)}` : '–', verdict(own)];
    });
    const measures = table(['measure', 'baseline', 'candidate [interval]', 'Δ [interval]', 'set by (low / high)', 'gate'], rows, ['l', 'r', 'r', 'l', 'l', 'l']);
    const groups = table(['group', 'rows', 'selection rate', 'true positive rate', 'false positive rate', 'precision', 'accuracy'], f.groups.map((g) => {
        const b = base?.groups.find((x) => x.value === g.value);
        return [markdown_esc(g.value, 40), String(g.rows), rate(g.selectionRate, b?.selectionRate), rate(g.truePositiveRate, b?.truePositiveRate), rate(g.falsePositiveRate, b?.falsePositiveRate), rate(g.precision, b?.precision), rate(g.accuracy, b?.accuracy)];
    }), ['l', 'r', 'r', 'r', 'r', 'r', 'r']);
    const fourFifths = f.fourFifths === null ? '' : `Four-fifths rule: disparate impact ratio ${fmt(f.measures.disparate_impact_ratio.value, 3)} ${f.fourFifths ? '≥' : '<'} 0.8${f.fourFifths ? '' : ' (adverse impact by the rule of thumb)'}.`;
    const notes = f.notes.map((n) => `- ${markdown_esc(n, 300)}`).join('\n');
    return [`**${markdown_esc(f.name, 80)}**`, measures, fourFifths, details(`Groups of ${markdown_esc(f.name, 80)} (rates with ${'intervals'}${base ? '; change from the baseline' : ''})`, groups), notes].filter(Boolean).join('\n\n');
}
/** The fairness section, or undefined when the candidate was not audited and no fairness gate ran. */
function fairnessSection(c, candidate, baseline) {
    const gates = c.gates.filter((g) => g.sensitive !== undefined || MEASURES.includes(g.metric));
    const features = candidate.fairness?.features ?? [];
    if (!features.length && !gates.length)
        return undefined;
    const parts = features.map((f) => featureSection(f, baseline?.fairness?.features.find((x) => x.name === f.name), gates.filter((g) => g.sensitive === f.name)));
    const orphan = gates.filter((g) => g.sensitive === undefined);
    if (orphan.length)
        parts.push(orphan.map((g) => `- ❌ \`${g.metric}\` ${esc(g.rule)}: ${esc(g.reason, 300)}`).join('\n'));
    const failed = gates.filter((g) => !g.passed).length;
    const method = candidate.fairness ? `<sub>${esc(candidate.fairness.methods.groups, 200)}; measures: ${esc(candidate.fairness.methods.measures, 300)}; ${Math.round(candidate.fairness.confidence * 100)}% intervals.</sub>` : '';
    return [`### ${failed ? '❌' : '⚖️'} Fairness${gates.length ? ` (${failed ? `${failed} of ${gates.length} gates failed` : `${gates.length} gates passed`})` : ''}`, ...parts, method].filter(Boolean).join('\n\n');
}
/** The audit of one evaluation (evaluate-model's job summary): every feature's measures and groups. */
function fairnessOnly(ev) {
    const features = ev.fairness?.features ?? [];
    if (!features.length)
        return undefined;
    return ['### ⚖️ Fairness', ...features.map((f) => featureSection(f, undefined, []))].join('\n\n');
}
/** The top features by permutation importance, with their rank and change against the baseline's. */
function importanceSection(candidate, baseline, top = 10) {
    const imp = candidate.importance;
    if (!imp)
        return undefined;
    const base = baseline?.importance?.metric === imp.metric ? baseline.importance : undefined;
    const rank = new Map(base?.features.map((f, i) => [f.name, i + 1]));
    const rows = imp.features.slice(0, top).map((f, i) => {
        const b = base?.features.find((x) => x.name === f.name);
        const was = rank.get(f.name);
        const move = !base ? '' : was === undefined ? 'new' : was === i + 1 ? '=' : was > i + 1 ? `▲ from ${was}` : `▼ from ${was}`;
        return [String(i + 1), markdown_esc(f.name, 60), `${fmt(f.mean, 3)} [${fmt(f.low, 3)}, ${fmt(f.high, 3)}]`, ...(base ? [b ? fmt(b.mean, 3) : '–', b ? signed(f.mean - b.mean) : '–', move] : [])];
    });
    const header = ['#', 'feature', `decrease in ${imp.metric} [interval]`, ...(base ? ['baseline', 'Δ', 'rank'] : [])];
    const note = `<sub>Permutation importance: ${imp.repeats} shuffles per feature on ${imp.rows.toLocaleString('en-US')} sampled rows (seed ${imp.seed}); the interval reflects the shuffles only.${baseline && !base ? ' The baseline has no importance with the same metric to compare with.' : ''}</sub>`;
    return details(`Feature importance (top ${Math.min(top, imp.features.length)} of ${imp.features.length})`, [table(header, rows, ['r', 'l', 'r', ...(base ? ['r', 'r', 'l'] : [])]), note].join('\n\n'));
}

;// CONCATENATED MODULE: ./.build/js/src/report/evaluation.js


const pctOf = (c) => `${Math.round(c * 1000) / 10}%`;
function metricRows(metrics) {
    return Object.entries(metrics).map(([name, m]) => [
        `\`${name}\``,
        m.value === null ? `undefined${m.reason ? ` (${markdown_esc(m.reason, 80)})` : ''}` : fmt(m.value),
        m.ci ? `[${fmt(m.ci[0])}, ${fmt(m.ci[1])}]` : '–',
        m.method ? markdown_esc(m.method, 60) : '',
    ]);
}
function evaluationMarkdown(ev) {
    const out = [];
    out.push(`### Model evaluation: ${ev.task}, ${ev.rows.toLocaleString('en-US')} rows`, '', `Model ${markdown_esc(ev.model.path)} (sha256 \`${ev.model.sha256.slice(0, 12)}\`, ${(ev.model.bytes / 1024).toFixed(1)} KiB) on ${ev.data.sources.map((s) => markdown_esc(s)).join(', ')}` +
        (ev.data.shard ? `, shard ${markdown_esc(ev.data.shard)}` : '') +
        (ev.positiveLabel !== null ? ` · positive class ${markdown_esc(ev.positiveLabel)}, threshold ${ev.threshold}` : ''), '', table(['metric', 'value', `${pctOf(ev.confidence)} interval`, 'method'], metricRows(ev.metrics), ['l', 'r', 'l', 'l']));
    const cm = ev.tables.confusion;
    if (cm) {
        const head = ['true \\ predicted', ...ev.classes.map((c) => markdown_esc(c, 30))];
        out.push('', details('Confusion matrix', table(head, cm.map((row, i) => [markdown_esc(ev.classes[i], 30), ...row.map(String)]))));
    }
    const cal = ev.tables.calibration;
    if (cal) {
        out.push('', details(`Calibration (expected calibration error ${fmt(ev.metrics.ece?.value ?? null)})`, table(['bin', 'rows', 'mean predicted', 'observed rate'], cal.map((b) => [`[${fmt(b.low, 2)}, ${fmt(b.high, 2)})`, String(b.count), fmt(b.meanPredicted), fmt(b.observedRate)]), ['l', 'r', 'r', 'r'])));
    }
    if (ev.slices.length) {
        const names = ['accuracy', 'roc_auc', 'f1', 'macro_f1', 'recall', 'mae', 'rmse', 'r2'].filter((n) => n in ev.metrics).slice(0, 4);
        const rows = ev.slices.map((s) => [
            markdown_esc(s.column),
            markdown_esc(s.value, 40),
            String(s.rows),
            ...names.map((n) => {
                if (!s.metrics)
                    return '–';
                const m = s.metrics[n];
                if (!m || m.value === null)
                    return 'n/a';
                return `${fmt(m.value)}${m.ci ? ` [${fmt(m.ci[0], 3)}, ${fmt(m.ci[1], 3)}]` : ''}`;
            }),
        ]);
        const skipped = ev.slices.filter((s) => s.skipped).map((s) => `- ${markdown_esc(s.column)} = ${markdown_esc(s.value)}: ${markdown_esc(s.skipped, 200)}`);
        out.push('', details(`Slices (${ev.slices.length})`, table(['column', 'value', 'rows', ...names], rows) + (skipped.length ? '\n\n' + skipped.join('\n') : '')));
    }
    // The audit and importance alone (no baseline, no gates): the comment's sections with nothing to compare.
    const fairness = ev.fairness ? fairnessOnly(ev) : undefined;
    if (fairness)
        out.push('', fairness);
    const importance = importanceSection(ev);
    if (importance)
        out.push('', importance);
    const l = ev.latency;
    out.push('', details('Latency', table(['', 'p50', 'p95', 'p99'], [
        [`per batch (${l.batchSize} rows)`, `${fmt(l.p50Ms, 3)} ms`, `${fmt(l.p95Ms, 3)} ms`, `${fmt(l.p99Ms, 3)} ms`],
        ['per row', `${fmt(l.perRow.p50Ms * 1000, 3)} µs`, `${fmt(l.perRow.p95Ms * 1000, 3)} µs`, `${fmt(l.perRow.p99Ms * 1000, 3)} µs`],
    ]) + `\n\n${Math.round(l.rowsPerSecond).toLocaleString('en-US')} rows/s over ${l.batches} batches; model file ${(l.modelBytes / 1024).toFixed(1)} KiB`));
    if (ev.notes.length)
        out.push('', ev.notes.map((n) => `- ${markdown_esc(n, 300)}`).join('\n'));
    return out.join('\n') + '\n';
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

;// CONCATENATED MODULE: ./.build/js/src/gates/paired-data.js
/**
 * Both models' predictions on the same rows, aligned by data row index: what the paired tests of
 * compare-to-baseline run on. Reads the predictions.csv files evaluate-model writes.
 */





/** The predictions file of an evaluation: as recorded, else next to the evaluation.json. */
function paired_data_predictionsFile(ev, evaluationPath) {
    const p = ev.predictions;
    if (!p)
        throw new DataError(`${evaluationPath}: records no predictions file`, evaluationPath);
    if (existsSync(p))
        return p;
    // Downloaded artifacts keep the files together but not the paths they were written to.
    const beside = join(dirname(evaluationPath), basename(p));
    if (existsSync(beside))
        return beside;
    throw new DataError(`${evaluationPath}: its predictions file ${p} was not found (also looked beside the evaluation)`, evaluationPath);
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
    const cFile = paired_data_predictionsFile(candidate, candidatePath);
    const bFile = paired_data_predictionsFile(baseline, baselinePath);
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
    if (!existsSync(path))
        throw new ConfigurationError(`input '${input}': file not found: ${path}`);
    const bytes = readFileSync(path);
    try {
        return { bytes, value: JSON.parse(bytes.toString('utf8')) };
    }
    catch (e) {
        throw new DataError(`${path}: not JSON: ${e.message}`, path);
    }
}
async function artifact_buildVersion(inp) {
    if (!inp.model.length)
        throw new ConfigurationError(`input 'model' is required: the model file(s) to register`);
    const blobs = [];
    const layers = [];
    const titles = new Set();
    const addTitle = (t, input) => {
        if (titles.has(t))
            throw new ConfigurationError(`input '${input}': two files are named ${t}; a version stores files by name`);
        titles.add(t);
    };
    const files = [];
    for (const path of inp.model) {
        if (!existsSync(path))
            throw new ConfigurationError(`input 'model': file not found: ${path}`);
        const title = basename(path);
        addTitle(title, 'model');
        const { digest, size } = await fileDigest(path);
        blobs.push({ digest, size, path });
        layers.push({ mediaType: MEDIA.modelFile, digest, size, annotations: { [ANN.title]: title } });
        files.push({ title, digest, size });
    }
    const config = { kind: 'modelgate-model', schemaVersion: 1, name: inp.name, metrics: {}, files };
    const read = { config };
    const addJson = (bytes, mediaType, title, input) => {
        addTitle(title, input);
        const d = describe(mediaType, bytes, { [ANN.title]: title });
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
        addJson(bytes, MEDIA.evaluation, 'evaluation.json', 'evaluation');
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
            const title = basename(predictions);
            addTitle(title, 'evaluation');
            blobs.push({ digest, size, path: predictions });
            layers.push({ mediaType: MEDIA.predictions, digest, size, annotations: { [ANN.title]: title } });
        }
    }
    if (inp.trainManifest) {
        const { bytes, value } = readJson(inp.trainManifest, 'train-manifest');
        if (value.kind !== 'train-manifest' || typeof value.key !== 'string')
            throw new DataError(`${inp.trainManifest}: not a train-manifest.json (kind train-manifest with a key)`, inp.trainManifest);
        config.trainManifestKey = value.key;
        read.trainManifest = value;
        const params = value.params;
        if (params?.values)
            config.params = params.values;
        const git = value.git;
        if (git)
            config.git = { commit: git.commit, dirty: git.dirty };
        addJson(bytes, MEDIA.trainManifest, 'train-manifest.json', 'train-manifest');
    }
    if (inp.dataReport) {
        const { bytes, value } = readJson(inp.dataReport, 'data-report');
        assertArtifact('data-report', value, inp.dataReport);
        addJson(bytes, MEDIA.dataReport, 'data-report.json', 'data-report');
    }
    if (inp.profile) {
        const { bytes, value } = readJson(inp.profile, 'profile');
        assertArtifact('profile', value, inp.profile);
        addJson(bytes, MEDIA.profile, 'profile.json', 'profile');
    }
    if (inp.schema) {
        if (!existsSync(inp.schema))
            throw new ConfigurationError(`input 'schema': file not found: ${inp.schema}`);
        const bytes = readFileSync(inp.schema);
        // Checked the way validate-data loads it, so a version never stores a schema monitor cannot use.
        loadSchema(inp.schema);
        addJson(bytes, MEDIA.schema, /\.ya?ml$/i.test(inp.schema) ? 'schema.yml' : 'schema.json', 'schema');
    }
    if (!config.git && inp.revision)
        config.git = { commit: inp.revision };
    if (inp.card)
        addJson(Buffer.from(typeof inp.card === 'string' ? inp.card : inp.card(read)), MEDIA.card, 'model-card.md', 'card');
    const configBytes = jsonBytes(config);
    const configDesc = describe(MEDIA.modelConfig, configBytes);
    blobs.push({ digest: configDesc.digest, size: configDesc.size, bytes: configBytes });
    const annotations = { [ANN.title]: inp.name, [ANN.description]: `modelgate model ${inp.name}` };
    const revision = config.git?.commit ?? inp.revision;
    if (revision)
        annotations[ANN.revision] = revision;
    if (inp.source)
        annotations[ANN.source] = inp.source;
    const manifest = { schemaVersion: 2, mediaType: MEDIA.manifest, artifactType: MEDIA.model, config: configDesc, layers, annotations };
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
const STATUSES = (/* unused pure expression or super */ null && (['pending', 'approved', 'rejected']));
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
        const d = describe(layer.mediaType, layer.bytes, { [ANN.title]: layer.title });
        await backend.putBlob({ digest: d.digest, size: d.size, bytes: layer.bytes });
        layers = [d];
    }
    const manifest = {
        schemaVersion: 2,
        mediaType: MEDIA.manifest,
        artifactType: MEDIA.event,
        config: EMPTY,
        layers,
        subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
        annotations,
    };
    const bytes = jsonBytes(manifest);
    const digest = await backend.putManifest(bytes, MEDIA.manifest);
    const desc = { mediaType: MEDIA.manifest, digest, size: bytes.length, artifactType: MEDIA.event, annotations };
    // A registry with the referrers API indexes the subject itself.
    if (await backend.referrersApi?.(subject.digest))
        return digest;
    const tag = fallbackTag(subject.digest);
    const current = await backend.getManifest(tag);
    const idx = current ? JSON.parse(current.bytes.toString('utf8')) : { schemaVersion: 2, mediaType: MEDIA.index, manifests: [] };
    if (!idx.manifests.some((m) => m.digest === digest))
        idx.manifests.push(desc);
    await backend.putManifest(jsonBytes(idx), MEDIA.index, tag);
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
const lockBytes = (id) => jsonBytes({ schemaVersion: 2, mediaType: MEDIA.manifest, artifactType: MEDIA.lock, config: EMPTY, layers: [EMPTY], annotations: { 'vnd.modelgate.lock': id } });
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
    const id = randomBytes(8).toString('hex');
    await backend.putBlob({ digest: EMPTY.digest, size: EMPTY.size, bytes: EMPTY_BYTES });
    const bytes = lockBytes(id);
    const put = (suffix) => backend.putManifest(bytes, MEDIA.manifest, `${lock_LOCK_PREFIX}${id}.${suffix}`);
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
            throw new ServiceError(`${backend.location}: waited ${(opts.waitMs ?? WAIT_MS) / 1000} s for other registrations to finish; try again`);
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
        throw new ConfigurationError(`input '${input}': '${alias}' is not a valid tag (letters, digits, . _ -, at most 128)`);
    if (alias === 'latest' || /^v\d+$/.test(alias))
        throw new ConfigurationError(`input '${input}': '${alias}' is reserved (latest and v<digits> are set by register)`);
    if (alias.startsWith(LOCK_PREFIX) || alias.startsWith('sha256-'))
        throw new ConfigurationError(`input '${input}': '${alias}' is reserved for modelgate's own tags`);
}
const versionNumber = (tag) => {
    const m = VERSION_TAG.exec(tag);
    return m ? Number(m[1]) : undefined;
};
/** Tags a person would care about: versions and aliases, not the lock or referrers fallback tags. */
const isUserTag = (t) => !t.startsWith(LOCK_PREFIX) && !/^sha256-[a-f0-9]{64}$/.test(t);
function annotations(kind, who, extra) {
    const a = { [ANN.created]: (who.now?.() ?? new Date()).toISOString(), [EV.type]: kind };
    if (who.actor)
        a[EV.actor] = who.actor;
    if (who.runUrl)
        a[EV.runUrl] = who.runUrl;
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
    const digest = await backend.putManifest(built.bytes, MEDIA.manifest);
    const subject = { mediaType: MEDIA.manifest, digest, size: built.bytes.length };
    // 3. Under the lock: its number (or the one it already has), its history, its tags.
    return withLock(backend, async () => {
        const tags = await backend.listTags();
        const events = await versionEvents(backend, digest);
        let version;
        let created = false;
        const claimed = [...events].reverse().find((e) => e.type === 'registered' && e.version)?.version;
        if (claimed) {
            const at = await backend.getManifest(claimed);
            if (at?.digest === digest)
                version = claimed;
            else if (!at) {
                // Interrupted after its history event and before its tag: finish it.
                await backend.putManifest(built.bytes, MEDIA.manifest, claimed);
                version = claimed;
                created = true;
            }
        }
        if (!version) {
            const max = Math.max(0, ...tags.map((t) => versionNumber(t) ?? 0));
            version = `v${max + 1}`;
            await appendEvent(backend, subject, annotations('registered', opts, { [EV.version]: version, [EV.status]: opts.status ?? 'pending', [EV.dataDigest]: built.config.data?.sha256 }));
            await backend.putManifest(built.bytes, MEDIA.manifest, version);
            created = true;
        }
        else if (opts.status && currentStatus(events) !== opts.status) {
            await appendEvent(backend, subject, annotations('status', opts, { [EV.version]: version, [EV.status]: opts.status }));
        }
        if (created) {
            const newest = Math.max(0, ...tags.map((t) => versionNumber(t) ?? 0));
            if (versionNumber(version) >= newest)
                await backend.putManifest(built.bytes, MEDIA.manifest, 'latest');
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
    await appendEvent(backend, subject, annotations('alias', who, { [EV.version]: version, [EV.alias]: alias }));
    await backend.putManifest(bytes, MEDIA.manifest, alias);
    return true;
}
/** A version by tag (version or alias; default `latest`) or digest, every digest verified. */
async function versions_resolve(backend, ref = {}) {
    const at = ref.digest ?? ref.tag ?? 'latest';
    const m = await backend.getManifest(at);
    if (!m)
        throw new errors/* ServiceError */._7(`${backend.location}: no version ${at}`);
    const manifest = JSON.parse(m.bytes.toString('utf8'));
    if (manifest.artifactType !== oci_MEDIA.model)
        throw new errors/* ServiceError */._7(`${backend.location}:${at} is not a modelgate model version (artifactType ${manifest.artifactType ?? 'none'})`);
    const config = JSON.parse((await backend.getBlob(manifest.config)).toString('utf8'));
    const events = await events_versionEvents(backend, m.digest);
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
async function pull(backend, ref, dir, only) {
    const r = await versions_resolve(backend, ref);
    const files = {};
    for (const layer of r.manifest.layers) {
        const title = layer.annotations?.[oci_ANN.title];
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
    const r = reference_parseReference(ref, input);
    const backend = reference_openBackend({ ...r, tag: undefined, digest: undefined }, opts.conn ?? connectionFromEnv());
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'modelgate-pull-'));
    const wanted = new Set([...(opts.withModel ? [oci_MEDIA.modelFile] : []), ...(opts.withEvaluation ? [oci_MEDIA.evaluation, oci_MEDIA.predictions] : [])]);
    const { version, files } = await pull(backend, { tag: r.tag, digest: r.digest }, dir, (l) => wanted.has(l.mediaType));
    const modelTitles = version.manifest.layers.filter((l) => l.mediaType === oci_MEDIA.modelFile).map((l) => l.annotations?.['org.opencontainers.image.title'] ?? '');
    const model = modelTitles.find((t) => t.endsWith('.onnx')) ?? modelTitles[0];
    const out = { dir, files, version, model: model ? files[model] : undefined, evaluation: files['evaluation.json'] };
    if (opts.withModel && !out.model)
        throw new errors/* DataError */.fL(`input '${input}': ${ref} holds no model file`);
    return out;
}
/** The last `last` versions of the model a reference names (its tag or digest ignored). */
async function recentVersions(ref, last, conn) {
    const r = parseReference(ref);
    return listVersions(openBackend({ ...r, tag: undefined, digest: undefined }, conn ?? connectionFromEnv()), { last });
}

;// CONCATENATED MODULE: ./.build/js/src/report/html/svg.js
/**
 * SVG charts written as strings: no library, no script, so the page is small, draws at once,
 * prints, and can make no request. Every text from data goes through `h`. Elements carry classes
 * (`series`, `bar`, `cell`, `ci`, `est`, `margin`, `zero`) that the styles colour and the browser
 * tests count.
 */

const ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Escapes text for HTML content and attribute values; long text is cut. */
function h(value, max = 200) {
    let s = value === null || value === undefined ? '' : String(value);
    if (s.length > max)
        s = s.slice(0, max - 1) + '…';
    return s.replace(/[&<>"']/g, (c) => ESC[c]);
}
const px = (x) => (Math.round(x * 10) / 10).toString();
/** About `n` round tick values covering [min, max]. */
function ticks(min, max, n = 5) {
    if (!(max > min))
        return [min];
    const raw = (max - min) / n;
    const mag = 10 ** Math.floor(Math.log10(raw));
    const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? raw;
    const out = [];
    for (let v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step)
        out.push(Number(v.toPrecision(12)));
    return out;
}
const W = 460;
const H = 300;
const M = { l: 56, r: 16, t: 28, b: 44 };
/** An <svg> with axes, ticks and labels; `body` draws inside the plot area. */
function chart(cls, title, x, y, body, legend = [], xTicks = true) {
    const iw = W - M.l - M.r;
    const ih = H - M.t - M.b;
    const sx = (v) => M.l + ((v - x.min) / (x.max - x.min || 1)) * iw;
    const sy = (v) => M.t + ih - ((v - y.min) / (y.max - y.min || 1)) * ih;
    const out = [`<svg class="chart ${cls}" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${h(title)}"><title>${h(title)}</title>`];
    out.push(`<text class="title" x="${M.l}" y="16">${h(title)}</text>`);
    for (const t of xTicks ? ticks(x.min, x.max) : [])
        out.push(`<line class="grid" x1="${px(sx(t))}" x2="${px(sx(t))}" y1="${M.t}" y2="${M.t + ih}"/><text class="tick" x="${px(sx(t))}" y="${M.t + ih + 14}" text-anchor="middle">${fmt(t, 3)}</text>`);
    for (const t of ticks(y.min, y.max))
        out.push(`<line class="grid" x1="${M.l}" x2="${M.l + iw}" y1="${px(sy(t))}" y2="${px(sy(t))}"/><text class="tick" x="${M.l - 4}" y="${px(sy(t) + 3)}" text-anchor="end">${fmt(t, 3)}</text>`);
    out.push(`<rect class="plot" x="${M.l}" y="${M.t}" width="${iw}" height="${ih}"/>`);
    out.push(`<text class="axis" x="${M.l + iw / 2}" y="${H - 8}" text-anchor="middle">${h(x.label)}</text>`);
    out.push(`<text class="axis" transform="translate(12 ${M.t + ih / 2}) rotate(-90)" text-anchor="middle">${h(y.label)}</text>`);
    out.push(body({ sx, sy, width: iw, height: ih }));
    legend.forEach((l, i) => out.push(`<rect class="${l.cls}" x="${W - M.r - 120}" y="${M.t + 6 + i * 14}" width="10" height="10"/><text class="tick" x="${W - M.r - 106}" y="${M.t + 15 + i * 14}">${h(l.label, 40)}</text>`));
    out.push('</svg>');
    return out.join('');
}
/** Lines over a [0, 1] × [0, 1] square (ROC, PR, reliability), optionally with the diagonal. */
function lineChart(cls, title, x, y, series, opts = {}) {
    return chart(cls, title, x, y, (f) => {
        const out = [];
        if (opts.diagonal)
            out.push(`<line class="zero" x1="${px(f.sx(x.min))}" y1="${px(f.sy(y.min))}" x2="${px(f.sx(x.max))}" y2="${px(f.sy(y.max))}"/>`);
        for (const s of series) {
            const d = s.x.map((v, i) => `${i ? 'L' : 'M'}${px(f.sx(v))} ${px(f.sy(s.y[i]))}`).join('');
            if (d)
                out.push(`<path class="series ${s.cls}" d="${d}" data-points="${s.x.length}"/>`);
            if (opts.points)
                s.x.forEach((v, i) => out.push(`<circle class="est ${s.cls}" cx="${px(f.sx(v))}" cy="${px(f.sy(s.y[i]))}" r="3"/>`));
        }
        return out.join('');
    }, series.length > 1 ? series.map((s) => ({ cls: `key ${s.cls}`, label: s.label })) : []);
}
/** Histogram bars over shared edges; several series overlay (shares of each series' total). */
function histogram(title, edges, series, xLabel) {
    const shares = series.map((s) => {
        const total = s.counts.reduce((a, b) => a + b, 0) || 1;
        return s.counts.map((c) => c / total);
    });
    const top = Math.max(0.01, ...shares.flat());
    const lo = edges[0];
    const hi = edges.at(-1) > lo ? edges.at(-1) : lo + 1;
    return chart('histogram', title, { min: lo, max: hi, label: xLabel }, { min: 0, max: top * 1.05, label: 'share of rows' }, (f) => series
        .map((s, k) => shares[k]
        .map((v, i) => {
        const x0 = f.sx(edges[i]);
        const x1 = edges[i + 1] > edges[i] ? f.sx(edges[i + 1]) : x0 + f.width / shares[k].length;
        return `<rect class="bar ${s.cls}" x="${px(x0)}" y="${px(f.sy(v))}" width="${px(Math.max(1, x1 - x0 - 1))}" height="${px(f.sy(0) - f.sy(v))}"><title>${h(s.label)} [${fmt(edges[i])}, ${fmt(edges[i + 1])}): ${fmt(v * 100, 3)}%</title></rect>`;
    })
        .join(''))
        .join(''), series.length > 1 ? series.map((s) => ({ cls: `key ${s.cls}`, label: s.label })) : []);
}
/** Grouped bars for categories (reference and current shares of the values that moved most). */
function categoryBars(title, categories, series) {
    const top = Math.max(0.01, ...series.flatMap((s) => s.values));
    const n = categories.length;
    return chart('categories', title, { min: 0, max: n, label: '' }, { min: 0, max: top * 1.05, label: 'share of rows' }, (f) => {
        const out = [];
        const band = f.width / n;
        const bw = (band * 0.8) / series.length;
        categories.forEach((c, i) => {
            series.forEach((s, k) => {
                const v = s.values[i];
                const x = f.sx(i) + band * 0.1 + k * bw;
                out.push(`<rect class="bar ${s.cls}" x="${px(x)}" y="${px(f.sy(v))}" width="${px(bw)}" height="${px(f.sy(0) - f.sy(v))}"><title>${h(s.label)} ${h(c)}: ${fmt(v * 100, 3)}%</title></rect>`);
            });
            out.push(`<text class="tick" x="${px(f.sx(i) + band / 2)}" y="${px(f.sy(0) + 26)}" text-anchor="middle">${h(c, 14)}</text>`);
        });
        return out.join('');
    }, series.length > 1 ? series.map((s) => ({ cls: `key ${s.cls}`, label: s.label })) : [], false);
}
/** Confusion matrix: one cell per (true, predicted), shaded by the share of its row. */
function heatmap(title, labels, matrix) {
    const n = labels.length;
    const cell = Math.max(18, Math.min(56, Math.floor(360 / Math.max(1, n))));
    const left = 110;
    const topM = 44;
    const w = left + n * cell + 10;
    const hgt = topM + n * cell + 30;
    const out = [`<svg class="chart confusion" viewBox="0 0 ${w} ${hgt}" width="${w}" height="${hgt}" role="img" aria-label="${h(title)}"><title>${h(title)}</title>`];
    out.push(`<text class="title" x="4" y="16">${h(title)}</text><text class="axis" x="${left + (n * cell) / 2}" y="34" text-anchor="middle">predicted</text><text class="axis" x="4" y="${topM - 4}">true ↓</text>`);
    matrix.forEach((row, i) => {
        const total = row.reduce((a, b) => a + b, 0) || 1;
        out.push(`<text class="tick" x="${left - 4}" y="${topM + i * cell + cell / 2 + 4}" text-anchor="end">${h(labels[i], 16)}</text>`);
        row.forEach((v, j) => {
            const share = v / total;
            out.push(`<rect class="cell${i === j ? ' diag' : ''}" x="${left + j * cell}" y="${topM + i * cell}" width="${cell - 1}" height="${cell - 1}" fill-opacity="${(0.08 + 0.92 * share).toFixed(3)}"><title>true ${h(labels[i])}, predicted ${h(labels[j])}: ${v}</title></rect>`);
            if (cell >= 28)
                out.push(`<text class="count${share > 0.5 ? ' dark' : ''}" x="${left + j * cell + cell / 2}" y="${topM + i * cell + cell / 2 + 4}" text-anchor="middle">${v}</text>`);
        });
    });
    labels.forEach((l, j) => out.push(`<text class="tick" x="${left + j * cell + cell / 2}" y="${topM + n * cell + 14}" text-anchor="middle">${h(l, 8)}</text>`));
    out.push('</svg>');
    return out.join('');
}
/** A forest plot: one row per estimate with its interval, a zero line when `zero` and a margin mark per row. */
function intervalChart(cls, title, rows, opts = {}) {
    const vals = rows.flatMap((r) => [r.value, r.lo, r.hi, r.margin]).filter((v) => typeof v === 'number' && Number.isFinite(v));
    if (opts.zero)
        vals.push(0);
    let lo = Math.min(...vals);
    let hi = Math.max(...vals);
    const pad = (hi - lo) * 0.08 || Math.abs(hi) * 0.05 || 0.01;
    lo -= pad;
    hi += pad;
    const left = 170;
    const rowH = 22;
    const iw = 300;
    const w = left + iw + 16;
    const hgt = 40 + rows.length * rowH + 30;
    const sx = (v) => left + ((v - lo) / (hi - lo)) * iw;
    const out = [`<svg class="chart ${cls}" viewBox="0 0 ${w} ${hgt}" width="${w}" height="${hgt}" role="img" aria-label="${h(title)}"><title>${h(title)}</title>`];
    out.push(`<text class="title" x="4" y="16">${h(title)}</text>`);
    const bottom = 40 + rows.length * rowH;
    for (const t of ticks(lo, hi))
        out.push(`<line class="grid" x1="${px(sx(t))}" x2="${px(sx(t))}" y1="30" y2="${bottom}"/><text class="tick" x="${px(sx(t))}" y="${bottom + 14}" text-anchor="middle">${fmt(t, 3)}</text>`);
    if (opts.xLabel)
        out.push(`<text class="axis" x="${left + iw / 2}" y="${bottom + 28}" text-anchor="middle">${h(opts.xLabel)}</text>`);
    if (opts.zero)
        out.push(`<line class="zero" x1="${px(sx(0))}" x2="${px(sx(0))}" y1="30" y2="${bottom}"/>`);
    rows.forEach((r, i) => {
        const y = 40 + i * rowH + rowH / 2;
        const fail = r.failed ? ' fail' : '';
        out.push(`<text class="tick" x="${left - 6}" y="${y + 4}" text-anchor="end">${h(r.label, 28)}</text>`);
        if (r.lo !== null && r.hi !== null && Number.isFinite(r.lo) && Number.isFinite(r.hi))
            out.push(`<line class="ci${fail}" x1="${px(sx(r.lo))}" x2="${px(sx(r.hi))}" y1="${y}" y2="${y}"/>`);
        if (typeof r.margin === 'number' && Number.isFinite(r.margin))
            out.push(`<path class="margin" d="M${px(sx(r.margin))} ${y - 8}v16"><title>allowed: ${fmt(r.margin)}</title></path>`);
        if (Number.isFinite(r.value))
            out.push(`<circle class="est${fail}" cx="${px(sx(r.value))}" cy="${y}" r="4"><title>${h(r.label)}: ${fmt(r.value)}${r.lo !== null && r.hi !== null ? ` [${fmt(r.lo)}, ${fmt(r.hi)}]` : ''}</title></circle>`);
    });
    out.push('</svg>');
    return out.join('');
}

;// CONCATENATED MODULE: ./.build/js/src/report/html/sweep.js


/** One scatter chart: param value (x) against the metric (y) with interval bars. */
function paramChart(report, param) {
    const pts = report.ranking
        .map((r) => ({ r, x: Number(r.values[param]), y: r.value }))
        .filter((p) => Number.isFinite(p.x) && p.y !== null && Number.isFinite(p.y));
    if (!pts.length)
        return '';
    const xs = pts.map((p) => p.x);
    const log = Math.min(...xs) > 0 && Math.max(...xs) / Math.min(...xs) > 100;
    const tx = (x) => (log ? Math.log10(x) : x);
    const ys = pts.flatMap((p) => [p.y, ...(p.r.ci ?? [])]);
    const pad = (a, b) => (b - a) * 0.08 || Math.abs(b) * 0.05 || 0.01;
    const [x0, x1] = [Math.min(...xs.map(tx)), Math.max(...xs.map(tx))];
    const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
    const x = { min: x0 - pad(x0, x1), max: x1 + pad(x0, x1), label: log ? `log10 ${param}` : param };
    const y = { min: y0 - pad(y0, y1), max: y1 + pad(y0, y1), label: `${report.metric} (validation)` };
    return chart('sweep', `${param} against ${report.metric}`, x, y, (f) => pts
        .map((p) => {
        const cx = f.sx(tx(p.x)).toFixed(1);
        const chosen = p.r.variant === report.winner.variant ? ' chosen' : '';
        const bar = p.r.ci ? `<line class="ci${chosen}" x1="${cx}" x2="${cx}" y1="${f.sy(p.r.ci[0]).toFixed(1)}" y2="${f.sy(p.r.ci[1]).toFixed(1)}"/>` : '';
        return `${bar}<circle class="est${chosen}" cx="${cx}" cy="${f.sy(p.y).toFixed(1)}" r="${chosen ? 6 : 4}"><title>${h(p.r.variant)}: ${h(param)} ${fmt(p.x)}, ${h(report.metric)} ${fmt(p.y)}${chosen ? ' (chosen)' : ''}</title></circle>`;
    })
        .join(''));
}
function sweepSection(report) {
    const keys = [...new Set(report.ranking.flatMap((r) => Object.keys(r.values)))];
    const rows = report.ranking.map((r, i) => `<tr${r.variant === report.winner.variant ? ' class="chosen"' : ''}><td class="n">${i + 1}</td><td>${h(r.variant)}${r.variant === report.winner.variant ? ' (chosen)' : ''}</td>${keys.map((k) => `<td class="n">${h(r.values[k] ?? '')}</td>`).join('')}<td class="n">${fmt(r.value)}</td><td>${r.ci ? `[${fmt(r.ci[0])}, ${fmt(r.ci[1])}]` : '–'}</td></tr>`);
    return [
        `<section id="sweep"><h2>Sweep: ${report.ranking.length} variants, ${h(report.winner.variant)} chosen on validation</h2>`,
        `<p>${h(report.method)} over ${keys.map((k) => h(k)).join(', ')}; ranked by ${h(report.metric)} (${h(report.goal)}) on the validation split. The chosen variant's validation score is the best of ${report.ranking.length} and so optimistic; its test evaluation is the one to believe.</p>`,
        `<div class="charts">${keys.map((k) => paramChart(report, k)).join('')}</div>`,
        `<details><summary>Leaderboard</summary><table><thead><tr><th>#</th><th>variant</th>${keys.map((k) => `<th>${h(k)}</th>`).join('')}<th>${h(report.metric)}</th><th>interval</th></tr></thead><tbody>${rows.join('')}</tbody></table></details>`,
        '</section>',
    ].join('\n');
}

;// CONCATENATED MODULE: ./.build/js/src/report/mermaid.js

/** Neutralises data-derived text for mermaid (see the module comment); empty text becomes '_'. */
function label(value, max = 40) {
    let s = String(value ?? '')
        .normalize('NFKC')
        .replace(/[^\p{L}\p{N} _.+=/-]/gu, '_')
        .replace(/\s+/g, ' ')
        .trim();
    if (s.length > max)
        s = s.slice(0, max - 1) + '_';
    return s || '_';
}
/** A finite number for mermaid text, rounded to 6 significant digits; null for NaN/Infinity/null. */
function num(x) {
    if (x === null || x === undefined || !Number.isFinite(x))
        return null;
    return String(Number(x.toPrecision(6)));
}
const fence = (body) => ['```mermaid', ...body, '```'].join('\n');
/** The allowed delta of a relative gate (signed: negative for a regression margin), from its rule text. */
function allowedDelta(g) {
    const m = /^(max-regression|require-improvement)(?:\s+(-?\d+(?:\.\d+)?(?:e-?\d+)?)(%)?)?$/.exec(g.rule.trim());
    if (!m)
        return null;
    const raw = m[2] === undefined ? 0 : Number(m[2]);
    const amount = m[3] ? (raw / 100) * Math.abs(g.baseline ?? 0) : raw;
    const dir = DIRECTION[g.metric] ?? 1;
    return m[1] === 'max-regression' ? -dir * amount : dir * amount;
}
const SCALE = 1000;
/**
 * Forest plot of the gated deltas: one section per gate that has a delta and an interval; a bar
 * over the interval (red when the gate failed, highlighted when underpowered), a milestone at no
 * change (0) and one at the allowed margin. Mermaid's gantt parser takes no negative times (and
 * with `dateFormat X`, seconds, it put every start at the first one), so the scale is milliseconds
 * (`dateFormat x`) shifted to start at 1, and the axis labels are hidden: the numbers are in the
 * task labels.
 * Null when no gate has an interval.
 */
function forestChart(gates, opts = {}) {
    const rows = gates.filter((g) => g.delta !== null && g.ci && num(g.ci[0]) !== null && num(g.ci[1]) !== null).slice(0, opts.max ?? 30);
    if (!rows.length)
        return null;
    const margins = rows.map((g) => allowedDelta(g));
    const values = rows.flatMap((g, i) => [g.ci[0], g.ci[1], 0, margins[i] ?? 0]).filter(Number.isFinite);
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    // Whole positions (the parser takes integers) in thousandths of the span, the smallest value at 1.
    const span = hi - lo || 1;
    const at = (x) => String(1 + Math.round(((x - lo) / span) * SCALE));
    const lines = ['gantt', '  title Δ candidate − baseline (bar = interval, ◆ = no change and allowed margin)', '  dateFormat x', '  axisFormat .', '  todayMarker off'];
    rows.forEach((g, i) => {
        const name = label(g.metric) + (g.slice ? ` ${label(g.slice.column, 24)}=${label(g.slice.value, 24)}` : '');
        const [cl, ch] = g.ci;
        lines.push(`  section ${name}`);
        const state = g.passed ? (g.underpowered ? 'active, ' : '') : 'crit, ';
        // A zero-width interval still gets a visible bar.
        const end = String(Math.max(Number(at(ch)), Number(at(cl)) + 1));
        lines.push(`  Δ ${num(g.delta)} [${num(cl)}, ${num(ch)}] ${g.passed ? 'pass' : 'fail'} : ${state}g${i}, ${at(cl)}, ${end}`);
        lines.push(`  0 : milestone, z${i}, ${at(0)}, 0ms`);
        const margin = margins[i];
        if (margin !== null && num(margin) !== null)
            lines.push(`  margin ${num(margin)} : milestone, m${i}, ${at(margin)}, 0ms`);
    });
    return fence(lines);
}
/**
 * Drift per feature as one comparable score: statistic / threshold for distance tests, and
 * log(p) / log(threshold) for tests with a p-value; 1 is the drift threshold (the line). Capped at 10.
 */
function driftScore(d) {
    let s;
    // No finite statistic (a zero-spread reference): the decision is all there is.
    if (d.statistic === null && d.pValue === undefined)
        s = d.drifted ? 10 : 0;
    else if (d.pValue !== undefined)
        s = d.threshold > 0 && d.threshold < 1 ? Math.log(Math.max(d.pValue, 1e-300)) / Math.log(d.threshold) : 0;
    else
        s = d.threshold > 0 ? d.statistic / d.threshold : 0;
    return Number.isFinite(s) ? Math.min(10, Math.max(0, s)) : 10;
}
function driftChart(drift, opts = {}) {
    const rows = [...drift].sort((a, b) => driftScore(b) - driftScore(a)).slice(0, opts.max ?? 40);
    if (!rows.length)
        return null;
    const scores = rows.map((d) => num(driftScore(d)) ?? '0');
    return fence([
        'xychart-beta horizontal',
        '  title "Drift score per column (1 = drift threshold)"',
        `  x-axis [${rows.map((d) => `"${label(d.column)}"`).join(', ')}]`,
        `  y-axis "score" 0 --> ${Math.max(2, Math.ceil(Math.max(...rows.map(driftScore))))}`,
        `  bar [${scores.join(', ')}]`,
        `  line [${rows.map(() => '1').join(', ')}]`,
    ]);
}
/**
 * One line chart per metric over versions (oldest first), e.g. the gated metrics across the last
 * registered versions. Versions missing a metric are left out of that metric's chart; a metric
 * with fewer than two points gets no chart.
 */
function historyCharts(history, metrics) {
    const out = [];
    for (const metric of metrics) {
        const pts = history.map((h) => ({ v: h.version, x: num(h.metrics[metric]) })).filter((p) => p.x !== null);
        if (pts.length < 2)
            continue;
        const xs = pts.map((p) => Number(p.x));
        const lo = Math.min(...xs);
        const hi = Math.max(...xs);
        const pad = (hi - lo) * 0.1 || Math.abs(hi) * 0.01 || 1;
        out.push(fence([
            'xychart-beta',
            `  title "${label(metric)}"`,
            `  x-axis [${pts.map((p) => `"${label(p.v, 24)}"`).join(', ')}]`,
            `  y-axis "${label(metric)}" ${num(lo - pad)} --> ${num(hi + pad)}`,
            `  line [${pts.map((p) => p.x).join(', ')}]`,
        ]));
    }
    return out;
}

;// CONCATENATED MODULE: ./.build/js/src/report/html/report.js




const MAX_COLUMNS = 100;
const MAX_SLICES = 100;
const STYLE = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:1100px;padding:16px 24px;color:#1f2328;background:#fff}
h1{font-size:22px}h2{font-size:18px;border-bottom:1px solid #d0d7de;padding-bottom:4px;margin-top:32px}h3{font-size:15px}
table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #d0d7de;padding:3px 8px;text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums}
.pass{color:#1a7f37}.fail{color:#cf222e}.muted{color:#59636e}
.charts{display:flex;flex-wrap:wrap;gap:12px}
svg.chart{background:#fff;border:1px solid #eaeef2;border-radius:4px}
svg .title{font-weight:600;font-size:13px}svg .tick{font-size:10px;fill:#59636e}svg .axis{font-size:11px;fill:#1f2328}
svg .grid{stroke:#eaeef2}svg .plot{fill:none;stroke:#d0d7de}svg .zero{stroke:#8c959f;stroke-dasharray:4 3}
svg .series{fill:none;stroke-width:2}svg .s0,svg .current{stroke:#0969da;fill:#0969da}svg .s1,svg .reference{stroke:#bc4c00;fill:#bc4c00}
svg path.series.s0,svg path.series.s1{fill:none}
svg .bar{fill-opacity:.55;stroke:none}svg .key{stroke:none}
svg .cell{fill:#0969da}svg .count{font-size:11px;fill:#1f2328}svg .count.dark{fill:#fff}
svg .ci.chosen{stroke:#1a7f37}svg .est.chosen{fill:#1a7f37}tr.chosen td{font-weight:600}
svg .ci{stroke:#0969da;stroke-width:2}svg .est{fill:#0969da}svg .ci.fail{stroke:#cf222e}svg .est.fail{fill:#cf222e}svg .margin{stroke:#bc4c00;stroke-width:2}
details{margin:8px 0}summary{cursor:pointer}
`;
const report_num = (x, d = 4) => `<td class="n">${fmt(x, d)}</td>`;
const report_interval = (ci) => (ci ? `[${fmt(ci[0])}, ${fmt(ci[1])}]` : '–');
function report_table(head, rows) {
    return `<table><thead><tr>${head.map((x) => `<th>${h(x)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.join('')}</tr>`).join('')}</tbody></table>`;
}
function dataSection(r) {
    const out = [`<section id="data"><h2>Data: <span class="${r.passed ? 'pass' : 'fail'}">${r.passed ? 'passed' : 'failed'}</span></h2>`];
    out.push(`<p>${r.rows.toLocaleString('en-US')} rows · ${r.columns.length} columns · ${r.violations.count.toLocaleString('en-US')} violations${r.reference ? ` · drift against ${h(r.reference.source)} (${r.reference.rows.toLocaleString('en-US')} rows): ${r.drift.filter((d) => d.drifted).length} of ${r.drift.length} columns drifted` : ''}</p>`);
    const drift = new Map(r.drift.map((d) => [d.column, d]));
    const charts = [];
    for (const c of r.columns.slice(0, MAX_COLUMNS)) {
        const d = drift.get(c.name);
        const name = `${c.name}${d?.drifted ? ' (drifted)' : ''}`;
        if (d?.drifted && d.histogram) {
            charts.push(histogram(name, d.histogram.edges, [{ cls: 'reference', label: 'reference', counts: d.histogram.reference }, { cls: 'current', label: 'current', counts: d.histogram.current }], c.name));
        }
        else if (d?.drifted && d.moved.length) {
            const moved = d.moved.slice(0, 8);
            charts.push(categoryBars(name, moved.map((m) => m.label), [{ cls: 'reference', label: 'reference', values: moved.map((m) => m.reference) }, { cls: 'current', label: 'current', values: moved.map((m) => m.current) }]));
        }
        else if (c.time) {
            // A date or time column: rows per period (the first 60), empty periods included.
            const ps = c.time.periods.slice(0, 60);
            const unit = c.time.unit;
            const label = (start) => (unit === 'month' ? start.slice(0, 7) : unit === 'year' ? start.slice(0, 4) : start);
            charts.push(categoryBars(`${name}: rows per ${unit}`, ps.map((p) => label(p.start)), [{ cls: 'current', label: 'current', values: ps.map((p) => p.count / (c.count || 1)) }]));
        }
        else if (c.histogram) {
            charts.push(histogram(name, c.histogram.edges, [{ cls: 'current', label: 'current', counts: c.histogram.counts }], c.name));
        }
        else if (c.topValues.length && c.distinct <= 50) {
            const top = c.topValues.slice(0, 8);
            const total = c.count || 1;
            charts.push(categoryBars(name, top.map((t) => String(t.value)), [{ cls: 'current', label: 'current', values: top.map((t) => t.count / total) }]));
        }
    }
    if (r.columns.length > MAX_COLUMNS)
        out.push(`<p class="muted">The first ${MAX_COLUMNS} of ${r.columns.length} columns are drawn; data-report.json has them all.</p>`);
    out.push(`<div class="charts">${charts.join('')}</div>`);
    if (r.drift.length) {
        out.push('<h3>Drift</h3>');
        out.push(report_table(['column', 'verdict', 'test', 'statistic', 'p-value', 'threshold'], r.drift.map((d) => [`<td>${h(d.column)}</td>`, `<td class="${d.drifted ? 'fail' : 'pass'}">${d.drifted ? 'drifted' : 'stable'}</td>`, `<td>${h(d.test)}</td>`, report_num(d.statistic), report_num(d.pValue ?? null), report_num(d.threshold)])));
    }
    if (r.violations.samples.length) {
        out.push('<h3>Violations (samples)</h3>');
        out.push(report_table(['where', 'column', 'rule', 'message'], r.violations.samples.slice(0, 50).map((s) => [`<td>${h(s.file ?? '–')}${s.line ? `:${s.line}` : ''}</td>`, `<td>${h(s.column ?? '–')}</td>`, `<td>${h(s.rule)}</td>`, `<td>${h(s.message)}</td>`])));
    }
    out.push('</section>');
    return out.join('\n');
}
const SLICE_METRICS = ['roc_auc', 'accuracy', 'f1', 'macro_f1', 'r2', 'rmse', 'mae'];
function evaluationSection(name, ev, id) {
    const out = [`<section id="${id}"><h2>Evaluation: ${h(name)}</h2>`];
    out.push(`<p>${h(ev.task)} · ${ev.rows.toLocaleString('en-US')} rows · model ${h(ev.model.path)} (<code>${h(ev.model.sha256.slice(0, 12))}</code>)${ev.positiveLabel !== null ? ` · positive class ${h(ev.positiveLabel)}, threshold ${ev.threshold}` : ''}</p>`);
    out.push(report_table(['metric', 'value', `${Math.round(ev.confidence * 1000) / 10}% interval`, 'method'], Object.entries(ev.metrics).map(([k, m]) => [`<td><code>${h(k)}</code></td>`, report_num(m.value), `<td>${report_interval(m.ci)}</td>`, `<td class="muted">${h(m.method ?? '')}</td>`])));
    const charts = [];
    const cur = ev.tables?.curves;
    if (cur) {
        const auc = ev.metrics.roc_auc?.value;
        const ap = ev.metrics.average_precision?.value;
        charts.push(lineChart('roc', `ROC curve${auc != null ? ` (AUC ${fmt(auc)})` : ''}`, { min: 0, max: 1, label: 'false positive rate' }, { min: 0, max: 1, label: 'true positive rate' }, [{ cls: 's0', label: 'ROC', x: cur.roc.fpr, y: cur.roc.tpr }], { diagonal: true }));
        charts.push(lineChart('pr', `Precision-recall${ap != null ? ` (AP ${fmt(ap)})` : ''}`, { min: 0, max: 1, label: 'recall' }, { min: 0, max: 1, label: 'precision' }, [{ cls: 's0', label: 'PR', x: cur.pr.recall, y: cur.pr.precision }]));
    }
    const cal = ev.tables?.calibration?.filter((b) => b.count > 0 && b.meanPredicted !== null && b.observedRate !== null);
    if (cal?.length) {
        charts.push(lineChart('reliability', 'Reliability diagram', { min: 0, max: 1, label: 'mean predicted probability' }, { min: 0, max: 1, label: 'observed rate' }, [{ cls: 's0', label: 'model', x: cal.map((b) => b.meanPredicted), y: cal.map((b) => b.observedRate) }], { diagonal: true, points: true }));
    }
    if (ev.tables?.confusion)
        charts.push(heatmap('Confusion matrix', ev.classes, ev.tables.confusion));
    out.push(`<div class="charts">${charts.join('')}</div>`);
    if (cur)
        out.push(`<p class="muted">Curves are downsampled: every point of the full curve is within ${fmt(cur.maxError)} of a drawn point in each coordinate.</p>`);
    const slices = ev.slices.filter((s) => s.metrics).slice(0, MAX_SLICES);
    if (slices.length) {
        const charts2 = [];
        for (const metric of SLICE_METRICS.filter((m) => m in ev.metrics).slice(0, 2)) {
            const rows = slices.map((s) => ({ label: `${s.column}=${s.value}`, value: s.metrics[metric]?.value ?? NaN, lo: s.metrics[metric]?.ci?.[0] ?? null, hi: s.metrics[metric]?.ci?.[1] ?? null }));
            const overall = ev.metrics[metric];
            rows.unshift({ label: 'all rows', value: overall.value ?? NaN, lo: overall.ci?.[0] ?? null, hi: overall.ci?.[1] ?? null });
            charts2.push(intervalChart('slices', `${metric} per slice`, rows, { xLabel: metric }));
        }
        out.push(`<h3>Slices</h3><div class="charts">${charts2.join('')}</div>`);
        if (ev.slices.length > MAX_SLICES)
            out.push(`<p class="muted">The first ${MAX_SLICES} of ${ev.slices.length} slices are drawn.</p>`);
    }
    out.push('</section>');
    return out.join('\n');
}
function comparisonSection(c) {
    const out = [`<section id="comparison"><h2>Comparison: <span class="${c.passed === false ? 'fail' : 'pass'}">${h(c.verdict)}</span></h2>`];
    out.push(`<p>${h(c.policy)} · ${Math.round(c.confidence * 100)}% confidence · ${h(c.correction)} · ${h(c.pairing)}</p>`);
    const gated = c.gates.filter((g) => g.delta !== null);
    if (gated.length) {
        out.push(intervalChart('deltas', 'Δ candidate − baseline (orange: allowed margin)', gated.map((g) => ({ label: `${g.metric}${g.slice ? ` ${g.slice.column}=${g.slice.value}` : ''}`, value: g.delta, lo: g.ci?.[0] ?? null, hi: g.ci?.[1] ?? null, margin: allowedDelta(g), failed: !g.passed })), { zero: true, xLabel: 'Δ' }));
    }
    out.push(report_table(['metric', 'rule', 'baseline', 'candidate', 'Δ', 'interval', 'adj. p', 'result', 'why'], c.gates.map((g) => [`<td><code>${h(g.metric)}</code>${g.slice ? ` ${h(g.slice.column)} = ${h(g.slice.value)}` : ''}</td>`, `<td>${h(g.rule)}</td>`, report_num(g.baseline), report_num(g.candidate), report_num(g.delta), `<td>${report_interval(g.ci)}</td>`, report_num(g.adjustedPValue, 2), `<td class="${g.passed ? 'pass' : 'fail'}">${g.passed ? 'pass' : 'fail'}</td>`, `<td>${h(g.reason, 400)}</td>`])));
    if (c.notes.length)
        out.push(`<ul>${c.notes.map((n) => `<li>${h(n, 400)}</li>`).join('')}</ul>`);
    out.push('</section>');
    return out.join('\n');
}
/** The whole page. */
function htmlReport(parts) {
    const sections = [];
    if (parts.comparison)
        sections.push(comparisonSection(parts.comparison));
    if (parts.sweep)
        sections.push(sweepSection(parts.sweep));
    if (parts.dataReport)
        sections.push(dataSection(parts.dataReport));
    (parts.evaluations ?? []).forEach((e, i) => sections.push(evaluationSection(e.name, e.evaluation, `evaluation-${i}`)));
    const title = parts.title ?? 'modelgate report';
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(title)}</title><style>${STYLE}</style></head>
<body><h1>${h(title)}</h1>
${sections.join('\n')}
<p class="muted">Written by modelgate. This page is self-contained: it loads nothing and runs no script.</p>
</body></html>
`;
}

;// CONCATENATED MODULE: ./.build/js/src/actions/html.js
/**
 * `html` input of validate-data, evaluate-model, compare-to-baseline and run: gathers the artifacts
 * and writes one page (atomically). No math here: src/report/html draws.
 */





function writeHtml(path, parts, log) {
    if (!path)
        return;
    (0,files/* writeFileAtomic */.Zf)(path, htmlReport(parts));
    log.info(`wrote HTML report ${path}`);
}
/** Reads a JSON artifact when it exists and has the expected kind; undefined otherwise. */
function artifact(path, kind) {
    if (!path || !existsSync(path))
        return undefined;
    try {
        const json = JSON.parse(readFileSync(path, 'utf8'));
        return json?.kind === kind ? json : undefined;
    }
    catch {
        return undefined;
    }
}
/** The artifacts named by a comparison's inputs (for compare-to-baseline's page). */
function comparisonParts(comparison, files) {
    const evaluations = [];
    const cand = artifact(files.candidate, 'evaluation');
    const base = artifact(files.baseline, 'evaluation');
    if (cand)
        evaluations.push({ name: `candidate (${files.candidate})`, evaluation: cand });
    if (base)
        evaluations.push({ name: `baseline (${files.baseline})`, evaluation: base });
    return { title: 'modelgate: comparison', comparison, evaluations, dataReport: artifact(files.dataReport, 'data-report'), sweep: files.sweepReport ? readSweepReport(files.sweepReport) : undefined };
}
/** One page for a pipeline run: every artifact a stage reported (its `report` output), by kind. */
function writePipelineHtml(path, base, outputs, log) {
    if (!path)
        return;
    const parts = { title: 'modelgate: pipeline', evaluations: [] };
    for (const [stage, out] of Object.entries(outputs)) {
        const file = typeof out.report === 'string' && out.report ? resolve(base, out.report) : undefined;
        parts.dataReport ??= artifact(file, 'data-report');
        parts.comparison ??= artifact(file, 'comparison');
        const ev = artifact(file, 'evaluation');
        if (ev)
            parts.evaluations.push({ name: `${stage} (${out.report})`, evaluation: ev });
    }
    writeHtml(path, parts, log);
}

;// CONCATENATED MODULE: ./.build/js/src/actions/evaluate-model.js
/** evaluate-model adapter: inputs -> EvaluateConfig -> evaluate() -> outputs, summary. */











/**
 * In Actions, the onnxruntime-node install is kept across runs with @actions/cache, loaded only
 * when the install is missing (the toolkit and its Azure client are a large share of the
 * command's start-up otherwise).
 */
function actionsCacheHooks() {
    if (!process.env.GITHUB_ACTIONS)
        return {};
    const available = async () => {
        const cache = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 1691));
        return cache.isFeatureAvailable() ? cache : undefined;
    };
    return {
        restore: async (dir, key) => {
            const cache = await available();
            return cache !== undefined && (await cache.restoreCache([dir], key)) !== undefined;
        },
        save: async (dir, key) => {
            const cache = await available();
            if (!cache)
                return;
            try {
                await cache.saveCache([dir], key);
            }
            catch (e) {
                // Another job saved the same key first: nothing to do.
                if (!(e instanceof cache.ReserveCacheError))
                    throw e;
            }
        },
    };
}
/**
 * Records an evaluation as an experiment run: params come from the train run (of the last 200)
 * that produced the same model bytes, so `exp show` lists an evaluation beside the settings that
 * made its model. Never fails the step (see src/experiments/track.ts).
 */
async function recordEvaluation(ev, config, startedAt, log, sweep = null, early) {
    const store = openRunStore(config.experiments);
    // A merge of shards is recorded by the job that merges; a single shard is not a run of its own.
    if (!store || config.shard)
        return undefined;
    const reads = early ?? startReads(store);
    // A store that fails to list is a warning (in trainRunOf); a rejection must not go unhandled meanwhile.
    const train = await trainRunOf(reads.recent, ev.model.sha256, store.location, log);
    const run = evaluationRecord(ev, { evaluation: config.out, predictions: ev.predictions }, startedAt, Date.now() - startedAt.getTime(), await reads.context, train, sweep);
    return storeRun(store, run, log);
}
function startReads(store) {
    const recent = store.recent(RECENT);
    recent.catch(() => undefined);
    return { context: runContext(process.cwd()), recent };
}
/* harmony default export */ const evaluate_model = (defineAction({
    name: 'evaluate-model',
    parse(inputs) {
        const merge = inputs.paths('merge');
        const data = inputs.paths('data');
        const model = inputs.path('model');
        if (!merge.length && (!model || !data.length))
            throw new errors/* ConfigurationError */.j1(`inputs 'model' and 'data' are required (or 'merge' to merge shard evaluations)`);
        const confidence = inputs.number('confidence', { min: 0.5, max: 0.9999 }) ?? 0.95;
        const config = {
            model,
            data,
            merge,
            format: inputs.choice('format', ['csv', 'tsv', 'jsonl', 'parquet']),
            label: merge.length ? inputs.string('label') : inputs.required('label'),
            task: inputs.choice('task', ['binary', 'multiclass', 'regression']),
            features: inputs.list('features').length ? inputs.list('features') : undefined,
            ignore: inputs.list('ignore'),
            naValues: (0,scan/* parseNaValues */.vA)(inputs.list('na-values')),
            positiveLabel: inputs.string('positive-label'),
            threshold: inputs.number('threshold', { min: 0, max: 1 }) ?? 0.5,
            scoreType: inputs.choice('score-type', ['auto', 'probability', 'logit']) ?? 'auto',
            sliceBy: inputs.list('slice-by'),
            sensitive: inputs.list('sensitive'),
            minSliceRows: inputs.number('min-slice-rows', { min: 1, integer: true }) ?? 30,
            confidence,
            bootstrap: inputs.number('bootstrap', { min: 100, max: 100000, integer: true }) ?? 1000,
            seed: inputs.number('seed', { min: 0, integer: true }) ?? 0,
            batchSize: inputs.number('batch-size', { min: 1, max: 1 << 20, integer: true }) ?? 4096,
            importance: inputs.boolean('importance', false)
                ? {
                    repeats: inputs.number('importance-repeats', { min: 1, max: 1000, integer: true }) ?? 5,
                    maxRows: inputs.number('importance-max-rows', { min: 2, integer: true }) ?? 10000,
                    metric: inputs.choice('importance-metric', IMPORTANCE_METRICS),
                }
                : undefined,
            shard: inputs.shard('shard'),
            out: inputs.path('out') ?? 'evaluation.json',
            predictions: inputs.path('predictions'),
            html: inputs.path('html'),
            split: (0,time_split/* parseTimeSplit */.Lc)(inputs.string('split-by'), inputs.string('split-at')),
            workers: inputs.number('workers', { min: 1, max: 256, integer: true }),
            experiments: inputs.string('experiments'),
        };
        return Object.freeze(config);
    },
    async run(config, log) {
        const startedAt = new Date();
        // Git and the store's recent runs are read while the model is evaluated (only when the run is recorded).
        const runStore = config.shard ? undefined : openRunStore(config.experiments);
        const early = runStore ? startReads(runStore) : undefined;
        // A registry reference (oci-layout://…, oci://…) is pulled, digests verified, and its model evaluated.
        const model = isRegistryReference(config.model) ? (await pullVersion(config.model, 'model', { withModel: true, withEvaluation: false })).model : config.model;
        const ev = await evaluate({ ...config, model }, log, actionsCacheHooks());
        writeHtml(config.html, { title: 'modelgate: evaluation', evaluations: [{ name: config.model ?? config.out, evaluation: ev }] }, log);
        const run = await recordEvaluation(ev, config, startedAt, log, null, early);
        const value = (name) => {
            const m = ev.metrics[name];
            return m && m.value !== null ? m.value : '';
        };
        return {
            passed: true,
            outputs: {
                task: ev.task,
                rows: ev.rows,
                accuracy: value('accuracy'),
                'roc-auc': value('roc_auc'),
                f1: value('f1'),
                'macro-f1': value('macro_f1'),
                'log-loss': value('log_loss'),
                rmse: value('rmse'),
                mae: value('mae'),
                r2: value('r2'),
                report: config.out,
                predictions: predictionsPath(config),
                // Deprecated snake_case aliases (the names before v1.1), kept until v2.
                roc_auc: value('roc_auc'),
                macro_f1: value('macro_f1'),
                log_loss: value('log_loss'),
                'run-id': run?.id ?? '',
            },
            summary: evaluationMarkdown(ev),
        };
    },
}));

// EXTERNAL MODULE: ./.build/js/src/experiments/train-worker.js
var train_worker = __webpack_require__(7963);
;// CONCATENATED MODULE: ./.build/js/src/actions/train-sweep.js
/**
 * train's `sweep` input: the steps of a hyperparameter sweep (src/experiments/sweep.ts holds the
 * plan and the choice; this file runs them).
 *
 * - `plan`: the variants as the `sweep-matrix` output, nothing trained.
 * - `variant`: one variant (a matrix job): trained through train's cache with its inputs
 *   overridden, its model scored on the validation split, `<out>/<variant>/result.json` written,
 *   both runs recorded in the experiment store.
 * - `collect`: the results ranked on validation; the winner's training run again, a cache hit
 *   that restores its model (a miss retrains it: the built-in trainers are deterministic), copied
 *   to `model` and `manifest`; sweep.json written.
 * - `all` (default): plan, every variant with up to os.availableParallelism() at once (training
 *   on worker threads), collect.
 */














/** The train config of one variant: the inputs overridden, its files in `<out>/<variant>/`. */
function variantConfig(config, spec, v) {
    const b = config.builtin;
    const dir = (0,external_node_path_.join)(spec.out, v.name);
    const builtin = { ...b, model: (0,external_node_path_.join)(dir, 'model.onnx') };
    for (const [k, text] of Object.entries(v.values)) {
        const x = Number(text);
        if (k === 'l2')
            builtin.l2 = x;
        else if (k === 'seed')
            builtin.seed = x;
        else if (k === 'max-categories')
            builtin.maxCategories = x;
    }
    const inputs = config.command.inputs.filter((p) => p !== b.model);
    return { ...config, builtin, command: { ...config.command, command: builtinCommand(builtin), inputs, outputs: [builtin.model], manifest: (0,external_node_path_.join)(dir, 'train-manifest.json') } };
}
/** A logger whose lines say which variant they are about (variants run side by side). */
function prefixed(log, name) {
    const p = (m) => `[${name}] ${m}`;
    return { ...log, info: (m) => log.info(p(m)), warning: (m, a) => log.warning(p(m), a), error: (m, a) => log.error(p(m), a), debug: (m) => log.debug(p(m)), group: (n, fn) => log.group(p(n), fn), progress: undefined };
}
async function runVariant(config, spec, id, v, log, workers) {
    const vlog = prefixed(log, v.name);
    const vc = variantConfig(config, spec, v);
    const { result, run } = await trainOnce(vc, vlog, { sweep: { id, variant: v.name, split: 'validation' }, workers });
    if (!result.passed || !result.manifest)
        throw new errors/* ConfigurationError */.j1(`variant ${v.name}: ${result.failure ?? 'training failed'}`);
    const dir = (0,external_node_path_.join)(spec.out, v.name);
    const evalConfig = {
        model: vc.builtin.model,
        data: spec.validation,
        merge: [],
        label: vc.builtin.label,
        ignore: [],
        positiveLabel: spec.positiveLabel,
        threshold: 0.5,
        scoreType: 'auto',
        sliceBy: [],
        minSliceRows: 30,
        confidence: 0.95,
        bootstrap: 1000,
        seed: 0,
        batchSize: 4096,
        out: (0,external_node_path_.join)(dir, 'evaluation.json'),
        experiments: config.experiments,
    };
    const startedAt = new Date();
    const ev = await evaluate(evalConfig, vlog, actionsCacheHooks());
    const evRun = await recordEvaluation(ev, evalConfig, startedAt, vlog, { id, variant: v.name, split: 'validation' });
    const m = ev.metrics[spec.metric];
    if (!m)
        throw new errors/* ConfigurationError */.j1(`sweep metric '${spec.metric}' is not one evaluate-model computes for this ${ev.task} task; it has: ${Object.keys(ev.metrics).join(', ')}`);
    const out = {
        kind: 'sweep-variant-result',
        schemaVersion: 1,
        sweep: id,
        variant: v.name,
        values: v.values,
        metric: spec.metric,
        value: m.value,
        ci: m.ci ? [m.ci[0], m.ci[1]] : null,
        confidence: ev.confidence,
        rows: ev.rows,
        cacheHit: result.cacheHit,
        model: { sha256: ev.model.sha256 },
        runs: { train: run?.id ?? null, evaluation: evRun?.id ?? null },
    };
    writeVariantResult((0,external_node_path_.join)(dir, 'result.json'), out);
    vlog.info(`${spec.metric} on validation ${m.value === null ? 'n/a' : m.value.toPrecision(4)}${m.ci ? ` [${m.ci[0].toPrecision(4)}, ${m.ci[1].toPrecision(4)}]` : ''}${result.cacheHit ? ' (cache hit)' : ''}`);
    return out;
}
/** Runs `fn` over `items` with at most `n` at once; the first error stops new work and is thrown. */
async function train_sweep_pool(items, n, fn) {
    const out = new Array(items.length);
    let next = 0;
    let failed;
    const worker = async () => {
        while (next < items.length && failed === undefined) {
            const i = next++;
            try {
                out[i] = await fn(items[i]);
            }
            catch (e) {
                failed ??= e;
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(n, items.length)) }, worker));
    if (failed !== undefined)
        throw failed;
    return out;
}
/** Copies a file to `target` atomically (temp beside it, then rename). */
function copyAtomic(from, target) {
    const tmp = (0,files/* tempPathFor */.FD)(target);
    (0,external_node_fs_.copyFileSync)(from, tmp);
    (0,files/* commitTemp */.e$)(tmp, target);
}
async function collect(config, sweep, id, plan, results, log) {
    const spec = sweep.spec;
    const report = sweepReport(spec, id, plan, results);
    if (report.missing.length)
        log.warning(`sweep ${id}: no result for ${report.missing.length} of ${plan.length} variants (${report.missing.join(', ')}); chose among the others`);
    const win = plan.find((p) => p.name === report.winner.variant);
    // The winner's training again: a cache hit restores exactly the model that was scored.
    const vc = variantConfig(config, spec, win);
    const { result, run } = await trainOnce(vc, prefixed(log, win.name), { sweep: { id, variant: win.name, split: 'validation', chosen: true } });
    if (!result.passed || !result.manifest)
        throw new errors/* ConfigurationError */.j1(`sweep winner ${win.name}: ${result.failure ?? 'training failed'}`);
    const sha = result.manifest.outputs[0]?.sha256;
    if (sha && sha !== report.winner.model.sha256)
        log.warning(`sweep winner ${win.name}: the model restored (sha256 ${sha.slice(0, 12)}…) is not the one scored (${report.winner.model.sha256.slice(0, 12)}…); its data or trainer changed since`);
    copyAtomic(vc.builtin.model, config.builtin.model);
    copyAtomic(vc.command.manifest, config.command.manifest);
    const reportPath = (0,external_node_path_.join)(spec.out, 'sweep.json');
    (0,files/* writeJsonAtomic */.ZJ)(reportPath, report);
    log.info(`sweep ${id}: ${win.name} chosen of ${report.ranking.length} variants on the validation split (${spec.metric} ${report.winner.value?.toPrecision(4)}); its model is ${config.builtin.model}`);
    return { report, reportPath, cacheHit: result.cacheHit, runId: run?.id };
}
async function runSweepStep(config, sweep, log) {
    const spec = sweep.spec;
    const plan = planSweep(spec);
    const id = sweepId(plan, config.command.command);
    const matrix = JSON.stringify(sweepMatrix(plan));
    const base = { 'sweep-matrix': matrix, 'sweep-report': '', 'sweep-winner': '', model: config.builtin.model, manifest: config.command.manifest, 'cache-hit': false, 'duration-seconds': 0, 'run-id': '' };
    if (sweep.step === 'plan') {
        log.info(`sweep ${id}: ${plan.length} variants (${spec.method}${spec.method === 'grid' ? '' : `, seed ${spec.seed}`}, budget ${spec.budget})`);
        return { passed: true, outputs: base, summary: `### modelgate train: sweep planned\n\n${plan.length} variants (${spec.method}).\n` };
    }
    const files = (await Promise.all(spec.validation.map((p) => (0,readers/* expandDataGlob */.hL)(p)))).flat();
    if (!files.length)
        throw new errors/* ConfigurationError */.j1(`${sweep.source}: sweep.validation matches no file`);
    const t0 = Date.now();
    if (sweep.step === 'variant') {
        const v = plan.find((p) => p.name === sweep.variant);
        if (!v)
            throw new errors/* ConfigurationError */.j1(`input 'sweep-variant': '${sweep.variant}' is not a variant of this sweep (${plan.map((p) => p.name).join(', ')})`);
        const r = await runVariant(config, spec, id, v, log);
        return {
            passed: true,
            outputs: { ...base, model: (0,external_node_path_.join)(spec.out, v.name, 'model.onnx'), manifest: (0,external_node_path_.join)(spec.out, v.name, 'train-manifest.json'), 'cache-hit': r.cacheHit, 'run-id': r.runs.train ?? '', 'duration-seconds': Math.round((Date.now() - t0) / 100) / 10 },
            summary: `### modelgate train: sweep variant ${v.name}\n\n${spec.metric} on validation: ${r.value === null ? 'n/a' : r.value.toPrecision(4)}\n`,
        };
    }
    let results;
    if (sweep.step === 'collect') {
        const patterns = sweep.results.length ? sweep.results : [(0,external_node_path_.join)(spec.out, '*', 'result.json')];
        const paths = [...new Set((await Promise.all(patterns.map((p) => (0,readers/* expandDataGlob */.hL)(p).catch(() => [])))).flat())];
        if (!paths.length)
            throw new errors/* ConfigurationError */.j1(`input 'sweep-results': no result.json found (${patterns.join(', ')}); download the variants' artifacts first`);
        results = paths.map((p) => readVariantResult(p, id, plan));
    }
    else {
        const parallel = Math.min(spec.parallel || (0,external_node_os_.availableParallelism)(), plan.length);
        log.info(`sweep ${id}: ${plan.length} variants, ${parallel} at a time`);
        const workers = parallel > 1 ? new train_worker/* TrainWorkerPool */.vL(parallel) : undefined;
        try {
            results = await train_sweep_pool(plan, parallel, (v) => runVariant(config, spec, id, v, log, workers));
        }
        finally {
            await workers?.close();
        }
    }
    const c = await collect(config, sweep, id, plan, results, log);
    return {
        passed: true,
        outputs: { ...base, 'sweep-report': (0,external_node_path_.relative)(process.cwd(), (0,external_node_path_.resolve)(c.reportPath)), 'sweep-winner': c.report.winner.variant, 'cache-hit': c.cacheHit, 'run-id': c.runId ?? '', 'duration-seconds': Math.round((Date.now() - t0) / 100) / 10 },
        summary: `### modelgate train: sweep of ${c.report.ranking.length} variants\n\n${sweepMarkdown(c.report)}`,
    };
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
    if (b.l2 !== undefined && b.l2 !== 1)
        parts.push(`l2=${b.l2}`);
    return parts.join(' ');
}
/** A path relative to the working directory (forward slashes), or as given when it lies outside. */
function relativePath(p) {
    if (!(0,external_node_path_.isAbsolute)(p))
        return p;
    const rel = (0,external_node_path_.relative)(process.cwd(), p);
    return rel === '' || rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel) ? p : rel.split('\\').join('/');
}
/* harmony default export */ const actions_train = (defineAction({
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
        const experiments = inputs.string('experiments');
        const sweep = parseSweepInputs(inputs);
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
                split: (0,time_split/* parseTimeSplit */.Lc)(inputs.string('split-by'), inputs.string('split-at')),
                l2: inputs.number('l2', { min: 0 }),
            };
            const extra = inputs.paths('inputs');
            return Object.freeze({
                builtin,
                experiments,
                sweep,
                command: { ...common, command: builtinCommand(builtin), inputs: [...data, ...extra, ...(common.params ? [common.params] : [])], outputs: [builtin.model] },
            });
        }
        const outputs = inputs.paths('outputs');
        if (!outputs.length)
            throw new errors/* ConfigurationError */.j1(`input 'outputs' is required with 'command': the files it produces`);
        const globs = inputs.paths('inputs');
        if (!globs.length)
            throw new errors/* ConfigurationError */.j1(`input 'inputs' is required with 'command': the files whose change means retraining`);
        if (sweep)
            throw new errors/* ConfigurationError */.j1(`input 'sweep' needs a built-in trainer ('algorithm'): a command's outputs are fixed paths that parallel variants would overwrite`);
        return Object.freeze({ experiments, command: { ...common, command: command, inputs: globs, outputs } });
    },
    async run(config, log) {
        if (config.sweep)
            return runSweepStep(config, config.sweep, log);
        const { result, run } = await trainOnce(config, log);
        // Tenths of a second: what a person reads and a later step compares.
        const duration = Math.round((result.manifest?.commandDurationMs ?? 0) / 100) / 10;
        return {
            passed: result.passed,
            failure: result.failure,
            outputs: {
                'cache-hit': result.cacheHit,
                model: config.builtin ? config.builtin.model : config.command.outputs[0],
                // Relative to the working directory, like `model` (the manifest's own path is absolute).
                manifest: relativePath(result.manifestPath),
                'duration-seconds': result.cacheHit ? 0 : duration,
                'run-id': run?.id ?? '',
                'sweep-matrix': '',
                'sweep-report': '',
                'sweep-winner': '',
            },
            summary: `### modelgate train: ${result.cacheHit ? 'cache hit, not retrained' : result.passed ? 'trained' : 'failed'}\n\nKey \`${result.key}\`${result.cacheHit ? '' : ` · ${duration.toFixed(1)} s`}\n`,
        };
    },
}));
/**
 * One training through the cache, recorded as an experiment run (when it produced a manifest).
 * `sweep` marks the run as a variant; `workers` runs a built-in trainer on a worker thread.
 */
async function trainOnce(config, log, opts = {}) {
    // Output paths fail before any work; the built-in model is one file (a directory there would
    // otherwise be removed as a stale output).
    const root = (0,external_node_path_.resolve)(config.command.workspace ?? process.cwd());
    (0,files/* assertWritable */.Bz)((0,external_node_path_.resolve)(root, config.command.manifest), 'manifest');
    if (config.builtin)
        (0,files/* assertWritable */.Bz)((0,external_node_path_.resolve)(root, config.builtin.model), 'model');
    const store = config.command.cache ? actionsCacheStore(process.cwd()) : undefined;
    const builtin = config.builtin;
    const runStore = openRunStore(config.experiments);
    // The branch is read while the step works (its commit and dirty state come with the manifest).
    const branch = runStore ? currentBranch(root) : undefined;
    const result = await runTrainCommand(config.command, log, {
        store,
        run: builtin
            ? async () => {
                const t0 = external_node_perf_hooks_.performance.now();
                const summary = opts.workers ? await opts.workers.train(builtin, log) : await (0,train.trainBuiltin)(builtin, log);
                const test = summary.metrics.test ?? summary.metrics.train;
                log.info(`${summary.algorithm} (${summary.task}) on ${summary.rows.train} rows, ${summary.iterations} iterations${summary.converged ? '' : ' (not converged)'}: ${Object.entries(test).map(([k, v]) => `${k} ${v.toPrecision(4)}`).join(', ')}`);
                return { exitCode: 0, signal: null, tail: [], durationMs: external_node_perf_hooks_.performance.now() - t0, params: await (0,train/* builtinParams */.Iq)(builtin, summary) };
            }
            : undefined,
    });
    if (!result.manifest || !runStore)
        return { result };
    const run = await storeRun(runStore, trainRecord(result.manifest, await runContext(root, result.manifest.git, process.env, branch), opts.sweep ?? null), log);
    return { result, run };
}
/** The sweep inputs (see ./train-sweep.ts), or undefined without `sweep`. */
function parseSweepInputs(inputs) {
    const raw = inputs.string('sweep');
    const step = inputs.choice('sweep-step', ['all', 'plan', 'variant', 'collect']) ?? 'all';
    if (!raw) {
        if (inputs.string('sweep-variant') || inputs.paths('sweep-results').length)
            throw new errors/* ConfigurationError */.j1(`inputs 'sweep-variant' and 'sweep-results' need 'sweep'`);
        return undefined;
    }
    const { value, source } = (0,files/* readConfigInput */.nt)(raw, 'sweep');
    const spec = parseSweepSpec(value, source);
    const variant = inputs.string('sweep-variant');
    if (step === 'variant' && !variant)
        throw new errors/* ConfigurationError */.j1(`input 'sweep-variant' is required with sweep-step: variant (a name from the sweep-matrix output)`);
    if (step !== 'variant' && variant)
        throw new errors/* ConfigurationError */.j1(`input 'sweep-variant' is only for sweep-step: variant`);
    return { spec, source, step, variant, results: inputs.paths('sweep-results') };
}

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

;// CONCATENATED MODULE: ./.build/js/src/main/train.js
// Entry of the train action: `run()` as @github/local-action and the bundle call it.


const run = () => runAction(actions_train);


/***/ })

};
