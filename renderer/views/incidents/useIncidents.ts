import { useMemo } from 'react';
import type { Incident, IncidentCorrection } from '../../../shared/incident';
import type { Workspace } from '../../../shared/workspace';
import { assembleIncidents } from '../../../models/incident/assemble';
import { correct, type CorrectionChange } from '../../../models/incident/corrections';
import { useDocument } from '../../store/document';

const NONE: IncidentCorrection[] = [];

/** The study's incidents, recomputed from its events and the facilitator's corrections (derived, never stored). */
export function useIncidents(workspace: Workspace | null): Incident[] {
  const events = workspace?.events;
  const corrections = workspace?.incidents ?? NONE;
  return useMemo(() => (events ? assembleIncidents(events, corrections) : []), [events, corrections]);
}

/** Every correction is a named edit of the study: undo, redo and autosave cover it. */
export function correctIncident(label: string, incidentId: string, change: CorrectionChange): void {
  useDocument
    .getState()
    .edit({ label, apply: (ws) => ({ ...ws, incidents: correct(ws.incidents ?? [], incidentId, change) }) });
}

const counted = new WeakMap<object, { corrections: readonly IncidentCorrection[]; count: number }>();

/** The sidebar's incident count, cached per events list so the sidebar never re-assembles on unrelated edits. */
export function incidentCount(ws: Workspace): number | null {
  const corrections = ws.incidents ?? NONE;
  const hit = counted.get(ws.events);
  if (hit && hit.corrections === corrections) return hit.count || null;
  const count = ws.events.length ? assembleIncidents(ws.events, corrections).length : 0;
  counted.set(ws.events, { corrections, count });
  return count || null;
}
