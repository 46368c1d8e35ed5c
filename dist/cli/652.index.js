export const id = 652;
export const ids = [652];
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
/* harmony import */ var _data_validate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62883);
/* harmony import */ var _data_drift_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(79012);
/* harmony import */ var _data_scan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(48806);
/* harmony import */ var _data_time_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(81477);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(51692);
/* harmony import */ var _html_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(23973);
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
