export const id = 839;
export const ids = [839];
export const modules = {

/***/ 46839:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  INIT_HELP: () => (/* binding */ INIT_HELP),
  completeArgs: () => (/* binding */ completeArgs),
  initMain: () => (/* binding */ initMain),
  parseInitArgs: () => (/* binding */ parseInitArgs)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:readline/promises"
var promises_ = __webpack_require__(26848);
// EXTERNAL MODULE: ./.build/js/src/errors.js
var errors = __webpack_require__(4522);
// EXTERNAL MODULE: ./.build/js/src/actions/registry.js
var registry = __webpack_require__(566);
// EXTERNAL MODULE: ./.build/js/src/lib/inputs.js
var inputs = __webpack_require__(77064);
// EXTERNAL MODULE: ./.build/js/src/lib/logger.js
var logger = __webpack_require__(30485);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./.build/js/src/lib/files.js
var files = __webpack_require__(41938);
// EXTERNAL MODULE: ./.build/js/src/data/scan.js + 1 modules
var scan = __webpack_require__(48806);
// EXTERNAL MODULE: ./.build/js/src/data/infer.js
var infer = __webpack_require__(22870);
// EXTERNAL MODULE: ./.build/js/src/data/readers.js + 40 modules
var readers = __webpack_require__(48699);
// EXTERNAL MODULE: ./.build/js/src/data/profile.js + 4 modules
var profile = __webpack_require__(80717);
;// CONCATENATED MODULE: ./.build/js/src/init/scaffold.js
/**
 * `modelgate init`: a starting project from one data file and its label column. Reads the data once
 * (the same scan as validate-data), infers a schema to review, picks the built-in trainer from the
 * label, and writes modelgate.yml, schema.yml, gates.yml and the workflows from the templates in
 * workflows-examples/init/ (kept in one place, shipped in the package). Checks every target first:
 * nothing is overwritten without `force`, nothing is half-written.
 */









/**
 * workflows-examples/ of the installed package: two levels up from this module in a checkout
 * (src/init/) and in the bundle (dist/cli/). The name is built at run time so the bundler does not
 * copy the folder into dist/.
 */
function templatesDir() {
    const here = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    const name = ['workflows', 'examples'].join('-');
    for (const up of [(0,external_node_path_.join)(here, '..', '..'), (0,external_node_path_.join)(here, '..', '..', '..')])
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(up, name, 'init')))
            return (0,external_node_path_.join)(up, name, 'init');
    throw new Error(`modelgate init: templates not found next to ${here} (a broken install?)`);
}
function template(name, vars) {
    let text = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(templatesDir(), name), 'utf8');
    for (const [k, v] of Object.entries(vars))
        text = text.replaceAll(`__${k}__`, v);
    return text;
}
/** A YAML plain scalar when safe, else double-quoted (paths and column names from the user). */
function yamlScalar(s) {
    return /^[A-Za-z0-9_./-]+$/.test(s) && !/^(true|false|null|yes|no|on|off|~)$/i.test(s) && !/^[-.\d]/.test(s) ? s : JSON.stringify(s);
}
/** An identifier-like text column (most values distinct): useless as a feature, costly to one-hot. */
function isIdentifier(c) {
    return !c.isNumeric && (0,profile/* identifierLike */.$F)(c.count, c.distinctCount.value);
}
/** Classification when the label is text, boolean, or a number with few distinct integer values. */
function taskOf(label) {
    if (!label.isNumeric)
        return 'classification';
    const integers = label.integers === label.numbers;
    return integers && label.distinctCount.value <= 20 ? 'classification' : 'regression';
}
async function planInit(o) {
    const dir = (0,external_node_path_.resolve)(o.dir);
    const files = await (0,readers/* expandDataGlob */.hL)(o.data);
    if (!files.length)
        throw new errors/* ConfigurationError */.j1(`--data: no file matches ${o.data}`);
    const result = await (0,scan/* scan */.SQ)({ files, maxSamples: 0, keepValues: false });
    const columns = result.profile.columns;
    const label = result.profile.byName.get(o.label);
    if (!label)
        throw new errors/* ConfigurationError */.j1(`--label: '${o.label}' is not a column of ${o.data}; columns: ${columns.map((c) => c.name).join(', ')}`);
    if (result.profile.rows < 10)
        throw new errors/* ConfigurationError */.j1(`--data: ${o.data} has ${result.profile.rows} rows; a model needs more`);
    const task = taskOf(label);
    const algorithm = task === 'classification' ? 'logistic-regression' : 'linear-regression';
    const ignore = columns.filter((c) => c.name !== o.label && isIdentifier(c)).map((c) => c.name);
    const rel = (0,external_node_path_.relative)(dir, (0,external_node_path_.resolve)(o.data)).split(external_node_path_.sep).join('/');
    const vars = {
        DATA: yamlScalar(rel),
        LABEL: yamlScalar(o.label),
        ALGORITHM: algorithm,
        IGNORE: ignore.map(yamlScalar).join(', '),
    };
    const inferred = (0,infer/* renderSchema */.ok)((0,infer/* inferSchema */._A)(result.profile, rel), (0,external_node_path_.join)(dir, 'schema.yml'));
    // The workflows live in <dir>/.github: `dir` is the repository's root.
    const workflowVars = { PATH: '.' };
    return {
        task,
        algorithm,
        ignore,
        files: [
            { path: (0,external_node_path_.join)(dir, 'modelgate.yml'), text: template('modelgate.yml', vars) },
            { path: (0,external_node_path_.join)(dir, 'schema.yml'), text: inferred },
            { path: (0,external_node_path_.join)(dir, 'gates.yml'), text: template(task === 'classification' ? 'gates-classification.yml' : 'gates-regression.yml', vars) },
            { path: (0,external_node_path_.join)(dir, '.github/workflows/modelgate.yml'), text: template('pr-gate.yml', workflowVars) },
            { path: (0,external_node_path_.join)(dir, '.github/workflows/modelgate-fork-compute.yml'), text: template('fork-compute.yml', workflowVars) },
            { path: (0,external_node_path_.join)(dir, '.github/workflows/modelgate-fork-publish.yml'), text: template('fork-publish.yml', workflowVars) },
            { path: (0,external_node_path_.join)(dir, '.github/workflows/modelgate-register.yml'), text: template('register-on-merge.yml', workflowVars) },
        ],
    };
}
/** Writes the plan's files; refuses (before writing any) when one exists and `force` is off. */
function writePlan(plan, force) {
    const existing = plan.files.filter((f) => (0,external_node_fs_.existsSync)(f.path)).map((f) => f.path);
    if (existing.length && !force)
        throw new errors/* ConfigurationError */.j1(`refusing to overwrite ${existing.join(', ')}; pass --force to replace them`);
    for (const f of plan.files)
        (0,files/* writeFileAtomic */.Zf)(f.path, f.text);
}

;// CONCATENATED MODULE: ./.build/js/src/cli/init.js
/**
 * `modelgate init [dir] --data <file> --label <column> [--force] [--no-run]`: writes a starting
 * project (src/init/scaffold.ts), then runs its pipeline once. On a terminal, a missing --data or
 * --label is asked for; elsewhere (CI, pipes) it is a usage error. Exit status as every command:
 * 0 written and the pipeline passed, 1 written but a stage failed, 2 usage or input error.
 */







const INIT_HELP = `Usage: modelgate init [dir] --data <file> --label <column> [--force] [--no-run]

Writes a starting project into dir (default: the current directory), its repository root:
  modelgate.yml         validate-data, train (built-in trainer), evaluate-model, compare-to-baseline
  schema.yml            the schema inferred from the data, to review
  gates.yml             default gates, explained in comments
  .github/workflows/    the pull-request gate, the fork-safe pair (compute + publish), and
                        registration in ghcr.io after a merge
then runs the pipeline once. Refuses to overwrite any of these without --force.
On a terminal, a missing --data or --label is asked for.
`;
function parseInitArgs(argv) {
    const out = { dir: '.', force: false, run: true, quiet: false };
    let positional = false;
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        const value = () => {
            const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
            if (v === undefined || v === '')
                throw new errors/* ConfigurationError */.j1(`option ${a.split('=')[0]} needs a value`);
            return v;
        };
        if (a === '--force')
            out.force = true;
        else if (a === '--no-run')
            out.run = false;
        else if (a === '--quiet')
            out.quiet = true;
        else if (a === '--data' || a.startsWith('--data='))
            out.data = value();
        else if (a === '--label' || a.startsWith('--label='))
            out.label = value();
        else if (!a.startsWith('-') && !positional)
            (out.dir = a), (positional = true);
        else
            throw new errors/* ConfigurationError */.j1(`unexpected argument '${a}'; see modelgate init --help`);
    }
    return out;
}
function terminalPrompter() {
    const rl = (0,promises_.createInterface)({ input: process.stdin, output: process.stderr });
    return { ask: (q) => rl.question(q), close: () => rl.close() };
}
/** Fills in --data and --label by asking, when a prompter is given (a terminal). */
async function completeArgs(args, prompter) {
    if ((!args.data || !args.label) && !prompter)
        throw new errors/* ConfigurationError */.j1(`--data and --label are required (no terminal to ask on); e.g. modelgate init --data data/train.csv --label churned`);
    try {
        while (!args.data)
            args.data = (await prompter.ask('Data file (CSV, TSV, JSON Lines or Parquet): ')).trim() || undefined;
        while (!args.label)
            args.label = (await prompter.ask('Label column (what the model predicts): ')).trim() || undefined;
    }
    finally {
        prompter?.close();
    }
    return args;
}
async function initMain(argv, prompter) {
    if (argv.includes('--help') || argv.includes('-h')) {
        process.stdout.write(INIT_HELP);
        return 0;
    }
    try {
        const parsed = parseInitArgs(argv);
        const args = await completeArgs(parsed, prompter ?? (process.stdin.isTTY && process.stderr.isTTY ? terminalPrompter() : undefined));
        const log = (0,logger/* consoleLogger */.kS)({ quiet: args.quiet });
        const plan = await planInit({ dir: args.dir, data: args.data, label: args.label, force: args.force });
        writePlan(plan, args.force);
        log.info(`${plan.task}: built-in ${plan.algorithm}${plan.ignore.length ? `, ignoring identifier-like columns ${plan.ignore.join(', ')}` : ''}`);
        for (const f of plan.files)
            log.info(`wrote ${f.path}`);
        if (!args.run)
            return 0;
        const def = await registry/* commands */.P.run();
        // Evaluated defaults only (never action.yml's `${{ github.token }}` text); the token from the environment.
        const defaults = { ...(0,inputs/* defaultsOf */.Gf)('run'), ...(0,inputs/* environmentFallbacks */.vL)() };
        const html = (0,external_node_path_.join)(args.dir, 'out', 'report.html');
        const result = await def.run(def.parse(new inputs/* Inputs */.G0((0,inputs/* mapSource */.GU)({ path: args.dir, html }, defaults))), log);
        if (!result.passed) {
            log.error(`the first run failed (${result.failure}); the files are written: fix and run \`modelgate run ${args.dir}\``);
            return 1;
        }
        log.info(`the pipeline passed (report: ${html}); next: review schema.yml and gates.yml, commit, and open a pull request`);
        return 0;
    }
    catch (e) {
        if ((0,errors/* isUserError */.iU)(e)) {
            process.stderr.write(`modelgate init: ${e.message}\n`);
            return 2;
        }
        throw e;
    }
}


/***/ }),

/***/ 22870:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _A: () => (/* binding */ inferSchema),
/* harmony export */   ok: () => (/* binding */ renderSchema)
/* harmony export */ });
/* unused harmony exports NON_NULL_MIN_ROWS, inferColumn */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _lib_objects_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49477);
/**
 * Schema inference from a profile, written for a person to read and edit. It infers what TFDV does
 * (types, nullability, small category sets) and numeric ranges, which TFDV does not, with a margin:
 * held-out rows fall a little outside the observed extremes all the time, and a schema that cries
 * wolf gets switched off. The rules, each stated in the schema's descriptions:
 *
 * - type: integer / number / boolean / string from the values seen; `null` added (nullable) unless
 *   the data is large (NON_NULL_MIN_ROWS, 1000 rows) and the column was never null: a sample without
 *   nulls says little about the next file, while 1000 rows without one bound the null rate below
 *   0.3% (the rule of three at 95%). Remove "null" from a type to require a value.
 * - text in a numeric column (at most 10% of values, see ColumnProfile.textInNumeric): numeric.
 * - range (x-dataset): the observed [min, max] widened by 10% of its span on each side; a column
 *   that never went below 0 keeps 0 as its floor (counts, amounts, durations).
 * - max-null-fraction (x-dataset), for nullable columns: the observed fraction plus three binomial
 *   standard errors plus 0.5 points, so the same source rarely trips it.
 * - enum: for text columns with at most 20 distinct values, each seen at least twice.
 * - format: `date` for dates, `date-time` for timestamps with a zone, `iso-date-time` when some had
 *   none. No time rule is inferred: freshness and gaps are a property of the feed, for a person to set.
 */


const MAX_ENUM = 20;
const RANGE_MARGIN = 0.1;
function nice(x, dir) {
    if (x === 0 || !Number.isFinite(x))
        return x;
    const mag = 10 ** (Math.floor(Math.log10(Math.abs(x))) - 3);
    return (dir === 'down' ? Math.floor(x / mag) : Math.ceil(x / mag)) * mag;
}
function round(x) {
    return Number(x.toPrecision(6));
}
/** Rows from which a column never null is inferred as required to have a value (non-nullable). */
const NON_NULL_MIN_ROWS = 1000;
function inferColumn(col, rows) {
    const nullable = col.nulls > 0 || rows < NON_NULL_MIN_ROWS;
    const withNull = (t) => (nullable ? [t, 'null'] : t);
    const total = col.count + col.nulls;
    const observed = [`${col.count} values`, `${col.nulls} null`];
    const rules = {};
    const property = {};
    switch (col.type) {
        case 'integer':
        case 'number': {
            const { min, max } = col.moments;
            observed.push(`min ${round(min)}`, `max ${round(max)}`);
            property.type = withNull(col.type);
            const margin = (max - min) * RANGE_MARGIN;
            let lo = nice(min - margin, 'down');
            const hi = nice(max + margin, 'up');
            if (min >= 0 && lo < 0)
                lo = 0;
            rules.range = { min: col.type === 'integer' ? Math.floor(lo) : round(lo), max: col.type === 'integer' ? Math.ceil(hi) : round(hi) };
            break;
        }
        case 'boolean':
            property.type = withNull('boolean');
            break;
        case 'date':
        case 'date-time': {
            // Checked by ajv-formats: `date` (RFC 3339 full-date, leap years included), `date-time` (needs a
            // zone), or `iso-date-time` when some timestamps had none (wall-clock time).
            property.type = withNull('string');
            property.format = col.type === 'date' ? 'date' : col.time.naive > 0 ? 'iso-date-time' : 'date-time';
            const t = col.summary().time;
            observed.push(`from ${t.min}`, `to ${t.max}`);
            break;
        }
        case 'string': {
            property.type = withNull('string');
            const counts = col.top.exactCounts();
            if (counts && counts.size <= MAX_ENUM && [...counts.values()].every((c) => c >= 2) && col.strings === col.count) {
                const values = [...counts.keys()].map(String).sort();
                property.enum = nullable ? [...values, null] : values;
                observed.push(`${values.length} categories`);
            }
            else {
                observed.push(`~${col.distinctCount.value} distinct`);
            }
            break;
        }
        case 'empty':
            observed.push('always empty');
            break;
    }
    if (col.nulls > 0 && total > 0) {
        const p = col.nulls / total;
        const bound = Math.min(1, p + 3 * Math.sqrt((p * (1 - p)) / total) + 0.005);
        rules['max-null-fraction'] = Math.ceil(bound * 1000) / 1000;
    }
    const why = col.nulls > 0 ? '' : nullable ? `; nullable: no null seen, but under ${NON_NULL_MIN_ROWS} rows` : `; not nullable: no null in ${rows} rows`;
    property.description = `inferred from ${rows} rows: ${observed.join(', ')}${why}`;
    return { property, rules: Object.keys(rules).length ? rules : undefined };
}
function inferSchema(profile, source) {
    const properties = (0,_lib_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .dict */ .j)();
    const columns = (0,_lib_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .dict */ .j)();
    for (const col of profile.columns) {
        const { property, rules } = inferColumn(col, profile.rows);
        properties[col.name] = property;
        if (rules)
            columns[col.name] = rules;
    }
    return {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        title: `rows of ${source}`,
        description: `Inferred by modelgate validate-data --infer-schema from ${profile.rows} rows. Columns are nullable (type [..., "null"]) unless ` +
            `the data had at least ${NON_NULL_MIN_ROWS} rows and the column no null; remove "null" from a type to require a value, add it to allow none.`,
        type: 'object',
        properties,
        required: profile.columns.map((c) => c.name),
        'x-dataset': { columns },
    };
}
/** YAML for .yml/.yaml paths (with a header comment), JSON otherwise. */
function renderSchema(schema, path) {
    if (/\.ya?ml$/i.test(path)) {
        return ('# Inferred by `modelgate validate-data --infer-schema`. Review and edit it: ranges carry a 10% margin,\n' +
            '# categories list what was seen. JSON Schema draft 2020-12 for one row, plus dataset rules in x-dataset.\n' +
            `# Nullability: a column is nullable (type [..., "null"]) unless the data had at least ${NON_NULL_MIN_ROWS} rows and the\n` +
            '# column never was null. To require a value, remove "null" from its type (and from its enum); to allow none, add it.\n' +
            (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)(schema, { lineWidth: 0 }));
    }
    return JSON.stringify(schema, null, 2) + '\n';
}


/***/ })

};
