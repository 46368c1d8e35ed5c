/**
 * `modelgate <command> [--<input> value]... [--json]`: the actions outside GitHub, on the same
 * definitions. Exit status: 0 passed, 1 the check failed, 2 usage or input error (one line on
 * stderr, no stack trace).
 */
import { isUserError, ConfigurationError } from '../errors.js';
import { actionsMeta } from '../generated/actions-meta.js';
import { commands } from '../actions/registry.js';
import { Inputs, defaultsOf, environmentFallbacks, mapSource, type RawValue } from '../lib/inputs.js';
import { consoleLogger, neutralizeCommands } from '../lib/logger.js';
import { helpFor, usage } from './help.js';
import { terminalReport } from './terminal.js';

export const VERSION = '0.1.0';

export interface ParsedArgs {
  command?: string;
  /** One string per flag given once with one value; a list when repeated or given several values. */
  values: Record<string, RawValue>;
  json: boolean;
  help: boolean;
  quiet: boolean;
  verbose: boolean;
}

const SWITCHES = new Set(['json', 'help', 'quiet', 'verbose', 'version']);

/**
 * `--name value [value...]` or `--name=value`. Every argument is one item, whole (the shell has
 * already split them): `--features "Body Mass (g)" --features "Flipper Length (mm)"` and
 * `--features "Body Mass (g)" "Flipper Length (mm)"` both give two items.
 */
export function parseArgs(argv: string[]): ParsedArgs {
  const out: ParsedArgs = { values: {}, json: false, help: false, quiet: false, verbose: false };
  let i = 0;
  if (argv[0] && !argv[0].startsWith('-')) out.command = argv[i++];
  // `modelgate run <path>`: the one positional argument of the CLI.
  if (out.command === 'run' && argv[i] && !argv[i].startsWith('-')) out.values.path = argv[i++];
  while (i < argv.length) {
    const arg = argv[i++];
    if (arg === '-h') {
      out.help = true;
      continue;
    }
    if (!arg.startsWith('--') || arg.length < 3) throw new ConfigurationError(`unexpected argument '${arg}'; options look like --name value`);
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if (SWITCHES.has(name) && eq < 0) {
      if (name === 'version') out.values.version = 'true';
      else out[name as 'json' | 'help' | 'quiet' | 'verbose'] = true;
      continue;
    }
    const vals: string[] = [];
    if (eq >= 0) vals.push(arg.slice(eq + 1));
    else while (i < argv.length && !argv[i].startsWith('--')) vals.push(argv[i++]);
    if (vals.length === 0) throw new ConfigurationError(`option --${name} needs a value`);
    const before = out.values[name];
    const all = before === undefined ? vals : [...(typeof before === 'string' ? [before] : before), ...vals];
    out.values[name] = all.length === 1 ? all[0] : all;
  }
  return out;
}

export async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'init') return (await import('./init.js')).initMain(argv.slice(1));
  // `modelgate registry <command> <ref>`: the one command that is not an action.
  if (argv[0] === 'registry') return (await import('./registry.js')).registryMain(argv.slice(1));
  // `modelgate exp show|diff`: the experiment runs train and evaluate-model recorded.
  if (argv[0] === 'exp') return (await import('./exp.js')).expMain(argv.slice(1));
  let args: ParsedArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    process.stderr.write(`modelgate: ${(e as Error).message}\n`);
    return 2;
  }
  if (args.values.version !== undefined) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (!args.command) {
    (args.help ? process.stdout : process.stderr).write(usage());
    return args.help ? 0 : 2;
  }
  // `serve` is a long-running server, not an action: its own flags and help (src/cli/serve.ts).
  if (args.command === 'serve') return (await import('./serve.js')).serveMain(args.values, args.help, VERSION);
  const meta = actionsMeta[args.command];
  const load = commands[args.command];
  if (!meta || !load) {
    process.stderr.write(`modelgate: unknown command '${args.command}'; commands: ${[...Object.keys(commands), 'serve'].join(', ')}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(helpFor(args.command, meta));
    return 0;
  }
  const log = consoleLogger({ quiet: args.quiet, verbose: args.verbose, json: args.json });
  try {
    for (const name of Object.keys(args.values)) {
      if (!(name in meta.inputs)) {
        throw new ConfigurationError(`unknown option --${name} for ${args.command}; see modelgate ${args.command} --help`);
      }
    }
    // Expression defaults (`${{ github.token }}`) are the runner's; here the environment stands in.
    const fallbacks = Object.fromEntries(Object.entries(environmentFallbacks()).filter(([k]) => k in meta.inputs));
    const def = await load();
    const config = def.parse(new Inputs(mapSource(args.values, { ...defaultsOf(args.command), ...fallbacks })));
    const result = await def.run(config, log);
    const outputs = { ...result.outputs };
    const failures = result.passed ? [] : [result.failure ?? `${args.command} failed`];
    if (result.publish) {
      const published = await result.publish(log);
      Object.assign(outputs, published.outputs ?? {});
      if (published.failure) failures.push(published.failure);
    }
    if (!args.json && !args.quiet && process.stdout.isTTY) process.stdout.write(terminalReport(args.command, outputs));
    if (args.json) process.stdout.write(JSON.stringify(outputs, null, 2) + '\n');
    else for (const [k, v] of Object.entries(outputs)) process.stdout.write(neutralizeCommands(`${k}: ${v}`) + '\n');
    if (failures.length) {
      log.error(failures.join('; '));
      return 1;
    }
    return 0;
  } catch (e) {
    if (isUserError(e)) {
      process.stderr.write(neutralizeCommands(`modelgate ${args.command}: ${e.message}`) + '\n');
      return 2;
    }
    throw e;
  }
}
