/** Growable typed-array columns for per-row evaluation results (no per-row objects). */
export class F64 {
  buf: Float64Array;
  n = 0;
  constructor(cap = 4096) {
    this.buf = new Float64Array(cap);
  }
  push(x: number): void {
    if (this.n === this.buf.length) {
      const next = new Float64Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.n++] = x;
  }
  /** The filled prefix (a view, not a copy). */
  get values(): Float64Array {
    return this.buf.subarray(0, this.n);
  }
  /** The filled prefix, copied into an exactly sized array. */
  done(): Float64Array {
    return this.buf.slice(0, this.n);
  }
}

export class I32 {
  buf: Int32Array;
  n = 0;
  constructor(cap = 4096) {
    this.buf = new Int32Array(cap);
  }
  push(x: number): void {
    if (this.n === this.buf.length) {
      const next = new Int32Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.n++] = x;
  }
  /** The filled prefix (a view, not a copy). */
  get values(): Int32Array {
    return this.buf.subarray(0, this.n);
  }
  /** The filled prefix, copied into an exactly sized array. */
  done(): Int32Array {
    return this.buf.slice(0, this.n);
  }
}
