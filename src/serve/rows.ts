/**
 * The rows endpoint's body and answer: JSON records in, labels and named class probabilities (or
 * regression values) out. The mapping of records to the model's inputs is evaluate-model's
 * (Variant.feedsFromRecords over Model.feedPlan/feeds).
 */
import type { Cell } from '../data/readers.js';
import { isObject, jsonKind, RequestError } from './tensors.js';
import type { Predictions } from './variant.js';

/** `[{...}, ...]` or `{"id": "...", "rows": [{...}, ...]}`, each value a string, number, boolean or null. */
export function parseRowsBody(json: unknown): { id?: string; records: Record<string, Cell>[] } {
  let id: string | undefined;
  let records: unknown;
  if (Array.isArray(json)) records = json;
  else if (isObject(json)) {
    if (json.id !== undefined && typeof json.id !== 'string') throw new RequestError(`"id" must be a string; got ${jsonKind(json.id)}`);
    id = json.id as string | undefined;
    records = json.rows;
  }
  if (!Array.isArray(records)) throw new RequestError(`the body must be an array of records ([{"column": value, ...}]) or {"rows": [...]}`);
  if (records.length === 0) throw new RequestError(`no rows: give at least one record`);
  records.forEach((r, i) => {
    if (!isObject(r)) throw new RequestError(`row ${i} must be an object of column values; got ${jsonKind(r)}`);
    for (const [k, v] of Object.entries(r)) {
      if (v !== null && typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') throw new RequestError(`row ${i}, column '${k}': ${jsonKind(v)} is not a column value (use a string, number, boolean or null)`);
    }
  });
  return { id, records: records as Record<string, Cell>[] };
}

/** Per row `{label, probabilities: {class: p}}`, or `{prediction}` for regression. */
export function rowsAnswer(p: Predictions): { classes?: string[]; predictions: unknown[] } {
  const k = p.classes.length;
  const predictions = p.labels.map((label, i) => {
    if (p.task === 'regression') return { prediction: p.values![i] };
    const o: { label: string; probabilities?: Record<string, number> } = { label };
    if (p.probabilities) {
      o.probabilities = {};
      for (let j = 0; j < k; j++) o.probabilities[p.classes[j]] = p.probabilities[i * k + j];
    }
    return o;
  });
  return p.task === 'regression' ? { predictions } : { classes: p.classes, predictions };
}
