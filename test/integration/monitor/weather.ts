/**
 * A registered weather model and production traffic for the monitor tests, made with the product
 * itself: validate-data writes the training profile, evaluate-model the evaluation and its per-row
 * predictions, register stores them with the schema under alias `production`, and a real
 * `modelgate serve` (loaded from the registry reference) answers rows and writes the capture files.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { runMain } from '../../cli.js';
import { tempDir, WEATHER } from '../../helpers.js';
import { post, serve } from '../serve/helpers.js';
import { createRng } from '../../../src/stats/rng.js';

export const DATA = join(WEATHER, 'data/weather-2012-2014.csv');

export interface Row {
  date: string;
  precipitation: number;
  temp_max: number;
  temp_min: number;
  wind: number;
  weather: string;
}

export function weatherRows(file = DATA): Row[] {
  const lines = readFileSync(file, 'utf8').trim().split('\n');
  const h = lines[0].split(',');
  return lines.slice(1).map((l) => Object.fromEntries(l.split(',').map((v, i) => [h[i], ['date', 'weather'].includes(h[i]) ? v : Number(v)])) as unknown as Row);
}

/** validate-data -> profile, evaluate-model -> evaluation + predictions, register (profile, schema, evaluation, alias production). */
export async function registerWeather(registry: string, opts: { profile?: boolean; args?: string[]; evaluate?: string[] } = {}): Promise<{ dir: string; model: string }> {
  const dir = tempDir('mg-monitor-setup-');
  const ok = async (argv: string[]) => {
    const r = await runMain([...argv, '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    return r;
  };
  await ok(['validate-data', '--data', DATA, '--schema', join(WEATHER, 'schema.yml'), '--profile', join(dir, 'profile.json'), '--report', join(dir, 'data-report.json'), '--as-of', '2015-01-01']);
  await ok(['evaluate-model', '--model', join(WEATHER, 'model.onnx'), '--data', DATA, '--label', 'weather', '--features', 'precipitation', 'temp_max', '--out', join(dir, 'ev/evaluation.json'), ...(opts.evaluate ?? [])]);
  await ok(['register', '--registry', registry, '--name', 'weather', '--model', join(WEATHER, 'model.onnx'), '--evaluation', join(dir, 'ev/evaluation.json'), ...(opts.profile === false ? [] : ['--profile', join(dir, 'profile.json')]), '--schema', join(WEATHER, 'schema.yml'), '--alias', 'production', ...(opts.args ?? [])]);
  return { dir, model: `${registry}/weather:production` };
}

/** `n` rows drawn without replacement (seeded) across the three years. */
export function sample(rows: Row[], n: number, seed: number): Row[] {
  const rng = createRng(seed);
  const idx = rows.map((_, i) => i);
  for (let i = idx.length - 1; i > 0; i--) {
    const j = rng.uniformInt(i + 1);
    [idx[i], idx[j]] = [idx[j], idx[i]];
  }
  return idx.slice(0, n).map((i) => rows[i]);
}

/**
 * Serves `model` (a registry reference) with capture on, posts `rows` in requests of 10 (ids
 * `<prefix>-<k>`), stops the server (capture flushed) and returns the capture folder and the labels
 * file (request_id, weather: one line per row, a request's rows in order).
 */
export async function captureTraffic(model: string, rows: Row[], prefix: string, opts: { env?: Record<string, string> } = {}): Promise<{ capture: string; labels: string }> {
  const capture = tempDir('mg-capture-');
  const saved = { ...process.env };
  Object.assign(process.env, opts.env ?? {});
  let s;
  try {
    s = await serve({ model, name: 'weather', features: 'precipitation,temp_max', ignore: 'date,weather', 'capture-dir': capture });
  } finally {
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  }
  const labels = ['request_id,weather'];
  try {
    for (let i = 0; i < rows.length; i += 10) {
      const batch = rows.slice(i, i + 10);
      const id = `${prefix}-${i / 10}`;
      const res = await post(`${s.url}/v2/models/weather/rows`, batch.map(({ weather: _w, ...x }) => x), { 'x-request-id': id });
      expect(res.status).toBe(200);
      for (const r of batch) labels.push(`${id},${r.weather}`);
    }
  } finally {
    await s.server.close();
  }
  const file = join(tempDir('mg-labels-'), 'labels.csv');
  writeFileSync(file, labels.join('\n') + '\n');
  return { capture, labels: file };
}

/** The same rows in a warmer, wetter year: temperatures up by `deg`, precipitation doubled. */
export const shifted = (rows: Row[], deg: number): Row[] => rows.map((r) => ({ ...r, temp_max: r.temp_max + deg, temp_min: r.temp_min + deg, precipitation: r.precipitation * 2 }));
