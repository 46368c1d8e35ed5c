/**
 * An in-memory Target for unit tests of the rollout state machine: requests arrive at a fixed
 * rate on a simulated clock and are answered by stable or the candidate by weight (or mirrored
 * to the candidate in shadow mode); each model's latency and errors come from seeded
 * distributions. It is a test of the state machine, not a stand-in for a real server.
 */
import type { Counts, VariantWindow, Window } from '../../../src/deploy/judge.js';
import type { Clock, DeployRecord, Health, Target, TargetState } from '../../../src/deploy/types.js';
import { createRng, type Xoshiro128 } from '../../../src/stats/rng.js';

export interface ModelBehaviour {
  errorRate?: number;
  /** Latency multiplier against the base distribution. */
  slowdown?: number;
  /** Share of answers that differ from stable's (shadow agreement). */
  disagreement?: number;
  /** Error rate once the candidate has all the traffic (a failure that shows only under full load). */
  errorRateAtFull?: number;
  /** Health check result. */
  healthy?: boolean;
  /** A cold start: the first `coldRequests` answers of this model are `coldSlowdown` times slower. */
  coldRequests?: number;
  coldSlowdown?: number;
}

interface Tally {
  latency: number[];
  errors: Counts;
}

const tally = (): Tally => ({ latency: [], errors: { events: 0, total: 0 } });

export class MemoryTarget implements Target {
  readonly kind = 'memory';
  readonly location = 'memory://test';
  private s: TargetState;
  private record?: DeployRecord;
  private win = { stable: tally(), candidate: tally(), agreement: { events: 0, total: 0 } };
  private readonly rng: Xoshiro128;
  time = 0;
  /** What users got: answers per variant, and failed answers. */
  readonly answered = { stable: 0, candidate: 0, failed: 0 };
  readonly ops: string[] = [];
  /** Answers given so far by each model (for cold starts). */
  private readonly served = new Map<string, number>();

  constructor(
    stable: string,
    private readonly models: Record<string, ModelBehaviour>,
    private readonly rps = 100,
    seed = 1,
  ) {
    this.s = { stable, weight: 0, shadow: false };
    this.rng = createRng(seed);
  }

  /** A clock whose sleep advances this target's simulated time (and its traffic). */
  clock(opts: { killAfterSleeps?: number } = {}): Clock {
    let sleeps = 0;
    return {
      now: () => Date.UTC(2026, 0, 1) + this.time,
      sleep: async (ms) => {
        if (opts.killAfterSleeps !== undefined && sleeps++ >= opts.killAfterSleeps) throw new Error('killed');
        this.advance(ms);
      },
    };
  }

  advance(ms: number): void {
    const n = Math.round((this.rps * ms) / 1000);
    for (let i = 0; i < n; i++) {
      const toCandidate = this.s.candidate !== undefined && this.rng.nextFloat() * 100 < this.s.weight;
      const variant = toCandidate ? 'candidate' : 'stable';
      const ok = this.serve(variant);
      this.answered[variant]++;
      if (!ok) this.answered.failed++;
      if (this.s.shadow && !toCandidate && this.s.candidate !== undefined) {
        this.serve('candidate');
        const b = this.models[this.s.candidate] ?? {};
        this.win.agreement.total++;
        if (this.rng.nextFloat() >= (b.disagreement ?? 0)) this.win.agreement.events++;
      }
    }
    this.time += ms;
  }

  private serve(variant: 'stable' | 'candidate'): boolean {
    const model = variant === 'stable' ? this.s.stable! : this.s.candidate!;
    const b = this.models[model] ?? {};
    const t = this.win[variant];
    t.errors.total++;
    const rate = variant === 'candidate' && this.s.weight >= 100 && b.errorRateAtFull !== undefined ? b.errorRateAtFull : (b.errorRate ?? 0.002);
    if (this.rng.nextFloat() < rate) {
      t.errors.events++;
      return false;
    }
    const nth = this.served.get(model) ?? 0;
    this.served.set(model, nth + 1);
    const cold = nth < (b.coldRequests ?? 0) ? (b.coldSlowdown ?? 1) : 1;
    t.latency.push(Math.exp(Math.log(20) + 0.35 * this.rng.normal()) * (b.slowdown ?? 1) * cold);
    return true;
  }

  async state(): Promise<TargetState> {
    return { ...this.s };
  }
  async loadCandidate(model: string): Promise<void> {
    this.ops.push(`load ${model}`);
    this.s = { ...this.s, candidate: model, weight: 0, shadow: false };
  }
  async setWeight(percent: number): Promise<void> {
    this.ops.push(`weight ${percent}`);
    this.s.weight = percent;
  }
  async setShadow(on: boolean): Promise<void> {
    this.ops.push(`shadow ${on}`);
    this.s.shadow = on;
  }
  async promote(): Promise<void> {
    this.ops.push('promote');
    if (this.s.candidate) this.s = { stable: this.s.candidate, weight: 0, shadow: false };
  }
  async rollback(): Promise<void> {
    this.ops.push('rollback');
    this.s = { stable: this.s.stable, weight: 0, shadow: false };
  }
  async resetWindow(): Promise<void> {
    this.win = { stable: tally(), candidate: tally(), agreement: { events: 0, total: 0 } };
  }
  async readWindow(): Promise<Window> {
    const v = (t: Tally): VariantWindow => ({ samples: { latency_ms: [...t.latency] }, counts: { errors: { ...t.errors } } });
    return { stable: v(this.win.stable), candidate: v(this.win.candidate), agreement: { ...this.win.agreement } };
  }
  async health(variant: 'stable' | 'candidate'): Promise<Health> {
    const model = variant === 'stable' ? this.s.stable : this.s.candidate;
    const ok = model !== undefined && (this.models[model]?.healthy ?? true);
    return { ok, detail: ok ? `${model} ready` : `${model ?? 'no model'} not ready` };
  }
  async readRecord(): Promise<DeployRecord | undefined> {
    return this.record && structuredClone(this.record);
  }
  async writeRecord(record: DeployRecord | undefined): Promise<void> {
    this.record = record && structuredClone(record);
  }
}
