/**
 * `modelgate init`: a starting project from one data file and its label column. Reads the data once
 * (the same scan as validate-data), infers a schema to review, picks the built-in trainer from the
 * label, and writes modelgate.yml, schema.yml, gates.yml and the workflows from the templates in
 * workflows-examples/init/ (kept in one place, shipped in the package). Checks every target first:
 * nothing is overwritten without `force`, nothing is half-written.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigurationError } from '../errors.js';
import { writeFileAtomic } from '../lib/files.js';
import { scan } from '../data/scan.js';
import { inferSchema, renderSchema } from '../data/infer.js';
import { expandDataGlob } from '../data/readers.js';
import { identifierLike, type ColumnProfile } from '../data/profile.js';

export interface InitOptions {
  dir: string;
  data: string;
  label: string;
  force: boolean;
}

export interface InitPlan {
  task: 'classification' | 'regression';
  algorithm: 'logistic-regression' | 'linear-regression';
  ignore: string[];
  files: { path: string; text: string }[];
}

/**
 * workflows-examples/ of the installed package: two levels up from this module in a checkout
 * (src/init/) and in the bundle (dist/cli/). The name is built at run time so the bundler does not
 * copy the folder into dist/.
 */
export function templatesDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const name = ['workflows', 'examples'].join('-');
  for (const up of [join(here, '..', '..'), join(here, '..', '..', '..')]) if (existsSync(join(up, name, 'init'))) return join(up, name, 'init');
  throw new Error(`modelgate init: templates not found next to ${here} (a broken install?)`);
}

function template(name: string, vars: Record<string, string>): string {
  let text = readFileSync(join(templatesDir(), name), 'utf8');
  for (const [k, v] of Object.entries(vars)) text = text.replaceAll(`__${k}__`, v);
  return text;
}

/** A YAML plain scalar when safe, else double-quoted (paths and column names from the user). */
function yamlScalar(s: string): string {
  return /^[A-Za-z0-9_./-]+$/.test(s) && !/^(true|false|null|yes|no|on|off|~)$/i.test(s) && !/^[-.\d]/.test(s) ? s : JSON.stringify(s);
}

/** An identifier-like text column (most values distinct): useless as a feature, costly to one-hot. */
function isIdentifier(c: ColumnProfile): boolean {
  return !c.isNumeric && identifierLike(c.count, c.distinctCount.value);
}

/** Classification when the label is text, boolean, or a number with few distinct integer values. */
function taskOf(label: ColumnProfile): InitPlan['task'] {
  if (!label.isNumeric) return 'classification';
  const integers = label.integers === label.numbers;
  return integers && label.distinctCount.value <= 20 ? 'classification' : 'regression';
}

export async function planInit(o: InitOptions): Promise<InitPlan> {
  const dir = resolve(o.dir);
  const files = await expandDataGlob(o.data);
  if (!files.length) throw new ConfigurationError(`--data: no file matches ${o.data}`);
  const result = await scan({ files, maxSamples: 0, keepValues: false });
  const columns = result.profile.columns;
  const label = result.profile.byName.get(o.label);
  if (!label) throw new ConfigurationError(`--label: '${o.label}' is not a column of ${o.data}; columns: ${columns.map((c) => c.name).join(', ')}`);
  if (result.profile.rows < 10) throw new ConfigurationError(`--data: ${o.data} has ${result.profile.rows} rows; a model needs more`);
  const task = taskOf(label);
  const algorithm = task === 'classification' ? 'logistic-regression' : 'linear-regression';
  const ignore = columns.filter((c) => c.name !== o.label && isIdentifier(c)).map((c) => c.name);
  const rel = relative(dir, resolve(o.data)).split(sep).join('/');
  const vars = {
    DATA: yamlScalar(rel),
    LABEL: yamlScalar(o.label),
    ALGORITHM: algorithm,
    IGNORE: ignore.map(yamlScalar).join(', '),
  };
  const inferred = renderSchema(inferSchema(result.profile, rel), join(dir, 'schema.yml'));
  // The workflows live in <dir>/.github: `dir` is the repository's root.
  const workflowVars = { PATH: '.' };
  return {
    task,
    algorithm,
    ignore,
    files: [
      { path: join(dir, 'modelgate.yml'), text: template('modelgate.yml', vars) },
      { path: join(dir, 'schema.yml'), text: inferred },
      { path: join(dir, 'gates.yml'), text: template(task === 'classification' ? 'gates-classification.yml' : 'gates-regression.yml', vars) },
      { path: join(dir, '.github/workflows/modelgate.yml'), text: template('pr-gate.yml', workflowVars) },
      { path: join(dir, '.github/workflows/modelgate-fork-compute.yml'), text: template('fork-compute.yml', workflowVars) },
      { path: join(dir, '.github/workflows/modelgate-fork-publish.yml'), text: template('fork-publish.yml', workflowVars) },
      { path: join(dir, '.github/workflows/modelgate-register.yml'), text: template('register-on-merge.yml', workflowVars) },
    ],
  };
}

/** Writes the plan's files; refuses (before writing any) when one exists and `force` is off. */
export function writePlan(plan: InitPlan, force: boolean): void {
  const existing = plan.files.filter((f) => existsSync(f.path)).map((f) => f.path);
  if (existing.length && !force) throw new ConfigurationError(`refusing to overwrite ${existing.join(', ')}; pass --force to replace them`);
  for (const f of plan.files) writeFileAtomic(f.path, f.text);
}
