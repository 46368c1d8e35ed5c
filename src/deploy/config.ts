/**
 * The deploy configuration from its inputs: durations (`30s`, `5m`), canary steps, and the judge
 * file (YAML or JSON, a path or inline), strictly: every mistake is a ConfigurationError naming
 * the input or the file and the field.
 *
 * Judge file (all keys optional; kebab-case as in modelgate.yml):
 *
 *   confidence: 0.98          # of the Hodges-Lehmann interval and the Fisher test
 *   tolerance: 0.25           # effect tolerance (Kayenta): bounds are +-tolerance * |shift|
 *   pass: 95                  # score thresholds
 *   marginal: 75
 *   groups: { latency: 40, errors: 60 }   # weights in percent; others share the rest
 *   metrics:                  # replaces the defaults (latency, error-rate; agreement for shadow)
 *     - name: latency
 *       kind: continuous      # continuous | proportion | agreement
 *       source: latency_ms    # window key (metric-names.ts): latency_ms or score (each row's
 *                             # positive/top-class probability: the prediction distribution) for
 *                             # continuous, errors for proportion
 *       direction: increase   # the bad direction: increase | decrease | either
 *       group: latency
 *       critical: false
 *       allowed-increase: 1.1 # also require mean ratio above this (Kayenta's effect size)
 */
import { ConfigurationError } from '../errors.js';
import { durationMs } from '../lib/duration.js';
import { DEFAULT_JUDGE, defaultMetrics, type Direction, type JudgeSpec, type MetricKind, type MetricSpec } from './judge.js';
import { COUNT_ERRORS, SAMPLE_LATENCY_MS, SAMPLE_SCORE } from './metric-names.js';

/**
 * `30s`, `5m`, `1h`, `250ms`, `1m30s` (src/lib/duration.ts's units: ms, s, m, h, d, w), a space
 * allowed before the unit, or a plain number of seconds; as milliseconds, at most 24h.
 */
export function parseDuration(value: string, input: string, opts: { allowZero?: boolean } = {}): number {
  const text = value.trim().replace(/^(\d+(?:\.\d+)?)$/, '$1s').replace(/(\d)\s+(?=[a-z])/g, '$1');
  const n = durationMs(text);
  if (n === undefined) throw new ConfigurationError(`input '${input}' must be a duration such as 30s, 5m or 1h (a number and a unit: ms, s, m, h, d, w; a plain number is seconds); got '${value}'`);
  if (n === 0 && opts.allowZero) return 0;
  if (n < 1 || n > 24 * 3_600_000) throw new ConfigurationError(`input '${input}' must be between 1ms and 24h; got '${value}'`);
  return n;
}

/** Canary weights: ascending percents in (0, 100], ending at 100. */
export function parseSteps(items: string[], input = 'steps'): number[] {
  const steps = items.map((s) => {
    const n = Number(s.replace(/%$/, ''));
    if (!Number.isFinite(n) || n <= 0 || n > 100) throw new ConfigurationError(`input '${input}': '${s}' is not a percentage in (0, 100]`);
    return n;
  });
  if (steps.length === 0) throw new ConfigurationError(`input '${input}' needs at least one weight, e.g. 10,50,100`);
  for (let i = 1; i < steps.length; i++) {
    if (steps[i] <= steps[i - 1]) throw new ConfigurationError(`input '${input}' must be ascending; got ${steps.join(',')}`);
  }
  if (steps.at(-1) !== 100) throw new ConfigurationError(`input '${input}' must end at 100 (the candidate takes all traffic before promotion); got ${steps.join(',')}`);
  return steps;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function num(o: Obj, key: string, where: string, min: number, max: number): number | undefined {
  const v = o[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !(v >= min && v <= max)) throw new ConfigurationError(`${where}.${key} must be a number in [${min}, ${max}]; got ${JSON.stringify(v)}`);
  return v;
}

function oneOf<T extends string>(o: Obj, key: string, where: string, options: readonly T[]): T | undefined {
  const v = o[key];
  if (v === undefined) return undefined;
  if (!options.includes(v as T)) throw new ConfigurationError(`${where}.${key} must be one of ${options.join(', ')}; got ${JSON.stringify(v)}`);
  return v as T;
}

function checkKeys(o: Obj, where: string, allowed: string[]): void {
  for (const k of Object.keys(o)) if (!allowed.includes(k)) throw new ConfigurationError(`${where}: unknown key '${k}' (allowed: ${allowed.join(', ')})`);
}

const KINDS: readonly MetricKind[] = ['continuous', 'proportion', 'agreement'];
const DIRECTIONS: readonly Direction[] = ['increase', 'decrease', 'either'];

function parseMetric(v: unknown, where: string): MetricSpec {
  if (!isObj(v)) throw new ConfigurationError(`${where} must be a mapping`);
  checkKeys(v, where, ['name', 'kind', 'source', 'direction', 'group', 'critical', 'allowed-increase', 'allowed-decrease', 'min-agreement']);
  if (typeof v.name !== 'string' || !v.name) throw new ConfigurationError(`${where}.name is required`);
  const kind = oneOf(v, 'kind', where, KINDS) ?? 'continuous';
  if (kind !== 'agreement' && (typeof v.source !== 'string' || !v.source)) throw new ConfigurationError(`${where}.source is required for a ${kind} metric`);
  if (v.critical !== undefined && typeof v.critical !== 'boolean') throw new ConfigurationError(`${where}.critical must be true or false`);
  if (v.group !== undefined && typeof v.group !== 'string') throw new ConfigurationError(`${where}.group must be a string`);
  const sources: Record<MetricKind, readonly string[]> = { continuous: [SAMPLE_LATENCY_MS, SAMPLE_SCORE], proportion: [COUNT_ERRORS], agreement: ['agreement'] };
  if (kind !== 'agreement' && !sources[kind].includes(v.source as string)) {
    throw new ConfigurationError(`${where}.source: a ${kind} metric reads one of ${sources[kind].join(', ')}; got ${JSON.stringify(v.source)}`);
  }
  const m: MetricSpec = {
    name: v.name,
    kind,
    source: typeof v.source === 'string' ? v.source : 'agreement',
    direction: oneOf(v, 'direction', where, DIRECTIONS) ?? (kind === 'agreement' ? 'decrease' : 'increase'),
    group: (v.group as string | undefined) ?? v.name,
    critical: (v.critical as boolean | undefined) ?? false,
  };
  const inc = num(v, 'allowed-increase', where, 0, 1e6);
  const dec = num(v, 'allowed-decrease', where, 0, 1e6);
  const floor = num(v, 'min-agreement', where, 0, 1);
  if (inc !== undefined) m.allowedIncrease = inc;
  if (dec !== undefined) m.allowedDecrease = dec;
  if (floor !== undefined) m.minAgreement = floor;
  return m;
}

/** The judge from a parsed judge file (or none), the min-samples input and whether it is a shadow rollout. */
export function parseJudge(file: { value: unknown; source: string } | undefined, minSamples: number, shadow: boolean): JudgeSpec {
  const spec: JudgeSpec = { ...DEFAULT_JUDGE, groups: {}, minSamples, metrics: defaultMetrics(shadow) };
  if (!file) return spec;
  const where = `${file.source}: judge`;
  const o = file.value ?? {};
  if (!isObj(o)) throw new ConfigurationError(`${where}: the judge must be a mapping`);
  checkKeys(o, where, ['confidence', 'tolerance', 'pass', 'marginal', 'groups', 'metrics']);
  spec.confidence = num(o, 'confidence', where, 0.5, 0.9999) ?? spec.confidence;
  spec.tolerance = num(o, 'tolerance', where, 0, 10) ?? spec.tolerance;
  spec.passThreshold = num(o, 'pass', where, 0, 100) ?? spec.passThreshold;
  spec.marginalThreshold = num(o, 'marginal', where, 0, 100) ?? spec.marginalThreshold;
  if (spec.marginalThreshold > spec.passThreshold) throw new ConfigurationError(`${where}: marginal (${spec.marginalThreshold}) must not exceed pass (${spec.passThreshold})`);
  if (o.groups !== undefined) {
    if (!isObj(o.groups)) throw new ConfigurationError(`${where}.groups must map group names to weights`);
    for (const g of Object.keys(o.groups)) spec.groups[g] = num(o.groups, g, `${where}.groups`, 0, 100)!;
    const sum = Object.values(spec.groups).reduce((s, w) => s + w, 0);
    if (sum > 100) throw new ConfigurationError(`${where}.groups: weights sum to ${sum}, more than 100`);
  }
  if (o.metrics !== undefined) {
    if (!Array.isArray(o.metrics) || o.metrics.length === 0) throw new ConfigurationError(`${where}.metrics must be a non-empty list`);
    spec.metrics = o.metrics.map((m, i) => parseMetric(m, `${where}.metrics[${i}]`));
    const names = spec.metrics.map((m) => m.name);
    const dup = names.find((n, i) => names.indexOf(n) !== i);
    if (dup) throw new ConfigurationError(`${where}.metrics: '${dup}' appears twice`);
  }
  return spec;
}
