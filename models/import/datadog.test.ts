import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../shared/import-report';
import { importText } from './start-import';

const fixture = new URL('../../../shared/fixtures/datadog/query-timeseries-system-cpu-idle.json', import.meta.url);

function imported(text: string): ImportResult {
  const r = importText(text, { fileName: 'dd.json', zone: 'UTC' });
  if (!('series' in r)) throw new Error(r.message);
  return r;
}

describe('Datadog timeseries query JSON', () => {
  it('reads series[].pointlist with its unit', () => {
    const text = readFileSync(fixture, 'utf8');
    const doc = JSON.parse(text) as { series: { pointlist: [number, number][]; length: number; start: number; end: number }[] };
    const r = imported(text);
    expect(r.format).toBe('datadog');
    expect(r.series).toHaveLength(1);
    const s = r.series[0]!;
    expect(s.name).toBe('system.cpu.idle');
    expect(s.unit).toBe('%');
    expect(s.t.length).toBe(doc.series[0]!.length);
    expect(s.t[0]).toBe(doc.series[0]!.start);
    expect(s.t[s.t.length - 1]).toBe(doc.series[0]!.pointlist.at(-1)![0]);
    expect(s.v[1]).toBe(doc.series[0]!.pointlist[1]![1]);
  });

  it('turns scope and tags into labels and null points into gaps', () => {
    const doc = { status: 'ok', res_type: 'time_series', series: [{ metric: 'trace.http.request.hits', display_name: 'hits', scope: 'env:prod,service:shop', tag_set: ['env:prod', 'service:shop'], pointlist: [[1700000000000, 5], [1700000060000, null]] }] };
    const s = imported(JSON.stringify(doc)).series[0]!;
    expect(s.labels).toEqual({ env: 'prod', service: 'shop' });
    expect(s.name).toBe('hits{env:prod,service:shop}');
    expect(Number.isNaN(s.v[1]!)).toBe(true);
  });
});
