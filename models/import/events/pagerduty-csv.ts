import type { ImportFormat } from '../format';
import { ResultBuilder } from '../result-builder';
import { parseTimestamp } from '../timestamp';
import { findColumn, readCsvTable, sniffHeader } from './csv-table';

const NUMBER = /^(incident_?number|number|#)$/;
const ID = /^(id|incident_?id)$/;
const CREATED = /^(created_on|created_at|created|triggered_at|opened_on)$/;
const RESOLVED = /^(resolved_on|resolved_at|resolved|closed_on)$/;
const ACKED = /^(acknowledged_on|acknowledged_at|first_ack_at)$/;
const TO_ACK = /^(seconds_to_first_ack|time_to_first_ack_seconds)$/;
const TITLE = /^(description|title|summary|incident_?title)$/;
const SERVICE = /^(service_?name|service)$/;
const ACKER = /^(acknowledged_by|acknowledged_user_names|first_acknowledged_by)$/;

/** PagerDuty's incidents CSV (web "Download CSV" and Analytics export): one incident per row with created, acknowledged and resolved times. */
export const pagerdutyCsv: ImportFormat = {
  name: 'pagerduty-csv',
  label: 'PagerDuty incidents CSV export',
  kind: 'events',
  sniff(head) {
    const header = sniffHeader(head);
    if (!header) return { ok: false, reason: 'no delimited header line' };
    if (findColumn(header, NUMBER) < 0 && findColumn(header, ID) < 0)
      return { ok: false, reason: 'no incident_number or id column' };
    if (findColumn(header, CREATED) < 0) return { ok: false, reason: 'no created_on / created_at column' };
    if (findColumn(header, RESOLVED) < 0 && findColumn(header, TO_ACK) < 0)
      return { ok: false, reason: 'no resolved_on or seconds_to_first_ack column' };
    return { ok: true, confidence: findColumn(header, NUMBER) >= 0 ? 0.85 : 0.6 };
  },
  open(options) {
    const chunks: string[] = [];
    return {
      push: (chunk) => void chunks.push(chunk),
      end() {
        const out = new ResultBuilder('pagerduty-csv', 'events', options.fileName);
        const { header, rows } = readCsvTable(chunks.join(''));
        const c = (re: RegExp) => findColumn(header, re);
        const col = {
          number: c(NUMBER),
          id: c(ID),
          created: c(CREATED),
          resolved: c(RESOLVED),
          acked: c(ACKED),
          toAck: c(TO_ACK),
          title: c(TITLE),
          service: c(SERVICE),
          acker: c(ACKER),
        };
        if (col.created < 0) {
          out.reject(1, 'no created_on / created_at column');
          return out.build();
        }
        const get = (cells: string[], i: number) => (i >= 0 ? (cells[i] ?? '').trim() : '');
        for (const { line, cells } of rows) {
          const number = get(cells, col.number);
          const id = get(cells, col.id) || (number ? `#${number}` : `row-${line}`);
          const title = get(cells, col.title) || `PagerDuty incident ${number || id}`;
          const created = parseTimestamp(get(cells, col.created), options.zone);
          if (Number.isNaN(created)) {
            out.reject(line, `created time "${get(cells, col.created).slice(0, 40)}" cannot be read`);
            continue;
          }
          const base = {
            source: 'pagerduty',
            incidentId: id,
            incidentTitle: title,
            service: get(cells, col.service) || undefined,
            raw: cells.join(','),
          };
          out.events.push({
            ...base,
            id: `pagerduty:${id}:triggered`,
            t: created,
            kind: 'alert',
            rule: 'PagerDuty CSV created time (first trigger)',
            message: `Triggered: ${title}`,
          });
          const acker = get(cells, col.acker) || undefined;
          const ackedAt = parseTimestamp(get(cells, col.acked), options.zone);
          const toAck = get(cells, col.toAck);
          const ack = !Number.isNaN(ackedAt)
            ? ackedAt
            : toAck !== '' && Number.isFinite(+toAck)
              ? created + +toAck * 1000
              : NaN;
          if (!Number.isNaN(ack)) {
            const rule = !Number.isNaN(ackedAt)
              ? 'PagerDuty CSV acknowledged time'
              : 'PagerDuty CSV seconds_to_first_ack';
            out.events.push({
              ...base,
              id: `pagerduty:${id}:ack`,
              t: ack,
              kind: 'acknowledgement',
              rule,
              message: 'First acknowledgement',
              actor: acker,
            });
          }
          const rawResolved = get(cells, col.resolved);
          const resolved = parseTimestamp(rawResolved, options.zone);
          if (!Number.isNaN(resolved))
            out.events.push({
              ...base,
              id: `pagerduty:${id}:resolved`,
              t: resolved,
              kind: 'resolution',
              rule: 'PagerDuty CSV resolved time',
              message: `Resolved: ${title}`,
            });
          else if (rawResolved !== '') out.reject(line, `resolved time "${rawResolved.slice(0, 40)}" cannot be read`);
        }
        return out.build();
      },
    };
  },
};
