import { describe, expect, it } from 'vitest';
import type { IncidentEvent } from '../../shared/events';
import { assembleIncidents } from './assemble';
import { addEvent, correct, editEvent, mergeInto, removeEvent, renameIncident, setMilestone } from './corrections';

const t0 = Date.UTC(2024, 5, 1, 12);
const events: IncidentEvent[] = [
  { id: 'a', t: t0, source: 'log', kind: 'alert', message: 'errors up' },
  { id: 'b', t: t0 + 30 * 60_000, source: 'log', kind: 'resolution', message: 'resolved' },
];

describe('facilitator corrections', () => {
  it('builds up one correction per incident that assembly applies', () => {
    const [inc] = assembleIncidents(events);
    let list = correct([], inc!.id, renameIncident('Checkout errors'));
    list = correct(list, inc!.id, editEvent({ eventId: 'a', t: t0 - 10 * 60_000 }));
    list = correct(list, inc!.id, editEvent({ eventId: 'a', kind: 'customer-report' }));
    list = correct(
      list,
      inc!.id,
      addEvent({ id: 'x', t: t0 + 5 * 60_000, source: 'facilitator', kind: 'mitigation', message: 'failed over' }),
    );
    expect(list).toHaveLength(1);
    expect(list[0]!.edited).toEqual([{ eventId: 'a', t: t0 - 10 * 60_000, kind: 'customer-report' }]);
    const [after] = assembleIncidents(events, list);
    expect(after!.title).toBe('Checkout errors');
    // Started at the moved report (11:50): mitigated 15 min later, resolved 40 min later.
    expect(after!.durations).toEqual({ ttdMinutes: 0, ttaMinutes: null, ttmMinutes: 15, ttrMinutes: 40 });
  });

  it('merges an incident into another the facilitator names, and splits it again', () => {
    const two: IncidentEvent[] = [
      { id: 'p1', t: t0, source: 'pagerduty', kind: 'alert', message: 'checkout 5xx', incidentId: 'PD1' },
      {
        id: 'p2',
        t: t0 + 50 * 60_000,
        source: 'pagerduty',
        kind: 'resolution',
        message: 'resolved',
        incidentId: 'PD1',
      },
      {
        id: 's1',
        t: t0 + 10 * 60_000,
        source: 'statuspage',
        kind: 'acknowledgement',
        message: 'investigating',
        incidentId: 'sp9',
      },
    ];
    expect(assembleIncidents(two)).toHaveLength(2);
    const list = correct([], 'sp9', mergeInto('PD1'));
    const [merged, ...rest] = assembleIncidents(two, list);
    expect(rest).toEqual([]);
    expect(merged!.id).toBe('PD1');
    expect(merged!.grouping).toEqual({ by: 'id', ids: ['PD1', 'sp9'] });
    // Acknowledged by the status page's "investigating" 10 min after the PagerDuty trigger.
    expect(merged!.durations.ttaMinutes).toBe(10);
    expect(assembleIncidents(two, correct(list, 'sp9', mergeInto(undefined)))).toHaveLength(2);
  });

  it('removes events and sets or hands back milestones', () => {
    const [inc] = assembleIncidents(events);
    let list = correct([], inc!.id, removeEvent('b'));
    list = correct(list, inc!.id, setMilestone('resolved', t0 + 60 * 60_000));
    expect(assembleIncidents(events, list)[0]!.durations.ttrMinutes).toBe(60);
    list = correct(list, inc!.id, setMilestone('resolved', undefined));
    expect(assembleIncidents(events, list)[0]!.durations.ttrMinutes).toBeNull();
  });
});
