import { create } from 'zustand';
import { host } from '../host';
import { useDocument } from '../store/document';
import { useUi } from '../store/ui';
import { Comlink, engine } from '../workers/engine';

/** Bytes of an autosave left behind by an unclean exit, until the user restores or discards them. */
export const useRecovery = create<{ bytes: Uint8Array | null }>(() => ({ bytes: null }));

async function restore(bytes: Uint8Array): Promise<void> {
  const decoded = await engine().decode(Comlink.transfer(bytes, [bytes.buffer as ArrayBuffer]));
  useRecovery.setState({ bytes: null });
  if (!decoded.ok) {
    useUi.getState().notify({ tone: 'error', title: 'The recovered work could not be read', detail: decoded.reason });
    return;
  }
  // Restored work is unsaved by definition: no file handle, so Save asks where.
  useDocument.getState().load(decoded.workspace, null, true);
  useUi.getState().selectSeries(decoded.workspace.series.slice(0, 1).map((s) => s.id));
}

export function RecoveryBanner() {
  const bytes = useRecovery((s) => s.bytes);
  if (!bytes) return null;
  return (
    <div role="alertdialog" aria-labelledby="recovery-title" className="recovery">
      <strong id="recovery-title">Headroom closed before your last changes were saved.</strong>
      <button type="button" onClick={() => void restore(bytes)}>
        Restore unsaved work
      </button>
      <button
        type="button"
        className="link"
        onClick={() => {
          useRecovery.setState({ bytes: null });
          void host.writeRecovery(null);
        }}
      >
        Discard it
      </button>
    </div>
  );
}
