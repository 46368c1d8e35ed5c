/**
 * train's `sweep` input: the steps of a hyperparameter sweep (src/experiments/sweep.ts holds the
 * plan and the choice; this file runs them).
 *
 * - `plan`: the variants as the `sweep-matrix` output, nothing trained.
 * - `variant`: one variant (a matrix job): trained through train's cache with its inputs
 *   overridden, its model scored on the validation split, `<out>/<variant>/result.json` written,
 *   both runs recorded in the experiment store.
 * - `collect`: the results ranked on validation; the winner's training run again, a cache hit
 *   that restores its model (a miss retrains it: the built-in trainers are deterministic), copied
 *   to `model` and `manifest`; sweep.json written.
 * - `all` (default): plan, every variant with up to os.availableParallelism() at once (training
 *   on worker threads), collect.
 */
import { copyFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { ConfigurationError } from '../errors.js';
import { tempPathFor, commitTemp } from '../lib/files.js';
import type { Logger } from '../lib/logger.js';
import { expandDataGlob } from '../data/readers.js';
import { evaluate } from '../model/evaluate.js';
import { planSweep, sweepId, sweepMatrix, type SweepSpec, type Variant } from '../experiments/sweep.js';
import { readVariantResult, sweepReport, writeVariantResult, type SweepReport, type VariantResult } from '../experiments/sweep-results.js';
import { sweepMarkdown } from '../report/sweep.js';
import { actionsCacheHooks, recordEvaluation } from './evaluate-model.js';
import { builtinCommand, trainOnce, type TrainActionConfig } from './train.js';
import type { ActionResult } from './types.js';
import { TrainWorkerPool } from '../experiments/train-worker.js';
import { writeJsonAtomic } from '../lib/files.js';

export type SweepStep = 'all' | 'plan' | 'variant' | 'collect';

export interface SweepInputs {
  spec: SweepSpec;
  source: string;
  step: SweepStep;
  variant?: string;
  results: string[];
}

/** The train config of one variant: the inputs overridden, its files in `<out>/<variant>/`. */
export function variantConfig(config: TrainActionConfig, spec: SweepSpec, v: Variant): TrainActionConfig {
  const b = config.builtin!;
  const dir = join(spec.out, v.name);
  const builtin = { ...b, model: join(dir, 'model.onnx') };
  for (const [k, text] of Object.entries(v.values)) {
    const x = Number(text);
    if (k === 'l2') builtin.l2 = x;
    else if (k === 'seed') builtin.seed = x;
    else if (k === 'max-categories') builtin.maxCategories = x;
  }
  const inputs = config.command.inputs.filter((p) => p !== b.model);
  return { ...config, builtin, command: { ...config.command, command: builtinCommand(builtin), inputs, outputs: [builtin.model], manifest: join(dir, 'train-manifest.json') } };
}

/** A logger whose lines say which variant they are about (variants run side by side). */
function prefixed(log: Logger, name: string): Logger {
  const p = (m: string) => `[${name}] ${m}`;
  return { ...log, info: (m) => log.info(p(m)), warning: (m, a) => log.warning(p(m), a), error: (m, a) => log.error(p(m), a), debug: (m) => log.debug(p(m)), group: (n, fn) => log.group(p(n), fn), progress: undefined };
}

async function runVariant(config: TrainActionConfig, spec: SweepSpec, id: string, v: Variant, log: Logger, workers?: TrainWorkerPool): Promise<VariantResult> {
  const vlog = prefixed(log, v.name);
  const vc = variantConfig(config, spec, v);
  const { result, run } = await trainOnce(vc, vlog, { sweep: { id, variant: v.name, split: 'validation' }, workers });
  if (!result.passed || !result.manifest) throw new ConfigurationError(`variant ${v.name}: ${result.failure ?? 'training failed'}`);
  const dir = join(spec.out, v.name);
  const evalConfig = {
    model: vc.builtin!.model,
    data: spec.validation,
    merge: [],
    label: vc.builtin!.label,
    ignore: [],
    positiveLabel: spec.positiveLabel,
    threshold: 0.5,
    scoreType: 'auto' as const,
    sliceBy: [],
    minSliceRows: 30,
    confidence: 0.95,
    bootstrap: 1000,
    seed: 0,
    batchSize: 4096,
    out: join(dir, 'evaluation.json'),
    experiments: config.experiments,
  };
  const startedAt = new Date();
  const ev = await evaluate(evalConfig, vlog, actionsCacheHooks());
  const evRun = await recordEvaluation(ev, evalConfig, startedAt, vlog, { id, variant: v.name, split: 'validation' });
  const m = ev.metrics[spec.metric];
  if (!m) throw new ConfigurationError(`sweep metric '${spec.metric}' is not one evaluate-model computes for this ${ev.task} task; it has: ${Object.keys(ev.metrics).join(', ')}`);
  const out: VariantResult = {
    kind: 'sweep-variant-result',
    schemaVersion: 1,
    sweep: id,
    variant: v.name,
    values: v.values,
    metric: spec.metric,
    value: m.value,
    ci: m.ci ? [m.ci[0], m.ci[1]] : null,
    confidence: ev.confidence,
    rows: ev.rows,
    cacheHit: result.cacheHit,
    model: { sha256: ev.model.sha256 },
    runs: { train: run?.id ?? null, evaluation: evRun?.id ?? null },
  };
  writeVariantResult(join(dir, 'result.json'), out);
  vlog.info(`${spec.metric} on validation ${m.value === null ? 'n/a' : m.value.toPrecision(4)}${m.ci ? ` [${m.ci[0].toPrecision(4)}, ${m.ci[1].toPrecision(4)}]` : ''}${result.cacheHit ? ' (cache hit)' : ''}`);
  return out;
}

/** Runs `fn` over `items` with at most `n` at once; the first error stops new work and is thrown. */
async function pool<T, R>(items: readonly T[], n: number, fn: (x: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  let failed: unknown;
  const worker = async () => {
    while (next < items.length && failed === undefined) {
      const i = next++;
      try {
        out[i] = await fn(items[i]);
      } catch (e) {
        failed ??= e;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(n, items.length)) }, worker));
  if (failed !== undefined) throw failed;
  return out;
}

/** Copies a file to `target` atomically (temp beside it, then rename). */
function copyAtomic(from: string, target: string): void {
  const tmp = tempPathFor(target);
  copyFileSync(from, tmp);
  commitTemp(tmp, target);
}

async function collect(config: TrainActionConfig, sweep: SweepInputs, id: string, plan: Variant[], results: VariantResult[], log: Logger): Promise<{ report: SweepReport; reportPath: string; cacheHit: boolean; runId?: string }> {
  const spec = sweep.spec;
  const report = sweepReport(spec, id, plan, results);
  if (report.missing.length) log.warning(`sweep ${id}: no result for ${report.missing.length} of ${plan.length} variants (${report.missing.join(', ')}); chose among the others`);
  const win = plan.find((p) => p.name === report.winner.variant)!;
  // The winner's training again: a cache hit restores exactly the model that was scored.
  const vc = variantConfig(config, spec, win);
  const { result, run } = await trainOnce(vc, prefixed(log, win.name), { sweep: { id, variant: win.name, split: 'validation', chosen: true } });
  if (!result.passed || !result.manifest) throw new ConfigurationError(`sweep winner ${win.name}: ${result.failure ?? 'training failed'}`);
  const sha = result.manifest.outputs[0]?.sha256;
  if (sha && sha !== report.winner.model.sha256) log.warning(`sweep winner ${win.name}: the model restored (sha256 ${sha.slice(0, 12)}…) is not the one scored (${report.winner.model.sha256.slice(0, 12)}…); its data or trainer changed since`);
  copyAtomic(vc.builtin!.model, config.builtin!.model);
  copyAtomic(vc.command.manifest, config.command.manifest);
  const reportPath = join(spec.out, 'sweep.json');
  writeJsonAtomic(reportPath, report);
  log.info(`sweep ${id}: ${win.name} chosen of ${report.ranking.length} variants on the validation split (${spec.metric} ${report.winner.value?.toPrecision(4)}); its model is ${config.builtin!.model}`);
  return { report, reportPath, cacheHit: result.cacheHit, runId: run?.id };
}

export async function runSweepStep(config: TrainActionConfig, sweep: SweepInputs, log: Logger): Promise<ActionResult> {
  const spec = sweep.spec;
  const plan = planSweep(spec);
  const id = sweepId(plan, config.command.command);
  const matrix = JSON.stringify(sweepMatrix(plan));
  const base = { 'sweep-matrix': matrix, 'sweep-report': '', 'sweep-winner': '', model: config.builtin!.model, manifest: config.command.manifest, 'cache-hit': false, 'duration-seconds': 0, 'run-id': '' };
  if (sweep.step === 'plan') {
    log.info(`sweep ${id}: ${plan.length} variants (${spec.method}${spec.method === 'grid' ? '' : `, seed ${spec.seed}`}, budget ${spec.budget})`);
    return { passed: true, outputs: base, summary: `### modelgate train: sweep planned\n\n${plan.length} variants (${spec.method}).\n` };
  }
  const files = (await Promise.all(spec.validation.map((p) => expandDataGlob(p)))).flat();
  if (!files.length) throw new ConfigurationError(`${sweep.source}: sweep.validation matches no file`);
  const t0 = Date.now();
  if (sweep.step === 'variant') {
    const v = plan.find((p) => p.name === sweep.variant);
    if (!v) throw new ConfigurationError(`input 'sweep-variant': '${sweep.variant}' is not a variant of this sweep (${plan.map((p) => p.name).join(', ')})`);
    const r = await runVariant(config, spec, id, v, log);
    return {
      passed: true,
      outputs: { ...base, model: join(spec.out, v.name, 'model.onnx'), manifest: join(spec.out, v.name, 'train-manifest.json'), 'cache-hit': r.cacheHit, 'run-id': r.runs.train ?? '', 'duration-seconds': Math.round((Date.now() - t0) / 100) / 10 },
      summary: `### modelgate train: sweep variant ${v.name}\n\n${spec.metric} on validation: ${r.value === null ? 'n/a' : r.value.toPrecision(4)}\n`,
    };
  }
  let results: VariantResult[];
  if (sweep.step === 'collect') {
    const patterns = sweep.results.length ? sweep.results : [join(spec.out, '*', 'result.json')];
    const paths = [...new Set((await Promise.all(patterns.map((p) => expandDataGlob(p).catch(() => [] as string[])))).flat())];
    if (!paths.length) throw new ConfigurationError(`input 'sweep-results': no result.json found (${patterns.join(', ')}); download the variants' artifacts first`);
    results = paths.map((p) => readVariantResult(p, id, plan));
  } else {
    const parallel = Math.min(spec.parallel || availableParallelism(), plan.length);
    log.info(`sweep ${id}: ${plan.length} variants, ${parallel} at a time`);
    const workers = parallel > 1 ? new TrainWorkerPool(parallel) : undefined;
    try {
      results = await pool(plan, parallel, (v) => runVariant(config, spec, id, v, log, workers));
    } finally {
      await workers?.close();
    }
  }
  const c = await collect(config, sweep, id, plan, results, log);
  return {
    passed: true,
    outputs: { ...base, 'sweep-report': relative(process.cwd(), resolve(c.reportPath)), 'sweep-winner': c.report.winner.variant, 'cache-hit': c.cacheHit, 'run-id': c.runId ?? '', 'duration-seconds': Math.round((Date.now() - t0) / 100) / 10 },
    summary: `### modelgate train: sweep of ${c.report.ranking.length} variants\n\n${sweepMarkdown(c.report)}`,
  };
}
