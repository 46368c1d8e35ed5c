export const id = 299;
export const ids = [299,364];
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


/***/ }),

/***/ 48299:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run_run)
});

// EXTERNAL MODULE: ./.build/js/src/actions/run.js
var run = __webpack_require__(26364);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./.build/js/src/errors.js
var errors = __webpack_require__(4522);
// EXTERNAL MODULE: ./.build/js/src/lib/inputs.js
var lib_inputs = __webpack_require__(77064);
// EXTERNAL MODULE: ./.build/js/src/lib/paths.js
var paths = __webpack_require__(66205);
// EXTERNAL MODULE: ./.build/js/src/lib/progress.js
var progress = __webpack_require__(91162);
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
        progress: (label) => (0,progress/* progress */.q)({ label, tty: false, write: (t) => core/* info */.pq(t.trimEnd()) }),
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
        const inputs = new lib_inputs/* Inputs */.G0({ raw: (name) => actionInput(name), paths: (0,paths/* actionsPathPolicy */.Bg)() });
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

;// CONCATENATED MODULE: ./.build/js/src/main/run.js
// Entry of the top-level action: `run()` as @github/local-action and the bundle call it.


const run_run = () => runAction(run["default"]);


/***/ })

};
