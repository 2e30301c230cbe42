import type { ImportFormat, Sniff } from './format';
import { isRecord, looksLikeJson, openJson } from './json-buffer';
import { FlatColumn, parseWithPairs } from './json-pairs';
import type { ResultBuilder } from './result-builder';
import { parseTimestamp } from './timestamp';

/** CloudWatch's unit names (StandardUnit) in our spelling. */
const UNITS: Record<string, string> = {
  Percent: '%',
  Seconds: 's',
  Milliseconds: 'ms',
  Microseconds: 'µs',
  Bytes: 'bytes',
  Kilobytes: 'KB',
  Megabytes: 'MB',
  Gigabytes: 'GB',
  Count: 'count',
  'Count/Second': '/s',
  'Bytes/Second': 'bytes/s',
  'Bits/Second': 'bit/s',
  None: '',
};

/** get-metric-data's bulk arrays, read typed; ISO times become epoch ms on the way. */
const FLAT = new Map<string, 'number' | 'time'>([
  ['Timestamps', 'time'],
  ['Values', 'number'],
]);

const STATISTICS = ['Average', 'Sum', 'Minimum', 'Maximum', 'SampleCount'] as const;

/** A CloudWatch timestamp: ISO 8601 from the CLI, epoch seconds from some SDKs. */
function cwTime(x: unknown): number {
  if (typeof x === 'number') return x < 1e11 ? x * 1000 : x;
  return typeof x === 'string' ? parseTimestamp(x) : Number.NaN;
}

function readMetricData(results: unknown[], out: ResultBuilder, doc: Record<string, unknown>): void {
  results.forEach((r, i) => {
    const record = i + 1;
    if (!isRecord(r)) return out.reject(record, `result ${record} is not an object`);
    const id = String(r['Id'] ?? `m${record}`);
    const name = String(r['Label'] ?? id);
    const rawTimes = r['Timestamps'];
    const rawValues = r['Values'];
    const times: ArrayLike<unknown> | null = rawTimes instanceof FlatColumn ? rawTimes.values : Array.isArray(rawTimes) ? rawTimes : null;
    const values: ArrayLike<unknown> | null = rawValues instanceof FlatColumn ? rawValues.values : Array.isArray(rawValues) ? rawValues : null;
    if (!times || !values) return out.reject(record, `${name}: no "Timestamps" and "Values" arrays`);
    if (times.length !== values.length) out.reject(record, `${name}: ${times.length} timestamps but ${values.length} values; the extra ones are left out`);
    const column = out.series(`${i}`, name, { id }, '');
    for (let k = 0; k < Math.min(times.length, values.length); k++) {
      const t = typeof times[k] === 'number' && rawTimes instanceof FlatColumn ? (times[k] as number) : cwTime(times[k]);
      if (Number.isNaN(t)) {
        out.reject(record, `${name}: timestamp ${JSON.stringify(times[k])?.slice(0, 40)} cannot be read`);
        continue;
      }
      column.push(t, typeof values[k] === 'number' ? (values[k] as number) : Number.NaN);
    }
    if (r['StatusCode'] === 'PartialData') out.notes.push(`${name}: CloudWatch returned partial data (more behind NextToken)`);
  });
  if (typeof doc['NextToken'] === 'string') out.notes.push('the response has a NextToken: this file is one page of a longer answer');
}

function readStatistics(points: unknown[], out: ResultBuilder, label: string): void {
  const seen = new Set<string>();
  points.forEach((p, i) => {
    const record = i + 1;
    if (!isRecord(p)) return out.reject(record, `datapoint ${record} is not an object`);
    const t = cwTime(p['Timestamp']);
    if (Number.isNaN(t)) return out.reject(record, `datapoint ${record}: timestamp ${JSON.stringify(p['Timestamp'])?.slice(0, 40)} cannot be read`);
    const unit = UNITS[String(p['Unit'] ?? 'None')] ?? String(p['Unit']);
    const stats: [string, unknown][] = STATISTICS.filter((s) => s in p).map((s) => [s, p[s]]);
    if (isRecord(p['ExtendedStatistics'])) for (const [k, v] of Object.entries(p['ExtendedStatistics'])) stats.push([k, v]);
    if (stats.length === 0) return out.reject(record, `datapoint ${record} carries no statistic`);
    for (const [stat, v] of stats) {
      seen.add(stat);
      out.series(stat, `${label} ${stat}`, { statistic: stat }, stat === 'SampleCount' ? 'count' : unit).push(t, typeof v === 'number' ? v : Number.NaN);
    }
  });
  if (seen.size > 0) out.notes.push(`statistics: ${[...seen].join(', ')}`);
}

/** AWS CloudWatch `get-metric-data` (`MetricDataResults`) and `get-metric-statistics` (`Datapoints`, in no particular order) JSON. */
export const cloudwatchJson: ImportFormat = {
  name: 'cloudwatch',
  label: 'AWS CloudWatch get-metric-data / get-metric-statistics JSON',
  kind: 'metrics',
  sniff(head): Sniff {
    if (!looksLikeJson(head)) return { ok: false, reason: 'not JSON' };
    if (/"MetricDataResults"\s*:/.test(head) || /"Datapoints"\s*:/.test(head)) return { ok: true, confidence: 0.9 };
    return { ok: false, reason: 'no "MetricDataResults" or "Datapoints"' };
  },
  open: (options) =>
    openJson('cloudwatch', 'metrics', options, (doc, out) => {
      if (!isRecord(doc)) return out.reject(1, 'not a CloudWatch response object');
      if (Array.isArray(doc['MetricDataResults'])) return readMetricData(doc['MetricDataResults'], out, doc);
      if (Array.isArray(doc['Datapoints'])) return readStatistics(doc['Datapoints'], out, String(doc['Label'] ?? 'metric'));
      out.reject(1, 'neither a "MetricDataResults" nor a "Datapoints" array');
    }, (text) => parseWithPairs(text, new Set(), 1, FLAT)),
};
