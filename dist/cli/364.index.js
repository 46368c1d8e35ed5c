export const id = 364;
export const ids = [364];
export const modules = {

/***/ 26364:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__),
/* harmony export */   loadPipeline: () => (/* binding */ loadPipeline)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4522);
/* harmony import */ var _generated_actions_meta_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54900);
/* harmony import */ var _lib_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(41938);
/* harmony import */ var _lib_inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(77064);
/* harmony import */ var _lib_paths_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(66205);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(566);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(51692);
/* harmony import */ var _html_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(23973);
/* harmony import */ var _lib_pipeline_schema_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(31406);
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
 * they say in the file, and every path must stay inside the workspace (src/lib/paths.ts). A YAML
 * list is a list input whose items are kept whole. A stage that fails does not stop the next; the
 * run fails if any did. What a stage publishes (the PR comment) runs after every stage, once the
 * outputs and the summary are written.
 */











function scalar(v) {
    if (v !== null && typeof v === 'object')
        return JSON.stringify(v);
    return String(v);
}
function loadPipeline(path, only) {
    const file = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isDirectory() ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(path, 'modelgate.yml') : path;
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`input 'path': no modelgate.yml at ${file}`);
    const doc = (0,_lib_files_js__WEBPACK_IMPORTED_MODULE_4__/* .parseYamlOrJson */ .oL)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'), file);
    (0,_lib_pipeline_schema_js__WEBPACK_IMPORTED_MODULE_9__/* .checkPipeline */ .t)(doc, file);
    if (!doc || typeof doc !== 'object' || !doc.stages || typeof doc.stages !== 'object')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${file}: expected 'stages': a list of { <action>: inputs } (or a mapping of action -> inputs)`);
    // A list runs an action more than once (e.g. evaluate-model for candidate and baseline).
    const entries = Array.isArray(doc.stages)
        ? doc.stages.map((st, i) => {
            if (!st || typeof st !== 'object' || Array.isArray(st) || Object.keys(st).length !== 1)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${file}: stages[${i}] must be a mapping with one key, the action: { validate-data: { ... } }`);
            const [name, inputs] = Object.entries(st)[0];
            return [name, `stages[${i}].${name}`, inputs];
        })
        : Object.entries(doc.stages).map(([name, inputs]) => [name, `stages.${name}`, inputs]);
    const stages = [];
    for (const [name, at, inputs] of entries) {
        const meta = _generated_actions_meta_js__WEBPACK_IMPORTED_MODULE_3__/* .actionsMeta */ .d[name];
        if (!meta || name === 'run')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${file}: ${at}: not an action; actions: ${Object.keys(_registry_js__WEBPACK_IMPORTED_MODULE_7__/* .commands */ .P).filter((c) => c !== 'run').join(', ')}`);
        if (inputs !== null && inputs !== undefined && (typeof inputs !== 'object' || Array.isArray(inputs)))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${file}: ${at}: expected a mapping of inputs`);
        const values = {};
        for (const [k, v] of Object.entries((inputs ?? {}))) {
            if (!(k in meta.inputs))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${file}: ${at}: unknown input '${k}'`);
            if (v === null || v === undefined)
                continue;
            values[k] = Array.isArray(v) ? v.filter((x) => x !== null && x !== undefined).map(scalar) : scalar(v);
        }
        stages.push({ name, at, values });
    }
    for (const s of only)
        if (!stages.some((st) => st.name === s))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`input 'stages': '${s}' is not a stage of ${file}`);
    return { file, stages: only.length ? stages.filter((s) => only.includes(s.name)) : stages, paths: (0,_lib_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .pipelinePathPolicy */ .QW)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(file)) };
}
/** Runs `fn` with `dir` as working directory. */
async function inDir(dir, fn) {
    const home = process.cwd();
    process.chdir(dir);
    try {
        return await fn();
    }
    finally {
        process.chdir(home);
    }
}
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_types_js__WEBPACK_IMPORTED_MODULE_10__/* .defineAction */ .Q)({
    name: 'run',
    secrets: ['github-token'],
    parse(inputs) {
        return Object.freeze({ ...loadPipeline(inputs.string('path') ?? '.', inputs.list('stages')), token: inputs.string('github-token'), html: inputs.path('html') });
    },
    async run(config, log) {
        const base = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(config.file));
        const outputs = {};
        const failed = [];
        const summaries = [];
        const publishes = [];
        for (const stage of config.stages) {
            const def = await _registry_js__WEBPACK_IMPORTED_MODULE_7__/* .commands */ .P[stage.name]();
            const defaults = { ...(0,_lib_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .defaultsOf */ .Gf)(stage.name), ...('github-token' in _generated_actions_meta_js__WEBPACK_IMPORTED_MODULE_3__/* .actionsMeta */ .d[stage.name].inputs ? { 'github-token': config.token } : {}) };
            const source = (0,_lib_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .mapSource */ .GU)(stage.values, defaults, { paths: config.paths, label: (k) => `key '${stage.at}.${k}'` });
            // One log group per action step at most (the runner does not nest them): a stage is a line.
            log.info(`== stage ${stage.at}`);
            const parsed = await inDir(base, async () => {
                try {
                    return def.parse(new _lib_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0(source));
                }
                catch (e) {
                    if (e instanceof Error)
                        e.message = `${config.file}: ${e.message}`;
                    throw e;
                }
            });
            const result = await inDir(base, async () => {
                try {
                    return await def.run(parsed, log);
                }
                catch (e) {
                    if (e instanceof Error)
                        e.message = `${config.file}: ${stage.at}: ${e.message}`;
                    throw e;
                }
            });
            // A repeated action's outputs are keyed name#2, name#3, ...
            let key = stage.name;
            for (let k = 2; key in outputs; k++)
                key = `${stage.name}#${k}`;
            outputs[key] = result.outputs;
            if (result.summary)
                summaries.push(result.summary);
            if (result.publish)
                publishes.push({ key, fn: result.publish });
            if (!result.passed) {
                failed.push(stage.name);
                log.error(`stage ${stage.at}: ${result.failure ?? 'failed'}`);
            }
        }
        (0,_html_js__WEBPACK_IMPORTED_MODULE_8__/* .writePipelineHtml */ .Zt)(config.html, base, outputs, log);
        return {
            passed: failed.length === 0,
            failure: failed.length ? `stages failed: ${failed.join(', ')}` : undefined,
            outputs: { passed: failed.length === 0, 'failed-stages': failed.join(','), outputs: JSON.stringify(outputs) },
            summary: summaries.join('\n\n'),
            publish: publishes.length
                ? async (plog) => {
                    const failures = [];
                    for (const p of publishes) {
                        const r = await inDir(base, () => p.fn(plog));
                        if (r.outputs)
                            Object.assign(outputs[p.key], r.outputs);
                        if (r.failure)
                            failures.push(`${p.key}: ${r.failure}`);
                    }
                    return { outputs: { outputs: JSON.stringify(outputs) }, failure: failures.length ? failures.join('; ') : undefined };
                }
                : undefined,
        };
    },
}));


/***/ })

};
