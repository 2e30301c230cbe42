import type { IncidentEvent } from '../../shared/events';
import type { TimelineEvent } from '../../shared/incident';
import { eventSignature } from './signature';

/**
 * One timeline event per content signature. The first copy (by time, then input order) is kept with its source;
 * later copies add their source and fill fields the first lacked (an incident id, a service), so no evidence is lost.
 */
export function dedupeEvents(events: readonly IncidentEvent[]): { events: TimelineEvent[]; merged: number } {
  const bySig = new Map<string, TimelineEvent>();
  let merged = 0;
  const ordered = events.map((e, i) => ({ e, i })).sort((x, y) => x.e.t - y.e.t || x.i - y.i);
  for (const { e } of ordered) {
    const signature = eventSignature(e);
    const kept = bySig.get(signature);
    if (!kept) {
      bySig.set(signature, { ...e, signature, duplicateSources: [], edited: false });
      continue;
    }
    merged++;
    if (e.source !== kept.source && !kept.duplicateSources.includes(e.source)) kept.duplicateSources.push(e.source);
    kept.incidentId ??= e.incidentId;
    kept.incidentTitle ??= e.incidentTitle;
    kept.service ??= e.service;
    kept.actor ??= e.actor;
    // A tool's own field is firmer evidence of the kind than a text rule: prefer it when the copies disagree.
    if (kept.kind !== e.kind && kept.rule?.startsWith('text') && e.rule && !e.rule.startsWith('text')) {
      kept.kind = e.kind;
      kept.rule = e.rule;
    }
  }
  return { events: [...bySig.values()], merged };
}
