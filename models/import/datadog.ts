import type { ImportFormat, Sniff } from './format';
import { isRecord, looksLikeJson, openJson } from './json-buffer';
import { PairColumn, parseWithPairs } from './json-pairs';
import { unitFromName } from './units';

const POINTLIST = new Set(['pointlist']);

/** Datadog's tag strings (`host:web-1`, `env:prod`) as labels; a bare tag keeps an empty value. */
function tagLabels(tags: unknown): Record<string, string> {
  const labels: Record<string, string> = {};
  if (!Array.isArray(tags)) return labels;
  for (const tag of tags) {
    const s = String(tag);
    const at = s.indexOf(':');
    if (at < 0) labels[s] = '';
    else labels[s.slice(0, at)] = s.slice(at + 1);
  }
  return labels;
}

function unitOf(unit: unknown, metric: string): string {
  const first = Array.isArray(unit) ? unit[0] : null;
  if (isRecord(first)) return String(first['short_name'] ?? first['name'] ?? '');
  return unitFromName(metric);
}

/** Datadog timeseries query JSON (`/api/v1/query`): `series[].pointlist` of `[epoch ms, value]`, with scope, tags and unit. */
export const datadogJson: ImportFormat = {
  name: 'datadog',
  label: 'Datadog timeseries query JSON',
  kind: 'metrics',
  sniff(head): Sniff {
    if (!looksLikeJson(head)) return { ok: false, reason: 'not JSON' };
    if (/"pointlist"\s*:/.test(head) || (/"series"\s*:/.test(head) && /"res_type"\s*:\s*"time_series"/.test(head))) return { ok: true, confidence: 0.9 };
    return { ok: false, reason: 'no "series" with "pointlist"' };
  },
  open: (options) =>
    openJson('datadog', 'metrics', options, (doc, out) => {
      if (!isRecord(doc)) return out.reject(1, 'not a Datadog response object');
      if (doc['status'] === 'error') return out.reject(1, `Datadog answered with an error: ${String(doc['error'] ?? '')}`);
      const series = doc['series'];
      if (!Array.isArray(series)) return out.reject(1, 'no "series" array');
      series.forEach((s, i) => {
        const record = i + 1;
        if (!isRecord(s)) return out.reject(record, `series ${record} is not an object`);
        const metric = String(s['metric'] ?? s['display_name'] ?? `series ${record}`);
        const labels = tagLabels(s['tag_set']);
        const scope = typeof s['scope'] === 'string' ? s['scope'] : '*';
        if (scope !== '*') for (const [k, v] of Object.entries(tagLabels(scope.split(',')))) labels[k] = v;
        const name = scope === '*' ? String(s['display_name'] ?? metric) : `${String(s['display_name'] ?? metric)}{${scope}}`;
        const points = s['pointlist'];
        if (points instanceof PairColumn) {
          out.adopt(`${i}`, name, labels, unitOf(s['unit'], metric), points.column);
          if (typeof s['interval'] === 'number') out.notes.push(`${name}: rolled up to ${s['interval']} s intervals by Datadog`);
          return;
        }
        const column = out.series(`${i}`, name, labels, unitOf(s['unit'], metric));
        if (!Array.isArray(points)) return out.reject(record, `${name}: no "pointlist"`);
        for (const p of points) {
          if (!Array.isArray(p) || typeof p[0] !== 'number' || !Number.isFinite(p[0])) {
            out.reject(record, `${name}: point ${JSON.stringify(p)?.slice(0, 40)} is not [ms, value]`);
            continue;
          }
          column.push(p[0], typeof p[1] === 'number' ? p[1] : Number.NaN);
        }
        if (typeof s['interval'] === 'number') out.notes.push(`${name}: rolled up to ${s['interval']} s intervals by Datadog`);
      });
    }, (text) => parseWithPairs(text, POINTLIST, 1)),
};
