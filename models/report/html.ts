import { chartSvg } from './chart-svg';
import { formatDate, formatDateTime } from './format';
import { REPORT_CSS } from './report-css';
import type { Block, Fact, ReportModel, ReportSection, TableColumn } from './report-model';
import { escapeXml as esc, svgToString } from './svg-node';

/**
 * The report as one standalone HTML file (no script, no external resource): the same markup and stylesheet as the
 * print layout, with charts inline as SVG. Every string from the study is escaped — incident text is untrusted.
 */
export function reportHtml(report: ReportModel): string {
  const c = report.cover;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.title)}</title>
<style>body { margin: 0; padding: 12mm; background: #fff; }${REPORT_CSS}</style>
</head>
<body>
<article class="report-doc" aria-label="${esc(c.title)}">
${coverHtml(report)}
${report.sections.map(sectionHtml).join('\n')}
</article>
</body>
</html>
`;
}

function coverHtml(report: ReportModel): string {
  const c = report.cover;
  const meta: [string, string][] = [
    ['Study', c.study],
    ['Date', formatDate(c.generatedAt)],
    ...(c.author ? [['Author', c.author] as [string, string]] : []),
    ['Period', c.period ? `${formatDateTime(c.period.start)} – ${formatDateTime(c.period.end)}` : 'no data'],
  ];
  return `<header class="report-cover"><p class="report-kicker">Headroom report</p><h1>${esc(c.title)}</h1><dl class="report-meta">${meta.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl></header>`;
}

/** Sections with content after the summary start a page; a section that only says what is missing does not. */
export const startsPage = (s: ReportSection, index: number): boolean => index > 0 && s.hasContent && s.id !== 'summary';

function sectionHtml(s: ReportSection, index: number): string {
  return `<section class="report-section${startsPage(s, index) ? ' report-page' : ''}" aria-labelledby="report-${s.id}"><h2 id="report-${s.id}">${esc(s.title)}</h2>${s.blocks.map(blockHtml).join('')}</section>`;
}

const factHtml = (f: Fact): string =>
  `<div class="report-fact tone-${f.tone ?? 'neutral'}"><dt>${esc(f.label)}</dt><dd>${esc(f.value)}${f.source ? `<span class="report-source">${esc(f.source)}</span>` : ''}</dd></div>`;

/** Tables of a dozen rows or fewer never split; longer ones break between rows and repeat their header. */
export const SHORT_TABLE_ROWS = 12;

export function cellClassName(c: TableColumn | undefined): string | undefined {
  return c?.align === 'right' ? 'num' : c?.nowrap ? 'nowrap' : undefined;
}

export const tableClassName = (rows: number): string => `report-table${rows <= SHORT_TABLE_ROWS ? ' report-short' : ''}`;

const cellClass = (c: TableColumn | undefined): string => {
  const name = cellClassName(c);
  return name ? ` class="${name}"` : '';
};

function blockHtml(b: Block): string {
  switch (b.kind) {
    case 'paragraph':
      return `<p>${esc(b.text)}</p>`;
    case 'subheading':
      return `<h3>${esc(b.text)}</h3>`;
    case 'missing':
      return `<p class="report-missing">${esc(b.text)}</p>`;
    case 'facts':
      return `<dl class="report-facts">${b.facts.map(factHtml).join('')}</dl>`;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}>${b.items.map((i) => `<li>${esc(i)}</li>`).join('')}</${tag}>`;
    }
    case 'item':
      return `<div class="report-item tone-${b.tone ?? 'neutral'}"><h4>${esc(b.title)}${b.badge ? `<span class="report-badge">${esc(b.badge)}</span>` : ''}</h4><dl>${b.lines.map((l) => `<dt>${esc(l.label)}</dt><dd>${esc(l.text)}</dd>`).join('')}</dl></div>`;
    case 'table':
      return `<table class="${tableClassName(b.rows.length)}" aria-label="${esc(b.caption)}"><caption>${esc(b.caption)}</caption><thead><tr>${b.columns.map((c) => `<th${cellClass(c)}>${esc(c.label)}</th>`).join('')}</tr></thead><tbody>${b.rows
        .map((r) => `<tr>${r.map((cell, i) => `<td${cellClass(b.columns[i])}>${esc(cell)}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`;
    case 'chart':
      return `<figure class="report-figure" aria-label="${esc(b.chart.title)}">${svgToString(chartSvg(b.chart))}<figcaption><strong>${esc(b.chart.title)}.</strong> ${esc(b.chart.description)}.</figcaption></figure>`;
  }
}
