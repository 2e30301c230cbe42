import type { EventKind } from '../../shared/events';
import type { IncidentDurations, Milestone, MilestoneName, TimelineEvent } from '../../shared/incident';

type Milestones = Partial<Record<MilestoneName, Milestone>>;

const DETECTION: ReadonlySet<EventKind> = new Set(['alert', 'page', 'customer-report']);
const ACKNOWLEDGEMENT: ReadonlySet<EventKind> = new Set(['acknowledgement', 'escalation']);

const at = (name: MilestoneName, e: TimelineEvent, reason: string): Milestone => ({
  name,
  t: e.t,
  eventId: e.id,
  reason,
});

/**
 * Milestones as ../shared/CLI.md defines them (after FireHydrant's published set). `events` must be in time order.
 * started: the first explicit start, else the first event; detected: the first alert, page or customer report;
 * acknowledged: the first acknowledgement, escalation or start of investigation; escalated: the first escalation;
 * resolved: the last resolution (a reopened incident resolves at its final one); mitigated: the first mitigation, else the resolution.
 */
export function findMilestones(events: readonly TimelineEvent[]): Milestones {
  const m: Milestones = {};
  if (events.length === 0) return m;
  const first = (kinds: ReadonlySet<EventKind>) => events.find((e) => kinds.has(e.kind));
  const start = events.find((e) => e.kind === 'start');
  m.started = start
    ? at('started', start, `explicit start (${start.rule ?? 'kind start'})`)
    : at('started', events[0]!, 'first event (no explicit start)');
  const detected = first(DETECTION);
  if (detected) m.detected = at('detected', detected, `first alert, page or customer report: ${detected.kind}`);
  const acked = first(ACKNOWLEDGEMENT);
  if (acked) m.acknowledged = at('acknowledged', acked, `first acknowledgement or escalation: ${acked.kind}`);
  const escalated = events.find((e) => e.kind === 'escalation');
  if (escalated) m.escalated = at('escalated', escalated, 'first escalation');
  const resolved = [...events].reverse().find((e) => e.kind === 'resolution');
  if (resolved) m.resolved = at('resolved', resolved, 'last resolution');
  const mitigated = events.find((e) => e.kind === 'mitigation');
  if (mitigated) m.mitigated = at('mitigated', mitigated, 'first mitigation');
  else if (resolved) m.mitigated = at('mitigated', resolved, 'no mitigation recorded: the resolution');
  return m;
}

/** TTD, TTA, TTM, TTR in minutes, all from `started` (FireHydrant's definitions, as ../shared/CLI.md fixes them). */
export function incidentDurations(m: Milestones): IncidentDurations {
  const from = (name: MilestoneName) => (m.started && m[name] ? (m[name].t - m.started.t) / 60_000 : null);
  return {
    ttdMinutes: from('detected'),
    ttaMinutes: from('acknowledged'),
    ttmMinutes: from('mitigated'),
    ttrMinutes: from('resolved'),
  };
}

/** Orderings a facilitator should look at: they usually mean a wrong clock or a misread kind. */
export function milestoneRemarks(m: Milestones): string[] {
  const out: string[] = [];
  const started = m.started?.t;
  if (started === undefined) return out;
  for (const name of ['detected', 'acknowledged', 'mitigated', 'resolved'] as const) {
    const x = m[name];
    if (x && x.t < started)
      out.push(
        `${name} comes ${Math.round((started - x.t) / 60_000)} min before the start: check the start time or the clocks`,
      );
  }
  if (m.acknowledged && m.detected && m.acknowledged.t < m.detected.t)
    out.push('acknowledged before detected: a responder was already looking before the first signal');
  for (const name of ['detected', 'acknowledged', 'escalated'] as const) {
    const x = m[name];
    if (x && m.resolved && x.t > m.resolved.t)
      out.push(`${name} comes after the resolution: the export may mix a reopened incident with the first one`);
  }
  if (!m.detected) out.push('no alert, page or customer report: detection unknown');
  if (!m.resolved) out.push('no resolution event: the incident is open, or its end was not logged');
  return out;
}
