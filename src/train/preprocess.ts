/**
 * Preprocessing fitted on the training rows, as scikit-learn's
 * `ColumnTransformer([('num', Pipeline([SimpleImputer(strategy='mean'), StandardScaler()]), numeric),
 * ('cat', OneHotEncoder(handle_unknown='ignore'), categorical)])` does, and the design matrix it
 * produces:
 *
 * - numeric: missing values are replaced by the training mean (of the non-missing values), then
 *   standardized with the mean and the population standard deviation (ddof 0) of the imputed
 *   column, as StandardScaler after SimpleImputer computes them; a constant column keeps scale 1.
 * - categorical: one-hot over the categories seen in the training rows, sorted by code point (numpy's
 *   order for strings); an unseen category and a missing value are all zeros.
 * - a column with no value at all in the training rows is dropped (as SimpleImputer drops it).
 *
 * Columns of the design are the numeric columns in order, then each categorical column's one-hot
 * block, as ColumnTransformer orders them. The one-hot part is stored sparsely (the active column
 * per row and categorical feature), so many categories cost no memory per row.
 */
import type { Column, Table } from './table.js';

export interface NumericFeature {
  name: string;
  kind: 'numeric';
  mean: number;
  /** Population standard deviation, or 1 for a constant column. */
  scale: number;
  missing: number;
}

export interface CategoricalFeature {
  name: string;
  kind: 'categorical';
  /** Sorted categories seen in training: one-hot column order. */
  categories: string[];
  missing: number;
  /** Dictionary code -> position in `categories`, -1 if not seen in training. */
  codeToIndex: Int32Array;
}

export interface Preprocessor {
  numeric: NumericFeature[];
  categorical: CategoricalFeature[];
  /** Inputs of the model in input order (the order of the table's columns), kinds included. */
  inputs: { name: string; kind: 'numeric' | 'categorical' }[];
  dropped: { name: string; reason: string }[];
  /** Design width: numeric count plus all one-hot widths. */
  width: number;
  /** Name of each design column: the numeric column, or `column=category`. */
  columnNames: string[];
}

/** Rows of the design matrix: dense standardized numerics, sparse one-hot columns. */
export interface Design {
  n: number;
  /** Numeric features per row. */
  d: number;
  /** n * d, row-major. */
  num: Float64Array;
  /** Categorical features per row. */
  c: number;
  /** n * c: the design column (>= d) that is 1 for that categorical feature, or -1 (all zeros). */
  cat: Int32Array;
  width: number;
}

/** Code point order, as Python (numpy) sorts str. */
export function compareCodePoints(a: string, b: string): number {
  const la = a.length;
  const lb = b.length;
  for (let i = 0, j = 0; i < la && j < lb; ) {
    const ca = a.codePointAt(i)!;
    const cb = b.codePointAt(j)!;
    if (ca !== cb) return ca < cb ? -1 : 1;
    i += ca > 0xffff ? 2 : 1;
    j += cb > 0xffff ? 2 : 1;
  }
  return la === lb ? 0 : la < lb ? -1 : 1;
}

/** Fits imputation, scaling and one-hot categories on the rows `train` (ascending row indices). */
export function fitPreprocessor(table: Table, train: Int32Array): Preprocessor {
  const numeric: NumericFeature[] = [];
  const categorical: CategoricalFeature[] = [];
  const inputs: Preprocessor['inputs'] = [];
  const dropped: Preprocessor['dropped'] = [];
  const n = train.length;
  for (const col of table.columns) {
    const f = col.kind === 'numeric' ? fitNumeric(col, train) : fitCategorical(col, train);
    if (!f) {
      dropped.push({ name: col.name, reason: `no value in the ${n} training rows` });
      continue;
    }
    if (f.kind === 'numeric') numeric.push(f);
    else categorical.push(f);
    inputs.push({ name: f.name, kind: f.kind });
  }
  const columnNames = [...numeric.map((f) => f.name), ...categorical.flatMap((f) => f.categories.map((c) => `${f.name}=${c}`))];
  return { numeric, categorical, inputs, dropped, width: columnNames.length, columnNames };
}

function fitNumeric(col: Column & { kind: 'numeric' }, train: Int32Array): NumericFeature | undefined {
  const v = col.values;
  let sum = 0;
  let count = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let k = 0; k < train.length; k++) {
    const x = v[train[k]];
    if (x !== x) continue;
    sum += x;
    count++;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  if (count === 0) return undefined;
  const mean = sum / count;
  // Imputed values equal the mean and add nothing to the squares; the divisor is every row.
  let ss = 0;
  for (let k = 0; k < train.length; k++) {
    const x = v[train[k]];
    if (x === x) ss += (x - mean) * (x - mean);
  }
  const std = Math.sqrt(ss / train.length);
  const scale = min === max || !(std >= 10 * Number.EPSILON) ? 1 : std;
  return { name: col.name, kind: 'numeric', mean: min === max ? min : mean, scale, missing: train.length - count };
}

function fitCategorical(col: Column & { kind: 'categorical' }, train: Int32Array): CategoricalFeature | undefined {
  const seen = new Uint8Array(col.dictionary.length);
  let missing = 0;
  for (let k = 0; k < train.length; k++) {
    const code = col.codes[train[k]];
    if (code < 0) missing++;
    else seen[code] = 1;
  }
  const categories = col.dictionary.filter((_, i) => seen[i]).sort(compareCodePoints);
  if (categories.length === 0) return undefined;
  const position = new Map(categories.map((c, i) => [c, i]));
  const codeToIndex = new Int32Array(col.dictionary.length).fill(-1);
  col.dictionary.forEach((c, i) => {
    const p = position.get(c);
    if (p !== undefined) codeToIndex[i] = p;
  });
  return { name: col.name, kind: 'categorical', categories, missing, codeToIndex };
}

/** The design matrix of rows `rows` of `table` under `prep`. */
export function buildDesign(table: Table, prep: Preprocessor, rows: Int32Array): Design {
  const n = rows.length;
  const d = prep.numeric.length;
  const c = prep.categorical.length;
  const byName = new Map(table.columns.map((col) => [col.name, col]));
  const num = new Float64Array(n * d);
  prep.numeric.forEach((f, j) => {
    const v = (byName.get(f.name) as Column & { kind: 'numeric' }).values;
    const { mean, scale } = f;
    for (let i = 0; i < n; i++) {
      const x = v[rows[i]];
      num[i * d + j] = x === x ? (x - mean) / scale : 0;
    }
  });
  const cat = new Int32Array(n * c);
  let offset = d;
  prep.categorical.forEach((f, j) => {
    const codes = (byName.get(f.name) as Column & { kind: 'categorical' }).codes;
    for (let i = 0; i < n; i++) {
      const code = codes[rows[i]];
      const p = code < 0 ? -1 : f.codeToIndex[code];
      cat[i * c + j] = p < 0 ? -1 : offset + p;
    }
    offset += f.categories.length;
  });
  return { n, d, num, c, cat, width: prep.width };
}
