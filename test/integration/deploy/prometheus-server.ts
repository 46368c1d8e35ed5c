// Starts Debian's Prometheus (2.42) on 127.0.0.1 scraping the given /metrics targets every second,
// with its storage in a temp dir; stops it with SIGTERM. Every wait is bounded.
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../helpers.js';
import { freePort } from '../registry/docker-registry.js';

export const PROMETHEUS_BIN = '/usr/bin/prometheus';

export interface RunningPrometheus {
  url: string;
  proc: ChildProcess;
  stop(): Promise<void>;
  /** Waits until every target has been scraped successfully at least `scrapes` times after now. */
  waitScraped(scrapes?: number): Promise<void>;
}

export async function startPrometheus(targets: string[]): Promise<RunningPrometheus> {
  const dir = tempDir('mg-prometheus-');
  const config = join(dir, 'prometheus.yml');
  writeFileSync(
    config,
    [
      'global:',
      '  scrape_interval: 1s',
      '  scrape_timeout: 900ms',
      'scrape_configs:',
      '  - job_name: modelgate',
      '    static_configs:',
      `      - targets: [${targets.map((t) => JSON.stringify(t)).join(', ')}]`,
      '',
    ].join('\n'),
  );
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const proc = spawn(PROMETHEUS_BIN, [`--config.file=${config}`, `--storage.tsdb.path=${join(dir, 'data')}`, `--web.listen-address=127.0.0.1:${port}`, '--log.level=warn'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  proc.stderr!.on('data', (d) => (stderr = (stderr + String(d)).slice(-4000)));
  const exited = new Promise<void>((r) => proc.once('exit', () => r()));
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`prometheus exited with ${proc.exitCode}: ${stderr}`);
    const ok = await fetch(`${url}/-/ready`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline) {
      proc.kill('SIGKILL');
      throw new Error(`prometheus not ready within 30 s: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const up = async (): Promise<number> => {
    const r = await fetch(`${url}/api/v1/query?query=${encodeURIComponent('min(up{job="modelgate"}) * count(up{job="modelgate"})')}`);
    const j = (await r.json()) as { data?: { result?: { value: [number, string] }[] } };
    return Number(j.data?.result?.[0]?.value[1] ?? 0);
  };
  return {
    url,
    proc,
    async waitScraped(scrapes = 2) {
      const until = Date.now() + 30_000;
      let seen = 0;
      while (seen < scrapes) {
        if (Date.now() > until) throw new Error(`prometheus did not scrape ${targets.join(', ')} within 30 s: ${stderr}`);
        if ((await up()) === targets.length) seen++;
        await new Promise((r) => setTimeout(r, 1000));
      }
    },
    async stop() {
      if (proc.exitCode === null) {
        proc.kill('SIGTERM');
        const timer = setTimeout(() => proc.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
}
