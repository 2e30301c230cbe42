/** How the app writes times and numbers for people: UTC, compact, unambiguous. */
export function formatTime(ms: number, spanMs = 0): string {
  const iso = new Date(ms).toISOString();
  const day = 86_400_000;
  if (spanMs > 0 && spanMs < day) return iso.slice(11, 16);
  if (spanMs > 0 && spanMs < 4 * day) return `${iso.slice(5, 10)} ${iso.slice(11, 16)}`;
  if (spanMs > 0 && spanMs < 400 * day) return iso.slice(5, 10);
  return iso.slice(0, 7);
}

export function formatDateTime(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
}

export function formatNumber(x: number | null | undefined, unit = ''): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '—';
  if (x === 0) return unit ? `0 ${unit}` : '0';
  const abs = Math.abs(x);
  const text = abs >= 1e6 ? `${(x / 1e6).toFixed(2)}M` : abs >= 1e4 ? `${(x / 1e3).toFixed(1)}k` : abs >= 100 ? x.toFixed(0) : abs >= 1 ? x.toFixed(2) : x.toPrecision(3);
  return unit ? `${text} ${unit}` : text;
}

export const formatCount = (n: number): string => n.toLocaleString('en-US');
