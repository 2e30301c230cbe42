import type { ImportFormat, Sniff } from './format';
import { isRecord, looksLikeJson, openJson } from './json-buffer';
import { PairColumn, parseWithPairs, sampleString } from './json-pairs';
import type { ResultBuilder } from './result-builder';
import { missingSteps } from './sample-gaps';
import { unitFromName } from './units';

const VALUES = new Set(['values']);

/** `http_requests_total{code="200",job="api"}`: how Prometheus itself prints a series. */
export function promSeriesName(labels: Record<string, string>): string {
  const name = labels['__name__'] ?? '';
  const rest = Object.entries(labels)
    .filter(([k]) => k !== '__name__')
    .map(([k, v]) => `${k}="${v}"`);
  if (rest.length === 0) return name || '{}';
  return `${name}{${rest.join(',')}}`;
}

/** A sample value as Prometheus writes it: a string, with "NaN", "+Inf" and "-Inf" spelled out. */
function sampleValue(x: unknown): number {
  if (typeof x === 'number') return x;
  return typeof x === 'string' ? sampleString(x) : Number.NaN;
}

function sampleOk(pair: unknown): pair is [number, unknown] {
  return Array.isArray(pair) && pair.length === 2 && typeof pair[0] === 'number' && Number.isFinite(pair[0]);
}

function readResult(result: unknown[], resultType: string, out: ResultBuilder): void {
  let nanCount = 0;
  let infCount = 0;
  const gapNotes: string[] = [];
  result.forEach((item, i) => {
    const record = i + 1;
    if (!isRecord(item)) return out.reject(record, `result ${record} is not an object`);
    const labels: Record<string, string> = {};
    if (isRecord(item['metric'])) for (const [k, v] of Object.entries(item['metric'])) labels[k] = String(v);
    const name = promSeriesName(labels);
    const fast = item['values'];
    if (fast instanceof PairColumn) {
      out.adopt(`${i}`, name, labels, unitFromName(labels['__name__'] ?? ''), fast.column);
      nanCount += fast.nan;
      infCount += fast.inf;
      const gaps = missingSteps(fast.column.view().t);
      if (gaps.missing > 0) gapNotes.push(`${name}: ${gaps.missing} missing step${gaps.missing === 1 ? '' : 's'} of ${gaps.stepMs / 1000} s`);
      return;
    }
    const samples = Array.isArray(item['values']) ? item['values'] : item['value'] !== undefined ? [item['value']] : null;
    if (!samples) return out.reject(record, `${name}: neither "values" nor "value"`);
    const column = out.series(`${i}`, name, labels, unitFromName(labels['__name__'] ?? ''));
    const times: number[] = [];
    for (const pair of samples) {
      if (!sampleOk(pair)) {
        out.reject(record, `${name}: sample ${JSON.stringify(pair)?.slice(0, 40)} is not [time, "value"]`);
        continue;
      }
      const v = sampleValue(pair[1]);
      if (Number.isNaN(v)) nanCount++;
      else if (!Number.isFinite(v)) infCount++;
      // Prometheus times are Unix seconds with millisecond decimals; round away the float error.
      const t = Math.round(pair[0] * 1000);
      column.push(t, v);
      times.push(t);
    }
    if (resultType === 'matrix' && times.length >= 3) {
      const gaps = missingSteps(Float64Array.from(times));
      if (gaps.missing > 0) gapNotes.push(`${name}: ${gaps.missing} missing step${gaps.missing === 1 ? '' : 's'} of ${gaps.stepMs / 1000} s`);
    }
  });
  out.notes.push(`Prometheus ${resultType || 'result'} with ${result.length} series`);
  if (nanCount > 0) out.notes.push(`${nanCount} NaN samples kept as gaps`);
  if (infCount > 0) out.notes.push(`${infCount} infinite samples (+Inf/-Inf) kept; they are left out of min, max and mean`);
  out.notes.push(...gapNotes.slice(0, 10));
}

/**
 * Prometheus HTTP API responses: `query_range` (matrix) and `query` (vector, scalar), with the
 * `{status, data: {resultType, result}}` envelope or as the bare `result` array that client libraries save.
 */
export const prometheusJson: ImportFormat = {
  name: 'prometheus',
  label: 'Prometheus query / query_range JSON',
  kind: 'metrics',
  sniff(head): Sniff {
    if (!looksLikeJson(head)) return { ok: false, reason: 'not JSON' };
    if (/"resultType"\s*:/.test(head) && /"result"\s*:/.test(head)) return { ok: true, confidence: 0.9 };
    if (/^\s*\[\s*\{\s*"metric"\s*:/.test(head.replace(/^\uFEFF/, '')) && /"values?"\s*:/.test(head)) return { ok: true, confidence: 0.8 };
    return { ok: false, reason: 'no "resultType"/"result", nor a bare array of {"metric", "values"}' };
  },
  open: (options) =>
    openJson('prometheus', 'metrics', options, (doc, out) => {
      if (Array.isArray(doc)) {
        const values = (doc[0] as Record<string, unknown> | undefined)?.['values'];
        return readResult(doc, Array.isArray(values) || values instanceof PairColumn ? 'matrix' : 'vector', out);
      }
      if (!isRecord(doc)) return out.reject(1, 'not a Prometheus response object');
      if (doc['status'] === 'error') return out.reject(1, `Prometheus answered with an error: ${String(doc['errorType'] ?? '')} ${String(doc['error'] ?? '')}`.trim());
      const data = isRecord(doc['data']) ? doc['data'] : doc;
      const type = String(data['resultType'] ?? '');
      const result = data['result'];
      if (type === 'scalar' && Array.isArray(result)) return readResult([{ metric: {}, value: result }], type, out);
      if (type === 'string') return out.reject(1, 'a string result holds no samples');
      if (!Array.isArray(result)) return out.reject(1, 'no "result" array');
      readResult(result, type, out);
    }, (text) => parseWithPairs(text, VALUES, 1000)),
};
