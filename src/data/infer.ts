/**
 * Schema inference from a profile, written for a person to read and edit. It infers what TFDV does
 * (types, nullability, small category sets) and numeric ranges, which TFDV does not, with a margin:
 * held-out rows fall a little outside the observed extremes all the time, and a schema that cries
 * wolf gets switched off. The rules, each stated in the schema's descriptions:
 *
 * - type: integer / number / boolean / string from the values seen; `null` added (nullable) unless
 *   the data is large (NON_NULL_MIN_ROWS, 1000 rows) and the column was never null: a sample without
 *   nulls says little about the next file, while 1000 rows without one bound the null rate below
 *   0.3% (the rule of three at 95%). Remove "null" from a type to require a value.
 * - text in a numeric column (at most 10% of values, see ColumnProfile.textInNumeric): numeric.
 * - range (x-dataset): the observed [min, max] widened by 10% of its span on each side; a column
 *   that never went below 0 keeps 0 as its floor (counts, amounts, durations).
 * - max-null-fraction (x-dataset), for nullable columns: the observed fraction plus three binomial
 *   standard errors plus 0.5 points, so the same source rarely trips it.
 * - enum: for text columns with at most 20 distinct values, each seen at least twice.
 * - format: `date` for dates, `date-time` for timestamps with a zone, `iso-date-time` when some had
 *   none. No time rule is inferred: freshness and gaps are a property of the feed, for a person to set.
 */
import { stringify } from 'yaml';
import type { Profile, ColumnProfile } from './profile.js';
import type { ColumnRules, RowSchema } from './schema.js';
import { dict } from '../lib/objects.js';

const MAX_ENUM = 20;
const RANGE_MARGIN = 0.1;

function nice(x: number, dir: 'down' | 'up'): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const mag = 10 ** (Math.floor(Math.log10(Math.abs(x))) - 3);
  return (dir === 'down' ? Math.floor(x / mag) : Math.ceil(x / mag)) * mag;
}

function round(x: number): number {
  return Number(x.toPrecision(6));
}

/** Rows from which a column never null is inferred as required to have a value (non-nullable). */
export const NON_NULL_MIN_ROWS = 1000;

export function inferColumn(col: ColumnProfile, rows: number): { property: Record<string, unknown>; rules?: ColumnRules } {
  const nullable = col.nulls > 0 || rows < NON_NULL_MIN_ROWS;
  const withNull = (t: string) => (nullable ? [t, 'null'] : t);
  const total = col.count + col.nulls;
  const observed: string[] = [`${col.count} values`, `${col.nulls} null`];
  const rules: ColumnRules = {};
  const property: Record<string, unknown> = {};
  switch (col.type) {
    case 'integer':
    case 'number': {
      const { min, max } = col.moments;
      observed.push(`min ${round(min)}`, `max ${round(max)}`);
      property.type = withNull(col.type);
      const margin = (max - min) * RANGE_MARGIN;
      let lo = nice(min - margin, 'down');
      const hi = nice(max + margin, 'up');
      if (min >= 0 && lo < 0) lo = 0;
      rules.range = { min: col.type === 'integer' ? Math.floor(lo) : round(lo), max: col.type === 'integer' ? Math.ceil(hi) : round(hi) };
      break;
    }
    case 'boolean':
      property.type = withNull('boolean');
      break;
    case 'date':
    case 'date-time': {
      // Checked by ajv-formats: `date` (RFC 3339 full-date, leap years included), `date-time` (needs a
      // zone), or `iso-date-time` when some timestamps had none (wall-clock time).
      property.type = withNull('string');
      property.format = col.type === 'date' ? 'date' : col.time.naive > 0 ? 'iso-date-time' : 'date-time';
      const t = col.summary().time!;
      observed.push(`from ${t.min}`, `to ${t.max}`);
      break;
    }
    case 'string': {
      property.type = withNull('string');
      const counts = col.top.exactCounts();
      if (counts && counts.size <= MAX_ENUM && [...counts.values()].every((c) => c >= 2) && col.strings === col.count) {
        const values = [...counts.keys()].map(String).sort();
        property.enum = nullable ? [...values, null] : values;
        observed.push(`${values.length} categories`);
      } else {
        observed.push(`~${col.distinctCount.value} distinct`);
      }
      break;
    }
    case 'empty':
      observed.push('always empty');
      break;
  }
  if (col.nulls > 0 && total > 0) {
    const p = col.nulls / total;
    const bound = Math.min(1, p + 3 * Math.sqrt((p * (1 - p)) / total) + 0.005);
    rules['max-null-fraction'] = Math.ceil(bound * 1000) / 1000;
  }
  const why = col.nulls > 0 ? '' : nullable ? `; nullable: no null seen, but under ${NON_NULL_MIN_ROWS} rows` : `; not nullable: no null in ${rows} rows`;
  property.description = `inferred from ${rows} rows: ${observed.join(', ')}${why}`;
  return { property, rules: Object.keys(rules).length ? rules : undefined };
}

export function inferSchema(profile: Profile, source: string): RowSchema {
  const properties = dict<Record<string, unknown>>();
  const columns = dict<ColumnRules>();
  for (const col of profile.columns) {
    const { property, rules } = inferColumn(col, profile.rows);
    properties[col.name] = property;
    if (rules) columns[col.name] = rules;
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: `rows of ${source}`,
    description:
      `Inferred by modelgate validate-data --infer-schema from ${profile.rows} rows. Columns are nullable (type [..., "null"]) unless ` +
      `the data had at least ${NON_NULL_MIN_ROWS} rows and the column no null; remove "null" from a type to require a value, add it to allow none.`,
    type: 'object',
    properties,
    required: profile.columns.map((c) => c.name),
    'x-dataset': { columns },
  };
}

/** YAML for .yml/.yaml paths (with a header comment), JSON otherwise. */
export function renderSchema(schema: RowSchema, path: string): string {
  if (/\.ya?ml$/i.test(path)) {
    return (
      '# Inferred by `modelgate validate-data --infer-schema`. Review and edit it: ranges carry a 10% margin,\n' +
      '# categories list what was seen. JSON Schema draft 2020-12 for one row, plus dataset rules in x-dataset.\n' +
      `# Nullability: a column is nullable (type [..., "null"]) unless the data had at least ${NON_NULL_MIN_ROWS} rows and the\n` +
      '# column never was null. To require a value, remove "null" from its type (and from its enum); to allow none, add it.\n' +
      stringify(schema, { lineWidth: 0 })
    );
  }
  return JSON.stringify(schema, null, 2) + '\n';
}
