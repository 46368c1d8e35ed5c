/**
 * `modelgate registry list|show|pull|promote|approve|reject|history <ref>`: the registry for people
 * at a terminal. <ref> is a model (`oci-layout://registry/churn`, `oci://ghcr.io/o/r/churn`) or a
 * version of it (`…:v3`, `…:production`, `…@sha256:…`). Credentials come from --username with
 * --password or --token, or MODELGATE_REGISTRY_USERNAME / _PASSWORD / _TOKEN.
 */
import { ConfigurationError, isUserError } from '../errors.js';
import { Inputs, mapSource } from '../lib/inputs.js';
import { actorFromEnv, connectionInputs } from '../actions/register.js';
import type { HistoryEvent } from '../registry/events.js';
import { ANN } from '../registry/oci.js';
import { openBackend, parseReference } from '../registry/reference.js';
import { history, layerText, listVersions, promote, pull, resolve, setStatus } from '../registry/versions.js';
import { parseArgs } from './main.js';

const SUBCOMMANDS = ['list', 'show', 'pull', 'promote', 'approve', 'reject', 'history'] as const;
type Sub = (typeof SUBCOMMANDS)[number];
const OPTIONS: Record<Sub, string[]> = {
  list: ['last'],
  show: [],
  pull: ['out'],
  promote: ['alias'],
  approve: ['note'],
  reject: ['note'],
  history: [],
};
const COMMON = ['username', 'password', 'token', 'insecure'];

export function registryUsage(): string {
  return [
    'Usage: modelgate registry <command> <ref> [options] [--json]',
    '',
    '  list <model> [--last N]          versions as a table: status, aliases, who registered, metrics',
    '  show <version>                   one version: files, lineage, metrics, model card',
    '  pull <version> [--out DIR]       download its files (every digest verified)',
    '  promote <version> --alias NAME   point an alias (production, staging…) at the version',
    '  approve <version> [--note TEXT]  record approval',
    '  reject <version> [--note TEXT]   record rejection',
    '  history <model|version>          timeline of who did what when',
    '',
    '<model> is oci-layout://<dir>/<name> or oci://<host>/<repository>; a version adds :<tag> or @<digest>.',
    'Credentials: --username with --password or --token, or MODELGATE_REGISTRY_USERNAME/_PASSWORD/_TOKEN.',
    '',
  ].join('\n');
}

/** A plain text table: columns padded to their widest cell. */
export function textTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  return [header, ...rows].map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ').trimEnd()).join('\n') + '\n';
}

const short = (d: string) => d.slice(0, 19) + '…';
const when = (iso?: string) => (iso ? iso.replace('T', ' ').replace(/\.\d+Z$/, 'Z') : '');
const num = (x: number | null | undefined) => (x === null || x === undefined ? '' : String(Number(x.toPrecision(4))));

export function timeline(events: HistoryEvent[]): string {
  if (!events.length) return 'no history\n';
  const what = (e: HistoryEvent) =>
    e.type === 'registered' ? `registered (${e.status ?? 'pending'})` : e.type === 'status' ? `${e.status}` : e.type === 'alias' ? `alias ${e.alias} -> ${e.version}` : e.type === 'deployment' ? `deployment ${e.decision ?? ''}${e.environment ? ` to ${e.environment}` : ''}` : e.type === 'monitor' ? `monitor ${e.finding ?? ''}` : 'evaluated';
  return textTable(
    ['WHEN', 'VERSION', 'EVENT', 'BY', 'NOTE / RUN'],
    events.map((e) => [when(e.at), e.version ?? '', what(e), e.actor ?? '', [e.note ? JSON.stringify(e.note) : '', e.runUrl ?? ''].filter(Boolean).join(' ')]),
  );
}

export async function registryMain(argv: string[], out: (s: string) => void = (s) => process.stdout.write(s)): Promise<number> {
  const sub = argv[0] as Sub;
  try {
    if (!sub || sub === ('--help' as Sub) || sub === ('-h' as Sub)) {
      out(registryUsage());
      return sub ? 0 : 2;
    }
    if (!SUBCOMMANDS.includes(sub)) throw new ConfigurationError(`unknown registry command '${sub}'; commands: ${SUBCOMMANDS.join(', ')}`);
    const refText = argv[1] && !argv[1].startsWith('--') ? argv[1] : undefined;
    if (!refText) throw new ConfigurationError(`registry ${sub} needs a reference, e.g. oci-layout://registry/churn:v1`);
    const args = parseArgs(['registry', ...argv.slice(2)]);
    for (const k of Object.keys(args.values)) if (![...OPTIONS[sub], ...COMMON].includes(k)) throw new ConfigurationError(`unknown option --${k} for registry ${sub}`);
    const env = process.env;
    const inputs = new Inputs(mapSource(args.values, { username: env.MODELGATE_REGISTRY_USERNAME, password: env.MODELGATE_REGISTRY_PASSWORD, token: env.MODELGATE_REGISTRY_TOKEN }));
    const ref = parseReference(refText, 'ref');
    const backend = openBackend({ ...ref, tag: undefined, digest: undefined }, connectionInputs(inputs));
    const at = { tag: ref.tag, digest: ref.digest };
    const who = actorFromEnv();
    const json = (v: unknown) => out(JSON.stringify(v, null, 2) + '\n');
    switch (sub) {
      case 'list': {
        const versions = await listVersions(backend, { last: inputs.number('last', { min: 1, integer: true }) });
        if (args.json) return json(versions), 0;
        const metricNames = [...new Set(versions.flatMap((v) => Object.keys(v.metrics)))].slice(0, 4);
        out(versions.length ? textTable(['VERSION', 'DIGEST', 'STATUS', 'ALIASES', 'REGISTERED', 'BY', ...metricNames], versions.map((v) => [v.version, short(v.digest), v.status ?? '', v.aliases.join(','), when(v.registeredAt), v.actor ?? '', ...metricNames.map((m) => num(v.metrics[m]))])) : `no versions in ${backend.location}\n`);
        return 0;
      }
      case 'show': {
        const v = await resolve(backend, at);
        const events = await history(backend, { digest: v.digest });
        const card = await layerText(backend, v, 'model-card.md');
        if (args.json) return json({ reference: `${backend.location}@${v.digest}`, version: v.version, digest: v.digest, config: v.config, manifest: v.manifest, history: events }), 0;
        const lines = [`reference: ${backend.location}@${v.digest}`, `version:   ${v.version ?? '(not registered here)'}`, `status:    ${[...events].reverse().find((e) => e.status)?.status ?? ''}`];
        if (v.config.git?.commit) lines.push(`commit:    ${v.config.git.commit}`);
        if (v.config.data) lines.push(`data:      sha256:${v.config.data.sha256}`);
        if (v.config.trainManifestKey) lines.push(`train key: ${v.config.trainManifestKey}`);
        lines.push('layers:');
        for (const l of v.manifest.layers) lines.push(`  ${(l.annotations?.[ANN.title] ?? '').padEnd(22)} ${String(l.size).padStart(12)}  ${l.digest}`);
        const metrics = Object.entries(v.config.metrics);
        if (metrics.length) lines.push(`metrics:   ${metrics.map(([k, x]) => `${k} ${num(x)}`).join(', ')}`);
        out(lines.join('\n') + '\n' + (card ? `\n${card}` : ''));
        return 0;
      }
      case 'pull': {
        const { version, files } = await pull(backend, at, inputs.string('out') ?? '.');
        if (args.json) return json({ digest: version.digest, version: version.version, files }), 0;
        out(Object.values(files).map((f) => `${f}\n`).join(''));
        return 0;
      }
      case 'promote': {
        const r = await promote(backend, at, inputs.required('alias'), who);
        if (args.json) return json(r), 0;
        out(`${inputs.required('alias')} -> ${r.version} (${r.digest})${r.moved ? '' : ', already there'}\n`);
        return 0;
      }
      case 'approve':
      case 'reject': {
        const status = sub === 'approve' ? 'approved' : 'rejected';
        const r = await setStatus(backend, at, status, { ...who, note: inputs.string('note') });
        if (args.json) return json({ ...r, status }), 0;
        out(`${r.version} ${status}\n`);
        return 0;
      }
      case 'history': {
        const events = await history(backend, at);
        if (args.json) return json(events), 0;
        out(timeline(events));
        return 0;
      }
    }
  } catch (e) {
    if (isUserError(e)) {
      process.stderr.write(`modelgate registry${sub ? ' ' + sub : ''}: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  return 2;
}
