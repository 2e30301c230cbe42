import { describe, expect, it } from 'vitest';
import type { Incident } from '../../shared/incident';
import { assembleIncidents } from '../incident/assemble';
import { draftPostmortem } from './draft';
import { postmortemToHtml } from './html';
import { postmortemToMarkdown } from './markdown';

const hostile = '<img src=x onerror=alert(1)> [click](javascript:alert(2)) & <script>alert(3)</script>';
const [incident] = assembleIncidents([
  { id: 'a', t: Date.UTC(2024, 0, 1, 23, 50), source: 'slack #inc', kind: 'alert', message: hostile },
  { id: 'b', t: Date.UTC(2024, 0, 2, 0, 20), source: 'slack #inc', kind: 'resolution', message: 'resolved | all good' },
]) as [Incident];
const pm = draftPostmortem(incident);

describe('postmortem export', () => {
  it('never emits markup from incident text in HTML', () => {
    const html = postmortemToHtml(pm);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain("default-src 'none'");
  });

  it('escapes HTML, links and table pipes in Markdown', () => {
    const md = postmortemToMarkdown(pm);
    expect(md).not.toContain('<img');
    expect(md).not.toMatch(/(?<!\\)\]\(javascript:/);
    expect(md).toContain('\\[click\\](javascript:');
    expect(md).toContain('&lt;script&gt;');
    expect(md).toContain('resolved \\| all good');
  });

  it('writes the date in the timeline whenever the day changes', () => {
    const md = postmortemToMarkdown(pm);
    expect(md).toContain('| 2024-01-01 23:50 | alert |');
    expect(md).toContain('| 2024-01-02 00:20 | resolution |');
  });

  it('has every section of the SRE book template, in order', () => {
    const headings = postmortemToMarkdown(pm)
      .split('\n')
      .filter((l) => l.startsWith('## '))
      .map((l) => l.slice(3));
    expect(headings).toEqual([
      'Summary',
      'Impact',
      'Duration',
      'Root cause',
      'Trigger',
      'Detection',
      'Resolution',
      'Contributing factors',
      'Action items',
      'Lessons learned',
      'Timeline',
      'Supporting information',
    ]);
  });
});
