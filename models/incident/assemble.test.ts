import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { IncidentEvent } from '../../shared/events';
import type { ImportResult } from '../../shared/import-report';
import { importText } from '../import/start-import';
import { assembleIncidents } from './assemble';

const fixtures = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/fixtures');
const MIN = 60_000;

function events(path: string): IncidentEvent[] {
  const r = importText(readFileSync(resolve(fixtures, path), 'utf8'), {
    fileName: resolve(fixtures, path),
    zone: 'UTC',
  }) as ImportResult | { ok: false; message: string };
  if ('ok' in r) throw new Error(r.message);
  return r.events;
}

describe('the seed case: the sale-day outage of 2023-05-22', () => {
  const [incident, ...rest] = assembleIncidents(events('seed-002/timeline.csv'));

  it('is one incident of 4 h 30 min, 11:00 to 15:30 at +01:00', () => {
    expect(rest).toHaveLength(0);
    expect(incident!.start).toBe(Date.UTC(2023, 4, 22, 10, 0));
    expect(incident!.end).toBe(Date.UTC(2023, 4, 22, 14, 30));
    expect(incident!.end - incident!.start).toBe((4 * 60 + 30) * MIN);
    expect(incident!.durations.ttrMinutes).toBe(270);
  });

  it('is detected by the first customer report, 15 minutes after the start; the monitoring alert comes 15 minutes after that report', () => {
    const m = incident!.milestones;
    expect(m.detected!.t).toBe(Date.UTC(2023, 4, 22, 10, 15));
    expect(m.detected!.reason).toMatch(/customer-report/);
    // CLI.md: ttd = detected − started = 11:15 − 11:00.
    expect(incident!.durations.ttdMinutes).toBe(15);
    const firstAlert = incident!.events.find((e) => e.kind === 'alert')!;
    expect((firstAlert.t - m.detected!.t) / MIN).toBe(15);
  });

  it('is acknowledged at the 12:00 escalation, mitigated at 13:45 and resolved at 15:30', () => {
    const m = incident!.milestones;
    expect(m.acknowledged!.t).toBe(Date.UTC(2023, 4, 22, 11, 0));
    expect(m.escalated!.t).toBe(Date.UTC(2023, 4, 22, 11, 0));
    expect(m.mitigated!.t).toBe(Date.UTC(2023, 4, 22, 12, 45));
    expect(m.resolved!.t).toBe(Date.UTC(2023, 4, 22, 14, 30));
    // 12:00 − 11:00 = 60; 13:45 − 11:00 = 165.
    expect(incident!.durations).toEqual({ ttdMinutes: 15, ttaMinutes: 60, ttmMinutes: 165, ttrMinutes: 270 });
  });

  it('merges the same log imported twice instead of doubling it', () => {
    const twice = assembleIncidents([
      ...events('seed-002/timeline.csv'),
      ...events('seed-002/timeline.csv').map((e) => ({ ...e, id: `${e.id}-copy`, source: 'copy' })),
    ]);
    expect(twice).toHaveLength(1);
    expect(twice[0]!.events).toHaveLength(10);
    expect(twice[0]!.events[0]!.duplicateSources).toEqual(['copy']);
    expect(twice[0]!.notes.join(' ')).toMatch(/10 duplicate events/);
  });
});

describe('Statuspage incidents as timelines', () => {
  const dir = resolve(fixtures, 'statuspage/github');
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

  it('give every modern incident a TTR equal to resolved_at − started_at', () => {
    let checked = 0;
    for (const f of files) {
      const doc = JSON.parse(readFileSync(resolve(dir, f), 'utf8')) as {
        incident: { started_at: string; resolved_at: string; incident_updates: { body: string }[] };
      };
      if (doc.incident.incident_updates.some((u) => u.body.includes('<strong>'))) continue;
      const [inc, ...others] = assembleIncidents(events(`statuspage/github/${f}`));
      expect(others, f).toHaveLength(0);
      const expected = (Date.parse(doc.incident.resolved_at) - Date.parse(doc.incident.started_at)) / MIN;
      expect(inc!.durations.ttrMinutes, f).toBeCloseTo(expected, 9);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(20);
  });

  it('time a legacy incident by the dated entries of its update', () => {
    const [inc] = assembleIncidents(events('statuspage/github/27rxgp08l5bq.json'));
    // 2010-06-10 22:50 → 2010-06-11 03:48 is 4 h 58 min.
    expect(inc!.durations.ttrMinutes).toBe(298);
    expect(inc!.title).toBe('Incident on 2010-06-10 22:50:00 UTC');
  });

  it('time the incident with identified and monitoring updates: TTA, TTM, TTR from its own timestamps', () => {
    const [inc] = assembleIncidents(events('statuspage/github/lc8s9rtyjmgq.json'));
    const start = Date.parse('2021-08-10T20:09:03.894Z');
    expect(inc!.durations.ttmMinutes).toBeCloseTo((Date.parse('2021-08-10T22:37:02.850Z') - start) / MIN, 9);
    expect(inc!.durations.ttrMinutes).toBeCloseTo((Date.parse('2021-08-10T23:10:51.289Z') - start) / MIN, 9);
    expect(inc!.milestones.detected).toBeUndefined();
    expect(inc!.notes).toContain('no alert, page or customer report: detection unknown');
  });
});

describe('merging many files', () => {
  const ev = (
    id: string,
    hhmm: string,
    kind: IncidentEvent['kind'],
    message: string,
    extra: Partial<IncidentEvent> = {},
  ): IncidentEvent => ({
    id,
    t: Date.parse(`2024-03-01T${hhmm}:00Z`),
    source: 'test',
    kind,
    message,
    ...extra,
  });

  it('puts events with the same incident id together and attaches loose chat to the nearest incident', () => {
    const incs = assembleIncidents([
      ev('a', '10:00', 'alert', 'p95 high', { incidentId: 'PD1' }),
      ev('b', '10:40', 'resolution', 'resolved', { incidentId: 'PD1' }),
      ev('c', '10:05', 'acknowledgement', 'looking into it'),
      ev('d', '18:00', 'alert', 'disk full'),
    ]);
    expect(incs.map((i) => [i.id, i.events.map((e) => e.id)])).toEqual([
      ['PD1', ['a', 'c', 'b']],
      ['INC-20240301-1800', ['d']],
    ]);
    expect(incs[0]!.durations.ttaMinutes).toBe(5);
  });

  it('starts a new incident for a new alert after a resolution, and keeps other services apart', () => {
    const incs = assembleIncidents([
      ev('a', '10:00', 'alert', 'checkout errors', { service: 'checkout' }),
      ev('b', '10:30', 'resolution', 'checkout fine', { service: 'checkout' }),
      ev('c', '11:00', 'alert', 'checkout errors again', { service: 'checkout' }),
      ev('d', '10:10', 'alert', 'search slow', { service: 'search' }),
    ]);
    expect(incs.map((i) => i.events.map((e) => e.id))).toEqual([['a', 'b'], ['d'], ['c']]);
  });

  it('applies the facilitator corrections: remove, move, reclassify, add, and set a milestone', () => {
    const base = [
      ev('a', '10:00', 'note', 'checkout p95 over 2 s'),
      ev('b', '10:20', 'note', 'rolled back'),
      ev('c', '11:00', 'resolution', 'ok'),
    ];
    const [before] = assembleIncidents(base);
    const [after] = assembleIncidents(base, [
      {
        incidentId: before!.id,
        title: 'Checkout latency',
        removed: ['c'],
        edited: [
          { eventId: 'a', kind: 'alert' },
          { eventId: 'b', t: Date.parse('2024-03-01T10:25:00Z'), kind: 'mitigation' },
        ],
        added: [ev('x', '10:50', 'resolution', 'all good')],
        milestones: { started: Date.parse('2024-03-01T09:50:00Z') },
      },
    ]);
    expect(after!.title).toBe('Checkout latency');
    expect(after!.events.map((e) => [e.id, e.kind, e.edited])).toEqual([
      ['a', 'alert', true],
      ['b', 'mitigation', true],
      ['x', 'resolution', true],
    ]);
    expect(after!.events[0]!.rule).toBe('set by the facilitator');
    // started 09:50 by hand: ttd 10, ttm 35, ttr 60.
    expect(after!.durations).toEqual({ ttdMinutes: 10, ttaMinutes: null, ttmMinutes: 35, ttrMinutes: 60 });
  });
});
