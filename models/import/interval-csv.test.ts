import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../shared/import-report';
import { importText } from './start-import';

const fixture = new URL('../../../shared/fixtures/grafana-csv/table-events-cjk.csv', import.meta.url);

function imported(text: string, zone = 'UTC'): ImportResult {
  const r = importText(text, { fileName: 't.csv', zone });
  if (!('series' in r)) throw new Error(r.message);
  return r;
}

describe('a table of intervals (Grafana table panel export)', () => {
  it('reads each fault row as an incident with a start and a resolution event', () => {
    const text = readFileSync(fixture, 'utf8');
    const rows = text.replace(/^\uFEFF/, '').trim().split('\r\n').slice(1).map((l) => l.split('";"').map((c) => c.replaceAll('"', '')));
    const r = imported(text);
    expect(r.format).toBe('interval-csv');
    expect(r.kind).toBe('events');
    expect(r.series).toEqual([]);
    expect(r.rejectedCount).toBe(0);
    expect(r.events).toHaveLength(rows.length * 2);
    const starts = rows.map((c) => Date.parse(c[3]!.replace(' ', 'T') + 'Z'));
    const ends = rows.map((c) => Date.parse(c[4]!.replace(' ', 'T') + 'Z'));
    expect(r.events[0]!.t).toBe(Math.min(...starts));
    expect(r.events.at(-1)!.t).toBe(Math.max(...ends));
    const first = r.events.find((e) => e.kind === 'start' && e.t === starts[0])!;
    expect(first.message).toContain('绿灯常亮');
    expect(first.message).toContain('1292275');
    expect(r.events.filter((e) => e.incidentId === first.incidentId).map((e) => e.kind)).toEqual(['start', 'resolution']);
  });

  it('checks the duration column against end − start, and reads zone-less times in the chosen zone', () => {
    const text = 'host,started,ended,duration (s)\nweb-1,2026-11-27 10:00:00,2026-11-27 10:05:00,300\nweb-2,2026-11-27 11:00:00,2026-11-27 11:01:00,"1,026"\nweb-3,2026-11-27 12:00:00,2026-11-27 11:00:00,0\n';
    const r = imported(text, 'Asia/Shanghai');
    expect(r.events[0]!.t).toBe(Date.UTC(2026, 10, 27, 2));
    expect(r.notes.join('\n')).toMatch(/1 rows give a duration that differs/);
    expect(r.rejected).toEqual([{ line: 4, reason: 'ended is before started' }]);
  });

  it('leaves a table of periods with a measurement to the metric reader', () => {
    const text = 'period start,period end,cost\n2026-11-01 00:00:00,2026-11-02 00:00:00,12.5\n2026-11-02 00:00:00,2026-11-03 00:00:00,13\n';
    expect(imported(text).format).toBe('csv');
  });
});
