export const id = 302;
export const ids = [302];
export const modules = {

/***/ 55214:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ CsvParser)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4522);
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
class CsvParser {
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`CSV delimiter must be one character other than a quote or newline, got ${JSON.stringify(delimiter)}`);
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
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`${this.file}:${this.quoteLine}: unterminated quoted field (the quote opened on line ${this.quoteLine} is never closed)`, this.file, this.quoteLine);
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


/***/ }),

/***/ 7302:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C$: () => (/* binding */ subsetPaired),
/* harmony export */   W4: () => (/* binding */ cellNumber),
/* harmony export */   Wk: () => (/* binding */ parseCsv),
/* harmony export */   Zj: () => (/* binding */ predictionsFile),
/* harmony export */   aM: () => (/* binding */ loadPaired)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4522);
/* harmony import */ var _data_csv_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(55214);
/* harmony import */ var _data_schema_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(85547);
/**
 * Both models' predictions on the same rows, aligned by data row index: what the paired tests of
 * compare-to-baseline run on. Reads the predictions.csv files evaluate-model writes.
 */





/** The predictions file of an evaluation: as recorded, else next to the evaluation.json. */
function predictionsFile(ev, evaluationPath) {
    const p = ev.predictions;
    if (!p)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(`${evaluationPath}: records no predictions file`, evaluationPath);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(p))
        return p;
    // Downloaded artifacts keep the files together but not the paths they were written to.
    const beside = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(evaluationPath), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(p));
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(beside))
        return beside;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(`${evaluationPath}: its predictions file ${p} was not found (also looked beside the evaluation)`, evaluationPath);
}
function parseCsv(path) {
    const rows = [];
    const lines = [];
    const parser = new _data_csv_js__WEBPACK_IMPORTED_MODULE_3__/* .CsvParser */ .C({
        file: path,
        onRecord: (fields, line) => {
            rows.push(fields);
            lines.push(line);
        },
    });
    parser.write((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
    parser.end();
    if (rows.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(`${path}: empty predictions file`, path);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(`${file}:${p.lines[i]}: ${what} ${shown(v)} is not ${probability ? 'a probability in [0, 1]' : 'a finite number'}`, file, p.lines[i]);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(`${file}: no '${name}' column (header: ${p.header.join(', ')})`, file);
        return i;
    };
    const bRow = col(b, 'row', bFile);
    const byRow = new Map();
    b.rows.forEach((r, i) => byRow.set(r[bRow], i));
    const n = c.rows.length;
    if (b.rows.length !== n)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(`${cFile} has ${n} rows, ${bFile} ${b.rows.length}: the two evaluations did not see the same rows`, cFile);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(`${bFile}: has no row ${c.rows[i][cRow]}, which ${cFile} has`, bFile);
        if (b.rows[j][bLabel] !== c.rows[i][cLabel])
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(`row ${c.rows[i][cRow]}: label '${c.rows[i][cLabel]}' in ${cFile} but '${b.rows[j][bLabel]}' in ${bFile}`, cFile);
        order[i] = j;
    }
    let candidateLoss;
    let baselineLoss;
    if (task === 'binary') {
        const pos = candidate.positiveLabel;
        // Labels are written as labelKey() of the cell, so the classes are compared the same way.
        const classes = candidate.classes.length === 2 ? candidate.classes.map((k) => (0,_data_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .labelKey */ .kJ)(k) ?? k) : null;
        if (pos === null || !classes)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(`${candidatePath}: a binary evaluation needs its two classes and positiveLabel for paired tests`, candidatePath);
        const cs = col(c, 'score', cFile);
        const bs = col(b, 'score', bFile);
        for (let i = 0; i < n; i++) {
            const label = c.rows[i][cLabel];
            if (!classes.includes(label))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(`${cFile}:${c.lines[i]}: label ${shown(label)} is not one of the evaluation's classes (${classes.map(shown).join(', ')})`, cFile, c.lines[i]);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(`${candidatePath} and ${baselinePath} have different classes`, candidatePath);
        // Labels are written as labelKey() of the cell, predictions as the class name: either form maps.
        const idx = new Map([...classes.map((k, i) => [(0,_data_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .labelKey */ .kJ)(k) ?? k, i]), ...classes.map((k, i) => [k, i])]);
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
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(`${file}:${p.lines[r]}: ${what} ${shown(p.rows[r][column])} is not one of the evaluation's classes (${classes.map(shown).join(', ')})`, file, p.lines[r]);
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
function subsetPaired(p, keep) {
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


/***/ })

};
