/** A growing pair of Float64Array columns: appends without boxing numbers into JS arrays. */
export class ColumnBuilder {
  private t: Float64Array;
  private v: Float64Array;
  length = 0;

  constructor(initialCapacity = 1024) {
    this.t = new Float64Array(initialCapacity);
    this.v = new Float64Array(initialCapacity);
  }

  push(t: number, v: number): void {
    if (this.length === this.t.length) {
      const t2 = new Float64Array(this.t.length * 2);
      const v2 = new Float64Array(this.v.length * 2);
      t2.set(this.t);
      v2.set(this.v);
      this.t = t2;
      this.v = v2;
    }
    this.t[this.length] = t;
    this.v[this.length] = v;
    this.length++;
  }

  /** The columns, trimmed to their length (copies, so the builder's spare capacity is released). */
  columns(): { t: Float64Array; v: Float64Array } {
    return { t: this.t.slice(0, this.length), v: this.v.slice(0, this.length) };
  }

  /** The columns so far, without copying (views on the builder's arrays: valid until the next push). */
  view(): { t: Float64Array; v: Float64Array } {
    return { t: this.t.subarray(0, this.length), v: this.v.subarray(0, this.length) };
  }

  /**
   * The columns, after which the builder is empty: its growing arrays can be collected at once, so building
   * many series never holds every builder and every trimmed copy at the same time.
   */
  take(): { t: Float64Array; v: Float64Array } {
    const out = this.columns();
    this.t = new Float64Array(0);
    this.v = new Float64Array(0);
    this.length = 0;
    return out;
  }
}
