import type { MenuCommand } from '../shared/host-api';
import type { DecodeOutcome } from '../models/workspace/codec';
import { host } from './host';
import { useDocument } from './store/document';
import { JobCanceled, runJob } from './store/jobs';
import { useUi } from './store/ui';
import { defaultChoices, runImport } from './views/import/run-import';
import { Comlink, engine } from './workers/engine';
import { openReportExport } from './views/report/report-dialog';

/** The app's verbs, shared by the menu, the keyboard, the toolbar and the empty state. */

const notifyError = (title: string, detail: string) => useUi.getState().notify({ tone: 'error', title, detail });

function handleFailure(title: string, err: unknown): void {
  if (err instanceof JobCanceled) useUi.getState().notify({ tone: 'info', title: `${title}: canceled` });
  else notifyError(title, err instanceof Error ? err.message : String(err));
}

export async function loadDemo(): Promise<void> {
  try {
    const workspace = await runJob('Opening the demo study', () => engine().demo());
    useDocument.getState().load(workspace, null);
    useUi.getState().selectSeries(workspace.series.slice(0, 1).map((s) => s.id));
    useUi.getState().setRange(null);
  } catch (err) {
    handleFailure('Could not open the demo study', err);
  }
}

export async function openWorkspace(): Promise<void> {
  const picked = await host.openWorkspace();
  if (!picked.ok) {
    if (!picked.canceled) notifyError('Could not open the file', picked.reason);
    return;
  }
  const { name, handle, bytes } = picked.value;
  try {
    const decoded = await runJob<DecodeOutcome>(`Opening ${name}`, async () => await engine().decode(Comlink.transfer(bytes, [bytes.buffer as ArrayBuffer])));
    if (!decoded.ok) {
      // The current study stays as it was; the file on disk was only read.
      notifyError(`${name} could not be opened`, decoded.reason);
      return;
    }
    useDocument.getState().load(decoded.workspace, { handle, name });
    useUi.getState().selectSeries(decoded.workspace.series.slice(0, 1).map((s) => s.id));
    useUi.getState().setRange(null);
    if (decoded.migrated.length > 0) useUi.getState().notify({ tone: 'info', title: `${name} was upgraded`, detail: decoded.migrated.join('; ') });
  } catch (err) {
    handleFailure(`Opening ${name}`, err);
  }
}

export async function saveWorkspace(saveAs: boolean): Promise<void> {
  const { workspace, handle, fileName } = useDocument.getState();
  if (!workspace) return;
  try {
    const bytes = await runJob('Saving', () => engine().encode(workspace));
    const result = await host.saveWorkspace({ handle: saveAs ? null : handle, suggestedName: fileName ?? `${slug(workspace.name)}.headroom`, bytes });
    if (!result.ok) {
      if (!result.canceled) notifyError('The study was not saved (your work is still here)', result.reason);
      return;
    }
    // Mark exactly the snapshot that was written: edits made while saving keep the study dirty.
    useDocument.setState({ handle: result.value.handle, fileName: result.value.name, saved: workspace });
    void host.writeRecovery(null);
  } catch (err) {
    handleFailure('Saving', err);
  }
}

export async function importFiles(): Promise<void> {
  const picked = await host.pickImportFiles();
  if (!picked.ok) {
    if (!picked.canceled) notifyError('Could not read the files', picked.reason);
    return;
  }
  const zone = useUi.getState().zone;
  for (const source of picked.value) {
    const finished = await runImport(source, defaultChoices(zone));
    if (finished?.ok && finished.result.rejectedCount > 0) {
      const r = finished.result;
      useUi.getState().notify({ tone: 'info', title: `${source.name}: ${r.rejectedCount} rows rejected`, detail: r.rejected.slice(0, 3).map((x) => `line ${x.line}: ${x.reason}`).join('\n') });
    }
  }
}

function slug(name: string): string {
  return name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').toLowerCase() || 'study';
}

export function runMenuCommand(command: MenuCommand): void {
  switch (command) {
    case 'open':
      void openWorkspace();
      break;
    case 'save':
      void saveWorkspace(false);
      break;
    case 'save-as':
      void saveWorkspace(true);
      break;
    case 'import':
      void importFiles();
      break;
    case 'undo':
    case 'redo':
      // In a text field the menu's Undo belongs to the text being typed, not to the study.
      if (document.activeElement?.closest('input, textarea, [contenteditable="true"]')) document.execCommand(command);
      else if (command === 'undo') useDocument.getState().undo();
      else useDocument.getState().redo();
      break;
    case 'new-demo':
      void loadDemo();
      break;
    case 'export-report':
      useUi.getState().setView('report');
      openReportExport();
      break;
  }
}
