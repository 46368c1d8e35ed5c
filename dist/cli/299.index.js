export const id = 299;
export const ids = [299];
export const modules = {

/***/ 48299:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run_run)
});

// EXTERNAL MODULE: ./.build/js/src/actions/run.js + 2 modules
var run = __webpack_require__(88840);
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
