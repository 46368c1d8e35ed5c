#!/usr/bin/env node
// Writes a deterministic synthetic CSV: N rows x 20 columns (12 numeric, 8 categorical), the same
// bytes for the same (rows, seed) on the same Node version.
//
//   node bench/validate-data/generate.mjs --rows 1000000 --seed 42 --out bench/work/vd-1m.csv
//
// Columns:
//   numeric (12): normal, lognormal (price), uniform, exponential (1% empty), small integer (age),
//                 integer count (geometric), large integer (epoch seconds), signed normal (1%
//                 empty), Pareto (heavy tail), bimodal mixture, integer rating 1..5, percentage
//                 (1% empty)
//   categorical (8): 3, 8, 12, 5, 50 (Zipf), 200 (Zipf), 1000 (Zipf, 1% empty) categories, and
//                 user_id, an id-like column with about as many distinct values as rows
import { openSync, writeSync, closeSync, renameSync } from 'node:fs';

/** sfc32: a small, fast, well-mixed 32-bit PRNG; next() is a float in [0, 1). */
export function rng(seed) {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next32 = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 16; i++) next32();
  let spare = NaN;
  return {
    next: () => next32() / 4294967296,
    int: (n) => Math.floor((next32() / 4294967296) * n),
    normal() {
      if (spare === spare) {
        const s = spare;
        spare = NaN;
        return s;
      }
      let u = 0;
      while (u === 0) u = next32() / 4294967296;
      const v = next32() / 4294967296;
      const r = Math.sqrt(-2 * Math.log(u));
      spare = r * Math.sin(2 * Math.PI * v);
      return r * Math.cos(2 * Math.PI * v);
    },
  };
}

/** A sampler of k categories with Zipf(s) weights (s = 0: uniform): cumulative table + binary search. */
function categorical(names, s, r) {
  const k = names.length;
  const cum = new Float64Array(k);
  let total = 0;
  for (let i = 0; i < k; i++) cum[i] = total += 1 / Math.pow(i + 1, s);
  for (let i = 0; i < k; i++) cum[i] /= total;
  return () => {
    const u = r.next();
    let lo = 0;
    let hi = k - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid] < u) lo = mid + 1;
      else hi = mid;
    }
    return names[lo];
  };
}

const range = (n, f) => Array.from({ length: n }, (_, i) => f(i));

export const COLUMNS = [
  'n_normal', 'n_price', 'n_uniform', 'n_wait', 'n_age', 'n_count', 'n_epoch', 'n_delta', 'n_pareto', 'n_bimodal', 'n_rating', 'n_pct',
  'c_answer', 'c_color', 'c_device', 'c_plan', 'c_country', 'c_segment', 'c_city', 'user_id',
];

export function generate({ rows, seed, out }) {
  const r = rng(seed);
  const answer = categorical(['yes', 'no', 'maybe'], 0.5, r);
  const color = categorical(['red', 'green', 'blue', 'cyan', 'magenta', 'yellow', 'black', 'white'], 0, r);
  const device = categorical(range(12, (i) => `device-${String.fromCharCode(97 + i)}`), 1, r);
  const plan = categorical(['free', 'basic', 'pro', 'team', 'enterprise'], 1.2, r);
  const country = categorical(range(50, (i) => `C${String(i).padStart(2, '0')}`), 1.1, r);
  const segment = categorical(range(200, (i) => `segment_${i}`), 0.8, r);
  const city = categorical(range(1000, (i) => `city-${(i * 7919) % 100003}`), 1.0, r);
  const idSpace = Math.max(1000, rows);
  const empty = () => r.next() < 0.01;

  const tmp = `${out}.tmp`;
  const fd = openSync(tmp, 'w');
  let buf = COLUMNS.join(',') + '\n';
  let bytes = 0;
  for (let i = 0; i < rows; i++) {
    const normal = 50 + 10 * r.normal();
    const price = Math.exp(3 + 0.8 * r.normal());
    const uniform = r.next();
    const wait = empty() ? '' : (-Math.log(1 - r.next()) * 12.5).toFixed(4);
    const age = 18 + r.int(73);
    const count = Math.floor(Math.log(1 - r.next()) / Math.log(0.7));
    const epoch = 1600000000 + r.int(126230400);
    const delta = empty() ? '' : (1000 * r.normal()).toFixed(2);
    const pareto = 1 / Math.pow(1 - r.next(), 1 / 1.5);
    const bimodal = r.next() < 0.3 ? -5 + r.normal() : 8 + 2 * r.normal();
    const rating = 1 + r.int(5);
    const pct = empty() ? '' : (100 * r.next()).toFixed(2);
    const cityV = empty() ? '' : city();
    const user = `u${String(r.int(idSpace)).padStart(9, '0')}`;
    buf +=
      normal.toFixed(3) + ',' + price.toFixed(2) + ',' + uniform.toFixed(6) + ',' + wait + ',' + age + ',' + count + ',' + epoch + ',' + delta + ',' +
      pareto.toFixed(3) + ',' + bimodal.toFixed(3) + ',' + rating + ',' + pct + ',' +
      answer() + ',' + color() + ',' + device() + ',' + plan() + ',' + country() + ',' + segment() + ',' + cityV + ',' + user + '\n';
    if (buf.length > 1 << 22) {
      bytes += writeSync(fd, buf);
      buf = '';
    }
  }
  bytes += writeSync(fd, buf);
  closeSync(fd);
  renameSync(tmp, out);
  return bytes;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, dflt) => {
    const i = process.argv.indexOf(`--${name}`);
    return i === -1 ? dflt : process.argv[i + 1];
  };
  const rows = Number(arg('rows', '1000000'));
  const seed = Number(arg('seed', '42'));
  const out = arg('out', `bench/work/validate-data-${rows}-s${seed}.csv`);
  const t0 = performance.now();
  const bytes = generate({ rows, seed, out });
  console.log(`${out}: ${rows} rows, ${(bytes / 1e6).toFixed(1)} MB in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
