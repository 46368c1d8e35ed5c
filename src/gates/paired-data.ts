/**
 * Both models' predictions on the same rows, aligned by data row index: what the paired tests of
 * compare-to-baseline run on. Reads the predictions.csv files evaluate-model writes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DataError } from '../errors.js';
import { CsvParser } from '../data/csv.js';
import type { Evaluation } from '../model/evaluate.js';

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

interface Parsed {
  header: string[];
  rows: string[][];
}

function parseCsv(path: string): Parsed {
  const rows: string[][] = [];
  const parser = new CsvParser({ file: path, onRecord: (fields) => rows.push(fields) });
  parser.write(readFileSync(path, 'utf8'));
  parser.end();
  if (rows.length === 0) throw new DataError(`${path}: empty predictions file`, path);
  return { header: rows[0], rows: rows.slice(1) };
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
    const pos = candidate.positiveLabel!;
    const cs = col(c, 'score', cFile);
    const bs = col(b, 'score', bFile);
    for (let i = 0; i < n; i++) {
      y[i] = c.rows[i][cLabel] === pos ? 1 : 0;
      cand[i] = Number(c.rows[i][cs]);
      base[i] = Number(b.rows[order[i]][bs]);
    }
  } else if (task === 'regression') {
    const cp = col(c, 'prediction', cFile);
    const bp = col(b, 'prediction', bFile);
    for (let i = 0; i < n; i++) {
      y[i] = Number(c.rows[i][cLabel]);
      cand[i] = Number(c.rows[i][cp]);
      base[i] = Number(b.rows[order[i]][bp]);
    }
  } else {
    const classes = candidate.classes;
    if (JSON.stringify(classes) !== JSON.stringify(baseline.classes)) throw new DataError(`${candidatePath} and ${baselinePath} have different classes`, candidatePath);
    const idx = new Map(classes.map((k, i) => [k, i]));
    const cp = col(c, 'prediction', cFile);
    const bp = col(b, 'prediction', bFile);
    const cProb = classes.map((k) => col(c, `p_${k}`, cFile));
    const bProb = classes.map((k) => col(b, `p_${k}`, bFile));
    candidateLoss = new Float64Array(n);
    baselineLoss = new Float64Array(n);
    const eps = 2.220446049250313e-16;
    for (let i = 0; i < n; i++) {
      const label = idx.get(c.rows[i][cLabel]) ?? -1;
      y[i] = label;
      cand[i] = idx.get(c.rows[i][cp]) ?? -1;
      base[i] = idx.get(b.rows[order[i]][bp]) ?? -1;
      const pc = Number(c.rows[i][cProb[label]]);
      const pb = Number(b.rows[order[i]][bProb[label]]);
      candidateLoss[i] = -Math.log(Math.min(1 - eps, Math.max(eps, pc)));
      baselineLoss[i] = -Math.log(Math.min(1 - eps, Math.max(eps, pb)));
    }
  }
  const slices = new Map<string, string[]>();
  c.header.forEach((h, i) => {
    if (h.startsWith('slice:')) slices.set(h.slice(6), c.rows.map((r) => r[i]));
  });
  return { task, n, y, candidate: cand, baseline: base, candidateLoss, baselineLoss, slices };
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
