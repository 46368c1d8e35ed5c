export const id = 157;
export const ids = [157];
export const modules = {

/***/ 56157:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  QC: () => (/* binding */ comparisonParts),
  Tn: () => (/* binding */ writeHtml),
  Zt: () => (/* binding */ writePipelineHtml)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./.build/js/src/lib/files.js
var files = __webpack_require__(41938);
// EXTERNAL MODULE: ./.build/js/src/report/markdown.js
var markdown = __webpack_require__(29527);
// EXTERNAL MODULE: ./.build/js/src/report/mermaid.js
var mermaid = __webpack_require__(72435);
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
    return { title: 'modelgate: comparison', comparison, evaluations, dataReport: artifact(files.dataReport, 'data-report') };
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


/***/ })

};
