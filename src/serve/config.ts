/**
 * `modelgate serve` settings, from (highest first) command-line flags, environment variables
 * `MODELGATE_SERVE_<NAME>` (the flag name upper-cased, dashes as underscores), a config file
 * (`--config serve.yml`, YAML or JSON, keys = flag names), and the defaults below. Each default is
 * stated once, here; the CLI's --help and the README are written from this table.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ConfigurationError } from '../errors.js';
import { parseYamlOrJson } from '../lib/files.js';
import type { Level } from './log.js';
import type { Mode } from './deployment.js';
import type { ScoreType } from './variant.js';

export interface Setting {
  name: string;
  default?: string;
  description: string;
}

export const SETTINGS: Setting[] = [
  { name: 'model', description: 'The ONNX model to serve: a file path (or file:// URL), or a registry reference (oci-layout://<dir>:<tag>, oci://<host>/<repository>:<tag>). Required.' },
  { name: 'name', description: 'The model name in URLs (/v2/models/<name>). Default: the file name without .onnx.' },
  { name: 'version', description: "The served model's version (/v2/models/<name>/versions/<version>). Default: the registry's v<n> for a registry reference, else 1." },
  { name: 'reference', description: "What the stable model stands for in the `reference` label of the per-variant metrics, e.g. the registry reference a KServe predictor's files came from (the kserve target sets MODELGATE_SERVE_REFERENCE, and its judge selects series by it). Without it there is no such label (one server tells its variants apart by the `variant` label)." },
  { name: 'host', default: '127.0.0.1', description: 'Address to listen on. Use 0.0.0.0 in a container.' },
  { name: 'port', default: '8080', description: 'Port to listen on (0: any free port).' },
  { name: 'config', description: 'A YAML or JSON file of settings (keys are these option names).' },
  { name: 'candidate', description: 'A second model version to load at start as the candidate.' },
  { name: 'candidate-version', description: "The candidate's version. Default: the registry's v<n> for a registry reference, else the next number free (2)." },
  { name: 'candidate-mode', default: 'split', description: "'split': the candidate answers a weighted share of requests; 'shadow': it gets a copy of every request, its answers are recorded and never returned." },
  { name: 'candidate-weight', default: '0', description: "The candidate's share of requests in split mode, 0 to 1." },
  { name: 'sticky-header', default: 'x-request-key', description: 'Request header whose value keeps a client on the same variant in a split.' },
  { name: 'admin-token', description: 'Bearer token of the admin API (/admin/...); the API is off without one. Prefer the environment variable MODELGATE_SERVE_ADMIN_TOKEN.' },
  { name: 'features', description: 'Rows endpoint, one-tensor models: the columns, in training order, that fill the input tensor (comma-separated). Default: the record keys in order, minus ignore.' },
  { name: 'ignore', description: 'Rows endpoint: columns never fed to the model (comma-separated), e.g. an identifier.' },
  { name: 'score-type', default: 'auto', description: "How a single float output reads: 'probability', 'logit' (a sigmoid is applied), or 'auto' (a probability when a Sigmoid node made it, else a regression value)." },
  { name: 'threshold', default: '0.5', description: 'Binary models with a single score: the label is 1 at or above this probability.' },
  { name: 'batching', default: 'true', description: 'Dynamic batching: concurrent requests share one onnxruntime call. false: one call per request.' },
  { name: 'batch-wait-ms', default: '0', description: 'How long a request may wait for others to join its batch when the model is idle (requests always join while a call runs). 0: only for the requests already received, one turn of the event loop.' },
  { name: 'max-batch-rows', default: '256', description: 'Most rows in one onnxruntime call.' },
  { name: 'queue-limit', default: '1024', description: 'Requests waiting per model version; past it the answer is 503 with Retry-After.' },
  { name: 'threads', default: '1', description: "onnxruntime's threads per model call; 0: onnxruntime's default (one per core). 1 suits small models under concurrent requests: the arithmetic runs on the server's thread and no pool threads compete with the HTTP work; raise it for large models." },
  { name: 'workers', default: '1', description: "Server processes sharing the port (node:cluster): a primary forwards the admin API to every worker, merges their /metrics, and restarts a worker that crashes. Each worker holds its own onnxruntime sessions (memory per worker). More than 1 pays off when one process's HTTP handling, not the model, is the limit: small models under many concurrent clients, at most one per core." },
  { name: 'body-limit', default: '8mb', description: 'Largest request body (bytes, or with kb/mb); larger gets 413.' },
  { name: 'request-timeout-ms', default: '30000', description: 'A request not answered in this time gets 503.' },
  { name: 'shutdown-timeout-ms', default: '10000', description: 'On SIGTERM, how long requests in flight may take to finish.' },
  { name: 'capture-dir', description: 'Folder for captured requests and answers (JSON Lines). No capture without it.' },
  { name: 'capture-sample', default: '1', description: 'Share of requests captured, 0 to 1.' },
  { name: 'capture-max-bytes', default: '64mb', description: 'A capture file is closed and a new one started past this size.' },
  { name: 'log-level', default: 'info', description: "debug, info (one line per request), warn or error. Logs are JSON lines on stderr." },
];

export interface ServeConfig {
  model: string;
  name: string;
  version?: string;
  reference?: string;
  host: string;
  port: number;
  candidate?: string;
  candidateVersion?: string;
  candidateMode: Mode;
  candidateWeight: number;
  stickyHeader: string;
  adminToken?: string;
  features?: string[];
  ignore: string[];
  scoreType: ScoreType;
  threshold: number;
  batching: boolean;
  batchWaitMs: number;
  maxBatchRows: number;
  queueLimit: number;
  threads: number;
  workers: number;
  bodyLimit: number;
  requestTimeoutMs: number;
  shutdownTimeoutMs: number;
  captureDir?: string;
  captureSample: number;
  captureMaxBytes: number;
  logLevel: Level;
}

const KNOWN = new Set(SETTINGS.map((s) => s.name));

export function envName(name: string): string {
  return `MODELGATE_SERVE_${name.toUpperCase().replace(/-/g, '_')}`;
}

/** Merges flags, environment, config file and defaults into the raw string values. */
export function gatherSettings(flags: Record<string, string>, env: NodeJS.ProcessEnv): { values: Record<string, string>; from: Record<string, string> } {
  for (const k of Object.keys(flags)) if (!KNOWN.has(k)) throw new ConfigurationError(`unknown option --${k} for serve; see modelgate serve --help`);
  const values: Record<string, string> = {};
  const from: Record<string, string> = {};
  const configPath = flags.config ?? env[envName('config')];
  if (configPath) {
    let text: string;
    try {
      text = readFileSync(configPath, 'utf8');
    } catch (e) {
      throw new ConfigurationError(`config file ${configPath}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'not found' : (e as Error).message}`);
    }
    const doc = parseYamlOrJson(text, configPath);
    if (doc !== null && doc !== undefined) {
      if (typeof doc !== 'object' || Array.isArray(doc)) throw new ConfigurationError(`config file ${configPath}: must be a mapping of option names to values`);
      for (const [k, v] of Object.entries(doc as Record<string, unknown>)) {
        if (!KNOWN.has(k) || k === 'config') throw new ConfigurationError(`config file ${configPath}: unknown key '${k}'; keys are the options of modelgate serve --help`);
        if (v === null || typeof v === 'object') {
          if (Array.isArray(v) && v.every((x) => typeof x === 'string')) values[k] = v.join(',');
          else throw new ConfigurationError(`config file ${configPath}: '${k}' must be a string, number or boolean`);
        } else values[k] = String(v);
        from[k] = configPath;
      }
    }
  }
  for (const s of SETTINGS) {
    const e = env[envName(s.name)];
    if (e !== undefined && e !== '') {
      values[s.name] = e;
      from[s.name] = envName(s.name);
    }
  }
  for (const [k, v] of Object.entries(flags)) {
    values[k] = v;
    from[k] = `--${k}`;
  }
  for (const s of SETTINGS) if (values[s.name] === undefined && s.default !== undefined) values[s.name] = s.default;
  return { values, from };
}

function bytes(v: string, name: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?\s*$/i.exec(v);
  if (!m) throw new ConfigurationError(`${name}: '${v}' is not a size; write bytes, or a number with kb, mb or gb`);
  const unit = (m[2] ?? 'b').toLowerCase()[0];
  return Math.floor(Number(m[1]) * (unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1));
}

function number(v: string, name: string, min: number, max: number, integer = false): number {
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n))) {
    throw new ConfigurationError(`${name}: '${v}' is not ${integer ? 'an integer' : 'a number'} from ${min} to ${max}`);
  }
  return n;
}

function oneOf<T extends string>(v: string, name: string, options: readonly T[]): T {
  if (!(options as readonly string[]).includes(v)) throw new ConfigurationError(`${name}: '${v}' is not one of ${options.join(', ')}`);
  return v as T;
}

function bool(v: string, name: string): boolean {
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw new ConfigurationError(`${name}: '${v}' is not true or false`);
}

function list(v: string | undefined): string[] | undefined {
  if (v === undefined) return undefined;
  const items = v.split(/[,\n]/).map((s) => s.trim()).filter(Boolean);
  return items.length ? items : undefined;
}

/** Parses the settings strictly into a frozen config; a bad value names the option and where it came from. */
export function parseServeConfig(flags: Record<string, string>, env: NodeJS.ProcessEnv = process.env): ServeConfig {
  const { values: v, from } = gatherSettings(flags, env);
  const n = (k: string) => `${k} (${from[k] ?? 'default'})`;
  if (!v.model) throw new ConfigurationError(`--model is required: the ONNX model file to serve (or ${envName('model')}, or 'model' in the config file)`);
  const config: ServeConfig = {
    model: v.model,
    name: v.name ?? basename(v.model.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')).replace(/[:@].*$/, '').replace(/\.onnx$/i, ''),
    version: v.version,
    reference: v.reference,
    host: v.host,
    port: number(v.port, n('port'), 0, 65535, true),
    candidate: v.candidate,
    candidateVersion: v['candidate-version'],
    candidateMode: oneOf(v['candidate-mode'], n('candidate-mode'), ['split', 'shadow'] as const),
    candidateWeight: number(v['candidate-weight'], n('candidate-weight'), 0, 1),
    stickyHeader: v['sticky-header'].toLowerCase(),
    adminToken: v['admin-token'] || undefined,
    features: list(v.features),
    ignore: list(v.ignore) ?? [],
    scoreType: oneOf(v['score-type'], n('score-type'), ['auto', 'probability', 'logit'] as const),
    threshold: number(v.threshold, n('threshold'), 0, 1),
    batching: bool(v.batching, n('batching')),
    batchWaitMs: number(v['batch-wait-ms'], n('batch-wait-ms'), 0, 10_000),
    maxBatchRows: number(v['max-batch-rows'], n('max-batch-rows'), 1, 1_000_000, true),
    queueLimit: number(v['queue-limit'], n('queue-limit'), 1, 1_000_000, true),
    threads: number(v.threads, n('threads'), 0, 1024, true),
    workers: number(v.workers, n('workers'), 1, 64, true),
    bodyLimit: bytes(v['body-limit'], n('body-limit')),
    requestTimeoutMs: number(v['request-timeout-ms'], n('request-timeout-ms'), 1, 3_600_000, true),
    shutdownTimeoutMs: number(v['shutdown-timeout-ms'], n('shutdown-timeout-ms'), 0, 3_600_000, true),
    captureDir: v['capture-dir'] || undefined,
    captureSample: number(v['capture-sample'], n('capture-sample'), 0, 1),
    captureMaxBytes: bytes(v['capture-max-bytes'], n('capture-max-bytes')),
    logLevel: oneOf(v['log-level'], n('log-level'), ['debug', 'info', 'warn', 'error'] as const),
  };
  if (!config.name || /[/?#\s]/.test(config.name)) throw new ConfigurationError(`name: '${config.name}' cannot be a model name in a URL; set --name`);
  if (config.adminToken !== undefined && config.adminToken.length < 16) throw new ConfigurationError(`admin-token (${from['admin-token']}): use at least 16 characters`);
  return Object.freeze(config);
}
