import type { Series } from '../../shared/series';

/** The series an impact estimate reads: traffic, failed requests or an error ratio, and latency. */
export interface MetricRoles {
  requests?: Series;
  errors?: Series;
  errorRatio?: Series;
  latency?: Series;
  reasons: string[];
}

const ERROR_NAME = /(error|errors|5xx|fail|failed|failure|exception)/i;
const LATENCY_NAME = /(latency|duration|response[_ ]?time|p9[059]|p50|page[_ ]?load|load[_ ]?time|ttfb)/i;
const REQUEST_NAME = /(request|requests|rps|traffic|throughput|hits|calls|qps)/i;
// Per-second rates only: a raw counter (unit count, `_total`) must be turned into a rate at import before it can be summed.
const RATE_UNITS = new Set(['req/s', 'rps', '/s', 'ops/s']);

const describe = (s: Series) =>
  `${s.name}${
    Object.keys(s.labels).length
      ? `{${Object.entries(s.labels)
          .map(([k, v]) => `${k}="${v}"`)
          .join(',')}}`
      : ''
  } [${s.unit || 'no unit'}]`;

/** Pick each role by unit first and name second; the first series that fits a role takes it, and the reasons say which. */
export function pickMetricRoles(series: readonly Series[]): MetricRoles {
  const roles: MetricRoles = { reasons: [] };
  for (const s of series) {
    const unit = s.unit.toLowerCase();
    const name = `${s.name} ${Object.values(s.labels).join(' ')}`;
    if (!roles.latency && (unit === 'ms' || unit === 's') && (LATENCY_NAME.test(name) || !ERROR_NAME.test(name))) {
      roles.latency = s;
      roles.reasons.push(`latency: ${describe(s)} (a time unit)`);
    } else if (
      !roles.errorRatio &&
      (unit === '%' || unit === 'ratio' || unit === 'fraction') &&
      ERROR_NAME.test(name)
    ) {
      roles.errorRatio = s;
      roles.reasons.push(`error ratio: ${describe(s)} (a share named like errors)`);
    } else if (!roles.errors && RATE_UNITS.has(unit) && ERROR_NAME.test(name)) {
      roles.errors = s;
      roles.reasons.push(`failed requests: ${describe(s)} (a rate named like errors)`);
    } else if (!roles.requests && RATE_UNITS.has(unit) && (REQUEST_NAME.test(name) || !ERROR_NAME.test(name))) {
      roles.requests = s;
      roles.reasons.push(`requests: ${describe(s)} (a rate not named like errors)`);
    }
  }
  return roles;
}
