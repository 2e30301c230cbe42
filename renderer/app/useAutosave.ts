import { useEffect } from 'react';
import { host } from '../host';
import { selectDirty, useDocument } from '../store/document';
import { engine } from '../workers/engine';

const AUTOSAVE_DELAY_MS = 2000;

/** Unsaved edits go to the host's recovery slot (never the user's file) a moment after they stop. */
export function useAutosave(): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = useDocument.subscribe((state, previous) => {
      if (state.workspace === previous.workspace) return;
      clearTimeout(timer);
      // Back at what the file holds (undone to it, or just saved): nothing left to recover.
      if (selectDirty(previous) && !selectDirty(state)) void host.writeRecovery(null);
      if (!selectDirty(state) || !state.workspace) return;
      const snapshot = state.workspace;
      timer = setTimeout(() => {
        void (async () => {
          const bytes = await engine().encode(snapshot);
          if (useDocument.getState().workspace === snapshot) await host.writeRecovery(bytes);
        })();
      }, AUTOSAVE_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, []);
}
