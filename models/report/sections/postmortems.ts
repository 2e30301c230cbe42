import type { Postmortem } from '../../../shared/postmortem';
import { formatDate, formatDateTime, formatMinutes } from '../format';
import type { Block, ReportSection } from '../report-model';
import type { ReportInputs } from '../report-inputs';

const STATUS_WORDS = { draft: 'draft', 'in-review': 'in review', final: 'final' } as const;

/** Each postmortem printed in full, in the SRE book's order, so the report can be forwarded as the record. */
export function postmortemsSection(inputs: ReportInputs): ReportSection {
  if (inputs.postmortems.length === 0) {
    const text =
      inputs.incidents.length > 0
        ? `Not yet written: ${inputs.incidents.length === 1 ? 'the incident has' : 'the incidents have'} no postmortem in this study. Draft one on the Postmortems page.`
        : 'Not yet modelled: the study has no postmortems.';
    return { id: 'postmortems', title: 'Postmortems', hasContent: false, blocks: [{ kind: 'missing', text }] };
  }
  return { id: 'postmortems', title: 'Postmortems', hasContent: true, blocks: inputs.postmortems.flatMap(postmortemBlocks) };
}

function text(heading: string, body: string): Block[] {
  const lines = body
    .split(/\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  if (lines.length === 0) return [];
  // Several short lines (the drafted impact figures) read as a list; one or two as prose.
  const content: Block[] = lines.length > 2 ? [{ kind: 'list', items: lines }] : lines.map((p): Block => ({ kind: 'paragraph', text: p }));
  return [{ kind: 'subheading', text: heading }, ...content];
}

function list(heading: string, items: string[]): Block[] {
  return items.length ? [{ kind: 'subheading', text: heading }, { kind: 'list', items }] : [];
}

export function postmortemBlocks(pm: Postmortem): Block[] {
  return [
    { kind: 'subheading', text: `Postmortem: ${pm.title}` },
    {
      kind: 'facts',
      facts: [
        { label: 'Status', value: `${STATUS_WORDS[pm.status]}, last edited ${formatDate(pm.modifiedAt)}` },
        { label: 'Authors', value: pm.authors.length ? pm.authors.join(', ') : 'not yet named' },
        { label: 'Duration', value: `${formatMinutes((pm.end - pm.start) / 60_000)}, ${formatDateTime(pm.start)} – ${formatDateTime(pm.end)}` },
      ],
    },
    ...text('Summary', pm.summary),
    ...text('Impact', pm.impact),
    ...text('Root cause', pm.rootCause),
    ...text('Trigger', pm.trigger),
    ...text('Detection', pm.detection),
    ...text('Resolution', pm.resolution),
    ...(pm.timeline.length
      ? [
          { kind: 'subheading' as const, text: 'Timeline' },
          {
            kind: 'table' as const,
            caption: `Timeline of ${pm.title} (UTC)`,
            columns: [{ label: 'Time', nowrap: true }, { label: 'What happened' }, { label: 'Kind' }, { label: 'Source' }],
            rows: [...pm.timeline].sort((a, b) => a.t - b.t).map((e) => [formatDateTime(e.t), e.text, e.kind, e.source]),
          },
        ]
      : []),
    ...list('Contributing factors', pm.contributingFactors),
    ...list('What went well', pm.wentWell),
    ...list('What went badly', pm.wentBadly),
    ...list('Where we got lucky', pm.gotLucky),
    ...(pm.actionItems.length
      ? [
          { kind: 'subheading' as const, text: 'Action items' },
          {
            kind: 'table' as const,
            caption: `Action items of ${pm.title}`,
            columns: [{ label: 'Action' }, { label: 'Type' }, { label: 'Priority' }, { label: 'Owner' }, { label: 'Due', nowrap: true }, { label: 'Ticket' }, { label: 'Done' }],
            rows: pm.actionItems.map((a) => [a.title, a.type, a.priority, a.owner || 'unassigned', a.due ?? '—', a.ticket || '—', a.done ? 'yes' : 'no']),
          },
        ]
      : []),
    ...list('Supporting information', pm.supporting),
  ];
}
