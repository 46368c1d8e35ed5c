/**
 * Both models' predictions on the same rows, aligned by data row index: what the paired tests of
 * compare-to-baseline run on. Reads the predictions.csv files evaluate-model writes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DataError } from '../errors.js';
import { CsvParser } from '../data/csv.js';
import type { Evaluation } from '../model/evaluate.js';
import { labelKey } from '../data/schema.js';

export interface PairedRows {
  task: Evaluation['task'];
  n: number;
  /** Binary: 1 for the positive class; multiclass: class index; regression: target. */
  y: Float64Array;
  /** Binary: positive-class probability; regression: prediction. Multiclass: predicted class index. */
  candidate: Float64Array;
  baseline: Float64Array;
  /** Multiclass: per-row log loss of each model (for log_loss gates). */
  candidateLoss?: Float64Array;
  baselineLoss?: Float64Array;
  /** slice column -> per-row value. */
  slices: Map<string, string[]>;
  /** Every group column of the candidate's predictions (slice and sensitive) -> per-row value. */
  groups?: Map<string, string[]>;
}

/** The predictions file of an evaluation: as recorded, else next to the evaluation.json. */
export function predictionsFile(ev: Evaluation, evaluationPath: string): string {
  const p = ev.predictions;
  if (!p) throw new DataError(`${evaluationPath}: records no predictions file`, evaluationPath);
  if (existsSync(p)) return p;
  // Downloaded artifacts keep the files together but not the paths they were written to.
  const beside = join(dirname(evaluationPath), basename(p));
  if (existsSync(beside)) return beside;
  throw new DataError(`${evaluationPath}: its predictions file ${p} was not found (also looked beside the evaluation)`, evaluationPath);
}

export interface Parsed {
  header: string[];
  rows: string[][];
  /** The line each row starts on. */
  lines: number[];
}

export function parseCsv(path: string): Parsed {
  const rows: string[][] = [];
  const lines: number[] = [];
  const parser = new CsvParser({
    file: path,
    onRecord: (fields, line) => {
      rows.push(fields);
      lines.push(line);
    },
  });
  parser.write(readFileSync(path, 'utf8'));
  parser.end();
  if (rows.length === 0) throw new DataError(`${path}: empty predictions file`, path);
  return { header: rows[0], rows: rows.slice(1), lines: lines.slice(1) };
}

/** A value from a predictions file quoted for a one-line message. */
function shown(v: string | undefined): string {
  const s = (v ?? '').replace(/[\u0000-\u001f\u007f]+/g, ' ');
  return `'${s.length > 40 ? `${s.slice(0, 39)}…` : s}'`;
}

/**
 * A cell of a predictions file as a number: a probability in [0, 1], or any finite number. A
 * predictions file is an artifact (from a pull request's run, perhaps): a cell that is not what
 * evaluate-model writes is refused with the file and line, never tested as NaN.
 */
export function cellNumber(p: Parsed, i: number, col: number, file: string, what: string, probability: boolean): number {
  const v = p.rows[i][col];
  const x = v === undefined || v.trim() === '' ? NaN : Number(v);
  if (probability ? !(x >= 0 && x <= 1) : !Number.isFinite(x)) {
    throw new DataError(`${file}:${p.lines[i]}: ${what} ${shown(v)} is not ${probability ? 'a probability in [0, 1]' : 'a finite number'}`, file, p.lines[i]);
  }
  return x;
}

export function loadPaired(candidate: Evaluation, candidatePath: string, baseline: Evaluation, baselinePath: string): PairedRows {
  const cFile = predictionsFile(candidate, candidatePath);
  const bFile = predictionsFile(baseline, baselinePath);
  const c = parseCsv(cFile);
  const b = parseCsv(bFile);
  const col = (p: Parsed, name: string, file: string) => {
    const i = p.header.indexOf(name);
    if (i < 0) throw new DataError(`${file}: no '${name}' column (header: ${p.header.join(', ')})`, file);
    return i;
  };
  const bRow = col(b, 'row', bFile);
  const byRow = new Map<string, number>();
  b.rows.forEach((r, i) => byRow.set(r[bRow], i));
  const n = c.rows.length;
  if (b.rows.length !== n) throw new DataError(`${cFile} has ${n} rows, ${bFile} ${b.rows.length}: the two evaluations did not see the same rows`, cFile);
  const task = candidate.task;
  const y = new Float64Array(n);
  const cand = new Float64Array(n);
  const base = new Float64Array(n);
  const cRow = col(c, 'row', cFile);
  const cLabel = col(c, 'label', cFile);
  const bLabel = col(b, 'label', bFile);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const j = byRow.get(c.rows[i][cRow]);
    if (j === undefined) throw new DataError(`${bFile}: has no row ${c.rows[i][cRow]}, which ${cFile} has`, bFile);
    if (b.rows[j][bLabel] !== c.rows[i][cLabel]) throw new DataError(`row ${c.rows[i][cRow]}: label '${c.rows[i][cLabel]}' in ${cFile} but '${b.rows[j][bLabel]}' in ${bFile}`, cFile);
    order[i] = j;
  }
  let candidateLoss: Float64Array | undefined;
  let baselineLoss: Float64Array | undefined;
  if (task === 'binary') {
    const pos = candidate.positiveLabel;
    // Labels are written as labelKey() of the cell, so the classes are compared the same way.
    const classes = candidate.classes.length === 2 ? candidate.classes.map((k) => labelKey(k) ?? k) : null;
    if (pos === null || !classes) throw new DataError(`${candidatePath}: a binary evaluation needs its two classes and positiveLabel for paired tests`, candidatePath);
    const cs = col(c, 'score', cFile);
    const bs = col(b, 'score', bFile);
    for (let i = 0; i < n; i++) {
      const label = c.rows[i][cLabel];
      if (!classes.includes(label)) throw new DataError(`${cFile}:${c.lines[i]}: label ${shown(label)} is not one of the evaluation's classes (${classes.map(shown).join(', ')})`, cFile, c.lines[i]);
      y[i] = label === pos ? 1 : 0;
      cand[i] = cellNumber(c, i, cs, cFile, 'score', true);
      base[i] = cellNumber(b, order[i], bs, bFile, 'score', true);
    }
  } else if (task === 'regression') {
    const cp = col(c, 'prediction', cFile);
    const bp = col(b, 'prediction', bFile);
    for (let i = 0; i < n; i++) {
      y[i] = cellNumber(c, i, cLabel, cFile, 'label', false);
      cand[i] = cellNumber(c, i, cp, cFile, 'prediction', false);
      base[i] = cellNumber(b, order[i], bp, bFile, 'prediction', false);
    }
  } else {
    const classes = candidate.classes;
    if (JSON.stringify(classes) !== JSON.stringify(baseline.classes)) throw new DataError(`${candidatePath} and ${baselinePath} have different classes`, candidatePath);
    // Labels are written as labelKey() of the cell, predictions as the class name: either form maps.
    const idx = new Map([...classes.map((k, i) => [labelKey(k) ?? k, i] as const), ...classes.map((k, i) => [k, i] as const)]);
    const cp = col(c, 'prediction', cFile);
    const bp = col(b, 'prediction', bFile);
    const cProb = classes.map((k) => col(c, `p_${k}`, cFile));
    const bProb = classes.map((k) => col(b, `p_${k}`, bFile));
    candidateLoss = new Float64Array(n);
    baselineLoss = new Float64Array(n);
    const eps = 2.220446049250313e-16;
    const classOf = (p: Parsed, r: number, column: number, file: string, what: string) => {
      const k = idx.get(p.rows[r][column]);
      if (k === undefined) throw new DataError(`${file}:${p.lines[r]}: ${what} ${shown(p.rows[r][column])} is not one of the evaluation's classes (${classes.map(shown).join(', ')})`, file, p.lines[r]);
      return k;
    };
    for (let i = 0; i < n; i++) {
      const label = classOf(c, i, cLabel, cFile, 'label');
      y[i] = label;
      cand[i] = classOf(c, i, cp, cFile, 'prediction');
      base[i] = classOf(b, order[i], bp, bFile, 'prediction');
      const pc = cellNumber(c, i, cProb[label], cFile, `p_${classes[label]}`, true);
      const pb = cellNumber(b, order[i], bProb[label], bFile, `p_${classes[label]}`, true);
      candidateLoss[i] = -Math.log(Math.min(1 - eps, Math.max(eps, pc)));
      baselineLoss[i] = -Math.log(Math.min(1 - eps, Math.max(eps, pb)));
    }
  }
  const slices = new Map<string, string[]>();
  const groups = new Map<string, string[]>();
  c.header.forEach((h, i) => {
    if (h.startsWith('slice:')) slices.set(h.slice(6), c.rows.map((r) => r[i]));
    if (h.startsWith('slice:') || h.startsWith('sensitive:')) groups.set(h.slice(h.indexOf(':') + 1), c.rows.map((r) => r[i]));
  });
  return { task, n, y, candidate: cand, baseline: base, candidateLoss, baselineLoss, slices, groups };
}

/** The rows of `p` where `keep` holds. */
export function subsetPaired(p: PairedRows, keep: (i: number) => boolean): PairedRows {
  let k = 0;
  const all = new Uint32Array(p.n);
  for (let i = 0; i < p.n; i++) if (keep(i)) all[k++] = i;
  const idx = all.subarray(0, k);
  const pick = (a: Float64Array) => {
    const out = new Float64Array(k);
    for (let j = 0; j < k; j++) out[j] = a[idx[j]!]!;
    return out;
  };
  return {
    task: p.task,
    n: idx.length,
    y: pick(p.y),
    candidate: pick(p.candidate),
    baseline: pick(p.baseline),
    candidateLoss: p.candidateLoss && pick(p.candidateLoss),
    baselineLoss: p.baselineLoss && pick(p.baselineLoss),
    slices: new Map(),
  };
}
