// 100,000 rows x 20 features (16 numeric with missing values, 4 categorical) from a known model:
// each trainer reads the CSV, fits and writes its model in a few seconds, and recovers the model.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryLogger } from '../../../src/lib/logger.js';
import { trainBuiltin, type TrainConfig } from '../../../src/train/index.js';
import { normal, rng, tempDir } from '../../helpers.js';

const ROWS = 100_000;
const NUMERIC = 16;
const CATEGORICAL = 4;
const LEVELS = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta'];
/** A generous bound for shared CI runners; the times are printed. */
const LIMIT_MS = 20_000;

let dir = '';
let data = '';
const times: string[] = [];

beforeAll(() => {
  dir = tempDir('mg-train-perf-');
  data = join(dir, 'big.csv');
  const r = rng(42);
  const w = Array.from({ length: NUMERIC }, (_, j) => (j % 2 ? 1 : -1) * (0.1 + 0.05 * j));
  const lines: string[] = [[...Array.from({ length: NUMERIC }, (_, j) => `x${j}`), ...Array.from({ length: CATEGORICAL }, (_, j) => `c${j}`), 'y', 'k', 't'].join(',')];
  for (let i = 0; i < ROWS; i++) {
    const cells: string[] = [];
    let z = 0.2;
    for (let j = 0; j < NUMERIC; j++) {
      const x = 10 * j + (1 + j) * normal(r);
      z += (w[j] * (x - 10 * j)) / (1 + j);
      cells.push(r() < 0.02 ? '' : x.toFixed(4));
    }
    for (let j = 0; j < CATEGORICAL; j++) {
      const level = Math.floor(r() * (3 + j));
      z += (level % 2 ? 0.4 : -0.3) * (j + 1) * 0.3;
      cells.push(LEVELS[level]);
    }
    const y = r() < 1 / (1 + Math.exp(-z)) ? 1 : 0;
    const k = z + 0.5 * normal(r) < -0.7 ? 'low' : z < 0.7 ? 'mid' : 'high';
    cells.push(String(y), k, (3 * z + normal(r)).toFixed(5));
    lines.push(cells.join(','));
  }
  writeFileSync(data, lines.join('\n') + '\n');
});

afterAll(() => console.log(`trainers on ${ROWS} rows x ${NUMERIC + CATEGORICAL} features (read + fit + write):\n${times.join('\n')}`));

describe(`${ROWS} rows x ${NUMERIC + CATEGORICAL} features`, () => {
  const cases: [string, Partial<TrainConfig>, (s: Awaited<ReturnType<typeof trainBuiltin>>) => void][] = [
    ['binary logistic', { algorithm: 'logistic-regression', label: 'y', ignore: ['k', 't'] }, (s) => expect(s.metrics.train.accuracy).toBeGreaterThan(0.6)],
    ['multinomial logistic (3 classes)', { algorithm: 'logistic-regression', label: 'k', ignore: ['y', 't'] }, (s) => expect(s.metrics.train.accuracy).toBeGreaterThan(0.6)],
    ['ridge', { algorithm: 'linear-regression', label: 't', ignore: ['y', 'k'] }, (s) => expect(s.metrics.train.r2).toBeGreaterThan(0.8)],
  ];
  it.each(cases)('%s', async (name, extra, check) => {
    const t0 = performance.now();
    const s = await trainBuiltin({ data: [data], model: join(dir, 'm.onnx'), seed: 1, testFraction: 0.2, ...extra } as TrainConfig, memoryLogger());
    const ms = performance.now() - t0;
    times.push(`  ${name.padEnd(34)} ${(ms / 1000).toFixed(2)} s, ${s.iterations} iterations, converged ${s.converged}, train ${JSON.stringify(s.metrics.train)}`);
    expect(s.converged).toBe(true);
    expect(s.rows.train + s.rows.test).toBe(ROWS);
    expect(s.features).toHaveLength(NUMERIC + CATEGORICAL);
    check(s);
    expect(ms).toBeLessThan(LIMIT_MS);
  }, 60_000);
});
