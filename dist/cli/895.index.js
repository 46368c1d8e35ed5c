export const id = 895;
export const ids = [895];
export const modules = {

/***/ 76895:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  builtinCommand: () => (/* binding */ builtinCommand),
  "default": () => (/* binding */ actions_train),
  trainOnce: () => (/* binding */ trainOnce)
});

// EXTERNAL MODULE: ./.build/js/src/data/scan.js + 1 modules
var scan = __webpack_require__(48806);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: ./.build/js/src/errors.js
var errors = __webpack_require__(4522);
// EXTERNAL MODULE: ./.build/js/src/lib/files.js
var files = __webpack_require__(41938);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./.build/js/src/train/cachekey.js
var cachekey = __webpack_require__(21935);
// EXTERNAL MODULE: ./.build/js/src/train/manifest.js + 1 modules
var train_manifest = __webpack_require__(30006);
// EXTERNAL MODULE: ./.build/js/src/train/params.js
var train_params = __webpack_require__(23268);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
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
    (0,cachekey/* checkKeyPrefix */.mh)(config.cacheKeyPrefix);
    const inside = (name, p) => {
        const w = (0,cachekey/* workspacePath */.X5)(root, p);
        if ((0,external_node_path_.isAbsolute)(w) || w === '' || w === '.' || (0,cachekey/* isWithin */.UO)(MODELGATE_DIR, w)) {
            throw new errors/* ConfigurationError */.j1(`input '${name}': '${p}' must be inside the workspace (${root}) and not the workspace itself or its ${MODELGATE_DIR} folder`);
        }
        return w;
    };
    const outputs = [...new Set(config.outputs.map((o) => inside('outputs', o)))];
    for (const a of outputs) {
        for (const b of outputs)
            if (a !== b && (0,cachekey/* isWithin */.UO)(b, a))
                throw new errors/* ConfigurationError */.j1(`input 'outputs': '${b}' is inside '${a}'; declare one of them`);
    }
    for (const o of outputs) {
        if (o === '.git' || (0,cachekey/* isWithin */.UO)(o, '.git'))
            throw new errors/* ConfigurationError */.j1(`input 'outputs': '${o}' is inside the repository's .git folder`);
    }
    // Outputs are removed before the command runs (a stale file must not pass for a fresh one), so an
    // input inside one would be deleted: refuse, as DVC refuses an output that is also a dependency.
    for (const i of config.inputs) {
        const literal = i.replace(/^!/, '').split(/[*?[{]/)[0];
        if (i.startsWith('!') || !literal)
            continue;
        const w = (0,cachekey/* workspacePath */.X5)(root, literal.endsWith('/') ? literal.slice(0, -1) || '.' : literal);
        const hit = outputs.find((o) => (0,cachekey/* isWithin */.UO)(w, o));
        if (hit)
            throw new errors/* ConfigurationError */.j1(`input 'inputs': '${i}' is inside the declared output '${hit}', which is removed before the command runs; declare outputs the command writes, not its data`);
    }
    const manifest = (0,cachekey/* workspacePath */.X5)(root, config.manifest);
    if (outputs.some((o) => (0,cachekey/* isWithin */.UO)(manifest, o)))
        throw new errors/* ConfigurationError */.j1(`input 'manifest': ${config.manifest} cannot be a declared output`);
    const params = config.params === undefined ? undefined : (0,cachekey/* workspacePath */.X5)(root, config.params);
    if (params !== undefined && outputs.some((o) => (0,cachekey/* isWithin */.UO)(params, o)))
        throw new errors/* ConfigurationError */.j1(`input 'params': ${config.params} cannot be a declared output`);
    let metrics;
    if (config.metrics !== undefined) {
        metrics = (0,cachekey/* workspacePath */.X5)(root, config.metrics);
        if (!outputs.some((o) => (0,cachekey/* isWithin */.UO)(metrics, o)))
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
    const own = [localCacheDir, ...(statCachePath ? [statCachePath] : [])].map((p) => (0,cachekey/* workspacePath */.X5)(root, p)).filter((p) => !(0,external_node_path_.isAbsolute)(p));
    const exclude = [MODELGATE_DIR, ...outputs, paths.manifest, ...own];
    // The git state first, before this step writes anything.
    const git = await (0,train_manifest/* gitState */.mS)(root, exclude);
    const { key, digests, params, hash } = await log.group('Hashing inputs', async () => {
        const files = await (0,cachekey/* expandInputs */.Go)(config.inputs, root, exclude);
        const statCache = statCachePath ? cachekey/* StatCache */.XO.load(statCachePath) : cachekey/* StatCache */.XO.none();
        const { digests, stats } = await (0,cachekey/* hashInputs */._4)(files, { root, statCache });
        statCache.save();
        const params = paths.params === undefined ? undefined : (0,train_params/* readParams */.LE)((0,external_node_path_.resolve)(root, paths.params), config.params);
        const key = (0,cachekey/* cacheKey */.k$)({ prefix: config.cacheKeyPrefix, command: config.command, inputs: digests, params, outputs });
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
    const { digests: outputDigests } = await (0,cachekey/* hashInputs */._4)(outputFiles(root, outputs), { root });
    const manifest = {
        kind: 'train-manifest',
        schemaVersion: 1,
        key,
        cacheHit,
        command: config.command,
        inputs: digests,
        outputs: outputDigests,
        params: paramsRecord(paths.params, params, builtin),
        metrics: (0,train_manifest/* readMetrics */.Uw)(root, outputs, paths.metrics),
        git,
        startedAt,
        durationMs: 0,
        commandDurationMs,
        cache: { enabled: config.cache, store: store?.kind ?? null, saved: false },
        runner: (0,train_manifest/* runnerInfo */.ZV)(),
        tools: (0,train_manifest/* toolVersions */.Ek)(),
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
    (0,train_manifest/* writeTrainManifest */.$0)(manifestPath, manifest);
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
    const format = (0,train_params/* paramsFormat */.m0)(path);
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
var cache = __webpack_require__(61691);
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
var train = __webpack_require__(12304);
// EXTERNAL MODULE: ./.build/js/src/actions/types.js
var types = __webpack_require__(51692);
// EXTERNAL MODULE: ./.build/js/src/data/time-split.js
var time_split = __webpack_require__(10264);
// EXTERNAL MODULE: ./.build/js/src/data/time.js
var time = __webpack_require__(81477);
// EXTERNAL MODULE: ./.build/js/src/experiments/store.js
var experiments_store = __webpack_require__(21459);
// EXTERNAL MODULE: ./.build/js/src/experiments/track.js
var track = __webpack_require__(6277);
// EXTERNAL MODULE: ./.build/js/src/experiments/context.js
var context = __webpack_require__(30269);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./.build/js/src/data/readers.js + 40 modules
var readers = __webpack_require__(48699);
// EXTERNAL MODULE: ./.build/js/src/model/evaluate.js + 4 modules
var evaluate = __webpack_require__(1088);
// EXTERNAL MODULE: ./.build/js/src/experiments/sweep.js + 1 modules
var experiments_sweep = __webpack_require__(94354);
// EXTERNAL MODULE: ./.build/js/src/experiments/sweep-results.js
var sweep_results = __webpack_require__(42545);
// EXTERNAL MODULE: ./.build/js/src/report/sweep.js
var report_sweep = __webpack_require__(61100);
// EXTERNAL MODULE: ./.build/js/src/actions/evaluate-model.js + 1 modules
var evaluate_model = __webpack_require__(78137);
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
    const ev = await (0,evaluate.evaluate)(evalConfig, vlog, (0,evaluate_model.actionsCacheHooks)());
    const evRun = await (0,evaluate_model.recordEvaluation)(ev, evalConfig, startedAt, vlog, { id, variant: v.name, split: 'validation' });
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
    (0,sweep_results/* writeVariantResult */.EH)((0,external_node_path_.join)(dir, 'result.json'), out);
    vlog.info(`${spec.metric} on validation ${m.value === null ? 'n/a' : m.value.toPrecision(4)}${m.ci ? ` [${m.ci[0].toPrecision(4)}, ${m.ci[1].toPrecision(4)}]` : ''}${result.cacheHit ? ' (cache hit)' : ''}`);
    return out;
}
/** Runs `fn` over `items` with at most `n` at once; the first error stops new work and is thrown. */
async function pool(items, n, fn) {
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
    const report = (0,sweep_results/* sweepReport */.lc)(spec, id, plan, results);
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
    const plan = (0,experiments_sweep/* planSweep */.cK)(spec);
    const id = (0,experiments_sweep/* sweepId */.sm)(plan, config.command.command);
    const matrix = JSON.stringify((0,experiments_sweep/* sweepMatrix */.eD)(plan));
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
        results = paths.map((p) => (0,sweep_results/* readVariantResult */.D4)(p, id, plan));
    }
    else {
        const parallel = Math.min(spec.parallel || (0,external_node_os_.availableParallelism)(), plan.length);
        log.info(`sweep ${id}: ${plan.length} variants, ${parallel} at a time`);
        const workers = parallel > 1 ? new train_worker/* TrainWorkerPool */.vL(parallel) : undefined;
        try {
            results = await pool(plan, parallel, (v) => runVariant(config, spec, id, v, log, workers));
        }
        finally {
            await workers?.close();
        }
    }
    const c = await collect(config, sweep, id, plan, results, log);
    return {
        passed: true,
        outputs: { ...base, 'sweep-report': (0,external_node_path_.relative)(process.cwd(), (0,external_node_path_.resolve)(c.reportPath)), 'sweep-winner': c.report.winner.variant, 'cache-hit': c.cacheHit, 'run-id': c.runId ?? '', 'duration-seconds': Math.round((Date.now() - t0) / 100) / 10 },
        summary: `### modelgate train: sweep of ${c.report.ranking.length} variants\n\n${(0,report_sweep/* sweepMarkdown */.cS)(c.report)}`,
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
/* harmony default export */ const actions_train = ((0,types/* defineAction */.Q)({
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
    const runStore = (0,experiments_store/* openRunStore */.$)(config.experiments);
    // The branch is read while the step works (its commit and dirty state come with the manifest).
    const branch = runStore ? (0,context/* currentBranch */.eR)(root) : undefined;
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
    const run = await (0,track/* storeRun */.Pc)(runStore, (0,track/* trainRecord */.Oy)(result.manifest, await (0,track/* runContext */.pO)(root, result.manifest.git, process.env, branch), opts.sweep ?? null), log);
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
    const spec = (0,experiments_sweep/* parseSweepSpec */.l3)(value, source);
    const variant = inputs.string('sweep-variant');
    if (step === 'variant' && !variant)
        throw new errors/* ConfigurationError */.j1(`input 'sweep-variant' is required with sweep-step: variant (a name from the sweep-matrix output)`);
    if (step !== 'variant' && variant)
        throw new errors/* ConfigurationError */.j1(`input 'sweep-variant' is only for sweep-step: variant`);
    return { spec, source, step, variant, results: inputs.paths('sweep-results') };
}


/***/ })

};
