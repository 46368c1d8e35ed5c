export const id = 314;
export const ids = [314];
export const modules = {

/***/ 24314:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  serveHelp: () => (/* binding */ serveHelp),
  serveMain: () => (/* binding */ serveMain)
});

// EXTERNAL MODULE: ./.build/js/src/errors.js
var errors = __webpack_require__(4522);
// EXTERNAL MODULE: external "node:cluster"
var external_node_cluster_ = __webpack_require__(70139);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./.build/js/src/lib/files.js
var files = __webpack_require__(41938);
;// CONCATENATED MODULE: ./.build/js/src/serve/config.js
/**
 * `modelgate serve` settings, from (highest first) command-line flags, environment variables
 * `MODELGATE_SERVE_<NAME>` (the flag name upper-cased, dashes as underscores), a config file
 * (`--config serve.yml`, YAML or JSON, keys = flag names), and the defaults below. Each default is
 * stated once, here; the CLI's --help and the README are written from this table.
 */




const SETTINGS = [
    { name: 'model', description: 'The ONNX model to serve: a file path (or file:// URL), or a registry reference (oci-layout://<dir>:<tag>, oci://<host>/<repository>:<tag>). Required.' },
    { name: 'name', description: 'The model name in URLs (/v2/models/<name>). Default: the file name without .onnx.' },
    { name: 'version', description: "The served model's version (/v2/models/<name>/versions/<version>). Default: the registry's v<n> for a registry reference, else 1." },
    { name: 'reference', description: "What the stable model stands for in the `reference` label of the per-variant metrics, e.g. the registry reference a KServe predictor's files came from (the kserve target sets MODELGATE_SERVE_REFERENCE, and its judge selects series by it). Without it there is no such label (one server tells its variants apart by the `variant` label)." },
    { name: 'host', default: '127.0.0.1', description: 'Address to listen on. Use 0.0.0.0 in a container.' },
    { name: 'port', default: '8080', description: 'Port to listen on (0: any free port).' },
    { name: 'config', description: 'A YAML or JSON file of settings (keys are these option names).' },
    { name: 'candidate', description: 'A second model version to load at start as the candidate.' },
    { name: 'candidate-version', description: "The candidate's version. Default: the registry's v<n> for a registry reference, else the next number free (2)." },
    { name: 'candidate-mode', default: 'split', description: "'split': the candidate answers a weighted share of requests; 'shadow': it gets a copy of every request, its answers are recorded and never returned." },
    { name: 'candidate-weight', default: '0', description: "The candidate's share of requests in split mode, 0 to 1." },
    { name: 'sticky-header', default: 'x-request-key', description: 'Request header whose value keeps a client on the same variant in a split.' },
    { name: 'admin-token', description: 'Bearer token of the admin API (/admin/...); the API is off without one. Prefer the environment variable MODELGATE_SERVE_ADMIN_TOKEN.' },
    { name: 'features', description: 'Rows endpoint, one-tensor models: the columns, in training order, that fill the input tensor (comma-separated). Default: the record keys in order, minus ignore.' },
    { name: 'ignore', description: 'Rows endpoint: columns never fed to the model (comma-separated), e.g. an identifier.' },
    { name: 'score-type', default: 'auto', description: "How a single float output reads: 'probability', 'logit' (a sigmoid is applied), or 'auto' (a probability when a Sigmoid node made it, else a regression value)." },
    { name: 'threshold', default: '0.5', description: 'Binary models with a single score: the label is 1 at or above this probability.' },
    { name: 'batching', default: 'true', description: 'Dynamic batching: concurrent requests share one onnxruntime call. false: one call per request.' },
    { name: 'batch-wait-ms', default: '0', description: 'How long a request may wait for others to join its batch when the model is idle (requests always join while a call runs). 0: only for the requests already received, one turn of the event loop.' },
    { name: 'max-batch-rows', default: '256', description: 'Most rows in one onnxruntime call.' },
    { name: 'queue-limit', default: '1024', description: 'Requests waiting per model version; past it the answer is 503 with Retry-After.' },
    { name: 'threads', default: '1', description: "onnxruntime's threads per model call; 0: onnxruntime's default (one per core). 1 suits small models under concurrent requests: the arithmetic runs on the server's thread and no pool threads compete with the HTTP work; raise it for large models." },
    { name: 'workers', default: '1', description: "Server processes sharing the port (node:cluster): a primary forwards the admin API to every worker, merges their /metrics, and restarts a worker that crashes. Each worker holds its own onnxruntime sessions (memory per worker). More than 1 pays off when one process's HTTP handling, not the model, is the limit: small models under many concurrent clients, at most one per core." },
    { name: 'body-limit', default: '8mb', description: 'Largest request body (bytes, or with kb/mb); larger gets 413.' },
    { name: 'request-timeout-ms', default: '30000', description: 'A request not answered in this time gets 503.' },
    { name: 'shutdown-timeout-ms', default: '10000', description: 'On SIGTERM, how long requests in flight may take to finish.' },
    { name: 'capture-dir', description: 'Folder for captured requests and answers (JSON Lines). No capture without it.' },
    { name: 'capture-sample', default: '1', description: 'Share of requests captured, 0 to 1.' },
    { name: 'capture-max-bytes', default: '64mb', description: 'A capture file is closed and a new one started past this size.' },
    { name: 'log-level', default: 'info', description: "debug, info (one line per request), warn or error. Logs are JSON lines on stderr." },
];
const KNOWN = new Set(SETTINGS.map((s) => s.name));
function envName(name) {
    return `MODELGATE_SERVE_${name.toUpperCase().replace(/-/g, '_')}`;
}
/** Merges flags, environment, config file and defaults into the raw string values. */
function gatherSettings(flags, env) {
    for (const k of Object.keys(flags))
        if (!KNOWN.has(k))
            throw new errors/* ConfigurationError */.j1(`unknown option --${k} for serve; see modelgate serve --help`);
    const values = {};
    const from = {};
    const configPath = flags.config ?? env[envName('config')];
    if (configPath) {
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)(configPath, 'utf8');
        }
        catch (e) {
            throw new errors/* ConfigurationError */.j1(`config file ${configPath}: ${e.code === 'ENOENT' ? 'not found' : e.message}`);
        }
        const doc = (0,files/* parseYamlOrJson */.oL)(text, configPath);
        if (doc !== null && doc !== undefined) {
            if (typeof doc !== 'object' || Array.isArray(doc))
                throw new errors/* ConfigurationError */.j1(`config file ${configPath}: must be a mapping of option names to values`);
            for (const [k, v] of Object.entries(doc)) {
                if (!KNOWN.has(k) || k === 'config')
                    throw new errors/* ConfigurationError */.j1(`config file ${configPath}: unknown key '${k}'; keys are the options of modelgate serve --help`);
                if (v === null || typeof v === 'object') {
                    if (Array.isArray(v) && v.every((x) => typeof x === 'string'))
                        values[k] = v.join(',');
                    else
                        throw new errors/* ConfigurationError */.j1(`config file ${configPath}: '${k}' must be a string, number or boolean`);
                }
                else
                    values[k] = String(v);
                from[k] = configPath;
            }
        }
    }
    for (const s of SETTINGS) {
        const e = env[envName(s.name)];
        if (e !== undefined && e !== '') {
            values[s.name] = e;
            from[s.name] = envName(s.name);
        }
    }
    for (const [k, v] of Object.entries(flags)) {
        values[k] = v;
        from[k] = `--${k}`;
    }
    for (const s of SETTINGS)
        if (values[s.name] === undefined && s.default !== undefined)
            values[s.name] = s.default;
    return { values, from };
}
function bytes(v, name) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?\s*$/i.exec(v);
    if (!m)
        throw new errors/* ConfigurationError */.j1(`${name}: '${v}' is not a size; write bytes, or a number with kb, mb or gb`);
    const unit = (m[2] ?? 'b').toLowerCase()[0];
    return Math.floor(Number(m[1]) * (unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1));
}
function number(v, name, min, max, integer = false) {
    const n = Number(v);
    if (v.trim() === '' || !Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n))) {
        throw new errors/* ConfigurationError */.j1(`${name}: '${v}' is not ${integer ? 'an integer' : 'a number'} from ${min} to ${max}`);
    }
    return n;
}
function oneOf(v, name, options) {
    if (!options.includes(v))
        throw new errors/* ConfigurationError */.j1(`${name}: '${v}' is not one of ${options.join(', ')}`);
    return v;
}
function bool(v, name) {
    if (v === 'true')
        return true;
    if (v === 'false')
        return false;
    throw new errors/* ConfigurationError */.j1(`${name}: '${v}' is not true or false`);
}
function list(v) {
    if (v === undefined)
        return undefined;
    const items = v.split(/[,\n]/).map((s) => s.trim()).filter(Boolean);
    return items.length ? items : undefined;
}
/** Parses the settings strictly into a frozen config; a bad value names the option and where it came from. */
function parseServeConfig(flags, env = process.env) {
    const { values: v, from } = gatherSettings(flags, env);
    const n = (k) => `${k} (${from[k] ?? 'default'})`;
    if (!v.model)
        throw new errors/* ConfigurationError */.j1(`--model is required: the ONNX model file to serve (or ${envName('model')}, or 'model' in the config file)`);
    const config = {
        model: v.model,
        name: v.name ?? (0,external_node_path_.basename)(v.model.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')).replace(/[:@].*$/, '').replace(/\.onnx$/i, ''),
        version: v.version,
        reference: v.reference,
        host: v.host,
        port: number(v.port, n('port'), 0, 65535, true),
        candidate: v.candidate,
        candidateVersion: v['candidate-version'],
        candidateMode: oneOf(v['candidate-mode'], n('candidate-mode'), ['split', 'shadow']),
        candidateWeight: number(v['candidate-weight'], n('candidate-weight'), 0, 1),
        stickyHeader: v['sticky-header'].toLowerCase(),
        adminToken: v['admin-token'] || undefined,
        features: list(v.features),
        ignore: list(v.ignore) ?? [],
        scoreType: oneOf(v['score-type'], n('score-type'), ['auto', 'probability', 'logit']),
        threshold: number(v.threshold, n('threshold'), 0, 1),
        batching: bool(v.batching, n('batching')),
        batchWaitMs: number(v['batch-wait-ms'], n('batch-wait-ms'), 0, 10_000),
        maxBatchRows: number(v['max-batch-rows'], n('max-batch-rows'), 1, 1_000_000, true),
        queueLimit: number(v['queue-limit'], n('queue-limit'), 1, 1_000_000, true),
        threads: number(v.threads, n('threads'), 0, 1024, true),
        workers: number(v.workers, n('workers'), 1, 64, true),
        bodyLimit: bytes(v['body-limit'], n('body-limit')),
        requestTimeoutMs: number(v['request-timeout-ms'], n('request-timeout-ms'), 1, 3_600_000, true),
        shutdownTimeoutMs: number(v['shutdown-timeout-ms'], n('shutdown-timeout-ms'), 0, 3_600_000, true),
        captureDir: v['capture-dir'] || undefined,
        captureSample: number(v['capture-sample'], n('capture-sample'), 0, 1),
        captureMaxBytes: bytes(v['capture-max-bytes'], n('capture-max-bytes')),
        logLevel: oneOf(v['log-level'], n('log-level'), ['debug', 'info', 'warn', 'error']),
    };
    if (!config.name || /[/?#\s]/.test(config.name))
        throw new errors/* ConfigurationError */.j1(`name: '${config.name}' cannot be a model name in a URL; set --name`);
    if (config.adminToken !== undefined && config.adminToken.length < 16)
        throw new errors/* ConfigurationError */.j1(`admin-token (${from['admin-token']}): use at least 16 characters`);
    return Object.freeze(config);
}

// EXTERNAL MODULE: ./.build/js/src/serve/log.js
var serve_log = __webpack_require__(37823);
;// CONCATENATED MODULE: ./.build/js/src/cli/serve.js
/**
 * `modelgate serve`: a long-running server, not an action, so it has its own flags (from
 * src/serve/config.ts) instead of an action.yml. Exit status: 0 after a graceful stop (SIGTERM or
 * SIGINT), 2 for a usage or configuration error, 1 when workers (--workers) keep crashing.
 */




function wrap(text, width, indent) {
    const lines = [];
    let line = '';
    for (const w of text.split(/\s+/)) {
        if (line && line.length + 1 + w.length > width) {
            lines.push(indent + line);
            line = w;
        }
        else
            line = line ? `${line} ${w}` : w;
    }
    if (line)
        lines.push(indent + line);
    return lines.join('\n');
}
function serveHelp() {
    const out = [
        'Usage: modelgate serve --model <model.onnx> [--<option> <value>]...',
        '',
        wrap('Serves an ONNX model over the Open Inference Protocol v2 (KServe, Triton and Seldon MLServer clients work unchanged), with a rows endpoint, a stable and a candidate variant (weighted split or shadow), dynamic batching, Prometheus metrics on /metrics and capture of requests to JSON Lines. Every option can also come from the environment (MODELGATE_SERVE_<OPTION>, e.g. MODELGATE_SERVE_PORT) or a config file (--config); flags win over the environment, which wins over the file.', 78, ''),
        '',
        'Options:',
    ];
    for (const s of SETTINGS)
        out.push(`  --${s.name}${s.default !== undefined ? ` (default: ${s.default})` : ''}   [${envName(s.name)}]`, wrap(s.description, 74, '      '));
    out.push('', 'Stops gracefully on SIGTERM or SIGINT. Exit status: 0 stopped, 2 usage or configuration error.', '');
    return out.join('\n');
}
/** Each serve option takes one value; a repeated flag is a usage error, not a silent pick. */
function single(values) {
    const out = {};
    for (const [k, v] of Object.entries(values)) {
        if (typeof v !== 'string')
            throw new errors/* ConfigurationError */.j1(`--${k} takes one value, given ${v.length} times`);
        out[k] = v;
    }
    return out;
}
/** A start-up failure the user can fix (exit 2 with one line), or undefined for a bug. */
function userFailure(e) {
    if ((0,errors/* isUserError */.iU)(e) || e.code === 'EADDRINUSE' || e.code === 'EACCES')
        return e.message;
    return undefined;
}
async function serveMain(values, help, version) {
    if (help) {
        process.stdout.write(serveHelp());
        return 0;
    }
    let config;
    try {
        config = parseServeConfig(single(values));
    }
    catch (e) {
        const message = userFailure(e);
        if (message === undefined)
            throw e;
        process.stderr.write(`modelgate serve: ${message}\n`);
        return 2;
    }
    // --workers N: this process is the primary (it forks N copies of this command) or one of them.
    if (external_node_cluster_.isWorker)
        return workerMain(config, version);
    if (config.workers > 1) {
        const { runPrimary } = await Promise.all(/* import() */[__webpack_require__.e(383), __webpack_require__.e(883)]).then(__webpack_require__.bind(__webpack_require__, 20883));
        return runPrimary(config, { log: (0,serve_log/* jsonLogger */.R)(config.logLevel), fail: (m) => process.stderr.write(`modelgate serve: ${m}\n`) });
    }
    let server;
    try {
        const { startServe } = await Promise.all(/* import() */[__webpack_require__.e(704), __webpack_require__.e(302), __webpack_require__.e(59), __webpack_require__.e(383), __webpack_require__.e(549)]).then(__webpack_require__.bind(__webpack_require__, 75549));
        server = await startServe(config, version);
    }
    catch (e) {
        const message = userFailure(e);
        if (message === undefined)
            throw e;
        process.stderr.write(`modelgate serve: ${message}\n`);
        return 2;
    }
    await untilStopped(server);
    return 0;
}
/** Waits for SIGTERM or SIGINT (or `also`), then stops the server gracefully. */
function untilStopped(s, also) {
    return new Promise((resolve) => {
        let once = false;
        const stop = () => {
            if (once)
                return;
            once = true;
            process.off('SIGTERM', stop);
            process.off('SIGINT', stop);
            void s.close().then(resolve, resolve);
        };
        process.on('SIGTERM', stop);
        process.on('SIGINT', stop);
        also?.(stop);
    });
}
/** One worker of `--workers N`: starts from the state the primary gives, reports to it, stops when told. */
async function workerMain(config, version) {
    const { WorkerLink } = await __webpack_require__.e(/* import() */ 502).then(__webpack_require__.bind(__webpack_require__, 92264));
    const link = new WorkerLink();
    let stopAsked = false;
    const early = () => (stopAsked = true);
    process.on('SIGTERM', early);
    process.on('SIGINT', early);
    link.onStop(early);
    const { slot, state } = await link.hello();
    const base = (0,serve_log/* jsonLogger */.R)(config.logLevel);
    const log = { enabled: base.enabled, log: (level, msg, fields) => base.log(level, msg, { worker: slot, ...fields }) };
    let server;
    try {
        const { startServe } = await Promise.all(/* import() */[__webpack_require__.e(704), __webpack_require__.e(302), __webpack_require__.e(59), __webpack_require__.e(383), __webpack_require__.e(549)]).then(__webpack_require__.bind(__webpack_require__, 75549));
        server = await startServe(config, version, { log, worker: { link, slot, state } });
    }
    catch (e) {
        const message = userFailure(e);
        const code = message === undefined ? 3 : 2;
        link.fatal(message ?? `internal error, please report it: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`, code);
        process.disconnect();
        return code;
    }
    process.off('SIGTERM', early);
    process.off('SIGINT', early);
    const s = server;
    link.ready(`http://${config.host}:${s.port}`, { state: s.deployment.state(), sources: s.deployment.sources() });
    await untilStopped(s, (stop) => (stopAsked ? stop() : link.onStop(stop)));
    process.disconnect();
    return 0;
}


/***/ }),

/***/ 37823:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ jsonLogger)
/* harmony export */ });
const ORDER = { debug: 10, info: 20, warn: 30, error: 40 };
function jsonLogger(level, write = (l) => process.stderr.write(l)) {
    return {
        enabled: (l) => ORDER[l] >= ORDER[level],
        log(l, msg, fields = {}) {
            if (ORDER[l] < ORDER[level])
                return;
            write(JSON.stringify({ time: new Date().toISOString(), level: l, msg, ...fields }) + '\n');
        },
    };
}


/***/ })

};
