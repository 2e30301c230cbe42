import { lttb } from '../series/lttb';

/** Points a report chart line may hold: enough for a crisp A4 figure, few enough for a small PDF. */
export const CHART_POINTS = 400;

/**
 * Cut a column pair to [from, to], drop gaps (a report chart draws no NaN) and downsample with LTTB, returning plain
 * arrays so the report stays JSON (the CLI hands it to the headless page as is).
 */
export function chartLine(t: ArrayLike<number>, v: ArrayLike<number>, from = -Infinity, to = Infinity, maxPoints = CHART_POINTS): { t: number[]; v: number[] } {
  const ts: number[] = [];
  const vs: number[] = [];
  for (let i = 0; i < t.length; i++) {
    const ti = t[i]!;
    const vi = v[i]!;
    if (ti >= from && ti <= to && Number.isFinite(vi)) {
      ts.push(ti);
      vs.push(vi);
    }
  }
  if (ts.length <= maxPoints) return { t: ts, v: vs };
  const down = lttb(Float64Array.from(ts), Float64Array.from(vs), maxPoints);
  return { t: Array.from(down.t), v: Array.from(down.v) };
}

/** Evenly thin a band (lo and hi kept together, so the shape stays a band) to at most `maxPoints`. */
export function chartBand(t: ArrayLike<number>, lo: ArrayLike<number>, hi: ArrayLike<number>, maxPoints = CHART_POINTS): { t: number[]; lo: number[]; hi: number[] } {
  const out = { t: [] as number[], lo: [] as number[], hi: [] as number[] };
  const stride = Math.max(1, Math.ceil(t.length / maxPoints));
  for (let i = 0; i < t.length; i += stride) {
    const j = Math.min(t.length - 1, i);
    if (Number.isFinite(lo[j]!) && Number.isFinite(hi[j]!)) {
      out.t.push(t[j]!);
      out.lo.push(lo[j]!);
      out.hi.push(hi[j]!);
    }
  }
  const last = t.length - 1;
  if (last >= 0 && out.t[out.t.length - 1] !== t[last] && Number.isFinite(lo[last]!) && Number.isFinite(hi[last]!)) {
    out.t.push(t[last]!);
    out.lo.push(lo[last]!);
    out.hi.push(hi[last]!);
  }
  return out;
}
