/**
 * train adapter: inputs -> command-mode or built-in config -> runTrainCommand() -> outputs.
 * Both modes share the cache and the manifest: a built-in trainer is keyed like a command whose
 * text names the algorithm and its settings, and runs in-process.
 */
import { PANDAS_NA_VALUES, parseNaValues } from '../data/scan.js';
import { isAbsolute, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ConfigurationError } from '../errors.js';
import { assertWritable } from '../lib/files.js';
import { runTrainCommand, type TrainCommandConfig } from '../train/command.js';
import { actionsCacheStore } from './train-cache-store.js';
import { builtinParams, trainBuiltin, type Algorithm, type TrainConfig } from '../train/index.js';
import { defineAction } from './types.js';
import { parseTimeSplit } from '../data/time-split.js';
import { formatTime } from '../data/time.js';

export interface TrainActionConfig {
  command: TrainCommandConfig;
  builtin?: TrainConfig;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The command text a built-in run is keyed and recorded by. */
export function builtinCommand(b: TrainConfig): string {
  const parts = [`modelgate-builtin ${b.algorithm}`, `label=${b.label}`, `seed=${b.seed}`, `model=${b.model}`];
  if (b.features?.length) parts.push(`features=${b.features.join(',')}`);
  if (b.ignore?.length) parts.push(`ignore=${b.ignore.join(',')}`);
  // Always: reading 'NA' as missing changed what a key trained on.
  parts.push(`na-values=${!b.naValues || sameList(b.naValues, PANDAS_NA_VALUES) ? 'default' : JSON.stringify(b.naValues)}`);
  // Only when not the default, so keys made before the input existed stay valid.
  if (b.maxCategories !== undefined && b.maxCategories !== 1000) parts.push(`max-categories=${b.maxCategories}`);
  if (b.split) parts.push(`split-by=${b.split.column}`, `split-at=${formatTime(b.split.at)}`);
  return parts.join(' ');
}

/** A path relative to the working directory (forward slashes), or as given when it lies outside. */
function relativePath(p: string): string {
  if (!isAbsolute(p)) return p;
  const rel = relative(process.cwd(), p);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? p : rel.split('\\').join('/');
}

export default defineAction<TrainActionConfig>({
  name: 'train',
  parse(inputs) {
    const command = inputs.string('command');
    const algorithm = inputs.choice<Algorithm>('algorithm', ['logistic-regression', 'linear-regression']);
    if (!command && !algorithm) throw new ConfigurationError(`set 'command' (your training command) or 'algorithm' (a built-in trainer)`);
    if (command && algorithm) throw new ConfigurationError(`set either 'command' or 'algorithm', not both`);
    const common = {
      params: inputs.path('params'),
      cache: inputs.boolean('cache', true),
      cacheKeyPrefix: inputs.string('cache-key-prefix') ?? 'modelgate-train',
      manifest: inputs.path('manifest') ?? 'train-manifest.json',
    };
    if (algorithm) {
      const data = inputs.paths('data');
      if (!data.length) throw new ConfigurationError(`input 'data' is required with 'algorithm'`);
      const features = inputs.list('features');
      const builtin: TrainConfig = {
        algorithm,
        data,
        label: inputs.required('label'),
        features: features.length ? features : undefined,
        ignore: inputs.list('ignore'),
        naValues: parseNaValues(inputs.list('na-values')),
        model: inputs.path('model') ?? 'model.onnx',
        seed: inputs.number('seed', { min: 0, integer: true }) ?? 0,
        maxCategories: inputs.number('max-categories', { min: 1, integer: true }),
        split: parseTimeSplit(inputs.string('split-by'), inputs.string('split-at')),
      };
      const extra = inputs.paths('inputs');
      return Object.freeze({
        builtin,
        command: { ...common, command: builtinCommand(builtin), inputs: [...data, ...extra, ...(common.params ? [common.params] : [])], outputs: [builtin.model] },
      });
    }
    const outputs = inputs.paths('outputs');
    if (!outputs.length) throw new ConfigurationError(`input 'outputs' is required with 'command': the files it produces`);
    const globs = inputs.paths('inputs');
    if (!globs.length) throw new ConfigurationError(`input 'inputs' is required with 'command': the files whose change means retraining`);
    return Object.freeze({ command: { ...common, command: command!, inputs: globs, outputs } });
  },
  async run(config, log) {
    // Output paths fail before any work; the built-in model is one file (a directory there would
    // otherwise be removed as a stale output).
    const root = resolve(config.command.workspace ?? process.cwd());
    assertWritable(resolve(root, config.command.manifest), 'manifest');
    if (config.builtin) assertWritable(resolve(root, config.builtin.model), 'model');
    const store = config.command.cache ? actionsCacheStore(process.cwd()) : undefined;
    const builtin = config.builtin;
    const result = await runTrainCommand(config.command, log, {
      store,
      run: builtin
        ? async () => {
            const t0 = performance.now();
            const summary = await trainBuiltin(builtin, log);
            const test = summary.metrics.test ?? summary.metrics.train;
            log.info(`${summary.algorithm} (${summary.task}) on ${summary.rows.train} rows, ${summary.iterations} iterations${summary.converged ? '' : ' (not converged)'}: ${Object.entries(test).map(([k, v]) => `${k} ${v.toPrecision(4)}`).join(', ')}`);
            return { exitCode: 0, signal: null, tail: [], durationMs: performance.now() - t0, params: await builtinParams(builtin, summary) };
          }
        : undefined,
    });
    // Tenths of a second: what a person reads and a later step compares.
    const duration = Math.round((result.manifest?.commandDurationMs ?? 0) / 100) / 10;
    return {
      passed: result.passed,
      failure: result.failure,
      outputs: {
        'cache-hit': result.cacheHit,
        model: builtin ? builtin.model : config.command.outputs[0],
        // Relative to the working directory, like `model` (the manifest's own path is absolute).
        manifest: relativePath(result.manifestPath),
        'duration-seconds': result.cacheHit ? 0 : duration,
      },
      summary: `### modelgate train: ${result.cacheHit ? 'cache hit, not retrained' : result.passed ? 'trained' : 'failed'}\n\nKey \`${result.key}\`${result.cacheHit ? '' : ` · ${duration.toFixed(1)} s`}\n`,
    };
  },
});
