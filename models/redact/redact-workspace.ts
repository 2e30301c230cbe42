import type { IncidentEvent } from '../../shared/events';
import type { Redaction, RedactionOptions } from '../../shared/redaction';
import type { Workspace } from '../../shared/workspace';
import { Redactor } from './redact';
import { postmortemPeople, redactPostmortemWith } from './redact-postmortem';

/**
 * Everyone the study itself names as a person: who acted in an incident event (as its source named them) and the
 * postmortems' authors and action-item owners. They join the user's list, so "Dana Smith" is hidden in prose too.
 * A bot or a monitor named as an actor is hidden with them: over-redaction costs less than a leaked name.
 */
export function workspacePeople(ws: Workspace): string[] {
  const actors = [...ws.events, ...(ws.incidents ?? []).flatMap((c) => c.added)].map((e) => e.actor ?? '');
  const people = [...actors, ...(ws.postmortems ?? []).flatMap(postmortemPeople)].filter((s) => s.trim() !== '');
  return [...new Set(people)];
}

/**
 * A copy of the study ready to leave the team: every free-text field that can carry a person, an e-mail or an IP
 * address goes through ONE Redactor, so a value has the same placeholder in the incidents, the postmortems and the
 * appendix of whatever is rendered from the copy. Ids, numbers and times are untouched: every figure built from the
 * copy (durations, budgets, forecasts) equals the one built from the original.
 *
 * Redacted: incident events and the facilitator's corrections (messages, titles, actors, raw records), postmortems,
 * dataset names, notes and reject reasons (an importer quotes cell text there), series names and label values
 * (Prometheus `instance` labels are addresses), SLO names and descriptions, and the study's name. The `redactions`
 * map placeholders back to values: the user's key, never exported.
 */
export function redactWorkspace(
  ws: Workspace,
  options: RedactionOptions = {},
): { workspace: Workspace; redactions: Redaction[] } {
  const r = new Redactor({ ...options, names: [...(options.names ?? []), ...workspacePeople(ws)] });
  const text = (s: string) => r.text(s);
  const event = (e: IncidentEvent): IncidentEvent => ({
    ...e,
    message: text(e.message),
    ...(e.incidentTitle !== undefined ? { incidentTitle: text(e.incidentTitle) } : {}),
    ...(e.actor !== undefined ? { actor: text(e.actor) } : {}),
    ...(e.raw !== undefined ? { raw: text(e.raw) } : {}),
  });
  const workspace: Workspace = {
    ...ws,
    name: text(ws.name),
    datasets: ws.datasets.map((d) => ({
      ...d,
      name: text(d.name),
      file: text(d.file),
      notes: d.notes.map(text),
      rejected: d.rejected.map((j) => ({ ...j, reason: text(j.reason) })),
    })),
    series: ws.series.map((s) => ({
      ...s,
      name: text(s.name),
      labels: Object.fromEntries(Object.entries(s.labels).map(([k, v]) => [k, text(v)])),
    })),
    events: ws.events.map(event),
    ...(ws.incidents
      ? {
          incidents: ws.incidents.map((c) => ({
            ...c,
            ...(c.title !== undefined ? { title: text(c.title) } : {}),
            added: c.added.map(event),
            edited: c.edited.map((e) => (e.message === undefined ? e : { ...e, message: text(e.message) })),
          })),
        }
      : {}),
    ...(ws.postmortems ? { postmortems: ws.postmortems.map((pm) => redactPostmortemWith(r, pm)) } : {}),
    ...(ws.slos ? { slos: ws.slos.map((s) => ({ ...s, name: text(s.name), description: text(s.description) })) } : {}),
  };
  return { workspace, redactions: r.redactions() };
}
