/**
 * `modelgate serve`: a long-running server, not an action, so it has its own flags (from
 * src/serve/config.ts) instead of an action.yml. Exit status: 0 after a graceful stop (SIGTERM or
 * SIGINT), 2 for a usage or configuration error.
 */
import { ConfigurationError, isUserError } from '../errors.js';
import type { RawValue } from '../lib/inputs.js';
import { envName, parseServeConfig, SETTINGS } from '../serve/config.js';

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

export async function serveMain(values: Record<string, RawValue>, help: boolean, version: string): Promise<number> {
  if (help) {
    process.stdout.write(serveHelp());
    return 0;
  }
  let server;
  try {
    const config = parseServeConfig(single(values));
    const { startServe } = await import('../serve/index.js');
    server = await startServe(config, version);
  } catch (e) {
    if (isUserError(e) || (e as NodeJS.ErrnoException).code === 'EADDRINUSE' || (e as NodeJS.ErrnoException).code === 'EACCES') {
      process.stderr.write(`modelgate serve: ${(e as Error).message}\n`);
      return 2;
    }
    throw e;
  }
  const s = server;
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      void s.close().then(resolve, resolve);
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
  return 0;
}
