/** What an incident-log event tells about the incident's course, in the order an incident usually runs. */
export const EVENT_KINDS = [
  'start',
  'customer-report',
  'alert',
  'page',
  'acknowledgement',
  'escalation',
  'diagnosis',
  'change',
  'mitigation',
  'resolution',
  'communication',
  'note',
] as const;

export type EventKind = (typeof EVENT_KINDS)[number];

/** One line of an incident log, whatever tool it came from; `t` is UTC epoch ms. */
export interface IncidentEvent {
  id: string;
  t: number;
  source: string;
  kind: EventKind;
  message: string;
  incidentId?: string;
  incidentTitle?: string;
  service?: string;
  /** Who acted (a responder, a bot, a monitor), as the source named them; kept for the record, left out of blameless prose. */
  actor?: string;
  /** Why the event has its kind: the importer's field or the classifier's rule that matched, shown beside it in the timeline. */
  rule?: string;
  /** The original line or record, kept as evidence for the timeline. */
  raw?: string;
}
