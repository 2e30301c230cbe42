/** What an incident-log event tells about the incident's course. */
export type EventKind =
  | 'customer-report'
  | 'alert'
  | 'page'
  | 'acknowledgement'
  | 'escalation'
  | 'diagnosis'
  | 'change'
  | 'mitigation'
  | 'resolution'
  | 'communication'
  | 'start'
  | 'note';

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
  /** The original line or record, kept as evidence for the timeline. */
  raw?: string;
}
