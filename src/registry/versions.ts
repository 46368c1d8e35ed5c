/**
 * Model versions on a Backend: register (blobs, then the manifest, then under the writer lock the
 * history event and the `v<n>` tag, then aliases), resolve, list, show, pull, promote, approve or
 * reject, and the history timeline. Version tags never move; alias tags do; `latest` follows the
 * highest version; `latest` and `v<digits>` cannot be aliases.
 */
import { join } from 'node:path';
import { ConfigurationError, ServiceError } from '../errors.js';
import type { Logger } from '../lib/logger.js';
import { buildVersion, type ModelConfig, type VersionInputs } from './artifact.js';
import type { Backend, PutStats } from './backend.js';
import { EV, appendEvent, currentStatus, fallbackTag, versionEvents, type HistoryEvent, type Status } from './events.js';
import { LOCK_PREFIX, withLock } from './lock.js';
import { ANN, MEDIA, isDigest, isTag, type Descriptor, type ImageManifest } from './oci.js';
import { formatReference } from './reference.js';

const VERSION_TAG = /^v([1-9]\d*)$/;

export interface Actor {
  /** Who did it (GITHUB_ACTOR, or the local user). */
  actor?: string;
  runUrl?: string;
  now?: () => Date;
}

export interface RegisterOptions extends VersionInputs, Actor {
  aliases: string[];
  /** Status to record; default pending for a new version, unchanged for an existing one. */
  status?: Status;
}

export interface Registered {
  version: string;
  digest: string;
  reference: string;
  /** False when these files were already registered (same digest): nothing new was written. */
  created: boolean;
  stats: PutStats;
}

/** An alias a user may set: a valid tag that is neither reserved nor one of ours. */
export function checkAlias(alias: string, input = 'alias'): void {
  if (!isTag(alias)) throw new ConfigurationError(`input '${input}': '${alias}' is not a valid tag (letters, digits, . _ -, at most 128)`);
  if (alias === 'latest' || /^v\d+$/.test(alias)) throw new ConfigurationError(`input '${input}': '${alias}' is reserved (latest and v<digits> are set by register)`);
  if (alias.startsWith(LOCK_PREFIX) || alias.startsWith('sha256-')) throw new ConfigurationError(`input '${input}': '${alias}' is reserved for modelgate's own tags`);
}

export const versionNumber = (tag: string): number | undefined => {
  const m = VERSION_TAG.exec(tag);
  return m ? Number(m[1]) : undefined;
};

/** Tags a person would care about: versions and aliases, not the lock or referrers fallback tags. */
export const isUserTag = (t: string) => !t.startsWith(LOCK_PREFIX) && !/^sha256-[a-f0-9]{64}$/.test(t);

function annotations(kind: string, who: Actor, extra: Record<string, string | undefined>): Record<string, string> {
  const a: Record<string, string> = { [ANN.created]: (who.now?.() ?? new Date()).toISOString(), [EV.type]: kind };
  if (who.actor) a[EV.actor] = who.actor;
  if (who.runUrl) a[EV.runUrl] = who.runUrl;
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) a[k] = v;
  return a;
}

async function pool<T>(items: T[], n: number, fn: (x: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, async () => {
    while (next < items.length) await fn(items[next++]);
  }));
}

export async function register(backend: Backend, opts: RegisterOptions, log: Logger): Promise<Registered> {
  for (const a of opts.aliases) checkAlias(a);
  const built = await buildVersion(opts);
  const stats: PutStats = { bytesUploaded: 0, blobsUploaded: 0, blobsSkipped: 0, blobsMounted: 0 };
  // 1. Blobs (HEAD first: an unchanged file is not sent again).
  await pool(built.blobs, 4, async (b) => {
    const r = await backend.putBlob(b);
    stats.bytesUploaded += r.uploaded;
    if (r.mounted) stats.blobsMounted++;
    else if (r.uploaded || b.size === 0) stats.blobsUploaded++;
    else stats.blobsSkipped++;
  });
  // 2. The manifest, by digest: not reachable by any tag yet.
  const digest = await backend.putManifest(built.bytes, MEDIA.manifest);
  const subject: Descriptor = { mediaType: MEDIA.manifest, digest, size: built.bytes.length };
  // 3. Under the lock: its number (or the one it already has), its history, its tags.
  return withLock(backend, async () => {
    const tags = await backend.listTags();
    const events = await versionEvents(backend, digest);
    let version: string | undefined;
    let created = false;
    const claimed = [...events].reverse().find((e) => e.type === 'registered' && e.version)?.version;
    if (claimed) {
      const at = await backend.getManifest(claimed);
      if (at?.digest === digest) version = claimed;
      else if (!at) {
        // Interrupted after its history event and before its tag: finish it.
        await backend.putManifest(built.bytes, MEDIA.manifest, claimed);
        version = claimed;
        created = true;
      }
    }
    if (!version) {
      const max = Math.max(0, ...tags.map((t) => versionNumber(t) ?? 0));
      version = `v${max + 1}`;
      await appendEvent(backend, subject, annotations('registered', opts, { [EV.version]: version, [EV.status]: opts.status ?? 'pending', [EV.dataDigest]: built.config.data?.sha256 }));
      await backend.putManifest(built.bytes, MEDIA.manifest, version);
      created = true;
    } else if (opts.status && currentStatus(events) !== opts.status) {
      await appendEvent(backend, subject, annotations('status', opts, { [EV.version]: version, [EV.status]: opts.status }));
    }
    if (created) {
      const newest = Math.max(0, ...tags.map((t) => versionNumber(t) ?? 0));
      if (versionNumber(version)! >= newest) await backend.putManifest(built.bytes, MEDIA.manifest, 'latest');
    }
    for (const alias of opts.aliases) await moveAlias(backend, alias, subject, built.bytes, version, opts);
    log.info(`${created ? 'registered' : 'already registered'} ${backend.location}:${version} (${digest}); ${stats.blobsUploaded} blob(s) uploaded, ${stats.bytesUploaded} bytes; ${stats.blobsSkipped} already there`);
    return { version, digest, reference: formatReference(backend, { digest }), created, stats };
  });
}

async function moveAlias(backend: Backend, alias: string, subject: Descriptor, bytes: Buffer, version: string, who: Actor): Promise<boolean> {
  const at = await backend.getManifest(alias);
  if (at?.digest === subject.digest) return false;
  await appendEvent(backend, subject, annotations('alias', who, { [EV.version]: version, [EV.alias]: alias }));
  await backend.putManifest(bytes, MEDIA.manifest, alias);
  return true;
}

export interface ResolvedVersion {
  digest: string;
  manifest: ImageManifest;
  bytes: Buffer;
  config: ModelConfig;
  /** `v<n>` of this digest (from its history), when known. */
  version?: string;
}

/** A version by tag (version or alias; default `latest`) or digest, every digest verified. */
export async function resolve(backend: Backend, ref: { tag?: string; digest?: string } = {}): Promise<ResolvedVersion> {
  const at = ref.digest ?? ref.tag ?? 'latest';
  const m = await backend.getManifest(at);
  if (!m) throw new ServiceError(`${backend.location}: no version ${at}`);
  const manifest = JSON.parse(m.bytes.toString('utf8')) as ImageManifest;
  if (manifest.artifactType !== MEDIA.model) throw new ServiceError(`${backend.location}:${at} is not a modelgate model version (artifactType ${manifest.artifactType ?? 'none'})`);
  const config = JSON.parse((await backend.getBlob(manifest.config)).toString('utf8')) as ModelConfig;
  const events = await versionEvents(backend, m.digest);
  const version = ref.tag && versionNumber(ref.tag) ? ref.tag : [...events].reverse().find((e) => e.type === 'registered')?.version;
  return { digest: m.digest, manifest, bytes: m.bytes, config, version };
}

export interface VersionSummary {
  version: string;
  digest: string;
  aliases: string[];
  status?: Status;
  registeredAt?: string;
  actor?: string;
  metrics: Record<string, number | null>;
  dataDigest?: string;
}

/** Every version, oldest first, with its aliases, status and metrics summary. */
export async function listVersions(backend: Backend, opts: { last?: number } = {}): Promise<VersionSummary[]> {
  const tags = (await backend.listTags()).filter(isUserTag);
  let versions = tags.filter((t) => versionNumber(t) !== undefined).sort((a, b) => versionNumber(a)! - versionNumber(b)!);
  if (opts.last) versions = versions.slice(-opts.last);
  const aliasDigests = new Map<string, string[]>();
  for (const t of tags) {
    if (versionNumber(t) !== undefined) continue;
    const m = await backend.getManifest(t);
    if (m) aliasDigests.set(m.digest, [...(aliasDigests.get(m.digest) ?? []), t]);
  }
  const out: VersionSummary[] = [];
  for (const v of versions) {
    const r = await resolve(backend, { tag: v });
    const events = await versionEvents(backend, r.digest);
    const reg = events.find((e) => e.type === 'registered' && e.version === v);
    out.push({ version: v, digest: r.digest, aliases: (aliasDigests.get(r.digest) ?? []).sort(), status: currentStatus(events), registeredAt: reg?.at, actor: reg?.actor, metrics: r.config.metrics, dataDigest: r.config.data?.sha256 });
  }
  return out;
}

/** The history of one version, or of every version when no tag or digest is given; oldest first. */
export async function history(backend: Backend, ref: { tag?: string; digest?: string }): Promise<HistoryEvent[]> {
  if (ref.tag || ref.digest) {
    const r = await resolve(backend, ref);
    return (await versionEvents(backend, r.digest)).map((e) => ({ ...e, version: e.version ?? r.version }));
  }
  const all: HistoryEvent[] = [];
  for (const t of (await backend.listTags()).filter((x) => versionNumber(x) !== undefined)) {
    const m = await backend.getManifest(t);
    if (m) all.push(...(await versionEvents(backend, m.digest)).map((e) => ({ ...e, version: e.version ?? t })));
  }
  return all.sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0));
}

async function subjectOf(backend: Backend, ref: { tag?: string; digest?: string }): Promise<{ r: ResolvedVersion; subject: Descriptor; version: string }> {
  const r = await resolve(backend, ref);
  if (!r.version) throw new ServiceError(`${backend.location}@${r.digest} was never registered as a version here`);
  return { r, subject: { mediaType: MEDIA.manifest, digest: r.digest, size: r.bytes.length }, version: r.version };
}

/** Points `alias` at a version (a tag move) and records who moved it. */
export async function promote(backend: Backend, ref: { tag?: string; digest?: string }, alias: string, who: Actor): Promise<{ version: string; digest: string; moved: boolean }> {
  checkAlias(alias);
  return withLock(backend, async () => {
    const { r, subject, version } = await subjectOf(backend, ref);
    const moved = await moveAlias(backend, alias, subject, r.bytes, version, who);
    return { version, digest: r.digest, moved };
  });
}

/** Appends a status event (approved, rejected, pending). */
export async function setStatus(backend: Backend, ref: { tag?: string; digest?: string }, status: Status, who: Actor & { note?: string }): Promise<{ version: string; digest: string }> {
  return withLock(backend, async () => {
    const { r, subject, version } = await subjectOf(backend, ref);
    await appendEvent(backend, subject, annotations('status', who, { [EV.version]: version, [EV.status]: status, [EV.note]: who.note }));
    return { version, digest: r.digest };
  });
}

/** Appends a later evaluation of the version (evaluation.json stored as the event's layer). */
export async function addEvaluation(backend: Backend, ref: { tag?: string; digest?: string }, evaluation: Buffer, who: Actor & { dataDigest?: string }): Promise<string> {
  return withLock(backend, async () => {
    const { subject, version } = await subjectOf(backend, ref);
    return appendEvent(backend, subject, annotations('evaluation', who, { [EV.version]: version, [EV.dataDigest]: who.dataDigest }), { bytes: evaluation, mediaType: MEDIA.evaluation, title: 'evaluation.json' });
  });
}

/** Appends a deployment (deploy's deployment.json as the event's layer, its decision and environment as annotations). */
export async function addDeployment(backend: Backend, ref: { tag?: string; digest?: string }, deployment: Buffer, who: Actor & { decision: string; environment?: string; note?: string }): Promise<string> {
  return withLock(backend, async () => {
    const { subject, version } = await subjectOf(backend, ref);
    return appendEvent(backend, subject, annotations('deployment', who, { [EV.version]: version, [EV.decision]: who.decision, [EV.environment]: who.environment, [EV.note]: who.note }), { bytes: deployment, mediaType: MEDIA.deployment, title: 'deployment.json' });
  });
}

/** Appends a monitor run (monitor-report.json as the event's layer, its finding as an annotation). */
export async function addMonitor(backend: Backend, ref: { tag?: string; digest?: string }, report: Buffer, who: Actor & { finding: string; note?: string }): Promise<string> {
  return withLock(backend, async () => {
    const { subject, version } = await subjectOf(backend, ref);
    return appendEvent(backend, subject, annotations('monitor', who, { [EV.version]: version, [EV.finding]: who.finding, [EV.note]: who.note }), { bytes: report, mediaType: MEDIA.monitorReport, title: 'monitor-report.json' });
  });
}

/** Downloads every titled layer of a version into `dir`, each verified; returns title -> path. */
export async function pull(backend: Backend, ref: { tag?: string; digest?: string }, dir: string, only?: (layer: Descriptor) => boolean): Promise<{ version: ResolvedVersion; files: Record<string, string> }> {
  const r = await resolve(backend, ref);
  const files: Record<string, string> = {};
  for (const layer of r.manifest.layers) {
    const title = layer.annotations?.[ANN.title];
    if (!title || (only && !only(layer))) continue;
    if (title.includes('/') || title.includes('\\') || title === '.' || title === '..') throw new ServiceError(`${backend.location}@${r.digest}: layer title '${title}' is not a plain file name; refusing to write it`);
    const path = join(dir, title);
    await backend.blobToFile(layer, path);
    files[title] = path;
  }
  return { version: r, files };
}

/** A layer of a version by title, in memory (small JSON or markdown layers). */
export async function layerText(backend: Backend, r: ResolvedVersion, title: string): Promise<string | undefined> {
  const layer = r.manifest.layers.find((l) => l.annotations?.[ANN.title] === title);
  return layer ? (await backend.getBlob(layer)).toString('utf8') : undefined;
}

export { fallbackTag, isDigest };
