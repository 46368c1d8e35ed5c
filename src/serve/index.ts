/**
 * `modelgate serve`: builds the server from a parsed config. The CLI (src/cli/serve.ts) adds the
 * signal handling; tests call `startServe` with port 0.
 */
import { loadOnnxRuntime } from '../model/ort.js';
import type { Logger } from '../lib/logger.js';
import { Capture } from './capture.js';
import type { ServeConfig } from './config.js';
import { Deployment } from './deployment.js';
import { jsonLogger, type JsonLogger } from './log.js';
import { Metrics } from './metrics.js';
import type { Shared } from './peers.js';
import type { WorkerLink } from './peers.js';
import { ModelServer } from './server.js';
import { defaultCacheDir, useRegistry } from './registry-source.js';
import { Variant } from './variant.js';
import { ObservationWindow } from './window.js';

export interface ServeDeps {
  log?: JsonLogger;
  /** For tests: the capture sampling draw and the traffic split draw. */
  random?: () => number;
  /** Where pulled registry versions are kept (default: MODELGATE_SERVE_CACHE or the temp folder). */
  cacheDir?: string;
  /** A worker of `serve --workers N`: its link to the primary, its slot (1..N) and the state to start from. */
  worker?: { link: WorkerLink; slot: number; state: Shared | null };
}

export async function startServe(config: ServeConfig, serverVersion: string, deps: ServeDeps = {}): Promise<ModelServer> {
  const log = deps.log ?? jsonLogger(config.logLevel);
  const plain: Logger = {
    info: (m) => log.log('info', m),
    warning: (m) => log.log('warn', m),
    error: (m) => log.log('error', m),
    debug: (m) => log.log('debug', m),
    group: async (name, fn) => fn(),
  };
  useRegistry(deps.cacheDir ?? defaultCacheDir());
  const ort = await loadOnnxRuntime(plain);
  const metrics = new Metrics();
  const predict = { features: config.features, ignore: config.ignore, scoreType: config.scoreType, threshold: config.threshold };
  const batching = { threads: config.threads, enabled: config.batching, maxRows: config.maxBatchRows, waitMs: config.batchWaitMs, queueLimit: config.queueLimit };
  let deployment: Deployment | undefined;
  const loader = async (ref: string, version: string | undefined, source?: string): Promise<Variant> => {
    // The role is looked up per batch, so a promoted candidate's batches count as stable.
    let v: Variant | undefined = undefined;
    const role = () => (deployment && v === deployment.candidate ? 'candidate' : 'stable');
    // Without a version, a registry reference is its registry's v<n>; a file the next number free.
    if (version === undefined && !/^oci(-layout)?:\/\//i.test(ref)) {
      const taken = new Set(deployment?.variants.map((x) => x.version) ?? []);
      let n = 1;
      while (taken.has(String(n))) n++;
      version = String(n);
    }
    v = await Variant.load(ort, ref, version, predict, batching, { onBatch: (rows) => metrics.batch(config.name, role(), rows) }, source);
    log.log('info', 'model loaded', { model: config.name, ref, version: v.version, inputs: v.model.inputs.map((i) => i.name), outputs: v.model.outputs.map((o) => o.name) });
    return v;
  };
  // A restarted worker starts from the state the admin API left the others in, not from the settings.
  // Each version is loaded from its pinned source (a registry tag may have moved since).
  const restore = deps.worker?.state ?? undefined;
  const state = restore?.state;
  const stable = await loader(state?.stable.ref ?? config.model, state ? state.stable.version : config.version, restore?.sources.stable);
  deployment = new Deployment(config.name, stable, loader, deps.random);
  if (restore && state) {
    if (state.candidate) await deployment.load(state.candidate.ref, state.candidate.version, state.candidate.mode, state.candidate.weight, restore.sources.candidate);
    deployment.restorePrevious(state.previous ? { ...state.previous, source: restore.sources.previous ?? state.previous.ref } : undefined);
  } else if (config.candidate) await deployment.load(config.candidate, config.candidateVersion, config.candidateMode, config.candidateWeight);
  const d = deployment;
  // With `reference` set (a KServe predictor: the registry reference its files came from), the
  // model loaded at start from the settings is labelled with it, so Prometheus tells revisions apart.
  if (config.reference && !restore) metrics.setReferenceSource((role) => (role === 'stable' && d.stable === stable ? config.reference : undefined));
  metrics.setGaugeSource(() => d.variants.map((v) => ({ model: d.name, variant: v === d.stable ? 'stable' : 'candidate', version: v.version, depth: v.queueDepth, inflight: v.inflight })));
  const capture = config.captureDir ? new Capture({ dir: config.captureDir, sample: config.captureSample, maxBytes: config.captureMaxBytes, random: deps.random, tag: deps.worker ? `w${deps.worker.slot}` : undefined }) : undefined;
  const server = new ModelServer(
    {
      host: config.host,
      port: config.port,
      bodyLimit: config.bodyLimit,
      requestTimeoutMs: config.requestTimeoutMs,
      shutdownTimeoutMs: config.shutdownTimeoutMs,
      adminToken: config.adminToken,
      stickyHeader: config.stickyHeader,
      serverVersion,
    },
    { deployment, metrics, capture, log, window: new ObservationWindow(), peers: deps.worker?.link },
  );
  deps.worker?.link.serve((op, args) => server.local(op, args));
  await server.listen();
  return server;
}
