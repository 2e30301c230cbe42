import type { Postmortem } from '../../shared/postmortem';
import { durationText, localDate, localDateTime, localTime, offsetLabel } from './time-text';

/** A postmortem as a list of plain-text blocks, so Markdown, HTML and the report render one structure and escape at their edge. */
export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'meta'; items: [string, string][] }
  | { kind: 'heading'; level: 2 | 3; text: string }
  | { kind: 'paragraphs'; lines: string[] }
  | { kind: 'list'; items: string[]; empty: string }
  | { kind: 'table'; header: string[]; rows: string[][]; empty: string };

const STATUS: Record<Postmortem['status'], string> = { draft: 'Draft', 'in-review': 'In review', final: 'Final' };

/** Sections in the Google SRE book's order (Appendix D), with Atlassian's duration and contributing factors. */
export function postmortemOutline(pm: Postmortem): Block[] {
  const z = pm.timeZone;
  const lines = (text: string) => text.split('\n').filter((l) => l.trim() !== '');
  const multiDay =
    localDate(pm.start, z) !== localDate(pm.end, z) ||
    pm.timeline.some((e) => localDate(e.t, z) !== localDate(pm.start, z));
  const zoneNote = `Times are ${offsetLabel(pm.start, z)}${z !== 'UTC' && !/^[+-]/.test(z) ? ` (${z})` : z === 'UTC' ? ' (UTC)' : ''}.`;
  let lastDay = '';
  const when = (t: number) => {
    // Show the date when it changes, so a multi-day incident never reads as one day (Monzo Response #149).
    const day = localDate(t, z);
    const show = multiDay ? day !== lastDay : lastDay === '';
    lastDay = day;
    return show ? localDateTime(t, z) : localTime(t, z);
  };
  return [
    { kind: 'title', text: pm.title },
    {
      kind: 'meta',
      items: [
        ['Date', localDate(pm.start, z)],
        ['Authors', pm.authors.length ? pm.authors.join(', ') : '(to be added)'],
        ['Status', STATUS[pm.status]],
        ['Incident', pm.incidentId],
      ],
    },
    { kind: 'heading', level: 2, text: 'Summary' },
    { kind: 'paragraphs', lines: lines(pm.summary) },
    { kind: 'heading', level: 2, text: 'Impact' },
    { kind: 'paragraphs', lines: lines(pm.impact) },
    { kind: 'heading', level: 2, text: 'Duration' },
    {
      kind: 'paragraphs',
      lines: [
        `${localDateTime(pm.start, z)} to ${localDateTime(pm.end, z)} (${offsetLabel(pm.start, z)}): ${durationText((pm.end - pm.start) / 60_000)}.`,
      ],
    },
    { kind: 'heading', level: 2, text: 'Root cause' },
    { kind: 'paragraphs', lines: lines(pm.rootCause) },
    { kind: 'heading', level: 2, text: 'Trigger' },
    { kind: 'paragraphs', lines: lines(pm.trigger) },
    { kind: 'heading', level: 2, text: 'Detection' },
    { kind: 'paragraphs', lines: lines(pm.detection) },
    { kind: 'heading', level: 2, text: 'Resolution' },
    { kind: 'paragraphs', lines: lines(pm.resolution) },
    { kind: 'heading', level: 2, text: 'Contributing factors' },
    { kind: 'list', items: pm.contributingFactors, empty: 'None recorded yet.' },
    { kind: 'heading', level: 2, text: 'Action items' },
    {
      kind: 'table',
      header: ['#', 'Action', 'Type', 'Owner', 'Priority', 'Due', 'Ticket', 'Why'],
      rows: pm.actionItems.map((a) => [
        a.id,
        a.done ? `${a.title} (done)` : a.title,
        a.type,
        a.owner || '(unassigned)',
        a.priority,
        a.due ?? '',
        a.ticket,
        a.why,
      ]),
      empty: 'No action items yet.',
    },
    { kind: 'heading', level: 2, text: 'Lessons learned' },
    { kind: 'heading', level: 3, text: 'What went well' },
    { kind: 'list', items: pm.wentWell, empty: 'To be filled in by the team.' },
    { kind: 'heading', level: 3, text: 'What went wrong' },
    { kind: 'list', items: pm.wentBadly, empty: 'To be filled in by the team.' },
    { kind: 'heading', level: 3, text: 'Where we got lucky' },
    { kind: 'list', items: pm.gotLucky, empty: 'To be filled in by the team.' },
    { kind: 'heading', level: 2, text: 'Timeline' },
    { kind: 'paragraphs', lines: [zoneNote] },
    {
      kind: 'table',
      header: ['Time', 'Kind', 'Source', 'Event'],
      rows: pm.timeline.map((e) => [when(e.t), e.kind, e.source, e.text.replace(/\s*\n\s*/g, ' ')]),
      empty: 'No events.',
    },
    { kind: 'heading', level: 2, text: 'Supporting information' },
    { kind: 'list', items: pm.supporting, empty: 'None.' },
  ];
}
