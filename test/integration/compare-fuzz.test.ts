// Fuzzing compare-to-baseline (issue #8, "keep it found"): random evaluation.json and gate files,
// valid and near-valid, with names from a hostile alphabet, through the CLI's main in-process.
// Properties: exit 0, 1 or 2, never a thrown error (exit 3); exit 2 prints one line; the output
// files exist only after exit 0 or 1; comparison.json validates against its schema; the comment
// carries no markup that came from the data. Seeded and bounded: the same cases on every run.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { assertArtifact } from '../../src/schemas/validate.js';
import { applyOverrides } from '../../src/actions/compare-github.js';
import { comparisonMarkdown } from '../../src/report/comparison.js';
import type { Comparison } from '../../src/gates/compare.js';
import { parseGates } from '../../src/gates/spec.js';
import type { Evaluation } from '../../src/model/evaluate.js';
import { tempDir } from '../helpers.js';

afterEach(() => vi.restoreAllMocks());

/** Markdown and HTML characters esc() neutralises; every hostile payload wraps MGX in them. */
const MARKUP = ['<', '>', '[', ']', '(', ')', '|', '`', '*', '_', '#', '~', '@', '!', ':', '\\', '&'];

/** A hostile name: MGX between two markup characters, with spaces, newlines, __proto__ or length around it. */
const hostile = fc
  .tuple(fc.constantFrom(...MARKUP), fc.constantFrom(...MARKUP), fc.constantFrom('', ' ', '\n# H ', '__proto__', 'a'.repeat(300), '<img src=x onerror=alert(1)>', '[l](https://e.example)'), fc.boolean())
  .map(([a, b, pad, before]) => (before ? `${pad}${a}MGX${b}` : `${a}MGX${b}${pad}`));
const name = fc.oneof(fc.constantFrom('region', 'plan', '', '__proto__', 'constructor', 'a b (c)'), hostile);

const KNOWN = ['accuracy', 'balanced_accuracy', 'precision', 'recall', 'f1', 'roc_auc', 'average_precision', 'log_loss', 'brier_score', 'ece', 'macro_f1', 'mae', 'rmse', 'r2'];
const value = fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constant(null), fc.constantFrom(0, 1, 1e300, -1e300));
const metric = fc.record({ value, ci: fc.oneof(fc.constant(null), fc.tuple(fc.double({ min: -2, max: 2, noNaN: true }), fc.double({ min: -2, max: 2, noNaN: true })).map(([a, b]) => (a <= b ? [a, b] : [b, a]))) });
const metrics = fc.dictionary(fc.oneof(fc.constantFrom(...KNOWN), hostile), metric, { maxKeys: 8 });
const sha = (c: string) => c.repeat(64);

const evaluation = fc.record({
  task: fc.constantFrom('binary', 'multiclass', 'regression'),
  rows: fc.integer({ min: 0, max: 100_000 }),
  classes: fc.array(name, { maxLength: 4 }),
  metrics,
  slices: fc.array(fc.record({ column: name, value: name, rows: fc.integer({ min: 0, max: 1000 }), metrics: fc.option(metrics, { nil: undefined }), skipped: fc.option(hostile, { nil: undefined }) }), { maxLength: 4 }),
  confusion: fc.option(fc.array(fc.array(fc.nat(50), { maxLength: 4 }), { maxLength: 4 }), { nil: undefined }),
  perClass: fc.option(fc.array(fc.record({ class: name, support: fc.nat(100), precision: fc.double({ min: 0, max: 1, noNaN: true }), recall: fc.double({ min: 0, max: 1, noNaN: true }), f1: fc.double({ min: 0, max: 1, noNaN: true }) }), { maxLength: 4 }), { nil: undefined }),
  batchMs: fc.option(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { maxLength: 6 }), { nil: undefined }),
  model: fc.constantFrom('a', 'b'),
  data: fc.constantFrom('d', 'e'),
  predictions: fc.constantFrom(null, 'missing.csv'),
}).map((e) => ({
  kind: 'evaluation',
  schemaVersion: 1,
  task: e.task,
  rows: e.rows,
  model: { path: 'm.onnx', sha256: sha(e.model), bytes: 1 },
  data: { sources: ['d.csv'], sha256: sha(e.data), shard: null },
  label: 'y',
  classes: e.classes,
  positiveLabel: null,
  threshold: 0.5,
  confidence: 0.95,
  bootstrap: { resamples: 100, seed: 0 },
  metrics: e.metrics,
  tables: { ...(e.confusion ? { confusion: e.confusion } : {}), ...(e.perClass ? { perClass: e.perClass } : {}) },
  slices: e.slices,
  latency: { p50Ms: 1, p95Ms: 2, rowsPerSecond: 10, ...(e.batchMs ? { batchMs: e.batchMs } : {}) },
  predictions: e.predictions,
  notes: [],
}));

/** A near-valid document: one field somewhere replaced by a random JSON value, or deleted. */
function nearly<T>(arb: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.tuple(arb, fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined))).map(([doc, path, v]) => {
    const copy = JSON.parse(JSON.stringify(doc)) as unknown;
    let node = copy as Record<string, unknown>;
    for (let i = 0; i < path.length; i++) {
      if (node === null || typeof node !== 'object') break;
      const keys = Object.keys(node);
      if (!keys.length) break;
      const key = keys[path[i] % keys.length];
      if (i === path.length - 1 || node[key] === null || typeof node[key] !== 'object') {
        if (v === undefined) delete node[key];
        else node[key] = v;
        break;
      }
      node = node[key] as Record<string, unknown>;
    }
    return copy;
  });
}

const amount = fc.oneof(fc.double({ min: 0, max: 2, noNaN: true }), fc.integer({ min: 0, max: 50 }).map((p) => `${p}%`));
const rules = fc.record(
  { min: fc.double({ min: -1, max: 2, noNaN: true }), max: fc.double({ min: -1, max: 2, noNaN: true }), 'max-regression': amount, 'require-improvement': fc.oneof(fc.boolean(), amount) },
  { requiredKeys: [] },
).filter((r) => Object.keys(r).length > 0);
const gateMetrics = fc.dictionary(fc.constantFrom(...KNOWN, 'latency_p50_ms', 'latency_p95_ms'), rules, { maxKeys: 4 });
const gates = fc.record(
  {
    policy: fc.constantFrom('detect-regression', 'prove-non-inferiority'),
    'min-policy': fc.constantFrom('interval', 'point'),
    correction: fc.constantFrom('holm', 'bh', 'none'),
    confidence: fc.double({ min: 0.51, max: 0.999, noNaN: true }),
    metrics: gateMetrics,
    slices: fc.dictionary(name, gateMetrics, { maxKeys: 2 }),
  },
  { requiredKeys: [] },
);

/** Whether a gate document parses (a valid one may still name a metric the task lacks: that gate fails, exit 1). */
function parseable(doc: unknown): boolean {
  try {
    parseGates(doc, 'g');
    return true;
  } catch {
    return false;
  }
}

/** Every MGX in the markdown has no raw markup character on either side. */
function expectEscaped(md: string): void {
  for (let i = md.indexOf('MGX'); i >= 0; i = md.indexOf('MGX', i + 1)) {
    const around = `${md[i - 1] ?? ''}${md[i + 3] ?? ''}`;
    expect([...around].filter((c) => MARKUP.includes(c) && c !== '&'), `unescaped near ${JSON.stringify(md.slice(Math.max(0, i - 20), i + 20))}`).toEqual([]);
  }
  expect(md).not.toMatch(/<img|\]\(https:\/\/e\.example|\n# H/);
}

async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => ((stdout += String(s)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => ((stderr += String(s)), true));
  try {
    const code = await main(argv).catch((e: unknown) => {
      stderr += `internal error: ${e instanceof Error ? e.stack : String(e)}`;
      return 3;
    });
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

async function check(candidate: unknown, baseline: unknown | undefined, gateDoc: unknown, files: Record<string, string> = {}, dir = tempDir('mg-fuzz-'), expected = [0, 1, 2]): Promise<void> {
  for (const [f, text] of Object.entries(files)) writeFileSync(join(dir, f), text);
  writeFileSync(join(dir, 'c.json'), JSON.stringify(candidate));
  if (baseline !== undefined) writeFileSync(join(dir, 'b.json'), JSON.stringify(baseline));
  writeFileSync(join(dir, 'gates.json'), JSON.stringify(gateDoc));
  const out = join(dir, 'comparison.json');
  const md = join(dir, 'comparison.md');
  const argv = ['compare-to-baseline', '--quiet', '--candidate', join(dir, 'c.json'), '--gates', join(dir, 'gates.json'), '--bootstrap', '100', '--out', out, '--comment-file', md];
  if (baseline !== undefined) argv.push('--baseline', join(dir, 'b.json'));
  const r = await cli(argv);
  expect(expected, r.stderr).toContain(r.code);
  if (r.code === 2) {
    expect(r.stderr.endsWith('\n') && r.stderr.indexOf('\n') === r.stderr.length - 1, r.stderr).toBe(true);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(md)).toBe(false);
    return;
  }
  const comparison = JSON.parse(readFileSync(out, 'utf8')) as Comparison;
  assertArtifact('comparison', comparison, out, 'write');
  const text = readFileSync(md, 'utf8');
  expectEscaped(text);
  // No number that is not one reaches the reader (a NaN p-value, an interval from nothing).
  expect(text.replace(/MGX/g, '')).not.toMatch(/NaN|n\/a|undefined/);
}

describe('compare-to-baseline under random and hostile evaluations and gate files', () => {
  it('valid evaluations and gate files: exit 0 or 1, a valid comparison.json, an escaped comment', async () => {
    await fc.assert(
      fc.asyncProperty(evaluation, fc.option(evaluation, { nil: undefined }), fc.boolean(), gates, async (c, b, sameTask, g) => {
        // Mostly a baseline of the same task on other data (unpaired), so the gates run.
        await check(c, b && sameTask ? { ...b, task: c.task, data: { ...b.data, sha256: sha('f') } } : b, g);
      }),
      { seed: 8, numRuns: 150 },
    );
  });

  it('near-valid evaluations and gate files: exit 2 with one line, or a valid result', async () => {
    await fc.assert(
      fc.asyncProperty(nearly(evaluation), fc.option(nearly(evaluation), { nil: undefined }), nearly(gates), async (c, b, g) => {
        await check(c, b, g);
      }),
      { seed: 88, numRuns: 200 },
    );
  });

  it('paired runs on random and broken predictions files: exit 0, 1 or 2, never a crash', async () => {
    const cell = (good: fc.Arbitrary<string>) => fc.oneof({ weight: 12, arbitrary: good }, { weight: 1, arbitrary: fc.constantFrom('', 'abc', 'NaN', '-1', '2', '1e400', '"x,y"') }, { weight: 1, arbitrary: hostile.map((h) => `"${h.replace(/"/g, '')}"`) });
    const label = (task: string) => (task === 'regression' ? fc.double({ min: -100, max: 100, noNaN: true }).map(String) : task === 'binary' ? fc.constantFrom('0', '1') : fc.constantFrom('a', 'b', 'c'));
    const row = (task: string) =>
      fc.record({ label: cell(label(task)), c: cell(task === 'regression' ? label(task) : fc.double({ min: 0, max: 1, noNaN: true }).map(String)), b: cell(task === 'regression' ? label(task) : fc.double({ min: 0, max: 1, noNaN: true }).map(String)), slice: cell(fc.constantFrom('x', 'y')), relabel: fc.integer({ min: 0, max: 9 }).map((k) => k === 0) });
    const cases = fc.constantFrom('binary', 'multiclass', 'regression').chain((task) =>
      fc.tuple(fc.constant(task), evaluation, evaluation, gates, fc.array(row(task), { maxLength: 30 }), name, fc.constantFrom('ok', 'ok', 'ok', 'short', 'noheader', 'empty')),
    );
    await fc.assert(
      fc.asyncProperty(cases, async ([task, c, b, g, rows, sliceName, shape]) => {
        const dir = tempDir('mg-fuzz-');
        const classes = ['a', 'b', 'c'];
        const head = task === 'binary' ? 'row,label,score,prediction' : task === 'multiclass' ? `row,label,prediction,${classes.map((k) => `p_${k}`).join(',')}` : 'row,label,prediction';
        const slice = `"slice:${sliceName.replace(/"/g, '')}"`; // a quoted field: newlines, commas and markup kept
        const line = (i: number, r: (typeof rows)[number], side: 'c' | 'b') => {
          const lab = side === 'b' && r.relabel && i === 0 ? 'zz' : r.label;
          const v = r[side];
          const body = task === 'binary' ? `${lab},${v},1` : task === 'multiclass' ? `${lab},a,${v},${v},${v}` : `${lab},${v}`;
          return `${i},${body},${r.slice}`;
        };
        const text = (side: 'c' | 'b') => {
          if (shape === 'empty') return '';
          const lines = rows.map((r, i) => line(i, r, side));
          if (shape === 'short' && side === 'b') lines.pop();
          return [...(shape === 'noheader' && side === 'b' ? [] : [`${head},${slice}`]), ...lines].join('\n') + '\n';
        };
        const ev = (e: typeof c, file: string) => ({ ...e, task, classes: task === 'multiclass' ? classes : task === 'binary' ? ['0', '1'] : [], positiveLabel: task === 'binary' ? '1' : null, data: { ...e.data, sha256: sha('d') }, predictions: join(dir, file) });
        // A cell evaluate-model would never write (a score that is not a probability, a label
        // outside the classes) must be refused (exit 2), never tested as NaN; clean files must run.
        const unquote = (v: string) => (v.startsWith('"') ? v.slice(1, -1) : v);
        const num = (v: string) => (unquote(v).trim() === '' ? NaN : Number(unquote(v)));
        const prob = (v: string) => num(v) >= 0 && num(v) <= 1;
        const finite = (v: string) => Number.isFinite(num(v));
        const bad = rows.some((r) =>
          task === 'binary' ? !['0', '1'].includes(unquote(r.label)) || !prob(r.c) || !prob(r.b) : task === 'regression' ? !finite(r.label) || !finite(r.c) || !finite(r.b) : !classes.includes(unquote(r.label)) || !prob(r.c) || !prob(r.b),
        );
        const broken = shape === 'empty' || shape === 'noheader' || (shape === 'short' && rows.length > 0) || rows[0]?.relabel;
        const gatesOk = parseable(g);
        await check(ev(c, 'pc.csv'), ev(b, 'pb.csv'), g, { 'pc.csv': text('c'), 'pb.csv': text('b') }, dir, broken || bad ? [2] : gatesOk ? [0, 1] : [0, 1, 2]);
      }),
      { seed: 8888, numRuns: 150 },
    );
  });

  it('override reasons and logins are escaped in the re-rendered comment', () => {
    fc.assert(
      fc.property(evaluation, hostile, hostile, (e, reason, by) => {
        const ev = e as unknown as Evaluation;
        const c: Comparison = {
          kind: 'comparison', schemaVersion: 1, passed: false, verdict: '1 of 1 gates failed: accuracy', policy: 'detect-regression', confidence: 0.95, correction: 'holm', paired: false, pairing: 'no baseline', rows: 1,
          candidate: { path: 'c.json', model: sha('a'), data: sha('d') }, baseline: null, metrics: [], notes: [],
          gates: [{ metric: 'accuracy', rule: 'min 0.9', baseline: null, candidate: 0.5, delta: null, ci: null, pValue: 0.01, adjustedPValue: 0.01, test: 't', passed: false, reason: 'r' }],
        };
        const o = applyOverrides(c, [{ metric: 'accuracy', by, reason, commentUrl: 'https://github.com/o/r/pull/1#issuecomment-1' }], [{ by, why: reason }]);
        expect(o.passed).toBe(true);
        assertArtifact('comparison', JSON.parse(JSON.stringify(o)), 'override', 'write');
        expectEscaped(comparisonMarkdown(o, { candidate: ev }));
      }),
      { seed: 888, numRuns: 200 },
    );
  });
});
