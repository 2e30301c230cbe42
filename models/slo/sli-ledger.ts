import type { Series } from '../../shared/series';
import type { Slo } from '../../shared/slo';
import { MINUTE_MS } from './window';

/**
 * An SLI turned into amounts per sample, good and valid, with prefix sums so any window's totals cost two
 * binary searches. Requests for occurrence SLIs, minutes for time-based ones (probe, latency percentile,
 * time slices). Sample i stands for the interval (t[i] − covered[i], t[i]], the way a Prometheus range
 * query's value describes the step before it; missing samples cover nothing and count neither good nor bad.
 */
export interface SliLedger {
  basis: 'requests' | 'minutes';
  t: Float64Array;
  good: Float64Array;
  total: Float64Array;
  coveredMinutes: Float64Array;
  /** Nominal sampling step (median spacing). */
  stepMs: number;
  /** Prefix sums of bad (not good): bad is small, so a window's bad keeps its precision over long histories. */
  cumBad: Float64Array;
  cumTotal: Float64Array;
  cumCovered: Float64Array;
  notes: string[];
}

export type LedgerOutcome = { ok: true; ledger: SliLedger } | { ok: false; reason: string };

export interface WindowTotals {
  good: number;
  bad: number;
  total: number;
  coveredMinutes: number;
}

/** Index of the first sample with t > x (samples are ascending). */
export function upperBound(t: Float64Array, x: number): number {
  let lo = 0;
  let hi = t.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (t[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Good, bad and valid amounts of the samples stamped in (from, to]. */
export function totalsBetween(l: SliLedger, from: number, to: number): WindowTotals {
  const a = upperBound(l.t, from);
  const b = upperBound(l.t, to);
  if (b <= a) return { good: 0, bad: 0, total: 0, coveredMinutes: 0 };
  const bad = Math.max(0, l.cumBad[b]! - l.cumBad[a]!);
  const total = l.cumTotal[b]! - l.cumTotal[a]!;
  return { good: total - bad, total, bad, coveredMinutes: l.cumCovered[b]! - l.cumCovered[a]! };
}

export function medianStepMs(t: Float64Array): number {
  if (t.length < 2) return MINUTE_MS;
  const d: number[] = [];
  for (let i = 1; i < t.length; i++) d.push(t[i]! - t[i - 1]!);
  d.sort((x, y) => x - y);
  return d[d.length >> 1]! || MINUTE_MS;
}

/** Minutes each sample covers: the distance to the previous sample, but no more than 1.5 steps (a gap is not data). */
function coverage(t: Float64Array, stepMs: number): Float64Array {
  const out = new Float64Array(t.length);
  for (let i = 0; i < t.length; i++) {
    const d = i === 0 ? stepMs : t[i]! - t[i - 1]!;
    out[i] = (d <= 1.5 * stepMs ? d : stepMs) / MINUTE_MS;
  }
  return out;
}

/** How many requests one sample stands for: rates are multiplied by the time they cover, counts taken as they are. */
function perSecondFactor(unit: string): number | null {
  const u = unit.trim().toLowerCase();
  if (/\/\s*s(ec(ond)?)?$/.test(u) || u === 'rps' || u === 'qps') return 1;
  if (/\/\s*min(ute)?$/.test(u) || u === 'rpm') return 1 / 60;
  if (/\/\s*h(our)?$/.test(u)) return 1 / 3600;
  return null;
}

/**
 * A cumulative counter (Prometheus `_total`, `_count`, `_bucket`) is turned into increases, a drop being a
 * counter reset whose increase is the new value (Prometheus `increase()` semantics).
 */
function looksCumulative(s: Series): boolean {
  if (!/(_total|_count|_bucket)$/.test(s.name) && s.unit !== 'counter') return false;
  let rises = 0;
  let drops = 0;
  for (let i = 1; i < s.v.length; i++) {
    const a = s.v[i - 1]!;
    const b = s.v[i]!;
    if (Number.isNaN(a) || Number.isNaN(b)) continue;
    if (b < a) drops++;
    else rises++;
  }
  return rises > 0 && drops <= rises * 0.01;
}

/** Requests per sample for a count-like series, NaN where unknown. */
function requestAmounts(s: Series, covered: Float64Array, notes: string[]): Float64Array {
  const out = new Float64Array(s.v.length);
  if (looksCumulative(s)) {
    notes.push(`${s.name}: read as a cumulative counter (increases between samples, resets handled)`);
    out[0] = NaN;
    for (let i = 1; i < s.v.length; i++) {
      const a = s.v[i - 1]!;
      const b = s.v[i]!;
      out[i] = Number.isNaN(a) || Number.isNaN(b) ? NaN : b >= a ? b - a : b;
    }
    return out;
  }
  const perSecond = perSecondFactor(s.unit);
  for (let i = 0; i < s.v.length; i++) out[i] = perSecond === null ? s.v[i]! : s.v[i]! * perSecond * covered[i]! * 60;
  return out;
}

/** Pair two series sample by sample, matching timestamps within half a step; unmatched samples become gaps. */
function align(a: Series, b: Series, stepMs: number): { t: Float64Array; ia: Int32Array; ib: Int32Array } {
  const tol = stepMs / 2;
  const t: number[] = [];
  const ia: number[] = [];
  const ib: number[] = [];
  let j = 0;
  for (let i = 0; i < b.t.length; i++) {
    const tb = b.t[i]!;
    while (j < a.t.length && a.t[j]! < tb - tol) j++;
    t.push(tb);
    ib.push(i);
    ia.push(j < a.t.length && Math.abs(a.t[j]! - tb) <= tol ? j : -1);
  }
  return { t: Float64Array.from(t), ia: Int32Array.from(ia), ib: Int32Array.from(ib) };
}

function finish(basis: SliLedger['basis'], t: Float64Array, good: Float64Array, total: Float64Array, covered: Float64Array, stepMs: number, notes: string[]): SliLedger {
  const n = t.length;
  const cumBad = new Float64Array(n + 1);
  const cumTotal = new Float64Array(n + 1);
  const cumCovered = new Float64Array(n + 1);
  let clamped = 0;
  for (let i = 0; i < n; i++) {
    // Missing, infinite or negative amounts are gaps: they count neither good nor bad.
    if (!(total[i]! >= 0) || !Number.isFinite(total[i]!) || !Number.isFinite(good[i]!)) {
      good[i] = 0;
      total[i] = 0;
      covered[i] = 0;
    } else if (good[i]! > total[i]!) {
      good[i] = total[i]!;
      clamped++;
    } else if (good[i]! < 0) good[i] = 0;
    cumBad[i + 1] = cumBad[i]! + (total[i]! - good[i]!);
    cumTotal[i + 1] = cumTotal[i]! + total[i]!;
    cumCovered[i + 1] = cumCovered[i]! + covered[i]!;
  }
  if (clamped > 0) notes.push(`${clamped} samples had more good than total; counted as all good`);
  return { basis, t, good, total, coveredMinutes: covered, stepMs, cumBad, cumTotal, cumCovered, notes };
}

/** Convert a latency threshold in ms into the series' own unit. */
export function thresholdInUnit(thresholdMs: number, unit: string): number {
  const u = unit.trim().toLowerCase();
  if (u === 's' || u === 'sec' || u === 'seconds') return thresholdMs / 1000;
  if (u === 'us' || u === 'µs' || u === 'microseconds') return thresholdMs * 1000;
  return thresholdMs;
}

/** Build the ledger of an SLO's SLI from the study's series (looked up by id). */
export function buildLedger(slo: Slo, seriesById: ReadonlyMap<string, Series>): LedgerOutcome {
  const need = (id: string): Series | string => seriesById.get(id) ?? `no series "${id}"`;
  const notes: string[] = [];
  const sli = slo.sli;
  if (sli.kind === 'probe' || sli.kind === 'latency') {
    const s = need(sli.kind === 'probe' ? sli.up : sli.series);
    if (typeof s === 'string') return { ok: false, reason: s };
    if (s.t.length === 0) return { ok: false, reason: `series "${s.name}" has no samples` };
    const stepMs = medianStepMs(s.t);
    const covered = coverage(s.t, stepMs);
    const good = new Float64Array(s.t.length);
    const total = new Float64Array(s.t.length);
    const limit = sli.kind === 'latency' ? thresholdInUnit(sli.thresholdMs, s.unit) : 0;
    for (let i = 0; i < s.t.length; i++) {
      const v = s.v[i]!;
      if (!Number.isFinite(v)) {
        total[i] = NaN;
        continue;
      }
      total[i] = covered[i]!;
      // A probe averaged over targets is the share of them up; a latency slice is good while under the threshold.
      good[i] = sli.kind === 'probe' ? Math.min(1, Math.max(0, v)) * covered[i]! : v < limit ? covered[i]! : 0;
    }
    return { ok: true, ledger: finish('minutes', Float64Array.from(s.t), good, total, covered, stepMs, notes) };
  }
  const [numId, totalId] = sli.kind === 'good-total' ? [sli.good, sli.total] : sli.kind === 'bad-total' ? [sli.bad, sli.total] : [sli.bucket, sli.count];
  const num = need(numId);
  const all = need(totalId);
  if (typeof num === 'string') return { ok: false, reason: num };
  if (typeof all === 'string') return { ok: false, reason: all };
  if (all.t.length === 0) return { ok: false, reason: `series "${all.name}" has no samples` };
  const stepMs = medianStepMs(all.t);
  const { t, ia, ib } = align(num, all, stepMs);
  const covered = coverage(t, stepMs);
  const numAmounts = requestAmounts(num, coverage(num.t, medianStepMs(num.t)), notes);
  const totalAmounts = requestAmounts(all, coverage(all.t, stepMs), notes);
  const good = new Float64Array(t.length);
  const total = new Float64Array(t.length);
  let unmatched = 0;
  for (let k = 0; k < t.length; k++) {
    const i = ia[k]!;
    const tot = totalAmounts[ib[k]!]!;
    const x = i >= 0 ? numAmounts[i]! : NaN;
    if (i < 0) unmatched++;
    total[k] = Number.isNaN(x) ? NaN : tot;
    good[k] = sli.kind === 'bad-total' ? tot - x : x;
  }
  if (unmatched > 0) notes.push(`${unmatched} samples of "${all.name}" have no matching sample in "${num.name}" and count as gaps`);
  if (slo.budgeting === 'timeslices') {
    // OpenSLO Timeslices: a slice is good when its own ratio meets the target; the budget is then in minutes.
    const g = new Float64Array(t.length);
    const tt = new Float64Array(t.length);
    for (let k = 0; k < t.length; k++) {
      if (!(total[k]! > 0)) {
        tt[k] = NaN;
        continue;
      }
      tt[k] = covered[k]!;
      g[k] = good[k]! / total[k]! >= slo.objective ? covered[k]! : 0;
    }
    return { ok: true, ledger: finish('minutes', t, g, tt, covered, stepMs, notes) };
  }
  return { ok: true, ledger: finish('requests', t, good, total, covered, stepMs, notes) };
}
