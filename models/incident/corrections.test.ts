import { describe, expect, it } from 'vitest';
import type { IncidentEvent } from '../../shared/events';
import { assembleIncidents } from './assemble';
import { addEvent, correct, editEvent, removeEvent, renameIncident, setMilestone } from './corrections';

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

  it('removes events and sets or hands back milestones', () => {
    const [inc] = assembleIncidents(events);
    let list = correct([], inc!.id, removeEvent('b'));
    list = correct(list, inc!.id, setMilestone('resolved', t0 + 60 * 60_000));
    expect(assembleIncidents(events, list)[0]!.durations.ttrMinutes).toBe(60);
    list = correct(list, inc!.id, setMilestone('resolved', undefined));
    expect(assembleIncidents(events, list)[0]!.durations.ttrMinutes).toBeNull();
  });
});
