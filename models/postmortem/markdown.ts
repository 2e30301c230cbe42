import type { Postmortem } from '../../shared/postmortem';
import { postmortemOutline, type Block } from './outline';

/**
 * Incident text is untrusted: Markdown renderers pass raw HTML through, so `<`, `>` and `&` become entities, and
 * characters that would start links, emphasis, code or table cells are backslash-escaped.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|])/g, '\\$1')
    .replace(/^(\s*)([#+-]|\d+\.)(?=\s)/, '$1\\$2');
}

const cell = (s: string) => escapeMarkdown(s.replace(/\s*\n\s*/g, ' ')) || ' ';

function render(b: Block): string {
  switch (b.kind) {
    case 'title':
      return `# ${escapeMarkdown(b.text)}`;
    case 'meta':
      return b.items.map(([k, v]) => `**${k}:** ${escapeMarkdown(v)}`).join('  \n');
    case 'heading':
      return `${'#'.repeat(b.level)} ${escapeMarkdown(b.text)}`;
    case 'paragraphs':
      return b.lines.map(escapeMarkdown).join('\n\n');
    case 'list':
      return b.items.length
        ? b.items.map((i) => `- ${escapeMarkdown(i.replace(/\s*\n\s*/g, ' '))}`).join('\n')
        : `_${b.empty}_`;
    case 'table':
      if (b.rows.length === 0) return `_${b.empty}_`;
      return [
        `| ${b.header.map(cell).join(' | ')} |`,
        `|${b.header.map(() => '---').join('|')}|`,
        ...b.rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
      ].join('\n');
  }
}

/** The postmortem as GitHub-flavoured Markdown, ready for a wiki or a pull request. */
export function postmortemToMarkdown(pm: Postmortem): string {
  return postmortemOutline(pm).map(render).join('\n\n') + '\n';
}
