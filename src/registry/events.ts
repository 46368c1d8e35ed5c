/**
 * The append-only history of a version: each event (registered, status, alias, evaluation,
 * deployment, monitor) is a
 * manifest whose `subject` is the version, found through the referrers API or, where the registry
 * has none (distribution 2.8, ghcr.io), through the image-spec's fallback: an image index tagged
 * `sha256-<hex of the subject>` that lists the referrers. The fallback index is read and rewritten
 * only under the writer lock (lock.ts), so two events never overwrite each other's entry.
 */
import type { Backend } from './backend.js';
import { ANN, EMPTY, EMPTY_BYTES, MEDIA, hex, jsonBytes, describe, type Descriptor, type ImageIndex, type ImageManifest } from './oci.js';

export const EV = {
  type: 'vnd.modelgate.event',
  version: 'vnd.modelgate.version',
  status: 'vnd.modelgate.status',
  alias: 'vnd.modelgate.alias',
  actor: 'vnd.modelgate.actor',
  note: 'vnd.modelgate.note',
  runUrl: 'vnd.modelgate.run-url',
  dataDigest: 'vnd.modelgate.data-digest',
  /** A deployment event's decision (promoted, rolled-back, no-data, passed) and environment. */
  decision: 'vnd.modelgate.decision',
  environment: 'vnd.modelgate.environment',
  /** A monitor event's finding (none, warn, act). */
  finding: 'vnd.modelgate.finding',
} as const;

export type EventType = 'registered' | 'status' | 'alias' | 'evaluation' | 'deployment' | 'monitor';
export const STATUSES = ['pending', 'approved', 'rejected'] as const;
export type Status = (typeof STATUSES)[number];

export interface HistoryEvent {
  type: EventType;
  /** ISO time the event was written. */
  at: string;
  version?: string;
  status?: Status;
  alias?: string;
  actor?: string;
  note?: string;
  runUrl?: string;
  /** A deployment event's decision and environment. */
  decision?: string;
  environment?: string;
  /** A monitor event's finding. */
  finding?: string;
  /** The event manifest. */
  digest: string;
}

export const fallbackTag = (digest: string) => `sha256-${hex(digest)}`;

/** Referrers of `digest`: the API when the registry has one, else the fallback tag's index. */
export async function referrers(backend: Backend, digest: string): Promise<Descriptor[]> {
  const api = await backend.referrersApi?.(digest);
  if (api) return api;
  const idx = await backend.getManifest(fallbackTag(digest));
  if (!idx) return [];
  return (JSON.parse(idx.bytes.toString('utf8')) as ImageIndex).manifests ?? [];
}

/**
 * Writes an event manifest about `subject` and makes it findable. Call under the writer lock.
 * Event manifests are pushed by digest (never tagged), so they are immutable once written.
 */
export async function appendEvent(backend: Backend, subject: Descriptor, annotations: Record<string, string>, layer?: { bytes: Buffer; mediaType: string; title: string }): Promise<string> {
  await backend.putBlob({ digest: EMPTY.digest, size: EMPTY.size, bytes: EMPTY_BYTES });
  let layers: Descriptor[] = [EMPTY];
  if (layer) {
    const d = describe(layer.mediaType, layer.bytes, { [ANN.title]: layer.title });
    await backend.putBlob({ digest: d.digest, size: d.size, bytes: layer.bytes });
    layers = [d];
  }
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MEDIA.manifest,
    artifactType: MEDIA.event,
    config: EMPTY,
    layers,
    subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
    annotations,
  };
  const bytes = jsonBytes(manifest);
  const digest = await backend.putManifest(bytes, MEDIA.manifest);
  const desc: Descriptor = { mediaType: MEDIA.manifest, digest, size: bytes.length, artifactType: MEDIA.event, annotations };
  // A registry with the referrers API indexes the subject itself.
  if (await backend.referrersApi?.(subject.digest)) return digest;
  const tag = fallbackTag(subject.digest);
  const current = await backend.getManifest(tag);
  const idx: ImageIndex = current ? (JSON.parse(current.bytes.toString('utf8')) as ImageIndex) : { schemaVersion: 2, mediaType: MEDIA.index, manifests: [] };
  if (!idx.manifests.some((m) => m.digest === digest)) idx.manifests.push(desc);
  await backend.putManifest(jsonBytes(idx), MEDIA.index, tag);
  return digest;
}

/** The events of one version, oldest first. */
export async function versionEvents(backend: Backend, digest: string): Promise<HistoryEvent[]> {
  const out: HistoryEvent[] = [];
  for (const d of await referrers(backend, digest)) {
    if (d.artifactType !== MEDIA.event) continue;
    const a = d.annotations ?? {};
    const type = a[EV.type] as EventType | undefined;
    if (!type) continue;
    const ev: HistoryEvent = { type, at: a[ANN.created] ?? '', digest: d.digest };
    if (a[EV.version]) ev.version = a[EV.version];
    if (a[EV.status]) ev.status = a[EV.status] as Status;
    if (a[EV.alias]) ev.alias = a[EV.alias];
    if (a[EV.actor]) ev.actor = a[EV.actor];
    if (a[EV.note]) ev.note = a[EV.note];
    if (a[EV.runUrl]) ev.runUrl = a[EV.runUrl];
    if (a[EV.decision]) ev.decision = a[EV.decision];
    if (a[EV.environment]) ev.environment = a[EV.environment];
    if (a[EV.finding]) ev.finding = a[EV.finding];
    out.push(ev);
  }
  return out.sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0));
}

/** The status now: the last status-bearing event. */
export function currentStatus(events: HistoryEvent[]): Status | undefined {
  let s: Status | undefined;
  for (const e of events) if (e.status) s = e.status;
  return s;
}

/** The evaluation.json an evaluation event carries (its manifest and layer fetched and verified). */
export async function eventEvaluation(backend: Backend, event: HistoryEvent): Promise<Buffer | undefined> {
  return event.type === 'evaluation' ? eventLayer(backend, event, MEDIA.evaluation) : undefined;
}

/** The layer of `mediaType` an event carries (deployment.json, monitor-report.json, ...), verified. */
export async function eventLayer(backend: Backend, event: HistoryEvent, mediaType: string): Promise<Buffer | undefined> {
  const m = await backend.getManifest(event.digest);
  if (!m) return undefined;
  const layer = (JSON.parse(m.bytes.toString('utf8')) as ImageManifest).layers.find((l) => l.mediaType === mediaType);
  return layer ? backend.getBlob(layer) : undefined;
}
