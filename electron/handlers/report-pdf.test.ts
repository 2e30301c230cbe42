import { promises as fsp } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DialogPort } from './dialogs';
import { printReportPdf, type ReportPdfOptions } from './report-pdf';

const request = { suggestedName: 'sale/report.pdf', paper: 'Letter' as const, title: 'Sale <b>', study: 'Shop', generatedAt: Date.UTC(2026, 10, 20) };

function dialogsSaving(to: string | null, asked: string[]): DialogPort {
  const no = async () => null;
  return { chooseWorkspaceToOpen: no, chooseWorkspaceSaveTarget: no, chooseImportFiles: no, chooseExportTarget: async (name) => (asked.push(name), to) };
}

describe('report:pdf', () => {
  it('prints the window on the chosen paper with page numbers and an escaped running header, and saves it', async () => {
    const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'headroom-report-pdf-'));
    const target = path.join(dir, 'report.pdf');
    const seen: ReportPdfOptions[] = [];
    const asked: string[] = [];
    const out = await printReportPdf({ dialogs: dialogsSaving(target, asked), printToPdf: async (o) => (seen.push(o), new TextEncoder().encode('%PDF-1.7 fake')) }, request);
    expect(out).toEqual({ ok: true, value: { name: 'report.pdf' } });
    expect(await fsp.readFile(target, 'utf8')).toBe('%PDF-1.7 fake');
    expect(asked).toEqual(['sale-report.pdf']);
    expect(seen[0]).toMatchObject({ pageSize: 'Letter', printBackground: true, displayHeaderFooter: true });
    expect(seen[0]!.headerTemplate).toContain('Sale &lt;b&gt;');
    expect(seen[0]!.footerTemplate).toContain('<span class="pageNumber"></span> of <span class="totalPages"></span>');
  });

  it('writes nothing when the user cancels the save dialog', async () => {
    const out = await printReportPdf({ dialogs: dialogsSaving(null, []), printToPdf: async () => new Uint8Array(1) }, request);
    expect(out).toEqual({ ok: false, canceled: true, reason: 'canceled' });
  });

  it('says so when the window cannot print', async () => {
    const out = await printReportPdf({ dialogs: dialogsSaving(null, []) }, request);
    expect(out).toMatchObject({ ok: false, canceled: false });
  });
});
