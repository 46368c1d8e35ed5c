/**
 * Gate files: what compare-to-baseline enforces. Validated against src/schemas/gates.schema.json
 * (published for editors), then normalised into a flat list of gates, one per metric, rule and
 * slice column.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject } from 'ajv';
import { ConfigurationError } from '../errors.js';
import schema from '../schemas/gates.schema.json' with { type: 'json' };
import { MEASURE_DIRECTION } from '../fairness/measures.js';

export type Policy = 'detect-regression' | 'prove-non-inferiority';
export type Correction = 'holm' | 'bh' | 'none';
export type RuleKind = 'min' | 'max' | 'max-regression' | 'require-improvement';
/** How `min` / `max` bounds are judged: the point value, or the candidate's interval under the policy. */
export type MinPolicy = 'point' | 'interval';

/** Direction per metric: +1 higher is better, -1 lower is better. */
export const DIRECTION: Record<string, 1 | -1> = {
  accuracy: 1,
  balanced_accuracy: 1,
  precision: 1,
  recall: 1,
  f1: 1,
  roc_auc: 1,
  average_precision: 1,
  macro_f1: 1,
  r2: 1,
  log_loss: -1,
  brier_score: -1,
  ece: -1,
  mae: -1,
  rmse: -1,
  latency_p50_ms: -1,
  latency_p95_ms: -1,
  ...MEASURE_DIRECTION,
};

export interface Amount {
  value: number;
  percent: boolean;
}

export interface Gate {
  metric: string;
  /** A fairness measure, applied to every sensitive feature of the evaluation. */
  fairness?: true;
  /** The slice column when the gate applies to every value of it. */
  sliceColumn?: string;
  rule: RuleKind;
  /** min / max: the bound; max-regression / require-improvement: the amount. */
  amount: Amount;
  /** The rule as written, for reports: "max-regression 1%". */
  text: string;
}

export interface GateSpec {
  policy: Policy;
  minPolicy: MinPolicy;
  confidence?: number;
  correction?: Correction;
  bootstrap?: number;
  seed?: number;
  gates: Gate[];
  source: string;
}

let validate: ReturnType<Ajv2020['compile']> | undefined;

function amountOf(v: unknown): Amount {
  if (typeof v === 'string') return { value: Number(v.slice(0, -1)) / 100, percent: true };
  return { value: Number(v), percent: false };
}

/** Parses an already-loaded gate document (YAML or JSON); errors name the source and the key. */
export function parseGates(doc: unknown, source: string): GateSpec {
  validate ??= new Ajv2020({ allErrors: false, strict: false }).compile(schema);
  if (doc === null || doc === undefined) doc = {};
  if (!validate(doc)) {
    const e = validate.errors![0] as ErrorObject & { propertyName?: string };
    const where = e.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') : '(top level)';
    const params = e.params as { additionalProperty?: string; allowedValues?: unknown[] };
    let message: string;
    if (e.propertyName !== undefined) message = `unknown metric '${e.propertyName}'; metrics: ${params.allowedValues?.join(', ')}`;
    else if (e.keyword === 'additionalProperties') message = `unknown key '${params.additionalProperty}'`;
    else if (e.keyword === 'enum') message = `must be one of ${params.allowedValues?.join(', ')}`;
    else message = e.message ?? e.keyword;
    throw new ConfigurationError(`${source}: ${where}: ${message}`);
  }
  const d = doc as {
    policy?: Policy;
    'min-policy'?: MinPolicy;
    confidence?: number;
    correction?: Correction;
    bootstrap?: number;
    seed?: number;
    metrics?: Record<string, Record<string, unknown>>;
    slices?: Record<string, Record<string, Record<string, unknown>>>;
    fairness?: Record<string, Record<string, unknown>>;
  };
  const gates: Gate[] = [];
  const add = (metric: string, rules: Record<string, unknown>, sliceColumn?: string, fairness?: true) => {
    for (const [rule, raw] of Object.entries(rules)) {
      if (rule === 'require-improvement' && raw === false) continue;
      const amount = rule === 'require-improvement' && raw === true ? { value: 0, percent: false } : amountOf(raw);
      gates.push({ metric, sliceColumn, ...(fairness ? { fairness } : {}), rule: rule as RuleKind, amount, text: `${rule} ${raw === true ? '' : String(raw)}`.trim() });
    }
  };
  for (const [metric, rules] of Object.entries(d.metrics ?? {})) add(metric, rules);
  for (const [column, metrics] of Object.entries(d.slices ?? {})) for (const [metric, rules] of Object.entries(metrics)) add(metric, rules, column);
  for (const [measure, rules] of Object.entries(d.fairness ?? {})) add(measure, rules, undefined, true);
  return { policy: d.policy ?? 'detect-regression', minPolicy: d['min-policy'] ?? 'interval', confidence: d.confidence, correction: d.correction, bootstrap: d.bootstrap, seed: d.seed, gates, source };
}
