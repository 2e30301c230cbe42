import type { IncidentEvent } from '../../shared/events';
import {
  MILESTONE_NAMES,
  type Incident,
  type IncidentCorrection,
  type Milestone,
  type MilestoneName,
  type TimelineEvent,
} from '../../shared/incident';
import { dedupeEvents } from './dedupe';
import { DEFAULT_GROUPING, groupEvents, type EventGroup, type GroupOptions } from './group';
import { findMilestones, incidentDurations, milestoneRemarks } from './milestones';
import { eventSignature } from './signature';

/**
 * Events from any number of files → incidents: de-duplicate by content, group by id or proximity, apply the
 * facilitator's corrections, then find milestones and durations. Pure; the same inputs give the same incidents.
 */
export function assembleIncidents(
  events: readonly IncidentEvent[],
  corrections: readonly IncidentCorrection[] = [],
  options: GroupOptions = DEFAULT_GROUPING,
): Incident[] {
  const { events: unique, merged } = dedupeEvents(events);
  const byIncident = new Map(corrections.map((c) => [c.incidentId, c]));
  const incidents = mergeGroups(groupEvents(unique, options), byIncident).map((g) =>
    buildIncident(g, correctionFor(g, byIncident)),
  );
  if (merged > 0 && incidents.length > 0) {
    const note = `${merged} duplicate events (same time and text) merged across files`;
    for (const inc of incidents) if (inc.events.some((e) => e.duplicateSources.length > 0)) inc.notes.push(note);
  }
  return incidents.sort((a, b) => a.start - b.start);
}

/** The target's correction, with the event edits made on the incidents merged into it, so merging loses no correction. */
function correctionFor(
  g: EventGroup,
  corrections: ReadonlyMap<string, IncidentCorrection>,
): IncidentCorrection | undefined {
  const own = corrections.get(g.key);
  const others =
    g.grouping.by === 'id'
      ? g.grouping.ids.filter((id) => id !== g.key).flatMap((id) => corrections.get(id) ?? [])
      : [];
  if (others.length === 0) return own;
  const base = own ?? { incidentId: g.key, added: [], edited: [], removed: [], milestones: {} };
  return {
    ...base,
    added: [...base.added, ...others.flatMap((c) => c.added)],
    edited: [...base.edited, ...others.flatMap((c) => c.edited)],
    removed: [...base.removed, ...others.flatMap((c) => c.removed)],
  };
}

/** Fold groups the facilitator merged into their target (following chains, ignoring cycles and missing targets). */
function mergeGroups(groups: EventGroup[], corrections: ReadonlyMap<string, IncidentCorrection>): EventGroup[] {
  const byKey = new Map(groups.map((g) => [g.key, g]));
  const target = (key: string): string => {
    const seen = new Set<string>([key]);
    let k = key;
    for (
      let next = corrections.get(k)?.mergeInto;
      next && byKey.has(next) && !seen.has(next);
      next = corrections.get(k)?.mergeInto
    ) {
      seen.add(next);
      k = next;
    }
    return k;
  };
  const out = new Map<string, EventGroup>();
  for (const g of groups) {
    const key = target(g.key);
    const into = out.get(key) ?? { ...(byKey.get(key) ?? g), events: [] };
    into.events = [...into.events, ...g.events];
    if (key !== g.key) {
      const ids = into.grouping.by === 'id' ? into.grouping.ids : [key];
      into.grouping = { by: 'id', ids: [...new Set([...ids, g.key])] };
    }
    out.set(key, into);
  }
  return [...out.values()].map((g) => ({ ...g, events: g.events.sort((a, b) => a.t - b.t) }));
}

function buildIncident(g: EventGroup, correction: IncidentCorrection | undefined): Incident {
  let events = g.events;
  const notes: string[] = [];
  if (correction) {
    events = applyCorrection(events, correction);
    if (correction.removed.length + correction.edited.length + correction.added.length > 0)
      notes.push('corrected by the facilitator');
  }
  const found = findMilestones(events);
  const overrides = correction?.milestones ?? {};
  const milestones: Partial<Record<MilestoneName, Milestone>> = {};
  for (const name of MILESTONE_NAMES) {
    const t = overrides[name];
    if (t === undefined) {
      if (found[name]) milestones[name] = found[name];
    } else if (t !== null) milestones[name] = { name, t, eventId: null, reason: 'set by the facilitator' };
  }
  notes.push(...milestoneRemarks(milestones));
  const times = events.map((e) => e.t);
  const start = milestones.started?.t ?? Math.min(...times);
  const end = milestones.resolved?.t ?? Math.max(...times);
  return {
    id: g.key,
    title: correction?.title ?? titleOf(events),
    services: [...new Set(events.map((e) => e.service).filter((s): s is string => !!s))],
    sources: [...new Set(events.flatMap((e) => [e.source, ...e.duplicateSources]))],
    start,
    end: Math.max(end, start),
    events,
    milestones,
    durations: incidentDurations(milestones),
    grouping: g.grouping,
    notes,
  };
}

function applyCorrection(events: readonly TimelineEvent[], c: IncidentCorrection): TimelineEvent[] {
  const removed = new Set(c.removed);
  const edits = new Map(c.edited.map((e) => [e.eventId, e]));
  const out = events
    .filter((e) => !removed.has(e.id))
    .map((e) => {
      const edit = edits.get(e.id);
      if (!edit) return e;
      return {
        ...e,
        t: edit.t ?? e.t,
        kind: edit.kind ?? e.kind,
        message: edit.message ?? e.message,
        rule: edit.kind && edit.kind !== e.kind ? 'set by the facilitator' : e.rule,
        edited: true,
      };
    });
  for (const a of c.added) {
    if (removed.has(a.id)) continue;
    const edit = edits.get(a.id);
    const e = {
      ...a,
      ...(edit ? { t: edit.t ?? a.t, kind: edit.kind ?? a.kind, message: edit.message ?? a.message } : {}),
    };
    out.push({
      ...e,
      rule: e.rule ?? 'added by the facilitator',
      signature: eventSignature(e),
      duplicateSources: [],
      edited: true,
    });
  }
  return out.sort((a, b) => a.t - b.t);
}

/** The tools' own title when one gave it; else the first alert's words (monitors name symptoms tersely); else a report's; else the first event's. */
function titleOf(events: readonly TimelineEvent[]): string {
  const named = events.find((e) => e.incidentTitle);
  if (named) return named.incidentTitle!;
  const signal =
    events.find((e) => e.kind === 'alert' || e.kind === 'page') ??
    events.find((e) => e.kind === 'customer-report') ??
    events[0];
  const text = signal?.message.split('\n')[0] ?? 'Incident';
  if (text.length <= 80) return text;
  const cut = text.slice(0, 78);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40)).replace(/[\s,;:]+$/, '')}…`;
}
