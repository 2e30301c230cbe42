import { useEffect } from 'react';
import { runMenuCommand } from '../commands';
import { host } from '../host';
import { selectDirty, useDocument } from '../store/document';
import { useUi } from '../store/ui';
import { views } from '../views/registry';
import { Notices } from './Notices';
import { RecoveryBanner } from './recovery';
import { ShortcutsDialog } from './ShortcutsDialog';
import { Sidebar } from './Sidebar';
import { StatusBar } from './StatusBar';
import { Toolbar } from './Toolbar';
import { useAutosave } from './useAutosave';
import { useStartup } from './useStartup';

/** One window, one study: toolbar, sidebar of the study's parts, the current view, and a status bar of jobs. */
export function App() {
  const workspace = useDocument((s) => s.workspace);
  const fileName = useDocument((s) => s.fileName);
  const dirty = useDocument(selectDirty);
  const view = useUi((s) => s.view);
  const showShortcuts = useUi((s) => s.showShortcuts);
  useStartup();
  useAutosave();

  useEffect(() => host.onMenuCommand(runMenuCommand), []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.key === '?' && !target?.closest('input, textarea, [contenteditable="true"]')) useUi.getState().setShowShortcuts(true);
      if (e.key === 'Escape') useUi.getState().setShowShortcuts(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  useEffect(() => {
    // Closing the desktop window with unsaved work asks first (main turns this into its native prompt).
    // The web host relies on its autosave and the restore offer instead, so a reload never blocks on a dialog.
    if (host.kind !== 'electron') return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (selectDirty(useDocument.getState())) e.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);
  useEffect(() => {
    document.title = `${fileName ?? workspace?.name ?? 'Headroom'}${dirty ? ' •' : ''} — Headroom`;
  }, [fileName, workspace, dirty]);

  const Current = (views.find((v) => v.id === view) ?? views[0]!).component;
  return (
    <div className="app">
      <Toolbar />
      <Sidebar />
      <main className="main">
        <RecoveryBanner />
        {workspace ? <Current /> : <p className="empty-hint">Opening the demo study…</p>}
      </main>
      <StatusBar />
      <Notices />
      {showShortcuts && <ShortcutsDialog />}
    </div>
  );
}
