import type { EventKind, IncidentEvent } from '../../../shared/events';
import { classifyText } from '../../incident/classify';
import type { ImportFormat } from '../format';
import type { ResultBuilder } from '../result-builder';
import { isKnownZone, parseTimestamp } from '../timestamp';
import { isObject, openJsonDocument, refName, str, type JsonObject } from './json-document';

/** PagerDuty REST API v2 log entry types (developer.pagerduty.com, "Log Entries") and the course each marks. */
const LOG_ENTRY_KIND: Record<string, EventKind> = {
  trigger_log_entry: 'alert',
  notify_log_entry: 'page',
  assign_log_entry: 'page',
  acknowledge_log_entry: 'acknowledgement',
  escalate_log_entry: 'escalation',
  delegate_log_entry: 'escalation',
  repeat_escalation_path_log_entry: 'escalation',
  exhaust_escalation_path_log_entry: 'escalation',
  resolve_log_entry: 'resolution',
  annotate_log_entry: 'note',
  unacknowledge_log_entry: 'note',
  snooze_log_entry: 'note',
  reach_trigger_limit_log_entry: 'note',
  link_log_entry: 'note',
  priority_change_log_entry: 'note',
  urgency_change_log_entry: 'note',
  status_update_log_entry: 'communication',
  responder_request_log_entry: 'escalation',
};

/** PagerDuty REST API JSON: `incidents`, `incident`, `log_entries`, incident `alerts` and `notes`, and Analytics raw incidents. */
export const pagerdutyEvents: ImportFormat = {
  name: 'pagerduty',
  label: 'PagerDuty incidents, log entries, alerts or notes (REST API JSON)',
  kind: 'events',
  sniff(head) {
    const text = head.trimStart();
    if (!text.startsWith('{')) return { ok: false, reason: 'not a JSON object' };
    if (/"log_entries"\s*:/.test(text) || /"type"\s*:\s*"\w+_log_entry(_reference)?"/.test(text))
      return { ok: true, confidence: 0.95 };
    if (/"incident_number"\s*:/.test(text) && /"(incidents?|data)"\s*:/.test(text))
      return { ok: true, confidence: 0.9 };
    if (/"alerts"\s*:/.test(text) && /"incident_reference"/.test(text)) return { ok: true, confidence: 0.9 };
    if (/"notes"\s*:/.test(text) && /"user_reference"|"bot_user_reference"/.test(text))
      return { ok: true, confidence: 0.85 };
    return { ok: false, reason: 'no PagerDuty "incidents", "log_entries", "alerts" or "notes"' };
  },
  open(options) {
    return openJsonDocument('pagerduty', 'events', options, (doc, out) => {
      if (!isObject(doc)) return out.reject(1, 'the document is not a JSON object');
      const docZone = str(doc['time_zone']);
      // Analytics responses write local times without an offset and name their zone beside them.
      const zone = docZone && isKnownZone(docZone) ? docZone : options.zone;
      const each = (key: string, read: (x: JsonObject, n: number) => void) => {
        const list = doc[key];
        if (!Array.isArray(list)) return false;
        list.forEach((x, i) => (isObject(x) ? read(x, i + 1) : out.reject(i + 1, `${key}[${i}] is not an object`)));
        return true;
      };
      let found = false;
      if (isObject(doc['incident'])) {
        readIncident(doc['incident'], 1, zone, out);
        found = true;
      }
      found = each('incidents', (x, n) => readIncident(x, n, zone, out)) || found;
      found = each('log_entries', (x, n) => readLogEntry(x, n, out)) || found;
      found = each('alerts', (x, n) => readAlert(x, n, out)) || found;
      found = each('notes', (x, n) => readNote(x, n, out)) || found;
      found = each('data', (x, n) => readAnalyticsIncident(x, n, zone, out)) || found;
      if (!found) out.reject(1, 'no "incidents", "incident", "log_entries", "alerts", "notes" or "data" array');
    });
  },
};

const stripNumber = (title: string) => title.replace(/^\[#\d+\]\s*/, '');

function at(x: unknown, zone: string): number {
  return parseTimestamp(str(x) ?? '', zone);
}

function readIncident(inc: JsonObject, n: number, zone: string, out: ResultBuilder): void {
  const id = str(inc['id']) ?? `pagerduty-${n}`;
  const title = stripNumber(
    str(inc['title']) ?? str(inc['summary']) ?? str(inc['description']) ?? 'PagerDuty incident',
  );
  const base = { source: 'pagerduty', incidentId: id, incidentTitle: title, service: refName(inc['service']) };
  const raw = JSON.stringify(inc);
  const push = (e: Omit<IncidentEvent, 'source' | 'incidentId' | 'incidentTitle' | 'service'>) =>
    out.events.push({ ...base, ...e });
  const created = at(inc['created_at'], zone);
  if (Number.isNaN(created)) return out.reject(n, `incident ${id}: created_at cannot be read`);
  push({
    id: `pagerduty:${id}:triggered`,
    t: created,
    kind: 'alert',
    rule: 'PagerDuty incident created_at (first trigger)',
    message: `Triggered: ${title}`,
    raw,
  });
  const list = (key: string) => (Array.isArray(inc[key]) ? (inc[key] as unknown[]).filter(isObject) : []);
  list('assignments').forEach((a, i) => {
    const t = at(a['at'], zone);
    if (Number.isNaN(t)) return;
    const who = refName(a['assignee']);
    push({
      id: `pagerduty:${id}:assigned:${i}`,
      t,
      kind: 'page',
      rule: 'PagerDuty assignment (notifies the assignee)',
      message: `Assigned${who ? ` to ${who}` : ''}`,
      actor: who,
    });
  });
  list('acknowledgements').forEach((a, i) => {
    const t = at(a['at'], zone);
    if (Number.isNaN(t)) return;
    const who = refName(a['acknowledger']);
    push({
      id: `pagerduty:${id}:ack:${i}`,
      t,
      kind: 'acknowledgement',
      rule: 'PagerDuty acknowledgements[].at',
      message: `Acknowledged${who ? ` by ${who}` : ''}`,
      actor: who,
    });
  });
  const resolved = at(inc['resolved_at'], zone);
  if (!Number.isNaN(resolved))
    push({
      id: `pagerduty:${id}:resolved`,
      t: resolved,
      kind: 'resolution',
      rule: 'PagerDuty incident resolved_at',
      message: `Resolved: ${title}`,
    });
}

function readLogEntry(e: JsonObject, n: number, out: ResultBuilder): void {
  const type = str(e['type']) ?? '';
  const t = at(e['created_at'], 'UTC');
  if (Number.isNaN(t)) return out.reject(n, `log entry ${str(e['id']) ?? n}: created_at cannot be read`);
  const incident = isObject(e['incident']) ? e['incident'] : {};
  const details = isObject(e['event_details']) ? str(e['event_details']['description']) : undefined;
  const summary = str(e['summary']) ?? type;
  const message = details ? `${summary}: ${details}` : summary;
  const known = LOG_ENTRY_KIND[type];
  const c = known ? { kind: known, rule: `PagerDuty log entry type ${type}` } : classifyText(message);
  const title = refName(incident);
  out.events.push({
    id: `pagerduty:log:${str(e['id']) ?? n}`,
    t,
    source: 'pagerduty',
    kind: c.kind,
    rule: c.rule,
    message,
    incidentId: str(incident['id']),
    incidentTitle: title ? stripNumber(title) : undefined,
    service:
      refName(e['service']) ??
      (isObject(e['agent']) && str(e['agent']['type'])?.startsWith('service') ? refName(e['agent']) : undefined),
    actor: refName(e['agent']),
    raw: JSON.stringify(e),
  });
}

function readAlert(a: JsonObject, n: number, out: ResultBuilder): void {
  const t = at(a['created_at'], 'UTC');
  if (Number.isNaN(t)) return out.reject(n, `alert ${str(a['id']) ?? n}: created_at cannot be read`);
  const incident = isObject(a['incident']) ? a['incident'] : {};
  const severity = str(a['severity']);
  out.events.push({
    id: `pagerduty:alert:${str(a['id']) ?? n}:${t}`,
    t,
    source: 'pagerduty',
    kind: 'alert',
    rule: 'PagerDuty alert created_at',
    message: `${severity ? `[${severity}] ` : ''}${str(a['summary']) ?? 'Alert'}`,
    incidentId: str(incident['id']),
    service: refName(a['service']),
    raw: JSON.stringify(a),
  });
}

function readNote(note: JsonObject, n: number, out: ResultBuilder): void {
  const t = at(note['created_at'], 'UTC');
  if (Number.isNaN(t)) return out.reject(n, `note ${str(note['id']) ?? n}: created_at cannot be read`);
  const content = str(note['content']) ?? '';
  const c = classifyText(content);
  out.events.push({
    id: `pagerduty:note:${str(note['id']) ?? n}`,
    t,
    source: 'pagerduty',
    kind: c.kind,
    rule: `PagerDuty note; ${c.rule}`,
    message: content,
    actor: refName(note['user']),
    raw: JSON.stringify(note),
  });
}

/** Analytics raw incidents: times plus the seconds PagerDuty measured; the timestamps win and disagreements are noted. */
function readAnalyticsIncident(inc: JsonObject, n: number, zone: string, out: ResultBuilder): void {
  if (!('seconds_to_resolve' in inc) && !('incident_number' in inc))
    return out.reject(n, 'data[] entry is not an incident');
  const id = str(inc['id']) ?? `pagerduty-${n}`;
  const title = str(inc['description']) ?? 'PagerDuty incident';
  const base = { source: 'pagerduty', incidentId: id, incidentTitle: title, service: str(inc['service_name']) };
  const created = at(inc['created_at'], zone);
  if (Number.isNaN(created)) return out.reject(n, `incident ${id}: created_at cannot be read`);
  const raw = JSON.stringify(inc);
  out.events.push({
    ...base,
    id: `pagerduty:${id}:triggered`,
    t: created,
    kind: 'alert',
    rule: 'PagerDuty Analytics created_at',
    message: `Triggered: ${title}`,
    raw,
  });
  const ack = inc['seconds_to_first_ack'];
  if (typeof ack === 'number') {
    const who = Array.isArray(inc['acknowledged_user_names']) ? str(inc['acknowledged_user_names'][0]) : undefined;
    out.events.push({
      ...base,
      id: `pagerduty:${id}:ack`,
      t: created + ack * 1000,
      kind: 'acknowledgement',
      rule: 'PagerDuty Analytics seconds_to_first_ack',
      message: 'First acknowledgement',
      actor: who,
    });
  }
  const resolved = at(inc['resolved_at'], zone);
  if (!Number.isNaN(resolved)) {
    out.events.push({
      ...base,
      id: `pagerduty:${id}:resolved`,
      t: resolved,
      kind: 'resolution',
      rule: 'PagerDuty Analytics resolved_at',
      message: `Resolved: ${title}`,
      actor: str(inc['resolved_by_user_name']),
    });
    const secs = inc['seconds_to_resolve'];
    if (typeof secs === 'number' && Math.abs((resolved - created) / 1000 - secs) > 1) {
      out.notes.push(
        `incident ${id}: resolved_at − created_at is ${(resolved - created) / 1000} s but seconds_to_resolve says ${secs} s; the timestamps are used`,
      );
    }
  }
}
