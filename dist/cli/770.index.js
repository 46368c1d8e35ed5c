export const id = 770;
export const ids = [770];
export const modules = {

/***/ 49770:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ actions_retrain)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./.build/js/src/errors.js
var errors = __webpack_require__(4522);
// EXTERNAL MODULE: ./.build/js/src/lib/files.js
var files = __webpack_require__(41938);
// EXTERNAL MODULE: ./.build/js/src/data/readers.js + 40 modules
var readers = __webpack_require__(48699);
;// CONCATENATED MODULE: ./.build/js/src/retrain/findings.js
/**
 * What acting on a monitoring run needs from monitor-report.json, and nothing more: the finding,
 * whether labels were present, the drifted columns with their statistics, the metrics that decayed,
 * the window and the model. `monitor` writes the report (src/monitor/report.ts, schema
 * src/schemas/monitor-report.schema.json); this module reads the fields below and ignores the rest,
 * so the report can grow without breaking it. The fields read, in the report's own shape:
 *
 *   finding                      "none" | "warn" | "act"
 *   reasons[]                    { level, check, message }: why (drift, missing features, quality, decay)
 *   drift.columns[]              { column, test, statistic (number | null), pValue?, threshold, drifted }
 *   predictionDrift.classes      the same shape, or null: the predicted class shares
 *   predictionDrift.score        the same shape, or null: the predicted score (or regression value)
 *   decay                        null without labels; else { labelled (rows), skipped? (too few
 *                                labelled rows), tests[]: { metric, reference, current, test,
 *                                pValue, pValueAdjusted, decayed } }
 *   window                       { from, to (ISO or null), rows }
 *   model                        { reference, version (or null) }
 *
 * Labels count as present when `decay` is an object with at least one labelled row and no
 * `skipped`: only then was decay tested, and only then can a retrain be judged on labelled rows.
 * The retrain data policy (append or replace-oldest) is not in the report: it is the `retrain-data`
 * input of the job that adds the rows.
 *
 * In the workflow the report is an artifact of another job, which read production data: every
 * string in it is untrusted. `readFindings` checks types and sizes; rendering escapes the text.
 */

const FINDINGS = ['none', 'warn', 'act'];
/** Names of the prediction drift entries among the drifted columns. */
const PREDICTION_DRIFT = { classes: 'prediction: class shares', score: 'prediction: score' };
/** Entries read from each list; a report with more is cut (the rest are counted, not shown). */
const MAX_ENTRIES = 500;
const MAX_TEXT = 300;
function isObj(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** Reads and checks the fields above from the report's JSON text. DataError names the file and field. */
function readFindings(text, file = 'monitor-report.json') {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (e) {
        throw new errors/* DataError */.fL(`${file}: not JSON (${e.message})`, file);
    }
    if (!isObj(doc))
        throw new errors/* DataError */.fL(`${file}: not a monitor report (a JSON object)`, file);
    const bad = (field, what) => {
        throw new errors/* DataError */.fL(`${file}: ${field} must be ${what}`, file);
    };
    const str = (v, field) => (typeof v === 'string' && v.length <= MAX_TEXT ? v : bad(field, `a string of at most ${MAX_TEXT} characters`));
    const num = (v, field) => (typeof v === 'number' && Number.isFinite(v) ? v : bad(field, 'a finite number'));
    const optNum = (v, field) => (v === undefined || v === null ? undefined : num(v, field));
    const optStr = (v, field) => (v === undefined || v === null ? undefined : str(v, field));
    const obj = (v, field) => (isObj(v) ? v : bad(field, 'an object'));
    const optObj = (v, field) => (v === undefined || v === null ? undefined : obj(v, field));
    const list = (v, field) => {
        if (v === undefined)
            return [];
        if (!Array.isArray(v))
            return bad(field, 'a list');
        return v.slice(0, MAX_ENTRIES).map((x, i) => obj(x, `${field}[${i}]`));
    };
    const flag = (v, field) => (typeof v === 'boolean' ? v : bad(field, 'true or false'));
    const driftEntry = (d, field, name) => ({
        column: name ?? str(d.column, `${field}.column`),
        test: str(d.test, `${field}.test`),
        statistic: optNum(d.statistic, `${field}.statistic`),
        pValue: optNum(d.pValue, `${field}.pValue`),
        threshold: optNum(d.threshold, `${field}.threshold`),
    });
    if (doc.kind !== undefined && doc.kind !== 'monitor-report')
        bad('kind', "'monitor-report'");
    if (!FINDINGS.includes(doc.finding))
        bad('finding', `one of ${FINDINGS.join(', ')}`);
    const drift = optObj(doc.drift, 'drift');
    const drifted = list(drift?.columns, 'drift.columns')
        .map((d, i) => [d, i])
        .filter(([d, i]) => flag(d.drifted, `drift.columns[${i}].drifted`))
        .map(([d, i]) => driftEntry(d, `drift.columns[${i}]`));
    const prediction = optObj(doc.predictionDrift, 'predictionDrift');
    for (const key of ['classes', 'score']) {
        const d = optObj(prediction?.[key], `predictionDrift.${key}`);
        if (d && flag(d.drifted, `predictionDrift.${key}.drifted`))
            drifted.push(driftEntry(d, `predictionDrift.${key}`, PREDICTION_DRIFT[key]));
    }
    const decayDoc = optObj(doc.decay, 'decay');
    let labelled = false;
    const decay = [];
    if (decayDoc) {
        const rows = decayDoc.labelled === undefined ? 0 : num(decayDoc.labelled, 'decay.labelled');
        const skipped = optStr(decayDoc.skipped, 'decay.skipped');
        labelled = rows > 0 && skipped === undefined;
        list(decayDoc.tests, 'decay.tests').forEach((t, i) => {
            const field = `decay.tests[${i}]`;
            if (!flag(t.decayed, `${field}.decayed`))
                return;
            decay.push({
                metric: str(t.metric, `${field}.metric`),
                test: str(t.test, `${field}.test`),
                production: optNum(t.reference, `${field}.reference`),
                window: optNum(t.current, `${field}.current`),
                pValue: optNum(t.pValueAdjusted ?? t.pValue, `${field}.pValueAdjusted`),
            });
        });
    }
    const reasons = list(doc.reasons, 'reasons').map((r, i) => ({ level: str(r.level, `reasons[${i}].level`), check: str(r.check, `reasons[${i}].check`), message: str(r.message, `reasons[${i}].message`) }));
    const out = { finding: doc.finding, reasons, labelled, drifted, decay };
    const w = optObj(doc.window, 'window');
    if (w)
        out.window = { from: optStr(w.from, 'window.from'), to: optStr(w.to, 'window.to'), rows: optNum(w.rows, 'window.rows') };
    const m = optObj(doc.model, 'model');
    if (m)
        out.model = { reference: optStr(m.reference, 'model.reference'), version: optStr(m.version, 'model.version') };
    return out;
}
/**
 * `act` with labels: retrain and open (or update) the pull request, where the gate judges the
 * candidate on the window's labelled rows. `act` without labels: an issue, since a retrain without
 * labels cannot be judged. `warn` and `none`: nothing (the monitor's summary and annotations say
 * what it saw), and nothing is closed: an open pull request or issue stays for a person to decide.
 */
function nextStep(f) {
    if (f.finding !== 'act')
        return 'none';
    return f.labelled ? 'pull-request' : 'issue';
}

// EXTERNAL MODULE: ./.build/js/src/data/csv.js
var csv = __webpack_require__(55214);
;// CONCATENATED MODULE: ./.build/js/src/retrain/window.js
/**
 * The window's labelled rows added to the training data, as retrain's `retrain-data` input says:
 *
 * - `append`: every row of the window goes after the training rows; the training data grows.
 * - `replace-oldest`: the window's rows go after the training rows and as many of the oldest rows
 *   are dropped, so the training data keeps its size. "Oldest" is file order: the first data rows
 *   of the file (the order `append` builds). A window larger than the training data keeps only its
 *   newest rows (its last ones), as many as the training data had.
 *
 * Pure: text in, text out. The training file's own text is kept byte for byte (its quoting, its
 * line endings); only whole records are cut from its start, and the window's records are written
 * after it in the training file's column order, so a retrain pull request's diff is the rows
 * added and the rows dropped, nothing else.
 *
 * Formats: CSV and TSV (a header row; the window's columns must be the training file's, in any
 * order) and JSON Lines (one object per line, with the training rows' keys). Parquet is refused:
 * its files cannot be appended to as text; export the training data as CSV or JSON Lines.
 */



const WINDOW_POLICIES = ['append', 'replace-oldest'];
/** Splits text into physical lines with their terminators, counting CRLF once as the CSV parser does. */
function physicalLines(text) {
    return text.match(/[^\r\n]*(?:\r\n|\n|\r)|[^\r\n]+$/g) ?? [];
}
function eolOf(text) {
    const m = /\r\n|\n|\r/.exec(text);
    return m ? m[0] : '\n';
}
function parseDelimited(d, delimiter) {
    const out = [];
    const p = new csv/* CsvParser */.C({ delimiter, file: d.file, onRecord: (fields, line) => out.push({ line, fields }) });
    p.write(d.text);
    p.end();
    return out;
}
function quoteField(v, delimiter) {
    return v.includes(delimiter) || /["\r\n]/.test(v) || v !== v.trim() ? `"${v.replace(/"/g, '""')}"` : v;
}
/** How many rows stay, how many are dropped from the training data and left out of the window. */
function plan(n, m, policy) {
    if (policy === 'append')
        return { drop: 0, skip: 0 };
    const skip = Math.max(0, m - n);
    return { drop: Math.min(n, m), skip };
}
/** The text from physical line `line` (1-based) to the end. */
function fromLine(text, line) {
    return physicalLines(text).slice(line - 1).join('');
}
function withTrailingEol(text, eol) {
    return text === '' || /[\r\n]$/.test(text) ? text : text + eol;
}
function addDelimited(training, window, policy, delimiter) {
    const t = parseDelimited(training, delimiter);
    const w = parseDelimited(window, delimiter);
    if (t.length === 0)
        throw new errors/* DataError */.fL(`${training.file}: empty, no header row`, training.file);
    if (w.length === 0)
        throw new errors/* DataError */.fL(`${window.file}: empty, no header row`, window.file);
    const header = t[0].fields;
    const wHeader = w[0].fields;
    const dup = header.find((c, i) => header.indexOf(c) !== i);
    if (dup !== undefined)
        throw new errors/* DataError */.fL(`${training.file}: column ${(0,files/* showName */.$i)(dup)} appears twice in the header`, training.file, t[0].line);
    const order = header.map((c) => wHeader.indexOf(c));
    const missing = header.find((_, i) => order[i] < 0);
    if (missing !== undefined)
        throw new errors/* DataError */.fL(`${window.file}: the window has no column ${(0,files/* showName */.$i)(missing)}, which the training data ${training.file} has`, window.file, w[0].line);
    const extra = wHeader.find((c) => !header.includes(c));
    if (extra !== undefined)
        throw new errors/* DataError */.fL(`${window.file}: column ${(0,files/* showName */.$i)(extra)} is not in the training data ${training.file}`, window.file, w[0].line);
    for (const r of w.slice(1)) {
        if (r.fields.length !== wHeader.length) {
            throw new errors/* DataError */.fL(`${window.file}, line ${r.line}: ${r.fields.length} fields, the header has ${wHeader.length}`, window.file, r.line);
        }
    }
    const n = t.length - 1;
    const m = w.length - 1;
    const { drop, skip } = plan(n, m, policy);
    const eol = eolOf(training.text);
    const lines = physicalLines(training.text);
    const headerText = lines.slice(t[0].line - 1, (t[1]?.line ?? lines.length + 1) - 1).join('');
    // Rows kept: from the record after the dropped ones to the end of the file, verbatim.
    const kept = drop < n ? fromLine(training.text, t[1 + drop].line) : '';
    const added = w.slice(1 + skip).map((r) => order.map((j) => quoteField(r.fields[j], delimiter)).join(delimiter) + eol);
    const body = drop === 0 ? withTrailingEol(training.text, eol) : withTrailingEol(headerText, eol) + withTrailingEol(kept, eol);
    return { text: body + added.join(''), rows: n - drop + added.length, added: added.length, dropped: drop, windowSkipped: skip };
}
function parseJsonLines(d) {
    const out = [];
    physicalLines(d.text).forEach((raw, i) => {
        const s = raw.replace(/[\r\n]+$/, '');
        if (s.trim() === '')
            return;
        let v;
        try {
            v = JSON.parse(s);
        }
        catch (e) {
            throw new errors/* DataError */.fL(`${d.file}, line ${i + 1}: not JSON (${e.message})`, d.file, i + 1);
        }
        if (typeof v !== 'object' || v === null || Array.isArray(v))
            throw new errors/* DataError */.fL(`${d.file}, line ${i + 1}: a row must be a JSON object`, d.file, i + 1);
        out.push({ line: i + 1, text: s, keys: Object.keys(v) });
    });
    return out;
}
function addJsonLines(training, window, policy) {
    const t = parseJsonLines(training);
    const w = parseJsonLines(window);
    const columns = new Set(t.flatMap((r) => r.keys));
    if (columns.size > 0) {
        for (const r of w) {
            const extra = r.keys.find((k) => !columns.has(k));
            if (extra !== undefined)
                throw new errors/* DataError */.fL(`${window.file}, line ${r.line}: column ${(0,files/* showName */.$i)(extra)} is not in the training data ${training.file}`, window.file, r.line);
        }
    }
    const n = t.length;
    const m = w.length;
    const { drop, skip } = plan(n, m, policy);
    const eol = eolOf(training.text);
    const kept = drop === 0 ? withTrailingEol(training.text, eol) : drop < n ? withTrailingEol(fromLine(training.text, t[drop].line), eol) : '';
    const added = w.slice(skip).map((r) => r.text + eol);
    return { text: kept + added.join(''), rows: n - drop + added.length, added: added.length, dropped: drop, windowSkipped: skip };
}
/**
 * The window cut in two by time: its newest `fraction` of rows (the last ones, rounded up) are
 * held out, to evaluate the retrained candidate and production on rows neither was trained on;
 * the older rows go to training. Both parts keep the window's header (CSV, TSV) and its text.
 */
function splitWindow(window, fraction, format) {
    if (!(fraction >= 0 && fraction < 1))
        throw new errors/* ConfigurationError */.j1(`holdout must be at least 0 and less than 1, got ${fraction}`);
    const eol = eolOf(window.text);
    if (format === 'jsonl') {
        const rows = parseJsonLines(window).map((r) => r.text + eol);
        const k = Math.ceil(rows.length * fraction);
        return { train: rows.slice(0, rows.length - k).join(''), holdout: rows.slice(rows.length - k).join(''), trainRows: rows.length - k, holdoutRows: k };
    }
    const delimiter = format === 'tsv' ? '\t' : ',';
    const records = parseDelimited(window, delimiter);
    if (records.length === 0)
        throw new errors/* DataError */.fL(`${window.file}: empty, no header row`, window.file);
    const serialize = (r) => r.fields.map((v) => quoteField(v, delimiter)).join(delimiter) + eol;
    const head = serialize(records[0]);
    const rows = records.slice(1).map(serialize);
    const k = Math.ceil(rows.length * fraction);
    return { train: head + rows.slice(0, rows.length - k).join(''), holdout: head + rows.slice(rows.length - k).join(''), trainRows: rows.length - k, holdoutRows: k };
}
/** The training data with the window's rows added by `policy`. Throws DataError naming the file and line. */
function addWindowRows(training, window, policy, format) {
    if (!WINDOW_POLICIES.includes(policy)) {
        throw new errors/* ConfigurationError */.j1(`retrain-data must be one of ${WINDOW_POLICIES.join(', ')}; got '${String(policy)}'`);
    }
    if (format === 'jsonl')
        return addJsonLines(training, window, policy);
    return addDelimited(training, window, policy, format === 'tsv' ? '\t' : ',');
}

// EXTERNAL MODULE: ./.build/js/src/github/git-data.js
var git_data = __webpack_require__(3570);
// EXTERNAL MODULE: ./.build/js/src/report/markdown.js
var markdown = __webpack_require__(29527);
;// CONCATENATED MODULE: ./.build/js/src/report/retrain.js

const MAX_TITLE = 200;
/** One line of plain text for a title: control characters and runs of spaces collapsed, mentions defused, cut. */
function plain(s, max = 80) {
    // eslint-disable-next-line no-control-regex
    const t = s.replace(/[\u0000-\u001f\u007f\u2028\u2029\s]+/g, ' ').replace(/@(?=[A-Za-z0-9])/g, '@\u200b').trim();
    return t.length > max ? t.slice(0, max - 1) + '…' : t;
}
function windowText(f) {
    const w = f.window;
    if (!w)
        return 'the latest window';
    const span = w.from && w.to ? `${w.from} to ${w.to}` : w.to ? `up to ${w.to}` : (w.from ?? '');
    const rows = w.rows !== undefined ? `${(0,markdown/* fmt */.Sc)(w.rows)} rows` : '';
    return [span, rows].filter(Boolean).join(', ') || 'the latest window';
}
function modelText(f) {
    return f.model?.reference ?? f.model?.version ?? 'the production model';
}
function retrainTitle(f, kind) {
    const columns = f.drifted.map((d) => d.column);
    const what = [
        columns.length ? `${columns.length} drifted column${columns.length === 1 ? '' : 's'} (${columns.slice(0, 3).join(', ')}${columns.length > 3 ? ', …' : ''})` : '',
        f.decay.length ? `decay in ${f.decay.map((d) => d.metric).slice(0, 3).join(', ')}` : '',
    ]
        .filter(Boolean)
        .join(' and ');
    const head = kind === 'pull-request' ? `Retrain ${modelText(f)}` : `Drift in production data of ${modelText(f)}`;
    return plain(`${head}: ${what || 'actionable monitoring finding'}`, MAX_TITLE);
}
function driftTable(f) {
    if (!f.drifted.length)
        return 'No column drifted, and the predictions did not shift.';
    return (0,markdown/* table */.tp)(['column', 'test', 'statistic', 'p-value', 'threshold'], f.drifted.map((d) => [(0,markdown/* esc */.UQ)(d.column), (0,markdown/* esc */.UQ)(d.test), (0,markdown/* fmt */.Sc)(d.statistic), (0,markdown/* fmt */.Sc)(d.pValue), (0,markdown/* fmt */.Sc)(d.threshold)]), ['l', 'l', 'r', 'r', 'r']);
}
function decayTable(f) {
    return (0,markdown/* table */.tp)(['metric', 'production (registered)', 'window', 'change', 'test', 'p-value (Holm)'], f.decay.map((d) => [(0,markdown/* esc */.UQ)(d.metric), (0,markdown/* fmt */.Sc)(d.production), (0,markdown/* fmt */.Sc)(d.window), (0,markdown/* fmt */.Sc)(d.window !== undefined && d.production !== undefined ? d.window - d.production : undefined), (0,markdown/* esc */.UQ)(d.test), (0,markdown/* fmt */.Sc)(d.pValue)]), ['l', 'r', 'r', 'r', 'l', 'r']);
}
/** The monitoring section both bodies share. */
function findingsMarkdown(f) {
    const parts = [
        `**Finding: \`${f.finding}\`** on ${(0,markdown/* esc */.UQ)(windowText(f))} of ${f.model?.reference || f.model?.version ? (0,markdown/* code */.aY)(modelText(f)) : modelText(f)}; labels ${f.labelled ? 'were' : 'were not'} present.`,
    ];
    if (f.reasons.length)
        parts.push(f.reasons.map((r) => `- ${(0,markdown/* esc */.UQ)(r.level)} (${(0,markdown/* esc */.UQ)(r.check)}): ${(0,markdown/* esc */.UQ)(r.message)}`).join('\n'));
    parts.push(`#### Drifted columns\n\n${driftTable(f)}`);
    if (f.decay.length)
        parts.push(`#### Decayed metrics (window's labelled rows against the registered evaluation)\n\n${decayTable(f)}`);
    return parts.join('\n\n');
}
function pullRequestBody(f, o) {
    const files = o.files.map((p) => `- \`${p.replace(/`/g, '')}\``).join('\n');
    return [
        '## Scheduled retrain',
        findingsMarkdown(f),
        `#### What this pull request changes\n\n${files}\n\nThe window's labelled rows were added to the training data${o.retrainData ? ` (\`${o.retrainData.replace(/`/g, '')}\`)` : ''}; the candidate was retrained on it and evaluated with production on the same recent labelled rows. The monitoring report is committed as \`${o.reportPath.replace(/`/g, '')}\`.`,
        `The gate's comparison is the sticky comment below${o.checkName ? `, its verdict the \`${o.checkName.replace(/`/g, '')}\` check` : ''}. Merging registers and deploys as any other merge does; nothing was committed to the default branch. Later scheduled runs update this pull request (one branch, force-updated from the default branch); a run that finds nothing to act on leaves it as it is.`,
        o.runUrl ? `[The monitoring run](${o.runUrl})` : '',
    ]
        .filter(Boolean)
        .join('\n\n');
}
function issueBody(f, o = {}) {
    return [
        '## Drift in production data',
        findingsMarkdown(f),
        "No labels were available for this window, so a retrain could not be judged: no pull request was opened. When labels arrive, the next scheduled run (or a manual run with the labels file) evaluates the model on them and opens a retrain pull request if it decayed. Later runs update this issue; a run that finds nothing to act on leaves it open for a person to close.",
        o.runUrl ? `[The monitoring run](${o.runUrl})` : '',
    ]
        .filter(Boolean)
        .join('\n\n');
}
/** The report committed beside the changed files, as markdown. */
function reportMarkdown(f) {
    return `# Monitoring report\n\n${findingsMarkdown(f)}\n`;
}

// EXTERNAL MODULE: ./.build/js/src/actions/compare-github.js
var compare_github = __webpack_require__(60668);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./.build/js/src/github/index.js + 1 modules
var github = __webpack_require__(22318);
// EXTERNAL MODULE: ./.build/js/src/github/retrain.js
var retrain = __webpack_require__(15768);
;// CONCATENATED MODULE: ./.build/js/src/actions/retrain-github.js
/**
 * retrain's GitHub glue (adapter layer): which calls to make for a finding. The calls themselves are
 * in src/github (git-data.ts, retrain.ts, comment.ts, verdict.ts); the texts in src/report/retrain.ts.
 *
 * Everything read here came from another job (the artifact: the report, the files, the comparison)
 * and is untrusted: the report was checked by readFindings, every text from it is escaped, the
 * repository paths come from this step's inputs (never from the artifact), file sizes are bounded,
 * the comparison's body and verdict go through publish mode's checks, and @-mentions are defused.
 */








/** A file of the artifact; one larger than a commit may hold is refused before it is read. */
function readArtifactFile(path, what) {
    let size;
    try {
        size = (0,external_node_fs_.statSync)(path).size;
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`${what}: ${path} not found (was the monitoring job's artifact downloaded into source-dir?)`);
    }
    if (size > git_data/* MAX_FILE_BYTES */.gZ)
        throw new errors/* DataError */.fL(`${what}: ${path} is ${size} bytes, more than ${git_data/* MAX_FILE_BYTES */.gZ}`, path);
    return (0,external_node_fs_.readFileSync)(path);
}
/** The comparison's files, read before anything is pushed: a missing one fails the step first. */
function readComparison(config) {
    if (!config.comparison)
        return undefined;
    const text = readArtifactFile(config.comparison, 'comparison').toString('utf8');
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (e) {
        throw new errors/* DataError */.fL(`${config.comparison}: not JSON (${e.message})`, config.comparison);
    }
    return {
        body: readArtifactFile(config.commentFile, 'comment-file').toString('utf8'),
        conclusion: doc.passed === true ? 'success' : doc.passed === false ? 'failure' : 'neutral',
        title: typeof doc.verdict === 'string' ? doc.verdict : 'model comparison',
    };
}
function clientFor(config, log, signal) {
    if (!config.github.token)
        throw new errors/* ConfigurationError */.j1(`input 'github-token' is required in publish mode`);
    return (0,github/* createGitHubClient */.LX)(config.github.token, { log, baseUrl: config.github.apiUrl, signal, requestTimeoutMs: Math.min(30, config.publishTimeout) * 1000 });
}
/** Opens or updates the retrain pull request (with its comparison) or the drift issue. */
async function publishRetrain(config, findings, next, log) {
    const gh = config.github;
    if (!gh.repository)
        throw new errors/* ConfigurationError */.j1('publish mode needs the repository: GITHUB_REPOSITORY is not set');
    const repo = (0,github/* parseRepo */.E3)(gh.repository);
    const workflow = gh.workflow ?? 'modelgate';
    if (next === 'issue') {
        return (0,compare_github/* withBudget */.Y$)(config.publishTimeout, (signal) => (0,retrain/* upsertIssue */.Fo)(clientFor(config, log, signal), { repo, marker: (0,retrain/* driftIssueMarker */.T7)(workflow), title: retrainTitle(findings, 'issue'), body: issueBody(findings, { runUrl: gh.runUrl }), labels: config.labels }, log));
    }
    if (config.files.length === 0)
        throw new errors/* ConfigurationError */.j1(`publish mode: input 'files' is required for a retrain pull request (the training data or its pointer, changed params)`);
    const files = config.files.map((p) => ({ path: p, content: readArtifactFile((0,external_node_path_.join)(config.sourceDir, p), 'files') }));
    const reportJson = JSON.stringify(JSON.parse(readArtifactFile(config.report, 'report').toString('utf8')), null, 2) + '\n';
    files.push({ path: config.reportPath, content: Buffer.from(reportJson) });
    files.push({ path: config.reportPath.replace(/\.json$/i, '') + '.md', content: Buffer.from(reportMarkdown(findings)) });
    const comparison = readComparison(config);
    return (0,compare_github/* withBudget */.Y$)(config.publishTimeout, async (signal) => {
        const client = clientFor(config, log, signal);
        const commit = await (0,git_data/* commitToBranch */.Bg)(client, { repo, branch: config.branch, base: config.base, files, message: retrainTitle(findings, 'pull-request'), trailer: `Modelgate-Retrain: ${config.branch}` }, log);
        const pr = await (0,retrain/* upsertPullRequest */._b)(client, {
            repo,
            marker: (0,retrain/* retrainMarker */.UF)(workflow),
            head: config.branch,
            base: commit.base,
            title: retrainTitle(findings, 'pull-request'),
            body: pullRequestBody(findings, { files: files.map((f) => f.path), reportPath: config.reportPath, checkName: config.comparison ? gh.checkName : undefined, retrainData: config.retrainData, runUrl: gh.runUrl }),
        }, log);
        if (comparison) {
            // Checked as publish mode checks a fork's artifact: body size, verdict, title on one line.
            const cmp = (0,github/* validatePublishPayload */.c9)({ prNumber: pr.number, headSha: commit.sha, body: comparison.body, verdict: { conclusion: comparison.conclusion, title: comparison.title, summary: comparison.body } });
            await (0,github/* upsertStickyComment */.qD)(client, { repo, issueNumber: pr.number, marker: (0,github/* stickyMarker */.YL)(workflow), body: (0,github/* defuseMentions */.qs)(cmp.body), fullReportUrl: gh.runUrl }, log);
            const v = await (0,github/* reportVerdict */.Ki)(client, { repo, headSha: commit.sha, checkName: gh.checkName, verdict: { ...cmp.verdict, summary: (0,github/* defuseMentions */.qs)(cmp.body) }, detailsUrl: gh.runUrl, fullReportUrl: gh.runUrl }, log);
            log.info(v.kind === 'check-run' ? `check run ${gh.checkName}: ${v.url}` : `commit status ${v.context}: ${v.state} (${v.reason})`);
        }
        return pr;
    });
}

// EXTERNAL MODULE: ./.build/js/src/actions/types.js
var types = __webpack_require__(51692);
;// CONCATENATED MODULE: ./.build/js/src/actions/retrain.js
/**
 * retrain adapter: acting on a monitoring finding, in two modes so that the job that writes to the
 * repository runs no code from it.
 *
 * - `data` (the read-only monitoring job, before `train`): when the report calls for a retrain
 *   (labelled `act`), the window's labelled rows are added to the training data file, in place, by
 *   `retrain-data` (append | replace-oldest). Otherwise nothing is touched; `next` says what
 *   follows either way, for the workflow's `if:`.
 * - `publish` (the job with `contents: write` and `pull-requests: write`, or `issues: write`):
 *   labelled `act` commits `files` and the report on the retrain branch and opens or updates the
 *   one retrain pull request, with the comparison as its sticky comment and check; unlabelled
 *   `act` opens or updates the one drift issue; `warn` and `none` do nothing and close nothing.
 */











function readText(path, what) {
    try {
        return (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (e) {
        const code = e.code;
        throw new errors/* ConfigurationError */.j1(`${what}: cannot read ${path}${code === 'ENOENT' ? ' (no such file)' : code ? ` (${code})` : ''}`);
    }
}
function textFormat(path, input) {
    const f = (0,readers/* detectFormat */.Tz)(path);
    if (f === 'parquet' || /\.gz$/i.test(path))
        throw new errors/* ConfigurationError */.j1(`${input}: ${path} is ${f === 'parquet' ? 'Parquet' : 'compressed'}; rows can be added only to CSV, TSV or JSON Lines training data`);
    return f;
}
/** `data` mode: the window's older rows added to the training data file in place, its newest held out. */
function addWindow(config, log) {
    const training = config.trainingData ?? '';
    const window = config.window ?? '';
    const policy = config.retrainData ?? 'append';
    const out = config.out ?? training;
    const format = textFormat(training, 'training-data');
    if (textFormat(window, 'window') !== format)
        throw new errors/* ConfigurationError */.j1(`window: ${window} must be in the training data's format (${format})`);
    const split = splitWindow({ file: window, text: readText(window, 'window') }, config.holdout, format);
    const r = addWindowRows({ file: training, text: readText(training, 'training-data') }, { file: window, text: split.train }, policy, format);
    if (r.added === 0)
        log.warning(`${window}: no rows to add (${split.holdoutRows} held out): the training data is unchanged`);
    if (r.windowSkipped > 0)
        log.warning(`the window has more rows than the training data: its ${r.windowSkipped} oldest were left out (replace-oldest keeps the size)`);
    (0,files/* writeFilesAtomic */.aV)([{ path: out, data: r.text }, ...(config.holdoutData ? [{ path: config.holdoutData, data: split.holdout }] : [])]);
    log.info(`${out}: ${r.added} window rows added${r.dropped ? `, ${r.dropped} oldest rows dropped` : ''} (${policy}); ${r.rows} rows. ${split.holdoutRows} newest window rows held out${config.holdoutData ? ` in ${config.holdoutData}` : ''}`);
    return { ...r, heldOut: split.holdoutRows };
}
/* harmony default export */ const actions_retrain = ((0,types/* defineAction */.Q)({
    name: 'retrain',
    secrets: ['github-token'],
    parse(inputs) {
        const mode = inputs.choice('mode', ['data', 'publish']);
        if (!mode)
            throw new errors/* ConfigurationError */.j1(`input 'mode' is required: data or publish`);
        const comparison = inputs.path('comparison');
        const config = {
            mode,
            report: mode === 'publish' ? (inputs.path('report') ?? inputs.required('report')) : inputs.path('report'),
            trainingData: inputs.path('training-data'),
            out: inputs.path('out'),
            window: inputs.path('window'),
            holdout: inputs.number('holdout', { min: 0, max: 0.99 }) ?? 0.5,
            holdoutData: inputs.path('holdout-data'),
            retrainData: inputs.choice('retrain-data', WINDOW_POLICIES),
            files: inputs.list('files').map((p) => (0,git_data/* checkRepoPath */.Q1)(p, 'files')),
            sourceDir: inputs.path('source-dir') ?? '.',
            reportPath: (0,git_data/* checkRepoPath */.Q1)(inputs.string('report-path') ?? 'monitoring/monitor-report.json', 'report-path'),
            branch: (0,git_data/* checkBranch */.DC)(inputs.string('branch') ?? 'modelgate/retrain'),
            base: inputs.string('base'),
            comparison,
            commentFile: inputs.path('comment-file') ?? (comparison ? comparison.replace(/\.json$/i, '') + '.md' : undefined),
            labels: inputs.list('labels'),
            publishTimeout: inputs.number('publish-timeout', { min: 1, max: 3600 }) ?? 120,
            github: { token: inputs.string('github-token'), checkName: inputs.string('check-name') ?? 'modelgate', ...(0,compare_github/* githubContext */.h4)() },
        };
        if (mode === 'data') {
            if (!config.trainingData)
                throw new errors/* ConfigurationError */.j1(`mode data: input 'training-data' is required`);
            if (!config.window)
                throw new errors/* ConfigurationError */.j1(`mode data: input 'window' is required (the window's labelled rows)`);
            if (config.holdout > 0 && !config.holdoutData)
                throw new errors/* ConfigurationError */.j1(`mode data: input 'holdout-data' is required when holdout is above 0 (it is ${config.holdout}): where the held-out rows go`);
        }
        if (config.base !== undefined)
            (0,git_data/* checkBranch */.DC)(config.base, 'base');
        if (config.files.includes(config.reportPath))
            throw new errors/* ConfigurationError */.j1(`files: ${config.reportPath} is report-path, where the report is committed`);
        return Object.freeze(config);
    },
    async run(config, log) {
        if (config.mode === 'data' && !config.report) {
            const r = addWindow(config, log);
            return { passed: true, outputs: { next: '', rows: r.rows, added: r.added, dropped: r.dropped, 'held-out': r.heldOut } };
        }
        const report = config.report;
        const findings = readFindings(readText(report, 'report'), report);
        const next = nextStep(findings);
        log.info(`Monitoring finding: ${findings.finding}, labels ${findings.labelled ? 'present' : 'absent'}: ${next === 'none' ? 'nothing to do' : `next: ${next}`}`);
        const summary = `## Retrain: ${next === 'none' ? 'nothing to do' : next === 'issue' ? 'drift issue' : 'retrain pull request'}\n\n${findingsMarkdown(findings)}`;
        if (config.mode === 'data') {
            const r = next === 'pull-request' ? addWindow(config, log) : undefined;
            return {
                passed: true,
                outputs: { next: next, rows: r?.rows ?? '', added: r?.added ?? '', dropped: r?.dropped ?? '', 'held-out': r?.heldOut ?? '' },
                summary,
            };
        }
        if (next === 'none')
            return { passed: true, outputs: { next: next, result: '', number: '', url: '' }, summary };
        return {
            passed: true,
            outputs: { next: next },
            summary,
            publish: async (plog) => {
                const done = await publishRetrain(config, findings, next, plog);
                return { outputs: { result: done.action, number: done.number, url: done.url } };
            },
        };
    },
}));


/***/ })

};
