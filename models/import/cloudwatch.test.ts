import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../shared/import-report';
import { importText } from './start-import';

const dir = new URL('../../../shared/fixtures/cloudwatch/', import.meta.url);

function imported(text: string): ImportResult {
  const r = importText(text, { fileName: 'cw.json', zone: 'UTC' });
  if (!('series' in r)) throw new Error(r.message);
  return r;
}

describe('CloudWatch JSON', () => {
  it('puts the unsorted Datapoints of get-metric-statistics in time order, one series per statistic', () => {
    const text = readFileSync(new URL('get-metric-statistics.output1.json', dir), 'utf8');
    const points = (JSON.parse(text) as { Datapoints: { Timestamp: string; Maximum: number }[] }).Datapoints;
    const r = imported(text);
    expect(r.format).toBe('cloudwatch');
    const s = r.series[0]!;
    expect(s.name).toBe('CPUUtilization Maximum');
    expect(s.unit).toBe('%');
    const sorted = [...points].sort((a, b) => Date.parse(a.Timestamp) - Date.parse(b.Timestamp));
    expect([...s.t]).toEqual(sorted.map((p) => Date.parse(p.Timestamp)));
    expect([...s.v]).toEqual(sorted.map((p) => p.Maximum));
    expect(r.notes.join('\n')).toMatch(/sorted/);
  });

  it('reads get-metric-data results by label', () => {
    const text = readFileSync(new URL('get-metric-data.output1.json', dir), 'utf8');
    const r = imported(text);
    expect(r.series[0]).toMatchObject({ name: 'Avg Total IOPS', labels: { id: 'm3' } });
    expect([...r.series[0]!.t]).toEqual([Date.parse('2024-09-29T22:10:00+00:00')]);
    expect([...r.series[0]!.v]).toEqual([96.85]);
  });

  it('rejects a result whose arrays disagree in length, keeping the pairs it can', () => {
    const doc = { MetricDataResults: [{ Id: 'a', Label: 'p99', Timestamps: ['2024-01-01T00:01:00Z', '2024-01-01T00:00:00Z'], Values: [3], StatusCode: 'PartialData' }], NextToken: 'x' };
    const r = imported(JSON.stringify(doc));
    expect(r.rejectedCount).toBe(1);
    expect(r.series[0]!.t.length).toBe(1);
    expect(r.notes.join('\n')).toMatch(/NextToken/);
  });
});
