import type { EventKind } from '../../../shared/events';
import type { ImportFormat } from '../format';
import { parseTimestamp } from '../timestamp';
import { isObject, openJsonDocument, str } from './json-document';

/** CloudWatch alarm states (AWS CloudWatch API, AlarmHistoryItem / StateValue) as the course of an incident. */
const STATE_KIND: Record<string, EventKind> = { ALARM: 'alert', OK: 'resolution', INSUFFICIENT_DATA: 'note' };
const ITEM_KIND: Record<string, EventKind> = { ConfigurationUpdate: 'change', Action: 'page' };

/** `aws cloudwatch describe-alarm-history` output: each state change of an alarm is an event (ALARM → alert, OK → resolution). */
export const cloudwatchAlarms: ImportFormat = {
  name: 'cloudwatch-alarms',
  label: 'AWS CloudWatch alarm history (describe-alarm-history JSON)',
  kind: 'events',
  sniff(head) {
    return /"AlarmHistoryItems"\s*:/.test(head)
      ? { ok: true, confidence: 0.95 }
      : { ok: false, reason: 'no "AlarmHistoryItems"' };
  },
  open(options) {
    return openJsonDocument('cloudwatch-alarms', 'events', options, (doc, out) => {
      const items = isObject(doc) ? doc['AlarmHistoryItems'] : undefined;
      if (!Array.isArray(items)) return out.reject(1, 'no "AlarmHistoryItems" array');
      items.forEach((item, i) => {
        if (!isObject(item)) return out.reject(i + 1, `item ${i + 1} is not an object`);
        const t = parseTimestamp(str(item['Timestamp']) ?? '', 'UTC');
        if (Number.isNaN(t)) return out.reject(i + 1, `item ${i + 1}: Timestamp cannot be read`);
        const type = str(item['HistoryItemType']) ?? '';
        const name = str(item['AlarmName']) ?? 'alarm';
        const summary = str(item['HistorySummary']) ?? type;
        let kind: EventKind = ITEM_KIND[type] ?? 'note';
        let rule = ITEM_KIND[type] ? `CloudWatch ${type}` : `CloudWatch ${type || 'item'} (not a state change)`;
        let reason = '';
        if (type === 'StateUpdate') {
          // HistoryData is JSON inside a JSON string; the new state's value decides the kind.
          let state: string | undefined;
          try {
            const data: unknown = JSON.parse(str(item['HistoryData']) ?? '');
            const next = isObject(data) && isObject(data['newState']) ? data['newState'] : undefined;
            state = next ? str(next['stateValue']) : undefined;
            reason = next ? (str(next['stateReason']) ?? '') : '';
          } catch {
            state = /to (ALARM|OK|INSUFFICIENT_DATA)\b/.exec(summary)?.[1];
          }
          if (state && STATE_KIND[state]) {
            kind = STATE_KIND[state]!;
            rule = `CloudWatch alarm state → ${state}`;
          } else out.reject(i + 1, `item ${i + 1}: the new alarm state cannot be read`);
        }
        out.events.push({
          id: `cloudwatch:${name}:${t}:${type}`,
          t,
          source: 'cloudwatch',
          kind,
          rule,
          message: `${name}: ${summary}${reason ? ` (${reason})` : ''}`,
          raw: JSON.stringify(item),
        });
      });
    });
  },
};
