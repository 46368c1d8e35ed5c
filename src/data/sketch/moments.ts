/**
 * Streaming moments of a numeric column: count, mean and M2 (sum of squared deviations) by
 * Welford's update, exact min and max, and a Neumaier-compensated sum. Constant memory, no
 * allocation per value, mergeable by Chan, Golub and LeVeque's parallel formula, so shards can be
 * profiled separately and combined later:
 *
 *   n = na + nb, d = mean_b - mean_a,
 *   mean = mean_a + d * nb / n,
 *   M2 = M2_a + M2_b + d² * na * nb / n.
 *
 * Values must be finite: missing, NaN and ±Infinity are the caller's to count separately (a column
 * profile reports them as their own counts); `add` throws a RangeError on them rather than
 * silently poisoning every statistic.
 */
import { DataError } from '../../errors.js';
import { DOUBLE_ZERO } from '../../lib/double-zero.js';

/** The JSON form of {@link Moments} (min and max are null when count is 0). */
export interface MomentsJSON {
  type: 'moments';
  version: 1;
  count: number;
  /** Null when it overflowed the double range (values near ±1.8e308): not a number. */
  mean: number | null;
  /** Null when it overflowed (squares of deviations beyond 1.8e308): +Infinity. */
  m2: number | null;
  min: number | null;
  max: number | null;
  /** The compensated sum, rounded to a double; null when it overflowed (not a number). */
  sum: number | null;
  /** What rounding `sum` to a double left out (sum + sumResidual is the sum to ~2x precision). */
  sumResidual: number | null;
}

export class Moments {
  /** Number of values added. */
  count = 0;
  // The fields that hold doubles start as one (see DOUBLE_ZERO).
  /** Sum of squared deviations from the mean (Welford's M2). */
  m2 = DOUBLE_ZERO;
  /** Smallest value (Infinity when empty). */
  min = Infinity;
  /** Largest value (-Infinity when empty). */
  max = -Infinity;
  // Welford runs on x - shift, with shift the first value seen: the mean of the shifted values is
  // small, so data with a large offset relative to its spread keeps full precision in M2.
  private shift = DOUBLE_ZERO;
  private mu = DOUBLE_ZERO;
  // Neumaier compensated summation: the sum is s + c.
  private s = DOUBLE_ZERO;
  private c = DOUBLE_ZERO;

  /** Adds one finite value. Throws RangeError on NaN or ±Infinity. */
  add(x: number): void {
    if (x - x !== 0) throw new RangeError(`Moments.add: value must be finite, got ${x}`);
    const n = ++this.count;
    if (n === 1) this.shift = x;
    const y = x - this.shift;
    const d = y - this.mu;
    this.mu += d / n;
    this.m2 += d * (y - this.mu);
    if (x < this.min) this.min = x;
    if (x > this.max) this.max = x;
    const s = this.s;
    const t = s + x;
    this.c += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s;
    this.s = t;
  }

  /** Adds every value of an array (same contract as {@link add}). */
  addAll(xs: ArrayLike<number>): this {
    for (let i = 0; i < xs.length; i++) this.add(xs[i]!);
    return this;
  }

  /** Mean of the values added (0 when empty). */
  get mean(): number {
    return this.shift + this.mu;
  }

  /** The (compensated) sum of the values added. */
  get sum(): number {
    return this.s + this.c;
  }

  /** Population variance M2/n (NaN when empty). */
  get variance(): number {
    return this.count > 0 ? Math.max(0, this.m2) / this.count : NaN;
  }

  /** Sample (unbiased) variance M2/(n-1) (NaN when count < 2). */
  get sampleVariance(): number {
    return this.count > 1 ? Math.max(0, this.m2) / (this.count - 1) : NaN;
  }

  /** Population standard deviation sqrt(M2/n) (NaN when empty). */
  std(): number {
    return Math.sqrt(this.variance);
  }

  /** Sample standard deviation sqrt(M2/(n-1)) (NaN when count < 2). */
  sampleStd(): number {
    return Math.sqrt(this.sampleVariance);
  }

  /** Folds `other` into this (Chan et al.); `other` is unchanged. Returns this. */
  merge(other: Moments): this {
    const nb = other.count;
    if (nb === 0) return this;
    const na = this.count;
    if (na === 0) {
      this.count = nb;
      this.shift = other.shift;
      this.mu = other.mu;
      this.m2 = other.m2;
      this.min = other.min;
      this.max = other.max;
      this.s = other.s;
      this.c = other.c;
      return this;
    }
    const n = na + nb;
    const d = other.shift - this.shift + (other.mu - this.mu);
    this.mu += d * (nb / n);
    this.m2 += other.m2 + d * d * ((na / n) * nb);
    this.count = n;
    if (other.min < this.min) this.min = other.min;
    if (other.max > this.max) this.max = other.max;
    const os = other.s;
    const oc = other.c;
    this.addToSum(os);
    this.c += oc;
    return this;
  }

  clone(): Moments {
    return new Moments().merge(this);
  }

  private addToSum(x: number): void {
    const s = this.s;
    const t = s + x;
    this.c += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s;
    this.s = t;
  }

  toJSON(): MomentsJSON {
    const sum = this.s + this.c;
    const finite = (x: number) => (Number.isFinite(x) ? x : null);
    return {
      type: 'moments',
      version: 1,
      count: this.count,
      mean: finite(this.shift + this.mu),
      m2: finite(this.m2),
      min: this.count > 0 ? this.min : null,
      max: this.count > 0 ? this.max : null,
      sum: finite(sum),
      sumResidual: Number.isFinite(sum) ? finite(this.c - (sum - this.s)) : null,
    };
  }

  /** Rebuilds from {@link toJSON} output; throws DataError on anything malformed. */
  static fromJSON(json: unknown): Moments {
    const j = json as Partial<MomentsJSON> | null;
    if (!j || typeof j !== 'object' || j.type !== 'moments' || j.version !== 1) {
      throw new DataError('moments sketch: not a {type: "moments", version: 1} object');
    }
    const num = (v: unknown, name: string): number => {
      if (typeof v !== 'number' || !Number.isFinite(v)) throw new DataError(`moments sketch: ${name} must be a finite number`);
      return v;
    };
    const m = new Moments();
    m.count = num(j.count, 'count');
    if (!Number.isInteger(m.count) || m.count < 0) throw new DataError('moments sketch: count must be a non-negative integer');
    // null: a value that overflowed (see MomentsJSON).
    m.shift = j.mean === null ? NaN : num(j.mean, 'mean');
    m.m2 = j.m2 === null ? Infinity : num(j.m2, 'm2');
    if (m.count > 0) {
      m.min = num(j.min, 'min');
      m.max = num(j.max, 'max');
    }
    m.s = j.sum === null ? NaN : num(j.sum, 'sum');
    m.c = j.sumResidual === undefined || j.sumResidual === null ? 0 : num(j.sumResidual, 'sumResidual');
    return m;
  }
}
