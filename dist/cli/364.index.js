export const id = 364;
export const ids = [364];
export const modules = {

/***/ 6364:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__),
/* harmony export */   loadPipeline: () => (/* binding */ loadPipeline)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4522);
/* harmony import */ var _generated_actions_meta_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4900);
/* harmony import */ var _lib_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1938);
/* harmony import */ var _lib_inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7064);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(566);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9311);
/**
 * `modelgate run <dir>` and the top-level action: runs the stages of modelgate.yml in order, each
 * with the same definition, input names and checks as its own action:
 *
 * ```yaml
 * stages:
 *   validate-data:
 *     data: data/weather-2015.csv
 *     schema: schema.yml
 * ```
 *
 * Each stage runs with the file's directory as working directory, so its relative paths mean what
 * they say in the file. A stage that fails does not stop the next; the run fails if any did.
 */








function stringify(v) {
    if (Array.isArray(v))
        return v.map(stringify).join('\n');
    if (v !== null && typeof v === 'object')
        return JSON.stringify(v);
    return String(v);
}
function loadPipeline(path, only) {
    const file = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isDirectory() ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(path, 'modelgate.yml') : path;
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`input 'path': no modelgate.yml at ${file}`);
    const doc = (0,_lib_files_js__WEBPACK_IMPORTED_MODULE_4__/* .parseYamlOrJson */ .oL)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'), file);
    if (!doc || typeof doc !== 'object' || !doc.stages || typeof doc.stages !== 'object')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${file}: expected 'stages': a list of { <action>: inputs } (or a mapping of action -> inputs)`);
    // A list runs an action more than once (e.g. evaluate-model for candidate and baseline).
    const entries = Array.isArray(doc.stages)
        ? doc.stages.map((st, i) => {
            if (!st || typeof st !== 'object' || Object.keys(st).length !== 1)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${file}: stages[${i}] must be a mapping with one key, the action: { validate-data: { ... } }`);
            return Object.entries(st)[0];
        })
        : Object.entries(doc.stages);
    const stages = [];
    for (const [name, inputs] of entries) {
        const meta = _generated_actions_meta_js__WEBPACK_IMPORTED_MODULE_3__/* .actionsMeta */ .d[name];
        if (!meta || name === 'run')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${file}: stages.${name}: not an action; actions: ${Object.keys(_registry_js__WEBPACK_IMPORTED_MODULE_6__.commands).filter((c) => c !== 'run').join(', ')}`);
        const values = {};
        for (const [k, v] of Object.entries(inputs ?? {})) {
            if (!(k in meta.inputs))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${file}: stages.${name}: unknown input '${k}'`);
            if (v !== null && v !== undefined)
                values[k] = stringify(v);
        }
        stages.push({ name, values });
    }
    for (const s of only)
        if (!stages.some((st) => st.name === s))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`input 'stages': '${s}' is not a stage of ${file}`);
    return { file, stages: only.length ? stages.filter((s) => only.includes(s.name)) : stages };
}
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_types_js__WEBPACK_IMPORTED_MODULE_7__/* .defineAction */ .Q)({
    name: 'run',
    parse(inputs) {
        return Object.freeze(loadPipeline(inputs.string('path') ?? '.', inputs.list('stages')));
    },
    async run(config, log) {
        const home = process.cwd();
        const base = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(config.file));
        const outputs = {};
        const failed = [];
        const summaries = [];
        for (const stage of config.stages) {
            const def = await _registry_js__WEBPACK_IMPORTED_MODULE_6__.commands[stage.name]();
            const defaults = Object.fromEntries(Object.entries(_generated_actions_meta_js__WEBPACK_IMPORTED_MODULE_3__/* .actionsMeta */ .d[stage.name].inputs).map(([k, v]) => [k, v.default]));
            process.chdir(base);
            try {
                const result = await log.group(`stage ${stage.name}`, async () => def.run(def.parse(new _lib_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G((0,_lib_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .mapSource */ .n)(stage.values, defaults))), log));
                // A repeated action's outputs are keyed name#2, name#3, ...
                let key = stage.name;
                for (let k = 2; key in outputs; k++)
                    key = `${stage.name}#${k}`;
                outputs[key] = result.outputs;
                if (result.summary)
                    summaries.push(result.summary);
                if (!result.passed) {
                    failed.push(stage.name);
                    log.error(`stage ${stage.name}: ${result.failure ?? 'failed'}`);
                }
            }
            catch (e) {
                if (e instanceof Error)
                    e.message = `${config.file}: stage ${stage.name}: ${e.message}`;
                throw e;
            }
            finally {
                process.chdir(home);
            }
        }
        return {
            passed: failed.length === 0,
            failure: failed.length ? `stages failed: ${failed.join(', ')}` : undefined,
            outputs: { passed: failed.length === 0, 'failed-stages': failed.join(','), outputs: JSON.stringify(outputs) },
            summary: summaries.join('\n\n'),
        };
    },
}));


/***/ }),

/***/ 9311:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ defineAction)
/* harmony export */ });
function defineAction(def) {
    return def;
}


/***/ }),

/***/ 1938:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZJ: () => (/* binding */ writeJsonAtomic),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   nt: () => (/* binding */ readConfigInput),
/* harmony export */   oL: () => (/* binding */ parseYamlOrJson)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4522);
/** File helpers: nothing half-written (temp name + rename), and config that is a path or inline YAML. */




/** Writes via a temp file in the same directory and renames it into place (atomic on POSIX). */
function writeFileAtomic(path, data) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true });
    const tmp = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, `.${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path)}.${process.pid}.${Date.now()}.tmp`);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(tmp, data);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, path);
    }
    catch (e) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(tmp, { force: true });
        throw e;
    }
}
function writeJsonAtomic(path, value) {
    writeFileAtomic(path, JSON.stringify(value, null, 2) + '\n');
}
/** Parses JSON or YAML text; a syntax error names the file, line and column. */
function parseYamlOrJson(text, source) {
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parseDocument */ .Tp)(text, { prettyErrors: true, uniqueKeys: true });
    if (doc.errors.length) {
        const err = doc.errors[0];
        const pos = err.linePos?.[0];
        const where = pos ? `${source}:${pos.line}:${pos.col}` : source;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${where}: ${err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`);
    }
    return doc.toJS();
}
/** Reads a config file, or treats the value as inline YAML when it is not an existing file. */
function readConfigInput(value, input) {
    const looksInline = value.includes('\n') || value.includes(':') && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(value);
    if (!looksInline) {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(value))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`input '${input}': file not found: ${value}`);
        return { value: parseYamlOrJson((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(value, 'utf8'), value), source: value };
    }
    return { value: parseYamlOrJson(value, `input '${input}'`), source: `input '${input}'` };
}


/***/ })

};
