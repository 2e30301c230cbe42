import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDemoWorkspace } from '../../models/demo/demo-study';
import { defaultReportOptions, reportForWorkspace } from '../../models/report/build-report';
import type { ReportModel } from '../../models/report/report-model';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dir = mkdtempSync(join(tmpdir(), 'headroom-report-'));

function headroom(args: string[], timeout = 150_000) {
  return spawnSync('npx', ['tsx', 'electron/cli.ts', 'report', ...args], { cwd: root, encoding: 'utf8', timeout });
}

/** pdftotext's words joined by single spaces, so a figure wrapped across lines still reads as one phrase. */
function pdfText(file: string): string {
  const out = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`pdftotext failed: ${out.stderr}`);
  return out.stdout.replace(/\s+/g, ' ');
}

/** What the app shows for the demo study: the same models, run here independently of the CLI process. */
const ws = buildDemoWorkspace();
const expected: ReportModel = reportForWorkspace(ws, defaultReportOptions(ws.name, Date.now()));
const keyFigures = expected.sections.find((s) => s.id === 'summary')!.blocks.flatMap((b) => (b.kind === 'facts' ? b.facts : []));

describe('headroom report --demo as PDF', () => {
  const pdf = join(dir, 'demo.pdf');
  let text = '';
  let run: ReturnType<typeof headroom>;

  beforeAll(() => {
    // The PDF is the built app's print layout; a fresh checkout has no dist/web until `vite build` runs.
    if (!existsSync(join(root, 'dist/web/index.html'))) spawnSync('npx', ['vite', 'build'], { cwd: root, timeout: 180_000 });
    run = headroom(['--demo', '--out', pdf, '--author', 'Capacity lead']);
    if (run.status === 0) text = pdfText(pdf);
  }, 360_000);

  it('exits 0 and says how long it took', () => {
    expect(run.stderr).toMatch(/wrote .*demo\.pdf .* pdf \d+ ms/);
    expect(run.status).toBe(0);
  });

  it('has the cover and every section heading', () => {
    expect(text).toContain(expected.cover.title);
    expect(text).toContain('Capacity lead');
    for (const s of expected.sections) expect(text).toContain(s.title);
  });

  it('prints the executive summary figures the app shows', () => {
    expect(keyFigures.map((f) => f.label)).toEqual(expect.arrayContaining(['Expected peak', 'Will we hold?', 'What to change', 'Incidents']));
    // The leading clause of each sentence: its figures, before any wording the layout may hyphenate.
    for (const f of keyFigures) expect(text).toContain(f.value.split(/[.;(]/)[0]!.trim().replace(/\s+/g, ' '));
  });

  it('numbers its pages and repeats the running header', () => {
    const pages = Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout)?.[1]);
    expect(pages).toBeGreaterThan(5);
    expect(text).toContain(`Page 1 of ${pages}`);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    expect(text.split(expected.cover.study).length - 1).toBeGreaterThanOrEqual(pages);
  });
});

describe('headroom report as Markdown and HTML, and its refusals', () => {
  it('writes Markdown and HTML with the same sections', () => {
    const md = join(dir, 'r.md');
    const html = join(dir, 'r.html');
    expect(headroom(['--demo', '--out', md, '--sections', 'summary,capacity']).status).toBe(0);
    expect(headroom(['--demo', '--out', html]).status).toBe(0);
    const mdText = readFileSync(md, 'utf8');
    expect(mdText).toContain('## Executive summary');
    expect(mdText).toContain('## Capacity plan');
    expect(mdText).not.toContain('## Traffic forecast');
    for (const s of expected.sections) expect(readFileSync(html, 'utf8')).toContain(`>${s.title.replace(/&/g, '&amp;')}</h2>`);
  }, 120_000);

  it('refuses a file that is not a workspace with FILE: reason and exit 2', () => {
    const bad = join(dir, 'bad.headroom');
    writeFileSync(bad, 'not a zip');
    const out = headroom([bad, '--out', join(dir, 'x.pdf')], 60_000);
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .+`, 'm'));
  }, 60_000);

  it('refuses an unknown output type and a missing --out as usage errors', () => {
    expect(headroom(['--demo', '--out', join(dir, 'x.docx')], 60_000).status).toBe(2);
    expect(headroom(['--demo'], 60_000).status).toBe(2);
  }, 120_000);
});
