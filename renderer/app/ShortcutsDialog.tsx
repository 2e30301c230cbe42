import { useEffect, useRef } from 'react';
import { useUi } from '../store/ui';

const mod = navigator.platform.startsWith('Mac') ? '⌘' : 'Ctrl';
const shortcuts: [string, string][] = [
  [`${mod}+O`, 'Open a study'],
  [`${mod}+S`, 'Save'],
  [`${mod}+Shift+S`, 'Save as'],
  [`${mod}+I`, 'Import files'],
  [`${mod}+E`, 'Export the report'],
  [`${mod}+Z`, 'Undo'],
  [`${mod}+Shift+Z`, 'Redo'],
  ['Double-click a chart', 'Reset the zoom'],
  ['?', 'This list'],
];

export function ShortcutsDialog() {
  const close = () => useUi.getState().setShowShortcuts(false);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    ref.current?.showModal();
  }, []);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="shortcuts-title" onClose={close}>
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <table className="grid">
        <tbody>
          {shortcuts.map(([keys, what]) => (
            <tr key={keys}>
              <td>
                <kbd>{keys}</kbd>
              </td>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={close}>
        Close
      </button>
    </dialog>
  );
}
