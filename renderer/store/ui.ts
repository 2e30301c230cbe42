import { create } from 'zustand';

/** One time range for the whole study (Grafana-style): every chart shows it, zooming any chart sets it. */
export interface TimeRange {
  start: number;
  end: number;
}

export interface Notice {
  id: number;
  tone: 'error' | 'info';
  title: string;
  detail?: string;
}

interface UiState {
  view: string;
  range: TimeRange | null;
  selectedSeries: string[];
  notices: Notice[];
  showShortcuts: boolean;
  zone: string;
  setView(view: string): void;
  setRange(range: TimeRange | null): void;
  toggleSeries(id: string): void;
  selectSeries(ids: string[]): void;
  notify(notice: Omit<Notice, 'id'>): void;
  dismiss(id: number): void;
  setShowShortcuts(show: boolean): void;
  setZone(zone: string): void;
}

let noticeId = 1;

export const useUi = create<UiState>((set) => ({
  view: 'data',
  range: null,
  selectedSeries: [],
  notices: [],
  showShortcuts: false,
  zone: 'UTC',
  setView: (view) => set({ view }),
  setRange: (range) => set({ range }),
  toggleSeries: (id) =>
    set((s) => ({ selectedSeries: s.selectedSeries.includes(id) ? s.selectedSeries.filter((x) => x !== id) : [...s.selectedSeries, id] })),
  selectSeries: (ids) => set({ selectedSeries: ids }),
  notify: (notice) => set((s) => ({ notices: [...s.notices, { ...notice, id: noticeId++ }] })),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  setShowShortcuts: (showShortcuts) => set({ showShortcuts }),
  setZone: (zone) => set({ zone }),
}));
