/**
 * Timestamps as exports write them, turned into UTC epoch milliseconds.
 * ISO 8601 is parsed by hand: Date.parse is slow and treats zone-less date-times as local time of the machine.
 */

export type TimestampStyle = 'iso' | 'epoch-s' | 'epoch-ms' | 'epoch-us' | 'epoch-ns';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|z|UTC|[+-]\d{2}:?\d{2}|[+-]\d{2})?$/;

/** Epoch number → ms, the unit told by magnitude (seconds until year 5138, then ms, µs, ns). */
export function epochToMs(n: number): number {
  const a = Math.abs(n);
  if (a < 1e11) return n * 1000;
  if (a < 1e14) return n;
  if (a < 1e17) return n / 1000;
  return n / 1e6;
}

export function epochStyle(n: number): TimestampStyle {
  const a = Math.abs(n);
  if (a < 1e11) return 'epoch-s';
  if (a < 1e14) return 'epoch-ms';
  if (a < 1e17) return 'epoch-us';
  return 'epoch-ns';
}

/** The parts of a zone-less wall-clock time. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
}

/**
 * Parse one timestamp. Zone-less times are read in `zone` (an IANA name, or 'UTC').
 * Returns NaN when the text is no timestamp we know.
 */
export function parseTimestamp(text: string, zone = 'UTC'): number {
  const s = text.trim();
  if (s === '') return NaN;
  const c = s.charCodeAt(0);
  if ((c >= 48 && c <= 57) || c === 45) {
    if (/^-?\d+(\.\d+)?$/.test(s)) {
      const n = Number(s);
      // A bare 4-digit number is a year, not an epoch; refuse rather than guess 1970.
      return s.length <= 8 ? NaN : epochToMs(n);
    }
  }
  const m = ISO.exec(s);
  if (m) {
    const wall: WallClock = {
      year: +m[1]!,
      month: +m[2]!,
      day: +m[3]!,
      hour: m[4] ? +m[4] : 0,
      minute: m[5] ? +m[5] : 0,
      second: m[6] ? +m[6] : 0,
      ms: m[7] ? Math.round(+m[7].padEnd(3, '0').slice(0, 3)) : 0,
    };
    if (!validWall(wall)) return NaN;
    const utc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, wall.ms);
    const off = m[8];
    if (!off) return zone === 'UTC' ? utc : zonedToUtc(wall, zone);
    if (off === 'Z' || off === 'z' || off === 'UTC') return utc;
    const sign = off[0] === '-' ? -1 : 1;
    const digits = off.slice(1).replace(':', '');
    const minutes = +digits.slice(0, 2) * 60 + (digits.length > 2 ? +digits.slice(2) : 0);
    return utc - sign * minutes * 60_000;
  }
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(s);
  if (us) {
    // US order (MM/DD/YYYY), as PagerDuty and Excel in en-US write it.
    const wall: WallClock = {
      year: +us[3]!,
      month: +us[1]!,
      day: +us[2]!,
      hour: us[4] ? +us[4] : 0,
      minute: us[5] ? +us[5] : 0,
      second: us[6] ? +us[6] : 0,
      ms: 0,
    };
    if (!validWall(wall)) return NaN;
    return zonedToUtc(wall, zone);
  }
  return NaN;
}

function validWall(w: WallClock): boolean {
  return w.month >= 1 && w.month <= 12 && w.day >= 1 && w.day <= 31 && w.hour <= 24 && w.minute <= 59 && w.second <= 60;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC in ms at the instant `utcMs`. */
export function zoneOffsetMs(utcMs: number, zone: string): number {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  const parts: Record<string, number> = {};
  for (const p of f.formatToParts(new Date(utcMs))) if (p.type !== 'literal') parts[p.type] = +p.value;
  const asUtc = Date.UTC(parts['year']!, parts['month']! - 1, parts['day']!, parts['hour']!, parts['minute']!, parts['second']!);
  return asUtc - (utcMs - (utcMs % 1000 + 1000) % 1000);
}

/**
 * Wall-clock time in `zone` → UTC. In a spring-forward gap the time is read with the offset before the gap
 * (02:30 that never existed becomes 03:30); in an autumn repeat the first occurrence wins.
 */
export function zonedToUtc(w: WallClock, zone: string): number {
  const local = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.ms);
  if (zone === 'UTC') return local;
  const before = zoneOffsetMs(local - 86_400_000 / 2, zone);
  const after = zoneOffsetMs(local + 86_400_000 / 2, zone);
  const first = local - before;
  if (zoneOffsetMs(first, zone) === before) return first;
  const second = local - after;
  return zoneOffsetMs(second, zone) === after ? second : first;
}

/** Is `zone` a time zone this runtime knows? */
export function isKnownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
