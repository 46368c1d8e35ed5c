/**
 * The variants of one served model: a stable one and optionally a candidate, which either takes a
 * weighted share of traffic (sticky per request key when the client sends one) or runs as a shadow
 * on a copy of each request. The admin operations (load, weights, promote, rollback) swap variants
 * between requests: a request holds the variant it was routed to (`enter`/`leave`), and a replaced
 * variant releases its onnxruntime session only after its last request has finished.
 */
import { RequestError } from './tensors.js';
import type { Variant } from './variant.js';

export type Mode = 'split' | 'shadow';
export type Role = 'stable' | 'candidate';
/** Loads `source` (default: `ref`), shown as `ref`. */
export type Loader = (ref: string, version: string | undefined, source?: string) => Promise<Variant>;

export interface Route {
  variant: Variant;
  role: Role;
  /** The candidate, when it runs as a shadow of this request. */
  shadow?: Variant;
}

/**
 * FNV-1a over the key's UTF-16 code units, then murmur3's final mix (keys that differ only in their
 * last character would otherwise land close together), as a share in [0, 1): the same key, the
 * same side of the split.
 */
export function keyShare(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 2 ** 32;
}

export interface DeploymentState {
  name: string;
  stable: { ref: string; version: string };
  candidate: { ref: string; version: string; mode: Mode; weight: number } | null;
  previous: { ref: string; version: string } | null;
}

export interface Sources {
  stable: string;
  candidate?: string;
  previous?: string;
}

export class Deployment {
  candidate: Variant | undefined;
  mode: Mode = 'split';
  /** Candidate's share of traffic in split mode, 0..1. */
  weight = 0;
  private previous: { ref: string; version: string; source: string } | undefined;

  constructor(
    readonly name: string,
    public stable: Variant,
    private readonly loader: Loader,
    private readonly random: () => number = Math.random,
  ) {}

  get variants(): Variant[] {
    return this.candidate ? [this.stable, this.candidate] : [this.stable];
  }

  /** Routes a request and counts it in on its variant (and on the shadow): call `leave` after. */
  route(key: string | undefined, version: string | undefined): Route {
    let route: Route;
    if (version !== undefined) {
      const v = this.variants.find((x) => x.version === version);
      if (!v) throw new RequestError(`model '${this.name}' has no version '${version}'; versions: ${this.variants.map((x) => x.version).join(', ')}`, 404, 'not_found');
      route = { variant: v, role: v === this.stable ? 'stable' : 'candidate' };
    } else if (this.candidate && this.mode === 'split' && this.weight > 0 && (key !== undefined ? keyShare(key) : this.random()) < this.weight) {
      route = { variant: this.candidate, role: 'candidate' };
    } else {
      route = { variant: this.stable, role: 'stable' };
      if (this.candidate && this.mode === 'shadow') route.shadow = this.candidate;
    }
    route.variant.enter();
    route.shadow?.enter();
    return route;
  }

  /** Loads a candidate (replacing any other candidate) in split mode with `weight`, or as a shadow. */
  async load(ref: string, version: string | undefined, mode: Mode, weight: number, source?: string): Promise<void> {
    const v = await this.loader(ref, version, source);
    if (this.variants.some((x) => x.version === v.version)) {
      v.retire();
      throw new RequestError(`version '${v.version}' is already loaded; give another version`, 409, 'conflict');
    }
    const old = this.candidate;
    this.candidate = v;
    this.mode = mode;
    this.weight = mode === 'split' ? weight : 0;
    old?.retire();
  }

  setWeight(weight: number, mode?: Mode): void {
    if (!this.candidate) throw new RequestError(`model '${this.name}' has no candidate; load one first`, 409, 'conflict');
    if (mode) this.mode = mode;
    this.weight = this.mode === 'split' ? weight : 0;
  }

  /** The candidate becomes stable; the old stable is kept as the rollback target. */
  promote(): void {
    if (!this.candidate) throw new RequestError(`model '${this.name}' has no candidate to promote`, 409, 'conflict');
    const old = this.stable;
    this.stable = this.candidate;
    this.candidate = undefined;
    this.weight = 0;
    this.mode = 'split';
    this.previous = { ref: old.ref, version: old.version, source: old.source };
    old.retire();
  }

  /** Drops the candidate; with none, restores the stable version that the last promote replaced. */
  async rollback(): Promise<void> {
    if (this.candidate) {
      const c = this.candidate;
      this.candidate = undefined;
      this.weight = 0;
      c.retire();
      return;
    }
    if (!this.previous) throw new RequestError(`model '${this.name}' has nothing to roll back to`, 409, 'conflict');
    const v = await this.loader(this.previous.ref, this.previous.version, this.previous.source);
    const old = this.stable;
    this.stable = v;
    this.previous = undefined;
    old.retire();
  }

  /** The rollback target of a restored state (a restarted worker of `serve --workers N`). */
  restorePrevious(previous: { ref: string; version: string; source: string } | undefined): void {
    this.previous = previous;
  }

  /** What reloads exactly each version of the state (see Variant.source). */
  sources(): Sources {
    return { stable: this.stable.source, candidate: this.candidate?.source, previous: this.previous?.source };
  }

  state(): DeploymentState {
    return {
      name: this.name,
      stable: { ref: this.stable.ref, version: this.stable.version },
      candidate: this.candidate ? { ref: this.candidate.ref, version: this.candidate.version, mode: this.mode, weight: this.weight } : null,
      previous: this.previous ? { ref: this.previous.ref, version: this.previous.version } : null,
    };
  }

  /** Retires every variant (shutdown). */
  close(): void {
    for (const v of this.variants) v.retire();
  }
}
