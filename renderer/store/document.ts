import { create } from 'zustand';
import type { Workspace } from '../../shared/workspace';

const HISTORY_LIMIT = 200;

/** A named change to the study: what undo and redo step over, and what the Edit menu names. */
export interface Edit {
  label: string;
  apply(workspace: Workspace): Workspace;
}

interface DocumentState {
  workspace: Workspace | null;
  /** Where the study was opened from or last saved to; null for a new or demo study. */
  handle: string | null;
  fileName: string | null;
  past: { label: string; workspace: Workspace }[];
  future: { label: string; workspace: Workspace }[];
  /** The workspace object last saved; `dirty` is derived by identity, never stored twice. */
  saved: Workspace | null;
  /** `unsaved`: the study holds work no file has (restored after a crash), so it starts dirty. */
  load(workspace: Workspace, file: { handle: string; name: string } | null, unsaved?: boolean): void;
  edit(edit: Edit): void;
  undo(): void;
  redo(): void;
  markSaved(file: { handle: string; name: string }): void;
}

/** The study being edited, with undo/redo over immutable snapshots (series columns are shared, never copied). */
export const useDocument = create<DocumentState>((set, get) => ({
  workspace: null,
  handle: null,
  fileName: null,
  past: [],
  future: [],
  saved: null,
  load: (workspace, file, unsaved = false) =>
    set({ workspace, handle: file?.handle ?? null, fileName: file?.name ?? null, past: [], future: [], saved: unsaved ? null : workspace }),
  edit: ({ label, apply }) => {
    const current = get().workspace;
    if (!current) return;
    const next = { ...apply(current), modifiedAt: Date.now() };
    set((s) => ({ workspace: next, past: [...s.past.slice(-HISTORY_LIMIT + 1), { label, workspace: current }], future: [] }));
  },
  undo: () => {
    const { past, workspace } = get();
    const last = past[past.length - 1];
    if (!last || !workspace) return;
    set((s) => ({ workspace: last.workspace, past: s.past.slice(0, -1), future: [{ label: last.label, workspace }, ...s.future] }));
  },
  redo: () => {
    const { future, workspace } = get();
    const next = future[0];
    if (!next || !workspace) return;
    set((s) => ({ workspace: next.workspace, future: s.future.slice(1), past: [...s.past, { label: next.label, workspace }] }));
  },
  markSaved: (file) => set((s) => ({ handle: file.handle, fileName: file.name, saved: s.workspace })),
}));

export const selectDirty = (s: DocumentState) => s.workspace !== null && s.workspace !== s.saved;
