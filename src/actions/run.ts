/**
 * `modelgate run <dir>` and the top-level action: runs the stages of modelgate.yml in order, each
 * with the same definition, input names and checks as its own action:
 *
 * ```yaml
 * stages:
 *   validate-data:
 *     data: data/weather-2015.csv
 *     schema: schema.yml
 * ```
 *
 * Each stage runs with the file's directory as working directory, so its relative paths mean what
 * they say in the file, and every path must stay inside the workspace (src/lib/paths.ts). A YAML
 * list is a list input whose items are kept whole. A stage that fails does not stop the next; the
 * run fails if any did. What a stage publishes (the PR comment) runs after every stage, once the
 * outputs and the summary are written.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ConfigurationError } from '../errors.js';
import { actionsMeta } from '../generated/actions-meta.js';
import { parseYamlOrJson } from '../lib/files.js';
import { Inputs, defaultsOf, mapSource, type RawValue } from '../lib/inputs.js';
import type { Logger } from '../lib/logger.js';
import { pipelinePathPolicy, type PathPolicy } from '../lib/paths.js';
import { commands } from './registry.js';
import { defineAction, type OutputValue, type PublishResult } from './types.js';
import { writePipelineHtml } from './html.js';
import { checkPipeline } from '../lib/pipeline-schema.js';

export interface RunConfig {
  file: string;
  stages: { name: string; at: string; values: Record<string, RawValue> }[];
  /** The token for stages that talk to GitHub, unless a stage sets its own. */
  token?: string;
  paths: PathPolicy;
  html?: string;
}

function scalar(v: unknown): string {
  if (v !== null && typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

export function loadPipeline(path: string, only: string[]): Omit<RunConfig, 'token' | 'html'> {
  const file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'modelgate.yml') : path;
  if (!existsSync(file)) throw new ConfigurationError(`input 'path': no modelgate.yml at ${file}`);
  const doc = parseYamlOrJson(readFileSync(file, 'utf8'), file) as { stages?: unknown } | null;
  checkPipeline(doc, file);
  if (!doc || typeof doc !== 'object' || !doc.stages || typeof doc.stages !== 'object') throw new ConfigurationError(`${file}: expected 'stages': a list of { <action>: inputs } (or a mapping of action -> inputs)`);
  // A list runs an action more than once (e.g. evaluate-model for candidate and baseline).
  const entries: [string, string, unknown][] = Array.isArray(doc.stages)
    ? doc.stages.map((st, i) => {
        if (!st || typeof st !== 'object' || Array.isArray(st) || Object.keys(st).length !== 1) throw new ConfigurationError(`${file}: stages[${i}] must be a mapping with one key, the action: { validate-data: { ... } }`);
        const [name, inputs] = Object.entries(st as Record<string, unknown>)[0];
        return [name, `stages[${i}].${name}`, inputs];
      })
    : Object.entries(doc.stages as Record<string, unknown>).map(([name, inputs]) => [name, `stages.${name}`, inputs]);
  const stages: RunConfig['stages'] = [];
  for (const [name, at, inputs] of entries) {
    const meta = actionsMeta[name];
    if (!meta || name === 'run') throw new ConfigurationError(`${file}: ${at}: not an action; actions: ${Object.keys(commands).filter((c) => c !== 'run').join(', ')}`);
    if (inputs !== null && inputs !== undefined && (typeof inputs !== 'object' || Array.isArray(inputs))) throw new ConfigurationError(`${file}: ${at}: expected a mapping of inputs`);
    const values: Record<string, RawValue> = {};
    for (const [k, v] of Object.entries((inputs ?? {}) as Record<string, unknown>)) {
      if (!(k in meta.inputs)) throw new ConfigurationError(`${file}: ${at}: unknown input '${k}'`);
      if (v === null || v === undefined) continue;
      values[k] = Array.isArray(v) ? v.filter((x) => x !== null && x !== undefined).map(scalar) : scalar(v);
    }
    stages.push({ name, at, values });
  }
  for (const s of only) if (!stages.some((st) => st.name === s)) throw new ConfigurationError(`input 'stages': '${s}' is not a stage of ${file}`);
  return { file, stages: only.length ? stages.filter((s) => only.includes(s.name)) : stages, paths: pipelinePathPolicy(resolve(file)) };
}

/** Runs `fn` with `dir` as working directory. */
async function inDir<T>(dir: string, fn: () => Promise<T>): Promise<T> {
  const home = process.cwd();
  process.chdir(dir);
  try {
    return await fn();
  } finally {
    process.chdir(home);
  }
}

export default defineAction<RunConfig>({
  name: 'run',
  secrets: ['github-token'],
  parse(inputs) {
    return Object.freeze({ ...loadPipeline(inputs.string('path') ?? '.', inputs.list('stages')), token: inputs.string('github-token'), html: inputs.path('html') });
  },
  async run(config, log) {
    const base = dirname(resolve(config.file));
    const outputs: Record<string, Record<string, OutputValue>> = {};
    const failed: string[] = [];
    const summaries: string[] = [];
    const publishes: { key: string; fn: (log: Logger) => Promise<PublishResult> }[] = [];
    for (const stage of config.stages) {
      const def = await commands[stage.name]();
      const defaults = { ...defaultsOf(stage.name), ...('github-token' in actionsMeta[stage.name].inputs ? { 'github-token': config.token } : {}) };
      const source = mapSource(stage.values, defaults, { paths: config.paths, label: (k) => `key '${stage.at}.${k}'` });
      // One log group per action step at most (the runner does not nest them): a stage is a line.
      log.info(`== stage ${stage.at}`);
      const parsed = await inDir(base, async () => {
        try {
          return def.parse(new Inputs(source));
        } catch (e) {
          if (e instanceof Error) e.message = `${config.file}: ${e.message}`;
          throw e;
        }
      });
      const result = await inDir(base, async () => {
        try {
          return await def.run(parsed, log);
        } catch (e) {
          if (e instanceof Error) e.message = `${config.file}: ${stage.at}: ${e.message}`;
          throw e;
        }
      });
      // A repeated action's outputs are keyed name#2, name#3, ...
      let key = stage.name;
      for (let k = 2; key in outputs; k++) key = `${stage.name}#${k}`;
      outputs[key] = result.outputs;
      if (result.summary) summaries.push(result.summary);
      if (result.publish) publishes.push({ key, fn: result.publish });
      if (!result.passed) {
        failed.push(stage.name);
        log.error(`stage ${stage.at}: ${result.failure ?? 'failed'}`);
      }
    }
    writePipelineHtml(config.html, base, outputs, log);
    return {
      passed: failed.length === 0,
      failure: failed.length ? `stages failed: ${failed.join(', ')}` : undefined,
      outputs: { passed: failed.length === 0, 'failed-stages': failed.join(','), outputs: JSON.stringify(outputs) },
      summary: summaries.join('\n\n'),
      publish: publishes.length
        ? async (plog) => {
            const failures: string[] = [];
            for (const p of publishes) {
              const r = await inDir(base, () => p.fn(plog));
              if (r.outputs) Object.assign(outputs[p.key], r.outputs);
              if (r.failure) failures.push(`${p.key}: ${r.failure}`);
            }
            return { outputs: { outputs: JSON.stringify(outputs) }, failure: failures.length ? failures.join('; ') : undefined };
          }
        : undefined,
    };
  },
});
