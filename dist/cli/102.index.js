export const id = 102;
export const ids = [102];
export const modules = {

/***/ 25102:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tz: () => (/* binding */ detectFormat),
/* harmony export */   aK: () => (/* binding */ readRows),
/* harmony export */   hL: () => (/* binding */ expandDataGlob)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4573);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38522);
/* harmony import */ var hyparquet__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(94428);
/* harmony import */ var hyparquet__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(51609);
/* harmony import */ var hyparquet__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(96367);
/* harmony import */ var hyparquet__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(82281);
/* harmony import */ var hyparquet_compressors__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(20138);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4522);
/* harmony import */ var _csv_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(55214);
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


/***/ })

};
