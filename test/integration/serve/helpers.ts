/** Helpers for the serve tests: a real server on 127.0.0.1 (port 0), fixture rows, JSON requests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../helpers.js';
import { parseServeConfig } from '../../../src/serve/config.js';
import { startServe, type ServeDeps } from '../../../src/serve/index.js';
import type { ModelServer } from '../../../src/serve/server.js';

export const MODELS = join(ROOT, 'test/fixtures/models');

export interface Running {
  server: ModelServer;
  url: string;
  logs: Record<string, unknown>[];
}

export async function serve(flags: Record<string, string>, deps: ServeDeps = {}): Promise<Running> {
  const logs: Record<string, unknown>[] = [];
  const config = parseServeConfig({ port: '0', ...flags }, {});
  const server = await startServe(config, '0.1.0', { log: { log: (level, msg, fields) => logs.push({ level, msg, ...fields }) }, ...deps });
  return { server, url: `http://127.0.0.1:${server.port}`, logs };
}

/** A CSV fixture (no quoting needed, see test/fixtures/models/README.md) as header + rows. */
export function csv(name: string): { header: string[]; rows: string[][] } {
  const lines = readFileSync(join(MODELS, name), 'utf8').trim().split('\n');
  return { header: lines[0].split(','), rows: lines.slice(1).map((l) => l.split(',')) };
}

export async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: any; headers: Headers }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : undefined, headers: res.headers };
}

export async function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; json: any; text: string }> {
  const res = await fetch(url, { headers });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, json, text };
}

/** Breast-cancer features as the one [N, 30] float tensor of the binary models. */
export function breastCancer(): { features: string[]; flat: number[]; rows: number[][] } {
  const { header, rows } = csv('breast_cancer.csv');
  const features = header.slice(0, 30);
  const num = rows.map((r) => r.slice(0, 30).map(Number));
  return { features, flat: num.flat(), rows: num };
}
