/**
 * Loading onnxruntime-node, which cannot be bundled: its native binding is loaded by a computed
 * path (`../bin/napi-v6/${platform}/${arch}/onnxruntime_binding.node`), and it ships ~290 MB of
 * binaries for six platforms. So no bundle contains it, and the evaluate-model action gets it on
 * first use:
 *
 * 1. from node_modules when modelgate runs from a checkout after `npm ci` (the CLI, tests);
 * 2. else from the tool cache, `$RUNNER_TOOL_CACHE/modelgate-onnxruntime-node/<version>/<platform>-<arch>`
 *    (`~/.cache/modelgate/...` outside Actions), where it is installed once with
 *    `npm install --ignore-scripts` (the install script's CUDA download skipped) and pruned to the
 *    runner's platform binaries (~45 MB instead of ~290 MB). The action adapter restores and saves
 *    that folder with @actions/cache, so later runs on fresh runners skip the install.
 *
 * Platforms are those onnxruntime-node ships binaries for: linux x64/arm64, win32 x64/arm64,
 * darwin arm64 (GitHub's ubuntu-*, windows-* and macos-14+ runners; not the Intel macos-13).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError } from '../errors.js';
import type { Logger } from '../lib/logger.js';

/** The pinned version: kept equal to package.json's devDependency and optional peer dependency by a test. */
export const ORT_VERSION = '1.30.0';
const PACKAGE = 'onnxruntime-node';
const SUPPORTED = new Set(['linux/x64', 'linux/arm64', 'win32/x64', 'win32/arm64', 'darwin/arm64']);

export type Ort = typeof import('onnxruntime-node');

/** Where the tool-cache copy for this platform lives (the layout @actions/tool-cache uses). */
export function ortCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.RUNNER_TOOL_CACHE || join(homedir(), '.cache', 'modelgate');
  return join(base, 'modelgate-onnxruntime-node', ORT_VERSION, `${process.platform}-${process.arch}`);
}

export interface OrtCacheHooks {
  /** Restores the cache folder from a remote cache (Actions: @actions/cache); true on a hit. */
  restore?(dir: string, key: string): Promise<boolean>;
  save?(dir: string, key: string): Promise<void>;
}

export function ortCacheKey(): string {
  return `modelgate-onnxruntime-node-${ORT_VERSION}-${process.platform}-${process.arch}`;
}

let loaded: Ort | undefined;

function fromNodeModules(): Ort | undefined {
  // A computed name, so bundlers leave this require to run time.
  const name = [PACKAGE][0];
  try {
    return createRequire(import.meta.url)(name) as Ort;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND') return undefined;
    throw e;
  }
}

function fromDir(dir: string): Ort {
  return createRequire(join(dir, 'package.json'))(PACKAGE) as Ort;
}

/**
 * One line for a failed `npm install` of onnxruntime-node: what failed (npm's error code and the
 * request that failed, not the "complete log" trailer npm ends with) and the ways around it.
 */
export function npmInstallFailure(stderr: string, fallback: string): string {
  const lines = stderr.split('\n').map((l) => l.replace(/^npm (?:error|ERR!)\s*/, '').trim()).filter(Boolean);
  const code = lines.find((l) => /^code\s/.test(l))?.replace(/^code\s+/, '');
  const useful = lines.filter((l) => !/^(code|syscall|errno|path|command|A complete log|Log files|at |\{|\}|[a-z]+: )/.test(l));
  const cause = [code, useful[0]].filter(Boolean).join(': ') || fallback.split('\n')[0];
  return (
    `could not install ${PACKAGE}@${ORT_VERSION} from the npm registry (${cause}). evaluate-model needs it on first use; ` +
    `fix one of: let the runner reach the registry (behind a proxy set HTTPS_PROXY, and NODE_EXTRA_CA_CERTS to its certificate authority if it inspects TLS; or npm's https-proxy / registry for a mirror); ` +
    `install it in the workspace beforehand (npm install ${PACKAGE}@${ORT_VERSION}: node_modules is used before anything is downloaded); ` +
    `or keep the tool cache (RUNNER_TOOL_CACHE on a self-hosted runner, or the Actions cache) from a run that had the registry`
  );
}

/** How long `npm install` of onnxruntime-node may take (it is about 10 s from the registry). */
const INSTALL_TIMEOUT_MS = 5 * 60_000;

/** Installs the pinned package into `dir` atomically: a temp sibling, pruned, then renamed. */
function install(dir: string, log: Logger): void {
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  writeFileSync(join(tmp, 'package.json'), JSON.stringify({ name: 'modelgate-ort', private: true }));
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  log.info(`installing ${PACKAGE}@${ORT_VERSION} for ${process.platform}/${process.arch} into ${dir}`);
  try {
    execFileSync(npm, ['install', `${PACKAGE}@${ORT_VERSION}`, '--ignore-scripts', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error'], {
      cwd: tmp,
      // Bounded: npm retries an unreachable or untrusted registry for minutes (each package's
      // metadata, each with its own retries), and a step should fail with the reason, not hang.
      timeout: INSTALL_TIMEOUT_MS,
      killSignal: 'SIGKILL',
      stdio: ['ignore', 'ignore', 'pipe'],
      shell: process.platform === 'win32',
      env: { ...process.env, ONNXRUNTIME_NODE_INSTALL: 'skip' },
    });
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    const timedOut = (e as NodeJS.ErrnoException).code === 'ETIMEDOUT';
    throw new ConfigurationError(npmInstallFailure(String((e as { stderr?: Buffer }).stderr ?? ''), timedOut ? `npm did not finish in ${INSTALL_TIMEOUT_MS / 60_000} minutes` : (e as Error).message));
  }
  // Keep only this platform's binaries.
  const bin = join(tmp, 'node_modules', PACKAGE, 'bin', 'napi-v6');
  for (const platform of readdirSync(bin)) {
    if (platform !== process.platform) rmSync(join(bin, platform), { recursive: true, force: true });
    else for (const arch of readdirSync(join(bin, platform))) if (arch !== process.arch) rmSync(join(bin, platform, arch), { recursive: true, force: true });
  }
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
  writeFileSync(`${dir}.complete`, '');
}

/** onnxruntime-node, from node_modules or the tool cache (installing it there on first use). */
export async function loadOnnxRuntime(log: Logger, hooks: OrtCacheHooks = {}): Promise<Ort> {
  if (loaded) return loaded;
  const platform = `${process.platform}/${process.arch}`;
  if (!SUPPORTED.has(platform)) throw new ConfigurationError(`onnxruntime-node ${ORT_VERSION} ships no binaries for ${platform}; run evaluate-model on linux x64/arm64, windows x64/arm64 or macOS arm64`);
  const local = fromNodeModules();
  if (local) return (loaded = local);
  const dir = ortCacheDir();
  if (!existsSync(`${dir}.complete`)) {
    const key = ortCacheKey();
    const hit = hooks.restore ? await hooks.restore(dir, key) : false;
    if (hit && existsSync(join(dir, 'node_modules', PACKAGE))) writeFileSync(`${dir}.complete`, '');
    else {
      install(dir, log);
      if (hooks.save) await hooks.save(dir, key);
    }
  } else log.debug(`${PACKAGE} ${ORT_VERSION} from the tool cache: ${dir}`);
  return (loaded = fromDir(dir));
}
