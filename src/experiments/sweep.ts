/**
 * Hyperparameter sweeps: the spec (src/schemas/sweep.schema.json), the plan (a grid, or a seeded
 * random sample, within a budget), and the choice among the variants' validation scores.
 *
 * Honest selection: variants are ranked on the validation split only. The chosen variant's score
 * there is optimistic (the best of N noisy estimates); the number to believe is the chosen model's
 * score on a test split no variant was ranked on, which evaluate-model computes and
 * compare-to-baseline gates. The report shows the two side by side.
 */
import { createHash } from 'node:crypto';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import { ConfigurationError } from '../errors.js';
import { keyPath } from '../lib/pipeline-schema.js';
import { DIRECTION } from '../gates/spec.js';
import { createRng } from '../stats/rng.js';
import { canonicalJson } from '../train/params.js';
import schema from '../schemas/sweep.schema.json' with { type: 'json' };

export type Range = { min: number; max: number; log?: boolean; integer?: boolean };

export interface SweepSpec {
  method: 'grid' | 'random';
  budget: number;
  seed: number;
  params: Record<string, number[] | Range>;
  validation: string[];
  metric: string;
  goal: 'maximize' | 'minimize';
  parallel: number;
  out: string;
  positiveLabel?: string;
}

export interface Variant {
  /** v01, v02, ...: the matrix job's name, the folder of its files. */
  name: string;
  /** Train input -> value, as the input's text. */
  values: Record<string, string>;
}

let validate: ValidateFunction | undefined;

/** A sweep document -> the spec with defaults; a mistake names `source` and the key. */
export function parseSweepSpec(doc: unknown, source: string): SweepSpec {
  validate ??= new Ajv2020({ allErrors: false, strict: false }).compile(schema);
  if (!validate(doc)) {
    const e = validate.errors![0];
    const where = keyPath(e.instancePath);
    const extra = (e.params as { additionalProperty?: string }).additionalProperty;
    const allowed = e.keyword === 'enum' && e.propertyName ? ` (sweepable inputs: ${((schema.properties.params.propertyNames as { enum: string[] }).enum).join(', ')})` : '';
    throw new ConfigurationError(`${source}: sweep${where ? `.${where}` : ''}${e.propertyName ? `.${e.propertyName}` : ''}${extra ? `.${extra}: unknown key` : `: ${e.message}`}${allowed}`);
  }
  const d = doc as Record<string, unknown>;
  const method = (d.method as SweepSpec['method']) ?? 'grid';
  const params = d.params as SweepSpec['params'];
  for (const [k, v] of Object.entries(params)) {
    if (!Array.isArray(v)) {
      if (method === 'grid') throw new ConfigurationError(`${source}: sweep.params.${k}: a grid takes a list of values; a range { min, max } needs method: random`);
      if (!(v.min < v.max)) throw new ConfigurationError(`${source}: sweep.params.${k}: min must be below max`);
      if (v.log && v.min <= 0) throw new ConfigurationError(`${source}: sweep.params.${k}: a log range needs min > 0`);
    }
    const values = Array.isArray(v) ? v : [v.min, v.max];
    if (k === 'l2' && values.some((x) => x < 0)) throw new ConfigurationError(`${source}: sweep.params.l2: values must be >= 0`);
    if ((k === 'seed' || k === 'max-categories') && values.some((x) => !Number.isInteger(x) || x < (k === 'seed' ? 0 : 1))) throw new ConfigurationError(`${source}: sweep.params.${k}: values must be integers >= ${k === 'seed' ? 0 : 1}`);
  }
  const metric = d.metric as string;
  const goal = (d.goal as SweepSpec['goal'] | undefined) ?? ((DIRECTION[metric] ?? 1) === 1 ? 'maximize' : 'minimize');
  return {
    method,
    budget: (d.budget as number | undefined) ?? 16,
    seed: (d.seed as number | undefined) ?? 0,
    params,
    validation: typeof d.validation === 'string' ? [d.validation] : (d.validation as string[]),
    metric,
    goal,
    parallel: (d.parallel as number | undefined) ?? 0,
    out: (d.out as string | undefined) ?? '.modelgate/sweep',
    positiveLabel: d['positive-label'] === undefined ? undefined : String(d['positive-label']),
  };
}

/** A value as an input's text: integers as they are, others to 4 significant digits. */
function text(x: number): string {
  return Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(4)));
}

function draw(r: Range | number[], rng: ReturnType<typeof createRng>): number {
  if (Array.isArray(r)) return r[rng.uniformInt(r.length)];
  const u = rng.nextFloat();
  const x = r.log ? Math.exp(Math.log(r.min) + u * (Math.log(r.max) - Math.log(r.min))) : r.min + u * (r.max - r.min);
  return r.integer ? Math.round(x) : x;
}

/**
 * The variants: grid — every combination in the order the params are listed, the last varying
 * fastest (a seeded sample of `budget` of them, kept in grid order, when there are more); random —
 * `budget` distinct seeded draws (fewer when the space has fewer distinct points).
 */
export function planSweep(spec: SweepSpec): Variant[] {
  const keys = Object.keys(spec.params);
  const rows: Record<string, string>[] = [];
  if (spec.method === 'grid') {
    const lists = keys.map((k) => [...new Set((spec.params[k] as number[]).map(text))]);
    const total = lists.reduce((n, l) => n * l.length, 1);
    let picks = Array.from({ length: total }, (_, i) => i);
    if (total > spec.budget) {
      const rng = createRng(spec.seed, 1);
      for (let i = 0; i < spec.budget; i++) {
        const j = i + rng.uniformInt(total - i);
        [picks[i], picks[j]] = [picks[j], picks[i]];
      }
      picks = picks.slice(0, spec.budget).sort((a, b) => a - b);
    }
    for (let idx of picks) {
      const row: Record<string, string> = {};
      for (let k = keys.length - 1; k >= 0; k--) {
        row[keys[k]] = lists[k][idx % lists[k].length];
        idx = Math.floor(idx / lists[k].length);
      }
      rows.push(Object.fromEntries(keys.map((k) => [k, row[k]])));
    }
  } else {
    const rng = createRng(spec.seed, 2);
    const seen = new Set<string>();
    for (let tries = 0; rows.length < spec.budget && tries < spec.budget * 20; tries++) {
      const row = Object.fromEntries(keys.map((k) => [k, text(draw(spec.params[k], rng))]));
      const id = canonicalJson(row);
      if (seen.has(id)) continue;
      seen.add(id);
      rows.push(row);
    }
  }
  const width = Math.max(2, String(rows.length).length);
  return rows.map((values, i) => ({ name: `v${String(i + 1).padStart(width, '0')}`, values }));
}

/** The id all jobs of one sweep agree on: a digest of the plan and of what is trained. */
export function sweepId(variants: Variant[], trainedBy: string): string {
  return createHash('sha256').update(canonicalJson({ variants, trainedBy })).digest('hex').slice(0, 12);
}

/** The job matrix of the plan: `{ include: [{ variant, ...values }] }` for `fromJSON`. */
export function sweepMatrix(variants: Variant[]): { include: Record<string, string>[] } {
  return { include: variants.map((v) => ({ variant: v.name, ...v.values })) };
}

export interface VariantScore {
  variant: string;
  values: Record<string, string>;
  value: number | null;
  ci: [number, number] | null;
}

/**
 * Ranks variants by their validation score, best first (missing scores last; ties keep plan
 * order) and returns the ranking; the first is the choice.
 */
export function rankVariants<T extends VariantScore>(scores: readonly T[], goal: SweepSpec['goal']): T[] {
  const sign = goal === 'maximize' ? -1 : 1;
  return scores
    .map((s, i) => ({ s, i }))
    .sort((a, b) => {
      const x = a.s.value;
      const y = b.s.value;
      if (x === null || y === null || Number.isNaN(x) || Number.isNaN(y)) return (x === null || Number.isNaN(x) ? 1 : 0) - (y === null || Number.isNaN(y) ? 1 : 0) || a.i - b.i;
      return sign * (x - y) || a.i - b.i;
    })
    .map((r) => r.s);
}
