import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { buildDemoWorkspace } from '../../models/demo/demo-study';
import { defaultReportOptions, reportForWorkspace } from '../../models/report/build-report';
import { reportHtml } from '../../models/report/html';
import { reportMarkdown } from '../../models/report/markdown';
import { REPORT_SECTIONS, type ReportSectionId } from '../../models/report/report-model';
import { parseNameList } from '../../models/redact/name-list';
import { redactionSummary } from '../../models/redact/redaction-summary';
import { redactWorkspace } from '../../models/redact/redact-workspace';
import { decodeWorkspace } from '../../models/workspace/codec';
import type { Workspace } from '../../shared/workspace';
import { renderReportPdf } from '../node/render-pdf';
import { problem, UsageError } from './output';

export const reportHelp = 'headroom report (WORKSPACE.headroom | --demo) --out FILE.pdf|FILE.md|FILE.html [--title T] [--author A] [--sections LIST] [--paper A4|Letter] [--redact [--redact-names "Dana Smith|dana,Lee"]]';

/** Where the built renderer is: $HEADROOM_WEB_DIR, or dist/web beside the entry (electron/cli.ts, dist-electron/cli.cjs). */
function webDir(): string {
  const fromEnv = process.env['HEADROOM_WEB_DIR'];
  if (fromEnv) return fromEnv;
  const entry = process.argv[1] ? path.dirname(path.resolve(process.argv[1])) : process.cwd();
  return path.resolve(entry, '..', 'dist', 'web');
}

function parseSections(list: string | undefined): ReportSectionId[] {
  if (!list) return [...REPORT_SECTIONS];
  const ids = list.split(',').map((s) => s.trim());
  const unknown = ids.filter((id) => !(REPORT_SECTIONS as readonly string[]).includes(id));
  if (unknown.length) throw new UsageError(`--sections: unknown ${unknown.join(', ')} (choose from ${REPORT_SECTIONS.join(',')})`);
  return ids as ReportSectionId[];
}

/** `headroom report`: the lead's report — the app's own print layout as PDF, or the same content as Markdown or HTML. */
export async function runReport(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      demo: { type: 'boolean' },
      out: { type: 'string' },
      title: { type: 'string' },
      author: { type: 'string' },
      sections: { type: 'string' },
      paper: { type: 'string' },
      redact: { type: 'boolean' },
      'redact-names': { type: 'string' },
    },
  });
  if (!values.out) throw new UsageError(`--out is required\nusage: ${reportHelp}`);
  if (!!values.demo === positionals.length > 0 || positionals.length > 1) throw new UsageError(`give one WORKSPACE.headroom or --demo\nusage: ${reportHelp}`);
  const ext = path.extname(values.out).toLowerCase();
  if (!['.pdf', '.md', '.html', '.htm'].includes(ext)) throw new UsageError(`--out ${values.out}: the name must end in .pdf, .md or .html`);
  const paper = values.paper ?? 'A4';
  if (paper !== 'A4' && paper !== 'Letter') throw new UsageError(`--paper ${paper}: choose A4 or Letter`);
  const sections = parseSections(values.sections);

  let workspace: Workspace;
  if (values.demo) workspace = buildDemoWorkspace();
  else {
    const file = positionals[0]!;
    const bytes = await readFile(file).catch((err: NodeJS.ErrnoException) => {
      problem(file, err.code === 'ENOENT' ? 'no such file' : `cannot read: ${err.message}`);
      return null;
    });
    if (!bytes) return 2;
    const decoded = decodeWorkspace(new Uint8Array(bytes));
    if (!decoded.ok) {
      problem(file, decoded.reason);
      return 2;
    }
    workspace = decoded.workspace;
  }
  // Names given mean redaction wanted: leaking them because --redact was forgotten would be the worse mistake.
  if (values.redact || values['redact-names'] !== undefined) {
    const { workspace: redacted, redactions } = redactWorkspace(workspace, { names: parseNameList(values['redact-names'] ?? '') });
    workspace = redacted;
    process.stderr.write(`${redactionSummary(redactions)}\n`);
  }

  const started = performance.now();
  const report = reportForWorkspace(
    workspace,
    { ...defaultReportOptions(workspace.name, Date.now()), sections, ...(values.title ? { title: values.title } : {}), ...(values.author ? { author: values.author } : {}) },
    () => performance.now(),
  );
  const modelled = performance.now();
  let bytes: Uint8Array;
  if (ext === '.md') bytes = new TextEncoder().encode(reportMarkdown(report));
  else if (ext === '.pdf') {
    const dir = webDir();
    if (!existsSync(path.join(dir, 'index.html'))) {
      problem(dir, 'the built app is missing: run `npx vite build` first (the PDF is the app\'s own print layout)');
      return 1;
    }
    bytes = await renderReportPdf({ report, webDir: dir, paper });
  } else bytes = new TextEncoder().encode(reportHtml(report));
  await writeFile(values.out, bytes);
  const done = performance.now();
  process.stderr.write(`wrote ${values.out} (${bytes.length.toLocaleString('en-US')} bytes): models ${Math.round(modelled - started)} ms, ${ext.slice(1)} ${Math.round(done - modelled)} ms\n`);
  return 0;
}
