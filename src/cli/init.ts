/**
 * `modelgate init [dir] --data <file> --label <column> [--force] [--no-run]`: writes a starting
 * project (src/init/scaffold.ts), then runs its pipeline once. On a terminal, a missing --data or
 * --label is asked for; elsewhere (CI, pipes) it is a usage error. Exit status as every command:
 * 0 written and the pipeline passed, 1 written but a stage failed, 2 usage or input error.
 */
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { isUserError, ConfigurationError } from '../errors.js';
import { commands } from '../actions/registry.js';
import { Inputs, defaultsOf, environmentFallbacks, mapSource } from '../lib/inputs.js';
import { consoleLogger } from '../lib/logger.js';
import { planInit, writePlan } from '../init/scaffold.js';

export interface InitArgs {
  dir: string;
  data?: string;
  label?: string;
  force: boolean;
  run: boolean;
  quiet: boolean;
}

export const INIT_HELP = `Usage: modelgate init [dir] --data <file> --label <column> [--force] [--no-run]

Writes a starting project into dir (default: the current directory), its repository root:
  modelgate.yml         validate-data, train (built-in trainer), evaluate-model, compare-to-baseline
  schema.yml            the schema inferred from the data, to review
  gates.yml             default gates, explained in comments
  .github/workflows/    the pull-request gate, and the fork-safe pair (compute + publish)
then runs the pipeline once. Refuses to overwrite any of these without --force.
On a terminal, a missing --data or --label is asked for.
`;

export function parseInitArgs(argv: string[]): InitArgs {
  const out: InitArgs = { dir: '.', force: false, run: true, quiet: false };
  let positional = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined || v === '') throw new ConfigurationError(`option ${a.split('=')[0]} needs a value`);
      return v;
    };
    if (a === '--force') out.force = true;
    else if (a === '--no-run') out.run = false;
    else if (a === '--quiet') out.quiet = true;
    else if (a === '--data' || a.startsWith('--data=')) out.data = value();
    else if (a === '--label' || a.startsWith('--label=')) out.label = value();
    else if (!a.startsWith('-') && !positional) (out.dir = a), (positional = true);
    else throw new ConfigurationError(`unexpected argument '${a}'; see modelgate init --help`);
  }
  return out;
}

export interface Prompter {
  ask(question: string): Promise<string>;
  close(): void;
}

function terminalPrompter(): Prompter {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  return { ask: (q) => rl.question(q), close: () => rl.close() };
}

/** Fills in --data and --label by asking, when a prompter is given (a terminal). */
export async function completeArgs(args: InitArgs, prompter?: Prompter): Promise<Required<Pick<InitArgs, 'data' | 'label'>> & InitArgs> {
  if ((!args.data || !args.label) && !prompter) throw new ConfigurationError(`--data and --label are required (no terminal to ask on); e.g. modelgate init --data data/train.csv --label churned`);
  try {
    while (!args.data) args.data = (await prompter!.ask('Data file (CSV, TSV, JSON Lines or Parquet): ')).trim() || undefined;
    while (!args.label) args.label = (await prompter!.ask('Label column (what the model predicts): ')).trim() || undefined;
  } finally {
    prompter?.close();
  }
  return args as Required<Pick<InitArgs, 'data' | 'label'>> & InitArgs;
}

export async function initMain(argv: string[], prompter?: Prompter): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(INIT_HELP);
    return 0;
  }
  try {
    const parsed = parseInitArgs(argv);
    const args = await completeArgs(parsed, prompter ?? (process.stdin.isTTY && process.stderr.isTTY ? terminalPrompter() : undefined));
    const log = consoleLogger({ quiet: args.quiet });
    const plan = await planInit({ dir: args.dir, data: args.data, label: args.label, force: args.force });
    writePlan(plan, args.force);
    log.info(`${plan.task}: built-in ${plan.algorithm}${plan.ignore.length ? `, ignoring identifier-like columns ${plan.ignore.join(', ')}` : ''}`);
    for (const f of plan.files) log.info(`wrote ${f.path}`);
    if (!args.run) return 0;
    const def = await commands.run();
    // Evaluated defaults only (never action.yml's `${{ github.token }}` text); the token from the environment.
    const defaults = { ...defaultsOf('run'), ...environmentFallbacks() };
    const html = join(args.dir, 'out', 'report.html');
    const result = await def.run(def.parse(new Inputs(mapSource({ path: args.dir, html }, defaults))), log);
    if (!result.passed) {
      log.error(`the first run failed (${result.failure}); the files are written: fix and run \`modelgate run ${args.dir}\``);
      return 1;
    }
    log.info(`the pipeline passed (report: ${html}); next: review schema.yml and gates.yml, commit, and open a pull request`);
    return 0;
  } catch (e) {
    if (isUserError(e)) {
      process.stderr.write(`modelgate init: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
