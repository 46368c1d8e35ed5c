// The rollout state machine over an in-memory target with seeded traffic: every strategy, each
// way it can end, and recovery after the deploy process is killed midway.
import { describe, expect, it } from 'vitest';
import { defaultMetrics, type JudgeSpec } from '../../../src/deploy/judge.js';
import { plan, runDeploy } from '../../../src/deploy/rollout.js';
import type { DeployConfig, Strategy } from '../../../src/deploy/types.js';
import { memoryLogger } from '../../../src/lib/logger.js';
import { MemoryTarget, type ModelBehaviour } from './memory-target.js';

const judge = (strategy: Strategy, minSamples = 200): JudgeSpec => ({
  confidence: 0.98,
  tolerance: 0.25,
  passThreshold: 95,
  marginalThreshold: 75,
  minSamples,
  groups: {},
  metrics: defaultMetrics(strategy === 'shadow'),
});

function config(strategy: Strategy, over: Partial<DeployConfig> = {}): DeployConfig {
  return { model: 'oci://reg/m:v2', strategy, steps: [10, 50, 100], intervalMs: 30_000, terminationWaitMs: 30_000, judge: judge(strategy), ...over };
}

const STABLE = 'oci://reg/m:v1';
const CAND = 'oci://reg/m:v2';

function target(candidate: ModelBehaviour, rps = 100, seed = 3): MemoryTarget {
  return new MemoryTarget(STABLE, { [STABLE]: {}, [CAND]: candidate, 'oci://reg/m:v3': {} }, rps, seed);
}

async function run(strategy: Strategy, candidate: ModelBehaviour, over: Partial<DeployConfig> = {}, rps = 100) {
  const t = target(candidate, rps);
  const log = memoryLogger();
  const result = await runDeploy(config(strategy, over), t, t.clock(), log);
  return { t, result, log, state: await t.state(), record: await t.readRecord() };
}

describe('plan', () => {
  it('lays out each strategy', () => {
    const kinds = (s: Strategy) => plan({ strategy: s, steps: [10, 50, 100] }).map((p) => p.kind + ('weight' in p ? p.weight : ''));
    expect(kinds('canary')).toEqual(['load', 'canary10', 'canary50', 'canary100', 'promote']);
    expect(kinds('blue-green')).toEqual(['load', 'smoke', 'bake', 'switch', 'termination', 'promote']);
    expect(kinds('shadow')).toEqual(['load', 'shadow']);
    expect(kinds('direct')).toEqual(['load', 'direct', 'promote']);
  });
});

describe('canary', () => {
  it('promotes a good candidate through 10, 50 and 100 percent', async () => {
    const { t, result, state, record } = await run('canary', {});
    expect(result.decision).toBe('promoted');
    expect(result.steps.filter((s) => s.phase === 'canary').map((s) => [s.weight, s.outcome])).toEqual([
      [10, 'pass'],
      [50, 'pass'],
      [100, 'pass'],
    ]);
    expect(t.ops).toEqual([`load ${CAND}`, 'weight 10', 'weight 50', 'weight 100', 'promote']);
    expect(state).toEqual({ stable: CAND, weight: 0, shadow: false });
    expect(record).toBeUndefined();
    // The 100% window had no stable traffic: it was judged against the 50% window's stable samples.
    const last = result.steps.find((s) => s.weight === 100)!;
    expect(last.judgement!.metrics[0].stable.n).toBeGreaterThan(1000);
  });

  it('rolls back a candidate that errors on 5% of requests at the first step', async () => {
    const { t, result, state } = await run('canary', { errorRate: 0.05 });
    expect(result.decision).toBe('rolled-back');
    expect(result.reason).toMatch(/^step 10%: critical metric failed: error-rate high/);
    expect(result.steps.filter((s) => s.phase === 'canary')).toHaveLength(1);
    expect(t.ops.at(-1)).toBe('rollback');
    expect(state).toEqual({ stable: STABLE, weight: 0, shadow: false });
  });

  it('rolls back a candidate that is 30% slower', async () => {
    const { result, state } = await run('canary', { slowdown: 1.3 });
    expect(result.decision).toBe('rolled-back');
    expect(result.steps.at(-1)!.judgement!.metrics[0].classification).toBe('high');
    expect(state.stable).toBe(STABLE);
  });

  it('ends in no-data, with stable serving, when a window is too small to judge', async () => {
    const { result, state } = await run('canary', {}, {}, 5);
    expect(result.decision).toBe('no-data');
    expect(result.reason).toMatch(/fewer than min-samples 200/);
    expect(state).toEqual({ stable: STABLE, weight: 0, shadow: false });
  });
});

describe('low traffic: windows grow up to max-interval', () => {
  it('extends a window short of min-samples by the interval until it has them, and says how long it observed', async () => {
    // 40 requests/s: the 10% step sees ~120 candidate requests in 30 s, ~240 in 60 s (min-samples 200).
    const fixed = await run('canary', {}, {}, 40);
    expect(fixed.result.decision).toBe('no-data');
    const grown = await run('canary', {}, { maxIntervalMs: 120_000 }, 40);
    expect(grown.result.decision).toBe('promoted');
    const canary = grown.result.steps.filter((s) => s.phase === 'canary');
    expect(canary[0].windowSeconds).toBe(60);
    expect(canary[0].windowSeconds! % 30).toBe(0);
    expect(canary.every((s) => s.windowSeconds! <= 120)).toBe(true);
    expect(grown.log.lines.some((l) => /too few samples after 30s .* observing 30s more, up to max-interval 120s/.test(l))).toBe(true);
  });

  it('gives up at max-interval with no-data', async () => {
    const { result } = await run('canary', {}, { maxIntervalMs: 60_000 }, 10);
    expect(result.decision).toBe('no-data');
    expect(result.steps.find((s) => s.outcome === 'no-data')!.windowSeconds).toBe(60);
  });
});

describe('warm-up before the first judged window', () => {
  // The candidate's first 1,500 answers take 3x as long: at 100 requests/s and 10%, about the
  // first 150 s of the first step.
  const cold = { coldRequests: 1500, coldSlowdown: 3 };

  it('rolls back a good but cold candidate without one', async () => {
    const { result } = await run('canary', cold);
    expect(result.decision).toBe('rolled-back');
    expect(result.steps.find((s) => s.outcome === 'fail')!.judgement!.metrics[0].classification).toBe('high');
  });

  it('promotes it when the warm-up covers the cold start, and spends the warm-up once', async () => {
    const { t, result, log } = await run('canary', cold, { warmupMs: 180_000 });
    expect(result.decision).toBe('promoted');
    expect(log.lines.filter((l) => /warm-up: the candidate takes traffic for 180s/.test(l))).toHaveLength(1);
    // The warm-up ran at the first step's weight, before its window: 180 s + 3 windows of 30 s.
    expect(t.time).toBe(180_000 + 3 * 30_000);
    expect(t.ops).toEqual([`load ${CAND}`, 'weight 10', 'weight 50', 'weight 100', 'promote']);
  });

  it('warms blue-green\'s green on mirrored traffic during the bake', async () => {
    const { result, log } = await run('blue-green', { coldRequests: 5000, coldSlowdown: 3 }, { warmupMs: 60_000 });
    expect(result.decision).toBe('promoted');
    expect(log.lines.some((l) => /warm-up/.test(l))).toBe(true);
  });
});

describe('blue-green', () => {
  it('smoke-tests, bakes on mirrored traffic, switches at once and promotes after the termination wait', async () => {
    const { t, result, state } = await run('blue-green', {});
    expect(result.decision).toBe('promoted');
    expect(result.steps.map((s) => s.phase)).toEqual(['load', 'smoke', 'bake', 'switch', 'termination', 'promote']);
    expect(t.ops).toEqual([`load ${CAND}`, 'shadow true', 'shadow false', 'weight 100', 'promote']);
    expect(state.stable).toBe(CAND);
  });

  it('never switches a candidate that fails its smoke test', async () => {
    const { t, result } = await run('blue-green', { healthy: false });
    expect(result.decision).toBe('rolled-back');
    expect(result.reason).toMatch(/^smoke test failed/);
    expect(t.ops).not.toContain('weight 100');
  });

  it('rolls back to blue on a failure that shows only after the switch', async () => {
    const { t, result, state } = await run('blue-green', { errorRateAtFull: 0.05 });
    expect(result.steps.find((s) => s.phase === 'bake')!.outcome).toBe('pass');
    expect(result.decision).toBe('rolled-back');
    expect(result.reason).toMatch(/^after the switch: critical metric failed: error-rate/);
    expect(t.ops.slice(-2)).toEqual(['weight 100', 'rollback']);
    expect(state).toEqual({ stable: STABLE, weight: 0, shadow: false });
  });
});

describe('shadow', () => {
  it('judges a mirrored candidate without changing any answer, and unloads it', async () => {
    const { t, result, state } = await run('shadow', {});
    expect(result.decision).toBe('passed');
    expect(t.answered.candidate).toBe(0);
    expect(result.steps[1].judgement!.metrics.map((m) => m.name)).toEqual(['latency', 'error-rate', 'agreement']);
    expect(state).toEqual({ stable: STABLE, weight: 0, shadow: false });
  });

  it('rejects a candidate whose answers disagree with stable', async () => {
    const { t, result } = await run('shadow', { disagreement: 0.2 });
    expect(result.decision).toBe('rolled-back');
    expect(result.reason).toMatch(/agreement low/);
    expect(t.answered.candidate).toBe(0);
  });
});

describe('direct', () => {
  it('switches and promotes a healthy candidate', async () => {
    const { result, state } = await run('direct', {});
    expect(result.decision).toBe('promoted');
    expect(state.stable).toBe(CAND);
  });

  it('switches back when the candidate is unhealthy after the switch', async () => {
    const { t, result, state } = await run('direct', { healthy: false });
    expect(result.decision).toBe('rolled-back');
    expect(t.ops).toEqual([`load ${CAND}`, 'weight 100', 'rollback']);
    expect(state.stable).toBe(STABLE);
  });
});

describe('recovery after the deploy process is killed', () => {
  it('leaves traffic on a known split with a record, and a rerun continues from the recorded step', async () => {
    const t = target({});
    const log = memoryLogger();
    // Killed while waiting in the second step (50%).
    await expect(runDeploy(config('canary'), t, t.clock({ killAfterSleeps: 1 }), log)).rejects.toThrow('killed');
    expect(await t.state()).toMatchObject({ stable: STABLE, candidate: CAND, weight: 50 });
    expect(await t.readRecord()).toMatchObject({ model: CAND, strategy: 'canary', phaseKind: 'canary' });

    const again = await runDeploy(config('canary'), t, t.clock(), log);
    expect(again.resumed).toMatchObject({ action: 'continued', phase: 'canary', model: CAND });
    expect(again.steps.filter((s) => s.phase === 'canary').map((s) => s.weight)).toEqual([50, 100]);
    expect(again.decision).toBe('promoted');
    expect(await t.readRecord()).toBeUndefined();
  });

  it('rolls the interrupted rollout back first when the rerun deploys another model', async () => {
    const t = target({});
    const log = memoryLogger();
    await expect(runDeploy(config('canary'), t, t.clock({ killAfterSleeps: 0 }), log)).rejects.toThrow('killed');
    const other = await runDeploy(config('canary', { model: 'oci://reg/m:v3' }), t, t.clock(), log);
    expect(other.resumed).toMatchObject({ action: 'rolled-back', model: CAND });
    expect(t.ops.slice(0, 3)).toEqual([`load ${CAND}`, 'weight 10', 'rollback']);
    expect(other.decision).toBe('promoted');
    expect((await t.state()).stable).toBe('oci://reg/m:v3');
  });

  it('continues a blue-green rollout killed during the termination wait, judging against the kept bake window', async () => {
    const t = target({});
    const log = memoryLogger();
    // Sleeps: bake (0), termination (1): killed in the termination wait, after the switch.
    await expect(runDeploy(config('blue-green'), t, t.clock({ killAfterSleeps: 1 }), log)).rejects.toThrow('killed');
    expect(await t.state()).toMatchObject({ candidate: CAND, weight: 100 });
    const rec = await t.readRecord();
    expect(rec).toMatchObject({ phaseKind: 'termination' });
    expect(rec!.reference!.samples.latency_ms.length).toBeGreaterThan(1000);
    const again = await runDeploy(config('blue-green'), t, t.clock(), log);
    expect(again.steps.map((s) => s.phase)).toEqual(['termination', 'promote']);
    expect(again.decision).toBe('promoted');
  });
});

