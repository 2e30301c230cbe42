import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../shared/import-report';
import { importText } from './start-import';

const fixtures = new URL('../../../shared/fixtures/prometheus/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, fixtures), 'utf8');

function imported(text: string, fileName = 'x.json'): ImportResult {
  const r = importText(text, { fileName, zone: 'UTC' });
  if (!('series' in r)) throw new Error(r.message);
  return r;
}

interface PromSeries {
  metric: Record<string, string>;
  values: [number, string][];
}

describe('Prometheus query_range / query JSON', () => {
  it('reads every series of a matrix with its labels, times in ms and values as numbers', () => {
    const text = read('range_simple.result.json');
    const expected = (JSON.parse(text) as { data: { result: PromSeries[] } }).data.result;
    const r = imported(text);
    expect(r.format).toBe('prometheus');
    expect(r.series).toHaveLength(expected.length);
    expected.forEach((e, i) => {
      const s = r.series[i]!;
      expect(s.labels).toEqual(e.metric);
      expect([...s.t]).toEqual(e.values.map(([t]) => Math.round(t * 1000)));
      expect([...s.v]).toEqual(e.values.map(([, v]) => Number(v)));
    });
    expect(r.series[0]!.name).toBe('prometheus_http_requests_total{code="200",handler="/api/v1/query_range",job="prometheus"}');
    expect(r.series[0]!.unit).toBe('count');
  });

  it('keeps "NaN" as gaps and "+Inf" as infinity', () => {
    expect([...imported(read('range_nan.result.json')).series[0]!.v].every(Number.isNaN)).toBe(true);
    expect([...imported(read('range_infinity.result.json')).series[0]!.v]).toEqual([Infinity, Infinity, Infinity]);
  });

  it('says how many steps a series is missing', () => {
    const r = imported(read('range_missing.result.json'));
    expect(r.series[0]!.t.length).toBe(3);
    expect(r.notes.join('\n')).toMatch(/2 missing steps of 1 s/);
  });

  it('reads the bare result arrays of the up-redhat captures, all nine targets', () => {
    const dir = new URL('up-redhat/', fixtures);
    for (const name of readdirSync(dir)) {
      const text = readFileSync(new URL(name, dir), 'utf8');
      const expected = JSON.parse(text) as PromSeries[];
      const r = imported(text);
      expect(r.format).toBe('prometheus');
      expect(r.rejectedCount).toBe(0);
      expect(r.series.map((s) => s.labels['instance'])).toEqual(expected.map((e) => e.metric['instance']));
      expect(r.series.map((s) => s.t.length)).toEqual(expected.map((e) => new Set(e.values.map(([t]) => t)).size));
      expect(r.series.map((s) => s.t[0])).toEqual(expected.map((e) => Math.round(Math.min(...e.values.map(([t]) => t)) * 1000)));
    }
  });

  it('reads an instant vector and a scalar', () => {
    const vector = { status: 'success', data: { resultType: 'vector', result: [{ metric: { __name__: 'up', job: 'api' }, value: [1700000000.5, '1'] }] } };
    const v = imported(JSON.stringify(vector));
    expect(v.series[0]).toMatchObject({ name: 'up{job="api"}', labels: { __name__: 'up', job: 'api' } });
    expect([...v.series[0]!.t]).toEqual([1700000000500]);
    const scalar = imported(JSON.stringify({ status: 'success', data: { resultType: 'scalar', result: [1700000000, '42'] } }));
    expect([...scalar.series[0]!.v]).toEqual([42]);
  });

  it('rejects an error response and a broken document with the line where it breaks', () => {
    const error = imported(JSON.stringify({ status: 'error', errorType: 'bad_data', error: 'parse error', data: { resultType: 'matrix', result: [] } }));
    expect(error.rejected[0]!.reason).toMatch(/bad_data parse error/);
    const text = read('range_simple.result.json');
    const cutAt = text.indexOf('"400"');
    const broken = imported(text.slice(0, cutAt) + '}}');
    expect(broken.rejectedCount).toBe(1);
    expect(broken.rejected[0]!.line).toBe(text.slice(0, cutAt).split('\n').length);
  });
});
