import type { IncidentEvent } from '../../shared/events';
import type { EventEdit, IncidentCorrection, MilestoneName } from '../../shared/incident';

/** A facilitator's change to the corrections of one incident; each returns a new list (the document is immutable). */
export type CorrectionChange = (c: IncidentCorrection) => IncidentCorrection;

const empty = (incidentId: string): IncidentCorrection => ({
  incidentId,
  added: [],
  edited: [],
  removed: [],
  milestones: {},
});

export function correct(
  list: readonly IncidentCorrection[],
  incidentId: string,
  change: CorrectionChange,
): IncidentCorrection[] {
  const i = list.findIndex((c) => c.incidentId === incidentId);
  const next = change(i >= 0 ? list[i]! : empty(incidentId));
  return i >= 0 ? list.map((c, j) => (j === i ? next : c)) : [...list, next];
}

export const renameIncident =
  (title: string): CorrectionChange =>
  (c) => ({ ...c, title });

/** Move, reclassify or reword an event; later edits of the same event merge into one entry. */
export const editEvent =
  (edit: EventEdit): CorrectionChange =>
  (c) => {
    const prior = c.edited.find((e) => e.eventId === edit.eventId);
    const merged = { ...prior, ...edit };
    return { ...c, edited: [...c.edited.filter((e) => e.eventId !== edit.eventId), merged] };
  };

export const removeEvent =
  (eventId: string): CorrectionChange =>
  (c) => ({ ...c, removed: c.removed.includes(eventId) ? c.removed : [...c.removed, eventId] });

export const addEvent =
  (event: IncidentEvent): CorrectionChange =>
  (c) => ({ ...c, added: [...c.added, { ...event, incidentId: c.incidentId }] });

/** This incident is the same outage as `target`: its events join that incident (undefined splits them again). */
export const mergeInto =
  (target: string | undefined): CorrectionChange =>
  (c) => ({ ...c, mergeInto: target });

/** Set a milestone by hand (epoch ms), clear it (null), or hand it back to the events (undefined). */
export const setMilestone =
  (name: MilestoneName, t: number | null | undefined): CorrectionChange =>
  (c) => {
    const milestones = Object.fromEntries(Object.entries(c.milestones).filter(([k]) => k !== name));
    return { ...c, milestones: t === undefined ? milestones : { ...milestones, [name]: t } };
  };
