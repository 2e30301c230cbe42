import { describe, expect, it } from 'vitest';
import { escapeMarkdown, reportMarkdown } from './markdown';
import { reportHtml } from './html';
import type { ReportModel } from './report-model';

const hostile = '<script>alert(1)</script> | *bold* [link](javascript:x) & "quotes"';

const report: ReportModel = {
  model: 'headroom-report',
  cover: { title: 'Sale <b>report</b>', study: 'Shop', author: 'Lead', generatedAt: Date.UTC(2026, 10, 20), period: { start: Date.UTC(2026, 8, 7), end: Date.UTC(2026, 10, 15) } },
  sections: [
    {
      id: 'incidents',
      title: 'Incidents',
      hasContent: true,
      blocks: [
        { kind: 'paragraph', text: hostile },
        { kind: 'table', caption: 'Incidents', columns: [{ label: 'Incident' }, { label: 'Resolved', align: 'right' }], rows: [[hostile, '4 h 30 min']] },
        { kind: 'facts', facts: [{ label: 'MTTR', value: '4 h 30 min', source: hostile }] },
        { kind: 'item', title: hostile, badge: 'high priority', tone: 'bad', lines: [{ label: 'Action', text: hostile }] },
        {
          kind: 'chart',
          chart: { id: 'x"><script>', title: hostile, description: hostile, unit: 'req/s', yFormat: 'number', x: { start: 0, end: 3_600_000 }, lines: [{ name: hostile, tone: 'primary', t: [0, 3_600_000], v: [1, 2] }], bands: [], spans: [], thresholds: [] },
        },
      ],
    },
  ],
};

describe('Markdown export', () => {
  it('writes the cover, each section heading and table rows', () => {
    const md = reportMarkdown(report);
    expect(md).toContain('# Sale &lt;b&gt;report&lt;/b&gt;');
    expect(md).toContain('**Period:** 2026-09-07 00:00 UTC – 2026-11-15 00:00 UTC');
    expect(md).toContain('## Incidents');
    expect(md).toContain('| Incident | Resolved |\n| --- | ---: |');
  });

  it('never lets study text become HTML, links or table cells', () => {
    const md = reportMarkdown(report);
    expect(md).not.toContain('<script>');
    expect(escapeMarkdown('a | b')).toBe('a \\| b');
    expect(escapeMarkdown('[x](y)')).toBe('\\[x\\](y)');
    expect(escapeMarkdown('http_requests')).toBe('http_requests');
    expect(escapeMarkdown('_emphasis_')).toBe('\\_emphasis\\_');
  });
});

describe('HTML export', () => {
  it('escapes every string from the study, in text, attributes and chart labels', () => {
    const html = reportHtml(report);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('x"><script>');
  });

  it('is standalone: inline style and SVG, no script and no external resource', () => {
    const html = reportHtml(report);
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('<svg');
    expect(html).toContain('<thead>');
    expect(html).not.toMatch(/\b(src|href)=/);
  });
});
