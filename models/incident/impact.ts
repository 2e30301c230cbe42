import type { ImpactFigure, IncidentImpact } from '../../shared/incident';
import type { Series } from '../../shared/series';
import type { MetricRoles } from './metric-roles';

export interface ImpactOptions {
  /** A request slower than this counts as affected; default 3× the median latency of the day before the window. */
  latencyThresholdMs?: number;
  /** Orders the shop expected per minute during the window, had nothing failed. */
  ordersPerMinute?: number;
  /** Average order value, in `currency`. */
  orderValue?: number;
  currency?: string;
}

const DAY = 86_400_000;

/** Index of the last sample at or before `t`; -1 when none is. */
function indexAtOrBefore(s: Series, t: number): number {
  let lo = 0;
  let hi = s.t.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (s.t[mid]! <= t) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The series' value in force at `t` (each sample holds until the next), NaN outside its range or in a gap. */
function valueAt(s: Series, t: number): number {
  const i = indexAtOrBefore(s, t);
  return i < 0 ? NaN : s.v[i]!;
}

interface Slice {
  t: number;
  dtSeconds: number;
  v: number;
}

/** The samples of `s` inside [start, end), each weighted by the time it holds (clipped to the window). */
function slice(s: Series, start: number, end: number): Slice[] {
  const out: Slice[] = [];
  const n = s.t.length;
  let step = n > 1 ? (s.t[n - 1]! - s.t[0]!) / (n - 1) : 60_000;
  if (!(step > 0)) step = 60_000;
  for (let i = Math.max(0, indexAtOrBefore(s, start)); i < n && s.t[i]! < end; i++) {
    const from = Math.max(s.t[i]!, start);
    const to = Math.min(i + 1 < n ? s.t[i + 1]! : s.t[i]! + step, end);
    if (to > from && Number.isFinite(s.v[i]!)) out.push({ t: from, dtSeconds: (to - from) / 1000, v: s.v[i]! });
  }
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const fig = (value: number, unit: string, how: string): ImpactFigure => ({ value, unit, how });

/**
 * Impact over an incident window from the metrics: latency peak and time-weighted mean, requests served and failed
 * (rate × time, each sample held until the next), the share of requests that failed or were slow, and — given an
 * order rate and value — the orders and revenue at risk (expected orders × share affected × value).
 */
export function incidentImpact(
  window: { start: number; end: number },
  roles: MetricRoles,
  options: ImpactOptions = {},
): IncidentImpact {
  const { start, end } = window;
  const impact: IncidentImpact = {
    window,
    durationMinutes: (end - start) / 60_000,
    inputs: [...roles.reasons],
    notes: [],
  };
  const toMs = (s: Series, v: number) => (s.unit.toLowerCase() === 's' ? v * 1000 : v);

  let threshold = options.latencyThresholdMs;
  if (roles.latency) {
    const lat = roles.latency;
    const xs = slice(lat, start, end);
    if (xs.length > 0) {
      let peak = xs[0]!;
      let weighted = 0;
      let secs = 0;
      for (const x of xs) {
        if (x.v > peak.v) peak = x;
        weighted += x.v * x.dtSeconds;
        secs += x.dtSeconds;
      }
      impact.peakLatencyMs = fig(
        toMs(lat, peak.v),
        'ms',
        `highest ${lat.name} sample in the window, at ${new Date(peak.t).toISOString()}`,
      );
      impact.meanLatencyMs = fig(
        toMs(lat, weighted / secs),
        'ms',
        `${lat.name} averaged over the window, each sample weighted by the time it holds`,
      );
    } else impact.notes.push(`${lat.name} has no samples inside the incident window`);
    const before = slice(lat, start - DAY, start).map((x) => toMs(lat, x.v));
    if (before.length > 0) {
      const base = median(before);
      impact.baselineLatencyMs = fig(base, 'ms', `median ${lat.name} over the 24 h before the incident`);
      if (threshold === undefined) {
        threshold = 3 * base;
        impact.notes.push(
          `requests counted as slow above ${Math.round(threshold)} ms: 3× the day-before median of ${lat.name}`,
        );
      }
    }
  }

  if (roles.requests) {
    const req = roles.requests;
    const xs = slice(req, start, end);
    let total = 0;
    let failed = 0;
    let slow = 0;
    let affected = 0;
    let peakRatio = 0;
    let haveFailures = false;
    for (const x of xs) {
      const n = x.v * x.dtSeconds;
      total += n;
      let ratio = NaN;
      if (roles.errors) ratio = x.v > 0 ? valueAt(roles.errors, x.t) / x.v : NaN;
      else if (roles.errorRatio) {
        const r = valueAt(roles.errorRatio, x.t);
        ratio = roles.errorRatio.unit === '%' ? r / 100 : r;
      }
      if (Number.isFinite(ratio)) {
        haveFailures = true;
        ratio = Math.min(1, Math.max(0, ratio));
        failed += n * ratio;
        peakRatio = Math.max(peakRatio, ratio);
      } else ratio = 0;
      const latency = roles.latency ? toMs(roles.latency, valueAt(roles.latency, x.t)) : NaN;
      const isSlow = threshold !== undefined && latency > threshold;
      if (isSlow) slow += n * (1 - ratio);
      // A request is affected once: failed, or served slowly.
      affected += n * (isSlow ? 1 : ratio);
    }
    if (xs.length === 0) impact.notes.push(`${req.name} has no samples inside the incident window`);
    else {
      impact.requestsTotal = fig(total, 'requests', `${req.name} (req/s) × seconds, summed over the window`);
      if (haveFailures) {
        const src = roles.errors ? `${roles.errors.name} ÷ ${req.name}` : roles.errorRatio!.name;
        impact.requestsFailed = fig(failed, 'requests', `Σ requests × error ratio (${src}) per sample`);
        impact.errorRate = fig(
          total > 0 ? failed / total : 0,
          'fraction',
          'failed requests ÷ all requests in the window',
        );
        impact.peakErrorRate = fig(peakRatio, 'fraction', `highest per-sample error ratio (${src})`);
      }
      if (threshold !== undefined && roles.latency)
        impact.requestsSlow = fig(
          slow,
          'requests',
          `requests served while ${roles.latency.name} was above ${Math.round(threshold)} ms, not counting failed ones (served while degraded: a percentile above the threshold does not make every one of them slow)`,
        );
      if (haveFailures || (threshold !== undefined && roles.latency)) {
        impact.shareAffected = fig(
          total > 0 ? affected / total : 0,
          'fraction',
          '(failed requests + requests served while latency was degraded) ÷ all requests in the window: an upper bound on those who noticed',
        );
      }
    }
  } else impact.notes.push('no request-rate series: requests failed and share affected need one (unit req/s)');

  if (options.ordersPerMinute !== undefined && impact.shareAffected) {
    const expected = options.ordersPerMinute * impact.durationMinutes;
    const lost = expected * impact.shareAffected.value;
    impact.lostOrders = fig(
      lost,
      'orders',
      `${options.ordersPerMinute} orders/min × ${round1(impact.durationMinutes)} min × ${round1(impact.shareAffected.value * 100)} % affected (assumes an affected visit does not order)`,
    );
    if (options.orderValue !== undefined) {
      const cur = options.currency ?? '';
      impact.lostRevenue = fig(
        lost * options.orderValue,
        cur || 'currency',
        `${round1(lost)} orders × ${options.orderValue}${cur ? ` ${cur}` : ''} average order value`,
      );
    }
  } else if (options.ordersPerMinute !== undefined)
    impact.notes.push(
      'an order rate was given but no share of traffic affected could be measured: no revenue estimate',
    );
  return impact;
}

const round1 = (x: number) => Math.round(x * 10) / 10;
