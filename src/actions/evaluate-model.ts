/** evaluate-model adapter: inputs -> EvaluateConfig -> evaluate() -> outputs, summary. */
import { parseNaValues } from '../data/scan.js';
import * as cache from '@actions/cache';
import { parseTimeSplit } from '../data/time-split.js';
import { ConfigurationError } from '../errors.js';
import { evaluate, predictionsPath, type EvaluateConfig, type ScoreType } from '../model/evaluate.js';
import type { Task } from '../model/model.js';
import { IMPORTANCE_METRICS, type ImportanceMetric } from '../explain/importance.js';
import type { OrtCacheHooks } from '../model/ort.js';
import { evaluationMarkdown } from '../report/evaluation.js';
import { isRegistryReference, pullVersion } from '../registry/pull-input.js';
import { defineAction } from './types.js';
import { writeHtml } from './html.js';

/** In Actions, the onnxruntime-node install is kept across runs with @actions/cache. */
export function actionsCacheHooks(): OrtCacheHooks {
  if (!process.env.GITHUB_ACTIONS || !cache.isFeatureAvailable()) return {};
  return {
    restore: async (dir, key) => (await cache.restoreCache([dir], key)) !== undefined,
    save: async (dir, key) => {
      try {
        await cache.saveCache([dir], key);
      } catch (e) {
        // Another job saved the same key first: nothing to do.
        if (!(e instanceof cache.ReserveCacheError)) throw e;
      }
    },
  };
}

export default defineAction<EvaluateConfig & { html?: string }>({
  name: 'evaluate-model',
  parse(inputs) {
    const merge = inputs.paths('merge');
    const data = inputs.paths('data');
    const model = inputs.path('model');
    if (!merge.length && (!model || !data.length)) throw new ConfigurationError(`inputs 'model' and 'data' are required (or 'merge' to merge shard evaluations)`);
    const confidence = inputs.number('confidence', { min: 0.5, max: 0.9999 }) ?? 0.95;
    const config: EvaluateConfig & { html?: string } = {
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
    };
    return Object.freeze(config);
  },
  async run(config, log) {
    // A registry reference (oci-layout://…, oci://…) is pulled, digests verified, and its model evaluated.
    const model = isRegistryReference(config.model) ? (await pullVersion(config.model, 'model', { withModel: true, withEvaluation: false })).model : config.model;
    const ev = await evaluate({ ...config, model }, log, actionsCacheHooks());
    writeHtml(config.html, { title: 'modelgate: evaluation', evaluations: [{ name: config.model ?? config.out, evaluation: ev }] }, log);
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
      },
      summary: evaluationMarkdown(ev),
    };
  },
});
