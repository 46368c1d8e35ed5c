export const id = 697;
export const ids = [697];
export const modules = {

/***/ 87652:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__),
/* harmony export */   parseAsOf: () => (/* binding */ parseAsOf)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4522);
/* harmony import */ var _lib_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41938);
/* harmony import */ var _data_validate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75941);
/* harmony import */ var _data_drift_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(79012);
/* harmony import */ var _data_scan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58666);
/* harmony import */ var _data_time_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(81477);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(51692);
/* harmony import */ var _html_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(56157);
/* harmony import */ var _report_data_report_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(90745);
/** validate-data adapter: inputs -> ValidateConfig -> validateData() -> outputs and summary. */









/** The `as-of` input: an ISO 8601 date or timestamp, as epoch milliseconds. */
function parseAsOf(text) {
    if (text === undefined)
        return undefined;
    const ms = (0,_data_time_js__WEBPACK_IMPORTED_MODULE_7__/* .parseTime */ .pe)(text);
    if (_data_time_js__WEBPACK_IMPORTED_MODULE_7__/* .parsedKind */ .qn < _data_time_js__WEBPACK_IMPORTED_MODULE_7__/* .DATE */ .vH)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`input 'as-of': '${text}' is not an ISO 8601 date or timestamp (e.g. 2016-01-01 or 2016-01-01T06:00:00Z)`);
    return ms;
}
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_types_js__WEBPACK_IMPORTED_MODULE_8__/* .defineAction */ .Q)({
    name: 'validate-data',
    parse(inputs) {
        const data = inputs.paths('data');
        const merge = inputs.paths('merge');
        if (data.length === 0 && merge.length === 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`input 'data' is required (or 'merge' to merge profiles)`);
        if (data.length > 0 && merge.length > 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`inputs 'data' and 'merge' cannot be used together`);
        const drift = inputs.pathOrInline('drift');
        const inferSchema = inputs.path('infer-schema');
        const config = {
            data,
            merge,
            format: inputs.choice('format', ['csv', 'tsv', 'jsonl', 'parquet']),
            schema: inputs.path('schema'),
            inferSchema,
            reference: inputs.path('reference'),
            drift: drift === undefined ? (0,_data_drift_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDriftSettings */ .ml)({}, 'defaults') : (0,_data_drift_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDriftSettings */ .ml)(...Object.values((0,_lib_files_js__WEBPACK_IMPORTED_MODULE_1__/* .readConfigInput */ .nt)(drift, 'drift'))),
            profile: inputs.path('profile'),
            shard: inputs.shard('shard'),
            // Inferring a schema writes the schema alone unless a report is asked for.
            report: inputs.path('report') ?? (inferSchema ? undefined : 'data-report.json'),
            markdown: inputs.path('markdown'),
            failOn: inputs.choice('fail-on', ['any', 'violations', 'drift', 'never']) ?? 'any',
            maxSamples: inputs.number('max-samples', { min: 0, integer: true }) ?? 100,
            annotations: inputs.number('annotations', { min: 0, integer: true }) ?? 10,
            naValues: (0,_data_scan_js__WEBPACK_IMPORTED_MODULE_4__/* .parseNaValues */ .vA)(inputs.list('na-values')),
            html: inputs.path('html'),
            workers: inputs.number('workers', { min: 1, max: 256, integer: true }),
            asOf: parseAsOf(inputs.string('as-of')),
            sensitive: inputs.list('sensitive'),
            label: inputs.string('label'),
            positiveLabel: inputs.string('positive-label'),
        };
        return Object.freeze(config);
    },
    async run(config, log) {
        const result = await (0,_data_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .validateData */ .l)(config, log, _report_data_report_js__WEBPACK_IMPORTED_MODULE_6__/* .dataReportMarkdown */ .m);
        (0,_html_js__WEBPACK_IMPORTED_MODULE_5__/* .writeHtml */ .Tn)(config.html, { title: 'modelgate: data validation', dataReport: result.report }, log);
        return {
            passed: result.passed,
            failure: result.failure,
            outputs: {
                passed: result.passed,
                rows: result.report.rows,
                violations: result.report.violations.count,
                'drifted-columns': result.report.drift.filter((d) => d.drifted).map((d) => d.column).join(','),
                report: config.report ?? '',
            },
            summary: result.markdown,
        };
    },
}));


/***/ }),

/***/ 28252:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fz: () => (/* binding */ STREAM_FAIRNESS),
/* harmony export */   Gv: () => (/* binding */ sensitiveColumns),
/* harmony export */   kp: () => (/* binding */ assign),
/* harmony export */   ks: () => (/* binding */ featureValue),
/* harmony export */   sb: () => (/* binding */ audit),
/* harmony export */   uK: () => (/* binding */ parseSensitive)
/* harmony export */ });
/* unused harmony exports OTHER, JOIN, METHODS, groupRows, groupCells */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4522);
/* harmony import */ var _metrics_intervals_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94685);
/* harmony import */ var _stats_distributions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51638);
/* harmony import */ var _stats_rng_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(91472);
/* harmony import */ var _measures_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(35330);
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
const STREAM_FAIRNESS = 7;
const METHODS = {
    groups: 'Wilson score interval per group rate',
    measures: "percentile bootstrap within groups (each group's confusion cells redrawn Multinomial(n_g, cells_g / n_g), group sizes fixed)",
};
/** A `sensitive` entry: `sex`, or `sex*race` for the intersection of two columns. */
function parseSensitive(entries) {
    return entries.map((name) => {
        const columns = name.split('*').map((c) => c.trim());
        if (columns.length > 2 || columns.some((c) => c === ''))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`input 'sensitive': '${name}' is not a column or the intersection of two columns written a*b`);
        return { name: columns.join('*'), columns };
    });
}
/** The columns `sensitive` reads, each once. */
function sensitiveColumns(entries) {
    return [...new Set(parseSensitive(entries).flatMap((e) => e.columns))];
}
/** A row's value of a feature: the column's value, or the two values joined. */
function featureValue(parts) {
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
    return assign(values, kept.map(([v]) => v), pooled);
}
/** Group ids of rows against known groups and pooled values (the paired tests reuse an evaluation's groups). */
function assign(values, names, pooled) {
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
    const z = (0,_stats_distributions_js__WEBPACK_IMPORTED_MODULE_2__/* .criticalValue */ .z7)(input.confidence);
    const rng = (0,_stats_rng_js__WEBPACK_IMPORTED_MODULE_3__/* .createRng */ .SZ)(input.seed, STREAM_FAIRNESS);
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
            const r = (0,_measures_js__WEBPACK_IMPORTED_MODULE_4__/* .groupRates */ .Vr)(cells, 4 * g);
            const c = cells.subarray(4 * g, 4 * g + 4);
            const [tn, fp, fn, tp] = [c[0], c[1], c[2], c[3]];
            const rate = (x, k, n) => ({ value: finite(x), ci: n > 0 ? (0,_metrics_intervals_js__WEBPACK_IMPORTED_MODULE_1__/* .wilsonInterval */ .YV)(k, n, z) : null });
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
        const point = (0,_measures_js__WEBPACK_IMPORTED_MODULE_4__/* .measuresOf */ .d6)(cells, G);
        const cis = G >= 2 ? (0,_measures_js__WEBPACK_IMPORTED_MODULE_4__/* .measureIntervals */ .VX)(cells, G, rng, input.resamples, input.confidence) : _measures_js__WEBPACK_IMPORTED_MODULE_4__/* .MEASURES */ .sF.map(() => null);
        if (G < 2)
            notes.push(`${G} group(s) with at least min-slice-rows (${input.minGroupRows}) rows: the measures across groups need two`);
        const measures = Object.fromEntries(_measures_js__WEBPACK_IMPORTED_MODULE_4__/* .MEASURES */ .sF.map((m, i) => {
            const p = point[m];
            const value = finite(p.value);
            return [m, { value, ci: value === null ? null : cis[i], groups: value === null ? null : [grouping.names[p.groups[0]], grouping.names[p.groups[1]]], rate: p.rate }];
        }));
        const di = measures.disparate_impact_ratio.value;
        return { name: f.name, columns: f.columns, groups, pooled: grouping.pooled, measures, fourFifths: di === null ? null : di >= 0.8, notes };
    });
    return { confidence: input.confidence, resamples: input.resamples, seed: input.seed, minGroupRows: input.minGroupRows, methods: METHODS, features };
}


/***/ }),

/***/ 90745:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ dataReportMarkdown)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29527);
/* harmony import */ var _charts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12043);


const SHOWN_PERIODS = 36;
/** A time column's rows per period, one table row per period (the first SHOWN_PERIODS). */
function overTime(c) {
    const t = c.time;
    const label = (start) => (t.unit === 'month' ? start.slice(0, 7) : t.unit === 'year' ? start.slice(0, 4) : t.unit === 'week' ? `week of ${start}` : start);
    const top = Math.max(1, ...t.periods.map((p) => p.count));
    const rows = t.periods.slice(0, SHOWN_PERIODS).map((p) => [label(p.start), p.count.toLocaleString('en-US'), '█'.repeat(Math.round((12 * p.count) / top)) || (p.count ? '▏' : '')]);
    const more = t.periods.length > SHOWN_PERIODS ? `\n\n_first ${SHOWN_PERIODS} of ${t.periods.length} ${t.unit}s shown_` : '';
    return `**${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(c.name)}** (${c.type}${t.zone === 'none' ? ', no time zone' : t.zone === 'mixed' ? ', some without a time zone' : ''}): ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(t.min)} → ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(t.max)}, rows per ${t.unit}\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)([t.unit, 'rows', ''], rows, ['l', 'r', 'l'])}${more}`;
}
/** Clarify's pre-training measures per group: values from data, escaped. */
function biasSection(b) {
    const ci = (c) => (c ? ` [${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(c[0], 3)}, ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(c[1], 3)}]` : '');
    const parts = b.features.map((f) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)([`${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(f.name, 80)}`, 'rows', `share ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(b.positiveLabel, 20)}`, 'class imbalance CI', 'DPL (others − group)'], f.groups.slice(0, 50).map((g) => [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(g.value, 40), String(g.rows), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(g.rows ? g.positives / g.rows : null, 3), `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(g.classImbalance.value, 3)}${ci(g.classImbalance.ci)}`, g.positiveProportionDifference.value === null ? '–' : `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(g.positiveProportionDifference.value, 3)}${ci(g.positiveProportionDifference.ci)}`]), ['l', 'r', 'r', 'r', 'r']));
    return [`#### Label bias by group (label ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(b.label, 60)}, positive ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(b.positiveLabel, 20)})`, '', ...parts.flatMap((p) => [p, '']), `<sub>${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(b.method, 400)}; ${Math.round(b.confidence * 100)}% intervals. CI near 1: the group is rare; DPL above 0: the group gets the positive label less often than the others.</sub>`].join('\n');
}
function dataReportMarkdown(r) {
    const out = [];
    const verdict = r.passed ? '✅ **Data validation passed**' : '❌ **Data validation failed**';
    const drifted = r.drift.filter((d) => d.drifted);
    out.push(`### ${verdict}`, '', `${r.rows.toLocaleString('en-US')} rows · ${r.columns.length} columns · ${r.violations.count.toLocaleString('en-US')} violations` +
        (r.datasetDrift ? ` · ${r.datasetDrift.driftedColumns} of ${r.datasetDrift.testedColumns} columns drifted (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .pct */ .Oe)(r.datasetDrift.share, 0)}; dataset drift at ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .pct */ .Oe)(r.datasetDrift.threshold, 0)})` : '') +
        (r.shard ? ` · shard ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(r.shard)}` : ''));
    if (r.violations.count > 0) {
        out.push('', '#### Violations', '');
        out.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['rule', 'count'], Object.entries(r.violations.byRule).sort((a, b) => b[1] - a[1]).map(([rule, n]) => [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(rule), String(n)]), ['l', 'r']));
        const rows = r.violations.samples.slice(0, 20).map((s) => [s.file ? `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(s.file)}${s.line ? `:${s.line}` : ''}` : '–', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(s.column ?? '–'), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(s.rule), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(s.message)]);
        out.push('', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['where', 'column', 'rule', 'message'], rows));
        if (r.violations.count > rows.length)
            out.push('', `_first ${rows.length} of ${r.violations.count.toLocaleString('en-US')} shown; the report keeps ${r.violations.samples.length} samples_`);
    }
    if (r.reference) {
        out.push('', `#### Drift against ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(r.reference.source)} (${r.reference.kind}, ${r.reference.rows.toLocaleString('en-US')} rows)`, '');
        const sorted = [...r.drift].sort((a, b) => Number(b.drifted) - Number(a.drifted));
        const rows = sorted.map((d) => {
            const m = d.moved[0];
            return [
                (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(d.column),
                d.drifted ? '🔴 drifted' : '🟢 stable',
                `${d.test}${d.method === 'sketch' ? ' (sketch)' : ''}`,
                (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(d.statistic) + (d.errorBound !== undefined ? ` ±${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(d.errorBound, 2)}` : ''),
                d.pValue !== undefined ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(d.pValue, 3) : '–',
                (d.pValue !== undefined ? 'p < ' : '≥ ') + (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(d.threshold),
                (m ? `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(m.label, 40)}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .pct */ .Oe)(m.reference)} → ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .pct */ .Oe)(m.current)}` : '–') + (d.newValues?.length ? `; new: ${d.newValues.map((v) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(v, 24)).join(', ')}` : ''),
            ];
        });
        out.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['column', 'verdict', 'test', 'statistic', 'p-value', 'drift when', 'moved most'], rows));
        out.push(...(0,_charts_js__WEBPACK_IMPORTED_MODULE_1__/* .driftDetails */ .m)(r.drift));
        if (r.timeCoverage?.length) {
            out.push('', '**Time coverage** (time columns are compared by the period they span, not tested for drift)', '');
            out.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['column', 'reference', 'current', 'overlap', 'current rows in the reference period'], r.timeCoverage.map((t) => [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(t.column), `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(t.reference.min)} → ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(t.reference.max)}`, `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(t.current.min)} → ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(t.current.max)}`, t.overlap ? `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(t.overlap.min)} → ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(t.overlap.max)}` : 'none', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .pct */ .Oe)(t.currentShare)])));
        }
        if (r.driftSkipped.length)
            out.push('', r.driftSkipped.map((s) => `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(s.column)} not tested: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(s.reason, 200)}`).join('\n'));
        const sd = r.schemaDrift;
        if (sd && (sd.newColumns.length || sd.missingColumns.length || sd.typeChanges.length)) {
            out.push('', '**Schema drift**', '');
            if (sd.missingColumns.length)
                out.push(`- missing columns: ${sd.missingColumns.map((c) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(c)).join(', ')}`);
            if (sd.newColumns.length)
                out.push(`- new columns: ${sd.newColumns.map((c) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(c)).join(', ')}`);
            for (const t of sd.typeChanges)
                out.push(`- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(t.column)}: ${t.reference} → ${t.current}`);
        }
        if (drifted.length)
            out.push('', drifted.map((d) => `- **${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(d.column)}**: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(d.explanation, 300)}`).join('\n'));
    }
    const colRows = r.columns.map((c) => [
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(c.name),
        c.type,
        c.count.toLocaleString('en-US'),
        c.nulls ? `${c.nulls.toLocaleString('en-US')} (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .pct */ .Oe)(c.nulls / Math.max(1, c.count + c.nulls))})` : '0',
        `${c.distinctExact ? '' : '~'}${c.distinct.toLocaleString('en-US')}`,
        c.time ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(c.time.min) : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(c.min),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(c.quantiles?.p50),
        c.time ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(c.time.max) : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(c.max),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(c.mean),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(c.std),
        c.type === 'string' || c.type === 'boolean' ? c.topValues.slice(0, 3).map((t) => `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .esc */ .UQ)(t.value, 24)} (${t.estimated ? `${t.count - (t.error ?? 0)}–${t.count}, estimated` : t.count})`).join(', ') : '',
    ]);
    if (r.bias)
        out.push('', biasSection(r.bias));
    out.push('', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .details */ .zH)(`Column profile (${r.columns.length} columns)`, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['column', 'type', 'count', 'nulls', 'distinct', 'min', 'median', 'max', 'mean', 'std', 'top values'], colRows)));
    const timed = r.columns.filter((c) => c.time);
    if (timed.length)
        out.push('', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .details */ .zH)(`Over time (${timed.length} date/time column${timed.length === 1 ? '' : 's'})`, timed.map(overTime).join('\n\n')));
    return out.join('\n') + '\n';
}


/***/ })

};
