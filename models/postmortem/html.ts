import type { Postmortem } from '../../shared/postmortem';
import { postmortemOutline, type Block } from './outline';

/** Every piece of incident text goes through here: messages are untrusted and never reach the page as markup. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d2330}
h1{font-size:1.8rem;margin-bottom:.3rem}h2{margin-top:2rem;border-bottom:1px solid #d5d9e0}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border:1px solid #d5d9e0;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f2f4f7}.meta{color:#4a5363}.empty{color:#6b7482;font-style:italic}
@media (prefers-color-scheme:dark){body{background:#14171c;color:#e2e6ec}th{background:#222833}th,td,h2{border-color:#3a414d}.meta{color:#aab2bf}}`;

function render(b: Block): string {
  switch (b.kind) {
    case 'title':
      return `<h1>${escapeHtml(b.text)}</h1>`;
    case 'meta':
      return `<p class="meta">${b.items.map(([k, v]) => `<strong>${escapeHtml(k)}:</strong> ${escapeHtml(v)}`).join(' · ')}</p>`;
    case 'heading':
      return `<h${b.level}>${escapeHtml(b.text)}</h${b.level}>`;
    case 'paragraphs':
      return b.lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n');
    case 'list':
      return b.items.length
        ? `<ul>\n${b.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('\n')}\n</ul>`
        : `<p class="empty">${escapeHtml(b.empty)}</p>`;
    case 'table':
      if (b.rows.length === 0) return `<p class="empty">${escapeHtml(b.empty)}</p>`;
      return `<table>\n<thead><tr>${b.header.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>\n<tbody>\n${b.rows
        .map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`)
        .join('\n')}\n</tbody>\n</table>`;
  }
}

/** A self-contained HTML page (inline style, no script, no external resource), safe to open from any incident text. */
export function postmortemToHtml(pm: Postmortem): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(pm.title)}</title>
<style>${STYLE}</style>
</head>
<body>
${postmortemOutline(pm).map(render).join('\n')}
</body>
</html>
`;
}
