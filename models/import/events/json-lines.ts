import { classifyEvent } from '../../incident/classify';
import type { ImportFormat } from '../format';
import { ResultBuilder } from '../result-builder';
import { parseTimestamp } from '../timestamp';
import { isObject, type JsonObject } from './json-document';

const TIME_KEYS = [
  '@timestamp',
  'timestamp',
  'time',
  'ts',
  'datetime',
  'date',
  'created_at',
  'createdAt',
  'eventTime',
  't',
];
const MESSAGE_KEYS = ['message', 'msg', 'text', 'summary', 'description', 'log', 'event'];
const KIND_KEYS = ['kind', 'event_type', 'eventType', 'type', 'category', 'status'];
const SERVICE_KEYS = ['service', 'service.name', 'app', 'application', 'component'];
const SOURCE_KEYS = ['source', 'logger', 'host', 'hostname'];
const LEVEL_KEYS = ['level', 'severity', 'lvl', 'log.level'];

/** A value by key, dotted keys also read as nesting (`service.name` in ECS logs). */
function field(o: JsonObject, keys: readonly string[]): string | undefined {
  for (const k of keys) {
    const direct = o[k];
    if (direct !== undefined && direct !== null && typeof direct !== 'object') return String(direct);
    if (k.includes('.')) {
      const [a, b] = k.split('.', 2) as [string, string];
      const inner = o[a];
      if (isObject(inner) && inner[b] !== undefined && typeof inner[b] !== 'object') return String(inner[b]);
    }
  }
  return undefined;
}

/** JSON Lines logs: one JSON object per line with a time and a message (ECS, logfmt-to-JSON, app logs). Read line by line, so size is no limit. */
export const jsonLinesEvents: ImportFormat = {
  name: 'json-lines',
  label: 'JSON Lines log (one event object per line)',
  kind: 'events',
  sniff(head) {
    const lines = head.split('\n');
    if (head.length >= 64 * 1024) lines.pop(); // the last line may be cut by the sniff window
    const nonEmpty = lines
      .map((l) => l.trim())
      .filter((l) => l !== '')
      .slice(0, 20);
    if (nonEmpty.length === 0) return { ok: false, reason: 'empty' };
    let timed = 0;
    for (const l of nonEmpty) {
      if (!l.startsWith('{')) return { ok: false, reason: 'a line does not start with "{"' };
      let o: unknown;
      try {
        o = JSON.parse(l);
      } catch {
        return { ok: false, reason: 'a line is not a JSON object on its own' };
      }
      if (isObject(o) && field(o, TIME_KEYS) !== undefined) timed++;
    }
    if (nonEmpty.length === 1 && !head.trimEnd().endsWith('}'))
      return { ok: false, reason: 'one JSON document, not lines' };
    if (timed === 0) return { ok: false, reason: 'no line has a time field (timestamp, time, ts, @timestamp)' };
    return { ok: true, confidence: 0.6 };
  },
  open(options) {
    const out = new ResultBuilder('json-lines', 'events', options.fileName);
    let carry = '';
    let lineNo = 0;
    let levelsSeen = false;
    const readLine = (text: string) => {
      lineNo++;
      const l = text.trim();
      if (l === '') return;
      let o: unknown;
      try {
        o = JSON.parse(l);
      } catch {
        return out.reject(lineNo, 'not a JSON object');
      }
      if (!isObject(o)) return out.reject(lineNo, 'not a JSON object');
      const rawT = field(o, TIME_KEYS);
      const t = rawT === undefined ? NaN : parseTimestamp(rawT, options.zone);
      if (Number.isNaN(t))
        return out.reject(lineNo, rawT === undefined ? 'no time field' : `time "${rawT.slice(0, 40)}" cannot be read`);
      const message = field(o, MESSAGE_KEYS);
      if (!message) return out.reject(lineNo, 'no message field');
      const level = field(o, LEVEL_KEYS);
      if (level) levelsSeen = true;
      const c = classifyEvent(field(o, KIND_KEYS), message);
      out.events.push({
        id: `${options.fileName}:${lineNo}`,
        t,
        source: field(o, SOURCE_KEYS) ?? 'log',
        kind: c.kind,
        rule: c.rule,
        message: level ? `[${level}] ${message}` : message,
        service: field(o, SERVICE_KEYS),
        incidentId: field(o, ['incident_id', 'incidentId', 'incident']),
        actor: field(o, ['user', 'actor', 'author']),
        raw: l,
      });
    };
    return {
      push(chunk) {
        const text = carry + chunk;
        let start = 0;
        for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
          readLine(text.slice(start, nl));
          start = nl + 1;
        }
        carry = text.slice(start);
      },
      end() {
        if (carry !== '') readLine(carry);
        carry = '';
        if (levelsSeen) out.notes.push('log levels kept in the message; the kind comes from the text, not the level');
        return out.build();
      },
    };
  },
};
