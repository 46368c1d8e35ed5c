/**
 * SVG charts written as strings: no library, no script, so the page is small, draws at once,
 * prints, and can make no request. Every text from data goes through `h`. Elements carry classes
 * (`series`, `bar`, `cell`, `ci`, `est`, `margin`, `zero`) that the styles colour and the browser
 * tests count.
 */
import { fmt } from '../markdown.js';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values; long text is cut. */
export function h(value: unknown, max = 200): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (s.length > max) s = s.slice(0, max - 1) + '…';
  return s.replace(/[&<>"']/g, (c) => ESC[c]);
}

const px = (x: number) => (Math.round(x * 10) / 10).toString();

export interface Axis {
  min: number;
  max: number;
  label: string;
}

/** About `n` round tick values covering [min, max]. */
export function ticks(min: number, max: number, n = 5): number[] {
  if (!(max > min)) return [min];
  const raw = (max - min) / n;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? raw;
  const out: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step) out.push(Number(v.toPrecision(12)));
  return out;
}

interface Frame {
  sx: (x: number) => number;
  sy: (y: number) => number;
  width: number;
  height: number;
}

const W = 460;
const H = 300;
const M = { l: 56, r: 16, t: 28, b: 44 };

/** An <svg> with axes, ticks and labels; `body` draws inside the plot area. */
export function chart(cls: string, title: string, x: Axis, y: Axis, body: (f: Frame) => string, legend: { cls: string; label: string }[] = [], xTicks = true): string {
  const iw = W - M.l - M.r;
  const ih = H - M.t - M.b;
  const sx = (v: number) => M.l + ((v - x.min) / (x.max - x.min || 1)) * iw;
  const sy = (v: number) => M.t + ih - ((v - y.min) / (y.max - y.min || 1)) * ih;
  const out: string[] = [`<svg class="chart ${cls}" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${h(title)}"><title>${h(title)}</title>`];
  out.push(`<text class="title" x="${M.l}" y="16">${h(title)}</text>`);
  for (const t of xTicks ? ticks(x.min, x.max) : []) out.push(`<line class="grid" x1="${px(sx(t))}" x2="${px(sx(t))}" y1="${M.t}" y2="${M.t + ih}"/><text class="tick" x="${px(sx(t))}" y="${M.t + ih + 14}" text-anchor="middle">${fmt(t, 3)}</text>`);
  for (const t of ticks(y.min, y.max)) out.push(`<line class="grid" x1="${M.l}" x2="${M.l + iw}" y1="${px(sy(t))}" y2="${px(sy(t))}"/><text class="tick" x="${M.l - 4}" y="${px(sy(t) + 3)}" text-anchor="end">${fmt(t, 3)}</text>`);
  out.push(`<rect class="plot" x="${M.l}" y="${M.t}" width="${iw}" height="${ih}"/>`);
  out.push(`<text class="axis" x="${M.l + iw / 2}" y="${H - 8}" text-anchor="middle">${h(x.label)}</text>`);
  out.push(`<text class="axis" transform="translate(12 ${M.t + ih / 2}) rotate(-90)" text-anchor="middle">${h(y.label)}</text>`);
  out.push(body({ sx, sy, width: iw, height: ih }));
  legend.forEach((l, i) => out.push(`<rect class="${l.cls}" x="${W - M.r - 120}" y="${M.t + 6 + i * 14}" width="10" height="10"/><text class="tick" x="${W - M.r - 106}" y="${M.t + 15 + i * 14}">${h(l.label, 40)}</text>`));
  out.push('</svg>');
  return out.join('');
}

export interface Series {
  cls: string;
  label: string;
  x: number[];
  y: number[];
}

/** Lines over a [0, 1] × [0, 1] square (ROC, PR, reliability), optionally with the diagonal. */
export function lineChart(cls: string, title: string, x: Axis, y: Axis, series: Series[], opts: { diagonal?: boolean; points?: boolean } = {}): string {
  return chart(
    cls,
    title,
    x,
    y,
    (f) => {
      const out: string[] = [];
      if (opts.diagonal) out.push(`<line class="zero" x1="${px(f.sx(x.min))}" y1="${px(f.sy(y.min))}" x2="${px(f.sx(x.max))}" y2="${px(f.sy(y.max))}"/>`);
      for (const s of series) {
        const d = s.x.map((v, i) => `${i ? 'L' : 'M'}${px(f.sx(v))} ${px(f.sy(s.y[i]))}`).join('');
        if (d) out.push(`<path class="series ${s.cls}" d="${d}" data-points="${s.x.length}"/>`);
        if (opts.points) s.x.forEach((v, i) => out.push(`<circle class="est ${s.cls}" cx="${px(f.sx(v))}" cy="${px(f.sy(s.y[i]))}" r="3"/>`));
      }
      return out.join('');
    },
    series.length > 1 ? series.map((s) => ({ cls: `key ${s.cls}`, label: s.label })) : [],
  );
}

/** Histogram bars over shared edges; several series overlay (shares of each series' total). */
export function histogram(title: string, edges: number[], series: { cls: string; label: string; counts: number[] }[], xLabel: string): string {
  const shares = series.map((s) => {
    const total = s.counts.reduce((a, b) => a + b, 0) || 1;
    return s.counts.map((c) => c / total);
  });
  const top = Math.max(0.01, ...shares.flat());
  const lo = edges[0];
  const hi = edges.at(-1)! > lo ? edges.at(-1)! : lo + 1;
  return chart(
    'histogram',
    title,
    { min: lo, max: hi, label: xLabel },
    { min: 0, max: top * 1.05, label: 'share of rows' },
    (f) =>
      series
        .map((s, k) =>
          shares[k]
            .map((v, i) => {
              const x0 = f.sx(edges[i]);
              const x1 = edges[i + 1] > edges[i] ? f.sx(edges[i + 1]) : x0 + f.width / shares[k].length;
              return `<rect class="bar ${s.cls}" x="${px(x0)}" y="${px(f.sy(v))}" width="${px(Math.max(1, x1 - x0 - 1))}" height="${px(f.sy(0) - f.sy(v))}"><title>${h(s.label)} [${fmt(edges[i])}, ${fmt(edges[i + 1])}): ${fmt(v * 100, 3)}%</title></rect>`;
            })
            .join(''),
        )
        .join(''),
    series.length > 1 ? series.map((s) => ({ cls: `key ${s.cls}`, label: s.label })) : [],
  );
}

/** Grouped bars for categories (reference and current shares of the values that moved most). */
export function categoryBars(title: string, categories: string[], series: { cls: string; label: string; values: number[] }[]): string {
  const top = Math.max(0.01, ...series.flatMap((s) => s.values));
  const n = categories.length;
  return chart(
    'categories',
    title,
    { min: 0, max: n, label: '' },
    { min: 0, max: top * 1.05, label: 'share of rows' },
    (f) => {
      const out: string[] = [];
      const band = f.width / n;
      const bw = (band * 0.8) / series.length;
      categories.forEach((c, i) => {
        series.forEach((s, k) => {
          const v = s.values[i];
          const x = f.sx(i) + band * 0.1 + k * bw;
          out.push(`<rect class="bar ${s.cls}" x="${px(x)}" y="${px(f.sy(v))}" width="${px(bw)}" height="${px(f.sy(0) - f.sy(v))}"><title>${h(s.label)} ${h(c)}: ${fmt(v * 100, 3)}%</title></rect>`);
        });
        out.push(`<text class="tick" x="${px(f.sx(i) + band / 2)}" y="${px(f.sy(0) + 26)}" text-anchor="middle">${h(c, 14)}</text>`);
      });
      return out.join('');
    },
    series.length > 1 ? series.map((s) => ({ cls: `key ${s.cls}`, label: s.label })) : [],
    false,
  );
}

/** Confusion matrix: one cell per (true, predicted), shaded by the share of its row. */
export function heatmap(title: string, labels: string[], matrix: number[][]): string {
  const n = labels.length;
  const cell = Math.max(18, Math.min(56, Math.floor(360 / Math.max(1, n))));
  const left = 110;
  const topM = 44;
  const w = left + n * cell + 10;
  const hgt = topM + n * cell + 30;
  const out: string[] = [`<svg class="chart confusion" viewBox="0 0 ${w} ${hgt}" width="${w}" height="${hgt}" role="img" aria-label="${h(title)}"><title>${h(title)}</title>`];
  out.push(`<text class="title" x="4" y="16">${h(title)}</text><text class="axis" x="${left + (n * cell) / 2}" y="34" text-anchor="middle">predicted</text><text class="axis" x="4" y="${topM - 4}">true ↓</text>`);
  matrix.forEach((row, i) => {
    const total = row.reduce((a, b) => a + b, 0) || 1;
    out.push(`<text class="tick" x="${left - 4}" y="${topM + i * cell + cell / 2 + 4}" text-anchor="end">${h(labels[i], 16)}</text>`);
    row.forEach((v, j) => {
      const share = v / total;
      out.push(`<rect class="cell${i === j ? ' diag' : ''}" x="${left + j * cell}" y="${topM + i * cell}" width="${cell - 1}" height="${cell - 1}" fill-opacity="${(0.08 + 0.92 * share).toFixed(3)}"><title>true ${h(labels[i])}, predicted ${h(labels[j])}: ${v}</title></rect>`);
      if (cell >= 28) out.push(`<text class="count${share > 0.5 ? ' dark' : ''}" x="${left + j * cell + cell / 2}" y="${topM + i * cell + cell / 2 + 4}" text-anchor="middle">${v}</text>`);
    });
  });
  labels.forEach((l, j) => out.push(`<text class="tick" x="${left + j * cell + cell / 2}" y="${topM + n * cell + 14}" text-anchor="middle">${h(l, 8)}</text>`));
  out.push('</svg>');
  return out.join('');
}

export interface IntervalRow {
  label: string;
  value: number;
  lo: number | null;
  hi: number | null;
  /** A marker drawn on the row: the allowed margin of a gate. */
  margin?: number | null;
  failed?: boolean;
}

/** A forest plot: one row per estimate with its interval, a zero line when `zero` and a margin mark per row. */
export function intervalChart(cls: string, title: string, rows: IntervalRow[], opts: { zero?: boolean; xLabel?: string } = {}): string {
  const vals = rows.flatMap((r) => [r.value, r.lo, r.hi, r.margin]).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (opts.zero) vals.push(0);
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
  const sx = (v: number) => left + ((v - lo) / (hi - lo)) * iw;
  const out: string[] = [`<svg class="chart ${cls}" viewBox="0 0 ${w} ${hgt}" width="${w}" height="${hgt}" role="img" aria-label="${h(title)}"><title>${h(title)}</title>`];
  out.push(`<text class="title" x="4" y="16">${h(title)}</text>`);
  const bottom = 40 + rows.length * rowH;
  for (const t of ticks(lo, hi)) out.push(`<line class="grid" x1="${px(sx(t))}" x2="${px(sx(t))}" y1="30" y2="${bottom}"/><text class="tick" x="${px(sx(t))}" y="${bottom + 14}" text-anchor="middle">${fmt(t, 3)}</text>`);
  if (opts.xLabel) out.push(`<text class="axis" x="${left + iw / 2}" y="${bottom + 28}" text-anchor="middle">${h(opts.xLabel)}</text>`);
  if (opts.zero) out.push(`<line class="zero" x1="${px(sx(0))}" x2="${px(sx(0))}" y1="30" y2="${bottom}"/>`);
  rows.forEach((r, i) => {
    const y = 40 + i * rowH + rowH / 2;
    const fail = r.failed ? ' fail' : '';
    out.push(`<text class="tick" x="${left - 6}" y="${y + 4}" text-anchor="end">${h(r.label, 28)}</text>`);
    if (r.lo !== null && r.hi !== null && Number.isFinite(r.lo) && Number.isFinite(r.hi)) out.push(`<line class="ci${fail}" x1="${px(sx(r.lo))}" x2="${px(sx(r.hi))}" y1="${y}" y2="${y}"/>`);
    if (typeof r.margin === 'number' && Number.isFinite(r.margin)) out.push(`<path class="margin" d="M${px(sx(r.margin))} ${y - 8}v16"><title>allowed: ${fmt(r.margin)}</title></path>`);
    if (Number.isFinite(r.value)) out.push(`<circle class="est${fail}" cx="${px(sx(r.value))}" cy="${y}" r="4"><title>${h(r.label)}: ${fmt(r.value)}${r.lo !== null && r.hi !== null ? ` [${fmt(r.lo)}, ${fmt(r.hi)}]` : ''}</title></circle>`);
  });
  out.push('</svg>');
  return out.join('');
}
