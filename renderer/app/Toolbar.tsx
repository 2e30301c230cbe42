import { importFiles, loadDemo, openWorkspace, saveWorkspace } from '../commands';
import { selectDirty, useDocument } from '../store/document';
import { useUi } from '../store/ui';

const mod = navigator.platform.startsWith('Mac') ? '⌘' : 'Ctrl+';

/** The title bar: the study's name and saved state, and the file verbs with their shortcuts in their tooltips. */
export function Toolbar() {
  const name = useDocument((s) => s.workspace?.name);
  const fileName = useDocument((s) => s.fileName);
  const dirty = useDocument(selectDirty);
  const canUndo = useDocument((s) => s.past.length > 0);
  const canRedo = useDocument((s) => s.future.length > 0);
  const undoLabel = useDocument((s) => s.past[s.past.length - 1]?.label);
  const redoLabel = useDocument((s) => s.future[0]?.label);
  return (
    <header className="toolbar">
      <div className="brand">Headroom</div>
      <div className="doc-title" aria-live="polite">
        <span>{fileName ?? name ?? 'No study'}</span>
        <span className={dirty ? 'save-state dirty' : 'save-state'}>{dirty ? 'Unsaved changes' : fileName ? 'Saved' : ''}</span>
      </div>
      <nav className="actions" aria-label="File">
        <button type="button" onClick={() => void openWorkspace()} title={`Open a .headroom study (${mod}O)`}>
          Open…
        </button>
        <button type="button" onClick={() => void saveWorkspace(false)} title={`Save (${mod}S)`}>
          Save
        </button>
        <button type="button" onClick={() => void saveWorkspace(true)} title={`Save as a new file (${mod}Shift+S)`}>
          Save As…
        </button>
        <button type="button" onClick={() => void importFiles()} title={`Import metric or incident files (${mod}I)`}>
          Import…
        </button>
        <button type="button" onClick={() => useDocument.getState().undo()} disabled={!canUndo} title={undoLabel ? `Undo ${undoLabel} (${mod}Z)` : 'Nothing to undo'}>
          Undo
        </button>
        <button type="button" onClick={() => useDocument.getState().redo()} disabled={!canRedo} title={redoLabel ? `Redo ${redoLabel} (${mod}Shift+Z)` : 'Nothing to redo'}>
          Redo
        </button>
        <button type="button" className="link" onClick={() => void loadDemo()}>
          Demo study
        </button>
        <button type="button" className="link" onClick={() => useUi.getState().setShowShortcuts(true)} aria-label="Keyboard shortcuts">
          ?
        </button>
      </nav>
    </header>
  );
}
