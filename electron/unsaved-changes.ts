import type { MessageBoxSyncOptions } from 'electron';

/**
 * Closing or reloading a window whose page vetoes unload (the renderer's `beforeunload` calls preventDefault while
 * the study has unsaved edits) asks here. Electron would otherwise cancel the close silently
 * (https://www.electronjs.org/docs/latest/api/web-contents#event-will-prevent-unload). The safe answer is the default.
 */
export const DISCARD_BUTTON = 0;
export const UNSAVED_CHANGES_PROMPT: MessageBoxSyncOptions = {
  type: 'warning',
  buttons: ['Close Without Saving', 'Cancel'],
  defaultId: 1,
  cancelId: 1,
  noLink: true,
  message: 'This study has unsaved changes.',
  detail: 'If you close now, the changes since your last save are lost. Cancel, then Save (Ctrl/Cmd+S) to keep them.',
};
