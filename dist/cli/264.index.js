export const id = 264;
export const ids = [264];
export const modules = {

/***/ 10264:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lc: () => (/* binding */ parseTimeSplit),
/* harmony export */   Nj: () => (/* binding */ TimeSplitter),
/* harmony export */   bC: () => (/* binding */ leakageWarning)
/* harmony export */ });
/* harmony import */ var _lib_files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41938);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4522);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81477);
/**
 * Time-aware splits: `split-by: <time column>` with `split-at: <cut-off>` keeps, for training, the
 * rows before the cut-off and, for evaluation, the rows at or after it, so a model is evaluated on
 * rows later than those it learnt from. The column holds ISO 8601 text (CSV, JSON Lines) or a
 * Parquet DATE / TIMESTAMP (epoch milliseconds); a row whose time is missing or not a date is
 * skipped and counted. The span of the rows kept is recorded (train-manifest.json's
 * `params.builtin.time-range`, evaluation.json's `timeRange`), so compare-to-baseline can warn when
 * evaluation rows are older than training rows (leakage).
 */



/** `split-by` and `split-at` inputs: both or neither; the cut-off is ISO 8601. */
function parseTimeSplit(splitBy, splitAt) {
    if (splitBy === undefined && splitAt === undefined)
        return undefined;
    if (splitBy === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`input 'split-at' needs 'split-by' (the time column to split on)`);
    if (splitAt === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`input 'split-by' needs 'split-at' (the cut-off: an ISO 8601 date or timestamp)`);
    const at = (0,_time_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTime */ .pe)(splitAt);
    if (_time_js__WEBPACK_IMPORTED_MODULE_2__/* .parsedKind */ .qn < _time_js__WEBPACK_IMPORTED_MODULE_2__/* .DATE */ .vH)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`input 'split-at': '${splitAt}' is not an ISO 8601 date or timestamp (e.g. 2015-01-01 or 2015-01-01T00:00:00Z)`);
    return { column: splitBy, at };
}
/** Decides row by row which side of the cut-off a row is on, and keeps the span of the rows kept. */
class TimeSplitter {
    config;
    side;
    index = -1;
    parquetKind = 0;
    min = Infinity;
    max = -Infinity;
    minKind = _time_js__WEBPACK_IMPORTED_MODULE_2__/* .DATE */ .vH;
    maxKind = _time_js__WEBPACK_IMPORTED_MODULE_2__/* .DATE */ .vH;
    otherSide = 0;
    noTime = 0;
    constructor(config, side) {
        this.config = config;
        this.side = side;
    }
    /** The header: finds the column (a ConfigurationError naming `split-by` when it is not there). */
    header(columns, file, timeKinds) {
        this.index = columns.indexOf(this.config.column);
        if (this.index < 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`input 'split-by': no column '${this.config.column}' in ${file} (columns: ${(0,_lib_files_js__WEBPACK_IMPORTED_MODULE_0__/* .showColumns */ .pP)(columns)})`);
        const k = timeKinds?.[this.index];
        this.parquetKind = k === 'date' ? _time_js__WEBPACK_IMPORTED_MODULE_2__/* .DATE */ .vH : k === 'date-time-naive' ? _time_js__WEBPACK_IMPORTED_MODULE_2__/* .DATE_TIME_NAIVE */ .jV : k ? 3 : 0;
    }
    /** True when the row is on the kept side. */
    keep(cells) {
        const v = cells[this.index];
        let ms;
        let kind;
        if (typeof v === 'number' && this.parquetKind) {
            ms = v;
            kind = this.parquetKind;
        }
        else if (typeof v === 'string') {
            ms = (0,_time_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTime */ .pe)(v.trim());
            kind = _time_js__WEBPACK_IMPORTED_MODULE_2__/* .parsedKind */ .qn;
            if (kind < _time_js__WEBPACK_IMPORTED_MODULE_2__/* .DATE */ .vH) {
                this.noTime++;
                return false;
            }
        }
        else {
            this.noTime++;
            return false;
        }
        const before = ms < this.config.at;
        if (before !== (this.side === 'before')) {
            this.otherSide++;
            return false;
        }
        if (ms < this.min) {
            this.min = ms;
            this.minKind = kind;
        }
        if (ms > this.max) {
            this.max = ms;
            this.maxKind = kind;
        }
        return true;
    }
    range() {
        const show = (ms, kind) => (0,_time_js__WEBPACK_IMPORTED_MODULE_2__/* .formatTime */ .fU)(ms, kind === _time_js__WEBPACK_IMPORTED_MODULE_2__/* .DATE */ .vH, kind === _time_js__WEBPACK_IMPORTED_MODULE_2__/* .DATE_TIME_NAIVE */ .jV);
        return {
            column: this.config.column,
            splitAt: (0,_time_js__WEBPACK_IMPORTED_MODULE_2__/* .formatTime */ .fU)(this.config.at),
            side: this.side,
            min: Number.isFinite(this.min) ? show(this.min, this.minKind) : null,
            max: Number.isFinite(this.max) ? show(this.max, this.maxKind) : null,
            otherSide: this.otherSide,
            noTime: this.noTime,
        };
    }
}
/**
 * The leakage check: evaluation rows older than the newest training row. Returns the warning, or
 * null when the evaluation rows all come after the training rows (or a side has no range).
 */
function leakageWarning(train, evaluation) {
    if (!train?.max || !evaluation?.min)
        return null;
    const t = (0,_time_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTime */ .pe)(train.max);
    const e = (0,_time_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTime */ .pe)(evaluation.min);
    if (!(e < t))
        return null;
    return `leakage: evaluation rows start at ${evaluation.min} (${evaluation.column}), before the newest training row (${train.max}, ${train.column}); the model was evaluated on rows from a period it was trained on`;
}


/***/ })

};
