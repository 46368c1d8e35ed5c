// The weather example's later year: the loop turning once (workflows-examples/weather/retrain.yml).
// 2016 is derived from the real 2015 rows by exactly the stated change (wind in km/h); wind drifts;
// production decays on the held-out newer half of the year; the candidate retrained with the older
// half recovers and passes the gates. These are the README's numbers.
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMain } from '../cli.js';
import { WEATHER, tempDir } from '../helpers.js';

describe('weather: the later year', () => {
  it('is the real 2015 with dates moved to 2016 and wind times 3.6, nothing else changed', () => {
    const y15 = readFileSync(join(WEATHER, 'data/weather-2015.csv'), 'utf8').trim().split('\n');
    const y16 = readFileSync(join(WEATHER, 'data/weather-2016.csv'), 'utf8').trim().split('\n');
    expect(y16[0]).toBe(y15[0]);
    expect(y16).toHaveLength(y15.length);
    for (let i = 1; i < y15.length; i++) {
      const [d, p, tx, tn, w, label] = y15[i].split(',');
      const [d2, p2, tx2, tn2, w2, label2] = y16[i].split(',');
      expect([d2, p2, tx2, tn2, label2]).toEqual([d.replace(/^2015-/, '2016-'), p, tx, tn, label]);
      expect(Math.abs(Number(w2) - Number(w) * 3.6)).toBeLessThanOrEqual(0.05 + 1e-9);
    }
  });

  it('drifts in wind; production decays on the held-out rows; the retrained candidate passes the gates', async () => {
    const work = tempDir();
    cpSync(WEATHER, work, { recursive: true, filter: (p) => !/\/(out|\.modelgate)(\/|$)/.test(p.slice(WEATHER.length)) });
    const r = await runMain(['run', join(work, 'retrain.yml'), '--json']);
    expect(r.code, r.stderr).toBe(0);
    const o = JSON.parse(JSON.parse(r.stdout).outputs);
    expect(o['validate-data']['drifted-columns'].split(',')).toContain('wind');
    expect(o.retrain).toMatchObject({ rows: 1096 + 182, added: 182, dropped: 0, 'held-out': 183 });
    const production = o['evaluate-model#2'].accuracy;
    const candidate = o['evaluate-model'].accuracy;
    expect(production).toBeCloseTo(0.623, 3);
    expect(candidate).toBeCloseTo(0.776, 3);
    expect(o['compare-to-baseline'].passed).toBe(true);
    const cmp = JSON.parse(readFileSync(join(work, 'out/retrain/comparison.json'), 'utf8'));
    const acc = cmp.gates.find((g: { metric: string }) => g.metric === 'accuracy');
    expect(acc.ci[0]).toBeGreaterThan(0); // the gain's interval excludes zero
  }, 120_000);
});
