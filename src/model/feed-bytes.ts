/**
 * A batch's feeds built straight from the byte-level reader's records (src/data/csv-bytes.ts): a
 * numeric cell goes from its bytes into the Float32Array / Float64Array feed without a string
 * (plain decimals; anything else through its text), with numberFor's exact values and messages;
 * label and group cells are interned strings. What Model.feeds makes from string cells, the same
 * values bit for bit, and the same error for the same cell.
 */
import type { CsvRecord, InternCache, NaBytes } from '../data/csv-bytes.js';
import { InternCache as Intern } from '../data/csv-bytes.js';
import { labelKey, parseNumber } from '../data/schema.js';
import type { RowSource } from './evaluate-rows.js';
import { FLOAT32_MAX, INT_RANGE, numberFor, truthy, type FeedPlan, type Model } from './model.js';

type Feeds = Parameters<Model['run']>[0];

/**
 * numberFor(cell) for field i of `rec`, where cell is what the string reader delivers (null for
 * an empty field or one of na-values, else the field's text), without making the text when the
 * field is a plain decimal in range.
 */
export function numberOfField(rec: CsvRecord, i: number, na: NaBytes, column: string, type: string, at: () => { file?: string; line?: number }, missing = rec.isEmpty(i) || rec.isNa(i, na)): number {
  if (missing) return numberFor(null, column, type, at);
  // rec.number is parseNumber: Number(text) when that is finite and the text not blank, else undefined.
  const n = rec.number(i);
  if (n !== undefined && n > -FLOAT32_MAX && n < FLOAT32_MAX && (INT_RANGE[type] === undefined || Math.abs(n) < INT_RANGE[type]!)) return n;
  // Blank, not a number, not finite or out of range: the string path decides (and words the error).
  return numberFor(rec.text(i), column, type, at);
}

/** One input's values for the rows of a batch. */
type Column = { kind: 'number'; data: Float32Array | Float64Array | Int32Array | BigInt64Array } | { kind: 'string'; data: string[] } | { kind: 'bool'; data: Uint8Array };

/**
 * Fills one batch of at most `capacity` rows from records, then hands out its feeds and the
 * RowSource the decoder reads (labels, lines, missing fed cells, group values).
 */
export class BatchBuilder {
  n = 0;
  readonly lines: Int32Array;
  readonly labels: (string | null)[] = [];
  private readonly groups: string[][];
  /** Per row, the index (in plan.features) of the first fed column that is missing, or -1. */
  private readonly missing: Int32Array;
  private readonly tensor?: Float32Array | Float64Array;
  private readonly columns: Column[] = [];
  private readonly featureIdx: number[];
  /** No na-value parses as a number (so a field that does is not missing). */
  private readonly numbersAreNotNa: boolean;
  /** The tensor's integer range (INT_RANGE), if any. */
  private readonly intRange: number | undefined;
  /** The record being added, for error messages (one closure per batch, not per row). */
  private line = 0;
  private readonly at = () => ({ file: this.file, line: this.line });

  constructor(
    private readonly model: Model,
    private readonly plan: FeedPlan,
    colIndex: Map<string, number>,
    private readonly labelIdx: number,
    private readonly groupIdx: number[],
    private readonly na: NaBytes,
    private readonly capacity: number,
    private readonly file: string,
    /** Per data column, an intern cache for text cells; label keys by interned label text. */
    private readonly caches: { interned: Map<number, InternCache>; labelKeys: Map<string, string | null> },
  ) {
    this.lines = new Int32Array(capacity);
    this.missing = new Int32Array(capacity);
    this.groups = groupIdx.map(() => []);
    this.featureIdx = plan.features.map((c) => colIndex.get(c)!);
    this.numbersAreNotNa = ![...na.texts].some((t) => parseNumber(t) !== undefined);
    this.intRange = plan.mode === 'tensor' ? INT_RANGE[plan.input!.type] : undefined;
    if (plan.mode === 'tensor') {
      const size = capacity * plan.features.length;
      this.tensor = plan.input!.type === 'float64' ? new Float64Array(size) : new Float32Array(size);
    } else {
      for (const input of plan.inputs) {
        switch (input.type) {
          case 'string':
            this.columns.push({ kind: 'string', data: [] });
            break;
          case 'bool':
            this.columns.push({ kind: 'bool', data: new Uint8Array(capacity) });
            break;
          case 'int64':
            this.columns.push({ kind: 'number', data: new BigInt64Array(capacity) });
            break;
          case 'int32':
            this.columns.push({ kind: 'number', data: new Int32Array(capacity) });
            break;
          default:
            this.columns.push({ kind: 'number', data: input.type === 'float64' ? new Float64Array(capacity) : new Float32Array(capacity) });
        }
      }
    }
  }

  /** Empties the batch for reuse (its typed arrays are kept: a chunk's batches are reused by the next chunk). */
  reset(): void {
    this.n = 0;
    this.labels.length = 0;
    for (const g of this.groups) g.length = 0;
    for (const c of this.columns) if (c.kind === 'string') c.data.length = 0;
  }

  get full(): boolean {
    return this.n >= this.capacity;
  }

  private text(rec: CsvRecord, i: number): string | null {
    if (rec.isEmpty(i) || rec.isNa(i, this.na)) return null;
    let cache = this.caches.interned.get(i);
    if (!cache) this.caches.interned.set(i, (cache = new Intern()));
    return rec.intern(i, cache);
  }

  /** Adds one record (a data row starting on `line`). */
  add(rec: CsvRecord, line: number): void {
    const r = this.n;
    this.line = line;
    const at = this.at;
    const features = this.plan.features;
    let missing = -1;
    const idx = this.featureIdx;
    if (this.tensor) {
      const f = features.length;
      const type = this.plan.input!.type;
      const data = this.tensor;
      const na = this.na;
      const range = this.intRange;
      const bytes = rec.bytes;
      const starts = rec.start;
      const ends = rec.end;
      for (let j = 0; j < f; j++) {
        const i = idx[j]!;
        if (this.numbersAreNotNa) {
          // A field that starts like a plain decimal and parses as a number in range is neither
          // empty nor one of na-values (none of them is a number): the value, without those checks.
          const s = starts[i]!;
          const c = s < ends[i]! ? bytes[s]! : 0;
          if ((c >= 48 && c <= 57) || c === 45 || c === 46) {
            const v = rec.number(i);
            if (v !== undefined && v > -FLOAT32_MAX && v < FLOAT32_MAX && (range === undefined || Math.abs(v) < range)) {
              data[r * f + j] = v;
              continue;
            }
          }
        }
        const empty = rec.isEmpty(i) || rec.isNa(i, na);
        if (empty && missing < 0) missing = j;
        data[r * f + j] = numberOfField(rec, i, na, features[j]!, type, at, empty);
      }
    } else {
      const inputs = this.plan.inputs;
      for (let j = 0; j < inputs.length; j++) {
        const i = idx[j]!;
        const input = inputs[j]!;
        const col = this.columns[j]!;
        const empty = rec.isEmpty(i) || rec.isNa(i, this.na);
        if (missing < 0 && empty) missing = j;
        if (col.kind === 'string') col.data.push(empty ? '' : this.text(rec, i)!);
        else if (col.kind === 'bool') col.data[r] = truthy(empty ? null : rec.text(i)) ? 1 : 0;
        else if (col.data instanceof BigInt64Array) col.data[r] = BigInt(Math.round(numberOfField(rec, i, this.na, input.name, 'int64', at, empty)));
        else col.data[r] = numberOfField(rec, i, this.na, input.name, input.type, at, empty);
      }
    }
    this.missing[r] = missing;
    const label = this.text(rec, this.labelIdx);
    let key: string | null = null;
    if (label !== null) {
      key = this.caches.labelKeys.get(label) ?? null;
      if (key === null && !this.caches.labelKeys.has(label)) {
        key = labelKey(label);
        if (this.caches.labelKeys.size < 4096) this.caches.labelKeys.set(label, key);
      }
    }
    this.labels.push(key);
    for (let s = 0; s < this.groupIdx.length; s++) this.groups[s]!.push(this.text(rec, this.groupIdx[s]!) ?? '(missing)');
    this.lines[r] = line;
    this.n++;
  }

  /** The batch's feeds, sized to its rows. */
  feeds(): Feeds {
    const n = this.n;
    const plan = this.plan;
    if (this.tensor) {
      const f = plan.features.length;
      return { [plan.input!.name]: this.model.tensor(plan.input!.type === 'float64' ? 'float64' : 'float32', this.tensor.subarray(0, n * f), [n, f]) };
    }
    const feeds: Feeds = {};
    plan.inputs.forEach((input, j) => {
      const col = this.columns[j]!;
      const dims = input.shape.length === 1 ? [n] : [n, 1];
      const type = col.kind === 'string' ? 'string' : col.kind === 'bool' ? 'bool' : input.type === 'float64' ? 'float64' : input.type === 'int64' || input.type === 'int32' ? input.type : 'float32';
      feeds[input.name] = this.model.tensor(type as 'float32', col.kind === 'string' ? col.data : col.data.subarray(0, n), dims);
    });
    return feeds;
  }

  /** What the decoder reads of the batch's rows. */
  source(): RowSource {
    const features = this.plan.features;
    return {
      n: this.n,
      labels: this.labels,
      lines: this.lines,
      file: this.file,
      missingFed: (r) => (this.missing[r]! >= 0 ? features[this.missing[r]!] : undefined),
      group: (r, s) => this.groups[s]![r]!,
    };
  }
}
