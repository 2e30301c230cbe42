import type { EventKind } from '../../shared/events';
import type { IncidentGrouping, TimelineEvent } from '../../shared/incident';

export interface GroupOptions {
  /** Events further apart than this, with no incident id between them, belong to different incidents. */
  gapMinutes: number;
  /** A new alert, page or customer report this long after a resolution is a recurrence: a new incident. */
  reopenMinutes: number;
}

export const DEFAULT_GROUPING: GroupOptions = { gapMinutes: 120, reopenMinutes: 15 };

export interface EventGroup {
  key: string;
  events: TimelineEvent[];
  grouping: IncidentGrouping;
}

const SIGNALS: ReadonlySet<EventKind> = new Set(['alert', 'page', 'customer-report', 'start']);

interface Open {
  key: string;
  events: TimelineEvent[];
  byId: boolean;
  start: number;
  end: number;
  services: Set<string>;
  resolvedAt: number | null;
}

/**
 * Gather events into incidents: first by the ids the tools gave (PagerDuty, Statuspage, a CSV column), then each
 * event without an id joins the nearest incident within `gapMinutes` whose service matches (or is unknown),
 * unless it is a new signal after that incident was resolved; otherwise it starts an incident of its own.
 */
export function groupEvents(events: readonly TimelineEvent[], options: GroupOptions = DEFAULT_GROUPING): EventGroup[] {
  const gap = options.gapMinutes * 60_000;
  const reopen = options.reopenMinutes * 60_000;
  const groups: Open[] = [];
  const byId = new Map<string, Open>();
  const add = (g: Open, e: TimelineEvent) => {
    g.events.push(e);
    g.start = Math.min(g.start, e.t);
    g.end = Math.max(g.end, e.t);
    if (e.service) g.services.add(e.service);
    if (e.kind === 'resolution') g.resolvedAt = Math.max(g.resolvedAt ?? -Infinity, e.t);
  };
  const open = (key: string, isId: boolean, e: TimelineEvent): Open => {
    const g: Open = { key, events: [], byId: isId, start: e.t, end: e.t, services: new Set(), resolvedAt: null };
    groups.push(g);
    add(g, e);
    return g;
  };
  const loose: TimelineEvent[] = [];
  for (const e of events) {
    if (!e.incidentId) {
      loose.push(e);
      continue;
    }
    const g = byId.get(e.incidentId);
    if (g) add(g, e);
    else byId.set(e.incidentId, open(e.incidentId, true, e));
  }
  loose.sort((a, b) => a.t - b.t);
  const idGroups = [...groups];
  // Loose events come in time order and a proximity group only grows forward, so once its end is more than a gap
  // behind, no later event can join it: dropping it keeps a long log linear instead of quadratic.
  let active: Open[] = [];
  const taken = new Set<string>();
  for (const e of loose) {
    let best: Open | null = null;
    let bestDistance = Infinity;
    active = active.filter((g) => g.end + gap >= e.t);
    for (const g of [...idGroups, ...active]) {
      if (e.t < g.start - gap || e.t > g.end + gap) continue;
      if (e.service && g.services.size > 0 && !g.services.has(e.service)) continue;
      if (g.resolvedAt !== null && e.t > g.resolvedAt + reopen && SIGNALS.has(e.kind)) continue;
      const distance = e.t < g.start ? g.start - e.t : e.t > g.end ? e.t - g.end : 0;
      if (distance < bestDistance) {
        best = g;
        bestDistance = distance;
      }
    }
    if (best) add(best, e);
    else active.push(open(proximityKey(e.t, byId, taken), false, e));
  }
  return groups.map((g) => ({
    key: g.key,
    events: g.events.sort((a, b) => a.t - b.t),
    grouping: g.byId ? { by: 'id', ids: [g.key] } : { by: 'proximity', gapMinutes: options.gapMinutes },
  }));
}

/** `INC-20230522-1000`: the UTC minute the incident's first event was seen, unique among ids and keys so far. */
function proximityKey(t: number, ids: ReadonlyMap<string, Open>, taken: Set<string>): string {
  const base = `INC-${new Date(t).toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-')}`;
  let key = base;
  for (let n = 2; ids.has(key) || taken.has(key); n++) key = `${base}-${n}`;
  taken.add(key);
  return key;
}
