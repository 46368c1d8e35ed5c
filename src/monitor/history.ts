/**
 * monitor runs in the version's history: each run appends a `monitor` event (its finding as an
 * annotation, monitor-report.json as the layer) through src/registry, as deploy records its
 * decisions, so `modelgate registry history <ref>` lists them. The earlier runs' reports are read
 * back for the trend.
 */
import { eventLayer, versionEvents } from '../registry/events.js';
import { MEDIA } from '../registry/oci.js';
import { addMonitor, type Actor } from '../registry/versions.js';
import type { Backend } from '../registry/backend.js';
import type { MonitorReport } from './report.js';

export async function recordMonitor(backend: Backend, digest: string, report: MonitorReport, who: Actor): Promise<string> {
  const bytes = Buffer.from(JSON.stringify(report, null, 2) + '\n');
  const note = report.reasons.map((r) => r.message).join('; ').slice(0, 1000) || 'nothing found';
  return addMonitor(backend, { digest }, bytes, { ...who, finding: report.finding, note });
}

/** The reports of earlier monitor runs of a version, oldest first (at most `last`). */
export async function monitorHistory(backend: Backend, digest: string, last = 20): Promise<MonitorReport[]> {
  const events = (await versionEvents(backend, digest)).filter((e) => e.type === 'monitor').slice(-last);
  const out: MonitorReport[] = [];
  for (const e of events) {
    const bytes = await eventLayer(backend, e, MEDIA.monitorReport);
    if (!bytes) continue;
    try {
      out.push(JSON.parse(bytes.toString('utf8')) as MonitorReport);
    } catch {
      // A layer that is not JSON is not a point of the trend.
    }
  }
  return out;
}
