import type { CalendarUnit, SloWindow } from '../../shared/slo';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** The stretch of time whose budget is counted at `at`: bad is summed over (start, at], allowed over (start, end]. */
export interface WindowBounds {
  start: number;
  /** The window's own end: `at` for rolling windows, the period's end for calendar and event windows. */
  end: number;
}

/** Calendar periods in UTC; a week starts on Monday (ISO 8601), a quarter in January, April, July or October. */
function calendarBounds(unit: CalendarUnit, at: number): WindowBounds {
  // `at` itself belongs to the period that ends there (windows are half-open on the left).
  const d = new Date(at - 1);
  if (unit === 'day' || unit === 'week') {
    const day = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
    if (unit === 'day') return { start: day, end: day + DAY_MS };
    const monday = day - ((d.getUTCDay() + 6) % 7) * DAY_MS;
    return { start: monday, end: monday + 7 * DAY_MS };
  }
  const year = d.getUTCFullYear();
  const month = unit === 'month' ? d.getUTCMonth() : d.getUTCMonth() - (d.getUTCMonth() % 3);
  const months = unit === 'month' ? 1 : 3;
  return { start: Date.UTC(year, month, 1), end: Date.UTC(year, month + months, 1) };
}

export function windowBounds(window: SloWindow, at: number): WindowBounds {
  switch (window.kind) {
    case 'rolling':
      return { start: at - window.days * DAY_MS, end: at };
    case 'calendar':
      return calendarBounds(window.unit, at);
    case 'event':
      return { start: window.start, end: window.end };
  }
}

/** Length of the whole window in ms (a calendar month is 28–31 days long, a quarter 90–92). */
export function windowLengthMs(window: SloWindow, at: number): number {
  const b = windowBounds(window, at);
  return b.end - b.start;
}

/** A nominal length used to scale alert windows and to name the window: 30 for a month, 91 for a quarter. */
export function nominalWindowDays(window: SloWindow): number {
  switch (window.kind) {
    case 'rolling':
      return window.days;
    case 'calendar':
      return { day: 1, week: 7, month: 30, quarter: 91 }[window.unit];
    case 'event':
      return (window.end - window.start) / DAY_MS;
  }
}

export function describeWindow(window: SloWindow): string {
  switch (window.kind) {
    case 'rolling':
      return `rolling ${window.days} days`;
    case 'calendar':
      return `calendar ${window.unit} (UTC)`;
    case 'event': {
      const at = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
      const end = at(window.end);
      return `event ${at(window.start)} – ${end.slice(0, 10) === at(window.start).slice(0, 10) ? end.slice(11) : end} UTC`;
    }
  }
}

const DURATION = /^(\d+(?:\.\d+)?)\s*(m|h|d|w|M|Q|Y)$/;

/**
 * Parse a window as the CLI and OpenSLO write it: `30d`, `4w`, `28d`, `1M`/`month`, `1Q`/`quarter`
 * (OpenSLO v1 duration shorthand: m, h, d, w, M, Q, Y). Rolling unless it is a calendar unit.
 */
export function parseWindow(text: string): { ok: true; window: SloWindow } | { ok: false; reason: string } {
  const t = text.trim();
  if (t === 'month' || t === 'quarter') return { ok: true, window: { kind: 'calendar', unit: t } };
  const m = DURATION.exec(t);
  if (!m) return { ok: false, reason: `"${text}" is not a window (use e.g. 30d, 28d, 7d, month, quarter)` };
  const n = Number(m[1]);
  const unit = m[2]!;
  if (n <= 0) return { ok: false, reason: `"${text}": a window must be longer than zero` };
  if (unit === 'M' || unit === 'Q') {
    if (n !== 1) return { ok: false, reason: `"${text}": only 1M (a month) and 1Q (a quarter) are supported` };
    return { ok: true, window: { kind: 'calendar', unit: unit === 'M' ? 'month' : 'quarter' } };
  }
  if (unit === 'Y') return { ok: false, reason: `"${text}": yearly windows are not supported` };
  const days = unit === 'm' ? n / 1440 : unit === 'h' ? n / 24 : unit === 'd' ? n : n * 7;
  return { ok: true, window: { kind: 'rolling', days } };
}

/** Format a duration in Prometheus/OpenSLO shorthand, choosing the largest whole unit (90m → 90m, 60m → 1h). */
export function formatDuration(ms: number): string {
  const units: [string, number][] = [
    ['d', DAY_MS],
    ['h', HOUR_MS],
    ['m', MINUTE_MS],
    ['s', 1000],
  ];
  for (const [name, size] of units) if (ms >= size && ms % size === 0) return `${ms / size}${name}`;
  return `${Math.round(ms)}ms`;
}
