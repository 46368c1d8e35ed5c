/**
 * `modelgate exp show|diff`: the experiment runs that train and evaluate-model recorded (see
 * src/experiments/). The store is `--experiments` (a folder, default .modelgate/runs, or
 * oci://<host>/<repository>), or MODELGATE_EXPERIMENTS; registry credentials as for
 * `modelgate registry` (--username with --password or --token, or MODELGATE_REGISTRY_*).
 */
import { ConfigurationError, isUserError } from '../errors.js';
import { Inputs, mapSource } from '../lib/inputs.js';
import { connectionInputs } from '../actions/register.js';
import { diffRuns, findRun, type RunDiff } from '../experiments/diff.js';
import { sortRuns, whereFilter } from '../experiments/query.js';
import { openRunStore } from '../experiments/store.js';
import { runCsv, runTable, shortNumber, textTable } from '../experiments/table.js';
import { parseArgs } from './main.js';

const SUBCOMMANDS = ['show', 'diff'] as const;
type Sub = (typeof SUBCOMMANDS)[number];
const OPTIONS: Record<Sub, string[]> = { show: ['where', 'branch', 'pr', 'sort', 'last', 'source'], diff: ['confidence'] };
const COMMON = ['experiments', 'username', 'password', 'token', 'insecure'];
const FLAGS = ['--csv', '--all-params'];

export function expUsage(): string {
  return [
    'Usage: modelgate exp <command> [options]',
    '',
    '  show [--where EXPR] [--branch B] [--pr N] [--source train|evaluate-model]',
    '       [--sort [-]FIELD]... [--last N] [--all-params] [--json | --csv]',
    '                                   runs as a table: params and metrics as columns',
    '  diff <a> <b> [--confidence C] [--json]',
    '                                   params changed from run a to b; metrics b - a, paired when both',
    '                                   evaluated the same rows, unpaired otherwise (said so)',
    '',
    "EXPR: params.C > 0.5 and metrics.roc_auc >= 0.8 or branch == 'main' (and, or, not, ( ), == != < <= > >= ~)",
    'Fields: params.<key>, metrics.<name> (.low, .high), id, source, branch, commit, pr, created, duration,',
    '        cache_hit, sweep, variant, split, chosen, data, rows, model. --sort -metrics.roc_auc sorts descending.',
    'Store: --experiments DIR|oci://HOST/REPO (default .modelgate/runs, or MODELGATE_EXPERIMENTS).',
    '',
  ].join('\n');
}

function diffText(d: RunDiff): string {
  const lines = [`a: ${d.a}`, `b: ${d.b}`, ''];
  if (d.params.length === 0) lines.push('params: no change');
  else {
    lines.push('params:');
    const show = (v: unknown) => (v === undefined ? '—' : JSON.stringify(v));
    for (const p of d.params) lines.push(`  ${p.key}: ${show(p.a)} -> ${show(p.b)}${p.change === 'modified' ? '' : ` (${p.change})`}`);
  }
  lines.push('', d.paired ? `metrics (b − a), paired on the same rows, ${d.confidence * 100}% intervals:` : `metrics (b − a), unpaired: ${d.unpairedReason}; ${d.confidence * 100}% intervals:`);
  const rows = d.metrics.map((m) => [m.metric, shortNumber(m.a), shortNumber(m.b), shortNumber(m.delta), m.ci ? `[${shortNumber(m.ci[0])}, ${shortNumber(m.ci[1])}]` : '', m.pValue === null ? '' : shortNumber(m.pValue), m.test ?? '']);
  lines.push(textTable({ header: ['METRIC', 'A', 'B', 'DELTA', 'INTERVAL', 'P', 'TEST'], rows }).replace(/^/gm, '  ').trimEnd());
  return lines.join('\n') + '\n';
}

export async function expMain(argv: string[], out: (s: string) => void = (s) => process.stdout.write(s)): Promise<number> {
  const sub = argv[0] as Sub;
  try {
    if (!sub || sub === ('--help' as Sub) || sub === ('-h' as Sub)) {
      out(expUsage());
      return sub ? 0 : 2;
    }
    if (!SUBCOMMANDS.includes(sub)) throw new ConfigurationError(`unknown exp command '${sub}'; commands: ${SUBCOMMANDS.join(', ')}`);
    let rest = argv.slice(1);
    const positional: string[] = [];
    while (rest.length && !rest[0].startsWith('--')) positional.push(rest.shift()!);
    const flags = new Set(rest.filter((a) => FLAGS.includes(a)));
    rest = rest.filter((a) => !FLAGS.includes(a));
    const args = parseArgs(['exp', ...rest]);
    if (args.help) return out(expUsage()), 0;
    for (const k of Object.keys(args.values)) if (![...OPTIONS[sub], ...COMMON].includes(k)) throw new ConfigurationError(`unknown option --${k} for exp ${sub}; see modelgate exp --help`);
    const env = process.env;
    const inputs = new Inputs(mapSource(args.values, { experiments: env.MODELGATE_EXPERIMENTS, username: env.MODELGATE_REGISTRY_USERNAME, password: env.MODELGATE_REGISTRY_PASSWORD, token: env.MODELGATE_REGISTRY_TOKEN }));
    const store = openRunStore(inputs.string('experiments'), connectionInputs(inputs));
    if (!store) throw new ConfigurationError(`--experiments false names no store`);
    const json = (v: unknown) => out(JSON.stringify(v, null, 2) + '\n');
    if (sub === 'show') {
      if (positional.length) throw new ConfigurationError(`exp show takes no argument '${positional[0]}'; filters are --where, --branch, --pr`);
      if (flags.has('--csv') && args.json) throw new ConfigurationError(`give --json or --csv, not both`);
      let runs = await store.list();
      const where = inputs.string('where');
      if (where) {
        const keep = whereFilter(where);
        runs = runs.filter(keep);
      }
      const branch = inputs.string('branch');
      if (branch) runs = runs.filter((r) => r.git?.branch === branch);
      const pr = inputs.number('pr', { min: 1, integer: true });
      if (pr !== undefined) runs = runs.filter((r) => r.pullRequest === pr);
      const source = inputs.choice('source', ['train', 'evaluate-model'] as const);
      if (source) runs = runs.filter((r) => r.source === source);
      const sort = inputs.list('sort');
      if (sort.length) runs = sortRuns(runs, sort);
      const last = inputs.number('last', { min: 1, integer: true });
      if (last !== undefined) runs = runs.slice(-last);
      if (args.json) return json(runs), 0;
      if (flags.has('--csv')) return out(runCsv(runs, flags.has('--all-params'))), 0;
      out(runs.length ? textTable(runTable(runs, flags.has('--all-params'))) : `no runs in ${store.location}${where || branch || pr ? ' match' : ''}\n`);
      return 0;
    }
    if (positional.length !== 2) throw new ConfigurationError(`exp diff needs two run ids (or unique prefixes): modelgate exp diff <a> <b>`);
    const runs = await store.list();
    const d = diffRuns(findRun(runs, positional[0]), findRun(runs, positional[1]), { confidence: inputs.number('confidence', { min: 0.5, max: 0.9999 }) });
    if (args.json) return json(d), 0;
    out(diffText(d));
    return 0;
  } catch (e) {
    if (isUserError(e)) {
      process.stderr.write(`modelgate exp${sub ? ' ' + sub : ''}: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
