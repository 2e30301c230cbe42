import { ColumnBuilder } from '../series/column-builder';
import { TimestampReader } from './timestamp-reader';

/**
 * The sample arrays of a metric API response, read straight into typed columns. Prometheus writes
 * `"values": [[1641889530.123, "21"], …]`, Datadog `"pointlist": [[1641344100000, 91.45], …]`: a million
 * samples through JSON.parse become a million small arrays and strings (~7× the file in memory). This
 * parser builds ordinary values for the rest of the document and, under the keys it is given, a
 * `PairColumn` instead of the array. Anything unexpected makes it give up (returns null), and the
 * caller falls back to JSON.parse: the fast path may never change a result, only its cost.
 */
export class PairColumn {
  readonly column = new ColumnBuilder(256);
  /** How many samples were "NaN", "+Inf"/"-Inf", or null. */
  nan = 0;
  inf = 0;
}

/** A flat array of numbers (CloudWatch `Values`) or of ISO timestamps (`Timestamps`, as epoch ms), typed. */
export class FlatColumn {
  constructor(readonly values: Float64Array) {}
}

class GiveUp extends Error {}

const MAX_DEPTH = 64;

export function parseWithPairs(text: string, pairKeys: ReadonlySet<string>, timeScale: number, flatKeys: ReadonlyMap<string, 'number' | 'time'> = new Map()): unknown | null {
  const p = new PairParser(text, pairKeys, timeScale, flatKeys);
  try {
    const v = p.value(0);
    p.ws();
    return p.i === text.length ? v : null;
  } catch (err) {
    if (err instanceof GiveUp) return null;
    throw err;
  }
}

class PairParser {
  i = 0;

  constructor(
    private readonly s: string,
    private readonly pairKeys: ReadonlySet<string>,
    private readonly timeScale: number,
    private readonly flatKeys: ReadonlyMap<string, 'number' | 'time'>,
  ) {}

  ws(): void {
    const s = this.s;
    let i = this.i;
    for (;;) {
      const c = s.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) i++;
      else break;
    }
    this.i = i;
  }

  value(depth: number): unknown {
    if (depth > MAX_DEPTH) throw new GiveUp();
    this.ws();
    const c = this.s.charCodeAt(this.i);
    if (c === 123) return this.object(depth);
    if (c === 91) return this.array(depth);
    if (c === 34) return this.string();
    if (c === 116 && this.s.startsWith('true', this.i)) return (this.i += 4), true;
    if (c === 102 && this.s.startsWith('false', this.i)) return (this.i += 5), false;
    if (c === 110 && this.s.startsWith('null', this.i)) return (this.i += 4), null;
    return this.number();
  }

  object(depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.i++;
    this.ws();
    if (this.s.charCodeAt(this.i) === 125) {
      this.i++;
      return out;
    }
    for (;;) {
      this.ws();
      if (this.s.charCodeAt(this.i) !== 34) throw new GiveUp();
      const key = this.string();
      this.ws();
      if (this.s.charCodeAt(this.i) !== 58) throw new GiveUp();
      this.i++;
      this.ws();
      const isArray = this.s.charCodeAt(this.i) === 91;
      const flat = isArray ? this.flatKeys.get(key) : undefined;
      const value = isArray && this.pairKeys.has(key) ? this.pairs() : flat ? this.flat(flat) : this.value(depth + 1);
      // An own property, as JSON.parse makes it: assigning "__proto__" would replace the prototype instead.
      if (key === '__proto__') Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
      else out[key] = value;
      this.ws();
      const c = this.s.charCodeAt(this.i++);
      if (c === 125) return out;
      if (c !== 44) throw new GiveUp();
    }
  }

  array(depth: number): unknown[] {
    const out: unknown[] = [];
    this.i++;
    this.ws();
    if (this.s.charCodeAt(this.i) === 93) {
      this.i++;
      return out;
    }
    for (;;) {
      out.push(this.value(depth + 1));
      this.ws();
      const c = this.s.charCodeAt(this.i++);
      if (c === 93) return out;
      if (c !== 44) throw new GiveUp();
    }
  }

  /** `[[t, v], …]` with t a number and v a number, a numeric string, "NaN", "±Inf" or null. */
  pairs(): PairColumn {
    const col = new PairColumn();
    this.i++;
    this.ws();
    if (this.s.charCodeAt(this.i) === 93) {
      this.i++;
      return col;
    }
    for (;;) {
      this.ws();
      if (this.s.charCodeAt(this.i) !== 91) throw new GiveUp();
      this.i++;
      this.ws();
      const t = this.number();
      this.ws();
      if (this.s.charCodeAt(this.i) !== 44) throw new GiveUp();
      this.i++;
      this.ws();
      const c = this.s.charCodeAt(this.i);
      let v: number;
      if (c === 34) {
        v = sampleString(this.string());
        if (Number.isNaN(v)) col.nan++;
        else if (!Number.isFinite(v)) col.inf++;
      } else if (c === 110 && this.s.startsWith('null', this.i)) {
        this.i += 4;
        v = Number.NaN;
        col.nan++;
      } else v = this.number();
      this.ws();
      if (this.s.charCodeAt(this.i) !== 93) throw new GiveUp();
      this.i++;
      // Times in seconds carry millisecond decimals; rounding removes the float error of the scale.
      col.column.push(this.timeScale === 1 ? t : Math.round(t * this.timeScale), v);
      this.ws();
      const d = this.s.charCodeAt(this.i++);
      if (d === 93) return col;
      if (d !== 44) throw new GiveUp();
    }
  }

  /** `[1, 2.5, …]` or `["2024-09-29T22:10:00+00:00", …]` into one Float64Array; a null becomes NaN. */
  flat(kind: 'number' | 'time'): FlatColumn {
    const col = new ColumnBuilder(256);
    const ts = kind === 'time' ? (this.times ??= new TimestampReader('UTC')) : null;
    this.i++;
    this.ws();
    if (this.s.charCodeAt(this.i) === 93) {
      this.i++;
      return new FlatColumn(col.take().v);
    }
    for (;;) {
      this.ws();
      const c = this.s.charCodeAt(this.i);
      let x: number;
      if (c === 110 && this.s.startsWith('null', this.i)) {
        this.i += 4;
        x = Number.NaN;
      } else if (ts) {
        if (c !== 34) throw new GiveUp();
        x = ts.readString(this.string());
        if (Number.isNaN(x)) throw new GiveUp();
      } else x = this.number();
      col.push(0, x);
      this.ws();
      const d = this.s.charCodeAt(this.i++);
      if (d === 93) return new FlatColumn(col.take().v);
      if (d !== 44) throw new GiveUp();
    }
  }

  private times: TimestampReader | null = null;

  string(): string {
    const s = this.s;
    const start = ++this.i;
    const end = s.indexOf('"', start);
    if (end < 0) throw new GiveUp();
    const raw = s.slice(start, end);
    if (raw.indexOf('\\') < 0) {
      for (let k = 0; k < raw.length; k++) if (raw.charCodeAt(k) < 32) throw new GiveUp();
      this.i = end + 1;
      return raw;
    }
    // Escapes are rare in these documents: find the real end and let JSON.parse decode the string.
    let j = start;
    for (;;) {
      const c = s.charCodeAt(j);
      if (Number.isNaN(c)) throw new GiveUp();
      if (c === 92) j += 2;
      else if (c === 34) break;
      else j++;
    }
    this.i = j + 1;
    try {
      return JSON.parse(s.slice(start - 1, j + 1)) as string;
    } catch {
      throw new GiveUp();
    }
  }

  /** A JSON number; short ones by Clinger's fast path (an exact mantissa over an exact power of ten). */
  number(): number {
    const s = this.s;
    const start = this.i;
    let i = start;
    if (s.charCodeAt(i) === 45) i++;
    let mantissa = 0;
    let digits = 0;
    let frac = 0;
    let c = s.charCodeAt(i);
    const lead = c;
    while (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      c = s.charCodeAt(++i);
    }
    // JSON allows no leading zeros ("01"); JSON.parse would refuse the document, so must we.
    if (digits === 0 || (lead === 48 && digits > 1)) throw new GiveUp();
    if (c === 46) {
      c = s.charCodeAt(++i);
      while (c >= 48 && c <= 57) {
        mantissa = mantissa * 10 + (c - 48);
        digits++;
        frac++;
        c = s.charCodeAt(++i);
      }
      if (frac === 0) throw new GiveUp();
    }
    let exponent = false;
    if (c === 101 || c === 69) {
      exponent = true;
      c = s.charCodeAt(++i);
      if (c === 43 || c === 45) c = s.charCodeAt(++i);
      const from = i;
      while (c >= 48 && c <= 57) c = s.charCodeAt(++i);
      if (i === from) throw new GiveUp();
    }
    this.i = i;
    if (exponent || digits > 15) return Number(s.slice(start, i));
    const v = frac === 0 ? mantissa : mantissa / POW10[frac]!;
    return s.charCodeAt(start) === 45 ? -v : v;
  }
}

const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);

/** A Prometheus sample value: a string, with "NaN", "+Inf" and "-Inf" spelled out. */
export function sampleString(x: string): number {
  if (x === '+Inf' || x === 'Inf') return Infinity;
  if (x === '-Inf') return -Infinity;
  if (x === 'NaN' || x.trim() === '') return Number.NaN;
  return Number(x);
}
