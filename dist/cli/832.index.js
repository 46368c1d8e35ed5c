export const id = 832;
export const ids = [832];
export const modules = {

/***/ 1692:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ defineAction)
/* harmony export */ });
function defineAction(def) {
    return def;
}


/***/ }),

/***/ 5214:
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

/***/ 5102:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tz: () => (/* binding */ detectFormat),
/* harmony export */   aK: () => (/* binding */ readRows),
/* harmony export */   hL: () => (/* binding */ expandDataGlob)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4573);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8522);
/* harmony import */ var hyparquet__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4428);
/* harmony import */ var hyparquet__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1609);
/* harmony import */ var hyparquet__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6367);
/* harmony import */ var hyparquet__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(2281);
/* harmony import */ var hyparquet_compressors__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(138);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4522);
/* harmony import */ var _csv_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5214);
/**
 * Data files to rows, streaming: one interface over CSV, TSV, JSON Lines and Parquet, feeding a
 * RowSink (the profiler, the JSON-Schema validator) with constant memory.
 *
 * Formats come from the extension (detectFormat): .csv, .tsv/.tab, .jsonl/.ndjson, .parquet;
 * text formats may also be gzip-compressed (.csv.gz, .tsv.gz, .jsonl.gz, .ndjson.gz).
 *
 * What the sink sees:
 * - header(columns) once, before any row.
 * - CSV/TSV: the first record is the header (names must be non-empty and unique). Each later
 *   record is a row of the raw field strings with '' mapped to null; no type conversion here (a
 *   later layer converts using the schema). A record whose field count differs from the header's
 *   is passed as-is, a "ragged row" the sink can report with its line. `line` is the 1-based
 *   line on which the record starts. Empty lines are skipped (see csv.ts for the dialect; TSV
 *   uses the same quoting rules with a tab delimiter, as pandas does).
 * - JSON Lines: one object per line; `line` is the 1-based physical line. Columns are the union
 *   of keys in order of first appearance: header() gets the keys of the file's first object, and
 *   a key first seen later is announced with newColumn(name, index) just before the row that has
 *   it. Each row has exactly as many cells as columns known at that point (rows delivered earlier
 *   are shorter: treat their missing trailing cells as null). A missing key and an explicit null
 *   are both null, as an empty CSV cell is. Strings, numbers, booleans and null pass through;
 *   nested objects and arrays become their JSON text. Blank lines are skipped. A line that is not
 *   valid JSON, or not an object, goes to bad(line, message) and the read continues; without a
 *   `bad` callback it is a DataError. If the first non-blank line of a file is not a JSON object
 *   the file is not JSON Lines at all: DataError.
 * - Parquet: read one row group at a time (memory bounded by a row group); `line` is the 1-based
 *   row number. Top-level columns only; INT64 (BigInt) becomes a number (exact up to 2^53),
 *   DATE becomes 'YYYY-MM-DD', timestamps ISO-8601 strings in UTC, binary base64 text, nested
 *   values (structs, lists, maps) their JSON text.
 *
 * Sharding: data rows are numbered 0, 1, 2, ... across the whole dataset in file order (CSV
 * header excluded; JSON Lines blank lines excluded but invalid lines included, so each bad line
 * is reported by exactly one shard). Shard {index, count} receives the rows with
 * rowIndex % count === index, so shards 0..count-1 partition the rows, each an interleaved
 * sample of the whole dataset. Every shard still scans every file (CSV must find record
 * boundaries; JSON Lines skips JSON.parse for other shards' lines; Parquet skips row groups
 * holding none of the shard's rows).
 *
 * Several files (readRows(paths[]) or an expandDataGlob result) are one dataset read in order:
 * they must share one format and, for CSV/TSV/Parquet, one header (DataError naming both files
 * otherwise); JSON Lines columns keep growing across files. beginFile(path) tells the sink which
 * file the following rows' line numbers refer to.
 *
 * Unreadable input (missing, a directory, 0 bytes, binary in a text format, not Parquet,
 * corrupt) is a DataError with a one-line message naming the file. Errors thrown by the sink
 * propagate unchanged.
 */








const FORMATS = ['csv', 'tsv', 'jsonl', 'parquet'];
const EXTENSIONS = {
    csv: 'csv',
    tsv: 'tsv',
    tab: 'tsv',
    jsonl: 'jsonl',
    ndjson: 'jsonl',
    parquet: 'parquet',
};
const FORMAT_NAMES = { csv: 'CSV', tsv: 'TSV', jsonl: 'JSON Lines', parquet: 'Parquet' };
const HIGH_WATER_MARK = 1 << 20;
const SNIFF_BYTES = 8192;
/**
 * The format of `path`: `format` if given (csv, tsv, jsonl/ndjson, parquet; case-insensitive),
 * else by extension, ignoring a trailing .gz. ConfigurationError when neither tells.
 */
function detectFormat(path, format) {
    if (format !== undefined && format !== '') {
        const f = format.toLowerCase();
        if (f === 'ndjson')
            return 'jsonl';
        if (FORMATS.includes(f))
            return f;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`unknown data format '${format}' for ${path}; use csv, tsv, jsonl or parquet`);
    }
    const base = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1).toLowerCase();
    const parts = base.split('.');
    let ext = parts.length > 1 ? parts[parts.length - 1] : '';
    const gz = ext === 'gz' && parts.length > 2;
    if (gz)
        ext = parts[parts.length - 2];
    const detected = EXTENSIONS[ext];
    if (detected === 'parquet' && gz) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`${path}: Parquet compresses internally; decompress the .gz (gzip -d) and read the .parquet file`);
    }
    if (detected === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`cannot tell the format of ${path} from its extension; name it .csv, .tsv, .jsonl or .parquet (optionally .gz for text), or set the format`);
    }
    return detected;
}
/** Streams the rows of one file, or of several files read in order as one dataset, into `sink`. */
async function readRows(path, sink, opts = {}) {
    const paths = typeof path === 'string' ? [path] : [...path];
    if (paths.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1('no data files to read');
    const shard = opts.shard;
    if (shard !== undefined) {
        const { index, count } = shard;
        if (!Number.isInteger(count) || !Number.isInteger(index) || count < 1 || index < 0 || index >= count) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`shard must have integers 0 <= index < count, got ${index}/${count}`);
        }
    }
    const ds = {
        sink,
        shardIndex: shard?.index ?? 0,
        shardCount: shard?.count ?? 1,
        rowIndex: 0,
        delivered: 0,
        columns: null,
        columnIndex: new Map(),
        firstFile: paths[0],
        bytes: 0,
    };
    const format = detectFormat(paths[0], opts.format);
    for (const p of paths) {
        const f = detectFormat(p, opts.format);
        if (f !== format) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DataError */ .fL(`${p} is ${FORMAT_NAMES[f]} but ${paths[0]} is ${FORMAT_NAMES[format]}; the files of one dataset must share a format`, p);
        }
    }
    for (const p of paths) {
        const size = await checkFile(p);
        ds.bytes += size;
        sink.beginFile?.(p);
        if (format === 'parquet')
            await readParquet(p, size, ds);
        else if (format === 'jsonl')
            await readJsonl(p, ds);
        else
            await readDelimited(p, format === 'tsv' ? '\t' : ',', format, ds);
    }
    return { rows: ds.delivered, format, columns: [...(ds.columns ?? [])], bytes: ds.bytes, totalRows: ds.rowIndex };
}
/** The file's size; DataError if it is missing, not a regular file, or empty. */
async function checkFile(path) {
    let st;
    try {
        st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path);
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DataError */ .fL(`${path}: ${fsReason(e)}`, path);
    }
    if (st.isDirectory())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DataError */ .fL(`${path}: is a directory, not a data file`, path);
    if (!st.isFile())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DataError */ .fL(`${path}: is not a regular file`, path);
    if (st.size === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DataError */ .fL(`${path}: is empty (0 bytes)`, path);
    return st.size;
}
function fsReason(e) {
    const code = e?.code;
    if (code === 'ENOENT')
        return 'no such file';
    if (code === 'EACCES' || code === 'EPERM')
        return 'permission denied';
    if (code === 'EISDIR')
        return 'is a directory, not a data file';
    if (code === 'ENOTDIR')
        return 'no such file (a parent is not a directory)';
    return `cannot read: ${e?.message ?? String(e)}`;
}
/** Thrown for a problem with the bytes themselves, checked before any parsing. */
function sniff(head, path, format) {
    if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DataError */ .fL(`${path}: looks gzip-compressed, not ${FORMAT_NAMES[format]}; name it ${path}.gz or decompress it`, path);
    }
    if (head.length >= 4 && head.toString('latin1', 0, 4) === 'PAR1') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DataError */ .fL(`${path}: looks like a Parquet file, not ${FORMAT_NAMES[format]}; name it .parquet`, path);
    }
    if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DataError */ .fL(`${path}: is UTF-16 encoded; save it as UTF-8`, path);
    }
    const nul = head.subarray(0, SNIFF_BYTES).indexOf(0);
    if (nul !== -1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DataError */ .fL(`${path}: looks binary, not ${FORMAT_NAMES[format]} (NUL byte at offset ${nul})`, path);
}
/**
 * Streams the file's text to `onText` in large chunks: gunzips .gz files, sniffs the first bytes
 * for binary content, decodes UTF-8 across chunk boundaries. Returns the decoded byte count.
 */
async function streamText(path, format, onText, drain) {
    const gz = path.toLowerCase().endsWith('.gz');
    const raw = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path, { highWaterMark: HIGH_WATER_MARK });
    const source = gz ? raw.pipe((0,node_zlib__WEBPACK_IMPORTED_MODULE_3__.createGunzip)({ chunkSize: 256 * 1024 })) : raw;
    if (gz)
        raw.on('error', (e) => source.destroy(e));
    const decoder = new Utf8Decoder();
    let head = null; // the first bytes, held back until SNIFF_BYTES are seen
    let sniffing = true;
    let total = 0;
    try {
        for await (const chunk of source) {
            total += chunk.length;
            if (sniffing) {
                head = head === null ? chunk : Buffer.concat([head, chunk]);
                if (head.length < SNIFF_BYTES)
                    continue;
                sniffing = false;
                sniff(head, path, format);
                const h = head;
                head = null;
                decoder.write(h, onText);
                if (drain)
                    await drain();
                continue;
            }
            decoder.write(chunk, onText);
            if (drain)
                await drain();
        }
    }
    catch (e) {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DataError */ .fL)
            throw e;
        const code = e?.code;
        if (gz && typeof code === 'string' && code.startsWith('Z_')) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DataError */ .fL(`${path}: is not valid gzip (${e.message})`, path);
        }
        if (code !== undefined && e.syscall !== undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DataError */ .fL(`${path}: ${fsReason(e)}`, path);
        throw e;
    }
    finally {
        raw.destroy();
    }
    if (head !== null) {
        // A file shorter than SNIFF_BYTES: all of it is in `head`.
        sniff(head, path, format);
        decoder.write(head, onText);
    }
    if (total === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DataError */ .fL(`${path}: is empty (0 bytes after decompression)`, path);
    decoder.end(onText);
    return total;
}
/**
 * UTF-8 bytes to text, chunk by chunk: a character split across chunks is carried over (as
 * StringDecoder does), and a chunk that is all ASCII, the common case for CSV, is turned into a
 * string by a plain copy (latin1) instead of UTF-8 decoding, several times faster. Invalid bytes
 * become U+FFFD as with Buffer#toString.
 */
class Utf8Decoder {
    carry = null;
    write(buf, out) {
        let start = 0;
        if (this.carry !== null) {
            const carry = this.carry;
            const need = utf8Length(carry[0]) - carry.length;
            let k = 0;
            while (k < need && k < buf.length && (buf[k] & 0xc0) === 0x80)
                k++;
            if (k < need && k === buf.length) {
                this.carry = Buffer.concat([carry, buf]); // still incomplete: a tiny chunk
                return;
            }
            this.carry = null;
            out(Buffer.concat([carry, buf.subarray(0, k)]).toString('utf8'));
            start = k;
        }
        let end = buf.length;
        // An incomplete sequence at the end: back up over continuation bytes to its lead byte.
        let j = end - 1;
        const min = Math.max(start, end - 4);
        while (j >= min && (buf[j] & 0xc0) === 0x80)
            j--;
        if (j >= start && buf[j] >= 0xc0 && j + utf8Length(buf[j]) > end) {
            this.carry = Buffer.from(buf.subarray(j, end));
            end = j;
        }
        if (end > start) {
            const sub = start === 0 && end === buf.length ? buf : buf.subarray(start, end);
            out((0,node_buffer__WEBPACK_IMPORTED_MODULE_2__.isAscii)(sub) ? sub.toString('latin1') : sub.toString('utf8'));
        }
    }
    end(out) {
        if (this.carry !== null)
            out(this.carry.toString('utf8'));
        this.carry = null;
    }
}
/** Bytes in the UTF-8 sequence a lead byte (>= 0xc0) starts. */
function utf8Length(lead) {
    return lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
}
// ---------------------------------------------------------------------------------------------
// CSV / TSV
async function readDelimited(path, delimiter, format, ds) {
    const sink = ds.sink;
    const shardCount = ds.shardCount;
    const shardIndex = ds.shardIndex;
    let header = null;
    let rowIndex = ds.rowIndex;
    let delivered = 0;
    const parser = new _csv_js__WEBPACK_IMPORTED_MODULE_6__/* .CsvParser */ .C({
        delimiter,
        file: path,
        onRecord(fields, line) {
            if (header === null) {
                header = checkHeader(fields, path, line, ds);
                return;
            }
            const index = rowIndex++;
            if (shardCount !== 1 && index % shardCount !== shardIndex)
                return;
            // '' -> null in place: the array is fresh per record, so it becomes the row's cells.
            const cells = fields;
            for (let k = 0; k < fields.length; k++)
                if (fields[k].length === 0)
                    cells[k] = null;
            delivered++;
            sink.row(cells, line);
        },
    });
    try {
        await streamText(path, format, (text) => parser.write(text), sink.drain?.bind(sink));
        parser.end();
    }
    finally {
        ds.rowIndex = rowIndex;
        ds.delivered += delivered;
    }
    if (header === null)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DataError */ .fL(`${path}: has no header row (only blank lines)`, path);
}
function checkHeader(fields, path, line, ds) {
    const seen = new Map();
    for (let i = 0; i < fields.length; i++) {
        const name = fields[i];
        if (name.trim() === '') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DataError */ .fL(`${path}:${line}: header column ${i + 1} has an empty name; every column needs a unique name`, path, line);
        }
        const prev = seen.get(name);
        if (prev !== undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DataError */ .fL(`${path}:${line}: duplicate column name '${name}' in header (columns ${prev + 1} and ${i + 1})`, path, line);
        }
        seen.set(name, i);
    }
    sameColumns(fields, path, ds);
    return fields;
}
/** The first file sets the dataset's columns and calls sink.header; later ones must match. */
function sameColumns(columns, path, ds) {
    if (ds.columns === null) {
        ds.columns = columns;
        ds.sink.header([...columns]);
        return;
    }
    const want = ds.columns;
    if (want.length === columns.length && want.every((c, i) => c === columns[i]))
        return;
    let i = 0;
    while (i < want.length && i < columns.length && want[i] === columns[i])
        i++;
    const detail = i < want.length && i < columns.length
        ? `column ${i + 1} is '${columns[i]}' there but '${want[i]}' in ${ds.firstFile}`
        : `it has ${columns.length} columns, ${ds.firstFile} has ${want.length}`;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DataError */ .fL(`${path}: columns differ from ${ds.firstFile} (${detail}); the files of one dataset must share a header`, path);
}
// ---------------------------------------------------------------------------------------------
// JSON Lines
async function readJsonl(path, ds) {
    const sink = ds.sink;
    const shardCount = ds.shardCount;
    const shardIndex = ds.shardIndex;
    const colIndex = ds.columnIndex;
    let lineNo = 0;
    let firstSeen = false;
    let pending = [];
    let bom = true;
    const jsonRow = (obj, line) => {
        const columns = ds.columns;
        const n = columns.length;
        const cells = [];
        for (let k = 0; k < n; k++)
            cells.push(null);
        for (const key in obj) {
            let idx = colIndex.get(key);
            if (idx === undefined) {
                idx = columns.length;
                columns.push(key);
                colIndex.set(key, idx);
                cells.push(null);
                sink.newColumn?.(key, idx);
            }
            cells[idx] = jsonCell(obj[key]);
        }
        ds.delivered++;
        sink.row(cells, line);
    };
    const onLine = (text, line) => {
        if (text.length === 0 || (text.charCodeAt(0) <= 32 && text.trim() === ''))
            return;
        if (!firstSeen) {
            firstSeen = true;
            let obj;
            try {
                obj = JSON.parse(text);
            }
            catch (e) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DataError */ .fL(`${path}:${line}: not JSON Lines (the first line is not JSON: ${e.message})`, path, line);
            }
            if (!isObject(obj)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DataError */ .fL(`${path}:${line}: not JSON Lines of objects (the first line is ${jsonKind(obj)}, not an object)`, path, line);
            }
            if (ds.columns === null) {
                const keys = Object.keys(obj);
                ds.columns = keys;
                keys.forEach((k, i) => colIndex.set(k, i));
                sink.header([...keys]);
            }
            if (ds.rowIndex++ % shardCount === shardIndex)
                jsonRow(obj, line);
            return;
        }
        if (ds.rowIndex++ % shardCount !== shardIndex)
            return;
        let obj;
        try {
            obj = JSON.parse(text);
        }
        catch (e) {
            badLine(line, `invalid JSON: ${e.message}`);
            return;
        }
        if (!isObject(obj)) {
            badLine(line, `not a JSON object (got ${jsonKind(obj)})`);
            return;
        }
        jsonRow(obj, line);
    };
    const badLine = (line, message) => {
        if (sink.bad)
            sink.bad(line, message);
        else
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DataError */ .fL(`${path}:${line}: ${message}`, path, line);
    };
    await streamText(path, 'jsonl', (s) => {
        let i = 0;
        if (bom) {
            bom = false;
            if (s.charCodeAt(0) === 0xfeff)
                i = 1;
        }
        let nl = s.indexOf('\n', i);
        if (pending.length !== 0) {
            if (nl === -1) {
                pending.push(i === 0 ? s : s.slice(i));
                return;
            }
            pending.push(s.slice(i, nl));
            const text = pending.join('');
            pending = [];
            onLine(text, ++lineNo);
            i = nl + 1;
            nl = s.indexOf('\n', i);
        }
        while (nl !== -1) {
            onLine(s.slice(i, nl), ++lineNo);
            i = nl + 1;
            nl = s.indexOf('\n', i);
        }
        if (i < s.length)
            pending.push(s.slice(i));
    }, sink.drain?.bind(sink));
    if (pending.length !== 0)
        onLine(pending.join(''), ++lineNo);
    if (!firstSeen)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DataError */ .fL(`${path}: is empty (only blank lines, no JSON objects)`, path);
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function jsonKind(v) {
    return v === null ? 'null' : Array.isArray(v) ? 'an array' : `a ${typeof v}`;
}
function jsonCell(v) {
    if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
        return v;
    return JSON.stringify(v);
}
// ---------------------------------------------------------------------------------------------
// Parquet
const MS_PER_DAY = 86_400_000;
function isoOrNull(ms) {
    const d = new Date(ms);
    return Number.isNaN(d.getTime()) ? null : d.toISOString();
}
/** a / b rounded toward -Infinity (BigInt division truncates toward zero), as a number. */
function floorDiv(a, b) {
    const q = a / b;
    return Number(a < 0n && q * b !== a ? q - 1n : q);
}
/** Dates and timestamps straight to strings, so cells never hold Date objects. */
const parquetParsers = {
    timestampFromMilliseconds: (ms) => isoOrNull(Number(ms)),
    timestampFromMicroseconds: (us) => isoOrNull(floorDiv(us, 1000n)),
    timestampFromNanoseconds: (ns) => isoOrNull(floorDiv(ns, 1000000n)),
    dateFromDays: (days) => {
        const iso = isoOrNull(days * MS_PER_DAY);
        return iso === null ? null : iso.slice(0, iso.length - 14); // drop 'T00:00:00.000Z'
    },
};
function parquetCell(v) {
    switch (typeof v) {
        case 'string':
        case 'number':
        case 'boolean':
            return v;
        case 'bigint':
            return Number(v);
        case 'undefined':
            return null;
        case 'object':
            if (v === null)
                return null;
            if (v instanceof Date)
                return isoOrNull(v.getTime());
            if (v instanceof Uint8Array)
                return Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64');
            return JSON.stringify((0,hyparquet__WEBPACK_IMPORTED_MODULE_7__/* .toJson */ .aB)(v));
        default:
            return String(v);
    }
}
async function readParquet(path, size, ds) {
    let file;
    let metadata;
    let columns;
    try {
        file = await (0,hyparquet__WEBPACK_IMPORTED_MODULE_8__/* .asyncBufferFromFile */ .Rv)(path);
        if (size < 12)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DataError */ .fL(`${path}: not a Parquet file (too short)`, path);
        const [head, tail] = await Promise.all([file.slice(0, 4), file.slice(size - 4, size)]);
        const magic = (b) => Buffer.from(b).toString('latin1');
        if (magic(head) !== 'PAR1')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DataError */ .fL(`${path}: not a Parquet file (no PAR1 magic bytes)`, path);
        if (magic(tail) !== 'PAR1')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DataError */ .fL(`${path}: starts like Parquet but has no footer (truncated?)`, path);
        metadata = await (0,hyparquet__WEBPACK_IMPORTED_MODULE_9__/* .parquetMetadataAsync */ .Ei)(file, { parsers: parquetParsers });
        columns = (0,hyparquet__WEBPACK_IMPORTED_MODULE_9__/* .parquetSchema */ .YR)(metadata).children.map((c) => c.element.name);
    }
    catch (e) {
        throw asParquetError(e, path);
    }
    sameColumns(columns, path, ds);
    const sink = ds.sink;
    const { shardCount, shardIndex } = ds;
    let groupStart = 0;
    for (const group of metadata.row_groups) {
        const groupRows = Number(group.num_rows);
        const groupEnd = groupStart + groupRows;
        const first = ds.rowIndex; // dataset index of this group's first row
        ds.rowIndex += groupRows;
        // Skip groups holding no row of this shard (only possible when a group is smaller than count).
        const firstMine = first + ((shardIndex - (first % shardCount) + shardCount) % shardCount);
        if (groupRows === 0 || firstMine >= first + groupRows) {
            groupStart = groupEnd;
            continue;
        }
        let rows = [];
        try {
            await (0,hyparquet__WEBPACK_IMPORTED_MODULE_10__/* .parquetRead */ .bA)({
                file,
                metadata,
                rowStart: groupStart,
                rowEnd: groupEnd,
                compressors: hyparquet_compressors__WEBPACK_IMPORTED_MODULE_4__/* .compressors */ .Vm,
                parsers: parquetParsers,
                rowFormat: 'array',
                onComplete: (r) => {
                    rows = r;
                },
            });
        }
        catch (e) {
            throw asParquetError(e, path);
        }
        // Rows are delivered after the read so that errors thrown by the sink are never mistaken
        // for a corrupt file.
        for (let k = firstMine - first; k < rows.length; k += shardCount) {
            const row = rows[k];
            for (let c = 0; c < row.length; c++) {
                const v = row[c];
                const t = typeof v;
                if (t !== 'string' && t !== 'number' && t !== 'boolean')
                    row[c] = parquetCell(v);
            }
            ds.delivered++;
            sink.row(row, groupStart + k + 1);
        }
        if (sink.drain)
            await sink.drain();
        groupStart = groupEnd;
    }
}
function asParquetError(e, path) {
    if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DataError */ .fL)
        return e;
    const code = e?.code;
    if (code !== undefined && e.syscall !== undefined)
        return new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DataError */ .fL(`${path}: ${fsReason(e)}`, path);
    const msg = (e?.message ?? String(e)).split('\n')[0];
    return new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DataError */ .fL(`${path}: cannot read Parquet (corrupt or unsupported): ${msg}`, path);
}
// ---------------------------------------------------------------------------------------------
// Globs
const MAGIC = /[*?]/;
/**
 * Expands a glob into a sorted list of files. Supports `*` and `?` within one path segment and
 * `**` as a whole segment for any number of directories (including none); wildcards do not
 * match names starting with '.' unless the pattern segment does, and `**` does not follow
 * symlinked directories. A pattern without wildcards is returned as-is (readRows reports a
 * missing file). A pattern that matches no file is a ConfigurationError. Results are sorted by
 * code unit order, so the dataset order is stable across machines.
 */
async function expandDataGlob(pattern) {
    const pat = process.platform === 'win32' ? pattern.replace(/\\/g, '/') : pattern;
    if (!MAGIC.test(pat))
        return [pattern];
    const segs = pat.split('/');
    let k = 0;
    while (k < segs.length && !MAGIC.test(segs[k]))
        k++;
    let base = segs.slice(0, k).join('/');
    if (k > 0 && base === '')
        base = '/';
    const prefix = base === '' ? '' : base.endsWith('/') ? base : base + '/';
    const rest = segs.slice(k).filter((s, i, a) => s !== '' || i === a.length - 1);
    const out = new Set();
    await walk(base === '' ? '.' : base, prefix, rest, 0, out);
    if (out.size === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`data pattern '${pattern}' matches no files`);
    return [...out].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
function segmentRegex(seg) {
    let re = '^';
    for (const ch of seg) {
        if (ch === '*')
            re += '[^/]*';
        else if (ch === '?')
            re += '[^/]';
        else
            re += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(re + '$', 'u');
}
async function listDir(dir) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir, { withFileTypes: true });
    }
    catch {
        return [];
    }
}
/** File or directory, following symlinks; null if neither or broken. */
async function kindOf(dir, e) {
    if (e.isFile())
        return 'file';
    if (e.isDirectory())
        return 'dir';
    if (!e.isSymbolicLink())
        return null;
    try {
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(`${dir}/${e.name}`);
        return st.isFile() ? 'file' : st.isDirectory() ? 'dir' : null;
    }
    catch {
        return null;
    }
}
async function walk(dir, prefix, segs, si, out) {
    const seg = segs[si];
    const last = si === segs.length - 1;
    if (seg === '**') {
        if (!last)
            await walk(dir, prefix, segs, si + 1, out); // zero directories
        for (const e of await listDir(dir)) {
            if (e.name.startsWith('.'))
                continue;
            if (last && (await kindOf(dir, e)) === 'file')
                out.add(prefix + e.name);
            else if (e.isDirectory())
                await walk(`${dir}/${e.name}`, `${prefix}${e.name}/`, segs, si, out);
        }
        return;
    }
    if (!MAGIC.test(seg)) {
        const kind = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(`${dir}/${seg}`).then((st) => (st.isFile() ? 'file' : st.isDirectory() ? 'dir' : null), () => null);
        if (last ? kind === 'file' : kind === 'dir') {
            if (last)
                out.add(prefix + seg);
            else
                await walk(`${dir}/${seg}`, `${prefix}${seg}/`, segs, si + 1, out);
        }
        return;
    }
    const re = segmentRegex(seg);
    const dots = seg.startsWith('.');
    for (const e of await listDir(dir)) {
        if (!dots && e.name.startsWith('.'))
            continue;
        if (!re.test(e.name))
            continue;
        const kind = await kindOf(dir, e);
        if (last ? kind === 'file' : kind === 'dir') {
            if (last)
                out.add(prefix + e.name);
            else
                await walk(`${dir}/${e.name}`, `${prefix}${e.name}/`, segs, si + 1, out);
        }
    }
}


/***/ }),

/***/ 6043:
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
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2210);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4522);
/* harmony import */ var _lib_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1938);
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


/***/ }),

/***/ 1472:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   He: () => (/* binding */ MAX_SEED),
/* harmony export */   SZ: () => (/* binding */ createRng)
/* harmony export */ });
/* unused harmony export Xoshiro128 */
/**
 * Seeded pseudo-random numbers for the resampling code (bootstrap intervals, simulations):
 * xoshiro128** 1.1 (Blackman and Vigna, "Scrambled linear pseudorandom number generators", 2021),
 * a 32-bit generator with 128 bits of state, period 2^128 - 1, that passes BigCrush and runs on
 * plain 32-bit integer arithmetic (`Math.imul`), so it is fast in JavaScript.
 *
 * Seed scheme (stable: changing it changes every committed interval, so it is versioned here).
 * - `seed` is an integer in [0, 2^53 - 1]. It is expanded to the 128-bit state by SplitMix64
 *   (Vigna's recommended seeder; its 64-bit state starts at `seed`): the first two SplitMix64
 *   outputs, each split into its low then high 32-bit word, are the state words s0, s1, s2, s3.
 *   SplitMix64 never yields an all-zero state from distinct outputs in practice; an all-zero state
 *   is nevertheless replaced by a fixed non-zero one.
 * - `stream` k (default 0) is that generator advanced by k jumps of 2^64 steps (xoshiro128**'s
 *   `jump`), so streams of one seed never overlap for fewer than 2^64 draws each. Code that needs
 *   several independent sequences from one user seed takes one stream each (see
 *   src/metrics/intervals.ts and src/stats/paired.ts for which stream each resampling uses).
 *
 * Samplers: 32-bit words (singly or in bulk), uniform doubles with 53 random bits, unbiased
 * integers in [0, n) (Lemire's multiply-and-reject), standard normals (Marsaglia's polar method)
 * and binomials (inversion for n·min(p, 1-p) < 10, otherwise Hörmann's BTRD, "The generation of
 * binomial random variates", 1993), plus multinomials by conditional binomials. All are exact up
 * to double rounding.
 */
const TWO_32 = 4294967296;
const TWO_53 = 9007199254740992;
const TWO_M32 = 1 / TWO_32;
/** One SplitMix64 step on a BigInt state; returns [next state, output]. */
function splitMix64(state) {
    const M = (1n << 64n) - 1n;
    const s = (state + 0x9e3779b97f4a7c15n) & M;
    let z = s;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & M;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & M;
    z = z ^ (z >> 31n);
    return [s, z];
}
/** Stirling-series corrections fc(k) = ln k! - [(k + ½) ln(k + 1) - (k + 1) + ½ ln 2π] for k < 10. */
const FC_TABLE = [
    0.08106146679532726, 0.04134069595540929, 0.02767792568499834, 0.02079067210376509, 0.01664469118982119, 0.01387612882307075,
    0.01189670994589177, 0.01041126526197209, 0.009255462182712733, 0.008330563433362871,
];
function stirlingCorrection(k) {
    if (k < 10)
        return FC_TABLE[k];
    const r = 1 / (k + 1);
    const r2 = r * r;
    return (1 / 12 - (1 / 360 - r2 / 1260) * r2) * r;
}
/** xoshiro128** generator. Construct with {@link createRng}. */
class Xoshiro128 {
    s0;
    s1;
    s2;
    s3;
    spareNormal = null;
    constructor(s0, s1, s2, s3) {
        this.s0 = s0 | 0;
        this.s1 = s1 | 0;
        this.s2 = s2 | 0;
        this.s3 = s3 | 0;
        if ((this.s0 | this.s1 | this.s2 | this.s3) === 0)
            this.s0 = 0x9e3779b9 | 0;
    }
    /** The state words, for tests and for checkpointing. */
    state() {
        return [this.s0 >>> 0, this.s1 >>> 0, this.s2 >>> 0, this.s3 >>> 0];
    }
    /** The next 32-bit output as an unsigned integer in [0, 2^32). */
    nextUint32() {
        const s1 = this.s1;
        const x = Math.imul(s1, 5);
        const result = Math.imul((x << 7) | (x >>> 25), 9) >>> 0;
        const t = s1 << 9;
        this.s2 ^= this.s0;
        this.s3 ^= this.s1;
        this.s1 ^= this.s2;
        this.s0 ^= this.s3;
        this.s2 ^= t;
        this.s3 = (this.s3 << 11) | (this.s3 >>> 21);
        return result;
    }
    /** A uniform double in [0, 1) with 53 random bits (two 32-bit draws). */
    nextFloat() {
        const hi = this.nextUint32() >>> 5; // 27 bits
        const lo = this.nextUint32() >>> 6; // 26 bits
        return (hi * 67108864 + lo) / TWO_53;
    }
    /** A uniform integer in [0, n), unbiased, for integer 1 <= n <= 2^32. */
    uniformInt(n) {
        if (n <= 2097152) {
            // Lemire (2019): m = x·n is exact below 2^53; reject the few low parts that would bias.
            const threshold = (TWO_32 - n) % n;
            for (;;) {
                const m = this.nextUint32() * n;
                const hi = Math.floor(m * TWO_M32);
                if (m - hi * TWO_32 >= threshold)
                    return hi;
            }
        }
        // 53-bit double times n: exact floor for n <= 2^32 up to a bias below n / 2^53 <= 2^-21 per value.
        return Math.floor(this.nextFloat() * n);
    }
    /**
     * Fills `out` with independent uniform integers in [0, n) for 1 <= n <= 2^21 (the bootstrap's
     * hot loop: one 32-bit draw per value, Lemire's rejection inlined).
     */
    fillUniformInts(out, n) {
        if (n > 2097152) {
            for (let i = 0; i < out.length; i++)
                out[i] = this.uniformInt(n);
            return;
        }
        const threshold = (TWO_32 - n) % n;
        let s0 = this.s0;
        let s1 = this.s1;
        let s2 = this.s2;
        let s3 = this.s3;
        for (let i = 0; i < out.length;) {
            const x = Math.imul(s1, 5);
            const r = Math.imul((x << 7) | (x >>> 25), 9) >>> 0;
            const t = s1 << 9;
            s2 ^= s0;
            s3 ^= s1;
            s1 ^= s2;
            s0 ^= s3;
            s2 ^= t;
            s3 = (s3 << 11) | (s3 >>> 21);
            const m = r * n; // exact: below 2^53
            const hi = Math.floor(m * TWO_M32);
            if (m - hi * TWO_32 >= threshold)
                out[i++] = hi;
        }
        this.s0 = s0;
        this.s1 = s1;
        this.s2 = s2;
        this.s3 = s3;
    }
    /**
     * Fills `out` with the next out.length 32-bit outputs: the same stream as that many nextUint32()
     * calls (an Int32Array stores them as int32 bit patterns). Random bit masks, such as the row
     * sign flips of a permutation test.
     */
    fillUint32(out) {
        for (let i = 0; i < out.length; i++)
            out[i] = this.nextUint32();
    }
    /**
     * Draws `draws` independent uniform integers in [0, counts.length) (counts.length <= 2^21) and
     * increments `counts` at each: the multinomial counts of a bootstrap resample, without storing
     * the draws. Same values, in the same order, as `draws` calls of uniformInt(counts.length).
     */
    countUniformDraws(counts, draws) {
        const n = counts.length;
        if (n > 2097152) {
            for (let i = 0; i < draws; i++)
                counts[this.uniformInt(n)]++;
            return;
        }
        const threshold = (TWO_32 - n) % n;
        let s0 = this.s0;
        let s1 = this.s1;
        let s2 = this.s2;
        let s3 = this.s3;
        for (let i = 0; i < draws;) {
            const x = Math.imul(s1, 5);
            const r = Math.imul((x << 7) | (x >>> 25), 9) >>> 0;
            const t = s1 << 9;
            s2 ^= s0;
            s3 ^= s1;
            s1 ^= s2;
            s0 ^= s3;
            s2 ^= t;
            s3 = (s3 << 11) | (s3 >>> 21);
            const m = r * n;
            const hi = Math.floor(m * TWO_M32);
            if (m - hi * TWO_32 >= threshold) {
                counts[hi]++;
                i++;
            }
        }
        this.s0 = s0;
        this.s1 = s1;
        this.s2 = s2;
        this.s3 = s3;
    }
    /** A standard normal variate (Marsaglia's polar method; the second variate is kept for the next call). */
    normal() {
        if (this.spareNormal !== null) {
            const z = this.spareNormal;
            this.spareNormal = null;
            return z;
        }
        for (;;) {
            const u = 2 * this.nextFloat() - 1;
            const v = 2 * this.nextFloat() - 1;
            const s = u * u + v * v;
            if (s > 0 && s < 1) {
                const f = Math.sqrt((-2 * Math.log(s)) / s);
                this.spareNormal = v * f;
                return u * f;
            }
        }
    }
    /** A Binomial(n, p) variate for integer n >= 0 and p in [0, 1]. */
    binomial(n, p) {
        if (n <= 0 || p <= 0)
            return 0;
        if (p >= 1)
            return n;
        if (p > 0.5)
            return n - this.binomial(n, 1 - p);
        return n * p < 10 ? this.binomialInversion(n, p) : this.binomialBtrd(n, p);
    }
    /** Sequential search from 0 (the expected number of steps is about n·p + 1). */
    binomialInversion(n, p) {
        const q = 1 - p;
        const s = p / q;
        const a = (n + 1) * s;
        for (;;) {
            let r = q ** n;
            let u = this.nextFloat();
            let x = 0;
            while (u > r) {
                u -= r;
                x++;
                if (x > n)
                    break;
                r *= a / x - s;
            }
            if (x <= n)
                return x;
        }
    }
    /** BTRD: transformed rejection with decomposition, p <= 0.5 and n·p >= 10. */
    binomialBtrd(n, p) {
        const q = 1 - p;
        const spq = Math.sqrt(n * p * q);
        const b = 1.15 + 2.53 * spq;
        const a = -0.0873 + 0.0248 * b + 0.01 * p;
        const c = n * p + 0.5;
        const vr = 0.92 - 4.2 / b;
        const urvr = 0.86 * vr;
        const alpha = (2.83 + 5.1 / b) * spq;
        const m = Math.floor((n + 1) * p);
        const r = p / q;
        const nr = (n + 1) * r;
        const npq = n * p * q;
        for (;;) {
            let v = this.nextFloat();
            let u;
            if (v <= urvr) {
                u = v / vr - 0.43;
                return Math.floor(((2 * a) / (0.5 - Math.abs(u)) + b) * u + c);
            }
            if (v >= vr) {
                u = this.nextFloat() - 0.5;
            }
            else {
                u = v / vr - 0.93;
                u = Math.sign(u) * 0.5 - u;
                v = this.nextFloat() * vr;
            }
            const us = 0.5 - Math.abs(u);
            const k = Math.floor(((2 * a) / us + b) * u + c);
            if (k < 0 || k > n)
                continue;
            v = (v * alpha) / (a / (us * us) + b);
            const km = Math.abs(k - m);
            if (km <= 15) {
                // Recursive evaluation of f(k) / f(m).
                let f = 1;
                if (m < k) {
                    for (let i = m + 1; i <= k; i++)
                        f *= nr / i - r;
                }
                else if (m > k) {
                    for (let i = k + 1; i <= m; i++)
                        v *= nr / i - r;
                }
                if (v <= f)
                    return k;
                continue;
            }
            // Squeeze, then the exact log-ratio with Stirling corrections.
            v = Math.log(v);
            const rho = (km / npq) * (((km / 3 + 0.625) * km + 1 / 6) / npq + 0.5);
            const t = (-km * km) / (2 * npq);
            if (v < t - rho)
                return k;
            if (v > t + rho)
                continue;
            const nm = n - m + 1;
            const h = (m + 0.5) * Math.log((m + 1) / (r * nm)) + stirlingCorrection(m) + stirlingCorrection(n - m);
            const nk = n - k + 1;
            if (v <= h + (n + 1) * Math.log(nm / nk) + (k + 0.5) * Math.log((nk * r) / (k + 1)) - stirlingCorrection(k) - stirlingCorrection(n - k)) {
                return k;
            }
        }
    }
    /**
     * Multinomial(n, probs) counts written into `out` (same length as `probs`), by conditional
     * binomials: cell i gets Binomial(remaining n, probs[i] / remaining mass). `probs` need not be
     * normalised; cells with zero probability get 0 without a draw.
     */
    multinomial(n, probs, out) {
        let mass = 0;
        for (let i = 0; i < probs.length; i++)
            mass += probs[i];
        let left = n;
        for (let i = 0; i < probs.length; i++) {
            const pi = probs[i];
            if (left === 0 || pi <= 0) {
                out[i] = 0;
                continue;
            }
            const k = pi >= mass ? left : this.binomial(left, pi / mass);
            out[i] = k;
            left -= k;
            mass -= pi;
        }
        // Rounding of the running mass can strand a few trials; they belong to the last non-empty cell.
        if (left > 0) {
            for (let i = probs.length - 1; i >= 0; i--) {
                if (probs[i] > 0) {
                    out[i] = out[i] + left;
                    break;
                }
            }
        }
    }
    /** Advances the state by 2^64 steps (xoshiro128**'s jump polynomial). */
    jump() {
        const JUMP = [0x8764000b, 0xf542d2d3, 0x6fa035c3, 0x77f2db5b];
        let t0 = 0;
        let t1 = 0;
        let t2 = 0;
        let t3 = 0;
        for (const word of JUMP) {
            for (let b = 0; b < 32; b++) {
                if (word & (1 << b)) {
                    t0 ^= this.s0;
                    t1 ^= this.s1;
                    t2 ^= this.s2;
                    t3 ^= this.s3;
                }
                this.nextUint32();
            }
        }
        this.s0 = t0;
        this.s1 = t1;
        this.s2 = t2;
        this.s3 = t3;
        this.spareNormal = null;
    }
}
/** Largest accepted seed (Number.MAX_SAFE_INTEGER). */
const MAX_SEED = TWO_53 - 1;
/**
 * The generator for `seed` (integer in [0, 2^53 - 1]) and `stream` (small non-negative integer),
 * per the seed scheme in this module's header. Throws RangeError on other seeds.
 */
function createRng(seed, stream = 0) {
    if (!Number.isSafeInteger(seed) || seed < 0)
        throw new RangeError(`seed must be an integer in [0, 2^53 - 1], got ${seed}`);
    if (!Number.isSafeInteger(stream) || stream < 0 || stream > 1 << 20)
        throw new RangeError(`stream must be an integer in [0, 2^20], got ${stream}`);
    let state = BigInt(seed);
    let a;
    let b;
    [state, a] = splitMix64(state);
    [state, b] = splitMix64(state);
    const lo = (x) => Number(x & 0xffffffffn);
    const hi = (x) => Number(x >> 32n);
    const rng = new Xoshiro128(lo(a), hi(a), lo(b), hi(b));
    for (let k = 0; k < stream; k++)
        rng.jump();
    return rng;
}


/***/ })

};
