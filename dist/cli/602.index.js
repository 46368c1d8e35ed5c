export const id = 602;
export const ids = [602];
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

/***/ 46043:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ parseNumber),
/* harmony export */   Bj: () => (/* binding */ CELL_NUMBER),
/* harmony export */   e$: () => (/* binding */ loadSchema),
/* harmony export */   gT: () => (/* binding */ CELL_OTHER),
/* harmony export */   kJ: () => (/* binding */ labelKey),
/* harmony export */   kO: () => (/* binding */ autoCell),
/* harmony export */   s1: () => (/* binding */ rowErrors),
/* harmony export */   ty: () => (/* binding */ CELL_AUTO)
/* harmony export */ });
/* unused harmony export CELL_TEXT */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52210);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4522);
/* harmony import */ var _lib_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41938);
/**
 * Data schemas: a JSON Schema (draft 2020-12, compiled once with ajv) for one row, plus dataset
 * rules a row schema cannot express under `x-dataset`:
 *
 * ```yaml
 * $schema: https://json-schema.org/draft/2020-12/schema
 * type: object
 * properties:
 *   temp_max: { type: number }
 *   weather: { enum: [drizzle, rain, sun, snow, fog] }
 * required: [temp_max, weather]        # columns that must exist in the data
 * x-dataset:
 *   min-rows: 100
 *   columns:
 *     date: { unique: true }
 *     precipitation: { max-null-fraction: 0.05, range: { min: 0, max: 60, max-outside-fraction: 0.01 } }
 * ```
 *
 * Rows are objects with every column present (null for an empty cell), so `type: [number, "null"]`
 * is how a column is made nullable, and `required` names columns the file must have.
 */





// ajv-formats is CommonJS; under NodeNext its default export is the module namespace.
const addFormats = (ajv_formats__WEBPACK_IMPORTED_MODULE_1__["default"] ?? ajv_formats__WEBPACK_IMPORTED_MODULE_1__);
/** Text kept as is (the column may hold strings, or no scalar type that text converts to). */
const CELL_TEXT = 0;
/** Numeric-looking text becomes a number, the rest stays text: {@link autoCell}, no schema type declared. */
const CELL_AUTO = 1;
/** The schema wants a number (not a string nor a boolean): text that {@link parseNumber} accepts becomes a number. */
const CELL_NUMBER = 2;
/** Anything else (booleans): use the column's `coerce` function. */
const CELL_OTHER = 3;
const rulesSchema = {
    type: 'object',
    additionalProperties: false,
    properties: {
        'min-rows': { type: 'integer', minimum: 0 },
        columns: {
            type: 'object',
            additionalProperties: {
                type: 'object',
                additionalProperties: false,
                properties: {
                    'max-null-fraction': { type: 'number', minimum: 0, maximum: 1 },
                    unique: { type: 'boolean' },
                    range: {
                        type: 'object',
                        additionalProperties: false,
                        properties: {
                            min: { type: 'number' },
                            max: { type: 'number' },
                            'max-outside-fraction': { type: 'number', minimum: 0, maximum: 1 },
                        },
                    },
                    categories: {
                        type: 'object',
                        additionalProperties: false,
                        required: ['values'],
                        properties: {
                            values: { type: 'array', items: { type: ['string', 'number', 'boolean'] } },
                            'max-unexpected-fraction': { type: 'number', minimum: 0, maximum: 1 },
                        },
                    },
                },
            },
        },
    },
};
function newAjv() {
    const ajv = new ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_4__.Ajv2020({ allErrors: true, strict: true, strictTypes: false, allowUnionTypes: true });
    addFormats(ajv);
    ajv.addKeyword({ keyword: 'x-dataset', schemaType: 'object' });
    return ajv;
}
function ajvMessage(e) {
    if (e.keyword === 'enum')
        return `${e.message}: ${e.params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    return e.message ?? e.keyword;
}
function loadSchema(path) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`input 'schema': file not found: ${path}`);
    const raw = (0,_lib_files_js__WEBPACK_IMPORTED_MODULE_3__/* .parseYamlOrJson */ .oL)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'), path);
    if (!raw || typeof raw !== 'object' || Array.isArray(raw))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${path}: a schema must be an object (a JSON Schema for one row)`);
    const schema = raw;
    const ajv = newAjv();
    const rules = schema['x-dataset'] ?? {};
    const checkRules = ajv.compile(rulesSchema);
    if (!checkRules(rules)) {
        const e = checkRules.errors[0];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${path}: x-dataset${e.instancePath.replace(/\//g, '.')} ${e.message}`);
    }
    // `required` names columns, checked once against the header; every row has every column.
    const { required, ...rowSchema } = schema;
    let validate;
    try {
        validate = ajv.compile(rowSchema);
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${path}: not a valid JSON Schema: ${e.message.split('\n')[0]}`);
    }
    return {
        path,
        schema,
        validate,
        rules,
        requiredColumns: required ?? [],
        coerce: (column) => coercerFor(schema.properties?.[column]),
        cellKind: (column) => cellKindFor(schema.properties?.[column]),
    };
}
function declaredTypes(prop) {
    const t = prop?.type;
    const types = new Set(Array.isArray(t) ? t : typeof t === 'string' ? [t] : []);
    if (types.size === 0 && Array.isArray(prop?.enum))
        for (const v of prop.enum)
            types.add(v === null ? 'null' : typeof v);
    if (types.size === 0 && prop && 'const' in prop)
        types.add(typeof prop.const);
    return types;
}
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
/**
 * Parses a numeric-looking string as JavaScript's Number() does (surrounding whitespace allowed,
 * `1e5`, `.5`, `5.`, `0x1f`); returns undefined for anything that is not a finite number.
 *
 * Fast path for plain decimals, `[+-]digits[.digits]` with at most 15 digits, the bulk of CSV
 * numbers: the digits as an integer m < 10^15 < 2^53 and the scale k <= 15 are exact doubles, so
 * m / 10^k is the correctly rounded value of the decimal, the same double Number() returns
 * (Clinger's fast path). Anything else takes Number().
 */
function parseNumber(s) {
    const len = s.length;
    let i = 0;
    let c = s.charCodeAt(0);
    const neg = c === 45;
    if (neg || c === 43)
        i = 1;
    let m = 0;
    let digits = 0;
    let scale = 0;
    let dot = false;
    for (; i < len; i++) {
        c = s.charCodeAt(i) - 48;
        if (c >= 0 && c <= 9) {
            m = m * 10 + c;
            digits++;
            if (dot)
                scale++;
        }
        else if (c === -2 && !dot)
            dot = true; // '.'
        else
            return parseNumberSlow(s);
    }
    if (digits === 0 || digits > 15)
        return parseNumberSlow(s);
    const v = scale === 0 ? m : m / POW10[scale];
    return neg ? -v : v;
}
function parseNumberSlow(s) {
    const n = +s;
    if (n === n && s.trim() !== '' && Number.isFinite(n))
        return n;
    return undefined;
}
function cellKindFor(prop) {
    const types = declaredTypes(prop);
    if (types.size === 0)
        return CELL_AUTO;
    if (types.has('string'))
        return CELL_TEXT;
    if (types.has('boolean'))
        return CELL_OTHER;
    return types.has('number') || types.has('integer') ? CELL_NUMBER : CELL_TEXT;
}
function coercerFor(prop) {
    const types = declaredTypes(prop);
    const wantsString = types.has('string');
    const wantsNumber = types.has('number') || types.has('integer');
    const wantsBool = types.has('boolean');
    if (types.size === 0)
        return autoCell;
    return (cell) => {
        if (typeof cell !== 'string')
            return cell;
        if (wantsString)
            return cell;
        if (wantsNumber) {
            const n = parseNumber(cell);
            if (n !== undefined)
                return n;
        }
        if (wantsBool) {
            const l = cell.toLowerCase();
            if (l === 'true')
                return true;
            if (l === 'false')
                return false;
        }
        return cell; // left as text, so the schema reports the type mismatch
    };
}
/**
 * A label cell as a class key, the same for training and evaluation so classes line up: numbers
 * and numeric text in canonical form ("1.0" is "1"); empty, blank and NaN are no label.
 */
function labelKey(v) {
    if (v === null)
        return null;
    if (typeof v === 'number')
        return Number.isNaN(v) ? null : String(v);
    if (typeof v === 'boolean')
        return v ? 'true' : 'false';
    const t = v.trim();
    if (t === '')
        return null;
    const n = Number(t);
    return Number.isFinite(n) ? String(n) : t;
}
/** Without a schema: numeric-looking text becomes a number, everything else stays text. */
function autoCell(cell) {
    if (typeof cell !== 'string')
        return cell;
    const c = cell.charCodeAt(0);
    // Fast reject: a number starts with a digit, sign or dot.
    if (!((c >= 48 && c <= 57) || c === 45 || c === 43 || c === 46))
        return cell;
    const n = parseNumber(cell);
    return n === undefined ? cell : n;
}
/** Validates one row object; returns one entry per failed keyword (all errors, not the first). */
function rowErrors(schema, row) {
    if (schema.validate(row))
        return undefined;
    return schema.validate.errors.map((e) => {
        const column = e.instancePath ? e.instancePath.slice(1).split('/')[0].replace(/~1/g, '/').replace(/~0/g, '~') : String(e.params.missingProperty ?? '');
        const value = e.instancePath ? row[column] : undefined;
        const shown = value === undefined ? '' : `${JSON.stringify(value)} `;
        return { column, rule: e.keyword, message: `${shown}${ajvMessage(e)}` };
    });
}


/***/ })

};
