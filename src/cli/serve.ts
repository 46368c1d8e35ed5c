/**
 * `modelgate serve`: a long-running server, not an action, so it has its own flags (from
 * src/serve/config.ts) instead of an action.yml. Exit status: 0 after a graceful stop (SIGTERM or
 * SIGINT), 2 for a usage or configuration error, 1 when workers (--workers) keep crashing.
 */
import { ConfigurationError, isUserError } from '../errors.js';
import type { RawValue } from '../lib/inputs.js';
import cluster from 'node:cluster';
import { envName, parseServeConfig, SETTINGS, type ServeConfig } from '../serve/config.js';
import { jsonLogger, type JsonLogger } from '../serve/log.js';
import type { ModelServer } from '../serve/server.js';

function wrap(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const w of text.split(/\s+/)) {
    if (line && line.length + 1 + w.length > width) {
      lines.push(indent + line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}

export function serveHelp(): string {
  const out = [
    'Usage: modelgate serve --model <model.onnx> [--<option> <value>]...',
    '',
    wrap('Serves an ONNX model over the Open Inference Protocol v2 (KServe, Triton and Seldon MLServer clients work unchanged), with a rows endpoint, a stable and a candidate variant (weighted split or shadow), dynamic batching, Prometheus metrics on /metrics and capture of requests to JSON Lines. Every option can also come from the environment (MODELGATE_SERVE_<OPTION>, e.g. MODELGATE_SERVE_PORT) or a config file (--config); flags win over the environment, which wins over the file.', 78, ''),
    '',
    'Options:',
  ];
  for (const s of SETTINGS) out.push(`  --${s.name}${s.default !== undefined ? ` (default: ${s.default})` : ''}   [${envName(s.name)}]`, wrap(s.description, 74, '      '));
  out.push('', 'Stops gracefully on SIGTERM or SIGINT. Exit status: 0 stopped, 2 usage or configuration error.', '');
  return out.join('\n');
}

/** Each serve option takes one value; a repeated flag is a usage error, not a silent pick. */
function single(values: Record<string, RawValue>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(values)) {
    if (typeof v !== 'string') throw new ConfigurationError(`--${k} takes one value, given ${v.length} times`);
    out[k] = v;
  }
  return out;
}

/** A start-up failure the user can fix (exit 2 with one line), or undefined for a bug. */
function userFailure(e: unknown): string | undefined {
  if (isUserError(e) || (e as NodeJS.ErrnoException).code === 'EADDRINUSE' || (e as NodeJS.ErrnoException).code === 'EACCES') return (e as Error).message;
  return undefined;
}

export async function serveMain(values: Record<string, RawValue>, help: boolean, version: string): Promise<number> {
  if (help) {
    process.stdout.write(serveHelp());
    return 0;
  }
  let config: ServeConfig;
  try {
    config = parseServeConfig(single(values));
  } catch (e) {
    const message = userFailure(e);
    if (message === undefined) throw e;
    process.stderr.write(`modelgate serve: ${message}\n`);
    return 2;
  }
  // --workers N: this process is the primary (it forks N copies of this command) or one of them.
  if (cluster.isWorker) return workerMain(config, version);
  if (config.workers > 1) {
    const { runPrimary } = await import('../serve/primary.js');
    return runPrimary(config, { log: jsonLogger(config.logLevel), fail: (m) => process.stderr.write(`modelgate serve: ${m}\n`) });
  }
  let server;
  try {
    const { startServe } = await import('../serve/index.js');
    server = await startServe(config, version);
  } catch (e) {
    const message = userFailure(e);
    if (message === undefined) throw e;
    process.stderr.write(`modelgate serve: ${message}\n`);
    return 2;
  }
  await untilStopped(server);
  return 0;
}

/** Waits for SIGTERM or SIGINT (or `also`), then stops the server gracefully. */
function untilStopped(s: ModelServer, also?: (stop: () => void) => void): Promise<void> {
  return new Promise<void>((resolve) => {
    let once = false;
    const stop = () => {
      if (once) return;
      once = true;
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      void s.close().then(resolve, resolve);
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
    also?.(stop);
  });
}

/** One worker of `--workers N`: starts from the state the primary gives, reports to it, stops when told. */
async function workerMain(config: ServeConfig, version: string): Promise<number> {
  const { WorkerLink } = await import('../serve/peers.js');
  const link = new WorkerLink();
  let stopAsked = false;
  const early = () => (stopAsked = true);
  process.on('SIGTERM', early);
  process.on('SIGINT', early);
  link.onStop(early);
  const { slot, state } = await link.hello();
  const base = jsonLogger(config.logLevel);
  const log: JsonLogger = { enabled: base.enabled, log: (level, msg, fields) => base.log(level, msg, { worker: slot, ...fields }) };
  let server: ModelServer;
  try {
    const { startServe } = await import('../serve/index.js');
    server = await startServe(config, version, { log, worker: { link, slot, state } });
  } catch (e) {
    const message = userFailure(e);
    const code = message === undefined ? 3 : 2;
    link.fatal(message ?? `internal error, please report it: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`, code);
    process.disconnect();
    return code;
  }
  process.off('SIGTERM', early);
  process.off('SIGINT', early);
  const s = server;
  link.ready(`http://${config.host}:${s.port}`, { state: s.deployment.state(), sources: s.deployment.sources() });
  await untilStopped(s, (stop) => (stopAsked ? stop() : link.onStop(stop)));
  process.disconnect();
  return 0;
}
