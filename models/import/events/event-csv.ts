import { classifyEvent } from '../../incident/classify';
import type { ImportFormat } from '../format';
import { ResultBuilder } from '../result-builder';
import { parseTimestamp } from '../timestamp';
import { findColumn, readCsvTable, sniffHeader } from './csv-table';

const TIME = /^(@?timestamp|time|date|datetime|date_?time|ts|when|at|occurred_at|created_at|time_?utc)$/;
const MESSAGE = /^(message|msg|description|text|summary|details?|event_message|what|note)$/;
const KIND = /^(kind|type|event_?type|event|category|status|milestone)$/;
const SOURCE = /^(source|tool|system|origin|channel|from)$/;
const SERVICE = /^(service|component|app|application)$/;
const INCIDENT = /^(incident|incident_?id|incident_?number|ticket)$/;
const TITLE = /^(incident_?title|title|incident_?name)$/;
const ACTOR = /^(actor|user|author|who|owner|responder)$/;

/** Generic incident-log CSV: a timestamp, a message and usually a kind and source (`timestamp,source,kind,message`). */
export const eventCsv: ImportFormat = {
  name: 'event-csv',
  label: 'Incident log CSV (timestamp, source, kind, message)',
  kind: 'events',
  sniff(head) {
    const header = sniffHeader(head);
    if (!header) return { ok: false, reason: 'no delimited header line' };
    if (findColumn(header, TIME) < 0) return { ok: false, reason: 'no timestamp column in the header' };
    if (findColumn(header, MESSAGE) < 0) return { ok: false, reason: 'no message or description column in the header' };
    // Above the metric CSV's 0.3: a text column named kind/message/source says these rows are events.
    return { ok: true, confidence: findColumn(header, KIND) >= 0 || findColumn(header, SOURCE) >= 0 ? 0.7 : 0.55 };
  },
  open(options) {
    const chunks: string[] = [];
    return {
      push: (chunk) => void chunks.push(chunk),
      end() {
        const out = new ResultBuilder('event-csv', 'events', options.fileName);
        const { header, rows } = readCsvTable(chunks.join(''));
        const col = {
          time: findColumn(header, TIME),
          message: findColumn(header, MESSAGE),
          kind: findColumn(header, KIND),
          source: findColumn(header, SOURCE),
          service: findColumn(header, SERVICE),
          incident: findColumn(header, INCIDENT),
          title: findColumn(header, TITLE),
          actor: findColumn(header, ACTOR),
        };
        if (col.time < 0 || col.message < 0) {
          out.reject(1, 'the header needs a timestamp column and a message column');
          return out.build();
        }
        let zoneless = 0;
        const cell = (cells: string[], c: number) => (c >= 0 ? (cells[c] ?? '').trim() : '');
        for (const { line, cells } of rows) {
          const rawT = cell(cells, col.time);
          const t = parseTimestamp(rawT, options.zone);
          if (Number.isNaN(t)) {
            out.reject(line, rawT ? `timestamp "${rawT.slice(0, 40)}" cannot be read` : 'no timestamp');
            continue;
          }
          if (!/\d{2}:\d{2}(:\d{2}([.,]\d+)?)?\s*(Z|UTC|[+-]\d\d(:?\d\d)?)$/i.test(rawT) && !/^\d+(\.\d+)?$/.test(rawT))
            zoneless++;
          const message = cell(cells, col.message);
          if (!message) {
            out.reject(line, 'empty message');
            continue;
          }
          const c = classifyEvent(col.kind >= 0 ? cell(cells, col.kind) : undefined, message);
          const opt = (k: keyof typeof col) => {
            const v = cell(cells, col[k]);
            return v ? v : undefined;
          };
          const service = opt('service');
          const incidentId = opt('incident');
          const incidentTitle = opt('title');
          const actor = opt('actor');
          out.events.push({
            id: `${options.fileName}:${line}`,
            t,
            source: opt('source') ?? 'csv',
            kind: c.kind,
            rule: c.rule,
            message,
            ...(service ? { service } : {}),
            ...(incidentId ? { incidentId } : {}),
            ...(incidentTitle ? { incidentTitle } : {}),
            ...(actor ? { actor } : {}),
            raw: cells.join(','),
          });
        }
        if (zoneless > 0)
          out.notes.push(
            `${zoneless} times without an offset read ${options.zone === 'UTC' ? 'as UTC' : `in ${options.zone}`}`,
          );
        return out.build();
      },
    };
  },
};
