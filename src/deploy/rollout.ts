/**
 * The strategies as one state machine over a `Target`. A strategy is a plan, a list of phases;
 * the runner executes them in order, writing the state record to the target before each one, so
 * that a rerun after an interruption (the deploy process killed) finds where it stopped:
 *
 * - direct:     load, direct (all traffic to the candidate, health check, back to stable if unhealthy), promote
 * - blue-green: load, smoke (green's health), bake (mirror traffic to green for `interval`, judge),
 *               switch (all traffic to green at once), termination (keep blue for the termination
 *               wait, judge green's live window against blue's bake window; roll back to blue on a
 *               late failure), promote (blue released)
 * - canary:     load, then per step (e.g. 10, 50, 100) set the weight, wait `interval`, judge; roll
 *               back at the first fail or no-data; a marginal score continues except at the last
 *               step, where only a pass promotes; promote
 * - shadow:     load, shadow (mirror for `interval`, judge latency, errors and agreement; answers
 *               always come from stable), then the candidate is unloaded whatever the outcome:
 *               decision `passed` or `rolled-back` / `no-data`; traffic never moves.
 *
 * A window at 100% has no stable traffic: it is judged against stable's observations from the
 * last window that had them (kept in the state record).
 *
 * Recovery: when the target holds a record of an unfinished rollout, a rerun for the same model
 * and strategy continues it from the recorded phase (that phase is redone: its window is
 * observed again, since the interrupted one's observations were lost); a rerun for another model
 * or strategy first rolls the interrupted one back. Every target operation is idempotent, so a
 * phase interrupted halfway is safe to redo.
 */
import { randomUUID } from 'node:crypto';
import type { Logger } from '../lib/logger.js';
import { judgeWindow, type Judgement, type Window } from './judge.js';
import type { Clock, Decision, DeployConfig, DeployRecord, DeployResult, Phase, StepReport, Target } from './types.js';

export function plan(config: Pick<DeployConfig, 'strategy' | 'steps'>): Phase[] {
  switch (config.strategy) {
    case 'direct':
      return [{ kind: 'load' }, { kind: 'direct' }, { kind: 'promote' }];
    case 'blue-green':
      return [{ kind: 'load' }, { kind: 'smoke' }, { kind: 'bake' }, { kind: 'switch' }, { kind: 'termination' }, { kind: 'promote' }];
    case 'canary':
      return [{ kind: 'load' }, ...config.steps.map((weight, i): Phase => ({ kind: 'canary', weight, last: i === config.steps.length - 1 })), { kind: 'promote' }];
    case 'shadow':
      return [{ kind: 'load' }, { kind: 'shadow' }];
  }
}

interface Ending {
  decision: Decision;
  reason: string;
}

const iso = (ms: number) => new Date(ms).toISOString();

export async function runDeploy(config: DeployConfig, target: Target, clock: Clock, log: Logger): Promise<DeployResult> {
  const started = clock.now();
  const phases = plan(config);
  const steps: StepReport[] = [];
  let resumed: DeployResult['resumed'];
  let start = 0;
  let record: DeployRecord = {
    id: randomUUID(),
    model: config.model,
    strategy: config.strategy,
    phase: 0,
    phaseKind: phases[0].kind,
    startedAt: iso(started),
    updatedAt: iso(started),
  };

  const previous = await target.readRecord();
  if (previous) {
    if (previous.model === config.model && previous.strategy === config.strategy && previous.phase < phases.length) {
      log.warning(`an interrupted ${previous.strategy} rollout of ${previous.model} was in phase '${previous.phaseKind}': continuing it from that phase`);
      record = { ...previous };
      start = previous.phase;
      resumed = { id: previous.id, phase: previous.phaseKind, model: previous.model, action: 'continued' };
    } else {
      log.warning(`an interrupted ${previous.strategy} rollout of ${previous.model} (phase '${previous.phaseKind}') is rolled back first`);
      await target.rollback();
      await target.writeRecord(undefined);
      resumed = { id: previous.id, phase: previous.phaseKind, model: previous.model, action: 'rolled-back' };
    }
  }

  const finish = async (ending: Ending): Promise<DeployResult> => {
    if (ending.decision !== 'promoted') await target.rollback();
    await target.writeRecord(undefined);
    log.info(`decision: ${ending.decision}: ${ending.reason}`);
    return { ...ending, steps, startedAt: iso(started), finishedAt: iso(clock.now()), ...(resumed ? { resumed } : {}) };
  };

  /** Observes one window of `ms` and judges it; windows at 100% use the kept stable observations. */
  // A window short of min-samples grows by `ms` at a time up to max-interval (low traffic), then is no-data.
  // The first judged window is preceded by the warm-up: traffic flows, nothing is judged.
  let observedMs = 0;
  let warm = !config.warmupMs;
  const observe = async (ms: number, weight: number): Promise<Judgement> => {
    if (!warm) {
      warm = true;
      log.info(`warm-up: the candidate takes traffic for ${config.warmupMs! / 1000}s before the first judged window`);
      await clock.sleep(config.warmupMs!);
    }
    await target.resetWindow();
    await clock.sleep(ms);
    observedMs = ms;
    const maxMs = Math.max(ms, config.maxIntervalMs ?? ms);
    for (;;) {
      const window: Window = await target.readWindow();
      if (weight >= 100 && record.reference) window.stable = record.reference;
      else if (weight < 100) record.reference = window.stable;
      const j = judgeWindow(config.judge, window);
      if (j.outcome !== 'no-data' || observedMs + ms > maxMs) return j;
      log.info(`too few samples after ${observedMs / 1000}s (${j.reason}): observing ${ms / 1000}s more, up to max-interval ${maxMs / 1000}s`);
      await clock.sleep(ms);
      observedMs += ms;
    }
  };

  const report = (index: number, phase: Phase, weight: number, t0: number, outcome: StepReport['outcome'], reason: string, j?: Judgement): StepReport => {
    const s: StepReport = { index, phase: phase.kind, weight, startedAt: iso(t0), finishedAt: iso(clock.now()), outcome, reason };
    if (j) Object.assign(s, { score: j.score, windowSeconds: observedMs / 1000, judgement: { groups: j.groups, metrics: j.metrics } });
    steps.push(s);
    log.info(`${phase.kind}${phase.kind === 'canary' ? ` ${weight}%` : ''}: ${outcome}: ${reason}`);
    return s;
  };

  /** The ending a judged window leads to, or undefined to go on. */
  const verdict = (j: Judgement, what: string, last: boolean): Ending | undefined => {
    if (j.outcome === 'no-data') return { decision: 'no-data', reason: `${what}: ${j.reason}` };
    if (j.outcome === 'fail') return { decision: 'rolled-back', reason: `${what}: ${j.reason}` };
    if (j.outcome === 'marginal' && last) return { decision: 'rolled-back', reason: `${what}: ${j.reason}; the last judgement must pass` };
    return undefined;
  };

  for (let i = start; i < phases.length; i++) {
    const phase = phases[i];
    record = { ...record, phase: i, phaseKind: phase.kind, updatedAt: iso(clock.now()) };
    await target.writeRecord(record);
    const t0 = clock.now();
    switch (phase.kind) {
      case 'load': {
        const s = await target.state();
        if (s.candidate !== config.model) await target.loadCandidate(config.model);
        report(i, phase, 0, t0, 'ok', `${config.model} loaded as candidate on ${target.kind} ${target.location}`);
        break;
      }
      case 'smoke': {
        const h = await target.health('candidate');
        report(i, phase, 0, t0, h.ok ? 'ok' : 'failed', h.detail);
        if (!h.ok) return finish({ decision: 'rolled-back', reason: `smoke test failed: ${h.detail}` });
        break;
      }
      case 'bake': {
        await target.setShadow(true);
        const j = await observe(config.intervalMs, 0);
        await target.setShadow(false);
        report(i, phase, 0, t0, j.outcome, j.reason, j);
        const end = verdict(j, 'bake', true);
        if (end) return finish(end);
        break;
      }
      case 'switch':
        await target.setWeight(100);
        report(i, phase, 100, t0, 'ok', 'all traffic switched to the candidate; stable kept for the termination wait');
        break;
      case 'termination': {
        const j = await observe(config.terminationWaitMs, 100);
        report(i, phase, 100, t0, j.outcome, j.reason, j);
        const end = verdict(j, 'after the switch', true);
        if (end) return finish(end);
        break;
      }
      case 'canary': {
        await target.setWeight(phase.weight);
        const j = await observe(config.intervalMs, phase.weight);
        report(i, phase, phase.weight, t0, j.outcome, j.reason, j);
        const end = verdict(j, `step ${phase.weight}%`, phase.last);
        if (end) return finish(end);
        break;
      }
      case 'shadow': {
        await target.setShadow(true);
        const j = await observe(config.intervalMs, 0);
        await target.setShadow(false);
        report(i, phase, 0, t0, j.outcome, j.reason, j);
        return finish(verdict(j, 'shadow', true) ?? { decision: 'passed', reason: `shadow: ${j.reason}` });
      }
      case 'direct': {
        await target.setWeight(100);
        await clock.sleep(Math.min(config.intervalMs, 5000));
        const h = await target.health('candidate');
        report(i, phase, 100, t0, h.ok ? 'ok' : 'failed', h.detail);
        if (!h.ok) return finish({ decision: 'rolled-back', reason: `health check after the switch failed: ${h.detail}` });
        break;
      }
      case 'promote': {
        await target.promote();
        report(i, phase, 100, t0, 'ok', `${config.model} promoted`);
        const last = steps.filter((s) => s.judgement).at(-1);
        return finish({ decision: 'promoted', reason: last ? `${last.phase}${last.phase === 'canary' ? ` ${last.weight}%` : ''}: ${last.reason}` : `${config.model} is healthy` });
      }
    }
  }
  throw new Error('internal error: the rollout plan ended without a decision');
}
