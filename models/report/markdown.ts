import { formatDate, formatDateTime } from './format';
import type { Block, ReportModel } from './report-model';

/** Inline text from the study (incident messages are untrusted): no raw HTML, no accidental emphasis or table breaks. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([*`[\]|])/g, '\\$1')
    // An underscore inside a word (http_requests) is literal in CommonMark; only one at a word's edge can emphasise.
    .replace(/(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, '\\_')
    .replace(/^#/, '\\#')
    .replace(/\r?\n/g, ' ');
}

function block(b: Block): string {
  switch (b.kind) {
    case 'paragraph':
      return escapeMarkdown(b.text);
    case 'subheading':
      return `### ${escapeMarkdown(b.text)}`;
    case 'missing':
      return `> ${escapeMarkdown(b.text)}`;
    case 'facts':
      return b.facts.map((f) => `- **${escapeMarkdown(f.label)}${f.label.endsWith('?') ? '' : ':'}** ${escapeMarkdown(f.value)}${f.source ? ` _(${escapeMarkdown(f.source)})_` : ''}`).join('\n');
    case 'list':
      return b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${escapeMarkdown(item)}`).join('\n');
    case 'item':
      return [`#### ${escapeMarkdown(b.title)}${b.badge ? ` (${escapeMarkdown(b.badge)})` : ''}`, ...b.lines.map((l) => `- **${escapeMarkdown(l.label)}:** ${escapeMarkdown(l.text)}`)].join('\n');
    case 'table': {
      const head = `| ${b.columns.map((c) => escapeMarkdown(c.label)).join(' | ')} |`;
      const rule = `|${b.columns.map((c) => (c.align === 'right' ? ' ---: ' : ' --- ')).join('|')}|`;
      const rows = b.rows.map((r) => `| ${r.map(escapeMarkdown).join(' | ')} |`);
      return [`*${escapeMarkdown(b.caption)}*`, '', head, rule, ...rows].join('\n');
    }
    case 'chart':
      return `*Figure: ${escapeMarkdown(b.chart.title)}.* ${escapeMarkdown(b.chart.description)} (drawn in the PDF and HTML editions).`;
  }
}

/** The report as Markdown: the same sections, facts and tables as the PDF; charts named with what they show. */
export function reportMarkdown(report: ReportModel): string {
  const c = report.cover;
  const lines = [
    `# ${escapeMarkdown(c.title)}`,
    '',
    `**Study:** ${escapeMarkdown(c.study)}  `,
    `**Date:** ${formatDate(c.generatedAt)}  `,
    ...(c.author ? [`**Author:** ${escapeMarkdown(c.author)}  `] : []),
    `**Period:** ${c.period ? `${formatDateTime(c.period.start)} – ${formatDateTime(c.period.end)}` : 'no data'}`,
  ];
  for (const s of report.sections) {
    lines.push('', `## ${escapeMarkdown(s.title)}`);
    for (const b of s.blocks) lines.push('', block(b));
  }
  return lines.join('\n') + '\n';
}
