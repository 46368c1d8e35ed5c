export const id = 973;
export const ids = [973];
export const modules = {

/***/ 23973:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  QC: () => (/* binding */ comparisonParts),
  Tn: () => (/* binding */ writeHtml),
  Zt: () => (/* binding */ writePipelineHtml)
});

// EXTERNAL MODULE: ./.build/js/src/experiments/sweep-results.js
var sweep_results = __webpack_require__(42545);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./.build/js/src/lib/files.js
var files = __webpack_require__(41938);
// EXTERNAL MODULE: ./.build/js/src/report/markdown.js
var markdown = __webpack_require__(29527);
;// CONCATENATED MODULE: ./.build/js/src/report/html/svg.js
/**
 * SVG charts written as strings: no library, no script, so the page is small, draws at once,
 * prints, and can make no request. Every text from data goes through `h`. Elements carry classes
 * (`series`, `bar`, `cell`, `ci`, `est`, `margin`, `zero`) that the styles colour and the browser
 * tests count.
 */

const ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Escapes text for HTML content and attribute values; long text is cut. */
function h(value, max = 200) {
    let s = value === null || value === undefined ? '' : String(value);
    if (s.length > max)
        s = s.slice(0, max - 1) + '…';
    return s.replace(/[&<>"']/g, (c) => ESC[c]);
}
const px = (x) => (Math.round(x * 10) / 10).toString();
/** About `n` round tick values covering [min, max]. */
function ticks(min, max, n = 5) {
    if (!(max > min))
        return [min];
    const raw = (max - min) / n;
    const mag = 10 ** Math.floor(Math.log10(raw));
    const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? raw;
    const out = [];
    for (let v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step)
        out.push(Number(v.toPrecision(12)));
    return out;
}
const W = 460;
const H = 300;
const M = { l: 56, r: 16, t: 28, b: 44 };
/** An <svg> with axes, ticks and labels; `body` draws inside the plot area. */
function chart(cls, title, x, y, body, legend = [], xTicks = true) {
    const iw = W - M.l - M.r;
    const ih = H - M.t - M.b;
    const sx = (v) => M.l + ((v - x.min) / (x.max - x.min || 1)) * iw;
    const sy = (v) => M.t + ih - ((v - y.min) / (y.max - y.min || 1)) * ih;
    const out = [`<svg class="chart ${cls}" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${h(title)}"><title>${h(title)}</title>`];
    out.push(`<text class="title" x="${M.l}" y="16">${h(title)}</text>`);
    for (const t of xTicks ? ticks(x.min, x.max) : [])
        out.push(`<line class="grid" x1="${px(sx(t))}" x2="${px(sx(t))}" y1="${M.t}" y2="${M.t + ih}"/><text class="tick" x="${px(sx(t))}" y="${M.t + ih + 14}" text-anchor="middle">${(0,markdown/* fmt */.Sc)(t, 3)}</text>`);
    for (const t of ticks(y.min, y.max))
        out.push(`<line class="grid" x1="${M.l}" x2="${M.l + iw}" y1="${px(sy(t))}" y2="${px(sy(t))}"/><text class="tick" x="${M.l - 4}" y="${px(sy(t) + 3)}" text-anchor="end">${(0,markdown/* fmt */.Sc)(t, 3)}</text>`);
    out.push(`<rect class="plot" x="${M.l}" y="${M.t}" width="${iw}" height="${ih}"/>`);
    out.push(`<text class="axis" x="${M.l + iw / 2}" y="${H - 8}" text-anchor="middle">${h(x.label)}</text>`);
    out.push(`<text class="axis" transform="translate(12 ${M.t + ih / 2}) rotate(-90)" text-anchor="middle">${h(y.label)}</text>`);
    out.push(body({ sx, sy, width: iw, height: ih }));
    legend.forEach((l, i) => out.push(`<rect class="${l.cls}" x="${W - M.r - 120}" y="${M.t + 6 + i * 14}" width="10" height="10"/><text class="tick" x="${W - M.r - 106}" y="${M.t + 15 + i * 14}">${h(l.label, 40)}</text>`));
    out.push('</svg>');
    return out.join('');
}
/** Lines over a [0, 1] × [0, 1] square (ROC, PR, reliability), optionally with the diagonal. */
function lineChart(cls, title, x, y, series, opts = {}) {
    return chart(cls, title, x, y, (f) => {
        const out = [];
        if (opts.diagonal)
            out.push(`<line class="zero" x1="${px(f.sx(x.min))}" y1="${px(f.sy(y.min))}" x2="${px(f.sx(x.max))}" y2="${px(f.sy(y.max))}"/>`);
        for (const s of series) {
            const d = s.x.map((v, i) => `${i ? 'L' : 'M'}${px(f.sx(v))} ${px(f.sy(s.y[i]))}`).join('');
            if (d)
                out.push(`<path class="series ${s.cls}" d="${d}" data-points="${s.x.length}"/>`);
            if (opts.points)
                s.x.forEach((v, i) => out.push(`<circle class="est ${s.cls}" cx="${px(f.sx(v))}" cy="${px(f.sy(s.y[i]))}" r="3"/>`));
        }
        return out.join('');
    }, series.length > 1 ? series.map((s) => ({ cls: `key ${s.cls}`, label: s.label })) : []);
}
/** Histogram bars over shared edges; several series overlay (shares of each series' total). */
function histogram(title, edges, series, xLabel) {
    const shares = series.map((s) => {
        const total = s.counts.reduce((a, b) => a + b, 0) || 1;
        return s.counts.map((c) => c / total);
    });
    const top = Math.max(0.01, ...shares.flat());
    const lo = edges[0];
    const hi = edges.at(-1) > lo ? edges.at(-1) : lo + 1;
    return chart('histogram', title, { min: lo, max: hi, label: xLabel }, { min: 0, max: top * 1.05, label: 'share of rows' }, (f) => series
        .map((s, k) => shares[k]
        .map((v, i) => {
        const x0 = f.sx(edges[i]);
        const x1 = edges[i + 1] > edges[i] ? f.sx(edges[i + 1]) : x0 + f.width / shares[k].length;
        return `<rect class="bar ${s.cls}" x="${px(x0)}" y="${px(f.sy(v))}" width="${px(Math.max(1, x1 - x0 - 1))}" height="${px(f.sy(0) - f.sy(v))}"><title>${h(s.label)} [${(0,markdown/* fmt */.Sc)(edges[i])}, ${(0,markdown/* fmt */.Sc)(edges[i + 1])}): ${(0,markdown/* fmt */.Sc)(v * 100, 3)}%</title></rect>`;
    })
        .join(''))
        .join(''), series.length > 1 ? series.map((s) => ({ cls: `key ${s.cls}`, label: s.label })) : []);
}
/** Grouped bars for categories (reference and current shares of the values that moved most). */
function categoryBars(title, categories, series) {
    const top = Math.max(0.01, ...series.flatMap((s) => s.values));
    const n = categories.length;
    return chart('categories', title, { min: 0, max: n, label: '' }, { min: 0, max: top * 1.05, label: 'share of rows' }, (f) => {
        const out = [];
        const band = f.width / n;
        const bw = (band * 0.8) / series.length;
        categories.forEach((c, i) => {
            series.forEach((s, k) => {
                const v = s.values[i];
                const x = f.sx(i) + band * 0.1 + k * bw;
                out.push(`<rect class="bar ${s.cls}" x="${px(x)}" y="${px(f.sy(v))}" width="${px(bw)}" height="${px(f.sy(0) - f.sy(v))}"><title>${h(s.label)} ${h(c)}: ${(0,markdown/* fmt */.Sc)(v * 100, 3)}%</title></rect>`);
            });
            out.push(`<text class="tick" x="${px(f.sx(i) + band / 2)}" y="${px(f.sy(0) + 26)}" text-anchor="middle">${h(c, 14)}</text>`);
        });
        return out.join('');
    }, series.length > 1 ? series.map((s) => ({ cls: `key ${s.cls}`, label: s.label })) : [], false);
}
/** Confusion matrix: one cell per (true, predicted), shaded by the share of its row. */
function heatmap(title, labels, matrix) {
    const n = labels.length;
    const cell = Math.max(18, Math.min(56, Math.floor(360 / Math.max(1, n))));
    const left = 110;
    const topM = 44;
    const w = left + n * cell + 10;
    const hgt = topM + n * cell + 30;
    const out = [`<svg class="chart confusion" viewBox="0 0 ${w} ${hgt}" width="${w}" height="${hgt}" role="img" aria-label="${h(title)}"><title>${h(title)}</title>`];
    out.push(`<text class="title" x="4" y="16">${h(title)}</text><text class="axis" x="${left + (n * cell) / 2}" y="34" text-anchor="middle">predicted</text><text class="axis" x="4" y="${topM - 4}">true ↓</text>`);
    matrix.forEach((row, i) => {
        const total = row.reduce((a, b) => a + b, 0) || 1;
        out.push(`<text class="tick" x="${left - 4}" y="${topM + i * cell + cell / 2 + 4}" text-anchor="end">${h(labels[i], 16)}</text>`);
        row.forEach((v, j) => {
            const share = v / total;
            out.push(`<rect class="cell${i === j ? ' diag' : ''}" x="${left + j * cell}" y="${topM + i * cell}" width="${cell - 1}" height="${cell - 1}" fill-opacity="${(0.08 + 0.92 * share).toFixed(3)}"><title>true ${h(labels[i])}, predicted ${h(labels[j])}: ${v}</title></rect>`);
            if (cell >= 28)
                out.push(`<text class="count${share > 0.5 ? ' dark' : ''}" x="${left + j * cell + cell / 2}" y="${topM + i * cell + cell / 2 + 4}" text-anchor="middle">${v}</text>`);
        });
    });
    labels.forEach((l, j) => out.push(`<text class="tick" x="${left + j * cell + cell / 2}" y="${topM + n * cell + 14}" text-anchor="middle">${h(l, 8)}</text>`));
    out.push('</svg>');
    return out.join('');
}
/** A forest plot: one row per estimate with its interval, a zero line when `zero` and a margin mark per row. */
function intervalChart(cls, title, rows, opts = {}) {
    const vals = rows.flatMap((r) => [r.value, r.lo, r.hi, r.margin]).filter((v) => typeof v === 'number' && Number.isFinite(v));
    if (opts.zero)
        vals.push(0);
    let lo = Math.min(...vals);
    let hi = Math.max(...vals);
    const pad = (hi - lo) * 0.08 || Math.abs(hi) * 0.05 || 0.01;
    lo -= pad;
    hi += pad;
    const left = 170;
    const rowH = 22;
    const iw = 300;
    const w = left + iw + 16;
    const hgt = 40 + rows.length * rowH + 30;
    const sx = (v) => left + ((v - lo) / (hi - lo)) * iw;
    const out = [`<svg class="chart ${cls}" viewBox="0 0 ${w} ${hgt}" width="${w}" height="${hgt}" role="img" aria-label="${h(title)}"><title>${h(title)}</title>`];
    out.push(`<text class="title" x="4" y="16">${h(title)}</text>`);
    const bottom = 40 + rows.length * rowH;
    for (const t of ticks(lo, hi))
        out.push(`<line class="grid" x1="${px(sx(t))}" x2="${px(sx(t))}" y1="30" y2="${bottom}"/><text class="tick" x="${px(sx(t))}" y="${bottom + 14}" text-anchor="middle">${(0,markdown/* fmt */.Sc)(t, 3)}</text>`);
    if (opts.xLabel)
        out.push(`<text class="axis" x="${left + iw / 2}" y="${bottom + 28}" text-anchor="middle">${h(opts.xLabel)}</text>`);
    if (opts.zero)
        out.push(`<line class="zero" x1="${px(sx(0))}" x2="${px(sx(0))}" y1="30" y2="${bottom}"/>`);
    rows.forEach((r, i) => {
        const y = 40 + i * rowH + rowH / 2;
        const fail = r.failed ? ' fail' : '';
        out.push(`<text class="tick" x="${left - 6}" y="${y + 4}" text-anchor="end">${h(r.label, 28)}</text>`);
        if (r.lo !== null && r.hi !== null && Number.isFinite(r.lo) && Number.isFinite(r.hi))
            out.push(`<line class="ci${fail}" x1="${px(sx(r.lo))}" x2="${px(sx(r.hi))}" y1="${y}" y2="${y}"/>`);
        if (typeof r.margin === 'number' && Number.isFinite(r.margin))
            out.push(`<path class="margin" d="M${px(sx(r.margin))} ${y - 8}v16"><title>allowed: ${(0,markdown/* fmt */.Sc)(r.margin)}</title></path>`);
        if (Number.isFinite(r.value))
            out.push(`<circle class="est${fail}" cx="${px(sx(r.value))}" cy="${y}" r="4"><title>${h(r.label)}: ${(0,markdown/* fmt */.Sc)(r.value)}${r.lo !== null && r.hi !== null ? ` [${(0,markdown/* fmt */.Sc)(r.lo)}, ${(0,markdown/* fmt */.Sc)(r.hi)}]` : ''}</title></circle>`);
    });
    out.push('</svg>');
    return out.join('');
}

;// CONCATENATED MODULE: ./.build/js/src/report/html/sweep.js


/** One scatter chart: param value (x) against the metric (y) with interval bars. */
function paramChart(report, param) {
    const pts = report.ranking
        .map((r) => ({ r, x: Number(r.values[param]), y: r.value }))
        .filter((p) => Number.isFinite(p.x) && p.y !== null && Number.isFinite(p.y));
    if (!pts.length)
        return '';
    const xs = pts.map((p) => p.x);
    const log = Math.min(...xs) > 0 && Math.max(...xs) / Math.min(...xs) > 100;
    const tx = (x) => (log ? Math.log10(x) : x);
    const ys = pts.flatMap((p) => [p.y, ...(p.r.ci ?? [])]);
    const pad = (a, b) => (b - a) * 0.08 || Math.abs(b) * 0.05 || 0.01;
    const [x0, x1] = [Math.min(...xs.map(tx)), Math.max(...xs.map(tx))];
    const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
    const x = { min: x0 - pad(x0, x1), max: x1 + pad(x0, x1), label: log ? `log10 ${param}` : param };
    const y = { min: y0 - pad(y0, y1), max: y1 + pad(y0, y1), label: `${report.metric} (validation)` };
    return chart('sweep', `${param} against ${report.metric}`, x, y, (f) => pts
        .map((p) => {
        const cx = f.sx(tx(p.x)).toFixed(1);
        const chosen = p.r.variant === report.winner.variant ? ' chosen' : '';
        const bar = p.r.ci ? `<line class="ci${chosen}" x1="${cx}" x2="${cx}" y1="${f.sy(p.r.ci[0]).toFixed(1)}" y2="${f.sy(p.r.ci[1]).toFixed(1)}"/>` : '';
        return `${bar}<circle class="est${chosen}" cx="${cx}" cy="${f.sy(p.y).toFixed(1)}" r="${chosen ? 6 : 4}"><title>${h(p.r.variant)}: ${h(param)} ${(0,markdown/* fmt */.Sc)(p.x)}, ${h(report.metric)} ${(0,markdown/* fmt */.Sc)(p.y)}${chosen ? ' (chosen)' : ''}</title></circle>`;
    })
        .join(''));
}
function sweepSection(report) {
    const keys = [...new Set(report.ranking.flatMap((r) => Object.keys(r.values)))];
    const rows = report.ranking.map((r, i) => `<tr${r.variant === report.winner.variant ? ' class="chosen"' : ''}><td class="n">${i + 1}</td><td>${h(r.variant)}${r.variant === report.winner.variant ? ' (chosen)' : ''}</td>${keys.map((k) => `<td class="n">${h(r.values[k] ?? '')}</td>`).join('')}<td class="n">${(0,markdown/* fmt */.Sc)(r.value)}</td><td>${r.ci ? `[${(0,markdown/* fmt */.Sc)(r.ci[0])}, ${(0,markdown/* fmt */.Sc)(r.ci[1])}]` : '–'}</td></tr>`);
    return [
        `<section id="sweep"><h2>Sweep: ${report.ranking.length} variants, ${h(report.winner.variant)} chosen on validation</h2>`,
        `<p>${h(report.method)} over ${keys.map((k) => h(k)).join(', ')}; ranked by ${h(report.metric)} (${h(report.goal)}) on the validation split. The chosen variant's validation score is the best of ${report.ranking.length} and so optimistic; its test evaluation is the one to believe.</p>`,
        `<div class="charts">${keys.map((k) => paramChart(report, k)).join('')}</div>`,
        `<details><summary>Leaderboard</summary><table><thead><tr><th>#</th><th>variant</th>${keys.map((k) => `<th>${h(k)}</th>`).join('')}<th>${h(report.metric)}</th><th>interval</th></tr></thead><tbody>${rows.join('')}</tbody></table></details>`,
        '</section>',
    ].join('\n');
}

// EXTERNAL MODULE: ./.build/js/src/report/mermaid.js
var mermaid = __webpack_require__(72435);
;// CONCATENATED MODULE: ./.build/js/src/report/html/report.js




const MAX_COLUMNS = 100;
const MAX_SLICES = 100;
const STYLE = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:1100px;padding:16px 24px;color:#1f2328;background:#fff}
h1{font-size:22px}h2{font-size:18px;border-bottom:1px solid #d0d7de;padding-bottom:4px;margin-top:32px}h3{font-size:15px}
table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #d0d7de;padding:3px 8px;text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums}
.pass{color:#1a7f37}.fail{color:#cf222e}.muted{color:#59636e}
.charts{display:flex;flex-wrap:wrap;gap:12px}
svg.chart{background:#fff;border:1px solid #eaeef2;border-radius:4px}
svg .title{font-weight:600;font-size:13px}svg .tick{font-size:10px;fill:#59636e}svg .axis{font-size:11px;fill:#1f2328}
svg .grid{stroke:#eaeef2}svg .plot{fill:none;stroke:#d0d7de}svg .zero{stroke:#8c959f;stroke-dasharray:4 3}
svg .series{fill:none;stroke-width:2}svg .s0,svg .current{stroke:#0969da;fill:#0969da}svg .s1,svg .reference{stroke:#bc4c00;fill:#bc4c00}
svg path.series.s0,svg path.series.s1{fill:none}
svg .bar{fill-opacity:.55;stroke:none}svg .key{stroke:none}
svg .cell{fill:#0969da}svg .count{font-size:11px;fill:#1f2328}svg .count.dark{fill:#fff}
svg .ci.chosen{stroke:#1a7f37}svg .est.chosen{fill:#1a7f37}tr.chosen td{font-weight:600}
svg .ci{stroke:#0969da;stroke-width:2}svg .est{fill:#0969da}svg .ci.fail{stroke:#cf222e}svg .est.fail{fill:#cf222e}svg .margin{stroke:#bc4c00;stroke-width:2}
details{margin:8px 0}summary{cursor:pointer}
`;
const num = (x, d = 4) => `<td class="n">${(0,markdown/* fmt */.Sc)(x, d)}</td>`;
const interval = (ci) => (ci ? `[${(0,markdown/* fmt */.Sc)(ci[0])}, ${(0,markdown/* fmt */.Sc)(ci[1])}]` : '–');
function table(head, rows) {
    return `<table><thead><tr>${head.map((x) => `<th>${h(x)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.join('')}</tr>`).join('')}</tbody></table>`;
}
function dataSection(r) {
    const out = [`<section id="data"><h2>Data: <span class="${r.passed ? 'pass' : 'fail'}">${r.passed ? 'passed' : 'failed'}</span></h2>`];
    out.push(`<p>${r.rows.toLocaleString('en-US')} rows · ${r.columns.length} columns · ${r.violations.count.toLocaleString('en-US')} violations${r.reference ? ` · drift against ${h(r.reference.source)} (${r.reference.rows.toLocaleString('en-US')} rows): ${r.drift.filter((d) => d.drifted).length} of ${r.drift.length} columns drifted` : ''}</p>`);
    const drift = new Map(r.drift.map((d) => [d.column, d]));
    const charts = [];
    for (const c of r.columns.slice(0, MAX_COLUMNS)) {
        const d = drift.get(c.name);
        const name = `${c.name}${d?.drifted ? ' (drifted)' : ''}`;
        if (d?.drifted && d.histogram) {
            charts.push(histogram(name, d.histogram.edges, [{ cls: 'reference', label: 'reference', counts: d.histogram.reference }, { cls: 'current', label: 'current', counts: d.histogram.current }], c.name));
        }
        else if (d?.drifted && d.moved.length) {
            const moved = d.moved.slice(0, 8);
            charts.push(categoryBars(name, moved.map((m) => m.label), [{ cls: 'reference', label: 'reference', values: moved.map((m) => m.reference) }, { cls: 'current', label: 'current', values: moved.map((m) => m.current) }]));
        }
        else if (c.time) {
            // A date or time column: rows per period (the first 60), empty periods included.
            const ps = c.time.periods.slice(0, 60);
            const unit = c.time.unit;
            const label = (start) => (unit === 'month' ? start.slice(0, 7) : unit === 'year' ? start.slice(0, 4) : start);
            charts.push(categoryBars(`${name}: rows per ${unit}`, ps.map((p) => label(p.start)), [{ cls: 'current', label: 'current', values: ps.map((p) => p.count / (c.count || 1)) }]));
        }
        else if (c.histogram) {
            charts.push(histogram(name, c.histogram.edges, [{ cls: 'current', label: 'current', counts: c.histogram.counts }], c.name));
        }
        else if (c.topValues.length && c.distinct <= 50) {
            const top = c.topValues.slice(0, 8);
            const total = c.count || 1;
            charts.push(categoryBars(name, top.map((t) => String(t.value)), [{ cls: 'current', label: 'current', values: top.map((t) => t.count / total) }]));
        }
    }
    if (r.columns.length > MAX_COLUMNS)
        out.push(`<p class="muted">The first ${MAX_COLUMNS} of ${r.columns.length} columns are drawn; data-report.json has them all.</p>`);
    out.push(`<div class="charts">${charts.join('')}</div>`);
    if (r.drift.length) {
        out.push('<h3>Drift</h3>');
        out.push(table(['column', 'verdict', 'test', 'statistic', 'p-value', 'threshold'], r.drift.map((d) => [`<td>${h(d.column)}</td>`, `<td class="${d.drifted ? 'fail' : 'pass'}">${d.drifted ? 'drifted' : 'stable'}</td>`, `<td>${h(d.test)}</td>`, num(d.statistic), num(d.pValue ?? null), num(d.threshold)])));
    }
    if (r.violations.samples.length) {
        out.push('<h3>Violations (samples)</h3>');
        out.push(table(['where', 'column', 'rule', 'message'], r.violations.samples.slice(0, 50).map((s) => [`<td>${h(s.file ?? '–')}${s.line ? `:${s.line}` : ''}</td>`, `<td>${h(s.column ?? '–')}</td>`, `<td>${h(s.rule)}</td>`, `<td>${h(s.message)}</td>`])));
    }
    out.push('</section>');
    return out.join('\n');
}
const SLICE_METRICS = ['roc_auc', 'accuracy', 'f1', 'macro_f1', 'r2', 'rmse', 'mae'];
function evaluationSection(name, ev, id) {
    const out = [`<section id="${id}"><h2>Evaluation: ${h(name)}</h2>`];
    out.push(`<p>${h(ev.task)} · ${ev.rows.toLocaleString('en-US')} rows · model ${h(ev.model.path)} (<code>${h(ev.model.sha256.slice(0, 12))}</code>)${ev.positiveLabel !== null ? ` · positive class ${h(ev.positiveLabel)}, threshold ${ev.threshold}` : ''}</p>`);
    out.push(table(['metric', 'value', `${Math.round(ev.confidence * 1000) / 10}% interval`, 'method'], Object.entries(ev.metrics).map(([k, m]) => [`<td><code>${h(k)}</code></td>`, num(m.value), `<td>${interval(m.ci)}</td>`, `<td class="muted">${h(m.method ?? '')}</td>`])));
    const charts = [];
    const cur = ev.tables?.curves;
    if (cur) {
        const auc = ev.metrics.roc_auc?.value;
        const ap = ev.metrics.average_precision?.value;
        charts.push(lineChart('roc', `ROC curve${auc != null ? ` (AUC ${(0,markdown/* fmt */.Sc)(auc)})` : ''}`, { min: 0, max: 1, label: 'false positive rate' }, { min: 0, max: 1, label: 'true positive rate' }, [{ cls: 's0', label: 'ROC', x: cur.roc.fpr, y: cur.roc.tpr }], { diagonal: true }));
        charts.push(lineChart('pr', `Precision-recall${ap != null ? ` (AP ${(0,markdown/* fmt */.Sc)(ap)})` : ''}`, { min: 0, max: 1, label: 'recall' }, { min: 0, max: 1, label: 'precision' }, [{ cls: 's0', label: 'PR', x: cur.pr.recall, y: cur.pr.precision }]));
    }
    const cal = ev.tables?.calibration?.filter((b) => b.count > 0 && b.meanPredicted !== null && b.observedRate !== null);
    if (cal?.length) {
        charts.push(lineChart('reliability', 'Reliability diagram', { min: 0, max: 1, label: 'mean predicted probability' }, { min: 0, max: 1, label: 'observed rate' }, [{ cls: 's0', label: 'model', x: cal.map((b) => b.meanPredicted), y: cal.map((b) => b.observedRate) }], { diagonal: true, points: true }));
    }
    if (ev.tables?.confusion)
        charts.push(heatmap('Confusion matrix', ev.classes, ev.tables.confusion));
    out.push(`<div class="charts">${charts.join('')}</div>`);
    if (cur)
        out.push(`<p class="muted">Curves are downsampled: every point of the full curve is within ${(0,markdown/* fmt */.Sc)(cur.maxError)} of a drawn point in each coordinate.</p>`);
    const slices = ev.slices.filter((s) => s.metrics).slice(0, MAX_SLICES);
    if (slices.length) {
        const charts2 = [];
        for (const metric of SLICE_METRICS.filter((m) => m in ev.metrics).slice(0, 2)) {
            const rows = slices.map((s) => ({ label: `${s.column}=${s.value}`, value: s.metrics[metric]?.value ?? NaN, lo: s.metrics[metric]?.ci?.[0] ?? null, hi: s.metrics[metric]?.ci?.[1] ?? null }));
            const overall = ev.metrics[metric];
            rows.unshift({ label: 'all rows', value: overall.value ?? NaN, lo: overall.ci?.[0] ?? null, hi: overall.ci?.[1] ?? null });
            charts2.push(intervalChart('slices', `${metric} per slice`, rows, { xLabel: metric }));
        }
        out.push(`<h3>Slices</h3><div class="charts">${charts2.join('')}</div>`);
        if (ev.slices.length > MAX_SLICES)
            out.push(`<p class="muted">The first ${MAX_SLICES} of ${ev.slices.length} slices are drawn.</p>`);
    }
    out.push('</section>');
    return out.join('\n');
}
function comparisonSection(c) {
    const out = [`<section id="comparison"><h2>Comparison: <span class="${c.passed === false ? 'fail' : 'pass'}">${h(c.verdict)}</span></h2>`];
    out.push(`<p>${h(c.policy)} · ${Math.round(c.confidence * 100)}% confidence · ${h(c.correction)} · ${h(c.pairing)}</p>`);
    const gated = c.gates.filter((g) => g.delta !== null);
    if (gated.length) {
        out.push(intervalChart('deltas', 'Δ candidate − baseline (orange: allowed margin)', gated.map((g) => ({ label: `${g.metric}${g.slice ? ` ${g.slice.column}=${g.slice.value}` : ''}`, value: g.delta, lo: g.ci?.[0] ?? null, hi: g.ci?.[1] ?? null, margin: (0,mermaid/* allowedDelta */.ph)(g), failed: !g.passed })), { zero: true, xLabel: 'Δ' }));
    }
    out.push(table(['metric', 'rule', 'baseline', 'candidate', 'Δ', 'interval', 'adj. p', 'result', 'why'], c.gates.map((g) => [`<td><code>${h(g.metric)}</code>${g.slice ? ` ${h(g.slice.column)} = ${h(g.slice.value)}` : ''}</td>`, `<td>${h(g.rule)}</td>`, num(g.baseline), num(g.candidate), num(g.delta), `<td>${interval(g.ci)}</td>`, num(g.adjustedPValue, 2), `<td class="${g.passed ? 'pass' : 'fail'}">${g.passed ? 'pass' : 'fail'}</td>`, `<td>${h(g.reason, 400)}</td>`])));
    if (c.notes.length)
        out.push(`<ul>${c.notes.map((n) => `<li>${h(n, 400)}</li>`).join('')}</ul>`);
    out.push('</section>');
    return out.join('\n');
}
/** The whole page. */
function htmlReport(parts) {
    const sections = [];
    if (parts.comparison)
        sections.push(comparisonSection(parts.comparison));
    if (parts.sweep)
        sections.push(sweepSection(parts.sweep));
    if (parts.dataReport)
        sections.push(dataSection(parts.dataReport));
    (parts.evaluations ?? []).forEach((e, i) => sections.push(evaluationSection(e.name, e.evaluation, `evaluation-${i}`)));
    const title = parts.title ?? 'modelgate report';
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(title)}</title><style>${STYLE}</style></head>
<body><h1>${h(title)}</h1>
${sections.join('\n')}
<p class="muted">Written by modelgate. This page is self-contained: it loads nothing and runs no script.</p>
</body></html>
`;
}

;// CONCATENATED MODULE: ./.build/js/src/actions/html.js
/**
 * `html` input of validate-data, evaluate-model, compare-to-baseline and run: gathers the artifacts
 * and writes one page (atomically). No math here: src/report/html draws.
 */





function writeHtml(path, parts, log) {
    if (!path)
        return;
    (0,files/* writeFileAtomic */.Zf)(path, htmlReport(parts));
    log.info(`wrote HTML report ${path}`);
}
/** Reads a JSON artifact when it exists and has the expected kind; undefined otherwise. */
function artifact(path, kind) {
    if (!path || !(0,external_node_fs_.existsSync)(path))
        return undefined;
    try {
        const json = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
        return json?.kind === kind ? json : undefined;
    }
    catch {
        return undefined;
    }
}
/** The artifacts named by a comparison's inputs (for compare-to-baseline's page). */
function comparisonParts(comparison, files) {
    const evaluations = [];
    const cand = artifact(files.candidate, 'evaluation');
    const base = artifact(files.baseline, 'evaluation');
    if (cand)
        evaluations.push({ name: `candidate (${files.candidate})`, evaluation: cand });
    if (base)
        evaluations.push({ name: `baseline (${files.baseline})`, evaluation: base });
    return { title: 'modelgate: comparison', comparison, evaluations, dataReport: artifact(files.dataReport, 'data-report'), sweep: files.sweepReport ? (0,sweep_results/* readSweepReport */.bX)(files.sweepReport) : undefined };
}
/** One page for a pipeline run: every artifact a stage reported (its `report` output), by kind. */
function writePipelineHtml(path, base, outputs, log) {
    if (!path)
        return;
    const parts = { title: 'modelgate: pipeline', evaluations: [] };
    for (const [stage, out] of Object.entries(outputs)) {
        const file = typeof out.report === 'string' && out.report ? (0,external_node_path_.resolve)(base, out.report) : undefined;
        parts.dataReport ??= artifact(file, 'data-report');
        parts.comparison ??= artifact(file, 'comparison');
        const ev = artifact(file, 'evaluation');
        if (ev)
            parts.evaluations.push({ name: `${stage} (${out.report})`, evaluation: ev });
    }
    writeHtml(path, parts, log);
}


/***/ }),

/***/ 42545:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D4: () => (/* binding */ readVariantResult),
/* harmony export */   EH: () => (/* binding */ writeVariantResult),
/* harmony export */   bX: () => (/* binding */ readSweepReport),
/* harmony export */   lc: () => (/* binding */ sweepReport)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4522);
/* harmony import */ var _lib_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41938);
/* harmony import */ var _sweep_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(94354);
/**
 * The files a sweep leaves: one result.json per variant (what a matrix job uploads) and sweep.json
 * (the ranking and the choice). A result read back may come from another job's artifact: its shape
 * is checked and it must belong to this sweep.
 */




const isNum = (x) => typeof x === 'number' && Number.isFinite(x);
/** Reads a variant's result.json and checks it belongs to sweep `id` and names a planned variant. */
function readVariantResult(path, id, planned) {
    let v;
    try {
        v = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DataError */ .fL(`${path}: not a readable sweep result (${e.message.split('\n')[0]})`, path);
    }
    const ok = v &&
        v.kind === 'sweep-variant-result' &&
        v.schemaVersion === 1 &&
        typeof v.variant === 'string' &&
        typeof v.metric === 'string' &&
        (v.value === null || isNum(v.value)) &&
        (v.ci === null || (Array.isArray(v.ci) && v.ci.length === 2 && v.ci.every(isNum))) &&
        typeof v.model?.sha256 === 'string';
    if (!ok)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DataError */ .fL(`${path}: not a sweep-variant-result (schemaVersion 1)`, path);
    if (v.sweep !== id)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DataError */ .fL(`${path}: a result of sweep ${String(v.sweep)}, not of this sweep (${id}); the plan or the training config changed since`, path);
    const plan = planned.find((p) => p.name === v.variant);
    if (!plan || JSON.stringify(plan.values) !== JSON.stringify(v.values))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DataError */ .fL(`${path}: variant ${String(v.variant)} is not in this sweep's plan with those values`, path);
    return v;
}
function writeVariantResult(path, r) {
    (0,_lib_files_js__WEBPACK_IMPORTED_MODULE_2__/* .writeJsonAtomic */ .ZJ)(path, r);
}
/** Ranks the results and names the winner; an error when no variant has a score. */
function sweepReport(spec, id, planned, results) {
    const byName = new Map(results.map((r) => [r.variant, r]));
    const present = planned.filter((p) => byName.has(p.name)).map((p) => byName.get(p.name));
    const ranking = (0,_sweep_js__WEBPACK_IMPORTED_MODULE_3__/* .rankVariants */ .JG)(present, spec.goal);
    const winner = ranking[0];
    if (!winner || winner.value === null)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DataError */ .fL(`sweep ${id}: no variant has a ${spec.metric} on the validation split (${present.length} of ${planned.length} results found)`);
    return {
        kind: 'sweep-report',
        schemaVersion: 1,
        id,
        method: spec.method,
        budget: spec.budget,
        seed: spec.seed,
        metric: spec.metric,
        goal: spec.goal,
        planned: planned.length,
        ranking,
        missing: planned.filter((p) => !byName.has(p.name)).map((p) => p.name),
        winner,
    };
}
function readSweepReport(path) {
    let v;
    try {
        v = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DataError */ .fL(`${path}: not a readable sweep report (${e.message.split('\n')[0]})`, path);
    }
    if (v?.kind !== 'sweep-report' || v.schemaVersion !== 1 || !Array.isArray(v.ranking) || !v.winner || typeof v.metric !== 'string')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DataError */ .fL(`${path}: not a sweep-report (schemaVersion 1)`, path);
    return v;
}


/***/ }),

/***/ 94354:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l3: () => (/* binding */ parseSweepSpec),
  cK: () => (/* binding */ planSweep),
  JG: () => (/* binding */ rankVariants),
  sm: () => (/* binding */ sweepId),
  eD: () => (/* binding */ sweepMatrix)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(52210);
// EXTERNAL MODULE: ./.build/js/src/errors.js
var errors = __webpack_require__(4522);
// EXTERNAL MODULE: ./.build/js/src/lib/pipeline-schema.js + 1 modules
var pipeline_schema = __webpack_require__(31406);
// EXTERNAL MODULE: ./.build/js/src/gates/spec.js + 1 modules
var spec = __webpack_require__(36358);
// EXTERNAL MODULE: ./.build/js/src/stats/rng.js
var stats_rng = __webpack_require__(91472);
// EXTERNAL MODULE: ./.build/js/src/train/params.js
var params = __webpack_require__(23268);
;// CONCATENATED MODULE: ./.build/js/src/schemas/sweep.schema.json
const sweep_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://modelgate.dev/schemas/sweep.schema.json","title":"modelgate sweep","description":"The `sweep` input of train (a file, or inline YAML under the train stage of modelgate.yml): which train inputs to vary, how (a grid or a seeded random sample), how many variants at most, and the validation split the variants are scored on.","type":"object","required":["params","validation","metric"],"additionalProperties":false,"properties":{"method":{"enum":["grid","random"],"default":"grid","description":"grid: every combination of the listed values (a seeded sample of `budget` of them when there are more); random: `budget` seeded draws."},"budget":{"type":"integer","minimum":1,"maximum":256,"default":16,"description":"The most variants trained."},"seed":{"type":"integer","minimum":0,"default":0,"description":"Seeds the random draws (and the grid\'s sample when it is larger than the budget)."},"params":{"type":"object","minProperties":1,"description":"Train inputs to vary: l2, seed, max-categories. A list of values, or (random) a range { min, max, log, integer }.","propertyNames":{"enum":["l2","seed","max-categories"]},"additionalProperties":{"oneOf":[{"type":"array","minItems":1,"items":{"type":"number"}},{"type":"object","required":["min","max"],"additionalProperties":false,"properties":{"min":{"type":"number"},"max":{"type":"number"},"log":{"type":"boolean"},"integer":{"type":"boolean"}}}]}},"validation":{"description":"The validation split (files or globs): what the variants are scored and chosen on. Keep the test split that evaluate-model and compare-to-baseline use out of it.","oneOf":[{"type":"string","minLength":1},{"type":"array","minItems":1,"items":{"type":"string","minLength":1}}]},"metric":{"type":"string","minLength":1,"description":"The metric the variants are ranked by (evaluation.json\'s names: roc_auc, accuracy, rmse, ...)."},"goal":{"enum":["maximize","minimize"],"description":"Default: from the metric (log_loss, brier_score, mae, rmse are minimized)."},"parallel":{"type":"integer","minimum":0,"default":0,"description":"Variants trained at once locally; 0: os.availableParallelism()."},"out":{"type":"string","minLength":1,"default":".modelgate/sweep","description":"Folder of the variants\' models, evaluations and result.json files, and of sweep.json."},"positive-label":{"type":["string","number","boolean"],"description":"Binary classification: the positive class, as evaluate-model\'s input."}}}');
;// CONCATENATED MODULE: ./.build/js/src/experiments/sweep.js
/**
 * Hyperparameter sweeps: the spec (src/schemas/sweep.schema.json), the plan (a grid, or a seeded
 * random sample, within a budget), and the choice among the variants' validation scores.
 *
 * Honest selection: variants are ranked on the validation split only. The chosen variant's score
 * there is optimistic (the best of N noisy estimates); the number to believe is the chosen model's
 * score on a test split no variant was ranked on, which evaluate-model computes and
 * compare-to-baseline gates. The report shows the two side by side.
 */








let validate;
/** A sweep document -> the spec with defaults; a mistake names `source` and the key. */
function parseSweepSpec(doc, source) {
    validate ??= new _2020.Ajv2020({ allErrors: false, strict: false }).compile(sweep_schema_namespaceObject);
    if (!validate(doc)) {
        const e = validate.errors[0];
        const where = (0,pipeline_schema/* keyPath */.D)(e.instancePath);
        const extra = e.params.additionalProperty;
        const allowed = e.keyword === 'enum' && e.propertyName ? ` (sweepable inputs: ${(sweep_schema_namespaceObject.properties.params.propertyNames["enum"]).join(', ')})` : '';
        throw new errors/* ConfigurationError */.j1(`${source}: sweep${where ? `.${where}` : ''}${e.propertyName ? `.${e.propertyName}` : ''}${extra ? `.${extra}: unknown key` : `: ${e.message}`}${allowed}`);
    }
    const d = doc;
    const method = d.method ?? 'grid';
    const params = d.params;
    for (const [k, v] of Object.entries(params)) {
        if (!Array.isArray(v)) {
            if (method === 'grid')
                throw new errors/* ConfigurationError */.j1(`${source}: sweep.params.${k}: a grid takes a list of values; a range { min, max } needs method: random`);
            if (!(v.min < v.max))
                throw new errors/* ConfigurationError */.j1(`${source}: sweep.params.${k}: min must be below max`);
            if (v.log && v.min <= 0)
                throw new errors/* ConfigurationError */.j1(`${source}: sweep.params.${k}: a log range needs min > 0`);
        }
        const values = Array.isArray(v) ? v : [v.min, v.max];
        if (k === 'l2' && values.some((x) => x < 0))
            throw new errors/* ConfigurationError */.j1(`${source}: sweep.params.l2: values must be >= 0`);
        if ((k === 'seed' || k === 'max-categories') && values.some((x) => !Number.isInteger(x) || x < (k === 'seed' ? 0 : 1)))
            throw new errors/* ConfigurationError */.j1(`${source}: sweep.params.${k}: values must be integers >= ${k === 'seed' ? 0 : 1}`);
    }
    const metric = d.metric;
    const goal = d.goal ?? ((spec/* DIRECTION */.M[metric] ?? 1) === 1 ? 'maximize' : 'minimize');
    return {
        method,
        budget: d.budget ?? 16,
        seed: d.seed ?? 0,
        params,
        validation: typeof d.validation === 'string' ? [d.validation] : d.validation,
        metric,
        goal,
        parallel: d.parallel ?? 0,
        out: d.out ?? '.modelgate/sweep',
        positiveLabel: d['positive-label'] === undefined ? undefined : String(d['positive-label']),
    };
}
/** A value as an input's text: integers as they are, others to 4 significant digits. */
function sweep_text(x) {
    return Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(4)));
}
function draw(r, rng) {
    if (Array.isArray(r))
        return r[rng.uniformInt(r.length)];
    const u = rng.nextFloat();
    const x = r.log ? Math.exp(Math.log(r.min) + u * (Math.log(r.max) - Math.log(r.min))) : r.min + u * (r.max - r.min);
    return r.integer ? Math.round(x) : x;
}
/**
 * The variants: grid — every combination in the order the params are listed, the last varying
 * fastest (a seeded sample of `budget` of them, kept in grid order, when there are more); random —
 * `budget` distinct seeded draws (fewer when the space has fewer distinct points).
 */
function planSweep(spec) {
    const keys = Object.keys(spec.params);
    const rows = [];
    if (spec.method === 'grid') {
        const lists = keys.map((k) => [...new Set(spec.params[k].map(sweep_text))]);
        const total = lists.reduce((n, l) => n * l.length, 1);
        let picks = Array.from({ length: total }, (_, i) => i);
        if (total > spec.budget) {
            const rng = (0,stats_rng/* createRng */.SZ)(spec.seed, 1);
            for (let i = 0; i < spec.budget; i++) {
                const j = i + rng.uniformInt(total - i);
                [picks[i], picks[j]] = [picks[j], picks[i]];
            }
            picks = picks.slice(0, spec.budget).sort((a, b) => a - b);
        }
        for (let idx of picks) {
            const row = {};
            for (let k = keys.length - 1; k >= 0; k--) {
                row[keys[k]] = lists[k][idx % lists[k].length];
                idx = Math.floor(idx / lists[k].length);
            }
            rows.push(Object.fromEntries(keys.map((k) => [k, row[k]])));
        }
    }
    else {
        const rng = (0,stats_rng/* createRng */.SZ)(spec.seed, 2);
        const seen = new Set();
        for (let tries = 0; rows.length < spec.budget && tries < spec.budget * 20; tries++) {
            const row = Object.fromEntries(keys.map((k) => [k, sweep_text(draw(spec.params[k], rng))]));
            const id = (0,params/* canonicalJson */.dj)(row);
            if (seen.has(id))
                continue;
            seen.add(id);
            rows.push(row);
        }
    }
    const width = Math.max(2, String(rows.length).length);
    return rows.map((values, i) => ({ name: `v${String(i + 1).padStart(width, '0')}`, values }));
}
/** The id all jobs of one sweep agree on: a digest of the plan and of what is trained. */
function sweepId(variants, trainedBy) {
    return (0,external_node_crypto_.createHash)('sha256').update((0,params/* canonicalJson */.dj)({ variants, trainedBy })).digest('hex').slice(0, 12);
}
/** The job matrix of the plan: `{ include: [{ variant, ...values }] }` for `fromJSON`. */
function sweepMatrix(variants) {
    return { include: variants.map((v) => ({ variant: v.name, ...v.values })) };
}
/**
 * Ranks variants by their validation score, best first (missing scores last; ties keep plan
 * order) and returns the ranking; the first is the choice.
 */
function rankVariants(scores, goal) {
    const sign = goal === 'maximize' ? -1 : 1;
    return scores
        .map((s, i) => ({ s, i }))
        .sort((a, b) => {
        const x = a.s.value;
        const y = b.s.value;
        if (x === null || y === null || Number.isNaN(x) || Number.isNaN(y))
            return (x === null || Number.isNaN(x) ? 1 : 0) - (y === null || Number.isNaN(y) ? 1 : 0) || a.i - b.i;
        return sign * (x - y) || a.i - b.i;
    })
        .map((r) => r.s);
}


/***/ }),

/***/ 31406:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t: () => (/* binding */ checkPipeline),
  D: () => (/* binding */ keyPath)
});

// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(52210);
// EXTERNAL MODULE: ./.build/js/src/errors.js
var errors = __webpack_require__(4522);
;// CONCATENATED MODULE: ./.build/js/src/generated/modelgate.schema.json
const modelgate_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://modelgate.dev/schemas/modelgate.schema.json","title":"modelgate.yml","description":"The stages `modelgate run` (and the top-level action) runs in order. Generated from action.yml by scripts/build.mjs: do not edit.","type":"object","required":["stages"],"properties":{"stages":{"description":"A list of { <action>: inputs } (an action may repeat), or a mapping of action -> inputs.","anyOf":[{"$ref":"#/$defs/stageList"},{"$ref":"#/$defs/stageMap"}]}},"additionalProperties":false,"$defs":{"compare-to-baseline":{"description":"Compare a candidate evaluation with the production baseline by paired statistical tests, gate the merge, and post one sticky PR comment with the metrics diff.","type":["object","null"],"properties":{"mode":{"description":"`compare` (default): compare, comment and check. `publish`: post a comparison made by a pull_request run of a fork (read from `out` and `comment-file`), from a workflow_run workflow, without running any PR code.","default":"compare","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"candidate":{"description":"Required in `compare` mode: evaluation.json of the candidate model, or a registered version holding one.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"baseline":{"description":"evaluation.json of the production model, or a registered version (`oci-layout://registry/churn:production`): its stored evaluation when it ran on the candidate\'s data, else its model evaluated on the candidate\'s rows so tests stay paired. Without it this is the first model: only absolute gates (min, max) apply.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"gates":{"description":"Gate file (YAML or JSON; schema src/schemas/gates.schema.json) or inline YAML.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"confidence":{"description":"Confidence level of the decisions; overrides the gate file. Default 0.95.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"correction":{"description":"Adjustment across gates: `holm`, `bh` or `none`; overrides the gate file. Default holm.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"bootstrap":{"description":"Resamples of the paired bootstraps.","default":"2000","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"seed":{"description":"Seed of the paired bootstraps.","default":"0","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"data-report":{"description":"data-report.json from validate-data, shown in a collapsed section of the comment.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"train-manifest":{"description":"train-manifest.json of the candidate, for the training section (cache hit, params diff).","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"baseline-manifest":{"description":"train-manifest.json of the baseline, to diff params against.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"sweep-report":{"description":"sweep.json of the sweep that chose the candidate (train\'s `sweep-report` output): the comment gets a collapsed leaderboard and the chosen variant\'s validation score beside its test score (the candidate\'s evaluation).","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"comment":{"description":"Post or update the sticky PR comment. Default: true in a pull_request run, false elsewhere.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"github-token":{"description":"Token for the comment, the check run and override permission checks. The default is evaluated by the runner; the CLI reads GITHUB_TOKEN (or GH_TOKEN).","default":"${{ github.token }}","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"check-name":{"description":"Name of the check run (or commit status) that carries the verdict, for branch protection.","default":"modelgate","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"out":{"description":"Path of comparison.json.","default":"comparison.json","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"html":{"description":"Also write a self-contained HTML page (each gated delta with its interval against the allowed margin, the gate table, and the evaluations and data report it was given) to this path: inline SVG charts, no script, no network request; opens offline.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"comment-file":{"description":"Path of the comment markdown.","default":"comparison.md","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"fail-on-gate":{"description":"Fail the step when a gate fails.","default":"true","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"fail-on-publish-error":{"description":"Fail the step when the comment or the check cannot be posted (GitHub down, too slow, refused). The verdict, outputs, summary and files are written first either way. Default: false in `compare` mode (the error is reported as an annotation and the step follows the verdict), true in `publish` mode.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"publish-timeout":{"description":"Seconds that all GitHub calls of the step may take together (each request at most 30 s of it, retries included); past it publishing stops and is reported as failed.","default":"120","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]}},"additionalProperties":false},"deploy":{"description":"Roll a registered model out to a modelgate server or KServe (direct, blue-green, canary or shadow), judge candidate against stable statistically at each step, and promote or roll back; report to GitHub Deployments.","type":["object","null"],"properties":{"model":{"description":"Registry reference of the model to deploy (registry/repository:tag or @sha256:digest, or a URI).","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"target":{"description":"Where to deploy: the URL of a `modelgate serve` server (its admin API), or `kserve` (an InferenceService applied with kubectl; needs `kserve-service` and `prometheus-url`).","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"strategy":{"description":"`direct`, `blue-green`, `canary` or `shadow`. kserve supports direct and canary (KServe cannot mirror traffic).","default":"canary","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"steps":{"description":"Canary weights in percent, ascending, ending at 100.","default":"10,50,100","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"interval":{"description":"Bake time of each judged step (the observation window): a number and a unit (ms, s, m, h, d, w), e.g. `30s`, `5m`, `1h`, `1m30s`; a plain number is seconds; at most 24h.","default":"30s","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"max-interval":{"description":"Longest a judged window may grow while it has fewer than `min-samples` requests per variant (low traffic): it is extended by `interval` at a time up to this, then the step is `no-data`. Default: 4 × `interval`; set it to `interval` for fixed windows.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"warmup":{"description":"How long the candidate takes traffic, unjudged, before its first judged window (the first canary step, the blue-green bake, the shadow window): a freshly loaded model answers its first requests slower than a warm stable does, and a short window would count that against it (Spinnaker calls this the warm-up before analysis). Once per rollout. Default: 0.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"termination-wait":{"description":"blue-green: how long blue is kept after the switch while green is judged on live traffic. Default: `interval`.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"min-samples":{"description":"Fewest requests per variant in a window for the judge to decide; fewer is `no-data` (never a pass).","default":"200","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"judge":{"description":"Judge file (YAML or JSON) or inline YAML: confidence (0.98), tolerance (0.25), pass (95), marginal (75), groups (weights), metrics. Default: latency and a critical error rate (and agreement for shadow).","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"environment":{"description":"GitHub environment to record the rollout in as a deployment with statuses (needs `deployments: write`).","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"admin-token":{"description":"Bearer token of the modelgate server admin API. Masked in logs.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"github-token":{"description":"Token for GitHub Deployments (used only with `environment`).","default":"${{ github.token }}","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"report":{"description":"Path of deployment.json.","default":"deployment.json","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"prometheus-url":{"description":"kserve: the Prometheus server that scrapes the modelgate metrics of the InferenceService.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"kserve-service":{"description":"kserve: the InferenceService as namespace/name.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"kserve-runtime":{"description":"kserve: the ServingRuntime to serve with (default: the one KServe picks for ONNX).","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]}},"required":["model","target"],"additionalProperties":false},"evaluate-model":{"description":"Evaluate an ONNX model on a dataset with onnxruntime: metrics with confidence intervals, slice metrics, calibration and latency, plus per-row predictions for paired comparisons.","type":["object","null"],"properties":{"model":{"description":"Required (unless `merge`): the model, an .onnx file, or a registered version (`oci-layout://registry/churn:production`, `oci://ghcr.io/o/r/churn@sha256:…`; credentials from MODELGATE_REGISTRY_USERNAME/_PASSWORD/_TOKEN).","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"data":{"description":"Required (unless `merge`): evaluation data files or globs (CSV, TSV, JSONL, Parquet), one per line.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"format":{"description":"Force the reader: `csv`, `tsv`, `jsonl` or `parquet`. Default: from the file extension.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"label":{"description":"Required (unless `merge`): the column holding the true label (or target value).","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"task":{"description":"`binary`, `multiclass` or `regression`. Default: inferred from the model outputs and the labels.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"features":{"description":"Columns that feed a single [N, F] input, in training order, one per line (a name may hold spaces, commas or parentheses). Default: every column but the label, `ignore`, `slice-by` and `sensitive`. Models with one input per column take their columns by name.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"ignore":{"description":"Columns never fed to the model (ids, timestamps), one per line.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"na-values":{"description":"CSV/TSV cells that mean a missing value, read as train and validate-data read them (a list input): a float input gets NaN (the model\'s imputer fills it). Default: pandas\' list (`NA`, `N/A`, `n/a`, `NULL`, `null`, `NaN`, `nan`, `None`, `#N/A`, ...); `default, -999` extends it; `none` means only empty cells.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"positive-label":{"description":"The positive class of a binary task. Default: the second class in sorted order (scikit-learn\'s classes_[1]), e.g. 1.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"threshold":{"description":"Binary decision threshold on the positive-class probability: a row is predicted positive when its probability is >= threshold.","default":"0.5","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"score-type":{"description":"For a model whose one output is a single column: `probability`, `logit` (a sigmoid is applied) or `auto` (a Sigmoid node or values within [0, 1] mean probability).","default":"auto","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"slice-by":{"description":"Columns to compute metrics per value of, one per line.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"sensitive":{"description":"Sensitive columns for the fairness audit (binary tasks), one per line; `a*b` audits the intersection of two columns. Per group: selection rate, true and false positive rates, precision and accuracy with intervals; across groups: fairlearn\'s demographic parity, equalized odds and equal opportunity measures and the disparate impact ratio (four-fifths rule), with bootstrap intervals. A sensitive column is read from the data and never fed to the model.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"min-slice-rows":{"description":"Slices with fewer rows are not reported on their own; their values are pooled into \\"(other)\\".","default":"30","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"confidence":{"description":"Confidence level of every interval.","default":"0.95","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"bootstrap":{"description":"Resamples for bootstrap intervals.","default":"1000","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"seed":{"description":"Seed for the bootstrap: the same seed, data and model give the same intervals.","default":"0","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"batch-size":{"description":"Rows per onnxruntime call.","default":"4096","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"importance":{"description":"Compute permutation feature importance (scikit-learn\'s `permutation_importance`) on a sample of the rows: `true` or `false`.","default":"false","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"importance-repeats":{"description":"Shuffles per feature for `importance`; each gives one decrease, the interval comes from their spread.","default":"5","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"importance-max-rows":{"description":"Rows sampled (uniformly, seeded) for `importance`; its cost is (1 + features x repeats) predictions of these rows.","default":"10000","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"importance-metric":{"description":"Score whose decrease `importance` measures: `accuracy`, `roc_auc`, `log_loss` (classification), `r2`, `mae`, `rmse` (regression). Default: accuracy for classifiers, r2 for regression (scikit-learn\'s estimator.score).","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"shard":{"description":"Evaluate only shard `i/n` of the rows (row index modulo n equals i); merge the shards with `merge`.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"merge":{"description":"evaluation.json files of shards (one per line, globs allowed) to merge into one evaluation instead of running the model.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"out":{"description":"Path of evaluation.json.","default":"evaluation.json","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"html":{"description":"Also write a self-contained HTML page (metrics with intervals, ROC and precision-recall curves, the reliability diagram, the confusion matrix, per-slice metrics with intervals) to this path: inline SVG charts, no script, no network request; opens offline.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"predictions":{"description":"Path of the per-row predictions file (CSV), used by compare-to-baseline for paired tests. Default: next to `out`, named predictions.csv.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"split-by":{"description":"A time column (ISO 8601 text, or a Parquet DATE/TIMESTAMP): evaluate only the rows at or after `split-at`, the rows after those the model was trained on (train takes the same two inputs). Never fed to the model. The span evaluated is written to evaluation.json (`timeRange`).","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"split-at":{"description":"With `split-by`: the cut-off, an ISO 8601 date or timestamp (a date is its start, 00:00 UTC).","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"experiments":{"description":"Where this run is recorded for `modelgate exp show` and `exp diff`: a folder (one JSON file per run), `oci://<host>/<repository>` (one small tagged artifact per run, credentials from MODELGATE_REGISTRY_USERNAME with _PASSWORD or _TOKEN), or `false` for no record.","default":".modelgate/runs","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"workers":{"description":"Worker threads for the pass over one CSV/TSV file, each with its own onnxruntime session of cores / workers intra-op threads (evaluation.json is the same for any number apart from latency; predictions.csv the same bytes). Default: the cores available (`os.availableParallelism()`).","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]}},"additionalProperties":false},"monitor":{"description":"Test a window of production data (capture files of modelgate serve, or any dataset) against what the registry stores for a model version: feature drift against its training profile, prediction drift, data quality against its schema, and with labels, decay of its real metrics. Finds none, warn or act, and appends the result to the version\'s history.","type":["object","null"],"properties":{"data":{"description":"Production data: files or globs (space or newline separated), CSV, TSV, JSON Lines or Parquet; e.g. the capture files of `modelgate serve` (`capture/*.jsonl`). In capture files, shadow answers are left out.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"format":{"description":"Data format when the extension does not tell: csv, tsv, jsonl or parquet.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"model":{"description":"Registry reference of the version to monitor, usually an alias: `oci-layout://registry/churn:production` or `oci://ghcr.io/<owner>/<repo>/churn:production`. It must hold the training profile (register\'s `profile`).","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"labels":{"description":"Labels that arrived later: a file (CSV, JSON Lines, Parquet) with `request_id` and the true label (a column named as the model\'s label, or `label`). Joined to the recorded predictions to measure and test decay; the model is not run again.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"window":{"description":"Keep the rows whose time is within this of the newest row (or of `as-of`): `7d`, `12h`, `30m`, `2w`, `1d12h` (at least a minute). Default: every row.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"time-column":{"description":"The column with each row\'s time: ISO 8601 (UTC unless it has an offset) or Unix seconds. Default: `timestamp` when the data has it (capture files do).","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"as-of":{"description":"End of the window, an ISO 8601 time. Default: the newest row\'s time.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"thresholds":{"description":"What counts: a file (YAML or JSON) or inline YAML with alpha (0.05), top-features (3), warn-drifted-features (1), act-drifted-share (0.5), prediction-drift (act), quality (warn), min-labelled-rows (30), metrics (all with a test), drift (validate-data\'s drift settings).","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"report":{"description":"Path of monitor-report.json.","default":"monitor-report.json","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"fail-on":{"description":"Fail the step (exit 1) on this finding or a worse one: `act`, `warn`, or `never` (the finding is an output either way).","default":"never","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"record":{"description":"Append the result to the version\'s history in the registry (`modelgate registry history` shows it).","default":"true","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"username":{"description":"Registry username (with `password`).","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"password":{"description":"Registry password. Masked in logs; never stored.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"token":{"description":"Registry token, used as the password (for ghcr.io: `github.token`; `packages: write` to record the history, `packages: read` with `record: false`). Masked in logs; never stored.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"insecure":{"description":"Allow plain HTTP to a registry that is not on loopback (loopback hosts always use HTTP).","default":"false","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]}},"required":["data","model"],"additionalProperties":false},"register":{"description":"Register a model version in an OCI registry (an OCI image layout folder by default, or any distribution registry such as ghcr.io): immutable v1, v2… tags, moving aliases, the evaluation, lineage and model card stored with it, and an append-only history.","type":["object","null"],"properties":{"registry":{"description":"Where versions go: `oci-layout://<dir>` (a folder, one OCI image layout per model) or `oci://<host>/<repository>` (e.g. `oci://ghcr.io/<owner>/<repo>`). The model\'s `name` is appended.","default":"oci-layout://registry","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"name":{"description":"The model\'s name: lowercase letters, digits and . _ - (the last segment of its repository).","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"model":{"description":"The model file(s) to register (space or newline separated), each stored unchanged as a layer titled with its file name.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"evaluation":{"description":"evaluation.json of this model; its metrics and data digest go into the version\'s config and model card.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"train-manifest":{"description":"train-manifest.json: cache key, params and commit are recorded as lineage.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"data-report":{"description":"data-report.json of the training data, stored with the version.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"profile":{"description":"profile.json of the training data, stored with the version (what `monitor` tests production data against).","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"schema":{"description":"The data schema validate-data checked the training data with (YAML or JSON), stored with the version (what `monitor` checks the quality of production rows against).","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"alias":{"description":"Aliases to point at this version (space or comma separated), e.g. `staging`. `latest` and `v<digits>` are reserved.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"status":{"description":"Approval status to record: `pending`, `approved` or `rejected`. Default: pending for a new version, unchanged for an existing one.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"card":{"description":"Intended use for the model card: markdown text, or a path to a markdown file.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"username":{"description":"Registry username (with `password`). For ghcr.io any non-empty name works with a token. When none of username, password and token is given: MODELGATE_REGISTRY_USERNAME/_PASSWORD/_TOKEN from the environment, as registry references read them.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"password":{"description":"Registry password. Masked in logs; never stored.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"token":{"description":"Registry token, used as the password (for ghcr.io: `github.token` with `packages: write`). Masked in logs; never stored.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"insecure":{"description":"Allow plain HTTP to a registry that is not on loopback (loopback hosts always use HTTP).","default":"false","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]}},"required":["name","model"],"additionalProperties":false},"retrain":{"description":"Act on a monitoring finding: add the window\'s labelled rows to the training data (`mode: data`), then open or update one retrain pull request on a branch of its own, or one drift issue when there were no labels (`mode: publish`).","type":["object","null"],"properties":{"mode":{"description":"`data`: add the window\'s rows to the training data file when the finding calls for a retrain (read-only job, before `train`). `publish`: open or update the retrain pull request (labelled `act`) or the drift issue (unlabelled `act`); nothing on `warn` or `none`. Publish runs no code from the repository and treats every file it reads as untrusted.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"report":{"description":"monitor-report.json written by `monitor`: its `finding` and whether labels were tested (`decay`) decide what happens; its drifted columns and decayed metrics are shown. Required in `publish` mode; in `data` mode without it the window is added unconditionally (the workflow decided).","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"training-data":{"description":"`data` mode: the training data file (CSV, TSV or JSON Lines) that `train` reads.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"out":{"description":"`data` mode: where the training data with the window\'s rows is written. Default: `training-data` itself, in place (the file the retrain pull request commits).","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"window":{"description":"`data` mode: the window\'s labelled rows (features and label, the training data\'s columns), as a CSV, TSV or JSON Lines file.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"holdout":{"description":"`data` mode: the share of the window held out of training, its newest rows (rounded up), written to `holdout-data`: the rows on which the candidate and production are evaluated, so that neither was trained on them. 0 adds the whole window (then evaluate on other rows).","default":"0.5","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"holdout-data":{"description":"`data` mode: where the held-out rows are written (the window\'s format and columns). Required when `holdout` is above 0.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"retrain-data":{"description":"`append` (the training data grows by the window) or `replace-oldest` (as many of its first rows are dropped, so its size stays). Default: `append`. In publish mode it is only named in the pull request\'s text.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"files":{"description":"`publish` mode: repository paths to commit on the retrain branch (the training data or its pointer file, changed params), one per line; each is read from `source-dir`. Paths come from the workflow, never from the artifact.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"source-dir":{"description":"`publish` mode: the folder holding the new contents of `files` (where the artifact of the monitoring job was downloaded).","default":".","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"report-path":{"description":"`publish` mode: where in the repository the monitoring report is committed on the branch (JSON; a markdown rendering goes beside it with `.md`).","default":"monitoring/monitor-report.json","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"branch":{"description":"The retrain pull request\'s branch. Each run rebuilds it as one commit on the base branch\'s head; a branch with commits modelgate did not make is never overwritten.","default":"modelgate/retrain","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"base":{"description":"The branch the pull request targets. Default: the repository\'s default branch. Nothing is ever committed to it.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"comparison":{"description":"`publish` mode: comparison.json of the retrained candidate against production on the window\'s labelled rows (compare-to-baseline with `comment: false`); posted on the pull request as the sticky comment (from `comment-file`) and the `check-name` check on its head commit.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"comment-file":{"description":"The comparison\'s markdown. Default: `comparison` with `.md` for `.json`.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"labels":{"description":"`publish` mode: labels given to the drift issue when it is created, one per line.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"github-token":{"description":"Token for the branch, the pull request, the issue, the comment and the check. The default is evaluated by the runner; the CLI reads GITHUB_TOKEN (or GH_TOKEN). A pull request opened with the workflow\'s GITHUB_TOKEN starts no `pull_request` workflow: pass a GitHub App token to have the PR gate run as well.","default":"${{ github.token }}","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"check-name":{"description":"Name of the check run (or commit status) that carries the comparison\'s verdict on the pull request\'s head.","default":"modelgate","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"publish-timeout":{"description":"Seconds that all GitHub calls of the step may take together (each request at most 30 s of it, retries included).","default":"120","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]}},"required":["mode"],"additionalProperties":false},"train":{"description":"Train a model only when its data, code or params changed: run your command (or a built-in trainer that exports ONNX), cache its outputs under a digest of its inputs, and record its lineage.","type":["object","null"],"properties":{"command":{"description":"Your training command, any language, run by the shell in the workspace. Leave empty to use a built-in trainer (`algorithm`).","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"inputs":{"description":"Globs of the files whose content decides whether training must run: data, code, params, lockfiles (one per line). Required with `command`.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"outputs":{"description":"Required with `command`: paths the command produces (model, metrics), one per line, inside the workspace: restored on a cache hit, saved on a miss.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"params":{"description":"A params file (YAML, JSON or key=value); its values are part of the cache key, recorded in the manifest and diffed in the PR comment.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"cache":{"description":"Reuse outputs of an earlier run with the same inputs (Actions cache in a workflow, a local folder outside).","default":"true","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"cache-key-prefix":{"description":"Prefix of the cache key, to keep caches of different models apart.","default":"modelgate-train","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"manifest":{"description":"Path of train-manifest.json (inputs and their digests, command, params, git commit, timings, cache hit).","default":"train-manifest.json","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"algorithm":{"description":"Built-in trainer: `logistic-regression` (binary or multinomial) or `linear-regression` (ridge), exported to ONNX with imputation, scaling and one-hot encoding inside the graph.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"data":{"description":"Required with `algorithm`: the training data files or globs, one per line.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"label":{"description":"Required with `algorithm`: the label column.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"features":{"description":"Built-in trainers: feature columns, one per line (a name may hold spaces, commas or parentheses). Default: every column but the label, `ignore` and `split-by`, leaving out time columns (dates, timestamps) and identifier-like text columns (more than half the values distinct), named in the log.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"ignore":{"description":"Built-in trainers: columns never used as features, one per line.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"na-values":{"description":"Built-in trainers: CSV/TSV cells that mean a missing value, as validate-data reads them (a list input). Default: pandas\' list (`NA`, `N/A`, `n/a`, `NULL`, `null`, `NaN`, `nan`, `None`, `#N/A`, ...); `default, -999` extends it; `none` means only empty cells.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"model":{"description":"Built-in trainers: path of the .onnx model to write.","default":"model.onnx","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"seed":{"description":"Built-in trainers: seed. The same data and seed give a byte-identical model file.","default":"0","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"max-categories":{"description":"Built-in trainers: the most distinct values a categorical column (or a classification label) may have; more is an error that names the column.","default":"1000","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"split-by":{"description":"Built-in trainers: a time column (ISO 8601 text, or a Parquet DATE/TIMESTAMP) to split on: only the rows before `split-at` are trained on. Never a feature. The training rows\' span goes into the manifest, for compare-to-baseline\'s leakage check.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"split-at":{"description":"Built-in trainers, with `split-by`: the cut-off, an ISO 8601 date or timestamp (a date is its start, 00:00 UTC). evaluate-model takes the same two inputs and keeps the rows at or after it.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"experiments":{"description":"Where this run is recorded for `modelgate exp show` and `exp diff`: a folder (one JSON file per run), `oci://<host>/<repository>` (one small tagged artifact per run, credentials from MODELGATE_REGISTRY_USERNAME with _PASSWORD or _TOKEN), or `false` for no record.","default":".modelgate/runs","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"l2":{"description":"Built-in trainers: L2 penalty strength; logistic-regression: 1/C of scikit-learn\'s LogisticRegression, linear-regression: Ridge\'s alpha. 0 means no penalty.","default":"1","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"sweep":{"description":"A hyperparameter sweep (a file or inline YAML, schema sweep.schema.json): a grid or a seeded random sample over train inputs (`l2`, `seed`, ...) with a budget; each variant is trained through the cache and scored on the `validation` split, and the best one becomes `model`.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"sweep-step":{"description":"With `sweep`: `all` (plan, train every variant in parallel up to the cores, collect), `plan` (only write the variants as the `sweep-matrix` output for a job matrix), `variant` (train and score the one variant `sweep-variant`), or `collect` (choose among the variants\' results and restore the winner from the cache).","default":"all","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"sweep-variant":{"description":"With `sweep-step: variant`: the variant to train, a name from the `sweep-matrix` output (e.g. `v03`).","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"sweep-results":{"description":"With `sweep-step: collect`: globs of the variants\' result.json files (downloaded artifacts of the matrix jobs), one per line. Default: the sweep folder\'s `*/result.json`.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]}},"additionalProperties":false},"validate-data":{"description":"Validate a dataset against a schema, profile it in one streaming pass, and test it for drift against a reference.","type":["object","null"],"properties":{"data":{"description":"Required (unless `merge`): data files or globs, one per line (CSV, TSV, JSONL, Parquet, chosen by extension or by `format`). Several files are read as one dataset.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"format":{"description":"Force the reader: `csv`, `tsv`, `jsonl` or `parquet`. Default: from the file extension.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"schema":{"description":"Schema file (JSON or YAML): a JSON Schema (draft 2020-12) for one row, plus dataset rules under `x-dataset`.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"infer-schema":{"description":"Write a schema inferred from `data` to this path: types, nullability, ranges with a margin, small category sets.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"reference":{"description":"Dataset (exact tests) or profile.json (tests on its sketches, with their error bound) to test drift against.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"drift":{"description":"Drift settings, a YAML/JSON file or inline YAML: per-column `test` and `threshold`, and `dataset-drift-share`.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"na-values":{"description":"CSV/TSV cells that mean a missing value (a list input). Default: pandas\' list (`NA`, `N/A`, `n/a`, `NULL`, `null`, `NaN`, `nan`, `None`, `#N/A`, ...). `default` stands for that list (`default, -999` extends it); `none` means only empty cells.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"as-of":{"description":"The time `freshness` and `not-future` rules are judged at: an ISO 8601 date or timestamp (a date is its start, 00:00 UTC; a timestamp without a zone is UTC). Default: the time of the run.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"profile":{"description":"Write the profile of `data` (mergeable sketches) to this path.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"merge":{"description":"Profile files (one per line, globs allowed) to merge into one instead of reading `data`; the merged profile is written to `profile`.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"shard":{"description":"Read only shard `i/n` of the rows (row index modulo n equals i, 0-based), for a matrix of jobs whose profiles are merged.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"report":{"description":"Path of data-report.json. Default: `data-report.json`, or no report when `infer-schema` is given without `report`.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"markdown":{"description":"Also write the report as a markdown section to this path (for a PR comment).","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"html":{"description":"Also write a self-contained HTML page (column histograms, the reference overlaid on drifted columns, the drift table) to this path: inline SVG charts, no script, no network request; opens offline.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"sensitive":{"description":"Sensitive columns (one per line; `a*b` for the intersection of two) whose groups\' labels are compared before any model: SageMaker Clarify\'s class imbalance and difference in positive proportions per group, with 95% intervals. Needs `label`. Reported, never failing the run.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"label":{"description":"The label column, for `sensitive`.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"positive-label":{"description":"The positive label for `sensitive`. Default: 1 for 0/1 labels, else the second of two labels in sorted order.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"fail-on":{"description":"What fails the step: `any` (violations or drift), `violations`, `drift`, or `never`.","default":"any","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"max-samples":{"description":"How many violations to keep as samples in the report (all are counted).","default":"100","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"annotations":{"description":"How many violations become annotations on the data file lines in the pull request.","default":"10","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"workers":{"description":"Worker threads for the pass over one large CSV/TSV or Parquet file (the report and profile are the same for any number). Default: the cores available (`os.availableParallelism()`).","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]}},"additionalProperties":false},"stage":{"description":"One stage: a mapping with one key, the action, whose value holds its inputs.","type":"object","minProperties":1,"maxProperties":1,"properties":{"compare-to-baseline":{"$ref":"#/$defs/compare-to-baseline"},"deploy":{"$ref":"#/$defs/deploy"},"evaluate-model":{"$ref":"#/$defs/evaluate-model"},"monitor":{"$ref":"#/$defs/monitor"},"register":{"$ref":"#/$defs/register"},"retrain":{"$ref":"#/$defs/retrain"},"train":{"$ref":"#/$defs/train"},"validate-data":{"$ref":"#/$defs/validate-data"}},"additionalProperties":false},"stageList":{"type":"array","items":{"$ref":"#/$defs/stage"}},"stageMap":{"type":"object","properties":{"compare-to-baseline":{"$ref":"#/$defs/compare-to-baseline"},"deploy":{"$ref":"#/$defs/deploy"},"evaluate-model":{"$ref":"#/$defs/evaluate-model"},"monitor":{"$ref":"#/$defs/monitor"},"register":{"$ref":"#/$defs/register"},"retrain":{"$ref":"#/$defs/retrain"},"train":{"$ref":"#/$defs/train"},"validate-data":{"$ref":"#/$defs/validate-data"}},"additionalProperties":false}}}');
;// CONCATENATED MODULE: ./.build/js/src/lib/pipeline-schema.js
/**
 * modelgate.yml against its JSON Schema (src/generated/modelgate.schema.json, generated from
 * action.yml by the build): the first error becomes one line naming the key's path the way a
 * person writes it, `stages[2].evaluate-model.slice-by`, and what is wrong there.
 */



let validators;
function compile() {
    const ajv = new _2020.Ajv2020({ allErrors: false, strict: false });
    ajv.addSchema(modelgate_schema_namespaceObject);
    const id = modelgate_schema_namespaceObject.$id;
    // All errors at the top, so a misspelt `stages` is named rather than reported missing.
    const top = new _2020.Ajv2020({ allErrors: true }).compile({ type: 'object', required: ['stages'], properties: { stages: true }, additionalProperties: false });
    return { list: ajv.getSchema(`${id}#/$defs/stageList`), map: ajv.getSchema(`${id}#/$defs/stageMap`), top };
}
/** `/stages/2/evaluate-model/slice-by` -> `stages[2].evaluate-model.slice-by`. */
function keyPath(pointer) {
    return pointer
        .split('/')
        .slice(1)
        .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
        .reduce((acc, seg) => (/^\d+$/.test(seg) ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg), '');
}
const ACTIONS = Object.keys(modelgate_schema_namespaceObject.$defs.stage.properties);
function describe(e, base) {
    const where = keyPath(base + e.instancePath);
    const params = e.params;
    const inputsOf = (action) => Object.keys(modelgate_schema_namespaceObject.$defs[action]?.properties ?? {});
    if (e.keyword === 'additionalProperties') {
        const key = params.additionalProperty;
        const segs = where.split('.');
        const action = segs.at(-1).replace(/\[\d+\]$/, '');
        if (ACTIONS.includes(action))
            return `${where}.${key}: unknown input of ${action}; its inputs: ${inputsOf(action).join(', ')}`;
        if (where === '')
            return `${key}: unknown key; modelgate.yml has 'stages'`;
        return `${where ? `${where}.` : ''}${key}: not an action; actions: ${ACTIONS.join(', ')}`;
    }
    if (e.keyword === 'minProperties' || e.keyword === 'maxProperties')
        return `${where}: a stage is a mapping with one key, the action: { evaluate-model: { ... } }`;
    if (e.keyword === 'required')
        return `${where ? `${where}.` : ''}${params.missingProperty}: required`;
    if (e.keyword === 'type' || e.keyword === 'anyOf')
        return `${where}: must be ${e.keyword === 'anyOf' ? 'a value, a list of values or a mapping' : e.message?.replace(/^must be /, '')}`;
    return `${where}: ${e.message ?? e.keyword}`;
}
/** Throws a ConfigurationError `<file>: <key path>: <what is wrong>` on the first problem. */
function checkPipeline(doc, file) {
    validators ??= compile();
    const fail = (e, base = '') => {
        throw new errors/* ConfigurationError */.j1(`${file}: ${describe(e, base)}`);
    };
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc))
        throw new errors/* ConfigurationError */.j1(`${file}: expected a mapping with 'stages'`);
    if (!validators.top(doc))
        fail(validators.top.errors.find((e) => e.keyword === 'additionalProperties') ?? validators.top.errors[0]);
    const stages = doc.stages;
    const v = Array.isArray(stages) ? validators.list : validators.map;
    if (!v(stages))
        fail(v.errors[0], '/stages');
}


/***/ }),

/***/ 72435:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qf: () => (/* binding */ forestChart),
/* harmony export */   YZ: () => (/* binding */ driftChart),
/* harmony export */   ph: () => (/* binding */ allowedDelta),
/* harmony export */   qF: () => (/* binding */ historyCharts)
/* harmony export */ });
/* unused harmony exports label, driftScore */
/* harmony import */ var _gates_spec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36358);

/** Neutralises data-derived text for mermaid (see the module comment); empty text becomes '_'. */
function label(value, max = 40) {
    let s = String(value ?? '')
        .normalize('NFKC')
        .replace(/[^\p{L}\p{N} _.+=/-]/gu, '_')
        .replace(/\s+/g, ' ')
        .trim();
    if (s.length > max)
        s = s.slice(0, max - 1) + '_';
    return s || '_';
}
/** A finite number for mermaid text, rounded to 6 significant digits; null for NaN/Infinity/null. */
function num(x) {
    if (x === null || x === undefined || !Number.isFinite(x))
        return null;
    return String(Number(x.toPrecision(6)));
}
const fence = (body) => ['```mermaid', ...body, '```'].join('\n');
/** The allowed delta of a relative gate (signed: negative for a regression margin), from its rule text. */
function allowedDelta(g) {
    const m = /^(max-regression|require-improvement)(?:\s+(-?\d+(?:\.\d+)?(?:e-?\d+)?)(%)?)?$/.exec(g.rule.trim());
    if (!m)
        return null;
    const raw = m[2] === undefined ? 0 : Number(m[2]);
    const amount = m[3] ? (raw / 100) * Math.abs(g.baseline ?? 0) : raw;
    const dir = _gates_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .DIRECTION */ .M[g.metric] ?? 1;
    return m[1] === 'max-regression' ? -dir * amount : dir * amount;
}
const SCALE = 1000;
/**
 * Forest plot of the gated deltas: one section per gate that has a delta and an interval; a bar
 * over the interval (red when the gate failed, highlighted when underpowered), a milestone at no
 * change (0) and one at the allowed margin. Mermaid's gantt parser takes no negative times (and
 * with `dateFormat X`, seconds, it put every start at the first one), so the scale is milliseconds
 * (`dateFormat x`) shifted to start at 1, and the axis labels are hidden: the numbers are in the
 * task labels.
 * Null when no gate has an interval.
 */
function forestChart(gates, opts = {}) {
    const rows = gates.filter((g) => g.delta !== null && g.ci && num(g.ci[0]) !== null && num(g.ci[1]) !== null).slice(0, opts.max ?? 30);
    if (!rows.length)
        return null;
    const margins = rows.map((g) => allowedDelta(g));
    const values = rows.flatMap((g, i) => [g.ci[0], g.ci[1], 0, margins[i] ?? 0]).filter(Number.isFinite);
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    // Whole positions (the parser takes integers) in thousandths of the span, the smallest value at 1.
    const span = hi - lo || 1;
    const at = (x) => String(1 + Math.round(((x - lo) / span) * SCALE));
    const lines = ['gantt', '  title Δ candidate − baseline (bar = interval, ◆ = no change and allowed margin)', '  dateFormat x', '  axisFormat .', '  todayMarker off'];
    rows.forEach((g, i) => {
        const name = label(g.metric) + (g.slice ? ` ${label(g.slice.column, 24)}=${label(g.slice.value, 24)}` : '');
        const [cl, ch] = g.ci;
        lines.push(`  section ${name}`);
        const state = g.passed ? (g.underpowered ? 'active, ' : '') : 'crit, ';
        // A zero-width interval still gets a visible bar.
        const end = String(Math.max(Number(at(ch)), Number(at(cl)) + 1));
        lines.push(`  Δ ${num(g.delta)} [${num(cl)}, ${num(ch)}] ${g.passed ? 'pass' : 'fail'} : ${state}g${i}, ${at(cl)}, ${end}`);
        lines.push(`  0 : milestone, z${i}, ${at(0)}, 0ms`);
        const margin = margins[i];
        if (margin !== null && num(margin) !== null)
            lines.push(`  margin ${num(margin)} : milestone, m${i}, ${at(margin)}, 0ms`);
    });
    return fence(lines);
}
/**
 * Drift per feature as one comparable score: statistic / threshold for distance tests, and
 * log(p) / log(threshold) for tests with a p-value; 1 is the drift threshold (the line). Capped at 10.
 */
function driftScore(d) {
    let s;
    // No finite statistic (a zero-spread reference): the decision is all there is.
    if (d.statistic === null && d.pValue === undefined)
        s = d.drifted ? 10 : 0;
    else if (d.pValue !== undefined)
        s = d.threshold > 0 && d.threshold < 1 ? Math.log(Math.max(d.pValue, 1e-300)) / Math.log(d.threshold) : 0;
    else
        s = d.threshold > 0 ? d.statistic / d.threshold : 0;
    return Number.isFinite(s) ? Math.min(10, Math.max(0, s)) : 10;
}
function driftChart(drift, opts = {}) {
    const rows = [...drift].sort((a, b) => driftScore(b) - driftScore(a)).slice(0, opts.max ?? 40);
    if (!rows.length)
        return null;
    const scores = rows.map((d) => num(driftScore(d)) ?? '0');
    return fence([
        'xychart-beta horizontal',
        '  title "Drift score per column (1 = drift threshold)"',
        `  x-axis [${rows.map((d) => `"${label(d.column)}"`).join(', ')}]`,
        `  y-axis "score" 0 --> ${Math.max(2, Math.ceil(Math.max(...rows.map(driftScore))))}`,
        `  bar [${scores.join(', ')}]`,
        `  line [${rows.map(() => '1').join(', ')}]`,
    ]);
}
/**
 * One line chart per metric over versions (oldest first), e.g. the gated metrics across the last
 * registered versions. Versions missing a metric are left out of that metric's chart; a metric
 * with fewer than two points gets no chart.
 */
function historyCharts(history, metrics) {
    const out = [];
    for (const metric of metrics) {
        const pts = history.map((h) => ({ v: h.version, x: num(h.metrics[metric]) })).filter((p) => p.x !== null);
        if (pts.length < 2)
            continue;
        const xs = pts.map((p) => Number(p.x));
        const lo = Math.min(...xs);
        const hi = Math.max(...xs);
        const pad = (hi - lo) * 0.1 || Math.abs(hi) * 0.01 || 1;
        out.push(fence([
            'xychart-beta',
            `  title "${label(metric)}"`,
            `  x-axis [${pts.map((p) => `"${label(p.v, 24)}"`).join(', ')}]`,
            `  y-axis "${label(metric)}" ${num(lo - pad)} --> ${num(hi + pad)}`,
            `  line [${pts.map((p) => p.x).join(', ')}]`,
        ]));
    }
    return out;
}


/***/ }),

/***/ 23268:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gm: () => (/* binding */ diffParams),
/* harmony export */   LE: () => (/* binding */ readParams),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   m0: () => (/* binding */ paramsFormat)
/* harmony export */ });
/* unused harmony exports parseParams, flattenParams, paramsDiffMarkdown */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4522);
/* harmony import */ var _lib_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41938);
/**
 * Training parameters: read from a params file, recorded in train-manifest.json, part of the cache
 * key, and compared between runs like `dvc params diff`.
 *
 * Formats, chosen by the file name:
 * - `.json`: JSON; `.yaml` / `.yml`: YAML 1.2 (core schema, through the `yaml` package).
 * - `.env`, `.env.*`, `*.env`, `.properties`, `.txt`, `.cfg`, `.ini` and files with no extension:
 *   `key=value` lines (dotenv style). `#` starts a comment line, an `export ` prefix is allowed,
 *   values may be single or double quoted (quoted values stay text). An unquoted value that reads as
 *   a JSON number becomes a number, `true`/`false` become booleans, anything else stays text. A key
 *   with dots (`model.lr=0.1`) is kept as is, so it diffs the same as nested YAML `model: {lr: 0.1}`.
 *   INI `[section]` headers are not supported.
 * - Anything else (`.toml`, ...) is a ConfigurationError naming the file: TOML is not supported.
 *
 * The top level must be a mapping. Non-finite YAML numbers (`.inf`, `.nan`) are kept as the text
 * "Infinity" / "-Infinity" / "NaN", since JSON cannot hold them.
 */




/** The format of a params file, from its name; undefined when it is none we read. */
function paramsFormat(path) {
    const name = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path).toLowerCase();
    const ext = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.extname)(name);
    if (ext === '.json')
        return 'json';
    if (ext === '.yaml' || ext === '.yml')
        return 'yaml';
    if (name === '.env' || name.startsWith('.env.') || ext === '.env')
        return 'env';
    if (['.properties', '.txt', '.cfg', '.ini', ''].includes(ext))
        return 'env';
    return undefined;
}
/** Reads and parses a params file; a missing file or a syntax error is a ConfigurationError. */
function readParams(path, displayPath = path) {
    const format = paramsFormat(path);
    if (!format) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`params file ${displayPath}: unsupported format '${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.extname)(path)}'; use YAML (.yaml, .yml), JSON (.json) or key=value lines (.env)`);
    }
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (e) {
        const code = e.code;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`params file ${displayPath}: ${code === 'ENOENT' ? 'not found' : e.message}`);
    }
    return parseParams(text, format, displayPath);
}
/** Parses params text of a given format. */
function parseParams(text, format, source) {
    if (format === 'env')
        return parseEnv(text, source);
    const value = text.trim() === '' ? {} : (0,_lib_files_js__WEBPACK_IMPORTED_MODULE_3__/* .parseYamlOrJson */ .oL)(text, source);
    if (value === null || value === undefined)
        return {};
    if (typeof value !== 'object' || Array.isArray(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`params file ${source}: the top level must be a mapping of names to values`);
    }
    return normalize(value);
}
function parseEnv(text, source) {
    const out = {};
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const m = /^(?:export\s+)?([^=\s]+)\s*=\s*(.*)$/.exec(line);
        if (!m)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${source}:${i + 1}: expected key=value, got '${line.slice(0, 60)}'`);
        const [, key, rawValue] = m;
        if (Object.hasOwn(out, key))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${source}:${i + 1}: duplicate key '${key}'`);
        out[key] = envValue(rawValue);
    }
    return out;
}
function envValue(raw) {
    const q = raw[0];
    if ((q === '"' || q === "'") && raw.length >= 2) {
        const end = raw.lastIndexOf(q);
        if (end > 0) {
            const inner = raw.slice(1, end);
            return q === '"' ? inner.replace(/\\(["\\n])/g, (_, c) => (c === 'n' ? '\n' : c)) : inner;
        }
    }
    const value = raw.replace(/\s+#.*$/, '').trim();
    if (value === 'true')
        return true;
    if (value === 'false')
        return false;
    if (/^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(value))
        return Number(value);
    return value;
}
/** Maps what YAML can hold and JSON cannot to JSON-safe values. */
function normalize(v) {
    if (v === null || v === undefined)
        return null;
    if (typeof v === 'number')
        return Number.isFinite(v) ? v : String(v);
    if (typeof v === 'bigint')
        return Number(v);
    if (typeof v === 'string' || typeof v === 'boolean')
        return v;
    if (Array.isArray(v))
        return v.map(normalize);
    if (v instanceof Date)
        return v.toISOString();
    if (typeof v === 'object') {
        const out = {};
        for (const [k, x] of Object.entries(v))
            out[k] = normalize(x);
        return out;
    }
    return String(v);
}
/** JSON with object keys sorted at every level: the same params always give the same text. */
function canonicalJson(v) {
    if (v === null || typeof v !== 'object')
        return JSON.stringify(v) ?? 'null';
    if (Array.isArray(v))
        return `[${v.map(canonicalJson).join(',')}]`;
    const keys = Object.keys(v).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(v[k])}`).join(',')}}`;
}
/**
 * Flattens nested mappings into dotted keys (`{model: {lr: 0.1}}` -> `model.lr`). Lists and empty
 * mappings are leaf values, compared whole, as `dvc params diff` does.
 */
function flattenParams(params, prefix = '') {
    const out = {};
    for (const [k, v] of Object.entries(params)) {
        const key = prefix ? `${prefix}.${k}` : k;
        if (v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 0) {
            Object.assign(out, flattenParams(v, key));
        }
        else {
            out[key] = v;
        }
    }
    return out;
}
/**
 * What changed from `before` to `after` (either may be undefined: no params recorded), like
 * `dvc params diff`: keys flattened with dots, values compared by their canonical JSON (so 1 and
 * 1.0 are equal, 1 and "1" are not), sorted by key. Unchanged keys are left out.
 */
function diffParams(before, after) {
    const a = flattenParams(before ?? {});
    const b = flattenParams(after ?? {});
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    const out = [];
    for (const key of keys) {
        const inA = Object.hasOwn(a, key);
        const inB = Object.hasOwn(b, key);
        if (inA && !inB)
            out.push({ key, change: 'removed', old: a[key] });
        else if (!inA && inB)
            out.push({ key, change: 'added', new: b[key] });
        else if (canonicalJson(a[key]) !== canonicalJson(b[key]))
            out.push({ key, change: 'modified', old: a[key], new: b[key] });
    }
    return out;
}
/** The diff as a markdown table (`dvc params diff --md`), values from the data escaped. */
function paramsDiffMarkdown(changes, labels = { old: 'before', new: 'after' }) {
    if (changes.length === 0)
        return 'No parameter changed.\n';
    const cell = (v) => (v === undefined ? '—' : escapeCell(typeof v === 'string' ? v : canonicalJson(v)));
    const rows = changes.map((c) => `| ${escapeCell(c.key)} | ${c.change} | ${cell(c.old)} | ${cell(c.new)} |`);
    return [`| param | change | ${escapeCell(labels.old)} | ${escapeCell(labels.new)} |`, '|---|---|---|---|', ...rows].join('\n') + '\n';
}
function escapeCell(s) {
    return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/`/g, '\\`').replace(/\r?\n/g, ' ');
}


/***/ })

};
