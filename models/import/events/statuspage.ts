import type { EventKind, IncidentEvent } from '../../../shared/events';
import { classifyText } from '../../incident/classify';
import type { ImportFormat } from '../format';
import type { ResultBuilder } from '../result-builder';
import { isKnownZone, parseTimestamp } from '../timestamp';
import { htmlToText } from './html-text';
import { isObject, openJsonDocument, str, type JsonObject } from './json-document';

/** Statuspage update statuses (Atlassian Statuspage API v2, incident_updates[].status) and what each says about the course. */
const STATUS_KIND: Record<string, EventKind> = {
  investigating: 'acknowledgement',
  identified: 'diagnosis',
  monitoring: 'mitigation',
  resolved: 'resolution',
  postmortem: 'communication',
  scheduled: 'note',
  in_progress: 'change',
  verifying: 'mitigation',
  completed: 'resolution',
};

/** Dated entries inside a legacy update body: `<li><strong>2010-06-10 22:50:00</strong> - text</li>` (githubstatus.com before 2018). */
const BODY_ENTRY =
  /<strong>\s*(\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?)\s*<\/strong>\s*(?:-|–|:)?\s*([\s\S]*?)(?=<li>|<\/ul>|$)/g;

/** Atlassian Statuspage `/api/v2/incidents/<id>.json`, `incidents.json`, `unresolved.json` or `summary.json`. */
export const statuspageEvents: ImportFormat = {
  name: 'statuspage',
  label: 'Atlassian Statuspage incidents (JSON)',
  kind: 'events',
  sniff(head) {
    const text = head.trimStart();
    if (!text.startsWith('{')) return { ok: false, reason: 'not a JSON object' };
    if (/"incident_updates"\s*:/.test(text)) return { ok: true, confidence: 0.95 };
    if (/"page"\s*:\s*\{/.test(text) && /"incidents"\s*:/.test(text)) return { ok: true, confidence: 0.8 };
    return { ok: false, reason: 'no "incident_updates" or page with "incidents"' };
  },
  open(options) {
    return openJsonDocument('statuspage', 'events', options, (doc, out) => {
      if (!isObject(doc)) return out.reject(1, 'the document is not a JSON object');
      const pageZone = isObject(doc['page']) ? str(doc['page']['time_zone']) : undefined;
      const zone = pageZone && isKnownZone(pageZone) ? pageZone : options.zone;
      const incidents = isObject(doc['incident'])
        ? [doc['incident']]
        : Array.isArray(doc['incidents'])
          ? doc['incidents']
          : isObject(doc) && 'incident_updates' in doc
            ? [doc]
            : null;
      if (!incidents) return out.reject(1, 'no "incident" object or "incidents" array');
      let legacy = 0;
      incidents.forEach((inc, i) => {
        if (!isObject(inc)) return out.reject(i + 1, `incident ${i + 1} is not an object`);
        legacy += readIncident(inc, i + 1, zone, out);
      });
      if (legacy > 0)
        out.notes.push(
          `${legacy} updates held a dated list of entries (legacy githubstatus.com style); each entry became an event and the update's status was applied to its last entry`,
        );
    });
  },
};

/** Returns how many updates were legacy lists. */
function readIncident(inc: JsonObject, record: number, zone: string, out: ResultBuilder): number {
  const incidentId = str(inc['id']) ?? `statuspage-${record}`;
  const title = str(inc['name']) ?? 'Statuspage incident';
  const components = Array.isArray(inc['components'])
    ? inc['components'].map((c) => (isObject(c) ? str(c['name']) : undefined)).filter((n): n is string => !!n)
    : [];
  const base = {
    source: 'statuspage',
    incidentId,
    incidentTitle: title,
    ...(components.length ? { service: components.join(', ') } : {}),
  };
  const push = (e: Omit<IncidentEvent, 'source' | 'incidentId' | 'incidentTitle'>) =>
    out.events.push({ ...base, ...e });

  const started = parseTimestamp(str(inc['started_at']) ?? str(inc['created_at']) ?? '', 'UTC');
  if (Number.isNaN(started)) out.reject(record, `incident ${incidentId}: no readable started_at or created_at`);
  else
    push({
      id: `statuspage:${incidentId}:started`,
      t: started,
      kind: 'start',
      message: `Impact started: ${title}`,
      rule: 'Statuspage field started_at',
    });

  const updates = Array.isArray(inc['incident_updates']) ? inc['incident_updates'] : [];
  let legacy = 0;
  let sawResolved = false;
  updates.forEach((u, j) => {
    if (!isObject(u)) return out.reject(record, `incident ${incidentId}: update ${j + 1} is not an object`);
    const status = str(u['status']) ?? '';
    const t = parseTimestamp(str(u['display_at']) ?? str(u['created_at']) ?? '', 'UTC');
    if (Number.isNaN(t))
      return out.reject(record, `incident ${incidentId}: update ${str(u['id']) ?? j + 1} has no readable display_at`);
    if (status === 'resolved') sawResolved = true;
    const body = str(u['body']) ?? '';
    const updateId = str(u['id']) ?? String(j);
    const raw = JSON.stringify({ ...u, affected_components: undefined });
    const entries = [...body.matchAll(BODY_ENTRY)];
    if (entries.length > 0) {
      legacy++;
      entries.forEach((m, k) => {
        const et = parseTimestamp(m[1]!, zone);
        const message = htmlToText(m[2]!);
        if (Number.isNaN(et)) return out.reject(record, `incident ${incidentId}: entry "${m[1]}" has no readable time`);
        const last = k === entries.length - 1;
        const c =
          last && STATUS_KIND[status]
            ? { kind: STATUS_KIND[status]!, rule: `last entry of a Statuspage "${status}" update` }
            : classifyText(message);
        push({ id: `statuspage:${incidentId}:${updateId}:${k}`, t: et, kind: c.kind, rule: c.rule, message, raw });
      });
      return;
    }
    const kind = STATUS_KIND[status];
    const message = htmlToText(body) || `Status: ${status}`;
    const c = kind ? { kind, rule: `Statuspage update status "${status}"` } : classifyText(message);
    push({ id: `statuspage:${incidentId}:${updateId}`, t, kind: c.kind, rule: c.rule, message, raw });
  });

  const resolvedAt = parseTimestamp(str(inc['resolved_at']) ?? '', 'UTC');
  if (!sawResolved && !Number.isNaN(resolvedAt)) {
    push({
      id: `statuspage:${incidentId}:resolved`,
      t: resolvedAt,
      kind: 'resolution',
      message: `Resolved: ${title}`,
      rule: 'Statuspage field resolved_at',
    });
  }
  return legacy;
}
