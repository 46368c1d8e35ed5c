/** evaluate-model adapter: inputs -> EvaluateConfig -> evaluate() -> outputs, summary. */
import { parseNaValues } from '../data/scan.js';
import { parseTimeSplit } from '../data/time-split.js';
import { ConfigurationError } from '../errors.js';
import { evaluate, predictionsPath, type EvaluateConfig, type Evaluation, type ScoreType } from '../model/evaluate.js';
import type { Logger } from '../lib/logger.js';
import type { RunRecord } from '../experiments/record.js';
import { openRunStore, type RunStore } from '../experiments/store.js';
import { evaluationRecord, RECENT, runContext, storeRun, trainRunOf } from '../experiments/track.js';
import type { RunContext } from '../experiments/context.js';
import type { Task } from '../model/model.js';
import { IMPORTANCE_METRICS, type ImportanceMetric } from '../explain/importance.js';
import type { OrtCacheHooks } from '../model/ort.js';
import { evaluationMarkdown } from '../report/evaluation.js';
import { isRegistryReference, pullVersion } from '../registry/pull-input.js';
import { defineAction } from './types.js';
import { writeHtml } from './html.js';

/**
 * In Actions, the onnxruntime-node install is kept across runs with @actions/cache, loaded only
 * when the install is missing (the toolkit and its Azure client are a large share of the
 * command's start-up otherwise).
 */
export function actionsCacheHooks(): OrtCacheHooks {
  if (!process.env.GITHUB_ACTIONS) return {};
  const available = async () => {
    const cache = await import('@actions/cache');
    return cache.isFeatureAvailable() ? cache : undefined;
  };
  return {
    restore: async (dir, key) => {
      const cache = await available();
      return cache !== undefined && (await cache.restoreCache([dir], key)) !== undefined;
    },
    save: async (dir, key) => {
      const cache = await available();
      if (!cache) return;
      try {
        await cache.saveCache([dir], key);
      } catch (e) {
        // Another job saved the same key first: nothing to do.
        if (!(e instanceof cache.ReserveCacheError)) throw e;
      }
    },
  };
}

/**
 * Records an evaluation as an experiment run: params come from the train run (of the last 200)
 * that produced the same model bytes, so `exp show` lists an evaluation beside the settings that
 * made its model. Never fails the step (see src/experiments/track.ts).
 */
export async function recordEvaluation(ev: Evaluation, config: EvaluateConfig & { experiments?: string }, startedAt: Date, log: Logger, sweep: RunRecord['sweep'] = null, early?: EarlyReads): Promise<RunRecord | undefined> {
  const store = openRunStore(config.experiments);
  // A merge of shards is recorded by the job that merges; a single shard is not a run of its own.
  if (!store || config.shard) return undefined;
  const reads = early ?? startReads(store);
  // A store that fails to list is a warning (in trainRunOf); a rejection must not go unhandled meanwhile.
  const train = await trainRunOf(reads.recent, ev.model.sha256, store.location, log);
  const run = evaluationRecord(ev, { evaluation: config.out, predictions: ev.predictions }, startedAt, Date.now() - startedAt.getTime(), await reads.context, train, sweep);
  return storeRun(store, run, log);
}

/** What recording needs to read (git, the store's recent runs), started when the step starts. */
interface EarlyReads {
  context: Promise<RunContext>;
  recent: Promise<RunRecord[]>;
}

function startReads(store: RunStore): EarlyReads {
  const recent = store.recent(RECENT);
  recent.catch(() => undefined);
  return { context: runContext(process.cwd()), recent };
}

export default defineAction<EvaluateConfig & { html?: string; experiments?: string }>({
  name: 'evaluate-model',
  parse(inputs) {
    const merge = inputs.paths('merge');
    const data = inputs.paths('data');
    const model = inputs.path('model');
    if (!merge.length && (!model || !data.length)) throw new ConfigurationError(`inputs 'model' and 'data' are required (or 'merge' to merge shard evaluations)`);
    const confidence = inputs.number('confidence', { min: 0.5, max: 0.9999 }) ?? 0.95;
    const config: EvaluateConfig & { html?: string; experiments?: string } = {
      model,
      data,
      merge,
      format: inputs.choice('format', ['csv', 'tsv', 'jsonl', 'parquet'] as const),
      label: merge.length ? inputs.string('label') : inputs.required('label'),
      task: inputs.choice<Task>('task', ['binary', 'multiclass', 'regression']),
      features: inputs.list('features').length ? inputs.list('features') : undefined,
      ignore: inputs.list('ignore'),
      naValues: parseNaValues(inputs.list('na-values')),
      positiveLabel: inputs.string('positive-label'),
      threshold: inputs.number('threshold', { min: 0, max: 1 }) ?? 0.5,
      scoreType: inputs.choice<ScoreType>('score-type', ['auto', 'probability', 'logit']) ?? 'auto',
      sliceBy: inputs.list('slice-by'),
      sensitive: inputs.list('sensitive'),
      minSliceRows: inputs.number('min-slice-rows', { min: 1, integer: true }) ?? 30,
      confidence,
      bootstrap: inputs.number('bootstrap', { min: 100, max: 100000, integer: true }) ?? 1000,
      seed: inputs.number('seed', { min: 0, integer: true }) ?? 0,
      batchSize: inputs.number('batch-size', { min: 1, max: 1 << 20, integer: true }) ?? 4096,
      importance: inputs.boolean('importance', false)
        ? {
            repeats: inputs.number('importance-repeats', { min: 1, max: 1000, integer: true }) ?? 5,
            maxRows: inputs.number('importance-max-rows', { min: 2, integer: true }) ?? 10000,
            metric: inputs.choice<ImportanceMetric>('importance-metric', IMPORTANCE_METRICS),
          }
        : undefined,
      shard: inputs.shard('shard'),
      out: inputs.path('out') ?? 'evaluation.json',
      predictions: inputs.path('predictions'),
      html: inputs.path('html'),
      split: parseTimeSplit(inputs.string('split-by'), inputs.string('split-at')),
      workers: inputs.number('workers', { min: 1, max: 256, integer: true }),
      experiments: inputs.string('experiments'),
    };
    return Object.freeze(config);
  },
  async run(config, log) {
    const startedAt = new Date();
    // Git and the store's recent runs are read while the model is evaluated (only when the run is recorded).
    const runStore = config.shard ? undefined : openRunStore(config.experiments);
    const early = runStore ? startReads(runStore) : undefined;
    // A registry reference (oci-layout://…, oci://…) is pulled, digests verified, and its model evaluated.
    const model = isRegistryReference(config.model) ? (await pullVersion(config.model, 'model', { withModel: true, withEvaluation: false })).model : config.model;
    const ev = await evaluate({ ...config, model }, log, actionsCacheHooks());
    writeHtml(config.html, { title: 'modelgate: evaluation', evaluations: [{ name: config.model ?? config.out, evaluation: ev }] }, log);
    const run = await recordEvaluation(ev, config, startedAt, log, null, early);
    const value = (name: string) => {
      const m = ev.metrics[name];
      return m && m.value !== null ? m.value : '';
    };
    return {
      passed: true,
      outputs: {
        task: ev.task,
        rows: ev.rows,
        accuracy: value('accuracy'),
        'roc-auc': value('roc_auc'),
        f1: value('f1'),
        'macro-f1': value('macro_f1'),
        'log-loss': value('log_loss'),
        rmse: value('rmse'),
        mae: value('mae'),
        r2: value('r2'),
        report: config.out,
        predictions: predictionsPath(config),
        // Deprecated snake_case aliases (the names before v1.1), kept until v2.
        roc_auc: value('roc_auc'),
        macro_f1: value('macro_f1'),
        log_loss: value('log_loss'),
        'run-id': run?.id ?? '',
      },
      summary: evaluationMarkdown(ev),
    };
  },
});
