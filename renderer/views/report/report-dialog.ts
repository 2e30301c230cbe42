import { create } from 'zustand';

/** Whether the export dialog is open: the menu's "Export Report…" (Ctrl+E) opens it from any view. */
export const useReportDialog = create<{ open: boolean; setOpen(open: boolean): void }>((set) => ({ open: false, setOpen: (open) => set({ open }) }));

export const openReportExport = (): void => useReportDialog.getState().setOpen(true);
