/**
 * The kserve target: a KServe InferenceService (serving.kserve.io/v1beta1) whose predictor loads
 * the model from its registry reference, rolled out with KServe's own canary: a new storageUri
 * with `canaryTrafficPercent: N` sends N% to the new revision and the rest to the previous ready
 * one; promote removes the field (the new revision takes everything); rollback sets it to 0. The
 * rollout's state record and the stable/candidate references are annotations on the object.
 * Windows are read from Prometheus, by the `reference` label of the series the modelgate server
 * exports: each predictor gets MODELGATE_SERVE_REFERENCE = the registry reference it serves. KServe has no request mirroring, so the shadow and blue-green strategies (which bake
 * on mirrored traffic) are refused for this target.
 *
 * Manifests go through a `Cluster` (kubectl by default); nothing here talks to Kubernetes itself.
 */
import { execFile } from 'node:child_process';
import { ConfigurationError, ServiceError } from '../errors.js';
import type { Window } from './judge.js';
import type { PrometheusClient } from './prometheus.js';
import { REFERENCE_ENV } from './metric-names.js';
import type { Clock, DeployRecord, Health, Target, TargetState } from './types.js';

export const ANNOTATION_RECORD = 'modelgate.dev/deploy-record';
export const ANNOTATION_STABLE = 'modelgate.dev/stable';
export const ANNOTATION_CANDIDATE = 'modelgate.dev/candidate';

export interface InferenceServiceOptions {
  name: string;
  namespace: string;
  /** KServe model format: onnx for modelgate's models. */
  modelFormat?: string;
  /** A ServingRuntime to use (e.g. one running `modelgate serve`); KServe picks one by format otherwise. */
  runtime?: string;
  /** Serve with the Open Inference Protocol (v2). */
  protocolVersion?: 'v1' | 'v2';
  minReplicas?: number;
  maxReplicas?: number;
}

/** A registry reference as KServe's storageUri: OCI references (modelcars) get `oci://`; URIs with a scheme pass through. */
export function storageUriFor(ref: string): string {
  const r = ref.trim();
  if (!r || /\s/.test(r)) throw new ConfigurationError(`input 'model': not a registry reference: '${ref}'`);
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(r)) return r;
  if (!/^[A-Za-z0-9.-]+(:\d+)?\/[a-z0-9._/-]+(:[\w.-]+)?(@sha256:[0-9a-f]{64})?$/.test(r)) {
    throw new ConfigurationError(`input 'model': '${ref}' is neither a URI nor an OCI reference (registry/repository[:tag][@sha256:digest])`);
  }
  return `oci://${r}`;
}

export type InferenceService = {
  apiVersion: 'serving.kserve.io/v1beta1';
  kind: 'InferenceService';
  metadata: { name: string; namespace: string; annotations: Record<string, string>; labels?: Record<string, string> };
  spec: {
    predictor: {
      minReplicas?: number;
      maxReplicas?: number;
      canaryTrafficPercent?: number;
      model: { modelFormat: { name: string }; storageUri: string; runtime?: string; protocolVersion?: string; env?: { name: string; value: string }[] };
    };
  };
  status?: Record<string, unknown>;
};

/** The InferenceService serving `model`; `canaryTrafficPercent` present only while a canary runs. */
export function renderInferenceService(opts: InferenceServiceOptions, model: string, canaryTrafficPercent: number | undefined, annotations: Record<string, string>): InferenceService {
  if (canaryTrafficPercent !== undefined && !(Number.isInteger(canaryTrafficPercent) && canaryTrafficPercent >= 0 && canaryTrafficPercent <= 100)) {
    throw new ConfigurationError(`canaryTrafficPercent must be an integer 0..100, got ${canaryTrafficPercent}`);
  }
  const predictor: InferenceService['spec']['predictor'] = {
    ...(opts.minReplicas !== undefined ? { minReplicas: opts.minReplicas } : {}),
    ...(opts.maxReplicas !== undefined ? { maxReplicas: opts.maxReplicas } : {}),
    ...(canaryTrafficPercent !== undefined ? { canaryTrafficPercent } : {}),
    model: {
      modelFormat: { name: opts.modelFormat ?? 'onnx' },
      storageUri: storageUriFor(model),
      ...(opts.runtime ? { runtime: opts.runtime } : {}),
      protocolVersion: opts.protocolVersion ?? 'v2',
      // A modelgate serve runtime labels its metrics with what it serves, so the judge can tell
      // the canary's revision from the previous one in Prometheus (other runtimes ignore it).
      env: [{ name: REFERENCE_ENV, value: model }],
    },
  };
  return {
    apiVersion: 'serving.kserve.io/v1beta1',
    kind: 'InferenceService',
    metadata: { name: opts.name, namespace: opts.namespace, annotations: { ...annotations }, labels: { 'app.kubernetes.io/managed-by': 'modelgate' } },
    spec: { predictor },
  };
}

/** What the kserve target needs from Kubernetes. */
export interface Cluster {
  get(namespace: string, name: string): Promise<InferenceService | undefined>;
  apply(manifest: InferenceService): Promise<void>;
}

/** kubectl as a Cluster: arguments as an array (no shell), the manifest on stdin. Used only when a cluster is configured. */
export function kubectlCluster(kubectl = 'kubectl', context?: string): Cluster {
  const run = (args: string[], input?: string) =>
    new Promise<string>((resolve, reject) => {
      const child = execFile(kubectl, [...(context ? ['--context', context] : []), ...args], { maxBuffer: 16 << 20 }, (err, stdout, stderr) => {
        if (err) reject(Object.assign(new ServiceError(`kubectl ${args[0]}: ${String(stderr).trim().split('\n')[0] || err.message}`), { stderr }));
        else resolve(stdout);
      });
      if (input !== undefined) child.stdin!.end(input);
    });
  return {
    async get(namespace, name) {
      try {
        return JSON.parse(await run(['get', 'inferenceservice', name, '-n', namespace, '-o', 'json'])) as InferenceService;
      } catch (e) {
        if (/NotFound/.test(String((e as { stderr?: string }).stderr))) return undefined;
        throw e;
      }
    },
    async apply(manifest) {
      await run(['apply', '--server-side', '--field-manager=modelgate', '--force-conflicts', '-f', '-'], JSON.stringify(manifest));
    },
  };
}

export class KServeTarget implements Target {
  readonly kind = 'kserve';
  readonly location: string;
  private windowStart = 0;

  constructor(
    private readonly opts: InferenceServiceOptions,
    private readonly cluster: Cluster,
    private readonly prometheus: PrometheusClient,
    private readonly clock: Clock,
  ) {
    this.location = `${opts.namespace}/${opts.name}`;
  }

  private async current(): Promise<InferenceService | undefined> {
    return this.cluster.get(this.opts.namespace, this.opts.name);
  }

  private async write(model: string, percent: number | undefined, annotations: Record<string, string>): Promise<void> {
    await this.cluster.apply(renderInferenceService(this.opts, model, percent, annotations));
  }

  private static annotations(isvc: InferenceService | undefined): Record<string, string> {
    return { ...(isvc?.metadata.annotations ?? {}) };
  }

  async state(): Promise<TargetState> {
    const isvc = await this.current();
    if (!isvc) return { weight: 0, shadow: false };
    const a = isvc.metadata.annotations ?? {};
    const percent = isvc.spec.predictor.canaryTrafficPercent;
    const candidate = a[ANNOTATION_CANDIDATE] || undefined;
    return { stable: a[ANNOTATION_STABLE] || undefined, candidate, weight: candidate ? (percent ?? 100) : 0, shadow: false };
  }

  async loadCandidate(model: string): Promise<void> {
    const isvc = await this.current();
    const a = KServeTarget.annotations(isvc);
    if (!isvc) {
      // The first version: nothing to split traffic with, it serves everything once applied.
      await this.write(model, undefined, { [ANNOTATION_STABLE]: '', [ANNOTATION_CANDIDATE]: model });
      return;
    }
    if (!(ANNOTATION_STABLE in a)) throw new ConfigurationError(`InferenceService ${this.location} was not created by modelgate (no ${ANNOTATION_STABLE} annotation); refusing to change it`);
    await this.write(model, a[ANNOTATION_STABLE] ? 0 : undefined, { ...a, [ANNOTATION_CANDIDATE]: model });
  }

  async setWeight(percent: number): Promise<void> {
    const isvc = await this.current();
    const a = KServeTarget.annotations(isvc);
    const model = a[ANNOTATION_CANDIDATE];
    if (!model) throw new Error('internal error: setWeight without a candidate');
    await this.write(model, Math.round(percent), a);
  }

  async setShadow(on: boolean): Promise<void> {
    if (on) throw new ConfigurationError(`the kserve target cannot mirror traffic (KServe has no shadow); use strategy canary or direct`);
  }

  async promote(): Promise<void> {
    const a = KServeTarget.annotations(await this.current());
    const model = a[ANNOTATION_CANDIDATE];
    if (!model) return;
    delete a[ANNOTATION_CANDIDATE];
    await this.write(model, undefined, { ...a, [ANNOTATION_STABLE]: model });
  }

  async rollback(): Promise<void> {
    const isvc = await this.current();
    const a = KServeTarget.annotations(isvc);
    const model = a[ANNOTATION_CANDIDATE];
    if (!isvc || !model) return;
    if (!a[ANNOTATION_STABLE]) throw new ServiceError(`InferenceService ${this.location}: the first version failed and there is no earlier one to roll back to`);
    // KServe's rollback: the latest revision keeps its spec but gets 0% of the traffic.
    await this.write(model, 0, a);
    // Then the spec goes back to stable, so the next rollout starts from it.
    delete a[ANNOTATION_CANDIDATE];
    await this.write(a[ANNOTATION_STABLE], undefined, a);
  }

  async resetWindow(): Promise<void> {
    this.windowStart = this.clock.now();
  }

  async readWindow(): Promise<Window> {
    const s = await this.state();
    if (!s.stable || !s.candidate) throw new Error('internal error: readWindow without stable and candidate');
    const now = this.clock.now();
    const seconds = (now - this.windowStart) / 1000;
    const at = now / 1000;
    return {
      stable: await this.prometheus.variantWindow(s.stable, seconds, at),
      candidate: await this.prometheus.variantWindow(s.candidate, seconds, at),
    };
  }

  async health(variant: 'stable' | 'candidate'): Promise<Health> {
    const isvc = await this.current();
    const conditions = ((isvc?.status as { conditions?: { type: string; status: string; message?: string }[] } | undefined)?.conditions ?? []);
    const ready = conditions.find((c) => c.type === (variant === 'candidate' ? 'LatestDeploymentReady' : 'Ready')) ?? conditions.find((c) => c.type === 'Ready');
    const ok = ready?.status === 'True';
    return { ok, detail: ok ? `${this.location} ${variant} ready` : `${this.location} ${variant} not ready${ready?.message ? `: ${ready.message}` : ''}` };
  }

  async readRecord(): Promise<DeployRecord | undefined> {
    const raw = (await this.current())?.metadata.annotations?.[ANNOTATION_RECORD];
    if (!raw) return undefined;
    try {
      return JSON.parse(raw) as DeployRecord;
    } catch {
      throw new ServiceError(`InferenceService ${this.location}: annotation ${ANNOTATION_RECORD} is not JSON; remove it to start afresh`);
    }
  }

  async writeRecord(record: DeployRecord | undefined): Promise<void> {
    const isvc = await this.current();
    if (!isvc) return;
    const a = KServeTarget.annotations(isvc);
    if (record) a[ANNOTATION_RECORD] = JSON.stringify({ ...record, reference: undefined });
    else delete a[ANNOTATION_RECORD];
    const p = isvc.spec.predictor;
    await this.write(a[ANNOTATION_CANDIDATE] ?? a[ANNOTATION_STABLE], a[ANNOTATION_CANDIDATE] ? p.canaryTrafficPercent : undefined, a);
  }
}
