import { classifyText } from '../../incident/classify';
import type { ImportFormat, ImportOptions } from '../format';
import type { ResultBuilder } from '../result-builder';
import { parseTimestamp } from '../timestamp';
import { isObject, openJsonDocument, str, type JsonObject } from './json-document';

/**
 * Opsgenie Alert API JSON (field names from opsgenie/opsgenie-oas `alert.yaml`): a list or get response (`data`),
 * a bare array of alerts, or an alert's logs (`data[].log`). `report.ackTime` and `closeTime` are ms after creation.
 */
export const opsgenieEvents: ImportFormat = {
  name: 'opsgenie',
  label: 'Opsgenie alerts or alert logs (JSON)',
  kind: 'events',
  sniff(head) {
    const text = head.trimStart();
    if (!text.startsWith('{') && !text.startsWith('[')) return { ok: false, reason: 'not JSON' };
    if (/"tinyId"\s*:/.test(text) && /"createdAt"\s*:/.test(text)) return { ok: true, confidence: 0.9 };
    if (/"requestId"\s*:/.test(text) && /"data"\s*:/.test(text) && /"createdAt"\s*:/.test(text))
      return { ok: true, confidence: 0.8 };
    return { ok: false, reason: 'no Opsgenie alert fields (tinyId, createdAt) or response envelope (data, requestId)' };
  },
  open(options) {
    return openJsonDocument('opsgenie', 'events', options, (doc, out) => {
      const data = isObject(doc) ? doc['data'] : doc;
      const list = Array.isArray(data) ? data : isObject(data) ? [data] : null;
      if (!list) return out.reject(1, 'no "data" alert or array of alerts');
      list.forEach((x, i) => {
        if (!isObject(x)) return out.reject(i + 1, `record ${i + 1} is not an object`);
        if (typeof x['log'] === 'string') readLog(x, i + 1, options, out);
        else readAlert(x, i + 1, options, out);
      });
    });
  },
};

export function readAlert(a: JsonObject, n: number, options: ImportOptions, out: ResultBuilder): void {
  const id = str(a['id']) ?? str(a['tinyId']) ?? String(n);
  const created = parseTimestamp(str(a['createdAt']) ?? '', options.zone);
  if (Number.isNaN(created)) return out.reject(n, `alert ${id}: createdAt cannot be read`);
  const message = str(a['message']) ?? 'Opsgenie alert';
  const priority = str(a['priority']);
  const entity = str(a['entity']);
  const raw = JSON.stringify(a);
  const base = { source: `opsgenie${str(a['source']) ? `/${str(a['source'])}` : ''}`, raw };
  out.events.push({
    ...base,
    id: `opsgenie:${id}:created`,
    t: created,
    kind: 'alert',
    rule: 'Opsgenie alert createdAt',
    message: `${priority ? `[${priority}] ` : ''}${message}${entity ? ` (${entity})` : ''}`,
  });
  const report = isObject(a['report']) ? a['report'] : {};
  const ackTime = report['ackTime'];
  if (typeof ackTime === 'number') {
    const who = str(report['acknowledgedBy']);
    out.events.push({
      ...base,
      id: `opsgenie:${id}:ack`,
      t: created + ackTime,
      kind: 'acknowledgement',
      rule: 'Opsgenie report.ackTime',
      message: `Acknowledged: ${message}`,
      actor: who,
    });
  }
  const closeTime = report['closeTime'];
  if (typeof closeTime === 'number') {
    const who = str(report['closedBy']);
    out.events.push({
      ...base,
      id: `opsgenie:${id}:closed`,
      t: created + closeTime,
      kind: 'resolution',
      rule: 'Opsgenie report.closeTime',
      message: `Closed: ${message}`,
      actor: who,
    });
  }
}

function readLog(l: JsonObject, n: number, options: ImportOptions, out: ResultBuilder): void {
  const t = parseTimestamp(str(l['createdAt']) ?? '', options.zone);
  if (Number.isNaN(t)) return out.reject(n, `log ${n}: createdAt cannot be read`);
  const message = str(l['log']) ?? '';
  const c = classifyText(message);
  out.events.push({
    id: `opsgenie:log:${str(l['offset']) ?? n}`,
    t,
    source: 'opsgenie',
    kind: c.kind,
    rule: `Opsgenie alert log; ${c.rule}`,
    message,
    actor: str(l['owner']),
    raw: JSON.stringify(l),
  });
}
