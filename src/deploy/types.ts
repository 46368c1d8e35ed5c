/**
 * What a rollout drives: a `Target` (a modelgate server's admin API, a KServe InferenceService,
 * or the in-memory one of the unit tests), through small idempotent operations, so that a rerun
 * after an interruption can repeat the last one safely.
 */
import type { Judgement, JudgeSpec, Window } from './judge.js';

export type Strategy = 'direct' | 'blue-green' | 'canary' | 'shadow';
export const STRATEGIES: readonly Strategy[] = ['direct', 'blue-green', 'canary', 'shadow'];

/** promoted: the candidate serves all traffic; rolled-back: stable does; no-data: stable does, the judge had too little; passed: a shadow rollout's candidate was judged fit (traffic never moved). */
export type Decision = 'promoted' | 'rolled-back' | 'no-data' | 'passed';

export interface TargetState {
  /** Registry reference serving as stable, when the target knows it. */
  stable?: string;
  /** Registry reference loaded as candidate, or undefined when none is loaded. */
  candidate?: string;
  /** Percent of live traffic answered by the candidate (0..100). */
  weight: number;
  /** True while requests are mirrored to the candidate (its answers are discarded). */
  shadow: boolean;
}

export interface Health {
  ok: boolean;
  detail: string;
}

/**
 * The operations a rollout needs. Each is idempotent (setting weight 10 twice is weight 10;
 * promoting a promoted candidate is a no-op), and each resolves once the target has applied it.
 */
export interface Target {
  /** 'serve', 'kserve', 'memory': recorded in deployment.json. */
  readonly kind: string;
  /** Where it is, for the report (never with a token). */
  readonly location: string;
  state(): Promise<TargetState>;
  /** Loads `model` as the candidate with weight 0 and shadow off. */
  loadCandidate(model: string): Promise<void>;
  setWeight(percent: number): Promise<void>;
  setShadow(on: boolean): Promise<void>;
  /** The candidate becomes stable and serves everything; the old stable is released. */
  promote(): Promise<void>;
  /** Weight 0, shadow off, the candidate unloaded: stable serves everything. */
  rollback(): Promise<void>;
  /** Starts a new observation window (the counters the next `readWindow` reports start here). */
  resetWindow(): Promise<void>;
  /** The observations since the last `resetWindow`, per variant. */
  readWindow(): Promise<Window>;
  /** Is the variant ready to answer? (readiness plus, for a smoke test, a few real requests.) */
  health(variant: 'stable' | 'candidate'): Promise<Health>;
  /** The rollout's state record kept on the target (an annotation, an admin-API field), for recovery. */
  readRecord(): Promise<DeployRecord | undefined>;
  writeRecord(record: DeployRecord | undefined): Promise<void>;
}

/** Waiting, injected: the real one sleeps, the unit tests advance a simulated clock. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** One phase of a strategy's plan. */
export type Phase =
  | { kind: 'load' }
  | { kind: 'smoke' }
  | { kind: 'canary'; weight: number; last: boolean }
  | { kind: 'bake' }
  | { kind: 'switch' }
  | { kind: 'termination' }
  | { kind: 'shadow' }
  | { kind: 'direct' }
  | { kind: 'promote' };

/**
 * The state record, written to the target before each phase starts (and cleared at the end), so
 * a rerun knows which rollout was interrupted, in which phase, and what the judge had kept.
 */
export interface DeployRecord {
  id: string;
  model: string;
  strategy: Strategy;
  /** Index into the plan of the phase under way. */
  phase: number;
  phaseKind: Phase['kind'];
  startedAt: string;
  updatedAt: string;
  /** Stable's observations from the last window in which stable served traffic (for 100% steps). */
  reference?: Window['stable'];
}

export interface DeployConfig {
  model: string;
  strategy: Strategy;
  /** Canary weights in percent, ascending, ending at 100. */
  steps: number[];
  intervalMs: number;
  /**
   * Longest a judged window may grow while it has too few samples: the window is extended by
   * `intervalMs` at a time until the judge has min-samples or this is reached (then no-data).
   * Default (undefined): the interval, no extension.
   */
  maxIntervalMs?: number;
  /**
   * How long the candidate serves (or, for bake and shadow, receives mirrored) traffic before its
   * first judged window, unjudged: a freshly loaded model's first answers are slower (allocation,
   * caches) than a warm stable's. Once per rollout. Default (undefined): none.
   */
  warmupMs?: number;
  /** Blue-green: how long blue is kept (and green judged) after the switch. Default: interval. */
  terminationWaitMs: number;
  judge: JudgeSpec;
}

export interface StepReport {
  index: number;
  phase: Phase['kind'];
  weight: number;
  startedAt: string;
  finishedAt: string;
  outcome: Judgement['outcome'] | 'ok' | 'failed';
  reason: string;
  score?: number;
  /** Judged steps: how long the window was observed (longer than the interval when it was extended for min-samples). */
  windowSeconds?: number;
  judgement?: Pick<Judgement, 'groups' | 'metrics'>;
}

export interface DeployResult {
  decision: Decision;
  reason: string;
  steps: StepReport[];
  startedAt: string;
  finishedAt: string;
  /** Set when this run continued (or rolled back) an interrupted one. */
  resumed?: { id: string; phase: Phase['kind']; model: string; action: 'continued' | 'rolled-back' };
}
