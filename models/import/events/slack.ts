import { classifyText } from '../../incident/classify';
import type { ImportFormat } from '../format';
import { htmlToText } from './html-text';
import { isObject, openJsonDocument, str } from './json-document';

/** Message subtypes that say nothing about the incident's course. */
const SKIP_SUBTYPES = new Set([
  'channel_join',
  'channel_leave',
  'tombstone',
  'channel_purpose',
  'channel_topic',
  'channel_name',
  'bot_add',
  'bot_remove',
]);

/**
 * One day file of a Slack channel export (`<channel>/<YYYY-MM-DD>.json`: an array of messages, `ts` in epoch seconds).
 * The channel is the file's folder; each message sits at the time it was posted, thread replies and pinned ones too
 * (incident.io places a pinned message when it was posted, not when pinned).
 */
export const slackEvents: ImportFormat = {
  name: 'slack',
  label: 'Slack channel export (one day file of messages)',
  kind: 'events',
  sniff(head) {
    const text = head.trimStart();
    if (!text.startsWith('[')) return { ok: false, reason: 'not a JSON array' };
    if (!/"ts"\s*:\s*"\d{9,10}\.\d+"/.test(text)) return { ok: false, reason: 'no Slack "ts" message timestamps' };
    if (!/"type"\s*:\s*"message"/.test(text)) return { ok: false, reason: 'no "type": "message" records' };
    return { ok: true, confidence: 0.9 };
  },
  open(options) {
    const parts = options.fileName.split(/[\\/]/);
    const channel = parts.length >= 2 ? parts[parts.length - 2]! : 'slack';
    return openJsonDocument('slack', 'events', options, (doc, out) => {
      if (!Array.isArray(doc)) return out.reject(1, 'a Slack day file is a JSON array of messages');
      let skipped = 0;
      doc.forEach((m, i) => {
        if (!isObject(m)) return out.reject(i + 1, `message ${i + 1} is not an object`);
        const subtype = str(m['subtype']);
        if (subtype && SKIP_SUBTYPES.has(subtype)) {
          skipped++;
          return;
        }
        const ts = str(m['ts']);
        const t = ts ? Number(ts) * 1000 : NaN;
        if (!Number.isFinite(t)) return out.reject(i + 1, `message ${i + 1}: "ts" is not an epoch time`);
        const text = htmlToText(str(m['text']) ?? '');
        if (text === '') {
          skipped++;
          return;
        }
        const fromBot = typeof m['bot_id'] === 'string';
        const c = classifyText(text);
        const thread = str(m['thread_ts']);
        out.events.push({
          id: `slack:${channel}:${ts}`,
          t: Math.round(t),
          source: `slack #${channel}`,
          kind: c.kind,
          rule: `Slack ${fromBot ? 'bot ' : ''}message; ${c.rule}`,
          message: text,
          actor: str(m['user']) ?? str(m['username']),
          raw: JSON.stringify({ ts, user: m['user'], text: m['text'], thread_ts: thread, subtype }),
        });
      });
      if (skipped > 0) out.notes.push(`skipped ${skipped} joins, topic changes, deleted or empty messages`);
    });
  },
};
