export const id = 995;
export const ids = [995];
export const modules = {

/***/ 6995:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./.build/js/src/errors.js
var errors = __webpack_require__(4522);
// EXTERNAL MODULE: ./.build/js/src/lib/files.js
var files = __webpack_require__(1938);
// EXTERNAL MODULE: ./.build/js/src/data/readers.js + 49 modules
var readers = __webpack_require__(3125);
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
            throw new errors/* ConfigurationError */.j1(`CSV delimiter must be one character other than a quote or newline, got ${JSON.stringify(delimiter)}`);
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
                throw new errors/* DataError */.fL(`${this.file}:${this.quoteLine}: unterminated quoted field (the quote opened on line ${this.quoteLine} is never closed)`, this.file, this.quoteLine);
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
    const p = new csv_CsvParser({ delimiter, file: d.file, onRecord: (fields, line) => out.push({ line, fields }) });
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

;// CONCATENATED MODULE: ./.build/js/src/github/permissions.js
/**
 * What each mode asks of the workflow's token, in one table: the README's permission table, the
 * hints in error messages and the tests read it from here.
 *
 * | mode | `permissions:` | API calls |
 * |---|---|---|
 * | comment (sticky PR comment) | `pull-requests: write` (or `issues: write`) | list, create, update issue comments |
 * | check (verdict as a check run) | `checks: write` | POST /repos/{owner}/{repo}/check-runs |
 * | status (fallback when checks are refused) | `statuses: write` | POST /repos/{owner}/{repo}/statuses/{sha} |
 * | override (`/modelgate accept`) | `pull-requests: read` (or `issues: read`), `metadata: read` (always granted) | list issue comments, GET collaborator permission |
 * | deploy (GitHub Deployments) | `deployments: write` | POST /repos/{owner}/{repo}/deployments, POST .../deployments/{id}/statuses |
 * | retrain (the retrain pull request) | `contents: write`, `pull-requests: write` | Git Data API (blobs, trees, commits, refs) on its own branch; list, create, update pull requests |
 * | issue (the drift issue) | `issues: write` | list, create, update issues |
 * | publish (workflow_run, fork PRs) | `pull-requests: write`, `checks: write` (`statuses: write` for the fallback), `actions: read` | download the artifact, GET the pull request, then comment and check |
 *
 * A pull_request run from a fork gets a read-only token whatever the workflow asks for; that is
 * what publish mode is for.
 */
const PERMISSIONS = Object.freeze([
    {
        mode: 'comment',
        permissions: ['pull-requests: write'],
        alternatives: ['issues: write'],
        what: 'find, create and update the sticky pull request comment',
    },
    { mode: 'check', permissions: ['checks: write'], what: 'create the check run that carries the verdict' },
    { mode: 'status', permissions: ['statuses: write'], what: 'set the commit status used when check runs are refused' },
    {
        mode: 'override',
        permissions: ['pull-requests: read'],
        alternatives: ['issues: read'],
        what: 'read `/modelgate accept` comments and check each author has write, maintain or admin access',
    },
    { mode: 'deploy', permissions: ['deployments: write'], what: 'create the GitHub deployment of a rollout and its statuses' },
    {
        mode: 'retrain',
        permissions: ['contents: write', 'pull-requests: write'],
        what: 'commit the retrain on a branch of its own (never the default branch) and open or update its pull request',
    },
    { mode: 'issue', permissions: ['issues: write'], what: 'open or update the issue that reports drift without labels' },
    {
        mode: 'publish',
        permissions: ['pull-requests: write', 'checks: write', 'actions: read'],
        what: 'in a workflow_run workflow, download the comparison artifact of a fork pull request and post it (`statuses: write` too for the fallback)',
    },
]);
/** "`pull-requests: write` (or `issues: write`)": for messages. */
function permissionsText(mode) {
    const p = PERMISSIONS.find((x) => x.mode === mode);
    const main = p.permissions.map((s) => `\`${s}\``).join(', ');
    return p.alternatives?.length ? `${main} (or ${p.alternatives.map((s) => `\`${s}\``).join(', ')})` : main;
}

;// CONCATENATED MODULE: ./.build/js/src/github/errors.js
/**
 * GitHub's refusals as one-line errors. A permission the workflow did not grant is the user's to
 * fix: a ConfigurationError that names the `permissions:` line to add. Anything else GitHub
 * refuses (an archived repository, a locked conversation, a rate limit that outlasted the retries,
 * a 5xx after retries) is a GitHubApiError that says which call failed, GitHub's status and message.
 */


function errors_isRequestError(e) {
    return typeof e === 'object' && e !== null && typeof e.status === 'number' && 'message' in e;
}
/** A call GitHub refused, for a reason other than a missing permission. One-line message. */
class GitHubApiError extends errors/* ServiceError */._7 {
    status;
    kind;
    githubMessage;
    name = 'GitHubApiError';
    constructor(message, status, kind, 
    /** GitHub's own message, without the documentation link. */
    githubMessage) {
        super(message);
        this.status = status;
        this.kind = kind;
        this.githubMessage = githubMessage;
    }
}
function header(e, name) {
    const v = e.response?.headers?.[name];
    return v === undefined ? undefined : String(v);
}
/** GitHub's `message` field, else octokit's message with the " - <documentation_url>" suffix cut. */
function githubMessage(e) {
    if (!errors_isRequestError(e))
        return e instanceof Error ? e.message : String(e);
    const data = e.response?.data;
    if (typeof data === 'object' && data !== null && typeof data.message === 'string') {
        return data.message;
    }
    return e.message.replace(/ - https:\/\/docs\.github\.com\S*$/, '');
}
function isRateLimitError(e) {
    if (!errors_isRequestError(e) || (e.status !== 403 && e.status !== 429))
        return false;
    return header(e, 'x-ratelimit-remaining') === '0' || /rate limit/i.test(githubMessage(e));
}
/**
 * A 403 that means the token lacks a permission: "Resource not accessible by integration"
 * (GITHUB_TOKEN without the scope), "... by personal access token" (fine-grained PAT), "You must
 * authenticate via a GitHub App" (check runs from a classic PAT). Not: rate limits, archived
 * repositories, locked conversations, blocked users.
 */
function isPermissionError(e) {
    if (!errors_isRequestError(e) || e.status !== 403 || isRateLimitError(e))
        return false;
    return /not accessible by|GitHub App|must have (push|admin|write)|insufficient permission|permission to/i.test(githubMessage(e));
}
function kindOf(e) {
    if (isRateLimitError(e))
        return 'rate-limit';
    if (isPermissionError(e))
        return 'permission';
    if (e.status === 404)
        return 'not-found';
    if (e.status === 422)
        return 'validation';
    if (e.status >= 500)
        return 'server';
    return 'other';
}
/**
 * Turns whatever a call threw into the error to surface: ConfigurationError for a missing
 * permission of `mode`, GitHubApiError for other HTTP failures, anything else unchanged.
 * `what` says what was being done: "create the pull request comment".
 */
function toGitHubError(e, what, mode) {
    if (!errors_isRequestError(e) || e instanceof GitHubApiError)
        return e;
    const msg = githubMessage(e).replace(/\s+/g, ' ').trim();
    const call = e.request?.method && e.request.url ? ` (${e.request.method} ${pathOf(e.request.url)})` : '';
    const kind = kindOf(e);
    if (kind === 'permission' && mode) {
        return new errors/* ConfigurationError */.j1(`GitHub refused to ${what}${call}: ${e.status} ${msg}. Give the workflow's token ${permissionsText(mode)}`);
    }
    let hint = '';
    if (kind === 'rate-limit') {
        const reset = Number(header(e, 'x-ratelimit-reset'));
        hint = header(e, 'x-ratelimit-remaining') === '0' && Number.isFinite(reset) && reset > 0
            ? `; the rate limit resets at ${new Date(reset * 1000).toISOString()}`
            : '; retries were exhausted, try again later';
    }
    else if (kind === 'not-found') {
        hint = '; check the repository and number, and that the token can see the repository';
    }
    else if (kind === 'server') {
        hint = '; GitHub failed after retries, re-run the job';
    }
    return new GitHubApiError(`GitHub API failed to ${what}${call}: ${e.status} ${msg}${hint}`, e.status, kind, msg);
}
function pathOf(url) {
    try {
        const u = new URL(url);
        return u.pathname + u.search;
    }
    catch {
        return url;
    }
}
/** Runs one API call and rethrows its failure through `toGitHubError`. */
async function errors_call(what, mode, fn) {
    try {
        return await fn();
    }
    catch (e) {
        throw toGitHubError(e, what, mode);
    }
}

;// CONCATENATED MODULE: ./.build/js/src/github/git-data.js
/**
 * One commit on a branch of its own, through the Git Data API, without a clone: blobs for the
 * files, a tree on top of the base branch's tree, a commit whose parent is the base branch's head,
 * then the branch ref created or moved to it. Nothing is ever written to the base branch.
 *
 * Every run rebuilds the branch from the base's current head (the ref is force-moved), so the pull
 * request always holds exactly one commit on top of the default branch, whatever the default branch
 * did meanwhile. A branch whose head commit modelgate did not make (no `trailer` line in its
 * message: somebody pushed to it) is never overwritten: the call fails and says so. When the new
 * commit would have the same tree and parent as the branch's head, nothing is written.
 *
 * API calls (`contents: write`): GET /repos/{o}/{r} (default branch, when no base is given),
 * GET .../git/ref/heads/{base}, GET .../git/commits/{sha}, POST .../git/blobs per file,
 * POST .../git/trees, POST .../git/commits, GET .../git/ref/heads/{branch}, then POST .../git/refs
 * or PATCH .../git/refs/heads/{branch}.
 */


/** GitHub's limit on a blob through the API is 100 MB; a data file that large belongs in LFS or a bucket. */
const MAX_FILE_BYTES = 50 * 1024 * 1024;
/**
 * A repository path from a workflow input: relative, `/`-separated, no `.` or `..` segment, not
 * under `.git/` or `.github/` (workflow files need a permission modelgate never asks for).
 */
function checkRepoPath(path, input = 'files') {
    const p = path.trim();
    // eslint-disable-next-line no-control-regex
    if (!p || p.startsWith('/') || p.includes('\\') || /[\u0000-\u001f\u007f]/.test(p) || p.split('/').some((s) => s === '' || s === '.' || s === '..')) {
        throw new errors/* ConfigurationError */.j1(`${input}: '${p}' is not a relative repository path (a/b/c.csv, no '.', '..', '\\\\' or leading '/')`);
    }
    if (/^\.git(hub)?\//i.test(p))
        throw new errors/* ConfigurationError */.j1(`${input}: '${p}' is under ${p.split('/')[0]}/, which a retrain never changes`);
    return p;
}
/** A branch name git and GitHub accept (git check-ref-format, the common rules). */
function checkBranch(name, input = 'branch') {
    const ok = /^[A-Za-z0-9._/-]+$/.test(name) && !name.startsWith('/') && !name.endsWith('/') && !name.endsWith('.lock') && !name.includes('..') && !name.includes('//') && !name.startsWith('-') && !name.split('/').some((s) => s.startsWith('.'));
    if (!ok)
        throw new errors/* ConfigurationError */.j1(`${input}: '${name}' is not a valid branch name`);
    return name;
}
async function headOf(client, repo, branch) {
    try {
        const r = await client.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
        return r.data.object.sha;
    }
    catch (e) {
        if (e.status === 404)
            return undefined;
        throw e;
    }
}
async function commitToBranch(client, o, log) {
    const { repo, branch } = o;
    const base = o.base ?? (await errors_call('read the repository (its default branch)', 'retrain', () => client.rest.repos.get({ ...repo }))).data.default_branch;
    if (base === branch)
        throw new errors/* ConfigurationError */.j1(`branch: '${branch}' is the base branch; a retrain never commits to it`);
    for (const f of o.files) {
        checkRepoPath(f.path);
        if (f.content.byteLength > MAX_FILE_BYTES) {
            throw new errors/* ConfigurationError */.j1(`files: ${f.path} is ${f.content.byteLength} bytes, more than ${MAX_FILE_BYTES}; keep large data out of git (a pointer file, LFS or a bucket)`);
        }
    }
    const baseSha = await errors_call(`read branch ${base}`, 'retrain', async () => {
        const sha = await headOf(client, repo, base);
        if (!sha)
            throw new errors/* ConfigurationError */.j1(`base: branch '${base}' does not exist`);
        return sha;
    });
    const baseCommit = await errors_call(`read commit ${baseSha}`, 'retrain', () => client.rest.git.getCommit({ ...repo, commit_sha: baseSha }));
    const tree = [];
    for (const f of o.files) {
        const blob = await errors_call(`upload ${f.path}`, 'retrain', () => client.rest.git.createBlob({ ...repo, content: Buffer.from(f.content).toString('base64'), encoding: 'base64' }));
        tree.push({ path: f.path, mode: '100644', type: 'blob', sha: blob.data.sha });
    }
    const newTree = await errors_call('create the tree', 'retrain', () => client.rest.git.createTree({ ...repo, base_tree: baseCommit.data.tree.sha, tree }));
    const existing = await errors_call(`read branch ${branch}`, 'retrain', () => headOf(client, repo, branch));
    if (existing) {
        const head = await errors_call(`read commit ${existing}`, 'retrain', () => client.rest.git.getCommit({ ...repo, commit_sha: existing }));
        if (!head.data.message.split('\n').includes(o.trailer)) {
            throw new errors/* ConfigurationError */.j1(`branch '${branch}' has a commit modelgate did not make (${existing.slice(0, 12)}); it is not overwritten: merge or close its pull request and delete the branch, or set another branch`);
        }
        if (head.data.tree.sha === newTree.data.sha && head.data.parents.length === 1 && head.data.parents[0].sha === baseSha) {
            log.info(`Branch ${branch} already holds these files on ${base}'s head: nothing pushed`);
            return { base, baseSha, sha: existing, action: 'unchanged' };
        }
    }
    const commit = await errors_call('create the commit', 'retrain', () => client.rest.git.createCommit({ ...repo, message: `${o.message}\n\n${o.trailer}\n`, tree: newTree.data.sha, parents: [baseSha] }));
    const sha = commit.data.sha;
    if (existing) {
        await errors_call(`move branch ${branch}`, 'retrain', () => client.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha, force: true }));
        log.info(`Branch ${branch} moved to ${sha.slice(0, 12)} (one commit on ${base})`);
        return { base, baseSha, sha, action: 'updated' };
    }
    await errors_call(`create branch ${branch}`, 'retrain', () => client.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha }));
    log.info(`Branch ${branch} created at ${sha.slice(0, 12)} (one commit on ${base})`);
    return { base, baseSha, sha, action: 'created' };
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
function esc(value, max = 120) {
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
    const rows = w.rows !== undefined ? `${fmt(w.rows)} rows` : '';
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
    return table(['column', 'test', 'statistic', 'p-value', 'threshold'], f.drifted.map((d) => [esc(d.column), esc(d.test), fmt(d.statistic), fmt(d.pValue), fmt(d.threshold)]), ['l', 'l', 'r', 'r', 'r']);
}
function decayTable(f) {
    return table(['metric', 'production (registered)', 'window', 'change', 'test', 'p-value (Holm)'], f.decay.map((d) => [esc(d.metric), fmt(d.production), fmt(d.window), fmt(d.window !== undefined && d.production !== undefined ? d.window - d.production : undefined), esc(d.test), fmt(d.pValue)]), ['l', 'r', 'r', 'r', 'l', 'r']);
}
/** The monitoring section both bodies share. */
function findingsMarkdown(f) {
    const parts = [
        `**Finding: \`${f.finding}\`** on ${esc(windowText(f))} of ${f.model?.reference || f.model?.version ? code(modelText(f)) : modelText(f)}; labels ${f.labelled ? 'were' : 'were not'} present.`,
    ];
    if (f.reasons.length)
        parts.push(f.reasons.map((r) => `- ${esc(r.level)} (${esc(r.check)}): ${esc(r.message)}`).join('\n'));
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

// EXTERNAL MODULE: ./.build/js/src/stats/distributions.js
var distributions = __webpack_require__(1638);
// EXTERNAL MODULE: ./.build/js/src/stats/rng.js
var rng = __webpack_require__(1472);
;// CONCATENATED MODULE: ./.build/js/src/stats/paired.js
/**
 * Paired comparisons of a candidate model with the production baseline on the same rows: the
 * tests compare-to-baseline uses to decide whether the candidate regressed. Pure functions over
 * numbers and typed arrays, reproducing statsmodels / scipy (versions recorded in
 * test/fixtures/paired/paired-goldens.json, made by scripts/fixtures/paired_goldens.py) with the
 * tolerances stated on each function.
 *
 * Sign conventions. Functions named after scipy take (x, y) and test d = x - y, as scipy does
 * (`ttestRel`, `wilcoxon`, `pairedPermutationTest`). The accuracy functions take the baseline and
 * the candidate by name and report delta = candidate accuracy - baseline accuracy, so delta < 0
 * is a regression. For a lower-is-better metric (an error, a latency) pass x = baseline errors,
 * y = candidate errors: then d > 0 means the candidate is better, the same orientation.
 *
 * Tests return `statistic` and `pvalue` and say whether the p-value is exact, asymptotic or
 * Monte Carlo, and for which alternative. Invalid input throws a RangeError naming the argument.
 * Every function is O(n) or O(n log n) in the rows, except the resampling ones, which cost
 * O(n) per resample, or O(k) when the per-row values take k <= min(64, n/32) distinct values (an
 * accuracy difference: 3), and the exact enumerations, bounded by their size limits.
 */


// ---------------------------------------------------------------------------------------------
// Input validation
// ---------------------------------------------------------------------------------------------
function fail(fn, message) {
    throw new RangeError(`${fn}: ${message}`);
}
function alternativeOf(fn, a) {
    if (a === undefined)
        return 'two-sided';
    if (a !== 'two-sided' && a !== 'less' && a !== 'greater')
        fail(fn, `alternative must be 'two-sided', 'less' or 'greater', got ${JSON.stringify(a)}`);
    return a;
}
function isArrayLike(a) {
    return a !== null && typeof a === 'object' && typeof a.length === 'number';
}
/** d[i] = x[i] - y[i] as a Float64Array; x and y must be equally long arrays of finite numbers. */
function differences(fn, x, y) {
    if (!isArrayLike(x))
        fail(fn, 'x must be an array of numbers');
    if (!isArrayLike(y))
        fail(fn, 'y must be an array of numbers');
    if (x.length !== y.length)
        fail(fn, `x and y must have the same length (paired rows), got ${x.length} and ${y.length}`);
    const d = new Float64Array(x.length);
    for (let i = 0; i < d.length; i++) {
        const a = x[i];
        const b = y[i];
        if (typeof a !== 'number' || !Number.isFinite(a))
            fail(fn, `x[${i}] is not a finite number (${String(a)})`);
        if (typeof b !== 'number' || !Number.isFinite(b))
            fail(fn, `y[${i}] is not a finite number (${String(b)})`);
        d[i] = a - b;
        if (!Number.isFinite(d[i]))
            fail(fn, `x[${i}] - y[${i}] overflows`);
    }
    return d;
}
function integerIn(fn, name, v, min, max = Number.MAX_SAFE_INTEGER) {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max)
        fail(fn, `${name} must be an integer in [${min}, ${max}], got ${String(v)}`);
    return v;
}
function openUnit(fn, name, v) {
    if (typeof v !== 'number' || !(v > 0 && v < 1))
        fail(fn, `${name} must be a number in (0, 1), got ${String(v)}`);
    return v;
}
/** The p-value of a standard-normal statistic z for the given alternative. */
function normalPvalue(z, alternative) {
    if (alternative === 'greater')
        return normalSf(z);
    if (alternative === 'less')
        return normalCdf(z);
    return Math.min(1, 2 * normalSf(Math.abs(z)));
}
/** The p-value of a Student-t statistic for the given alternative (scipy's _ttest_finish). */
function studentTPvalue(t, df, alternative) {
    if (alternative === 'greater')
        return studentTSf(t, df);
    if (alternative === 'less')
        return studentTSf(-t, df);
    return Math.min(1, 2 * studentTSf(Math.abs(t), df));
}
/** Sum with Neumaier's compensation: error ~ε·Σ|v| whatever n (numpy's pairwise sum: ~ε log n). */
function compensatedSum(v) {
    let s = 0;
    let c = 0;
    for (let i = 0; i < v.length; i++) {
        const x = v[i];
        const t = s + x;
        c += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s;
        s = t;
    }
    return s + c;
}
/**
 * Streams of the user's seed (src/stats/rng.ts) for the resampling here, apart from those of the
 * metric intervals (0 and 1, src/metrics/intervals.ts) and of the gate's own resampling in
 * src/gates (7 and up), so that equal seeds do not give them the same draws.
 */
const STREAM_BOOTSTRAP = 2;
const STREAM_PERMUTATION = 3;
/**
 * The resampling tests switch to category counts when the per-row values take at most this many
 * distinct values, and at most one per 32 rows (a binomial variate costs ~30 uniform row draws).
 */
const MAX_CATEGORIES = 64;
function maxCategories(n) {
    return Math.min(MAX_CATEGORIES, Math.floor(n / 32));
}
/**
 * The distinct values of v and how many rows hold each, or undefined when there are more than
 * `max` (O(n) with a hash map that stops growing at max + 1 keys).
 */
function categories(v, max) {
    if (max < 1)
        return undefined;
    const map = new Map();
    for (let i = 0; i < v.length; i++) {
        const key = v[i];
        const c = map.get(key);
        if (c === undefined) {
            if (map.size === max)
                return undefined;
            map.set(key, 1);
        }
        else
            map.set(key, c + 1);
    }
    const values = new Float64Array(map.size);
    const sizes = new Float64Array(map.size);
    let k = 0;
    for (const [value, size] of map) {
        values[k] = value;
        sizes[k++] = size;
    }
    return { values, sizes };
}
function correct(fn, name, v, i) {
    if (v === true || v === 1)
        return 1;
    if (v === false || v === 0)
        return 0;
    return fail(fn, `${name}[${i}] must be a boolean or 0/1, got ${String(v)}`);
}
/**
 * Counts the paired 2x2 table from per-row correctness (booleans or 0/1) of the baseline and the
 * candidate on the same rows, in one pass.
 */
function paired_pairedTable(baselineCorrect, candidateCorrect) {
    const fn = 'pairedTable';
    if (!isArrayLike(baselineCorrect))
        fail(fn, 'baselineCorrect must be an array of booleans or 0/1');
    if (!isArrayLike(candidateCorrect))
        fail(fn, 'candidateCorrect must be an array of booleans or 0/1');
    const n = baselineCorrect.length;
    if (candidateCorrect.length !== n)
        fail(fn, `baselineCorrect and candidateCorrect must have the same length (paired rows), got ${n} and ${candidateCorrect.length}`);
    const cells = [0, 0, 0, 0]; // index 2·baseline + candidate
    for (let i = 0; i < n; i++)
        cells[2 * correct(fn, 'baselineCorrect', baselineCorrect[i], i) + correct(fn, 'candidateCorrect', candidateCorrect[i], i)]++;
    return { bothCorrect: cells[3], baselineOnly: cells[2], candidateOnly: cells[1], neitherCorrect: cells[0], n };
}
function checkTable(fn, t) {
    if (t === null || typeof t !== 'object')
        fail(fn, 'table must be a PairedTable');
    const parts = [t.bothCorrect, t.baselineOnly, t.candidateOnly, t.neitherCorrect];
    const names = ['bothCorrect', 'baselineOnly', 'candidateOnly', 'neitherCorrect'];
    parts.forEach((v, i) => integerIn(fn, `table.${names[i]}`, v, 0));
    if (parts[0] + parts[1] + parts[2] + parts[3] !== t.n)
        fail(fn, `table.n (${t.n}) must equal the sum of the four cells (${parts[0] + parts[1] + parts[2] + parts[3]})`);
    if (t.n < 1)
        fail(fn, 'table.n must be at least 1');
}
/** 'auto' uses the exact binomial test when b + c is below this, the chi-square test otherwise. */
const MCNEMAR_EXACT_BELOW = 25;
/**
 * McNemar's test of marginal homogeneity from the discordant counts b (baseline right, candidate
 * wrong) and c (candidate right, baseline wrong), as statsmodels.stats.contingency_tables.mcnemar:
 *
 * - exact: two-sided binomial test, p = min(1, 2·P(Bin(b + c, ½) <= min(b, c)));
 * - asymptotic: X² = (|b - c| - 1)² / (b + c) with the continuity correction (statsmodels and R
 *   do not clamp |b - c| - 1 at 0, nor do we), p = P(χ²₁ >= X²).
 *
 * 'auto' (the default) picks exact when b + c < 25 (MCNEMAR_EXACT_BELOW), where the chi-square
 * approximation is poor. With no discordant pairs (b + c = 0) the p-value is 1 either way
 * (statsmodels' chi-square form divides by zero there: X² = ∞ and p = 0 with the correction, NaN
 * without). Agrees with statsmodels to 1e-12 relative (exact p at b + c = 10^6: 4e-13 from the
 * 35-digit value).
 */
function paired_mcnemar(b, c, opts = {}) {
    const fn = 'mcnemar';
    integerIn(fn, 'b', b, 0);
    integerIn(fn, 'c', c, 0);
    const exactOpt = opts.exact ?? 'auto';
    if (exactOpt !== true && exactOpt !== false && exactOpt !== 'auto')
        fail(fn, `exact must be true, false or 'auto', got ${String(exactOpt)}`);
    const correction = opts.correction ?? true;
    if (typeof correction !== 'boolean')
        fail(fn, `correction must be a boolean, got ${String(correction)}`);
    const n = b + c;
    const exact = exactOpt === 'auto' ? n < MCNEMAR_EXACT_BELOW : exactOpt;
    if (exact) {
        const k = Math.min(b, c);
        return { statistic: k, pvalue: Math.min(1, 2 * binomCdf(k, n, 0.5)), method: 'exact' };
    }
    if (n === 0)
        return { statistic: 0, pvalue: 1, method: 'asymptotic' };
    const statistic = (Math.abs(b - c) - (correction ? 1 : 0)) ** 2 / n;
    return { statistic, pvalue: chi2Sf(statistic, 1), method: 'asymptotic' };
}
/** Tango's score statistic for H0: delta = delta0 (see tangoScoreTest). */
function tangoZ(t, delta0) {
    const n = t.n;
    const nB = t.baselineOnly;
    const nC = t.candidateOnly;
    const num = nC - nB - n * delta0;
    if (num === 0)
        return 0;
    // Restricted MLE of P(baseline only) under delta = delta0: the larger root of
    // 2n q² + W q - nB δ0 (1 - δ0) = 0 (Tango 1998), in the form without cancellation.
    const w = -nC - nB + (2 * n - nC + nB) * delta0;
    const prod = nB * delta0 * (1 - delta0);
    const root = Math.sqrt(Math.max(0, w * w + 8 * n * prod));
    const q = w <= 0 ? (root - w) / (4 * n) : (2 * prod) / (root + w);
    const variance = n * (2 * q + delta0 * (1 - delta0));
    if (!(variance > 0))
        return num > 0 ? Infinity : -Infinity;
    return num / Math.sqrt(variance);
}
/**
 * Tango's (1998) asymptotic score test of H0: delta = delta0 for the paired difference in
 * accuracy delta = P(candidate right) - P(baseline right):
 *
 *   Z = (c - b - n δ0) / sqrt(n (2 q̃ + δ0 (1 - δ0))),
 *
 * with q̃ the maximum-likelihood P(baseline only) restricted to delta = δ0 (closed form). 'greater'
 * is H1: delta > δ0, 'less' is H1: delta < δ0; p-values from the standard normal (asymptotic).
 * Unlike the Wald test its variance is estimated under H0, so it stays defined, and sensible,
 * with few or no discordant pairs. With b = c = 0 and δ0 = 0 there is no evidence either way and
 * the p-value is 1 for every alternative (the exact conditional answer).
 */
function tangoScoreTest(table, opts = {}) {
    const fn = 'tangoScoreTest';
    checkTable(fn, table);
    const delta0 = opts.delta0 ?? 0;
    if (typeof delta0 !== 'number' || !(delta0 > -1 && delta0 < 1))
        fail(fn, `delta0 must be a number in (-1, 1), got ${String(delta0)}`);
    const alternative = alternativeOf(fn, opts.alternative);
    if (delta0 === 0 && table.baselineOnly === 0 && table.candidateOnly === 0)
        return { statistic: 0, pvalue: 1 };
    const z = tangoZ(table, delta0);
    return { statistic: z, pvalue: normalPvalue(z, alternative) };
}
/**
 * The paired difference in accuracy delta = candidate - baseline with Tango's (1998) asymptotic
 * score confidence interval {δ0 : |Z(δ0)| <= z_(1-α/2)}, found by bisection to ~1e-15 (Z is
 * decreasing in δ0; Yang, Sun and Hardin 2013 give the same interval as a root of a quartic). It
 * stays inside [-1, 1], is defined when b + c = 0 (it then straddles 0 with a width that shrinks
 * like 1/n) and has near-nominal coverage (Agresti and Min 2005; checked by seeded simulation in
 * test/unit/paired). Agrees to 1e-9 with an independent implementation that solves the
 * likelihood equation and the interval ends numerically (scripts/fixtures/paired_goldens.py).
 */
function paired_pairedAccuracyDifference(table, opts = {}) {
    const fn = 'pairedAccuracyDifference';
    checkTable(fn, table);
    const confidence = openUnit(fn, 'confidence', opts.confidence ?? 0.95);
    const n = table.n;
    const nB = table.baselineOnly;
    const nC = table.candidateOnly;
    const estimate = (nC - nB) / n;
    const z = normalQuantile(1 - (1 - confidence) / 2);
    // Z(δ0) falls from +∞ at δ0 = -1 through 0 at the estimate to -∞ at δ0 = 1.
    const solve = (lo, hi, target) => {
        for (let i = 0; i < 200; i++) {
            const mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi)
                break;
            if (tangoZ(table, mid) > target)
                lo = mid;
            else
                hi = mid;
        }
        return 0.5 * (lo + hi);
    };
    const low = nB === n ? -1 : solve(-1, estimate, z);
    const high = nC === n ? 1 : solve(estimate, 1, -z);
    const standardError = Math.sqrt(Math.max(0, (nB + nC) / n - estimate * estimate) / n);
    return { estimate, confidenceInterval: { low, high }, standardError, confidence, method: 'tango-score' };
}
function checkMargin(fn, margin, max = Infinity) {
    if (typeof margin !== 'number' || !(margin >= 0 && margin < max))
        fail(fn, `margin must be a number in [0, ${max}), got ${String(margin)}`);
    return margin;
}
/**
 * Non-inferiority and regression-beyond-margin p-values for the paired accuracy difference, by
 * Tango's score test at delta0 = -margin (asymptotic, one-sided each):
 * pvalueNonInferiority = P(Z >= z), pvalueRegression = P(Z <= z). The score variance is taken
 * under H0, so a perfect agreement of the two models on few rows does not by itself prove
 * non-inferiority (the Wald standard error would be 0 there). `margin` is in accuracy units
 * (0.01 = one point), in [0, 1).
 */
function paired_accuracyMarginTest(table, margin) {
    const fn = 'accuracyMarginTest';
    checkTable(fn, table);
    checkMargin(fn, margin, 1);
    if (margin === 0 && table.baselineOnly === 0 && table.candidateOnly === 0)
        return { statistic: 0, pvalueNonInferiority: 1, pvalueRegression: 1 };
    const z = tangoZ(table, -margin);
    return { statistic: z, pvalueNonInferiority: normalSf(z), pvalueRegression: normalCdf(z) };
}
/**
 * Non-inferiority and regression-beyond-margin p-values for any asymptotically normal estimate of
 * delta (oriented so that delta < 0 is a regression) with its standard error:
 * z = (estimate + margin) / standardError, referred to N(0, 1), or to Student's t with `df`
 * degrees of freedom when given (use ttestRel's `estimate`, `standardError` and `df`: this is then
 * exactly scipy.stats.ttest_rel(x + margin, y, alternative='greater' / 'less')).
 * With standardError = 0 the evidence is taken as certain: p = 0 on the side the estimate lies,
 * 1 on the other, and 1 for both when estimate = -margin.
 */
function paired_marginTest(estimate, standardError, margin, opts = {}) {
    const fn = 'marginTest';
    if (typeof estimate !== 'number' || !Number.isFinite(estimate))
        fail(fn, `estimate must be a finite number, got ${String(estimate)}`);
    if (typeof standardError !== 'number' || !(standardError >= 0) || standardError === Infinity)
        fail(fn, `standardError must be a finite number >= 0, got ${String(standardError)}`);
    checkMargin(fn, margin);
    const df = opts.df;
    if (df !== undefined && (typeof df !== 'number' || !(df > 0)))
        fail(fn, `df must be a number > 0, got ${String(df)}`);
    const distance = estimate + margin;
    if (standardError === 0) {
        if (distance === 0)
            return { statistic: NaN, pvalueNonInferiority: 1, pvalueRegression: 1 };
        const statistic = distance > 0 ? Infinity : -Infinity;
        return { statistic, pvalueNonInferiority: distance > 0 ? 0 : 1, pvalueRegression: distance > 0 ? 1 : 0 };
    }
    const statistic = distance / standardError;
    if (df === undefined || df === Infinity)
        return { statistic, pvalueNonInferiority: normalSf(statistic), pvalueRegression: normalCdf(statistic) };
    return { statistic, pvalueNonInferiority: studentTSf(statistic, df), pvalueRegression: studentTSf(-statistic, df) };
}
/**
 * Paired t-test on d = x - y (scipy.stats.ttest_rel): t = mean(d) / (s_d / sqrt(n)) against
 * Student's t with n - 1 degrees of freedom; 'greater' is H1: mean(d) > 0. The p-value is exact
 * under normal differences, asymptotic otherwise. Sums are compensated and the t tail uses the
 * incomplete beta function, so it agrees with scipy to 1e-10 relative (1e-12 for n < 1000).
 * Differences that are all zero give statistic 0 and p-value 1 for every alternative (scipy:
 * NaN); a constant non-zero difference gives t = ±∞ and p = 0 on its side, as scipy.
 */
function paired_ttestRel(x, y, opts = {}) {
    const fn = 'ttestRel';
    const d = differences(fn, x, y);
    const alternative = alternativeOf(fn, opts.alternative);
    const n = d.length;
    if (n < 2)
        fail(fn, `needs at least 2 paired rows, got ${n}`);
    const mean = compensatedSum(d) / n;
    const sq = new Float64Array(n);
    for (let i = 0; i < n; i++)
        sq[i] = (d[i] - mean) ** 2;
    const variance = compensatedSum(sq) / (n - 1);
    const df = n - 1;
    const standardError = Math.sqrt(variance / n);
    if (standardError === 0 && mean === 0)
        return { statistic: 0, pvalue: 1, df, estimate: 0, standardError: 0, alternative };
    const statistic = mean / standardError;
    return { statistic, pvalue: studentTPvalue(statistic, df, alternative), df, estimate: mean, standardError, alternative };
}
/** 'auto' uses the exact null distribution for at most this many differences (and no ties or zeros). */
const WILCOXON_EXACT_MAX_N = 50;
/** method='exact' builds the null distribution in O(n³) time: at most this many non-zero differences (~0.1 s). */
const WILCOXON_EXACT_LIMIT = 400;
/**
 * Counts of subsets of {1..n} by their sum, i.e. 2^n · P(R+ = k) for k = 0..n(n+1)/2: exact
 * integers up to n = 50 (all below 2^53), relative error ~nε beyond.
 */
function wilcoxonCounts(n) {
    const max = (n * (n + 1)) / 2;
    const c = new Float64Array(max + 1);
    c[0] = 1;
    let top = 0;
    for (let k = 1; k <= n; k++) {
        top += k;
        for (let s = top; s >= k; s--)
            c[s] += c[s - k];
    }
    return c;
}
/**
 * Wilcoxon signed-rank test on d = x - y with zero_method='wilcox' (zeros dropped), matching
 * scipy.stats.wilcoxon. 'greater' is H1: d is shifted above 0.
 *
 * - exact: the null distribution of R+ (all 2^n sign patterns of the ranks), as scipy; with ties
 *   a non-integral R+ is rounded conservatively (up for 'less', down for 'greater'), as scipy
 *   >= 1.13. Agrees with scipy to 1e-14. At most 400 non-zero differences.
 * - asymptotic: z = (R+ - n(n+1)/4) / σ with σ² = [n(n+1)(2n+1) - ½ Σ (t³ - t)] / 24 over tie
 *   groups of size t, optional continuity correction; agrees with scipy to 1e-12.
 *
 * 'auto' follows the rule: exact when n <= 50 and there are neither ties nor zeros, asymptotic
 * otherwise. (scipy 1.10 stays exact with ties and truncates R+; scipy >= 1.13 uses a sign-flip
 * permutation test for n <= 13 with ties or zeros — use pairedPermutationTest for that.)
 * All-zero differences give statistic 0 and p-value 1 (scipy raises).
 */
function paired_wilcoxon(x, y, opts = {}) {
    const fn = 'wilcoxon';
    const d = differences(fn, x, y);
    const alternative = alternativeOf(fn, opts.alternative);
    const method = opts.method ?? 'auto';
    if (method !== 'auto' && method !== 'exact' && method !== 'asymptotic')
        fail(fn, `method must be 'auto', 'exact' or 'asymptotic', got ${JSON.stringify(method)}`);
    const correction = opts.correction ?? false;
    if (typeof correction !== 'boolean')
        fail(fn, `correction must be a boolean, got ${String(correction)}`);
    let nz = 0;
    for (let i = 0; i < d.length; i++)
        if (d[i] !== 0)
            nz++;
    const hadZeros = nz < d.length;
    const nzd = new Float64Array(nz);
    for (let i = 0, j = 0; i < d.length; i++)
        if (d[i] !== 0)
            nzd[j++] = d[i];
    const n = nz;
    if (n === 0)
        return { statistic: 0, pvalue: 1, method: method === 'exact' ? 'exact' : 'asymptotic', zstatistic: method === 'exact' ? NaN : 0, n: 0 };
    // Average ranks of |d| over both signs, by merging the sorted |d| of each sign; tie groups.
    let np = 0;
    for (let i = 0; i < n; i++)
        if (nzd[i] > 0)
            np++;
    const pos = new Float64Array(np);
    const neg = new Float64Array(n - np);
    for (let i = 0, a = 0, b = 0; i < n; i++) {
        if (nzd[i] > 0)
            pos[a++] = nzd[i];
        else
            neg[b++] = -nzd[i];
    }
    pos.sort();
    neg.sort();
    let rPlus = 0;
    let rMinus = 0;
    let tieTerm = 0;
    for (let i = 0, j = 0; i < pos.length || j < neg.length;) {
        const v = Math.min(i < pos.length ? pos[i] : Infinity, j < neg.length ? neg[j] : Infinity);
        let cp = 0;
        let cn = 0;
        while (i + cp < pos.length && pos[i + cp] === v)
            cp++;
        while (j + cn < neg.length && neg[j + cn] === v)
            cn++;
        const t = cp + cn;
        const rank = i + j + (t + 1) / 2; // average of ranks i+j+1 .. i+j+t
        rPlus += cp * rank;
        rMinus += cn * rank;
        tieTerm += t * t * t - t;
        i += cp;
        j += cn;
    }
    const hasTies = tieTerm > 0;
    const statistic = alternative === 'two-sided' ? Math.min(rPlus, rMinus) : rPlus;
    const useExact = method === 'exact' || (method === 'auto' && d.length <= WILCOXON_EXACT_MAX_N && !hasTies && !hadZeros);
    if (useExact) {
        if (n > WILCOXON_EXACT_LIMIT)
            fail(fn, `method='exact' supports at most ${WILCOXON_EXACT_LIMIT} non-zero differences, got ${n}; use 'asymptotic'`);
        const counts = wilcoxonCounts(n);
        const total = 2 ** n;
        const cdf = (k) => {
            if (k < 0)
                return 0;
            let s = 0;
            for (let r = 0; r <= Math.min(k, counts.length - 1); r++)
                s += counts[r];
            return s / total;
        };
        const sf = (k) => {
            let s = 0;
            for (let r = Math.max(0, k); r < counts.length; r++)
                s += counts[r];
            return s / total;
        };
        let pvalue;
        if (alternative === 'less')
            pvalue = cdf(Math.ceil(rPlus));
        else if (alternative === 'greater')
            pvalue = sf(Math.floor(rPlus));
        else
            pvalue = Math.min(1, 2 * Math.min(sf(Math.floor(rPlus)), cdf(Math.ceil(rPlus))));
        return { statistic, pvalue, method: 'exact', zstatistic: NaN, n };
    }
    const mean = (n * (n + 1)) / 4;
    const se = Math.sqrt((n * (n + 1) * (2 * n + 1) - tieTerm / 2) / 24);
    let z = (rPlus - mean) / se;
    if (correction) {
        const sign = alternative === 'greater' ? 1 : alternative === 'less' ? -1 : Math.sign(z);
        z -= (sign * 0.5) / se;
    }
    const pvalue = normalPvalue(z, alternative);
    return { statistic, pvalue, method: 'asymptotic', zstatistic: alternative === 'two-sided' ? -Math.abs(z) : z, n };
}
// ---------------------------------------------------------------------------------------------
// Sign-flip permutation test
// ---------------------------------------------------------------------------------------------
/** The permutation test enumerates all 2^n sign patterns for n up to this (65,536 patterns). */
const PERMUTATION_EXACT_MAX_N = 16;
/**
 * Paired sign-flip permutation test of the mean of d = x - y (H0: d is symmetric about 0, i.e.
 * the two models' values are exchangeable within each row), scipy.stats.permutation_test with
 * permutation_type='samples' and the statistic mean(x - y):
 *
 * - exact when n <= 16 (PERMUTATION_EXACT_MAX_N) or 2^n <= resamples: every sign pattern,
 *   p = #{null ⪰ observed} / 2^n, equal to scipy's exact p-value;
 * - otherwise Monte Carlo with `resamples` random patterns, p = (#{null ⪰ observed} + 1) /
 *   (resamples + 1) (never 0; scipy's definition). Each row flips independently with
 *   probability ½, as in scipy, so p agrees with scipy in distribution only.
 *
 * Two-sided p = min(1, 2·min(p_less, p_greater)), as scipy. Null values within 1e-14·|observed| +
 * 2nε·mean|d| of the observed mean count as ties (scipy: max(1e-14, 1e-14·|observed|); ours is
 * scale-free and covers the rounding of an n-term sum). O(n) per pattern, or O(k) when d takes
 * k <= min(64, n/32) distinct values (accuracy differences: 3), by flipping a binomial number of
 * the rows that share a value, which has the same distribution.
 */
function pairedPermutationTest(x, y, statistic = 'mean difference', opts = {}) {
    const fn = 'pairedPermutationTest';
    if (statistic !== 'mean difference')
        fail(fn, `statistic must be 'mean difference', got ${JSON.stringify(statistic)}`);
    const d = differences(fn, x, y);
    const n = d.length;
    if (n < 1)
        fail(fn, 'needs at least 1 paired row');
    const alternative = alternativeOf(fn, opts.alternative);
    const resamples = integerIn(fn, 'resamples', opts.resamples ?? 9999, 1, 1e9);
    const seed = integerIn(fn, 'seed', opts.seed ?? 0, 0);
    let sumAbs = 0;
    for (let i = 0; i < n; i++)
        sumAbs += Math.abs(d[i]);
    let total = 0;
    for (let i = 0; i < n; i++)
        total += d[i];
    const observed = total / n;
    const tol = 1e-14 * Math.abs(observed) + 2 * Number.EPSILON * sumAbs; // 2nε·mean|d|
    const exact = n <= PERMUTATION_EXACT_MAX_N || 2 ** n <= resamples;
    const cats = exact ? undefined : categories(d, maxCategories(n));
    let nullDistribution;
    if (exact) {
        const patterns = 2 ** n;
        nullDistribution = new Float64Array(patterns);
        for (let mask = 0; mask < patterns; mask++) {
            let s = 0;
            for (let i = 0; i < n; i++)
                s += (mask >>> i) & 1 ? -d[i] : d[i];
            nullDistribution[mask] = s / n;
        }
    }
    else if (cats) {
        // Few distinct values: flipping the N_v rows that hold value v flips Bin(N_v, ½) of them, so
        // the flipped sum is Σ_v v (N_v - 2 Bin(N_v, ½)): the same distribution at O(#values) per pattern.
        nullDistribution = new Float64Array(resamples);
        const rng = createRng(seed, STREAM_PERMUTATION);
        for (let r = 0; r < resamples; r++) {
            let s = 0;
            for (let k = 0; k < cats.values.length; k++) {
                const v = cats.values[k];
                if (v !== 0)
                    s += v * (cats.sizes[k] - 2 * rng.binomial(cats.sizes[k], 0.5));
            }
            nullDistribution[r] = s / n;
        }
    }
    else {
        nullDistribution = new Float64Array(resamples);
        const rng = createRng(seed, STREAM_PERMUTATION);
        const words = new Int32Array(Math.ceil(n / 32));
        for (let r = 0; r < resamples; r++) {
            rng.fillUint32(words);
            let s = 0;
            for (let w = 0, i = 0; w < words.length; w++) {
                const bits = words[w];
                const end = Math.min(n, i + 32);
                for (let j = 0; i < end; i++, j++)
                    s += d[i] * (1 - 2 * ((bits >>> j) & 1));
            }
            nullDistribution[r] = s / n;
        }
    }
    let atMost = 0;
    let atLeast = 0;
    for (let i = 0; i < nullDistribution.length; i++) {
        const v = nullDistribution[i];
        if (v <= observed + tol)
            atMost++;
        if (v >= observed - tol)
            atLeast++;
    }
    const adjustment = exact ? 0 : 1;
    const count = nullDistribution.length;
    const pLess = (atMost + adjustment) / (count + adjustment);
    const pGreater = (atLeast + adjustment) / (count + adjustment);
    const pvalue = alternative === 'less' ? pLess : alternative === 'greater' ? pGreater : Math.min(1, 2 * Math.min(pLess, pGreater));
    return { statistic: observed, pvalue: Math.min(1, pvalue), nullDistribution, exact, resamples: count };
}
/**
 * mean(x - y) over the resampled rows: Σ counts·d / Σ counts with d = x - y, and its O(n)
 * jackknife. For an accuracy difference pass x = candidate correctness, y = baseline correctness
 * (0/1): the statistic is then candidate accuracy - baseline accuracy. When d takes at most
 * min(64, n/32) distinct values (3 for an accuracy difference) it declares `discreteMean`, so
 * that the bootstrap costs O(1) per resample in n.
 */
function meanDifferenceStatistic(x, y) {
    const d = differences('meanDifferenceStatistic', x, y);
    const n = d.length;
    return {
        discreteMean: categories(d, maxCategories(n)),
        evaluate(counts) {
            let s = 0;
            let w = 0;
            for (let i = 0; i < n; i++) {
                const c = counts[i];
                s += c * d[i];
                w += c;
            }
            return s / w;
        },
        jackknife() {
            const total = compensatedSum(d);
            const out = new Float64Array(n);
            for (let i = 0; i < n; i++)
                out[i] = (total - d[i]) / (n - 1);
            return out;
        },
    };
}
/** np.percentile(sorted, q) with numpy's default 'linear' method, on an ascending array. */
function percentileSorted(sorted, q) {
    const n = sorted.length;
    const virtual = (n - 1) * (q / 100);
    if (virtual >= n - 1)
        return sorted[n - 1];
    if (virtual < 0)
        return sorted[0];
    const prev = Math.floor(virtual);
    const t = virtual - prev;
    const a = sorted[prev];
    const b = sorted[prev + 1];
    const diff = b - a;
    return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}
/**
 * A bootstrap confidence interval from a bootstrap distribution, exactly as
 * scipy.stats.bootstrap computes it (Efron and Tibshirani 1993, ch. 13-14):
 *
 * - percentile: the α/2 and 1 - α/2 percentiles of the distribution (np.percentile, linear);
 * - basic: 2θ̂ minus the percentile interval, reversed;
 * - bca: the percentiles Φ(z0 + (z0 + z)/(1 - a(z0 + z))) for z = ±z_(α/2), with
 *   z0 = Φ⁻¹(mean of the fractions of the distribution < θ̂ and <= θ̂) and the acceleration
 *   a = Σ U³ / (6 (Σ U²)^1.5), U_i = mean(jackknife) - jackknife_i.
 *
 * Where scipy returns NaN for BCa we return a defined interval: with a constant jackknife
 * (a = 0/0) a = 0, and with θ̂ outside the distribution (z0 = ±∞) both ends at its extreme.
 */
function bootstrapConfidenceInterval(distribution, estimate, opts = {}) {
    const fn = 'bootstrapConfidenceInterval';
    if (!isArrayLike(distribution) || distribution.length < 1)
        fail(fn, 'distribution must be a non-empty array of numbers');
    const confidence = openUnit(fn, 'confidence', opts.confidence ?? 0.95);
    const method = opts.method ?? 'bca';
    if (method !== 'percentile' && method !== 'basic' && method !== 'bca')
        fail(fn, `method must be 'percentile', 'basic' or 'bca', got ${JSON.stringify(method)}`);
    const sorted = Float64Array.from(distribution);
    for (let i = 0; i < sorted.length; i++)
        if (Number.isNaN(sorted[i]))
            fail(fn, `distribution[${i}] is NaN`);
    sorted.sort();
    const alpha = (1 - confidence) / 2;
    if (method !== 'bca') {
        const lo = percentileSorted(sorted, alpha * 100);
        const hi = percentileSorted(sorted, (1 - alpha) * 100);
        return method === 'percentile' ? { low: lo, high: hi } : { low: 2 * estimate - hi, high: 2 * estimate - lo };
    }
    const jk = opts.jackknife;
    if (!isArrayLike(jk) || jk.length < 2)
        fail(fn, "jackknife (at least 2 leave-one-out values) is required for method 'bca'");
    const B = sorted.length;
    let below = 0;
    let atOrBelow = 0;
    for (let i = 0; i < B; i++) {
        if (sorted[i] < estimate)
            below++;
        if (sorted[i] <= estimate)
            atOrBelow++;
    }
    const z0 = normalQuantile((below + atOrBelow) / (2 * B));
    const m = jk.length;
    let mean = 0;
    for (let i = 0; i < m; i++)
        mean += jk[i];
    mean /= m;
    let num = 0;
    let den = 0;
    for (let i = 0; i < m; i++) {
        const u = (m - 1) * (mean - jk[i]);
        num += u * u * u;
        den += u * u;
    }
    num /= m ** 3;
    den /= m ** 2;
    const a = den > 0 ? num / (6 * den ** 1.5) : 0;
    let alpha1;
    let alpha2;
    if (!Number.isFinite(z0)) {
        alpha1 = alpha2 = z0 < 0 ? 0 : 1;
    }
    else {
        const zAlpha = normalQuantile(alpha);
        const num1 = z0 + zAlpha;
        alpha1 = normalCdf(z0 + num1 / (1 - a * num1));
        const num2 = z0 - zAlpha;
        alpha2 = normalCdf(z0 + num2 / (1 - a * num2));
    }
    return { low: percentileSorted(sorted, alpha1 * 100), high: percentileSorted(sorted, alpha2 * 100) };
}
/**
 * Paired bootstrap of a statistic of n paired rows (both models' predictions on the same rows),
 * equal in distribution to scipy.stats.bootstrap(..., paired=True): each resample draws n rows
 * with replacement, as multiplicity counts (n uniform draws into a Uint32Array), and evaluates the
 * statistic on the counts. The interval is bootstrapConfidenceInterval's. Monte Carlo: the
 * endpoints carry a resampling error of about sqrt(p(1-p)/B) / f(q_p) (p = α/2, f the bootstrap
 * density), 0.019 standard errors for B = 20000 at 95%; the seed makes them reproducible.
 * Costs `resamples` evaluations (+ the jackknife for BCa), or O(#values) per resample for a
 * statistic that declares `discreteMean`.
 */
function paired_pairedBootstrap(statistic, n, opts = {}) {
    const fn = 'pairedBootstrap';
    const stat = typeof statistic === 'function' ? { evaluate: statistic } : statistic;
    if (stat === null || typeof stat !== 'object' || typeof stat.evaluate !== 'function')
        fail(fn, 'statistic must be a function of row counts or a WeightedStatistic');
    integerIn(fn, 'n', n, 2, 0xffffffff);
    const resamples = integerIn(fn, 'resamples', opts.resamples ?? 9999, 1, 1e9);
    const confidence = openUnit(fn, 'confidence', opts.confidence ?? 0.95);
    const seed = integerIn(fn, 'seed', opts.seed ?? 0, 0);
    const method = opts.method ?? 'bca';
    if (method !== 'percentile' && method !== 'basic' && method !== 'bca')
        fail(fn, `method must be 'percentile', 'basic' or 'bca', got ${JSON.stringify(method)}`);
    const counts = new Uint32Array(n).fill(1);
    const estimate = stat.evaluate(counts);
    if (!Number.isFinite(estimate))
        fail(fn, `statistic returned ${estimate} on the original rows`);
    const rng = createRng(seed, STREAM_BOOTSTRAP);
    const dist = new Float64Array(resamples);
    const discrete = stat.discreteMean;
    if (discrete) {
        const { values, sizes } = discrete;
        let rows = 0;
        for (let k = 0; k < sizes.length; k++)
            rows += sizes[k];
        if (values.length !== sizes.length || rows !== n)
            fail(fn, `statistic.discreteMean must have one size per value, summing to n = ${n}`);
        const drawn = new Float64Array(sizes.length);
        for (let b = 0; b < resamples; b++) {
            rng.multinomial(n, sizes, drawn);
            let s = 0;
            for (let k = 0; k < values.length; k++)
                s += values[k] * drawn[k];
            dist[b] = s / n;
        }
    }
    else {
        for (let b = 0; b < resamples; b++) {
            counts.fill(0);
            rng.countUniformDraws(counts, n);
            const v = stat.evaluate(counts);
            if (Number.isNaN(v))
                fail(fn, `statistic returned NaN on resample ${b}`);
            dist[b] = v;
        }
    }
    let jackknife;
    if (method === 'bca') {
        if (stat.jackknife) {
            jackknife = stat.jackknife();
            if (!isArrayLike(jackknife) || jackknife.length !== n)
                fail(fn, `statistic.jackknife() must return n = ${n} values`);
        }
        else {
            jackknife = new Float64Array(n);
            counts.fill(1);
            for (let i = 0; i < n; i++) {
                counts[i] = 0;
                jackknife[i] = stat.evaluate(counts);
                counts[i] = 1;
            }
        }
    }
    const confidenceInterval = bootstrapConfidenceInterval(dist, estimate, { confidence, method, jackknife });
    let mean = 0;
    for (let b = 0; b < resamples; b++)
        mean += dist[b];
    mean /= resamples;
    let ss = 0;
    for (let b = 0; b < resamples; b++)
        ss += (dist[b] - mean) ** 2;
    const standardError = resamples > 1 ? Math.sqrt(ss / (resamples - 1)) : NaN;
    return { estimate, confidenceInterval, standardError, bootstrapDistribution: dist, method, confidence };
}

// EXTERNAL MODULE: ./.build/js/src/metrics/intervals.js
var intervals = __webpack_require__(4685);
;// CONCATENATED MODULE: ./.build/js/src/schemas/gates.schema.json
const gates_schema_namespaceObject = {};
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
const measures_MEASURE_DIRECTION = {
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
function measures_groupRates(c, at = 0) {
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
function measures_measuresOf(cells, groups) {
    const sr = new Float64Array(groups);
    const tpr = new Float64Array(groups);
    const fpr = new Float64Array(groups);
    for (let g = 0; g < groups; g++) {
        const r = measures_groupRates(cells, 4 * g);
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
    const m = measures_measuresOf(cells, groups);
    measures_MEASURES.forEach((k, i) => (out[i] = m[k].value));
}
/** One stratified redraw: each group's `width` cells from Multinomial(n_g, cells_g). */
function measures_redrawGroups(cells, groups, width, rng, out) {
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
function measures_measureIntervals(cells, groups, rng, resamples, confidence) {
    const reps = measures_MEASURES.map(() => new Float64Array(resamples));
    const base = Float64Array.from(cells);
    const draw = new Float64Array(cells.length);
    const out = new Float64Array(measures_MEASURES.length);
    for (let b = 0; b < resamples; b++) {
        measures_redrawGroups(base, groups, 4, rng, draw);
        measureVector(draw, groups, out);
        for (let i = 0; i < measures_MEASURES.length; i++)
            reps[i][b] = out[i];
    }
    // Every measure lies in [0, 1]: rates, their differences and their ratios.
    return reps.map((r) => percentileInterval(r, confidence, [0, 1]));
}

;// CONCATENATED MODULE: ./.build/js/src/gates/spec.js
/**
 * Gate files: what compare-to-baseline enforces. Validated against src/schemas/gates.schema.json
 * (published for editors), then normalised into a flat list of gates, one per metric, rule and
 * slice column.
 */




/** Direction per metric: +1 higher is better, -1 lower is better. */
const spec_DIRECTION = {
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
    ...measures_MEASURE_DIRECTION,
};
let validate;
function amountOf(v) {
    if (typeof v === 'string')
        return { value: Number(v.slice(0, -1)) / 100, percent: true };
    return { value: Number(v), percent: false };
}
/** Parses an already-loaded gate document (YAML or JSON); errors name the source and the key. */
function parseGates(doc, source) {
    validate ??= new Ajv2020({ allErrors: false, strict: false }).compile(schema);
    if (doc === null || doc === undefined)
        doc = {};
    if (!validate(doc)) {
        const e = validate.errors[0];
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
        throw new DataError(`roc_auc needs both classes: got ${m} positive and ${n} negative rows`);
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
    const z = criticalValue(confidence);
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
function delong_delongTest(labels, scoresA, scoresB, opts = {}) {
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

;// CONCATENATED MODULE: ./.build/js/src/gates/paired-arrays.js
const EPS = 2.220446049250313e-16;
const cache = new WeakMap();
function cached(p, key, build) {
    let m = cache.get(p);
    if (!m)
        cache.set(p, (m = new Map()));
    let hit = m.get(key);
    if (!hit)
        m.set(key, (hit = { candidate: build(p.candidate), baseline: build(p.baseline) }));
    return hit;
}
/** out[i] = fn(a[i], i) with a plain loop (TypedArray.from with a map function is ~10x slower). */
function paired_arrays_mapRows(out, a, fn) {
    for (let i = 0; i < a.length; i++)
        out[i] = fn(a[i], i);
    return out;
}
/** Predicted classes of both models: binary scores thresholded at `threshold`; multiclass as given. */
function paired_arrays_predictions(p, threshold) {
    if (p.task !== 'binary')
        return { candidate: p.candidate, baseline: p.baseline };
    return cached(p, `pred|${threshold}`, (s) => paired_arrays_mapRows(new Float64Array(p.n), s, (x) => (x >= threshold ? 1 : 0)));
}
/** Per-row losses (log_loss clipped at float64 epsilon, as scikit-learn; brier_score) or absolute errors of both models. */
function paired_arrays_rowLosses(p, kind) {
    if (kind === 'log_loss' && p.candidateLoss && p.baselineLoss)
        return { candidate: p.candidateLoss, baseline: p.baselineLoss };
    const y = p.y;
    const loss = kind === 'abs_error'
        ? (v, i) => Math.abs(v - y[i])
        : kind === 'brier_score'
            ? (s, i) => (s - y[i]) ** 2
            : (s, i) => -Math.log(Math.min(1 - EPS, Math.max(EPS, y[i] ? s : 1 - s)));
    return cached(p, kind, (s) => paired_arrays_mapRows(new Float64Array(p.n), s, loss));
}

;// CONCATENATED MODULE: ./.build/js/src/gates/paired-metrics.js
/**
 * The paired comparison of one metric between candidate and baseline on the same rows: the delta,
 * its interval, and one-sided p-values against a margin, each by the test that fits the metric:
 *
 * | metric | test |
 * |---|---|
 * | accuracy | McNemar (exact below 25 discordant pairs) with no margin; Tango's score test against a margin; Tango's score interval |
 * | roc_auc | DeLong's test for two correlated AUCs |
 * | log_loss, brier_score, mae | paired t-test on per-row losses / absolute errors |
 * | precision, recall, f1, balanced_accuracy, macro_f1 | paired bootstrap of the joint confusion cells (label x candidate x baseline prediction), multinomial redraws |
 * | average_precision, rmse, r2 | paired bootstrap of rows |
 *
 * Deltas are candidate - baseline in the metric's units; p-values are about the oriented delta
 * d = direction * delta (d < 0 is worse): pRegression(m) tests H1: d < -m, pNonInferior(m) tests
 * H1: d > -m.
 */





function normalEstimate(candidate, baseline, dir, se, confidence, test, df) {
    const delta = candidate - baseline;
    const z = normalQuantile(1 - (1 - confidence) / 2);
    return {
        candidate,
        baseline,
        delta,
        ci: [delta - z * se, delta + z * se],
        test,
        pRegression: (m) => marginTest(dir * delta, se, m, { df }).pvalueRegression,
        pNonInferior: (m) => marginTest(dir * delta, se, m, { df }).pvalueNonInferiority,
    };
}
/** Percentile interval and bootstrap p-values from a distribution of deltas. */
function paired_metrics_bootstrapEstimate(candidate, baseline, dir, dist, confidence, test) {
    const sorted = Float64Array.from(dist).sort();
    const q = (p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(p * (sorted.length - 1))))];
    const a = (1 - confidence) / 2;
    const B = sorted.length;
    const count = (pred) => {
        let k = 0;
        for (let i = 0; i < B; i++)
            if (pred(dir * sorted[i]))
                k++;
        return k;
    };
    return {
        candidate,
        baseline,
        delta: candidate - baseline,
        ci: [q(a), q(1 - a)],
        test,
        pRegression: (m) => (1 + count((d) => d >= -m)) / (B + 1),
        pNonInferior: (m) => (1 + count((d) => d <= -m)) / (B + 1),
    };
}
/** Binary metrics from the 8 joint cells: index 4*y + 2*candidatePred + baselinePred. */
function binaryCellMetric(name) {
    return (cells, model) => {
        let tp = 0;
        let fp = 0;
        let fn = 0;
        let tn = 0;
        for (let i = 0; i < 8; i++) {
            const y = i >> 2;
            const pred = model === 0 ? (i >> 1) & 1 : i & 1;
            const c = cells[i];
            if (y && pred)
                tp += c;
            else if (!y && pred)
                fp += c;
            else if (y)
                fn += c;
            else
                tn += c;
        }
        const precision = tp + fp ? tp / (tp + fp) : 0;
        const recall = tp + fn ? tp / (tp + fn) : 0;
        switch (name) {
            case 'precision':
                return precision;
            case 'recall':
                return recall;
            case 'f1':
                return 2 * tp + fp + fn ? (2 * tp) / (2 * tp + fp + fn) : 0;
            default: {
                const spec = tn + fp ? tn / (tn + fp) : 0;
                return (recall + spec) / 2;
            }
        }
    };
}
/** Macro F1 from K^3 joint cells: index (y*K + candidatePred)*K + baselinePred. */
function macroF1Cells(k) {
    return (cells, model) => {
        const tp = new Float64Array(k);
        const pred = new Float64Array(k);
        const sup = new Float64Array(k);
        for (let i = 0; i < k * k * k; i++) {
            const c = cells[i];
            if (!c)
                continue;
            const y = Math.floor(i / (k * k));
            const p = model === 0 ? Math.floor(i / k) % k : i % k;
            sup[y] += c;
            pred[p] += c;
            if (p === y)
                tp[y] += c;
        }
        let s = 0;
        for (let j = 0; j < k; j++)
            s += sup[j] + pred[j] ? (2 * tp[j]) / (sup[j] + pred[j]) : 0;
        return s / k;
    };
}
function cellBootstrap(cells, metric, dir, o, test) {
    const n = cells.reduce((a, b) => a + b, 0);
    const shares = Float64Array.from(cells, (c) => c / n);
    const rng = createRng(o.seed, 7);
    const draw = new Float64Array(cells.length);
    const dist = new Float64Array(o.resamples);
    for (let b = 0; b < o.resamples; b++) {
        rng.multinomial(n, shares, draw);
        dist[b] = metric(draw, 0) - metric(draw, 1);
    }
    return paired_metrics_bootstrapEstimate(metric(cells, 0), metric(cells, 1), dir, dist, o.confidence, test);
}
/** Average precision (scikit-learn's step form) of scores with per-row weights. */
function weightedAp(order, y, w, scores) {
    let tp = 0;
    let fp = 0;
    let total = 0;
    for (let i = 0; i < y.length; i++)
        total += y[i] * w[i];
    if (total === 0)
        return 0;
    let ap = 0;
    let prevRecall = 0;
    let i = 0;
    while (i < order.length) {
        const s = scores[order[i]];
        while (i < order.length && scores[order[i]] === s) {
            const r = order[i++];
            if (y[r])
                tp += w[r];
            else
                fp += w[r];
        }
        if (tp + fp === 0)
            continue;
        const recall = tp / total;
        ap += (recall - prevRecall) * (tp / (tp + fp));
        prevRecall = recall;
    }
    return ap;
}
function descendingOrder(scores) {
    const idx = new Uint32Array(scores.length);
    for (let i = 0; i < idx.length; i++)
        idx[i] = i;
    return idx.sort((a, b) => scores[b] - scores[a]);
}
/** The paired comparison of `metric`; undefined when this task has no such metric. */
function paired_metrics_pairedEstimate(metric, p, o) {
    const n = p.n;
    const dir = o.direction;
    const boot = { resamples: o.resamples, confidence: o.confidence, seed: o.seed, method: 'percentile' };
    if (p.task === 'binary' || p.task === 'multiclass') {
        // Predicted classes, made once per rows and threshold, only by the metrics that use them.
        const needsPred = metric === 'accuracy' || metric === 'macro_f1' || ['precision', 'recall', 'f1', 'balanced_accuracy'].includes(metric);
        const pred = needsPred ? predictions(p, o.threshold) : { candidate: p.candidate, baseline: p.baseline };
        const predC = pred.candidate;
        const predB = pred.baseline;
        if (metric === 'accuracy') {
            const table = pairedTable(mapRows(new Uint8Array(n), p.y, (y, i) => (predB[i] === y ? 1 : 0)), mapRows(new Uint8Array(n), p.y, (y, i) => (predC[i] === y ? 1 : 0)));
            const diff = pairedAccuracyDifference(table, { confidence: o.confidence });
            const accC = (table.bothCorrect + table.candidateOnly) / n;
            const accB = (table.bothCorrect + table.baselineOnly) / n;
            const mc = mcnemar(table.baselineOnly, table.candidateOnly);
            // One-sided McNemar: half the two-sided p on the side the data lies, its complement on the other.
            const oneSided = (dataOnThatSide) => (dataOnThatSide ? mc.pvalue / 2 : 1 - mc.pvalue / 2);
            return {
                candidate: accC,
                baseline: accB,
                delta: accC - accB,
                ci: [diff.confidenceInterval.low, diff.confidenceInterval.high],
                test: `McNemar (${mc.method}) without a margin, Tango's score test with one; Tango interval`,
                pRegression: (m) => (m === 0 ? oneSided(table.candidateOnly < table.baselineOnly) : accuracyMarginTest(table, m).pvalueRegression),
                pNonInferior: (m) => (m === 0 ? oneSided(table.candidateOnly > table.baselineOnly) : accuracyMarginTest(table, m).pvalueNonInferiority),
            };
        }
        if (p.task === 'binary' && ['precision', 'recall', 'f1', 'balanced_accuracy'].includes(metric)) {
            const cells = new Float64Array(8);
            for (let i = 0; i < n; i++)
                cells[4 * p.y[i] + 2 * predC[i] + predB[i]]++;
            return cellBootstrap(cells, binaryCellMetric(metric), dir, o, 'paired bootstrap of the joint confusion cells (percentile)');
        }
        if (p.task === 'multiclass' && metric === 'macro_f1') {
            const k = Math.max(...p.y, ...predC, ...predB) + 1;
            const cells = new Float64Array(k * k * k);
            for (let i = 0; i < n; i++)
                cells[(p.y[i] * k + predC[i]) * k + predB[i]]++;
            return cellBootstrap(cells, macroF1Cells(k), dir, o, 'paired bootstrap of the joint confusion cells (percentile)');
        }
        if (p.task === 'binary' && metric === 'roc_auc') {
            const t = delongTest(p.y, p.candidate, p.baseline, { confidence: o.confidence });
            return normalEstimate(t.auc[0], t.auc[1], dir, t.standardError, o.confidence, "DeLong's test for correlated AUCs");
        }
        if (metric === 'log_loss' || (p.task === 'binary' && metric === 'brier_score')) {
            const { candidate: lc, baseline: lb } = rowLosses(p, metric === 'brier_score' ? 'brier_score' : 'log_loss');
            const t = ttestRel(lc, lb);
            const mean = (a) => a.reduce((x, y) => x + y, 0) / a.length;
            return normalEstimate(mean(lc), mean(lb), dir, t.standardError, o.confidence, 'paired t-test on per-row losses', t.df);
        }
        if (p.task === 'binary' && metric === 'average_precision') {
            const oc = descendingOrder(p.candidate);
            const ob = descendingOrder(p.baseline);
            const stat = (w) => weightedAp(oc, p.y, w, p.candidate) - weightedAp(ob, p.y, w, p.baseline);
            const ones = new Uint32Array(n).fill(1);
            const r = pairedBootstrap(stat, n, boot);
            return paired_metrics_bootstrapEstimate(weightedAp(oc, p.y, ones, p.candidate), weightedAp(ob, p.y, ones, p.baseline), dir, r.bootstrapDistribution, o.confidence, 'paired bootstrap of rows (percentile)');
        }
        return undefined;
    }
    // regression
    if (metric === 'mae') {
        const { candidate: ec, baseline: eb } = rowLosses(p, 'abs_error');
        const t = ttestRel(ec, eb);
        const mean = (a) => a.reduce((x, y) => x + y, 0) / a.length;
        return normalEstimate(mean(ec), mean(eb), dir, t.standardError, o.confidence, 'paired t-test on per-row absolute errors', t.df);
    }
    if (metric === 'rmse' || metric === 'r2') {
        const value = (pred, w) => {
            let sw = 0;
            let sy = 0;
            for (let i = 0; i < n; i++) {
                sw += w[i];
                sy += w[i] * p.y[i];
            }
            const my = sy / sw;
            let sse = 0;
            let sst = 0;
            for (let i = 0; i < n; i++) {
                sse += w[i] * (pred[i] - p.y[i]) ** 2;
                sst += w[i] * (p.y[i] - my) ** 2;
            }
            return metric === 'rmse' ? Math.sqrt(sse / sw) : sst > 0 ? 1 - sse / sst : 0;
        };
        const r = pairedBootstrap((w) => value(p.candidate, w) - value(p.baseline, w), n, boot);
        const ones = new Uint32Array(n).fill(1);
        return paired_metrics_bootstrapEstimate(value(p.candidate, ones), value(p.baseline, ones), dir, r.bootstrapDistribution, o.confidence, 'paired bootstrap of rows (percentile)');
    }
    return undefined;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./.build/js/src/data/schema.js + 1 modules
var data_schema = __webpack_require__(5547);
;// CONCATENATED MODULE: ./.build/js/src/gates/paired-data.js
/**
 * Both models' predictions on the same rows, aligned by data row index: what the paired tests of
 * compare-to-baseline run on. Reads the predictions.csv files evaluate-model writes.
 */





/** The predictions file of an evaluation: as recorded, else next to the evaluation.json. */
function predictionsFile(ev, evaluationPath) {
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
    const cFile = predictionsFile(candidate, candidatePath);
    const bFile = predictionsFile(baseline, baselinePath);
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
function paired_data_subsetPaired(p, keep) {
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
const audit_STREAM_FAIRNESS = 7;
const METHODS = {
    groups: 'Wilson score interval per group rate',
    measures: "percentile bootstrap within groups (each group's confusion cells redrawn Multinomial(n_g, cells_g / n_g), group sizes fixed)",
};
/** A `sensitive` entry: `sex`, or `sex*race` for the intersection of two columns. */
function parseSensitive(entries) {
    return entries.map((name) => {
        const columns = name.split('*').map((c) => c.trim());
        if (columns.length > 2 || columns.some((c) => c === ''))
            throw new ConfigurationError(`input 'sensitive': '${name}' is not a column or the intersection of two columns written a*b`);
        return { name: columns.join('*'), columns };
    });
}
/** The columns `sensitive` reads, each once. */
function sensitiveColumns(entries) {
    return [...new Set(parseSensitive(entries).flatMap((e) => e.columns))];
}
/** A row's value of a feature: the column's value, or the two values joined. */
function audit_featureValue(parts) {
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
    const z = criticalValue(input.confidence);
    const rng = createRng(input.seed, audit_STREAM_FAIRNESS);
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
            const rate = (x, k, n) => ({ value: finite(x), ci: n > 0 ? wilsonInterval(k, n, z) : null });
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
        const cis = G >= 2 ? measureIntervals(cells, G, rng, input.resamples, input.confidence) : MEASURES.map(() => null);
        if (G < 2)
            notes.push(`${G} group(s) with at least min-slice-rows (${input.minGroupRows}) rows: the measures across groups need two`);
        const measures = Object.fromEntries(MEASURES.map((m, i) => {
            const p = point[m];
            const value = finite(p.value);
            return [m, { value, ci: value === null ? null : cis[i], groups: value === null ? null : [grouping.names[p.groups[0]], grouping.names[p.groups[1]]], rate: p.rate }];
        }));
        const di = measures.disparate_impact_ratio.value;
        return { name: f.name, columns: f.columns, groups, pooled: grouping.pooled, measures, fourFifths: di === null ? null : di >= 0.8, notes };
    });
    return { confidence: input.confidence, resamples: input.resamples, seed: input.seed, minGroupRows: input.minGroupRows, methods: METHODS, features };
}

;// CONCATENATED MODULE: ./.build/js/src/fairness/paired.js
/**
 * A fairness measure of two models on the same rows: the candidate's minus the baseline's, with a
 * paired bootstrap within groups. Each group's rows fall into 8 joint cells (label x candidate's
 * prediction x baseline's prediction); a resample redraws each group's cells from Multinomial(n_g,
 * cells_g / n_g) — the row bootstrap within groups, both models seeing the same resampled rows —
 * and recomputes both measures. Percentile interval; one-sided bootstrap p-values against the
 * margin (gates/paired-metrics.ts's bootstrapEstimate).
 */




/** Joint cells per group, index y·4 + candidate·2 + baseline. */
function jointCells(p) {
    const cells = new Float64Array(8 * p.groups);
    for (let i = 0; i < p.ids.length; i++) {
        const g = p.ids[i];
        if (g < 0)
            continue;
        const c = p.candidate[i] >= p.candidateThreshold ? 1 : 0;
        const b = p.baseline[i] >= p.baselineThreshold ? 1 : 0;
        cells[8 * g + 4 * p.y[i] + 2 * c + b]++;
    }
    return cells;
}
/** The 4-cell [tn, fp, fn, tp] tables of one model from the joint cells. */
function marginal(joint, groups, model, out) {
    out.fill(0);
    for (let g = 0; g < groups; g++) {
        for (let j = 0; j < 8; j++) {
            const y = j >> 2;
            const pred = model === 'candidate' ? (j >> 1) & 1 : j & 1;
            out[4 * g + 2 * y + pred] += joint[8 * g + j];
        }
    }
}
function paired_pairedMeasure(p) {
    const joint = jointCells(p);
    const c4 = new Float64Array(4 * p.groups);
    const b4 = new Float64Array(4 * p.groups);
    const value = (cells, model, four) => {
        marginal(cells, p.groups, model, four);
        return measuresOf(four, p.groups)[p.measure].value;
    };
    const cv = value(joint, 'candidate', c4);
    const bv = value(joint, 'baseline', b4);
    if (!Number.isFinite(cv) || !Number.isFinite(bv))
        throw new Error(`${p.measure} is undefined on these rows for the ${Number.isFinite(cv) ? 'baseline' : 'candidate'} (fewer than two groups with the rate defined)`);
    const rng = createRng(p.seed, STREAM_FAIRNESS + 1);
    const draw = new Float64Array(joint.length);
    const dist = [];
    for (let r = 0; r < p.resamples; r++) {
        redrawGroups(joint, p.groups, 8, rng, draw);
        const d = value(draw, 'candidate', c4) - value(draw, 'baseline', b4);
        if (Number.isFinite(d))
            dist.push(d);
    }
    return bootstrapEstimate(cv, bv, MEASURE_DIRECTION[p.measure], Float64Array.from(dist), p.confidence, `paired bootstrap within groups (${p.resamples} resamples of the joint label x candidate x baseline cells)`);
}

;// CONCATENATED MODULE: ./.build/js/src/gates/compare.js
/**
 * compare-to-baseline's decision: every gate gets a delta, its interval, a p-value and the test
 * used; p-values are adjusted across all gates (Holm by default) so that adding metrics does not add
 * false failures; the verdict follows the policy:
 *
 * - detect-regression (default): a gate fails when the data shows, at the confidence level, that
 *   the candidate is worse than allowed (H1: regression beyond the margin, adjusted p < alpha).
 *   An evaluation set too small to see the allowed amount is said so ("underpowered").
 * - prove-non-inferiority: a gate passes only when the data shows the candidate is no worse than
 *   allowed (H1: non-inferior within the margin, adjusted p < alpha).
 *
 * `require-improvement` passes only when an improvement (by at least its amount) is shown; `min` /
 * `max` are judged on the candidate's own interval (normal approximation from it).
 */











const HEADLINE = {
    binary: ['accuracy', 'roc_auc', 'f1', 'precision', 'recall', 'log_loss', 'brier_score'],
    multiclass: ['accuracy', 'macro_f1', 'log_loss'],
    regression: ['mae', 'rmse', 'r2'],
};
function metricOf(ev, metric) {
    if (metric === 'latency_p50_ms')
        return { value: ev.latency.p50Ms, ci: null };
    if (metric === 'latency_p95_ms')
        return { value: ev.latency.p95Ms, ci: null };
    const m = ev.metrics[metric];
    return m ? { value: m.value, ci: m.ci } : undefined;
}
function amountFor(g, baseline) {
    return g.amount.percent ? g.amount.value * Math.abs(baseline ?? 0) : g.amount.value;
}
/** Metrics on a 0..1 scale read in points (0.01 = 1 point); others in their own units. */
const UNIT_SCALE = new Set(['accuracy', 'balanced_accuracy', 'precision', 'recall', 'f1', 'roc_auc', 'average_precision', 'macro_f1', 'r2', ...measures_MEASURES]);
const fmtAmount = (metric, x) => (UNIT_SCALE.has(metric) ? `${(x * 100).toFixed(1)} points` : `${Number(x.toPrecision(3))}`);
/** Paired estimates per rows and settings: a gated headline metric is computed once, not twice. */
const estimates = new WeakMap();
function estimateFor(metric, rows, input) {
    const threshold = input.candidate.threshold ?? 0.5;
    const key = `${metric}|${threshold}|${input.confidence}|${input.resamples}|${input.seed}`;
    let cache = estimates.get(rows);
    if (!cache)
        estimates.set(rows, (cache = new Map()));
    if (!cache.has(key)) {
        try {
            cache.set(key, pairedEstimate(metric, rows, { direction: DIRECTION[metric] ?? 1, threshold, confidence: input.confidence, resamples: input.resamples, seed: input.seed }));
        }
        catch (e) {
            cache.set(key, e);
        }
    }
    const hit = cache.get(key);
    if (hit instanceof Error)
        throw hit;
    return hit;
}
/**
 * The power note of a gate whose interval is wider than its margin. An interval's half-width h
 * shrinks as 1/sqrt(n), so about n * (h / m)^2 rows would bring it down to the margin m.
 */
function rowsToResolve(n, halfWidth, margin) {
    return Math.ceil(n * (halfWidth / margin) ** 2);
}
function powerNote(metric, n, halfWidth, m) {
    const need = Number.isFinite(halfWidth) ? `; about ${rowsToResolve(n, halfWidth, m).toLocaleString('en-US')} rows (${n} × (${fmtAmount(metric, halfWidth)} / ${fmtAmount(metric, m)})²) would resolve it` : '';
    return `this set of ${n} rows resolves ±${fmtAmount(metric, halfWidth)}, so a regression of ${fmtAmount(metric, m)} may go unseen${need}`;
}
/** Runs every gate; returns unadjusted results (adjustment and verdict happen in `compare`). */
function evaluateGate(g, input, slice) {
    const dir = DIRECTION[g.metric] ?? 1;
    const base = { metric: g.metric, rule: g.text, ...(slice?.fairness ? { sensitive: slice.fairness.feature, ...(slice.fairness.groups ? { groups: slice.fairness.groups } : {}) } : slice ? { slice: { column: slice.column, value: slice.value } } : {}) };
    const candM = slice ? slice.candidate?.[g.metric] : metricOf(input.candidate, g.metric);
    const baseM = slice ? slice.baseline?.[g.metric] : input.baseline ? metricOf(input.baseline, g.metric) : undefined;
    const cv = candM?.value ?? null;
    const z = normalQuantile(1 - (1 - input.confidence) / 2);
    if (g.rule === 'min' || g.rule === 'max') {
        if (cv === null)
            return { ...base, baseline: baseM?.value ?? null, candidate: null, delta: null, ci: null, pValue: null, test: '–', reason: `${g.metric} is not available for the candidate`, decide: 'fixed', fixed: false };
        const bound = g.amount.value;
        const ci = candM?.ci ?? null;
        const se = ci ? (ci[1] - ci[0]) / (2 * z) : 0;
        const side = g.rule === 'min' ? 1 : -1; // +1: must be above
        const dist = side * (cv - bound);
        const pWorse = se > 0 ? normalCdf(dist / se) : dist < 0 ? 0 : 1; // H1: on the wrong side of the bound
        const pBetter = se > 0 ? 1 - normalCdf(dist / se) : dist > 0 ? 0 : 1;
        const prove = input.spec.policy === 'prove-non-inferiority';
        const word = g.rule === 'min' ? 'floor' : 'ceiling';
        const beyond = dist < 0;
        const reason = `${g.metric} ${cv.toPrecision(4)} ${word} ${bound}`;
        if (input.spec.minPolicy === 'point') {
            return { ...base, baseline: baseM?.value ?? null, candidate: cv, delta: null, ci, pValue: null, test: 'point value against the bound (min-policy: point)', reason: `${reason}${beyond ? `: ${g.rule === 'min' ? 'below' : 'above'} the ${word}` : ''}`, decide: 'fixed', fixed: !beyond };
        }
        return {
            ...base,
            baseline: baseM?.value ?? null,
            candidate: cv,
            delta: null,
            ci,
            pValue: prove ? pBetter : pWorse,
            test: "normal approximation from the candidate's interval",
            reason,
            // Under detect-regression a point value beyond the bound passes while the interval reaches it.
            ...(beyond && !prove ? { warning: `${g.rule === 'min' ? 'below the floor' : 'above the ceiling'}, not shown: ${g.metric} ${cv.toPrecision(4)} against ${bound}, but the interval${ci ? ` [${ci[0].toPrecision(4)}, ${ci[1].toPrecision(4)}]` : ''} reaches it (set min-policy: point to fail on the point value)` } : {}),
            decide: prove ? 'pass-if-significant' : 'fail-if-significant',
        };
    }
    // Relative rules need a baseline.
    if (g.metric.startsWith('latency_') && input.baseline && !slice) {
        const latency = latencyGate(g, input, base);
        if (latency)
            return latency;
    }
    if (!input.baseline)
        return { ...base, baseline: null, candidate: cv, delta: null, ci: null, pValue: null, test: '–', reason: 'no baseline yet (first model): relative gates are not applied', decide: 'fixed', fixed: true };
    if (cv === null || baseM?.value === null || baseM === undefined) {
        const side = cv === null ? 'candidate' : 'baseline';
        return { ...base, baseline: baseM?.value ?? null, candidate: cv, delta: null, ci: null, pValue: null, test: '–', reason: `${g.metric} is missing on the ${side}: this gate cannot be checked`, decide: 'fixed', fixed: false };
    }
    const bv = baseM.value;
    const m = amountFor(g, bv);
    let est;
    const rows = slice ? slice.rows : input.paired;
    if (slice?.fairness?.estimate instanceof Error)
        return { ...base, baseline: bv, candidate: cv, delta: cv - bv, ci: null, pValue: null, test: '–', reason: `cannot test ${g.metric}: ${slice.fairness.estimate.message}`, decide: 'fixed', fixed: false };
    if (slice?.fairness)
        est = slice.fairness.estimate;
    else if (rows && rows.n >= 2) {
        try {
            est = estimateFor(g.metric, rows, input);
        }
        catch (e) {
            return { ...base, baseline: bv, candidate: cv, delta: cv - bv, ci: null, pValue: null, test: '–', reason: `cannot test ${g.metric}: ${e.message}`, decide: 'fixed', fixed: false };
        }
    }
    if (!est) {
        // Unpaired: two independent estimates with their own intervals.
        const se = (ci) => (ci ? (ci[1] - ci[0]) / (2 * z) : 0);
        const s = Math.sqrt(se(candM?.ci) ** 2 + se(baseM.ci) ** 2);
        const d = cv - bv;
        const od = dir * d;
        est = {
            candidate: cv,
            baseline: bv,
            delta: d,
            ci: s > 0 ? [d - z * s, d + z * s] : null,
            test: 'unpaired z-test from the two intervals',
            pRegression: (mm) => (s > 0 ? normalCdf((od + mm) / s) : od + mm < 0 ? 0 : 1),
            pNonInferior: (mm) => (s > 0 ? 1 - normalCdf((od + mm) / s) : od + mm > 0 ? 0 : 1),
        };
    }
    const improvement = g.rule === 'require-improvement';
    const prove = improvement || input.spec.policy === 'prove-non-inferiority';
    // require-improvement by a: H1: d > a, i.e. non-inferiority with margin -a.
    const pValue = improvement ? est.pNonInferior(-m) : prove ? est.pNonInferior(m) : est.pRegression(m);
    const halfWidth = est.ci ? (est.ci[1] - est.ci[0]) / 2 : Infinity;
    const n = slice?.fairness?.rows ?? rows?.n ?? input.candidate.rows;
    // Underpowered: the interval is wider than the allowed amount AND still reaches a regression of
    // that size. An interval wholly on the good side of -m has ruled the regression out, however wide.
    const worst = est.ci ? Math.min(dir * est.ci[0], dir * est.ci[1]) : -Infinity;
    const underpowered = !improvement && m > 0 && halfWidth > m && worst <= -m;
    const reason = improvement ? `must improve by ${m ? fmtAmount(g.metric, m) : 'any amount'}` : `may regress by ${fmtAmount(g.metric, m)}`;
    const power = underpowered ? powerNote(g.metric, n, halfWidth, m) : undefined;
    return { ...base, baseline: bv, candidate: cv, delta: est.delta, ci: est.ci, pValue, test: est.test, reason, power, decide: prove ? 'pass-if-significant' : 'fail-if-significant' };
}
/**
 * A fairness gate, once per sensitive feature of the candidate's evaluation. Bounds (min / max)
 * are judged on the candidate's measure and its bootstrap interval, as metric bounds are; relative
 * rules on the candidate-minus-baseline measure by a paired bootstrap within the candidate's
 * groups when both evaluations ran on the same rows (the baseline's measure need not have been
 * audited: the rows' group values come from the candidate's predictions file), else an unpaired
 * test from the two evaluations' intervals.
 */
function fairnessGates(g, input) {
    const features = input.candidate.fairness?.features ?? [];
    if (!features.length) {
        return [{ metric: g.metric, rule: g.text, baseline: null, candidate: null, delta: null, ci: null, pValue: null, test: '–', reason: "the candidate's evaluation has no fairness audit (evaluate with sensitive: <column>)", decide: 'fixed', fixed: false }];
    }
    const measure = g.metric;
    return features.map((f) => {
        const cm = f.measures[measure];
        const bf = input.baseline?.fairness?.features.find((x) => x.name === f.name);
        const relative = g.rule !== 'min' && g.rule !== 'max';
        const estimate = relative && input.baseline ? pairedFairness(measure, f, input) : undefined;
        const bm = bf ? bf.measures[measure] : estimate && !(estimate instanceof Error) ? { value: estimate.baseline, ci: null } : undefined;
        const rows = f.groups.reduce((a, x) => a + x.rows, 0);
        return evaluateGate(g, input, { column: f.name, value: '', candidate: { [measure]: { value: cm.value, ci: cm.ci, method: 'bootstrap-percentile' } }, baseline: bm ? { [measure]: { value: bm.value, ci: bm.ci, method: 'bootstrap-percentile' } } : undefined, fairness: { feature: f.name, groups: cm.groups, rows, estimate } });
    });
}
function pairedFairness(measure, f, input) {
    const p = input.paired;
    if (!p || p.task !== 'binary')
        return undefined;
    const columns = f.columns.map((c) => p.groups?.get(c));
    if (columns.some((c) => !c))
        return new Error(`the candidate's predictions file has no column for ${f.columns.join(', ')} (evaluate the candidate with sensitive: ${f.name})`);
    const values = Array.from({ length: p.n }, (_, i) => featureValue(columns.map((c) => c[i])));
    const grouping = assign(values, f.groups.map((x) => x.value), f.pooled);
    try {
        return pairedMeasure({ measure, ids: grouping.ids, groups: grouping.names.length, y: p.y, candidate: p.candidate, baseline: p.baseline, candidateThreshold: input.candidate.threshold ?? 0.5, baselineThreshold: input.baseline?.threshold ?? 0.5, confidence: input.confidence, resamples: input.resamples, seed: input.seed });
    }
    catch (e) {
        return e;
    }
}
/**
 * Latency gates, paired by batch: both evaluations ran the same rows in the same batches, so batch
 * i of one is batch i of the other. Wilcoxon's signed-rank test on the per-batch differences
 * (against the margin), and a percentile bootstrap of batch pairs for the interval of the
 * difference in the batch-time quantile.
 */
function latencyGate(g, input, base) {
    const c = input.candidate.latency.batchMs;
    const b = input.baseline.latency.batchMs;
    if (!c || !b || c.length !== b.length || c.length < 2)
        return undefined;
    const q = g.metric === 'latency_p50_ms' ? 0.5 : 0.95;
    const quantile = (a) => quantileSorted(Float64Array.from(a).sort(), q);
    const cv = quantile(c);
    const bv = quantile(b);
    const m = amountFor(g, bv);
    const improvement = g.rule === 'require-improvement';
    const prove = improvement || input.spec.policy === 'prove-non-inferiority';
    // Lower is better: a regression is the candidate slower by more than m.
    const shifted = improvement ? b.map((x) => x - m) : b.map((x) => x + m);
    const pValue = wilcoxon(c, shifted, { alternative: prove ? 'less' : 'greater' }).pvalue;
    const rng = createRng(input.seed, 11);
    const n = c.length;
    const dist = new Float64Array(Math.min(input.resamples, 2000));
    const cs = new Float64Array(n);
    const bs = new Float64Array(n);
    for (let r = 0; r < dist.length; r++) {
        for (let i = 0; i < n; i++) {
            const j = rng.uniformInt(n);
            cs[i] = c[j];
            bs[i] = b[j];
        }
        dist[r] = quantile(cs) - quantile(bs);
    }
    dist.sort();
    const a = (1 - input.confidence) / 2;
    const ci = [dist[Math.floor(a * (dist.length - 1))], dist[Math.ceil((1 - a) * (dist.length - 1))]];
    return {
        ...base,
        baseline: bv,
        candidate: cv,
        delta: cv - bv,
        ci,
        pValue,
        test: `Wilcoxon signed-rank on ${n} per-batch latency differences (batches paired by index)`,
        reason: improvement ? `must be faster by ${Number(m.toPrecision(3))} ms` : `may be slower by ${Number(m.toPrecision(3))} ms`,
        decide: prove ? 'pass-if-significant' : 'fail-if-significant',
    };
}
function compare(input) {
    const notes = [];
    const alpha = 1 - input.confidence;
    const gates = input.spec.gates;
    // Expand slice gates over the values present on both sides.
    const raw = [];
    const sliceCache = new Map();
    for (const g of gates) {
        if (g.fairness) {
            raw.push(...fairnessGates(g, input));
            continue;
        }
        if (!g.sliceColumn) {
            raw.push(evaluateGate(g, input));
            continue;
        }
        const column = g.sliceColumn;
        const cs = input.candidate.slices.filter((s) => s.column === column && s.metrics);
        if (!cs.length) {
            raw.push({ metric: g.metric, rule: g.text, baseline: null, candidate: null, delta: null, ci: null, pValue: null, test: '–', reason: `no slices of '${column}' in the candidate's evaluation (evaluate with slice-by: ${column})`, decide: 'fixed', fixed: false });
            continue;
        }
        for (const s of cs) {
            const key = `${column}\u0000${s.value}`;
            if (!sliceCache.has(key)) {
                const bs = input.baseline?.slices.find((x) => x.column === column && x.value === s.value);
                let rows;
                const values = input.paired?.slices.get(column);
                if (input.paired && values)
                    rows = subsetPaired(input.paired, (i) => values[i] === s.value);
                sliceCache.set(key, { rows, candidate: s.metrics, baseline: bs?.metrics });
            }
            raw.push(evaluateGate(g, input, { column, value: s.value, ...sliceCache.get(key) }));
        }
    }
    const tested = raw.map((r, i) => [r, i]).filter(([r]) => r.pValue !== null);
    const adjusted = new Map();
    if (tested.length) {
        const adj = multipleTesting(tested.map(([r]) => r.pValue), input.correction, alpha);
        tested.forEach(([, i], k) => adjusted.set(i, { p: adj.pvaluesAdjusted[k], reject: adj.reject[k] }));
    }
    const results = raw.map((r, i) => {
        const { decide, fixed, power, warning, ...rest } = r;
        const a = adjusted.get(i)?.p ?? null;
        const significant = adjusted.get(i)?.reject ?? false;
        const passed = decide === 'fixed' ? fixed : decide === 'fail-if-significant' ? !significant : significant;
        let reason = rest.reason;
        if (decide === 'fail-if-significant')
            reason = passed ? `no regression shown: ${reason}` : `regression shown (adjusted p ${a.toPrecision(2)} < ${alpha.toPrecision(2)}): ${reason}`;
        if (decide === 'pass-if-significant')
            reason = passed ? `shown (adjusted p ${a.toPrecision(2)} < ${alpha.toPrecision(2)}): ${reason}` : `not shown (adjusted p ${a === null ? '–' : a.toPrecision(2)}): ${reason}`;
        // Only a pass can be underpowered or carry a warning: a failure was seen, whatever the power.
        if (passed && power)
            reason += `; ${power}`;
        if (passed && warning)
            reason = `${warning}; ${reason}`;
        return { ...rest, adjustedPValue: a, passed, reason, ...(passed && power ? { underpowered: true } : {}), ...(passed && warning ? { warning } : {}) };
    });
    if (!gates.length)
        notes.push('no gates configured: the metrics are reported, no verdict is given');
    if (!input.baseline)
        notes.push('no baseline yet (first model): only absolute gates (min, max) apply');
    const underpowered = results.filter((r) => r.underpowered);
    if (underpowered.length)
        notes.push(`${underpowered.length} gate(s) are underpowered: the evaluation set cannot resolve the allowed amount`);
    // The metrics table: every headline metric the two evaluations share.
    const metrics = HEADLINE[input.candidate.task]
        .filter((m) => input.candidate.metrics[m])
        .map((m) => {
        const c = input.candidate.metrics[m]?.value ?? null;
        const b = input.baseline?.metrics[m]?.value ?? null;
        let est;
        if (input.paired && b !== null && c !== null) {
            try {
                est = estimateFor(m, input.paired, input);
            }
            catch {
                est = undefined;
            }
        }
        const dir = DIRECTION[m] ?? 1;
        const p = est ? Math.min(1, 2 * Math.min(est.pRegression(0), est.pNonInferior(0))) : null;
        // The paired Δ goes with its interval. It can differ from c − b: each evaluation computes
        // macro_f1 over its own classes (the data's and its predictions', as scikit-learn does), the
        // paired one over the classes of the data and both models' predictions.
        if (est && c !== null && b !== null && Math.abs(est.delta - (c - b)) > 1e-6) {
            notes.push(`${m}: Δ ${Number(est.delta.toPrecision(4))} is paired over the same rows and classes; the two evaluations' values differ by ${Number((c - b).toPrecision(4))} because each is computed over the classes it predicts`);
        }
        return { metric: m, baseline: b, candidate: c, delta: est ? est.delta : c !== null && b !== null ? c - b : null, ci: est?.ci ?? null, pValue: p, test: est?.test ?? (b === null ? '–' : 'unpaired'), direction: dir };
    })
        .map(({ direction: _d, ...rest }) => rest);
    const { passed, verdict } = compare_verdictOf(results, input.dataValidation, gates.length > 0);
    return {
        kind: 'comparison',
        schemaVersion: 1,
        passed,
        verdict,
        policy: input.spec.policy,
        confidence: input.confidence,
        correction: input.correction,
        paired: !!input.paired,
        pairing: input.paired ? `paired on ${input.paired.n} rows (same data digest)` : input.baseline ? 'unpaired: the two evaluations did not run on the same data' : 'no baseline',
        rows: input.candidate.rows,
        candidate: { path: input.candidatePath, model: input.candidate.model.sha256, data: input.candidate.data.sha256 },
        baseline: input.baseline ? { path: input.baselinePath, model: input.baseline.model.sha256, data: input.baseline.data.sha256 } : null,
        gates: results,
        metrics,
        notes,
        ...(input.dataValidation ? { dataValidation: input.dataValidation } : {}),
    };
}
/**
 * The run's verdict: every gate, and the data validation of the same run when there is one. No
 * gates and no data validation: no verdict (null).
 */
function compare_verdictOf(gates, data, configured = gates.length > 0) {
    const failed = gates.filter((r) => !r.passed);
    const overridden = gates.filter((r) => r.override).length;
    const gatesText = !configured
        ? 'No gates configured'
        : failed.length
            ? `${failed.length} of ${gates.length} gates failed: ${failed.map((f) => f.metric + (f.slice ? ` [${f.slice.column}=${f.slice.value}]` : '') + (f.sensitive ? ` [${f.sensitive}]` : '')).join(', ')}`
            : `All ${gates.length} gates passed${overridden ? ` (${overridden} accepted by override)` : ''}`;
    const gatesPassed = configured ? failed.length === 0 : null;
    if (!data)
        return { passed: gatesPassed, verdict: gatesText };
    if (data.passed)
        return { passed: gatesPassed, verdict: gatesText === 'No gates configured' ? 'Data validation passed; no gates configured' : `${gatesText}; data validation passed` };
    const why = [data.violations ? `${data.violations} violation${data.violations === 1 ? '' : 's'}` : '', data.drifted.length ? `drift in ${data.drifted.slice(0, 5).join(', ')}${data.drifted.length > 5 ? ` and ${data.drifted.length - 5} more` : ''}` : ''].filter(Boolean).join(', ');
    return { passed: false, verdict: `Data validation failed${why ? ` (${why})` : ''}; ${gatesText.charAt(0).toLowerCase()}${gatesText.slice(1)}` };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(1351);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/utils.js + 18 modules
var utils = __webpack_require__(9083);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./.build/js/src/github/client.js
/**
 * The one place an octokit is made: @actions/github's `getOctokit` (its proxy support, its
 * GITHUB_API_URL default) with @octokit/plugin-retry and @octokit/plugin-throttling on top. Every
 * other module in src/github takes the client as an argument, so tests hand in one pointed at the
 * loopback fake.
 *
 * Limits (the defaults, each an option):
 * - Rate limits (plugin-throttling): a primary limit (403/429 with `x-ratelimit-remaining: 0`) or
 *   a secondary limit (403/429 "secondary rate limit", `retry-after`) is retried at most twice,
 *   after the wait GitHub asks for, and only when that wait is at most 120 s: an hour-long wait
 *   for a primary reset fails the step with a clear message rather than hanging the job.
 * - Other failures (plugin-retry): 5xx and network errors are retried twice (1 s, then 4 s).
 *   400, 401, 403, 404, 410, 422, 451 are answers, not accidents, and are never retried; 429 is
 *   left to the throttling plugin so the two never both retry one response.
 * - Writes are paced by the throttling plugin (one at a time, 1 s apart; 3 s between writes that
 *   notify people such as comments), as GitHub's best practices ask.
 * - Time: each request (headers and body) is aborted after `requestTimeoutMs` (default 30 s, where
 *   undici alone waits 300 s for headers), and every request stops when `signal` aborts: callers
 *   pass an overall budget there, so a server that accepts and never answers costs seconds, not
 *   the 909 s of three tries at undici's timeout.
 */






/**
 * @actions/github's proxy-aware fetch with a per-request timeout and the caller's budget. Passing
 * `request.fetch` replaces the default one (octokit merges options shallowly), so the proxy fetch
 * is wrapped rather than dropped.
 */
function timedFetch(timeoutMs, budget) {
    const inner = (utils/* defaults */.NT.request?.fetch ?? globalThis.fetch);
    return (url, init = {}) => {
        const signals = [AbortSignal.timeout(timeoutMs), ...(budget ? [budget] : []), ...(init.signal ? [init.signal] : [])];
        return inner(url, { ...init, signal: AbortSignal.any(signals) }).catch((e) => {
            if (e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError')) {
                const why = budget?.aborted ? 'the time allowed for publishing ran out' : `no answer within ${Math.round(timeoutMs / 1000)} s`;
                throw Object.assign(new Error(`GitHub API: ${why}`), { name: 'TimeoutError', cause: e });
            }
            throw e;
        });
    };
}
const silent = {
    info: () => { },
    warning: () => { },
    error: () => { },
    debug: () => { },
    group: (_n, fn) => fn(),
};
/** `owner/name` (GITHUB_REPOSITORY's form) as a RepoRef; throws ConfigurationError naming `what`. */
function client_parseRepo(fullName, what = 'repository') {
    const m = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/.exec(fullName.trim());
    if (!m || m[2] === '.' || m[2] === '..') {
        throw new errors/* ConfigurationError */.j1(`${what}: expected owner/name, got '${fullName}'`);
    }
    return { owner: m[1], repo: m[2] };
}
/**
 * Creates the client. `token` is the workflow's GITHUB_TOKEN or a PAT; see permissions.ts for
 * what each mode needs.
 */
function client_createGitHubClient(token, options = {}) {
    if (!token || !token.trim()) {
        throw new errors/* ConfigurationError */.j1('github-token is empty: pass ${{ github.token }} or a token with the permissions the mode needs');
    }
    const log = options.log ?? silent;
    const rateLimitRetries = options.rateLimitRetries ?? 2;
    const maxWait = options.maxRateLimitWaitSeconds ?? 120;
    const base = options.retryAfterBaseValue ?? 1000;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const what = `${request.method} ${request.url}`;
        if (retryCount >= rateLimitRetries) {
            log.warning(`GitHub ${kind} rate limit on ${what}: still limited after ${retryCount} retries, giving up`);
            return false;
        }
        if (retryAfter > maxWait) {
            log.warning(`GitHub ${kind} rate limit on ${what}: GitHub asks to wait ${retryAfter} s, more than ${maxWait} s; not waiting`);
            return false;
        }
        log.warning(`GitHub ${kind} rate limit on ${what}: retrying in ${retryAfter} s (retry ${retryCount + 1} of ${rateLimitRetries})`);
        return true;
    };
    return (0,github/* getOctokit */.Q)(token, {
        ...(options.baseUrl ? { baseUrl: options.baseUrl.replace(/\/+$/, '') } : {}),
        ...(options.userAgent ? { userAgent: options.userAgent } : {}),
        request: { fetch: timedFetch(options.requestTimeoutMs ?? 30_000, options.signal) },
        log: {
            debug: (m) => log.debug(m),
            info: (m) => log.debug(m),
            warn: (m) => log.warning(m),
            error: (m) => log.error(m),
        },
        retry: {
            retries: options.retries ?? 2,
            retryAfterBaseValue: base,
            doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
        },
        throttle: {
            // One id per client: the plugin's pacing groups are process-wide and keyed by this id.
            id: `modelgate-${(0,external_node_crypto_.randomUUID)()}`,
            retryAfterBaseValue: base,
            fallbackSecondaryRateRetryAfter: 60,
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary'),
        },
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
}

;// CONCATENATED MODULE: ./.build/js/src/github/truncate.js
/**
 * Cutting markdown to GitHub's size limits without breaking it. GitHub rejects a comment body over
 * 65,536 characters and a check run summary over 65,535 (422 "body is too long"), so a long report
 * is cut at a line end, preferably a section boundary (before a heading or a `<details>`), never
 * inside an HTML tag, an HTML comment or a table row; an open code fence is closed, every open
 * `<details>` gets its `</details>`, and a note says the report was truncated and where the full
 * one is.
 *
 * Lengths are UTF-16 code units (JavaScript's `length`), which is never less than the number of
 * characters GitHub counts, so a text that fits here fits there. Cuts fall on line ends, so a
 * surrogate pair is never split.
 */

/** GitHub's limit for an issue or pull request comment body. */
const COMMENT_LIMIT = 65536;
/** GitHub's limit for a check run's `output.summary` (and `output.text`). */
const CHECK_SUMMARY_LIMIT = 65535;
/** Checks a URL given for the note; only http(s), with characters that would end a link escaped. */
function linkTarget(url) {
    let u;
    try {
        u = new URL(url);
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`full report URL is not a URL: '${url}'`);
    }
    if (u.protocol !== 'https:' && u.protocol !== 'http:') {
        throw new errors/* ConfigurationError */.j1(`full report URL must be http(s): '${url}'`);
    }
    return u.href.replace(/[()<> ]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}
/** The note appended to a truncated text. */
function truncationNote(limit, fullReportUrl) {
    const where = fullReportUrl
        ? `The full report: [${linkTarget(fullReportUrl)}](${linkTarget(fullReportUrl)}).`
        : "The full report is in the workflow run's artifacts.";
    return `> **Truncated:** this report was cut to fit GitHub's limit of ${limit.toLocaleString('en-US')} characters. ${where}`;
}
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** Advances the state over one line (without its newline). */
function scanLine(s, line) {
    if (s.fence !== null && !s.inTag && !s.inComment) {
        const m = FENCE.exec(line);
        if (m && m[1][0] === s.fence[0] && m[1].length >= s.fence.length && line.slice(m[0].length).trim() === '')
            s.fence = null;
        return;
    }
    if (!s.inTag && !s.inComment) {
        const m = FENCE.exec(line);
        if (m && !(m[1][0] === '`' && line.slice(m[0].length).includes('`'))) {
            s.fence = m[1];
            return;
        }
    }
    if (line.trim() === '' && s.inTag) {
        // CommonMark: a tag cannot span a blank line, so whatever opened it was not a tag.
        s.inTag = false;
        s.quote = null;
    }
    let i = 0;
    while (i < line.length) {
        if (s.inComment) {
            const end = line.indexOf('-->', i);
            if (end < 0)
                return;
            s.inComment = false;
            i = end + 3;
            continue;
        }
        const c = line[i];
        if (s.inTag) {
            if (s.quote) {
                if (c === s.quote)
                    s.quote = null;
            }
            else if (c === '"' || c === "'") {
                s.quote = c;
            }
            else if (c === '>') {
                s.inTag = false;
                if (s.tagName === 'details')
                    s.details++;
                else if (s.tagName === '/details')
                    s.details = Math.max(0, s.details - 1);
            }
            i++;
            continue;
        }
        if (c === '\\') {
            i += 2;
            continue;
        }
        if (c === '`') {
            let n = 1;
            while (line[i + n] === '`')
                n++;
            const run = '`'.repeat(n);
            let j = line.indexOf(run, i + n);
            while (j >= 0 && line[j + n] === '`') {
                let k = j;
                while (line[k] === '`')
                    k++;
                j = line.indexOf(run, k);
            }
            i = j >= 0 ? j + n : i + n;
            continue;
        }
        if (c === '<') {
            if (line.startsWith('<!--', i)) {
                s.inComment = true;
                i += 4;
                continue;
            }
            const m = /^<(\/?)([A-Za-z][A-Za-z0-9-]*)/.exec(line.slice(i, i + 64));
            if (m) {
                s.inTag = true;
                s.quote = null;
                s.tagName = m[1] + m[2].toLowerCase();
                i += m[0].length;
                continue;
            }
        }
        i++;
    }
}
function closingLength(s) {
    // "```\n" for an open fence, "\n</details>\n" per open details element.
    return (s.fence !== null ? s.fence.length + 1 : 0) + s.details * '\n</details>\n'.length;
}
function closing(s) {
    return (s.fence !== null ? s.fence + '\n' : '') + '\n</details>\n'.repeat(s.details);
}
/**
 * Cuts `text` to at most `limit` characters at a clean boundary and appends the truncation note;
 * returns it unchanged when it fits.
 */
function truncateMarkdown(text, options) {
    const { limit } = options;
    if (text.length <= limit)
        return { text, truncated: false, kept: text.length };
    const note = truncationNote(limit, options.fullReportUrl);
    // kept + (newline if kept does not end a line) + closing + "\n" + note + "\n"
    const fixed = 1 + note.length + 1;
    if (fixed + 1 > limit)
        throw new RangeError(`limit ${limit} is too small for the truncation note`);
    const state = { fence: null, details: 0, inTag: false, tagName: '', quote: null, inComment: false };
    let best = { cut: 0, state: { ...state } };
    let preferred;
    let start = 0;
    while (start < text.length) {
        const nl = text.indexOf('\n', start);
        const end = nl < 0 ? text.length : nl + 1;
        const line = text.slice(start, nl < 0 ? text.length : nl).replace(/\r$/, '');
        scanLine(state, line);
        if (end > limit)
            break;
        const fits = end + fixed + closingLength(state) + (nl < 0 ? 1 : 0) <= limit;
        if (fits && !state.inTag && !state.inComment) {
            best = { cut: end, state: { ...state } };
            const next = text.slice(end, text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end));
            if (state.fence === null && /^ {0,3}(#{1,6}\s|<details|<\/details>)/.test(next))
                preferred = best;
        }
        start = end;
    }
    const slack = Math.min(4096, Math.floor(limit * 0.1));
    const chosen = preferred && best.cut - preferred.cut <= slack ? preferred : best;
    let kept = text.slice(0, chosen.cut);
    if (kept.length > 0 && !kept.endsWith('\n'))
        kept += '\n';
    const out = kept + closing(chosen.state) + '\n' + note + '\n';
    return { text: out, truncated: true, kept: chosen.cut };
}

;// CONCATENATED MODULE: ./.build/js/src/github/comment.js


/** The hidden marker of the sticky comment of one action in one workflow. */
function comment_stickyMarker(workflow, action = 'compare-to-baseline') {
    // encodeURIComponent keeps the marker on one line and leaves no '>' to end the comment early.
    return `<!-- modelgate:${encodeURIComponent(action)} workflow=${encodeURIComponent(workflow.trim())} -->`;
}
/** Any modelgate marker, for removing markers from a body that came from elsewhere. */
const ANY_MARKER = /<!--\s*modelgate:[^\n]*?-->\n?/g;
/** Comment authors whose marker comments may be ours (a token of theirs wrote them). */
const TRUSTED = ['OWNER', 'MEMBER', 'COLLABORATOR'];
/**
 * Whether a comment, issue or pull request carrying a marker could have been written by modelgate:
 * `ours` when written by `author` (when given) or else by a bot; `trusted` when, without `author`,
 * someone with a role in the repository wrote it (a token of theirs); otherwise undefined.
 */
function authorship(user, association, author) {
    if (author ? user?.login === author : user?.type === 'Bot')
        return 'ours';
    if (!author && association !== undefined && TRUSTED.includes(association))
        return 'trusted';
    return undefined;
}
/** Finds the sticky comment carrying `marker` on any page of the issue's comments. */
async function findStickyComment(client, repo, issueNumber, marker, options = {}, log) {
    let fallback;
    let pages = 0;
    let seen = 0;
    return errors_call('list the pull request comments', 'comment', async () => {
        const pagesIter = client.paginate.iterator(client.rest.issues.listComments, {
            ...repo,
            issue_number: issueNumber,
            per_page: options.perPage ?? 100,
        });
        for await (const page of pagesIter) {
            pages++;
            for (const c of page.data) {
                seen++;
                if (!c.body || !c.body.includes(marker))
                    continue;
                const found = { id: c.id, url: c.html_url, body: c.body, author: c.user?.login };
                const whose = authorship(c.user, c.author_association, options.author);
                if (whose === 'ours') {
                    log?.debug(`sticky comment ${c.id} found on page ${pages} (${seen} comments read)`);
                    return found;
                }
                if (whose === 'trusted')
                    fallback ??= found;
            }
        }
        log?.debug(`${seen} comments on ${pages} page(s) read; sticky comment ${fallback ? fallback.id : 'not found'}`);
        return fallback;
    });
}
/** The body as posted: the marker line, then the report with any other marker removed, cut to fit. */
function composeStickyBody(marker, body, fullReportUrl) {
    const clean = body.replace(ANY_MARKER, '');
    const t = truncateMarkdown(clean, { limit: COMMENT_LIMIT - marker.length - 1, fullReportUrl });
    return { body: `${marker}\n${t.text}`, truncated: t.truncated };
}
/** Creates the sticky comment, or updates it in place when one exists (unchanged bodies are not rewritten). */
async function comment_upsertStickyComment(client, options, log) {
    const { repo, issueNumber, marker } = options;
    const { body, truncated } = composeStickyBody(marker, options.body, options.fullReportUrl);
    if (truncated)
        log.warning(`The report is longer than GitHub's ${COMMENT_LIMIT}-character comment limit; the comment was truncated`);
    const existing = await findStickyComment(client, repo, issueNumber, marker, { author: options.author, perPage: options.perPage }, log);
    if (existing) {
        if (existing.body === body) {
            log.info(`Pull request comment unchanged: ${existing.url}`);
            return { action: 'unchanged', id: existing.id, url: existing.url, truncated };
        }
        const res = await errors_call('update the pull request comment', 'comment', () => client.rest.issues.updateComment({ ...repo, comment_id: existing.id, body }));
        log.info(`Updated the pull request comment: ${res.data.html_url}`);
        return { action: 'updated', id: res.data.id, url: res.data.html_url, truncated };
    }
    const res = await errors_call('create the pull request comment', 'comment', () => client.rest.issues.createComment({ ...repo, issue_number: issueNumber, body }));
    log.info(`Created the pull request comment: ${res.data.html_url}`);
    return { action: 'created', id: res.data.id, url: res.data.html_url, truncated };
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
        throw new DataError(`event payload: ${what} is missing or malformed`);
    return v;
}
function str(v) {
    return typeof v === 'string' ? v : undefined;
}
function event_int(v) {
    return typeof v === 'number' && Number.isSafeInteger(v) ? v : undefined;
}
/** Reads and parses the event payload file. */
function event_readEventPayload(path) {
    try {
        return JSON.parse(readFileSync(path, 'utf8'));
    }
    catch (e) {
        throw new DataError(`cannot read the event payload ${path}: ${e.message}`, path);
    }
}
/** True for a payload's pull request whose head repository is not the base repository. */
function isForkPullRequest(payload) {
    const pr = event_pullRequestFromEvent(payload);
    return pr !== undefined && pr.isFork;
}
/**
 * The pull request of a pull_request / pull_request_target payload; undefined when the payload
 * has none (push, schedule).
 */
function event_pullRequestFromEvent(payload) {
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
function event_workflowRunFromEvent(payload) {
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

;// CONCATENATED MODULE: ./.build/js/src/github/overrides.js

/** Roles whose commands are accepted (the permission endpoint reports maintain as write). */
const OVERRIDE_ROLES = (/* unused pure expression or super */ null && (['admin', 'maintain', 'write']));
const COMMAND = /^ {0,3}\/modelgate[ \t]+accept\b(.*)$/i;
const METRIC = /^[A-Za-z0-9_.:@=/[\]-]{1,100}$/;
const MAX_REASON = 500;
/** The `/modelgate accept` commands in a comment body, outside code blocks and quotes. */
function parseOverrideCommands(body) {
    const out = [];
    let fence = null;
    for (const raw of body.split('\n')) {
        const line = raw.replace(/\r$/, '');
        const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
        if (fence !== null) {
            if (f && f[1][0] === fence[0] && f[1].length >= fence.length)
                fence = null;
            continue;
        }
        if (f) {
            fence = f[1];
            continue;
        }
        const m = COMMAND.exec(line);
        if (!m)
            continue;
        const rest = m[1].trim();
        const sp = rest.search(/\s/);
        const metric = sp < 0 ? rest : rest.slice(0, sp);
        const reason = sp < 0 ? '' : rest.slice(sp).trim();
        const text = line.trim();
        if (!metric)
            out.push({ text, problem: 'no metric: write /modelgate accept <metric> <reason>' });
        else if (!METRIC.test(metric))
            out.push({ text, problem: `'${metric.slice(0, 100)}' is not a metric name` });
        else if (!reason)
            out.push({ text, metric, problem: 'no reason: write /modelgate accept <metric> <reason>' });
        else
            out.push({ text, metric, reason: reason.length > MAX_REASON ? reason.slice(0, MAX_REASON - 1) + '…' : reason });
    }
    return out;
}
async function accessOf(client, repo, login) {
    try {
        const res = await client.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: login });
        const permission = res.data.permission;
        const role = res.data.role_name || permission;
        if (OVERRIDE_ROLES.includes(permission))
            return { allowed: true, role };
        return { allowed: false, role, why: `${login} has ${role} access; accepting a gate needs write, maintain or admin` };
    }
    catch (e) {
        if (isRequestError(e) && e.status === 404) {
            return { allowed: false, role: 'none', why: `${login} is not a collaborator of ${repo.owner}/${repo.repo}` };
        }
        throw e;
    }
}
/** Lists the pull request's comments (all pages) and sorts its override commands into accepted and rejected. */
async function overrides_collectOverrides(client, options, log) {
    const { repo, prNumber } = options;
    const accepted = [];
    const rejected = [];
    const access = new Map();
    const comments = await call('list the pull request comments', 'override', () => client.paginate(client.rest.issues.listComments, { ...repo, issue_number: prNumber, per_page: options.perPage ?? 100 }));
    for (const c of comments) {
        if (!c.body || c.body.includes('<!-- modelgate:'))
            continue;
        const commands = parseOverrideCommands(c.body);
        if (commands.length === 0)
            continue;
        const by = c.user?.login ?? '(deleted user)';
        const base = { by, commentUrl: c.html_url, commentId: c.id };
        for (const cmd of commands) {
            const reject = (why) => rejected.push({ ...base, metric: cmd.metric, reason: cmd.reason, why });
            if (cmd.problem) {
                reject(cmd.problem);
                continue;
            }
            if (!c.user) {
                reject('the comment has no author');
                continue;
            }
            if (c.user.type === 'Bot' || by.endsWith('[bot]')) {
                reject(`${by} is a bot; only people with write access can accept a gate`);
                continue;
            }
            if (options.metrics && !options.metrics.includes(cmd.metric)) {
                reject(`no gate on '${cmd.metric}' (gated metrics: ${options.metrics.join(', ') || 'none'})`);
                continue;
            }
            let a = access.get(by);
            if (!a) {
                a = await call(`check the permission of ${by}`, 'override', () => accessOf(client, repo, by));
                access.set(by, a);
            }
            if (!a.allowed) {
                reject(a.why);
                continue;
            }
            accepted.push({ ...base, metric: cmd.metric, reason: cmd.reason, role: a.role, createdAt: c.created_at });
        }
    }
    for (const o of accepted)
        log.info(`Override accepted: ${o.metric} by ${o.by} (${o.role}): ${o.reason} ${o.commentUrl}`);
    for (const o of rejected)
        log.warning(`Override rejected (${o.commentUrl}): ${o.why}`);
    return { accepted, rejected };
}

;// CONCATENATED MODULE: ./.build/js/src/github/verdict.js


const CONCLUSIONS = ['success', 'failure', 'neutral'];
/** GitHub rejects a status description over 140 characters (422), a limit its OpenAPI description does not state. */
const STATUS_DESCRIPTION_LIMIT = 140;
function httpUrl(u) {
    return u && /^https?:\/\//i.test(u) ? u : undefined;
}
function statusDescription(verdict) {
    const text = `${verdict.conclusion === 'neutral' ? 'neutral: ' : ''}${verdict.title}`.replace(/\s+/g, ' ').trim();
    return text.length <= STATUS_DESCRIPTION_LIMIT ? text : text.slice(0, STATUS_DESCRIPTION_LIMIT - 1) + '…';
}
/** Creates the check run, or a commit status when check runs are not permitted. */
async function verdict_reportVerdict(client, options, log) {
    const { repo, headSha, checkName, verdict } = options;
    const summary = truncateMarkdown(verdict.summary, { limit: CHECK_SUMMARY_LIMIT, fullReportUrl: options.fullReportUrl });
    if (summary.truncated)
        log.warning(`The check run summary is longer than GitHub's ${CHECK_SUMMARY_LIMIT}-character limit; it was truncated`);
    const detailsUrl = httpUrl(options.detailsUrl);
    try {
        const res = await client.rest.checks.create({
            ...repo,
            name: checkName,
            head_sha: headSha,
            status: 'completed',
            conclusion: verdict.conclusion,
            completed_at: new Date().toISOString(),
            ...(detailsUrl ? { details_url: detailsUrl } : {}),
            output: { title: verdict.title, summary: summary.text },
        });
        log.info(`Check run "${checkName}": ${verdict.conclusion} (${res.data.html_url ?? res.data.url})`);
        return { kind: 'check-run', id: res.data.id, url: res.data.html_url ?? res.data.url, truncated: summary.truncated };
    }
    catch (e) {
        if (!isPermissionError(e))
            throw toGitHubError(e, `create the check run "${checkName}"`, 'check');
        const reason = `GitHub refused the check run (403 ${githubMessage(e)}); the token needs \`checks: write\``;
        log.warning(`${reason}. Reporting the verdict as the commit status "${checkName}" instead (needs \`statuses: write\`).`);
        const state = verdict.conclusion === 'failure' ? 'failure' : 'success';
        const description = statusDescription(verdict);
        const target = detailsUrl ?? httpUrl(options.fullReportUrl);
        await errors_call(`set the commit status "${checkName}" (check runs were refused too)`, 'status', () => client.rest.repos.createCommitStatus({
            ...repo,
            sha: headSha,
            state,
            context: checkName,
            description,
            ...(target ? { target_url: target } : {}),
        }));
        log.info(`Commit status "${checkName}": ${state}`);
        return { kind: 'status', context: checkName, state, description, reason };
    }
}

;// CONCATENATED MODULE: ./.build/js/src/github/publish.js
/**
 * Publish mode, for pull requests from forks. Their pull_request runs get a read-only token, so the
 * work is split in two workflows:
 *
 * 1. `on: pull_request` (read-only, runs the pull request's code): compare-to-baseline renders the
 *    comment and the verdict and writes them with the PR number and head sha as an artifact
 *    (`makePublishArtifact`), instead of posting.
 * 2. `on: workflow_run` of that workflow (runs the base branch's workflow file with a write token:
 *    `pull-requests: write`, `checks: write`, `actions: read`): downloads the artifact and calls
 *    `publish`, which never runs or checks out any code of the pull request.
 *
 * The artifact was written by code from the fork, so everything in it is untrusted: the PR number
 * must be a positive integer, the sha 40 hex digits, the verdict one of success/failure/neutral;
 * the sha must be the workflow_run's own head_sha (from the event payload, which GitHub writes)
 * and, through GET /repos/{owner}/{repo}/pulls/{n}, the pull request's current head. Otherwise
 * nothing is posted. The check name and the comment's marker come from the publishing workflow's
 * own inputs, never from the artifact, so a fork cannot write to another check or comment; @-mentions
 * in the body are defused so the bot cannot be made to ping people; other modelgate markers are
 * removed. The verdict itself was computed by the fork's run: treat the check as the pull
 * request's claim, and re-run the comparison after merge for anything that must be trusted.
 *
 * GitHub leaves `workflow_run.pull_requests` empty for runs from forks, which is why the PR number
 * travels in the artifact and is checked against the head sha.
 */




const PUBLISH_ARTIFACT_KIND = 'modelgate-publish';
const PUBLISH_ARTIFACT_VERSION = 1;
/** Larger bodies are refused before any processing; GitHub's own limit is 65,536. */
const MAX_BODY = 4_000_000;
const publish_MAX_TITLE = 255;
/** The artifact's JSON text, for the pull_request side. */
function makePublishArtifact(p) {
    return JSON.stringify({ kind: PUBLISH_ARTIFACT_KIND, schemaVersion: PUBLISH_ARTIFACT_VERSION, ...p }, null, 2) + '\n';
}
/** Parses the artifact's JSON text; its fields stay unchecked until `publish` validates them. */
function readPublishArtifact(text, file = 'publish artifact') {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (e) {
        throw new DataError(`${file}: not JSON (${e.message})`, file);
    }
    const o = typeof doc === 'object' && doc !== null && !Array.isArray(doc) ? doc : undefined;
    if (!o || o.kind !== PUBLISH_ARTIFACT_KIND)
        throw new DataError(`${file}: not a ${PUBLISH_ARTIFACT_KIND} artifact`, file);
    if (o.schemaVersion !== PUBLISH_ARTIFACT_VERSION) {
        throw new DataError(`${file}: schemaVersion ${JSON.stringify(o.schemaVersion)} is not supported (expected ${PUBLISH_ARTIFACT_VERSION})`, file);
    }
    return { prNumber: o.prNumber, headSha: o.headSha, body: o.body, verdict: o.verdict };
}
/** A pull request number from untrusted input: a positive integer, or its decimal digits. */
function validPrNumber(v) {
    if (typeof v === 'number' && Number.isSafeInteger(v) && v > 0)
        return v;
    if (typeof v === 'string' && /^[1-9][0-9]{0,15}$/.test(v) && Number.isSafeInteger(Number(v)))
        return Number(v);
    throw new errors/* DataError */.fL(`publish: the pull request number must be a positive integer, got ${describe(v)}`);
}
/** A commit sha from untrusted input: 40 hex digits, returned in lower case. */
function validSha(v) {
    if (typeof v === 'string' && /^[0-9a-fA-F]{40}$/.test(v))
        return v.toLowerCase();
    throw new errors/* DataError */.fL(`publish: the head sha must be 40 hexadecimal digits, got ${describe(v)}`);
}
function describe(v) {
    const s = typeof v === 'string' ? `'${v}'` : JSON.stringify(v) ?? String(v);
    return s.length > 60 ? s.slice(0, 57) + '...' : s;
}
/** Replaces `@` before a name with `&#64;` outside code, so posting the text notifies nobody. */
function defuseMentions(markdown) {
    let fence = null;
    return markdown
        .split('\n')
        .map((line) => {
        const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
        if (fence !== null) {
            if (f && f[1][0] === fence[0] && f[1].length >= fence.length)
                fence = null;
            return line;
        }
        if (f) {
            fence = f[1];
            return line;
        }
        // Odd pieces between backtick runs are code spans: mentions do not fire there.
        return line
            .split(/(`+[^`]*`+)/)
            .map((piece, i) => (i % 2 === 1 ? piece : piece.replace(/@(?=[A-Za-z0-9])/g, '&#64;')))
            .join('');
    })
        .join('\n');
}
/** Checks every field of an untrusted payload. Throws DataError naming the field. */
function validatePublishPayload(p) {
    const prNumber = validPrNumber(p.prNumber);
    const headSha = validSha(p.headSha);
    if (typeof p.body !== 'string')
        throw new errors/* DataError */.fL('publish: the comment body must be a string');
    if (p.body.length > MAX_BODY)
        throw new errors/* DataError */.fL(`publish: the comment body is ${p.body.length} characters, more than ${MAX_BODY}`);
    const v = typeof p.verdict === 'object' && p.verdict !== null ? p.verdict : undefined;
    if (!v)
        throw new errors/* DataError */.fL('publish: the verdict must be an object with conclusion, title and summary');
    if (!CONCLUSIONS.includes(v.conclusion)) {
        throw new errors/* DataError */.fL(`publish: verdict.conclusion must be one of ${CONCLUSIONS.join(', ')}, got ${describe(v.conclusion)}`);
    }
    if (typeof v.title !== 'string' || !v.title.trim())
        throw new errors/* DataError */.fL('publish: verdict.title must be a non-empty string');
    if (typeof v.summary !== 'string' || v.summary.length > MAX_BODY)
        throw new errors/* DataError */.fL('publish: verdict.summary must be a string');
    const title = v.title.replace(/\s+/g, ' ').trim();
    return {
        prNumber,
        headSha,
        body: p.body,
        verdict: {
            conclusion: v.conclusion,
            title: title.length > publish_MAX_TITLE ? title.slice(0, publish_MAX_TITLE - 1) + '…' : title,
            summary: v.summary,
        },
    };
}
/**
 * Posts an already-rendered comment and verdict for a pull request, after checking the untrusted
 * fields and that the pull request's head is still the artifact's sha. A stale or mismatched sha
 * is refused (`published: false`, with the reason, logged as a warning): a newer push has its own
 * run, and an artifact naming somebody else's pull request must not be posted there.
 */
async function publish_publish(client, options, log) {
    const p = validatePublishPayload(options);
    const { repo } = options;
    const refuse = (reason) => {
        log.warning(`Not publishing to pull request #${p.prNumber}: ${reason}`);
        return { published: false, prNumber: p.prNumber, headSha: p.headSha, reason };
    };
    if (options.runHeadSha !== undefined && options.runHeadSha.toLowerCase() !== p.headSha) {
        return refuse(`the artifact is about ${p.headSha} but the workflow run tested ${options.runHeadSha}`);
    }
    const pr = await call(`read pull request #${p.prNumber}`, 'publish', () => client.rest.pulls.get({ ...repo, pull_number: p.prNumber }));
    if (pr.data.head.sha.toLowerCase() !== p.headSha) {
        return refuse(`its head is ${pr.data.head.sha}, not the artifact's ${p.headSha} (a newer push, or an artifact for another pull request)`);
    }
    const comment = await upsertStickyComment(client, {
        repo,
        issueNumber: p.prNumber,
        marker: stickyMarker(options.workflow),
        body: defuseMentions(p.body),
        fullReportUrl: options.fullReportUrl,
    }, log);
    const verdict = await reportVerdict(client, {
        repo,
        headSha: p.headSha,
        checkName: options.checkName,
        verdict: { ...p.verdict, summary: defuseMentions(p.verdict.summary) },
        detailsUrl: options.detailsUrl ?? comment.url,
        fullReportUrl: options.fullReportUrl,
    }, log);
    return { published: true, prNumber: p.prNumber, headSha: p.headSha, comment, verdict };
}

;// CONCATENATED MODULE: ./.build/js/src/github/deployments.js

const DESCRIPTION_LIMIT = 140;
const cut = (s) => (s.length > DESCRIPTION_LIMIT ? s.slice(0, DESCRIPTION_LIMIT - 1) + '…' : s);
async function createDeployment(client, o) {
    const res = await call('create the GitHub deployment', 'deploy', () => client.rest.repos.createDeployment({
        ...o.repo,
        ref: o.ref,
        environment: o.environment,
        description: cut(o.description),
        auto_merge: false,
        required_contexts: [],
        task: 'deploy',
        payload: o.payload ?? {},
        ...(o.production !== undefined ? { production_environment: o.production } : {}),
    }));
    if (res.status !== 201 || !('id' in res.data)) {
        throw new Error(`internal error: GitHub answered ${res.status} to a deployment with auto_merge false: ${JSON.stringify(res.data).slice(0, 200)}`);
    }
    return { id: res.data.id };
}
async function setDeploymentStatus(client, repo, deploymentId, state, opts = {}) {
    await call(`set the GitHub deployment status to ${state}`, 'deploy', () => client.rest.repos.createDeploymentStatus({
        ...repo,
        deployment_id: deploymentId,
        state,
        ...(opts.description ? { description: cut(opts.description) } : {}),
        ...(opts.logUrl ? { log_url: opts.logUrl } : {}),
        ...(opts.environmentUrl ? { environment_url: opts.environmentUrl } : {}),
        auto_inactive: true,
    }));
}

;// CONCATENATED MODULE: ./.build/js/src/github/retrain.js




const retrainMarker = (workflow) => comment_stickyMarker(workflow, 'retrain');
const driftIssueMarker = (workflow) => comment_stickyMarker(workflow, 'drift-issue');
/** Any modelgate marker, removed from a body before ours is put first. */
const retrain_ANY_MARKER = /<!--\s*modelgate:[^\n]*?-->\n?/g;
/** The body as posted: the marker line, then the text without other markers or @-mentions, cut to GitHub's limit. */
function markedBody(marker, text, fullReportUrl) {
    const t = truncateMarkdown(defuseMentions(text.replace(retrain_ANY_MARKER, '')), { limit: COMMENT_LIMIT - marker.length - 1, fullReportUrl });
    return `${marker}\n${t.text}`;
}
/** Creates the retrain pull request, or updates the one found by its marker. */
async function upsertPullRequest(client, o, log) {
    const { repo, marker } = o;
    const body = markedBody(marker, o.body);
    const fullName = `${repo.owner}/${repo.repo}`.toLowerCase();
    const found = await errors_call('list the open pull requests', 'retrain', async () => {
        let fallback;
        for await (const page of client.paginate.iterator(client.rest.pulls.list, { ...repo, state: 'open', per_page: o.perPage ?? 100 })) {
            for (const pr of page.data) {
                if (!pr.body?.includes(marker) || pr.head.ref !== o.head || pr.head.repo?.full_name.toLowerCase() !== fullName)
                    continue;
                const item = { number: pr.number, url: pr.html_url, title: pr.title, body: pr.body };
                const whose = authorship(pr.user, pr.author_association, o.author);
                if (whose === 'ours')
                    return item;
                if (whose === 'trusted')
                    fallback ??= item;
            }
        }
        return fallback;
    });
    if (found) {
        if (found.title === o.title && found.body === body) {
            log.info(`Retrain pull request unchanged: ${found.url}`);
            return { action: 'unchanged', number: found.number, url: found.url };
        }
        const r = await errors_call(`update pull request #${found.number}`, 'retrain', () => client.rest.pulls.update({ ...repo, pull_number: found.number, title: o.title, body }));
        log.info(`Updated the retrain pull request: ${r.data.html_url}`);
        return { action: 'updated', number: r.data.number, url: r.data.html_url };
    }
    const r = await errors_call('create the retrain pull request', 'retrain', () => client.rest.pulls.create({ ...repo, head: o.head, base: o.base, title: o.title, body, maintainer_can_modify: false }));
    log.info(`Opened the retrain pull request: ${r.data.html_url}`);
    return { action: 'created', number: r.data.number, url: r.data.html_url };
}
/** Creates the drift issue, or updates the open one found by its marker. */
async function upsertIssue(client, o, log) {
    const { repo, marker } = o;
    const body = markedBody(marker, o.body);
    const found = await errors_call('list the open issues', 'issue', async () => {
        let fallback;
        for await (const page of client.paginate.iterator(client.rest.issues.listForRepo, { ...repo, state: 'open', per_page: o.perPage ?? 100 })) {
            for (const issue of page.data) {
                // The issues list holds pull requests too.
                if (issue.pull_request || !issue.body?.includes(marker))
                    continue;
                const item = { number: issue.number, url: issue.html_url, title: issue.title, body: issue.body };
                const whose = authorship(issue.user, issue.author_association, o.author);
                if (whose === 'ours')
                    return item;
                if (whose === 'trusted')
                    fallback ??= item;
            }
        }
        return fallback;
    });
    if (found) {
        if (found.title === o.title && found.body === body) {
            log.info(`Drift issue unchanged: ${found.url}`);
            return { action: 'unchanged', number: found.number, url: found.url };
        }
        const r = await errors_call(`update issue #${found.number}`, 'issue', () => client.rest.issues.update({ ...repo, issue_number: found.number, title: o.title, body }));
        log.info(`Updated the drift issue: ${r.data.html_url}`);
        return { action: 'updated', number: r.data.number, url: r.data.html_url };
    }
    const r = await errors_call('create the drift issue', 'issue', () => client.rest.issues.create({ ...repo, title: o.title, body, ...(o.labels?.length ? { labels: [...o.labels] } : {}) }));
    log.info(`Opened the drift issue: ${r.data.html_url}`);
    return { action: 'created', number: r.data.number, url: r.data.html_url };
}

;// CONCATENATED MODULE: ./.build/js/src/github/index.js
/** The GitHub side of modelgate: one octokit from `createGitHubClient`, passed to everything else. */













;// CONCATENATED MODULE: ./.build/js/src/actions/compare-github.js
/**
 * compare-to-baseline's GitHub glue (adapter layer): the sticky comment, the check run (or status),
 * overrides by maintainers, and the fork-safe publish mode. The GitHub calls themselves are in
 * src/github; this file decides which to make from the event.
 */




/** What the runner tells us about this run (GITHUB_* variables). */
function githubContext(env = process.env) {
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    return {
        eventName: env.GITHUB_EVENT_NAME,
        eventPath: env.GITHUB_EVENT_PATH,
        repository: env.GITHUB_REPOSITORY,
        workflow: env.GITHUB_WORKFLOW,
        apiUrl: env.GITHUB_API_URL,
        runUrl: env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? runUrl(server, env.GITHUB_REPOSITORY, env.GITHUB_RUN_ID) : undefined,
    };
}
function conclusionOf(c) {
    return c.passed === null ? 'neutral' : c.passed ? 'success' : 'failure';
}
/**
 * Applies accepted `/modelgate accept <metric> <reason>` overrides to failed gates: the gate passes,
 * and who accepted it and why is recorded in the gate and in `comparison.override`.
 */
function applyOverrides(c, accepted, rejected) {
    const gates = c.gates.map((g) => {
        const o = !g.passed ? accepted.find((a) => a.metric === g.metric) : undefined;
        return o ? { ...g, passed: true, override: { by: o.by, reason: o.reason, url: o.commentUrl }, reason: `accepted by ${o.by}: ${o.reason} (was: ${g.reason})` } : g;
    });
    const used = accepted.filter((a) => c.gates.some((g) => !g.passed && g.metric === a.metric));
    const { passed, verdict } = c.passed === null ? { passed: null, verdict: c.verdict } : verdictOf(gates, c.dataValidation);
    return {
        ...c,
        gates,
        passed,
        verdict,
        override: { accepted: used.map((a) => ({ metric: a.metric, by: a.by, reason: a.reason, url: a.commentUrl })), rejected: rejected.map((r) => ({ by: r.by, reason: r.why })) },
    };
}
/** A client whose every request stops at the step's publishing budget. */
function clientFor(gh, log, budget, timeoutSeconds) {
    return createGitHubClient(gh.token, { log, baseUrl: gh.apiUrl, signal: budget, requestTimeoutMs: Math.min(30, timeoutSeconds) * 1000 });
}
/** Runs `fn` with an AbortSignal that fires after `seconds`; rejects then, even if `fn` ignores it. */
async function withBudget(seconds, fn) {
    const controller = new AbortController();
    let timer;
    const expired = new Promise((_, reject) => {
        timer = setTimeout(() => {
            controller.abort();
            reject(new errors/* ServiceError */._7(`GitHub did not finish within ${seconds} s (publish-timeout)`));
        }, seconds * 1000);
    });
    try {
        return await Promise.race([fn(controller.signal), expired]);
    }
    finally {
        clearTimeout(timer);
    }
}
/** The pull request the run's event is about, if any. */
function eventPullRequest(config) {
    const event = config.github.eventPath ? readEventPayload(config.github.eventPath) : undefined;
    return event ? pullRequestFromEvent(event) : undefined;
}
/** The pull request of a compare-mode run that should get a comment, or why it does not. */
function commentTarget(config, comparison, log) {
    const gh = config.github;
    const pr = eventPullRequest(config);
    if (pr)
        comparison.pullRequest = { number: pr.number, headSha: pr.headSha };
    if (!config.comment || !pr)
        return undefined;
    if (pr.isFork) {
        log.warning(`pull request #${pr.number} comes from a fork, whose token cannot comment or create checks: upload ${config.out} and ${config.commentFile} and post them from a workflow_run workflow with mode: publish (see workflows-examples/fork-safe-*.yml)`);
        return undefined;
    }
    if (!gh.token)
        throw new ConfigurationError(`input 'github-token' is required to comment (or set comment: false)`);
    return pr;
}
/**
 * Compare mode, before the verdict is final: maintainers' `/modelgate accept` overrides of failed
 * gates. A GitHub failure here is a warning; the verdict stands as computed.
 */
async function withOverrides(config, pr, comparison, markdown, log, rerender) {
    const failed = comparison.gates.filter((g) => !g.passed).map((g) => g.metric);
    if (!failed.length)
        return { comparison, markdown };
    const gh = config.github;
    try {
        // Before the outputs are set: a short budget of its own, so a hanging API delays the verdict
        // by at most 30 s.
        const budget = Math.min(30, config.publishTimeout);
        const o = await withBudget(budget, (signal) => collectOverrides(clientFor(gh, log, signal, budget), { repo: parseRepo(gh.repository ?? pr.baseRepo), prNumber: pr.number, metrics: failed }, log));
        if (!o.accepted.length && !o.rejected.length)
            return { comparison, markdown };
        const c = applyOverrides(comparison, o.accepted, o.rejected);
        for (const r of o.rejected)
            log.warning(`override by ${r.by} not accepted: ${r.why}`);
        return { comparison: c, markdown: rerender ? rerender(c) : markdown };
    }
    catch (e) {
        log.warning(`overrides not read (${e instanceof Error ? e.message : String(e)}); the verdict stands without them`);
        return { comparison, markdown };
    }
}
/**
 * Posts the sticky comment and the check run (or status): compare mode for `pr`, publish mode from
 * the comparison's own pull request. Throws on failure; bounded by `publishTimeout`.
 */
async function postComparison(config, comparison, markdown, log, pr) {
    const gh = config.github;
    const workflow = gh.workflow ?? 'modelgate';
    return withBudget(config.publishTimeout, async (signal) => {
        if (config.mode === 'publish') {
            if (!gh.token)
                throw new ConfigurationError(`input 'github-token' is required in publish mode`);
            if (!gh.repository)
                throw new ConfigurationError('publish mode runs in GitHub Actions (GITHUB_REPOSITORY is not set)');
            // The sha this run was triggered for, from the event payload GitHub wrote: the workflow_run's
            // head (fork-safe pair) or the pull request's head (a publish job in the pull_request workflow).
            const event = gh.eventPath ? readEventPayload(gh.eventPath) : undefined;
            const runHeadSha = event === undefined ? undefined : (workflowRunFromEvent(event)?.headSha ?? pullRequestFromEvent(event)?.headSha);
            const own = comparison.pullRequest;
            const result = await publish(clientFor(gh, log, signal, config.publishTimeout), {
                prNumber: own?.number,
                headSha: own?.headSha,
                body: markdown,
                verdict: { conclusion: conclusionOf(comparison), title: comparison.verdict, summary: markdown },
                repo: parseRepo(gh.repository),
                checkName: gh.checkName,
                workflow,
                runHeadSha,
                detailsUrl: gh.runUrl,
            }, log);
            return result.published ? { commentUrl: result.comment.url } : {};
        }
        if (!pr)
            return {};
        const client = clientFor(gh, log, signal, config.publishTimeout);
        const repo = parseRepo(gh.repository ?? pr.baseRepo);
        const comment = await upsertStickyComment(client, { repo, issueNumber: pr.number, marker: stickyMarker(workflow), body: markdown, fullReportUrl: gh.runUrl }, log);
        log.info(`PR comment ${comment.action}: ${comment.url}`);
        const verdict = await reportVerdict(client, { repo, headSha: pr.headSha, checkName: gh.checkName, verdict: { conclusion: conclusionOf(comparison), title: comparison.verdict, summary: markdown }, detailsUrl: gh.runUrl, fullReportUrl: gh.runUrl }, log);
        log.info(verdict.kind === 'check-run' ? `check run ${gh.checkName}: ${verdict.url}` : `commit status ${verdict.context}: ${verdict.state} (${verdict.reason})`);
        return { commentUrl: comment.url };
    });
}
/** Reads the comparison and comment a pull_request run uploaded (publish mode). */
function readPublished(out, commentFile) {
    return { comparison: JSON.parse(readFileSync(out, 'utf8')), markdown: readFileSync(commentFile, 'utf8') };
}

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
    if (size > MAX_FILE_BYTES)
        throw new errors/* DataError */.fL(`${what}: ${path} is ${size} bytes, more than ${MAX_FILE_BYTES}`, path);
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
function retrain_github_clientFor(config, log, signal) {
    if (!config.github.token)
        throw new errors/* ConfigurationError */.j1(`input 'github-token' is required in publish mode`);
    return client_createGitHubClient(config.github.token, { log, baseUrl: config.github.apiUrl, signal, requestTimeoutMs: Math.min(30, config.publishTimeout) * 1000 });
}
/** Opens or updates the retrain pull request (with its comparison) or the drift issue. */
async function publishRetrain(config, findings, next, log) {
    const gh = config.github;
    if (!gh.repository)
        throw new errors/* ConfigurationError */.j1('publish mode needs the repository: GITHUB_REPOSITORY is not set');
    const repo = client_parseRepo(gh.repository);
    const workflow = gh.workflow ?? 'modelgate';
    if (next === 'issue') {
        return withBudget(config.publishTimeout, (signal) => upsertIssue(retrain_github_clientFor(config, log, signal), { repo, marker: driftIssueMarker(workflow), title: retrainTitle(findings, 'issue'), body: issueBody(findings, { runUrl: gh.runUrl }), labels: config.labels }, log));
    }
    if (config.files.length === 0)
        throw new errors/* ConfigurationError */.j1(`publish mode: input 'files' is required for a retrain pull request (the training data or its pointer, changed params)`);
    const files = config.files.map((p) => ({ path: p, content: readArtifactFile((0,external_node_path_.join)(config.sourceDir, p), 'files') }));
    const reportJson = JSON.stringify(JSON.parse(readArtifactFile(config.report, 'report').toString('utf8')), null, 2) + '\n';
    files.push({ path: config.reportPath, content: Buffer.from(reportJson) });
    files.push({ path: config.reportPath.replace(/\.json$/i, '') + '.md', content: Buffer.from(reportMarkdown(findings)) });
    const comparison = readComparison(config);
    return withBudget(config.publishTimeout, async (signal) => {
        const client = retrain_github_clientFor(config, log, signal);
        const commit = await commitToBranch(client, { repo, branch: config.branch, base: config.base, files, message: retrainTitle(findings, 'pull-request'), trailer: `Modelgate-Retrain: ${config.branch}` }, log);
        const pr = await upsertPullRequest(client, {
            repo,
            marker: retrainMarker(workflow),
            head: config.branch,
            base: commit.base,
            title: retrainTitle(findings, 'pull-request'),
            body: pullRequestBody(findings, { files: files.map((f) => f.path), reportPath: config.reportPath, checkName: config.comparison ? gh.checkName : undefined, retrainData: config.retrainData, runUrl: gh.runUrl }),
        }, log);
        if (comparison) {
            // Checked as publish mode checks a fork's artifact: body size, verdict, title on one line.
            const cmp = validatePublishPayload({ prNumber: pr.number, headSha: commit.sha, body: comparison.body, verdict: { conclusion: comparison.conclusion, title: comparison.title, summary: comparison.body } });
            await comment_upsertStickyComment(client, { repo, issueNumber: pr.number, marker: comment_stickyMarker(workflow), body: defuseMentions(cmp.body), fullReportUrl: gh.runUrl }, log);
            const v = await verdict_reportVerdict(client, { repo, headSha: commit.sha, checkName: gh.checkName, verdict: { ...cmp.verdict, summary: defuseMentions(cmp.body) }, detailsUrl: gh.runUrl, fullReportUrl: gh.runUrl }, log);
            log.info(v.kind === 'check-run' ? `check run ${gh.checkName}: ${v.url}` : `commit status ${v.context}: ${v.state} (${v.reason})`);
        }
        return pr;
    });
}

;// CONCATENATED MODULE: ./.build/js/src/actions/types.js
function defineAction(def) {
    return def;
}

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
/* harmony default export */ const retrain = (defineAction({
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
            files: inputs.list('files').map((p) => checkRepoPath(p, 'files')),
            sourceDir: inputs.path('source-dir') ?? '.',
            reportPath: checkRepoPath(inputs.string('report-path') ?? 'monitoring/monitor-report.json', 'report-path'),
            branch: checkBranch(inputs.string('branch') ?? 'modelgate/retrain'),
            base: inputs.string('base'),
            comparison,
            commentFile: inputs.path('comment-file') ?? (comparison ? comparison.replace(/\.json$/i, '') + '.md' : undefined),
            labels: inputs.list('labels'),
            publishTimeout: inputs.number('publish-timeout', { min: 1, max: 3600 }) ?? 120,
            github: { token: inputs.string('github-token'), checkName: inputs.string('check-name') ?? 'modelgate', ...githubContext() },
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
            checkBranch(config.base, 'base');
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

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
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

;// CONCATENATED MODULE: ./.build/js/src/main/retrain.js
// Entry of the retrain action: `run()` as @github/local-action and the bundle call it.


const run = () => runAction(retrain);


/***/ })

};
