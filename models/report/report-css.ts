/**
 * The report's one stylesheet, for the print layout (injected by renderer/report) and the standalone HTML export
 * alike, so both look the same. Light on purpose: paper is white whatever the app's theme. Page breaks follow
 * CSS Fragmentation Level 3: sections with content start a page, rows and figures never split, headers repeat.
 */
export const REPORT_CSS = `
.report-doc { color-scheme: light; color: #1f2329; background: #fff; font: 10.5pt/1.45 Helvetica, Arial, sans-serif; max-width: 180mm; margin: 0 auto; }
.report-doc h1 { font-size: 24pt; line-height: 1.15; margin: 0 0 6mm; color: #12161c; }
.report-doc h2 { font-size: 15pt; margin: 0 0 4mm; padding-bottom: 1.5mm; border-bottom: 1.5pt solid #2563c9; color: #12161c; break-after: avoid; }
.report-doc h3 { font-size: 11.5pt; margin: 6mm 0 2mm; color: #12161c; break-after: avoid; }
.report-doc h4 { font-size: 10.5pt; margin: 0 0 1.5mm; break-after: avoid; }
.report-doc p { margin: 0 0 2.5mm; }
.report-doc ul, .report-doc ol { margin: 0 0 3mm; padding-left: 6mm; }
.report-doc li { margin-bottom: 1mm; break-inside: avoid; }
.report-cover { padding: 18mm 0 8mm; border-bottom: 0.75pt solid #c9ced6; margin-bottom: 8mm; }
.report-kicker { text-transform: uppercase; letter-spacing: 0.12em; font-size: 9pt; color: #2563c9; font-weight: 700; margin-bottom: 3mm; }
.report-meta { display: grid; grid-template-columns: 28mm 1fr; gap: 1.2mm 4mm; margin: 0; }
.report-meta dt { color: #5b6270; }
.report-meta dd { margin: 0; font-weight: 600; }
.report-section { margin-bottom: 8mm; }
.report-section.report-page { break-before: page; }
.report-facts { margin: 0 0 4mm; display: grid; gap: 2mm; }
.report-fact { display: grid; grid-template-columns: 42mm 1fr; gap: 4mm; padding: 2mm 3mm; border-left: 3pt solid #c9ced6; background: #f6f7f9; break-inside: avoid; }
.report-fact dt { font-weight: 700; }
.report-fact dd { margin: 0; }
.report-fact .report-source { display: block; color: #5b6270; font-size: 8.5pt; margin-top: 0.8mm; }
.tone-good { border-left-color: #23865a; }
.tone-warn { border-left-color: #d2901a; }
.tone-bad { border-left-color: #c42b43; }
.report-missing { border: 0.75pt dashed #9aa1ab; color: #454b55; padding: 2.5mm 3mm; font-style: italic; background: #fafafa; break-inside: avoid; }
.report-table { width: 100%; border-collapse: collapse; margin: 0 0 4mm; font-size: 9pt; }
.report-table caption { text-align: left; font-size: 8.5pt; color: #5b6270; padding-bottom: 1mm; caption-side: top; }
.report-table thead { display: table-header-group; }
.report-table tr { break-inside: avoid; }
.report-table th { text-align: left; font-weight: 700; border-bottom: 1pt solid #1f2329; padding: 1.2mm 2mm; vertical-align: bottom; }
.report-table td { border-bottom: 0.5pt solid #d5d9df; padding: 1.2mm 2mm; vertical-align: top; }
.report-table .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.report-table .nowrap { white-space: nowrap; }
.report-table.report-short { break-inside: avoid; }
.report-figure { margin: 2mm 0 5mm; break-inside: avoid; }
.report-figure svg { display: block; width: 100%; max-width: 180mm; height: auto; }
.report-figure figcaption { font-size: 8.5pt; color: #5b6270; margin-top: 1mm; }
.report-figure figcaption strong { color: #1f2329; }
.report-item { border-left: 3pt solid #c9ced6; padding: 1.5mm 3mm; margin: 0 0 3mm; break-inside: avoid; }
.report-item dl { display: grid; grid-template-columns: 18mm 1fr; gap: 0.8mm 3mm; margin: 0; font-size: 9.5pt; }
.report-item dt { color: #5b6270; }
.report-item dd { margin: 0; }
.report-badge { font-size: 8pt; font-weight: 600; border: 0.75pt solid currentColor; border-radius: 3mm; padding: 0 2mm; margin-left: 2mm; color: #5b6270; white-space: nowrap; }
.tone-bad .report-badge { color: #c42b43; }
.tone-warn .report-badge { color: #a86d00; }
@media print {
  html, body { background: #fff !important; color: #1f2329 !important; }
  .report-doc { max-width: none; }
}
`;
