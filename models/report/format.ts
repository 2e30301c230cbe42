/**
 * How the report writes figures for people: UTC times, thousands separators, durations in hours and minutes.
 * The same strings go to the PDF, Markdown and HTML, so `pdftotext` finds exactly what the app shows.
 */
export function formatNumber(x: number | null | undefined, digits = 0): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '—';
  const abs = Math.abs(x);
  const d = abs !== 0 && abs < 10 && digits === 0 ? 1 : digits;
  return x.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
}

export function formatRate(x: number | null | undefined, unit: string): string {
  const n = formatNumber(x);
  return n === '—' || !unit ? n : `${n} ${unit}`;
}

/** A fraction 0..1 as a percentage; small shares keep a decimal so 0.4 % does not read as 0 %. */
export function formatPercent(fraction: number | null | undefined, digits?: number): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return '—';
  const pct = fraction * 100;
  const d = digits ?? (Math.abs(pct) < 10 && pct !== 0 ? 1 : 0);
  return `${pct.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d })} %`;
}

/** An objective such as 0.9999 as "99.99 %": as many decimals as the target has. */
export function formatObjective(objective: number): string {
  const pct = objective * 100;
  const decimals = Math.min(4, Math.max(0, (String(Number(pct.toPrecision(8))).split('.')[1] ?? '').length));
  return `${pct.toFixed(decimals)} %`;
}

export function formatDateTime(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '—';
  return new Date(ms).toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
}

export function formatDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Durations read as "4 h 30 min", "45 min", "2 d 3 h". */
export function formatMinutes(minutes: number | null | undefined): string {
  if (minutes === null || minutes === undefined || !Number.isFinite(minutes)) return '—';
  const sign = minutes < 0 ? '−' : '';
  const m = Math.round(Math.abs(minutes));
  if (m < 60) return `${sign}${m} min`;
  const h = Math.floor(m / 60);
  if (h < 48) return `${sign}${h} h${m % 60 ? ` ${m % 60} min` : ''}`;
  const d = Math.floor(h / 24);
  return `${sign}${d} d${h % 24 ? ` ${h % 24} h` : ''}`;
}

export function formatMs(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '—';
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
}

export function formatMoney(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '—';
  return `$${x.toLocaleString('en-US', { maximumFractionDigits: 0 })}`;
}

export const plural = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
