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
 * they say in the file. A stage that fails does not stop the next; the run fails if any did.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ConfigurationError } from '../errors.js';
import { actionsMeta } from '../generated/actions-meta.js';
import { parseYamlOrJson } from '../lib/files.js';
import { Inputs, mapSource } from '../lib/inputs.js';
import { commands } from './registry.js';
import { defineAction, type OutputValue } from './types.js';
import { writePipelineHtml } from './html.js';
import { checkPipeline } from '../lib/pipeline-schema.js';

export interface RunConfig {
  file: string;
  stages: { name: string; values: Record<string, string> }[];
  html?: string;
}

function stringify(v: unknown): string {
  if (Array.isArray(v)) return v.map(stringify).join('\n');
  if (v !== null && typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

export function loadPipeline(path: string, only: string[]): RunConfig {
  const file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'modelgate.yml') : path;
  if (!existsSync(file)) throw new ConfigurationError(`input 'path': no modelgate.yml at ${file}`);
  const doc = parseYamlOrJson(readFileSync(file, 'utf8'), file) as { stages?: unknown } | null;
  checkPipeline(doc, file);
  if (!doc || typeof doc !== 'object' || !doc.stages || typeof doc.stages !== 'object') throw new ConfigurationError(`${file}: expected 'stages': a list of { <action>: inputs } (or a mapping of action -> inputs)`);
  // A list runs an action more than once (e.g. evaluate-model for candidate and baseline).
  const entries: [string, Record<string, unknown> | null][] = Array.isArray(doc.stages)
    ? doc.stages.map((st, i) => {
        if (!st || typeof st !== 'object' || Object.keys(st).length !== 1) throw new ConfigurationError(`${file}: stages[${i}] must be a mapping with one key, the action: { validate-data: { ... } }`);
        return Object.entries(st as Record<string, Record<string, unknown> | null>)[0];
      })
    : Object.entries(doc.stages as Record<string, Record<string, unknown> | null>);
  const stages: RunConfig['stages'] = [];
  for (const [name, inputs] of entries) {
    const meta = actionsMeta[name];
    if (!meta || name === 'run') throw new ConfigurationError(`${file}: stages.${name}: not an action; actions: ${Object.keys(commands).filter((c) => c !== 'run').join(', ')}`);
    const values: Record<string, string> = {};
    for (const [k, v] of Object.entries(inputs ?? {})) {
      if (!(k in meta.inputs)) throw new ConfigurationError(`${file}: stages.${name}: unknown input '${k}'`);
      if (v !== null && v !== undefined) values[k] = stringify(v);
    }
    stages.push({ name, values });
  }
  for (const s of only) if (!stages.some((st) => st.name === s)) throw new ConfigurationError(`input 'stages': '${s}' is not a stage of ${file}`);
  return { file, stages: only.length ? stages.filter((s) => only.includes(s.name)) : stages };
}

export default defineAction<RunConfig>({
  name: 'run',
  parse(inputs) {
    return Object.freeze({ ...loadPipeline(inputs.string('path') ?? '.', inputs.list('stages')), html: inputs.string('html') });
  },
  async run(config, log) {
    const home = process.cwd();
    const base = dirname(resolve(config.file));
    const outputs: Record<string, Record<string, OutputValue>> = {};
    const failed: string[] = [];
    const summaries: string[] = [];
    for (const stage of config.stages) {
      const def = await commands[stage.name]();
      const defaults = Object.fromEntries(Object.entries(actionsMeta[stage.name].inputs).map(([k, v]) => [k, v.default]));
      process.chdir(base);
      try {
        const result = await log.group(`stage ${stage.name}`, async () => def.run(def.parse(new Inputs(mapSource(stage.values, defaults))), log));
        // A repeated action's outputs are keyed name#2, name#3, ...
        let key = stage.name;
        for (let k = 2; key in outputs; k++) key = `${stage.name}#${k}`;
        outputs[key] = result.outputs;
        if (result.summary) summaries.push(result.summary);
        if (!result.passed) {
          failed.push(stage.name);
          log.error(`stage ${stage.name}: ${result.failure ?? 'failed'}`);
        }
      } catch (e) {
        if (e instanceof Error) e.message = `${config.file}: stage ${stage.name}: ${e.message}`;
        throw e;
      } finally {
        process.chdir(home);
      }
    }
    writePipelineHtml(config.html, base, outputs, log);
    return {
      passed: failed.length === 0,
      failure: failed.length ? `stages failed: ${failed.join(', ')}` : undefined,
      outputs: { passed: failed.length === 0, 'failed-stages': failed.join(','), outputs: JSON.stringify(outputs) },
      summary: summaries.join('\n\n'),
    };
  },
});
