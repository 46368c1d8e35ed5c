#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 566:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   commands: () => (/* binding */ commands)
/* harmony export */ });
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const commands = {
    run: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(364)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6364))).default,
    'evaluate-model': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(119), __nccwpck_require__.e(103), __nccwpck_require__.e(838), __nccwpck_require__.e(196), __nccwpck_require__.e(691), __nccwpck_require__.e(771), __nccwpck_require__.e(48), __nccwpck_require__.e(645)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1645))).default,
    'compare-to-baseline': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(119), __nccwpck_require__.e(103), __nccwpck_require__.e(239), __nccwpck_require__.e(771), __nccwpck_require__.e(48), __nccwpck_require__.e(6), __nccwpck_require__.e(432)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4432))).default,
    train: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(119), __nccwpck_require__.e(103), __nccwpck_require__.e(838), __nccwpck_require__.e(196), __nccwpck_require__.e(691), __nccwpck_require__.e(771), __nccwpck_require__.e(6), __nccwpck_require__.e(623)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7623))).default,
    'validate-data': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(103), __nccwpck_require__.e(196), __nccwpck_require__.e(771), __nccwpck_require__.e(48), __nccwpck_require__.e(402)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2402))).default,
};


/***/ }),

/***/ 6505:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7182);
// The `modelgate` executable, and the top-level action: run by the Actions runner with no
// arguments, it is the `run` action (stages of modelgate.yml); otherwise the CLI. Exit status 3
// only for a bug.

const asAction = process.argv.length <= 2 && process.env.GITHUB_ACTIONS === 'true' && process.env.GITHUB_ACTION !== undefined;
if (asAction) {
    const [{ runAction }, { commands }] = await Promise.all([Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(838), __nccwpck_require__.e(937)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9937)), Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 566))]);
    await runAction(await commands.run());
}
else {
    (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .iW)(process.argv.slice(2)).then((code) => {
        process.exitCode = code;
    }, (e) => {
        process.stderr.write(`modelgate: internal error, please report it: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
        process.exitCode = 3;
    });
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7182:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  iW: () => (/* binding */ main)
});

// UNUSED EXPORTS: VERSION, parseArgs

// EXTERNAL MODULE: ./.build/js/src/errors.js
var errors = __nccwpck_require__(4522);
// EXTERNAL MODULE: ./.build/js/src/generated/actions-meta.js
var actions_meta = __nccwpck_require__(4900);
// EXTERNAL MODULE: ./.build/js/src/actions/registry.js
var registry = __nccwpck_require__(566);
// EXTERNAL MODULE: ./.build/js/src/lib/inputs.js
var inputs = __nccwpck_require__(7064);
;// CONCATENATED MODULE: ./.build/js/src/lib/logger.js
/** A logger for the CLI and tests: plain lines on stderr, so stdout stays clean for --json. */
function consoleLogger(opts = {}) {
    const write = (s) => {
        if (!opts.quiet)
            process.stderr.write(s + '\n');
    };
    const where = (a) => (a?.file ? `${a.file}${a.startLine ? `:${a.startLine}` : ''}: ` : '');
    return {
        info: write,
        warning: (m, a) => write(`warning: ${where(a)}${m}`),
        error: (m, a) => write(`error: ${where(a)}${m}`),
        debug: (m) => {
            if (opts.verbose)
                write(`debug: ${m}`);
        },
        group: async (name, fn) => {
            write(`== ${name}`);
            return fn();
        },
    };
}
/** A logger that records everything, for tests. */
function memoryLogger() {
    const lines = [];
    return {
        lines,
        info: (m) => lines.push(m),
        warning: (m) => lines.push(`warning: ${m}`),
        error: (m) => lines.push(`error: ${m}`),
        debug: () => { },
        group: async (_n, fn) => fn(),
    };
}

;// CONCATENATED MODULE: ./.build/js/src/cli/help.js

function wrap(text, width, indent) {
    const words = text.replace(/\s+/g, ' ').trim().split(' ');
    const lines = [];
    let line = '';
    for (const w of words) {
        if (line && line.length + 1 + w.length > width) {
            lines.push(line);
            line = w;
        }
        else
            line = line ? `${line} ${w}` : w;
    }
    if (line)
        lines.push(line);
    return lines.map((l) => indent + l).join('\n');
}
function helpFor(command, meta) {
    const out = [`Usage: modelgate ${command} [--<input> <value>]... [--json]`, '', wrap(meta.description, 78, ''), '', 'Inputs:'];
    for (const [name, input] of Object.entries(meta.inputs)) {
        const extra = input.default !== undefined ? ` (default: ${input.default})` : input.required ? ' (required)' : '';
        out.push(`  --${name}${extra}`, wrap(input.description, 74, '      '));
    }
    out.push('', 'Outputs (printed; with --json as a JSON object on stdout):');
    for (const [name, o] of Object.entries(meta.outputs))
        out.push(`  ${name}`, wrap(o.description, 74, '      '));
    out.push('', 'Options: --json  --quiet  --verbose  --help', 'Exit status: 0 passed, 1 the check failed, 2 usage or input error.', '');
    return out.join('\n');
}
function usage() {
    const lines = ['Usage: modelgate <command> [--<input> <value>]... [--json]', '', 'Commands:'];
    for (const [name, meta] of Object.entries(actions_meta/* actionsMeta */.d))
        lines.push(`  ${name.padEnd(20)} ${meta.description.split('. ')[0].replace(/\.$/, '')}`);
    lines.push('', 'Run `modelgate <command> --help` for its inputs.', '');
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./.build/js/src/cli/main.js
/**
 * `modelgate <command> [--<input> value]... [--json]`: the actions outside GitHub, on the same
 * definitions. Exit status: 0 passed, 1 the check failed, 2 usage or input error (one line on
 * stderr, no stack trace).
 */






const VERSION = '0.1.0';
const SWITCHES = new Set(['json', 'help', 'quiet', 'verbose', 'version']);
/** `--name value [value...]` (several values join with newlines, for list inputs) or `--name=value`. */
function parseArgs(argv) {
    const out = { values: {}, json: false, help: false, quiet: false, verbose: false };
    let i = 0;
    if (argv[0] && !argv[0].startsWith('-'))
        out.command = argv[i++];
    // `modelgate run <path>`: the one positional argument of the CLI.
    if (out.command === 'run' && argv[i] && !argv[i].startsWith('-'))
        out.values.path = argv[i++];
    while (i < argv.length) {
        const arg = argv[i++];
        if (arg === '-h') {
            out.help = true;
            continue;
        }
        if (!arg.startsWith('--') || arg.length < 3)
            throw new errors/* ConfigurationError */.j1(`unexpected argument '${arg}'; options look like --name value`);
        const eq = arg.indexOf('=');
        const name = arg.slice(2, eq < 0 ? undefined : eq);
        if (SWITCHES.has(name) && eq < 0) {
            if (name === 'version')
                out.values.version = 'true';
            else
                out[name] = true;
            continue;
        }
        const vals = [];
        if (eq >= 0)
            vals.push(arg.slice(eq + 1));
        else
            while (i < argv.length && !argv[i].startsWith('--'))
                vals.push(argv[i++]);
        if (vals.length === 0)
            throw new errors/* ConfigurationError */.j1(`option --${name} needs a value`);
        if (name in out.values)
            throw new errors/* ConfigurationError */.j1(`option --${name} given twice`);
        out.values[name] = vals.join('\n');
    }
    return out;
}
async function main(argv) {
    let args;
    try {
        args = parseArgs(argv);
    }
    catch (e) {
        process.stderr.write(`modelgate: ${e.message}\n`);
        return 2;
    }
    if (args.values.version) {
        process.stdout.write(`${VERSION}\n`);
        return 0;
    }
    if (!args.command) {
        (args.help ? process.stdout : process.stderr).write(usage());
        return args.help ? 0 : 2;
    }
    const meta = actions_meta/* actionsMeta */.d[args.command];
    const load = registry.commands[args.command];
    if (!meta || !load) {
        process.stderr.write(`modelgate: unknown command '${args.command}'; commands: ${Object.keys(registry.commands).join(', ')}\n`);
        return 2;
    }
    if (args.help) {
        process.stdout.write(helpFor(args.command, meta));
        return 0;
    }
    const log = consoleLogger({ quiet: args.quiet, verbose: args.verbose });
    try {
        for (const name of Object.keys(args.values)) {
            if (!(name in meta.inputs)) {
                throw new errors/* ConfigurationError */.j1(`unknown option --${name} for ${args.command}; see modelgate ${args.command} --help`);
            }
        }
        const defaults = Object.fromEntries(Object.entries(meta.inputs).map(([k, v]) => [k, v.default]));
        const def = await load();
        const config = def.parse(new inputs/* Inputs */.G((0,inputs/* mapSource */.n)(args.values, defaults)));
        const result = await def.run(config, log);
        if (args.json)
            process.stdout.write(JSON.stringify(result.outputs, null, 2) + '\n');
        else
            for (const [k, v] of Object.entries(result.outputs))
                process.stdout.write(`${k}: ${v}\n`);
        if (!result.passed) {
            log.error(result.failure ?? `${args.command} failed`);
            return 1;
        }
        return 0;
    }
    catch (e) {
        if ((0,errors/* isUserError */.iU)(e)) {
            process.stderr.write(`modelgate ${args.command}: ${e.message}\n`);
            return 2;
        }
        throw e;
    }
}


/***/ }),

/***/ 4522:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _7: () => (/* binding */ ServiceError),
/* harmony export */   fL: () => (/* binding */ DataError),
/* harmony export */   iU: () => (/* binding */ isUserError),
/* harmony export */   j1: () => (/* binding */ ConfigurationError)
/* harmony export */ });
/**
 * The one error path (ARCHITECTURE.md): user mistakes throw one of these with a one-line message
 * that says what to fix. The action adapter turns them into `core.setFailed`, the CLI into exit 2.
 * Anything else is a bug and keeps its stack trace.
 */
/** A mistake in inputs or configuration: a bad flag, a missing option, an invalid value. */
class ConfigurationError extends Error {
    name = 'ConfigurationError';
}
/** Input data that cannot be read at all: missing, empty, not the format it claims to be. */
class DataError extends Error {
    file;
    line;
    name = 'DataError';
    constructor(message, file, line) {
        super(message);
        this.file = file;
        this.line = line;
    }
}
/** A remote service (GitHub's API, a registry) refused a request: one line saying what and why. */
class ServiceError extends Error {
    name = 'ServiceError';
}
/** True for the errors a user must fix; these print one line, never a stack trace. */
function isUserError(e) {
    return e instanceof ConfigurationError || e instanceof DataError || e instanceof ServiceError;
}


/***/ }),

/***/ 4900:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ actionsMeta)
/* harmony export */ });
const actionsMeta = {
    "run": {
        "description": "Run the stages of a modelgate.yml (validate-data, and the other actions as they land) in one step, in order.",
        "inputs": {
            "path": {
                "description": "A modelgate.yml, or a directory holding one. Relative paths inside it are relative to its directory.",
                "required": false,
                "default": "."
            },
            "stages": {
                "description": "Run only these stages (space or comma separated). Default: every stage in the file, in order.",
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
                "description": "evaluation.json of the candidate model.",
                "required": false
            },
            "baseline": {
                "description": "evaluation.json of the production model. Without it this is the first model: only absolute gates (min, max) apply.",
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
                "description": "Token for the comment, the check run and override permission checks.",
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
            "comment-file": {
                "description": "Path of the comment markdown.",
                "required": false,
                "default": "comparison.md"
            },
            "fail-on-gate": {
                "description": "Fail the step when a gate fails.",
                "required": false,
                "default": "true"
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
    "evaluate-model": {
        "description": "Evaluate an ONNX model on a dataset with onnxruntime: metrics with confidence intervals, slice metrics, calibration and latency, plus per-row predictions for paired comparisons.",
        "inputs": {
            "model": {
                "description": "The model, an .onnx file.",
                "required": false
            },
            "data": {
                "description": "Evaluation data file or glob (CSV, TSV, JSONL, Parquet).",
                "required": false
            },
            "format": {
                "description": "Force the reader: `csv`, `tsv`, `jsonl` or `parquet`. Default: from the file extension.",
                "required": false
            },
            "label": {
                "description": "The column holding the true label (or target value).",
                "required": false
            },
            "task": {
                "description": "`binary`, `multiclass` or `regression`. Default: inferred from the model outputs and the labels.",
                "required": false
            },
            "features": {
                "description": "Columns that feed a single [N, F] input, in training order. Default: every column but the label, `ignore` and `slice-by`. Models with one input per column take their columns by name.",
                "required": false
            },
            "ignore": {
                "description": "Columns never fed to the model (ids, timestamps).",
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
                "description": "Columns to compute metrics per value of (space or comma separated).",
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
            "shard": {
                "description": "Evaluate only shard `i/n` of the rows (row index modulo n equals i); merge the shards with `merge`.",
                "required": false
            },
            "merge": {
                "description": "evaluation.json files of shards (space or newline separated, globs allowed) to merge into one evaluation instead of running the model.",
                "required": false
            },
            "out": {
                "description": "Path of evaluation.json.",
                "required": false,
                "default": "evaluation.json"
            },
            "predictions": {
                "description": "Path of the per-row predictions file (CSV), used by compare-to-baseline for paired tests. Default: next to `out`, named predictions.csv.",
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
            "roc_auc": {
                "description": "ROC AUC (binary)."
            },
            "f1": {
                "description": "F1 of the positive class (binary)."
            },
            "macro_f1": {
                "description": "Macro-averaged F1 (multiclass)."
            },
            "log_loss": {
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
                "description": "Globs of the files whose content decides whether training must run: data, code, params, lockfiles (space or newline separated).",
                "required": false
            },
            "outputs": {
                "description": "Paths the command produces (model, metrics): restored on a cache hit, saved on a miss.",
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
                "description": "Built-in trainers: the training data file or glob.",
                "required": false
            },
            "label": {
                "description": "Built-in trainers: the label column.",
                "required": false
            },
            "features": {
                "description": "Built-in trainers: feature columns. Default: every column but the label and `ignore`.",
                "required": false
            },
            "ignore": {
                "description": "Built-in trainers: columns never used as features.",
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
            }
        },
        "outputs": {
            "cache-hit": {
                "description": "`true` when the outputs were restored from the cache and nothing was trained."
            },
            "model": {
                "description": "Path of the model (built-in trainers: `model`; command mode: the first of `outputs`)."
            },
            "manifest": {
                "description": "Path of train-manifest.json."
            },
            "duration-seconds": {
                "description": "Seconds spent training (0 on a cache hit)."
            }
        }
    },
    "validate-data": {
        "description": "Validate a dataset against a schema, profile it in one streaming pass, and test it for drift against a reference.",
        "inputs": {
            "data": {
                "description": "Data file or glob (CSV, TSV, JSONL, Parquet, chosen by extension or by `format`). Several files are read as one dataset.",
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
            "profile": {
                "description": "Write the profile of `data` (mergeable sketches) to this path.",
                "required": false
            },
            "merge": {
                "description": "Profile files (space or newline separated, globs allowed) to merge into one instead of reading `data`; the merged profile is written to `profile`.",
                "required": false
            },
            "shard": {
                "description": "Read only shard `i/n` of the rows (row index modulo n equals i, 0-based), for a matrix of jobs whose profiles are merged.",
                "required": false
            },
            "report": {
                "description": "Path of data-report.json.",
                "required": false,
                "default": "data-report.json"
            },
            "markdown": {
                "description": "Also write the report as a markdown section to this path (for a PR comment).",
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
                "description": "Path of data-report.json."
            }
        }
    }
};


/***/ }),

/***/ 7064:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ Inputs),
/* harmony export */   n: () => (/* binding */ mapSource)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4522);
/**
 * Strict input parsing, shared by the action adapters and the CLI. An `InputSource` yields the raw
 * string of an input (action input or CLI flag, same name) or undefined; `Inputs` turns it into
 * typed values, throwing a ConfigurationError that names the input on anything it cannot parse.
 */

class Inputs {
    source;
    constructor(source) {
        this.source = source;
    }
    string(name) {
        const v = this.source.raw(name)?.trim();
        return v === undefined || v === '' ? undefined : v;
    }
    required(name) {
        const v = this.string(name);
        if (v === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`input '${name}' is required`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`input '${name}' must be true or false, got '${v}'`);
    }
    number(name, opts = {}) {
        const v = this.string(name);
        if (v === undefined)
            return undefined;
        const n = Number(v);
        const kind = opts.integer ? 'an integer' : 'a number';
        if (!Number.isFinite(n) || (opts.integer && !Number.isInteger(n))) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`input '${name}' must be ${kind}, got '${v}'`);
        }
        if (opts.min !== undefined && n < opts.min)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`input '${name}' must be >= ${opts.min}, got ${v}`);
        if (opts.max !== undefined && n > opts.max)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`input '${name}' must be <= ${opts.max}, got ${v}`);
        return n;
    }
    choice(name, options) {
        const v = this.string(name);
        if (v === undefined)
            return undefined;
        if (!options.includes(v)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`input '${name}' must be one of ${options.join(', ')}; got '${v}'`);
        }
        return v;
    }
    /** Items separated by newlines, commas or spaces (the forms a workflow author writes). */
    list(name) {
        const v = this.string(name);
        return v === undefined ? [] : v.split(/[\s,]+/).filter(Boolean);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`input '${name}' must be i/n with 0 <= i < n (e.g. 0/4), got '${v}'`);
        }
        return { index, count };
    }
}
/** An InputSource over a plain map, with defaults from action.yml filled in for absent names. */
function mapSource(values, defaults = {}) {
    return { raw: (name) => values[name] ?? defaults[name] };
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(6505);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
