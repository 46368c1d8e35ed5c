export const id = 710;
export const ids = [710,264];
export const modules = {

/***/ 60710:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ compare_to_baseline)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./.build/js/src/lib/files.js
var files = __webpack_require__(41938);
// EXTERNAL MODULE: ./.build/js/src/errors.js
var errors = __webpack_require__(4522);
// EXTERNAL MODULE: ./.build/js/src/gates/run.js
var run = __webpack_require__(3931);
// EXTERNAL MODULE: ./.build/js/src/actions/types.js
var types = __webpack_require__(51692);
// EXTERNAL MODULE: ./.build/js/src/actions/compare-github.js
var compare_github = __webpack_require__(60668);
// EXTERNAL MODULE: ./.build/js/src/actions/html.js + 3 modules
var html = __webpack_require__(23973);
// EXTERNAL MODULE: ./.build/js/src/report/data-report.js
var data_report = __webpack_require__(90745);
// EXTERNAL MODULE: ./.build/js/src/report/markdown.js
var markdown = __webpack_require__(29527);
// EXTERNAL MODULE: ./.build/js/src/report/charts.js
var charts = __webpack_require__(12043);
// EXTERNAL MODULE: ./.build/js/src/report/fairness.js
var report_fairness = __webpack_require__(67199);
// EXTERNAL MODULE: ./.build/js/src/report/sweep.js
var sweep = __webpack_require__(61100);
;// CONCATENATED MODULE: ./.build/js/src/report/comparison.js





const sign = (x) => (x > 0 ? '+' : x < 0 ? '−' : '±');
const signed = (x, digits = 4) => (x === null ? '–' : `${sign(x)}${(0,markdown/* fmt */.Sc)(Math.abs(x), digits)}`);
const pval = (p) => (p === null ? '–' : p < 0.0001 ? '<0.0001' : p.toPrecision(2));
/** A GitHub login as a mention (bots too: `name[bot]`); anything else is escaped text. */
function login(by) {
    return /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/.test(by) ? `@${by}` : (0,markdown/* esc */.UQ)(by, 60);
}
function gateCell(results) {
    if (!results.length)
        return '';
    const failed = results.filter((r) => !r.passed);
    if (failed.length)
        return `❌ ${failed.map((f) => (0,markdown/* esc */.UQ)(f.rule)).join(', ')}`;
    return results.some((r) => r.underpowered || r.warning) ? `⚠️ ${results.map((r) => (0,markdown/* esc */.UQ)(r.rule)).join(', ')}` : `✅ ${results.map((r) => (0,markdown/* esc */.UQ)(r.rule)).join(', ')}`;
}
function gateRow(g) {
    return [
        `\`${g.metric}\`${g.slice ? ` [${(0,markdown/* esc */.UQ)(g.slice.column)} = ${(0,markdown/* esc */.UQ)(g.slice.value, 40)}]` : ''}${g.sensitive !== undefined ? ` [${(0,markdown/* esc */.UQ)(g.sensitive, 80)}]` : ''}`,
        (0,markdown/* esc */.UQ)(g.rule),
        (0,markdown/* fmt */.Sc)(g.baseline),
        (0,markdown/* fmt */.Sc)(g.candidate),
        g.delta === null ? '–' : `${signed(g.delta)}${g.ci ? ` [${(0,markdown/* fmt */.Sc)(g.ci[0], 3)}, ${(0,markdown/* fmt */.Sc)(g.ci[1], 3)}]` : ''}`,
        pval(g.adjustedPValue),
        g.passed ? (g.underpowered || g.warning ? '⚠️ pass' : '✅ pass') : '❌ fail',
        (0,markdown/* esc */.UQ)(g.reason, 300),
    ];
}
/** Up to three headline metrics the comparison reports, for the per-slice table. */
function sliceMetricNames(c) {
    return c.metrics.map((m) => m.metric).slice(0, 3);
}
/** Candidate value with its change from the baseline's value, "0.91 (+0.02)"; no change, no parenthesis. */
function withDelta(candidate, baseline) {
    if (candidate === null || candidate === undefined)
        return '–';
    return baseline === null || baseline === undefined || candidate === baseline ? (0,markdown/* fmt */.Sc)(candidate) : `${(0,markdown/* fmt */.Sc)(candidate)} (${signed(candidate - baseline, 3)})`;
}
/** Every slice of the candidate with its metrics, and the change from the baseline's same slice. */
function sliceMetricsTable(c, ctx) {
    const names = sliceMetricNames(c);
    const rows = ctx.candidate.slices.map((s) => {
        const b = ctx.baseline?.slices.find((x) => x.column === s.column && x.value === s.value);
        const cells = s.metrics ? names.map((m) => withDelta(s.metrics[m]?.value, b?.metrics?.[m]?.value)) : names.map((_, i) => (i === 0 ? (0,markdown/* esc */.UQ)(s.skipped ?? 'not computed', 120) : ''));
        return [(0,markdown/* esc */.UQ)(s.column), (0,markdown/* esc */.UQ)(s.value, 40), String(s.rows), ...cells];
    });
    return (0,markdown/* table */.tp)(['column', 'value', 'rows', ...names.map((m) => `\`${m}\`${ctx.baseline ? ' (Δ)' : ''}`)], rows, ['l', 'l', 'r', ...names.map(() => 'r')]);
}
/**
 * Multiclass: precision, recall and F1 per class with their change from the baseline, and the
 * confusion matrix as candidate counts with the change per cell (rows: true class).
 */
function perClassSection(ctx) {
    const cand = ctx.candidate;
    if (cand.task !== 'multiclass' || !cand.tables.perClass?.length)
        return undefined;
    const base = ctx.baseline?.task === 'multiclass' && JSON.stringify(ctx.baseline.classes) === JSON.stringify(cand.classes) ? ctx.baseline : undefined;
    const rows = cand.tables.perClass.map((k) => {
        const b = base?.tables.perClass?.find((x) => x.class === k.class);
        return [(0,markdown/* esc */.UQ)(k.class, 40), String(k.support), withDelta(k.precision, b?.precision), withDelta(k.recall, b?.recall), withDelta(k.f1, b?.f1)];
    });
    const out = [(0,markdown/* table */.tp)(['class', 'support', ...['precision', 'recall', 'f1'].map((m) => (base ? `${m} (Δ)` : m))], rows, ['l', 'r', 'r', 'r', 'r'])];
    const cm = cand.tables.confusion;
    const classes = cand.classes;
    if (cm && classes.length <= 12 && cm.length === classes.length) {
        const bm = base?.tables.confusion;
        const cell = (i, j) => {
            const v = cm[i]?.[j] ?? 0;
            const d = bm ? v - (bm[i]?.[j] ?? 0) : 0;
            return bm && d !== 0 ? `${v} (${d > 0 ? '+' : '−'}${Math.abs(d)})` : String(v);
        };
        out.push(`Confusion matrix (rows: true class, columns: predicted)${bm ? ', candidate counts with the change from the baseline' : ''}:`, (0,markdown/* table */.tp)(['', ...classes.map((k) => (0,markdown/* esc */.UQ)(k, 20))], classes.map((k, i) => [`**${(0,markdown/* esc */.UQ)(k, 20)}**`, ...classes.map((_, j) => cell(i, j))]), ['l', ...classes.map(() => 'r')]));
    }
    return out.join('\n\n');
}
function comparisonMarkdown(c, ctx) {
    const out = [];
    const icon = c.passed === null ? 'ℹ️' : c.passed ? '✅' : '❌';
    out.push(`## ${icon} modelgate: ${(0,markdown/* esc */.UQ)(c.verdict, 300)}`);
    const meta = [
        `${c.policy}`,
        `${Math.round(c.confidence * 100)}% confidence`,
        `${c.correction === 'none' ? 'no correction' : `${c.correction === 'holm' ? 'Holm' : 'Benjamini-Hochberg'} across ${c.gates.filter((g) => g.pValue !== null).length} tests`}`,
        (0,markdown/* esc */.UQ)(c.pairing),
    ];
    out.push('', `<sub>${meta.join(' · ')}</sub>`);
    if (c.override?.accepted.length) {
        out.push('', c.override.accepted.map((o) => `> **Override:** \`${o.metric}\` accepted by ${login(o.by)} — ${(0,markdown/* esc */.UQ)(o.reason, 200)}`).join('\n'));
    }
    const failed = c.gates.filter((g) => !g.passed);
    if (failed.length) {
        out.push('', '### Failed gates', '', (0,markdown/* table */.tp)(['metric', 'rule', 'baseline', 'candidate', 'Δ [interval]', 'adj. p', '', 'why'], failed.map(gateRow)));
    }
    const byMetric = new Map();
    for (const g of c.gates)
        if (!g.slice && g.sensitive === undefined)
            byMetric.set(g.metric, [...(byMetric.get(g.metric) ?? []), g]);
    const rows = c.metrics.map((m) => [
        `\`${m.metric}\``,
        (0,markdown/* fmt */.Sc)(m.baseline),
        (0,markdown/* fmt */.Sc)(m.candidate),
        m.delta === null ? '–' : `${signed(m.delta)}${m.ci ? ` [${(0,markdown/* fmt */.Sc)(m.ci[0], 3)}, ${(0,markdown/* fmt */.Sc)(m.ci[1], 3)}]` : ''}`,
        pval(m.pValue),
        gateCell(byMetric.get(m.metric) ?? []),
    ]);
    out.push('', (0,markdown/* table */.tp)(['metric', 'baseline', 'candidate', 'Δ [interval]', 'p', 'gate'], rows, ['l', 'r', 'r', 'l', 'r', 'l']));
    // Passed gates to look at: a point value beyond its bound, or a margin the set cannot resolve.
    const flagged = c.gates.filter((g) => g.passed && !g.slice && g.sensitive === undefined && (g.warning || g.underpowered));
    if (flagged.length)
        out.push('', flagged.map((g) => `- ⚠️ \`${g.metric}\` ${(0,markdown/* esc */.UQ)(g.rule)}: ${(0,markdown/* esc */.UQ)(g.reason, 400)}`).join('\n'));
    if (c.notes.length)
        out.push('', c.notes.map((n) => `- ${(0,markdown/* esc */.UQ)(n, 300)}`).join('\n'));
    const sliceGates = c.gates.filter((g) => g.slice);
    if (sliceGates.length || ctx.candidate.slices.length) {
        const body = [
            sliceGates.length ? (0,markdown/* table */.tp)(['metric', 'rule', 'baseline', 'candidate', 'Δ [interval]', 'adj. p', '', 'why'], sliceGates.map(gateRow)) : '',
            ctx.candidate.slices.length ? sliceMetricsTable(c, ctx) : '',
        ].filter(Boolean);
        out.push('', (0,markdown/* details */.zH)(`Slices (${sliceGates.length ? `${sliceGates.filter((g) => !g.passed).length} failed of ${sliceGates.length}` : ctx.candidate.slices.length})`, body.join('\n\n')));
    }
    const fairness = (0,report_fairness/* fairnessSection */.X8)(c, ctx.candidate, ctx.baseline);
    if (fairness)
        out.push('', fairness);
    const importance = (0,report_fairness/* importanceSection */.Oj)(ctx.candidate, ctx.baseline);
    if (importance)
        out.push('', importance);
    const perClass = perClassSection(ctx);
    if (perClass)
        out.push('', (0,markdown/* details */.zH)('Per class', perClass));
    if (ctx.dataReport)
        out.push('', (0,markdown/* details */.zH)(`Data validation and drift (${ctx.dataReport.passed ? 'passed' : 'failed'})`, (0,data_report/* dataReportMarkdown */.m)(ctx.dataReport)));
    if (ctx.training) {
        const t = ctx.training;
        const diff = t.paramsDiff.length
            ? (0,markdown/* table */.tp)(['param', 'baseline', 'candidate'], t.paramsDiff.map((d) => [(0,markdown/* esc */.UQ)(d.key), (0,markdown/* esc */.UQ)(JSON.stringify(d.old ?? null)), (0,markdown/* esc */.UQ)(JSON.stringify(d.new ?? null))]))
            : 'No parameter changed.';
        if (t.leakage)
            out.push('', `> ⚠️ ${(0,markdown/* esc */.UQ)(t.leakage, 400)}`);
        out.push('', (0,markdown/* details */.zH)(`Training (${t.cacheHit ? 'cache hit: not retrained' : `retrained${t.durationSeconds !== undefined ? ` in ${(0,markdown/* fmt */.Sc)(t.durationSeconds, 3)} s` : ''}`})`, diff));
    }
    if (ctx.sweep) {
        // The candidate's evaluation is the chosen variant's held-out test score.
        const m = ctx.candidate.metrics[ctx.sweep.metric];
        const test = m ? { value: m.value, ci: m.ci ? [m.ci[0], m.ci[1]] : null } : undefined;
        out.push('', (0,markdown/* details */.zH)(`Sweep (${ctx.sweep.ranking.length} variants; ${(0,markdown/* esc */.UQ)(ctx.sweep.winner.variant, 20)} chosen on validation)`, `${(0,sweep/* sweepHeadline */.bm)(ctx.sweep, test)}\n\n${(0,sweep/* leaderboard */.W2)(ctx.sweep)}`));
    }
    const lat = (e) => (e ? [(0,markdown/* fmt */.Sc)(e.latency.p50Ms, 3), (0,markdown/* fmt */.Sc)(e.latency.p95Ms, 3), Math.round(e.latency.rowsPerSecond).toLocaleString('en-US')] : ['–', '–', '–']);
    out.push('', (0,markdown/* details */.zH)('Latency', (0,markdown/* table */.tp)(['', 'p50 ms / batch', 'p95 ms / batch', 'rows/s'], [['baseline', ...lat(ctx.baseline)], ['candidate', ...lat(ctx.candidate)]])));
    out.push(...(0,charts/* comparisonCharts */.b)(c));
    const links = [ctx.runUrl ? `[workflow run](${ctx.runUrl})` : '', ctx.artifactsUrl ? `[artifacts](${ctx.artifactsUrl})` : ''].filter(Boolean);
    out.push('', `<sub>candidate model \`${c.candidate.model.slice(0, 12)}\`${c.baseline ? ` · baseline \`${c.baseline.model.slice(0, 12)}\`` : ''} · ${c.rows.toLocaleString('en-US')} rows${links.length ? ` · ${links.join(' · ')}` : ''}</sub>`);
    return out.join('\n') + '\n';
}

// EXTERNAL MODULE: ./.build/js/src/train/manifest.js + 1 modules
var manifest = __webpack_require__(30006);
// EXTERNAL MODULE: ./.build/js/src/data/time-split.js
var time_split = __webpack_require__(10264);
;// CONCATENATED MODULE: ./.build/js/src/actions/compare-training.js
/** The training section of the PR comment: cache hit and the params diff against the baseline's manifest. */



/**
 * The leakage check of a time split: the candidate's evaluation rows (evaluation.json `timeRange`)
 * against its training rows (the manifest's `params.values.builtin.time-range`). Null when either
 * has no time range or the evaluation rows all come after the training rows.
 */
function leakageSection(manifestPath, evaluationPath) {
    const builtin = (0,manifest/* readTrainManifest */.cv)(manifestPath).params?.values?.builtin;
    const trained = builtin?.['time-range'] && builtin['split-by'] ? { column: builtin['split-by'], ...builtin['time-range'] } : undefined;
    let evaluated;
    try {
        evaluated = JSON.parse((0,external_node_fs_.readFileSync)(evaluationPath, 'utf8')).timeRange;
    }
    catch {
        return null; // the comparison itself reports an unreadable evaluation
    }
    return (0,time_split/* leakageWarning */.bC)(trained, evaluated);
}
function paramsDiffSection(candidatePath, baselinePath) {
    const candidate = (0,manifest/* readTrainManifest */.cv)(candidatePath);
    const baseline = baselinePath ? (0,manifest/* readTrainManifest */.cv)(baselinePath) : undefined;
    const diff = baseline ? (0,manifest/* diffManifestParams */.Px)(baseline, candidate) : [];
    return {
        cacheHit: candidate.cacheHit,
        durationSeconds: candidate.commandDurationMs === null ? undefined : candidate.commandDurationMs / 1000,
        paramsDiff: diff.map((d) => ({ key: d.key, old: d.old, new: d.new })),
    };
}

// EXTERNAL MODULE: ./.build/js/src/experiments/sweep-results.js
var sweep_results = __webpack_require__(42545);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./.build/js/src/registry/pull-input.js
var pull_input = __webpack_require__(71059);
// EXTERNAL MODULE: ./.build/js/src/gates/paired-data.js
var paired_data = __webpack_require__(7302);
;// CONCATENATED MODULE: ./.build/js/src/gates/registry-baseline.js
/**
 * A baseline named by a registry reference (`oci-layout://models/churn:production`). Its stored
 * evaluation is used when it ran on the candidate's data (same data digest and label) and its
 * per-row predictions were stored with it; otherwise the baseline model is pulled and evaluated on
 * the candidate's rows with the candidate's settings, so the comparison stays paired, fed the columns
 * its stored evaluation records (`feed`) for a single-tensor model.
 */






/** The stored evaluation.json of a version (with its predictions beside it). */
async function evaluationFromRegistry(ref, input) {
    const pulled = await (0,pull_input/* pullVersion */.kI)(ref, input, { withModel: false, withEvaluation: true });
    if (!pulled.evaluation)
        throw new errors/* DataError */.fL(`input '${input}': ${ref} holds no evaluation.json`);
    return pulled.evaluation;
}
async function baselineFromRegistry(ref, candidatePath, log) {
    const candidate = (0,run/* loadEvaluation */.X)(candidatePath, 'candidate');
    const pulled = await (0,pull_input/* pullVersion */.kI)(ref, 'baseline', { withModel: false, withEvaluation: true });
    const stored = pulled.evaluation ? (0,run/* loadEvaluation */.X)(pulled.evaluation, 'baseline') : undefined;
    if (pulled.evaluation && stored) {
        let predictions;
        try {
            predictions = (0,paired_data/* predictionsFile */.Zj)(stored, pulled.evaluation);
        }
        catch {
            predictions = undefined;
        }
        if (stored.data.sha256 === candidate.data.sha256 && stored.label === candidate.label && predictions && (0,external_node_fs_.existsSync)(predictions)) {
            log.info(`baseline ${ref}: its stored evaluation ran on the candidate's data; pairing with it`);
            return pulled.evaluation;
        }
    }
    log.info(`baseline ${ref}: its stored evaluation ran on other data (or has no predictions); evaluating the baseline model on the candidate's rows so the comparison stays paired`);
    const withModel = await (0,pull_input/* pullVersion */.kI)(ref, 'baseline', { withModel: true, withEvaluation: false });
    const { evaluate } = await Promise.all(/* import() */[__webpack_require__.e(181), __webpack_require__.e(88)]).then(__webpack_require__.bind(__webpack_require__, 1088));
    const out = (0,external_node_path_.join)(withModel.dir, 'evaluation.json');
    await evaluate({
        model: withModel.model,
        data: candidate.data.sources,
        merge: [],
        label: candidate.label,
        task: candidate.task,
        // A tensor model takes its columns in the order its registered evaluation fed them.
        features: stored?.feed?.mode === 'tensor' ? stored.feed.features : undefined,
        ignore: [],
        positiveLabel: candidate.positiveLabel ?? undefined,
        threshold: candidate.threshold ?? 0.5,
        scoreType: 'auto',
        sliceBy: [...new Set(candidate.slices.map((s) => s.column))],
        // The same sensitive features, so the fairness gates pair the two models' groups row by row.
        sensitive: candidate.fairness?.features.map((f) => f.name) ?? [],
        minSliceRows: candidate.fairness?.minGroupRows ?? 30,
        confidence: candidate.confidence,
        bootstrap: candidate.bootstrap?.resamples ?? 1000,
        seed: candidate.bootstrap?.seed ?? 0,
        batchSize: 4096,
        out,
    }, log);
    return out;
}

// EXTERNAL MODULE: ./.build/js/src/report/mermaid.js
var mermaid = __webpack_require__(72435);
;// CONCATENATED MODULE: ./.build/js/src/report/registry-history.js
/**
 * The PR comment's history section: the gated metrics across the last registered versions and
 * this pull request's candidate, as a compact table and a mermaid line chart (GitHub renders
 * `xychart-beta`). Version tags and aliases are tags (a safe alphabet); metric names are escaped.
 */


function historySection(versions, metrics, candidate) {
    if (!versions.length || !metrics.length)
        return '';
    const rows = versions.map((v) => [v.version + (v.aliases.length ? ` (${v.aliases.map((a) => (0,markdown/* esc */.UQ)(a)).join(', ')})` : ''), (0,markdown/* esc */.UQ)(v.status ?? ''), ...metrics.map((m) => (0,markdown/* fmt */.Sc)(v.metrics[m]))]);
    rows.push(['**this PR**', '', ...metrics.map((m) => `**${(0,markdown/* fmt */.Sc)(candidate[m])}**`)]);
    const out = [(0,markdown/* table */.tp)(['version', 'status', ...metrics.map((m) => (0,markdown/* esc */.UQ)(m))], rows, ['l', 'l', ...metrics.map(() => 'r')])];
    // The chart is mermaid.ts's, with its whitelist for text from data; the first two metrics only.
    out.push(...(0,mermaid/* historyCharts */.qF)([...versions.map((v) => ({ version: v.version, metrics: v.metrics })), { version: 'PR', metrics: candidate }], metrics.slice(0, 2)));
    return '\n\n' + (0,markdown/* details */.zH)(`History: ${metrics.map((m) => (0,markdown/* esc */.UQ)(m)).join(', ')} over the last ${versions.length} registered version(s)`, out.join('\n\n'));
}

;// CONCATENATED MODULE: ./.build/js/src/actions/compare-history.js


async function withRegistryHistory(ref, comparison, markdown, render, log, last = 10) {
    let section = '';
    try {
        const versions = await (0,pull_input/* recentVersions */.n6)(ref, last);
        const overall = comparison.gates.filter((g) => !g.slice);
        const metrics = [...new Set(overall.map((g) => g.metric))];
        const candidate = Object.fromEntries(overall.map((g) => [g.metric, g.candidate]));
        section = historySection(versions, metrics, candidate);
    }
    catch (e) {
        // The history is context, not the verdict: a registry that cannot be listed leaves it out.
        log.warning(`no version history in the comment: ${e.message}`);
    }
    return { markdown: markdown + section, render: (c) => render(c) + section };
}

;// CONCATENATED MODULE: ./.build/js/src/actions/compare-to-baseline.js
/**
 * compare-to-baseline adapter: inputs -> CompareConfig -> runCompare() -> artifacts, outputs and
 * summary -> then GitHub (comment, check). The verdict reaches the outputs, the summary and the
 * files before any call that posts to GitHub is made, so an outage or a hanging API cannot hide
 * it; publishing has its own time budget (`publish-timeout`) and fails the step only when
 * `fail-on-publish-error` says so.
 */













function failedNames(c) {
    return c.gates
        .filter((g) => !g.passed)
        .map((g) => g.metric + (g.slice ? `[${g.slice.column}=${g.slice.value}]` : ''))
        .join(',');
}
/* harmony default export */ const compare_to_baseline = ((0,types/* defineAction */.Q)({
    name: 'compare-to-baseline',
    secrets: ['github-token'],
    parse(inputs) {
        const mode = inputs.choice('mode', ['compare', 'publish']) ?? 'compare';
        const ctx = (0,compare_github/* githubContext */.h4)();
        const config = {
            mode,
            candidate: mode === 'compare' ? (inputs.path('candidate') ?? inputs.required('candidate')) : (inputs.path('candidate') ?? ''),
            baseline: inputs.path('baseline'),
            gates: inputs.pathOrInline('gates'),
            confidence: inputs.number('confidence', { min: 0.5, max: 0.9999 }),
            correction: inputs.choice('correction', ['holm', 'bh', 'none']),
            bootstrap: inputs.number('bootstrap', { min: 100, max: 100000, integer: true }) ?? 2000,
            seed: inputs.number('seed', { min: 0, integer: true }) ?? 0,
            dataReport: inputs.path('data-report'),
            trainManifest: inputs.path('train-manifest'),
            baselineManifest: inputs.path('baseline-manifest'),
            sweepReport: inputs.path('sweep-report'),
            comment: inputs.boolean('comment', mode === 'publish' || ctx.eventName === 'pull_request' || ctx.eventName === 'pull_request_target'),
            out: inputs.path('out') ?? 'comparison.json',
            commentFile: inputs.path('comment-file') ?? 'comparison.md',
            failOnGate: inputs.boolean('fail-on-gate', true),
            failOnPublishError: inputs.boolean('fail-on-publish-error', mode === 'publish'),
            publishTimeout: inputs.number('publish-timeout', { min: 1, max: 3600 }) ?? 120,
            html: inputs.path('html'),
            runUrl: ctx.runUrl,
            github: { token: inputs.string('github-token'), checkName: inputs.string('check-name') ?? 'modelgate', ...ctx },
        };
        if (mode === 'publish' && !(0,external_node_fs_.existsSync)(config.out))
            throw new errors/* ConfigurationError */.j1(`mode publish: input 'out' must name the comparison.json downloaded from the pull_request run; not found: ${config.out}`);
        return Object.freeze(config);
    },
    async run(config, log) {
        let comparison;
        let markdown;
        let pr;
        let candidate = config.candidate;
        let baseline = config.baseline;
        if (config.mode === 'publish') {
            ({ comparison, markdown } = (0,compare_github/* readPublished */.Dn)(config.out, config.commentFile));
        }
        else {
            const training = config.trainManifest ? paramsDiffSection(config.trainManifest, config.baselineManifest) : undefined;
            let render;
            // Registry references (oci-layout://…, oci://…) become local evaluation files.
            if ((0,pull_input/* isRegistryReference */.lb)(config.candidate))
                candidate = await evaluationFromRegistry(config.candidate, 'candidate');
            if ((0,pull_input/* isRegistryReference */.lb)(config.baseline))
                baseline = await baselineFromRegistry(config.baseline, candidate, log);
            // A time split: evaluation rows older than the newest training row is leakage, said in the comment and the log.
            const leakage = config.trainManifest ? leakageSection(config.trainManifest, candidate) : null;
            if (leakage && training) {
                training.leakage = leakage;
                log.warning(leakage);
            }
            const sweep = config.sweepReport ? (0,sweep_results/* readSweepReport */.bX)(config.sweepReport) : undefined;
            ({ comparison, markdown, render } = await (0,run/* runCompare */.L)({ ...config, candidate, baseline, training, sweep }, log, comparisonMarkdown));
            if ((0,pull_input/* isRegistryReference */.lb)(config.baseline))
                ({ markdown, render } = await withRegistryHistory(config.baseline, comparison, markdown, render, log));
            pr = (0,compare_github/* commentTarget */.lt)(config, comparison, log);
            // Overrides count whether this run posts or a publish job does (`comment: false` in a job
            // whose token can only read): they need only read access to the pull request's comments.
            const about = pr ?? (config.github.token ? (0,compare_github/* eventPullRequest */.Z)(config) : undefined);
            if (about)
                ({ comparison, markdown } = await (0,compare_github/* withOverrides */.Sn)(config, about, comparison, markdown, log, render));
            // The pull request it is about, and any overrides, are part of the record.
            (0,files/* writeFilesAtomic */.aV)([
                { path: config.out, data: JSON.stringify(comparison, null, 2) + '\n' },
                { path: config.commentFile, data: markdown },
            ]);
        }
        if (config.html)
            (0,html/* writeHtml */.Tn)(config.html, (0,html/* comparisonParts */.QC)(comparison, { candidate, baseline, dataReport: config.dataReport, sweepReport: config.sweepReport }), log);
        const passed = comparison.passed !== false;
        const willPost = config.mode === 'publish' || pr !== undefined;
        return {
            passed: !config.failOnGate || passed,
            failure: passed ? undefined : `${comparison.verdict}`,
            outputs: {
                passed: comparison.passed === null ? '' : comparison.passed,
                'failed-gates': failedNames(comparison),
                report: config.out,
            },
            summary: markdown,
            publish: willPost
                ? async (plog) => {
                    try {
                        const posted = await (0,compare_github/* postComparison */.c)(config, comparison, markdown, plog, pr);
                        return { outputs: { 'comment-url': posted.commentUrl ?? '' } };
                    }
                    catch (e) {
                        const message = `the comparison was not published to GitHub: ${e instanceof Error ? e.message : String(e)}. The verdict above stands (outputs, summary and ${config.out} are written); re-run the job to post the comment and the check`;
                        plog.error(message);
                        if ((0,errors/* isUserError */.iU)(e) && !(e instanceof errors/* ServiceError */._7) && config.mode === 'compare')
                            throw e;
                        return { failure: config.failOnPublishError ? message : undefined };
                    }
                }
                : undefined,
        };
    },
}));


/***/ }),

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


/***/ }),

/***/ 3931:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ runCompare),
/* harmony export */   X: () => (/* binding */ loadEvaluation)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4522);
/* harmony import */ var _lib_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41938);
/* harmony import */ var _schemas_validate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(60704);
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(55406);
/* harmony import */ var _paired_data_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7302);
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(36358);
/**
 * compare-to-baseline without GitHub: load the two evaluations, pair their rows when they ran on
 * the same data, run the gates, write comparison.json and the comment markdown (atomically).
 */







function readJson(path, input) {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`input '${input}': file not found: ${path}`);
    }
    try {
        return JSON.parse(text);
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DataError */ .fL(`${path}: not valid JSON (${e.message.split('\n')[0]})`, path);
    }
}
function loadEvaluation(path, input) {
    const json = readJson(path, input);
    (0,_schemas_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .assertArtifact */ .fp)('evaluation', json, path);
    const ev = json;
    // What a schema cannot say: an interval runs from low to high (a reversed one would turn the
    // gates' one-sided tests around).
    const check = (metrics, where) => {
        for (const [name, m] of Object.entries(metrics)) {
            if (m.ci && !(m.ci[0] <= m.ci[1]))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DataError */ .fL(`${path}: ${where}${name}.ci [${m.ci.join(', ')}] runs from high to low`, path);
        }
    };
    check(ev.metrics, 'metrics.');
    ev.slices.forEach((s, i) => s.metrics && check(s.metrics, `slices[${i}].metrics.`));
    return ev;
}
async function runCompare(config, log, markdownOf) {
    const candidate = loadEvaluation(config.candidate, 'candidate');
    const baseline = config.baseline ? loadEvaluation(config.baseline, 'baseline') : undefined;
    const spec = config.gates ? (0,_spec_js__WEBPACK_IMPORTED_MODULE_6__/* .parseGates */ .t)(...Object.values((0,_lib_files_js__WEBPACK_IMPORTED_MODULE_2__/* .readConfigInput */ .nt)(config.gates, 'gates'))) : (0,_spec_js__WEBPACK_IMPORTED_MODULE_6__/* .parseGates */ .t)({}, 'no gates');
    if (!spec.gates.length)
        log.warning('no gates configured: compare-to-baseline reports the metrics and gives no verdict');
    const confidence = config.confidence ?? spec.confidence ?? 0.95;
    const correction = config.correction ?? spec.correction ?? 'holm';
    let paired;
    const notes = [];
    if (baseline) {
        if (baseline.task !== candidate.task)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DataError */ .fL(`${config.baseline}: a ${baseline.task} evaluation cannot be compared with the candidate's ${candidate.task} one`, config.baseline);
        if (baseline.data.sha256 === candidate.data.sha256 && baseline.label === candidate.label) {
            paired = await log.group('Pairing predictions', async () => (0,_paired_data_js__WEBPACK_IMPORTED_MODULE_5__/* .loadPaired */ .aM)(candidate, config.candidate, baseline, config.baseline));
        }
        else {
            notes.push(`cannot pair rows: the baseline was evaluated on different data (sha256 ${baseline.data.sha256.slice(0, 12)} vs ${candidate.data.sha256.slice(0, 12)}); evaluate the baseline model on the candidate's data for paired tests. Using unpaired tests from each evaluation's intervals.`);
            log.warning(notes[notes.length - 1]);
        }
    }
    const dataReport = config.dataReport ? readJson(config.dataReport, 'data-report') : undefined;
    if (dataReport)
        (0,_schemas_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .assertArtifact */ .fp)('data-report', dataReport, config.dataReport);
    const dataValidation = dataReport ? { passed: dataReport.passed, violations: dataReport.violations.count, drifted: dataReport.drift.filter((d) => d.drifted).map((d) => d.column) } : undefined;
    const comparison = (0,_compare_js__WEBPACK_IMPORTED_MODULE_4__/* .compare */ .UD)({ candidate, candidatePath: config.candidate, baseline, baselinePath: config.baseline, paired, spec, confidence, correction, resamples: config.bootstrap, seed: config.seed, dataValidation });
    comparison.notes.unshift(...notes);
    (0,_schemas_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .assertArtifact */ .fp)('comparison', comparison, config.out, 'write');
    const render = (c) => markdownOf(c, { candidate, baseline, dataReport, training: config.training, sweep: config.sweep, runUrl: config.runUrl, artifactsUrl: config.runUrl ? `${config.runUrl}#artifacts` : undefined });
    const markdown = render(comparison);
    (0,_lib_files_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFilesAtomic */ .aV)([
        { path: config.out, data: JSON.stringify(comparison, null, 2) + '\n' },
        { path: config.commentFile, data: markdown },
    ]);
    for (const g of comparison.gates)
        (g.passed ? log.info : log.error)(`${g.passed ? 'pass' : 'FAIL'} ${g.metric}${g.slice ? `[${g.slice.column}=${g.slice.value}]` : ''} ${g.rule}: ${g.reason}`);
    return { comparison, markdown, render };
}


/***/ }),

/***/ 12043:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ comparisonCharts),
/* harmony export */   m: () => (/* binding */ driftDetails)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29527);
/* harmony import */ var _mermaid_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72435);


/** The deltas against margins (the history over registered versions is report/registry-history.ts's). */
function comparisonCharts(c) {
    const out = [];
    const forest = (0,_mermaid_js__WEBPACK_IMPORTED_MODULE_1__/* .forestChart */ .Qf)(c.gates);
    if (forest)
        out.push('', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .details */ .zH)('Chart: each gated delta with its interval against the allowed margin', forest));
    return out;
}
/** Drift score per column, beside the drift table. */
function driftDetails(drift) {
    const chart = (0,_mermaid_js__WEBPACK_IMPORTED_MODULE_1__/* .driftChart */ .YZ)(drift);
    return chart ? ['', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .details */ .zH)(`Chart: drift per column (${drift.filter((d) => d.drifted).length} of ${drift.length} drifted)`, chart)] : [];
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


/***/ }),

/***/ 67199:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C9: () => (/* binding */ fairnessOnly),
/* harmony export */   Oj: () => (/* binding */ importanceSection),
/* harmony export */   X8: () => (/* binding */ fairnessSection)
/* harmony export */ });
/* harmony import */ var _fairness_measures_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35330);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29527);


const signed = (x) => `${x > 0 ? '+' : x < 0 ? '−' : '±'}${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)(Math.abs(x), 3)}`;
const interval = (ci) => (ci ? ` [${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)(ci[0], 3)}, ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)(ci[1], 3)}]` : '');
function verdict(gates) {
    if (!gates.length)
        return '';
    const failed = gates.filter((g) => !g.passed);
    if (failed.length)
        return `❌ ${failed.map((g) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(g.rule)).join(', ')}`;
    return `${gates.some((g) => g.warning || g.underpowered) ? '⚠️' : '✅'} ${gates.map((g) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(g.rule)).join(', ')}`;
}
function rate(r, b) {
    if (r.value === null)
        return '–';
    const d = b?.value !== undefined && b.value !== null && b.value !== r.value ? ` (${signed(r.value - b.value)})` : '';
    return `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)(r.value, 3)}${interval(r.ci)}${d}`;
}
function featureSection(f, base, gates) {
    const rows = _fairness_measures_js__WEBPACK_IMPORTED_MODULE_0__/* .MEASURES */ .sF.map((m) => {
        const c = f.measures[m];
        const b = base?.measures[m];
        const own = gates.filter((g) => g.metric === m);
        const paired = own.find((g) => g.delta !== null);
        const delta = paired ? `${signed(paired.delta)}${interval(paired.ci)}` : c.value !== null && b?.value !== null && b?.value !== undefined ? signed(c.value - b.value) : '–';
        return [`\`${m}\``, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)(b?.value ?? null, 3), c.value === null ? '–' : `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)(c.value, 3)}${interval(c.ci)}`, delta, c.groups ? `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(c.groups[0], 40)} / ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(c.groups[1], 40)}` : '–', verdict(own)];
    });
    const measures = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['measure', 'baseline', 'candidate [interval]', 'Δ [interval]', 'set by (low / high)', 'gate'], rows, ['l', 'r', 'r', 'l', 'l', 'l']);
    const groups = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['group', 'rows', 'selection rate', 'true positive rate', 'false positive rate', 'precision', 'accuracy'], f.groups.map((g) => {
        const b = base?.groups.find((x) => x.value === g.value);
        return [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(g.value, 40), String(g.rows), rate(g.selectionRate, b?.selectionRate), rate(g.truePositiveRate, b?.truePositiveRate), rate(g.falsePositiveRate, b?.falsePositiveRate), rate(g.precision, b?.precision), rate(g.accuracy, b?.accuracy)];
    }), ['l', 'r', 'r', 'r', 'r', 'r', 'r']);
    const fourFifths = f.fourFifths === null ? '' : `Four-fifths rule: disparate impact ratio ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)(f.measures.disparate_impact_ratio.value, 3)} ${f.fourFifths ? '≥' : '<'} 0.8${f.fourFifths ? '' : ' (adverse impact by the rule of thumb)'}.`;
    const notes = f.notes.map((n) => `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(n, 300)}`).join('\n');
    return [`**${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(f.name, 80)}**`, measures, fourFifths, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .details */ .zH)(`Groups of ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(f.name, 80)} (rates with ${'intervals'}${base ? '; change from the baseline' : ''})`, groups), notes].filter(Boolean).join('\n\n');
}
/** The fairness section, or undefined when the candidate was not audited and no fairness gate ran. */
function fairnessSection(c, candidate, baseline) {
    const gates = c.gates.filter((g) => g.sensitive !== undefined || _fairness_measures_js__WEBPACK_IMPORTED_MODULE_0__/* .MEASURES */ .sF.includes(g.metric));
    const features = candidate.fairness?.features ?? [];
    if (!features.length && !gates.length)
        return undefined;
    const parts = features.map((f) => featureSection(f, baseline?.fairness?.features.find((x) => x.name === f.name), gates.filter((g) => g.sensitive === f.name)));
    const orphan = gates.filter((g) => g.sensitive === undefined);
    if (orphan.length)
        parts.push(orphan.map((g) => `- ❌ \`${g.metric}\` ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(g.rule)}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(g.reason, 300)}`).join('\n'));
    const failed = gates.filter((g) => !g.passed).length;
    const method = candidate.fairness ? `<sub>${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(candidate.fairness.methods.groups, 200)}; measures: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(candidate.fairness.methods.measures, 300)}; ${Math.round(candidate.fairness.confidence * 100)}% intervals.</sub>` : '';
    return [`### ${failed ? '❌' : '⚖️'} Fairness${gates.length ? ` (${failed ? `${failed} of ${gates.length} gates failed` : `${gates.length} gates passed`})` : ''}`, ...parts, method].filter(Boolean).join('\n\n');
}
/** The audit of one evaluation (evaluate-model's job summary): every feature's measures and groups. */
function fairnessOnly(ev) {
    const features = ev.fairness?.features ?? [];
    if (!features.length)
        return undefined;
    return ['### ⚖️ Fairness', ...features.map((f) => featureSection(f, undefined, []))].join('\n\n');
}
/** The top features by permutation importance, with their rank and change against the baseline's. */
function importanceSection(candidate, baseline, top = 10) {
    const imp = candidate.importance;
    if (!imp)
        return undefined;
    const base = baseline?.importance?.metric === imp.metric ? baseline.importance : undefined;
    const rank = new Map(base?.features.map((f, i) => [f.name, i + 1]));
    const rows = imp.features.slice(0, top).map((f, i) => {
        const b = base?.features.find((x) => x.name === f.name);
        const was = rank.get(f.name);
        const move = !base ? '' : was === undefined ? 'new' : was === i + 1 ? '=' : was > i + 1 ? `▲ from ${was}` : `▼ from ${was}`;
        return [String(i + 1), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(f.name, 60), `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)(f.mean, 3)} [${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)(f.low, 3)}, ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)(f.high, 3)}]`, ...(base ? [b ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)(b.mean, 3) : '–', b ? signed(f.mean - b.mean) : '–', move] : [])];
    });
    const header = ['#', 'feature', `decrease in ${imp.metric} [interval]`, ...(base ? ['baseline', 'Δ', 'rank'] : [])];
    const note = `<sub>Permutation importance: ${imp.repeats} shuffles per feature on ${imp.rows.toLocaleString('en-US')} sampled rows (seed ${imp.seed}); the interval reflects the shuffles only.${baseline && !base ? ' The baseline has no importance with the same metric to compare with.' : ''}</sub>`;
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .details */ .zH)(`Feature importance (top ${Math.min(top, imp.features.length)} of ${imp.features.length})`, [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(header, rows, ['r', 'l', 'r', ...(base ? ['r', 'r', 'l'] : [])]), note].join('\n\n'));
}


/***/ })

};
